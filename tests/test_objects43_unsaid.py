"""Objects that name nothing (session 43, precision of objects on wire news).

* a group of things told only by "other" (:data:`~extract.lexicon.CONTRASTING_MODIFIERS`)
  is not one named elsewhere and never says which it is; its label ("products", "goods")
  reads as if it were the whole kind, so the triple drops
  (:func:`extract.vague.other_group`): "had not discussed extending the partnership to
  other products", "lower tariffs on other farm goods", "wounded 11 others"; people, or nouns
  that may name who acts, stay a party ("is negotiating with other potential buyers",
  "hired other workers"), a name in the phrase says which ("other members of NATO" is
  NATO's), and a conjunct named beside it keeps its own triple ("sued Nissan and other
  carmakers");
* a course open to someone or a rule kept, said of nothing named
  (``[vague_heads]``: "alternatives", "options", "procedures", "obstacles"; not
  "involvement", whose denial is the subject's own) is no participant: "would explore
  alternatives", "was studying its options", "had not followed procedures"; a word before
  it that names the kind keeps it
  ("sold its stock options to Brandt"), and so does a clause or a counted phrase after it,
  or an adjective of the one laid down, that says which (``[course_heads]``,
  :func:`extract.vague._course_said`): "ignored procedures set out in the 1986 pay deal",
  "took options on four more A350 jets", "the options proposed by Moscow", "had not
  followed proper procedure"; not "alternatives, including a sale", "options in Syria";
* the event a journey is for is why the traveller went, not whom or what they acted on
  (:func:`extract.pipeline._journey_purpose`, :data:`~extract.lexicon.JOURNEYING_VERBS`
  with "for" and an event noun): "arrived on Thursday for a two-day visit to Brazil",
  "returned to Canberra for an emergency cabinet meeting"; where they went stays ("return to"
  Canberra), so does a name or a thing after "for" ("headed for Kabul"), and the
  meeting's own triple ("for talks with Iran" is "talk" Iran).
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_labels

OTHER = {
    "told only by other": [
        ("Kestrel Mining said it had not discussed extending the supply deal to other metals.",
         [], [("Kestrel Mining", "metals")]),
        ("Bolivian troops killed three smugglers and wounded 11 others near the Chilean border.",
         [("Bolivia", "kill", "smugglers")], [("Bolivia", "others")]),
        ("Japan agreed to lower tariffs on other farm goods.", [], [("Japan", "farm goods")]),
        ("Gazprom said it would stop supplying other fuels to Moldova.",
         [("Gazprom", "supply fuel to", "Moldova")], [("Gazprom", "fuels")]),
    ],
    "guard: people are a party, and a name says which": [
        ("Halden Foods said it was negotiating with other potential buyers for its dairy unit.",
         [("Halden Foods", "negotiate with", "potential buyers")], []),
        ("The union said Kellogg had hired other workers to replace the strikers.",
         [("Kellogg", "hire", "workers")], []),
        ("Norway urged other members of NATO to raise defence spending.",
         [("Norway", "urge to raise defence spending", "NATO")], []),
        ("Vantage said it would seek other buyers for the Nebraska plant.",
         [("Vantage", "seek", "buyers for Nebraska plant")], []),
        ("Toyota sued Nissan and other carmakers over the patents.",
         [("Toyota", "sue", "Nissan")], []),
    ],
}

COURSES = {
    "a course or rule of nothing named": [
        ("Brandt Optical said it was disappointed by the ruling and would review its options.",
         [], [("Brandt Optical", "options")]),
        ("Sandoz said it was considering its options after the ruling.",
         [], [("Sandoz", "Sandoz's options")]),
        ("Meridian Bank said it was exploring alternatives for its leasing unit.",
         [], [("Meridian Bank", "alternatives")]),
        ("The inspectors found that Delta Air had not followed procedures.",
         [], [("Delta Air", "procedures")]),
        ("Moscow will not accept new obstacles, Gorbachev said.", [], [("Moscow", "obstacles")]),
        ("Halcyon said it would explore alternatives, including a sale of its Texas refinery "
         "to Valero.", [], [("Halcyon", "alternatives")]),
        ("The Kremlin said it would consider its options in Syria.", [],
         [("Kremlin", "Kremlin's options")]),
    ],
    "a phrase after it or a rule's adjective says which": [
        ("Chevron ignored procedures set out in the 1986 pay deal, the union said.",
         [("Chevron", "ignore", "procedures")], []),
        ("Qantas took options on four more A350 jets.", [("Qantas", "take", "options")], []),
        ("Washington rejected the options proposed by Moscow.",
         [("Moscow", "propose", "options")], []),
        ("The auditors said the Finance Ministry had not followed proper procedure.",
         [("Finance Ministry", "follow", "proper procedure")], []),
    ],
    "guard: the kind is named": [
        ("Halden Foods sold its stock options to Brandt.",
         [("Halden Foods", "sell", "Halden Foods' stock options"),
          ("Halden Foods", "sell stock option to", "Brandt")], []),
        ("The Labor Party won a third term in Saturday's election.",
         [("Labor Party", "win", "third term")], []),
        ("Crown Packaging said it was weighing a sale of its carton unit to Alden Paper.",
         [], []),
    ],
}


JOURNEYS = {
    "what a journey is for": [
        ("President Macron arrived on Thursday for a two-day visit to Brazil.",
         [], [("Macron", "two-day visit")]),
        ("Erdogan, who arrived on Tuesday for a two-day summit, said he expected a deal.",
         [("Erdogan", "expect", "deal")], [("Erdogan", "two-day summit")]),
        ("Prime Minister Hawke returned to Canberra for an emergency cabinet meeting.",
         [("Hawke", "return to", "Canberra")], [("Hawke", "emergency cabinet meeting")]),
        ("The Nigerian president travelled to Abuja on Friday for talks.",
         [("Nigeria", "travel to", "Abuja")], [("Nigeria", "talks")]),
    ],
    "guard: where they went, and the meeting's own triple": [
        ("The Saudi oil minister flew to Geneva for talks with Iran.",
         [("Saudi Arabia", "fly to", "Geneva"), ("Saudi Arabia", "talk", "Iran")], []),
        ("The Indian prime minister will travel to Moscow next week for a meeting with Putin.",
         [("India", "travel to", "Moscow"), ("India", "meeting", "Putin")], []),
    ],
}


@pytest.mark.parametrize("sentence, present, absent", cases(OTHER, COURSES, JOURNEYS))
def test_objects_that_name_nothing(extractor, sentence, present, absent):
    check_labels(extractor, sentence, present, absent)
