"""A coordinated verb spelt as a base form that the tagger read as a past tense shares the
modal or "to" of the verb before it (:func:`extract.hygiene._base_form_conjunct`,
``base_past_forms``): "would close its plant and lay off 3,200 workers" is a hedged
"lay off" (not the past of "lie", nor the speaker's own stated act); a past conjunct with a
past first verb ("closed its plant and cut 500 jobs"), or one with its own subject, stays
past. The speaker's "citing" adjunct hung on such a conjunct is the speaker's own stated
act, as it is on the first verb of what it reports."""

from __future__ import annotations

import pytest
from actorgraph.extract.hygiene import repair_verbs

from tests.constructions import cases, check_construction
from tests.docs import parse

#: (text, rows, the conjunct's index, its tag after the repair)
_DOCS = [
    ("Acme would close plants and lay off workers", """
        2 nsubj PROPN Acme NNP
        2 aux AUX would MD
        2 ROOT VERB close VB
        2 dobj NOUN plant NNS
        2 cc CCONJ and CC
        2 conj VERB lie VBD
        5 prt ADP off RP
        5 dobj NOUN worker NNS
    """, 5, "VB"),
    ("Acme will raise taxes and cut spending", """
        2 nsubj PROPN Acme NNP
        2 aux AUX will MD
        2 ROOT VERB raise VB
        2 dobj NOUN tax NNS
        2 cc CCONJ and CC
        2 conj VERB cut VBD
        5 dobj NOUN spending NN
    """, 5, "VB"),
    ("Acme plans to sell units and shut plants", """
        1 nsubj PROPN Acme NNP
        1 ROOT VERB plan VBZ
        3 aux PART to TO
        1 xcomp VERB sell VB
        3 dobj NOUN unit NNS
        3 cc CCONJ and CC
        3 conj VERB shut VBD
        6 dobj NOUN plant NNS
    """, 6, "VB"),
    # guards: a past first verb; a conjunct with a subject of its own
    ("Acme closed plants and cut jobs", """
        1 nsubj PROPN Acme NNP
        1 ROOT VERB close VBD
        1 dobj NOUN plant NNS
        1 cc CCONJ and CC
        1 conj VERB cut VBD
        4 dobj NOUN job NNS
    """, 4, "VBD"),
    ("Acme will raise prices and Bell cut jobs", """
        2 nsubj PROPN Acme NNP
        2 aux AUX will MD
        2 ROOT VERB raise VB
        2 dobj NOUN price NNS
        2 cc CCONJ and CC
        6 nsubj PROPN Bell NNP
        2 conj VERB cut VBD
        6 dobj NOUN job NNS
    """, 6, "VBD"),
]


@pytest.mark.parametrize(("text", "rows", "index", "tag"), _DOCS, ids=[d[0] for d in _DOCS])
def test_a_base_form_conjunct_shares_the_first_verbs_modal(text, rows, index, tag):
    doc = parse(text, rows)
    repair_verbs(doc)
    assert doc[index].tag_ == tag
    if tag == "VB":
        assert doc[index].lemma_ == doc[index].lower_


_TABLE = {
    "base form conjunct": [
        ("Tristar Motors said it would close its plant and lay off about 3,200 workers.",
         [("Tristar Motors", "lay off", "workers", False, True)], []),
        ("Delmar plans to sell the unit and shut the plant in Ohio.",
         [("Delmar", "shut", "plant in Ohio", False, True)], []),
        ("Kestrel Oil said it would raise its dividend and cut capital spending by half.",
         [("Kestrel Oil", "cut", "capital spending", False, True)], []),
        # guard: a past coordination is stated
        ("Tristar Motors closed its plant and cut 500 jobs.",
         [("Tristar Motors", "cut", "jobs", False, False)], []),
    ],
    # (extract.rules.base.reporter_of_adjunct) the speaker's citing, hung on a verb
    # coordinated in what it reports, is its own stated act
    "citing after a coordinated reported verb": [
        ("Tristar Motors said it would close its plant in Kenosha and lay off about 3,200 "
         "workers, citing weak demand for its cars.",
         # (what the demand is for stays in its label: session 41, [request_preps])
         [("Tristar Motors", "cite", "weak demand for cars", False, False)], []),
        ("The EU said it would sanction Russia and freeze its assets, citing the war.",
         [("European Union", "cite", "war", False, False)], []),
        ("Delmar Corp said it will sell its Ohio unit and cut 600 jobs, citing falling "
         "orders.", [("Delmar Corp", "cite", "falling orders", False, False)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(_TABLE))
def test_base_form_conjuncts_on_the_model(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
