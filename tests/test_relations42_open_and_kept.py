"""Relation phrases that say the event (session 42).

* an infinitive asked about with "whether" is an open question, no choice made: "decided
  whether to buy Hornets" is "decide whether to buy" (hedged), not "decide to buy", which
  states a decision to buy (:func:`~extract.rules.complements._open_question`); a plain
  "decided to buy" keeps its "decide to buy", stated;
* the participle a verb of keeping or leaving puts its object in
  (:data:`~extract.lexicon.STATE_KEEPING_VERBS`) joins the relation, as an adjective
  after the object already does ("keep open"): "kept the mine running" is "keep running",
  not a bare "keep" (:func:`~extract.rules.verbal._kept_going`); not a participle with an
  object of its own, nor one after another verb ("caught smugglers carrying cocaine"),
  nor one the parser hung on the object after a verb that may send or leave it ("sent a
  letter asking for new rules": :data:`~extract.lexicon.KEEPING_VERBS` only),
  nor an "-ing" clause set off by a comma;
* whose proposal is rejected or whose envoy summoned (the ``reaction`` pattern) keeps
  the noun compound that names the thing whole in its label, as the place labels do
  (:func:`~extract.rules.verbal._named_kind`): "summoned the Afghan charge d'affaires"
  is "summon charge d'affaires" (not "summon d'affaires"), "rejected Australia's
  extradition request" "reject extradition request"; the relation's lemma (and so its
  event class) is unchanged, and a name before the noun is no part of it ("Japan's
  Toyota proposal" stays "welcome proposal");
* a light verb of carrying ("take", "carry") with a "to" phrase brings its event noun to
  someone, it does not do the event (:func:`~extract.rules.verbal._conveyed`): "would take
  the offer directly to shareholders" is "take offer to" them, not an "offer" made to
  them; a violent event ("took the attack to Hezbollah"), a particle ("carried out an
  attack on X") and another light verb ("made an offer to X") keep their readings;
* a "with" phrase set off by a comma after a verb of giving tells how it was given, not
  what (:func:`~extract.rules.verbal._given_with`): "granted import licences ..., with
  maximum levies of 40 ecus a tonne" is "grant" licences, not "grant with maximum
  levies"; "provided Ghana with emergency credit" keeps "provide with emergency credit";
* a date set is a stated act (:data:`~extract.lexicon.DATE_SETTING_VERBS`): "Judge Hobbs
  set sentencing for Aug 3", "scheduled a hearing for June 12" are not hedged (the
  sentencing is to come, the setting is done); an event noun only planned or considered
  stays hedged ("was considering a formal protest").
"""

from __future__ import annotations

import pytest

from actorgraph.records import Article
from tests.constructions import cases, check_labels, check_precision

OPEN_QUESTIONS = {
    "whether to": [
        ("Switzerland will decide by next spring whether to buy Hornets from Boeing.",
         [("Switzerland", "decide whether to buy", "Hornets")],
         [("Switzerland", "decide to buy", "Hornets")]),
        ("The Kenyan cabinet is considering whether to expel the Sudanese ambassador.",
         [("Kenya", "consider whether to expel", "Sudanese ambassador")],
         [("Kenya", "consider to expel", "Sudanese ambassador")]),
        ("The Chilean miners' union debated whether to strike against Codelco.",
         [("Chilean miners' union", "debate whether to strike against", "Codelco")], []),
        ("Toyota has not decided whether to acquire a stake in Suzuki.",
         [("Toyota", "decide whether to acquire stake in", "Suzuki")], []),
    ],
    "guard: a decision stated": [
        ("Brazil decided to buy fighter jets from Saab.",
         [("Brazil", "decide to buy", "fighter jets")],
         [("Brazil", "decide whether to buy", "fighter jets")]),
        ("The Kenyan cabinet is considering expelling the Sudanese ambassador.",
         [("Kenya", "consider expelling", "Sudanese ambassador")], []),
    ],
}

KEPT_GOING = {
    "participle after the object": [
        ("Codelco said it would keep the mine running with supervisory staff.",
         [("Codelco", "keep running", "mine")], [("Codelco", "keep", "mine")]),
        ("Air France kept its planes flying despite the strike.",
         [("Air France", "keep flying", "Air France's planes")],
         [("Air France", "keep", "Air France's planes")]),
        ("India kept Pakistani diplomats waiting for hours.",
         [("India", "keep waiting", "Pakistan")], [("India", "keep", "Pakistan")]),
    ],
    "guard: no state kept": [
        ("Pompeo sent a letter asking for new rules to Elaine Chao.",
         [("Pompeo", "send", "letter")], [("Pompeo", "send asking", "letter")]),
        ("The Bundesbank kept its discount rate unchanged.",
         [("Bundesbank", "keep unchanged", "Bundesbank's discount rate")], []),
        ("Hamas invaded Israel, killing 1,200 people.",
         [("Hamas", "invade", "Israel")], [("Hamas", "invade killing", "Israel")]),
        ("Russia shelled Kharkiv killing 12 civilians.",
         [("Russia", "shell", "Kharkiv")], [("Russia", "shell killing", "Kharkiv")]),
    ],
}


NAMED_WHOLE = {
    "noun compound in a reaction label": [
        ("Egypt summoned the Israeli charge d'affaires in Cairo.",
         [("Egypt", "summon charge d'affaires", "Israel")],
         [("Egypt", "summon d'affaires", "Israel")]),
        # (a proposal rejected by the one it was made to is told the right way round,
        # with the compound in the proposal's label: tests/test_offers44_proposed.py)
        ("Indonesia rejected Australia's extradition request.",
         [("Australia", "extradition request", "Indonesia"), ("Indonesia", "reject", "Australia")],
         [("Indonesia", "reject request", "Australia"),
          ("Indonesia", "reject extradition request", "Australia")]),
        ("Seoul welcomed the North Korean peace proposal.",
         [("Seoul", "welcome peace proposal", "North Korea")],
         [("Seoul", "welcome proposal", "North Korea")]),
    ],
    "the acceptance a rejection denies": [
        ("Caldwell Foods rejected a tender offer from Harmon Brands.",
         [("Caldwell Foods", "accept", "Harmon Brands")],
         [("Caldwell Foods", "accept tender offer", "Harmon Brands")]),
    ],
    "guard: a name or no compound": [
        ("Canada rejected the offer from Hanwha.",
         [("Hanwha", "offer", "Canada"), ("Canada", "accept", "Hanwha")], []),
        ("The EC welcomed Japan's Toyota proposal.",
         [("EC", "welcome proposal", "Japan")], [("EC", "welcome toyota proposal", "Japan")]),
        ("Tehran rejected Iraq's proposal.",
         [("Iraq", "proposal", "Tehran"), ("Tehran", "reject", "Iraq")],
         [("Tehran", "reject proposal", "Iraq")]),
    ],
}


CONVEYED = {
    "taken to someone": [
        ("Caldwell said it would take the offer directly to shareholders.",
         [("Caldwell", "take offer to", "shareholders")], [("Caldwell", "offer", "shareholders")]),
        ("Harmon took its takeover offer to Caldwell shareholders.",
         [("Harmon", "take takeover offer to", "Caldwell shareholders")],
         [("Harmon", "offer", "Caldwell shareholders")]),
        ("Britain carried the proposal to the EC summit.",
         [("United Kingdom", "carry proposal to", "EC summit")], []),
    ],
    "guard: an event done": [
        ("The rebels carried out an attack on the army base.",
         [("rebels", "attack", "army base")], []),
        ("Exxon made an offer to shareholders of Mobil.",
         [("Exxon", "offer", "shareholders of Mobil")], []),
    ],
}


SET_OFF_WITH = {
    "with, set off": [
        ("The Commission granted import licences for 90,000 tonnes of Thai rice on "
         "Wednesday, with maximum levies of 40 ecus a tonne.",
         [("Commission", "grant", "import licences")],
         [("Commission", "grant with maximum levies", "import licences")]),
        ("The Finnish Agriculture Ministry granted export licences for 80,000 tonnes of oats "
         "at Tuesday's auction, with maximum subsidies of 40 euros a tonne.",
         [("Finnish Agriculture Ministry", "grant", "export licences")],
         [("Finnish Agriculture Ministry", "grant with maximum subsidies", "export licences")]),
        ("The Argentine government awarded drilling permits to Repsol, with royalties of "
         "12 pct.",
         [("Argentina", "award", "drilling permits")],
         [("Argentina", "award with royalties", "drilling permits")]),
    ],
    "guard: what was given": [
        ("The IMF provided Ghana with emergency credit.",
         [("IMF", "provide with emergency credit", "Ghana")], []),
        ("Qatar provided the Gaza authorities with fuel, with deliveries starting on Monday.",
         [("Qatar", "provide with fuel", "Gaza")], []),
    ],
}


@pytest.mark.parametrize("sentence, present, absent",
                         cases(OPEN_QUESTIONS, KEPT_GOING, NAMED_WHOLE, CONVEYED, SET_OFF_WITH))
def test_relation_says_the_event(extractor, sentence, present, absent):
    check_labels(extractor, sentence, present, absent)


@pytest.mark.parametrize("sentence, wanted", [
    ("Switzerland will decide by next spring whether to buy Hornets from Boeing.",
     ("Switzerland", "decide whether to buy", "Hornets", True)),
    ("Nissan decided on Monday whether to close its Sunderland plant.",
     ("Nissan", "decide whether to close", "Nissan's Sunderland plant", True)),
    ("Brazil decided to buy fighter jets from Saab.",
     ("Brazil", "decide to buy", "fighter jets", False)),
])
def test_an_open_question_is_hedged(extractor, sentence, wanted):
    check_precision(extractor, sentence, [wanted], [])


def test_a_reaction_keeps_its_lemma(extractor):
    """The compound is in the label only: the lemma, which classes the event, is as
    before."""
    (result,) = extractor.extract([Article("r", "Seoul welcomed the North Korean peace "
                                                "proposal.")])
    (reaction,) = [t for t in result.triples if t.pattern == "reaction"]
    assert (reaction.relation.lemma, reaction.relation.label) == (
        "welcome proposal", "welcome peace proposal")
    # (and so in a proposal told the right way round: "extradition request", lemma request)
    (result,) = extractor.extract([Article("r", "Indonesia rejected Australia's "
                                                "extradition request.")])
    assert ("request", "extradition request") in {
        (t.relation.lemma, t.relation.label) for t in result.triples
        if t.pattern == "reaction" and t.subject.label == "Australia"}


@pytest.mark.parametrize("sentence, wanted", [
    ("U.S. District Judge Karen Dillard set sentencing for Oct 14.",
     ("Karen Dillard", "set", "sentencing", False)),
    ("Judge Maria Lopez scheduled a hearing for June 12.",
     ("Maria Lopez", "schedule", "hearing", False)),
    ("The Senate rescheduled a vote on the Boeing contract for Tuesday.",
     ("Senate", "reschedule", "vote on Boeing contract", False)),
    # guards: only planned or considered
    ("Ferrand was considering a formal protest.", ("Ferrand", "consider", "formal protest", True)),
    ("Tehran planned further closings of Kurdish schools.",
     ("Tehran", "plan", "closings of Kurdish schools", True)),
])
def test_a_date_set_is_stated(extractor, sentence, wanted):
    check_precision(extractor, sentence, [wanted], [])
