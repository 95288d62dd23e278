"""Event classes of the right sense (session 41).

- a capturing verb (``@capturing`` in ``extract/data/event_senses.tsv``: capture, recapture)
  of a person or people takes them captive, COERCE (CAMEO 173 "arrest, detain", the class
  the CAMEO-derived table gives "capture"), whoever the captor: "Colombian police captured
  Carlos Lehder" (before: FIGHT); a place or a position captured is still FIGHT;
- a meeting with a place left (a GPE, LOC or FAC after "from", or the object of a verb of
  leaving, ``[departing_verbs]``) meets no one: "Shultz, who arrived from Helsinki", "the
  delegation departed Kabul" (before: CONSULT); "arrived in Helsinki", "departed for
  Kabul" are still visits;
- gunboats, submarines, destroyers and frigates are armed forces (``[military_heads]``
  in ``extract/data/words.txt``; gunboats, submarines and destroyers are no ``@materiel``,
  weapons that act only by force: their crews visit and exercise): "Iranian gunboats
  attacked the tanker Al Funtas" is ASSAULT, no criticism in words (before: DISAPPROVE
  for a named vessel the small model types PERSON);
- a dispatching verb (``@dispatching``: send, dispatch) whose direct object is a named
  person sends an envoy, no aid: "Putin sent Sergei Lavrov to Ankara", "Xi Jinping sent
  Wang Yi to Moscow" (before: AID to Ankara, to Moscow); troops, weapons and aid sent still aid;
- a showing verb (``@showing``: demonstrate) with a direct object shows it: "Grivik
  demonstrated miniature computer screens" (before: PROTEST); demonstrating against
  someone still protests;
- "hail from" says where one comes from (a ``-`` row of ``event_classes.tsv``): "Adam
  Kokesh hails from Arizona" (before: SUPPORT); hailing an agreement still praises it.
"""

from __future__ import annotations

import pytest
from actorgraph.extract.events import sense_class

from actorgraph.records import Mention
from tests.constructions import check_class, classes_by_sentence

#: (sentence, (subject, label, object), wanted class)
CAPTURED = [
    ("Colombian police captured Carlos Lehder in a farmhouse raid.",
     ("Colombia", "capture", "Carlos Lehder"), "COERCE"),
    ("Mexican marines captured drug lord Joaquin Guzman in Mazatlan.",
     ("Mexican marines", "capture", "Joaquin Guzman"), "COERCE"),
    ("Pakistani police captured Ramzi Yousef in Islamabad.",
     ("Pakistan", "capture", "Ramzi Yousef"), "COERCE"),
    ("Taliban fighters captured two Afghan soldiers in Helmand.",
     ("Taliban", "capture", "Afghan soldiers"), "COERCE"),
    ("The rebels captured two soldiers.", ("rebels", "capture", "soldiers"), "COERCE"),
    # guards: a place or a position captured is fighting
    ("Rebels captured the town of Goma after heavy fighting.",
     ("rebels", "capture", "Goma"), "FIGHT"),
    ("Government troops captured the airport on Sunday.",
     ("government troops", "capture", "airport"), "FIGHT"),
    ("Russia said its forces had captured two villages in the east.",
     ("Russia", "capture", "villages"), "FIGHT"),
]

LEFT_FROM = [
    ("Shultz, who arrived from Helsinki on Monday night, met Gorbachev.",
     ("Shultz", "arrive from", "Helsinki"), None),
    ("The delegation, which arrived from Kabul on Tuesday, met the president.",
     ("delegation", "arrive from", "Kabul"), None),
    ("Blinken, who arrived from Tel Aviv late on Monday, held talks with Egyptian leaders.",
     ("Blinken", "arrive from", "Tel Aviv"), None),
    ("The Iranian delegation departed Kabul on Sunday.", ("Iran", "depart", "Kabul"), None),
    ("President Ramaphosa departed Pretoria for Brussels on Monday.",
     ("Ramaphosa", "depart", "Pretoria"), None),
    # guards: the place arrived in or left for is visited; the talks are still a meeting
    ("The Iranian delegation departed for Kabul on Sunday.",
     ("Iran", "depart for", "Kabul"), "CONSULT"),
    ("Blinken arrived in Cairo late on Monday.", ("Blinken", "arrive in", "Cairo"),
     "CONSULT"),
    ("The Iranian envoy arrived in Riyadh for talks.",
     ("Iranian envoy", "arrive in", "Riyadh"), "CONSULT"),
    ("The Iranian envoy arrived from Tehran for talks with Saudi officials.",
     ("Iranian envoy", "talk", "Saudi Arabia"), "CONSULT"),
]

WARSHIPS = [
    ("Iranian gunboats attacked the Liberian freighter Marina near Bahrain.",
     ("Iranian gunboats", "attack", "Marina"), "ASSAULT"),
    ("Two Soviet submarines attacked the Norwegian trawler Olsen near the coast.",
     ("Soviet submarines", "attack", "Olsen"), "ASSAULT"),
    ("Iranian gunboats attacked the Kuwaiti-owned tanker Al Funtas off the Saudi coast.",
     ("Iranian gunboats", "attack", "Al Funtas"), "ASSAULT"),
    # guard: a person attacking a person does it in words
    ("The senator attacked Governor Tom Olsen over the budget.",
     ("senator", "attack", "Tom Olsen"), "DISAPPROVE"),
    # armed forces, not weapons (no ``@materiel``): a warship's crew visits and exercises as
    # troops do; "Chinese destroyers" lost its cooperation, "Russian submarines" its visit
    ("Chinese destroyers joined a naval exercise with Russia.",
     ("Chinese destroyers", "join", "naval exercise"), "COOPERATE"),
    ("Russian submarines visited Havana last week.",
     ("Russian submarines", "visit", "Havana"), "CONSULT"),
    ("Two Indian destroyers docked in Colombo and met Sri Lanka's navy.",
     ("Indian destroyers", "meet", "Sri Lanka"), "CONSULT"),
]

ENVOYS = [
    ("Putin sent Sergei Lavrov to Ankara on Monday.", ("Putin", "send to", "Ankara"), None),
    ("Xi Jinping sent Wang Yi to Moscow for talks.", ("Xi Jinping", "send to", "Moscow"),
     None),
    ("Erdogan sent Hakan Fidan to Baghdad on Tuesday.", ("Erdogan", "send to", "Baghdad"),
     None),
    ("Biden sent Blinken to Kyiv on Monday.", ("Biden", "send", "Blinken"), None),
    # guards: forces, weapons and aid sent aid someone
    ("France sent troops to Mali.", ("France", "send troop to", "Mali"), "AID"),
    ("Iran sent weapons to the Houthis.", ("Iran", "send weapon to", "Houthis"), "AID"),
    ("Japan sent aid to Gaza.", ("Japan", "send aid", "Gaza"), "AID"),
]

SHOWN = [
    ("Grivik demonstrated miniature computer screens at the fair.",
     ("Grivik", "demonstrate", "miniature computer screens"), None),
    ("The Indian minister demonstrated the new payment app to reporters.",
     ("India", "demonstrate", "payment app"), None),
    ("North Korea demonstrated its new missile to Russia.",
     ("North Korea", "demonstrate missile to", "Russia"), None),
    # guards: demonstrating against someone protests
    ("Thousands of Kenyans demonstrated against President William Ruto in Nairobi.",
     ("Kenya", "demonstrate against", "William Ruto"), "PROTEST"),
    ("Bangladeshi students demonstrated against Sheikh Hasina.",
     ("bangladeshi students", "demonstrate against", "Hasina"), "PROTEST"),
]

#: "hail from" says where one comes from (a row of extract/data/event_classes.tsv)
ORIGIN = [
    ("Adam Kokesh hails from Arizona.", ("Adam Kokesh", "hail from", "Arizona"), None),
    ("The new Kenyan ambassador hails from Mombasa.",
     ("Kenyan ambassador", "hail from", "Mombasa"), None),
    ("The Canadian senator hails from Quebec.", ("Canadian senator", "hail from", "Quebec"),
     None),
    # guard: hailing an agreement praises it
    ("Merkel hailed the agreement with Turkey.", ("Merkel", "hail agreement", "Turkey"),
     "SUPPORT"),
]

_ROWS = CAPTURED + LEFT_FROM + WARSHIPS + ENVOYS + SHOWN + ORIGIN
_SENTENCES = [row[0] for row in _ROWS]


@pytest.fixture(scope="module")
def found(extractor):
    """(subject, relation label, object) -> event class of every sentence, parsed once."""
    return classes_by_sentence(extractor, _SENTENCES)


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "triple", "wanted"), _ROWS,
                         ids=[row[0][:40] for row in _ROWS])
def test_class_of_the_sense(found, sentence, triple, wanted):
    check_class(found, sentence, triple, wanted)


def _side(text: str, type_: str) -> Mention:
    return Mention(text, text, type_, 0, len(text), via="concept" if type_ == "CONCEPT" else "name")


@pytest.mark.parametrize(("obj", "head", "wanted"), [
    (_side("Pablo Ortega", "PERSON"), None, "COERCE"),
    (_side("Kurds", "NORP"), None, "COERCE"),
    (_side("three commanders", "CONCEPT"), "commander", "COERCE"),
    (_side("two journalists", "CONCEPT"), "journalist", "COERCE"),
    (_side("Kherson", "GPE"), None, "FIGHT"),
    (_side("the bridge", "CONCEPT"), "bridge", "FIGHT"),
    (_side("three villages", "CONCEPT"), "village", "FIGHT"),
])
def test_captured_people_are_taken_captive(obj, head, wanted):
    troops = _side("Ukrainian troops", "CONCEPT")
    assert sense_class("FIGHT", "capture", troops, obj, object_head=head) == wanted


@pytest.mark.parametrize(("lemma", "obj", "wanted"), [
    ("arrive from", _side("Oslo", "GPE"), None),
    ("arrive back from", _side("Mindanao", "LOC"), None),
    ("depart", _side("Oslo", "GPE"), None),
    ("arrive in", _side("Oslo", "GPE"), "CONSULT"),
    ("depart for", _side("Oslo", "GPE"), "CONSULT"),
    ("hear from", _side("Jonas Store", "PERSON"), "CONSULT"),
])
def test_a_place_left_is_no_meeting(lemma, obj, wanted):
    envoy = _side("Antony Blinken", "PERSON")
    assert sense_class("CONSULT", lemma, envoy, obj) == wanted
