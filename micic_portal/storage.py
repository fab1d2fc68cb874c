"""The S3 storage of uploaded files (settings.STORAGES["default"] when
DJANGO_S3_BUCKET is set): django-storages' S3Storage, with two changes so
that code written against Django's storage API behaves as on the local disk.

- Reading streams. django-storages' S3File downloads the whole object into a
  temporary file (in memory by default) before the first byte can be read:
  a 5 MB tool sheet would cost 5 MB per concurrent download and its full
  transfer time before the response starts. Files opened for reading here
  are `S3ObjectReader`s, which read the object's body as it arrives and seek
  by asking for a byte range, so Django's FileResponse streams them in
  chunks with a Content-Length.
- A missing object raises FileNotFoundError (an OSError, as FileSystemStorage
  raises) from every method, never botocore's ClientError: views answer 404.
"""

import io

from botocore.exceptions import ClientError
from django.core.files.base import File
from storages.backends.s3 import S3Storage as BaseS3Storage
from storages.utils import clean_name


def _not_found(error):
    return error.response.get("ResponseMetadata", {}).get(
        "HTTPStatusCode"
    ) == 404 or error.response.get("Error", {}).get("Code") in {"404", "NoSuchKey", "NotFound"}


class S3ObjectReader(io.RawIOBase):
    """A read-only, seekable file over one S3 object, fetched as it is read."""

    def __init__(self, client, bucket, key, size):
        self._client, self._bucket, self._key = client, bucket, key
        self.size = size
        self._position = 0
        self._body = None

    def readable(self):
        return True

    def seekable(self):
        return True

    def tell(self):
        return self._position

    def seek(self, offset, whence=io.SEEK_SET):
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._position, io.SEEK_END: self.size}[whence]
        position = max(0, base + offset)
        if position != self._position:
            self._drop_body()
            self._position = position
        return self._position

    def readinto(self, buffer):
        if self._position >= self.size:
            return 0
        if self._body is None:
            # Opened only when read: a seek to the end and back (FileResponse
            # measuring the length) costs no request.
            response = self._client.get_object(
                Bucket=self._bucket, Key=self._key, Range=f"bytes={self._position}-"
            )
            self._body = response["Body"]
        data = self._body.read(len(buffer))
        buffer[: len(data)] = data
        self._position += len(data)
        return len(data)

    def _drop_body(self):
        if self._body is not None:
            self._body.close()
            self._body = None

    def close(self):
        self._drop_body()
        super().close()


class S3Storage(BaseS3Storage):
    def _open(self, name, mode="rb"):
        if "w" in mode or "+" in mode or "a" in mode:
            return super()._open(name, mode)
        key = self._normalize_name(clean_name(name))
        try:
            head = self.connection.meta.client.head_object(Bucket=self.bucket_name, Key=key)
        except ClientError as error:
            if _not_found(error):
                raise FileNotFoundError(f"File does not exist: {name}") from None
            raise
        reader = S3ObjectReader(
            self.connection.meta.client, self.bucket_name, key, head["ContentLength"]
        )
        stream = io.BufferedReader(reader, buffer_size=64 * 1024)
        if "b" not in mode:
            stream = io.TextIOWrapper(stream, encoding="utf-8")
        file = File(stream, name=name)
        file.size = head["ContentLength"]
        return file

    def get_modified_time(self, name):
        try:
            return super().get_modified_time(name)
        except ClientError as error:
            if _not_found(error):
                raise FileNotFoundError(f"File does not exist: {name}") from None
            raise
