"""A site taken over (issue 10, stop 34): an expired domain bought for its past keeps the former owner's posts
and readers, and after years of silence publishes, under another name, posts that link out to the sites
that pay for it. The second round of blind families showed the old readers vouching for the new owner
(many_commenters, author_replies). A blogger back after a pause, a blog handed to a new writer who keeps
its readers, and a site whose posts were never signed are no takeover; new posts unsigned beside the old
signed ones are signed by none of the old names (a theme hides every post's byline, not the new ones')."""
from __future__ import annotations

from datetime import timedelta

from tests.test_sql_fixtures import T0, article, comment, home, link, source, text
from tests.test_sql_models import rows, run

READERS = ["Martine", "Julien", "Camille", "Sophie", "Paul", "Claire", "Hugo", "Inès", "Marc", "Léa", "Yves", "Zoé"]


def _site(host: str, seed: int, *, old_author: str | None, new_author: str | None, silence_days: int,
          new_comments: bool = False, clients: int = 4) -> list:
    """Six posts by old_author, commented by twelve readers, then silence_days without a post, then six
    posts by new_author linking out to `clients` sites, commented or not."""
    items = [source(host), home(host)]
    when = T0 - timedelta(days=silence_days + 120)  # the new posts end before the crawl (T0 + 400 days)
    for i in range(6):
        post = article(host, f"ancien-{i}", text(seed + i, 150), when, author=old_author)
        items.append(post)
        for k in range(4):
            name = READERS[(2 * i + k) % len(READERS)]
            items.append(comment(post, k, name, f"{name} a une question précise sur ce point numéro {seed + i} {k}",
                                 published=when + timedelta(hours=3 + k)))
        when += timedelta(days=9)
    when += timedelta(days=silence_days)
    for i in range(6):
        post = article(host, f"guide-{i}", text(seed + 50 + i, 400), when, author=new_author)
        items.append(post)
        items.append(link(post, f"http://www.client-{i % clients}.example/offre/"))
        if new_comments:
            for k in range(3):
                name = READERS[(i + k) % len(READERS)]
                items.append(comment(post, k, name, f"{name} revient lire le nouveau rédacteur, article {seed + i} {k}",
                                     published=when + timedelta(hours=2 + k)))
        when += timedelta(days=11)
    return items


def test_a_domain_taken_over_is_judged_on_its_new_owner():
    con = run(_site("repris.example", 100, old_author="Léa Lemaire", new_author="Samir Fournier", silence_days=800)
              + _site("rachat.example", 300, old_author="Émilie Robin", new_author="La rédaction", silence_days=500)
              + _site("retour.example", 500, old_author="Léa Lemaire", new_author="Léa Lemaire", silence_days=600)
              + _site("relais.example", 700, old_author="Paul Martin", new_author="Anne Roux", silence_days=420,
                      new_comments=True)
              + _site("anonyme.example", 900, old_author=None, new_author="Samir Fournier", silence_days=800)
              + _site("pause.example", 1100, old_author="Léa Lemaire", new_author="Samir Fournier", silence_days=200)
              # back after two years: signed with her first name only
              + _site("prenom.example", 1300, old_author="Léa Lemaire", new_author="Léa", silence_days=700)
              # new posts unsigned beside the old signed ones (a theme hiding bylines hides the old posts' too)
              + _site("muet.example", 1500, old_author="Léa Lemaire", new_author=None, silence_days=700))
    eras = {h: (t, s, b) for h, t, s, b in rows(
        con, "select host, is_takeover, last_long_silence_days, sites_linked_after from int_source_eras")}
    assert eras["repris.example"] == (True, 800 + 9, 4)
    assert eras["rachat.example"][0]  # "La rédaction" is no byline: the old one does not sign again
    assert not eras["retour.example"][0]  # the blogger is back: he signs as before
    assert not eras["relais.example"][0]  # a new writer whose readers came along
    assert not eras["anonyme.example"][0]  # never signed: a change of hands cannot be told
    assert eras["pause.example"] == (False, None, 0)  # no silence of a year
    assert not eras["prenom.example"][0]
    assert eras["muet.example"][0]  # Hugo's posts without an author: round 4's expired domains (stop 43)
    hits = rows(con, "select host, label_fr from int_rule_hits where rule_id = 'revived_domain' order by host")
    assert [h for h, _ in hits] == ["muet.example", "rachat.example", "repris.example"]
    assert "Site repris après 809 jours de silence" in hits[2][1]
    assert "https://repris.example/guide-0/" in hits[2][1] and "client-0.example" in hits[2][1]
    # the former owner's readers no longer vouch for the site: its comments are the new posts' (none)
    feats = {h: (c, n) for h, c, n in rows(
        con, "select host, comments, distinct_clean_commenters from int_source_features")}
    assert feats["repris.example"] == (0, 0) and feats["retour.example"] == (24, 12)
    assert feats["relais.example"] == (42, 12)
    fired = rows(con, "select rule_id from int_rule_hits where host = 'repris.example' order by rule_id")
    assert ("many_commenters",) not in fired
    assert rows(con, "select machine_verdict from int_source_scores where host = 'repris.example'") == [("automated",)]
    assert rows(con, "select machine_verdict from int_source_scores where host = 'retour.example'") == [("pertinent",)]


def test_a_revived_site_linking_only_to_publications_is_no_takeover():
    """A new owner citing the audit's newspapers and the regulator sells no link."""
    items = _site("repris.example", 100, old_author="Léa Lemaire", new_author="Samir Fournier", silence_days=800,
                  clients=1)
    con = run(items)
    assert rows(con, "select is_takeover, sites_linked_after from int_source_eras") == [(False, 1)]
