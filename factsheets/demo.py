"""
Demo factsheets and tool sheets, in English and French, written for this
portal. Each tool sheet is a real, small PDF generated at seed time with
fpdf2 and stored through the model's FileField.

Seeding only creates what is missing: an existing factsheet or tool is left
as editors made it. A tool file recorded in the database but missing from
storage (e.g. a fresh MEDIA_ROOT) is generated again.
"""

from datetime import date

import fontpkg
from django.core.files.base import ContentFile
from fpdf import FPDF
from modeltranslation.utils import build_localized_fieldname

from editorial.models import Status
from factsheets.files import file_field_name
from factsheets.models import Factsheet, Tool
from guidelines.models import Guideline

# One per document language (settings.MICIC_DOCUMENT_LANGUAGES).
DISCLAIMER = {
    "en": (
        "Demonstration document written for the MICIC Portal demo site. "
        "It is not an official MICIC publication."
    ),
    "fr": (
        "Document de démonstration rédigé pour le site de démonstration du portail MICIC. "
        "Ce n'est pas une publication officielle de MICIC."
    ),
    "es": (
        "Documento de demostración escrito para el sitio de demostración del portal MICIC. "
        "No es una publicación oficial de MICIC."
    ),
    "ru": (
        "Демонстрационный документ, написанный для демонстрационного сайта портала MICIC. "
        "Это не официальная публикация MICIC."
    ),
}

# The PDF standard fonts need no embedding and cover Windows-1252: English,
# French and Spanish with their accents, « », œ, curly quotes. Other scripts
# (Cyrillic) get PT Sans, a ParaType design made for Latin and Cyrillic,
# shipped as static TTF files by the fontpkg-pt-sans package (OFL) so no
# system font is needed; fpdf2 embeds only the glyphs a document uses.
CORE_ENCODING = "windows-1252"
UNICODE_FAMILY = "PT Sans"
DEMO_NOTE = {
    "en": (
        "This sheet and its tool sheets were written for the demonstration site of the "
        "MICIC Portal; they are illustrative and are not the official publications."
    ),
    "fr": (
        "Cette fiche et ses outils ont été rédigés pour le site de démonstration du "
        "portail MICIC ; ils sont donnés à titre d'illustration et ne sont pas les "
        "publications officielles."
    ),
}


class _SheetPDF(FPDF):
    """A4 sheet whose every page ends with the demonstration disclaimer."""

    def __init__(self, disclaimer, family):
        super().__init__(format="A4")
        self.disclaimer = disclaimer
        self.text_family = family

    def footer(self):
        self.set_y(-18)
        self.set_font(self.text_family, "I", 8)
        self.set_text_color(75, 86, 97)
        self.multi_cell(0, 4, self.disclaimer, align="L")


def _fits_core_fonts(texts):
    try:
        for text in texts:
            text.encode(CORE_ENCODING)
    except UnicodeEncodeError:
        return False
    return True


def build_pdf(*, title, kicker, paragraphs, language):
    """A one- or two-page A4 PDF: kicker, heading, paragraphs ("- " starts a
    bullet) and a footer saying it is a demonstration document, in `language`
    (one of settings.MICIC_DOCUMENT_LANGUAGES).

    Text that the standard fonts cover (see CORE_ENCODING) is set in Helvetica
    without embedding a font: a few KB, left uncompressed so its text stays
    readable to tests. Anything else (Russian) is set in embedded PT Sans.
    """
    disclaimer = DISCLAIMER[language]
    if _fits_core_fonts([title, kicker, disclaimer, *paragraphs]):
        family = "helvetica"
        pdf = _SheetPDF(disclaimer, family)
        pdf.core_fonts_encoding = CORE_ENCODING
    else:
        family = "ptsans"
        pdf = _SheetPDF(disclaimer, family)
        for style, weight, slant in (
            ("", 400, "normal"),
            ("B", 700, "normal"),
            ("I", 400, "italic"),
        ):
            pdf.add_font(family, style, fontpkg.path(UNICODE_FAMILY, weight=weight, style=slant))
    pdf.set_compression(False)
    pdf.set_title(title)
    pdf.set_lang(language)
    pdf.set_author("MICIC Portal")
    pdf.set_creator("MICIC Portal demo content")
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, margin=25)
    pdf.add_page()

    pdf.set_fill_color(10, 58, 107)
    pdf.rect(0, 0, 210, 8, style="F")
    pdf.set_font(family, "B", 10)
    pdf.set_text_color(0, 103, 127)
    pdf.multi_cell(0, 6, kicker.upper(), new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.ln(2)
    pdf.set_font(family, "B", 20)
    pdf.set_text_color(7, 42, 78)
    pdf.multi_cell(0, 9, title, new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.ln(4)

    pdf.set_text_color(28, 35, 41)
    for paragraph in paragraphs:
        if paragraph.startswith("## "):
            pdf.ln(1)
            pdf.set_font(family, "B", 13)
            pdf.set_text_color(7, 42, 78)
            pdf.multi_cell(0, 7, paragraph[3:], new_x="LMARGIN", new_y="NEXT", align="L")
            pdf.set_text_color(28, 35, 41)
            pdf.ln(1)
        elif paragraph.startswith("- "):
            pdf.set_font(family, size=11)
            pdf.set_x(24)
            pdf.cell(5, 6, "\u2022")
            pdf.multi_cell(0, 6, paragraph[2:], new_x="LMARGIN", new_y="NEXT", align="L")
            pdf.ln(1)
        else:
            pdf.set_font(family, size=11)
            pdf.multi_cell(0, 6, paragraph, new_x="LMARGIN", new_y="NEXT", align="L")
            pdf.ln(3)
    return bytes(pdf.output())


# Each factsheet: slug, kind, date, guideline numbers, translated texts and tools.
# A tool's "pdf" maps each language it exists in to the PDF's paragraphs.
FACTSHEETS = [
    {
        "slug": {
            "en": "strengthening-multi-stakeholder-coordination",
            "fr": "renforcer-la-coordination-multipartite",
        },
        "kind": Factsheet.Kind.FACTSHEET,
        "published_on": date(2022, 3, 2),
        "guidelines": [7, 8],
        "title": {
            "en": "Strengthening multi-stakeholder coordination",
            "fr": "Renforcer la coordination multipartite",
        },
        "summary": {
            "en": (
                "Why the people who will respond to a crisis should agree on who does "
                "what for migrants before it happens, and how to get them around one table."
            ),
            "fr": (
                "Pourquoi ceux qui interviendront lors d'une crise doivent convenir à "
                "l'avance de qui fait quoi pour les migrants, et comment les réunir "
                "autour d'une même table."
            ),
        },
        "body": {
            "en": (
                "When a crisis hits, migrants depend on many actors at once: the host "
                "State's civil protection and immigration services, the consulates of "
                "their countries, employers, community groups and international "
                "organisations. Each holds part of the picture and part of the means.\n\n"
                "Coordination that is improvised on the day costs time, and time costs "
                "lives. This factsheet explains how to set up standing arrangements in "
                "advance: who to invite, how to share roles and information, and how to "
                "keep the arrangement alive between crises.\n\n"
                "The tool sheet is a step-by-step guide that a ministry, a municipality or "
                "a consular network can adapt to its own setting."
            ),
            "fr": (
                "Lorsqu'une crise éclate, les migrants dépendent de nombreux acteurs à la "
                "fois : protection civile et services d'immigration de l'État d'accueil, "
                "consulats de leurs pays, employeurs, associations et organisations "
                "internationales. Chacun détient une partie de l'information et des moyens.\n\n"
                "Une coordination improvisée le jour même fait perdre du temps, et le "
                "temps se compte en vies. Cette fiche explique comment mettre en place "
                "des dispositifs permanents à l'avance : qui inviter, comment répartir "
                "les rôles et partager l'information, et comment faire vivre le dispositif "
                "entre deux crises.\n\n"
                "L'outil est un guide pas à pas qu'un ministère, une municipalité ou un "
                "réseau consulaire peut adapter à sa situation."
            ),
        },
        "tools": [
            {
                "slug": "strengthening-multi-stakeholder-coordination",
                "title": {
                    "en": "Strengthening multi-stakeholder coordination: a step-by-step guide",
                    "fr": "Renforcer la coordination multipartite : guide pas à pas",
                },
                "description": {
                    "en": "Six steps to build and maintain a coordination group that "
                    "includes migrants' needs, with questions to ask at each step.",
                    "fr": "Six étapes pour créer et faire vivre un groupe de coordination "
                    "qui tient compte des besoins des migrants, avec les questions à se "
                    "poser à chaque étape.",
                },
                "pdf": {
                    "en": [
                        "A crisis response reaches migrants only if the organisations "
                        "involved already know each other, share information and have "
                        "agreed on their roles. This guide sets out six steps.",
                        "## Six steps",
                        "- Map the actors: authorities, consulates, employers, recruiters, "
                        "community and faith groups, international organisations.",
                        "- Agree on a lead and a secretariat for the group, and on how often "
                        "it meets outside emergencies.",
                        "- Write down who does what in each phase of a crisis, including who "
                        "contacts which migrant communities.",
                        "- Decide what data can be shared, with which safeguards for "
                        "migrants' privacy.",
                        "- Test the arrangements in a joint exercise at least once a year.",
                        "- Review contact lists and lessons learned after every exercise or "
                        "real event.",
                        "## Questions to ask",
                        "Who is missing from the table? Which migrants would nobody in the "
                        "group be able to reach? What would happen if the lead agency were "
                        "itself hit by the crisis?",
                    ],
                    "fr": [
                        "Une intervention en cas de crise n'atteint les migrants que si les "
                        "organisations concernées se connaissent déjà, partagent "
                        "l'information et se sont accordées sur leurs rôles. Ce guide "
                        "propose six étapes.",
                        "## Six étapes",
                        "- Recenser les acteurs : autorités, consulats, employeurs, "
                        "recruteurs, associations communautaires et religieuses, "
                        "organisations internationales.",
                        "- Désigner un chef de file et un secrétariat, et fixer le rythme "
                        "des réunions en dehors des urgences.",
                        "- Écrire qui fait quoi à chaque phase de la crise, y compris qui "
                        "contacte quelles communautés de migrants.",
                        "- Décider quelles données peuvent être partagées, avec quelles "
                        "garanties pour la vie privée des migrants.",
                        "- Tester le dispositif lors d'un exercice commun au moins une fois "
                        "par an.",
                        "- Mettre à jour les listes de contacts et les enseignements après "
                        "chaque exercice ou événement réel.",
                        "## Questions à se poser",
                        "Qui manque autour de la table ? Quels migrants aucun membre du "
                        "groupe ne saurait-il joindre ? Que se passerait-il si l'organisme "
                        "chef de file était lui-même touché par la crise ?",
                    ],
                },
            }
        ],
    },
    {
        "slug": {
            "en": "protecting-migrant-domestic-workers",
            "fr": "proteger-les-travailleurs-domestiques-migrants",
        },
        "kind": Factsheet.Kind.FACTSHEET,
        "published_on": date(2022, 3, 2),
        "guidelines": [3, 6, 10],
        "title": {
            "en": "Protecting migrant domestic workers: a tool for States of origin",
            "fr": "Protéger les travailleurs domestiques migrants : un outil pour les États "
            "d'origine",
        },
        "summary": {
            "en": (
                "Domestic workers live in their employers' homes, often out of sight of "
                "the authorities. What their countries of origin can do before and during "
                "a crisis to keep them safe."
            ),
            "fr": (
                "Les travailleurs domestiques vivent chez leurs employeurs, souvent à "
                "l'écart des autorités. Ce que leurs pays d'origine peuvent faire avant et "
                "pendant une crise pour les protéger."
            ),
        },
        "body": {
            "en": (
                "Migrant domestic workers are among the hardest people to reach in an "
                "emergency. They may not be allowed to leave the house, may have handed "
                "their passport to their employer, and may not know where their consulate "
                "is.\n\n"
                "States of origin have levers that host States lack: pre-departure "
                "training, registration of workers abroad, agreements with recruitment "
                "agencies and a consular network. This factsheet shows how to use them so "
                "that domestic workers are counted, informed and helped when a crisis "
                "comes."
            ),
            "fr": (
                "Les travailleurs domestiques migrants comptent parmi les personnes les "
                "plus difficiles à joindre en cas d'urgence. Ils n'ont parfois pas le droit "
                "de sortir, ont pu remettre leur passeport à leur employeur et ne savent "
                "pas toujours où se trouve leur consulat.\n\n"
                "Les États d'origine disposent de leviers que les États d'accueil n'ont "
                "pas : formation avant le départ, enregistrement des travailleurs à "
                "l'étranger, accords avec les agences de recrutement et réseau "
                "consulaire. Cette fiche montre comment s'en servir pour que les "
                "travailleurs domestiques soient recensés, informés et aidés en cas de "
                "crise."
            ),
        },
        "tools": [
            {
                "slug": "protecting-migrant-domestic-workers",
                "title": {
                    "en": "Protecting migrant domestic workers: checklist for States of origin",
                    "fr": "Protéger les travailleurs domestiques migrants : liste de contrôle "
                    "pour les États d'origine",
                },
                "description": {
                    "en": "What to put in place before departure, while workers are abroad "
                    "and when a crisis breaks out.",
                    "fr": "Ce qu'il faut prévoir avant le départ, pendant le séjour à "
                    "l'étranger et lorsqu'une crise éclate.",
                },
                "pdf": {
                    "en": [
                        "Use this checklist to review how well your services can reach and "
                        "protect nationals working in private households abroad.",
                        "## Before departure",
                        "- Workers receive the consulate's emergency number and know they "
                        "may keep their own passport.",
                        "- Recruitment agencies register each placement with the authorities.",
                        "## While abroad",
                        "- Consulates keep a voluntary, confidential register of domestic "
                        "workers and their employers' addresses.",
                        "- Community groups and worker associations are part of the "
                        "consulate's contact network.",
                        "## When a crisis breaks out",
                        "- Messages reach workers through channels they can use at home: "
                        "text messages, radio, social media in their language.",
                        "- Employers are asked to let workers leave and to hand back their "
                        "documents.",
                        "- Emergency travel documents can be issued quickly when passports "
                        "are missing.",
                    ],
                    "fr": [
                        "Cette liste aide à vérifier dans quelle mesure vos services peuvent "
                        "joindre et protéger les ressortissants qui travaillent chez des "
                        "particuliers à l'étranger.",
                        "## Avant le départ",
                        "- Les travailleurs reçoivent le numéro d'urgence du consulat et "
                        "savent qu'ils peuvent garder leur passeport.",
                        "- Les agences de recrutement déclarent chaque placement aux autorités.",
                        "## Pendant le séjour",
                        "- Les consulats tiennent un registre volontaire et confidentiel des "
                        "travailleurs domestiques et de l'adresse de leurs employeurs.",
                        "- Les associations communautaires et de travailleurs font partie du "
                        "réseau de contacts du consulat.",
                        "## Lorsqu'une crise éclate",
                        "- Les messages parviennent aux travailleurs par des moyens "
                        "utilisables depuis le domicile : SMS, radio, réseaux sociaux dans "
                        "leur langue.",
                        "- Les employeurs sont invités à laisser partir les travailleurs et "
                        "à leur rendre leurs documents.",
                        "- Des documents de voyage d'urgence peuvent être délivrés "
                        "rapidement en l'absence de passeport.",
                    ],
                },
            }
        ],
    },
    {
        "slug": {"en": "migrant-children-in-crises", "fr": "les-enfants-migrants-dans-les-crises"},
        "kind": Factsheet.Kind.FACTSHEET,
        "published_on": date(2022, 3, 2),
        "guidelines": [11, 12, 13],
        "title": {
            "en": "Migrant children in crises",
            "fr": "Les enfants migrants dans les crises",
        },
        "summary": {
            "en": (
                "Children who migrate, with or without their families, face particular "
                "risks in a crisis. Checklists for responders, and tips for talking with "
                "children."
            ),
            "fr": (
                "Les enfants qui migrent, avec ou sans leur famille, sont exposés à des "
                "risques particuliers en cas de crise. Des listes de contrôle pour les "
                "intervenants et des conseils pour parler avec les enfants."
            ),
        },
        "body": {
            "en": (
                "In an emergency, migrant children can be separated from their parents, "
                "miss out on assistance because they have no papers, or be evacuated "
                "without anyone knowing who they are. Children travelling alone are the "
                "most exposed.\n\n"
                "This factsheet comes with two tool sheets: checklists that help "
                "responders identify and protect migrant children at each stage of a "
                "crisis, and practical tips for talking with children in a way that "
                "reassures them and respects their age."
            ),
            "fr": (
                "En situation d'urgence, les enfants migrants peuvent être séparés de "
                "leurs parents, être privés d'aide faute de papiers ou être évacués sans "
                "que personne ne sache qui ils sont. Les enfants qui voyagent seuls sont "
                "les plus exposés.\n\n"
                "Cette fiche est accompagnée de deux outils : des listes de contrôle qui "
                "aident les intervenants à repérer et protéger les enfants migrants à "
                "chaque étape d'une crise, et des conseils pratiques pour parler avec les "
                "enfants de façon rassurante et adaptée à leur âge."
            ),
        },
        "tools": [
            {
                "slug": "migrant-children-checklists",
                "title": {
                    "en": "Checklists for protecting migrant children",
                    "fr": "Listes de contrôle pour protéger les enfants migrants",
                },
                "description": {
                    "en": "Checklists for preparedness, evacuation and the days after a crisis.",
                    "fr": "Des listes pour la préparation, l'évacuation et les jours qui "
                    "suivent une crise.",
                },
                "pdf": {
                    "en": [
                        "Tick each item that is in place. Any gap is a point to raise with "
                        "your coordination group.",
                        "## Preparedness",
                        "- Child protection services are part of the crisis coordination group.",
                        "- Staff know how to identify children travelling alone.",
                        "## Evacuation",
                        "- Every child is registered before boarding, with a photo and the "
                        "name of the adult accompanying them.",
                        "- Siblings are never separated.",
                        "## After the crisis",
                        "- Family tracing starts at once for separated children.",
                        "- Children return to school or learning activities as soon as possible.",
                    ],
                    "fr": [
                        "Cochez chaque élément en place. Toute lacune est un point à "
                        "soulever avec votre groupe de coordination.",
                        "## Préparation",
                        "- Les services de protection de l'enfance font partie du groupe "
                        "de coordination de crise.",
                        "- Le personnel sait repérer les enfants qui voyagent seuls.",
                        "## Évacuation",
                        "- Chaque enfant est enregistré avant l'embarquement, avec une "
                        "photo et le nom de l'adulte qui l'accompagne.",
                        "- Les frères et sœurs ne sont jamais séparés.",
                        "## Après la crise",
                        "- La recherche des familles commence sans délai pour les enfants séparés.",
                        "- Les enfants reprennent l'école ou des activités d'apprentissage "
                        "dès que possible.",
                    ],
                },
            },
            {
                "slug": "talking-with-children-in-crises",
                "title": {
                    "en": "Tips for talking with children in a crisis",
                    "fr": "Conseils pour parler avec les enfants en situation de crise",
                },
                "description": {
                    "en": "How to speak with a child who is frightened, alone or does not "
                    "speak your language.",
                    "fr": "Comment parler à un enfant qui a peur, qui est seul ou qui ne "
                    "parle pas votre langue.",
                },
                "pdf": {
                    "en": [
                        "Children remember how adults spoke to them during a crisis. A few "
                        "simple habits make a great difference.",
                        "- Get down to the child's eye level and say who you are.",
                        "- Use short sentences and the child's language; find an interpreter "
                        "the child trusts.",
                        "- Tell the truth about what will happen next, without frightening "
                        "details.",
                        "- Ask the child's name, the names of their parents and where they "
                        "last saw them.",
                        "- Never promise what you cannot be sure of, such as finding a "
                        "parent today.",
                    ],
                    "fr": [
                        "Les enfants se souviennent de la façon dont les adultes leur ont "
                        "parlé pendant une crise. Quelques habitudes simples changent "
                        "beaucoup de choses.",
                        "- Se mettre à la hauteur des yeux de l'enfant et dire qui l'on est.",
                        "- Employer des phrases courtes et la langue de l'enfant ; trouver "
                        "un interprète en qui il a confiance.",
                        "- Dire la vérité sur ce qui va se passer, sans détails effrayants.",
                        "- Demander le nom de l'enfant, celui de ses parents et l'endroit "
                        "où il les a vus pour la dernière fois.",
                        "- Ne jamais promettre ce dont on n'est pas sûr, comme retrouver un "
                        "parent le jour même.",
                    ],
                },
            },
        ],
    },
    {
        "slug": {"en": "consular-crisis-management", "fr": "gestion-consulaire-des-crises"},
        "kind": Factsheet.Kind.KNOWLEDGE_SHEET,
        "published_on": date(2023, 11, 15),
        "guidelines": [5, 7, 13],
        "title": {
            "en": "Consular crisis management",
            "fr": "La gestion consulaire des crises",
        },
        "summary": {
            "en": (
                "A knowledge sheet on how a foreign ministry organises its consular "
                "services to assist nationals abroad when a crisis strikes."
            ),
            "fr": (
                "Une fiche de connaissances sur la manière dont un ministère des Affaires "
                "étrangères organise ses services consulaires pour assister ses "
                "ressortissants à l'étranger en cas de crise."
            ),
        },
        "body": {
            "en": (
                "Consular services are often the first place nationals abroad turn to "
                "when a conflict or disaster hits the country they live in. Handling "
                "thousands of calls, locating people and organising departures requires "
                "plans, trained staff and partners ready in advance.\n\n"
                "This knowledge sheet brings together lessons on crisis cells, contingency "
                "plans for each mission, cooperation with other States' consulates and "
                "communication with families at home."
            ),
            "fr": (
                "Les services consulaires sont souvent le premier recours des "
                "ressortissants à l'étranger lorsqu'un conflit ou une catastrophe frappe "
                "leur pays de résidence. Traiter des milliers d'appels, localiser les "
                "personnes et organiser les départs exige des plans, du personnel formé "
                "et des partenaires prêts à l'avance.\n\n"
                "Cette fiche de connaissances rassemble des enseignements sur les cellules "
                "de crise, les plans d'urgence de chaque mission, la coopération avec les "
                "consulats d'autres États et la communication avec les familles restées au "
                "pays."
            ),
        },
        "tools": [
            {
                "slug": "consular-crisis-management",
                "title": {
                    "en": "Consular crisis management: key lessons",
                    "fr": "Gestion consulaire des crises : principaux enseignements",
                },
                "description": {
                    "en": "The knowledge sheet in printable form.",
                    "fr": "La fiche de connaissances en version imprimable.",
                },
                "pdf": {
                    "en": [
                        "Consular crisis management is a shared effort between the ministry "
                        "at home and its missions abroad.",
                        "## Key lessons",
                        "- A standing crisis cell at the ministry, with a roster of trained "
                        "staff who can be deployed at short notice.",
                        "- A contingency plan for every mission, updated each year and "
                        "tested with local partners.",
                        "- Agreements with other States to share transport and assist each "
                        "other's nationals.",
                        "- One hotline and one web page for families, updated several times "
                        "a day during a crisis.",
                    ],
                    "fr": [
                        "La gestion consulaire des crises est un effort partagé entre le "
                        "ministère et ses missions à l'étranger.",
                        "## Principaux enseignements",
                        "- Une cellule de crise permanente au ministère, avec une liste "
                        "d'agents formés déployables rapidement.",
                        "- Un plan d'urgence pour chaque mission, mis à jour chaque année et "
                        "testé avec les partenaires locaux.",
                        "- Des accords avec d'autres États pour partager les moyens de "
                        "transport et assister mutuellement leurs ressortissants.",
                        "- Une ligne d'assistance et une page web uniques pour les familles, "
                        "mises à jour plusieurs fois par jour pendant la crise.",
                    ],
                },
            }
        ],
    },
    {
        "slug": {"en": "reaching-migrants-with-emergency-information", "fr": None},
        "kind": Factsheet.Kind.INFOSHEET,
        "published_on": date(2021, 9, 20),
        "guidelines": [6, 9],
        "english_only": True,
        "title": {"en": "Reaching migrants with emergency information"},
        "summary": {
            "en": (
                "Warnings only protect people who receive and understand them. How to "
                "plan emergency messages that reach migrants in their languages."
            ),
        },
        "body": {
            "en": (
                "Early warnings, evacuation orders and information about assistance are "
                "usually issued in the national language, through national media. Many "
                "migrants follow neither.\n\n"
                "This infosheet suggests how to plan messages with migrant communities: "
                "which languages and channels they actually use, who they trust, and how "
                "to check that a message has been understood. Its tools are available in "
                "English only for now."
            ),
        },
        "tools": [
            {
                "slug": "emergency-message-planner",
                "title": {"en": "Emergency message planner"},
                "description": {
                    "en": "A worksheet to plan who sends which message, in which "
                    "languages and through which channels."
                },
                "pdf": {
                    "en": [
                        "Fill in one line per message before the crisis season, with the "
                        "communities concerned.",
                        "- Message: what people must know or do.",
                        "- Audience: which communities, and where they live and work.",
                        "- Languages: the languages people read and the ones they only speak.",
                        "- Channels: radio, text messages, messaging groups, community "
                        "leaders, employers.",
                        "- Check: how you will know the message was received and understood.",
                    ]
                },
            },
            {
                "slug": "multilingual-hotline-checklist",
                "title": {"en": "Multilingual hotline checklist"},
                "description": {
                    "en": "What a hotline needs to answer migrants' calls during an emergency."
                },
                "pdf": {
                    "en": [
                        "A hotline is only useful to migrants if they can reach it, afford "
                        "it and be understood.",
                        "- A free number that works from mobile phones and abroad.",
                        "- Interpreters on call for the main languages of migrant communities.",
                        "- Scripts that never ask about immigration status unless it is "
                        "needed to help.",
                        "- A way to pass urgent cases to rescue services at once.",
                    ]
                },
            },
        ],
    },
    {
        "slug": {
            "en": "contingency-plans-that-include-migrants",
            "fr": "des-plans-d-urgence-qui-incluent-les-migrants",
        },
        "kind": Factsheet.Kind.INFOSHEET,
        "published_on": date(2023, 4, 18),
        "guidelines": [4, 5],
        "title": {
            "en": "Contingency plans that include migrants",
            "fr": "Des plans d'urgence qui incluent les migrants",
        },
        "summary": {
            "en": (
                "Most contingency plans are written for citizens. Simple questions to make "
                "sure migrants are not forgotten, and a plan template for consular "
                "missions."
            ),
            "fr": (
                "La plupart des plans d'urgence sont conçus pour les citoyens. Quelques "
                "questions simples pour ne pas oublier les migrants, et un modèle de plan "
                "pour les missions consulaires."
            ),
        },
        "body": {
            "en": (
                "A contingency plan sets out who does what when a foreseeable emergency "
                "happens. Migrants are often absent from these plans: they are not "
                "counted, shelters ask for documents they do not have, and nobody is "
                "tasked with reaching them.\n\n"
                "This infosheet lists the questions planners should ask, for host States "
                "and for the consular missions of countries of origin. The plan template "
                "is currently available in English only."
            ),
            "fr": (
                "Un plan d'urgence fixe qui fait quoi lorsqu'une situation d'urgence "
                "prévisible survient. Les migrants en sont souvent absents : ils ne sont "
                "pas recensés, les abris demandent des documents qu'ils n'ont pas, et "
                "personne n'est chargé de les joindre.\n\n"
                "Cette note énumère les questions que les planificateurs devraient se "
                "poser, dans les États d'accueil comme dans les missions consulaires des "
                "pays d'origine. Le modèle de plan n'existe pour l'instant qu'en anglais."
            ),
        },
        "tools": [
            {
                "slug": "consular-contingency-plan-template",
                "title": {
                    "en": "Consular contingency plan template",
                    "fr": "Modèle de plan d'urgence consulaire",
                },
                "description": {
                    "en": "Headings and prompts for a mission's contingency plan.",
                    "fr": "Rubriques et questions pour le plan d'urgence d'une mission.",
                },
                "pdf": {
                    "en": [
                        "Complete each section with your mission's own information and "
                        "review it every year.",
                        "## 1. Nationals in the country",
                        "How many, where, in which sectors of work; how to reach them.",
                        "## 2. Risks",
                        "Which hazards and conflicts could affect them, and in which areas.",
                        "## 3. Roles and contacts",
                        "The mission's crisis team, local authorities, partner embassies, "
                        "employers and community leaders.",
                        "## 4. Assistance and departures",
                        "Meeting points, transport options, travel documents, funds.",
                        "## 5. Communication",
                        "Messages prepared in advance, channels, hotline arrangements.",
                    ]
                },
            }
        ],
    },
    {
        "slug": {"en": "the-micic-initiative-at-a-glance", "fr": "l-initiative-micic-en-bref"},
        "kind": Factsheet.Kind.FACTSHEET,
        "published_on": date(2019, 6, 20),
        "guidelines": [],
        "title": {
            "en": "The MICIC Initiative at a glance",
            "fr": "L'Initiative MICIC en bref",
        },
        "summary": {
            "en": (
                "A two-page overview of the Migrants in Countries in Crisis Initiative: why "
                "it started, who led it and what it produced."
            ),
            "fr": (
                "Une présentation en deux pages de l'Initiative Migrants dans les pays en "
                "crise : pourquoi elle a été lancée, qui l'a conduite et ce qu'elle a "
                "produit."
            ),
        },
        "body": {
            "en": (
                "The MICIC Initiative was launched in 2014, led by governments and "
                "co-chaired by the United States and the Philippines, with IOM hosting its "
                "secretariat. Consultations in 2015 and 2016 brought together governments, "
                "the private sector, civil society and international organisations.\n\n"
                "Its result, the Guidelines to Protect Migrants in Countries Experiencing "
                "Conflict or Natural Disaster, was released in June 2016. The factsheet "
                "summarises the Initiative for newcomers."
            ),
            "fr": (
                "L'Initiative MICIC a été lancée en 2014 à l'initiative des États, sous "
                "la coprésidence des États-Unis et des Philippines, avec un secrétariat "
                "assuré par l'OIM. Des consultations menées en 2015 et 2016 ont réuni "
                "États, secteur privé, société civile et organisations internationales.\n\n"
                "Son résultat, les Lignes directrices pour la protection des migrants dans "
                "les pays en proie à un conflit ou à une catastrophe naturelle, a été "
                "publié en juin 2016. Cette fiche présente l'Initiative aux nouveaux venus."
            ),
        },
        "tools": [
            {
                "slug": "micic-initiative-factsheet",
                "title": {
                    "en": "The MICIC Initiative: factsheet",
                    "fr": "L'Initiative MICIC : fiche d'information",
                },
                "description": {
                    "en": "The overview in printable form.",
                    "fr": "La présentation en version imprimable.",
                },
                "pdf": {
                    "en": [
                        "Migrants in Countries in Crisis (MICIC) is a government-led "
                        "initiative launched in 2014.",
                        "- Co-chairs: the United States and the Philippines.",
                        "- Secretariat: the International Organization for Migration (IOM).",
                        "- 2015-2016: regional and stakeholder consultations.",
                        "- June 2016: release of the Guidelines, with 10 Principles, 15 "
                        "Guidelines and practices.",
                        "The Guidelines are voluntary and non-binding. They address States, "
                        "the private sector, civil society and international organisations.",
                    ],
                    "fr": [
                        "Migrants dans les pays en crise (MICIC) est une initiative conduite "
                        "par les États et lancée en 2014.",
                        "- Coprésidence : les États-Unis et les Philippines.",
                        "- Secrétariat : l'Organisation internationale pour les migrations (OIM).",
                        "- 2015-2016 : consultations régionales et avec les parties prenantes.",
                        "- Juin 2016 : publication des Lignes directrices, avec 10 principes, "
                        "15 lignes directrices et des pratiques.",
                        "Les Lignes directrices sont volontaires et non contraignantes. "
                        "Elles s'adressent aux États, au secteur privé, à la société civile "
                        "et aux organisations internationales.",
                    ],
                },
            }
        ],
    },
]


def _translated(field, values):
    return {
        build_localized_fieldname(field, code): value
        for code, value in values.items()
        if value is not None
    }


def _seed_files(tool, data, factsheet_title, created):
    """Attach the generated PDFs: all of them for a new tool, and any whose
    stored file has gone missing. A file an editor removed stays removed."""
    changed = False
    for code, paragraphs in data["pdf"].items():
        current = tool.file_in(code)
        if current and current.storage.exists(current.name):
            continue
        if not current and not created:
            continue
        content = build_pdf(
            title=data["title"].get(code) or data["title"]["en"],
            kicker=factsheet_title.get(code) or factsheet_title["en"],
            paragraphs=paragraphs,
            language=code,
        )
        setattr(tool, file_field_name(code), ContentFile(content, name=f"{tool.slug}-{code}.pdf"))
        changed = True
    if changed:
        tool.full_clean()
        tool.save()
    return changed


def seed(command):
    new_factsheets = new_files = 0
    for data in FACTSHEETS:
        factsheet, created = Factsheet.objects.get_or_create(
            slug_en=data["slug"]["en"],
            defaults={
                **_translated("slug", data["slug"]),
                **_translated("title", data["title"]),
                **_translated("summary", data["summary"]),
                **_translated(
                    "body",
                    {code: f"{text}\n\n{DEMO_NOTE[code]}" for code, text in data["body"].items()},
                ),
                "kind": data["kind"],
                "published_on": data["published_on"],
                "status": Status.PUBLISHED,
                "english_only": data.get("english_only", False),
            },
        )
        if created:
            new_factsheets += 1
            factsheet.related_guidelines.set(
                Guideline.objects.filter(number__in=data["guidelines"])
            )
        for order, tool_data in enumerate(data["tools"], start=1):
            tool, tool_created = Tool.objects.get_or_create(
                slug=tool_data["slug"],
                defaults={
                    "factsheet": factsheet,
                    **_translated("title", tool_data["title"]),
                    **_translated("description", tool_data["description"]),
                    "order": order,
                    "status": Status.PUBLISHED,
                },
            )
            if _seed_files(tool, tool_data, data["title"], tool_created):
                new_files += 1
    command.stdout.write(
        f"Factsheets: {new_factsheets} new sheet(s), {new_files} tool(s) given files "
        f"({len(FACTSHEETS)} sheets in the demo)."
    )
