from types import SimpleNamespace

import pytest

from demo.loader import Loader, guideline_defaults, read
from guidelines.models import CrisisPhase, Guideline, StakeholderType
from tests.editorial.conftest import editor, editor_client, publisher  # noqa: F401 (fixtures)

GUIDELINES = read("guidelines")["guideline"]


@pytest.fixture
def taxonomy(db):
    """The real MICIC taxonomies, as seed_demo loads them: the phases, the
    stakeholder types and the 15 Guidelines, without the principles and the
    Guidelines' practices seed_demo adds (none of these tests reads them, and
    loading them cost 0.2 s a test)."""
    Loader().phases()
    phases = {phase.key: phase for phase in CrisisPhase.objects.all()}
    guidelines = Guideline.objects.bulk_create(
        Guideline(number=item["number"], **guideline_defaults(item, phases)) for item in GUIDELINES
    )
    return SimpleNamespace(
        phases=phases,
        stakeholders={kind.key: kind for kind in StakeholderType.objects.all()},
        guidelines={guideline.number: guideline for guideline in guidelines},
    )


@pytest.fixture
def valid_data(taxonomy):
    """A share-form post that passes every check."""
    return {
        "submitter_name": "Grace Mensah",
        "organisation": "Coastal Workers' Union",
        "email": "grace.mensah@example.org",
        "submitter_country": "GH",
        "title": "Union phone tree for dock workers",
        "description": (
            "Shift leaders call ten foreign dock workers each when a storm warning is "
            "issued, and tell them where to shelter."
        ),
        "stakeholder_type": taxonomy.stakeholders["civil-society"].pk,
        "country": "GH",
        "crisis_types": ["natural-disaster"],
        "phases": [taxonomy.phases["preparedness"].pk],
        "guidelines": [taxonomy.guidelines[6].pk, taxonomy.guidelines[9].pk],
        "links": "https://example.org/phone-tree Phone tree guide",
        "language": "en",
        "consent_to_publish": "on",
        "website": "",
    }
