"""Moved to documents.files. Kept only for factsheets/demo.py and
consultations/demo.py, which the demo/ app replaces: delete this module once
they are gone."""

from documents.files import file_field_name  # noqa: F401
