from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import ListingButton

from masthead.staff import views


@hooks.register("register_admin_urls")
def register_staff_urls():
    urls = [path("<int:user_id>/sessions/", views.user_sessions, name="sessions")]
    return [path("staff/", include((urls, "masthead_staff")))]


@hooks.register("register_user_listing_buttons")
def sessions_button(user, request_user):
    if views.can_manage_sessions(request_user):
        yield ListingButton(
            _("Sessions"), reverse("masthead_staff:sessions", args=[user.pk]), priority=50
        )


@hooks.register("register_log_actions")
def register_staff_log_actions(actions):
    actions.register_action("masthead.login", _("Sign-in"), _("Signed in"))
    actions.register_action("masthead.logout", _("Sign-out"), _("Signed out"))
    actions.register_action("masthead.login_failed", _("Failed sign-in"), _("A sign-in failed"))
    actions.register_action(
        "masthead.second_factor_added", _("Second factor added"), _("Added a second factor")
    )
    actions.register_action(
        "masthead.sessions_ended", _("Sessions ended"), _("Ended every session")
    )
