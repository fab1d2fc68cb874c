from io import StringIO

import pytest
from django.core.management import call_command


def run_seed_demo():
    out = StringIO()
    call_command("seed_demo", stdout=out)
    return out.getvalue()


@pytest.fixture
def seeded(db, settings, tmp_path):
    """The demo site, its sample files in a temporary MEDIA_ROOT."""
    settings.MEDIA_ROOT = tmp_path / "media"
    run_seed_demo()
