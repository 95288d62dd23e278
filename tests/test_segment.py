"""Line-delimited headlines are sentences of their own."""

from __future__ import annotations

import pytest
import spacy
from actorgraph.extract.segment import COMPONENT, FINAL_STOPS


@pytest.fixture(scope="module")
def splitter():
    nlp = spacy.blank("en")
    nlp.add_pipe(COMPONENT)
    return nlp


def starts(nlp, text):
    return [t.text for t in nlp(text) if t.is_sent_start and not t.is_space]


def test_headline_and_subtitle_without_period_start_new_sentences(splitter):
    text = ("Blinken presses for ceasefire\nQatar warns of escalation\n\n"
            "US Secretary of State Antony Blinken urged restraint.")
    assert starts(splitter, text) == ["Blinken", "Qatar", "US"]


def test_soft_wrapped_prose_is_not_split(splitter):
    text = "Israel has not commented on\nthe death of Haniyeh."
    assert starts(splitter, text) == ["Israel"]


def test_line_ending_a_sentence_breaks_before_the_next(splitter):
    text = "Israel struck.\nthe group responded."
    assert starts(splitter, text) == ["Israel", "the"]


@pytest.mark.model
def test_real_parser_keeps_headline_apart(nlp):
    text = ("Blinken presses for Gaza ceasefire as region braces for Iranian retaliation\n"
            "Qatar warns that the killing of Hamas's top negotiator threatens the talks\n\n"
            "US Secretary of State Antony Blinken urged Israel and Hamas to agree.")
    sents = [s.text.strip() for s in nlp(text).sents]
    assert sents == [
        "Blinken presses for Gaza ceasefire as region braces for Iranian retaliation",
        "Qatar warns that the killing of Hamas's top negotiator threatens the talks",
        "US Secretary of State Antony Blinken urged Israel and Hamas to agree.",
    ]


@pytest.fixture(scope="module")
def stops():
    nlp = spacy.blank("en")
    nlp.add_pipe(FINAL_STOPS)
    return nlp


@pytest.mark.parametrize(("text", "name"), [
    ("Texas Air Corp agreed to buy People Express Airlines Inc. Shares rose.", "Inc"),
    ("Hanson Trust raised its bid for SCM Corp. Hanson said SCM rejected it.", "Corp"),
    ("The unit was sold to Sime Darby Bhd.\nTerms were not disclosed.", "Bhd"),
    ("Regulators fined the brokerage Salomon Brothers Co.", "Co"),
])
def test_a_sentence_ending_in_an_abbreviation_gets_its_full_stop(stops, text, name):
    doc = stops(text)
    tokens = [t.text for t in doc]
    i = tokens.index(name)
    assert tokens[i + 1] == "."
    assert doc.text == text  # offsets are those of the text
    assert doc[i + 1].idx == text.index(name) + len(name)


@pytest.mark.parametrize("text", [
    "Shares of Exxon Corp. rose on Monday.",  # lower case after it
    "Apple Inc. Chief Executive Tim Cook met Xi.",  # a title runs the name on
    "Acme Inc. CEO Jane Doe resigned.",
    "He lives in the U.S. The talks resumed.",  # no corporate abbreviation
])
def test_an_abbreviation_inside_a_sentence_stays_whole(stops, text):
    tokens = [t.text for t in stops(text)]
    assert "." not in tokens[:-1] or "U.S." in tokens
    assert any(t.endswith(".") and len(t) > 1 for t in tokens)


@pytest.mark.model
@pytest.mark.parametrize(("text", "subject", "relation", "obj"), [
    ("Texas Air Corp said it agreed to buy People Express Airlines Inc. Shares rose 5 pct.",
     "Texas Air Corp", "agree to buy", "People Express Airlines Inc"),
    ("Hanson Trust PLC raised its bid for SCM Corp. Hanson said SCM rejected the offer.",
     "Hanson Trust PLC", "raise bid for", "SCM Corp"),
    ("The takeover was approved by Allegheny International Inc. Shares rose 5 pct.",
     "Allegheny International Inc", "approve", "takeover"),
])
def test_the_last_name_of_a_sentence_keeps_its_role(text, subject, relation, obj):
    from actorgraph.extract.pipeline import Extractor

    from actorgraph.records import Article
    (result,) = Extractor().extract([Article("t", text)])
    found = {(t.subject.label, t.relation.label, t.object.label) for t in result.triples}
    assert (subject, relation, obj) in found


def _acyclic(doc) -> bool:
    """Whether every token's chain of heads (as spaCy stores them) ends at a root."""
    from spacy.attrs import HEAD

    heads = [i + int(h) for i, h in enumerate(doc.to_array([HEAD]).astype("int64").tolist())]
    for i in range(len(doc)):
        seen = 0
        while heads[i] != i:
            i, seen = heads[i], seen + 1
            if seen > len(doc):
                return False
    return True


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The fund sold its stake.\n\n(c) 2026 Contoso Inc.",  # a copyright footer
    "Northwind said revenue rose.\n\nSOURCE Northwind Traders Ltd.",  # a release's source
    "Fabrikam Corp.",  # a name alone
    "Press release\n\nSOURCE Wingtip Group Inc.",
    "Media contact: Jane Doe, Tailspin Toys Co.",
])
def test_a_verbless_line_ending_in_an_abbreviation_parses_to_a_tree(nlp, text):
    # the split stop hung under "Inc" (not "Inc" under it): the parser left such a
    # line's name as it found it, and "Inc" <-> "." was a cycle spaCy fails on
    doc = nlp(text)
    assert _acyclic(doc)
    assert all(sent.root is not None for sent in doc.sents)
    assert all(ent.root is not None for ent in doc.ents)
