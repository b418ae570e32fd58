"""Baking the public site into files: complete, compressed, verifiable, switched atomically."""

import gzip
import os
import re
import shutil
import subprocess
from pathlib import Path

import brotli
import pytest
from django.core.management import call_command

from masthead.articles.models import ArticlePage
from masthead.baking.bake import BakeError, bake_site, file_name_for
from masthead.baking.models import BakeRun
from masthead.baking.paths import page_urls, public_pages, site_files
from masthead.baking.tree import live_tree, verify_tree
from tests.assertions import assert_public_html

pytestmark = pytest.mark.django_db


def test_bake_writes_every_public_url_with_compressed_siblings(baked_newsroom, site_root):
    newsroom, articles, report = baked_newsroom
    assert report.failures == []
    live = live_tree()
    assert live == report.tree and (site_root / "live").is_symlink()
    expected = [
        "index.html",
        "news/index.html",
        "news/politics/index.html",
        "news/politics/page/1/index.html",
        "news/politics/page/2/index.html",
        "topics/elections/index.html",
        "topics/elections/page/2/index.html",
        "authors/anna-keller/page/2/index.html",
        "articles/page/2/index.html",
        "terms/index.html",
        "privacy/index.html",
        "robots.txt",
        "404.html",
        "static/theme/css/site.css",
        "static/theme/js/site.js",
        file_name_for(articles[0].url),
        file_name_for(articles[0].pdf_url),
    ]
    for name in expected:
        assert (live / name).is_file(), name
    html = (live / "index.html").read_bytes()
    assert gzip.decompress((live / "index.html.gz").read_bytes()) == html
    assert brotli.decompress((live / "index.html.br").read_bytes()) == html
    assert (live / file_name_for(articles[0].pdf_url)).read_bytes().startswith(b"%PDF-")
    assert not (live / file_name_for(articles[0].pdf_url + ".gz")).exists()
    article_html = (live / file_name_for(articles[0].url)).read_text()
    soup = assert_public_html(article_html)
    for image in soup.select("figure.photo--lead source, figure.photo--lead img"):
        for candidate in (image.get("srcset") or image.get("src")).split(","):
            assert (live / file_name_for(candidate.strip().split(" ")[0])).is_file()
    assert "Page not found" in (live / "404.html").read_text()
    assert verify_tree(live) == []


def without_build_time(feed: bytes) -> bytes:
    """A feed without its own update time: an empty feed says "now"."""
    build_time = rb"<lastBuildDate>[^<]*</lastBuildDate>|<updated>[^<]*</updated>"
    return re.sub(build_time, b"", feed, count=1)


def test_every_baked_page_is_what_a_reader_request_gets(baked_newsroom, client):
    # A bake's requests share what they look up and render (masthead.core.memo): nothing of one
    # page may show on another.
    urls = [url for page in public_pages() for url in page_urls(page)] + site_files()
    live = live_tree()
    compared = 0
    for url in urls:
        if not url.endswith(".pdf"):
            baked = without_build_time((live / file_name_for(url)).read_bytes())
            assert baked == without_build_time(client.get(url).content), url
            compared += 1
    assert compared > 40


def test_a_bake_compresses_only_what_changed_since_the_tree_it_replaces(
    baked_newsroom, monkeypatch
):
    from masthead.baking import bake

    newsroom, articles, first = baked_newsroom
    changed = articles[0]
    ArticlePage.objects.filter(pk=changed.pk).update(headline="A headline changed")
    # A sibling that no longer holds what the manifest says (a rebake changing the old tree
    # while the new one is baked) is not taken.
    (first.tree / "terms" / "index.html.br").write_bytes(brotli.compress(b"not the page"))
    compressed = []
    compress = bake.compressed_variants
    monkeypatch.setattr(
        bake,
        "compressed_variants",
        lambda name, data, **options: compressed.append(name) or compress(name, data, **options),
    )
    second = bake_site()
    assert verify_tree(second.tree) == []
    for name in [file_name_for(changed.url), "terms/index.html", "privacy/index.html"]:
        page = (second.tree / name).read_bytes()
        assert brotli.decompress((second.tree / f"{name}.br").read_bytes()) == page
        assert gzip.decompress((second.tree / f"{name}.gz").read_bytes()) == page
    assert b"A headline changed" in (second.tree / file_name_for(changed.url)).read_bytes()
    assert file_name_for(changed.url) in compressed and "terms/index.html" in compressed
    assert "privacy/index.html" not in compressed
    pages = [name for name in second.listed if name.endswith(".html")]
    assert len([name for name in compressed if name.endswith(".html")]) < len(pages) / 2


def test_verify_site_finds_changed_missing_extra_and_planted_files(baked_newsroom):
    live = live_tree()
    call_command("verify-site")
    (live / "index.html").write_text("defaced")
    (live / "news" / "index.html").unlink()
    (live / "extra.html").write_text("planted")
    os.symlink("/etc/passwd", live / "passwd.html")
    problems = verify_tree(live)
    assert "changed since the bake: index.html" in problems
    assert "missing or not a regular file: news/index.html" in problems
    assert "not in the manifest: extra.html" in problems
    assert "not in the manifest: passwd.html" in problems
    with pytest.raises(Exception, match="does not match its manifest"):
        call_command("verify-site")


def test_a_new_bake_switches_live_atomically_and_prunes_old_trees(baked_newsroom, site_root):
    newsroom, articles, first = baked_newsroom
    trees = [first.tree]
    for _ in range(3):
        trees.append(bake_site().tree)
    assert live_tree() == trees[-1]
    assert sorted(p.name for p in (site_root / "trees").iterdir()) == [t.name for t in trees[-3:]]


def test_a_page_that_fails_keeps_its_previous_version(baked_newsroom, monkeypatch):
    newsroom, articles, first = baked_newsroom
    broken = articles[3]
    names = [file_name_for(broken.url), file_name_for(broken.pdf_url)]
    before = [(first.tree / name).read_bytes() for name in names]
    original = ArticlePage.get_context

    def fail_for_one(self, request, *args, **kwargs):
        if self.pk == broken.pk:
            raise RuntimeError("template bug")
        return original(self, request, *args, **kwargs)

    monkeypatch.setattr(ArticlePage, "get_context", fail_for_one)
    report = bake_site()
    assert report.failures == [(broken.url, "HTTP 500"), (broken.pdf_url, "HTTP 500")]
    assert [(report.tree / name).read_bytes() for name in names] == before
    assert live_tree() == report.tree and verify_tree(report.tree) == []


def test_a_full_disk_leaves_the_previous_site_live(baked_newsroom, site_root, tmp_path):
    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a small tmpfs needs root")
    newsroom, articles, first = baked_newsroom
    small = tmp_path / "small-disk"
    small.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", str(small)], check=True)
    try:
        shutil.copytree(site_root, small / "site", symlinks=True)
        disk = os.statvfs(small)
        used = (disk.f_blocks - disk.f_bfree) * disk.f_frsize
        # Room for the tree already there and half of another one.
        size_kb = (used + used // 2) // 1024
        subprocess.run(["mount", "-o", f"remount,size={size_kb}k", str(small)], check=True)
        with pytest.raises(BakeError, match="the site still serves the previous version"):
            bake_site(root=small / "site")
        # The admin's bake state shows why.
        failed = BakeRun.objects.order_by("-started_at").first()
        assert failed.status == BakeRun.Status.FAILED
        assert "No space left on device" in failed.error
        live = live_tree(small / "site")
        assert live.name == first.tree.name
        assert verify_tree(live) == []
        assert len(list((small / "site" / "trees").iterdir())) == 1
    finally:
        subprocess.run(["umount", str(small)], check=True)


@pytest.mark.parametrize("url", ["/../etc/passwd", "/a/%2e%2e/b/", "/a/\x00/", "/a\\..\\b/"])
def test_unsafe_paths_are_never_turned_into_file_names(url):
    with pytest.raises(ValueError, match="unsafe path"):
        file_name_for(url)


def test_bake_command_reports_what_it_did(newsroom, site_root, capsys):
    call_command("bake")
    assert "Baked" in capsys.readouterr().out
    assert (live_tree() / "index.html").is_file()


def test_file_names_for_folders_and_files():
    assert file_name_for("/") == "index.html"
    assert file_name_for("/news/page/2/") == "news/page/2/index.html"
    assert file_name_for("/articles/2026/06/19/a/a.pdf") == "articles/2026/06/19/a/a.pdf"
    assert file_name_for("/robots.txt") == "robots.txt"
    assert Path(file_name_for("/ru/news/")).parts[0] == "ru"


def test_nothing_is_ever_baked_under_preview(newsroom, site_root):
    """Not a draft behind a preview link, nor a page slugged "preview", nor a redirect there."""
    from django.contrib.auth import get_user_model
    from wagtail.contrib.redirects.models import Redirect

    from masthead.editorial.models import PreviewLink
    from tests import factories

    editor = get_user_model().objects.create_superuser("editor", "editor@example.org", "x" * 20)
    article = newsroom.publish_article(slug="ferry-terminal")
    article.headline = "Ferry terminal: the secret vote"
    article.save_revision(user=editor)
    PreviewLink.create_for(article, editor)
    squatter = factories.InfoPageFactory(parent=newsroom.home, title="Preview", slug="preview")
    factories.InfoPageFactory(parent=squatter, title="Inside", slug="inside")
    Redirect.objects.create(old_path="/preview/old-link", redirect_page=article)
    Redirect.objects.create(old_path="/old-link", redirect_page=article)
    report = bake_site()
    assert report.failures == []
    live = live_tree()
    assert not (live / "preview").exists()
    assert (live / "old-link" / "index.html").is_file(), "other redirects are still baked"
    for baked in live.rglob("*.html"):
        assert "the secret vote" not in baked.read_text(), baked


def test_bake_processes_take_neighbouring_tasks_and_share_out_what_is_left():
    from masthead.baking.bake import TaskClaims

    claims = TaskClaims(10, 2)
    # Each starts at its own half, in order: a listing's pages and feeds stay in one process.
    assert [claims.next(0), claims.next(1), claims.next(0), claims.next(1)] == [0, 5, 1, 6]
    assert [claims.next(1) for _ in range(3)] == [7, 8, 9]
    # The second, done with its half, takes the middle of what the first has left (2-4).
    assert claims.next(1) == 3
    assert [claims.next(0), claims.next(0)] == [2, 4]
    assert claims.next(0) is None and claims.next(1) is None


def test_every_bake_task_is_claimed_once_whoever_asks():
    from masthead.baking.bake import TaskClaims

    claims = TaskClaims(23, 4)
    taken = [claims.next(share) for share in [3, 3, 3, 3, 3, 3, 0, 2] * 2]
    taken += list(iter(lambda: claims.next(1), None))
    assert sorted(taken) == list(range(23))
    assert claims.next(3) is None
