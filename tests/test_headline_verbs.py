"""A summary's present-tense verb that the tagger read as a noun is re-read as the verb:
the ``actorgraph_headline_verbs`` component parses the sentence again with the word made a
verb beyond doubt ("will" + its base) and copies that parse back, token for token.

The model-free tests give the component a stand-in for the parser (the variant's parse is
a hand-built one), so the detection, the acceptance and the copy are tested without the
model; the table runs real sentences (written for these tests) through the model."""

from __future__ import annotations

import pytest
from actorgraph.extract.headline import HeadlineVerbs, base_form, candidates

from tests.constructions import cases, check_construction
from tests.docs import parse


class _Pipe:
    """A stand-in for a pipeline component: gives each variant the hand-built parse of
    its text (the last one, the parser's, does; the others leave the Doc alone)."""

    def __init__(self, parses: dict[str, str] | None) -> None:
        self.parses = parses

    def pipe(self, docs):
        for doc in docs:
            if self.parses is None:
                yield doc
            else:
                words = " ".join(t.text for t in doc)
                yield parse(words, self.parses[words])


class _Nlp:
    def __init__(self, parses: dict[str, str]) -> None:
        self.parses = parses
        self.asked: list[str] = []

    def get_pipe(self, name: str) -> _Pipe:
        self.asked.append(name)
        return _Pipe(self.parses if name == "parser" else None)


def _repair(doc, parses: dict[str, str]):
    nlp = _Nlp(parses)
    HeadlineVerbs(nlp, max_words=60, max_tries=2)(doc)
    return doc, nlp


def _rows(doc) -> list[tuple[str, int, str, str]]:
    return [(t.text, t.head.i, t.dep_, t.tag_) for t in doc]


# "A tribunal in Lima sentences Fujimori to prison": one noun phrase, the verb the object
# of "in"
_TRIBUNAL = ("A tribunal in Lima sentences Fujimori to prison .", """
    1 det DET a DT
    1 ROOT NOUN tribunal NN
    1 prep ADP in IN
    4 compound PROPN Lima NNP
    2 pobj NOUN sentence NNS
    1 appos PROPN Fujimori NNP
    1 prep ADP to IN
    6 pobj NOUN prison NN
    1 punct PUNCT . .
""")
_TRIBUNAL_VARIANT = {"A tribunal in Lima will sentence Fujimori to prison .": """
    1 det DET a DT
    5 nsubj NOUN tribunal NN
    1 prep ADP in IN
    2 pobj PROPN Lima NNP
    5 aux AUX will MD
    5 ROOT VERB sentence VB
    5 dobj PROPN Fujimori NNP
    5 prep ADP to IN
    7 pobj NOUN prison NN
    5 punct PUNCT . .
"""}


def _tribunal():
    return parse(*_TRIBUNAL)


def test_the_verb_read_as_a_noun_gets_the_variants_parse():
    doc, nlp = _repair(_tribunal(), _TRIBUNAL_VARIANT)
    assert nlp.asked == ["tok2vec", "tagger", "parser"]
    assert _rows(doc) == [
        ("A", 1, "det", "DT"), ("tribunal", 4, "nsubj", "NN"), ("in", 1, "prep", "IN"),
        ("Lima", 2, "pobj", "NNP"), ("sentences", 4, "ROOT", "VBZ"),
        ("Fujimori", 4, "dobj", "NNP"), ("to", 4, "prep", "IN"), ("prison", 6, "pobj", "NN"),
        (".", 4, "punct", ".")]
    # the text and the offsets are the original's
    assert doc.text == "A tribunal in Lima sentences Fujimori to prison."
    assert [s.root.text for s in doc.sents] == ["sentences"]


def test_a_plural_subject_takes_the_base_form_as_its_verb():
    # "Rebels in Goma storm the prison": "storm" tagged NN, the subject of nothing
    doc = parse("Rebels in Goma storm the prison .", """
        3 nsubj NOUN rebel NNS
        0 prep ADP in IN
        1 pobj PROPN Goma NNP
        3 ROOT NOUN storm NN
        5 det DET the DT
        3 appos NOUN prison NN
        3 punct PUNCT . .
    """)
    doc, _ = _repair(doc, {"Rebels in Goma will storm the prison .": """
        4 nsubj NOUN rebel NNS
        0 prep ADP in IN
        1 pobj PROPN Goma NNP
        4 aux AUX will MD
        4 ROOT VERB storm VB
        6 det DET the DT
        4 dobj NOUN prison NN
        4 punct PUNCT . .
    """})
    assert [(t.text, t.dep_) for t in doc if t.head.text == "storm" and t.i != 3] == [
        ("Rebels", "nsubj"), ("prison", "dobj"), (".", "punct")]
    assert doc[3].tag_ == "VBP"


def test_a_variant_without_a_subject_is_not_taken():
    # the variant reads the verb without a subject before it: the parse stays
    doc = _tribunal()
    before = _rows(doc)
    variant = dict.fromkeys(_TRIBUNAL_VARIANT, """
        1 det DET a DT
        1 ROOT NOUN tribunal NN
        1 prep ADP in IN
        2 pobj PROPN Lima NNP
        5 aux AUX will MD
        1 relcl VERB sentence VB
        5 dobj PROPN Fujimori NNP
        5 prep ADP to IN
        7 pobj NOUN prison NN
        1 punct PUNCT . .
    """)
    doc, _ = _repair(doc, variant)
    assert _rows(doc) == before


@pytest.mark.parametrize(("text", "rows", "words"), [
    # a finite verb after it with nothing opening a clause between: it is in the subject
    ("Australian store chains Coles and Aldi cut prices .", """
        2 amod ADJ australian JJ
        2 compound NOUN store NN
        6 nsubj NOUN chain NNS
        2 appos PROPN Coles NNP
        3 cc CCONJ and CC
        3 conj PROPN Aldi NNP
        6 ROOT VERB cut VBD
        6 dobj NOUN price NNS
        6 punct PUNCT . .
    """, []),
    # "after" opens a clause of its own: "passes" is not the verb of "Protesters"
    ("Protesters in Kyiv storm the parliament after the party passes a law .", """
        3 nsubj NOUN protester NNS
        0 prep ADP in IN
        1 pobj PROPN Kyiv NNP
        9 nsubj NOUN storm NN
        5 det DET the DT
        3 dobj NOUN parliament NN
        9 mark SCONJ after IN
        8 det DET the DT
        9 nsubj NOUN party NN
        9 ROOT VERB pass VBZ
        11 det DET a DT
        9 dobj NOUN law NN
        9 punct PUNCT . .
    """, ["storm"]),
    # a present tense the parser made a noun, in a clause of its own after "as"; "says" and
    # "is" are the verbs of the clauses before it
    ("Ruto says he is ready as the army marches on Nairobi .", """
        1 nsubj PROPN Ruto NNP
        1 ROOT VERB say VBZ
        3 nsubj PRON he PRP
        1 ccomp AUX be VBZ
        3 acomp ADJ ready JJ
        4 prep ADP as IN
        8 det DET the DT
        8 compound NOUN army NN
        5 pobj VERB march VBZ
        8 prep ADP on IN
        9 pobj PROPN Nairobi NNP
        1 punct PUNCT . .
    """, ["marches"]),
    # a word before a bare noun is tried after one before an object's first word; none
    # before "of", which follows nouns ("release of")
    ("Chadian security forces fire on crowds and order release of Sako .", """
        3 amod ADJ chadian JJ
        2 compound NOUN security NN
        3 compound NOUN force NNS
        3 ROOT NOUN fire NN
        3 prep ADP on IN
        4 pobj NOUN crowd NNS
        5 cc CCONJ and CC
        5 conj NOUN order NN
        7 dobj NOUN release NN
        8 prep ADP of IN
        9 pobj PROPN Sako NNP
        3 punct PUNCT . .
    """,
     ["fire", "forces"]),
    # a role spelt as a verb ("Chelsea coach Tom Brown"), and a word after a finite verb
    ("Chelsea coach Tom Brown says fines hurt .", """
        3 compound PROPN Chelsea NNP
        3 compound NOUN coach NN
        3 compound PROPN Tom NNP
        4 nsubj PROPN Brown NNP
        4 ROOT VERB say VBZ
        6 nsubj NOUN fine NNS
        4 ccomp VERB hurt VBP
        4 punct PUNCT . .
    """, []),
])
def test_candidates(text, rows, words):
    doc = parse(text, rows)
    assert [doc[i].text for s in doc.sents for i, _ in candidates(s)] == words


def test_a_second_verb_after_and_is_tried_once_the_first_is_a_verb():
    # "Lula fires Arruda and names Paiva": "names" read as a compound of "Paiva"; it is no
    # finite verb that would make "fires" a noun of its subject either
    rows = """
        1 nsubj PROPN Lula NNP
        1 ROOT VERB fire VBZ
        1 dobj PROPN Arruda NNP
        1 cc CCONJ and CC
        5 compound NOUN name NNS
        2 conj PROPN Paiva NNP
        1 punct PUNCT . .
    """
    doc = parse("Lula fires Arruda and names Paiva .", rows)
    assert [(doc[i].text, p) for s in doc.sents for i, p in candidates(s)] == [("names", 1)]
    doc, _ = _repair(doc, {"Lula fires Arruda and will name Paiva .": """
        1 nsubj PROPN Lula NNP
        1 ROOT VERB fire VBZ
        1 dobj PROPN Arruda NNP
        1 cc CCONJ and CC
        5 aux AUX will MD
        1 conj VERB name VB
        5 dobj PROPN Paiva NNP
        1 punct PUNCT . .
    """})
    assert _rows(doc)[4:6] == [("names", 1, "conj", "VBZ"), ("Paiva", 4, "dobj", "NNP")]
    # before "fires" is a verb, "fires" is the candidate ("names" comes after "and")
    doc = parse("Lula fires Arruda and names Paiva .", """
        1 compound PROPN Lula NNP
        1 ROOT NOUN fire NNS
        1 appos PROPN Arruda NNP
        1 cc CCONJ and CC
        5 compound VERB name VBZ
        2 conj PROPN Paiva NNP
        1 punct PUNCT . .
    """)
    assert [(doc[i].text, p) for s in doc.sents for i, p in candidates(s)] == [
        ("fires", None)]


def test_a_second_verb_must_be_the_firsts_conjunct():
    doc = parse("Lula fires Arruda and names Paiva .", """
        1 nsubj PROPN Lula NNP
        1 ROOT VERB fire VBZ
        1 dobj PROPN Arruda NNP
        1 cc CCONJ and CC
        5 compound NOUN name NNS
        2 conj PROPN Paiva NNP
        1 punct PUNCT . .
    """)
    before = _rows(doc)
    doc, _ = _repair(doc, {"Lula fires Arruda and will name Paiva .": """
        1 nsubj PROPN Lula NNP
        1 ROOT VERB fire VBZ
        1 dobj PROPN Arruda NNP
        1 cc CCONJ and CC
        5 aux AUX will MD
        2 relcl VERB name VB
        5 dobj PROPN Paiva NNP
        1 punct PUNCT . .
    """})
    assert _rows(doc) == before


def test_the_variants_verb_must_head_a_clause():
    # "the EU sanctions package angered Kyiv" ("angered" tagged JJ): a variant that leaves
    # "sanction" a compound of "package", however it has a subject, is not taken
    doc = parse("the EU sanctions package angered Kyiv .", """
        3 det DET the DT
        2 compound PROPN EU NNP
        3 compound NOUN sanction NNS
        3 ROOT NOUN package NN
        5 amod ADJ angered JJ
        3 appos PROPN Kyiv NNP
        3 punct PUNCT . .
    """)
    before = _rows(doc)
    doc, nlp = _repair(doc, {"the EU will sanction package angered Kyiv .": """
        1 det DET the DT
        3 nsubj PROPN EU NNP
        3 aux AUX will MD
        4 compound VERB sanction VB
        5 nsubj NOUN package NN
        5 ROOT VERB anger VBD
        5 dobj PROPN Kyiv NNP
        5 punct PUNCT . .
    """})
    assert "parser" in nlp.asked
    assert _rows(doc) == before


def test_the_subject_must_agree_with_the_form():
    # "Texas, a U.S. state on the Gulf": the variant's subject of the base form "state" is
    # the singular "U.S.": no clause
    doc = parse("Texas , a U.S. state on the Gulf .", """
        0 ROOT PROPN Texas NNP
        0 punct PUNCT , ,
        4 det DET a DT
        4 compound PROPN U.S. NNP
        0 appos NOUN state NN
        4 prep ADP on IN
        7 det DET the DT
        5 pobj PROPN Gulf NNP
        0 punct PUNCT . .
    """)
    before = _rows(doc)
    doc, nlp = _repair(doc, {"Texas , a U.S. will state on the Gulf .": """
        5 npadvmod PROPN Texas NNP
        0 punct PUNCT , ,
        3 det DET a DT
        5 nsubj PROPN U.S. NNP
        5 aux AUX will MD
        5 ROOT VERB state VB
        5 prep ADP on IN
        8 det DET the DT
        6 pobj PROPN Gulf NNP
        5 punct PUNCT . .
    """})
    assert "parser" in nlp.asked
    assert _rows(doc) == before


def test_base_forms():
    assert [base_form(w) for w in ("sentences", "launches", "denies", "storm", "kills")] == [
        "sentence", "launch", "deny", "storm", "kill"]
    assert base_form("the") is None
    assert base_form("ministers") is None


#: Summary sentences whose verb the small model reads as a noun.
_HEADLINES = {
    "present verb read as a plural noun": [
        ("A military court in Yangon sentences Aung San Suu Kyi to four more years in prison.",
         [("military court in Yangon", "sentence", "Aung San Suu Kyi", False, False)],
         []),
        ("Prosecutors in Seoul indict former President Park Geun-hye on bribery charges.",
         [("prosecutors in Seoul", "indict", "Park Geun-hye", False, False)], []),
        ("Demonstrators in Minsk march against President Alexander Lukashenko.",
         [("demonstrators in Minsk", "march against", "Alexander Lukashenko", False, False)],
         []),
        ("An Ohio court sentences parents who starved their children.",
         [("Ohio court", "sentence", "parents", False, False)], []),
        ("Nigerian police fire tear gas at protesters in Abuja.",
         [("Nigeria", "fire at", "protesters", False, False)], [("Nigeria", "Abuja")]),
        ("The Supreme Court in Islamabad disqualifies Prime Minister Nawaz Sharif from office.",
         [("Supreme Court", "disqualify", "Nawaz Sharif", False, False)], []),
    ],
    "second verb after and": [
        ("Kenyan President William Ruto sacks his cabinet and names Kithure Kindiki as "
         "interior minister.", [("William Ruto", "name", "Kithure Kindiki", False, False)],
         []),
        ("Peruvian President Pedro Castillo fires Interior Minister Avelino Guillen and names "
         "Dimitri Senmache in his place.",
         [("Pedro Castillo", "fire", "Avelino Guillen", False, False),
          ("Pedro Castillo", "name", "Dimitri Senmache", False, False)],
         [("Avelino Guillen", "Dimitri Senmache")]),
    ],
    "present tense read as a noun after a clause opener": [
        ("The general says he is ready to negotiate as the army marches on the capital Niamey.",
         [("army", "march on", "Niamey", False, False)], []),
    ],
    "guards": [
        # a clause the parser reads right stays as it is
        ("Officials in Accra say little as the army marches on the capital Niamey.",
         [("army", "march on", "Niamey", False, False)], []),
        # a noun before the verb stays a noun
        ("The governor of Ohio, a U.S. state on the Great Lakes, declared an emergency.",
         [], [("governor of Ohio", "Great Lakes"), ("United States", "Great Lakes")]),
        ("Australian store chains Woolworths and Coles lowered their purchase limits.",
         [], [("store", "Woolworths"), ("store", "Coles")]),
        ("Texas, a U.S. state on the Gulf of Mexico, declares an emergency.",
         [], [("United States", "Gulf of Mexico"), ("Texas", "Gulf of Mexico")]),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(_HEADLINES))
def test_real_sentences(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
