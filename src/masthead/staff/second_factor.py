"""Has this session proved a second factor? Shared by the middleware and the tests."""

from allauth.account.internal.flows.login import get_authentication_records, record_authentication
from allauth.mfa.models import Authenticator

SECOND_FACTOR_METHOD = "mfa"  # what allauth records for TOTP, recovery codes and passkeys


def second_factors(user):
    return Authenticator.objects.filter(user=user).exclude(type=Authenticator.Type.RECOVERY_CODES)


def has_second_factor(user) -> bool:
    return second_factors(user).exists()


def passed_second_factor(request) -> bool:
    """True when this session signed in with a second factor, or set one up itself."""
    records = get_authentication_records(request, request.user)
    return any(record.get("method") == SECOND_FACTOR_METHOD for record in records)


def record_second_factor(request, user, kind: str) -> None:
    """Setting up a factor proves it (a valid code, a new passkey), for this session only.

    Saved at once: allauth announces a new factor after its transaction commits, which may be
    after the session was saved for this response.
    """
    record_authentication(request, user, SECOND_FACTOR_METHOD, type=kind)
    request.session.save()
