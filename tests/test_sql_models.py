"""Each transform model on small raw inputs, with expected rows."""
from __future__ import annotations

import math
from datetime import datetime, timedelta, timezone

import pytest
from tests.test_sql_fixtures import (
    T0,
    add,
    article,
    comment,
    ecosystem,
    entry,
    error,
    forum_post,
    home,
    new_db,
    source,
    spin,
    sql_dir_with,
    text,
)

from ecoaudit import sqlrun
from spiders.items import PageItem


def run(items, run_id="r1"):
    con = new_db()
    add(con, run_id, items)
    sqlrun.run_models(con, run_id)
    return con


def rows(con, sql):
    return con.execute(sql).fetchall()


def one(con, sql):
    (row,) = con.execute(sql).fetchall()
    return row if len(row) > 1 else row[0]


# ------------------------------------------------------------------ staging


def test_staging_cleans_and_dedupes_for_the_current_run_only():
    con = new_db()
    old = article("blog.example", "a", "  Texte  ", T0)
    failed = PageItem(**{**old.__dict__, "status_code": 500, "fetched_at": "2025-06-01T00:00:00+00:00"})
    add(con, "r1", [source(" Blog.Example "), old, failed, entry("blog.example", "a", published=T0)])
    add(con, "r0", [source("other.example")])
    sqlrun.run_models(con, "r1")
    assert rows(con, "select host, crawled from stg_sources") == [("blog.example", True)]
    # the successful fetch wins over the later failed one, text trimmed, published cast to timestamptz
    assert rows(con, "select url, status_code, text, published = timestamptz '2025-03-03 09:00:00+00' from stg_pages") == [
        ("https://blog.example/a/", 200, "Texte", True)
    ]
    assert one(con, "select count(*) from stg_entries") == 1


def test_unparseable_dates_become_null():
    page = article("blog.example", "a", "x", None)
    page.published = "le 4 mars"
    con = run([source("blog.example"), page])
    assert one(con, "select published from stg_pages") is None


def test_implausible_dates_are_staged_as_null_and_kept_raw():
    """Before seed_date_bounds.earliest_post_date, or past the run's start + max_future_days: parse errors."""
    con = new_db()
    sqlrun.ensure_raw_tables(con)  # the warehouse's runs table among them
    con.execute("insert into runs (run_id, started_at) values ('r1', timestamptz '2025-06-01 12:00:00+00')")
    pages = [article("blog.example", slug, "x", when) for slug, when in [
        ("epoch", datetime(1970, 1, 1, tzinfo=timezone.utc)), ("ok", T0),
        ("tomorrow", datetime(2025, 6, 2, 9, tzinfo=timezone.utc)),  # within 2 days: time zones, clocks
        ("typo", datetime(2099, 3, 3, tzinfo=timezone.utc))]]
    for p in pages:
        p.published_raw = p.published
    add(con, "r1", [source("blog.example"), *pages, forum_post("forum.example", 1, 1, "a", "x", datetime(2031, 1, 1))])
    sqlrun.run_models(con, "r1")
    got = dict(rows(con, "select url, published is not null from stg_pages"))
    assert got == {"https://blog.example/epoch/": False, "https://blog.example/ok/": True,
                   "https://blog.example/tomorrow/": True, "https://blog.example/typo/": False}
    assert one(con, "select count(*) from stg_pages where published_raw like '2099%'") == 1
    assert one(con, "select published from stg_forum_posts") is None
    assert one(con, "select count(*) from int_posts where published_date > date '2025-06-03'") == 0


def test_a_message_shown_on_a_page_of_its_own_stays_in_its_thread():
    """bbPress's /forums/reply/ID/ shows one reply alone: no thread of one message, nor a message counted twice.
    The same post id under another text (Discourse numbers posts within each topic) is another message."""
    thread = [forum_post("forum.example", 7, p, name, text(70 + p, 30), T0 + timedelta(hours=p))
              for p, name in [(1, "Lea"), (2, "Marc"), (3, "Lea")]]
    view = forum_post("forum.example", 7, 2, "Marc", thread[1].text, T0 + timedelta(hours=2))
    view.thread_url = view.page_url = "https://forum.example/forums/reply/7-2/"
    other = forum_post("forum.example", 8, 1, "Paul", text(99, 30), T0 + timedelta(days=1))
    other.post_id = "7-1"
    con = run([source("forum.example", "phpbb"), *thread, view, other])
    assert rows(con, "select thread_url, position from stg_forum_posts order by 1, 2") == [
        ("https://forum.example/viewtopic.php?t=7", 1), ("https://forum.example/viewtopic.php?t=7", 2),
        ("https://forum.example/viewtopic.php?t=7", 3), ("https://forum.example/viewtopic.php?t=8", 1)]
    assert one(con, "select forum_threads from int_source_features where host = 'forum.example'") == 2


# ------------------------------------------------------------------ inventory


def test_post_inventory_unions_pages_and_entries_by_url():
    long_summary = text(11, 120)
    items = [
        source("blog.example"),
        home("blog.example"),
        article("blog.example", "fetched", text(10), T0),
        entry("blog.example", "fetched", "feed", T0 + timedelta(days=1), summary="court"),
        entry("blog.example", "fetched", "sitemap", T0 + timedelta(days=30)),
        entry("blog.example", "feed-only", "feed", T0 - timedelta(days=3), summary=long_summary),
        entry("blog.example", "sitemap-only", "sitemap", T0 - timedelta(days=9)),
    ]
    con = run(items)
    got = rows(con, "select url, fetched, in_feed, in_sitemap, published_from, text_from, lastmod is not null "
                    "from int_posts order by url")
    assert got == [
        ("https://blog.example/feed-only/", False, True, False, "feed", "feed", False),
        ("https://blog.example/fetched/", True, True, True, "page", "page", True),
        ("https://blog.example/sitemap-only/", False, False, True, None, None, True),
    ]
    # the page's date wins; sitemap lastmod is never a publication date
    assert one(con, "select published_date from int_posts where url like '%/fetched/'").isoformat() == "2025-03-03"
    assert one(con, "select posts, posts_dated, posts_fetched from int_source_features "
                    "where host = 'blog.example'") == (3.0, 2.0, 1.0)


def test_a_date_only_page_takes_its_feed_time_of_the_same_local_day():
    """A theme that prints the day only (Astra, SoyezCreateurs) leaves the time to the feed. The page's day is
    a local day: a post of 5 March 00:40 in Paris is listed at 23:40 UTC on the 4th, and is the same post."""
    page = article("blog.example", "nuit", text(10), None)
    page.published = "2025-03-05"
    other = article("blog.example", "midi", text(11), None)
    other.published = "2025-03-05"
    items = [source("blog.example"), home("blog.example"), page, other,
             entry("blog.example", "nuit", "feed", datetime(2025, 3, 4, 23, 40, tzinfo=timezone.utc)),
             entry("blog.example", "midi", "feed", datetime(2025, 3, 3, 11, 0, tzinfo=timezone.utc))]
    con = run(items)
    got = rows(con, "select url, published_from, strftime(timezone('UTC', published), '%Y-%m-%d %H:%M'), "
                    "published_date from int_posts order by url")
    assert [(u, f, t, d.isoformat()) for u, f, t, d in got] == [
        ("https://blog.example/midi/", "page", "2025-03-05 00:00", "2025-03-05"),  # another day: the page's
        ("https://blog.example/nuit/", "feed", "2025-03-04 23:40", "2025-03-05"),
    ]


def test_a_date_only_item_is_of_its_own_day_in_a_zone_behind_utc(tmp_path):
    """A page, a comment or a message that gives its day only is of that day wherever the audit sits: in Montréal
    (UTC-5) its midnight UTC must not fall on the day before, as reading it in the local zone would make it."""
    page = article("blog.example", "jour", text(10), None)
    page.published = "2025-03-05"
    note = comment(page, 1, "Julie", "Merci pour ces chiffres, je les compare aux miens.")
    note.published = "2025-03-06"
    message = forum_post("forum.example", 1, 1, "Paul", "Bonjour à tous, une question sur le PER.", T0)
    message.published = "2025-03-07"
    late = comment(page, 2, "Marc", "Et pour un couple ?", published=datetime(2025, 3, 7, 2, 30, tzinfo=timezone.utc))
    con = new_db()
    add(con, "r1", [source("blog.example"), home("blog.example"), page, note, late, source("forum.example", "phpbb"),
                    home("forum.example", "phpbb"), message])
    sqlrun.run_models(con, "r1", sql_dir=sql_dir_with(tmp_path, local_timezone="America/Montreal"))
    assert one(con, "select published_date from int_posts").isoformat() == "2025-03-05"
    assert [d.isoformat() for (d,) in rows(con, "select published_date from int_comments order by position")] == [
        "2025-03-06", "2025-03-06"]  # 02:30 UTC on the 7th is 21:30 on the 6th in Montréal
    assert one(con, "select published_date from int_forum_posts").isoformat() == "2025-03-07"


def test_forum_feeds_are_not_blog_posts():
    items = [source("forum.example", "phpbb"), home("forum.example", "phpbb"),
             forum_post("forum.example", 1, 1, "a", "Bonjour", T0),
             entry("forum.example", "viewtopic.php?t=1", "feed", T0)]
    con = run(items)
    assert one(con, "select count(*) from int_posts") == 0
    assert one(con, "select kind from int_sources") == "forum"


def _said(page: PageItem, kind: str | None) -> PageItem:
    page.kind = kind
    return page


def test_a_site_that_says_nothing_takes_its_kind_from_its_posts_schema():
    """Hugo, Jekyll, Drupal or a custom CMS: the engine and the home say nothing, the posts' schema.org
    BlogPosting or NewsArticle does, when at least min_share_posts_kind of them say it."""
    posts = [_said(article("hugo.example", f"p{i}", text(i), T0, platform="generic"), "blog" if i < 3 else None)
             for i in range(5)]
    news = [_said(article("presse.example", f"n{i}", text(i), T0, platform="generic"), "news") for i in range(2)]
    mixed = [_said(article("mixte.example", f"m{i}", text(i), T0, platform="generic"), "blog" if i < 2 else None)
             for i in range(5)]
    known = [_said(article("wp.example", "a", text(1), T0), "news")]  # WordPress is a blog engine: the engine wins
    con = run([source("hugo.example", "generic"), home("hugo.example", "generic"), *posts,
               source("presse.example", "generic"), *news, source("mixte.example", "generic"), *mixed,
               source("wp.example"), *known])
    assert dict(rows(con, "select host, kind from int_sources")) == {
        "hugo.example": "blog", "presse.example": "news", "mixte.example": "other", "wp.example": "blog"}


def test_pages_of_earlier_runs_without_a_kind_leave_the_kind_unknown():
    """Rows loaded before raw_pages had a kind (null) do not count as saying anything."""
    con = run([source("hugo.example", "generic"),
               *[_said(article("hugo.example", f"p{i}", text(i), T0, platform="generic"), None) for i in range(3)]])
    assert one(con, "select kind from int_sources") == "other"


def _posts(host: str, n: int, *, days: int, bylines: list[str], platform: str, commented: int = 0,
           prefix: str = "") -> list:
    """n posts over `days` days, signed in turn by `bylines`, the first `commented` of them with a comment."""
    out = []
    for i in range(n):
        page = article(host, f"p{i}", prefix + text(1000 + i), T0 + timedelta(days=days * i / n),
                       platform=platform, author=bylines[i % len(bylines)])
        out.append(page)
        if i < commented:
            out.append(comment(page, 1, f"Lecteur {i}", "Une vraie question sur ce billet, merci de préciser."))
    return out


def test_the_kind_shown_reads_how_a_site_publishes_the_rules_keep_the_engines_kind():
    """SPIP, Drupal or Joomla say nothing of their kind: their posts make them blogs, a newsroom's marks
    (a team of bylines publishing often with no comments, agency dispatches) news sites, even on a blog
    engine. The kind that scopes the rules stays a blog engine's (a farm on WordPress signs with invented
    bylines); a site whose engine says nothing is ruled as news when it bears a newsroom's mark."""
    team = ["Claire Martin", "Paul Durand", "Inès Roux"]
    sites = {
        "spip.example": _posts("spip.example", 6, days=60, bylines=["Marie"], platform="spip", commented=4),
        "drupal.example": _posts("drupal.example", 30, days=30, bylines=team, platform="drupal"),
        "wpnews.example": _posts("wpnews.example", 30, days=30, bylines=team, platform="wordpress"),
        # three partners of a firm, a few posts a month: their blog
        "cabinet.example": _posts("cabinet.example", 6, days=90, bylines=team, platform="wordpress"),
        # a group blog that talks with its readers
        "collectif.example": _posts("collectif.example", 30, days=30, bylines=team, platform="wordpress",
                                    commented=20),
        "depeches.example": _posts("depeches.example", 10, days=60, bylines=["Marie"], platform="joomla",
                                   prefix="PARIS (AFP) - "),
        "vitrine.example": [home("vitrine.example", "generic")],
    }
    items = [item for host, its in sites.items() for item in [source(host, its[0].platform), *its]]
    con = run(items)
    got = {h: (k, kf, rk) for h, k, kf, rk in rows(con, "select host, kind, kind_from, rule_kind from sources")}
    assert got == {
        "spip.example": ("blog", "posts", "other"),
        "drupal.example": ("news", "team_without_comments", "news"),
        "wpnews.example": ("news", "team_without_comments", "blog"),
        "cabinet.example": ("blog", "engine", "blog"),
        "collectif.example": ("blog", "engine", "blog"),
        "depeches.example": ("news", "agency_dispatches", "news"),
        "vitrine.example": ("other", None, "other"),
    }
    assert one(con, "select kind from activity where host = 'drupal.example' limit 1") == "news"


def test_newsarticle_markup_alone_does_not_spare_a_site_the_rules_a_newsroom_is_spared():
    """A dentist's or an advisor's site whose pages say NewsArticle (read as the news engine) is shown as
    news but ruled as other: promotional posts count. A newsroom (a team of bylines, no comments) printing
    the same advertorials is spared."""
    promo = "Prenez rendez-vous avec notre cabinet, premier rendez-vous sans engagement. "
    team = ["Claire Martin", "Paul Durand", "Inès Roux"]
    con = run([source("cabinet.example", "news"),
               *_posts("cabinet.example", 6, days=60, bylines=["Dr Martin"], platform="news", prefix=promo),
               source("journal.example", "news"),
               *_posts("journal.example", 30, days=30, bylines=team, platform="news", prefix=promo)])
    got = {h: (k, rk) for h, k, rk in rows(con, "select host, kind, rule_kind from sources")}
    assert got == {"cabinet.example": ("news", "other"), "journal.example": ("news", "news")}
    fired = rows(con, "select host from int_rule_hits where rule_id = 'promotional_posts'")
    assert fired == [("cabinet.example",)]


# ------------------------------------------------------------------ near duplicates


@pytest.fixture(scope="module")
def similarity_db():
    original = text(100)
    items = [source(h) for h in ("orig.example", "copy.example", "spun.example", "other.example")]
    items += [
        article("orig.example", "original", original, T0),
        # a verbatim copy two days later, with a line added
        article("copy.example", "copie", "Article repris de nos confrères. " + original, T0 + timedelta(days=2)),
        # a spun rewrite a week later
        article("spun.example", "reecriture", spin(original, share=0.12, seed=5), T0 + timedelta(days=7)),
        # the same copy site also has an unrelated post, and so has another blog
        article("copy.example", "propre", text(101), T0 + timedelta(days=1)),
        article("other.example", "autre", text(102), T0 - timedelta(days=1)),
        # same text twice on one host is not a cross-site copy
        article("other.example", "doublon", text(102), T0),
    ]
    return run(items)


def test_copy_is_paired_with_its_earlier_original(similarity_db):
    got = rows(similarity_db, "select is_copied_earlier, original_url, original_class, original_similarity >= 0.7 "
                              "from int_post_similarity where url = 'https://copy.example/copie/'")
    assert got == [(True, "https://orig.example/original/", "copy", True)]
    # the original is not blamed: its copies are later
    assert rows(similarity_db, "select is_copied_earlier, is_spun_earlier, is_original, best_class, best_other_is_earlier "
                               "from int_post_similarity where url = 'https://orig.example/original/'") == [
        (False, False, True, "copy", False)
    ]


def test_spun_rewrite_is_classified_spun(similarity_db):
    got = rows(similarity_db, "select is_spun_earlier, is_copied_earlier, original_url, original_class "
                              "from int_post_similarity where host = 'spun.example'")
    assert got == [(True, False, "https://orig.example/original/", "spun")]
    sim = one(similarity_db, "select similarity from int_post_pairs "
                             "where url = 'https://spun.example/reecriture/' and other_host = 'orig.example'")
    assert 0.25 <= sim < 0.7


def test_different_texts_and_same_host_duplicates_are_not_paired(similarity_db):
    paired = {r[0] for r in rows(similarity_db, "select url from int_post_pairs")}
    assert paired == {"https://orig.example/original/", "https://copy.example/copie/", "https://spun.example/reecriture/"}
    assert one(similarity_db, "select count(*) from int_post_pairs where host = other_host") == 0
    assert rows(similarity_db, "select share_posts_copied_earlier, share_posts_original from int_source_features "
                               "where host = 'copy.example'") == [(0.5, 0.5)]


def test_short_posts_are_not_compared(similarity_db):
    con = run([source("a.example"), source("b.example"),
               article("a.example", "x", "Trop court pour comparer", T0),
               article("b.example", "x", "Trop court pour comparer", T0 + timedelta(days=1))])
    assert rows(con, "select compared, is_copied_earlier from int_post_similarity") == [(False, False)] * 2


# ------------------------------------------------------------------ features


def test_cadence_and_peak_per_day():
    # 90 posts over 30 days, ten of them on 2025-03-10: a blog far above any human cadence
    items = [source("fast.example"), home("fast.example")]
    dates = [T0 + timedelta(days=i % 30, hours=1) for i in range(80)] + [T0 + timedelta(days=7, minutes=5 * i) for i in range(10)]
    items += [article("fast.example", f"p{i}", text(300 + i), d) for i, d in enumerate(dates)]
    con = run(items)
    posts, per_month, peak = one(con, "select posts, posts_per_month, peak_posts_per_day from int_source_features")
    assert posts == 90
    assert per_month == pytest.approx(90 * 30.4375 / 29)  # 20 posts or more: the 29 days they span
    assert peak == 13  # 10 at minutes 0..45 plus the 3 regular posts of that day
    fired = {r[0] for r in rows(con, "select rule_id from int_rule_hits")}
    assert {"high_cadence", "burst_posting"} <= fired


def test_posts_per_month_over_the_active_period():
    items = [source("slow.example")] + [
        article("slow.example", f"p{i}", text(400 + i), T0 + timedelta(days=61 * i)) for i in range(4)
    ]
    con = run(items)
    assert one(con, "select posts_per_month from int_source_features") == pytest.approx(4 / (183 / 30.4375))


def test_a_busy_sites_newest_days_give_its_rate_a_few_posts_never_do():
    # A budgeted crawl read a splog's newest 8 days: 24 posts. Under a month's floor its rate was 24 a
    # month, whatever it publishes; over the days read it is 104. Three posts on one day stay three a month.
    noon = T0.replace(hour=12)  # one local day whatever the time zone
    busy = [article("busy.example", f"p{i}", text(500 + i), noon + timedelta(days=i // 3, minutes=i % 3)) for i in range(24)]
    few = [article("few.example", f"p{i}", text(600 + i), T0 + timedelta(hours=i)) for i in range(3)]
    con = run([source("busy.example"), source("few.example")] + busy + few)
    got = dict(rows(con, "select host, posts_per_month from int_source_features"))
    assert got["busy.example"] == pytest.approx(24 * 30.4375 / 7)  # days 0 to 7
    assert got["few.example"] == pytest.approx(3)
    assert "high_cadence" in {r[0] for r in rows(con, "select rule_id from int_rule_hits where host = 'busy.example'")}


def test_comment_url_share_and_repetition():
    page = article("blog.example", "a", text(1), T0, author="Anne")
    elsewhere = article("else.example", "b", text(2), T0, author="Eve")
    spam = "Excellent article, retrouvez nos offres de crédit sur notre site"
    items = [
        source("blog.example"), source("else.example"), page, elsewhere,
        comment(page, 1, "Spam", spam, author_url="https://credit.example/"),
        comment(page, 2, "Lien", "Voir https://autre.example/page pour comparer", links=["https://autre.example/page"]),
        comment(page, 3, "Anne", "Merci, je réponds plus bas", author_url="https://www.blog.example/"),
        comment(page, 4, "Paul", "Très clair, merci pour ce billet"),
        # a platform profile (seed_ignored_link_hosts) is not a site the commenter promotes
        comment(page, 5, "Julie", "Je partage mon expérience de ce contrat", author_url="https://www.blogger.com/profile/123"),
        comment(elsewhere, 1, "Spam", spam + " !", author_url="https://credit.example/"),
    ]
    con = run(items)
    got = one(con, "select comments, share_comments_with_urls, share_comments_repeated_elsewhere, "
                   "share_comments_by_post_author, distinct_commenters, distinct_clean_commenters "
                   "from int_source_features where host = 'blog.example'")
    # 2 of the 4 readers' comments sign with or link to another site (Anne, the post's author, is no reader);
    # the spammer's text, also on else.example, stands under one post of blog.example: no pattern of the site
    assert got == (5.0, 0.5, 0.0, 0.2, 5.0, 3.0)
    assert rows(con, "select external_url_example, repeated_example_url from int_comments "
                     "where host = 'blog.example' and position = 1") == [
        ("https://credit.example/", "https://else.example/b/")
    ]


def test_repeated_comments_count_from_two_posts_on_whether_or_not_found_on_another_site():
    """Round 7's association (stop 43): two members wrote one sentence under one post, and a member of another
    association wrote it too. Under one post that is no pattern of the site; the same stock under two posts is."""
    sentence = "J'ai reçu ce genre d'appel la semaine dernière, merci de prévenir."
    posts = [article("asso.example", f"p{i}", text(60 + i), T0 + timedelta(days=7 * i), author="Le bureau")
             for i in range(3)]
    other = article("autre-asso.example", "q", text(70), T0, author="Le bureau")
    base = [source("asso.example"), source("autre-asso.example"), other, comment(other, 1, "Christophe C.", sentence)]
    readers = [comment(posts[0], 1, "Fatima Benali", sentence), comment(posts[0], 2, "Christophe H.", sentence)]
    readers += [comment(posts[k], 1, f"Membre {k}", f"Merci au bureau pour la réunion {k}, très instructive pour nous")
                for k in (1, 2)] + [comment(posts[1], 2, "Membre 3", "Je serai présent à la prochaine permanence du mois")]
    con = run(base + posts + readers)
    assert one(con, "select share_comments_repeated_elsewhere from int_source_features where host = 'asso.example'") == 0.0
    assert rows(con, "select host from int_rule_hits where rule_id = 'comment_repeated'") == []
    # the same sentence under a second post: the site's stock (3 of 6 comments)
    con = run(base + posts + readers + [comment(posts[2], 2, "Karim", sentence)])
    assert one(con, "select share_comments_repeated_elsewhere from int_source_features where host = 'asso.example'") == 0.5


def test_the_authors_answers_signed_with_his_firm_are_no_comment_spam():
    """A notary's legal watch (round 5's families, stop 39): he answers each reader under his name, linked to his
    firm's site, as WordPress shows an author whose profile has a website. Those are his words, not a reader's
    signature: the share counts the readers' comments (3 signed of 10), and comment_urls stays silent."""
    posts = [article("veille.example", f"p{i}", text(700 + i), T0 + timedelta(days=7 * i), author="Claire Moreau")
             for i in range(10)]
    items = [source("veille.example")] + posts
    for i, post in enumerate(posts):
        items.append(comment(post, 1, f"Lecteur {i}", "Une question précise sur mon contrat ouvert avant 1998, merci",
                             author_url="https://cabinet-%d.example/" % i if i < 3 else None))
        items.append(comment(post, 2, "Claire Moreau", "Bonne question : le régime dépend de la date des versements",
                             author_url="https://etude-moreau.example/", by_post_author=True))
    con = run(items)
    got = one(con, "select comments, share_comments_with_urls, share_comments_by_post_author "
                   "from int_source_features where host = 'veille.example'")
    assert got == (20.0, 0.3, 0.5)
    assert not rows(con, "select * from int_rule_hits where rule_id = 'comment_urls'")


def test_platform_profiles_are_no_signature_but_the_users_sites_on_a_platform_are():
    """Substack signs every comment with its commenter's profile (substack.com/@name): no site he promotes. A
    comment signed with a blog or newsletter on a platform of users' sites (x.wordpress.com, x.substack.com)
    names that site, as discovery and int_url_entities read it: a spammer's splog on wordpress.com is his."""
    page = article("lettre.example", "a", text(1), T0, author="Anne")
    items = [
        source("lettre.example"), page,
        comment(page, 1, "Paul", "Merci, et pour un PER ?", author_url="https://substack.com/@paul"),
        comment(page, 2, "Eve", "Je réponds dans ma lettre", links=["https://substack.com/@eve?utm_source=comment"]),
        comment(page, 3, "Crédit", "Nos offres de crédit", author_url="https://credit-facile.wordpress.com/"),
        comment(page, 4, "Lettre", "Lisez ma lettre", author_url="https://lettre-credit.substack.com/"),
    ]
    con = run(items)
    assert rows(con, "select position from int_comments where has_external_url order by 1") == [(3,), (4,)]


def test_the_engines_mark_of_the_post_author_counts_whatever_name_he_signs():
    """The writer answers as "Sophie" under posts bylined "Sophie Martin", or as the firm's account under
    the writer's name: the engine's own mark (WordPress's bypostauthor...) says it is the author; without
    it, only the same name does. A reader's comment is never the author's."""
    page = article("cabinet.example", "a", text(1), T0, author="Sophie Martin")
    items = [source("cabinet.example"), page,
             comment(page, 1, "Paul", "Et pour un PER, le raisonnement est-il le même ?"),
             comment(page, 2, "Sophie", "Oui, à la fiscalité de sortie près.", by_post_author=True),
             comment(page, 3, "Cabinet Martin", "Nous détaillons ce point ici.", by_post_author=True),
             comment(page, 4, "Sophie Martin", "Merci Paul."),
             comment(page, 5, "Julie", "Très clair.", by_post_author=None)]
    con = run(items)
    assert rows(con, "select position from int_comments where by_post_author order by 1") == [(2,), (3,), (4,)]
    assert one(con, "select share_comments_by_post_author from int_source_features") == pytest.approx(0.6)


def test_stock_phrases_make_no_commenter_count_as_a_reader_who_talks():
    """A splog's fake readers each sign one stock phrase ("Très utile, merci."): many names, no conversation.
    A reader counts once he writes more than a formula, in any of his comments."""
    page = article("splog.example", "a", text(1), T0, author="admin")
    items = [source("splog.example"), page]
    items += [comment(page, i, f"Lecteur {i}", ["Très utile, merci.", "Intéressant !", "Merci pour l'article."][i % 3])
              for i in range(1, 13)]
    items += [comment(page, 13, "Lecteur 1", "Je n'avais pas pensé au démembrement, merci.")]
    con = run(items)
    assert one(con, "select distinct_commenters, distinct_clean_commenters from int_source_features") == (12.0, 1.0)
    assert rows(con, "select position from int_comments where substantive order by 1") == [(13,)]


def test_self_answered_forum_threads():
    items = [source("f.example", "fluxbb")]
    items += [forum_post("f.example", 1, p, a, f"message {p}", T0 + timedelta(hours=p))
              for p, a in enumerate(["admin", "bob", "Admin", "admin"], start=1)]  # opener wrote 2 of 3 replies
    items += [forum_post("f.example", 2, p, a, f"message {p}", T0 + timedelta(hours=p))
              for p, a in enumerate(["carl", "dan", "eve"], start=1)]  # opener wrote none
    items += [forum_post("f.example", 3, 1, "fay", "seul", T0)]  # no reply: not counted either way
    con = run(items)
    assert rows(con, "select thread_url, replies, opener_replies, self_answered from int_forum_threads order by 1") == [
        ("https://f.example/viewtopic.php?t=1", 3, 2, True),
        ("https://f.example/viewtopic.php?t=2", 2, 0, False),
        ("https://f.example/viewtopic.php?t=3", 0, 0, False),
    ]
    got = one(con, "select forum_threads, forum_threads_with_replies, forum_posts, distinct_forum_authors, "
                   "share_threads_self_answered from int_source_features")
    assert got == (3.0, 2.0, 8.0, 6.0, 0.5)


# ------------------------------------------------------------------ the ecosystem, end to end


@pytest.fixture(scope="module")
def eco():
    return run(ecosystem())


def verdicts(con):
    return dict(rows(con, "select host, machine_verdict from sources"))


def test_ecosystem_verdicts(eco):
    assert verdicts(eco) == {
        "news.example": "pertinent",
        "expert.example": "pertinent",
        "lively.example": "pertinent",
        "forum.example": "pertinent",
        "splog.example": "automated",
        "spinner.example": "automated",
        "spam.example": "automated",
        "fake.example": "automated",
        "promo.example": "automated",
        "later.example": "undecided",
        "down.example": "undecided",
    }


def prior_score(con) -> float:
    """The score of a source on which no rule fired: the logistic of the seed's prior log-odds."""
    prior = float(one(con, "select value from seed_params where param = 'prior_log_odds'"))
    return round(1 / (1 + math.exp(-prior)), 4)


def rule_log_odds(weight: float) -> float:
    return math.log((1 + weight) / (1 - weight))


def test_hard_cases_are_not_automated(eco):
    # a busy newsroom: 4 a day, no comments; cadence rules are scoped to blogs; judged on its clean record
    news = one(eco, "select kind, posts_per_month, machine_score, machine_verdict, reasons, evidence_en "
                    "from sources where host = 'news.example'")
    assert news[:5] == ("news", pytest.approx(40 * 30.4375 / 9, abs=0.01), prior_score(eco), "pertinent", None)  # 40 in 9 days
    assert news[5] == "No sign of automation in the 40 post(s) with text, 0 comment(s) and 0 forum message(s) examined"
    # an expert blog with comments closed: closed comments are not "no conversation"
    expert = one(eco, "select comments, machine_score, machine_verdict, reasons from sources "
                      "where host = 'expert.example'")
    assert expert == (0, prior_score(eco), "pertinent", None)
    assert one(eco, "select comments_open_share from int_source_features where host = 'expert.example'") == 0.0


def test_reasons_and_evidence(eco):
    splog = one(eco, "select reasons, evidence_fr, evidence_en from sources where host = 'splog.example'")
    # 40 copies in 9 days: a cadence no person keeps, beside the copies
    assert splog[0] == "copied_posts=100%;follows_others=36;copied_posts_many=36;high_cadence=137.0"  # it only takes: all say so
    assert splog[1].startswith("100% des articles sont des copies, entières ou en extrait, d'articles publiés plus tôt sur un autre site (ex. https://splog.example/")
    assert "https://news.example/actu-" in splog[1] and "{" not in splog[1] + splog[2]
    reasons = rows(eco, "select rule_id, signal, value, threshold, weight, direction, example_url, example_other_url "
                        "from source_reasons where host = 'splog.example' and rule_id = 'copied_posts'")
    assert len(reasons) == 1
    rule_id, signal, value, threshold, weight, direction, example, other = reasons[0]
    seed_weight = float(one(eco, "select weight from seed_rules where rule_id = 'copied_posts'"))
    assert (rule_id, signal, value, threshold, weight, direction) == (
        "copied_posts", "share_posts_copied_earlier", 1.0, 0.3, seed_weight, "automated")
    assert other == example.replace("splog.example/copie-", "news.example/actu-")
    spam = one(eco, "select reasons from sources where host = 'spam.example'")
    assert set(spam.split(";")) == {"comment_repeated=50%", "comment_urls=100%"}


def test_not_crawled_and_failed_sources_still_get_a_row(eco):
    got = rows(eco, "select host, crawled, pages, errors, machine_score, machine_verdict, reasons, evidence_en "
                    "from sources where host in ('later.example', 'down.example') order by host")
    assert got == [
        ("down.example", True, 0, 2, None, "undecided", "crawl_failed=http_500", "Crawl failed: no page fetched (2 error(s))"),
        ("later.example", False, 0, 0, None, "undecided", "not_crawled", "Source found but not crawled"),
    ]


def test_sources_mart_has_the_contract_columns(eco):
    contract = ["run_id", "source", "host", "kind", "platform", "status", "crawled", "site_name", "pages", "posts",
                "comments", "forum_threads", "forum_posts", "distinct_commenters", "distinct_authors",
                "posts_per_month", "first_post", "last_post", "errors", "machine_score", "machine_verdict", "score",
                "verdict", "override_verdict", "override_note", "reasons", "evidence_fr", "evidence_en"]
    cols = [c[0] for c in eco.execute("select * from sources limit 0").description]
    assert cols[: len(contract)] == contract
    types = dict(rows(eco, "select column_name, data_type from information_schema.columns where table_name = 'sources'"))
    assert types["first_post"] == "DATE" and types["pages"] == "BIGINT" and types["machine_score"] == "DOUBLE"
    for table, expected in {
        "source_reasons": ["run_id", "host", "rule_id", "signal", "value", "threshold", "weight", "direction",
                           "label_fr", "label_en", "example_url", "example_other_url"],
        "crawl_errors": ["run_id", "url", "error", "host", "status_code", "message"],
        "activity": ["run_id", "host", "week", "kind", "posts", "comments", "forum_posts"],
    }.items():
        cols = [c[0] for c in eco.execute(f"select * from {table} limit 0").description]
        assert cols[: len(expected)] == expected


def test_kinds_and_counts(eco):
    got = rows(eco, "select host, kind, posts, comments, forum_threads, forum_posts, distinct_authors "
                    "from sources where host in ('news.example', 'lively.example', 'fake.example') order by host")
    assert got == [
        # a forum's posts are its messages, its comments the replies (messages minus openers)
        ("fake.example", "forum", 25, 20, 5, 25, 6),
        ("lively.example", "blog", 8, 33, 0, 0, 1),
        ("news.example", "news", 40, 0, 0, 0, 5),
    ]
    assert one(eco, "select first_post, last_post from sources where host = 'news.example'") == (
        T0.date(), (T0 + timedelta(days=9)).date())


def test_activity_by_week(eco):
    got = rows(eco, "select week, posts, comments, forum_posts from activity where host = 'news.example' order by week")
    # 2025-03-03 is a Monday: days 0-6 then 7-9
    assert [(w.isoformat(), p, c, f) for w, p, c, f in got] == [("2025-03-03", 28, 0, 0), ("2025-03-10", 12, 0, 0)]
    assert one(eco, "select sum(forum_posts) from activity where host = 'fake.example'") == 25


def test_crawl_errors_mart(eco):
    assert rows(eco, "select url, error, host, status_code, message from crawl_errors order by url") == [
        ("https://down.example/", "http_500", "down.example", 500, "boom"),
        ("https://down.example/feed/", "http_404", "down.example", 404, "boom"),
    ]


def test_override_wins_in_verdict():
    con = new_db()
    add(con, "r1", ecosystem())
    sqlrun.ensure_overrides(con)
    con.execute("insert into overrides values ('Splog.Example', 'pertinent', 'partenaire du client', now())")
    sqlrun.run_models(con, "r1")
    got = one(con, "select machine_verdict, verdict, override_verdict, override_note, score from sources "
                   "where host = 'splog.example'")
    assert got[:4] == ("automated", "pertinent", "pertinent", "partenaire du client") and got[4] > 0.5
    assert one(con, "select verdict, override_verdict from sources where host = 'news.example'") == ("pertinent", None)


def test_score_is_the_logistic_of_prior_plus_rule_log_odds(eco):
    """score = 1 / (1 + exp(-(prior + sum ln((1+w)/(1-w)) automated - same pertinent))), from the seeds."""
    prior = float(one(eco, "select value from seed_params where param = 'prior_log_odds'"))
    for host in ("spam.example", "splog.example", "news.example", "fake.example", "lively.example"):
        weights = rows(eco, f"select direction, weight from source_reasons where host = '{host}'")
        auto = sum(rule_log_odds(w) for d, w in weights if d == "automated")
        pert = sum(rule_log_odds(w) for d, w in weights if d == "pertinent")
        got = one(eco, f"select automated_log_odds, pertinent_log_odds, machine_score from sources where host = '{host}'")
        assert got == (pytest.approx(auto, abs=1e-3), pytest.approx(pert, abs=1e-3),
                       pytest.approx(1 / (1 + math.exp(-(prior + auto - pert))), abs=1e-4))
    # lively.example has only pertinent evidence: below the prior
    assert one(eco, "select machine_score from sources where host = 'lively.example'") < prior_score(eco)


def test_thin_clean_source_is_undecided_and_says_what_is_missing():
    # three original posts: no automation sign, but too few to judge either way
    con = run([source("small.example"), home("small.example")] +
              [article("small.example", f"p{i}", text(900 + i), T0 + timedelta(days=40 * i, hours=i)) for i in range(3)])
    score, verdict, reasons, evidence = one(con, "select machine_score, machine_verdict, reasons, evidence_en from sources")
    assert (score, verdict, reasons) == (prior_score(con), "undecided", "too_little_data")
    assert evidence.startswith("Too little data to conclude: 3 post(s) with text, 0 comment(s), 0 forum message(s)")


def test_enough_clean_data_commits_to_pertinent():
    con = run([source("calm.example"), home("calm.example")] +
              [article("calm.example", f"p{i}", text(900 + i), T0 + timedelta(days=9 * i, hours=(5 * i) % 13))
               for i in range(6)])
    assert one(con, "select machine_verdict, reasons from sources") == ("pertinent", None)


def test_crawled_source_without_posts_is_undecided():
    con = run([source("empty.example", "generic"), home("empty.example", "generic")])
    assert one(con, "select kind, machine_verdict, reasons from sources") == ("other", "undecided", "no_posts")


def test_error_hosts_alone_do_not_make_sources():
    con = run([source("a.example"), home("a.example"), error("cdn.example")])
    assert rows(con, "select host from sources") == [("a.example",)]
    assert one(con, "select count(*) from crawl_errors") == 1


def test_templated_posts_are_detected_within_a_host():
    template = text(50, 120).split(" ")
    cities = ["Angers", "Nantes", "Lyon", "Lille", "Brest", "Nice", "Metz", "Tours", "Caen", "Dijon"]
    items = [source("tpl.example"), home("tpl.example"), source("ok.example")]
    for i, city in enumerate(cities):
        words = list(template)
        for slot in (10, 55, 100):  # city swapped in three places, a figure in one
            words[slot] = city
        words[80] = str(1000 + 37 * i)
        items.append(article("tpl.example", f"placement-{city.lower()}", " ".join(words), T0 + timedelta(hours=2 * i)))
    items += [article("ok.example", f"p{i}", text(60 + i), T0 + timedelta(days=3 * i)) for i in range(6)]
    con = run(items)
    assert one(con, "select count(*), bool_and(is_templated), min(share_shingles_on_host) > 0.6 "
                    "from int_post_similarity where host = 'tpl.example'") == (10, True, True)
    assert one(con, "select bool_or(is_templated), max(share_shingles_on_host) from int_post_similarity "
                    "where host = 'ok.example'") == (False, 0.0)
    assert one(con, "select share_posts_templated, share_posts_original from int_source_features "
                    "where host = 'tpl.example'") == (1.0, 0.0)
    assert "templated_posts=100%" in one(con, "select reasons from sources where host = 'tpl.example'")


def test_promotional_phrases_from_the_seed():
    promo = "Notre Cabinet vous reçoit. Prenez rendez-vous dès aujourd'hui, SANS ENGAGEMENT ! " + text(70, 60)
    items = [source("promo.example"), home("promo.example"),
             article("promo.example", "offre", promo, T0),
             article("promo.example", "note", "Un seul appel : contactez-nous. " + text(71, 60), T0)]
    con = run(items)
    got = rows(con, "select url, promo_phrases, matched_phrases, is_promotional from int_post_phrases order by url")
    assert got == [
        ("https://promo.example/note/", 1, ["contactez nous"], False),
        ("https://promo.example/offre/", 3, ["notre cabinet", "prenez rendez vous", "sans engagement"], True),
    ]
    assert one(con, "select share_posts_promotional from int_source_features") == 0.5


def test_common_sites_are_the_reference_and_ignored_seeds_by_site(tmp_path):
    """One row per site of either seed, flagged by the list it comes from; a host listed by a sub-domain counts
    as its site (site_of), and a site in both lists is one row with both flags."""
    sql_dir = sql_dir_with(tmp_path)
    with open(sql_dir / "seeds" / "reference_hosts.csv", "a", encoding="utf-8") as f:
        f.write("www.amf-france.org,regulator\nshare.example,both\n")
    with open(sql_dir / "seeds" / "ignored_link_hosts.csv", "a", encoding="utf-8") as f:
        f.write("share.example,both\n")
    con = new_db()
    add(con, "r1", [source("blog.example"), home("blog.example")])
    sqlrun.run_models(con, "r1", sql_dir=sql_dir)
    got = {site: (ref, ign) for site, ref, ign in rows(con, "select site, is_reference, is_ignored from int_common_sites")}
    assert got["amf-france.org"] == (True, False) and "www.amf-france.org" not in got
    assert got["facebook.com"] == (False, True)
    assert got["share.example"] == (True, True)
    assert one(con, "select count(*) = count(distinct site) from int_common_sites")
