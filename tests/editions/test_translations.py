"""A translated article: linked to its original, the same photo and credit, filed in its own
edition's section, topics and authors, at /ru/articles/YYYY/MM/DD/<slug>/."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from masthead.articles.models import ArticlePage
from tests import factories
from tests.assertions import assert_public_page
from tests.editions.conftest import publish_translation

pytestmark = pytest.mark.django_db


def test_a_translation_is_linked_to_its_original_and_filed_in_its_own_edition(
    newsroom, russian, client, june_19
):
    original = newsroom.publish_article(
        headline="Budget vote", slug="budget-vote", topics=[newsroom.topic], when=june_19
    )
    translation = publish_translation(
        original, russian, headline="Голосование по бюджету", slug="golosovanie-po-byudzhetu"
    )
    assert translation.translation_key == original.translation_key
    assert translation.get_parent().specific == russian.archive
    # The same Photo object: its one structured credit goes wherever the photo goes.
    assert translation.lead_photo_id == original.lead_photo_id == newsroom.photo.pk
    assert translation.primary_section == russian.politics
    assert list(translation.topics.all()) == [russian.topic]
    assert [byline.author for byline in translation.bylines.all()] == [russian.author]
    # Its own dated permalink under the edition's prefix.
    year, month, day = translation.permalink_date_parts()
    assert translation.url == f"/ru/articles/{year}/{month}/{day}/golosovanie-po-byudzhetu/"

    soup = assert_public_page(client.get(translation.url))
    assert soup.html["lang"] == "ru"
    assert [a.get_text() for a in soup.select("nav.breadcrumb a")] == ["Новости", "Политика"]
    assert soup.select_one(".article__topics a")["href"] == "/ru/topics/vybory/"
    assert soup.select_one(".article__byline a")["href"] == "/ru/authors/anna-keller/"
    credit = soup.select_one(".photo--lead .photo__credit").get_text()
    english = BeautifulSoup(client.get(original.url).content, "html.parser")
    english_credit = english.select_one(".photo--lead .photo__credit").get_text()
    # The same structured credit, after a label in the edition's language.
    assert credit.startswith("Фото:") and english_credit.startswith("Photo:")
    assert credit.split(":", 1)[1] == english_credit.split(":", 1)[1]
    assert "EPA-EFE / Ilse Marten / SPUTNIK / KREMLIN POOL" in credit
    # The caption is the photo's until the translation gives its own.
    assert soup.select_one(".photo--lead .photo__caption").get_text() == newsroom.photo.caption
    translation.lead_photo_caption = "Вечернее движение на набережной"
    translation.save_revision().publish()
    soup = assert_public_page(client.get(translation.url))
    caption = soup.select_one(".photo--lead .photo__caption").get_text()
    assert caption == "Вечернее движение на набережной"
    assert soup.select_one(".photo--lead .photo__credit").get_text() == credit
    # The English fronts do not list the Russian article, and the Russian ones do.
    assert "Голосование" not in client.get("/news/politics/").content.decode()
    assert "Голосование" in client.get("/ru/novosti/politika/").content.decode()
    assert "Голосование" in client.get("/ru/topics/vybory/").content.decode()


def test_pages_without_a_translation_are_left_out_except_the_author(newsroom, russian, client):
    """Culture and Pavel Orlov have no Russian page: the copy has no section, and keeps the
    author's English page, linked with its language."""
    original = newsroom.publish_article(
        headline="Opera season opens",
        slug="opera",
        section=newsroom.culture,
        authors=[newsroom.reporters[1]],
        agency="Reuters",
        topics=[newsroom.topic],
    )
    draft = ArticlePage.objects.get(pk=original.copy_for_translation(russian.locale).pk)
    assert draft.primary_section is None
    assert list(draft.topics.all()) == [russian.topic]
    assert [(b.author, b.agency) for b in draft.bylines.all()] == [
        (newsroom.reporters[1], ""),
        (None, "Reuters"),
    ]
    # What the editor opens is the draft revision: it says the same.
    revision = draft.get_latest_revision_as_object()
    assert revision.primary_section is None and list(revision.topics.all()) == [russian.topic]
    draft.primary_section = russian.politics
    draft.save_revision().publish()
    soup = assert_public_page(client.get(ArticlePage.objects.get(pk=draft.pk).url))
    author_link = soup.select_one(".article__byline a")
    assert author_link["href"] == "/authors/pavel-orlov/"
    assert author_link["lang"] == "en" and author_link["hreflang"] == "en"


def test_an_editor_starts_a_translation_with_the_translate_action(newsroom, russian, roles, client):
    original = newsroom.publish_article(headline="Budget vote", slug="budget-vote")
    chief = factories.make_staff("marta", "chief")
    client.force_login(chief)
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[original.pk]))
    translate_url = reverse("simple_translation:submit_page_translation", args=[original.pk])
    assert translate_url in edit.content.decode()
    response = client.post(translate_url, {"locales": [russian.locale.pk]})
    translation = ArticlePage.objects.get(
        translation_key=original.translation_key, locale=russian.locale
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[translation.pk])
    assert not translation.live
    assert translation.primary_section == russian.politics
    assert [byline.author for byline in translation.bylines.all()] == [russian.author]
