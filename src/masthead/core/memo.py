"""Remember a lookup for the rest of one request: several tags and contexts ask the same thing.

The baker renders hundreds of pages of one unchanging site in a row, so its client shares one
memo between all its requests (`SHARED_MEMO_KEY` in the request's environ, see `bake_client`):
the site, its settings, the locales and the navigation are then looked up once per bake instead
of once per page. Readers' requests never carry that key, so for them nothing outlives a request.
"""

import copy
from collections.abc import Callable, Hashable
from typing import TypeVar

T = TypeVar("T")

SHARED_MEMO_KEY = "masthead.shared_memo"


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


def _site_settings_models():
    from wagtail.contrib.settings.models import BaseSiteSetting
    from wagtail.contrib.settings.registry import registry

    return [model for model in registry if issubclass(model, BaseSiteSetting)]


class SharedMemoMiddleware:
    """Within a bake, give each request what Wagtail found for the previous ones: the `Site`
    (one query per page otherwise) and the site settings (one query per settings model).

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
        for attr_name, site_settings in found["settings"].items():
            # A copy per request: Wagtail keeps the request on the instance for its URLs.
            mine = copy.copy(site_settings)
            mine._request = request
            setattr(request, attr_name, mine)
        response = self.get_response(request)
        if found["site"] is None and getattr(request, "_wagtail_site", None) is not None:
            found["site"] = request._wagtail_site
        for model in _site_settings_models():
            attr_name = model.get_cache_attr_name()
            if attr_name not in found["settings"] and hasattr(request, attr_name):
                found["settings"][attr_name] = getattr(request, attr_name)
        return response
