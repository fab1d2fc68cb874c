"""The public pages the benchmark measures, found from the demo data (needs Django set up)."""

from django.urls import reverse
from django.utils import translation


def benchmark_pages(language="en"):
    """[(name, path)] for each page type the benchmark covers, in `language`
    (each page's own address there: translated slugs, no redirect)."""
    from consultations.models import Consultation
    from factsheets.models import Factsheet, Tool
    from guidelines.models import Guideline
    from practices.models import RepositoryPractice

    with translation.override(language):
        guideline = Guideline.objects.published().get(number=9)
        practice = RepositoryPractice.objects.published().filter(guidelines=guideline).first()
        factsheet = Factsheet.objects.published().order_by("-published_on").first()
        tool = Tool.objects.published().with_file_in("en").first()
        consultation = Consultation.objects.published().first()
        pages = [
            ("home", reverse("pages:home")),
            ("guidelines", reverse("guidelines:overview")),
            ("guideline", guideline.get_absolute_url()),
            ("practices", f"{reverse('practices:list')}?guideline=9&phase=emergency-response"),
            ("practice", practice.get_absolute_url()),
            ("factsheets", reverse("factsheets:list")),
            ("factsheet", factsheet.get_absolute_url()),
            ("consultations", reverse("consultations:list")),
            ("consultation", consultation.get_absolute_url()),
            ("search", f"{reverse('search:results')}?q=evacuation"),
            (
                "tool download",
                reverse(
                    "factsheets:tool_file",
                    kwargs={"slug": tool.slug, "language": "en", "action": "download"},
                ),
            ),
        ]
        return pages
