"""Every human-readable string of the deliverables, in French and English."""
from __future__ import annotations

import datetime as dt

LANGUAGES = ("fr", "en")

STRINGS: dict[str, dict] = {
    "fr": {
        "title": "Audit de l'écosystème web",
        "subtitle_sector": "Secteur\u00a0: {sector}",
        "run_line": "Collecte {run_id} du {date}",
        "seeds_line": "{n} {w}",
        "w_seeds": ("source de départ", "sources de départ"),
        "contents": "Sommaire",
        "summary": "Synthèse",
        "counts": "Sources par type et par verdict",
        "sources_heading": "Sources",
        "errors": "Erreurs de collecte",
        "method": "Méthode",
        "rules": "Règles de classement",
        "bands": "Du score au verdict",
        "bands_text": "Le premier intervalle qui contient le score d'une source donne son verdict, sauf si les éléments manquent pour conclure (source non explorée, sans article)\u00a0: elle reste alors indécise.",
        "all_kinds": "toutes",
        "config": "Paramètres de la collecte",
        "total": "Total",
        "none": "Aucune.",
        "verdicts": {"pertinent": "Pertinentes", "automated": "Automatisées", "undecided": "Indécises"},
        "verdict_one": {"pertinent": "pertinente", "automated": "automatisée", "undecided": "indécise"},
        "verdict_sections": {
            "pertinent": "Sources pertinentes",
            "automated": "Sources probablement automatisées",
            "undecided": "Sources à examiner",
        },
        "verdict_intro": {
            "pertinent": "Sources animées par des personnes, à suivre ou à approcher.",
            "automated": "Sources dont le contenu semble produit ou recopié automatiquement.",
            "undecided": "Sources pour lesquelles les indices ne suffisent pas\u00a0: à vérifier à la main.",
        },
        "sheets": {
            "pertinent": "Pertinents", "automated": "Automatisés",
            "undecided": "Indécis", "errors": "Erreurs de collecte",
        },
        "kinds": {"blog": "Blog", "forum": "Forum", "news": "Actualités", "other": "Autre"},
        "statuses": {"seed": "départ", "discovered": "découverte"},
        "directions": {"automated": "indice d'automatisation", "pertinent": "indice de pertinence"},
        "columns": {
            "verdict": "Verdict", "source": "Source", "kind": "Type", "platform": "Plateforme",
            "score": "Score", "posts": "Billets", "comments": "Commentaires",
            "posts_per_month": "Billets/mois", "first_post": "Premier billet",
            "last_post": "Dernier billet", "period": "Premier et dernier billet", "reasons": "Motifs", "status": "Statut",
            "url": "Adresse", "host": "Site", "error": "Erreur", "status_code": "Code HTTP",
            "message": "Message", "rule": "Règle", "signal": "Mesure", "threshold": "Seuil",
            "weight": "Poids", "direction": "Sens", "fired": "Sources concernées",
            "setting": "Paramètre", "value": "Valeur", "count": "Nombre", "condition": "Condition",
            "kinds": "Types de source", "score_min": "Score min.", "score_max": "Score max.",
        },
        "value_threshold": "valeur {value}\u00a0; seuil {threshold}",
        "example": "exemple\u00a0:",
        "other_example": "autre exemple\u00a0:",
        "note_sep": "\u00a0: ",
        "override": "Verdict corrigé par le consultant",
        "consultant_note": "Note du consultant",
        "machine_was": "verdict automatique\u00a0: {verdict}",
        "summary_total": "{total} {sources} {analysed}\u00a0: {pertinent} {pertinent_w}, {automated} {automated_w} et {undecided} {undecided_w}.",
        "w_sources": ("source", "sources"),
        "w_analysed": ("analysée", "analysées"),
        "w_pertinent": ("pertinente", "pertinentes"),
        "w_automated": ("probablement automatisée", "probablement automatisées"),
        "w_undecided": ("à examiner", "à examiner"),
        "summary_active": "Les sources pertinentes totalisent {posts} billets et {comments} commentaires\u00a0; la plus active est {host} ({ppm} billets par mois).",
        "summary_top_rule": "Indice d'automatisation le plus fréquent\u00a0: «\u00a0{label}\u00a0» ({n} {sources}).",
        "summary_errors": "{n} {errors} de collecte ont été relevées sur {hosts} {sites}.",
        "w_errors": ("erreur", "erreurs"),
        "forum_posts_line": "{n}\u00a0{w}",
        "w_threads": ("fil de discussion", "fils de discussion"),
        "w_sites": ("site", "sites"),
        "summary_empty": "Aucune source n'a été collectée pour cette exécution.",
        "errors_by_type": "Erreurs par type",
        "errors_truncated": "Seules les {shown} premières erreurs sur {total} sont listées\u00a0; le classeur Excel les contient toutes.",
        "method_text": [
            "Chaque site rencontré à partir des sources de départ a été parcouru (pages, flux, plans de site), "
            "puis décrit par des mesures\u00a0: rythme de publication, commentaires, auteurs, liens, similarité des textes.",
            "Chaque règle ci-dessous compare une mesure à un seuil. Les règles déclenchées apportent leur poids "
            "au score d'automatisation (de 0 à 1) ou au contraire un indice de pertinence. Le verdict découle "
            "du score ; un verdict corrigé par le consultant l'emporte toujours sur celui de la machine.",
        ],
        "generated": "Rapport généré le {date}",
        "chart_label": "Nombre de sources par verdict",
        "months": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet",
                   "août", "septembre", "octobre", "novembre", "décembre"),
        "date_format": "{day} {month} {year}",
    },
    "en": {
        "title": "Web ecosystem audit",
        "subtitle_sector": "Sector: {sector}",
        "run_line": "Crawl {run_id} of {date}",
        "seeds_line": "{n} {w}",
        "w_seeds": ("seed source", "seed sources"),
        "contents": "Contents",
        "summary": "Summary",
        "counts": "Sources by kind and verdict",
        "sources_heading": "Sources",
        "errors": "Crawl errors",
        "method": "Method",
        "rules": "Classification rules",
        "bands": "From score to verdict",
        "bands_text": "The first band that holds a source's score gives its verdict, unless there is too little to conclude (source not crawled, no posts): it then stays undecided.",
        "all_kinds": "all",
        "config": "Crawl settings",
        "total": "Total",
        "none": "None.",
        "verdicts": {"pertinent": "Pertinent", "automated": "Automated", "undecided": "Undecided"},
        "verdict_one": {"pertinent": "pertinent", "automated": "automated", "undecided": "undecided"},
        "verdict_sections": {
            "pertinent": "Pertinent sources",
            "automated": "Probably automated sources",
            "undecided": "Sources to review",
        },
        "verdict_intro": {
            "pertinent": "Sources run by people, worth following or approaching.",
            "automated": "Sources whose content seems generated or copied automatically.",
            "undecided": "Sources where the evidence is not conclusive: review them by hand.",
        },
        "sheets": {
            "pertinent": "Pertinent", "automated": "Automated",
            "undecided": "Undecided", "errors": "Crawl errors",
        },
        "kinds": {"blog": "Blog", "forum": "Forum", "news": "News", "other": "Other"},
        "statuses": {"seed": "seed", "discovered": "discovered"},
        "directions": {"automated": "automation signal", "pertinent": "relevance signal"},
        "columns": {
            "verdict": "Verdict", "source": "Source", "kind": "Kind", "platform": "Platform",
            "score": "Score", "posts": "Posts", "comments": "Comments",
            "posts_per_month": "Posts/month", "first_post": "First post",
            "last_post": "Last post", "period": "First and last post", "reasons": "Reasons", "status": "Status",
            "url": "URL", "host": "Site", "error": "Error", "status_code": "HTTP code",
            "message": "Message", "rule": "Rule", "signal": "Measure", "threshold": "Threshold",
            "weight": "Weight", "direction": "Direction", "fired": "Sources concerned",
            "setting": "Setting", "value": "Value", "count": "Count", "condition": "Condition",
            "kinds": "Source kinds", "score_min": "Min. score", "score_max": "Max. score",
        },
        "value_threshold": "value {value}, threshold {threshold}",
        "example": "example:",
        "other_example": "other example:",
        "note_sep": ": ",
        "override": "Verdict set by the consultant",
        "consultant_note": "Consultant's note",
        "machine_was": "machine verdict: {verdict}",
        "summary_total": "{total} {sources} {analysed}: {pertinent} {pertinent_w}, {automated} {automated_w} and {undecided} {undecided_w}.",
        "w_sources": ("source", "sources"),
        "w_analysed": ("analysed", "analysed"),
        "w_pertinent": ("pertinent", "pertinent"),
        "w_automated": ("probably automated", "probably automated"),
        "w_undecided": ("to review", "to review"),
        "summary_active": "Pertinent sources total {posts} posts and {comments} comments; the most active is {host} ({ppm} posts a month).",
        "summary_top_rule": "Most frequent automation signal: “{label}” ({n} {sources}).",
        "summary_errors": "{n} crawl {errors} were recorded on {hosts} {sites}.",
        "w_errors": ("error", "errors"),
        "forum_posts_line": "{n}\u00a0{w}",
        "w_threads": ("thread", "threads"),
        "w_sites": ("site", "sites"),
        "summary_empty": "No source was collected in this run.",
        "errors_by_type": "Errors by type",
        "errors_truncated": "Only the first {shown} of {total} errors are listed; the Excel workbook has them all.",
        "method_text": [
            "Every site reached from the seed sources was crawled (pages, feeds, sitemaps) and described "
            "by measures: posting rate, comments, authors, links, text similarity.",
            "Each rule below compares a measure with a threshold. Fired rules add their weight to the "
            "automation score (0 to 1) or count as a relevance signal. The verdict follows from the score; "
            "a verdict set by the consultant always wins over the machine's.",
        ],
        "generated": "Report generated on {date}",
        "chart_label": "Number of sources by verdict",
        "months": ("January", "February", "March", "April", "May", "June", "July",
                   "August", "September", "October", "November", "December"),
        "date_format": "{month} {day}, {year}",
    },
}


def strings(language: str) -> dict:
    """The string table for `language` (fr or en)."""
    try:
        return STRINGS[language]
    except KeyError:
        raise ValueError(f"unsupported report language {language!r}; use one of {LANGUAGES}") from None


def plural(language: str, n: int | None, forms: tuple[str, str]) -> str:
    """Singular or plural form; French treats 0 and 1 as singular."""
    n = n or 0
    singular = n <= 1 if language == "fr" else n == 1
    return forms[0] if singular else forms[1]


def format_number(value, language: str, digits: int = 0, trim: bool = False) -> str:
    """A number with the language's separators; `trim` drops trailing zeros; '' for None."""
    if value is None or value != value:  # NaN
        return ""
    if isinstance(value, str):
        return value
    text = f"{value:,.{digits}f}"
    if digits and trim:
        text = text.rstrip("0").rstrip(".")
    if language == "fr":
        # A narrow no-break space keeps thousands together across line wraps.
        text = text.replace(",", "\u202f").replace(".", ",")
    return text


def format_date(value, language: str) -> str:
    """A long, localised date (or the value as text if it is not a date)."""
    if isinstance(value, str):
        try:
            value = dt.datetime.fromisoformat(value)
        except ValueError:
            return value
    if not isinstance(value, (dt.date, dt.datetime)):
        return "" if value is None else str(value)
    s = strings(language)
    day = "1er" if language == "fr" and value.day == 1 else value.day
    return s["date_format"].format(day=day, month=s["months"][value.month - 1], year=value.year)


# ------------------------------------------------------------------ the workbook (sources.xlsx)
# Sheet names, column headers and the Summary sheet's text. Column keys are the machine names used
# by the per-sheet CSV files (runs/<id>/sheets/*.csv) and by `ecoaudit curate` to find the columns
# back, whatever the language of the workbook.
WORKBOOK_STRINGS: dict[str, dict] = {
    "fr": {
        "sheets": {
            "summary": "Synthèse", "pertinent": "Pertinents", "automated": "Automatisés",
            "undecided": "Indécis", "forums": "Forums", "candidates": "Candidats",
            "themes": "Thèmes", "activity": "Activité", "errors": "Erreurs de collecte",
        },
        "columns": {
            "source": "Source", "host": "Site", "verdict": "Verdict",
            "override_note": "Note du consultant", "machine_verdict": "Verdict automatique",
            "score": "Score d'automatisation", "evidence": "Éléments", "reasons": "Règles déclenchées",
            "kind": "Type", "platform": "Plateforme", "status": "Statut", "crawled": "Explorée",
            "site_name": "Nom du site", "pages": "Pages", "posts": "Billets", "comments": "Commentaires",
            "distinct_commenters": "Commentateurs distincts", "distinct_authors": "Auteurs distincts",
            "forum_threads": "Fils de discussion", "forum_posts": "Messages",
            "posts_per_month": "Billets par mois", "first_post": "Premier billet",
            "last_post": "Dernier billet", "errors": "Erreurs", "discovered_from": "Découverte depuis",
            "depth": "Distance aux sources de départ", "theme": "Thème", "sources": "Sources",
            "pertinent_sources": "Sources pertinentes", "example_url": "Exemple de billet",
            "week": "Semaine (lundi)", "url": "Adresse", "error": "Erreur",
            "status_code": "Code HTTP", "message": "Message", "pertinent": "Pertinentes",
            "automated": "Automatisées", "undecided": "Indécises", "total": "Total",
        },
        "forum_columns": {"posts_per_month": "Messages par mois", "first_post": "Premier message",
                          "last_post": "Dernier message"},
        "title": "Audit de l'écosystème web\u00a0: les sources",
        "facts": {
            "client": "Client", "sector": "Secteur", "run_id": "Collecte", "started_at": "Date de la collecte",
            "seeds": "Sources de départ", "period": "Période couverte", "sources": "Sources analysées",
            "overrides": "Verdicts fixés par le consultant", "candidates": "Candidats à examiner",
            "errors": "Erreurs de collecte",
        },
        "period": "du {first} au {last}",
        "counts": "Sources par type et par verdict",
        "how_to": "Mode d'emploi",
        "how_to_lines": [
            "Les feuilles Pertinents, Automatisés, Indécis, Forums et Candidats listent les sources. "
            "Seules les colonnes «\u00a0Verdict\u00a0» et «\u00a0Note du consultant\u00a0» (sur fond jaune) se modifient.",
            "Choisissez le verdict dans la liste déroulante\u00a0: pertinent, automated ou undecided "
            "(valeurs en anglais, comme pour la commande «\u00a0ecoaudit verdict\u00a0»). Écrivez le motif dans la note.",
            "Enregistrez le classeur, puis lancez\u00a0: ecoaudit curate {path} "
            "(avec --dry-run, la commande montre les changements sans les enregistrer).",
            "Chaque changement devient un verdict du consultant\u00a0: il l'emporte sur celui de la machine "
            "dans tous les livrables à partir de la collecte suivante, verdict automatique affiché à côté.",
            "Modifier une autre colonne, supprimer une ligne ou trier ne change rien. Une cellule de verdict "
            "vidée laisse le verdict en vigueur. Pour rendre la main à la machine\u00a0: ecoaudit verdict SITE --clear --config audit.toml",
            "Les mêmes tableaux existent en CSV (UTF-8) dans le dossier «\u00a0sheets\u00a0» de la collecte.",
        ],
        "validation_title": "Verdict",
        "validation_message": "pertinent, automated ou undecided",
        "validation_error": "Choisissez pertinent, automated ou undecided dans la liste.",
    },
    "en": {
        "sheets": {
            "summary": "Summary", "pertinent": "Pertinent", "automated": "Automated",
            "undecided": "Undecided", "forums": "Forums", "candidates": "Candidates",
            "themes": "Themes", "activity": "Activity", "errors": "Crawl errors",
        },
        "columns": {
            "source": "Source", "host": "Site", "verdict": "Verdict",
            "override_note": "Consultant's note", "machine_verdict": "Machine verdict",
            "score": "Automation score", "evidence": "Evidence", "reasons": "Rules fired",
            "kind": "Kind", "platform": "Platform", "status": "Status", "crawled": "Crawled",
            "site_name": "Site name", "pages": "Pages", "posts": "Posts", "comments": "Comments",
            "distinct_commenters": "Distinct commenters", "distinct_authors": "Distinct authors",
            "forum_threads": "Threads", "forum_posts": "Messages",
            "posts_per_month": "Posts per month", "first_post": "First post",
            "last_post": "Last post", "errors": "Errors", "discovered_from": "Discovered from",
            "depth": "Hops from the seeds", "theme": "Theme", "sources": "Sources",
            "pertinent_sources": "Pertinent sources", "example_url": "Example post",
            "week": "Week (Monday)", "url": "URL", "error": "Error",
            "status_code": "HTTP code", "message": "Message", "pertinent": "Pertinent",
            "automated": "Automated", "undecided": "Undecided", "total": "Total",
        },
        "forum_columns": {"posts_per_month": "Messages per month", "first_post": "First message",
                          "last_post": "Last message"},
        "title": "Web ecosystem audit: the sources",
        "facts": {
            "client": "Client", "sector": "Sector", "run_id": "Run", "started_at": "Crawl date",
            "seeds": "Seed sources", "period": "Period covered", "sources": "Sources analysed",
            "overrides": "Verdicts set by the consultant", "candidates": "Candidates to review",
            "errors": "Crawl errors",
        },
        "period": "{first} to {last}",
        "counts": "Sources by kind and verdict",
        "how_to": "How to use this workbook",
        "how_to_lines": [
            "The sheets Pertinent, Automated, Undecided, Forums and Candidates list the sources. "
            "Only the columns “Verdict” and “Consultant's note” (yellow) are meant to be edited.",
            "Pick the verdict from the drop-down: pertinent, automated or undecided (the same values as "
            "the “ecoaudit verdict” command). Write why in the note.",
            "Save the workbook, then run: ecoaudit curate {path} "
            "(with --dry-run, it shows the changes without recording them).",
            "Each change becomes a consultant's verdict: it wins over the machine's in every deliverable "
            "from the next run on, with the machine verdict still shown beside it.",
            "Editing another column, deleting a row or sorting changes nothing. An emptied verdict cell keeps "
            "the verdict in force. To give the machine its say again: ecoaudit verdict HOST --clear --config audit.toml",
            "The same tables are in CSV files (UTF-8) in the run's “sheets” folder.",
        ],
        "validation_title": "Verdict",
        "validation_message": "pertinent, automated or undecided",
        "validation_error": "Pick pertinent, automated or undecided from the list.",
    },
}


def workbook_strings(language: str) -> dict:
    """The workbook's string table for `language` (fr or en)."""
    try:
        return WORKBOOK_STRINGS[language]
    except KeyError:
        raise ValueError(f"unsupported report language {language!r}; use one of {LANGUAGES}") from None
