"""Every interface string has a translation in each edition's language, and readers get it.

The completeness tests extract the strings from a copy of the package with Django's
`makemessages` (GNU xgettext and msgmerge underneath), exactly as `make messages` does, and
compare them with the committed catalogue; the committed `.mo` must be what `msgfmt` makes of
the committed `.po`, so the site needs no gettext tools at run time.
"""

import ast
import gettext
import re
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale
from wagtail.users.models import UserProfile

import masthead

PACKAGE_DIR = Path(masthead.__file__).resolve().parent
SOURCE_LANGUAGE = "en"
TRANSLATED_LANGUAGES = [code for code, _name in settings.LANGUAGES if code != SOURCE_LANGUAGE]
# What `make messages` runs; the Makefile and the developers' guide use the same options.
MAKEMESSAGES_OPTIONS = {"all": True, "add_location": "file", "no_obsolete": True}
PLACEHOLDER = re.compile(r"%\((\w+)\)[sdfir]|\{(\w*)\}")

needs_gettext = pytest.mark.skipif(
    not all(shutil.which(tool) for tool in ("xgettext", "msgmerge", "msgfmt")),
    reason="GNU gettext (xgettext, msgmerge, msgfmt) is not installed; `make test-packages` "
    "installs it (Debian package `gettext`)",
)


def catalogue_path(language: str, root: Path = PACKAGE_DIR) -> Path:
    return root / "locale" / language / "LC_MESSAGES" / "django.po"


@dataclass
class Message:
    context: str | None
    msgid: str
    plural: str | None = None
    translations: list[str] = field(default_factory=list)
    fuzzy: bool = False

    @property
    def key(self) -> tuple[str | None, str]:
        return (self.context, self.msgid)

    def __str__(self) -> str:
        return f"{self.msgid!r}" + (f" (context {self.context!r})" if self.context else "")


def read_catalogue(path: Path) -> dict[tuple[str | None, str], Message]:
    """Parse a .po file into its messages, keyed by (context, msgid); obsolete ones are skipped."""
    messages = {}
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        fields: dict[str, str] = {}
        current = None
        fuzzy = False
        for line in block.splitlines():
            if line.startswith("#,"):
                fuzzy = fuzzy or "fuzzy" in line
            elif line.startswith("#"):
                continue
            elif line.startswith('"') and current:
                fields[current] += ast.literal_eval(line)
            elif line.strip():
                current, _, value = line.partition(" ")
                fields[current] = ast.literal_eval(value)
        if fields.get("msgid", "") == "":
            continue  # the header, or an obsolete message (#~ lines only)
        translations = [fields[k] for k in sorted(fields) if k.startswith("msgstr")]
        message = Message(
            fields.get("msgctxt"), fields["msgid"], fields.get("msgid_plural"), translations, fuzzy
        )
        messages[message.key] = message
    return messages


def placeholders(text: str) -> set[str]:
    return {named or positional for named, positional in PLACEHOLDER.findall(text)}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> Path:
    """A copy of the package whose catalogues `makemessages` has brought up to date."""
    copy = tmp_path_factory.mktemp("messages") / "masthead"
    shutil.copytree(PACKAGE_DIR, copy, ignore=shutil.ignore_patterns("__pycache__", "*.mo"))
    with pytest.MonkeyPatch.context() as patch, override_settings(LOCALE_PATHS=[copy / "locale"]):
        patch.chdir(copy)
        call_command("makemessages", verbosity=0, **MAKEMESSAGES_OPTIONS)
    return copy


def test_every_edition_language_has_a_catalogue():
    missing = [code for code in TRANSLATED_LANGUAGES if not catalogue_path(code).exists()]
    assert not missing, (
        f"No catalogue for {missing}: run `make messages LANGUAGE=<code>` "
        "(docs/developers/README.md, 'Translations')"
    )


@needs_gettext
@pytest.mark.parametrize("language", TRANSLATED_LANGUAGES)
def test_every_string_in_the_source_is_translated(language, extracted):
    in_source = read_catalogue(catalogue_path(language, extracted))
    committed = read_catalogue(catalogue_path(language))
    problems = []
    for key, source in in_source.items():
        message = committed.get(key)
        if message is None:
            problems.append(f"not in the catalogue: {source}")
        elif message.fuzzy:
            problems.append(f"marked fuzzy (check it, then remove the flag): {message}")
        elif not message.translations or not all(message.translations):
            problems.append(f"not translated: {message}")
        else:
            allowed = placeholders(message.plural or message.msgid)
            for text in message.translations:
                if not placeholders(text) <= allowed:
                    unknown = sorted(placeholders(text) - allowed)
                    problems.append(f"placeholders {unknown} not in the original: {message}")
    problems += [
        f"no longer in the source (run `make messages`): {committed[key]}"
        for key in committed.keys() - in_source.keys()
    ]
    assert not problems, f"{catalogue_path(language)}:\n" + "\n".join(problems)


@needs_gettext
@pytest.mark.parametrize("language", TRANSLATED_LANGUAGES)
def test_committed_mo_is_compiled_from_the_committed_po(language, tmp_path):
    po_file = catalogue_path(language)
    compiled = tmp_path / "django.mo"
    result = subprocess.run(
        ["msgfmt", "--check", "-o", str(compiled), str(po_file)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, f"msgfmt --check {po_file}:\n{result.stderr}"
    committed_mo = po_file.with_suffix(".mo")
    assert committed_mo.exists(), f"{committed_mo} is missing: run `make messages`"
    with committed_mo.open("rb") as committed, compiled.open("rb") as fresh:
        assert gettext.GNUTranslations(committed)._catalog == (
            gettext.GNUTranslations(fresh)._catalog
        ), f"{committed_mo} is older than {po_file.name}: run `make messages`"


def test_russian_strings_use_russian_quotes_and_dashes():
    """«Quotes», and a non-breaking space before a dash, as THEME.md asks of the Russian edition."""
    problems = []
    for message in read_catalogue(catalogue_path("ru")).values():
        for text in message.translations:
            prose = re.sub(r"<[^>]*>", "", text)  # quotes around HTML attributes are not prose
            if re.search(r'["“”„]', prose):
                problems.append(f"use «» quotes: {text!r}")
            if re.search(r"[ \t\n]—", prose):
                problems.append(f"use a non-breaking space before the dash: {text!r}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(
    "count, expected",
    [(1, "1 статья"), (2, "2 статьи"), (5, "5 статей"), (11, "11 статей"), (21, "21 статья")],
)
def test_russian_counts_take_the_right_plural_form(count, expected):
    with translation.override("ru"):
        text = translation.ngettext("%(counter)s article", "%(counter)s articles", count)
    assert text % {"counter": count} == expected


def skip_link(response) -> str:
    soup = BeautifulSoup(response.content, "html.parser")
    return soup.select_one("a.skip-link").get_text(strip=True)


def test_russian_edition_pages_show_the_interface_in_russian(newsroom, client):
    russian = Locale.objects.get(language_code="ru")
    newsroom.home.copy_for_translation(russian).save_revision().publish()

    home = client.get("/ru/")
    assert home.status_code == 200
    assert skip_link(home) == "Перейти к\u00a0содержанию"  # no line break after "к"
    assert "Пока ничего не опубликовано." in home.content.decode()

    missing = client.get("/ru/no-such-page/")
    assert missing.status_code == 404
    heading = BeautifulSoup(missing.content, "html.parser").h1.get_text(strip=True)
    assert heading == "Страница не найдена"

    assert skip_link(client.get("/")) == "Skip to content"


def test_staff_who_prefer_russian_get_the_admin_in_russian(db, client):
    chief = get_user_model().objects.create_superuser("chief", "chief@example.org", "pw")
    UserProfile.objects.update_or_create(user=chief, defaults={"preferred_language": "ru"})
    client.force_login(chief)
    response = client.get(reverse("masthead_baking:state"))
    assert response.status_code == 200
    assert "Что видят читатели" in response.content.decode()
