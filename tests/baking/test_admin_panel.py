"""The admin's "Public site" panel: what the baker did, what it is doing, and rebake on request."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.test import Client
from django.urls import reverse
from wagtail.models import GroupPagePermission

from masthead.baking.bake import BakeError, BakeReport, bake_lock, bake_site, file_name_for
from masthead.baking.models import BakeRun
from masthead.baking.state import RUNS_KEPT, recorded_bake
from masthead.baking.tree import live_tree

PANEL_URL = reverse("masthead_baking:state")
REBAKE_SITE_URL = reverse("masthead_baking:rebake_site")


def rebake_page_url(page) -> str:
    return reverse("masthead_baking:rebake_page", args=[page.pk])


@pytest.fixture
def chief(db, client):
    user = get_user_model().objects.create_superuser("chief", "chief@example.org", "pw")
    client.force_login(user)
    return client


@pytest.fixture
def reporter(db, client):
    """Staff who may use the admin but not rebake the public site."""
    user = get_user_model().objects.create_user("reporter", "reporter@example.org", "pw")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    return client


def live_text(name: str) -> str:
    return (live_tree() / name).read_text()


def panel(client) -> BeautifulSoup:
    response = client.get(PANEL_URL)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def words(element) -> str:
    return " ".join(element.get_text().split())


def panel_text(client) -> str:
    return words(panel(client))


def recent_bakes(client) -> list[list[str]]:
    """Return the rows of the recent bakes table: started, what, status, ..., problems."""
    rows = panel(client).select("table.listing tbody tr")
    return [[words(cell) for cell in row.find_all("td")] for row in rows]


def test_panel_lists_a_succeeded_and_a_failed_run_with_the_reason(chief, site_root):
    BakeRun.objects.create(
        kind=BakeRun.Kind.FULL,
        description="Whole site",
        status=BakeRun.Status.SUCCEEDED,
        pages=42,
        files=120,
        seconds=3.5,
    )
    BakeRun.objects.create(
        kind=BakeRun.Kind.PARTIAL,
        description="Article 'Budget signed' published",
        status=BakeRun.Status.SUCCEEDED_WITH_FAILURES,
        failures=[["/news/politics/", "HTTP 500"]],
    )
    BakeRun.objects.create(
        kind=BakeRun.Kind.FULL,
        description="Whole site",
        status=BakeRun.Status.FAILED,
        error="The bake stopped (No space left on device); free some disk space.",
    )
    failed, with_failures, succeeded = (row[1:] for row in recent_bakes(chief))
    assert succeeded == ["Whole site (Full bake)", "Succeeded", "42", "120", "3.5", ""]
    assert with_failures[:2] == [
        "Article 'Budget signed' published (Partial rebake)",
        "Succeeded with failures",
    ]
    assert with_failures[-1] == "/news/politics/: HTTP 500"
    assert failed[1] == "Failed"
    assert failed[-1] == "The bake stopped (No space left on device); free some disk space."
    text = panel_text(chief)
    assert "The last bake did not finish. The bake stopped (No space left on device)" in text


def test_a_run_whose_process_died_shows_as_interrupted(chief, site_root):
    BakeRun.objects.create(kind=BakeRun.Kind.FULL, description="Whole site")
    [run] = recent_bakes(chief)
    assert run[2] == "Interrupted"
    text = panel_text(chief)
    assert "The last bake did not finish. The bake stopped before it finished" in text
    assert "No bake is running." in text


def test_a_run_shows_as_running_while_the_bake_lock_is_held(chief, site_root):
    BakeRun.objects.create(kind=BakeRun.Kind.FULL, description="Whole site")
    with bake_lock():
        [run] = recent_bakes(chief)
        text = panel_text(chief)
    assert run[2] == "Running"
    assert "A bake is running now." in text
    assert "did not finish" not in text


def test_the_live_tree_and_last_full_bake_are_shown(chief, newsroom, site_root):
    # The baker records its own runs.
    report = bake_site()
    recorded = BakeRun.objects.get()
    assert (recorded.kind, recorded.description) == (BakeRun.Kind.FULL, "Whole site")
    assert recorded.status == BakeRun.Status.SUCCEEDED
    assert (recorded.pages, recorded.files, recorded.tree) == (
        report.pages,
        report.files,
        report.tree.name,
    )
    assert recorded.finished_at is not None
    text = panel_text(chief)
    assert f"The live site is the tree {report.tree.name}, made" in text
    assert f"{report.pages} pages in" in text


def test_a_raising_bake_is_recorded_as_failed_and_the_error_propagates(db, caplog):
    sentence = "The bake stopped (No space left on device); the site still serves the previous one."
    with pytest.raises(BakeError), recorded_bake(kind="full", description="Whole site"):
        raise BakeError(sentence)
    run = BakeRun.objects.get()
    assert (run.status, run.error) == (BakeRun.Status.FAILED, sentence)
    assert run.finished_at is not None
    assert sentence in caplog.text


def test_a_failure_inside_a_rebake_is_recorded_as_succeeded_with_failures(db, site_root):
    tree = site_root / "trees" / "20260619T143000-abcdef12"
    with recorded_bake(kind="partial", description="Article 'X' published") as run:
        run.finish(BakeReport(tree=tree, pages=1, files=3, failures=[("/news/", "HTTP 500")]))
    recorded = BakeRun.objects.get()
    assert recorded.status == BakeRun.Status.SUCCEEDED_WITH_FAILURES
    assert recorded.failures == [["/news/", "HTTP 500"]]
    assert recorded.tree == "20260619T143000-abcdef12"


def test_a_record_the_database_refuses_is_logged_and_the_bake_goes_on(db, site_root, caplog):
    tree = site_root / "trees" / "20260619T143000-abcdef12"
    # A negative page count breaks the column's check constraint: a real database error.
    with recorded_bake(kind="partial", description="Article 'X' published") as run:
        run.finish(BakeReport(tree=tree, pages=-1))
    assert BakeRun.objects.get().status == BakeRun.Status.RUNNING
    assert "Could not record the bake" in caplog.text


def test_rebake_site_button_bakes_the_site_again(chief, baked_newsroom):
    _newsroom, _articles, first = baked_newsroom
    response = chief.post(REBAKE_SITE_URL, follow=True)
    assert response.redirect_chain == [(PANEL_URL, 302)]
    # The test settings run tasks where they are enqueued: the bake has run already.
    assert live_tree() != first.tree
    messages = [str(message).strip() for message in response.context["messages"]]
    assert messages == ["The site will be rebaked in a moment."]


def test_rebake_page_button_rebakes_that_page_and_returns_to_where_it_was_pressed(
    chief, baked_newsroom
):
    newsroom, articles, _first = baked_newsroom
    article = articles[3]
    # Changed behind the publishing signals' back, so only the button can bring it to readers.
    type(article).objects.filter(pk=article.pk).update(headline="Corrected headline")
    type(newsroom.terms).objects.filter(pk=newsroom.terms.pk).update(title="Revised terms")
    back_to = reverse("wagtailadmin_explore", args=[newsroom.archive.pk])
    response = chief.post(rebake_page_url(article), {"next": back_to})
    assert response.status_code == 302
    assert response["Location"] == back_to
    assert "Corrected headline" in live_text(file_name_for(article.url))
    assert "Revised terms" not in live_text("terms/index.html")
    chief.post(rebake_page_url(newsroom.terms))
    assert "Revised terms" in live_text("terms/index.html")


def test_the_panel_and_the_rebake_action_are_offered_to_those_who_may_rebake(chief, newsroom):
    explorer = chief.get(reverse("wagtailadmin_explore", args=[newsroom.home.pk]))
    assert PANEL_URL.encode() in explorer.content
    assert rebake_page_url(newsroom.news).encode() in explorer.content
    editor = chief.get(reverse("wagtailadmin_pages:edit", args=[newsroom.terms.pk]))
    assert rebake_page_url(newsroom.terms).encode() in editor.content


def test_staff_without_the_permission_get_403_and_no_menu_item(reporter, newsroom):
    desk = Group.objects.create(name="Desk")
    desk.user_set.add(get_user_model().objects.get(username="reporter"))
    GroupPagePermission.objects.create(
        group=desk, page=newsroom.home, permission=Permission.objects.get(codename="change_page")
    )
    assert reporter.get(PANEL_URL).status_code == 403
    assert reporter.post(REBAKE_SITE_URL).status_code == 403
    assert reporter.post(rebake_page_url(newsroom.news)).status_code == 403
    explorer = reporter.get(reverse("wagtailadmin_explore", args=[newsroom.home.pk]))
    assert explorer.status_code == 200
    assert PANEL_URL.encode() not in explorer.content
    assert rebake_page_url(newsroom.news).encode() not in explorer.content


def test_rebake_views_only_accept_post(chief, newsroom):
    assert chief.get(REBAKE_SITE_URL).status_code == 405
    assert chief.get(rebake_page_url(newsroom.news)).status_code == 405


def test_rebake_views_require_the_csrf_token(db, site_root):
    user = get_user_model().objects.create_superuser("chief", "chief@example.org", "pw")
    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
    assert client.post(REBAKE_SITE_URL).status_code == 403
    assert live_tree() is None


def test_pending_rebakes_are_listed_from_the_database_queue(chief, newsroom, site_root, settings):
    from masthead.baking.tasks import rebake_page, rebake_site

    settings.TASKS = {
        "default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default", "bulk"]}
    }
    rebake_site.enqueue()
    rebake_page.enqueue(newsroom.politics.pk)
    text = panel_text(chief)
    assert "Whole site (Ready" in text
    assert "Page: Politics (Ready" in text


def test_pending_rebakes_are_not_available_without_a_queue(chief, site_root):
    assert "Not available" in panel_text(chief)


def test_only_the_newest_runs_are_kept(db, site_root):
    oldest = BakeRun.objects.create(kind="partial", description="The oldest")
    BakeRun.objects.bulk_create(
        BakeRun(kind="partial", description=f"Run {number}") for number in range(RUNS_KEPT - 1)
    )
    with recorded_bake(kind="partial", description="The newest"):
        pass
    assert BakeRun.objects.count() == RUNS_KEPT
    assert not BakeRun.objects.filter(pk=oldest.pk).exists()
    assert BakeRun.objects.first().description == "The newest"
