"""Paraphrase forms whose parse hides the roles (session 43).

* a passive participle set off by a comma after the "by" agent of an event noun says what
  befell the event, not the agent the parse hung it on
  (:func:`~extract.rules.base._event_of_agent`): "the disqualification of X by the
  electoral bureau, upheld by the court" is the court upholding the disqualification,
  never the court upholding the bureau; the event noun's own triple stays;
* a name read as an adverbial noun before an amount object is the first object of a verb
  of taking or giving money (:func:`~extract.rules.base._adverbial_name` with
  ``before``): "..., fining BMW 373 million euros" fines BMW (even when the NER typed the
  company a product); an amount alone is still no party;
* a name the NER missed in an event noun's own "by" phrase, after a named "of" phrase, is
  its agent (:func:`~extract.rules.base._named_of`): "the blocking of YouTube by
  Roskomnadzor" (as a typed name or the passive "was blocked by Roskomnadzor" already
  was); a maker ("the portrait of Lincoln by Brady") and a time stay no agent.
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction, check_labels

EVENT_PARTICIPLES = {
    "participle after the agent of an event noun": [
        ("The impeachment of Yoon Suk Yeol by the National Assembly, upheld by the "
         "Constitutional Court in April, ended his presidency.",
         [("Constitutional Court", "uphold", "impeachment of Yoon Suk Yeol"),
          ("National Assembly", "impeach", "Yoon Suk Yeol")],
         [("Constitutional Court", "uphold", "National Assembly")]),
        ("The disqualification of Ferdinand Omanyala by World Athletics, upheld by the "
         "Court of Arbitration for Sport on Tuesday, was criticised by his coach.",
         [("World Athletics", "disqualification", "Ferdinand Omanyala")],
         [("Court of Arbitration for Sport", "World Athletics")]),
        ("The suspension of Niger by the African Union, approved by member states on "
         "Friday, surprised diplomats.",
         [("African Union", "suspension", "Niger")],
         [("member states", "African Union")]),
    ],
    "guard: a participle on a plain agent or thing": [
        ("The ceasefire brokered by Qatar, welcomed by the United Nations, held overnight.",
         [("Qatar", "broker", "ceasefire")], []),
        ("Kramatorsk, shelled by Russian forces on Sunday, lost its water supply.",
         [("Russia", "shell", "Kramatorsk")], []),
    ],
}


@pytest.mark.parametrize("sentence, present, absent", cases(EVENT_PARTICIPLES))
def test_participle_says_what_befell_the_event(extractor, sentence, present, absent):
    check_labels(extractor, sentence, present, absent)


FINED_NAMES = {
    "name before an amount, after a comma": [
        ("The European Commission closed its cartel inquiry on Thursday, fining BMW 373 "
         "million euros for delaying cleaner engines.",
         [("European Commission", "fine", "BMW", False, False)], []),
        ("Brussels wrapped up the antitrust case on Monday, fining Google 2.4 billion euros "
         "for favouring its own shopping service.",
         [("Brussels", "fine", "Google", False, False)], []),
        ("The regulator ended a two-year investigation, fining Boeing 200 million dollars "
         "over misleading statements.",
         [("regulator", "fine", "Boeing", False, False)], []),
    ],
    "guard: an amount alone, and the plain clause": [
        ("The European Commission fined BMW 373 million euros.",
         [("European Commission", "fine", "BMW", False, False)], []),
        ("Turkey lent Somalia 50 million dollars.",
         [("Turkey", "lend", "Somalia", False, False)], []),
    ],
}


@pytest.mark.parametrize("sentence, present, absent", cases(FINED_NAMES))
def test_name_before_an_amount_is_the_object(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)


MISSED_BY_NAMES = {
    "a name the NER missed in the noun's own by phrase": [
        ("The blocking of WhatsApp by Roskomnadzor angered Russian users.",
         [("Roskomnadzor", "block", "WhatsApp", False, False)], []),
        ("The arrest of Alexei Navalny by Rosgvardia drew condemnation from Berlin.",
         [("Rosgvardia", "arrest", "Alexei Navalny", False, False)], []),
        ("The kidnapping of Eva Gruber by Katiba Macina alarmed officials in Vienna.",
         [("Katiba Macina", "kidnap", "Eva Gruber", False, False)], []),
    ],
    "guard: no named of phrase, or a maker, or a time": [
        ("The portrait of Lincoln by Brady hangs in Washington.", [], [("Brady", "Lincoln")]),
        ("The closure of Heathrow by Monday was ruled out.", [], [("Monday", "Heathrow")]),
    ],
}


@pytest.mark.parametrize("sentence, present, absent", cases(MISSED_BY_NAMES))
def test_missed_name_in_by_phrase(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
