from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from factsheets.models import Factsheet


class FactsheetSitemap(Sitemap):
    """The factsheet list and every published factsheet, in each language."""

    i18n = True
    alternates = True
    x_default = True
    changefreq = "monthly"

    def items(self):
        return ["factsheets:list", *Factsheet.objects.published().order_by("pk")]

    def location(self, item):
        return reverse(item) if isinstance(item, str) else item.get_absolute_url()

    def lastmod(self, item):
        return None if isinstance(item, str) else item.updated_at
