"""Remember a lookup for the rest of one request: several tags and contexts ask the same thing.

The baker renders hundreds of pages of one unchanging site in a row, so its client shares one
memo between all its requests (`SHARED_MEMO_KEY` in the request's environ, see `bake_client`):
the site, its settings, the locales and the navigation are then looked up once per bake instead
of once per page. Readers' requests never carry that key, so for them nothing outlives a request.
"""

import copy
from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TypeVar

T = TypeVar("T")

SHARED_MEMO_KEY = "masthead.shared_memo"

# The bake's memo while one of its requests is handled, for the few lookups Wagtail makes where
# no request is at hand (a page's translation in the active language, its view restrictions).
_bake_memo: ContextVar[dict | None] = ContextVar("masthead_bake_memo", default=None)


def bake_memo() -> dict | None:
    """Return the shared memo of the bake whose request is being handled, else None."""
    return _bake_memo.get()


@contextmanager
def within_bake(memo: dict) -> Iterator[None]:
    """Make lookups outside a request (fetching ahead for the next pages) the bake's own."""
    token = _bake_memo.set(memo)
    try:
        yield
    finally:
        _bake_memo.reset(token)


def per_bake(key: Hashable, compute: Callable[[], T]) -> T:
    """Return `compute()`, computed once per bake (see `per_request`); every time outside one."""
    memo = _bake_memo.get()
    if memo is None:
        return compute()
    if key not in memo:
        memo[key] = compute()
    return memo[key]


def _memo(request) -> dict:
    shared = request.META.get(SHARED_MEMO_KEY) if hasattr(request, "META") else None
    if shared is not None:
        return shared
    return request.__dict__.setdefault("_masthead_memo", {})


def per_request(request, key: Hashable, compute: Callable[[], T]) -> T:
    """Return `compute()`, computed at most once per request for `key` (every time without one).

    Nothing outlives the request (or the bake, see above), so an edit is seen by the next render:
    `per_request(request, ("sections", home.pk), lambda: list(...))`. What it returns may be
    shared by several requests: callers must not change it.
    """
    if request is None:
        return compute()
    memo = _memo(request)
    if key not in memo:
        memo[key] = compute()
    return memo[key]


def fragment_key(name: str, *values) -> tuple:
    """The memo key of `{% remembered_fragment name values... %}` in the active language."""
    from django.utils.translation import get_language

    return ("remembered_fragment", name, get_language(), *values)


def is_remembered(request, key: Hashable) -> bool:
    """True if this request (or bake) has already computed `key`."""
    return request is not None and key in _memo(request)


def remembered(request, key: Hashable):
    """Return what the request's memo holds for `key` (a bake's, handed in by its plan), or None."""
    if request is None:
        return None
    return _memo(request).get(key)


def _site_settings_models():
    from wagtail.contrib.settings.models import BaseSiteSetting
    from wagtail.contrib.settings.registry import registry

    return [model for model in registry if issubclass(model, BaseSiteSetting)]


class SharedMemoMiddleware:
    """Within a bake, give each request what Wagtail found for the previous ones: the `Site`
    (one query per page otherwise), the sites' root paths (a cache read) and the site settings
    (one query per settings model).

    Wagtail caches both on the request; this hands the first request's findings to the next.
    All of a bake's requests ask for one host, so they resolve to the same site.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        shared = request.META.get(SHARED_MEMO_KEY)
        if shared is None:
            return self.get_response(request)
        found = shared.setdefault(SharedMemoMiddleware, {"site": None, "settings": {}})
        if found["site"] is not None:
            request._wagtail_site = found["site"]
        if "root_paths" in found:
            request._wagtail_cached_site_root_paths = found["root_paths"]
        for attr_name, site_settings in found["settings"].items():
            # A copy per request: Wagtail keeps the request on the instance for its URLs.
            mine = copy.copy(site_settings)
            mine._request = request
            setattr(request, attr_name, mine)
        with within_bake(shared):
            response = self.get_response(request)
        if found["site"] is None and getattr(request, "_wagtail_site", None) is not None:
            site = request._wagtail_site
            # Wagtail routes every request from `site.root_page.localized.specific`: with the
            # root as its own type, `localized` is MastheadPage's, remembered for the bake.
            site.root_page = site.root_page.specific
            found["site"] = site
        if hasattr(request, "_wagtail_cached_site_root_paths"):
            # Every page's URL needs the sites' root paths, which Wagtail reads from the cache
            # (a file, by default) once per request.
            found.setdefault("root_paths", request._wagtail_cached_site_root_paths)
        for model in _site_settings_models():
            attr_name = model.get_cache_attr_name()
            if attr_name not in found["settings"] and hasattr(request, attr_name):
                found["settings"][attr_name] = getattr(request, attr_name)
        return response
