"""The language switcher and the hreflang alternates: to the translation while it is live, to
the other edition's home otherwise; reciprocal, absolute, on every public page."""

import pytest
from wagtail.models import Page, PageViewRestriction

from masthead.articles.models import ArticlePage
from tests.assertions import assert_public_page
from tests.editions.conftest import publish_translation

pytestmark = pytest.mark.django_db


def alternates(soup) -> dict[str, str]:
    return {
        link["hreflang"]: link["href"] for link in soup.select("head link[rel=alternate][hreflang]")
    }


def switcher(soup) -> list[tuple[str, str, str]]:
    return [(a["href"], a["hreflang"], a["lang"]) for a in soup.select(".site-header__editions a")]


def test_translations_name_each_other_in_both_directions(newsroom, russian, client, settings):
    settings.MASTHEAD_SITE_URL = "https://courier.example"
    original = newsroom.publish_article(headline="Budget vote", slug="budget-vote")
    translation = publish_translation(original, russian, headline="Голосование по бюджету")
    english = assert_public_page(client.get(original.url))
    russian_page = assert_public_page(client.get(translation.url))
    expected = {
        "en": "https://courier.example" + original.url,
        "ru": "https://courier.example" + translation.url,
        "x-default": "https://courier.example" + original.url,
    }
    assert alternates(english) == expected
    assert alternates(russian_page) == expected
    # Each names itself as its canonical address too.
    assert english.find("link", rel="canonical")["href"] == expected["en"]
    assert russian_page.find("link", rel="canonical")["href"] == expected["ru"]
    assert switcher(english) == [(translation.url, "ru", "ru")]
    assert switcher(russian_page) == [(original.url, "en", "en")]


def test_every_kind_of_page_has_alternates_in_both_editions(newsroom, russian, client):
    pairs = {
        "/": "/ru/",
        "/news/": "/ru/novosti/",
        "/news/politics/": "/ru/novosti/politika/",
        "/topics/elections/": "/ru/topics/vybory/",
        "/authors/anna-keller/": "/ru/authors/anna-keller/",
        "/articles/": "/ru/articles/",
        "/terms/": "/ru/terms/",
    }
    for english_path, russian_path in pairs.items():
        for path, lang in ((english_path, "en"), (russian_path, "ru")):
            soup = assert_public_page(client.get(path))
            assert soup.html["lang"] == lang, path
            assert alternates(soup) == {
                "en": "http://testserver" + english_path,
                "ru": "http://testserver" + russian_path,
                "x-default": "http://testserver" + english_path,
            }, path
    # Culture has no Russian page: it names itself, and the switcher offers the Russian home.
    soup = assert_public_page(client.get("/culture/"))
    assert alternates(soup) == {
        "en": "http://testserver/culture/",
        "x-default": "http://testserver/culture/",
    }
    assert switcher(soup) == [("/ru/", "ru", "ru")]


def test_an_unpublished_or_deleted_translation_is_never_linked(newsroom, russian, client):
    original = newsroom.publish_article(headline="Budget vote", slug="budget-vote")
    translation = publish_translation(original, russian, headline="Голосование по бюджету")
    assert "ru" in alternates(assert_public_page(client.get(original.url)))

    translation.unpublish()
    soup = assert_public_page(client.get(original.url))
    assert set(alternates(soup)) == {"en", "x-default"}
    assert switcher(soup) == [("/ru/", "ru", "ru")]
    assert client.get(translation.url).status_code == 404

    translation.save_revision().publish()
    assert "ru" in alternates(assert_public_page(client.get(original.url)))
    url = ArticlePage.objects.get(pk=translation.pk).url
    Page.objects.get(pk=translation.pk).delete()
    soup = assert_public_page(client.get(original.url))
    assert set(alternates(soup)) == {"en", "x-default"}
    assert switcher(soup) == [("/ru/", "ru", "ru")]
    assert url not in soup.decode()


def test_a_private_translation_is_never_linked(newsroom, russian, client):
    original = newsroom.publish_article(headline="Budget vote", slug="budget-vote")
    translation = publish_translation(original, russian, headline="Голосование по бюджету")
    # Restricted itself, then through its edition's archive: private either way, never baked.
    for restricted in (translation, russian.archive):
        restriction = PageViewRestriction.objects.create(
            page=restricted, restriction_type=PageViewRestriction.LOGIN
        )
        soup = assert_public_page(client.get(original.url))
        assert set(alternates(soup)) == {"en", "x-default"}, restricted
        assert switcher(soup) == [("/ru/", "ru", "ru")], restricted
        restriction.delete()
    assert "ru" in alternates(assert_public_page(client.get(original.url)))


def test_a_russian_only_article_has_no_default_alternate(newsroom, russian, client):
    article = factories_article(russian, headline="Только по-русски", slug="tolko-po-russki")
    soup = assert_public_page(client.get(article.url))
    assert alternates(soup) == {"ru": "http://testserver" + article.url}
    assert switcher(soup) == [("/", "en", "en")]


def test_an_archive_page_names_only_itself(newsroom, russian, client, monkeypatch):
    from masthead.core.models import ArticleListingPage

    monkeypatch.setattr(ArticleListingPage, "articles_per_page", 2)
    # Four articles, two to a page: the front and one archive page.
    for n in range(4):
        newsroom.publish_article(headline=f"Story {n}", slug=f"story-{n}")
    soup = assert_public_page(client.get("/news/politics/page/1/"))
    here = "http://testserver/news/politics/page/1/"
    assert alternates(soup) == {"en": here, "x-default": here}


def factories_article(russian, **fields):
    from tests import factories

    article = factories.ArticlePageFactory.build(primary_section=russian.politics, **fields)
    russian.archive.add_child(instance=article)
    article.save_revision().publish()
    return ArticlePage.objects.get(pk=article.pk)


def test_the_footer_links_the_legal_pages_of_the_edition(newsroom, russian, client):
    soup = assert_public_page(client.get("/ru/novosti/"))
    links = {a["href"]: a for a in soup.select("footer.site-footer a")}
    # The terms are translated; the privacy policy is not yet, so the English one is linked.
    assert "/ru/terms/" in links and "/terms/" not in links
    assert links["/privacy/"]["hreflang"] == "en" and not links["/privacy/"].has_attr("lang")
    english = assert_public_page(client.get("/news/"))
    assert {a["href"] for a in english.select("footer.site-footer a")} >= {"/terms/", "/privacy/"}
