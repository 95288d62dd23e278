"""A pronoun subject repeated inside what the same pronoun believes or expects is the
same speaker: "Nordbank said it believed Sweden would cut rates and that it would lower
its own rate" - the second "it" is Nordbank, not Sweden, the last name before it. Also
when a coordinated "that" clause is parsed as the conjunct of a word deep in the belief
("said it believed Ottawa had no right to cancel the licence and that it would ask the
court ...", "ask" hung on "cancel")."""

from __future__ import annotations

import pytest
from actorgraph.extract.actors import ActorResolver

from tests.constructions import cases, check_construction
from tests.docs import parse


def resolved(doc, i):
    m = ActorResolver(doc).resolve(doc[i])
    return None if m is None else m.label


def test_the_pronoun_in_what_the_pronoun_believes_is_the_speaker():
    # "Nordbank said it believed Sweden would cut rates and it would lower prices"
    doc = parse("Nordbank said it believed Sweden would cut rates and it would lower "
                "prices", """
        1 nsubj PROPN Nordbank NNP
        1 ROOT VERB say VBD
        3 nsubj PRON it PRP
        1 ccomp VERB believe VBD
        7 nsubj PROPN Sweden NNP
        7 aux AUX would MD
        3 ccomp VERB cut VB
        7 dobj NOUN rate NNS
        7 cc CCONJ and CC
        11 nsubj PRON it PRP
        11 aux AUX would MD
        3 ccomp VERB lower VB
        11 dobj NOUN price NNS
    """, ents={"Nordbank": "ORG", "Sweden": "GPE"})
    assert resolved(doc, 9) == "Nordbank"


def test_a_that_clause_hung_on_a_word_deep_in_the_belief():
    doc = parse("Dunmore said it believed Ottawa had no right to cancel licence and that "
                "it would ask court", """
        1 nsubj PROPN Dunmore NNP
        1 ROOT VERB say VBD
        3 nsubj PRON it PRP
        1 ccomp VERB believe VBD
        5 nsubj PROPN Ottawa NNP
        3 ccomp VERB have VBD
        7 det DET no DT
        5 dobj NOUN right NN
        9 aux PART to TO
        7 acl VERB cancel VB
        9 dobj NOUN licence NN
        9 cc CCONJ and CC
        15 mark SCONJ that IN
        15 nsubj PRON it PRP
        15 aux AUX would MD
        9 conj VERB ask VB
        15 dobj NOUN court NN
    """, ents={"Dunmore": "ORG", "Ottawa": "GPE"})
    assert resolved(doc, 13) == "Dunmore"


def test_a_that_clause_after_another_subjects_claim_is_left_alone():
    # "Pierce claimed Lincoln was the candidate elected and that he appointed rivals":
    # "he" is Lincoln (the claim is not the same pronoun's belief), not Pierce
    doc = parse("Pierce claimed Lincoln was candidate to be elected and that he appointed "
                "rivals", """
        1 nsubj PROPN Pierce NNP
        1 ROOT VERB claim VBD
        3 nsubj PROPN Lincoln NNP
        1 ccomp AUX be VBD
        3 attr NOUN candidate NN
        7 aux PART to TO
        7 auxpass AUX be VB
        4 relcl VERB elect VBN
        7 cc CCONJ and CC
        11 mark SCONJ that IN
        11 nsubj PRON he PRP
        7 conj VERB appoint VBD
        11 dobj NOUN rival NNS
    """, ents={"Pierce": "PERSON", "Lincoln": "PERSON"})
    assert resolved(doc, 10) != "Pierce"


REAL_SENTENCES = {
    "the pronoun in what the same pronoun believes": [
        ("Harbour Gold Ltd said it believed Ottawa had no right to cancel the licence and "
         "that it would ask the Federal Court to rule on the matter.",
         [("Harbour Gold Ltd", "ask", "Federal Court", False, True)],
         [("Ottawa", "Federal Court")]),
        ("Nordbank AB said it believed Sweden would cut rates and that it would lower its "
         "own lending rate.", [("Nordbank AB", "lower", "Nordbank AB's lending rate", False, True)],
         [("Sweden", "lending rate")]),
        ("Dunmore Mining Ltd said it thought Canberra would drop the tax and that it would "
         "then reopen the mine.", [("Dunmore Mining Ltd", "reopen", "mine", False, True)],
         [("Canberra", "mine")]),
        ("Caltex Corp said it expected Washington to lift the ban and that it would then "
         "resume shipments to Libya.",  # (a flow's destination in its label: session 47)
         [("Caltex Corp", "resume", "shipments to Libya", False, True)],
         [("Washington", "shipments")]),
    ],
    "guards": [
        ("Pierce claimed Abraham Lincoln was the last third party candidate to be elected "
         "president and that he appointed a cabinet of rivals.",
         [("Abraham Lincoln", "appoint", "cabinet of rivals", False, True)], []),
        ("Dunmore Mining Ltd said it thought Canberra would drop the tax.",
         [("Canberra", "drop", "tax", False, True)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(REAL_SENTENCES))
def test_real_sentences(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
