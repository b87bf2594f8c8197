"""Questions posted by a script (issue 10, stop 34): a question-and-answer forum filled by a language model
opens its threads in batches, several within minutes, then nothing for hours or days. People ask at
scattered times: on a quiet forum three threads within half an hour are rare, on a busy one they are the
norm, and a forum's imported past carries the import's time. The third round of blind families showed
such forums judged pertinent on their many one-time askers."""
from __future__ import annotations

from datetime import timedelta

from tests.test_sql_fixtures import T0, forum_post, home, source
from tests.test_sql_models import rows, run


def _forum(host: str, openings: list[timedelta], *, header: str | None = None) -> list:
    """One thread per opening time, asked by a new member and answered by one of three regulars an hour later."""
    items = [source(host, "phpbb", kind="forum"), home(host, "phpbb")]
    for t, at in enumerate(openings):
        asker, when = f"membre{t}", T0 + at
        body = f"Question {t} de {asker} sur le PER et l'assurance-vie, avec sa situation numéro {t}."
        if header:  # imported under one account, the author named in a header
            items.append(forum_post(host, t, 0, "Archives", header.format(a=asker) + "\n" + body, when))
        else:
            items.append(forum_post(host, t, 0, asker, body, when))
        items.append(forum_post(host, t, 1, ["Gégé_63", "jbdu13", "Lulu38"][t % 3],
                                f"Réponse à la question {t} : voici mon avis détaillé, numéro {t * 7}.",
                                when + timedelta(hours=1, minutes=7 * t % 50)))
    return items


def test_questions_opened_in_salvos_on_a_quiet_forum_are_a_scripts():
    scattered = [timedelta(hours=31 * t + (t * 37) % 11) for t in range(12)]  # one every day or so
    batches = [timedelta(days=3 * (t // 4), minutes=6 * (t % 4)) for t in range(12)]  # 4 in 18 minutes, thrice
    busy = [timedelta(minutes=25 * t) for t in range(12)]  # a thread every 25 minutes
    con = run(_forum("quiet.example", scattered) + _forum("script.example", batches)
              + _forum("busy.example", busy))
    got = {h: (int(n), round(s, 2)) for h, n, s in rows(
        con, "select host, forum_threads_timed, share_threads_in_salvos from int_source_features "
             "where forum_posts > 0")}
    assert got["quiet.example"] == (12, 0.0)
    assert got["script.example"] == (12, 1.0)
    assert got["busy.example"] == (12, 0.0)  # every thread has neighbours, but at that rate by chance
    hits = rows(con, "select host, label_fr from int_rule_hits where rule_id = 'question_salvos'")
    assert [h for h, _ in hits] == ["script.example"]
    assert hits[0][1].startswith("100% des sujets sont ouverts par salves") and "script.example/viewtopic" in hits[0][1]


def test_an_imported_past_opened_on_import_night_is_no_salvo():
    """Ten threads imported in ten minutes under 'Archives', then the forum's new threads days apart."""
    items = _forum("moved.example", [timedelta(minutes=t) for t in range(10)],
                   header="Message d'origine de {a}, le 3 mai 2019 :")
    for t in range(10, 16):  # new threads after the move, a few days apart
        when = T0 + timedelta(days=2 * t, hours=t % 5)
        items.append(forum_post("moved.example", t, 0, f"nouveau{t}", f"Nouvelle question {t} après le déménagement.",
                                when))
        items.append(forum_post("moved.example", t, 1, "Lulu38", f"Réponse {t} après le déménagement, avis {t}.",
                                when + timedelta(hours=2)))
    con = run(items)
    assert rows(con, "select forum_threads_timed, share_threads_in_salvos from int_source_features "
                     "where forum_posts > 0") == [(6.0, 0.0)]


def test_who_answers_a_scripts_batches_is_its_cast_not_a_community():
    """Round 3's machine-written Q&A forums (stop 43): a dozen invented experts answer the batches, which made
    them many_forum_authors, a real community, and outweighed question_salvos. Members answering threads opened
    in salvos do not count among the forum's repliers; on a busy forum, where salvos are chance, they all do."""
    def answered(host: str, openings: list[timedelta]) -> list:
        items = [source(host, "phpbb", kind="forum"), home(host, "phpbb")]
        for t, at in enumerate(openings):
            when = T0 + at
            items.append(forum_post(host, t, 0, f"membre{t}", f"Question {t} sur le PER, ma situation numéro {t}.", when))
            items.append(forum_post(host, t, 1, f"expert{t % 12}", f"Réponse structurée {t} : en résumé, {t * 7}.",
                                    when + timedelta(hours=1)))
        return items
    batches = [timedelta(days=3 * (t // 4), minutes=6 * (t % 4)) for t in range(24)]  # 4 in 18 minutes
    busy = [timedelta(minutes=25 * t) for t in range(24)]
    con = run(answered("script.example", batches) + answered("busy.example", busy))
    got = dict(rows(con, "select host, distinct_forum_repliers from int_source_features where forum_posts > 0"))
    assert got == {"script.example": 0.0, "busy.example": 12.0}
    hits = rows(con, "select host, rule_id from int_rule_hits where rule_id in ('many_forum_authors', 'question_salvos')"
                     " order by host, rule_id")
    assert hits == [("busy.example", "many_forum_authors"), ("script.example", "question_salvos")]
