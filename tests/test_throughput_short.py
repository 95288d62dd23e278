"""Work a one-worker build saves on short articles gives the results of the work itself."""

from __future__ import annotations

import subprocess
import sys

import pytest
import spacy
from actorgraph.extract.models import DEFAULT_MODEL
from actorgraph.extract.pipeline import (
    _EMPTY_TOKENIZER_CONFIG,
    _read_tokenizer,
    disabled_components,
    load_tokenizer,
    reads_own_tokenizer,
    split_abbreviation_hyphens,
)
from actorgraph.extract.ruler import set_bits
from hypothesis import given
from hypothesis import strategies as st

from actorgraph.readers import read_articles
from tests.conftest import EXAMPLES, ROOT

EXIT_CHECK = """
import atexit, gc, sys
sys.path.insert(0, sys.argv[1])
import build_graph
freeze, calls = gc.freeze, []
gc.freeze = lambda: calls.append(1) or freeze()
# registered first, so run last: after the freeze
atexit.register(lambda: print(len(calls), gc.get_freeze_count() > 0, flush=True))
build_graph._no_final_collection()
build_graph._no_final_collection()
print(len(calls), flush=True)
"""


def test_a_finished_build_leaves_its_objects_out_of_the_exit_collection():
    # registered once however often it is called; the freeze runs before the
    # handlers registered earlier, which still run
    done = subprocess.run([sys.executable, "-c", EXIT_CHECK, str(ROOT)], check=True,
                          capture_output=True, text=True)
    assert done.stdout.split() == ["0", "1", "True"]


#: Texts of the tokenizer's hard cases: special cases, affixes, the hyphen split.
TOKENIZER_TEXTS = [
    "A U.S.-led coalition and U.N.-backed forces struck at 5 p.m.; they didn't stop.",
    "Mr. Smith's e-mail (smith@example.org) said: \"Gov't won't pay $1.5bn\" :-) ...",
    "The U.K.-based firm's shares fell 3.2% to 41.5p on Jan. 3, 2024 - see https://x.org/a-b",
    "Rebels (the so-called 'M23') held Goma's airport--and the U.S.A.'s envoy left.",
]


@pytest.mark.model
def test_the_tokenizer_read_with_the_hyphen_split_is_the_one_split_after_loading(nlp):
    # the old way: spacy.load reads the tokenizer, then its infixes are set again
    plain = spacy.load(DEFAULT_MODEL)
    split_abbreviation_hyphens(plain)
    assert nlp.tokenizer.to_bytes(exclude=["vocab"]) == plain.tokenizer.to_bytes(exclude=["vocab"])
    texts = TOKENIZER_TEXTS + [a.text for a in read_articles([EXAMPLES])]
    ours = [[(t.text, t.whitespace_) for t in nlp.tokenizer(text)] for text in texts]
    theirs = [[(t.text, t.whitespace_) for t in plain.tokenizer(text)] for text in texts]
    assert ours == theirs
    assert [t.text for t in nlp.tokenizer("U.S.-led")] == ["U.S.", "-", "led"]
    assert sum(len(doc) for doc in ours) > 2000


@pytest.mark.model
def test_a_pipeline_without_tokenizer_data_keeps_its_tokenizer(tmp_path):
    blank = spacy.blank("en")
    blank.to_disk(tmp_path / "blank", exclude=["tokenizer"])
    nlp = spacy.load(tmp_path / "blank", exclude=["tokenizer"])
    load_tokenizer(nlp)  # nothing to read
    split_abbreviation_hyphens(nlp)
    assert [t.text for t in nlp("a U.S.-led raid")] == ["a", "U.S.", "-", "led", "raid"]


def _saved(nlp, folder, old: str = "", new: str = "", **kwargs) -> str:
    """``nlp`` saved in ``folder``, with ``old`` replaced by ``new`` in its configuration."""
    nlp.to_disk(folder, **kwargs)
    config = (folder / "config.cfg").read_text(encoding="utf-8")
    (folder / "config.cfg").write_text(config.replace(old, new) if old else config,
                                       encoding="utf-8")
    return str(folder)


def test_only_spacys_own_tokenizer_with_its_data_file_is_made_empty(tmp_path):
    blank = spacy.blank("en")
    assert reads_own_tokenizer(_saved(blank, tmp_path / "own"))
    assert spacy.load(tmp_path / "own").config["nlp"]["tokenizer"] == {
        "@tokenizers": "spacy.Tokenizer.v1"}
    # no data file, another tokenizer, a configuration that cannot be read: as spaCy loads
    assert not reads_own_tokenizer(_saved(blank, tmp_path / "no-data", exclude=["tokenizer"]))
    assert not reads_own_tokenizer(_saved(blank, tmp_path / "other", '"spacy.Tokenizer.v1"',
                                          '"my.Tokenizer.v1"'))
    assert not reads_own_tokenizer(_saved(blank, tmp_path / "broken", "[nlp]", "[nlp"))
    assert not reads_own_tokenizer(str(tmp_path / "missing"))
    assert not reads_own_tokenizer("no_such_pipeline_package")


def test_an_empty_tokenizer_that_finds_no_data_is_made_as_configured(tmp_path):
    spacy.blank("en").to_disk(tmp_path / "blank", exclude=["tokenizer"])
    nlp = spacy.load(tmp_path / "blank", exclude=["tokenizer"], config=_EMPTY_TOKENIZER_CONFIG)
    assert [t.text for t in nlp("it isn't (so)")] == ["it", "isn't", "(so)"]  # empty
    _read_tokenizer(nlp, empty=True)
    assert [t.text for t in nlp("it isn't (so)")] == ["it", "is", "n't", "(", "so", ")"]
    assert nlp.config["nlp"]["tokenizer"] == {"@tokenizers": "spacy.Tokenizer.v1"}


def test_an_empty_tokenizer_reads_the_whole_tokenizer_of_the_data(tmp_path):
    spacy.blank("en").to_disk(tmp_path / "blank")
    plain = spacy.load(tmp_path / "blank")
    nlp = spacy.load(tmp_path / "blank", exclude=["tokenizer"], config=_EMPTY_TOKENIZER_CONFIG)
    _read_tokenizer(nlp, empty=True)
    split_abbreviation_hyphens(plain)
    assert nlp.tokenizer.to_bytes(exclude=["vocab"]) == plain.tokenizer.to_bytes(exclude=["vocab"])
    texts = TOKENIZER_TEXTS + [a.text for a in read_articles([EXAMPLES])]
    assert ([[t.text for t in nlp.tokenizer(text)] for text in texts]
            == [[t.text for t in plain.tokenizer(text)] for text in texts])
    assert nlp.config["nlp"]["tokenizer"] == plain.config["nlp"]["tokenizer"]


@pytest.mark.model
def test_the_default_pipeline_is_made_with_an_empty_tokenizer_and_configured_as_spacys(nlp):
    assert reads_own_tokenizer(DEFAULT_MODEL)
    assert nlp.config["nlp"]["tokenizer"] == {"@tokenizers": "spacy.Tokenizer.v1"}


def test_no_collections_while_importing_then_as_before():
    import gc

    import build_graph

    assert gc.isenabled()
    with build_graph._no_collections():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with build_graph._no_collections():
            pass
        assert not gc.isenabled()  # off before, off after
    finally:
        gc.enable()


@pytest.mark.model
def test_only_the_components_the_pipeline_disables_are_not_loaded(nlp):
    plain = spacy.load(DEFAULT_MODEL)
    assert disabled_components(DEFAULT_MODEL) == plain.disabled == ["senter"]
    assert "senter" not in nlp.component_names
    assert set(plain.pipe_names) <= set(nlp.component_names)  # every one that runs


def test_disabled_components_of_a_folder_or_of_nothing(tmp_path):
    (tmp_path / "meta.json").write_text('{"disabled": ["senter", 3], "lang": "en"}')
    assert disabled_components(str(tmp_path)) == ["senter"]
    (tmp_path / "meta.json").write_text("{not json")
    assert disabled_components(str(tmp_path)) == []
    assert disabled_components(str(tmp_path / "missing")) == []
    assert disabled_components("no_such_pipeline_package") == []


def test_in_a_command_what_the_imports_made_is_left_out_until_it_ends():
    import gc

    import click

    import build_graph

    assert not gc.get_freeze_count()
    with click.Context(build_graph.cli):
        with build_graph._no_collections():
            assert not gc.isenabled()
        assert gc.isenabled() and gc.get_freeze_count() > 0
    assert not gc.get_freeze_count()  # put back when the command's context closed


def _bits_one_by_one(mask: int) -> tuple[int, ...]:
    """The attribute ruler's former loop: every position up to the highest set bit."""
    bits, bit = [], 0
    while mask:
        if mask & 1:
            bits.append(bit)
        mask >>= 1
        bit += 1
    return tuple(bits)


@given(st.integers(min_value=0, max_value=(1 << 200) - 1))
def test_set_bits_are_the_positions_read_one_by_one(mask):
    assert set_bits(mask) == _bits_one_by_one(mask)


def test_set_bits_of_hand_picked_masks():
    for mask in (0, 1, 2, 3, 1 << 187, (1 << 188) - 1, 0b1010_0000_0001):
        assert set_bits(mask) == _bits_one_by_one(mask)


NO_RDFLIB = """
import sys, tempfile
sys.path.insert(0, sys.argv[1])
import build_graph
from actorgraph.exports.store import StoreError
from actorgraph.exports.outputs import write_outputs
from tests.records import hostile_graph
written = write_outputs(hostile_graph(), tempfile.mkdtemp(), formats=("turtle", "nquads"))
print(len(written), "rdflib" in sys.modules)
from actorgraph.exports.vocab import AG, SCHEMA
print("rdflib" in sys.modules, type(AG).__module__, type(SCHEMA).__name__)
"""


def test_writing_the_output_files_does_not_import_rdflib():
    # rdflib (about 0.05 s to import) is imported for what needs it: its graphs, JSON-LD,
    # and the vocabularies as rdflib namespaces
    done = subprocess.run([sys.executable, "-c", NO_RDFLIB, str(ROOT)], check=True,
                          capture_output=True, text=True, cwd=ROOT)
    assert done.stdout.split() == ["6", "False", "True", "rdflib.namespace", "Namespace"]


def test_every_ag_term_written_is_declared_in_the_vocabulary_and_the_ontology():
    import pyoxigraph as ox
    from actorgraph.exports.rdf import ontology_text, quads
    from actorgraph.exports.vocab import AG, NAMESPACES
    from rdflib import URIRef

    from tests.records import hostile_graph

    ag = NAMESPACES["ag"]
    defined = {t.subject.value for t in ox.parse(ontology_text().encode(),
                                                 format=ox.RdfFormat.TURTLE)}
    used = {term.value for q in quads(hostile_graph()) for term in (q.predicate, q.object)
            if isinstance(term, ox.NamedNode) and term.value.startswith(ag)
            and term.value != ag}  # (the dataset's void:vocabulary)
    assert len(used) > 20
    for iri in sorted(used):
        assert iri in defined, iri
        assert getattr(AG, iri[len(ag):]) == URIRef(iri)  # declared: AG raises otherwise
    with pytest.raises(AttributeError):
        _ = AG.notATerm
