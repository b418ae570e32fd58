"""A photo is shared by the editions: each describes it in its own language.

Its alt text and caption are written in the newsroom's main language, and in each other edition's
on the same form; a Russian page, feed and card never describe it in English when a Russian text
exists, and fall back to the main text when none does.
"""

import xml.etree.ElementTree as ET

import pytest
from bs4 import BeautifulSoup
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.images.forms import get_image_form

from masthead.photos.models import Photo
from tests import factories
from tests.assertions import assert_public_page, json_ld_blocks
from tests.editions.conftest import publish_translation
from tests.factories import jpeg_bytes

pytestmark = pytest.mark.django_db

MEDIA = "{http://search.yahoo.com/mrss/}"
RUSSIAN_ALT = "Краны над гаванью на рассвете"
RUSSIAN_CAPTION = "Порт Кессмара утром"


def upload(client, **fields):
    form = {
        "title": "Harbour at dawn",
        "description": "Cranes over the harbour at dawn",
        "caption": "Kessmar port in the morning",
        "file": SimpleUploadedFile("harbour.jpg", jpeg_bytes(), content_type="image/jpeg"),
        **fields,
    }
    return client.post(reverse("wagtailimages:add"), form)


def lead_and_body_photo(soup) -> tuple[str, str, str]:
    lead_alt = soup.select_one(".photo--lead img")["alt"]
    body = soup.select(".article__body .photo, .photo:not(.photo--lead)")[0]
    return lead_alt, body.img["alt"], body.select_one(".photo__caption").get_text()


def test_the_photo_form_takes_the_other_editions_alt_text_and_caption(chief_client):
    form_html = chief_client.get(reverse("wagtailimages:add")).content.decode()
    assert "Alt text (Russian)" in form_html and "Caption (Russian)" in form_html
    # Beside the main caption, not at the end of the form.
    assert form_html.index('name="caption"') < form_html.index('name="alt_text_ru"')
    assert form_html.index('name="caption_ru"') < form_html.index('name="credit_agencies"')

    response = upload(
        chief_client,
        alt_text_ru=f" {RUSSIAN_ALT}\n\u202e",
        caption_ru=f"{RUSSIAN_CAPTION}\x07",
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    photo = Photo.objects.get(title="Harbour at dawn")
    # Cleaned as the main texts are: no control characters, bidi overrides or line breaks.
    assert photo.texts_in_other_languages == {
        "ru": {"alt_text": RUSSIAN_ALT, "caption": RUSSIAN_CAPTION}
    }


def test_an_overlong_russian_alt_text_is_refused_and_nothing_is_stored(chief_client):
    response = upload(chief_client, alt_text_ru="я" * 256)
    assert response.status_code == 200
    assert "Ensure this value has at most 255 characters" in response.content.decode()
    assert not Photo.objects.filter(title="Harbour at dawn").exists()


def test_saving_the_form_keeps_texts_of_a_language_that_is_no_longer_an_edition():
    photo = factories.PhotoFactory(
        texts_in_other_languages={"de": {"alt_text": "Kräne im Hafen"}, "ru": {"alt_text": "x"}}
    )
    data = {
        "title": photo.title,
        "description": photo.description,
        "alt_text_ru": RUSSIAN_ALT,
        "caption_ru": "",
        "collection": photo.collection_id,
    }
    form = get_image_form(Photo)(data, instance=photo, user=None)
    assert form.is_valid(), form.errors
    form.save()
    photo.refresh_from_db()
    assert photo.texts_in_other_languages == {
        "de": {"alt_text": "Kräne im Hafen"},
        "ru": {"alt_text": RUSSIAN_ALT},
    }


def test_russian_pages_feeds_and_cards_describe_the_photo_in_russian(newsroom, russian, client):
    photo = newsroom.photo
    english_alt, english_caption = photo.description, photo.caption
    body = [("photo", {"photo": photo, "caption": ""}), ("paragraph", "<p>Text</p>")]
    original = newsroom.publish_article(headline="Harbour", slug="harbour", body=body)
    translation = publish_translation(original, russian, headline="Гавань", slug="gavan")

    # No Russian text yet: the main one, rather than nothing.
    soup = assert_public_page(client.get(translation.url))
    assert lead_and_body_photo(soup) == (english_alt, english_alt, english_caption)

    photo.texts_in_other_languages = {"ru": {"alt_text": RUSSIAN_ALT, "caption": RUSSIAN_CAPTION}}
    photo.save()
    soup = assert_public_page(client.get(translation.url))
    assert lead_and_body_photo(soup) == (RUSSIAN_ALT, RUSSIAN_ALT, RUSSIAN_CAPTION)
    assert soup.select_one(".photo--lead .photo__caption").get_text() == RUSSIAN_CAPTION
    assert soup.select_one('meta[property="og:image:alt"]')["content"] == RUSSIAN_ALT
    image = next(b for b in json_ld_blocks(soup) if b.get("@type") == "NewsArticle")["image"]
    image = image[0] if isinstance(image, list) else image
    assert (image["description"], image["caption"]) == (RUSSIAN_ALT, RUSSIAN_CAPTION)

    # The English page is unchanged.
    english = BeautifulSoup(client.get(original.url).content, "html.parser")
    assert lead_and_body_photo(english) == (english_alt, english_alt, english_caption)

    item = ET.fromstring(client.get("/ru/novosti/politika/feed.xml").content).find("channel/item")
    assert item.find(f"{MEDIA}content/{MEDIA}text").text == RUSSIAN_ALT
    assert item.find(f"{MEDIA}content/{MEDIA}description").text == RUSSIAN_CAPTION
    english_item = ET.fromstring(client.get("/news/politics/feed.xml").content).find("channel/item")
    assert english_item.find(f"{MEDIA}content/{MEDIA}text").text == english_alt
    json_item = client.get("/ru/novosti/politika/feed.json").json()["items"][0]
    assert json_item["_masthead"]["image_alt_text"] == RUSSIAN_ALT


def test_hostile_russian_photo_texts_are_escaped(newsroom, russian, client):
    photo = newsroom.photo
    photo.texts_in_other_languages = {
        "ru": {"alt_text": '"><script>alert(1)</script>', "caption": "<img src=x onerror=alert(2)>"}
    }
    photo.save()
    original = newsroom.publish_article(headline="Harbour", slug="harbour")
    translation = publish_translation(original, russian, headline="Гавань", slug="gavan")
    html = client.get(translation.url).content.decode()
    assert "<script>alert(1)" not in html and "<img src=x" not in html
    assert "&lt;img src=x onerror=alert(2)&gt;" in html
    feed = client.get("/ru/novosti/politika/feed.xml").content
    assert ET.fromstring(feed).find("channel/item") is not None
