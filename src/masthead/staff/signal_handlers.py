"""Sign-ins, sign-outs and refused sign-ins go to Wagtail's audit log, with the user and time."""

import logging

from allauth.mfa.signals import authenticator_added
from django.contrib.auth import get_user_model
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from wagtail.log_actions import log

from masthead.staff.lockout import client_address
from masthead.staff.second_factor import record_second_factor

logger = logging.getLogger("masthead.staff")


def logged_in(sender, request, user, **kwargs):
    log(instance=user, action="masthead.login", user=user, data={"ip": client_address(request)})


def logged_out(sender, request, user, **kwargs):
    if user is not None:
        log(
            instance=user, action="masthead.logout", user=user, data={"ip": client_address(request)}
        )


def login_failed(sender, credentials, request=None, **kwargs):
    # allauth passes "username" or "email"; never the password (Django cleanses credentials).
    login = credentials.get("username") or credentials.get("email") or ""
    address = client_address(request)
    logger.warning("Failed sign-in for %r from %s", login, address)
    User = get_user_model()
    user = (
        User.objects.filter(**{User.USERNAME_FIELD: login}).first()
        or User.objects.filter(email__iexact=login).first()
        if login
        else None
    )
    if user is not None:
        log(instance=user, action="masthead.login_failed", user=None, data={"ip": address})


def second_factor_added(sender, request, user, authenticator, **kwargs):
    if request is not None and request.user == user:
        record_second_factor(request, user, authenticator.type)
    log(
        instance=user,
        action="masthead.second_factor_added",
        user=user,
        data={"type": authenticator.type},
    )


def connect():
    user_logged_in.connect(logged_in, dispatch_uid="masthead_staff_logged_in")
    user_logged_out.connect(logged_out, dispatch_uid="masthead_staff_logged_out")
    user_login_failed.connect(login_failed, dispatch_uid="masthead_staff_login_failed")
    authenticator_added.connect(second_factor_added, dispatch_uid="masthead_staff_mfa_added")
