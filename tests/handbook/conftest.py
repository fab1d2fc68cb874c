import pytest

from tests.factories import (
    CrisisPhaseFactory,
    GuidelineFactory,
    GuidelinePracticeFactory,
    PrincipleFactory,
    StakeholderTypeFactory,
    ToolFactory,
)

PHASE_OF = {**dict.fromkeys(range(1, 9), 0), **dict.fromkeys(range(9, 14), 1), 14: 2, 15: 2}


@pytest.fixture
def framework(db):
    """A small but whole framework: 3 phases, 2 principles, 15 guidelines with
    distinct titles (15 in English only), one practice per guideline for each of
    two roles, and a tool sheet related to guideline 1."""
    phases = [
        CrisisPhaseFactory(
            key="preparedness", order=1, name_en="Preparedness", name_fr="Préparation"
        ),
        CrisisPhaseFactory(
            key="emergency-response", order=2, name_en="Emergency", name_fr="Urgence"
        ),
        CrisisPhaseFactory(
            key="post-crisis", order=3, name_en="Post-crisis", name_fr="Après-crise"
        ),
    ]
    host = StakeholderTypeFactory(key="host-states", name_en="Host States", name_fr="États hôtes")
    employers = StakeholderTypeFactory(key="employers", name_en="Employers", name_fr="Employeurs")
    PrincipleFactory(number=1, title_en="Save lives first", title_fr="Sauver des vies d’abord")
    PrincipleFactory(number=2, title_en="Rights for all", title_fr="Des droits pour tous")
    guidelines = []
    for number in range(1, 16):
        guideline = GuidelineFactory(
            number=number,
            phase=phases[PHASE_OF[number]],
            title_en=f"Handbook guideline {number} in English",
            title_fr="" if number == 15 else f"Ligne directrice {number} en français",
            slug_en=f"hg-{number}",
            slug_fr=f"ld-{number}",
        )
        GuidelinePracticeFactory(
            guideline=guideline,
            stakeholder_type=host,
            title_en=f"Host practice {number}",
            title_fr=f"Pratique hôte {number}",
        )
        GuidelinePracticeFactory(
            guideline=guideline,
            stakeholder_type=employers,
            title_en=f"Employer practice {number}",
            title_fr=f"Pratique employeur {number}",
        )
        guidelines.append(guideline)
    tool = ToolFactory(
        slug="host-checklist", title_en="Host checklist", title_fr="Liste hôte", file_fr=""
    )
    tool.factsheet.related_guidelines.add(guidelines[0])
    return {"phases": phases, "host": host, "employers": employers, "guidelines": guidelines}
