import pytest

from tests.factories import CrisisPhaseFactory, StakeholderTypeFactory


@pytest.fixture
def phases(db):
    return {
        key: CrisisPhaseFactory(key=key, order=order, name_en=name_en, name_fr=name_fr)
        for key, order, name_en, name_fr in [
            ("preparedness", 1, "Preparedness", "Préparation"),
            ("emergency-response", 2, "Emergency response", "Intervention d'urgence"),
            ("post-crisis", 3, "Post-crisis", "Après la crise"),
        ]
    }


@pytest.fixture
def stakeholders(db):
    """A small two-level stakeholder tree, keyed like the real one."""
    states = StakeholderTypeFactory(key="states", name_en="States", name_fr="États", order=10)
    private = StakeholderTypeFactory(
        key="private-sector", name_en="Private sector", name_fr="Secteur privé", order=20
    )
    return {
        "states": states,
        "host-states": StakeholderTypeFactory(
            key="host-states",
            name_en="Host States",
            name_fr="États d'accueil",
            parent=states,
            order=11,
        ),
        "private-sector": private,
        "employers": StakeholderTypeFactory(
            key="employers", name_en="Employers", name_fr="Employeurs", parent=private, order=21
        ),
        "multiple-stakeholders": StakeholderTypeFactory(
            key="multiple-stakeholders",
            name_en="Multiple stakeholders",
            name_fr="Acteurs multiples",
            order=50,
        ),
    }
