from django.contrib.auth.models import Permission
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import Button

from masthead.editorial.models import DeskAssignment


class DeskAssignmentViewSet(ModelViewSet):
    model = DeskAssignment
    icon = "group"
    menu_label = _("Desk assignments")
    add_to_settings_menu = True
    form_fields = ["user", "sections"]
    list_display = ["user", "section_list"]
    url_namespace = "masthead_desk_assignments"


@hooks.register("register_admin_viewset")
def register_desk_assignments():
    return DeskAssignmentViewSet("desk-assignments")


@hooks.register("register_permissions")
def register_desk_permissions():
    return Permission.objects.filter(content_type__app_label="editorial")


@hooks.register("register_page_header_buttons")
def compare_with_live_button(page, user, next_url=None, view_name=None):
    """What a reviewer asks first: what would change for readers if this were approved."""
    if page.live and page.has_unpublished_changes and page.permissions_for_user(user).can_edit():
        yield Button(
            _("Compare with live"),
            reverse("wagtailadmin_pages:revisions_compare", args=[page.pk, "live", "latest"]),
            icon_name="history",
            priority=40,
        )


# Preview links keep their hooks in their own module; importing it here registers them.
from masthead.editorial import preview_link_hooks  # noqa: E402, F401
