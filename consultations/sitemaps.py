from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from consultations.models import Consultation


class ConsultationSitemap(Sitemap):
    """The timeline, the process page and every published consultation, in each language."""

    i18n = True
    alternates = True
    x_default = True
    changefreq = "yearly"

    def items(self):
        return [
            "consultations:list",
            "consultations:process",
            *Consultation.objects.published().order_by("pk"),
        ]

    def location(self, item):
        return reverse(item) if isinstance(item, str) else item.get_absolute_url()

    def lastmod(self, item):
        return None if isinstance(item, str) else item.updated_at
