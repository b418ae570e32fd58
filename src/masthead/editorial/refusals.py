"""Log the admin's refusals as Django logs a PermissionDenied it answers with a 403.

Wagtail answers most refusals with a redirect and a message, which Django never sees as a
refusal, and its page editor quietly saves a draft when someone without the right asks it to
publish. Both are logged here on `django.security.PermissionDenied`, where an operator watching
for probing looks, with the same "Forbidden (Permission denied): <path>" line.
"""

import logging

security_logger = logging.getLogger("django.security.PermissionDenied")


def log_refusal(request, reason: str = "") -> None:
    user = getattr(request, "user", None)
    security_logger.warning(
        "Forbidden (Permission denied): %s%s (user %s, %s)",
        request.path,
        f": {reason}" if reason else "",
        user.pk if user is not None and user.is_authenticated else "anonymous",
        request.method,
        extra={"status_code": 403, "request": request},
    )


def log_wagtail_refusals() -> None:
    """Wrap Wagtail's two refusal answers so that every refusal through them is logged.

    Both are looked up as module globals by `require_admin_access` and `user_passes_test`,
    which wrap every admin view. An XHR refusal raises PermissionDenied instead, which Django
    logs itself, so it is not logged twice.
    """
    from wagtail.admin import auth

    if getattr(auth.permission_denied, "logs_refusals", False):
        return
    wagtail_permission_denied = auth.permission_denied
    wagtail_reject_request = auth.reject_request

    def permission_denied(request):
        if request.headers.get("x-requested-with") != "XMLHttpRequest":
            log_refusal(request)
        return wagtail_permission_denied(request)

    def reject_request(request):
        # Anonymous visitors are sent to sign in; only the signed-in are being refused.
        if request.user.is_authenticated and (
            request.headers.get("x-requested-with") != "XMLHttpRequest"
        ):
            log_refusal(request, "no admin access")
        return wagtail_reject_request(request)

    permission_denied.logs_refusals = True
    auth.permission_denied = permission_denied
    auth.reject_request = reject_request


def log_refused_publish(request, page) -> None:
    """The editor ignores "publish" from someone who may not publish, and saves a draft."""
    if request.method == "POST" and request.POST.get("action-publish"):
        if not page.permissions_for_user(request.user).can_publish():
            log_refusal(request, "publish ignored, saved as a draft")
