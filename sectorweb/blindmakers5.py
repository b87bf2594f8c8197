"""Blind families of the evaluation web, round 5: behaviours written by someone who had not read the rules.

Like the four rounds before (`blindmakers.py` ... `blindmakers4.py`), these four families were designed from how the
real French wealth-management web behaves, without reading what the classifier measures (its rules, thresholds,
seeds, notes or figures), so that their figures are an honest held-out measurement (`evaluation.BLIND_FAMILIES`).
A genuine blog and a genuine forum, two automated blogs (one of them a site of pages rather than a diary); each is
a hard case:

- `legal_watch_blog` (genuine, blog): a tax lawyer's or a notary's "veille juridique et fiscale": each post quotes
  official texts word for word and at length (articles of the Code général des impôts, the Code civil, the Code des
  assurances; BOFiP paragraphs; Cour de cassation rulings; AMF/ACPR warnings; ministers' written answers), the same
  passages the other lawyers, the experts of the forums and the sponsored magazines quote too (the law is one for
  everyone: `OFFICIAL`, `official_events()`), then the author's own commentary and a worked case with real
  figures; a regular rhythm kept by a person (a preferred weekday, skipped weeks, holidays), flashes within days of
  a ruling, weekly round-ups; links to Légifrance and the official sites; few comments, some from peers
  ("cher confrère") signed with their firm, readers' questions seldom answered in substance;
- `expert_qa_forum` (genuine, forum): a questions-and-answers forum where one or two professionals (a notary, an
  advisor, a lawyer, shown as such by name and signature) answer most questions at office hours, hours to days
  later; askers come back in the thread to add details, to disagree, to thank, or months later to tell what
  they did; most askers come once; a few members answer too; the experts now and then link their firm's page or
  quote the code;
- `guest_post_farm` (automated, blog): a "magazine" selling sponsored articles: each by another invented byline
  (or "La rédaction"), 1-3 commercial links to paying sites of every trade (insurance, credit, property, travel,
  casinos, solar panels...), the same clients buying on several magazines; broad mixed categories; unique texts
  of middling quality (finance or not); posts in bursts as orders are batched; comments closed or empty;
  "article sponsorisé" on a minority of posts;
- `doorway_site` (automated, blog): local SEO doorway pages of a wealth-management firm: "Conseiller en gestion de
  patrimoine à <ville>" for tens to hundreds of towns (and a few services), one template with the town, its
  département, its neighbours and a few figures swapped, published in batches (one minute, a drip, an hour),
  each page linking the firm's contact page and some sibling pages; a few blog posts; comments closed.

`MAKERS[params["maker"]](src, guard, content)` makes a source's content (`content`: the sources made so far, by
host). Every draw comes from `rng_for(host, ...)` (and the official texts from fixed streams): deterministic.
"""
from __future__ import annotations

import math
import re
import zlib
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from random import Random

from sectorweb import bank
from sectorweb.bank_topics import TOPICS
from sectorweb.blindmakers import _at, _cap, _make_forum, _tidy_blog, farm_text, in_holidays, office_time
from sectorweb.blindmakers2 import _unique
from sectorweb.content import BOARDS, _number_comments, _number_posts, fresh_post, rng_for
from sectorweb.dates import MOIS, NOW, TODAY, fr_date
from sectorweb.families import make_slug, permalink
from sectorweb.model import Blog, Comment, Forum, Message, Post, Thread
from sectorweb.sources import Source
from sectorweb.spin import DuplicateGuard
from sectorweb.writer import Writer, fmt_int

# -- the official texts everyone quotes ---------------------------------------------------------------------
# The official sites by their real names, as the real web links them (never served nor crawled: an audit sees
# them as links out; the evaluation web answers through its local proxy, so no request leaves the machine).
LEGIFRANCE = "www.legifrance.gouv.fr"
BOFIP = "bofip.impots.gouv.fr"
COURDECASSATION = "www.courdecassation.fr"
AMF = "www.amf-france.org"
ACPR = "acpr.banque-france.fr"
QUESTIONS = "questions.assemblee-nationale.fr"
OFFICIAL_HOSTS = frozenset({LEGIFRANCE, BOFIP, COURDECASSATION, AMF, ACPR, QUESTIONS})


@dataclass(frozen=True)
class Official:
    """A text of the law or of an authority, quoted word for word wherever it is quoted."""

    key: str
    kind: str  # code, cass, bofip, amf, rm
    ref: str  # how a lawyer cites it: "CGI, art. 990 I", "Cass. 2e civ., 12 mars 2025, n° 23-14.567"
    topic: str  # a TOPICS key
    theme: str  # what it is about, for titles and intros ("la taxation des capitaux décès")
    text: str
    url: str
    when: date | None = None  # publication (rulings, updates, warnings); None: a code article in force


def _legi(ref: str) -> str:
    return f"https://{LEGIFRANCE}/codes/article_lc/LEGIARTI{zlib.crc32(ref.encode()) % 10**12:012d}"


# (key, ref, topic, theme, text): the articles lawyers, notaries and advisors quote over and over.
_CODES = [
    ("cgi-990I", "CGI, art. 990 I", "assurance_vie", "la taxation des capitaux décès de l'assurance-vie",
     "I. – Lors du décès de l'assuré, chaque bénéficiaire à titre gratuit des sommes, rentes ou valeurs quelconques "
     "dues directement ou indirectement par un ou plusieurs organismes d'assurance et assimilés, à raison du ou des "
     "contrats d'assurance souscrits sur la tête de l'assuré, est assujetti à un prélèvement de 20 % pour la fraction "
     "de la part taxable lui revenant inférieure ou égale à 700 000 €, et de 31,25 % pour la fraction de la part "
     "taxable excédant cette limite. Chaque part taxable correspond à la part revenant à chaque bénéficiaire à titre "
     "gratuit de l'ensemble des sommes, rentes ou valeurs quelconques dues par les organismes d'assurance et "
     "assimilés, à raison du décès de l'assuré, diminuée d'un abattement proportionnel fixé à 152 500 €."),
    ("cgi-757B", "CGI, art. 757 B", "assurance_vie", "les primes versées après 70 ans",
     "I. – Les sommes, rentes ou valeurs quelconques dues directement ou indirectement par un assureur, à raison du "
     "décès de l'assuré, donnent ouverture aux droits de mutation par décès suivant le degré de parenté existant "
     "entre le bénéficiaire à titre gratuit et l'assuré à concurrence de la fraction des primes versées après l'âge "
     "de soixante-dix ans qui excède 30 500 €."),
    ("cass-L132-12", "C. assur., art. L. 132-12", "assurance_vie", "le capital décès hors succession",
     "Le capital ou la rente stipulés payables lors du décès de l'assuré à un bénéficiaire déterminé ou à ses "
     "héritiers ne font pas partie de la succession de l'assuré. Le bénéficiaire, quelles que soient la forme et la "
     "date de sa désignation, est réputé y avoir eu seul droit à partir du jour du contrat, même si son acceptation "
     "est postérieure à la mort de l'assuré."),
    ("cass-L132-13", "C. assur., art. L. 132-13", "succession", "les primes manifestement exagérées",
     "Le capital ou la rente payables au décès du contractant à un bénéficiaire déterminé ne sont soumis ni aux "
     "règles du rapport à succession, ni à celles de la réduction pour atteinte à la réserve des héritiers du "
     "contractant. Ces règles ne s'appliquent pas non plus aux sommes versées par le contractant à titre de primes, à "
     "moins que celles-ci n'aient été manifestement exagérées eu égard à ses facultés."),
    ("civ-912", "C. civ., art. 912", "succession", "la réserve héréditaire",
     "La réserve héréditaire est la part des biens et droits successoraux dont la loi assure la dévolution libre de "
     "charges à certains héritiers dits réservataires, s'ils sont appelés à la succession et s'ils l'acceptent. La "
     "quotité disponible est la part des biens et droits successoraux qui n'est pas réservée par la loi et dont le "
     "défunt a pu disposer librement par des libéralités."),
    ("civ-913", "C. civ., art. 913", "succession", "la quotité disponible",
     "Les libéralités, soit par actes entre vifs, soit par testament, ne pourront excéder la moitié des biens du "
     "disposant, s'il ne laisse à son décès qu'un enfant ; le tiers, s'il laisse deux enfants ; le quart, s'il en "
     "laisse trois ou un plus grand nombre."),
    ("civ-757", "C. civ., art. 757", "succession", "les droits du conjoint survivant",
     "Si l'époux prédécédé laisse des enfants ou descendants, le conjoint survivant recueille, à son choix, "
     "l'usufruit de la totalité des biens existants ou la propriété du quart des biens lorsque tous les enfants sont "
     "issus des deux époux et la propriété du quart en présence d'un ou plusieurs enfants qui ne sont pas issus des "
     "deux époux."),
    ("civ-1094-1", "C. civ., art. 1094-1", "succession", "la donation au dernier vivant",
     "Pour le cas où l'époux laisserait des enfants ou descendants, issus ou non du mariage, il pourra disposer en "
     "faveur de l'autre époux, soit de la propriété de ce dont il pourrait disposer en faveur d'un étranger, soit d'un "
     "quart de ses biens en propriété et des trois autres quarts en usufruit, soit encore de la totalité de ses biens "
     "en usufruit seulement."),
    ("cgi-779", "CGI, art. 779", "succession", "l'abattement en ligne directe",
     "I. – Pour la perception des droits de mutation à titre gratuit, il est effectué un abattement de 100 000 € sur "
     "la part de chacun des ascendants et sur la part de chacun des enfants vivants ou représentés par suite de "
     "prédécès ou de renonciation."),
    ("cgi-784", "CGI, art. 784", "succession", "le rappel fiscal des donations",
     "Les parties sont tenues de faire connaître, dans tout acte constatant une transmission entre vifs à titre "
     "gratuit et dans toute déclaration de succession, s'il existe des donations antérieures consenties à un titre "
     "et sous une forme quelconque par le donateur ou le défunt aux donataires, héritiers ou légataires et, dans "
     "l'affirmative, le montant de ces donations. [...] La perception est effectuée en ajoutant à la valeur des biens "
     "compris dans la donation ou la déclaration de succession celle des biens qui ont fait l'objet de donations "
     "antérieures, à l'exception de celles passées depuis plus de quinze ans."),
    ("cgi-790G", "CGI, art. 790 G", "succession", "le don familial de sommes d'argent",
     "I. – Les dons de sommes d'argent consentis en pleine propriété au profit d'un enfant, d'un petit-enfant, d'un "
     "arrière-petit-enfant ou, à défaut d'une telle descendance, d'un neveu ou d'une nièce ou par représentation, "
     "d'un petit-neveu ou d'une petite-nièce sont exonérés de droits de mutation à titre gratuit dans la limite de "
     "31 865 €. Cette exonération est subordonnée au respect des conditions suivantes : 1° Le donateur est âgé de "
     "moins de quatre-vingts ans au jour de la transmission ; 2° Le donataire est âgé de dix-huit ans révolus ou a "
     "fait l'objet d'une mesure d'émancipation au jour de la transmission."),
    ("cgi-669", "CGI, art. 669", "succession", "la valeur de l'usufruit et de la nue-propriété",
     "I. – Pour la liquidation des droits d'enregistrement et de la taxe de publicité foncière, la valeur de la "
     "nue-propriété et de l'usufruit est déterminée par une quotité de la valeur de la propriété entière, "
     "conformément au barème ci-après : moins de 21 ans révolus, usufruit 90 %, nue-propriété 10 % ; moins de 31 "
     "ans révolus, 80 % et 20 % ; moins de 41 ans révolus, 70 % et 30 % ; moins de 51 ans révolus, 60 % et 40 % ; "
     "moins de 61 ans révolus, 50 % et 50 % ; moins de 71 ans révolus, 40 % et 60 % ; moins de 81 ans révolus, 30 % "
     "et 70 % ; moins de 91 ans révolus, 20 % et 80 % ; plus de 91 ans révolus, 10 % et 90 %."),
    ("cgi-964", "CGI, art. 964", "ifi", "le champ de l'impôt sur la fortune immobilière",
     "Il est institué un impôt annuel dénommé impôt sur la fortune immobilière. Sont soumises à cet impôt, lorsque "
     "la valeur de leurs actifs mentionnés à l'article 965 est supérieure à 1 300 000 € : 1° Les personnes physiques "
     "ayant leur domicile fiscal en France, à raison de leurs actifs mentionnés au même article 965 situés en France "
     "ou hors de France ; 2° Les personnes physiques n'ayant pas leur domicile fiscal en France, à raison de leurs "
     "actifs mentionnés à l'article 965 situés en France."),
    ("cgi-973", "CGI, art. 973", "ifi", "l'abattement sur la résidence principale à l'IFI",
     "I. – Par dérogation aux dispositions de l'article 761, un abattement de 30 % est effectué sur la valeur vénale "
     "réelle de l'immeuble lorsque celui-ci est occupé à titre de résidence principale par son propriétaire."),
    ("cgi-125-0A", "CGI, art. 125-0 A", "assurance_vie", "la fiscalité des rachats après huit ans",
     "Lorsque la durée du contrat est égale ou supérieure à six ans pour les contrats souscrits entre le 1er janvier "
     "1983 et le 31 décembre 1989, et à huit ans pour les contrats souscrits à compter du 1er janvier 1990, il est "
     "opéré, pour l'imposition de ces produits, un abattement annuel de 4 600 € pour les contribuables célibataires, "
     "veufs ou divorcés et de 9 200 € pour les contribuables mariés soumis à imposition commune."),
    ("cgi-150U", "CGI, art. 150 U", "locatif", "l'exonération de la résidence principale",
     "II. – Les dispositions du I ne s'appliquent pas aux immeubles, aux parties d'immeubles ou aux droits relatifs "
     "à ces biens : 1° Qui constituent la résidence principale du cédant au jour de la cession ;"),
    ("cgi-156", "CGI, art. 156", "defisc", "l'imputation du déficit foncier",
     "Les déficits fonciers s'imputent exclusivement sur les revenus fonciers des dix années suivantes ; cette "
     "disposition n'est pas applicable aux propriétaires de monuments classés monuments historiques [...]. "
     "L'imputation est limitée à 10 700 € ; la fraction du déficit supérieure à 10 700 € et correspondant à des "
     "intérêts d'emprunt s'impute exclusivement sur les revenus fonciers des dix années suivantes."),
    ("cgi-163qv", "CGI, art. 163 quatervicies", "per", "la déduction des versements sur un PER",
     "I. – Les sommes versées par chaque membre du foyer fiscal sur un plan d'épargne retraite sont déductibles du "
     "revenu net global, dans une limite annuelle égale à la différence constatée au titre de l'année précédente "
     "entre : a) une fraction égale à 10 % de ses revenus d'activité professionnelle, retenus dans la limite de huit "
     "fois le montant annuel du plafond mentionné à l'article L. 241-3 du code de la sécurité sociale ; [...]"),
    ("cgi-200A", "CGI, art. 200 A", "bourse", "le prélèvement forfaitaire unique",
     "1. L'impôt sur le revenu dû à raison des revenus et gains mentionnés au A est établi par application d'un taux "
     "forfaitaire de 12,8 % à l'assiette mentionnée au B. [...] 2. Par dérogation au 1, sur option expresse et "
     "irrévocable du contribuable, l'ensemble des revenus, gains nets, profits, plus-values et créances mentionnés au "
     "même 1 est retenu dans l'assiette du revenu net global défini à l'article 158."),
    ("cmf-L541-1", "CMF, art. L. 541-1", "bourse", "le statut de conseiller en investissements financiers",
     "I. – Les conseillers en investissements financiers sont les personnes exerçant à titre de profession habituelle "
     "les activités suivantes : 1° Le conseil en investissement mentionné au 5 de l'article L. 321-1 ; 2° Le conseil "
     "portant sur la fourniture de services d'investissement mentionnés à l'article L. 321-1 ; 3° Le conseil portant "
     "sur la réalisation d'opérations sur biens divers définis à l'article L. 551-1."),
]
OFFICIAL: dict[str, Official] = {k: Official(k, "code", ref, topic, theme, text, _legi(ref))
                                 for k, ref, topic, theme, text in _CODES}
# The articles each subject calls for (a topic outside it falls back on these).
CODES_BY_TOPIC = {
    "assurance_vie": ["cgi-990I", "cgi-757B", "cass-L132-12", "cass-L132-13", "cgi-125-0A"],
    "succession": ["civ-912", "civ-913", "civ-757", "civ-1094-1", "cgi-779", "cgi-784", "cgi-790G", "cgi-669",
                   "cass-L132-13"],
    "ifi": ["cgi-964", "cgi-973", "cgi-669"], "locatif": ["cgi-150U", "cgi-156"], "defisc": ["cgi-156", "cgi-163qv"],
    "scpi": ["cgi-156", "cgi-973"], "per": ["cgi-163qv"], "retraite": ["cgi-163qv", "cgi-125-0A"],
    "bourse": ["cgi-200A", "cmf-L541-1"], "livret": ["cmf-L541-1", "cgi-200A"], "credit": ["cgi-150U", "cgi-156"],
}


def codes_for(topic: str) -> list[Official]:
    return [OFFICIAL[k] for k in CODES_BY_TOPIC.get(topic, CODES_BY_TOPIC["succession"])]


# The dated texts: rulings, BOFiP updates, the authorities' warnings, ministers' written answers. One timeline
# for the whole web (a ruling is the same ruling on every blog), drawn from a fixed stream.
_RULINGS = [
    ("assurance_vie", "le caractère manifestement exagéré des primes",
     ["Assurance-vie : la Cour de cassation revient sur les primes manifestement exagérées",
      "Primes manifestement exagérées : l'utilité du contrat, encore et toujours",
      "Assurance-vie et réserve héréditaire : un nouvel arrêt sur les primes exagérées"],
     "5. Selon l'article L. 132-13 du code des assurances, les règles du rapport à succession et celles de la "
     "réduction pour atteinte à la réserve des héritiers du contractant ne s'appliquent pas aux sommes versées par "
     "celui-ci à titre de primes, à moins que celles-ci n'aient été manifestement exagérées eu égard à ses facultés. "
     "6. Le caractère manifestement exagéré des primes s'apprécie au moment du versement, au regard de l'âge ainsi "
     "que des situations patrimoniale et familiale du souscripteur, l'utilité du contrat pour celui-ci étant un des "
     "critères d'appréciation. 7. Pour [retenir|écarter] le caractère manifestement exagéré des primes, l'arrêt "
     "retient que [le souscripteur, alors âgé de {age_r} ans, a versé en une seule fois la somme de {gros}|les "
     "versements, d'un montant total de {gros}, ont été effectués alors que la souscriptrice était âgée de {age_r} "
     "ans]. 8. En se déterminant ainsi, sans rechercher [quelle était l'utilité de l'opération pour le souscripteur|"
     "si les primes étaient manifestement exagérées au regard de l'ensemble de son patrimoine au jour de chaque "
     "versement], la cour d'appel n'a pas donné de base légale à sa décision."),
    ("succession", "la requalification d'une assurance-vie en donation indirecte",
     ["Assurance-vie requalifiée en donation : les critères rappelés par la Cour de cassation",
      "Donation indirecte et assurance-vie : intention libérale et dépouillement irrévocable",
      "Quand l'assurance-vie devient une donation : nouvel arrêt"],
     "4. La requalification d'un contrat d'assurance sur la vie en donation indirecte suppose que soit établie "
     "l'intention libérale du souscripteur à l'égard du bénéficiaire et son dépouillement irrévocable. 5. Ayant relevé "
     "que [la souscriptrice, âgée de {age_r} ans lors des versements,|le souscripteur, âgé de {age_r} ans,] "
     "[connaissait la gravité de sa maladie|se savait atteint d'une maladie dont l'issue fatale était proche] et que "
     "[les primes, d'un montant de {gros}, représentaient l'essentiel de ses liquidités|le contrat, alimenté à "
     "hauteur de {gros}, ne présentait plus pour lui aucun intérêt], la cour d'appel a pu en déduire que l'opération "
     "[réalisait une donation indirecte, rapportable à la succession|devait être requalifiée en donation]."),
    ("bourse", "le devoir de conseil du conseiller en gestion de patrimoine",
     ["Responsabilité du CGP : la perte de chance, encore", "Devoir de conseil du CGP : ce que rappelle la Cour "
      "de cassation", "Conseiller en gestion de patrimoine : l'obligation de s'enquérir de la situation du client"],
     "6. Le conseiller en gestion de patrimoine, tenu d'une obligation de conseil, doit s'enquérir de la situation "
     "patrimoniale de son client, de ses connaissances et de son expérience en matière financière ainsi que de ses "
     "objectifs, afin de lui proposer un investissement adapté. 7. Le préjudice né du manquement à cette obligation "
     "s'analyse en la perte d'une chance de ne pas souscrire l'investissement litigieux. 8. Ayant constaté que "
     "[l'investisseur, retraité aux revenus modestes,|les époux, sans expérience des marchés financiers,] "
     "[avait|avaient] placé {gros} [dans des parts de SCPI financées à crédit|dans un produit structuré présenté "
     "comme sans risque|dans un investissement en défiscalisation outre-mer], la cour d'appel en a exactement déduit "
     "que le conseiller avait manqué à son obligation."),
    ("succession", "la dette de restitution du quasi-usufruitier",
     ["Quasi-usufruit : la créance de restitution, dette de la succession",
      "Démembrement et quasi-usufruit : la Cour de cassation tranche", "Quasi-usufruit : un arrêt à connaître"],
     "5. Il résulte de l'article 587 du code civil que la créance de restitution née d'un quasi-usufruit constitue "
     "une dette de la succession de l'usufruitier, exigible à son décès. 6. Ayant relevé que [la somme de {gros}, "
     "provenant de la vente d'un immeuble démembré,|le prix de cession des titres, soit {gros},] avait été "
     "[encaissé par l'usufruitière|perçu par le conjoint survivant] qui en avait eu la libre disposition, la cour "
     "d'appel en a [exactement|justement] déduit que [les nus-propriétaires disposaient d'une créance de restitution "
     "sur la succession|cette créance devait être déduite de l'actif successoral]."),
    ("assurance_vie", "l'interprétation de la clause bénéficiaire",
     ["Clause bénéficiaire : la volonté du souscripteur d'abord", "Clause bénéficiaire ambiguë : l'interprétation "
      "souveraine des juges du fond", "Assurance-vie : qui sont « mes héritiers » ?"],
     "4. Selon l'article L. 132-8 du code des assurances, en l'absence de désignation d'un bénéficiaire dans la police "
     "ou de bénéficiaire déterminé, le capital ou la rente garantis font partie du patrimoine ou de la succession du "
     "contractant. 5. Ayant souverainement estimé que [la clause désignant « mes héritiers »|la clause désignant « mes "
     "enfants nés ou à naître, vivants ou représentés, par parts égales »] traduisait la volonté [du souscripteur|de la "
     "souscriptrice] de gratifier [ses seuls enfants|l'ensemble de ses héritiers légaux], la cour d'appel [a "
     "légalement justifié sa décision|en a exactement déduit que le capital, soit {gros}, ne faisait pas partie de "
     "la succession]."),
    ("ifi", "la valeur vénale réelle d'un bien",
     ["IFI : comment s'apprécie la valeur vénale réelle ?", "Valeur vénale et décote : la chambre commerciale "
      "précise", "Évaluation d'un bien occupé : un arrêt utile pour l'IFI"],
     "7. La valeur vénale réelle d'un bien s'entend du prix qui pourrait en être obtenu par le jeu de l'offre et de "
     "la demande dans un marché réel, compte tenu de l'état dans lequel il se trouve avant la mutation. 8. Pour "
     "[écarter|retenir] la décote de {pct} appliquée par [le redevable|les héritiers] [à raison de l'occupation du "
     "bien|en raison de l'indivision], l'arrêt retient que [les termes de comparaison produits par l'administration|"
     "les ventes retenues] portaient sur des biens [libres d'occupation|comparables]. 9. En statuant ainsi, [sans "
     "rechercher si l'occupation du bien n'en diminuait pas la valeur|alors qu'il lui appartenait de rechercher la "
     "valeur du bien dans son état réel], la cour d'appel n'a pas donné de base légale à sa décision."),
]
_FORMATIONS = {"assurance_vie": ["2e civ.", "1re civ."], "succession": ["1re civ."], "bourse": ["com.", "1re civ."],
               "ifi": ["com."]}
_BOFIP = [
    ("ifi", "IFI – Dettes déductibles", "BOI-PAT-IFI-20-30-10",
     "Seules les dettes existant au 1er janvier de l'année d'imposition, contractées par le redevable et "
     "effectivement supportées par celui-ci, afférentes à des actifs imposables, sont déductibles de la valeur du "
     "patrimoine."),
    ("assurance_vie", "TCAS – Prélèvement sur les sommes versées par les organismes d'assurance", "BOI-TCAS-AUT-60-20",
     "Lorsque le contrat comporte plusieurs bénéficiaires, l'abattement de 152 500 € est réparti entre eux au prorata "
     "de la part leur revenant dans les sommes, rentes ou valeurs quelconques dues par l'organisme d'assurance."),
    ("defisc", "RFPI – Imputation des déficits fonciers", "BOI-RFPI-BASE-30-20",
     "Le déficit foncier résultant de dépenses autres que les intérêts d'emprunt est imputable sur le revenu global "
     "dans la limite annuelle de 10 700 €. La fraction excédant cette limite ainsi que la fraction du déficit "
     "correspondant aux intérêts d'emprunt sont imputables sur les revenus fonciers des dix années suivantes."),
    ("per", "IR – Déduction des versements volontaires sur un PER", "BOI-IR-BASE-20-50-20",
     "Les versements volontaires effectués sur un plan d'épargne retraite sont déductibles du revenu net global dans "
     "la limite d'un plafond égal à 10 % des revenus d'activité professionnelle de l'année précédente, retenus dans la "
     "limite de huit fois le plafond annuel de la sécurité sociale, ou à 10 % de ce plafond si ce montant est plus "
     "élevé."),
    ("assurance_vie", "RPPM – Produits des contrats d'assurance-vie", "BOI-RPPM-RCM-20-10-20-50",
     "L'abattement annuel de 4 600 € ou de 9 200 € s'applique à l'ensemble des produits afférents aux bons ou "
     "contrats d'une durée au moins égale à huit ans, quelle que soit la date des versements, et s'impute en priorité "
     "sur les produits afférents aux primes versées avant le 27 septembre 2017."),
    ("succession", "ENR – Exonération des dons familiaux de sommes d'argent", "BOI-ENR-DMTG-20-20-20-20",
     "L'exonération des dons familiaux de sommes d'argent est subordonnée à la condition que le donateur soit âgé de "
     "moins de quatre-vingts ans au jour de la transmission ; l'âge du donateur s'apprécie au jour de la remise "
     "effective des fonds."),
]
_WARNINGS = [
    ("livret", AMF, "l'AMF et l'ACPR", "les offres frauduleuses de livrets et de placements",
     "L'Autorité des marchés financiers (AMF) et l'Autorité de contrôle prudentiel et de résolution (ACPR) mettent "
     "en garde le public contre les activités de plusieurs acteurs qui proposent en France [des livrets d'épargne à "
     "taux garanti|des placements en {produit}|des crédits entre particuliers] sans y être autorisés. {nb_sites} "
     "nouveaux sites ont été ajoutés à leurs listes noires. Les deux autorités rappellent qu'aucun discours commercial "
     "ne doit faire oublier qu'il n'existe pas de rendement élevé sans risque élevé."),
    ("bourse", AMF, "l'AMF", "les usurpations d'identité de professionnels autorisés",
     "L'AMF met en garde le public contre [la multiplication|la recrudescence] des usurpations d'identité de "
     "professionnels autorisés [et de leurs collaborateurs|et de sociétés de gestion]. Avant tout investissement, "
     "l'AMF recommande de vérifier que l'intermédiaire est autorisé à proposer le produit, en consultant le registre "
     "des agents financiers (REGAFI) ou le registre unique des intermédiaires en assurance, banque et finance "
     "(ORIAS), et de ne jamais transférer de fonds vers un compte ouvert à l'étranger."),
    ("assurance_vie", ACPR, "l'ACPR", "les fausses offres d'assurance-vie",
     "L'ACPR constate [une recrudescence|une hausse] des offres frauduleuses de [contrats d'assurance-vie|livrets "
     "d'épargne|comptes à terme] usurpant l'identité d'assureurs et de banques autorisés. Elle invite le public à la "
     "plus grande vigilance et rappelle qu'une rémunération élevée sans risque n'existe pas. La liste noire publiée "
     "sur le site Assurance Banque Épargne Info Service compte désormais {nb_sites} nouveaux noms."),
    ("scpi", AMF, "l'AMF", "les biens divers et les placements atypiques",
     "L'AMF met en garde le public contre les offres d'investissement [en {produit}|dans des biens atypiques] "
     "proposées sans autorisation. Seules les offres ayant obtenu un numéro d'enregistrement de l'AMF peuvent être "
     "commercialisées en France. Aucun discours commercial ne doit faire oublier qu'il n'existe pas de rendement "
     "élevé sans risque élevé."),
]
_PRODUITS = ["vin", "cryptoactifs", "diamants", "parkings", "forêts", "whisky", "métaux précieux", "panneaux solaires"]
_ANSWERS = [
    ("assurance_vie", "l'abattement de 30 500 € de l'article 757 B",
     "L'abattement de 30 500 € prévu à l'article 757 B du code général des impôts est global ; il s'apprécie "
     "tous contrats et tous bénéficiaires confondus et se répartit entre les bénéficiaires au prorata de la part leur "
     "revenant dans les primes taxables."),
    ("succession", "le don familial de sommes d'argent",
     "L'exonération prévue à l'article 790 G du code général des impôts peut être renouvelée tous les quinze "
     "ans, dans la limite de 31 865 € par donateur et par donataire ; elle se cumule avec les abattements personnels "
     "prévus aux articles 779 et 790 B."),
    ("locatif", "le statut de loueur en meublé non professionnel",
     "Les recettes tirées de la location meublée non professionnelle relèvent de la catégorie des bénéfices "
     "industriels et commerciaux. Les amortissements admis en déduction sont désormais réintégrés pour le calcul de la "
     "plus-value de cession, dans les conditions prévues par la loi de finances."),
    ("per", "les sorties anticipées du plan d'épargne retraite",
     "Les sommes versées sur un plan d'épargne retraite peuvent être débloquées de manière anticipée pour "
     "l'acquisition de la résidence principale, à l'exception des versements obligatoires, ainsi qu'en cas "
     "d'accidents de la vie limitativement énumérés par le code monétaire et financier."),
]
_DEPUTES = ["M. Jean-Pierre Vigier", "Mme Véronique Louwagie", "M. Philippe Gosselin", "Mme Marie-Christine Dalloz",
            "M. Thibault Bazin", "Mme Émilie Bonnivard", "M. Michel Castellani", "Mme Christine Pires Beaune"]


def _ruling_no(rng: Random, year: int) -> str:
    return f"{year % 100 - rng.randint(1, 2):02d}-{rng.randrange(10, 26)}.{rng.randrange(100, 999)}"


@lru_cache(maxsize=1)
def official_events() -> tuple[Official, ...]:
    """The dated official texts from mid-2022 to NOW: a ruling, a BOFiP update, a warning or a written answer every
    few working days, each with its reference, its URL and its text (slots filled once, for everyone)."""
    rng = Random("blind5:official-events")
    w = Writer(rng)
    out: list[Official] = []
    day = date(2022, 6, 1)
    while True:
        day += timedelta(days=rng.randint(2, 10))
        while day.weekday() >= 5 or in_holidays(day):
            day += timedelta(days=1)
        if day > TODAY:
            break
        ctx = {"an": day.year, "produit": rng.choice(_PRODUITS), "nb_sites": rng.randint(8, 60)}
        k = len(out)
        kind = rng.choices(["cass", "bofip", "amf", "rm"], [4, 3, 2, 2])[0]
        if kind == "cass":
            topic, theme, _titles, tpl = rng.choice(_RULINGS)
            chamber = rng.choice(_FORMATIONS[topic])
            ref = f"Cass. {chamber}, {_fr(day)}, n° {_ruling_no(rng, day.year)}"
            url = f"https://{COURDECASSATION}/decision/{zlib.crc32(ref.encode()):08x}{k:04x}{day:%Y%m%d}"
            text = w.fill(tpl, ctx)
        elif kind == "bofip":
            topic, title, boi, para = rng.choice(_BOFIP)
            lead = w.fill("[La présente mise à jour|Cette mise à jour] [intègre|tire les conséquences de] [l'article "
                          "{k} de la loi de finances pour {an}|la décision du Conseil d'État du {d2}|la réponse "
                          "ministérielle publiée le {d2}].", ctx | {"k": rng.randint(3, 190), "d2": _fr(
                              day - timedelta(days=rng.randint(20, 300)))})
            text = f"{lead} {para}"
            theme = title.split(" – ")[1][:1].lower() + title.split(" – ")[1][1:]
            n = rng.randrange(1, 40) * 10
            ref = f"{boi}-{day:%Y%m%d}, § {n}"
            url = f"https://{BOFIP}/bofip/{1000 + zlib.crc32(boi.encode()) % 13000}-PGP.html/identifiant={boi}-{day:%Y%m%d}"
        elif kind == "amf":
            topic, host, who, theme, tpl = rng.choice(_WARNINGS)
            ref = f"Communiqué de {who} du {_fr(day)}"
            slug = make_slug("wordpress", theme, set())
            url = (f"https://{host}/fr/actualites-publications/communiques/{slug}-{day:%Y%m%d}" if host == AMF else
                   f"https://{host}/communique-de-presse/{slug}-{day:%Y%m%d}")
            text = w.fill(tpl, ctx)
        else:
            topic, theme, answer = rng.choice(_ANSWERS)
            n = rng.randrange(1000, 19999)
            text = w.fill("Réponse. – [L'attention du Gouvernement a été appelée sur|La question porte sur|Le "
                          "parlementaire interroge le ministre sur] {theme} ([question publiée au Journal officiel "
                          "le|question écrite du] {d2}). ", ctx | {"theme": theme, "d2": _fr(
                              day - timedelta(days=rng.randint(40, 400)))}) + " " + answer
            ref = f"Rép. min. n° {n} à {rng.choice(_DEPUTES)}, JOAN du {_fr(day)}"
            url = f"https://{QUESTIONS}/q16/16-{n}QE.htm"
        out.append(Official(f"{kind}-{day:%Y%m%d}-{k}", kind, ref, topic, theme, text, url, day))
    return tuple(out)


def official_texts() -> list[Official]:
    """Every official text of the web: the code articles and the dated texts."""
    return list(OFFICIAL.values()) + list(official_events())


def ruling_titles(topic: str, theme: str) -> list[str]:
    return next((t for tp, th, t, _ in _RULINGS if (tp, th) == (topic, theme)), [f"{_cap(theme)} : du nouveau"])


def _fr(day: date) -> str:
    return f"{day.day}{'er' if day.day == 1 else ''} {MOIS[day.month - 1]} {day.year}"


def quote(o: Official, words: int | None = None) -> str:
    """The passage as quoted: the whole text, or its first sentences up to about `words` words (never cut inside a
    sentence: a lawyer quotes whole sentences)."""
    if words is None or len(o.text.split()) <= words:
        return o.text
    out: list[str] = []
    for s in re.split(r"(?<=[.;]) (?=[A-Z0-9ÉÀ])", o.text):
        out.append(s)
        if len(" ".join(out).split()) >= words:
            break
    return " ".join(out)


# -- the figures of the worked cases (the law's own figures) --------------------------------------------------
BAREME_LIGNE_DIRECTE = [(8_072, 0.05), (12_109, 0.10), (15_932, 0.15), (552_324, 0.20), (902_838, 0.30),
                        (1_805_677, 0.40), (math.inf, 0.45)]
BAREME_IFI = [(800_000, 0.0), (1_300_000, 0.005), (2_570_000, 0.007), (5_000_000, 0.01), (10_000_000, 0.0125),
              (math.inf, 0.015)]
USUFRUIT = [(21, 90), (31, 80), (41, 70), (51, 60), (61, 50), (71, 40), (81, 30), (91, 20), (200, 10)]


def _eur(x: float) -> str:
    return fmt_int(int(round(x))) + " €"


def _progressive(base: float, bareme) -> float:
    tax, low = 0.0, 0.0
    for high, rate in bareme:
        if base > low:
            tax += (min(base, high) - low) * rate
        low = high
    return tax


def droits_ligne_directe(base: float) -> float:
    return _progressive(max(0.0, base), BAREME_LIGNE_DIRECTE)


def usufruit(age: int) -> int:
    return next(u for limit, u in USUFRUIT if age < limit)


def ifi(net: float) -> float:
    if net <= 1_300_000:
        return 0.0
    tax = _progressive(net, BAREME_IFI)
    if net < 1_400_000:
        tax -= 17_500 - 0.0125 * net
    return max(0.0, tax)


def prelevement_990I(part: float) -> float:
    taxable = max(0.0, part - 152_500)
    return min(taxable, 700_000) * 0.20 + max(0.0, taxable - 700_000) * 0.3125


def _who(rng: Random) -> str:
    return rng.choice(["M.", "Mme"]) + " " + rng.choice(bank.LAST_NAMES)


def worked_case(rng: Random, key: str) -> str | None:
    """A practical case with real figures for the article `key`, or None when the article has none."""
    who, k = _who(rng), rng.randint(1, 4)
    enfants = "son fils" if k == 1 else f"ses {k} enfants"
    if key == "cgi-990I":
        c = rng.randrange(12, 180) * 5_000
        part = c / k
        tax = prelevement_990I(part)
        end = (f"la part taxable de chacun s'élève à {_eur(part - 152_500)}, soit un prélèvement de {_eur(tax)} par "
               f"bénéficiaire" if tax else "aucun prélèvement n'est dû")
        return (f"Cas pratique. {who}, veuf, décède à {rng.randint(72, 94)} ans en laissant un contrat de {_eur(c)} "
                f"alimenté avant ses 70 ans, au profit de {enfants} par parts égales. Chacun reçoit {_eur(part)} : "
                f"après l'abattement de 152 500 €, {end}.")
    if key in ("cgi-757B", "cgi-779"):
        p = rng.randrange(8, 80) * 5_000
        c = p * rng.uniform(1.05, 1.6)
        share = max(0.0, p - 30_500) / k
        d = droits_ligne_directe(share - 100_000)
        end = (f"les droits s'élèvent à {_eur(d)} pour chacun" if d else "aucun droit n'est dû")
        return (f"Exemple chiffré. {who} a versé {_eur(p)} de primes après ses 70 ans ; au décès, le contrat vaut "
                f"{_eur(c)}. Seules les primes sont taxables, après l'abattement global de 30 500 € : {_eur(share)} "
                f"par enfant ({k} enfant{'s' if k > 1 else ''}). Si l'abattement de 100 000 € de l'article 779 est "
                f"intact, {end}. Les {_eur(c - p)} de produits échappent aux droits de succession.")
    if key in ("cgi-669", "civ-757", "civ-1094-1"):
        age, v = rng.randint(58, 88), rng.randrange(20, 160) * 5_000
        u = usufruit(age)
        np_ = v * (100 - u) / 100
        if key == "cgi-669":
            d = droits_ligne_directe(np_ / k - 100_000)
            end = f"les droits s'élèvent à {_eur(d)} par enfant" if d else "aucun droit n'est dû"
            return (f"Cas pratique. {who}, {age} ans, donne la nue-propriété d'un bien de {_eur(v)} à {enfants}. "
                    f"D'après le barème, l'usufruit vaut {u} % et la nue-propriété {100 - u} % : l'assiette est de "
                    f"{_eur(np_)}, soit {_eur(np_ / k)} par enfant ; après l'abattement de 100 000 €, {end}. Au décès "
                    f"de l'usufruitier, la pleine propriété se reconstitue sans droits.")
        return (f"Cas pratique. Au décès de son époux, {who}, {age} ans, hérite en présence de {k + 1} enfants communs "
                f"d'une succession de {_eur(v)}. Le quart en pleine propriété représente {_eur(v / 4)} ; l'usufruit "
                f"de la totalité, valorisé à {u} % selon l'article 669 du CGI, représente {_eur(v * u / 100)}. "
                f"[Le choix dépend moins de ces chiffres que des revenus dont le conjoint aura besoin.|L'option se "
                f"fait par écrit, et le notaire peut la provoquer.]")
    if key in ("cgi-973", "cgi-964"):
        rp, loc, dette = rng.randrange(40, 300) * 5_000, rng.randrange(0, 300) * 5_000, rng.randrange(0, 60) * 5_000
        net = rp * 0.7 + loc - dette
        tax = ifi(net)
        end = f"l'IFI dû s'élève à {_eur(tax)}" if tax else "le seuil de 1 300 000 € n'est pas atteint : aucun IFI"
        return (f"Cas pratique. Un couple détient sa résidence principale, estimée {_eur(rp)}, et des biens locatifs "
                f"pour {_eur(loc)}, avec {_eur(dette)} de dettes déductibles. Après l'abattement de 30 % sur la "
                f"résidence principale ({_eur(rp * 0.7)}), le patrimoine net taxable s'établit à {_eur(net)} : {end}.")
    if key == "cgi-790G":
        age, n = rng.randint(62, 86), rng.randint(1, 5)
        if age >= 80:
            return (f"Exemple. {who}, {age} ans, voudrait aider ses {n + 1} petits-enfants : trop tard pour le don "
                    f"familial, réservé aux donateurs de moins de 80 ans. Reste l'abattement de 31 865 € par "
                    f"petit-enfant, soit {_eur(31_865 * (n + 1))} au total sans droits.")
        return (f"Exemple. {who}, {age} ans, peut donner à chacun de ses {n + 1} petits-enfants majeurs 31 865 € au "
                f"titre du don familial, en plus de l'abattement de 31 865 € : {_eur(63_730 * (n + 1))} transmis sans "
                f"droits, et de nouveau dans quinze ans.")
    if key == "cgi-784":
        d, y = rng.randrange(10, 60) * 5_000, rng.randint(3, 20)
        if y >= 15:
            return (f"Exemple. Des parents ont donné {_eur(d)} à leur fils il y a {y} ans : la donation est sortie du "
                    f"rappel fiscal, et l'abattement de 100 000 € par parent s'est reconstitué.")
        left = max(0, 100_000 - d)
        return (f"Exemple. Des parents ont donné {_eur(d)} à leur fils il y a {y} ans : au décès du donateur, la "
                f"donation est rappelée et il ne reste que {_eur(left)} d'abattement ; dans {15 - y} ans, il serait "
                f"de nouveau entier.")
    if key in ("civ-912", "civ-913"):
        v = rng.randrange(20, 200) * 5_000
        frac = {1: 2, 2: 3}.get(k, 4)
        return (f"Exemple. Avec {k} enfant{'s' if k > 1 else ''} et un patrimoine de {_eur(v)}, la quotité disponible "
                f"est de 1/{frac}, soit {_eur(v / frac)} dont le défunt pouvait disposer librement ; le reste, "
                f"{_eur(v - v / frac)}, revient aux réservataires.")
    if key == "cgi-125-0A":
        c, p = rng.randrange(20, 120) * 5_000, 0.0
        p = c * rng.uniform(0.55, 0.85)
        r = rng.randrange(4, 40) * 1_000
        g = r * (c - p) / c
        ab = rng.choice([4_600, 9_200])
        tax = max(0.0, g - ab) * 0.075
        end = f"{_eur(g - ab)} sont imposables à 7,5 %, soit {_eur(tax)}" if g > ab else "aucun impôt sur le revenu"
        return (f"Cas pratique. Rachat partiel de {_eur(r)} sur un contrat de plus de huit ans valant {_eur(c)} pour "
                f"{_eur(p)} de primes : la part de produits du rachat est de {_eur(g)}. Après l'abattement de "
                f"{_eur(ab)}, {end} (prélèvements sociaux en sus).")
    if key == "cgi-163qv":
        rev = rng.randrange(30, 160) * 1_000
        plafond = max(rev * 0.1, 4_710)
        v = min(plafond, rng.randrange(2, 30) * 1_000)
        tmi = rng.choice([0.11, 0.30, 0.41, 0.45])
        return (f"Cas pratique. Un cadre aux revenus professionnels de {_eur(rev)} dispose d'un plafond de "
                f"{_eur(plafond)}. Un versement de {_eur(v)} lui fait économiser {_eur(v * tmi)} d'impôt à une TMI de "
                f"{int(tmi * 100)} % : une économie différée, la sortie en capital étant imposée.")
    if key == "cgi-156":
        tr, rf = rng.randrange(8, 60) * 1_000, rng.randrange(3, 25) * 1_000
        deficit = tr - rf
        if deficit <= 0:
            return (f"Exemple. {_eur(tr)} de travaux pour {_eur(rf)} de loyers : pas de déficit, les travaux "
                    f"effacent simplement l'imposition des loyers de l'année.")
        on_global = min(deficit, 10_700)
        return (f"Exemple. {_eur(tr)} de travaux déductibles pour {_eur(rf)} de loyers : le déficit de "
                f"{_eur(deficit)} s'impute sur le revenu global à hauteur de {_eur(on_global)}, le solde "
                f"({_eur(deficit - on_global)}) sur les revenus fonciers des dix années suivantes, à condition de louer "
                f"jusqu'au 31 décembre de la troisième année.")
    if key == "cgi-200A":
        pv = rng.randrange(2, 80) * 1_000
        return (f"Exemple. Une plus-value de {_eur(pv)} sur un compte-titres supporte {_eur(pv * 0.128)} d'impôt au "
                f"taux de 12,8 %, hors prélèvements sociaux ; l'option pour le barème ne se justifie qu'avec une TMI "
                f"à 0 % ou 11 %.")
    if key == "cgi-150U":
        pv = rng.randrange(20, 300) * 1_000
        return (f"Exemple. La revente de la résidence principale avec une plus-value de {_eur(pv)} est exonérée, "
                f"à condition que le bien soit occupé au jour de la cession ou mis en vente peu après le départ.")
    return None


# -- the lawyer's or notary's legal watch ---------------------------------------------------------------------
FLASH_INTROS = {
    "cass": ["[Par un arrêt du|Dans un arrêt rendu le] {d}, la Cour de cassation [revient sur|précise sa position "
             "sur|apporte un éclairage utile sur] {theme}.",
             "[Arrêt important|Décision à retenir] [de la Cour de cassation|de la Haute juridiction], le {d}, sur "
             "{theme}."],
    "bofip": ["L'administration a publié le {d} au BOFiP une mise à jour relative à {theme}.",
              "[Mise à jour du BOFiP|Actualité BOFiP] du {d} : {theme}. [Les commentaires sont en consultation "
              "publique|La doctrine est opposable dès sa publication]."],
    "amf": ["[Nouvelle mise en garde|Nouvelle alerte], publiée le {d}, sur {theme}.",
            "Le {d}, [les autorités ont publié|un communiqué a été publié sur] {theme} : [à relayer auprès de vos "
            "proches|une lecture utile pour tout épargnant]."],
    "rm": ["Une réponse ministérielle publiée au Journal officiel le {d} revient sur {theme}.",
           "[Réponse ministérielle|Question écrite] : le {d}, [le ministre|Bercy] a précisé sa doctrine sur {theme}."],
}
EVENT_TITLES = {
    "bofip": ["BOFiP : {theme_cap}, ce qui change", "Mise à jour du BOFiP sur {theme}", "{theme_cap} : la doctrine "
              "administrative mise à jour"],
    "amf": ["Arnaques : {theme_cap}", "Mise en garde des autorités : {theme}", "Vigilance : {theme}"],
    "rm": ["Réponse ministérielle : {theme}", "{theme_cap} : Bercy précise", "{theme_cap} : ce que dit le ministre"],
}
THEMATIC_TITLES = ["{ref} : [ce que dit le texte|le texte et son application|mode d'emploi]",
                   "{theme_cap} : [rappel des règles|ce qu'il faut savoir|les points de vigilance]",
                   "[Fiche pratique|Rappel] : {theme} ({ref})", "{theme_cap} [en pratique|en {an}]",
                   "[Comprendre|Décrypter] {theme}"]
REVUE_TITLES = ["Veille juridique et fiscale – semaine du {d}", "Revue de veille n° {n} : {mois} {an}",
                "Veille patrimoniale : l'essentiel de la quinzaine ({d})", "Ce qu'il fallait retenir cette semaine "
                "({d})"]
REVUE_INTROS = ["[Au programme de cette veille|Cette semaine] : {n} textes [à connaître|à retenir], [dont|avec] "
                "{first}.", "Comme chaque semaine, [les textes|les décisions] [qui ont retenu mon attention|à ne pas "
                "manquer], [avec un mot de commentaire|commentés en quelques lignes]."]
REVUE_ITEM_COMMENTS = ["[À retenir|À noter] pour [les dossiers en cours|les successions ouvertes].",
                       "[Rien de nouveau sur le fond|Une confirmation], mais [un rappel utile|une formulation claire].",
                       "[Nous y reviendrons|J'y reviendrai] [plus en détail|dans un prochain billet].",
                       "[À relayer|À faire lire] [à vos clients|autour de vous].", "[Important|Attention] pour "
                       "[les contrats anciens|les donations récentes|les investisseurs particuliers]."]
QUOTE_LEADS = {
    "code": ["L'article {ref_art} dispose :", "Le texte, d'abord ({ref}) :", "Rappelons les termes de l'{ref_art} :",
             "[Pour mémoire|Rappel du texte], {ref} :"],
    "cass": ["Les motifs de l'arrêt ({ref}) :", "La Cour juge ainsi ({ref}) :", "Extrait de la décision ({ref}) :"],
    "bofip": ["Le paragraphe ajouté ({ref}) :", "La nouvelle rédaction du BOFiP ({ref}) :"],
    "amf": ["Extrait du communiqué ({ref}) :", "Le communiqué ({ref}) :"],
    "rm": ["La réponse ({ref}) :", "Le ministre répond ({ref}) :"],
}
COMMENTARY = [
    "[À notre sens|Selon nous|À mon sens], [cette solution|cette position] [n'est pas nouvelle|s'inscrit dans la "
    "continuité des décisions antérieures|marque une inflexion] : {s}",
    "[La portée pratique de ce texte|L'intérêt pratique de cette décision] [est considérable|ne doit pas être "
    "surestimé] [pour les praticiens|en matière de {sujet}] : [il appartiendra|il appartient toujours] [aux "
    "héritiers|au contribuable|au souscripteur] de [rapporter la preuve|démontrer] [de ce qu'il avance|de la "
    "réalité de la situation].",
    "[En pratique|Concrètement], [nous conseillons|je recommande] de [conserver|documenter] [les justificatifs|la "
    "trace écrite] [des versements|des décisions] [au jour de l'opération|au moment de la souscription] : {s}",
    "[Reste à savoir|On peut se demander] [si l'administration|si les juges du fond] [suivront|s'aligneront sur] "
    "[cette lecture|cette interprétation] [dans les contentieux en cours|à l'avenir].",
    "[Le texte est clair|La lettre du texte est claire], [son application l'est beaucoup moins|mais les situations "
    "réelles le sont rarement] : {s}",
    "[On notera|Il faut relever] [la formule employée|la précision apportée] : [elle vise|elle concerne] "
    "[l'ensemble des contrats|toutes les situations] [et non les seuls cas particuliers|sans distinction].",
]
DISCLAIMERS = ["Cet article a une vocation d'information générale et ne constitue pas une consultation juridique.",
               "Les informations publiées sur ce blog sont données à titre indicatif et ne sauraient remplacer une "
               "consultation personnalisée.",
               "Article à jour à la date de sa publication ; il ne constitue ni un conseil juridique ni un conseil "
               "fiscal personnalisé."]
SOURCES_LINE = ["Sources : {u}", "[Texte intégral|Lire le texte] : {u}", "Référence : {ref}, {u}", "Sur Légifrance "
                ": {u}"]
NEWS_LEADS = ["[L'information a été reprise par la presse|La presse s'en est fait l'écho] : {u}",
              "[Voir aussi|Lire aussi] l'article de presse [consacré à la question|sur le sujet] : {u}"]
FIRM_LEADS = ["[Le cabinet|L'étude] [se tient à votre disposition|vous accompagne] pour [toute question|l'étude de "
              "votre situation] : {u}", "[Pour un rendez-vous|Nous contacter] : {u}"]
UPDATES = ["Mise à jour du {d} : [le texte a été modifié depuis|la doctrine administrative a évolué] ; les chiffres "
           "ci-dessous [ont été actualisés|restent valables].", "Mise à jour du {d} : [précision ajoutée à la suite "
           "d'une question en commentaire|ajout d'une référence au BOFiP]."]
PEER_COMMENTS = ["Merci [cher confrère|chère consœur|pour cette synthèse] [pour cette analyse|très claire]. "
                 "[J'ajouterais que|Précision utile :] {s}",
                 "[Même constat à l'étude|Même constat au cabinet] : {s} [Les clients ont du mal à l'entendre.|Les "
                 "banques ne le disent pas assez.]",
                 "[Nuance|Attention toutefois] : [la doctrine administrative|le BOFiP] [est plus restrictive|ne dit pas "
                 "tout à fait la même chose] sur ce point. {S}",
                 "[Excellent résumé|Très bon rappel], [je le transmets|je le fais suivre] à [mes clients|mes "
                 "collaborateurs]. {S}"]
READER_COMMENTS = ["Bonjour Maître, [merci pour cet article|article très clair]. [Dans notre cas|Question "
                   "pratique] : {q} ?", "[Bonjour,|Bonsoir,] [ma mère a|mon père a] {age} ans [et|;] {q} ? [Merci "
                   "d'avance.|Merci pour votre éclairage.]", "Merci pour ce billet. {Q} ?"]
AUTHOR_TO_READERS = ["[Bonjour|Merci pour votre message]. [Je ne peux pas répondre à une situation particulière "
                     "dans les commentaires|Sans le dossier, difficile de répondre précisément] ; [en principe|sous "
                     "réserve de l'analyse de votre situation], {s}", "[Bonjour|Bonsoir], [c'est une question qui "
                     "mérite un rendez-vous|votre notaire pourra vous répondre précisément] : {s}"]
AUTHOR_TO_PEERS = ["Merci [cher confrère|chère consœur|pour ce complément] !", "[Tout à fait|Bien vu], [je complète "
                   "le billet|je l'ajoute à la mise à jour].", "Merci, [précision utile|très juste]."]


LEGAL_CATEGORIES = {"succession": "Successions et libéralités", "assurance_vie": "Assurance-vie",
                    "ifi": "Fiscalité du patrimoine", "locatif": "Fiscalité immobilière", "defisc": "Fiscalité immobilière",
                    "scpi": "Fiscalité immobilière", "per": "Retraite", "retraite": "Retraite",
                    "bourse": "Droit financier", "livret": "Droit financier", "credit": "Droit immobilier"}


def _lc(s: str) -> str:
    return s[:1].lower() + s[1:]


def _veille_times(rng: Random, p: dict) -> list[datetime]:
    """The regular posts: every params["every_days"] days from params["last"] back, on the weekday of the last
    post give or take params["jitter_days"], in a slot of params["slots"]; params["skip_share"] of the dates missed,
    none in the holidays (params["holidays"])."""
    last = _at(p["last"].date(), rng.randrange(*rng.choice(p["slots"])))
    times = [last if last <= NOW else last - timedelta(days=1)]
    day = p["last"].date()
    guard = 0
    while len(times) < p["n_posts"] and guard < 2000:
        guard += 1
        day -= timedelta(days=p["every_days"])
        if (p["holidays"] and in_holidays(day)) or rng.random() < p["skip_share"]:
            continue
        d = day + timedelta(days=rng.randint(-p["jitter_days"], p["jitter_days"]))
        if p["holidays"] and in_holidays(d):
            continue
        times.append(_at(d, rng.randrange(*rng.choice(p["slots"]))))
    return sorted(t for t in times if t <= NOW)


def _flash_times(rng: Random, p: dict, start: datetime) -> list[tuple[datetime, Official]]:
    """The flashes: params["flash_share"] of the rulings and texts of the author's subjects get a post 0-4 days after
    they came out (after start, before NOW)."""
    out = []
    for ev in official_events():
        if ev.topic not in p["topics"] or ev.when < start.date() or rng.random() >= p["flash_share"]:
            continue
        d = ev.when + timedelta(days=rng.choice([0, 1, 1, 2, 3, 4]))
        when = _at(d, rng.randrange(*rng.choice(p["slots"])))
        if (p["holidays"] and in_holidays(d)) or when > NOW:
            continue
        out.append((when, ev))
    return out


def legal_watch_blog(src: Source, guard: DuplicateGuard, content: dict) -> Blog:
    """A lawyer's or notary's watch: regular posts (`_veille_times`) and flashes (`_flash_times`); each flash or
    thematic post quotes official texts word for word (params["quotes"] of them, the whole text or its first
    sentences), adds the author's commentary and, in params["case_share"] of them, a worked case; params["revue_share"]
    of the regular posts are round-ups of the last weeks' texts; official links on every post, a news article of the
    audit (params["news_share"]), the firm (params["firm_share"]); the disclaimer (params["disclaimer_share"]); a few
    comments (params["commented"]), peers among them (params["peer_share"]), answered (params["reply_rate"])."""
    p = src.params
    rng = rng_for(src.host, "veille")
    w = Writer(rng)
    regular = _veille_times(rng, p)
    flashes = _flash_times(rng, p, regular[0]) if regular else []
    plan = sorted([(t, None) for t in regular] + flashes, key=lambda x: x[0])
    events = official_events()
    covered: set[str] = set()
    news = [(h, o) for h in p.get("news", []) if h in content for o in content[h].posts]
    posts, taken, titles, parents = [], set(), set(), {}
    revues = 0
    for when, flash in plan:
        recent = [e for e in events if when.date() - timedelta(days=p["revue_days"]) <= e.when <= when.date()
                  and e.key not in covered]
        if flash is None and len(recent) >= 3 and rng.random() < p["revue_share"]:
            revues += 1
            post = _revue(rng, w, p, when, recent, revues, titles, src.platform, taken)
            covered |= {e.key for e in recent}
        else:
            if flash is None:
                mine = [e for e in recent if e.topic in p["topics"]]
                flash = rng.choice(mine) if mine and rng.random() < p["event_share"] else None
            post = _veille_post(rng, w, guard, p, when, flash, titles, src.platform, taken)
            if flash is not None:
                covered.add(flash.key)
        if news and rng.random() < p["news_share"]:
            pool = [(h, o) for h, o in news if o.when < when and o.category == post.category] or \
                   [(h, o) for h, o in news if o.when < when]
            if pool:
                h, o = rng.choice(pool[-30:])
                post.paragraphs.insert(len(post.paragraphs) - 1, w.fill(rng.choice(NEWS_LEADS),
                                                                        {"u": permalink(content[h].platform, h, o)}))
        if rng.random() < p["firm_share"]:
            post.paragraphs.append(w.fill(rng.choice(FIRM_LEADS), {"u": p["firm_url"] + rng.choice(
                ["contact/", "", "rendez-vous/", "honoraires/"])}))
        if rng.random() < p["disclaimer_share"]:
            post.paragraphs.append(p["disclaimer"])
        if rng.random() < p["update_share"]:
            mod = when + timedelta(days=rng.uniform(20, 500))
            if mod <= NOW:
                post.modified = mod.replace(second=0, microsecond=0)
                post.paragraphs.insert(0, w.fill(rng.choice(UPDATES), {"d": fr_date(mod.date())}))
        post.comments_open = not p["closed"]
        if post.comments_open and rng.random() < p["commented"]:
            post.comments = _veille_comments(rng, w, p, post, parents)
        posts.append(post)
    blog = Blog(src.host, src.platform, src.name, src.tagline, p["author"], make_slug("wordpress", p["author"], set()),
                posts, blogroll=[(f"http://{h}/", content[h].name) for h in p.get("blogroll", []) if h in content])
    _tidy_blog(blog)
    _number_posts(blog, rng)
    _number_comments(blog, parents)
    return blog


def _quote_para(rng: Random, w: Writer, o: Official, words: int | None) -> str:
    art = o.ref.replace("CGI, art. ", "article ").replace("C. civ., art. ", "article ").replace(
        "C. assur., art. ", "article ").replace("CMF, art. ", "article ")
    suffix = {"CGI": " du CGI", "C. civ.": " du Code civil", "C. assur.": " du Code des assurances",
              "CMF": " du Code monétaire et financier"}.get(o.ref.split(",")[0], "")
    lead = w.fill(rng.choice(QUOTE_LEADS[o.kind]), {"ref": o.ref, "ref_art": art + suffix})
    return f"{lead} « {quote(o, words)} »"


def _own_text(w: Writer, guard: DuplicateGuard, topic: str, when: datetime, words: int) -> list[str]:
    """About `words` words of the author's own sentences on `topic`, which no earlier text of the web is close to
    (up to 30 tries), in paragraphs of two to four sentences."""
    for _attempt in range(30):
        body = w._body(topic, w._ctx(topic, when), words)
        if guard.accepts(" ".join(body)):
            break
    guard.add(" ".join(body))
    out, cur = [], []
    for s in body:
        cur.append(s)
        if len(cur) >= w.rng.randint(2, 4):
            out.append(" ".join(cur))
            cur = []
    return out + ([" ".join(cur)] if cur else [])


def _commentary(rng: Random, w: Writer, guard: DuplicateGuard, p: dict, topic: str, when: datetime) -> list[str]:
    """The author's own analysis: his sentences on the subject (unique in the web) and a few lines of a lawyer's."""
    out = _own_text(w, guard, topic, when, rng.randint(*p["own_words"]))
    ctx = {"sujet": rng.choice(TOPICS[topic]["sujet"]), "an": when.year}
    for t in rng.sample(COMMENTARY, rng.randint(1, 3)):
        out.insert(rng.randrange(0, len(out) + 1), w.fill(t, ctx | {"s": _lc(w.sentence(topic, when))}))
    return out


def _veille_post(rng: Random, w: Writer, guard: DuplicateGuard, p: dict, when: datetime, ev: Official | None,
                 titles: set[str], platform: str, taken: set[str]) -> Post:
    """A flash on `ev` (its text quoted, and an article of the code with it now and then), or a thematic post on
    articles of the code; commentary, worked case, sources."""
    if ev is not None:
        topic = ev.topic
        ctx = {"d": fr_date(ev.when), "theme": ev.theme, "theme_cap": _cap(ev.theme), "an": when.year}
        intro = w.fill(rng.choice(FLASH_INTROS[ev.kind]), ctx)
        if ev.kind == "cass":
            title = rng.choice(ruling_titles(ev.topic, ev.theme))
            if title in titles or rng.random() < 0.3:
                title = f"{title} ({ev.ref.split(', n°')[0]})"
        else:
            title = w.fill(rng.choice(EVENT_TITLES[ev.kind]), ctx)
        quoted = [ev]
        if rng.random() < 0.4:
            quoted.append(rng.choice(codes_for(topic)))
    else:
        topic = rng.choice(p["topics"])
        pool = codes_for(topic)
        quoted = rng.sample(pool, min(len(pool), rng.randint(*p["quotes"])))
        main = quoted[0]
        ctx = {"ref": main.ref, "theme": main.theme, "theme_cap": _cap(main.theme), "an": when.year}
        title = w.fill(rng.choice(THEMATIC_TITLES), ctx)
        intro = w.fill(rng.choice(bank.VOICES[p["voice"]]["intro"]),
                       {"sujet": main.theme, "an": when.year, "month": when.month, "date": when})
    title = _unique(title, titles)
    paras = [intro]
    for i, o in enumerate(quoted):
        paras.append(_quote_para(rng, w, o, None if i == 0 or rng.random() < 0.5 else rng.randint(30, 60)))
        if i == 0:
            paras += _commentary(rng, w, guard, p, topic, when)
    if rng.random() < p["case_share"]:
        case = next((c for c in (worked_case(rng, o.key) for o in quoted if o.kind == "code") if c), None) or \
            worked_case(rng, rng.choice(CODES_BY_TOPIC.get(topic, CODES_BY_TOPIC["succession"])))
        if case:
            paras.append(w.fill(case) if "[" in case else case)
    for o in quoted:
        paras.append(w.fill(rng.choice(SOURCES_LINE), {"u": o.url, "ref": o.ref}))
    post = Post(0, title, make_slug(platform, title, taken), when, p["author"], paras,
                category=LEGAL_CATEGORIES.get(topic, "Actualités"))
    post.tags = list(dict.fromkeys([TOPICS[topic]["category"], quoted[0].ref.split(",")[0]]))
    return post


def _revue(rng: Random, w: Writer, p: dict, when: datetime, recent: list[Official], n: int, titles: set[str],
           platform: str, taken: set[str]) -> Post:
    """A round-up of the last weeks' texts: each quoted in its first sentences, a line of comment, its link."""
    items = sorted(rng.sample(recent, min(len(recent), rng.randint(3, 6))), key=lambda e: e.when)
    ctx = {"d": fr_date(when.date()), "n": n, "mois": MOIS[when.month - 1], "an": when.year}
    title = _unique(w.fill(rng.choice(REVUE_TITLES), ctx), titles)
    paras = [w.fill(rng.choice(REVUE_INTROS), {"n": len(items), "first": items[0].theme})]
    for e in items:
        paras.append(f"{_cap(e.theme)} ({e.ref}) : « {quote(e, rng.randint(25, 55))} » "
                     f"{w.fill(rng.choice(REVUE_ITEM_COMMENTS))} {e.url}")
    post = Post(0, title, make_slug(platform, title, taken), when, p["author"], paras, category="Veille")
    post.tags = ["veille", "revue"]
    return post


def _veille_comments(rng: Random, w: Writer, p: dict, post: Post, parents: dict) -> list[Comment]:
    topic = next((t for t in p["topics"] if TOPICS[t]["category"] in post.tags), rng.choice(p["topics"]))
    out: list[Comment] = []
    t = post.when
    for _ in range(rng.randint(1, p["max_comments"])):
        t = _human(rng, t + timedelta(minutes=rng.lognormvariate(math.log(60 * 20), 1.3)))
        if t > NOW:
            break
        s = w.sentence(topic, t)
        if rng.random() < p["peer_share"]:
            first, last = rng.choice(bank.FIRST_NAMES), rng.choice(bank.LAST_NAMES)
            trade = rng.choice(["avocats", "notaires"])
            c = Comment(0, rng.choice([f"Me {first} {last}", f"{first} {last}", f"{last} {trade[:-1].capitalize()}"]), t,
                        [w.fill(rng.choice(PEER_COMMENTS), {"s": _lc(s), "S": s})],
                        url=f"http://www.{make_slug('wordpress', last, set())}-{trade}.test/")
            peer = True
        else:
            q = w.question(topic, t)
            c = Comment(0, rng.choice(bank.FIRST_NAMES), t, [w.fill(rng.choice(READER_COMMENTS),
                                                                     {"q": q, "Q": _cap(q), "age": rng.randint(55, 92)})])
            peer = False
        out.append(c)
        if rng.random() < p["reply_rate"]:
            rt, _ = office_time(t + timedelta(hours=rng.uniform(2, 72)), rng, p["holidays"])
            if rt <= NOW:
                text = w.fill(rng.choice(AUTHOR_TO_PEERS)) if peer else \
                    w.fill(rng.choice(AUTHOR_TO_READERS), {"s": _lc(w.sentence(topic, rt))})
                r = Comment(0, p["author"], rt, [text], by_author=True, url=p["firm_url"])
                parents[id(r)] = c
                out.append(r)
    out.sort(key=lambda c: c.when)
    return out


# -- the questions-and-answers forum with its experts -----------------------------------------------------------
CHARTER = ["[Bienvenue sur le forum|Bienvenue] ! [Posez vos questions sur|Ici, on parle de] [la succession, la "
           "donation, l'assurance-vie et la fiscalité du patrimoine|l'épargne, l'immobilier et la transmission]. "
           "[Nos experts bénévoles|Les professionnels signalés comme experts] répondent quand ils le peuvent : leurs "
           "réponses sont données à titre indicatif, sans examen de votre dossier, et ne remplacent pas une "
           "consultation. [Pas de démarchage.|Pas de publicité ni de démarchage par message privé.]"]
ASK_DETAILS = ["[Précision|Pour info] : [le contrat a été ouvert en {annee}|la maison est en indivision avec mon "
               "frère|nous sommes pacsés, pas mariés|il y a un enfant d'une première union|ma mère a {age_r} ans].",
               "[Je n'ai rien trouvé de clair|Les réponses trouvées sur internet se contredisent], [d'où ma "
               "question|merci de votre aide]."]
EXPERT_OPEN = ["Bonjour,", "Bonjour {a},", "Bonsoir,", "Bonjour {a}. [Question classique.|Question fréquente.]",
               "Bonjour, [merci pour ces précisions|votre question est claire]."]
EXPERT_FRAMES = ["[En principe|En l'état de votre description|Sauf élément que vous n'indiquez pas], {s}",
                 "[Attention|Point de vigilance] : {s}", "[Il faut distinguer deux choses|Deux points à distinguer]. {S} "
                 "{s2}", "[Dans votre cas|Dans votre situation], [la réponse dépend|tout dépend] [de la date des "
                 "versements|de votre régime matrimonial|de l'âge au moment de la donation|de la rédaction de la "
                 "clause|de la durée de détention].", "[Je vous conseille|Il serait prudent] de [faire établir un "
                 "bilan|consulter votre notaire|demander une simulation écrite] avant [de signer|toute décision]."]
EXPERT_QUOTE = ["[Le texte est clair|Le texte applicable] ({ref}) : « {t} »", "Pour mémoire, {ref} : « {t} »",
                "[Je vous cite le texte|Voici le texte], {ref} : « {t} »"]
EXPERT_LINKS = ["[J'ai rédigé une fiche sur ce point|Une fiche détaillée sur le site de l'étude|Plus de détails sur "
                "notre site] : {u}", "[Si vous souhaitez une étude de votre dossier|Pour un rendez-vous], [mon "
                "cabinet|l'étude] : {u}"]
FIRM_PAGES = ["fiches/{slug}/", "contact/", "", "rendez-vous/", "actualites/{slug}/"]
SIGN_OFFS = ["Cordialement,", "Bien cordialement,", "Cordialement, {n}", "Bien à vous, {n}", "{n}"]
ASKER_DETAILS = ["[Merci pour votre réponse|Merci beaucoup {e}]. [Je précise|Pour compléter] : [nous sommes mariés "
                 "sous le régime de la communauté|le contrat a été ouvert en {annee}|mon père avait {age_r} ans au "
                 "moment des versements|il y a aussi un enfant d'une première union|le bien est en indivision avec ma "
                 "sœur]. [Est-ce que cela change quelque chose ?|Cela change-t-il votre analyse ?]",
                 "Merci. [Autre question|Et aussi|Question liée] : {q} ?", "[J'ai retrouvé les papiers|J'ai vérifié] : [le contrat "
                 "date de {annee}|la donation a été faite en {annee}|les versements ont continué après ses 70 ans]. "
                 "[Du coup ?|Qu'en pensez-vous ?]"]
ASKER_DISAGREE = ["[Je ne suis pas sûr de comprendre|Pourtant], [mon banquier|le notaire de ma mère|un ami "
                  "comptable] m'a dit [l'inverse|que ce n'était pas possible]. [Vous êtes sûr ?|Qui croire ?]",
                  "[Désolé mais|Hum,] [j'ai lu ailleurs|sur un autre site on m'a dit] que {s} [Non ?|C'est faux ?]",
                  "[Je ne suis pas d'accord|Là je ne vous suis pas] : {s} [C'est ce qui est écrit sur le site des "
                  "impôts.|Mon cas me semble différent.]"]
ASKER_THANKS = ["Merci beaucoup pour ces précisions, [c'est très clair|je vais prendre rendez-vous].",
                "[Merci|Merci encore] {e} !", "Merci, [je vais relire tout ça à tête reposée|je reviens vers vous si "
                "besoin].", "[Super|Parfait], merci [pour le temps passé|pour la réponse rapide]."]
ASKER_LATER = ["[Petit retour|Je reviens vers vous] [après le rendez-vous chez le notaire|quelques mois plus tard|"
               "comme promis] : [nous avons finalement|j'ai finalement] [décidé de|choisi de] {decision}. [Merci "
               "encore|Encore merci] [pour vos réponses|à {e}].", "[Je remonte mon sujet|Je reviens sur mon sujet] "
               "pour [dire|signaler] que [le notaire a confirmé|tout s'est bien passé]. [Merci au forum|Merci {e}]."]
ASKER_BUMP = ["[Personne ?|Up !|Je remonte ma question.]", "[Quelqu'un aurait une idée ?|Un expert pourrait-il me "
              "répondre ?]"]
EXPERT_TO_DETAILS = ["[Oui|Effectivement], [cela change|ça change] [beaucoup de choses|l'analyse] : {s}",
                     "[Non|Pas vraiment], [le principe reste le même|la réponse reste la même] : {s}",
                     "[Merci pour la précision|C'est important]. {S} [Dans ce cas,|Du coup,] [voyez votre notaire "
                     "avant de signer|faites faire le calcul]."]
EXPERT_TO_DISAGREE = ["[Votre banquier|Votre interlocuteur] [confond peut-être|pense sans doute] [avec un autre "
                      "dispositif|au cas général]. {S} [Je maintiens ma réponse.|C'est le texte qui le dit.]",
                      "[Je comprends la confusion|La confusion est fréquente] : {s} [Votre notaire vous le "
                      "confirmera.|Le texte est cité plus haut.]", "[Vous avez raison sur un point|Nuance] : {s} "
                      "[Mais sur le fond, ma réponse ne change pas.|Je corrige donc ma réponse sur ce point.]"]
EXPERT_TO_THANKS = ["Avec plaisir, bonne continuation.", "Je vous en prie. [Tenez-nous au courant.|Bonnes démarches.]",
                    "Merci pour ce retour, [c'est rare et précieux|il servira à d'autres]."]


def _asker_name(rng: Random, taken: set[str]) -> str:
    for _ in range(50):
        f, l = rng.choice(bank.FIRST_NAMES), rng.choice(bank.LAST_NAMES)
        name = rng.choice([f"{f}{rng.randrange(10, 99)}", f"{f.lower()}.{l.lower()}", f"{f} {l[0]}.",
                           f"{l.lower()}{rng.randrange(1950, 2002)}", f"{f}_{rng.choice(bank.CITIES)}",
                           f"Invité{rng.randrange(100, 9999)}", f"{f.lower()}{rng.choice(['44', '69', '33', '59', '13'])}"
                           ]).replace(" ", "") if rng.random() < 0.8 else f"{f} {l[0]}."
        if name not in taken:
            break
    taken.add(name)
    return name


def _human(rng: Random, t: datetime) -> datetime:
    """A private person writes from 7:00 to midnight: a time drawn in the night moves to the morning."""
    return t.replace(hour=rng.randint(7, 10)) if t.hour < 7 else t


def expert_qa_forum(src: Source, guard: DuplicateGuard, content: dict) -> Forum:
    """params["n_threads"] questions over params["span_days"] from one-time askers (params["returning"] of them come
    back with another question); params["expert_share"] of them answered by an expert (params["experts"], the first
    weighted params["main_share"]) at office hours, params["delay_hours"] hours after (median); askers come back
    (params["followups"] rounds: details, disagreement params["disagree_share"], thanks) and the expert answers;
    params["later_share"] tell months later what they did; members (params["members"]) answer params["member_share"]
    of the threads; experts quote the code (params["quote_share"]) and link their firm (params["link_share"])."""
    p = src.params
    rng = rng_for(src.host, "expertqa")
    w = Writer(rng)
    admin, experts, members = p["admin"], p["experts"], p["members"]
    start = NOW - timedelta(days=p["span_days"])
    taken_names = {admin, *members, *(e["name"] for e in experts)}
    charter = Thread(0, rng.choice(["Charte du forum : à lire avant de poser une question", "Comment poser votre "
                                    "question (et qui vous répond)", "Bienvenue : fonctionnement du forum"]),
                     [Message(0, admin, start - timedelta(days=rng.randint(1, 60)), [w.fill(CHARTER[0])])],
                     views=rng.randrange(500, 9000))
    threads: list[tuple[int, Thread]] = [(0, charter)]
    seen: list[str] = []
    titles: set[str] = {charter.title}
    times = sorted(start + timedelta(seconds=(NOW - start).total_seconds() * rng.random()) for _ in range(p["n_threads"]))
    for when in times:
        when = _human(rng, when.replace(minute=rng.randrange(60)))
        if when > NOW - timedelta(hours=3):
            continue
        asker = rng.choice(seen) if seen and rng.random() < p["returning"] else _asker_name(rng, taken_names)
        seen.append(asker)
        bi = rng.choices(range(len(BOARDS)), [4, 3, 2, 5])[0]
        topic = rng.choice(BOARDS[bi][2])
        q = w.question(topic, when)
        ask = _ask(rng, w, topic, when, q)
        msgs = [Message(0, asker, when, ask)]

        def add(author: str, t: datetime, text: list[str], sig: str | None = None) -> bool:
            t = max(t, msgs[-1].when + timedelta(minutes=rng.randint(1, 20)))
            if t > NOW:
                return False
            msgs.append(Message(0, author, t.replace(second=0, microsecond=0), text, signature=sig))
            return True

        def expert_time(e: dict, after: datetime, median_h: float) -> datetime:
            t = after + timedelta(hours=rng.lognormvariate(math.log(median_h), 0.9))
            return office_time(t, rng, e["holidays"])[0] if rng.random() < e["office"] else _human(rng, t)

        if members and rng.random() < p["member_first"]:
            add(rng.choice(members), _human(rng, when + timedelta(hours=rng.lognormvariate(math.log(3), 1.0))),
                w.forum_reply(topic, when, asker))
        if rng.random() < p["expert_share"]:
            e = experts[0] if len(experts) == 1 or rng.random() < p["main_share"] else experts[1]
            ok = add(e["name"], expert_time(e, when, p["delay_hours"]), _expert_answer(rng, w, p, e, topic,
                                                                                      msgs[-1].when, asker),
                     e["signature"])
            for _ in range(rng.randint(*p["followups"]) if ok else 0):
                t = _human(rng, msgs[-1].when + timedelta(hours=rng.lognormvariate(math.log(10), 1.0)))
                kind = rng.choices(["details", "disagree", "thanks"], [3, 10 * p["disagree_share"], 3])[0]
                s = _lc(w.sentence(topic, t))
                ctx = {"e": e["short"], "s": s, "q": w.question(topic, t), "an": t.year}
                table = {"details": ASKER_DETAILS, "disagree": ASKER_DISAGREE, "thanks": ASKER_THANKS}[kind]
                if not add(asker, t, [w.fill(rng.choice(table), ctx)]):
                    break
                if members and rng.random() < 0.15:
                    add(rng.choice(members), _human(rng, msgs[-1].when + timedelta(hours=rng.uniform(1, 30))),
                        w.forum_reply(topic, msgs[-1].when, asker))
                if kind == "thanks" and rng.random() < 0.6:
                    break
                back = {"details": EXPERT_TO_DETAILS, "disagree": EXPERT_TO_DISAGREE, "thanks": EXPERT_TO_THANKS}[kind]
                s = w.sentence(topic, t)
                if not add(e["name"], expert_time(e, msgs[-1].when, p["delay_hours"] / 2),
                           [w.fill(rng.choice(back), {"s": _lc(s), "S": s})], e["signature"]) or kind == "thanks":
                    break
            if ok and rng.random() < p["later_share"]:
                t = _human(rng, msgs[-1].when + timedelta(days=rng.uniform(20, 200)))
                later = w.fill(rng.choice(ASKER_LATER), {"e": e["short"], "decision": rng.choice(
                    bank.FORUM["decision"])})
                if add(asker, t, [later]) and rng.random() < 0.5:
                    add(e["name"], expert_time(e, t, p["delay_hours"]), [w.fill(rng.choice(EXPERT_TO_THANKS))],
                        e["signature"])
        elif members and rng.random() < p["member_share"]:
            for _ in range(rng.randint(1, 3)):
                prev = msgs[-1].author
                if not add(rng.choice([m for m in members if m != prev] or members),
                           _human(rng, msgs[-1].when + timedelta(hours=rng.lognormvariate(math.log(6), 1.0))),
                           w.forum_reply(topic, msgs[-1].when, prev)):
                    break
            if rng.random() < p["thanks_share"]:
                add(asker, _human(rng, msgs[-1].when + timedelta(hours=rng.uniform(2, 48))), w.forum_thanks(when))
        elif rng.random() < 0.3:
            add(asker, _human(rng, when + timedelta(days=rng.uniform(2, 15))), [w.fill(rng.choice(ASKER_BUMP))])
        title = _unique(_forum_question_title(w, rng, topic, q), titles)
        threads.append((bi, Thread(0, title, msgs, views=rng.randrange(20, 2500))))
    accounts = [admin] + [e["name"] for e in experts] + list(members) + list(dict.fromkeys(seen))
    forum = _make_forum(src, list(dict.fromkeys(accounts)), threads)
    used = {m.author for t in forum.threads() for m in t.messages}
    for name in [n for n in forum.users if n not in used and n != admin]:
        forum.users.pop(name)
    return forum


def _ask(rng: Random, w: Writer, topic: str, when: datetime, q: str) -> list[str]:
    """A question in a person's words: greeting and situation, a detail now and then, the question itself."""
    ctx = w._ctx(topic, when) | {"question": q}
    paras = [w.fill(rng.choice(bank.FORUM["open"]), ctx) + " " + w.fill(rng.choice(bank.FORUM["situation"]), ctx)]
    if rng.random() < 0.4:
        paras.append(w.fill(rng.choice(ASK_DETAILS), ctx))
    paras.append(w.fill(rng.choice(bank.FORUM["ask"]), ctx))
    return paras


def _forum_question_title(w: Writer, rng: Random, topic: str, q: str) -> str:
    return w.fill(rng.choice(["{Q} ?", "{Q} ?", "[Question|Besoin d'aide] : {q} ?", "{sujet_cap} : {q} ?",
                              "{Q} (urgent)", "[Succession|Donation|Assurance-vie|Fiscalité] – {q} ?"]),
                  {"q": q, "Q": _cap(q), "sujet": rng.choice(TOPICS[topic]["sujet"])})


def _expert_answer(rng: Random, w: Writer, p: dict, e: dict, topic: str, when: datetime, asker: str) -> list[str]:
    paras = [w.fill(rng.choice(EXPERT_OPEN), {"a": asker.split()[0]})]
    for tpl in rng.sample(EXPERT_FRAMES, rng.randint(1, 3)):
        s = w.sentence(topic, when)
        paras.append(w.fill(tpl, {"s": _lc(s), "S": s, "s2": w.sentence(topic, when)}))
    if rng.random() < 0.5:
        paras.insert(rng.randrange(1, len(paras) + 1), w.sentence(topic, when))
    if rng.random() < p["quote_share"]:
        o = rng.choice(codes_for(topic))
        paras.insert(2, w.fill(rng.choice(EXPERT_QUOTE), {"ref": o.ref, "t": "\x00"}).replace(
            "\x00", quote(o, rng.choice([None, 40]))))
    if rng.random() < p["link_share"]:
        page = rng.choice(FIRM_PAGES).format(slug=make_slug("wordpress", rng.choice(TOPICS[topic]["sujet"]), set()))
        paras.append(w.fill(rng.choice(EXPERT_LINKS), {"u": e["url"] + page}))
    paras.append(w.fill(rng.choice(SIGN_OFFS), {"n": e["short"]}))
    return paras


# -- the magazine that sells sponsored articles --------------------------------------------------------------------
# Its rubrics: finance ones write from the sector's topics, the others from the banks below.
GP_RUBRICS = {"Finance": ["assurance_vie", "bourse", "livret", "per"], "Immobilier": ["locatif", "scpi", "credit"],
              "Fiscalité": ["defisc", "ifi", "succession"], "Retraite": ["retraite", "per"],
              "Voyage": "voyage", "Maison & Jardin": "maison", "Auto & Moto": "auto", "Santé & Bien-être": "sante",
              "High-tech": "hightech", "Loisirs": "jeux", "Business": "business", "Mode & Beauté": "mode"}
OFFTOPIC = {
    "voyage": {
        "sujets": ["un voyage en famille", "un week-end en amoureux", "un road trip en Europe", "des vacances au soleil",
                   "un séjour à la montagne", "une croisière en Méditerranée", "un voyage au Portugal"],
        "titles": ["[Comment|Pourquoi] [bien préparer|réussir|organiser] {sujet} [en {an}|sans se ruiner|cet été] ?",
                   "[5|7|10] [conseils|astuces|erreurs à éviter] pour {sujet} [réussi|inoubliable|pas cher]",
                   "{sujet_cap} : [notre guide complet|tout ce qu'il faut savoir|le guide pratique]"],
        "s": ["[Réserver|Anticiper la réservation] [plusieurs mois à l'avance|dès le mois de janvier] permet [souvent|en "
              "général] de [payer moins cher|trouver les meilleurs tarifs].",
              "[Les vols en milieu de semaine|Les départs le mardi ou le mercredi] sont [généralement|souvent] [moins "
              "chers|plus abordables] que ceux du week-end.",
              "[Pensez à vérifier|N'oubliez pas de vérifier] [la validité de votre passeport|les formalités d'entrée] "
              "[avant de partir|au moins un mois avant le départ].",
              "[Une assurance voyage|Une bonne assurance annulation] [peut vous éviter|vous évitera] [bien des "
              "soucis|de mauvaises surprises] [en cas d'imprévu|si vous devez annuler].",
              "[La location d'une maison|Un appartement en location] [est souvent plus économique|revient souvent "
              "moins cher] qu'un hôtel [pour une famille|à partir de quatre personnes].",
              "[Côté budget|Pour le budget], [comptez|prévoyez] [environ|au moins] {petit} [par jour et par "
              "personne|par nuit] [hors transport|sur place].",
              "[Les régions moins connues|Les destinations hors des sentiers battus] [réservent souvent de belles "
              "surprises|sont souvent plus authentiques] [et moins fréquentées|à des prix plus doux].",
              "[Voyager hors saison|Partir en basse saison] [permet de profiter|c'est profiter] [du calme|de prix "
              "réduits] [tout en évitant la foule|sans la cohue estivale].",
              "[Une valise bien préparée|Une liste de bagages] [fait gagner|vous fera gagner] un temps [précieux|fou] "
              "[le jour du départ|à l'aéroport].",
              "[Les comparateurs en ligne|Les plateformes de réservation] [permettent|aident à] [comparer les "
              "prix|trouver les bonnes affaires] [en quelques clics|rapidement]."]},
    "maison": {
        "sujets": ["la rénovation de sa maison", "l'isolation des combles", "l'aménagement du jardin",
                   "une cuisine équipée", "le chauffage de la maison", "la décoration du salon", "une piscine"],
        "titles": ["{sujet_cap} : [les étapes clés|nos conseils|le guide complet] [en {an}|pour bien démarrer]",
                   "[Comment|Pourquoi] [réussir|financer|bien choisir] {sujet} ?",
                   "[Les aides pour|Combien coûte] {sujet} [en {an}|aujourd'hui] ?"],
        "s": ["[Avant de vous lancer|Avant tout travaux], [faites établir plusieurs devis|comparez au moins trois "
              "devis] [auprès d'artisans qualifiés|d'entreprises certifiées].",
              "[Une bonne isolation|Des travaux d'isolation] [peut réduire|permettent de réduire] la facture de "
              "chauffage de [près de|jusqu'à] {pct}.",
              "[Les aides de l'État|MaPrimeRénov' et les certificats d'économie d'énergie] [peuvent financer|prennent "
              "en charge] une partie [importante|non négligeable] des travaux.",
              "[Le choix des matériaux|Le choix des équipements] [est déterminant|compte beaucoup] [pour la durabilité|"
              "pour le confort] [de votre logement|au quotidien].",
              "[Un artisan certifié RGE|Un professionnel reconnu] [est indispensable|est nécessaire] pour [bénéficier "
              "des aides|obtenir les subventions].",
              "[Comptez|Prévoyez] [en moyenne|environ] {montant2} pour [un chantier|des travaux] de cette "
              "[ampleur|taille].",
              "[Le printemps|L'automne] est [souvent|généralement] la [meilleure|bonne] période pour [ce type de "
              "travaux|se lancer].",
              "[Un logement rénové|Une maison bien entretenue] [prend de la valeur|se revend mieux] [sur le "
              "marché|au moment de la vente].",
              "[Pensez aussi|N'oubliez pas de penser] [à la ventilation|à l'entretien] [pour éviter l'humidité|sur le "
              "long terme]."]},
    "auto": {
        "sujets": ["l'achat d'une voiture d'occasion", "la location avec option d'achat", "une voiture électrique",
                   "l'entretien de sa voiture", "le passage du permis", "une moto"],
        "titles": ["{sujet_cap} : [nos conseils|les pièges à éviter|le guide] [en {an}|pour bien choisir]",
                   "[Comment|Pourquoi] [bien choisir|financer|réussir] {sujet} ?"],
        "s": ["[Avant d'acheter|Avant toute signature], [vérifiez|contrôlez] [l'historique du véhicule|le carnet "
              "d'entretien] [et le contrôle technique|avec attention].",
              "[La LOA|La location longue durée] [séduit de plus en plus d'automobilistes|attire de nombreux "
              "ménages] [grâce à des mensualités maîtrisées|pour sa souplesse].",
              "[Une voiture électrique|Un véhicule électrique] [coûte moins cher à l'usage|revient moins cher au "
              "kilomètre], [surtout|en particulier] si vous [rechargez à domicile|roulez beaucoup].",
              "[Comparer les assurances|Faire jouer la concurrence] [peut vous faire économiser|permet d'économiser] "
              "[plusieurs centaines d'euros|{petit}] par an.",
              "[Un entretien régulier|Une révision annuelle] [prolonge la durée de vie|préserve la valeur] de votre "
              "véhicule.", "[Le bonus écologique a évolué|Les aides à l'achat ont changé] [en {an}|cette année] : "
              "[renseignez-vous|vérifiez] avant de signer.",
              "[Les pneus|Les freins] [doivent être contrôlés|sont à vérifier] [régulièrement|avant chaque long "
              "trajet]."]},
    "sante": {
        "sujets": ["une bonne mutuelle", "le sommeil", "l'alimentation équilibrée", "le sport après 50 ans",
                   "les lunettes de vue", "le bien-être au travail"],
        "titles": ["{sujet_cap} : [nos conseils|ce qu'il faut savoir|le guide] [en {an}|au quotidien]",
                   "[Santé|Bien-être] : [tout savoir sur|nos conseils pour] {sujet} [en {an}|au quotidien]"],
        "s": ["[Une mutuelle adaptée|Une complémentaire santé bien choisie] [rembourse mieux|couvre mieux] [l'optique "
              "et le dentaire|les dépassements d'honoraires].",
              "[Dormir sept à huit heures|Un sommeil régulier] [est essentiel|reste indispensable] [à la santé|pour "
              "récupérer].", "[Une activité physique régulière réduit|Trente minutes de marche par jour réduisent] "
              "[le risque de nombreuses maladies|les risques cardio-vasculaires].",
              "[Comparer les offres|Faire un devis] [en ligne|gratuitement] [permet|aide] de [trouver le bon rapport "
              "qualité-prix|réduire ses cotisations].", "[Les lunettes vendues en ligne|Les montures achetées sur "
              "internet] [coûtent souvent moins cher|sont souvent moins chères] [qu'en magasin|que chez l'opticien du "
              "coin].",
              "[Une alimentation variée|Manger de saison] [est la base|reste la clé] d'une bonne santé.",
              "[N'hésitez pas à demander conseil|Parlez-en] à votre médecin traitant [avant de commencer|en cas de "
              "doute]."]},
    "hightech": {
        "sujets": ["un smartphone reconditionné", "un VPN", "la fibre optique", "un ordinateur portable",
                   "la sécurité en ligne", "une box internet"],
        "titles": ["{sujet_cap} : [le comparatif|nos conseils|le guide d'achat] [{an}|pour bien choisir]",
                   "[Pourquoi|Comment] [choisir|passer à] {sujet} [en {an}|aujourd'hui] ?"],
        "s": ["[Un smartphone reconditionné|Un appareil reconditionné] [coûte jusqu'à|permet d'économiser jusqu'à] "
              "{pct} [moins cher|par rapport au neuf], [avec une garantie|garantie comprise].",
              "[Un VPN|Un réseau privé virtuel] [protège vos données|chiffre votre connexion] [sur les réseaux wifi "
              "publics|en déplacement].", "[La fibre|Le très haut débit] [est désormais disponible|arrive] dans "
              "[la plupart des communes|de nombreuses villes].", "[Comparer les offres|Faire jouer la concurrence] "
              "[entre opérateurs|entre fournisseurs] [permet d'économiser|fait économiser] [plusieurs dizaines "
              "d'euros|{petit}] par an.", "[Des mots de passe différents|Un gestionnaire de mots de passe] "
              "[renforcent|améliorent] [nettement|considérablement] votre sécurité.",
              "[La batterie|L'autonomie] reste [le premier critère|un critère essentiel] [pour beaucoup "
              "d'utilisateurs|au moment de l'achat]."]},
    "jeux": {
        "sujets": ["les casinos en ligne", "les paris sportifs", "le poker en ligne", "les jeux de société",
                   "les jeux à gratter"],
        "titles": ["{sujet_cap} : [nos conseils pour bien débuter|le guide {an}|comment s'y retrouver]",
                   "[Comment|Pourquoi] [bien choisir|jouer responsable avec] {sujet} ?"],
        "s": ["[Choisissez toujours|Privilégiez] [un opérateur agréé|une plateforme agréée par l'ANJ] [pour jouer en "
              "toute sécurité|pour être protégé].", "[Les bonus de bienvenue|Les offres de bienvenue] [peuvent "
              "atteindre|montent parfois jusqu'à] {petit}, [mais lisez bien les conditions|sous conditions de mise].",
              "[Fixez-vous un budget|Définissez une limite] [avant de jouer|chaque mois] [et tenez-vous-y|sans jamais "
              "la dépasser].", "[Le jeu doit rester un loisir|Jouer doit rester un plaisir] : [en cas de "
              "difficulté|au moindre doute], [des services d'aide existent|demandez de l'aide].",
              "[Les comparatifs|Les avis de joueurs] [aident à|permettent de] [repérer les sites sérieux|choisir un "
              "site fiable].", "[Les cotes|Les gains potentiels] [varient|changent] [d'un site à l'autre|selon les "
              "opérateurs] : [comparez-les|faites le tour des offres]."]},
    "business": {
        "sujets": ["la création d'entreprise", "la formation professionnelle", "le télétravail", "la comptabilité "
                   "d'une petite entreprise", "le marketing digital", "la reconversion"],
        "titles": ["{sujet_cap} : [les étapes clés|nos conseils|le guide pratique] [en {an}|pour réussir]",
                   "[Comment|Pourquoi] [réussir|se lancer dans|optimiser] {sujet} ?"],
        "s": ["[Le statut de micro-entrepreneur|La micro-entreprise] [reste le plus simple|est souvent le plus "
              "simple] pour [démarrer|tester son activité].", "[Le CPF|Le compte personnel de formation] [permet de "
              "financer|finance] [de nombreuses formations|des formations certifiantes] [sans avance de frais|à "
              "distance].", "[Un bon expert-comptable|Un logiciel de comptabilité] [fait gagner|vous fera gagner] un "
              "temps précieux [chaque mois|au quotidien].", "[Une présence en ligne|Un site internet] est "
              "[aujourd'hui|désormais] [indispensable|incontournable] pour [trouver des clients|se faire connaître].",
              "[Bien s'entourer|Un réseau solide] [est la clé|reste essentiel] [de la réussite|pour durer].",
              "[Les aides à la création|Les dispositifs d'accompagnement] [sont nombreux|existent] : [renseignez-vous|"
              "pensez-y] [auprès de la CCI|avant de vous lancer]."]},
    "mode": {
        "sujets": ["un bijou à offrir", "la mode responsable", "une montre", "les soins du visage", "un sac en cuir"],
        "titles": ["{sujet_cap} : [nos idées|nos conseils|le guide] [pour {an}|pour bien choisir]",
                   "[Comment|Pourquoi] [bien choisir|offrir|adopter] {sujet} ?"],
        "s": ["[Un bijou personnalisé|Une pièce gravée] [fait toujours plaisir|reste un cadeau apprécié] [pour une "
              "occasion spéciale|à toutes les occasions].", "[La mode responsable|La seconde main] [séduit de plus "
              "en plus|attire de nombreux] [de consommateurs|d'acheteurs].", "[Un bon entretien|Un entretien "
              "régulier] [prolonge la vie|préserve la beauté] de vos [vêtements|accessoires].",
              "[Les créateurs français|Les marques locales] [proposent|offrent] [des pièces uniques|une qualité "
              "remarquable] [à des prix raisonnables|pour un budget maîtrisé].", "[Comparez les prix|Regardez les "
              "avis] [avant d'acheter|en ligne] [pour éviter les mauvaises surprises|et faites-vous plaisir]."]},
}
GP_INTROS = ["[Vous vous posez des questions sur|Vous envisagez|Vous pensez à] {sujet} ? [Dans cet article|Dans ce "
             "guide], [nous faisons le point|nous vous donnons nos conseils] [pour bien démarrer|pour vous aider].",
             "{sujet_cap} [est un sujet qui|fait partie des sujets qui] [intéresse|préoccupe] [de nombreux "
             "Français|beaucoup de monde] [en {an}|aujourd'hui]. [Voici l'essentiel.|On fait le point.]",
             "[Aujourd'hui|En {an}], {sujet} [n'a jamais été aussi|est plus que jamais] [d'actualité|accessible]. "
             "[Mais comment s'y retrouver ?|Encore faut-il savoir par où commencer.]"]
GP_OUTROS = ["[En conclusion|Pour conclure|Vous l'aurez compris], {sujet} [demande un peu de préparation|mérite "
             "réflexion] : [prenez le temps de comparer|faites-vous accompagner] [avant de vous lancer|et tout se "
             "passera bien].", "[Vous avez maintenant toutes les cartes en main|Avec ces conseils, vous êtes paré] "
             "pour {sujet} [sereinement|en toute sérénité]."]
GP_FILLERS = ["[Il est important|Il est essentiel] de [bien se renseigner|prendre le temps de comparer] avant de "
              "[prendre une décision|se lancer].", "[Chaque situation est différente|Chaque cas est unique] : [ce qui "
              "convient à l'un|la bonne solution pour les uns] ne convient pas [forcément|toujours] à l'autre.",
              "[Les avis clients|Les retours d'expérience] [sont une source précieuse|constituent une bonne source] "
              "[d'information|pour se faire une idée].", "[De plus en plus de Français|Beaucoup de particuliers] "
              "[se tournent vers|font le choix de] [des solutions en ligne|des professionnels] [pour gagner du "
              "temps|pour être accompagnés]."]
GP_LEADS = ["[Pour|Si vous souhaitez] {need}, [n'hésitez pas à consulter|rendez-vous sur|faites appel à] {u}",
            "[Des spécialistes comme|Des plateformes comme|Des sites comme] {u} [permettent de|vous aident à] {need}.",
            "[Bon plan|Astuce|Bon à savoir] : pour {need}, [découvrez|consultez] {u}",
            "[Nous vous recommandons|Pensez à] {u} pour {need}.", "[Plus d'informations|Tous les détails] [sur|pour] "
            "{need} : {u}"]
GP_MARKS = ["Article sponsorisé", "Article sponsorisé.", "Cet article a été rédigé en partenariat avec un annonceur.",
            "Contenu partenaire", "Publi-rédactionnel"]
GP_BIOS = ["À propos de l'auteur : {name} est rédact[eur|rice] web [spécialisé|passionné] [en|par] {rubric_lc}.",
           "{name} [écrit|rédige] [pour plusieurs magazines en ligne|pour le web depuis {nb} ans] [sur {rubric_lc}|"
           "et partage ses conseils]."]
GP_OFFER = ["Vous souhaitez [gagner en visibilité|promouvoir votre site] ? {name} [accepte|publie] les articles "
            "[invités|sponsorisés] dans toutes ses rubriques : [finance, immobilier, maison, voyage, santé, "
            "high-tech|toutes thématiques]. [Article permanent, lien en dofollow, publication sous 48 heures.|Liens "
            "en dofollow, article conservé à vie, rédaction possible par nos soins.] [Écrivez-nous via la page "
            "contact pour connaître nos tarifs.|Tarifs sur demande via le formulaire de contact.]"]
# The sites that buy links, by trade: (trade, host stem, what their anchor sentence says they do). The same clients
# buy on several magazines.
CLIENTS = [
    ("assurance", "assurance-emprunteur-moins-chere", "réduire le coût de son assurance de prêt"),
    ("assurance", "mutuelle-senior-comparatif", "trouver une mutuelle adaptée"),
    ("assurance", "assurauto-direct", "assurer sa voiture au meilleur prix"),
    ("assurance", "assurance-habitation-express", "assurer son logement en quelques minutes"),
    ("credit", "rachat-de-credit-facile", "regrouper ses crédits"),
    ("credit", "courtier-pret-immo", "obtenir un meilleur taux de crédit immobilier"),
    ("credit", "pret-perso-rapide", "financer un projet personnel"),
    ("immobilier", "estimation-immo-gratuite", "estimer son bien gratuitement"),
    ("immobilier", "agence-les-clefs-du-sud", "vendre ou louer son appartement"),
    ("immobilier", "scpi-en-direct", "acheter des parts de SCPI"),
    ("immobilier", "lmnp-expert-comptable", "déclarer ses revenus de location meublée"),
    ("immobilier", "viager-conseil-france", "vendre ou acheter en viager"),
    ("placement", "or-investissement-direct", "acheter de l'or physique"),
    ("placement", "crypto-achat-facile", "acheter des cryptomonnaies"),
    ("placement", "formation-trading-pro", "se former à la bourse"),
    ("placement", "forets-investissement", "investir dans les forêts"),
    ("voyage", "sejours-soleil-pas-cher", "réserver un séjour au soleil"),
    ("voyage", "location-vacances-bretagne", "louer une maison de vacances"),
    ("voyage", "croisieres-promo", "trouver une croisière en promotion"),
    ("casino", "casino-en-ligne-avis", "choisir un casino en ligne fiable"),
    ("casino", "bonus-paris-sportifs", "profiter des bonus de paris sportifs"),
    ("maison", "isolation-combles-pro", "isoler ses combles"),
    ("maison", "panneaux-solaires-devis", "installer des panneaux solaires"),
    ("maison", "cuisines-sur-mesure-atelier", "refaire sa cuisine"),
    ("maison", "demenageurs-nationaux", "préparer un déménagement"),
    ("maison", "pompe-a-chaleur-installateur", "installer une pompe à chaleur"),
    ("auto", "leasing-auto-malin", "rouler en location avec option d'achat"),
    ("auto", "pieces-auto-discount", "trouver des pièces auto"),
    ("sante", "lunettes-en-ligne-pas-cher", "acheter ses lunettes en ligne"),
    ("sante", "cbd-boutique-france", "découvrir le CBD"),
    ("hightech", "vpn-comparatif", "choisir un VPN"),
    ("hightech", "smartphones-reconditionnes", "acheter un smartphone reconditionné"),
    ("business", "creation-entreprise-en-ligne", "créer son entreprise en ligne"),
    ("business", "formation-cpf-certifiante", "financer une formation avec le CPF"),
    ("mode", "bijoux-createur-paris", "offrir un bijou"),
    ("mode", "montres-occasion-luxe", "acheter une montre d'occasion"),
]
CLIENT_TRADES = {"Finance": ["placement", "credit", "assurance"], "Immobilier": ["immobilier", "credit", "maison"],
                 "Fiscalité": ["placement", "immobilier"], "Retraite": ["placement", "assurance"], "Voyage": ["voyage"],
                 "Maison & Jardin": ["maison"], "Auto & Moto": ["auto", "assurance"], "Santé & Bien-être": ["sante",
                 "assurance"], "High-tech": ["hightech"], "Loisirs": ["casino", "voyage"], "Business": ["business"],
                 "Mode & Beauté": ["mode"]}
CLIENT_PAGES = ["", "devis/", "comparatif/", "offres/", "simulation/", "blog/", "guide/"]


def client_url(stem: str) -> str:
    return f"http://www.{stem}.test/"


def _offtopic_text(w: Writer, guard: DuplicateGuard, key: str, when: datetime, words: int) -> tuple[str, list[str]]:
    """A middling article on an off-sector subject: a title, an intro, sentences of the subject and fillers, an
    outro; the least common of up to 20 drafts."""
    rng, b = w.rng, OFFTOPIC[key]
    for _attempt in range(20):
        ctx = {"sujet": rng.choice(b["sujets"]), "an": when.year}
        title = w.fill(rng.choice(b["titles"]), ctx)
        sents = [w.fill(t, ctx) for t in rng.sample(b["s"], min(len(b["s"]), max(4, words // 22)))]
        sents += [w.fill(t, ctx) for t in rng.sample(GP_FILLERS, rng.randint(1, 3))]
        rng.shuffle(sents)
        paras = [w.fill(rng.choice(GP_INTROS), ctx)]
        while sents:
            k = rng.randint(2, 3)
            paras.append(" ".join(sents[:k]))
            sents = sents[k:]
        paras.append(w.fill(rng.choice(GP_OUTROS), ctx))
        if guard.accepts("\n".join(paras)):
            break
    guard.add("\n".join(paras))
    return title, paras


def _burst_times(rng: Random, p: dict) -> list[datetime]:
    """params["n_posts"] times in bursts of params["burst"] posts spread over 0-params["burst_days"] days (orders are
    put online together), params["pause_days"] days apart, the last burst ending at params["last"]."""
    times: list[datetime] = [p["last"]]
    day = p["last"].date()
    while len(times) < p["n_posts"]:
        k = min(rng.randint(*p["burst"]), p["n_posts"] - len(times))
        spread = rng.randint(0, p["burst_days"])
        for _ in range(k):
            d = day - timedelta(days=rng.randint(0, spread))
            times.append(_at(d, rng.randrange(p["hours"][0] * 60, p["hours"][1] * 60)))
        day -= timedelta(days=rng.randint(*p["pause_days"]))
    return sorted(min(t, NOW) for t in times)


def guest_post_farm(src: Source, guard: DuplicateGuard, content: dict) -> Blog:
    """Sponsored articles in bursts (`_burst_times`), each by another invented byline (params["redaction_share"] by
    the newsroom's name), in params["rubrics"]; 1-3 (params["links"]) links to params["clients"], of the rubric's trade
    for params["match_share"] of them; "article sponsorisé" on params["mark_share"]; a code article quoted in
    params["quote_share"] of the finance articles; an author's bio (params["bio_share"]); comments closed
    (params["closed"]) or open and empty; the offer to publish (params["offer"])."""
    p = src.params
    rng = rng_for(src.host, "guestposts")
    w = Writer(rng)
    clients = [c for c in CLIENTS if c[1] in p["clients"]]
    used_names: set[str] = set()
    posts, taken, titles = [], set(), set()
    times = _burst_times(rng, p)
    for i, when in enumerate(times):
        rubric = rng.choice(p["rubrics"])
        source = GP_RUBRICS[rubric]
        length = rng.randint(*p["length"])
        if isinstance(source, list):
            topic = rng.choice(source)
            title, paras = farm_text(w, guard, topic, rng.choice(["conseil", "expert", "perso"]), when, length)
            paras = paras[:-1] if len(paras) > 3 else paras
            if rng.random() < p["quote_share"]:
                o = rng.choice(codes_for(topic))
                paras.insert(rng.randrange(1, len(paras)), f"[Selon|D'après] {o.ref} : « \x00 »")
                paras = [w.fill(x).replace("\x00", quote(o, rng.choice([None, 50]))) if "\x00" in x else x
                         for x in paras]
        else:
            title, paras = _offtopic_text(w, guard, source, when, length)
        title = _unique(title, titles)
        if rng.random() < p["redaction_share"]:
            author = p["author"]
        else:
            for _ in range(30):
                f, l = rng.choice(bank.FIRST_NAMES), rng.choice(bank.LAST_NAMES)
                author = rng.choice([f"{f} {l}", f"{f} {l}", f"{f} {l[0]}.", f"{f}"])
                if author not in used_names:
                    break
            used_names.add(author)
        trades = CLIENT_TRADES[rubric]
        for _ in range(rng.randint(*p["links"])):
            pool = [c for c in clients if c[0] in trades] if rng.random() < p["match_share"] else clients
            trade, stem, need = rng.choice(pool or clients)
            lead = w.fill(rng.choice(GP_LEADS), {"need": need, "u": client_url(stem) + rng.choice(CLIENT_PAGES)})
            k = rng.randrange(1, len(paras))
            if rng.random() < 0.6:
                paras[k] = paras[k] + " " + lead
            else:
                paras.insert(k, lead)
        if author != p["author"] and rng.random() < p["bio_share"]:
            paras.append(w.fill(rng.choice(GP_BIOS), {"name": author, "rubric_lc": rubric.lower()}))
        if rng.random() < p["mark_share"]:
            if rng.random() < 0.5:
                paras.insert(0, p["mark"])
            else:
                paras.append(p["mark"])
        post = Post(0, title, make_slug(src.platform, title, taken), when, author, paras, category=rubric,
                    comments_open=not p["closed"])
        post.tags = rng.sample([rubric.split(" ")[0].lower(), "conseils", "guide", "actualité", str(when.year)], 2)
        posts.append(post)
    if p["offer"]:
        first = min(times) - timedelta(days=rng.randint(1, 30))
        title = _unique(rng.choice(["Publier un article sponsorisé sur " + src.name, "Article invité : publiez sur "
                                    + src.name, "Proposer un article"]), titles)
        posts.append(Post(0, title, make_slug(src.platform, title, taken), first.replace(second=0, microsecond=0),
                          p["author"], [w.fill(GP_OFFER[0], {"name": src.name})], category="Le magazine",
                          comments_open=False))
    blog = Blog(src.host, src.platform, src.name, src.tagline, p["author"], make_slug("wordpress", p["author"], set()),
                posts)
    _tidy_blog(blog)
    _number_posts(blog, rng)
    return blog


# -- the doorway pages of a wealth-management firm ----------------------------------------------------------------
DEPARTEMENTS = {
    "01": ("Ain", "de l'Ain"), "03": ("Allier", "de l'Allier"), "05": ("Hautes-Alpes", "des Hautes-Alpes"),
    "06": ("Alpes-Maritimes", "des Alpes-Maritimes"), "08": ("Ardennes", "des Ardennes"), "10": ("Aube", "de l'Aube"),
    "11": ("Aude", "de l'Aude"), "12": ("Aveyron", "de l'Aveyron"), "13": ("Bouches-du-Rhône", "des Bouches-du-Rhône"),
    "14": ("Calvados", "du Calvados"), "16": ("Charente", "de la Charente"),
    "17": ("Charente-Maritime", "de la Charente-Maritime"), "18": ("Cher", "du Cher"), "19": ("Corrèze", "de la Corrèze"),
    "21": ("Côte-d'Or", "de la Côte-d'Or"), "22": ("Côtes-d'Armor", "des Côtes-d'Armor"),
    "24": ("Dordogne", "de la Dordogne"), "25": ("Doubs", "du Doubs"), "26": ("Drôme", "de la Drôme"),
    "27": ("Eure", "de l'Eure"), "28": ("Eure-et-Loir", "d'Eure-et-Loir"), "29": ("Finistère", "du Finistère"),
    "2A": ("Corse-du-Sud", "de la Corse-du-Sud"), "2B": ("Haute-Corse", "de la Haute-Corse"), "30": ("Gard", "du Gard"),
    "31": ("Haute-Garonne", "de la Haute-Garonne"), "32": ("Gers", "du Gers"), "33": ("Gironde", "de la Gironde"),
    "34": ("Hérault", "de l'Hérault"), "35": ("Ille-et-Vilaine", "d'Ille-et-Vilaine"),
    "37": ("Indre-et-Loire", "d'Indre-et-Loire"), "38": ("Isère", "de l'Isère"), "39": ("Jura", "du Jura"),
    "40": ("Landes", "des Landes"), "41": ("Loir-et-Cher", "de Loir-et-Cher"), "42": ("Loire", "de la Loire"),
    "44": ("Loire-Atlantique", "de la Loire-Atlantique"), "45": ("Loiret", "du Loiret"), "46": ("Lot", "du Lot"),
    "47": ("Lot-et-Garonne", "de Lot-et-Garonne"), "49": ("Maine-et-Loire", "de Maine-et-Loire"),
    "51": ("Marne", "de la Marne"), "53": ("Mayenne", "de la Mayenne"), "54": ("Meurthe-et-Moselle",
                                                                          "de Meurthe-et-Moselle"),
    "56": ("Morbihan", "du Morbihan"), "57": ("Moselle", "de la Moselle"), "59": ("Nord", "du Nord"),
    "60": ("Oise", "de l'Oise"), "62": ("Pas-de-Calais", "du Pas-de-Calais"), "63": ("Puy-de-Dôme", "du Puy-de-Dôme"),
    "64": ("Pyrénées-Atlantiques", "des Pyrénées-Atlantiques"), "65": ("Hautes-Pyrénées", "des Hautes-Pyrénées"),
    "66": ("Pyrénées-Orientales", "des Pyrénées-Orientales"), "67": ("Bas-Rhin", "du Bas-Rhin"),
    "68": ("Haut-Rhin", "du Haut-Rhin"), "69": ("Rhône", "du Rhône"), "71": ("Saône-et-Loire", "de Saône-et-Loire"),
    "72": ("Sarthe", "de la Sarthe"), "73": ("Savoie", "de la Savoie"), "74": ("Haute-Savoie", "de la Haute-Savoie"),
    "75": ("Paris", "de Paris"), "76": ("Seine-Maritime", "de la Seine-Maritime"), "77": ("Seine-et-Marne",
                                                                                       "de Seine-et-Marne"),
    "78": ("Yvelines", "des Yvelines"), "79": ("Deux-Sèvres", "des Deux-Sèvres"), "80": ("Somme", "de la Somme"),
    "81": ("Tarn", "du Tarn"), "82": ("Tarn-et-Garonne", "de Tarn-et-Garonne"), "83": ("Var", "du Var"),
    "84": ("Vaucluse", "du Vaucluse"), "85": ("Vendée", "de la Vendée"), "86": ("Vienne", "de la Vienne"),
    "87": ("Haute-Vienne", "de la Haute-Vienne"), "88": ("Vosges", "des Vosges"), "89": ("Yonne", "de l'Yonne"),
    "90": ("Territoire de Belfort", "du Territoire de Belfort"), "91": ("Essonne", "de l'Essonne"),
    "92": ("Hauts-de-Seine", "des Hauts-de-Seine"), "94": ("Val-de-Marne", "du Val-de-Marne"),
    "95": ("Val-d'Oise", "du Val-d'Oise"),
}
# Towns a doorway farm targets (département, rough population): the large towns and the well-off suburbs first.
TOWNS = [
    ("Lyon", "69", 522000), ("Villeurbanne", "69", 152000), ("Caluire-et-Cuire", "69", 43000), ("Écully", "69", 18000),
    ("Tassin-la-Demi-Lune", "69", 22000), ("Sainte-Foy-lès-Lyon", "69", 22000), ("Villefranche-sur-Saône", "69", 36000),
    ("Marseille", "13", 873000), ("Aix-en-Provence", "13", 145000), ("Aubagne", "13", 47000), ("La Ciotat", "13", 36000),
    ("Salon-de-Provence", "13", 46000), ("Cassis", "13", 7200), ("Nice", "06", 343000), ("Cannes", "06", 74000),
    ("Antibes", "06", 74000), ("Grasse", "06", 50000), ("Menton", "06", 30000), ("Mougins", "06", 19000),
    ("Toulouse", "31", 504000), ("Blagnac", "31", 25000), ("Colomiers", "31", 40000), ("Tournefeuille", "31", 28000),
    ("Balma", "31", 17000), ("Bordeaux", "33", 261000), ("Mérignac", "33", 72000), ("Pessac", "33", 66000),
    ("Talence", "33", 44000), ("Arcachon", "33", 11000), ("Le Bouscat", "33", 24000), ("Libourne", "33", 25000),
    ("Nantes", "44", 323000), ("Saint-Nazaire", "44", 72000), ("La Baule-Escoublac", "44", 16000), ("Rezé", "44", 42000),
    ("Vertou", "44", 25000), ("Rennes", "35", 222000), ("Saint-Malo", "35", 47000), ("Cesson-Sévigné", "35", 18000),
    ("Fougères", "35", 20000), ("Lille", "59", 236000), ("Roubaix", "59", 98000), ("Marcq-en-Barœul", "59", 39000),
    ("Villeneuve-d'Ascq", "59", 62000), ("Dunkerque", "59", 86000), ("Valenciennes", "59", 43000),
    ("Lambersart", "59", 28000), ("Strasbourg", "67", 291000), ("Haguenau", "67", 35000), ("Sélestat", "67", 19000),
    ("Montpellier", "34", 302000), ("Béziers", "34", 79000), ("Sète", "34", 44000), ("Castelnau-le-Lez", "34", 21000),
    ("Grenoble", "38", 158000), ("Meylan", "38", 17000), ("Voiron", "38", 20000), ("Vienne", "38", 30000),
    ("Annecy", "74", 131000), ("Annemasse", "74", 37000), ("Thonon-les-Bains", "74", 36000),
    ("Évian-les-Bains", "74", 9000), ("Chamonix-Mont-Blanc", "74", 8600), ("Chambéry", "73", 59000),
    ("Aix-les-Bains", "73", 31000), ("Versailles", "78", 84000), ("Saint-Germain-en-Laye", "78", 45000),
    ("Le Chesnay-Rocquencourt", "78", 30000), ("Maisons-Laffitte", "78", 23000), ("Rambouillet", "78", 26000),
    ("Le Vésinet", "78", 16000), ("Neuilly-sur-Seine", "92", 59000), ("Boulogne-Billancourt", "92", 121000),
    ("Levallois-Perret", "92", 66000), ("Issy-les-Moulineaux", "92", 68000), ("Rueil-Malmaison", "92", 79000),
    ("Saint-Cloud", "92", 30000), ("Sceaux", "92", 20000), ("Courbevoie", "92", 82000), ("Vincennes", "94", 50000),
    ("Saint-Maur-des-Fossés", "94", 75000), ("Nogent-sur-Marne", "94", 33000), ("Le Perreux-sur-Marne", "94", 34000),
    ("Enghien-les-Bains", "95", 11000), ("Cergy", "95", 66000), ("Montmorency", "95", 21000),
    ("Fontainebleau", "77", 15000), ("Meaux", "77", 56000), ("Massy", "91", 51000), ("Palaiseau", "91", 36000),
    ("Paris 7e", "75", 48000), ("Paris 8e", "75", 35000), ("Paris 15e", "75", 230000), ("Paris 16e", "75", 162000),
    ("Paris 17e", "75", 165000), ("Rouen", "76", 114000), ("Le Havre", "76", 167000), ("Dieppe", "76", 28000),
    ("Caen", "14", 106000), ("Deauville", "14", 3500), ("Bayeux", "14", 13000), ("Lisieux", "14", 20000),
    ("Tours", "37", 136000), ("Amboise", "37", 13000), ("Joué-lès-Tours", "37", 38000), ("Orléans", "45", 116000),
    ("Montargis", "45", 14000), ("Angers", "49", 157000), ("Cholet", "49", 54000), ("Saumur", "49", 26000),
    ("Le Mans", "72", 143000), ("Dijon", "21", 159000), ("Beaune", "21", 20000), ("Besançon", "25", 119000),
    ("Montbéliard", "25", 25000), ("Metz", "57", 118000), ("Thionville", "57", 42000), ("Nancy", "54", 104000),
    ("Reims", "51", 180000), ("Épernay", "51", 22000), ("Amiens", "80", 134000), ("Clermont-Ferrand", "63", 147000),
    ("Riom", "63", 19000), ("Limoges", "87", 130000), ("Poitiers", "86", 89000), ("Châtellerault", "86", 31000),
    ("La Rochelle", "17", 77000), ("Royan", "17", 19000), ("Rochefort", "17", 24000), ("Niort", "79", 60000),
    ("Pau", "64", 75000), ("Bayonne", "64", 52000), ("Biarritz", "64", 25000), ("Anglet", "64", 40000),
    ("Saint-Jean-de-Luz", "64", 14000), ("Perpignan", "66", 120000), ("Nîmes", "30", 148000), ("Uzès", "30", 8800),
    ("Avignon", "84", 91000), ("Carpentras", "84", 29000), ("L'Isle-sur-la-Sorgue", "84", 19000),
    ("Toulon", "83", 180000), ("Hyères", "83", 56000), ("Fréjus", "83", 55000), ("Saint-Tropez", "83", 4100),
    ("Saint-Raphaël", "83", 35000), ("Valence", "26", 65000), ("Montélimar", "26", 40000),
    ("Saint-Étienne", "42", 173000), ("Roanne", "42", 34000), ("Brest", "29", 140000), ("Quimper", "29", 63000),
    ("Morlaix", "29", 15000), ("Vannes", "56", 54000), ("Lorient", "56", 57000), ("Auray", "56", 14000),
    ("Saint-Brieuc", "22", 44000), ("Dinan", "22", 15000), ("La Roche-sur-Yon", "85", 55000),
    ("Les Sables-d'Olonne", "85", 45000), ("Mulhouse", "68", 108000), ("Colmar", "68", 67000), ("Troyes", "10", 61000),
    ("Laval", "53", 50000), ("Arras", "62", 41000), ("Le Touquet-Paris-Plage", "62", 4200),
    ("Boulogne-sur-Mer", "62", 40000), ("Compiègne", "60", 40000), ("Chantilly", "60", 11000), ("Beauvais", "60", 56000),
    ("Mont-de-Marsan", "40", 30000), ("Dax", "40", 21000), ("Agen", "47", 33000), ("Périgueux", "24", 30000),
    ("Bergerac", "24", 26000), ("Angoulême", "16", 42000), ("Cognac", "16", 18000), ("Brive-la-Gaillarde", "19", 46000),
    ("Albi", "81", 49000), ("Montauban", "82", 61000), ("Rodez", "12", 24000), ("Cahors", "46", 19000),
    ("Bourges", "18", 64000), ("Chartres", "28", 39000), ("Évreux", "27", 47000), ("Blois", "41", 45000),
    ("Auxerre", "89", 34000), ("Mâcon", "71", 34000), ("Chalon-sur-Saône", "71", 45000), ("Vichy", "03", 25000),
    ("Moulins", "03", 19000), ("Ajaccio", "2A", 73000), ("Porto-Vecchio", "2A", 12000), ("Bastia", "2B", 48000),
    ("Gap", "05", 41000), ("Carcassonne", "11", 46000), ("Narbonne", "11", 56000), ("Tarbes", "65", 42000),
    ("Auch", "32", 22000), ("Belfort", "90", 46000), ("Épinal", "88", 32000), ("Charleville-Mézières", "08", 46000),
    ("Bourg-en-Bresse", "01", 42000), ("Lons-le-Saunier", "39", 17000),
]
SERVICES = ["Conseiller en gestion de patrimoine", "Gestion de patrimoine", "Conseiller financier indépendant",
            "Défiscalisation", "Préparer sa retraite", "Conseil en investissement immobilier"]
# One template per farm, the town and its figures swapped; "[a|b]" are the light variations some farms spin.
DOOR_TITLES = ["{service} à {ville} ({dep})", "{service} {ville} – {firm}", "{service} à {ville} : {firm}",
               "{service} {ville} ({dep_nom})"]
DOOR_TEMPLATES = [
    ["Vous recherchez un [conseiller en gestion de patrimoine|professionnel du patrimoine] à {ville} ? {firm} "
     "accompagne les particuliers, chefs d'entreprise et retraités {dep_de} dans la gestion et l'optimisation de leur "
     "patrimoine.",
     "À {ville}, commune de {pop} habitants {dep_de} ({dep}), le prix moyen de l'immobilier s'établit à {m2} € le "
     "m². [Un contexte|Une situation] qui rend [essentiel|indispensable] un accompagnement personnalisé pour investir, "
     "préparer sa retraite ou transmettre son patrimoine.",
     "Nos conseillers se déplacent à {ville} et dans les communes voisines ({voisines}) : premier rendez-vous "
     "[offert|gratuit] et sans engagement.",
     "Nos domaines d'intervention à {ville} : assurance-vie, PER, SCPI, investissement locatif, défiscalisation, "
     "préparation de la succession.",
     "Pourquoi choisir {firm} à {ville} ? Plus de {ans} ans d'expérience, {clients} clients accompagnés {dep_de}, un "
     "conseiller dédié et indépendant.",
     "Contactez votre conseiller en gestion de patrimoine à {ville} : {contact} ou au {tel}."],
    ["{service} à {ville} : {firm} vous accompagne.",
     "Habitants de {ville} et {dep_de}, vous souhaitez [réduire vos impôts|faire fructifier votre épargne], préparer "
     "votre retraite ou protéger vos proches ? Notre cabinet, situé à {km} km de {ville}, met son expertise à votre "
     "service.",
     "Avec {pop} habitants et un prix moyen de {m2} € le m², {ville} [offre|présente] de réelles opportunités "
     "d'investissement, à condition d'être bien conseillé.",
     "Bilan patrimonial gratuit à {ville} : prenez rendez-vous en ligne sur {contact}.",
     "Nous intervenons à {ville}, {voisines} et dans tout le département ({dep})."],
    ["Cabinet de {service_lc} à {ville}", "{firm} est votre partenaire patrimonial à {ville} ({dep}). Depuis {ans} "
     "ans, nous conseillons [les familles|les particuliers] et les professionnels {dep_de}.",
     "{ville} en chiffres : {pop} habitants, {m2} € le m² en moyenne, {foyers} foyers imposables à l'IFI [dans le "
     "département|{dep_de}].", "Nos solutions à {ville} : épargne, retraite, immobilier, fiscalité, transmission.",
     "Un conseiller {firm} à {ville} vous rappelle sous 24 heures : {contact} – {tel}."],
]
DOOR_SEE_ALSO = ["Nous intervenons également à : {links}", "Nos conseillers près de chez vous : {links}",
                 "Voir aussi : {links}"]
DOOR_BLOG_TITLES = ["Bilan patrimonial : pourquoi le faire avant {age} ans ?", "Nos conseils pour préparer votre "
                    "retraite en {an}", "Défiscalisation {an} : les solutions pour réduire vos impôts",
                    "Assurance-vie ou PER : que choisir en {an} ?", "Transmettre son patrimoine : les bonnes questions"]


def town_figures(town: str, dep: str, pop: int) -> dict:
    """The figures a doorway template swaps in (the same for a town on every farm: a farm pastes public data)."""
    h = zlib.crc32(town.encode())
    base = 6500 if dep in ("75", "92", "06", "74", "78") else 2300
    return {"pop": fmt_int(pop), "m2": fmt_int(base + h % 3800), "foyers": fmt_int(pop // 250 + h % 300 + 40)}


def _door_fill(w: Writer, tpl: str, ctx: dict, spin: bool) -> str:
    """The template with the town's slots; a farm that does not spin keeps the first wording everywhere."""
    if not spin:
        tpl = re.sub(r"\[([^\[\]|]*)(\|[^\[\]]*)?\]", r"\1", tpl)
    return w.fill(tpl, ctx)


def doorway_site(src: Source, guard: DuplicateGuard, content: dict) -> Blog:
    """A page per town of params["towns"] and service of params["services"] (params["n_pages"] of them), from the
    template params["template"] with the town, its département, neighbours and figures swapped (params["spin"]: light
    variations), in batches of params["batch"] pages (params["spacing"]: one minute, a drip of params["drip_min"]
    minutes, an hour) params["pause_days"] apart; each page links params["contact"] and params["siblings"] sibling
    pages; params["refresh"]: every page touched again on one day; params["blog_posts"] ordinary posts; no comments."""
    p = src.params
    rng = rng_for(src.host, "doorway")
    w = Writer(rng)
    towns = {t: (d, pop) for t, d, pop in TOWNS}
    pages = [(service, town) for town in p["towns"] for service in p["services"]][:p["n_pages"]]
    if p["order"] == "shuffled":
        rng.shuffle(pages)
    batches: list[list[tuple[str, str]]] = []
    while pages:
        k = rng.randint(*p["batch"])
        batches.append(pages[:k])
        pages = pages[k:]
    # the last batch ends at params["last"]; the earlier ones go back in time
    stamps: list[datetime] = []
    start = _at(p["last"].date(), rng.randrange(p["hours"][0] * 60, p["hours"][1] * 60))
    start = start if start <= NOW else start - timedelta(days=1)
    for batch in reversed(batches):
        if p["spacing"] == "same_minute":
            times = [start] * len(batch)
        elif p["spacing"] == "drip":
            times = [start - timedelta(minutes=p["drip_min"] * (len(batch) - 1 - i)) for i in range(len(batch))]
        else:
            times = sorted(start - timedelta(minutes=rng.randrange(0, 60)) for _ in batch)
        stamps = times + stamps
        start = _at(start.date() - timedelta(days=rng.randint(*p["pause_days"])),
                    rng.randrange(p["hours"][0] * 60, p["hours"][1] * 60))
    flat = [pg for b in batches for pg in b]
    posts, taken, titles = [], set(), set()
    town_of: dict[int, str] = {}  # id(page) -> its town (for the sibling links)
    tpl = DOOR_TEMPLATES[p["template"]]
    for (service, town), when in zip(flat, stamps):
        dep, pop = towns[town]
        near = [t for t, d, _ in TOWNS if d == dep and t != town][:3]
        ctx = {"ville": town, "dep": dep, "dep_nom": DEPARTEMENTS[dep][0], "dep_de": DEPARTEMENTS[dep][1],
               "service": service, "service_lc": _lc(service), "firm": p["firm"], "contact": p["contact"],
               "tel": p["tel"], "ans": p["years"], "voisines": ", ".join(near) or "les communes alentour",
               "km": 3 + zlib.crc32((p["firm"] + town).encode()) % 60,
               "clients": fmt_int(50 + zlib.crc32((town + p["firm"]).encode()) % 900)} | town_figures(town, dep, pop)
        title = _unique(w.fill(DOOR_TITLES[p["title"]], ctx), titles)
        paras = [_door_fill(w, x, ctx, p["spin"]) for x in tpl]
        post = Post(0, title, make_slug(src.platform, title, taken), min(when, NOW), p["author"], paras,
                    category=p["category"], comments_open=False)
        post.tags = [DEPARTEMENTS[dep][0], service]
        town_of[id(post)] = town
        posts.append(post)
    first = min(x.when for x in posts)
    for k in range(p["blog_posts"]):
        when = first + timedelta(seconds=(NOW - first).total_seconds() * rng.random())
        when = _at(when.date(), rng.randrange(9 * 60, 18 * 60))
        if when > NOW:
            continue
        topic = rng.choice(["assurance_vie", "per", "defisc", "succession", "retraite", "scpi"])
        _, paras = fresh_post(w, guard, topic, rng.choice(["conseil", "expert"]), when, (180, 320), src.platform,
                              taken)
        title = _unique(w.fill(rng.choice(DOOR_BLOG_TITLES), {"an": when.year, "age": rng.choice([40, 45, 50, 55])}),
                        titles)
        paras.append(w.fill("[Pour en parler avec un conseiller|Prenez rendez-vous], contactez {firm} : {u}",
                            {"firm": p["firm"], "u": p["contact"]}))
        posts.append(Post(0, title, make_slug(src.platform, title, taken), when, p["author"], paras,
                          category="Actualités", comments_open=False))
    blog = Blog(src.host, src.platform, src.name, src.tagline, p["author"], make_slug("wordpress", p["author"], set()),
                posts)
    _tidy_blog(blog)
    _number_posts(blog, rng)
    doors = [x for x in blog.posts if id(x) in town_of]
    by_dep: dict[str, list[Post]] = {}
    for x in doors:
        by_dep.setdefault(towns[town_of[id(x)]][0], []).append(x)
    for x in doors:
        if not p["siblings"]:
            break
        here = town_of[id(x)]
        same = [o for o in by_dep[towns[here][0]] if town_of[id(o)] != here]
        near = {id(o) for o in same}
        others = [o for o in doors if town_of[id(o)] != here and id(o) not in near]
        picks = (same + rng.sample(others, min(len(others), p["siblings"])))[:p["siblings"]]
        if picks:
            links = " ; ".join(f"{o.title} : {permalink(src.platform, src.host, o)}" for o in picks)
            x.paragraphs.insert(len(x.paragraphs) - 1, w.fill(DOOR_SEE_ALSO[p["template"] % 3], {"links": "\x00"})
                                .replace("\x00", links))
    if p["refresh"]:
        last = max(x.when for x in doors)
        mod = _at(last.date() + timedelta(days=rng.randint(10, 200)), rng.randrange(0, 24 * 60))
        if mod <= NOW:
            for x in doors:
                x.modified = mod
    return blog


MAKERS = {"legal_watch_blog": legal_watch_blog, "expert_qa_forum": expert_qa_forum,
          "guest_post_farm": guest_post_farm, "doorway_site": doorway_site}
