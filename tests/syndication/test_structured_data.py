"""What search engines and link previews read: JSON-LD, Open Graph and Twitter cards, canonical."""

import datetime
import io
import json

import pytest
from django.contrib.staticfiles import finders
from django.core.files.images import ImageFile
from PIL import Image
from wagtail.models import Locale

from masthead.articles.models import ArticleNote, ArticlePage
from masthead.newsroom.models import NewsroomSettings
from masthead.syndication.structured_data import (
    LEAD_PICTURE_FILTERS,
    PUBLISHER_LOGO,
    PUBLISHER_LOGO_SIZE,
    json_for_script,
    open_graph_locale,
)
from tests import factories
from tests.assertions import assert_public_page, json_ld_blocks

pytestmark = pytest.mark.django_db

SITE = "http://testserver"


def add_correction(article, text):
    """An editor adds a correction to the article and publishes it."""
    page = ArticlePage.objects.get(pk=article.pk).get_latest_revision_as_object()
    page.notes.add(ArticleNote(kind=ArticleNote.Kind.CORRECTION, text=text))
    page.save_revision().publish()
    return ArticlePage.objects.get(pk=article.pk)


def translate(page, language_code="ru", **changes):
    """Translate a page as Wagtail's simple translation does, and publish the translation."""
    locale = Locale.objects.get(language_code=language_code)
    translation = page.copy_for_translation(locale, copy_parents=True)
    for name, value in changes.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    return type(page).objects.get(pk=translation.pk)


@pytest.fixture
def russian_edition(newsroom):
    return translate(newsroom.home)


def of_type(blocks, kind):
    found = [block for block in blocks if block["@type"] == kind]
    assert len(found) == 1, [block["@type"] for block in blocks]
    return found[0]


def cards(soup) -> dict[str, list[str]]:
    found = {}
    for meta in soup.select("meta[property], meta[name^='twitter:']"):
        found.setdefault(meta.get("property") or meta["name"], []).append(meta["content"])
    return found


def test_english_article_json_ld_has_every_property_with_a_correction(
    newsroom, russian_edition, client, a_june_evening
):
    article = newsroom.publish_article(
        headline="Parliament passes the budget",
        slug="budget-vote",
        authors=newsroom.reporters,
        agency="Baltic Wire",
        topics=[newsroom.topic],
        when=a_june_evening,
    )
    article = add_correction(article, "An earlier version gave the wrong date of the vote.")
    note = article.notes.get()
    translation = translate(article, headline="Парламент принял бюджет")
    soup = assert_public_page(client.get(article.url))
    canonical = f"{SITE}/articles/2026/06/19/budget-vote/"
    story = of_type(json_ld_blocks(soup), "NewsArticle")

    assert story["@context"] == "https://schema.org"
    assert story["url"] == story["mainEntityOfPage"] == canonical
    assert story["headline"] == "Parliament passes the budget"
    assert story["description"] == "Deputies approved the spending plan by a narrow margin."
    assert story["datePublished"] == "2026-06-19T23:30:00+09:00"
    # The correction is the latest change readers see: the article was modified then.
    modified = datetime.datetime.fromisoformat(story["dateModified"])
    assert modified == note.published_at.replace(microsecond=0)
    assert story["correction"] == [
        {
            "@type": "CorrectionComment",
            "text": "An earlier version gave the wrong date of the vote.",
            "datePublished": story["dateModified"],
        }
    ]
    assert story["inLanguage"] == "en"
    assert story["isAccessibleForFree"] is True
    assert story["articleSection"] == "Politics"
    assert story["keywords"] == ["Elections"]
    assert story["author"] == [
        {"@type": "Person", "name": "Anna Keller", "url": f"{SITE}/authors/anna-keller/"},
        {"@type": "Person", "name": "Pavel Orlov", "url": f"{SITE}/authors/pavel-orlov/"},
        {"@type": "Organization", "name": "Baltic Wire"},
    ]
    [image] = story["image"]
    assert image["@type"] == "ImageObject"
    assert image["url"].startswith(f"{SITE}/media/images/") and image["url"].endswith(".jpg")
    assert (image["width"], image["height"]) == (640, 400)
    assert image["caption"] == "Evening traffic on the embankment, 19 June 2026."
    assert image["description"] == "A street in the capital at dusk"
    assert image["creditText"] == "EPA-EFE / Ilse Marten / SPUTNIK / KREMLIN POOL"
    assert image["copyrightNotice"] == "EPA-EFE"
    assert image["creator"] == {"@type": "Person", "name": "Ilse Marten"}
    # The file named is one the page's own <picture> shows, so the baker copies it.
    assert image["url"].removeprefix(SITE) in str(soup.select_one("figure.photo--lead"))
    # Those renditions are fetched together, so the <picture> makes no query of its own.
    shown = {
        candidate.strip().split(" ")[0]
        for tag in soup.select("figure.photo--lead source, figure.photo--lead img")
        for candidate in (tag.get("srcset") or tag["src"]).split(",")
    }
    fetched = newsroom.photo.get_renditions(*LEAD_PICTURE_FILTERS).values()
    assert shown == {rendition.url for rendition in fetched}
    publisher = story["publisher"]
    assert publisher["@type"] == "NewsMediaOrganization"
    assert publisher["name"] == "The Aldmark Courier"
    assert publisher["logo"] == {
        "@type": "ImageObject",
        "url": f"{SITE}/static/{PUBLISHER_LOGO}",
        "width": PUBLISHER_LOGO_SIZE[0],
        "height": PUBLISHER_LOGO_SIZE[1],
    }
    assert story["workTranslation"] == [
        {
            "@type": "NewsArticle",
            "@id": SITE + translation.url,
            "url": SITE + translation.url,
            "inLanguage": "ru",
        }
    ]
    assert "translationOfWork" not in story

    breadcrumbs = of_type(json_ld_blocks(soup), "BreadcrumbList")["itemListElement"]
    visible = [(a.get_text(), SITE + a["href"]) for a in soup.select("nav.breadcrumb a")]
    assert [(item["name"], item["item"]) for item in breadcrumbs] == [
        *visible,
        ("Parliament passes the budget", canonical),
    ]
    assert [item["position"] for item in breadcrumbs] == [1, 2, 3]


def test_russian_translation_names_its_original_and_its_own_language(
    newsroom, russian_edition, client, a_june_evening
):
    article = newsroom.publish_article(slug="budget-vote", when=a_june_evening)
    translation = translate(
        article,
        headline="Парламент принял бюджет",
        standfirst="Депутаты одобрили план.",
        lead_photo_caption="Депутаты голосуют поздно вечером.",
    )
    assert translation.url.startswith("/ru/articles/")
    soup = assert_public_page(client.get(translation.url))
    story = of_type(json_ld_blocks(soup), "NewsArticle")
    assert story["url"] == SITE + translation.url
    assert story["headline"] == "Парламент принял бюджет"
    assert story["description"] == "Депутаты одобрили план."
    assert story["inLanguage"] == "ru"
    assert story["translationOfWork"] == {
        "@type": "NewsArticle",
        "@id": SITE + article.url,
        "url": SITE + article.url,
        "inLanguage": "en",
    }
    assert "workTranslation" not in story
    # The same photo, with the same structured credit, captioned in Russian.
    assert story["image"][0]["creditText"] == "EPA-EFE / Ilse Marten / SPUTNIK / KREMLIN POOL"
    assert story["image"][0]["caption"] == "Депутаты голосуют поздно вечером."
    # Russian text is written as it is, not as \\u escapes three times its size.
    assert "Парламент принял бюджет" in soup.find("script", type="application/ld+json").string
    found = cards(soup)
    assert found["og:locale"] == ["ru_RU"] and found["og:locale:alternate"] == ["en_GB"]
    assert found["og:url"] == [SITE + translation.url]


def test_an_unpublished_or_deleted_translation_leaves_the_structured_data(
    newsroom, russian_edition, client
):
    article = newsroom.publish_article(slug="budget-vote")
    translation = translate(article, headline="Парламент принял бюджет")

    def translations_named():
        soup = assert_public_page(client.get(article.url))
        story = of_type(json_ld_blocks(soup), "NewsArticle")
        return story.get("workTranslation", []), cards(soup).get("og:locale:alternate", [])

    assert translations_named() == (
        [
            {
                "@type": "NewsArticle",
                "@id": SITE + translation.url,
                "url": SITE + translation.url,
                "inLanguage": "ru",
            }
        ],
        ["ru_RU"],
    )
    translation.unpublish()
    assert translations_named() == ([], [])
    translation.save_revision().publish()
    assert len(translations_named()[0]) == 1
    translation.delete()
    assert translations_named() == ([], [])


def test_a_russian_only_article_is_its_own_original(newsroom, russian_edition, client):
    article = newsroom.publish_article(slug="budget-vote")
    translation = translate(article, headline="Парламент принял бюджет")
    article.unpublish()
    story = of_type(json_ld_blocks(assert_public_page(client.get(translation.url))), "NewsArticle")
    assert "translationOfWork" not in story and "workTranslation" not in story


def test_article_cards_for_link_previews(newsroom, russian_edition, client, a_june_evening):
    article = newsroom.publish_article(
        headline="Parliament passes the budget",
        slug="budget-vote",
        topics=[newsroom.topic],
        when=a_june_evening,
    )
    translate(article, headline="Парламент принял бюджет")
    soup = assert_public_page(client.get(article.url))
    found = cards(soup)
    image = f"{SITE}/media/images/" + found["og:image"][0].rsplit("/", 1)[-1]
    assert found == {
        "og:type": ["article"],
        "og:title": ["Parliament passes the budget"],
        "og:url": [f"{SITE}/articles/2026/06/19/budget-vote/"],
        "og:site_name": ["The Aldmark Courier"],
        "og:locale": ["en_GB"],
        "og:description": ["Deputies approved the spending plan by a narrow margin."],
        "og:locale:alternate": ["ru_RU"],
        "og:image": [image],
        "og:image:width": ["640"],
        "og:image:height": ["400"],
        "og:image:alt": ["A street in the capital at dusk"],
        "article:published_time": ["2026-06-19T23:30:00+09:00"],
        "article:modified_time": ["2026-06-19T23:30:00+09:00"],
        "article:section": ["Politics"],
        "article:tag": ["Elections"],
        "twitter:card": ["summary_large_image"],
        "twitter:title": ["Parliament passes the budget"],
        "twitter:description": ["Deputies approved the spending plan by a narrow margin."],
        "twitter:image": [image],
        "twitter:image:alt": ["A street in the capital at dusk"],
    }


def test_an_article_without_photo_gets_a_small_card(newsroom, client):
    article = newsroom.publish_article(lead_photo=None, authors=[])
    soup = assert_public_page(client.get(article.url))
    found = cards(soup)
    assert found["twitter:card"] == ["summary"]
    assert "og:image" not in found and "twitter:image" not in found
    story = of_type(json_ld_blocks(soup), "NewsArticle")
    assert "image" not in story and "author" not in story


HOSTILE_HEADLINES = [
    "</script><script>alert(1)</script>",
    "]]><!-- <script>alert(1)</script> -->",
    "Quotes \" ' \\ and & and <b>",
    "Emoji 🗳️👩🏽‍⚖️ and 中文",
    "RTL \u202eevil\u202c marks \u200f and Arabic مرحبا",
    "Line\u2028separator\u2029and control\x00\x07\x1b characters",
]


@pytest.mark.parametrize("headline", HOSTILE_HEADLINES)
def test_hostile_headlines_stay_data_inside_their_json_ld_block(newsroom, client, headline):
    article = newsroom.publish_article(headline=headline, standfirst=headline)
    stored = ArticlePage.objects.get(pk=article.pk).headline
    response = client.get(article.url)
    soup = assert_public_page(response)
    scripts = soup.find_all("script")
    # The theme's own script, the article and the breadcrumb: nothing else became a script.
    assert sorted(s.get("type", "") for s in scripts) == sorted(
        ["", "application/ld+json", "application/ld+json"]
    )
    for script in soup.find_all("script", type="application/ld+json"):
        assert "<" not in script.string and ">" not in script.string and "&" not in script.string
    story = of_type(json_ld_blocks(soup), "NewsArticle")
    assert story["headline"] == stored and story["description"] == stored
    assert cards(soup)["og:title"] == [stored]
    assert not soup.find_all(attrs={"onerror": True})


def test_script_safe_json_escapes_what_could_end_the_element():
    text = json_for_script({"headline": "</script><!--\u2028\x00 \ud800 «Путин» 🗳️ &"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert "\u2028" not in text and "\ud800" not in text
    assert "«Путин» 🗳️" in text
    text.encode("utf-8")  # a lone surrogate would make the page impossible to send
    assert json.loads(text)["headline"].startswith("</script><!--\u2028\x00 ")


def test_home_pages_name_the_site_and_search_of_their_edition(newsroom, russian_edition, client):
    english = of_type(json_ld_blocks(assert_public_page(client.get("/"))), "WebSite")
    russian = of_type(json_ld_blocks(assert_public_page(client.get("/ru/"))), "WebSite")
    assert english["name"] == "The Aldmark Courier"
    assert english["url"] == f"{SITE}/" and english["inLanguage"] == "en"
    assert russian["url"] == f"{SITE}/ru/" and russian["inLanguage"] == "ru"
    assert english["potentialAction"] == {
        "@type": "SearchAction",
        "target": {
            "@type": "EntryPoint",
            "urlTemplate": f"{SITE}/search/?q={{search_term_string}}",
        },
        "query-input": "required name=search_term_string",
    }
    russian_search = russian["potentialAction"]["target"]["urlTemplate"]
    assert russian_search == f"{SITE}/ru/search/?q={{search_term_string}}"
    assert english["publisher"]["logo"]["url"] == f"{SITE}/static/{PUBLISHER_LOGO}"
    found = cards(assert_public_page(client.get("/")))
    assert found["og:type"] == ["website"] and found["og:title"] == ["The Aldmark Courier"]
    assert found["og:locale:alternate"] == ["ru_RU"]


def test_section_breadcrumb_list_mirrors_the_visible_breadcrumb(newsroom, client):
    soup = assert_public_page(client.get("/news/politics/"))
    items = of_type(json_ld_blocks(soup), "BreadcrumbList")["itemListElement"]
    visible = [(a.get_text(), SITE + a["href"]) for a in soup.select("nav.breadcrumb a")]
    assert [(item["name"], item["item"]) for item in items] == [
        *visible,
        ("Politics", f"{SITE}/news/politics/"),
    ]
    # A top-level section shows no breadcrumb, and has none in its structured data either.
    soup = assert_public_page(client.get("/news/"))
    assert not soup.select("nav.breadcrumb") and not json_ld_blocks(soup)


def test_each_archive_page_is_its_own_canonical_address(newsroom, client, monkeypatch):
    from masthead.core.models import ArticleListingPage

    monkeypatch.setattr(ArticleListingPage, "articles_per_page", 2)
    for n in range(5):
        newsroom.publish_article(headline=f"Story {n}", slug=f"story-{n}")
    for path in ["/news/politics/", "/news/politics/page/1/", "/articles/page/1/"]:
        soup = assert_public_page(client.get(path))
        assert [link["href"] for link in soup.select("link[rel=canonical]")] == [SITE + path]
        assert cards(soup)["og:url"] == [SITE + path]


def test_a_copy_served_elsewhere_still_names_the_main_site(newsroom, client, settings):
    settings.MASTHEAD_SITE_URL = "https://news.example.org"
    article = newsroom.publish_article(slug="budget-vote")
    soup = assert_public_page(client.get(article.url))
    story = of_type(json_ld_blocks(soup), "NewsArticle")
    main_site = "https://news.example.org/"
    assert soup.select_one("link[rel=canonical]")["href"] == main_site + article.url[1:]
    assert story["url"] == main_site + article.url[1:]
    assert story["image"][0]["url"].startswith(main_site + "media/")
    assert story["author"][0]["url"] == main_site + "authors/anna-keller/"
    assert story["publisher"]["logo"]["url"].startswith(main_site + "static/")
    assert cards(soup)["og:image"][0].startswith(main_site + "media/")


def test_publisher_logo_is_a_small_raster_image():
    with Image.open(finders.find(PUBLISHER_LOGO)) as logo:
        assert logo.format == "PNG"
        assert logo.size == PUBLISHER_LOGO_SIZE
        assert logo.width <= 600 and logo.height <= 60


@pytest.mark.parametrize(
    ("language_code", "expected"),
    [("en", "en_GB"), ("ru", "ru_RU"), ("de", "de_DE"), ("uk", "uk_UA"), ("pt-br", "pt_BR")],
)
def test_open_graph_locales(language_code, expected):
    assert open_graph_locale(language_code) == expected


def test_the_newsrooms_own_logo_is_made_to_fit_600_by_60(newsroom, client):
    logo = factories.PhotoFactory(
        file=ImageFile(io.BytesIO(factories.jpeg_bytes(1600, 400)), name="logo.jpg")
    )
    NewsroomSettings.objects.update(logo=logo)
    soup = assert_public_page(client.get("/"))
    found = of_type(json_ld_blocks(soup), "WebSite")["publisher"]["logo"]
    assert found["url"].startswith(f"{SITE}/media/images/logo") and found["url"].endswith(".png")
    assert (found["width"], found["height"]) == (240, 60)


def test_a_photo_whose_file_is_missing_leaves_the_cards_without_a_picture(newsroom, client):
    photo = factories.PhotoFactory()
    NewsroomSettings.objects.update(logo=photo)
    article = newsroom.publish_article(lead_photo=photo)
    photo.file.storage.delete(photo.file.name)
    soup = assert_public_page(client.get(article.url))
    story = of_type(json_ld_blocks(soup), "NewsArticle")
    assert "image" not in story and "og:image" not in cards(soup)
    assert story["publisher"]["logo"]["url"] == f"{SITE}/static/{PUBLISHER_LOGO}"
