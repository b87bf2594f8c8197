"""Near-duplicate measure (word 5-shingles, Jaccard) and the article spinner of the spun-copy splogs."""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from itertools import chain
from random import Random

_WORD = re.compile(r"\w+")


def shingles(text: str, k: int = 5) -> set[tuple[str, ...]]:
    w = _WORD.findall(text.lower())
    return {tuple(w[i:i + k]) for i in range(max(0, len(w) - k + 1))}


def jaccard(a: str | set, b: str | set) -> float:
    sa = a if isinstance(a, set) else shingles(a)
    sb = b if isinstance(b, set) else shingles(b)
    return len(sa & sb) / len(sa | sb) if sa or sb else 1.0


class DuplicateGuard:
    """Refuses a text whose Jaccard with any accepted text reaches `limit` (keeps genuine posts distinct)."""

    def __init__(self, limit: float = 0.15):
        self.limit = limit
        self._index: dict[tuple, list[int]] = defaultdict(list)
        self._sizes: list[int] = []

    def accepts(self, text: str) -> bool:
        sh = shingles(text)
        get, none = self._index.get, ()
        counts = Counter(chain.from_iterable([get(s, none) for s in sh]))
        n, sizes, limit = len(sh), self._sizes, self.limit
        return all(c / (n + sizes[i] - c) < limit for i, c in counts.items())

    def add(self, text: str) -> None:
        sh = shingles(text)
        for s in sh:
            self._index[s].append(len(self._sizes))
        self._sizes.append(len(sh))


# Word swaps a spinner would make; keys are lower-case words.
SYNONYMS: dict[str, list[str]] = {
    "placement": ["investissement", "produit d'épargne"], "placements": ["investissements", "produits"],
    "rendement": ["rentabilité", "performance"], "épargnants": ["investisseurs", "particuliers"],
    "souvent": ["fréquemment", "régulièrement"], "environ": ["approximativement", "à peu près"],
    "permet": ["autorise", "offre la possibilité"], "contrat": ["produit", "support"],
    "contrats": ["produits", "supports"], "impôt": ["imposition", "fiscalité"], "revenus": ["gains", "recettes"],
    "capital": ["patrimoine", "pécule"], "aujourd'hui": ["actuellement", "désormais"],
    "beaucoup": ["énormément", "grandement"], "mais": ["cependant", "toutefois"], "donc": ["par conséquent", "ainsi"],
    "très": ["extrêmement", "vraiment"], "frais": ["coûts", "commissions"], "bien": ["logement", "actif"],
    "taux": ["pourcentage", "niveau"], "prix": ["tarif", "coût"], "banque": ["établissement", "enseigne"],
    "achat": ["acquisition", "investissement"], "acheter": ["acquérir", "s'offrir"], "vendre": ["céder", "revendre"],
    "important": ["majeur", "essentiel"], "intéressant": ["attractif", "avantageux"], "simple": ["facile", "basique"],
    "année": ["période", "exercice"], "ans": ["années", "ans révolus"], "mois": ["mois calendaires", "mensualités"],
    "loyers": ["revenus locatifs", "locations"], "loyer": ["revenu locatif", "prix de location"],
    "locataire": ["occupant", "preneur"], "propriétaire": ["bailleur", "détenteur"],
    "clients": ["épargnants", "particuliers"], "client": ["épargnant", "particulier"],
    "choisir": ["sélectionner", "opter pour"], "garder": ["conserver", "détenir"], "payer": ["régler", "acquitter"],
    "baisse": ["diminution", "recul"], "hausse": ["augmentation", "progression"], "fin": ["terme", "issue"],
    "avant": ["préalablement à", "auparavant"], "après": ["suite à", "à la suite de"], "pour": ["afin de", "dans le but de"],
    "avec": ["grâce à", "au moyen de"], "sans": ["dépourvu de", "hors"], "plus": ["davantage", "encore plus"],
    "retraite": ["pension", "fin de carrière"], "enfants": ["descendants", "héritiers"], "argent": ["fonds", "liquidités"],
    "économiser": ["épargner", "mettre de côté"], "entre": ["parmi", "au sein de"], "reste": ["demeure", "subsiste"],
    "chaque": ["tout", "n'importe quel"], "part": ["fraction", "portion"], "parts": ["fractions", "portions"],
    "risque": ["danger", "aléa"], "marché": ["secteur", "marché financier"], "gestion": ["administration", "pilotage"],
    "fiscalité": ["imposition", "taxation"], "droits": ["taxes", "prélèvements"], "valeur": ["montant", "prix"],
    "déduire": ["retrancher", "soustraire"], "versement": ["dépôt", "apport"], "versements": ["dépôts", "apports"],
    "emprunt": ["crédit", "prêt bancaire"], "prêt": ["crédit", "financement"], "nombreux": ["multiples", "innombrables"],
    "grande": ["vaste", "importante"], "petit": ["modeste", "minuscule"], "nouvelle": ["récente", "inédite"],
}
_FILLERS = ["vraiment", "clairement", "en réalité", "assurément", "bien sûr", "finalement", "évidemment"]
_SENT = re.compile(r"(?<=[.!?])\s+")


def spin_sentence(s: str, rng: Random, p: float, filler: float) -> str:
    out = []
    for tok in s.split(" "):
        core = tok.strip(".,;:!?«»()")
        key = core.lower()
        if key in SYNONYMS and rng.random() < p:
            rep = rng.choice(SYNONYMS[key])
            if core[:1].isupper():
                rep = rep[:1].upper() + rep[1:]
            tok = tok.replace(core, rep, 1)
        out.append(tok)
        if rng.random() < filler and not tok.endswith((".", "?", "!")):
            out.append(rng.choice(_FILLERS))
    return " ".join(out)


def spin(paragraphs: list[str], rng: Random, lo: float = 0.28, hi: float = 0.5) -> list[str]:
    """Swap words for synonyms, add fillers and shuffle sentences until 5-shingle Jaccard lands in [lo, hi]."""
    original = " ".join(paragraphs)
    best, best_gap = paragraphs, 2.0
    for step in range(12):
        p, filler = 0.25 + 0.06 * step, 0.02 + 0.015 * step
        out = []
        for para in paragraphs:
            sents = _SENT.split(para)
            rng.shuffle(sents)
            out.append(" ".join(spin_sentence(s, rng, p, filler) for s in sents))
        rng.shuffle(out)
        j = jaccard(original, " ".join(out))
        if lo <= j <= hi:
            return out
        gap = min(abs(j - lo), abs(j - hi))
        if gap < best_gap:
            best, best_gap = out, gap
    return best
