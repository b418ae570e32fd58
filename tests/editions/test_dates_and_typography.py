"""The Russian edition writes dates as "19 июня 2024" and sets text in Russian typography;
hostile text stays text."""

import pytest
from django.template import Context, Template
from django.utils import translation

from masthead.editions.typography import NBSP, set_text
from tests.assertions import assert_public_page
from tests.editions.conftest import publish_translation

pytestmark = pytest.mark.django_db

HOSTILE = '"Ночь" - <script>alert("x")</script><img src=x onerror="alert(1)">'


def test_dates_are_written_as_each_edition_writes_them(newsroom, russian, client, june_19):
    original = newsroom.publish_article(headline="Budget vote", slug="budget-vote", when=june_19)
    translation = publish_translation(original, russian, headline="Голосование по бюджету")
    type(translation).objects.filter(pk=translation.pk).update(
        first_published_at=june_19, permalink_date=june_19.date()
    )
    translation.refresh_from_db()
    english = assert_public_page(client.get(original.url))
    assert english.select_one(".article__dates time").get_text() == "19 June 2024, 12:00"
    page = assert_public_page(client.get(translation.url))
    assert page.select_one(".article__dates time").get_text() == "19 июня 2024, 12:00"
    assert "19 июня 2024" in page.select_one(".article__source").get_text()
    front = assert_public_page(client.get("/ru/novosti/politika/"))
    assert front.select_one(".teaser__meta time").get_text() == "19 июня 2024"


def test_russian_headlines_standfirsts_and_captions_get_russian_typography(
    newsroom, russian, client
):
    newsroom.photo.caption = 'Митинг "За выборы" - в центре города'
    newsroom.photo.save()
    original = newsroom.publish_article(headline='He said "no" - twice', slug="no")
    translation = publish_translation(
        original,
        russian,
        headline='Мэр сказал "нет" - и ушёл',
        standfirst='Депутаты ответили: "Мы "против"" — в зале',
    )
    page = assert_public_page(client.get(translation.url))
    assert page.h1.get_text() == f"Мэр сказал «нет»{NBSP}— и{NBSP}ушёл"
    assert page.select_one(".article__standfirst").get_text() == (
        f"Депутаты ответили: «Мы „против“»{NBSP}— в{NBSP}зале"
    )
    caption = page.select_one(".photo--lead .photo__caption").get_text()
    assert caption == f"Митинг «За выборы»{NBSP}— в{NBSP}центре города"
    teaser = assert_public_page(client.get("/ru/")).select_one(".teaser__headline")
    assert teaser.get_text() == f"Мэр сказал «нет»{NBSP}— и{NBSP}ушёл"
    # The English edition keeps the text as typed.
    assert assert_public_page(client.get(original.url)).h1.get_text() == 'He said "no" - twice'


def test_hostile_text_stays_text_in_the_russian_edition(newsroom, russian, client):
    newsroom.photo.caption = f'Подпись {HOSTILE} " onmouseover="alert(2)'
    newsroom.photo.save()
    original = newsroom.publish_article(headline="Budget vote", slug="budget-vote")
    translation = publish_translation(
        original, russian, headline=f"Заголовок {HOSTILE}", standfirst=f"Лид {HOSTILE}"
    )
    response = client.get(translation.url)
    page = assert_public_page(response)
    assert not page.select("main script, main img[onerror], [onmouseover]")
    # A quote right after "(" opens; after "=" nothing opens, so it stays as typed.
    assert page.h1.get_text() == f"Заголовок «Ночь»{NBSP}— <script>alert(«x»)</script><img " + (
        'src=x onerror="alert(1)">'
    )
    assert "<script>alert" not in response.content.decode()


def render(source: str, language: str, **context) -> str:
    with translation.override(language):
        return Template("{% load masthead_editions_tags %}" + source).render(Context(context))


def test_the_filter_escapes_after_setting_and_leaves_safe_html_alone():
    from django.utils.safestring import mark_safe

    assert render("{{ text|typeset }}", "ru", text='<b> "1"') == "&lt;b&gt; «1»"
    assert render("{{ text|typeset }}", "ru", text='<b a="1">') == "&lt;b a=&quot;1&quot;&gt;"
    assert render("{{ text|typeset }}", "en", text='<b a="1">') == "&lt;b a=&quot;1&quot;&gt;"
    assert render("{{ text|typeset }}", "ru", text=mark_safe('<a href="x">"a"</a>')) == (
        '<a href="x">"a"</a>'
    )
    assert render("{{ text|typeset }}", "ru", text=None) == ""


@pytest.mark.parametrize(
    ("typed", "set_as"),
    [
        ('"Газпром" и "Роснефть"', f"«Газпром» и{NBSP}«Роснефть»"),
        ('Он сказал: "Это "наш" ответ"', "Он сказал: «Это „наш“ ответ»"),
        ("“Кавычки” в тексте", f"«Кавычки» в{NBSP}тексте"),
        ("Москва — столица", f"Москва{NBSP}— столица"),
        ("2019–2024 годы", "2019–2024 годы"),
        ('экран 15"', 'экран 15"'),
        ("К обеду в Думе", f"К{NBSP}обеду в{NBSP}Думе"),
        ("из-за и", "из-за и"),
    ],
)
def test_russian_typography_rules(typed, set_as):
    assert set_text(typed, "ru") == set_as
    assert set_text(typed, "en") == typed
