"""The admin's "Public site" panel: the bake state, and buttons to rebake a page or the site."""

from functools import wraps

from django.http import HttpResponseForbidden
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.translation import gettext, gettext_lazy
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page

from masthead.baking.state import bake_state
from masthead.baking.tasks import rebake_page, rebake_site

REBAKE_PERMISSION = "baking.rebake_site"


def can_rebake(user) -> bool:
    return user.has_perm(REBAKE_PERMISSION)


def rebake_permission_required(view):
    """Answer 403 to staff without the rebake permission.

    Wagtail's admin turns a PermissionDenied into a redirect home; these views are only reached
    through links and buttons shown to those who hold the permission, so a plain 403 is enough.
    """

    @wraps(view)
    def checked_view(request, *args, **kwargs):
        if not can_rebake(request.user):
            return HttpResponseForbidden(
                gettext("You do not have permission to rebake the public site.")
            )
        return view(request, *args, **kwargs)

    return checked_view


@method_decorator(rebake_permission_required, name="dispatch")
class BakeStateView(WagtailAdminTemplateMixin, TemplateView):
    page_title = gettext_lazy("Public site")
    header_icon = "globe"
    template_name = "baking/bake_state.html"
    http_method_names = ["get", "head"]

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        return super().get_context_data(state=bake_state(), **kwargs)


@rebake_permission_required
@require_POST
def rebake_site_view(request):
    rebake_site.enqueue()
    messages.success(request, gettext("The site will be rebaked in a moment."))
    return redirect("masthead_baking:state")


@rebake_permission_required
@require_POST
def rebake_page_view(request, page_id: int):
    page = get_object_or_404(Page.objects.live().filter(depth__gt=1), pk=page_id)
    rebake_page.enqueue(page.pk)
    title = page.get_admin_display_title()
    messages.success(
        request, gettext("“%(title)s” will be rebaked in a moment.") % {"title": title}
    )
    return redirect(
        get_valid_next_url_from_request(request)
        or reverse("wagtailadmin_explore", args=[page.get_parent().pk])
    )
