from django.contrib.auth.models import Permission
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button

from masthead.baking import views


@hooks.register("register_admin_urls")
def register_bake_state_urls():
    urls = [
        path("", views.BakeStateView.as_view(), name="state"),
        path("rebake/", views.rebake_site_view, name="rebake_site"),
        path("rebake/page/<int:page_id>/", views.rebake_page_view, name="rebake_page"),
    ]
    return [path("public-site/", include((urls, "masthead_baking")))]


class BakeStateMenuItem(MenuItem):
    def is_shown(self, request):
        return views.can_rebake(request.user)


@hooks.register("register_settings_menu_item")
def register_bake_state_menu_item():
    return BakeStateMenuItem(
        _("Public site"),
        reverse("masthead_baking:state"),
        name="public-site",
        icon_name="globe",
        order=900,
    )


@hooks.register("register_permissions")
def register_rebake_permission():
    return Permission.objects.filter(content_type__app_label="baking", codename="rebake_site")


@hooks.register("register_page_header_buttons")
@hooks.register("register_page_listing_more_buttons")
def rebake_page_button(page, user, next_url=None, view_name=None):
    """A "Rebake" action on live pages: it posts, with the CSRF token, through Wagtail's
    `w-action` controller, which also sends the current address as `next`."""
    if page.live and not page.is_root() and views.can_rebake(user):
        yield Button(
            _("Rebake"),
            icon_name="rotate",
            attrs={
                "data-controller": "w-action",
                "data-action": "w-action#post",
                "data-w-action-url-value": reverse("masthead_baking:rebake_page", args=[page.pk]),
            },
            priority=45,
        )
