from html import unescape

import pytest
from django.utils import translation

from editorial.models import Status
from tests.factories import GuidelineFactory, GuidelinePracticeFactory, PrincipleFactory
from tests.support.urls import page_path

HTML_LANG = {"en": '<html lang="en"', "fr": '<html lang="fr"'}


def page(response):
    return unescape(response.content.decode())


def url_of(obj, lang, method="get_absolute_url"):
    with translation.override(lang):
        return getattr(obj, method)()


@pytest.fixture
def framework(phases, stakeholders):
    """Two principles and three guidelines over two phases, with a few practices."""
    principles = [
        PrincipleFactory(
            number=1,
            title_en="Saving lives comes first",
            title_fr="Sauver des vies passe avant tout",
            short_label_en="Save lives first",
            short_label_fr="Sauver des vies avant tout",
            slug_en="save-lives-first",
            slug_fr="sauver-des-vies-avant-tout",
        ),
        PrincipleFactory(number=2, short_label_en="Rights for every migrant"),
    ]
    g8 = GuidelineFactory(
        number=8,
        phase=phases["preparedness"],
        short_label_en="Build capacity",
        short_label_fr="Renforcer les capacités",
    )
    g9 = GuidelineFactory(
        number=9,
        phase=phases["emergency-response"],
        title_en="Communicate widely and often during a crisis",
        title_fr="Communiquer largement et souvent pendant une crise",
        short_label_en="Communicate often",
        short_label_fr="Communiquer souvent",
        slug_en="communicate-often",
        slug_fr="communiquer-souvent",
        summary_en="Send clear messages often, in many languages.",
        summary_fr="Diffuser souvent des messages clairs, en plusieurs langues.",
        body_en="Once a crisis has begun, migrants need news.",
        body_fr="Dès le début d'une crise, les migrants ont besoin d'informations.",
    )
    g10 = GuidelineFactory(
        number=10,
        phase=phases["emergency-response"],
        short_label_en="Help migrants move to safety",
        short_label_fr="Aider les migrants à se mettre en sécurité",
    )
    practices = {
        "common": GuidelinePracticeFactory(
            guideline=g9,
            stakeholder_type=stakeholders["multiple-stakeholders"],
            order=1,
            title_en="Agree on common messages",
            title_fr="S'accorder sur des messages communs",
        ),
        "alerts": GuidelinePracticeFactory(
            guideline=g9,
            stakeholder_type=stakeholders["host-states"],
            order=2,
            title_en="Issue alerts in migrant languages",
            title_fr="Diffuser les alertes dans les langues des migrants",
        ),
        "workers": GuidelinePracticeFactory(
            guideline=g9,
            stakeholder_type=stakeholders["employers"],
            order=3,
            title_en="Keep workers informed",
            title_fr="Tenir les travailleurs informés",
        ),
        "documents": GuidelinePracticeFactory(
            guideline=g10,
            stakeholder_type=stakeholders["host-states"],
            title_en="Waive exit permits",
            title_fr="Renoncer aux visas de sortie",
        ),
    }
    return {"principles": principles, "guidelines": [g8, g9, g10], "practices": practices}


# Overview ----------------------------------------------------------------------


def test_overview_shows_principles_then_guidelines_by_phase(client, framework, lang):
    response = client.get(page_path(lang, "/guidelines/"))

    html = page(response)
    assert response.status_code == 200
    assert HTML_LANG[lang] in html
    expected = {
        "en": [
            "<h1>Principles and Guidelines</h1>",
            "Principle 1",
            "Save lives first",
            "Preparedness",
            "Guideline 8",
            "Build capacity",
            "Emergency response",
            "Guideline 9",
            "Communicate often",
            "Guideline 10",
        ],
        "fr": [
            "<h1>Principes et lignes directrices</h1>",
            "Principe 1",
            "Sauver des vies avant tout",
            "Préparation",
            "Ligne directrice 8",
            "Renforcer les capacités",
            "Intervention d'urgence",
            "Ligne directrice 9",
            "Communiquer souvent",
            "Ligne directrice 10",
        ],
    }[lang]
    positions = [html.index(text) for text in expected]
    assert positions == sorted(positions), "principles first, then guidelines in phase order"
    assert f'href="{page_path(lang, "/guidelines/principles/1/")}' in html
    assert url_of(framework["guidelines"][1], lang) in html
    assert {"en": "3 practices", "fr": "3 pratiques"}[lang] in html


def test_overview_has_translated_title_and_meta_description(client, framework, lang):
    html = page(client.get(page_path(lang, "/guidelines/")))

    title, description = {
        "en": ("<title>Principles and Guidelines · MICIC</title>", "The ten MICIC Principles"),
        "fr": (
            "<title>Principes et lignes directrices · MICIC</title>",
            "Les dix principes et les quinze lignes directrices MICIC",
        ),
    }[lang]
    assert title in html
    assert f'<meta name="description" content="{description}' in html


def test_overview_marks_guidelines_nav_item_as_current(client, framework, lang):
    html = page(client.get(page_path(lang, "/guidelines/")))

    label = {"en": "Guidelines", "fr": "Lignes directrices"}[lang]
    assert f'<a href="{page_path(lang, "/guidelines/")}" aria-current="page">{label}</a>' in html


def test_overview_hides_draft_principles_and_guidelines(client, framework):
    PrincipleFactory(number=7, short_label_en="A draft principle", status=Status.DRAFT)
    GuidelineFactory(number=11, short_label_en="A draft guideline", status=Status.DRAFT)

    html = page(client.get("/en/guidelines/"))

    assert "A draft principle" not in html
    assert "A draft guideline" not in html


def test_stakeholder_filter_shows_only_guidelines_with_practices_for_that_type(
    client, framework, lang
):
    response = client.get(page_path(lang, "/guidelines/"), {"stakeholder": "employers"})

    html = page(response)
    assert response.status_code == 200
    assert "Communicate often" in html or "Communiquer souvent" in html
    assert "Help migrants move to safety" not in html
    assert "Aider les migrants à se mettre en sécurité" not in html
    assert "Build capacity" not in html and "Renforcer les capacités" not in html
    assert {
        "en": "1 guideline has practices for Employers.",
        "fr": "1 ligne directrice comporte des pratiques pour\u202f: Employeurs.",
    }[lang] in html
    assert '<option value="employers" selected>' in html
    # The link lands on the employers' group of practices.
    assert f'{url_of(framework["guidelines"][1], lang)}#stakeholder-employers"' in html


def test_stakeholder_filter_on_a_parent_type_includes_its_children(client, framework):
    html = page(client.get("/en/guidelines/", {"stakeholder": "states"}))

    assert "Communicate often" in html
    assert "Help migrants move to safety" in html
    assert "Build capacity" not in html
    assert "2 guidelines have practices for States." in html
    assert '<option value="states" selected>States (all types)</option>' in html
    assert '<optgroup label="States">' in html
    assert "/en/guidelines/10/" in html and "#practices" in html


def test_stakeholder_filter_ignores_draft_practices(client, framework):
    framework["practices"]["workers"].status = Status.DRAFT
    framework["practices"]["workers"].save()

    html = page(client.get("/en/guidelines/", {"stakeholder": "employers"}))

    assert "Communicate often" not in html
    assert "0 guidelines have practices for Employers." in html
    assert "No guideline in this phase has practices for Employers yet." in html


@pytest.mark.parametrize("value", ["bogus", "<script>", "1' OR '1'='1", "x" * 500])
def test_unknown_stakeholder_gives_a_clear_message_and_the_full_list(client, framework, value):
    response = client.get("/en/guidelines/", {"stakeholder": value})

    html = page(response)
    assert response.status_code == 200
    assert "We do not know the stakeholder type" in html
    assert "Choose one from the list; all guidelines are shown meanwhile." in html
    assert 'aria-invalid="true"' in html
    assert "Build capacity" in html and "Help migrants move to safety" in html
    assert "<script>" not in response.content.decode()


def test_unknown_stakeholder_message_is_translated(client, framework):
    html = page(client.get("/fr/lignes-directrices/", {"stakeholder": "bogus"}))

    assert "Nous ne connaissons pas le type d’acteur «\u202fbogus\u202f»." in html


def test_language_switcher_keeps_the_stakeholder_filter(client, framework):
    html = page(client.get("/en/guidelines/", {"stakeholder": "employers"}))

    assert 'href="/fr/lignes-directrices/?stakeholder=employers"' in html


# Guideline page ----------------------------------------------------------------


def test_guideline_page_shows_text_and_practices_in_each_language(client, framework, lang):
    g9 = framework["guidelines"][1]

    response = client.get(url_of(g9, lang))

    html = page(response)
    assert response.status_code == 200
    assert HTML_LANG[lang] in html
    expected = {
        "en": [
            "<title>Guideline 9: Communicate widely and often during a crisis · MICIC</title>",
            '<meta name="description" content="Send clear messages often, in many languages.">',
            "<h1>Communicate widely and often during a crisis</h1>",
            "Once a crisis has begun, migrants need news.",
            "Practices to implement Guideline 9",
            "Agree on common messages",
            "Keep workers informed",
            "Print the guideline with its practices",
        ],
        "fr": [
            "<title>Ligne directrice 9\u202f: Communiquer largement et souvent pendant une crise · "
            "MICIC</title>",
            '<meta name="description" content="Diffuser souvent des messages clairs, en '
            'plusieurs langues.">',
            "<h1>Communiquer largement et souvent pendant une crise</h1>",
            "Dès le début d'une crise, les migrants ont besoin d'informations.",
            "Pratiques pour mettre en œuvre la ligne directrice 9",
            "S'accorder sur des messages communs",
            "Tenir les travailleurs informés",
            "Imprimer la ligne directrice avec ses pratiques",
        ],
    }[lang]
    for text in expected:
        assert text in html
    assert "Waive exit permits" not in html and "Renoncer aux visas" not in html


def test_guideline_page_groups_practices_by_stakeholder_type(client, framework):
    html = page(client.get(url_of(framework["guidelines"][1], "en")))

    groups = [
        'id="stakeholder-multiple-stakeholders"',
        'id="stakeholder-host-states"',
        'id="stakeholder-employers"',
    ]
    positions = [html.index(group) for group in groups]
    assert positions == sorted(positions)
    heading = '<h3 id="stakeholder-host-states-title" class="practice-group-title">Host States</h3>'
    assert heading in html
    assert html.index("Issue alerts in migrant languages") > html.index(groups[1])


def test_each_practice_has_a_stable_anchor_and_a_link_to_it(client, framework, lang):
    practice = framework["practices"]["alerts"]
    g9_url = url_of(framework["guidelines"][1], lang)

    html = page(client.get(g9_url))

    assert f'<article class="practice" id="practice-{practice.pk}"' in html
    label = {"en": "Link to this practice", "fr": "Lien vers cette pratique"}[lang]
    assert f'<a href="{g9_url}#practice-{practice.pk}">{label}<span class="visually-hidden">' in (
        html
    )


def test_guideline_page_links_previous_and_next_guideline(client, framework):
    g8, g9, g10 = framework["guidelines"]

    html = page(client.get(url_of(g9, "en")))

    assert f'<a href="{url_of(g8, "en")}" rel="prev">' in html
    assert f'<a href="{url_of(g10, "en")}" rel="next">' in html


def test_first_guideline_has_no_previous_and_skips_drafts(client, framework):
    g8, g9, g10 = framework["guidelines"]
    g9.status = Status.DRAFT
    g9.save()

    html = page(client.get(url_of(g8, "en")))

    assert 'rel="prev"' not in html
    assert f'<a href="{url_of(g10, "en")}" rel="next">' in html


def test_guideline_page_has_breadcrumbs(client, framework, lang):
    html = page(client.get(url_of(framework["guidelines"][1], lang)))

    overview, current = {
        "en": ("Principles and Guidelines", "Guideline 9"),
        "fr": ("Principes et lignes directrices", "Ligne directrice 9"),
    }[lang]
    assert f'<li><a href="{page_path(lang, "/guidelines/")}">{overview}</a></li>' in html
    assert f'<span aria-current="page">{current}</span>' in html


def test_guideline_page_is_reachable_by_number_and_redirects_to_slugged_url(
    client, framework, lang
):
    response = client.get(page_path(lang, "/guidelines/9/"))

    assert response.status_code == 301
    assert (
        response["Location"]
        == {
            "en": "/en/guidelines/9/communicate-often/",
            "fr": "/fr/lignes-directrices/9/communiquer-souvent/",
        }[lang]
    )


@pytest.mark.parametrize("slug", ["wrong-slug", "communiquer-souvent", "communicate"])
def test_wrong_or_other_language_slug_redirects_permanently(client, framework, slug):
    response = client.get(f"/en/guidelines/9/{slug}/")

    assert response.status_code == 301
    assert response["Location"] == "/en/guidelines/9/communicate-often/"


def test_french_url_uses_the_french_slug(client, framework):
    response = client.get("/fr/lignes-directrices/9/communicate-often/")

    assert response.status_code == 301
    assert response["Location"] == "/fr/lignes-directrices/9/communiquer-souvent/"
    assert client.get(response["Location"]).status_code == 200


def test_language_switcher_on_guideline_page_points_to_french_slug(client, framework):
    html = page(client.get("/en/guidelines/9/communicate-often/"))

    assert (
        '<a href="/fr/lignes-directrices/9/communiquer-souvent/" hreflang="fr" lang="fr" '
        'rel="alternate">Français</a>'
    ) in html
    assert (
        '<link rel="alternate" hreflang="fr" '
        'href="http://testserver/fr/lignes-directrices/9/communiquer-souvent/">'
    ) in html


@pytest.mark.parametrize(
    "path",
    [
        "/en/guidelines/16/",
        "/en/guidelines/0/",
        "/en/guidelines/11/any-slug/",
        "/en/guidelines/99999999999999999999999999/",
        "/en/guidelines/99999999999999999999999999/slug/",
        "/en/guidelines/9/not a slug!/",
        "/en/guidelines/nine/",
        "/en/guidelines/principles/11/",
        "/en/guidelines/principles/99999999999999999999999/x/",
        "/en/guidelines/9/communicate-often/print/extra/",
    ],
)
def test_unknown_numbers_and_slugs_are_404_not_500(client, framework, path):
    response = client.get(path)

    assert response.status_code == 404
    assert "We could not find that page" in page(response)


def test_french_fallback_is_visible_and_marked_in_english(client, framework):
    g9 = framework["guidelines"][1]
    g9.body_fr = ""
    g9.save()

    html = page(client.get("/fr/lignes-directrices/9/communiquer-souvent/"))

    assert "Once a crisis has begun, migrants need news." in html
    assert '<div class="prose" lang="en">' in html
    assert "Ce contenu n’est pas encore disponible en" in html


def test_overview_marks_items_shown_in_english(client, framework):
    g10 = framework["guidelines"][2]
    g10.short_label_fr = ""
    g10.save()

    html = page(client.get("/fr/lignes-directrices/"))

    assert '<span class="framework-label" lang="en">Help migrants move to safety</span>' in html
    assert "En anglais" in html


# Drafts --------------------------------------------------------------------------


def test_draft_guideline_is_404_for_anonymous(client, framework):
    g9 = framework["guidelines"][1]
    g9.status = Status.DRAFT
    g9.save()

    assert client.get("/en/guidelines/9/communicate-often/").status_code == 404
    # Reaching it by number must not reveal its slug through a redirect.
    assert client.get("/en/guidelines/9/").status_code == 404
    assert client.get("/en/guidelines/9/communicate-often/print/").status_code == 404


def test_draft_guideline_is_visible_to_staff_with_a_banner(admin_client, framework, lang):
    g9 = framework["guidelines"][1]
    g9.status = Status.DRAFT
    g9.save()

    response = admin_client.get(url_of(g9, lang))

    html = page(response)
    assert response.status_code == 200
    assert {"en": "Draft — not public.", "fr": "Brouillon — non public."}[lang] in html


def test_draft_practices_are_hidden_from_anonymous_and_marked_for_staff(
    client, admin_client, framework
):
    practice = framework["practices"]["workers"]
    practice.status = Status.DRAFT
    practice.save()

    public = page(client.get("/en/guidelines/9/communicate-often/"))
    staff = page(admin_client.get("/en/guidelines/9/communicate-often/"))

    assert "Keep workers informed" not in public
    assert "Keep workers informed" in staff
    assert '<span class="badge badge-draft">Draft — not public</span>' in staff


def test_draft_principle_is_404_for_anonymous_and_visible_to_staff(client, admin_client, framework):
    principle = framework["principles"][0]
    principle.status = Status.DRAFT
    principle.save()

    assert client.get("/en/guidelines/principles/1/save-lives-first/").status_code == 404
    response = admin_client.get("/en/guidelines/principles/1/save-lives-first/")
    assert response.status_code == 200
    assert "Draft — not public." in page(response)


# Print views ----------------------------------------------------------------------


def test_print_view_shows_guideline_with_all_its_practices(client, framework, lang):
    g9 = framework["guidelines"][1]

    response = client.get(url_of(g9, lang, "get_print_url"))

    html = page(response)
    assert response.status_code == 200
    for title in ("common", "alerts", "workers"):
        practice = framework["practices"][title]
        assert (practice.title_en if lang == "en" else practice.title_fr) in html
    assert {"en": "Print the guideline without its practices", "fr": "sans ses pratiques"}[
        lang
    ] in html
    assert '<meta name="robots" content="noindex">' in html
    assert f'<link rel="canonical" href="http://testserver{url_of(g9, lang)}">' in html
    assert f"http://testserver{url_of(g9, lang)}</span>" in html  # the source, written out
    assert "Link to this practice" not in html and "Lien vers cette pratique" not in html
    assert "page-print" in html


def test_print_view_without_practices_shows_the_guideline_alone(client, framework, lang):
    g9 = framework["guidelines"][1]

    response = client.get(url_of(g9, lang, "get_print_alone_url"))

    html = page(response)
    assert response.status_code == 200
    assert (g9.title_en if lang == "en" else g9.title_fr) in html
    assert "Agree on common messages" not in html
    assert "S'accorder sur des messages communs" not in html
    assert url_of(g9, lang, "get_print_url") in html  # offers the version with practices


def test_print_view_language_switcher_points_to_french_print_page(client, framework):
    html = page(client.get("/en/guidelines/9/communicate-often/print/"))

    assert 'href="/fr/lignes-directrices/9/communiquer-souvent/imprimer/"' in html


def test_print_view_with_wrong_slug_redirects_to_canonical_print_url(client, framework):
    response = client.get("/fr/lignes-directrices/9/communicate-often/imprimer/sans-pratiques/")

    assert response.status_code == 301
    assert (
        response["Location"]
        == "/fr/lignes-directrices/9/communiquer-souvent/imprimer/sans-pratiques/"
    )


# Principle page --------------------------------------------------------------------


def test_principle_page_in_each_language(client, framework, lang):
    principle = framework["principles"][0]

    response = client.get(url_of(principle, lang))

    html = page(response)
    assert response.status_code == 200
    expected = {
        "en": [
            "<title>Principle 1: Saving lives comes first · MICIC</title>",
            "<h1>Saving lives comes first</h1>",
            '<meta name="description" content="Why this principle matters.">',
            '<span aria-current="page">Principle 1</span>',
        ],
        "fr": [
            "<title>Principe 1\u202f: Sauver des vies passe avant tout · MICIC</title>",
            "<h1>Sauver des vies passe avant tout</h1>",
            '<meta name="description" content="Pourquoi ce principe compte.">',
            '<span aria-current="page">Principe 1</span>',
        ],
    }[lang]
    for text in expected:
        assert text in html
    assert f'<a href="{url_of(framework["principles"][1], lang)}" rel="next">' in html


def test_principle_by_number_redirects_to_slugged_url_in_page_language(client, framework):
    response = client.get("/fr/lignes-directrices/principes/1/")

    assert response.status_code == 301
    assert response["Location"] == "/fr/lignes-directrices/principes/1/sauver-des-vies-avant-tout/"


# Home page, sitemap -----------------------------------------------------------------


def test_home_page_shows_the_guidelines_by_phase_and_links_to_the_overview(client, framework, lang):
    html = page(client.get(f"/{lang}/"))

    heading = {
        "en": "The fifteen Guidelines, by crisis phase",
        "fr": "Les quinze lignes directrices, par phase de crise",
    }[lang]
    assert heading in html
    label = {"en": "Build capacity", "fr": "Renforcer les capacités"}[lang]
    assert html.index(label) < html.index(url_of(framework["guidelines"][2], lang))
    assert f'<a href="{url_of(framework["guidelines"][1], lang)}">' in html
    card = {"en": "Principles and Guidelines", "fr": "Principes et lignes directrices"}[lang]
    assert f'<h3><a href="{page_path(lang, "/guidelines/")}">{card}</a></h3>' in html


def test_sitemap_lists_published_guidelines_with_translated_slugs(client, framework):
    GuidelineFactory(number=12, status=Status.DRAFT, slug_en="a-draft")

    xml = client.get("/sitemap.xml").content.decode()

    assert "<loc>http://testserver/en/guidelines/</loc>" in xml
    assert "<loc>http://testserver/fr/lignes-directrices/</loc>" in xml
    assert "<loc>http://testserver/en/guidelines/9/communicate-often/</loc>" in xml
    assert "<loc>http://testserver/fr/lignes-directrices/9/communiquer-souvent/</loc>" in xml
    assert "http://testserver/fr/lignes-directrices/principes/1/sauver-des-vies-avant-tout/" in xml
    assert "a-draft" not in xml
