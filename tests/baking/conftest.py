import pytest

from masthead.baking.bake import bake_site
from masthead.core.models import ArticleListingPage


@pytest.fixture
def small_pages(monkeypatch):
    """Four articles to a listing page, so a dozen articles make archive pages."""
    monkeypatch.setattr(ArticleListingPage, "articles_per_page", 4)


@pytest.fixture
def baked_newsroom(newsroom, site_root, small_pages):
    # 12 articles, 4 to a page: each listing has a front of 4 and archive pages 1 and 2.
    articles = [
        newsroom.publish_article(headline=f"Story {n}", slug=f"story-{n}", topics=[newsroom.topic])
        for n in range(12)
    ]
    report = bake_site()
    return newsroom, articles, report
