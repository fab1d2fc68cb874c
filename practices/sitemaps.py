"""Sitemap entries for the repository: its pages and every published practice, in each language."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from practices.models import RepositoryPractice


class PracticePagesSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True
    changefreq = "weekly"

    def items(self):
        return ["practices:list", "practices:share"]

    def location(self, item):
        return reverse(item)


class RepositoryPracticeSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True
    changefreq = "monthly"

    def items(self):
        return RepositoryPractice.objects.published().order_by("pk")

    def lastmod(self, practice):
        return practice.updated_at
