"""What readers see of a page's history: "Last updated", change notes, earlier
published versions and citations; never a draft or a change waiting for review."""

import re

import pytest
from django.test import Client, override_settings
from django.utils import timezone, translation

from editorial.models import PendingChange, PublishedVersion
from editorial.review import item_serialize, pending_approve, pending_submit
from editorial.services import content_publish
from tests.factories import (
    ConsultationFactory,
    FactsheetFactory,
    GuidelineFactory,
    RepositoryPracticeFactory,
)

pytestmark = pytest.mark.django_db


def url_of(obj, language="en"):
    with translation.override(language):
        return obj.get_absolute_url()


def publish_change(obj, by, *, minor=False, notes=None, **fields):
    """Propose `fields` as an editor would, then approve them."""
    type(obj)._base_manager.filter(pk=obj.pk).update(**fields)
    data = item_serialize(obj=obj)
    change = pending_submit(obj=obj, data=data, by=by)
    return pending_approve(change=change, by=by, minor=minor, notes=notes)


@pytest.fixture
def guideline(publisher):
    guideline = GuidelineFactory(number=4, body_en="First text.", body_fr="Premier texte.")
    guideline.status = "draft"
    guideline.save()
    content_publish(obj=guideline, by=publisher)
    return guideline


def test_last_updated_and_change_notes(client, guideline, publisher):
    publish_change(
        guideline,
        publisher,
        notes={"en": "Rewrote the introduction.", "fr": "Introduction réécrite."},
        body_en="Second text.",
    )
    page = client.get(url_of(guideline)).content.decode()
    assert "Last updated" in page and "Rewrote the introduction." in page
    assert "Updates to this page" in page
    french = client.get(url_of(guideline, "fr")).content.decode()
    assert "Introduction réécrite." in french


def test_minor_change_keeps_the_date_and_has_no_note(client, guideline, publisher):
    first = PublishedVersion.objects.for_object(guideline).get()
    PublishedVersion.objects.filter(pk=first.pk).update(
        published_at=timezone.now() - timezone.timedelta(days=30)
    )
    publish_change(guideline, publisher, minor=True, notes={"en": "ignored"}, body_en="Typo.")
    latest = PublishedVersion.objects.for_object(guideline).first()
    assert latest.minor and latest.note_en == ""
    page = client.get(url_of(guideline)).content.decode()
    first.refresh_from_db()
    assert f'datetime="{timezone.localtime(first.published_at).isoformat()}"' in page
    assert "ignored" not in page


def test_earlier_published_version_is_readable_with_a_banner(client, guideline, publisher):
    publish_change(guideline, publisher, body_en="Second text.", body_fr="Second texte.")
    old = client.get(url_of(guideline) + "?version=1").content.decode()
    assert "First text." in old and "Second text." not in old
    assert "You are reading the version of" in old
    assert "Premier texte." in client.get(url_of(guideline, "fr") + "?version=1").content.decode()
    assert "Second text." in client.get(url_of(guideline) + "?version=2").content.decode()


@pytest.mark.parametrize("number", ["3", "0", "abc", "-1", ""])
def test_unknown_versions_are_404(client, guideline, number):
    assert client.get(url_of(guideline) + f"?version={number}").status_code == 404


def test_versions_never_expose_drafts_or_pending_changes(client, guideline, editor, publisher):
    # A change waiting for review is not a version.
    type(guideline).objects.filter(pk=guideline.pk).update(body_en="Secret proposal.")
    data = item_serialize(obj=guideline)
    type(guideline).objects.filter(pk=guideline.pk).update(body_en="First text.")
    change = pending_submit(obj=guideline, data=data, by=editor)
    assert client.get(url_of(guideline) + "?version=2").status_code == 404
    assert "Secret proposal" not in client.get(url_of(guideline) + "?version=1").content.decode()
    # The preview of the change is for staff only.
    assert client.get(url_of(guideline) + f"?pending={change.pk}").status_code == 404
    staff = Client()
    staff.force_login(editor)
    assert (
        "Secret proposal."
        in staff.get(url_of(guideline) + f"?pending={change.pk}").content.decode()
    )
    assert PendingChange.objects.get().status == "pending"
    # A draft has no public version at all.
    draft = GuidelineFactory(number=5, status="draft")
    assert client.get(url_of(draft) + "?version=1").status_code == 404


def test_a_scheduled_version_is_readable_from_its_time_only(
    client, guideline, publisher, monkeypatch
):
    later = timezone.now() + timezone.timedelta(days=3)
    PublishedVersion.objects.for_object(guideline).filter(number=1).update(published_at=later)
    assert client.get(url_of(guideline) + "?version=1").status_code == 404
    # The page's history is read with its row, compared with the time of
    # each request (not of the first one the process served).
    monkeypatch.setattr(timezone, "now", lambda: later)
    assert client.get(url_of(guideline) + "?version=1").status_code == 200


@pytest.mark.parametrize(
    "factory", [GuidelineFactory, RepositoryPracticeFactory, FactsheetFactory, ConsultationFactory]
)
def test_citations_in_text_bibtex_and_ris(client, publisher, factory):
    obj = factory(status="draft")
    if factory is GuidelineFactory:
        obj.number = 7
        obj.save()
    content_publish(obj=obj, by=publisher)
    url = url_of(obj)
    page = client.get(url).content.decode()
    assert "Cite this page" in page
    assert f"{url}?version=1" in page
    assert "version 1 of" in page
    french = client.get(url_of(obj, "fr")).content.decode()
    assert "Citer cette page" in french and "version 1 du" in french

    bibtex = client.get(url + "?cite=bibtex")
    assert bibtex["Content-Type"].startswith("application/x-bibtex")
    text = bibtex.content.decode()
    assert text.startswith("@misc{") and text.count("{") == text.count("}")
    fields = dict(re.findall(r"^  (\w+) = \{(.*)\},?$", text, re.M))
    assert fields["url"].endswith(f"{url}?version=1")
    assert fields["author"] == "{MICIC Initiative}"

    ris = client.get(url + "?cite=ris")
    assert ris["Content-Type"].startswith("application/x-research-info-systems")
    lines = ris.content.decode().split("\r\n")
    tags = [re.match(r"^([A-Z][A-Z0-9])  - ?(.*)$", line) for line in lines if line]
    assert all(tags), lines
    record = {m[1]: m[2] for m in tags}
    assert record["TY"] == "ELEC" and "ER" in record
    assert record["UR"].endswith(f"{url}?version=1")
    assert client.get(url + "?cite=pdf").status_code == 404


def test_approving_a_change_invalidates_the_page_cache(client, guideline, publisher):
    with override_settings(MICIC_PAGE_CACHE=True):
        assert "First text." in client.get(url_of(guideline)).content.decode()
        publish_change(guideline, publisher, body_en="Approved text.")
        assert "Approved text." in client.get(url_of(guideline)).content.decode()
