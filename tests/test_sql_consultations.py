"""A professional's questions-and-answers forum is no shill's stage (issue 10, stop 38): one notary or adviser
answers most threads alone, as a shill does, but the askers come back with the details of their case and he
answers them again. A shill's askers ask once and, at most, thank him."""
from __future__ import annotations

from datetime import timedelta

from tests.test_sql_fixtures import T0, forum_post, home, source, text
from tests.test_sql_models import rows, run

THANKS = "Merci beaucoup pour votre réponse !"


def _forum(host: str, threads: int, turns) -> list:
    """`threads` threads, each opened by a new one-time asker; `turns(t)` the (author, text) of the replies of
    thread t, in order ("asker" stands for the thread's opener)."""
    items = [source(host, "phpbb"), home(host, "phpbb")]
    for t in range(threads):
        asker = f"{host.split('.')[0]}_{t}"
        items.append(forum_post(host, t, 1, asker, text(90 * t, 40), T0 + timedelta(days=2 * t)))
        for i, (author, body) in enumerate(turns(t), 2):
            items.append(forum_post(host, t, i, asker if author == "asker" else author, body,
                                    T0 + timedelta(days=2 * t, hours=3 * i)))
    return items


def test_an_expert_in_conversation_with_the_askers_is_consulted_not_staged():
    # the notary answers every question alone; in 5 of 12 threads the asker comes back with the details of his
    # case and the notary answers again (in two more, the asker's details get no answer); a third thank him
    def notary(t):
        first = [("maitre_durand", text(90 * t + 1, 50))]
        thanks = [("asker", THANKS)] if t % 3 == 0 else []
        if t < 5:
            return first + [("asker", text(90 * t + 2, 30)), ("maitre_durand", text(90 * t + 3, 40))] + thanks
        if t < 7:
            return first + [("asker", text(90 * t + 2, 30))]
        return first + thanks
    # the shill's askers only ever thank him; his own second message in the thread changes nothing
    def shill(t):
        return [("conseiller_pro", text(900 + t, 50))] + ([("asker", THANKS)] if t % 3 == 0 else []) + (
            [("conseiller_pro", "Avec plaisir, n'hésitez pas.")] if t % 2 else [])
    con = run(_forum("notaire.example", 12, notary) + _forum("entraide.example", 12, shill))
    got = {h: (a, round(s, 2), round(c, 4)) for h, a, s, c in rows(
        con, "select host, forum_threads_one_answerer, share_threads_one_answerer, "
             "share_lone_threads_consulted from int_source_features")}
    assert got == {"notaire.example": (12, 1.0, round(5 / 12, 4)), "entraide.example": (12, 1.0, 0.0)}
    consulted = rows(con, "select thread_url from int_forum_threads where is_consultation order by thread_url")
    assert [u for (u,) in consulted] == [f"https://notaire.example/viewtopic.php?t={t}" for t in range(5)]
    hits = set(rows(con, "select host, rule_id from int_rule_hits"))
    assert ("notaire.example", "forum_consultations") in hits and ("entraide.example", "forum_consultations") not in hits
    assert {("notaire.example", "forum_one_answerer"), ("entraide.example", "forum_one_answerer")} <= hits
    verdicts = dict(rows(con, "select host, machine_verdict from int_source_scores"))
    assert verdicts["notaire.example"] != "automated" and verdicts["entraide.example"] == "automated"
    label = rows(con, "select label_fr from int_rule_hits where rule_id = 'forum_consultations'")[0][0]
    assert "42%" in label and "https://notaire.example/viewtopic.php?t=" in label


def test_a_follow_up_counts_only_when_its_answerer_answers_it():
    """The asker's second message must be of substance (followup_min_words) and come after an answer, and the
    member who answered before must answer again after it; another member's answer is a conversation, not a
    consultation of the lone answerer (and the thread is then no lone answerer's)."""
    def turns(t):
        return {0: [("expert", text(1, 40)), ("asker", text(2, 30)), ("expert", text(3, 30))],   # consulted
                1: [("expert", text(4, 40)), ("asker", "Merci, c'est très clair, bonne journée."),
                    ("expert", text(5, 20))],                                                   # thanks only
                2: [("asker", text(6, 30)), ("expert", text(7, 40))],                         # no answer before
                3: [("expert", text(8, 40)), ("asker", text(9, 30)), ("voisin", text(10, 30))]}[t]
    con = run(_forum("forum.example", 4, turns))
    got = dict(rows(con, "select thread_title, is_consultation from int_forum_threads"))
    assert got == {"Sujet 0": True, "Sujet 1": False, "Sujet 2": False, "Sujet 3": False}
