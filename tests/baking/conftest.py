import pytest

from masthead.baking.bake import bake_site


@pytest.fixture
def site_root(settings, tmp_path):
    settings.MASTHEAD_SITE_DIR = tmp_path / "site"
    # Real PDFs are tested in tests/printing; here they would only make every bake slow.
    settings.MASTHEAD_PDF_RENDERER = {
        "default": {"BACKEND": "masthead.printing.backends.RecordingRenderer"}
    }
    return settings.MASTHEAD_SITE_DIR


@pytest.fixture
def baked_newsroom(newsroom, site_root):
    articles = [
        newsroom.publish_article(headline=f"Story {n}", slug=f"story-{n}", topics=[newsroom.topic])
        for n in range(21)
    ]
    report = bake_site()
    return newsroom, articles, report
