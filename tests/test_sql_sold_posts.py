"""A magazine that sells sponsored posts (issue 10, stop 38): each post signed by a new name, the client's writer's
or an invented one, around a link to the client's site. A newsroom with a few guest columns, a blogger who cites
companies, and a group blog whose members each sign many posts are none of that."""
from __future__ import annotations

from datetime import timedelta

from tests.test_sql_fixtures import T0, article, home, link, source, text
from tests.test_sql_models import rows, run

CLIENTS = ["https://www.assur-{}.example/offre", "https://www.credit-{}.example/", "https://www.voyage-{}.example/"]


def _site(host: str, n: int, author, linked, seed: int, kind_platform: str = "wordpress") -> list:
    """n posts; `author(i)` the byline of post i, `linked(i)` the URL it links (or None)."""
    items = [source(host, kind_platform), home(host, kind_platform)]
    for i in range(n):
        post = article(host, f"p{i}", text(seed + i, 150), T0 + timedelta(days=3 * i, hours=i % 7), author=author(i))
        items.append(post)
        if linked(i):
            items.append(link(post, linked(i)))
    return items


def test_posts_signed_once_each_around_a_commercial_link_are_sold():
    farm = _site("magazine.example", 12, lambda i: f"Auteur {i}" if i % 4 else "Rédaction",
                 lambda i: CLIENTS[i % 3].format(i), 100)
    # a newsroom: three journalists and two guest columns, the guests citing a company
    newsroom = _site("journal.example", 12, lambda i: ["Anne", "Marc", "Léa"][i % 3] if i < 10 else f"Invité {i}",
                     lambda i: CLIENTS[0].format(i) if i >= 10 else None, 300)
    # a blogger who signs everything and cites companies often
    blogger = _site("blogueur.example", 12, lambda i: "Julie", lambda i: CLIENTS[i % 3].format(i), 500)
    # a group blog of four members, each post with a company's link
    group = _site("collectif.example", 12, lambda i: ["Paul", "Inès", "Omar", "Zoé"][i % 4],
                  lambda i: CLIENTS[i % 3].format(i), 700)
    con = run(farm + newsroom + blogger + group)
    got = {h: (int(n), round(s, 2)) for h, n, s in rows(
        con, "select host, posts_signed, share_posts_one_time_byline_links from int_source_features")}
    assert got == {"magazine.example": (12, 0.75), "journal.example": (12, round(2 / 12, 2)),
                   "blogueur.example": (12, 0.0), "collectif.example": (12, 0.0)}
    hits = rows(con, "select host, label_fr from int_rule_hits where rule_id = 'sold_guest_posts'")
    assert [h for h, _ in hits] == ["magazine.example"]
    assert "75% des articles" in hits[0][1] and "https://magazine.example/p" in hits[0][1]


def test_links_to_the_audits_publications_and_to_sites_everyone_cites_sell_nothing():
    """A one-time contributor citing a newspaper of the audit or the administration's site sells no link."""
    paper = _site("journal.example", 12, lambda i: "Anne", lambda i: None, 300)
    guests = _site("tribunes.example", 12, lambda i: f"Contributeur {i}",
                   lambda i: "https://journal.example/p1/" if i % 2 else "https://www.service-public.fr/particuliers", 900)
    con = run(paper + guests)
    got = dict(rows(con, "select host, share_posts_one_time_byline_links from int_source_features"))
    assert got["tribunes.example"] == 0.0
    assert rows(con, "select host from int_rule_hits where rule_id = 'sold_guest_posts'") == []
