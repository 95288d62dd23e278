"""Sides that say which one: the words of a side's label (session 37).

* a common noun keeps the short "on", "about", "against", "regarding" or "concerning"
  complement that says which one it is, whatever its head
  (:data:`~extract.lexicon.WHICH_PREPS`): "classified information on NATO naval
  exercises", "a report on the Kuril Islands", "charges against Ivan Boesky" (not a bare
  "information", "report", "charges"); people "on" something are only where they are
  ("gunmen on motorbikes" stay gunmen), nor does a partner after "with" ("talks with the
  opposition on constitutional reform": the talks' topic) or an agent after "by", nor a
  count ("on 736 occasions"); the existing word limits hold;
* "for" with a name says whom a concept is for, as "from" and "under" do
  (:data:`~extract.lexicon.NAMED_COMPLEMENT_PREPS`): "a rescue package for Westland";
  without a name ("a loan for new equipment") it keeps none;
* a site, building or place (:data:`~extract.lexicon.SITED_HEADS` with the place
  heads) keeps the "in" / "near" phrase that names where it is: "a village in northern
  Nueva Segovia province", "a refugee camp near the border town of Parachinar" (the
  parser hangs "near" on the verb; the phrase right after the object is still the
  camp's), "an oil refinery near Abadan"; not an unnamed place ("a military base in the
  mountains") nor a site with a name of its own ("Hezbollah positions in southern
  Lebanon");
* a name with "and" in it after "of" is one name, kept whole: "shares of Wells and
  Baxter Furniture Co" (not a bare "shares", nor "shares of Wells" in the relation);
* a nationality word the parser made an object of its own before its noun ("accused
  Honduran troops", "Honduran" and "troops" two objects) leaves no bare second side
  "troops" beside Honduras (:func:`~extract.rules.base.split_nationality`);
* a hyphened modifier before a name ("Communist-led", "Iranian-backed", "Hong
  Kong-based") is no side: "the Communist-led Workers Commissions" are the Workers
  Commissions, not "Communist"; "sanctions Hong Kong-based shipping firms Bright Ocean
  Logistics and Kaiwei Maritime", parsed with "Kong" the object, sanctions the firms
  (:func:`~extract.actors.name_modified`), not Hong Kong.
"""

from __future__ import annotations

import pytest
from actorgraph.extract.actors import complement_end, name_modified
from actorgraph.extract.rules.base import loose_second_object, split_nationality

from actorgraph.records import Article
from tests.docs import parse

WHICH = [
    ("Norway expelled two Soviet diplomats for trying to obtain classified information on "
     "NATO naval exercises.",
     ("Soviet diplomats", "try to obtain", "classified information on NATO naval exercises")),
    ("Japan published a report on the Kuril Islands.",
     ("Japan", "publish", "report on Kuril Islands")),
    ("Tokyo released new data on Japanese car exports.",
     ("Tokyo", "release", "data on Japanese car exports")),
    ("Moscow rejected accusations about Soviet submarines in Swedish waters.",
     ("Moscow", "reject", "accusations about Soviet submarines")),
    ("The Justice Department dropped charges against Ivan Boesky.",
     ("Justice Department", "drop", "charges against Ivan Boesky")),
    ("Britain announced a rescue package for Westland.",
     ("United Kingdom", "announce", "rescue package for Westland")),
]

SITED = [
    ("Nicaragua accused Honduran troops of shelling a village in northern Nueva Segovia "
     "province, wounding four civilians.",
     ("Honduras", "shell", "village in northern Nueva Segovia province")),
    ("Pakistan accused Afghan warplanes of bombing a refugee camp near the border town of "
     "Parachinar, killing at least 37 people.",
     ("Afghanistan", "bomb", "refugee camp near border town of Parachinar")),
    ("Iraqi jets bombed an oil refinery near Abadan.",
     ("Iraq", "bomb", "oil refinery near Abadan")),
    ("Rebels attacked a military base in Kunar province.",
     ("rebels", "attack", "military base in Kunar province")),
    # a nationality word says whose the site is, not which one: the place stays
    ("Israeli jets bombed a Palestinian camp near Sidon.",
     ("Israel", "bomb", "Palestinian camp near Sidon")),
    ("Russian missiles hit a Ukrainian power plant near Kyiv.",
     ("Russia", "hit", "Ukrainian power plant near Kyiv")),
    ("Turkish troops shelled a Syrian village near Afrin.",
     ("Turkey", "shell", "Syrian village near Afrin")),
]

NAMES_WITH_AND = [
    ("A Delaware judge barred Carrington Holdings Inc from buying shares of Wells and Baxter "
     "Furniture Co.",
     ("Carrington Holdings Inc", "buy", "shares of Wells and Baxter Furniture Co")),
    ("Texaco bought the shares of Johnson and Johnson.",
     ("Texaco", "buy", "shares of Johnson and Johnson")),
]

HYPHENED = [
    ("The socialist UGT and the Communist-led Workers Commissions, which called the "
     "stoppage, said they would hold two more strikes.",
     ("Workers Commissions", "call", "stoppage")),
    ("The Iranian-backed Popular Mobilisation Forces attacked the base.",
     ("Popular Mobilisation Forces", "attack", "base")),
    ("The Socialist-led Workers Front rejected the offer.",
     ("Workers Front", "reject", "offer")),
    ("The U.S. Treasury Department sanctions Hong Kong\u2013based shipping firms Bright "
     "Ocean Logistics and Kaiwei Maritime.",
     ("U.S. Treasury Department", "sanction", "Bright Ocean Logistics")),
]

UNCHANGED = [
    # no name says where
    ("Rebels attacked a military base in the mountains.", ("rebels", "attack", "military base")),
    ("The army shelled a village in the area.", ("army", "shell", "village")),
    # a name of its own says which
    ("Israeli warplanes raided Hezbollah positions in southern Lebanon.",
     ("Israel", "raid", "Hezbollah positions")),
    # a count after "on" says how often; a partner's "on" phrase is the act's topic
    ("Pan Am flew the aircraft on 736 occasions.", ("Pan Am", "fly", "aircraft")),
    ("South Korea offered to resume talks with the opposition on constitutional reform.",
     ("South Korea", "offer to resume talk", "opposition")),
    # "for" without a name
    ("The World Bank approved a loan for new equipment for Brazil's steel mills.",
     ("World Bank", "approve", "loan")),
    # a capitalised group word after "X-led" is no name of its own: the leader stands for it
    ("The Saudi-led Coalition bombed Sanaa on Monday.", ("Saudi Arabia", "bomb", "Sanaa")),
    ("The US-led Coalition struck Mosul overnight.", ("United States", "strike", "Mosul")),
    ("The Saudi-led Coalition did not bomb the port.", ("Saudi Arabia", "bomb", "port")),
]

CHANGED = WHICH + SITED + NAMES_WITH_AND + HYPHENED
SENTENCES = [s for s, _ in CHANGED + UNCHANGED]


@pytest.fixture(scope="module")
def found(extractor) -> dict[str, set[tuple[str, str, str]]]:
    results = extractor.extract([Article(f"t{i}", s) for i, s in enumerate(SENTENCES)])
    return {s: {(t.subject.label, t.relation.label, t.object.label) for t in r.triples}
            for s, r in zip(SENTENCES, results, strict=True)}


@pytest.mark.parametrize(("sentence", "triple"), CHANGED + UNCHANGED)
def test_the_side_says_which_one(found, sentence, triple):
    assert triple in found[sentence], sorted(found[sentence])


def test_no_bare_head_left(found):
    bare = {"information", "report", "data", "accusations", "charges", "rescue package",
            "village", "refugee camp", "oil refinery", "military base", "shares"}
    for sentence, _ in WHICH + SITED + NAMES_WITH_AND:
        assert not any(o in bare for _, _, o in found[sentence]), sorted(found[sentence])


def test_no_fragment_of_a_name_with_and(found):
    for sentence, _ in NAMES_WITH_AND:
        assert not any(r.endswith(("of Wells", "of Johnson")) for _, r, _ in found[sentence]), \
            sorted(found[sentence])


def test_no_bare_duplicate_of_a_split_nationality(found):
    sentence = SITED[0][0]
    assert not any("troops" in (s, o) for s, _, o in found[sentence]), sorted(found[sentence])


def test_a_hyphened_modifier_is_no_side(found):
    for sentence, _ in HYPHENED:
        sides = {x for s, _, o in found[sentence] for x in (s, o)}
        assert not sides & {"Communist", "Iran", "Socialist", "Hong Kong"} - {
            s for s, r, _ in found[sentence] if r == "back"}, sorted(found[sentence])
    hong_kong = found[HYPHENED[-1][0]]
    assert ("U.S. Treasury Department", "sanction", "Kaiwei Maritime") in hong_kong


#: A described event pointed back to whose site's place is named only in its own "of"
#: phrase, a link past the label's depth: the label stops before the place, never at a
#: bare "municipality", "town" or "district" that says not where.
PLACE_PAST_THE_DEPTH = [
    ("The attack on the base in the municipality of El Plateado was carried out with "
     "drones.\nDefense Minister Pedro Sanchez condemned the attack.",
     ("Pedro Sanchez", "condemn", "attack on base")),
    ("The bombing of a market in the town of Maiduguri killed 20 people.\nPresident "
     "Buhari condemned the bombing.",
     ("Buhari", "condemn", "bombing of market")),
    ("The raid on a police station in the district of Mandera left four dead.\nKenya "
     "condemned the raid.",
     ("Kenya", "condemn", "raid on police station")),
]


def test_a_place_named_past_the_depth_is_left_out(extractor):
    texts = [t for t, _ in PLACE_PAST_THE_DEPTH]
    results = extractor.extract([Article(f"d{i}", t) for i, t in enumerate(texts)])
    for (_, triple), result in zip(PLACE_PAST_THE_DEPTH, results, strict=True):
        found = {(t.subject.label, t.relation.label, t.object.label) for t in result.triples}
        assert triple in found, sorted(found)
        assert not any(o.endswith(("municipality", "town", "district")) for _, _, o in found)


# --- the parse-level helpers, on the misparses themselves ----------------------------------

@pytest.mark.parametrize(("text", "rows", "ents", "word"), [
    ("accused Honduran troops", """
        0 ROOT VERB accuse VBD
        0 dobj PROPN Honduran NNP
        0 dobj NOUN troop NNS""", {"Honduran": "NORP"}, "Honduran"),
    ("expelled Libyan diplomats", """
        0 ROOT VERB expel VBD
        0 dobj PROPN Libyan NNP
        0 dobj NOUN diplomat NNS""", {"Libyan": "NORP"}, "Libyan"),
    ("blamed Iraqi gunboats", """
        0 ROOT VERB blame VBD
        0 dobj ADJ Iraqi JJ
        0 dobj NOUN gunboat NNS""", {"Iraqi": "NORP"}, "Iraqi"),
])
def test_a_split_nationality_leaves_no_second_object(text, rows, ents, word):
    doc = parse(text, rows, ents=ents)
    assert split_nationality(doc[0], doc[2]).text == word
    assert loose_second_object(doc[0], doc[2]) and not loose_second_object(doc[0], doc[1])


def test_two_objects_that_are_no_nationality_stay():
    # guard: a name, then a noun ("gave Hamas money"), is two objects
    doc = parse("gave Hamas money", """
        0 ROOT VERB give VBD
        0 dative PROPN Hamas NNP
        0 dobj NOUN money NN""", ents={"Hamas": "ORG"})
    assert split_nationality(doc[0], doc[2]) is None


@pytest.mark.parametrize(("text", "rows", "ents", "spaces", "noun"), [
    ("sanctions Hong Kong - based firms", """
        0 ROOT VERB sanction VBZ
        2 compound PROPN Hong NNP
        0 dobj PROPN Kong NNP
        4 punct PUNCT - HYPH
        5 amod VERB base VBN
        2 appos NOUN firm NNS""", {"Hong Kong": "GPE"},
     [True, True, False, False, True, False], "firms"),
    ("fined Dubai \u2013 based traders", """
        0 ROOT VERB fine VBD
        0 dobj PROPN Dubai NNP
        3 punct PUNCT \u2013 HYPH
        4 amod VERB base VBN
        1 appos NOUN trader NNS""", {"Dubai": "GPE"},
     [True, False, False, True, False], "traders"),
    ("attacked Tehran - backed militias", """
        0 ROOT VERB attack VBD
        0 dobj PROPN Tehran NNP
        3 punct PUNCT - HYPH
        4 amod VERB back VBN
        1 appos NOUN militia NNS""", {"Tehran": "GPE"},
     [True, False, False, True, False], "militias"),
])
def test_a_name_before_a_hyphened_word_modifies_the_noun(text, rows, ents, spaces, noun):
    doc = parse(text, rows, ents=ents, spaces=spaces)
    head = next(t for t in doc if t.dep_ == "dobj")
    assert name_modified(head).text == noun


def test_a_name_with_its_own_words_is_no_modifier():
    # guard: "Hong Kong, a city of seven million" (no hyphened word after the name)
    doc = parse("visited Hong Kong , a city", """
        0 ROOT VERB visit VBD
        2 compound PROPN Hong NNP
        0 dobj PROPN Kong NNP
        2 punct PUNCT , ,
        5 det DET a DT
        2 appos NOUN city NN""", ents={"Hong Kong": "GPE"})
    assert name_modified(doc[2]) is None


def test_a_name_with_and_ends_at_its_last_word():
    doc = parse("shares of Wells and Baxter Co", """
        0 ROOT NOUN share NNS
        0 prep ADP of IN
        1 pobj PROPN Wells NNP
        2 cc CCONJ and CC
        5 compound PROPN Baxter NNP
        2 conj PROPN Co NNP""", ents={"Wells and Baxter Co": "ORG"})
    assert complement_end(doc[2]).text == "Co"
    # guard: two names listed stay a list ("the death of Smith and Jones")
    doc = parse("death of Smith and Jones", """
        0 ROOT NOUN death NN
        0 prep ADP of IN
        1 pobj PROPN Smith NNP
        2 cc CCONJ and CC
        2 conj PROPN Jones NNP""", ents={"Smith": "PERSON", "Jones": "PERSON"})
    assert complement_end(doc[2]) is None


def test_a_split_nationality_read_as_an_indirect_object():
    # the parse of the whole wire article: "Honduran" the indirect object
    doc = parse("accused Honduran troops", """
        0 ROOT VERB accuse VBD
        0 dative PROPN Honduran NNP
        0 dobj NOUN troop NNS""", ents={"Honduran": "GPE"})
    assert split_nationality(doc[0], doc[2]).text == "Honduran"
    assert loose_second_object(doc[0], doc[2])
