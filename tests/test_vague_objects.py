"""A bare-noun object that says nothing on its own when a sibling triple names it.

"The Supreme Court dismissed an appeal by Iran" gives "dismiss -> appeal" and
"dismiss appeal -> Iran": the first keeps only "appeal"; the second keeps the noun in
its relation and names whose appeal. The first is dropped
(``extract.pipeline._named_instead``); a place, more words, a possessive, other flags or a
lost event class keep it. A proposal (an appeal, an offer) is told the right way round since
session 44 ("Iran -appeal-> Supreme Court", "Supreme Court -dismiss-> Iran"), and the bare
noun beside the reaction by its verb alone goes as well. Triples are built by hand (records)
and read from the model.
"""

from __future__ import annotations

import pytest
from actorgraph.extract.pipeline import _named_instead

from actorgraph.records import Mention, Relation, Triple
from tests.constructions import cases, check_construction


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
    (_record("Exxon", "reject", "proposal"),
     [_record("Exxon", "reject proposal", "Mobil", "ORG")], True),
    (_record("Kremlin", "welcome", "plan"),
     [_record("Kremlin", "welcome plan", "Orban's party")], True),
    # guards: a preposition after the noun, more words, another subject, other flags, a
    # lost class, no name, a possessive, a pair who did it together
    (_record("Putin", "send", "message"),
     [_record("Putin", "send message to", "Erdogan", "PERSON")], False),
    (_record("SpaceX", "launch", "crewed mission"),
     [_record("SpaceX", "launch crewed mission", "NASA", "ORG")], False),
    (_record("Exxon", "reject", "proposal"),
     [_record("Chevron", "reject proposal", "Mobil", "ORG")], False),
    (_record("Exxon", "reject", "proposal"),
     [_record("Exxon", "reject proposal", "Mobil", "ORG", negated=True)], False),
    (_record("CAS", "dismiss", "appeal", event_class="REJECT"),
     [_record("CAS", "dismiss appeal", "Tadesse Bekele", "PERSON")], False),
    (_record("Exxon", "reject", "proposal"),
     [_record("Exxon", "reject proposal", "shareholders")], False),
    (_record("Japan", "open", "market", negated=True, text="its market"),
     [_record("Japan", "open market", "Washington", "GPE", negated=True)], False),
    (_record("Hamas", "sign", "deal"),
     [_record("Hamas", "sign deal", "Fatah", "ORG"), _record("Fatah", "sign deal", "Hamas", "ORG")],
     False),
]


@pytest.mark.parametrize(("triple", "others", "dropped"), _SIBLINGS)
def test_a_bare_noun_object_gives_way_to_a_sibling_that_names_it(triple, others, dropped):
    assert _named_instead(triple, [triple, *others]) is dropped


_TABLE = {
    "bare noun named by a sibling": [
        ("The Supreme Court dismissed an appeal by Iran on Monday.",
         [("Iran", "appeal", "Supreme Court", False, False),
          ("Supreme Court", "dismiss", "Iran", False, False)],
         [("Supreme Court", "appeal")]),
        ("Exxon rejected a proposal by Mobil on Monday.",
         [("Mobil", "propose", "Exxon", False, False), ("Exxon", "reject", "Mobil", False, False)],
         [("Exxon", "proposal")]),
        ("Germany turned down an offer by Russia on Monday.",
         [("Russia", "offer", "Germany", False, False),
          ("Germany", "turn down", "Russia", False, False)], [("Germany", "offer")]),
    ],
    "bare noun named by a sibling, kept": [
        ("North Korea fired a missile into the Sea of Japan.",
         [("North Korea", "fire", "missile", False, False)], []),
        ("SpaceX launched a crewed mission from Cape Canaveral.",
         [("SpaceX", "launch", "crewed mission from Cape Canaveral", False, False)], []),
        ("Putin sent a message to Erdogan on Tuesday.",
         [("Putin", "send", "message", False, False)], []),
        ("Hamas and Fatah signed the deal and the memorandum respectively.",
         [("Hamas", "sign", "deal", False, False)], []),
        ("Japan did not open its market to American chipmakers.",
         [("Japan", "open", "Japan's market", True, False)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(_TABLE))
def test_vague_objects_on_the_model(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
