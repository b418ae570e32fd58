"""Has this session proved a second factor? Shared by the middleware and the tests."""

import datetime

from allauth.account.internal.flows.login import get_authentication_records
from allauth.mfa.models import Authenticator

SECOND_FACTOR_METHOD = "mfa"  # what allauth records for TOTP, recovery codes and passkeys


def second_factors(user):
    return Authenticator.objects.filter(user=user).exclude(type=Authenticator.Type.RECOVERY_CODES)


def has_second_factor(user) -> bool:
    return second_factors(user).exists()


def passed_second_factor(request) -> bool:
    """True when the session signed in with a second factor, or set one up after signing in.

    Setting one up proves it (a valid code from the app, a new passkey) and allauth asks for
    the password again first, so a factor created during this session counts.
    """
    records = get_authentication_records(request, request.user)
    if any(record.get("method") == SECOND_FACTOR_METHOD for record in records):
        return True
    if not records:
        return False
    signed_in_at = datetime.datetime.fromtimestamp(records[0]["at"], tz=datetime.UTC)
    return second_factors(request.user).filter(created_at__gte=signed_in_at).exists()
