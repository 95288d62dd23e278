"""Session 39, one event in six forms: the constructions behind the paraphrase misses.

* A past verb with a subject of its own that the parser read as a modifier of the noun
  phrase after it ("X deported Afghan journalist Y" with "deported" an amod of
  "journalist"): the verb's clause is rebuilt
  (:func:`extract.hygiene._finite_verb_read_as_modifier`).
* "The junta's shutdown of Radio X": an unnamed body that acts, as a possessor, does the
  act of a verb's noun to a named "of" side, gerunds included ("the regulator's grounding
  of Lion Air"; :func:`extract.rules.nominal._body_acts_on_name`).
* "fining Company X 48 million reais" with the name read as the subject of the amount:
  the name is the verb's object (:func:`extract.hygiene.amount_name`).
"""

from __future__ import annotations

import pytest
from actorgraph.extract.hygiene import (
    _finite_verb_read_as_modifier,
    _name_read_into_time_span,
    amount_name,
)

from tests.constructions import cases, check_construction
from tests.docs import parse


def _said_clause() -> object:
    """"Lima expelled envoy Ortiz on Monday , aides said" as the parser misreads it."""
    return parse("Lima expelled envoy Ortiz on Monday , aides said", '''
        1 nsubj PROPN Lima NNP
        2 amod VERB expel VBD
        3 compound NOUN envoy NN
        8 nsubj PROPN Ortiz NNP
        3 prep ADP on IN
        4 pobj PROPN Monday NNP
        8 punct PUNCT , ,
        8 nsubj NOUN aide NNS
        8 ROOT VERB say VBD''', ents={"Lima": "GPE", "Ortiz": "PERSON"})


def test_verb_read_as_modifier_becomes_the_reported_clause():
    doc = _said_clause()
    _finite_verb_read_as_modifier(doc[1])
    assert (doc[1].dep_, doc[1].head.text) == ("ccomp", "said")
    assert (doc[3].dep_, doc[3].head.text) == ("dobj", "expelled")
    assert doc[4].head.text == "expelled"  # "on Monday" is the verb's
    assert doc[0].head.text == "expelled"


def test_verb_read_as_modifier_becomes_the_root():
    doc = parse("Quito banned broadcaster Teleamazonas from Ecuador", '''
        1 nsubj PROPN Quito NNP
        2 amod VERB ban VBD
        3 compound NOUN broadcaster NN
        3 ROOT PROPN Teleamazonas NNP
        3 prep ADP from IN
        4 pobj PROPN Ecuador NNP''', ents={"Quito": "GPE", "Teleamazonas": "ORG"})
    _finite_verb_read_as_modifier(doc[1])
    assert (doc[1].dep_, doc[1].head.i) == ("ROOT", 1)
    assert (doc[3].dep_, doc[3].head.text) == ("dobj", "banned")
    assert doc[4].head.text == "banned"


def test_modifier_without_a_subject_stays():
    # guard: "the Kremlin-backed rebels", a participle with no subject of its own
    doc = parse("Kremlin backed rebels shelled Donetsk", '''
        1 npadvmod PROPN Kremlin NNP
        2 amod VERB back VBN
        3 nsubj NOUN rebel NNS
        3 ROOT VERB shell VBD
        3 dobj PROPN Donetsk NNP''')
    _finite_verb_read_as_modifier(doc[1])
    assert (doc[1].dep_, doc[1].head.text) == ("amod", "rebels")


def test_phrase_subject_of_a_verb_that_reports_nothing_stays():
    # guard: the phrase is the subject of "angered", no reporting verb
    doc = parse("Lima expelled envoy Ortiz angered Caracas", '''
        1 nsubj PROPN Lima NNP
        2 amod VERB expel VBD
        3 compound NOUN envoy NN
        4 nsubj PROPN Ortiz NNP
        4 ROOT VERB anger VBD
        4 dobj PROPN Caracas NNP''')
    _finite_verb_read_as_modifier(doc[1])
    assert (doc[1].dep_, doc[1].head.text) == ("amod", "envoy")


def test_only_subject_of_a_reporting_verb_stays():
    # guard: "Tehran backed militias claimed the attack": the phrase is the reporting
    # verb's one subject, no clause reported by someone else after a comma
    doc = parse("Tehran backed militias claimed the attack", '''
        1 nsubj PROPN Tehran NNP
        2 amod VERB back VBD
        3 nsubj NOUN militia NNS
        3 ROOT VERB claim VBD
        5 det DET the DT
        3 dobj NOUN attack NN''')
    _finite_verb_read_as_modifier(doc[1])
    assert (doc[1].dep_, doc[1].head.text) == ("amod", "militias")
    assert (doc[2].dep_, doc[2].head.text) == ("nsubj", "claimed")


@pytest.mark.parametrize(("text", "rows", "name"), [
    ("fining Vale Verde Mineração 40 million reais", '''
        0 ROOT VERB fine VBG
        6 nsubj PROPN Vale NNP
        3 compound PROPN Verde NNP
        1 appos PROPN Mineração NNP
        5 compound NUM 40 CD
        6 nummod NUM million CD
        0 dobj NOUN reais NNS''', "Vale"),
    ("charging Hanjin Shipping 8 billion won", '''
        0 ROOT VERB charge VBG
        2 compound PROPN Hanjin NNP
        5 nsubj PROPN Shipping NNP
        4 compound NUM 8 CD
        5 nummod NUM billion CD
        0 dobj NOUN won NN''', "Shipping"),
    ("ordering Tata Steel 12 million pounds", '''
        0 ROOT VERB order VBG
        2 compound PROPN Tata NNP
        5 nsubj PROPN Steel NNP
        4 compound NUM 12 CD
        5 nummod NUM million CD
        0 dobj NOUN pounds NNS''', "Steel"),
], ids=["appositive name", "two-word name", "order"])
def test_name_read_as_subject_of_an_amount(text, rows, name):
    doc = parse(text, rows)
    assert amount_name(doc[len(doc) - 1]).text == name


def test_subject_before_a_noun_that_is_no_amount_stays():
    # guard: "fining Vale Verde Mineração executives" names no amount
    doc = parse("fining Vale Verde executives", '''
        0 ROOT VERB fine VBG
        3 nsubj PROPN Vale NNP
        1 appos PROPN Verde NNP
        0 dobj NOUN executive NNS''')
    assert amount_name(doc[3]) is None


@pytest.mark.parametrize(("text", "rows"), [
    ("expect Nvidia 30 billion dollars", '''
        0 ROOT VERB expect VBP
        4 nsubj PROPN Nvidia NNP
        3 compound NUM 30 CD
        4 nummod NUM billion CD
        0 dobj NOUN dollar NNS'''),
    ("found Odebrecht 800 million reais", '''
        0 ROOT VERB find VBD
        4 nsubj PROPN Odebrecht NNP
        3 compound NUM 800 CD
        4 nummod NUM million CD
        0 dobj NOUN reais NN'''),
], ids=["expectation", "finding"])
def test_subject_of_an_amount_a_verb_of_belief_reports_stays(text, rows):
    # guard: "Analysts expect Nvidia 30 billion dollars in revenue": the name is the
    # subject of the clause expected or found, not the verb's object
    doc = parse(text, rows)
    assert amount_name(doc[len(doc) - 1]) is None


_SENTENCES = {
    "a past verb with its own subject read as a modifier of the phrase after it": [
        ("Al-Shabaab, Somalia's Islamist insurgency, abducted Kenyan teacher Mary Otieno "
         "near Mandera on Monday, police said.",
         [("Al-Shabaab", "abduct", "Mary Otieno", False, False)], []),
        ("Zimbabwe's electoral commission disqualified opposition candidate Tendai Moyo from "
         "the Harare council race on Friday, citing forged nomination papers.",
         [("Zimbabwe's electoral commission", "disqualify", "Tendai Moyo", False, False)], []),
        ("Iraq's oil ministry blacklisted trading house Gulf Crude on Sunday after auditors "
         "found smuggled cargoes, a ministry spokesman said in Baghdad.",
         [("Iraq", "blacklist", "Gulf Crude", False, False)], []),
        # guard: a participle modifier with no subject of its own stays one
        ("Kremlin-backed separatists shelled the town of Avdiivka on Sunday.",
         [], [("Kremlin", "separatists")]),
        # guards: a modifier before the one subject of a reporting verb, written without
        # its hyphen: the phrase speaks, nobody reports the modifier's act
        ("Tehran backed militias claimed the drone attack on the base near Erbil.",
         [], [("Tehran", "militias")]),
        ("Court appointed monitor Ellen Reed told reporters that Boeing had failed to fix "
         "its safety culture.",
         [("Ellen Reed", "tell", "reporters", False, False)], [("court", "Ellen Reed")]),
    ],
    "a name read as the subject of an amount": [
        # guards: the subject of a clause a verb of belief or finding reports
        ("Analysts expect Nvidia 30 billion dollars in revenue this quarter.", [],
         [("analysts", "Nvidia")]),
        ("Federal auditors found Odebrecht 800 million reais in bribes, the report said.", [],
         [("federal auditors", "Odebrecht")]),
    ],
    "an unnamed acting body's noun of a verb with a named 'of' side": [
        ("The regulator's grounding of Lion Air stranded thousands of travellers.",
         [("regulator", "ground", "Lion Air", False, False)], []),
        ("The junta's shutdown of Radio Dawei drew condemnation from press groups.",
         [("junta", "shut down", "Radio Dawei", False, False)], []),
        ("The election commission's disqualification of Pita Limjaroenrat angered his "
         "supporters.",
         [("election commission", "disqualify", "Pita Limjaroenrat", False, False)], []),
        # a gerund's act called off did not happen, as a noun's ("postponed the
        # regulator's suspension of X" is negated)
        ("The ministry postponed the regulator's grounding of Lion Air until March.",
         [("regulator", "ground", "Lion Air", True, False)], []),
        # guards: a people on the "of" side; a possessor that is no acting body
        ("The government's treatment of Uyghurs drew criticism.", [],
         [("government", "Uyghurs")]),
        ("The company's handling of Boeing's order angered staff.", [],
         [("company", "Boeing")]),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(_SENTENCES))
def test_para39_constructions_on_the_model(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)


def test_name_read_into_a_time_span_is_the_object():
    doc = parse("Oslo had warned Nordic Ferries weeks before the crash", '''
        2 nsubj PROPN Oslo NNP
        2 aux AUX have VBD
        2 ROOT VERB warn VBN
        4 compound PROPN Nordic NNP
        5 compound PROPN Ferries NNP
        6 npadvmod NOUN week NNS
        2 prep ADP before IN
        8 det DET the DT
        6 pobj NOUN crash NN''', ents={"Nordic Ferries weeks": "ORG"})
    _name_read_into_time_span(doc[5])
    assert (doc[4].dep_, doc[4].head.text) == ("dobj", "warned")
    assert [(e.text, e.label_) for e in doc.ents] == [("Nordic Ferries", "ORG")]


def test_time_span_after_an_object_stays():
    # guard: the verb has its object ("warned the ferry firm"); "Nordic" stays the span's
    doc = parse("Oslo warned firms Nordic weeks before", '''
        1 nsubj PROPN Oslo NNP
        1 ROOT VERB warn VBD
        1 dobj NOUN firm NNS
        4 compound PROPN Nordic NNP
        5 npadvmod NOUN week NNS
        1 prep ADP before IN''')
    _name_read_into_time_span(doc[4])
    assert (doc[3].dep_, doc[3].head.text) == ("compound", "weeks")


def test_weekday_before_a_time_span_stays():
    # guard: "met Tuesday days before the vote": the weekday is a date, no object of
    # "met"; the span stays one date
    doc = parse("Opposition leaders met Tuesday days before the vote", '''
        1 compound NOUN opposition NN
        2 nsubj NOUN leader NNS
        2 ROOT VERB meet VBD
        4 compound PROPN Tuesday NNP
        2 npadvmod NOUN day NNS
        2 prep ADP before IN
        7 det DET the DT
        5 pobj NOUN vote NN''', ents={"Tuesday days": "DATE"})
    _name_read_into_time_span(doc[4])
    assert (doc[3].dep_, doc[3].head.text) == ("compound", "days")
    assert [(e.text, e.label_) for e in doc.ents] == [("Tuesday days", "DATE")]


_SPAN_SENTENCES = {
    "a name read into the span of time after it": [
        ("Russian hackers may have breached SolarGate Systems weeks before the intrusion was "
         "detected, investigators said.",
         [("Russian hackers", "breach", "SolarGate Systems", False, True)], []),
        ("Chinese spies might have infiltrated Nordlicht Energie years before the sabotage, "
         "prosecutors believe.",
         [("China", "infiltrate", "Nordlicht Energie", False, True)], []),
        ("Gunmen may have kidnapped Luca Moretti days before the ransom demand arrived, police "
         "said.",
         [("Gunmen", "kidnap", "Luca Moretti", False, True)], []),
        # the NER took the name and the span for one date
        ("The rebels shelled Avdiivka days before the truce, the army said.",
         [("rebels", "shell", "Avdiivka", False, False)], []),
        # guards: a weekday before the span is its date, no object of the verb
        ("Opposition leaders met Tuesday days before the vote, party officials said.",
         [], [("opposition leaders", "Tuesday")]),
        ("Union leaders met Sunday hours before the strike deadline, a spokesman said.",
         [], [("union leaders", "Sunday")]),
        # guard: a span after a common noun object is left alone
        ("Israeli jets struck the depots days before the truce, the army said.",
         [("Israel", "strike", "depots", False, False)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(_SPAN_SENTENCES))
def test_time_span_names_on_the_model(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)


def test_noun_phrase_keeps_its_own_preposition():
    # guard: "between" is the talks' (a common noun keeps all but a date's phrase)
    doc = parse("Oman hosted talks between Iran and Egypt on Monday", '''
        1 nsubj PROPN Oman NNP
        2 amod VERB host VBD
        2 ROOT NOUN talk NNS
        2 prep ADP between IN
        3 pobj PROPN Iran NNP
        4 cc CCONJ and CC
        4 conj PROPN Egypt NNP
        2 prep ADP on IN
        7 pobj PROPN Monday NNP''', ents={"Monday": "DATE"})
    _finite_verb_read_as_modifier(doc[1])
    assert (doc[2].dep_, doc[2].head.text) == ("dobj", "hosted")
    assert doc[3].head.text == "talks"
    assert doc[7].head.text == "hosted"
