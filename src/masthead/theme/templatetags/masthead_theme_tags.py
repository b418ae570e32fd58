"""Template tags of the public theme."""

from django import template
from django.utils.safestring import mark_safe
from django.utils.translation import get_language_info
from wagtail.models import Locale, Page, Site
from wagtail.rich_text import expand_db_html

from masthead.core.sanitize import clean_rich_text

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
    from masthead.sections.models import SectionPage

    request = context.get("request")
    page = context.get("page")
    root = _edition_root(request, page)
    if root is None:
        return []
    section = getattr(page, "primary_section", None) or page
    current_path = getattr(section, "path", "")
    return [
        {"page": top, "current": current_path.startswith(top.path)}
        for top in SectionPage.objects.live().child_of(root).order_by("path")
    ]


@register.simple_tag(takes_context=True)
def edition_root(context):
    """Return the home page of the current edition (the site's root in the page's language)."""
    return _edition_root(context.get("request"), context.get("page"))


def _edition_root(request, page):
    site = Site.find_for_request(request) if request else None
    if site is None:
        site = Site.objects.select_related("root_page").filter(is_default_site=True).first()
    if site is None:
        return None
    root = site.root_page
    if page is not None and getattr(page, "locale_id", None) != root.locale_id:
        root = root.get_translation_or_none(page.locale) or root
    return root


@register.simple_tag(takes_context=True)
def edition_links(context):
    """Return links to the other editions: the page's translation, else that edition's home."""
    request = context.get("request")
    page = context.get("page")
    root = _edition_root(request, page)
    if root is None:
        return []
    links = []
    current_locale_id = getattr(page, "locale_id", root.locale_id)
    for locale in Locale.objects.exclude(pk=current_locale_id):
        target = None
        if isinstance(page, Page):
            target = page.get_translations().live().filter(locale=locale).first()
        if target is None:
            target = Page.objects.live().filter(translation_key=root.translation_key, locale=locale)
            target = target.first()
        if target is not None:
            info = get_language_info(locale.language_code)
            links.append(
                {
                    "url": target.get_url(request),
                    "code": locale.language_code,
                    "name": info["name_local"],
                }
            )
    return links


@register.filter
def web_url(value) -> str:
    """Return `value` if it is an http(s) address, else an empty string (no `javascript:`)."""
    text = str(value or "").strip()
    return text if text.lower().startswith(("https://", "http://")) else ""
