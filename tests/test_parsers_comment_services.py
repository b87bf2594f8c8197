"""Comments loaded in the browser by a service (Disqus, Facebook, giscus...): the post's conversation is
unread, not absent (spiders/parsers/comment_services.py). Each snippet is the service's published embed
code, put where the theme's template puts it (Jekyll minima's post layout includes disqus_comments.html
after the post's content)."""
from pathlib import Path

import pytest

from spiders.parsers import parse_page

HTML = Path(__file__).parent / "fixtures" / "html"
POST_URL = "https://notes-epargnant.example/2025/03/04/versements-programmes.html"
ANCHOR = '  <a class="u-url" href="/2025/03/04/versements-programmes.html" hidden></a>'

# minima's _includes/disqus_comments.html, rendered
DISQUS = """<div id="disqus_thread"></div>
  <script>
    var disqus_config = function () {
      this.page.url = 'https://notes-epargnant.example/2025/03/04/versements-programmes.html';
      this.page.identifier = 'https://notes-epargnant.example/2025/03/04/versements-programmes.html';
    };
    (function() {
      var d = document, s = d.createElement('script');
      s.src = 'https://notes-epargnant.disqus.com/embed.js';
      s.setAttribute('data-timestamp', +new Date());
      (d.head || d.body).appendChild(s);
    })();
  </script>
  <noscript>Please enable JavaScript to view the <a href="https://disqus.com/?ref_noscript" rel="nofollow">comments powered by Disqus.</a></noscript>"""

SNIPPETS = {
    "Disqus": DISQUS,
    # a theme that loads Disqus on scroll, its container added by the script itself
    "Disqus, lazy": """<script>var disqus_shortname = 'notes'; function load() { var d = document,
        s = d.createElement('script'); s.src = 'https://' + disqus_shortname + '.disqus.com/embed.js';
        (d.head || d.body).appendChild(s); }</script>""",
    "Facebook": """<div id="fb-root"></div>
  <script async defer crossorigin="anonymous" src="https://connect.facebook.net/fr_FR/sdk.js#xfbml=1&version=v18.0"></script>
  <div class="fb-comments" data-href="https://notes-epargnant.example/2025/03/04/versements-programmes.html" data-width="" data-numposts="5"></div>""",
    "giscus": """<script src="https://giscus.app/client.js" data-repo="notes/blog" data-repo-id="R_kgDO"
        data-category="Announcements" data-category-id="DIC_kwDO" data-mapping="pathname" data-strict="0"
        data-reactions-enabled="1" data-emit-metadata="0" data-input-position="bottom"
        data-theme="preferred_color_scheme" data-lang="fr" crossorigin="anonymous" async></script>""",
    "utterances": """<script src="https://utteranc.es/client.js" repo="notes/blog" issue-term="pathname"
        theme="github-light" crossorigin="anonymous" async></script>""",
    "Hyvor Talk": """<script async src="https://talk.hyvor.com/embed/embed.js" type="module"></script>
  <hyvor-talk-comments website-id="1234" page-id=""></hyvor-talk-comments>""",
    "Commento": """<script defer src="https://cdn.commento.io/js/commento.js"></script><div id="commento"></div>""",
    "Isso": """<script data-isso="//commentaires.notes-epargnant.example/" src="//commentaires.notes-epargnant.example/js/embed.min.js"></script>
  <section id="isso-thread"></section>""",
    "Remark42": """<div id="remark42"></div>""",
    "Cusdis": """<div id="cusdis_thread" data-host="https://cusdis.com" data-app-id="abc" data-page-id="42"></div>
  <script async defer src="https://cusdis.com/js/cusdis.es.js"></script>""",
    "GraphComment": """<div id="graphcomment"></div>
  <script>window.gc_params = { graphcomment_id: 'notes', fixed_header_height: 0 };
  (function() { var gc = document.createElement('script'); gc.type = 'text/javascript'; gc.async = true;
  gc.src = 'https://integration.graphcomment.com/gc_graphlogin.js?' + Date.now(); })();</script>""",
    # what Ghost's {{comments}} helper prints (ghost/core/core/frontend/helpers/comments.js)
    "Ghost": """<script defer src="https://cdn.jsdelivr.net/ghost/comments-ui@~1.0/umd/comments-ui.min.js"
        data-ghost-comments="https://notes-epargnant.example/" data-api="https://notes-epargnant.example/ghost/api/content/"
        data-admin="https://notes-epargnant.example/ghost/" data-key="22444f78447824223cefc48062" data-title=""
        data-count="true" data-post-id="6614a3e5c2b1f70001a4b3c2" data-sentry-dsn="" data-color-scheme="auto"
        data-avatar-saturation="60" data-accent-color="#FF1A75" data-comments-enabled="all"
        data-publication="Notes d'un épargnant" crossorigin="anonymous"></script>""",
}


def _post(snippet: str = "") -> str:
    html = (HTML / "jekyll" / "minima-post.html").read_text(encoding="utf-8")
    assert ANCHOR in html
    return html.replace(ANCHOR, snippet + "\n" + ANCHOR)


@pytest.mark.parametrize("service", sorted(SNIPPETS))
def test_a_post_whose_comments_a_service_loads_says_which(service):
    parsed = parse_page(POST_URL, _post(SNIPPETS[service]))
    assert parsed.page_type == "article" and parsed.comments == []
    assert parsed.comments_hosted_by == service.split(",")[0]
    assert "Disqus" not in parsed.text and "JavaScript" not in parsed.text


def test_a_post_without_a_service_or_only_naming_one_has_none():
    assert parse_page(POST_URL, _post()).comments_hosted_by is None
    # a post about Disqus, its link, and a listing's comment counter (count.js) are not an embed
    mention = ('<p>J\'ai quitté <a href="https://disqus.com/">Disqus</a> : ses publicités, et '
               '<a href="/autre.html#disqus_thread">0 commentaire</a>.</p>'
               '<script id="dsq-count-scr" src="//notes.disqus.com/count.js" async></script>')
    assert parse_page(POST_URL, _post(mention)).comments_hosted_by is None


def test_comments_read_in_the_html_are_not_hosted_elsewhere():
    """The Disqus plugin for WordPress leaves the container beside comments the page still prints."""
    url = "https://patrimoine-et-vous.example/2025/02/assurance-vie-rachat-partiel/"
    html = (HTML / "wordpress" / "post.html").read_text(encoding="utf-8")
    plain = parse_page(url, html)
    assert plain.page_type == "article" and plain.comments, "the fixture's comments"
    both = parse_page(url, html.replace("</body>", DISQUS + "</body>"))
    assert len(both.comments) == len(plain.comments) and both.comments_hosted_by is None


def test_a_listing_with_a_service_script_is_not_marked():
    html = (HTML / "jekyll" / "minima-home.html").read_text(encoding="utf-8")
    parsed = parse_page("https://notes-epargnant.example/", html.replace("</body>", DISQUS + "</body>"))
    assert parsed.page_type != "article" and parsed.comments_hosted_by is None
