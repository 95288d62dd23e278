"""Event nouns (the ``nominal`` family): sides too vague, events that are no events, and
the flags of events that are going on or only prepared for.

- The place of a violent event noun's target is a named one: a place noun without a name
  of its own is gone past ("a strike on a village on an island in western Rakhine state"
  -> Israel —strike→ Rakhine, not "the island"; "a farm in an area near Kobani" ->
  Kobani), one with its name stays ("a building in the town of Nabatieh").
- A bare event noun that a limit or ban bears on is a kind of event, none that took place:
  "called for curbs on Japanese purchases of U.S. firms" (no "Japan —purchase→ firms").
- An event noun that a verb of ending takes was going on: "met to discuss ending fighting
  between X and Y", "sought to halt clashes between X and Y", "could end the war between X
  and Y" (stated, neither hedged nor denied); one prepared for is only planned: "prepared
  for a new round of talks between X and Y" (hedged).
- A possessed event noun that a verb judges or cites happened: "allegedly criticized
  Hosni's creation of new cities" (stated).
- A reciprocal event noun whose "of" names two sides or more: "the merger of Nissan and
  Honda", "a meeting of Biden and Xi" (each side —event→ the other).
- An event noun that talks, a proposal or hopes are about, or that is discussed, is only
  sought: "talks on a ceasefire between X and Y", "hopes for a deal between X and Y",
  "mediators discussed a peace deal between X and Y" (hedged; not "an agreement on a
  ceasefire", which concludes it).
- A stance's target that is the agent's own common noun is no party: "In support of her
  candidacy, ..." (no triple).
- A root noun with a named possessor that swallowed the sentence's verb: "Iran's execution
  of X angered Berlin" (Iran —execute→ X; Berlin is the swallowed verb's object, as is
  Brussels of "the EU aid package for Ukraine frustrated Brussels").
"""

from __future__ import annotations

import pytest
from actorgraph.extract.context import ended, modality, realised
from actorgraph.extract.triples import all_triples

from tests.constructions import cases, check_construction
from tests.docs import parse


def triples(doc):
    return {(t.subject.text, t.lemma, t.object.text): t for t in all_triples(doc)}


_ENTS = {"Israeli": "NORP", "Lebanon": "GPE", "Russian": "NORP", "Ukraine": "GPE",
         "Myanmar": "GPE", "Rakhine": "GPE", "Hezbollah": "ORG", "Houthi": "NORP",
         "Red Sea": "LOC", "Syria": "GPE", "Nabatieh": "GPE", "Japanese": "NORP",
         "Iran": "GPE", "Iranian": "NORP", "Sharmahd": "PERSON", "Berlin": "GPE", "Hungary": "GPE",
         "EU": "ORG", "Brussels": "GPE", "Gaza": "GPE", "Armenia": "GPE",
         "Azerbaijan": "GPE", "Qatar": "GPE", "Hamas": "ORG", "India": "GPE",
         "Pakistan": "GPE", "Afghanistan": "GPE", "Turkish": "NORP", "Kobani": "GPE",
         "Kupiansk": "GPE"}

#: a violent event noun on a target in a place: (sentence, rows, agent, the place, the
#: target, a place noun passed); a bare village, building or house is no target of its own
#: beside its named place (tests/test_vague_sides.py): None
_PLACES = [
    ("Myanmar strike on village on island in Rakhine state killed people", """
        1 compound PROPN Myanmar NNP
        9 nsubj NOUN strike NN
        1 prep ADP on IN
        2 pobj NOUN village NN
        3 prep ADP on IN
        4 pobj NOUN island NN
        5 prep ADP in IN
        8 compound PROPN Rakhine NNP
        6 pobj NOUN state NN
        9 ROOT VERB kill VBD
        9 dobj NOUN people NNS
    """, "Myanmar", "state", None, "island"),
    ("Turkish strike on farm in area near Kobani killed two", """
        1 amod ADJ turkish JJ
        8 nsubj NOUN strike NN
        1 prep ADP on IN
        2 pobj NOUN farm NN
        3 prep ADP in IN
        4 pobj NOUN area NN
        5 prep ADP near IN
        6 pobj PROPN Kobani NNP
        8 ROOT VERB kill VBD
        8 dobj NUM two CD
    """, "Turkish", "Kobani", "farm", "area"),
    ("Russian strike on depot in region near Kupiansk destroyed fuel", """
        1 amod ADJ russian JJ
        8 nsubj NOUN strike NN
        1 prep ADP on IN
        2 pobj NOUN depot NN
        3 prep ADP in IN
        4 pobj NOUN region NN
        5 prep ADP near IN
        6 pobj PROPN Kupiansk NNP
        8 ROOT VERB destroy VBD
        8 dobj NOUN fuel NN
    """, "Russian", "Kupiansk", "depot", "region"),
]


@pytest.mark.parametrize(("sentence", "rows", "agent", "place", "target", "passed"), _PLACES)
def test_the_place_of_a_target_is_a_named_one(sentence, rows, agent, place, target, passed):
    found = triples(parse(sentence, rows, ents=_ENTS))
    assert found[(agent, "strike", place)].pattern == "nominal-place"
    if target is not None:
        assert (agent, "strike", target) in found
    assert (agent, "strike", passed) not in found


#: a place noun with a name of its own stays the place: (sentence, rows, agent, place)
_NAMED_PLACES = [
    ("Israeli strike on building in town of Nabatieh killed seven", """
        1 amod ADJ israeli JJ
        8 nsubj NOUN strike NN
        1 prep ADP on IN
        2 pobj NOUN building NN
        3 prep ADP in IN
        4 pobj NOUN town NN
        5 prep ADP of IN
        6 pobj PROPN Nabatieh NNP
        8 ROOT VERB kill VBD
        8 dobj NUM seven CD
    """, "Israeli", "town"),
    ("Myanmar strike on village in Rakhine state near Sittwe killed people", """
        1 compound PROPN Myanmar NNP
        9 nsubj NOUN strike NN
        1 prep ADP on IN
        2 pobj NOUN village NN
        3 prep ADP in IN
        6 compound PROPN Rakhine NNP
        4 pobj NOUN state NN
        6 prep ADP near IN
        7 pobj PROPN Sittwe NNP
        9 ROOT VERB kill VBD
        9 dobj NOUN people NNS
    """, "Myanmar", "state"),
]


@pytest.mark.parametrize(("sentence", "rows", "agent", "place"), _NAMED_PLACES)
def test_a_place_noun_with_its_own_name_stays_the_place(sentence, rows, agent, place):
    found = triples(parse(sentence, rows, ents={**_ENTS, "Sittwe": "GPE"}))
    assert found[(agent, "strike", place)].pattern == "nominal-place"


#: a bare event noun under a limit or ban: (sentence, rows, the agent, the noun's target)
_RESTRICTED = [
    ("lawmakers called for curbs on Japanese purchases of firms", """
        1 nsubj NOUN lawmaker NNS
        1 ROOT VERB call VBD
        1 prep ADP for IN
        2 pobj NOUN curb NNS
        3 prep ADP on IN
        6 amod ADJ japanese JJ
        4 pobj NOUN purchase NNS
        6 prep ADP of IN
        7 pobj NOUN firm NNS
    """, "Japanese", "firms"),
    ("treaty bans Russian attacks on ports", """
        1 nsubj NOUN treaty NN
        1 ROOT VERB ban VBZ
        3 amod ADJ russian JJ
        1 dobj NOUN attack NNS
        3 prep ADP on IN
        4 pobj NOUN port NNS
    """, "Russian", "ports"),
    ("EU imposed a moratorium on Israeli strikes on Gaza", """
        1 nsubj PROPN EU NNP
        1 ROOT VERB impose VBD
        3 det DET a DT
        1 dobj NOUN moratorium NN
        3 prep ADP on IN
        6 amod ADJ israeli JJ
        4 pobj NOUN strike NNS
        6 prep ADP on IN
        7 pobj PROPN Gaza NNP
    """, "Israeli", "Gaza"),
]


@pytest.mark.parametrize(("sentence", "rows", "agent", "target"), _RESTRICTED)
def test_a_kind_of_event_under_a_limit_is_no_event(sentence, rows, agent, target):
    found = {(s, o) for s, _, o in triples(parse(sentence, rows, ents=_ENTS))}
    assert (agent, target) not in found


def test_a_kind_of_event_under_talks_is_still_read():
    # guard: "talks on Russian attacks on ports" is no limit
    doc = parse("officials held talks on Russian attacks on ports", """
        1 nsubj NOUN official NNS
        1 ROOT VERB hold VBD
        1 dobj NOUN talk NNS
        2 prep ADP on IN
        5 amod ADJ russian JJ
        3 pobj NOUN attack NNS
        5 prep ADP on IN
        6 pobj NOUN port NNS
    """, ents=_ENTS)
    assert ("Russian", "ports") in {(s, o) for s, _, o in triples(doc)}


_ENDED = """
    1 nsubj NOUN mediator NNS
    1 ROOT VERB seek VBD
    3 aux PART to TO
    1 xcomp VERB halt VB
    3 dobj NOUN clash NNS
    4 prep ADP between IN
    5 pobj PROPN Armenia NNP
    6 cc CCONJ and CC
    6 conj PROPN Azerbaijan NNP
"""


def test_an_event_a_verb_of_ending_takes_was_going_on():
    doc = parse("mediators sought to halt clashes between Armenia and Azerbaijan", _ENDED,
                ents=_ENTS)
    clashes = doc[4]
    assert ended(clashes) and realised(clashes)
    assert not modality(clashes).hedged
    # the halting itself is only sought
    assert modality(doc[3]).hedged


def test_discussing_ending_fighting_leaves_the_fighting_stated():
    doc = parse("leaders met to discuss ending fighting between Hamas and Gaza", """
        1 nsubj NOUN leader NNS
        1 ROOT VERB meet VBD
        3 aux PART to TO
        1 advcl VERB discuss VB
        3 xcomp VERB end VBG
        4 dobj NOUN fighting NN
        5 prep ADP between IN
        6 pobj PROPN Hamas NNP
        7 cc CCONJ and CC
        7 conj PROPN Gaza NNP
    """, ents=_ENTS)
    assert realised(doc[5]) and not modality(doc[5]).hedged


def test_a_modal_on_ending_does_not_hedge_the_war_between_sides():
    doc = parse("Qatar could end the war between Israel and Hamas", """
        2 nsubj PROPN Qatar NNP
        2 aux AUX could MD
        2 ROOT VERB end VB
        4 det DET the DT
        2 dobj NOUN war NN
        4 prep ADP between IN
        5 pobj PROPN Israel NNP
        6 cc CCONJ and CC
        6 conj PROPN Hamas NNP
    """, ents={**_ENTS, "Israel": "GPE"})
    found = triples(doc)
    assert ("Israel", "war", "Hamas") in found
    assert not found[("Israel", "war", "Hamas")].hedged
    assert not found[("Israel", "war", "Hamas")].negated


def test_a_modal_on_the_war_itself_still_hedges_it():
    # guard: "a war between India and Pakistan would be catastrophic"
    doc = parse("a war between India and Pakistan would be catastrophic", """
        1 det DET a DT
        7 nsubj NOUN war NN
        1 prep ADP between IN
        2 pobj PROPN India NNP
        3 cc CCONJ and CC
        3 conj PROPN Pakistan NNP
        7 aux AUX would MD
        7 ROOT AUX be VB
        7 acomp ADJ catastrophic JJ
    """, ents=_ENTS)
    found = triples(doc)
    assert found[("India", "war", "Pakistan")].hedged


def test_an_event_noun_that_is_not_ended_keeps_the_hedge_of_its_clause():
    # guard: "sought to hold talks with X": the talks are only sought
    doc = parse("mediators sought to hold talks with Armenia", """
        1 nsubj NOUN mediator NNS
        1 ROOT VERB seek VBD
        3 aux PART to TO
        1 xcomp VERB hold VB
        3 dobj NOUN talk NNS
        4 prep ADP with IN
        5 pobj PROPN Armenia NNP
    """, ents=_ENTS)
    assert not ended(doc[4]) and modality(doc[4]).hedged


_PREPARED = [
    ("diplomats prepared for a round of talks between Pakistan and Afghanistan", """
        1 nsubj NOUN diplomat NNS
        1 ROOT VERB prepare VBD
        1 prep ADP for IN
        4 det DET a DT
        2 pobj NOUN round NN
        4 prep ADP of IN
        5 pobj NOUN talk NNS
        6 prep ADP between IN
        7 pobj PROPN Pakistan NNP
        8 cc CCONJ and CC
        8 conj PROPN Afghanistan NNP
    """, 6),
    ("officials are preparing for talks between Pakistan and Afghanistan", """
        2 nsubj NOUN official NNS
        2 aux AUX be VBP
        2 ROOT VERB prepare VBG
        2 prep ADP for IN
        3 pobj NOUN talk NNS
        4 prep ADP between IN
        5 pobj PROPN Pakistan NNP
        6 cc CCONJ and CC
        6 conj PROPN Afghanistan NNP
    """, 4),
    ("troops are ready for an offensive on Gaza", """
        1 nsubj NOUN troop NNS
        1 ROOT AUX be VBP
        1 acomp ADJ ready JJ
        2 prep ADP for IN
        5 det DET an DT
        3 pobj NOUN offensive NN
        5 prep ADP on IN
        6 pobj PROPN Gaza NNP
    """, 5),
]


@pytest.mark.parametrize(("sentence", "rows", "noun"), _PREPARED)
def test_an_event_prepared_for_is_only_planned(sentence, rows, noun):
    doc = parse(sentence, rows, ents=_ENTS)
    assert modality(doc[noun]).hedged


def test_an_event_a_report_is_prepared_on_is_stated():
    # guard: "prepared a report on talks between X and Y"
    doc = parse("diplomats prepared a report on talks between Pakistan and Afghanistan", """
        1 nsubj NOUN diplomat NNS
        1 ROOT VERB prepare VBD
        3 det DET a DT
        1 dobj NOUN report NN
        3 prep ADP on IN
        4 pobj NOUN talk NNS
        5 prep ADP between IN
        6 pobj PROPN Pakistan NNP
        7 cc CCONJ and CC
        7 conj PROPN Afghanistan NNP
    """, ents=_ENTS)
    assert not modality(doc[5]).hedged


def test_a_possessed_root_noun_that_swallowed_its_verb():
    # "Iran's execution of Sharmahd angered Berlin" parsed with "angered" on "Berlin"
    doc = parse("Iran 's execution of Sharmahd angered Berlin", """
        2 poss PROPN Iran NNP
        0 case PART 's POS
        2 ROOT NOUN execution NN
        2 prep ADP of IN
        3 pobj PROPN Sharmahd NNP
        6 amod VERB anger VBD
        2 appos PROPN Berlin NNP
    """, ents=_ENTS)
    found = {(s, o) for s, _, o in triples(doc)}
    assert ("Iran", "Sharmahd") in found
    assert ("Iran", "Berlin") not in found


def test_the_object_of_a_swallowed_verb_is_no_target():
    # "Hungary's veto of the EU aid package for Ukraine frustrated Brussels"
    doc = parse("Hungary 's veto of the EU aid package for Ukraine frustrated Brussels", """
        2 poss PROPN Hungary NNP
        0 case PART 's POS
        2 ROOT NOUN veto NN
        2 prep ADP of IN
        7 det DET the DT
        7 compound PROPN EU NNP
        7 compound NOUN aid NN
        3 pobj NOUN package NN
        7 prep ADP for IN
        11 nmod PROPN Ukraine NNP
        11 amod ADJ frustrated JJ
        8 pobj PROPN Brussels NNP
    """, ents=_ENTS)
    found = {(s, o) for s, _, o in triples(doc)}
    assert not any(o == "Brussels" for _, o in found), found


def test_an_adjective_after_a_preposition_in_a_headline_is_no_swallowed_verb():
    # guard: "Israeli strike on besieged Gaza"
    doc = parse("Israeli strike on besieged Gaza", """
        1 amod ADJ israeli JJ
        1 ROOT NOUN strike NN
        1 prep ADP on IN
        4 amod ADJ besieged JJ
        2 pobj PROPN Gaza NNP
    """, ents=_ENTS)
    assert ("Israeli", "Gaza") in {(s, o) for s, _, o in triples(doc)}


_OF_SIDES = """
    5 nsubj NOUN {noun} NN
    0 prep ADP of IN
    1 pobj PROPN {a} NNP
    2 cc CCONJ and CC
    2 conj PROPN {b} NNP
    5 ROOT VERB end VBD
"""


@pytest.mark.parametrize(("noun", "a", "b"), [("summit", "Putin", "Kim"),
                                            ("meeting", "Biden", "Xi"),
                                            ("alliance", "Russia", "Korea")])
def test_a_reciprocal_noun_of_two_named_sides(noun, a, b):
    doc = parse(f"{noun} of {a} and {b} ended", _OF_SIDES.format(noun=noun, a=a, b=b),
                ents={"Putin": "PERSON", "Kim": "PERSON", "Biden": "PERSON", "Xi": "PERSON",
                      "Russia": "GPE", "Korea": "GPE"})
    found = {(s, o) for s, _, o in triples(doc)}
    assert {(a, b), (b, a)} <= found


def test_meetings_of_two_bodies_are_theirs_not_between_them():
    # guard: "the annual meetings of the IMF and the World Bank"
    doc = parse("meetings of IMF and Bank ended", _OF_SIDES.format(
        noun="meeting", a="IMF", b="Bank").replace("NOUN meeting NN", "NOUN meeting NNS"),
        ents={"IMF": "ORG", "Bank": "ORG"})
    assert not triples(doc)


def test_a_reciprocal_noun_of_one_side_names_no_pair():
    # guard: "talks of Iran ended" (one side), "a meeting of ministers"
    doc = parse("talks of Iran ended", """
        3 nsubj NOUN talk NNS
        0 prep ADP of IN
        1 pobj PROPN Iran NNP
        3 ROOT VERB end VBD
    """, ents=_ENTS)
    assert not triples(doc)


#: an event noun only sought: (sentence, rows, the noun's index)
_SOUGHT = [
    ("talks on a ceasefire between Israel resumed", """
        6 nsubj NOUN talk NNS
        0 prep ADP on IN
        3 det DET a DT
        1 pobj NOUN ceasefire NN
        3 prep ADP between IN
        4 pobj PROPN Israel NNP
        6 ROOT VERB resume VBD
    """, 3),
    ("hopes for a deal between Iran and Qatar faded", """
        8 nsubj NOUN hope NNS
        0 prep ADP for IN
        3 det DET a DT
        1 pobj NOUN deal NN
        3 prep ADP between IN
        4 pobj PROPN Iran NNP
        5 cc CCONJ and CC
        5 conj PROPN Qatar NNP
        8 ROOT VERB fade VBD
    """, 3),
    ("mediators discussed a deal between Armenia and Azerbaijan", """
        1 nsubj NOUN mediator NNS
        1 ROOT VERB discuss VBD
        3 det DET a DT
        1 dobj NOUN deal NN
        3 prep ADP between IN
        4 pobj PROPN Armenia NNP
        5 cc CCONJ and CC
        5 conj PROPN Azerbaijan NNP
    """, 3),
]


@pytest.mark.parametrize(("sentence", "rows", "noun"), _SOUGHT)
def test_an_event_talked_about_or_hoped_for_is_only_sought(sentence, rows, noun):
    assert modality(parse(sentence, rows, ents=_ENTS)[noun]).hedged


def test_an_agreement_on_a_ceasefire_concludes_it():
    # guard: "an agreement on a ceasefire between X and Y took effect"
    doc = parse("an agreement on a ceasefire between Israel and Hamas took effect", """
        1 det DET an DT
        9 nsubj NOUN agreement NN
        1 prep ADP on IN
        4 det DET a DT
        2 pobj NOUN ceasefire NN
        4 prep ADP between IN
        5 pobj PROPN Israel NNP
        6 cc CCONJ and CC
        6 conj PROPN Hamas NNP
        9 ROOT VERB take VBD
        9 dobj NOUN effect NN
    """, ents=_ENTS)
    assert not modality(doc[4]).hedged


def test_a_stance_on_the_agents_own_thing_names_no_party():
    doc = parse("thousands marched in protest against their eviction", """
        1 nsubj NOUN thousand NNS
        1 ROOT VERB march VBD
        1 prep ADP in IN
        2 pobj NOUN protest NN
        3 prep ADP against IN
        6 poss PRON their PRP$
        4 pobj NOUN eviction NN
    """)
    assert not any(o == "eviction" for _, _, o in triples(doc))


def test_a_stance_on_a_named_party_stays():
    # guard: "troops marched in protest against Maduro"
    doc = parse("troops marched in protest against Maduro", """
        1 nsubj NOUN troop NNS
        1 ROOT VERB march VBD
        1 prep ADP in IN
        2 pobj NOUN protest NN
        3 prep ADP against IN
        4 pobj PROPN Maduro NNP
    """, ents={"Maduro": "PERSON"})
    assert ("troops", "protest", "Maduro") in triples(doc)


REAL_SENTENCES = {
    "the place of a target: a named one": [
        ("A Myanmar military air strike on a clinic on an island in western Rakhine state "
         "killed 12 people.", [("Myanmar", "strike", "Rakhine", False, False),
                               ("Myanmar", "strike", "clinic on island", False, False)],
         [("Myanmar", "island")]),
        ("A Turkish drone strike on a farm in an area near Kobani killed two people.",
         [("Turkey", "strike", "Kobani", False, False)], [("Turkey", "area")]),
        # guards: a place with its name, a plain place
        ("An Israeli air strike on a building in the southern Lebanese town of Nabatieh "
         "killed seven people.", [("Israel", "strike", "Nabatieh", False, False)], []),
        ("An Israeli drone strike on a motorcycle in southern Lebanon killed two men.",
         [("Israel", "strike", "Lebanon", False, False)], []),
    ],
    "a kind of event under a limit: no event": [
        ("Lawmakers called for curbs on Japanese purchases of American chip makers.", [],
         [("Japan", "American chip makers")]),
        ("Washington tightened restrictions on Chinese acquisitions of U.S. technology "
         "firms.", [], [("China", "United States technology firms")]),
        ("The treaty bans Russian deployments of missiles in Europe.", [],
         [("Russia", "missiles")]),
    ],
    "an event being ended: stated": [
        ("Militia leaders met to discuss ending fighting between Amal militiamen and Druze "
         "forces.", [("Amal", "fight", "Druze forces", False, False),
                     ("Druze forces", "fight", "Amal", False, False)], []),
        ("Mediators sought to halt clashes between Armenia and Azerbaijan.",
         [("Armenia", "clash", "Azerbaijan", False, False),
          ("Azerbaijan", "clash", "Armenia", False, False)], []),
        ("Qatar could end the war between Israel and Hamas.",
         [("Israel", "war", "Hamas", False, False), ("Hamas", "war", "Israel", False, False)],
         []),
        # guards: a halt stated calls the strikes off; a war supposed stays hedged
        ("Israel halted its air strikes on Gaza.", [("Israel", "strike", "Gaza", True, False)],
         []),
        ("A war between India and Pakistan would be catastrophic.",
         [("India", "war", "Pakistan", False, True),
          ("Pakistan", "war", "India", False, True)], []),
    ],
    "an event prepared for: hedged": [
        ("Diplomats prepared for a new round of talks between Pakistan and Afghanistan.",
         [("Pakistan", "talk", "Afghanistan", False, True),
          ("Afghanistan", "talk", "Pakistan", False, True)], []),
        ("Officials are preparing for talks between Iran and the United States next week.",
         [("Iran", "talk", "United States", False, True),
          ("United States", "talk", "Iran", False, True)], []),
        ("Diplomats prepared a report on talks between Pakistan and Afghanistan.",
         [("Pakistan", "talk", "Afghanistan", False, False),
          ("Afghanistan", "talk", "Pakistan", False, False)], []),
    ],
    "a possessed event judged or cited: stated": [
        ("The opposition allegedly criticized Hosni's creation of new cities in the desert.",
         [("Hosni", "creation", "cities", False, False)], []),
        ("Biden may challenge Trump's ban on imports from China.",
         [("Trump", "ban", "China", False, False)], []),
        ("Rights groups might praise Chile's release of political prisoners.",
         [("Chile", "release", "political prisoners", False, False)], []),
    ],
    "a reciprocal noun of two named sides": [
        ("The trilateral meeting of Cyprus, Greece and Israel took place in Nicosia.",
         [("Cyprus", "meet", "Greece", False, False), ("Greece", "meet", "Cyprus", False,
                                                       False)], []),
        ("The ministers met on the eve of the annual meetings of the International Monetary "
         "Fund and World Bank.", [], [("IMF", "World Bank")]),
        ("A meeting of Biden and Xi took place in Lima.",
         [("Biden", "meet", "Xi", False, False), ("Xi", "meet", "Biden", False, False)],
         []),
    ],
    "an event only talked about or hoped for: hedged": [
        ("Talks on a ceasefire between Israel and Hamas resumed in Cairo.",
         [("Israel", "ceasefire", "Hamas", False, True),
          ("Hamas", "ceasefire", "Israel", False, True)], []),
        ("Hopes for a deal between Iran and the United States faded.",
         [("Iran", "deal", "United States", False, True),
          ("United States", "deal", "Iran", False, True)], []),
        ("Mediators discussed a peace deal between Armenia and Azerbaijan.",
         [("Armenia", "deal", "Azerbaijan", False, True),
          ("Azerbaijan", "deal", "Armenia", False, True)], []),
        # guard: a ceasefire that took effect
        ("An agreement on a ceasefire between Israel and Hamas took effect on Sunday.",
         [("Israel", "ceasefire", "Hamas", False, False),
          ("Hamas", "ceasefire", "Israel", False, False)], []),
    ],
    "a stance on the agent's own thing": [
        ("In support of her candidacy, Princess Ubolratana said she had given up her "
         "titles.", [], [("Ubolratana", "candidacy")]),
        ("Russia sent troops in support of its ally, Syria.",
         [("Russia", "support", "Syria", False, False)], []),
    ],
    "a possessed root noun that swallowed its verb": [
        ("Iran's execution of Jamshid Sharmahd angered Berlin.",
         [("Iran", "execute", "Jamshid Sharmahd", False, False)], [("Iran", "Berlin")]),
        ("Hungary's veto of the EU aid package for Ukraine frustrated Brussels.",
         [("Hungary", "veto", "European Union aid package", False, False)],
         [("European Union", "Brussels"), ("Hungary", "Brussels")]),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(REAL_SENTENCES))
def test_real_sentences(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
