"""Amounts and counts that stood as sides in 1987-style wire copy, and the participant
the relation takes instead.

* a value "worth of" goods stands for the goods ("bought 2.5 billion dlrs worth of U.S.
  Treasury bonds" -> bonds; "20 billion francs worth of marks" is an amount of money);
* a commodity's sacks are a unit after a number ("15 mln 60-kilo bags");
* a holding or bid whose "in" or "for" phrase names the company relates the subject to
  the company, never to the bare holding ("raised its stake in Dexter to 9.8 pct": "raise
  stake in" Dexter, no "raise to 9.8 pct | stake"), in a clause of its own or an
  infinitive;
* an amount of a company's stock relates the subject to the company ("holds 8.4 pct of
  Denmore's shares": "hold share of" Denmore, not Denmore's shares);
* "shares of X" are stock, not a part ("bought shares of five companies");
* a "with" phrase with "on board" or "aboard" is a vehicle's load, no party to what it
  did ("capsized with more than 500 people on board");
* a count that "have" takes is a size ("has about 23,000 fighters"), but people held are a
  party ("Hamas still has 59 hostages");
* a bare common noun counted in millions is a figure ("carried 1.1 mln passengers"),
  unless the relation is an event of a class ("deported 1.5 million people").

Counted nouns that are real participants stay ("killed 14 people", "cut 3,000 jobs",
"lay off 3,000 workers").
"""

from __future__ import annotations

import pytest
from actorgraph.extract.pipeline import extract_doc

from actorgraph.records import Article
from tests.constructions import cases, check_construction, check_labels
from tests.docs import parse


def triples(doc) -> set[tuple[str, str, str]]:
    result = extract_doc(doc, Article("t", doc.text))
    return {(t.subject.label, t.relation.label, t.object.label) for t in result.triples}


# -- worth of ------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "rows", "ents", "wanted", "unwanted"), [
    ("Japan bought 2.5 billion dlrs worth of bonds", """
        1 nsubj PROPN Japan NNP
        1 ROOT VERB buy VBD
        3 compound NUM 2.5 CD
        5 nummod NUM billion CD
        5 compound NOUN dlrs NN
        1 dobj NOUN worth NN
        5 prep ADP of IN
        6 pobj NOUN bond NNS
    """, {"Japan": "GPE", "2.5 billion": "CARDINAL"}, ("Japan", "buy", "bonds"),
     "worth of bonds"),
    ("Iran bought 500 mln dlrs worth of arms", """
        1 nsubj PROPN Iran NNP
        1 ROOT VERB buy VBD
        3 nummod NUM 500 CD
        5 amod NOUN mln NN
        5 compound NOUN dlrs NN
        1 dobj NOUN worth NN
        5 prep ADP of IN
        6 pobj NOUN arm NNS
    """, {"Iran": "GPE", "500": "CARDINAL"}, ("Iran", "buy", "arms"), "worth of arms"),
    ("France sold 20 billion francs worth of marks", """
        1 nsubj PROPN France NNP
        1 ROOT VERB sell VBD
        3 compound NUM 20 CD
        4 nummod NUM billion CD
        5 compound NOUN francs NNS
        1 dobj NOUN worth NN
        5 prep ADP of IN
        6 pobj NOUN marks NNS
    """, {"France": "GPE", "20 billion francs": "MONEY"}, None, "worth of marks"),
])
def test_a_value_worth_of_goods_stands_for_the_goods(text, rows, ents, wanted, unwanted):
    found = triples(parse(text, rows, ents=ents))
    if wanted is not None:
        assert wanted in found
    assert not any(unwanted in o or "francs" in o for _, _, o in found), found


# -- a holding's company ---------------------------------------------------------------

_RAISED_STAKE = """
    1 nsubj PROPN Harlow NNP
    1 ROOT VERB raise VBD
    3 poss PRON its PRP$
    1 dobj NOUN stake NN
    3 prep ADP in IN
    4 pobj PROPN Dexter NNP
    1 prep ADP to IN
    8 nummod NUM 9.8 CD
    6 pobj NOUN pct NN
"""


def test_a_stake_raised_in_a_company_relates_to_the_company():
    found = triples(parse("Harlow raised its stake in Dexter to 9.8 pct", _RAISED_STAKE,
                          ents={"Harlow": "ORG", "Dexter": "ORG", "9.8 pct": "PERCENT"}))
    assert ("Harlow", "raise stake in", "Dexter") in found
    assert not any(o == "stake" for _, _, o in found), found


def test_an_offer_raised_for_a_company_relates_to_the_company():
    found = triples(parse("Harcourt raised its offer for Denmore to 31 dlrs", """
        1 nsubj PROPN Harcourt NNP
        1 ROOT VERB raise VBD
        3 poss PRON its PRP$
        1 dobj NOUN offer NN
        3 prep ADP for IN
        4 pobj PROPN Denmore NNP
        1 prep ADP to IN
        8 nummod NUM 31 CD
        6 pobj NOUN dlrs NNS
    """, ents={"Harcourt": "ORG", "Denmore": "ORG", "31 dlrs": "MONEY"}))
    assert ("Harcourt", "raise offer for", "Denmore") in found
    assert not any(o == "offer" for _, _, o in found), found


def test_a_stake_raised_in_an_infinitive_relates_to_the_company():
    # "it will seek approval from Treasury to raise its stake in Pacific": the infinitive's
    # subject is the seeker's (a control triple)
    found = triples(parse(
        "Drake said it will seek approval from Treasury to raise its stake in Pacific", """
        1 nsubj PROPN Drake NNP
        1 ROOT VERB say VBD
        4 nsubj PRON it PRP
        4 aux AUX will MD
        1 ccomp VERB seek VB
        4 dobj NOUN approval NN
        5 prep ADP from IN
        6 pobj PROPN Treasury NNP
        9 aux PART to TO
        4 advcl VERB raise VB
        11 poss PRON its PRP$
        9 dobj NOUN stake NN
        11 prep ADP in IN
        12 pobj PROPN Pacific NNP
    """, ents={"Drake": "ORG", "Pacific": "ORG", "Treasury": "ORG"}))
    assert ("Drake", "raise stake in", "Pacific") in found
    assert not any(o == "stake" for _, _, o in found), found


def test_a_stake_without_a_company_is_left_alone():
    # guard: no "in" phrase, no company to relate to
    found = triples(parse("Harlow sold its stake to Dexter", """
        1 nsubj PROPN Harlow NNP
        1 ROOT VERB sell VBD
        3 poss PRON its PRP$
        1 dobj NOUN stake NN
        1 prep ADP to IN
        4 pobj PROPN Dexter NNP
    """, ents={"Harlow": "ORG", "Dexter": "ORG"}))
    assert ("Harlow", "sell stake to", "Dexter") in found


@pytest.mark.parametrize(("text", "rows", "ents", "owner"), [
    ("Harcourt holds 8.4 pct of Denmore 's shares", """
        1 nsubj PROPN Harcourt NNP
        1 ROOT VERB hold VBZ
        3 nummod NUM 8.4 CD
        1 dobj NOUN pct NN
        3 prep ADP of IN
        7 poss PROPN Denmore NNP
        5 case PART 's POS
        4 pobj NOUN share NNS
    """, {"Harcourt": "ORG", "Denmore": "ORG", "8.4 pct": "PERCENT"}, "Denmore"),
    ("Harlow acquired 80 pct of the shares of Dexter", """
        1 nsubj PROPN Harlow NNP
        1 ROOT VERB acquire VBD
        3 nummod NUM 80 CD
        1 dobj NOUN pct NN
        3 prep ADP of IN
        6 det DET the DT
        4 pobj NOUN share NNS
        6 prep ADP of IN
        7 pobj PROPN Dexter NNP
    """, {"Harlow": "ORG", "Dexter": "ORG", "80 pct": "PERCENT"}, "Dexter"),
    ("Vanguard holds 7.4 pct of Delmar stock", """
        1 nsubj PROPN Vanguard NNP
        1 ROOT VERB hold VBZ
        3 nummod NUM 7.4 CD
        1 dobj NOUN pct NN
        3 prep ADP of IN
        6 compound PROPN Delmar NNP
        4 pobj NOUN stock NN
    """, {"Vanguard": "ORG", "Delmar": "ORG", "7.4 pct": "PERCENT"}, "Delmar"),
])
def test_an_amount_of_a_companys_stock_relates_to_the_company(text, rows, ents, owner):
    found = triples(parse(text, rows, ents=ents))
    subject = text.split()[0]
    assert any(s == subject and r.endswith("share of") and o == owner for s, r, o in found), found
    assert not any("share" in o or "stock" in o for _, _, o in found), found


def test_anyone_acquiring_a_companys_stock_is_no_party():
    # guard: "if a person or group acquires 20 pct of Amherst's stock" names no one
    found = triples(parse("if a person acquires 20 pct of Amherst 's stock", """
        3 mark SCONJ if IN
        2 det DET a DT
        3 nsubj NOUN person NN
        3 ROOT VERB acquire VBZ
        5 nummod NUM 20 CD
        3 dobj NOUN pct NN
        5 prep ADP of IN
        9 poss PROPN Amherst NNP
        7 case PART 's POS
        6 pobj NOUN stock NN
    """, ents={"Amherst": "ORG", "20 pct": "PERCENT"}))
    assert not any(o == "Amherst" for _, _, o in found), found


def test_shares_of_companies_are_stock_not_a_part():
    found = triples(parse("Dunleavy bought shares of five companies", """
        1 nsubj PROPN Dunleavy NNP
        1 ROOT VERB buy VBD
        1 dobj NOUN share NNS
        2 prep ADP of IN
        5 nummod NUM five CD
        3 pobj NOUN company NNS
    """, ents={"Dunleavy": "PERSON"}))
    assert ("Dunleavy", "buy", "shares of companies") in found
    assert not any(r == "buy share of" for _, r, _ in found), found


# -- a vehicle's load --------------------------------------------------------------------

@pytest.mark.parametrize(("text", "rows"), [
    ("Dona sank with 300 people on board", """
        1 nsubj PROPN Dona NNP
        1 ROOT VERB sink VBD
        1 prep ADP with IN
        4 nummod NUM 300 CD
        2 pobj NOUN people NNS
        4 prep ADP on IN
        5 pobj NOUN board NN
    """),
    ("Dona crashed with 132 passengers aboard", """
        1 nsubj PROPN Dona NNP
        1 ROOT VERB crash VBD
        1 prep ADP with IN
        4 nummod NUM 132 CD
        2 pobj NOUN passenger NNS
        4 advmod ADV aboard RB
    """),
    ("Dona left with 40 pilgrims and eight crew on board", """
        1 nsubj PROPN Dona NNP
        1 ROOT VERB leave VBD
        1 prep ADP with IN
        4 nummod NUM 40 CD
        2 pobj NOUN pilgrim NNS
        4 cc CCONJ and CC
        7 nummod NUM eight CD
        4 conj NOUN crew NN
        7 prep ADP on IN
        8 pobj NOUN board NN
    """),
])
def test_a_vehicles_load_is_no_party(text, rows):
    found = triples(parse(text, rows, ents={"Dona": "ORG"}))
    assert not any(r.endswith(" with") for _, r, _ in found), found


def test_a_with_party_stays():
    # guard: with whom, no load; "the board" without "on" is no vehicle
    found = triples(parse("Ortega met with 30 members of the board", """
        1 nsubj PROPN Ortega NNP
        1 ROOT VERB meet VBD
        1 prep ADP with IN
        4 nummod NUM 30 CD
        2 pobj NOUN member NNS
        4 prep ADP of IN
        7 det DET the DT
        5 pobj NOUN board NN
    """, ents={"Ortega": "PERSON"}))
    assert any(s == "Ortega" and r == "meet with" for s, r, _ in found), found


# -- counts that are sizes ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "rows", "ents"), [
    ("Kenya has 130 athletes", """
        1 nsubj PROPN Kenya NNP
        1 ROOT VERB have VBZ
        3 nummod NUM 130 CD
        1 dobj NOUN athlete NNS
    """, {"Kenya": "GPE"}),
    ("Labour had two elected officials", """
        1 nsubj PROPN Labour NNP
        1 ROOT VERB have VBD
        4 nummod NUM two CD
        4 amod ADJ elected JJ
        1 dobj NOUN official NNS
    """, {"Labour": "ORG"}),
    ("Warren had eight delegates", """
        1 nsubj PROPN Warren NNP
        1 ROOT VERB have VBD
        3 nummod NUM eight CD
        1 dobj NOUN delegate NNS
    """, {"Warren": "PERSON"}),
])
def test_a_count_that_is_had_is_a_size(text, rows, ents):
    assert not triples(parse(text, rows, ents=ents))


def test_people_held_are_a_party():
    # guard: "Hamas still has 59 hostages": captives held, no size of Hamas
    found = triples(parse("Hamas has 59 hostages", """
        1 nsubj PROPN Hamas NNP
        1 ROOT VERB have VBZ
        3 nummod NUM 59 CD
        1 dobj NOUN hostage NNS
    """, ents={"Hamas": "ORG"}))
    assert ("Hamas", "have", "hostages") in found


def test_a_measure_of_something_had_stays():
    # guard: "twelve years of civil war": what the count measures
    found = triples(parse("Burundi had twelve years of war", """
        1 nsubj PROPN Burundi NNP
        1 ROOT VERB have VBD
        3 nummod NUM twelve CD
        1 dobj NOUN year NNS
        3 prep ADP of IN
        4 pobj NOUN war NN
    """, ents={"Burundi": "GPE", "twelve years": "DATE"}))
    assert ("Burundi", "have", "war") in found


@pytest.mark.parametrize(("text", "rows", "ents"), [
    ("Skies carried 1.1 mln passengers", """
        1 nsubj PROPN Skies NNP
        1 ROOT VERB carry VBD
        4 nummod NUM 1.1 CD
        4 amod NUM mln CD
        1 dobj NOUN passenger NNS
    """, {"Skies": "ORG"}),
    ("Aeroflot flew about 1.5 million people", """
        1 nsubj PROPN Aeroflot NNP
        1 ROOT VERB fly VBD
        4 advmod ADV about RB
        4 compound NUM 1.5 CD
        5 nummod NUM million CD
        1 dobj NOUN people NNS
    """, {"Aeroflot": "ORG"}),
    ("Veyra serves 22 million users", """
        1 nsubj PROPN Veyra NNP
        1 ROOT VERB serve VBZ
        3 compound NUM 22 CD
        4 nummod NUM million CD
        1 dobj NOUN user NNS
    """, {"Veyra": "ORG"}),
])
def test_a_bare_noun_counted_in_millions_is_a_figure(text, rows, ents):
    assert not triples(parse(text, rows, ents=ents))


@pytest.mark.parametrize(("text", "rows", "obj"), [
    # guards: an event of a class, a smaller count, a noun with words of its own
    ("Russia deported about 1.5 million people", """
        1 nsubj PROPN Russia NNP
        1 ROOT VERB deport VBD
        4 advmod ADV about RB
        4 compound NUM 1.5 CD
        5 nummod NUM million CD
        1 dobj NOUN people NNS
    """, "people"),
    ("Contras killed 14 people", """
        1 nsubj PROPN Contras NNPS
        1 ROOT VERB kill VBD
        3 nummod NUM 14 CD
        1 dobj NOUN people NNS
    """, "people"),
    ("Pakistan shelters three mln Afghan refugees", """
        1 nsubj PROPN Pakistan NNP
        1 ROOT VERB shelter VBZ
        3 nummod NUM three CD
        5 amod NUM mln CD
        5 amod ADJ Afghan JJ
        1 dobj NOUN refugee NNS
    """, "Afghan refugees"),
])
def test_a_counted_participant_stays(text, rows, obj):
    found = triples(parse(text, rows, ents={"Contras": "ORG", "Pakistan": "GPE",
                                            "Afghan": "NORP", "Russia": "GPE"}))
    assert any(o == obj for _, _, o in found), found


# -- real sentences ------------------------------------------------------------------------

REAL_SENTENCES = {
    "a value worth of goods: the goods": [
        ("Japan bought 2.5 billion dlrs worth of U.S. Treasury bonds last month.",
         [("Japan", "buy", "U.S. Treasury bonds", False, False)], []),
        ("Japan agreed to buy two billion dlrs worth of American supercomputers.",
         [("Japan", "agree to buy", "American supercomputers", False, False)], []),
        ("The Bank of France sold an estimated 20 billion francs worth of marks to support "
         "the franc.", [], [("Bank of France", "estimated francs worth of marks")]),
    ],
    "a holding's company": [
        ("Drake Financial Corp said it will seek approval from the California Insurance "
         "Department to raise its stake in Pacific Mutual Indemnity Co to 51 pct from 19.5 "
         "pct.", [("Drake Financial Corp", "raise stake", "Pacific Mutual Indemnity Co",
                   False, True)], [("Drake Financial Corp", "stake")]),
        ("Harlow Corp said it raised its stake in Dexter Inc to 9.8 pct from 7.1 pct.",
         [("Harlow Corp", "raise stake", "Dexter Inc", False, False)],
         [("Harlow Corp", "stake")]),
        ("Harcourt, which already holds about 8.4 pct of Denmore's 6.2 mln shares, said the "
         "offer is conditioned on financing.",
         [("Harcourt", "hold share", "Denmore", False, False)],
         [("Harcourt", "Denmore's shares")]),
    ],
    "a vehicle's load": [
        ("The Herald of Free Enterprise capsized outside the harbour with more than 500 "
         "people on board.", [], [("Herald of Free Enterprise", "people")]),
        ("The Dona Paz sank with 300 people aboard, officials said.", [],
         [("Dona Paz", "people")]),
        ("Sikh militants hijacked an Indian Airlines jet with 120 passengers on board.",
         [("Sikh militants", "hijack", "Indian Airlines jet", False, False)],
         [("Sikh militants", "passengers")]),
    ],
    "a count that is a size": [
        ("Southern Skies carried 1.1 mln passengers last year.", [],
         [("Southern Skies", "passengers")]),
        ("Veyra, which has about 22 million users in Brazil, closed its Sao Paulo office.",
         [("Veyra", "close", "Sao Paulo office", False, False)], [("Veyra", "users")]),
        ("The New People's Army, which has about 23,000 fighters, walked out of the talks.",
         [], [("New People's Army", "fighters")]),
        ("Hamas still has 59 hostages in Gaza, Israel said.",
         [("Hamas", "have", "hostages", False, False)], []),
    ],
    "counted participants stay": [
        ("Soviet troops killed 14 people in Kandahar.",
         [("Soviet troops", "kill", "people", False, False)], []),
        ("The police arrested 45 people during the protest.",
         [("police", "arrest", "people", False, False)], []),
        ("Chrysler said it would eliminate about 1,450 jobs.",
         [("Chrysler", "eliminate", "jobs", False, True)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(REAL_SENTENCES))
def test_real_sentences(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)


LABELS = {
    "commodity sacks are a unit": [
        ("The Brazilian Coffee Institute should limit registrations to 15 mln 60-kilo bags, "
         "the confederation said.", [], [("Brazilian Coffee Institute", "bags")]),
        ("Brazil registered 1.2 mln bags of coffee for export in April.",
         [("Brazil", "register", "coffee")], []),
        ("The Red Cross delivered 500 bags of rice to the refugees.",
         [("Red Cross", "deliver", "rice")], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(LABELS))
def test_real_labels(extractor, sentence, present, absent):
    check_labels(extractor, sentence, present, absent)
