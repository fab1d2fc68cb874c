from django.contrib.sitemaps import Sitemap
from django.urls import reverse


class ToolkitSitemap(Sitemap):
    """The Guidelines in Action, toolkit and trainings pages, in each language
    (their documents and trainings are sections of these pages)."""

    i18n = True
    alternates = True
    x_default = True
    changefreq = "monthly"

    def items(self):
        return ["toolkit:guidelines_in_action", "toolkit:toolkit", "toolkit:trainings"]

    def location(self, item):
        return reverse(item)
