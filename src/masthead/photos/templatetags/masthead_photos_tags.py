"""Photo template tags: Wagtail's `{% picture %}`, made cheap enough for a page of teasers.

Load this library instead of `wagtailimages_tags` where a template uses `picture`; the tag takes
the same arguments and renders the same HTML:
`{% picture photo format-{avif,webp,jpeg} width-{480,800} sizes="100vw" alt="" %}`.
"""

from django import template
from wagtail.images.models import Picture
from wagtail.images.shortcuts import get_renditions_or_not_found
from wagtail.images.templatetags import wagtailimages_tags

register = template.Library()

# Enough for every picture of a large site's listings; the memo is emptied when it is full.
RENDERED_PICTURES_LIMIT = 5000
_rendered_pictures: dict[tuple, str] = {}


class PictureNode(wagtailimages_tags.PictureNode):
    def get_filters(self):
        # Wagtail makes new Filter objects on every render and parses their operations again
        # (through `inspect`). A Filter depends on its spec only.
        if not hasattr(self, "filters"):
            self.filters = super().get_filters()
        return self.filters

    def render(self, context):
        image = self.validate_image(context)
        if not image or self.output_var_name:
            return super().render(context)
        renditions = get_renditions_or_not_found(image, self.get_filters())
        attrs = {name: value.resolve(context) for name, value in self.attrs.items()}
        return picture_html(renditions, attrs)


def picture_html(renditions: dict, attrs: dict) -> str:
    """Return Wagtail's `<picture>` for these renditions, remembering the HTML by what it shows.

    Building the tag (attributes escaped one by one) cost half of a teaser's rendering time. The
    key holds every value Wagtail reads to build it, besides the images app's fixed default
    attributes: each rendition's spec, URL, size and alt text, and the tag's attributes. A changed
    photo, focal point or rendition file gives a new URL, so a remembered tag is never out of date.
    """
    key = (
        tuple((spec, r.url, r.width, r.height, r.alt) for spec, r in renditions.items()),
        tuple(attrs.items()),
    )
    try:
        return _rendered_pictures[key]
    except KeyError:
        pass
    except TypeError:  # an attribute value that cannot be a key, e.g. a list
        return Picture(renditions, attrs).__html__()
    if len(_rendered_pictures) >= RENDERED_PICTURES_LIMIT:
        _rendered_pictures.clear()
    html = _rendered_pictures[key] = Picture(renditions, attrs).__html__()
    return html


@register.tag
def picture(parser, token):
    parsed = wagtailimages_tags.image(parser, token)
    return PictureNode(
        parsed.image_expr,
        parsed.filter_specs,
        output_var_name=parsed.output_var_name,
        attrs=parsed.attrs,
    )
