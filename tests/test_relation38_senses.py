"""Event classes of the right sense for attacks by force (session 38).

- a place relation ("attacked a coffee cooperative in Huila" -> "attack coffee
  cooperative in" Huila) takes the class the verb has on its own object, as the object's
  triple does: an armed group's attack on a thing there is ASSAULT, never the criticism
  the bare verb on a place would be (before: DISAPPROVE for the place, ASSAULT for the object);
  a politician attacking a plan somewhere still criticises it;
- people named by a word of weapons or violence ("gunmen", "assailants") or an armed
  group's word ("fighters", "guerrillas", "insurgents" joined ``@physical`` in
  ``extract/data/event_senses.tsv``) attack by force: "Gunmen attacked a wedding party"
  is ASSAULT, no DISAPPROVE;
- a measure, a price or a market (``@economic``) attacks no one: "new U.S. tariffs hit
  Chinese exporters", "falling oil prices hit Nigeria" have no FIGHT (before: FIGHT);
- an act that a pact, the subject of the verb it is the infinitive of, requires of a
  party is a term of the pact, no attack: "The treaty requires Moscow to destroy 1,752
  missiles" (before: FIGHT), as "Under the treaty, Moscow will destroy ...".
"""

from __future__ import annotations

import pytest
from actorgraph.extract.events import sense_class

from actorgraph.records import Mention
from tests.constructions import check_class, classes_by_sentence

#: (sentence, (subject, label, object), wanted class)
PLACES = [
    # (session 45: an attack on a thing of its own in a town or province has the thing as
    # its object and the place as its ``place``, no "attack coffee cooperative in" Huila
    # triple; tests/test_patterns45_weak_patterns.py)
    ("Guerrillas attacked a coffee cooperative in Huila.",
     ("Guerrillas", "attack", "coffee cooperative in Huila"), "ASSAULT"),
    ("Maoist insurgents attacked a tea estate in Assam.",
     ("Maoist insurgents", "attack", "tea estate"), "ASSAULT"),
    ("U.S.-backed Contra rebels attacked a farm cooperative in the northern province of "
     "Jinotega.", ("Contra", "attack", "farm cooperative"), "ASSAULT"),
    # guards: in words, with or without the place; a coup's place keeps its class
    ("Army officers seized power in Fiji.", ("Army officers", "seize power in", "Fiji"),
     "COERCE"),
    ("Senator Warren attacked the tax plan in Boston.",
     ("Warren", "attack tax plan in", "Boston"), "DISAPPROVE"),
    ("Macron attacked the pension reform in Paris.",
     ("Macron", "attack", "pension reform"), "DISAPPROVE"),
]

FORCEFUL = [
    ("Gunmen attacked a wedding party in Kandahar.",
     ("gunmen", "attack", "wedding party"), "ASSAULT"),
    ("Islamist fighters attacked a farm cooperative near Mopti.",
     ("Islamist fighters", "attack", "farm cooperative near Mopti"), "ASSAULT"),
    ("Rebel fighters attacked a rubber plantation in Kasai.",
     ("rebel fighters", "attack", "rubber plantation"), "ASSAULT"),
    # guard: a person attacking a policy criticises it
    ("Trump attacked the Federal Reserve's policy.",
     ("Trump", "attack", "Federal Reserve policy"), "DISAPPROVE"),
    # guards: a name whose last word is one of weapons or violence is no such people
    ("Shell attacked the EU climate plan.",
     ("Shell", "attack", "European Union climate plan"), "DISAPPROVE"),
    ("Roger Stone attacked the prosecutors.", ("Roger Stone", "attack", "prosecutors"),
     "DISAPPROVE"),
]

#: a measure, a price or a market attacks no one (``@economic``)
ECONOMIC = [
    ("New U.S. tariffs hit Chinese exporters.",
     ("United States tariffs", "hit", "Chinese exporters"), None),
    ("Falling oil prices hit Nigeria hard.", ("falling oil prices", "hit", "Nigeria"), None),
    ("Higher Canadian lumber duties hit American homebuilders.",
     ("higher Canadian lumber duties", "hit", "American homebuilders"), None),
    # guards: armed forces hit targets, a market among them
    ("Israeli jets hit Hezbollah positions.", ("Israel", "hit", "Hezbollah positions"), "FIGHT"),
    ("Russian forces hit the market in Kharkiv.",
     ("Russia", "hit market in", "Kharkiv"), "FIGHT"),
    # guards: a market that says where the people are is no measure
    ("Gunmen at the market killed ten traders.",
     ("gunmen at market", "kill", "traders"), "ASSAULT"),
]

#: an act a pact requires of a party is a term of it, no attack (events.agreed_term)
TERMS = [
    ("The disarmament pact obliges North Korea to demolish its launch sites.",
     ("North Korea", "demolish", "North Korea's launch sites"), None),
    # (a named owner since session 44: "its heavy artillery" is relabelled or dropped)
    ("The accord requires Serbia to destroy the Yugoslav army's heavy artillery.",
     ("Serbia", "destroy", "Yugoslav army's heavy artillery"), None),
    ("The treaty requires Moscow to destroy 1,752 missiles.",
     ("Moscow", "destroy", "missiles"), None),
    # guard: an order of a commander is no pact
    ("The general ordered troops to destroy the bridge.", ("troops", "destroy", "bridge"),
     "FIGHT"),
    # guards: what a pact let happen is no term of it
    ("The truce allowed the rebels to regroup and attack Goma.",
     ("rebels", "attack", "Goma"), "ASSAULT"),
    ("The ceasefire enabled Russian forces to regroup and shell Kharkiv.",
     ("Russia", "shell", "Kharkiv"), "FIGHT"),
]

_SENTENCES = [row[0] for row in (*PLACES, *FORCEFUL, *ECONOMIC, *TERMS)]


@pytest.fixture(scope="module")
def found(extractor):
    """(subject, relation label, object) -> event class of every sentence, parsed once."""
    return classes_by_sentence(extractor, _SENTENCES)


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "triple", "wanted"),
                         PLACES + FORCEFUL + ECONOMIC + TERMS,
                         ids=[row[0][:40] for row in PLACES + FORCEFUL + ECONOMIC + TERMS])
def test_attack_by_force_or_in_words(found, sentence, triple, wanted):
    check_class(found, sentence, triple, wanted)


def _side(text: str, type_: str) -> Mention:
    return Mention(text, text, type_, 0, len(text), via="concept" if type_ == "CONCEPT" else "name")


@pytest.mark.parametrize(("subject", "theme", "wanted"), [
    (_side("assailants", "CONCEPT"), "club", "ASSAULT"),
    (_side("a mob", "CONCEPT"), "office", "ASSAULT"),
    (_side("Karen Bass", "PERSON"), "plan", "DISAPPROVE"),
    (_side("Roger Stone", "PERSON"), "plan", "DISAPPROVE"),
])
def test_theme_of_a_place_relation(subject, theme, wanted):
    place = _side("Marseille", "GPE")
    assert sense_class("DISAPPROVE", "attack in", subject, place, theme=theme) == wanted


@pytest.mark.parametrize(("subject", "wanted"), [
    (_side("U.S. tariffs", "CONCEPT"), None),
    (_side("falling copper prices", "CONCEPT"), None),
    (_side("soldiers at the market", "CONCEPT"), "FIGHT"),
    (_side("Israel", "GPE"), "FIGHT"),
])
def test_a_measure_attacks_no_one(subject, wanted):
    assert sense_class("FIGHT", "hit", subject, _side("Zambia", "GPE")) == wanted
