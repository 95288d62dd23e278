"""The runnable examples in the docstrings of every installed module."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import actorgraph

#: Modules whose examples load the spaCy model.
NEEDS_MODEL = {"actorgraph.extract.lemmas"}

MODULES = sorted(name for _, name, _ in pkgutil.walk_packages(actorgraph.__path__,
                                                               "actorgraph."))


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
