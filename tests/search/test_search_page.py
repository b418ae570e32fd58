"""The search page as readers use it, in both editions, on whichever database the suite runs on."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from masthead.editorial.trash import trash_article
from tests.assertions import assert_search_page
from tests.factories import make_staff
from tests.search.conftest import days_ago, paragraph


def settle_relevance():
    """Rebuild the index, as `masthead update_index` does.

    Wagtail's backends weigh a headline by the average headline length of the index at the time
    the article was indexed; in a test's index of a dozen pages that average moves with each
    article, and identical articles get relevances a few percent apart. A rebuild weighs them
    all with one average, as a real archive of thousands does anyway.
    """
    call_command("update_index", verbosity=0)


def results(response) -> list[str]:
    soup = BeautifulSoup(response.content, "html.parser")
    return [" ".join(h.get_text().split()) for h in soup.select(".search-result__headline")]


def notices(response) -> list[str]:
    soup = BeautifulSoup(response.content, "html.parser")
    return [p.get_text(" ", strip=True) for p in soup.select(".search__notice")]


def form_errors(response) -> list[str]:
    soup = BeautifulSoup(response.content, "html.parser")
    return [
        e.get_text(" ", strip=True)
        for e in soup.select(".search-form__error, .search-form__errors p")
    ]


@pytest.mark.django_db
def test_russian_words_match_their_inflected_forms(newsroom, russian, client):
    russian.publish_article(
        headline="Кремль ответил на санкции",
        slug="kreml",
        standfirst="",
        body=paragraph("Пресс-секретарь Путина заявил, что решение примут позже."),
    )
    russian.publish_article(
        headline="Явка на выборах",
        slug="yavka",
        standfirst="",
        body=paragraph("На выборах в регионах проголосовали меньше людей."),
    )
    russian.publish_article(
        headline="Театральный сезон",
        slug="teatr",
        standfirst="",
        body=paragraph("Премьера прошла при полном зале."),
    )

    assert results(client.get("/ru/search/?q=Путин")) == ["Кремль ответил на санкции"]
    assert results(client.get("/ru/search/?q=выборы")) == ["Явка на выборах"]
    assert_search_page(client.get("/ru/search/?q=выборы"))
    # Inflected in the query, base form or another case in the article: found as well.
    assert results(client.get("/ru/search/?q=Путину")) == ["Кремль ответил на санкции"]
    assert results(client.get("/ru/search/?q=ПУТИНА+решение")) == ["Кремль ответил на санкции"]
    # Every word must be found.
    assert results(client.get("/ru/search/?q=Путин+премьера")) == []


@pytest.mark.django_db
def test_english_words_match_their_inflected_forms(newsroom, client):
    newsroom.publish_article(
        headline="A close count", slug="count", body=paragraph("The election was decided late.")
    )
    newsroom.publish_article(headline="Opera season", slug="opera", body=paragraph("Encores."))

    assert results(client.get("/search/?q=elections")) == ["A close count"]
    assert results(client.get("/search/?q=Elected")) == ["A close count"]


@pytest.mark.django_db
def test_each_edition_finds_only_its_own_articles(newsroom, russian, client):
    newsroom.publish_article(headline="Budget news", slug="b-en", body=paragraph("Budget vote."))
    russian.publish_article(headline="Новости бюджета", slug="b-ru", body=paragraph("Budget vote."))

    assert results(client.get("/search/?q=budget")) == ["Budget news"]
    assert results(client.get("/ru/search/?q=budget")) == ["Новости бюджета"]
    russian_page = BeautifulSoup(client.get("/ru/search/?q=budget").content, "html.parser")
    assert russian_page.html["lang"] == "ru"


@pytest.mark.django_db
def test_drafts_private_unpublished_and_deleted_articles_are_never_found(newsroom, client):
    body = paragraph("The harbour plan was leaked.")
    newsroom.publish_article(headline="Public harbour story", slug="public", body=body)
    private = newsroom.publish_article(headline="Private harbour story", slug="private", body=body)
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    unpublished = newsroom.publish_article(
        headline="Pulled harbour story", slug="pulled", body=body
    )
    unpublished.unpublish()
    deleted = newsroom.publish_article(headline="Deleted harbour story", slug="gone", body=body)
    trash_article(deleted, make_staff("chief", "chief"))
    draft = newsroom.publish_article(headline="Draft harbour story", slug="draft", body=body)
    draft.unpublish()
    draft.headline = "Draft harbour story, new version"
    draft.save_revision()

    assert results(client.get("/search/?q=harbour")) == ["Public harbour story"]


@pytest.mark.django_db
def test_a_live_article_is_found_by_its_published_text_not_its_newer_draft(newsroom, client):
    article = newsroom.publish_article(
        headline="Port strike ends", slug="port", body=paragraph("Dockers return.")
    )
    article.headline = "Secret draft headline about lighthouses"
    article.save_revision()

    assert results(client.get("/search/?q=lighthouses")) == []
    assert results(client.get("/search/?q=dockers")) == ["Port strike ends"]


@pytest.mark.django_db
def test_equally_relevant_articles_come_newest_first(newsroom, client):
    body = paragraph("The bridge reopened to traffic.")
    for headline, age in [("Bridge, last year", 400), ("Bridge, today", 0), ("Bridge, May", 60)]:
        newsroom.publish_article(
            headline=headline,
            slug=headline.lower().replace(",", "").replace(" ", "-"),
            standfirst="",
            body=body,
            when=days_ago(age),
        )

    settle_relevance()
    assert results(client.get("/search/?q=traffic")) == [
        "Bridge, today",
        "Bridge, May",
        "Bridge, last year",
    ]


@pytest.mark.django_db
def test_an_older_article_about_it_beats_a_passing_mention_today(newsroom, client):
    newsroom.publish_article(
        headline="Council session",
        slug="water-today",
        standfirst="",
        body=paragraph("The price of things. " + "Other matters were discussed at length. " * 30),
        when=days_ago(0),
    )
    newsroom.publish_article(
        headline="Water prices explained",
        slug="water-explained",
        standfirst="Why water prices rise: prices, prices and prices.",
        body=paragraph("Prices of water. Prices of heating. Prices everywhere."),
        when=days_ago(700),
    )

    settle_relevance()
    assert results(client.get("/search/?q=prices")) == ["Water prices explained", "Council session"]


@pytest.mark.django_db
def test_filters_by_section_author_and_dates_in_the_newsrooms_time_zone(
    newsroom, client, a_june_evening
):
    anna, pavel = newsroom.reporters
    body = paragraph("The council met on the river plan.")
    newsroom.publish_article(
        headline="Politics by Anna", slug="p-anna", body=body, authors=[anna], when=a_june_evening
    )
    newsroom.publish_article(
        headline="News by Pavel",
        slug="n-pavel",
        body=body,
        section=newsroom.news,
        authors=[pavel],
        when=a_june_evening + datetime.timedelta(hours=1),  # 20 June in Tokyo
    )
    newsroom.publish_article(
        headline="Culture by Anna",
        slug="c-anna",
        body=body,
        section=newsroom.culture,
        authors=[anna],
        when=a_june_evening - datetime.timedelta(days=3),
    )

    def search(**params):
        return sorted(results(client.get("/search/", {"q": "river", **params})))

    assert search() == ["Culture by Anna", "News by Pavel", "Politics by Anna"]
    # A section includes its subsections.
    assert search(section=newsroom.news.pk) == ["News by Pavel", "Politics by Anna"]
    assert search(section=newsroom.politics.pk) == ["Politics by Anna"]
    assert search(author=anna.pk) == ["Culture by Anna", "Politics by Anna"]
    assert search(author=anna.pk, section=newsroom.culture.pk) == ["Culture by Anna"]
    # 19 June 23:30 in Tokyo is still 19 June; an hour later it is the 20th.
    assert search(date_from="2026-06-19", date_to="2026-06-19") == ["Politics by Anna"]
    assert search(date_from="2026-06-20") == ["News by Pavel"]
    assert search(date_to="2026-06-18") == ["Culture by Anna"]
    # Filters alone list what passes them, newest first.
    assert results(client.get("/search/", {"author": anna.pk})) == [
        "Politics by Anna",
        "Culture by Anna",
    ]


@pytest.mark.django_db
def test_filter_choices_are_the_editions_own_sections_and_authors(newsroom, russian, client):
    soup = BeautifulSoup(client.get("/ru/search/").content, "html.parser")
    sections = [o.get_text(strip=True) for o in soup.select("#id_section option")]
    authors = [o.get_text(strip=True) for o in soup.select("#id_author option")]
    assert sections[1:] == ["Новости", "Политика"]
    assert authors[1:] == ["Анна Келлер"]
    # Folded until a filter is used, so that on a phone the results come first.
    assert not soup.select_one("details.search-form__more").has_attr("open")
    filtered = BeautifulSoup(
        client.get("/ru/search/", {"q": "x", "section": russian.news.pk}).content, "html.parser"
    )
    assert filtered.select_one("details.search-form__more").has_attr("open")


@pytest.mark.django_db
def test_russian_article_by_a_translated_author_is_found_by_that_author(newsroom, russian, client):
    # The byline names the English author page, as a translated article's byline may.
    russian.publish_article(
        headline="Репортаж", slug="rep", body=paragraph("Паводок."), authors=[newsroom.reporters[0]]
    )
    found = client.get("/ru/search/", {"q": "паводок", "author": russian.reporter.pk})
    assert results(found) == ["Репортаж"]


@pytest.mark.django_db
def test_snippets_are_escaped_then_highlighted(newsroom, client):
    newsroom.publish_article(
        headline="Hostile <script>alert('headline')</script> text",
        slug="hostile",
        standfirst="<img src=x onerror=alert(1)> standfirst",
        body=[
            ("paragraph", "<p>Before &lt;script&gt;alert('body')&lt;/script&gt; after.</p>"),
            ("quote", {"text": "<b>bold?</b> alert", "attribution": "<i>x</i>"}),
        ],
    )

    response = client.get("/search/", {"q": "alert"})
    soup = assert_search_page(response)
    # Only the theme's own script; no element made of the article's or the query's text.
    assert [s.get("src") for s in soup.find_all("script")] == ["/static/theme/js/site.js"]
    assert not soup.find("img") and not soup.select("main b, main i")
    html = response.content.decode()
    assert "&lt;script&gt;<mark>alert</mark>" in html
    headline = soup.select_one(".search-result__headline a")
    assert [m.get_text() for m in headline.find_all("mark")] == ["alert"]
    # A query holding markup is shown as the text it is, whatever it finds.
    hostile_query = assert_search_page(client.get("/search/", {"q": "<b>alert</b> <i>"}))
    assert hostile_query.select_one("#search-q")["value"] == "<b>alert</b> <i>"
    assert not hostile_query.select("main b, main i")
    assert "&lt;b&gt;alert" in client.get("/search/", {"q": "<b>alert</b>"}).content.decode()


@pytest.mark.django_db
def test_results_are_paginated_with_clear_bounds(newsroom, client):
    for n in range(23):
        newsroom.publish_article(
            headline=f"Tram line {n:02d}",
            slug=f"tram-{n}",
            standfirst="",
            body=paragraph("Trams."),
            when=days_ago(n),
        )
    settle_relevance()

    first = client.get("/search/?q=tram")
    assert results(first)[:2] == ["Tram line 00", "Tram line 01"] and len(results(first)) == 10
    soup = BeautifulSoup(first.content, "html.parser")
    assert "23 articles found" in soup.select_one(".search-results__count").get_text()
    assert "Page 1 of 3" in soup.select_one(".pagination").get_text()
    assert soup.select_one("a[rel=next]")["href"] == "/search/?q=tram&page=2"
    assert not soup.select("a[rel=prev]")

    last = client.get("/search/?q=tram&page=3")
    assert results(last) == ["Tram line 20", "Tram line 21", "Tram line 22"]
    assert BeautifulSoup(last.content, "html.parser").select_one("ol")["start"] == "21"

    for page, shown, message in [
        ("-1", "Tram line 00", "There is no page -1"),
        ("0", "Tram line 00", "There is no page 0"),
        ("4", "Tram line 20", "here is the last one, page 3"),
        (str(10**12), "Tram line 20", "here is the last one, page 3"),
        ("9" * 5000, "Tram line 20", "here is the last one, page 3"),
        ("two", "Tram line 00", "“two” is not a page number"),
    ]:
        response = client.get("/search/", {"q": "tram", "page": page})
        assert_search_page(response)
        assert results(response)[0] == shown
        assert any(message in notice for notice in notices(response)), notices(response)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    [
        '"',
        '"unbalanced',
        "*",
        "tram*",
        "NEAR(tram bus)",
        "tram OR bus",
        "tram AND NOT bus",
        "tram -bus",
        "title:tram",
        "^tram",
        "'; DROP TABLE wagtailcore_page; --",
        "tram\x00bus",
        "\u202etram",
        "!!! ??? ... ---",
        "&amp; <>",
    ],
)
def test_hostile_or_odd_queries_get_a_normal_page(newsroom, client, query):
    newsroom.publish_article(headline="Tram and bus", slug="tram-bus", body=paragraph("Tram bus."))

    response = client.get("/search/", {"q": query})
    assert_search_page(response)


@pytest.mark.django_db
def test_punctuation_only_and_overlong_queries_say_what_to_do(newsroom, client):
    only_punctuation = client.get("/search/", {"q": '"*" -- ???'})
    assert any("no letters or digits" in n for n in notices(only_punctuation))

    overlong = assert_search_page(client.get("/search/", {"q": "budget " * 1500}))
    assert overlong.select_one("#search-q")["value"] == ("budget " * 1500)[:200]
    assert any(
        "longer than 200 characters" in e
        for e in form_errors(client.get("/search/", {"q": "x" * 10_000}))
    )
    assert not overlong.select(".search-result")

    many_words = client.get("/search/", {"q": " ".join(f"w{n}" for n in range(30))})
    assert any("first 10 words" in n for n in notices(many_words))


@pytest.mark.django_db
def test_invalid_utf8_and_bad_filters_get_a_normal_page_with_a_message(newsroom, client):
    assert_search_page(client.get("/search/?q=%ff%fe%fd"))
    assert_search_page(client.get("/search/?q=tram&page=%ff"))
    for params, message in [
        ({"section": "abc"}, "Choose a section from the list."),
        ({"section": "999999"}, "Choose a section from the list."),
        ({"author": newsroom.politics.pk}, "Choose an author from the list."),
        ({"date_from": "2024-13-45"}, "Enter the date as year-month-day"),
        ({"date_from": "0001-01-01"}, "Choose a date between 1900 and 2999."),
        ({"date_to": "9999-12-31"}, "Choose a date between 1900 and 2999."),
        ({"date_from": "2024-06-20", "date_to": "2024-06-19"}, "swap them"),
    ]:
        response = client.get("/search/", {"q": "tram", **params})
        assert_search_page(response)
        assert any(message in e for e in form_errors(response)), (params, form_errors(response))
    # Dates typed the Russian way are understood too.
    assert not form_errors(client.get("/ru/search/", {"q": "x", "date_from": "19.06.2024"}))


@pytest.mark.django_db
def test_search_page_is_noindex_cached_briefly_and_sets_no_cookie(newsroom, client):
    newsroom.publish_article(headline="Harbour", slug="harbour", body=paragraph("Harbour."))
    for path in ["/search/", "/search/?q=harbour", "/search/?q=%22"]:
        response = client.get(path)
        assert_search_page(response)
        assert response["X-Robots-Tag"] == "noindex"
        assert response["Cache-Control"] == "public, max-age=60"
        assert "Cookie" not in response.get("Vary", "")


@pytest.mark.django_db
def test_a_results_page_costs_the_same_queries_however_many_results(newsroom, client):
    def queries_for(query):
        client.get(f"/search/?q={query}")  # warm the per-process caches (content types)
        with CaptureQueriesContext(connection) as captured:
            response = client.get(f"/search/?q={query}")
        return len(results(response)), len(captured)

    newsroom.publish_article(headline="Ferry one", slug="ferry-1", body=paragraph("Ferry."))
    one = queries_for("ferry")
    for n in range(2, 13):
        newsroom.publish_article(
            headline=f"Ferry {n}",
            slug=f"ferry-{n}",
            body=paragraph("Ferry."),
            authors=newsroom.reporters,
            agency="Reuters",
        )
    ten = queries_for("ferry")
    assert one[0] == 1 and ten[0] == 10
    assert one[1] == ten[1], (one, ten)
    assert ten[1] <= 16


@pytest.mark.django_db
def test_the_header_of_every_page_has_a_search_box_for_its_edition(newsroom, russian, client):
    article = newsroom.publish_article(headline="Harbour", slug="harbour")
    for path, action in [(article.url, "/search/"), ("/", "/search/"), ("/ru/", "/ru/search/")]:
        soup = BeautifulSoup(client.get(path).content, "html.parser")
        form = soup.select_one(".site-header form[role=search]")
        assert form["action"] == action and form["method"] == "get"
        assert form.select_one("input[name=q]")
        assert soup.select_one(f"label[for={form.select_one('input')['id']}]")


@pytest.mark.django_db
def test_an_edition_without_a_home_page_has_no_search(newsroom, client):
    assert client.get("/ru/search/?q=x").status_code == 404


@pytest.mark.django_db
def test_rebuilding_the_index_keeps_inflected_forms_findable(newsroom, russian, client):
    russian.publish_article(
        headline="Заявление", slug="zayavlenie", body=paragraph("Слова Путина повторили.")
    )
    settle_relevance()
    assert results(client.get("/ru/search/?q=путин")) == ["Заявление"]
