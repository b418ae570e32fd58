"""A per-client limit on search requests, counted in the shared cache (Redis in production).

A fixed window: each client address may make `MASTHEAD_SEARCH_RATE_LIMIT` searches per
`MASTHEAD_SEARCH_RATE_WINDOW` seconds; beyond that it is answered 429 until the window ends,
before any database work. `cache.add` then `cache.incr` is atomic on Redis and memcached, so
every process of the site shares one count per client; the file cache of a single machine may
miss an increment under a race, which lets a flood through a little faster, never slower.
"""

import math
import time

from django.conf import settings
from django.core.cache import cache

from masthead.staff.lockout import client_address

KEY_PREFIX = "masthead:search-rate"


def seconds_until_allowed(
    request,
    now: float | None = None,
    *,
    limit: int | None = None,
    window: int | None = None,
    prefix: str = KEY_PREFIX,
) -> int:
    """Count this request against its client; return 0 if allowed, else seconds to wait.

    By default the search's limit and window; another endpoint passes its own, and a `prefix`
    of its own for a count of its own (preview links, see masthead.editorial).
    """
    limit = settings.MASTHEAD_SEARCH_RATE_LIMIT if limit is None else limit
    window = max(settings.MASTHEAD_SEARCH_RATE_WINDOW if window is None else window, 1)
    if limit <= 0:
        return 0
    now = time.time() if now is None else now
    window_number = int(now // window)
    # Behind `MASTHEAD_TRUSTED_PROXIES` proxies, the address they report; else the peer's.
    address = client_address(request) or "unknown"
    key = f"{prefix}:{address}:{window_number}"
    cache.add(key, 0, timeout=window + 1)
    try:
        count = cache.incr(key)
    except ValueError:  # the window ended between add and incr
        cache.add(key, 1, timeout=window + 1)
        count = 1
    if count <= limit:
        return 0
    return max(1, math.ceil((window_number + 1) * window - now))
