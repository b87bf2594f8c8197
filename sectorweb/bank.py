"""French text banks that are not topic-specific: names, voices, news phrasing, comments, forums.

Same template syntax as `bank_topics`: `{slot}` and `[a|b]`.
"""
from __future__ import annotations

CITIES = [
    "Lyon", "Lille", "Nantes", "Bordeaux", "Toulouse", "Marseille", "Rennes", "Montpellier", "Strasbourg",
    "Grenoble", "Angers", "Dijon", "Reims", "Le Mans", "Tours", "Clermont-Ferrand", "Limoges", "Brest",
    "Nancy", "Metz", "Rouen", "Caen", "Orléans", "Besançon", "Poitiers", "Perpignan", "Nîmes", "Amiens",
    "Annecy", "La Rochelle", "Pau", "Avignon", "Valence", "Saint-Étienne", "Mulhouse", "Toulon", "Nice",
    "Bayonne", "Vannes", "Lorient", "Chambéry", "Troyes", "Niort", "Quimper", "Colmar", "Arras", "Laval",
]
STREETS = ["Tanneurs", "Carmes", "Capucins", "Jacobins", "Remparts", "Halles", "Moulins", "Augustins",
           "Cordeliers", "Écoles", "Fossés", "Tilleuls", "Marronniers", "Lilas", "Granges"]
FIRST_NAMES = [
    "Sophie", "Jean-Luc", "Karim", "Nathalie", "Philippe", "Isabelle", "Thomas", "Claire", "Mehdi", "Élodie",
    "Pascal", "Valérie", "Nicolas", "Sandrine", "Julien", "Aurélie", "Christophe", "Céline", "Laurent", "Émilie",
    "Olivier", "Camille", "Stéphane", "Hélène", "Yannick", "Fatima", "Bruno", "Sylvie", "Rachid", "Martine",
    "Guillaume", "Anne", "Frédéric", "Delphine", "Hugo", "Chantal", "Vincent", "Léa", "Dominique", "Marc",
    "Sébastien", "Agnès", "Antoine", "Nadia", "Benoît", "Catherine", "Damien", "Brigitte", "Samir", "Lucie",
    "Gilles", "Patricia", "Mathieu", "Josiane", "Arnaud", "Virginie", "Jérôme", "Monique", "Cédric", "Inès",
]
LAST_NAMES = [
    "Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Laurent", "Girard", "Roux", "Fournier", "Morel",
    "Mercier", "Dupont", "Lambert", "Bonnet", "Fontaine", "Rousseau", "Vincent", "Muller", "Chevalier", "Robin",
    "Gauthier", "Perrin", "Masson", "Marchand", "Duval", "Denis", "Lemoine", "Brun", "Blanchard", "Guérin",
    "Benali", "Nguyen", "Haddad", "Garnier", "Faure", "Renard", "Picard", "Aubert", "Lemaire", "Carpentier",
]
PSEUDOS = [
    "epargnant_prudent", "Lulu38", "investisseur_du_dimanche", "marco_bzh", "Sylvie_L", "petitrentier",
    "Nounours59", "jbdu13", "kiki_invest", "papy_boursier", "Clem.R", "Rentier2040", "Fred_Pau", "Manon_V",
    "le_fourmi", "Tonton_Immo", "CapitaineCrochet", "Gégé_63", "Anaïs_K", "bobby_etf", "Yanis31", "Mistral",
    "Ploum", "Coralie_D", "Hervé.M", "zen_et_riche", "sous-marin", "Arthur_P", "Marie-Jo", "chti_invest",
    "Dédé_Lyon", "Lolo_75", "Vivi", "jeanjacques", "bastien_fr", "Oceane_B", "Padawan_Finance", "Rémi56",
    "Nono", "Cath_R", "le_comptable", "BretonInvestisseur", "Mamie_Zinzin", "toto_le_heros", "Flo_Nantes",
]
ASSUREURS = ["Horizon Vie", "la Mutuelle Atlantique", "Sérénis Assurances", "Azimut Vie", "l'Union des Épargnants",
             "Prévoyance du Rhône", "Cap Avenir", "Garance Vie"]
SCPIS = ["Pierre Avenir", "Cœur de Ville Rendement", "Épargne Foncière Ouest", "Horizon Santé", "Logistique Plus",
         "Europa Pierre", "Immo Diversifiée 3", "Foncière des Régions Actives"]
ORGANISMES = ["la Banque de France", "l'Insee", "l'Autorité des marchés financiers", "France Assureurs",
              "l'Association des sociétés de placement immobilier", "la Caisse des dépôts",
              "l'Observatoire Crédit Logement", "la Fédération bancaire française", "les notaires de France",
              "le Conseil d'orientation des retraites", "Bercy", "la Cour des comptes"]
METIERS = ["économiste", "directeur de la gestion privée", "conseillère en gestion de patrimoine", "notaire",
           "analyste", "courtier", "avocate fiscaliste", "responsable de l'épargne", "stratégiste",
           "président d'une société de gestion"]
SOCIETES = ["Patrimonia Conseil", "Banque Delmas", "Atlas Gestion", "Cabinet Vauban", "Orion Finance",
            "Meridia AM", "Crédit Horizon", "Fidélia Notaires", "Astrée Courtage"]

# -- blog voices: how an author opens and closes a post ------------------------------------------
VOICES: dict[str, dict[str, list[str]]] = {
    "expert": {
        "intro": [
            "[Cette semaine|Ces derniers jours], [plusieurs clients|trois de mes clients] m'ont interrogé sur {sujet}, [un sujet|une question] qui revient [souvent|régulièrement] [en rendez-vous|au cabinet].",
            "[En tant que|Comme] conseiller en gestion de patrimoine [depuis {duree}|installé à {ville}], je constate [chaque année|chaque printemps] [les mêmes|de nombreuses] [erreurs|hésitations] [autour de|concernant] {sujet}.",
            "[Voici|Je vous propose] [un point complet|une synthèse] sur {sujet}, [à partir|à la lumière] [d'un dossier traité récemment|d'un cas réel rencontré le mois dernier] [au cabinet|avec un couple de {ville}].",
            "[On lit|On entend] [tout et son contraire|beaucoup de choses] sur {sujet} : [faisons le tri|remettons les choses à plat] [avec des chiffres|avec un exemple concret].",
        ],
        "outro": [
            "[N'hésitez pas à poser|Vous pouvez poser] vos questions en commentaire, [j'y réponds|je réponds] [systématiquement|à chacune].",
            "[Chaque situation est différente|Chaque dossier reste particulier] : [ces chiffres ne remplacent pas|cet exemple ne remplace pas] [un bilan patrimonial|une étude personnalisée].",
            "[Dans un prochain article|La semaine prochaine], [je détaillerai|nous verrons] [les cas particuliers|la fiscalité à la sortie] [et|avec] [quelques simulations|d'autres exemples chiffrés].",
        ],
    },
    "conseil": {
        "intro": [
            "[Bienvenue|Rebonjour] [sur le blog|à tous] ! [Aujourd'hui|Cette fois], on [s'attaque|parle] à {sujet}, [un classique|un incontournable] [de l'épargne|des placements].",
            "[Vous êtes nombreux|Vous êtes plusieurs] à [m'écrire|me demander] [quoi penser de|comment aborder] {sujet} [en {an}|cette année].",
            "{sujet_cap} [fait beaucoup parler|revient dans l'actualité] [depuis quelques semaines|ce mois-ci] : [voici|alors voici] [mon analyse|ce que j'en retiens].",
            "[Avant de|Plutôt que de] [céder aux sirènes|croire les publicités] [des banques|des vendeurs], [prenons|prenez] [cinq minutes|le temps] [pour comprendre|de comprendre] {sujet}.",
        ],
        "outro": [
            "[Et vous|De votre côté], [comment abordez-vous|que pensez-vous de] {sujet} ? [Dites-le|Racontez-le] [en commentaire|dans les commentaires].",
            "[Rappel|Pour rappel] : [ceci n'est pas|cet article n'est pas] [un conseil personnalisé|une recommandation individuelle], [faites vos propres recherches|renseignez-vous avant d'investir].",
            "[Si l'article vous a plu|Si cet article vous a aidé], [partagez-le|abonnez-vous au flux RSS] [pour ne rien rater|pour suivre les prochains].",
        ],
    },
    "retraite": {
        "intro": [
            "[Voilà|Cela fait] {nb} ans que [j'ai pris ma retraite|nous sommes à la retraite] [à {ville}|près de {ville}], et {sujet} [reste|est resté] [un sujet|une préoccupation] [de tous les jours|bien réelle].",
            "[Ma femme et moi|Mon mari et moi] [avons passé|venons de passer] [l'après-midi|la soirée] [à refaire nos comptes|sur nos papiers], [et|alors] [la question de|le sujet de] {sujet} [est revenu|s'est imposé] sur la table.",
            "[Je reçois|On me pose] [souvent|de temps en temps] des questions [d'anciens collègues|de jeunes retraités] sur {sujet}, [alors|voici] [mon expérience|ce que j'ai appris] [sans prétention|en toute simplicité].",
            "[Quand j'ai quitté|En quittant] [l'entreprise|mon poste] [en {annee}|il y a {nb} ans], [je ne connaissais rien à|j'ignorais presque tout de] {sujet}.",
        ],
        "outro": [
            "[Voilà pour|C'est tout pour] [aujourd'hui|cette fois] ; [je vous raconterai|je vous dirai] [la suite|comment cela tourne] [dans quelques mois|au printemps].",
            "[Prenez soin de vous|Bonne semaine à tous] [et|,] [à bientôt|à la prochaine] sur [le blog|ces pages].",
            "[Je ne suis pas|Je ne suis surtout pas] [un professionnel|conseiller] : [ce récit|ce billet] [n'engage que moi|raconte seulement notre expérience].",
        ],
    },
    "perso": {
        "intro": [
            "[Petit point|Nouveau point] [sur mes finances|sur mon épargne] [ce mois-ci|de {mois}] : {sujet} [m'a occupé|m'a pris] [pas mal de temps|plusieurs soirées].",
            "[Il y a|Depuis] {nb} ans, [je ne savais pas|j'ignorais] [ce qu'était|comment fonctionnait] {sujet}. [Aujourd'hui|Maintenant], [voici|je partage] [ce que j'ai appris|mon retour].",
            "[J'ai enfin|Je me suis enfin] [sauté le pas|décidé] [sur|pour] {sujet}, [après|au bout de] [des mois|des semaines] [d'hésitation|de lecture].",
            "[Trentenaire|À {age} ans], [salarié à {ville}|en CDI à {ville}], [je raconte|je partage] [ici|sur ce blog] [mes choix|mes erreurs] [d'épargnant|d'apprenti investisseur], [aujourd'hui|cette fois] [sur|autour de] {sujet}.",
        ],
        "outro": [
            "[Je ferai|On fera] [le point|un bilan] [dans six mois|à la fin de l'année] [pour voir|et on verra] si [ce choix|cette décision] [était le bon|tient la route].",
            "[Vos retours|Vos conseils] [m'intéressent|sont les bienvenus] : [j'apprends|je progresse] [beaucoup|énormément] [grâce aux commentaires|avec vous].",
            "[Merci de m'avoir lu|Merci pour votre lecture] [jusqu'ici|jusqu'au bout] !",
        ],
    },
    "fire": {
        "intro": [
            "[Mois {nb} de notre objectif|Nouveau bilan de notre objectif] d'indépendance financière : [taux d'épargne|épargne du mois] à {pct}, [et|avec] {sujet} [au menu|en toile de fond].",
            "[Avec Julie|Avec Max], [nous visons|on vise] [la liberté financière|l'indépendance financière] [avant 45 ans|d'ici {nb} ans]. [Ce mois-ci|Aujourd'hui], [focus|zoom] sur {sujet}.",
            "[Notre patrimoine net|Notre patrimoine] [vient de franchir|a dépassé] {montant} ; [l'occasion|c'est l'occasion] de [parler|faire le point] [de|sur] {sujet}.",
            "[Bilan trimestriel|Point d'étape] [du foyer|de notre couple] : [les dépenses|nos dépenses] [ont baissé|sont stables] et {sujet} [a pris|prend] [une place|de plus en plus de place] [dans notre plan|dans nos calculs].",
        ],
        "outro": [
            "[Prochain bilan|Prochain point] [le mois prochain|dans trente jours] : [on espère|nous espérons] [tenir|garder] [le cap|ce rythme] !",
            "[Et vous|Vous aussi], [quel est votre taux d'épargne|où en êtes-vous] ? [On lit|Nous lisons] [tous les commentaires|chaque commentaire].",
            "[Frugalité ne veut pas dire|Épargner ne veut pas dire] [privation|se priver de tout] : [on continue|nous continuons] [les sorties|à voyager] [avec un budget|en gardant un budget].",
        ],
    },
    "notaire": {
        "intro": [
            "[La loi de finances pour {an}|Le dernier projet de loi de finances] [modifie|retouche] [plusieurs règles|certaines dispositions] [relatives à|touchant] {sujet}.",
            "[Un arrêt récent|Une décision récente] de la Cour de cassation [vient préciser|apporte des précisions sur] {sujet}, [dans un sens|d'une manière] [favorable|défavorable] aux contribuables.",
            "[Au cours|Lors] de [nos rendez-vous|mes consultations] [à l'étude|à {ville}], {sujet} [suscite|soulève] [de nombreuses|toujours beaucoup de] questions [pratiques|concrètes].",
            "[Rappel utile|Petit rappel] [en cette période|à l'approche] [de la déclaration de revenus|de la fin d'année] : [les règles|quelques règles] [applicables|essentielles] [à|concernant] {sujet}.",
        ],
        "outro": [
            "[Ces informations|Ce billet] [ont une portée|a une portée] [générale|purement informative] [et|;] [ne dispensent pas|ne dispense pas] [d'une consultation|d'un conseil adapté].",
            "[La doctrine administrative|Le BOFiP] [sera|devrait être] [mis à jour|commentée] [prochainement|dans les semaines à venir] ; [nous y reviendrons|j'y reviendrai].",
        ],
    },
    "immo": {
        "intro": [
            "[Propriétaire de|À la tête de] {nb} [lots|appartements] [loués|en location] [à {ville}|autour de {ville}], [je partage|je raconte] [ici|sur ce blog] [les chiffres|mes chiffres] [réels|bruts], [aujourd'hui|cette fois] [sur|autour de] {sujet}.",
            "[Nouvelle acquisition|Signature chez le notaire] [ce mois-ci|la semaine dernière] : [l'occasion|c'est le moment] [de revenir sur|de parler de] {sujet}.",
            "[Mon dernier locataire|Un de mes locataires] [vient de partir|a donné son préavis], [et|alors] {sujet} [est revenu|revient] [sur le tapis|au premier plan].",
            "[Investir dans la pierre|L'immobilier] [depuis {annee}|depuis {nb} ans] m'a appris [une chose|beaucoup] [sur|à propos de] {sujet}.",
        ],
        "outro": [
            "[Je mettrai|Je publierai] [le tableau|mon tableur] [à jour|complet] [dans le prochain billet|bientôt].",
            "[Questions|Remarques] [bienvenues|appréciées] [en commentaire|plus bas], [je réponds|j'essaie de répondre] [à tout le monde|à chacun].",
        ],
    },
    "avocat": {
        "intro": [
            "[La question|Le sujet] [de|du traitement fiscal de] {sujet} [donne lieu|a donné lieu] [à un contentieux|à une jurisprudence] [abondant|fournie] [ces dernières années|depuis {annee}].",
            "[L'administration fiscale|Le fisc] [a publié|vient de publier] [des commentaires|une mise à jour du BOFiP] [concernant|relative à] {sujet}, [qu'il convient|qu'il faut] [d'analyser|lire] [avec précaution|attentivement].",
            "[Plusieurs contribuables|De nombreux clients] [ont reçu|reçoivent] [une proposition de rectification|un redressement] [portant|fondé] [sur|en matière de] {sujet} : [rappel|voici] [des règles|les principes] [et des moyens de défense|et les recours].",
        ],
        "outro": [
            "[En cas de|Face à un] [contrôle|redressement], [les délais|le délai de réponse] [de trente jours|sont courts] [et|:] [il est prudent|il est préférable] de [se faire assister|consulter] [rapidement|sans attendre].",
            "[Cet article|Cette analyse] [est à jour|tient compte] [du droit applicable|de la législation] au {datefr} [et|,] [ne constitue pas|sans constituer] [une consultation juridique|un avis juridique].",
        ],
    },
}

TRANSITIONS = [
    "[Autre point|Autre élément] [important|à garder en tête] :", "[Par ailleurs|En outre],", "[Attention|Prudence] toutefois :",
    "[Reste la question|Se pose ensuite la question] de la fiscalité.", "[Prenons|Regardons] [un exemple|un cas concret].",
    "[Côté chiffres|Du côté des chiffres],", "[À noter|Bon à savoir] :", "[Mais|Pourtant],", "[En résumé|Pour résumer],",
]

# -- newsroom phrasing --------------------------------------------------------------------------
NEWS = {
    "titles": [
        "{sujet_cap} : [la collecte|l'encours|la demande] [repart à la hausse|recule|se stabilise] [en {mois}|au troisième trimestre|sur un an]",
        "{sujet_cap} : [ce que prévoit|ce que change] [le budget {an2}|la loi de finances pour {an2}|la réforme]",
        "[Les épargnants|Les Français|Les ménages] [boudent|plébiscitent|redécouvrent] {sujet} [en {mois}|cet automne|depuis l'été]",
        "{organisme_cap} [alerte sur|publie ses chiffres sur|s'inquiète de] {sujet}",
        "{sujet_cap} : [les chiffres clés|cinq chiffres|trois questions] [pour comprendre|à retenir] [la tendance|le marché]",
    ],
    "lead": [
        "[Selon des chiffres publiés|D'après les données publiées] [ce {jour}|{jour}] par {organisme}, {sujet} [a connu|enregistre] [un nouveau|un net] [coup d'accélérateur|ralentissement] [en {mois}|au troisième trimestre].",
        "[C'est une|Voici une] [annonce|décision] [très attendue|qui fera date] : {organisme} [a précisé|a dévoilé] [ce {jour}|{jour}] [ses orientations|de nouvelles règles] [concernant|sur] {sujet}.",
        "[Les épargnants|Les ménages français] [ont placé|ont versé] {milliards} [de plus|de plus que prévu] [sur|dans] {sujet} [en {mois}|le mois dernier], [selon|d'après] {organisme}.",
        "[Le gouvernement|Bercy] [envisage|étudie] [de modifier|une réforme de] {sujet} [dans le cadre|à l'occasion] [du prochain budget|de la loi de finances pour {an2}], [a-t-on appris|selon nos informations] [ce {jour}|{jour}].",
        "[Nouvelle étape|Nouveau rebondissement] [pour|dans le dossier de] {sujet} : [les professionnels|les acteurs du secteur] [s'inquiètent|se félicitent] [des chiffres|de la tendance] [publiés|dévoilée] [ce {jour}|{jour}].",
    ],
    "quote": [
        "« [Nous observons|On observe] [un retour|un regain] [d'intérêt|de confiance] [des épargnants|des particuliers] [depuis|dès] [le printemps|l'été] », [explique|indique] {expert}, {metier} chez {societe}.",
        "« [La tendance|Le mouvement] [devrait|pourrait] [se prolonger|durer] [jusqu'à la fin de l'année|plusieurs mois] [si les taux|tant que les taux] [restent|demeurent] [stables|à ce niveau] », [estime|analyse] {expert}, {metier}.",
        "« [Il ne faut pas|Gardons-nous de] [surinterpréter|tirer trop vite des conclusions d'] [un seul mois|un chiffre isolé] », [tempère|nuance] {expert}, {metier} [à|chez] {societe}.",
        "« [Les particuliers|Nos clients] [arbitrent|réorientent] [de plus en plus|davantage] [vers|en faveur de] [des supports|des placements] [plus dynamiques|diversifiés] », [observe|note] {expert}.",
    ],
    "close": [
        "[Les prochains chiffres|La prochaine publication] [sont attendus|est attendue] [début {mois2}|le mois prochain].",
        "[Reste à savoir|Il reste à voir] si [cette tendance|ce mouvement] [résistera|survivra] [à la baisse des taux|au contexte économique].",
        "[Le texte doit encore être examiné|La mesure devra être examinée] [par le Parlement|au Sénat] [avant la fin de l'année|cet automne].",
    ],
}

# -- comments -----------------------------------------------------------------------------------
COMMENTS = {
    "thanks": [
        "[Merci pour cet article|Article très clair], [c'est exactement|c'est tout à fait] [la question|le sujet] [que je me posais|qui me préoccupait] [avec ma femme|depuis des semaines].",
        "[Très bon résumé|Super synthèse], [j'ajouterais|je rajouterais] [juste|simplement] [que|qu'] {sentence_lc}",
        "[Merci|Merci beaucoup], [je vais|on va] [en parler|en discuter] [avec mon conseiller|à notre banquier] [la semaine prochaine|à notre prochain rendez-vous].",
        "[Enfin|Enfin un article] [qui explique|qui détaille] [clairement|simplement] {sujet} ! [Mon banquier|Ma conseillère] [ne m'avait jamais|n'a jamais su me] [parlé de|expliquer] [ça|tout ça].",
        "[Bravo pour|Merci pour] [la qualité|le sérieux] [du blog|de vos articles], [je vous lis|je suis le blog] [depuis {annee}|depuis des années].",
    ],
    "question": [
        "[Bonjour|Bonsoir], [question|petite question] : {question} ? [Nous avons|J'ai] {age} ans [et|avec] {montant} [à placer|de côté].",
        "[Bonjour,|Bonjour !] [dans votre exemple|dans l'exemple chiffré], {question} ? [Merci d'avance|Merci par avance] [pour votre éclairage|pour votre réponse].",
        "[Je me permets|Petite question] [une question|au passage] : {question} ? [Je suis|Nous sommes] [à {ville}|en région {ville}] [si ça change quelque chose|si cela compte].",
    ],
    "story": [
        "[De mon côté|Pour ma part], {sentence_lc} [C'était|Ça a été] [une bonne|la bonne] décision [avec le recul|finalement].",
        "[Même expérience ici|Expérience similaire] : [en {annee}|il y a {nb} ans], {sentence_lc}",
        "[Je ne suis pas|Pas tout à fait] d'accord [sur un point|sur la fin] : {sentence_lc} [Mais|Cela dit,] [le reste|l'ensemble] [est très juste|est pertinent].",
        "[Attention quand même|Prudence quand même] : {sentence_lc} [On l'a appris|Je l'ai appris] [à nos dépens|à mes dépens].",
    ],
    "reply": [
        "[Bonjour|Merci] {prenom}, [bonne question|très bonne question] ! {sentence} [Dans votre cas|Pour votre situation], [un bilan plus précis|une étude personnalisée] [serait utile|s'impose].",
        "[Merci pour votre retour|Merci {prenom}]. {sentence} [J'espère que|Cela] [cela répond|répond] à votre question.",
        "[En effet|Tout à fait], {prenom}. {sentence}",
        "[Bonjour {prenom}|{prenom}], [c'est un point|c'est une remarque] [que je n'ai pas détaillé|très juste]. {sentence}",
    ],
}

# Self-promotional spam, repeated verbatim across blogs: the repetition is the mark.
SPAM_COMMENTS = [
    "Super article, merci ! Visitez http://www.credit-pas-cher.test/",
    "Très intéressant. Pour un crédit rapide et sans justificatif : http://www.credit-pas-cher.test/pret-rapide",
    "Merci pour le partage ! Rachat de crédit en 24h sur http://www.rachat-credit-express.test/",
    "Excellent blog, je reviendrai. Comparez les meilleures assurances sur http://www.assurance-moins-chere.test/",
    "Article top !!! Gagnez de l'argent en ligne : http://www.argent-rapide-bourse.test/",
    "Bonne analyse. Défiscalisez jusqu'à 100 % : http://www.defisc-miracle.test/ contactez-nous",
    "Merci, très utile. Nos experts vous répondent gratuitement : http://www.conseil-patrimoine-gratuit.test/",
    "J'adore ce site. Bitcoin et placements rentables ici http://www.crypto-rendement.test/",
]
# Comment-farm texts with no URL: generic praise, posted verbatim under many blogs (evaluation web).
UNSIGNED_SPAM_COMMENTS = [
    "Merci beaucoup pour cet article très complet, j'ai appris énormément de choses !",
    "Excellent article, très bien écrit et très instructif, je partage avec mes amis.",
    "Je ne connaissais pas du tout ce sujet, merci pour toutes ces explications claires.",
    "Article vraiment intéressant, continuez comme ça, votre blog est une mine d'or !",
    "Super contenu comme toujours, j'attends le prochain article avec impatience.",
    "Très bon résumé de la situation, c'est exactement ce que je cherchais, merci.",
    "Bravo pour ce blog, les articles sont toujours pertinents et faciles à lire.",
    "Merci pour le partage, ces conseils vont vraiment m'aider pour mon épargne.",
]
# Readers name firms now and then (the demo audit's client and its competitors, see demo_audit.DEMO_TOML),
# so the report's share of voice has something to count. Chosen by a hash of the text, not the RNG, and
# never a question (a question in a comment draws the author's answer: the web would change).
BRAND_ASIDES = [
    "Pour info, Patrimoine Plus m'a proposé à peu près la même chose, en plus cher.",
    "J'ai comparé avec Conseil Avenir : leurs frais sont plus élevés.",
    "Le Cabinet Démo Patrimoine m'a fait un bilan très clair sur ce point.",
    "J'ai rencontré un conseiller de Conseil Avenir : il m'a paru pressé.",
    "Chez Patrimoine Plus on m'a dit l'inverse, je ne sais plus quoi penser.",
    "C'est aussi ce que m'a expliqué le Cabinet Démo Patrimoine l'an dernier.",
    "Patrimoine Plus fait de la publicité partout, mais je n'ai pas vu de chiffres.",
]
# The thin blogs end every post with a plug.
SPAM_BLOG_PLUGS = [
    "Besoin d'un conseil ? Contactez-nous pour un bilan gratuit et sans engagement.",
    "Découvrez nos offres partenaires pour faire fructifier votre argent dès aujourd'hui.",
    "Inscrivez-vous à notre newsletter et recevez notre guide offert.",
]
SPAMMERS = [
    ("Crédit Pas Cher", "http://www.credit-pas-cher.test/"),
    ("Rachat Crédit Express", "http://www.rachat-credit-express.test/"),
    ("assurance moins chère", "http://www.assurance-moins-chere.test/"),
    ("Argent Rapide", "http://www.argent-rapide-bourse.test/"),
    ("Défisc Miracle", "http://www.defisc-miracle.test/"),
    ("conseil patrimoine gratuit", "http://www.conseil-patrimoine-gratuit.test/"),
    ("Crypto Rendement", "http://www.crypto-rendement.test/"),
]

# -- forums -------------------------------------------------------------------------------------
FORUM = {
    "open": [
        "[Bonjour à tous|Bonjour,|Salut à tous], [je me permets de|je viens] [poster ici|vous solliciter] [pour un avis|car j'ai besoin d'avis].",
        "[Bonjour,|Hello,] [nouveau sur le forum|inscrit depuis peu], [je lis|j'ai lu] [beaucoup de fils|pas mal de sujets] [avant de poster|sans trouver ma réponse].",
        "[Bonsoir,|Bonjour,] [question|petite question] [de débutant|d'un néophyte] [pour les connaisseurs|pour les habitués].",
    ],
    "situation": [
        "[J'ai|Nous avons] {age} ans, [marié|en couple|célibataire], [salarié|fonctionnaire|à mon compte] [à {ville}|près de {ville}], [avec|et] {montant} [d'épargne|sur des livrets].",
        "[Ma situation|Notre situation] : [deux enfants|un enfant|pas d'enfant], [propriétaires|locataires] [à {ville}|en banlieue de {ville}], [revenus|revenu du foyer] [d'environ|autour de] {revenu} [par mois|nets].",
        "[Je viens de|Nous venons de] [toucher|recevoir] {montant} [d'héritage|d'une prime|de la vente d'un terrain] [et|,] [je ne sais pas|nous ne savons pas] [quoi en faire|où le placer].",
    ],
    "ask": [
        "Ma question : {question} ?", "[Du coup,|Bref,] {question} ?", "[Selon vous,|À votre avis,] {question} ?",
    ],
    "reply_open": [
        "[Bonjour,|Salut,|Hello,]", "[Perso,|Personnellement,]", "[De mon expérience,|Pour avoir fait pareil,]",
        "[+1 avec {prev}.|Je rejoins {prev}.]", "[Attention,|Méfiance,]", "[Bonne question.|Vaste sujet.]", "",
    ],
    "reply_close": [
        "[Bon courage !|Bonne continuation.]", "[Tiens-nous au courant.|Tu nous diras.]",
        "[Mes deux centimes.|Mon avis n'engage que moi.]", "[Et surtout, ne te précipite pas.|Prends ton temps.]", "", "",
    ],
    "thanks": [
        "[Merci à tous|Merci beaucoup] pour vos [réponses|retours], [j'y vois plus clair|c'est plus clair]. [Je vais|On va] {decision}.",
        "[Petit retour|Retour] [après quelques semaines|comme promis] : [j'ai finalement|nous avons finalement] [décidé de|choisi de] {decision}. [Merci encore|Encore merci] [au forum|à tous].",
    ],
    "decision": [
        "ouvrir un deuxième contrat en ligne", "garder le livret A comme matelas", "attendre la fin de l'année",
        "prendre rendez-vous avec un notaire", "commencer par un ETF World dans le PEA", "renégocier le prêt",
        "faire une donation-partage", "vendre les parts de SCPI de bureaux", "passer en LMNP au réel",
    ],
    "signature": [
        "PEA + AV + un peu d'immo, et beaucoup de patience", "La bourse monte par l'escalier et descend par l'ascenseur",
        "Ni conseil, ni recommandation : juste mon expérience", "Objectif rentier en 2035", "Diversifier, toujours diversifier",
    ],
}

# -- fake forums: one admin and his sock-puppets promote one site ---------------------------------
FAKE_FORUM = {
    "titles": [
        "Meilleure SCPI {an} : [notre sélection|le classement]", "SCPI à {taux} : [est-ce fiable ?|vos avis ?]",
        "[Comment|Où] investir {montant} en {an} ?", "Défiscalisation {an} : [la solution|notre solution] [miracle|clé en main]",
        "[Avis|Retour] sur {marque} ?", "Placement garanti à {taux} : [c'est possible|ça existe]",
        "Quel rendement pour {montant} placés ?", "Investir dans la pierre sans [contrainte|souci] : [mode d'emploi|la méthode]",
    ],
    "admin": [
        "Bonjour à tous, chez {marque} nous [proposons|sélectionnons] des placements à {taux} [net|garanti]. Plus d'infos sur {url}",
        "[Excellente question !|Très bonne question.] La réponse est simple : {marque}. Rendement de {taux} constaté. Voir {url}",
        "Je confirme, nos clients sont [très satisfaits|ravis]. [Simulation gratuite|Étude offerte] sur {url}",
        "Pour ceux qui [hésitent|se posent encore la question] : {marque} est [le leader|la référence] du secteur. Inscription sur {url}",
        "[Message de la modération|Rappel] : les meilleures offres [du moment|de {an}] sont [listées|regroupées] sur {url}",
        "[Merci pour ton retour|Merci pour votre message] ! N'oubliez pas le code PROMO{nb} sur {url}",
    ],
    "puppet": [
        "Merci admin, je viens de [m'inscrire|souscrire] sur {url}, top !",
        "[J'ai investi|J'ai placé] {montant} chez {marque}, [rendement au rendez-vous|très content]. Je recommande.",
        "[Franchement|Honnêtement] {marque} c'est [le meilleur|ce qu'il y a de mieux], foncez.",
        "Quelqu'un a testé {marque} ? [Ça a l'air|Ça semble] [génial|top] !",
        "[Super|Génial], merci pour l'info ! {url}",
    ],
}

# -- the one-page advisor blog and the high-cadence template blog ---------------------------------
ONE_PAGE_POST = [
    "Le cabinet Durand Patrimoine vous accompagne depuis 2012 dans tous vos projets d'épargne, de retraite et de transmission.",
    "Assurance-vie, PER, SCPI, immobilier locatif, défiscalisation : notre équipe étudie votre situation et vous propose des solutions adaptées à vos objectifs.",
    "Nous intervenons à Angers, à Nantes et dans tout le Maine-et-Loire, au cabinet ou à votre domicile.",
    "Notre premier rendez-vous est gratuit et sans engagement. Nous établissons ensemble un bilan patrimonial complet : revenus, fiscalité, immobilier, épargne financière et protection de la famille.",
    "Prenez rendez-vous avec notre cabinet dès aujourd'hui par téléphone au 02 41 00 00 00 ou via le formulaire de contact.",
    "Conseiller en investissements financiers membre d'une association agréée par l'AMF, courtier en assurance immatriculé à l'ORIAS.",
    "Nos honoraires sont transparents et vous sont présentés avant toute intervention. Nous travaillons avec une sélection de partenaires assureurs et sociétés de gestion reconnus.",
    "N'attendez plus pour faire travailler votre épargne : un conseiller vous rappelle sous 48 heures.",
]

# Every post of the high-cadence blog is this template with the city and figures swapped.
HIGH_CADENCE = {
    "titles": ["Meilleur placement {an} à {ville}", "Investir à {ville} en {an} : le guide complet",
               "Défiscalisation à {ville} : les solutions {an}", "Placement immobilier à {ville} : rendement {an}"],
    "body": [
        "Vous habitez à {ville} et vous cherchez le meilleur placement en {an} ? Vous êtes au bon endroit.",
        "À {ville}, de nombreux épargnants se demandent comment faire fructifier leur argent en {an}.",
        "Dans cet article, nous avons sélectionné pour vous les meilleurs placements disponibles à {ville}.",
        "Le prix moyen de l'immobilier à {ville} est de {m2} euros par mètre carré en {an}.",
        "Le rendement locatif moyen constaté à {ville} atteint {taux}, ce qui est supérieur à la moyenne nationale.",
        "L'assurance-vie reste le placement préféré des habitants de {ville} avec un rendement de {taux2}.",
        "Les SCPI permettent aux investisseurs de {ville} d'accéder à l'immobilier dès {petit}.",
        "Le livret A rapporte {tauxbas} en {an}, un taux identique à {ville} et partout en France.",
        "Pour défiscaliser à {ville}, plusieurs dispositifs existent : déficit foncier, PER et Girardin.",
        "Notre conseil : comparez les offres et faites-vous accompagner par un expert à {ville}.",
        "Contactez un conseiller en gestion de patrimoine à {ville} pour un bilan gratuit.",
        "Découvrez aussi nos guides sur les meilleurs placements dans les autres villes de France.",
    ],
}

# The hostile blog's payloads: must survive as literal text after HTML parsing.
HOSTILE = [
    "<script>alert(1)</script>",
    "\"><img src=x onerror=alert(1)>",
    "=HYPERLINK(\"http://evil.test\",\"x\")",
    "+cmd",
    "@SUM(1)",
]
