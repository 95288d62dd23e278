"""An amount is never a subject or an object, wherever it stands.

A concept that names nothing but an amount is a quantity too: an amount noun with only
amounts and determiners ("holds the rest", "put the figure at 2,000", "won a majority"), or
a holding noun with an amount ("acquired a 6.1 pct stake", "bought 500,000 shares", "a 20
pct interest"; but "had no stake in it"). An amount after a preposition of a range or
measure names no participant through its "of" phrase ("sell between 2.10 and 2.30 dlrs of
stock"). A number hyphened to a word before it stays in a concept's label ("a one-for-two
split").
"""

from __future__ import annotations

import pytest
from actorgraph.extract.hygiene import is_amount_concept
from actorgraph.extract.pipeline import extract_doc

from actorgraph.records import Article, Mention
from tests.constructions import cases, check_construction
from tests.docs import parse


def triples(doc) -> set[tuple[str, str, str]]:
    result = extract_doc(doc, Article("t", doc.text))
    return {(t.subject.label, t.relation.label, t.object.label) for t in result.triples}


def objects(doc) -> set[str]:
    return {o for _, _, o in triples(doc)}


def concept(text: str, label: str) -> Mention:
    return Mention(text, label, "CONCEPT", 0, len(text), "concept")


@pytest.mark.parametrize(("text", "label", "amount"), [
    ("a 6.1 pct stake", "stake", True),
    ("the rest", "rest", True),
    ("the figure", "figure", True),
    ("500,000 shares", "shares", True),
    ("a majority", "majority", True),
    ("a 9.9 pct holding", "holding", True),
    ("the bulk", "bulk", True),
    ("a 20 pct interest", "interest", True),
    ("seven mln shares", "shares", True),
    # guards: a holding noun without an amount, another noun, a complement, a name
    ("interest", "interest", False),
    ("no stake", "stake", False),
    ("its holding", "holding", False),
    ("the shares", "shares", False),
    ("market share", "market share", False),
    ("its stake in Beta", "stake in Beta", False),
    ("Westbury shares", "Westbury shares", False),
    ("a 25-cent dividend", "dividend", False),
    ("its 2.5 pct discount rate", "discount rate", False),
    ("the three pct minimum", "minimum", True),
    ("its 4.13 mln bpd quota", "quota", True),
    ("their quotas", "quotas", False),
    ("1.93 million votes", "votes", True),
    ("3 percent support", "support", True),
    ("strong support", "support", False),
    ("the votes of 26 delegates", "votes of delegates", False),
])
def test_a_concept_of_nothing_but_an_amount_is_a_quantity(text, label, amount):
    assert is_amount_concept(concept(text, label)) is amount


def test_a_name_is_no_amount_concept():
    assert not is_amount_concept(Mention("Stake", "Stake", "ORG", 0, 5, "name"))


_STAKE = ("Acme acquired a 6.1 pct stake", """
    1 nsubj PROPN Acme NNP
    1 ROOT VERB acquire VBD
    5 det DET a DT
    4 nummod NUM 6.1 CD
    5 compound NOUN pct NN
    1 dobj NOUN stake NN
""")
_REST = ("Vance holds the rest", """
    1 nsubj PROPN Vance NNP
    1 ROOT VERB hold VBZ
    3 det DET the DT
    1 dobj NOUN rest NN
""")
_FIGURE = ("Acme put the figure at 2,000", """
    1 nsubj PROPN Acme NNP
    1 ROOT VERB put VBD
    3 det DET the DT
    1 dobj NOUN figure NN
    1 prep ADP at IN
    4 pobj NUM 2,000 CD
""")
_SHARES = ("Acme bought 500,000 shares", """
    1 nsubj PROPN Acme NNP
    1 ROOT VERB buy VBD
    3 nummod NUM 500,000 CD
    1 dobj NOUN share NNS
""")
_INTEREST = ("Acme has a 20 pct interest", """
    1 nsubj PROPN Acme NNP
    1 ROOT VERB have VBZ
    5 det DET a DT
    4 nummod NUM 20 CD
    5 compound NOUN pct NN
    1 dobj NOUN interest NN
""")


@pytest.mark.parametrize(("sentence", "rows", "amount"), [
    _STAKE + ("stake",), _REST + ("rest",), _FIGURE + ("figure",), _SHARES + ("shares",),
    _INTEREST + ("interest",)])
def test_an_amount_noun_is_no_object(sentence, rows, amount):
    doc = parse(sentence, rows, ents={"Acme": "ORG", "Vance": "ORG"})
    assert amount not in objects(doc)


def test_a_stake_in_a_company_keeps_the_company():
    doc = parse("Acme acquired a 6.1 pct stake in Beta", """
        1 nsubj PROPN Acme NNP
        1 ROOT VERB acquire VBD
        5 det DET a DT
        4 nummod NUM 6.1 CD
        5 compound NOUN pct NN
        1 dobj NOUN stake NN
        5 prep ADP in IN
        6 pobj PROPN Beta NNP
    """, ents={"Acme": "ORG", "Beta": "ORG"})
    found = triples(doc)
    assert ("Acme", "acquire stake in", "Beta") in found
    assert "stake" not in {o for _, _, o in found}


def test_another_noun_makes_a_thing_of_it():
    # guard: "market share" is what was gained, "dividend" what was declared
    doc = parse("Acme gained market share", """
        1 nsubj PROPN Acme NNP
        1 ROOT VERB gain VBD
        3 compound NOUN market NN
        1 dobj NOUN share NN
    """, ents={"Acme": "ORG"})
    assert "market share" in objects(doc)
    doc = parse("Acme declared a 25 cent dividend", """
        1 nsubj PROPN Acme NNP
        1 ROOT VERB declare VBD
        5 det DET a DT
        4 nummod NUM 25 CD
        5 compound NOUN cent NN
        1 dobj NOUN dividend NN
    """, ents={"Acme": "ORG"})
    assert "dividend" in objects(doc)


def _per_unit(words: str, unit_lemma: str) -> tuple[str, str]:
    """'<Name> offered 27 dlrs a <unit>' parsed as a relative clause on the per-unit noun."""
    sentence = f"the 27 dlrs a {words} Carrollton offered"
    rows = f"""
        2 det DET the DT
        2 nummod NUM 27 CD
        2 ROOT NOUN dlrs NNS
        4 det DET a DT
        2 npadvmod NOUN {unit_lemma} NN
        6 nsubj PROPN Carrollton NNP
        4 relcl VERB offer VBD
    """
    return sentence, rows


@pytest.mark.parametrize(("words", "lemma"), [("share", "share"), ("unit", "unit"),
                                              ("head", "head")])
def test_the_unit_an_amount_is_per_is_no_participant(words, lemma):
    sentence, rows = _per_unit(words, lemma)
    doc = parse(sentence, rows, ents={"Carrollton": "ORG"})
    assert words not in objects(doc)


def test_a_limit_is_an_amount_only_with_one():
    doc = parse("OPEC kept its 15.8 mln bpd ceiling", """
        1 nsubj PROPN OPEC NNP
        1 ROOT VERB keep VBD
        6 poss PRON its PRP$
        5 compound NUM 15.8 CD
        5 nummod NUM mln CD
        6 compound NOUN bpd NN
        1 dobj NOUN ceiling NN
    """, ents={"OPEC": "ORG"})
    assert "ceiling" not in objects(doc)
    doc = parse("Kuwait exceeded its quota", """
        1 nsubj PROPN Kuwait NNP
        1 ROOT VERB exceed VBD
        3 poss PRON its PRP$
        1 dobj NOUN quota NN
    """, ents={"Kuwait": "GPE"})
    assert "Kuwait's quota" in objects(doc)


_RANGE = ("Acme sold between 2.10 and 2.30 dlrs of stock to Beta", """
    1 nsubj PROPN Acme NNP
    1 ROOT VERB sell VBD
    1 prep ADP between IN
    2 pobj NUM 2.10 CD
    3 cc CCONJ and CC
    6 nummod NUM 2.30 CD
    3 conj NOUN dlrs NNS
    6 prep ADP of IN
    7 pobj NOUN stock NN
    1 prep ADP to IN
    9 pobj PROPN Beta NNP
""")
_FROM_TO = ("Acme sold from 40 to 45 dlrs of stock", """
    1 nsubj PROPN Acme NNP
    1 ROOT VERB sell VBD
    1 prep ADP from IN
    2 pobj NUM 40 CD
    1 prep ADP to IN
    6 nummod NUM 45 CD
    4 pobj NOUN dlrs NNS
    6 prep ADP of IN
    7 pobj NOUN stock NN
""")
_UP_TO = ("Acme bought up to 45 mln dlrs of bonds", """
    1 nsubj PROPN Acme NNP
    1 ROOT VERB buy VBD
    3 advmod ADV up RB
    1 prep ADP to IN
    6 compound NUM 45 CD
    6 nummod NUM mln CD
    3 pobj NOUN dlrs NNS
    6 prep ADP of IN
    7 pobj NOUN bond NNS
""")


@pytest.mark.parametrize(("sentence", "rows", "measured"), [
    _RANGE + ("stock",), _FROM_TO + ("stock",), _UP_TO + ("bonds",)])
def test_an_amount_after_a_preposition_of_measure_names_no_participant(sentence, rows,
                                                                      measured):
    doc = parse(sentence, rows, ents={"Acme": "ORG", "Beta": "ORG"})
    assert measured not in objects(doc)


def test_a_count_of_people_after_at_and_an_amount_after_on_stay():
    # guards: "thousands" counts the protesters; "on" names what the tariffs hit
    doc = parse("Kenya fired water cannon at thousands of protesters", """
        1 nsubj PROPN Kenya NNP
        1 ROOT VERB fire VBD
        3 compound NOUN water NN
        1 dobj NOUN cannon NN
        1 prep ADP at IN
        4 pobj NOUN thousand NNS
        5 prep ADP of IN
        6 pobj NOUN protester NNS
    """, ents={"Kenya": "GPE"})
    assert "protesters" in objects(doc)
    doc = parse("Reagan imposed tariffs on 300 mln dlrs of exports", """
        1 nsubj PROPN Reagan NNP
        1 ROOT VERB impose VBD
        1 dobj NOUN tariff NNS
        1 prep ADP on IN
        6 compound NUM 300 CD
        6 nummod NUM mln CD
        3 pobj NOUN dlrs NNS
        6 prep ADP of IN
        7 pobj NOUN export NNS
    """, ents={"Reagan": "PERSON"})
    assert "exports" in objects(doc)


def test_a_number_hyphened_to_a_kept_word_stays_in_the_label():
    doc = parse("Acme declared a one - for - two split", """
        1 nsubj PROPN Acme NNP
        1 ROOT VERB declare VBD
        8 det DET a DT
        8 nummod NUM one CD
        3 punct PUNCT - HYPH
        3 prep ADP for IN
        5 punct PUNCT - HYPH
        5 pobj NUM two CD
        1 dobj NOUN split NN
    """, ents={"Acme": "ORG"}, spaces=[True, True, True, False, False, False, False, True,
                                       False])
    assert "one-for-two split" in objects(doc)
    # guard: a number spelt with a hyphen before the head is its count
    doc = parse("Gunmen killed twenty - four students", """
        1 nsubj NOUN gunman NNS
        1 ROOT VERB kill VBD
        5 nummod NUM twenty CD
        2 punct PUNCT - HYPH
        2 nummod NUM four CD
        1 dobj NOUN student NNS
    """, spaces=[True, True, False, False, True, False])
    assert "twenty-four students" not in objects(doc)


_AMOUNT_SIDES = {
    "amount noun as object": [
        ("Coastal Airways acquired a 6.1 pct stake last month.", [],
         [("Coastal Airways", "stake")]),
        ("Harbor Holdings said it holds a 49 pct stake and Vance Corp holds the rest.", [],
         [("Harbor Holdings", "stake"), ("Vance Corp", "rest")]),
        ("The FNSEA union put the figure at 2,000.", [], [("FNSEA", "figure")]),
        ("Gamma Corp has a 20 pct interest in the field, operated by Acme Corp.", [],
         [("Gamma Corp", "interest"), ("Acme Corp", "interest")]),
        ("Acme Corp said it now holds 2.4 mln shares.", [], [("Acme Corp", "shares")]),
        ("Medsource shares fell well below the 27 dlrs a share Carrollton has offered.", [],
         [("Carrollton", "share")]),
        ("Gulf Coast said its capital fell below the three pct minimum required by the Federal "
         "Home Loan Bank Board.", [], [("Federal Home Loan Bank Board", "minimum")]),
        ("Saudi Arabia has been producing well below its 4.13 mln bpd quota.", [],
         [("Saudi Arabia", "quota")]),
        ("In 2016, Green Party nominee Jill Stein received 1,457,226 votes.", [],
         [("Jill Stein", "votes")]),
        ("Kachingwe, the incumbent, had won 1.41 million votes.", [],
         [("Kachingwe", "votes")]),
        ("Gamma Corp bought two-thirds of the 1.5 mln shares.", [],
         [("Gamma Corp", "shares"), ("Gamma Corp", "two-thirds")]),
        ("Gamma Corp bought a 22.5 pct interest in Beta Inc from Acme Corp.",
         [("Gamma Corp", "buy from", "Acme Corp", False, False)],
         [("Gamma Corp", "interest")]),
    ],
    "a holding without an amount is a thing": [
        ("Two-thirds of the shares were bought by Gamma Corp.",
         [("Gamma Corp", "buy", "shares", False, False)], []),
        ("Gamma Corp said it had no stake in Beta Inc.",
         [("Gamma Corp", "have stake", "Beta Inc", True, False)], []),
        ("Coastal Airways acquired a 6.1 pct stake in Northwind Corp.",
         [("Coastal Airways", "acquire stake", "Northwind Corp", False, False)],
         [("Coastal Airways", "stake")]),
    ],
    "amount after a preposition of measure": [
        ("Acme Corp said it would sell between 2.10 and 2.30 dlrs of stock to Beta Inc.",
         [("Acme Corp", "sell", "Beta Inc", False, True)], [("Acme Corp", "stock")]),
    ],
    "amounts kept out elsewhere": [
        ("Tokyo Electric agreed to pay 1.2 billion yen to Mitsui.",
         [("Tokyo Electric", "agree to pay to", "Mitsui", False, False)],
         [("Tokyo Electric", "yen")]),
        ("Acme Corp and Beta Inc formed a 50-50 venture.",
         [("Acme Corp", "form", "venture", False, False)], [("Acme Corp", "50-50")]),
        ("Beta Inc bought two-thirds of Gamma Corp.", [], [("Beta Inc", "two-thirds")]),
        ("Beta Inc sold seven mln dlrs of notes to investors.",
         [("Beta Inc", "sell", "notes", False, False)], [("Beta Inc", "dlrs")]),
        ("Egypt bought 500,000 tonnes, the Agriculture Department said.", [],
         [("Egypt", "tonnes")]),
        ("Japan bought 200,000 tonnes of U.S. corn and 100,000 tonnes of sorghum.",
         [("Japan", "buy", "sorghum", False, False)], [("Japan", "tonnes")]),
        ("The bank cut its prime rate to 7.5 pct from 7.75 pct.", [], [("bank", "pct")]),
        ("Gamma Corp offered 45 dlrs a share for Beta Inc.",
         [("Gamma Corp", "offer for", "Beta Inc", False, False)], [("Gamma Corp", "share")]),
        ("Ecuador exported 300,000 barrels a day to the United States.",
         [("Ecuador", "export", "United States", False, False)],
         [("Ecuador", "barrels")]),
        ("The Bundesbank bought 100 mln marks to support the dollar.", [],
         [("Bundesbank", "marks")]),
        ("Acme Corp said seven mln shares would be sold to Beta Inc.", [],
         [("Beta Inc", "shares"), ("Acme Corp", "shares")]),
        ("Acme Corp owns 51 pct, Beta Inc 30 pct and Gamma Corp the rest.", [],
         [("Acme Corp", "pct"), ("Gamma Corp", "rest")]),
        ("Acme Corp sold its 14.5-pct stake, 2.3 mln shares, to Beta Inc.",
         [("Acme Corp", "sell", "Beta Inc", False, False)],
         [("Acme Corp", "stake"), ("Acme Corp", "shares")]),
        ("Acme Corp sold between 10 and 15 pct of its shares to Beta Inc.",
         [("Acme Corp", "sell", "Beta Inc", False, False)], [("Acme Corp", "shares")]),
        ("Nomura Securities sold seven mln yen worth of bonds to Acme Corp.",
         [("Nomura Securities", "sell", "Acme Corp", False, False)],
         [("Nomura Securities", "worth")]),
        ("Acme Corp said it will pay a 25-cent dividend to holders of record.",
         [("Acme Corp", "pay", "dividend", False, True)], [("Acme Corp", "25-cent")]),
        ("Acme Corp declared a 25-cent dividend and a one-for-two split.",
         [("Acme Corp", "declare", "one-for-two split", False, False)],
         [("Acme Corp", "one-for-split")]),
        ("Acme Corp <ACME.O> said it bought 1.2 billion yen of bonds from Nomura Securities.",
         [("Acme Corp", "buy", "bonds", False, False)], [("Acme Corp", "yen")]),
        ("Texaco <TX> sold 3.5 mln barrels of crude to Exxon <XON>.",
         [("Texaco", "sell", "crude", False, False)], [("Texaco", "barrels")]),
        ("Acme Corp paid about half of the 3 mln dlrs to Beta Inc.", [],
         [("Acme Corp", "half"), ("Acme Corp", "dlrs")]),
        ("The majority of shareholders approved the merger with Omega Corp.", [],
         [("majority", "Omega Corp")]),
        ("Acme Corp bought Beta Inc, a 200 mln dlr company, and 40 pct of Gamma Corp.",
         [("Acme Corp", "buy", "Beta Inc", False, False)], [("Acme Corp", "pct")]),
        ("Canada sold 2.5 mln bushels of wheat to China.",
         [("Canada", "sell", "wheat", False, False)], [("Canada", "bushels")]),
        ("Acme Corp won a majority on the board of Beta Inc.", [],
         [("Acme Corp", "majority")]),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(_AMOUNT_SIDES))
def test_amount_sides_on_the_model(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
