"""Session 45's flags on event summaries and wire (one table of real parses per construction):

- an infinitive or gerund with no object of its own acts on what its preposition names,
  named or not, as a plain clause does ("the army fired on protesters"): "denied firing on
  the protesters" is a negated "fire on" them, "refused to fire on the grain ships" a
  refusal and a negated "fire on", "threatened to shoot at the crowd" a hedged one. Only
  for an act of force ("fire on", "shoot at"), so "refused to stay in office" and "failed
  to agree on price" (a bare object that says little) give nothing
  (:func:`extract.rules.complements._objects`);
- a light verb's event noun in such a complement takes the target the parser hung on the
  verb, as in a plain clause ("opened fire on X"): "refused to open fire on the crowd" is
  a negated "open fire" on the crowd, "threatened to open fire on the protesters" a hedged
  one;
- a gerund right after a verb of denial that the parser hung on the bare noun after it
  ("Russia denied opening fire on the convoy" with "opening" a modifier of "fire", read as
  "Russia —deny fire→ convoy", stated) is the denial's complement: a negated "open fire" on
  the convoy (:func:`extract.hygiene._denied_gerund_read_as_modifier`);
- an event noun that is the subject of a passive verb of intending in the present or
  future is only planned: "talks between Serbia and Kosovo are planned for next month", "a
  meeting between X and Y is scheduled for Friday", "negotiations ... are expected next
  week" (hedged), as "the planned talks between X and Y" are; not in the past ("were
  held", "the attack ... was planned by X") (:func:`extract.context._planned_subject`);
- a meeting, visit or call held "to discuss", "to congratulate" or "to thank" is the talk,
  held: "Blinken met Erdogan on Tuesday to discuss X" discussed it, "Lula telephoned Biden
  to congratulate him" congratulated him (stated, where wire judges marked the hedge
  wrong); "will meet ... to discuss", "sent an envoy to discuss" stay hedged
  (:func:`extract.context.held_talk`, ``[talk_purposes]``);
- events in the "of" phrase of a span of time or a set of events that a verb of ending
  takes were going on, however the ending is hedged: "moved into Goma to end a week of
  clashes between the M23 and the army" states the clashes (:func:`extract.context.ended`);
  "to prevent a war between X and Y" keeps the war hedged;
- what a state's organ that denies a charge says of the state's own forces is its statement,
  as the state's would be: "China's Foreign Ministry denied the charge and said Chinese
  forces had only responded to Vietnamese provocations" (stated, where wire judges marked
  the hedge wrong); what it says of another party stays a counter-claim, hedged
  (:func:`extract.context._denier_own`).
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction

pytestmark = pytest.mark.model

PREPOSITIONAL_COMPLEMENTS = {
    "a complement acts on what its preposition names, named or not": [
        ("The Nigerian army denied firing on the protesters in Lekki.",
         [("Nigeria", "fire on", "protesters", True, False)], []),
        ("Israel denies shooting at the aid convoy near Gaza City.",
         [("Israel", "shoot at", "aid convoy", True, False)], []),
        ("The Ukrainian navy refused to fire on the grain ships.",
         [("Ukraine", "refuse to fire on", "grain ships", False, False),
          ("Ukraine", "fire on", "grain ships", True, False)], []),
        ("The Sudanese army threatened to shoot at the crowd outside the embassy.",
         [("Sudan", "threaten to shoot at", "crowd", False, True)], []),
    ],
    "a light verb's event noun takes the target hung on the verb": [
        ("Kenyan police denied opening fire on the demonstrators in Nairobi.",
         [("Kenya", "open fire", "demonstrators", True, False)], []),
        ("The Serbian police refused to open fire on the crowd.",
         [("Serbia", "open fire", "crowd", True, False)], []),
        ("The army threatened to open fire on the protesters.",
         [("army", "threaten to open fire", "protesters", False, True)], []),
    ],
    "a gerund after a denial the parser hung on the noun as a modifier": [
        ("Russia denied opening fire on the Ukrainian convoy.",
         [("Russia", "open fire", "Ukrainian convoy", True, False)],
         [("Russia", "fire")]),
        ("Azerbaijan denied opening fire on Armenian positions near Tegh.",
         [("Azerbaijan", "open fire", "Armenian positions", True, False)], []),
        ("The Kremlin denied opening fire on the Georgian border post.",
         [("Kremlin", "open fire", "Georgian border post", True, False)], []),
        ("The judge dismissed opening arguments by the defence.", [], [("judge", "arguments")]),
    ],
    "guards: no class, or a named object as before": [
        ("The minister refused to stay in office.", [], [("minister", "office")]),
        ("Kendall Foods said it ended merger talks after Brixton Dairy and Kendall Foods "
         "failed to agree on price.", [], [("Brixton Dairy", "price"), ("Kendall Foods", "price")]),
        ("Hamas refused to negotiate with Israel.",
         [("Hamas", "negotiate with", "Israel", True, False)], []),
    ],
}

PLANNED_SUBJECTS = {
    "an event noun planned, scheduled or expected is only planned": [
        ("Talks between Serbia and Kosovo are planned for next month.",
         [("Serbia", "talk", "Kosovo", False, True),
          ("Kosovo", "talk", "Serbia", False, True)], []),
        ("A meeting between Modi and Sharif is scheduled for Friday in Astana.",
         [("Modi", "meet", "Sharif", False, True),
          ("Sharif", "meet", "Modi", False, True)], []),
        ("Negotiations between Chevron and the Venezuelan government are expected next "
         "week.",
         [("Chevron", "negotiate", "Venezuela", False, True),
          ("Venezuela", "negotiate", "Chevron", False, True)], []),
    ],
    "guards: held, planned in the past, or a purpose told": [
        ("Talks between Serbia and Kosovo were held in Brussels on Monday.",
         [("Serbia", "talk", "Kosovo", False, False),
          ("Kosovo", "talk", "Serbia", False, False)], []),
        ("Talks between Serbia and Kosovo took place in Brussels.",
         [("Serbia", "talk", "Kosovo", False, False),
          ("Kosovo", "talk", "Serbia", False, False)], []),
        ("Canada's ban on Huawei equipment is aimed at protecting its 5G networks.",
         [("Canada", "ban", "Huawei equipment", False, False)], []),
        ("The attack on the Serbian border post was planned by Kosovar militants.",
         [("Kosovo", "attack", "Serbian border post", False, False)], []),
    ],
}

HELD_TALKS = {
    "a meeting or call held to discuss or congratulate is the talk": [
        ("Blinken met Erdogan in Ankara on Tuesday to discuss Sweden's NATO bid.",
         [("Blinken", "meet", "Erdogan", False, False),
          ("Blinken", "discuss", "Sweden's NATO bid", False, False)], []),
        ("Lula telephoned Biden to congratulate him on his victory.",
         [("Lula", "congratulate", "Biden", False, False)], []),
        ("Scholz visited Kyiv on Monday to discuss air defence with Zelensky.",
         [("Scholz", "discuss", "air defence", False, False)], []),
    ],
    "guards: a meeting to come, or an envoy sent": [
        ("Blinken will meet Erdogan in Ankara next week to discuss Sweden's NATO bid.",
         [("Blinken", "discuss", "Sweden's NATO bid", False, True)], []),
        ("Iran sent an envoy to Riyadh to discuss the Yemen war.",
         [("Iran", "discuss", "Yemen war", False, True)], []),
    ],
}

ENDED_SPANS = {
    "the events of a span or set that is ended were going on": [
        ("UN troops moved into Goma to end a week of clashes between the M23 and the "
         "Congolese army.",
         [("M23", "clash", "Democratic Republic of the Congo", False, False),
          ("Democratic Republic of the Congo", "clash", "M23", False, False)], []),
        ("Turkey sent envoys to Baku to end years of fighting between Armenia and "
         "Azerbaijan.",
         [("Armenia", "fight", "Azerbaijan", False, False),
          ("Azerbaijan", "fight", "Armenia", False, False)], []),
        ("Qatar sent mediators to Cairo to end months of fighting between Israel and Hamas.",
         [("Israel", "fight", "Hamas", False, False),
          ("Hamas", "fight", "Israel", False, False)], []),
    ],
    "guard: a war to prevent stays hedged": [
        ("Egypt sent troops to prevent a war between Sudan and Ethiopia.",
         [("Sudan", "war", "Ethiopia", False, True),
          ("Ethiopia", "war", "Sudan", False, True)], []),
    ],
}

OWN_ORGANS = {
    "what a state's organ that denies a charge says of the state's forces is stated": [
        ("China's Foreign Ministry denied the charge and said Chinese forces had only "
         "responded to Vietnamese provocations.",
         [("China", "respond to", "Vietnamese provocations", False, False)], []),
        ("The Turkish defence ministry rejected the charge, saying Turkish jets had struck "
         "only PKK camps in Iraq.",
         [("Turkey", "strike", "PKK camps", False, False)], []),
        ("Pakistan's army denied the charge and said Pakistani troops had returned fire "
         "only after Indian shelling.",
         [("Pakistan", "return", "fire", False, False)], []),
    ],
    "guards: what it says of another party is a counter-claim": [
        ("Iran's foreign ministry denied the charge and said Iranian dissidents had "
         "attacked the embassy.",
         [("Iranian dissidents", "attack", "embassy", False, True)], []),
        ("Russia's defence ministry denied the charge and said Ukrainian troops had "
         "shelled the hospital.",
         [("Ukraine", "shell", "hospital", False, True)], []),
    ],
}


@pytest.mark.parametrize("sentence, present, absent",
                         cases(PREPOSITIONAL_COMPLEMENTS, PLANNED_SUBJECTS, HELD_TALKS,
                               ENDED_SPANS, OWN_ORGANS))
def test_flags45(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
