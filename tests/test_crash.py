"""Killing ``actorgraph build`` (SIGKILL) at any moment never costs the previous graph.

A store and an output folder hold the graph of one article; a second run adds
the other example articles and is killed, 20 times, at a random moment: half
the kills anywhere in the run, half just after it starts writing (its staging
folder or its new graph folder appears). After each kill every output file
is either the previous complete version or the new complete one, byte for
byte, and the store opens with its earlier article, its published graph
matching its results (all of the run or none of it).
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from actorgraph.exports.store import GraphStore

from tests.conftest import EXAMPLES, ROOT, SEED

pytestmark = pytest.mark.model

KILLS = 20
OUTPUTS = ("graph.gexf", "graph.graphml", "graph.html", "graph.ttl", "triples.jsonl")


def _command(inputs: Path, out: Path, store: Path) -> list[str]:
    return [sys.executable, str(ROOT / "build_graph.py"), "build", str(inputs), "--out",
            str(out), "--store", str(store), "--workers", "1", "--quiet", "--title", "crash"]


def _files(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in out.iterdir() if not p.name.startswith(".")}


def _store_state(path: Path) -> tuple[set[str], int]:
    """(article ids, triples in the published graph) of a store that must open cleanly."""
    store = GraphStore(path)
    ids = {r.article.id for r in store.results()}
    return ids, len(store.open_read_only())


@pytest.fixture(scope="module")
def states(tmp_path_factory):
    """The store and outputs before the second run, and after it completes."""
    root = tmp_path_factory.mktemp("crash")
    before = root / "before"
    subprocess.run(_command(SEED, before / "out", before / "store"), check=True)
    after = root / "after"
    shutil.copytree(before, after)
    started = time.monotonic()
    process = subprocess.Popen(_command(EXAMPLES, after / "out", after / "store"))
    while not _writing_started(after / "out", after / "store") and process.poll() is None:
        time.sleep(0.001)
    writing = time.monotonic()
    assert process.wait() == 0
    ended = time.monotonic()
    return before, after, ended - started, ended - writing


def _writing_started(out: Path, store: Path) -> bool:
    return (any(out.glob(".actorgraph-staging-*")) or (store / "graph-2").exists())


@pytest.mark.slow
def test_a_killed_build_leaves_the_previous_or_the_new_complete_graph(states, tmp_path):
    before, after, duration, writing = states
    old_files, new_files = _files(before / "out"), _files(after / "out")
    assert sorted(old_files) == sorted(new_files) == list(OUTPUTS)
    assert all(old_files[name] != new_files[name] for name in OUTPUTS)
    old_store, new_store = _store_state(before / "store"), _store_state(after / "store")
    assert old_store[0] < new_store[0] and old_store[1] < new_store[1]

    rng = random.Random(7)
    seen = {"old": 0, "new": 0, "mixed": 0}
    while_writing = 0
    for kill in range(KILLS):
        run = tmp_path / f"run{kill}"
        shutil.copytree(before, run)
        out, store = run / "out", run / "store"
        process = subprocess.Popen(_command(EXAMPLES, out, store))
        if kill % 2 == 0:  # anywhere in the run
            deadline = time.monotonic() + rng.uniform(0, duration)
            while time.monotonic() < deadline and process.poll() is None:
                time.sleep(0.005)
        else:  # while it writes
            while not _writing_started(out, store) and process.poll() is None:
                time.sleep(0.001)
            time.sleep(rng.uniform(0, writing))
            while_writing += process.poll() is None
        process.send_signal(signal.SIGKILL)
        process.wait()

        files = _files(out)
        assert sorted(files) == list(OUTPUTS), f"kill {kill}: files {sorted(files)}"
        for name, data in files.items():
            assert data in (old_files[name], new_files[name]), f"kill {kill}: {name} is torn"
        state = _store_state(store)
        assert state in (old_store, new_store), f"kill {kill}: store {state}"
        versions = {"old" if files[n] == old_files[n] else "new" for n in OUTPUTS}
        seen["mixed" if len(versions) > 1 else versions.pop()] += 1

    print(f"{while_writing} kills while writing; outputs left old / new / mixed: {seen}")
    assert while_writing >= KILLS // 4, "the kills should hit the writing phase"

    # the next run on the last killed state completes and clears what the kill left
    subprocess.run(_command(EXAMPLES, out, store), check=True)
    assert _files(out) == new_files
    assert _store_state(store) == new_store
    assert sorted(os.listdir(out)) == list(OUTPUTS)  # no staging folder left
    # the published graph and the one before it (kept for servers still reading it)
    folders = {p for p in store.iterdir() if p.name.startswith("graph-")}
    assert GraphStore(store).published() in folders and len(folders) <= 2
