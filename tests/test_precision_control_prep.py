"""Precision of the control and prepositional relations (the blind audits' weakest after
svo): a preposition that marks a manner ("act with restraint"), a cause ("due to ill
health") or, after a named object, a reason or the one passed over ("sanctioned Iran over
X", "support Hawkins over La Riva") names no participant; an adjective's own "not" stays
in the label ("pleaded not guilty to"); whom a verb of hiring or paying engages does the
infinitive the parser hangs on it as a purpose ("paid his friend Joe Shapiro to take the
SAT"); who promises or offers does the infinitive, not the one promised ("promised
Turkey to withdraw its troops"); an infinitive hung on the main verb after a plot noun is
the plotters' ("jails teenager over plot to attack X"); and a perfect participle hung on a
purpose ("went on radio to announce X, having deposed Y") is not part of that purpose."""

from __future__ import annotations

import pytest
from actorgraph.extract.triples import all_triples

from tests.constructions import cases, check_construction, check_labels
from tests.docs import parse


def found(doc):
    return {(t.subject.text, t.label, t.object.text, t.negated) for t in all_triples(doc)}


def pairs(doc):
    return {(t.subject.text, t.object.text) for t in all_triples(doc)}


# --- a manner after "with" -------------------------------------------------------------

_MANNER = [
    ("Beijing acted with restraint", """
        1 nsubj PROPN Beijing NNP
        1 ROOT VERB act VBD
        1 prep ADP with IN
        2 pobj NOUN restraint NN
    """, {"Beijing": "GPE"}, ("Beijing", "restraint")),
    ("Hamas proceeded with caution", """
        1 nsubj PROPN Hamas NNP
        1 ROOT VERB proceed VBD
        1 prep ADP with IN
        2 pobj NOUN caution NN
    """, {"Hamas": "ORG"}, ("Hamas", "caution")),
    ("militias operated with impunity", """
        1 nsubj NOUN militia NNS
        1 ROOT VERB operate VBD
        1 prep ADP with IN
        2 pobj NOUN impunity NN
    """, {}, ("militias", "impunity")),
]


@pytest.mark.parametrize(("sentence", "rows", "ents", "pair"), _MANNER)
def test_a_manner_after_with_is_no_participant(sentence, rows, ents, pair):
    assert pair not in pairs(parse(sentence, rows, ents=ents))


def test_a_partner_after_with_stays():
    doc = parse("Israel cooperated with Egypt", """
        1 nsubj PROPN Israel NNP
        1 ROOT VERB cooperate VBD
        1 prep ADP with IN
        2 pobj PROPN Egypt NNP
    """, ents={"Israel": "GPE", "Egypt": "GPE"})
    assert ("Israel", "Egypt") in pairs(doc)


# --- a cause: "due to", "owing to" ------------------------------------------------------

_CAUSES = [
    ("Baker retired from performances due to ill health", """
        1 nsubj PROPN Baker NNP
        1 ROOT VERB retire VBD
        1 prep ADP from IN
        2 pobj NOUN performance NNS
        1 prep ADP due IN
        4 pcomp ADP to IN
        7 amod ADJ ill JJ
        5 pobj NOUN health NN
    """, {"Baker": "PERSON"}, ("Baker", "health")),
    ("Gammon withdrew from the race due to health reasons", """
        1 nsubj PROPN Gammon NNP
        1 ROOT VERB withdraw VBD
        1 prep ADP from IN
        4 det DET the DT
        2 pobj NOUN race NN
        1 prep ADP due IN
        5 pcomp ADP to IN
        8 compound NOUN health NN
        6 pobj NOUN reason NNS
    """, {"Gammon": "PERSON"}, ("Gammon", "reasons")),
    ("Kimura quit from the show owing to the abuse", """
        1 nsubj PROPN Kimura NNP
        1 ROOT VERB quit VBD
        1 prep ADP from IN
        4 det DET the DT
        2 pobj NOUN show NN
        1 prep ADP owing IN
        5 pcomp ADP to IN
        8 det DET the DT
        6 pobj NOUN abuse NN
    """, {"Kimura": "PERSON"}, ("Kimura", "abuse")),
]


@pytest.mark.parametrize(("sentence", "rows", "ents", "pair"), _CAUSES)
def test_a_cause_is_no_participant(sentence, rows, ents, pair):
    assert pair not in pairs(parse(sentence, rows, ents=ents))


# --- "over" after a named object ---------------------------------------------------------

_OVER = [
    ("leftists support Hawkins over La_Riva", """
        1 nsubj NOUN leftist NNS
        1 ROOT VERB support VBP
        1 dobj PROPN Hawkins NNP
        1 prep ADP over IN
        3 pobj PROPN La_Riva NNP
    """, {"Hawkins": "PERSON", "La_Riva": "PERSON"}, ("leftists", "La_Riva"),
     ("leftists", "Hawkins")),
    ("the EU sanctioned Iran over Hezbollah plots", """
        1 det DET the DT
        2 nsubj PROPN EU NNP
        2 ROOT VERB sanction VBD
        2 dobj PROPN Iran NNP
        2 prep ADP over IN
        6 compound PROPN Hezbollah NNP
        4 pobj NOUN plot NNS
    """, {"EU": "ORG", "Iran": "GPE", "Hezbollah": "ORG"}, ("EU", "plots"), ("EU", "Iran")),
    ("Germany sued Poland over Gazprom", """
        1 nsubj PROPN Germany NNP
        1 ROOT VERB sue VBD
        1 dobj PROPN Poland NNP
        1 prep ADP over IN
        3 pobj PROPN Gazprom NNP
    """, {"Germany": "GPE", "Poland": "GPE", "Gazprom": "ORG"}, ("Germany", "Gazprom"),
     ("Germany", "Poland")),
]


@pytest.mark.parametrize(("sentence", "rows", "ents", "unwanted", "kept"), _OVER)
def test_over_after_a_named_object_names_no_second_participant(sentence, rows, ents,
                                                               unwanted, kept):
    got = pairs(parse(sentence, rows, ents=ents))
    assert unwanted not in got
    assert kept in got


def test_over_after_an_unnamed_object_stays():
    # "claims sovereignty over Taiwan": the object names no one, Taiwan is the target
    doc = parse("China claims sovereignty over Taiwan", """
        1 nsubj PROPN China NNP
        1 ROOT VERB claim VBZ
        1 dobj NOUN sovereignty NN
        1 prep ADP over IN
        3 pobj PROPN Taiwan NNP
    """, ents={"China": "GPE", "Taiwan": "GPE"})
    assert ("China", "Taiwan") in pairs(doc)


# --- "pleaded not guilty to" --------------------------------------------------------------

_NOT_GUILTY = [
    ("Smith pleaded not guilty to fraud", """
        1 nsubj PROPN Smith NNP
        1 ROOT VERB plead VBD
        3 neg PART not RB
        1 acomp ADJ guilty JJ
        1 prep ADP to IN
        4 pobj NOUN fraud NN
    """, {"Smith": "PERSON"}, ("Smith", "plead not guilty to", "fraud", False)),
    ("Manafort pleaded not guilty to charges", """
        1 nsubj PROPN Manafort NNP
        1 ROOT VERB plead VBD
        3 neg PART not RB
        1 acomp ADJ guilty JJ
        1 prep ADP to IN
        4 pobj NOUN charge NNS
    """, {"Manafort": "PERSON"}, ("Manafort", "plead not guilty to", "charges", False)),
    ("Holmes pleaded guilty to fraud", """
        1 nsubj PROPN Holmes NNP
        1 ROOT VERB plead VBD
        1 acomp ADJ guilty JJ
        1 prep ADP to IN
        3 pobj NOUN fraud NN
    """, {"Holmes": "PERSON"}, ("Holmes", "plead guilty to", "fraud", False)),
]


@pytest.mark.parametrize(("sentence", "rows", "ents", "triple"), _NOT_GUILTY)
def test_the_adjectives_not_stays_in_the_label(sentence, rows, ents, triple):
    assert triple in found(parse(sentence, rows, ents=ents))


# --- hiring or paying someone to do something --------------------------------------------

_HIRED = [
    ("Trump paid his friend Joe_Shapiro to take the SAT", """
        1 nsubj PROPN Trump NNP
        1 ROOT VERB pay VBD
        3 poss PRON his PRP$
        1 dobj NOUN friend NN
        3 appos PROPN Joe_Shapiro NNP
        6 aux PART to TO
        1 advcl VERB take VB
        8 det DET the DT
        6 dobj PROPN SAT NNP
    """, {"Trump": "PERSON", "Joe_Shapiro": "PERSON", "SAT": "ORG"}, "SAT", "Trump"),
    ("Acme hired Kroll to investigate Zeta", """
        1 nsubj PROPN Acme NNP
        1 ROOT VERB hire VBD
        1 dobj PROPN Kroll NNP
        4 aux PART to TO
        1 advcl VERB investigate VB
        4 dobj PROPN Zeta NNP
    """, {"Acme": "ORG", "Kroll": "ORG", "Zeta": "ORG"}, "Zeta", "Acme"),
    ("the cartel recruited Mexican officials to release Guzman", """
        1 det DET the DT
        2 nsubj NOUN cartel NN
        2 ROOT VERB recruit VBD
        4 amod ADJ mexican JJ
        2 dobj NOUN official NNS
        6 aux PART to TO
        2 advcl VERB release VB
        6 dobj PROPN Guzman NNP
    """, {"Mexican": "NORP", "Guzman": "PERSON"}, "Guzman", "cartel"),
]


@pytest.mark.parametrize(("sentence", "rows", "ents", "target", "payer"), _HIRED)
def test_whom_one_hires_or_pays_does_the_infinitive(sentence, rows, ents, target, payer):
    got = pairs(parse(sentence, rows, ents=ents))
    assert (payer, target) not in got
    assert any(o == target and s != payer for s, o in got)


def test_money_paid_does_nothing():
    # "paid 12 million dollars to settle the suit": the payer settles
    doc = parse("Abernathy paid dollars to settle the suit", """
        1 nsubj PROPN Abernathy NNP
        1 ROOT VERB pay VBD
        1 dobj NOUN dollar NNS
        4 aux PART to TO
        1 advcl VERB settle VB
        6 det DET the DT
        4 dobj NOUN suit NN
    """, ents={"Abernathy": "ORG"})
    assert ("Abernathy", "suit") in pairs(doc)


# --- promising or offering someone to do something ---------------------------------------

_PROMISED = [
    ("Russia promised Turkey to withdraw its troops", """
        1 nsubj PROPN Russia NNP
        1 ROOT VERB promise VBD
        1 dobj PROPN Turkey NNP
        4 aux PART to TO
        1 xcomp VERB withdraw VB
        6 poss PRON its PRP$
        4 dobj NOUN troop NNS
    """, {"Russia": "GPE", "Turkey": "GPE"}, "Russia", "Turkey", "troops"),
    ("Qatar offered Israel to host the talks", """
        1 nsubj PROPN Qatar NNP
        1 ROOT VERB offer VBD
        1 dobj PROPN Israel NNP
        4 aux PART to TO
        1 xcomp VERB host VB
        6 det DET the DT
        4 dobj NOUN talk NNS
    """, {"Qatar": "GPE", "Israel": "GPE"}, "Qatar", "Israel", "talks"),
    ("Hamas assured Egypt to respect the truce", """
        1 nsubj PROPN Hamas NNP
        1 ROOT VERB assure VBD
        1 dobj PROPN Egypt NNP
        4 aux PART to TO
        1 xcomp VERB respect VB
        6 det DET the DT
        4 dobj NOUN truce NN
    """, {"Hamas": "ORG", "Egypt": "GPE"}, "Hamas", "Egypt", "truce"),
]


@pytest.mark.parametrize(("sentence", "rows", "ents", "promiser", "promised", "thing"),
                         _PROMISED)
def test_who_promises_does_the_infinitive(sentence, rows, ents, promiser, promised, thing):
    got = pairs(parse(sentence, rows, ents=ents))
    assert (promiser, thing) in got
    assert (promised, thing) not in got


def test_a_thing_pledged_leaves_the_infinitive_as_it_was():
    # "pledged a donation to help the developers": not read as the pledger's own act
    doc = parse("GitHub pledged a donation to help Mozilla", """
        1 nsubj PROPN GitHub NNP
        1 ROOT VERB pledge VBD
        3 det DET a DT
        1 dobj NOUN donation NN
        5 aux PART to TO
        1 xcomp VERB help VB
        5 dobj PROPN Mozilla NNP
    """, ents={"GitHub": "ORG", "Mozilla": "ORG"})
    assert ("GitHub", "Mozilla") not in pairs(doc)


def test_whom_one_asks_still_does_it():
    doc = parse("Zelensky asked Biden to send tanks", """
        1 nsubj PROPN Zelensky NNP
        1 ROOT VERB ask VBD
        1 dobj PROPN Biden NNP
        4 aux PART to TO
        1 xcomp VERB send VB
        4 dobj NOUN tank NNS
    """, ents={"Zelensky": "PERSON", "Biden": "PERSON"})
    got = pairs(doc)
    assert ("Biden", "tanks") in got
    assert ("Zelensky", "tanks") not in got


# --- a perfect participle hung on an infinitive of purpose --------------------------------

_PRIOR = [
    ("Sanha went to announce a council , having deposed Co", """
        1 nsubj PROPN Sanha NNP
        1 ROOT VERB go VBD
        3 aux PART to TO
        1 advcl VERB announce VB
        5 det DET a DT
        3 dobj NOUN council NN
        3 punct PUNCT , ,
        8 aux AUX have VBG
        3 advcl VERB depose VBN
        8 dobj PROPN Co NNP
    """, {"Sanha": "PERSON", "Co": "PERSON"}, "depose", "Co"),
    ("Tiani appeared on television to read a statement , having detained Bazoum", """
        1 nsubj PROPN Tiani NNP
        1 ROOT VERB appear VBD
        1 prep ADP on IN
        2 pobj NOUN television NN
        5 aux PART to TO
        1 advcl VERB read VB
        7 det DET a DT
        5 dobj NOUN statement NN
        5 punct PUNCT , ,
        10 aux AUX have VBG
        5 advcl VERB detain VBN
        10 dobj PROPN Bazoum NNP
    """, {"Tiani": "PERSON", "Bazoum": "PERSON"}, "detain", "Bazoum"),
    # (a purpose that is no talk: a meeting held "to discuss" is the talk, stated since
    # session 45, extract.context.held_talk)
    ("Hamas met mediators to seek a truce , having released Edan", """
        1 nsubj PROPN Hamas NNP
        1 ROOT VERB meet VBD
        1 dobj NOUN mediator NNS
        4 aux PART to TO
        1 advcl VERB seek VB
        6 det DET a DT
        4 dobj NOUN truce NN
        4 punct PUNCT , ,
        9 aux AUX have VBG
        4 advcl VERB release VBN
        9 dobj PROPN Edan NNP
    """, {"Hamas": "ORG", "Edan": "PERSON"}, "release", "Edan"),
]


@pytest.mark.parametrize(("sentence", "rows", "ents", "verb", "obj"), _PRIOR)
def test_what_was_done_before_is_not_part_of_the_purpose(sentence, rows, ents, verb, obj):
    from actorgraph.extract.context import modality
    doc = parse(sentence, rows, ents=ents)
    participle = next(t for t in doc if t.lemma_ == verb)
    purpose = participle.head
    assert modality(participle).hedged is False
    assert modality(purpose).hedged is True  # the purpose itself stays only intended


# --- a plot noun's infinitive hung on the main verb ----------------------------------------

_PLOTS = [
    ("court jails teenager over plot to attack parade", """
        1 nsubj NOUN court NN
        1 ROOT VERB jail VBZ
        1 dobj NOUN teenager NN
        1 prep ADP over IN
        3 pobj NOUN plot NN
        6 aux PART to TO
        1 advcl VERB attack VB
        6 dobj NOUN parade NN
    """, "court", "parade"),
    ("Justice charges four over scheme to ship arms", """
        1 nsubj PROPN Justice NNP
        1 ROOT VERB charge VBZ
        1 dobj NUM four CD
        1 prep ADP over IN
        3 pobj NOUN scheme NN
        6 aux PART to TO
        1 advcl VERB ship VB
        6 dobj NOUN arm NNS
    """, "Justice", "arms"),
    ("Germany sentenced two men over conspiracy to bomb synagogues", """
        1 nsubj PROPN Germany NNP
        1 ROOT VERB sentence VBD
        3 nummod NUM two CD
        1 dobj NOUN man NNS
        1 prep ADP over IN
        4 pobj NOUN conspiracy NN
        7 aux PART to TO
        1 advcl VERB bomb VB
        7 dobj NOUN synagogue NNS
    """, "Germany", "synagogues"),
]


@pytest.mark.parametrize(("sentence", "rows", "judge", "target"), _PLOTS)
def test_a_plots_infinitive_is_not_the_judges(sentence, rows, judge, target):
    doc = parse(sentence, rows, ents={"Justice": "ORG", "Germany": "GPE"})
    assert (judge, target) not in pairs(doc)


def test_an_own_bid_stays_the_subjects():
    # "donated blood in a bid to help the victims": their own bid
    doc = parse("Poles donated blood in a bid to help Gdansk", """
        1 nsubj PROPN Poles NNPS
        1 ROOT VERB donate VBD
        1 dobj NOUN blood NN
        1 prep ADP in IN
        5 det DET a DT
        3 pobj NOUN bid NN
        7 aux PART to TO
        1 advcl VERB help VB
        7 dobj PROPN Gdansk NNP
    """, ents={"Poles": "NORP", "Gdansk": "GPE"})
    assert ("Poles", "Gdansk") in pairs(doc)


# --- real sentences through the model ----------------------------------------------------

_MODEL = {
    "manner after with": [
        ("The State Department urged Beijing to act with restraint.",
         [], [("Beijing", "restraint")]),
        ("The Kremlin urged Armenia to act with restraint.",
         [], [("Armenia", "restraint")]),
        ("NATO called on Turkey to proceed with caution in Syria.",
         [], [("Turkey", "caution")]),
        ("Rights groups say the Rapid Support Forces operate with impunity in Darfur.",
         [], [("Rapid Support Forces", "impunity")]),
    ],
    "cause preposition": [
        ("Baker retired from live performances in 2016 due to his ill health.",
         [], [("Baker", "ill health")]),
        ("Gammon withdrew from the race due to health reasons.",
         [], [("Gammon", "health reasons")]),
    ],
    "over after a named object": [
        ("Greens and socialists should support Howie Hawkins over Joe Biden.",
         [("Greens", "support", "Howie Hawkins", False, True)],
         [("Greens", "Joe Biden"), ("socialists", "Joe Biden")]),
    ],
    "hired or paid": [
        ("The report says Trump paid his friend Joe Shapiro to take the SAT for him.",
         [], [("Donald Trump", "SAT"), ("Trump", "SAT")]),
    ],
    "promised or offered": [
        # (a counted object since session 44: "its troops", owner unfound, is dropped)
        ("Russia promised Turkey to withdraw 2,000 troops from the border.",
         [("Russia", "withdraw", "troops", False, True)], [("Turkey", "troops")]),
        ("Turkey offered Russia to host the talks in Istanbul.",
         [("Turkey", "host", "talks", False, True)], [("Russia", "talks")]),
        ("Biden promised Zelensky to send more tanks.",
         [("Biden", "send", "tanks", False, True)], [("Zelensky", "tanks")]),
    ],
    "prior to a purpose": [
        ("General Tiani appeared on state television to read a statement, having detained "
         "President Mohamed Bazoum a day earlier.",
         [("Tiani", "detain", "Mohamed Bazoum", False, False)], []),
        ("The colonel went on national radio to announce a military council, having deposed "
         "President Umaro Embalo.",
         [("colonel", "depose", "Umaro Embalo", False, False)], []),
    ],
    "plot noun": [
        ("Munich court jails man for 12 years over plot to bomb Oktoberfest",
         [], [("Munich court", "Oktoberfest")]),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(_MODEL))
def test_constructions_on_the_model(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), [
    ("Volodymyr Zhukovskyy pleaded not guilty on Tuesday to seven counts of homicide.",
     [("Volodymyr Zhukovskyy", "plead not guilty to", "counts of homicide")],
     [("Volodymyr Zhukovskyy", "plead guilty to", "counts of homicide")]),
])
def test_not_guilty_on_the_model(extractor, sentence, present, absent):
    check_labels(extractor, sentence, present, absent)
