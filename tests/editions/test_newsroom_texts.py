"""The publication's name, tagline and privacy notice in each edition's language.

Set in the newsroom settings beside the main ones; a Russian page, feed, card and the news
sitemap's Russian entries name the publication in Russian, and fall back to the main name
where no Russian one is given.
"""

import xml.etree.ElementTree as ET

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, streamfield

from masthead.newsroom.models import NewsroomSettings
from tests.assertions import assert_public_page, json_ld_blocks
from tests.editions.conftest import publish_translation

pytestmark = pytest.mark.django_db

NEWS = "{http://www.google.com/schemas/sitemap-news/0.9}"
RUSSIAN_NAME = "Утренний курьер"


def settings_url(newsroom) -> str:
    site = newsroom.home.get_site()
    return reverse("wagtailsettings:edit", args=("newsroom", "newsroomsettings", site.pk))


def settings_form(**overrides) -> dict:
    data = {
        "publication_name": "The Morning Courier",
        "tagline": "News from the valley",
        "logo": "",
        "editor_in_chief": "",
        "editor_in_chief_page": "",
        "terms_page": "",
        "privacy_page": "",
        "about_page": "",
        "social_channels": streamfield([]),
        "donation_url": "",
        "privacy_notice": "",
        **overrides,
    }
    return nested_form_data(data)


def newsroom_settings(newsroom) -> NewsroomSettings:
    return NewsroomSettings.for_site(newsroom.home.get_site())


def test_the_settings_form_takes_each_editions_name_tagline_and_notice(newsroom, chief_client):
    html = chief_client.get(settings_url(newsroom)).content.decode()
    for label in ("Publication name (Russian)", "Tagline (Russian)", "Privacy notice (Russian)"):
        assert label in html
    # With the main name, before the logo.
    assert html.index('name="publication_name_ru"') < html.index('name="logo"')

    response = chief_client.post(
        settings_url(newsroom),
        settings_form(
            publication_name_ru=f"  {RUSSIAN_NAME}\u202e ",
            tagline_ru="Новости долины",
            privacy_notice_ru="Мы не используем cookie\x07 для рекламы.",
        ),
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    saved = newsroom_settings(newsroom)
    assert saved.publication_name == "The Morning Courier"
    # Cleaned as the main texts are: no bidi overrides or control characters.
    assert saved.texts_in_other_languages == {
        "ru": {
            "publication_name": RUSSIAN_NAME,
            "tagline": "Новости долины",
            "privacy_notice": "Мы не используем cookie для рекламы.",
        }
    }
    # Shown again when the form is opened.
    assert f'value="{RUSSIAN_NAME}"' in chief_client.get(settings_url(newsroom)).content.decode()


def test_an_overlong_russian_name_is_refused_and_nothing_changes(newsroom, chief_client):
    before = newsroom_settings(newsroom)
    response = chief_client.post(
        settings_url(newsroom), settings_form(publication_name_ru="я" * 121)
    )
    assert response.status_code == 200
    assert "Ensure this value has at most 120 characters" in response.content.decode()
    after = newsroom_settings(newsroom)
    assert (after.publication_name, after.texts_in_other_languages) == (
        before.publication_name,
        before.texts_in_other_languages,
    )


def test_russian_pages_feeds_and_the_news_sitemap_name_the_russian_publication(
    newsroom, russian, client
):
    settings = newsroom_settings(newsroom)
    english_name = settings.publication_name
    original = newsroom.publish_article(headline="Harbour", slug="harbour")
    translation = publish_translation(original, russian, headline="Гавань", slug="gavan")

    # No Russian name yet: the main one.
    soup = assert_public_page(client.get("/ru/"))
    assert soup.select_one(".site-header__name").get_text() == english_name

    settings.texts_in_other_languages = {
        "ru": {"publication_name": RUSSIAN_NAME, "tagline": "Новости долины"}
    }
    settings.save()
    for path in ("/ru/", translation.url, "/ru/novosti/politika/"):
        soup = assert_public_page(client.get(path))
        assert soup.select_one(".site-header__name").get_text() == RUSSIAN_NAME, path
        assert soup.select_one(".site-footer__name").get_text() == RUSSIAN_NAME, path
        assert RUSSIAN_NAME in soup.title.get_text(), path
        assert soup.select_one('meta[property="og:site_name"]')["content"] == RUSSIAN_NAME
    home = assert_public_page(client.get("/ru/"))
    assert home.select_one(".site-footer__tagline").get_text() == "Новости долины"
    website = next(b for b in json_ld_blocks(home) if b.get("@type") == "WebSite")
    assert (website["name"], website["description"]) == (RUSSIAN_NAME, "Новости долины")
    article = assert_public_page(client.get(translation.url))
    news_article = next(b for b in json_ld_blocks(article) if b.get("@type") == "NewsArticle")
    assert news_article["publisher"]["name"] == RUSSIAN_NAME

    # The English edition keeps its own name.
    english = assert_public_page(client.get(original.url))
    assert english.select_one(".site-header__name").get_text() == english_name

    feed = ET.fromstring(client.get("/ru/novosti/politika/feed.xml").content)
    assert RUSSIAN_NAME in feed.findtext("channel/title")
    assert RUSSIAN_NAME not in ET.fromstring(
        client.get("/news/politics/feed.xml").content
    ).findtext("channel/title")

    news = ET.fromstring(client.get("/news-sitemap.xml").content)
    names = {
        url.findtext("{http://www.sitemaps.org/schemas/sitemap/0.9}loc").rsplit("/", 2)[-2]: (
            url.findtext(f"{NEWS}news/{NEWS}publication/{NEWS}name")
        )
        for url in news
    }
    assert names == {"harbour": english_name, "gavan": RUSSIAN_NAME}


def test_a_hostile_russian_name_is_escaped(newsroom, russian, client):
    settings = newsroom_settings(newsroom)
    settings.texts_in_other_languages = {"ru": {"publication_name": "<script>alert(1)</script>"}}
    settings.save()
    html = client.get("/ru/").content.decode()
    assert "<script>alert(1)" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
