import datetime
from dataclasses import dataclass

import pytest
from wagtail.models import Locale

from masthead.articles.models import ArticlePage

# The baked site of tests/baking, for the rebake of translations.
from tests.baking.conftest import baked_newsroom, small_pages  # noqa: F401


def translate(page, locale, **changes):
    """Translate a page as an editor does with "Translate", change what they rewrite, publish."""
    translation = page.copy_for_translation(locale)
    translation = type(translation).objects.get(pk=translation.pk)
    for name, value in changes.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    return type(translation).objects.get(pk=translation.pk)


@dataclass
class RussianEdition:
    locale: object
    home: object
    news: object
    politics: object
    archive: object
    topic: object
    author: object
    terms: object


@pytest.fixture
def russian(newsroom) -> RussianEdition:
    """The Russian edition of the test newsroom: home, News > Politics, a topic, one of the two
    authors, the archive and the terms; Culture and the other author are not translated."""
    locale = Locale.objects.get(language_code="ru")
    home = translate(newsroom.home, locale, title="Главная")
    news = translate(newsroom.news, locale, title="Новости", slug="novosti")
    politics = translate(newsroom.politics, locale, title="Политика", slug="politika")
    topics = translate(newsroom.topics, locale, title="Темы")
    topic = translate(newsroom.topic, locale, title="Выборы", slug="vybory")
    authors = translate(newsroom.authors, locale, title="Авторы")
    author = translate(newsroom.reporters[0], locale, title="Анна Келлер", slug="anna-keller")
    archive = translate(newsroom.archive, locale, title="Статьи")
    terms = translate(newsroom.terms, locale, title="Условия использования")
    assert topics and authors
    return RussianEdition(locale, home, news, politics, archive, topic, author, terms)


@pytest.fixture
def june_19():
    """19 June 2024, noon in Tokyo (the test time zone)."""
    return datetime.datetime(2024, 6, 19, 3, 0, tzinfo=datetime.UTC)


def publish_translation(article, russian, **changes) -> ArticlePage:
    return translate(article, russian.locale, **changes)
