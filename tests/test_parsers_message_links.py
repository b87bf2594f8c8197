"""Links to one message of a thread (an answer's permalink) are the thread: not followed twice."""
from __future__ import annotations

from spiders.parsers import parse_page
from spiders.parsers.links import message_links
from spiders.parsers.page import Page

# Question2Answer 1.8's question list (qa-theme-base.php q_list_item): the title links the question, the
# "what" link ("répondu", "commenté") the same question with ?show=<post>#a<post>.
Q2A_ITEM = """<div class="qa-q-list-item" id="q{q}"><div class="qa-q-item-main">
  <div class="qa-q-item-title"><a href="./{q}/question-{q}">Question {q} sur le PER</a></div>
  <span class="qa-q-item-meta"><a href="./{q}/question-{q}?show={a}#a{a}" class="qa-q-item-what">répondu</a>
  <span class="qa-q-item-when">il y a 2 heures</span> par <a href="./user/Lea" class="qa-user-link">Lea</a></span>
</div></div>"""


def _list_page(items: str) -> str:
    return f"""<html><head><title>Questions récentes - Forum</title></head><body>
    <div class="qa-main"><h1>Questions récentes</h1><div class="qa-q-list">{items}</div>
    <div class="qa-page-links"><a href="./questions?start=20" class="qa-page-next">suivante »</a></div></div>
    </body></html>"""


def _followed(parsed) -> list[str]:
    nav = parsed.nav
    return nav.articles + nav.pages + nav.boards + nav.threads


def test_an_answers_permalink_beside_its_question_is_not_followed():
    html = _list_page("".join(Q2A_ITEM.format(q=q, a=q + 3) for q in range(10, 16)))
    followed = _followed(parse_page("http://forum.example/questions", html))
    assert "http://forum.example/12/question-12" in followed
    assert not [u for u in followed if "show=" in u]


def test_the_question_is_followed_in_place_of_its_answers_permalink():
    # a list may pick the "what" link alone (a teaser's first link): the thread is followed in its place, in order
    from spiders.parsers import _fold_message_links
    from spiders.parsers.model import Navigation

    html = _list_page("".join(Q2A_ITEM.format(q=q, a=q + 3) for q in range(10, 13)))
    nav = Navigation(articles=[f"http://forum.example/{q}/question-{q}?show={q + 3}" for q in range(10, 13)],
                     pages=["http://forum.example/questions?start=20"])
    _fold_message_links(nav, Page.load("http://forum.example/questions", html))
    assert nav.articles == [f"http://forum.example/{q}/question-{q}" for q in range(10, 13)]
    assert nav.pages == ["http://forum.example/questions?start=20"]


def test_query_style_addresses_fold_too():
    # ?qa=12&qa_1=titre&show=15#a15, Question2Answer without URL rewriting
    item = ('<div class="qa-q-item-title"><a href="./index.php?qa=12&amp;qa_1=titre">Titre</a></div>'
            '<a href="./index.php?qa=12&amp;qa_1=titre&amp;show=15#a15" class="qa-q-item-what">répondu</a>')
    page = Page.load("http://forum.example/index.php?qa=questions", f"<html><body>{item}</body></html>")
    assert message_links(page) == {
        "http://forum.example/index.php?qa=12&qa_1=titre&show=15": "http://forum.example/index.php?qa=12&qa_1=titre"}


def test_a_permalink_to_a_message_of_the_page_itself_folds():
    page = Page.load("http://forum.example/12/titre",
                     '<html><body><a href="./titre?show=15#a15">répondu</a><a href="?show=16#c16">commenté</a></body></html>')
    assert message_links(page) == {"http://forum.example/12/titre?show=15": "http://forum.example/12/titre",
                                   "http://forum.example/12/titre?show=16": "http://forum.example/12/titre"}


def test_other_pages_of_a_thread_and_lone_message_links_are_kept():
    # vBulletin's "last post" (a later page, the fragment naming a post, not the page), phpBB's lone
    # viewtopic.php?p=34#p34 (without p, no thread is named) and a comments view stay to follow.
    html = """<html><body>
      <a href="showthread.php?t=10">Sujet</a><a href="showthread.php?t=10&amp;page=5#post123">dernier</a>
      <a href="viewtopic.php?p=34#p34">message</a>
      <a href="./12/titre">Titre</a><a href="./12/titre?state=showcomments-15&amp;show=15#a15">commentaires</a>
    </body></html>"""
    page = Page.load("http://forum.example/", html)
    assert message_links(page) == {}


def test_a_last_post_link_in_a_topic_row_folds():
    # PunBB 1.4's topic list (and vBulletin's, phpBB's "last post"): the row links the topic, and its last
    # message by an address of its own
    rows = "".join(f"""<div class="main-item"><h3 class="hn"><a href="topic{t}.html">Sujet {t}</a></h3>
        <ul class="item-info"><li class="info-lastpost"><strong><a href="post{t * 10}.html#p{t * 10}">Hier</a></strong>
        <cite>par Lea</cite></li></ul></div>""" for t in range(40, 46))
    page = Page.load("http://forum.example/forum3.html", f"<html><body><div class='main-content'>{rows}</div></body></html>")
    threads = [f"http://forum.example/topic{t}.html" for t in range(40, 46)]
    folded = message_links(page, threads + ["http://forum.example/post400.html"])
    assert folded == {f"http://forum.example/post{t * 10}.html": f"http://forum.example/topic{t}.html" for t in range(40, 46)}
    # without the topics' own links (a list of latest messages), nothing folds
    assert message_links(page, ["http://forum.example/post400.html"]) == {}


def test_a_post_linked_bare_is_never_folded():
    # WordPress with default permalinks: the title links ?p=12, "Lire la suite" ?p=12#more-12
    html = """<html><body><article><h2><a href="/?p=12">Titre</a></h2><p>Début…</p>
      <a href="/?p=12#more-12" class="more-link">Lire la suite</a></article>
      <article><h2><a href="/?p=13">Autre</a></h2></article></body></html>"""
    page = Page.load("http://blog.example/", html)
    assert message_links(page, ["http://blog.example/?p=12", "http://blog.example/?p=13"]) == {}
    followed = _followed(parse_page("http://blog.example/", html))
    assert "http://blog.example/?p=12" in followed
