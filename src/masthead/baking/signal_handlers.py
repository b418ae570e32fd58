"""Keep the baked site in step with publishing: after each commit, rebake what changed."""

from django.db import transaction
from django.db.models.signals import post_save, pre_delete
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from masthead.baking.paths import page_urls
from masthead.baking.tree import live_tree


def after_commit(enqueue) -> None:
    # Nothing is baked until someone runs `masthead bake` once; until then there is nothing to
    # keep in step, and publishing costs nothing extra.
    if live_tree() is not None:
        transaction.on_commit(enqueue)


def page_changed(sender, instance, **kwargs) -> None:
    from masthead.articles.models import ArticlePage
    from masthead.baking.tasks import rebake_article, rebake_site

    page = instance.specific
    if isinstance(page, ArticlePage):
        removed = [] if page.live else page_urls(page)
        after_commit(lambda: rebake_article.enqueue(page.pk, removed))
    else:
        # Sections, topics, authors and legal pages appear in navigation or footers everywhere.
        after_commit(lambda: rebake_site.enqueue())


def page_deleted(sender, instance, **kwargs) -> None:
    from masthead.articles.models import ArticlePage
    from masthead.baking.tasks import rebake_article, rebake_site

    page = instance.specific
    if isinstance(page, ArticlePage) and page.live:
        removed = page_urls(page)
        key = str(page.translation_key)
        after_commit(lambda: rebake_article.enqueue(page.pk, removed, key))
    elif page.live:
        after_commit(lambda: rebake_site.enqueue())


def page_moved(sender, instance, **kwargs) -> None:
    from masthead.baking.tasks import rebake_site

    after_commit(lambda: rebake_site.enqueue())


def photo_saved(sender, instance, created, raw=False, **kwargs) -> None:
    """An edited caption, credit, alt text or file changes every live page showing the photo."""
    from masthead.baking.tasks import rebake_photo

    if not created and not raw:
        after_commit(lambda: rebake_photo.enqueue(instance.pk))


def connect() -> None:
    page_published.connect(page_changed, dispatch_uid="masthead_baking_published")
    page_unpublished.connect(page_changed, dispatch_uid="masthead_baking_unpublished")
    post_page_move.connect(page_moved, dispatch_uid="masthead_baking_moved")
    pre_delete.connect(page_deleted, sender=Page, dispatch_uid="masthead_baking_deleted")
    post_save.connect(photo_saved, sender=get_image_model(), dispatch_uid="masthead_baking_photo")
