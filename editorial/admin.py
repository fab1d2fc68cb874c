"""Admin building blocks shared by every content type."""

from django.conf import settings
from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin

from editorial.languages import missing_translations

PUBLICATION_FIELDS = ("status", "publish_at", "english_only")


class PublishableAdmin(TabbedTranslationAdmin):
    """Tabbed EN/FR editing with publication fields and a French-completeness column."""

    list_filter = ("status",)
    readonly_fields = ("created_at", "updated_at")
    save_on_top = True

    @admin.display(description=_("French complete"), boolean=True)
    def french_complete(self, obj):
        return not any(
            missing_translations(obj, code)
            for code, _name in settings.LANGUAGES
            if code != settings.MODELTRANSLATION_DEFAULT_LANGUAGE
        )
