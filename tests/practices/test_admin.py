"""The moderation queue in the admin, and the practice admin's publication rule."""

from html import unescape

import pytest
from django.core.files.base import ContentFile

from editorial.models import Status
from practices.models import PracticeSubmission, RepositoryPractice, SubmissionStatus
from tests.factories import PracticeSubmissionFactory, RepositoryPracticeFactory

QUEUE = "/en/admin/practices/practicesubmission/"


@pytest.fixture
def queue(taxonomy):
    return {
        status: PracticeSubmissionFactory(
            title=f"{status} practice",
            status=status,
            stakeholder_type=taxonomy.stakeholders["civil-society"],
        )
        for status in SubmissionStatus.values
    }


@pytest.mark.django_db
def test_queue_lists_submissions_with_status_filters_and_search(admin_client, queue):
    html = unescape(admin_client.get(QUEUE).content.decode())

    for status in SubmissionStatus.values:
        assert f"{status} practice" in html
    assert "By status" in html and "By consent to publish" in html

    filtered = unescape(admin_client.get(QUEUE + "?status__exact=in-review").content.decode())
    assert "in-review practice" in filtered and "declined practice" not in filtered

    found = unescape(admin_client.get(QUEUE + "?q=declined").content.decode())
    assert "declined practice" in found and "new practice" not in found


@pytest.mark.django_db
def test_queue_is_for_staff_only(client, queue):
    response = client.get(QUEUE)

    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


@pytest.mark.django_db
def test_submissions_cannot_be_added_in_the_admin(admin_client, queue):
    assert admin_client.get(QUEUE + "add/").status_code == 403


@pytest.mark.django_db
def test_accept_button_creates_a_draft_and_opens_it(admin_client, queue):
    submission = queue["new"]
    change = admin_client.get(f"{QUEUE}{submission.pk}/change/").content.decode()
    assert f"{QUEUE}{submission.pk}/accept/" in change

    confirm = admin_client.get(f"{QUEUE}{submission.pk}/accept/")
    assert "Yes, create the draft practice" in confirm.content.decode()
    response = admin_client.post(f"{QUEUE}{submission.pk}/accept/")

    practice = RepositoryPractice.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/en/admin/practices/repositorypractice/{practice.pk}/change/"
    assert practice.status == Status.DRAFT
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.ACCEPTED
    assert submission.practice == practice


@pytest.mark.django_db
def test_accept_is_refused_without_consent(admin_client, queue):
    submission = queue["new"]
    submission.consent_to_publish = False
    submission.save()

    change = admin_client.get(f"{QUEUE}{submission.pk}/change/").content.decode()
    response = admin_client.post(f"{QUEUE}{submission.pk}/accept/", follow=True)

    assert f"{QUEUE}{submission.pk}/accept/" not in change  # no button offered
    assert RepositoryPractice.objects.count() == 0
    assert "did not agree to publication" in unescape(response.content.decode())


@pytest.mark.django_db
def test_decline_records_a_reason(admin_client, queue):
    submission = queue["in-review"]

    empty = admin_client.post(f"{QUEUE}{submission.pk}/decline/", {"reason": ""})
    assert empty.status_code == 200
    assert "This field is required." in empty.content.decode()

    response = admin_client.post(
        f"{QUEUE}{submission.pk}/decline/", {"reason": "A product advertisement."}
    )

    assert response.status_code == 302
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.DECLINED
    assert submission.decline_reason == "A product advertisement."


@pytest.mark.django_db
def test_bulk_actions_move_submissions_along(admin_client, queue):
    new = queue["new"]

    admin_client.post(QUEUE, {"action": "start_review", "_selected_action": [new.pk]})
    new.refresh_from_db()
    assert new.status == SubmissionStatus.IN_REVIEW

    admin_client.post(QUEUE, {"action": "accept_selected", "_selected_action": [new.pk]})
    new.refresh_from_db()
    assert new.status == SubmissionStatus.ACCEPTED
    assert new.practice.status == Status.DRAFT


@pytest.mark.django_db
def test_attachment_is_downloaded_through_the_admin_only(admin_client, client, queue):
    submission = queue["new"]
    submission.attachment.save("plan.pdf", ContentFile(b"%PDF-1.4\n%%EOF\n"))
    url = f"{QUEUE}{submission.pk}/attachment/"

    change = admin_client.get(f"{QUEUE}{submission.pk}/change/").content.decode()
    download = admin_client.get(url)

    assert url in change
    assert submission.attachment.url not in change  # never a direct media link
    assert download.status_code == 200
    assert b"".join(download.streaming_content).startswith(b"%PDF")
    assert client.get(url).status_code == 302  # anonymous: to the login page


@pytest.mark.django_db
def test_practice_admin_refuses_to_publish_a_withheld_submission(admin_client, taxonomy):
    practice = RepositoryPracticeFactory(status=Status.DRAFT, title_en="Withheld")
    PracticeSubmissionFactory(practice=practice, consent_to_publish=False)
    url = f"/en/admin/practices/repositorypractice/{practice.pk}/change/"
    data = {
        "title_en": "Withheld",
        "title_fr": "Retenue",
        "slug_en": "withheld",
        "slug_fr": "retenue",
        "description_en": "Text.",
        "description_fr": "Texte.",
        "practice_type": "other",
        "source": "submission",
        "status": Status.PUBLISHED,
        "countries-TOTAL_FORMS": "0",
        "countries-INITIAL_FORMS": "0",
        "countries-MIN_NUM_FORMS": "0",
        "countries-MAX_NUM_FORMS": "1000",
    }

    page = unescape(admin_client.get(url).content.decode())
    response = admin_client.post(url, data)

    assert "its author did not agree to publication" in page
    assert response.status_code == 200
    assert "can be kept as a draft but never published" in unescape(response.content.decode())
    practice.refresh_from_db()
    assert practice.status == Status.DRAFT

    data["status"] = Status.REVIEW
    assert admin_client.post(url, data).status_code == 302


@pytest.mark.django_db
def test_practice_admin_lists_and_edits_practices(admin_client, taxonomy):
    practice = RepositoryPracticeFactory(title_en="Listed practice", countries=["SN"])

    listing = admin_client.get("/en/admin/practices/repositorypractice/?q=Listed")
    change = admin_client.get(f"/en/admin/practices/repositorypractice/{practice.pk}/change/")

    assert "Listed practice" in listing.content.decode()
    assert change.status_code == 200
    assert 'name="countries-0-country"' in change.content.decode()
    assert PracticeSubmission.objects.count() == 0
