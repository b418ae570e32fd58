from django.contrib.auth.models import Permission
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet

from masthead.editorial.models import DeskAssignment
from masthead.editorial.refusals import log_refused_publish


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


hooks.register("before_edit_page", log_refused_publish)
