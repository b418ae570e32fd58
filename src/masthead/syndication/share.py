"""Plain share links: each is an ordinary link, no third-party script, pixel or request."""

from urllib.parse import quote, urlencode

from django.utils.translation import gettext_lazy as _


def share_links(url: str, title: str) -> list[dict[str, str]]:
    """Return the share targets for an article, in the order shown to readers."""
    text = f"{title} {url}"
    return [
        {
            "name": "Telegram",
            "href": "https://t.me/share/url?" + urlencode({"url": url, "text": title}),
        },
        {"name": "WhatsApp", "href": "https://wa.me/?" + urlencode({"text": text})},
        {
            "name": "X",
            "href": "https://x.com/intent/post?" + urlencode({"url": url, "text": title}),
        },
        {
            "name": "Facebook",
            "href": "https://www.facebook.com/sharer/sharer.php?" + urlencode({"u": url}),
        },
        {
            "name": "VK",
            "href": "https://vk.com/share.php?" + urlencode({"url": url, "title": title}),
        },
        {
            "name": str(_("E-mail")),
            "href": f"mailto:?subject={quote(title)}&body={quote(text)}",
        },
    ]
