"""Slugs made from titles in code, the same as the admin makes them as an editor types a title.

Wagtail's admin (with `WAGTAIL_ALLOW_UNICODE_SLUGS = False`) transliterates with the `urlify`
function of its JavaScript (client/src/utils/urlify.ts and urlify.config.json): Cyrillic by the
table below, then anything but ASCII letters, digits, "_", "-" and spaces dropped. A title
typed in the admin and the same title given to `slugify_title` in a script, the demo loader or a
translation give one slug; tests/editions/test_slugs.py checks it against the admin's own code
in Chromium.
"""

import re
import unicodedata

# Wagtail's RUSSIAN_MAP, and the letters of its UKRAINIAN_MAP Russian does not have (urlify
# lets the first map in its configuration win; Russian comes before Ukrainian there).
CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh",
    "з": "z", "и": "i", "й": "j", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "x", "ц": "c",
    "ч": "ch", "ш": "sh", "щ": "shh", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya", "є": "ye", "і": "i", "ї": "yi", "ґ": "g",
}  # fmt: skip
TRANSLITERATION = {
    **CYRILLIC,
    **{upper: latin.capitalize() for lower, latin in CYRILLIC.items() if (upper := lower.upper())},
}
MAX_LENGTH = 255
# JavaScript's `\w` without the u flag is ASCII only; its `\s` is Unicode whitespace, as Python's.
NOT_SLUG_CHARACTER = re.compile(r"[^-A-Za-z0-9_\s]")
SEPARATORS = re.compile(r"[-\s]+")


def _latin_letters(text: str) -> str:
    # urlify's Latin map turns "é" into "e", "ß" into "ss" and so on; decomposing gives the same
    # for the accented letters a news title uses.
    replaced = "".join(TRANSLITERATION.get(character, character) for character in text)
    decomposed = unicodedata.normalize("NFKD", replaced)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def slugify_title(title: str) -> str:
    """Return the slug Wagtail's admin makes of this title: "Выборы в Думе — 2026" gives
    "vybory-v-dume-2026"; "" when nothing is left (the admin then asks for a slug)."""
    text = _latin_letters(str(title).strip()).lower()
    text = NOT_SLUG_CHARACTER.sub("", text)
    text = SEPARATORS.sub("-", text)
    return text[:MAX_LENGTH].rstrip("-")
