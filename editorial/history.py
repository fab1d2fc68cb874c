"""
Field-by-field comparison of two saved versions of a content item, and of
the rows saved with it (a guideline's practices, a factsheet's tools).

Reads django-reversion's versions only: used by the admin's compare page,
never by public pages.
"""

import difflib
import json
import re
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from django.db import models
from django.utils import formats, timezone
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from django.utils.text import normalize_newlines
from django.utils.translation import gettext_lazy as _

from editorial.languages import language_file_names, translated_field_names

# Bookkeeping that changes on every save and means nothing to an editor.
IGNORED_FIELDS = {"created_at", "updated_at", "translation_outdated_fields"}

_TOKENS = re.compile(r"\s+|\w+|[^\w\s]")


@dataclass
class FieldChange:
    label: str
    old: str
    new: str


@dataclass
class RowChange:
    """One inline row: added, removed or changed between the two versions."""

    label: str
    state: str  # "added", "removed" or "changed"
    changes: list = field(default_factory=list)

    @property
    def state_display(self):
        return {"added": _("added"), "removed": _("removed"), "changed": _("changed")}[self.state]


@dataclass
class RowGroup:
    title: str
    rows: list


def compared_fields(model):
    """The fields an editor recognises: every language's column of a
    translated field (title [en], title [fr]) but not modeltranslation's
    original column, which only mirrors one of them."""
    originals = set(translated_field_names(model)) | set(language_file_names(model))
    return [
        f
        for f in (*model._meta.concrete_fields, *model._meta.many_to_many)
        if not f.primary_key and f.name not in originals and f.name not in IGNORED_FIELDS
    ]


def word_diff(old, new):
    """Both texts as HTML, with removed words in <del> and added words in <ins>."""
    a, b = _TOKENS.findall(old), _TOKENS.findall(new)
    old_parts, new_parts = [], []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        removed, added = "".join(a[i1:i2]), "".join(b[j1:j2])
        if op == "equal":
            old_parts.append(escape(removed))
            new_parts.append(escape(added))
            continue
        if removed:
            old_parts.append(format_html("<del>{}</del>", removed))
        if added:
            new_parts.append(format_html("<ins>{}</ins>", added))
    return mark_safe("".join(old_parts)), mark_safe("".join(new_parts))


class ValueFormatter:
    """Shows stored values as editors know them, resolving related objects in
    one query per relation."""

    def __init__(self, model, dicts):
        self.related = {}
        for f in compared_fields(model):
            if not f.is_relation:
                continue
            ids = set()
            for values in dicts:
                value = values.get(f.attname)
                if f.many_to_many:
                    ids.update(value or [])
                elif value is not None:
                    ids.add(value)
            if ids:
                self.related[f.name] = f.related_model._base_manager.in_bulk(ids)

    def value(self, f, values):
        raw = values.get(f.attname)
        if f.many_to_many:
            objects = self.related.get(f.name, {})
            return ", ".join(str(objects.get(pk, pk)) for pk in raw or [])
        if f.many_to_one:
            return "" if raw is None else str(self.related.get(f.name, {}).get(raw, raw))
        if raw in (None, ""):
            return ""
        if isinstance(f, models.FileField):
            return PurePosixPath(str(raw)).name
        if isinstance(f, models.BooleanField):
            return str(_("Yes") if raw else _("No"))
        if f.choices:
            return str(dict(f.flatchoices).get(raw, raw))
        if isinstance(f, models.DateTimeField):
            return formats.date_format(timezone.localtime(raw), "DATETIME_FORMAT")
        return normalize_newlines(str(raw))


def field_changes(model, old_values, new_values, formatter):
    changes = []
    for f in compared_fields(model):
        old, new = formatter.value(f, old_values), formatter.value(f, new_values)
        if old == new:
            continue
        if old and new and isinstance(f, (models.CharField, models.TextField)):
            old_html, new_html = word_diff(old, new)
        else:
            old_html, new_html = escape(old), escape(new)
        changes.append(FieldChange(str(f.verbose_name), old_html, new_html))
    return changes


def version_changes(old_version, new_version):
    """What changed in the item itself between two of its versions."""
    model = new_version._model
    old_values, new_values = old_version.field_dict, new_version.field_dict
    formatter = ValueFormatter(model, [old_values, new_values])
    return field_changes(model, old_values, new_values, formatter)


def row_changes(old_version, new_version):
    """What changed in the rows saved with the item (grouped by kind of row)."""
    main_key = (new_version.content_type_id, new_version.object_id)

    def rows(version):
        return {
            (v.content_type_id, v.object_id): v
            for v in version.revision.version_set.select_related("content_type")
            if (v.content_type_id, v.object_id) != main_key
        }

    old_rows, new_rows = rows(old_version), rows(new_version)
    groups = {}
    for key in sorted(old_rows.keys() | new_rows.keys(), key=lambda k: (k[0], int_or_str(k[1]))):
        old, new = old_rows.get(key), new_rows.get(key)
        model = (new or old)._model
        if old is None:
            row = RowChange(new.object_repr, "added")
        elif new is None:
            row = RowChange(old.object_repr, "removed")
        else:
            old_values, new_values = old.field_dict, new.field_dict
            formatter = ValueFormatter(model, [old_values, new_values])
            changes = field_changes(model, old_values, new_values, formatter)
            if not changes:
                continue
            row = RowChange(new.object_repr, "changed", changes)
        groups.setdefault(model, []).append(row)
    return [
        RowGroup(str(model._meta.verbose_name_plural).capitalize(), rows)
        for model, rows in groups.items()
    ]


def int_or_str(value):
    return (0, int(value), "") if str(value).isdigit() else (1, 0, str(value))


# A proposed change next to the published item ----------------------------------


@dataclass
class _Row:
    model: type
    label: str
    values: dict


def _rows(data):
    """{key: _Row} of the objects of a PendingChange-style `data`; rows without
    a primary key (created by the change) get keys of their own."""
    from django.core import serializers

    rows = {}
    for index, item in enumerate(serializers.deserialize("json", json.dumps(data["objects"]))):
        obj = item.object
        values = {f.attname: getattr(obj, f.attname) for f in obj._meta.concrete_fields}
        values.update({name: list(pks) for name, pks in (item.m2m_data or {}).items()})
        key = (obj._meta.label_lower, str(obj.pk) if obj.pk is not None else f"new-{index}")
        rows[key] = _Row(type(obj), str(obj), values)
    return rows


def data_changes(live, proposed):
    """(changes of the item, [RowGroup]) between two serialized versions of an
    item, e.g. the published one and an editor's proposed change: every field
    in every language, with words removed and added marked."""
    old_rows, new_rows = _rows(live), _rows(proposed)
    main_key = next(iter(new_rows))
    main_old, main_new = old_rows.get(main_key), new_rows[main_key]
    model = main_new.model
    formatter = ValueFormatter(model, [main_old.values if main_old else {}, main_new.values])
    changes = field_changes(model, main_old.values if main_old else {}, main_new.values, formatter)
    groups = {}
    for key in [k for k in {**old_rows, **new_rows} if k != main_key]:
        old, new = old_rows.get(key), new_rows.get(key)
        row_model = (new or old).model
        if old is None:
            row = RowChange(new.label, "added")
        elif new is None:
            row = RowChange(old.label, "removed")
        else:
            row_formatter = ValueFormatter(row_model, [old.values, new.values])
            row_fields = field_changes(row_model, old.values, new.values, row_formatter)
            if not row_fields:
                continue
            row = RowChange(new.label, "changed", row_fields)
        groups.setdefault(row_model, []).append(row)
    return changes, [
        RowGroup(str(m._meta.verbose_name_plural).capitalize(), rows) for m, rows in groups.items()
    ]
