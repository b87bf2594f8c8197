"""Subscriber-only posts (issue 10, stop 38): a page that marks its content as not free (schema.org
`isAccessibleForFree` false: Medium's member-only stories, newspapers' paywalls) shows a teaser, and a clean record
read on teasers is no record: the source is undecided, and its note says why."""
from __future__ import annotations

from datetime import timedelta

from lxml import html as lxml_html

from spiders.parsers import parse_page
from spiders.parsers.jsonld import paywalled
from tests.test_sql_fixtures import T0, article, home, source, text
from tests.test_sql_models import rows, run

LD = '<script type="application/ld+json">{}</script>'
BODY = "<html><head>{}</head><body><article><h1>Titre</h1><p>{}</p></article></body></html>"


def _tree(head: str):
    return lxml_html.fromstring(BODY.format(head, "Un début d'article. " * 20))


def test_the_page_says_its_content_is_not_free():
    assert paywalled(_tree(LD.format('{"@type": "NewsArticle", "isAccessibleForFree": false}')))
    assert paywalled(_tree(LD.format('{"@type": "Article", "isAccessibleForFree": "False"}')))
    assert paywalled(_tree(LD.format('{"@type": "Article", "hasPart": {"@type": "WebPageElement", '
                                     '"isAccessibleForFree": false, "cssSelector": ".meteredContent"}}')))
    assert paywalled(_tree('<meta itemprop="isAccessibleForFree" content="false">'))
    assert not paywalled(_tree(LD.format('{"@type": "Article", "isAccessibleForFree": true}')))
    assert not paywalled(_tree(LD.format('{"@type": "Article"}')))


def test_an_article_page_carries_the_mark():
    page = BODY.format(LD.format('{"@type": "BlogPosting", "headline": "Titre", "datePublished": "2025-03-04T09:12:00+01:00",'
                                 ' "isAccessibleForFree": false}'), "Un début d'article sur le PER et l'assurance-vie. " * 30)
    parsed = parse_page("https://blog.example/per-ou-assurance-vie-3f2a1b", page)
    assert parsed.page_type == "article" and parsed.paywalled


def _blog(host: str, n: int, paywalled_posts: int, seed: int) -> list:
    items = [source(host), home(host)]
    for i in range(n):
        post = article(host, f"p{i}", text(seed + i, 150), T0 + timedelta(days=9 * i, hours=i % 5))
        post.paywalled = i < paywalled_posts
        items.append(post)
    return items


def test_a_clean_record_on_teasers_is_undecided_and_says_why():
    con = run(_blog("membres.example", 8, 6, 100) + _blog("libre.example", 8, 1, 300))
    got = {h: (v, n) for h, v, n in rows(con, "select host, machine_verdict, verdict_note from int_source_scores")}
    assert got == {"membres.example": ("undecided", "text_paywalled"), "libre.example": ("pertinent", None)}
    evidence = rows(con, "select evidence_fr from int_source_scores where host = 'membres.example'")[0][0]
    assert "réservés aux abonnés" in evidence and "8 article(s)" in evidence
