"""Site chrome: language alternates for the switcher, hreflang links and canonical URLs."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from django.utils.safestring import mark_safe

register = template.Library()


def _language_url(context, code):
    """The URL of the page being shown, in language `code`.

    A view may pass `alternate_urls` ({code: url}) when it knows better;
    a detail page whose object has a translated slug is asked for its own URL
    in each language; anything else keeps its path and swaps the prefix.
    """
    request = context["request"]
    if alternates := context.get("alternate_urls"):
        return alternates[code]
    obj = context.get("object")
    if (
        obj is not None
        and hasattr(obj, "get_absolute_url")
        and request.path == obj.get_absolute_url()
    ):
        with translation.override(code):
            return obj.get_absolute_url()
    return translate_url(request.path, code)


@register.simple_tag(takes_context=True)
def language_alternates(context):
    """One entry per language in settings.LANGUAGES, with the same page's URL.

    The query string is kept, so a filtered list stays filtered.
    """
    request = context["request"]
    query = request.GET.urlencode()
    current = translation.get_language()
    alternates = []
    for code, _name in settings.LANGUAGES:
        url = _language_url(context, code)
        if query:
            url = f"{url}?{query}"
        info = translation.get_language_info(code)
        alternates.append(
            {
                "code": code,
                "name": info["name_local"][:1].upper() + info["name_local"][1:],
                "url": url,
                "absolute_url": request.build_absolute_uri(url),
                "is_current": code == current,
            }
        )
    return alternates


@register.simple_tag(takes_context=True)
def canonical_url(context):
    """The absolute URL of this page, without tracking or filter noise except pagination."""
    request = context["request"]
    url = request.build_absolute_uri(request.path)
    page = request.GET.get("page")
    if page and page.isdigit() and page != "1":
        url = f"{url}?page={page}"
    return url


@register.simple_tag(takes_context=True)
def nav_current(context, url):
    """aria-current for a navigation link: "page" on the page itself, "true" inside its section."""
    path = context["request"].path
    if path == url:
        return mark_safe(' aria-current="page"')
    if path.startswith(url) and url.count("/") > 2:  # not the home page, which prefixes all
        return mark_safe(' aria-current="true"')
    return ""
