"""The ecosystem map's strings (issue 14), in French and English: the map's legend and the report
section "Carte de l'écosystème" / "Ecosystem map". Kept apart from reports/i18n.py so the section's
wording lives with it."""
from __future__ import annotations

from reports.i18n import LANGUAGES

STRINGS: dict[str, dict] = {
    "fr": {
        "heading": "Carte de l'écosystème",
        "intro": "Qui cite qui\u00a0: chaque disque est un site (une entité web), chaque trait un lien d'un site "
                 "exploré vers un autre. Les couleurs sont les communautés (des sites qui se citent surtout "
                 "entre eux), la surface d'un disque son influence.",
        "map_title": "Carte de l'écosystème\u00a0: sites, liens et communautés",
        "automated_band": "Sources automatisées",
        "legend_communities": "Communautés",
        "legend_community": "{n}",
        "legend_others": "autres",
        "legend_crawled": "site exploré, surface ∝ influence",
        "legend_sizes": "influence {a}, {b}, {c}",
        "legend_discovered": "découvert, non exploré",
        "legend_automated": "source automatisée (colonne de droite)",
        "legend_out": "exclu par le consultant",
        "legend_edges": "lien (épaisseur selon les pages qui lient)",
        "legend_edges_all": "{n} liens",
        "legend_edges_cut": "les {n} liens les plus forts sur {total}",
        "legend_labels": "noms\u00a0: les {n} sites les plus influents (sans chevauchement)",
        "legend_nodes_cut": "{n} sites sur {total} (les découverts les moins cités omis)",
        "influence_title": "{label} — influence {influence}",
        "influencers": "Les sources les plus influentes",
        "influencers_intro": "Les sources explorées classées par influence (0 à 100)\u00a0; «\u00a0liens entrants\u00a0» "
                             "compte les sources explorées distinctes qui les citent.",
        "prospects": "Sites à explorer",
        "prospects_intro": "Sites cités par les sources explorées mais pas encore explorés, classés par le nombre "
                           "de sources pertinentes qui les citent, puis de sources en tout.",
        "commenters": "Les personnes qui portent la conversation",
        "commenters_intro": "Les personnes qui écrivent sur plusieurs sources pertinentes (commentaires de blog et "
                            "messages de forum).",
        "formula_heading": "Comment l'influence est calculée",
        "formula": (
            "L'influence combine une autorité de liens et l'engagement. L'autorité est un PageRank "
            "personnalisé à la manière du TrustRank sur le graphe orienté des sites\u00a0: le poids d'un lien "
            "u\u00a0→\u00a0v est la somme, par type de lien, du nombre de pages qui lient multiplié par le poids du "
            "type (corps d'article {content}, message de forum {forum_post}, blogroll {blogroll}, commentaire "
            "{comment}), multipliée par la confiance accordée à u (source pertinente {trust_pertinent}, indécise "
            "{trust_undecided}, automatisée {trust_automated}, non explorée {trust_not_crawled}), et par "
            "{mutual_damping} quand v lie aussi u (les liens réciproques sont la matière des fermes de liens)\u00a0; "
            "ce que la confiance et l'amortissement retirent aux liens d'une source revient à la téléportation au "
            "lieu d'être réparti sur ses autres liens. "
            "La téléportation ne va qu'aux sources pertinentes explorées (facteur d'amortissement {alpha}). "
            "L'engagement est log(1 + commentaires et messages), rapporté au maximum des sources explorées. "
            "Influence = 100 × ((1 − e) × PageRank / PageRank max + e × engagement), avec e = {share}\u00a0; "
            "celle d'une source automatisée est en outre multipliée par sa confiance ({trust_automated}). "
            "Les communautés sont trouvées par l'algorithme de Louvain sur le graphe non orienté des sites "
            "explorés et découverts."
        ),
        "columns": {
            "rank": "Rang", "source": "Source", "influence": "Influence", "community": "Communauté",
            "inlinks": "Liens entrants", "pertinent_inlinks": "dont de sources pertinentes",
            "prospect_pertinent": "Sources pertinentes qui le citent", "prospect_inlinks": "Sources qui le citent",
            "verdict": "Verdict", "site": "Site", "examples": "Pages qui le citent", "linking": "Cité par",
            "person": "Personne", "sources": "Sources pertinentes", "comments": "Messages", "where": "Où",
            "signature": "Site signé", "period": "Période",
        },
        "none": "Aucun.",
        "top_note": "Les {n} premiers sur {total}\u00a0; le classeur les donne tous.",
        "map_failed": "La carte n'a pas pu être dessinée\u00a0: {error}",
    },
    "en": {
        "heading": "Ecosystem map",
        "intro": "Who cites whom: each disc is a site (a web entity), each line a link from a crawled site to "
                 "another. Colours are communities (sites that mostly cite each other); a disc's area is its "
                 "influence.",
        "map_title": "Ecosystem map: sites, links and communities",
        "automated_band": "Automated sources",
        "legend_communities": "Communities",
        "legend_community": "{n}",
        "legend_others": "others",
        "legend_crawled": "crawled site, area ∝ influence",
        "legend_sizes": "influence {a}, {b}, {c}",
        "legend_discovered": "discovered, not crawled",
        "legend_automated": "automated source (right-hand column)",
        "legend_out": "excluded by the consultant",
        "legend_edges": "link (width by linking pages)",
        "legend_edges_all": "{n} links",
        "legend_edges_cut": "the {n} strongest links of {total}",
        "legend_labels": "names: the {n} most influential sites (no overlaps)",
        "legend_nodes_cut": "{n} sites of {total} (the least-cited discovered ones left out)",
        "influence_title": "{label} — influence {influence}",
        "influencers": "The most influential sources",
        "influencers_intro": "Crawled sources ranked by influence (0 to 100); \"inlinks\" counts the distinct "
                             "crawled sources that cite them.",
        "prospects": "Sites to crawl next",
        "prospects_intro": "Sites the crawled sources cite but that were not crawled yet, ranked by how many "
                           "pertinent sources cite them, then by how many sources in all.",
        "commenters": "The people who carry the conversation",
        "commenters_intro": "People who write on several pertinent sources (blog comments and forum messages).",
        "formula_heading": "How influence is computed",
        "formula": (
            "Influence combines link authority and engagement. Authority is a TrustRank-style personalised "
            "PageRank on the directed graph of sites: the weight of a link u\u00a0→\u00a0v is the sum, over link "
            "kinds, of the number of linking pages times the kind's weight (post body {content}, forum message "
            "{forum_post}, blogroll {blogroll}, comment {comment}), times the trust given to u (pertinent source "
            "{trust_pertinent}, undecided {trust_undecided}, automated {trust_automated}, not crawled "
            "{trust_not_crawled}), times {mutual_damping} when v also links to u (reciprocal links are what link "
            "farms are made of); what trust and damping take from a source's links goes back to teleportation "
            "instead of being spread over its other links. Teleportation goes only to crawled pertinent sources (damping factor {alpha}). "
            "Engagement is log(1 + comments and forum messages), divided by the maximum over crawled sources. "
            "Influence = 100 × ((1 − e) × PageRank / max PageRank + e × engagement), with e = {share}; an "
            "automated source's is further multiplied by its trust ({trust_automated}). Communities are found "
            "by the Louvain algorithm on the undirected graph of crawled and discovered sites."
        ),
        "columns": {
            "rank": "Rank", "source": "Source", "influence": "Influence", "community": "Community",
            "inlinks": "Inlinks", "pertinent_inlinks": "from pertinent sources",
            "prospect_pertinent": "Pertinent sources citing it", "prospect_inlinks": "Sources citing it",
            "verdict": "Verdict", "site": "Site", "examples": "Pages citing it", "linking": "Cited by",
            "person": "Person", "sources": "Pertinent sources", "comments": "Messages", "where": "Where",
            "signature": "Signs with", "period": "Period",
        },
        "none": "None.",
        "top_note": "The first {n} of {total}; the workbook has them all.",
        "map_failed": "The map could not be drawn: {error}",
    },
}

def strings(language: str) -> dict:
    """The map and section strings for `language` (fr or en)."""
    if language not in LANGUAGES:
        raise ValueError(f"unsupported report language {language!r}; use one of {LANGUAGES}")
    return STRINGS[language]
