"""Preview links: a draft shown to someone without an account, for a while, until revoked."""

import datetime
import re

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageLogEntry

from masthead.articles.models import ArticlePage
from masthead.editorial.models import DeskAssignment, PreviewLink
from masthead.editorial.preview_links import hash_token
from tests.assertions import assert_public_html
from tests.editorial.forms import edit_url

pytestmark = pytest.mark.django_db

NOT_VALID = "This preview link has expired or is not valid"
PUBLISHED_HEADLINE = "Harbour authority approves the new ferry terminal"
DRAFT_HEADLINE = "Harbour authority approves the ferry terminal after a secret vote"
LINK_IN_PAGE = re.compile(r'value="(http://[^"]+/preview/([A-Za-z0-9_-]{43})/)"')


def index_url(page):
    return reverse("masthead_preview_links:index", args=[page.pk])


def revoke_url(link):
    return reverse("masthead_preview_links:revoke", args=[link.page_id, link.pk])


@pytest.fixture
def article(newsroom, desk):
    """A published politics article with a newer, unpublished draft saved by its reporter."""
    article = newsroom.publish_article(headline=PUBLISHED_HEADLINE, slug="ferry-terminal")
    article.headline = DRAFT_HEADLINE
    article.title = DRAFT_HEADLINE
    article.save_revision(user=desk.reporter)
    return ArticlePage.objects.get(pk=article.pk)


def make_link(client, user, page, **data):
    """The user makes a link on the admin screen; return the address it showed, once."""
    client.force_login(user)
    response = client.post(index_url(page), {"lifetime": "7d", "note": "for our lawyer", **data})
    assert response.status_code == 200, response.content.decode()[:3000]
    found = LINK_IN_PAGE.search(response.content.decode())
    assert found, "the new link's address is shown"
    client.logout()
    assert found.group(1) == settings.MASTHEAD_SITE_URL + f"/preview/{found.group(2)}/"
    return f"/preview/{found.group(2)}/"


def assert_private(response):
    """What every answer under /preview/ carries: never cached, indexed, referred or cookied."""
    assert response["Cache-Control"] == "private, no-store"
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert response["Referrer-Policy"] == "no-referrer"
    assert "default-src 'self'" in response["Content-Security-Policy"]
    assert not response.cookies, f"a preview set cookies: {list(response.cookies)}"
    html = response.content.decode()
    assert '<meta name="robots" content="noindex, nofollow">' in html
    assert '<meta name="referrer" content="no-referrer">' in html


def assert_not_valid(response):
    assert response.status_code == 404
    assert NOT_VALID in response.content.decode()
    assert DRAFT_HEADLINE not in response.content.decode()
    assert_private(response)


# The editor's side


def test_an_editor_makes_a_link_and_sees_its_address_once(client, article, desk):
    path = make_link(client, desk.politics_editor, article)
    token = path.split("/")[2]
    link = PreviewLink.objects.get()
    assert link.page_id == article.pk and link.created_by == desk.politics_editor
    assert link.note == "for our lawyer"
    # Only a hash is kept: the address cannot be read back from the database or the list.
    assert link.token_hash == hash_token(token) and token not in link.token_hash
    client.force_login(desk.politics_editor)
    listing = client.get(index_url(article)).content.decode()
    assert token not in listing
    assert "for our lawyer" in listing and "politics-editor" in listing and "Active" in listing


def test_a_link_lasts_seven_days_unless_the_editor_chooses_from_an_hour_to_thirty_days(
    client, article, desk
):
    before = timezone.now()
    make_link(client, desk.politics_editor, article)
    make_link(client, desk.politics_editor, article, lifetime="1h")
    make_link(client, desk.politics_editor, article, lifetime="30d")
    week, hour, month = (link.expires_at - before for link in PreviewLink.objects.order_by("pk"))
    slack = datetime.timedelta(minutes=1)
    assert datetime.timedelta(days=7) <= week < datetime.timedelta(days=7) + slack
    assert datetime.timedelta(hours=1) <= hour < datetime.timedelta(hours=1) + slack
    assert datetime.timedelta(days=30) <= month < datetime.timedelta(days=30) + slack


@pytest.mark.parametrize("lifetime", ["365d", "0", "-1h", "", "7d" * 1000])
def test_a_lifetime_outside_the_choices_is_refused(client, article, desk, lifetime):
    client.force_login(desk.politics_editor)
    response = client.post(index_url(article), {"lifetime": lifetime, "note": ""})
    assert response.status_code == 400
    assert 'class="error-message"' in response.content.decode()
    assert not PreviewLink.objects.exists()


def test_making_a_link_outside_the_desks_limits_is_impossible_in_code():
    with pytest.raises(ValueError):
        PreviewLink.create_for(None, None, lifetime=datetime.timedelta(days=31))
    with pytest.raises(ValueError):
        PreviewLink.create_for(None, None, lifetime=datetime.timedelta(minutes=59))


def test_a_contributor_cannot_make_links_for_an_article_outside_their_sections(
    client, newsroom, desk
):
    culture = newsroom.publish_article(section=newsroom.culture, slug="opera-season")
    client.force_login(desk.contributor)
    response = client.post(index_url(culture), {"lifetime": "7d", "note": "for a friend"})
    assert response.status_code in (302, 403)
    assert "/preview/" not in response.content.decode()
    assert not PreviewLink.objects.exists()
    assert client.get(index_url(culture)).status_code in (302, 403)


def test_staff_who_cannot_edit_the_page_neither_see_nor_revoke_its_links(client, article, desk):
    make_link(client, desk.politics_editor, article)
    link = PreviewLink.objects.get()
    client.force_login(desk.culture_editor)
    listing = client.get(index_url(article))
    assert listing.status_code in (302, 403) and "for our lawyer" not in listing.content.decode()
    assert client.post(revoke_url(link)).status_code in (302, 403)
    link.refresh_from_db()
    assert link.status == PreviewLink.ACTIVE


def test_the_edit_view_offers_preview_links_to_those_who_can_edit(client, article, desk):
    client.force_login(desk.politics_editor)
    assert index_url(article).encode() in client.get(edit_url(article)).content


def test_making_and_revoking_a_link_needs_a_post_with_the_csrf_token(article, desk, client):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    strict.force_login(desk.politics_editor)
    assert strict.post(index_url(article), {"lifetime": "7d"}).status_code == 403
    assert not PreviewLink.objects.exists()
    make_link(client, desk.politics_editor, article)
    link = PreviewLink.objects.get()
    assert strict.post(revoke_url(link)).status_code == 403
    assert strict.get(revoke_url(link)).status_code == 405
    link.refresh_from_db()
    assert link.status == PreviewLink.ACTIVE


def test_making_and_revoking_are_in_the_pages_history(client, article, desk):
    path = make_link(client, desk.politics_editor, article)
    link = PreviewLink.objects.get()
    client.force_login(desk.second_politics_editor)
    response = client.post(revoke_url(link), follow=True)
    assert "no longer works" in response.content.decode()
    link.refresh_from_db()
    assert link.status == PreviewLink.REVOKED and link.revoked_by == desk.second_politics_editor
    entries = PageLogEntry.objects.filter(page=article).order_by("pk")
    created, revoked = entries.filter(action__startswith="masthead.preview_link")
    assert (created.action, created.user) == ("masthead.preview_link.create", desk.politics_editor)
    assert (revoked.action, revoked.user) == (
        "masthead.preview_link.revoke",
        desk.second_politics_editor,
    )
    assert "for our lawyer" in created.message and "valid until" in created.message
    assert "revoked" in revoked.message
    history = client.get(reverse("wagtailadmin_pages:history", args=[article.pk])).content
    assert b"Preview link created" in history and b"Preview link revoked" in history
    # Revoking twice changes nothing and logs nothing more.
    client.post(revoke_url(link))
    assert entries.filter(action="masthead.preview_link.revoke").count() == 1
    assert_not_valid(client.get(path))


def test_the_list_tells_active_expired_and_revoked_links_apart(client, article, desk):
    for note in ("active one", "expired one", "revoked one"):
        make_link(client, desk.politics_editor, article, note=note)
    PreviewLink.objects.filter(note="expired one").update(
        expires_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    PreviewLink.objects.get(note="revoked one").revoke(desk.chief)
    client.force_login(desk.politics_editor)
    listing = client.get(index_url(article)).content.decode()
    assert "Active" in listing and "Expired" in listing and "Revoked" in listing
    # Only the active link can still be revoked.
    assert listing.count(">Revoke<") == 1


# The reader's side


def test_the_link_shows_the_latest_draft_marked_as_draft(client, article, desk):
    path = make_link(client, desk.politics_editor, article)
    response = client.get(path)
    assert response.status_code == 200
    assert_private(response)
    soup = assert_public_html(response.content.decode())
    assert soup.h1.get_text() == DRAFT_HEADLINE
    assert PUBLISHED_HEADLINE not in response.content.decode()
    banner = soup.select_one(".draft-banner")
    assert banner is not None and "Draft — not published" in banner.get_text()
    # The tools would hand out the published version's PDF and the public address.
    assert soup.select_one(".tools") is None
    # The public page is unchanged.
    assert PUBLISHED_HEADLINE in client.get(article.url).content.decode()
    link = PreviewLink.objects.get()
    assert link.use_count == 1 and link.last_used_at is not None
    client.get(path)
    link.refresh_from_db()
    assert link.use_count == 2


def test_a_never_published_article_can_be_previewed(client, newsroom, desk):
    from tests import factories

    draft = factories.ArticlePageFactory.build(
        headline=DRAFT_HEADLINE, slug="secret-vote", primary_section=newsroom.politics, live=False
    )
    newsroom.archive.add_child(instance=draft)
    draft.save_revision(user=desk.reporter)
    path = make_link(client, desk.politics_editor, draft)
    response = client.get(path)
    assert response.status_code == 200 and DRAFT_HEADLINE in response.content.decode()
    assert client.get(ArticlePage.objects.get(pk=draft.pk).url).status_code == 404


def test_a_staff_session_is_not_needed_and_no_cookie_is_set(client, article, desk):
    path = make_link(client, desk.politics_editor, article)
    response = client.get(path)
    assert response.status_code == 200 and not response.cookies
    assert "sessionid" not in client.cookies and "csrftoken" not in client.cookies


def test_the_link_cannot_be_posted_to(client, article, desk):
    path = make_link(client, desk.politics_editor, article)
    assert client.post(path).status_code in (403, 405)


@pytest.mark.parametrize(
    "path",
    [
        "/preview/" + "a" * 10_000 + "/",
        "/preview/../",
        "/preview/../../etc/passwd",
        "/preview/..%2F..%2Fetc%2Fpasswd/",
        "/preview/%00/",
        "/preview/" + "a" * 42 + "%00/",
        "/preview/%ff%fe%c0%af/",
        "/preview/%25%32%65%25%32%65/",
        "/preview/%E2%80%AE" + "a" * 40 + "/",
        "/preview/",
        "/preview/a/b/c/",
        "/preview/" + "A" * 43 + "/",
        "/preview/" + "A" * 43 + "/extra/",
    ],
)
def test_malformed_and_unknown_links_get_the_not_valid_page(client, newsroom, path):
    assert_not_valid(client.get(path))


def test_a_link_one_character_off_is_not_valid(client, article, desk):
    path = make_link(client, desk.politics_editor, article)
    token = path.split("/")[2]
    other = ("B" if token[-1] == "A" else "A").join([token[:-1], ""])
    assert_not_valid(client.get(f"/preview/{other}/"))
    assert client.get(path).status_code == 200


def test_a_revoked_link_no_longer_works(client, article, desk):
    path = make_link(client, desk.politics_editor, article)
    client.force_login(desk.politics_editor)
    client.post(revoke_url(PreviewLink.objects.get()))
    client.logout()
    revoked = client.get(path)
    assert_not_valid(revoked)
    # Indistinguishable from a link that never existed.
    assert revoked.content == client.get("/preview/" + "A" * 43 + "/").content


def test_an_expired_link_no_longer_works(client, article, desk):
    path = make_link(client, desk.politics_editor, article, lifetime="1h")
    PreviewLink.objects.update(expires_at=timezone.now() - datetime.timedelta(seconds=1))
    expired = client.get(path)
    assert_not_valid(expired)
    assert expired.content == client.get("/preview/" + "A" * 43 + "/").content
    assert PreviewLink.objects.get().use_count == 0


def test_a_link_to_a_deleted_page_no_longer_works(client, article, desk):
    path = make_link(client, desk.politics_editor, article)
    article.delete()
    assert_not_valid(client.get(path))
    assert not PreviewLink.objects.exists()


def test_a_link_stops_working_when_its_maker_loses_the_section(client, newsroom, article, desk):
    path = make_link(client, desk.politics_editor, article)
    assert client.get(path).status_code == 200
    DeskAssignment.objects.get(user=desk.politics_editor).sections.set([newsroom.culture])
    assert_not_valid(client.get(path))


def test_a_link_stops_working_when_its_maker_is_deactivated_or_deleted(client, article, desk):
    path = make_link(client, desk.politics_editor, article)
    desk.politics_editor.is_active = False
    desk.politics_editor.save()
    assert_not_valid(client.get(path))
    desk.politics_editor.is_active = True
    desk.politics_editor.save()
    assert client.get(path).status_code == 200
    desk.politics_editor.delete()
    assert_not_valid(client.get(path))


def test_a_client_opening_links_too_fast_is_asked_to_wait_before_any_query(
    client, article, desk, settings
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    settings.MASTHEAD_PREVIEW_RATE_LIMIT = 3
    path = make_link(client, desk.politics_editor, article)
    assert client.get(path).status_code == 200
    assert_not_valid(client.get("/preview/" + "x" * 43 + "/"))  # guesses count too
    assert client.get(path).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        refused = client.get(path)
    assert refused.status_code == 429
    assert 1 <= int(refused["Retry-After"]) <= settings.MASTHEAD_PREVIEW_RATE_WINDOW
    assert_private(refused)
    assert "Wait" in refused.content.decode() and DRAFT_HEADLINE not in refused.content.decode()
    assert queries.captured_queries == []
    # The refused request was not counted as a use of the link.
    assert PreviewLink.objects.get().use_count == 2
    # Another reader's address has its own count.
    assert client.get(path, REMOTE_ADDR="192.0.2.7").status_code == 200
