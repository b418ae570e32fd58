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


def listings_showing(article) -> list:
    """Return the live pages that list an article: home, archive, sections, topics, authors."""
    from masthead.sections.models import SectionPage

    sections = (
        SectionPage.objects.ancestor_of(article.primary_section, inclusive=True)
        if article.primary_section_id
        else []
    )
    listings = [
        *Page.objects.ancestor_of(article).filter(depth__gte=2).specific(),
        *sections,
        *article.topics.all(),
        *[byline.author for byline in article.bylines.all() if byline.author_id],
    ]
    return [page for page in listings if page.live]


def rebake_plan(article) -> tuple[list[str], dict[str, list[str]]]:
    """Return the URLs to render after an article changed, and each listing's current URLs."""
    listings = {}
    for listing in listings_showing(article):
        urls = page_urls(listing)
        if urls:
            listings[urls[0]] = urls
    urls = page_urls(article) if article.live else []
    for listing_urls in listings.values():
        urls.extend(listing_urls)
    return list(dict.fromkeys(urls)), listings
