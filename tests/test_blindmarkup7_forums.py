"""Round 10's blind markups of writer L: the forums (bbPress 2.6 in a WordPress site, Question2Answer 1.8 with SnowFlat)
on the evaluation web: every forum drawn in them renders, every page answers, every message is on its thread's pages in
the engine's order, pagination reaches everything, feeds and sitemaps parse, URLs vary by host as designed, output is
deterministic and escaped; then the news markup (Ghost with the Headline theme), in a section of its own."""
from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from datetime import datetime
from html import unescape
from urllib.parse import urljoin, urlsplit

import pytest

from sectorweb import families
from sectorweb.dates import NOW
from sectorweb.families.common import _URL
from sectorweb.model import Board, Forum, Message, Thread
from tests.test_blindmarkup2_blogs import _path, assert_hostile_blog_escaped, assert_pages_answer, assert_permalinks_vary
from tests.test_blindmarkup2_forums import assert_forum_pages_answer
from tests.test_blindmarkup4_forums import _links
from tests.test_blindmarkup_blogs import _blogs, _hostile_as, norm, text_of
from tests.test_blindmarkup_forums import (_hostile_forum, _mod, _pages, assert_attributes_quoted, assert_forums_render,
                                          assert_pagination_reaches_everything, blind_forum_web)

MARKUPS = ["bbpress", "q2a"]


@pytest.fixture(scope="module")
def web():
    """The development draw in round 10's markups."""
    return blind_forum_web("blind7", MARKUPS)


def _view(mod, forum, now=NOW):
    return mod._BBP(forum, now) if mod.__name__.endswith("bbpress") else mod._Q2A(forum, now)


def _thread_pages(mod, forum, thread):
    """The item pages of one thread, in order."""
    v = _view(mod, forum)
    if mod.__name__.endswith("bbpress"):
        return [v.thread_path(thread, k) for k in range(v.n_topic_pages(thread))]
    return [v.thread_path(thread, k) for k in range(v.n_q_pages(thread))]


def _flat(html: str) -> str:
    """A page's text as a reader gets it: scripts dropped, tags dropped, entities decoded, blanks collapsed."""
    html = re.sub(r"<script\b[^>]*>.*?</script>", " ", html, flags=re.S)
    html = re.sub(r"<[^>]+>", " ", html)
    return " ".join(unescape(html).replace("\xa0", " ").split())


def _segments(paragraphs: list[str]) -> list[str]:
    return [" ".join(x.split()) for p in paragraphs for x in _URL.split(p) if x.strip()]


def _expected(mod, forum, t) -> list[Message]:
    """The thread's messages in the order the engine shows them across its pages."""
    if mod.__name__.endswith("bbpress"):
        return list(t.messages)
    v = _view(mod, forum)
    s = v.qa[t.id]
    out = [s.question]
    for a in v.order(t):
        out.append(a)
        out += s.comments.get(a.id, [])
    return out


def assert_in_order(text: str, messages: list[Message], where) -> None:
    pos = 0
    for m in messages:
        at = text.find(" ".join(m.author.split()), pos)
        assert at >= 0, (where, m.id, m.author)
        pos = at
        for seg in _segments(m.text):
            at = text.find(seg, pos)
            assert at >= 0, (where, m.id, seg)
            pos = at + len(seg)


def assert_messages_in_engine_order(site, sources):
    for s in sources:
        forum, mod, pages = site.content[s.host], _mod(s.platform), _pages(site, s.host)
        for t in forum.threads():
            paths = _thread_pages(mod, forum, t)
            assert all(pages[p].status == 200 for p in paths), (s.host, paths)
            bodies = [pages[p].body.decode() for p in paths]
            assert all(b.count("</html>") == 1 for b in bodies)
            text = _flat("".join(bodies))
            expected = _expected(mod, forum, t)
            assert sorted(m.id for m in expected) == sorted(m.id for m in t.messages), (s.host, t.id)
            shown = expected
            if s.platform == "q2a":  # long comment threads: the last five, the others on the "show comments" page
                v = _view(mod, forum)
                hidden = {c.id for cs in v.qa[t.id].comments.values() if len(cs) > mod.FEWER_CS_FROM for c in cs[:-mod.FEWER_CS_COUNT]}
                shown = [m for m in expected if m.id not in hidden]
                for a_id, cs in v.qa[t.id].comments.items():
                    if len(cs) > mod.FEWER_CS_FROM:
                        full = pages[v.key(v.qreq(t), [("state", f"showcomments-{a_id}"), ("show", str(a_id))])]
                        assert_in_order(_flat(full.body.decode()), cs, (s.host, t.id, a_id))
            assert_in_order(text, shown, (s.platform, s.host, t.id))
            assert " ".join(t.title.split()) in text, (s.platform, t.id)


def test_every_blind7_forum_markup_draws_forums_that_render(web):
    assert_forums_render(*web, MARKUPS)


def test_every_page_answers(web):
    """200 with a body, or a redirect (none here); every feed and sitemap parses."""
    assert_forum_pages_answer(*web)
    site, sources = web
    for s in sources:
        for path, pg in _pages(site, s.host).items():
            if "xml" in pg.content_type:
                ET.fromstring(pg.body)


def test_every_message_is_on_its_thread_pages_in_the_engines_order(web):
    assert_messages_in_engine_order(*web)


def test_listing_pagination_reaches_every_thread_and_thread_pagination_every_page(web):
    assert_pagination_reaches_everything(*web, links=_links, thread_paths=_thread_pages)


def test_feeds_and_sitemaps_parse_and_list_the_threads(web):
    site, sources = web
    kinds = set()
    for s in sources:
        forum, mod = site.content[s.host], _mod(s.platform)
        pages = _pages(site, s.host)
        for path, pg in pages.items():
            if pg.status == 200 and "xml" in pg.content_type:
                root = ET.fromstring(pg.body)
                kinds.add((s.platform, root.tag))
        robots = pages["/robots.txt"].body.decode()
        if forum.crawl_delay:
            assert f"Crawl-delay: {forum.crawl_delay}" in robots
        sm = re.search(r"Sitemap: http://[^/]+(\S+)", robots).group(1)
        index = ET.fromstring(site.lookup(s.host, sm).body)
        locs = [e.text for e in index.iter() if e.tag.endswith("loc")]
        if index.tag.endswith("sitemapindex"):
            locs = [e.text for u in locs for e in ET.fromstring(site.lookup(s.host, _path(u, s.host)).body).iter() if e.tag.endswith("loc")]
        for t in forum.threads():
            assert mod.thread_url(s.host, t) in locs, (s.host, t.id)
    assert ("bbpress", "rss") in kinds and ("q2a", "rss") in kinds
    assert ("bbpress", "{http://www.sitemaps.org/schemas/sitemap/0.9}sitemapindex") in kinds
    assert ("q2a", "{http://www.sitemaps.org/schemas/sitemap/0.9}urlset") in kinds


def test_thread_url_is_the_modules_rule(web):
    site, sources = web
    for s in sources:
        for t in site.content[s.host].threads()[:3]:
            assert families.thread_url(s.platform, s.host, t) == _mod(s.platform).thread_url(s.host, t)


class _HostileSite:
    def __init__(self, forum, pages):
        self.content = {forum.host: forum}
        self.pages = {(forum.host, p): pg for p, pg in pages.items()}


@pytest.mark.parametrize("markup", MARKUPS)
def test_hostile_text_is_escaped_and_rendering_is_deterministic(markup):
    """Same input, same pages; no model text raw in the HTML, none able to close a script (Q2A's `qa_request` variable
    holds the request, escaped by qa_js()); every attribute double-quoted; XML parses; a render keeping the item pages
    gives the same site."""
    mod = _mod(markup)
    for host in ("h0.test", "h1.test", "h2.test", "h4.test", "h7.test"):
        forum = _hostile_forum(markup)
        forum.host = host
        pages, missing = mod.render(forum)
        again, missing2 = mod.render(_with_host(_hostile_forum(markup), host))
        assert pages.keys() == again.keys() and missing == missing2 and all(pages[p] == again[p] for p in pages)
        assert missing.status == 404 and "Crawl-delay: 5" in pages["/robots.txt"].body.decode()
        for path, pg in pages.items():
            body = pg.body.decode()
            if "html" in pg.content_type:
                for code in re.findall(r"<script\b[^>]*>(.*?)</script>", body, re.S):
                    # nothing can close a script or open a comment in it (qa_js() writes "/" as "\/"); bbPress writes
                    # no model text in scripts, Q2A its request (a user page's holds the user's name)
                    assert "</" not in code and "<!--" not in code, (markup, path)
                    assert markup == "q2a" or "Zoé" not in code, (markup, path)
                stripped = re.sub(r"<script\b[^>]*>.*?</script>", "", body, flags=re.S)
                assert "<script>alert" not in stripped and not re.search(r"Zoé\d <b>", stripped), (markup, path)
                assert "<!-- &" not in stripped, (markup, path)
                assert_attributes_quoted(stripped, (markup, path))
            if "xml" in pg.content_type:
                ET.fromstring(pg.body)
        first = mod.thread_url(host, forum.boards[0].threads[0]).split(host, 1)[1]
        assert "Titre &lt;script&gt;alert(1)&lt;/script&gt;" in pages[first].body.decode()
        kept = {p: pages[p] for p, _, _ in mod.item_pages(forum)}
        again, _ = mod.render(_with_host(_hostile_forum(markup), host), keep=kept)
        assert again.keys() == pages.keys() and all(again[p] == pages[p] for p in pages)
        src = type("Src", (), {"host": host, "platform": markup})()
        if markup == "bbpress":  # the hostile forum's second thread reuses a message of the first: one thread is enough
            assert_messages_in_engine_order(_HostileSite(forum, pages), [src])


def _with_host(forum, host):
    forum.host = host
    return forum


# -- bbPress -------------------------------------------------------------------------------------------------------------

def _bbp_host(mod, **want) -> str:
    return next(f"h{i}.test" for i in range(400) if all(mod.options(f"h{i}.test")[k] == v for k, v in want.items()))


def test_bbpress_url_settings_vary_by_host():
    mod = _mod("bbpress")
    t = _hostile_forum("bbpress").boards[0].threads[0]
    shapes = {mod.thread_url(f"h{i}.test", t).split(".test", 1)[1] for i in range(60)}
    assert shapes == {"/forums/topic/titre-alert1-q/", "/forum/sujet/titre-alert1-q/", "/topic/titre-alert1-q/",
                      "/?topic=titre-alert1-q"}, shapes
    seen = [mod.options(f"h{i}.test") for i in range(80)]
    assert {o["theme"] for o in seen} == set(mod.THEMES) and {o["lead"] for o in seen} == {True, False}
    assert {o["avatars"] for o in seen} == {True, False} and {o["root_topics"] for o in seen} == {True, False}
    assert mod.sanitize_title("L'épargne & \"vous\" : 100% PEA") == "lepargne-vous-100-pea"
    assert mod.sanitize_title("Œuvres, Ärger / fin.") == "oeuvres-arger-fin"


def test_bbpress_topic_page_markup_dates_and_pages():
    mod = _mod("bbpress")
    forum = _hostile_forum("bbpress")
    host = _bbp_host(mod, urls="default", lead=False, time="G\\hi", avatars=True)
    forum.host = host
    forum.admins = {"Zoé1 <b>"}
    pages, _ = mod.render(forum, now=datetime(2026, 3, 5, 9, 0))
    body = pages["/forums/topic/titre-alert1-q/"].body.decode()
    assert '<div class="bbp-breadcrumb"><p><a href="http://' + host + '/" class="bbp-breadcrumb-home">Accueil</a> ' \
           '<span class="bbp-breadcrumb-sep">&rsaquo;</span> <a href="http://' + host + '/forums/" class="bbp-breadcrumb-root">Forums</a>' in body
    assert '<div class="bbp-pagination-count">Affichage de 10 messages - 1 à 10 (sur un total de 25)</div>' in body
    assert '<span class="bbp-reply-post-date">4 mars 2026 à 10h00</span>' in body
    assert 'title="Voir le profil de Zoé0 &lt;b&gt;" class="bbp-author-link"><span  class="bbp-author-avatar"><img alt=""' in body
    assert '<div class="bbp-author-role">Maître des clés</div>' in body and '<div class="bbp-author-role">Participant</div>' in body
    assert re.search(r'class="loop-item-0 user-id-10 bbp-parent-forum-\d+ bbp-parent-topic-\d+ bbp-reply-position-1 odd topic-author  post-\d+ topic type-topic', body)
    assert f'<a class="page-numbers" href="http://{host}/forums/topic/titre-alert1-q/page/2/">2</a>' in body
    assert f'<a class="next page-numbers" href="http://{host}/forums/topic/titre-alert1-q/page/2/">&rarr;</a>' in body
    assert "<blockquote><p>&lt;script&gt;" in body and "Vous devez être connecté pour répondre à ce sujet." in body
    p3 = pages["/forums/topic/titre-alert1-q/page/3/"].body.decode()
    assert "Affichage de 5 messages - 21 à 25 (sur un total de 25)" in p3 and 'class="prev page-numbers"' in p3
    listing = pages[next(p for p in pages if p.startswith("/forums/forum/"))].body.decode()
    assert '<span class="bbp-topic-pagination"><a class="page-numbers" href="http://' + host + '/forums/topic/titre-alert1-q/">1</a>' in listing
    assert "Démarré par : " in listing and 'class="bbp-topic-freshness"' in listing
    feed = ET.fromstring(pages["/forums/topic/titre-alert1-q/feed/"].body)
    assert [i.findtext("title") for i in feed.iter("item")][:2][1].startswith("Répondre à : Titre")
    assert len(list(feed.iter("item"))) == 10  # the topic's first page of posts, oldest first
    assert any(p.startswith("/forums/reply/") for p in pages) and "/wp-sitemap-posts-topic-1.xml" in pages


def test_bbpress_lead_topic_and_plain_permalinks():
    mod = _mod("bbpress")
    forum = _hostile_forum("bbpress")
    forum.host = _bbp_host(mod, urls="plain", lead=True)
    pages, _ = mod.render(forum)
    v = mod._BBP(forum)
    t = forum.boards[0].threads[0]
    assert v.n_topic_pages(t) == 3 and "/?topic=titre-alert1-q&paged=3" in pages
    p2 = pages["/?topic=titre-alert1-q&paged=2"].body.decode()
    assert p2.count('class="bbp-lead-topic"') == 1 and "Affichage de 10 réponses - 11 à 20 (sur un total de 24)" in p2
    assert 'href="http://' + forum.host + '/?topic=titre-alert1-q&#038;paged=3"' in p2
    assert "/?post_type=forum&feed=rss2" in pages and "/?sitemap=index" in pages


def test_bbpress_duplicate_titles_get_wordpress_suffixes():
    mod = _mod("bbpress")
    msgs = [Message(i, "Anne", datetime(2026, 1, 1 + i, 9), [f"Texte {i}"]) for i in range(1, 4)]
    threads = [Thread(i, "Même titre", [m]) for i, m in enumerate(msgs, 1)]
    forum = Forum(_bbp_host(mod, urls="default"), "bbpress", "F", "S", [Board(1, "Salon", "", threads)], {"Anne": 5})
    families.thread_url("bbpress", forum.host, threads[0], forum)
    assert [mod.thread_url(forum.host, t).rsplit("/", 2)[1] for t in threads] == ["meme-titre", "meme-titre-2", "meme-titre-3"]
    pages, _ = mod.render(forum)
    assert all(mod.thread_url(forum.host, t).split(forum.host, 1)[1] in pages for t in threads)


# -- Question2Answer -----------------------------------------------------------------------------------------------------

def _qa_forum(host: str) -> Forum:
    """A question, answers, comments: the mapping's cases."""
    d = datetime(2026, 2, 1, 9, 0)
    m = [Message(101, "Asker", d, ["Comment déclarer un PER ?"]),
         Message(102, "Expert", d.replace(hour=10), ["Case 6NS de la déclaration."]),
         Message(103, "Asker", d.replace(hour=11), ["Merci, c'est clair."]),  # the asker's thanks: a comment, and the best answer
         Message(104, "Autre", d.replace(hour=12), ["Attention au plafond."], quote=("Expert", "Case 6NS")),  # a comment
         Message(105, "Autre", d.replace(hour=13), ["Et pour un couple ?"], quote=("Asker", "PER")),  # an answer
         Message(106, "Expert", d.replace(hour=14), ["Chacun sa case."])]
    t = Thread(9, "Déclarer un PER : quelle case ?", m)
    return Forum(host, "q2a", "Questions", "Slogan", [Board(1, "Épargne retraite", "Le PER", [t])],
                 {"Asker": 1, "Expert": 2, "Autre": 3}, admins={"Expert"})


def test_q2a_maps_a_thread_to_a_question_answers_and_comments():
    mod = _mod("q2a")
    s = mod.QA(_qa_forum("h.test").boards[0].threads[0])
    assert s.question.id == 101 and [a.id for a in s.answers] == [102, 105, 106]
    assert {k: [c.id for c in v] for k, v in s.comments.items()} == {102: [103, 104]} and s.selected == 102


def test_q2a_question_page_markup_order_and_dates():
    mod = _mod("q2a")
    host = next(f"h{i}.test" for i in range(200) if mod.options(f"h{i}.test")["format"] == "neat"
                and mod.options(f"h{i}.test")["minify"] and mod.options(f"h{i}.test")["selected_first"]
                and mod.options(f"h{i}.test")["ascii"] is False)
    forum = _qa_forum(host)
    pages, _ = mod.render(forum, now=datetime(2026, 2, 3, 9, 0))
    url = mod.thread_url(host, forum.boards[0].threads[0])
    assert url == f"http://{host}/101/d%C3%A9clarer-un-per-quelle-case"
    body = pages["/101/d%C3%A9clarer-un-per-quelle-case"].body.decode()
    assert '<html lang="fr" itemscope itemtype="https://schema.org/QAPage">' in body and "\t" not in body.split("<body")[1][:200]
    assert '<h2 id="a_list_title"><span itemprop="answerCount">3</span> Réponses</h2>' in body
    assert '<div class="qa-a-list-item  qa-a-list-item-selected" id="a102" itemprop="suggestedAnswer acceptedAnswer"' in body
    assert '<div class="qa-a-selected-text">Meilleure réponse</div>' in body
    assert '<span class="qa-c-item-when-pad">il y a </span><span class="qa-c-item-when-data"><time itemprop="dateCreated" ' \
           'datetime="2026-02-01T10:00:00+0000" title="2026-02-01T10:00:00+0000">1 jour</time></span><span class="qa-c-item-when-pad"> </span>' in body
    assert '<a href="../user/Expert" class="qa-user-link" itemprop="url">' in body and '<div class="qa-a-form" id="anew" style="display:none;">' in body
    assert body.index('id="a102"') < body.index('id="c103"') < body.index('id="c104"') < body.index('id="a105"') < body.index('id="a106"')
    old, _ = mod.render(forum, now=datetime(2027, 3, 1, 9, 0))
    assert ">1-Fev-2026</time>" in old["/101/d%C3%A9clarer-un-per-quelle-case"].body.decode()


def test_q2a_sorts_answers_by_votes_where_the_site_is_set_so():
    mod = _mod("q2a")
    host = next(f"h{i}.test" for i in range(200) if mod.options(f"h{i}.test")["sort"] == "votes"
                and not mod.options(f"h{i}.test")["selected_first"])
    forum = _qa_forum(host)
    v = mod._Q2A(forum)
    t = forum.boards[0].threads[0]
    nets = [mod.votes(host, a, "A")[0] - mod.votes(host, a, "A")[1] for a in v.order(t)]
    assert nets == sorted(nets, reverse=True)
    body = mod.render(forum)[0][v.thread_path(t, 0)].body.decode()
    ids = [a.id for a in v.order(t)]
    assert [body.index(f'id="a{i}"') for i in ids] == sorted(body.index(f'id="a{i}"') for i in ids)


def test_q2a_url_formats_slugs_and_answer_pages():
    mod = _mod("q2a")
    t = _qa_forum("x").boards[0].threads[0]
    shapes = {re.sub(r"d%C3%A9clarer", "declarer", mod.thread_url(f"h{i}.test", t).split(".test", 1)[1]) for i in range(60)}
    assert shapes == {"/101/declarer-un-per-quelle-case", "/index.php?qa=101&qa_1=declarer-un-per-quelle-case",
                      "/?qa=101&qa_1=declarer-un-per-quelle-case", "/index.php/101/declarer-un-per-quelle-case"}, shapes
    assert mod.slugify("Faut-il vraiment ouvrir un PER individuel avant la retraite anticipée ?", True) == \
        "faut-vraiment-ouvrir-individuel-avant-retraite-anticipee"  # the shortest words go past 50 letters
    assert mod.slugify("L'assurance-vie « en déshérence »", False) == "lassurance-vie-en-déshérence"
    forum = _hostile_forum("q2a")
    forum.host = next(f"h{i}.test" for i in range(200) if mod.options(f"h{i}.test")["format"] == "safest")
    pages, _ = mod.render(forum)
    v = mod._Q2A(forum)
    th = forum.boards[0].threads[0]
    n = v.n_q_pages(th)
    assert n == 1 + (len(v.qa[th.id].answers) - 1) // forum.posts_per_page
    assert "/index.php" in pages and "/index.php?qa=questions" in pages and "/index.php?qa=feed&qa_1=qa.rss" in pages
    assert 'href="./index.php?qa=questions"' in pages["/index.php?qa=questions"].body.decode()


def test_q2a_lists_feeds_and_sitemap():
    mod = _mod("q2a")
    host = next(f"h{i}.test" for i in range(200) if mod.options(f"h{i}.test")["format"] == "neat")
    forum = _qa_forum(host)
    pages, _ = mod.render(forum, now=datetime(2026, 2, 3, 9, 0))
    home = pages["/"].body.decode()
    assert '<a href="./101/d%C3%A9clarer-un-per-quelle-case?show=106#a106" class="qa-q-item-what">répondu</a>' in home
    assert "Questions et réponses récentes" in home and "qa-template-qa" in home
    qs = pages["/questions"].body.decode()
    assert '<span class="qa-q-item-what">demandé</span>' in qs and '<span class="qa-a-count-data">3</span>' in qs
    assert '<a href="./feed/questions.rss" class="qa-feed-link">Questions récentes</a>' in qs
    rss = ET.fromstring(pages["/feed/qa.rss"].body)
    assert rss.find("channel/item/title").text == "Répondu: Déclarer un PER : quelle case ?"
    sm = pages["/sitemap.xml"].body.decode()
    assert f"<loc>http://{host}/101/d%C3%A9clarer-un-per-quelle-case</loc>" in sm and "<priority>0.1</priority>" in sm
    assert pages["/user/Expert"].status == 200 and "Score:" in pages["/user/Expert"].body.decode()


# -- the news markup: Ghost + Headline ---------------------------------------------------------------------------------------

def _headline():
    return _mod("ghost_headline")


@pytest.fixture(scope="module")
def news_web(web):
    site, _ = web
    return site


def test_news_posts_hold_their_text_and_never_their_comments(news_web):
    """Title, paragraphs and links on the article; comments only through comments-ui's script when the site has
    comments on, never in the HTML."""
    mod = _headline()
    blogs = _blogs(news_web, "ghost_headline")
    assert blogs
    for host, blog in blogs:
        for post in blog.posts:
            url = families.permalink("ghost_headline", host, post)
            assert url == mod.permalink(host, post)
            pg = news_web.lookup(host, _path(url, host))
            assert pg.status == 200, (host, url)
            text, html = text_of(pg.body), pg.body.decode()
            assert norm(post.title) in text
            for para in post.paragraphs:
                for seg in (s for s in _URL.split(para) if s.strip()):
                    assert norm(seg) in text, (host, url, seg)
            for u, _ in post.links:
                assert f'href="{mod.esc(u)}"' in html
            for c in post.comments:
                assert all(norm(t) not in text for t in c.text if len(t) > 30)
            if mod.options(host)["comments"] != "off":
                assert "comments-ui.min.js" in html and f'data-post-id="{mod.object_id(host, post.id)}"' in html
            else:
                assert "comments-ui" not in html


def test_news_pages_answer_and_xml_parses(news_web):
    assert_pages_answer(news_web, "ghost_headline", lambda path: re.fullmatch(r"/page/\d+", path) is not None)


def test_news_home_pages_tags_and_sitemap_reach_every_post(news_web):
    """The home page's links, `/page/N/` through the head's `<link rel="next">` (no pagination link in the theme),
    tags; and the sitemap: every post is reached. The feed holds the 15 latest posts."""
    mod = _headline()
    for host, blog in _blogs(news_web, "ghost_headline"):
        seen, todo, done = set(), ["/"], set()
        while todo:
            path = todo.pop()
            if path in done:
                continue
            done.add(path)
            pg = news_web.lookup(host, path)
            if pg.status in (301, 302):
                todo.append(_path(pg.headers["Location"], host))
                continue
            html = pg.body.decode()
            for href in re.findall(r'href="([^"#]+)"', html):
                u = urljoin(f"http://{host}{path}", unescape(href))
                if urlsplit(u).netloc == host:
                    seen.add(u)
                    p = _path(u, host)
                    if re.match(r"/(page/\d+/?|tag/[^/]+/(page/\d+/)?)$", p):
                        todo.append(p)
        for post in blog.posts:
            assert mod.permalink(host, post) in seen, (host, post.id)
        sm = ET.fromstring(news_web.lookup(host, "/sitemap-posts.xml").body)
        locs = {e.text for e in sm.iter() if e.tag.endswith("loc")}
        assert {mod.permalink(host, p) for p in blog.posts} == locs
        feed = ET.fromstring(news_web.lookup(host, "/rss/").body)
        assert len(feed.findall("./channel/item")) == min(15, len(blog.posts))
        assert f"Sitemap: http://{host}/sitemap.xml" in news_web.lookup(host, "/robots.txt").body.decode()


def test_news_hostile_text_is_escaped_and_output_deterministic():
    assert_hostile_blog_escaped("ghost_headline", links_comment_sites=False)  # comments come by script
    mod = _headline()
    b = _hostile_as("ghost_headline")
    pages, _ = mod.render(b, NOW, None)
    for key, pg in pages.items():
        if "html" in pg.content_type:
            body = pg.body.decode()
            assert_attributes_quoted(body, key)
            for data in re.findall(r'<script type="application/ld\+json">(.*?)</script>', body, re.S):
                json.loads(data)
    kept = {p: pages[p] for p, _, _ in mod.item_pages(b)}
    again, _ = mod.render(_hostile_as("ghost_headline"), NOW, kept)
    assert again.keys() == pages.keys() and all(again[p] == pages[p] for p in pages)


def test_news_permalink_settings_and_theme_options_vary_by_host():
    assert_permalinks_vary("ghost_headline")
    mod = _headline()
    seen = [mod.options(f"h{i}.test") for i in range(60)]
    assert {o["layout"] for o in seen} == {"stacked", "left-logo", "middle-logo"}
    assert {o["comments"] for o in seen} == {"off", "all", "paid"} and {o["members"] for o in seen} == {True, False}


def test_news_headline_markup_dates_and_head():
    mod = _headline()
    b = _hostile_as("ghost_headline")
    b.host = next(f"h{i}.test" for i in range(200) if mod.options(f"h{i}.test")["permalink"] == "slug"
                  and mod.options(f"h{i}.test")["members"])
    pages, _ = mod.render(b)
    post = b.posts[0]
    body = pages[f"/{post.slug}/"].body.decode()
    assert '<time class="gh-article-date" datetime="2026-05-01">01 mai 2026</time>' in body
    assert '<h1 class="gh-article-title">Test &lt;script&gt;alert(1)&lt;/script&gt; &quot;quote&quot; &#x3D;cmd|&#x27;' in body
    assert '<a class="gh-article-tag" href="http://' + b.host + '/tag/epargne-retraite/">' in body
    assert '<meta property="article:published_time" content="2026-05-01T07:00:00.000Z">' in body
    assert '<h4 class="gh-pagehead-title">À lire ensuite</h4>' in body and "<body class=\"post-template tag-epargne-retraite" in body
    ld = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', body, re.S).group(1))
    assert ld["@type"] == "Article" and ld["datePublished"] == "2026-05-01T07:00:00.000Z"
    home = pages["/"].body.decode()
    assert f'<a href="http://{b.host}/page/2">Nouveautés</a>' in home and '<h1 class="gh-head-logo">' in home
    assert home.count('<article class="gh-card') >= 7 and '<section class="gh-topic gh-topic-grid">' in home
    p2 = pages["/page/2/"].body.decode()
    assert "<title>Blog Test" in p2 and "(Page 2)</title>" in p2 and '<link rel="prev" href="http://' + b.host + '/">' in p2
    assert p2.count('<article class="gh-card') == 7 + min(7, len(b.posts) - 7)  # page 2 repeats the latest seven
    assert pages["/page/2"].status == 301 and "S&#x27;abonner" in home
    assert '<link rel="next" href="http://' + b.host + '/tag/impots/page/2/">' in pages["/tag/impots/"].body.decode()
