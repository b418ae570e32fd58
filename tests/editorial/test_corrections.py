"""The desk publishes corrections through the article editor; a published one stays as readers saw
it unless the editor in chief changes it."""

import html

import pytest
from django.utils import timezone
from wagtail.test.utils.form_data import inline_formset

from masthead.articles.models import ArticleNote, ArticlePage
from tests.assertions import assert_public_page
from tests.editorial.forms import article_data, edit_url

pytestmark = pytest.mark.django_db

CORRECTION = "An earlier version said the council voted on Monday; it voted on Tuesday."


def note_row(note=None, **fields):
    """One note of the editor's formset: an existing note keeps its id, as the editor sends it."""
    row = {"kind": "correction", "text": CORRECTION, **fields}
    if note is not None:
        row = {"id": note.pk, "kind": note.kind, "text": note.text, **fields}
    return row


def post_article(client, user, article, rows, initial=0, action="publish"):
    client.force_login(user)
    article = ArticlePage.objects.get(pk=article.pk)
    return client.post(
        edit_url(article),
        article_data(
            article.primary_section,
            action=action,
            loaded_from=article,
            slug=article.slug,
            notes=inline_formset(rows, initial=initial),
        ),
    )


@pytest.fixture
def article(newsroom):
    return newsroom.publish_article(slug="council-closes-printing-house")


@pytest.fixture
def corrected(client, desk, article):
    """The article with a correction the politics desk has published."""
    response = post_article(client, desk.politics_editor, article, [note_row()])
    assert response.status_code == 302, response.content.decode()[:3000]
    return ArticlePage.objects.get(pk=article.pk)


def refusal(response) -> str:
    assert response.status_code == 200
    return html.unescape(response.content.decode())


def test_a_section_editor_publishes_a_correction_readers_see_it_dated(client, desk, article):
    before = timezone.now()
    # A crafted field cannot backdate it: the date is not part of the form.
    response = post_article(
        client,
        desk.politics_editor,
        article,
        [note_row(published_at="2020-01-01 10:00")],
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    note = ArticlePage.objects.get(pk=article.pk).notes.get()
    assert note.published_at >= before
    client.logout()
    soup = assert_public_page(client.get(article.url))
    shown = " ".join(soup.select_one("#corrections .note").get_text().split())
    day = timezone.localtime(note.published_at)
    assert shown == f"Correction, {day.day} {day:%B %Y}: {CORRECTION}"


def test_the_editor_shows_since_when_readers_see_each_note(client, desk, corrected):
    note = corrected.notes.get()
    response = post_article(
        client,
        desk.politics_editor,
        corrected,
        [note_row(note), note_row(kind="update", text="The mayor has appealed.")],
        initial=1,
        action=None,
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    page = html.unescape(client.get(edit_url(corrected)).content.decode())
    when = timezone.localtime(note.published_at)
    assert f"{when.day} {when:%B %Y, %H:%M}" in page
    assert "Not published yet: dated when you publish." in page
    # The update is only in the draft: readers do not see it yet.
    client.logout()
    soup = assert_public_page(client.get(corrected.url))
    assert len(soup.select("#corrections .note")) == 1


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(lambda note: ([], 0), id="left-out-of-the-post"),
        pytest.param(lambda note: ([note_row(note, DELETE="1")], 1), id="deleted"),
        pytest.param(lambda note: ([note_row(note, text="Nothing was wrong.")], 1), id="reworded"),
        pytest.param(lambda note: ([note_row(note, kind="editors_note")], 1), id="relabelled"),
    ],
)
def test_a_section_editor_cannot_remove_or_reword_a_published_correction(
    client, desk, corrected, change
):
    note = corrected.notes.get()
    rows, initial = change(note)
    for action in ("publish", None):
        response = post_article(client, desk.politics_editor, corrected, rows, initial, action)
        page = refusal(response)
        assert "has been published and readers have seen it" in page
        assert "Ask the editor in chief" in page or "Undo your change" in page
    article = ArticlePage.objects.get(pk=corrected.pk)
    assert article.latest_revision_id == corrected.latest_revision_id
    assert [(n.kind, n.text, n.published_at) for n in article.notes.all()] == [
        (note.kind, note.text, note.published_at)
    ]


def test_the_chief_may_reword_and_then_remove_a_published_correction(
    client, desk, corrected, a_june_evening
):
    note = corrected.notes.get()
    ArticleNote.objects.filter(pk=note.pk).update(published_at=a_june_evening)
    reworded = "An earlier version gave the wrong day of the vote; it was Tuesday."
    response = post_article(client, desk.chief, corrected, [note_row(note, text=reworded)], 1)
    assert response.status_code == 302, response.content.decode()[:3000]
    # Rewording is not a new correction: its date stays.
    assert [(n.text, n.published_at) for n in corrected.notes.all()] == [(reworded, a_june_evening)]
    response = post_article(client, desk.chief, corrected, [note_row(note, DELETE="1")], 1)
    assert response.status_code == 302, response.content.decode()[:3000]
    assert not corrected.notes.exists()


def test_hostile_note_text_is_cleaned_or_refused(client, desk, article):
    for text, error in [
        ("x" * 5000, "Ensure this value has at most 1500 characters (it has 5000)."),
        ("\x07\x1b\u202e", "Write what was corrected or updated."),
        ("Tuesday\x00", "Null characters are not allowed."),
    ]:
        response = post_article(client, desk.politics_editor, article, [note_row(text=text)])
        assert error in refusal(response)
        assert not ArticleNote.objects.exists()
    hostile = "<script>alert(1)</script><img src=x onerror=alert(2)>\u202eTues\x07day"
    response = post_article(client, desk.politics_editor, article, [note_row(text=hostile)])
    assert response.status_code == 302, response.content.decode()[:3000]
    assert (
        ArticleNote.objects.get().text
        == "<script>alert(1)</script><img src=x onerror=alert(2)>Tuesday"
    )
    client.logout()
    page = client.get(article.url).content.decode()
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;Tuesday" in page
