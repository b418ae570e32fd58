"""The demo's Russian edition: translations linked to their originals, served under /ru/."""

import datetime
import io
import re

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Locale, Site

from masthead.articles.models import ArticlePage
from masthead.demo import content, content_ru
from masthead.demo.loader import russian_slug, russian_typography
from masthead.newsroom.models import InfoPage
from masthead.people.models import AuthorPage
from masthead.sections.models import SectionPage, TopicPage
from tests.assertions import assert_public_page

LATIN_SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def mostly_cyrillic(text: str) -> bool:
    """True when at least four in five letters of `text` are Cyrillic (names like VPN aside)."""
    letters = [char for char in text if char.isalpha()]
    cyrillic = [char for char in letters if "\u0400" <= char <= "\u04ff"]
    return bool(letters) and len(cyrillic) >= 0.8 * len(letters)


def switcher_link(soup, language: str) -> str:
    return soup.select_one(f'.site-header__editions a[hreflang="{language}"]')["href"]


@pytest.mark.django_db
def test_demo_russian_edition_is_linked_to_the_english_one_and_served_under_ru(client):
    call_command("demo", stdout=io.StringIO())
    russian = Locale.objects.get(language_code="ru")
    english_home = Site.objects.get(is_default_site=True).root_page
    russian_home = english_home.get_translation(russian)
    assert russian_home.live and russian_home.alias_of_id is None

    home = assert_public_page(client.get("/ru/"))
    assert home.html["lang"] == "ru"
    assert switcher_link(home, "en") == "/"
    top_story = home.select_one(".front__top .teaser__headline").get_text(" ", strip=True)
    assert mostly_cyrillic(top_story)

    articles = ArticlePage.objects.live().filter(locale=russian).select_related("lead_photo")
    originals = {
        article.translation_key: article
        for article in ArticlePage.objects.filter(locale=english_home.locale)
    }
    translations = [a for a in articles if a.translation_key in originals]
    russian_only = [a for a in articles if a.translation_key not in originals]
    assert len(translations) >= 15 and len(russian_only) >= 3

    rendered = {}
    for article in articles:
        assert LATIN_SLUG.match(article.slug), article.slug
        assert article.url.startswith("/ru/articles/"), article.url
        assert article.primary_section.locale_id == russian.pk
        assert all(topic.locale_id == russian.pk for topic in article.topics.all())
        assert all(author.locale_id == russian.pk for author in article.authors)
        page = assert_public_page(client.get(article.url))
        assert page.html["lang"] == "ru"
        # Russian typography binds short words and dashes with no-break spaces.
        assert page.h1.get_text(strip=True).replace("\xa0", " ") == article.headline.replace(
            "\xa0", " "
        )
        assert mostly_cyrillic(page.select_one("main").get_text(" ", strip=True)), article.url
        rendered[article.pk] = page

    for translation in translations:
        original = originals[translation.translation_key]
        assert translation.lead_photo_id == original.lead_photo_id
        if translation.lead_photo_id:
            # The shared photo is captioned and described in Russian on the Russian page.
            figure = rendered[translation.pk].select_one("main figure")
            caption = figure.figcaption.get_text().split("Фото:")[0]  # the credit is Latin
            assert mostly_cyrillic(caption), figure
            assert mostly_cyrillic(figure.img["alt"]), figure
        # Its own publication, a few hours after the original's, and its own dated permalink.
        delay = translation.first_published_at - original.first_published_at
        assert datetime.timedelta(0) <= delay <= datetime.timedelta(hours=6)
        assert translation.permalink_date == timezone.localdate(translation.first_published_at)
        assert switcher_link(rendered[translation.pk], "en") == original.url
    # And back, from a few originals (every page costs a render).
    for translation in translations[:3]:
        english = assert_public_page(client.get(originals[translation.translation_key].url))
        assert switcher_link(english, "ru") == translation.url
    for article in russian_only:
        assert switcher_link(rendered[article.pk], "en") == "/"

    for slug, expected in content_ru.LEGAL_PAGES.items():
        page = InfoPage.objects.get(locale=russian, slug=slug)
        assert page.translation_key == (
            InfoPage.objects.get(locale=english_home.locale, slug=slug).translation_key
        )
        soup = assert_public_page(client.get(f"/ru/{slug}/"))
        assert soup.h1.get_text(strip=True) == expected["title"]
    for path in ["/ru/news/", "/ru/news/politics/", "/ru/topics/", "/ru/topics/climate/"]:
        soup = assert_public_page(client.get(path))
        assert mostly_cyrillic(soup.h1.get_text()), path
        assert soup.select(".teaser__headline") or path == "/ru/topics/"

    # The footer of a Russian page: the Russian masthead and legal pages, not the English ones.
    footer = assert_public_page(client.get("/ru/about/")).select_one("footer.site-footer")
    links = {a["href"]: a.get_text(strip=True) for a in footer.select("a")}
    assert {"/ru/terms/", "/ru/privacy/", "/ru/about/"} <= set(links)
    assert links["/ru/authors/tomas-reinholt/"] == "Томас Рейнхольт"
    english_footer = assert_public_page(client.get("/")).select_one("footer.site-footer")
    assert english_footer.select_one('a[href="/terms/"]')

    counts = (
        ArticlePage.objects.filter(locale=russian).count(),
        SectionPage.objects.filter(locale=russian).count(),
        TopicPage.objects.filter(locale=russian).count(),
        AuthorPage.objects.filter(locale=russian).count(),
    )
    call_command("demo", stdout=io.StringIO())
    assert counts == (
        ArticlePage.objects.filter(locale=russian).count(),
        SectionPage.objects.filter(locale=russian).count(),
        TopicPage.objects.filter(locale=russian).count(),
        AuthorPage.objects.filter(locale=russian).count(),
    )

    # A demo loaded before the Russian edition existed gains it when `masthead demo` runs again.
    english_home.get_translation(russian).delete()
    call_command("demo", stdout=io.StringIO())
    assert counts == (
        ArticlePage.objects.filter(locale=russian).count(),
        SectionPage.objects.filter(locale=russian).count(),
        TopicPage.objects.filter(locale=russian).count(),
        AuthorPage.objects.filter(locale=russian).count(),
    )
    assert client.get("/ru/terms/").status_code == 200


def test_russian_slugs_are_transliterated_as_the_admin_does():
    assert russian_slug("Хлеб дорожает") == "xleb-dorozhaet"
    assert russian_slug("Ночной поезд Альдмарк — Ривенхольм") == "nochnoj-poezd-aldmark-rivenxolm"
    assert russian_slug("Щука, ёж и «съезд»: 40 000!") == "shhuka-yozh-i-sezd-40-000"
    long_slug = russian_slug("Заявка Ворлунда на четвёртый срок поступает в Государственное")
    assert len(long_slug) <= 60 and not long_slug.endswith("-")
    assert long_slug.startswith("zayavka-vorlunda-na-chetvyortyj-srok")


def test_russian_typography_keeps_dashes_and_numbers_with_their_words():
    text = russian_typography({"body": ["Их 40 000 — втрое больше", ("2000 мест",)]})
    assert text == {"body": ["Их 40\u00a0000\u00a0— втрое больше", ("2000 мест",)]}


def test_russian_text_is_complete_and_names_what_exists():
    english = {article["slug"]: article for article in content.ARTICLES}
    photo_keys = {photo["key"] for photo in content.PHOTOS}
    originals = [spec["original"] for spec in content_ru.TRANSLATIONS]
    assert len(originals) == len(set(originals)) >= 15
    assert set(originals) <= set(english)
    assert len(content_ru.ARTICLES) >= 3
    sections = {top["slug"] for top in content.SECTIONS} | {
        child["slug"] for top in content.SECTIONS for child in top["children"]
    }
    assert set(content_ru.SECTIONS) == sections
    assert set(content_ru.TOPICS) == {topic["slug"] for topic in content.TOPICS}
    assert set(content_ru.AUTHORS) == {author["slug"] for author in content.AUTHORS}
    assert set(content_ru.LEGAL_PAGES) == {page["slug"] for page in content.LEGAL_PAGES}
    assert set(content_ru.PHOTO_CAPTIONS) <= photo_keys
    # Every photo a Russian article shows is described in Russian.
    assert set(content_ru.PHOTO_ALT_TEXTS) == set(content_ru.PHOTO_CAPTIONS)
    assert all(mostly_cyrillic(text) for text in content_ru.PHOTO_ALT_TEXTS.values())
    headlines = [spec["headline"] for spec in content_ru.TRANSLATIONS + content_ru.ARTICLES]
    assert len({russian_slug(headline) for headline in headlines}) == len(headlines)
    for spec in content_ru.TRANSLATIONS + content_ru.ARTICLES:
        assert mostly_cyrillic(spec["headline"]) and mostly_cyrillic(spec["standfirst"])
        assert len(spec["headline"]) <= 400
        for kind, value in spec["body"]:
            if kind == "photo":
                assert value["photo"] in photo_keys and mostly_cyrillic(value["caption"])
            elif kind == "paragraph":
                assert mostly_cyrillic(re.sub(r"<[^>]+>", "", value)), value
    for spec in content_ru.TRANSLATIONS:
        original = english[spec["original"]]
        # A translation keeps the original's structure: the same blocks in the same order.
        assert [kind for kind, _ in spec["body"]] == [kind for kind, _ in original["body"]]
    for spec in content_ru.ARTICLES:
        assert spec["lead_photo"] is None or spec["lead_photo"] in photo_keys
        assert set(spec["authors"]) <= set(content_ru.AUTHORS)
        assert set(spec["topics"]) <= set(content_ru.TOPICS)
        assert spec["section"] in sections
