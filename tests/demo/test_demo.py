"""`masthead demo` builds a complete newsroom offline, and a second run adds nothing."""

import io

import pytest
from django.core.management import call_command
from django.utils import timezone
from PIL import Image

from masthead.articles.models import ArticlePage
from masthead.demo import content
from masthead.newsroom.models import NewsroomSettings
from masthead.people.models import AuthorPage
from masthead.photos.models import Photo
from masthead.sections.models import SectionPage
from tests.assertions import assert_public_page

pytestmark = pytest.mark.django_db


def test_demo_builds_a_newsroom_once_and_only_once(client, settings):
    # Built at 13:xx newsroom time: after the noon stories were published, before their updates.
    offset = (13 - timezone.now().hour) % 24
    settings.TIME_ZONE = f"Etc/GMT{-(offset - 24 if offset > 14 else offset):+d}"
    out = io.StringIO()
    call_command("demo", stdout=out)
    assert "Admin: http://127.0.0.1:8000/admin/" in out.getvalue()
    counts = {
        "articles": ArticlePage.objects.live().count(),
        "photos": Photo.objects.count(),
        "authors": AuthorPage.objects.count(),
        "sections": SectionPage.objects.count(),
    }
    assert counts["articles"] >= 40 and counts["authors"] >= 6
    sections_used = set(ArticlePage.objects.values_list("primary_section__slug", flat=True))
    assert len(sections_used) >= 5
    # No story was updated, or published, after the demo was built.
    built = timezone.now()
    assert not ArticlePage.objects.filter(updated_at__gt=built).exists()
    assert not ArticlePage.objects.filter(last_published_at__gt=built).exists()

    NewsroomSettings.objects.update(publication_name="Renamed by an editor")
    ArticlePage.objects.filter(pk=ArticlePage.objects.first().pk).update(slug="renamed-slug")
    call_command("demo", stdout=io.StringIO())
    assert NewsroomSettings.objects.get().publication_name == "Renamed by an editor"
    assert counts == {
        "articles": ArticlePage.objects.live().count(),
        "photos": Photo.objects.count(),
        "authors": AuthorPage.objects.count(),
        "sections": SectionPage.objects.count(),
    }

    newsroom = NewsroomSettings.objects.get()
    assert newsroom.editor_in_chief and newsroom.terms_page and newsroom.privacy_page
    photo = Photo.objects.exclude(credit_agencies="").first()
    assert photo.credit_line.count(" / ") >= 1
    with photo.file.open("rb") as stored:
        assert Image.open(stored).size == (photo.width, photo.height)

    home = assert_public_page(client.get("/"))
    assert home.select_one(".front__top .teaser__headline")
    article = (
        ArticlePage.objects.live()
        .filter(locale__language_code="en")
        .order_by("-first_published_at")
        .first()
    )
    page = assert_public_page(client.get(article.url))
    assert page.h1.get_text() == article.headline


def test_demo_text_is_complete_and_consistent():
    slugs = [article["slug"] for article in content.ARTICLES]
    assert len(slugs) == len(set(slugs))
    photo_keys = {photo["key"] for photo in content.PHOTOS}
    author_slugs = {author["slug"] for author in content.AUTHORS}
    for article in content.ARTICLES:
        assert article["lead_photo"] is None or article["lead_photo"] in photo_keys
        assert set(article["authors"]) <= author_slugs
        assert article["authors"] or article["agency"]
    assert {page["slug"] for page in content.LEGAL_PAGES} == {"terms", "privacy", "about"}
