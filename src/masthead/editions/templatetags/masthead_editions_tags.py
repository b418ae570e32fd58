"""Template tags of the editions: the switcher, hreflang alternates, the edition's typography."""

from django import template
from django.utils.html import conditional_escape, format_html_join
from django.utils.safestring import SafeData, mark_safe
from django.utils.translation import get_language

from masthead.editions import links
from masthead.editions.typography import set_text

register = template.Library()


@register.simple_tag(takes_context=True)
def edition_links(context):
    """Return links to the other editions: the page's translation, else that edition's home."""
    return links.edition_links(context.get("request"), context.get("page"))


@register.simple_tag(takes_context=True)
def hreflang_alternates(context):
    """Return the page's alternates for `<link rel="alternate" hreflang>`, absolute URLs.

    An archive page (`…/page/3/`) of a listing has no counterpart in other editions: it names
    only itself.
    """
    page = context.get("page")
    canonical_url = context.get("canonical_url", "")
    found = links.alternates(context.get("request"), page, canonical_url)
    listing_page = context.get("articles_page")
    if listing_page is not None and listing_page.is_archive:
        return [a for a in found if a["url"] == canonical_url]
    return found


@register.simple_tag(takes_context=True)
def in_edition(context, *pages):
    """Return the pages, each in the current page's edition (its live translation, else itself
    if live, else None): `{% in_edition newsroom.terms_page newsroom.privacy_page as legal %}`."""
    return links.in_edition(context.get("request"), context.get("page"), *pages)


@register.filter(is_safe=True)
def typeset(value):
    """Set plain text in the typography of the language being rendered (Russian: «», dashes).

    `{{ page.headline|typeset }}`: the text is escaped after the rules ran, so hostile text stays
    text. Already-safe HTML is passed through untouched: the rules never see markup.
    """
    if value is None:
        return ""
    if isinstance(value, SafeData):
        return value
    return mark_safe(conditional_escape(set_text(str(value), get_language())))  # noqa: S308


@register.simple_tag(takes_context=True)
def lang_if_foreign(context, page, attributes="lang hreflang"):
    """Return ` lang="xx" hreflang="xx"` when a linked page is in another language than the one
    being rendered (an author page not yet translated), else nothing.

    `{% lang_if_foreign terms_page "hreflang" %}` for a link whose own text is in the page's
    language: only the target's language is named.
    """
    code = links.page_language(context.get("request"), page)
    if not code or code == get_language():
        return ""
    return format_html_join("", ' {}="{}"', ((name, code) for name in attributes.split()))
