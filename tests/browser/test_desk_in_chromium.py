"""The desk in a real browser: sign in with an authenticator code, submit, a colleague approves,
readers see the article."""

import pytest
from django.core.cache import cache

from masthead.articles.models import ArticlePage
from tests import factories
from tests.staff.totp import code_now, give_totp

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "a long passphrase for the desk"


@pytest.fixture
def people(newsroom, roles):
    contributor = factories.make_staff("lena", "contributor", [newsroom.politics])
    editor = factories.make_staff("oskar", "section_editor", [newsroom.politics])
    for user in (contributor, editor):
        user.set_password(PASSWORD)
        user.save()
        give_totp(user)
    return contributor, editor


def sign_in(page, base_url, username):
    page.goto(base_url + "/admin/")
    assert "/accounts/login/" in page.url
    page.fill("input[name=login]", username)
    page.fill("input[name=password]", PASSWORD)
    page.click("form[action='/accounts/login/'] button[type=submit]")
    page.wait_for_url("**/accounts/2fa/authenticate/")
    page.fill("input[name=code]", code_now())
    page.click("button[type=submit]")
    page.wait_for_url(base_url + "/admin/")


def test_sign_in_with_a_code_submit_approve_and_readers_see_it(
    newsroom, people, live_server, settings, browser
):
    settings.MASTHEAD_SITE_URL = live_server.url
    cache.clear()
    contributor, editor = people
    draft = factories.ArticlePageFactory.build(
        headline="Mayor's office admits the bridge repairs were never tendered",
        slug="bridge-repairs",
        primary_section=newsroom.politics,
        owner=contributor,
        live=False,
    )
    newsroom.archive.add_child(instance=draft)
    draft.save_revision(user=contributor)
    edit_url = f"{live_server.url}/admin/pages/{draft.pk}/edit/"

    writer = browser.new_context().new_page()
    sign_in(writer, live_server.url, "lena")
    writer.goto(edit_url)
    # A contributor cannot publish: the menu offers review instead.
    assert writer.locator("button[name='action-publish']").count() == 0
    writer.locator("footer [data-w-dropdown-target='toggle']").first.click()
    writer.locator("button[name='action-submit']").click()
    writer.wait_for_load_state()
    assert ArticlePage.objects.get(pk=draft.pk).workflow_in_progress
    assert not ArticlePage.objects.get(pk=draft.pk).live

    reviewer = browser.new_context().new_page()
    sign_in(reviewer, live_server.url, "oskar")
    reviewer.goto(edit_url)
    reviewer.locator("footer [data-w-dropdown-target='toggle']").first.click()
    reviewer.locator("button[data-workflow-action-name='approve']").first.click()
    reviewer.wait_for_load_state()

    article = ArticlePage.objects.get(pk=draft.pk)
    assert article.live
    reader = browser.new_context(java_script_enabled=False).new_page()
    reader.goto(live_server.url + article.url)
    assert reader.locator("h1").inner_text() == article.headline
