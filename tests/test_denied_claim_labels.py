"""A claim label that a verb of denial closes disowns what it labels: "India accused
Islamabad of backing the militants, a charge Pakistan rejects" gives Islamabad -back->
militants hedged (alleged, and disputed), and "Russian jets bombed a hospital, an
accusation the Kremlin rejects" a hedged bombing. The accusation itself happened (India
-accuse-> Islamabad stays stated), and so does a relative clause inside the labelled
stretch ("the militants who killed 26 tourists"). A label confirmed ("a claim the Pentagon
confirmed") or not denied ("a claim Minsk does not deny") disowns nothing
(:func:`extract.context.disowned`, :func:`extract.context.denying_label`). Session 44: no
longer negated, as five of the six such acts in the readable annotated summaries are
listed (hedged): the sentence states the accusation, the denial is the accused's word.
"""

from __future__ import annotations

import pytest
from actorgraph.extract.context import denied, denying_label, disowned

from tests.constructions import cases, check_construction
from tests.docs import parse

#: (sentence, rows, index of the comma, the denial verb's index or None)
_LABELS = [
    ("Mali accused Paris , an allegation France dismissed", """
        1 nsubj PROPN Mali NNP
        1 ROOT VERB accuse VBD
        1 dobj PROPN Paris NNP
        1 punct PUNCT , ,
        5 det DET an DT
        1 dobj NOUN allegation NN
        7 nsubj PROPN France NNP
        5 relcl VERB dismiss VBD
    """, 3, 7),
    # the parse takes the denial for a plural noun in apposition
    ("Kabul blamed Islamabad , a charge Pakistan rejects", """
        1 nsubj PROPN Kabul NNP
        1 ROOT VERB blame VBD
        1 dobj PROPN Islamabad NNP
        2 punct PUNCT , ,
        7 det DET a DT
        7 amod NOUN charge NN
        7 compound PROPN Pakistan NNP
        2 appos NOUN reject NNS
    """, 3, 7),
    # a bare plural label opening a relative clause, an adjective before the noun
    ("Kyiv said Russia shelled Enerhodar , unfounded claims that Moscow rejects", """
        1 nsubj PROPN Kyiv NNP
        1 ROOT VERB say VBD
        3 nsubj PROPN Russia NNP
        1 ccomp VERB shell VBD
        3 dobj PROPN Enerhodar NNP
        1 punct PUNCT , ,
        7 amod ADJ unfounded JJ
        1 conj VERB claim VBZ
        10 mark SCONJ that IN
        10 nsubj PROPN Moscow NNP
        7 ccomp VERB reject VBZ
    """, 5, 10),
    # not denied: negated, confirmed, or no claim noun
    ("Minsk pushed migrants , a claim Warsaw does not deny", """
        1 nsubj PROPN Minsk NNP
        1 ROOT VERB push VBD
        1 dobj NOUN migrant NNS
        1 punct PUNCT , ,
        5 det DET a DT
        1 dobj NOUN claim NN
        9 nsubj PROPN Warsaw NNP
        9 aux AUX do VBZ
        9 neg PART not RB
        5 relcl VERB deny VB
    """, 3, None),
    ("Iran downed a drone , a claim the Pentagon confirmed", """
        1 nsubj PROPN Iran NNP
        1 ROOT VERB down VBD
        3 det DET a DT
        1 dobj NOUN drone NN
        1 punct PUNCT , ,
        6 det DET a DT
        1 dobj NOUN claim NN
        8 det DET the DT
        9 nsubj PROPN Pentagon NNP
        6 relcl VERB confirm VBD
    """, 4, None),
    ("Chile expelled the envoy , a step Peru rejected", """
        1 nsubj PROPN Chile NNP
        1 ROOT VERB expel VBD
        3 det DET the DT
        1 dobj NOUN envoy NN
        1 punct PUNCT , ,
        6 det DET a DT
        1 dobj NOUN step NN
        8 nsubj PROPN Peru NNP
        6 relcl VERB reject VBD
    """, 4, None),
]


@pytest.mark.parametrize(("text", "rows", "comma", "verb"), _LABELS,
                         ids=[row[0][:30] for row in _LABELS])
def test_a_denying_label_is_read_from_the_words(text, rows, comma, verb):
    doc = parse(text, rows)
    found = denying_label(doc[comma])
    assert (found.i if found is not None else None) == verb


#: (sentence, rows, index of the predicate, disowned)
_DISOWNED = [
    # the act an accusation names, the preposition on the verb
    ("Mali accused Paris of arming rebels , a charge France denies", """
        1 nsubj PROPN Mali NNP
        1 ROOT VERB accuse VBD
        1 dobj PROPN Paris NNP
        1 prep ADP of IN
        3 pcomp VERB arm VBG
        4 dobj NOUN rebel NNS
        1 punct PUNCT , ,
        8 det DET a DT
        1 dobj NOUN charge NN
        10 nsubj PROPN France NNP
        8 relcl VERB deny VBZ
    """, 4, True),
    # ... the preposition on the accused object, with a relative clause before the label
    ("Seoul charged Pyongyang with hacking banks that hold reserves , an allegation the "
     "North rejects", """
        1 nsubj PROPN Seoul NNP
        1 ROOT VERB charge VBD
        1 dobj PROPN Pyongyang NNP
        2 prep ADP with IN
        3 pcomp VERB hack VBG
        4 dobj NOUN bank NNS
        7 nsubj PRON that WDT
        5 relcl VERB hold VBP
        7 dobj NOUN reserve NNS
        1 punct PUNCT , ,
        11 det DET an DT
        1 dobj NOUN allegation NN
        13 det DET the DT
        14 nsubj PROPN North NNP
        11 relcl VERB reject VBZ
    """, 4, True),
    # the relative clause inside the labelled stretch is not what is denied
    ("Seoul charged Pyongyang with hacking banks that hold reserves , an allegation the "
     "North rejects", None, 7, False),
    # the accusing itself happened
    ("Mali accused Paris of arming rebels , a charge France denies", None, 1, False),
    # a main clause labelled
    ("Russian jets bombed a hospital , an accusation the Kremlin rejects", """
        1 amod ADJ russian JJ
        2 nsubj NOUN jet NNS
        2 ROOT VERB bomb VBD
        4 det DET a DT
        2 dobj NOUN hospital NN
        4 punct PUNCT , ,
        7 det DET an DT
        4 appos NOUN accusation NN
        9 det DET the DT
        10 compound PROPN Kremlin NNP
        7 appos NOUN reject NNS
    """, 2, True),
    # a clause that goes on after a comma is not closed by a later label
    ("Rebels shelled Goma , killing five , a claim Kigali denies", """
        1 nsubj NOUN rebel NNS
        1 ROOT VERB shell VBD
        1 dobj PROPN Goma NNP
        1 punct PUNCT , ,
        1 advcl VERB kill VBG
        4 dobj NUM five CD
        1 punct PUNCT , ,
        8 det DET a DT
        1 dobj NOUN claim NN
        10 nsubj PROPN Kigali NNP
        8 relcl VERB deny VBZ
    """, 1, False),
]


def _rows_of(text):
    return next(rows for t, rows, _, _ in _DISOWNED if t == text and rows is not None)


@pytest.mark.parametrize(("text", "rows", "predicate", "expected"), _DISOWNED,
                         ids=[f"{row[0][:30]}-{row[2]}" for row in _DISOWNED])
def test_what_a_denying_label_closes_is_disowned(text, rows, predicate, expected):
    doc = parse(text, rows if rows is not None else _rows_of(text))
    assert disowned(doc[predicate]) is expected


def test_an_accusation_parsed_below_the_labels_denial_is_not_denied():
    # "an allegation police rejected" parsed as the root, the accusation its complement
    doc = parse("Residents accused the driver of ramming the crowd , an allegation police "
                "rejected", """
        1 nsubj NOUN resident NNS
        12 ccomp VERB accuse VBD
        3 det DET the DT
        1 dobj NOUN driver NN
        3 prep ADP of IN
        4 pcomp VERB ram VBG
        7 det DET the DT
        5 dobj NOUN crowd NN
        12 punct PUNCT , ,
        11 det DET an DT
        11 compound NOUN allegation NN
        12 nsubj NOUN police NNS
        12 ROOT VERB reject VBD
    """)
    assert not denied(doc[1])


DENIED_LABELS = {
    "an accused act a label denies stays alleged (and is negated too when the accused "
    "denies it, session 46)": [
        ("India accused Islamabad of backing the militants who killed 26 tourists, a "
         "charge Pakistan rejects.",
         [("India", "accuse", "Islamabad", False, False),
          ("Islamabad", "back", "militants", True, True),
          ("militants", "kill", "tourists", False, False)], []),
        ("Mali accused Paris of arming jihadist groups in the Sahel, an allegation the "
         "French Foreign Ministry dismissed as baseless.",
         [("Mali", "accuse", "Paris", False, False),
          ("Paris", "arm", "jihadist groups", False, True)], []),
        ("Niger's military government expelled the Ukrainian envoy on Monday, accusing "
         "Kyiv of helping Tuareg rebels, an allegation the Ukrainian foreign ministry "
         "dismisses as absurd.",
         [("Kyiv", "help", "Tuareg rebels", False, True)], []),
        ("Sudan's army accuses the Rapid Support Forces of shelling a camp near El Obeid, "
         "a charge the RSF denies.",
         [("Rapid Support Forces", "shell", "camp near El Obeid", False, True)], []),
    ],
    "a reported or stated act a label denies is alleged": [
        ("Azerbaijan says Armenian troops shelled Tartar, a claim Yerevan denies.",
         [("Armenia", "shell", "Tartar", False, True)], []),
        ("Russian jets bombed a hospital in Idlib, an accusation the Kremlin rejects.",
         [("Russia", "bomb", "hospital in Idlib", False, True)], []),
    ],
    "a label that denies nothing": [
        ("Ukraine accused Russia of shelling the plant, a claim Moscow later confirmed.",
         [("Russia", "shell", "plant", False, True)], []),
        ("Belarus was accused of pushing migrants into Poland, a claim Minsk does not "
         "deny.",
         [("Belarus", "push into", "Poland", False, True)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(DENIED_LABELS))
def test_denied_claim_labels(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
