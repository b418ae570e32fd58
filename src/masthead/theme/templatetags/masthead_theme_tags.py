"""Template tags of the public theme."""

from django import template
from django.utils.safestring import mark_safe
from wagtail.rich_text import expand_db_html

from masthead.baking.carry import carrying, is_carried, record_version
from masthead.core.memo import bake_memo, fragment_key, per_request
from masthead.core.sanitize import clean_rich_text
from masthead.editions import links

register = template.Library()


@register.filter
def clean_richtext(value) -> str:
    """Render stored rich text with internal links expanded, cleaned again on the way out."""
    source = getattr(value, "source", value) or ""
    # Cleaning after expansion too: stored HTML may predate today's rules or come from imports.
    return mark_safe(clean_rich_text(expand_db_html(clean_rich_text(source))))  # noqa: S308


@register.simple_tag(takes_context=True)
def site_sections(context):
    """Return the edition's top-level live sections, marking the one the current page is in."""
    from masthead.sections.models import edition_sections

    request = context.get("request")
    page = context.get("page")
    root = links.edition_root(request, page)
    if root is None:
        return []
    section = getattr(page, "primary_section", None) or page
    current_path = getattr(section, "path", "")
    return [
        {"page": top, "current": current_path.startswith(top.path)}
        for top in edition_sections(root, request)
    ]


# The editions' logic lives in masthead.editions.links; these tags keep the theme's names.
@register.simple_tag(takes_context=True)
def edition_root(context):
    """Return the home page of the current edition (the site's root in the page's language)."""
    return links.edition_root(context.get("request"), context.get("page"))


@register.simple_tag(takes_context=True)
def page_language(context) -> str:
    """Return the language code of the page's edition, or "" where there is no page (404)."""
    return links.page_language(context.get("request"), context.get("page"))


@register.simple_tag(takes_context=True)
def edition_links(context):
    """Return links to the other editions: the page's live translation, else that edition's home."""
    return links.edition_links(context.get("request"), context.get("page"))


@register.filter
def web_url(value) -> str:
    """Return `value` if it is an http(s) address, else an empty string (no `javascript:`)."""
    text = str(value or "").strip()
    return text if text.lower().startswith(("https://", "http://")) else ""


class CaptureNode(template.Node):
    def __init__(self, nodelist, variable: str):
        self.nodelist = nodelist
        self.variable = variable

    def render(self, context):
        context[self.variable] = mark_safe(self.nodelist.render(context))  # noqa: S308 - rendered
        return ""


@register.tag
def capture(parser, token):
    """`{% capture as name %}...{% endcapture %}`: render the enclosed template into `name`
    (already escaped, as any rendered template), for a page that shows it more than once."""
    bits = token.split_contents()
    if len(bits) != 3 or bits[1] != "as":
        raise template.TemplateSyntaxError("Usage: {% capture as name %}...{% endcapture %}")
    nodelist = parser.parse(("endcapture",))
    parser.delete_first_token()
    return CaptureNode(nodelist, bits[2])


class RememberedFragmentNode(template.Node):
    def __init__(self, nodelist, name: str, vary_on: list):
        self.nodelist = nodelist
        self.name = name
        self.vary_on = vary_on

    def render(self, context):
        key = fragment_key(self.name, *(value.resolve(context) for value in self.vary_on))
        request = context.get("request")
        if not is_carried(key) or not carrying(bake_memo()):
            return per_request(request, key, lambda: self.nodelist.render(context))

        def render_and_record_version():
            # Which version of the article this is: the rebake may carry it to the next one
            # (see masthead.baking.carry).
            article = context.get("article")
            if article is not None:
                record_version(bake_memo(), key, article)
            return self.nodelist.render(context)

        return per_request(request, key, render_and_record_version)


@register.tag
def remembered_fragment(parser, token):
    """Render the enclosed template once per request, or once per bake, for each set of values.

    `{% remembered_fragment "teaser" article.pk lead %}...{% endremembered_fragment %}`: the
    fragment is rendered once for each article and `lead` (and active language) and the HTML
    reused for the rest of the request, or of the bake (see `masthead.core.memo`). The values
    must name everything the fragment shows that is not fixed for a bake: a fragment that also
    read, say, the current page would otherwise show the first page's version everywhere.
    """
    name, *values = token.split_contents()[1:]
    nodelist = parser.parse(("endremembered_fragment",))
    parser.delete_first_token()
    return RememberedFragmentNode(
        nodelist, name.strip("\"'"), [parser.compile_filter(value) for value in values]
    )
