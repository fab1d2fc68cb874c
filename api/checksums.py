"""
SHA-256 checksums of stored document files, computed once per file.

Every upload is stored under a fresh random directory
(documents.files.document_upload_to), so a storage name always stands for
the same bytes: a replaced file gets a new name, and the checksum can be kept
in Django's cache under the name for good. Reading a whole file on every API
request would cost far more than the request itself; this reads each file
once per cache (once in all with Redis), in chunks, never whole in memory.
"""

import hashlib

from django.core.cache import cache

_KEY = "micic:api:sha256:{name}"


def file_sha256(field_file):
    """The hex SHA-256 of a stored file (a FieldFile), from the cache when known."""
    key = _KEY.format(name=field_file.name)
    digest = cache.get(key)
    if digest is None:
        with field_file.storage.open(field_file.name, "rb") as handle:
            digest = hashlib.file_digest(handle, "sha256").hexdigest()
        cache.set(key, digest, timeout=None)
    return digest
