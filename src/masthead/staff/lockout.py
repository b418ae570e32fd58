"""How django-axes names the account a sign-in attempt was for."""


def attempted_login(request, credentials) -> str | None:
    """allauth authenticates with `username` or `email`; its form field is called `login`.

    Lower-cased, so "Marta" and "marta" count against one lock-out.
    """
    credentials = credentials or {}
    login = (
        credentials.get("username")
        or credentials.get("email")
        or (request.POST.get("login") if request is not None else None)
    )
    return login.strip().lower() if login else None


def client_address(request) -> str | None:
    """The address a sign-in came from, the same for axes' lock-outs, allauth's rate limits and
    the audit log: behind `MASTHEAD_TRUSTED_PROXIES` proxies, taken from X-Forwarded-For."""
    from allauth.core.internal.httpkit import get_client_ip

    return get_client_ip(request) if request is not None else None
