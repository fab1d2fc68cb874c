"""Upload handling before any form sees a file: the size limit.

Django keeps an uploaded file in memory up to FILE_UPLOAD_MAX_MEMORY_SIZE and
in a temporary file beyond it, whatever its size. UploadSizeLimitHandler,
first in settings.FILE_UPLOAD_HANDLERS, stops passing a file's bytes on once
it passes settings.MICIC_MAX_UPLOAD_BYTES, so no more than the limit is ever
kept, and hands the form an empty stand-in that knows the real size: the
form's validator then refuses it with a clear message (never a 413 or a
500), as it does any file too large.
"""

from io import BytesIO

from django.conf import settings
from django.core.files.uploadedfile import InMemoryUploadedFile
from django.core.files.uploadhandler import FileUploadHandler


class OversizedUpload(InMemoryUploadedFile):
    """A file that was larger than the upload limit: its name, type and size,
    without its content (validators only need `size` to refuse it)."""

    def __init__(self, name, content_type, size, charset):
        super().__init__(BytesIO(), None, name, content_type, size, charset)


class UploadSizeLimitHandler(FileUploadHandler):
    """Counts each file's bytes and keeps none past MICIC_MAX_UPLOAD_BYTES."""

    def new_file(self, *args, **kwargs):
        super().new_file(*args, **kwargs)
        self.received = 0
        self.limit = settings.MICIC_MAX_UPLOAD_BYTES

    def receive_data_chunk(self, raw_data, start):
        self.received += len(raw_data)
        # None: the handlers after this one (memory, temporary file) get nothing more.
        return raw_data if self.received <= self.limit else None

    def file_complete(self, file_size):
        if self.received <= self.limit:
            return None  # the next handler returns the file it kept
        return OversizedUpload(self.file_name, self.content_type, self.received, self.charset)
