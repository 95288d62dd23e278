"""Session 47's wire flags: negated and hedged events in reported wire constructions.

- a gerund after "in" on a verb of joining ([joining_verbs]: "join", "follow",
  "emulate") is the joining subject's own act and shares the joining's fate
  (:func:`extract.context.joined_in`): "Australia would not join Washington in imposing
  sanctions on Fiji" does not impose them, and only would (negated and hedged, as the
  joining is), "refused to join X in banning Y" did not ban, "will join X in sending
  troops" is to come. Guards: a joining done ("Britain joined the United States in
  imposing sanctions on Iran", "Spain followed Portugal in recognising X") leaves the act
  stated. The blind judges of sheet 40: "negation and hedge missed (would not)".
- a threat made on a condition ("threatened to execute the hostages unless Manila freed
  their leaders": the ``demand`` triple to the condition's doer) is hedged, as the
  threatened act and an answer on a condition (``conditioned_retaliation``) are: nothing
  is done unless the condition fails (:func:`extract.rules.complements._conditioned`;
  judged "threat should be hedged" on sheets 38 and 40). Guard: a demand with no
  condition ("demanded that the United States cancel X") stays stated.
- a "not" on a verb of asking, ordering or wishing whose object is to do its infinitive
  ([mandating_verbs]: "has not asked the World Bank to reschedule the debt", "did not
  order its troops to fire") denies the asking only: the act asked for is hedged, not
  negated (:func:`extract.rules.base.asked_of_object`; judged "not stated Fed didn't
  join"). Guards: the asking itself stays negated; the subject's own wish ("did not want
  to join X") and a refusal to let ("refused to let Egyptian troops enter X") still deny the
  act; an asking done leaves the act hedged only.
- a body that a reduced relative of leading describes ("a government led by X",
  [led_verbs]) as the indefinite object of an act to come, only possible or on a
  condition ("would never back a minority government led by Schmidt", "may join a
  coalition led by X", "if the army forms a government led by Y") is hypothetical: X
  leads it only if it comes about, so hedged
  (:func:`extract.context._unrealised_leadership`; judged "hypothetical government;
  hedged should be true"). Guards: a body that exists ("the government led by Marcos",
  definite) and one met in a done act ("ambushed a convoy led by Colonel Dupont") are
  stated.

- an -ing adjunct of an act only claimed, believed or alleged done ("claimed to have
  shot down a helicopter, killing all 12 soldiers on board", "are believed to have
  seized the town, forcing X to flee": an infinitive of [hedge_verbs]) is claimed with it,
  hedged (:func:`extract.context.modality`; judged "hedged should be yes (claimed)").
  Only a perfect infinitive or a passive claim is read so. Guards: the same adjunct of an
  act stated ("shot down ..., killing") or reported ("said it had recaptured ...,
  forcing") is stated, and so is one after an identity only believed ("gunmen believed to
  belong to X ambush a convoy, killing ...").

All sentences are written for these tests, not taken from any data file.
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction

pytestmark = pytest.mark.model

JOINED = {
    "a gerund after 'in' on a verb of joining shares the joining's fate": [
        ("Canberra said Australia would not join Washington in imposing trade sanctions "
         "on Fiji.",
         [("Australia", "join", "Washington", True, True),
          ("Australia", "impose sanction", "Fiji", True, True)], []),
        ("Japan refused to join the European Community in banning imports from Libya.",
         [("Japan", "join", "European Community", True, False),
          ("Japan", "ban", "imports", True, False)], []),
        ("Italy did not follow France in expelling Syrian diplomats.",
         [("Italy", "expel", "Syria", True, False)], []),
        ("Canada will join Britain in sending troops to Cyprus.",
         [("Canada", "send", "troops", False, True)], []),
    ],
    "guard: a joining done leaves the act stated": [
        ("Britain joined the United States in imposing sanctions on Iran.",
         [("United Kingdom", "join", "United States", False, False),
          ("United Kingdom", "impose sanction", "Iran", False, False)], []),
        ("Spain followed Portugal in recognising the new government of Angola.",
         [("Spain", "recognise", "Angola", False, False)], []),
    ],
}

CONDITIONED = {
    "a threat made on a condition is hedged": [
        ("Rebels threatened to execute the hostages unless Manila freed their leaders.",
         [("rebels", "threaten", "Manila", False, True),
          ("rebels", "threaten to execute", "hostages", False, True)], []),
        ("Ankara threatened to block the pipeline if Baku raised its transit fees.",
         [("Ankara", "threaten", "Baku", False, True)], []),
        ("The miners' union threatened a national strike unless Pretoria withdrew the new "
         "labour law.",
         [("miners' union", "threaten", "Pretoria", False, True)], []),
    ],
    "guard: a demand with no condition is stated": [
        ("China demanded that the United States cancel the arms sale to Taiwan.",
         [("China", "demand", "United States", False, False)], []),
    ],
}

ASKED = {
    "a 'not' on asking or ordering denies only the asking": [
        ("Manila has not asked the World Bank to reschedule the debt.",
         [("Manila", "ask", "World Bank", True, False),
          ("World Bank", "reschedule", "debt", False, True)], []),
        ("The Syrian government did not order its troops to fire on the protesters.",
         [("Syria", "order", "Syria's troops", True, False),
          ("Syria's troops", "fire on", "protesters", False, True)], []),
        ("Washington has not urged Israel to release the Palestinian prisoners.",
         [("Washington", "urge", "Israel", True, False),
          ("Israel", "release", "Palestinian prisoners", False, True)], []),
    ],
    "guard: one's own wish, a refusal to let and an asking done": [
        ("Japan did not want to join the intervention.",
         [("Japan", "want to join", "intervention", True, True)], []),
        ("Israel refused to let Egyptian troops enter the Sinai buffer zone.",
         [("Egypt", "enter", "Sinai buffer zone", True, False)], []),
        ("Egypt asked Hamas to free the Israeli hostages.",
         [("Egypt", "ask", "Hamas", False, False),
          ("Hamas", "free", "Israeli hostages", False, True)], []),
    ],
}

LEADERSHIP = {
    "a body led by X that only an act to come would bring about": [
        ("The Liberals may join a coalition led by the Christian Democrats.",
         [("Christian Democrats", "lead", "coalition", False, True)], []),
        ("The Greens said they would never back a minority government led by Schmidt.",
         [("Schmidt", "lead", "minority government", False, True)], []),
        ("If the army forms a government led by General Kamara, donors will cut aid to "
         "Guinea.",
         [("Kamara", "lead", "government", False, True)], []),
    ],
    "guard: a body that exists or was met in a done act": [
        ("Guerrillas ambushed a convoy led by Colonel Dupont.",
         [("Dupont", "lead", "convoy", False, False)], []),
        ("The opposition would not support the government led by Marcos.",
         [("Marcos", "lead", "government", False, False)], []),
    ],
}

CLAIMED = {
    "what goes with an act only claimed or believed done is claimed with it": [
        ("The rebels claimed to have shot down an army helicopter near Kandahar, killing "
         "all 12 soldiers on board.",
         [("rebels", "kill", "soldiers", False, True),
          ("rebels", "claim to shoot down", "army helicopter", False, True)], []),
        ("Kurdish fighters are believed to have seized the town of Kobani, forcing Islamic "
         "State fighters to flee.",
         [("Kurdish fighters", "force", "Islamic State", False, True)], []),
        ("Boko Haram claimed to have attacked a military base in Borno, killing 30 "
         "soldiers.",
         [("Boko Haram", "kill", "soldiers", False, True)], []),
    ],
    "guard: the same adjunct of an act stated or reported is stated": [
        ("The rebels shot down an army helicopter near Kandahar, killing all 12 soldiers "
         "on board.",
         [("rebels", "kill", "soldiers", False, False)], []),
        ("The army said it had recaptured the town of Kobani, forcing Islamic State "
         "fighters to flee.",
         [("army", "force", "Islamic State", False, False)], []),
        # (who the gunmen are is believed, not the killing; the parse takes "believed"
        # for the verb of "Gunmen")
        ("Gunmen believed to belong to the Islamic State ambush an army convoy near "
         "Palmyra, killing at least 14 soldiers.",
         [("gunmen", "kill", "soldiers", False, False)], []),
    ],
}


@pytest.mark.parametrize("sentence, present, absent",
                         cases(JOINED, CONDITIONED, ASKED, LEADERSHIP, CLAIMED))
def test_wire_flags(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
