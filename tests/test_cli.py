"""The command line, run as users run it."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import actorgraph.exports.rdf
import pytest
from rdflib import Graph

from tests.conftest import EXAMPLES, ROOT, SEED, read_triples, run_cli

pytestmark = pytest.mark.model

OUTPUTS = ["graph.gexf", "graph.graphml", "graph.html", "graph.ttl", "triples.jsonl"]
KEYS = {"subject", "relation", "object", "negated", "confidence", "doc_id", "sentence",
        "char_start", "char_end"}


def test_build_examples_writes_the_three_outputs_and_a_summary(examples_out):
    out, result = examples_out
    assert "Read 5 articles" in result.stdout
    for name in OUTPUTS:
        assert (out / name).stat().st_size > 0
        assert str(out / name) in result.stdout
    assert "actorgraph query" in result.stdout
    triples = read_triples(out)
    assert {t["doc_id"] for t in triples} >= {"blinken-ceasefire",
                                             "wikinews-United_States_military_kills_Qasem_Soleimani"}
    for t in triples:
        assert set(t) >= KEYS
        assert set(t["subject"]) >= {"id", "label", "text", "type"}
        assert set(t["relation"]) == {"lemma", "label", "event_class"}
        assert 0 < t["confidence"] <= 1
    assert len(Graph().parse(out / "graph.ttl", format="turtle")) > 1000


def test_offsets_point_at_the_sentence_in_the_article_text(examples_out):
    out, _ = examples_out
    text = SEED.read_text(encoding="utf-8")
    for t in read_triples(out):
        if t["doc_id"] == "blinken-ceasefire":
            assert text[t["char_start"]:t["char_end"]] == t["sentence"]
    articles = {json.loads(line)["id"]: json.loads(line)["text"]
                for line in (EXAMPLES / "wikinews.jsonl").read_text(encoding="utf-8").splitlines()}
    for t in read_triples(out):
        if t["doc_id"] in articles:
            assert articles[t["doc_id"]][t["char_start"]:t["char_end"]] == t["sentence"]


def test_query_presets(examples_out):
    out, _ = examples_out
    result = run_cli("query", out, "--preset", "who-did-what")
    assert result.exit_code == 0
    assert any(line.split()[:4] == ["Hezbollah", "attack", "Majdal", "Shams"]
               for line in result.stdout.splitlines())
    result = run_cli("query", out, "--preset", "actor", "--param", "name=Blinken",
                     "--format", "csv")
    assert result.exit_code == 0
    rows = result.stdout.splitlines()
    assert rows[0] == "subject,relation,object,negated,hedged,sentence,article"
    assert len(rows) > 3 and all("Antony Blinken" in row for row in rows[1:])
    result = run_cli("query", out, "--preset", "most-connected", "--format", "json")
    bindings = json.loads(result.stdout)["results"]["bindings"]
    assert bindings[0]["actor"]["value"] in {"Israel", "United States", "Iran"}


def test_query_from_file_and_text(examples_out, tmp_path):
    out, _ = examples_out
    query = tmp_path / "who.rq"
    query.write_text("SELECT ?who WHERE { ?s relation:attack actor:majdal-shams ; "
                     "rdfs:label ?who } ORDER BY ?who", encoding="utf-8")
    result = run_cli("query", out / "graph.ttl", "--file", query, "--format", "csv")
    # Hezbollah's rocket attack; Shukr "had planned the attack on Majdal Shams"
    assert result.stdout == "who\nFuad Shukr\nHezbollah\n"
    result = run_cli("query", out, "ASK { actor:israel relation:kill actor:fuad-shukr }")
    assert result.stdout == "true\n"


def test_bad_query_gets_the_parser_message_and_exit_code_2(examples_out):
    out, _ = examples_out
    result = run_cli("query", out, "SELECT ?x WHERE { ?x ?y }")
    assert result.exit_code == 2
    (line,) = result.stderr.splitlines()
    assert line.startswith("error: invalid SPARQL: error at 1:")
    assert "Traceback" not in result.output


@pytest.mark.parametrize(("args", "message"), [
    ([], "give exactly one of"),
    (["--preset", "nope"], "unknown preset 'nope'; available: actor, articles, connections"),
    (["--preset", "actor"], "preset 'actor' needs --param name=..."),
    (["--preset", "actor", "--param", "name"], "--param expects NAME=VALUE"),
])
def test_query_usage_errors(examples_out, args, message):
    out, _ = examples_out
    result = run_cli("query", out, *args)
    assert result.exit_code == 2
    assert message in result.stderr


def test_query_on_a_missing_graph(tmp_path):
    result = run_cli("query", tmp_path / "nothing", "--preset", "who-did-what")
    assert result.exit_code == 1
    assert result.stderr == f"error: {tmp_path / 'nothing'}: no such file or directory\n"


def test_bad_inputs_are_reported_one_line_each_and_the_rest_processed(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "good.txt").write_text("Israel assassinated Hezbollah commander Fuad Shukr.",
                                     encoding="utf-8")
    (inputs / "empty.txt").write_text("", encoding="utf-8")
    (inputs / "binary.txt").write_bytes(b"\x00\x01\x02\x03 binary")
    (inputs / "feed.jsonl").write_text(
        '{"id": "j1", "text": "Hamas accused Israel of the killing."}\n'
        '{"id": "j2", "text": "unterminated\n'
        '{"id": "j3"}\n', encoding="utf-8")
    missing = tmp_path / "missing.txt"
    out = tmp_path / "out"
    result = run_cli("build", inputs, missing, "--out", out)
    assert result.exit_code == 1
    errors = result.stderr.replace("\r", "\n").splitlines()
    errors = [line for line in errors if line.startswith(("error:", "warning:"))]
    assert sorted(errors) == sorted([
        f"error: {inputs / 'binary.txt'}: binary file (contains NUL bytes), skipped",
        f"error: {inputs / 'empty.txt'}: empty file, skipped",
        f"error: {inputs / 'feed.jsonl'}:2: malformed JSON (Unterminated string starting at: "
        "column 22), line skipped",
        f"error: {inputs / 'feed.jsonl'}:3: no \"text\" field, line skipped",
        f"error: {missing}: no such file or directory",
    ])
    assert "Traceback" not in result.output
    assert "5 inputs skipped" in result.stdout
    docs = {t["doc_id"] for t in read_triples(out)}
    assert docs == {"good", "j1"}


def test_nothing_readable_writes_nothing(tmp_path):
    (tmp_path / "empty.txt").write_text(" ", encoding="utf-8")
    result = run_cli("build", tmp_path / "empty.txt", "--out", tmp_path / "out")
    assert result.exit_code == 1
    assert "nothing written" in result.stderr
    assert not (tmp_path / "out").exists()


def test_unknown_model_is_one_line_and_exit_code_2(tmp_path):
    result = run_cli("build", SEED, "--out", tmp_path / "out", "--model", "xx_no_such_model")
    assert result.exit_code == 2
    assert result.stderr.startswith("error: cannot load spaCy model 'xx_no_such_model'")
    assert len(result.stderr.splitlines()) == 1


def test_bad_base_iri_is_a_usage_error(tmp_path):
    result = run_cli("build", SEED, "--out", tmp_path / "out", "--base", "not-an-iri")
    assert result.exit_code == 2
    assert "base IRI must be absolute" in result.stderr


def test_a_failed_write_leaves_the_previous_outputs_whole(tmp_path, monkeypatch):
    out = tmp_path / "out"
    assert run_cli("build", SEED, "--out", out, "--quiet").exit_code == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}


    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(actorgraph.exports.rdf.ox, "serialize", broken)
    result = run_cli("build", EXAMPLES, "--out", out, "--quiet")
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [
        f"error: cannot write the graph (disk full); {out} is as it was before this run"]
    # not one file changed, not even those written before the failure
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert sorted(p.name for p in out.iterdir()) == OUTPUTS


@pytest.mark.parametrize("formats", [[], ["-f", "jsonld", "-f", "trig", "-f", "nquads",
                                            "-f", "ntriples", "-f", "turtle"]],
                         ids=["default", "every-rdf-format"])
def test_same_input_gives_byte_identical_files_in_fresh_processes(tmp_path, formats):
    # JSON-LD too: rdflib lists its nodes in the hash order of its store
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"out{seed}"
        env = dict(os.environ, PYTHONHASHSEED=seed)
        subprocess.run([sys.executable, str(ROOT / "build_graph.py"), "build", str(SEED),
                        "--out", str(out), "--quiet", "--title", "seed", *formats],
                       check=True, env=env, cwd=tmp_path, capture_output=True)
        outputs.append({p.name: p.read_bytes() for p in out.iterdir()})
    assert outputs[0] == outputs[1]
    if not formats:
        assert sorted(outputs[0]) == OUTPUTS
    else:
        rdf_files = {"graph.jsonld", "graph.trig", "graph.nq", "graph.nt", "graph.ttl"}
        assert rdf_files <= set(outputs[0])


def test_console_script_is_installed():
    script = os.path.join(os.path.dirname(sys.executable), "actorgraph")
    result = subprocess.run([script, "build", "--help"], capture_output=True, text=True,
                            check=True)
    assert "actorgraph build examples/ --out out" in result.stdout


def test_seed_answers_who_attacked_majdal_shams_with_the_sentence(seed_out):
    result = run_cli("query", seed_out / "graph.ttl", "--format", "json", """
        SELECT ?who ?sentence WHERE {
          ?s relation:attack actor:majdal-shams ; rdfs:label ?who .
          ?st rdf:subject ?s ; rdf:object actor:majdal-shams ;
              prov:wasDerivedFrom/nif:anchorOf ?sentence .
        } ORDER BY ?who""")
    assert result.exit_code == 0, result.output
    rows = [(b["who"]["value"], b["sentence"]["value"])
            for b in json.loads(result.stdout)["results"]["bindings"]]
    assert rows[1][0] == "Hezbollah"
    assert rows[1][1].startswith("Tensions rose sharply after a rocket attack by the "
                                 "Iranian-backed Hezbollah terror group")
    result = run_cli("query", seed_out, "--preset", "actor", "--param", "name=Blinken")
    assert result.exit_code == 0
    assert sum("Antony Blinken" in line for line in result.stdout.splitlines()) >= 6


def test_an_output_folder_inside_the_input_folder_is_not_read_back(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Israel assassinated Hezbollah commander Fuad Shukr.",
                                  encoding="utf-8")
    for _ in range(2):  # the second run finds the first one's outputs inside its input
        result = run_cli("build", corpus, "--out", corpus / "out", "--quiet")
        assert result.exit_code == 0, result.stderr
        assert result.stderr == ""
        assert {t["doc_id"] for t in read_triples(corpus / "out")} == {"a"}
