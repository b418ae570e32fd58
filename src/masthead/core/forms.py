"""The admin form every public page type uses."""

from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminPageForm

# First path segments that Django or the static server answer for every edition, whatever page
# has that slug: a page there would never be reached, nor baked.
RESERVED_SLUGS = frozenset(
    {"accounts", "admin", "documents", "preview", "search", "static", "media", "feeds"}
)


class MastheadPageForm(WagtailAdminPageForm):
    def clean(self):
        cleaned_data = super().clean()
        slug = cleaned_data.get("slug")
        parent = self.parent_page
        # Right under an edition's home, a page's address is /<slug>/.
        if slug in RESERVED_SLUGS and parent is not None and parent.depth == 2:
            self.add_error(
                "slug",
                _("The address /%(slug)s/ is taken by the site itself; choose another slug.")
                % {"slug": slug},
            )
        return cleaned_data
