"""Remember a lookup for the rest of one request: several tags and contexts ask the same thing."""

from collections.abc import Callable, Hashable
from typing import TypeVar

T = TypeVar("T")


def per_request(request, key: Hashable, compute: Callable[[], T]) -> T:
    """Return `compute()`, computed at most once per request for `key` (every time without one).

    Nothing outlives the request, so an edit is seen by the next render:
    `per_request(request, ("sections", home.pk), lambda: list(...))`.
    """
    if request is None:
        return compute()
    memo = request.__dict__.setdefault("_masthead_memo", {})
    if key not in memo:
        memo[key] = compute()
    return memo[key]
