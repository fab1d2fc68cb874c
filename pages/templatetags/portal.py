"""Site chrome: language alternates for the switcher, hreflang links and canonical
URLs; text shortened without losing French typography."""

from django import template
from django.conf import settings
from django.template.defaultfilters import stringfilter
from django.urls import NoReverseMatch, reverse, translate_url
from django.utils import translation
from django.utils.safestring import mark_safe

from editorial.text import truncate_words

register = template.Library()


def _language_url(context, code):
    """The URL of the page being shown, in language `code`.

    A view may pass `alternate_urls` ({code: url}) when it knows better;
    a detail page whose object has a translated slug is asked for its own URL
    in each language; anything else is the same view with the same arguments
    under the other language's prefix (as Django's translate_url, without
    resolving the path again: the request already was).
    """
    request = context["request"]
    if alternates := context.get("alternate_urls"):
        return alternates[code]
    if code == translation.get_language():
        return request.path
    obj = context.get("object")
    if (
        obj is not None
        and hasattr(obj, "get_absolute_url")
        and request.path == obj.get_absolute_url()
    ):
        with translation.override(code):
            return obj.get_absolute_url()
    match = request.resolver_match
    if match is None:  # an error page outside the URLconf
        return translate_url(request.path, code)
    with translation.override(code):
        try:
            return reverse(match.view_name, args=match.args, kwargs=match.kwargs)
        except NoReverseMatch:
            return translate_url(request.path, code)


@register.simple_tag(takes_context=True)
def language_alternates(context):
    """One entry per language in settings.LANGUAGES, with the same page's URL.

    The query string is kept, so a filtered list stays filtered. Worked out
    once per request: the switcher and the hreflang links both use it.
    """
    request = context["request"]
    current = translation.get_language()
    cached = getattr(request, "_language_alternates", None)
    if cached is not None and cached[0] == current:
        return cached[1]
    query = request.GET.urlencode()
    alternates = []
    for code, _name in settings.LANGUAGES:
        url = _language_url(context, code)
        if query:
            url = f"{url}?{query}"
        name = translation.get_language_info(code)["name_local"]
        alternates.append(
            {
                "code": code,
                "name": name[:1].upper() + name[1:],
                "url": url,
                "absolute_url": request.build_absolute_uri(url),
                "is_current": code == current,
            }
        )
    request._language_alternates = (current, alternates)
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


@register.filter(is_safe=True)
@stringfilter
def truncatewords_keep(value, count):
    """Django's truncatewords, but a no-break space (French « : ; ? ! ») stays
    one: the built-in filter splits on it and puts a plain space back."""
    try:
        count = int(count)
    except ValueError:
        return value
    return truncate_words(value, count, ellipsis="…")
