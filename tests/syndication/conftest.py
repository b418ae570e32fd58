import pytest
from wagtail.models import Locale

from masthead.articles.models import ArticlePage


@pytest.fixture
def russian(newsroom):
    """The Russian edition's home page, published."""
    locale = Locale.objects.get(language_code="ru")
    newsroom.home.copy_for_translation(locale).save_revision().publish()
    return locale


def translate(article, locale, headline):
    """Publish a translation of `article` (its archive copied along), as a translator would."""
    translation = article.copy_for_translation(locale, copy_parents=True)
    translation.headline = translation.title = headline
    translation.save_revision().publish()
    return ArticlePage.objects.get(pk=translation.pk)
