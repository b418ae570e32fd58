"""Benchmark baking: a full bake of the demo, and publish-to-live with large archives.

Measures, in one run on one machine:
- full bake of the demo newsroom: pages/s (HTML, with .gz and .br), and PDFs/s on their own;
- publish to live: from `publish()` of a new article until its page, the listing pages that
  changed and the home page are live in the baked tree (PDFs follow after), median of
  `--publishes`, for archives of 1,000 and 20,000 articles, and the ratio between the two.
  The reference for the ratio is the same measurement on the small archive in the same run.

Large archives are made by inserting synthetic articles directly (creating 20,000 pages through
Wagtail would take most of an hour), and only the fronts are baked before measuring: a rebake
reads what it needs from the baker's state, not from the other 20,000 article files, so their
absence does not change what a publish costs (a journal fold every 64 publishes excepted).

Run:  .venv/bin/python benchmarks/publishing.py [--publishes 15] [--large 20000]
      .venv/bin/python benchmarks/publishing.py --bake-only [--rounds 2] [--var-dir DIR]

`--bake-only` measures full bakes of the demo alone, three each round: all URLs with every PDF
drawn anew (the PDFs/s figure is what the PDFs add to the bake without them); then without PDFs,
first with every page compressed anew (nothing taken from the tree replaced, as after a new
theme), then as a bake of an unchanged site runs (the pages/s figure compared with the
reference). Given a `--var-dir` that already holds the demo, it bakes that one: two versions of
the code can then take turns on one database.
"""

import argparse
import datetime
import os
import resource
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def setup_django(var_dir: Path) -> None:
    os.environ["MASTHEAD_VAR_DIR"] = str(var_dir)
    os.environ["DJANGO_SETTINGS_MODULE"] = "masthead.settings.dev"
    os.environ.setdefault("MASTHEAD_LOG_LEVEL", "ERROR")
    sys.path.insert(0, str(ROOT / "src"))
    import django

    django.setup()
    from django.conf import settings

    # Measure baking, not the queue: tasks enqueued by publishing are dropped, and the rebake a
    # worker would run is called directly.
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def in_default_edition(model):
    """Return the live pages of `model` in the default language: the demo has two editions."""
    from wagtail.models import Locale

    return model.objects.live().filter(locale=Locale.get_default())


def default_archive():
    from masthead.articles.models import ArticleIndexPage

    return in_default_edition(ArticleIndexPage).get()


def archive_size() -> int:
    """Return how many live articles the default edition's archive holds."""
    from masthead.articles.models import ArticlePage

    return ArticlePage.objects.live().child_of(default_archive()).count()


def add_synthetic_articles(count: int) -> None:
    """Insert `count` live articles, oldest first, spread over sections, topics and authors."""
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection, transaction
    from django.utils import timezone
    from wagtail.models import Locale, Page

    from masthead.articles.models import ArticlePage
    from masthead.people.models import AuthorPage
    from masthead.photos.models import Photo
    from masthead.sections.models import SectionPage, TopicPage

    archive = default_archive()
    sections = list(in_default_edition(SectionPage))
    topics = list(in_default_edition(TopicPage))
    authors = list(in_default_edition(AuthorPage))
    photo = Photo.objects.first()
    content_type = ContentType.objects.get_for_model(ArticlePage)
    locale = Locale.get_default()
    start = timezone.now() - datetime.timedelta(days=count // 10 + 30)
    first_position = archive.numchild + 1
    pages = []
    for n in range(count):
        when = start + datetime.timedelta(minutes=144 * n)
        slug = f"archive-story-{n}"
        pages.append(
            Page(
                path=archive._get_path(archive.path, archive.depth + 1, first_position + n),
                depth=archive.depth + 1,
                numchild=0,
                title=f"Archive story {n}",
                draft_title=f"Archive story {n}",
                slug=slug,
                content_type=content_type,
                live=True,
                has_unpublished_changes=False,
                url_path=f"{archive.url_path}{slug}/",
                first_published_at=when,
                last_published_at=when,
                locale=locale,
                translation_key=uuid.uuid4(),
            )
        )
    with transaction.atomic():
        Page.objects.bulk_create(pages, batch_size=500)
        ids = dict(Page.objects.filter(slug__startswith="archive-story-").values_list("slug", "pk"))
        rows, bylines, topic_rows = [], [], []
        for n, page in enumerate(pages):
            pk = ids[page.slug]
            section = sections[n % len(sections)]
            rows.append(
                (
                    pk,
                    page.title,
                    "A story of the archive.",
                    "",
                    "[]",
                    None,
                    timezone.localdate(page.first_published_at),
                    photo.pk,
                    section.pk,
                    False,
                )
            )
            bylines.append((0, "", authors[n % len(authors)].pk, pk))
            topic_rows.append((pk, topics[n % len(topics)].pk))
        with connection.cursor() as cursor:
            cursor.executemany(
                "INSERT INTO articles_articlepage (page_ptr_id, headline, standfirst, "
                "lead_photo_caption, body, updated_at, permalink_date, lead_photo_id, "
                "primary_section_id, sensitive) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
                rows,
            )
            cursor.executemany(
                "INSERT INTO articles_articlebyline (sort_order, agency, author_id, page_id) "
                "VALUES (%s, %s, %s, %s)",
                bylines,
            )
            cursor.executemany(
                "INSERT INTO articles_articlepage_topics (articlepage_id, topicpage_id) "
                "VALUES (%s, %s)",
                topic_rows,
            )
        Page.objects.filter(pk=archive.pk).update(numchild=archive.numchild + count)


def bake_fronts() -> None:
    """Bake every page but articles and archive pages, and the baker's full state."""
    import masthead.baking.bake as bake
    from masthead.articles.models import ArticlePage

    real_public_pages, real_page_urls = bake.public_pages, bake.page_urls
    bake.public_pages = lambda: real_public_pages().not_type(ArticlePage)
    bake.page_urls = lambda page, request=None: [
        url for url in real_page_urls(page, request) if "/page/" not in url
    ]
    try:
        bake.bake_site()
    finally:
        bake.public_pages, bake.page_urls = real_public_pages, real_page_urls


def publish_to_live(publishes: int, label: str) -> list[float]:
    """Publish new articles one after another; return each one's seconds until live."""
    from masthead.articles.models import ArticlePage
    from masthead.baking.bake import rebake
    from masthead.baking.paths import ArticleRebakePlan
    from masthead.people.models import AuthorPage
    from masthead.photos.models import Photo
    from masthead.sections.models import SectionPage, TopicPage

    archive = default_archive()
    sections = in_default_edition(SectionPage)
    section = sections.filter(depth=4).first() or sections.first()
    topic = in_default_edition(TopicPage).first()
    author = in_default_edition(AuthorPage).first()
    photo = Photo.objects.first()
    timings = []
    for n in range(publishes):
        article = ArticlePage(
            title=f"Benchmark {label} {n}",
            headline=f"Benchmark {label} {n}",
            slug=f"benchmark-{label}-{n}",
            standfirst="Measured.",
            primary_section=section,
            lead_photo=photo,
        )
        archive.add_child(instance=article)
        article.bylines.create(author=author)
        article.topics.set([topic])
        revision = article.save_revision()
        started = time.perf_counter()
        revision.publish()
        before_rebake = time.perf_counter()
        report = rebake(ArticleRebakePlan(article_id=article.pk))
        assert not report.failures, report.failures
        timings.append(before_rebake - started + report.live_seconds)
    return timings


def cpu_seconds() -> float:
    """Return the CPU time of this process and of its finished children (the bake's forks)."""
    usages = [resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
    return sum(usage.ru_utime + usage.ru_stime for usage in usages)


def bake_without_pdfs(reusing: bool = True):
    """Bake every URL but the PDFs; return the report. Not `reusing`, nothing is taken from the
    tree it replaces (see `PreviousTree`), as after a change to every page (a new theme)."""
    import masthead.baking.bake as bake

    real_page_urls, real_previous_tree = bake.page_urls, bake.PreviousTree
    bake.page_urls = lambda page, request=None: [
        url for url in real_page_urls(page, request) if not url.endswith(".pdf")
    ]
    if not reusing:
        bake.PreviousTree = lambda tree: real_previous_tree(None)
    try:
        return bake.bake_site()
    finally:
        bake.page_urls, bake.PreviousTree = real_page_urls, real_previous_tree


def bake_anew_without_pdfs():
    return bake_without_pdfs(reusing=False)


def bake_drawing_pdfs():
    """Bake every URL, the PDF cache emptied first: every PDF is drawn anew."""
    import shutil

    from django.conf import settings

    from masthead.baking.bake import bake_site

    shutil.rmtree(settings.MASTHEAD_PDF_CACHE_DIR, ignore_errors=True)
    return bake_site()


def full_bakes(rounds: int, archive: int = 0, reference: bool = True) -> None:
    """Print, for each round, a full bake with PDFs and one without, wall and CPU time; with an
    `archive` size, of the demo grown to that many articles, without PDFs only (the synthetic
    articles' PDFs would be drawn for minutes). With `reference`, each round also times the
    issue's reference, a plain loop (see `plain_loop`), and the medians are compared."""
    from django.conf import settings

    from masthead.articles.models import ArticlePage
    from masthead.baking.bake import bake_site
    from masthead.demo.loader import build_demo_newsroom

    if not ArticlePage.objects.exists():
        build_demo_newsroom()
        if archive:
            add_synthetic_articles(archive - archive_size())
            bake_without_pdfs()  # the first bake draws every photo rendition once
        else:
            bake_site()  # the first bake draws every photo rendition and PDF once
    processes = settings.MASTHEAD_BAKE_PROCESSES
    # The last one's rate is the one compared with the reference.
    bakes = (("no PDFs, every page compressed anew", bake_anew_without_pdfs),)
    bakes = (*bakes, ("no PDFs", bake_without_pdfs))
    if not archive:
        bakes = (("all URLs, PDFs drawn anew", bake_drawing_pdfs), *bakes)
    no_pdf_rates, plain_rates = [], []
    for _ in range(rounds):
        timed = {}
        for label, bake in bakes:
            cpu, started = cpu_seconds(), time.perf_counter()
            report = bake()
            wall, cpu = time.perf_counter() - started, cpu_seconds() - cpu
            assert not report.failures, report.failures
            timed[bake] = (report.pages, wall)
            print(
                f"full bake, {label}: {report.pages} URLs in {wall:.2f} s = "
                f"{report.pages / wall:.1f}/s with {processes} processes; CPU {cpu:.2f} s"
            )
        if bake_drawing_pdfs in timed:
            (everything, with_pdfs), (pages, without) = timed[bake_drawing_pdfs], timed[bake]
            print(
                f"PDFs: {everything - pages} drawn in {with_pdfs - without:.2f} s more than "
                f"the same bake without them = {(everything - pages) / (with_pdfs - without):.1f}"
                f" PDFs/s with {processes} processes"
            )
        no_pdf_rates.append(report.pages / wall)
        if reference:
            plain_rates.append(plain_loop())
    if reference:
        bake_rate, plain_rate = statistics.median(no_pdf_rates), statistics.median(plain_rates)
        print(
            f"median: full bake {bake_rate:.1f}/s, plain loop {plain_rate:.1f}/s, ratio "
            f"{bake_rate / plain_rate:.2f} (the issue's figures: 250 / 64 = {250 / 64:.2f})"
        )


def plain_loop() -> float:
    """The issue's reference, in this run: one process asks Django's test client for every URL
    of a full bake (PDFs left out) and writes each response to a file, nothing else. Return its
    URLs per second."""
    from urllib.parse import urlsplit

    from django.conf import settings
    from django.test import Client

    from masthead.baking.bake import file_name_for
    from masthead.baking.paths import page_urls, public_pages, site_files

    urls = [url for page in public_pages() for url in page_urls(page) if not url.endswith(".pdf")]
    urls = list(dict.fromkeys([*urls, *site_files()]))
    client = Client(HTTP_HOST=urlsplit(settings.MASTHEAD_SITE_URL).netloc or "localhost")
    with tempfile.TemporaryDirectory(prefix="masthead-plain-loop-") as folder:
        started = time.perf_counter()
        for url in urls:
            response = client.get(url)
            assert response.status_code == 200, (url, response.status_code)
            path = Path(folder) / file_name_for(url)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(
                b"".join(response.streaming_content) if response.streaming else response.content
            )
        seconds = time.perf_counter() - started
    rate = len(urls) / seconds
    print(f"plain loop, one process: {len(urls)} URLs in {seconds:.2f} s = {rate:.1f}/s")
    return rate


def full_bake_rates(pdf_sample: int) -> dict:
    """Time a full bake of the demo, then its pages and (uncached) PDFs on their own."""
    import shutil

    from django.conf import settings

    from masthead.baking.bake import (
        PAGE_BROTLI_QUALITY,
        BakeReport,
        bake_site,
        compressed_variants,
        render_pages,
    )
    from masthead.baking.paths import page_urls, public_pages

    bake_site()  # the first bake draws every photo rendition once; measure the next ones
    started = time.perf_counter()
    report = bake_site()
    full_seconds = time.perf_counter() - started
    urls = [url for page in public_pages() for url in page_urls(page)]
    pages = [url for url in urls if not url.endswith(".pdf")]
    pdfs = [url for url in urls if url.endswith(".pdf")][:pdf_sample]
    scratch = BakeReport(tree=report.tree)
    started = time.perf_counter()
    for name, body in render_pages(pages, scratch):
        compressed_variants(name, body, brotli_quality=PAGE_BROTLI_QUALITY)
    page_seconds = time.perf_counter() - started
    shutil.rmtree(settings.MASTHEAD_PDF_CACHE_DIR, ignore_errors=True)
    started = time.perf_counter()
    rendered = sum(1 for _ in render_pages(pdfs, scratch))
    pdf_seconds = time.perf_counter() - started
    return {
        "urls": report.pages,
        "full_seconds": full_seconds,
        "pages": len(pages),
        "page_seconds": page_seconds,
        "pdfs": rendered,
        "pdf_seconds": pdf_seconds,
    }


def print_full_bake_rates(rates: dict) -> None:
    print(
        f"full bake of the demo: {rates['urls']} URLs in {rates['full_seconds']:.1f} s "
        "(PDFs from the PDF cache)"
    )
    print(
        f"pages (HTML + .gz + .br): {rates['pages']} in {rates['page_seconds']:.1f} s = "
        f"{rates['pages'] / rates['page_seconds']:.1f} pages/s, one process"
    )
    print(
        f"PDFs drawn anew: {rates['pdfs']} in {rates['pdf_seconds']:.1f} s = "
        f"{rates['pdfs'] / rates['pdf_seconds']:.2f} PDFs/s, one process"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--publishes", type=int, default=15)
    parser.add_argument("--small", type=int, default=1000)
    parser.add_argument("--large", type=int, default=20000)
    parser.add_argument("--pdfs", type=int, default=10, help="PDFs drawn anew for the PDF rate")
    parser.add_argument(
        "--no-full-bake", action="store_true", help="measure publish to live only (faster)"
    )
    parser.add_argument("--bake-only", action="store_true", help="full bakes of the demo only")
    parser.add_argument("--rounds", type=int, default=2, help="full bakes with --bake-only")
    parser.add_argument(
        "--archive",
        type=int,
        default=0,
        help="with --bake-only: grow the demo to this many articles first (no PDFs baked)",
    )
    parser.add_argument(
        "--no-reference",
        action="store_true",
        help="with --bake-only: leave out the plain loop (slow: minutes for a large archive)",
    )
    parser.add_argument("--var-dir", type=Path, help="a folder to keep (or reuse) the demo in")
    args = parser.parse_args()
    setup_django(args.var_dir or Path(tempfile.mkdtemp(prefix="masthead-bench-publish-")))
    if args.bake_only:
        full_bakes(args.rounds, args.archive, reference=not args.no_reference)
        return

    from masthead.baking.bake import bake_site
    from masthead.demo.loader import build_demo_newsroom

    build_demo_newsroom()
    if args.no_full_bake:
        bake_site()
    else:
        print_full_bake_rates(full_bake_rates(args.pdfs))

    results = {}
    baked = archive_size()
    for size in (args.small, args.large):
        add_synthetic_articles(size - baked)
        baked = size
        bake_fronts()
        results[size] = publish_to_live(args.publishes, f"a{size}")
    small, large = (statistics.median(results[size]) for size in (args.small, args.large))
    for size in (args.small, args.large):
        times = sorted(results[size])
        median = statistics.median(times) * 1000
        print(
            f"publish to live, archive of {size:>6} articles: median {median:.0f} ms, "
            f"min {times[0] * 1000:.0f} ms, max {times[-1] * 1000:.0f} ms ({len(times)} publishes)"
        )
    print(f"ratio {args.large}/{args.small}: {large / small:.2f}")


if __name__ == "__main__":
    main()
