"""Preview links: the public `/preview/<token>/` view and the admin screen that makes them."""

from django import forms
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext, gettext_lazy
from django.views.decorators.http import require_POST, require_safe
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.log_actions import log
from wagtail.models import Page

from masthead.editorial.preview_links import (
    LIFETIME_CHOICES,
    PreviewLink,
    can_have_preview_links,
)
from masthead.search.throttle import seconds_until_allowed
from masthead.theme.headers import READER_CONTENT_SECURITY_POLICY, READER_PERMISSIONS_POLICY

CREATE_ACTION = "masthead.preview_link.create"
REVOKE_ACTION = "masthead.preview_link.revoke"
# The cache key prefix of the preview links' own count per client (see `seconds_until_allowed`).
PREVIEW_RATE_PREFIX = "masthead:preview-rate"
PRIVATE_HEADERS = {
    # Nobody may keep a copy: not a CDN, not a shared proxy, not the browser's history cache.
    "Cache-Control": "private, no-store",
    "X-Robots-Tag": "noindex, nofollow",
    # The address is the secret; links followed from the page must not carry it elsewhere.
    "Referrer-Policy": "no-referrer",
    # The readers' middleware leaves Wagtail previews alone; a draft still loads nothing foreign.
    "Content-Security-Policy": READER_CONTENT_SECURITY_POLICY,
    "Permissions-Policy": READER_PERMISSIONS_POLICY,
}


def private(response):
    for name, value in PRIVATE_HEADERS.items():
        response.headers[name] = value
    return response


def link_not_valid(request):
    """The one answer for unknown, malformed, expired and revoked links alike."""
    response = TemplateResponse(
        request, "editorial/preview_link_not_valid.html", {"private_address": True}, status=404
    )
    return private(response.render())


def too_many_requests(request, retry_after: int):
    """The answer to a client opening preview links faster than anyone reads: no database
    query, before the link is even looked up."""
    response = TemplateResponse(
        request, "editorial/preview_link_too_many.html", {"retry_after": retry_after}, status=429
    )
    response["Retry-After"] = str(retry_after)
    return private(response.render())


@require_safe
def serve_preview_link(request, token):
    """Show the latest saved version of the link's page, marked as a draft, to anyone."""
    wait = seconds_until_allowed(
        request,
        limit=settings.MASTHEAD_PREVIEW_RATE_LIMIT,
        window=settings.MASTHEAD_PREVIEW_RATE_WINDOW,
        prefix=PREVIEW_RATE_PREFIX,
    )
    if wait:
        return too_many_requests(request, wait)
    link = PreviewLink.objects.find_usable(token)
    if link is None or not can_have_preview_links(link.page):
        return link_not_valid(request)
    draft = link.page.specific.get_latest_revision_as_object()
    mode = draft.default_preview_mode
    # What Wagtail's own preview sets: templates and tags that check it treat this as a draft.
    request.is_preview = True
    request.preview_mode = mode
    with translation.override(draft.locale.language_code):
        response = draft.serve_preview(request, mode)
        if not isinstance(response, TemplateResponse):
            # A page that answers its preview with a redirect or a file has no draft to show.
            return link_not_valid(request)
        response.context_data.update(draft_preview=link, private_address=True)
        response.render()
        response.headers["Content-Language"] = draft.locale.language_code
    link.record_use()
    return private(response)


class PreviewLinkForm(forms.Form):
    lifetime = forms.ChoiceField(
        label=gettext_lazy("Works for"),
        choices=[(key, label) for key, label, _lifetime in LIFETIME_CHOICES],
        initial="7d",
    )
    note = forms.CharField(
        label=gettext_lazy("Note"),
        max_length=200,
        required=False,
        help_text=gettext_lazy("Who the link is for, e.g. “for our lawyer”. Only staff see it."),
    )

    def lifetime_delta(self):
        chosen = self.cleaned_data["lifetime"]
        return next(delta for key, _label, delta in LIFETIME_CHOICES if key == chosen)


def editable_page(request, page_id):
    """Return the page when the user may edit it (and so share its draft); else refuse."""
    page = get_object_or_404(Page, pk=page_id).specific
    if not can_have_preview_links(page) or not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    return page


class PreviewLinksView(WagtailAdminTemplateMixin, TemplateView):
    """List a page's preview links; POST makes one and shows its address, once."""

    template_name = "editorial/admin/preview_links.html"
    page_title = gettext_lazy("Preview links")
    header_icon = "link"
    http_method_names = ["get", "head", "post"]

    def dispatch(self, request, page_id):
        self.page = editable_page(request, page_id)
        return super().dispatch(request, page_id)

    def get_page_subtitle(self):
        return self.page.get_admin_display_title()

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {
                "url": reverse("wagtailadmin_pages:edit", args=[self.page.pk]),
                "label": self.page.get_admin_display_title(),
            },
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        links = list(self.page.preview_links.select_related("created_by", "revoked_by"))
        kwargs.setdefault("form", PreviewLinkForm())
        return super().get_context_data(page=self.page, links=links, **kwargs)

    def post(self, request, page_id):
        form = PreviewLinkForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form), status=400)
        link, token = PreviewLink.create_for(
            self.page,
            request.user,
            lifetime=form.lifetime_delta(),
            note=form.cleaned_data["note"],
        )
        log(
            instance=self.page,
            action=CREATE_ACTION,
            user=request.user,
            data={"link_id": link.pk, "note": link.note, "expires_at": link.expires_at.isoformat()},
        )
        # Answered here rather than redirected: the address exists only in this response.
        return self.render_to_response(
            self.get_context_data(new_link=link, new_link_url=PreviewLink.url_for(token))
        )

    def render_to_response(self, context, **response_kwargs):
        # The page may carry a new link's address: never keep it in any cache.
        response = super().render_to_response(context, **response_kwargs)
        response.headers["Cache-Control"] = "private, no-store"
        return response


@require_POST
def revoke_preview_link(request, page_id, link_id):
    page = editable_page(request, page_id)
    link = get_object_or_404(PreviewLink, pk=link_id, page=page)
    if link.revoke(request.user):
        log(
            instance=page,
            action=REVOKE_ACTION,
            user=request.user,
            data={"link_id": link.pk, "note": link.note},
        )
        messages.success(request, gettext("The preview link was revoked; it no longer works."))
    else:
        messages.warning(request, gettext("That preview link had already been revoked."))
    return redirect("masthead_preview_links:index", page_id=page.pk)
