"""Browsers an editor has signed in from before, so an attacker cannot keep them locked out.

allauth pauses a login name's password sign-in after five failures in five minutes, whoever made
them: an attacker who keeps guessing would keep the editor out for as long as they keep at it.
After a complete sign-in (second factor included) the browser gets a signed cookie naming the
account; failures are then counted apart for that browser (OWASP's "device cookies"), so the
editor's own browser is not paused by someone else's guessing. The per-address limit and the
axes lock-out of an address still apply to everyone.

The cookie is sent only to /accounts/ (readers' pages never see it), is HttpOnly, and carries
no secret: it is signed with the site's key, so it cannot be made for another account.
"""

from django.conf import settings
from django.core import signing
from django.utils.crypto import get_random_string

COOKIE_NAME = "masthead_known_browser"
COOKIE_PATH = "/accounts/"
SALT = "masthead.staff.known-browser"
KEPT_FOR_SECONDS = 180 * 24 * 3600


def remember_browser(request, response, user) -> None:
    """Mark the browser that has just signed in as one this account uses."""
    logins = sorted({user.get_username().lower(), (user.email or "").lower()} - {""})
    value = signing.dumps({"logins": logins, "browser": get_random_string(24)}, salt=SALT)
    response.set_cookie(
        COOKIE_NAME,
        value,
        max_age=KEPT_FOR_SECONDS,
        path=COOKIE_PATH,
        secure=request.is_secure() or settings.MASTHEAD_SITE_URL.startswith("https:"),
        httponly=True,
        samesite="Lax",
    )


def known_browser(request, login: str) -> str | None:
    """Return the id of this browser if it signed in to the account `login` names before."""
    value = request.COOKIES.get(COOKIE_NAME)
    if not value or not login:
        return None
    try:
        data = signing.loads(value, salt=SALT, max_age=KEPT_FOR_SECONDS)
    except signing.BadSignature:
        return None
    if login.lower() not in data.get("logins", []):
        return None
    return data.get("browser")
