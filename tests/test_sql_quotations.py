"""Quotations are no copies (issue 10, stop 39): lawyers quote the same article of the code word for word, as
newsrooms quote the same minister. Round 5's legal watch blog, genuine, was convicted in two blind markups
(spun_posts 36%, follows_others): its posts shared their long official quotations with its peers'. Two posts
are now paired on what they share outside the passages either quotes (blockquote and q in its markup, « » and
“ ” in its text), unless the post has too few words of its own, as a feed item pasted in a blockquote. A rewrite
keeps its quotations word for word, and its similarity counts them."""
from __future__ import annotations

from datetime import timedelta

from spiders.parsers import parse_page
from tests.test_sql_fixtures import T0, article, source, spin, text
from tests.test_sql_models import rows, run

# two articles of the code, quoted whole by every lawyer who writes on them
LAW = [text(7000, 120), text(7001, 80)]


def _watch(host: str, seed: int, marked: bool, days: float) -> list:
    """A legal watch: each post's own commentary (120 words, its own), around the two articles quoted whole,
    inline in « » or in a blockquote (`marked`: the page's markup gives the passages, the text runs on)."""
    items = [source(host)]
    for i in range(6):
        own = [text(seed + 10 * i, 60), text(seed + 10 * i + 1, 60)]
        if marked:
            body, quoted = f"{own[0]} {LAW[0]} {own[1]} {LAW[1]}", list(LAW)
        else:
            body, quoted = f"{own[0]} Article 757 B : « {LAW[0]} » {own[1]} Et l'article 990 I : « {LAW[1]} »", []
        post = article(host, f"veille-{i}", body, T0 + timedelta(days=days + 7 * i, hours=3))
        post.quotations = quoted
        items.append(post)
    return items


def test_official_texts_quoted_by_peers_make_no_copy_and_no_follower():
    con = run(_watch("cabinet-a.example", 100, False, 0) + _watch("etude-b.example", 200, False, 2)
              + _watch("notaire-c.example", 300, True, 4))
    assert rows(con, "select count(*) from int_post_pairs") == [(0,)]
    got = rows(con, "select host, share_posts_spun, share_posts_original, posts_following_uncredited "
                    "from int_source_features order by host")
    assert got == [("cabinet-a.example", 0.0, 1.0, 0.0), ("etude-b.example", 0.0, 1.0, 0.0),
                   ("notaire-c.example", 0.0, 1.0, 0.0)]
    # the shingles of the two articles are known as quoted in every post (116 + 76)
    assert rows(con, "select distinct len(quoted_shingles) from int_post_words") == [(192,)]
    assert not rows(con, "select * from int_rule_hits where rule_id in ('spun_posts', 'follows_others', "
                         "'copied_posts')")


def test_a_feed_item_pasted_in_a_blockquote_under_a_credit_line_is_still_a_copy():
    original = text(8000, 250)
    items = [source("journal.example"), source("splog.example"),
             article("journal.example", "article", original, T0)]
    paste = article("splog.example", "repris", f"Lu sur Le Journal : {original} Source : journal.example",
                    T0 + timedelta(hours=4))
    paste.quotations = [original]
    con = run(items + [paste])
    # 7 words of its own are too few: its quotation is its text, and the article's
    assert rows(con, "select len(quoted_shingles) from int_post_words join int_posts using (post_key) "
                     "where host = 'splog.example'") == [(0,)]
    assert rows(con, "select is_copied_earlier, original_url from int_post_similarity "
                     "where host = 'splog.example'") == [(True, "https://journal.example/article/")]


def test_a_term_in_quotation_marks_stays_in_the_text():
    # « PER » or « bon père de famille » are words of the post, not another's passage (quote_min_words 8)
    body = text(9000, 60) + " « bon père de famille » " + text(9001, 60)
    con = run([source("blog.example"), article("blog.example", "a", body, T0)])
    assert rows(con, "select len(quoted_shingles), n_words from int_post_words") == [(0, 124)]


def test_a_rewrite_that_keeps_the_quotations_word_for_word_is_still_a_rewrite():
    """An AI "local newspaper" rewrites a newsroom's article, spinning its sentences and keeping its quotations
    word for word, as a quotation cannot be reworded: the rewrite shares the story outside them too."""
    said = [text(7100, 30), text(7101, 30)]
    story = f"{text(7102, 150)} « {said[0]} », observe Hélène Duval. {text(7103, 150)} « {said[1]} », ajoute-t-elle."
    own = story.replace(f"« {said[0]} »", "QUOTE0").replace(f"« {said[1]} »", "QUOTE1")
    rewrite = spin(own, 0.22, seed=5).replace("QUOTE0", f"« {said[0]} »").replace("QUOTE1", f"« {said[1]} »")
    items = [source("quotidien.example"), source("suiveur.example"),
             article("quotidien.example", "article", story, T0),
             article("suiveur.example", "reprise", rewrite, T0 + timedelta(hours=5))]
    con = run(items)
    got = rows(con, "select similarity_class, round(similarity, 2) from int_post_pairs where host = 'suiveur.example'")
    assert len(got) == 1 and got[0][0] == "spun"
    assert rows(con, "select is_spun_earlier from int_post_similarity where host = 'suiveur.example'") == [(True,)]


PAGE = """<html><body><article><h1>Veille : l'article 757 B</h1><p class="date">4 mars 2025</p>
<p>Le législateur a encore frappé cette semaine, et nos clients nous interrogent sur le sens de la réforme
qui change beaucoup de choses pour les contrats anciens que nous suivons depuis des années.</p>
<blockquote class="wp-block-quote"><p>Les sommes versées par le souscripteur à compter du 70e anniversaire de
l'assuré donnent ouverture aux droits de mutation par décès.</p><p>Deuxième alinéa <em>du texte</em>.</p>
<blockquote>Une citation dans la citation.</blockquote></blockquote>
<p>Notre analyse : ce texte vise les primes, non les intérêts. Comme le dit la doctrine,
<q>une phrase citée en ligne</q>. Voilà pour aujourd'hui, avec assez de mots pour un article.</p></article>
<aside class="widget"><blockquote>Le témoignage d'un client dans la colonne</blockquote></aside>
<div id="comments"><div class="comment"><blockquote>cité par un lecteur</blockquote><p>Merci !</p></div></div>
</body></html>"""


def test_an_article_gives_the_passages_its_markup_quotes():
    parsed = parse_page("https://blog.example/2025/03/04/veille-757-b/", PAGE)
    assert parsed.page_type == "article"
    # the outermost quotations of the post, in page order; none of the sidebar's or the comments'
    assert parsed.quotations == [
        "Les sommes versées par le souscripteur à compter du 70e anniversaire de l'assuré donnent ouverture aux "
        "droits de mutation par décès. Deuxième alinéa du texte. Une citation dans la citation.",
        "une phrase citée en ligne",
    ]
    assert all(q.split(".")[0] in " ".join(parsed.text.split()) for q in parsed.quotations)
