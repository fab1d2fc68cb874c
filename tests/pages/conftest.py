import pytest
from django.urls import reverse

from tests.factories import (
    ConsultationFactory,
    FactsheetFactory,
    GuidelineFactory,
    PrincipleFactory,
    RepositoryPracticeFactory,
)

DETAIL_PAGE_TYPES = (
    "guideline",
    "principle",
    "practice",
    "factsheet",
    "consultation",
    "civil society",
    "accessibility",
    "privacy",
)


@pytest.fixture
def page_types():
    """One address per public page type (url name and kwargs)."""
    guideline = GuidelineFactory(number=3)
    principle = PrincipleFactory(number=1)
    practice = RepositoryPracticeFactory()
    factsheet = FactsheetFactory()
    consultation = ConsultationFactory()
    return {
        "home": lambda: reverse("pages:home"),
        "about": lambda: reverse("pages:about"),
        "overview": lambda: reverse("guidelines:overview"),
        "guideline": guideline.get_absolute_url,
        "principle": principle.get_absolute_url,
        "repository": lambda: reverse("practices:list"),
        "practice": practice.get_absolute_url,
        "share": lambda: reverse("practices:share"),
        "factsheets": lambda: reverse("factsheets:list"),
        "factsheet": factsheet.get_absolute_url,
        "consultations": lambda: reverse("consultations:list"),
        "consultation": consultation.get_absolute_url,
        "civil society": lambda: reverse("consultations:civil_society"),
        "search": lambda: reverse("search:results") + "?q=migrants",
        "accessibility": lambda: reverse("pages:accessibility"),
        "privacy": lambda: reverse("pages:privacy"),
    }


@pytest.fixture(autouse=True)
def _forget_local_page_copies():
    """Each test starts without the pages a worker keeps in its own memory."""
    from pages.cache import local_copies

    local_copies.clear()
