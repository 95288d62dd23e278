"""The word lists of ``extract/data/words.txt`` and the names ``extract/lexicon.py`` gives them."""

from __future__ import annotations

import importlib
import re
from importlib import resources

from actorgraph.extract import lexicon
from actorgraph.extract.lexicon import list_names, words


def _text() -> str:
    return resources.files("actorgraph.extract").joinpath("data", "words.txt").read_text("utf-8")


def test_every_list_says_what_it_is_for():
    lines = _text().splitlines()
    headers = [i for i, line in enumerate(lines) if line.startswith("[")]
    assert len(headers) == len(list_names())
    for i in headers:
        assert lines[i + 1].startswith("# "), f"{lines[i]} has no comment"


def test_every_list_is_read_by_the_lexicon_module():
    source = resources.files("actorgraph.extract").joinpath("lexicon.py").read_text("utf-8")
    read = set(re.findall(r'words\("(\w+)"\)', source))
    assert read == set(list_names())


def test_words_are_lower_case_and_nonempty():
    for name in list_names():
        assert words(name), name
        assert all(w == w.lower() for w in words(name)), name


def test_all_is_sorted_unique_and_defined():
    names = lexicon.__all__
    assert names == sorted(set(names))
    for name in names:
        assert isinstance(getattr(lexicon, name), frozenset), name


def test_modules_use_the_lexicon_lists_themselves():
    coref = importlib.import_module("actorgraph.extract.coref")
    actors = importlib.import_module("actorgraph.extract.actors")
    events = importlib.import_module("actorgraph.extract.events")
    assert actors.TITLE_WORDS is lexicon.TITLE_WORDS
    assert events.MILITARY_HEADS is lexicon.MILITARY_HEADS
    assert coref.NAMED_KINDS is lexicon.NAMED_KINDS
    assert {w for w, g in coref.PRONOUN_GENDER.items() if g == "m"} == lexicon.MALE_PRONOUNS
    assert {w for w, t in coref.DESCRIPTION_TYPES.items() if t == {"PERSON"}} \
        == lexicon.PERSON_DESCRIPTIONS
