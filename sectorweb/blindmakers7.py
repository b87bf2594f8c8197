"""Blind families of the evaluation web, round 7: behaviours written by someone who had not read the rules.

Like the six rounds before (`blindmakers.py` ... `blindmakers6.py`), these four families were designed from how the
real French wealth-management web behaves, without reading what the classifier measures (its rules, thresholds,
seeds, notes or figures), so that their figures are an honest held-out measurement (`evaluation.BLIND_FAMILIES`).
Two genuine and two automated sources; each is a hard case:

- `brand_community_forum` (genuine forum): the official customer community ("Communauté", "Entraide") of a French
  online bank, insurer or broker: customers ask, mostly once; a few staff accounts marked as such ("Léa - Équipe
  Service Client", "Conseiller Thomas") answer most threads at office hours, each with the same greeting and the same
  sign-off every time ("Bonjour X, merci pour votre message." ... "Belle journée, Léa"), often with a canned macro
  word for word and a link to the firm's FAQ, or sending the customer to the secure messaging; threads marked solved
  in the title; a few "super-utilisateurs" (power members) answer too, evenings and weekends; the community manager's
  announcements (maintenance, new app version, phishing warnings, the tax documents); incident days when many
  customers ask at once and get the same incident message; ideas voted "+1";
- `podcast_notes_blog` (genuine blog): the site of a personal-finance or wealth podcast: one post per episode, weekly
  or fortnightly on one weekday (often at the hosting platform's minute), some weeks skipped, a summer season break;
  short show notes on one skeleton (summary, the guest's bio, timestamps "00:00 Introduction", the listening links to
  Apple Podcasts, Spotify, Deezer, YouTube..., the resources mentioned), now and then a transcript excerpt, a
  sponsor's read, bonus episodes; the host (and a co-host) signing; listeners' comments on some episodes, answered;
- `ai_persona_blog` (automated blog): a blog an LLM writes under an invented persona ("Julien, conseiller patrimonial
  depuis 15 ans"): fluent unique listicles and guides on SEO keywords with a FAQ block and the LLM's tics, one to
  three posts a day around fixed slots with a jitter, an invented bio, generated comments (varied first names, no
  URL) praising and asking an easy question the "author" answers, affiliate or lead-generation links to one partner
  woven into some posts, images credited to stock sites;
- `scam_funnel_site` (automated blog): an investment-scam funnel (a "livret boosté", crypto, or "gestion de
  portefeuille" at a guaranteed rate, no AMF or ORIAS registration): "analyses", "success stories" and offers pushing
  the reader to a WhatsApp or Telegram group or to a "conseiller"'s phone number; testimonial comments from a small
  pool of texts repeated across posts under rotating names; genuine regulators' warnings and the audit's newsrooms'
  articles copied to look serious; bursts of posts then silence, on a recently registered domain.

`MAKERS[params["maker"]](src, guard, content)` makes a source's content (`content`: the sources made so far, by
host). Every draw comes from `rng_for(host, ...)`: deterministic. No maker here changes another source's content (the
scam copies the newsrooms' texts, never their objects).
"""
from __future__ import annotations

import math
import string
import zlib
from datetime import date, datetime, timedelta
from random import Random

from sectorweb import bank
from sectorweb.bank_topics import TOPICS
from sectorweb.blindmakers import _at, _cap, _minute, _tidy_blog, _tidy_threads
from sectorweb.blindmakers2 import _unique
from sectorweb.blindmakers5 import _own_text, official_events
from sectorweb.content import _finish_forum, _number_comments, _number_posts, hash_name, rng_for
from sectorweb.dates import MOIS, NOW, fr_date
from sectorweb.families import make_slug, permalink
from sectorweb.model import Blog, Board, Comment, Forum, Message, Post, Thread
from sectorweb.sources import Source
from sectorweb.spin import DuplicateGuard
from sectorweb.writer import Writer, fmt_int

# The bank's women's first names and a few more (titles agree with them).
WOMEN = {"Sophie", "Nathalie", "Isabelle", "Claire", "Élodie", "Valérie", "Sandrine", "Aurélie", "Céline", "Émilie",
         "Camille", "Hélène", "Fatima", "Sylvie", "Martine", "Anne", "Delphine", "Chantal", "Léa", "Agnès", "Nadia",
         "Catherine", "Brigitte", "Lucie", "Patricia", "Josiane", "Virginie", "Monique", "Inès", "Julie", "Manon",
         "Marion", "Laura", "Chloé", "Sarah", "Pauline", "Margaux", "Amandine", "Océane", "Justine", "Emma", "Marie"}
# First names of younger staff and readers, beside the bank's.
MORE_FIRST = ["Julie", "Manon", "Marion", "Laura", "Chloé", "Sarah", "Pauline", "Margaux", "Amandine", "Océane",
              "Justine", "Emma", "Marie", "Kevin", "Maxime", "Romain", "Florian", "Quentin", "Alexandre", "Lucas",
              "Théo", "Adrien", "Yanis", "Bastien", "Jordan", "Anthony", "Dylan", "Enzo", "Louis", "Paul"]
PUBLIC_HOLIDAYS = {(1, 1), (5, 1), (5, 8), (7, 14), (8, 15), (11, 1), (11, 11), (12, 25)}


def _de(name: str) -> str:
    """`de Marc`, `d'Élodie`."""
    return f"d'{name}" if name[:1].lower() in "aeiouyéèêâîôh" else f"de {name}"


def _dated_unique(title: str, taken: set[str], when: datetime) -> str:
    """A title not yet taken: as it is, else with its year, its month, then a number."""
    for cand in (title, f"{title} ({when.year})", f"{title} ({MOIS[when.month - 1]} {when.year})"):
        if cand not in taken:
            taken.add(cand)
            return cand
    return _unique(title, taken)


def _lc(s: str) -> str:
    return s[:1].lower() + s[1:]


def _slug(text: str) -> str:
    return make_slug("wordpress", text, set())


def _woman(first: str) -> bool:
    return first in WOMEN


def _token(rng: Random, n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


# == the brand's customer community =================================================================================
# Boards by the firm's trade: 0 the announcements, 1 the operations, 2 the app, 3 the savings, 4 the ideas.
COMMUNITY_BOARDS = {
    "banque": [("Annonces de l'équipe", "Nouveautés, maintenances et informations importantes."),
               ("Comptes, cartes et paiements", "Ouverture, virements, cartes, plafonds, documents."),
               ("Application et espace client", "Connexion, authentification, bugs et astuces de l'application."),
               ("Épargne et placements", "Livrets, assurance-vie, PEA : échangez entre clients."),
               ("Idées et suggestions", "Proposez vos idées et votez pour celles des autres.")],
    "assurance": [("Annonces de l'équipe", "Nouveautés, maintenances et informations importantes."),
                  ("Mon contrat : versements, rachats, arbitrages", "Les opérations sur votre contrat, pas à pas."),
                  ("Espace client et application", "Connexion, documents, signature électronique."),
                  ("Épargne, retraite et transmission", "Assurance-vie, PER, clause bénéficiaire : parlons-en."),
                  ("Idées et suggestions", "Proposez vos idées et votez pour celles des autres.")],
    "courtier": [("Annonces de l'équipe", "Nouveautés, maintenances et informations importantes."),
                 ("Ordres, frais et fiscalité", "Passage d'ordres, frais de courtage, IFU, transferts."),
                 ("Plateforme et application", "Connexion, cotations, bugs et astuces de la plateforme."),
                 ("Stratégies et placements", "PEA, ETF, actions : échangez entre investisseurs."),
                 ("Idées et suggestions", "Proposez vos idées et votez pour celles des autres.")],
}
# The customers' other banks, as they name them.
OTHER_BANKS = ["ma banque principale", "mon ancienne banque", "mon compte joint", "La Banque Postale", "mon compte pro",
               "ma banque traditionnelle", "mon compte au Crédit Agricole", "mon compte à la Caisse d'Épargne"]
# Support themes: the trades they concern, the board, the FAQ page the staff link, and the cases: (titles, the
# customer's words, the staff's answer), all spun.
SUPPORT = {
    "virement": {"kinds": {"banque"}, "board": 1, "faq": "Délais et plafonds des virements", "cases": [
        (["Virement non reçu", "Virement toujours pas arrivé", "Virement en attente depuis {nb} jours",
          "Délai d'un virement vers {autre}"],
         ["[Bonjour,|Bonjour à tous,] j'ai fait un virement de {montant2} [depuis|vers] {autre} [lundi|mardi|hier "
          "matin|il y a {nb} jours] et [il n'apparaît toujours pas|je ne le vois nulle part] dans l'appli. [C'est "
          "normal ?|Quelqu'un a déjà eu le cas ?|Je commence à m'inquiéter.]"],
         "Un virement SEPA classique [met en général|prend habituellement] un à trois jours ouvrés [pour arriver|à être "
         "crédité], hors week-end et jours fériés. [S'il a été émis un vendredi après-midi|Si l'ordre est parti après "
         "l'heure limite], il n'est traité que le jour ouvré suivant."),
        (["Virement instantané refusé", "Plafond des virements instantanés", "Virement instantané impossible"],
         ["[Bonsoir,|Bonjour,] [mon virement instantané|un virement instantané de {montant2}] a été refusé [sans "
          "explication|avec un message d'erreur] alors que [le plafond n'est pas atteint|j'ai le solde]. [Une idée ?|"
          "Des pistes ?|Merci d'avance.]"],
         "Les virements instantanés sont soumis à un plafond [par opération et par jour|quotidien] : vous pouvez [le "
         "vérifier|l'ajuster] dans l'application, [rubrique Plafonds|menu Profil puis Plafonds].")]},
    "carte": {"kinds": {"banque"}, "board": 1, "faq": "Votre carte bancaire", "cases": [
        (["Carte refusée [à l'étranger|en magasin|sur internet]", "Paiement refusé alors que le compte est approvisionné",
          "Augmenter le plafond de ma carte"],
         ["[Bonjour,|Hello,] ma carte a été refusée [hier|ce week-end|ce matin] [chez un commerçant|sur un site "
          "marchand|dans une station-service] [alors que j'ai de l'argent sur le compte|sans raison]. [Quelqu'un sait "
          "pourquoi ?|C'est arrivé à quelqu'un ?]"],
         "Un refus peut venir [du plafond de paiement|du plafond glissant sur 30 jours], [d'un paiement à distance "
         "désactivé|de l'option paiement à l'étranger] ou d'un contrôle de sécurité : [tout se règle|vous pouvez tout "
         "vérifier] dans l'application, rubrique Carte."),
        (["Nouvelle carte pas reçue", "Carte de renouvellement toujours pas arrivée", "Délai de réception de la carte"],
         ["[Bonjour,|Bonjour à tous,] [j'ai commandé|on m'a envoyé] une nouvelle carte il y a {nb} jours et [toujours "
          "rien dans la boîte aux lettres|elle n'est pas arrivée]. [Combien de temps faut-il compter ?|Je fais "
          "opposition ?]"],
         "[Le délai d'acheminement|Le délai de réception] d'une carte est [en général|habituellement] de cinq à dix "
         "jours ouvrés. [Passé ce délai|Au-delà], [faites opposition|mettez la carte en opposition] depuis "
         "l'application : une nouvelle carte vous sera envoyée sans frais.")]},
    "connexion": {"kinds": {"banque", "assurance", "courtier"}, "board": 2, "faq": "Problèmes de connexion", "cases": [
        (["Appli qui plante au démarrage", "L'application se ferme toute seule", "Déconnexions en boucle",
          "Bug depuis la mise à jour"],
         ["[Bonjour,|Bonsoir,] depuis [la dernière mise à jour|hier soir|ce matin] l'application [se ferme toute "
          "seule|reste bloquée sur l'écran de chargement|me déconnecte en boucle] [sur mon {tel}|sur Android|sur "
          "iPhone]. [J'ai déjà désinstallé et réinstallé.|Redémarrage fait, rien à faire.]"],
         "[Dans la plupart des cas|Le plus souvent], [vider le cache de l'application|mettre à jour l'application et "
         "le système] [règle le problème|suffit]. [Si ce n'est pas le cas|Sinon], [indiquez-moi le modèle de votre "
         "téléphone|précisez-moi votre version d'application] et je fais remonter à nos équipes techniques."),
        (["Code de validation non reçu par SMS", "Changement de téléphone et authentification forte",
          "Impossible de valider sur mon nouveau téléphone"],
         ["[Bonjour,|Hello,] je viens de changer de téléphone et [je ne reçois plus le code|l'application me demande "
          "de valider sur l'ancien appareil]. [Comment faire ?|Je suis bloqué.|Quelqu'un a une solution ?]"],
         "Lors d'un changement de téléphone, il faut [réactiver|réenrôler] votre nouvel appareil : [la procédure se "
         "lance|vous pouvez lancer la procédure] depuis l'écran de connexion, [lien « Nouvel appareil »|bouton « J'ai "
         "changé de téléphone »], avec un code reçu par courrier ou par SMS.")]},
    "documents": {"kinds": {"banque", "assurance", "courtier"}, "board": 2, "faq": "Retrouver vos documents", "cases": [
        (["Où trouver mon relevé annuel ?", "Attestation pour ma déclaration", "Relevés de plus de {nb} ans"],
         ["[Bonjour,|Bonjour à tous,] je cherche [mon relevé annuel|une attestation|mes anciens relevés de {annee}] "
          "[pour ma déclaration d'impôts|pour mon notaire|pour un dossier de prêt] et je ne trouve rien dans l'espace "
          "client. [Ils sont où ?|Une idée ?]"],
         "Tous vos documents sont [disponibles|regroupés] dans votre espace client, [rubrique Documents|onglet Mes "
         "documents], [classés par année|triés par type] ; [ils sont conservés|vous pouvez y remonter] [dix ans|"
         "jusqu'à dix ans en arrière]."),
        (["Récupérer un RIB", "Télécharger un RIB depuis l'appli", "Attestation de détention"],
         ["[Bonsoir,|Bonjour,] [question bête|petite question] : comment on télécharge [un RIB|une attestation de "
          "détention] [depuis l'appli|sur le site] ? [Merci !|Merci d'avance.]"],
         "[Le RIB|L'attestation] se télécharge [en deux clics|directement] [depuis la fiche de votre compte|depuis le "
         "menu du compte concerné], [bouton Télécharger|icône Partager].")]},
    "ifu": {"kinds": {"banque", "courtier", "assurance"}, "board": 1, "faq": "Votre imprimé fiscal unique (IFU)",
            "cases": [
        (["IFU {an} pas encore disponible", "Quand arrive l'IFU ?", "IFU introuvable"],
         ["[Bonjour,|Bonjour à tous,] [l'IFU n'est toujours pas dans mon espace|je n'ai pas reçu mon IFU] et [la "
          "déclaration ouvre bientôt|je voudrais déclarer ce week-end]. [Vous savez quand il arrive ?|C'est normal ?]"],
         "Les IFU sont [mis à disposition|publiés] [dans votre espace client|dans la rubrique Documents] [au plus tard "
         "mi-mars|courant mars], [avant l'ouverture|bien avant la date limite] de la déclaration en ligne."),
        (["Erreur dans l'IFU ?", "Montants de l'IFU et déclaration", "IFU rectificatif"],
         ["[Bonjour,|Bonsoir,] [le montant des dividendes|la plus-value] de mon IFU ne correspond pas à mes calculs "
          "({petit} d'écart). [Quelqu'un a eu le cas ?|Je dois corriger moi-même ?]"],
         "[L'IFU reprend|L'IFU retrace] les opérations [de l'année civile|au 31 décembre] : [un écart vient souvent|la "
         "différence vient souvent] [des frais|des dividendes étrangers|de la date de règlement]. [Si l'écart "
         "persiste|S'il reste un doute], [un IFU rectificatif peut être émis|nous vérifierons].")]},
    "versement": {"kinds": {"assurance", "banque", "courtier"}, "board": 1, "faq": "Versements libres et programmés",
                  "cases": [
        (["Versement libre pas encore investi", "Délai d'investissement d'un versement", "Versement toujours en attente"],
         ["[Bonjour,|Bonjour à tous,] j'ai fait un versement de {montant2} [le {nb} du mois|il y a {nb} jours] et [il "
          "apparaît toujours en attente|il n'est pas encore investi sur les supports]. [C'est long, non ?|C'est "
          "normal ?]"],
         "[Un versement est investi|Les versements sont investis] [sous trois à cinq jours ouvrés|après encaissement du "
         "prélèvement], [le temps de l'encaissement|selon la date de valeur des supports]. [Il apparaît en attente|Il "
         "reste « en cours »] jusque-là."),
        (["Modifier mes versements programmés", "Suspendre les versements programmés", "Versement programmé : "
          "changer le montant"],
         ["[Bonjour,|Bonsoir,] comment [modifier|suspendre] mes versements programmés [sans tout arrêter|pour quelques "
          "mois] ? [Je ne trouve pas le bouton.|Merci d'avance.]"],
         "Vous pouvez [modifier, suspendre ou reprendre|ajuster] vos versements programmés [à tout moment|sans frais] "
         "depuis [votre espace client|l'application], [rubrique Opérations|menu de votre contrat].")]},
    "rachat": {"kinds": {"assurance"}, "board": 1, "faq": "Rachats partiels et totaux", "cases": [
        (["Délai de rachat partiel", "Rachat demandé il y a {nb} jours", "Rachat partiel : quand vais-je recevoir les "
          "fonds ?"],
         ["[Bonjour,|Bonjour à tous,] j'ai demandé un rachat partiel de {montant2} [le {nb}|il y a {nb} jours] et "
          "[rien sur mon compte|toujours « en cours »]. [Quel est le délai normal ?|Combien de temps ça prend chez "
          "vous ?]"],
         "[Le délai de traitement|Le délai de versement] d'un rachat est [en général|habituellement] de [quelques "
         "jours|cinq à dix jours ouvrés] [après réception d'une demande complète|une fois les pièces validées]. [Le "
         "délai légal maximum|Le maximum prévu par la loi] est d'un mois."),
        (["Fiscalité d'un rachat", "Rachat : quelle part est imposée ?"],
         ["[Bonsoir,|Bonjour,] [sur un rachat|pour un retrait] de {montant2}, [quel montant sera imposé ?|comment est "
          "calculée la part d'intérêts ?] [Le contrat a {nb} ans.|J'ai ouvert en {annee}.]"],
         "Seule la part de [gains|plus-values et intérêts] contenue dans le rachat est imposable, jamais le capital "
         "versé ; [après huit ans|au-delà de huit ans], un abattement annuel [s'applique|s'y ajoute].")]},
    "clause": {"kinds": {"assurance"}, "board": 3, "faq": "La clause bénéficiaire", "cases": [
        (["Modifier la clause bénéficiaire en ligne", "Clause bénéficiaire après un mariage", "Clause libre : comment "
          "faire ?"],
         ["[Bonjour,|Bonsoir,] [je viens de me marier|nous venons d'avoir un enfant|je me suis pacsé] et je voudrais "
          "modifier ma clause bénéficiaire. [On peut le faire en ligne ?|Faut-il envoyer un courrier ?]"],
         "[La clause bénéficiaire|Votre clause] se modifie [en ligne|depuis votre espace client], [rubrique Mon contrat|"
         "menu Bénéficiaires], [avec une signature électronique|en quelques minutes]. [Pour une clause rédigée sur "
         "mesure|Pour une clause libre], [un formulaire|un courrier signé] reste possible.")]},
    "arbitrage": {"kinds": {"assurance", "courtier"}, "board": 1, "faq": "Arbitrages et changements de support",
                  "cases": [
        (["Arbitrage en attente depuis {nb} jours", "Arbitrage toujours en cours", "Délai d'un arbitrage"],
         ["[Bonjour,|Bonjour à tous,] j'ai passé un arbitrage [vers le fonds euros|vers un ETF|entre deux supports] "
          "[lundi|il y a {nb} jours] et il est toujours « en cours ». [C'est normal ?|Vous avez les mêmes délais ?]"],
         "Un arbitrage est [exécuté|traité] sur la base de la [prochaine|première] valeur liquidative connue [de chaque "
         "support|des supports concernés], [soit deux à quatre jours ouvrés|en général sous quatre jours ouvrés] [selon "
         "les supports|selon la périodicité des fonds].")]},
    "ordre": {"kinds": {"courtier"}, "board": 1, "faq": "Passer et suivre un ordre de bourse", "cases": [
        (["Ordre non exécuté", "Ordre à cours limité pas passé", "Pourquoi mon ordre n'est pas exécuté ?"],
         ["[Bonjour,|Bonjour à tous,] mon ordre [d'achat de {nb} titres|sur un ETF] à cours limité n'a pas été exécuté "
          "[alors que le cours est passé en dessous|alors que le prix a été touché]. [Pourquoi ?|Quelqu'un peut "
          "m'expliquer ?]"],
         "Un ordre à cours limité [n'est exécuté|ne peut être exécuté] que si [des titres sont disponibles|une "
         "contrepartie existe] à votre limite : [un cours touché|un prix affiché] ne garantit pas [l'exécution|que "
         "votre ordre passe]."),
        (["Frais de courtage facturés deux fois ?", "Deux lignes de frais pour un ordre", "Ordre partiellement "
          "exécuté"],
         ["[Bonsoir,|Bonjour,] [je vois|j'ai] deux lignes de frais pour un seul ordre [de {montant2}|passé ce matin]. "
          "[Bug ?|C'est normal ?]"],
         "[Un ordre exécuté en plusieurs fois|Une exécution partielle sur plusieurs jours] peut [donner lieu à|générer] "
         "[plusieurs lignes de frais|des frais par jour d'exécution], [selon la grille tarifaire|comme le prévoit la "
         "grille tarifaire].")]},
    "transfert": {"kinds": {"courtier", "banque"}, "board": 1, "faq": "Transférer un PEA ou un compte-titres",
                  "cases": [
        (["Transfert de PEA : combien de temps ?", "Transfert entrant bloqué", "Transfert de PEA toujours pas fait"],
         ["[Bonjour,|Bonjour à tous,] j'ai demandé le transfert de mon PEA [depuis|de] {banque} [il y a {nb} semaines|en "
          "{mois}] et [toujours rien|aucune nouvelle]. [Vous avez eu quel délai ?|C'est normal ?]"],
         "Le délai d'un transfert de PEA dépend [surtout|principalement] de [l'établissement de départ|votre ancienne "
         "banque] : [comptez|il faut compter] [quatre à huit semaines|un à deux mois] [en moyenne|le plus souvent]. "
         "[Nous relançons|Nos équipes relancent] [l'établissement cédant|votre ancienne banque] [si besoin|passé ce "
         "délai].")]},
    "cloture": {"kinds": {"banque", "assurance", "courtier"}, "board": 1, "faq": "Clôturer un compte ou un contrat",
                "cases": [
        (["Clôturer mon compte", "Résilier mon contrat", "Comment fermer mon livret ?"],
         ["[Bonjour,|Bonsoir,] [je souhaite clôturer|je voudrais fermer] [mon livret|mon compte|mon contrat] [, comment "
          "faire ?|: je ne trouve pas la démarche en ligne.] [Merci.|Merci d'avance.]"],
         "[La demande de clôture|La clôture] [se fait|se lance] [depuis votre espace client|en ligne], [rubrique Mon "
         "profil|menu Paramètres]. [Pensez à|N'oubliez pas de] [vider le solde|transférer vos fonds] et [à arrêter|à "
         "suspendre] [les prélèvements|vos versements programmés] [avant|au préalable].")]},
}
# Another title for a question asked before (customers ask the same things in the same words).
TITLE_VARIANTS = [" ?", " (urgent)", " – besoin d'aide", " !", " : une idée ?", " : quelqu'un ?", " – aidez-moi",
                  " (help)"]
# What a power member or a fellow customer writes under an operations thread.
POWER_SUPPORT = ["[J'ai eu|Même souci,|J'ai eu exactement] le même cas [le mois dernier|en {annee}|cet été] : "
                 "[c'est arrivé le lendemain|tout s'est débloqué tout seul en 48 h|il a fallu appeler le service "
                 "client]. [Patience !|Ne t'inquiète pas.|Courage.]",
                 "[Regarde|Jette un œil] dans [l'appli|ton espace client], [c'est là que j'ai trouvé|tout y est], "
                 "[ce n'est pas très intuitif|c'est un peu caché] [je te l'accorde|c'est vrai].",
                 "[Pour info,|De mon expérience,] [ça prend toujours|il faut compter] [deux ou trois jours|une bonne "
                 "semaine] [chez eux|ici], [même si l'appli affiche autre chose|surtout en fin de mois].",
                 "[Bonjour,|Salut,] [je pense que c'est|c'est sûrement] [le plafond glissant|la date de valeur|le "
                 "délai de traitement]. [Vérifie|Regarde] [dans l'appli|dans ton espace], sinon [l'équipe|le support] "
                 "[répond vite ici|va passer par là]."]
SAME_HERE_SUPPORT = ["Même problème pour moi.", "[Idem|Pareil], je suis dans le même cas [depuis {nb} jours|cette "
                     "semaine].", "Même chose de mon côté, [je suis la discussion|je m'abonne au sujet].",
                     "Je suis dans la même situation, [je suis le sujet|j'attends aussi une réponse]."]
SAME_HERE = ["Même problème pour moi [depuis ce matin|depuis hier|aujourd'hui].", "Pareil ici, [rien ne fonctionne|"
             "impossible de me connecter].", "[Idem|Pareil] [sur Android|sur iPhone|sur ordinateur].",
             "Même chose [chez moi|de mon côté], [merci de l'avoir signalé|je croyais que ça venait de mon téléphone]."]
# The customer's follow-ups and thanks, the staff's answer to a thanks.
ASKER_FOLLOW = ["Merci pour votre réponse. [J'ai vérifié, mais|J'ai regardé, mais] [je ne trouve toujours pas|rien n'a "
                "changé] [de mon côté|pour l'instant]. [Que faire alors ?|Une autre piste ?]",
                "Merci. [Je précise que|Pour info,] [c'est un compte joint|je suis à l'étranger en ce moment|j'ai deux "
                "contrats chez vous]. [Ça change quelque chose ?|Est-ce que ça joue ?]",
                "[Merci|Merci {s}], mais [ça ne marche toujours pas|le problème est toujours là] [ce matin|ce soir]. "
                "[Je fais comment ?|Une autre idée ?]"]
ASKER_SOLVED = ["Merci {s}, c'est réglé ! [Tout est arrivé ce matin.|Ça fonctionne à nouveau.]",
                "[C'est bon|C'est réglé], merci pour [la réponse rapide|votre aide] !",
                "Merci beaucoup, [problème résolu|tout est rentré dans l'ordre]."]
STAFF_AFTER_THANKS = ["Ravi{e} que ce soit réglé !", "Merci pour votre retour, c'est une bonne nouvelle !",
                      "Parfait, merci d'avoir pris le temps de nous tenir informés."]
STAFF_THANKS_POWER = ["Merci {p} pour votre aide précieuse !", "[Merci|Un grand merci] {p} pour [ce retour d'expérience|"
                      "cette réponse] !", "Comme l'a [très bien|parfaitement] résumé {p} :"]
STAFF_NO_ADVICE = ["[Nous ne pouvons pas vous apporter de conseil personnalisé|Je ne peux pas vous donner de conseil "
                   "personnalisé] [sur la Communauté|ici], mais voici [quelques repères|quelques éléments] : {s}",
                   "[La Communauté est un espace d'échange entre clients|Les membres vous partageront leur expérience] : "
                   "[de notre côté|pour notre part], [rappelons que|petit rappel :] {s}"]
STAFF_ADVISER = ["Pour [une étude de votre situation|un conseil adapté à votre situation], [nos conseillers sont "
                 "joignables|un conseiller peut vous rappeler] [au {tel}|depuis votre espace client, rubrique "
                 "Contact], du lundi au vendredi."]
STAFF_PRIVATE = ["Pour des raisons de sécurité, [je ne peux pas accéder à votre dossier ici|nous ne traitons pas les "
                 "situations personnelles sur la Communauté] : [je vous invite à|merci de] nous écrire [depuis la "
                 "messagerie sécurisée de votre espace client|via la messagerie de l'application], [nous regarderons "
                 "votre situation en détail|un conseiller reprendra votre dossier].",
                 "Je vous ai envoyé un message privé [pour vérifier quelques informations|afin de regarder votre "
                 "situation]. [Ne communiquez jamais|Ne publiez jamais] [vos identifiants|vos coordonnées bancaires] "
                 "[ici|sur la Communauté]."]
FAQ_LINES = ["[Vous trouverez toutes les étapes|Tout est détaillé|La procédure complète est expliquée] dans notre "
             "FAQ : {u}", "[Pour aller plus loin|Plus de détails], [consultez|voir] [notre page d'aide|notre FAQ] : {u}",
             "[L'article d'aide|La fiche d'aide] [correspondant|sur ce sujet] : {u}"]
SOLUTION_NAGS = ["Si ma réponse vous a aidé, pensez à la marquer comme solution : cela aidera les autres membres.",
                 "N'hésitez pas à cliquer sur « Accepter comme solution » si la réponse vous convient.",
                 "Pensez à passer le sujet en résolu si c'est bon pour vous."]
# Staff greetings and sign-offs: one each per staff member, the same every time ("{a}": the member answered).
STAFF_GREETS = ["Bonjour {a}, merci pour votre message.", "Bonjour {a},", "Bonjour {a} et bienvenue sur la Communauté !",
                "Bonjour {a}, merci pour votre question.", "Hello {a}, merci pour votre message !",
                "Bonjour {a}, je vous remercie pour votre message.", "Bonjour {a}, merci d'avoir pris le temps de "
                "nous écrire."]
STAFF_SIGNS = ["Belle journée, {p}", "Bonne journée, {p}", "Très belle journée à vous, {p}", "Bien à vous, {p}",
               "À bientôt sur la Communauté, {p}", "Excellente journée, {p}", "Au plaisir, {p}"]
IDEAS = ["exporter les relevés au format CSV", "avoir un mode sombre dans l'application", "programmer des virements "
         "vers un compte externe", "recevoir une notification à chaque dividende", "voir la performance sur dix ans",
         "payer avec Apple Pay", "ajouter plus d'ETF éligibles au PEA", "classer les dépenses par catégorie",
         "avoir un RIB par livret", "signer les documents depuis l'application", "choisir la date de prélèvement",
         "afficher les frais totaux de l'année", "créer des sous-comptes pour les projets", "suivre les SCPI dans l'appli"]
IDEA_TITLES = ["Suggestion : {i}", "Idée : {i}", "Pouvoir {i}", "Ce serait bien de pouvoir {i}", "Proposition : {i}"]
IDEA_BODY = ["[Bonjour,|Hello,] [ce serait vraiment pratique de pouvoir|j'aimerais beaucoup pouvoir] {i}. [Ça existe "
             "chez d'autres|Mon ancienne banque le proposait]. [Qu'en pensez-vous ?|Votez si ça vous intéresse !]"]
IDEA_VOTES = ["+1", "+1 !", "+1, [indispensable|ce serait top].", "Je plussoie.", "[Oui !|Carrément !] [Je vote pour.|"
              "Ça manque vraiment.]", "+1 [depuis le temps|on attend ça depuis longtemps]."]
IDEA_MACROS = ["Merci pour cette suggestion ! Je la transmets à nos équipes produit. Les autres membres peuvent voter "
               "pour l'idée : plus elle a de votes, plus elle a de chances d'être étudiée.",
               "Merci pour votre idée, elle a bien été remontée à nos équipes. Nous vous tiendrons informés ici si elle "
               "est retenue dans une prochaine version.",
               "Bonne idée, merci ! Je la partage avec l'équipe qui travaille sur l'application. Continuez à voter !"]
IDEA_DONE = "Bonne nouvelle : cette fonctionnalité est disponible depuis la dernière version de l'application !"
# The announcements: (kind, title, body) by kind; some are the trade's own.
ANNOUNCES = {
    "maintenance": (["Maintenance programmée le {d}", "Opération de maintenance le {d} au soir",
                     "Maintenance technique dans la nuit du {d}"],
                    ["Une opération de maintenance aura lieu le {d} de {h1} h à {h2} h. Pendant cette période, "
                     "l'application et l'espace client [seront indisponibles|pourront être perturbés]. [Merci de votre "
                     "compréhension.|Nous vous remercions de votre patience.]"]),
    "version": (["Nouvelle version de l'application ({v})", "Mise à jour {v} : les nouveautés",
                 "Ce qui change avec la version {v}"],
                ["La version {v} de l'application est disponible. Au programme : [un nouveau tableau de bord|une "
                 "navigation simplifiée|la recherche dans les opérations] et [des corrections de bugs|de meilleures "
                 "performances]. [Dites-nous ce que vous en pensez !|Vos retours sont les bienvenus ici.]"]),
    "phishing": (["Attention aux tentatives d'hameçonnage", "Vigilance : faux SMS et faux conseillers",
                  "Fraude : les bons réflexes"],
                 ["Des [SMS|courriels|appels] frauduleux [circulent|usurpent notre identité] en ce moment. Rappel : "
                  "nous ne vous demanderons jamais vos codes, ni de valider une opération que vous n'avez pas initiée. "
                  "[En cas de doute|Au moindre doute], [ne cliquez pas|raccrochez] et contactez-nous depuis "
                  "l'application."]),
    "holidays": (["Horaires du service client pendant les fêtes", "Horaires d'été du service client",
                  "Horaires du service client le {d}"],
                 ["[Pendant les fêtes|Cet été|Le {d}], le service client [vous répond|sera joignable] [de {h1} h à "
                  "{h2} h|aux horaires habituels, sauf les jours fériés]. La Communauté reste ouverte et "
                  "[l'équipe|nous] [y passe|repasserons] [chaque jour ouvré|dès notre retour]."]),
    "welcome": (["Bienvenue à {new} dans l'équipe !", "{new} rejoint l'équipe de la Communauté"],
                ["[Nous avons le plaisir|Je suis ravie|Je suis ravi] de vous présenter {new}, qui [rejoint|renforce] "
                 "l'équipe [du service client|de la Communauté]. [Vous la croiserez|Vous le croiserez|Vous "
                 "croiserez ses réponses] [bientôt|dès cette semaine] dans les discussions."]),
}
ANNOUNCES_BY_KIND = {
    "banque": ("taux", ["Taux du livret au 1er {mois}", "Évolution du taux de nos livrets au 1er {mois}"],
               ["Suite à la révision du taux du Livret A, [le taux de nos livrets|la rémunération de nos livrets] "
                "[évolue|change] au 1er {mois}. [Le détail|Les nouveaux taux] [est|sont] [disponible|disponibles] "
                "[dans votre espace client|sur notre site]."]),
    "assurance": ("fonds_euros", ["Taux servi en {an_prev} sur le fonds euros", "Rendement {an_prev} de nos contrats"],
                  ["[Le taux servi|La participation aux bénéfices] en {an_prev} sur [le fonds euros|nos fonds euros] "
                   "est [publié|désormais connu] : [vous le retrouverez|il est détaillé] [sur votre relevé annuel|dans "
                   "votre espace client]. [Merci pour votre fidélité.|Merci de votre confiance.]"]),
    "courtier": ("ifu", ["Vos IFU {an_prev} sont disponibles", "Documents fiscaux {an_prev} : c'est en ligne"],
                 ["Les imprimés fiscaux uniques (IFU) {an_prev} sont disponibles dans votre espace client, rubrique "
                  "Documents. [Ils reprennent|Ils détaillent] [les dividendes, les intérêts et les cessions|l'ensemble "
                  "de vos revenus de capitaux mobiliers et plus-values] de l'année."]),
}
CHARTER_TITLES = ["Bienvenue sur la Communauté {firm} : la charte", "Charte de la Communauté : à lire avant de poster",
                  "Bienvenue ! Comment fonctionne la Communauté"]
CHARTER_BODY = ["Bienvenue sur la Communauté {firm} ! Ici, clients et équipes [s'entraident|échangent] [sur nos "
                "produits et services|au quotidien]. [Quelques règles|Les règles] : [restez courtois|respect de "
                "chacun], [ne publiez jamais vos coordonnées bancaires ni vos identifiants|pas de données personnelles], "
                "[pas de publicité|pas de démarchage]. Nos équipes [passent chaque jour ouvré|répondent du lundi au "
                "vendredi] ; les membres les plus actifs [deviennent|peuvent devenir] super-utilisateurs."]
INCIDENT_TITLES = ["Incident en cours : difficultés d'accès à l'application", "Perturbation de l'espace client ce {jour}",
                   "Incident : connexion impossible pour une partie des clients"]
INCIDENT_MACRO = ["Nous rencontrons actuellement un incident technique qui perturbe l'accès à [l'application et à "
                  "l'espace client|l'application|nos services en ligne]. Nos équipes [sont mobilisées|travaillent] pour "
                  "rétablir le service au plus vite. [Toutes nos excuses pour la gêne occasionnée.|Nous vous prions de "
                  "nous excuser pour la gêne occasionnée.]"]
INCIDENT_ASKS = ["Appli HS ?", "Impossible de me connecter [ce matin|ce midi|aujourd'hui]", "Site en panne ?",
                 "Erreur technique à la connexion", "L'appli ne marche plus", "Problème de connexion [en ce moment|"
                 "depuis ce matin] ?"]
INCIDENT_BODY = ["[Bonjour,|Hello,] [impossible de me connecter|l'appli affiche une erreur] depuis [ce matin|une heure|"
                 "tout à l'heure]. [C'est général ?|Vous avez le même problème ?|C'est juste moi ?]",
                 "[Bonjour,|Bonjour à tous,] [message d'erreur|écran blanc] [à chaque connexion|sur l'appli et sur le "
                 "site]. [Je dois faire un virement urgent…|C'est embêtant, j'ai un paiement à faire.]"]
INCIDENT_OVER = ["Le service est rétabli depuis {hm}. Merci pour votre patience et encore désolés pour la gêne.",
                 "Bonne nouvelle : l'incident est résolu depuis {hm}. Merci à tous pour vos signalements."]
SOLVED_MARKS = ["[Résolu] ", "[RÉSOLU] ", "Résolu - ", "(Résolu) "]


def _open_hours(rng: Random, p: dict, t: datetime) -> datetime:
    """The first moment the service is open at or after `t`: weekdays (and Saturday mornings when it opens then)
    within params["hours"], public holidays closed; a moved answer comes in the first 90 minutes of the opening."""
    h1, h2 = p["hours"]
    for _ in range(20):
        d = t.date()
        open_day = d.weekday() < 5 or (d.weekday() == 5 and p["saturday"])
        close = 13 if d.weekday() == 5 else h2
        if (d.month, d.day) in PUBLIC_HOLIDAYS or not open_day or t.hour >= close:
            t = _at(d + timedelta(days=1), h1 * 60 + rng.randrange(0, 90))
            continue
        if t.hour < h1:
            t = _at(d, h1 * 60 + rng.randrange(0, 90))
        return t
    return t


def in_open_hours(p: dict, t: datetime) -> bool:
    """Whether a staff message at `t` is within the service's hours (for the tests and the notes)."""
    d = t.date()
    if (d.month, d.day) in PUBLIC_HOLIDAYS:
        return False
    if d.weekday() < 5:
        return p["hours"][0] <= t.hour < p["hours"][1]
    return d.weekday() == 5 and p["saturday"] and p["hours"][0] <= t.hour < 13


def _customer_time(rng: Random, day: date) -> datetime:
    """When a customer writes: any day, mostly at lunch and in the evening, sometimes late."""
    hour = rng.choices(range(6, 24), [1, 3, 5, 6, 6, 5, 8, 7, 5, 5, 5, 6, 7, 8, 9, 9, 7, 4])[0]
    return _at(day, hour * 60 + rng.randrange(60))


def _human_after(rng: Random, t: datetime, median_h: float, spread: float = 1.0) -> datetime:
    """A person's answer after `t`: lognormal delay, moved out of the night."""
    out = t + timedelta(hours=rng.lognormvariate(math.log(median_h), spread))
    if out.hour < 7:
        out = out.replace(hour=rng.randint(7, 9), minute=rng.randrange(60))
    return out


def _customer_name(rng: Random, p: dict, taken: set[str]) -> str:
    """A customer's display name, in the community's style (its default ids, first names, pseudonyms)."""
    for _ in range(60):
        f, l = rng.choice(bank.FIRST_NAMES + MORE_FIRST), rng.choice(bank.LAST_NAMES)
        style = rng.choices(["default", "first", "pseudo"], p["name_mix"])[0]
        if style == "default":
            name = f"{p['default_name']}{rng.randrange(1000, 99999)}"
        elif style == "first":
            name = rng.choice([f"{f} {l[0]}.", f"{f}{l[0]}", f"{f} {l}"])
        else:
            name = rng.choice([f"{f.lower()}{rng.randrange(10, 99)}", f"{f}_{rng.choice(bank.CITIES)}".replace(" ", ""),
                               f"{l.lower()}.{f[0].lower()}", rng.choice(bank.PSEUDOS) + str(rng.randrange(1, 9))])
        if name not in taken:
            taken.add(name)
            return name
    name = f"{p['default_name']}{len(taken) + 100000}"
    taken.add(name)
    return name


def _address(s: dict, name: str) -> str:
    """How a staff member names the customer: the display name (or @name), a first name alone when it is one."""
    short = name.split()[0] if " " in name else name
    return f"@{name}" if s["at"] else short


def _staff_message(s: dict, who: str, body: list[str]) -> list[str]:
    return [s["greet"].replace("{a}", _address(s, who))] + body + [s["sign"]]


def brand_community_forum(src: Source, guard: DuplicateGuard, content: dict) -> Forum:
    """The firm's community over params["span_days"] days: the charter, params["n_threads"] customers' threads
    (support themes of the trade, savings questions, ideas), params["returning"] of them from earlier askers; staff
    (params["staff"], each active in a window, weights) answer params["answer_share"] of the questions at office hours
    (params["hours"], params["saturday"]) a median params["delay_hours"] later, greeting and signing each their own
    way, with the theme's macro word for word (params["macro_share"]), the FAQ link (params["faq_share"]) or the secure
    messaging (params["private_share"]); power members (params["power"]) answer params["power_share"] of the threads;
    params["solved_share"] of the staff-answered threads marked solved; params["announces"] announcements and
    params["incidents"] incident days."""
    p = src.params
    rng = rng_for(src.host, "communaute")
    w = Writer(rng)
    start = NOW - timedelta(days=p["span_days"])
    boards_def = COMMUNITY_BOARDS[p["trade"]]
    threads: list[tuple[int, Thread]] = []
    titles: set[str] = set()
    taken_names: set[str] = {s["name"] for s in p["staff"]} | {x["name"] for x in p["power"]} | set(p["members"])
    staff = p["staff"]
    manager = staff[0]
    themes = [k for k, v in SUPPORT.items() if p["trade"] in v["kinds"]]
    macros = {(k, i): w.fill(case[2], _support_ctx(rng, p)) for k in themes for i, case in enumerate(SUPPORT[k]["cases"])}
    idea_macro = IDEA_MACROS[p["idea_macro"]]
    faq = {k: p["faq_base"] + p["faq_path"].format(slug=_slug(SUPPORT[k]["faq"]), n=zlib.crc32(
        f"{src.host}{k}".encode()) % 90000 + 10000) for k in themes}

    def active(t: datetime) -> list[dict]:
        on = [s for s in staff if start + timedelta(days=s["since"]) <= t <= start + timedelta(days=s["until"])]
        return on or [manager]

    def pick_staff(t: datetime) -> dict:
        on = active(t)
        return rng.choices(on, [s["weight"] for s in on])[0]

    def add(msgs: list[Message], author: str, t: datetime, text: list[str], sig: str | None = None) -> bool:
        t = _minute(max(t, msgs[-1].when + timedelta(minutes=rng.randint(1, 12))))
        if t > NOW:
            return False
        msgs.append(Message(0, author, t, text, signature=sig))
        return True

    def staff_reply(msgs: list[Message], s: dict, t: datetime, who: str, body: list[str]) -> bool:
        t = _minute(_open_hours(rng, p, max(t, msgs[-1].when + timedelta(minutes=rng.randint(3, 40)))))
        if t > NOW:
            return False
        msgs.append(Message(0, s["name"], t, _staff_message(s, who, body), signature=s.get("signature")))
        return True

    # the charter, first of all
    charter_when = _open_hours(rng, p, start)
    threads.append((0, Thread(0, w.fill(rng.choice(CHARTER_TITLES), {"firm": p["firm"]}), [Message(
        0, manager["name"], charter_when, _staff_message(manager, "à tous", [w.fill(CHARTER_BODY[0], {
            "firm": p["firm"]})])[1:])], views=rng.randrange(800, 20000))))
    titles.add(threads[0][1].title)
    askers: list[str] = []
    span = (NOW - start).total_seconds()
    times = sorted(start + timedelta(seconds=span * rng.random() ** p["growth"]) for _ in range(p["n_threads"]))
    for when in times:
        when = _customer_time(rng, when.date())
        if when > NOW - timedelta(hours=2) or when < start:
            continue
        if askers and rng.random() < p["returning"]:
            asker = rng.choice(askers)
        else:
            asker = _customer_name(rng, p, taken_names)
        askers.append(asker)
        kind = rng.choices(["support", "savings", "idea"], p["kind_mix"])[0]
        msgs: list[Message]
        solved_ok = kind == "support"
        if kind == "support":
            theme = rng.choice(themes)
            th = SUPPORT[theme]
            case = rng.randrange(len(th["cases"]))
            ctx = _support_ctx(rng, p) | {"an": when.year}
            title = w.fill(rng.choice(th["cases"][case][0]), ctx)
            ask = [w.fill(rng.choice(th["cases"][case][1]), ctx)]
            bi = th["board"]
        elif kind == "savings":
            theme = None
            topic = rng.choice(p["topics"])
            q = w.question(topic, when)
            title = w.fill(rng.choice(["{Q} ?", "[Avis|Vos avis] : {q} ?", "{Q} ?", "Question : {q} ?"]),
                           {"q": q, "Q": _cap(q)})
            ask = w.forum_question(topic, when)
            bi = 3
        else:
            theme = None
            idea = rng.choice(IDEAS)
            title = w.fill(rng.choice(IDEA_TITLES), {"i": idea})
            ask = [w.fill(IDEA_BODY[0], {"i": idea})]
            bi = 4
        title = _fresh_title(rng, title, titles)
        msgs = [Message(0, asker, _minute(when), ask)]
        t = when
        answered_by_staff = None
        if kind == "idea":
            for _ in range(rng.randint(0, p["max_votes"])):
                voter = rng.choice(p["members"] + askers[:-1] + [x["name"] for x in p["power"]])
                if voter != asker and not add(msgs, voter, _human_after(rng, msgs[-1].when, 20, 1.3),
                                              [w.fill(rng.choice(IDEA_VOTES))]):
                    break
            if rng.random() < p["answer_share"]:
                s = pick_staff(when)
                if staff_reply(msgs, s, _human_after(rng, when, p["delay_hours"] * 2), asker, [idea_macro]):
                    answered_by_staff = s
                    if rng.random() < 0.08:
                        staff_reply(msgs, s, msgs[-1].when + timedelta(days=rng.uniform(30, 300)), asker, [IDEA_DONE])
        else:
            if kind == "support" and rng.random() < p["same_here"]:
                add(msgs, rng.choice(p["members"]), _human_after(rng, t, 5), [w.fill(rng.choice(SAME_HERE_SUPPORT))])
            power = None
            if p["power"] and rng.random() < p["power_share"]:
                x = rng.choices(p["power"], [y["weight"] for y in p["power"]])[0]
                text = ([w.fill(rng.choice(POWER_SUPPORT), {"annee": when.year - rng.randint(0, 3)})]
                        if kind == "support" else w.forum_reply(topic, when, asker))
                if add(msgs, x["name"], _human_after(rng, when, p["power_delay_hours"]), text, x["signature"]):
                    power = x
            if rng.random() < p["answer_share"]:
                s = pick_staff(when)
                body = []
                if power and rng.random() < 0.4:
                    body.append(w.fill(rng.choice(STAFF_THANKS_POWER), {"p": power["name"]}))
                if kind == "support":
                    if rng.random() < p["macro_share"]:
                        body.append(macros[(theme, case)])
                    else:
                        body.append(w.fill(SUPPORT[theme]["cases"][case][2], _support_ctx(rng, p)))
                    if rng.random() < p["faq_share"]:
                        body.append(w.fill(rng.choice(FAQ_LINES), {"u": faq[theme]}))
                    if rng.random() < p["private_share"]:
                        body.append(w.fill(rng.choice(STAFF_PRIVATE)))
                else:
                    body.append(w.fill(rng.choice(STAFF_NO_ADVICE), {"s": _lc(w.sentence(topic, when))}))
                    if rng.random() < 0.5:
                        body.append(w.fill(STAFF_ADVISER[0], {"tel": p["phone"]}))
                if p["nag"] is not None and kind == "support" and rng.random() < 0.5:
                    body.append(SOLUTION_NAGS[p["nag"]])
                if staff_reply(msgs, s, _human_after(rng, when, p["delay_hours"]), asker, body):
                    answered_by_staff = s
            if answered_by_staff and rng.random() < p["followup_share"]:
                ctx = _support_ctx(rng, p) | {"s": answered_by_staff["first"]}
                if add(msgs, asker, _human_after(rng, msgs[-1].when, 6), [w.fill(rng.choice(ASKER_FOLLOW), ctx)]):
                    s = answered_by_staff if rng.random() < 0.8 else pick_staff(msgs[-1].when)
                    body = [w.fill(SUPPORT[theme]["cases"][case][2], _support_ctx(rng, p)) if kind == "support"
                            else w.sentence(topic, msgs[-1].when), w.fill(rng.choice(STAFF_PRIVATE))]
                    staff_reply(msgs, s, _human_after(rng, msgs[-1].when, p["delay_hours"]), asker, body)
            if kind == "savings" and rng.random() < p["debate"]:  # the members talk among themselves
                for _ in range(rng.randint(1, 4)):
                    pool = [x["name"] for x in p["power"]] + p["members"]
                    who = rng.choice([n for n in pool if n != msgs[-1].author] or pool)
                    if not add(msgs, who, _human_after(rng, msgs[-1].when, 8, 1.2),
                               w.forum_reply(topic, msgs[-1].when, msgs[-1].author)):
                        break
        solved = bool(answered_by_staff) and solved_ok and rng.random() < p["solved_share"]
        if solved and rng.random() < 0.6:
            if add(msgs, asker, _human_after(rng, msgs[-1].when, 10), [w.fill(rng.choice(ASKER_SOLVED), {
                    "s": answered_by_staff["first"]})]) and rng.random() < 0.4:
                staff_reply(msgs, answered_by_staff, _human_after(rng, msgs[-1].when, 4), asker,
                            [w.fill(rng.choice(STAFF_AFTER_THANKS), {"a": _address(answered_by_staff, asker),
                                                                      "e": "e" if _woman(answered_by_staff["first"])
                                                                      else ""})])
        if solved:
            titles.discard(title)
            title = _unique(SOLVED_MARKS[p["solved_mark"]] + title, titles)
        threads.append((bi, Thread(0, title, msgs, views=rng.randrange(20, 3000))))
    threads += _announcements(rng, w, p, start, titles, askers, active, taken_names)
    threads += _incidents(rng, w, p, start, titles, active, taken_names)
    _tidy_threads(threads)
    boards = [Board(i + 1, name, desc, threads=[t for b, t in threads if b == i], category=p["firm"])
              for i, (name, desc) in enumerate(boards_def)]
    used = [m.author for _, t in sorted(threads, key=lambda x: x[1].messages[0].when) for m in t.messages]
    accounts = [s["name"] for s in staff] + [x["name"] for x in p["power"]] + list(dict.fromkeys(used))
    users, uid = {}, 1
    for name in dict.fromkeys(accounts):
        if name in used:
            uid += 1 + hash_name(name) % 4
            users[name] = uid
    forum = Forum(src.host, src.platform, src.name, src.tagline, [b for b in boards if b.threads], users,
                  admins={s["name"] for s in staff if s["name"] in users})
    _finish_forum(forum)
    forum.posts_per_page, forum.topics_per_page = 15, 20
    return forum


def _fresh_title(rng: Random, title: str, titles: set[str]) -> str:
    """A customer's title; one already asked gets a customer's variant (then a number, as a last resort)."""
    for suffix in [""] + rng.sample(TITLE_VARIANTS, len(TITLE_VARIANTS)):
        cand = title.rstrip(" ?") + suffix if suffix else title
        if cand not in titles:
            titles.add(cand)
            return cand
    return _unique(title, titles)


def _support_ctx(rng: Random, p: dict) -> dict:
    return {"autre": rng.choice(OTHER_BANKS), "banque": rng.choice(["La Banque Postale", "mon ancienne banque",
                                                                    "la Caisse d'Épargne", "le Crédit Agricole",
                                                                    "ma banque principale", "ma banque traditionnelle"]),
            "tel": rng.choice(["Samsung", "Pixel", "iPhone 12", "iPhone 15", "Xiaomi",
                                                                 "Android 14", "OnePlus"]),
            "mois": rng.choice(MOIS), "firm": p["firm"]}


def _announcements(rng: Random, w: Writer, p: dict, start: datetime, titles: set[str], askers: list[str], active,
                   taken: set[str]) -> list[tuple[int, Thread]]:
    """params["announces"] announcements by the staff on duty at office hours, their kinds in turn from
    params["announce_kinds"], and a welcome for each staff member who joined later (params["welcome_share"]);
    customers' questions under some, answered by the announcer."""
    span = (NOW - start).days
    plan = []
    for k in range(p["announces"]):
        day = start + timedelta(days=rng.uniform(3, max(4, span - 1)))
        plan.append((_open_hours(rng, p, _at(day.date(), rng.randrange(9 * 60, 17 * 60))),
                     p["announce_kinds"][k % len(p["announce_kinds"])], None))
    for x in p["staff"][1:]:
        if x["since"] > 0 and rng.random() < p["welcome_share"]:
            plan.append((_open_hours(rng, p, start + timedelta(days=x["since"], hours=rng.uniform(0, 30))), "welcome",
                         x))
    out = []
    for when, kind, newcomer in plan:
        if when > NOW:
            continue
        on = [s for s in active(when) if s is not newcomer] or [p["staff"][0]]
        s = on[0] if rng.random() < 0.6 else rng.choice(on)
        d = when.date() + timedelta(days=rng.randint(2, 9))
        ctx = {"d": fr_date(d), "h1": rng.choice([21, 22, 23, 0]), "h2": rng.choice([2, 4, 6]),
               "v": f"{rng.randint(3, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}", "mois": MOIS[when.month % 12],
               "an_prev": when.year - 1, "an": when.year, "new": newcomer["first"] if newcomer else "",
               "firm": p["firm"]}
        if kind == "holidays":
            ctx |= {"h1": rng.choice([8, 9]), "h2": rng.choice([17, 18, 19])}
        tpl_titles, tpl_bodies = ANNOUNCES_BY_KIND[p["trade"]][1:] if kind == "trade" else ANNOUNCES[kind]
        title = w.fill(rng.choice(tpl_titles), ctx)
        if title in titles:  # the same notice again: dated
            title = f"{title} ({MOIS[when.month - 1]} {when.year})"
        title = _unique(title, titles)
        msgs = [Message(0, s["name"], _minute(when), _staff_message(s, "à tous", [w.fill(rng.choice(tpl_bodies),
                                                                                          ctx)])[1:],
                        signature=s.get("signature"))]
        if newcomer and when + timedelta(hours=2) <= NOW:  # the newcomer says hello
            t = _open_hours(rng, p, when + timedelta(minutes=rng.randrange(20, 300)))
            if t <= NOW:
                msgs.append(Message(0, newcomer["name"], _minute(t), [w.fill(
                    "Merci pour l'accueil ! [Ravie|Ravi|Heureux] de [vous retrouver|vous aider] ici.")] +
                    [newcomer["sign"]], signature=newcomer.get("signature")))
        for _ in range(rng.randint(0, p["announce_replies"])):
            who = rng.choice(askers or p["members"])
            t = _human_after(rng, msgs[-1].when, 20, 1.2)
            if t > NOW:
                break
            q = w.question(rng.choice(p["topics"]), t)
            msgs.append(Message(0, who, _minute(t), [w.fill(rng.choice(["Merci pour l'info !", "Merci. {Q} ?",
                                                                         "[Bonne nouvelle.|Enfin !] {Q} ?"]),
                                                            {"Q": _cap(q)})]))
            if "?" in msgs[-1].text[0] and rng.random() < 0.7:
                rt = _open_hours(rng, p, _human_after(rng, t, p["delay_hours"]))
                if rt <= NOW:
                    msgs.append(Message(0, s["name"], _minute(rt), _staff_message(s, who, [w.fill(rng.choice(
                        STAFF_NO_ADVICE), {"s": _lc(w.sentence(rng.choice(p["topics"]), rt))})]),
                        signature=s.get("signature")))
        out.append((0, Thread(0, title, msgs, views=rng.randrange(300, 9000))))
    return out


def _incidents(rng: Random, w: Writer, p: dict, start: datetime, titles: set[str], active,
               taken: set[str]) -> list[tuple[int, Thread]]:
    """params["incidents"] incident days: customers open params["incident_threads"] threads within hours, the staff on
    duty answers each with the same incident message word for word, posts the incident notice and its end."""
    out = []
    span = (NOW - start).days
    for _ in range(p["incidents"]):
        day = (start + timedelta(days=rng.uniform(10, max(11, span - 2)))).date()
        while day.weekday() >= 5 or (day.month, day.day) in PUBLIC_HOLIDAYS:
            day += timedelta(days=1)
        t0 = _at(day, rng.randrange(8 * 60, 15 * 60))
        if t0 > NOW - timedelta(hours=12):
            continue
        s = rng.choice(active(t0))
        macro = w.fill(INCIDENT_MACRO[0])
        n = rng.randint(*p["incident_threads"])
        asks = sorted(t0 + timedelta(minutes=rng.randrange(0, 240)) for _ in range(n))
        notice_t = _open_hours(rng, p, asks[0] + timedelta(minutes=rng.randrange(15, 60)))
        over = notice_t + timedelta(minutes=rng.randrange(60, 360))
        title = _dated_unique(w.fill(rng.choice(INCIDENT_TITLES), {"weekday": day.weekday()}), titles, notice_t)
        notice = [Message(0, s["name"], _minute(notice_t), _staff_message(s, "à tous", [macro])[1:],
                          signature=s.get("signature"))]
        end = _open_hours(rng, p, over)
        if end <= NOW:
            notice.append(Message(0, s["name"], _minute(end), _staff_message(s, "à tous", [w.fill(
                rng.choice(INCIDENT_OVER), {"hm": f"{over.hour} h {over.minute:02d}"})])[1:],
                signature=s.get("signature")))
        out.append((0, Thread(0, title, notice, views=rng.randrange(500, 6000))))
        for ta in asks:
            who = _customer_name(rng, p, taken)
            msgs = [Message(0, who, _minute(ta), [w.fill(rng.choice(INCIDENT_BODY))])]
            for _ in range(rng.randint(0, 3)):
                tt = msgs[-1].when + timedelta(minutes=rng.randrange(2, 50))
                if tt <= NOW:
                    msgs.append(Message(0, rng.choice(p["members"] + [_customer_name(rng, p, taken)]), _minute(tt),
                                        [w.fill(rng.choice(SAME_HERE))]))
            rt = _open_hours(rng, p, max(notice_t, msgs[-1].when) + timedelta(minutes=rng.randrange(1, 30)))
            if rt <= NOW:
                msgs.append(Message(0, s["name"], _minute(rt), _staff_message(s, who, [macro]),
                                        signature=s.get("signature")))
            out.append((2, Thread(0, _fresh_title(rng, w.fill(rng.choice(INCIDENT_ASKS)), titles), msgs,
                                  views=rng.randrange(40, 900))))
    return out


# == the podcast's show notes ========================================================================================
EPISODE_TITLES = ["#{n} – {t}", "Épisode {n} : {t}", "Ép. {n} | {t}", "S{s}E{k} – {t}", "{t} (épisode {n})"]
GUEST_SUFFIX = [" (avec {g})", ", avec {g}", " – avec {g}", " | {g}"]  # appended with str.format (fill trims)
GUEST_TRADES = [("conseiller en gestion de patrimoine", "conseillère en gestion de patrimoine"), ("notaire", "notaire"),
                ("avocat fiscaliste", "avocate fiscaliste"), ("économiste", "économiste"),
                ("gérant de fonds", "gérante de fonds"), ("investisseur immobilier", "investisseuse immobilière"),
                ("ancien banquier privé", "ancienne banquière privée"),
                ("fondateur d'une fintech d'épargne", "fondatrice d'une fintech d'épargne"), ("actuaire", "actuaire"),
                ("professeur de finance", "professeure de finance"), ("courtier en crédit", "courtière en crédit"),
                ("expert-comptable", "experte-comptable")]
GUEST_BIOS = ["{g} est {metier} [à {ville}|depuis {duree}]. {Pro} [a fondé|dirige|a rejoint] {societe} [en {annee}|il "
              "y a {nb} ans] et [intervient régulièrement|écrit régulièrement] sur {sujet}.",
              "{invite} : {g}, {metier}. [Après {duree} en banque|Passé{e} par {societe}], {pro} [accompagne "
              "aujourd'hui|conseille désormais] [des familles|des particuliers|des chefs d'entreprise] [sur|autour de] "
              "{sujet}.",
              "{g} [est|exerce comme] {metier} [depuis {duree}|à {ville}]. [Son parcours|Son métier] : {sujet}, "
              "[au quotidien|sous toutes ses coutures]."]
BLOGGER_BIO = ("{g} tient le blog « {blog} » [depuis {annee}|depuis plusieurs années], où {pro} [raconte|partage] "
               "[ses placements|son parcours d'épargnant|ses chiffres] [sans filtre|en toute transparence].")
SUMMARY_LEADS = ["[Dans cet épisode|Cette semaine], [on parle de|nous parlons de] {sujet}{avec}.",
                 "{sujet_cap} : [on fait le point|on démêle le vrai du faux]{avec}.",
                 "[Au menu de cet épisode|Aujourd'hui] : {sujet}{avec}, [sans jargon|en toute simplicité]."]
SOLO_LEADS = ["[Épisode sans invité|Pas d'invité] [cette semaine|aujourd'hui] : [on répond à vos questions sur|on fait le "
              "point sur] {sujet}.", "[Cette semaine|Aujourd'hui], [on répond à vos questions sur|on décortique] "
              "{sujet}."]
SECTION_LABELS = ["Le parcours de {g}", "{sujet_cap} : les bases", "Les erreurs fréquentes", "La fiscalité",
                  "Un cas concret", "Vos questions", "Le conseil de la semaine", "Les recommandations de {g}",
                  "Ce qui change cette année", "Les chiffres à connaître", "Faut-il se lancer ?", "Les pièges à éviter",
                  "Combien ça rapporte vraiment ?", "La question d'un auditeur"]
CHAPTER_HEADS = ["Au programme :", "Chapitres :", "Sommaire de l'épisode :", "Timestamps :"]
LISTEN_HEADS = ["Écouter l'épisode :", "Où écouter :", "Disponible sur :", "Pour écouter :"]
RESOURCE_HEADS = ["Ressources citées :", "Les ressources mentionnées :", "Pour aller plus loin :", "Liens utiles :"]
BOOKS = [("La Psychologie de l'argent", "Morgan Housel"), ("L'Investisseur intelligent", "Benjamin Graham"),
         ("Père riche, père pauvre", "Robert Kiyosaki"), ("Le Petit Livre pour investir avec bon sens", "John Bogle"),
         ("Une marche au hasard à travers la Bourse", "Burton Malkiel"), ("Le Millionnaire d'à côté",
                                                                        "Thomas Stanley")]
OFFICIAL_LINKS = [("le simulateur de retraite", "https://www.info-retraite.fr/portail-services/"),
                  ("la fiche du service public", "https://www.service-public.fr/particuliers/vosdroits/F2368"),
                  ("l'espace épargnants de l'AMF", "https://www.amf-france.org/fr/espace-epargnants"),
                  ("le site des impôts", "https://www.impots.gouv.fr/particulier"),
                  ("le site de la Banque de France", "https://www.lafinancepourtous.com/")]
SPONSOR_LINES = ["[Cet épisode vous est proposé|Merci à notre partenaire] {sp} : {u}",
                 "[Partenaire de l'épisode|Sponsor] : {sp}. [Offre auditeurs|Code PODCAST pour les auditeurs] : {u}"]
TRANSCRIPT_HEADS = ["Extrait de l'épisode :", "Un extrait :", "Extrait de la transcription :"]
SIGNS = ["— {h}", "{h} & {c}", "À la semaine prochaine, {h}", "Bonne écoute ! {h}"]
LISTENER_COMMENTS = ["Merci pour cet épisode [très clair|passionnant|super instructif] ! {s}",
                     "[Super épisode|Top épisode], j'ai appris [plein de choses|beaucoup] sur {sujet}. [Une idée "
                     "d'épisode :|Vous pourriez faire un épisode sur] {sujet2} ?",
                     "Je vous écoute [chaque semaine|depuis le début] [dans le train|en courant|en voiture]. {Q} ?",
                     "{merci} [L'épisode était top.|Très bon épisode.] {s}",
                     "[Petite remarque|Petite précision] : {s} Mais [bravo pour le podcast|continuez comme ça] !"]
HOST_REPLIES = ["Merci {c} ! [C'est noté pour un prochain épisode.|On en parle bientôt.]", "Merci pour ton retour {c} :)",
                "Merci {c}, [ça fait plaisir|ça nous motive] ! {s}", "[Bien vu|Très juste], {c}, merci pour la précision."]
PAUSE_TITLES = ["Pause estivale : retour le {d}", "Le podcast prend ses quartiers d'été {an}", "Fin de la saison {s} !"]
PAUSE_BODY = ["[C'est la fin de la saison {s}|La saison {s} se termine] : merci [à toutes et à tous|pour votre fidélité] ! "
              "Le podcast [fait une pause|prend des vacances] [cet été|jusqu'à la rentrée] ; [retour|on revient] le {d} "
              "[avec de nouveaux invités|pour la saison {s2}]. [En attendant, réécoutez les épisodes de la saison.|"
              "Bon été !]"]
BONUS_TITLES = ["Hors-série : {t}", "Bonus – {t}", "Épisode bonus : {t}", "Hors-série n° {k} : {t}"]
BONUS_SUBJECTS = ["vos questions en vrac", "le live de notre conférence à {ville}", "best-of de la saison",
                  "nos résolutions patrimoniales", "on répond à vos messages", "les coulisses du podcast"]


def _in_window(day: date, window) -> bool:
    (m1, d1), (m2, d2) = window
    return (m1, d1) <= (day.month, day.day) < (m2, d2) if (m1, d1) <= (m2, d2) else \
        (day.month, day.day) >= (m1, d1) or (day.month, day.day) < (m2, d2)


def on_break(p: dict, day: date) -> bool:
    """The podcast's season break (params["summer"]: (month, day) from, to) and winter break (params["winter"])."""
    return _in_window(day, p["summer"]) or bool(p["winter"] and _in_window(day, p["winter"]))


def season_of(p: dict, day: date, first: date) -> int:
    """The season number of an episode of `day`: seasons begin when the summer break ends, the season of the oldest
    episode (`first`) being params["first_season"]."""
    def year(d: date) -> int:
        return d.year if (d.month, d.day) >= p["summer"][1] else d.year - 1
    return p["first_season"] + year(day) - year(first)


def _episode_days(rng: Random, p: dict) -> list[date]:
    """The episodes' days, from params["last"] back on params["weekday"] every params["cadence"] days, none on a break,
    params["skip_share"] skipped, params["late_share"] one to three days late."""
    out: list[date] = []
    d = p["last"].date()
    while d.weekday() != p["weekday"]:
        d -= timedelta(days=1)
    for _ in range(4000):
        if len(out) >= p["n_episodes"]:
            break
        if not on_break(p, d) and rng.random() >= p["skip_share"]:
            day = d
            if rng.random() < p["late_share"]:
                late = d + timedelta(days=rng.randint(1, 3))
                day = late if not on_break(p, late) and late <= NOW.date() else d
            if day <= NOW.date():
                out.append(day)
        d -= timedelta(days=p["cadence"])
    return sorted(out)


def _timestamp(seconds: int) -> str:
    h, rest = divmod(seconds, 3600)
    return f"{h}:{rest // 60:02d}:{rest % 60:02d}" if h else f"{rest // 60:02d}:{rest % 60:02d}"


def _listen_links(rng: Random, p: dict, n: int) -> list[str]:
    """The episode's links on the show's platforms (params["platforms"]), per episode or the show's pages."""
    out = []
    show = p["show_slug"]
    for plat in p["platforms"]:
        ep = p["per_episode_links"]
        if plat == "Apple Podcasts":
            u = f"https://podcasts.apple.com/fr/podcast/{show}/id{p['apple_id']}" + (
                f"?i=1000{rng.randrange(10**8, 10**9)}" if ep else "")
        elif plat == "Spotify":
            u = f"https://open.spotify.com/{'episode' if ep else 'show'}/{_token(rng, 22) if ep else p['spotify_id']}"
        elif plat == "Deezer":
            u = f"https://www.deezer.com/fr/{'episode' if ep else 'show'}/" + (
                str(rng.randrange(10**8, 10**9)) if ep else str(p["deezer_id"]))
        elif plat == "YouTube":
            u = f"https://www.youtube.com/watch?v={_token(rng, 11)}" if ep else f"https://www.youtube.com/@{show}"
        elif plat == "Podcast Addict":
            u = f"https://podcastaddict.com/podcast/{show}/{p['deezer_id'] % 10**7}" + (f"/episode/{n}" if ep else "")
        else:  # Amazon Music
            u = f"https://music.amazon.fr/podcasts/{p['amazon_id']}"
        out.append(f"{plat} : {u}")
    return out


def _guest(rng: Random, w: Writer, p: dict, topic: str, when: datetime, pool: list[dict], content: dict) -> dict:
    """A guest: a returning one from the pool (params["recurring_share"]), a blogger of the audit (params["bloggers"],
    params["blogger_share"]) or a new one; a name, a trade and a bio."""
    if pool and rng.random() < p["recurring_share"]:
        return rng.choice(pool)
    blogs = [(h, a) for h, a in p["bloggers"] if h in content]
    if blogs and rng.random() < p["blogger_share"]:
        h, a = rng.choice(blogs)
        first = a.split()[0]
        bio = w.fill(BLOGGER_BIO, {"g": a, "blog": content[h].name, "annee": when.year - rng.randint(2, 9),
                                   "pro": "elle" if _woman(first) else "il"})
        return {"name": a, "first": first, "bio": bio, "link": (f"Le blog {_de(a)}", f"http://{h}/"), "pool": False}
    first = rng.choice(bank.FIRST_NAMES + MORE_FIRST)
    name = f"{first} {rng.choice(bank.LAST_NAMES)}"
    woman = _woman(first)
    trade = rng.choice(GUEST_TRADES)[woman]
    bio = w.fill(rng.choice(GUEST_BIOS), {"g": name, "metier": trade, "sujet": rng.choice(TOPICS[topic]["sujet"]),
                                          "an": when.year, "Pro": "Elle" if woman else "Il",
                                          "pro": "elle" if woman else "il", "e": "e" if woman else "",
                                          "invite": "Notre invitée" if woman else "Notre invité"})
    link = None
    if rng.random() < 0.5:
        trade_slug = rng.choice(["conseil", "patrimoine", "notaire", "avocat", "invest"])
        link = (f"Le site {_de(name)}", f"http://www.{_slug(name)}-{trade_slug}.test/")
    g = {"name": name, "first": first, "bio": bio, "link": link, "pool": True}
    if len(pool) < p["max_regulars"] and rng.random() < 0.3:
        pool.append(g)
    return g


def podcast_notes_blog(src: Source, guard: DuplicateGuard, content: dict) -> Blog:
    """One post per episode (`_episode_days`), numbered from params["first_no"], at the platform's minute
    (params["publish_at"]) or the host's hour; the notes' skeleton: the summary (params["summary_words"] words of the
    host's own), the guest's bio (params["guest_share"]), the chapters (params["chapters_share"]), a transcript excerpt
    (params["transcript_share"]), the sponsor's read (params["sponsor_share"]), the listening links, the resources
    (params["resource_share"]) and the signature; bonus episodes (params["bonus_share"]) and the summer pause's post
    (params["pause_post"]); the co-host writes params["cohost_share"] of the notes; listeners comment on
    params["commented"] of the posts, the hosts answer params["reply_rate"] of them."""
    p = src.params
    rng = rng_for(src.host, "podcast")
    w = Writer(rng)
    days = _episode_days(rng, p)
    posts, taken, titles, parents = [], set(), set(), {}
    pool: list[dict] = []
    hosts = [p["host"]] + ([p["cohost"]] if p["cohost"] else [])
    season_k: dict[int, int] = {}
    for i, day in enumerate(days):
        n = p["first_no"] + i
        when = _at(day, p["publish_at"][0] * 60 + p["publish_at"][1]) if p["publish_at"] else \
            _at(day, rng.randrange(6 * 60, 22 * 60))
        if when > NOW:
            continue
        s = season_of(p, day, days[0])
        season_k[s] = season_k.get(s, 0) + 1
        topic = rng.choice(p["topics"])
        guest = _guest(rng, w, p, topic, when, pool, content) if rng.random() < p["guest_share"] else None
        ctx = w._ctx(topic, when) | {"n": n, "s": s, "k": season_k[s], "g": guest["name"] if guest else ""}
        t = w.fill(rng.choice(TOPICS[topic]["titles"]), ctx)
        if guest and rng.random() < 0.7:
            t = t.rstrip(" ?") + GUEST_SUFFIX[p["guest_suffix"]].format(g=guest["name"])
        title = _unique(w.fill(EPISODE_TITLES[p["title_style"]], ctx | {"t": "\x00"}).replace("\x00", t), titles)
        author = p["cohost"] if p["cohost"] and rng.random() < p["cohost_share"] else p["host"]
        paras = _notes(rng, w, guard, p, topic, when, ctx, guest, n)
        post = Post(0, title, make_slug(src.platform, title, taken), when, author, paras, category=p["category"],
                    comments_open=not p["closed"])
        post.tags = ["podcast", f"saison {s}"] + ([guest["name"]] if guest else [])
        posts.append(post)
    posts += _bonus_and_pauses(rng, w, guard, p, days, titles, taken, src.platform)
    for post in posts:
        if post.comments_open and rng.random() < p["commented"]:
            post.comments = _listener_comments(rng, w, p, post, hosts, parents)
    blog = Blog(src.host, src.platform, src.name, src.tagline, p["host"], make_slug("wordpress", p["host"], set()),
                posts, per_page=10)
    _tidy_blog(blog)
    _number_posts(blog, rng)
    _number_comments(blog, parents)
    return blog


def _notes(rng: Random, w: Writer, guard: DuplicateGuard, p: dict, topic: str, when: datetime, ctx: dict,
           guest: dict | None, n: int) -> list[str]:
    avec = f" avec {guest['name']}" if guest else ""
    lead = w.fill(rng.choice(SUMMARY_LEADS if guest else SOLO_LEADS), ctx | {"avec": avec})
    paras = [lead] + _own_text(w, guard, topic, when, rng.randint(*p["summary_words"]))
    if guest:
        paras.append(guest["bio"])
    if rng.random() < p["chapters_share"]:
        paras.append(CHAPTER_HEADS[p["chapter_head"]])
        total = rng.randint(*p["duration_min"]) * 60
        k = rng.randint(3, 7)
        marks = sorted(rng.sample(range(60, total - 60), k))
        labels = rng.sample([x for x in SECTION_LABELS if guest or "{g}" not in x], k)
        paras.append("00:00 Introduction")
        for sec, lab in zip(marks, labels):
            paras.append(f"{_timestamp(sec)} {w.fill(lab, ctx)}")
        if rng.random() < 0.5:
            paras.append(f"{_timestamp(total - rng.randrange(20, 59))} Conclusion")
    if rng.random() < p["transcript_share"]:
        paras.append(TRANSCRIPT_HEADS[p["chapter_head"] % len(TRANSCRIPT_HEADS)])
        speakers = [p["host"].split()[0]] + ([guest["first"]] if guest else
                                             [p["cohost"].split()[0]] if p["cohost"] else [])
        for j in range(rng.randint(2, 4)):
            paras.append(f"{speakers[j % len(speakers)]} : « {w.sentence(topic, when)} »")
    if p["sponsor"] and rng.random() < p["sponsor_share"]:
        paras.append(w.fill(rng.choice(SPONSOR_LINES), {"sp": p["sponsor"][0], "u": p["sponsor"][1]}))
    paras.append(LISTEN_HEADS[p["listen_head"]])
    paras += _listen_links(rng, p, n)
    if rng.random() < p["resource_share"]:
        items = []
        if guest and guest["link"]:
            items.append(f"{guest['link'][0]} : {guest['link'][1]}")
        if rng.random() < 0.5:
            b, a = rng.choice(BOOKS)
            items.append(f"Le livre « {b} » de {a}")
        if rng.random() < 0.6:
            what, u = rng.choice(OFFICIAL_LINKS)
            items.append(f"{_cap(what)} : {u}")
        if items:
            paras.append(RESOURCE_HEADS[p["resource_head"]])
            paras += items
    if p["sign"] is not None:
        sign = SIGNS[p["sign"]]
        if "{c}" in sign and not p["cohost"]:
            sign = SIGNS[0]
        paras.append(sign.format(h=p["host"].split()[0], c=(p["cohost"] or p["host"]).split()[0]))
    return paras


def _bonus_and_pauses(rng: Random, w: Writer, guard: DuplicateGuard, p: dict, days: list[date], titles: set[str],
                      taken: set[str], platform: str) -> list[Post]:
    """The bonus episodes between the regular ones (never on an episode's day), and the pause's post before each summer
    break (within the season, before the break begins)."""
    out = []
    if not days:
        return out
    bonus = []
    for _ in range(round(len(days) * p["bonus_share"])):
        d = days[0] + timedelta(days=rng.randrange(max(1, (days[-1] - days[0]).days)))
        if not (on_break(p, d) or d in days or d in bonus or d > NOW.date()):
            bonus.append(d)
    for k, d in enumerate(sorted(bonus), 1):  # numbered in order
        when = _at(d, rng.randrange(7 * 60, 21 * 60))
        topic = rng.choice(p["topics"])
        ctx = w._ctx(topic, when) | {"k": k, "t": w.fill(rng.choice(BONUS_SUBJECTS))}
        title = _dated_unique(w.fill(rng.choice(BONUS_TITLES), ctx), titles, when)
        paras = [w.fill(rng.choice(SOLO_LEADS), ctx)] + _own_text(w, guard, topic, when, rng.randint(40, 100))
        paras += [LISTEN_HEADS[p["listen_head"]]] + _listen_links(rng, p, 0)
        post = Post(0, title, make_slug(platform, title, taken), when, p["host"], paras, category=p["category"],
                    comments_open=not p["closed"])
        post.tags = ["podcast", "hors-série"]
        out.append(post)
    if p["pause_post"]:
        for y in sorted({d.year for d in days}):
            begin = date(y, *p["summer"][0])
            before = [d for d in days if d < begin and (begin - d).days < 40]
            if not before:
                continue
            d = min(before[-1] + timedelta(days=rng.randint(0, 4)), begin - timedelta(days=1))
            when = _at(d, rng.randrange(9 * 60, 21 * 60))
            if when <= NOW:
                back = date(y, *p["summer"][1])
                while back.weekday() != p["weekday"]:
                    back += timedelta(days=1)
                s = season_of(p, before[-1], days[0])
                ctx = {"d": fr_date(back, first=True), "s": s, "s2": s + 1, "an": y}
                title = _dated_unique(w.fill(rng.choice(PAUSE_TITLES), ctx), titles, when)
                post = Post(0, title, make_slug(platform, title, taken), when, p["host"],
                            [w.fill(PAUSE_BODY[0], ctx)], category=p["category"], comments_open=not p["closed"])
                post.tags = ["podcast", "pause"]
                out.append(post)
    return out


def _listener_comments(rng: Random, w: Writer, p: dict, post: Post, hosts: list[str], parents: dict) -> list[Comment]:
    out: list[Comment] = []
    t = post.when
    topic = rng.choice(p["topics"])
    for _ in range(rng.randint(1, p["max_comments"])):
        t = t + timedelta(hours=rng.lognormvariate(math.log(30), 1.2))
        if t.hour < 7:
            t = t.replace(hour=rng.randint(7, 11))
        if t > NOW:
            break
        name = rng.choice([rng.choice(bank.FIRST_NAMES + MORE_FIRST), rng.choice(bank.PSEUDOS),
                           f"{rng.choice(bank.FIRST_NAMES)} {rng.choice(bank.LAST_NAMES)[0]}."])
        q = w.question(topic, t)
        c = Comment(0, name, t, [w.fill(rng.choice(LISTENER_COMMENTS), {
            "s": w.sentence(topic, t), "sujet": rng.choice(TOPICS[topic]["sujet"]),
            "sujet2": rng.choice(TOPICS[rng.choice(list(TOPICS))]["sujet"]), "Q": _cap(q),
            "merci": "Merci à vous deux !" if len(hosts) > 1 else f"Merci {hosts[0].split()[0]} !"})])
        out.append(c)
        if rng.random() < p["reply_rate"]:
            rt = t + timedelta(hours=rng.uniform(2, 72))
            if rt.hour < 7:
                rt = rt.replace(hour=rng.randint(8, 12))
            if rt <= NOW:
                r = Comment(0, rng.choice(hosts), rt, [w.fill(rng.choice(HOST_REPLIES), {
                    "c": name.split()[0], "s": w.sentence(topic, rt)})], by_author=True)
                parents[id(r)] = c
                out.append(r)
                t = rt
    out.sort(key=lambda c: c.when)
    return out


# == the LLM's persona blog ==========================================================================================
# SEO keywords by topic: (the keyword as a title starts with it, the keyword with its article).
KEYWORDS = {"assurance_vie": [("Assurance-vie", "l'assurance-vie"), ("Fonds euros", "les fonds euros"),
                              ("Contrat d'assurance-vie", "le contrat d'assurance-vie"),
                              ("Unités de compte", "les unités de compte")],
            "per": [("PER", "le PER"), ("Plan d'épargne retraite", "le plan d'épargne retraite"),
                    ("PER individuel", "le PER individuel")],
            "scpi": [("SCPI", "les SCPI"), ("SCPI de rendement", "les SCPI de rendement")],
            "locatif": [("Investissement locatif", "l'investissement locatif"), ("LMNP", "le statut LMNP"),
                        ("Location meublée", "la location meublée")],
            "defisc": [("Défiscalisation", "la défiscalisation"), ("Déficit foncier", "le déficit foncier")],
            "succession": [("Succession", "la succession"), ("Donation", "la donation"),
                           ("Transmission de patrimoine", "la transmission de patrimoine")],
            "bourse": [("ETF", "les ETF"), ("PEA", "le PEA"), ("Bourse", "la bourse")],
            "livret": [("Livret A", "le Livret A"), ("LDDS", "le LDDS"), ("Livret d'épargne", "le livret d'épargne")],
            "credit": [("Crédit immobilier", "le crédit immobilier"), ("Rachat de crédit", "le rachat de crédit")],
            "ifi": [("IFI", "l'IFI"), ("Impôt sur la fortune immobilière", "l'impôt sur la fortune immobilière")],
            "retraite": [("Retraite", "la retraite"), ("Complément de retraite", "le complément de retraite")]}
OBJECTIVES = {"assurance_vie": ["faire fructifier son épargne", "transmettre son patrimoine", "préparer sa retraite"],
              "per": ["préparer sa retraite", "réduire ses impôts"],
              "scpi": ["générer des revenus passifs", "investir dans la pierre sans contraintes"],
              "locatif": ["générer des revenus passifs", "se constituer un patrimoine"],
              "defisc": ["réduire ses impôts", "alléger sa fiscalité"],
              "succession": ["transmettre son patrimoine", "protéger sa famille"],
              "bourse": ["investir 10 000 euros", "faire fructifier son épargne", "battre l'inflation"],
              "livret": ["se constituer une épargne de précaution", "battre l'inflation"],
              "credit": ["acheter sa résidence principale", "financer un investissement locatif"],
              "ifi": ["alléger sa fiscalité", "transmettre son patrimoine"],
              "retraite": ["préparer sa retraite", "se constituer un complément de revenus"]}
AI_TITLES = ["{kw} : le guide complet pour {obj} en {an}", "{n} conseils d'expert pour {obj} avec {sujet}",
             "Comment {obj} grâce à {sujet} ? Le guide étape par étape", "{kw} en {an} : tout ce qu'il faut savoir",
             "Les {n} erreurs à éviter avec {sujet}", "{kw} : avantages, inconvénients et fiscalité en {an}",
             "Faut-il encore miser sur {sujet} en {an} ? Mon avis de conseiller",
             "{kw} : {n} questions à se poser avant de se lancer", "Pourquoi {sujet} reste incontournable en {an}"]
AI_INTROS = ["Vous vous demandez comment {obj} ? Vous n'êtes pas seul. [En tant que|Fort de mes {xp} ans comme] "
             "{title}, je [constate|vois] [chaque jour|régulièrement] à quel point {sujet} [suscite des questions|reste "
             "mal compris]. Dans cet article, [nous allons explorer|je vous explique] [pas à pas|en détail] [tout ce "
             "qu'il faut savoir|les points essentiels].",
             "[Que vous soyez débutant ou investisseur aguerri|Que vous ayez 30 ou 60 ans], {sujet} [mérite toute "
             "votre attention|est un sujet incontournable] en {an}. [Plongeons ensemble|Faisons le point ensemble] "
             "sur [les éléments clés|ce qu'il faut vraiment retenir] pour {obj}.",
             "{sujet_cap} [fait partie des sujets|est l'un des sujets] [qu'on me pose le plus|les plus fréquents] [en "
             "rendez-vous|chez mes clients]. [Il est donc temps|Voici le moment] de faire le point, [sans jargon|en "
             "toute transparence], [pour vous aider à|afin de vous aider à] {obj}."]
AI_HEADINGS = ["Comprendre {sujet} : les bases", "Les avantages de {sujet}", "Les inconvénients à connaître",
               "La fiscalité de {sujet} en {an}", "Les erreurs à éviter", "Comment bien choisir",
               "Mon conseil de professionnel", "Étape par étape : comment procéder", "Pour qui est-ce adapté ?",
               "Combien peut-on espérer gagner ?", "Les alternatives à considérer", "Ce qui change en {an}"]
AI_CONNECTORS = ["Il est important de noter que {s}", "Concrètement, {s}", "En d'autres termes, {s}",
                 "Bon à savoir : {S}", "À titre d'exemple, {s}", "Il convient également de souligner que {s}",
                 "Dans la pratique, {s}"]
AI_TOC = ["Sommaire :", "Au sommaire :", "Dans cet article :"]
AI_FAQ_HEADS = ["Questions fréquentes", "FAQ : vos questions sur {sujet}", "Foire aux questions"]
AI_CONCLUSIONS = ["En conclusion, {sujet} [reste|demeure] [un outil puissant|une solution pertinente] pour {obj}, à "
                  "condition de [bien comprendre ses règles|l'adapter à votre situation]. [N'hésitez pas à|Pensez à] "
                  "[poser vos questions en commentaire|me laisser un commentaire] : je réponds à [chacun d'entre vous|"
                  "tous les messages].",
                  "En résumé, [bien utilisé|bien maîtrisé], {sujet} peut vous aider à {obj}. [Chaque situation étant "
                  "unique|Comme toujours], [prenez le temps de comparer|faites-vous accompagner]. [Et vous|De votre "
                  "côté], [quelle est votre expérience ?|qu'en pensez-vous ?] Dites-le-moi en commentaire !",
                  "Pour conclure, [retenez que|gardez en tête que] {sujet} [n'est pas une solution miracle|n'est ni "
                  "bon ni mauvais en soi] : [tout dépend de vos objectifs|c'est votre stratégie qui compte]. "
                  "[Vous avez une question ?|Une question sur votre situation ?] [Laissez un commentaire|Écrivez-moi "
                  "en commentaire], je vous réponds rapidement."]
AI_AFFILIATE = ["[Pour comparer les offres|Pour trouver le contrat adapté à votre profil], [je recommande|j'utilise "
                "personnellement] {partner} : {u}", "👉 [Simulation gratuite|Faites le test gratuitement] chez notre "
                "partenaire {partner} : {u}", "[Mon conseil|Astuce] : [demandez un bilan gratuit|comparez les frais] "
                "sur {partner} ({u}), [c'est rapide et sans engagement|en moins de cinq minutes]."]
AI_DISCLOSURE = ["(Lien partenaire : je peux percevoir une commission, sans surcoût pour vous.)",
                 "Cet article contient des liens affiliés."]
AI_CREDITS = ["Crédit photo : {site}", "Image : {site}", "Photo : {who} / {site}", "Illustration : {site}"]
AI_BIO = ["À propos de l'auteur : {persona}, {title} depuis {xp} ans, [aide|accompagne] [les particuliers|les familles] "
          "à {obj}. [Son credo|Sa mission] : [rendre la finance accessible à tous|des conseils simples et concrets].",
          "{persona} est {title} depuis {xp} ans. [Passé{e} par la banque privée|Passé{e} par une grande banque], "
          "{pro} [partage|livre] sur ce blog [ses conseils|son expérience] pour {obj}."]
AI_ABOUT = ["Je m'appelle {persona}, {title} depuis {xp} ans. [Après une carrière en banque privée|Après mes débuts "
            "dans une grande banque], j'ai décidé de [créer ce blog|partager mon expérience] pour aider le plus grand "
            "nombre à {obj}.", "[Sur ce blog|Ici], je partage [des conseils concrets|des guides pratiques] sur "
            "l'assurance-vie, la retraite, l'immobilier et la fiscalité, [sans jargon|avec pédagogie].",
            "[Mon objectif|Ma mission] : [vous rendre autonome|vous aider à prendre les bonnes décisions] dans la "
            "gestion de votre patrimoine. [Bonne lecture !|Bienvenue !]"]
AI_SEE_ALSO = ["À lire aussi : {u}", "[Découvrez aussi|Lire également] notre guide : {u}"]
AI_COMMENTS = ["[Merci pour cet article|Super article|Article très complet], {a} ! [Très clair et bien expliqué.|J'ai "
               "enfin compris {sujet}.] [Petite question|Une question] : {q} ?",
               "[Excellent article|Très bon article], [comme toujours|merci pour ces conseils]. {Q} ?",
               "[Bravo|Merci] pour [ce guide|cet article] [très pédagogique|très utile]. [Je me demandais|Je me pose "
               "une question] : {q} ?", "[Merci {a}|Merci beaucoup] ! [Je partage avec|J'envoie ça à] [mon mari|ma "
               "sœur|mes parents]. {Q} ?"]
AI_ANSWERS = ["Merci {c} pour votre commentaire ! [Excellente question.|Très bonne question.] {S} [N'hésitez pas si "
              "vous avez d'autres questions.|Au plaisir de vous lire !]",
              "Bonjour {c}, merci pour votre message ! {S} [Chaque situation est unique|Tout dépend de votre "
              "situation], [n'hésitez pas à vous faire accompagner|mais c'est une excellente piste].",
              "Merci beaucoup {c} ! {S} [Belle journée à vous !|À bientôt sur le blog !]"]
STOCK_SITES = ["Freepik", "Unsplash", "Pexels", "Adobe Stock", "Shutterstock", "Pixabay", "iStock"]


def _persona_times(rng: Random, p: dict) -> list[datetime]:
    """Every day of params["span_days"] up to params["last"] (weekends or not, params["skip_share"] skipped), a number of
    posts in params["per_day"] at the daily slots params["slots"], each moved by up to params["jitter_min"] minutes."""
    out = []
    last = p["last"].date()
    for back in range(p["span_days"] - 1, -1, -1):
        day = last - timedelta(days=back)
        if (day.weekday() >= 5 and not p["weekends"]) or rng.random() < p["skip_share"]:
            continue
        n = min(rng.randint(*p["per_day"]), len(p["slots"]))
        for slot in sorted(rng.sample(p["slots"], n)):
            t = _at(day, slot + round(rng.uniform(-p["jitter_min"], p["jitter_min"])))
            if t <= NOW and t.date() == day:
                out.append(t)
    return sorted(out)


def ai_persona_blog(src: Source, guard: DuplicateGuard, content: dict) -> Blog:
    """The persona's about page, then a post per slot of `_persona_times`: an SEO title on a keyword of
    params["topics"], the LLM's intro, params["sections"] sections (numbered in params["listicle_share"] of the posts,
    a table of contents in params["toc_share"]), each the web's unique sentences with a connector, a FAQ block
    (params["faq_share"]), the conclusion; the partner's link (params["affiliate_share"]), a stock image credit
    (params["image_share"]), the bio (params["bio_share"]), an older post (params["internal_share"]); generated
    comments on params["commented"] of the posts, answered (params["answer_share"]) hours later."""
    p = src.params
    rng = rng_for(src.host, "persona")
    w = Writer(rng)
    times = _persona_times(rng, p)
    persona, title_p, xp = p["persona"], p["title"], p["xp"]
    woman = _woman(persona.split()[0])
    base = {"persona": persona, "title": title_p, "xp": xp, "e": "e" if woman else "", "pro": "elle" if woman else "il"}
    posts, taken, titles, parents, see_also = [], set(), set(), {}, {}
    first = times[0] if times else NOW - timedelta(days=30)
    about_when = first - timedelta(days=rng.randint(1, 5), minutes=rng.randrange(0, 600))
    about = Post(0, rng.choice(["À propos", "Qui suis-je ?", "À propos de moi"]), "", about_when, persona,
                 [w.fill(x, base | {"obj": rng.choice(OBJECTIVES[rng.choice(p["topics"])])}) for x in AI_ABOUT],
                 category="À propos",
                 comments_open=False)
    about.slug = make_slug(src.platform, about.title, taken)
    titles.add(about.title)
    posts.append(about)
    for when in times:
        topic = rng.choice(p["topics"])
        kw, kw_art = rng.choice(KEYWORDS[topic])
        obj = rng.choice(OBJECTIVES[topic])
        ctx = w._ctx(topic, when) | base | {"kw": kw, "sujet": kw_art, "obj": obj, "n": rng.choice([3, 5, 5, 7, 7, 8,
                                                                                                    10, 12])}
        title = None
        for _ in range(20):
            cand = w.fill(rng.choice(AI_TITLES), ctx)
            if cand not in titles:
                title = cand
                break
        title = _unique(title or cand, titles)
        paras = [w.fill(rng.choice(AI_INTROS), ctx)]
        heads = [w.fill(h, ctx) for h in rng.sample(AI_HEADINGS, rng.randint(*p["sections"]))]
        listicle = rng.random() < p["listicle_share"]
        if listicle:
            heads = [f"{i}. {h}" for i, h in enumerate(heads, 1)]
        if rng.random() < p["toc_share"]:
            paras.append(AI_TOC[p["toc_head"]])
            paras += heads
        for h in heads:
            paras.append(h)
            body = _own_text(w, guard, topic, when, rng.randint(*p["section_words"]))
            s = w.sentence(topic, when)
            body.insert(rng.randrange(0, len(body) + 1), w.fill(rng.choice(AI_CONNECTORS), {"s": _lc(s), "S": s}))
            paras += body
        if rng.random() < p["faq_share"]:
            paras.append(w.fill(AI_FAQ_HEADS[p["faq_head"]], ctx))
            asked: set[str] = set()
            for _ in range(rng.randint(3, 5)):
                q = next((x for x in (w.question(topic, when) for _ in range(8)) if x not in asked), None)
                if q is None:
                    break
                asked.add(q)
                paras.append(_cap(q) + " ?")
                paras.append(" ".join(w.sentences(topic, when, 2)))
        paras.append(w.fill(rng.choice(AI_CONCLUSIONS), ctx))
        if rng.random() < p["affiliate_share"]:
            u = f"{p['partner_url']}{rng.choice(['comparatif', 'simulation', 'bilan-gratuit', 'offre'])}?{p['tracking']}"
            paras.insert(rng.randrange(2, len(paras)), w.fill(rng.choice(AI_AFFILIATE), {"partner": p["partner"],
                                                                                          "u": u}))
            if p["disclosure"]:
                paras.append(AI_DISCLOSURE[p["disclosure"] - 1])
        if rng.random() < p["image_share"]:
            paras.insert(1, w.fill(AI_CREDITS[p["credit_style"]], {
                "site": rng.choice(p["stock_sites"]),
                "who": f"{rng.choice(bank.FIRST_NAMES)} {rng.choice(bank.LAST_NAMES)}"}))
        if rng.random() < p["bio_share"]:
            paras.append(w.fill(AI_BIO[p["bio_style"]], ctx))
        older = [x for x in posts[1:] if x.when < when]
        post = Post(0, title, make_slug(src.platform, title, taken), when, persona, paras,
                    category=TOPICS[topic]["category"], comments_open=True)
        post.tags = [kw.lower(), obj]
        if older and rng.random() < p["internal_share"]:
            see_also[id(post)] = rng.choice(older)  # linked once the ids are known
        if rng.random() < p["commented"]:
            post.comments = _generated_comments(rng, w, p, post, topic, ctx, parents)
        posts.append(post)
    blog = Blog(src.host, src.platform, src.name, src.tagline, persona, make_slug("wordpress", persona, set()), posts)
    _tidy_blog(blog)
    _number_posts(blog, rng)
    for post in blog.posts:
        if id(post) in see_also:
            u = permalink(src.platform, src.host, see_also[id(post)])
            post.paragraphs.insert(rng.randrange(2, len(post.paragraphs)), w.fill(rng.choice(AI_SEE_ALSO), {"u": u}))
    _number_comments(blog, parents)
    return blog


def _generated_comments(rng: Random, w: Writer, p: dict, post: Post, topic: str, ctx: dict,
                        parents: dict) -> list[Comment]:
    """Readers' praise and an easy question (first names, no URL), the persona's answer hours later."""
    out: list[Comment] = []
    names = rng.sample([n for n in bank.FIRST_NAMES + MORE_FIRST if n != p["persona"].split()[0]], p["comments"][1])
    for name in names[:rng.randint(*p["comments"])]:
        t = post.when + timedelta(hours=rng.uniform(*p["comment_hours"]))
        if t > NOW:
            continue
        if rng.random() < 0.3:
            name = f"{name} {rng.choice(bank.LAST_NAMES)[0]}."
        q = w.question(topic, t)
        c = Comment(0, name, t, [w.fill(rng.choice(AI_COMMENTS), {"a": p["persona"].split()[0], "sujet": ctx["sujet"],
                                                                   "q": q, "Q": _cap(q)})])
        out.append(c)
        if rng.random() < p["answer_share"]:
            rt = t + timedelta(hours=rng.uniform(*p["answer_hours"]))
            if rt <= NOW:
                r = Comment(0, p["persona"], rt, [w.fill(rng.choice(AI_ANSWERS), {
                    "c": name.split()[0], "S": w.sentence(topic, rt)})], by_author=True)
                parents[id(r)] = c
                out.append(r)
    out.sort(key=lambda c: c.when)
    return out


# == the investment-scam funnel ======================================================================================
PRODUCTS = {"livret": ["le Livret Boost {rate}", "notre livret boosté à {rate}", "le compte à terme garanti à {rate}"],
            "crypto": ["notre programme crypto à {rate}", "le trading automatisé par IA ({rate})",
                       "notre portefeuille crypto géré à {rate}"],
            "gestion": ["notre gestion de portefeuille garantie à {rate}", "le mandat de gestion privée à {rate}",
                        "notre placement garanti à {rate}"],
            "or": ["notre placement or physique à {rate}", "le plan or garanti à {rate}",
                   "notre épargne or à {rate}"]}
ASSETS = {"livret": ["le Livret A", "les taux d'épargne", "l'épargne des Français"],
          "crypto": ["le Bitcoin", "l'Ethereum", "le marché crypto"],
          "gestion": ["le CAC 40", "les marchés actions", "la bourse de Paris"],
          "or": ["l'or", "l'once d'or", "les métaux précieux"]}
SCAM_TITLES = {
    "analysis": ["Analyse : pourquoi {actif} va s'envoler d'ici {mois}", "Inflation : comment protéger votre épargne en "
                 "{an}", "Livret A à {livret} : votre banque vous appauvrit", "Marchés : ce que les banques ne vous "
                 "disent pas", "{actif_cap} : notre analyse [de la semaine|du {jour_cur}|de {mois_cur}]",
                 "Krach en vue ? Voici comment nos clients se protègent", "{actif_cap} : +{pct} d'ici {mois} selon nos "
                 "analystes", "Pourquoi {actif} [va exploser|est sous-évalué] en {an}"],
    "success": ["Comment {prenom}, {age} ans, a doublé son épargne en {nb} mois", "Témoignage : {prenom} touche {gain} "
                "par mois grâce à {brand}", "{prenom}, {age} ans, a enfin trouvé un placement sûr", "De {montant} à "
                "{gain2} en {nb} mois : l'histoire de {prenom}"],
    "offer": ["{produit_cap} : plus que {nb} places disponibles", "Offre exclusive : {produit}", "{produit_cap} : "
              "comment ça marche ?", "Nouveau : {produit} (capital garanti)", "Offre de {mois_cur} : {produit}",
              "Dernières places pour {produit}", "{produit_cap} : ouverture de {nb} nouvelles places"],
    "regulator": ["Arnaques financières : la mise en garde de {who}", "Vigilance : le communiqué de {who}",
                  "Placements frauduleux : comment les reconnaître", "Arnaques en {mois_cur} : ce qu'il faut savoir",
                  "Sécurité de votre épargne : le rappel de {who}"],
}
SCAM_HOOKS = {"analysis": ["[Les chiffres sont sans appel|C'est officiel] : {s}", "[Pendant que|Alors que] les "
                           "banques [vous proposent|vous servent] des miettes, [nos clients|nos membres] [encaissent|"
                           "touchent] [jusqu'à {rate}|{rate}, garantis]."],
              "success": ["{prenom}, {age} ans, {job} à {ville}, [hésitait|avait peur de placer son argent]. [Son livret "
                          "A ne rapportait presque rien|Sa banque lui proposait {livret}]. Il y a {nb} mois, {prenom} "
                          "[a placé {montant} auprès de nos experts|a confié {montant} à nos experts].",
                          "« [Je n'y croyais pas|J'étais sceptique au début], [mais les virements arrivent chaque "
                          "mois|mais tout est sérieux] », [raconte|confie] {prenom}. [Aujourd'hui|Résultat :] {gain} "
                          "[de gains|versés sur son compte]."],
              "offer": ["Avec {produit}, votre capital est [garanti à 100 %|intégralement protégé] et vous percevez "
                        "[{rate}|jusqu'à {rate}] [sans aucun risque|sans frais cachés].", "[Les places sont "
                        "limitées|Seulement {nb} places ce mois-ci] : [les premiers inscrits|les membres du groupe] "
                        "[bénéficient d'un bonus de bienvenue|profitent du meilleur taux]."]}
SCAM_PREDICTIONS = ["[Nos analystes|Notre algorithme] [anticipent|prévoit] une hausse de {pct} d'ici {mois}.",
                    "[Selon nos modèles|D'après nos experts], {actif} [pourrait|devrait] [doubler|gagner {pct}] avant "
                    "la fin de l'année.", "[Ceux qui agissent maintenant|Les investisseurs avisés] [profiteront|"
                    "profitent déjà] de cette opportunité unique."]
SCAM_CLAIMS = ["Capital garanti à 100 %.", "Fonds déposés sur des comptes sécurisés dans une banque européenne de "
               "premier rang.", "Plus de {k} clients satisfaits depuis {annee}.", "Retraits possibles à tout moment, "
               "sans frais.", "[Partenaire agréé|Acteur reconnu] [en Europe|par les autorités européennes].",
               "Société de droit {pays}, [conforme à la réglementation européenne|régulée en Europe]."]
SCAM_URGENCY = ["[Ne laissez pas passer|Ne ratez pas] cette opportunité : [les places sont limitées|l'offre se termine "
                "bientôt].", "[Chaque jour d'attente|Chaque jour sur un livret] vous coûte de l'argent.",
                "[Inscription gratuite|Sans engagement], [réponse immédiate|un conseiller vous répond dans l'heure]."]
SCAM_CTA = {"whatsapp": ["👉 Rejoignez notre groupe WhatsApp privé (places limitées) : {wa}",
                         "[Cliquez ici|Rejoignez-nous] pour parler à un conseiller sur WhatsApp : {wa}"],
            "telegram": ["Rejoignez les {k} membres de notre canal Telegram : {tg}",
                         "[Signaux et analyses|Nos analyses] en direct sur Telegram : {tg}"],
            "phone": ["Appelez dès maintenant votre conseiller {conseiller} au {tel} (appel non surtaxé).",
                      "Un conseiller vous rappelle sous 24 h : {tel}", "Envoyez « INFO » par WhatsApp au {tel}."]}
PRESS_HOOKS = ["[Notre avis|Le mot de nos experts] : [face à cette situation|dans ce contexte], [nos clients ont "
               "choisi|il existe une solution :] {produit}.", "[Vous voulez|Vous souhaitez] [échapper à|protéger votre "
               "épargne de] [cette situation|ces turbulences] ? [Découvrez|Nos conseillers vous présentent] {produit}."]
REG_LEADS = ["[Comme le rappelle|Selon] {who} :", "[Voici le communiqué|Le communiqué] de {who} [, à lire "
             "attentivement|] :", "{who} [rappelle|a publié] [cette mise en garde|ce message important] :"]
REG_HOOKS = ["Chez {brand}, [votre sécurité est notre priorité|nous partageons ces valeurs de transparence] : [nos "
             "fonds sont garantis|votre capital est protégé], [nos conseillers sont joignables|nous répondons] 7 j/7.",
             "[C'est pourquoi|Voilà pourquoi] il est essentiel de choisir un [partenaire sérieux|acteur de confiance] "
             "comme {brand}."]
TESTIMONIALS = ["Je suis [très|vraiment] satisfait, j'ai reçu mes premiers gains de {gain} en {nb} semaines. Merci "
                "{conseiller} !", "Au début j'avais peur, mais [tout est sérieux|c'est du sérieux]. {conseiller} m'a "
                "tout expliqué et mon capital a [doublé|bien progressé] en {nb} mois.",
                "[Enfin un placement qui rapporte vraiment !|Enfin un vrai rendement !] [Mieux que mon livret A|Rien à "
                "voir avec ma banque]. Je recommande à 100 %.",
                "[Retrait reçu sur mon compte en {nb} jours|Mes retraits arrivent toujours en {nb} jours], [aucun "
                "souci|rien à redire]. Merci à toute l'équipe {brand} !",
                "Je suis dans le groupe depuis {nb} mois, les [conseils|signaux] sont [excellents|top]. [+{pct} sur mon "
                "portefeuille|{gain} de gains] !", "Merci {brand} ! [Ma retraite est enfin assurée.|Je dors enfin "
                "tranquille.] [Je conseille à tous mes proches.|Ne réfléchissez pas trop, lancez-vous.]",
                "Service client au top, [toujours joignable|réponse en 10 minutes]. [Mon placement rapporte {rate}|"
                "J'ai placé {montant} sans regret].", "J'étais sceptique mais [les résultats sont là|les chiffres "
                "parlent d'eux-mêmes] : {gain} en {nb} mois. [Merci {conseiller} !|Bravo à l'équipe.]",
                "Très bonne expérience, [je réinvestis ce mois-ci|je viens de doubler ma mise]. [Foncez !|À "
                "recommander.]", "[Placement sûr et garanti|Capital garanti], [exactement ce que je cherchais|enfin "
                "de la sérénité]. [Merci encore {conseiller}.|Merci à vous.]"]
SCAM_REPLIES = ["Merci {c} pour votre confiance ! [Toute l'équipe vous remercie.|Bons investissements !]",
                "Merci {c} ! [Pensez à parrainer vos proches.|N'hésitez pas à partager votre expérience.]"]
ABOUT_TITLES = ["Qui sommes-nous ?", "À propos de {brand}", "Nos garanties"]
ABOUT_BODY = ["{brand} accompagne depuis {annee} plus de {k} épargnants [en France et en Europe|dans toute la "
              "francophonie]. [Notre mission|Notre engagement] : [rendre accessibles|ouvrir à tous] les placements "
              "[réservés aux grandes fortunes|des investisseurs institutionnels]."]
JOBS = [("retraité", "retraitée"), ("artisan", "artisane"), ("professeur", "professeure"), ("commerçant", "commerçante"),
        ("infirmier", "infirmière"), ("employé", "employée"), ("agriculteur", "agricultrice")]


def _scam_times(rng: Random, p: dict) -> list[datetime]:
    """params["n_bursts"] bursts of params["burst"] posts over params["burst_days"] days, params["gap_days"] apart,
    the last at params["last"]; posts at any hour of the bursts' days (a publisher's queue)."""
    out: list[datetime] = []
    end = p["last"].date()
    for _ in range(p["n_bursts"]):
        size, length = rng.randint(*p["burst"]), rng.randint(*p["burst_days"])
        for _ in range(size):
            day = end - timedelta(days=rng.randrange(length))
            t = _at(day, rng.randrange(p["hours"][0] * 60, p["hours"][1] * 60))
            out.append(min(t, NOW))
        end -= timedelta(days=length + rng.randint(*p["gap_days"]))
    return sorted(out)


def scam_funnel_site(src: Source, guard: DuplicateGuard, content: dict) -> Blog:
    """The funnel's about page, then a post per slot of `_scam_times` of the kinds params["mix"] (analyses with the
    web's market figures, success stories, offers, the audit's newsrooms' articles and the regulators' warnings copied
    word for word: params["news"]); a call to the channels params["channels"] (params["cta_share"]); testimonial
    comments (params["testimonial_share"] of the posts) drawn from a pool of params["pool"] fixed texts under names
    from params["names"], rotating; the brand thanks params["reply_share"] of them."""
    from sectorweb.blindmakers6 import market_context
    p = src.params
    rng = rng_for(src.host, "funnel")
    w = Writer(rng)
    times = _scam_times(rng, p)
    base = {"brand": p["brand"], "rate": p["rate"], "conseiller": p["conseiller"], "wa": p["whatsapp"],
            "tg": p["telegram"], "tel": p["phone"], "k": fmt_int(p["clients"]), "pays": p["country"],
            "annee": p["since"], "pct": f"{rng.randrange(20, 300)} %"}
    pool = [w.fill(t, base | {"gain": f"{fmt_int(rng.randrange(8, 90) * 100)} €", "nb": rng.randint(2, 11),
                              "montant": f"{fmt_int(rng.randrange(5, 80) * 1000)} €",
                              "pct": f"{rng.randrange(15, 240)} %"})
            for t in rng.sample(TESTIMONIALS, p["pool"])]
    news = sorted(((h, o) for h in p["news"] if h in content for o in content[h].posts), key=lambda x: x[1].when)
    warnings = [e for e in official_events() if e.kind == "amf"]
    posts, taken, titles, parents = [], set(), set(), {}
    first = times[0]
    about_when = first - timedelta(days=rng.randint(0, 3), minutes=rng.randrange(0, 300))
    paras = [w.fill(ABOUT_BODY[0], base)] + [w.fill(x, base) for x in rng.sample(SCAM_CLAIMS, rng.randint(3, 5))]
    paras.append(_cta(rng, w, p, base))
    about_title = w.fill(rng.choice(ABOUT_TITLES), base)
    titles.add(about_title)
    posts.append(Post(0, about_title, make_slug(src.platform, about_title, taken), about_when, p["author"], paras,
                      category="À propos", comments_open=False))
    for when in times:
        kind = rng.choices(["analysis", "success", "offer", "press", "regulator"], p["mix"])[0]
        pool_news = [(h, o) for h, o in news if o.when < when - timedelta(hours=2)][-30:]
        pool_warn = [e for e in warnings if e.when < when.date()][-8:]
        if kind == "press" and not pool_news or kind == "regulator" and not pool_warn:
            kind = "offer"
        first_name = rng.choice(bank.FIRST_NAMES)
        y, m = (when.year, when.month - 1) if when.month > 1 else (when.year - 1, 12)
        mk = market_context(y, m)
        actif = rng.choice(ASSETS[p["product"]])
        produit = _lc(w.fill(rng.choice(PRODUCTS[p["product"]]), base))
        ctx = w._ctx(rng.choice(["bourse", "livret"]), when) | base | {
            "prenom": first_name, "age": rng.randint(45, 78), "gain": f"{fmt_int(rng.randrange(4, 60) * 100)} €",
            "gain2": f"{fmt_int(rng.randrange(20, 200) * 1000)} €", "actif": actif, "actif_cap": _cap(actif),
            "produit": produit, "produit_cap": _cap(produit), "livret": mk["livret"], "mois": MOIS[(when.month + 2) % 12],
            "job": rng.choice(JOBS)[_woman(first_name)], "pct": f"{rng.randrange(20, 300)} %", "nb": rng.randint(2, 12),
            "mois_cur": MOIS[when.month - 1], "jour_cur": fr_date(when)}
        category = {"analysis": "Analyses", "success": "Témoignages", "offer": "Nos offres", "press": "Actualités",
                    "regulator": "Actualités"}[kind]
        if kind == "press":
            h, o = rng.choice(pool_news)
            title = o.title if rng.random() < 0.6 else f"Actualité : {o.title}"
            k = rng.randint(1, min(3, len(o.paragraphs)))
            paras = list(o.paragraphs[:k])
            if rng.random() < p["credit_share"]:
                paras.append(rng.choice(["Source : presse", "(Source : presse économique)", "Source : AFP"]))
            paras.append(w.fill(rng.choice(PRESS_HOOKS), ctx))
        elif kind == "regulator":
            ev = rng.choice(pool_warn)
            who = ev.ref.split("Communiqué de ", 1)[1].split(" du ", 1)[0]
            title = w.fill(rng.choice(SCAM_TITLES["regulator"]), ctx | {"who": who})
            paras = [w.fill(rng.choice(REG_LEADS), ctx | {"who": who}), ev.text]
            if rng.random() < p["credit_share"]:
                paras.append(f"Source : {ev.url}")
            paras.append(w.fill(rng.choice(REG_HOOKS), ctx))
        else:
            title = w.fill(rng.choice(SCAM_TITLES[kind]), ctx)
            if kind == "analysis":
                s = w.sentence(rng.choice(["bourse", "livret"]), when)
                paras = [w.fill(rng.choice(SCAM_HOOKS["analysis"]), ctx | {"s": _lc(s)})]
                paras.append(w.fill(rng.choice([
                    "Le CAC 40 a terminé le mois à {cac} points ({cac_m}), quand le Livret A ne rapporte plus que "
                    "{livret} pour une inflation de {infl}.",
                    "Livret A : {livret}. Inflation : {infl}. OAT 10 ans : {oat}. [Faites le calcul|Le constat est "
                    "simple] : [votre épargne fond|vous perdez de l'argent]."]), mk))
                paras += _own_text(w, guard, rng.choice(["bourse", "livret", "assurance_vie"]), when,
                                   rng.randint(*p["words"]))
                paras.append(w.fill(rng.choice(SCAM_PREDICTIONS), ctx))
            elif kind == "success":
                paras = [w.fill(x, ctx) for x in SCAM_HOOKS["success"]]
                paras += _own_text(w, guard, rng.choice(["livret", "retraite", "assurance_vie"]), when,
                                   rng.randint(p["words"][0] // 2, p["words"][1] // 2))
            else:
                paras = [w.fill(x, ctx) for x in SCAM_HOOKS["offer"]]
                paras += [w.fill(x, ctx) for x in rng.sample(SCAM_CLAIMS, rng.randint(1, 3))]
            if rng.random() < 0.6:
                paras.append(w.fill(rng.choice(SCAM_URGENCY), ctx))
        if rng.random() < p["cta_share"]:
            paras.append(_cta(rng, w, p, base))
        title = _dated_unique(title, titles, when)
        post = Post(0, title, make_slug(src.platform, title, taken), when, p["author"], paras, category=category,
                    comments_open=True)
        post.tags = [kind]
        if rng.random() < p["testimonial_share"]:
            post.comments = _testimonials(rng, w, p, post, pool, base, parents)
        posts.append(post)
    blog = Blog(src.host, src.platform, src.name, src.tagline, p["author"], make_slug("wordpress", p["author"], set()),
                posts, per_page=12)
    _tidy_blog(blog)
    _number_posts(blog, rng)
    _number_comments(blog, parents)
    return blog


def _cta(rng: Random, w: Writer, p: dict, base: dict) -> str:
    return w.fill(rng.choice(SCAM_CTA[rng.choice(p["channels"])]), base)


def _testimonials(rng: Random, w: Writer, p: dict, post: Post, pool: list[str], base: dict,
                  parents: dict) -> list[Comment]:
    """Texts of the pool, word for word, under names of params["names"] drawn anew for each post; minutes to a day
    after the post (a batch)."""
    out: list[Comment] = []
    k = min(len(pool), rng.randint(*p["per_post"]))
    names = rng.sample(p["names"], min(len(p["names"]), k))
    t = post.when
    for text, name in zip(rng.sample(pool, k), names):
        t = t + timedelta(minutes=rng.randrange(3, 240))
        if t > NOW:
            break
        c = Comment(0, name, t, [text])
        out.append(c)
        if rng.random() < p["reply_share"]:
            rt = t + timedelta(minutes=rng.randrange(5, 300))
            if rt <= NOW:
                r = Comment(0, p["author"], rt, [w.fill(rng.choice(SCAM_REPLIES), {"c": name.split()[0]})],
                            by_author=True)
                parents[id(r)] = c
                out.append(r)
    out.sort(key=lambda c: c.when)
    return out


MAKERS = {"brand_community_forum": brand_community_forum, "podcast_notes_blog": podcast_notes_blog,
          "ai_persona_blog": ai_persona_blog, "scam_funnel_site": scam_funnel_site}
