"""The desk in a real browser: sign in with an authenticator code, submit, a colleague approves,
readers see the article."""

import pytest
from allauth.mfa.models import Authenticator
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


def test_a_locked_out_editor_still_gets_in_with_a_passkey(
    newsroom, people, live_server, settings, browser
):
    """Someone guessing an editor's password pauses password sign-in; the passkey still works."""
    settings.MASTHEAD_SITE_URL = live_server.url
    cache.clear()
    context = browser.new_context()
    page = context.new_page()
    # Chromium's own virtual authenticator: a passkey held by "this laptop".
    cdp = context.new_cdp_session(page)
    cdp.send("WebAuthn.enable")
    cdp.send(
        "WebAuthn.addVirtualAuthenticator",
        {
            "options": {
                "protocol": "ctap2",
                "transport": "internal",
                "hasResidentKey": True,
                "hasUserVerification": True,
                "isUserVerified": True,
                "automaticPresenceSimulation": True,
            }
        },
    )
    sign_in(page, live_server.url, "oskar")
    page.goto(live_server.url + "/accounts/2fa/webauthn/add/")
    # Adding a key asks for the password again, whatever the session has done.
    page.fill("input[name=password]", PASSWORD)
    page.click("main form button[type=submit]")
    page.wait_for_url("**/accounts/2fa/webauthn/add/")
    page.fill("input[name=name]", "Work laptop")
    page.check("input[name=passwordless]")
    page.click("#mfa_webauthn_add")
    page.wait_for_url(lambda url: "/webauthn/add/" not in url)
    assert Authenticator.objects.filter(user__username="oskar", type="webauthn").exists()
    page.goto(live_server.url + "/accounts/logout/")
    page.click("main form button[type=submit]")

    for attempt in range(8):
        page.goto(live_server.url + "/accounts/login/")
        page.fill("input[name=login]", "oskar")
        page.fill("input[name=password]", f"wrong guess {attempt}")
        page.click("form[action='/accounts/login/'] button[type=submit]")
    page.goto(live_server.url + "/accounts/login/")
    page.fill("input[name=login]", "oskar")
    page.fill("input[name=password]", PASSWORD)
    page.click("form[action='/accounts/login/'] button[type=submit]")
    assert "/accounts/2fa/authenticate/" not in page.url  # the password is not even checked

    page.goto(live_server.url + "/accounts/login/")
    page.click("#passkey_login")
    page.wait_for_url(lambda url: "/accounts/login/" not in url)
    page.goto(live_server.url + "/admin/")
    assert page.url == live_server.url + "/admin/"
    assert page.locator("main").count() == 1
