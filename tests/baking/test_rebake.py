"""Publishing keeps the baked site in step: the article, the listing pages that changed, nothing
else, nothing lost."""

import gc
import json
import threading

import pytest
from bs4 import BeautifulSoup
from django.db import close_old_connections
from wagtail.models import Locale, PageViewRestriction

import masthead.baking.bake as bake
from masthead.articles.models import ArticlePage
from masthead.baking.bake import bake_site, file_name_for
from masthead.baking.tree import JOURNAL_DIR, live_tree, verify_tree
from masthead.newsroom.models import NewsroomSettings
from tests import factories
from tests.syndication.conftest import translate

pytestmark = pytest.mark.django_db(transaction=True)

LISTINGS = ["news/politics/", "topics/elections/", "authors/anna-keller/", "articles/"]


def live_text(name: str) -> str:
    return (live_tree() / name).read_text()


def inode(name: str) -> int:
    """A rebake replaces a file by renaming a new one into place: a new inode means rewritten."""
    return (live_tree() / name).stat().st_ino


def inodes(names) -> dict[str, int]:
    return {name: inode(name) for name in names}


def test_publishing_rebakes_the_article_and_every_front_that_lists_it(baked_newsroom):
    newsroom, articles, first = baked_newsroom
    untouched = inodes(
        ["terms/index.html", file_name_for(articles[5].url)]
        + [f"{listing}page/{n}/index.html" for listing in LISTINGS for n in (1, 2)]
    )
    article = newsroom.publish_article(
        headline="Breaking: the budget is signed", slug="budget-signed", topics=[newsroom.topic]
    )
    # Changed in place, not copied into a new tree: the cost follows the change, not the archive.
    assert live_tree() == first.tree
    assert "Breaking: the budget is signed" in live_text(file_name_for(article.url))
    assert (live_tree() / file_name_for(article.pdf_url)).read_bytes().startswith(b"%PDF")
    for front in [
        "index.html",
        "news/index.html",
        *(f"{listing}index.html" for listing in LISTINGS),
    ]:
        assert "Breaking: the budget is signed" in live_text(front), front
    # The archive pages count from the oldest article, so none of them changed.
    assert inodes(untouched) == untouched
    assert verify_tree(live_tree()) == []
    entries = [json.loads(p.read_text()) for p in (live_tree() / JOURNAL_DIR).glob("*.json")]
    assert {entry["state"] for entry in entries} == {"committed"}


def test_a_new_archive_page_appears_and_its_neighbour_links_to_it(baked_newsroom):
    newsroom, articles, first = baked_newsroom
    oldest_page = inodes(f"{listing}page/1/index.html" for listing in LISTINGS)
    for n in range(12, 16):
        newsroom.publish_article(headline=f"Story {n}", slug=f"story-{n}", topics=[newsroom.topic])
    # 16 articles, 4 to a page: archive pages 1-3 and a front of 4.
    for listing in LISTINGS:
        newest = live_text(f"{listing}page/3/index.html")
        assert all(f"Story {n}<" in newest for n in (8, 9, 10, 11)), listing
        assert f'href="/{listing}page/3/"' in live_text(f"{listing}page/2/index.html")
        assert f'rel="prev" href="/{listing}"' in newest
    assert inodes(oldest_page) == oldest_page
    assert verify_tree(live_tree()) == []


def test_a_correction_to_an_old_article_rebakes_only_the_page_that_shows_it(baked_newsroom):
    newsroom, articles, first = baked_newsroom
    other_pages = inodes(f"{listing}page/2/index.html" for listing in LISTINGS)
    old = articles[1]
    revision = old.save_revision()
    revision.as_object().headline = "Story 1, corrected"
    revision.content["headline"] = "Story 1, corrected"
    revision.save()
    revision.publish()
    assert "Story 1, corrected" in live_text(file_name_for(old.url))
    for listing in LISTINGS:
        assert "Story 1, corrected" in live_text(f"{listing}page/1/index.html"), listing
    assert inodes(other_pages) == other_pages
    assert verify_tree(live_tree()) == []


def test_unpublishing_removes_the_article_and_pages_that_no_longer_exist(baked_newsroom):
    newsroom, articles, first = baked_newsroom
    victim = articles[0]
    victim.unpublish()
    live = live_tree()
    assert not (live / file_name_for(victim.url)).exists()
    assert not (live / file_name_for(victim.pdf_url)).exists()
    assert not (live / (file_name_for(victim.url) + ".br")).exists()
    # 11 articles are left: one archive page, holding the oldest four that remain.
    for listing in LISTINGS:
        assert not (live / f"{listing}page/2/index.html").exists(), listing
        assert "Story 0<" not in live_text(f"{listing}page/1/index.html")
        assert "Story 1<" in live_text(f"{listing}page/1/index.html")
    assert verify_tree(live) == []


def test_an_article_made_private_leaves_the_baked_site_and_comes_back(baked_newsroom):
    newsroom, articles, first = baked_newsroom
    article = ArticlePage.objects.get(pk=articles[11].pk)
    page_file = file_name_for(article.url)
    restriction = PageViewRestriction.objects.create(
        page=article, restriction_type=PageViewRestriction.PASSWORD, password="s3cret"
    )
    # Files cannot ask for a password: the article and every mention of it leave the tree.
    assert not (live_tree() / page_file).exists()
    assert not (live_tree() / file_name_for(article.pdf_url)).exists()
    assert "Story 11<" not in live_text("index.html")
    assert "Story 11<" not in live_text("news/politics/index.html")
    assert verify_tree(live_tree()) == []
    restriction.delete()
    assert "Story 11" in live_text(page_file)
    assert "Story 11<" in live_text("news/politics/index.html")
    assert verify_tree(live_tree()) == []


def test_a_section_made_private_takes_its_pages_out_of_the_baked_site(baked_newsroom):
    newsroom, articles, first = baked_newsroom
    assert (live_tree() / "news/politics/index.html").exists()
    PageViewRestriction.objects.create(page=newsroom.news, restriction_type="login")
    live = live_tree()
    assert not (live / "news/index.html").exists()
    assert not (live / "news/politics/index.html").exists()
    assert (live / "terms/index.html").exists()
    assert verify_tree(live) == []


def test_a_change_to_the_newsroom_settings_rebakes_every_page(baked_newsroom):
    newsroom, articles, first = baked_newsroom
    settings = NewsroomSettings.for_site(newsroom.home.get_site())
    settings.publication_name = "The Evening Courier"
    settings.save()
    for name in ["index.html", "terms/index.html", file_name_for(articles[3].url)]:
        assert "The Evening Courier" in live_text(name), name
    assert live_tree() != first.tree  # a whole new tree, switched in one rename
    assert verify_tree(live_tree()) == []


def test_deleting_an_article_removes_it_everywhere(baked_newsroom):
    newsroom, articles, first = baked_newsroom
    victim = ArticlePage.objects.get(pk=articles[11].pk)
    url = victim.url
    victim.delete()
    assert not (live_tree() / file_name_for(url)).exists()
    assert "Story 11<" not in live_text("index.html")
    assert "Story 11<" not in live_text("news/politics/index.html")
    assert verify_tree(live_tree()) == []


def test_an_article_leaving_a_topic_disappears_from_that_topic(baked_newsroom):
    newsroom, articles, first = baked_newsroom
    article = ArticlePage.objects.get(pk=articles[10].pk)
    assert "Story 10<" in live_text("topics/elections/index.html")
    article.topics.clear()
    article.save_revision().publish()
    assert "Story 10<" not in live_text("topics/elections/index.html")
    assert "Story 10<" in live_text("news/politics/index.html")
    assert verify_tree(live_tree()) == []


def test_a_renamed_article_leaves_a_redirect_at_its_old_address(baked_newsroom):
    newsroom, articles, first = baked_newsroom
    article = ArticlePage.objects.get(pk=articles[10].pk)
    old_name = file_name_for(article.url)
    article.slug = "story-ten-renamed"
    article.save_revision().publish()
    article.refresh_from_db()
    assert "Story 10" in live_text(file_name_for(article.url))
    stub = live_text(old_name)
    # Wagtail created a redirect; a static host cannot send a 301, so the page points onwards.
    assert f'url={article.url}"' in stub and "noindex" in stub
    assert verify_tree(live_tree()) == []


def test_two_editors_publishing_at_once_both_appear_on_every_front(baked_newsroom):
    newsroom, articles, first = baked_newsroom
    drafts = []
    for n in (1, 2):
        draft = newsroom.publish_article(
            headline=f"Simultaneous {n}", slug=f"simultaneous-{n}", topics=[newsroom.topic]
        )
        draft.unpublish()
        drafts.append(ArticlePage.objects.get(pk=draft.pk))
    start = threading.Barrier(2)
    errors = []

    def publish(article):
        try:
            start.wait()
            article.save_revision().publish()
        except Exception as error:  # noqa: BLE001 - reported by the assertion below
            errors.append(error)
        finally:
            close_old_connections()

    threads = [threading.Thread(target=publish, args=(draft,)) for draft in drafts]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    for front in ["index.html", *(f"{listing}index.html" for listing in LISTINGS)]:
        text = live_text(front)
        assert "Simultaneous 1" in text and "Simultaneous 2" in text, front
    assert verify_tree(live_tree()) == []


def test_nothing_is_baked_on_publish_before_the_first_bake(newsroom, site_root):
    newsroom.publish_article(slug="quiet")
    assert live_tree() is None


def test_a_new_photo_is_in_the_baked_site_when_the_article_is(baked_newsroom):
    newsroom, articles, first = baked_newsroom
    photo = factories.PhotoFactory(title="Fresh photo")
    article = newsroom.publish_article(slug="with-fresh-photo", lead_photo=photo)
    soup = BeautifulSoup(live_text(file_name_for(article.url)), "html.parser")
    sources = soup.select("figure.photo--lead source, figure.photo--lead img")
    assert sources
    # Renditions were made while publishing, not on a reader's first view.
    for source in sources:
        for candidate in (source.get("srcset") or source.get("src")).split(","):
            assert (live_tree() / file_name_for(candidate.strip().split(" ")[0])).is_file()
    assert verify_tree(live_tree()) == []


def test_editing_a_photo_credit_rebakes_every_page_showing_it(baked_newsroom):
    newsroom, articles, first = baked_newsroom
    photo = newsroom.photo
    photo.credit_photographer = "Corrected Photographer"
    photo.save()
    article = articles[-1]
    assert "Corrected Photographer" in live_text(file_name_for(article.url))
    assert "Corrected Photographer" in live_text(file_name_for(articles[0].url))
    assert verify_tree(live_tree()) == []


def test_an_article_published_during_a_full_bake_is_live_at_once_and_stays_after_the_switch(
    baked_newsroom, monkeypatch
):
    """A full bake takes minutes on a large archive: readers must not wait for it, and its
    switch must not take back what they have already been shown."""
    from masthead.baking import bake

    newsroom, _articles, first = baked_newsroom
    render_everything = bake.render_tree
    seen_during_the_bake = {}

    def render_then_publish(*args):
        assets = render_everything(*args)
        # The new tree is rendered from the database as it was; now an editor publishes.
        article = newsroom.publish_article(headline="Published mid-bake", slug="mid-bake")
        seen_during_the_bake["tree"] = live_tree()
        seen_during_the_bake["front"] = live_text("index.html")
        seen_during_the_bake["article"] = file_name_for(article.url)
        return assets

    monkeypatch.setattr(bake, "render_tree", render_then_publish)

    second = bake.bake_site()

    assert seen_during_the_bake["tree"] == first.tree
    assert "Published mid-bake" in seen_during_the_bake["front"]
    assert live_tree() == second.tree != first.tree
    assert "Published mid-bake" in live_text("index.html")
    assert "Published mid-bake" in live_text("news/politics/index.html")
    assert "Published mid-bake" in live_text(seen_during_the_bake["article"])
    assert verify_tree(live_tree()) == []
    assert not any((first.tree.parent.parent / "replay").iterdir())


def test_a_rebake_in_two_processes_writes_what_one_process_writes(
    baked_newsroom, settings, monkeypatch
):
    import os

    from masthead.baking import bake, helper
    from masthead.baking.bake import BakeReport, RebakeRendering, rendered_files

    forks = []
    real_fork = os.fork
    monkeypatch.setattr(helper.os, "fork", lambda: forks.append(1) or real_fork())
    monkeypatch.setattr(bake, "spare_core", lambda: True)

    urls = [
        "/",
        "/feed.xml",
        "/news/",
        *(f"/{listing}" for listing in LISTINGS),
        *(f"/{listing}atom.xml" for listing in LISTINGS[:3]),
        "/sitemap.xml",
    ]
    settings.MASTHEAD_BAKE_PROCESSES = 2
    one_report = BakeReport(tree=live_tree())
    one, one_assets = rendered_files(urls, one_report)
    for _rebake in range(2):
        split_report = BakeReport(tree=live_tree())
        split, split_assets = RebakeRendering(split_report).render(urls, {})
        assert split_report.pages == one_report.pages == len(urls)
        assert split == one
        assert split_assets == one_assets
    assert forks == [1], "the helper renders its share of every rebake, forked once"


def test_a_rebake_renders_the_share_of_a_helper_that_died(baked_newsroom, settings, monkeypatch):
    import os
    import signal

    from masthead.baking import bake, helper
    from masthead.baking.bake import BakeReport, RebakeRendering, rendered_files

    monkeypatch.setattr(bake, "spare_core", lambda: True)
    settings.MASTHEAD_BAKE_PROCESSES = 2
    urls = [
        "/",
        "/news/",
        "/feed.xml",
        *(f"/{listing}{feed}" for listing in LISTINGS[:3] for feed in ("", "feed.xml")),
    ]
    expected, _assets = rendered_files(urls, BakeReport(tree=live_tree()))
    RebakeRendering(BakeReport(tree=live_tree())).render(urls, {})
    first_helper = helper._helper
    real_send = first_helper.send

    def send_then_die(*args):
        sent = real_send(*args)
        os.kill(first_helper.pid, signal.SIGKILL)
        return sent

    monkeypatch.setattr(first_helper, "send", send_then_die)
    report = BakeReport(tree=live_tree())
    assert RebakeRendering(report).render(urls, {})[0] == expected
    assert report.pages == len(urls) and not report.failures
    # The next rebake starts another helper.
    RebakeRendering(BakeReport(tree=live_tree())).render(urls, {})
    assert helper.render_helper().pid != first_helper.pid


def test_pages_the_helper_started_early_are_written_only_if_the_plan_wants_them(
    baked_newsroom, settings, monkeypatch
):
    from masthead.baking.paths import ArticleRebakePlan

    monkeypatch.setattr(bake, "spare_core", lambda: True)
    settings.MASTHEAD_BAKE_PROCESSES = 2
    real_early_urls = ArticleRebakePlan.early_urls
    started = []

    def early_urls_and_one_the_plan_does_not_want(plan):
        started.append(real_early_urls(plan))
        return [*started[-1], "/terms/"]

    monkeypatch.setattr(ArticleRebakePlan, "early_urls", early_urls_and_one_the_plan_does_not_want)
    newsroom, _articles, _report = baked_newsroom
    terms = inode("terms/index.html")
    article = newsroom.publish_article(headline="Started early", slug="started-early")
    assert started == [[article.url]]
    assert "Started early" in live_text(file_name_for(article.url))
    assert "Started early" in live_text("news/politics/index.html")
    assert inode("terms/index.html") == terms, "the plan did not ask for the terms page"
    assert verify_tree(live_tree()) == []


def test_a_publication_renders_the_home_page_of_its_own_edition_only(newsroom, site_root):
    russian = Locale.objects.get(language_code="ru")
    newsroom.home.copy_for_translation(russian).save_revision().publish()
    story = newsroom.publish_article(headline="Harbour story", slug="harbour-story")
    bake_site()
    homes = inodes(["index.html", "ru/index.html"])
    newsroom.publish_article(headline="Ferry story", slug="ferry-story")
    assert "Ferry story" in live_text("index.html")
    assert inode("ru/index.html") == homes["ru/index.html"], "nothing changed in Russian"
    translate(story, russian, "Портовая история")
    assert "Портовая история" in live_text("ru/index.html")
    assert verify_tree(live_tree()) == []


def test_a_rebake_holds_the_garbage_collector_off_until_its_pages_are_live(
    baked_newsroom, monkeypatch
):
    collector_while_rendering = []
    real_change_files = bake.change_files

    def change_files(tree, files, removed=()):
        collector_while_rendering.append(gc.isenabled())
        return real_change_files(tree, files, removed)

    monkeypatch.setattr(bake, "change_files", change_files)
    newsroom, _articles, _report = baked_newsroom
    newsroom.publish_article(headline="Collected later", slug="collected-later")
    # The pages went live with the collector off; the PDF followed with it on again.
    assert collector_while_rendering[0] is False
    assert gc.isenabled()
    assert "Collected later" in live_text("news/politics/index.html")
