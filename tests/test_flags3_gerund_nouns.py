"""A gerund after "with", "of", "for" of an alleging or judging verb that the parser took
for the preposition's noun ("charges X with spying for Pakistan", "with" -pobj->
"spying") is the gerund: its subject is the one charged, and it is only alleged (hedged).
A gerund with a noun's own modifier ("of the killing", "for illegal logging") stays a
noun."""

from __future__ import annotations

import pytest
from actorgraph.extract.hygiene import repair_verbs
from actorgraph.extract.triples import all_triples

from tests.constructions import cases, check_construction
from tests.docs import parse


def found(doc):
    repair_verbs(doc)
    return {(t.subject.text, t.lemma, t.object.text) for t in all_triples(doc)}


_ENTS = {"India": "GPE", "Pakistan": "GPE", "Nepali": "NORP", "Estonia": "GPE",
         "Moscow": "GPE", "Kenya": "GPE", "Ruto": "PERSON", "Brazil": "GPE",
         "Amazon": "LOC"}

#: (sentence, rows, wanted (subject, lemma, object)) with the preposition on the verb or
#: on its object
_GERUNDS = [
    ("India charged Nepalis with spying for Pakistan", """
        1 nsubj PROPN India NNP
        1 ROOT VERB charge VBD
        1 dobj PROPN Nepalis NNPS
        1 prep ADP with IN
        3 pobj VERB spy VBG
        4 prep ADP for IN
        5 pobj PROPN Pakistan NNP
    """, ("Nepalis", "spy for", "Pakistan")),
    ("Estonia accused Nepalis of spying for Moscow", """
        1 nsubj PROPN Estonia NNP
        1 ROOT VERB accuse VBD
        1 dobj PROPN Nepalis NNPS
        2 prep ADP of IN
        3 pobj VERB spy VBG
        4 prep ADP for IN
        5 pobj PROPN Moscow NNP
    """, ("Nepalis", "spy for", "Moscow")),
    ("Kenya arrested Nepalis for insulting Ruto", """
        1 nsubj PROPN Kenya NNP
        1 ROOT VERB arrest VBD
        1 dobj PROPN Nepalis NNPS
        1 prep ADP for IN
        3 pobj VERB insult VBG
        4 dobj PROPN Ruto NNP
    """, ("Nepalis", "insult", "Ruto")),
]


@pytest.mark.parametrize(("sentence", "rows", "wanted"), _GERUNDS)
def test_the_preposition_s_noun_is_the_gerund(sentence, rows, wanted):
    triples = found(parse(sentence, rows, ents=_ENTS))
    assert wanted in triples, sorted(triples)


def test_a_gerund_with_a_noun_s_modifier_stays_a_noun():
    doc = parse("Brazil fined Nepalis for illegal logging in Amazon", """
        1 nsubj PROPN Brazil NNP
        1 ROOT VERB fine VBD
        1 dobj PROPN Nepalis NNPS
        1 prep ADP for IN
        5 amod ADJ illegal JJ
        3 pobj NOUN logging VBG
        5 prep ADP in IN
        6 pobj PROPN Amazon NNP
    """, ents=_ENTS)
    repair_verbs(doc)
    assert doc[5].dep_ == "pobj"


def test_after_other_verbs_it_stays():
    # "visited X with gifts": no verb of alleging or judging
    doc = parse("India visited Nepalis with gifts for Pakistan", """
        1 nsubj PROPN India NNP
        1 ROOT VERB visit VBD
        1 dobj PROPN Nepalis NNPS
        1 prep ADP with IN
        3 pobj VERB gift VBG
        4 prep ADP for IN
        5 pobj PROPN Pakistan NNP
    """, ents=_ENTS)
    repair_verbs(doc)
    assert doc[4].dep_ == "pobj"


REAL_SENTENCES = {
    "a gerund taken for its preposition's noun after an alleging verb": [
        ("India charges a Nepali national with spying for Pakistan.",
         [("Nepali national", "spy for", "Pakistan", False, True)], []),
        ("Australia charges a Chinese national with spying for Beijing.",
         [("Chinese national", "spy for", "Beijing", False, True)], []),
        ("Estonia accuses a Russian national of spying for Moscow.",
         [("Russian national", "spy for", "Moscow", False, True)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(REAL_SENTENCES))
def test_real_sentences(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
