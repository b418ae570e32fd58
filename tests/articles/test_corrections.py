"""Corrections and updates as readers see them: dated, in the newsroom's time zone, kept."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.utils import timezone

from masthead.articles.models import ArticleNote, ArticlePage
from tests.assertions import assert_public_page
from tests.printing.test_pdf import pdf_text

pytestmark = pytest.mark.django_db

TOKYO = datetime.timezone(datetime.timedelta(hours=9))


def add_note(article, text, kind=ArticleNote.Kind.CORRECTION, publish=True):
    """An editor adds a note to the latest version and publishes it (or only saves a draft)."""
    page = ArticlePage.objects.get(pk=article.pk).get_latest_revision_as_object()
    page.notes.add(ArticleNote(kind=kind, text=text))
    revision = page.save_revision()
    if publish:
        revision.publish()
    return ArticlePage.objects.get(pk=article.pk)


def date_notes(article, when):
    """Pretend the article's notes went public at `when` (the clock cannot be set in a test)."""
    ArticleNote.objects.filter(page=article).update(published_at=when)


def notes_shown(soup) -> list[str]:
    return [" ".join(p.get_text().split()) for p in soup.select("#corrections .note")]


def test_a_published_correction_is_shown_with_its_date_and_the_top_says_corrected(newsroom, client):
    article = newsroom.publish_article(slug="budget-vote")
    before = timezone.now()
    article = add_note(article, "An earlier version gave the wrong date of the vote.")
    note = article.notes.get()
    assert before <= note.published_at <= timezone.now()
    soup = assert_public_page(client.get(article.url))
    today = timezone.localtime(note.published_at)
    assert notes_shown(soup) == [
        f"Correction, {today.day} {today:%B %Y}: An earlier version gave the wrong date of the "
        "vote."
    ]
    marker = soup.select_one(".article__dates .article__updated")
    assert marker.a["href"] == "#corrections" and marker.a.get_text() == "Corrected"
    assert marker.time["datetime"] == today.isoformat()
    # The notes come before the topics and the tools at the end (THEME.md, page anatomy).
    assert soup.select_one("#corrections ~ .article__footer .tools")


def test_a_note_in_a_draft_is_not_public_until_it_is_published(newsroom, client):
    article = newsroom.publish_article(slug="budget-vote")
    article = add_note(article, "The vote was on Tuesday.", publish=False)
    soup = assert_public_page(client.get(article.url))
    assert notes_shown(soup) == [] and not soup.select(".article__updated")
    assert not article.notes.exists()
    ArticlePage.objects.get(pk=article.pk).get_latest_revision().publish()
    assert notes_shown(assert_public_page(client.get(article.url)))[0].startswith("Correction, ")


def test_the_date_is_the_newsrooms_day_not_utcs(newsroom, client, a_june_evening):
    article = add_note(newsroom.publish_article(slug="budget-vote"), "The vote was on Tuesday.")
    date_notes(article, a_june_evening)
    soup = assert_public_page(client.get(article.url))
    # 23:30 in Tokyo, 14:30 UTC: the time at the top is Tokyo's.
    assert notes_shown(soup) == ["Correction, 19 June 2026: The vote was on Tuesday."]
    assert soup.select_one(".article__updated").get_text(" ", strip=True) == (
        "Corrected 19 June 2026, 23:30"
    )
    # Half an hour after midnight in Tokyo it is still the 19th in UTC; readers see the 20th.
    date_notes(article, datetime.datetime(2026, 6, 20, 0, 30, tzinfo=TOKYO))
    soup = assert_public_page(client.get(article.url))
    assert notes_shown(soup) == ["Correction, 20 June 2026: The vote was on Tuesday."]


def test_republishing_keeps_the_date_a_note_was_first_published(newsroom, client, a_june_evening):
    article = newsroom.publish_article(slug="budget-vote")
    # The draft was saved before publication dated the note: the revision holds no date.
    stale_draft = add_note(article, "The vote was on Tuesday.").get_latest_revision_as_object()
    date_notes(article, a_june_evening)
    stale_draft.headline = "Parliament passes the budget"
    stale_draft.save_revision().publish()
    article = ArticlePage.objects.get(pk=article.pk)
    assert article.headline == "Parliament passes the budget"
    assert article.notes.get().published_at == a_june_evening
    add_note(article, "The budget passed by 61 votes, not 51.")
    first, second = ArticlePage.objects.get(pk=article.pk).reader_notes
    assert first.published_at == a_june_evening and second.published_at > a_june_evening
    shown = notes_shown(assert_public_page(client.get(article.url)))
    assert shown[0] == "Correction, 19 June 2026: The vote was on Tuesday."
    assert shown[1].endswith("The budget passed by 61 votes, not 51.")


def test_an_update_moves_the_updated_time_and_an_editors_note_does_not(
    newsroom, client, a_june_evening
):
    article = newsroom.publish_article(slug="budget-vote", when=a_june_evening)
    article = add_note(article, "Parliament has since confirmed the vote.", ArticleNote.Kind.UPDATE)
    update = article.notes.get()
    soup = assert_public_page(client.get(article.url))
    marker = soup.select_one(".article__updated")
    assert marker.a.get_text() == "Updated"
    assert marker.time["datetime"] == timezone.localtime(update.published_at).isoformat()
    add_note(article, "This article is part of our budget series.", ArticleNote.Kind.EDITORS_NOTE)
    soup = assert_public_page(client.get(article.url))
    assert soup.select_one(".article__updated time")["datetime"] == marker.time["datetime"]
    assert [text.split(",")[0] for text in notes_shown(soup)] == ["Update", "Editor's note"]


def test_an_updated_time_set_by_hand_later_than_any_note_is_shown_without_a_link(newsroom, client):
    article = add_note(newsroom.publish_article(slug="budget-vote"), "The vote was on Tuesday.")
    later = article.notes.get().published_at + datetime.timedelta(hours=2)
    article.updated_at = later
    article.save_revision().publish()
    marker = assert_public_page(client.get(article.url)).select_one(".article__updated")
    assert marker.a is None and marker.get_text(" ", strip=True).startswith("Updated")
    assert marker.time["datetime"] == timezone.localtime(later).isoformat()


def test_a_hostile_note_reaches_the_page_as_text(newsroom, client):
    hostile = (
        "<script>alert(1)</script> <img src=x onerror=alert(2)>\x07\x1b "
        "\u202eevil\u202c \u200fשלום\u200f"
    )
    article = add_note(newsroom.publish_article(slug="budget-vote"), hostile)
    html = client.get(article.url).content.decode()
    soup = assert_public_page(client.get(article.url))
    assert "<script>alert" not in html and "<img src=x" not in html
    assert not soup.select("#corrections script, #corrections img")
    text = soup.select_one("#corrections bdi").get_text()
    # Control characters and the right-to-left override are gone; the right-to-left mark stays.
    assert text == "<script>alert(1)</script> <img src=x onerror=alert(2)> evil \u200fשלום\u200f"


def test_a_note_longer_than_the_limit_is_refused(newsroom):
    article = newsroom.publish_article(slug="budget-vote")
    note = ArticleNote(page=article, text="x" * 5000)
    with pytest.raises(ValidationError) as refused:
        note.full_clean()
    assert refused.value.message_dict["text"] == [
        "Ensure this value has at most 1500 characters (it has 5000)."
    ]


def test_a_copy_of_an_article_does_not_carry_its_corrections(newsroom):
    article = add_note(newsroom.publish_article(slug="budget-vote"), "The vote was on Tuesday.")
    copy = article.copy(update_attrs={"slug": "budget-vote-copy", "title": "Copy"}, keep_live=False)
    assert not copy.specific.notes.exists()


def test_the_pdf_prints_the_correction_with_its_date(newsroom, client, a_june_evening):
    article = add_note(newsroom.publish_article(slug="budget-vote"), "The vote was on Tuesday.")
    date_notes(article, a_june_evening)
    _pages, text = pdf_text(b"".join(client.get(article.pdf_url).streaming_content))
    flat = " ".join(text.split())
    assert "CORRECTIONS AND UPDATES" in flat
    assert "Correction, 19 June 2026: The vote was on Tuesday." in flat
    assert "Corrected 19 June 2026, 23:30" in flat


def test_a_preview_shows_a_new_note_undated_next_to_the_published_ones(newsroom, a_june_evening):
    article = add_note(newsroom.publish_article(slug="budget-vote"), "The vote was on Tuesday.")
    date_notes(article, a_june_evening)
    add_note(article, "Parliament has since confirmed the vote.", "update", publish=False)
    draft = ArticlePage.objects.get(pk=article.pk).get_latest_revision_as_object()
    response = draft.make_preview_request()
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    assert notes_shown(soup) == [
        "Correction, 19 June 2026: The vote was on Tuesday.",
        "Update, on publication: Parliament has since confirmed the vote.",
    ]
