"""The backup and restore of docs/deploy.md round-trip every row and file:
the database with pg_dump/pg_restore, the bucket with scripts/bucket-backup."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection

from factsheets.models import Tool
from tests.factories import ToolFactory
from tests.factories.factsheets import PDF_EN, PDF_FR
from tests.storage.conftest import BUCKET

pytestmark = [pytest.mark.postgres, pytest.mark.s3]

BASE_DIR = Path(__file__).resolve().parents[2]


def table_digests(database):
    """{table: (rows, md5 of all rows)} for every table of `database`."""
    psql = ["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", database, "-tA"]
    tables = subprocess.run(
        [*psql, "-c", "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    query = " UNION ALL ".join(
        f"SELECT '{t}', count(*), md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) "
        f'FROM "{t}" x'
        for t in tables
    )
    out = subprocess.run(
        [*psql, "-F", " ", "-c", query], capture_output=True, text=True, check=True
    )
    return {line.split()[0]: tuple(line.split()[1:]) for line in out.stdout.splitlines() if line}


@pytest.mark.django_db(transaction=True)
def test_database_and_bucket_backup_round_trip(s3_storage, tmp_path, client):
    storage = s3_storage
    tools = [ToolFactory(), ToolFactory()]
    source = connection.settings_dict["NAME"]
    restored = f"{source}_restored"
    dump = tmp_path / "micic.dump"
    s3_env = {
        **os.environ,
        "DJANGO_S3_BUCKET": BUCKET,
        "DJANGO_S3_ENDPOINT_URL": storage.server.endpoint_url,
        "DJANGO_S3_ACCESS_KEY_ID": "any",
        "DJANGO_S3_SECRET_ACCESS_KEY": "any",
        "DJANGO_S3_REGION": "us-east-1",
        "DJANGO_S3_PREFIX": storage.prefix,
    }
    pg = ["-h", "127.0.0.1", "-U", "postgres"]

    # Back up: the database, then the bucket.
    subprocess.run(["pg_dump", *pg, "-Fc", "-f", dump, source], check=True)
    subprocess.run(
        [sys.executable, BASE_DIR / "scripts/bucket-backup", "backup", tmp_path / "bucket"],
        env=s3_env,
        check=True,
    )
    # Lose every stored file.
    s3 = storage.server.client()
    for item in s3.list_objects_v2(Bucket=BUCKET, Prefix=storage.prefix)["Contents"]:
        s3.delete_object(Bucket=BUCKET, Key=item["Key"])
    assert client.get(tools[0].get_file_url("fr")).status_code == 404

    # Restore: the database into a new one, the files into the bucket.
    subprocess.run(["dropdb", *pg, "--if-exists", restored], check=True)
    subprocess.run(["createdb", *pg, restored], check=True)
    try:
        subprocess.run(["pg_restore", *pg, "--no-owner", "-d", restored, dump], check=True)
        subprocess.run(
            [sys.executable, BASE_DIR / "scripts/bucket-backup", "restore", tmp_path / "bucket"],
            env=s3_env,
            check=True,
        )
        assert table_digests(restored) == table_digests(source)
    finally:
        subprocess.run(["dropdb", *pg, "--if-exists", restored], check=True)

    for tool in Tool.objects.all():
        assert b"".join(client.get(tool.get_file_url("en")).streaming_content) == PDF_EN
        assert b"".join(client.get(tool.get_file_url("fr")).streaming_content) == PDF_FR
