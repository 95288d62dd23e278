"""A bare relative clause of accusing ("companies it accused of smuggling oil") that the
parser hangs on the event noun before the accused ("imposed sanctions on companies it
accused of ...") tells of the accused, not of the event: no one accuses sanctions of
acting. The accused is the noun right before the clause, inside the event noun's phrase;
other relative clauses on an event noun keep it ("the attack it ordered on Kyiv")."""

from __future__ import annotations

import pytest
from actorgraph.extract.triples import all_triples

from actorgraph.records import Article
from tests.constructions import cases, check_construction
from tests.docs import parse


def triples(doc):
    return {(t.subject.text, t.label, t.object.text) for t in all_triples(doc)}


_ENTS = {"Washington": "GPE", "Ankara": "GPE", "Britain": "GPE", "Kyiv": "GPE",
         "Moscow": "GPE", "Iran": "GPE"}

#: (sentence, rows, accuser, accused)
_MISATTACHED = [
    ("Washington imposed sanctions on firms it accused of smuggling oil", """
        1 nsubj PROPN Washington NNP
        1 ROOT VERB impose VBD
        1 dobj NOUN sanction NNS
        2 prep ADP on IN
        3 pobj NOUN firm NNS
        6 nsubj PRON it PRP
        2 relcl VERB accuse VBD
        6 prep ADP of IN
        7 pcomp VERB smuggle VBG
        8 dobj NOUN oil NN
    """, "Washington", "firms"),
    ("Ankara launched raids on camps it accused of sheltering militants", """
        1 nsubj PROPN Ankara NNP
        1 ROOT VERB launch VBD
        1 dobj NOUN raid NNS
        2 prep ADP on IN
        3 pobj NOUN camp NNS
        6 nsubj PRON it PRP
        2 relcl VERB accuse VBD
        6 prep ADP of IN
        7 pcomp VERB shelter VBG
        8 dobj NOUN militant NNS
    """, "Ankara", "camps"),
    ("Britain imposed a ban on traders it charged with helping Iran", """
        1 nsubj PROPN Britain NNP
        1 ROOT VERB impose VBD
        3 det DET a DT
        1 dobj NOUN ban NN
        3 prep ADP on IN
        4 pobj NOUN trader NNS
        7 nsubj PRON it PRP
        3 relcl VERB charge VBD
        7 prep ADP with IN
        8 pcomp VERB help VBG
        9 dobj PROPN Iran NNP
    """, "Britain", "traders"),
]


@pytest.mark.parametrize(("sentence", "rows", "accuser", "accused"), _MISATTACHED)
def test_the_accused_is_the_noun_before_the_clause(sentence, rows, accuser, accused):
    found = triples(parse(sentence, rows, ents=_ENTS))
    # the relative's "it" is resolved to the accuser by the pipeline, not here
    labels = {label for s, label, o in found if s in (accuser, "it") and o == accused}
    assert any(label.startswith(("accuse", "charge")) for label in labels), found
    # never the accusing verb on the event noun ("accuse sanction")
    assert not any(label.split()[0] in ("accuse", "charge") and len(label.split()) > 1
                   and label.split()[1] in ("sanction", "raid", "ban") for _, label, _ in found)


def test_another_relative_on_an_event_noun_keeps_it():
    # "the attack it ordered on Kyiv": ordered the attack, which is on Kyiv
    doc = parse("Moscow denied the attack it ordered on Kyiv", """
        1 nsubj PROPN Moscow NNP
        1 ROOT VERB deny VBD
        3 det DET the DT
        1 dobj NOUN attack NN
        5 nsubj PRON it PRP
        3 relcl VERB order VBD
        5 prep ADP on IN
        6 pobj PROPN Kyiv NNP
    """, ents=_ENTS)
    assert not any(label.startswith("accuse") for _, label, _ in triples(doc))
    assert any(o == "Kyiv" for _, _, o in triples(doc))


_REAL = {
    "accusing relative hung on the event noun": [
        ("Britain on Monday imposed sanctions on more than 20 people, firms and ships it "
         "accused of helping to smuggle Russian oil to India.",
         [("United Kingdom", "accuse", "ships", False, False),
          ("United Kingdom", "impose sanction", "ships", False, False)], []),
    ],
    "guard: the relative hung on the accused": [
        ("The Treasury imposed sanctions on 12 companies and vessels it accused of shipping "
         "Iranian oil.", [("Treasury", "accuse", "vessels", False, False)], []),
        ("Washington on Friday imposed sanctions on six firms and two tankers it accused of "
         "carrying North Korean coal.", [("Washington", "accuse", "tankers", False, False)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(_REAL))
def test_real_sentences(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
    (result,) = extractor.extract([Article("t", sentence)])
    assert not any(t.relation.label.startswith("accuse ") for t in result.triples)
