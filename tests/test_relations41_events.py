"""Relation words that keep the event (session 41).

- an infinitive chain keeps its content verb: a bare infinitive after a verb of helping
  or letting goes on to what it does ("urged Washington to help stabilise the dollar"
  is "urge to help stabilise dollar", not "urge to help"; "asked Israel to let aid
  trucks enter Gaza" is "ask to let aid trucks enter Gaza")
  (:func:`~extract.rules.verbal._bare_infinitive`, in :func:`~extract.rules.verbal.act_wording`);
- what a verb of letting lets its object do, the object parsed as the subject of the
  clause after it, goes with the relation, in the plain and in the complement rule:
  "refused to let Syrian troops enter the suburbs" is "refuse to let enter suburbs"
  Syria, not "refuse to let" (:func:`~extract.rules.verbal.let_act`);
- the thing a relation through a preposition names (:func:`~extract.rules.verbal.place_label`)
  is what a measure counts, through every "of" ("smuggled several tonnes of heroin into
  Spain" -> "smuggle heroin into", not "smuggle tonne into"; "thousands of barrels of
  crude oil" -> "oil"), and a noun compound before it names it whole ("sold television
  sets in Brazil" -> "sell television set in", not "sell set in"), but not a name's
  ("Boeing jets"), an amount's unit ("a 300 mln dlr contract") or a hyphenated word's end;
- a verb of choosing (:data:`~extract.lexicon.APPOINTING_VERBS`) keeps the role it gives
  its object: "had chosen Ford as the target for a possible strike" is "choose as
  target", not a bare "choose" (:func:`~extract.rules.verbal._chosen_as`);
- a count's "of" noun is what an infinitive acts on: "urged both sides to withdraw tens
  of thousands of troops" is "urge to withdraw troops" (:func:`~extract.rules.verbal._done_to`).
"""

from __future__ import annotations

import pytest
from actorgraph.extract.rules.verbal import _counted, _kind, place_label

from actorgraph.records import Article
from tests.constructions import cases, check_labels
from tests.docs import parse

LABELS = {
    "a bare infinitive after a verb of helping goes on to its act": [
        ("Germany urged Washington to help stabilise the dollar.",
         [("Germany", "urge to help stabilise dollar", "Washington")],
         [("Germany", "urge to help", "Washington")]),
        ("The European Union asked China to help end the war in Ukraine.",
         [("European Union", "ask to help end war", "China")],
         [("European Union", "ask to help", "China")]),
        ("Nigeria pressed Ghana to help fight piracy in the Gulf of Guinea.",
         [("Nigeria", "press to help fight piracy", "Ghana")],
         [("Nigeria", "press to help", "Ghana")]),
    ],
    "guard: a plain infinitive reads as before": [
        ("Germany urged Washington to stabilise the dollar.",
         [("Germany", "urge to stabilise dollar", "Washington")], []),
    ],
    "what a verb of letting lets its object do": [
        ("Hezbollah refused to let Syrian troops enter the suburbs.",
         [("Hezbollah", "refuse to let enter suburbs", "Syria")],
         [("Hezbollah", "refuse to let", "Syria")]),
        ("Turkey refused to let Kurdish fighters cross into Kobane.",
         [("Turkey", "refuse to let cross into Kobane", "Kurdish fighters")],
         [("Turkey", "refuse to let", "Kurdish fighters")]),
        ("The United Nations asked Israel to let aid trucks enter Gaza.",
         [("United Nations", "ask to let aid trucks enter Gaza", "Israel")],
         [("United Nations", "ask to let", "Israel")]),
        ("Washington asked Cairo to let the convoy cross the border.",
         [("Washington", "ask to let convoy cross border", "Cairo")],
         [("Washington", "ask to let", "Cairo")]),
    ],
    "guard: an infinitive with 'to' after a verb of letting keeps its 'to'": [
        ("Greece allowed Albanian workers to enter its territory.",
         [("Greece", "allow to enter territory", "Albanian workers")], []),
    ],
    "a measure names what it counts, through every 'of'": [
        ("Police said the Ortega gang smuggled several tonnes of heroin into Spain.",
         [("Ortega", "smuggle heroin into", "Spain")],
         [("Ortega", "smuggle tonne into", "Spain")]),
        ("Colombian traffickers shipped dozens of barrels of chemicals to Mexico.",
         [("Colombian traffickers", "ship chemical to", "Mexico")],
         [("Colombian traffickers", "ship barrel to", "Mexico")]),
        ("Iran exported thousands of barrels of crude oil to India.",
         [("Iran", "export oil to", "India")], [("Iran", "export barrel to", "India")]),
    ],
    "guard: a thing with no measure names itself": [
        ("Police said the Ortega gang smuggled the drugs into Spain.",
         [("Ortega", "smuggle drug into", "Spain")], []),
    ],
    "a noun compound names the thing whole": [
        ("Samsung sold television sets in Brazil.",
         [("Samsung", "sell television set in", "Brazil")],
         [("Samsung", "sell set in", "Brazil")]),
        ("Siemens built a power plant in Kenya.",
         [("Siemens", "build power plant in", "Kenya")],
         [("Siemens", "build plant in", "Kenya")]),
        ("Toyota opened a car factory in Hungary.",
         [("Toyota", "open car factory in", "Hungary")],
         [("Toyota", "open factory in", "Hungary")]),
    ],
    "guard: an amount's unit is no compound that names the thing": [
        ("The Navy awarded Lockheed a 300 mln dlr contract to build frigates.",
         [("Navy", "award contract to", "Lockheed")],
         [("Navy", "award dlr contract to", "Lockheed")]),
    ],
    "the role a verb of choosing gives its object": [
        ("The UAW chose Ford as the target for a possible strike.",
         [("United Auto Workers", "choose as target", "Ford")],
         [("United Auto Workers", "choose", "Ford")]),
        ("The Pentagon selected Lockheed as the supplier of the new fighter.",
         [("Pentagon", "select as supplier of new fighter", "Lockheed")],
         [("Pentagon", "select", "Lockheed")]),
        ("The players elected Moreno as captain.",
         [("players", "elect as captain", "Moreno")], [("players", "elect", "Moreno")]),
    ],
    "guard: a choice with no role stays bare": [
        ("The Pentagon selected Lockheed.", [("Pentagon", "select", "Lockheed")], []),
    ],
    "a count's 'of' noun is what an infinitive acts on": [
        ("The United Nations urged India to withdraw tens of thousands of troops.",
         [("United Nations", "urge to withdraw troops", "India")],
         [("United Nations", "urge to withdraw tens of thousands", "India")]),
        ("Washington asked Kiev to send dozens of engineers to Odessa.",
         [("Washington", "ask to send engineers", "Kiev")],
         [("Washington", "ask to send dozens", "Kiev")]),
        ("The EU told Minsk to free hundreds of political prisoners.",
         [("European Union", "tell to free political prisoners", "Minsk")],
         [("European Union", "tell to free hundreds", "Minsk")]),
    ],
    "guard: a number before the noun leaves it as before": [
        ("The United Nations urged India to withdraw 5,000 troops.",
         [("United Nations", "urge to withdraw troops", "India")], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize("sentence, present, absent", cases(LABELS))
def test_relation_words_keep_the_event(extractor, sentence, present, absent):
    check_labels(extractor, sentence, present, absent)


def test_a_measure_counts_through_every_of():
    doc = parse("exported thousands of barrels of oil to India", '''
        0 ROOT VERB export VBD
        0 dobj NOUN thousand NNS
        1 prep ADP of IN
        2 pobj NOUN barrel NNS
        3 prep ADP of IN
        4 pobj NOUN oil NN
        0 prep ADP to IN
        6 pobj PROPN India NNP''', ents={"India": "GPE"})
    assert _counted(doc[1]).text == "oil"
    assert place_label("export", doc[1], "to") == "export oil to"


def test_a_noun_compound_names_the_thing_but_not_a_name_or_unit():
    doc = parse("sold television sets and Boeing jets", '''
        0 ROOT VERB sell VBD
        2 compound NOUN television NN
        0 dobj NOUN set NNS
        2 cc CCONJ and CC
        5 compound PROPN Boeing NNP
        2 conj NOUN jet NNS''', ents={"Boeing": "ORG"})
    assert _kind(doc[2]).text == "television"
    assert _kind(doc[5]) is None
    assert place_label("sell", doc[2], "in") == "sell television set in"
    assert place_label("sell", doc[5], "to") == "sell jet to"


#: (sentence, (subject, label, object), wanted class): the reading of a verb of helping
#: names its bare infinitive's object ("help rebuild power grid"), which is no object of
#: "help" itself: the class stays that of helping someone (events._bare_act in
#: events.class_lemma), as before the reading named the act.
HELPED = [
    ("Japan helped Ukraine rebuild its power grid.",
     ("Japan", "help rebuild power grid", "Ukraine"), "AID"),
    ("Qatar helped Hamas buy weapons.", ("Qatar", "help buy weapons", "Hamas"), "AID"),
    ("China helped Russia evade Western sanctions on oil exports.",
     ("China", "help evade western sanctions", "Russia"), "AID"),
    # guards: an infinitive with 'to' reads as before; a demand stays one
    ("Japan helped Ukraine to rebuild its power grid.",
     ("Japan", "help to rebuild power grid", "Ukraine"), "AID"),
    ("Germany urged Washington to help stabilise the dollar.",
     ("Germany", "urge to help stabilise dollar", "Washington"), "DEMAND"),
]


@pytest.mark.model
@pytest.mark.parametrize("sentence, triple, wanted", HELPED)
def test_a_bare_infinitive_object_is_no_object_of_help(extractor, sentence, triple, wanted):
    (result,) = extractor.extract([Article("h", sentence)])
    found = {(t.subject.label, t.relation.label, t.object.label): t.relation.event_class
             for t in result.triples}
    assert triple in found, sorted(found)
    assert found[triple] == wanted
