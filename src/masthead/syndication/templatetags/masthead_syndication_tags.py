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
