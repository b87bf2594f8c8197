"""Bought reviews (issue 10, stop 34): a fake review site fills its comment sections with salvos of one-time
names, weeks after each post, and its team thanks them. The second round of blind families showed those
names counted as readers (many_commenters) and the thanks as an author who talks (author_replies). Readers
answer a post in the days after it and come back; one old post that went viral later is no campaign."""
from __future__ import annotations

from datetime import timedelta

from tests.test_sql_fixtures import T0, article, comment, home, source, text
from tests.test_sql_models import rows, run

NAMES = [f"{first} {last}." for first in ("Julie", "Marc", "Anne", "Paul", "Sophie", "Hugo", "Inès", "Yves", "Lou",
                                          "Rémi", "Zoé", "Luc") for last in "BDFGHLMPRT"]
REGULARS = ["Martine", "Julien", "Camille", "Claire", "Sylvain", "Nadia", "Bruno", "Odile", "Pierre", "Agnès",
            "Fabrice", "Hélène"]


def _reviews(host: str, seed: int, *, posts: int = 5, salvo: int = 6, after_days: float = 20,
             answer_as: str | None = "admin") -> list:
    """Posts whose comments come in one salvo of fresh names `after_days` after the post, each thanked."""
    items, names = [source(host), home(host)], iter(NAMES[seed % 7:])
    for i in range(posts):
        when = T0 + timedelta(days=10 * i)
        post = article(host, f"avis-{i}", text(seed + i, 300), when, author=None)
        items.append(post)
        pos = 0
        for k in range(salvo):
            name, at = next(names), when + timedelta(days=after_days, hours=2 * k)
            items.append(comment(post, pos, name, f"★★★★★ Très satisfait de ce cabinet, conseil clair, {name} {seed}",
                                 published=at))
            pos += 1
            if answer_as:
                items.append(comment(post, pos, answer_as, f"Merci {name} pour votre avis, {seed} {i} {k} !",
                                     published=at + timedelta(hours=1)))
                pos += 1
    return items


def _community(host: str, seed: int, *, viral_post: bool = False, launch_blast: bool = False) -> list:
    """A genuine blog: twelve regulars comment in the days after each of ten posts; optionally one old post
    drawing a salvo of new names a month later, or every post drawing new names the day it comes out."""
    items, names = [source(host), home(host)], iter(NAMES[40:])
    for i in range(10):
        when = T0 + timedelta(days=7 * i)
        post = article(host, f"billet-{i}", text(seed + i, 300), when, author="Claire Petit")
        items.append(post)
        for k in range(4):
            who = REGULARS[(3 * i + k) % len(REGULARS)]
            items.append(comment(post, k, who, f"{who} partage son expérience sur ce billet {seed} {i} {k}",
                                 published=when + timedelta(hours=5 + 9 * k)))
        extra = 8 if (viral_post and i == 2) or launch_blast else 0
        for k in range(extra):
            name = next(names)
            at = when + (timedelta(days=30) if viral_post else timedelta(hours=1)) + timedelta(minutes=40 * k)
            items.append(comment(post, 4 + k, name, f"{name} découvre ce billet et donne son avis {seed} {i} {k}",
                                 published=at))
    return items


def test_salvos_of_one_time_names_weeks_after_the_posts_are_bought_reviews():
    con = run(_reviews("avis.example", 100) + _reviews("tot.example", 300, after_days=0.1)
              + _reviews("rare.example", 500, posts=2)
              + _community("blog.example", 700) + _community("viral.example", 900, viral_post=True)
              + _community("lancement.example", 1100, launch_blast=True))
    got = {h: (round(s, 2), int(r)) for h, s, r in rows(
        con, "select host, share_comments_in_campaigns, reader_comments from int_source_features")}
    assert got["avis.example"] == (1.0, 30)
    assert got["tot.example"] == (0.0, 30)  # reviews the day a post comes out: readers' timing
    assert got["rare.example"] == (0.0, 12)  # two review sections are too few to call a campaign
    assert got["blog.example"] == (0.0, 40)
    assert got["viral.example"] == (0.0, 48)  # one old post found by new readers a month later
    assert got["lancement.example"] == (0.0, 120)
    hits = rows(con, "select host, label_fr from int_rule_hits where rule_id = 'review_campaigns'")
    assert [h for h, _ in hits] == ["avis.example"]
    assert hits[0][1].startswith("100% des commentaires des lecteurs arrivent par salves")
    assert "https://avis.example/avis-" in hits[0][1]
    # the bought sections, and the site's thanks under them, are no conversation
    fired = {r for (r,) in rows(con, "select rule_id from int_rule_hits where host = 'avis.example'")}
    assert "many_commenters" not in fired and "author_replies" not in fired
    assert rows(con, "select machine_verdict from int_source_scores where host = 'avis.example'") == [("automated",)]
    # the viral post's new readers still count, with the regulars
    assert {r for (r,) in rows(con, "select rule_id from int_rule_hits where host = 'viral.example'")} >= {
        "many_commenters"}


def test_the_sites_staff_answering_is_the_site_not_a_reader():
    """'admin' thanking readers under a post whose byline the parsers dropped answers as the post's author."""
    items = [source("petit.example"), home("petit.example")]
    post = article("petit.example", "billet", text(5, 200), T0, author=None)
    items += [post, comment(post, 0, "Martine", "Une question sur les frais de gestion du contrat, svp ?"),
              comment(post, 1, "admin", "Bonjour Martine, les frais sont de 0,6 % par an sur ce contrat."),
              comment(post, 2, "Invité", "Merci pour ces précisions, très utile pour moi aussi.")]
    con = run(items)
    assert rows(con, "select author, by_post_author from int_comments order by position") == [
        ("Martine", None), ("admin", True), ("Invité", None)]
