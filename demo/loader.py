"""
Load the demo content of demo/data/*.toml (English and French side by side)
into the database, with the sample PDFs of demo/files/.

Idempotent and respectful of editors: an object is created only if missing
(found by its natural key: number, key or English slug); on an existing one,
a text field is filled only while empty, and a field is corrected only while
it still holds a value an earlier demo seeded (`old.*` in the data files), so
existing demo sites get the official names and editors keep their work.
"""

import tomllib
from pathlib import Path

from django.core.files import File
from django.utils.text import slugify
from modeltranslation.utils import build_localized_fieldname

from consultations.models import Consultation, OutcomeDocument
from documents.files import file_field_name
from editorial.models import Status
from factsheets.models import Factsheet, Tool
from guidelines.models import CrisisPhase, Guideline, GuidelinePractice, Principle, StakeholderType
from practices.models import (
    PracticeCountry,
    PracticeSubmission,
    RepositoryPractice,
    SubmissionStatus,
)
from practices.services import submission_accept, submission_decline, submission_start_review
from toolkit.models import GuidelinesInAction, ToolkitItem, Training

DATA_DIR = Path(__file__).resolve().parent / "data"
FILES_DIR = Path(__file__).resolve().parent / "files"
SITE_LANGUAGES = ("en", "fr")  # the languages the data files are written in


def read(name):
    """One content family of the demo, e.g. read("guidelines")["guideline"]."""
    with (DATA_DIR / f"{name}.toml").open("rb") as data_file:
        return tomllib.load(data_file)


def sample_file(language):
    return FILES_DIR / f"sample-{language}.pdf"


def translated(field, values):
    """{"en": a, "fr": b} -> {"field_en": a, "field_fr": b}, missing languages left out."""
    return {build_localized_fieldname(field, code): text for code, text in (values or {}).items()}


def slugs(titles, length=200):
    return {code: slugify(title)[:length].rstrip("-") for code, title in titles.items()}


def document_slug(item):
    """A document's French slug: the data's own, else its French title
    slugified (as the slug migrations do), else none (the English one serves)."""
    french_title = item["title"].get("fr")
    if not french_title:
        return None
    return item.get("slug_fr") or slugs({"fr": french_title}, length=120)["fr"]


def fill_and_correct(obj, values, old=None):
    """Set each field of `values` that is empty on `obj`, or that still holds
    its old demo value (`old`, same shape); save if anything changed."""
    old = old or {}
    changed = [
        field
        for field, value in values.items()
        if getattr(obj, field) != value
        and (getattr(obj, field) in ("", None) or getattr(obj, field) == old.get(field))
    ]
    for field in changed:
        setattr(obj, field, values[field])
    if changed:
        obj.save()
    return bool(changed)


def guideline_texts(item):
    """A Guideline's texts from its item in data/guidelines.toml."""
    return {
        **translated("title", item["title"]),
        # One name everywhere: the short label is the official title.
        **translated("short_label", item["title"]),
        **translated("thematic_area", item["thematic_area"]),
        **translated("summary", item["summary"]),
        **translated("body", item["body"]),
    }


def guideline_defaults(item, phases):
    """What a Guideline is created with from its item (its number aside):
    published, in its phase ({key: CrisisPhase}), with its slugs and texts."""
    return {
        "status": Status.PUBLISHED,
        "phase": phases[item["phase"]],
        **translated("slug", slugs(item["title"])),
        **guideline_texts(item),
    }


def old_values(item):
    """The `old` table of a data item as {"field_en": value, ...}."""
    return {
        name: value
        for field, languages in item.get("old", {}).items()
        for name, value in translated(field, languages).items()
    }


class Loader:
    def __init__(self):
        self.created = 0
        self.updated = 0

    def note(self, obj_created, obj_updated=False):
        self.created += bool(obj_created)
        self.updated += bool(obj_updated)

    # Phases and stakeholder types ------------------------------------------

    def phases(self):
        data = read("phases")
        for item in data["phase"]:
            texts = {
                **translated("name", item["name"]),
                **translated("description", item["description"]),
            }
            phase, created = CrisisPhase.objects.get_or_create(
                key=item["key"], defaults={"order": item["order"], **texts}
            )
            self.note(created, not created and fill_and_correct(phase, texts, old_values(item)))
        for item in data["stakeholder_type"]:
            _kind, created = StakeholderType.objects.get_or_create(
                key=item["key"],
                defaults={
                    "order": item["order"],
                    "parent": StakeholderType.objects.filter(key=item.get("parent")).first(),
                    **translated("name", item["name"]),
                },
            )
            self.note(created)

    # Principles and Guidelines ----------------------------------------------

    def principles(self):
        for item in read("principles")["principle"]:
            texts = {
                **translated("title", item["title"]),
                **translated("short_label", item["short_label"]),
                **translated("body", item["body"]),
            }
            principle, created = Principle.objects.get_or_create(
                number=item["number"],
                defaults={
                    "status": Status.PUBLISHED,
                    "title_is_official": item["title_is_official"],
                    **translated("slug", slugs(item["short_label"])),
                    **texts,
                },
            )
            updated = False
            if not created:
                updated = fill_and_correct(principle, texts, old_values(item))
                if (
                    item["title_is_official"] != principle.title_is_official
                    and principle.title_en == item["title"]["en"]
                ):
                    # Official or not follows the demo title while that title is in place.
                    principle.title_is_official = item["title_is_official"]
                    principle.save(update_fields=["title_is_official"])
                    updated = True
            self.note(created, updated)

    def guidelines(self):
        phases = {phase.key: phase for phase in CrisisPhase.objects.all()}
        stakeholder_types = {kind.key: kind for kind in StakeholderType.objects.all()}
        for item in read("guidelines")["guideline"]:
            guideline, created = Guideline.objects.get_or_create(
                number=item["number"], defaults=guideline_defaults(item, phases)
            )
            self.note(
                created,
                not created
                and fill_and_correct(guideline, guideline_texts(item), old_values(item)),
            )
            if guideline.practices.exists():
                continue  # never add to practices an editor has arranged
            GuidelinePractice.objects.bulk_create(
                GuidelinePractice(
                    guideline=guideline,
                    stakeholder_type=stakeholder_types[practice["stakeholder"]],
                    status=Status.PUBLISHED,
                    order=index * 10,
                    **translated("title", practice["title"]),
                    **translated("body", practice["body"]),
                )
                for index, practice in enumerate(item.get("practice", []), start=1)
            )

    # Repository of practices ------------------------------------------------

    def practices(self):
        data = read("practices")
        phases = {phase.key: phase for phase in CrisisPhase.objects.all()}
        stakeholder_types = {kind.key: kind for kind in StakeholderType.objects.all()}
        guidelines = {guideline.number: guideline for guideline in Guideline.objects.all()}
        for item in data["practice"]:
            if RepositoryPractice.objects.filter(slug_en=item["slug"]).exists():
                continue
            practice = RepositoryPractice(
                status=Status.PUBLISHED,
                is_example=True,  # invented: labelled "Illustrative example" on every page
                practice_type=item["type"],
                source=item["source"],
                slug_en=item["slug"],
                slug_fr=slugs(item["title"])["fr"],
                **translated("title", item["title"]),
                **translated("stakeholder_name", item["stakeholder_name"]),
                **translated("description", item["description"]),
            )
            practice.set_crisis_types(item["crisis_types"])
            practice.save()
            practice.stakeholder_types.set([stakeholder_types[key] for key in item["stakeholders"]])
            practice.phases.set([phases[key] for key in item["phases"]])
            practice.guidelines.set([guidelines[number] for number in item["guidelines"]])
            PracticeCountry.objects.bulk_create(
                PracticeCountry(practice=practice, country=code) for code in item["countries"]
            )
            self.note(True)
        for item in data["submission"]:
            self.submission(item, phases, stakeholder_types, guidelines)

    def submission(self, item, phases, stakeholder_types, guidelines):
        submission, created = PracticeSubmission.objects.get_or_create(
            email=item["email"],
            title=item["title"],
            defaults={
                "submitter_name": item["submitter_name"],
                "organisation": item.get("organisation", ""),
                "submitter_country": item["submitter_country"],
                "description": item["description"],
                "stakeholder_type": stakeholder_types[item["stakeholder"]],
                "country": item["country"],
                "consent_to_publish": item["consent_to_publish"],
                "language": item["language"],
            },
        )
        if not created:
            return
        submission.set_crisis_types(item["crisis_types"])
        submission.save()
        submission.phases.set([phases[key] for key in item["phases"]])
        submission.guidelines.set([guidelines[number] for number in item["guidelines"]])
        # Through the same moderation steps as the admin.
        status = item["status"]
        if status == SubmissionStatus.IN_REVIEW:
            submission_start_review(submission=submission, by=None)
        elif status == SubmissionStatus.ACCEPTED:
            practice = submission_accept(submission=submission, by=None)
            practice.is_example = True
            practice.save(update_fields=["is_example"])
        elif status == SubmissionStatus.DECLINED:
            submission_decline(submission=submission, by=None, reason=item["decline_reason"])
        self.note(True)

    # Documents with files ---------------------------------------------------

    def attach_files(self, document, languages, created):
        """Give a new document the sample file of each of its languages, and
        an existing one any sample whose stored file has gone missing (a fresh
        MEDIA_ROOT); a file an editor removed stays removed."""
        changed = False
        for code in languages:
            current = document.file_in(code)
            if current and current.storage.exists(current.name):
                continue
            if not current and not created:
                continue
            with sample_file(code).open("rb") as sample:
                setattr(
                    document,
                    file_field_name(code),
                    File(sample, name=f"{document.slug}-{code}.pdf"),
                )
                document.full_clean()
                document.save()
            changed = True
        return changed

    def document(self, model, item, **fields):
        """A document (found by its English slug) with its files; returns it
        and whether it was created.

        Its French slug comes from its French title, so that French download
        addresses read in French; a site seeded when the English slug stood
        in for it is corrected."""
        french_slug = {"slug_fr": document_slug(item)}
        document, created = model.objects.get_or_create(
            slug_en=item["slug"],
            defaults={
                **fields,
                **french_slug,
                "status": Status.PUBLISHED,
                "sample_files": item.get("sample_files", False),
                **translated("title", item["title"]),
                **translated("description", item.get("description")),
            },
        )
        corrected = not created and fill_and_correct(
            document, french_slug, {"slug_fr": item["slug"]}
        )
        attached = self.attach_files(document, item["files"], created)
        self.note(created, (attached or corrected) and not created)
        return document, created

    def factsheets(self):
        guidelines = {guideline.number: guideline for guideline in Guideline.objects.all()}
        for item in read("factsheets")["factsheet"]:
            factsheet, created = Factsheet.objects.get_or_create(
                slug_en=item["slug"]["en"],
                defaults={
                    "kind": item["kind"],
                    "published_on": item["published_on"],
                    "english_only": item.get("english_only", False),
                    "status": Status.PUBLISHED,
                    **translated("slug", item["slug"]),
                    **translated("title", item["title"]),
                    **translated("summary", item["summary"]),
                    **translated("body", item["body"]),
                },
            )
            self.note(created)
            if created:
                factsheet.related_guidelines.set(
                    [guidelines[number] for number in item["guidelines"]]
                )
            for order, tool in enumerate(item.get("tool", []), start=1):
                self.document(Tool, tool, order=order, factsheet=factsheet)

    def consultations(self):
        by_slug = {}
        for item in read("consultations")["consultation"]:
            consultation, created = Consultation.objects.get_or_create(
                slug_en=item["slug"]["en"],
                defaults={
                    "kind": item["kind"],
                    "region": item["region"],
                    "country": item.get("country", ""),
                    "start_date": item.get("start_date"),
                    "end_date": item.get("end_date"),
                    "status": Status.PUBLISHED,
                    **{
                        name: value
                        for field in (
                            "slug",
                            "title",
                            "city",
                            "organisers",
                            "funders",
                            "participants",
                            "summary",
                            "body",
                        )
                        for name, value in translated(field, item.get(field)).items()
                    },
                },
            )
            by_slug[item["slug"]["en"]] = consultation
            if created and item.get("paired_with"):
                consultation.paired_with = by_slug[item["paired_with"]]
                consultation.full_clean()
                consultation.save()
            self.note(created)
            for order, document in enumerate(item.get("document", []), start=1):
                self.document(
                    OutcomeDocument,
                    document,
                    order=order,
                    consultation=consultation,
                    kind=document["kind"],
                )

    def toolkit(self):
        """Guidelines in Action, the toolkit's items and the trainings."""
        data = read("toolkit")
        guidelines = {guideline.number: guideline for guideline in Guideline.objects.all()}
        for item in data["guidelines_in_action"]:
            guideline = guidelines[item["guideline"]]
            others = GuidelinesInAction.objects.filter(guideline=guideline)
            if others.exclude(slug_en=item["slug"]).exists():
                continue  # an editor has given this guideline its own document
            self.document(
                GuidelinesInAction,
                item,
                guideline=guideline,
                **translated("practical_tool", item.get("practical_tool")),
            )
        items = {}
        for order, item in enumerate(data["toolkit_item"], start=1):
            document, created = self.document(
                ToolkitItem,
                item,
                order=order,
                kind=item["kind"],
                audience=item["audience"],
                is_example=item.get("is_example", False),
            )
            if created:
                document.guidelines.set([guidelines[number] for number in item["guidelines"]])
            items[item["slug"]] = document
        for order, item in enumerate(data["training"], start=1):
            training, created = Training.objects.get_or_create(
                slug=item["slug"],
                defaults={
                    "status": Status.PUBLISHED,
                    "order": order,
                    "format": item["format"],
                    "audience": item["audience"],
                    "languages": item["languages"],
                    "link": item["link"],
                    "link_kind": item["link_kind"],
                    "manual": items.get(item.get("manual")),
                    **{
                        name: value
                        for field in ("title", "summary", "audience_description", "duration")
                        for name, value in translated(field, item.get(field)).items()
                    },
                },
            )
            if created:
                training.guidelines.set([guidelines[number] for number in item["guidelines"]])
            self.note(created)

    def framework(self):
        """The Guidelines' own structure: phases, stakeholder types, Principles, Guidelines."""
        self.phases()
        self.principles()
        self.guidelines()

    def load(self):
        """Every family, in dependency order."""
        self.framework()
        self.practices()
        self.factsheets()
        self.consultations()
        self.toolkit()
        return self.created, self.updated
