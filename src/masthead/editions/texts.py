"""Texts kept once per language on objects every edition shares: a photo, the newsroom settings.

The main text is a model field in the first edition's language; the others are in a JSON field,
{"ru": {"alt_text": "…"}}, with one form field per other edition (a third edition is a setting,
not a migration). Missing texts fall back to the main one: a reader gets the photo described or
the publication named in another language rather than not at all.
"""

from collections.abc import Callable

from django.conf import settings


def other_edition_languages() -> list[tuple[str, str]]:
    """Return (code, name) of each edition but the first, whose texts are the model's fields."""
    return [(code, name) for code, name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


def text_in(main_text: str, texts: dict | None, field: str, language: str | None) -> str:
    """Return `field` in `language` from `texts`, or `main_text` where there is none."""
    if not language or language == settings.LANGUAGE_CODE:
        return main_text
    return ((texts or {}).get(language) or {}).get(field) or main_text


def clean_texts(texts, cleaners: dict[str, Callable[[str], str]]) -> dict:
    """Return {language: {field: text}} with each text cleaned and the empty ones left out.

    Languages that are no longer editions keep their texts: nothing an editor wrote is lost.
    """
    cleaned = {}
    for language, fields in (texts or {}).items():
        if not isinstance(fields, dict):
            continue
        kept = {name: clean(fields.get(name) or "") for name, clean in cleaners.items()}
        kept = {name: text for name, text in kept.items() if text}
        if kept:
            cleaned[language] = kept
    return cleaned


def form_field_name(field: str, language: str) -> str:
    return f"{field}_{language}"


def texts_from_form(form, fields: tuple[str, ...]) -> dict:
    """Return the instance's texts updated from the form's per-language fields."""
    texts = dict(form.instance.texts_in_other_languages or {})
    for code, _name in other_edition_languages():
        names = [form_field_name(field, code) for field in fields]
        if all(name in form.fields for name in names):
            texts[code] = {
                field: form.cleaned_data.get(name, "")
                for field, name in zip(fields, names, strict=True)
            }
    return texts
