"""A passive participle right after a noun, with no comma, is a reduced relative on that
noun's phrase, however the parser attached it: "came from the Bison Range in Montana run
by the government" says who runs the range, not who came; "cancelled the convention
planned for Jacksonville" (the participle tagged as a past tense) says the convention was
planned, not that it planned anything."""

from __future__ import annotations

import pytest
from actorgraph.extract.triples import all_triples

from tests.constructions import cases, check_construction
from tests.docs import parse


def pairs(doc):
    return {(t.subject.text, t.lemma, t.object.text) for t in all_triples(doc)}


#: the participle attached to the main verb as an adjunct: (sentence, rows, agent,
#: described noun, main subject)
_ADJUNCT_RELATIVES = [
    ("ship docked at terminal in Crimea seized by Russia", """
        1 nsubj NOUN ship NN
        1 ROOT VERB dock VBD
        1 prep ADP at IN
        2 pobj NOUN terminal NN
        3 prep ADP in IN
        4 pobj PROPN Crimea NNP
        1 advcl VERB seize VBN
        6 agent ADP by IN
        7 pobj PROPN Russia NNP
    """, "Russia", "terminal", "ship"),
    ("bison came from Range in Montana run by government", """
        1 nsubj NOUN bison NN
        1 ROOT VERB come VBD
        1 prep ADP from IN
        2 pobj PROPN Range NNP
        3 prep ADP in IN
        4 pobj PROPN Montana NNP
        1 advcl VERB run VBN
        6 agent ADP by IN
        7 pobj NOUN government NN
    """, "government", "Range", "bison"),
    ("refugees fled camps near Idlib shelled by Syria", """
        1 nsubj NOUN refugee NNS
        1 ROOT VERB flee VBD
        1 dobj NOUN camp NNS
        2 prep ADP near IN
        3 pobj PROPN Idlib NNP
        1 advcl VERB shell VBN
        5 agent ADP by IN
        6 pobj PROPN Syria NNP
    """, "Syria", "camps", "refugees"),
]


@pytest.mark.parametrize(("sentence", "rows", "agent", "described", "subject"),
                         _ADJUNCT_RELATIVES)
def test_a_bare_passive_after_a_noun_describes_that_noun(sentence, rows, agent, described,
                                                         subject):
    doc = parse(sentence, rows, ents={"Russia": "GPE", "Syria": "GPE", "Crimea": "GPE",
                                      "Montana": "GPE", "Idlib": "GPE"})
    found = {(a, o) for a, _, o in pairs(doc)}
    assert (agent, described) in found
    assert (agent, subject) not in found


def test_after_a_comma_it_is_still_the_clause_subjects():
    # "Kramatorsk lost water, shelled by Russia": a bare noun object, after a comma
    doc = parse("Kramatorsk lost water , shelled by Russia", """
        1 nsubj PROPN Kramatorsk NNP
        1 ROOT VERB lose VBD
        1 dobj NOUN water NN
        1 punct PUNCT , ,
        1 advcl VERB shell VBN
        4 agent ADP by IN
        5 pobj PROPN Russia NNP
    """, ents={"Kramatorsk": "GPE", "Russia": "GPE"})
    assert ("Russia", "Kramatorsk") in {(a, o) for a, _, o in pairs(doc)}


#: a reduced relative whose participle is tagged as a past tense: (sentence, rows,
#: the pair it must not give, the pair it must give or None)
_PAST_TAGGED = [
    ("Trump cancelled convention planned for Jacksonville", """
        1 nsubj PROPN Trump NNP
        1 ROOT VERB cancel VBD
        1 dobj PROPN convention NN
        2 acl VERB plan VBD
        3 prep ADP for IN
        4 pobj PROPN Jacksonville NNP
    """, ("convention", "Jacksonville"), None),
    ("police seized weapons smuggled from Turkey", """
        1 nsubj NOUN police NNS
        1 ROOT VERB seize VBD
        1 dobj NOUN weapon NNS
        2 acl VERB smuggle VBD
        3 prep ADP from IN
        4 pobj PROPN Turkey NNP
    """, ("weapons", "Turkey"), None),
    ("army destroyed tunnels dug by Hamas", """
        1 nsubj NOUN army NN
        1 ROOT VERB destroy VBD
        1 dobj NOUN tunnel NNS
        2 acl VERB dig VBD
        3 agent ADP by IN
        4 pobj PROPN Hamas NNP
    """, ("tunnels", "Hamas"), ("Hamas", "tunnels")),
]


@pytest.mark.parametrize(("sentence", "rows", "absent", "present"), _PAST_TAGGED)
def test_a_past_tagged_participle_after_its_noun_is_passive(sentence, rows, absent, present):
    doc = parse(sentence, rows, ents={"Trump": "PERSON", "Jacksonville": "GPE",
                                      "Turkey": "GPE", "Hamas": "ORG"})
    found = {(a, o) for a, _, o in pairs(doc)}
    assert absent not in found
    if present is not None:
        assert present in found


def test_a_past_form_with_an_object_of_its_own_stays_active():
    # "the man killed his wife" hung on a noun: an object makes the past form a clause
    doc = parse("police said man killed wife", """
        1 nsubj NOUN police NNS
        1 ROOT VERB say VBD
        1 dobj NOUN man NN
        2 acl VERB kill VBD
        3 dobj NOUN wife NN
    """)
    assert ("man", "kill", "wife") in pairs(doc)


REAL_SENTENCES = {
    "a passive after a noun with no comma: the noun's phrase": [
        ("These American bison came from the National Bison Range in western Montana run "
         "by the U.S. federal government.",
         [("United States", "run", "National Bison Range", False, False)],
         [("United States", "American bison")]),
        ("The tanker sailed to a port in Yemen controlled by the Houthis.",
         [("Houthis", "control", "port in Yemen", False, False)], [("Houthis", "tanker")]),
        ("Soldiers fired at a clinic in Gaza operated by the United Nations.",
         [("United Nations", "operate", "clinic", False, False)],
         [("United Nations", "soldiers")]),
        ("Trump cancelled the in-person Republican National Convention planned for "
         "Jacksonville.", [("Trump", "cancel", "Republican National Convention", False,
                            False)], [("Republican National Convention", "Jacksonville")]),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(REAL_SENTENCES))
def test_real_sentences(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
