"""Old addresses that moved: French pages first had English path words."""

from django.conf import settings
from django.http import Http404, HttpResponsePermanentRedirect
from django.urls import NoReverseMatch, Resolver404, resolve, reverse
from django.utils import translation

# The first path words of the pages whose French addresses once used English
# words (before the path words were translated).
OLD_FIRST_WORDS = (
    "guidelines",
    "practices",
    "factsheets",
    "tools",
    "consultations",
    "search",
    "about",
)


def old_path_redirect(request, old_path):
    """Send /fr/guidelines/9/... to /fr/lignes-directrices/9/... (301).

    Reached only when no page of the request's language matched. The path is
    read with the default language's path words, and the same view with the
    same arguments is reversed in the request's language. A slug in the wrong
    language is then put right by the page's own canonical-slug redirect.
    Anything else is a 404.
    """
    default = settings.LANGUAGE_CODE
    if translation.get_language() == default:
        raise Http404("No such page")
    with translation.override(default):
        try:
            match = resolve(f"/{default}/{old_path}/")
        except Resolver404:
            raise Http404("No such page") from None
    if match.url_name == "old_path_redirect":
        raise Http404("No such page")
    try:
        url = reverse(match.view_name, args=match.args, kwargs=match.kwargs)
    except NoReverseMatch:
        raise Http404("No such page") from None
    if query := request.META.get("QUERY_STRING"):
        url = f"{url}?{query}"
    return HttpResponsePermanentRedirect(url)
