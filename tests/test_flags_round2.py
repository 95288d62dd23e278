"""Hedged and negated triples of event summaries, round 2: where an event noun carried by
a verb takes its target or place from a phrase after it.

The sentences were written for these tests (none is from an evaluation set). Each entry:
a sentence, the triples it must give as (subject label, relation lemma, object label,
negated, hedged), and the (subject, object) pairs it must not give (see
``tests/constructions.py``). Each construction ends with guards: the same event stated
as done stays un-hedged, and what the construction does not cover gives no triple.
"""

from __future__ import annotations

import pytest

from actorgraph.records import Article
from tests.constructions import cases, check_construction

pytestmark = pytest.mark.model

PURSUED = {
    "'X goes / presses / pushes ahead with N on Y', 'proceeds with': X N Y": [
        ("The European Union will go ahead with new sanctions on Russia's central bank.",
         [("European Union", "sanction", "Russia's central bank", False, True)], []),
        ("Iran threatens to close the Strait of Hormuz if Washington goes ahead with "
         "sanctions against Iranian oil exporters.",
         [("Washington", "sanction", "Iranian oil exporters", False, True)], []),
        ("Israel will push ahead with its offensive against Hezbollah, the defence "
         "minister says.",
         [("Israel", "offensive", "Hezbollah", False, True)], []),
        # done: stated
        ("The European Union went ahead with sanctions against Belarus.",
         [("European Union", "sanction", "Belarus", False, False)], []),
        # someone else's event is not the subject's
        ("Egypt went ahead with Israel's proposal for talks with Hamas.",
         [], [("Egypt", "Hamas")]),
    ],
}

PLACED = {
    "a carried event noun in a named oblast or governorate: the place is its object": [
        ("Moscow will continue its offensive in Donetsk Oblast, the Kremlin says.",
         [("Moscow", "continue in", "Donetsk Oblast", False, True)], []),
        ("Ukraine will resume its counteroffensive in Zaporizhzhia Oblast.",
         [("Ukraine", "resume in", "Zaporizhzhia Oblast", False, True)], []),
        # done: stated
        ("The Houthis resumed their offensive in Marib Governorate.",
         [("Houthis", "resume in", "Marib", False, False)], []),
    ],
    "forces put near, outside or across a place: the place is the object": [
        ("Venezuela accuses Colombia of massing troops near Cucuta.",
         [("Colombia", "mass near", "Cucuta", False, True)], [("Venezuela", "Cucuta")]),
        ("Russia plans to station soldiers outside Kharkiv.",
         [("Russia", "plan to station outside", "Kharkiv", False, True)], []),
        # done: stated
        ("China deployed warships near Taiwan.",
         [("China", "deploy near", "Taiwan", False, False)], []),
        # not forces: a mere setting near a place gives no triple
        ("Uganda's opposition held a rally near Kampala.",
         [], [("Uganda", "Kampala")]),
    ],
}

REFUSED = {
    "'X rejects a truce / ceasefire / offer by Y': X does not accept it from Y, negated": [
        ("Hamas rejects a truce proposed by Egypt.",
         [("Hamas", "accept", "Egypt", True, False),
          ("Hamas", "reject truce", "Egypt", False, False)], []),
        ("Kyiv rejected a ceasefire offered by Moscow on Sunday.",
         [("Kyiv", "accept", "Moscow", True, False)], []),
        ("Ukraine rejects Russia's offer of a ceasefire.",
         [("Ukraine", "accept", "Russia", True, False)], []),
        # a rejection said to be coming is hedged too
        ("The rebels will reject any ceasefire proposed by the Sudanese army.",
         [("rebels", "accept", "Sudan", True, True)], []),
        # not rejected, or not an agreement: no denied acceptance (test_no_refusal)
        ("Hamas did not reject the truce proposed by Egypt.",
         [("Hamas", "reject truce", "Egypt", True, False)], []),
        ("Hamas accepted a truce proposed by Egypt.",
         [("Hamas", "accept truce", "Egypt", False, False)], []),
        ("Russia rejected calls by Belarus for talks.",
         [("Russia", "reject call", "Belarus", False, False)], []),
    ],
}

SUSPECTED_OF = {
    "'V-ed X on suspicion / charges / allegations of V-ing Y': X V Y, hedged": [
        ("Italy arrests Anis Amri on suspicion of helping the Islamic State.",
         [("Anis Amri", "help", "Islamic State", False, True),
          ("Italy", "arrest", "Anis Amri", False, False)], [("Italy", "Islamic State")]),
        ("Kenya arrests Abdullahi Hassan on charges of financing al-Shabaab.",
         [("Abdullahi Hassan", "finance", "al-Shabaab", False, True)],
         [("Kenya", "al-Shabaab")]),
        ("Carles Puigdemont is detained in Sardinia over allegations of misusing public "
         "funds.",
         [("Carles Puigdemont", "misuse", "public funds", False, True)], []),
        # established: a conviction is not hedged
        ("The court convicted Ali Musa of helping the Islamic State.",
         [("Ali Musa", "help", "Islamic State", False, False)], []),
    ],
}

ADOPTED = {
    "'X adopts / passes a resolution / motion V-ing Y': X V Y, as done as the adoption": [
        ("The UN Security Council adopts a resolution condemning North Korea.",
         [("UN Security Council", "condemn", "North Korea", False, False)], []),
        ("The European Parliament passed a motion condemning Hungary on Thursday.",
         [("European Parliament", "condemn", "Hungary", False, False)], []),
        ("The UN General Assembly fails to pass a resolution condemning Russia.",
         [("UN General Assembly", "condemn", "Russia", True, False)], []),
        ("The Arab League refused to endorse a statement condemning Iran.",
         [("Arab League", "condemn", "Iran", True, False)], []),
        ("The European Parliament will adopt a resolution calling on Hungary to free "
         "Ilaria Salis.",
         [("European Parliament", "call on", "Hungary", False, True)], []),
        # a double negative: passed
        ("The African Union did not fail to pass a resolution condemning Sudan.",
         [("African Union", "condemn", "Sudan", False, False)], []),
        # vetoed, not adopted: the vetoing member condemns no one
        ("Russia vetoes a resolution condemning Syria.",
         [("Russia", "veto", "resolution condemning Syria", False, False)], [("Russia", "Syria")]),
    ],
}

DENIED_CLAIMS = {
    "a headline's 'X rejects / dismisses claims that it V-ed Y' (parsed as a noun 'X "
    "rejects' and a verb 'claims'): X V Y, negated": [
        # (no "reject | claims": a bare claim rebutted names no one, session 48's
        # vague.unsaid_claim; the content's negated triple says what was denied)
        ("Russia rejects claims that it bombed Mariupol.",
         [("Russia", "bomb", "Mariupol", True, True)], []),
        ("Turkey rejects claims that it shelled Kobani.",
         [("Turkey", "shell", "Kobani", True, True)], []),
        ("Pakistan rejects claims that it sheltered Osama bin Laden.",
         [("Pakistan", "shelter", "Osama bin Laden", True, True)], []),
        # parsed right already: the same reading
        ("Iran dismisses reports that it armed the Houthis.",
         [("Iran", "arm", "Houthis", True, True)], []),
        # a claim of one's own: hedged, not denied
        ("Russia claims that Ukraine bombed Belgorod.",
         [("Ukraine", "bomb", "Belgorod", False, True)], []),
    ],
}


@pytest.mark.parametrize("sentence,present,absent",
                         cases(PURSUED, PLACED, REFUSED, SUSPECTED_OF, ADOPTED,
                               DENIED_CLAIMS))
def test_round2_flags(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)


@pytest.mark.parametrize("sentence", [
    "Hamas did not reject the truce proposed by Egypt.",
    "Hamas accepted a truce proposed by Egypt.",
    "Russia rejected calls by Belarus for talks.",
    "Serbia rejects the demands made by Kosovo.",
])
def test_no_refusal(extractor, sentence):
    """No denied acceptance unless an agreement is rejected."""
    (result,) = extractor.extract([Article("t", sentence)])
    assert not [t for t in result.triples if t.relation.lemma == "accept" and t.negated]
