"""Argument hygiene (extract/hygiene.py) on hand-built parses: no model needed."""

from __future__ import annotations

import pytest
from actorgraph.extract.actors import ActorResolver
from actorgraph.extract.hygiene import is_quantity, participants, quantity_of, repair_entities

from tests.docs import parse


@pytest.mark.parametrize("text", [
    "45 cts", "14-pct", "total", "the total", "mln dlrs", "$5 billion", "US$5 bln",
    "20 percent", "3,000 tonnes", "about 500,000 barrels", "1.5 billion yen", "20%",
    "two cts", "12.3 MLN", "750 mln dlrs", "5 mln marks", "20 basis points", "100 pts",
    # clock times
    "1922 UTC", "3:00 p.m. local time", "0600 GMT", "about 5 a.m.", "48 hours",
])
def test_quantities(text):
    assert is_quantity(text)


@pytest.mark.parametrize("text", [
    "Mark", "Real Madrid", "7-Eleven", "3M", "20 rockets", "its 14-pct stake", "wheat",
    "Boeing", "G20", "the Pound Shop", "", "the point", "marks", "coalition bases", "Real",
    "local people", "the time", "Time", "local officials",
])
def test_not_quantities(text):
    assert not is_quantity(text)


def ents(doc):
    return [(e.text, e.label_) for e in doc.ents]


# -- entities ---------------------------------------------------------------------------

@pytest.mark.parametrize(("words", "tagged"), [
    ("Acme earned 45 cts", {"Acme": "ORG", "45 cts": "ORG"}),
    ("Acme sold a 14-pct stake", {"Acme": "ORG", "14-pct": "ORG"}),
    ("Acme lost mln dlrs", {"Acme": "ORG", "mln dlrs": "ORG"}),
    ("Acme paid 1.5 billion yen", {"Acme": "ORG", "1.5 billion yen": "PERSON"}),
])
def test_quantities_tagged_as_names_are_no_entities(words, tagged):
    doc = parse(words, "\n".join(f"0 dep X {w}" for w in words.split()), ents=tagged)
    repair_entities(doc)
    assert ents(doc) == [("Acme", "ORG")]


@pytest.mark.parametrize(("words", "tagged", "expected"), [
    ("Acme Holdings Corp said", {"Acme Holdings Corp": "PERSON"}, ("Acme Holdings Corp", "ORG")),
    ("Malayan Banking Bhd said", {"Malayan Banking Bhd": "GPE"}, ("Malayan Banking Bhd", "ORG")),
    ("Daihatsu Motor Co. said", {"Daihatsu Motor Co.": "PRODUCT"},
     ("Daihatsu Motor Co.", "ORG")),
    ("Goldman Sachs Group said", {"Goldman Sachs Group": "PERSON"},
     ("Goldman Sachs Group", "ORG")),
    ("Siemens AG said", {"Siemens": "PERSON"}, ("Siemens AG", "ORG")),
    ("shares of Pettus Inc fell", {}, ("Pettus Inc", "ORG")),
    ("the West Bank said", {"West Bank": "GPE"}, ("West Bank", "GPE")),
    ("Bank of America said", {"Bank of America": "ORG"}, ("Bank of America", "ORG")),
])
def test_a_corporate_suffix_makes_an_org(words, tagged, expected):
    pos = ["PROPN" if w[:1].isupper() else "X" for w in words.split()]
    doc = parse(words, "\n".join(f"0 dep {p} {w}" for p, w in zip(pos, words.split(),
                                                                  strict=True)), ents=tagged)
    repair_entities(doc)
    assert ents(doc) == [expected]


@pytest.mark.parametrize(("words", "tagged", "expected"), [
    ("Lockhart and Pettus Inc sued", {"Lockhart": "ORG", "Pettus Inc": "ORG"},
     [("Lockhart and Pettus Inc", "ORG")]),
    ("shares of Marks and Spencer Plc fell", {"Marks": "PERSON", "Spencer Plc": "ORG"},
     [("Marks and Spencer Plc", "ORG")]),
    ("Kohlberg Kravis Roberts and Co said", {"Kohlberg Kravis Roberts": "PERSON"},
     [("Kohlberg Kravis Roberts and Co", "ORG")]),
    ("Johnson & Johnson said", {"Johnson": "PERSON"}, [("Johnson & Johnson", "ORG")]),
    ("Procter & Gamble said", {}, [("Procter & Gamble", "ORG")]),
    # two corporate words joined by "and" in a longer name
    ("Sooner State Bank and Trust Co said", {"Sooner State Bank": "ORG", "Trust Co": "ORG"},
     [("Sooner State Bank and Trust Co", "ORG")]),
    ("deposits of First City Bank and Trust Co fell", {"First City Bank": "ORG"},
     [("First City Bank and Trust Co", "ORG")]),
    ("Fulton Savings Bank and Trust Co agreed",
     {"Fulton Savings Bank": "ORG", "Trust Co": "PERSON"},
     [("Fulton Savings Bank and Trust Co", "ORG")]),
    # two actors stay two
    ("Chase Manhattan Bank and Exxon Corp said",
     {"Chase Manhattan Bank": "ORG", "Exxon Corp": "ORG"},
     [("Chase Manhattan Bank", "ORG"), ("Exxon Corp", "ORG")]),
    ("Apple Inc and Exxon Mobil Corp said", {"Apple Inc": "ORG", "Exxon Mobil Corp": "ORG"},
     [("Apple Inc", "ORG"), ("Exxon Mobil Corp", "ORG")]),
    ("Israel and Acme Corp said", {"Israel": "GPE", "Acme Corp": "ORG"},
     [("Israel", "GPE"), ("Acme Corp", "ORG")]),
    ("Jane Doe and Acme Corp said", {"Jane Doe": "PERSON", "Acme Corp": "ORG"},
     [("Jane Doe", "PERSON"), ("Acme Corp", "ORG")]),
    ("Israel & Hamas agreed", {"Israel": "GPE", "Hamas": "ORG"},
     [("Israel", "GPE"), ("Hamas", "ORG")]),
    ("Apple and Google said", {"Apple": "ORG", "Google": "ORG"},
     [("Apple", "ORG"), ("Google", "ORG")]),
    # a name the actor dictionaries list across "and"
    ("Trinidad and Tobago said", {"Trinidad": "GPE", "Tobago": "ORG"},
     [("Trinidad and Tobago", "GPE")]),
    # the NER ended the first part of the name with "and"
    ("Kent Fire and Rescue Service said", {"Kent Fire and": "PERSON", "Rescue Service": "ORG"},
     [("Kent Fire and Rescue Service", "ORG")]),
    ("Greater North West Wales Fire and Rescue Service said",
     {"Greater North West Wales Fire and": "PERSON", "Rescue Service": "ORG"},
     [("Greater North West Wales Fire and Rescue Service", "ORG")]),
])
def test_company_names_keep_their_and(words, tagged, expected):
    pos = ["PROPN" if w[:1].isupper() else "CCONJ" for w in words.split()]
    doc = parse(words, "\n".join(f"0 dep {p} {w}" for p, w in zip(pos, words.split(),
                                                                  strict=True)), ents=tagged)
    repair_entities(doc)
    assert ents(doc) == expected


def test_a_name_joined_at_and_is_one_actor_for_both_conjuncts():
    doc = parse("Lockhart and Pettus Inc sued Acme", """
        4 nsubj PROPN Lockhart
        0 cc CCONJ and
        3 compound PROPN Pettus
        0 conj PROPN Inc
        4 ROOT VERB sue
        4 dobj PROPN Acme
    """, ents={"Lockhart": "PERSON", "Pettus Inc": "ORG", "Acme": "ORG"})
    repair_entities(doc)
    resolver = ActorResolver(doc)
    labels = {m.label for tok in (doc[0], doc[3]) for m in participants(resolver, tok)}
    assert labels == {"Lockhart and Pettus Inc"}


# -- arguments ---------------------------------------------------------------------------

def arguments(doc, i):
    repair_entities(doc)
    return [(m.label, m.type) for m in participants(ActorResolver(doc), doc[i])]


def test_an_amount_in_cents_is_no_participant_even_as_org():
    doc = parse("Acme earned 45 cts", """
        1 nsubj PROPN Acme
        1 ROOT VERB earn
        3 nummod NUM 45
        1 dobj NOUN ct
    """, ents={"Acme": "ORG", "45 cts": "ORG"})
    assert arguments(doc, 0) == [("Acme", "ORG")]
    assert arguments(doc, 3) == []


def test_percentages_and_money_are_no_participants():
    doc = parse("Exxon raised its stake to 20 percent for $ 5 billion", """
        1 nsubj PROPN Exxon
        1 ROOT VERB raise
        3 poss PRON its
        1 dobj NOUN stake
        1 prep ADP to
        6 nummod NUM 20
        4 pobj NOUN percent
        1 prep ADP for
        10 nmod SYM $
        10 compound NUM 5
        7 pobj NUM billion
    """, ents={"Exxon": "ORG", "20 percent": "PERCENT"})
    assert arguments(doc, 6) == []
    assert arguments(doc, 10) == []
    # "its stake": no amount in it, and whose it is
    assert arguments(doc, 3) == [("Exxon's stake", "CONCEPT")]


def test_a_unit_stands_for_what_it_measures():
    doc = parse("Egypt bought 3,000 tonnes of wheat", """
        1 nsubj PROPN Egypt
        1 ROOT VERB buy
        3 nummod NUM 3,000
        1 dobj NOUN tonne
        3 prep ADP of
        4 pobj NOUN wheat
    """, ents={"Egypt": "GPE"})
    assert arguments(doc, 3) == [("wheat", "CONCEPT")]


def test_total_and_scale_words_are_no_participants():
    doc = parse("the total rose to mln dlrs", """
        1 det DET the
        2 nsubj NOUN total
        2 ROOT VERB rise
        2 prep ADP to
        5 compound NOUN mln
        3 pobj NOUN dlrs
    """)
    assert arguments(doc, 1) == []
    assert arguments(doc, 5) == []


def test_units_that_are_common_words_count_only_after_a_number():
    doc = parse("Ministers made the point with 20 points", """
        1 nsubj NOUN minister
        1 ROOT VERB make
        3 det DET the
        1 dobj NOUN point
        1 prep ADP with
        6 nummod NUM 20
        4 pobj NOUN point
    """)
    assert arguments(doc, 3) == [("point", "CONCEPT")]
    assert arguments(doc, 6) == []


def test_a_concept_drops_the_amount_it_starts_with():
    doc = parse("Petrobras sold a 14-pct tanker", """
        1 nsubj PROPN Petrobras
        1 ROOT VERB sell
        4 det DET a
        4 amod ADJ 14-pct
        1 dobj NOUN tanker
    """, ents={"Petrobras": "ORG"})
    assert arguments(doc, 4) == [("tanker", "CONCEPT")]
    # but an amount noun with nothing but its amount is an amount: "a 14-pct stake"
    doc = parse("Petrobras sold a 14-pct stake", """
        1 nsubj PROPN Petrobras
        1 ROOT VERB sell
        4 det DET a
        4 amod ADJ 14-pct
        1 dobj NOUN stake
    """, ents={"Petrobras": "ORG"})
    assert arguments(doc, 4) == []


# -- the amount, kept as an attribute of the relation --------------------------------------

@pytest.mark.parametrize(("words", "rows", "head", "expected"), [
    ("Egypt bought 3,000 tonnes of wheat", """
        1 nsubj PROPN Egypt
        1 ROOT VERB buy
        3 nummod NUM 3,000
        1 dobj NOUN tonne
        3 prep ADP of
        4 pobj NOUN wheat
    """, 3, "3,000 tonnes"),
    ("Hamas fired 20 rockets", """
        1 nsubj PROPN Hamas
        1 ROOT VERB fire
        3 nummod NUM 20
        1 dobj NOUN rocket
    """, 3, "20"),
    ("Petrobras sold a 14-pct stake", """
        1 nsubj PROPN Petrobras
        1 ROOT VERB sell
        4 det DET a
        4 amod ADJ 14-pct
        1 dobj NOUN stake
    """, 4, "14-pct"),
    ("police detained about 300 people", """
        1 nsubj NOUN police
        1 ROOT VERB detain
        3 quantmod ADV about
        4 nummod NUM 300
        1 dobj NOUN people
    """, 4, "about 300"),
    ("Israel freed the hostages", """
        1 nsubj PROPN Israel
        1 ROOT VERB free
        3 det DET the
        1 dobj NOUN hostage
    """, 3, None),
    # a year, a rank or an ordinal is no amount
    ("Trump won the 2016 election", """
        1 nsubj PROPN Trump
        1 ROOT VERB win
        4 det DET the
        4 nummod NUM 2016 CD
        1 dobj NOUN election
    """, 4, None),
    ("Hamas fired the first rockets", """
        1 nsubj PROPN Hamas
        1 ROOT VERB fire
        4 det DET the
        4 amod ADJ first JJ
        1 dobj NOUN rocket
    """, 4, None),
    ("Hawkins sought the 2020 nomination", """
        1 nsubj PROPN Hawkins
        1 ROOT VERB seek
        4 det DET the
        4 nummod NUM 2020 CD
        1 dobj NOUN nomination
    """, 4, None),
    ("SpaceX launched a Falcon 9 rocket", """
        1 nsubj PROPN SpaceX
        1 ROOT VERB launch
        5 det DET a
        5 compound PROPN Falcon
        5 nummod NUM 9 CD
        1 dobj NOUN rocket
    """, 5, None),
    ("Macron won the 2nd round", """
        1 nsubj PROPN Macron
        1 ROOT VERB win
        4 det DET the
        4 amod ADJ 2nd JJ
        1 dobj NOUN round
    """, 4, None),
])
def test_the_amount_of_an_argument(words, rows, head, expected):
    ents = {"2016": "DATE"} if "2016" in words else None
    assert quantity_of(parse(words, rows, ents=ents)[head]) == expected


@pytest.mark.parametrize(("text", "rows", "ents", "head"), [
    # an all-capital quote the NER took for a name
    ("Trump wrote I WON THIS ELECTION on Twitter", """
        1 nsubj PROPN Trump
        1 ROOT VERB write
        3 nsubj PRON I PRP
        1 ccomp VERB win VBD
        5 det DET this
        3 dobj NOUN election
        1 prep ADP on
        6 pobj PROPN Twitter
    """, {"I WON": "WORK_OF_ART", "Trump": "PERSON", "Twitter": "ORG"}, 2),
    ("WE WILL FIGHT trended on Twitter", """
        2 nsubj PRON we PRP
        2 aux AUX will
        3 nsubj VERB fight
        3 ROOT VERB trend
        3 prep ADP on
        4 pobj PROPN Twitter
    """, {"WE WILL FIGHT": "ORG", "Twitter": "ORG"}, 2),
    ("She posted You Are Fired on Facebook", """
        1 nsubj PRON she
        1 ROOT VERB post
        3 nsubj PRON you
        1 ccomp AUX be
        3 acomp VERB fire VBN
        1 prep ADP on
        5 pobj PROPN Facebook
    """, {"You Are Fired": "WORK_OF_ART", "Facebook": "ORG"}, 2),
])
def test_quoted_words_taken_for_a_name_are_no_participant(text, rows, ents, head):
    doc = parse(text, rows, ents=ents)
    assert arguments(doc, head) == []
    # the real names of the sentence still are
    assert arguments(doc, len(doc) - 1)[0][0] in ("Twitter", "Facebook")


@pytest.mark.parametrize(("text", "rows", "ents", "owner", "owned"), [
    # the parser made the possessor the subject: the owner is not the one who spoke
    ("The Institute 's director , Anthony Fauci , said it", """
        1 det DET the
        7 nsubj PROPN Institute
        1 case PART 's POS
        1 conj NOUN director
        3 punct PUNCT ,
        6 compound PROPN Anthony
        3 appos PROPN Fauci
        3 punct PUNCT ,
        8 ROOT VERB say
        8 dobj PRON it
    """, {"The Institute 's": "ORG", "Anthony Fauci": "PERSON"}, 1, 6),
    ("Hamas 's military wing , the Qassam Brigades , fired rockets", """
        9 nsubj PROPN Hamas
        0 case PART 's POS
        3 amod ADJ military
        0 conj NOUN wing
        3 punct PUNCT ,
        7 det DET the
        7 compound PROPN Qassam
        3 appos PROPN Brigades
        3 punct PUNCT ,
        9 ROOT VERB fire
        9 dobj NOUN rocket
    """, {"Hamas 's": "ORG", "the Qassam Brigades": "ORG"}, 0, 7),
    ("Google 's chief executive Pichai testified", """
        5 nsubj PROPN Google
        0 case PART 's POS
        3 amod ADJ chief
        4 compound NOUN executive
        0 conj PROPN Pichai
        5 ROOT VERB testify
    """, {"Google 's": "ORG", "Pichai": "PERSON"}, 0, 4),
])
def test_a_possessor_is_not_the_argument(text, rows, ents, owner, owned):
    doc = parse(text, rows, ents=ents)
    assert arguments(doc, owner) == []
    assert arguments(doc, owned) != []


def test_a_name_without_a_possessive_is_still_an_argument():
    doc = parse("Hamas fired rockets", """
        1 nsubj PROPN Hamas
        1 ROOT VERB fire
        1 dobj NOUN rocket
    """, ents={"Hamas": "ORG"})
    assert arguments(doc, 0) == [("Hamas", "ORG")]


@pytest.mark.parametrize(("text", "rows", "have", "verb", "obj"), [
    ("Mugabe had successfully consolidated power", """
        1 nsubj PROPN Mugabe
        1 ROOT VERB have VBD
        3 advmod ADV successfully
        4 amod VERB consolidate VBN
        1 dobj NOUN power
    """, 1, 3, 4),
    ("Since then the rebels had quickly seized towns across the north", """
        4 prep ADP since
        0 pobj ADV then
        3 det DET the
        4 nsubj NOUN rebel NNS
        4 ROOT VERB have VBD
        6 advmod ADV quickly
        7 amod VERB seize VBN
        4 dobj NOUN town NNS
        7 prep ADP across
        10 det DET the
        8 pobj NOUN north
    """, 4, 6, 7),
    # an irregular participle needs no adverb: "had undergone surgery"
    ("He had undergone surgery", """
        1 nsubj PRON he
        1 ROOT VERB have VBD
        3 amod VERB undergo VBN
        1 dobj NOUN surgery
    """, 1, 2, 3),
    ("Iran said it has quietly expanded enrichment", """
        1 nsubj PROPN Iran
        1 ROOT VERB say
        3 nsubj PRON it
        1 ccomp VERB have VBZ
        5 advmod ADV quietly
        6 amod VERB expand VBN
        3 dobj NOUN enrichment
    """, 3, 5, 6),
])
def test_a_participle_after_have_is_the_verb(text, rows, have, verb, obj):
    from actorgraph.extract.hygiene import repair_verbs

    doc = parse(text, rows)
    dep, head = doc[have].dep_, doc[have].head.i
    repair_verbs(doc)
    assert doc[have].dep_ == "aux" and doc[have].head.i == verb
    assert doc[obj].dep_ == "dobj" and doc[obj].head.i == verb
    assert doc[verb].dep_ == dep and doc[verb].head.i == (verb if head == have else head)
    subjects = [c.i for c in doc[verb].children if c.dep_ == "nsubj"]
    assert subjects and all(doc[i].head.i == verb for i in subjects)


def test_a_regular_participle_right_after_have_is_left_alone():
    # "she had advanced cancer": no adverb, a regular -ed form: possession
    doc = parse("She had advanced cancer", """
        1 nsubj PRON she
        1 ROOT VERB have VBD
        3 amod VERB advance VBN
        1 dobj NOUN cancer
    """)
    from actorgraph.extract.hygiene import repair_verbs

    repair_verbs(doc)
    assert doc[1].dep_ == "ROOT" and doc[2].head.i == 3


def test_an_adjective_after_have_is_left_alone():
    # "limited" tagged JJ: "the king had limited power" is possession
    doc = parse("The king had limited power", """
        1 det DET the
        2 nsubj NOUN king
        2 ROOT VERB have VBD
        4 amod ADJ limited JJ
        2 dobj NOUN power
    """)
    from actorgraph.extract.hygiene import repair_verbs

    repair_verbs(doc)
    assert doc[2].dep_ == "ROOT" and doc[4].head.i == 2


@pytest.mark.parametrize(("text", "rows", "first", "second", "noun"), [
    ("The roof of the cathedral in capital Paris caught fire", """
        1 det DET the
        8 nsubj NOUN roof
        1 prep ADP of
        4 det DET the
        2 pobj NOUN cathedral
        4 prep ADP in
        5 pobj NOUN capital
        8 nsubj PROPN Paris
        8 ROOT VERB catch VBD
        8 dobj NOUN fire
    """, 1, 7, 6),
    ("A convoy from the city Aleppo reached Idlib", """
        1 det DET a
        6 nsubj NOUN convoy
        1 prep ADP from
        4 det DET the
        2 pobj NOUN city
        6 nsubj PROPN Aleppo
        6 ROOT VERB reach VBD
        6 dobj PROPN Idlib
    """, 1, 5, 4),
    ("Fighters of the group Hezbollah fired rockets", """
        5 nsubj NOUN fighter NNS
        0 prep ADP of
        3 det DET the
        1 pobj NOUN group
        5 nsubj PROPN Hezbollah
        5 ROOT VERB fire VBD
        5 dobj NOUN rocket NNS
    """, 0, 4, 3),
    # a name of several words: its first word follows the noun
    ("The seizure of the tanker Stena Impero raised tensions", """
        1 det DET the
        7 nsubj NOUN seizure
        1 prep ADP of
        4 det DET the
        2 pobj NOUN tanker
        6 compound PROPN Stena
        7 nsubj PROPN Impero
        7 ROOT VERB raise VBD
        7 dobj NOUN tension NNS
    """, 1, 6, 4),
    ("A fire on the ship Grand America killed two crew", """
        1 det DET a
        7 nsubj NOUN fire
        1 prep ADP on
        4 det DET the
        2 pobj NOUN ship
        6 compound PROPN Grand
        7 nsubj PROPN America
        7 ROOT VERB kill VBD
        9 nummod NUM two
        7 dobj NOUN crew
    """, 1, 6, 4),
    ("Supporters of the party Law and Justice won", """
        7 nsubj NOUN supporter NNS
        0 prep ADP of
        3 det DET the
        1 pobj NOUN party
        7 nsubj PROPN Law
        4 cc CCONJ and
        4 conj PROPN Justice
        7 ROOT VERB win VBD
    """, 0, 4, 3),
])
def test_a_second_subject_names_the_noun_before_it(text, rows, first, second, noun):
    from actorgraph.extract.hygiene import repair_verbs

    doc = parse(text, rows)
    repair_verbs(doc)
    assert doc[first].dep_ == "nsubj"
    assert doc[second].dep_ == "appos" and doc[second].head.i == noun


def test_two_subjects_of_two_clauses_are_left_alone():
    from actorgraph.extract.hygiene import repair_verbs

    doc = parse("Hamas fired and Israel struck", """
        1 nsubj PROPN Hamas
        1 ROOT VERB fire VBD
        1 cc CCONJ and
        4 nsubj PROPN Israel
        1 conj VERB strike VBD
    """)
    repair_verbs(doc)
    assert doc[3].dep_ == "nsubj" and doc[3].head.i == 4


def _cycle_at_the_root(root):
    """A faulty repair: the root under its first child, which stays under the root."""
    child = next(root.children, None)
    if child is not None:
        root.head = child


@pytest.mark.model
@pytest.mark.parametrize(("text", "triple"), [
    ("M23 rebels seized the town of Goma on Sunday.", ("M23", "seize", "Goma")),
    ("The European Union imposed sanctions on Belarus.",
     ("European Union", "impose sanction", "Belarus")),
    ("Israeli troops arrested a Palestinian journalist in Hebron.",
     ("Israel", "arrest", "Palestinian journalist")),
])
def test_a_repair_that_leaves_a_cycle_is_undone(extract, monkeypatch, text, triple):
    # no repair should leave a cycle; if one did, spaCy would fail on the text: the
    # parser's reading is kept and the text still gives its triples
    from actorgraph.extract import hygiene
    monkeypatch.setattr(hygiene, "_contact_relative", _cycle_at_the_root)
    found = {(t.subject.label, t.relation.label, t.object.label) for t in extract(text)}
    assert triple in found


def test_is_tree_tells_a_cycle():
    from actorgraph.extract.hygiene import is_tree
    doc = parse("Israel struck Gaza", """
        1 nsubj PROPN Israel
        1 ROOT VERB strike
        1 dobj PROPN Gaza""")
    assert is_tree(doc)
    doc[1].head = doc[2]  # struck <-> Gaza
    assert not is_tree(doc)


@pytest.mark.parametrize(("words", "heads", "deps"), [
    # "Inc" <-> "." (what the old split of a final stop left on a verbless line)
    ("SOURCE Contoso Inc .", [2, 2, 3, 2], ["compound", "compound", "", "punct"]),
    # a two-token cycle under which the rest of the sentence hangs
    ("Israel struck Gaza on Monday", [1, 0, 1, 2, 3], ["nsubj", "ROOT", "dobj", "prep", "pobj"]),
    # a three-token cycle beside a sound sentence
    ("Hamas fired rockets . Egypt called", [1, 2, 0, 1, 5, 5],
     ["nsubj", "ROOT", "dobj", "punct", "nsubj", "ROOT"]),
])
def test_a_parse_with_a_cycle_becomes_a_tree(words, heads, deps):
    import spacy
    from actorgraph.extract.hygiene import is_tree, repair_verbs
    from spacy.tokens import Doc

    doc = Doc(spacy.blank("en").vocab, words=words.split(), heads=heads, deps=deps)
    assert not is_tree(doc)
    repair_verbs(doc)
    assert is_tree(doc)
    # every walk of the tree ends, and each sentence has its root
    assert sum(1 for t in doc for _ in t.subtree) < len(doc) ** 2
    assert all(sent.root.head.i == sent.root.i for sent in doc.sents)
    # one arc of the cycle is cut; every other arc is kept
    assert sum(doc[i].head.i != h for i, h in enumerate(heads)) == 1
