"""Hedged and negated acts that were lost under a judging noun, a ruling gone against or a
journey's purpose.

- A deed a judging noun is "for" is done by whom the noun is done to, if at all: "orders
  the arrest of Menezes for allegedly taking bribes from Madeireira Norte", "requested the
  extradition of Khan for bombing the embassy", "Khan's arrest for spying for Russia"
  give Menezes, Khan as the doer (extract/rules/base.py ``judged_noun``), hedged after a
  noun of an alleging verb (arrest, detention, extradition) as after the verb ("arrested
  X for killing Y"); a conviction is established, as "convicted of" is.
- A ruling set beside the clause that made it, gone against in a relative clause with
  no object of its own, is that clause's subject's: "X bars Y from the vote, a decision
  Hasina vows to challenge" gives a hedged Hasina -vow to challenge decision-> X
  (extract/rules/verbal.py ``gapped_ruling``, ``ruling_authors``); a clause that is no
  ruling ("upheld") names no author.
- Whom a traveller goes to meet: "travelled to Moscow for talks with Putin", "is due to
  travel to Canberra for talks with Marsh" (hedged, as the journey is), "did not travel
  ... for talks with Putin" (negated) (extract/rules/nominal.py ``_attendees``); a "for"
  of a verb of no journey ("called for talks with the Taliban") says nothing of who talks.
- A deed a part in which is owned up to or denied, as a gerund: "Al-Shabaab claims
  responsibility for bombing the airport" (stated, as "claimed responsibility for the
  attack on X" is), "the Kremlin denies responsibility for shooting down the airliner",
  "Russia denied any involvement in poisoning Navalny" (negated) (extract/context.py
  ``owned_deed``, ``charge_denier``); "accepted responsibility for V-ing" takes the blame
  and names no deed, nor does a claim not made.
- A gerund suspended or ended is no longer done, as a stopped one is: "Israel suspends
  sending aid to Gaza", "India ends buying oil from Russia" (negated; "suspend" and "end"
  join ``[cessation_verbs]``), not "hedged" as an intention.
"""

from __future__ import annotations

import pytest

from actorgraph.records import Article
from tests.constructions import cases, check_construction

#: Rulings gone against: the author acted on the one who appeals first, so the pair is
#: there both ways round (rows as in :func:`tests.constructions.check_construction`).
APPEALED_RULINGS = {
    "a ruling set beside its clause, gone against in a relative": [
        ("Bangladesh's Election Commission bars the Awami League from contesting the "
         "election, a decision Sheikh Hasina vows to challenge.",
         [("Sheikh Hasina", "vow to challenge decision", "Election Commission", False,
           True)], []),
        ("A court in Ankara sentences Ekrem İmamoğlu to four years in prison, a ruling the "
         "CHP calls politically motivated and vows to appeal.",
         [("CHP", "vow to appeal ruling", "court in Ankara", False, True)], []),
        ("The European Commission fined Google 2.4 billion euros, a decision Google said "
         "it would challenge in court.",
         [("Google", "challenge decision", "European Commission", False, True)], []),
        # upholding another's ban makes no ruling of the court's own to name
        ("The Supreme Court upheld the ban on TikTok, a ruling that ByteDance said it "
         "would appeal.", [], [("ByteDance", "Supreme Court")]),
    ],
}

SENTENCES = {
    "a deed a judging noun is for": [
        ("Brazil's Supreme Federal Court orders the arrest of former environment minister "
         "Caio Menezes for allegedly taking bribes from the logging company Madeireira "
         "Norte.",
         # (taking a bribe from Y is Y's bribing: both ways round)
         [("Caio Menezes", "take from", "Madeireira Norte", False, True),
          ("Madeireira Norte", "bribe", "Caio Menezes", False, True)],
         [("Supreme Federal Court", "Madeireira Norte")]),
        ("The ICC issued a warrant for the arrest of Netanyahu for starving civilians in "
         "Gaza.",
         [("Netanyahu", "starve in", "Gaza", False, True)], [("ICC", "Gaza")]),
        ("Germany requested the extradition of Ahmed Khan for bombing the Danish embassy.",
         [("Ahmed Khan", "bomb", "Denmark", False, True)], [("Germany", "Denmark")]),
        ("Khan's arrest for spying for Russia angered Moscow.",
         [("Khan", "spy for", "Russia", False, True)], []),
        ("A judge ordered the detention of Imran Khan for leaking state secrets to the "
         "United States.",
         [("Imran Khan", "leak to", "United States", False, True)],
         [("judge", "United States")]),
        # established, as "convicted of" is
        ("The conviction of Derek Chauvin for murdering George Floyd was upheld.",
         [("Derek Chauvin", "murder", "George Floyd", False, False)], []),
        # a verb that judges for a deed itself gives its own reason with "for": what the
        # arrest or conviction did, not a deed of the one arrested
        ("Police praised the arrest of Ahmed Khan for helping the investigation.", [],
         [("Ahmed Khan", "investigation")]),
        ("Farmers thanked the arrest of the cattle thieves Juan and Pedro Diaz for making "
         "the roads safe again.", [], [("Juan", "roads"), ("Pedro Diaz", "roads")]),
        ("Parents praised the conviction of Mark Ellis for sending a clear message to drug "
         "dealers.", [], [("Mark Ellis", "drug dealers"), ("Mark Ellis", "clear message")]),
    ],
    "a deed owned up to or denied by a part in it": [
        ("Al-Shabaab claims responsibility for bombing the Mogadishu airport.",
         [("Al-Shabaab", "bomb", "Mogadishu airport", False, False)], []),
        ("The Baloch Liberation Army claimed responsibility for attacking a Chinese convoy "
         "in Gwadar.",
         [("Baloch Liberation Army", "attack convoy", "China", False, False)], []),
        ("The Pakistani Taliban claimed responsibility for killing 12 soldiers and "
         "abducting two officers in Waziristan.",
         [("Taliban", "abduct in", "Waziristan", False, False)], []),
        ("The Kremlin denies responsibility for shooting down the Azerbaijani airliner.",
         [("Kremlin", "shoot down", "Azerbaijani airliner", True, False)], []),
        ("Russia denied any involvement in poisoning Alexei Navalny.",
         [("Russia", "poison", "Alexei Navalny", True, False)], []),
        # taking the blame is no deed; a claim not made names no doer
        ("Prime Minister Sharif accepted responsibility for killing the protesters.", [],
         [("Sharif", "protesters")]),
        ("Hamas has not claimed responsibility for bombing the Israeli embassy.", [],
         [("Hamas", "Israel")]),
        # a duty taken, given or handed over is no deed done
        ("Turkey took responsibility for guarding the airport in Kabul.", [],
         [("Turkey", "airport"), ("Turkey", "Kabul")]),
        ("The UN gave Jordan responsibility for protecting the holy sites.", [],
         [("United Nations", "holy sites"), ("Jordan", "holy sites")]),
        ("NATO handed Poland responsibility for training Ukrainian pilots.", [],
         [("NATO", "Ukrainian pilots"), ("Poland", "Ukrainian pilots")]),
    ],
    "a gerund suspended or ended is no longer done": [
        ("Israel suspends sending aid to Gaza.",
         [("Israel", "send to", "Gaza", True, False)], []),
        ("India ends buying oil from Russia.",
         [("India", "buy from", "Russia", True, False)], []),
        ("Germany suspended exporting weapons to Saudi Arabia.",
         [("Germany", "export to", "Saudi Arabia", True, False)], []),
        ("The EU will suspend funding the Palestinian Authority.",
         [("European Union", "fund", "Palestinian Authority", True, True)], []),
        # not suspended: still done
        ("Israel did not suspend sending aid to Gaza.",
         [("Israel", "send to", "Gaza", False, False)], []),
    ],
    "whom a traveller goes to meet": [
        ("Chinese Foreign Minister Wang Lei is due to travel to Canberra next week for "
         "talks with his Australian counterpart Fiona Marsh.",
         [("Wang Lei", "talk", "Fiona Marsh", False, True)], []),
        ("Modi travelled to Moscow for talks with Putin.",
         [("Modi", "talk", "Putin", False, False)], []),
        ("Blinken arrives in Riyadh for a meeting with Mohammed bin Salman.",
         [("Blinken", "meet", "Mohammed bin Salman", False, False)], []),
        ("Zelensky will fly to Washington for talks with Trump.",
         [("Zelensky", "talk", "Trump", False, True)], []),
        ("Modi did not travel to Moscow for talks with Putin.",
         [("Modi", "talk", "Putin", True, False)], []),
        # a call for talks is no journey to them
        ("Pakistan's opposition called for talks with the Taliban.", [],
         [("Pakistan", "Taliban")]),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(SENTENCES))
def test_sentences(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(APPEALED_RULINGS))
def test_appealed_rulings(extractor, sentence, present, absent):
    (result,) = extractor.extract([Article("t", sentence)])
    found = {(t.subject.label, t.relation.lemma, t.object.label, t.negated, t.hedged)
             for t in result.triples}
    for triple in present:
        assert triple in found, f"{triple} not in {sorted(found)}"
    for subject, obj in absent:
        assert not any(s == subject and o == obj for s, _, o, _, _ in found), sorted(found)


#: "ended up V-ing" is a phrasal verb of outcome, no stop: the act was done (the
#: particle makes it another verb than "end", extract/rules/base.py ``ceases``).
ENDED_UP = [
    ("India ended up buying more oil from Russia last year.", "India", "Russia"),
    ("Germany ended up sending tanks to Ukraine after months of pressure.", "Germany",
     "Ukraine"),
    ("Apple ended up suing Samsung in a California court.", "Apple", "Samsung"),
]


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "subject", "obj"), ENDED_UP,
                         ids=[s[:30] for s, _, _ in ENDED_UP])
def test_an_act_one_ended_up_doing_is_not_negated(extractor, sentence, subject, obj):
    (result,) = extractor.extract([Article("t", sentence)])
    pair = [t for t in result.triples
            if (t.subject.label, t.object.label) == (subject, obj)]
    assert pair and not any(t.negated for t in pair), [
        (t.relation.lemma, t.negated) for t in result.triples]
