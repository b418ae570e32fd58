"""The baked site on disk: versioned trees, a `live` symlink switched atomically, a manifest.

<site dir>/trees/<id>/...           complete trees, newest last
<site dir>/live -> trees/<id>       what web servers serve; replaced by one rename
<site dir>/state/<id>/              what the baker remembers about a tree (see listings.py)
<site dir>/.tmp/                    files being written; renamed into a tree when complete
<site dir>/.trash/                  old trees set aside, being deleted

A full bake writes a new tree and switches `live`. A rebake after publishing changes the live tree
in place, one atomic rename per file, and records the change in a journal beside the manifest
(`manifest.d/<seq>.json`): first as "pending" with each file's previous and next checksum, then as
"committed". A reader or `verify-site` therefore always finds every file complete and listed,
whenever the baker is killed; the next rebake settles a pending entry. Copying the whole tree
instead would cost time in proportion to the archive, not to what changed.
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
# Files of these types get precompressed `.gz` and `.br` siblings.
COMPRESSIBLE_SUFFIXES = {".html", ".xml", ".json", ".css", ".js", ".txt", ".svg", ".xsl"}
# The site's own 404 page, served for any address the tree does not hold.
NOT_FOUND_PAGE = "404.html"
# The file every bake and rebake locks, so they run one at a time (see `bake_lock`).
LOCK_NAME = ".bake.lock"
JOURNAL_DIR = "manifest.d"
TRASH_DIR = ".trash"
FOLDED_NAME = "folded.json"
TREES_KEPT = 3
# Journal entries are folded into manifest.json once there are this many: reading the manifest
# stays cheap, and folding (which costs time in proportion to the tree) happens rarely.
JOURNAL_FOLD_AT = 64


def site_dir() -> Path:
    return Path(settings.MASTHEAD_SITE_DIR)


def live_tree(root: Path | None = None) -> Path | None:
    """Return the tree currently served, or None before the first bake."""
    link = (root or site_dir()) / "live"
    return link.resolve() if link.is_symlink() else None


def temporary_dir(root: Path | None = None) -> Path:
    """Where files are written before they are renamed into a tree (same file system)."""
    folder = (root or site_dir()) / ".tmp"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def state_dir(tree: Path) -> Path:
    return tree.parent.parent / "state" / tree.name


def put_file(tree: Path, name: str, data: bytes, *, durable: bool = True) -> None:
    """Write `tree/name` as a new file by renaming a complete temporary file into place.

    Never writes into an existing file: a reader holding it open keeps the old version.
    """
    target = tree / name
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = temporary_dir(tree.parent.parent) / uuid.uuid4().hex
    with open(temporary, "wb") as handle:
        handle.write(data)
        if durable:
            handle.flush()
            os.fsync(handle.fileno())
    os.replace(temporary, target)


def new_tree_path(root: Path | None = None) -> Path:
    # Names sort in the order trees were made (`set_aside_trees` keeps the newest): to the
    # microsecond, as bakes of a small site can start within one second. Older names, to the
    # second only, still sort before newer ones ("-" before any digit).
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
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


def set_aside_trees(root: Path | None = None, keep: int = TREES_KEPT) -> list[Path]:
    """Move all but the newest `keep` complete trees, never the live one, and any tree a killed
    bake left unfinished (it has no manifest), into the trash with their state; return them.

    One rename each: deleting their thousands of files (`empty_trash`) need not hold anything
    up. Call it while holding the bake lock, so a tree being built is not taken for an
    unfinished one, and no rebake is writing into `.tmp`.
    """
    root = root or site_dir()
    live = live_tree(root)
    trees = sorted((root / "trees").iterdir()) if (root / "trees").exists() else []
    unfinished = [tree for tree in trees if not (tree / MANIFEST_NAME).is_file()]
    complete = [tree for tree in trees if tree not in unfinished]
    doomed = [tree for tree in [*unfinished, *complete[:-keep]] if tree != live]
    trash = root / TRASH_DIR
    for kind, folder in [
        *(("tree", tree) for tree in doomed),
        *(("state", state_dir(tree)) for tree in doomed),
        ("tmp", root / ".tmp"),
    ]:
        if folder.exists():
            trash.mkdir(exist_ok=True)
            os.rename(folder, trash / f"{kind}-{folder.name}-{uuid.uuid4().hex[:8]}")
    return doomed


def empty_trash(root: Path | None = None) -> None:
    """Delete what `set_aside_trees` moved aside, now or by an earlier bake that was killed."""
    shutil.rmtree((root or site_dir()) / TRASH_DIR, ignore_errors=True)


def file_digest(path: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest(), path.stat().st_size


def data_entry(data: bytes) -> dict:
    """Return the manifest entry of a file holding `data`."""
    return {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}


def file_entry(path: Path) -> dict | None:
    """Return a file's manifest entry, or None when it does not exist."""
    if path.is_symlink() or not path.is_file():
        return None
    sha256, size = file_digest(path)
    return {"sha256": sha256, "size": size}


def is_bookkeeping(name: str) -> bool:
    return name == MANIFEST_NAME or name.startswith(JOURNAL_DIR + "/")


def tree_files(folder: Path, prefix: str = ""):
    """Yield the name of every regular file under `folder`, relative to it; symlinks skipped."""
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                yield from tree_files(Path(entry.path), f"{prefix}{entry.name}/")
            elif entry.is_file(follow_symlinks=False):
                yield prefix + entry.name


def write_manifest(tree: Path, known: dict[str, dict] | None = None) -> dict:
    """List every file of the tree with its SHA-256 and size, in `manifest.json`.

    `known` holds the entries of files the caller wrote (see `data_entry`): those are not read
    again, which for a full bake would mean reading every file it has just written.
    """
    known = known or {}
    files = {
        name: known.get(name) or file_entry(tree / name)
        for name in tree_files(tree)
        if not is_bookkeeping(name)
    }
    manifest = {"created_at": datetime.now(UTC).isoformat(), "files": files}
    put_file(tree, MANIFEST_NAME, json.dumps(manifest, indent=1, sort_keys=True).encode())
    return manifest


def folded_through(tree: Path) -> int:
    """Return the last journal entry already folded into manifest.json.

    Kept in its own small file: reading it must not cost a parse of a manifest that lists every
    file of a large archive.
    """
    try:
        return json.loads((tree / JOURNAL_DIR / FOLDED_NAME).read_text())["through"]
    except FileNotFoundError:
        return 0


def journal_paths(tree: Path) -> list[tuple[int, Path]]:
    """Return (sequence number, file) of the journal entries not yet folded into the manifest,
    oldest first, from their names alone: each holds a change's every file, and a rebake need
    not read up to 64 of them (30 ms) to number its own."""
    folder = tree / JOURNAL_DIR
    if not folder.is_dir():
        return []
    through = folded_through(tree)
    numbered = sorted((int(path.stem), path) for path in folder.glob("[0-9]*.json"))
    return [(seq, path) for seq, path in numbered if seq > through]


def journal_entries(tree: Path) -> list[dict]:
    """Return the journal entries not yet folded into the manifest, oldest first."""
    return [json.loads(path.read_text()) for _seq, path in journal_paths(tree)]


def write_journal_entry(tree: Path, entry: dict) -> None:
    put_file(tree, f"{JOURNAL_DIR}/{entry['seq']:010d}.json", json.dumps(entry).encode())


def committed_files(tree: Path) -> dict[str, dict]:
    """Return the manifest with every committed journal entry applied."""
    files = json.loads((tree / MANIFEST_NAME).read_text())["files"]
    for entry in journal_entries(tree):
        if entry["state"] == "committed":
            apply_changes(files, entry["files"])
    return files


def current_files(tree: Path) -> dict[str, dict]:
    """Return every file of the tree as it is now: the committed manifest, and the files a
    killed rebake left pending read from disk."""
    files = committed_files(tree)
    for entry in journal_entries(tree):
        if entry["state"] == "pending":
            apply_changes(files, {name: file_entry(tree / name) for name in entry["files"]})
    return files


def apply_changes(files: dict, changes: dict) -> None:
    for name, meta in changes.items():
        if meta is None:
            files.pop(name, None)
        else:
            files[name] = meta


def settle_journal(tree: Path) -> None:
    """Commit what a killed rebake left pending, as the files now are; fold a long journal.

    Call it while holding the bake lock.
    """
    paths = journal_paths(tree)
    # Changes are made one at a time, each after settling the journal: only the newest entry
    # can be pending, left by a rebake that was killed. Then every one is looked at.
    if paths and json.loads(paths[-1][1].read_text())["state"] == "pending":
        for entry in journal_entries(tree):
            if entry["state"] == "pending":
                entry["files"] = {name: file_entry(tree / name) for name in entry["files"]}
                entry["state"] = "committed"
                write_journal_entry(tree, entry)
    if len(paths) >= JOURNAL_FOLD_AT:
        # In this order, a crash anywhere leaves entries that are either ignored or re-applied
        # in full on top of a manifest that already holds them, which changes nothing.
        manifest = json.loads((tree / MANIFEST_NAME).read_text())
        manifest["files"] = committed_files(tree)
        put_file(tree, MANIFEST_NAME, json.dumps(manifest, indent=1, sort_keys=True).encode())
        put_file(
            tree,
            f"{JOURNAL_DIR}/{FOLDED_NAME}",
            json.dumps({"through": paths[-1][0]}).encode(),
        )
        for _seq, path in paths:
            path.unlink(missing_ok=True)


def change_files(tree: Path, written: dict[str, bytes], removed=()) -> None:
    """Replace and remove files of a live tree in place, journalled so it always verifies."""
    seq = max([folded_through(tree), *(seq for seq, _path in journal_paths(tree))]) + 1
    changes = {name: data_entry(data) for name, data in written.items()}
    changes.update({name: None for name in removed if name not in written})
    entry = {
        "seq": seq,
        "state": "pending",
        "created_at": datetime.now(UTC).isoformat(),
        # What is on disk now, which is what the manifest says when the tree verifies; read
        # from the files themselves so a rebake costs nothing in proportion to the archive.
        "previous": {name: file_entry(tree / name) for name in changes},
        "files": changes,
    }
    write_journal_entry(tree, entry)
    for name, data in written.items():
        put_file(tree, name, data, durable=False)
    for name in removed:
        if name not in written:
            (tree / name).unlink(missing_ok=True)
    # One sync for the whole change instead of one per file: the entry is only committed once
    # every file it lists is on disk.
    os.sync()
    entry["state"] = "committed"
    write_journal_entry(tree, entry)


def verify_tree(tree: Path) -> list[str]:
    """Return the differences between a tree and its manifest; an empty list means it verifies.

    A file named in a pending journal entry may be in its previous or its next version.
    """
    if not (tree / MANIFEST_NAME).is_file():
        return [f"{tree} has no {MANIFEST_NAME}"]
    listed = committed_files(tree)
    either = {}
    for entry in journal_entries(tree):
        if entry["state"] == "pending":
            for name in entry["files"]:
                either[name] = [entry["previous"].get(name), entry["files"][name]]
    problems = []
    for name in sorted(set(listed) | set(either)):
        found = file_entry(tree / name)
        allowed = either.get(name, [listed.get(name)])
        if found not in allowed:
            if found is None:
                problems.append(f"missing or not a regular file: {name}")
            elif listed.get(name) is None and name not in either:
                problems.append(f"not in the manifest: {name}")
            else:
                problems.append(f"changed since the bake: {name}")
    for path in tree.rglob("*"):
        name = path.relative_to(tree).as_posix()
        if (path.is_file() or path.is_symlink()) and not is_bookkeeping(name):
            if name not in listed and name not in either:
                problems.append(f"not in the manifest: {name}")
    return problems
