"""Feeds as feed readers get them: RSS 2.0, Atom and JSON Feed 1.1 of each listing page."""

import json
import xml.etree.ElementTree as ET

import feedparser
import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import formats, timezone
from django.utils.translation import override
from wagtail.models import Locale

from masthead.articles.models import ArticleNote, ArticlePage
from masthead.syndication.views import JSON_FEED_VERSION
from tests import factories

pytestmark = pytest.mark.django_db

LISTINGS = ["/", "/news/", "/news/politics/", "/topics/elections/", "/authors/anna-keller/"]
TYPES = {
    "feed.xml": "application/xml; charset=utf-8",
    "atom.xml": "application/xml; charset=utf-8",
    "feed.json": "application/feed+json; charset=utf-8",
}
MEDIA = "{http://search.yahoo.com/mrss/}"
HOSTILE = (
    "Tom & Jerry <script>alert(1)</script> ]]> \x01\x08 bell\x07 🗞️ \u200fعربي\u200e \u202eevil"
)


def parsed(client, url):
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    assert not response.cookies
    feed = feedparser.parse(response.content)
    assert feed.bozo == 0, (url, feed.get("bozo_exception"))
    return feed


def json_feed(client, url) -> dict:
    response = client.get(url)
    assert response.status_code == 200
    document = json.loads(response.content)
    # The spec's required fields (https://jsonfeed.org/version/1.1).
    assert document["version"] == JSON_FEED_VERSION
    assert document["title"]
    assert isinstance(document["items"], list)
    for item in document["items"]:
        assert isinstance(item["id"], str) and item["id"]
        assert item.get("content_html") or item.get("content_text")
    return document


@pytest.fixture
def story(newsroom):
    """An article with two bylines and an agency, a topic, a body photo, a link and a correction."""
    body_photo = factories.PhotoFactory(
        caption="Ballots are counted by hand.",
        credit_agencies="Reuters",
        credit_photographer="Ola Berg",
    )
    newsroom.photo.caption = "Deputies leave the chamber at dawn."
    newsroom.photo.credit_agencies = "EPA-EFE"
    newsroom.photo.credit_photographer = "Lena Wirth"
    newsroom.photo.credit_source = "POOL"
    newsroom.photo.save()
    article = newsroom.publish_article(
        headline="Budget passes at dawn",
        slug="budget-dawn",
        authors=newsroom.reporters,
        agency="Reuters",
        topics=[newsroom.topic],
        body=[
            (
                "paragraph",
                f'<p>Read <a linktype="page" id="{newsroom.culture.pk}">our culture pages</a>.</p>',
            ),
            ("photo", {"photo": body_photo, "caption": ""}),
            ("quote", {"text": "We did it.", "attribution": "The speaker"}),
        ],
    )
    revision = article.save_revision()
    draft = revision.as_object()
    draft.notes.add(ArticleNote(kind=ArticleNote.Kind.CORRECTION, text="The vote was on Tuesday."))
    revision = draft.save_revision()
    revision.publish()
    return ArticlePage.objects.get(pk=article.pk)


def test_every_listing_has_three_feeds_that_parse_without_errors(newsroom, story, client):
    for listing in LISTINGS:
        for name, content_type in TYPES.items():
            response = client.get(listing + name)
            assert response.status_code == 200, listing + name
            assert response["Content-Type"] == content_type
        rss = parsed(client, listing + "feed.xml")
        atom = parsed(client, listing + "atom.xml")
        assert rss.version == "rss20" and atom.version == "atom10"
        assert [e.title for e in rss.entries] == ["Budget passes at dawn"]
        assert [e.link for e in atom.entries] == [story.get_canonical_url()]
        assert (
            json_feed(client, listing + "feed.json")["items"][0]["url"] == story.get_canonical_url()
        )
    # The archive lists the same articles as the edition's home feed: it has none of its own.
    assert client.get("/articles/feed.xml").status_code == 404
    assert client.get("/culture/feed.xml").status_code == 200


def test_an_item_carries_full_text_credited_photo_bylines_categories_and_times(story, client):
    rss = parsed(client, "/news/politics/feed.xml")
    item = rss.entries[0]
    credit = "EPA-EFE / Lena Wirth / POOL"
    assert item.summary == "Deputies approved the spending plan by a narrow margin."
    content = item.content[0].value
    assert "The vote came" not in content  # the factory's body was replaced
    assert 'href="http://testserver/culture/"' in content
    assert "Ballots are counted by hand." in content and "Reuters / Ola Berg" in content
    assert f"Photo: {credit}" in content
    assert "Correction," in content and "The vote was on Tuesday." in content
    assert 'src="http://testserver/media/' in content
    assert [a.name for a in item.authors] == ["Anna Keller", "Pavel Orlov", "Reuters"]
    assert [t.term for t in item.tags] == ["Politics", "Elections"]
    enclosure = item.enclosures[0]
    assert enclosure.href.startswith("http://testserver/media/") and enclosure.type == "image/jpeg"
    assert item.media_credit[0]["content"] == credit
    assert item.media_content[0]["url"] == enclosure.href
    note = story.reader_notes[0]
    assert item.updated_parsed == note.published_at.utctimetuple()
    assert item.published_parsed == story.first_published_at.utctimetuple()
    root = ET.fromstring(client.get("/news/politics/feed.xml").content)
    media = root.find(f"channel/item/{MEDIA}content")
    assert media.find(f"{MEDIA}description").text == "Deputies leave the chamber at dawn."
    assert media.find(f"{MEDIA}credit").text == credit

    atom = parsed(client, "/news/politics/atom.xml").entries[0]
    assert [link.rel for link in atom.links] == ["alternate", "enclosure"]
    assert atom.updated_parsed == note.published_at.utctimetuple()
    assert "The vote was on Tuesday." in atom.content[0].value
    assert atom.authors[0] == {
        "name": "Anna Keller",
        "href": "http://testserver/authors/anna-keller/",
    }

    item = json_feed(client, "/news/politics/feed.json")["items"][0]
    assert item["image"] == enclosure.href
    assert item["attachments"][0]["mime_type"] == "image/jpeg"
    assert item["_masthead"]["image_credit"] == credit
    assert item["date_published"] == story.first_published_at.isoformat()
    assert item["date_modified"] == note.published_at.isoformat()
    assert item["tags"] == ["Politics", "Elections"]
    assert item["authors"][2] == {"name": "Reuters"}


def test_hostile_titles_still_give_well_formed_xml_and_valid_json(newsroom, client):
    article = newsroom.publish_article(slug="hostile", topics=[newsroom.topic])
    # Saving cleans control characters; an import or an old row may still hold them.
    ArticlePage.objects.filter(pk=article.pk).update(headline=HOSTILE, standfirst=HOSTILE)
    newsroom.topic.title = "Q&A <b>"
    newsroom.topic.save_revision().publish()
    expected = "Tom & Jerry <script>alert(1)</script> ]]>  bell 🗞️ \u200fعربي\u200e \u202eevil"
    for listing in LISTINGS:
        for name in ("feed.xml", "atom.xml"):
            body = client.get(listing + name).content
            ET.fromstring(body)  # well-formed, or this raises
            assert b"<script>" not in body
            entry = parsed(client, listing + name).entries[0]
            assert entry.title == expected
        item = json_feed(client, listing + "feed.json")["items"][0]
        assert item["title"] == expected and item["summary"] == expected
    rss = parsed(client, "/topics/elections/feed.xml")
    assert rss.feed.title.startswith("Q&A <b>")


def test_listing_feeds_take_the_same_number_of_queries_for_5_and_25_articles(
    newsroom, client, django_assert_num_queries
):
    photo = factories.PhotoFactory()
    for n in range(5):
        newsroom.publish_article(
            slug=f"s{n}",
            topics=[newsroom.topic],
            authors=newsroom.reporters,
            body=[("photo", {"photo": photo, "caption": ""}), ("paragraph", "<p>Text</p>")],
        )
    counts = {}
    for listing in LISTINGS:
        for name in TYPES:
            client.get(listing + name)  # renditions are made on the first render
            with CaptureQueriesContext(connection) as queries:
                client.get(listing + name)
            counts[listing + name] = len(queries)
    for n in range(5, 25):
        newsroom.publish_article(
            slug=f"s{n}",
            topics=[newsroom.topic],
            authors=newsroom.reporters,
            body=[("photo", {"photo": photo, "caption": ""}), ("paragraph", "<p>Text</p>")],
        )
    for url, count in counts.items():
        client.get(url)
        with django_assert_num_queries(count):
            response = client.get(url)
        assert (
            len(feedparser.parse(response.content).entries or json.loads(response.content)["items"])
            == 20
        )


def test_pages_link_their_feeds_and_articles_their_sections(newsroom, story, client):
    def alternates(path):
        soup = BeautifulSoup(client.get(path).content, "html.parser")
        return [
            (link["type"], link["href"]) for link in soup.select('head link[rel="alternate"][type]')
        ]

    assert alternates("/") == [
        ("application/rss+xml", "/feed.xml"),
        ("application/atom+xml", "/atom.xml"),
        ("application/feed+json", "/feed.json"),
    ]
    assert ("application/rss+xml", "/authors/anna-keller/feed.xml") in alternates(
        "/authors/anna-keller/"
    )
    assert ("application/rss+xml", "/topics/elections/feed.xml") in alternates("/topics/elections/")
    assert ("application/rss+xml", "/news/politics/feed.xml") in alternates(story.url)
    assert alternates("/terms/") == []


def test_rss_and_atom_name_the_stylesheet_a_browser_shows_them_with(newsroom, story, client):
    body = client.get("/news/feed.xml").content.decode()
    assert '<?xml-stylesheet href="/feed.xsl" media="screen" type="text/xsl"?>' in body
    assert "/feed.xsl" in client.get("/news/atom.xml").content.decode()
    response = client.get("/feed.xsl")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/xsl; charset=utf-8"
    stylesheet = ET.fromstring(response.content)
    assert stylesheet.tag == "{http://www.w3.org/1999/XSL/Transform}stylesheet"
    assert "This is a web feed" in response.content.decode()


def test_the_russian_edition_has_feeds_in_russian(newsroom, client):
    russian = Locale.objects.get(language_code="ru")
    newsroom.home.copy_for_translation(russian).save_revision().publish()
    original = newsroom.publish_article(headline="Budget vote", slug="budget-vote")
    translation = original.copy_for_translation(russian, copy_parents=True)
    translation.headline = "Голосование по бюджету"
    translation.lead_photo_caption = "Депутаты в зале заседаний."
    translation.save_revision().publish()
    draft = ArticlePage.objects.get(pk=translation.pk)
    draft.notes.add(
        ArticleNote(kind=ArticleNote.Kind.CORRECTION, text="Голосование было во вторник.")
    )
    draft.save_revision().publish()
    rss = parsed(client, "/ru/feed.xml")
    assert rss.feed.language == "ru"
    assert [e.title for e in rss.entries] == ["Голосование по бюджету"]
    # The note's date as Russian readers see it on the article (the labels come from the
    # Russian catalogue, which is kept apart).
    note = ArticlePage.objects.get(pk=translation.pk).reader_notes[0]
    with override("ru"):
        date = formats.date_format(timezone.localtime(note.published_at), "j E Y")
    assert f"{date}:</strong> Голосование было во вторник." in rss.entries[0].content[0].value
    document = json_feed(client, "/ru/feed.json")
    assert document["language"] == "ru" and document["items"][0]["language"] == "ru"
    assert "/ru/" in document["items"][0]["url"]
    # The shared photo, captioned in the edition's language.
    assert document["items"][0]["_masthead"]["image_caption"] == "Депутаты в зале заседаний."
    assert "Голосование по бюджету" not in client.get("/feed.xml").content.decode()
    assert 'href="/ru/feed.xsl"' in client.get("/ru/feed.xml").content.decode()
    assert client.get("/ru/feed.xsl").status_code == 200


def test_an_empty_listing_still_has_valid_feeds(newsroom, client):
    assert parsed(client, "/culture/feed.xml").entries == []
    assert parsed(client, "/culture/atom.xml").entries == []
    assert json_feed(client, "/culture/feed.json")["items"] == []
