from allauth.account.adapter import DefaultAccountAdapter


class StaffAccountAdapter(DefaultAccountAdapter):
    """Staff accounts are made by an administrator in the admin: nobody signs themselves up."""

    def is_open_for_signup(self, request):
        return False
