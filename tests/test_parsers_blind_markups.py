"""What the first measurement on the markups written blind (`sectorweb.families.BLIND_MARKUPS`, from the
engines' real templates) found the parsers missing, each on a small site rendered in that markup:

- PluXml prints a comment's header as "#3 - <time> - Frédéric a dit :", the "#3" linking to the comment;
- Flarum's no-JavaScript view shows no dates: its JSON payload (`#flarum-json-payload`) has them;
- Drupal's Olivero puts its sidebar (a "Liens" menu) inside `<main>`, shows comments as "il y a 2 mois"
  with the time in `data-comment-timestamp`, and a short post above many comments is still an article;
- Ghost gives its static pages a post's metadata (`page-template` says what they are);
- PluXml titles its posts with an `<h2>` (the site's name is the `<h1>`) and puts its links on a static
  page titled "Liens"; a post signed "admin" has no person's name, whatever the byline prints after it.
"""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from sectorweb.dates import NOW, to_utc
from sectorweb.families import permalink, thread_url
from sectorweb.model import Blog, Board, Comment, Forum, Message, Post, Thread
from sectorweb.site import RENDERERS
from spiders.parsers import parse_page

HOST = "www.blog-essai.test"
WORDS = ("L'assurance-vie reste le placement préféré des Français pour transmettre un capital. "
         "Les versements avant soixante-dix ans profitent d'un abattement de 152 500 euros par bénéficiaire. ")


def _post(i: int, comments=(), paragraphs=None, author="Sophie", title=None) -> Post:
    title = title or f"Assurance-vie et transmission : notre cas numéro {i}"
    return Post(i, title, f"assurance-vie-et-transmission-cas-{i}", NOW - timedelta(days=40 - i), author,
                paragraphs or [WORDS * 3, WORDS * 2], category="Transmission", comments=list(comments))


def _comment(i: int, author: str, minutes: int, url: str | None = None) -> Comment:
    return Comment(i, author, NOW - timedelta(days=20, minutes=-minutes), [f"Merci, c'est clair. Question {i} : et pour un PER ?"],
                   url=url)


def _blog(platform: str, posts: list[Post], **extra) -> Blog:
    return Blog(HOST, platform, "Blog essai", "Un blog de patrimoine", "Sophie", "sophie", posts, **extra)


def _pages(content) -> dict:
    pages, _ = RENDERERS[content.platform].render(content, NOW, None)
    return pages


def _parse(content, path: str):
    return parse_page(f"http://{content.host}{path}", _pages(content)[path].body, now=NOW)


def _path(blog: Blog, post: Post) -> str:
    return permalink(blog.platform, blog.host, post).split(blog.host, 1)[1]


def test_pluxml_comment_names_without_their_number_and_verb_and_signed_urls_kept():
    comments = [_comment(1, "Frédéric", 0), _comment(2, "Benoît L.", 90, url="http://www.budget-en-ligne.test/"),
                _comment(3, "Sophie", 200), _comment(4, "Benedit", 300)]  # "dit" ends his name, it is no verb
    blog = _blog("pluxml", [_post(1), _post(2, comments)])
    parsed = _parse(blog, _path(blog, blog.posts[1]))
    assert [c.author for c in parsed.comments] == ["Frédéric", "Benoît L.", "Sophie", "Benedit"]
    assert [c.author_url for c in parsed.comments] == [None, "http://www.budget-en-ligne.test/", None, None]


def test_flarum_messages_are_dated_from_the_apps_json_payload():
    start = NOW - timedelta(days=3)
    messages = [Message(10 + i, name, start + timedelta(hours=5 * i, minutes=7 * i), [WORDS])
                for i, name in enumerate(["Vivi", "Dédé_Lyon", "marco_bzh", "Vivi"])]
    forum = Forum("forum.essai.test", "flarum", "Forum essai", "Entraide", [Board(1, "Placements", "", [
        Thread(5, "Clause bénéficiaire pour une famille recomposée", messages)])],
        {"Vivi": 1, "Dédé_Lyon": 2, "marco_bzh": 3}, admins={"Vivi"})
    parsed = _parse(forum, thread_url("flarum", forum.host, forum.threads()[0]).split(forum.host, 1)[1])
    assert [p.author for p in parsed.posts] == [m.author for m in messages]
    got = [datetime.fromisoformat(p.published).astimezone(timezone.utc).replace(tzinfo=None) for p in parsed.posts]
    assert got == [to_utc(m.when) for m in messages]


def test_a_blogroll_in_a_sidebar_inside_main_is_read_drupal_olivero():
    roll = [("http://www.credit-sereine.test/", "Crédit sereine"), ("http://www.fiscalite-facile.test/", "Fiscalité facile")]
    blog = _blog("drupal", [_post(i) for i in range(1, 4)], blogroll=roll)
    assert _parse(blog, "/").blogroll == [u for u, _ in roll]


def test_drupal_comments_take_the_time_the_comment_carries_when_the_page_says_il_y_a():
    comments = [_comment(1, "Chantal", 0), _comment(2, "Marc G.", 35), _comment(3, "Lucie", 300)]
    blog = _blog("drupal", [_post(1), _post(2, comments)])
    parsed = _parse(blog, _path(blog, blog.posts[1]))
    assert [c.author for c in parsed.comments] == ["Chantal", "Marc G.", "Lucie"]
    got = [datetime.fromisoformat(c.published).astimezone(timezone.utc).replace(tzinfo=None) for c in parsed.comments]
    assert got == [to_utc(c.when) for c in comments]


def test_a_short_post_above_many_comments_is_an_article_not_a_thread_drupal():
    """A review site's review (the blind draw's, rendered in Drupal): its body and tags fields are `div.field`
    like its comments' bodies, so the structural reader took the page for a thread of 12 messages."""
    from sectorweb import families
    from sectorweb.evalmakers import build_eval_content
    from sectorweb.evaluation import SEED, eval_sources

    sources = list(eval_sources(SEED, "blind"))
    families.use_url_schemes(sources)
    content = build_eval_content(sources)
    reviews = [content[s.host] for s in sources if s.family == "review_site" and s.platform == "drupal"]
    read = [(post, _parse(blog, _path(blog, post))) for blog in reviews for post in blog.posts]
    assert sum(len(post.comments) >= 10 for post, _ in read) >= 3
    assert [p.page_type for _, p in read] == ["article"] * len(read)
    assert [len(p.comments) for _, p in read] == [len(post.comments) for post, _ in read]


def test_ghost_static_pages_are_not_posts_though_they_carry_article_metadata():
    roll = [("http://rente-en-famille.test/", "Rente en famille")]
    blog = _blog("ghost", [_post(i) for i in range(1, 4)], blogroll=roll)
    pages = _pages(blog)
    about = next(path for path in pages if "propos" in path)
    assert _parse(blog, about).page_type == "other"
    assert _parse(blog, _path(blog, blog.posts[0])).page_type == "article"


def test_pluxml_short_posts_under_an_h2_title_are_articles_and_its_links_page_is_a_blogroll():
    excerpt = ["C'est une annonce qui fera date : la Cour des comptes a dévoilé ses orientations sur le PER. […]"]
    roll = [("http://www.budget-en-ligne.test/", "Budget en ligne")]
    blog = _blog("pluxml", [_post(1), _post(2, paragraphs=excerpt, author="admin")], blogroll=roll)
    parsed = _parse(blog, _path(blog, blog.posts[1]))
    assert parsed.page_type == "article"
    assert parsed.title == blog.posts[1].title
    assert parsed.text.startswith(excerpt[0])  # the header's lines (title, byline, category) are not its text
    assert parsed.author is None  # "Rédigé par admin - Aucun commentaire": no person's name
    links_page = next(path for path in _pages(blog) if "static" in path and "liens" in path)
    assert _parse(blog, links_page).blogroll == ["http://www.budget-en-ligne.test/"]


def test_nodebb_quote_attribution_line_is_no_part_of_the_reply():
    """NodeBB writes "@X a dit dans <title> :" before the quote, not in it (WCXB's forum.qt.io: "@JonB said in")."""
    start = NOW - timedelta(days=3)
    question = Message(10, "Padawan_Finance", start, ["Bonjour, je me permets de poster ici car j'ai besoin d'avis."])
    reply = Message(11, "Yanis31", start + timedelta(hours=2), ["De mon expérience, le PER convient aux indépendants."],
                    quote=("Padawan_Finance", question.text[0]))
    forum = Forum("forum.essai.test", "nodebb", "Forum essai", "Entraide", [Board(1, "Retraite", "", [
        Thread(5, "Débutant : PER ou assurance-vie ?", [question, reply])])], {"Padawan_Finance": 1, "Yanis31": 2})
    parsed = _parse(forum, thread_url("nodebb", forum.host, forum.threads()[0]).split(forum.host, 1)[1])
    assert [p.author for p in parsed.posts] == ["Padawan_Finance", "Yanis31"]
    assert parsed.posts[1].text == reply.text[0]
    assert parsed.posts[1].quoted == question.text[0]


def test_a_name_ending_in_a_verb_of_speech_stays_whole():
    from lxml import html as lhtml

    from spiders.parsers.comments import _name

    for shown, want in [("Benedit", "Benedit"), ("#7 - Benedit a dit :", "Benedit"), ("Tom said:", "Tom")]:
        assert _name(shown, lhtml.fragment_fromstring(f"<span>{shown}</span>")) == want


def test_a_lone_drupal_comment_shown_as_il_y_a_is_found_and_dated():
    """One comment is no repeated structure: its byline line must be dated, and Olivero's says only
    "il y a 2 mois 3 semaines"; the epoch its element carries dates it."""
    lone = Comment(1, "Aurélie", NOW - timedelta(days=80, hours=3), ["Attention quand même à la décote."])
    blog = _blog("drupal", [_post(1), _post(2, [lone])])
    parsed = _parse(blog, _path(blog, blog.posts[1]))
    assert [c.author for c in parsed.comments] == ["Aurélie"]
    got = datetime.fromisoformat(parsed.comments[0].published).astimezone(timezone.utc).replace(tzinfo=None)
    assert got == to_utc(lone.when)
