"""A rebake carries the teasers it rendered to the next one, and never a stale one."""

import pytest
from django.apps import apps
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Locale, PageLogEntry

from masthead.baking.bake import bake_client, file_name_for
from masthead.baking.carry import KEEPS_GENERATION, carried_fragments
from masthead.baking.tree import live_tree
from masthead.newsroom.models import NewsroomSettings
from masthead.syndication.sitemaps import INDEX_URL, NEWS_URL, month_url
from tests.syndication.conftest import translate

pytestmark = pytest.mark.django_db(transaction=True)

FRONTS = ["/news/politics/", "/topics/elections/", "/authors/anna-keller/", "/articles/", "/"]
FEEDS = [
    front + name
    for front in ["/news/politics/", "/topics/elections/", "/authors/anna-keller/", "/"]
    for name in ("feed.xml", "atom.xml", "feed.json")
]


def baked(url: str) -> bytes:
    return (live_tree() / file_name_for(url)).read_bytes()


def carried_article_ids() -> set[int]:
    """The articles whose teasers are carried."""
    _generation, fragments = carried_fragments()
    return {key[3] for key in fragments if key[0] == "remembered_fragment"}


def carried_entries() -> dict:
    """{article id: its carried feed entry}."""
    _generation, fragments = carried_fragments()
    return {key[1]: entry for key, entry in fragments.items() if key[0] == "feed entry"}


def carried_entry_ids() -> set[int]:
    return set(carried_entries())


def this_month(language: str = "en") -> str:
    today = timezone.localdate()
    return month_url(language, today.year, today.month)


def carried_sitemap_entry_ids() -> set[int]:
    _generation, fragments = carried_fragments()
    return {key[1] for key in fragments if key[0] == "sitemap entry"}


def publish(newsroom, headline: str):
    """Publish an article on every front the tests look at (its section, topic, author, home)."""
    return newsroom.publish_article(
        headline=headline, slug=headline.lower(), topics=[newsroom.topic]
    )


def assert_fronts_as_rendered_afresh():
    """Each front and feed in the live tree is what a bake with nothing carried renders now."""
    fresh = bake_client()
    for url in [*FRONTS, *FEEDS, this_month(), INDEX_URL, NEWS_URL]:
        assert baked(url) == fresh.get(url).content, url


def test_a_publication_carries_the_other_teasers_and_entries_and_all_stays_exact(
    baked_newsroom,
):
    newsroom, articles, _report = baked_newsroom
    publish(newsroom, "First")
    newest = {article.pk for article in articles[-3:]}
    assert newest <= carried_article_ids()
    assert newest <= carried_entry_ids()
    publish(newsroom, "Second")
    assert "Second" in baked("/news/politics/").decode()
    assert "Second" in baked("/topics/elections/feed.xml").decode()
    assert_fronts_as_rendered_afresh()


def test_an_entry_linking_to_a_moved_article_is_made_again(baked_newsroom, settings):
    # No redirect is made for the old address: a redirect is a change of its own, which drops
    # everything carried, and this checks what the entry's own version of its links does.
    settings.WAGTAILREDIRECTS_AUTO_CREATE = False
    newsroom, articles, _report = baked_newsroom
    background = articles[0].specific
    linking = newsroom.publish_article(
        headline="Linking",
        slug="linking",
        topics=[newsroom.topic],
        body=[("paragraph", f'<p>See <a id="{background.pk}" linktype="page">this</a>.</p>')],
    )
    publish(newsroom, "First")
    assert {linking.pk, articles[-1].pk} <= carried_entry_ids()
    background.slug = "background-explained"
    background.save_revision().publish()
    # Its publication keeps the content generation, and the feeds it is in were rendered again:
    # with the linking entry made anew, not carried.
    assert articles[-1].pk in carried_entry_ids()
    assert "/background-explained/" in carried_entries()[linking.pk].content_html
    publish(newsroom, "Second")
    assert "/background-explained/" in baked("/topics/elections/feed.xml").decode()
    assert_fronts_as_rendered_afresh()


def test_a_month_file_keeps_its_entries_and_a_translation_changes_its_alternates(
    baked_newsroom,
):
    newsroom, articles, _report = baked_newsroom
    russian = Locale.objects.get(language_code="ru")
    # The Russian archive and home first: new pages are changes of their own, which drop all.
    translate(articles[0].specific, russian, "Первая история")
    publish(newsroom, "First")
    assert {article.pk for article in articles} <= carried_sitemap_entry_ids()
    translate(articles[5].specific, russian, "Шестая история")
    assert articles[1].pk in carried_sitemap_entry_ids(), "the generation was kept"
    month = baked(this_month()).decode()
    assert month.count('hreflang="ru"') == 2, "both translated articles name their translation"
    publish(newsroom, "Second")
    assert "/second/" in baked(this_month()).decode()
    assert_fronts_as_rendered_afresh()


def test_the_home_page_reads_in_full_only_the_articles_it_does_not_carry(baked_newsroom):
    newsroom, _articles, _report = baked_newsroom
    publish(newsroom, "First")
    publish(newsroom, "Second")
    _generation, memo = carried_fragments()
    renders = {}
    for label, client in (("carried", bake_client(memo)), ("fresh", bake_client())):
        client.get("/terms/")  # what every page looks up once per bake (site, settings, menu)
        with CaptureQueriesContext(connection) as queries:
            renders[label] = client.get("/").content
        renders[label + " queries"] = len(queries)
    assert renders["carried"] == renders["fresh"]
    assert "Second" in renders["carried"].decode()
    # Articles, their bylines and photos' renditions are not read for the carried teasers.
    assert renders["carried queries"] <= renders["fresh queries"] - 3


def test_a_republished_article_shows_its_new_teaser_everywhere(baked_newsroom):
    newsroom, articles, _report = baked_newsroom
    publish(newsroom, "First")
    story = articles[-1].specific
    story.headline = "Story 11, corrected"
    story.save_revision().publish()
    publish(newsroom, "Second")
    for url in FRONTS:
        assert "Story 11, corrected" in baked(url).decode(), url
    assert_fronts_as_rendered_afresh()


def test_a_renamed_section_drops_every_carried_teaser(baked_newsroom):
    newsroom, articles, _report = baked_newsroom
    publish(newsroom, "First")
    assert carried_article_ids()
    newsroom.politics.title = "Politics and power"
    newsroom.politics.save_revision().publish()
    assert not carried_article_ids()
    publish(newsroom, "Second")
    assert "Politics and power" in baked("/topics/elections/").decode()
    assert_fronts_as_rendered_afresh()


def test_changes_no_teaser_shows_keep_them_and_others_drop_them(baked_newsroom):
    newsroom, articles, _report = baked_newsroom
    publish(newsroom, "First")
    carried = carried_article_ids()
    # A draft of an article and the log of it: readers see nothing of either.
    draft = articles[0].specific
    draft.headline = "Not yet"
    draft.save_revision()
    PageLogEntry.objects.log_action(draft, "wagtail.edit")
    assert carried_article_ids() == carried
    settings = NewsroomSettings.for_site(newsroom.home.get_site())
    settings.publication_name = "The Evening Courier"
    settings.save()
    assert carried_article_ids() == set()


def test_every_model_said_to_keep_the_generation_exists():
    labels = {model._meta.label_lower for model in apps.get_models(include_auto_created=True)}
    # Wagtail's full-text index on SQLite; PostgreSQL's is `wagtailsearch.indexentry` alone.
    on_sqlite_only = {"wagtailsearch.sqliteftsindexentry"}
    assert KEEPS_GENERATION - on_sqlite_only <= labels, KEEPS_GENERATION - labels


def carried_news_entry_ids() -> set[int]:
    _generation, fragments = carried_fragments()
    return {key[1] for key in fragments if key[0] == "news entry"}


def test_the_news_sitemap_keeps_its_entries_and_shows_an_edited_headline(baked_newsroom):
    newsroom, articles, _report = baked_newsroom
    publish(newsroom, "First")
    assert {article.pk for article in articles} <= carried_news_entry_ids()
    edited = articles[3].specific
    edited.headline = "A headline corrected"
    edited.save_revision().publish()
    assert "A headline corrected" in baked(NEWS_URL).decode()
    publish(newsroom, "Second")
    news = baked(NEWS_URL).decode()
    assert "A headline corrected" in news and "<news:title>Second</news:title>" in news
    assert_fronts_as_rendered_afresh()


def test_the_render_helper_carries_its_share_and_follows_every_change(
    baked_newsroom, settings, monkeypatch
):
    from masthead.baking import bake, helper

    # Two processes whatever the load of the machine running the tests.
    monkeypatch.setattr(bake, "spare_core", lambda: True)
    settings.MASTHEAD_BAKE_PROCESSES = 2
    newsroom, articles, _report = baked_newsroom
    publish(newsroom, "First")
    first_helper = helper._helper
    assert first_helper is not None and first_helper.alive()
    assert_fronts_as_rendered_afresh()
    # A new content generation: both processes drop what they carry.
    author = newsroom.reporters[0]
    author.title = "Anna Keller-Voss"
    author.save_revision().publish()
    publish(newsroom, "Second")
    assert "Anna Keller-Voss" in baked("/news/politics/").decode()
    assert_fronts_as_rendered_afresh()
    # A new version of one article: its teasers and entries are made again, in either process.
    edited = articles[-2].specific
    edited.headline = "A headline corrected"
    edited.save_revision().publish()
    publish(newsroom, "Third")
    assert "A headline corrected" in baked("/topics/elections/").decode()
    assert_fronts_as_rendered_afresh()
    assert helper._helper is first_helper, "one helper for every rebake"
