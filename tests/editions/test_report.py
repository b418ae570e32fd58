"""The editors' translations report: what has no translation yet, what fell behind its original."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import timezone

from masthead.articles.models import ArticlePage
from tests import factories
from tests.editions.conftest import publish_translation

pytestmark = pytest.mark.django_db

REPORT = "/admin/reports/translations/"


def report(client, user) -> BeautifulSoup:
    client.force_login(user)
    response = client.get(REPORT)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def titles(soup, table: str) -> list[str]:
    return [
        row.select_one("td a").get_text() for row in soup.select(f"[data-report={table}] tbody tr")
    ]


def test_the_report_lists_untranslated_and_outdated_articles(newsroom, russian, roles, client):
    untranslated = newsroom.publish_article(headline="Opera season opens", slug="opera")
    translated = newsroom.publish_article(headline="Budget vote", slug="budget-vote")
    current = publish_translation(translated, russian, headline="Голосование по бюджету")
    changed = newsroom.publish_article(headline="Bridge repairs", slug="bridge")
    behind = publish_translation(changed, russian, headline="Ремонт моста")
    # The original changed after its translation was last published.
    ArticlePage.objects.filter(pk=changed.pk).update(
        last_published_at=timezone.now() + datetime.timedelta(hours=1)
    )
    russian_only = factories.ArticlePageFactory.build(
        headline="Только по-русски", slug="tolko", primary_section=russian.politics
    )
    russian.archive.add_child(instance=russian_only)
    russian_only.save_revision().publish()

    soup = report(client, factories.make_staff("marta", "chief"))
    assert titles(soup, "missing-ru") == ["Opera season opens"]
    assert titles(soup, "missing-en") == ["Только по-русски"]
    assert titles(soup, "outdated") == ["Ремонт моста"]
    assert current.headline not in soup.decode()
    translate = reverse("simple_translation:submit_page_translation", args=[untranslated.pk])
    assert soup.select_one("[data-report=missing-ru] a.button")["href"] == translate
    assert soup.select_one("[data-report=outdated] a.button")["href"] == reverse(
        "wagtailadmin_pages:history", args=[changed.pk]
    )
    assert behind.pk


def test_a_section_editor_sees_only_their_sections(newsroom, russian, roles, client):
    newsroom.publish_article(headline="Opera season opens", slug="opera", section=newsroom.culture)
    newsroom.publish_article(headline="Budget vote", slug="budget-vote")
    soup = report(client, factories.make_staff("ida", "section_editor", [newsroom.culture]))
    assert titles(soup, "missing-ru") == ["Opera season opens"]


def test_only_translators_see_the_report(newsroom, roles, client):
    contributor = factories.make_staff("lena", "contributor", [newsroom.politics])
    client.force_login(contributor)
    assert client.get(REPORT).status_code == 403
    assert REPORT not in client.get("/admin/").content.decode()
    client.force_login(factories.make_staff("pavel", "reporter", [newsroom.politics]))
    assert REPORT in client.get("/admin/").content.decode()
