"""Objects that say which: whose, with whom, of which firm (session 40).

* a firm named by its two trades keeps its "and" when the NER cut the name before it
  (:func:`~extract.hygiene._trades_joined`): "Harlow Steel and Wire Co", "Pacific Gas and
  Electric Co" are one firm, not "Harlow Steel" and a "Wire Co"; an "of" complement with
  such a name keeps it whole ("engine business of Hartford Boiler and Pump Co",
  :func:`~extract.actors.complement_end`); a name on either side of "and" ("Texaco Canada
  and Pennzoil Co", "Ford Motor and Chrysler Corp") leaves two firms;
* a named "by" phrase the parser hung on the rejecting verb right after its object is
  the object's maker, as on the noun (:func:`~extract.rules.base.owners`): "denied
  charges by Togo that ..." -> "deny charge" Togo (since session 44 told the right way
  round, Togo charge the denier, and the denial by its verb, deny Togo); an unnamed one
  ("by a wide margin", "by phone") is how, not whose;
* a plural bare noun goes beside the triple that names its owner, as a singular one did
  (:func:`~extract.pipeline._named_instead`): no "reject | proposals" beside "reject
  proposal" Pyongyang; with no owner named the bare noun stays;
* a settlement, compromise or bargain that a party concludes ([concluded_ties] after
  [deal_verbs]) is a deal with its "with" partner: "reached a settlement with X" ->
  "reach settlement with" X, no bare "reach | settlement"; a settlement acted on otherwise
  is a place ("demolished a settlement with bulldozers");
* a tie or deal whose "with" partner is unnamed people or a body of them keeps it in
  its label (:func:`~extract.actors.concept_complement`): "would not reopen talks with
  the union" -> "talks with union", not a bare "talks"; a manner ("with enthusiasm")
  stays out, and a named partner is the object ("reopen talk with" the UAW).
"""

from __future__ import annotations

import pytest
from actorgraph.extract.pipeline import _inflects

from tests.constructions import cases, check_labels

TRADE_NAMES = {
    "a firm named by two trades": [
        ("Exxon agreed to buy Harlow Steel and Wire Co.",
         [("Exxon", "agree to buy", "Harlow Steel and Wire Co")],
         [("Exxon", "Wire Co"), ("Exxon", "Harlow Steel")]),
        ("Citibank sued Olympia Paper and Pulp Co over unpaid loans.",
         [("Citibank", "sue", "Olympia Paper and Pulp Co")], [("Citibank", "Pulp Co")]),
        ("Siemens sold the turbine business of Pacific Gas and Electric Co to Hitachi.",
         [("Siemens", "sell business of", "Pacific Gas and Electric Co")],
         [("Siemens", "Electric Co")]),
        ("Volvo bought the marine engine business of Hartford Boiler and Pump Co.",
         [("Volvo", "buy business of", "Hartford Boiler and Pump Co"),
          ("Volvo", "buy", "marine engine business of Hartford Boiler and Pump Co")],
         [("Volvo", "Pump Co"), ("Volvo", "buy", "marine engine business")]),
    ],
    "guard: a name on either side of 'and' is two firms": [
        ("Exxon agreed to buy Texaco Canada and Pennzoil Co.",
         [("Exxon", "agree to buy", "Texaco Canada"), ("Exxon", "agree to buy", "Pennzoil Co")],
         []),
        ("The union struck Ford Motor and Chrysler Corp.",
         [("union", "strike", "Ford Motor"), ("union", "strike", "Chrysler Corp")], []),
        ("Exxon bought Acme Corp and Delta Inc.",
         [("Exxon", "buy", "Acme Corp"), ("Exxon", "buy", "Delta Inc")], []),
        ("Regulators fined General Electric and Apple Inc over the accounting lapses.",
         [("regulators", "fine", "General Electric"), ("regulators", "fine", "Apple Inc")],
         [("regulators", "General Electric and Apple Inc")]),
        ("Boeing agreed to buy Acme Steel and Bethlehem Corp.",
         [("Boeing", "agree to buy", "Acme Steel"),
          ("Boeing", "agree to buy", "Bethlehem Corp")],
         [("Boeing", "Acme Steel and Bethlehem Corp")]),
        ("Investors sued Ohio Edison and Boston Co after the blackout.",
         [("investors", "sue", "Ohio Edison"), ("investors", "sue", "Boston Co")],
         [("investors", "Ohio Edison and Boston Co")]),
    ],
}

VERB_HUNG_MAKERS = {
    "a named 'by' hung on the verb is the maker": [
        # (a charge denied by the one it accuses is the maker's charge of the denier, told
        # the right way round since session 44: tests/test_reverse44_rebutted.py)
        ("Ghana has repeatedly denied charges by Togo that it trains dissidents.",
         [("Togo", "charge", "Ghana"), ("Ghana", "deny", "Togo")],
         [("Ghana", "deny charge", "Togo")]),
        ("Vietnam has repeatedly rejected charges by China that its boats rammed Chinese "
         "vessels.",
         [("China", "charge", "Vietnam"), ("Vietnam", "reject", "China")],
         [("Vietnam", "reject charge", "China")]),
        ("Mexico has repeatedly denied charges by Washington that it tolerates drug "
         "smuggling.",
         [("Washington", "charge", "Mexico"), ("Mexico", "deny", "Washington")],
         [("Mexico", "deny charge", "Washington")]),
    ],
    "guard: an unnamed 'by' says how": [
        ("Norway has again rejected the proposal by a wide margin.",
         [("Norway", "reject", "proposal")], []),
        ("Ford has rejected the offer by phone.", [("Ford", "reject", "offer")], []),
    ],
    "guard: a thing a name modifies in the 'by' phrase is no maker": [
        ("Protesters blocked the road by the Parliament building.",
         [("protesters", "block", "road")],
         [("protesters", "block road", "Parliament building")]),
    ],
}

PLURAL_OWNED = {
    "a plural bare noun beside its named owner": [
        ("Seoul rejected proposals by Pyongyang for joint talks.",
         # (told the right way round: session 44, tests/test_offers44_proposed.py)
         [("Pyongyang", "proposal", "Seoul"), ("Seoul", "reject", "Pyongyang")],
         [("Seoul", "reject", "proposals"), ("Seoul", "reject proposal", "Pyongyang")]),
        ("Exxon dismissed claims by Greenpeace that the spill had killed thousands of birds.",
         [("Exxon", "dismiss claim", "Greenpeace")], [("Exxon", "dismiss", "claims")]),
        ("Moscow condemned the attacks by Hamas on Israeli towns.",
         [("Moscow", "condemn attack", "Hamas")], [("Moscow", "condemn", "attacks")]),
    ],
    "guard: no owner named": [
        ("Kabul denies the charges.", [("Kabul", "deny", "charges")], []),
        ("Kenya has repeatedly denied the accusations.", [("Kenya", "deny", "accusations")], []),
    ],
}

CONCLUDED = {
    "a concluded settlement, compromise or bargain": [
        ("Acme Corp failed to reach a settlement with Lumen Data Corp over the patent dispute.",
         [("Acme Corp", "reach settlement with", "Lumen Data Corp")],
         [("Acme Corp", "reach", "settlement")]),
        ("Hungary reached a compromise with the European Commission.",
         [("Hungary", "reach compromise with", "European Commission")],
         [("Hungary", "reach", "compromise")]),
        ("The Social Democrats struck a compromise with the Greens on the budget.",
         [("Social Democrats", "strike compromise with", "Greens")], []),
        ("Fiat sealed a bargain with Chrysler.",
         [("Fiat", "seal bargain with", "Chrysler")], [("Fiat", "seal", "bargain")]),
    ],
    "guard: a settlement acted on otherwise": [
        ("Israel demolished a settlement with bulldozers.",
         [("Israel", "demolish", "settlement")], [("Israel", "bulldozers")]),
        ("Iran rejected a compromise with Iraq.", [("Iran", "reject", "compromise")], []),
    ],
    "guard: a named thing the deal is struck with is no partner": [
        ("Greece reached a compromise with EU funds.",
         [("Greece", "reach", "compromise")], [("Greece", "European Union funds")]),
        ("Kenya struck a compromise with IMF approval.",
         [("Kenya", "strike", "compromise")], [("Kenya", "IMF approval")]),
        ("Merkel struck a compromise with Macron's backing.",
         [("Merkel", "strike", "compromise")], [("Merkel", "Macron's backing")]),
        ("Iran reached a bargain with Chinese help.", [("Iran", "reach", "bargain")], []),
    ],
    "guard: a settlement struck in war is a place": [
        ("Israeli jets struck a settlement with Hezbollah fighters inside.",
         [], [("Israel", "strike settlement with", "Hezbollah")]),
        ("Russian warplanes struck a settlement with Syrian rebels near Idlib.",
         [], [("Russia", "strike settlement with", "Syrian rebels")]),
    ],
}

UNNAMED_PARTNERS = {
    "a tie's unnamed partner stays in the label": [
        ("Alcoa refused to resume talks with the steelworkers until the pickets were lifted.",
         [("Alcoa", "refuse to resume", "talks with steelworkers")],
         [("Alcoa", "refuse to resume", "talks")]),
        ("Air France reached a settlement with striking pilots.",
         [("Air France", "reach", "settlement with striking pilots")],
         [("Air France", "reach", "settlement")]),
        ("Chevron ended its partnership with the farmers last year.",
         [("Chevron", "end", "Chevron's partnership with farmers")],
         [("Chevron", "end", "Chevron's partnership")]),
    ],
    "guard: a manner, or a named partner": [
        ("Indonesia signed a border accord with enthusiasm.",
         [("Indonesia", "sign", "border accord")], []),
        ("Ford reopened talks with the United Auto Workers.",
         [("Ford", "reopen talk with", "United Auto Workers")],
         [("Ford", "reopen", "talks with United Auto Workers")]),
    ],
}


@pytest.mark.parametrize(("sentence", "present", "absent"),
                         cases(TRADE_NAMES, VERB_HUNG_MAKERS, PLURAL_OWNED, CONCLUDED,
                               UNNAMED_PARTNERS))
def test_objects_say_which(extractor, sentence, present, absent):
    check_labels(extractor, sentence, present, absent)


@pytest.mark.parametrize(("base", "form", "same"), [
    ("charge", "charges", True), ("tax", "taxes", True), ("policy", "policies", True),
    ("claim", "claim", True), ("charge", "chargers", False), ("charge against", "charges",
                                                              False)])
def test_inflects(base, form, same):
    assert _inflects(base, form) is same
