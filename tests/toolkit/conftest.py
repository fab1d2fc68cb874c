from io import StringIO

import pytest
from django.core.management import call_command


@pytest.fixture
def demo(db):
    """The demo site, Guidelines in Action, toolkit and trainings included."""
    call_command("seed_demo", stdout=StringIO())
