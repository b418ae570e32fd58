"""Template tags of the public theme."""

from django import template
from django.utils.safestring import mark_safe
from django.utils.translation import get_language_info
from wagtail.models import Locale, Page, Site
from wagtail.rich_text import expand_db_html

from masthead.core.memo import per_request
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
    from masthead.sections.models import edition_sections

    request = context.get("request")
    page = context.get("page")
    root = _edition_root(request, page)
    if root is None:
        return []
    section = getattr(page, "primary_section", None) or page
    current_path = getattr(section, "path", "")
    return [
        {"page": top, "current": current_path.startswith(top.path)}
        for top in edition_sections(root, request)
    ]


@register.simple_tag(takes_context=True)
def edition_root(context):
    """Return the home page of the current edition (the site's root in the page's language)."""
    return _edition_root(context.get("request"), context.get("page"))


@register.simple_tag(takes_context=True)
def page_language(context) -> str:
    """Return the language code of the page's edition, or "" where there is no page (404)."""
    locale_id = getattr(context.get("page"), "locale_id", None)
    locale = _locales(context.get("request")).get(locale_id)
    return locale.language_code if locale else ""


def _locales(request) -> dict:
    """Return every locale by id; the header, the links to editions and `<html lang>` need them."""
    return per_request(request, "locales", lambda: {lo.pk: lo for lo in Locale.objects.all()})


def _edition_root(request, page):
    locale_id = getattr(page, "locale_id", None)
    return per_request(
        request, ("edition_root", locale_id), lambda: _find_edition_root(request, page)
    )


def _find_edition_root(request, page):
    site = Site.find_for_request(request) if request else None
    if site is None:
        site = Site.objects.select_related("root_page").filter(is_default_site=True).first()
    if site is None:
        return None
    root = site.root_page
    if page is not None and getattr(page, "locale_id", None) != root.locale_id:
        root = root.get_translation_or_none(page.locale_id) or root
    return root


@register.simple_tag(takes_context=True)
def edition_links(context):
    """Return links to the other editions: the page's translation, else that edition's home."""
    request = context.get("request")
    page = context.get("page")
    root = _edition_root(request, page)
    if root is None:
        return []
    current_locale_id = getattr(page, "locale_id", root.locale_id)
    other_locales = [lo for lo in _locales(request).values() if lo.pk != current_locale_id]
    page_key = page.translation_key if isinstance(page, Page) else None
    targets = _edition_targets(request, page)
    links = []
    for locale in other_locales:
        translation = targets.get((page_key, locale.pk))
        # A translation has the page's own type, whose URL may differ from a plain page's (an
        # article's is dated); any field of that type loads only if the URL reads it.
        target = (
            translation.specific_deferred
            if translation
            else targets.get((root.translation_key, locale.pk))
        )
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


def _edition_targets(request, page) -> dict:
    """Return {(translation_key, locale_id): page} for the live translations of the page and
    of its edition's home in the other editions, looked up once per request."""
    root = _edition_root(request, page)
    if root is None:
        return {}
    current_locale_id = getattr(page, "locale_id", root.locale_id)
    other_locales = [lo for lo in _locales(request).values() if lo.pk != current_locale_id]
    if not other_locales:
        return {}
    page_key = page.translation_key if isinstance(page, Page) else None

    def find():
        # The page's translations and the other editions' home pages, in one query (unordered:
        # a tree-ordered query costs more to compile).
        candidates = Page.objects.live().filter(
            translation_key__in={root.translation_key, page_key} - {None},
            locale__in=other_locales,
        )
        return {(found.translation_key, found.locale_id): found for found in candidates.order_by()}

    return per_request(request, ("edition_targets", getattr(page, "pk", None)), find)


def live_translations(request, page) -> list[Page]:
    """Return the page's live translations in the other editions (plain pages, in no order).

    The language switcher, hreflang and structured data all ask: one query per request.
    """
    if not isinstance(page, Page) or page.pk is None:
        return []
    targets = _edition_targets(request, page)
    return [found for (key, _locale), found in targets.items() if key == page.translation_key]


@register.simple_tag(takes_context=True)
def edition_translation(context, newsroom, field: str):
    """Return the live translation, in the edition shown, of a page the site's settings name.

    Newsroom settings are per site, not per language: the footer of a Russian page links to the
    Russian terms of use and names the editor in chief as their Russian author page does:
    `{% edition_translation newsroom "terms_page" as terms %}`. None when the page shown is in
    that page's own language or it has no live translation; one query for the whole footer,
    and none on pages in the language of the settings' pages.
    """
    site_page = getattr(newsroom, field, None)
    locale_id = getattr(context.get("page"), "locale_id", None)
    if site_page is None or locale_id is None or site_page.locale_id == locale_id:
        return None
    translations = per_request(
        context.get("request"),
        ("settings_translations", newsroom.pk, locale_id),
        lambda: _settings_translations(newsroom, locale_id),
    )
    return translations.get(site_page.translation_key)


def _settings_translations(newsroom, locale_id) -> dict:
    keys = {
        page.translation_key
        for page in (getattr(newsroom, name) for name in newsroom.select_related)
        if page is not None
    }
    found = Page.objects.live().filter(translation_key__in=keys, locale_id=locale_id)
    return {page.translation_key: page for page in found}


@register.filter
def web_url(value) -> str:
    """Return `value` if it is an http(s) address, else an empty string (no `javascript:`)."""
    text = str(value or "").strip()
    return text if text.lower().startswith(("https://", "http://")) else ""
