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


#: Page faults of the later chunks of a one-worker extraction, in a fresh process
#: (``sys.argv[1]``: "kept" lets extract_chunk keep the heap, anything else stops it;
#: ``sys.argv[2]``: a JSON Lines file whose paragraphs are the articles).
_FAULTS = """
import json, resource, sys
from actorgraph.extract import parallel
from actorgraph.records import Article
if sys.argv[1] != "kept":
    parallel.keep_heap = lambda: False
with open(sys.argv[2], encoding="utf-8") as handle:
    paragraphs = [p for line in handle for p in json.loads(line)["text"].split("\\n\\n")
                  if p.strip()]
articles = [Article(f"a{i}", paragraphs[i % len(paragraphs)]) for i in range(80)]
chunks = [articles[i:i + 16] for i in range(0, len(articles), 16)]
parallel.extract_chunk(parallel.DEFAULT_MODEL, chunks[0])
before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
for chunk in chunks[1:]:
    parallel.extract_chunk(parallel.DEFAULT_MODEL, chunk)
print(resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before)
"""


def test_a_kept_heap_spares_the_system_the_pages_of_each_chunk():
    """Each chunk reuses the memory the one before freed (on glibc, as here): a few page
    faults where malloc's defaults give thousands a chunk back and ask for them again."""
    from actorgraph.extract.parallel import keep_heap

    assert keep_heap()
    faults = {how: int(subprocess.run(
        [sys.executable, "-c", _FAULTS, how, str(EXAMPLES / "wikinews.jsonl")], check=True,
        capture_output=True, text=True, cwd=ROOT).stdout) for how in ("kept", "default")}
    assert faults["kept"] < faults["default"] / 4, faults
