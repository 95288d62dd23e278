"""Shared fixtures: the real model and the outputs of real CLI runs, built once."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from build_graph import cli

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SEED = EXAMPLES / "blinken-ceasefire.txt"


def run_cli(*args: str) -> CliRunner.Result:
    """Run the actorgraph CLI in-process; stdout and stderr are kept apart."""
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def read_triples(folder: Path) -> list[dict]:
    with open(folder / "triples.jsonl", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


@pytest.fixture(scope="session")
def nlp():
    from extract.pipeline import load_model

    return load_model()


@pytest.fixture(scope="session")
def seed_out(tmp_path_factory) -> Path:
    """`actorgraph build examples/blinken-ceasefire.txt --out o`."""
    out = tmp_path_factory.mktemp("seed") / "o"
    result = run_cli("build", SEED, "--out", out, "--quiet")
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="session")
def examples_out(tmp_path_factory) -> tuple[Path, CliRunner.Result]:
    """`actorgraph build examples --out out`, with its result."""
    out = tmp_path_factory.mktemp("examples") / "out"
    result = run_cli("build", EXAMPLES, "--out", out)
    assert result.exit_code == 0, result.output
    return out, result


@pytest.fixture(scope="session")
def seed_triples(seed_out) -> list[dict]:
    return read_triples(seed_out)


@pytest.fixture(scope="session")
def artifacts() -> Path:
    """Folder for test artefacts (screenshots) kept after the run."""
    folder = ROOT / "test-artifacts"
    folder.mkdir(exist_ok=True)
    return folder
