"""An editor creates and publishes an article through the admin forms."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from masthead.articles.models import ArticlePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client):
    user = get_user_model().objects.create_superuser("chief", "chief@example.org", "pw")
    client.force_login(user)
    return client


def article_form(newsroom, **overrides):
    data = {
        "headline": "Court frees three journalists after a year in detention",
        "standfirst": "The judge said the prosecution had failed to present evidence.",
        "slug": "court-frees-journalists",
        "bylines": inline_formset([{"author": newsroom.reporters[0].pk, "agency": ""}]),
        "primary_section": newsroom.politics.pk,
        "topics": [newsroom.topic.pk],
        "lead_photo": newsroom.photo.pk,
        "body": streamfield(
            [
                ("paragraph", rich_text("<p>The three were arrested last spring.</p>")),
                ("subheading", "A year in detention"),
                ("quote", {"text": "We never stopped working.", "attribution": "One of the three"}),
                ("pull_quote", {"text": "We never stopped working."}),
                ("fact_box", {"title": "The case", "body": rich_text("<p>Arrested in May.</p>")}),
                ("photo", {"photo": newsroom.photo.pk, "caption": ""}),
                (
                    "link_card",
                    {
                        "url": "https://example.org/ruling",
                        "title": "The ruling",
                        "description": "Full text of the decision",
                        "site_name": "Court archive",
                    },
                ),
            ]
        ),
        "updated_at": "",
        "notes": inline_formset([]),
        "action-publish": "publish",
    }
    data.update(overrides)
    return nested_form_data(data)


def add_url(newsroom):
    return reverse("wagtailadmin_pages:add", args=("articles", "articlepage", newsroom.archive.pk))


def test_editor_creates_and_publishes_an_article_that_readers_see(newsroom, editor_client, client):
    response = editor_client.post(add_url(newsroom), article_form(newsroom))
    assert response.status_code == 302, response.content.decode()[:3000]
    article = ArticlePage.objects.get(slug="court-frees-journalists")
    assert article.live and article.title == article.headline
    assert [b.author for b in article.bylines.all()] == [newsroom.reporters[0]]
    html = client.get(article.url).content.decode()
    assert "Court frees three journalists after a year in detention" in html
    assert "We never stopped working." in html and "Court archive" in html


def test_byline_needs_an_author_or_an_agency_not_both(newsroom, editor_client):
    form = article_form(
        newsroom,
        bylines=inline_formset([{"author": newsroom.reporters[0].pk, "agency": "Baltic Wire"}]),
    )
    response = editor_client.post(add_url(newsroom), form)
    assert response.status_code == 200
    assert "Choose an author or type an agency name, not both." in response.content.decode()
    assert not ArticlePage.objects.filter(slug="court-frees-journalists").exists()


def test_link_card_refuses_javascript_addresses(newsroom, editor_client):
    form = article_form(
        newsroom,
        body=streamfield(
            [
                (
                    "link_card",
                    {
                        "url": "javascript:alert(1)",
                        "title": "x",
                        "description": "",
                        "site_name": "",
                    },
                )
            ]
        ),
    )
    response = editor_client.post(add_url(newsroom), form)
    assert response.status_code == 200
    assert not ArticlePage.objects.filter(slug="court-frees-journalists").exists()


def test_headline_of_300_characters_is_accepted(newsroom, editor_client, client):
    headline = ("A very long headline about the budget negotiations " * 8)[:300]
    response = editor_client.post(add_url(newsroom), article_form(newsroom, headline=headline))
    assert response.status_code == 302
    article = ArticlePage.objects.get(slug="court-frees-journalists")
    assert article.headline == headline and len(article.title) == 255
    assert headline in client.get(article.url).content.decode()
