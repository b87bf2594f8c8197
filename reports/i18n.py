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
        "bands_text": "Le premier intervalle qui contient le score d'une source donne son verdict, sauf si les éléments manquent pour conclure (source non explorée, sans article, trop peu d'articles ou de messages pour un score entre 0,2 et 0,8)\u00a0: elle reste alors indécise.",
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
            "Chaque règle ci-dessous compare une mesure à un seuil. Le score d'automatisation (de 0 à 1) est une "
            "probabilité : chaque règle déclenchée de poids p multiplie la cote d'automatisation par "
            "(1 + p)/(1 − p), ou la divise s'il s'agit d'un indice de pertinence ; les poids sont "
            "ajustés puis vérifiés sur des familles de sources tenues à l'écart. Le verdict découle du score ; "
            "une source n'est laissée indécise que faute de données (moins de 5 articles ou messages), et l'on dit "
            "lesquelles. Un verdict corrigé par le consultant l'emporte toujours sur celui de la machine.",
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
        "bands_text": "The first band that holds a source's score gives its verdict, unless there is too little to conclude (source not crawled, no posts, too few posts or messages for a score between 0.2 and 0.8): it then stays undecided.",
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
            "Each rule below compares a measure with a threshold. The automation score (0 to 1) is a "
            "probability: each fired rule of weight w multiplies the odds of automation by (1 + w)/(1 − w), or "
            "divides them when it is a relevance signal; the weights are fitted, then checked on families of "
            "sources held out. The verdict follows from the score; a source is left undecided only for lack "
            "of data (under 5 posts or messages), and the verdict says which. A verdict set by the consultant "
            "always wins over the machine's.",
        ],
        "generated": "Report generated on {date}",
        "chart_label": "Number of sources by verdict",
        "months": ("January", "February", "March", "April", "May", "June", "July",
                   "August", "September", "October", "November", "December"),
        "date_format": "{month} {day}, {year}",
    },
}


# ------------------------------------------------------------------ the report's sections (issue 5)
# Merged into STRINGS below; keys here win (the report's headings grew with its sections).
REPORT_STRINGS: dict[str, dict] = {
    "fr": {
        "method": "Méthode et données",
        "chart_label": "Sources par verdict",
        "audited": "{seeds} {w_seeds}, et les sites vers lesquels elles renvoient, ont été parcourues\u00a0: "
                   "{pages} pages lues, {sources} sources identifiées, {posts} billets, {comments} commentaires "
                   "et {forum_posts} messages de forum dans {threads} fils de discussion.",
        "audited_no_count": "Les sources de départ, et les sites vers lesquels elles renvoient, ont été parcourues\u00a0: "
                            "{pages} pages lues, {sources} sources identifiées, {posts} billets, {comments} commentaires "
                            "et {forum_posts} messages de forum dans {threads} fils de discussion.",
        "audited_period": "Les publications datées vont du {first} au {last}.",
        "audited_cut": "Attention\u00a0: le parcours a été arrêté à la durée maximale fixée "
                       "(crawl.max_run_seconds) avant d'avoir tout lu\u00a0; ce rapport est partiel.",
        "w_messages": "messages", "w_replies": "réponses",
        "findings": "Constats",
        "ecosystem": "L'écosystème",
        "ecosystem_intro": "Quels sites composent l'écosystème, de quel type, et lesquels sont animés par des personnes.",
        "conversation": "Où la conversation a lieu",
        "conversation_intro": "Blogs, forums et sites d'actualité non automatisés, classés par nombre d'échanges "
                              "(commentaires et réponses dans les forums), puis par nombre de participants distincts.",
        "engagement_concentration": "Les {n} sources les plus animées réunissent {pct} des {total} échanges relevés sur {sources} sources.",
        "said": "Ce qui se dit",
        "said_intro": "Billets et messages des sources non automatisées (les contenus des sources automatisées "
                      "fausseraient les comptes).",
        "said_unavailable": "Cette collecte a été transformée par une version antérieure d'ecoaudit, qui ne gardait pas "
                            "ces analyses\u00a0: relancez la transformation de cette collecte (ecoaudit reextract) pour obtenir cette partie.",
        "themes": "Thèmes du client",
        "themes_intro": "Billets qui citent au moins un mot-clé de chaque thème défini dans la configuration de l'audit (section [themes]).",
        "themes_none": "Aucun thème n'est défini dans la configuration de l'audit.",
        "terms": "Termes les plus fréquents",
        "terms_all": "Comptés sur les {total} billets et messages, hors mots courants du français et de l'anglais "
                     "et mots de moins de trois lettres\u00a0; un terme doit apparaître sur au moins deux sources.",
        "terms_sample": "Comptés sur un échantillon fixe de {read} des {total} billets et messages, hors mots courants du "
                        "français et de l'anglais et mots de moins de trois lettres\u00a0; un terme doit apparaître sur au moins deux sources.",
        "voice": "Part de voix du client et de ses concurrents",
        "voice_intro": "Billets, commentaires et messages de forum qui nomment chaque marque de la configuration (section [brands]).",
        "voice_none": "Ni le client ni ses concurrents ne sont nommés dans les contenus collectés.",
        "voice_none_configured": "Aucune marque n'est définie dans la configuration de l'audit.",
        "voice_client": "Le client est nommé dans {pct} des mentions de marques ({n} sur {total}).",
        "voice_rival": "Le concurrent le plus cité, {brand}, en totalise {pct}.",
        "voice_detail": "{posts} billets, {comments} commentaires, {forum} messages",
        "roles": {"client": "client", "competitors": "concurrent"},
        "item_kinds": {"post": "billet", "comment": "commentaire", "forum_post": "message de forum"},
        "activity": "L'activité dans le temps",
        "activity_intro": "Publications par semaine (billets et messages de forum), par type de source\u00a0; "
                          "les sources automatisées forment une série à part.",
        "activity_period": "Période\u00a0: du {start} au {end} ({weeks} semaines).",
        "activity_none": "Aucune publication datée.",
        "spike_rule": "Règle des pics\u00a0: une semaine est signalée quand les publications des sources non automatisées "
                      "dépassent la moyenne hebdomadaire de la période plus {k} écarts-types ({mean} + {k} × {sd} = {threshold}), "
                      "avec au moins {min} publications.",
        "spikes": "Semaines de pic",
        "spikes_none": "Aucune semaine ne dépasse ce seuil.",
        "spike_threshold_label": "seuil de pic ({n})",
        "series_automated": "Sources automatisées",
        "indicators": "Indicateurs de référence",
        "indicators_intro": "Les chiffres de départ d'une stratégie\u00a0: à mesurer de nouveau, de la même façon, lors des prochaines collectes.",
        "ind_period": "Fenêtre de mesure\u00a0: les {weeks} semaines du {since} au {until}, avant la collecte.",
        "ind_pertinent": "Sources pertinentes",
        "ind_pertinent_detail": "dont {active} ont publié depuis le {since}",
        "ind_posts_week": "Publications par semaine des sources pertinentes",
        "ind_posts_week_detail": "{n} billets en {weeks} semaines",
        "ind_comments_week": "Commentaires par semaine sur les sources pertinentes",
        "ind_comments_week_detail": "{n} commentaires en {weeks} semaines",
        "ind_forum_week": "Messages de forum par semaine sur les sources pertinentes",
        "ind_forum_week_detail": "{n} messages en {weeks} semaines",
        "ind_conversations": "Conversations actives",
        "ind_conversations_detail": "{posts} billets commentés et {threads} fils de discussion avec une réponse en {weeks} semaines",
        "ind_people": "Participants actifs",
        "ind_people_detail": "personnes distinctes qui ont commenté ou répondu en {weeks} semaines (par leur nom affiché)",
        "ind_voice": "Part de voix du client",
        "ind_voice_detail": "{n} mentions du client sur {total} mentions de marques",
        "ind_automated_share": "Part des billets venant de sources automatisées",
        "ind_automated_share_detail": "{n} billets sur {total}",
        "finding_conversation": "La conversation la plus nourrie a lieu sur {host} ({kind})\u00a0: {exchanges} échanges entre {participants} participants.",
        "finding_theme": "Thème le plus présent\u00a0: «\u00a0{theme}\u00a0» ({n} billets sur {sources} sources)",
        "finding_theme_next": ", devant «\u00a0{theme}\u00a0» ({n}).",
        "finding_automated": "Ces dernières ont publié {pct} des billets collectés.",
        "finding_spike": "Pic d'activité la semaine du {week}\u00a0: {n} publications, {ratio} fois la moyenne hebdomadaire.",
        "top_n_note": "Les {n} premières sur {total} sont présentées ici\u00a0; le classeur Excel (sources.xlsx) contient la liste complète.",
        "limits_note": "Pour rester lisible sur les grands audits, le rapport montre au plus {pertinent} sources pertinentes, "
                       "{automated} automatisées et {undecided} à examiner, {errors} erreurs, {terms} termes et les {weeks} "
                       "dernières semaines d'activité\u00a0; le classeur Excel contient tout.",
        "method_data": "Données de la collecte",
        "run_counts": {"sources": "Sources", "pages": "Pages lues", "fetches": "Requêtes", "posts": "Billets",
                       "comments": "Commentaires", "forum_threads": "Fils de discussion",
                       "forum_posts": "Messages de forum", "errors": "Erreurs de collecte"},
        "why": "Pourquoi elle compte",
        "evidence": "Éléments",
        "chart_kinds": "Sources par type et par verdict",
        "chart_engagement": "Sources les plus animées",
        "chart_themes": "Billets par thème",
        "chart_terms": "Termes les plus fréquents",
        "chart_voice": "Mentions par marque",
        "chart_activity": "Publications par semaine",
        "axis_sources": "Nombre de sources",
        "axis_exchanges": "Échanges (commentaires et réponses)",
        "axis_posts": "Billets",
        "axis_occurrences": "Occurrences",
        "axis_mentions": "Mentions",
        "axis_posts_week": "Publications par semaine",
        "axis_errors": "Erreurs",
        "ind_columns": {"indicator": "Indicateur", "value": "Valeur de départ", "detail": "Détail"},
        "more_columns": {
            "rank": "Rang", "exchanges": "Échanges", "participants": "Participants", "threads": "Fils",
            "theme": "Thème", "examples": "Exemples", "term": "Terme", "occurrences": "Occurrences",
            "sources": "Sources", "brand": "Marque", "role": "Rôle", "mentions": "Mentions", "share": "Part",
            "week": "Semaine du", "publications": "Publications", "ratio": "× moyenne", "top_source": "Source la plus active",
            "last_post": "Dernière publication", "item": "Type", "figures": "Chiffres",
        },
    },
    "en": {
        "method": "Method and data",
        "chart_label": "Sources by verdict",
        "audited": "{seeds} {w_seeds}, and the sites they link to, were crawled: {pages} pages read, {sources} sources "
                   "found, {posts} posts, {comments} comments and {forum_posts} forum messages in {threads} threads.",
        "audited_no_count": "The seed sources, and the sites they link to, were crawled: {pages} pages read, {sources} "
                            "sources found, {posts} posts, {comments} comments and {forum_posts} forum messages in {threads} threads.",
        "audited_period": "Dated publications run from {first} to {last}.",
        "audited_cut": "Warning: the crawl was stopped at its time limit (crawl.max_run_seconds) "
                       "before reading everything; this report is partial.",
        "w_messages": "messages", "w_replies": "replies",
        "findings": "Findings",
        "ecosystem": "The ecosystem",
        "ecosystem_intro": "Which sites make up the ecosystem, of what kind, and which ones are run by people.",
        "conversation": "Where the conversation happens",
        "conversation_intro": "Blogs, forums and news sites not judged automated, ranked by exchanges (comments and "
                              "forum replies), then by distinct participants.",
        "engagement_concentration": "The {n} most active sources hold {pct} of the {total} exchanges found on {sources} sources.",
        "said": "What is said",
        "said_intro": "Posts and messages of the sources not judged automated (automated content would distort the counts).",
        "said_unavailable": "This run was transformed by an older version of ecoaudit, which did not keep these "
                            "analyses: re-run this run's transform (ecoaudit reextract) to get this part.",
        "themes": "The client's themes",
        "themes_intro": "Posts naming at least one keyword of each theme of the audit configuration ([themes] section).",
        "themes_none": "No theme is defined in the audit configuration.",
        "terms": "Most frequent terms",
        "terms_all": "Counted over the {total} posts and messages, leaving out common French and English words and "
                     "words under three letters; a term must appear on at least two sources.",
        "terms_sample": "Counted over a fixed sample of {read} of the {total} posts and messages, leaving out common French "
                        "and English words and words under three letters; a term must appear on at least two sources.",
        "voice": "Share of voice of the client and its competitors",
        "voice_intro": "Posts, comments and forum messages naming each brand of the configuration ([brands] section).",
        "voice_none": "Neither the client nor its competitors are named in the collected content.",
        "voice_none_configured": "No brand is defined in the audit configuration.",
        "voice_client": "The client is named in {pct} of brand mentions ({n} of {total}).",
        "voice_rival": "The most named competitor, {brand}, has {pct}.",
        "voice_detail": "{posts} posts, {comments} comments, {forum} messages",
        "roles": {"client": "client", "competitors": "competitor"},
        "item_kinds": {"post": "post", "comment": "comment", "forum_post": "forum message"},
        "activity": "Activity over time",
        "activity_intro": "Publications per week (posts and forum messages), by kind of source; automated sources are a series of their own.",
        "activity_period": "Period: {start} to {end} ({weeks} weeks).",
        "activity_none": "No dated publication.",
        "spike_rule": "Spike rule: a week is flagged when the publications of sources not judged automated exceed the "
                      "period's weekly mean plus {k} standard deviations ({mean} + {k} × {sd} = {threshold}), "
                      "with at least {min} publications.",
        "spikes": "Spike weeks",
        "spikes_none": "No week exceeds that threshold.",
        "spike_threshold_label": "spike threshold ({n})",
        "series_automated": "Automated sources",
        "indicators": "Baseline indicators",
        "indicators_intro": "A strategy's starting figures: measure them again, the same way, in the next crawls.",
        "ind_period": "Measured over the {weeks} weeks from {since} to {until}, before the crawl.",
        "ind_pertinent": "Pertinent sources",
        "ind_pertinent_detail": "of which {active} published since {since}",
        "ind_posts_week": "Publications per week of pertinent sources",
        "ind_posts_week_detail": "{n} posts in {weeks} weeks",
        "ind_comments_week": "Comments per week on pertinent sources",
        "ind_comments_week_detail": "{n} comments in {weeks} weeks",
        "ind_forum_week": "Forum messages per week on pertinent sources",
        "ind_forum_week_detail": "{n} messages in {weeks} weeks",
        "ind_conversations": "Active conversations",
        "ind_conversations_detail": "{posts} posts with comments and {threads} threads with a reply in {weeks} weeks",
        "ind_people": "Active participants",
        "ind_people_detail": "distinct people who commented or replied in {weeks} weeks (by display name)",
        "ind_voice": "Client's share of voice",
        "ind_voice_detail": "{n} mentions of the client out of {total} brand mentions",
        "ind_automated_share": "Share of posts from automated sources",
        "ind_automated_share_detail": "{n} posts of {total}",
        "finding_conversation": "The liveliest conversation is on {host} ({kind}): {exchanges} exchanges between {participants} participants.",
        "finding_theme": "Most present theme: “{theme}” ({n} posts on {sources} sources)",
        "finding_theme_next": ", ahead of “{theme}” ({n}).",
        "finding_automated": "The automated ones published {pct} of the posts collected.",
        "finding_spike": "Activity peaked in the week of {week}: {n} publications, {ratio} times the weekly mean.",
        "top_n_note": "The first {n} of {total} are shown here; the Excel workbook (sources.xlsx) has the full list.",
        "limits_note": "To stay readable for big audits, the report shows at most {pertinent} pertinent, {automated} "
                       "automated and {undecided} undecided sources, {errors} errors, {terms} terms and the last {weeks} "
                       "weeks of activity; the Excel workbook has everything.",
        "method_data": "The crawl's data",
        "run_counts": {"sources": "Sources", "pages": "Pages read", "fetches": "Requests", "posts": "Posts",
                       "comments": "Comments", "forum_threads": "Forum threads", "forum_posts": "Forum messages",
                       "errors": "Crawl errors"},
        "why": "Why it matters",
        "evidence": "Evidence",
        "chart_kinds": "Sources by kind and verdict",
        "chart_engagement": "Most active sources",
        "chart_themes": "Posts per theme",
        "chart_terms": "Most frequent terms",
        "chart_voice": "Mentions per brand",
        "chart_activity": "Publications per week",
        "axis_sources": "Number of sources",
        "axis_exchanges": "Exchanges (comments and replies)",
        "axis_posts": "Posts",
        "axis_occurrences": "Occurrences",
        "axis_mentions": "Mentions",
        "axis_posts_week": "Publications per week",
        "axis_errors": "Errors",
        "ind_columns": {"indicator": "Indicator", "value": "Baseline", "detail": "Detail"},
        "more_columns": {
            "rank": "Rank", "exchanges": "Exchanges", "participants": "Participants", "threads": "Threads",
            "theme": "Theme", "examples": "Examples", "term": "Term", "occurrences": "Occurrences",
            "sources": "Sources", "brand": "Brand", "role": "Role", "mentions": "Mentions", "share": "Share",
            "week": "Week of", "publications": "Publications", "ratio": "× mean", "top_source": "Most active source",
            "last_post": "Last publication", "item": "Kind", "figures": "Figures",
        },
    },
}
for _language, _strings in REPORT_STRINGS.items():
    STRINGS[_language].update(_strings)


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
            "changes": "Changements", "prospects": "Prospects", "links": "Liens",
        },
        "columns": {
            "change": "Changement", "before": "Avant", "after": "Après", "description": "Description",
            "subject": "Objet", "detail": "Détail",
            "source": "Source", "host": "Site", "verdict": "Verdict",
            "override_note": "Note du consultant", "machine_verdict": "Verdict automatique",
            "score": "Score d'automatisation", "evidence": "Éléments", "reasons": "Règles déclenchées",
            "kind": "Type", "kind_from": "Type d'après", "platform": "Plateforme", "status": "Statut", "crawled": "Explorée",
            "site_name": "Nom du site", "pages": "Pages", "posts": "Billets", "comments": "Commentaires",
            "distinct_commenters": "Commentateurs distincts", "distinct_authors": "Auteurs distincts",
            "forum_threads": "Fils de discussion", "forum_posts": "Messages",
            "posts_per_month": "Billets par mois", "first_post": "Premier billet",
            "last_post": "Dernier billet", "errors": "Erreurs", "discovered_from": "Découverte depuis",
            "theme_share": "Part des billets sur les thèmes du client",
            "depth": "Distance aux sources de départ", "theme": "Thème", "sources": "Sources",
            "pertinent_sources": "Sources pertinentes", "example_url": "Exemple de billet",
            "week": "Semaine (lundi)", "url": "Adresse", "error": "Erreur",
            "status_code": "Code HTTP", "message": "Message", "pertinent": "Pertinentes",
            "automated": "Automatisées", "undecided": "Indécises", "total": "Total",
            "from_entity": "Site qui lie", "to_entity": "Site lié", "link_kind": "Type de lien",
            "links": "Liens", "example_from_url": "Exemple de page qui lie", "example_to_url": "Exemple de lien",
            "from_verdict": "Verdict du site qui lie", "to_verdict": "Verdict du site lié",
            "rank": "Rang", "entity": "Entité web", "pertinent_inlinks": "Sources pertinentes qui le citent",
            "inlinks": "Sources qui le citent", "linking_sources": "Cité par",
            "example_pages": "Exemples de pages qui le citent", "first_seen_run": "Vu pour la première fois (collecte)",
        },
        "forum_columns": {"posts_per_month": "Messages par mois", "first_post": "Premier message",
                          "last_post": "Dernier message"},
        "link_columns": {"pages": "Pages qui lient"},
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
        "validation_message": "pertinent, automated ou undecided ; out : hors de l'écosystème",
        "validation_error": "Choisissez pertinent, automated, undecided ou out dans la liste.",
    },
    "en": {
        "sheets": {
            "summary": "Summary", "pertinent": "Pertinent", "automated": "Automated",
            "undecided": "Undecided", "forums": "Forums", "candidates": "Candidates",
            "themes": "Themes", "activity": "Activity", "errors": "Crawl errors",
            "changes": "Changes", "prospects": "Prospects", "links": "Links",
        },
        "columns": {
            "change": "Change", "before": "Before", "after": "After", "description": "Description",
            "subject": "Subject", "detail": "Detail",
            "source": "Source", "host": "Site", "verdict": "Verdict",
            "override_note": "Consultant's note", "machine_verdict": "Machine verdict",
            "score": "Automation score", "evidence": "Evidence", "reasons": "Rules fired",
            "kind": "Kind", "kind_from": "Kind from", "platform": "Platform", "status": "Status", "crawled": "Crawled",
            "site_name": "Site name", "pages": "Pages", "posts": "Posts", "comments": "Comments",
            "distinct_commenters": "Distinct commenters", "distinct_authors": "Distinct authors",
            "forum_threads": "Threads", "forum_posts": "Messages",
            "posts_per_month": "Posts per month", "first_post": "First post",
            "last_post": "Last post", "errors": "Errors", "discovered_from": "Discovered from",
            "theme_share": "Share of posts on the client's themes",
            "depth": "Hops from the seeds", "theme": "Theme", "sources": "Sources",
            "pertinent_sources": "Pertinent sources", "example_url": "Example post",
            "week": "Week (Monday)", "url": "URL", "error": "Error",
            "status_code": "HTTP code", "message": "Message", "pertinent": "Pertinent",
            "automated": "Automated", "undecided": "Undecided", "total": "Total",
            "from_entity": "Linking site", "to_entity": "Linked site", "link_kind": "Kind of link",
            "links": "Links", "example_from_url": "Example linking page", "example_to_url": "Example link",
            "from_verdict": "Linking site's verdict", "to_verdict": "Linked site's verdict",
            "rank": "Rank", "entity": "Web entity", "pertinent_inlinks": "Pertinent sources citing it",
            "inlinks": "Sources citing it", "linking_sources": "Cited by",
            "example_pages": "Example pages citing it", "first_seen_run": "First seen (run)",
        },
        "forum_columns": {"posts_per_month": "Messages per month", "first_post": "First message",
                          "last_post": "Last message"},
        "link_columns": {"pages": "Linking pages"},
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
        "validation_message": "pertinent, automated or undecided; out: not part of the ecosystem",
        "validation_error": "Pick pertinent, automated, undecided or out from the list.",
    },
}


def workbook_strings(language: str) -> dict:
    """The workbook's string table for `language` (fr or en)."""
    try:
        return WORKBOOK_STRINGS[language]
    except KeyError:
        raise ValueError(f"unsupported report language {language!r}; use one of {LANGUAGES}") from None


# ------------------------------------------------------------------ what changed since the last audit
# reports/changes.py: the report's "Since the last audit" section, changes.csv's descriptions.
CHANGE_STRINGS: dict[str, dict] = {
    "fr": {
        "heading": "Depuis le dernier audit",
        "intro": "Comparaison avec la collecte {previous} du {date}.",
        "first": "Premier audit de ce client\u00a0: rien à comparer.",
        "nothing": "Aucun changement notable depuis la collecte {previous}.",
        "more": "… et {n} de plus dans changes.csv et l'onglet Changements.",
        "kinds": {
            "new_source": "Nouvelles sources", "vanished_source": "Sources disparues",
            "silent_source": "Sources devenues silencieuses", "verdict_changed": "Verdicts de la machine changés",
            "override_changed": "Verdicts du consultant changés", "activity_up": "Activité en hausse",
            "activity_down": "Activité en baisse", "spike": "Pics d'activité",
            "busy_new_thread": "Nouvelles discussions animées", "new_mention": "Nouvelles mentions des marques",
        },
        "lines": {
            "new_source": "{host}\u00a0: nouvelle source ({after})",
            "vanished_source": "{host}\u00a0: {after} (était {before})",
            "silent_source": "{host}\u00a0: plus rien publié depuis le {after}",
            "verdict_changed": "{host}\u00a0: {before} → {after}",
            "override_changed": "{host}\u00a0: {before} → {after}",
            "activity_up": "{host}\u00a0: {before} → {after} contributions sur {detail}",
            "activity_down": "{host}\u00a0: {before} → {after} contributions sur {detail}",
            "spike": "{host}\u00a0: {after} contributions la semaine du {subject} (d'habitude {before})",
            "busy_new_thread": "{host}\u00a0: {after} réponses à {url}",
            "new_mention": "{host}\u00a0: {after} ({detail}) dans {url}",
        },
        "values": {"absent": "absente de cette collecte", "not_crawled": "non atteinte", "none": "aucun",
                   "client": "client", "competitors": "concurrent", "weeks": "semaines"},
    },
    "en": {
        "heading": "Since the last audit",
        "intro": "Compared with run {previous} of {date}.",
        "first": "This client's first audit: nothing to compare with.",
        "nothing": "No notable change since run {previous}.",
        "more": "… and {n} more in changes.csv and the Changes sheet.",
        "kinds": {
            "new_source": "New sources", "vanished_source": "Sources that vanished",
            "silent_source": "Sources gone silent", "verdict_changed": "Machine verdicts changed",
            "override_changed": "Consultant verdicts changed", "activity_up": "Activity up",
            "activity_down": "Activity down", "spike": "Activity spikes",
            "busy_new_thread": "Busy new threads", "new_mention": "New brand mentions",
        },
        "lines": {
            "new_source": "{host}: new source ({after})",
            "vanished_source": "{host}: {after} (was {before})",
            "silent_source": "{host}: nothing published since {after}",
            "verdict_changed": "{host}: {before} → {after}",
            "override_changed": "{host}: {before} → {after}",
            "activity_up": "{host}: {before} → {after} contributions over {detail}",
            "activity_down": "{host}: {before} → {after} contributions over {detail}",
            "spike": "{host}: {after} contributions in the week of {subject} (usually {before})",
            "busy_new_thread": "{host}: {after} replies to {url}",
            "new_mention": "{host}: {after} ({detail}) in {url}",
        },
        "values": {"absent": "absent from this run", "not_crawled": "not reached", "none": "none",
                   "client": "client", "competitors": "competitor", "weeks": "weeks"},
    },
}
