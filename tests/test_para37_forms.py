"""Participle and passive paraphrase forms whose doer was lost (session 37).

- An -ing adjunct after a comma that the parse hung on the infinitive of a noun or of
  purpose is the act of the clause above (:func:`~actorgraph.extract.context.
  infinitive_host`): "Toyota unveiled a plan to cut costs, closing its plant in
  Melbourne" (Toyota closes it), "Ankara launched an operation to push the fighters
  back, shelling Kobani" (stated, not hedged: no part of what is meant to be done).
- A body that sits in its state's capital stands for the city an "in" phrase names, as
  the city's name does (:data:`~actorgraph.extract.lexicon.SEAT_BODIES`,
  :meth:`ActorResolver._domestic_country
  <actorgraph.extract.actors.ActorResolver._domestic_country>`): "the government in
  Kabul", "the regime in Damascus"; "police in Paris" stay the city's police.
- A name the NER missed before an event noun with a target, that the actor dictionaries
  list as an organisation, is its agent (as an acronym already was: "an ELN ambush on an
  army patrol"): "a Boko Haram raid on Chibok" (:func:`~actorgraph.extract.rules.nominal.
  _listed_missed_name`).
- "Ecuadorean" (the British spelling) is Ecuador's nationality, as "Ecuadorian" is
  (``extract/data/demonyms.tsv``).
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction

_SENTENCES = {
    "an adjunct on a noun's infinitive is the clause's act": [
        ("Toyota unveiled a plan to cut costs, closing its plant in Melbourne.",
         [("Toyota", "close", "plant in Melbourne", False, False)], []),
        ("Beijing widened its campaign to rein in technology giants at home and abroad, "
         "fining Alibaba for antitrust violations.",
         [("Beijing", "fine", "Alibaba", False, False)], []),
        ("Chelsea began its effort to rebuild the squad in the summer, signing Jude "
         "Bellingham from Dortmund.",
         [("Chelsea", "sign", "Jude Bellingham", False, False)], []),
        ("Russia signed a deal to buy jets from Iran, angering Washington.",
         [("Russia", "anger", "Washington", False, False)], []),
    ],
    "an adjunct on an infinitive of purpose is the clause's act, stated": [
        ("Ankara launched an operation to push Kurdish fighters back from the border, "
         "shelling Kobani.", [("Ankara", "shell", "Kobani", False, False)], []),
        ("The EU unveiled a package to punish Moscow for the invasion, banning Aeroflot "
         "from its airspace.",
         [("European Union", "ban", "Aeroflot", False, False)], []),
        ("Israel sent tanks into Jenin to hunt down militants, killing three Hamas fighters.",
         [("Israel", "kill", "Hamas", False, False)], []),
        ("Moscow deployed warships to the Black Sea to pressure Kyiv, blockading Odesa.",
         [("Moscow", "blockade", "Odesa", False, False)], []),
        ("Ford cut prices to win back buyers from Tesla, offering rebates of $5,000 to "
         "dealers in Texas.", [("Ford", "offer", "rebates", False, False)], []),
    ],
    "a seat body with a city's 'in' phrase stands for the city": [
        ("The government in Kabul expelled two Pakistani diplomats on Monday.",
         [("Kabul", "expel", "Pakistani diplomats", False, False)], []),
        ("Andes Copper was nationalised by the government in Caracas on Friday.",
         [("Caracas", "nationalise", "Andes Copper", False, False)], []),
        ("The regime in Damascus bombed Idlib on Thursday.",
         [("Damascus", "bomb", "Idlib", False, False)], []),
        ("The administration in Washington sanctioned Rosneft on Friday.",
         [("Washington", "sanction", "Rosneft", False, False)], []),
        # police are the city's own, no stand-in for it
        ("Police in Paris arrested three protesters on Saturday.",
         [("police in Paris", "arrest", "protesters", False, False)],
         [("Paris", "protesters")]),
        # a region's own government sits in its city, which does not stand for it
        ("The state government in Lagos demolished 300 homes in Makoko.", [],
         [("Lagos", "homes")]),
        ("The provincial administration in Kandahar banned music at weddings.", [],
         [("Kandahar", "music")]),
        ("The state government in Munich banned the rally.", [], [("Munich", "rally")]),
    ],
    "a listed organisation the NER missed names who did an event noun": [
        ("A Boko Haram raid on Chibok left dozens dead.",
         [("Boko Haram", "raid", "Chibok", False, False)], []),
        ("An Ansar Allah raid on Marib left dozens dead.",
         [("Ansar Allah", "raid", "Marib", False, False)], []),
        ("An Ansar Dine attack on a UN camp in Kidal killed three peacekeepers.",
         [("Ansar Dine", "attack", "United Nations camp", False, False)], []),
    ],
    "Ecuadorean is Ecuador's": [
        ("The Ecuadorean government expelled the Mexican ambassador on Friday.",
         [("Ecuador", "expel", "Mexican ambassador", False, False)], []),
        ("Ecuadorean troops clashed with Peruvian soldiers along the border.",
         [("Ecuador", "clash with", "Peru", False, False)], []),
        ("The Ecuadorean government moved to secure gas supplies on Thursday, nationalizing "
         "Andes Petroleum and placing army units on the platform.",
         [("Ecuador", "nationalize", "Andes Petroleum", False, False)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(_SENTENCES))
def test_sentences(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
