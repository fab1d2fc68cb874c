"""
Invented practices for the demonstration site, in English and French.

Every one is an illustrative example (marked as such on the site): the
countries are real but the practices, organisations and events are made up
to show how the repository works. Written for this portal.

Each entry: slug, practice type, stakeholder type keys, countries, crisis
types ("c" conflict, "n" natural disaster), phase keys, guideline numbers,
start year, (en, fr) title, (en, fr) implementing stakeholder,
(en, fr) description.
"""

P = "preparedness"
E = "emergency-response"
R = "post-crisis"

PRACTICES = [
    # 1. Information on crises
    (
        "consular-crisis-watch-desk",
        "tool",
        ["states-of-origin"],
        ["NP"],
        "cn",
        [P],
        [1, 7],
        2017,
        (
            "A crisis watch desk for nationals abroad",
            "Une cellule de veille pour les ressortissants à l'étranger",
        ),
        ("Consular affairs department", "Direction des affaires consulaires"),
        (
            (
                "A three-person team in the foreign ministry follows weather warnings, security "
                "reports and local news for the countries where most nationals work. Each week it "
                "sends embassies a short risk note saying which places need attention and when to "
                "contact registered nationals."
            ),
            (
                "Une équipe de trois personnes au ministère des affaires étrangères suit les "
                "alertes météorologiques, les rapports de sécurité et la presse locale des pays où "
                "travaillent la plupart des ressortissants. Chaque semaine, elle envoie aux "
                "ambassades une note de risque indiquant les lieux à surveiller et le moment de "
                "contacter les ressortissants inscrits."
            ),
        ),
    ),
    (
        "storm-season-briefings-for-community-leaders",
        "information-campaign",
        ["host-states", "migrant-diaspora-groups"],
        ["PH"],
        "n",
        [P],
        [1, 6],
        2018,
        (
            "Storm-season briefings for migrant community leaders",
            (
                "Des réunions d'information sur la saison des tempêtes pour les responsables "
                "communautaires"
            ),
        ),
        (
            "Provincial disaster risk office",
            "Bureau provincial de gestion des risques de catastrophe",
        ),
        (
            (
                "Before each typhoon season, the provincial office invites leaders of foreign "
                "workers' associations to a briefing on forecasts, evacuation routes and warning "
                "signals. The leaders pass the information on in their own languages and report "
                "back on who may need help."
            ),
            (
                "Avant chaque saison des typhons, le bureau provincial convie les responsables des "
                "associations de travailleurs étrangers à une réunion sur les prévisions, les "
                "itinéraires d'évacuation et les signaux d'alerte. Ces responsables relaient "
                "l'information dans leurs langues et signalent les personnes qui pourraient avoir "
                "besoin d'aide."
            ),
        ),
    ),
    (
        "shared-risk-map-for-partners",
        "tool",
        ["international-organizations"],
        ["LB"],
        "c",
        [P, E],
        [1, 9],
        2019,
        (
            "A shared risk map for humanitarian partners",
            "Une carte des risques partagée entre partenaires humanitaires",
        ),
        ("Inter-agency information team", "Équipe interinstitutions d'information"),
        (
            (
                "An online map brings together the neighbourhoods where migrant workers live, the "
                "location of shelters and clinics, and areas affected by security incidents. "
                "Partners update it daily, so that outreach teams know where migrants may be cut "
                "off from help."
            ),
            (
                "Une carte en ligne rassemble les quartiers où vivent les travailleurs migrants, "
                "l'emplacement des abris et des dispensaires, et les zones touchées par des "
                "incidents de sécurité. Les partenaires la mettent à jour chaque jour pour que les "
                "équipes de terrain sachent où des migrants risquent d'être coupés de toute aide."
            ),
        ),
    ),
    # 2. Information on migrants
    (
        "voluntary-online-registration-of-nationals",
        "registration",
        ["states-of-origin"],
        ["SN"],
        "cn",
        [P],
        [2],
        2016,
        (
            "Voluntary online registration of nationals abroad",
            "L'inscription volontaire en ligne des ressortissants à l'étranger",
        ),
        (
            "Ministry in charge of nationals abroad",
            "Ministère chargé des ressortissants de l'extérieur",
        ),
        (
            (
                "Nationals living or travelling abroad can register on a simple web page or by "
                "text message, giving a contact and an address. The data are used only to reach "
                "people in an emergency and are deleted when someone asks or has not updated them "
                "for two years."
            ),
            (
                "Les ressortissants qui vivent ou voyagent à l'étranger peuvent s'inscrire sur une "
                "page web simple ou par SMS, en indiquant un contact et une adresse. Les données "
                "servent uniquement à joindre les personnes en cas d'urgence et sont effacées sur "
                "demande ou après deux ans sans mise à jour."
            ),
        ),
    ),
    (
        "privacy-rules-for-emergency-data-sharing",
        "policy",
        ["host-states"],
        ["TH"],
        "n",
        [P],
        [2],
        2020,
        (
            "Privacy rules for sharing migrant data in emergencies",
            (
                "Des règles de confidentialité pour partager les données sur les migrants en cas "
                "d'urgence"
            ),
        ),
        ("National data protection authority", "Autorité nationale de protection des données"),
        (
            (
                "A short regulation lists which details about migrants relief agencies may "
                "exchange during a declared disaster, for how long, and with whom. Immigration "
                "enforcement is explicitly excluded, so that migrants are not afraid to come "
                "forward for help."
            ),
            (
                "Un court règlement précise quelles informations sur les migrants les organismes "
                "de secours peuvent échanger pendant une catastrophe déclarée, pour combien de "
                "temps et avec qui. Les services chargés du contrôle de l'immigration en sont "
                "expressément exclus, afin que les migrants n'aient pas peur de demander de "
                "l'aide."
            ),
        ),
    ),
    (
        "employer-headcount-of-foreign-staff",
        "registration",
        ["employers"],
        ["MY"],
        "cn",
        [P, E],
        [2, 5],
        2019,
        (
            "A live headcount of foreign staff on every site",
            "Un état en temps réel du personnel étranger sur chaque site",
        ),
        ("Plantation group", "Groupe de plantations"),
        (
            (
                "The company keeps an up-to-date list of its foreign workers on each estate, with "
                "their nationality, language and an emergency contact. Site managers check it "
                "every month, and it is the first document used when a flood or an unrest alert "
                "is issued."
            ),
            (
                "L'entreprise tient à jour la liste de ses travailleurs étrangers sur chaque "
                "domaine, avec leur nationalité, leur langue et un contact d'urgence. Les "
                "responsables de site la vérifient chaque mois ; c'est le premier document utilisé "
                "lorsqu'une alerte d'inondation ou de troubles est lancée."
            ),
        ),
    ),
    # 3. Empowering migrants
    (
        "pre-departure-crisis-preparedness-module",
        "training",
        ["states-of-origin", "recruiters"],
        ["BD"],
        "cn",
        [P],
        [3, 6],
        2018,
        (
            "A crisis-preparedness module in pre-departure training",
            "Un module de préparation aux crises dans la formation avant le départ",
        ),
        (
            "Overseas employment bureau and licensed recruitment agencies",
            "Bureau de l'emploi à l'étranger et agences de recrutement agréées",
        ),
        (
            (
                "All workers leaving for jobs abroad follow a two-hour session on what to do if a "
                "crisis breaks out: keeping copies of documents, knowing the embassy's number, and "
                "registering with it on arrival. Recruitment agencies must show that their workers "
                "attended."
            ),
            (
                "Tous les travailleurs qui partent occuper un emploi à l'étranger suivent une "
                "séance de deux heures sur la conduite à tenir en cas de crise : garder des "
                "copies de leurs documents, connaître le numéro de l'ambassade et s'y inscrire "
                "dès l'arrivée. Les agences de recrutement doivent prouver que leurs travailleurs "
                "y ont assisté."
            ),
        ),
    ),
    (
        "migrant-women-first-aid-volunteers",
        "training",
        ["migrant-diaspora-groups"],
        ["JO"],
        "c",
        [P, E],
        [3, 11],
        2017,
        (
            "A first-aid volunteer network of migrant women",
            "Un réseau de secouristes bénévoles parmi les femmes migrantes",
        ),
        ("Domestic workers' association", "Association de travailleuses domestiques"),
        (
            (
                "Domestic workers trained in first aid and psychological first aid form a "
                "volunteer network that can be reached by phone. During unrest they checked on "
                "isolated women, relayed their needs to aid agencies and helped some reach safe "
                "places."
            ),
            (
                "Des travailleuses domestiques formées aux premiers secours et aux premiers "
                "secours psychologiques forment un réseau de bénévoles joignable par téléphone. "
                "Pendant des troubles, elles ont pris des nouvelles de femmes isolées, transmis "
                "leurs besoins aux organismes d'aide et aidé certaines à rejoindre des lieux "
                "sûrs."
            ),
        ),
    ),
    (
        "waterproof-document-pouches",
        "other",
        ["civil-society"],
        ["MX"],
        "n",
        [P],
        [3],
        2021,
        (
            "Waterproof pouches for identity documents",
            "Des pochettes étanches pour les pièces d'identité",
        ),
        ("Migrant shelter network", "Réseau de foyers pour migrants"),
        (
            (
                "Shelters along the migration route hand out waterproof pouches with a card "
                "listing emergency numbers, and offer to keep scanned copies of documents in a "
                "secure account. People who lost everything in a hurricane could prove their "
                "identity quickly."
            ),
            (
                "Les foyers situés le long de la route migratoire distribuent des pochettes "
                "étanches contenant une carte des numéros d'urgence, et proposent de conserver une "
                "copie numérisée des documents dans un compte sécurisé. Des personnes qui avaient "
                "tout perdu lors d'un ouragan ont ainsi pu prouver rapidement leur identité."
            ),
        ),
    ),
    # 4. Preparedness and emergency response systems
    (
        "foreign-residents-in-municipal-shelter-plans",
        "policy",
        ["host-states"],
        ["JP"],
        "n",
        [P],
        [4],
        2016,
        (
            "Foreign residents counted in municipal shelter plans",
            "Les résidents étrangers pris en compte dans les plans municipaux d'hébergement",
        ),
        ("City disaster prevention office", "Service municipal de prévention des catastrophes"),
        (
            (
                "When sizing evacuation shelters, the city now counts all residents, including "
                "foreign workers and students without registered addresses. Shelters keep signs "
                "and basic forms in the five most spoken foreign languages."
            ),
            (
                "Pour dimensionner les centres d'évacuation, la ville compte désormais tous les "
                "habitants, y compris les travailleurs et étudiants étrangers sans adresse "
                "déclarée. Les centres disposent de panneaux et de formulaires de base dans les "
                "cinq langues étrangères les plus parlées."
            ),
        ),
    ),
    (
        "interpreters-on-civil-protection-roster",
        "other",
        ["host-states", "civil-society"],
        ["IT"],
        "n",
        [P, E],
        [4, 9],
        2019,
        (
            "Volunteer interpreters on the civil-protection roster",
            "Des interprètes bénévoles inscrits sur la liste de la protection civile",
        ),
        ("Regional civil protection service", "Service régional de protection civile"),
        (
            (
                "Volunteers who speak the main languages of the region's migrants are registered, "
                "trained and insured like other civil-protection volunteers. After an earthquake "
                "they were sent with the first response teams to explain procedures in camps."
            ),
            (
                "Des bénévoles parlant les principales langues des migrants de la région sont "
                "inscrits, formés et assurés comme les autres bénévoles de la protection civile. "
                "Après un séisme, ils ont accompagné les premières équipes d'intervention pour "
                "expliquer les démarches dans les camps."
            ),
        ),
    ),
    (
        "drills-in-migrant-neighbourhoods",
        "training",
        ["multiple-stakeholders"],
        ["CR"],
        "n",
        [P],
        [4, 8],
        2018,
        (
            "Evacuation drills in migrant neighbourhoods",
            "Des exercices d'évacuation dans les quartiers de migrants",
        ),
        ("Local emergency committee", "Comité local d'urgence"),
        (
            (
                "The emergency committee, a migrants' association and the fire service run a "
                "yearly drill in the neighbourhoods where most migrants live. Each drill tests "
                "warnings in several languages and ends with a meeting to fix what did not work."
            ),
            (
                "Le comité d'urgence, une association de migrants et les pompiers organisent "
                "chaque année un exercice dans les quartiers où vivent la plupart des migrants. "
                "Chaque exercice teste les alertes en plusieurs langues et se conclut par une "
                "réunion pour corriger ce qui n'a pas fonctionné."
            ),
        ),
    ),
    # 5. Contingency planning
    (
        "consular-contingency-plan-template",
        "contingency-plan",
        ["states-of-origin"],
        ["GE"],
        "cn",
        [P],
        [5],
        2020,
        (
            "A contingency plan template for every consulate",
            "Un modèle de plan d'urgence pour chaque consulat",
        ),
        ("Ministry of Foreign Affairs", "Ministère des affaires étrangères"),
        (
            (
                "Each consulate fills in the same template: the number of nationals in its area, "
                "assembly points, local partners, transport options and who decides what. Plans "
                "are reviewed every year and after each incident."
            ),
            (
                "Chaque consulat remplit le même modèle : nombre de ressortissants dans sa "
                "circonscription, points de rassemblement, partenaires locaux, moyens de transport "
                "et répartition des décisions. Les plans sont révisés chaque année et après chaque "
                "incident."
            ),
        ),
    ),
    (
        "company-evacuation-plan-covering-subcontractors",
        "contingency-plan",
        ["employers", "service-providers"],
        ["MZ"],
        "c",
        [P],
        [5, 13],
        2021,
        (
            "An evacuation plan that covers subcontracted workers",
            "Un plan d'évacuation qui couvre les travailleurs des sous-traitants",
        ),
        (
            "Energy company and its logistics contractor",
            "Une entreprise d'énergie et son prestataire logistique",
        ),
        (
            (
                "The company's evacuation plan used to cover only its own staff. It now includes "
                "the foreign workers of its subcontractors, with seats reserved for them on "
                "evacuation transport and a shared list of everyone on site."
            ),
            (
                "Le plan d'évacuation de l'entreprise ne couvrait que son propre personnel. Il "
                "inclut désormais les travailleurs étrangers de ses sous-traitants, avec des "
                "places réservées dans les moyens d'évacuation et une liste commune de toutes les "
                "personnes présentes sur le site."
            ),
        ),
    ),
    (
        "joint-contingency-plan-of-embassies",
        "contingency-plan",
        ["states-of-origin", "multiple-stakeholders"],
        ["LY"],
        "c",
        [P, E],
        [5, 7, 13],
        2015,
        (
            "A joint contingency plan of neighbouring embassies",
            "Un plan d'urgence commun à des ambassades voisines",
        ),
        ("Embassies of several countries of origin", "Ambassades de plusieurs pays d'origine"),
        (
            (
                "Embassies with few staff agreed on a common plan: they share assembly points, "
                "pool information on road conditions and take turns leading convoys. Smaller "
                "communities thus benefit from the means of larger ones."
            ),
            (
                "Des ambassades aux effectifs réduits se sont entendues sur un plan commun : elles "
                "partagent les points de rassemblement, mettent en commun les informations sur "
                "l'état des routes et dirigent les convois à tour de rôle. Les petites communautés "
                "profitent ainsi des moyens des plus grandes."
            ),
        ),
    ),
    # 6. Communication before a crisis
    (
        "multilingual-leaflets-at-arrival-points",
        "information-campaign",
        ["host-states"],
        ["GR"],
        "cn",
        [P],
        [6],
        2019,
        (
            "Multilingual preparedness leaflets at arrival points",
            "Des dépliants multilingues sur la préparation aux points d'arrivée",
        ),
        ("Civil protection agency", "Agence de protection civile"),
        (
            (
                "Leaflets in eight languages explain heatwave, wildfire and earthquake warnings "
                "and where to find help. They are handed out at ports, bus stations and "
                "registration centres, and the same text is read aloud in short audio files."
            ),
            (
                "Des dépliants en huit langues expliquent les alertes canicule, incendie de forêt "
                "et séisme, et indiquent où trouver de l'aide. Ils sont distribués dans les "
                "ports, les gares routières et les centres d'enregistrement ; le même texte est "
                "lu dans de courts fichiers audio."
            ),
        ),
    ),
    (
        "community-radio-for-seasonal-workers",
        "information-campaign",
        ["civil-society"],
        ["CI"],
        "c",
        [P],
        [6, 3],
        2017,
        (
            "A community radio programme for seasonal workers",
            "Une émission de radio communautaire pour les travailleurs saisonniers",
        ),
        ("Community radio association", "Association de radios communautaires"),
        (
            (
                "A weekly programme in several languages gives seasonal farm workers practical "
                "advice on staying safe, keeping in touch with family and knowing their rights. "
                "Listeners call in with questions, which also tells the organisers what worries "
                "people."
            ),
            (
                "Une émission hebdomadaire en plusieurs langues donne aux travailleurs agricoles "
                "saisonniers des conseils pratiques pour rester en sécurité, garder le contact "
                "avec leur famille et connaître leurs droits. Les auditeurs appellent pour poser "
                "leurs questions, ce qui renseigne aussi les organisateurs sur ce qui inquiète "
                "les gens."
            ),
        ),
    ),
    (
        "welcome-session-for-new-workers",
        "information-campaign",
        ["employers", "recruiters"],
        ["CA"],
        "n",
        [P],
        [6],
        2022,
        (
            "A welcome session for newly arrived workers",
            "Une séance d'accueil pour les travailleurs nouvellement arrivés",
        ),
        ("Farm employers' association", "Association d'employeurs agricoles"),
        (
            (
                "On their first day, temporary farm workers attend a session on wildfire risks, "
                "evacuation alerts on their phones and the meeting point for their farm. The "
                "association provides the material; employers run the session with an interpreter."
            ),
            (
                "Dès leur premier jour, les travailleurs agricoles temporaires assistent à une "
                "séance sur les risques d'incendie de forêt, les alertes d'évacuation sur leur "
                "téléphone et le point de rassemblement de leur exploitation. L'association "
                "fournit le support ; les employeurs animent la séance avec un interprète."
            ),
        ),
    ),
    # 7. Coordination
    (
        "national-coordination-group",
        "interagency-group",
        ["multiple-stakeholders"],
        ["MX"],
        "n",
        [P],
        [7],
        2017,
        (
            "A national coordination group on migrants in emergencies",
            "Un groupe national de coordination sur les migrants dans les situations d'urgence",
        ),
        ("National civil protection system", "Système national de protection civile"),
        (
            (
                "Ministries, consulates, international organisations and shelters meet every "
                "quarter, and daily during an emergency. Each member has named a focal point, and "
                "the group keeps one contact list that everyone can use."
            ),
            (
                "Ministères, consulats, organisations internationales et foyers se réunissent "
                "chaque trimestre, et chaque jour pendant une urgence. Chaque membre a désigné un "
                "point focal et le groupe tient une liste de contacts unique à la disposition de "
                "tous."
            ),
        ),
    ),
    (
        "foreign-ministry-and-defence-memorandum",
        "agreement",
        ["states-of-origin"],
        ["IN"],
        "c",
        [P, E],
        [7, 13],
        2016,
        (
            "A memorandum between the foreign ministry and defence on evacuations",
            "Un protocole entre les affaires étrangères et la défense pour les évacuations",
        ),
        (
            "Ministries of Foreign Affairs and Defence",
            "Ministères des affaires étrangères et de la défense",
        ),
        (
            (
                "The memorandum sets out who requests military transport for evacuating nationals, "
                "who pays, and how passengers are screened and registered. Agreeing on this in "
                "advance saved days when ships were needed at short notice."
            ),
            (
                "Le protocole précise qui demande un transport militaire pour évacuer des "
                "ressortissants, qui paie, et comment les passagers sont contrôlés et enregistrés. "
                "Ces accords préalables ont fait gagner plusieurs jours lorsqu'il a fallu des "
                "navires dans l'urgence."
            ),
        ),
    ),
    (
        "regional-consular-cooperation-network",
        "agreement",
        ["states", "states-of-origin"],
        ["PA", "CR"],
        "cn",
        [P],
        [7, 12],
        2019,
        (
            "A regional network for consular cooperation",
            "Un réseau régional de coopération consulaire",
        ),
        ("Consular services of the region", "Services consulaires de la région"),
        (
            (
                "Countries of the region agreed that, where one has no consulate, another may "
                "assist its nationals during a crisis and inform their government. A shared "
                "directory lists the consular offices and their emergency numbers."
            ),
            (
                "Les pays de la région sont convenus que, là où l'un n'a pas de consulat, un autre "
                "peut assister ses ressortissants pendant une crise et en informer leur "
                "gouvernement. Un annuaire commun recense les bureaux consulaires et leurs numéros "
                "d'urgence."
            ),
        ),
    ),
    # 8. Capacity building
    (
        "consular-staff-crisis-training",
        "training",
        ["states-of-origin", "international-organizations"],
        ["GT"],
        "cn",
        [P],
        [8],
        2018,
        (
            "Crisis-response training for consular staff",
            "Une formation à la gestion de crise pour le personnel consulaire",
        ),
        (
            "Foreign ministry training unit, with an international organisation",
            (
                "Service de formation du ministère des affaires étrangères, avec une organisation "
                "internationale"
            ),
        ),
        (
            (
                "New consular staff take a blended course combining online modules and a "
                "simulation exercise. They practise registering nationals, organising an assembly "
                "point and answering distressed callers."
            ),
            (
                "Le nouveau personnel consulaire suit une formation mixte associant des modules en "
                "ligne et un exercice de simulation. Il s'entraîne à enregistrer des "
                "ressortissants, à organiser un point de rassemblement et à répondre à des appels "
                "de personnes en détresse."
            ),
        ),
    ),
    (
        "after-action-review-after-floods",
        "tool",
        ["host-states"],
        ["PK"],
        "n",
        [R, P],
        [8, 1],
        2022,
        ("An after-action review after the floods", "Un retour d'expérience après les inondations"),
        (
            "Provincial disaster management authority",
            "Autorité provinciale de gestion des catastrophes",
        ),
        (
            (
                "After the floods, the authority held a review with aid agencies and migrant "
                "workers' representatives. It found that warnings had not reached brick-kiln "
                "workers from other countries, and changed its alert lists accordingly."
            ),
            (
                "Après les inondations, l'autorité a organisé un retour d'expérience avec les "
                "organismes d'aide et des représentants des travailleurs migrants. Il en est "
                "ressorti que les alertes n'avaient pas atteint les ouvriers étrangers des "
                "briqueteries ; les listes d'alerte ont été modifiées en conséquence."
            ),
        ),
    ),
    (
        "course-for-emergency-responders",
        "training",
        ["international-organizations", "host-states"],
        ["TH"],
        "n",
        [P],
        [8, 4],
        2019,
        (
            "A course for emergency responders on working with migrants",
            "Une formation des secouristes au travail avec les migrants",
        ),
        (
            "International organisation and provincial emergency services",
            "Organisation internationale et services d'urgence provinciaux",
        ),
        (
            (
                "Firefighters, police and health workers learn in eight sessions who the migrants "
                "in their area are, what stops them from asking for help, and how to work with "
                "interpreters. Trainees then teach colleagues in their own units."
            ),
            (
                "En huit séances, pompiers, policiers et soignants apprennent qui sont les "
                "migrants de leur territoire, ce qui les empêche de demander de l'aide et comment "
                "travailler avec des interprètes. Les stagiaires forment ensuite leurs collègues "
                "dans leurs propres services."
            ),
        ),
    ),
    # 9. Communication during a crisis
    (
        "multilingual-flood-hotline",
        "hotline",
        ["host-states"],
        ["ID"],
        "n",
        [E],
        [9],
        2020,
        ("A flood hotline in twelve languages", "Une ligne d'urgence inondations en douze langues"),
        ("Provincial emergency operations centre", "Centre provincial des opérations d'urgence"),
        (
            (
                "During the floods, the emergency centre added interpreters to its hotline so that "
                "callers could be answered in twelve languages. The number was spread through "
                "embassies, employers and migrants' messaging groups."
            ),
            (
                "Pendant les inondations, le centre d'urgence a ajouté des interprètes à sa ligne "
                "téléphonique afin de répondre aux appels en douze langues. Le numéro a été "
                "diffusé par les ambassades, les employeurs et les groupes de messagerie des "
                "migrants."
            ),
        ),
    ),
    (
        "diaspora-messaging-groups",
        "information-campaign",
        ["migrant-diaspora-groups"],
        ["UA"],
        "c",
        [E],
        [9, 10],
        2022,
        (
            "Diaspora messaging groups relaying official advice",
            "Des groupes de messagerie de la diaspora relaient les consignes officielles",
        ),
        ("Students' and workers' associations", "Associations d'étudiants et de travailleurs"),
        (
            (
                "Associations of foreign students and workers ran messaging groups that relayed "
                "verified advice from embassies on safe routes and border crossings. Moderators "
                "removed rumours and translated updates within the hour."
            ),
            (
                "Des associations d'étudiants et de travailleurs étrangers ont animé des groupes "
                "de messagerie relayant les consignes vérifiées des ambassades sur les "
                "itinéraires sûrs et les passages de frontière. Les modérateurs supprimaient les "
                "rumeurs et traduisaient les mises à jour dans l'heure."
            ),
        ),
    ),
    (
        "embassy-text-message-broadcasts",
        "information-campaign",
        ["states-of-origin"],
        ["LB", "LK"],
        "c",
        [E],
        [9],
        2020,
        ("Text-message broadcasts from the embassy", "Des messages SMS diffusés par l'ambassade"),
        ("Embassy consular section", "Section consulaire de l'ambassade"),
        (
            (
                "The embassy sent short text messages to all registered nationals, several times a "
                "day, with the location of help points and the hours of the consular desk. Replies "
                "allowed staff to identify people who were injured or stranded."
            ),
            (
                "L'ambassade a envoyé plusieurs fois par jour de courts SMS à tous les "
                "ressortissants inscrits, indiquant les points d'aide et les horaires de la "
                "permanence consulaire. Les réponses ont permis au personnel de repérer les "
                "personnes blessées ou bloquées."
            ),
        ),
    ),
    # 10. Facilitating movement to safety
    (
        "border-entry-with-expired-papers",
        "policy",
        ["transit-states"],
        ["TN"],
        "c",
        [E],
        [10],
        2015,
        (
            "Entry allowed with expired or missing papers",
            "L'entrée autorisée avec des papiers périmés ou manquants",
        ),
        ("Border authorities", "Autorités frontalières"),
        (
            (
                "During the conflict next door, border posts let migrants in even when their "
                "passports had expired or been lost, on condition that they were registered and "
                "referred to their consulates. Nobody was turned back for lack of documents."
            ),
            (
                "Pendant le conflit dans le pays voisin, les postes-frontières ont laissé entrer "
                "les migrants même lorsque leur passeport était périmé ou perdu, à condition "
                "qu'ils soient enregistrés et orientés vers leur consulat. Personne n'a été "
                "refoulé faute de documents."
            ),
        ),
    ),
    (
        "same-day-emergency-travel-documents",
        "operation",
        ["states-of-origin"],
        ["NE"],
        "c",
        [E],
        [10, 13],
        2017,
        (
            "Emergency travel documents issued in a day",
            "Des documents de voyage d'urgence délivrés en une journée",
        ),
        ("Consular mobile team", "Équipe consulaire mobile"),
        (
            (
                "A mobile team set up at a transit centre issued emergency travel documents on the "
                "spot, checking identity through interviews and community leaders when no papers "
                "were left. Most people could continue their journey the next day."
            ),
            (
                "Une équipe mobile installée dans un centre de transit a délivré sur place des "
                "documents de voyage d'urgence, en vérifiant l'identité par des entretiens et "
                "auprès de responsables communautaires lorsqu'il ne restait aucun papier. La "
                "plupart des personnes ont pu poursuivre leur route le lendemain."
            ),
        ),
    ),
    (
        "transport-vouchers-from-flood-zones",
        "funding",
        ["civil-society", "service-providers"],
        ["PE"],
        "n",
        [E],
        [10, 11],
        2023,
        (
            "Transport vouchers for leaving flood zones",
            "Des bons de transport pour quitter les zones inondées",
        ),
        (
            "Relief charity and bus companies",
            "Une association de secours et des compagnies d'autocars",
        ),
        (
            (
                "A relief charity gave migrants stranded by floods vouchers accepted by regional "
                "bus companies, so they could reach relatives or shelters in safe towns. The "
                "companies were reimbursed weekly."
            ),
            (
                "Une association de secours a remis aux migrants bloqués par les inondations des "
                "bons acceptés par des compagnies d'autocars régionales, pour rejoindre des "
                "proches ou des abris dans des villes sûres. Les compagnies étaient remboursées "
                "chaque semaine."
            ),
        ),
    ),
    # 11. Provision of humanitarian assistance
    (
        "shelters-open-to-all",
        "policy",
        ["host-states"],
        ["EC"],
        "n",
        [E],
        [11],
        2016,
        (
            "Shelters open to all, whatever the migration status",
            "Des abris ouverts à tous, quel que soit le statut migratoire",
        ),
        ("National risk management secretariat", "Secrétariat national de gestion des risques"),
        (
            (
                "After the earthquake, a public instruction told shelter managers to admit "
                "everyone in need without asking about migration status. Posters in shelters said "
                "so in several languages, and no information was passed to immigration services."
            ),
            (
                "Après le séisme, une instruction publique a demandé aux gestionnaires d'abris "
                "d'accueillir toute personne dans le besoin sans s'enquérir de son statut "
                "migratoire. Des affiches en plusieurs langues le rappelaient dans les abris, et "
                "aucune information n'a été transmise aux services de l'immigration."
            ),
        ),
    ),
    (
        "mobile-clinics-for-farm-workers",
        "operation",
        ["civil-society", "international-organizations"],
        ["US"],
        "n",
        [E, R],
        [11, 14],
        2021,
        (
            "Mobile clinics for migrant farm workers",
            "Des cliniques mobiles pour les travailleurs agricoles migrants",
        ),
        ("Farmworker health network", "Réseau de santé des travailleurs agricoles"),
        (
            (
                "After a wildfire, mobile clinics visited farms and labour camps to treat smoke-"
                "related illness and replace lost medicines. Staff spoke the workers' languages "
                "and did not ask about status."
            ),
            (
                "Après un incendie de forêt, des cliniques mobiles se sont rendues dans les "
                "exploitations et les logements de travailleurs pour soigner les troubles liés à "
                "la fumée et remplacer les médicaments perdus. Le personnel parlait la langue des "
                "travailleurs et ne posait pas de question sur leur statut."
            ),
        ),
    ),
    (
        "cash-assistance-without-documents",
        "funding",
        ["international-organizations"],
        ["DO"],
        "n",
        [E],
        [11],
        2017,
        ("Cash assistance without identity documents", "Une aide en espèces sans pièce d'identité"),
        (
            "Humanitarian cash working group",
            "Groupe de travail humanitaire sur les transferts monétaires",
        ),
        (
            (
                "After the hurricane, agencies agreed that a photo and a neighbour's confirmation "
                "were enough to receive cash assistance. Migrants who had lost their papers, or "
                "never had any, received help on the same terms as local families."
            ),
            (
                "Après l'ouragan, les organismes sont convenus qu'une photo et la confirmation "
                "d'un voisin suffisaient pour recevoir une aide en espèces. Les migrants qui "
                "avaient perdu leurs papiers, ou n'en avaient jamais eu, ont été aidés aux mêmes "
                "conditions que les familles locales."
            ),
        ),
    ),
    # 12. Referral procedures
    (
        "referral-card-for-frontline-staff",
        "tool",
        ["multiple-stakeholders"],
        ["KE"],
        "cn",
        [E],
        [12],
        2019,
        (
            "A referral card for frontline staff",
            "Une fiche d'orientation pour le personnel de terrain",
        ),
        ("County referral working group", "Groupe de travail du comté sur l'orientation"),
        (
            (
                "A one-page card tells police, nurses and volunteers where to send a migrant who "
                "needs shelter, legal advice, medical care or help to contact a consulate. It is "
                "updated every three months and printed in pocket size."
            ),
            (
                "Une fiche d'une page indique aux policiers, infirmiers et bénévoles où orienter "
                "un migrant qui a besoin d'un abri, de conseils juridiques, de soins ou d'aide "
                "pour contacter son consulat. Elle est mise à jour tous les trois mois et "
                "imprimée en format de poche."
            ),
        ),
    ),
    (
        "protocol-for-unaccompanied-children",
        "policy",
        ["host-states", "international-organizations"],
        ["PL"],
        "c",
        [E],
        [12, 11],
        2022,
        (
            "A protocol for unaccompanied migrant children",
            "Un protocole pour les enfants migrants non accompagnés",
        ),
        (
            "Border guard and child protection services",
            "Garde-frontières et services de protection de l'enfance",
        ),
        (
            (
                "Children arriving alone from the conflict zone, whatever their nationality, are "
                "registered at the border and referred within hours to child protection services. "
                "A guardian is appointed and their consulate informed only if it is in the "
                "child's interest."
            ),
            (
                "Les enfants qui arrivent seuls de la zone de conflit, quelle que soit leur "
                "nationalité, sont enregistrés à la frontière et orientés en quelques heures vers "
                "les services de protection de l'enfance. Un tuteur est désigné et leur consulat "
                "n'est informé que si c'est dans l'intérêt de l'enfant."
            ),
        ),
    ),
    (
        "labour-inspectorate-referral",
        "policy",
        ["host-states"],
        ["ZA"],
        "cn",
        [E, R],
        [12, 14],
        2021,
        (
            "Labour inspectors refer stranded workers",
            "Les inspecteurs du travail orientent les travailleurs bloqués",
        ),
        ("Department of employment", "Ministère de l'emploi"),
        (
            (
                "Labour inspectors who meet foreign workers left without pay or housing after a "
                "crisis refer them to a named contact in a support organisation, and follow up on "
                "wage claims against the employer."
            ),
            (
                "Les inspecteurs du travail qui rencontrent des travailleurs étrangers privés de "
                "salaire ou de logement après une crise les orientent vers un interlocuteur "
                "désigné dans une organisation d'aide, et assurent le suivi des réclamations "
                "salariales auprès de l'employeur."
            ),
        ),
    ),
    # 13. Relocation and evacuation
    (
        "jointly-chartered-sea-evacuation",
        "operation",
        ["states-of-origin", "multiple-stakeholders"],
        ["LY"],
        "c",
        [E],
        [13],
        2015,
        (
            "A sea evacuation chartered jointly by several States",
            "Une évacuation par mer affrétée conjointement par plusieurs États",
        ),
        (
            "Several countries of origin and an international organisation",
            "Plusieurs pays d'origine et une organisation internationale",
        ),
        (
            (
                "Several countries of origin shared the cost of chartering a ship, while an "
                "international organisation handled registration and medical screening in port. "
                "People from countries without an embassy on site were also taken on board."
            ),
            (
                "Plusieurs pays d'origine ont partagé le coût de l'affrètement d'un navire, "
                "tandis qu'une organisation internationale assurait l'enregistrement et le "
                "contrôle médical au port. Des ressortissants de pays sans ambassade sur place "
                "ont aussi été embarqués."
            ),
        ),
    ),
    (
        "employer-funded-evacuation-flights",
        "operation",
        ["employers"],
        ["IQ"],
        "c",
        [E],
        [13],
        2014,
        (
            "Evacuation flights paid for by the employer",
            "Des vols d'évacuation payés par l'employeur",
        ),
        ("Construction company", "Entreprise de construction"),
        (
            (
                "When fighting approached its work sites, the company flew its foreign workers "
                "home at its own cost and paid them the wages due before departure. It kept "
                "families informed through the recruitment agencies in each country."
            ),
            (
                "Lorsque les combats se sont approchés de ses chantiers, l'entreprise a rapatrié à "
                "ses frais ses travailleurs étrangers et leur a versé les salaires dus avant le "
                "départ. Elle a tenu les familles informées par l'intermédiaire des agences de "
                "recrutement de chaque pays."
            ),
        ),
    ),
    (
        "evacuation-agreement-with-transit-state",
        "agreement",
        ["transit-states", "states-of-origin"],
        ["EG"],
        "c",
        [E],
        [13, 10],
        2023,
        (
            "An evacuation agreement with a neighbouring transit State",
            "Un accord d'évacuation avec un État de transit voisin",
        ),
        (
            "Ministries of the interior and of foreign affairs",
            "Ministères de l'intérieur et des affaires étrangères",
        ),
        (
            (
                "The transit State agreed to let evacuees from the neighbouring conflict cross "
                "without visas for up to two weeks, while their countries organised onward "
                "flights. Buses took people straight from the border to the airport."
            ),
            (
                "L'État de transit a accepté de laisser passer sans visa, pendant deux semaines "
                "au plus, les personnes évacuées du conflit voisin, le temps que leurs pays "
                "organisent des vols. Des autocars conduisaient directement les personnes de la "
                "frontière à l'aéroport."
            ),
        ),
    ),
    # 14. Support migrants' recovery
    (
        "reintegration-grants-for-returnees",
        "funding",
        ["states-of-origin"],
        ["GH"],
        "c",
        [R],
        [14],
        2016,
        (
            "Reintegration grants for returnees",
            "Des aides à la réinsertion pour les personnes rapatriées",
        ),
        ("Migration and employment agency", "Agence des migrations et de l'emploi"),
        (
            (
                "Returnees who lost their jobs and savings in the crisis can apply for a small "
                "grant and business coaching. Counsellors help them choose between starting a "
                "business, training, or a new job abroad with a licensed recruiter."
            ),
            (
                "Les personnes rapatriées qui ont perdu leur emploi et leurs économies dans la "
                "crise peuvent demander une petite aide et un accompagnement à la création "
                "d'activité. Des conseillers les aident à choisir entre créer une activité, se "
                "former ou repartir travailler à l'étranger avec un recruteur agréé."
            ),
        ),
    ),
    (
        "recovery-of-unpaid-wages",
        "other",
        ["recruiters", "states-of-origin"],
        ["PH"],
        "c",
        [R],
        [14],
        2018,
        (
            "Recovering unpaid wages after an evacuation",
            "Récupérer les salaires impayés après une évacuation",
        ),
        (
            "Labour attaché office and recruitment agencies",
            "Bureau de l'attaché pour les questions de travail et agences de recrutement",
        ),
        (
            (
                "Workers evacuated before payday can file a claim on their return. Recruitment "
                "agencies, which are jointly liable under their licence, pay the wages owed and "
                "then seek reimbursement from the foreign employer."
            ),
            (
                "Les travailleurs évacués avant le jour de paie peuvent déposer une réclamation à "
                "leur retour. Les agences de recrutement, solidairement responsables au titre de "
                "leur licence, versent les salaires dus puis se font rembourser par l'employeur "
                "étranger."
            ),
        ),
    ),
    (
        "psychosocial-support-for-returnees",
        "other",
        ["civil-society", "migrant-diaspora-groups"],
        ["ET"],
        "cn",
        [R],
        [14],
        2019,
        ("Support groups for returnees", "Des groupes de soutien pour les personnes rapatriées"),
        ("Returnee women's association", "Association de femmes rapatriées"),
        (
            (
                "Women who came back after a crisis meet in small groups led by trained returnees "
                "and a counsellor. They share what they went through, get help with family "
                "tensions and learn about jobs and training nearby."
            ),
            (
                "Des femmes revenues après une crise se réunissent en petits groupes animés par "
                "d'anciennes migrantes formées et un conseiller. Elles partagent ce qu'elles ont "
                "vécu, reçoivent de l'aide face aux tensions familiales et s'informent sur les "
                "emplois et formations à proximité."
            ),
        ),
    ),
    # 15. Support recovery of host communities
    (
        "cash-for-work-for-migrants-and-locals",
        "funding",
        ["international-organizations", "host-states"],
        ["NP"],
        "n",
        [R],
        [15, 14],
        2016,
        (
            "Cash for work for migrants and local people alike",
            "Des travaux rémunérés ouverts aux migrants comme aux habitants",
        ),
        ("Municipal reconstruction committee", "Comité municipal de reconstruction"),
        (
            (
                "After the earthquake, paid work clearing rubble and rebuilding paths was open to "
                "local residents and migrant workers on equal terms. Mixed teams helped ease "
                "tensions that had grown over aid distribution."
            ),
            (
                "Après le séisme, les travaux rémunérés de déblaiement et de reconstruction des "
                "sentiers ont été ouverts aux habitants et aux travailleurs migrants dans les "
                "mêmes conditions. Les équipes mixtes ont aidé à apaiser les tensions apparues "
                "lors des distributions d'aide."
            ),
        ),
    ),
    (
        "diaspora-fund-for-rebuilding-schools",
        "funding",
        ["migrant-diaspora-groups"],
        ["HT"],
        "n",
        [R],
        [15],
        2017,
        (
            "A diaspora fund for rebuilding schools",
            "Un fonds de la diaspora pour reconstruire des écoles",
        ),
        ("Hometown associations abroad", "Associations de ressortissants à l'étranger"),
        (
            (
                "Hometown associations abroad pooled donations to rebuild three village schools "
                "damaged by the hurricane, working with local committees that chose builders and "
                "followed the work."
            ),
            (
                "Des associations de ressortissants à l'étranger ont mis en commun leurs dons pour "
                "reconstruire trois écoles de village endommagées par l'ouragan, avec des comités "
                "locaux qui ont choisi les entreprises et suivi les travaux."
            ),
        ),
    ),
    (
        "recovery-loans-including-migrant-shops",
        "funding",
        ["private-sector", "service-providers"],
        ["FJ"],
        "n",
        [R],
        [15],
        2020,
        (
            "Recovery loans that include migrant-owned shops",
            "Des prêts de relance qui incluent les commerces tenus par des migrants",
        ),
        (
            "Development bank and microfinance providers",
            "Banque de développement et institutions de microfinance",
        ),
        (
            (
                "After the cyclone, low-interest recovery loans were offered to all small "
                "businesses in the affected towns, including shops run by foreign residents. Loan "
                "officers accepted alternative proof of residence."
            ),
            (
                "Après le cyclone, des prêts de relance à taux réduit ont été proposés à toutes "
                "les petites entreprises des villes touchées, y compris aux commerces tenus par "
                "des résidents étrangers. Les chargés de prêt acceptaient d'autres justificatifs "
                "de résidence."
            ),
        ),
    ),
    (
        "community-dialogue-against-blame",
        "information-campaign",
        ["civil-society"],
        ["CL"],
        "n",
        [R],
        [15, 9],
        2019,
        (
            "Community dialogues against blame after the disaster",
            "Des dialogues communautaires contre la stigmatisation après la catastrophe",
        ),
        (
            "Neighbourhood councils and a migrants' association",
            "Conseils de quartier et association de migrants",
        ),
        (
            (
                "When rumours blamed migrants for looting after the earthquake, neighbourhood "
                "councils organised open meetings where migrant and local volunteers presented the "
                "relief work they had done together."
            ),
            (
                "Lorsque des rumeurs ont accusé les migrants de pillages après le séisme, des "
                "conseils de quartier ont organisé des réunions publiques où des bénévoles "
                "migrants et locaux ont présenté le travail de secours accompli ensemble."
            ),
        ),
    ),
    (
        "rebuilding-livelihoods-in-host-villages",
        "other",
        ["multiple-stakeholders"],
        ["CM"],
        "c",
        [R],
        [15],
        2021,
        (
            "Rebuilding livelihoods in host villages",
            "Reconstruire les moyens de subsistance dans les villages d'accueil",
        ),
        ("Regional development programme", "Programme régional de développement"),
        (
            (
                "Villages that took in people fleeing violence received support for water points, "
                "seeds and markets, planned together by residents and newcomers. Host families "
                "were not left to carry the cost alone."
            ),
            (
                "Les villages qui ont accueilli des personnes fuyant les violences ont reçu un "
                "appui pour des points d'eau, des semences et des marchés, planifiés ensemble par "
                "les habitants et les nouveaux arrivants. Les familles d'accueil n'ont pas eu à "
                "supporter seules la charge."
            ),
        ),
    ),
    (
        "transit-centre-handed-to-municipality",
        "operation",
        ["transit-states", "international-organizations"],
        ["NE"],
        "c",
        [R],
        [15, 11],
        2018,
        ("A transit centre handed over to the town", "Un centre de transit remis à la commune"),
        (
            "Municipality and an international organisation",
            "Commune et organisation internationale",
        ),
        (
            (
                "Once the emergency was over, the transit centre built for evacuees was handed "
                "over to the municipality, which turned it into a health post and training centre "
                "used by residents and migrants."
            ),
            (
                "Une fois l'urgence passée, le centre de transit construit pour les personnes "
                "évacuées a été remis à la commune, qui l'a transformé en poste de santé et en "
                "centre de formation utilisés par les habitants et les migrants."
            ),
        ),
    ),
]

# Submissions in every moderation state: (status, consent, decline reason or None,
# name, organisation, email, submitter country, title, description, stakeholder
# type key, practice country, crisis types, phases, guidelines, language).
SUBMISSIONS = [
    (
        "new",
        True,
        None,
        "Amina Diallo",
        "Harbour workers' union",
        "amina.diallo@example.org",
        "SN",
        "Union phone tree for dock workers during storms",
        (
            "Our union keeps a phone tree so that each shift leader calls ten foreign dock workers "
            "when a storm warning is issued, and tells them where to shelter."
        ),
        "civil-society",
        "SN",
        "n",
        [P],
        [6, 9],
        "en",
    ),
    (
        "new",
        True,
        None,
        "Lucie Martin",
        "Association d'aide aux saisonniers",
        "lucie.martin@example.org",
        "FR",
        "Permanence juridique pour les saisonniers après les inondations",
        (
            "Après les inondations, notre association a ouvert une permanence juridique pour aider "
            "les travailleurs saisonniers étrangers à faire valoir leurs droits auprès des "
            "employeurs et des assurances."
        ),
        "civil-society",
        "FR",
        "n",
        [R],
        [14],
        "fr",
    ),
    (
        "in-review",
        True,
        None,
        "Kenji Sato",
        "",
        "kenji.sato@example.org",
        "JP",
        "Picture-based evacuation signs in a port town",
        (
            "Our town replaced text-only evacuation signs with pictograms and short phrases in "
            "four languages, after foreign crew members could not read the old ones during a "
            "tsunami drill."
        ),
        "host-states",
        "JP",
        "n",
        [P],
        [6, 4],
        "en",
    ),
    (
        "in-review",
        False,
        None,
        "Omar Haddad",
        "Private security firm",
        "omar.haddad@example.org",
        "JO",
        "Internal evacuation checklist for foreign guards",
        (
            "We prepared a checklist for evacuating our foreign guards from sites near the border. "
            "We prefer it to stay internal for security reasons."
        ),
        "employers",
        "JO",
        "c",
        [P, E],
        [5, 13],
        "en",
    ),
    (
        "accepted",
        True,
        None,
        "Maria Fernanda Rojas",
        "Consular network of the region",
        "maria.rojas@example.org",
        "CO",
        "Shared consular hotline in a border region",
        (
            "Three consulates in the same border town share one night-time hotline, with staff "
            "taking turns to answer for all three communities during emergencies."
        ),
        "states-of-origin",
        "CO",
        "cn",
        [E],
        [7, 9],
        "en",
    ),
    (
        "accepted",
        True,
        None,
        "Jean-Baptiste Koffi",
        "Réseau des associations de la diaspora",
        "jb.koffi@example.org",
        "CI",
        "Collecte de documents perdus pour les rapatriés",
        (
            "Notre réseau aide les personnes rapatriées à reconstituer les documents perdus "
            "pendant la crise, en lien avec l'état civil et les consulats."
        ),
        "migrant-diaspora-groups",
        "CI",
        "c",
        [R],
        [14],
        "fr",
    ),
    (
        "declined",
        True,
        (
            "Describes a commercial insurance product rather than a practice; the submitter was "
            "told where to advertise it."
        ),
        "Paul Becker",
        "Travel insurance broker",
        "paul.becker@example.org",
        "DE",
        "Crisis insurance for workers abroad",
        (
            "Our company sells an insurance policy covering evacuation costs for workers abroad. "
            "Contact us for a quote."
        ),
        "service-providers",
        "DE",
        "cn",
        [P],
        [5],
        "en",
    ),
    (
        "declined",
        False,
        (
            "Duplicate of a practice already in the repository; the submitter asked us not to "
            "publish it anyway."
        ),
        "Sofia Petrova",
        "City volunteers' centre",
        "sofia.petrova@example.org",
        "BG",
        "Volunteer interpreters in shelters",
        (
            "Our centre sends volunteer interpreters to shelters during floods so that foreign "
            "residents understand the rules and can ask for what they need."
        ),
        "civil-society",
        "BG",
        "n",
        [E],
        [9, 11],
        "en",
    ),
]
