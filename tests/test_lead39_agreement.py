"""A present verb coordinated after a reported clause is the reported subject's act when it
agrees in number with that subject and not with the speaker
(:func:`extract.rules.base.agreeing_conjunct`): in "Analysts say Tesla could lose its lead
and faces competition from BYD" the singular "faces" cannot be the analysts', so Tesla faces
it, stated (its own tense, not the reported "could"). When the verb agrees with the speaker
instead ("Greenpeace says the oil companies will drill and accuses Norway") or with both
("Netanyahu says Hamas will release the hostages and blames Qatar"), it stays the
speaker's act, as :func:`extract.rules.base.speaker_act` reads it."""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction

_SENTENCES = {
    "a present conjunct agreeing with the reported subject only is its act": [
        ("Analysts say Tesla could lose its lead and faces stiff competition from BYD.",
         [("Tesla", "face from", "BYD", False, False)], [("analysts", "BYD")]),
        ("Diplomats say Iran could resume talks and accuses Israel of sabotage.",
         [("Iran", "accuse", "Israel", False, False)], [("diplomats", "Israel")]),
        ("Residents say Hamas may withdraw from the town and controls only the bridge.",
         [("Hamas", "control", "bridge", False, False)], []),
        ("Officials say Boeing will lose the contract and faces a lawsuit from Qantas.",
         [("Boeing", "face", "lawsuit from Qantas", False, False)], [("Qantas", "officials")]),
    ],
    "guards: a conjunct agreeing with the speaker stays the speaker's": [
        ("Greenpeace says the oil companies will drill in the Arctic and accuses Norway of "
         "complicity.",
         [("Greenpeace", "accuse", "Norway", False, False)], []),
        ("Netanyahu says Hamas will release the hostages and blames Qatar for the delay.",
         [("Netanyahu", "blame", "Qatar", False, False)], [("Hamas", "Qatar")]),
        ("Senators say the deal violates the law and threaten to impeach Mayorkas.",
         [("senators", "threaten to impeach", "Mayorkas", False, True)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(_SENTENCES))
def test_agreeing_conjuncts_on_the_model(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
