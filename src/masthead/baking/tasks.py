"""Background work of the baked site: rebake what an article's change touched."""

from django_tasks import task

from masthead.baking.bake import bake_site, rebake, rebake_urls
from masthead.baking.paths import ArticleRebakePlan
from masthead.core.worker import BULK_QUEUE


@task()
def rebake_article(article_id: int, removed_urls: list[str], translation_key: str = "") -> None:
    """Rebake an article's own URLs, its translations and the listing pages its change touched;
    drop its old URLs and `removed_urls` (given with its `translation_key` when it is deleted, as
    nothing is left to ask)."""
    rebake(
        ArticleRebakePlan(
            article_id=article_id, removed=removed_urls, translation_key=translation_key
        )
    )


@task()
def rebake_photo(photo_id: int) -> None:
    """Rebake every live article showing a photo (as lead or in its body), with its listings."""
    from masthead.baking.paths import articles_showing_photo

    for article_id in articles_showing_photo(photo_id):
        rebake(ArticleRebakePlan(article_id=article_id))


@task(queue_name=BULK_QUEUE)
def rebake_site() -> None:
    """Rebake everything: after changes that touch every page (navigation, settings, moves).

    On the bulk queue, whose tasks the worker runs in a process of their own (see
    `run_in_own_process`): the rebake of an article published meanwhile does not wait the minutes
    this takes (see baking/replay.py)."""
    bake_site()


def refresh_news_sitemap() -> None:
    """Render the news sitemap again once one of its articles is older than its window; the
    scheduler's pass asks every minute (a query, and a render only when something expired)."""
    from masthead.baking.tree import live_tree
    from masthead.syndication.sitemaps import NEWS_URL, news_sitemap_outdated

    tree = live_tree()
    if tree is not None and news_sitemap_outdated(tree):
        rebake_urls([NEWS_URL])


@task()
def rebake_page(page_id: int) -> None:
    """Rebake one page on request from the admin; an article together with the fronts listing it."""
    from wagtail.models import Page

    from masthead.articles.models import ArticlePage
    from masthead.baking.paths import page_urls

    page = Page.objects.live().filter(pk=page_id).specific().first()
    if page is None:
        # Unpublished or deleted since the click: that change has rebaked what it touched.
        return
    if isinstance(page, ArticlePage):
        rebake_article.call(page_id, [])
    else:
        rebake_urls(page_urls(page))
