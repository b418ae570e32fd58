"""The list of editions is a setting: a third language is a code in MASTHEAD_EDITIONS, its
locale (made by `migrate`), a translated home page and its interface translations."""

import pytest
from django.apps import apps
from django.core.exceptions import ImproperlyConfigured
from django.utils import translation
from wagtail.models import Locale

from masthead.editions.languages import edition_languages
from masthead.editions.signal_handlers import create_edition_locales
from tests.assertions import assert_public_page
from tests.editions.conftest import translate

THREE = [("en", "English"), ("ru", "Russian"), ("de", "German")]


def test_editions_are_named_by_language_code():
    with translation.override("en"):
        names = [(code, str(name)) for code, name in edition_languages(["en", "ru", "de"])]
    assert names == THREE
    for wrong in (["en", "xx"], [], ["en", "en"]):
        with pytest.raises(ImproperlyConfigured, match="MASTHEAD_EDITIONS"):
            edition_languages(wrong)


@pytest.mark.django_db
def test_a_third_edition_is_a_setting_and_a_translated_home(newsroom, russian, client, settings):
    settings.LANGUAGES = settings.WAGTAIL_CONTENT_LANGUAGES = THREE
    # What `masthead migrate` does after the setting changed.
    create_edition_locales(sender=apps.get_app_config("editions"))
    german = Locale.objects.get(language_code="de")
    translate(newsroom.home, german, title="Startseite")
    translate(newsroom.news, german, title="Nachrichten", slug="nachrichten")

    soup = assert_public_page(client.get("/de/nachrichten/"))
    assert soup.html["lang"] == "de"
    switcher = {a["hreflang"]: a["href"] for a in soup.select(".site-header__editions a")}
    assert switcher == {"en": "/news/", "ru": "/ru/novosti/"}
    alternates = {a["hreflang"]: a["href"] for a in soup.select("link[rel=alternate][hreflang]")}
    assert alternates == {
        "en": "http://testserver/news/",
        "ru": "http://testserver/ru/novosti/",
        "de": "http://testserver/de/nachrichten/",
        "x-default": "http://testserver/news/",
    }
    english = assert_public_page(client.get("/news/"))
    assert [a["hreflang"] for a in english.select(".site-header__editions a")] == ["ru", "de"]
