"""Acts stated beside a hedge (session 43).

* a vote's infinitive of an act the body performs by voting is what the vote decides, also
  when a tally makes the parser hang it as a purpose (:data:`~extract.lexicon.VOTING_VERBS`,
  :data:`~extract.lexicon.VOTED_ACTS`): "votes 220-41 to impeach X" is stated; a vote still
  to come ("will vote next week to confirm X") or to do what others carry out ("votes
  to bomb targets in Syria") keeps it hedged;
* a settling infinitive of a payment made or agreed is done by the payment
  (:data:`~extract.lexicon.SETTLING_VERBS` on :data:`~extract.lexicon.PAYING_VERBS`):
  "agreed to pay $90 million to settle a lawsuit brought by Texas" settles it; a payment
  only to come or offered ("will pay", "offered to pay") leaves the settling hedged;
* a clause the parser hung as the complement of a verb after that verb's own object and
  ", and" / ", but", with a subject of its own, is coordinated with it, not what it
  suspects or blames (``context._conjunct_taken_for_ccomp``): "Police suspect the BLA, and
  Rangers later raid a hideout in Lyari" states the raid; a "that" clause after an object
  ("told reporters that ...") and a clause without the comma stay under their verb;
* a clause the parser coordinated with a reported past clause, after ", and", with a
  subject of its own and in the present of the verb that reports, is the narration's next
  event (``context._narrated_conjunct``): "officials say they suspect the ADF carried out
  the raid, and the Ugandan army deploys 300 soldiers to Kasese" states the deployment;
  a reported "and that ..." clause stays reported and hedged;
* an expressive purpose ("to protest", "to demand"; :data:`~extract.lexicon.EXPRESSIVE_PURPOSES`)
  of the "-ing" adjunct of a stated act is performed with it, as one of the act itself is:
  "drove tractors into Madrid, blocking the avenues for hours to demand higher subsidies"
  demanded them; an act only to come ("will park ..., blocking ... to protest") or an
  adjunct of intention ("planning to protest") stays hedged.
"""

from __future__ import annotations

import pytest

from actorgraph.records import Article

pytestmark = pytest.mark.model

#: (sentence, wanted (subject, relation lemma, object, negated, hedged))
_VOTES = [
    ("Kenya's parliament votes 220\u201341 to impeach Deputy President Kamau Mwangi.",
     ("Kenya", "impeach", "Kamau Mwangi", False, False)),
    ("Lawmakers in Seoul vote 204\u201385 to oust President Lee Min-ho.",
     ("lawmakers in Seoul", "oust", "Lee Min-ho", False, False)),
    ("Brazil's Senate votes 61\u201320 to remove President Dilma Rousseff from office.",
     ("Senate", "remove", "Dilma Rousseff", False, False)),
    # guards: a vote still to come; a vote the parser already reads as deciding (a vote to
    # do what others must carry out stays hedged: tests/data/flags_grid_2.jsonl fs-033)
    ("The Senate will vote next week to confirm Maria Lopez.",
     ("Senate", "confirm", "Maria Lopez", False, True)),
    ("The Senate voted 52-48 to confirm Maria Lopez as defence secretary.",
     ("Senate", "vote to confirm", "Maria Lopez", False, False)),
]
_SETTLED = [
    ("Meta agrees to pay $90 million to settle a privacy lawsuit brought by Texas.",
     ("Meta", "settle", "privacy lawsuit brought by Texas", False, False)),
    ("Glencore agreed to pay 300 million dollars to resolve claims filed by Ecuador.",
     ("Glencore", "resolve", "claims filed by Ecuador", False, False)),
    ("Uber paid $10 million to settle a discrimination suit brought by Oregon.",
     ("Uber", "settle", "discrimination suit brought by Oregon", False, False)),
    # guards: a payment to come or only offered
    ("Uber will pay $10 million to settle a discrimination suit brought by Oregon.",
     ("Uber", "settle", "discrimination suit brought by Oregon", False, True)),
    ("Uber offered to pay $10 million to settle a discrimination suit brought by Oregon.",
     ("Uber", "settle", "discrimination suit brought by Oregon", False, True)),
]
#: model rows: the parser reads these as coordinated already; they must stay stated
_COORDINATED = [
    ("Police in Karachi suspect the Baloch Liberation Army, which is believed to have "
     "planted a bomb in Quetta last week, and paramilitary Rangers later raid a hideout "
     "in Lyari.",
     ("Rangers", "raid", "hideout", False, False)),
    ("Kyiv accuses Moscow, but Russian forces again shell Kharkiv overnight.",
     ("Russia", "shell", "Kharkiv", False, False)),
    # guard: a suspicion with no object before it stays the suspicion's
    ("Investigators suspect the cartel planted the bomb and the army raided a warehouse.",
     ("army", "raid", "warehouse", False, True)),
]
_PROTESTED = [
    ("Hundreds of Greek farmers parked tractors on the highway outside Athens, blocking "
     "traffic for days to protest against a subsidy cut by Brussels.",
     ("Greek farmers", "protest against", "subsidy cut", False, False)),
    ("Thousands of Spanish farmers drove tractors into Madrid on Monday, blocking the main "
     "avenues for hours to demand higher subsidies from the government.",
     ("Spanish farmers", "demand", "higher subsidies", False, False)),
    ("Dozens of Chilean miners gathered at the gates of the El Teniente mine, blocking "
     "access for hours to denounce the layoffs by Codelco.",
     ("Chilean miners", "denounce layoff", "Codelco", False, False)),
    ("Thousands of Kenyan teachers marched to parliament in Nairobi, waving placards to "
     "demand a pay rise from the government.",
     ("Kenyan teachers", "demand", "pay rise", False, False)),
    # guards: an act to come; an adjunct of intention
    ("Hundreds of Greek farmers will park tractors on the highway outside Athens, blocking "
     "traffic for days to protest against a subsidy cut by Brussels.",
     ("Greek farmers", "protest against", "subsidy cut", False, True)),
    ("Hundreds of Greek farmers parked tractors on the highway outside Athens, planning to "
     "protest against a subsidy cut by Brussels.",
     ("Greek farmers", "plan to protest against", "subsidy cut", False, True)),
]
_NARRATED = [
    ("Two gunmen kill a judge outside a courthouse in Culiac\u00e1n, Sinaloa; state "
     "prosecutors say they suspect the Chapitos faction ordered the murder, and Mexico's "
     "federal government sends 500 army troops to Culiac\u00e1n.",
     ("Mexico", "send", "army troops", False, False)),
    ("A car bomb kills six soldiers at a checkpoint near Mogadishu, Somalia; local officials "
     "say they believe al-Shabaab planned the attack, and Kenya sends 400 troops to Kismayo.",
     ("Kenya", "send", "troops", False, False)),
    ("Unknown attackers burn a police station in Kasese, Uganda; district officials say they "
     "suspect the Allied Democratic Forces carried out the raid, and the Ugandan army "
     "deploys 300 soldiers to Kasese.",
     ("Ugandan army", "deploy", "soldiers", False, False)),
    # guards: the suspected act stays hedged; a reported "and that" clause too
    ("A car bomb kills six soldiers at a checkpoint near Mogadishu, Somalia; local officials "
     "say they believe al-Shabaab planned the attack, and Kenya sends 400 troops to Kismayo.",
     ("al-Shabaab", "plan", "attack", False, True)),
    ("Unknown attackers burn a police station in Kasese, Uganda; district officials say they "
     "suspect the Allied Democratic Forces carried out the raid, and that the group fled to "
     "Congo.",
     ("Allied Democratic Forces", "flee to", "Republic of the Congo", False, True)),
]
#: each construction's rows, by what the construction states
_TABLES = {"what a vote decides is stated": _VOTES,
           "a payment made or agreed settles": _SETTLED,
           "a clause the parser coordinates stays stated": _COORDINATED,
           "a protest of a stated adjunct is made": _PROTESTED,
           "the narration's next event is not suspected": _NARRATED}
_ALL = list(dict.fromkeys(s for rows in _TABLES.values() for s, _ in rows))

#: hand-parsed: the complement the parser may wrongly hang on the first verb
#: (``head dep pos lemma tag``), the verb, and whether it is a coordinated clause
_MISPARSED = [
    # "Officials suspect the cartel , and troops later raid a ranch"
    ("Officials suspect the cartel , and troops later raid a ranch", """
        1 nsubj NOUN official NNS
        1 ROOT VERB suspect VBP
        3 det DET the DT
        1 dobj NOUN cartel NN
        3 punct PUNCT , ,
        3 cc CCONJ and CC
        8 nsubj NOUN troop NNS
        8 advmod ADV later RB
        1 ccomp VERB raid VBP
        10 det DET a DT
        8 dobj NOUN ranch NN""", 8, 1, True),
    ("Seoul blames Pyongyang , but Northern gunboats again shell Yeonpyeong", """
        1 nsubj PROPN Seoul NNP
        1 ROOT VERB blame VBZ
        1 dobj PROPN Pyongyang NNP
        2 punct PUNCT , ,
        2 cc CCONJ but CC
        6 amod ADJ northern JJ
        8 nsubj NOUN gunboat NNS
        8 advmod ADV again RB
        1 ccomp VERB shell VBP
        8 dobj PROPN Yeonpyeong NNP""", 8, 1, True),
    ("Delhi accuses Islamabad , and Indian jets strike a camp", """
        1 nsubj PROPN Delhi NNP
        1 ROOT VERB accuse VBZ
        1 dobj PROPN Islamabad NNP
        2 punct PUNCT , ,
        2 cc CCONJ and CC
        6 amod ADJ indian JJ
        7 nsubj NOUN jet NNS
        1 ccomp VERB strike VBP
        9 det DET a DT
        7 dobj NOUN camp NN""", 7, 1, True),
    # guards: a "that" clause after the object; no ", and" before the clause
    ("Kyiv told reporters that Russian troops shelled Sumy", """
        1 nsubj PROPN Kyiv NNP
        1 ROOT VERB tell VBD
        1 dobj NOUN reporter NNS
        6 mark SCONJ that IN
        5 amod ADJ russian JJ
        6 nsubj NOUN troop NNS
        1 ccomp VERB shell VBD
        6 dobj PROPN Sumy NNP""", 6, 1, False),
    ("Officials suspect the cartel troops raided a ranch", """
        1 nsubj NOUN official NNS
        1 ROOT VERB suspect VBP
        3 det DET the DT
        4 compound NOUN cartel NN
        5 nsubj NOUN troop NNS
        1 ccomp VERB raid VBD
        7 det DET a DT
        5 dobj NOUN ranch NN""", 5, 1, False),
]


@pytest.mark.parametrize(("text", "rows", "clause", "verb", "coordinated"), _MISPARSED,
                         ids=[row[0][:30] for row in _MISPARSED])
def test_a_complement_after_the_object_and_and_is_coordinated(text, rows, clause, verb,
                                                               coordinated):
    from actorgraph.extract.context import _conjunct_taken_for_ccomp, modality

    from tests.docs import parse

    doc = parse(text, rows)
    assert _conjunct_taken_for_ccomp(doc[clause], doc[verb]) is coordinated
    if coordinated:
        assert not modality(doc[clause]).hedged


@pytest.fixture(scope="module")
def found(extractor):
    """Each sentence's ``(subject, relation lemma, object, negated, hedged)`` set."""
    results = extractor.extract([Article(f"t{i}", s) for i, s in enumerate(_ALL)])
    return {s: {(t.subject.label, t.relation.lemma, t.object.label, t.negated, t.hedged)
                for t in r.triples} for s, r in zip(_ALL, results, strict=True)}


@pytest.mark.parametrize(("sentence", "wanted"), [
    pytest.param(sentence, wanted, id=f"{name}: {sentence[:30]}")
    for name, rows in _TABLES.items() for sentence, wanted in rows])
def test_the_act_is_stated(found, sentence, wanted):
    assert wanted in found[sentence], sorted(found[sentence])


#: hand-parsed: a present clause the parser coordinated with a reported past clause
#: (``head dep pos lemma tag``), its clause, the reported clause, and whether narrated
_NARRATED_PARSES = [
    ("Officials say they suspect the cartel ordered the killing , and the army sends troops",
     """
        1 nsubj NOUN official NNS
        1 ROOT VERB say VBP
        3 nsubj PRON they PRP
        1 ccomp VERB suspect VBP
        5 det DET the DT
        6 nsubj NOUN cartel NN
        3 ccomp VERB order VBD
        8 det DET the DT
        6 dobj NOUN killing NN
        6 punct PUNCT , ,
        6 cc CCONJ and CC
        12 det DET the DT
        13 nsubj NOUN army NN
        6 conj VERB send VBZ
        13 dobj NOUN troop NNS""", 13, 6, True),
    ("Kyiv says it believes Moscow shelled Sumy , but Ukraine strikes a depot", """
        1 nsubj PROPN Kyiv NNP
        1 ROOT VERB say VBZ
        3 nsubj PRON it PRP
        1 ccomp VERB believe VBZ
        5 nsubj PROPN Moscow NNP
        3 ccomp VERB shell VBD
        5 dobj PROPN Sumy NNP
        5 punct PUNCT , ,
        5 cc CCONJ but CC
        10 nsubj PROPN Ukraine NNP
        5 conj VERB strike VBZ
        12 det DET a DT
        10 dobj NOUN depot NN""", 10, 5, True),
    ("Police think the rebels laid the mine , and the governor blames Niamey", """
        1 nsubj NOUN police NNS
        1 ROOT VERB think VBP
        3 det DET the DT
        4 nsubj NOUN rebel NNS
        1 ccomp VERB lay VBD
        6 det DET the DT
        4 dobj NOUN mine NN
        4 punct PUNCT , ,
        4 cc CCONJ and CC
        10 det DET the DT
        11 nsubj NOUN governor NN
        4 conj VERB blame VBZ
        11 dobj PROPN Niamey NNP""", 11, 4, True),
    # guards: a report in the past (its tenses are not the narration's); no comma
    ("Kyiv said it believed Moscow shelled Sumy , but Ukraine struck a depot", """
        1 nsubj PROPN Kyiv NNP
        1 ROOT VERB say VBD
        3 nsubj PRON it PRP
        1 ccomp VERB believe VBD
        5 nsubj PROPN Moscow NNP
        3 ccomp VERB shell VBD
        5 dobj PROPN Sumy NNP
        5 punct PUNCT , ,
        5 cc CCONJ but CC
        10 nsubj PROPN Ukraine NNP
        5 conj VERB strike VBD
        12 det DET a DT
        10 dobj NOUN depot NN""", 10, 5, False),
    ("Officials suspect the cartel ordered the killing and the army sends troops", """
        1 nsubj NOUN official NNS
        1 ROOT VERB suspect VBP
        3 det DET the DT
        4 nsubj NOUN cartel NN
        1 ccomp VERB order VBD
        6 det DET the DT
        4 dobj NOUN killing NN
        4 cc CCONJ and CC
        9 det DET the DT
        10 nsubj NOUN army NN
        4 conj VERB send VBZ
        10 dobj NOUN troop NNS""", 10, 4, False),
]


@pytest.mark.parametrize(("text", "rows", "clause", "reported", "narrated"), _NARRATED_PARSES,
                         ids=[row[0][:30] for row in _NARRATED_PARSES])
def test_a_present_conjunct_of_a_reported_past_clause_is_narrated(text, rows, clause,
                                                                   reported, narrated):
    from actorgraph.extract.context import _narrated_conjunct, modality

    from tests.docs import parse

    doc = parse(text, rows)
    assert _narrated_conjunct(doc[clause], doc[reported]) is narrated
    if narrated:
        assert not modality(doc[clause]).hedged
    else:
        assert modality(doc[clause]).hedged
