"""A newsroom that only follows (issue 10, stop 34): a machine-written "local newspaper" rewrites, uncredited,
real newsrooms' articles hours after them, among generic guides that keep the rewrites under spun_posts'
30%. Outlets covering the same stories take from each other both ways; one that only takes is following.
The third round of blind families showed nine such sites judged pertinent: nothing else marked them."""
from __future__ import annotations

from datetime import timedelta

from tests.test_sql_fixtures import T0, article, home, source, spin, text
from tests.test_sql_models import rows, run


def _newsroom(host: str) -> list:
    return [source(host, "news", kind="news"), home(host, "news")]


def _post(host: str, slug: str, body: str, hours: float) -> object:
    return article(host, slug, body, T0 + timedelta(hours=hours), platform="news", author=f"Journaliste {slug[-1]}")


def test_a_newsroom_that_only_rewrites_others_follows_them():
    items = _newsroom("quotidien.example") + _newsroom("suiveur.example") + _newsroom("voisin.example") \
        + _newsroom("agence.example")
    stories = [text(3000 + i, 260) for i in range(8)]
    for i, story in enumerate(stories):
        items.append(_post("quotidien.example", f"article-{i}", story, 24 * i))
        # the follower rewrites 6 of them hours later, uncredited, among 24 guides of its own
        if i < 6:
            items.append(_post("suiveur.example", f"reprise-{i}", spin(story, 0.12, seed=i), 24 * i + 5))
    items += [_post("suiveur.example", f"guide-{g}", text(3100 + g, 300), 7 * g + 2) for g in range(24)]
    # two newsrooms covering the same stories, each first on half of them
    for i in range(8):
        own, other = (("voisin.example", "agence.example") if i % 2 else ("agence.example", "voisin.example"))
        story = text(3200 + i, 260)
        items.append(_post(own, f"scoop-{i}", story, 24 * i + 1))
        items.append(_post(other, f"suite-{i}", spin(story, 0.12, seed=40 + i), 24 * i + 4))
    items += [_post(h, f"maison-{g}", text(3300 + g + 50 * k, 250), 30 * g + 3)
              for k, h in enumerate(("voisin.example", "agence.example")) for g in range(8)]
    con = run(items)
    got = dict(rows(con, "select host, posts_following_uncredited from int_source_features"))
    assert got == {"quotidien.example": 0.0, "suiveur.example": 6.0, "voisin.example": 0.0, "agence.example": 0.0}
    spun = dict(rows(con, "select host, round(share_posts_spun, 2) from int_source_features"))
    assert spun["suiveur.example"] == round(6 / 30, 2)  # diluted under spun_posts' 30%
    hits = rows(con, "select host, label_fr from int_rule_hits where rule_id = 'follows_others'")
    assert [h for h, _ in hits] == ["suiveur.example"]
    assert hits[0][1].startswith("6 articles copient ou réécrivent, sans les citer")
    assert "https://suiveur.example/reprise-" in hits[0][1] and "https://quotidien.example/article-" in hits[0][1]


def test_a_follower_on_a_blog_engine_is_ruled_as_following_too():
    """A newsroom on WordPress (Newspack) is ruled as a blog, so that a farm's invented team makes no newsroom
    of it (int_source_kinds): following others is its mark all the same (round 5 of the blind markups)."""
    items = _newsroom("quotidien.example")
    items += [source("suiveur.example", "wordpress", kind="blog"), home("suiveur.example", "wordpress")]
    stories = [text(3000 + i, 260) for i in range(8)]
    for i, story in enumerate(stories):
        items.append(_post("quotidien.example", f"article-{i}", story, 24 * i))
        if i < 6:
            items.append(article("suiveur.example", f"reprise-{i}", spin(story, 0.12, seed=i), T0 + timedelta(hours=24 * i + 5),
                                 author=f"Journaliste {i % 3}"))
    items += [article("suiveur.example", f"guide-{g}", text(3100 + g, 300), T0 + timedelta(hours=7 * g + 2),
                      author=f"Journaliste {g % 3}") for g in range(24)]
    con = run(items)
    kinds = dict(rows(con, "select host, rule_kind from int_source_kinds"))
    assert kinds["suiveur.example"] == "blog"
    hits = rows(con, "select host, label_fr from int_rule_hits where rule_id = 'follows_others'")
    assert [h for h, _ in hits] == ["suiveur.example"]
    assert "un site qui ne fait que suivre les autres" in hits[0][1]



def test_a_copy_taken_again_by_another_copier_is_not_the_copier_being_followed():
    """Two splogs paste a newsroom's articles; the second, later, pastes some of them from the first. Those are
    not the first splog's own posts taken by others: it still only follows (round 7: a syndicated splog lost
    follows_others when another splog's posts read as taking from it)."""
    items = _newsroom("quotidien.example") + _newsroom("colle.example") + _newsroom("recolle.example")
    for i in range(8):
        story = text(3000 + i, 260)
        items.append(_post("quotidien.example", f"article-{i}", story, 24 * i))
        items.append(_post("colle.example", f"copie-{i}", spin(story, 0.12, seed=i), 24 * i + 5))
        if i < 4:  # from the first splog's rewrite, hours after it
            items.append(_post("recolle.example", f"recopie-{i}", spin(story, 0.12, seed=i), 24 * i + 9))
    items += [_post("colle.example", f"guide-{g}", text(3100 + g, 300), 7 * g + 2) for g in range(24)]
    con = run(items)
    got = dict(rows(con, "select host, posts_following_uncredited from int_source_features"))
    assert got["colle.example"] == 8.0 and got["quotidien.example"] == 0.0


def _blog(host: str) -> list:
    return [source(host, "wordpress", kind="blog"), home(host, "wordpress")]


def test_ten_copies_convict_a_blog_whatever_their_share():
    """Round 6's forum-digest splog (stop 43): it pastes forum threads, most of them older than the forum's crawl,
    so its copies of those read as originals, and a second splog pasting the same threads later reads as taking
    from it (follows_others stays silent). Twelve posts found copied among 60 is a fifth of what the audit read,
    under copied_posts' 30%; no blogger pastes twelve of other sites' posts. A blog quoting three does not fire."""
    items = _newsroom("quotidien.example") + _blog("digest.example") + _blog("recolle.example") + _blog("cite.example")
    for i in range(12):
        story = text(5000 + i, 240)
        items.append(_post("quotidien.example", f"article-{i}", story, 24 * i))
        items.append(article("digest.example", f"sujet-{i}", story, T0 + timedelta(hours=24 * i + 6), author="admin"))
        if i < 3:
            items.append(article("cite.example", f"revue-{i}", story, T0 + timedelta(hours=24 * i + 8), author="Léa"))
    for g in range(48):  # pasted from threads out of the audit's sight: they read as its own
        own = text(5100 + g, 240)
        items.append(article("digest.example", f"fil-{g}", own, T0 + timedelta(hours=5 * g + 1), author="admin"))
        if g < 10:  # and the second splog pastes them later: digest's "own" posts taken by another site
            items.append(article("recolle.example", f"fil-{g}", own, T0 + timedelta(hours=5 * g + 30), author="admin"))
    items += [article("cite.example", f"billet-{g}", text(5200 + g, 240), T0 + timedelta(days=g), author="Léa")
              for g in range(20)]
    con = run(items)
    got = {h: (n, round(s, 2), f) for h, n, s, f in rows(
        con, "select host, posts_copied_earlier, share_posts_copied_earlier, posts_following_uncredited "
             "from int_source_features where host in ('digest.example', 'cite.example')")}
    assert got == {"digest.example": (12.0, 0.2, 0.0), "cite.example": (3.0, 0.13, 3.0)}
    hits = rows(con, "select host, label_fr from int_rule_hits where rule_id in ('copied_posts_many', 'copied_posts', "
                     "'follows_others') and host in ('digest.example', 'cite.example')")
    assert [h for h, _ in hits] == ["digest.example"]
    assert hits[0][1].startswith("12 articles sont des copies") and "https://quotidien.example/article-" in hits[0][1]
