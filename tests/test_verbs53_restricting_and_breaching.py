"""Event verbs and nouns that had no class for their sense (session 50, verbs53).

* sealing off, cordoning off, locking down or quarantining a place (a town, a village, a
  building: ``@target``) or people restricts movement, COERCE as closing a border is
  (CAMEO 191 RESTRICT MOVEMENT; the derived table has CORDON_OFF COERCE): "sealed off the
  village of Beita", "quarantined the town of Kenema"; the nouns of the same measure
  ("the quarantine of Kenema by the health ministry", "China's lockdown of Shanghai") are
  event nouns of that class. "Sealed off the leaking pipe", "locked down a supply deal" or
  "placed in quarantine" state no one's act on anyone;
* breaching computer systems, networks, servers or accounts (``@cyber``) breaks into them,
  ASSAULT as "hack" is; breaching an agreement, a ceasefire or a ceiling keeps the derived
  CAMEO class, REJECT;
* dispatching (or despatching) is sending, with the rows of "send" (AID for ``@aid``:
  troops, teams, aid; no class for anything else, "dispatched a reporter to Kyiv"), and
  redeploying forces is deploying them, MOBILIZE (CAMEO lists DISPATCH with the verbs of
  sending out and REDEPLOY with DEPLOY).
"""

from __future__ import annotations

import pytest

from actorgraph.records import Article
from tests.constructions import check_class, classes_by_sentence

#: (sentence, (subject, relation label, object), wanted class)
RESTRICTING = [
    ("Israeli forces sealed off the village of Beita on Friday, residents said.",
     ("Israel", "seal off", "Beita"), "COERCE"),
    ("Sierra Leone's health ministry quarantined the town of Kenema on Sunday after three "
     "Ebola deaths.", ("Sierra Leone", "quarantine", "Kenema"), "COERCE"),
    ("Chinese authorities locked down the city of Xi'an on Thursday after a surge in cases.",
     ("China", "lock down", "Xi'an"), "COERCE"),
    ("Italian health officials quarantined 40 passengers aboard the cruise ship on Tuesday.",
     ("Italy", "quarantine", "passengers"), "COERCE"),
    ("Kenyan police cordoned off the town of Mandera after the attack.",
     ("Kenya", "cordon off", "Mandera"), "COERCE"),
    # the nouns of the measure
    ("The quarantine of Kenema by Sierra Leone's health ministry was lifted on Friday.",
     ("Sierra Leone", "quarantine", "Kenema"), "COERCE"),
    ("China's lockdown of Shanghai ended on Wednesday after two months.",
     ("China", "lockdown", "Shanghai"), "COERCE"),
]

BREACHING = [
    ("Chinese hackers breached the Treasury Department's computer systems in December, "
     "officials said.",
     ("Chinese hackers", "breach", "Treasury Department computer systems"), "ASSAULT"),
    ("Russian hackers breached the email accounts of senior Microsoft executives.",
     ("Russian hackers", "breach", "email accounts of senior Microsoft executives"),
     "ASSAULT"),
    ("Iranian hackers breached the servers of Albania's tax agency last year, investigators "
     "said.", ("Iranian hackers", "breach", "servers of Albania's tax agency"), "ASSAULT"),
    # guards: an agreement, a truce or a limit breached is violated, REJECT as before
    ("Rebel forces breached the ceasefire near Goma on Sunday.",
     ("rebel forces", "breach", "ceasefire"), "REJECT"),
    ("Russia breached the INF Treaty, NATO said.", ("Russia", "breach", "INF Treaty"),
     "REJECT"),
    ("Ghana breached the spending ceiling agreed with the IMF, the finance ministry said.",
     ("Ghana", "breach", "spending ceiling"), "REJECT"),
]

SENDING = [
    ("Nigeria dispatched 300 troops to Mali to support the peacekeeping mission.",
     ("Nigeria", "dispatch troop to", "Mali"), "AID"),
    ("The United Nations dispatched 40 tonnes of food aid to Haiti on Friday.",
     ("United Nations", "dispatch food aid to", "Haiti"), "AID"),
    ("Britain despatched military medical teams to Sierra Leone in October.",
     ("United Kingdom", "despatch team to", "Sierra Leone"), "AID"),
    ("Turkey redeployed its special forces to the Syrian border on Sunday.",
     ("Turkey", "redeploy force to", "Syrian border"), "MOBILIZE"),
    ("Ethiopia redeployed 3,000 soldiers from Tigray to the Sudanese border.",
     ("Ethiopia", "redeploy soldier to", "Sudanese border"), "MOBILIZE"),
    # guard: an envoy dispatched is no aid (as "sent an envoy")
    ("Ukraine dispatched an envoy to Beijing for talks on Tuesday.",
     ("Ukraine", "dispatch envoy to", "Beijing"), None),
]

#: guards: no event class at all (no act of restriction or aid on anyone)
NOT_RESTRICTING = [
    "Engineers sealed off the leaking pipe on Monday.",
    "The company locked down a supply deal with Nestle.",
    "Forty passengers were placed in quarantine in Naples, officials said.",
    "Forty Italian tourists were quarantined in a hotel in Naples, officials said.",
    "The newspaper dispatched a reporter to Kyiv.",
    "The company dispatched its first shipment of lithium to China in March.",
]

_ROWS = RESTRICTING + BREACHING + SENDING


@pytest.fixture(scope="module")
def found(extractor):
    """(subject, relation label, object) -> event class of every sentence, parsed once."""
    return classes_by_sentence(extractor, [row[0] for row in _ROWS])


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "triple", "wanted"), _ROWS,
                         ids=[row[0][:40] for row in _ROWS])
def test_restricting_and_breaching_classes(found, sentence, triple, wanted):
    check_class(found, sentence, triple, wanted)


@pytest.mark.model
@pytest.mark.parametrize("sentence", NOT_RESTRICTING, ids=[s[:40] for s in NOT_RESTRICTING])
def test_no_class_without_a_place_people_or_aid(extractor, sentence):
    (result,) = extractor.extract([Article("g", sentence)])
    assert not [t for t in result.triples if t.relation.event_class], \
        [(t.subject.label, t.relation.label, t.object.label) for t in result.triples]
