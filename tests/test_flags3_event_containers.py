"""The events a container noun holds carry what is done: "launched a wave of air strikes
on Gaza" is strikes on Gaza, "the EU's new package of sanctions against Russia" the EU's
sanctions against Russia (hedged when the clause is: "is expected to veto the EU's package
of sanctions against Russia"); a container of things that are no events ("a wave of
migrants") stays."""

from __future__ import annotations

import pytest
from actorgraph.extract.hygiene import repair_verbs
from actorgraph.extract.triples import all_triples

from tests.constructions import cases, check_construction
from tests.docs import parse


def found(doc):
    repair_verbs(doc)
    return {(t.subject.text, t.lemma, t.object.text) for t in all_triples(doc)}


_ENTS = {"Israel": "GPE", "Gaza": "GPE", "EU": "ORG", "Russia": "GPE", "Turkey": "GPE",
         "Kurds": "NORP", "Greece": "GPE"}

#: (sentence, rows, wanted (subject, lemma, object))
_CONTAINERS = [
    ("Israel launched a wave of strikes on Gaza", """
        1 nsubj PROPN Israel NNP
        1 ROOT VERB launch VBD
        3 det DET a DT
        1 dobj NOUN wave NN
        3 prep ADP of IN
        4 pobj NOUN strike NNS
        3 prep ADP on IN
        6 pobj PROPN Gaza NNP
    """, ("Israel", "strike", "Gaza")),
    ("the EU 's package of sanctions against Russia expired", """
        3 det DET the DT
        3 poss PROPN EU NNP
        1 case PART 's POS
        8 nsubj NOUN package NN
        3 prep ADP of IN
        4 pobj NOUN sanction NNS
        5 prep ADP against IN
        6 pobj PROPN Russia NNP
        8 ROOT VERB expire VBD
    """, ("EU", "sanction", "Russia")),
    ("Turkey began a series of attacks on Kurds", """
        1 nsubj PROPN Turkey NNP
        1 ROOT VERB begin VBD
        3 det DET a DT
        1 dobj NOUN series NN
        3 prep ADP of IN
        4 pobj NOUN attack NNS
        5 prep ADP on IN
        6 pobj PROPN Kurds NNPS
    """, ("Turkey", "attack", "Kurds")),
]


@pytest.mark.parametrize(("sentence", "rows", "wanted"), _CONTAINERS)
def test_the_events_carry_what_is_done(sentence, rows, wanted):
    triples = found(parse(sentence, rows, ents=_ENTS))
    assert wanted in triples, sorted(triples)


def test_a_container_of_no_events_stays():
    doc = parse("Greece saw a wave of migrants", """
        1 nsubj PROPN Greece NNP
        1 ROOT VERB see VBD
        3 det DET a DT
        1 dobj NOUN wave NN
        3 prep ADP of IN
        4 pobj NOUN migrant NNS
    """, ents=_ENTS)
    repair_verbs(doc)
    assert doc[3].dep_ == "dobj" and doc[5].head.i == 4


def test_events_with_a_determiner_of_their_own_stay():
    doc = parse("Israel ended a series of the strikes", """
        1 nsubj PROPN Israel NNP
        1 ROOT VERB end VBD
        3 det DET a DT
        1 dobj NOUN series NN
        3 prep ADP of IN
        6 det DET the DT
        4 pobj NOUN strike NNS
    """, ents=_ENTS)
    repair_verbs(doc)
    assert doc[3].dep_ == "dobj" and doc[6].head.i == 4


REAL_SENTENCES = {
    "a container noun's events": [
        ("Israel launches a wave of air strikes on Gaza.",
         [("Israel", "strike", "Gaza", False, False)], []),
        ("Hungary is expected to veto the European Union's new package of sanctions "
         "against Russia.", [("European Union", "sanction", "Russia", False, True)], []),
        ("Turkish jets carry out a series of air strikes on Kurdish positions in Syria.",
         [("Turkey", "strike", "Kurdish positions in Syria", False, False)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(REAL_SENTENCES))
def test_real_sentences(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
