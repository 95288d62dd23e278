"""The rules written for the fifth construction grid (``tests/data/forms_grid_5.jsonl``),
each on hand-built parses (no model) and on real sentences through the model:

- a perfect participle set off by commas after a clause's subject ("The Kremlin, having
  annexed Crimea in 2014, imposed ...") is an adverbial clause of the clause's verb that
  shares its subject, however the parser read it
  (:func:`extract.hygiene._apposed_perfect_participle`);
- a "by" phrase naming a doer that the parser hung on the noun an event acts on ("an
  attack on a military checkpoint by Islamic State militants") names who did the event
  (:func:`extract.hygiene._agent_after_target`);
- a noun of an organisation (``[named_group_heads]``) that a participle of naming names
  ("a hacking group called Scattered Spider", "a group known as Volt Typhoon") stands for
  the name, whatever type the NER gave it (``ActorResolver._called``).
"""

from __future__ import annotations

import pytest
from actorgraph.extract.actors import ActorResolver
from actorgraph.extract.hygiene import repair_verbs
from actorgraph.extract.triples import all_triples

from tests.constructions import cases, check_construction
from tests.docs import parse


def triples(doc):
    """(subject, lemma, object) texts of a hand-built Doc, after the parse repairs."""
    repair_verbs(doc)
    return {(t.subject.text, t.lemma, t.object.text) for t in all_triples(doc)}


# ------------------------------------------------------- apposed perfect participle

_ENTS = {"Kremlin": "ORG", "Crimea": "GPE", "Hezbollah": "ORG", "Haifa": "GPE",
         "Israel": "GPE", "Chevron": "ORG", "Hess": "ORG", "Guyana": "GPE",
         "Khan Younis": "GPE", "Niger": "GPE", "Smith": "PERSON", "Jones": "PERSON"}

#: (sentence, rows, the participle's (subject, lemma, object) head words, a (subject,
#: lemma) or (subject, object) pair that must not be found)
_PERFECT = [
    # "having" a clause on the subject, the participle an adjective of its object
    ("The Kremlin , having annexed Crimea in 2014 , imposed law", """
        1 det DET the DT
        9 nsubj PROPN Kremlin NNP
        1 punct PUNCT , ,
        1 acl VERB have VBG
        5 amod VERB annex VBN
        3 dobj PROPN Crimea NNP
        5 prep ADP in IN
        6 pobj NUM 2014 CD
        1 punct PUNCT , ,
        9 ROOT VERB impose VBD
        9 dobj NOUN law NN
    """, ("Kremlin", "annex", "Crimea"), ("Kremlin", "have")),
    # the participle an adjective of a noun in apposition to the subject
    ("Hezbollah , having fired rockets at Haifa , warned Israel", """
        8 nsubj PROPN Hezbollah NNP
        0 punct PUNCT , ,
        3 aux AUX have VBG
        4 amod VERB fire VBN
        0 appos NOUN rocket NNS
        4 prep ADP at IN
        5 pobj PROPN Haifa NNP
        8 punct PUNCT , ,
        8 ROOT VERB warn VBD
        8 dobj PROPN Israel NNP
    """, ("Hezbollah", "fire", "rockets"), None),
    # the object read as an apposition that then stands for the subject
    ("Israel 's army , having encircled Khan Younis , ordered residents", """
        2 poss PROPN Israel NNP
        0 case PART 's POS
        9 nsubj NOUN army NN
        2 punct PUNCT , ,
        5 aux AUX have VBG
        7 amod VERB encircle VBN
        7 compound PROPN Khan NNP
        2 appos PROPN Younis NNP
        7 punct PUNCT , ,
        9 ROOT VERB order VBD
        9 dobj NOUN resident NNS
    """, ("army", "encircle", "Younis"), ("Younis", "residents")),
    # a clause on the subject parsed right: it still shares the clause's subject
    ("Chevron , having bought Hess , controls a stake in Guyana", """
        6 nsubj PROPN Chevron NNP
        0 punct PUNCT , ,
        3 aux AUX have VBG
        0 acl VERB buy VBN
        3 dobj PROPN Hess NNP
        0 punct PUNCT , ,
        6 ROOT VERB control VBZ
        8 det DET a DT
        6 dobj NOUN stake NN
        8 prep ADP in IN
        9 pobj PROPN Guyana NNP
    """, ("Chevron", "buy", "Hess"), None),
]


@pytest.mark.parametrize(("sentence", "rows", "wanted", "unwanted"), _PERFECT)
def test_an_apposed_perfect_participle_shares_the_clause_subject(sentence, rows, wanted,
                                                                 unwanted):
    doc = parse(sentence, rows, ents=_ENTS)
    found = triples(doc)
    assert wanted in found, sorted(found)
    if unwanted is not None:
        assert not any(unwanted in ((s, r), (s, o)) for s, r, o in found), sorted(found)
    having = next(t for t in doc if t.lower_ == "having")
    assert having.dep_ == "aux" and having.head.dep_ == "advcl"


def test_a_passive_perfect_participle_stays():
    # "having been V-ed" is passive: its subject undergoes it
    doc = parse("Niger , having been suspended , left", """
        6 nsubj PROPN Niger NNP
        0 punct PUNCT , ,
        4 aux AUX have VBG
        4 auxpass AUX be VBN
        0 acl VERB suspend VBN
        0 punct PUNCT , ,
        6 ROOT VERB leave VBD
    """, ents=_ENTS)
    repair_verbs(doc)
    assert doc[4].dep_ == "acl" and doc[4].head.i == 0


def test_a_perfect_participle_after_an_object_stays():
    # after the verb's object, not its subject: left to the rules of trailing participles
    doc = parse("Smith met Jones , having flown to Haifa , on Monday", """
        1 nsubj PROPN Smith NNP
        1 ROOT VERB meet VBD
        1 dobj PROPN Jones NNP
        2 punct PUNCT , ,
        5 aux AUX have VBG
        2 acl VERB fly VBN
        5 prep ADP to IN
        6 pobj PROPN Haifa NNP
        1 punct PUNCT , ,
        1 prep ADP on IN
        9 pobj PROPN Monday NNP
    """, ents=_ENTS)
    repair_verbs(doc)
    assert doc[5].dep_ == "acl" and doc[5].head.i == 2


def test_having_with_a_noun_stays():
    # "having lunch": no participle
    doc = parse("Smith , having lunch with Jones , said nothing", """
        7 nsubj PROPN Smith NNP
        0 punct PUNCT , ,
        0 acl VERB have VBG
        2 dobj NOUN lunch NN
        2 prep ADP with IN
        4 pobj PROPN Jones NNP
        0 punct PUNCT , ,
        7 ROOT VERB say VBD
        7 dobj PRON nothing NN
    """, ents=_ENTS)
    repair_verbs(doc)
    assert doc[2].dep_ == "acl" and doc[2].head.i == 0


# ---------------------------------------------------------------- agent after the target

_BY_ENTS = {"Taliban": "ORG", "Islamic State": "ORG", "Israeli": "NORP", "Hamas": "ORG",
            "Queen": "PERSON"}

_AFTER_TARGET = [
    ("an attack on the embassy by Taliban fighters killed guards", """
        1 det DET an DT
        9 nsubj NOUN attack NN
        1 prep ADP on IN
        4 det DET the DT
        2 pobj NOUN embassy NN
        4 prep ADP by IN
        7 compound PROPN Taliban NNP
        5 pobj NOUN fighter NNS
        9 ROOT VERB kill VBD
        9 dobj NOUN guard NNS
    """, ("fighters", "attack", "embassy")),
    ("an assault on a checkpoint by Islamic State militants began", """
        1 det DET an DT
        9 nsubj NOUN assault NN
        1 prep ADP on IN
        4 det DET a DT
        2 pobj NOUN checkpoint NN
        4 prep ADP by IN
        7 compound PROPN Islamic NNP
        8 compound PROPN State NNP
        5 pobj NOUN militant NNS
        9 ROOT VERB begin VBD
    """, ("militants", "assault", "checkpoint")),
    ("the strikes against the depot by Israeli jets ended", """
        1 det DET the DT
        8 nsubj NOUN strike NNS
        1 prep ADP against IN
        4 det DET the DT
        2 pobj NOUN depot NN
        4 prep ADP by IN
        7 amod ADJ israeli JJ
        5 pobj NOUN jet NNS
        8 ROOT VERB end VBD
    """, ("jets", "strike", "depot")),
]


@pytest.mark.parametrize(("sentence", "rows", "wanted"), _AFTER_TARGET)
def test_a_doer_after_the_target_is_the_events_agent(sentence, rows, wanted):
    doc = parse(sentence, rows, ents=_BY_ENTS)
    found = triples(doc)
    by = next(t for t in doc if t.lower_ == "by")
    assert by.head.i == 1
    assert wanted in found, sorted(found)


@pytest.mark.parametrize(("sentence", "rows"), [
    # a "by" of place names no doer
    ("the attack on the convoy by the river killed two", """
        1 det DET the DT
        8 nsubj NOUN attack NN
        1 prep ADP on IN
        4 det DET the DT
        2 pobj NOUN convoy NN
        4 prep ADP by IN
        7 det DET the DT
        5 pobj NOUN river NN
        8 ROOT VERB kill VBD
        8 dobj NUM two CD
    """),
    # the noun acted on is an event of its own: its "by" phrase stays
    ("the condemnation of the attack by Hamas surprised diplomats", """
        1 det DET the DT
        7 nsubj NOUN condemnation NN
        1 prep ADP of IN
        4 det DET the DT
        2 pobj NOUN attack NN
        4 prep ADP by IN
        5 pobj PROPN Hamas NNP
        7 ROOT VERB surprise VBD
        7 dobj NOUN diplomat NNS
    """),
    # a noun with an "of" phrase and the ending of an event's noun keeps its "by" phrase
    ("a ruling on the prorogation of parliament by the Queen", """
        1 det DET a DT
        1 ROOT NOUN ruling NN
        1 prep ADP on IN
        4 det DET the DT
        2 pobj NOUN prorogation NN
        4 prep ADP of IN
        5 pobj NOUN parliament NN
        4 prep ADP by IN
        9 det DET the DT
        7 pobj PROPN Queen NNP
    """),
])
def test_a_by_phrase_that_is_no_doer_of_the_event_stays(sentence, rows):
    doc = parse(sentence, rows, ents=_BY_ENTS)
    by = next(t for t in doc if t.lower_ == "by")
    head = by.head.i
    repair_verbs(doc)
    assert by.head.i == head


# ------------------------------------------------------------ a group named by a participle

#: (sentence, rows, entities, index of the noun, the label it stands for)
_NAMED_GROUPS = [
    ("a hacking group called Scattered Spider breached MGM", """
        2 det DET a DT
        2 amod VERB hack VBG
        6 nsubj NOUN group NN
        2 acl VERB call VBN
        5 compound PROPN Scattered NNP
        3 oprd PROPN Spider NNP
        6 ROOT VERB breach VBD
        6 dobj PROPN MGM NNP
    """, {"Scattered Spider": "PRODUCT", "MGM": "ORG"}, 2, "Scattered Spider"),
    ("a group known as Volt Typhoon hacked utilities", """
        1 det DET a DT
        6 nsubj NOUN group NN
        1 acl VERB know VBN
        2 prep ADP as IN
        5 compound PROPN Volt NNP
        3 pobj PROPN Typhoon NNP
        6 ROOT VERB hack VBD
        6 dobj NOUN utility NNS
    """, {"Volt Typhoon": "ORG"}, 1, "Volt Typhoon"),
    ("Tseng runs a firm called eTranslate", """
        1 nsubj PROPN Tseng NNP
        1 ROOT VERB run VBZ
        3 det DET a DT
        1 dobj NOUN firm NN
        3 acl VERB call VBN
        4 oprd PROPN eTranslate NNP
    """, {"Tseng": "PERSON", "eTranslate": "ORG"}, 3, "eTranslate"),
]


@pytest.mark.parametrize(("sentence", "rows", "ents", "noun", "label"), _NAMED_GROUPS)
def test_a_group_named_by_a_participle_is_the_name(sentence, rows, ents, noun, label):
    doc = parse(sentence, rows, ents=ents)
    mention = ActorResolver(doc).resolve(doc[noun])
    assert mention is not None and mention.label == label


def test_a_person_noun_named_as_a_product_is_no_name():
    # only a group's noun takes a name of any type: "a man called Excalibur" (typed a
    # work of art) is not Excalibur
    doc = parse("a man called Excalibur attacked guards", """
        1 det DET a DT
        4 nsubj NOUN man NN
        1 acl VERB call VBN
        2 oprd PROPN Excalibur NNP
        4 ROOT VERB attack VBD
        4 dobj NOUN guard NNS
    """, ents={"Excalibur": "WORK_OF_ART"})
    mention = ActorResolver(doc).resolve(doc[1])
    assert mention is None or mention.label != "Excalibur"


REAL_SENTENCES = {
    "apposed perfect participle": [
        ("The Kremlin, having annexed Crimea in 2014, imposed Russian law on the peninsula "
         "within weeks.", [("Kremlin", "annex", "Crimea", False, False)], []),
        ("Hezbollah, having fired rockets at Haifa, warned Israel against any retaliation "
         "on Monday.", [("Hezbollah", "fire at", "Haifa", False, False),
                        ("Hezbollah", "warn", "Israel", False, False)], []),
        ("Israel's army, having encircled Khan Younis, ordered residents to leave for the "
         "coast.", [("Israel", "encircle", "Khan Younis", False, False)],
         [("Khan Younis", "residents")]),
        ("Chevron, having bought Hess for $53 billion, now controls a stake in Guyana's "
         "offshore fields.", [("Chevron", "buy", "Hess", False, False)], []),
        # guard: a passive perfect participle is not the subject's act
        ("The ambassador, having been expelled by Niger, left Niamey on Friday.",
         [("Niger", "expel", "ambassador", False, False)], []),
    ],
    "doer after the target": [
        ("An attack on a military checkpoint by Islamic State militants killed eight "
         "soldiers on Sunday.", [("Islamic State", "attack", "military checkpoint", False,
                                  False)], []),
        ("An attack on the Indian embassy by Taliban fighters killed six guards on Monday.",
         [("Taliban", "attack", "India", False, False)], []),
        ("A strike on a fuel depot by Ukrainian drones set off fires in the Bryansk "
         "region.", [("Ukraine", "strike", "fuel depot", False, False)], []),
        # guard: the "by" phrase of the noun's own event
        ("The court was asked for a ruling on the prorogation of the UK parliament by "
         "Queen Elizabeth II.", [("Elizabeth II", "prorogation", "United Kingdom", False,
                                  False)], []),
    ],
    "a group named by a participle": [
        ("A hacking group called Scattered Spider breached the computer systems of MGM "
         "Resorts last year.", [("Scattered Spider", "breach system", "MGM Resorts", False,
                                  False)],
         []),
        ("A ransomware gang called LockBit attacked Boeing in October, the planemaker "
         "said.", [("LockBit", "attack", "Boeing", False, False)], []),
        ("A group known as Volt Typhoon hacked US water utilities and power grids, "
         "officials said.", [("Volt Typhoon", "hack", "United States water utilities",
                              False, False)], []),
        # guard: a person named by a participle, as before
        ("Police arrested a man named John Smith in Leeds on Friday.",
         [("police", "arrest", "John Smith", False, False)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(REAL_SENTENCES))
def test_real_sentences(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
