"""Article bodies across families: the page's one <main>, related teasers, split newsroom bodies,
JSON-LD articleBody, boilerplate inside WordPress bodies, static front pages."""
from pathlib import Path

from spiders.parsers import maintext, parse_page
from spiders.parsers.article import fuller_ld_body, ld_article_body
from spiders.parsers.common import Page, inner_boilerplate, css

HTML = Path(__file__).parent / "fixtures" / "html" / "articles"


def _parse(name: str, url: str):
    return parse_page(url, (HTML / name).read_bytes())


def _page(name: str, url: str) -> Page:
    return Page.load(url, (HTML / name).read_bytes())


def test_one_main_is_the_scope():
    # Outside <main>, a partner block with a post-content class: read alone, the page's <main> wins.
    p = _parse("main-scope.html", "https://greenpatch.example/guides/composting/")
    assert p.platform == "generic"
    assert p.title == "Composting in small gardens"
    assert p.text == (
        "A compost bin fits in the smallest garden, and it turns kitchen scraps and dead leaves into the best"
        " soil improver there is.\n"
        "Mix green waste such as peelings and grass clippings with brown waste such as cardboard and dry"
        " leaves, roughly half and half by volume.\n"
        "Turning the heap\n"
        "Turn the heap every two or three weeks with a fork so that air reaches the middle; a heap that"
        " smells is too wet and needs more brown waste.\n"
        "After six to nine months the compost is dark and crumbly, and it can be spread on beds or mixed"
        " into potting soil.")


def test_content_scope_needs_one_container():
    page = _page("main-scope.html", "https://greenpatch.example/guides/composting/")
    scope = maintext.content_scope(page)
    assert scope is not None and scope.tag == "main" and scope.get("id") == "content"
    # Two <article>s and no <main>: no single container.
    page = Page.load("https://x.example/a", "<html><body><article><p>" + "a " * 400 + "</p></article>"
                     "<article><p>" + "b " * 400 + "</p></article></body></html>")
    assert maintext.content_scope(page) is None
    # A <main> holding a banner only is not the body.
    page = Page.load("https://x.example/a", "<html><body><main><p>Welcome!</p></main>"
                     "<div><p>" + "c " * 400 + "</p></div></body></html>")
    assert maintext.content_scope(page) is None


def test_react_streamed_container_is_not_the_scope():
    html = ("<html><body><main><h1>Index funds</h1><template id=\"B:0\"></template>"
            "<p>" + "intro " * 120 + "</p></main>"
            "<div hidden id=\"S:0\"><p>" + "streamed " * 200 + "</p></div></body></html>")
    page = Page.load("https://x.example/invest/index-funds/", html)
    scope = maintext.content_scope(page)
    assert scope is not None and maintext._streamed(page, scope)


def test_long_article_with_related_teasers_is_an_article():
    p = _parse("related-teasers.html", "https://homecosts.example/cost/kitchen-remodel/")
    assert p.page_type == "article"
    lines = p.text.split("\n")
    assert lines[0] == ("A kitchen remodel costs between 14,500 and 40,500 dollars for most homeowners, with an"
                        " average near 26,000 dollars for a mid-sized room.")
    assert lines[-1] == ("Ordering appliances early matters too: delivery times for popular models can run to"
                         " several weeks, and the installers need exact dimensions before the cabinets are built.")
    assert len(lines) == 22
    assert "Bathroom remodel cost" not in p.text


def test_newsroom_body_split_in_blocks():
    p = _parse("split-body.html", "https://smiledaily.example/story/best-toothbrushes")
    assert p.platform == "news" and p.page_type == "article"
    assert p.author == "Ana Ruiz"
    # Both body blocks, without the product card between them or the share bar inside.
    assert p.text == ("Our testers brushed with twenty electric and manual toothbrushes for three months.\n"
                      "Best electric toothbrush\n"
                      "The winner cleans well, runs for three weeks on a charge and is quiet.")
    assert p.links == []


def test_ld_article_body():
    page = _page("ld-body.html", "https://designmag.example/g123/online-design/")
    body = ld_article_body(page)
    assert body.split("\n")[0] == "Online interior design services match you with a designer for a flat fee."
    assert len(body.split("\n")) == 5
    # The markup gave only the introduction: the JSON-LD body, shown in the page, is fuller.
    assert fuller_ld_body(page, "Online interior design services match you with a designer for a flat fee.") == body
    # The markup gave as much: keep it.
    assert fuller_ld_body(page, body) is None


def test_ld_article_body_not_shown_in_the_page_is_ignored():
    # A JSON-LD body that the page does not show (another story, a paywalled text) is not taken.
    head, body = (HTML / "ld-body.html").read_text(encoding="utf-8").split("<body>")
    for card in ("Decorilla shows you proposals from two designers and a realistic 3D rendering of the"
                 " finished room before you buy anything.",
                 "Pottery Barn offers a free design consultation in store, online or at home within sixty"
                 " miles of a store, with mood boards and room plans.",
                 "The Expert books a video call with a well-known interior designer, who reviews photos of"
                 " your room and answers questions for an hour."):
        assert card in body
        body = body.replace(card, "Coming soon.")
    page = Page.load("https://designmag.example/g123/online-design/", head + "<body>" + body)
    assert ld_article_body(page) is not None
    assert fuller_ld_body(page, "Online interior design services match you with a designer for a flat fee.") is None


def test_wordpress_body_without_inner_boilerplate():
    p = _parse("wp-post.html", "https://cornershop.example/2025/03/social-media-tips/")
    assert p.platform == "wordpress" and p.page_type == "article"
    # The heading whose id holds "social" stays; the table of contents, offer, newsletter, author box,
    # related posts, rating widget and form go.
    assert p.text == ("Small shops do best on social media when they post little and often.\n"
                      "A social media calendar\n"
                      "Plan a week of posts on Monday and schedule them.\n"
                      "Answer every comment within a day.")


def test_inner_boilerplate_keeps_a_wrapper():
    page = Page.load("https://x.example/p", "<html><body><div class='entry-content'>"
                     "<div class='share-wrapper'><p>" + "body " * 100 + "</p></div>"
                     "<div class='share-buttons-x'><a href='/s'>Share</a></div></div></body></html>")
    content = css(page.tree, ".entry-content")[0]
    assert [n.get("class") for n in inner_boilerplate(content)] == ["share-buttons-x"]


def test_wordpress_static_front_page():
    p = _parse("wp-front-page.html", "https://harbour.example/")
    assert p.platform == "wordpress" and p.page_type == "home"
    assert p.text == ("We design brands for independent businesses.\n"
                      "Harbour is a studio of six designers working with shops, restaurants and makers since 2012.\n"
                      "Tell us about your project and we will answer within two days.")


def test_stray_end_tags_do_not_cut_the_page():
    # A header template included as a whole page: its </body></html> comes before the post.
    html = ("<html><head><title>HR outsourcing</title></head><body><header><nav><a href='/'>Home</a></nav>"
            "</header></body></html>\n<div class='blog-content'><h1>HR outsourcing</h1>"
            "<p>HR outsourcing is when a company hands its HR duties to an outside agency.</p></div>"
            "<footer>Contact</footer></body></html>")
    page = Page.load("https://hr.example/blog/hr-outsourcing", html)
    assert [n.get("class") for n in css(page.tree, "body > div")] == ["blog-content"]
    assert css(page.tree, "footer")[0].text == "Contact"
