"""Session 47's flags: a rejected proposal is a negated acceptance, and an accusation
denied in the next sentence is a negated (and still alleged) act.

- a verb of turning down ([rebuffing_verbs] of class REJECT: "rejected", "turned down",
  "rebuffed") whose object is an agreement or what accepting agrees to ("the accord",
  "the plan", "the offer", class AGREE of the noun or of "accept" it) or a proposal made
  to its subject ([proposed_nouns]: "a bid from X", "a plan put forward by Ghana") says that the
  proposal was not accepted: beside the stated "reject" triple, an "accept" triple,
  negated, to the proposal (and, as before for agreements, to its named author:
  :func:`extract.rules.verbal._rebuffed_proposal`). The gold sets read "the board
  rejected the offer" as a negated acceptance ("reject|accept ... [negated]").
  Guards: an acceptance stays stated; a rejection negated ("did not reject") gives no
  negated acceptance; a claim rejected ("rejected the accusation") and a named agreement
  ("rejected the Minsk agreement", which may be in force already) and a request or
  demand turned down (its asked act is negated instead) give none.
- "Z accuses X of V-ing Y. X denies the accusation." (the next sentence's main verb of
  denial, with a bare claim noun pointing back: "the charges", "the accusation", "these
  allegations"): the accused act is denied by the accused, so negated and hedged, as
  "..., which X denies" already is (:func:`extract.context._denial_next`). Guards: a
  denial negated ("did not deny the charges"), a third party's denial, a claim noun with
  its own content ("the charges of money laundering", "the charges that ..."), and a
  denial two sentences on leave the act only alleged.
- a part in a violent act told before denied by a bare noun of a part ("X denies
  involvement", "denied responsibility", "denies any role in the attack": a definite
  event noun naming no one) is the denier's act, negated: "Drones struck a fuel depot.
  The government blames forces loyal to Haftar, who deny involvement" -> Haftar strike
  depot (negated; :func:`extract.rules.verbal._disowned_act`, the nearest violent verb in
  the sentence or the one before). Guards: a part in something else ("involvement in
  corruption", "involvement with the gunmen"), a denial two sentences on, and "did not
  deny involvement" give no such act.
- who ordered or carried out a violent act told before with no named doer, when a
  definite event noun points back to it ([authoring_verbs]: "A bomb killed six soldiers.
  Officials say Koufa probably ordered the attack"), did it, with the flags of the
  ordering: Koufa —order attack→ soldiers, hedged here
  (:func:`extract.rules.verbal._authored`). Guards: an act whose doer is named ("Al-Shabaab
  fighters killed ..."), an order of something else ("ordered the arrest") and an
  order denied ("did not order the attack") give none.
- what an actor agrees to do ([agreeing_verbs] with a "to" infinitive) is still to come:
  beside the stated agreement ("agree to buy stake in"), the act agreed on alone,
  hedged ("buy stake in", as a refusal's act is negated beside the refusal;
  :func:`extract.rules.complements._complement_triples`). The wire gold reads "Chrysler
  agreed to acquire AMC" as a hedged acquisition. Guards: an agreement negated ("did not
  agree to release") gives no act, a light verb's event noun ("agreed to hold talks") is
  told by its own triple, and a plain act stays stated.

All sentences are written for these tests, not taken from any data file.
"""

from __future__ import annotations

import pytest

from actorgraph.records import Article
from tests.constructions import cases, check_construction

pytestmark = pytest.mark.model

REBUFFED = {
    "a rejected offer, plan or accord is not accepted": [
        ("The Teamsters rejected the final contract offer from UPS on Friday.",
         [("Teamsters", "reject", "final contract offer from UPS", False, False),
          ("Teamsters", "accept", "final contract offer from UPS", True, False),
          ("Teamsters", "accept", "UPS", True, False),
          ("UPS", "offer", "Teamsters", False, False)], []),
        ("Tallis Mining's board turned down a takeover proposal from Orebridge Resources.",
         [("Tallis Mining board", "turn down", "Orebridge Resources", False, False),
          ("Tallis Mining board", "accept", "Orebridge Resources", True, False),
          ("Orebridge Resources", "propose", "Tallis Mining board", False, False)],
         []),
        ("The Kurdish parliament rejected the power-sharing accord.",
         [("Kurdish parliament", "reject", "power-sharing accord", False, False),
          ("Kurdish parliament", "accept", "power-sharing accord", True, False)], []),
        ("The rebels rebuffed a peace plan put forward by Ghana.",
         [("rebels", "rebuff", "Ghana", False, False),
          ("rebels", "accept", "Ghana", True, False),
          ("rebels", "accept", "peace plan", True, False),
          ("Ghana", "propose", "rebels", False, False)], []),
        ("The Nigerian senate rejected the budget plan submitted by the finance ministry.",
         [("Nigerian senate", "reject", "budget plan", False, False),
          ("Nigerian senate", "accept", "budget plan", True, False)], []),
    ],
}

DENIED_LATER = {
    "Z accuses X of V-ing Y. X denies the accusation.": [
        ("Mali accused Algeria of arming Tuareg rebels. Algeria denied the charges.",
         [("Algeria", "arm", "Tuareg rebels", True, True)], []),
        ("Guyana accuses Venezuela of moving troops to the border. Caracas rejected the "
         "accusation on Tuesday.",
         [("Venezuela", "move", "troops", True, True)], []),
        ("Mali accused Algeria of arming Tuareg rebels. Algeria denied the charges, but "
         "Niger confirmed them.",
         [("Algeria", "arm", "Tuareg rebels", True, True)], []),
    ],
    "guards: not denied, denied by another, or a claim of its own stays alleged": [
        ("Mali accused Algeria of arming Tuareg rebels. Algeria did not deny the charges.",
         [("Algeria", "arm", "Tuareg rebels", False, True)], []),
        ("Mali accused Algeria of arming Tuareg rebels. Morocco denied the charges.",
         [("Algeria", "arm", "Tuareg rebels", False, True)], []),
        ("Mali accused Algeria of arming Tuareg rebels. Algeria denied the charges of "
         "money laundering.",
         [("Algeria", "arm", "Tuareg rebels", False, True)], []),
        ("Mali accused Algeria of arming Tuareg rebels. Algeria rejected the charges that "
         "it had trained them.",
         [("Algeria", "arm", "Tuareg rebels", False, True)], []),
        ("Mali accused Algeria of arming Tuareg rebels on Monday. The rebels seized Kidal. "
         "Algeria denied the charges.",
         [("Algeria", "arm", "Tuareg rebels", False, True)], []),
    ],
}


DISOWNED = {
    "a denied part in a violent act told before": [
        ("Unidentified drones struck an oil terminal in the port of Tobruk. The Tripoli "
         "government blamed fighters loyal to Khalifa Haftar, who denied involvement.",
         [("Khalifa Haftar", "strike", "oil terminal", True, False)], []),
        ("Gunmen attacked a police checkpoint in Quetta on Sunday, killing four officers. "
         "The Pakistani Taliban denied any role in the attack.",
         [("Taliban", "kill", "officers", True, False)], []),
        ("Rebels shelled the town of Kidal overnight. The Malian army denied "
         "responsibility.",
         [("Rebels", "shell", "Kidal", False, False),
          ("Mali", "shell", "Kidal", True, False)], []),
        ("A car bomb killed nine soldiers near Mogadishu. Al-Shabaab denied any "
         "involvement.",
         [("Al-Shabaab", "kill", "soldiers", True, False)], []),
    ],
    "guards: a part in something else, too far back, or not denied": [
        ("Gunmen attacked a police checkpoint in Quetta. The governor denied involvement "
         "in corruption.", [], [("governor", "police checkpoint in Quetta")]),
        ("Gunmen attacked a police checkpoint in Quetta. Officials met in Islamabad to "
         "discuss security. The Taliban denied any involvement.",
         [], [("Taliban", "police checkpoint in Quetta")]),
        ("Gunmen attacked a police checkpoint in Quetta. The Taliban did not deny "
         "involvement.", [], [("Taliban", "police checkpoint in Quetta")]),
        ("Gunmen attacked a police checkpoint in Quetta. The Taliban denied any "
         "involvement with the gunmen.", [], [("Taliban", "police checkpoint in Quetta")]),
    ],
}


AUTHORED = {
    "who ordered a violent act told before did it, with the ordering's flags": [
        ("A roadside bomb killed six soldiers near Gao on Monday. Malian officials say "
         "JNIM commander Amadou Koufa probably ordered the attack.",
         [("Amadou Koufa", "attack", "soldiers", False, True)], []),
        ("Gunmen killed the journalist Ana Ruiz outside her home in Tijuana. Prosecutors "
         "suspect the Arellano Félix Cartel ordered the killing.",
         [("Arellano Félix Cartel", "kill", "journalist", False, True)], []),
        ("A car bomb killed nine soldiers near Mogadishu on Friday. Police said Al-Shabaab "
         "commander Ahmed Diriye ordered the attack.",
         [("Ahmed Diriye", "attack", "soldiers", False, False)], []),
    ],
    "guards: a named doer, another order, an order denied": [
        ("Al-Shabaab fighters killed nine soldiers near Mogadishu. Police said Ahmed "
         "Diriye ordered the attack.", [], [("Ahmed Diriye", "soldiers")]),
        ("A car bomb killed nine soldiers near Mogadishu on Friday. Police said Ahmed "
         "Diriye ordered the arrest.", [], [("Ahmed Diriye", "soldiers")]),
        ("A car bomb killed nine soldiers near Mogadishu on Friday. Police said Ahmed "
         "Diriye did not order the attack.", [], [("Ahmed Diriye", "soldiers")]),
    ],
}


AGREED = {
    "the act agreed on is to come (hedged), the agreement stated": [
        ("Toyota agreed to buy a 20 pct stake in Suzuki Motor for 3 billion dlrs.",
         [("Toyota", "agree to buy stake in", "Suzuki Motor", False, False),
          ("Toyota", "buy stake in", "Suzuki Motor", False, True)], []),
        ("Kenya and Uganda agreed to withdraw troops from their common border.",
         [("Kenya", "agree to withdraw", "troops", False, False),
          ("Kenya", "withdraw", "troops", False, True),
          ("Uganda", "withdraw", "troops", False, True),
          ("Kenya", "agree", "Uganda", False, False),
          ("Uganda", "agree", "Kenya", False, False)], []),
        ("Glencore has agreed to sell its Colombian coal mines to Adani Enterprises.",
         [("Glencore", "agree to sell to", "Adani Enterprises", False, False),
          ("Glencore", "sell to", "Adani Enterprises", False, True)], []),
    ],
    "guards: no agreement, a carried event, a plain act": [
        ("Hamas did not agree to release the hostages.",
         [("Hamas", "agree to release", "hostages", True, False)], []),
        ("Toyota bought a 20 pct stake in Suzuki Motor.",
         [("Toyota", "buy stake", "Suzuki Motor", False, False)], []),
    ],
}


@pytest.mark.parametrize(("sentence", "present", "absent"),
                         cases(REBUFFED, DENIED_LATER, DISOWNED, AUTHORED, AGREED))
def test_flags47_rebuffed_and_denied_later(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)


#: (sentence, what must not be read as a negated acceptance)
NO_NEGATED_ACCEPTANCE = [
    # an acceptance stays stated
    "The airline's pilots accepted the new pay offer.",
    # a rejection negated
    "The board did not reject the offer from Orebridge Resources.",
    # a claim rejected
    "Hungary rejected the accusation as baseless.",
    # a named agreement, which may be in force already
    "The Kremlin rejected the Minsk agreement.",
    # a nomination is no proposal to the committee
    "The committee rejected the nomination of Judge Harlan.",
    # a request or demand turned down: what it asks is not done (its own triple)
    "Ecuador rebuffed a request by Peru to extradite the former minister.",
    "Serbia rejects the demands made by Kosovo.",
]


@pytest.mark.parametrize("sentence", NO_NEGATED_ACCEPTANCE)
def test_flags47_no_negated_acceptance(extractor, sentence):
    (result,) = extractor.extract([Article("t", sentence)])
    assert not any(t.relation.lemma == "accept" and t.negated for t in result.triples), [
        (t.subject.label, t.relation.lemma, t.object.label, t.negated)
        for t in result.triples]


#: (sentence, relation lemma that must not be found): no act without its agreement
NO_AGREED_ACT = [
    ("Hamas did not agree to release the hostages.", "release"),
    ("Israel and Hamas agreed to hold talks in Cairo.", "hold"),
    ("Israel and Hamas agreed to hold talks in Cairo.", "hold in"),
]


@pytest.mark.parametrize(("sentence", "lemma"), NO_AGREED_ACT)
def test_flags47_no_agreed_act(extractor, sentence, lemma):
    (result,) = extractor.extract([Article("t", sentence)])
    assert not any(t.relation.lemma == lemma for t in result.triples), [
        (t.subject.label, t.relation.lemma, t.object.label) for t in result.triples]
