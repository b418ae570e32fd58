"""Scheduled publishing never misses silently: on time, never early, late ones reported, embargo.

The clock is moved with time-machine; the scheduler pass is the worker's own function, run as
the worker runs it every interval.
"""

import datetime
import zoneinfo

import pytest
from wagtail.models import PageLogEntry

from masthead.articles.models import ArticlePage
from masthead.baking.bake import bake_site, file_name_for
from masthead.baking.tree import live_tree
from masthead.core.worker import publish_scheduled_pages
from masthead.editorial.scheduling import PUBLISHED_LATE, UNPUBLISHED_LATE
from tests import factories
from tests.editorial.forms import article_data, edit_url

TOKYO = zoneinfo.ZoneInfo("Asia/Tokyo")  # the test settings' TIME_ZONE
# Go-live time of the scheduled article: 20 June 2030, 09:00 in the newsroom's time zone.
T = datetime.datetime(2030, 6, 20, 9, 0, tzinfo=TOKYO)
SECOND = datetime.timedelta(seconds=1)
MINUTE = datetime.timedelta(minutes=1)

pytestmark = pytest.mark.django_db


@pytest.fixture
def clock(time_machine):
    """The clock, stopped an hour before T; `clock(when)` moves it, forwards or backwards."""

    def move_to(when: datetime.datetime) -> None:
        time_machine.move_to(when, tick=False)

    move_to(T - 60 * MINUTE)
    return move_to


def schedule_article(
    newsroom, go_live_at=T, headline="Parliament votes on the new press law", **fields
):
    """An article scheduled the way an editor does it: "Publish" with a go-live time."""
    article = factories.ArticlePageFactory.build(
        primary_section=newsroom.politics,
        lead_photo=newsroom.photo,
        headline=headline,
        live=False,
        go_live_at=go_live_at,
        **fields,
    )
    newsroom.archive.add_child(instance=article)
    article.save_revision().publish()
    article = ArticlePage.objects.get(pk=article.pk)
    assert not article.live and article.scheduled_revision is not None
    return article


def fresh(article) -> ArticlePage:
    return ArticlePage.objects.get(pk=article.pk)


def late_entries(article, action=PUBLISHED_LATE):
    return list(PageLogEntry.objects.filter(page=article.pk, action=action))


def dashboard(client, user) -> str:
    client.force_login(user)
    response = client.get("/admin/")
    assert response.status_code == 200
    return response.content.decode()


def test_a_scheduled_article_goes_live_on_the_first_pass_after_its_time_and_never_before(
    clock, newsroom
):
    article = schedule_article(newsroom)
    # The worker's passes, a minute apart; the last one before T and the first one after.
    for when in (T - 61 * SECOND, T - SECOND):
        clock(when)
        publish_scheduled_pages()
        assert not fresh(article).live

    clock(T + 30 * SECOND)
    publish_scheduled_pages()

    article = fresh(article)
    assert article.live
    assert T <= article.first_published_at <= T + 60 * SECOND
    assert article.scheduled_revision is None
    assert not late_entries(article)


def test_a_clock_set_back_publishes_nothing_early(clock, newsroom):
    article = schedule_article(newsroom)
    clock(T - SECOND)
    publish_scheduled_pages()
    # NTP corrects a fast clock: the time runs again from an hour earlier.
    clock(T - 60 * MINUTE)
    publish_scheduled_pages()
    clock(T - 30 * MINUTE)
    publish_scheduled_pages()
    assert not fresh(article).live

    clock(T + 10 * SECOND)
    publish_scheduled_pages()
    assert fresh(article).live


def test_after_the_worker_was_down_due_articles_go_live_on_restart_and_are_reported_late(
    clock, newsroom, desk, client
):
    article = schedule_article(newsroom)
    clock(T - 10 * MINUTE)
    publish_scheduled_pages()  # the worker's last pass before it went down
    clock(T + 10 * MINUTE)

    # While it is down, the desk sees the missed publication and how long ago the worker ran.
    page = dashboard(client, desk.politics_editor)
    assert "The scheduler seems to be down" in page
    assert "Parliament votes on the new press law" in page
    assert "The scheduler last ran 20\xa0minutes ago." in page
    assert "2030-06-20 09:00" in page  # due, in the newsroom's time zone

    publish_scheduled_pages()  # the first pass after the restart

    article = fresh(article)
    assert article.live
    [entry] = late_entries(article)
    assert entry.data["delay_seconds"] == 600
    page = dashboard(client, desk.politics_editor)
    assert "The scheduler seems to be down" not in page
    assert "Late in the last 7 days" in page
    assert "Parliament votes on the new press law" in page
    assert "10\xa0minutes late" in page
    # The page's own history says it too.
    history = client.get(f"/admin/pages/{article.pk}/history/").content.decode()
    assert "Published 10\xa0minutes late by the scheduler: due 2030-06-20 09:00" in history


def test_the_scheduling_warning_is_for_those_who_publish_in_the_articles_section(
    clock, newsroom, desk, client
):
    schedule_article(newsroom)
    clock(T + 10 * MINUTE)

    assert "Parliament votes" in dashboard(client, desk.chief)
    # An embargoed scoop's headline stays within its desk; reporters cannot act on it.
    assert "masthead-scheduling" not in dashboard(client, desk.culture_editor)
    assert "masthead-scheduling" not in dashboard(client, desk.reporter)


def test_a_publication_on_time_shows_no_warning(clock, newsroom, desk, client):
    schedule_article(newsroom)
    clock(T + 30 * SECOND)
    publish_scheduled_pages()
    assert "masthead-scheduling" not in dashboard(client, desk.politics_editor)


def test_a_stopped_scheduler_is_reported_before_anything_is_missed(clock, newsroom, desk, client):
    schedule_article(newsroom)
    publish_scheduled_pages()
    clock(T - 30 * MINUTE)

    page = dashboard(client, desk.politics_editor)

    assert "A page is scheduled, but the scheduler is not running" in page
    assert "The scheduler last ran 30\xa0minutes ago." in page


def test_an_expired_article_is_unpublished_rebaked_away_and_a_late_expiry_reported(
    clock, newsroom, settings, tmp_path, django_capture_on_commit_callbacks
):
    settings.MASTHEAD_SITE_DIR = tmp_path / "site"
    settings.MASTHEAD_PDF_RENDERER = {
        "default": {"BACKEND": "masthead.printing.backends.RecordingRenderer"}
    }
    article = newsroom.publish_article(
        headline="Polling stations open until eight", slug="polls-open", expire_at=T
    )
    bake_site()
    baked = live_tree() / file_name_for(article.url)
    assert "Polling stations open until eight" in baked.read_text()

    clock(T + 5 * MINUTE)
    # The rebake is queued after the scheduler's commit; tasks run at once in the tests.
    with django_capture_on_commit_callbacks(execute=True):
        publish_scheduled_pages()

    article = fresh(article)
    assert not article.live and article.expired
    assert not (live_tree() / file_name_for(article.url)).exists()
    assert "Polling stations open until eight" not in (live_tree() / "index.html").read_text()
    [entry] = late_entries(article, UNPUBLISHED_LATE)
    assert entry.data["delay_seconds"] == 300


# Embargo


def test_an_embargo_holds_even_when_the_go_live_time_was_set_earlier_by_another_path(
    clock, newsroom
):
    # An import or a script set go-live at T, under an embargo an hour later: no form refused.
    article = schedule_article(newsroom, embargo_until=T + 60 * MINUTE)
    assert article.scheduled_revision.approved_go_live_at == T + 60 * MINUTE

    clock(T + 30 * SECOND)
    publish_scheduled_pages()
    assert not fresh(article).live

    clock(T + 60 * MINUTE + 30 * SECOND)
    publish_scheduled_pages()
    assert fresh(article).live


def test_the_scheduler_keeps_an_embargo_on_a_revision_made_due_behind_its_back(clock, newsroom):
    article = factories.ArticlePageFactory.build(
        primary_section=newsroom.politics, live=False, go_live_at=T, embargo_until=T + 60 * MINUTE
    )
    newsroom.archive.add_child(instance=article)
    # A script schedules the version directly, past every check but the scheduler's.
    revision = article.save_revision()
    type(revision).objects.filter(pk=revision.pk).update(approved_go_live_at=T)

    clock(T + 30 * SECOND)
    publish_scheduled_pages()

    article = fresh(article)
    assert not article.live
    assert article.scheduled_revision.approved_go_live_at == T + 60 * MINUTE
    assert not late_entries(article)

    clock(T + 60 * MINUTE + 30 * SECOND)
    publish_scheduled_pages()
    assert fresh(article).live


def test_an_approved_review_under_embargo_is_scheduled_for_the_embargo(clock, newsroom):
    """A finished review publishes with `revision.publish()` and no go-live time."""
    article = factories.ArticlePageFactory.build(
        primary_section=newsroom.politics, live=False, embargo_until=T
    )
    newsroom.archive.add_child(instance=article)

    article.save_revision().publish()

    article = fresh(article)
    assert not article.live
    assert article.scheduled_revision.approved_go_live_at == T


def post_article(client, user, article, **fields):
    client.force_login(user)
    return client.post(
        edit_url(article), article_data(article.primary_section, loaded_from=article, **fields)
    )


@pytest.fixture
def draft(newsroom, clock):
    """A draft in Politics, the day before T."""
    clock(T - 21 * 60 * MINUTE)  # 19 June 2030, 12:00 in Tokyo
    article = factories.ArticlePageFactory.build(
        primary_section=newsroom.politics, live=False, slug="council-closes-printing-house"
    )
    newsroom.archive.add_child(instance=article)
    article.save_revision()
    return fresh(article)


def test_a_go_live_time_typed_in_the_admin_is_in_the_newsroom_time_zone(client, desk, draft):
    response = post_article(
        client, desk.politics_editor, draft, action="publish", go_live_at="2030-06-20 09:00"
    )

    assert response.status_code == 302, response.content.decode()[-3000:]
    article = fresh(draft)
    assert not article.live
    assert article.scheduled_revision.approved_go_live_at == T
    assert T.astimezone(datetime.UTC).hour == 0  # 09:00 in Tokyo, not 09:00 UTC


def test_a_go_live_time_before_the_embargo_is_refused_naming_both_times(client, desk, draft):
    response = post_article(
        client,
        desk.politics_editor,
        draft,
        action="publish",
        go_live_at="2030-06-20 09:00",
        embargo_until="2030-06-20 14:00",
    )

    assert response.status_code == 200
    page = response.content.decode()
    assert (
        "The go-live time, 2030-06-20 09:00, is before the embargo, 2030-06-20 14:00 "
        "(Asia/Tokyo times)."
    ) in page
    article = fresh(draft)
    assert not article.live and article.scheduled_revision is None


def test_publishing_now_under_embargo_is_refused_with_what_to_do(client, desk, draft):
    response = post_article(
        client, desk.politics_editor, draft, action="publish", embargo_until="2030-06-20 14:00"
    )

    assert response.status_code == 200
    assert (
        "This article is under embargo until 2030-06-20 14:00 (Asia/Tokyo time), so it cannot "
        "be published now."
    ) in response.content.decode()
    article = fresh(draft)
    assert not article.live and article.scheduled_revision is None


def test_publishing_under_embargo_with_a_go_live_at_its_end_schedules_it(client, desk, draft):
    response = post_article(
        client,
        desk.politics_editor,
        draft,
        action="publish",
        go_live_at="2030-06-20 14:00",
        embargo_until="2030-06-20 14:00",
    )

    assert response.status_code == 302, response.content.decode()[-3000:]
    article = fresh(draft)
    assert article.embargo_until == T + 5 * 60 * MINUTE
    assert article.scheduled_revision.approved_go_live_at == T + 5 * 60 * MINUTE


def test_saving_a_draft_under_embargo_is_allowed(client, desk, draft):
    response = post_article(client, desk.politics_editor, draft, embargo_until="2030-06-20 14:00")
    assert response.status_code == 302, response.content.decode()[-3000:]
