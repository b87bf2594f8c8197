"""A forum moved to another engine (issue 10, stop 34): its past imported under one account, each message
headed with its real author and date. The third round of blind families showed the import account read as
one member writing 90% of the forum (forum_few_writers, forum_one_voice, forum_self_answered). The header
names the writer; a member's quote of another ("X a écrit :") does not, nor does a lone header."""
from __future__ import annotations

from datetime import timedelta

from tests.test_sql_fixtures import T0, forum_post, home, source
from tests.test_sql_models import rows, run

MEMBERS = ["Lulu38", "jbdu13", "petitrentier", "Sylvie_L3", "Gégé_63", "kiki_invest"]


def _imported(host: str, header: str) -> list:
    """Twelve old threads under the account 'Archives', each message headed with its author, then two new
    threads by members back under their names."""
    items = [source(host, "phpbb", kind="forum"), home(host, "phpbb")]
    when = T0
    for t in range(12):
        for pos in range(3):
            who = MEMBERS[(t + 2 * pos) % len(MEMBERS)]
            head = header.format(a=who, d=f"{3 + pos} mai 2021 à 10:1{pos}")
            items.append(forum_post(host, t, pos, "Archives", f"{head}\nMessage {t}-{pos} sur la fiscalité des "
                                    f"contrats, avec un avis personnel numéro {t * 10 + pos}.", when))
            when += timedelta(hours=5)
    for t in range(12, 14):
        for pos, who in enumerate(["Lulu38", "petitrentier", "Sylvie_L3"]):
            items.append(forum_post(host, t, pos, who, f"Nouveau message {t}-{pos} depuis le déménagement.", when))
            when += timedelta(hours=3)
    return items


def test_a_forums_imported_past_is_its_members_not_the_import_account():
    con = run(_imported("ancien.example", "Message d'origine de {a}, le {d} :")
              + _imported("bbcode.example", "[b]{a}[/b] a écrit le {d} :"))
    got = dict(rows(con, "select host, round(share_forum_posts_top_author, 2) from int_source_features"))
    assert got == {"ancien.example": round(8 / 42, 2), "bbcode.example": round(8 / 42, 2)}  # was 36 / 42
    assert rows(con, "select author, account_key from int_forum_posts where host = 'ancien.example' "
                     "and thread_url like '%t=0' order by position") == [
        ("Lulu38", "archives"), ("petitrentier", "archives"), ("Gégé_63", "archives")]
    # the member back under his name is the same person as in the archive
    assert rows(con, "select count(distinct thread_url) from int_forum_posts where host = 'ancien.example' "
                     "and author_key = 'lulu38'") == [(8,)]
    fired = rows(con, "select distinct rule_id from int_rule_hits where rule_id like 'forum_%' order by 1")
    assert fired == []


def test_a_quote_or_a_lone_header_names_no_author():
    """Members who open replies by quoting another ("X a écrit :"), and one member who once pasted an old
    message with its header, keep their own names."""
    items = [source("forum.example", "phpbb", kind="forum"), home("forum.example", "phpbb")]
    when = T0
    for t in range(6):
        items.append(forum_post("forum.example", t, 0, "Lulu38", f"Question {t} sur un PER ouvert en 2020 ?", when))
        items.append(forum_post("forum.example", t, 1, "petitrentier",
                                f"Lulu38 a écrit : Question {t} sur un PER\nRéponse détaillée numéro {t}.",
                                when + timedelta(hours=2)))
        when += timedelta(days=1)
    items.append(forum_post("forum.example", 7, 0, "jbdu13", "Message d'origine de Gégé_63, le 3 mai 2019 :\n"
                            "Je recolle ici un vieux message perdu.", when))
    con = run(items)
    assert rows(con, "select distinct author_key from int_forum_posts order by 1") == [
        ("jbdu13",), ("lulu38",), ("petitrentier",)]
