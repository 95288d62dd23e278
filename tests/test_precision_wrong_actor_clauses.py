"""Three constructions whose subject is not the main clause's subject, however the parser
attached them.

* A gerund right after the object of a preposition ("opposition to Finland joining NATO",
  "objected to Sweden hosting the summit"), parsed as an adjunct of the main verb: the
  noun is its subject (hedged: opposed or feared), never the main clause's subject.
* An infinitive after the object of a verb of ordering, telling, asking or forcing
  ("Niger orders the French ambassador to leave"), parsed as a purpose clause: the
  object is to do it, not the main subject.
* "who" after an organisation or place named inside the modifier of a noun of people
  ("20 people suspected of links to the Islamic State, who were planning attacks"): the
  clause tells of the people, not of the organisation ("..., which" keeps it).
"""

from __future__ import annotations

import pytest
from actorgraph.extract.triples import all_triples

from tests.constructions import cases, check_construction
from tests.docs import parse


def found(doc):
    return {(t.subject.text, t.lemma, t.object.text, t.hedged) for t in all_triples(doc)}


def pairs(doc):
    return {(s, o) for s, _, o, _ in found(doc)}


#: a gerund after a preposition's object, parsed as an adjunct of the main verb:
#: (sentence, rows, gerund subject, its object, main subject)
_GERUND_SUBJECTS = [
    ("Hungary dropped opposition to Finland joining NATO", """
        1 nsubj PROPN Hungary NNP
        1 ROOT VERB drop VBD
        1 dobj NOUN opposition NN
        2 prep ADP to IN
        3 pobj PROPN Finland NNP
        1 advcl VERB join VBG
        5 dobj PROPN NATO NNP
    """, "Finland", "NATO", "Hungary"),
    ("Turkey objected to Sweden hosting talks", """
        1 nsubj PROPN Turkey NNP
        1 ROOT VERB object VBD
        1 prep ADP to IN
        2 pobj PROPN Sweden NNP
        1 advcl VERB host VBG
        4 dobj NOUN talk NNS
    """, "Sweden", "talks", "Turkey"),
    ("Israel voiced fears about Iran acquiring weapons", """
        1 nsubj PROPN Israel NNP
        1 ROOT VERB voice VBD
        1 dobj NOUN fear NNS
        2 prep ADP about IN
        3 pobj PROPN Iran NNP
        1 advcl VERB acquire VBG
        5 dobj NOUN weapon NNS
    """, "Iran", "weapons", "Israel"),
]
_ENTS = {"Hungary": "GPE", "Finland": "GPE", "NATO": "ORG", "Turkey": "GPE",
         "Sweden": "GPE", "Israel": "GPE", "Iran": "GPE", "Obama": "PERSON",
         "Berlin": "GPE", "Niger": "GPE", "Putin": "PERSON", "Kyiv": "GPE",
         "Hamas": "ORG", "Gaza": "GPE"}


@pytest.mark.parametrize(("sentence", "rows", "subject", "obj", "main"), _GERUND_SUBJECTS)
def test_a_gerund_after_a_prepositions_object_is_that_objects(sentence, rows, subject, obj,
                                                              main):
    doc = parse(sentence, rows, ents=_ENTS)
    assert any(s == subject and o == obj and hedged for s, _, o, hedged in found(doc))
    assert (main, obj) not in pairs(doc)


def test_a_gerund_after_a_comma_keeps_the_main_subject():
    doc = parse("Obama arrived in Berlin , carrying letters", """
        1 nsubj PROPN Obama NNP
        1 ROOT VERB arrive VBD
        1 prep ADP in IN
        2 pobj PROPN Berlin NNP
        1 punct PUNCT , ,
        1 advcl VERB carry VBG
        5 dobj NOUN letter NNS
    """, ents=_ENTS)
    assert ("Obama", "letters") in pairs(doc)


def test_a_gerund_after_a_place_phrase_keeps_the_main_subject():
    # "in" is no preposition of a gerund's subject: Obama carries them
    doc = parse("Obama arrived in Berlin carrying letters", """
        1 nsubj PROPN Obama NNP
        1 ROOT VERB arrive VBD
        1 prep ADP in IN
        2 pobj PROPN Berlin NNP
        1 advcl VERB carry VBG
        4 dobj NOUN letter NNS
    """, ents=_ENTS)
    assert ("Obama", "letters") in pairs(doc)
    assert ("Berlin", "letters") not in pairs(doc)


#: an infinitive after a directive verb's object, parsed as a purpose clause:
#: (sentence, rows, the object, the infinitive's object, the main subject)
_DIRECTED = [
    ("Niger ordered troops to leave Niamey", """
        1 nsubj PROPN Niger NNP
        1 ROOT VERB order VBD
        1 dobj NOUN troop NNS
        4 aux PART to TO
        1 advcl VERB leave VB
        4 dobj PROPN Niamey NNP
    """, "troops", "Niamey", "Niger"),
    ("Putin told generals to attack Kyiv", """
        1 nsubj PROPN Putin NNP
        1 ROOT VERB tell VBD
        1 dobj NOUN general NNS
        4 aux PART to TO
        1 advcl VERB attack VB
        4 dobj PROPN Kyiv NNP
    """, "generals", "Kyiv", "Putin"),
    ("court forced company to pay workers", """
        1 nsubj NOUN court NN
        1 ROOT VERB force VBD
        1 dobj NOUN company NN
        4 aux PART to TO
        1 advcl VERB pay VB
        4 dobj NOUN worker NNS
    """, "company", "workers", "court"),
]


@pytest.mark.parametrize(("sentence", "rows", "told", "obj", "main"), _DIRECTED)
def test_a_directive_verbs_object_does_its_infinitive(sentence, rows, told, obj, main):
    doc = parse(sentence, rows, ents=_ENTS | {"Niamey": "GPE"})
    assert (told, obj) in pairs(doc)
    assert (main, obj) not in pairs(doc)


def test_a_sent_object_is_no_directive():
    # "sent troops to attack X": sending is no directive, its infinitive stays as it was
    # parsed (the main subject's purpose)
    doc = parse("Iran sent troops to attack Kyiv", """
        1 nsubj PROPN Iran NNP
        1 ROOT VERB send VBD
        1 dobj NOUN troop NNS
        4 aux PART to TO
        1 advcl VERB attack VB
        4 dobj PROPN Kyiv NNP
    """, ents=_ENTS | {"Iran": "GPE"})
    assert ("troops", "Kyiv") not in pairs(doc)


#: "who" after an organisation inside the modifier of a people noun:
_RELATIVE_ROWS = """
    1 nsubj NOUN police NNS
    1 ROOT VERB arrest VBD
    1 dobj NOUN {noun} {tag}
    2 acl VERB link VBN
    3 prep ADP to IN
    4 pobj PROPN Hamas NNP
    5 punct PUNCT , ,
    9 nsubj PRON {wh} {whtag}
    9 aux AUX {aux} {auxtag}
    5 relcl VERB fire VBN
    9 dobj NOUN rocket NNS
"""


@pytest.mark.parametrize(("noun", "lemma"), [("men", "man"), ("suspects", "suspect"),
                                             ("militants", "militant")])
def test_who_after_an_organisation_in_a_modifier_is_the_people(noun, lemma):
    rows = _RELATIVE_ROWS.format(noun=lemma, tag="NNS", wh="who", whtag="WP", aux="have",
                                 auxtag="VBP")
    doc = parse(f"police arrested {noun} linked to Hamas , who had fired rockets",
                rows.replace("have VBP", "have VBD"), ents=_ENTS)
    assert ("Hamas", "rockets") not in pairs(doc)
    assert (noun, "rockets") in pairs(doc)


def test_which_after_an_organisation_keeps_it():
    rows = _RELATIVE_ROWS.format(noun="man", tag="NNS", wh="which", whtag="WDT", aux="have",
                                 auxtag="VBD")
    doc = parse("police arrested men linked to Hamas , which had fired rockets", rows,
                ents=_ENTS)
    assert ("Hamas", "rockets") in pairs(doc)


def test_who_with_a_singular_verb_keeps_the_organisation():
    rows = _RELATIVE_ROWS.format(noun="man", tag="NNS", wh="who", whtag="WP", aux="has",
                                 auxtag="VBZ")
    doc = parse("police arrested men linked to Hamas , who has fired rockets", rows,
                ents=_ENTS)
    assert ("Hamas", "rockets") in pairs(doc)


REAL_SENTENCES = {
    "a gerund after a preposition's object: its own subject": [
        ("Hungary drops its opposition to Finland joining NATO.",
         [("Finland", "join", "NATO", False, True)], [("Hungary", "NATO")]),
        ("Turkey objected to Sweden hosting the summit.",
         [("Sweden", "host", "summit", False, True)], [("Turkey", "summit")]),
        ("Russia warned against Georgia joining NATO.",
         [("Georgia", "join", "NATO", False, True)], [("Russia", "NATO")]),
        # guard: a place phrase is no subject
        ("Obama arrived in Berlin carrying a message for Merkel.",
         [("Obama", "carry", "message for Merkel", False, False)], [("Berlin", "message")]),
    ],
    "a directive verb's object does its infinitive": [
        ("Niger orders the French ambassador to leave the country.",
         [("French ambassador", "leave", "France", False, True)], [("Niger", "France")]),
        ("Putin told the generals to attack Kyiv.",
         [("generals", "attack", "Kyiv", False, True)], [("Putin", "Kyiv")]),
        # guard: sending is no directive
        ("Iran sent troops to attack the rebels.",
         [("Iran", "attack", "rebels", False, True)], []),
    ],
    "who after an organisation in a people noun's modifier": [
        ("Police detain 20 people suspected of links to the Islamic State, who were "
         "allegedly planning attacks on churches.", [], [("Islamic State", "churches")]),
        ("Troops arrested three men linked to Hamas, who had fired rockets at Israel.",
         [("men", "fire at", "Israel", False, False)], [("Hamas", "Israel")]),
        # guard: "which" keeps the organisation
        ("Police arrested members of Hamas, which rules Gaza.",
         [("Hamas", "rule", "Gaza", False, False)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(REAL_SENTENCES))
def test_real_sentences(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)


def test_a_gerund_after_a_verbs_object_and_phrase_is_not_the_phrases():
    # "posted a photo to Twitter showing him": the photo shows him, not Twitter
    doc = parse("Obama posted photo to Twitter showing Merkel", """
        1 nsubj PROPN Obama NNP
        1 ROOT VERB post VBD
        1 dobj NOUN photo NN
        1 prep ADP to IN
        3 pobj PROPN Twitter NNP
        1 advcl VERB show VBG
        5 dobj PROPN Merkel NNP
    """, ents=_ENTS | {"Twitter": "ORG", "Merkel": "PERSON"})
    assert ("Twitter", "Merkel") not in pairs(doc)


def test_a_gerund_after_a_things_phrase_is_not_the_phrases():
    # "a photo to Twitter showing him": a photo is no stance (it shows him)
    doc = parse("Obama posted photo to Twitter showing Merkel", """
        1 nsubj PROPN Obama NNP
        1 ROOT VERB post VBD
        1 dobj NOUN photo NN
        2 prep ADP to IN
        3 pobj PROPN Twitter NNP
        1 advcl VERB show VBG
        5 dobj PROPN Merkel NNP
    """, ents=_ENTS | {"Twitter": "ORG", "Merkel": "PERSON"})
    assert ("Twitter", "Merkel") not in pairs(doc)
