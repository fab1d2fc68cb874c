"""View mixins for publishable content."""


class PublishableViewMixin:
    """Return all objects for staff, published ones for everyone else.

    Staff can open drafts on the public site (with a "draft, not public"
    banner, see includes/draft_banner.html); anonymous visitors get a 404.
    """

    def get_queryset(self):
        return super().get_queryset().visible_to(self.request.user)
