import datetime
from dataclasses import dataclass

import pytest
from django.utils import timezone
from wagtail.models import Locale

from masthead.articles.models import ArticlePage
from tests import factories


@dataclass
class RussianEdition:
    home: object
    news: object
    politics: object
    archive: object
    authors: object
    reporter: object

    def publish_article(self, *, section=None, authors=None, when=None, **fields):
        """Create an article in the Russian archive and publish it."""
        article = factories.ArticlePageFactory.build(
            primary_section=section or self.politics, lead_photo=None, **fields
        )
        self.archive.add_child(instance=article)
        for author in authors if authors is not None else [self.reporter]:
            article.bylines.create(author=author)
        article.save_revision().publish()
        if when is not None:
            ArticlePage.objects.filter(pk=article.pk).update(
                first_published_at=when,
                last_published_at=when,
                permalink_date=timezone.localdate(when),
            )
        return ArticlePage.objects.get(pk=article.pk)


def translated(page, locale):
    translation = page.specific.copy_for_translation(locale)
    translation.save_revision().publish()
    return type(translation).objects.get(pk=translation.pk)


@pytest.fixture
def russian(newsroom) -> RussianEdition:
    """The Russian edition: home, Новости > Политика, the archive, authors and one reporter."""
    locale = Locale.objects.get(language_code="ru")
    home = translated(newsroom.home, locale)
    news = translated(newsroom.news, locale)
    politics = translated(newsroom.politics, locale)
    type(news).objects.filter(pk=news.pk).update(title="Новости")
    type(politics).objects.filter(pk=politics.pk).update(title="Политика")
    archive = translated(newsroom.archive, locale)
    authors = translated(newsroom.authors, locale)
    reporter = translated(newsroom.reporters[0], locale)
    type(reporter).objects.filter(pk=reporter.pk).update(title="Анна Келлер")
    return RussianEdition(
        home=home,
        news=type(news).objects.get(pk=news.pk),
        politics=type(politics).objects.get(pk=politics.pk),
        archive=archive,
        authors=authors,
        reporter=type(reporter).objects.get(pk=reporter.pk),
    )


def days_ago(days: float) -> datetime.datetime:
    return timezone.now() - datetime.timedelta(days=days)


def paragraph(text: str):
    return [("paragraph", f"<p>{text}</p>")]
