from django import template

from masthead.syndication.share import share_links

register = template.Library()


@register.inclusion_tag("theme/includes/share_links.html")
def share_menu(url: str, title: str, id_suffix: str = ""):
    """Render the share control: Web Share API button plus plain links that work without JS."""
    return {
        "links": share_links(url, title),
        "share_url": url,
        "share_title": title,
        "id_suffix": id_suffix,
    }


@register.inclusion_tag("syndication/feed_links.html", takes_context=True)
def feed_links(context):
    """Render `<link rel="alternate">` for the page's own feeds, or an article's section's."""
    page = getattr(context.get("page"), "specific_deferred", None)
    request = context.get("request")
    owner = page if hasattr(page, "feed_links") else None
    if owner is None and getattr(page, "primary_section_id", None):
        section = page.primary_section
        owner = section if section.live else None
    return {"links": owner.feed_links(request) if owner is not None else []}
