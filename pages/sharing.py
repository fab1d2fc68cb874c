"""
What a page says about itself to other sites: Open Graph and Twitter card
tags on every public page, and schema.org JSON-LD on content pages.

Built here, once, from what each page already declares: the base template
captures its title, description and canonical blocks and passes them to
`{% sharing_meta %}`; `{% structured_data %}` reads the page's `object` and
`breadcrumbs` (pages.templatetags.sharing).

JSON-LD is an inline <script> (a non-executed `application/ld+json` data
block). The strict CSP allows it by its SHA-256 hash, not by a nonce: whole
pages are cached and served to every anonymous visitor (pages.middleware),
so a nonce stored in a cached page would be the same for everyone and no
longer a nonce. A hash depends only on the block's bytes, so the cached page
and its cached CSP header stay true to each other.
"""

import base64
import hashlib
import json

from django.conf import settings
from django.templatetags.static import static
from django.urls import reverse
from django.utils.csp import CSP
from django.utils.translation import gettext

from editorial.languages import default_language, is_fallback

# The one small image shown by sites that preview a shared link (a square
# PNG, as Twitter's "summary" card wants, at least 144 pixels wide).
SHARE_IMAGE = "img/share.png"
SHARE_IMAGE_SIZE = 400

# Open Graph wants language_TERRITORY; the portal's English is British.
OG_LOCALES = {"en": "en_GB", "fr": "fr_FR"}

# schema.org types per content model (app_label.model_name, so that a model
# moving to another module only changes a string here). Tool sheets and
# documents have no page of their own: they show as parts of their page.
SCHEMA_TYPES = {
    "guidelines.principle": "CreativeWork",
    "guidelines.guideline": "CreativeWork",
    "practices.repositorypractice": "CreativeWork",
    "factsheets.factsheet": "CreativeWork",
    "consultations.consultation": "Event",
}

# Escapes that keep a JSON text inert inside HTML (as Django's json_script
# does): no "</script>", no comment or entity can be formed.
_HTML_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def og_locale(language):
    return OG_LOCALES.get(language, language.replace("-", "_"))


def share_image_url(request):
    return request.build_absolute_uri(static(SHARE_IMAGE))


def sharing_tags(request, language, *, title, description, url, is_content):
    """The values of the Open Graph and Twitter card tags of a page."""
    return {
        "title": title,
        "description": description,
        "url": url,
        "type": "article" if is_content else "website",
        "locale": og_locale(language),
        "alternate_locales": [
            og_locale(code) for code, _name in settings.LANGUAGES if code != language
        ],
        "site_name": gettext("MICIC Portal"),
        "image": share_image_url(request),
        "image_size": SHARE_IMAGE_SIZE,
        "image_alt": gettext("Emblem of the MICIC Portal: a globe with a triangle"),
    }


def schema_type(obj):
    """The schema.org type of a public content object's page, or None."""
    if obj is None or not getattr(obj, "is_public", False):
        # Drafts, scheduled items and archived ones (staff previews) never
        # describe themselves to other sites.
        return None
    return SCHEMA_TYPES.get(obj._meta.label_lower)


def _text_language(obj, language):
    """The language the page's main text is really in (French pages show
    English where the French is missing)."""
    return default_language() if is_fallback(obj, "title", language) else language


def structured_data(request, language, obj, breadcrumbs):
    """The JSON-LD of a content page: the item, and its breadcrumb trail.

    Reads only what the page's view already loaded (no query).
    """
    kind = schema_type(obj)
    if kind is None:
        return None
    home = request.build_absolute_uri(reverse("pages:home"))
    url = request.build_absolute_uri(obj.get_absolute_url())
    item = {
        "@type": kind,
        "@id": url,
        "url": url,
        "name": str(getattr(obj, "title", "") or obj),
        "inLanguage": _text_language(obj, language),
        "dateModified": obj.updated_at.isoformat(),
        "publisher": {
            "@type": "Organization",
            "name": gettext("MICIC Portal"),
            "url": home,
            "logo": share_image_url(request),
        },
    }
    if description := getattr(obj, "summary", "") or getattr(obj, "description", ""):
        item["description"] = description[:500]
    item.update(_details(request, obj))
    graph = [item]
    if trail := _breadcrumb_list(request, home, url, breadcrumbs):
        graph.append(trail)
    return {"@context": "https://schema.org", "@graph": graph}


def _details(request, obj):
    """What some types add: the Guidelines a guideline or principle belongs
    to, where and when a consultation met, a factsheet's date and tools."""
    label = obj._meta.label_lower
    if label in {"guidelines.guideline", "guidelines.principle"}:
        return {
            "isPartOf": {
                "@type": "CreativeWork",
                "name": gettext(
                    "Guidelines to Protect Migrants in Countries Experiencing Conflict "
                    "or Natural Disaster"
                ),
                "datePublished": "2016-06",
            }
        }
    if label == "consultations.consultation":
        details = {"eventStatus": "https://schema.org/EventScheduled"}
        if obj.start_date:
            details["startDate"] = obj.start_date.isoformat()
            details["endDate"] = (obj.end_date or obj.start_date).isoformat()
        if obj.city:
            place = {"@type": "Place", "name": obj.city}
            if obj.country:
                place["address"] = {"@type": "PostalAddress", "addressCountry": obj.country.code}
            details["location"] = place
        return details
    if label == "factsheets.factsheet":
        details = {"datePublished": obj.published_on.isoformat()}
        tools = [tool for tool in getattr(obj, "public_tools", ()) if tool.is_public]
        if tools:
            details["hasPart"] = [
                {"@type": "DigitalDocument", "name": tool.title} for tool in tools
            ]
        return details
    if label == "practices.repositorypractice":
        countries = obj.country_list
        if countries:
            return {
                "spatialCoverage": [
                    {"@type": "Country", "name": str(country.name), "identifier": country.code}
                    for country in countries
                ]
            }
    return {}


def _breadcrumb_list(request, home, url, breadcrumbs):
    """The visible breadcrumb trail (pages.views.Crumb) as a BreadcrumbList;
    crumbs without an address (a section heading) are left out."""
    if not breadcrumbs:
        return None
    items = [(gettext("Home"), home)]
    for crumb in breadcrumbs[:-1]:
        if crumb.url:
            items.append((str(crumb.label), request.build_absolute_uri(crumb.url)))
    items.append((str(breadcrumbs[-1].label), url))
    return {
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": position, "name": name, "item": address}
            for position, (name, address) in enumerate(items, start=1)
        ],
    }


def json_ld_text(data):
    """`data` as JSON that is safe to embed in an HTML <script> element."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(_HTML_ESCAPES)


def csp_hash(text):
    """The CSP source that allows an inline script with exactly this text."""
    digest = hashlib.sha256(text.encode()).digest()
    return f"'sha256-{base64.b64encode(digest).decode()}'"


def allow_inline_script(request, text):
    """Note that this response carries an inline script with `text`, for
    InlineScriptHashMiddleware to allow by hash."""
    hashes = getattr(request, "csp_script_hashes", None)
    if hashes is None:
        hashes = request.csp_script_hashes = []
    hashes.append(csp_hash(text))


class InlineScriptHashMiddleware:
    """Add the hashes of a page's inline data blocks to its CSP `script-src`.

    Sits below ContentSecurityPolicyMiddleware (whose header it shapes) and
    above everything that renders templates. Pages without a block keep the
    site-wide policy.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        hashes = getattr(request, "csp_script_hashes", None)
        if hashes:
            config = getattr(response, "_csp_config", settings.SECURE_CSP)
            if config:
                sources = list(config.get("script-src", [CSP.SELF]))
                response._csp_config = {
                    **config,
                    "script-src": [*sources, *dict.fromkeys(hashes)],
                }
        return response
