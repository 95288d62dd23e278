"""An act its subject is said to be near doing is only in prospect: "Toyota is close to
buying a stake in Suzuki", "the rebels are on the verge of capturing Goma" give hedged
triples of the gerund ("buy stake in" Suzuki, "capture" Goma); "Iran came close to
striking the base" fell short, a negated strike (as "nearly struck" is). A denied nearness
("are not close to reaching a deal") and a gerund with a subject of its own give nothing
(extract/rules/complements.py ``nearness``)."""

from __future__ import annotations

import pytest
from actorgraph.extract.rules.complements import nearness
from actorgraph.extract.triples import all_triples

from tests.constructions import cases, check_construction
from tests.docs import parse


def flags(doc):
    return {(t.subject.text, t.lemma, t.object.text, t.negated, t.hedged)
            for t in all_triples(doc)}


_ENTS = {"Toyota": "ORG", "Suzuki": "ORG", "Goma": "GPE", "Iran": "GPE", "Kenya": "GPE",
         "Britain": "GPE", "India": "GPE", "Hamas": "ORG", "Israel": "GPE", "M23": "ORG"}


def test_close_to_a_gerund_is_hedged():
    doc = parse("Toyota is close to buying a stake in Suzuki", """
        1 nsubj PROPN Toyota NNP
        1 ROOT AUX be VBZ
        1 acomp ADJ close JJ
        2 prep ADP to IN
        3 pcomp VERB buy VBG
        6 det DET a DT
        4 dobj NOUN stake NN
        6 prep ADP in IN
        7 pobj PROPN Suzuki NNP
    """, ents=_ENTS)
    found = flags(doc)
    assert ("Toyota", "buy stake in", "Suzuki", False, True) in found
    # (the bare "buy | stake" goes beside the stake's company, as in a plain clause:
    # session 39)
    assert ("Toyota", "buy", "stake", False, True) not in found


def test_on_the_verge_of_a_gerund_is_hedged():
    doc = parse("M23 is on the verge of capturing Goma", """
        1 nsubj PROPN M23 NNP
        1 ROOT AUX be VBZ
        1 prep ADP on IN
        4 det DET the DT
        2 pobj NOUN verge NN
        4 prep ADP of IN
        5 pcomp VERB capture VBG
        6 dobj PROPN Goma NNP
    """, ents=_ENTS)
    assert ("M23", "capture", "Goma", False, True) in flags(doc)


def test_came_close_to_fell_short():
    doc = parse("Iran came close to striking Israel", """
        1 nsubj PROPN Iran NNP
        1 ROOT VERB come VBD
        1 advmod ADV close RB
        2 prep ADP to IN
        3 pcomp VERB strike VBG
        4 dobj PROPN Israel NNP
    """, ents=_ENTS)
    assert ("Iran", "strike", "Israel", True, False) in flags(doc)


def test_a_brink_of_the_future_is_hedged_not_fallen_short():
    # "will come close to": not a past near miss, only a prospect
    doc = parse("Kenya will come close to expelling Hamas", """
        2 nsubj PROPN Kenya NNP
        2 aux AUX will MD
        2 ROOT VERB come VB
        2 advmod ADV close RB
        3 prep ADP to IN
        4 pcomp VERB expel VBG
        5 dobj PROPN Hamas NNP
    """, ents=_ENTS)
    assert ("Kenya", "expel", "Hamas", False, True) in flags(doc)


def test_a_denied_nearness_gives_nothing():
    doc = parse("Israel is not close to signing a deal with Hamas", """
        2 nsubj PROPN Israel NNP
        2 ROOT AUX be VBZ
        2 neg PART not RB
        2 acomp ADJ close JJ
        3 prep ADP to IN
        4 pcomp VERB sign VBG
        7 det DET a DT
        5 dobj NOUN deal NN
        7 prep ADP with IN
        8 pobj PROPN Hamas NNP
    """, ents=_ENTS)
    assert nearness(doc[5]) is None
    assert not any(s == "Israel" for s, *_ in flags(doc))


def test_a_gerund_with_its_own_subject_is_not_the_clause_subjects():
    # "Britain is close to India signing X" (a gerund with a subject of its own)
    doc = parse("Britain is close to India signing Suzuki", """
        1 nsubj PROPN Britain NNP
        1 ROOT AUX be VBZ
        1 acomp ADJ close JJ
        2 prep ADP to IN
        5 nsubj PROPN India NNP
        3 pcomp VERB sign VBG
        5 dobj PROPN Suzuki NNP
    """, ents=_ENTS)
    assert nearness(doc[5]) is None
    assert not any(s == "Britain" for s, *_ in flags(doc))


def test_a_place_close_to_a_town_is_no_nearness():
    # "fighting is close to Goma": no gerund, nothing in prospect
    doc = parse("Hamas fought close to Goma", """
        1 nsubj PROPN Hamas NNP
        1 ROOT VERB fight VBD
        1 advmod ADV close RB
        2 prep ADP to IN
        3 pobj PROPN Goma NNP
    """, ents=_ENTS)
    assert not any(h for *_, h in flags(doc))


REAL_SENTENCES = {
    "near doing: hedged": [
        ("Hanwha Aerospace is close to selling K9 howitzers to Vietnam.",
         [("Hanwha Aerospace", "sell to", "Vietnam", False, True)], []),
        ("The rebels are on the verge of capturing Goma.",
         [("rebels", "capture", "Goma", False, True)], []),
        ("Kenya was on the brink of expelling the Somali ambassador.",
         [("Kenya", "expel", "Somali ambassador", False, True)], []),
        ("Britain is near to signing a trade deal with India.",
         [("United Kingdom", "sign with", "India", False, True)], []),
    ],
    "came close to: negated": [
        ("Iran came close to striking the Israeli base.",
         [("Iran", "strike", "Israeli base", True, False)], []),
    ],
    "guards": [
        ("Israel and Hamas are not close to reaching a deal.", [], [("Israel", "deal")]),
        ("Toyota opened a plant close to Tokyo.",
         [("Toyota", "open", "plant close to Tokyo", False, False)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(REAL_SENTENCES))
def test_real_sentences(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
