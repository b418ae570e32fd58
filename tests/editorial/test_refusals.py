"""A contributor crafting requests the admin would not offer them: refused, unchanged, logged.

test_desk.py shows the desk's rules at work; this checks each refusal leaves a line in the
security log, where an operator watching for someone probing the admin looks.
"""

import datetime
import logging

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page, TaskState

from masthead.articles.models import ArticlePage
from masthead.editorial.workflows import desk_workflow_for
from tests.editorial.forms import article_data, edit_url
from tests.editorial.test_permission_matrix import politics_article

pytestmark = pytest.mark.django_db


@pytest.fixture
def contributor(client, desk):
    client.force_login(desk.contributor)
    return desk.contributor


def assert_refused_and_logged(response, caplog, path):
    assert response.status_code in (302, 403), response.status_code
    assert_logged(caplog, path)


def assert_logged(caplog, path):
    refusals = [
        record.getMessage()
        for record in caplog.records
        if record.name.startswith(("django.security", "django.request"))
        and record.getMessage().startswith("Forbidden")
    ]
    assert any(path in message for message in refusals), (
        f"No refusal of {path} in the log; logged: {refusals}"
    )


def test_publishing_their_own_draft_saves_it_and_logs_the_refusal(
    client, newsroom, desk, contributor, caplog
):
    article = politics_article(newsroom, contributor, "contributors-draft")
    url = edit_url(article)
    response = client.post(
        url, article_data(newsroom.politics, action="publish", loaded_from=article)
    )
    # The editor saves the text as a draft, as it always does for those who may not publish.
    assert not ArticlePage.objects.get(pk=article.pk).live
    assert_refused_and_logged(response, caplog, url)


def test_approving_their_own_work_is_refused_and_logged(client, newsroom, contributor, caplog):
    article = politics_article(newsroom, contributor, "own-work")
    desk_workflow_for(article).start(article, contributor)
    task_state = ArticlePage.objects.get(pk=article.pk).current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=(article.pk, "approve", task_state.pk))
    response = client.post(url, {"comment": ""})
    assert TaskState.objects.get(pk=task_state.pk).status == TaskState.STATUS_IN_PROGRESS
    assert not ArticlePage.objects.get(pk=article.pk).live
    assert_refused_and_logged(response, caplog, url)


def test_editing_an_article_of_another_section_is_refused_and_logged(
    client, newsroom, contributor, caplog
):
    story = newsroom.publish_article(section=newsroom.culture, slug="festival-opens")
    revisions = story.revisions.count()
    url = edit_url(story)
    response = client.post(
        url, article_data(newsroom.culture, slug="festival-opens", headline="Planted story")
    )
    assert story.revisions.count() == revisions
    assert_refused_and_logged(response, caplog, url)


@pytest.mark.parametrize(
    ("view", "data"),
    [
        ("unpublish", {}),
        ("delete", {}),
        ("copy", {"new_title": "Copied", "new_slug": "copied", "publish_copy": "on"}),
    ],
)
def test_changing_a_published_article_is_refused_and_logged(
    client, newsroom, contributor, caplog, view, data
):
    story = newsroom.publish_article(section=newsroom.politics, slug="published-story")
    url = reverse(f"wagtailadmin_pages:{view}", args=(story.pk,))
    if view == "copy":
        data["new_parent_page"] = newsroom.archive.pk
    response = client.post(url, data)
    assert ArticlePage.objects.get(pk=story.pk).live
    assert not Page.objects.filter(slug="copied").exists()
    assert_refused_and_logged(response, caplog, url)


def test_moving_a_published_article_is_refused_and_logged(client, newsroom, contributor, caplog):
    story = newsroom.publish_article(section=newsroom.politics, slug="published-story")
    url = reverse("wagtailadmin_pages:move_confirm", args=(story.pk, newsroom.politics.pk))
    response = client.post(url)
    assert Page.objects.get(pk=story.pk).get_parent().pk == newsroom.archive.pk
    assert_refused_and_logged(response, caplog, url)


def test_changing_a_groups_permissions_is_refused_and_logged(client, contributor, caplog):
    group = Group.objects.get(name="Contributors")
    before = set(group.permissions.values_list("pk", flat=True))
    url = reverse("wagtailusers_groups:edit", args=(group.pk,))
    everything = Permission.objects.values_list("pk", flat=True)
    response = client.post(url, {"name": "Contributors", "permissions": list(everything)})
    assert set(group.permissions.values_list("pk", flat=True)) == before
    assert_refused_and_logged(response, caplog, url)


def test_moving_the_go_live_time_of_a_scheduled_article_is_refused_and_logged(
    client, newsroom, desk, contributor, caplog
):
    go_live_at = (timezone.now() + datetime.timedelta(days=2)).replace(microsecond=0)
    article = politics_article(newsroom, contributor, "embargoed", go_live_at=go_live_at)
    revision = ArticlePage.objects.get(pk=article.pk).latest_revision
    revision.publish(user=desk.politics_editor)  # the desk approves it for that time
    article = ArticlePage.objects.get(pk=article.pk)
    approved = article.scheduled_revision
    assert approved is not None and approved.approved_go_live_at == go_live_at

    earlier = timezone.localtime(timezone.now() + datetime.timedelta(minutes=5))
    edit = edit_url(article)
    response = client.post(
        edit,
        article_data(
            newsroom.politics,
            slug="embargoed",
            action="publish",
            loaded_from=article,
            go_live_at=earlier.strftime("%Y-%m-%d %H:%M"),
        ),
    )
    # The draft is the contributor's own, so the editor answers them (here with the form
    # again); what matters is that nothing they send moves the approved time.
    assert response.status_code in (200, 302)
    assert_logged(caplog, edit)
    unschedule = reverse("wagtailadmin_pages:revisions_unschedule", args=(article.pk, approved.pk))
    response = client.post(unschedule)
    assert_refused_and_logged(response, caplog, unschedule)

    article = ArticlePage.objects.get(pk=article.pk)
    assert not article.live
    assert article.scheduled_revision == approved
    approved.refresh_from_db()
    assert approved.approved_go_live_at == go_live_at


def test_deleting_their_approved_scheduled_article_is_refused_and_logged(
    client, newsroom, desk, contributor, caplog
):
    go_live_at = timezone.now() + datetime.timedelta(days=2)
    article = politics_article(newsroom, contributor, "embargoed", go_live_at=go_live_at)
    ArticlePage.objects.get(pk=article.pk).latest_revision.publish(user=desk.politics_editor)
    url = reverse("wagtailadmin_pages:delete", args=(article.pk,))
    response = client.post(url)
    assert ArticlePage.objects.filter(pk=article.pk).exists()
    assert_refused_and_logged(response, caplog, url)


def test_a_refusal_is_logged_once(client, newsroom, contributor, caplog):
    caplog.set_level(logging.WARNING)
    story = newsroom.publish_article(section=newsroom.culture, slug="festival-opens")
    client.get(edit_url(story))
    assert [r.name for r in caplog.records if r.getMessage().startswith("Forbidden")] == [
        "django.security.PermissionDenied"
    ]
