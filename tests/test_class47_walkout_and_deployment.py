"""Event classes picked by the verb's particle or preposition (session 47).

* a strike read off a verb of workers stopping work ("walked off the job", "stopped work";
  :data:`~extract.lexicon.WALKOUT_VERBS`) against the employer named at the workplace is a
  labour strike, PROTEST (CAMEO 143; PLOVER PROTEST, mode boycott), whatever the workplace is
  called: "members of the Machinists walked off the job at Lockwood Aircraft Co plants" was
  ASSAULT (the noun "strike" on a ``@target`` "plants"), as only a company's own name made it
  a strike (:func:`~extract.events._walked_out`). A strike by jets on a depot keeps ASSAULT;
* armed forces or weapons of war sent "into" a place are deployed there (CAMEO 154 DEPLOY
  &MILITARY, PLOVER MOBILIZE; an incursion when the ground is another's), no aid to the place:
  "sent troops 150 km into southern Angola" was AID (:func:`~extract.events._forces_sent_into`).
  Forces sent "to" a country and aid sent "into" one keep AID (CAMEO 072, 070);
* preventing violence, clashes or a war rejects no one's demand or proposal (CAMEO codes
  "prevent attack" 053, no rejection; a reviewed row of ``extract/data/event_classes.tsv``):
  "acted to prevent violence" was REJECT, now no class; preventing a protest still coerces,
  preventing an adoption still rejects;
* "persuade" is in CAMEO's INFLUENCE synonym set [050] beside affect, influence and tempt,
  whose derived SUPPORT the reviewed rows already drop: talking someone into an act is no
  endorsement, so "persuaded Kuwait to release 17 prisoners" has no class of its own (the
  release is the event); "urged Russia to withdraw" stays DEMAND.
"""

from __future__ import annotations

import pytest

from tests.constructions import check_class, classes_by_sentence

#: (sentence, (subject, label, object), wanted class)
ROWS = [
    ("About 2,100 members of the United Steelworkers walked off the job at Baxley Steel "
     "Corp mills in Ohio.",
     ("United Steelworkers", "walk off", "Baxley Steel Corp mills"), "PROTEST"),
    ("Some 6,000 members of the Transport Workers Union stopped work at the Dunmore Bus Co "
     "depots on Tuesday.",
     ("Transport Workers Union", "stop work", "Dunmore Bus Co depots"), "PROTEST"),
    ("About 1,400 members of the Association of Flight Attendants walked off the job at the "
     "Meridian Airways hangars.",
     ("Association of Flight Attendants", "walk off", "Meridian Airways hangars"), "PROTEST"),
    ("About 3,200 members of the Brotherhood of Railway Carmen walked off the job at Halvern "
     "Freight Co yards on Monday.",
     ("Brotherhood of Railway Carmen", "walk off", "Halvern Freight Co yards"), "PROTEST"),
    # guards: a named company stays a strike; a strike by force stays an attack
    ("About 700 members of the Brewery Workers Council walked off the job at the Kessler "
     "plant of Hollis Foods Inc.",
     ("Brewery Workers Council", "walk off", "Hollis Foods Inc"), "PROTEST"),
    ("Israeli jets struck the Halvern Co depot in southern Lebanon.",
     ("Israel", "strike", "Halvern Co depot"), "ASSAULT"),
    # forces sent into a place
    ("Vietnam sent 20,000 troops into Cambodia to fight the Khmer Rouge.",
     ("Vietnam", "send troop into", "Cambodia"), "MOBILIZE"),
    ("Vietnam sent 20,000 troops into Cambodia to fight the Khmer Rouge.",
     ("Vietnam", "send", "troops"), "MOBILIZE"),
    ("Turkey sent tanks and soldiers into northern Iraq to attack Kurdish rebels.",
     ("Turkey", "send tank into", "Iraq"), "MOBILIZE"),
    ("Moscow sent troops into Afghanistan in December 1979.",
     ("Moscow", "send troop into", "Afghanistan"), "MOBILIZE"),
    # guards: forces sent to a country, aid sent into one
    ("France sent 500 troops to Chad.", ("France", "send troop to", "Chad"), "AID"),
    ("Japan sent troops to Iraq to help rebuild the country.",
     ("Japan", "send troop to", "Iraq"), "AID"),
    ("Sweden sent food into Somalia.", ("Sweden", "send food into", "Somalia"), "AID"),
    # preventing harm
    ("Mayor Ortiz said he acted to prevent violence.", ("Ortiz", "prevent", "violence"), None),
    ("Kenya deployed troops along the border to prevent clashes between herders.",
     ("Kenya", "prevent clash", "herders"), None),
    ("The Security Council acted to prevent a war between Eritrea and Ethiopia.",
     ("UN Security Council", "act to prevent war", "Eritrea"), None),
    # guards
    ("Police prevented the protest in front of parliament.",
     ("police", "prevent", "protest"), "COERCE"),
    ("Hungary prevented the adoption of the sanctions package.",
     ("Hungary", "prevent", "adoption of sanctions package"), "REJECT"),
    # persuading
    ("Qatar persuaded Hamas to free two hostages.",
     ("Qatar", "persuade to free hostages", "Hamas"), None),
    ("The European Union persuaded Serbia to reopen the border crossing with Kosovo.",
     ("European Union", "persuade to reopen border crossing", "Serbia"), None),
    ("France persuaded Germany of the need for a new treaty.",
     ("France", "persuade", "Germany"), None),
    # guards: the persuaded act keeps its class; urging demands
    ("Qatar persuaded Hamas to free two hostages.", ("Hamas", "free", "hostages"), "RETREAT"),
    ("Germany urged Russia to withdraw its troops from the border.",
     ("Germany", "urge to withdraw troops", "Russia"), "DEMAND"),
]


@pytest.fixture(scope="module")
def found(extractor):
    """(subject, relation label, object) -> event class of every sentence, parsed once."""
    return classes_by_sentence(extractor, [row[0] for row in ROWS])


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "triple", "wanted"), ROWS,
                         ids=[f"{r[1][1]}: {r[0][:40]}" for r in ROWS])
def test_class_by_particle_or_preposition(found, sentence, triple, wanted):
    check_class(found, sentence, triple, wanted)
