"""Flags and senses of the Wikinews sheet prec5 (session 26).

- "used to own X" is a past habit, stated: not hedged (``complements._habit``).
- A gerund clause after a fear or concern is only feared: "expressed concern about the
  nation losing its sovereignty" (``context._foreseen_gerund``).
- "does not preclude a court from ordering X" permits the order: hedged, and
  "precluded courts from ordering X" denies it (``[preventing_verbs]``: preclude, forbid,
  disqualify, exclude).
- A gerund complement right after its verb reads as written: "recalled receiving X"
  is "recall receiving" (the lemma keeps "recall to receive";
  ``complements._gerund_reading``).
- A product released by a company is no one freed: "Red Hat released Red Hat Enterprise
  Linux" is no RETREAT (``@freeing`` in ``event_senses.tsv``).
"""

from __future__ import annotations

import pytest
from actorgraph.extract.context import modality
from actorgraph.extract.events import sense_class
from actorgraph.extract.rules.complements import complement_triples

from actorgraph.records import Mention
from tests.constructions import cases, check_construction
from tests.docs import parse


def side(text, type_="CONCEPT"):
    return Mention(text, text, type_, 0, len(text))


#: "used to" + infinitive, active, no object: (sentence, rows, relation)
_HABITS = [
    ("Tom used to own team", """
        1 nsubj PROPN Tom NNP
        1 ROOT VERB use VBD
        3 aux PART to TO
        1 xcomp VERB own VB
        3 dobj NOUN team NN
    """),
    ("she used to run bakery", """
        1 nsubj PRON she PRP
        1 ROOT VERB use VBD
        3 aux PART to TO
        1 xcomp VERB run VB
        3 dobj NOUN bakery NN
    """),
    ("Obama used to criticize Putin", """
        1 nsubj PROPN Obama NNP
        1 ROOT VERB use VBD
        3 aux PART to TO
        1 xcomp VERB criticize VB
        3 dobj PROPN Putin NNP
    """),
]


@pytest.mark.parametrize(("sentence", "rows"), _HABITS)
def test_used_to_is_a_past_habit_stated(sentence, rows):
    doc = parse(sentence, rows)
    (triple,) = [t for t in complement_triples(doc) if t.object.i == 4]
    assert triple.lemma.startswith("use to ")
    assert not triple.hedged and not triple.negated


def test_a_plan_to_own_stays_hedged():
    doc = parse("Tom planned to own team", """
        1 nsubj PROPN Tom NNP
        1 ROOT VERB plan VBD
        3 aux PART to TO
        1 xcomp VERB own VB
        3 dobj NOUN team NN
    """)
    (triple,) = [t for t in complement_triples(doc) if t.object.i == 4]
    assert triple.hedged


def test_will_use_to_stays_hedged():
    # "will use to ..." is no past habit (and "used force to" takes an object: a means)
    doc = parse("Tom will use to own team", """
        2 nsubj PROPN Tom NNP
        2 aux AUX will MD
        2 ROOT VERB use VB
        4 aux PART to TO
        2 xcomp VERB own VB
        4 dobj NOUN team NN
    """)
    (triple,) = [t for t in complement_triples(doc) if t.object.i == 5]
    assert triple.hedged


#: a gerund clause after a fear or concern: (sentence, rows, index of the gerund)
_FEARED = [
    ("Hawkins expressed concern about nation losing sovereignty", """
        1 nsubj PROPN Hawkins NNP
        1 ROOT VERB express VBD
        1 dobj NOUN concern NN
        2 prep ADP about IN
        5 nsubj NOUN nation NN
        3 pcomp VERB lose VBG
        5 dobj NOUN sovereignty NN
    """, 5),
    ("analysts voiced fears of Russia attacking Ukraine", """
        1 nsubj NOUN analyst NNS
        1 ROOT VERB voice VBD
        1 dobj NOUN fear NNS
        2 prep ADP of IN
        5 nsubj PROPN Russia NNP
        3 pcomp VERB attack VBG
        5 dobj PROPN Ukraine NNP
    """, 5),
    ("NATO warned against China invading Taiwan", """
        1 nsubj PROPN NATO NNP
        1 ROOT VERB warn VBD
        1 prep ADP against IN
        4 nsubj PROPN China NNP
        2 pcomp VERB invade VBG
        4 dobj PROPN Taiwan NNP
    """, 4),
    ("worries over Iran building bombs grew", """
        5 nsubj NOUN worry NNS
        0 prep ADP over IN
        3 nsubj PROPN Iran NNP
        1 pcomp VERB build VBG
        3 dobj NOUN bomb NNS
        5 ROOT VERB grow VBD
    """, 3),
]


@pytest.mark.parametrize(("sentence", "rows", "gerund"), _FEARED)
def test_a_gerund_clause_after_a_fear_is_hedged(sentence, rows, gerund):
    doc = parse(sentence, rows)
    assert modality(doc[gerund]).hedged


@pytest.mark.parametrize(("sentence", "rows", "gerund"), [
    # a talk about it states nothing, and hedges nothing either
    ("he spoke about China invading Taiwan", """
        1 nsubj PRON he PRP
        1 ROOT VERB speak VBD
        1 prep ADP about IN
        4 nsubj PROPN China NNP
        2 pcomp VERB invade VBG
        4 dobj PROPN Taiwan NNP
    """, 4),
    # "its threat of invading X": the holder's own intention, with no subject of its own
    ("Turkey dropped threat of invading Syria", """
        1 nsubj PROPN Turkey NNP
        1 ROOT VERB drop VBD
        1 dobj NOUN threat NN
        2 prep ADP of IN
        3 pcomp VERB invade VBG
        4 dobj PROPN Syria NNP
    """, 4),
    # "retaliated by shelling X": done
    ("Israel retaliated by shelling Gaza", """
        1 nsubj PROPN Israel NNP
        1 ROOT VERB retaliate VBD
        1 prep ADP by IN
        2 pcomp VERB shell VBG
        3 dobj PROPN Gaza NNP
    """, 3),
])
def test_other_gerund_clauses_are_not_feared(sentence, rows, gerund):
    doc = parse(sentence, rows)
    assert not modality(doc[gerund]).hedged


@pytest.mark.parametrize(("subject", "obj", "expected"), [
    (side("Red Hat", "ORG"), side("Red Hat Enterprise Linux", "ORG"), None),
    (side("Microsoft", "ORG"), side("Windows 11", "PRODUCT"), None),
    (side("Sony", "ORG"), side("The Last of Us", "WORK_OF_ART"), None),
    # guards: a person freed, or a state or armed group freeing
    # (a company releasing someone is a business matter, no class: test_event_classes_wire)
    (side("the kidnappers"), side("John Smith", "PERSON"), "RETREAT"),
    (side("Iran", "GPE"), side("Stena Impero", "ORG"), "RETREAT"),
    (side("Hamas", "ORG"), side("Shlomo Levi", "PERSON"), "RETREAT"),
])
def test_a_product_released_is_no_one_freed(subject, obj, expected):
    assert sense_class("RETREAT", "release", subject, obj) == expected


REAL_SENTENCES = {
    "used to: a past habit": [
        ("DeBartolo, who used to own the San Francisco 49ers football team, was convicted "
         "in 1998.", [("DeBartolo", "use to own", "San Francisco 49ers football team",
                       False, False)], []),
        ("Obama used to criticize Putin often.",
         [("Obama", "use to criticize", "Putin", False, False)], []),
    ],
    "a gerund clause after a fear or concern": [
        ("Analysts expressed fears of Russia attacking Ukraine.",
         [("Russia", "attack", "Ukraine", False, True)], []),
        ("NATO warned of Russia attacking the Baltic states.",
         # (the states, not the region: session 45)
         [("Russia", "attack", "Baltic states", False, True)], []),
    ],
    "not precluded from, precluded from": [
        ("The directive does not preclude a court from ordering Facebook to remove posts.",
         [("court", "order", "Facebook", False, True)], []),
        ("The law precluded courts from ordering Facebook to remove posts.",
         [("courts", "order", "Facebook", True, False)], []),
        ("The committee disqualified Smith from running for mayor.",
         [("Smith", "run for", "mayor", True, False)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(REAL_SENTENCES))
def test_real_sentences(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "cls"), [
    ("Overnight, Red Hat instead released Red Hat Enterprise Linux, a commercial product.",
     None),
    ("Microsoft released Windows 11 in October.", None),
    ("Hamas released Shlomo Levi on Monday.", "RETREAT"),
])
def test_real_releases(extractor, sentence, cls):
    from actorgraph.records import Article
    (result,) = extractor.extract([Article("t", sentence)])
    (triple,) = [t for t in result.triples if t.relation.lemma == "release"]
    assert triple.relation.event_class == cls


#: a gerund complement right after its verb reads as written: (sentence, rows, label)
_GERUNDS = [
    ("she recalled receiving toy", """
        1 nsubj PRON she PRP
        1 ROOT VERB recall VBD
        1 xcomp VERB receive VBG
        2 dobj NOUN toy NN
    """, "recall receiving"),
    ("Mexico considered charging gunman", """
        1 nsubj PROPN Mexico NNP
        1 ROOT VERB consider VBD
        1 xcomp VERB charge VBG
        2 dobj NOUN gunman NN
    """, "consider charging"),
    ("Riva favored offering rights", """
        1 nsubj PROPN Riva NNP
        1 ROOT VERB favor VBD
        1 xcomp VERB offer VBG
        2 dobj NOUN right NNS
    """, "favor offering"),
]


@pytest.mark.parametrize(("sentence", "rows", "label"), _GERUNDS)
def test_a_gerund_complement_reads_as_written(sentence, rows, label):
    doc = parse(sentence, rows)
    (triple,) = [t for t in complement_triples(doc) if t.object.i == 3]
    assert triple.label == label
    assert triple.lemma == label.split()[0] + " to " + doc[2].lemma_  # the lemma stays


@pytest.mark.parametrize(("sentence", "rows", "label"), [
    # a "to" infinitive
    ("Russia threatened to cut gas", """
        1 nsubj PROPN Russia NNP
        1 ROOT VERB threaten VBD
        3 aux PART to TO
        1 xcomp VERB cut VB
        3 dobj NOUN gas NN
    """, "threaten to cut"),
    # a gerund under another verb of the chain
    ("Trump vowed to keep fighting fight", """
        1 nsubj PROPN Trump NNP
        1 ROOT VERB vow VBD
        3 aux PART to TO
        1 xcomp VERB keep VB
        3 xcomp VERB fight VBG
        4 dobj NOUN fight NN
    """, "vow to fight"),
    # words between the verb and its gerund: a parse that cut a clause
    ("it led to him working", """
        1 nsubj PRON it PRP
        1 ROOT VERB lead VBD
        1 prep ADP to IN
        2 pobj PRON him PRP
        1 xcomp VERB work VBG
    """, None),
])
def test_other_complements_keep_their_reading(sentence, rows, label):
    doc = parse(sentence, rows)
    labels = {t.label for t in complement_triples(doc)}
    if label is not None:
        assert label in labels
    assert not any("ing" in lab.split()[1] for lab in labels if len(lab.split()) > 1)
