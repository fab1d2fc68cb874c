from html import unescape

import pytest
from django.contrib import admin

from editorial.models import Status
from guidelines.admin import GuidelineAdmin
from guidelines.models import Guideline, GuidelinePractice
from tests.factories import GuidelineFactory, GuidelinePracticeFactory, PrincipleFactory

CHANGELIST = "/en/admin/guidelines/guideline/"


def page(response):
    return unescape(response.content.decode())


@pytest.fixture
def guidelines(phases, stakeholders):
    return [
        GuidelineFactory(
            number=10,
            phase=phases["emergency-response"],
            title_en="Give migrants the means to move to safety",
            title_fr="Donner aux migrants les moyens de se mettre en sécurité",
            short_label_en="Help migrants move to safety",
            short_label_fr="Aider les migrants à se mettre en sécurité",
            # Explicit: a sequence-made "Thematic area 10" would match the search for "10".
            thematic_area_en="Facilitating movement to safety",
            thematic_area_fr="Faciliter les déplacements vers la sécurité",
        ),
        GuidelineFactory(
            number=2,
            phase=phases["preparedness"],
            title_en="Collect and share information on migrants",
            title_fr="Recueillir et partager des informations sur les migrants",
            short_label_en="Collect and share migrant data",
            short_label_fr="Recueillir et partager les données",
            thematic_area_en="Information on migrants",
            thematic_area_fr="Informations sur les migrants",
            status=Status.DRAFT,
        ),
    ]


def test_guideline_list_is_sorted_by_number(admin_client, guidelines):
    html = page(admin_client.get(CHANGELIST))

    assert html.index("Collect and share migrant data") < html.index("Help migrants move to safety")


@pytest.mark.parametrize(
    "query", ["move to safety", "mettre en sécurité", "Aider les migrants", "10"]
)
def test_guideline_search_covers_both_languages_and_the_number(admin_client, guidelines, query):
    html = page(admin_client.get(CHANGELIST, {"q": query}))

    assert "Help migrants move to safety" in html
    assert "Collect and share migrant data" not in html


def test_guideline_search_in_french_works_from_the_english_admin(admin_client, guidelines):
    html = page(admin_client.get(CHANGELIST, {"q": "Recueillir"}))

    assert "Collect and share migrant data" in html
    assert "Help migrants move to safety" not in html


def test_guideline_list_filters_by_phase_and_status(admin_client, guidelines, phases):
    by_phase = page(admin_client.get(CHANGELIST, {"phase__id__exact": phases["preparedness"].pk}))
    by_status = page(admin_client.get(CHANGELIST, {"status__exact": "draft"}))

    for html in (by_phase, by_status):
        assert "Collect and share migrant data" in html
        assert "Help migrants move to safety" not in html


def test_guideline_list_shows_french_completeness_column(admin_client, guidelines):
    html = page(admin_client.get(CHANGELIST))

    assert "French complete" in html
    assert 'alt="True"' in html


def test_french_complete_requires_the_guideline_and_all_its_practices_in_french(
    guidelines, stakeholders
):
    model_admin = GuidelineAdmin(Guideline, admin.site)
    guideline = guidelines[0]
    GuidelinePracticeFactory(guideline=guideline)

    def complete():
        obj = model_admin.get_queryset(request=None).get(pk=guideline.pk)
        return model_admin.french_complete(obj)

    assert complete() is True

    GuidelinePracticeFactory(guideline=guideline, body_fr="")
    assert complete() is False

    GuidelinePractice.objects.filter(body_fr="").update(body_fr="Comment faire.")
    guideline.summary_fr = ""
    guideline.save()
    assert complete() is False


def test_guideline_change_page_has_language_tabs_and_inline_practices(admin_client, guidelines):
    guideline = guidelines[0]
    GuidelinePracticeFactory(guideline=guideline, title_en="Issue travel documents quickly")

    html = page(admin_client.get(f"{CHANGELIST}{guideline.pk}/change/"))

    for field in ("title_en", "title_fr", "slug_en", "slug_fr", "body_en", "body_fr"):
        assert f'name="{field}"' in html
    for field in ("order", "stakeholder_type", "title_en", "title_fr", "body_en", "body_fr"):
        assert f'name="practices-0-{field}"' in html
    assert 'value="Issue travel documents quickly"' in html
    # Each language's slug is prepopulated from that language's short label.
    assert '"id": "#id_slug_en"' in html and '"#id_short_label_en"' in html
    assert '"id": "#id_slug_fr"' in html and '"#id_short_label_fr"' in html


def test_prepopulated_slugs_are_declared_per_language():
    model_admin = GuidelineAdmin(Guideline, admin.site)

    assert model_admin.prepopulated_fields == {
        "slug_en": ("short_label_en",),
        "slug_fr": ("short_label_fr",),
    }


def test_editor_adds_a_guideline_with_ordered_inline_practices(admin_client, phases, stakeholders):
    data = {
        "number": "13",
        "phase": phases["emergency-response"].pk,
        "title_en": "Relocate and evacuate migrants when necessary",
        "title_fr": "Relocaliser et évacuer les migrants lorsque c'est nécessaire",
        "short_label_en": "Relocate and evacuate",
        "short_label_fr": "Relocaliser et évacuer",
        "slug_en": "relocate-and-evacuate",
        "slug_fr": "relocaliser-et-evacuer",
        "thematic_area_en": "Relocation and evacuation",
        "thematic_area_fr": "Relocalisation et évacuation",
        "summary_en": "Move people out of danger safely.",
        "summary_fr": "Éloigner les personnes du danger en sécurité.",
        "body_en": "",
        "body_fr": "",
        "status": "published",
        "publish_at_0": "",
        "publish_at_1": "",
        "practices-TOTAL_FORMS": "2",
        "practices-INITIAL_FORMS": "0",
        "practices-MIN_NUM_FORMS": "0",
        "practices-MAX_NUM_FORMS": "1000",
    }
    for index, (order, key, title) in enumerate(
        [(20, "host-states", "Keep borders open"), (10, "employers", "Pay what is owed")]
    ):
        data |= {
            f"practices-{index}-order": str(order),
            f"practices-{index}-stakeholder_type": stakeholders[key].pk,
            f"practices-{index}-title_en": title,
            f"practices-{index}-title_fr": f"{title} (fr)",
            f"practices-{index}-body_en": "",
            f"practices-{index}-body_fr": "",
            f"practices-{index}-status": "published",
        }

    response = admin_client.post(f"{CHANGELIST}add/", data)

    assert response.status_code == 302, page(response)
    guideline = Guideline.objects.get(number=13)
    assert guideline.slug_fr == "relocaliser-et-evacuer"
    assert [p.title_en for p in guideline.practices.order_by("order")] == [
        "Pay what is owed",
        "Keep borders open",
    ]


def test_practice_admin_searches_both_languages(admin_client, guidelines, stakeholders):
    GuidelinePracticeFactory(
        guideline=guidelines[0],
        title_en="Waive exit permits",
        title_fr="Renoncer aux visas de sortie",
    )
    GuidelinePracticeFactory(guideline=guidelines[0], title_en="Something else")

    html = page(admin_client.get("/en/admin/guidelines/guidelinepractice/", {"q": "visas"}))

    assert "Waive exit permits" in html
    assert "Something else" not in html


def test_principle_admin_lists_by_number_and_searches_french(admin_client, db):
    PrincipleFactory(number=9, short_label_en="Cooperate", title_fr="Aucun acteur ne peut seul")
    PrincipleFactory(number=1, short_label_en="Save lives first")

    listing = page(admin_client.get("/en/admin/guidelines/principle/"))
    search = page(admin_client.get("/en/admin/guidelines/principle/", {"q": "acteur ne peut"}))

    assert listing.index("Save lives first") < listing.index("Cooperate")
    assert "Cooperate" in search and "Save lives first" not in search
