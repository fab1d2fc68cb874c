"""
Demo content for the Guidelines, in English and French, written for this
portal from the structure of the MICIC Guidelines (numbering, phases,
thematic areas); the longer texts are in guidelines/demo_content.py.

Seeding is idempotent and never overwrites an editor's work: it creates what
is missing, fills a text field only while it is still empty (databases seeded
before the texts existed), and adds practices only to a guideline that has
none.
"""

from django.utils.text import slugify

from editorial.models import Status
from guidelines.demo_content import GUIDELINE_TEXTS, PRINCIPLE_BODIES
from guidelines.models import (
    CrisisPhase,
    Guideline,
    GuidelinePractice,
    Principle,
    StakeholderType,
)

PHASES = [
    # key, order, (en, fr) name, (en, fr) description
    (
        "preparedness",
        1,
        ("Preparedness", "Préparation"),
        (
            "What to put in place before a crisis, so that migrants are counted, "
            "informed and included when it comes.",
            "Ce qu'il faut mettre en place avant une crise pour que les migrants soient "
            "recensés, informés et pris en compte le moment venu.",
        ),
    ),
    (
        "emergency-response",
        2,
        ("Emergency response", "Intervention d'urgence"),
        (
            "What to do while a crisis unfolds: reach migrants, help them to safety and "
            "assist them without discrimination.",
            "Ce qu'il faut faire pendant la crise : joindre les migrants, les aider à se "
            "mettre en sécurité et les assister sans discrimination.",
        ),
    ),
    (
        "post-crisis",
        3,
        ("Post-crisis", "Après la crise"),
        (
            "What to do once the emergency is over: meet lasting needs and help migrants "
            "and the communities that host them recover.",
            "Ce qu'il faut faire une fois l'urgence passée : répondre aux besoins durables "
            "et aider les migrants et leurs communautés d'accueil à se relever.",
        ),
    ),
]

# key, parent key, order, (en, fr)
STAKEHOLDER_TYPES = [
    ("states", None, 10, ("States", "États")),
    ("host-states", "states", 11, ("Host States", "États d'accueil")),
    ("states-of-origin", "states", 12, ("States of origin", "États d'origine")),
    ("transit-states", "states", 13, ("Transit States", "États de transit")),
    ("private-sector", None, 20, ("Private sector", "Secteur privé")),
    ("employers", "private-sector", 21, ("Employers", "Employeurs")),
    ("recruiters", "private-sector", 22, ("Recruiters", "Recruteurs")),
    ("service-providers", "private-sector", 23, ("Service providers", "Prestataires de services")),
    ("civil-society", None, 30, ("Civil society", "Société civile")),
    (
        "migrant-diaspora-groups",
        "civil-society",
        31,
        ("Migrant and diaspora groups", "Associations de migrants et de la diaspora"),
    ),
    (
        "international-organizations",
        None,
        40,
        ("International organisations", "Organisations internationales"),
    ),
    ("multiple-stakeholders", None, 50, ("Multiple stakeholders", "Acteurs multiples")),
]

# number, (en, fr) short label, (en, fr) title
PRINCIPLES = [
    (
        1,
        ("Save lives first", "Sauver des vies avant tout"),
        (
            "Saving lives comes before anything else",
            "Sauver des vies passe avant toute autre considération",
        ),
    ),
    (
        2,
        ("Rights for every migrant", "Des droits pour chaque migrant"),
        (
            "Every migrant has rights, whatever their status",
            "Chaque migrant a des droits, quel que soit son statut",
        ),
    ),
    (
        3,
        ("States bear primary responsibility", "La responsabilité première des États"),
        (
            "States carry the first responsibility to protect and assist",
            "Il incombe d'abord aux États de protéger et d'assister",
        ),
    ),
    (
        4,
        ("Roles of non-State actors", "Le rôle des acteurs non étatiques"),
        (
            "Businesses, civil society and international organisations each have a part to play",
            "Entreprises, société civile et organisations internationales "
            "ont chacune un rôle à jouer",
        ),
    ),
    (
        5,
        ("Guided by humanitarian principles", "Guidés par les principes humanitaires"),
        (
            "Humanitarian principles guide every response",
            "Les principes humanitaires guident toute intervention",
        ),
    ),
    (
        6,
        ("Empower migrants", "Donner aux migrants les moyens d'agir"),
        (
            "Migrants are actors, not only recipients of aid",
            "Les migrants sont des acteurs, pas seulement des bénéficiaires de l'aide",
        ),
    ),
    (
        7,
        ("Speak positively about migrants", "Parler positivement des migrants"),
        (
            "Public messages should recognise what migrants contribute",
            "La communication publique doit reconnaître ce qu'apportent les migrants",
        ),
    ),
    (
        8,
        ("Act at every level", "Agir à tous les niveaux"),
        (
            "Action is needed locally, nationally, regionally and internationally",
            "Il faut agir aux niveaux local, national, régional et international",
        ),
    ),
    (
        9,
        ("Cooperate", "Coopérer"),
        (
            "No single actor can protect migrants alone",
            "Aucun acteur ne peut protéger seul les migrants",
        ),
    ),
    (
        10,
        ("Learn and innovate", "Apprendre et innover"),
        (
            "Each crisis should leave us better prepared for the next",
            "Chaque crise doit nous laisser mieux préparés pour la suivante",
        ),
    ),
]

# number, phase key, (en, fr) short label, (en, fr) thematic area
GUIDELINES = [
    (
        1,
        "preparedness",
        (
            "Monitor crises and their impact on migrants",
            "Surveiller les crises et leurs effets sur les migrants",
        ),
        ("Information on crises", "Information sur les crises"),
    ),
    (
        2,
        "preparedness",
        (
            "Collect and share migrant data, with privacy safeguards",
            "Recueillir et partager les données sur les migrants, en protégeant la vie privée",
        ),
        ("Information on migrants", "Information sur les migrants"),
    ),
    (
        3,
        "preparedness",
        (
            "Empower migrants to help themselves",
            "Donner aux migrants les moyens de se prendre en charge",
        ),
        ("Empowering migrants", "Autonomisation des migrants"),
    ),
    (
        4,
        "preparedness",
        (
            "Include migrants in prevention and response systems",
            "Intégrer les migrants aux systèmes de prévention et d'intervention",
        ),
        (
            "Preparedness and emergency response systems",
            "Systèmes de préparation et d'intervention d'urgence",
        ),
    ),
    (
        5,
        "preparedness",
        (
            "Make contingency planning migrant-inclusive",
            "Tenir compte des migrants dans la planification d'urgence",
        ),
        ("Contingency planning", "Planification d'urgence"),
    ),
    (
        6,
        "preparedness",
        ("Communicate with migrants", "Communiquer avec les migrants"),
        ("Communication before a crisis", "Communication avant une crise"),
    ),
    (
        7,
        "preparedness",
        ("Set up coordination arrangements in advance", "Organiser la coordination à l'avance"),
        ("Coordination", "Coordination"),
    ),
    (
        8,
        "preparedness",
        ("Build capacity and learn lessons", "Renforcer les capacités et tirer les leçons"),
        ("Capacity building", "Renforcement des capacités"),
    ),
    (
        9,
        "emergency-response",
        (
            "Communicate often, through many channels",
            "Communiquer souvent, par de multiples canaux",
        ),
        ("Communication during a crisis", "Communication pendant une crise"),
    ),
    (
        10,
        "emergency-response",
        ("Help migrants move to safety", "Aider les migrants à se mettre en sécurité"),
        ("Facilitating movement to safety", "Faciliter le déplacement vers la sécurité"),
    ),
    (
        11,
        "emergency-response",
        ("Give aid without discrimination", "Apporter une aide sans discrimination"),
        ("Provision of humanitarian assistance", "Fourniture de l'aide humanitaire"),
    ),
    (
        12,
        "emergency-response",
        ("Set clear referral procedures", "Établir des procédures d'orientation claires"),
        ("Referral procedures", "Procédures d'orientation"),
    ),
    (
        13,
        "emergency-response",
        ("Relocate and evacuate", "Relocaliser et évacuer"),
        ("Relocation and evacuation", "Relocalisation et évacuation"),
    ),
    (
        14,
        "post-crisis",
        (
            "Meet immediate needs and help migrants rebuild their lives",
            "Répondre aux besoins immédiats et aider les migrants à reconstruire leur vie",
        ),
        ("Support migrants' recovery", "Soutenir le relèvement des migrants"),
    ),
    (
        15,
        "post-crisis",
        ("Support host-community recovery", "Soutenir le relèvement des communautés d'accueil"),
        (
            "Support recovery of host communities",
            "Soutenir le relèvement des communautés d'accueil",
        ),
    ),
]


def _bilingual(field, pair):
    return {f"{field}_en": pair[0], f"{field}_fr": pair[1]}


def _fill_empty(obj, values):
    """Set the fields of `obj` that are still empty; save only if one was. Returns True if saved."""
    empty = {field: value for field, value in values.items() if not getattr(obj, field)}
    if not empty:
        return False
    for field, value in empty.items():
        setattr(obj, field, value)
    obj.save()
    return True


def seed(command):
    phases = {}
    for key, order, name, description in PHASES:
        phases[key], _created = CrisisPhase.objects.get_or_create(
            key=key,
            defaults={
                "order": order,
                **_bilingual("name", name),
                **_bilingual("description", description),
            },
        )

    stakeholder_types = {}
    for key, parent_key, order, name in STAKEHOLDER_TYPES:
        stakeholder_types[key], _created = StakeholderType.objects.get_or_create(
            key=key,
            defaults={
                "order": order,
                "parent": stakeholder_types.get(parent_key),
                **_bilingual("name", name),
            },
        )

    filled = 0
    for number, short_label, title in PRINCIPLES:
        texts = _bilingual("body", PRINCIPLE_BODIES[number])
        principle, created = Principle.objects.get_or_create(
            number=number,
            defaults={
                "status": Status.PUBLISHED,
                **_bilingual("short_label", short_label),
                **_bilingual("title", title),
                "slug_en": slugify(short_label[0]),
                "slug_fr": slugify(short_label[1]),
                **texts,
            },
        )
        if not created:
            filled += _fill_empty(principle, texts)

    new_practices = 0
    for number, phase_key, short_label, thematic_area in GUIDELINES:
        text = GUIDELINE_TEXTS[number]
        texts = {**_bilingual("summary", text["summary"]), **_bilingual("body", text["body"])}
        guideline, created = Guideline.objects.get_or_create(
            number=number,
            defaults={
                "status": Status.PUBLISHED,
                "phase": phases[phase_key],
                **_bilingual("short_label", short_label),
                **_bilingual("title", text["title"]),
                **_bilingual("thematic_area", thematic_area),
                "slug_en": slugify(short_label[0]),
                "slug_fr": slugify(short_label[1]),
                **texts,
            },
        )
        if not created:
            filled += _fill_empty(guideline, texts)
        if not guideline.practices.exists():
            GuidelinePractice.objects.bulk_create(
                GuidelinePractice(
                    guideline=guideline,
                    stakeholder_type=stakeholder_types[stakeholder_key],
                    status=Status.PUBLISHED,
                    order=(index + 1) * 10,
                    **_bilingual("title", title),
                    **_bilingual("body", body),
                )
                for index, (stakeholder_key, title, body) in enumerate(text["practices"])
            )
            new_practices += len(text["practices"])

    command.stdout.write(
        f"Guidelines: {CrisisPhase.objects.count()} phases, "
        f"{StakeholderType.objects.count()} stakeholder types, "
        f"{Principle.objects.count()} principles, {Guideline.objects.count()} guidelines, "
        f"{GuidelinePractice.objects.count()} guideline practices "
        f"({new_practices} practices added, {filled} empty texts filled)."
    )
