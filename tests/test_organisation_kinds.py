"""A kind of organisation with the organisation's name before it is that organisation
(:meth:`extract.actors.ActorResolver._named_organisation`): "Ukraine's SBU security
service" is the SBU, "the Interfax news agency" Interfax, over the common nouns between the
name and the kind; a place or a person before the kind says where or whose it is ("a
Moscow firm"), and a kind with no name before it stays a description."""

from __future__ import annotations

import pytest
from actorgraph.extract.pipeline import extract_doc

from actorgraph.records import Article
from tests.constructions import cases, check_construction
from tests.docs import parse


def _subjects(text, rows, ents):
    doc = parse(text, rows, ents=ents)
    result = extract_doc(doc, Article("t", doc.text))
    return [(t.subject.label, t.subject.type, t.object.label) for t in result.triples]


@pytest.mark.parametrize(("text", "rows", "ents", "subject"), [
    # the name, a common noun, the kind
    ("Ukraine 's SBU security service struck the refinery .", """
        4 poss PROPN Ukraine NNP
        0 case PART 's POS
        4 amod ADJ sbu JJ
        4 compound NOUN security NN
        5 nsubj NOUN service NN
        5 ROOT VERB strike VBD
        7 det DET the DT
        5 dobj NOUN refinery NN
        5 punct PUNCT . .
    """, {"Ukraine": "GPE", "SBU": "ORG"}, "SBU"),
    # the name right before the kind ("the agency" alone points back, and to no one here)
    ("The Vostok agency attacked Kherson .", """
        2 det DET the DT
        2 compound PROPN Vostok NNP
        3 nsubj NOUN agency NN
        3 ROOT VERB attack VBD
        3 dobj PROPN Kherson NNP
        3 punct PUNCT . .
    """, {"Vostok": "ORG", "Kherson": "GPE"}, "Vostok"),
    # two common nouns between
    ("The Tarsis news wire service accused Sudan .", """
        4 det DET the DT
        4 compound PROPN Tarsis NNP
        4 compound NOUN news NN
        4 compound NOUN wire NN
        5 nsubj NOUN service NN
        5 ROOT VERB accuse VBD
        5 dobj PROPN Sudan NNP
        5 punct PUNCT . .
    """, {"Tarsis": "ORG", "Sudan": "GPE"}, "Tarsis"),
], ids=["SBU security service", "Vostok agency", "Tarsis news wire service"])
def test_a_kind_of_organisation_after_its_name_is_the_organisation(text, rows, ents, subject):
    assert [(s, t) for s, t, _ in _subjects(text, rows, ents)][:1] == [(subject, "ORG")]


def test_a_place_before_the_kind_is_no_organisation():
    # "A Moscow firm sued Google": the firm is in Moscow, not Moscow
    found = _subjects("A Moscow firm sued Google .", """
        2 det DET a DT
        2 compound PROPN Moscow NNP
        3 nsubj NOUN firm NN
        3 ROOT VERB sue VBD
        3 dobj PROPN Google NNP
        3 punct PUNCT . .
    """, {"Moscow": "GPE", "Google": "ORG"})
    assert all(s != "Moscow" for s, _, _ in found)


def test_a_kind_with_an_adjective_before_it_is_no_name():
    # "Kestrel's new firm": an adjective between the name and the kind; whose it is, not
    # the organisation itself
    found = _subjects("Kestrel 's new firm sued Google .", """
        3 poss PROPN Kestrel NNP
        0 case PART 's POS
        3 amod ADJ new JJ
        4 nsubj NOUN firm NN
        4 ROOT VERB sue VBD
        4 dobj PROPN Google NNP
        4 punct PUNCT . .
    """, {"Kestrel": "ORG", "Google": "ORG"})
    assert all(s != "Kestrel" for s, _, _ in found)


_SENTENCES = {
    "a kind of organisation after the organisation's name": [
        ("Ukraine's SBU security service struck an oil refinery in southern Russia on Friday.",
         [("SBU", "strike", "oil refinery in southern Russia", False, False)], []),
        ("An oil depot in Bryansk was hit by Ukraine's SBU security service overnight.",
         [("SBU", "hit", "oil depot in Bryansk", False, False)], []),
        ("The Interfax news agency quoted Lavrov as saying the talks would resume.",
         [("Interfax", "quote", "Lavrov", False, False)], []),
    ],
    "a place before the kind": [
        ("A Moscow firm sued Google over the blocked accounts.", [],
         [("Moscow", "Google")]),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(_SENTENCES))
def test_organisation_kinds_on_the_model(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
