"""Files in storage that nothing refers to any more, for `manage.py orphan_files`.

Django never deletes a file when a row's file is replaced or the row is
deleted. That is what lets "History → restore" (django-reversion) bring a
document's old file back, so files are not deleted on replacement or
deletion: in the admin every save records a revision, so the replaced file
is almost always still referred to, and deleting it in the save path could
remove a file whose transaction then rolls back. Instead, operators run
`orphan_files` (daily, say): it finds the stored files that no current row
and no kept revision refers to, and deletes them with --delete. A file
becomes an orphan once the revisions referring to it are pruned
(`manage.py deleterevisions`).

Only storage through Django's Storage API (listdir, get_modified_time,
delete), so it works as well on S3 as on disk. Only the directories file
fields upload into are looked at (the first part of the names their
`upload_to` gives), so files other code keeps in the same storage (built
PDFs, say) are never touched.
"""

import logging
import os
import posixpath
from dataclasses import dataclass, field
from datetime import timedelta

import reversion
from django.apps import apps
from django.db import models
from django.utils import timezone
from reversion.errors import RevertError
from reversion.models import Version

logger = logging.getLogger(__name__)


@dataclass
class StorageFiles:
    """What one storage holds and what refers to it."""

    storage: object
    roots: set = field(default_factory=set)  # directories to look in ("" = top level only)
    current: set = field(default_factory=set)  # names current rows refer to
    in_revisions: set = field(default_factory=set)  # names kept revisions refer to


@dataclass
class OrphanReport:
    orphans: list = field(default_factory=list)  # (storage, name)
    referenced: int = 0  # stored files a current row refers to
    kept_for_revisions: int = 0  # stored files only a revision refers to
    too_recent: int = 0  # unreferenced but younger than the minimum age
    unreadable_versions: int = 0  # revisions whose files could not be read
    unknown_roots: list = field(default_factory=list)  # fields whose directory is unknown


def file_fields():
    """(model, [FileFields]) for every concrete model with file fields."""
    for model in apps.get_models():
        if model._meta.proxy:
            continue
        fields = [f for f in model._meta.concrete_fields if isinstance(f, models.FileField)]
        if fields:
            yield model, fields


def upload_root(model, file_field):
    """The top directory `file_field` stores uploads in ("" for the storage's
    top level), or None if its upload_to cannot say without a real row."""
    try:
        name = file_field.generate_filename(model(), "probe.bin")
    except Exception:  # a callable upload_to may need the row's own data
        logger.warning("Cannot tell where %s uploads to", file_field, exc_info=True)
        return None
    directory, _sep, _name = name.partition("/")
    return directory if _sep else ""


def revision_file_names(model, fields):
    """(names the model's kept revisions refer to, number of revisions that
    could not be read), through reversion's public API."""
    if not reversion.is_registered(model):
        return set(), 0
    names, unreadable = set(), 0
    versions = Version.objects.get_for_model(model).select_related("content_type")
    for version in versions.iterator():
        try:
            values = version.field_dict
        except RevertError:
            unreadable += 1
            continue
        for file_field in fields:
            value = values.get(file_field.attname)
            if name := getattr(value, "name", value):
                names.add(str(name))
    return names, unreadable


def stored_names(storage, directory, *, recursive=True):
    """Every file name under `directory`, through the Storage API only."""
    try:
        directories, files = storage.listdir(directory)
    except FileNotFoundError:
        return
    for name in files:
        yield posixpath.join(directory, name) if directory else name
    if recursive:
        for sub in directories:
            yield from stored_names(storage, posixpath.join(directory, sub) if directory else sub)


def _old_enough(storage, name, cutoff):
    if cutoff is None:
        return True
    try:
        return storage.get_modified_time(name) <= cutoff
    except (NotImplementedError, OSError):
        return False  # cannot tell: keep it


def find_orphans(min_age=timedelta(hours=24)):
    """The stored files no current row and no kept revision refers to.

    Files younger than `min_age` are left out: an upload being saved right
    now is in storage before its row is committed.
    """
    report = OrphanReport()
    storages = {}
    for model, fields in file_fields():
        revision_names, unreadable = revision_file_names(model, fields)
        report.unreadable_versions += unreadable
        for file_field in fields:
            files = storages.setdefault(id(file_field.storage), StorageFiles(file_field.storage))
            files.in_revisions |= revision_names
            root = upload_root(model, file_field)
            if root is None:
                report.unknown_roots.append(f"{model._meta.label}.{file_field.name}")
            else:
                files.roots.add(root)
        for row in model._base_manager.values_list(*[f.attname for f in fields]).iterator():
            for file_field, name in zip(fields, row, strict=True):
                if name:
                    storages[id(file_field.storage)].current.add(name)

    cutoff = timezone.now() - min_age if min_age else None
    for files in storages.values():
        seen = set()
        for root in sorted(files.roots):
            for name in stored_names(files.storage, root, recursive=bool(root)):
                if name in seen:
                    continue
                seen.add(name)
                if name in files.current:
                    report.referenced += 1
                elif name in files.in_revisions:
                    report.kept_for_revisions += 1
                elif not _old_enough(files.storage, name, cutoff):
                    report.too_recent += 1
                else:
                    report.orphans.append((files.storage, name))
    return report


def delete_orphans(orphans):
    """Delete the files; returns how many were deleted."""
    deleted = 0
    for storage, name in orphans:
        storage.delete(name)
        deleted += 1
        _remove_empty_directories(storage, name)
    return deleted


def _remove_empty_directories(storage, name):
    """On disk, the per-upload directory (documents.files.document_upload_to)
    is left empty: remove it and any emptied parent below the top directory.
    Object stores (S3) have no directories, and no path()."""
    directory = posixpath.dirname(name)
    while posixpath.dirname(directory):
        try:
            os.rmdir(storage.path(directory))
        except (NotImplementedError, OSError):
            return  # not on disk, or not empty
        directory = posixpath.dirname(directory)
