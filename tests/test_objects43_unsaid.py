"""Objects that name nothing (session 43, precision of objects on wire news).

* a group told only by "other" (:data:`~extract.lexicon.CONTRASTING_MODIFIERS`) is not one
  named elsewhere and never says which it is; its label ("products", "buyers") reads as if it
  were the whole kind, so the triple drops (:func:`extract.vague.contrasted`): "had not
  discussed extending the partnership to other products", "is negotiating with other
  potential buyers", "wounded 11 others"; a name in the phrase says which and keeps it
  ("other members of NATO" is NATO's, "other buyers for the Nebraska plant"), and a
  conjunct named beside it keeps its own triple ("sued Nissan and other carmakers");
* a course open to someone or a rule kept, said of nothing named
  (``[vague_heads]``: "alternatives", "options", "involvement", "procedures",
  "obstacles") is no participant: "would explore alternatives", "was studying its
  options", "had not followed procedures"; a word before it that names the kind keeps it
  ("sold its stock options to Brandt").
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_labels

OTHER = {
    "told only by other": [
        ("Kestrel Mining said it had not discussed extending the supply deal to other metals.",
         [], [("Kestrel Mining", "metals")]),
        ("Halden Foods said it was negotiating with other potential buyers for its dairy unit.",
         [], [("Halden Foods", "potential buyers")]),
        ("Bolivian troops killed three smugglers and wounded 11 others near the Chilean border.",
         [("Bolivia", "kill", "smugglers")], [("Bolivia", "others")]),
        ("The union said Kellogg had hired other workers to replace the strikers.",
         [], [("Kellogg", "workers")]),
    ],
    "guard: a name says which": [
        ("Norway urged other members of NATO to raise defence spending.",
         [("Norway", "urge to raise defence spending", "NATO")], []),
        ("Vantage said it would seek other buyers for the Nebraska plant.",
         [("Vantage", "seek", "buyers for Nebraska plant")], []),
        ("Toyota sued Nissan and other carmakers over the patents.",
         [("Toyota", "sue", "Nissan")], [("Toyota", "carmakers")]),
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


@pytest.mark.parametrize("sentence, present, absent", cases(OTHER, COURSES))
def test_objects_that_name_nothing(extractor, sentence, present, absent):
    check_labels(extractor, sentence, present, absent)
