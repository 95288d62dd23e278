"""An appeal to someone keeps what it asks of them in its relation: "called on members of
the Association of Tin Producing Countries to agree to cut exports" gave "call on" alone,
a relation cut so short that it loses its point (as "urge" without "to pass legislation"
would). After a verb of :data:`~extract.lexicon.APPEAL_VERBS` and its addressee ("on",
"upon", "to"), the infinitive follows: "call on to agree to cut exports"."""

from __future__ import annotations

import pytest
from actorgraph.extract.triples import all_triples

from tests.constructions import cases, check_labels
from tests.docs import parse


def labels(doc):
    return {(t.subject.text, t.label, t.object.text) for t in all_triples(doc)}


#: (sentence, rows, entities, the triple with its label)
_APPEALS = [
    ("Trump called on Fox to fire Griffin", """
        1 nsubj PROPN Trump NNP
        1 ROOT VERB call VBD
        1 prep ADP on IN
        2 pobj PROPN Fox NNP
        5 aux PART to TO
        1 xcomp VERB fire VB
        5 dobj PROPN Griffin NNP
    """, {"Trump": "PERSON", "Fox": "ORG", "Griffin": "PERSON"},
     ("Trump", "call on to fire Griffin", "Fox")),
    ("Paris appealed to Ankara not to close the border", """
        1 nsubj PROPN Paris NNP
        1 ROOT VERB appeal VBD
        1 prep ADP to IN
        2 pobj PROPN Ankara NNP
        6 neg PART not RB
        6 aux PART to TO
        1 xcomp VERB close VB
        8 det DET the DT
        6 dobj NOUN border NN
    """, {"Paris": "GPE", "Ankara": "GPE"},
     ("Paris", "appeal to not to close border", "Ankara")),
    ("Lima called on members to agree to cut exports", """
        1 nsubj PROPN Lima NNP
        1 ROOT VERB call VBD
        1 prep ADP on IN
        2 pobj NOUN member NNS
        5 aux PART to TO
        1 xcomp VERB agree VB
        7 aux PART to TO
        5 xcomp VERB cut VB
        7 dobj NOUN export NNS
    """, {"Lima": "GPE"}, ("Lima", "call on to agree to cut exports", "members")),
]


@pytest.mark.parametrize(("sentence", "rows", "ents", "triple"), _APPEALS)
def test_an_appeal_keeps_what_it_asks(sentence, rows, ents, triple):
    assert triple in labels(parse(sentence, rows, ents=ents))


#: guards: no infinitive, or no verb of appeal (sentence, rows, entities, triple)
_PLAIN = [
    ("Exxon appealed to the court", """
        1 nsubj PROPN Exxon NNP
        1 ROOT VERB appeal VBD
        1 prep ADP to IN
        4 det DET the DT
        2 pobj NOUN court NN
    """, {"Exxon": "ORG"}, ("Exxon", "appeal to", "court")),
    ("Exxon turned to Chase to raise cash", """
        1 nsubj PROPN Exxon NNP
        1 ROOT VERB turn VBD
        1 prep ADP to IN
        2 pobj PROPN Chase NNP
        5 aux PART to TO
        1 advcl VERB raise VB
        5 dobj NOUN cash NN
    """, {"Exxon": "ORG", "Chase": "ORG"}, ("Exxon", "turn to", "Chase")),
]


@pytest.mark.parametrize(("sentence", "rows", "ents", "triple"), _PLAIN)
def test_other_prepositional_triples_keep_their_label(sentence, rows, ents, triple):
    assert triple in labels(parse(sentence, rows, ents=ents))


APPEAL_LABELS = {
    "an appeal with what it asks": [
        ("Kuwait called on the United Nations Security Council to take action against "
         "Tehran.", [("Kuwait", "call on to take action", "United Nations Security Council")],
         [("Kuwait", "call on", "United Nations Security Council")]),
        ("The European Union appealed to Turkey not to close its border.",
         [("European Union", "appeal to not to close border", "Turkey")], []),
        ("Malaysia called on members of the Association of Tin Producing Countries to agree "
         "to cut exports.",
         [("Malaysia", "call on to agree to cut exports",
           "Association of Tin Producing Countries")], []),
    ],
    "guards: no infinitive": [
        ("The cyclist would appeal to the Court of Arbitration for Sport.",
         [("cyclist", "appeal to", "Court of Arbitration for Sport")], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(APPEAL_LABELS))
def test_appeal_labels_on_the_model(extractor, sentence, present, absent):
    check_labels(extractor, sentence, present, absent)
