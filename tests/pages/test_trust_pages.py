"""The accessibility statement and the privacy notice: in both languages, in the
sitemap, and linked from the footer of every page type."""

from html import unescape

import pytest
from django.urls import reverse
from django.utils import translation

pytestmark = pytest.mark.django_db

TRUST_PAGES = {
    # url name: {language: (heading, a sentence of its body)}
    "pages:accessibility": {
        "en": ("Accessibility statement", "Web Content Accessibility Guidelines (WCAG) 2.2"),
        "fr": ("Déclaration d’accessibilité", "Règles pour l’accessibilité des contenus Web"),
    },
    "pages:privacy": {
        "en": ("Privacy notice", "your contact details are erased 24 months after"),
        "fr": ("Politique de confidentialité", "vos coordonnées sont effacées 24 mois après"),
    },
}


def url_in(name, lang, **kwargs):
    with translation.override(lang):
        return reverse(name, kwargs=kwargs or None)


def html_of(response):
    return unescape(response.content.decode())


@pytest.mark.parametrize("name", TRUST_PAGES)
def test_trust_page_is_written_in_each_language(client, name, lang):
    response = client.get(url_in(name, lang))

    assert response.status_code == 200
    html = html_of(response)
    heading, sentence = TRUST_PAGES[name][lang]
    assert f"<h1>{heading}</h1>" in html
    assert sentence in html
    assert "MICICsecretariat@iom.int" in html


def test_french_trust_pages_have_french_addresses(client):
    assert url_in("pages:accessibility", "fr") == "/fr/accessibilite/"
    assert url_in("pages:privacy", "fr") == "/fr/confidentialite/"


@pytest.mark.parametrize("name", TRUST_PAGES)
def test_language_switcher_pairs_the_trust_pages(client, name):
    html = html_of(client.get(url_in(name, "en")))

    assert f'<a href="{url_in(name, "fr")}" hreflang="fr"' in html


def test_accessibility_statement_covers_standard_testing_exceptions_and_reporting(client):
    html = html_of(client.get(url_in("pages:accessibility", "en")))

    for text in ("level AA", "axe-core", "Lighthouse", "keyboard", "Known limitations", "PDF"):
        assert text in html
    assert 'href="mailto:MICICsecretariat@iom.int"' in html


def test_privacy_notice_names_every_cookie_and_what_the_share_form_keeps(client):
    html = html_of(client.get(url_in("pages:privacy", "en")))

    for text in ("csrftoken", "sessionid", "django_language", "no analytics", "Server logs"):
        assert text in html
    assert f'href="{url_in("practices:share", "en")}"' in html


def test_every_page_type_links_the_trust_pages_in_its_footer(client, lang, page_types):
    accessibility = url_in("pages:accessibility", lang)
    privacy = url_in("pages:privacy", lang)
    for kind, address in page_types.items():
        with translation.override(lang):
            url = address()
        response = client.get(url)
        assert response.status_code == 200, kind
        footer = html_of(response).split('<footer class="site-footer">', 1)[1]
        assert f'href="{accessibility}"' in footer, kind
        assert f'href="{privacy}"' in footer, kind


def test_not_found_page_links_the_trust_pages_too(client, lang):
    response = client.get(f"/{lang}/no-such-page/")

    assert response.status_code == 404
    footer = html_of(response).split('<footer class="site-footer">', 1)[1]
    assert f'href="{url_in("pages:privacy", lang)}"' in footer


def test_sitemap_lists_the_trust_pages_in_both_languages(client):
    xml = client.get("/sitemap.xml").content.decode()

    for lang in ("en", "fr"):
        assert f"<loc>http://testserver{url_in('pages:accessibility', lang)}</loc>" in xml
        assert f"<loc>http://testserver{url_in('pages:privacy', lang)}</loc>" in xml
