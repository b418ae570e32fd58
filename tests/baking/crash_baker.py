"""A baker that never stops, for the crash test to kill: it alternates full bakes with rebakes
of articles whose headline it changes each time. Run with
`python -m tests.baking.crash_baker ARTICLES_PER_PAGE`."""

import itertools
import os
import sys

import django


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "masthead.settings.dev")
    django.setup()
    from django.conf import settings

    from masthead.articles.models import ArticleListingPage, ArticlePage
    from masthead.baking.bake import bake_site, rebake
    from masthead.baking.carry import new_content_generation
    from masthead.baking.paths import ArticleRebakePlan

    # Real PDFs are tested elsewhere; here they would only slow the loop down.
    settings.MASTHEAD_PDF_RENDERER = {
        "default": {"BACKEND": "masthead.printing.backends.RecordingRenderer"}
    }
    # The same page size as the test's newsroom (`small_pages`), or the first full bake to finish
    # would rightly drop the listings' archive pages that the reader polls.
    ArticleListingPage.articles_per_page = int(sys.argv[1])
    article_ids = list(ArticlePage.objects.live().values_list("pk", flat=True))
    print("baking", flush=True)
    for round_number in itertools.count():
        if round_number % 4 == 0:
            bake_site()
            continue
        article_id = article_ids[round_number % len(article_ids)]
        ArticlePage.objects.filter(pk=article_id).update(headline=f"Edition {round_number}")
        # An update() sends no signal: say the teasers a rebake carries are stale.
        new_content_generation()
        rebake(ArticleRebakePlan(article_id=article_id))


if __name__ == "__main__":
    main()
