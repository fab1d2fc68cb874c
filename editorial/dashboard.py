"""
The translation dashboard's numbers and lists, for every content type.

Each content type costs a fixed number of queries whatever its size: one
aggregate for its counts, one (paginated) query for its items needing
attention. The conditions are the SQL twins of editorial.languages.
"""

from dataclasses import dataclass, field

from django.contrib import admin
from django.db.models import Count, Q
from django.urls import NoReverseMatch, reverse

from editorial.languages import (
    missing_files,
    missing_files_q,
    missing_translations,
    missing_translations_q,
    translated_values,
)
from editorial.models import publishable_models
from editorial.services import translation_outdated_labels

PROBLEMS = ("text", "files", "outdated")


def content_models():
    """Content types with something to translate, in app and name order."""
    return sorted(
        (model for model in publishable_models() if translated_values(model)),
        key=lambda model: (model._meta.app_config.verbose_name.lower(), model._meta.model_name),
    )


def model_key(model):
    return model._meta.label_lower


def problem_q(model, language, problem=None):
    conditions = {
        "text": missing_translations_q(model, language),
        "files": missing_files_q(model, language),
        "outdated": Q(translation_outdated_since__isnull=False),
    }
    if problem in conditions:
        return conditions[problem]
    return conditions["text"] | conditions["files"] | conditions["outdated"]


@dataclass
class TypeSummary:
    model: type
    total: int
    complete: int
    missing_text: int
    missing_files: int
    outdated: int

    @property
    def label(self):
        return self.model._meta.verbose_name_plural

    @property
    def key(self):
        return model_key(self.model)

    @property
    def percent_complete(self):
        return round(100 * self.complete / self.total) if self.total else 100

    @property
    def has_files(self):
        return any(value.kind == "file" for value in translated_values(self.model))

    @property
    def changelist_url(self):
        opts = self.model._meta
        try:
            return reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")
        except NoReverseMatch:
            return None


def type_summary(model, language, status=None):
    """Counts for one content type, in one query."""
    queryset = model._default_manager.all()
    if status:
        queryset = queryset.filter(status=status)
    missing_text = missing_translations_q(model, language)
    missing_file = missing_files_q(model, language)
    counts = queryset.aggregate(
        total=Count("pk"),
        complete=Count("pk", filter=~(missing_text | missing_file)),
        missing_text=Count("pk", filter=missing_text),
        missing_files=Count("pk", filter=missing_file),
        outdated=Count("pk", filter=Q(translation_outdated_since__isnull=False)),
    )
    return TypeSummary(model=model, **counts)


@dataclass
class TranslationIssue:
    """One item needing attention, with what exactly."""

    obj: object
    missing_text: list = field(default_factory=list)
    missing_files: list = field(default_factory=list)
    outdated: list = field(default_factory=list)
    edit_url: str | None = None


def issues(model, language, *, problem=None, status=None):
    """Items of `model` lacking French (text or files) or whose French may be
    outdated, most recently changed first (a QuerySet, to paginate)."""
    queryset = model._default_manager.filter(problem_q(model, language, problem))
    if status:
        queryset = queryset.filter(status=status)
    return queryset.order_by("-updated_at", "-pk")


def describe(objects, language):
    """TranslationIssue for each object (no queries beyond the objects' own)."""
    described = []
    for obj in objects:
        model = type(obj)
        labels = {value.name: value.label(model, language) for value in translated_values(model)}
        described.append(
            TranslationIssue(
                obj=obj,
                missing_text=[labels[name] for name in missing_translations(obj, language)],
                missing_files=[labels[name] for name in missing_files(obj, language)],
                outdated=translation_outdated_labels(obj),
                edit_url=admin_change_url(obj),
            )
        )
    return described


def admin_change_url(obj):
    """The admin page where `obj` is edited: its own, or the page of the item
    it is edited with inline (for content without an admin of its own)."""
    opts = obj._meta
    try:
        return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])
    except NoReverseMatch:
        pass
    for parent_model, model_admin in admin.site._registry.items():
        for inline in model_admin.inlines:
            if inline.model is not type(obj):
                continue
            fk = next(
                f
                for f in opts.concrete_fields
                if f.is_relation
                and f.many_to_one
                and (inline.fk_name in (None, f.name))
                and issubclass(parent_model, f.related_model)
            )
            parent_opts = parent_model._meta
            return reverse(
                f"admin:{parent_opts.app_label}_{parent_opts.model_name}_change",
                args=[getattr(obj, fk.attname)],
            )
    return None
