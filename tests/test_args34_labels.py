"""Argument labels that stay whole on wire news.

* a place the actor dictionaries list across "and" is one place whatever the NER cut:
  "Jammu and Kashmir", "Newfoundland and Labrador", "Daman and Diu" (not "Jammu" and
  "Kashmir"); unlisted places ("Punjab and Sindh") and countries ("Russia and China") stay
  two;
* a place name the NER cut before the rest of its capitalised words and its place head
  is whole: "North West Frontier Province" (not "North West"), "Xinjiang Uighur
  Autonomous Region", "Eastern Equatoria State"; "Hubei" of "Hubei Province", "Kenya" of
  "Kenya Wide Airways" and a lower-case "province" stay as they are;
* "A and B N", with the parser taking the first modifier A for the head and N for its
  conjunct, is one thing, N: "316 Pershing-2 and cruise missiles" (not a "Pershing-2"),
  "7,000 tonnes of Ivory Coast and Ghana cocoa" (cocoa, not the Ivory Coast), "Marlboro
  and Camel cigarettes"; a proper noun A is counted with N; "Japan and South Korea", "Pakistan
  and Indian troops", "residents and aid workers" and "Plymouth and independent
  forecasters" stay two;
* an amount per unit written as one hyphened word is no part of the label: "a 38
  dlr-a-share tender offer" is a "tender offer", "a 4.50-dlr-per-share cash offer" a "cash
  offer" (not "a-share tender offer"); "a one-for-two stock split" keeps its words;
* the complement of a complement's object stays in a concept's label: "sign of
  resurgence of inflation", "limits on growth of textile exports", "death of commander
  of Hamas's armed wing";
* a complement that lists common nouns stays whole in the label, and its members are no
  arguments of their own: "mixture of shares and convertible stock" (not "mixture" and
  "convertible stock"), "network of pipelines and storage tanks", "shortage of diesel and
  jet fuel";
* the titles before a person's name in an "of" complement do not count against its
  length: "the resignation of armed forces commander General Manuel Antonio Noriega" is
  the resignation of Noriega, not a bare "resignation";
* a counted noun of frequency is no participant: "fired on posts on three occasions" (as
  "three times");
* a count held ("have") whose noun a name the NER missed modifies is a thing of its own,
  like one the NER typed ("has about 40 Harpoon missiles", "some 300 Abrams tanks"), and
  an approximated number before the name is a count, no model number (the label is
  "Harpoon missiles"; "the 737 Max" keeps its number); "has about 130 athletes" stays a
  size.
"""

from __future__ import annotations

import pytest
import spacy
from actorgraph.extract.hygiene import repair_entities, repair_verbs
from actorgraph.extract.pipeline import Extractor, extract_doc
from spacy.tokens import Doc

from actorgraph.records import Article
from tests.constructions import cases, check_construction
from tests.docs import parse

_VOCAB = spacy.blank("en").vocab


def entities(words: str, ents: list[str]) -> list[tuple[str, str]]:
    tokens = words.split(" ")
    doc = Doc(_VOCAB, words=tokens, ents=ents,
              pos=["PROPN" if w[:1].isupper() else "X" for w in tokens])
    repair_entities(doc)
    return [(e.text, e.label_) for e in doc.ents]


def triples(doc: Doc) -> set[tuple[str, str, str]]:
    result = extract_doc(doc, Article("t", doc.text))
    return {(t.subject.label, t.relation.label, t.object.label) for t in result.triples}


@pytest.mark.parametrize(("words", "ents", "place"), [
    ("troops massed in the state of Jammu and Kashmir .",
     ["O", "O", "O", "O", "O", "O", "B-GPE", "O", "B-LOC", "O"], "Jammu and Kashmir"),
    ("Ottawa sent troops to Newfoundland and Labrador after the storm",
     ["B-GPE", "O", "O", "O", "B-GPE", "O", "B-PERSON", "O", "O", "O"],
     "Newfoundland and Labrador"),
    ("police seized gold in Daman and Diu , officials said",
     ["O", "O", "O", "O", "B-GPE", "O", "B-ORG", "O", "O", "O"], "Daman and Diu"),
])
def test_a_listed_place_across_and_is_one_place(words, ents, place):
    found = entities(words, ents)
    assert (place, "GPE") in found
    assert not any(text in place and text != place for text, _ in found), found


@pytest.mark.parametrize(("words", "ents", "two"), [
    ("floods hit Punjab and Sindh on Monday",
     ["O", "O", "B-GPE", "O", "B-GPE", "O", "O"], ("Punjab", "Sindh")),
    ("Russia and China signed a pact", ["B-GPE", "O", "B-GPE", "O", "O", "O"],
     ("Russia", "China")),
])
def test_unlisted_places_and_countries_stay_two(words, ents, two):
    found = [text for text, _ in entities(words, ents)]
    assert all(name in found for name in two), found


# "A and B N" misread with A the head: the parses the small model gives
PERSHING = parse("Britain has about 96 Polaris and Trident missiles", """
    1 nsubj PROPN Britain NNP
    1 ROOT VERB have VBZ
    3 advmod ADV about RB
    4 nummod NUM 96 CD
    1 dobj PROPN Polaris NNP
    4 cc CCONJ and CC
    7 compound PROPN Trident NNP
    4 conj NOUN missile NNS""", ents={"Britain": "GPE"})
COCOA = parse("Cargill bought 7,000 tonnes of Ivory Coast and Ghana cocoa", """
    1 nsubj PROPN Cargill NNP
    1 ROOT VERB buy VBD
    3 nummod NUM 7,000 CD
    1 dobj NOUN tonne NNS
    3 prep ADP of IN
    6 compound PROPN Ivory NNP
    4 pobj PROPN Coast NNP
    6 cc CCONJ and CC
    9 compound PROPN Ghana NNP
    6 conj NOUN cocoa NN""", ents={"Cargill": "ORG", "7,000 tonnes": "QUANTITY",
                                   "Ivory Coast": "LOC", "Ghana": "GPE"})
CIGARETTES = parse("Interpol seized Marlboro and Camel cigarettes at the port", """
    1 nsubj PROPN Interpol NNP
    1 ROOT VERB seize VBD
    1 dobj PROPN Marlboro NNP
    2 cc CCONJ and CC
    5 compound PROPN Camel NNP
    2 conj NOUN cigarette NNS
    1 prep ADP at IN
    8 det DET the DT
    6 pobj NOUN port NN""", ents={"Interpol": "ORG", "Marlboro": "ORG", "Camel": "ORG"})


@pytest.mark.parametrize(("doc", "wanted", "unwanted"), [
    (PERSHING, ("United Kingdom", "have", "Polaris and Trident missiles"), "Polaris"),
    (COCOA, ("Cargill", "buy", "Ivory Coast and Ghana cocoa"), "Ivory Coast"),
    (CIGARETTES, ("Interpol", "seize", "Marlboro and Camel cigarettes"), "Marlboro"),
], ids=["missiles", "cocoa", "cigarettes"])
def test_coordinated_modifiers_make_one_thing(doc, wanted, unwanted):
    found = triples(doc)
    assert wanted in found, sorted(found)
    assert not any(o == unwanted for _, _, o in found), sorted(found)


def test_the_count_of_the_first_modifier_is_the_things():
    doc = parse("has 96 Polaris and Trident missiles", """
        0 ROOT VERB have VBZ
        2 nummod NUM 96 CD
        0 dobj PROPN Polaris NNP
        2 cc CCONJ and CC
        5 compound PROPN Trident NNP
        2 conj NOUN missile NNS""")
    repair_verbs(doc)
    assert [(t.dep_, t.head.text) for t in doc][1:] == [
        ("nummod", "missiles"), ("compound", "missiles"), ("cc", "Polaris"),
        ("compound", "missiles"), ("dobj", "has")]


@pytest.mark.parametrize(("text", "rows", "ents", "conjunct"), [
    # a name for N: two countries
    ("Japan and South Korea signed", """
        3 nsubj PROPN Japan NNP
        0 cc CCONJ and CC
        3 compound PROPN South NNP
        0 conj PROPN Korea NNP
        3 ROOT VERB sign VBD""", {"Japan": "GPE", "South Korea": "GPE"}, "Korea"),
    # people for N: two parties
    ("Pakistan and Indian troops clashed", """
        4 nsubj PROPN Pakistan NNP
        0 cc CCONJ and CC
        3 amod ADJ indian JJ
        0 conj NOUN troop NNS
        4 ROOT VERB clash VBD""", {"Pakistan": "GPE", "Indian": "NORP"}, "troops"),
    # a common noun for A: two things
    ("evacuated residents and aid workers", """
        0 ROOT VERB evacuate VBD
        0 dobj NOUN resident NNS
        1 cc CCONJ and CC
        4 compound NOUN aid NN
        1 conj NOUN worker NNS""", {}, "workers"),
    # a lower-case modifier after "and": a second party, the next clause's subject
    ("from Bristol to Plymouth and independent forecasters predicted", """
        0 ROOT ADP from IN
        0 pobj PROPN Bristol NNP
        0 prep ADP to IN
        2 pobj PROPN Plymouth NNP
        3 cc CCONJ and CC
        6 amod ADJ independent JJ
        3 conj NOUN forecaster NNS
        6 acl VERB predict VBD""", {"Bristol": "GPE", "Plymouth": "GPE"}, "forecasters"),
], ids=["names", "people", "common-noun", "lower-case-modifier"])
def test_coordinated_phrases_stay_two(text, rows, ents, conjunct):
    doc = parse(text, rows, ents=ents)
    repair_verbs(doc)
    token = next(t for t in doc if t.text == conjunct)
    assert token.dep_ == "conj"


def _held(subject: str, approximator: str, number: str, name: str, noun: str, lemma: str):
    return parse(f"{subject} has {approximator} {number} {name} {noun}", f"""
        1 nsubj PROPN {subject} NNP
        1 ROOT VERB have VBZ
        3 advmod ADV {approximator} RB
        5 nummod NUM {number} CD
        5 compound PROPN {name} NNP
        1 dobj NOUN {lemma} NNS""", ents={subject: "GPE"})


@pytest.mark.parametrize(("doc", "held"), [
    (_held("Iran", "about", "40", "Harpoon", "missiles", "missile"),
     ("Iran", "have", "Harpoon missiles")),
    (_held("Egypt", "some", "300", "Abrams", "tanks", "tank"),
     ("Egypt", "have", "Abrams tanks")),
    (_held("Chile", "nearly", "12", "Skyhawk", "jets", "jet"),
     ("Chile", "have", "Skyhawk jets")),
], ids=["missiles", "tanks", "jets"])
def test_a_held_count_of_named_things_is_held_and_its_number_a_count(doc, held):
    # the untyped name says what is held (no size of the subject), and the approximated
    # number before it is a count, no model number ("the 737 Max")
    assert held in triples(doc)


def test_a_held_count_of_common_nouns_stays_a_size():
    doc = parse("Kenya has about 130 athletes", """
        1 nsubj PROPN Kenya NNP
        1 ROOT VERB have VBZ
        3 advmod ADV about RB
        4 nummod NUM 130 CD
        1 dobj NOUN athlete NNS""", ents={"Kenya": "GPE"})
    assert not triples(doc)


FREQUENCY = {
    "a counted frequency is no target": [
        ("Syrian troops fired on Israeli patrols on several occasions, the army said.",
         [("Syria", "fire on", "Israeli patrols", False, False)], [("Syria", "occasions")]),
        ("Turkish jets fired on Kurdish camps on five occasions in March.",
         [("Turkey", "fire on", "Kurdish camps", False, False)], [("Turkey", "occasions")]),
        ("Indian troops fired on Pakistani posts on two occasions on Sunday.",
         [("India", "fire on", "Pakistani posts", False, False)], [("India", "occasions")]),
    ],
}
CHAIN = {
    "the complement of the complement's object": [
        ("Greenspan said he saw no sign of a resurgence of inflation.",
         [("Greenspan", "see", "sign of resurgence of inflation", True, False)], []),
        ("Beijing refused to accept limits on the growth of its textile exports.",
         [("Beijing", "refuse to accept", "limits on growth of textile exports", False,
           False)], []),
        ("Israel announced the death of the commander of Hamas's armed wing.",
         [("Israel", "announce", "death of commander of Hamas's armed wing", False, False)],
         []),
    ],
}
LISTED = {
    "a complement listing common nouns": [
        ("Guinness offered a mixture of shares and convertible stock.",
         [("Guinness", "offer", "mixture of shares and convertible stock", False, False)],
         [("Guinness", "convertible stock"), ("Guinness", "mixture")]),
        ("Shell built a network of pipelines and storage tanks near Rotterdam.",
         [("Shell", "build", "network of pipelines and storage tanks", False, False)],
         [("Shell", "storage tanks"), ("Shell", "network")]),
        ("Caltex reported a shortage of diesel and jet fuel at its Sydney refinery.",
         [("Caltex", "report", "shortage of diesel and jet fuel", False, False)],
         [("Caltex", "jet fuel"), ("Caltex", "shortage")]),
        # guard: a quantity stands for each thing it counts
        ("Hamas fired dozens of rockets and mortar bombs at Israel.",
         [("Hamas", "fire", "rockets", False, False),
          ("Hamas", "fire", "mortar bombs", False, False)], []),
    ],
}
PER_UNIT = {
    "an amount per unit is no part of the label": [
        ("Norland Mills said its board rejected a 38 dlr-a-share tender offer from Brixton "
         "Holdings.",
         [("Norland Mills", "reject", "tender offer from Brixton Holdings", False, False)],
         [("Norland Mills", "a-share tender offer")]),
        ("Zenith Corp rejected a 1.5 billion dlr, 42-dlr-a-share takeover offer from Apex Inc.",
         [("Zenith Corp", "reject", "takeover offer from Apex Inc", False, False)],
         [("Zenith Corp", "42-dlr-a-share takeover offer")]),
        ("Pemberton Foods accepted a 4.50-dlr-per-share cash offer from Carlisle Group.",
         [("Pemberton Foods", "accept", "cash offer from Carlisle Group", False, False)],
         [("Pemberton Foods", "4.50-dlr-per-share cash offer")]),
        # guard: no amount before "for"
        ("Kappa Corp approved a one-for-two stock split.",
         [("Kappa Corp", "approve", "one-for-two stock split", False, False)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"),
                         cases(PER_UNIT, FREQUENCY, CHAIN, LISTED))
def test_amounts_per_unit_and_frequencies(extractor: Extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)


def _repaired(doc: Doc) -> list[tuple[str, str]]:
    repair_entities(doc)
    return [(e.text, e.label_) for e in doc.ents]


@pytest.mark.parametrize(("doc", "place"), [
    (parse("bombed a village in North West Frontier Province", """
        0 ROOT VERB bomb VBD
        2 det DET a DT
        0 dobj NOUN village NN
        2 prep ADP in IN
        7 compound PROPN North NNP
        7 compound PROPN West NNP
        7 compound PROPN Frontier NNP
        3 pobj PROPN Province NNP""", ents={"North West": "LOC"}),
     ("North West Frontier Province", "LOC")),
    (parse("detained 20 people in Xinjiang Uighur Autonomous Region", """
        0 ROOT VERB detain VBD
        2 nummod NUM 20 CD
        0 dobj NOUN people NNS
        0 prep ADP in IN
        7 compound PROPN Xinjiang NNP
        7 compound PROPN Uighur NNP
        7 amod ADJ autonomous JJ
        3 pobj PROPN Region NNP""", ents={"Xinjiang": "GPE"}),
     ("Xinjiang Uighur Autonomous Region", "GPE")),
    (parse("rebels attacked Eastern Equatoria State", """
        1 nsubj NOUN rebel NNS
        1 ROOT VERB attack VBD
        4 compound PROPN Eastern NNP
        4 compound PROPN Equatoria NNP
        1 dobj PROPN State NNP""", ents={"Eastern": "LOC"}),
     ("Eastern Equatoria State", "LOC")),
], ids=["province", "region", "state"])
def test_a_place_name_cut_before_its_place_head_is_whole(doc, place):
    assert _repaired(doc) == [place]


@pytest.mark.parametrize(("doc", "kept"), [
    # nothing cut: the NER's name with its head after it stays as it is
    (parse("police in Hubei Province", """
        1 nsubj NOUN police NNS
        0 prep ADP in IN
        3 compound PROPN Hubei NNP
        1 pobj PROPN Province NNP""", ents={"Hubei": "GPE"}), ("Hubei", "GPE")),
    # no place head: "Kenya Airways" is no place of Kenya
    (parse("flew Kenya Wide Airways", """
        0 ROOT VERB fly VBD
        3 compound PROPN Kenya NNP
        3 compound PROPN Wide NNP
        0 dobj PROPN Airways NNP""", ents={"Kenya": "GPE"}), ("Kenya", "GPE")),
    # a common place word is no part of a name
    (parse("in the North West Frontier province", """
        0 ROOT ADP in IN
        5 det DET the DT
        5 compound PROPN North NNP
        5 compound PROPN West NNP
        5 compound PROPN Frontier NNP
        0 pobj NOUN province NN""", ents={"North West": "LOC"}), ("North West", "LOC")),
], ids=["head-only", "no-place-head", "lower-case"])
def test_other_names_before_a_head_stay(doc, kept):
    assert _repaired(doc) == [kept]


def _titled(subject: str, verb: str, lemma: str, noun: str, titles: list[tuple[str, str]],
            name: list[str]) -> Doc:
    """ "SUBJECT VERB the NOUN of TITLE... NAME" as the small model parses it: the title
    words and the name's first words compounds of its last."""
    words = [subject, verb, "the", noun, "of"] + [w for w, _ in titles] + name
    last = len(words) - 1
    rows = [f"1 nsubj NOUN {subject.lower()} NNS", f"1 ROOT VERB {lemma} VBD",
            "3 det DET the DT", f"1 dobj NOUN {noun} NN", "3 prep ADP of IN"]
    for n, (word, pos) in enumerate(titles):
        rows.append(f"{5 + n + 1} amod ADJ {word} JJ" if pos == "ADJ"
                    else f"{last} compound {pos} {word} {'NNP' if pos == 'PROPN' else 'NN'}")
    rows += [f"{last} compound PROPN {w} NNP" for w in name[:-1]]
    rows.append(f"4 pobj PROPN {name[-1]} NNP")
    return parse(" ".join(words), "\n".join(rows), ents={" ".join(name): "PERSON"})


@pytest.mark.parametrize(("doc", "wanted"), [
    (_titled("Supporters", "demanded", "demand", "resignation",
             [("armed", "ADJ"), ("forces", "NOUN"), ("commander", "NOUN"),
              ("General", "PROPN")], ["Manuel", "Antonio", "Noriega"]),
     ("supporters", "demand resignation of", "Manuel Antonio Noriega")),
    (_titled("Farmers", "demanded", "demand", "dismissal",
             [("former", "ADJ"), ("farm", "NOUN"), ("board", "NOUN"), ("chairman", "NOUN")],
             ["Jean", "Pierre", "Dumont"]),
     ("farmers", "demand dismissal of", "Jean Pierre Dumont")),
    (_titled("Mourners", "announced", "announce", "death",
             [("veteran", "ADJ"), ("opposition", "NOUN"), ("party", "NOUN"),
              ("leader", "NOUN")], ["Kwame", "Mensah", "Boateng"]),
     ("mourners", "announce death of", "Kwame Mensah Boateng")),
], ids=["resignation", "dismissal", "death"])
def test_titles_before_a_name_in_a_complement_keep_it(doc, wanted):
    assert wanted in triples(doc)
