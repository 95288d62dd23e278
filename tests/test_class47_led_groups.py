"""Groups named by who leads them, and the class their own noun gives (session 47).

* a group side whose reduced relative names its leader ("Army officers led by
  Lieutenant-Colonel Ramon Alcaraz Vega") keeps the leader in its label
  (``which_modifier`` of :mod:`extract.actors`): the side's length counts a name as one
  word, so a leader's long name or title no longer leaves a bare "Army officers" a reader
  cannot place;
* the sense rules of event classes read the group's own noun, before the participle and its
  "by" (:func:`~extract.events._own_part`): "rebels led by Colonel Gregorio Honasan attacked
  the palace" is an attack by force, ASSAULT (the label's last word, "Honasan", made it a
  criticism, DISAPPROVE), "students led by X occupied the university" a protest.
Guards: critics backed by a senator still attack in words; a group too long to label stays
as it was.
"""

from __future__ import annotations

import pytest

from tests.constructions import check_class, classes_by_sentence

#: (sentence, (subject, label, object), wanted class)
ROWS = [
    ("Army officers led by Lieutenant-Colonel Ramon Alcaraz Vega seized power in Honduras.",
     ("Army officers led by Lieutenant-Colonel Ramon Alcaraz Vega", "seize power in",
      "Honduras"), "COERCE"),
    ("Police officers led by Deputy Commissioner Peter Nkosi Mthembu raided the offices of "
     "the newspaper.",
     ("police officers led by Deputy Commissioner Peter Nkosi Mthembu", "raid",
      "offices of newspaper"), "COERCE"),
    ("Navy officers led by Rear-Admiral Oscar Ramirez Delgado seized the port of Callao.",
     ("Navy officers led by Rear-Admiral Oscar Ramirez Delgado", "seize", "Callao"), "COERCE"),
    ("Rebel troops led by Major-General Tito Okello Lutwa stormed the capital Kampala.",
     ("rebel troops led by Major-General Tito Okello Lutwa", "storm", "Kampala"), "FIGHT"),
    # the group's own noun picks the class
    ("Rebels led by Colonel Gregorio Honasan attacked the presidential palace in Manila.",
     ("rebels led by Colonel Gregorio Honasan", "attack", "presidential palace"), "ASSAULT"),
    ("Opposition students led by former deputy Jose Maria Aznar Lopez occupied the "
     "university.",
     ("opposition students led by deputy Jose Maria Aznar Lopez", "occupy", "university"),
     "PROTEST"),
    # guards
    ("Critics backed by Senator Edward Kennedy attacked the decision of the White House.",
     ("critics backed by Senator Edward Kennedy", "attack decision of", "White House"),
     "DISAPPROVE"),
    ("Protesters led by opposition leader Kim Dae-jung marched on the parliament in Seoul.",
     ("protesters led by opposition leader Kim Dae-jung", "march on", "parliament"),
     "PROTEST"),
    ("Air force officers led by Wing Commander Ahmed Salim Qadri seized the airport in "
     "Mogadishu.",
     ("air force officers", "seize", "airport in Mogadishu"), "COERCE"),
]


@pytest.fixture(scope="module")
def found(extractor):
    """(subject, relation label, object) -> event class of every sentence, parsed once."""
    return classes_by_sentence(extractor, [row[0] for row in ROWS])


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "triple", "wanted"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_led_group_label_and_class(found, sentence, triple, wanted):
    check_class(found, sentence, triple, wanted)
