"""An -ing word after "on suspicion of", "for (allegedly)" that the parser hung on the noun
after it as a modifier is the gerund with that noun its object ("arrested 16 people on
suspicion of smuggling weapons from Syria", "fined for allegedly misleading Chinese
buyers"): what it says is only suspected of the one arrested or fined (hedged)."""

from __future__ import annotations

import pytest
from actorgraph.extract.hygiene import repair_verbs
from actorgraph.extract.triples import all_triples

from tests.constructions import cases, check_construction
from tests.docs import parse


def found(doc):
    repair_verbs(doc)
    return {(t.subject.text, t.lemma, t.object.text) for t in all_triples(doc)}


_ENTS = {"Jordan": "GPE", "Syria": "GPE", "Gaza": "GPE", "Tesla": "ORG", "Chinese": "NORP",
         "Italy": "GPE", "Amazon": "ORG", "Italian": "NORP", "Greece": "GPE"}

#: (sentence, rows, wanted (subject, lemma, object)); the hedge is the pipeline's (by the
#: suspicion noun or the adverb), checked on the model below
_GERUNDS = [
    ("Jordan held men on suspicion of smuggling weapons to Gaza", """
        1 nsubj PROPN Jordan NNP
        1 ROOT VERB hold VBD
        1 dobj NOUN man NNS
        1 prep ADP on IN
        3 pobj NOUN suspicion NN
        4 prep ADP of IN
        7 amod VERB smuggle VBG
        5 pobj NOUN weapon NNS
        4 prep ADP to IN
        8 pobj PROPN Gaza NNP
    """, ("men", "smuggle to", "Gaza")),
    ("Tesla was fined for allegedly misleading Chinese buyers", """
        2 nsubjpass PROPN Tesla NNP
        2 auxpass AUX be VBD
        2 ROOT VERB fine VBN
        2 prep ADP for IN
        5 advmod ADV allegedly RB
        7 amod ADJ misleading JJ
        7 amod ADJ Chinese JJ
        3 pobj NOUN buyer NNS
    """, ("Tesla", "mislead", "buyers")),
    ("Italy fined Amazon for allegedly abusing Italian sellers", """
        1 nsubj PROPN Italy NNP
        1 ROOT VERB fine VBD
        1 dobj PROPN Amazon NNP
        1 prep ADP for IN
        5 advmod ADV allegedly RB
        7 amod ADJ abusing JJ
        7 amod ADJ Italian JJ
        3 pobj NOUN seller NNS
    """, ("Amazon", "abuse", "sellers")),
]


@pytest.mark.parametrize(("sentence", "rows", "wanted"), _GERUNDS)
def test_the_modifier_is_the_gerund_and_the_noun_its_object(sentence, rows, wanted):
    triples = found(parse(sentence, rows, ents=_ENTS))
    assert wanted in triples, sorted(triples)


#: guards: a noun with a determiner before the -ing word, an adjective with no hedging
#: adverb, a preposition of another verb
_NOUNS = [
    ("police held men on suspicion of the smuggling ring", """
        1 nsubj NOUN police NNS
        1 ROOT VERB hold VBD
        1 dobj NOUN man NNS
        1 prep ADP on IN
        3 pobj NOUN suspicion NN
        4 prep ADP of IN
        8 det DET the DT
        8 amod VERB smuggle VBG
        5 pobj NOUN ring NN
    """, "ring"),
    ("regulator fined bank for misleading advertisements", """
        1 nsubj NOUN regulator NN
        1 ROOT VERB fine VBD
        1 dobj NOUN bank NN
        1 prep ADP for IN
        5 amod ADJ misleading JJ
        3 pobj NOUN advertisement NNS
    """, "advertisements"),
    ("Greece opened camp for arriving migrants", """
        1 nsubj PROPN Greece NNP
        1 ROOT VERB open VBD
        1 dobj NOUN camp NN
        1 prep ADP for IN
        5 amod VERB arrive VBG
        3 pobj NOUN migrant NNS
    """, "migrants"),
]


@pytest.mark.parametrize(("sentence", "rows", "noun"), _NOUNS)
def test_a_modifier_stays_one(sentence, rows, noun):
    doc = parse(sentence, rows, ents=_ENTS)
    repair_verbs(doc)
    token = next(t for t in doc if t.text == noun)
    assert token.dep_ == "pobj"
    assert any(c.dep_ == "amod" for c in token.children)


REAL_SENTENCES = {
    "an -ing modifier after a suspicion noun or a verb of judging is a gerund": [
        ("Jordan arrests 16 people on suspicion of smuggling weapons from Syria to the "
         "West Bank on behalf of Hamas.",
         [("people", "smuggle to", "West Bank", False, True)], []),
        ("Italy fines Amazon for allegedly abusing Italian sellers.",
         [("Amazon", "abuse", "Italian sellers", False, True),
          ("Italy", "fine", "Amazon", False, False)], []),
        ("South Korea fines Google for allegedly blocking Korean app developers.",
         [("Google", "block", "Korean app developers", False, True)], []),
        # guard: an adjective with no hedging adverb stays one
        ("The regulator fined the bank for misleading advertisements.", [],
         [("bank", "advertisements")]),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(REAL_SENTENCES))
def test_real_sentences(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
