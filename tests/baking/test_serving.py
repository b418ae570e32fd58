"""`masthead serve` answers readers from the baked tree and sends the rest to Django."""

import asyncio
import gzip
import os
import subprocess
import sys
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from email.utils import formatdate
from pathlib import Path
from urllib.parse import unquote

import brotli
import pytest
from django.core.asgi import get_asgi_application
from django.core.signals import request_started
from django.test import Client

from masthead.baking.bake import (
    PAGE_BROTLI_QUALITY,
    compressed_variants,
    file_name_for,
    write_file,
)
from masthead.baking.serving import (
    IMMUTABLE_CACHE_CONTROL,
    MEDIA_CACHE_CONTROL,
    STATIC_CACHE_CONTROL,
    BakedSiteApplication,
)
from masthead.baking.tree import (
    change_files,
    live_tree,
    new_tree_path,
    switch_live,
    write_manifest,
)
from masthead.theme.headers import READER_CACHE_CONTROL
from tests.servers import free_port, wait_for_port

NOT_FOUND_MARK = b"<h1>Baked: no such page</h1>"
LARGE_PDF = b"%PDF-1.7\n" + b"x" * 400_000
SECURITY_HEADERS = (
    "content-security-policy",
    "permissions-policy",
    "x-frame-options",
    "x-content-type-options",
    "referrer-policy",
    "cross-origin-opener-policy",
)


@dataclass
class Response:
    status: int
    headers: dict[str, str]
    body: bytes
    messages: list = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.body.decode()


def call(app, raw_path, *, method="GET", headers=None, scheme="http") -> Response:
    """Send one request to an ASGI app as granian would (offering pathsend), collect the answer."""
    path, _, query = raw_path.partition("?")
    scope = {
        "type": "http",
        "asgi": {"version": "3.0", "spec_version": "2.3"},
        "http_version": "1.1",
        "method": method,
        "scheme": scheme,
        "path": unquote(path),
        "raw_path": path.encode(),
        "query_string": query.encode(),
        "root_path": "",
        "headers": [
            (b"host", b"testserver"),
            *((name.lower().encode(), value.encode()) for name, value in (headers or {}).items()),
        ],
        "client": ("127.0.0.1", 40000),
        "server": ("testserver", 80),
        "extensions": {"http.response.pathsend": {}},
    }
    messages = []

    async def run():
        finished = asyncio.Event()
        requested = False

        async def receive():
            nonlocal requested
            if not requested:
                requested = True
                return {"type": "http.request", "body": b"", "more_body": False}
            await finished.wait()
            return {"type": "http.disconnect"}

        async def send(message):
            messages.append(message)
            if message["type"] != "http.response.start" and not message.get("more_body"):
                finished.set()

        await app(scope, receive, send)

    # A fresh event loop in its own thread: Playwright's sync API (the browser tests) may leave
    # one running in this thread, and asgiref refuses to start another beside it.
    with ThreadPoolExecutor(max_workers=1) as runner:
        runner.submit(asyncio.run, run()).result()
    start, *rest = messages
    body = b""
    for message in rest:
        body += message.get("body", b"")
    headers = {}
    for name, value in start["headers"]:
        name = name.decode().lower()
        assert name not in headers or name == "vary", f"{name} sent twice"
        headers[name] = value.decode("latin-1")
    return Response(start["status"], headers, body, messages)


@pytest.fixture
def app(site_root):
    return BakedSiteApplication(get_asgi_application(), site_dir=site_root)


@pytest.fixture
def django_requests():
    """The paths of the requests Django's own handler started on, in order."""
    paths = []

    def record(sender, scope=None, **kwargs):
        paths.append(scope["path"])

    request_started.connect(record)
    yield paths
    request_started.disconnect(record)


def make_tree(site_root, files: dict[str, bytes]) -> Path:
    """Write a tree as a bake does: each file with its compressed siblings, then the manifest."""
    tree = new_tree_path(site_root)
    tree.mkdir(parents=True)
    for name, data in files.items():
        write_file(tree, name, data)
    write_manifest(tree)
    return tree


def page(title: str) -> bytes:
    return f"<!doctype html><html lang=en><title>{title}</title><h1>{title}</h1>".encode() * 20


@pytest.fixture
def tree(site_root):
    """A small baked tree made by the baker's own file writer, switched live."""
    tree = make_tree(
        site_root,
        {
            "index.html": page("Front page"),
            "news/index.html": page("News"),
            "ru/news/index.html": page("Новости"),
            "404.html": NOT_FOUND_MARK * 10,
            "robots.txt": b"User-agent: *\nDisallow: /admin/\n",
            "static/theme/css/site.css": b"body { margin: 0 }\n" * 30,
            "static/theme/css/site.3f2a9c1b7d4e.css": b"body { margin: 1px }\n" * 30,
            "media/images/harbour.format-jpeg.width-480.jpg": b"\xff\xd8\xff\xe0 photo",
            "articles/2026/06/19/story/story.pdf": LARGE_PDF,
            "news/feed.xml": b"<rss version='2.0'></rss>",
            "news/atom.xml": b"<feed xmlns='http://www.w3.org/2005/Atom'></feed>",
            "news/feed.json": b'{"version": "https://jsonfeed.org/version/1.1"}',
            "feed.xsl": b"<xsl:stylesheet version='1.0'/>",
            "sitemap.xml": b"<urlset></urlset>",
        },
    )
    switch_live(tree, site_root)
    return tree


def test_a_page_is_served_from_the_live_tree_with_the_readers_headers(app, tree):
    response = call(app, "/news/")
    assert response.status == 200
    assert response.body == (tree / "news/index.html").read_bytes()
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    assert response.headers["content-length"] == str(len(response.body))
    assert response.headers["cache-control"] == READER_CACHE_CONTROL
    assert response.headers["content-language"] == "en"
    assert "default-src 'self'" in response.headers["content-security-policy"]
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["x-frame-options"] == "DENY"
    assert "set-cookie" not in response.headers
    assert call(app, "/").body == (tree / "index.html").read_bytes()
    assert call(app, "/ru/news/").headers["content-language"] == "ru"


def test_the_query_string_does_not_change_a_static_answer(app, tree):
    assert call(app, "/news/?utm_source=x&page=99").body == (tree / "news/index.html").read_bytes()


@pytest.mark.django_db
def test_a_baked_page_carries_the_same_headers_as_the_live_page(baked_newsroom):
    live = Client().get("/news/")
    baked = call(BakedSiteApplication(get_asgi_application()), "/news/")
    assert baked.status == live.status_code == 200
    for name in (*SECURITY_HEADERS, "cache-control", "content-type", "content-language"):
        assert baked.headers[name] == live.headers[name], name


def test_the_client_gets_brotli_gzip_or_the_plain_file_as_it_accepts(app, tree):
    plain = (tree / "news/index.html").read_bytes()
    answers = {
        "br": ("br", brotli.decompress),
        "gzip, deflate, br": ("br", brotli.decompress),
        "gzip": ("gzip", gzip.decompress),
        "br;q=0, gzip;q=0.5": ("gzip", gzip.decompress),
        "identity": (None, bytes),
        "gzip;q=0": (None, bytes),
        "*": ("br", brotli.decompress),
    }
    etags = set()
    for accept_encoding, (encoding, decode) in answers.items():
        response = call(app, "/news/", headers={"Accept-Encoding": accept_encoding})
        assert response.headers.get("content-encoding") == encoding, accept_encoding
        assert response.headers["vary"] == "Accept-Encoding"
        assert response.headers["content-length"] == str(len(response.body))
        assert decode(response.body) == plain
        etags.add(response.headers["etag"])
    assert call(app, "/news/").headers.get("content-encoding") is None
    assert len(etags) == 3, "each encoding is its own file, so its own entity tag"
    photo = call(
        app, "/media/images/harbour.format-jpeg.width-480.jpg", headers={"Accept-Encoding": "br"}
    )
    assert "content-encoding" not in photo.headers and "vary" not in photo.headers


def test_both_validators_give_a_304_without_a_body(app, tree):
    first = call(app, "/news/", headers={"Accept-Encoding": "gzip"})
    etag, modified = first.headers["etag"], first.headers["last-modified"]
    for validators in [
        {"If-None-Match": etag},
        {"If-None-Match": f'"other", {etag}'},
        {"If-None-Match": f"W/{etag}"},
        {"If-None-Match": "*"},
        {"If-Modified-Since": modified},
        {"If-Modified-Since": formatdate(usegmt=True)},
    ]:
        response = call(app, "/news/", headers={"Accept-Encoding": "gzip", **validators})
        assert response.status == 304, validators
        assert response.body == b""
        assert response.headers["etag"] == etag
        assert response.headers["cache-control"] == READER_CACHE_CONTROL
    for validators in [
        {"If-None-Match": '"other"'},
        # If-None-Match decides when both are sent.
        {"If-None-Match": '"other"', "If-Modified-Since": modified},
        {"If-Modified-Since": "Thu, 01 Jan 1970 00:00:00 GMT"},
        {"If-Modified-Since": "not a date"},
    ]:
        response = call(app, "/news/", headers={"Accept-Encoding": "gzip", **validators})
        assert response.status == 200 and response.body == first.body, validators
    # The plain file is another entity: the gzip tag does not validate it.
    assert call(app, "/news/", headers={"If-None-Match": etag}).status == 200


def test_head_sends_the_headers_of_get_without_a_body(app, tree):
    get = call(app, "/articles/2026/06/19/story/story.pdf")
    head = call(app, "/articles/2026/06/19/story/story.pdf", method="HEAD")
    assert head.status == 200 and head.body == b""
    assert head.headers == get.headers
    assert head.headers["content-length"] == str(len(LARGE_PDF))
    assert call(app, "/no/such/page/", method="HEAD").body == b""


def test_a_folder_without_its_slash_is_redirected_keeping_the_query(app, tree):
    response = call(app, "/news?from=mail")
    assert response.status == 301
    assert response.headers["location"] == "/news/?from=mail"
    assert response.body == b""
    assert call(app, "/ru/news").headers["location"] == "/ru/news/"


def test_a_missing_page_gets_the_trees_404_page_without_reaching_django(app, tree, django_requests):
    # Files only the baker reads are not the public's either.
    for path in ["/no/such/page/", "/no/such/page", "/robots.txt/", "/manifest.json", "/404.html"]:
        response = call(app, path, headers={"Accept-Encoding": "br"})
        assert response.status == 404, path
        assert response.headers["content-encoding"] == "br"
        assert brotli.decompress(response.body) == NOT_FOUND_MARK * 10
        assert response.headers["content-type"] == "text/html; charset=utf-8"
        assert response.headers["cache-control"] == READER_CACHE_CONTROL
        assert "etag" not in response.headers
    assert call(app, "/no/such/page/").body == NOT_FOUND_MARK * 10
    assert django_requests == []


@pytest.mark.django_db
def test_the_404_page_of_a_baked_site_is_its_own_page_not_found(baked_newsroom):
    app = BakedSiteApplication(get_asgi_application())
    response = call(app, "/articles/2026/06/19/no-such-story/", headers={"Accept-Encoding": "gzip"})
    assert response.status == 404
    assert gzip.decompress(response.body) == (live_tree() / "404.html").read_bytes()
    assert b"Page not found" in gzip.decompress(response.body)


def test_content_types_and_cache_policy_follow_the_file(app, tree):
    expected = {
        "/robots.txt": ("text/plain; charset=utf-8", READER_CACHE_CONTROL),
        "/sitemap.xml": ("application/xml; charset=utf-8", READER_CACHE_CONTROL),
        # Feeds are known by name (see masthead.syndication.views.CONTENT_TYPES).
        "/news/feed.xml": ("application/xml; charset=utf-8", READER_CACHE_CONTROL),
        "/news/atom.xml": ("application/xml; charset=utf-8", READER_CACHE_CONTROL),
        "/news/feed.json": ("application/feed+json; charset=utf-8", READER_CACHE_CONTROL),
        "/feed.xsl": ("text/xsl; charset=utf-8", READER_CACHE_CONTROL),
        "/articles/2026/06/19/story/story.pdf": ("application/pdf", READER_CACHE_CONTROL),
        "/static/theme/css/site.css": ("text/css; charset=utf-8", STATIC_CACHE_CONTROL),
        "/static/theme/css/site.3f2a9c1b7d4e.css": (
            "text/css; charset=utf-8",
            IMMUTABLE_CACHE_CONTROL,
        ),
        "/media/images/harbour.format-jpeg.width-480.jpg": ("image/jpeg", MEDIA_CACHE_CONTROL),
    }
    for path, (content_type, cache_control) in expected.items():
        response = call(app, path)
        assert response.status == 200, path
        assert (response.headers["content-type"], response.headers["cache-control"]) == (
            content_type,
            cache_control,
        ), path
        assert response.body == (tree / path.lstrip("/")).read_bytes()
        assert "set-cookie" not in response.headers


def test_a_large_file_is_sent_in_chunks_and_a_replacement_gets_its_own_length(app, tree):
    streamed = call(app, "/articles/2026/06/19/story/story.pdf")
    assert streamed.body == LARGE_PDF and len(streamed.messages) > 2
    assert streamed.headers["content-length"] == str(len(LARGE_PDF))
    # A rebake renames a shorter version into place after the headers were worked out.
    replacement = tree / "replacement.pdf"
    replacement.write_bytes(LARGE_PDF[: len(LARGE_PDF) // 2])
    os.replace(replacement, tree / "articles/2026/06/19/story/story.pdf")
    again = call(app, "/articles/2026/06/19/story/story.pdf")
    assert again.body == LARGE_PDF[: len(LARGE_PDF) // 2]
    assert again.headers["content-length"] == str(len(again.body))


def test_hostile_paths_are_refused_and_never_leave_the_tree(app, tree, tmp_path):
    outside = tmp_path / "outside"
    (outside / "private").mkdir(parents=True)
    (outside / "secret.html").write_text("top secret")
    (outside / "private" / "index.html").write_text("top secret")
    os.symlink("/etc/passwd", tree / "passwd.html")
    os.symlink(outside / "secret.html", tree / "secret.html")
    os.symlink(outside / "private", tree / "private")
    os.symlink(tree / "news", tree / "alias")  # pointing inside the tree is refused too
    refused = {
        "/passwd.html": 404,
        "/secret.html": 404,
        "/private/": 404,
        "/private": 404,
        "/private/index.html": 404,
        "/alias/": 404,
        "/news/../../../etc/passwd": 400,
        "/news/./index.html": 400,
        "/%2e%2e/%2e%2e/etc/passwd": 400,
        "/news/%2E%2E/%2E%2E/etc/passwd": 400,
        "/news%2F..%2F..%2Fetc%2Fpasswd": 400,
        "/news%2f": 400,
        "/news%5C..%5Cpasswd": 400,
        "/news\\..\\passwd": 400,
        "/a%00b/": 400,
        "/news/index.html%00.txt": 400,
        "/%ff%fe/": 404,
        "//etc/passwd": 404,
        "/" + "x" * 5000 + "/": 404,
        "/" + "x" * 300 + ".html": 404,
        "/news/" + "y/" * 400: 404,
    }
    for path, status in refused.items():
        for method in ("GET", "HEAD"):
            response = call(app, path, method=method)
            assert response.status == status, (path, method, response.status)
            assert b"root:" not in response.body and b"top secret" not in response.body
    assert call(app, "/news/").status == 200


# Django answers these in a thread of its own, with its own database connection: the data must
# be committed for it to see, as on a real server.
@pytest.mark.django_db(transaction=True)
def test_dynamic_paths_and_other_methods_reach_django(newsroom, app, tree, django_requests):
    admin = call(app, "/admin/")
    assert admin.status == 302 and admin.headers["location"].startswith("/accounts/login/")
    assert call(app, "/admin").headers["location"] == "/admin/"
    for path in ["/search/?q=port", "/ru/search/?q=port", "/documents/1/report.pdf"]:
        assert NOT_FOUND_MARK not in call(app, path).body, path
    post = call(app, "/news/", method="POST")
    assert post.status == 403, "Django's CSRF check answered, not the tree"
    assert django_requests == [
        "/admin/",
        "/admin",
        "/search/",
        "/ru/search/",
        "/documents/1/report.pdf",
        "/news/",
    ]


@pytest.mark.django_db(transaction=True)
def test_static_and_media_missing_from_the_tree_are_served_by_django(
    app, tree, settings, django_requests
):
    original = settings.MEDIA_ROOT / "original_images" / "harbour.jpg"
    original.parent.mkdir(parents=True)
    original.write_bytes(b"\xff\xd8\xff\xe0 original")
    assert call(app, "/media/original_images/harbour.jpg").body == original.read_bytes()
    admin_css = call(app, "/static/wagtailadmin/css/core.css")
    assert admin_css.status == 200 and admin_css.headers["content-type"].startswith("text/css")
    assert django_requests == [
        "/media/original_images/harbour.jpg",
        "/static/wagtailadmin/css/core.css",
    ]


@pytest.mark.django_db(transaction=True)
def test_before_the_first_bake_django_serves_everything(newsroom, site_root):
    app = BakedSiteApplication(get_asgi_application(), site_dir=site_root)
    response = call(app, "/news/")
    assert response.status == 200 and "etag" not in response.headers
    assert "The Aldmark Courier" in response.text


@pytest.mark.django_db(transaction=True)
def test_django_is_loaded_only_for_the_first_request_the_tree_cannot_answer(
    newsroom, tree, site_root
):
    app = BakedSiteApplication(site_dir=site_root)
    assert call(app, "/").status == 200 and call(app, "/no/such/page/").status == 404
    assert app.django_application is None, "readers' answers need no Django"
    admin = call(app, "/admin/")
    assert admin.status == 302 and admin.headers["location"].startswith("/accounts/login/")
    loaded = app.django_application
    assert loaded is not None
    assert call(app, "/search/?q=port").status == 200
    assert app.django_application is loaded, "loaded once, then kept"


def test_switching_live_to_another_tree_is_seen_on_the_next_request(app, tree, site_root):
    assert call(app, "/news/").body == page("News")
    newer = make_tree(site_root, {"news/index.html": page("News, later"), "404.html": b"gone"})
    switch_live(newer, site_root)
    assert call(app, "/news/").body == page("News, later")
    assert call(app, "/").body == b"gone"


def test_a_file_replaced_atomically_is_picked_up(app, tree):
    compressed = tree / "news" / "index.html.gz"
    before = call(app, "/news/", headers={"Accept-Encoding": "gzip"})
    # The same size and mtime as before: only the new inode tells the versions apart.
    replacement = tree / "news" / ".next"
    replacement.write_bytes(before.body[::-1])
    old = compressed.stat()
    os.utime(replacement, ns=(old.st_atime_ns, old.st_mtime_ns))
    os.replace(replacement, compressed)
    after = call(app, "/news/", headers={"Accept-Encoding": "gzip"})
    assert after.body == before.body[::-1]
    assert after.headers["etag"] != before.headers["etag"]


def test_a_rebake_in_place_is_served_at_once_and_its_journal_is_not(app, tree):
    corrected = page("News, corrected")
    variants = compressed_variants("news/index.html", corrected, brotli_quality=PAGE_BROTLI_QUALITY)
    change_files(tree, variants)
    for encoding, decode in [("br", brotli.decompress), ("gzip", gzip.decompress), ("", bytes)]:
        response = call(app, "/news/", headers={"Accept-Encoding": encoding})
        assert decode(response.body) == corrected, encoding
    journal = [path.relative_to(tree).as_posix() for path in tree.glob("manifest.d/*")]
    assert journal, "the rebake wrote no journal entry: this test no longer tests it"
    for name in journal:
        assert call(app, f"/{name}").body == NOT_FOUND_MARK * 10


def test_hsts_is_sent_on_secure_requests_when_configured(site_root, tree, settings):
    settings.SECURE_HSTS_SECONDS = 3600
    app = BakedSiteApplication(get_asgi_application(), site_dir=site_root)
    assert call(app, "/", scheme="https").headers["strict-transport-security"] == "max-age=3600"
    assert "strict-transport-security" not in call(app, "/").headers


def get(url, **headers):
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


@pytest.mark.django_db
def test_masthead_serve_answers_from_the_baked_site(baked_newsroom, site_root, tmp_path):
    newsroom, articles, report = baked_newsroom
    port = free_port()
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "masthead.settings.dev",
        "MASTHEAD_VAR_DIR": str(tmp_path / "var"),
        "MASTHEAD_SITE_DIR": str(site_root),
        "MASTHEAD_LOG_LEVEL": "WARNING",
    }
    server = subprocess.Popen(
        [sys.executable, "-m", "masthead", "serve", "--port", str(port), "--workers", "1"],
        env=environment,
        cwd=tmp_path,
    )
    try:
        wait_for_port(port, seconds=60)
        base = f"http://127.0.0.1:{port}"
        url = base + articles[0].url
        plain = (live_tree() / file_name_for(articles[0].url)).read_bytes()
        status, headers, body = get(url, **{"Accept-Encoding": "gzip"})
        assert status == 200 and headers["Content-Encoding"] == "gzip"
        assert gzip.decompress(body) == plain
        status, headers, body = get(url, **{"Accept-Encoding": "br"})
        assert status == 200 and brotli.decompress(body) == plain
        status, _, body = get(url, **{"Accept-Encoding": "br", "If-None-Match": headers["ETag"]})
        assert status == 304 and body == b""
        status, _, body = get(base + "/no/such/page/")
        assert status == 404 and body == (live_tree() / "404.html").read_bytes()
        # Serving readers loaded no Django: the server and its worker are small processes.
        web_processes = server_processes(server.pid)
        assert len(web_processes) == 2
        assert all(resident_megabytes(pid) < 70 for pid in web_processes), [
            resident_megabytes(pid) for pid in web_processes
        ]
        # The first request for Django loads it in the worker.
        status, _, body = get(base + "/accounts/login/")
        assert status == 200 and b'name="password"' in body
    finally:
        server.terminate()
        server.wait(timeout=30)


def process_tree(pid: int) -> list[int]:
    """Return `pid` and its descendants (Linux)."""
    children: dict[int, list[int]] = {}
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            parent = int(status.read_text().split("PPid:")[1].split()[0])
        except (OSError, IndexError):
            continue
        children.setdefault(parent, []).append(int(status.parent.name))
    tree, pending = [], [pid]
    while pending:
        tree.append(current := pending.pop())
        pending += children.get(current, [])
    return tree


def server_processes(pid: int) -> list[int]:
    """The web server's processes of `masthead serve` (granian's and its workers), not the task
    worker's."""
    return [
        each
        for each in process_tree(pid)
        if b"masthead.baking.server" in Path(f"/proc/{each}/cmdline").read_bytes()
    ]


def resident_megabytes(pid: int) -> float:
    status = Path(f"/proc/{pid}/status").read_text()
    return int(status.split("VmRSS:")[1].split()[0]) / 1024


def draft_with_preview_link(newsroom, headline):
    """A published article with a newer draft, and a preview link to it; return the link path."""
    from django.contrib.auth import get_user_model

    from masthead.editorial.models import PreviewLink

    editor = get_user_model().objects.create_superuser("editor", "editor@example.org", "x" * 20)
    article = newsroom.publish_article(slug="ferry-terminal")
    article.headline = headline
    article.save_revision(user=editor)
    _link, token = PreviewLink.create_for(article, editor)
    return PreviewLink.path_for(token)


@pytest.mark.django_db(transaction=True)
def test_preview_links_reach_django_even_when_the_tree_holds_a_file_there(
    newsroom, app, site_root, django_requests
):
    path = draft_with_preview_link(newsroom, "Ferry terminal: the secret vote")
    planted = {f"{path[1:]}index.html": page("A stale copy"), "404.html": NOT_FOUND_MARK}
    switch_live(make_tree(site_root, planted), site_root)
    draft = call(app, path)
    assert draft.status == 200 and b"Ferry terminal: the secret vote" in draft.body
    assert draft.headers["x-robots-tag"] == "noindex, nofollow"
    assert draft.headers["cache-control"] == "private, no-store"
    assert "set-cookie" not in draft.headers
    unknown = call(app, "/preview/" + "A" * 43 + "/")
    assert unknown.status == 404 and b"expired or is not valid" in unknown.body
    assert NOT_FOUND_MARK not in unknown.body
    assert call(app, "/preview/../").status in (400, 404)
    assert django_requests[:2] == [path, "/preview/" + "A" * 43 + "/"]
