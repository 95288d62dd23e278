"""Who is blamed for, or claims, a violent act told before with no named doer.

"Gunmen kill eight police officers. The army blames Ansaroul Islam": Ansaroul Islam
killed them, as the army alleges (hedged); "... JNIM claimed responsibility": JNIM did
(stated). The sentences were written for these tests (none is from an evaluation set or
an audit sheet). Each entry: a sentence, the triples it must give as (subject label,
relation lemma, object label, negated, hedged), and the (subject, object) pairs it must
not give in either reading (see ``tests/constructions.py``).
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction

pytestmark = pytest.mark.model

BLAMED = {
    "a group blamed for an act told before with no named doer did it, alleged": [
        ("Gunmen kill eight police officers in northern Burkina Faso. The army blames "
         "Ansaroul Islam.",
         [("Ansaroul Islam", "kill", "police officers", False, True)], []),
        ("Unidentified attackers bomb a police station in Quetta. Pakistani officials blame "
         "the Balochistan Liberation Army.",
         [("Balochistan Liberation Army", "bomb", "police station in Quetta", False, True)], []),
        ("Masked men shot dead a village elder in Kunduz province on Sunday. Afghan "
         "officials blamed the Taliban for the killing.",
         [("Taliban", "shoot", "village elder", False, True)], []),
        # the doer was named: the blame adds no second doer
        ("Rebels of the M23 seized Goma. Kinshasa blamed Rwanda.",
         [("M23", "seize", "Goma", False, False)], [("Rwanda", "Goma")]),
        ("Boko Haram fighters attacked the town of Gwoza. The army blamed ISWAP.",
         [], [("ISWAP", "Gwoza")]),
        # an act of its own: "accused X of rigging" is no blame for what came before
        ("Gunmen killed three election officials in Kano. The opposition accused the "
         "Electoral Commission of rigging the count.",
         [], [("Electoral Commission", "election officials")]),
        # not blamed
        ("Gunmen kill eight police officers in Niger. Officials did not blame ISWAP.",
         [], [("ISWAP", "police officers")]),
    ],
    "whoever claims responsibility for an act told before with no named doer did it": [
        ("Twelve soldiers were killed in an ambush near Timbuktu. JNIM claimed "
         "responsibility.",
         [("JNIM", "kill", "soldiers", False, False)], []),
        ("A suicide bomber killed nine worshippers at a mosque in Zahedan; Jaish al-Adl "
         "claimed responsibility for the attack.",
         [("Jaish al-Adl", "kill", "worshippers", False, False)], []),
        # who only accepts responsibility owns up to no deed
        ("A landmine killed four children in Tigray. The Eritrean army accepted "
         "responsibility.",
         [], [("Eritrean army", "children")]),
    ],
}


@pytest.mark.parametrize(("sentence", "present", "absent"), cases(BLAMED))
def test_attribution(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)


BRIBED = {
    # (the taking stays, so each row wants both ways round)
    "the one a bribe is taken from bribed its taker, with the taker's flags": [
        ("Peru's former president Alejandro Toledo took bribes from Odebrecht, a court "
         "found.",
         [("Odebrecht", "bribe", "Alejandro Toledo", False, False),
          ("Alejandro Toledo", "take from", "Odebrecht", False, False)], []),
        ("The ruling party expelled Tran Van Hoa, who allegedly accepted $4 million in "
         "bribes from the developer Thanh Dat Group.",
         [("Thanh Dat Group", "bribe", "Tran Van Hoa", False, True),
          ("Tran Van Hoa", "accept from", "Thanh Dat Group", False, True)], []),
        ("Former energy minister Ali Hassan is accused of taking kickbacks from Siemens.",
         [("Siemens", "bribe", "Ali Hassan", False, True),
          ("Ali Hassan", "take from", "Siemens", False, True)], []),
        ("Carlos Mesa did not accept bribes from Odebrecht.",
         [("Odebrecht", "bribe", "Carlos Mesa", True, False),
          ("Carlos Mesa", "accept from", "Odebrecht", True, False)], []),
        # no bribe: a donation taken from someone is no bribery
        ("The Labour Party accepted a donation from Siemens.",
         [], [("Siemens", "Labour Party")]),
    ],
}


@pytest.mark.parametrize(("sentence", "present", "absent"), cases(BRIBED))
def test_bribed(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)


# A triple of a blame or claim rests on the act's sentence too: its provenance runs from
# the start of the act's sentence to the end of the blame's (pipeline._evidence), so a
# reader of the triple's sentence sees whom the act was done to. Each entry: the text, the
# (subject, relation lemma, object) of the attributed triple, the sentence it must give.
EVIDENCE = [
    ("Gunmen kill eight police officers in northern Burkina Faso. The army blames "
     "Ansaroul Islam.", ("Ansaroul Islam", "kill", "police officers"),
     "Gunmen kill eight police officers in northern Burkina Faso. The army blames "
     "Ansaroul Islam."),
    ("Officials said on Monday that a suicide bomber killed nine worshippers at a mosque in "
     "Zahedan. Jaish al-Adl claimed responsibility for the attack.",
     ("Jaish al-Adl", "kill", "worshippers"),
     "Officials said on Monday that a suicide bomber killed nine worshippers at a mosque in "
     "Zahedan. Jaish al-Adl claimed responsibility for the attack."),
    ("Flooding hit the north. Twelve soldiers were killed in an ambush near Timbuktu. JNIM "
     "claimed responsibility.", ("JNIM", "kill", "soldiers"),
     "Twelve soldiers were killed in an ambush near Timbuktu. JNIM claimed responsibility."),
]


@pytest.mark.parametrize(("text", "triple", "sentence"), EVIDENCE)
def test_attribution_rests_on_both_sentences(extractor, text, triple, sentence):
    from actorgraph.records import Article

    (result,) = extractor.extract([Article("t", text)])
    found = {(t.subject.label, t.relation.lemma, t.object.label): t for t in result.triples}
    assert triple in found, sorted(found)
    told = found[triple]
    assert told.sentence == sentence
    assert text[told.char_start:told.char_end] == sentence
    # a triple of one sentence keeps its own sentence
    assert all(t.sentence.count(". ") == 0 for t in result.triples if t.pattern != "attribution")
