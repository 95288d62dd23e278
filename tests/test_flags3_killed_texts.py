"""What a text a body votes down, vetoes or withdraws would have done is not done, in a
relative clause as in a participle: "the Senate voted down a treaty that would have
allowed US warships to dock", "rejected a bill that would ban TikTok", "withdrew a bill
that would have allowed extraditions" (the text, as subject of the relative clause, does
it; a relative clause with another subject, "the bill which Warren drafted", is stated)."""

from __future__ import annotations

import pytest
from actorgraph.extract.triples import all_triples

from tests.constructions import cases, check_construction
from tests.docs import parse


def found(doc):
    return {(t.subject.text, t.lemma, t.object.text, t.negated) for t in all_triples(doc)}


_ENTS = {"TikTok": "ORG", "Senate": "ORG", "Russia": "GPE", "Korea": "GPE", "Lam": "PERSON",
         "China": "GPE", "Warren": "PERSON"}

#: (sentence, rows, wanted (subject, lemma, object, negated))
_KILLED = [
    ("Senate rejected bill that would ban TikTok", """
        1 nsubj PROPN Senate NNP
        1 ROOT VERB reject VBD
        1 dobj NOUN bill NN
        5 nsubj PRON that WDT
        5 aux AUX would MD
        2 relcl VERB ban VB
        5 dobj PROPN TikTok NNP
    """, ("bill", "ban", "TikTok", True)),
    ("Russia vetoed resolution which would have condemned Korea", """
        1 nsubj PROPN Russia NNP
        1 ROOT VERB veto VBD
        1 dobj NOUN resolution NN
        6 nsubj PRON which WDT
        6 aux AUX would MD
        6 aux AUX have VB
        2 relcl VERB condemn VBN
        6 dobj PROPN Korea NNP
    """, ("resolution", "condemn", "Korea", True)),
    ("Lam withdrew treaty that would have allowed China", """
        1 nsubj PROPN Lam NNP
        1 ROOT VERB withdraw VBD
        1 dobj NOUN treaty NN
        6 nsubj PRON that WDT
        6 aux AUX would MD
        6 aux AUX have VB
        2 relcl VERB allow VBN
        6 dobj PROPN China NNP
    """, ("treaty", "allow", "China", True)),
    # guards: a text that is passed, and a relative clause with a subject of its own
    ("Senate passed bill that would ban TikTok", """
        1 nsubj PROPN Senate NNP
        1 ROOT VERB pass VBD
        1 dobj NOUN bill NN
        5 nsubj PRON that WDT
        5 aux AUX would MD
        2 relcl VERB ban VB
        5 dobj PROPN TikTok NNP
    """, ("bill", "ban", "TikTok", False)),
    ("Senate rejected bill which Warren drafted", """
        1 nsubj PROPN Senate NNP
        1 ROOT VERB reject VBD
        1 dobj NOUN bill NN
        5 dobj PRON which WDT
        5 nsubj PROPN Warren NNP
        2 relcl VERB draft VBD
    """, ("Warren", "draft", "bill", False)),
]


def test_a_veto_refused_or_failed_kills_nothing():
    # "declined to veto a resolution condemning Korea": the resolution stands
    doc = parse("Russia declined to veto resolution condemning Korea", """
        1 nsubj PROPN Russia NNP
        1 ROOT VERB decline VBD
        3 aux PART to TO
        1 xcomp VERB veto VB
        3 dobj NOUN resolution NN
        4 acl VERB condemn VBG
        5 dobj PROPN Korea NNP
    """, ents=_ENTS)
    assert ("resolution", "condemn", "Korea", False) in found(doc)


@pytest.mark.parametrize(("sentence", "rows", "wanted"), _KILLED)
def test_a_killed_texts_relative_clause_is_negated(sentence, rows, wanted):
    triples = found(parse(sentence, rows, ents=_ENTS))
    assert wanted in triples, sorted(triples)


REAL_SENTENCES = {
    "the relative clause of a text voted down, vetoed or withdrawn": [
        ("The Senate rejected a bill that would ban TikTok.",
         [("bill", "ban", "TikTok", True, True)], []),
        ("Chile's Congress rejects a bill that would have allowed Bolivia to build a port "
         "in Arica.", [("bill", "allow", "Bolivia", True, True),
                       # what it would have let Bolivia do stays only hedged
                       ("Bolivia", "build", "port in Arica", False, True)], []),
        ("The government withdraws a bill that would have allowed China to extradite "
         "suspects from Hong Kong.", [("bill", "allow", "China", True, True)], []),
        # guards: a text that passes, a veto declined, a blocking failed
        ("Congress passed a bill that bans TikTok.", [("bill", "ban", "TikTok", False, False)],
         []),
        ("The United States declines to veto a UN resolution condemning Israel.",
         [("United Nations resolution", "condemn", "Israel", False, False)], []),
        ("The Senate fails to block a bill that would ban TikTok.",
         [("bill", "ban", "TikTok", False, True)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(REAL_SENTENCES))
def test_real_sentences(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
