"""Snippets and stems, word by word."""

from masthead.search.snippets import highlight, snippet
from masthead.search.text import stem, stream_text


def test_stems_follow_postgresqls_russian_configuration():
    assert {stem(w) for w in ["Путин", "Путина", "путину", "ПУТИНЫМ"]} == {"путин"}
    assert {stem(w) for w in ["выборы", "выборах", "выбор"]} == {"выбор"}
    assert {stem(w) for w in ["elections", "Election", "elected"]} == {"elect"}
    assert stem("Reuters") == "reuter" and stem("ёлка") == stem("елка")


def test_snippet_starts_at_the_sentence_of_the_first_match_and_marks_every_form():
    text = (
        "The committee met on Monday. Several members spoke. "
        "The election law was changed before the elections, and the elected council objected."
    )
    shown = snippet(text, {stem("election")})
    assert shown == (
        "… The <mark>election</mark> law was changed before the <mark>elections</mark>, "
        "and the <mark>elected</mark> council objected."
    )


def test_a_long_text_is_cut_around_the_most_matches():
    text = "Intro words here. " * 40 + "Budget budget budget at last. " + "Tail words. " * 40
    shown = snippet(text, {stem("budget")}, length=12)
    assert shown.count("<mark>") == 3
    assert shown.startswith("… ") and shown.endswith(" …")


def test_text_is_escaped_before_it_is_marked():
    shown = highlight("<script>alert('x')</script> & alert", {stem("alert")})
    assert shown == (
        "&lt;script&gt;<mark>alert</mark>(&#x27;x&#x27;)&lt;/script&gt; &amp; <mark>alert</mark>"
    )
    assert snippet("", {"x"}) == "" and snippet("!!!", {"x"}) == ""


def test_body_text_comes_from_every_block_without_loading_photos():
    blocks = [
        {"type": "paragraph", "value": "<p>First &amp; <b>bold</b>.</p>"},
        {"type": "subheading", "value": "A heading"},
        {"type": "quote", "value": {"text": "<not a tag> said", "attribution": "Her"}},
        {"type": "photo", "value": {"photo": 41, "caption": "The square"}},
        {"type": "fact_box", "value": {"title": "Facts", "body": "<ul><li>One</li></ul>"}},
        {"type": "link_card", "value": {"url": "https://example.org/", "title": "Card"}},
    ]
    assert stream_text(blocks).split("\n") == [
        "First & bold.",
        "A heading",
        "<not a tag> said",
        "Her",
        "The square",
        "Facts",
        "One",
        "Card",
    ]
