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
