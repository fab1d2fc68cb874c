from django.core.paginator import Paginator
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from editorial.views import BreadcrumbsMixin, Crumb
from search import engine
from search.forms import MAX_QUERY_LENGTH, SearchForm

MAX_PAGE = 10_000


class SearchView(BreadcrumbsMixin, TemplateView):
    """/search/?q=…&type=…&page=…: published content in the visitor's language,
    and what exists only in English, labelled so."""

    template_name = "search/search_results.html"
    paginate_by = 20
    breadcrumbs = [Crumb(_("Search"))]
    # What the page cache keys this page on (pages.middleware).
    page_cache_params = (*SearchForm.base_fields, "page")

    def get(self, request, *args, **kwargs):
        form = SearchForm(request.GET)
        # The form has nothing to refuse in the query itself (it is cleaned and
        # shortened); an unknown type is reported and ignored.
        valid = form.is_valid()
        context = self.get_context_data(
            form=form, stems_words=engine.stems_words(), **self.search(form)
        )
        response = self.render_to_response(context, status=200 if valid else 400)
        # Result pages are endless and change with the index: not for search engines.
        response["X-Robots-Tag"] = "noindex"
        return response

    def page_number(self):
        # Bounded so an absurd ?page= cannot reach the database as an offset;
        # the paginator then shows the last page that exists.
        try:
            return min(max(1, int(self.request.GET.get("page", 1))), MAX_PAGE)
        except (TypeError, ValueError):
            return 1

    def search(self, form):
        query = form.query
        if not query:
            return {"query": "", "results": None}
        number = self.page_number()
        results = engine.search(
            query, get_language(), kind=form.kind, page_size=self.paginate_by, page=number
        )
        paginator = Paginator(results, self.paginate_by)
        # A malformed or out-of-range page shows the first or last page, never an error.
        page = paginator.get_page(number)
        return {
            "query": query,
            "results": results,
            "page_obj": page,
            "entries": page.object_list,
            "shortened": form.shortened,
            "max_length": MAX_QUERY_LENGTH,
        }
