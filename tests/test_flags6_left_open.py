"""An event noun whose ruling out is refused or failed stays possible: hedged.

"Seoul refuses to rule out talks with Pyongyang", "Cameron refuses to rule out airstrikes
against X", "fails to rule out sanctions against Y": the talks, strikes, sanctions are
possible, as "does not rule out talks with X" says (the subject's event, hedged by the
pipeline's context.unsure_negation). Not an event noun with an actor of its own ("Putin's
visit", "the visit of Maduro") nor the parties of "a meeting between X and Y"
(:func:`extract.rules.complements._left_open_events`).
"""

from __future__ import annotations

import pytest
from actorgraph.extract.triples import all_triples

from actorgraph.records import Article
from tests.constructions import cases, check_construction
from tests.docs import parse


def triples(doc):
    return {(t.subject.text, t.lemma, t.object.text) for t in all_triples(doc)}


def test_a_refused_ruling_out_leaves_the_event():
    doc = parse("Seoul refused to rule out talks with Pyongyang", """
        1 nsubj PROPN Seoul NNP
        1 ROOT VERB refuse VBD
        3 aux PART to TO
        1 xcomp VERB rule VB
        3 prt ADP out RP
        3 dobj NOUN talk NNS
        5 prep ADP with IN
        6 pobj PROPN Pyongyang NNP
    """, ents={"Seoul": "GPE", "Pyongyang": "GPE"})
    assert ("Seoul", "talk", "Pyongyang") in triples(doc)


def test_a_failed_ruling_out_leaves_the_event():
    doc = parse("Berlin failed to exclude sanctions against Moscow", """
        1 nsubj PROPN Berlin NNP
        1 ROOT VERB fail VBD
        3 aux PART to TO
        1 xcomp VERB exclude VB
        3 dobj NOUN sanction NNS
        4 prep ADP against IN
        5 pobj PROPN Moscow NNP
    """, ents={"Berlin": "GPE", "Moscow": "GPE"})
    assert ("Berlin", "sanction", "Moscow") in triples(doc)


def test_guard_a_meeting_between_others_is_theirs():
    doc = parse("Kremlin declined to rule out a meeting between Putin and Trump", """
        1 nsubj PROPN Kremlin NNP
        1 ROOT VERB decline VBD
        3 aux PART to TO
        1 xcomp VERB rule VB
        3 prt ADP out RP
        6 det DET a DT
        3 dobj NOUN meeting NN
        6 prep ADP between IN
        7 pobj PROPN Putin NNP
        8 cc CCONJ and CC
        8 conj PROPN Trump NNP
    """, ents={"Kremlin": "ORG", "Putin": "PERSON", "Trump": "PERSON"})
    assert not any(s == "Kremlin" and rel in ("meet", "meeting")
                   for s, rel, _ in triples(doc))


def test_guard_a_refused_act_that_rules_nothing_out_is_no_open_event():
    # "refused to hold talks with X": the holding is refused (negated), nothing left open
    doc = parse("Seoul refused to hold talks with Pyongyang", """
        1 nsubj PROPN Seoul NNP
        1 ROOT VERB refuse VBD
        3 aux PART to TO
        1 xcomp VERB hold VB
        3 dobj NOUN talk NNS
        4 prep ADP with IN
        5 pobj PROPN Pyongyang NNP
    """, ents={"Seoul": "GPE", "Pyongyang": "GPE"})
    assert ("Seoul", "talk", "Pyongyang") not in triples(doc)


_LEFT_OPEN = {
    "refused or failed ruling out of an event noun": [
        ("Seoul refuses to rule out talks with Pyongyang.",
         [("Seoul", "talk", "Pyongyang", False, True)], []),
        ("David Cameron refuses to rule out airstrikes against the Assad government.",
         [("David Cameron", "strike", "Assad", False, True)], []),
        ("Germany refuses to rule out sanctions against Russia.",
         [("Germany", "sanction", "Russia", False, True)], []),
        ("Barack Obama fails to rule out airstrikes on Syria.",
         [("Barack Obama", "strike", "Syria", False, True)], []),
    ],
    "guard: the event is another's, or ruled out": [
        ("The Kremlin declines to rule out a meeting between Vladimir Putin and Donald "
         "Trump.",
         [("Vladimir Putin", "meet", "Donald Trump", False, True),
          ("Donald Trump", "meet", "Vladimir Putin", False, True)], []),
        ("Germany refuses to rule out Putin's visit to Berlin.",
         [("Putin", "visit", "Berlin", False, True)], []),
        ("Seoul rules out talks with Pyongyang.",
         [("Seoul", "talk", "Pyongyang", True, False)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(_LEFT_OPEN))
def test_left_open_events_on_the_model(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)


def test_a_ruled_out_meeting_between_others_is_not_the_subjects():
    doc = parse("Kremlin ruled out a meeting between Putin and Zelensky", """
        1 nsubj PROPN Kremlin NNP
        1 ROOT VERB rule VBD
        1 prt ADP out RP
        4 det DET a DT
        1 dobj NOUN meeting NN
        4 prep ADP between IN
        5 pobj PROPN Putin NNP
        6 cc CCONJ and CC
        6 conj PROPN Zelensky NNP
    """, ents={"Kremlin": "ORG", "Putin": "PERSON", "Zelensky": "PERSON"})
    assert not any(s == "Kremlin" and rel in ("meet", "meeting")
                   for s, rel, _ in triples(doc))


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "subject"), [
    ("The Kremlin rules out a meeting between Vladimir Putin and Volodymyr Zelensky.",
     "Kremlin"),
    ("Ankara calls off a meeting between Turkish and Greek ministers.", "Ankara"),
    ("Washington cancels talks between Israel and Hamas in Cairo.", "Washington"),
])
def test_a_called_off_event_between_others_is_theirs_on_the_model(extractor, sentence,
                                                                  subject):
    (result,) = extractor.extract([Article("t", sentence)])
    assert not any(t.subject.label == subject and t.negated
                   and t.relation.lemma in ("meet", "meeting", "talk", "talks")
                   for t in result.triples), [
        (t.subject.label, t.relation.lemma, t.object.label, t.negated)
        for t in result.triples]


def test_guard_talks_with_another_are_the_subjects():
    doc = parse("Serbia called off talks with Kosovo", """
        1 nsubj PROPN Serbia NNP
        1 ROOT VERB call VBD
        1 prt ADP off RP
        1 dobj NOUN talk NNS
        3 prep ADP with IN
        4 pobj PROPN Kosovo NNP
    """, ents={"Serbia": "GPE", "Kosovo": "GPE"})
    assert ("Serbia", "talk", "Kosovo") in triples(doc)
