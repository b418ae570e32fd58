"""Keep the baked site in step with publishing: after each commit, rebake what changed."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction
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


def view_restriction_changed(sender, instance, raw=False, **kwargs) -> None:
    """A page made private leaves the baked site (readers of files cannot log in or give a
    password); made public again, it comes back. Below a section, every page below it does."""
    from masthead.articles.models import ArticlePage
    from masthead.baking.tasks import rebake_article, rebake_site

    page = Page.objects.filter(pk=instance.page_id).live().specific().first()
    if raw or page is None:
        # A page being deleted with its restriction: its deletion rebakes what it touched.
        return
    if isinstance(page, ArticlePage):
        # The rebake finds the URLs it baked before and removes them if it is no longer public.
        after_commit(lambda: rebake_article.enqueue(page.pk, []))
    else:
        after_commit(lambda: rebake_site.enqueue())


def newsroom_settings_saved(sender, instance, raw=False, **kwargs) -> None:
    """The publication's name, footer and links are on every page: the whole site changes."""
    from masthead.baking.tasks import rebake_site

    if not raw:
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
    for signal in (post_save, post_delete):
        signal.connect(
            view_restriction_changed,
            sender=PageViewRestriction,
            dispatch_uid=f"masthead_baking_privacy_{signal is post_save}",
        )
    post_save.connect(
        newsroom_settings_saved,
        sender="newsroom.NewsroomSettings",
        dispatch_uid="masthead_baking_newsroom_settings",
    )
    post_save.connect(photo_saved, sender=get_image_model(), dispatch_uid="masthead_baking_photo")
