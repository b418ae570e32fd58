"""The journalled manifest: a tree changed in place verifies at every instant."""

import json

import pytest

from masthead.baking.tree import (
    JOURNAL_DIR,
    JOURNAL_FOLD_AT,
    MANIFEST_NAME,
    TRASH_DIR,
    change_files,
    committed_files,
    data_entry,
    empty_trash,
    live_tree,
    set_aside_trees,
    settle_journal,
    state_dir,
    switch_live,
    verify_tree,
    write_journal_entry,
    write_manifest,
)


@pytest.fixture
def tree(settings, tmp_path):
    settings.MASTHEAD_SITE_DIR = tmp_path / "site"
    tree = tmp_path / "site" / "trees" / "20240619T120000-abcdef12"
    (tree / "news").mkdir(parents=True)
    (tree / "index.html").write_text("<html>home</html>")
    (tree / "news" / "index.html").write_text("<html>news</html>")
    write_manifest(tree)
    return tree


def test_changed_and_removed_files_are_journalled_and_verify(tree):
    change_files(
        tree,
        {"index.html": b"<html>new home</html>", "new/index.html": b"<p>"},
        ["news/index.html"],
    )
    assert (tree / "index.html").read_text() == "<html>new home</html>"
    assert not (tree / "news/index.html").exists()
    assert verify_tree(tree) == []
    files = committed_files(tree)
    assert "news/index.html" not in files and files["new/index.html"]["size"] == 3


def test_a_change_cut_short_still_verifies_and_is_settled_next_time(tree):
    # What a baker killed between writing its journal entry and its files leaves behind.
    listed = json.loads((tree / MANIFEST_NAME).read_text())["files"]
    write_journal_entry(
        tree,
        {
            "seq": 1,
            "state": "pending",
            "previous": {name: listed[name] for name in ("index.html", "news/index.html")},
            "files": {"index.html": {"sha256": "0" * 64, "size": 1}, "news/index.html": None},
        },
    )
    assert verify_tree(tree) == []
    (tree / "news/index.html").unlink()  # the removal had happened, the new home had not
    assert verify_tree(tree) == []
    (tree / "index.html").write_text("<html>a third version nobody wrote</html>")
    assert verify_tree(tree) == ["changed since the bake: index.html"]
    settle_journal(tree)
    assert verify_tree(tree) == []
    entry = json.loads((tree / JOURNAL_DIR / "0000000001.json").read_text())
    assert entry["state"] == "committed"


def test_a_long_journal_is_folded_into_the_manifest(tree):
    for number in range(JOURNAL_FOLD_AT):
        change_files(tree, {"index.html": f"<html>{number}</html>".encode()})
    settle_journal(tree)
    assert not list((tree / JOURNAL_DIR).glob("0*.json"))
    manifest = json.loads((tree / MANIFEST_NAME).read_text())
    assert manifest["files"]["index.html"]["size"] == len(f"<html>{JOURNAL_FOLD_AT - 1}</html>")
    change_files(tree, {"index.html": b"<html>after the fold</html>"})
    assert verify_tree(tree) == []


def test_planted_and_stray_files_are_found(tree):
    (tree / "planted.html").write_text("not baked")
    (tree / "link").symlink_to("/etc/passwd")
    assert sorted(verify_tree(tree)) == [
        "not in the manifest: link",
        "not in the manifest: planted.html",
    ]


def test_a_manifest_takes_the_entries_it_is_given_and_reads_the_other_files(tree):
    (tree / "robots.txt").write_text("User-agent: *")
    entries = {"index.html": data_entry(b"<html>home</html>")}
    manifest = write_manifest(tree, entries)
    assert sorted(manifest["files"]) == ["index.html", "news/index.html", "robots.txt"]
    assert verify_tree(tree) == []


def test_old_and_unfinished_trees_are_set_aside_then_deleted(tree):
    root = tree.parent.parent
    names = ["20240619T120000-abcdef12", "20240620T120000-0", "20240621T120000-1"]
    for name in names[1:]:
        (root / "trees" / name).mkdir()
        write_manifest(root / "trees" / name)
    for name in names:
        (state_dir(root / "trees" / name) / "listings").mkdir(parents=True)
    # A bake killed before it wrote its manifest; the live tree is not the newest.
    (root / "trees" / "20240622T120000-2" / "news").mkdir(parents=True)
    switch_live(root / "trees" / names[0], root)
    (root / ".tmp" / "cut-short").write_text("<html>")

    set_aside_trees(root, keep=1)

    assert sorted(path.name for path in (root / "trees").iterdir()) == [names[0], names[2]]
    assert sorted(path.name for path in (root / "state").iterdir()) == [names[0], names[2]]
    assert live_tree(root) == root / "trees" / names[0] and verify_tree(live_tree(root)) == []
    assert not (root / ".tmp").exists()
    assert len(list((root / TRASH_DIR).iterdir())) == 4
    empty_trash(root)
    assert not (root / TRASH_DIR).exists()
