"""Pronouns and descriptions that took the wrong owner on unseen wire news (session 50).

The tune rows of sheets 25-43 that both blind judges marked wrong for a back-reference, by
cause; where which one is meant is not said, the pronoun is left unresolved (a wrong side
costs more than a missing one):

- a company word ("the company", "the carrier") never points back to a body of people of one
  trade, a name with ``[association_heads]`` ("Association", "Federation", "Brotherhood")
  and a plural of a people noun ("Air Line *Pilots* Association"): the firm the body
  acted on is meant (coref ``_membership_body``, in ``_other_sector``);
- a possessive in a part of a company's stock that a verb of holding acts on
  (``[stake_verbs]``: "X, which holds 12 pct of *its* shares") is not bound to the holder:
  the shares are the company fought over (actors ``_held_part``, in ``binding_subject``);
  one's "own" shares and a buyback stay the subject's;
- "the army" is no rebel army the article calls one ("the *rebel* Chad Liberation Army ...
  *The army* said its jets had bombed the rebel camp"): a country in the name says where
  it fights, not that it is the state's army (coref ``_called_armed``, in ``armed_named``);
- an it/they subject of a clause of what must be done first (``[demand_marks]``: "unless",
  "until") on an act on a named actor may be either party ("threatened to picket Halford
  Steel Corp unless *it* rehired the workers"), as one of a clause of cause is
  (coref ``_either_party``);
- a plural possessive bound to a subject whose people are those of a list of owners ("the
  foreign ministers of Iran and Iraq ... *their* prisoners of war") is all of theirs,
  not the first one's (actors ``_listed_owners``, in ``_binding_owner``);
- a partly right row's cause: a country the NER typed a place (LOC: "Ivory Coast") owns
  the concept its "its" says as a state does ("Ivory Coast's cocoa exports"; actors
  ``_pronoun_possessor``, by ``names_country``).

Guards: the readings that were right stay as they were.
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction

#: (sentence, present (subject, relation lemma, object, negated, hedged), absent pairs)
_SENTENCES = {
    "a company word never takes a body of one trade's people": [
        ("The Allied Pilots Association sued Northway Airlines Inc over its seniority list on "
         "Monday. The company said it would fight the suit.",
         [("Northway Airlines Inc", "fight", "Allied Pilots Association's suit", False, True)],
         [("Allied Pilots Association", "Allied Pilots Association's suit")]),
        ("The National Federation of Teachers filed a complaint against Brightway Schools Inc "
         "on Tuesday. The company denied that it had cut salaries.",
         [("Brightway Schools Inc", "cut", "salaries", True, False)],
         [("National Federation of Teachers", "salaries")]),
        ("The Brotherhood of Locomotive Engineers sued Calder Rail Corp on Friday. The carrier "
         "said it would contest the suit.",
         [("Calder Rail Corp", "contest", "Brotherhood of Locomotive Engineers' suit", False,
           True)],
         [("Brotherhood of Locomotive Engineers", "Brotherhood of Locomotive Engineers' suit")]),
    ],
    "guard: an association of no people is still the company": [
        ("Harbor Savings Association said it had agreed to sell its branches. The company said "
         "it would pay a special dividend.",
         [("Harbor Savings Association", "pay", "special dividend", False, True)], []),
    ],
    "a part of a company's stock held is not the holder's": [
        ("Morrow Holdings rejected a bid from Castle Partners, which holds about 12 pct of its "
         "shares.",
         [("Castle Partners", "hold", "shares", False, False)],
         [("Castle Partners", "Castle Partners's shares")]),
        ("The takeover fight with Denby Group, which owns 9.6 pct of its common stock, ended "
         "on Friday.",
         [("Denby Group", "own", "common stock", False, False)],
         [("Denby Group", "Denby Group's common stock")]),
        ("Lorimer Inc rejected an offer from Vega Capital, which already controls 30 pct of "
         "its stock.",
         [("Vega Capital", "control", "stock", False, False)],
         [("Vega Capital", "Vega Capital's stock")]),
    ],
    "guard: one's own shares and a buyback stay the subject's": [
        ("Dexter Corp said it holds 1.2 mln of its own shares.",
         [("Dexter Corp", "hold", "Dexter Corp's shares", False, False)], []),
        ("Meridian Steel said it had repurchased 500,000 of its shares.",
         [("Meridian Steel", "repurchase", "Meridian Steel's shares", False, False)], []),
    ],
    "the army is no rebel army called one": [
        ("The rebel Chad Liberation Army seized the town of Faya on Friday. The army said its "
         "jets had bombed the rebel camp.",
         [("Chad Liberation Army", "seize", "Faya", False, False)],
         [("Chad Liberation Army", "rebel camp")]),
        ("The rebel Sudan People's Liberation Army captured the town of Pibor. The army said "
         "it had bombed rebel positions around the town.",
         [], [("Sudan People's Liberation Army", "rebel positions")]),
        ("The rebel Mozambique National Resistance Army raided a village in Zambezia province. "
         "The army said its soldiers had killed 40 rebels in the area.",
         [], [("Mozambique National Resistance Army", "rebels")]),
        ("The rebel Burundi Liberation Army ambushed a bus near Bujumbura on Monday. The army "
         "said its troops had arrested 20 rebels.",
         [("Burundi Liberation Army", "ambush", "bus", False, False)],
         [("Burundi Liberation Army", "rebels")]),
    ],
    "guard: a state's named army is still the army, a rebel one of no country's name no army": [
        ("The rebel Tigray Liberation Army captured the town of Adwa on Friday. The army said "
         "its jets had bombed rebel positions near the town.",
         [], [("Tigray Liberation Army", "rebel positions")]),
        ("The Kenya Army said on Monday it had arrested ten smugglers.",
         [("Kenya Army", "arrest", "smugglers", False, False)], []),
    ],
    "an 'unless' or 'until' it on an act on a named actor: either party": [
        ("The United Steelworkers threatened to picket Halford Steel Corp unless it rehired "
         "300 dismissed workers.",
         [("United Steelworkers", "threaten to picket", "Halford Steel Corp", False, True)],
         [("United Steelworkers", "dismissed workers")]),
        ("Malaysia threatened to blacklist Norsk Timber AS until it stopped logging in "
         "Sarawak.",
         [("Malaysia", "threaten to blacklist", "Norsk Timber AS", False, True)],
         [("Malaysia", "Sarawak")]),
        ("The Teamsters threatened to strike Consolidated Freight Corp next week unless it "
         "dropped its demand for pay cuts.",
         [("Teamsters", "threaten to strike", "Consolidated Freight Corp", False, True)],
         [("Teamsters", "Teamsters' demand for pay cuts")]),
    ],
    "guard: an 'unless' it after an act on a thing stays the subject": [
        ("Chrysler said it would close the plant unless it won wage concessions.",
         [("Chrysler", "win", "wage concessions", False, True)], []),
        ("The United Auto Workers said it would strike unless it won a wage increase.",
         [("United Auto Workers", "win", "wage increase", False, True)], []),
    ],
    "'their' of the people of a list of owners is all of theirs": [
        ("The foreign ministers of Iran and Iraq agreed to exchange their prisoners of war.",
         [], [("Iran", "Iran's prisoners of war"), ("Iraq", "Iran's prisoners of war")]),
        ("The leaders of Ethiopia and Somalia agreed to reopen their embassies.",
         [], [("Ethiopia", "Ethiopia's embassies"), ("Somalia", "Ethiopia's embassies")]),
        ("The foreign ministers of Kenya and Uganda agreed to withdraw troops from their "
         "common border.",
         [], [("Kenya", "Kenya's common border"), ("Uganda", "Kenya's common border")]),
        ("The prime ministers of Greece and Turkey agreed to cut their military spending.",
         [], [("Greece", "Greece's military spending"), ("Turkey", "Greece's military spending")]),
    ],
    "guard: one owner's people keep their owner": [
        ("Mexico agreed to cut its budget deficit.",
         [("Mexico", "cut", "Mexico's budget deficit", False, True)], []),
        ("Oil ministers of OPEC agreed to cut their output.",
         [("Organization of Petroleum Exporting Countries", "cut",
           "Organization of Petroleum Exporting Countries' output", False, True)], []),
    ],
    "a country the NER typed a place owns what its 'its' says": [
        ("Ivory Coast raised the price of its coffee exports on Monday.",
         [("Ivory Coast", "raise", "price of Ivory Coast's coffee exports", False, False)], []),
        ("Ivory Coast will reduce its cocoa exports to Europe next year.",
         [("Ivory Coast", "reduce", "Ivory Coast's cocoa exports to Europe", False, True)], []),
        ("Ivory Coast suspended payments on its foreign debt.",
         [("Ivory Coast", "suspend", "payments on Ivory Coast's foreign debt", False, False)],
         []),
    ],
    "guard: a place that is no country owns nothing": [
        ("The Sahara lost half of its grazing land to the drought.", [],
         [("Sahara", "Sahara's grazing land")]),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(_SENTENCES))
def test_sentences(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
