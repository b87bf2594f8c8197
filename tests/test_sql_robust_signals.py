"""Signals that mean what they say on the real web (issue 10): stock comments, forum-wide authorship,
link networks that rotate their links, posting like clockwork, posts known by what points to them."""
from __future__ import annotations

from datetime import timedelta

import pytest

from tests.test_sql_fixtures import T0, article, comment, entry, error, forum_post, home, link, source, text
from tests.test_sql_models import one, rows, run

from spiders.items import PageItem


def _blogs_with_comment(body: str, n: int = 4, author_url: str | None = None) -> list:
    """n blogs; under each post one reader (a different name on each blog) writes `body`."""
    items: list = []
    for b in range(n):
        host = f"blog{b}.example"
        items += [source(host), home(host)]
        for i in range(2):
            page = article(host, f"billet-{i}", text(100 * b + i), T0 + timedelta(days=3 * i, hours=b))
            items += [page, comment(page, 1, f"Lecteur{b}{i}", body, author_url=author_url),
                      comment(page, 2, f"Habitué{b}", text(900 + 10 * b + i, 30))]
    return items


def _repeated_share(con) -> dict:
    return dict(rows(con, "select host, share_comments_repeated_elsewhere from int_source_features"))


def test_short_stock_comments_are_not_repetition():
    con = run(_blogs_with_comment("Merci pour cet article, très intéressant !"))
    assert set(_repeated_share(con).values()) == {0.0}
    # the text is still seen on other hosts: kept apart, for inspection
    assert one(con, "select bool_and(same_text_elsewhere) from int_comments where author like 'Lecteur%'")


def test_long_verbatim_comment_on_several_blogs_is_repetition():
    body = ("Merci beaucoup pour cet article très complet, j'ai appris énormément de choses "
            "sur la fiscalité de l'assurance vie !")
    assert set(_repeated_share(run(_blogs_with_comment(body))).values()) == {0.5}


def test_short_comment_repeated_with_a_url_signature_is_repetition():
    con = run(_blogs_with_comment("Super article, merci pour le partage !", author_url="https://credit-facile.example/"))
    assert set(_repeated_share(con).values()) == {0.5}


def _lone_blog(praise: list[str], names: list[str]) -> list:
    """One blog, six posts; under each, readers from `names` in turn write the texts of `praise` in turn."""
    items: list = [source("seul.example"), home("seul.example")]
    k = 0
    for i in range(6):
        page = article("seul.example", f"billet-{i}", text(700 + i), T0 + timedelta(days=5 * i))
        items.append(page)
        for pos in range(1, 4):
            items.append(comment(page, pos, names[k % len(names)], praise[k % len(praise)],
                                 published=T0 + timedelta(days=5 * i + 1, hours=pos)))
            k += 1
    return items


def test_the_same_long_praise_under_other_names_on_one_blog_is_repetition():
    # A comment farm on a blog whose sister blogs the audit does not read: no text is seen on another host,
    # but three 12-word sentences come back under new names.
    praise = ["Bravo pour ce blog, les articles sont toujours pertinents et faciles à lire.",
              "Merci pour le partage, ces conseils vont vraiment m'aider pour mon épargne.",
              "Super contenu comme toujours, j'attends le prochain article avec impatience."]
    names = ["Karim", "Julien", "Nathalie", "Laurent", "Mehdi", "Sophie", "Lucie"]
    con = run(_lone_blog(praise, names))
    assert _repeated_share(con) == {"seul.example": 1.0}
    assert set(rows(con, "select rule_id from int_rule_hits where host = 'seul.example'")) >= {("comment_repeated",)}
    url, other = one(con, "select example_url, example_other_url from int_rule_examples "
                          "where signal = 'share_comments_repeated_elsewhere'")
    assert url != other and url.startswith("https://seul.example/") and other.startswith("https://seul.example/")


def test_a_reader_repeating_himself_or_short_stock_praise_is_no_repetition():
    # One reader pasting his own long question twice is a person; "Merci pour cet article !" is everyone's.
    items = _lone_blog(["Merci pour cet article très clair !", "Très intéressant, merci."],
                       ["Karim", "Julien", "Nathalie", "Laurent", "Mehdi", "Sophie", "Lucie"])
    page = article("seul.example", "billet-9", text(799), T0 + timedelta(days=40))
    question = "Est-ce que le plafond du PER s'applique aussi quand on verse depuis un compte joint ouvert à deux ?"
    items += [page, comment(page, 1, "Gérard", question), comment(page, 2, "Gérard", question)]
    assert _repeated_share(run(items)) == {"seul.example": 0.0}


def test_one_sentence_two_members_write_under_one_post_is_no_pattern():
    # An association's alert about scam calls: two members answer it with the same sentence. Under one post
    # it is a coincidence (or a quote); the same stock under post after post is a pattern.
    same = "J'ai reçu ce genre d'appel la semaine dernière, merci de prévenir tout le monde."
    items = _lone_blog([text(5000 + k, 14) for k in range(18)], ["Karim", "Julien", "Nathalie", "Laurent"])
    alert = article("seul.example", "alerte", text(798), T0 + timedelta(days=40))
    items += [alert, comment(alert, 1, "Christophe H.", same), comment(alert, 2, "Fatima B.", same)]
    assert _repeated_share(run(items)) == {"seul.example": 0.0}
    again = article("seul.example", "alerte-2", text(797), T0 + timedelta(days=45))
    items += [again, comment(again, 1, "Sandrine", same), comment(again, 2, "Agnès R.", same)]
    assert _repeated_share(run(items)) == {"seul.example": 4 / 22}


def test_authorship_concentration_over_the_whole_forum():
    items = [source("fake.example", "phpbb"), home("fake.example", "phpbb")]
    # three accounts write every message of 12 threads, taking turns: each thread looks like 3 voices
    for t in range(12):
        for p in range(4):
            items.append(forum_post("fake.example", t, p + 1, ["alice", "bruno", "chloe"][(t + p) % 3],
                                    text(40 * t + p, 30), T0 + timedelta(days=t, hours=3 * p)))
    items += [source("real.example", "phpbb"), home("real.example", "phpbb")]
    # a genuine forum with one helpful regular writing a third of the messages
    for t in range(12):
        for p in range(4):
            author = "le_regulier" if p == 1 else f"membre{(7 * t + 3 * p) % 23}"
            items.append(forum_post("real.example", t, p + 1, author, text(900 + 40 * t + p, 30),
                                    T0 + timedelta(days=t, minutes=97 * p * p + 13 * t)))
    items += [source("club.example", "phpbb"), home("club.example", "phpbb")]
    # an investment club of five: the president, the secretary and one keen member write 90% of it (agendas,
    # minutes, proposals), the two others vote now and then: concentrated, as small communities are, not closed
    for t in range(12):
        for p in range(4):
            author = ["president", "secretaire", "jules"][(t + p) % 3]
            if (t, p) in ((1, 2), (4, 3), (7, 1), (9, 2)):
                author = "marc" if t % 2 else "odile"
            items.append(forum_post("club.example", t, p + 1, author, text(2000 + 40 * t + p, 30),
                                    T0 + timedelta(days=30 * t, hours=20 + p)))
    con = run(items)
    got = dict(((h, (round(a, 3), round(b, 2), n)) for h, a, b, n in rows(
        con, "select host, share_forum_posts_top3_authors, effective_forum_authors, distinct_forum_authors"
             " from int_source_features")))
    assert got["fake.example"] == (1.0, 3.0, 3)
    assert got["real.example"][0] < 0.6 and got["real.example"][1] > 8
    assert got["club.example"][0] > 0.9 and got["club.example"][2] == 5
    hits = set(rows(con, "select host, rule_id, value from int_rule_hits where rule_id = 'forum_few_writers'"))
    assert hits == {("fake.example", "forum_few_writers", 3)}


def _network(n_members: int = 5, rotate: bool = True) -> list:
    """A network whose members each link, from their posts, to a changing subset of the others."""
    items: list = []
    hosts = [f"reseau{i}.example" for i in range(n_members)]
    for i, host in enumerate(hosts):
        items += [source(host), home(host)]
        for j in range(6):
            page = article(host, f"p{j}", text(3000 + 10 * i + j), T0 + timedelta(days=j, hours=i))
            items.append(page)
            others = [h for h in hosts if h != host]
            picked = others[j % len(others):][:2] + others[:max(0, 2 - len(others[j % len(others):]))] if rotate else others
            items += [link(page, f"https://{h}/p{(i + j) % 6}/") for h in picked]
    return items


def test_rotating_link_network_is_seen_in_the_graph():
    items = _network()
    # two independent blogs: one cites the other, never back
    items += [source("solo.example"), home("solo.example"), source("other.example"), home("other.example")]
    solo = article("solo.example", "billet", text(7000), T0)
    items += [solo, link(solo, "https://other.example/"), article("other.example", "note", text(7100), T0)]
    con = run(items)
    graph = {h: (p, c) for h, p, c in rows(con, "select host, mutual_link_partners, mutual_link_clustering "
                                               "from int_source_link_graph")}
    for i in range(5):
        partners, clustering = graph[f"reseau{i}.example"]
        assert partners == 4 and clustering == 1.0
    assert graph["solo.example"] == (0, None) and graph["other.example"] == (0, None)
    # no identical link block: the old rule sees nothing
    assert one(con, "select count(*) from int_rule_hits where rule_id = 'shared_link_block'") == 0
    fired = {h for (h,) in rows(con, "select host from int_rule_hits where rule_id = 'link_network'")}
    assert fired == {f"reseau{i}.example" for i in range(5)}


def test_clockwork_needs_the_same_minute_not_the_same_weekday():
    items = [source("bot.example"), home("bot.example"), source("weekly.example"), home("weekly.example")]
    items += [article("bot.example", f"p{i}", text(100 + i), T0 + timedelta(hours=6 * i)) for i in range(10)]
    # a person's Monday column: same weekday, different hours
    items += [article("weekly.example", f"p{i}", text(200 + i), T0 + timedelta(days=7 * i, minutes=(53 * i) % 190))
              for i in range(10)]
    # a date-only blog: every post reads as midnight, no time of day to judge by
    items += [source("dates.example"), home("dates.example")]
    midnight = T0.replace(hour=0, minute=0)
    items += [article("dates.example", f"p{i}", text(300 + i), midnight + timedelta(days=7 * i)) for i in range(10)]
    con = run(items)
    fired = {h for (h,) in rows(con, "select host from int_rule_hits where rule_id = 'clockwork_posting'")}
    assert fired == {"bot.example"}
    assert one(con, "select post_gaps_timed from int_source_features where host = 'dates.example'") == 0


def test_untyped_page_listed_by_the_feed_is_a_post():
    items = [source("spip.example", "generic"), home("spip.example", "generic")]
    url = "https://spip.example/spip.php?article12"
    page = PageItem(url=url, url_raw=url, host="spip.example", status_code=200, fetched_at="2025-03-10T00:00:00+00:00",
                    page_type="other", platform="generic", title="Article", text=text(5, 200), language="fr")
    about = PageItem(url="https://spip.example/a-propos", url_raw="https://spip.example/a-propos", host="spip.example",
                     status_code=200, fetched_at="2025-03-10T00:00:00+00:00", page_type="other", platform="generic",
                     title="A propos", text="Qui sommes-nous", language="fr")
    feed = entry("spip.example", "x", "feed", T0)
    feed.url = url
    con = run(items + [page, about, feed])
    assert rows(con, "select url, fetched from int_posts") == [(url, True)]


def test_feed_footer_pasted_in_posts_marks_a_syndicated_blog():
    items = [source("paste.example"), home("paste.example"), source("review.example"), home("review.example")]
    for i in range(4):
        items.append(article("paste.example", f"actu-{i}", text(10 + i) + " L'article Taux du livret A est "
                             "apparu en premier sur Le Journal de l'Épargne.", T0 + timedelta(hours=5 * i)))
        # a press review credits its source in its own words: not a pasted feed
        items.append(article("review.example", f"revue-{i}", text(50 + i) + " Source : Le Journal de l'Épargne.",
                             T0 + timedelta(days=i, hours=i)))
    con = run(items)
    got = dict(rows(con, "select host, share_posts_syndication_marks from int_source_features"))
    assert got == {"paste.example": 1.0, "review.example": 0.0}
    assert rows(con, "select host from int_rule_hits where rule_id = 'syndication_marks'") == [("paste.example",)]


def test_autoblogging_plugins_credit_lines_mark_a_syndicated_blog():
    """The marks the feed-to-post plugins leave by default, whatever the post's language: WPeMatico's
    credit, WP Automatic's "Source link"."""
    items = [source("auto.example"), home("auto.example"), source("wpe.example"), home("wpe.example")]
    for i in range(4):
        items.append(article("auto.example", f"actu-{i}", text(20 + i) + "\nSource link", T0 + timedelta(hours=3 * i)))
        items.append(article("wpe.example", f"actu-{i}", text(30 + i) + "\nSource link\nPowered by WPeMatico"
                             if i % 2 else text(30 + i) + "\nPowered by WPeMatico", T0 + timedelta(hours=4 * i)))
    con = run(items)
    got = dict(rows(con, "select host, share_posts_syndication_marks from int_source_features"))
    assert got == {"auto.example": 1.0, "wpe.example": 1.0}


def test_a_date_only_copy_is_not_earlier_than_its_timed_original():
    """A splog showing dates without time ('4 octobre') must not make the newsroom it copies at 09:00 the copier."""
    items = [source("news.example", "news", kind="news"), home("news.example", "news"),
             source("copy.example"), home("copy.example")]
    midnight = T0.replace(hour=0, minute=0)
    for i in range(4):
        original = article("news.example", f"actu-{i}", text(60 + i), T0 + timedelta(days=i), platform="news")
        copy = article("copy.example", f"copie-{i}", original.text, midnight + timedelta(days=i))
        items += [original, copy]
    con = run(items)
    copied = dict(rows(con, "select host, share_posts_copied_earlier from int_source_features"))
    assert copied == {"news.example": 0.0, "copy.example": 0.0}
    # a day later, the copy is provably later: it is the copier
    items = [x for x in items if not (isinstance(x, PageItem) and x.host == "copy.example" and x.page_type == "article")]
    items += [article("copy.example", f"copie-{i}", text(60 + i), midnight + timedelta(days=i + 1)) for i in range(4)]
    copied = dict(rows(run(items), "select host, share_posts_copied_earlier from int_source_features"))
    assert copied == {"news.example": 0.0, "copy.example": 1.0}


def test_an_early_morning_original_is_of_its_local_day_not_of_the_day_before_in_utc():
    """A newsroom publishing at 00:40 in Paris (23:40 UTC the day before, in March) and a copy dated that same day
    without a time: the same day, neither is provably earlier. Compared by UTC day, the original looked a day
    earlier than the copy (round 6's blind markups: Dotclear's timed posts beside a SPIP newsroom's dated ones)."""
    items = [source("news.example", "news", kind="news"), home("news.example", "news"),
             source("copy.example"), home("copy.example")]
    for i in range(4):
        local_day = T0.replace(hour=0, minute=0) + timedelta(days=i)
        original = article("news.example", f"actu-{i}", text(70 + i), local_day - timedelta(minutes=20),
                           platform="news")  # 00:40 in Paris (winter time): 23:40 UTC the day before
        items += [original, article("copy.example", f"copie-{i}", original.text, local_day)]
    con = run(items)
    copied = dict(rows(con, "select host, share_posts_copied_earlier from int_source_features"))
    assert copied == {"news.example": 0.0, "copy.example": 0.0}


def test_a_ring_of_three_sites_nobody_else_cites_is_a_network():
    con = run(_network(n_members=3))
    got = dict(rows(con, "select host, link_ring_partners from int_source_link_graph"))
    assert got == {f"reseau{i}.example": 2 for i in range(3)}
    assert len(rows(con, "select host from int_rule_hits where rule_id = 'link_ring'")) == 3
    # the same three sites, cited by four independent blogs: no longer a closed ring
    items = _network(n_members=3)
    for k in range(4):
        items += [source(f"lecteur{k}.example"), home(f"lecteur{k}.example")]
        page = article(f"lecteur{k}.example", "billet", text(8000 + k), T0)
        items += [page] + [link(page, f"https://reseau{i}.example/") for i in range(3)]
    got = dict(rows(run(items), "select host, link_ring_partners from int_source_link_graph"))
    assert all(got[f"reseau{i}.example"] == 0 for i in range(3))


def _ring_links(edges: list[tuple[str, str]]) -> list:
    """Sites named by letter, each with one post linking the sites `edges` say it links to."""
    items: list = []
    for k, host in enumerate(sorted({h for e in edges for h in e})):
        site = f"{host}.example"
        page = article(site, "billet", text(9000 + 10 * k), T0 + timedelta(days=k))
        items += [source(site), home(site), page]
        items += [link(page, f"https://{b}.example/") for a, b in edges if a == host]
    return items


def test_a_ring_member_linked_by_a_member_it_does_not_link_back_is_still_in_a_closed_ring():
    """A rotating network: `d` links `a`, which never links `d` back, but `d` is a partner of `a`'s partners.
    Inlinks of `a`: its partners `b` and `c`, `d` of its ring, one outside blog `e`: 3 of 4 from the ring."""
    triangle = [("a", "b"), ("b", "a"), ("a", "c"), ("c", "a"), ("b", "c"), ("c", "b")]
    to_a = [("d", "a"), ("e", "a")]
    ring = triangle + to_a + [("d", "b"), ("b", "d"), ("d", "c"), ("c", "d")]
    got = dict(rows(run(_ring_links(ring)), "select host, link_ring_partners from int_source_link_graph"))
    assert got["a.example"] == 2
    # the same inlinks, `d` outside the ring: 2 of 4 inlinks from the ring, not a closed one
    got = dict(rows(run(_ring_links(triangle + to_a)), "select host, link_ring_partners from int_source_link_graph"))
    assert got["a.example"] == 0


def test_high_cadence_is_per_signing_author():
    items = [source("team.example"), home("team.example"), source("solo.example"), home("solo.example")]
    for i in range(80):  # 80 posts in 12 days: 220 a month, 55 for each of four bylines
        when = T0 + timedelta(hours=3.5 * i, minutes=(31 * i) % 50)
        items.append(article("team.example", f"a{i}", text(100 + i), when, author=f"Journaliste {i % 4}"))
        items.append(article("solo.example", f"a{i}", text(300 + i), when, author="admin"))
    con = run(items)
    per_author = dict(rows(con, "select host, posts_per_month_per_author from int_source_features"))
    assert per_author["solo.example"] == pytest.approx(4 * per_author["team.example"])
    assert rows(con, "select host from int_rule_hits where rule_id = 'high_cadence'") == [("solo.example",)]


def _friends(n_members: int = 3, cite_every: int = 1) -> list:
    """Friends' blogs that list each other in their blogroll; one post in `cite_every` cites a friend."""
    hosts = [f"ami{i}.example" for i in range(n_members)]
    items: list = []
    for i, host in enumerate(hosts):
        items += [source(host), home(host)]
        others = [h for h in hosts if h != host]
        items += [link(home(host), f"https://{h}/", context="blogroll") for h in others]
        for j in range(8):
            page = article(host, f"p{j}", text(4000 + 10 * i + j), T0 + timedelta(days=3 * j, hours=i))
            items.append(page)
            if j % cite_every == 0:
                items.append(link(page, f"https://{others[j % len(others)]}/"))
    return items


def test_a_network_links_its_partners_from_nearly_every_post():
    con = run(_network(n_members=3))
    shares = dict(rows(con, "select host, share_posts_linking_partners from int_source_link_graph"))
    assert shares == {f"reseau{i}.example": 1.0 for i in range(3)}
    fired = {h for (h,) in rows(con, "select host from int_rule_hits where rule_id = 'partner_links_in_posts'")}
    assert fired == set(shares)
    example = one(con, "select label_en from int_rule_hits where rule_id = 'partner_links_in_posts' "
                       "and host = 'reseau0.example'")
    assert "100% of the posts link" in example and "https://reseau0.example/p" in example


def test_friends_citing_each_other_now_and_then_do_not_fire_partner_links():
    con = run(_friends(cite_every=4))  # 2 posts of 8 cite a friend: the blogroll makes them partners
    shares = dict(rows(con, "select host, share_posts_linking_partners from int_source_link_graph"))
    assert shares == {f"ami{i}.example": 0.25 for i in range(3)}
    assert rows(con, "select host from int_rule_hits where rule_id = 'partner_links_in_posts'") == []
    # a single partner is a friendship, not a network: no share at all
    con = run(_friends(n_members=2))
    assert set(dict(rows(con, "select host, share_posts_linking_partners from int_source_link_graph")).values()) == {None}


def test_links_to_a_newspaper_of_the_audit_are_not_self_promotion():
    items = [source("journal.example", "news", kind="news"), home("journal.example", "news"),
             source("chroniqueur.example"), home("chroniqueur.example"),
             source("satellite.example"), home("satellite.example")]
    for i in range(6):
        column = article("chroniqueur.example", f"c{i}", text(500 + i), T0 + timedelta(days=7 * i, hours=i))
        pushed = article("satellite.example", f"s{i}", text(600 + i), T0 + timedelta(days=7 * i, hours=i))
        items += [column, link(column, f"https://journal.example/actu-{i}/"),
                  pushed, link(pushed, f"https://www.courtier.example/offre-{i}/")]
    # the columnist also cites a broker once, the satellite a newspaper once: neither changes the picture
    items += [link(items[-4], "https://www.courtier.example/"), link(items[-2], "https://journal.example/")]
    con = run(items)
    got = {h: (n, s) for h, n, s in rows(con, "select host, external_content_links, share_external_links_top_host "
                                               "from int_source_features where host <> 'journal.example'")}
    assert got["chroniqueur.example"] == (7.0, 1 / 7)  # the broker's one link of 7; the newspaper is citable
    assert got["satellite.example"] == (7.0, 6 / 7)
    fired = {h for (h,) in rows(con, "select host from int_rule_hits where rule_id = 'self_promo_links'")}
    assert fired == {"satellite.example"}
    # a newspaper on SPIP is not typed news, but it publishes: 10 posts make it citable
    items = [x for x in items if getattr(x, "host", None) != "journal.example"]
    items += [source("journal.example", "spip"), home("journal.example", "spip")]
    published = [article("journal.example", f"actu-{i}", text(900 + i), T0 + timedelta(days=i), platform="spip")
                 for i in range(10)]
    con = run(items + published)
    fired = {h for (h,) in rows(con, "select host from int_rule_hits where rule_id = 'self_promo_links'")}
    assert fired == {"satellite.example"}
    con = run(items + published[:9])  # nine posts: not yet a publication, the columnist looks promoted
    fired = {h for (h,) in rows(con, "select host from int_rule_hits where rule_id = 'self_promo_links'")}
    assert fired == {"satellite.example", "chroniqueur.example"}


def test_a_reference_site_is_cited_by_its_sub_domains():
    """seed_reference_hosts lists wikipedia.org; blogs link to fr.wikipedia.org."""
    items = [source("curieux.example"), home("curieux.example")]
    for i in range(6):
        page = article("curieux.example", f"b{i}", text(950 + i), T0 + timedelta(days=5 * i, hours=i))
        items += [page, link(page, f"https://fr.wikipedia.org/wiki/Article_{i}")]
    items.append(link(items[-2], "https://www.courtier.example/"))
    con = run(items)
    got = one(con, "select external_content_links, share_external_links_top_host from int_source_features "
                   "where host = 'curieux.example'")
    assert got == (7.0, 1 / 7)
    assert rows(con, "select host from int_rule_hits where rule_id = 'self_promo_links'") == []


def test_a_timer_that_pushes_one_site_is_a_satellite_a_regular_columnist_is_not():
    items = [source("timer.example"), home("timer.example"), source("column.example"), home("column.example"),
             source("person.example"), home("person.example")]
    for i in range(8):
        # every two days, give or take 90 minutes, each post linking the same broker
        post = article("timer.example", f"p{i}", text(700 + i), T0 + timedelta(days=2 * i, minutes=(41 * i) % 90))
        # a weekly column at 8:00 sharp (a planner), citing a different site each time
        column = article("column.example", f"c{i}", text(750 + i), T0 + timedelta(days=7 * i))
        items += [post, link(post, f"https://www.courtier.example/offre-{i}/"),
                  column, link(column, f"https://site{i}.example/")]
    # a person: gaps of a few hours to three weeks, always the same broker
    gaps = [0, 3, 1, 20, 2, 9, 0.2, 6]
    for i in range(8):
        post = article("person.example", f"p{i}", text(800 + i), T0 + timedelta(days=sum(gaps[:i + 1])))
        items += [post, link(post, "https://www.courtier.example/")]
    con = run(items)
    timer = dict(rows(con, "select host, share_links_top_host_on_timer from int_source_features"))
    assert timer == {"timer.example": 1.0, "column.example": 0.125, "person.example": None}
    fired = {h for (h,) in rows(con, "select host from int_rule_hits where rule_id = 'timer_promotion'")}
    assert fired == {"timer.example"}
    assert "https://www.courtier.example/offre-" in one(
        con, "select label_en from int_rule_hits where rule_id = 'timer_promotion'")
    verdicts = dict(rows(con, "select host, machine_verdict from sources"))
    assert verdicts["timer.example"] == "automated"
    # the column is as regular as a clock, and regularity alone never convicts
    assert {"clockwork_posting"} <= {r for (r,) in rows(con, "select rule_id from int_rule_hits "
                                                          "where host = 'column.example'")}
    assert verdicts["column.example"] == "pertinent"


def test_four_posts_to_the_minute_that_push_one_site_are_a_timer():
    """A clock's precision is a planner's mark on few posts; gaps regular only in days are not."""
    items: list = []
    shapes = {"clock.example": [timedelta(days=7 * i) for i in range(4)],           # Mondays 9:00 sharp
              "days.example": [timedelta(days=7 * i, hours=3 * (i % 3)) for i in range(4)],  # weekly, any hour
              "three.example": [timedelta(days=7 * i) for i in range(3)]}         # 3 posts: 2 gaps
    for h, (host, offsets) in enumerate(shapes.items()):
        items += [source(host), home(host)]
        for i, off in enumerate(offsets):
            post = article(host, f"p{i}", text(1000 + 10 * h + i), T0 + off)
            items += [post, link(post, f"https://www.courtier.example/offre-{i}/"),
                      link(post, f"https://www.courtier.example/taux-{i}/")]
    con = run(items)
    timer = dict(rows(con, "select host, share_links_top_host_on_timer from int_source_features"))
    assert timer == {"clock.example": 1.0, "days.example": None, "three.example": None}
    verdicts = dict(rows(con, "select host, machine_verdict from sources"))
    assert verdicts["clock.example"] == "automated"
    assert verdicts["days.example"] != "automated" and verdicts["three.example"] != "automated"


def _page(host: str, path: str, title: str, body: str) -> PageItem:
    url = f"https://{host}/{path}"
    return PageItem(url=url, url_raw=url, host=host, status_code=200, fetched_at="2025-03-10T00:00:00+00:00",
                    page_type="other", platform="generic", title=title, text=body, language="fr")


def test_a_site_whose_posts_were_not_read_is_not_a_one_page_blog():
    """One post read among many pages of text the parser typed "other" (a theme it does not know): the
    one-page rule would convict a parse failure. Undecided, and the note says why."""
    def site(pages: list) -> list:
        return [source("cabinet.example", "generic"), home("cabinet.example", "generic"),
                article("cabinet.example", "nos-conseils", text(7), T0, platform="generic")] + pages

    actus = [_page("cabinet.example", f"actualites/loi-de-finances-{i}.html", f"Loi de finances {i}", text(40 + i, 400))
             for i in range(4)]
    service = [_page("cabinet.example", "mentions-legales/", "Mentions légales", text(60, 500)),
               _page("cabinet.example", "politique-de-confidentialite/", "Vie privée", text(61, 900)),
               _page("cabinet.example", "contact/", "Nous écrire", text(62, 400)),
               _page("cabinet.example", "page-courte/", "Courte", text(63, 120)),
               _page("cabinet.example", "copie/", "Copie", text(40, 400))]  # a duplicate counts once
    con = run(site(actus[:2] + service))
    assert one(con, "select unread_text_pages from int_source_features") == 2.0  # the copy of the first counts once
    # legal pages, contact, short pages: a one-page blog still
    con = run(site(actus[:1] + service))
    assert one(con, "select unread_text_pages from int_source_features") == 1.0
    assert rows(con, "select machine_verdict, verdict_note from int_source_scores") == [("automated", None)]
    con = run(site(actus + service))
    assert one(con, "select unread_text_pages from int_source_features") == 4.0
    verdict, note, evidence = one(con, "select machine_verdict, verdict_note, evidence_en from int_source_scores")
    assert (verdict, note) == ("undecided", "posts_not_read")
    assert "4 page(s) of text the parser did not recognise as posts, against 1 post(s) read" in evidence



def test_a_site_that_refused_the_crawl_is_not_a_one_page_blog():
    """An anti-bot wall answers 403 after the first post: one post read is the crawl's, not the site's.
    Undecided, and the note names the refusal. Pages that do not exist (404) are no refusal, and a few
    refusals among many pages read (a flaky server) leave the verdict alone."""
    def site(host: str, errors: list) -> list:
        return [source(host), home(host), article(host, "un-billet", text(8), T0), *errors]

    walled = site("mur.example", [error("mur.example", f"/billet-{i}/", 403, "http_403") for i in range(6)]
                  + [error("mur.example", "/billet-9/", 429, "http_429")])
    missing = site("vide.example", [error("vide.example", f"/page-{i}/", 404, "http_404") for i in range(6)])
    # robots.txt forbids the posts to crawlers: the audit obeys and reads the home and one post
    forbidden = site("interdit.example", [error("interdit.example", f"/blog/billet-{i}/", None, "robots_disallowed")
                                          for i in range(5)])
    flaky = site("lent.example", [error("lent.example", f"/p-{i}/", 503, "http_503") for i in range(3)]
                 + [_page("lent.example", f"page-{i}/", f"Page {i}", "Courte.") for i in range(6)])
    con = run(walled + missing + flaky + forbidden)
    got = {h: (v, n, r) for h, v, n, r in rows(con, "select host, machine_verdict, verdict_note, reasons from sources")}
    assert got == {
        "mur.example": ("undecided", "crawl_incomplete", "one_page_blog=1;crawl_incomplete=http_403"),
        "vide.example": ("automated", None, "one_page_blog=1"),
        "lent.example": ("automated", None, "one_page_blog=1"),
        "interdit.example": ("undecided", "crawl_incomplete", "one_page_blog=1;crawl_incomplete=robots_disallowed"),
    }
    assert "the site refused 7 page(s) (http_403) and only 1 post(s) were read" in one(
        con, "select evidence_en from sources where host = 'mur.example'")

def _blog_linking(host: str, targets: list[str], seed: int) -> list:
    """A blog of 4 posts, one link per post to each target in turn (content links)."""
    items: list = [source(host), home(host)]
    for j in range(4):
        page = article(host, f"b{j}", text(seed + j), T0 + timedelta(days=5 * j))
        items += [page, link(page, f"https://{targets[j % len(targets)]}/p{j}/")] if targets else [page]
    return items


def test_a_site_that_links_to_three_network_members_is_tied_to_the_network():
    """A member whose few partners hide it from the cluster rules still links to its network; a blog the
    network cites, or one citing only two of its members, is not tied to it."""
    items = _network(n_members=5)
    items += _blog_linking("satellite.example", ["reseau0.example", "reseau1.example", "reseau2.example"], 9100)
    back = article("reseau0.example", "renvoi", text(9200), T0 + timedelta(days=9))
    items += [back, link(back, "https://satellite.example/b0/")]  # one partner: no cluster rule can fire
    items += _blog_linking("lecteur.example", ["reseau3.example", "reseau4.example"], 9300)
    items += _blog_linking("cite.example", [], 9400)
    items += [link(article(f"reseau{i}.example", "p0", "", None), "https://cite.example/") for i in range(5)]
    con = run(items)
    got = dict(rows(con, "select host, network_sites_linked from int_source_features"))
    assert (got["satellite.example"], got["lecteur.example"], got["cite.example"]) == (3.0, 2.0, 0.0)
    assert all(got[f"reseau{i}.example"] == 4.0 for i in range(5))
    fired = {h for (h,) in rows(con, "select host from int_rule_hits where rule_id = 'links_network_sites'")}
    assert fired == {"satellite.example"} | {f"reseau{i}.example" for i in range(5)}
    assert rows(con, "select mutual_link_partners from int_source_features where host = 'satellite.example'") == [(1.0,)]
    label = one(con, "select label_en from int_rule_hits where rule_id = 'links_network_sites' "
                     "and host = 'satellite.example'")
    assert "links to 3 members of a network" in label and "https://reseau0.example/p0/" in label


def test_friends_citing_each_other_now_and_then_are_not_a_network_to_be_tied_to():
    items = _friends(n_members=4, cite_every=4) + _blog_linking("voisin.example", [f"ami{i}.example" for i in range(4)], 9500)
    con = run(items)
    assert one(con, "select network_sites_linked from int_source_features where host = 'voisin.example'") == 0.0
    assert rows(con, "select host from int_rule_hits where rule_id = 'links_network_sites'") == []


def test_comments_loaded_by_a_service_are_an_unread_conversation():
    """A blog whose comments Disqus loads in the browser: no comment was read, and the evidence says why,
    whatever the verdict; a blog without comments says nothing of a service."""
    items: list = []
    for host, service in (("disqus.example", "Disqus"), ("plain.example", None)):
        items += [source(host, "generic"), home(host, "generic")]
        for i in range(6):
            post = article(host, f"billet-{i}", text(300 * (service is None) + i), T0 + timedelta(days=9 * i),
                           platform="generic", comments_open=None)
            post.comments_hosted_by = service if i != 5 else None  # one post without the embed
            items.append(post)
    con = run(items)
    hosted = dict(rows(con, "select host, posts_comments_hosted from int_source_features"))
    assert hosted == {"disqus.example": 5.0, "plain.example": 0.0}
    evidence = dict(rows(con, "select host, evidence_en from int_source_scores"))
    assert "Comments loaded by Disqus on 5 post(s): the analysis does not read them" in evidence["disqus.example"]
    assert "Comments loaded" not in evidence["plain.example"]
    fr = one(con, "select evidence_fr from int_source_scores where host = 'disqus.example'")
    assert "Commentaires chargés par Disqus sur 5 article(s)" in fr
    # the same verdict as the blog without comments: an unread conversation is no evidence either way
    verdicts = dict(rows(con, "select host, machine_verdict from int_source_scores"))
    assert verdicts["disqus.example"] == verdicts["plain.example"]


def test_readers_who_sign_with_their_own_blogs_do_not_convict_a_blog():
    """A blog whose readers are bloggers who sign their comments with their own sites (as on
    alistapart.com, WCXB: 21 of 22 comments): comment_urls fires, and alone it never convicts."""
    items = [source("carnet.example"), home("carnet.example")]
    for i in range(6):
        page = article("carnet.example", f"billet-{i}", text(300 + i), T0 + timedelta(days=7 * i))
        items.append(page)
        for j in range(2):
            k = 2 * i + j
            items.append(comment(page, j + 1, f"Blogueur {k}", text(700 + k, 40),
                                 author_url=f"https://blogueur-{k}.example/"))
    con = run(items)
    verdict, reasons = one(con, "select machine_verdict, reasons from sources")
    assert reasons == "comment_urls=100%"
    assert verdict == "pertinent"


def test_a_writer_crediting_where_his_column_first_appeared_is_no_pasted_feed():
    """An advisor republishing his magazine columns writes "Cet article a été publié initialement sur ...",
    as NASA's and Scholastica's pages of WCXB write "originally published on" in their update notes:
    attribution, not a feed reader's footer."""
    items = [source("conseiller.example"), home("conseiller.example")]
    for i in range(4):
        items.append(article("conseiller.example", f"tribune-{i}", text(70 + i) + " Cet article a été publié "
                             "initialement sur Gestion de Fortune. Originally published on Wealth Weekly.",
                             T0 + timedelta(days=9 * i)))
    con = run(items)
    assert one(con, "select share_posts_syndication_marks from int_source_features") == 0.0


def test_readers_whose_blogs_are_in_the_audit_count_as_readers_who_talk():
    """A commenter who signs with his own blog, a site of the audit that publishes, is a reader (the
    conversation of blogger_readers); one who signs with a site the audit does not know, or that does not
    publish, is not counted. Twelve readers: many_commenters (10) fires only for the fellow bloggers."""
    def blog_with_readers(host: str, sites: list[str], seed: int) -> list:
        items = [source(host), home(host)]
        for i in range(6):
            page = article(host, f"billet-{i}", text(seed + i), T0 + timedelta(days=7 * i))
            items.append(page)
            for j in range(2):
                k = 2 * i + j
                items.append(comment(page, j + 1, f"Blogueur {k}", text(seed + 100 + k, 40),
                                     author_url=f"https://{sites[k]}/"))
        return items

    fellows = [f"blogueur-{k}.example" for k in range(12)]
    items = blog_with_readers("carnet.example", fellows, 400) + blog_with_readers(
        "vitrine.example", [f"offre-{k}.example" for k in range(12)], 600)
    for k, host in enumerate(fellows):  # each reader's own blog, ten posts: a site that publishes
        items += [source(host), *[article(host, f"p{i}", text(2000 + 20 * k + i), T0) for i in range(10)]]
    con = run(items)
    got = dict(rows(con, "select host, distinct_clean_commenters from int_source_features "
                         "where host in ('carnet.example', 'vitrine.example')"))
    assert got == {"carnet.example": 12.0, "vitrine.example": 0.0}
    assert one(con, "select reasons from sources where host = 'carnet.example'") == "many_commenters=12;comment_urls=100%"


def _testimonials(pool_share: float, spam_url: str | None = None) -> list:
    """One site, twelve posts, five comments under each from one-time names: `pool_share` of them drawn from a
    pool of four long testimonials (signed with `spam_url` when given), the rest unique, and the author
    answering one of them."""
    pool = [text(5000 + k, 14) for k in range(4)]
    items: list = [source("fonds.example"), home("fonds.example")]
    drawn = 0
    for i in range(12):
        page = article("fonds.example", f"billet-{i}", text(800 + i), T0 + timedelta(days=4 * i))
        items.append(page)
        for pos in range(1, 6):
            k = 5 * i + pos
            if drawn < pool_share * k:
                body, url = pool[drawn % 4], spam_url
                drawn += 1
            else:
                body, url = text(6000 + k, 14), None
            items.append(comment(page, pos, f"Client {k}", body, author_url=url,
                                 published=T0 + timedelta(days=4 * i + 1, hours=pos)))
        items.append(comment(page, 6, "Auteur", "Merci pour votre confiance, écrivez-nous sur WhatsApp.",
                             published=T0 + timedelta(days=4 * i + 2)))
    return items


def _rules(con, host: str) -> set:
    return {r for (r,) in rows(con, f"select rule_id from int_rule_hits where host = '{host}'")}


def test_readers_beside_a_pool_of_testimonials_are_no_conversation():
    # 60% of a funnel's comments come from four testimonials under rotating names; the texts drawn once
    # look unique, but they are the same pool's: no reader counts, nor the site's answers to them.
    con = run(_testimonials(0.6))
    fired = _rules(con, "fonds.example")
    assert "comment_repeated" in fired
    assert not fired & {"many_commenters", "author_replies"}
    assert one(con, "select machine_verdict from int_source_scores where host = 'fonds.example'") == "automated"


def test_a_few_repeated_testimonials_leave_the_readers_counted():
    # Under the pool share, the unique readers still talk (and the repetition is still evidence)
    fired = _rules(run(_testimonials(0.4)), "fonds.example")
    assert {"comment_repeated", "many_commenters", "author_replies"} <= fired


def test_spam_that_links_out_is_no_pool_of_the_site():
    # A spammer's texts signed with his site flood a blog: they are his, and the blog's readers still count
    fired = _rules(run(_testimonials(0.6, spam_url="https://credit-rapide.example/")), "fonds.example")
    assert {"comment_repeated", "many_commenters"} <= fired
