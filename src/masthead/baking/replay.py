"""Rebakes during a full bake: readers get the change at once, and the new tree gets it too.

A full bake renders every page, which takes minutes on a large archive. It does not hold the
bake lock while it renders: an article published meanwhile is rebaked into the live tree at
once, as usual, and its plan is written to the full bake's replay log. Just before the new tree
goes live, the full bake takes the bake lock and applies those plans to the new tree, so the
switch never takes back a change readers have already seen.

The log is a file of JSON lines, one plan each, beside the trees; a full bake that was killed
leaves its log behind, which rebakes ignore (the full-bake lock is free) and the next full bake
removes.
"""

import fcntl
import json
import os
from pathlib import Path

from masthead.baking.paths import ArticleRebakePlan, RebakePlan

# Held for the whole of a full bake, so that two never build trees at the same time.
FULL_BAKE_LOCK_NAME = ".full-bake.lock"
REPLAY_DIR = "replay"
PLAN_CLASSES = {cls.__name__: cls for cls in (RebakePlan, ArticleRebakePlan)}


def lock_is_held(root: Path, name: str) -> bool:
    """Return whether some process holds the lock file `name` right now."""
    try:
        # Read-only and no mkdir: looking at the state must not create anything on disk.
        descriptor = os.open(root / name, os.O_RDONLY)
    except FileNotFoundError:
        return False
    try:
        # flock locks belong to an open file description, so this one conflicts with a lock held
        # through any other, in this process too.
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    else:
        fcntl.flock(descriptor, fcntl.LOCK_UN)
        return False
    finally:
        os.close(descriptor)


def start_replay_log(root: Path, tree: Path) -> Path:
    """Open the log of rebakes to apply to `tree`; call it holding the bake lock."""
    folder = root / REPLAY_DIR
    folder.mkdir(parents=True, exist_ok=True)
    for stale in folder.iterdir():
        # Left by a full bake that was killed: its tree is pruned too.
        stale.unlink()
    log = folder / f"{tree.name}.jsonl"
    log.touch()
    return log


def record_for_replay(root: Path, plan: RebakePlan) -> None:
    """Add a plan to the running full bake's log, if one runs; call it holding the bake lock.

    Give the plan as it was asked for, before `resolve()` filled it in against the live tree.
    """
    folder = root / REPLAY_DIR
    if not folder.is_dir() or not lock_is_held(root, FULL_BAKE_LOCK_NAME):
        return
    line = json.dumps({"plan": type(plan).__name__, "args": plan.replay_args()})
    for log in folder.glob("*.jsonl"):
        with open(log, "a") as file:
            file.write(line + "\n")


def plans_to_replay(log: Path) -> list[RebakePlan]:
    """Return the plans recorded in `log`, oldest first, each ready to resolve again."""
    plans = []
    for line in log.read_text().splitlines():
        entry = json.loads(line)
        plans.append(PLAN_CLASSES[entry["plan"]](**entry["args"]))
    return plans


def end_replay_log(log: Path) -> None:
    log.unlink(missing_ok=True)
