"""The editions' languages, read by the settings: plain Python, no Django models imported here."""

from django.conf.locale import LANG_INFO
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy


def edition_languages(codes: list[str]) -> list[tuple[str, str]]:
    """Return Django's `LANGUAGES` for these edition codes, the first being the default edition.

    `edition_languages(["en", "ru", "de"])` gives English at "/", Russian at "/ru/" and German
    at "/de/"; the names come from Django's own list, which Django translates.
    """
    if not codes:
        raise ImproperlyConfigured("MASTHEAD_EDITIONS must name at least one language, e.g. en.")
    languages = []
    for code in codes:
        info = LANG_INFO.get(code)
        if info is None or "name" not in info:
            raise ImproperlyConfigured(
                f"MASTHEAD_EDITIONS: {code!r} is not a language code Django knows "
                "(use codes such as en, ru, de, uk, pt-br)."
            )
        languages.append((code, gettext_lazy(info["name"])))
    if len(set(codes)) != len(codes):
        raise ImproperlyConfigured(f"MASTHEAD_EDITIONS names a language twice: {codes!r}.")
    return languages
