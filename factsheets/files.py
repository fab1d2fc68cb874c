"""Moved to documents.files. Kept only for the demo seeding code
(factsheets/demo.py, consultations/demo.py, and demo/loader.py on main), which
imports `file_field_name` from here: point those imports at documents.files
and delete this module."""

from documents.files import file_field_name  # noqa: F401
