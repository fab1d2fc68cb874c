"""Sharing metadata in the base template's head (see pages.sharing)."""

import html

from django import template
from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from editorial.text import squeeze
from pages import sharing

register = template.Library()


class CaptureNode(template.Node):
    def __init__(self, nodelist, name):
        self.nodelist = nodelist
        self.name = name

    def render(self, context):
        # What the blocks render is HTML (escaped text); kept as plain text
        # with its spacing tidied (no-break spaces kept), and escaped again
        # wherever it is output.
        text = html.unescape(self.nodelist.render(context))
        context[self.name] = squeeze(text)
        return ""


@register.tag
def capture(parser, token):
    """`{% capture as name %}…{% endcapture %}`: render the enclosed template
    (blocks included, as overridden by child templates) into a variable, so
    the head can use a page's title, description and address several times."""
    bits = token.split_contents()
    if len(bits) != 3 or bits[1] != "as":
        raise template.TemplateSyntaxError("Usage: {% capture as name %}…{% endcapture %}")
    nodelist = parser.parse(("endcapture",))
    parser.delete_first_token()
    return CaptureNode(nodelist, bits[2])


@register.inclusion_tag("includes/sharing_meta.html", takes_context=True)
def sharing_meta(context, title, description, url):
    """Open Graph and Twitter card tags, in the page's language."""
    return {
        "sharing": sharing.sharing_tags(
            context["request"],
            translation.get_language(),
            title=title,
            description=description,
            url=url,
            is_content=sharing.schema_type(context.get("object")) is not None,
        )
    }


@register.simple_tag(takes_context=True)
def structured_data(context):
    """The page's schema.org JSON-LD block (content pages only), allowed by
    the CSP through its hash."""
    data = sharing.structured_data(
        context["request"],
        translation.get_language(),
        context.get("object"),
        context.get("breadcrumbs"),
    )
    if data is None:
        return ""
    text = sharing.json_ld_text(data)
    sharing.allow_inline_script(context["request"], text)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))
