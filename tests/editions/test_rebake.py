"""Publishing, unpublishing or deleting a translation rebakes its original's page too: the
switcher and the hreflang links there name it."""

import pytest
from wagtail.models import Page

from masthead.articles.models import ArticlePage
from masthead.baking.bake import file_name_for
from masthead.baking.paths import ArticleRebakePlan
from masthead.baking.tree import live_tree, verify_tree
from tests.editions.conftest import publish_translation

pytestmark = pytest.mark.django_db(transaction=True)


def baked(url: str) -> str:
    return (live_tree() / file_name_for(url)).read_text()


def test_a_translation_going_live_or_away_rebakes_its_original(russian, baked_newsroom):
    newsroom, articles, first = baked_newsroom
    original = articles[3]
    assert '<link rel="alternate" hreflang="ru"' not in baked(original.url)
    # The full bake holds the Russian edition: home, section fronts, legal pages.
    for path in ["/ru/", "/ru/novosti/politika/", "/ru/terms/", "/ru/topics/vybory/"]:
        assert 'lang="ru"' in baked(path), path

    translation = publish_translation(original, russian, headline="История три")
    assert "История три" in baked(translation.url)
    english = baked(original.url)
    assert f'hreflang="ru" href="http://testserver{translation.url}"' in english
    assert f'href="{translation.url}" hreflang="ru"' in english
    assert f'hreflang="en" href="http://testserver{original.url}"' in baked(translation.url)
    plan = ArticleRebakePlan(article_id=translation.pk).resolve(live_tree())
    assert original.url in plan.urls
    # The original's URLs are not the translation's to remove when it goes.
    assert original.url not in plan.article_urls

    ArticlePage.objects.get(pk=translation.pk).unpublish()
    assert not (live_tree() / file_name_for(translation.url)).exists()
    assert translation.url not in baked(original.url)
    assert 'href="/ru/" hreflang="ru"' in baked(original.url)

    ArticlePage.objects.get(pk=translation.pk).save_revision().publish()
    assert translation.url in baked(original.url)
    Page.objects.get(pk=translation.pk).delete()
    assert translation.url not in baked(original.url)
    assert (live_tree() / file_name_for(original.url)).exists()
    assert verify_tree(live_tree()) == []


def test_an_edited_original_rebakes_its_translation(russian, baked_newsroom):
    newsroom, articles, first = baked_newsroom
    original = ArticlePage.objects.get(pk=articles[4].pk)
    translation = publish_translation(original, russian, headline="История четыре")
    plan = ArticleRebakePlan(article_id=original.pk).resolve(live_tree())
    assert translation.url in plan.urls and translation.url not in plan.article_urls
