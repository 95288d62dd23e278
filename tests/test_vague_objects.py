"""Objects that say nothing on their own when the text says which.

A bare definite thing ("bought *the shares*", "told *the board*", "confirmed *the
incident*") points back to a thing told elsewhere: the triple keeps only "shares", "board"
or "incident" (:func:`extract.vague.bare_definite_thing`); an event of a class keeps it
("condemned the coup" is what the event is about). A bare-noun object beside a triple of
the same sentence that keeps the noun in its relation and names whose or with whom
("dismiss -> appeal" beside "dismiss appeal -> Acme Corp") is said better by that triple
(``extract.pipeline._named_instead``).
"""

from __future__ import annotations

import pytest
from actorgraph.extract.pipeline import _named_instead
from actorgraph.extract.vague import bare_definite_thing

from actorgraph.records import Mention, Relation, Triple
from tests.constructions import cases, check_construction
from tests.docs import parse

#: (sentence, rows, index of the object's head, whether it is a bare definite thing)
_OBJECTS = [
    ("Israel rejected the offer", """
        1 nsubj PROPN Israel NNP
        1 ROOT VERB reject VBD
        3 det DET the DT
        1 dobj NOUN offer NN
    """, 3, True),
    ("Acme bought the shares and the bonds", """
        1 nsubj PROPN Acme NNP
        1 ROOT VERB buy VBD
        3 det DET the DT
        1 dobj NOUN share NNS
        3 cc CCONJ and CC
        6 det DET the DT
        3 conj NOUN bond NNS
    """, 3, True),
    ("Canada condemned the coup", """
        1 nsubj PROPN Canada NNP
        1 ROOT VERB condemn VBD
        3 det DET the DT
        1 dobj NOUN coup NN
    """, 3, True),
    # guards: a word that says which, a possessive, people, a name, a unique thing
    ("Israel rejected the ceasefire offer", """
        1 nsubj PROPN Israel NNP
        1 ROOT VERB reject VBD
        4 det DET the DT
        4 compound NOUN ceasefire NN
        1 dobj NOUN offer NN
    """, 4, False),
    ("Canada condemned the coup in Fiji", """
        1 nsubj PROPN Canada NNP
        1 ROOT VERB condemn VBD
        3 det DET the DT
        1 dobj NOUN coup NN
        3 prep ADP in IN
        4 pobj PROPN Fiji NNP
    """, 3, False),
    ("Japan opened its market", """
        1 nsubj PROPN Japan NNP
        1 ROOT VERB open VBD
        3 poss PRON its PRP$
        1 dobj NOUN market NN
    """, 3, False),
    ("Merz praised the police", """
        1 nsubj PROPN Merz NNP
        1 ROOT VERB praise VBD
        3 det DET the DT
        1 dobj NOUN police NNS
    """, 3, False),
    ("Bryant joined the Lakers", """
        1 nsubj PROPN Bryant NNP
        1 ROOT VERB join VBD
        3 det DET the DT
        1 dobj NOUN laker NNS
    """, 3, False),
    ("Trump downplayed the coronavirus", """
        1 nsubj PROPN Trump NNP
        1 ROOT VERB downplay VBD
        3 det DET the DT
        1 dobj NOUN coronavirus NN
    """, 3, False),
    ("Israel rejected an offer", """
        1 nsubj PROPN Israel NNP
        1 ROOT VERB reject VBD
        3 det DET an DT
        1 dobj NOUN offer NN
    """, 3, False),
]


@pytest.mark.parametrize(("sentence", "rows", "head", "bare"), _OBJECTS)
def test_a_bare_definite_thing_is_only_the_and_a_noun(sentence, rows, head, bare):
    doc = parse(sentence, rows)
    assert bare_definite_thing(doc[head]) is bare


def _mention(label: str, type_: str = "CONCEPT", text: str | None = None) -> Mention:
    text = text or label
    return Mention(text=text, label=label, type=type_, start=0, end=len(text),
                   via="concept" if type_ == "CONCEPT" else "name")


def _record(subject: str, relation: str, obj: str, type_: str = "CONCEPT", *,
            event_class: str | None = None, negated: bool = False,
            text: str | None = None) -> Triple:
    return Triple(subject=_mention(subject, "ORG"),
                  relation=Relation(relation.split()[0], relation, event_class),
                  object=_mention(obj, type_, text), negated=negated, confidence=1.0, doc_id="t",
                  sentence="", char_start=0, char_end=0, pattern="svo")


#: (the triple, its siblings, whether a sibling names its object instead)
_SIBLINGS = [
    (_record("CAS", "dismiss", "appeal", event_class="REJECT"),
     [_record("CAS", "dismiss appeal", "Tadesse Bekele", "PERSON", event_class="REJECT")],
     True),
    (_record("Putin", "send", "message"),
     [_record("Putin", "send message to", "Erdogan", "PERSON")], True),
    (_record("Echeverria", "divert", "money"),
     [_record("Echeverria", "divert money from", "FIFA's Forward program")], True),
    # guards: a place, more words, another subject, other flags, a lost class, no name, a
    # possessive
    (_record("North Korea", "fire", "missile"),
     [_record("North Korea", "fire missile into", "Sea of Japan", "LOC")], False),
    (_record("SpaceX", "launch", "crewed mission"),
     [_record("SpaceX", "launch mission to", "NASA", "ORG")], False),
    (_record("Putin", "send", "message"),
     [_record("Lavrov", "send message to", "Erdogan", "PERSON")], False),
    (_record("Putin", "send", "message"),
     [_record("Putin", "send message to", "Erdogan", "PERSON", negated=True)], False),
    (_record("CAS", "dismiss", "appeal", event_class="REJECT"),
     [_record("CAS", "dismiss appeal", "Tadesse Bekele", "PERSON")], False),
    (_record("Lone Star", "reach", "agreement"),
     [_record("Lone Star", "reach agreement with", "lenders")], False),
    (_record("Japan", "open", "market", negated=True, text="its market"),
     [_record("Japan", "open market to", "American chipmakers", negated=True)], False),
]


@pytest.mark.parametrize(("triple", "others", "dropped"), _SIBLINGS)
def test_a_bare_noun_object_gives_way_to_a_sibling_that_names_it(triple, others, dropped):
    assert _named_instead(triple, [triple, *others]) is dropped


_TABLE = {
    "bare definite thing object": [
        ("Acme Corp said it bought the shares last week.", [], [("Acme Corp", "shares")]),
        ("General Dynamics said it won the contract.", [], [("General Dynamics", "contract")]),
        ("The Pentagon confirmed the incident on Monday.", [], [("Pentagon", "incident")]),
    ],
    "bare definite thing object, kept": [
        ("Acme Corp said it bought the Vestel shares last week.",
         [("Acme Corp", "buy", "Vestel shares", False, False)], []),
        # an event of a class is about the thing: "condemned the coup"
        ("Israel rejected the offer on Sunday.", [("Israel", "reject", "offer", False, False)],
         []),
        ("Britain and France condemned the coup.",
         [("France", "condemn", "coup", False, False)], []),
        ("Japan opened its market to foreign chipmakers.",
         [("Japan", "open", "market", False, False)], []),
        ("President Trump downplayed the coronavirus in February.",
         [("Trump", "downplay", "coronavirus", False, False)], []),
        ("Hassan intends to change the constitution.",
         [("Hassan", "intend to change", "constitution", False, True)], []),
    ],
    "bare noun named by a sibling": [
        ("The Supreme Court dismissed an appeal by Acme Corp on Monday.", [],
         [("Supreme Court", "appeal")]),
        ("Putin sent a message to Erdogan on Tuesday.", [], [("Putin", "message")]),
        ("Lukashenko paid tribute to Gorbachev.", [], [("Lukashenko", "tribute")]),
    ],
    "bare noun named by a sibling, kept": [
        ("North Korea fired a missile into the Sea of Japan.",
         [("North Korea", "fire", "missile", False, False)], []),
        ("SpaceX launched a crewed mission from Cape Canaveral.",
         [("SpaceX", "launch", "crewed mission", False, False)], []),
        ("Egypt summoned the Israeli ambassador in Cairo.",
         [("Egypt", "summon", "Israeli ambassador", False, False)], []),
        ("Japan did not open its market to American chipmakers.",
         [("Japan", "open", "market", True, False)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(_TABLE))
def test_vague_objects_on_the_model(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
