"""A "with" phrase of an unnamed thing after a verb's unnamed object says how, or with
what, the object was acted on, not with whom: "faced a life sentence with a minimum term"
gives no "face sentence with | term" triple, "treated the rule of law with contempt" no
"treat rule with | contempt". With whom it was done stays a party: a name, a pronoun, a
noun of people or of a group ("shared his plan with his supporters"), and an object with a
possessor is an act the phrase may complete ("delayed Mazars' compliance with the
subpoena")."""

from __future__ import annotations

import pytest
from actorgraph.extract.triples import all_triples

from tests.constructions import cases, check_labels
from tests.docs import parse


def labels(doc):
    return {(t.subject.text, t.label, t.object.text) for t in all_triples(doc)}


#: (sentence, rows, entities, the "with" triple that must not be given, the object's
#: own triple that stays)
_MEANS = [
    ("Smith faced a sentence with a minimum term", """
        1 nsubj PROPN Smith NNP
        1 ROOT VERB face VBD
        3 det DET a DT
        1 dobj NOUN sentence NN
        1 prep ADP with IN
        7 det DET a DT
        7 amod ADJ minimum JJ
        4 pobj NOUN term NN
    """, {"Smith": "PERSON"}, ("Smith", "face sentence with", "term"),
     ("Smith", "face", "sentence")),
    ("Hammons grew the party with campaigns", """
        1 nsubj PROPN Hammons NNP
        1 ROOT VERB grow VBD
        3 det DET the DT
        1 dobj NOUN party NN
        1 prep ADP with IN
        4 pobj NOUN campaign NNS
    """, {"Hammons": "PERSON"}, ("Hammons", "grow party with", "campaigns"),
     ("Hammons", "grow", "party")),
    ("Caloundra opened the game with two tries", """
        1 nsubj PROPN Caloundra NNP
        1 ROOT VERB open VBD
        3 det DET the DT
        1 dobj NOUN game NN
        1 prep ADP with IN
        6 nummod NUM two CD
        4 pobj NOUN try NNS
    """, {"Caloundra": "ORG"}, ("Caloundra", "open game with", "tries"),
     ("Caloundra", "open", "game")),
]


@pytest.mark.parametrize(("sentence", "rows", "ents", "absent", "kept"), _MEANS)
def test_a_with_phrase_of_a_thing_is_no_party(sentence, rows, ents, absent, kept):
    found = labels(parse(sentence, rows, ents=ents))
    assert absent not in found
    assert kept in found


#: guards: the "with" phrase names a party (sentence, rows, entities, the triple kept)
_PARTIES = [
    # a noun of people
    ("Sanders shared his reasoning with his supporters", """
        1 nsubj PROPN Sanders NNP
        1 ROOT VERB share VBD
        3 poss PRON his PRP$
        1 dobj NOUN reasoning NN
        1 prep ADP with IN
        6 poss PRON his PRP$
        4 pobj NOUN supporter NNS
    """, {"Sanders": "PERSON"}, ("Sanders", "share reasoning with", "supporters")),
    # a name
    ("Boccaletti discussed his findings with Wikinews", """
        1 nsubj PROPN Boccaletti NNP
        1 ROOT VERB discuss VBD
        3 poss PRON his PRP$
        1 dobj NOUN finding NNS
        1 prep ADP with IN
        4 pobj PROPN Wikinews NNP
    """, {"Boccaletti": "PERSON", "Wikinews": "ORG"},
     ("Boccaletti", "discuss finding with", "Wikinews")),
    # a body
    ("Ford filed a complaint with the commission", """
        1 nsubj PROPN Ford NNP
        1 ROOT VERB file VBD
        3 det DET a DT
        1 dobj NOUN complaint NN
        1 prep ADP with IN
        6 det DET the DT
        4 pobj NOUN commission NN
    """, {"Ford": "ORG"}, ("Ford", "file complaint with", "commission")),
    # an object with a possessor: an act the phrase completes
    ("court delayed Mazars ' compliance with the subpoena", """
        1 nsubj NOUN court NN
        1 ROOT VERB delay VBD
        4 poss PROPN Mazars NNP
        2 case PART ' POS
        1 dobj NOUN compliance NN
        1 prep ADP with IN
        7 det DET the DT
        5 pobj NOUN subpoena NN
    """, {}, ("court", "delay compliance with", "subpoena")),
]


@pytest.mark.parametrize(("sentence", "rows", "ents", "kept"), _PARTIES)
def test_a_with_phrase_of_a_party_stays(sentence, rows, ents, kept):
    assert kept in labels(parse(sentence, rows, ents=ents))


REAL_SENTENCES = {
    "a with phrase of a thing after an unnamed object": [
        ("Governor Gavin Newsom treated the ruling with open contempt.",
         [], [("Gavin Newsom", "treat ruling with", "open contempt")]),
        ("Sydney FC opened the match with three quick goals.",
         [], [("Sydney FC", "open match with", "quick goals")]),
        ("Elon Musk built the company with borrowed money.",
         [], [("Elon Musk", "build company with", "borrowed money")]),
        ("Greece funded the project with loans from the bank.",
         [], [("Greece", "fund project with", "loans")]),
    ],
    "a with phrase of a party stays": [
        # (a named party since session 44: "his supporters", owner unfound, is dropped)
        ("Senator Mark Kelly shared his plan with Democratic supporters on Friday.",
         [("Mark Kelly", "share plan with", "Democratic supporters")], []),
        ("Ford Motor filed a complaint with the trade commission.",
         [("Ford Motor", "file complaint with", "trade commission")], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(REAL_SENTENCES))
def test_real_sentences(extractor, sentence, present, absent):
    check_labels(extractor, sentence, present, absent)
