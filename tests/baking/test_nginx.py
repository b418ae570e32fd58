"""nginx serves the baked tree with the generated configuration; staff routes reach Django."""

import os
import shutil
import socket
import subprocess
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from masthead.baking.nginx import nginx_server_config, standalone_nginx_config
from masthead.baking.tree import live_tree
from tests.servers import free_port, wait_for_port

pytestmark = pytest.mark.django_db(transaction=True)
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"


@pytest.fixture
def nginx(baked_newsroom, site_root, live_server, tmp_path):
    if not Path(NGINX).exists():
        pytest.skip("nginx is not installed (make test installs it when run as root)")
    port = free_port()
    server = nginx_server_config(
        site_root,
        listen=f"127.0.0.1:{port}",
        upstream=urlsplit(live_server.url).netloc,
    )
    temp = tmp_path / "nginx"
    temp.mkdir()
    (temp / "nginx.conf").write_text(standalone_nginx_config(server, temp))
    process = subprocess.Popen([NGINX, "-p", str(temp), "-c", str(temp / "nginx.conf")])
    wait_for_port(port)
    yield f"http://127.0.0.1:{port}"
    process.terminate()
    process.wait(timeout=10)


def get(url, **headers):
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def raw_get(base, path) -> int:
    """Send a request line as given (urllib would normalise it) and return the status code."""
    host, port = urlsplit(base).netloc.split(":")
    with socket.create_connection((host, int(port)), timeout=5) as sock:
        sock.sendall(f"GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n".encode())
        return int(sock.recv(64).split(b" ")[1])


def test_nginx_serves_baked_pages_compressed_cached_and_revalidated(nginx, baked_newsroom):
    newsroom, articles, report = baked_newsroom
    status, headers, body = get(nginx + "/")
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    assert body == (live_tree() / "index.html").read_bytes()
    assert "stale-if-error" in headers["Cache-Control"]
    assert "default-src 'self'" in headers["Content-Security-Policy"]
    assert get(nginx + "/", **{"Accept-Encoding": "gzip"})[1]["Content-Encoding"] == "gzip"
    status, _, _ = get(nginx + "/", **{"If-None-Match": headers["ETag"]})
    assert status == 304
    status, headers, body = get(nginx + articles[0].pdf_url)
    assert status == 200 and headers["Content-Type"] == "application/pdf"
    assert get(nginx + "/news/politics/page/2/")[0] == 200
    assert get(nginx + "/static/theme/css/site.css")[1]["Content-Type"].startswith("text/css")
    for sitemap in ["/sitemap.xml", "/news-sitemap.xml", "/sitemaps/en/pages.xml"]:
        status, headers, body = get(nginx + sitemap, **{"Accept-Encoding": "gzip"})
        assert status == 200, sitemap
        assert headers["Content-Type"] == "application/xml; charset=utf-8", sitemap
        assert headers["Content-Encoding"] == "gzip"
        assert "max-age=60" in headers["Cache-Control"]


def test_nginx_answers_missing_and_hostile_paths_without_leaving_the_tree(nginx, baked_newsroom):
    live = live_tree()
    os.symlink("/etc/passwd", live / "planted.html")
    status, _, body = get(nginx + "/no/such/page/")
    assert status == 404 and b"Page not found" in body
    assert get(nginx + "/manifest.json")[0] == 404
    for path in [
        "/planted.html",
        "/../../etc/passwd",
        "/%2e%2e/%2e%2e/etc/passwd",
        "/news%2F..%2F..%2Fetc/passwd",
        "/a%00b/",
        "/" + "x" * 5000 + "/",
    ]:
        status = raw_get(nginx, path)
        assert status in (400, 403, 404, 414), (path, status)
    assert b"root:" not in get(nginx + "/planted.html")[2]


def test_nginx_sends_staff_routes_to_django(nginx):
    status, headers, body = get(nginx + "/accounts/login/")
    assert status == 200 and b"csrfmiddlewaretoken" in body


def test_nginx_sends_preview_links_to_django_with_djangos_own_headers(nginx, baked_newsroom):
    from django.contrib.auth import get_user_model

    from masthead.editorial.models import PreviewLink

    newsroom, articles, _report = baked_newsroom
    editor = get_user_model().objects.create_superuser("editor", "editor@example.org", "x" * 20)
    article = articles[0]
    article.headline = "Ferry terminal: the secret vote"
    article.save_revision(user=editor)
    _link, token = PreviewLink.create_for(article, editor)
    with urllib.request.urlopen(nginx + PreviewLink.path_for(token), timeout=10) as response:
        assert response.status == 200
        assert b"Ferry terminal: the secret vote" in response.read()
        # One policy each: nginx's own "same-origin" would override the draft's "no-referrer".
        assert response.headers.get_all("Referrer-Policy") == ["no-referrer"]
        assert response.headers.get_all("Cache-Control") == ["private, no-store"]
        assert response.headers["X-Robots-Tag"] == "noindex, nofollow"
        assert "Set-Cookie" not in response.headers
    status, _headers, body = get(nginx + "/preview/" + "A" * 43 + "/")
    assert status == 404 and b"expired or is not valid" in body
    assert raw_get(nginx, "/preview/../../etc/passwd") in (400, 404)
