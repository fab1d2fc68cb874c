"""factory_boy factories, one module per app, re-exported here."""

from tests.factories.consultations import (  # noqa: F401
    ConsultationFactory,
    OutcomeDocumentFactory,
)
from tests.factories.factsheets import FactsheetFactory, ToolFactory  # noqa: F401
from tests.factories.guidelines import (  # noqa: F401
    CrisisPhaseFactory,
    GuidelineFactory,
    GuidelinePracticeFactory,
    PrincipleFactory,
    StakeholderTypeFactory,
)
from tests.factories.practices import (  # noqa: F401
    PracticeSubmissionFactory,
    RepositoryPracticeFactory,
)
from tests.factories.toolkit import (  # noqa: F401
    GuidelinesInActionFactory,
    ToolkitItemFactory,
    TrainingFactory,
)
