"""The public "Share a practice" form: happy path, every rejection, emails and their failure."""

import io
import logging
import zipfile
from html import unescape

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from practices.models import PracticeSubmission, SubmissionStatus
from practices.views import SharePracticeView
from tests.support.pdf import pdf_bytes

SHARE = "/en/practices/share/"
DONE = "/en/practices/share/thanks/"

PDF = pdf_bytes("Union phone tree", "en")


def make_docx(main_part="wordprocessingml.document.main+xml", with_document=True):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Override PartName="/word/document.xml" ContentType="application/'
            f'vnd.openxmlformats-officedocument.{main_part}"/></Types>',
        )
        package.writestr("_rels/.rels", "<Relationships/>")
        if with_document:
            package.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


# The happy path ---------------------------------------------------------------


@pytest.mark.django_db
def test_valid_submission_is_stored_emailed_and_confirmed(client, valid_data, settings, mailoutbox):
    settings.MICIC_SECRETARIAT_EMAIL = "secretariat@example.org"

    response = client.post(SHARE, valid_data)

    assert response.status_code == 302
    assert response["Location"] == DONE
    submission = PracticeSubmission.objects.get()
    assert submission.status == SubmissionStatus.NEW
    assert submission.title == "Union phone tree for dock workers"
    assert submission.crisis_types == ["natural-disaster"]
    assert submission.crisis_natural_disaster and not submission.crisis_conflict
    assert submission.consent_to_publish is True
    assert [g.number for g in submission.guidelines.order_by("number")] == [6, 9]
    assert submission.practice is None

    notification, acknowledgement = mailoutbox
    assert notification.to == ["secretariat@example.org"]
    assert notification.reply_to == ["grace.mensah@example.org"]
    assert "Union phone tree for dock workers" in notification.subject
    assert "Grace Mensah" in notification.body
    assert f"/en/admin/practices/practicesubmission/{submission.pk}/change/" in notification.body
    assert acknowledgement.to == ["grace.mensah@example.org"]
    assert "Thank you for sharing" in acknowledgement.body
    assert f"MICIC-P-{submission.pk:06d}" in acknowledgement.body
    assert "Union phone tree for dock workers" not in acknowledgement.body  # nothing typed

    done = client.get(response["Location"])
    assert "Thank you for sharing your practice" in unescape(done.content.decode())


@pytest.mark.django_db
def test_acknowledgement_is_in_the_submitters_language(client, valid_data):
    response = client.post("/fr/pratiques/partager/", {**valid_data, "language": "fr"})

    assert response["Location"] == "/fr/pratiques/partager/merci/"
    notification, acknowledgement = mail.outbox
    assert "New practice shared" in notification.subject  # the Secretariat's language
    assert "Merci" in acknowledgement.subject


@pytest.mark.django_db
def test_declining_publication_is_recorded(client, valid_data):
    data = {**valid_data}
    del data["consent_to_publish"]  # an unticked checkbox is simply absent

    client.post(SHARE, data)

    assert PracticeSubmission.objects.get().consent_to_publish is False
    assert "not be published" in mail.outbox[1].body


@pytest.mark.django_db
def test_consent_box_is_ticked_by_default(client, taxonomy):
    html = client.get(SHARE).content.decode()

    assert 'name="consent_to_publish"' in html
    consent_input = html.split('name="consent_to_publish"', 1)[1].split(">", 1)[0]
    assert "checked" in consent_input
    assert 'enctype="multipart/form-data"' in html
    assert 'name="csrfmiddlewaretoken"' in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "content"),
    [("report.pdf", PDF), ("Report.DOCX", make_docx())],
)
def test_pdf_and_docx_attachments_are_accepted(client, valid_data, name, content):
    upload = SimpleUploadedFile(name, content, content_type="application/octet-stream")

    response = client.post(SHARE, {**valid_data, "attachment": upload})

    assert response.status_code == 302
    submission = PracticeSubmission.objects.get()
    assert submission.attachment.name.startswith("practice-submissions/")
    assert name.split(".")[0] not in submission.attachment.name  # a random, unguessable name
    assert submission.attachment.read() == content


@pytest.mark.django_db
def test_submission_is_kept_when_email_fails(client, valid_data, monkeypatch, caplog):
    def broken_send(self, *args, **kwargs):
        raise ConnectionRefusedError("mail server down")

    monkeypatch.setattr("django.core.mail.EmailMessage.send", broken_send)

    with caplog.at_level(logging.ERROR, logger="practices.services"):
        response = client.post(SHARE, valid_data)

    assert response.status_code == 302
    assert response["Location"] == DONE
    assert PracticeSubmission.objects.filter(title="Union phone tree for dock workers").exists()
    assert "Could not send" in caplog.text


# Every rejection ------------------------------------------------------------


def errors_of(response):
    return response.context["form"].errors


@pytest.mark.django_db
@pytest.mark.parametrize(
    "missing",
    [
        "submitter_name",
        "email",
        "submitter_country",
        "title",
        "description",
        "stakeholder_type",
        "country",
        "crisis_types",
        "language",
    ],
)
def test_missing_required_field_is_rejected_next_to_the_field(client, valid_data, missing):
    data = {key: value for key, value in valid_data.items() if key != missing}

    response = client.post(SHARE, data)

    assert response.status_code == 200
    assert missing in errors_of(response)
    assert PracticeSubmission.objects.count() == 0
    assert mail.outbox == []
    html = response.content.decode()
    assert f'id="id_{missing}_error"' in html
    assert f'href="#field-{missing}"' in html  # listed in the error summary


@pytest.mark.django_db
@pytest.mark.parametrize("email", ["not-an-email", "a@b", "grace@example.org\nBcc: x@y.z"])
def test_bad_email_is_rejected(client, valid_data, email):
    response = client.post(SHARE, {**valid_data, "email": email})

    assert "email" in errors_of(response)
    assert PracticeSubmission.objects.count() == 0


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("title", "x" * 251),
        ("submitter_name", "x" * 201),
        ("description", "x" * 10001),
        ("description", "Too short."),
        ("links", "not a link"),
        ("links", "javascript:alert(1)"),
        ("links", "\n".join(f"https://example.org/{n}" for n in range(11))),
        ("country", "XX"),
        ("stakeholder_type", "999999"),
        ("guidelines", ["999999"]),
        ("crisis_types", ["fire"]),
        ("language", "tlh"),
    ],
)
def test_too_long_or_invalid_values_are_rejected(client, valid_data, field, value):
    response = client.post(SHARE, {**valid_data, field: value})

    assert response.status_code == 200
    assert field in errors_of(response)
    assert PracticeSubmission.objects.count() == 0


@pytest.mark.django_db
def test_every_typed_value_is_kept_when_the_form_comes_back(client, valid_data, taxonomy):
    response = client.post(
        SHARE,
        {**valid_data, "email": "broken", "attachment": SimpleUploadedFile("a.pdf", PDF)},
    )

    html = response.content.decode()
    assert 'value="Grace Mensah"' in html
    assert 'value="Coastal Workers&#x27; Union"' in html
    assert 'value="broken"' in html
    assert 'value="Union phone tree for dock workers"' in html
    assert "Shift leaders call ten foreign dock workers" in html
    assert "https://example.org/phone-tree Phone tree guide" in html
    assert '<option value="GH" selected>Ghana</option>' in html
    assert f'value="{taxonomy.stakeholders["civil-society"].pk}" selected' in html
    assert 'value="natural-disaster" id="id_crisis_types_1" checked' in html
    assert f'value="{taxonomy.guidelines[6].pk}" id="id_guidelines_5" checked' in html
    # A browser cannot re-fill a file input: say so clearly.
    assert "Please choose your attachment again" in unescape(html)


@pytest.mark.django_db
def test_honeypot_submission_is_dropped_silently(client, valid_data, caplog):
    with caplog.at_level(logging.INFO, logger="practices.views"):
        response = client.post(SHARE, {**valid_data, "website": "http://spam.example"})

    assert response.status_code == 302  # looks like success to the robot
    assert PracticeSubmission.objects.count() == 0
    assert mail.outbox == []
    assert "honeypot" in caplog.text


@pytest.mark.django_db
def test_honeypot_field_is_hidden_from_people(client, taxonomy):
    html = client.get(SHARE).content.decode()

    assert '<div class="share-hp" aria-hidden="true">' in html
    assert 'name="website"' in html and 'tabindex="-1"' in html


@pytest.mark.django_db
def test_too_many_posts_from_one_address_are_refused(client, valid_data, monkeypatch):
    monkeypatch.setattr(SharePracticeView, "rate", "3/h")
    for number in range(3):
        assert client.post(SHARE, {**valid_data, "title": f"Practice {number}"}).status_code == 302

    response = client.post(SHARE, {**valid_data, "title": "One too many"})

    assert response.status_code == 429
    html = unescape(response.content.decode())
    assert "You have sent this form many times in a short while" in html
    assert 'value="One too many"' in html  # what they typed is not lost
    assert PracticeSubmission.objects.count() == 3
    assert len(mail.outbox) == 6
    # Another address is not affected.
    other = client.post(SHARE, {**valid_data, "title": "Elsewhere"}, REMOTE_ADDR="203.0.113.9")
    assert other.status_code == 302


@pytest.mark.django_db
def test_rate_limit_counts_invalid_attempts_too(client, valid_data, monkeypatch):
    monkeypatch.setattr(SharePracticeView, "rate", "2/h")
    client.post(SHARE, {**valid_data, "email": "broken"})
    client.post(SHARE, {**valid_data, "email": "broken"})

    assert client.post(SHARE, valid_data).status_code == 429


@pytest.mark.django_db
def test_default_rate_allows_a_person_to_correct_mistakes(client, valid_data):
    for _attempt in range(5):
        client.post(SHARE, {**valid_data, "email": "broken"})

    assert client.post(SHARE, valid_data).status_code == 302


BAD_FILES = [
    ("program.pdf", b"MZ\x90\x00" + b"\x00" * 200, "bad_type"),
    ("page.pdf", b"<html><script>alert(1)</script></html>", "active_content"),
    ("image.docx", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "bad_type"),
    ("archive.docx", b"", "empty"),
    (
        "sheet.docx",
        make_docx(main_part="spreadsheetml.sheet.main+xml", with_document=False),
        "damaged",
    ),
    (
        "macro.docx",
        make_docx(main_part="wordprocessingml.document.macroEnabled.main+xml"),
        "bad_type",
    ),
    ("renamed.docx", PDF, "bad_extension"),
    ("report.txt", PDF, "bad_extension"),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("name", "content", "code"), BAD_FILES)
def test_attachment_is_checked_by_its_content(client, valid_data, name, content, code):
    upload = SimpleUploadedFile(name, content, content_type="application/pdf")

    response = client.post(SHARE, {**valid_data, "attachment": upload})

    assert response.status_code == 200
    assert [error.code for error in errors_of(response).as_data()["attachment"]] == [code]
    assert PracticeSubmission.objects.count() == 0


@pytest.mark.django_db
def test_attachment_larger_than_the_limit_is_refused(client, valid_data, settings):
    settings.MICIC_MAX_UPLOAD_BYTES = 1024
    upload = SimpleUploadedFile("big.pdf", PDF + b"0" * 2048)

    response = client.post(SHARE, {**valid_data, "attachment": upload})

    [error] = errors_of(response).as_data()["attachment"]
    assert error.code == "too_large"
    assert "1.0\xa0KB" in error.messages[0]
    assert PracticeSubmission.objects.count() == 0


@pytest.mark.django_db
def test_form_without_csrf_token_is_refused(valid_data):
    client = Client(enforce_csrf_checks=True)

    response = client.post(SHARE, valid_data)

    assert response.status_code == 403
    assert PracticeSubmission.objects.count() == 0


@pytest.mark.django_db
def test_title_is_kept_on_one_line_for_email_subjects(client, valid_data):
    client.post(SHARE, {**valid_data, "title": "Line one\r\nBcc: victim@example.org"})

    submission = PracticeSubmission.objects.get()
    assert submission.title == "Line one Bcc: victim@example.org"
    assert "\n" not in mail.outbox[0].subject
    assert mail.outbox[0].bcc == []


@pytest.mark.django_db
def test_form_page_queries_stay_few(client, taxonomy, django_assert_max_num_queries):
    with django_assert_max_num_queries(6):
        response = client.get(SHARE)

    assert response.status_code == 200
