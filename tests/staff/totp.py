"""Authenticator-app codes, computed the way a phone app does (RFC 6238), for the tests."""

import time

from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, hotp_value

SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"


def code_now(secret: str = SECRET, offset_periods: int = 0) -> str:
    return format_hotp_value(hotp_value(secret, int(time.time()) // 30 + offset_periods))


def give_totp(user, secret: str = SECRET) -> Authenticator:
    return TOTP.activate(user, secret).instance
