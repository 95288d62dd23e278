"""A name opening a sentence that the tagger read as a common word (a noun, an adjective)
is re-read as the name: the ``actorgraph_sentence_openers`` component parses the sentence
again with an opener before it ("Yesterday ,"), so that the word is a capitalised word
inside the sentence, and copies that parse back, token for token, when the variant reads
the word as a proper noun in a subject. A proper noun the NER missed that is no English word
("Prabowo", "Glencore") acts whatever the event's class, where two descriptions need one
("Prabowo appointed a new army chief"; not "Parliament approved the budget").

The model-free tests give the component a stand-in for the parser (the variant's parse is
a hand-built one), so the detection, the acceptance and the copy are tested without the
model; the table runs real sentences (written for these tests) through the model."""

from __future__ import annotations

import pytest
from actorgraph.extract.openers import SentenceOpeners, english_word
from actorgraph.extract.pipeline import extract_doc

from actorgraph.records import Article
from tests.constructions import cases, check_construction
from tests.docs import parse

#: The English words the stand-in knows (the lemmatizer's tables in the pipeline).
_KNOWN = frozenset({"police", "violence", "arrest", "erupt", "veto", "new", "sanction",
                    "fine", "trump", "threaten", "impose", "tariff", "say", "order"})


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
    SentenceOpeners(nlp, max_words=60, known=_KNOWN)(doc)
    return doc, nlp


def _rows(doc) -> list[tuple[str, int, str, str]]:
    return [(t.text, t.head.i, t.dep_, t.tag_) for t in doc]


# "Orban vetoes new sanctions": the name read as an adjective, the verb as a noun, one noun
# phrase and no clause
_ORBAN = ("Orban vetoes new sanctions .", """
    1 amod ADJ orban JJ
    3 nmod NOUN veto NNS
    3 amod ADJ new JJ
    3 ROOT NOUN sanction NNS
    3 punct PUNCT . .
""")
_ORBAN_VARIANT = {"Yesterday , Orban vetoes new sanctions .": """
    3 npadvmod NOUN yesterday NN
    3 punct PUNCT , ,
    3 nsubj PROPN Orban NNP
    3 ROOT VERB veto VBZ
    5 amod ADJ new JJ
    3 dobj NOUN sanction NNS
    3 punct PUNCT . .
"""}


def test_a_name_read_as_an_adjective_gets_the_variants_parse():
    doc, nlp = _repair(parse(*_ORBAN), _ORBAN_VARIANT)
    assert nlp.asked == ["tok2vec", "tagger", "parser"]
    assert _rows(doc) == [
        ("Orban", 1, "nsubj", "NNP"), ("vetoes", 1, "ROOT", "VBZ"), ("new", 3, "amod", "JJ"),
        ("sanctions", 1, "dobj", "NNS"), (".", 1, "punct", ".")]
    # the text and the offsets are the original's
    assert doc.text == "Orban vetoes new sanctions."
    assert [s.root.text for s in doc.sents] == ["vetoes"]


def test_a_name_read_as_a_common_noun_becomes_a_proper_noun():
    # "Kovrig threatened Niger": the parse was right, the tag was not
    doc = parse("Kovrig threatened Niger .", """
        1 nsubj NOUN kovrig NN
        1 ROOT VERB threaten VBD
        1 dobj PROPN Niger NNP
        1 punct PUNCT . .
    """)
    doc, _ = _repair(doc, {"Yesterday , Kovrig threatened Niger .": """
        3 npadvmod NOUN yesterday NN
        3 punct PUNCT , ,
        3 nsubj PROPN Kovrig NNP
        3 ROOT VERB threaten VBD
        3 dobj PROPN Niger NNP
        3 punct PUNCT . .
    """})
    assert _rows(doc)[0] == ("Kovrig", 1, "nsubj", "NNP")


def test_a_name_before_the_head_of_the_subject_is_taken():
    # "Glencore shareholders reject the bid": the name is a word of the subject
    doc = parse("Glencore shareholders reject the bid .", """
        1 amod ADJ glencore JJ
        2 nsubj NOUN shareholder NNS
        2 ROOT VERB reject VBP
        4 det DET the DT
        2 dobj NOUN bid NN
        2 punct PUNCT . .
    """)
    doc, _ = _repair(doc, {"Yesterday , Glencore shareholders reject the bid .": """
        4 npadvmod NOUN yesterday NN
        4 punct PUNCT , ,
        3 compound PROPN Glencore NNP
        4 nsubj NOUN shareholder NNS
        4 ROOT VERB reject VBP
        6 det DET the DT
        4 dobj NOUN bid NN
        4 punct PUNCT . .
    """})
    assert _rows(doc)[:2] == [("Glencore", 1, "compound", "NNP"),
                              ("shareholders", 2, "nsubj", "NNS")]


def test_a_variant_that_reads_no_proper_noun_is_not_taken():
    # the variant still reads the word as an adjective: the parse stays
    doc = parse(*_ORBAN)
    before = _rows(doc)
    doc, _ = _repair(doc, {k: """
        5 npadvmod NOUN yesterday NN
        5 punct PUNCT , ,
        3 amod ADJ orban JJ
        5 nmod NOUN veto NNS
        5 amod ADJ new JJ
        5 ROOT NOUN sanction NNS
        5 punct PUNCT . .
    """ for k in _ORBAN_VARIANT})
    assert _rows(doc) == before


def test_a_proper_noun_outside_any_subject_is_not_taken():
    # the variant reads the word as a proper noun, but as an object: no subject, no repair
    doc = parse(*_ORBAN)
    before = _rows(doc)
    doc, _ = _repair(doc, {k: """
        3 npadvmod NOUN yesterday NN
        3 punct PUNCT , ,
        3 dobj PROPN Orban NNP
        3 ROOT VERB veto VBZ
        5 amod ADJ new JJ
        3 dobj NOUN sanction NNS
        3 punct PUNCT . .
    """ for k in _ORBAN_VARIANT})
    assert _rows(doc) == before


@pytest.mark.parametrize(("text", "rows"), [
    # an English word: "Police", "Violence", "Trump" (a noun and a verb in lower case)
    ("Police arrest men .", """
        1 nsubj NOUN police NNS
        1 ROOT VERB arrest VBP
        1 dobj NOUN man NNS
        1 punct PUNCT . .
    """),
    ("Violence erupts there .", """
        1 nsubj NOUN violence NN
        1 ROOT VERB erupt VBZ
        1 advmod ADV there RB
        1 punct PUNCT . .
    """),
    ("Trump threatens tariffs .", """
        1 nsubj NOUN trump NN
        1 ROOT VERB threaten VBZ
        1 dobj NOUN tariff NNS
        1 punct PUNCT . .
    """),
    # a form of an English word: "Fined" (fine), "Sanctions" (sanction)
    ("Fined , Meta said .", """
        3 advcl VERB fine VBN
        3 punct PUNCT , ,
        3 nsubj PROPN Meta NNP
        3 ROOT VERB say VBD
        3 punct PUNCT . .
    """),
    # a word the tagger read as a name already
    ("Kovrig threatened Niger .", """
        1 nsubj PROPN Kovrig NNP
        1 ROOT VERB threaten VBD
        1 dobj PROPN Niger NNP
        1 punct PUNCT . .
    """),
    # a line in capitals (a 1987 wire headline) and a plural
    ("KOVRIG ORDERS TARIFFS .", """
        1 nsubj NOUN kovrig NN
        1 ROOT VERB order VBZ
        1 dobj NOUN tariff NNS
        1 punct PUNCT . .
    """),
    ("Kovrigs threatened Niger .", """
        1 nsubj NOUN kovrig NNS
        1 ROOT VERB threaten VBD
        1 dobj PROPN Niger NNP
        1 punct PUNCT . .
    """),
    # a closed-class word, which no WordNet table lists either: "The", "She", "Although"
    ("The men left .", """
        1 det DET the DT
        2 nsubj NOUN man NNS
        2 ROOT VERB leave VBD
        2 punct PUNCT . .
    """),
    ("She left Niger .", """
        1 nsubj PRON she PRP
        1 ROOT VERB leave VBD
        1 dobj PROPN Niger NNP
        1 punct PUNCT . .
    """),
    ("Although tired , Kovrig left .", """
        1 mark SCONJ although IN
        4 advcl ADJ tired JJ
        4 punct PUNCT , ,
        4 nsubj PROPN Kovrig NNP
        4 ROOT VERB leave VBD
        4 punct PUNCT . .
    """),
], ids=["Police", "Violence", "Trump", "Fined", "a name already", "capitals", "plural",
        "The", "She", "Although"])
def test_no_variant_is_parsed_for_other_openers(text, rows):
    doc, nlp = _repair(parse(text, rows), {})
    assert nlp.asked == []


def test_english_words_and_their_forms():
    known = frozenset({"seize", "police", "rise", "deny", "bail"})
    assert all(english_word(w, known) for w in ("seized", "rises", "denies", "bailed",
                                                "police"))
    assert not any(english_word(w, known) for w in ("vance", "orban", "kovrig", "s"))


_SENTENCES = {
    "a name opening a summary, read as a common noun or an adjective": [
        ("Vance criticises European leaders in Munich.",
         [("Vance", "criticise", "European leaders", False, False)], []),
        ("Orban vetoes new EU sanctions against Russia.",
         [("Orban", "veto", "European Union sanctions against Russia", False, False)], []),
        ("Blankenship denies the charges against him.",
         [("Blankenship", "deny", "charges", False, False)], []),
    ],
    "a common word opening a sentence stays a common word": [
        ("Violence erupts in Lagos after the vote.", [], [("Violence", "Lagos")]),
        ("Police arrest three men in Lagos.", [], [("Police", "men")]),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(_SENTENCES))
def test_sentence_openers_on_the_model(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)


def _triples(text, rows, ents=None):
    doc = parse(text, rows, ents=ents)
    result = extract_doc(doc, Article("t", doc.text))
    return [(t.subject.label, t.relation.lemma, t.object.label) for t in result.triples]


@pytest.mark.model  # reads the installed model package's word list (openers.known_words)
@pytest.mark.parametrize(("text", "rows", "triple"), [
    ("Kovrig appointed a new army chief .", """
        1 nsubj PROPN Kovrig NNP
        1 ROOT VERB appoint VBD
        5 det DET a DT
        5 amod ADJ new JJ
        5 compound NOUN army NN
        1 dobj NOUN chief NN
        1 punct PUNCT . .
    """, ("Kovrig", "appoint", "army chief")),
    ("Later , Tavrida dissolved the parliament .", """
        3 advmod ADV later RB
        3 punct PUNCT , ,
        3 nsubj PROPN Tavrida NNP
        3 ROOT VERB dissolve VBD
        5 det DET the DT
        3 dobj NOUN parliament NN
        3 punct PUNCT . .
    """, ("Tavrida", "dissolve", "parliament")),
    ("Glenvasko survived a confidence vote .", """
        1 nsubj PROPN Glenvasko NNP
        1 ROOT VERB survive VBD
        4 det DET a DT
        4 compound NOUN confidence NN
        1 dobj NOUN vote NN
        1 punct PUNCT . .
    """, ("Glenvasko", "survive", "confidence vote")),
], ids=["Kovrig", "Tavrida", "Glenvasko"])
def test_a_name_the_ner_missed_acts_whatever_the_event(text, rows, triple):
    # a proper noun that is no English word, with no entity: its act needs no event class
    assert triple in _triples(text, rows)


@pytest.mark.model  # reads the installed model package's word list (openers.known_words)
def test_an_english_proper_noun_the_ner_missed_needs_an_event_class():
    # "Parliament" is an English word: two descriptions and no event, no triple
    assert _triples("Parliament approved the budget .", """
        1 nsubj PROPN Parliament NNP
        1 ROOT VERB approve VBD
        3 det DET the DT
        1 dobj NOUN budget NN
        1 punct PUNCT . .
    """) == []


@pytest.mark.model  # reads the installed model package's word list (openers.known_words)
@pytest.mark.parametrize(("text", "rows"), [
    # a plural proper noun is a group, not a name ("Melbournians")
    ("Kovrigians offered suggestions .", """
        1 nsubj PROPN Kovrigians NNPS
        1 ROOT VERB offer VBD
        1 dobj NOUN suggestion NNS
        1 punct PUNCT . .
    """),
    # a proper noun with an adjective is a kind ("the dusky Arion slug")
    ("The dusky Kovrig secreted glue .", """
        2 det DET the DT
        2 amod ADJ dusky JJ
        3 nsubj PROPN Kovrig NNP
        3 ROOT VERB secrete VBD
        3 dobj NOUN glue NN
        3 punct PUNCT . .
    """),
], ids=["plural", "adjective"])
def test_a_plural_or_described_proper_noun_needs_an_event_class(text, rows):
    assert _triples(text, rows) == []
