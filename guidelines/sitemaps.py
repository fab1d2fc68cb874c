from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from guidelines.models import Guideline, Principle


class GuidelinesSitemap(Sitemap):
    """The overview, then every published Principle and Guideline, in each language
    (each with its own translated slug)."""

    i18n = True
    alternates = True
    x_default = True
    changefreq = "monthly"

    def items(self):
        return [
            "guidelines:overview",
            *Principle.objects.published().order_by("number"),
            *Guideline.objects.published().order_by("number"),
        ]

    def location(self, item):
        if isinstance(item, str):
            return reverse(item)
        return item.get_absolute_url()

    def lastmod(self, item):
        return None if isinstance(item, str) else item.updated_at
