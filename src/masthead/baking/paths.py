"""Which URLs make up the public site: read from the pages themselves (`get_cached_paths`)."""

from wagtail.models import Page, Site

# Files every site has besides its pages.
SITE_FILES = ["/robots.txt"]


def page_urls(page, request=None) -> list[str]:
    """Return the public URLs a live page owns: its own and every variant it declares."""
    base = page.get_url(request=request)
    if not base or base.startswith(("http://", "https://")):
        return []
    return [base + path.lstrip("/") for path in page.get_cached_paths()]


def public_pages():
    """Return every live, public page of every site, in every language."""
    roots = [site.root_page for site in Site.objects.select_related("root_page")]
    pages = Page.objects.none()
    for root in roots:
        pages |= Page.objects.descendant_of(root, inclusive=True)
        # Translations of a site root are the roots of its other editions.
        for translation in root.get_translations():
            pages |= Page.objects.descendant_of(translation, inclusive=True)
    return pages.live().public().specific().order_by("path")


def site_urls() -> list[str]:
    """Return every URL path of the public site, pages first, each once."""
    urls = []
    for page in public_pages():
        urls.extend(page_urls(page))
    return list(dict.fromkeys([*urls, *SITE_FILES]))
