"""Modality, attribution, time and place of a relation's clause."""

from __future__ import annotations

from actorgraph.extract.context import clause_place, clause_time, is_future, modality

from tests.docs import parse


def test_reported_claim_keeps_its_source():
    doc = parse("Biden said that Israel struck Gaza", """
        1 nsubj PROPN Biden
        1 ROOT VERB say VBD
        4 mark SCONJ that
        4 nsubj PROPN Israel
        1 ccomp VERB strike VBD
        4 dobj PROPN Gaza
    """, ents={"Biden": "PERSON", "Israel": "GPE", "Gaza": "GPE"})
    m = modality(doc[4])
    assert (m.reported, m.hedged, m.source.text) == (True, False, "Biden")
    assert modality(doc[1]).reported is False


def test_hedging_adverbs_and_modals():
    doc = parse("Khamenei reportedly ordered an attack", """
        2 nsubj PROPN Khamenei
        2 advmod ADV reportedly
        2 ROOT VERB order VBD
        4 det DET an
        2 dobj NOUN attack
    """)
    assert modality(doc[4]).hedged is True  # the event noun inherits its clause's hedge
    doc = parse("Iran may strike Israel", """
        2 nsubj PROPN Iran
        2 aux AUX may MD
        2 ROOT VERB strike VB
        2 dobj PROPN Israel
    """)
    assert (modality(doc[2]).hedged, modality(doc[2]).reported) == (True, False)


def test_impersonal_belief_is_hedged_and_the_source_found_further_up():
    doc = parse("the IDF said it is believed that Hezbollah holds rockets", """
        1 det DET the
        2 nsubj PROPN IDF
        2 ROOT VERB say VBD
        5 nsubjpass PRON it
        5 auxpass AUX be
        2 ccomp VERB believe VBN
        8 mark SCONJ that
        8 nsubj PROPN Hezbollah
        5 ccomp VERB hold VBZ
        8 dobj NOUN rocket NNS
    """, ents={"IDF": "ORG", "Hezbollah": "ORG"})
    m = modality(doc[8])
    assert (m.hedged, m.reported, m.source.text) == (True, True, "IDF")


def test_according_to_names_the_source():
    doc = parse("Netanyahu rejected the proposal , according to Blinken", """
        1 nsubj PROPN Netanyahu
        1 ROOT VERB reject VBD
        3 det DET the
        1 dobj NOUN proposal
        1 punct PUNCT ,
        1 prep VERB accord VBG
        5 prep ADP to
        6 pobj PROPN Blinken
    """, ents={"Netanyahu": "PERSON", "Blinken": "PERSON"})
    m = modality(doc[1])
    assert (m.reported, m.source.text) == (True, "Blinken")


def test_time_and_place_of_the_clause():
    doc = parse("Israel killed Shukr in Beirut on July 30", """
        1 nsubj PROPN Israel
        1 ROOT VERB kill VBD
        1 dobj PROPN Shukr
        1 prep ADP in
        3 pobj PROPN Beirut
        1 prep ADP on
        5 pobj PROPN July
        6 nummod NUM 30
    """, ents={"Israel": "GPE", "Shukr": "PERSON", "Beirut": "GPE", "July 30": "DATE"})
    assert clause_time(doc[1]) == "on July 30"
    assert clause_place(doc[1]).text == "Beirut"
    assert clause_place(doc[1], exclude=frozenset({4})) is None


def test_future_tense():
    doc = parse("Hungary will support the resolution", """
        2 nsubj PROPN Hungary
        2 aux AUX will MD
        2 ROOT VERB support VB
        4 det DET the
        2 dobj NOUN resolution
    """)
    assert is_future(doc[2]) is True
    doc = parse("Hungary would have supported it", """
        3 nsubj PROPN Hungary
        3 aux AUX would MD
        3 aux AUX have VB
        3 ROOT VERB support VBN
        3 dobj PRON it
    """)
    assert is_future(doc[3]) is False


def test_participle_adjunct_shares_the_hedge_of_its_clause():
    doc = parse("Russia reportedly fired missiles , killing five", """
        2 nsubj PROPN Russia NNP
        2 advmod ADV reportedly RB
        2 ROOT VERB fire VBD
        2 dobj NOUN missile NNS
        2 punct PUNCT , ,
        2 advcl VERB kill VBG
        5 dobj NUM five CD
    """)
    assert modality(doc[5]).hedged
    # a finite clause after a hedged one is not hedged by it
    doc = parse("Israel may strike Gaza after Hamas fired rockets", """
        2 nsubj PROPN Israel NNP
        2 aux AUX may MD
        2 ROOT VERB strike VB
        2 dobj PROPN Gaza NNP
        6 mark ADP after IN
        6 nsubj PROPN Hamas NNP
        2 advcl VERB fire VBD
        6 dobj NOUN rocket NNS
    """)
    assert modality(doc[2]).hedged and not modality(doc[6]).hedged
