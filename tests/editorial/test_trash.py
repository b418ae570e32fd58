"""Deleting a published article needs the editor in chief and can be undone for 30 days."""

import datetime

import pytest
import time_machine
from django.urls import reverse
from wagtail.models import Page, PageLogEntry

from masthead.articles.models import ArticlePage
from masthead.baking.bake import bake_site, file_name_for
from masthead.baking.tree import live_tree
from masthead.core.worker import publish_scheduled_pages
from masthead.editorial.trash import DELETED, PURGED, RESTORED, DeletedArticle

pytestmark = pytest.mark.django_db

INDEX_URL = reverse("masthead_deleted_articles:index")
DELETED_MESSAGE = "Deleted. It can be restored for 30 days from Settings → Deleted articles."


def as_user(client, user):
    client.force_login(user)
    return client


def delete_url(article):
    return reverse("wagtailadmin_pages:delete", args=(article.pk,))


def restore_url(article_or_pk):
    pk = getattr(article_or_pk, "pk", article_or_pk)
    return reverse("masthead_deleted_articles:restore", args=(pk,))


def fresh(article) -> ArticlePage:
    return ArticlePage.objects.get(pk=article.pk)


def actions_of(article) -> list[str]:
    return list(
        PageLogEntry.objects.filter(page=article.pk).order_by("pk").values_list("action", flat=True)
    )


@pytest.fixture
def baked_site(settings, tmp_path):
    settings.MASTHEAD_SITE_DIR = tmp_path / "site"
    settings.MASTHEAD_PDF_RENDERER = {
        "default": {"BACKEND": "masthead.printing.backends.RecordingRenderer"}
    }


def test_the_chief_deletes_a_published_article_into_the_trash(
    client, newsroom, desk, baked_site, django_capture_on_commit_callbacks
):
    article = newsroom.publish_article(headline="Council budget leaked", slug="budget-leak")
    url = article.url
    assert client.get(url).status_code == 200
    bake_site()
    assert "Council budget leaked" in (live_tree() / file_name_for(url)).read_text()

    with django_capture_on_commit_callbacks(execute=True):
        response = as_user(client, desk.chief).post(delete_url(article), follow=True)

    assert DELETED_MESSAGE in response.content.decode()
    assert response.redirect_chain[-1][0] == reverse(
        "wagtailadmin_explore", args=[newsroom.archive.pk]
    )
    client.logout()
    assert client.get(url).status_code == 404
    assert not (live_tree() / file_name_for(url)).exists()
    assert "Council budget leaked" not in (live_tree() / "index.html").read_text()
    article = fresh(article)
    assert not article.live and article.locked
    deleted = DeletedArticle.objects.get(page=article)
    assert deleted.deleted_by == desk.chief
    assert deleted.section_id == newsroom.politics.pk
    assert DELETED in actions_of(article)

    listing = as_user(client, desk.chief).get(INDEX_URL)
    assert listing.status_code == 200
    page = listing.content.decode()
    assert "Council budget leaked" in page and "<td>30</td>" in page
    assert deleted.days_left(deleted.deleted_at + datetime.timedelta(days=29, hours=12)) == 1


def test_a_restore_brings_the_article_back_as_a_draft_with_its_history(client, newsroom, desk):
    article = newsroom.publish_article(headline="Council budget leaked", slug="budget-leak")
    revision_ids = list(article.revisions.values_list("pk", flat=True))
    as_user(client, desk.chief).post(delete_url(article))

    response = client.post(restore_url(article), follow=True)

    assert "is restored as a draft" in response.content.decode()
    article = fresh(article)
    assert not DeletedArticle.objects.filter(page=article).exists()
    assert not article.live and not article.locked
    assert list(article.revisions.values_list("pk", flat=True)) == revision_ids
    assert actions_of(article)[-2:] == [DELETED, RESTORED]
    # The chief puts it back on the site with an ordinary publish.
    assert article.permissions_for_user(desk.chief).can_publish()
    article.get_latest_revision().publish(user=desk.chief)
    client.logout()
    assert client.get(article.url).status_code == 200


def test_a_section_editor_can_neither_delete_nor_see_or_restore_deleted_articles(
    client, newsroom, desk
):
    article = newsroom.publish_article(slug="published-story")
    response = as_user(client, desk.politics_editor).post(delete_url(article))
    assert response.status_code in (302, 403) and fresh(article).live

    as_user(client, desk.chief).post(delete_url(article))
    as_user(client, desk.politics_editor)
    assert client.get(INDEX_URL).status_code == 403
    assert client.post(restore_url(article)).status_code == 403
    assert DeletedArticle.objects.filter(page=article).exists()
    # In the trash it is nobody's to edit or publish again behind the chief's back.
    permissions = fresh(article).permissions_for_user(desk.politics_editor)
    assert not permissions.can_edit() and not permissions.can_publish()
    assert INDEX_URL not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_the_scheduler_deletes_it_for_good_after_30_days(client, newsroom, desk):
    article = newsroom.publish_article(slug="old-story")
    as_user(client, desk.chief).post(delete_url(article))
    deleted_at = DeletedArticle.objects.get(page=article).deleted_at

    with time_machine.travel(deleted_at + datetime.timedelta(days=29), tick=False):
        publish_scheduled_pages()
    assert DeletedArticle.objects.filter(page=article).exists()

    with time_machine.travel(deleted_at + datetime.timedelta(days=31), tick=False):
        publish_scheduled_pages()
    assert not Page.objects.filter(pk=article.pk).exists()
    assert not DeletedArticle.objects.exists()
    assert {PURGED, "wagtail.delete"} <= set(actions_of(article))

    response = client.post(restore_url(article), follow=True)
    assert "deleted for good after 30 days" in response.content.decode()


def test_a_draft_that_was_never_published_is_deleted_at_once(client, newsroom, desk):
    article = newsroom.publish_article(slug="draft-story")
    ArticlePage.objects.filter(pk=article.pk).update(live=False, first_published_at=None)
    as_user(client, desk.chief).post(delete_url(article))
    assert not Page.objects.filter(pk=article.pk).exists()
    assert not DeletedArticle.objects.exists()


def test_bulk_delete_sends_published_articles_to_the_trash(client, newsroom, desk):
    article = newsroom.publish_article(slug="bulk-story")
    draft = newsroom.publish_article(slug="bulk-draft")
    ArticlePage.objects.filter(pk=draft.pk).update(live=False, first_published_at=None)
    explore_url = reverse("wagtailadmin_explore", args=[newsroom.archive.pk])
    url = (
        reverse("wagtail_bulk_action", args=("wagtailcore", "page", "delete"))
        + f"?id={article.pk}&id={draft.pk}&next={explore_url}"
    )
    response = as_user(client, desk.chief).post(url, follow=True)
    assert response.redirect_chain[-1][0] == explore_url
    assert DELETED_MESSAGE in response.content.decode()
    assert not Page.objects.filter(pk=draft.pk).exists()
    assert DeletedArticle.objects.filter(page=article).exists() and not fresh(article).live


def test_restoring_what_is_not_in_the_trash_says_so(client, newsroom, desk):
    article = newsroom.publish_article(slug="restored-twice")
    as_user(client, desk.chief).post(delete_url(article))
    assert client.post(restore_url(article)).status_code == 302

    for pk in (article.pk, newsroom.politics.pk, 999999):
        response = client.post(restore_url(pk), follow=True)
        assert "is not among the deleted articles" in response.content.decode()
    assert actions_of(article).count(RESTORED) == 1


def test_restore_answers_only_a_post(client, newsroom, desk):
    article = newsroom.publish_article(slug="get-restore")
    as_user(client, desk.chief).post(delete_url(article))
    assert client.get(restore_url(article)).status_code == 405
    assert DeletedArticle.objects.filter(page=article).exists()


def test_a_version_scheduled_before_the_delete_is_not_published_from_the_trash(
    client, newsroom, desk
):
    article = newsroom.publish_article(slug="expired-story")
    article.unpublish()
    go_live_at = article.first_published_at + datetime.timedelta(days=1)
    revision = fresh(article).save_revision(approved_go_live_at=go_live_at)
    assert fresh(article).scheduled_revision == revision
    as_user(client, desk.chief).post(delete_url(article))

    with time_machine.travel(go_live_at + datetime.timedelta(hours=1), tick=False):
        publish_scheduled_pages()
    assert not fresh(article).live and DeletedArticle.objects.filter(page=article).exists()


def test_a_review_in_progress_is_cancelled_so_no_approval_republishes_it(client, newsroom, desk):
    article = newsroom.publish_article(slug="in-review")
    fresh(article).get_workflow().start(fresh(article), desk.reporter)
    assert fresh(article).current_workflow_state is not None
    as_user(client, desk.chief).post(delete_url(article))
    assert fresh(article).current_workflow_state is None


def test_deleting_an_article_takes_its_translation_off_the_site_too(client, newsroom, desk):
    from wagtail.models import Locale

    article = newsroom.publish_article(headline="Council budget leaked", slug="budget-leak")
    translation = article.copy_for_translation(
        Locale.objects.get(language_code="ru"), copy_parents=True
    )
    translation.headline = translation.title = "Утечка бюджета совета"
    translation.save_revision(user=desk.chief).publish()
    assert client.get(translation.url).status_code == 200

    response = as_user(client, desk.chief).post(delete_url(article), follow=True)

    page = response.content.decode()
    assert DELETED_MESSAGE in page
    assert "A translation was deleted with it: “Утечка бюджета совета”" in page
    client.logout()
    assert client.get(translation.url).status_code == 404
    assert set(DeletedArticle.objects.values_list("page_id", flat=True)) == {
        article.pk,
        translation.pk,
    }
    # Each comes back on its own: the chief may want only one language back.
    as_user(client, desk.chief).post(restore_url(translation))
    assert list(DeletedArticle.objects.values_list("page_id", flat=True)) == [article.pk]
