"""What a suspected event noun did is only suspected of its agent: "a suspected Israeli
drone strike killed a Hamas commander", "X was killed by an alleged Russian missile
strike" (hedged, as the strike is); without the hedge it is stated."""

from __future__ import annotations

import pytest
from actorgraph.extract.triples import all_triples

from tests.constructions import cases, check_construction
from tests.docs import parse


def found(doc):
    return {(t.subject.text, t.lemma, t.object.text, t.hedged) for t in all_triples(doc)}


_ENTS = {"Israeli": "NORP", "Russian": "NORP", "Hamas": "ORG"}

#: (sentence, rows, wanted (subject, lemma, object, hedged))
_CAUSES = [
    ("suspected Israeli strike killed commander", """
        2 amod ADJ suspected JJ
        2 amod ADJ Israeli JJ
        3 nsubj NOUN strike NN
        3 ROOT VERB kill VBD
        3 dobj NOUN commander NN
    """, ("Israeli", "kill", "commander", True)),
    ("alleged Russian attack destroyed hospital", """
        2 amod ADJ alleged JJ
        2 amod ADJ Russian JJ
        3 nsubj NOUN attack NN
        3 ROOT VERB destroy VBD
        3 dobj NOUN hospital NN
    """, ("Russian", "destroy", "hospital", True)),
    ("commander was killed by suspected Israeli strike", """
        2 nsubjpass NOUN commander NN
        2 auxpass AUX be VBD
        2 ROOT VERB kill VBN
        2 agent ADP by IN
        6 amod ADJ suspected JJ
        6 amod ADJ Israeli JJ
        3 pobj NOUN strike NN
    """, ("Israeli", "kill", "commander", True)),
    # guard: no hedge, stated
    ("Israeli strike killed commander", """
        1 amod ADJ Israeli JJ
        2 nsubj NOUN strike NN
        2 ROOT VERB kill VBD
        2 dobj NOUN commander NN
    """, ("Israeli", "kill", "commander", False)),
]


@pytest.mark.parametrize(("sentence", "rows", "wanted"), _CAUSES)
def test_a_suspected_cause_hedges_its_deed(sentence, rows, wanted):
    triples = found(parse(sentence, rows, ents=_ENTS))
    assert wanted in triples, sorted(triples)


REAL_SENTENCES = {
    "what a suspected event noun did": [
        ("A suspected Israeli drone strike kills a Hamas commander in southern Lebanon.",
         [("Israel", "kill", "Hamas commander", False, True)], []),
        ("A Hamas commander is killed by a suspected Israeli drone strike in southern "
         "Lebanon.", [("Israel", "kill", "Hamas commander", False, True)], []),
        ("An alleged Russian missile strike destroys a hospital in Kharkiv.",
         [("Russia", "destroy", "hospital in Kharkiv", False, True)], []),
        ("An Israeli drone strike kills a Hamas commander in southern Lebanon.",
         [("Israel", "kill", "Hamas commander", False, False)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(REAL_SENTENCES))
def test_real_sentences(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
