"""Streaming inputs and parallel extraction: the same output whatever runs it."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys

import pytest

from tests.conftest import EXAMPLES, ROOT, read_triples, run_cli

pytestmark = pytest.mark.model


def outputs(folder):
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.fixture(scope="module")
def one_worker(tmp_path_factory):
    out = tmp_path_factory.mktemp("w1") / "out"
    result = run_cli("build", EXAMPLES, "--out", out, "--workers", "1", "--chunk-size", "2",
                     "--title", "t", "--quiet")
    assert result.exit_code == 0, result.output
    return outputs(out)


def test_two_workers_give_byte_identical_outputs(one_worker, tmp_path):
    out = tmp_path / "out"
    result = run_cli("build", EXAMPLES, "--out", out, "--workers", "2", "--chunk-size", "2",
                     "--title", "t", "--quiet")
    assert result.exit_code == 0, result.output
    assert outputs(out) == one_worker


def test_a_dask_cluster_gives_byte_identical_outputs(one_worker, tmp_path):
    from dask.distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster:
        out = tmp_path / "out"
        result = run_cli("build", EXAMPLES, "--out", out, "--dask", cluster.scheduler_address,
                         "--chunk-size", "2", "--title", "t", "--quiet")
        assert result.exit_code == 0, result.output
    assert outputs(out) == one_worker


def test_gzipped_jsonl_and_standard_input_give_the_same_graph(tmp_path):
    lines = (EXAMPLES / "wikinews.jsonl").read_bytes()
    gz = tmp_path / "news.jsonl.gz"
    gz.write_bytes(gzip.compress(lines))
    assert run_cli("build", gz, "--out", tmp_path / "gz", "--quiet").exit_code == 0
    done = subprocess.run([sys.executable, str(ROOT / "build_graph.py"), "build", "-",
                           "--out", str(tmp_path / "stdin"), "--quiet"],
                          input=lines, capture_output=True, check=False)
    assert done.returncode == 0, done.stderr.decode()
    assert read_triples(tmp_path / "gz") == read_triples(tmp_path / "stdin")
    docs = {t["doc_id"] for t in read_triples(tmp_path / "stdin")}
    assert docs == {json.loads(line)["id"] for line in lines.splitlines()}


def test_workers_report_input_problems_like_one_process(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"id": "a", "text": "Iran warned Israel."}\n{"id": "b"}\n'
                    '{"id": "c", "text": "Hamas accused Israel."}\n', encoding="utf-8")
    result = run_cli("build", feed, "--out", tmp_path / "out", "--workers", "2",
                     "--chunk-size", "1", "--quiet")
    assert result.exit_code == 1
    assert f'{feed}:2: no "text" field, line skipped' in result.stderr
    assert {t["doc_id"] for t in read_triples(tmp_path / "out")} == {"a", "c"}
