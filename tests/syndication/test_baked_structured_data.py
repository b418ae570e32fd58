"""The baked site carries the same structured data as the live one, and the files it names."""

import pytest

from masthead.baking.bake import bake_site, file_name_for
from masthead.baking.tree import live_tree
from tests.assertions import assert_public_html, json_ld_blocks

pytestmark = pytest.mark.django_db


def test_baked_pages_pass_the_shared_check_and_carry_the_images_they_name(
    newsroom, site_root, client, settings
):
    article = newsroom.publish_article(slug="budget-vote", topics=[newsroom.topic])
    report = bake_site()
    assert report.failures == []
    live = live_tree()
    baked = (live / file_name_for(article.url)).read_text()
    soup = assert_public_html(baked)
    # The same as readers of the live site get.
    assert json_ld_blocks(soup) == json_ld_blocks(
        assert_public_html(client.get(article.url).content.decode())
    )
    [story, _breadcrumbs] = json_ld_blocks(soup)
    site = settings.MASTHEAD_SITE_URL
    named = [
        story["image"][0]["url"],
        story["publisher"]["logo"]["url"],
        soup.select_one("meta[property='og:image']")["content"],
    ]
    for url in named:
        assert url.startswith(site)
        assert (live / file_name_for(url.removeprefix(site))).is_file(), url
    for path in ["/", "/news/politics/", "/topics/elections/", "/authors/anna-keller/"]:
        assert_public_html((live / file_name_for(path)).read_text())


@pytest.mark.django_db(transaction=True)
def test_publishing_or_unpublishing_a_translation_rebakes_the_original(newsroom, site_root):
    from tests.syndication.test_structured_data import translate

    translate(newsroom.home)
    article = newsroom.publish_article(slug="budget-vote")
    bake_site()
    original = live_tree() / file_name_for(article.url)

    def translations_named():
        [story, _breadcrumbs] = json_ld_blocks(assert_public_html(original.read_text()))
        return [work["inLanguage"] for work in story.get("workTranslation", [])]

    assert translations_named() == []
    translation = translate(article, headline="Парламент принял бюджет")
    assert translations_named() == ["ru"]
    translation.unpublish()
    assert translations_named() == []
    translation.save_revision().publish()
    assert translations_named() == ["ru"]
    translation.delete()
    assert translations_named() == []
