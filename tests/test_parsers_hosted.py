"""French hosted blog platforms (Overblog, Canalblog, Skyrock): detected by host, read by the
generic path, their comments found by structure in the comment section (spiders/parsers/comments.py).

The pages are hand-written in each platform's markup (no network here to record live pages); the
reader names none of their classes, so a theme's renaming does not break it.
"""
from pathlib import Path

import pytest

from spiders.parsers import detect_platform, parse_page
from spiders.parsers.contract import to_page_object

HTML = Path(__file__).parent / "fixtures" / "html" / "hosted"

CASES = {
    # file: (url, platform, title, published, [(position, author, author_url, published, text start, links)])
    "overblog.html": (
        "http://patrimoine-sophie.over-blog.com/2025/03/assurance-vie-y-croire.html", "overblog",
        "Assurance-vie : faut-il encore y croire ?", "2025-03-04", [
            (1, "Rachat crédit express", "http://www.rachat-credit-express.example/", "2025-03-05T09:14",
             "Super article, merci !", ["http://www.rachat-credit-express.example/simulation"]),
            (2, "Hélène", None, "2025-03-05T18:40", "J'ai ouvert un contrat en ligne", []),
            (3, "Sophie", None, "2025-03-06T07:55", "Merci Hélène !", [])]),
    "canalblog.html": (
        "http://bourse-patrimoine.canalblog.com/archives/2025/03/04/41204587.html", "canalblog",
        "SCPI, le rendement a-t-il un prix ?", "2025-03-04", [
            (1, "Jacqueline", None, "2025-03-04T14:02", "Merci pour la grille de lecture", []),
            (2, "Epargnant lyonnais", "http://epargnant-lyonnais.canalblog.com/", "2025-03-05T08:47",
             "Les frais de souscription", []),
            (3, "Marc", None, "2025-03-05T21:15", "Attention quand même", [])]),
    "skyrock.html": (
        "https://lea-invest.skyrock.com/3312280-Mon-premier-PEA-episode-3.html", "skyrock",
        "Mon premier PEA, épisode 3", "2025-03-04", [
            (1, "tom-bourse", "https://tom-bourse.skyrock.com/", "2025-03-04T18:12", "Bravo pour la régularité", []),
            (2, "cash-facile-2025", "https://cash-facile-2025.skyrock.com/", "2025-03-05T02:41", "Gagne 500 €",
             ["https://cash-facile.example/go"]),
            (3, "lea-invest", "https://lea-invest.skyrock.com/", "2025-03-05T20:05", "Merci tom !", [])]),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_hosted_blog_post_and_its_comments(name):
    url, platform, title, published, expected = CASES[name]
    html = (HTML / name).read_bytes()
    assert detect_platform(url, html) == platform
    p = parse_page(url, html)
    assert (p.platform, p.kind, p.page_type, p.title) == (platform, "blog", "article", title)
    assert (p.published or "")[:10] == published
    got = [(c.position, c.author, c.author_url, (c.published or "")[:16], c.text[:len(e[4])], c.links)
           for c, e in zip(p.comments, expected)]
    assert got == expected
    assert len(p.comments) == len(expected)
    # The post's text is the post: no comment, no comment form, no sidebar widget of latest comments.
    for c in p.comments:
        assert c.text[:20] not in p.text
    for boiler in ("Commenter", "Poster un commentaire", "Derniers commentaires", "Très clair"):
        assert boiler not in p.text
    assert to_page_object(p)["comments"][0]["text"] == p.comments[0].text


def test_latest_comments_widget_alone_is_not_a_comment_section():
    """A post without comments, whose sidebar lists the blog's latest comments: no comment."""
    html = (HTML / "overblog.html").read_text(encoding="utf-8")
    start, end = html.index('<div class="ob-comments"'), html.index('<div class="ob-form">')
    p = parse_page(CASES["overblog.html"][0], html[:start] + html[end:])
    assert p.page_type == "article" and p.comments == []


def test_page_wrapper_named_after_comments_is_not_the_section():
    """Themes mark the whole page "has-comments": the section is still the one under the post."""
    html = (HTML / "canalblog.html").read_text(encoding="utf-8").replace(
        '<div id="container">', '<div id="container" class="has-comments comments-open">')
    p = parse_page(CASES["canalblog.html"][0], html)
    assert [c.author for c in p.comments] == ["Jacqueline", "Epargnant lyonnais", "Marc"]


CUT_END = {"overblog.html": "</ul>", "canalblog.html": '<div class="commentform"', "skyrock.html": "</ol>"}
SECOND = {"overblog.html": '<li class="ob-comment" id="comment-9042">',
          "canalblog.html": '<div class="comment" id="c87110431">',
          "skyrock.html": '<li class="comment" id="comment_16240">'}


@pytest.mark.parametrize("name", sorted(CASES))
def test_one_comment_is_found_too(name):
    """A post with a single comment: no repetition to learn from, the comment section says enough."""
    url, _, _, _, expected = CASES[name]
    html = (HTML / name).read_text(encoding="utf-8")
    start = html.index(SECOND[name])
    end = html.index(CUT_END[name], start)
    cut = html[:start] + ("</div>\n" if name == "canalblog.html" else "") + html[end:]
    p = parse_page(url, cut)
    assert [(c.author, (c.published or "")[:16]) for c in p.comments] == [(expected[0][1], expected[0][3])]


def test_lone_blocks_in_a_comment_section_are_not_comments():
    """A "sign in to comment" box, a heading with a counter, a tag: no date, no comment."""
    html = (HTML / "overblog.html").read_text(encoding="utf-8")
    start, end = html.index('<div class="ob-comments"'), html.index('<div class="ob-form">')
    box = ('<div class="ob-comments" id="comments"><div class="comments-box">'
           '<div class="comments-heading">Commentaires ( 0 ) : rejoignez la discussion</div>'
           '<a class="user-link" href="/login">Connectez-vous pour commenter</a></div></div>\n ')
    p = parse_page(CASES["overblog.html"][0], html[:start] + box + html[end:])
    assert p.comments == []


def test_spam_posted_twice_is_still_read():
    """The same spam under a post twice is spam, not a theme printing one text twice."""
    url, *_ = CASES["skyrock.html"]
    html = (HTML / "skyrock.html").read_text(encoding="utf-8")
    start = html.index('<li class="comment" id="comment_16240">')
    spam = html[start:html.index("</li>", start) + 5]
    again = spam.replace("comment_16240", "comment_16245").replace("02h41", "03h02")
    p = parse_page(url, html.replace(spam, spam + again))
    assert [c.author for c in p.comments] == ["tom-bourse", "cash-facile-2025", "cash-facile-2025", "lea-invest"]


def test_a_page_section_inside_the_comment_wrapper_is_not_a_comment():
    """Slashdot-like: the comment wrapper opens with the story's title bar (a heading, a date)."""
    url, *_ = CASES["overblog.html"]
    html = (HTML / "overblog.html").read_text(encoding="utf-8")
    start, end = html.index('<div class="ob-comments"'), html.index('<div class="ob-form">')
    box = ('<div class="comments commentwrap"><div><div class="main-content"><section class="bar"><h4><a href="/">'
           "Assurance-vie : faut-il encore y croire ?</a></h4><p>Le débat des lecteurs sur ce billet, trié par"
           " note.</p></section></div><div class='meta'><a class='author' href='/'>Accueil</a>"
           ' <time datetime="2025-03-04">4 mars</time></div></div></div>\n ')
    p = parse_page(url, html[:start] + box + html[end:])
    assert p.comments == []
