"""The baked site on disk: versioned trees, a `live` symlink switched atomically, a manifest.

<site dir>/trees/<id>/...      complete trees, newest last
<site dir>/live -> trees/<id>  what web servers serve; replaced by one rename
"""

import hashlib
import json
import os
import shutil
import uuid
from datetime import UTC, datetime
from pathlib import Path

from django.conf import settings

MANIFEST_NAME = "manifest.json"
TREES_KEPT = 3


def site_dir() -> Path:
    return Path(settings.MASTHEAD_SITE_DIR)


def live_tree(root: Path | None = None) -> Path | None:
    """Return the tree currently served, or None before the first bake."""
    link = (root or site_dir()) / "live"
    return link.resolve() if link.is_symlink() else None


def new_tree_path(root: Path | None = None) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    return (root or site_dir()) / "trees" / f"{stamp}-{uuid.uuid4().hex[:8]}"


def switch_live(tree: Path, root: Path | None = None) -> None:
    """Point `live` at `tree` with one atomic rename: servers see the old tree or the new one."""
    root = root or site_dir()
    temporary = root / f".live-{uuid.uuid4().hex}"
    os.symlink(os.path.relpath(tree, root), temporary)
    os.replace(temporary, root / "live")
    directory = os.open(root, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)


def prune_trees(root: Path | None = None, keep: int = TREES_KEPT) -> list[Path]:
    """Delete all but the newest `keep` trees, never the live one; return what was deleted."""
    root = root or site_dir()
    live = live_tree(root)
    trees = sorted((root / "trees").iterdir()) if (root / "trees").exists() else []
    doomed = [tree for tree in trees[:-keep] if tree != live]
    for tree in doomed:
        shutil.rmtree(tree, ignore_errors=True)
    return doomed


def file_digest(path: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest(), path.stat().st_size


def write_manifest(tree: Path) -> dict:
    """List every file of the tree with its SHA-256 and size, in `manifest.json`."""
    files = {}
    for path in sorted(tree.rglob("*")):
        if path.is_file() and path.name != MANIFEST_NAME:
            sha256, size = file_digest(path)
            files[path.relative_to(tree).as_posix()] = {"sha256": sha256, "size": size}
    manifest = {"created_at": datetime.now(UTC).isoformat(), "files": files}
    (tree / MANIFEST_NAME).write_text(json.dumps(manifest, indent=1, sort_keys=True))
    return manifest


def verify_tree(tree: Path) -> list[str]:
    """Return the differences between a tree and its manifest; an empty list means it verifies."""
    manifest_path = tree / MANIFEST_NAME
    if not manifest_path.is_file():
        return [f"{tree} has no {MANIFEST_NAME}"]
    listed = json.loads(manifest_path.read_text())["files"]
    problems = []
    for name, expected in listed.items():
        path = tree / name
        if path.is_symlink() or not path.is_file():
            problems.append(f"missing or not a regular file: {name}")
            continue
        sha256, size = file_digest(path)
        if (sha256, size) != (expected["sha256"], expected["size"]):
            problems.append(f"changed since the bake: {name}")
    for path in tree.rglob("*"):
        name = path.relative_to(tree).as_posix()
        if (path.is_file() or path.is_symlink()) and name != MANIFEST_NAME and name not in listed:
            problems.append(f"not in the manifest: {name}")
    return problems
