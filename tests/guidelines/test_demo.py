from io import StringIO

import pytest
from django.core.management import call_command

from editorial.models import Status
from guidelines.demo_content import GUIDELINE_TEXTS
from guidelines.models import CrisisPhase, Guideline, GuidelinePractice, Principle, StakeholderType

MODELS = (CrisisPhase, StakeholderType, Principle, Guideline, GuidelinePractice)


def seed():
    out = StringIO()
    call_command("seed_demo", stdout=out)
    return out.getvalue()


def snapshot():
    """Every row of every guidelines model, all columns (incl. updated_at)."""
    return {model.__name__: list(model.objects.order_by("pk").values()) for model in MODELS}


@pytest.mark.django_db
def test_seed_demo_builds_the_whole_framework_in_both_languages():
    output = seed()

    assert "15 guidelines" in output
    assert Principle.objects.published().count() == 10
    assert Guideline.objects.published().count() == 15
    phases = {
        phase.key: sorted(phase.guidelines.values_list("number", flat=True))
        for phase in CrisisPhase.objects.all()
    }
    assert phases == {
        "preparedness": list(range(1, 9)),
        "emergency-response": list(range(9, 14)),
        "post-crisis": [14, 15],
    }
    for principle in Principle.objects.all():
        assert principle.body_en and principle.body_fr
    for guideline in Guideline.objects.all():
        for field in ("title", "summary", "body", "slug", "short_label", "thematic_area"):
            assert getattr(guideline, f"{field}_en"), (guideline.number, field)
            assert getattr(guideline, f"{field}_fr"), (guideline.number, field)
        assert guideline.title_en != guideline.short_label_en
        practices = guideline.practices.published()
        assert practices.count() >= 3
        assert practices.values("stakeholder_type").distinct().count() >= 3
        for practice in practices:
            assert practice.title_en and practice.title_fr and practice.body_en and practice.body_fr


@pytest.mark.django_db
def test_guideline_9_practices_start_with_multiple_stakeholders_then_states_and_employers():
    seed()

    keys = list(
        Guideline.objects.get(number=9)
        .practices.order_by("order")
        .values_list("stakeholder_type__key", flat=True)
    )

    assert keys[0] == "multiple-stakeholders"
    assert {"host-states", "states-of-origin", "employers"} <= set(keys)


@pytest.mark.django_db
def test_seed_demo_twice_changes_nothing():
    seed()
    before = snapshot()

    output = seed()

    assert snapshot() == before
    assert "0 practices added, 0 empty texts filled" in output


@pytest.mark.django_db
def test_seed_demo_never_overwrites_an_editors_text():
    seed()
    guideline = Guideline.objects.get(number=4)
    guideline.title_fr = "Titre revu par la rédaction"
    guideline.summary_en = "An editor's summary."
    guideline.save()
    GuidelinePractice.objects.filter(guideline=guideline).delete()
    GuidelinePractice.objects.create(
        guideline=guideline,
        stakeholder_type=StakeholderType.objects.get(key="employers"),
        title_en="The editors' only practice",
        status=Status.PUBLISHED,
    )

    seed()

    guideline.refresh_from_db()
    assert guideline.title_fr == "Titre revu par la rédaction"
    assert guideline.summary_en == "An editor's summary."
    assert list(guideline.practices.values_list("title_en", flat=True)) == [
        "The editors' only practice"
    ]


@pytest.mark.django_db
def test_seed_demo_fills_texts_left_empty_by_an_earlier_seed():
    """Databases seeded before the texts existed have titles equal to short labels
    and no bodies: the seed fills what is empty and keeps what is not."""
    seed()
    Guideline.objects.update(summary_en="", summary_fr="", body_en="", body_fr="")
    Principle.objects.update(body_en="", body_fr="")
    Guideline.objects.filter(number=1).update(title_en="Monitor crises")

    output = seed()

    guideline = Guideline.objects.get(number=1)
    assert guideline.body_fr == GUIDELINE_TEXTS[1]["body"][1]
    assert guideline.summary_en == GUIDELINE_TEXTS[1]["summary"][0]
    assert guideline.title_en == "Monitor crises"
    assert all(Principle.objects.values_list("body_fr", flat=True))
    assert "25 empty texts filled" in output
