"""Deploy the baked tree to where readers get it: a folder, or an S3-compatible bucket.

Baking renders; deploying copies. Only files whose SHA-256 differs from what the target holds are
uploaded, files gone from the tree are deleted, and the target's manifest is written last, so a
deploy cut short is completed by the next one. Configure targets with::

    MASTHEAD_DEPLOY_TARGETS = {
        "default": {
            "BACKEND": "masthead.baking.deploy.FolderTarget",
            "OPTIONS": {"path": "/srv/www"},
        },
        "mirror": {
            "BACKEND": "masthead.baking.deploy.S3Target",
            "OPTIONS": {"bucket": "news-mirror", "endpoint_url": "https://s3.example.org"},
        },
    }
"""

import hashlib
import json
import mimetypes
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.utils.module_loading import import_string

from masthead.baking.tree import MANIFEST_NAME, current_files, live_tree
from masthead.core.files import write_atomically
from masthead.theme.headers import READER_CACHE_CONTROL

ENCODINGS = {".gz": "gzip", ".br": "br"}


@dataclass
class DeployReport:
    uploaded: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    unchanged: int = 0


def content_headers(name: str) -> dict[str, str]:
    """Return Content-Type (and Content-Encoding for .gz/.br siblings) for a baked file."""
    path = Path(name)
    encoding = ENCODINGS.get(path.suffix)
    if encoding:
        path = path.with_suffix("")
    content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    if content_type.startswith("text/") or content_type in ("application/json", "image/svg+xml"):
        content_type += "; charset=utf-8"
    headers = {"Content-Type": content_type}
    if encoding:
        headers["Content-Encoding"] = encoding
    return headers


class DeployTarget:
    """Where a baked tree is copied to. Subclasses store files and the manifest."""

    def __init__(self, **options):
        self.options = options

    def read_manifest(self) -> dict[str, dict]:
        """Return the files the target holds, as recorded by the last complete deploy."""
        raise NotImplementedError

    def upload(self, name: str, data: bytes, headers: dict[str, str]) -> None:
        raise NotImplementedError

    def delete(self, name: str) -> None:
        raise NotImplementedError


class MemoryTarget(DeployTarget):
    """In-memory fake for tests: keeps what it was sent on the instance."""

    def __init__(self, **options):
        super().__init__(**options)
        self.files: dict[str, bytes] = {}
        self.headers: dict[str, dict[str, str]] = {}

    def read_manifest(self):
        raw = self.files.get(MANIFEST_NAME)
        return json.loads(raw)["files"] if raw else {}

    def upload(self, name, data, headers):
        self.files[name] = data
        self.headers[name] = headers

    def delete(self, name):
        self.files.pop(name, None)


class FolderTarget(DeployTarget):
    """A folder that a web server or a mirror's sync reads; each file written atomically."""

    @property
    def root(self) -> Path:
        return Path(self.options["path"])

    def read_manifest(self):
        path = self.root / MANIFEST_NAME
        return json.loads(path.read_text())["files"] if path.is_file() else {}

    def upload(self, name, data, headers):
        write_atomically(self.root / name, data)

    def delete(self, name):
        (self.root / name).unlink(missing_ok=True)


class S3Target(DeployTarget):
    """An S3-compatible bucket (AWS, MinIO, Ceph, R2…); credentials from boto3's usual chain."""

    def __init__(self, **options):
        super().__init__(**options)
        import boto3

        self.bucket = options["bucket"]
        self.prefix = options.get("prefix", "").strip("/")
        self.client = boto3.client(
            "s3",
            endpoint_url=options.get("endpoint_url"),
            region_name=options.get("region_name", "us-east-1"),
        )

    def key(self, name: str) -> str:
        return f"{self.prefix}/{name}" if self.prefix else name

    def read_manifest(self):
        try:
            body = self.client.get_object(Bucket=self.bucket, Key=self.key(MANIFEST_NAME))["Body"]
        except self.client.exceptions.NoSuchKey:
            return {}
        return json.loads(body.read())["files"]

    def upload(self, name, data, headers):
        extra = {"ContentType": headers["Content-Type"]}
        if "Content-Encoding" in headers:
            extra["ContentEncoding"] = headers["Content-Encoding"]
        if name.endswith((".html", ".html.gz", ".html.br")):
            extra["CacheControl"] = READER_CACHE_CONTROL
        self.client.put_object(Bucket=self.bucket, Key=self.key(name), Body=data, **extra)

    def delete(self, name):
        self.client.delete_object(Bucket=self.bucket, Key=self.key(name))


def get_deploy_target(alias: str = "default") -> DeployTarget:
    """Return the target configured under `alias` in MASTHEAD_DEPLOY_TARGETS."""
    try:
        config = dict(settings.MASTHEAD_DEPLOY_TARGETS[alias])
    except KeyError as error:
        raise KeyError(f"No deploy target {alias!r} in MASTHEAD_DEPLOY_TARGETS.") from error
    return import_string(config["BACKEND"])(**config.get("OPTIONS", {}))


def deploy_site(target: DeployTarget, tree: Path | None = None) -> DeployReport:
    """Copy the baked tree to `target`, sending only what changed; the manifest goes last."""
    tree = tree or live_tree()
    if tree is None:
        raise FileNotFoundError("Nothing has been baked yet; run `masthead bake` first.")
    wanted = current_files(tree)
    present = target.read_manifest()
    report = DeployReport()
    for name, info in sorted(wanted.items()):
        if present.get(name, {}).get("sha256") == info["sha256"]:
            report.unchanged += 1
            continue
        try:
            data = (tree / name).read_bytes()
        except FileNotFoundError:
            # Removed by a rebake since the manifest was read: the next deploy deletes it.
            del wanted[name]
            continue
        target.upload(name, data, content_headers(name))
        # A rebake may have replaced the file meanwhile: list what was actually sent.
        wanted[name] = {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
        report.uploaded.append(name)
    for name in sorted(set(present) - set(wanted)):
        target.delete(name)
        report.deleted.append(name)
    # The tree's manifest with what rebakes changed since folded in: the same bytes as the
    # tree's own when nothing changed, so a mirror can be checked against the origin.
    manifest = {**json.loads((tree / MANIFEST_NAME).read_text()), "files": wanted}
    manifest_bytes = json.dumps(manifest, indent=1, sort_keys=True).encode()
    target.upload(MANIFEST_NAME, manifest_bytes, content_headers(MANIFEST_NAME))
    return report
