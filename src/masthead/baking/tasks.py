"""Background work of the baked site: rebake what an article's change touched."""

from django_tasks import task

from masthead.baking.bake import bake_site, rebake_urls
from masthead.baking.paths import rebake_plan


@task()
def rebake_article(article_id: int, removed_urls: list[str]) -> None:
    """Rebake an article's own URLs and every listing that shows it; drop `removed_urls`."""
    from masthead.articles.models import ArticlePage

    article = ArticlePage.objects.filter(pk=article_id).first()
    if article is None:
        rebake_urls([], removed=removed_urls)
        return
    urls, listings = rebake_plan(article)
    rebake_urls(urls, removed=removed_urls, stale_listings=listings)


@task()
def rebake_site() -> None:
    """Rebake everything: after changes that touch every page (navigation, settings, moves)."""
    bake_site()
