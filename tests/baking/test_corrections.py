"""Publishing a correction rebakes the article and its PDF; nothing else needs to change."""

import pytest

from masthead.articles.models import ArticleNote, ArticlePage
from masthead.baking.bake import file_name_for
from masthead.baking.tree import live_tree, verify_tree

pytestmark = pytest.mark.django_db(transaction=True)


def test_publishing_a_correction_rebakes_the_article_page_and_its_pdf(baked_newsroom):
    newsroom, articles, first = baked_newsroom
    article = ArticlePage.objects.get(pk=articles[1].pk)
    page_file, pdf_file = file_name_for(article.url), file_name_for(article.pdf_url)
    before = {name: (live_tree() / name).stat().st_ino for name in (page_file, pdf_file)}
    front = (live_tree() / "news/politics/page/2/index.html").stat().st_ino

    draft = article.get_latest_revision_as_object()
    draft.notes.add(ArticleNote(text="The vote was on Tuesday, not Monday."))
    revision = draft.save_revision()
    # A saved draft is not public: the baked page does not change.
    assert "The vote was on Tuesday" not in (live_tree() / page_file).read_text()
    revision.publish()

    baked = (live_tree() / page_file).read_text()
    assert "The vote was on Tuesday, not Monday." in baked and 'href="#corrections"' in baked
    after = {name: (live_tree() / name).stat().st_ino for name in (page_file, pdf_file)}
    assert all(after[name] != before[name] for name in before), "page and PDF are rewritten"
    assert (live_tree() / pdf_file).read_bytes().startswith(b"%PDF")
    # The cost follows the change: an archive page that does not list the article is untouched.
    assert (live_tree() / "news/politics/page/2/index.html").stat().st_ino == front
    assert verify_tree(live_tree()) == []
