"""Middleware of the deployment itself (not of any app)."""


class ServedByMiddleware:
    """Name the app server in an `X-Served-By` header (settings.MICIC_SERVED_BY).

    Only installed when that setting is set, e.g. by scripts/cluster, whose
    integration test checks which server behind the load balancer answered.
    First in MIDDLEWARE, so pages served from the page cache carry it too.
    """

    def __init__(self, get_response):
        from django.conf import settings

        self.get_response = get_response
        self.name = settings.MICIC_SERVED_BY

    def __call__(self, request):
        response = self.get_response(request)
        response["X-Served-By"] = self.name
        return response
