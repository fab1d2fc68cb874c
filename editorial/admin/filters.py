"""List filters of the editorial admin."""

from django.contrib import admin
from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext_lazy as _

from editorial import dashboard


class PublicationFilter(admin.SimpleListFilter):
    title = _("publication")
    parameter_name = "publication"

    def lookups(self, request, model_admin):
        return [("public", _("Public now")), ("scheduled", _("Scheduled"))]

    def queryset(self, request, queryset):
        if self.value() == "public":
            return queryset.published()
        if self.value() == "scheduled":
            return queryset.scheduled()
        return queryset


class TranslationOutdatedFilter(admin.SimpleListFilter):
    title = _("French translation")
    parameter_name = "translation"

    def lookups(self, request, model_admin):
        return [("outdated", _("Possibly outdated"))]

    def queryset(self, request, queryset):
        if self.value() == "outdated":
            return queryset.translation_outdated()
        return queryset


class ContentTypeFilter(admin.SimpleListFilter):
    title = _("content type")
    parameter_name = "type"

    def lookups(self, request, model_admin):
        return [
            (
                ContentType.objects.get_for_model(model).pk,
                str(model._meta.verbose_name_plural).capitalize(),
            )
            for model in dashboard.content_models()
        ]

    def queryset(self, request, queryset):
        if self.value() and str(self.value()).isdigit():
            return queryset.filter(version__content_type_id=int(self.value())).distinct()
        return queryset
