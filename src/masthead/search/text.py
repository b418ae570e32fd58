"""Words, stems and plain text of articles: what search indexes, matches and highlights.

Stemming follows PostgreSQL's `russian` text search configuration, so both databases agree:
a word in Cyrillic gets the Snowball Russian stem, any other word the Snowball English stem
(PostgreSQL maps `asciiword` to `english_stem` in that configuration). "Путина", "Путину" and
"Путин" all become "путин"; "elections" and "election" become "elect".
"""

import functools
import html
import re

import snowballstemmer
from django.utils.html import strip_tags

# Letters and digits; the underscore and every punctuation mark separate words, as in SQLite's
# `unicode61` tokenizer and PostgreSQL's parser. Nothing else of a query reaches the database.
WORD = re.compile(r"[^\W_]+")
CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# Body fields that hold no words a reader looks for.
NON_TEXT_KEYS = {"photo", "url"}
# Stored as HTML (masthead.core.blocks): block type, then the field inside a struct block.
RICH_TEXT_FIELDS = {("paragraph", None), ("fact_box", "body")}


@functools.cache
def _stemmer(language: str):
    return snowballstemmer.stemmer(language)


def words(text: str) -> list[str]:
    return WORD.findall(text or "")


@functools.lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Return the search stem of one word: lower case, Russian or English Snowball stem."""
    lowered = word.lower().replace("ё", "е")
    language = "russian" if CYRILLIC.search(lowered) else "english"
    return _stemmer(language).stemWord(lowered)


def stems(text: str) -> list[str]:
    return [stem(word) for word in words(text)]


def rich_text_to_plain(value: str) -> str:
    return html.unescape(strip_tags(value or ""))


def stream_text(raw_blocks) -> str:
    """Return the reader-visible text of a body's stored blocks, without loading any photo."""
    parts: list[str] = []

    def collect(value, block_type, field=None):
        if isinstance(value, str):
            rich = (block_type, field) in RICH_TEXT_FIELDS
            parts.append(rich_text_to_plain(value) if rich else value)
        elif isinstance(value, dict):
            for key, item in value.items():
                if key not in NON_TEXT_KEYS:
                    collect(item, block_type, key)
        elif isinstance(value, list):
            for item in value:
                collect(item, block_type, field)

    for block in raw_blocks or []:
        if isinstance(block, dict):
            collect(block.get("value"), block.get("type"))
    return "\n".join(part.strip() for part in parts if part and part.strip())


def article_text(article) -> str:
    """Return the standfirst and body of an article as plain text, in reading order."""
    body = stream_text(article.body.raw_data) if article.body is not None else ""
    return "\n".join(part for part in (article.standfirst, body) if part)
