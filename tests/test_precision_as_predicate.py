"""What a verb of naming or judging says its object is belongs in the relation however the
parser hung the "as" predicate: "regarded technology as problematic" is "regard as
problematic", not "regard" (which loses the point), whether "problematic" is a clause of
the verb with "as" its adverb or the modifier of an "as" with no object. A clause of its
own after "as" is no predicate ("regarded the plan, as he said, ..."), nor is a verb that
names nothing ("examined the pipeline as dangerous" is no naming verb)."""

from __future__ import annotations

import pytest
from actorgraph.extract.triples import all_triples

from tests.constructions import cases, check_labels
from tests.docs import parse


def labels(doc):
    return {(t.subject.text, t.label, t.object.text) for t in all_triples(doc)}


#: (sentence, rows, entities, the triple given, the cut triple not given)
_AS_PREDICATES = [
    # the adjective a clause of the verb, "as" its adverb
    ("Riva regarded technology as problematic", """
        1 nsubj PROPN Riva NNP
        1 ROOT VERB regard VBD
        1 dobj NOUN technology NN
        4 advmod ADV as RB
        1 advcl ADJ problematic JJ
    """, {"Riva": "PERSON"}, ("Riva", "regard as problematic", "technology"),
     ("Riva", "regard", "technology")),
    # the adjective the modifier of an "as" on the verb
    ("Poland regarded the pipeline as dangerous", """
        1 nsubj PROPN Poland NNP
        1 ROOT VERB regard VBD
        3 det DET the DT
        1 dobj NOUN pipeline NN
        1 prep ADP as IN
        4 amod ADJ dangerous JJ
    """, {"Poland": "GPE"}, ("Poland", "regard as dangerous", "pipeline"),
     ("Poland", "regard", "pipeline")),
    # the adjective the modifier of an "as" right after the object
    ("Tokyo considered the claim as baseless", """
        1 nsubj PROPN Tokyo NNP
        1 ROOT VERB consider VBD
        3 det DET the DT
        1 dobj NOUN claim NN
        3 prep ADP as IN
        4 amod ADJ baseless JJ
    """, {"Tokyo": "GPE"}, ("Tokyo", "consider as baseless", "claim"),
     ("Tokyo", "consider", "claim")),
]


@pytest.mark.parametrize(("sentence", "rows", "ents", "given", "cut"), _AS_PREDICATES)
def test_an_as_predicate_belongs_in_the_relation(sentence, rows, ents, given, cut):
    found = labels(parse(sentence, rows, ents=ents))
    assert given in found
    assert cut not in found


def test_a_clause_of_its_own_is_no_predicate():
    # "as" with a subject and verb of its own: "regarded the plan, as officials were
    # angry": no predicate of the plan
    doc = parse("Poland regarded the plan as officials were angry", """
        1 nsubj PROPN Poland NNP
        1 ROOT VERB regard VBD
        3 det DET the DT
        1 dobj NOUN plan NN
        7 mark SCONJ as IN
        7 nsubj NOUN official NNS
        7 cop AUX be VBD
        1 advcl ADJ angry JJ
    """, ents={"Poland": "GPE"})
    assert not any("angry" in label for _, label, _ in labels(doc))


def test_a_verb_that_names_nothing_keeps_its_relation():
    doc = parse("Poland examined the pipeline as dangerous", """
        1 nsubj PROPN Poland NNP
        1 ROOT VERB examine VBD
        3 det DET the DT
        1 dobj NOUN pipeline NN
        1 prep ADP as IN
        4 amod ADJ dangerous JJ
    """, ents={"Poland": "GPE"})
    assert ("Poland", "examine", "pipeline") in labels(doc)


REAL_SENTENCES = {
    "an as predicate of a verb of naming": [
        ("Hungary regarded the quota system as unfair.",
         [("Hungary", "regard as unfair", "quota system")],
         [("Hungary", "regard", "quota system")]),
        ("Germany considered the election as invalid.",
         [("Germany", "consider as invalid", "election")],
         [("Germany", "consider", "election")]),
        ("Brazil considered the vote in Congress as illegitimate.",
         [("Brazil", "consider as illegitimate", "vote")],
         [("Brazil", "consider", "vote")]),
        ("The Kremlin described Navalny as a blogger.",
         [("Kremlin", "describe as blogger", "Navalny")], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(REAL_SENTENCES))
def test_real_sentences(extractor, sentence, present, absent):
    check_labels(extractor, sentence, present, absent)
