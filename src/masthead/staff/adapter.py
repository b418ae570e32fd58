from allauth.account.adapter import DefaultAccountAdapter

from masthead.staff.known_browsers import known_browser, remember_browser


class StaffAccountAdapter(DefaultAccountAdapter):
    """Staff accounts are made by an administrator in the admin: nobody signs themselves up."""

    def is_open_for_signup(self, request):
        return False

    def post_login(self, request, user, **kwargs):
        # Called once the sign-in is complete, after the second factor.
        response = super().post_login(request, user, **kwargs)
        remember_browser(request, response, user)
        return response

    def _get_login_attempts_cache_key(self, request, **credentials):
        # allauth's key for counting failed sign-ins of a login name (a private method: the
        # known-browser test in tests/staff fails if allauth renames it). A browser that
        # signed in to this account before counts its failures apart (see known_browsers).
        key = super()._get_login_attempts_cache_key(request, **credentials)
        login = credentials.get("email", credentials.get("username", ""))
        browser = known_browser(request, login)
        return f"{key}:browser:{browser}" if browser else key
