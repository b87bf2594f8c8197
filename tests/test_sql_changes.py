"""The `changes` mart: what changed since the client's previous delivered run, on two small runs."""
from __future__ import annotations

from datetime import timedelta

from tests.test_sql_fixtures import T0, add, article, comment, forum_post, new_db, source, text

from ecoaudit import overrides, sqlrun


def record_run(con, run_id: str, started, status: str) -> None:
    con.execute("insert into runs (run_id, client, started_at, status) values (?, 'c', ?, ?)",
                [run_id, started, status])


def blog(host: str, weeks: int, per_week: int, end, *, seed: int = 0) -> list:
    """`per_week` dated posts a week for `weeks` weeks up to `end`."""
    items = [source(host)]
    for w in range(weeks):
        for i in range(per_week):
            when = end - timedelta(weeks=w, hours=i)
            items.append(article(host, f"p{w}-{i}", text(seed + 100 * w + i, 60), when))
    return items


def changes(con, run_id="r1") -> set[tuple]:
    return {tuple(r) for r in con.execute(
        "select host, change, subject, before, after, detail from changes where run_id = ?", [run_id]).fetchall()}


def two_runs():
    con = new_db()
    sqlrun.ensure_raw_tables(con)
    t_prev, t_cur = T0 + timedelta(days=60), T0 + timedelta(days=67)
    record_run(con, "r0", t_prev, "delivered")
    record_run(con, "rx", t_prev + timedelta(days=3), "failed")  # never a baseline
    record_run(con, "r1", t_cur, "started")
    steady = blog("steady.example", 12, 2, t_prev - timedelta(days=1))
    # r0: a steady blog, a blog that will vanish, a blog that will fall silent, a quiet forum
    r0 = steady + blog("gone.example", 4, 1, t_prev - timedelta(days=2), seed=7) \
        + blog("quiet.example", 3, 1, t_prev - timedelta(days=52), seed=9)
    add(con, "r0", r0)
    sqlrun.run_models(con, "r0")
    # r1: the steady blog gets a week of 30 comments (spike, activity up) and mentions the client; the vanished
    # blog is gone, the quiet one posts nothing more (its last post now 58 days old: silent), a new forum with a busy thread
    later = t_cur - timedelta(days=1)
    post = article("steady.example", "nouveau", text(999, 60) + " Cabinet Exemple", later)
    cur = steady + [post] + [comment(post, i, f"lecteur{i}", "Très bon article, merci", published=later)
                             for i in range(1, 31)]
    quiet = blog("quiet.example", 3, 1, t_prev - timedelta(days=52), seed=9)
    forum = [source("forum.example", "phpbb")] + [
        forum_post("forum.example", 5, i, f"membre{i % 4}", text(500 + i, 30), later - timedelta(hours=i))
        for i in range(1, 13)]
    add(con, "r1", cur + quiet + forum)
    return con


def test_first_run_has_no_changes():
    con = new_db()
    sqlrun.ensure_raw_tables(con)
    record_run(con, "r0", T0, "started")
    add(con, "r0", blog("steady.example", 4, 1, T0))
    sqlrun.run_models(con, "r0")
    assert con.execute("select count(*) from changes").fetchall() == [(0,)]


def test_changes_against_the_previous_delivered_run():
    con = two_runs()
    sqlrun.ensure_taxonomy(con)
    con.execute("insert into run_brands values ('r1', 'client', 'Cabinet Exemple')")
    sqlrun.run_models(con, "r1")
    got = changes(con)
    assert con.execute("select distinct previous_run_id from changes where run_id = 'r1'").fetchall() == [("r0",)]
    assert any(h == "forum.example" and c == "new_source" and d == "seed" for h, c, _, _, _, d in got)
    assert any(h == "gone.example" and c == "vanished_source" and a == "absent" for h, c, _, _, a, _ in got)
    assert any(h == "quiet.example" and c == "silent_source" for h, c, *_ in got)
    assert any(h == "steady.example" and c == "activity_up" for h, c, *_ in got)
    spikes = [r for r in got if r[1] == "spike"]
    assert [r[0] for r in spikes] == ["steady.example"] and int(spikes[0][4]) >= 30
    busy = [r for r in got if r[1] == "busy_new_thread"]
    assert [(r[0], r[2], r[4]) for r in busy] == [
        ("forum.example", "https://forum.example/viewtopic.php?t=5", "11")]
    mentions = [r for r in got if r[1] == "new_mention"]
    assert [(r[0], r[4], r[5]) for r in mentions] == [("steady.example", "Cabinet Exemple", "client")]
    # the steady blog is neither new, vanished nor silent; nothing about hosts the runs share unchanged
    assert not any(h == "steady.example" and c in ("new_source", "vanished_source", "silent_source")
                   for h, c, *_ in got)


def test_consultant_verdicts_are_changes_of_their_own():
    con = two_runs()
    overrides.record(con, [("steady.example", "pertinent", "lu et approuvé")], origin="test")
    sqlrun.run_models(con, "r1")
    got = changes(con)
    assert ("steady.example", "override_changed", "", None, "pertinent", "consultant") in got


def test_a_failed_run_is_never_the_baseline():
    con = two_runs()
    sqlrun.run_models(con, "r1")
    from ecoaudit import warehouse

    assert warehouse.previous_run(con, "r1") == "r0"
    assert warehouse.previous_run(con, "r0") is None
