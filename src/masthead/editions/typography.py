"""Typography of an edition's language, applied to plain text before the template escapes it.

Russian: «ёлочки» for quotes („лапки“ inside them), a non-breaking space before a dash (it
must not start a line) and after a one-letter word such as "в" or "и" (it must not end one).
The characters added are neither "<", ">", "&" nor quotes, so escaping afterwards stays safe.
"""

import re

NBSP = "\u00a0"
# A quote opens after the start, a space, an opening bracket or another opening quote.
OPENING_CONTEXT = set(" \t\n\u00a0([{«„-—–/")
QUOTES = '"“”„«»'
DASH_AFTER_SPACE = re.compile(r"[ \t]+([—–])")
# A hyphen between spaces is a dash typed on a keyboard without one.
SPACED_HYPHEN = re.compile(r"(?<=\S) - (?=\S)")
ONE_LETTER_WORD = re.compile(r"(?<![\w-])([а-яёА-ЯЁ]) ", re.UNICODE)


def _russian_quotes(text: str) -> str:
    result = []
    depth = 0
    for index, character in enumerate(text):
        if character not in QUOTES:
            result.append(character)
            continue
        before = text[index - 1] if index else " "
        opening = character in "«„" or (character in '"“' and before in OPENING_CONTEXT)
        if character in "»" or (not opening and character in '"”“'):
            opening = False
        if opening:
            result.append("«" if depth % 2 == 0 else "„")
            depth += 1
        elif depth:
            depth -= 1
            result.append("»" if depth % 2 == 0 else "“")
        else:
            # A closing quote with nothing open (an inch mark, a typo): left as it was typed.
            result.append(character)
    return "".join(result)


def russian(text: str) -> str:
    """Return Russian plain text set as a Russian newspaper sets it."""
    text = _russian_quotes(text)
    text = SPACED_HYPHEN.sub(" — ", text)
    text = DASH_AFTER_SPACE.sub(NBSP + r"\1", text)
    return ONE_LETTER_WORD.sub(r"\1" + NBSP, text)


# By language code; an edition whose language is not here keeps its text as typed.
TYPOGRAPHY = {"ru": russian}


def set_text(text: str, language_code: str) -> str:
    """Return plain `text` with the typography of the language, if Masthead knows one."""
    rules = TYPOGRAPHY.get((language_code or "").split("-")[0])
    return rules(text) if rules else text
