import pytest

from tests.factories import (
    ConsultationFactory,
    CrisisPhaseFactory,
    FactsheetFactory,
    GuidelineFactory,
    GuidelinePracticeFactory,
    OutcomeDocumentFactory,
    PrincipleFactory,
    RepositoryPracticeFactory,
    StakeholderTypeFactory,
    ToolFactory,
)


@pytest.fixture
def content(db):
    """A little of everything, published, plus a draft of each kind."""
    phase = CrisisPhaseFactory(key="preparedness")
    states = StakeholderTypeFactory(key="states")
    host = StakeholderTypeFactory(key="host-states", parent=states)
    guideline = GuidelineFactory(number=1, phase=phase)
    GuidelineFactory(number=2, phase=phase, status="draft")
    GuidelinePracticeFactory(guideline=guideline, stakeholder_type=host)
    GuidelinePracticeFactory(guideline=guideline, stakeholder_type=states, status="draft")
    PrincipleFactory(number=1)
    PrincipleFactory(number=2, status="draft", title_en="Draft principle")
    practice = RepositoryPracticeFactory(
        countries=["SN"], guidelines=[guideline], phases=[phase], stakeholder_types=[host]
    )
    RepositoryPracticeFactory(title_en="Draft practice", status="draft", countries=["SN"])
    tool = ToolFactory()
    ToolFactory(factsheet=tool.factsheet, status="draft", title_en="Draft tool")
    FactsheetFactory(status="draft", title_en="Draft factsheet")
    document = OutcomeDocumentFactory()
    OutcomeDocumentFactory(consultation=document.consultation, status="draft")
    ConsultationFactory(status="draft", title_en="Draft consultation")
    return {"guideline": guideline, "practice": practice, "tool": tool, "document": document}
