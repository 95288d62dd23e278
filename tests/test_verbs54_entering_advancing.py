"""Political verbs of moving on a place that gave a triple with no class (session 50).

* an armed force going into a place occupies it (CAMEO.2.0 ENTER ``&MILITARY * &TOWN``, 192;
  FIGHT, as the ``@raiding`` verbs): "Russian troops entered Kupiansk" is FIGHT; who enters
  is checked by the ``@occupying`` sense group (``extract/data/event_senses.tsv``,
  :func:`~extract.events._occupier`): a company, a state itself, aid trucks or the police
  entering a market, the WTO, Gaza or a building stay without class, and so does "enter
  into" (talks);
* advancing on a place or a force is an offensive on it (``advance on``, as the derived
  "advance into" / "advance across"): "M23 rebels advanced on Goma" is FIGHT; shares or
  talks that advance "on" a day or "on several fronts" stay without class;
* violating a country's airspace is a show of military power (CAMEO.2.0 VIOLATE AIRSPACE,
  150; PLOVER MOBILIZE); violating a ceasefire, a law or rules keeps no class, and a named
  law or pact (a LAW, or a name ending in a word of ``@accord``, now with "arrangement") is
  the object of no show of force (:func:`~extract.events.sense_class`).
"""

from __future__ import annotations

import pytest

from actorgraph.records import Article

pytestmark = pytest.mark.model

#: (sentence, subject, object, class, or None for a triple that must have no class).
_CLASSES = [
    ("Russian troops entered the town of Kupiansk on Tuesday.", "Russia", "Kupiansk", "FIGHT"),
    ("Israeli tanks entered the Jenin refugee camp before dawn.", "Israel",
     "Jenin refugee camp", "FIGHT"),
    ("Rebel fighters entered the capital Bangui on Sunday.", "rebel fighters", "Bangui",
     "FIGHT"),
    ("Turkish forces entered northern Syria early on Sunday.", "Turkey", "Syria", "FIGHT"),
    ("Ukrainian forces advanced on Bakhmut from the north.", "Ukraine", "Bakhmut", "FIGHT"),
    ("Sudanese paramilitaries advanced on the city of El Fasher.", "Sudanese paramilitaries",
     "El Fasher", "FIGHT"),
    ("Islamist militants advanced on the army base at Boulkessi.", "Islamist militants",
     "army base at Boulkessi", "FIGHT"),
    ("Russian warplanes violated Finnish airspace twice this week.", "Russia",
     "Finnish airspace", "MOBILIZE"),
    ("North Korean drones violated South Korea's airspace on Tuesday.", "North Korea",
     "South Korea airspace", "MOBILIZE"),
    # guards: no armed force entering, no occupation; other things violated
    ("Amazon entered the Indian grocery market last year.", "Amazon",
     "Indian grocery market", None),
    ("China entered the WTO in 2001.", "China", "WTO", None),
    ("Aid trucks entered Gaza through the Rafah crossing.", "aid trucks", "Gaza", None),
    ("Hungarian police entered the building at dawn.", "Hungary", "building", None),
    ("Saudi Arabia entered the war in Yemen in 2015.", "Saudi Arabia", "war", None),
    ("Russia violated the ceasefire, Zelensky said.", "Russia", "ceasefire", None),
    ("Hungary violated EU rules on asylum.", "Hungary", "European Union rules", None),
    ("China said the quotas violated the Multi-Fibre Arrangement.", "quotas",
     "Multi-Fibre Arrangement", None),
    ("The Texas law violated the First Amendment, the court ruled.", "Texas law",
     "First Amendment", None),
]


@pytest.mark.parametrize(("sentence", "subject", "obj", "klass"), _CLASSES)
def test_entering_advancing_classes(extractor, sentence, subject, obj, klass):
    (result,) = extractor.extract([Article("t", sentence)])
    found = {(t.subject.label, t.object.label, t.relation.event_class) for t in result.triples}
    assert (subject, obj, klass) in found, sorted(found)


@pytest.mark.parametrize("sentence", [
    "Shares of Tesla advanced on Monday after the earnings report.",
    "The talks advanced on several fronts, Blinken said.",
    "Rebels entered into talks with the government in Doha.",
])
def test_no_fight_without_a_place(extractor, sentence):
    (result,) = extractor.extract([Article("t", sentence)])
    assert not [t for t in result.triples if t.relation.event_class == "FIGHT"], \
        [(t.subject.label, t.relation.label, t.object.label) for t in result.triples]
