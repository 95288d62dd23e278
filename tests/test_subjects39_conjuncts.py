"""Conjoined verb phrases of a reported clause take that clause's subject (session 39):

- a verb with a modal of its own that the parser coordinated with a "to" infinitive goes
  up to the nearest finite verb, and a verb is finite by its first auxiliary as well as by
  its tag ("did not intend", "does not plan", "has agreed"): in "the spokesman said
  Canada did not intend to break off talks but would recall its envoy" Canada recalls
  him, not the spokesman (:func:`extract.hygiene._modal_conjunct_of_infinitive`); a "to"
  is no finite auxiliary, so a chain of infinitives is still passed over;
- a conjunct with a modal of its own goes on with a perfect as with a past or present
  ("has agreed to buy a stake and will build a factory": the buyer builds it;
  :func:`extract.rules.base.same_form`); a bare past after a perfect is as before.
"""

from __future__ import annotations

import pytest
from actorgraph.extract.hygiene import _modal_conjunct_of_infinitive

from tests.constructions import cases, check_construction
from tests.docs import parse

# "X said Y AUX not V1 to V2 O but would V3 O2", with V3 hung on V2 as the parser does
_FINITE_BY_AUXILIARY = [
    ("Aide said Canada did not intend to recall envoy but would cut staff", '''
        1 nsubj PROPN aide NNP
        1 ROOT VERB say VBD
        5 nsubj PROPN Canada NNP
        5 aux AUX do VBD
        5 neg PART not RB
        1 ccomp VERB intend VB
        7 aux PART to TO
        5 xcomp VERB recall VB
        7 dobj NOUN envoy NN
        7 cc CCONJ but CC
        11 aux AUX would MD
        7 conj VERB cut VB
        11 dobj NOUN staff NN''', 11, "intend"),
    ("Minister said Nigeria does not plan to sell fields and will raise royalties", '''
        1 nsubj PROPN minister NNP
        1 ROOT VERB say VBD
        5 nsubj PROPN Nigeria NNP
        5 aux AUX do VBZ
        5 neg PART not RB
        1 ccomp VERB plan VB
        7 aux PART to TO
        5 xcomp VERB sell VB
        7 dobj NOUN field NNS
        7 cc CCONJ and CC
        11 aux AUX will MD
        7 conj VERB raise VB
        11 dobj NOUN royalty NNS''', 11, "plan"),
    ("Officials said Toyota has agreed to build plant and will hire workers", '''
        1 nsubj NOUN official NNS
        1 ROOT VERB say VBD
        4 nsubj PROPN Toyota NNP
        4 aux AUX have VBZ
        1 ccomp VERB agree VBN
        6 aux PART to TO
        4 xcomp VERB build VB
        6 dobj NOUN plant NN
        6 cc CCONJ and CC
        10 aux AUX will MD
        6 conj VERB hire VB
        10 dobj NOUN worker NNS''', 10, "agreed"),
]


@pytest.mark.parametrize(("text", "rows", "verb", "head"), _FINITE_BY_AUXILIARY)
def test_a_modal_conjunct_goes_to_a_verb_finite_by_its_auxiliary(text, rows, verb, head):
    doc = parse(text, rows)
    _modal_conjunct_of_infinitive(doc[verb])
    assert doc[verb].head.text == head
    assert next(c for c in doc if c.dep_ == "cc").head.text == head


def test_a_to_is_no_finite_auxiliary():
    # guard: "agreed to try to visit X and would free Y" passes over both infinitives
    doc = parse("Junta agreed to try to visit jails and would free men", '''
        1 nsubj PROPN Junta NNP
        1 ROOT VERB agree VBD
        3 aux PART to TO
        1 xcomp VERB try VB
        5 aux PART to TO
        3 xcomp VERB visit VB
        5 dobj NOUN jail NNS
        5 cc CCONJ and CC
        9 aux AUX would MD
        5 conj VERB free VB
        9 dobj NOUN man NNS''')
    _modal_conjunct_of_infinitive(doc[9])
    assert doc[9].head.text == "agreed"


_TABLE = {
    "modal conjunct after a perfect": [
        ("Toyota has agreed to buy a stake in Daihatsu and will build a factory in Ohio.",
         [("Toyota", "build", "factory in Ohio", False, True)], []),
        ("Hamas has rejected the Egyptian proposal and will send a delegation to Doha.",
         [("Hamas", "send", "delegation", False, True)], []),
        ("The ministry said Ghana has decided to suspend cocoa exports to Britain and will "
         "sell the crop to China.",
         [("Ghana", "sell", "China", False, True)], [("ministry", "China")]),
        # guard: a bare past after a perfect shares its subject as before
        ("Poland has expelled two Russian diplomats and closed the consulate in Gdansk.",
         [("Poland", "close", "consulate in Gdansk", False, False)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(_TABLE))
def test_a_modal_conjunct_goes_on_with_a_perfect(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)


# - after a reported modal, a conjunct put into the reporting verb's past, a past perfect
#   or a past of a state (:func:`extract.rules.base.backshifted`), is the reported
#   clause's own ("said Chevron would keep its refinery but had sold its stake": Chevron
#   sold it), and it does not share the modal's hedge: it is stated in a tense of its own
#   (:func:`extract.context._own_tense`); a plain past act after a reported modal is
#   still the speaker's, and a hedging adverb is still shared
_BACKSHIFTED = {
    "past perfect or past state after a reported modal": [
        ("The minister said Chevron would keep its refinery in Texas but had sold its stake "
         "in the Angolan field.",
         [("Chevron", "sell stake", "Angolan field", False, False)], []),
        ("A Kremlin aide said Gazprom would resume gas deliveries to Austria but had not "
         "signed a new contract with OMV.",
         [("Gazprom", "sign contract", "OMV", True, False)], [("Kremlin", "OMV")]),
        ("Officials said Airbus would build the plant in Alabama and had hired 500 workers "
         "from Boeing.", [("Airbus", "hire from", "Boeing", False, False)], []),
        ("The coach said Arsenal would keep its young players but lacked the money for new "
         "signings.", [("Arsenal", "lack", "money", False, False)], []),
        ("A Tesla spokeswoman said Panasonic would supply the batteries but held no stake in "
         "the Nevada factory.",
         [("Panasonic", "hold stake", "Nevada factory", True, False)],
         [("Tesla", "Nevada factory")]),
        # guards: a plain past act after a reported modal is the speaker's; a coordinated
        # bare verb shares the modal; a hedging adverb is shared by a past conjunct
        ("The senator predicted Biden would win Georgia and urged voters to register.",
         [("senator", "urge", "voters", False, False)], [("Biden", "voters")]),
        ("Hungary will veto the aid and block Kyiv's accession.",
         [("Hungary", "block", "Kyiv's accession", False, True)], []),
        ("Russian jets reportedly bombed Idlib and killed five civilians.",
         [("Russia", "kill", "civilians", False, True)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(_BACKSHIFTED))
def test_a_backshifted_conjunct_is_the_reported_clauses(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)


# - a past of a verb of state that carries an event ("held talks with X", "held a meeting")
#   is an act, not a state put into the reporting tense: it is not the reported clause's
#   (review 39c); its lack ("held no talks") is still a state
_CARRIED_EVENTS = {
    "state verb carrying an event after a reported modal": [
        ("Scholz said Germany would deliver tanks to Ukraine and held talks with Polish "
         "leaders.", [("Germany", "deliver", "Ukraine", False, True)], [("Germany", "Poland")]),
        ("The king said Jordan would reopen the border and held talks with Syrian officials "
         "in Amman.", [("Jordan", "reopen", "border", False, True)], [("Jordan", "Syria")]),
        # guard: a lack of talks is a state of the reported clause's subject
        ("The spokesman said Hamas would free the hostages but held no talks with Israel.",
         [("Hamas", "talk", "Israel", True, False)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(_CARRIED_EVENTS))
def test_a_state_verb_carrying_an_event_is_not_backshifted(extractor, sentence, present,
                                                          absent):
    check_construction(extractor, sentence, present, absent)


# - a bare past after a perfect with a modal is the perfect's participle and shares its
#   modal ("may have struck X and provoked Y": may have provoked), so what it brings about
#   stays hedged; a conjunct with a finite auxiliary of its own after a counterfactual
#   ("would have won the title but had lost X") states a fact (review 39c)
_PERFECT_CONJUNCTS = {
    "conjunct of a modal perfect": [
        ("Israel may have struck the consulate in Damascus and provoked Iran's attack on "
         "Israel.", [("Iran", "attack", "Israel", False, True)], []),
        ("The leak may have exposed the plan and prompted Russia's invasion of Ukraine.",
         [("Russia", "invade", "Ukraine", False, True)], []),
        ("The coach said Liverpool would have won the title but had lost Salah to injury.",
         [("Liverpool", "win", "title", False, True),
          ("Liverpool", "lose", "Salah", False, False)], []),
        ("Diplomats said Beijing would have vetoed the resolution but had struck a deal with "
         "Washington.", [("Beijing", "strike deal", "Washington", False, False)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(_PERFECT_CONJUNCTS))
def test_a_conjunct_of_a_modal_perfect(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)


# - a "had" right before a past participle is a perfect the parser took for "have" with
#   an object ("had barred inspectors": "barred" on "inspectors"), not a state of having
#   (review 39c); a "had" with a plain object still is one
_MISPARSED_PERFECTS = {
    "had before a past participle after a reported modal": [
        ("The agency reported that Iran would expand enrichment and had barred inspectors "
         "from Fordow.", [("Iran", "expand", "enrichment", False, True)], [("Iran", "Fordow")]),
        ("Analysts said Pfizer would acquire the firm and had secured financing from "
         "JPMorgan.", [], [("Pfizer", "JPMorgan")]),
        # guard: a state of having
        ("The coach said Arsenal would keep its young players but had little money for new "
         "signings.", [("Arsenal", "have", "little money", False, False)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(_MISPARSED_PERFECTS))
def test_a_had_before_a_participle_is_no_state(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
