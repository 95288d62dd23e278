"""Two clauses joined by a semicolon are two sentences (session 48).

Event summaries and wire copy join two events with a semicolon ("Iran seizes a tanker;
Greece summons the Iranian ambassador"). The parser hung the first clause's verb on the
second's, mostly as its complement, so the second clause's verb took the first clause
for what it asked, said or planned (:mod:`~actorgraph.extract.segment`,
``actorgraph_semicolon_clauses``). A sentence now starts after a semicolon whose two
sides each hold a finite verb with a nominal before it, read from the tags before the
parser runs; a list ("in Paris; Berlin; and Rome"), a semicolon inside parentheses or
quotation marks, a byline ("Reporting by ...; Editing by ...") and a dependent clause
("; which ...", "; while ...") keep their sentence. Where a rule reads the text's first
sentence or a pronoun's own sentence, the clauses a semicolon split are still one
sentence (:func:`~actorgraph.extract.tree.joined_start`): "the militants" in the lead's
second clause introduce their own, "it" after "; " may be the treaty named before it
(rows in ``tests/test_flags_hedges.py``).
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_labels

SPLIT = {
    "two events": [
        "Iran seizes a Greek tanker in the Gulf of Oman; Greece summons the Iranian ambassador.",
        "Sudanese paramilitaries shell El Fasher; the army says it will not withdraw.",
        "Venezuela plans to annex Essequibo; Guyana asks the UN Security Council for help.",
        "The ceasefire collapsed on Monday; however, Armenia accused Azerbaijan of shelling.",
        "He was charged with arson and assault; and his bail was set at $1 million.",
    ],
}

KEPT = {
    "guard: a list": [
        "The summit brings together leaders from France; Germany; Italy; and Spain.",
        "Talks were held in Geneva, Switzerland; Doha, Qatar; and Cairo, Egypt.",
    ],
    "guard: parentheses or quotation marks": [
        "The court (its judges sat in The Hague; three dissented) convicted Mladic.",
        'Ruto said "we will not bow; we will fight" and vowed to rebuild.',
    ],
    "guard: a byline or a dependent clause": [
        "Reporting by Jane Doe; Editing by John Smith",
        "Turkey detained the mayor of Istanbul; which the opposition called a coup.",
        "Police fired tear gas; while protesters threw stones at the parliament.",
    ],
}


def _starts(nlp, text):
    return [t.i for t in nlp(text) if t.is_sent_start]


def _after_semicolons(doc):
    return [t.i + 1 for t in doc if t.text == ";"]


@pytest.mark.parametrize("sentence", [s for rows in SPLIT.values() for s in rows])
def test_semicolon_between_two_clauses_starts_a_sentence(nlp, sentence):
    doc = nlp(sentence)
    assert all(doc[i].is_sent_start for i in _after_semicolons(doc)), \
        [s.text for s in doc.sents]
    assert doc.text == sentence  # (offsets and text unchanged)


@pytest.mark.parametrize("sentence", [s for rows in KEPT.values() for s in rows])
def test_list_bracket_quote_and_dependent_clause_keep_one_sentence(nlp, sentence):
    doc = nlp(sentence)
    assert not any(doc[i].is_sent_start for i in _after_semicolons(doc)), \
        [s.text for s in doc.sents]


TRIPLES = {
    "the first clause is no complement of the second's verb": [
        ("Venezuela plans to annex Essequibo; Guyana asks the UN Security Council for help.",
         [("Guyana", "ask for help", "UN Security Council")],
         [("Guyana", "Venezuela")]),
        ("Iran seizes a Greek tanker in the Gulf of Oman; Greece summons the Iranian ambassador.",
         [("Iran", "seize", "Greek tanker"), ("Greece", "summon", "Iranian ambassador")],
         [("Greece", "Greek tanker")]),
        ("Niger expels the French ambassador; France says it does not recognise the junta.",
         [("Niger", "expel", "French ambassador")],
         [("France", "French ambassador")]),
    ],
}


@pytest.mark.parametrize(("sentence", "present", "absent"), cases(TRIPLES))
def test_semicolon_clauses_keep_their_own_triples(extractor, sentence, present, absent):
    check_labels(extractor, sentence, present, absent)


def test_same_text_same_sentences(nlp):
    text = "Hungary vetoes the EU aid package; Poland condemns the decision."
    assert _starts(nlp, text) == _starts(nlp, text)
