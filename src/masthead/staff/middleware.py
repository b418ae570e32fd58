from allauth.usersessions.internal import usersessionkit
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from masthead.staff.second_factor import has_second_factor, passed_second_factor

STAFF_PATH_PREFIXES = ("/admin/", "/accounts/")
# What a signed-in member of staff may reach before the second factor: signing out, and what
# the pages for setting one up need.
EXEMPT_ADMIN_PATHS = ("/admin/logout/", "/admin/jsi18n/", "/admin/sprite/")


class SecondFactorRequiredMiddleware:
    """Nothing in the admin works for a session that has not proved a second factor.

    A password alone, phished or guessed, opens nothing: a member of staff without a second
    factor is sent to set one up, and one whose session did not use it (a session from before,
    or from any other way in) is asked for it again.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            request.path.startswith("/admin/")
            and not request.path.startswith(EXEMPT_ADMIN_PATHS)
            and request.user.is_authenticated
            and not passed_second_factor(request)
        ):
            return self.ask_for_second_factor(request)
        return self.get_response(request)

    def ask_for_second_factor(self, request):
        next_query = urlencode({"next": request.get_full_path()})
        if has_second_factor(request.user):
            return redirect(f"{reverse('mfa_reauthenticate')}?{next_query}")
        messages.warning(
            request,
            _(
                "Before you can use the admin, set up a second factor: an authenticator app or "
                "a passkey. A password alone is not enough to reach the newsroom's admin."
            ),
        )
        return redirect(reverse("mfa_index"))


class StaffSessionActivityMiddleware:
    """allauth's session tracking (where and when each session was last seen), on staff pages.

    allauth's own middleware reads the session on every request; on a reader's page that adds
    `Vary: Cookie`, and a cache would then keep one copy of the page per visitor.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith(STAFF_PATH_PREFIXES):
            usersessionkit.track_activity(request, user=request.user, session=request.session)
        return self.get_response(request)
