from html import unescape

import pytest
from django.urls import reverse
from django.utils import translation

PUBLIC_PAGES = {
    # url name: (English heading, French heading)
    "pages:home": (
        "Protecting migrants when crisis strikes",
        "Protéger les migrants quand la crise frappe",
    ),
    "pages:about": ("About the MICIC Initiative", "À propos de l’Initiative MICIC"),
}
HEADING = {"en": 0, "fr": 1}


def url_in(name, lang):
    with translation.override(lang):
        return reverse(name)


@pytest.mark.django_db
@pytest.mark.parametrize("name", PUBLIC_PAGES)
def test_public_page_renders_in_each_language(client, name, lang):
    response = client.get(url_in(name, lang))

    assert response.status_code == 200
    html = unescape(response.content.decode())
    assert f'<html lang="{lang}"' in html
    assert PUBLIC_PAGES[name][HEADING[lang]] in html
    assert '<link rel="canonical" href="http://testserver/' in html
    assert 'hreflang="en"' in html and 'hreflang="fr"' in html and 'hreflang="x-default"' in html


@pytest.mark.django_db
@pytest.mark.parametrize("name", PUBLIC_PAGES)
def test_language_switcher_points_at_same_page_in_other_language(client, name):
    response = client.get(url_in(name, "en"))

    french_url = url_in(name, "fr")
    assert f'<a href="{french_url}" hreflang="fr" lang="fr" rel="alternate">Français</a>' in (
        response.content.decode()
    )


@pytest.mark.django_db
def test_language_switcher_keeps_query_string(client):
    response = client.get("/en/about/?page=2")

    assert 'href="/fr/a-propos/?page=2"' in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [("fr-FR,fr;q=0.9,en;q=0.5", "/fr/"), ("en-GB,en;q=0.8", "/en/"), ("de-DE", "/en/")],
)
def test_root_redirects_by_accept_language(client, accept_language, expected):
    response = client.get("/", headers={"accept-language": accept_language})

    assert response.status_code == 302
    assert response["Location"] == expected


@pytest.mark.django_db
def test_unprefixed_page_redirects_to_prefixed(client):
    response = client.get("/about/", headers={"accept-language": "fr"}, follow=True)

    # The language prefix first, then the French path words.
    assert response.redirect_chain == [("/fr/about/", 302), ("/fr/a-propos/", 301)]
    assert response.status_code == 200


@pytest.mark.django_db
def test_not_found_page_is_friendly_and_translated(client, lang):
    response = client.get(f"/{lang}/no-such-page/")

    assert response.status_code == 404
    expected = {"en": "We could not find that page", "fr": "Nous n’avons pas trouvé cette page"}
    html = unescape(response.content.decode())
    assert expected[lang] in html
    assert f'<html lang="{lang}"' in html
    assert '<meta name="robots" content="noindex">' in html


def test_server_error_page_is_bilingual_and_needs_no_context(rf):
    from django.views.defaults import server_error  # the handler Django uses

    response = server_error(rf.get("/en/"))

    assert response.status_code == 500
    html = unescape(response.content.decode())
    assert "Something went wrong on our side" in html
    assert "Une erreur s’est produite de notre côté" in html
    assert '<section lang="fr">' in html
    assert 'href="/fr/"' in html


@pytest.mark.django_db
def test_robots_txt_points_to_sitemap(client):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()


@pytest.mark.django_db
def test_sitemap_lists_pages_in_both_languages(client):
    response = client.get("/sitemap.xml")

    xml = response.content.decode()
    assert response.status_code == 200
    assert "<loc>http://testserver/en/about/</loc>" in xml
    assert "<loc>http://testserver/fr/a-propos/</loc>" in xml
    assert 'hreflang="fr"' in xml


@pytest.mark.django_db
def test_breadcrumbs_mark_current_page(client, lang):
    response = client.get(url_in("pages:about", lang))

    html = unescape(response.content.decode())
    assert {"en": 'aria-label="Breadcrumb"', "fr": 'aria-label="Fil d’Ariane"'}[lang] in html
    assert '<span aria-current="page">' in html


@pytest.mark.django_db
def test_admin_is_for_staff_only(client):
    response = client.get("/en/admin/")

    assert response.status_code == 302
    assert response["Location"].startswith("/en/admin/login/")


@pytest.mark.django_db
def test_admin_translation_tabs_load_jquery_ui_locally(admin_client):
    from tests.factories import GuidelineFactory

    guideline = GuidelineFactory()
    response = admin_client.get(f"/en/admin/guidelines/guideline/{guideline.pk}/change/")

    html = response.content.decode()
    assert response.status_code == 200
    assert "/static/jquery-ui/jquery-ui.min.js" in html
    assert "googleapis" not in html


@pytest.mark.django_db
def test_favicon_ico_redirects_to_the_svg_icon(client):
    response = client.get("/favicon.ico")

    assert response.status_code == 301
    assert response["Location"] == "/static/img/favicon.svg"
