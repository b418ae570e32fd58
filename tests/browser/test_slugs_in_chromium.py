"""Russian titles give the same slug in the admin (Wagtail's own JavaScript, in Chromium) as in
code (`slugify_title`, used by the demo and by scripts)."""

import pytest
from django.core.cache import cache
from wagtail.models import Locale

from masthead.editions.slugs import slugify_title
from tests import factories
from tests.browser.test_desk_in_chromium import PASSWORD, sign_in
from tests.staff.totp import give_totp

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TITLES = [
    "Выборы в Государственную думу: итоги",
    "Щедрый вечер — ёлки, ящики и объезд",
    "Съезд «Единой России» перенесли",
    "Цены на хлеб выросли на 15%",
    "ЧЕЧНЯ И ДАГЕСТАН: ЧТО ИЗВЕСТНО",
    "Эксперт: «Юань заменит доллар?»",
    "Жители Хабаровска вышли на улицы",
    "Шойгу, Герасимов и «Вагнер»",
    "Мэр Москвы — о пробках",
    "Фильм «Брат-2» покажут в кино",
    "Объём экспорта — 2,5 млрд $",
    "Київ і Харків: новини",
    "Café “Пушкин” re-opens",
    "   — Пробелы вокруг —   ",
    "Ъ ь Ы",
]


def test_admin_and_code_make_the_same_russian_slugs(newsroom, roles, live_server, browser):
    cache.clear()
    russian = Locale.objects.get(language_code="ru")
    home = newsroom.home.copy_for_translation(russian)
    home.save_revision().publish()
    archive = newsroom.archive.copy_for_translation(russian)
    archive.save_revision().publish()
    editor = factories.make_staff("oskar", "section_editor", [newsroom.politics])
    editor.set_password(PASSWORD)
    editor.save()
    give_totp(editor)

    page = browser.new_context().new_page()
    sign_in(page, live_server.url, "oskar")
    page.goto(f"{live_server.url}/admin/pages/add/articles/articlepage/{archive.pk}/")
    admin_slugs = page.evaluate(
        """(titles) => {
            const field = document.querySelector('input[name="slug"]');
            const slug = window.wagtail.app.getControllerForElementAndIdentifier(field, "w-slug");
            const urlify = (value) => slug.urlify({detail: {value}}, {ignoreUpdate: true});
            return titles.map(urlify);
        }""",
        TITLES,
    )
    assert admin_slugs == [slugify_title(title) for title in TITLES]
    assert admin_slugs[0] == "vybory-v-gosudarstvennuyu-dumu-itogi"
    # As an editor works: typing the headline of a new article fills its slug.
    page.locator("input[name=headline]").press_sequentially(TITLES[1])
    page.locator("input[name=headline]").blur()
    # The sync waits for typing to pause.
    page.wait_for_function(
        "document.querySelector('[name=slug]').value !== ''", polling=100, timeout=5000
    )
    assert page.input_value("input[name=slug]") == slugify_title(TITLES[1])
