"""
Demo texts for the Principles and Guidelines, in English and French.

Written for this portal, in our own words, from the structure of the MICIC
Guidelines (numbering, phases, stakeholders); they summarise the spirit of
each text and are not the official wording. Every value is an (en, fr) pair.
"""

PRINCIPLE_BODIES = {
    1: (
        "Whatever else is at stake, protecting life and physical safety comes first. Questions "
        "of immigration status, missing documents or who pays can be settled later; they must "
        "never delay help to a person in danger.\n\n"
        "This Principle applies to every actor, from border officials to employers, and to "
        "every phase of a crisis.",
        "Quels que soient les autres enjeux, protéger la vie et la sécurité physique passe en "
        "premier. Les questions de statut migratoire, de papiers manquants ou de prise en "
        "charge des frais peuvent être réglées plus tard ; elles ne doivent jamais retarder "
        "l'aide apportée à une personne en danger.\n\n"
        "Ce principe vaut pour tous les acteurs, des agents aux frontières aux employeurs, et "
        "à chaque phase d'une crise.",
    ),
    2: (
        "Migrants keep their human rights when a crisis strikes, whether or not they are in "
        "the country regularly. Human rights law, humanitarian law and labour law all continue "
        "to apply to them.\n\n"
        "In practice, respecting these rights means giving migrants access to assistance, to "
        "justice and to their consulates, and protecting them from discrimination and "
        "exploitation.",
        "Les migrants conservent leurs droits humains lorsqu'une crise survient, qu'ils soient "
        "en situation régulière ou non. Le droit international des droits de l'homme, le droit "
        "humanitaire et le droit du travail continuent de s'appliquer à eux.\n\n"
        "Concrètement, respecter ces droits signifie donner aux migrants accès à l'assistance, "
        "à la justice et à leurs consulats, et les protéger contre la discrimination et "
        "l'exploitation.",
    ),
    3: (
        "The State where a crisis happens is first responsible for protecting everyone on its "
        "territory, migrants included. States of origin have duties towards their nationals "
        "abroad, and transit States towards the people who pass through.\n\n"
        "Other actors support States in this task; they do not take their place.",
        "L'État où survient une crise est le premier responsable de la protection de toutes "
        "les personnes présentes sur son territoire, migrants compris. Les États d'origine ont "
        "des devoirs envers leurs ressortissants à l'étranger, et les États de transit envers "
        "les personnes qui les traversent.\n\n"
        "Les autres acteurs épaulent les États dans cette tâche ; ils ne les remplacent pas.",
    ),
    4: (
        "Employers, recruiters, civil society groups, migrant associations and international "
        "organisations all have a part in protecting migrants. They are often the first to "
        "reach migrants and the ones who know their situation best.\n\n"
        "Their action works best when it is coordinated with public authorities and when each "
        "knows its role before the crisis begins.",
        "Employeurs, recruteurs, organisations de la société civile, associations de migrants "
        "et organisations internationales contribuent tous à la protection des migrants. Ce "
        "sont souvent eux qui les atteignent les premiers et qui connaissent le mieux leur "
        "situation.\n\n"
        "Leur action est plus efficace lorsqu'elle est coordonnée avec les pouvoirs publics et "
        "que chacun connaît son rôle avant le début de la crise.",
    ),
    5: (
        "Humanity, neutrality, impartiality and independence guide the response to every "
        "crisis. Help goes first to those who need it most, without distinction of "
        "nationality, status or origin.\n\n"
        "The Guidelines create no new legal obligations; they show how these long-standing "
        "principles apply to the situation of migrants.",
        "L'humanité, la neutralité, l'impartialité et l'indépendance guident la réponse à "
        "toute crise. L'aide va d'abord à ceux qui en ont le plus besoin, sans distinction de "
        "nationalité, de statut ou d'origine.\n\n"
        "Les Lignes directrices ne créent aucune obligation juridique nouvelle ; elles montrent "
        "comment ces principes anciens s'appliquent à la situation des migrants.",
    ),
    6: (
        "Migrants are not only victims. They bring knowledge, skills and networks that help "
        "them, their families and their neighbours cope with a crisis.\n\n"
        "The response should build on these strengths, involve migrants in the decisions that "
        "affect them and help them stay in control of their own lives.",
        "Les migrants ne sont pas seulement des victimes. Ils disposent de connaissances, de "
        "compétences et de réseaux qui les aident, eux, leur famille et leurs voisins, à faire "
        "face à une crise.\n\n"
        "La réponse doit s'appuyer sur ces atouts, associer les migrants aux décisions qui les "
        "concernent et les aider à garder la maîtrise de leur vie.",
    ),
    7: (
        "How leaders and the media speak about migrants shapes how migrants are treated when "
        "a crisis strikes. Hostile words can feed discrimination and even violence.\n\n"
        "Public messages should recognise what migrants bring to the economy and to society, "
        "and avoid blaming them for problems they did not cause.",
        "La façon dont les responsables et les médias parlent des migrants influence la "
        "manière dont ils sont traités lorsqu'une crise survient. Des propos hostiles peuvent "
        "nourrir la discrimination, voire la violence.\n\n"
        "La communication publique doit reconnaître ce que les migrants apportent à l'économie "
        "et à la société, et éviter de leur imputer des problèmes dont ils ne sont pas la "
        "cause.",
    ),
    8: (
        "Crises are felt locally, but the response involves local, national, regional and "
        "international levels, and each has something to contribute.\n\n"
        "Action at one level should fit with action at the others: local authorities need "
        "national support, and national efforts gain from regional and international "
        "cooperation.",
        "Les crises se vivent localement, mais la réponse mobilise les niveaux local, "
        "national, régional et international, et chacun a quelque chose à apporter.\n\n"
        "L'action à un niveau doit s'accorder avec celle des autres : les autorités locales "
        "ont besoin d'un appui national, et les efforts nationaux gagnent à la coopération "
        "régionale et internationale.",
    ),
    9: (
        "No State or organisation can protect migrants in a crisis on its own. Host States, "
        "States of origin and of transit, businesses, civil society and international "
        "organisations all depend on one another.\n\n"
        "Cooperation is far easier when it is built before a crisis, through agreements, "
        "shared plans and mutual trust.",
        "Aucun État ni aucune organisation ne peut protéger seul les migrants en temps de "
        "crise. États d'accueil, d'origine et de transit, entreprises, société civile et "
        "organisations internationales dépendent les uns des autres.\n\n"
        "La coopération est bien plus facile lorsqu'elle se construit avant la crise, par des "
        "accords, des plans communs et une confiance mutuelle.",
    ),
    10: (
        "Every crisis holds lessons. Learning from them, and sharing what works, helps "
        "everyone respond better the next time.\n\n"
        "New tools and approaches, from mobile phone applications to new kinds of partnership, "
        "can improve how migrants are reached and helped, provided they respect migrants' "
        "rights and privacy.",
        "Chaque crise est riche d'enseignements. Les tirer, et partager ce qui fonctionne, "
        "aide chacun à mieux réagir la fois suivante.\n\n"
        "De nouveaux outils et de nouvelles approches, des applications mobiles à de nouvelles "
        "formes de partenariat, peuvent améliorer la manière d'atteindre et d'aider les "
        "migrants, à condition de respecter leurs droits et leur vie privée.",
    ),
}

# number: title, summary, body (introduction), practices as
# (stakeholder type key, (title en, fr), (body en, fr)), in display order.
GUIDELINE_TEXTS = {
    1: {
        "title": (
            "Monitor crises and anticipate how they will affect migrants",
            "Surveiller les crises et anticiper leurs effets sur les migrants",
        ),
        "summary": (
            "Follow the risks of conflict and natural hazards, and work out early which migrants "
            "would be exposed, where, and why.",
            "Suivre les risques de conflit et de catastrophe naturelle, et déterminer tôt quels "
            "migrants y seraient exposés, où et pourquoi.",
        ),
        "body": (
            "Early warning systems usually watch hazards and the population as a whole. Migrants "
            "can face particular risks that such systems miss: they may live in the most exposed "
            "districts, work in isolated places, lack documents or be unable to read official "
            "warnings.\n\n"
            "This Guideline asks those who monitor crises to look at migrants explicitly, to pass "
            "what they learn to the people who can act on it, and to update their analysis as the "
            "situation changes.",
            "Les systèmes d'alerte précoce observent en général les aléas et la population dans "
            "son ensemble. Les migrants peuvent courir des risques particuliers qui leur "
            "échappent : ils habitent parfois les quartiers les plus exposés, travaillent dans des "
            "lieux isolés, n'ont pas toujours de papiers ou ne peuvent pas lire les alertes "
            "officielles.\n\n"
            "Cette ligne directrice demande à ceux qui surveillent les crises de prendre "
            "explicitement les migrants en compte, de transmettre ce qu'ils apprennent à ceux qui "
            "peuvent agir et de mettre leur analyse à jour à mesure que la situation évolue.",
        ),
        "practices": [
            (
                "host-states",
                (
                    "Count migrants in national risk assessments",
                    "Intégrer les migrants aux évaluations nationales des risques",
                ),
                (
                    "When mapping hazards and vulnerable groups, note where migrant workers and "
                    "their families live and work, and which of them would be hard to reach in "
                    "an emergency.",
                    "Lors de la cartographie des aléas et des groupes vulnérables, relever où "
                    "vivent et travaillent les travailleurs migrants et leurs familles, et "
                    "lesquels seraient difficiles à joindre en cas d'urgence.",
                ),
            ),
            (
                "states-of-origin",
                (
                    "Ask embassies to report on risks to nationals abroad",
                    "Demander aux ambassades de signaler les risques pesant sur les ressortissants",
                ),
                (
                    "Consulates can send regular updates on political tension, seasonal hazards "
                    "and the situation of their nationals, so that the capital can plan before "
                    "an emergency.",
                    "Les consulats peuvent transmettre régulièrement des informations sur les "
                    "tensions politiques, les aléas saisonniers et la situation de leurs "
                    "ressortissants, pour que la capitale puisse se préparer avant l'urgence.",
                ),
            ),
            (
                "employers",
                (
                    "Cover every worker's location in business risk monitoring",
                    "Couvrir le lieu de vie de chaque travailleur dans la veille des risques",
                ),
                (
                    "Companies that employ migrant workers can follow security and weather alerts "
                    "for every place where those workers live, not only for their own sites.",
                    "Les entreprises qui emploient des travailleurs migrants peuvent suivre les "
                    "alertes de sécurité et météorologiques pour chaque lieu où ces travailleurs "
                    "habitent, et pas seulement pour leurs propres sites.",
                ),
            ),
            (
                "international-organizations",
                (
                    "Share crisis analysis with States of origin",
                    "Partager l'analyse des crises avec les États d'origine",
                ),
                (
                    "Organisations present in the field can pass early warnings and situation "
                    "reports to the governments and groups whose nationals are exposed.",
                    "Les organisations présentes sur le terrain peuvent transmettre alertes "
                    "précoces et rapports de situation aux gouvernements et aux groupes dont les "
                    "ressortissants sont exposés.",
                ),
            ),
        ],
    },
    2: {
        "title": (
            "Collect and share information on migrants while protecting their privacy",
            "Recueillir et partager des informations sur les migrants en protégeant leur vie "
            "privée",
        ),
        "summary": (
            "Know how many migrants are present, where and with what needs, and share that "
            "knowledge safely with those who will help them.",
            "Savoir combien de migrants sont présents, où et avec quels besoins, et partager ces "
            "informations en toute sécurité avec ceux qui leur viendront en aide.",
        ),
        "body": (
            "Responders cannot assist people they do not know about. Many countries have only a "
            "rough idea of how many foreigners live on their territory, where they are and which "
            "languages they speak.\n\n"
            "The Guideline encourages better information before a crisis, through registration, "
            "consular records and surveys, together with clear rules on consent, data protection "
            "and access. Information about migrants must never be used in ways that put them at "
            "risk, for instance for immigration enforcement during an emergency.",
            "Les secours ne peuvent pas aider des personnes dont ils ignorent l'existence. Bien "
            "des pays n'ont qu'une idée approximative du nombre d'étrangers qui vivent sur leur "
            "territoire, de l'endroit où ils se trouvent et des langues qu'ils parlent.\n\n"
            "La ligne directrice encourage à mieux s'informer avant une crise, par "
            "l'enregistrement, les registres consulaires et les enquêtes, en fixant des règles "
            "claires sur le consentement, la protection des données et l'accès. Les informations "
            "sur les migrants ne doivent jamais être utilisées d'une manière qui les mette en "
            "danger, par exemple pour contrôler l'immigration pendant une urgence.",
        ),
        "practices": [
            (
                "states-of-origin",
                (
                    "Offer voluntary consular registration",
                    "Proposer l'inscription consulaire volontaire",
                ),
                (
                    "Invite nationals to register with their embassy online or on arrival, explain "
                    "why it matters in an emergency and let them update their details easily.",
                    "Inviter les ressortissants à s'inscrire auprès de leur ambassade en ligne ou "
                    "à leur arrivée, expliquer pourquoi c'est utile en cas d'urgence et leur "
                    "permettre de mettre facilement leurs coordonnées à jour.",
                ),
            ),
            (
                "host-states",
                (
                    "Agree data-sharing rules in advance",
                    "Convenir à l'avance des règles de partage des données",
                ),
                (
                    "Set out in writing which information on migrants may be shared with "
                    "consulates and humanitarian agencies during an emergency, for what purpose "
                    "and with what safeguards.",
                    "Fixer par écrit quelles informations sur les migrants peuvent être "
                    "partagées avec les consulats et les organismes humanitaires en cas "
                    "d'urgence, dans quel but et avec quelles garanties.",
                ),
            ),
            (
                "recruiters",
                (
                    "Keep current records of workers placed abroad",
                    "Tenir à jour les coordonnées des travailleurs placés à l'étranger",
                ),
                (
                    "Recruitment agencies can keep the location and contact details of the "
                    "workers they place and, with the workers' consent, share them with the "
                    "authorities when a crisis requires it.",
                    "Les agences de recrutement peuvent conserver le lieu de séjour et les "
                    "coordonnées des travailleurs qu'elles placent et, avec leur accord, les "
                    "communiquer aux autorités lorsqu'une crise l'exige.",
                ),
            ),
            (
                "multiple-stakeholders",
                (
                    "Protect personal data at every step",
                    "Protéger les données personnelles à chaque étape",
                ),
                (
                    "Collect only what is needed, store it securely, and tell migrants how their "
                    "information will be used and by whom.",
                    "Ne recueillir que le nécessaire, le conserver en sécurité et expliquer aux "
                    "migrants comment et par qui leurs informations seront utilisées.",
                ),
            ),
        ],
    },
    3: {
        "title": (
            "Empower migrants to help themselves, their families and their communities",
            "Donner aux migrants les moyens de se protéger et d'aider leur famille et leur "
            "communauté",
        ),
        "summary": (
            "Migrants who know their rights, hold their documents and have a plan cope better "
            "when a crisis comes.",
            "Les migrants qui connaissent leurs droits, détiennent leurs papiers et ont un plan "
            "font mieux face lorsqu'une crise survient.",
        ),
        "body": (
            "Migrants are often among the first to respond when disaster strikes, helping "
            "relatives, neighbours and co-workers. How well they can do so depends on what they "
            "know and what they hold: identity papers, savings, contacts, and an understanding of "
            "local risks and services.\n\n"
            "This Guideline calls for information before departure and after arrival, for access "
            "to documents and financial services, and for support to migrant associations, so "
            "that migrants can protect themselves and others.",
            "Les migrants comptent souvent parmi les premiers à réagir face à une catastrophe, en "
            "aidant leurs proches, leurs voisins et leurs collègues. Leur capacité à le faire "
            "dépend de ce qu'ils savent et de ce dont ils disposent : papiers d'identité, "
            "économies, contacts et connaissance des risques et des services locaux.\n\n"
            "Cette ligne directrice appelle à informer avant le départ et après l'arrivée, à "
            "garantir l'accès aux documents et aux services financiers et à soutenir les "
            "associations de migrants, afin que ceux-ci puissent se protéger et protéger les "
            "autres.",
        ),
        "practices": [
            (
                "states-of-origin",
                (
                    "Cover crisis preparedness in pre-departure orientation",
                    "Aborder la préparation aux crises dans la formation avant le départ",
                ),
                (
                    "Tell people leaving to work abroad about the hazards at their destination, "
                    "how to contact their consulate and what to keep ready in case of emergency.",
                    "Informer les personnes qui partent travailler à l'étranger des risques de "
                    "leur pays de destination, de la façon de joindre leur consulat et de ce "
                    "qu'il faut garder prêt en cas d'urgence.",
                ),
            ),
            (
                "employers",
                (
                    "Let workers keep their own identity documents",
                    "Laisser les travailleurs conserver leurs papiers d'identité",
                ),
                (
                    "Never hold on to workers' passports or permits. Where safe storage is "
                    "needed, offer it with free access at any time.",
                    "Ne jamais confisquer les passeports ou les titres de séjour des "
                    "travailleurs. Si un rangement sûr est nécessaire, le proposer avec un accès "
                    "libre à tout moment.",
                ),
            ),
            (
                "migrant-diaspora-groups",
                (
                    "Run peer-to-peer preparedness sessions",
                    "Organiser des séances de préparation entre pairs",
                ),
                (
                    "Community leaders can pass on safety information in migrants' own languages "
                    "and help newcomers draw up a contact list and an emergency plan.",
                    "Les responsables communautaires peuvent transmettre les consignes de "
                    "sécurité dans la langue des migrants et aider les nouveaux arrivants à "
                    "établir une liste de contacts et un plan d'urgence.",
                ),
            ),
            (
                "service-providers",
                (
                    "Keep money transfers and bank accounts reachable in a crisis",
                    "Garantir l'accès aux transferts d'argent et aux comptes en temps de crise",
                ),
                (
                    "Financial service providers can open accounts to migrants and plan how "
                    "customers will reach their money if branches close.",
                    "Les prestataires de services financiers peuvent ouvrir des comptes aux "
                    "migrants et prévoir comment leurs clients accéderont à leur argent si les "
                    "agences ferment.",
                ),
            ),
        ],
    },
    4: {
        "title": (
            "Include migrants in prevention, preparedness and emergency response systems",
            "Intégrer les migrants aux systèmes de prévention, de préparation et d'intervention "
            "d'urgence",
        ),
        "summary": (
            "National and local emergency systems should serve everyone on the territory, "
            "migrants included, whatever their status.",
            "Les systèmes d'urgence nationaux et locaux doivent servir toutes les personnes "
            "présentes sur le territoire, migrants compris, quel que soit leur statut.",
        ),
        "body": (
            "Emergency laws, shelters and relief schemes are often designed with citizens in "
            "mind. Migrants can be left out by eligibility rules, by language, or by the fear "
            "that asking for help will lead to arrest or removal.\n\n"
            "The Guideline asks authorities to look for such barriers in their systems, to "
            "involve migrants and their organisations in planning and drills, and to make it "
            "clear that emergency help does not depend on immigration status.",
            "Les lois d'urgence, les abris et les dispositifs de secours sont souvent conçus en "
            "pensant aux citoyens. Les migrants peuvent en être exclus par les conditions "
            "d'accès, par la langue ou par la crainte que demander de l'aide conduise à une "
            "arrestation ou à une expulsion.\n\n"
            "La ligne directrice demande aux autorités de repérer ces obstacles dans leurs "
            "systèmes, d'associer les migrants et leurs organisations à la planification et aux "
            "exercices, et d'indiquer clairement que l'aide d'urgence ne dépend pas du statut "
            "migratoire.",
        ),
        "practices": [
            (
                "host-states",
                (
                    "Open emergency services to all, regardless of status",
                    "Ouvrir les services d'urgence à tous, quel que soit le statut",
                ),
                (
                    "State in law or policy that shelters, medical care and relief are open to "
                    "everyone affected, and that using them will not trigger immigration checks.",
                    "Prévoir dans la loi ou les politiques publiques que les abris, les soins et "
                    "les secours sont ouverts à toutes les personnes touchées, et qu'y recourir "
                    "n'entraîne aucun contrôle migratoire.",
                ),
            ),
            (
                "host-states",
                (
                    "Invite migrant communities to emergency drills",
                    "Associer les communautés de migrants aux exercices d'urgence",
                ),
                (
                    "Local civil protection services can include neighbourhoods and workplaces "
                    "with many migrants in evacuation exercises, and adapt their instructions.",
                    "Les services locaux de protection civile peuvent inclure les quartiers et les "
                    "lieux de travail comptant beaucoup de migrants dans les exercices "
                    "d'évacuation, et adapter leurs consignes.",
                ),
            ),
            (
                "civil-society",
                (
                    "Act as a bridge between migrants and responders",
                    "Faire le lien entre les migrants et les secours",
                ),
                (
                    "Trusted organisations can explain emergency procedures to migrants and tell "
                    "responders about the obstacles migrants meet.",
                    "Des organisations de confiance peuvent expliquer les procédures d'urgence "
                    "aux migrants et signaler aux secours les obstacles que ceux-ci rencontrent.",
                ),
            ),
            (
                "employers",
                (
                    "Make workplace emergency plans cover every worker",
                    "Étendre les plans d'urgence de l'entreprise à chaque travailleur",
                ),
                (
                    "Emergency plans at work sites should reach every worker, whatever their "
                    "contract or language, with drills and signs they understand.",
                    "Les plans d'urgence des sites doivent toucher chaque travailleur, quels que "
                    "soient son contrat ou sa langue, avec des exercices et une signalétique "
                    "qu'il comprend.",
                ),
            ),
        ],
    },
    5: {
        "title": (
            "Make migrants part of contingency planning",
            "Prendre les migrants en compte dans la planification d'urgence",
        ),
        "summary": (
            "Emergency and evacuation plans should foresee migrants' particular needs and the "
            "role of every actor who can help them.",
            "Les plans d'urgence et d'évacuation doivent prévoir les besoins particuliers des "
            "migrants et le rôle de chaque acteur en mesure de les aider.",
        ),
        "body": (
            "Contingency plans settle in advance who does what when a crisis comes. If migrants "
            "are missing from those plans, they risk being forgotten just when decisions are "
            "taken fastest.\n\n"
            "This Guideline concerns the plans of host States, of States of origin for their "
            "nationals abroad, of employers and of international organisations. Good plans list "
            "the resources available, the routes to safety, the ways to communicate in the "
            "languages needed and the contact points on each side.",
            "Les plans d'urgence fixent à l'avance qui fait quoi lorsqu'une crise survient. Si "
            "les migrants en sont absents, ils risquent d'être oubliés au moment même où les "
            "décisions se prennent le plus vite.\n\n"
            "Cette ligne directrice concerne les plans des États d'accueil, ceux des États "
            "d'origine pour leurs ressortissants à l'étranger, ceux des employeurs et ceux des "
            "organisations internationales. Un bon plan recense les moyens disponibles, les "
            "itinéraires vers la sécurité, les moyens de communiquer dans les langues "
            "nécessaires et les interlocuteurs de chaque partie.",
        ),
        "practices": [
            (
                "states-of-origin",
                (
                    "Keep a consular contingency plan for each country with many nationals",
                    "Tenir un plan d'urgence consulaire pour chaque pays comptant de nombreux "
                    "ressortissants",
                ),
                (
                    "Embassies can keep a plan listing where nationals live, safe assembly points, "
                    "transport options and the partners to call on, and test it regularly.",
                    "Les ambassades peuvent tenir un plan indiquant où vivent les ressortissants, "
                    "les points de rassemblement sûrs, les moyens de transport et les partenaires "
                    "à solliciter, et le tester régulièrement.",
                ),
            ),
            (
                "host-states",
                (
                    "Align national plans with those of foreign missions",
                    "Articuler les plans nationaux avec ceux des missions étrangères",
                ),
                (
                    "Share the relevant parts of national contingency plans with embassies, so "
                    "that their own plans fit in and do not compete for the same resources.",
                    "Communiquer aux ambassades les parties utiles des plans nationaux "
                    "d'urgence, pour que leurs propres plans s'y insèrent sans se disputer les "
                    "mêmes ressources.",
                ),
            ),
            (
                "employers",
                (
                    "Plan how to shelter and move the workforce",
                    "Prévoir comment abriter et déplacer le personnel",
                ),
                (
                    "Companies can set out how they will shelter, feed and, if needed, evacuate "
                    "their workforce, including workers hired through subcontractors.",
                    "Les entreprises peuvent prévoir comment elles abriteront, nourriront et, si "
                    "nécessaire, évacueront leur personnel, y compris les travailleurs employés "
                    "par des sous-traitants.",
                ),
            ),
            (
                "multiple-stakeholders",
                ("Test plans together", "Tester les plans ensemble"),
                (
                    "Joint simulation exercises bring together authorities, consulates, companies "
                    "and civil society, and reveal gaps before a real emergency does.",
                    "Les exercices de simulation communs réunissent autorités, consulats, "
                    "entreprises et société civile, et révèlent les lacunes avant qu'une "
                    "véritable urgence ne le fasse.",
                ),
            ),
        ],
    },
    6: {
        "title": (
            "Communicate effectively with migrants before a crisis",
            "Communiquer efficacement avec les migrants avant une crise",
        ),
        "summary": (
            "Build trusted channels in the languages migrants use, so that warnings and advice "
            "reach them when it matters.",
            "Créer des canaux de confiance dans les langues des migrants, pour que les alertes et "
            "les conseils leur parviennent au moment voulu.",
        ),
        "body": (
            "Warnings only work if people receive them, understand them and believe them. "
            "Migrants may not follow local media, may not read the official language and may "
            "distrust the authorities.\n\n"
            "The Guideline recommends finding out, before any emergency, how migrant communities "
            "get their news, translating key messages, and working with the community leaders, "
            "employers and consulates migrants already trust. Those channels will then be ready "
            "when a crisis strikes.",
            "Une alerte n'est utile que si elle est reçue, comprise et jugée crédible. Les "
            "migrants ne suivent pas toujours les médias locaux, ne lisent pas forcément la "
            "langue officielle et peuvent se méfier des autorités.\n\n"
            "La ligne directrice recommande de savoir, avant toute urgence, comment les "
            "communautés de migrants s'informent, de traduire les messages essentiels et de "
            "travailler avec les responsables communautaires, les employeurs et les consulats "
            "auxquels les migrants font déjà confiance. Ces canaux seront ainsi prêts lorsque la "
            "crise éclatera.",
        ),
        "practices": [
            (
                "host-states",
                (
                    "Translate hazard information into the main migrant languages",
                    "Traduire l'information sur les risques dans les principales langues des "
                    "migrants",
                ),
                (
                    "Publish information on local risks, alerts and emergency numbers in the "
                    "languages most spoken by migrants, in print, online and as audio.",
                    "Publier l'information sur les risques locaux, les alertes et les numéros "
                    "d'urgence dans les langues les plus parlées par les migrants, sur papier, en "
                    "ligne et en version audio.",
                ),
            ),
            (
                "states-of-origin",
                (
                    "Stay in touch with nationals through the channels they use",
                    "Garder le contact avec les ressortissants par les canaux qu'ils utilisent",
                ),
                (
                    "Consulates can run social media accounts and messaging groups and keep them "
                    "active in quiet times, so that nationals already follow them when needed.",
                    "Les consulats peuvent animer des comptes sur les réseaux sociaux et des "
                    "groupes de messagerie, et les faire vivre en temps normal pour que les "
                    "ressortissants les suivent déjà le moment venu.",
                ),
            ),
            (
                "migrant-diaspora-groups",
                (
                    "Map how community members get their news",
                    "Repérer comment les membres de la communauté s'informent",
                ),
                (
                    "Associations can find out which radio stations, websites and groups their "
                    "members follow, and share this with the authorities.",
                    "Les associations peuvent recenser les radios, sites et groupes que suivent "
                    "leurs membres, et en informer les autorités.",
                ),
            ),
            (
                "employers",
                (
                    "Use the workplace to pass on safety messages",
                    "Relayer les consignes de sécurité sur le lieu de travail",
                ),
                (
                    "Employers can give safety briefings and display emergency information in "
                    "workers' languages at work and in staff housing.",
                    "Les employeurs peuvent organiser des briefings de sécurité et afficher les "
                    "informations d'urgence dans la langue des travailleurs, au travail comme "
                    "dans les logements du personnel.",
                ),
            ),
        ],
    },
    7: {
        "title": (
            "Establish coordination arrangements in advance",
            "Mettre en place des mécanismes de coordination à l'avance",
        ),
        "summary": (
            "Agree before a crisis who will coordinate help for migrants, and how host States, "
            "States of origin and other actors will work together.",
            "Convenir avant la crise de qui coordonnera l'aide aux migrants et de la façon dont "
            "États d'accueil, États d'origine et autres acteurs travailleront ensemble.",
        ),
        "body": (
            "In an emergency, many actors deal with migrants: several ministries of the host "
            "State, dozens of embassies, employers, recruiters, aid agencies and community "
            "groups. Without arrangements made beforehand, efforts overlap and people fall "
            "through the gaps.\n\n"
            "This Guideline calls for clear focal points, agreements and standing forums, set up "
            "and tested before any crisis, so that coordination starts on the first day rather "
            "than weeks later.",
            "En situation d'urgence, de nombreux acteurs s'occupent des migrants : plusieurs "
            "ministères de l'État d'accueil, des dizaines d'ambassades, des employeurs, des "
            "recruteurs, des organismes d'aide et des groupes communautaires. Sans dispositions "
            "prises à l'avance, les efforts se chevauchent et des personnes passent entre les "
            "mailles du filet.\n\n"
            "Cette ligne directrice appelle à désigner des points focaux, à conclure des accords "
            "et à créer des instances permanentes, mis en place et testés avant toute crise, pour "
            "que la coordination commence dès le premier jour et non des semaines plus tard.",
        ),
        "practices": [
            (
                "host-states",
                (
                    "Name one office to liaise with foreign missions",
                    "Désigner un service chargé des relations avec les missions étrangères",
                ),
                (
                    "Designate a single office to work with embassies during emergencies, and "
                    "make sure every embassy has its current contact details.",
                    "Désigner un service unique chargé de travailler avec les ambassades en cas "
                    "d'urgence, et veiller à ce que chaque ambassade dispose de ses coordonnées à "
                    "jour.",
                ),
            ),
            (
                "states-of-origin",
                (
                    "Agree consular cooperation with other States",
                    "Convenir d'une coopération consulaire avec d'autres États",
                ),
                (
                    "Countries with few missions can agree in advance that another State's "
                    "consulate will assist their nationals, and how costs will be shared.",
                    "Les pays qui ont peu de représentations peuvent convenir à l'avance que le "
                    "consulat d'un autre État aidera leurs ressortissants, et de la répartition "
                    "des coûts.",
                ),
            ),
            (
                "international-organizations",
                (
                    "Put migrants on the agenda of humanitarian coordination",
                    "Inscrire les migrants à l'ordre du jour de la coordination humanitaire",
                ),
                (
                    "Agencies can make sure that migrants' needs are discussed in the forums that "
                    "plan the humanitarian response.",
                    "Les organismes peuvent veiller à ce que les besoins des migrants soient "
                    "examinés dans les instances qui planifient la réponse humanitaire.",
                ),
            ),
            (
                "multiple-stakeholders",
                (
                    "Meet regularly in quiet times",
                    "Se réunir régulièrement en temps normal",
                ),
                (
                    "A standing group of authorities, consulates, businesses and civil society "
                    "that meets in normal times will already know each other when a crisis comes.",
                    "Un groupe permanent réunissant autorités, consulats, entreprises et société "
                    "civile, qui se rencontre en temps normal, se connaîtra déjà lorsque la crise "
                    "surviendra.",
                ),
            ),
        ],
    },
    8: {
        "title": (
            "Build capacity and learn lessons for emergency response and recovery",
            "Renforcer les capacités et tirer les leçons pour l'intervention d'urgence et le "
            "relèvement",
        ),
        "summary": (
            "Train the people who will respond, and learn from each crisis so that the next "
            "response is better.",
            "Former ceux qui interviendront et tirer les leçons de chaque crise pour que la "
            "réponse suivante soit meilleure.",
        ),
        "body": (
            "Consular officers, emergency responders, labour inspectors and aid workers need "
            "particular skills to help migrants: working with interpreters, dealing with lost "
            "documents, recognising trafficking and exploitation.\n\n"
            "The Guideline encourages training, exchanges between countries, and a review after "
            "every crisis and exercise. Lessons should be written down and shared, including with "
            "the migrants and communities who lived through the emergency.",
            "Les agents consulaires, les secouristes, les inspecteurs du travail et les "
            "travailleurs humanitaires ont besoin de compétences particulières pour aider les "
            "migrants : travailler avec des interprètes, traiter les papiers perdus, repérer la "
            "traite et l'exploitation.\n\n"
            "La ligne directrice encourage la formation, les échanges entre pays et un bilan "
            "après chaque crise et chaque exercice. Les enseignements doivent être consignés et "
            "partagés, y compris avec les migrants et les communautés qui ont vécu l'urgence.",
        ),
        "practices": [
            (
                "states-of-origin",
                (
                    "Train consular staff in crisis management",
                    "Former le personnel consulaire à la gestion de crise",
                ),
                (
                    "Give consular officers practical training, such as online courses and "
                    "simulations, in assisting nationals during conflicts and disasters.",
                    "Offrir aux agents consulaires une formation pratique, par exemple des cours "
                    "en ligne et des simulations, sur l'assistance aux ressortissants en cas de "
                    "conflit ou de catastrophe.",
                ),
            ),
            (
                "host-states",
                (
                    "Prepare emergency responders to work with migrants",
                    "Préparer les secouristes à travailler avec les migrants",
                ),
                (
                    "Include language and cultural barriers and migrants' rights in the training "
                    "of police, firefighters and civil protection staff.",
                    "Intégrer les barrières linguistiques et culturelles et les droits des "
                    "migrants à la formation des policiers, des pompiers et des agents de la "
                    "protection civile.",
                ),
            ),
            (
                "civil-society",
                (
                    "Gather migrants' accounts after a crisis",
                    "Recueillir les témoignages des migrants après une crise",
                ),
                (
                    "Organisations can collect what migrants say helped them and what did not, "
                    "and feed it into official reviews.",
                    "Les organisations peuvent recueillir ce qui, selon les migrants, les a aidés "
                    "ou non, et l'intégrer aux bilans officiels.",
                ),
            ),
            (
                "multiple-stakeholders",
                ("Hold after-action reviews", "Faire un bilan après chaque intervention"),
                (
                    "After every emergency or exercise, review together what worked for migrants, "
                    "write down the lessons and agree who will act on each.",
                    "Après chaque urgence ou exercice, examiner ensemble ce qui a fonctionné pour "
                    "les migrants, consigner les enseignements et décider qui donnera suite à "
                    "chacun.",
                ),
            ),
        ],
    },
    9: {
        "title": (
            "Communicate widely, clearly and often with migrants during a crisis",
            "Communiquer largement, clairement et souvent avec les migrants pendant une crise",
        ),
        "summary": (
            "While a crisis unfolds, send clear and consistent messages often, in the right "
            "languages and through every channel migrants use.",
            "Pendant la crise, diffuser souvent des messages clairs et cohérents, dans les bonnes "
            "langues et par tous les canaux qu'utilisent les migrants.",
        ),
        "body": (
            "Once a crisis has begun, migrants need to know what is happening, where to find "
            "safety and help, and how to reach their consulate and their family. Rumours travel "
            "fast, and silence breeds mistrust.\n\n"
            "This Guideline asks everyone involved to coordinate their messages, to repeat them "
            "through as many channels as possible, and to let migrants ask questions and say "
            "where they are. Information should be accurate, timely, and in languages and "
            "formats that migrants understand.",
            "Dès qu'une crise a commencé, les migrants doivent savoir ce qui se passe, où trouver "
            "sécurité et aide, et comment joindre leur consulat et leur famille. Les rumeurs "
            "circulent vite et le silence nourrit la méfiance.\n\n"
            "Cette ligne directrice demande à tous les acteurs de coordonner leurs messages, de "
            "les répéter par le plus grand nombre de canaux possible et de permettre aux migrants "
            "de poser des questions et de signaler où ils se trouvent. L'information doit être "
            "exacte, rapide, et donnée dans des langues et sous des formes que les migrants "
            "comprennent.",
        ),
        "practices": [
            (
                "multiple-stakeholders",
                ("Agree on common messages", "S'accorder sur des messages communs"),
                (
                    "Authorities, consulates and aid agencies can agree on key messages and update "
                    "them together, so that migrants do not receive conflicting instructions.",
                    "Autorités, consulats et organismes d'aide peuvent convenir de messages clés "
                    "et les mettre à jour ensemble, pour que les migrants ne reçoivent pas de "
                    "consignes contradictoires.",
                ),
            ),
            (
                "multiple-stakeholders",
                (
                    "Open hotlines in several languages",
                    "Ouvrir des lignes d'assistance en plusieurs langues",
                ),
                (
                    "A phone or messaging line answered in the main migrant languages lets people "
                    "ask questions and report where they are and what they need.",
                    "Une ligne téléphonique ou de messagerie tenue dans les principales langues "
                    "des migrants permet de poser des questions et de signaler où l'on se trouve "
                    "et ce dont on a besoin.",
                ),
            ),
            (
                "host-states",
                (
                    "Issue official alerts in migrant languages too",
                    "Diffuser aussi les alertes officielles dans les langues des migrants",
                ),
                (
                    "Broadcast alerts and updates in the main migrant languages as well as the "
                    "national one, by text message, radio and loudspeaker.",
                    "Diffuser alertes et mises à jour dans les principales langues des migrants "
                    "en plus de la langue nationale, par SMS, à la radio et par haut-parleur.",
                ),
            ),
            (
                "states-of-origin",
                (
                    "Reach nationals through every available channel",
                    "Joindre les ressortissants par tous les canaux disponibles",
                ),
                (
                    "Consulates can combine text messages, social media, community leaders and "
                    "local radio to tell nationals where to go and how to get help.",
                    "Les consulats peuvent combiner SMS, réseaux sociaux, responsables "
                    "communautaires et radios locales pour indiquer aux ressortissants où aller "
                    "et comment obtenir de l'aide.",
                ),
            ),
            (
                "employers",
                ("Keep workers informed", "Tenir les travailleurs informés"),
                (
                    "Employers can pass official information on to their workers promptly, "
                    "explain what the company is doing for their safety and listen to their "
                    "concerns.",
                    "Les employeurs peuvent relayer sans délai l'information officielle à leurs "
                    "travailleurs, expliquer ce que fait l'entreprise pour leur sécurité et "
                    "écouter leurs inquiétudes.",
                ),
            ),
        ],
    },
    10: {
        "title": (
            "Give migrants the means to move to safety",
            "Donner aux migrants les moyens de se mettre en sécurité",
        ),
        "summary": (
            "Remove the obstacles, such as missing documents, exit rules or lack of money, that "
            "keep migrants from leaving danger.",
            "Lever les obstacles, comme l'absence de papiers, les formalités de sortie ou le "
            "manque d'argent, qui empêchent les migrants de fuir le danger.",
        ),
        "body": (
            "Migrants may be unable to flee because they have lost their passports or never had "
            "them, because an employer holds their papers, because they lack an exit permit or "
            "money for the journey, or because borders are closed to them.\n\n"
            "The Guideline asks States and other actors to lift those barriers during a crisis: "
            "to issue travel documents quickly, to waive exit requirements and penalties, to let "
            "people cross borders to safety and to help with transport where needed.",
            "Les migrants peuvent être dans l'impossibilité de fuir parce qu'ils ont perdu leur "
            "passeport ou n'en ont jamais eu, parce qu'un employeur détient leurs papiers, parce "
            "qu'il leur manque un visa de sortie ou l'argent du voyage, ou parce que les "
            "frontières leur sont fermées.\n\n"
            "La ligne directrice demande aux États et aux autres acteurs de lever ces obstacles "
            "pendant une crise : délivrer rapidement des titres de voyage, renoncer aux "
            "formalités et pénalités de sortie, laisser les personnes franchir les frontières "
            "pour se mettre à l'abri et aider au transport lorsque c'est nécessaire.",
        ),
        "practices": [
            (
                "states-of-origin",
                (
                    "Issue emergency travel documents quickly",
                    "Délivrer rapidement des titres de voyage d'urgence",
                ),
                (
                    "Consulates can issue temporary passports or laissez-passer on the spot, "
                    "including through mobile teams sent where nationals are stranded.",
                    "Les consulats peuvent délivrer sur place des passeports temporaires ou des "
                    "laissez-passer, y compris par des équipes mobiles envoyées là où des "
                    "ressortissants sont bloqués.",
                ),
            ),
            (
                "host-states",
                (
                    "Waive exit permits and overstay fines",
                    "Renoncer aux visas de sortie et aux amendes pour séjour irrégulier",
                ),
                (
                    "Suspend exit visas, overstay fines and other administrative hurdles for "
                    "migrants leaving a crisis area.",
                    "Suspendre visas de sortie, amendes pour dépassement de séjour et autres "
                    "obstacles administratifs pour les migrants qui quittent une zone de crise.",
                ),
            ),
            (
                "transit-states",
                (
                    "Let people fleeing a crisis cross the border",
                    "Laisser franchir la frontière aux personnes qui fuient une crise",
                ),
                (
                    "Admit migrants escaping a crisis, even without full documents, and help them "
                    "continue their journey home.",
                    "Admettre les migrants qui fuient une crise, même sans documents complets, et "
                    "les aider à poursuivre leur route vers leur pays.",
                ),
            ),
            (
                "employers",
                (
                    "Return documents and pay what is owed",
                    "Rendre les papiers et payer les sommes dues",
                ),
                (
                    "Give back any identity documents held and pay outstanding wages, so that "
                    "workers have the papers and money they need to leave.",
                    "Restituer les papiers d'identité éventuellement détenus et verser les "
                    "salaires dus, pour que les travailleurs disposent des documents et de "
                    "l'argent nécessaires à leur départ.",
                ),
            ),
        ],
    },
    11: {
        "title": (
            "Provide humanitarian assistance to migrants without discrimination",
            "Fournir une aide humanitaire aux migrants sans discrimination",
        ),
        "summary": (
            "Assist migrants on the basis of need alone, whatever their nationality or status, "
            "and adapt aid to their circumstances.",
            "Aider les migrants en fonction de leurs seuls besoins, quels que soient leur "
            "nationalité ou leur statut, et adapter l'aide à leur situation.",
        ),
        "body": (
            "Humanitarian assistance must reach everyone affected by a crisis. Migrants may be "
            "shut out by law, by practice or by fear, or receive help that does not fit their "
            "needs, such as food they cannot eat or notices they cannot read.\n\n"
            "This Guideline recalls that aid follows need, and asks those who deliver it to "
            "identify migrants among the people affected, to remove barriers to access and to "
            "take account of language, culture, gender and age.",
            "L'aide humanitaire doit parvenir à toutes les personnes touchées par une crise. Les "
            "migrants peuvent en être écartés par la loi, par la pratique ou par la peur, ou "
            "recevoir une aide inadaptée, comme une nourriture qu'ils ne peuvent pas consommer ou "
            "des avis qu'ils ne peuvent pas lire.\n\n"
            "Cette ligne directrice rappelle que l'aide suit les besoins, et demande à ceux qui "
            "la fournissent de repérer les migrants parmi les personnes touchées, de lever les "
            "obstacles à l'accès et de tenir compte de la langue, de la culture, du genre et de "
            "l'âge.",
        ),
        "practices": [
            (
                "host-states",
                (
                    "Keep assistance separate from immigration enforcement",
                    "Séparer l'assistance du contrôle de l'immigration",
                ),
                (
                    "Announce publicly that people seeking aid will not be asked about their "
                    "status, and keep immigration checks away from relief sites.",
                    "Annoncer publiquement que les personnes qui demandent de l'aide ne seront "
                    "pas interrogées sur leur statut, et tenir les contrôles migratoires à "
                    "l'écart des sites de secours.",
                ),
            ),
            (
                "international-organizations",
                (
                    "Include migrants in needs assessments",
                    "Inclure les migrants dans les évaluations des besoins",
                ),
                (
                    "Needs assessments can ask about nationality and language, so that migrants' "
                    "particular needs are seen and met.",
                    "Les évaluations des besoins peuvent porter sur la nationalité et la langue, "
                    "afin que les besoins particuliers des migrants soient repérés et pris en "
                    "charge.",
                ),
            ),
            (
                "civil-society",
                (
                    "Provide interpreters and cultural mediators at aid sites",
                    "Assurer la présence d'interprètes et de médiateurs culturels sur les sites "
                    "d'aide",
                ),
                (
                    "Volunteers from migrant communities can help relief workers understand needs "
                    "and explain the services on offer.",
                    "Des bénévoles issus des communautés de migrants peuvent aider les "
                    "secouristes à comprendre les besoins et expliquer les services proposés.",
                ),
            ),
            (
                "employers",
                (
                    "Provide for workers who cannot leave the site",
                    "Subvenir aux besoins des travailleurs qui ne peuvent pas quitter le site",
                ),
                (
                    "Where workers live on site, employers can supply food, water and shelter "
                    "until help arrives or they can leave safely.",
                    "Lorsque les travailleurs vivent sur le site, les employeurs peuvent fournir "
                    "nourriture, eau et abri jusqu'à l'arrivée des secours ou jusqu'à ce qu'ils "
                    "puissent partir en sécurité.",
                ),
            ),
        ],
    },
    12: {
        "title": (
            "Establish clear referral procedures",
            "Établir des procédures d'orientation claires",
        ),
        "summary": (
            "Make sure that migrants with specific needs are identified and referred quickly to "
            "the services that can help them.",
            "Veiller à ce que les migrants ayant des besoins particuliers soient repérés et "
            "orientés rapidement vers les services capables de les aider.",
        ),
        "body": (
            "Among migrants caught in a crisis, some need more than general help. Unaccompanied "
            "children, survivors of violence, victims of trafficking, people with disabilities "
            "and people who may need international protection must be identified and directed "
            "to specialised services.\n\n"
            "The Guideline asks actors to agree on referral routes before a crisis, to train "
            "front-line staff to recognise specific needs, and to make sure referrals happen "
            "quickly and with the person's consent.",
            "Parmi les migrants pris dans une crise, certains ont besoin de plus qu'une aide "
            "générale. Les enfants non accompagnés, les survivants de violences, les victimes de "
            "la traite, les personnes handicapées et celles qui pourraient avoir besoin d'une "
            "protection internationale doivent être repérés et orientés vers des services "
            "spécialisés.\n\n"
            "La ligne directrice demande aux acteurs de convenir des circuits d'orientation avant "
            "la crise, de former le personnel de terrain à reconnaître les besoins particuliers "
            "et de veiller à ce que l'orientation soit rapide et se fasse avec le consentement de "
            "la personne.",
        ),
        "practices": [
            (
                "multiple-stakeholders",
                ("Draw up a referral directory", "Établir un répertoire d'orientation"),
                (
                    "List the services available for each kind of need, with contacts and "
                    "conditions, and keep the list where front-line workers can find it.",
                    "Recenser les services disponibles pour chaque type de besoin, avec les "
                    "contacts et les conditions d'accès, et tenir la liste à portée du personnel "
                    "de terrain.",
                ),
            ),
            (
                "host-states",
                (
                    "Screen for specific needs during evacuations",
                    "Repérer les besoins particuliers lors des évacuations",
                ),
                (
                    "Border and evacuation staff can use short checklists to spot unaccompanied "
                    "children, trafficking victims and people who need protection.",
                    "Le personnel des frontières et des évacuations peut utiliser de courtes "
                    "listes de contrôle pour repérer les enfants non accompagnés, les victimes de "
                    "la traite et les personnes ayant besoin de protection.",
                ),
            ),
            (
                "international-organizations",
                (
                    "Follow individual cases until a lasting solution is found",
                    "Suivre les situations individuelles jusqu'à une solution durable",
                ),
                (
                    "Agencies can manage the cases of vulnerable migrants with the authorities of "
                    "the countries concerned, until each person is safe and settled.",
                    "Les organismes peuvent assurer le suivi des migrants vulnérables avec les "
                    "autorités des pays concernés, jusqu'à ce que chaque personne soit en "
                    "sécurité et installée.",
                ),
            ),
        ],
    },
    13: {
        "title": (
            "Relocate and evacuate migrants when necessary",
            "Relocaliser et évacuer les migrants lorsque c'est nécessaire",
        ),
        "summary": (
            "When migrants must be moved out of danger, organise relocation and evacuation "
            "safely, with dignity and with their consent.",
            "Lorsque les migrants doivent être éloignés du danger, organiser leur relocalisation "
            "et leur évacuation en sécurité, dans la dignité et avec leur consentement.",
        ),
        "body": (
            "Sometimes the only way to protect migrants is to move them, within the country or "
            "across borders. Evacuations are complex and costly, and they go best when planned "
            "in advance and carried out jointly by the States and organisations concerned.\n\n"
            "This Guideline covers the decision to evacuate, the agreements needed with host and "
            "transit States, respect for migrants' wishes and for family unity, and "
            "arrangements for those who cannot or do not wish to return to their country of "
            "origin.",
            "Parfois, le seul moyen de protéger les migrants est de les déplacer, à l'intérieur "
            "du pays ou au-delà des frontières. Les évacuations sont complexes et coûteuses, et "
            "se déroulent mieux lorsqu'elles sont préparées à l'avance et menées conjointement "
            "par les États et les organisations concernés.\n\n"
            "Cette ligne directrice traite de la décision d'évacuer, des accords nécessaires "
            "avec les États d'accueil et de transit, du respect des souhaits des migrants et de "
            "l'unité familiale, ainsi que des solutions pour ceux qui ne peuvent pas ou ne "
            "souhaitent pas rentrer dans leur pays d'origine.",
        ),
        "practices": [
            (
                "states-of-origin",
                (
                    "Pool evacuation transport with other States and agencies",
                    "Mutualiser les moyens d'évacuation avec d'autres États et organismes",
                ),
                (
                    "Share flights, ships or buses with other countries and international "
                    "organisations to bring nationals to safety sooner.",
                    "Partager avions, navires ou autocars avec d'autres pays et des organisations "
                    "internationales pour mettre plus vite les ressortissants en sécurité.",
                ),
            ),
            (
                "host-states",
                (
                    "Keep airports, ports and borders open for departures",
                    "Garder ouverts aéroports, ports et frontières pour les départs",
                ),
                (
                    "Keep exit routes open for evacuations, speed up formalities and give convoys "
                    "safe passage.",
                    "Maintenir ouvertes les voies de sortie pour les évacuations, accélérer les "
                    "formalités et garantir un passage sûr aux convois.",
                ),
            ),
            (
                "international-organizations",
                (
                    "Evacuate nationals of States that lack the means",
                    "Évacuer les ressortissants des États qui n'en ont pas les moyens",
                ),
                (
                    "At the request of States, organisations can charter transport and assist "
                    "migrants whose own country cannot evacuate them.",
                    "À la demande des États, les organisations peuvent affréter des moyens de "
                    "transport et aider les migrants que leur pays ne peut pas évacuer.",
                ),
            ),
            (
                "multiple-stakeholders",
                (
                    "Keep families together and respect people's choices",
                    "Préserver l'unité des familles et respecter les choix de chacun",
                ),
                (
                    "Evacuate family members together whatever their nationalities, and never "
                    "move people against their will unless their life is at stake.",
                    "Évacuer ensemble les membres d'une famille, quelles que soient leurs "
                    "nationalités, et ne jamais déplacer une personne contre son gré sauf si sa "
                    "vie est en jeu.",
                ),
            ),
        ],
    },
    14: {
        "title": (
            "Meet migrants' immediate needs and help them rebuild their lives",
            "Répondre aux besoins immédiats des migrants et les aider à reconstruire leur vie",
        ),
        "summary": (
            "After a crisis, help migrants who stay, return home or move on to recover their "
            "documents, income and well-being.",
            "Après la crise, aider les migrants qui restent, rentrent chez eux ou repartent "
            "ailleurs à retrouver leurs papiers, leurs revenus et leur bien-être.",
        ),
        "body": (
            "A crisis can leave migrants without work, savings, papers or housing, and still in "
            "debt to recruiters. Those who go home may return empty-handed to families who relied "
            "on their income; those who stay may be left out of reconstruction schemes.\n\n"
            "The Guideline asks States and other actors to meet immediate needs, to help migrants "
            "claim their wages and property, to support reintegration at home, and to give those "
            "who remain access to recovery assistance.",
            "Une crise peut laisser les migrants sans travail, sans économies, sans papiers ni "
            "logement, et toujours endettés auprès de recruteurs. Ceux qui rentrent peuvent "
            "retrouver les mains vides une famille qui dépendait de leurs revenus ; ceux qui "
            "restent peuvent être exclus des programmes de reconstruction.\n\n"
            "La ligne directrice demande aux États et aux autres acteurs de répondre aux besoins "
            "immédiats, d'aider les migrants à récupérer leurs salaires et leurs biens, de "
            "soutenir leur réintégration dans leur pays et de donner à ceux qui restent accès "
            "à l'aide au relèvement.",
        ),
        "practices": [
            (
                "states-of-origin",
                (
                    "Welcome returnees and help them reintegrate",
                    "Accueillir les rapatriés et les aider à se réinsérer",
                ),
                (
                    "Desks at arrival points can arrange onward transport and psychosocial "
                    "support, and point returnees to jobs, training or small business grants.",
                    "Des guichets aux points d'arrivée peuvent organiser le trajet jusqu'au "
                    "domicile et un soutien psychosocial, et orienter les rapatriés vers des "
                    "emplois, des formations ou des aides à la création d'activité.",
                ),
            ),
            (
                "host-states",
                (
                    "Help migrants replace lost documents and keep their status",
                    "Aider les migrants à remplacer leurs papiers et à conserver leur statut",
                ),
                (
                    "Replace lost permits free of charge and give migrants time to regularise "
                    "their stay or find a new employer.",
                    "Remplacer gratuitement les titres perdus et laisser aux migrants le temps de "
                    "régulariser leur séjour ou de trouver un nouvel employeur.",
                ),
            ),
            (
                "employers",
                (
                    "Pay outstanding wages and compensation",
                    "Verser les salaires dus et les indemnités",
                ),
                (
                    "Settle the wages, benefits and deposits owed to workers, even after they "
                    "have left, and cooperate with claims procedures.",
                    "Régler les salaires, prestations et cautions dus aux travailleurs, même "
                    "après leur départ, et coopérer aux procédures de réclamation.",
                ),
            ),
            (
                "recruiters",
                (
                    "Charge no new fees to workers who lost their job in a crisis",
                    "Ne pas facturer de nouveaux frais aux travailleurs qui ont perdu leur emploi",
                ),
                (
                    "Recruiters can place again, free of charge, workers who lost their job "
                    "abroad because of a crisis and want to work abroad again.",
                    "Les recruteurs peuvent replacer gratuitement les travailleurs qui ont perdu "
                    "leur emploi à l'étranger à cause d'une crise et souhaitent repartir.",
                ),
            ),
        ],
    },
    15: {
        "title": (
            "Support the recovery of host communities",
            "Soutenir le relèvement des communautés d'accueil",
        ),
        "summary": (
            "Help communities that hosted or lost migrants to recover, and keep them together.",
            "Aider les communautés qui ont accueilli ou perdu des migrants à se relever, et "
            "préserver leur cohésion.",
        ),
        "body": (
            "Crises affect whole communities. Places that take in evacuees or returnees can see "
            "their services stretched, and places that lose their migrant workers can see "
            "businesses close. Tension can grow between newcomers and residents.\n\n"
            "This Guideline asks actors to plan recovery for the whole community, to recognise "
            "what migrants bring to reconstruction, and to support dialogue and shared projects "
            "that bring people together.",
            "Les crises touchent des communautés entières. Les localités qui accueillent des "
            "personnes évacuées ou rapatriées peuvent voir leurs services saturés, et celles qui "
            "perdent leurs travailleurs migrants voir des entreprises fermer. Des tensions "
            "peuvent naître entre nouveaux venus et habitants.\n\n"
            "Cette ligne directrice demande aux acteurs de planifier le relèvement pour "
            "l'ensemble de la communauté, de reconnaître ce que les migrants apportent à la "
            "reconstruction et de soutenir le dialogue et les projets communs qui rapprochent "
            "les personnes.",
        ),
        "practices": [
            (
                "host-states",
                (
                    "Include migrants in reconstruction plans",
                    "Associer les migrants aux plans de reconstruction",
                ),
                (
                    "Involve migrant workers and their associations in recovery planning, and "
                    "open reconstruction jobs to them.",
                    "Associer les travailleurs migrants et leurs associations à la planification "
                    "du relèvement, et leur ouvrir les emplois de la reconstruction.",
                ),
            ),
            (
                "states-of-origin",
                (
                    "Support regions that receive many returnees",
                    "Soutenir les régions qui accueillent de nombreux rapatriés",
                ),
                (
                    "Direct development funds to regions where many migrants return, "
                    "strengthening health, education and employment services for everyone.",
                    "Orienter des fonds de développement vers les régions où rentrent de "
                    "nombreux migrants, pour renforcer les services de santé, d'éducation et "
                    "d'emploi au bénéfice de tous.",
                ),
            ),
            (
                "civil-society",
                (
                    "Bring migrants and residents together",
                    "Rapprocher migrants et habitants",
                ),
                (
                    "Community events and joint volunteering can ease tension and rebuild trust "
                    "after a crisis.",
                    "Des événements de quartier et des actions bénévoles communes peuvent apaiser "
                    "les tensions et rétablir la confiance après une crise.",
                ),
            ),
            (
                "international-organizations",
                (
                    "Fund projects that benefit migrants and residents alike",
                    "Financer des projets qui profitent aux migrants comme aux habitants",
                ),
                (
                    "Recovery programmes can support local services and livelihoods that serve "
                    "both migrants and their neighbours.",
                    "Les programmes de relèvement peuvent soutenir des services et des moyens "
                    "de subsistance locaux qui bénéficient à la fois aux migrants et à leurs "
                    "voisins.",
                ),
            ),
        ],
    },
}
