"""Scale smoke test: 3,000 posts on 25 hosts go through every model (no timing assertion)."""
from __future__ import annotations

import random
from datetime import timedelta

from ecoaudit import sqlrun
from tests.test_sql_fixtures import T0, VOCAB, add, article, comment, home, new_db, source


def test_three_thousand_posts():
    rng = random.Random(3)
    zipf = [1 / (r + 1) for r in range(len(VOCAB))]  # word frequencies like a real language: stock phrases recur
    hosts = [f"h{i}.example" for i in range(25)]
    items = [x for h in hosts for x in (source(h), home(h))]
    bodies, copies = [], 0
    for i in range(3000):
        host = hosts[i % 25]
        if i % 10 == 5:  # every tenth post copies an earlier post of another host
            body = bodies[i - 1]
            copies += 1
        else:
            body = " ".join(rng.choices(VOCAB, weights=zipf, k=rng.randint(150, 500)))
        bodies.append(body)
        # 7 minutes past the hour: a time of exactly midnight UTC reads as a date without a time (is_date_only)
        page = article(host, f"p{i}", body, T0 + timedelta(hours=i, minutes=7))
        items.append(page)
        if i % 3 == 0:
            items.append(comment(page, 1, f"lecteur{i % 40}", " ".join(rng.choices(VOCAB, k=20))))
    con = new_db()
    add(con, "big", items)
    counts = sqlrun.run_models(con, "big")
    assert counts["int_posts"] == 3000 and counts["sources"] == 25
    assert con.execute("select count(*) from int_post_similarity where is_copied_earlier").fetchall() == [(copies,)]
    # only the copies pair up: LSH candidates stay far from the 4.5 million possible pairs
    assert counts["int_post_pairs"] == 2 * copies
    assert sqlrun.failed_audits(sqlrun.run_audits(con, "big")) == {}
