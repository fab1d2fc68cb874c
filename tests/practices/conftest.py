from types import SimpleNamespace

import pytest

from demo.loader import Loader
from guidelines.models import CrisisPhase, Guideline, StakeholderType
from tests.editorial.conftest import editor, editor_client, publisher  # noqa: F401 (fixtures)


@pytest.fixture
def taxonomy(db):
    """The real MICIC taxonomies (phases, stakeholder types, 15 guidelines), as seeded."""
    Loader().framework()
    return SimpleNamespace(
        phases={phase.key: phase for phase in CrisisPhase.objects.all()},
        stakeholders={kind.key: kind for kind in StakeholderType.objects.all()},
        guidelines={guideline.number: guideline for guideline in Guideline.objects.all()},
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
