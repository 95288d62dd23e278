"""Walkouts at a named employer: workers' own stoppage is a strike against it (session 42).

A verb by which workers stop work of their own accord, with no event noun to carry the
strike (:func:`~extract.rules.verbal.walkout`: "walked off the job", "walked out",
"stopped work", "went on strike", "struck" with no object), done by workers or a union
(:func:`~extract.rules.verbal.labour_side`: a word of ``@labour``, a compound of
"worker", members of a named group), is a strike against the employer named at the
workplace (:func:`~extract.rules.verbal.workplace_employers`): a name ("at Pan Am"), the
workplace's "of" phrase, possessor or "run by" agent ("at a mill of Bethlehem Steel
Corp", "at terminals run by Halvern Freight Inc"), or a company's name before it ("the
Volvo plant"); or by the workers' own "at" / "of" phrase ("employees of Kessler Tool
Co"). Guards: a place is no employer ("a textile plant in Dhaka", "its Ohio plant"),
delegates walking out are no workers, "struck the depot" has an object.
"""

from __future__ import annotations

import pytest

from actorgraph.records import Article
from tests.constructions import cases, check_construction

pytestmark = pytest.mark.model

WALKOUTS = {
    "walk off the job at the of-owner's workplace": [
        ("Some 2,500 steelworkers walked off the job at a mill of Bethlehem Steel Corp in "
         "Pennsylvania.",
         [("steelworkers", "strike", "Bethlehem Steel Corp", False, False)], []),
    ],
    "stop work at a workplace run by the employer": [
        ("More than 1,200 dock workers stopped work at terminals run by Halvern Freight Inc "
         "on Monday.",
         [("dock workers", "strike", "Halvern Freight Inc", False, False)], []),
    ],
    "walk out, workers at a named employer": [
        ("Pilots at Pan Am walked out on Thursday, grounding most flights.",
         [("pilots at Pan Am", "strike", "Pan Am", False, False)], []),
    ],
    "bare strike with no object, negated walkout": [
        ("Miners at Rio Tinto struck on Wednesday over safety rules.",
         [("miners", "strike", "Rio Tinto", False, False)], []),
        ("Employees of the Kessler Tool Co did not walk off the job at its Ohio plant.",
         [("employees of Kessler Tool Co", "strike", "Kessler Tool Co", True, False)],
         [("employees of Kessler Tool Co", "Ohio plant")]),
    ],
    "members of a named union, a company's name before the workplace": [
        ("About 4,000 members of the Teamsters union walked off the job at the Anheuser-Busch "
         "brewery in St. Louis on Friday.",
         [("Teamsters", "strike", "Anheuser-Busch brewery", False, False)], []),
        ("The workers stopped work at noon at the Volvo plant in Gothenburg.",
         [("workers", "strike", "Volvo plant", False, False)], [("workers", "Gothenburg")]),
    ],
    "guards: a place, no workers, an attack": [
        ("About 800 workers walked off the job at a textile plant in Dhaka.",
         [], [("workers", "Dhaka"), ("workers", "textile plant")]),
        ("Delegates walked out at the United Nations General Assembly during the speech.",
         [], [("delegates", "United Nations General Assembly")]),
        ("Rebel jets struck the depot at the Kessler refinery of Shell on Monday.",
         [], [("rebel jets", "Shell")]),
    ],
}


@pytest.mark.parametrize(("sentence", "present", "absent"), cases(WALKOUTS))
def test_walkouts(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)


#: (sentence, subject, object, class the walkout's strike must have): members of a named
#: body stop work at a company, a strike (PROTEST, CAMEO 143), though the body's name has a
#: word of government ("council"); review 43: such a walkout was an ASSAULT on the readable
#: wire (wire20-16). Guard: members of an armed group striking a site stay an attack.
_CLASSES = [
    ("About 2,000 members of the Northern Dockers Council walked off the job at the "
     "Felixstowe terminal of Maersk Line Inc.",
     "Northern Dockers Council", "Maersk Line Inc", "PROTEST"),
    ("Some 3,000 members of the Allied Printing Trades Council stopped work at plants run by "
     "Harcourt Press Inc on Monday.",
     "Allied Printing Trades Council", "Harcourt Press Inc", "PROTEST"),
    ("More than 600 members of the Pacific Maritime Council walked out at terminals run by "
     "Halvern Freight Inc.",
     "Pacific Maritime Council", "Halvern Freight Inc", "PROTEST"),
    ("Members of the Sinaloa militia struck the depot at the Kessler refinery of Shell on "
     "Monday.",
     "Sinaloa", "depot", "ASSAULT"),
]


@pytest.mark.parametrize(("sentence", "subject", "obj", "klass"), _CLASSES)
def test_walkout_classes(extractor, sentence, subject, obj, klass):
    (result,) = extractor.extract([Article("t", sentence)])
    found = {(t.subject.label, t.object.label, t.relation.event_class) for t in result.triples}
    assert (subject, obj, klass) in found, sorted(found)
