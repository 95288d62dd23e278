"""Shared fixtures: the real model and the outputs of real CLI runs, built once.

Also, for the whole suite:

* the hypothesis profiles (``--hypothesis-profile=thorough`` for a longer search);
* every test that uses a fixture running the spaCy model is marked ``model``
  (:data:`MODEL_FIXTURES`), and a test not marked ``model`` that loads the
  model fails: ``pytest -m "not model"`` really runs without it;
* every RDF graph a test builds, written to a file or published by a store,
  must conform to the SHACL shapes.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import actorgraph.exports.rdf as rdf_export
import pytest
from actorgraph.exports.validate import validate
from actorgraph.extract.models import DEFAULT_MODEL
from click.testing import CliRunner
from hypothesis import HealthCheck, settings

from build_graph import cli

# registered here, before the hypothesis plugin reads --hypothesis-profile; "default"
# applies when that option is not given
settings.register_profile("default", max_examples=40, deadline=None,
                          suppress_health_check=[HealthCheck.function_scoped_fixture])
settings.register_profile("thorough", max_examples=1000, deadline=None,
                          suppress_health_check=[HealthCheck.function_scoped_fixture])
settings.load_profile("default")

#: Fixtures that run the spaCy model: a test using one (directly or through another
#: fixture) is marked ``model``.
MODEL_FIXTURES = frozenset({"nlp", "extractor", "extract", "seed_out", "examples_out",
                            "seed_triples"})


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if MODEL_FIXTURES.intersection(getattr(item, "fixturenames", ())) and \
                item.get_closest_marker("model") is None:
            item.add_marker(pytest.mark.model)


def _model_loaded() -> bool:
    """Whether the default spaCy pipeline package was imported (spacy.load does it)."""
    return DEFAULT_MODEL in sys.modules


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_setup(item: pytest.Item):
    item.stash[_MODEL_BEFORE] = _model_loaded()
    yield


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo):
    outcome = yield
    report = outcome.get_result()
    if (call.when == "teardown" and report.passed and item.get_closest_marker("model") is None
            and not item.stash.get(_MODEL_BEFORE, True) and _model_loaded()):
        report.outcome = "failed"
        report.longrepr = (f"{item.nodeid} loaded the spaCy model {DEFAULT_MODEL!r} but is not "
                           "marked model: mark it (or its fixture, in MODEL_FIXTURES)")


_MODEL_BEFORE = pytest.StashKey[bool]()

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
    from actorgraph.extract.pipeline import load_model

    return load_model()


@pytest.fixture(scope="session")
def extractor(nlp):
    """One extractor on the session's model, shared by every table of sentences."""
    from actorgraph.extract.pipeline import Extractor

    return Extractor(nlp=nlp)


@pytest.fixture(scope="session")
def extract(nlp):
    """The triples the product extracts from one text, read as an article of its own."""
    from actorgraph.extract.pipeline import Extractor

    from actorgraph.records import Article

    extractor = Extractor(nlp=nlp)

    def run(text):
        (result,) = extractor.extract([Article("t", text)])
        return result.triples

    return run


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


# -- every RDF graph the tests build must conform to the SHACL shapes ---------------------

_ORIGINAL_QUADS = rdf_export.quads
_CONFORMANCE: dict[str, str | None] = {}  # fingerprint -> None or the failure report


@pytest.fixture(scope="session", autouse=True)
def _rdf_graphs_built():
    """Records every graph turned into RDF anywhere in the session."""
    built: list = []

    def recording(G, *, base=rdf_export.DEFAULT_BASE):
        built.append((G, base))
        return _ORIGINAL_QUADS(G, base=base)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(rdf_export, "quads", recording)
        yield built


@pytest.fixture(autouse=True)
def every_rdf_graph_conforms(_rdf_graphs_built):
    """After each test, validate the RDF graphs built during it (and its fixtures)."""
    yield
    pending = list(_rdf_graphs_built)
    _rdf_graphs_built.clear()
    for G, base in pending:
        quads = list(_ORIGINAL_QUADS(G, base=base))
        key = hashlib.sha1("\n".join(map(str, quads)).encode()).hexdigest()
        if key not in _CONFORMANCE:
            from rdflib import Graph

            g = Graph()
            for q in quads:
                g.add(tuple(rdf_export._to_rdflib(t) for t in (q.subject, q.predicate,
                                                                 q.object)))
            conforms, report = validate(g)
            _CONFORMANCE[key] = None if conforms else report
        if _CONFORMANCE[key] is not None:
            pytest.fail("an RDF graph built by this test does not conform to the SHACL "
                        "shapes:\n" + _CONFORMANCE[key][:4000])
