"""The French interface is complete, compiled and actually used."""

from pathlib import Path

import polib
from django.conf import settings
from django.utils import translation

PO_FILE = Path(settings.BASE_DIR) / "locale" / "fr" / "LC_MESSAGES" / "django.po"


def test_french_catalogue_has_no_untranslated_or_fuzzy_entries():
    po = polib.pofile(str(PO_FILE))

    assert po.untranslated_entries() == []
    assert [entry.msgid for entry in po.fuzzy_entries()] == []
    assert not po.metadata_is_fuzzy
    assert len(po.translated_entries()) > 100


def test_french_catalogue_keeps_placeholders():
    po = polib.pofile(str(PO_FILE))

    for entry in po.translated_entries():
        # Plural entries keep their translations in msgstr_plural (form 0 = singular).
        if entry.msgid_plural:
            pairs = [
                (entry.msgid if form == 0 else entry.msgid_plural, text)
                for form, text in entry.msgstr_plural.items()
            ]
        else:
            pairs = [(entry.msgid, entry.msgstr)]
        for source, translation_ in pairs:
            for placeholder in ("%(", "{{", "<a "):
                assert source.count(placeholder) == translation_.count(placeholder), entry.msgid


def test_french_interface_strings_are_served():
    with translation.override("fr"):
        assert translation.gettext("Skip to main content") == "Aller au contenu principal"
        assert translation.gettext("Repository of practices") == "Répertoire des pratiques"
