"""Whom a verb of letting lets, when the parser makes it the subject of the infinitive
after the verb ("Kenya allows Somali traders to cross", "allows" -ccomp-> "cross"
-nsubj-> "traders"): the object of "allow", so that "no longer allows X to V" and
"did not allow X to V" give the negated letting of X (and X's negated act)."""

from __future__ import annotations

import pytest
from actorgraph.extract.triples import all_triples

from tests.constructions import cases, check_construction
from tests.docs import parse


def found(doc):
    return {(t.subject.text, t.lemma, t.label, t.object.text, t.negated, t.hedged)
            for t in all_triples(doc)}


#: (sentence, rows, letter, let, label, negated by the rule itself; "no longer" is read
#: later, by :func:`extract.context.negation`)
_LET_CLAUSES = [
    ("Kenya allows Somalis to cross into Mandera", """
        1 nsubj PROPN Kenya NNP
        1 ROOT VERB allow VBZ
        4 nsubj PROPN Somalis NNPS
        4 aux PART to TO
        1 ccomp VERB cross VB
        4 prep ADP into IN
        5 pobj PROPN Mandera NNP
    """, "Kenya", "Somalis", "allow to cross", False),
    ("Namibia no longer allows Spaniards to fish", """
        3 nsubj PROPN Namibia NNP
        2 neg ADV no RB
        3 advmod ADV longer RBR
        3 ROOT VERB allow VBZ
        6 nsubj PROPN Spaniards NNPS
        6 aux PART to TO
        3 ccomp VERB fish VB
    """, "Namibia", "Spaniards", "allow to fish", False),
    ("Israel did not let Turkey enter Gaza", """
        3 nsubj PROPN Israel NNP
        3 aux AUX do VBD
        3 neg PART not RB
        3 ROOT VERB let VB
        5 nsubj PROPN Turkey NNP
        3 ccomp VERB enter VB
        5 dobj PROPN Gaza NNP
    """, "Israel", "Turkey", "let enter Gaza", True),
]


@pytest.mark.parametrize(("sentence", "rows", "letter", "let", "label", "negated"),
                         _LET_CLAUSES)
def test_the_subject_of_the_let_clause_is_whom_the_verb_lets(sentence, rows, letter, let,
                                                             label, negated):
    doc = parse(sentence, rows, ents={"Kenya": "GPE", "Namibia": "GPE", "Israel": "GPE",
                                      "Turkey": "GPE", "Gaza": "GPE", "Mandera": "GPE"})
    triples = {(s, lemma, o, neg) for s, lemma, lab, o, neg, _ in found(doc)
               if lab.startswith(label)}
    assert (letter, label.split(" ")[0], let, negated) in triples, sorted(found(doc))


def test_a_clause_with_its_own_auxiliary_or_that_is_no_object():
    # "Kenya allowed that Somalis had crossed": a clause conceded, nobody let
    doc = parse("Kenya allowed that Somalis had crossed", """
        1 nsubj PROPN Kenya NNP
        1 ROOT VERB allow VBD
        5 mark SCONJ that IN
        5 nsubj PROPN Somalis NNPS
        5 aux AUX have VBD
        1 ccomp VERB cross VBN
    """, ents={"Kenya": "GPE", "Somalis": "NORP"})
    assert not any(t.subject.text == "Kenya" and t.object.text == "Somalis"
                   for t in all_triples(doc))


def test_other_verbs_keep_their_clause():
    # "Kenya expects Somalis to cross": not a letting, the clause is the expectation
    doc = parse("Kenya expects Somalis to cross", """
        1 nsubj PROPN Kenya NNP
        1 ROOT VERB expect VBZ
        4 nsubj PROPN Somalis NNPS
        4 aux PART to TO
        1 ccomp VERB cross VB
    """, ents={"Kenya": "GPE", "Somalis": "NORP"})
    assert not any(t.subject.text == "Kenya" and t.object.text == "Somalis"
                   for t in all_triples(doc))


REAL_SENTENCES = {
    "a verb of letting with its object parsed as the clause's subject": [
        ("Kenya allows Somali traders to cross into Mandera.",
         [("Kenya", "allow", "Somali traders", False, False)], []),
        ("Egypt does not allow Palestinian students to leave Gaza through Rafah.",
         [("Egypt", "allow", "Palestinian students", True, False),
          ("Palestinian students", "leave", "Gaza", True, False)], []),
        ("Ghana's government no longer allows Chinese miners to dig in the Ashanti "
         "region.", [("Ghana", "allow", "Chinese miners", True, False)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(REAL_SENTENCES))
def test_real_sentences(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
