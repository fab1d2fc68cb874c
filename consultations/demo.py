"""
Demo consultations: every consultation in the project's domain facts, with
summaries written for this portal in English and French, and small generated
PDF documents in the languages the facts give (the report and regional
discussion paper of Brussels in English and Russian, Dakar in English and
French, San José in English and Spanish, the others in English: the facts give
no languages for Valletta, Kigali and the civil society documents).

Dates and places are the recorded ones; where the facts give none (the
consultation with international organisations and IGC States), the page says
so instead of inventing them. Every PDF says it is a demonstration document.

Seeding only creates what is missing: an existing consultation or document is
left as editors made it; a file recorded in the database but missing from
storage is generated again, one an editor removed stays removed.
"""

from datetime import date

from django.core.files.base import ContentFile
from django.utils import translation
from django.utils.formats import date_format
from django.utils.text import slugify
from modeltranslation.utils import build_localized_fieldname

from consultations.models import Consultation, OutcomeDocument, Region
from editorial.models import Status
from factsheets.demo import build_pdf
from factsheets.files import file_field_name

Kind = Consultation.Kind
DocKind = OutcomeDocument.Kind

DEMO_NOTE = {
    "en": (
        "This text was written for the demonstration site of the MICIC Portal, and the "
        "documents below are short demonstration files standing in for the real ones."
    ),
    "fr": (
        "Ce texte a été rédigé pour le site de démonstration du portail MICIC, et les "
        "documents ci-dessous sont de courts fichiers de démonstration qui tiennent lieu "
        "des documents réels."
    ),
}

ICMPD = {
    "en": "International Centre for Migration Policy Development (ICMPD)",
    "fr": "Centre international pour le développement des politiques migratoires (ICMPD)",
}
EUROPEAN_COMMISSION = {"en": "European Commission", "fr": "Commission européenne"}
CIVIL_SOCIETY_ORGANISERS = {
    "en": "Global Coalition on Migration (GCM) and the MADE network",
    "fr": "Global Coalition on Migration (GCM) et le réseau MADE",
}
STAKEHOLDER_FUNDERS = {
    "en": "The governments of Australia and the United States",
    "fr": "Les gouvernements de l'Australie et des États-Unis",
}

# The six regional government consultations. `documents` maps each language
# the facts give to the texts its PDFs need beyond English and French.
GOVERNMENT = [
    {
        "key": "manila-2015",
        "region": Region.ASIA,
        "country": "PH",
        "city": {"en": "Manila", "fr": "Manille"},
        "dates": (date(2015, 3, 23), date(2015, 3, 24)),
        "languages": ["en"],
        "summary": {
            "en": (
                "The first of six regional government consultations: States of South, East "
                "and South-East Asia met in Manila to share how they protect their nationals "
                "and other migrants when a conflict or a natural disaster strikes."
            ),
            "fr": (
                "La première des six consultations régionales des gouvernements : les États "
                "d'Asie du Sud, de l'Est et du Sud-Est se sont réunis à Manille pour partager "
                "leur manière de protéger leurs ressortissants et les autres migrants "
                "lorsqu'un conflit ou une catastrophe naturelle survient."
            ),
        },
    },
    {
        "key": "brussels-2015",
        "region": Region.EASTERN_EUROPE_CENTRAL_ASIA,
        "country": "BE",
        "city": {"en": "Brussels", "fr": "Bruxelles"},
        "dates": (date(2015, 6, 25), date(2015, 6, 26)),
        "languages": ["en", "ru"],
        "summary": {
            "en": (
                "States of Eastern Europe and Central Asia met in Brussels to discuss how "
                "countries of origin, transit and destination in the region can work together "
                "to protect migrants in crises. Its documents exist in English and Russian."
            ),
            "fr": (
                "Les États d'Europe orientale et d'Asie centrale se sont réunis à Bruxelles "
                "pour examiner comment les pays d'origine, de transit et de destination de la "
                "région peuvent coopérer pour protéger les migrants en temps de crise. Ses "
                "documents existent en anglais et en russe."
            ),
        },
        "local": {
            "ru": {
                "city": "Брюсселе",
                "dates": "25–26 июня 2015 года",
                "region": "Восточной Европы и Центральной Азии",
            }
        },
    },
    {
        "key": "dakar-2015",
        "region": Region.WEST_CENTRAL_AFRICA,
        "country": "SN",
        "city": {"en": "Dakar", "fr": "Dakar"},
        "dates": (date(2015, 12, 8), date(2015, 12, 9)),
        "languages": ["en", "fr"],
        "summary": {
            "en": (
                "Governments of West and Central Africa gathered in Dakar to look at how "
                "migrants in and from the region can be protected when crises hit, and to "
                "shape the future Guidelines. Its documents exist in English and French."
            ),
            "fr": (
                "Les gouvernements d'Afrique de l'Ouest et du Centre se sont réunis à Dakar "
                "pour examiner comment protéger les migrants présents dans la région ou qui en "
                "sont originaires lorsqu'une crise survient, et pour orienter les futures "
                "Lignes directrices. Ses documents existent en anglais et en français."
            ),
        },
    },
    {
        "key": "san-jose-2016",
        "region": Region.LATIN_AMERICA_CARIBBEAN,
        "country": "CR",
        "city": {"en": "San José", "fr": "San José"},
        "dates": (date(2016, 2, 17), date(2016, 2, 18)),
        "languages": ["en", "es"],
        "summary": {
            "en": (
                "States of Latin America and the Caribbean met in San José, Costa Rica, to "
                "bring the region's experience of crises to the drafting of the Guidelines. "
                "Its documents exist in English and Spanish."
            ),
            "fr": (
                "Les États d'Amérique latine et des Caraïbes se sont réunis à San José, au "
                "Costa Rica, pour apporter l'expérience des crises de la région à la "
                "rédaction des Lignes directrices. Ses documents existent en anglais et en "
                "espagnol."
            ),
        },
        "local": {
            "es": {
                "city": "San José",
                "dates": "17 y 18 de febrero de 2016",
                "region": "América Latina y el Caribe",
            }
        },
    },
    {
        "key": "valletta-2016",
        "region": Region.NORTH_AFRICA_MIDDLE_EAST,
        "country": "MT",
        "city": {"en": "Valletta", "fr": "La Valette"},
        "dates": (date(2016, 3, 14), date(2016, 3, 15)),
        "languages": ["en"],
        "languages_unknown": True,
        "summary": {
            "en": (
                "The fifth regional consultation: States of North Africa and the Middle East "
                "met in Valletta, Malta, on protecting migrants caught up in conflicts and "
                "disasters in and around the region."
            ),
            "fr": (
                "La cinquième consultation régionale : les États d'Afrique du Nord et du "
                "Moyen-Orient se sont réunis à La Valette, à Malte, sur la protection des "
                "migrants pris dans des conflits et des catastrophes dans la région et à ses "
                "abords."
            ),
        },
    },
    {
        "key": "kigali-2016",
        "region": Region.EAST_SOUTHERN_AFRICA,
        "country": "RW",
        "city": {"en": "Kigali", "fr": "Kigali"},
        "dates": (date(2016, 5, 3), date(2016, 5, 4)),
        "languages": ["en"],
        "languages_unknown": True,
        "summary": {
            "en": (
                "The last of the regional consultations: States of East and Southern Africa "
                "met in Kigali, Rwanda, a month before the Guidelines were released."
            ),
            "fr": (
                "La dernière des consultations régionales : les États d'Afrique de l'Est et "
                "australe se sont réunis à Kigali, au Rwanda, un mois avant la publication "
                "des Lignes directrices."
            ),
        },
    },
]

# The civil society consultations, each held just before a government one.
CIVIL_SOCIETY = [
    {
        "key": "manila-2015",
        "government": "manila-2015",
        "country": "PH",
        "city": {"en": "Manila", "fr": "Manille"},
        "dates": (date(2015, 3, 21), date(2015, 3, 22)),
    },
    {
        "key": "brussels-2015",
        "government": "brussels-2015",
        "country": "BE",
        "city": {"en": "Brussels", "fr": "Bruxelles"},
        "dates": (date(2015, 6, 24), None),
    },
    {
        "key": "dakar-2015",
        "government": "dakar-2015",
        "country": "SN",
        "city": {"en": "Dakar", "fr": "Dakar"},
        "dates": (date(2015, 12, 7), None),
    },
    {
        "key": "san-jose-2016",
        "government": "san-jose-2016",
        "country": "CR",
        "city": {"en": "San José", "fr": "San José"},
        "dates": (date(2016, 2, 16), None),
    },
    {
        "key": "beirut-2016",
        "government": "valletta-2016",
        "country": "LB",
        "city": {"en": "Beirut", "fr": "Beyrouth"},
        "dates": (date(2016, 3, 11), date(2016, 3, 12)),
    },
    {
        "key": "nairobi-2016",
        "government": "kigali-2016",
        "country": "KE",
        "city": {"en": "Nairobi", "fr": "Nairobi"},
        "dates": (date(2016, 4, 29), None),
    },
]

GENEVA = {"en": "Geneva", "fr": "Genève"}

STAKEHOLDER = [
    {
        "slug": {
            "en": "private-sector-consultation-geneva-2015",
            "fr": "consultation-secteur-prive-geneve-2015",
        },
        "title": {
            "en": "Private sector consultation in Geneva",
            "fr": "Consultation du secteur privé à Genève",
        },
        "country": "CH",
        "city": GENEVA,
        "dates": (date(2015, 12, 2), date(2015, 12, 3)),
        "summary": {
            "en": (
                "Employers, recruitment agencies and other businesses met in Geneva to "
                "discuss what companies can do for their migrant workers before, during and "
                "after a crisis."
            ),
            "fr": (
                "Des employeurs, des agences de recrutement et d'autres entreprises se sont "
                "réunis à Genève pour examiner ce que les entreprises peuvent faire pour leurs "
                "travailleurs migrants avant, pendant et après une crise."
            ),
        },
        "body": {
            "en": (
                "One of the stakeholder consultations funded by the governments of Australia "
                "and the United States. The records used for this site do not list the "
                "documents of this meeting, so none is offered here."
            ),
            "fr": (
                "L'une des consultations des parties prenantes financées par les "
                "gouvernements de l'Australie et des États-Unis. Les sources utilisées pour "
                "ce site ne mentionnent pas les documents de cette réunion ; aucun n'est donc "
                "proposé ici."
            ),
        },
        "documents": [],
    },
    {
        "slug": {
            "en": "civil-society-stakeholder-consultation-geneva-2016",
            "fr": "consultation-parties-prenantes-societe-civile-geneve-2016",
        },
        "title": {
            "en": "Stakeholder consultation with civil society in Geneva",
            "fr": "Consultation des parties prenantes de la société civile à Genève",
        },
        "country": "CH",
        "city": GENEVA,
        "dates": (date(2016, 1, 28), date(2016, 1, 29)),
        "participants": {"en": "More than 60 participants", "fr": "Plus de 60 participants"},
        "summary": {
            "en": (
                "More than 60 participants from civil society organisations met in Geneva to "
                "discuss the emerging Guidelines, with a background paper and a paper on "
                "guidelines and practices prepared for the meeting."
            ),
            "fr": (
                "Plus de 60 participants issus d'organisations de la société civile se sont "
                "réunis à Genève pour débattre des futures Lignes directrices, à partir d'un "
                "document de référence et d'un document sur les lignes directrices et les "
                "pratiques préparés pour la réunion."
            ),
        },
        "body": {
            "en": (
                "One of the stakeholder consultations funded by the governments of Australia "
                "and the United States. Its agenda, report, background paper and guidelines "
                "and practices paper are below."
            ),
            "fr": (
                "L'une des consultations des parties prenantes financées par les "
                "gouvernements de l'Australie et des États-Unis. Son ordre du jour, son "
                "rapport, son document de référence et son document sur les lignes "
                "directrices et les pratiques figurent ci-dessous."
            ),
        },
        "documents": [
            {
                "slug": "geneva-2016-civil-society-agenda",
                "kind": DocKind.AGENDA,
                "title": {
                    "en": "Agenda of the civil society consultation",
                    "fr": "Ordre du jour de la consultation de la société civile",
                },
                "pdf": [
                    "## Day 1",
                    "- Opening and introduction to the MICIC Initiative",
                    "- Working groups on preparedness",
                    "## Day 2",
                    "- Working groups on emergency response and post-crisis action",
                    "- Conclusions and next steps",
                ],
            },
            {
                "slug": "geneva-2016-civil-society-report",
                "kind": DocKind.REPORT,
                "title": {
                    "en": "Report of the civil society consultation",
                    "fr": "Rapport de la consultation de la société civile",
                },
                "pdf": [
                    "More than 60 participants from civil society organisations met in "
                    "Geneva on 28 and 29 January 2016.",
                    "## Main points",
                    "- Migrants and their organisations should help plan the response.",
                    "- Aid must reach every migrant, whatever their status.",
                    "- Community groups are often the first to reach migrants in a crisis.",
                ],
            },
            {
                "slug": "geneva-2016-civil-society-background-paper",
                "kind": DocKind.BACKGROUND_PAPER,
                "title": {
                    "en": "Background paper for the civil society consultation",
                    "fr": "Document de référence de la consultation de la société civile",
                },
                "pdf": [
                    "This paper sets out what the MICIC Initiative is, what the regional "
                    "consultations have discussed so far, and the questions put to civil "
                    "society.",
                    "## Questions",
                    "- What do civil society groups already do for migrants in crises?",
                    "- What do they need from States and employers to do more?",
                ],
            },
            {
                "slug": "geneva-2016-civil-society-guidelines-practices-paper",
                "kind": DocKind.GUIDELINES_PRACTICES_PAPER,
                "title": {
                    "en": "Guidelines and practices paper",
                    "fr": "Document sur les lignes directrices et les pratiques",
                },
                "pdf": [
                    "This paper lists possible guidelines for each phase of a crisis, with "
                    "examples of practices, for participants to comment on.",
                    "## Phases",
                    "- Preparedness",
                    "- Emergency response",
                    "- Post-crisis action",
                ],
            },
        ],
    },
    {
        "slug": {
            "en": "international-organisations-igc-states-consultation",
            "fr": "consultation-organisations-internationales-etats-igc",
        },
        "title": {
            "en": "Consultation with international organisations and IGC States",
            "fr": "Consultation des organisations internationales et des États de l'IGC",
        },
        "country": "",
        "city": {"en": "", "fr": ""},
        "dates": (None, None),
        "summary": {
            "en": (
                "International organisations and the States taking part in the "
                "Intergovernmental Consultations on Migration, Asylum and Refugees (IGC) "
                "were also consulted. The records used for this site give neither the date "
                "nor the place of this consultation."
            ),
            "fr": (
                "Les organisations internationales et les États participant aux "
                "Consultations intergouvernementales sur les migrations, l'asile et les "
                "réfugiés (IGC) ont également été consultés. Les sources utilisées pour ce "
                "site n'indiquent ni la date ni le lieu de cette consultation."
            ),
        },
        "body": {
            "en": (
                "One of the stakeholder consultations funded by the governments of Australia "
                "and the United States. No document of it is offered here."
            ),
            "fr": (
                "L'une des consultations des parties prenantes financées par les "
                "gouvernements de l'Australie et des États-Unis. Aucun de ses documents "
                "n'est proposé ici."
            ),
        },
        "documents": [],
    },
]


# Texts of the generated PDFs, by document kind and language. Placeholders:
# {city} (in Russian, the prepositional case), {dates}, {region}.
DEMO_COPY = {
    "en": "Demonstration copy: this short text stands in for the real document on the "
    "MICIC Portal demo site.",
    "fr": "Exemplaire de démonstration : ce court texte tient lieu du document réel sur le "
    "site de démonstration du portail MICIC.",
    "es": "Copia de demostración: este breve texto sustituye al documento real en el sitio "
    "de demostración del portal MICIC.",
    "ru": "Демонстрационный экземпляр: этот короткий текст заменяет настоящий документ на "
    "демонстрационном сайте портала MICIC.",
}

REPORT = {
    "en": {
        "title": "Report of the regional consultation in {city}",
        "paragraphs": [
            "Government representatives of {region} met in {city} on {dates} for a "
            "regional consultation of the Migrants in Countries in Crisis (MICIC) "
            "Initiative, organised by ICMPD with funding from the European Commission.",
            "## Topics",
            "- How crises affect migrants, and what helped them.",
            "- Who does what before, during and after a crisis.",
            "- Practices worth sharing across the region.",
            "## Next steps",
            "The conclusions fed the drafting of the MICIC Guidelines, released in June 2016.",
        ],
    },
    "fr": {
        "title": "Rapport de la consultation régionale de {city}",
        "paragraphs": [
            "Des représentants des gouvernements de la région {region} se sont réunis à "
            "{city} les {dates} pour une consultation régionale de l'Initiative Migrants "
            "dans les pays en crise (MICIC), organisée par l'ICMPD avec un financement de "
            "la Commission européenne.",
            "## Thèmes",
            "- Les effets des crises sur les migrants, et ce qui les a aidés.",
            "- Qui fait quoi avant, pendant et après une crise.",
            "- Les pratiques à partager dans la région.",
            "## Suites",
            "Les conclusions ont nourri la rédaction des Lignes directrices MICIC, publiées "
            "en juin 2016.",
        ],
    },
    "es": {
        "title": "Informe de la consulta regional de {city}",
        "paragraphs": [
            "Representantes de los gobiernos de {region} se reunieron en {city} los días "
            "{dates} en una consulta regional de la Iniciativa MICIC.",
            "## Temas",
            "- Cómo afectan las crisis a las personas migrantes.",
            "- Quién hace qué antes, durante y después de una crisis.",
            "- Qué prácticas pueden compartirse en la región.",
            "Las conclusiones sirvieron de base para las Directrices MICIC, publicadas en "
            "junio de 2016.",
        ],
    },
    "ru": {
        "title": "Доклад о региональной консультации в {city}",
        "paragraphs": [
            "Представители правительств стран {region} встретились в {city} {dates} на "
            "региональной консультации Инициативы MICIC.",
            "## Темы",
            "- Как кризисы затрагивают мигрантов.",
            "- Кто и что делает до, во время и после кризиса.",
            "- Какой опыт можно использовать в регионе.",
            "Выводы консультации легли в основу Руководящих принципов MICIC, "
            "опубликованных в июне 2016 года.",
        ],
    },
}

DISCUSSION_PAPER = {
    "en": {
        "title": "Regional discussion paper: {region}",
        "paragraphs": [
            "This paper was prepared to frame the discussions of the regional consultation "
            "in {city} on {dates}.",
            "## Questions for discussion",
            "- Which crises have affected migrants in the region, and how?",
            "- Which measures already work, and which are missing?",
            "- How can States of origin, transit and destination cooperate better?",
        ],
    },
    "fr": {
        "title": "Document de réflexion régional : {region}",
        "paragraphs": [
            "Ce document a été préparé pour orienter les débats de la consultation "
            "régionale de {city} des {dates}.",
            "## Questions à débattre",
            "- Quelles crises ont touché les migrants dans la région, et comment ?",
            "- Quelles mesures fonctionnent déjà, et lesquelles manquent ?",
            "- Comment les États d'origine, de transit et de destination peuvent-ils mieux "
            "coopérer ?",
        ],
    },
    "es": {
        "title": "Documento de discusión regional: {region}",
        "paragraphs": [
            "Este documento se preparó para el debate de la consulta regional de {city} "
            "de los días {dates}.",
            "## Preguntas para el debate",
            "- ¿Qué crisis han afectado a las personas migrantes en la región?",
            "- ¿Qué medidas ya funcionan y cuáles faltan?",
            "- ¿Cómo pueden cooperar mejor los países de origen, tránsito y destino?",
        ],
    },
    "ru": {
        "title": "Региональный документ для обсуждения",
        "paragraphs": [
            "Этот документ подготовлен для обсуждения на региональной консультации в "
            "{city} {dates}.",
            "## Вопросы для обсуждения",
            "- Какие кризисы затронули мигрантов в регионе?",
            "- Какие меры уже работают, а каких не хватает?",
            "- Как странам происхождения, транзита и назначения лучше сотрудничать?",
        ],
    },
}

CIVIL_SOCIETY_INPUT = {
    "en": {
        "title": "Civil Society Input to the regional consultation in {government_city}",
        "paragraphs": [
            "Civil society organisations met in {city} on {dates}, ahead of the regional "
            "government consultation, and set out their recommendations to the States.",
            "## Recommendations in brief",
            "- Involve migrants and their organisations in crisis planning.",
            "- Give aid to every migrant, whatever their status.",
            "- Keep consulates, employers and community groups in touch with one another.",
        ],
    }
}


def _dates_text(start, end, language):
    """The dates in a site language as the pages show them, as plain text."""
    with translation.override(language):
        if end is None or end == start:
            return date_format(start, "j F Y")
        if start.month == end.month:
            return f"{date_format(start, 'j')}–{date_format(end, 'j F Y')}"
        return f"{date_format(start, 'j F')} – {date_format(end, 'j F Y')}"


# Content, not interface: written out so the demo does not depend on the
# state of the compiled French catalogue.
REGION_NAMES = {
    Region.ASIA: {
        "en": "South, East and South-East Asia",
        "fr": "Asie du Sud, de l'Est et du Sud-Est",
    },
    Region.EASTERN_EUROPE_CENTRAL_ASIA: {
        "en": "Eastern Europe and Central Asia",
        "fr": "Europe orientale et Asie centrale",
    },
    Region.WEST_CENTRAL_AFRICA: {
        "en": "West and Central Africa",
        "fr": "Afrique de l'Ouest et du Centre",
    },
    Region.LATIN_AMERICA_CARIBBEAN: {
        "en": "Latin America and the Caribbean",
        "fr": "Amérique latine et Caraïbes",
    },
    Region.NORTH_AFRICA_MIDDLE_EAST: {
        "en": "North Africa and the Middle East",
        "fr": "Afrique du Nord et Moyen-Orient",
    },
    Region.EAST_SOUTHERN_AFRICA: {
        "en": "East and Southern Africa",
        "fr": "Afrique de l'Est et australe",
    },
}


def _region_label(region, language):
    return REGION_NAMES[region][language]


def _translated(field, values):
    return {
        build_localized_fieldname(field, code): value
        for code, value in values.items()
        if value is not None
    }


def _with_note(body):
    return {code: f"{text}\n\n{DEMO_NOTE[code]}".strip() for code, text in body.items()}


def _attach_files(document, pdfs, created):
    """Attach the generated PDFs ({language: (title, kicker, paragraphs)}): all
    of them for a new document, and any whose stored file has gone missing."""
    changed = False
    for code, (title, kicker, paragraphs) in pdfs.items():
        current = document.file_in(code)
        if current and current.storage.exists(current.name):
            continue
        if not current and not created:
            continue  # an editor removed it
        content = build_pdf(
            title=title, kicker=kicker, paragraphs=[DEMO_COPY[code], *paragraphs], language=code
        )
        setattr(
            document,
            file_field_name(code),
            ContentFile(content, name=f"{document.slug}-{code}.pdf"),
        )
        changed = True
    if changed:
        document.full_clean()
        document.save()
    return changed


class _Seeder:
    def __init__(self):
        self.new_consultations = 0
        self.new_files = 0

    def consultation(self, *, slug, kind, region, data, title, body, organisers, funders):
        start, end = data["dates"]
        consultation, created = Consultation.objects.get_or_create(
            slug_en=slug["en"],
            defaults={
                **_translated("slug", slug),
                **_translated("title", title),
                **_translated("summary", data["summary"]),
                **_translated("body", _with_note(body)),
                **_translated("city", data["city"]),
                **_translated("organisers", organisers),
                **_translated("funders", funders),
                **_translated("participants", data.get("participants", {})),
                "kind": kind,
                "region": region,
                "country": data["country"],
                "start_date": start,
                "end_date": end,
                "status": Status.PUBLISHED,
            },
        )
        self.new_consultations += created
        return consultation, created

    def document(self, consultation, *, order, slug, kind, title, description, pdfs):
        document, created = OutcomeDocument.objects.get_or_create(
            slug=slug,
            defaults={
                "consultation": consultation,
                "kind": kind,
                "order": order,
                **_translated("title", title),
                **_translated("description", description),
                "status": Status.PUBLISHED,
            },
        )
        self.new_files += _attach_files(document, pdfs, created)
        return document


def _government(seeder, data):
    key, city, (start, end) = data["key"], data["city"], data["dates"]
    region = {code: _region_label(data["region"], code) for code in ("en", "fr")}
    year = start.year
    languages_note = {"en": "", "fr": ""}
    if data.get("languages_unknown"):
        languages_note = {
            "en": " The records used for this site do not say in which languages they were "
            "issued; the demonstration files are in English.",
            "fr": " Les sources utilisées pour ce site n'indiquent pas dans quelles langues "
            "ils ont été publiés ; les fichiers de démonstration sont en anglais.",
        }
    consultation, _created = seeder.consultation(
        slug={
            "en": f"regional-consultation-{key.rsplit('-', 1)[0]}-{year}",
            "fr": f"consultation-regionale-{slugify(city['fr'])}-{year}",
        },
        kind=Kind.REGIONAL_GOVERNMENT,
        region=data["region"],
        data=data,
        title={
            "en": f"Regional consultation in {city['en']}: {region['en']}",
            "fr": f"Consultation régionale de {city['fr']} : {region['fr']}",
        },
        body={
            "en": "Organised by ICMPD with funding from the European Commission, this meeting "
            "was one of six regional government consultations held between March 2015 and "
            "May 2016. Like each of them, it produced a report and a regional discussion "
            f"paper.{languages_note['en']}",
            "fr": "Organisée par l'ICMPD avec un financement de la Commission européenne, "
            "cette réunion était l'une des six consultations régionales des gouvernements "
            "tenues entre mars 2015 et mai 2016. Comme chacune d'elles, elle a produit un "
            f"rapport et un document de réflexion régional.{languages_note['fr']}",
        },
        organisers=ICMPD,
        funders=EUROPEAN_COMMISSION,
    )

    def texts(code):
        if code in ("en", "fr"):
            return {
                "city": city[code],
                "dates": _dates_text(start, end, code),
                "region": region[code],
            }
        return data["local"][code]

    for order, (kind, template, slug_part, title, description) in enumerate(
        [
            (
                DocKind.REPORT,
                REPORT,
                "report",
                {
                    "en": f"Report of the regional consultation in {city['en']}",
                    "fr": f"Rapport de la consultation régionale de {city['fr']}",
                },
                {
                    "en": "What the States of the region discussed and concluded.",
                    "fr": "Ce dont les États de la région ont débattu et ce qu'ils ont conclu.",
                },
            ),
            (
                DocKind.REGIONAL_DISCUSSION_PAPER,
                DISCUSSION_PAPER,
                "regional-discussion-paper",
                {
                    "en": f"Regional discussion paper: {region['en']}",
                    "fr": f"Document de réflexion régional : {region['fr']}",
                },
                {
                    "en": "The questions put to the meeting, prepared in advance.",
                    "fr": "Les questions soumises à la réunion, préparées à l'avance.",
                },
            ),
        ],
        start=1,
    ):
        pdfs = {}
        for code in data["languages"]:
            values = texts(code)
            pdfs[code] = (
                template[code]["title"].format(**values),
                _kicker(code, values),
                [paragraph.format(**values) for paragraph in template[code]["paragraphs"]],
            )
        seeder.document(
            consultation,
            order=order,
            slug=f"{key}-{slug_part}",
            kind=kind,
            title=title,
            description=description,
            pdfs=pdfs,
        )
    return consultation


def _kicker(code, values):
    return {
        "en": "MICIC regional consultation · {city} · {dates}",
        "fr": "Consultation régionale MICIC · {city} · {dates}",
        "es": "Consulta regional MICIC · {city} · {dates}",
        "ru": "Региональная консультация MICIC · {dates}",
    }[code].format(**values)


def _civil_society(seeder, data, governments):
    government = governments.get(data["government"])
    key, city, (start, end) = data["key"], data["city"], data["dates"]
    government_data = next(g for g in GOVERNMENT if g["key"] == data["government"])
    government_city = government_data["city"]
    region_value = government_data["region"]
    region = {code: _region_label(region_value, code) for code in ("en", "fr")}
    elsewhere = government_city["en"] != city["en"]
    consultation, created = seeder.consultation(
        slug={
            "en": f"civil-society-consultation-{key}",
            "fr": f"consultation-societe-civile-{slugify(city['fr'])}-{start.year}",
        },
        kind=Kind.CIVIL_SOCIETY,
        region=region_value,
        data={
            **data,
            "summary": {
                "en": f"Civil society organisations met in {city['en']} just before the "
                "regional government consultation"
                + (f" in {government_city['en']}" if elsewhere else "")
                + f", and agreed on the input they would bring to the States of {region['en']}.",
                "fr": f"Des organisations de la société civile se sont réunies à {city['fr']} "
                "juste avant la consultation régionale des gouvernements"
                + (f" de {government_city['fr']}" if elsewhere else "")
                + ", et ont arrêté la contribution qu'elles apporteraient aux États de la "
                f"région {region['fr']}.",
            },
        },
        title={
            "en": f"Civil society consultation in {city['en']}",
            "fr": f"Consultation de la société civile à {city['fr']}",
        },
        body={
            "en": "Convened by the Global Coalition on Migration (GCM) and the MADE network, "
            "the civil society consultations met ahead of each regional government "
            "consultation. Their conclusions were written up as a “Civil Society Input” for "
            "the States. The records used for this site do not say in which languages it was "
            "issued; the demonstration file is in English.",
            "fr": "Réunies par la Global Coalition on Migration (GCM) et le réseau MADE, les "
            "consultations de la société civile se sont tenues avant chaque consultation "
            "régionale des gouvernements. Leurs conclusions ont été rédigées sous la forme "
            "d'une « contribution de la société civile » destinée aux États. Les sources "
            "utilisées pour ce site n'indiquent pas dans quelles langues elle a été publiée ; "
            "le fichier de démonstration est en anglais.",
        },
        organisers=CIVIL_SOCIETY_ORGANISERS,
        funders={"en": "", "fr": ""},
    )
    if created and government is not None:
        consultation.paired_with = government
        consultation.full_clean()
        consultation.save()
    values = {
        "city": city["en"],
        "dates": _dates_text(start, end, "en"),
        "government_city": government_city["en"],
    }
    seeder.document(
        consultation,
        order=1,
        slug=f"{key}-civil-society-input",
        kind=DocKind.CIVIL_SOCIETY_INPUT,
        title={
            "en": f"Civil Society Input to the regional consultation in {government_city['en']}",
            "fr": "Contribution de la société civile à la consultation régionale de "
            f"{government_city['fr']}",
        },
        description={
            "en": "The recommendations civil society brought to the States.",
            "fr": "Les recommandations que la société civile a portées auprès des États.",
        },
        pdfs={
            "en": (
                CIVIL_SOCIETY_INPUT["en"]["title"].format(**values),
                f"MICIC civil society consultation · {values['city']} · {values['dates']}",
                [p.format(**values) for p in CIVIL_SOCIETY_INPUT["en"]["paragraphs"]],
            )
        },
    )


def _stakeholder(seeder, data):
    consultation, _created = seeder.consultation(
        slug=data["slug"],
        kind=Kind.STAKEHOLDER,
        region=Region.GLOBAL,
        data=data,
        title=data["title"],
        body=data["body"],
        organisers={"en": "", "fr": ""},
        funders=STAKEHOLDER_FUNDERS,
    )
    start, end = data["dates"]
    if start is not None:
        kicker = (
            f"MICIC stakeholder consultation · {data['city']['en']} · "
            f"{_dates_text(start, end, 'en')}"
        )
    for order, document in enumerate(data["documents"], start=1):
        seeder.document(
            consultation,
            order=order,
            slug=document["slug"],
            kind=document["kind"],
            title=document["title"],
            description={"en": "", "fr": ""},
            pdfs={"en": (document["title"]["en"], kicker, document["pdf"])},
        )


def seed(command):
    seeder = _Seeder()
    governments = {data["key"]: _government(seeder, data) for data in GOVERNMENT}
    for data in CIVIL_SOCIETY:
        _civil_society(seeder, data, governments)
    for data in STAKEHOLDER:
        _stakeholder(seeder, data)
    total = len(GOVERNMENT) + len(CIVIL_SOCIETY) + len(STAKEHOLDER)
    command.stdout.write(
        f"Consultations: {seeder.new_consultations} new consultation(s), {seeder.new_files} "
        f"document(s) given files ({total} consultations in the demo)."
    )
