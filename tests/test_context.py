"""Modality, attribution, time and place of a relation's clause."""

from __future__ import annotations

from actorgraph.extract.context import (
    clause_place,
    clause_time,
    conditional,
    degree_negated,
    is_future,
    modality,
    realised,
)

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


# -- clauses not asserted, and hedges that are not -------------------------------------------

def test_for_subject_infinitive_purpose_and_embedded_question_are_hedged():
    doc = parse("Trump called for NATO members to increase spending", """
        1 nsubj PROPN Trump NNP
        1 ROOT VERB call VBD
        6 mark SCONJ for IN
        4 compound PROPN NATO NNP
        6 nsubj NOUN member NNS
        6 aux PART to TO
        1 advcl VERB increase VB
        6 dobj NOUN spending NN
    """)
    assert modality(doc[6]).hedged and not modality(doc[1]).hedged
    doc = parse("Iran sent advisers to help Hezbollah fight Israel", """
        1 nsubj PROPN Iran NNP
        1 ROOT VERB send VBD
        1 dobj NOUN adviser NNS
        4 aux PART to TO
        1 advcl VERB help VB
        6 nsubj PROPN Hezbollah NNP
        4 ccomp VERB fight VB
        6 dobj PROPN Israel NNP
    """)
    assert modality(doc[6]).hedged and not modality(doc[1]).hedged
    doc = parse("Reporters asked whether Israel struck the hospital", """
        1 nsubj NOUN reporter NNS
        1 ROOT VERB ask VBD
        4 mark SCONJ whether IN
        4 nsubj PROPN Israel NNP
        1 ccomp VERB strike VBD
        6 det DET the DT
        4 dobj NOUN hospital NN
    """)
    assert modality(doc[4]).hedged
    doc = parse("Reporters said that Israel struck the hospital", """
        1 nsubj NOUN reporter NNS
        1 ROOT VERB say VBD
        4 mark SCONJ that IN
        4 nsubj PROPN Israel NNP
        1 ccomp VERB strike VBD
        6 det DET the DT
        4 dobj NOUN hospital NN
    """)
    assert not modality(doc[4]).hedged


def test_could_not_is_an_inability_but_might_not_and_must_are_hedges():
    def hedged(modal: str, negated: bool) -> bool:
        words = ["Kenya", modal, *(["not"] if negated else []), "stop", "the", "attack"]
        verb = len(words) - 3
        rows = [f"{verb} nsubj PROPN Kenya NNP", f"{verb} aux AUX {modal} MD",
                *([f"{verb} neg PART not RB"] if negated else []),
                f"{verb} ROOT VERB stop VB", f"{verb + 2} det DET the DT",
                f"{verb} dobj NOUN attack NN"]
        doc = parse(" ".join(words), "\n".join(rows))
        return modality(doc[verb]).hedged

    assert hedged("could", False) and not hedged("could", True)
    assert hedged("might", True) and hedged("must", False) and hedged("should", False)


def test_until_clause_is_conditional_when_pending():
    doc = parse("Thunberg promised protests until Sweden joined the pact", """
        1 nsubj PROPN Thunberg NNP
        1 ROOT VERB promise VBD
        1 dobj NOUN protest NNS
        5 mark SCONJ until IN
        5 nsubj PROPN Sweden NNP
        1 advcl VERB join VBD
        7 det DET the DT
        5 dobj NOUN pact NN
    """)
    assert conditional(doc[5]) and not conditional(doc[1])
    doc = parse("The siege lasted until the army took Mosul", """
        1 det DET the DT
        2 nsubj NOUN siege NN
        2 ROOT VERB last VBD
        6 mark SCONJ until IN
        5 det DET the DT
        6 nsubj NOUN army NN
        2 advcl VERB take VBD
        6 dobj PROPN Mosul NNP
    """)
    assert not conditional(doc[6])
    doc = parse("The embargo stays until Congress lifts it", """
        1 det DET the DT
        2 nsubj NOUN embargo NN
        2 ROOT VERB stay VBZ
        5 mark SCONJ until IN
        5 nsubj PROPN Congress NNP
        2 advcl VERB lift VBZ
        5 dobj PRON it PRP
    """)
    assert conditional(doc[5])


def test_second_that_clause_of_a_claim_and_reports_as_sources():
    doc = parse("Pierce claimed Lincoln was honest and that he appointed Seward", """
        1 nsubj PROPN Pierce NNP
        1 ROOT VERB claim VBD
        3 nsubj PROPN Lincoln NNP
        1 ccomp AUX be VBD
        3 acomp ADJ honest JJ
        3 cc CCONJ and CC
        8 mark SCONJ that IN
        8 nsubj PRON he PRP
        3 conj VERB appoint VBD
        8 dobj PROPN Seward NNP
    """)
    m = modality(doc[8])
    assert (m.hedged, m.reported, m.source.text) == (True, True, "Pierce")
    doc = parse("The reports indicated Trump owed millions", """
        1 det DET the DT
        2 nsubj NOUN report NNS
        2 ROOT VERB indicate VBD
        4 nsubj PROPN Trump NNP
        2 ccomp VERB owe VBD
        4 dobj NUM million NNS
    """)
    m = modality(doc[4])
    assert (m.hedged, m.source.text) == (True, "reports")


def test_a_reporting_verb_under_a_control_verb_has_its_subject():
    doc = parse("We would like to state that Georgia condemned violence", """
        2 nsubj PRON we PRP
        2 aux AUX would MD
        2 ROOT VERB like VB
        4 aux PART to TO
        2 xcomp VERB state VB
        7 mark SCONJ that IN
        7 nsubj PROPN Georgia NNP
        4 ccomp VERB condemn VBD
        7 dobj NOUN violence NN
    """)
    m = modality(doc[7])
    assert (m.hedged, m.reported, m.source.text) == (False, True, "We")


def test_content_of_beliefs_possibilities_and_wishes_is_hedged():
    doc = parse("My understanding is that Iran funds Hezbollah", """
        1 poss PRON my PRP$
        2 nsubj NOUN understanding NN
        2 ROOT AUX be VBZ
        5 mark SCONJ that IN
        5 nsubj PROPN Iran NNP
        2 ccomp VERB fund VBZ
        5 dobj PROPN Hezbollah NNP
    """)
    assert modality(doc[5]).hedged
    doc = parse("It is possible that Iran funds Hezbollah", """
        1 nsubj PRON it PRP
        1 ROOT AUX be VBZ
        1 acomp ADJ possible JJ
        5 mark SCONJ that IN
        5 nsubj PROPN Iran NNP
        1 ccomp VERB fund VBZ
        5 dobj PROPN Hezbollah NNP
    """)
    assert modality(doc[5]).hedged
    doc = parse("It is true that Iran funds Hezbollah", """
        1 nsubj PRON it PRP
        1 ROOT AUX be VBZ
        1 acomp ADJ true JJ
        5 mark SCONJ that IN
        5 nsubj PROPN Iran NNP
        1 ccomp VERB fund VBZ
        5 dobj PROPN Hezbollah NNP
    """)
    assert not modality(doc[5]).hedged
    doc = parse("God bless Ukraine", """
        1 nsubj PROPN God NNP
        1 ROOT VERB bless VBP
        1 dobj PROPN Ukraine NNP
    """)
    assert modality(doc[1]).hedged
    doc = parse("Poland helps Ukraine", """
        1 nsubj PROPN Poland NNP
        1 ROOT VERB help VBZ
        1 dobj PROPN Ukraine NNP
    """)
    assert not modality(doc[1]).hedged


def test_what_precedes_a_colon_is_not_the_opinion_after_it():
    doc = parse("Blasio spoke when he made the announcement : I feel like I won", """
        1 nsubj PROPN Blasio NNP
        9 ccomp VERB speak VBD
        4 advmod SCONJ when WRB
        4 nsubj PRON he PRP
        1 advcl VERB make VBD
        6 det DET the DT
        4 dobj NOUN announcement NN
        1 punct PUNCT : :
        9 nsubj PRON I PRP
        9 ROOT VERB feel VBP
        12 mark SCONJ like IN
        12 nsubj PRON I PRP
        9 advcl VERB win VBD
    """)
    assert not modality(doc[1]).hedged and not modality(doc[4]).hedged
    assert modality(doc[12]).hedged


# -- scope of negation, presupposition, claims without "that" ----------------------------------

def test_a_not_of_time_or_exclusivity_denies_no_event():
    doc = parse("Israel did not open the crossing until Friday", """
        3 nsubj PROPN Israel NNP
        3 aux AUX do VBD
        3 neg PART not RB
        3 ROOT VERB open VB
        5 det DET the DT
        3 dobj NOUN crossing NN
        3 prep ADP until IN
        6 pobj PROPN Friday NNP
    """)
    assert degree_negated(doc[3])
    doc = parse("Qatar did not merely host Hamas", """
        3 nsubj PROPN Qatar NNP
        3 aux AUX do VBD
        3 neg PART not RB
        3 ROOT VERB host VB
        3 advmod ADV merely RB
        3 dobj PROPN Hamas NNP
    """)
    assert degree_negated(doc[3])
    doc = parse("Qatar did not host Hamas", """
        3 nsubj PROPN Qatar NNP
        3 aux AUX do VBD
        3 neg PART not RB
        3 ROOT VERB host VB
        3 dobj PROPN Hamas NNP
    """)
    assert not degree_negated(doc[3])


def test_a_claim_nouns_clause_without_that_is_hedged_but_not_a_relative_clause():
    doc = parse("after reports Kyiv shelled the plant", """
        0 ROOT ADP after IN
        0 pobj NOUN report NNS
        3 nsubj PROPN Kyiv NNP
        1 relcl VERB shell VBD
        5 det DET the DT
        3 dobj NOUN plant NN
    """)
    assert modality(doc[3]).hedged
    doc = parse("after reports Kyiv cited", """
        0 ROOT ADP after IN
        0 pobj NOUN report NNS
        3 nsubj PROPN Kyiv NNP
        1 relcl VERB cite VBD
    """)
    assert not modality(doc[3]).hedged  # a gap: the reports are what Kyiv cited


def test_a_relative_clause_on_an_existential_pivot_shares_its_hedge():
    doc = parse("I think there are advisers who trained the Houthis", """
        1 nsubj PRON I PRP
        1 ROOT VERB think VBP
        3 expl PRON there EX
        1 ccomp VERB be VBP
        3 attr NOUN adviser NNS
        6 nsubj PRON who WP
        4 relcl VERB train VBD
        8 det DET the DT
        6 dobj PROPN Houthis NNPS
    """)
    assert modality(doc[6]).hedged
    doc = parse("there are advisers who trained the Houthis", """
        1 expl PRON there EX
        1 ROOT VERB be VBP
        1 attr NOUN adviser NNS
        4 nsubj PRON who WP
        2 relcl VERB train VBD
        6 det DET the DT
        4 dobj PROPN Houthis NNPS
    """)
    assert not modality(doc[4]).hedged


def test_a_possessed_event_noun_keeps_no_hedge_of_its_clause():
    doc = parse("Israel 's strike could trigger a war", """
        2 poss PROPN Israel NNP
        0 case PART 's POS
        4 nsubj NOUN strike NN
        4 aux AUX could MD
        4 ROOT VERB trigger VB
        6 det DET a DT
        4 dobj NOUN war NN
    """)
    assert realised(doc[2]) and not modality(doc[2]).hedged
    assert modality(doc[4]).hedged
