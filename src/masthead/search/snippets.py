"""Highlighted snippets: the passage of an article with the most searched words, marked.

Every piece of text is escaped before `<mark>` is put around a matching word, so nothing an
article or a query holds can become markup.
"""

import bisect
import re

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from masthead.search.text import WORD, stem

SNIPPET_WORDS = 32
# Words shown before the first match, unless a sentence starts closer to it.
LEAD_IN_WORDS = 6
SENTENCE_END = re.compile(r"[.!?…]")
# Words, and the runs of other characters between them, in order.
TOKENS = re.compile(r"[^\W_]+|[\W_]+")


def _tokens(text: str) -> list[tuple[str, bool]]:
    return [(token, bool(WORD.fullmatch(token))) for token in TOKENS.findall(text)]


def _render(tokens, wanted_stems: set[str]) -> SafeString:
    parts = []
    for token, is_word in tokens:
        if is_word and stem(token) in wanted_stems:
            parts.append(f"<mark>{escape(token)}</mark>")
        else:
            parts.append(escape(token))
    return mark_safe("".join(parts))  # noqa: S308  every part was escaped above


def highlight(text: str, wanted_stems: set[str]) -> SafeString:
    """Return `text` escaped, with each word whose stem is wanted inside `<mark>`."""
    return _render(_tokens(" ".join((text or "").split())), wanted_stems)


def _lead_in(tokens, word_positions: list[int], hit: int) -> int:
    """Return the word to start a snippet at: a few before the hit, or where its sentence starts."""
    start = max(hit - LEAD_IN_WORDS, 0)
    for n in range(hit, start, -1):
        between = tokens[word_positions[n] - 1][0]
        if SENTENCE_END.search(between):
            return n
    return start


def snippet(text: str, wanted_stems: set[str], length: int = SNIPPET_WORDS) -> SafeString:
    """Return about `length` words of `text` around the most matches, escaped and marked."""
    tokens = _tokens(" ".join((text or "").split()))
    word_positions = [i for i, (_token, is_word) in enumerate(tokens) if is_word]
    if not word_positions:
        return mark_safe("")
    hits = [
        n
        for n, i in enumerate(word_positions)
        if wanted_stems and stem(tokens[i][0]) in wanted_stems
    ]
    best_start = 0
    if hits:
        # The window of `length` words that holds the most hits, starting a few words before one.
        best_count = -1
        for hit in hits:
            start = _lead_in(tokens, word_positions, hit)
            count = bisect.bisect_left(hits, start + length) - bisect.bisect_left(hits, start)
            if count > best_count:
                best_start, best_count = start, count
    end_word = min(best_start + length, len(word_positions))
    first = word_positions[best_start]
    last = word_positions[end_word - 1]
    if end_word == len(word_positions) and last + 1 < len(tokens):
        last += 1  # the text's closing punctuation
    rendered = _render(tokens[first : last + 1], wanted_stems)
    prefix = "… " if best_start > 0 else ""
    suffix = " …" if end_word < len(word_positions) else ""
    return mark_safe(escape(prefix) + rendered + escape(suffix))  # noqa: S308
