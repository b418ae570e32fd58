"""Deploying the baked tree: only changed files travel, deletions follow, manifest last."""

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command

from masthead.baking.bake import bake_site, file_name_for
from masthead.baking.deploy import (
    FolderTarget,
    MemoryTarget,
    S3Target,
    content_headers,
    deploy_site,
)
from masthead.baking.tree import MANIFEST_NAME, live_tree
from tests.servers import free_port, wait_for_port

pytestmark = pytest.mark.django_db


def test_second_deploy_sends_only_what_changed(baked_newsroom):
    newsroom, articles, report = baked_newsroom
    target = MemoryTarget()
    first = deploy_site(target)
    manifest = json.loads((live_tree() / MANIFEST_NAME).read_text())["files"]
    assert sorted(first.uploaded) == sorted(manifest) and first.unchanged == 0
    assert target.files["index.html"] == (live_tree() / "index.html").read_bytes()
    assert target.headers["index.html.gz"] == {
        "Content-Type": "text/html; charset=utf-8",
        "Content-Encoding": "gzip",
    }

    assert deploy_site(target).uploaded == []

    article = articles[5]
    article.headline = "Changed headline"
    article.save_revision().publish()
    articles[6].unpublish()
    bake_site()
    third = deploy_site(target)
    assert file_name_for(article.url) in third.uploaded
    assert file_name_for(articles[6].url) in third.deleted
    assert file_name_for(articles[6].url) not in target.files
    # Only what the two changes touched: the fronts and feeds listing them, the sitemaps; no
    # other article's page, no legal page.
    untouched = [file_name_for(other.url) for other in articles[:5]] + ["terms/index.html"]
    assert not set(untouched) & set(third.uploaded), third.uploaded
    assert len(third.uploaded) < len(manifest) / 2, third.uploaded
    assert json.loads(target.files[MANIFEST_NAME]) == json.loads(
        (live_tree() / MANIFEST_NAME).read_text()
    )


def test_folder_target_mirrors_the_tree(baked_newsroom, tmp_path):
    target = FolderTarget(path=tmp_path / "public")
    deploy_site(target)
    live = live_tree()
    for name in ["index.html", "index.html.gz", "news/index.html", "robots.txt", MANIFEST_NAME]:
        assert (tmp_path / "public" / name).read_bytes() == (live / name).read_bytes()
    assert gzip.decompress((tmp_path / "public" / "index.html.gz").read_bytes()).startswith(
        b"<!doctype html>"
    )


def test_deploy_command_uses_the_configured_target(baked_newsroom, settings, tmp_path, capsys):
    settings.MASTHEAD_DEPLOY_TARGETS = {
        "default": {
            "BACKEND": "masthead.baking.deploy.FolderTarget",
            "OPTIONS": {"path": str(tmp_path / "out")},
        }
    }
    call_command("deploy")
    assert "uploaded" in capsys.readouterr().out
    assert (tmp_path / "out" / "index.html").is_file()
    with pytest.raises(Exception, match="No deploy target 'nowhere'"):
        call_command("deploy", "--target", "nowhere")


def test_content_headers():
    assert content_headers("a/b.pdf") == {"Content-Type": "application/pdf"}
    assert content_headers("x.css.br")["Content-Encoding"] == "br"
    assert content_headers("x.css.br")["Content-Type"] == "text/css; charset=utf-8"


@pytest.fixture
def s3_server(monkeypatch):
    moto_server = Path(sys.executable).with_name("moto_server")
    if not moto_server.exists():
        pytest.skip("moto[server] is not installed")
    port = free_port()
    process = subprocess.Popen(
        [str(moto_server), "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    wait_for_port(port)
    for name, value in [("AWS_ACCESS_KEY_ID", "test"), ("AWS_SECRET_ACCESS_KEY", "test")]:
        monkeypatch.setenv(name, value)
    yield f"http://127.0.0.1:{port}"
    process.terminate()
    process.wait(timeout=10)


def test_s3_target_against_a_local_s3_server(baked_newsroom, s3_server):
    target = S3Target(bucket="news", prefix="site", endpoint_url=s3_server)
    target.client.create_bucket(Bucket="news")
    first = deploy_site(target)
    assert first.uploaded
    objects = target.client.get_object(Bucket="news", Key="site/index.html")
    assert objects["ContentType"] == "text/html; charset=utf-8"
    assert "stale-if-error" in objects["CacheControl"]
    assert objects["Body"].read() == (live_tree() / "index.html").read_bytes()
    second = deploy_site(target)
    assert second.uploaded == [] and second.unchanged == len(first.uploaded)
    keys = {
        item["Key"]
        for page in target.client.get_paginator("list_objects_v2").paginate(Bucket="news")
        for item in page.get("Contents", [])
    }
    assert keys == {f"site/{name}" for name in [*first.uploaded, MANIFEST_NAME]}


def test_deploy_without_a_bake_is_refused(site_root):
    with pytest.raises(FileNotFoundError, match="Nothing has been baked yet"):
        deploy_site(MemoryTarget())
