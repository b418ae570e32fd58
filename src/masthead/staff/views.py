"""An administrator sees a colleague's sessions and can end them all (a lost laptop)."""

from allauth.usersessions.models import UserSession
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods
from wagtail.log_actions import log


def can_manage_sessions(user) -> bool:
    return user.has_perm("auth.change_user")


@require_http_methods(["GET", "POST"])
def user_sessions(request, user_id):
    if not can_manage_sessions(request.user):
        raise PermissionDenied
    member = get_object_or_404(get_user_model(), pk=user_id)
    if request.method == "POST":
        sessions = UserSession.objects.purge_and_list(member)
        for session in sessions:
            session.end()
        log(
            instance=member,
            action="masthead.sessions_ended",
            user=request.user,
            data={"count": len(sessions)},
        )
        messages.success(
            request,
            _("Ended %(count)d sessions of %(name)s: they must sign in again everywhere.")
            % {"count": len(sessions), "name": member.get_username()},
        )
        return redirect("masthead_staff:sessions", user_id=member.pk)
    return TemplateResponse(
        request,
        "staff/user_sessions.html",
        {
            "member": member,
            "sessions": UserSession.objects.purge_and_list(member),
            "header_title": _("Sessions of %(name)s") % {"name": member.get_username()},
        },
    )
