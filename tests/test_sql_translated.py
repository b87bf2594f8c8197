"""Posts translated from another market (issue 10, stop 37: round 4's blind family `translated_blog`, machine
translations of American personal-finance posts under a French persona, was judged pertinent on a clean record)."""
from __future__ import annotations

from datetime import timedelta

from tests.test_sql_fixtures import T0, article, home, source, text
from tests.test_sql_models import rows, run

US = ("Avant tout, maximisez l'abonnement de votre employeur au 401(k) puis ouvrez un Roth IRA. "
      "La ligne de fond : votre score de crédit compte autant que votre épargne.")
CITED = "Aux États-Unis, le 401(k) joue le rôle de notre PER d'entreprise, avec un abondement de l'employeur."


def _blog(host: str, bodies: list[str], language: str = "fr") -> list:
    src = source(host)
    src.language = language
    items = [src, home(host)]
    for i, body in enumerate(bodies):
        page = article(host, f"p{i}", body, T0 + timedelta(days=3 * i))
        page.language = language
        items.append(page)
    return items


def test_a_third_of_the_posts_translated_from_another_market_is_evidence():
    translated = [text(i, 120) + " " + US if i % 2 else text(i, 120) for i in range(6)]  # 3 posts of 6
    citing = [text(100 + i, 120) + " " + CITED for i in range(6)]  # one mark a post: a French writer comparing
    english = [text(200 + i, 120) + " Max out your 401(k), then open a Roth IRA; Social Security will not be enough."
               for i in range(6)]  # an American blog speaks of its own market
    con = run(_blog("traduit.example", translated) + _blog("compare.example", citing)
              + _blog("us.example", english, language="en"))
    got = dict(rows(con, "select host, share_posts_translated from int_source_features"))
    assert got == {"traduit.example": 0.5, "compare.example": 0.0, "us.example": 0.0}
    assert rows(con, "select host from int_rule_hits where rule_id = 'translated_posts'") == [("traduit.example",)]
    assert rows(con, "select example_url from int_rule_examples where signal = 'share_posts_translated'") == [
        ("https://traduit.example/p1/",)]
