"""Personal data of people who share a practice (issue 16.6): nothing of their contact
details is published unless they ask for their organisation to be credited; the form
says what is kept and for how long; contact details are erased after the retention
period or on request; the acknowledgement email repeats nothing they typed."""

import json
from datetime import UTC, datetime, timedelta
from html import unescape

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone, translation

from editorial.models import Status
from practices.models import PracticeSubmission, months_before
from practices.services import submission_accept
from tests.factories import PracticeSubmissionFactory
from tests.support.urls import page_path

ORGANISATION = "Coastal Workers' Union"


def text(response):
    return unescape(response.content.decode())


def share_accept_publish(client, admin_user, data, lang):
    response = client.post(page_path(lang, "/practices/share/"), data)
    assert response.status_code == 302, text(response)
    practice = submission_accept(submission=PracticeSubmission.objects.get(), by=admin_user)
    practice.status = Status.PUBLISHED
    practice.english_only = True
    practice.save()
    with translation.override(lang):
        return practice, text(client.get(practice.get_absolute_url()))


# Publication of the organisation ----------------------------------------------


@pytest.mark.django_db
def test_organisation_is_not_published_unless_credited(client, admin_user, valid_data, lang):
    practice, page = share_accept_publish(client, admin_user, valid_data, lang)

    assert "Union phone tree for dock workers" in page
    assert ORGANISATION not in page
    assert "Grace Mensah" not in page
    assert "grace.mensah@example.org" not in page
    assert practice.stakeholder_name_en == ""


@pytest.mark.django_db
def test_organisation_is_published_when_the_submitter_asks_to_be_credited(
    client, admin_user, valid_data, lang
):
    data = {**valid_data, "credit_organisation": "on"}

    practice, page = share_accept_publish(client, admin_user, data, lang)

    assert PracticeSubmission.objects.get().credit_organisation is True
    assert practice.stakeholder_name_en == ORGANISATION
    assert ORGANISATION in page
    assert "Grace Mensah" not in page


CREDIT_LABEL = {
    "en": "Name my organisation as the one that implemented it",
    "fr": "Citer mon organisation comme celle qui l’a mise en œuvre",
}


@pytest.mark.django_db
def test_credit_box_is_separate_and_unticked_by_default(client, taxonomy, lang):
    page = text(client.get(page_path(lang, "/practices/share/")))

    credit_input = page.split('name="credit_organisation"', 1)[1].split(">", 1)[0]
    assert "checked" not in credit_input
    assert CREDIT_LABEL[lang] in page


@pytest.mark.django_db
def test_crediting_an_organisation_needs_its_name(client, valid_data, lang):
    data = {**valid_data, "organisation": "", "credit_organisation": "on"}

    response = client.post(page_path(lang, "/practices/share/"), data)

    assert response.status_code == 200
    assert not PracticeSubmission.objects.exists()
    assert {"en": "to have it credited", "fr": "pour qu’elle soit citée"}[lang] in text(response)


# The privacy notice ------------------------------------------------------------

NOTICE = {
    "en": ["Your personal data", "erased 12 months after you send the form", "never published"],
    "fr": [
        "Vos données personnelles",
        "effacées 12 mois après l’envoi du formulaire",
        "jamais publiées",
    ],
}


@pytest.mark.django_db
def test_form_has_a_privacy_notice_with_the_retention_period(client, taxonomy, settings, lang):
    settings.MICIC_SUBMISSION_RETENTION_MONTHS = 12

    page = text(client.get(page_path(lang, "/practices/share/")))

    for words in NOTICE[lang]:
        assert words in page
    assert "mailto:MICICsecretariat@iom.int" in page


@pytest.mark.django_db
def test_privacy_notice_links_to_the_privacy_page(client, taxonomy, settings, lang):
    settings.ROOT_URLCONF = "tests.practices.urls_with_privacy_page"
    with translation.override(lang):
        privacy_url = reverse("pages:privacy")

    page = text(client.get(page_path(lang, "/practices/share/")))

    assert f'href="{privacy_url}"' in page
    assert {"en": "Read the privacy notice", "fr": "Lire la politique"}[lang] in page


# Retention ------------------------------------------------------------------------


def test_months_before_keeps_the_day_or_takes_the_months_last():
    moment = datetime(2026, 3, 31, 12, 0, tzinfo=UTC)

    assert months_before(moment, 1) == datetime(2026, 2, 28, 12, 0, tzinfo=UTC)
    assert months_before(moment, 24) == datetime(2024, 3, 31, 12, 0, tzinfo=UTC)
    assert months_before(moment, 3) == datetime(2025, 12, 31, 12, 0, tzinfo=UTC)


def _received(months_ago, **fields):
    submission = PracticeSubmissionFactory(**fields)
    created = months_before(timezone.now(), months_ago) - timedelta(days=1)
    PracticeSubmission.objects.filter(pk=submission.pk).update(created_at=created)
    return submission


@pytest.mark.django_db
def test_purge_erases_contact_details_after_the_retention_period(settings, capsys):
    settings.MICIC_SUBMISSION_RETENTION_MONTHS = 24
    old = _received(24, submitter_name="Old Sender", email="old@example.org")
    recent = _received(23, submitter_name="Recent Sender", email="recent@example.org")

    call_command("purge_submission_contacts")

    old.refresh_from_db()
    recent.refresh_from_db()
    assert (old.submitter_name, old.organisation, old.email, old.submitter_country.code) == (
        "",
        "",
        "",
        "",
    )
    assert old.contacts_erased_at is not None
    assert old.title.startswith("Shared practice")  # the practice itself is kept
    assert recent.submitter_name == "Recent Sender" and recent.email == "recent@example.org"
    assert "Erased the contact details of 1 submission(s)" in capsys.readouterr().out


@pytest.mark.django_db
def test_purge_is_idempotent_and_follows_the_setting(settings, capsys):
    _received(7)
    settings.MICIC_SUBMISSION_RETENTION_MONTHS = 6

    call_command("purge_submission_contacts", "--dry-run")
    assert "1 submission(s) older than 6 months would be erased" in capsys.readouterr().out
    assert PracticeSubmission.objects.filter(contacts_erased_at__isnull=True).count() == 1

    call_command("purge_submission_contacts")
    first = capsys.readouterr().out
    erased_at = PracticeSubmission.objects.get().contacts_erased_at
    call_command("purge_submission_contacts")
    second = capsys.readouterr().out

    assert "of 1 submission(s)" in first
    assert "of 0 submission(s)" in second
    assert PracticeSubmission.objects.get().contacts_erased_at == erased_at


# One person's data in the admin --------------------------------------------------

CHANGELIST = "/en/admin/practices/practicesubmission/"


def _action(client, action, submissions, **extra):
    return client.post(
        CHANGELIST,
        {"action": action, "_selected_action": [s.pk for s in submissions], **extra},
    )


@pytest.fixture
def people(db):
    mine = [
        PracticeSubmissionFactory(email="Grace.Mensah@example.org", submitter_name="Grace"),
        PracticeSubmissionFactory(email="grace.mensah@example.org", submitter_name="Grace M."),
    ]
    other = PracticeSubmissionFactory(email="someone.else@example.org")
    return mine, other


def test_admin_exports_one_persons_data_as_json(admin_client, people):
    mine, other = people

    response = _action(admin_client, "export_person_data", mine[:1])

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert "attachment" in response["Content-Disposition"]
    data = json.loads(response.content)
    assert data["email"] == "grace.mensah@example.org"
    assert sorted(item["reference"] for item in data["submissions"]) == sorted(
        s.reference for s in mine
    )
    assert {item["submitter_name"] for item in data["submissions"]} == {"Grace", "Grace M."}
    assert other.email not in response.content.decode()


def test_admin_erases_one_persons_contact_details_after_confirming(admin_client, people):
    mine, other = people

    confirm = _action(admin_client, "erase_person_data", mine[:1])
    assert confirm.status_code == 200
    assert "cannot be undone" in text(confirm)
    assert PracticeSubmission.objects.filter(email="").count() == 0  # nothing yet

    response = _action(admin_client, "erase_person_data", mine[:1], confirm="yes")

    assert response.status_code == 302
    for submission in mine:
        submission.refresh_from_db()
        assert (submission.submitter_name, submission.email) == ("", "")
        assert submission.contacts_erased_at is not None
    other.refresh_from_db()
    assert other.email == "someone.else@example.org"
    messages = text(admin_client.get(response["Location"]))
    assert "The contact details of 2 submissions were erased." in messages


def test_person_actions_refuse_a_selection_of_several_people(admin_client, people):
    mine, other = people

    response = _action(admin_client, "export_person_data", [mine[0], other])

    assert response.status_code == 302
    assert "Select submissions from one person" in text(admin_client.get(response["Location"]))


def test_editors_may_export_but_not_erase(client, people, django_user_model):
    mine, _other = people
    editor = django_user_model.objects.create_user("ed", password="x", is_staff=True)
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)

    assert _action(client, "export_person_data", mine[:1]).status_code == 200
    _action(client, "erase_person_data", mine[:1], confirm="yes")

    assert PracticeSubmission.objects.filter(contacts_erased_at__isnull=False).count() == 0


# The acknowledgement email -------------------------------------------------------

THANKS = {"en": "Thank you for sharing a practice", "fr": "Merci d’avoir partagé une pratique"}


@pytest.mark.django_db
def test_acknowledgement_repeats_nothing_the_sender_typed(client, valid_data, mailoutbox, lang):
    hostile = {
        **valid_data,
        "submitter_name": "Claim your prize at https://spam.example",
        "title": "Wire money to https://spam.example now",
        "description": "Buy cheap pills at https://spam.example " * 3,
        "organisation": "https://spam.example Ltd",
        "email": "victim@example.org",
        "language": lang,
    }

    client.post(page_path(lang, "/practices/share/"), hostile)

    submission = PracticeSubmission.objects.get()
    _notification, acknowledgement = mailoutbox
    assert acknowledgement.to == ["victim@example.org"]
    assert "spam.example" not in acknowledgement.subject
    assert "spam.example" not in acknowledgement.body
    assert THANKS[lang] in acknowledgement.body
    assert submission.reference in acknowledgement.body
