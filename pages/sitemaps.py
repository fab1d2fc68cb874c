"""The sitemap, with every URL in both languages and hreflang alternates."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from consultations.sitemaps import ConsultationSitemap
from factsheets.sitemaps import FactsheetSitemap
from guidelines.sitemaps import GuidelinesSitemap
from practices.sitemaps import PracticePagesSitemap, RepositoryPracticeSitemap
from toolkit.sitemaps import ToolkitSitemap


class StaticPageSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True
    changefreq = "monthly"

    def items(self):
        return [
            "pages:home",
            "pages:about",
            "pages:accessibility",
            "pages:privacy",
            "consultations:civil_society",
        ]

    def location(self, item):
        return reverse(item)


sitemaps = {
    "pages": StaticPageSitemap,
    "guidelines": GuidelinesSitemap,
    "factsheets": FactsheetSitemap,
    "practices-pages": PracticePagesSitemap,
    "practices": RepositoryPracticeSitemap,
    "consultations": ConsultationSitemap,
    "toolkit": ToolkitSitemap,
}
