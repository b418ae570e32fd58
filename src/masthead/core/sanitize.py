"""Cleaning of HTML written by editors or brought in by imports (nh3, an allow-list)."""

import re

import nh3

# What rich text may contain after cleaning: the Draftail features we enable, plus Wagtail's
# internal link markup (`<a linktype="page" id="3">`) which is expanded at render time.
RICH_TEXT_TAGS = {"p", "br", "b", "strong", "i", "em", "a", "ul", "ol", "li", "h2", "h3", "h4"}
RICH_TEXT_ATTRIBUTES = {"a": {"href", "linktype", "id"}}
URL_SCHEMES = {"http", "https", "mailto"}
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean_rich_text(html: str) -> str:
    """Return `html` with everything but the allowed tags, attributes and URL schemes removed."""
    if not html:
        return ""
    return nh3.clean(
        CONTROL_CHARACTERS.sub("", html),
        tags=RICH_TEXT_TAGS,
        attributes=RICH_TEXT_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer",
        strip_comments=True,
    )


def clean_plain_text(text: str) -> str:
    """Return `text` without control characters; plain text is escaped later by the template."""
    return CONTROL_CHARACTERS.sub("", text or "").strip()


# Embeddings and overrides (LRE, RLE, PDF, LRO, RLO) and isolates (LRI, RLI, FSI, PDI) reorder
# the text around them: an RLO can make "not guilty" display as something else. The marks LRM and
# RLM only nudge neutral characters and are needed for Arabic or Hebrew quotes, so they stay.
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def clean_plain_text_line(text: str) -> str:
    """Return one line of plain text: no control characters or bidi overrides, spaces folded."""
    return " ".join(BIDI_CONTROLS.sub("", clean_plain_text(text)).split())
