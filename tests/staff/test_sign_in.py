"""Staff sign-in: a second factor before anything, throttling, lock-outs, the audit log."""

import datetime
import re

import pytest
import time_machine
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from tests.staff.totp import code_now, give_totp

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery staple 1917"
THROTTLED = "Too many failed login attempts"
LOCKED_OUT = "Too many failed sign-ins"


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    # Rate limits and used codes live in the cache; one test's must not leak into the next.
    cache.clear()


@pytest.fixture
def editor():
    user = get_user_model().objects.create_user("marta", "marta@example.org", PASSWORD)
    user.groups.add(Group.objects.get(name="Editors in chief"))
    return user


def sign_in(client, login=None, password=PASSWORD, address="203.0.113.7"):
    return client.post(
        reverse("account_login"),
        {"login": login or "marta", "password": password},
        REMOTE_ADDR=address,
    )


def second_factor(client, code, address="203.0.113.7"):
    return client.post(reverse("mfa_authenticate"), {"code": code}, REMOTE_ADDR=address)


def admin_status(client, address="203.0.113.7") -> tuple[int, str]:
    response = client.get("/admin/", REMOTE_ADDR=address)
    return response.status_code, response.get("Location", "")


def audit(user, action) -> int:
    return ModelLogEntry.objects.filter(
        content_type__model="user", object_id=str(user.pk), action=action
    ).count()


def test_wagtails_own_sign_in_and_reset_lead_to_the_one_that_asks_for_a_second_factor(client):
    assert client.get("/admin/login/?next=/admin/pages/")["Location"].startswith(
        reverse("account_login")
    )
    assert client.get("/admin/password_reset/")["Location"] == reverse("account_reset_password")
    assert client.get("/admin/")["Location"].startswith("/accounts/login/")


def test_nobody_signs_themselves_up(client):
    response = client.post(
        reverse("account_signup"),
        {
            "username": "intruder",
            "email": "x@example.org",
            "password1": PASSWORD,
            "password2": PASSWORD,
        },
    )
    assert not get_user_model().objects.filter(username="intruder").exists()
    assert response.status_code in (200, 302, 403)


def test_a_correct_password_without_a_second_factor_opens_nothing(
    client, editor, django_capture_on_commit_callbacks
):
    sign_in(client)
    status, location = admin_status(client)
    assert status == 302 and location == reverse("mfa_index")
    for path in ("/admin/pages/", "/admin/users/", f"/admin/pages/{1}/"):
        assert client.get(path).status_code == 302
    # Setting up an authenticator app (with a valid code from it) opens the admin.
    # Adding a factor asks for the password again: a session left open is not enough.
    assert client.get(reverse("mfa_activate_totp")).status_code == 302
    client.post(reverse("account_reauthenticate"), {"password": PASSWORD})
    client.get(reverse("mfa_activate_totp"))
    secret = client.session["mfa.totp.secret"]
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("mfa_activate_totp"), {"code": code_now(secret)})
    assert response.status_code == 302
    assert admin_status(client)[0] == 200
    added = ModelLogEntry.objects.filter(
        object_id=str(editor.pk), action="masthead.second_factor_added"
    )
    # allauth makes recovery codes along with the first factor.
    assert {entry.data["type"] for entry in added} == {"totp", "recovery_codes"}


def test_with_a_second_factor_the_password_alone_is_not_a_sign_in(client, editor):
    give_totp(editor)
    response = sign_in(client)
    assert response["Location"] == reverse("mfa_authenticate")
    assert admin_status(client)[1].startswith("/accounts/login/")
    # A wrong code: still out.
    wrong = f"{(int(code_now()) + 1) % 1_000_000:06d}"
    assert second_factor(client, wrong).status_code == 200
    assert admin_status(client)[1].startswith("/accounts/login/")
    assert second_factor(client, code_now()).status_code == 302
    assert admin_status(client)[0] == 200
    assert audit(editor, "masthead.login") == 1


def test_a_totp_code_works_once(client, editor):
    give_totp(editor)
    code = code_now()
    sign_in(client)
    assert second_factor(client, code).status_code == 302
    client.post(reverse("account_logout"))
    # Someone who watched the code being typed tries it at once.
    sign_in(client)
    response = second_factor(client, code)
    assert response.status_code == 200 and "Incorrect code" in response.content.decode()
    assert admin_status(client)[1].startswith("/accounts/login/")


def test_twenty_wrong_passwords_are_throttled_logged_and_do_not_lock_the_editor_out(client, editor):
    give_totp(editor)
    with time_machine.travel(timezone.now(), tick=True) as clock:
        pages = [sign_in(client, password=f"guess-{n}").content.decode() for n in range(20)]
        # Throttled: after five tries the form stops checking passwords, even the right one
        # (allauth's pause, or axes' lock-out page).
        assert all(THROTTLED in page or LOCKED_OUT in page for page in pages[5:])
        assert re.search(f"{THROTTLED}|{LOCKED_OUT}", sign_in(client).content.decode())
        assert AccessAttempt.objects.get(username="marta", ip_address="203.0.113.7")
        # Logged, against the account, without the passwords tried.
        assert audit(editor, "masthead.login_failed") == 5
        assert "guess" not in AccessAttempt.objects.get(username="marta").post_data
        # Six minutes later the real editor, from their own address, gets in; the attacker's
        # address stays locked out for a quarter of an hour.
        clock.shift(datetime.timedelta(minutes=6))
        laptop = client_for_new_device()
        assert sign_in(laptop, address="198.51.100.20")["Location"] == reverse("mfa_authenticate")
        assert second_factor(laptop, code_now(), "198.51.100.20").status_code == 302
        assert admin_status(laptop, "198.51.100.20")[0] == 200
        assert sign_in(client).status_code == 429


def client_for_new_device():
    from django.test import Client

    return Client()


def test_password_reset_does_not_skip_the_second_factor(client, editor):
    give_totp(editor)
    client.post(reverse("account_reset_password"), {"email": "marta@example.org"})
    assert len(mail.outbox) == 1
    link = next(
        word for word in mail.outbox[0].body.split() if "/accounts/password/reset/key/" in word
    )
    form_page = client.get(link, follow=True)
    new_password = "a brand new passphrase for 2027"
    response = client.post(
        form_page.redirect_chain[-1][0] if form_page.redirect_chain else link,
        {"password1": new_password, "password2": new_password},
    )
    assert response.status_code == 302
    editor.refresh_from_db()
    assert editor.check_password(new_password)
    # Reset, but not signed in; and signing in with the new password still asks for the code.
    assert admin_status(client)[1].startswith("/accounts/login/")
    assert sign_in(client, password=new_password)["Location"] == reverse("mfa_authenticate")
    assert admin_status(client)[1].startswith("/accounts/login/")


def test_an_administrator_sees_and_ends_a_colleagues_sessions(client, editor):
    give_totp(editor)
    laptop = client_for_new_device()
    sign_in(laptop)
    second_factor(laptop, code_now())
    assert admin_status(laptop)[0] == 200

    admin = get_user_model().objects.create_user("ops", "ops@example.org", PASSWORD)
    admin.groups.add(Group.objects.get(name="Administrators"))
    client.force_login(admin)
    url = reverse("masthead_staff:sessions", args=[editor.pk])
    page = client.get(url)
    assert page.status_code == 200 and "203.0.113.7" in page.content.decode()
    client.post(url)
    assert admin_status(laptop)[1].startswith("/accounts/login/")
    assert audit(editor, "masthead.sessions_ended") == 1
    # An editor in chief is not a user administrator.
    other = client_for_new_device()
    other.force_login(editor)
    assert other.get(url).status_code in (302, 403)


def test_behind_a_proxy_lock_outs_count_the_clients_address(client, editor, settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    for n in range(6):
        client.post(
            reverse("account_login"),
            {"login": "marta", "password": f"guess-{n}"},
            REMOTE_ADDR="127.0.0.1",
            HTTP_X_FORWARDED_FOR="203.0.113.66",
        )
    assert AccessAttempt.objects.filter(ip_address="203.0.113.66").exists()
    assert not AccessAttempt.objects.filter(ip_address="127.0.0.1").exists()


def form_fields(html: str) -> dict:
    """The values a browser would send from the page's main form, as a dict of lists."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    forms = [
        f for f in soup.find_all("form") if f.find("input", attrs={"name": "csrfmiddlewaretoken"})
    ]
    form = max(forms, key=lambda f: len(f.find_all(["input", "select", "textarea"])))
    data: dict[str, list[str]] = {}
    for field in form.find_all(["input", "select", "textarea"]):
        name = field.get("name")
        if not name or field.get("type") in ("submit", "button", "file"):
            continue
        if field.name == "select":
            chosen = [
                o.get("value", "") for o in field.find_all("option") if o.has_attr("selected")
            ]
            data.setdefault(name, []).extend(chosen)
        elif field.get("type") in ("checkbox", "radio"):
            if field.has_attr("checked"):
                data.setdefault(name, []).append(field.get("value", "on"))
        else:
            data.setdefault(name, []).append(
                field.text if field.name == "textarea" else field.get("value", "")
            )
    return data


def test_group_and_permission_changes_are_in_the_audit_log(client, editor):
    admin = get_user_model().objects.create_user("ops", "ops@example.org", PASSWORD)
    admin.groups.add(Group.objects.get(name="Administrators"))
    client.force_login(admin)
    # An administrator makes the editor a section editor as well.
    url = reverse("wagtailusers_users:edit", args=[editor.pk])
    data = form_fields(client.get(url).content.decode())
    data.update(first_name=["Marta"], last_name=["Lind"])  # the admin's form requires both
    data["groups"] = [
        str(Group.objects.get(name="Editors in chief").pk),
        str(Group.objects.get(name="Section editors").pk),
    ]
    assert client.post(url, data).status_code == 302
    assert editor.groups.filter(name="Section editors").exists()
    entry = ModelLogEntry.objects.filter(
        content_type__model="user", object_id=str(editor.pk), action="wagtail.edit"
    ).get()
    assert entry.user == admin and entry.timestamp is not None
    # And changes what a role may do.
    group = Group.objects.get(name="Contributors")
    url = reverse("wagtailusers_groups:edit", args=[group.pk])
    data = form_fields(client.get(url).content.decode())
    data["name"] = ["Contributors"]
    assert client.post(url, data).status_code == 302
    assert ModelLogEntry.objects.filter(
        content_type__model="group", object_id=str(group.pk), action="wagtail.edit", user=admin
    ).exists()


def test_a_factor_set_up_elsewhere_does_not_open_an_older_password_only_session(
    client, editor, django_capture_on_commit_callbacks
):
    # Someone with the phished password signs in first; the admin stays shut for them.
    sign_in(client, address="192.0.2.99")
    assert admin_status(client, "192.0.2.99")[1] == reverse("mfa_index")
    # Later the real editor signs in and sets up an authenticator app.
    own = client_for_new_device()
    sign_in(own)
    own.post(reverse("account_reauthenticate"), {"password": PASSWORD})
    own.get(reverse("mfa_activate_totp"))
    with django_capture_on_commit_callbacks(execute=True):
        own.post(reverse("mfa_activate_totp"), {"code": code_now(own.session["mfa.totp.secret"])})
    assert admin_status(own)[0] == 200
    # The first session still has not proved anything: it is asked for the code.
    status, location = admin_status(client, "192.0.2.99")
    assert status == 302 and location.startswith(reverse("mfa_reauthenticate"))


def test_guessing_from_elsewhere_does_not_pause_the_editors_own_browser(client, editor):
    """Someone who keeps guessing keeps the password sign-in of strangers paused, not the
    editor's: their browser signed in before and counts its failures apart."""
    give_totp(editor)
    sign_in(client, address="198.51.100.20")
    assert second_factor(client, code_now(), "198.51.100.20").status_code == 302
    assert client.cookies["masthead_known_browser"]["path"] == "/accounts/"
    client.post(reverse("account_logout"), REMOTE_ADDR="198.51.100.20")

    attacker = client_for_new_device()
    pages = [
        sign_in(attacker, password=f"guess-{n}", address=f"203.0.113.{n}").content.decode()
        for n in range(20)
    ]
    assert all(THROTTLED in page for page in pages[5:])
    # At once, with the attack going on, the editor's own browser still gets to the second step;
    # a browser without the cookie is paused.
    with time_machine.travel(timezone.now() + datetime.timedelta(seconds=30)):
        assert sign_in(client, address="198.51.100.20")["Location"] == reverse("mfa_authenticate")
        assert (
            THROTTLED in sign_in(client_for_new_device(), address="198.51.100.99").content.decode()
        )


def test_a_known_browser_cookie_names_one_account_and_cannot_be_forged(client, editor):
    give_totp(editor)
    get_user_model().objects.create_user("pavel", "pavel@example.org", PASSWORD)
    sign_in(client)
    second_factor(client, code_now())
    client.post(reverse("account_logout"))
    for n in range(6):
        sign_in(
            client_for_new_device(), login="pavel", password=f"guess-{n}", address="203.0.113.9"
        )
    # Marta's browser is known for marta only, and a made-up cookie is worth nothing.
    assert THROTTLED in sign_in(client, login="pavel").content.decode()
    forged = client_for_new_device()
    forged.cookies["masthead_known_browser"] = "eyJsb2dpbnMiOlsicGF2ZWwiXX0:forged"
    assert THROTTLED in sign_in(forged, login="pavel").content.decode()
