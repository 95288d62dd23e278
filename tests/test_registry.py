"""One declaration per pattern: everything that names patterns agrees with the registry."""

from __future__ import annotations

import ast
import doctest
import importlib
import re
from pathlib import Path

from actorgraph.extract import pipeline, triples
from actorgraph.extract.lexicon import list_names, words
from actorgraph.extract.rules.registry import (
    PATTERN_CONFIDENCE,
    PATTERNS,
    STATIVE_PATTERNS,
    markdown_table,
)
from rdflib import RDFS, Graph, URIRef

ROOT = Path(__file__).resolve().parent.parent


def test_pipeline_uses_the_registry():
    assert pipeline.PATTERN_CONFIDENCE is PATTERN_CONFIDENCE
    assert pipeline.STATIVE_PATTERNS is STATIVE_PATTERNS
    assert set(PATTERN_CONFIDENCE) == set(PATTERNS)
    assert all(0 < c <= 1 for c in PATTERN_CONFIDENCE.values())


def test_readme_table_is_the_registry_table():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("<!-- patterns:start -->\n", 1)[1].split("<!-- patterns:end -->", 1)[0]
    assert block == markdown_table(), (
        "regenerate: benchmarks.readme.replace_section(Path('README.md'), 'patterns', "
        "markdown_table())")


def test_ontology_lists_every_pattern():
    graph = Graph().parse(ROOT / "exports" / "ontology.ttl")
    comment = str(graph.value(URIRef("https://actorgraph.example/ns#pattern"), RDFS.comment))
    listed = re.findall(r"[a-z][a-z-]*[a-z]", comment.split(":", 1)[1])
    assert set(listed) == set(PATTERNS)


def _yielded_patterns(module) -> set[str]:
    """Pattern names a rule module passes to TokenTriple (string literals only)."""
    tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "TokenTriple":
            args = [*node.args, *(k.value for k in node.keywords if k.arg == "pattern")]
            for arg in args:
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str) \
                        and arg.value in PATTERNS:
                    names.add(arg.value)
    return names


def test_each_family_module_documents_and_yields_its_patterns():
    families = {e.family for e in triples.EXTRACTORS}
    assert families == {p.family for p in PATTERNS.values()}
    for family in families:
        module = importlib.import_module(f"actorgraph.extract.rules.{family}")
        own = {p.name for p in PATTERNS.values() if p.family == family}
        documented = set(re.findall(r"^``([a-z-]+)``", module.__doc__, flags=re.M))
        assert documented == own, family
        # every literal pattern name in the module is one of its own
        assert _yielded_patterns(module) <= own, family


def test_every_lexicon_list_is_used_and_non_empty():
    sources = "".join(p.read_text(encoding="utf-8") for p in (ROOT / "extract").rglob("*.py"))
    for name in list_names():
        assert words(name), name
        assert f'"{name}"' in sources, f"list {name} is read by no module"


def test_no_module_keeps_its_own_copy_of_a_lexicon_list():
    """Word lists of extract/data/words.txt are not spelled out again in the code."""
    big = {name: words(name) for name in list_names() if len(words(name)) >= 4}
    for path in [*(ROOT / "extract").rglob("*.py"), *(ROOT / "graph").glob("*.py")]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            literal = None
            if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                    and node.value.count(" ") + node.value.count("\n") >= 3:
                literal = set(node.value.split())
            elif isinstance(node, ast.Set | ast.List | ast.Tuple):
                items = [e.value for e in node.elts
                         if isinstance(e, ast.Constant) and isinstance(e.value, str)]
                literal = set(items) if len(items) >= 4 else None
            if not literal:
                continue
            for name, listed in big.items():
                # a copy: most of the list and not much else (a longer list of another
                # kind, such as title words, may contain it)
                copy = (len(literal & listed) >= 0.75 * len(listed)
                        and len(literal) <= 2 * len(listed))
                assert not copy, (
                    f"{path.name}:{node.lineno} repeats most of list {name}")


RULE_MODULES = ["actorgraph.extract.lexicon", "actorgraph.extract.triples",
                *(f"actorgraph.extract.rules.{m}" for m in (
                    "base", "registry", "verbal", "nominal", "complements", "roles"))]


def test_rule_modules_have_examples_that_run():
    for name in RULE_MODULES:
        module = importlib.import_module(name)
        finder = doctest.DocTestFinder(exclude_empty=True)
        runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
        for test in finder.find(module, name, globs=dict(module.__dict__)):
            runner.run(test)
        failed, attempted = runner.summarize(verbose=False)
        assert attempted and not failed, f"{name}: {failed} of {attempted} examples failed"
