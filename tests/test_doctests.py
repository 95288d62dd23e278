"""The runnable examples in the docstrings of every installed module."""

from __future__ import annotations

import doctest
import importlib
import pkgutil
from pathlib import Path

import pytest

import actorgraph

#: Modules whose examples load the spaCy model.
NEEDS_MODEL = {"actorgraph.extract.lemmas", "actorgraph.extract.headline",
               "actorgraph.extract.openers"}

#: The packages of the distribution: the subpackages live in their own folders
#: (setuptools package-dir), so walking ``actorgraph.__path__`` alone would miss them.
PACKAGES = ("actorgraph", "actorgraph.extract", "actorgraph.graph", "actorgraph.exports")
MODULES = sorted({name for package in PACKAGES
                  for _, name, _ in pkgutil.walk_packages(
                      importlib.import_module(package).__path__, f"{package}.")}
                 | set(PACKAGES))


def test_every_source_file_has_its_examples_run():
    root = Path(actorgraph.__file__).resolve().parent.parent
    files = {p for folder in ("actorgraph", "extract", "graph", "exports")
             for p in (root / folder).glob("*.py")}
    covered = {Path(importlib.import_module(name).__file__).resolve() for name in MODULES}
    assert files and files <= covered


@pytest.mark.parametrize("name", [
    pytest.param(name, marks=pytest.mark.model) if name in NEEDS_MODEL else name
    for name in MODULES
])
def test_docstring_examples(name):
    module = importlib.import_module(name)
    finder = doctest.DocTestFinder(exclude_empty=True)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    for test in finder.find(module, name, globs=dict(module.__dict__)):
        runner.run(test)
    failed, attempted = runner.summarize(verbose=False)
    assert failed == 0, f"{failed} of {attempted} examples in {name} failed (see the output)"
