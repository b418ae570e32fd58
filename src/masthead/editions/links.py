"""Links between editions: the switcher in the header and the hreflang alternates in `<head>`.

A page's translations share its `translation_key`; only live and public ones are ever linked, so
a translation that is unpublished, deleted or made private disappears from both at the next render
(and the rebake of that change renders the other languages' pages again: baking/paths.py).
"""

from django.conf import settings
from django.db.models import Exists, OuterRef
from django.db.models.functions import Length, Substr
from django.utils.translation import get_language_info
from wagtail.models import Locale, Page, PageViewRestriction, Site

from masthead.core.memo import bake_memo, per_request
from masthead.core.models import baked_private_q

# In a bake's memo: a page's live translations fetched ahead (see `remember_translations`).
TRANSLATIONS_AHEAD = "translations fetched ahead"


def locales(request) -> dict:
    """Return every locale by id: the header, the alternates and `<html lang>` need them."""
    return per_request(request, "locales", lambda: {lo.pk: lo for lo in Locale.objects.all()})


def page_language(request, page) -> str:
    """Return the language code of the page's edition, or "" where there is no page (404)."""
    locale = locales(request).get(getattr(page, "locale_id", None))
    return locale.language_code if locale else ""


def edition_root(request, page):
    """Return the home page of the page's edition (the site's root in the page's language)."""
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


def _edition_targets(request, page) -> dict[tuple, Page]:
    """Return the live translations of the page and of its edition's home, itself included,
    by (translation_key, locale id): one query per page for the switcher and the alternates.

    Each has its own type, whose URL may differ from a plain page's (an article's is dated);
    a field of that type loads only if the URL reads it.
    """
    root = edition_root(request, page)
    keys = {getattr(root, "translation_key", None)}
    if isinstance(page, Page) and page.pk is not None:
        keys.add(page.translation_key)
    keys.discard(None)
    if not keys:
        return {}

    def find():
        memo = bake_memo()
        if memo is not None and len(keys) == 2:
            ahead = memo.pop((TRANSLATIONS_AHEAD, page.translation_key), None)
            if ahead is not None:
                return {**_edition_targets(request, root), **ahead}
        # Unordered: a tree-ordered query costs more to compile.
        found = Page.objects.live().filter(translation_key__in=keys).exclude(private_q()).order_by()
        return {(each.translation_key, each.locale_id): each.specific_deferred for each in found}

    return per_request(request, ("edition_targets", tuple(sorted(map(str, keys)))), find)


def private_q():
    """Private pages (restricted themselves or below a restricted page) are never baked, so
    nothing may link to them: checked in the query that finds the links, as Wagtail's
    `.public()` would cost one more (a bake knows the restricted pages already)."""
    private = baked_private_q()
    if private is None:
        private = Exists(
            PageViewRestriction.objects.filter(
                page__path=Substr(OuterRef("path"), 1, Length("page__path"))
            )
        )
    return private


def remember_translations(memo: dict, pages: list) -> None:
    """For a bake's next pages: fetch the live translations of `pages` (all of one type) in one
    query, for `_edition_targets`, which each page's own targets then come from."""
    if not pages:
        return
    model = type(pages[0])
    translations = (
        model.objects.live()
        .filter(translation_key__in={page.translation_key for page in pages})
        .exclude(private_q())
        .defer_streamfields()
        .order_by()
    )
    ahead = {page.translation_key: {} for page in pages}
    for translation in translations:
        ahead[translation.translation_key][(translation.translation_key, translation.locale_id)] = (
            translation
        )
    for key, found in ahead.items():
        memo[(TRANSLATIONS_AHEAD, key)] = found


def live_translations(request, page) -> dict[int, Page]:
    """Return the page's live translations (itself included) by locale id."""
    if not isinstance(page, Page) or page.pk is None:
        return {}
    targets = _edition_targets(request, page)
    return {
        locale: found for (key, locale), found in targets.items() if key == page.translation_key
    }


def edition_links(request, page) -> list[dict]:
    """Return links to the other editions: the page's live translation, else that edition's
    home; each as {"url", "code", "name"}, in the order of `settings.LANGUAGES`."""
    root = edition_root(request, page)
    if root is None:
        return []
    current_locale_id = getattr(page, "locale_id", root.locale_id)
    translations = live_translations(request, page)
    targets = _edition_targets(request, page)
    homes = {locale: home for (key, locale), home in targets.items() if key == root.translation_key}
    links = []
    for locale in _locales_in_edition_order(request):
        if locale.pk == current_locale_id:
            continue
        target = translations.get(locale.pk) or homes.get(locale.pk)
        if target is None:
            continue
        info = get_language_info(locale.language_code)
        links.append(
            {
                "url": target.get_url(request),
                "code": locale.language_code,
                "name": info["name_local"],
            }
        )
    return links


def alternates(request, page, canonical_url: str = "") -> list[dict]:
    """Return the page's hreflang alternates: itself and each live translation, as absolute
    URLs on the main site, then "x-default" (the default edition's version, if there is one).

    Each as {"code", "url"}. Translations list each other, so the pairs are reciprocal.
    """
    if not isinstance(page, Page) or page.pk is None:
        return []
    by_locale = locales(request)
    translations = live_translations(request, page)
    if page.locale_id not in translations:
        # A draft seen in preview is no alternate of anything.
        return []
    found = []
    for locale in _locales_in_edition_order(request):
        translation = translations.get(locale.pk)
        if translation is None:
            continue
        if translation.pk == page.pk and canonical_url:
            url = canonical_url
        elif hasattr(translation, "get_canonical_url"):
            url = translation.get_canonical_url(request)
        else:
            continue
        found.append({"code": by_locale[locale.pk].language_code, "url": url})
    default = next((a for a in found if a["code"] == settings.LANGUAGE_CODE), None)
    if default is not None:
        found.append({"code": "x-default", "url": default["url"]})
    return found


def _locales_in_edition_order(request) -> list:
    order = [code for code, _name in settings.LANGUAGES]
    known = [lo for lo in locales(request).values() if lo.language_code in order]
    return sorted(known, key=lambda lo: order.index(lo.language_code))


def in_edition(request, page, *targets) -> list:
    """Return each of `targets` (pages chosen once for the whole site, such as the legal pages
    in the footer) as its live translation in the page's edition; where there is none, the page
    itself if it is live, else None. One query for all of them, none in the default edition."""
    locale_id = getattr(page, "locale_id", None)
    elsewhere = [
        target
        for target in targets
        if target is not None and locale_id is not None and target.locale_id != locale_id
    ]
    translations = {}
    if elsewhere:
        keys = tuple(sorted({str(target.translation_key) for target in elsewhere}))
        translations = per_request(
            request,
            ("in_edition", locale_id, keys),
            lambda: {
                str(found.translation_key): found
                for found in Page.objects.live()
                .filter(translation_key__in=keys, locale_id=locale_id)
                .order_by()
            },
        )
    found = []
    for target in targets:
        translation = translations.get(str(getattr(target, "translation_key", "")))
        found.append(translation or (target if target is not None and target.live else None))
    return found
