"""Benchmark what the sitemaps add to a publish, with archives of 1,000 and 20,000 articles.

For each publish of a new article (the setup of `benchmarks/publishing.py`): the time to work out
which sitemap files change (`sitemap_changes`, run while the rebake plan resolves) and to render
the files a publish rebakes (its month file, the news sitemap, the index, which gets the months
`sitemap_changes` worked out, as in a rebake), median of `--publishes`.
Synthetic articles are 144 minutes apart, so a month file holds about 300 articles.

Run:  .venv/bin/python benchmarks/sitemaps.py [--publishes 15] [--large 20000]
"""

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from publishing import (  # noqa: E402
    add_synthetic_articles,
    archive_size,
    bake_fronts,
    default_archive,
    in_default_edition,
    setup_django,
)


def publish_and_measure(publishes: int, label: str) -> tuple[list[float], list[float], list[int]]:
    from masthead.articles.models import ArticlePage
    from masthead.baking.bake import bake_client, rebake
    from masthead.baking.paths import ArticleRebakePlan
    from masthead.baking.tree import live_tree
    from masthead.sections.models import SectionPage
    from masthead.syndication.sitemaps import MONTH_LASTMODS_MEMO_KEY, sitemap_changes

    archive = default_archive()
    section = in_default_edition(SectionPage).first()
    resolve_times, render_times, sizes = [], [], []
    for n in range(publishes):
        article = ArticlePage(
            title=f"Sitemap {label} {n}",
            headline=f"Sitemap {label} {n}",
            slug=f"sm-{label}-{n}",
            primary_section=section,
        )
        archive.add_child(instance=article)
        article.save_revision().publish()
        article = ArticlePage.objects.get(pk=article.pk)
        started = time.perf_counter()
        changes = sitemap_changes(live_tree(), article.pk, [])
        resolve_times.append(time.perf_counter() - started)
        # As the rebake does: the index gets the months worked out above, not an aggregate.
        memo = {}
        if changes.index_months is not None:
            memo[MONTH_LASTMODS_MEMO_KEY] = changes.index_months
        client = bake_client(memo)
        started = time.perf_counter()
        size = 0
        for url in changes.render:
            response = client.get(url)
            assert response.status_code == 200, url
            size += len(response.content)
        render_times.append(time.perf_counter() - started)
        sizes.append(size)
        rebake(ArticleRebakePlan(article_id=article.pk))
    return resolve_times, render_times, sizes


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--publishes", type=int, default=15)
    parser.add_argument("--small", type=int, default=1000)
    parser.add_argument("--large", type=int, default=20000)
    args = parser.parse_args()
    setup_django(Path(tempfile.mkdtemp(prefix="masthead-bench-sitemaps-")))
    from masthead.baking.bake import bake_site
    from masthead.demo.loader import build_demo_newsroom

    build_demo_newsroom()
    bake_site()
    baked = archive_size()
    for size in (args.small, args.large):
        add_synthetic_articles(size - baked)
        baked = size
        bake_fronts()
        resolve, render, sizes = publish_and_measure(args.publishes, f"a{size}")
        print(
            f"archive of {size:>6} articles: which sitemaps change median "
            f"{statistics.median(resolve) * 1000:.0f} ms; rendering them median "
            f"{statistics.median(render) * 1000:.0f} ms ({statistics.median(sizes) // 1024} KiB)"
        )


if __name__ == "__main__":
    main()
