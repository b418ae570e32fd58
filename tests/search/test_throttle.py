"""A search flood from one client is refused with 429; other readers and articles carry on."""

import datetime
import time

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from masthead.search.throttle import seconds_until_allowed
from tests.assertions import assert_public_page
from tests.search.conftest import paragraph

FLOOD = 200
A_MOMENT = datetime.datetime(2026, 6, 19, 12, 0, 0, 500_000, tzinfo=datetime.UTC)


@pytest.fixture
def limit(settings):
    settings.MASTHEAD_SEARCH_RATE_LIMIT = 20
    settings.MASTHEAD_SEARCH_RATE_WINDOW = 10
    return 20


@pytest.mark.django_db
def test_two_hundred_searches_from_one_client_are_throttled_and_articles_keep_answering(
    newsroom, client, limit
):
    article = newsroom.publish_article(headline="Harbour", slug="harbour", body=paragraph("Ships."))
    flooder = {"REMOTE_ADDR": "203.0.113.7"}
    with time_machine.travel(A_MOMENT, tick=False):
        responses = [client.get("/search/", {"q": f"ships {n}"}, **flooder) for n in range(limit)]
        started = time.perf_counter()
        responses += [
            client.get("/search/", {"q": f"ships {n}"}, **flooder) for n in range(limit, FLOOD)
        ]
        refusals_took = time.perf_counter() - started
        statuses = [r.status_code for r in responses]
        assert statuses == [200] * limit + [429] * (FLOOD - limit)
        refused = responses[-1]
        assert refused["Retry-After"] == "10"  # 12:00:00.5 in a 10-second window: 9.5 s, rounded up
        assert refused["Cache-Control"] == "private, no-store"
        assert refused["X-Robots-Tag"] == "noindex"
        assert not refused.cookies and "Cookie" not in refused.get("Vary", "")
        assert "default-src 'self'" in refused["Content-Security-Policy"]
        soup = BeautifulSoup(refused.content, "html.parser")
        assert soup.h1.get_text() == "Too many searches"
        # Another reader searches, and everyone reads articles, while the flood goes on.
        assert client.get("/search/?q=ships", REMOTE_ADDR="198.51.100.2").status_code == 200
        assert_public_page(client.get(article.url, **flooder))
        assert_public_page(client.get("/", **flooder))
    print(f"{FLOOD - limit} refusals in {refusals_took:.2f} s")

    with time_machine.travel(A_MOMENT + datetime.timedelta(seconds=10), tick=False):
        assert client.get("/search/?q=ships", **flooder).status_code == 200


@pytest.mark.django_db
def test_a_refusal_costs_no_database_query(newsroom, client, settings):
    settings.MASTHEAD_SEARCH_RATE_LIMIT = 1
    client.get("/ru/search/?q=x")
    with CaptureQueriesContext(connection) as queries:
        refused = client.get("/ru/search/?q=x")
    assert refused.status_code == 429
    assert len(queries) == 0, [q["sql"] for q in queries]
    assert BeautifulSoup(refused.content, "html.parser").html["lang"] == "ru"


@pytest.mark.django_db
def test_clients_behind_the_trusted_proxy_are_counted_apart(newsroom, client, settings, limit):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    proxy = {"REMOTE_ADDR": "10.0.0.1"}
    with time_machine.travel(A_MOMENT, tick=False):
        for _ in range(limit):
            client.get("/search/?q=x", HTTP_X_FORWARDED_FOR="203.0.113.7", **proxy)
        assert (
            client.get("/search/?q=x", HTTP_X_FORWARDED_FOR="203.0.113.7", **proxy).status_code
            == 429
        )
        assert (
            client.get("/search/?q=x", HTTP_X_FORWARDED_FOR="198.51.100.2", **proxy).status_code
            == 200
        )


def test_the_window_counts_per_client_and_starts_again(settings, limit):
    settings.MASTHEAD_SEARCH_RATE_WINDOW = 10
    request = RequestFactory().get("/search/", REMOTE_ADDR="192.0.2.1")
    start = 1_000_000.0  # the start of a window
    assert [seconds_until_allowed(request, now=start + 2) for _ in range(limit)] == [0] * limit
    assert seconds_until_allowed(request, now=start + 2) == 8
    assert seconds_until_allowed(request, now=start + 9.2) == 1
    assert seconds_until_allowed(request, now=start + 10) == 0


def test_a_limit_of_zero_turns_the_throttle_off(settings):
    settings.MASTHEAD_SEARCH_RATE_LIMIT = 0
    request = RequestFactory().get("/search/", REMOTE_ADDR="192.0.2.1")
    assert all(seconds_until_allowed(request) == 0 for _ in range(100))
