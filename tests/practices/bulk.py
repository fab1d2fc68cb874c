"""Many practices at once (bulk inserts), for the constant-query tests at 10x the demo data."""

import itertools

from editorial.models import Status
from practices.models import PracticeCountry, PracticeType, RepositoryPractice

COUNTRIES = ["SN", "PH", "LB", "TH", "MX", "KE", "FR", "IT", "NP", "HT", "EC", "JO"]


def make_practices(taxonomy, count):
    guidelines = list(taxonomy.guidelines.values())
    phases = list(taxonomy.phases.values())
    stakeholders = list(taxonomy.stakeholders.values())
    types = list(PracticeType.values)
    practices = RepositoryPractice.objects.bulk_create(
        RepositoryPractice(
            status=Status.PUBLISHED,
            title_en=f"Bulk practice {i}",
            title_fr=f"Pratique en nombre {i}",
            slug_en=f"bulk-practice-{i}",
            slug_fr=f"pratique-en-nombre-{i}",
            description_en="Described.",
            description_fr="Décrite.",
            practice_type=types[i % len(types)],
            crisis_conflict=i % 2 == 0,
            crisis_natural_disaster=i % 3 == 0,
            is_example=True,
        )
        for i in range(count)
    )
    through = RepositoryPractice.guidelines.through
    through.objects.bulk_create(
        through(repositorypractice=practice, guideline=guideline)
        for i, practice in enumerate(practices)
        for guideline in {guidelines[i % 15], guidelines[(i * 7) % 15]}
    )
    through = RepositoryPractice.phases.through
    through.objects.bulk_create(
        through(repositorypractice=practice, crisisphase=phases[i % 3])
        for i, practice in enumerate(practices)
    )
    through = RepositoryPractice.stakeholder_types.through
    through.objects.bulk_create(
        through(repositorypractice=practice, stakeholdertype=kind)
        for i, practice in enumerate(practices)
        for kind in {stakeholders[i % len(stakeholders)], stakeholders[(i * 5) % len(stakeholders)]}
    )
    cycle = itertools.cycle(COUNTRIES)
    places = []
    for i, practice in enumerate(practices):
        codes = {next(cycle), next(cycle)} if i % 4 else {next(cycle)}
        places.extend(PracticeCountry(practice=practice, country=code) for code in codes)
    PracticeCountry.objects.bulk_create(places)
    return practices
