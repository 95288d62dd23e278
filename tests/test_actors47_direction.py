"""Who did it, and to whom (session 47).

* a proposal rejected or accepted by the one it was made to is told the right way round
  (its maker to the one who reacts, :func:`~extract.rules.verbal._proposed_act`) also when
  a clause on the noun names a place or a party of its own: "rejected a petition by the
  Awami League seeking a recount of votes in Dhaka" is the Awami League petition the court,
  not "reject petition" the Awami League, which reads as the court petitioning it. Only the
  noun's own phrase says whom it is made to or for ("a bid from Globex for Initech"); what
  a clause on it names ("in Dhaka", "to Gaza") is the clause's
  (:func:`~extract.rules.verbal._phrase_tokens`);
* a "who" clause the parser hung on a body or a place in the description of a named person
  is said of the person (:func:`~extract.rules.base._appositive_person`): "Jorge Salas, a
  former adviser to the Catalan regional government, who allegedly took bribes" (Salas took
  them, not the Catalan government); not when the noun it is hung on is itself a person or
  people ("an aide to the interior minister, who", "a member of the rebels, who were"),
  where either may be meant;
* a "which" or "who" clause hung on a verb by a misparse, or across an "-ing" clause set off
  by a comma ("test-fires rockets near Guyana, alarming Brazil and Colombia, who call on
  Caracas to ..."), stands for no one (:func:`~extract.rules.base._relative_antecedent`):
  no "Venezuela -call on-> Caracas";
* the to-infinitive of a verb of applying to an authority (``[applying_verbs]``: apply,
  petition) is what the authority is asked to do, not the applicant's act, even when the
  parser reads it as a purpose (:func:`~extract.rules.base.applied_for`): "the federal
  government will apply to ban the AfD" is "apply to ban" the AfD (hedged: will), not a
  "ban" by the government; "applied to ban" states the application. Other verbs keep the
  infinitive as their subject's act ("moved to ban", "decided to ban");
* with no dateline, a country the lead names only as the object of a preposition of the
  other side (from, with, to, against, on, into, toward) on the clause of a bare state body
  ("the government", "the authorities", "the army") is not the body's country
  (:func:`~extract.homeland._bodys_other_side`): "The government expelled two diplomats from
  Russia" is no "Russia -expel-> diplomats", "bought jets from Sweden" no Sweden buying;
  the body stays unresolved. A place it acts in ("imposed a curfew in Kenya") and a body
  with a nationality or owner of its own ("the Kenyan government") keep their country;
* an -ing adjunct of beating a rival (``[outrunning_verbs]``: defeat, beat, oust ...) after
  a verb of appointing or electing is the one chosen's, as one of succeeding is
  (:func:`~extract.rules.base._appointee`): "Portugal's parliament elects Ines Cardoso as
  speaker, defeating Andre Moura" is Cardoso defeat Moura, not Portugal;
* a munition (``[munitions]``: missiles, rockets, grenades, shells, torpedoes, mines ...)
  with no name, nationality or owner in its phrase is no actor, in any clause
  (:func:`~extract.participial.unowned_munition`): "the Al Funtas was hit by
  rocket-propelled grenades" is no "grenades -hit-> Al Funtas" (who fired them is not said);
  "an Iranian missile", "Hezbollah's rockets", "missiles fired by the Houthis" say whose;
  nor is a weapon or vehicle of war that only modifies an event noun, its means ("Israel
  responds with artillery strikes on southern Lebanon": no "artillery -strike-> Lebanon"),
  while a crewed machine that acts keeps its clause ("two jets struck the village").
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_labels, check_precision

PROPOSED_WITH_CLAUSE = {
    "a clause on the proposal names a place or a party": [
        ("The Supreme Court rejected a petition by the Awami League seeking a recount of "
         "votes in Dhaka.",
         [("Awami League", "petition", "Supreme Court"),
          ("Supreme Court", "reject", "Awami League")],
         [("Supreme Court", "reject petition", "Awami League")]),
        ("Mali's junta turned down a request from France to keep troops at bases in Gao.",
         [("France", "request", "Mali"), ("Mali", "turn down", "France")],
         [("Mali", "turn down request", "France")]),
        ("The union rejected an offer by Codelco that would have raised wages at the mine "
         "in Rancagua.",
         [("Codelco", "offer", "union"), ("union", "reject", "Codelco")],
         [("union", "reject offer", "Codelco")]),
        ("Hamas rejected a proposal by Egypt to send troops to Gaza.",
         [("Egypt", "proposal", "Hamas"), ("Hamas", "reject", "Egypt")],
         [("Hamas", "reject proposal", "Egypt")]),
    ],
    "guard: the noun's own phrase names whom it is for": [
        ("Hollis Mining rejected a bid from Globex for Initech.",
         [("Hollis Mining", "reject bid for", "Initech")],
         [("Globex", "bid", "Hollis Mining")]),
    ],
    "guard: no clause, as before": [
        ("The Supreme Court rejected a petition by the Awami League.",
         [("Awami League", "petition", "Supreme Court"),
          ("Supreme Court", "reject", "Awami League")], []),
    ],
}


@pytest.mark.parametrize("sentence, present, absent", cases(PROPOSED_WITH_CLAUSE))
def test_a_proposal_with_a_clause_is_told_the_right_way_round(extractor, sentence, present,
                                                              absent):
    check_labels(extractor, sentence, present, absent)


RELATIVE_ANTECEDENTS = {
    "who after a body in a person's description": [
        ("Spanish police arrested Jorge Salas, a former adviser to the Catalan regional "
         "government, who allegedly took bribes from a building firm.",
         [("Jorge Salas", "take bribe from", "building firm")],
         [("Catalonia", "building firm"), ("Catalan", "building firm")]),
        ("Prosecutors charged Lena Hoffmann, a former director at the German defence "
         "ministry, who allegedly sold secrets to Russia.",
         [("Lena Hoffmann", "sell secret to", "Russia")], [("Germany", "Russia")]),
        ("Kenyan police detained Peter Mwangi, a clerk at the county treasury, who had "
         "diverted public funds to a private account.",
         [("Peter Mwangi", "divert fund to", "private account")],
         [("county treasury", "private account")]),
    ],
    "guard: a person or people in the description may be meant": [
        ("Police arrested Omar Haddad, an aide to the interior minister of Iraq, who had "
         "leaked the memo to Reuters.",
         [], [("Omar Haddad", "Reuters")]),
        ("Army officers detained Ali Musa, a member of the rebels, who were hiding in the "
         "forest near the border.",
         [("Army officers", "detain", "Ali Musa")], [("Ali Musa", "forest")]),
    ],
    "a relative clause hung on a verb or across an -ing clause": [
        ("Venezuela test-fires new rockets near Guyana, alarming Brazil and Colombia, who "
         "call on Caracas to show restraint.",
         [], [("Venezuela", "Caracas")]),
        ("North Korea test-fires a hypersonic missile into the Sea of Japan, prompting "
         "condemnation from South Korea and Japan, which call on the UN Security Council to "
         "meet.",
         [], [("North Korea", "UN Security Council"),
              ("North Korea test-fires", "UN Security Council")]),
    ],
    "guard: a relative clause on its noun": [
        ("North Korea test-fires a cruise missile near the border, drawing condemnation from "
         "Japan, which urges China to restrain Pyongyang.",
         [("Japan", "urge to restrain Pyongyang", "China")], []),
        ("Turkey welcomed Sweden's decision, which allows Ankara to buy F-16 jets.",
         [("Ankara", "buy", "F-16 jets")], []),
    ],
}


@pytest.mark.parametrize("sentence, present, absent", cases(RELATIVE_ANTECEDENTS))
def test_a_relative_clause_is_said_of_its_antecedent(extractor, sentence, present, absent):
    check_labels(extractor, sentence, present, absent)


APPLIED_FOR = {
    "apply or petition to": [
        ("The interior ministry said it would apply to ban the Patriot Front.",
         [("interior ministry", "apply to ban", "Patriot Front", True)],
         [("interior ministry", "ban", "Patriot Front")]),
        ("Germany's federal government applied to ban the National Democratic Party in "
         "2013.",
         [("Germany", "apply to ban", "National Democratic Party", False)],
         [("Germany", "ban", "National Democratic Party")]),
        ("Prosecutors applied to dissolve the opposition Renewal Party.",
         [("prosecutors", "apply to dissolve", "Renewal Party", False)],
         [("prosecutors", "dissolve", "Renewal Party")]),
        ("Ecuador's government petitioned to extradite the banker Pablo Mena from Spain.",
         [("Ecuador", "petition to extradite", "Pablo Mena", True)],
         [("Ecuador", "extradite", "Pablo Mena")]),
    ],
    "guard: the subject's own act": [
        ("The ministry decided to ban the Patriot Front.",
         [("ministry", "decide to ban", "Patriot Front", False)], []),
        ("The Indonesian government moved to ban the Islamic Defenders Front.",
         [("Indonesia", "move to ban", "Islamic Defenders Front", True)], []),
    ],
}


@pytest.mark.parametrize("sentence, wanted, unwanted",
                         [pytest.param(s, w, u, id=f"{name}: {s[:30]}")
                          for name, rows in APPLIED_FOR.items() for s, w, u in rows])
def test_what_is_applied_for_is_not_the_applicants_act(extractor, sentence, wanted, unwanted):
    check_precision(extractor, sentence, wanted, unwanted)


OTHER_SIDE_OF_A_BARE_BODY = {
    "a country after a preposition of the other side": [
        ("The government expelled two diplomats from Russia on Monday.",
         [], [("Russia", "diplomats")]),
        ("The government accepted an invitation from Egypt to attend the talks.",
         [], [("Egypt", "invitation")]),
        ("The government bought 12 fighter jets from Sweden.",
         [], [("Sweden", "fighter jets")]),
        ("The army withdrew its troops from Mali in August.",
         [], [("Mali", "Mali's troops")]),
        ("The authorities deported 40 migrants to Afghanistan last week.",
         [], [("Afghanistan", "migrants")]),
    ],
    "guard: a place acted in, a body with its own country": [
        ("The government imposed a curfew in Kenya after the riots.",
         [("Kenya", "impose", "curfew")], []),
        ("The Kenyan government expelled two diplomats from Russia.",
         [("Kenya", "expel", "diplomats"), ("Kenya", "expel diplomat from", "Russia")], []),
        ("The government of Ghana signed a loan deal with China.",
         [("Ghana", "sign deal", "China")], []),
    ],
}


@pytest.mark.parametrize("sentence, present, absent", cases(OTHER_SIDE_OF_A_BARE_BODY))
def test_the_other_side_is_not_a_bare_bodys_country(extractor, sentence, present, absent):
    check_labels(extractor, sentence, present, absent)


OUTRUN_BY_THE_CHOSEN = {
    "beating a rival after electing or choosing": [
        ("Portugal's parliament elects Ines Cardoso as speaker, defeating the Chega "
         "candidate Andre Moura.",
         [("Ines Cardoso", "defeat", "Andre Moura")], [("Portugal", "Andre Moura")]),
        ("Peru's Congress elected Jose Jeri as its president, defeating the leftist lawmaker "
         "Ruth Luque.",
         [("Jose Jeri", "defeat", "Ruth Luque")], [("Congress", "Ruth Luque")]),
        ("Delegates elected Ama Mensah as party chair, ousting the incumbent Kwame Boateng.",
         [("Ama Mensah", "oust", "Kwame Boateng")], [("delegates", "Kwame Boateng")]),
        ("The International Olympic Committee chose Brisbane to host the 2032 Games, "
         "beating Doha.",
         [], [("International Olympic Committee", "Doha")]),
    ],
    "guard: no appointing verb": [
        ("Zanu-PF defeated the opposition in the vote, winning two thirds of the seats.",
         [("Zanu-PF", "defeat", "opposition")], []),
    ],
}


@pytest.mark.parametrize("sentence, present, absent", cases(OUTRUN_BY_THE_CHOSEN))
def test_the_one_chosen_beats_the_rival(extractor, sentence, present, absent):
    check_labels(extractor, sentence, present, absent)


MUNITIONS = {
    "a bare munition is no actor": [
        ("The 81,000-tonne Al Funtas was hit by rocket-propelled grenades off Dubai, but no "
         "crew members were hurt.",
         [], [("rocket-propelled grenades", "Al Funtas")]),
        ("Rocket-propelled grenades hit the Al Funtas off Dubai.",
         [], [("rocket-propelled grenades", "Al Funtas")]),
        ("Two rockets hit Kiryat Shmona on Monday.",
         [], [("rockets", "Kiryat Shmona")]),
        ("Stray bullets killed Maria Lopez during the clashes.",
         [], [("Stray bullets", "Maria Lopez"), ("bullets", "Maria Lopez")]),
    ],
    "a weapon that modifies an event noun is its means": [
        ("Hezbollah fires rockets at Kiryat Shmona, and Israel responds with artillery "
         "strikes on southern Lebanon.",
         [("Hezbollah", "fire rocket at", "Kiryat Shmona")], [("artillery", "Lebanon")]),
        ("Artillery strikes on Avdiivka killed four civilians.",
         [], [("artillery", "Avdiivka"), ("artillery", "civilians")]),
        ("Israel responded with artillery fire on southern Lebanon.",
         [], [("artillery", "Lebanon")]),
    ],
    "guard: a munition that says whose, a crewed machine": [
        ("Two jets struck the village of Teri Mangal.",
         [("jets", "strike", "Teri Mangal")], []),
        ("An Iranian missile hit the Sea Isle City in Kuwaiti waters.",
         [("Iranian missile", "hit", "Sea Isle City")], []),
        ("Hezbollah's rockets struck Haifa on Sunday.",
         [("Hezbollah", "strike", "Haifa")], []),
        ("Missiles fired by the Houthis struck the Marlin Luanda in the Gulf of Aden.",
         [("Houthis", "strike", "Marlin Luanda")], []),
        ("Iranian gunboats attacked the Star Sea.",
         [("Iranian gunboats", "attack", "Star Sea")], []),
    ],
}


@pytest.mark.parametrize("sentence, present, absent", cases(MUNITIONS))
def test_a_bare_munition_is_no_actor(extractor, sentence, present, absent):
    check_labels(extractor, sentence, present, absent)
