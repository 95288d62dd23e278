"""Negated and hedged events that were not extracted at all (session 28, flag recall):

- a request noun addressed to someone names who is to do its infinitive: "issued an
  ultimatum to the YPG to withdraw from Manbij", "gave Hamas an ultimatum to release X",
  "sent a request to Britain to extradite X" (the YPG, Hamas, Britain; hedged);
- a plot is its plotters' intention, and the verbs that work a plan out hold it: "hatched
  a plot to assassinate X", "a plot by X to bomb Y", "was preparing plans to invade X";
- who goes on or stands trial, or faces trial or charges, is the one said to have done
  what the trial is for: "X goes on trial for murdering Y", "X stands trial for killing
  Y", "X faces trial for the murder of Y", "X goes on trial over the killing of Y"
  (hedged);
- whom an arrest warrant is for is said to have done what it is issued over: "issued an
  arrest warrant for X over the deportation of Y", "a warrant was issued for X over the
  killing of Y" (hedged);
- the deed an accused or arrested one is judged for may hang on them: "Kenya accuses
  Al-Shabaab of the attack on Garissa University" (hedged);
- "X rejects claims that ..." parsed with the verb as the subject of "claims" (tagged
  VBZ, with the name its own subject, or after an article: "The Kremlin rejects claims
  that ...") is re-read, so that what is rejected is denied.
"""

from __future__ import annotations

import pytest
from actorgraph.extract.hygiene import repair_verbs
from actorgraph.extract.rules.base import request_addressees
from actorgraph.extract.triples import all_triples

from tests.constructions import cases, check_construction
from tests.docs import parse


def found(doc):
    return {(t.subject.text, t.lemma, t.object.text, t.negated, t.hedged)
            for t in all_triples(doc)}


def pairs(doc):
    return {(t.subject.text, t.object.text) for t in all_triples(doc)}


# --- a request noun addressed to someone ----------------------------------------------

#: (sentence, rows, entities, the infinitive's index, wanted addressees)
_REQUESTS = [
    ("Turkey gave the YPG an ultimatum to withdraw from Manbij", """
        1 nsubj PROPN Turkey NNP
        1 ROOT VERB give VBD
        3 det DET the DT
        1 dative PROPN YPG NNP
        5 det DET an DT
        1 dobj NOUN ultimatum NN
        7 aux PART to TO
        5 acl VERB withdraw VB
        7 prep ADP from IN
        8 pobj PROPN Manbij NNP
    """, {"Turkey": "GPE", "YPG": "ORG", "Manbij": "GPE"}, 7, ["YPG"]),
    ("Nigeria sent a request to Britain to extradite Madueke", """
        1 nsubj PROPN Nigeria NNP
        1 ROOT VERB send VBD
        3 det DET a DT
        1 dobj NOUN request NN
        1 dative ADP to IN
        4 pobj PROPN Britain NNP
        7 aux PART to TO
        3 acl VERB extradite VB
        7 dobj PROPN Madueke NNP
    """, {"Nigeria": "GPE", "Britain": "GPE", "Madueke": "PERSON"}, 7, ["Britain"]),
    ("Israel renewed its invitation to Riyadh to join the talks", """
        1 nsubj PROPN Israel NNP
        1 ROOT VERB renew VBD
        3 poss PRON its PRP$
        1 dobj NOUN invitation NN
        3 prep ADP to IN
        4 pobj PROPN Riyadh NNP
        7 aux PART to TO
        3 acl VERB join VB
        9 det DET the DT
        7 dobj NOUN talk NNS
    """, {"Israel": "GPE", "Riyadh": "GPE"}, 7, ["Riyadh"]),
    # guards: no addressee; a request turned down (its own reading); an offer (the
    # offerer's infinitive); the infinitive with a subject of its own
    ("Turkey issued an ultimatum to withdraw from Manbij", """
        1 nsubj PROPN Turkey NNP
        1 ROOT VERB issue VBD
        3 det DET an DT
        1 dobj NOUN ultimatum NN
        5 aux PART to TO
        3 acl VERB withdraw VB
        5 prep ADP from IN
        6 pobj PROPN Manbij NNP
    """, {"Turkey": "GPE", "Manbij": "GPE"}, 5, []),
    ("Britain rejected a request to Nigeria to extradite Madueke", """
        1 nsubj PROPN Britain NNP
        1 ROOT VERB reject VBD
        3 det DET a DT
        1 dobj NOUN request NN
        3 prep ADP to IN
        4 pobj PROPN Nigeria NNP
        7 aux PART to TO
        3 acl VERB extradite VB
        7 dobj PROPN Madueke NNP
    """, {"Britain": "GPE", "Nigeria": "GPE", "Madueke": "PERSON"}, 7, ["Nigeria"]),
    ("Qatar made an offer to Hamas to host the talks", """
        1 nsubj PROPN Qatar NNP
        1 ROOT VERB make VBD
        3 det DET an DT
        1 dobj NOUN offer NN
        3 prep ADP to IN
        4 pobj PROPN Hamas NNP
        7 aux PART to TO
        3 acl VERB host VB
        9 det DET the DT
        7 dobj NOUN talk NNS
    """, {"Qatar": "GPE", "Hamas": "ORG"}, 7, []),
]


@pytest.mark.parametrize(("sentence", "rows", "ents", "verb", "wanted"), _REQUESTS)
def test_whom_a_request_noun_is_addressed_to(sentence, rows, ents, verb, wanted):
    doc = parse(sentence, rows, ents=ents)
    assert [t.text for t in request_addressees(doc[verb])] == wanted


def test_the_addressee_does_the_infinitive_hedged():
    sentence, rows, ents, _, _ = _REQUESTS[0]
    got = found(parse(sentence, rows, ents=ents))
    assert ("YPG", "withdraw from", "Manbij", False, True) in got
    assert not any(s == "Turkey" and o == "Manbij" for s, _, o, _, _ in got)
    sentence, rows, ents, _, _ = _REQUESTS[1]
    assert ("Britain", "extradite", "Madueke", False, True) in found(
        parse(sentence, rows, ents=ents))


def test_no_addressee_no_doer():
    sentence, rows, ents, _, _ = _REQUESTS[3]
    # (the noun itself may stay the infinitive's subject, as before: no actor)
    assert not any(s != "ultimatum" and o == "Manbij"
                   for s, o in pairs(parse(sentence, rows, ents=ents)))


# --- plots and the verbs that work a plan out --------------------------------------------

_PLOTS = [
    ("leaders hatched a plot to assassinate Ouattara", """
        1 nsubj NOUN leader NNS
        1 ROOT VERB hatch VBD
        3 det DET a DT
        1 dobj NOUN plot NN
        5 aux PART to TO
        3 acl VERB assassinate VB
        5 dobj PROPN Ouattara NNP
    """, {"Ouattara": "PERSON"}, ("leaders", "Ouattara")),
    ("Iran was preparing plans to invade Kuwait", """
        2 nsubj PROPN Iran NNP
        2 aux AUX be VBD
        2 ROOT VERB prepare VBG
        2 dobj NOUN plan NNS
        5 aux PART to TO
        3 acl VERB invade VB
        5 dobj PROPN Kuwait NNP
    """, {"Iran": "GPE", "Kuwait": "GPE"}, ("Iran", "Kuwait")),
    ("police uncovered a plot by ISIS to bomb Vienna", """
        1 nsubj NOUN police NNS
        1 ROOT VERB uncover VBD
        3 det DET a DT
        1 dobj NOUN plot NN
        3 prep ADP by IN
        4 pobj PROPN ISIS NNP
        7 aux PART to TO
        3 acl VERB bomb VB
        7 dobj PROPN Vienna NNP
    """, {"ISIS": "ORG", "Vienna": "GPE"}, ("ISIS", "Vienna")),
]


@pytest.mark.parametrize(("sentence", "rows", "ents", "pair"), _PLOTS)
def test_a_plot_or_a_plan_worked_out_is_its_holders(sentence, rows, ents, pair):
    doc = parse(sentence, rows, ents=ents)
    got = [t for t in all_triples(doc) if (t.subject.text, t.object.text) == pair]
    assert got and all(t.hedged for t in got), sorted(found(doc))


def test_who_uncovers_or_criticises_a_plot_plans_nothing():
    sentence, rows, ents, _ = _PLOTS[2]
    assert ("police", "Vienna") not in pairs(parse(sentence, rows, ents=ents))
    doc = parse("Kuwait criticised plans to invade Iraq", """
        1 nsubj PROPN Kuwait NNP
        1 ROOT VERB criticise VBD
        1 dobj NOUN plan NNS
        4 aux PART to TO
        2 acl VERB invade VB
        4 dobj PROPN Iraq NNP
    """, ents={"Kuwait": "GPE", "Iraq": "GPE"})
    assert ("Kuwait", "Iraq") not in pairs(doc)


# --- "X rejects claims that ..." read as a noun and a verb ----------------------------------

def _rejects_vbz():
    # the small model's reading: "rejects" a VBZ subject of "claims", with its own subject
    return parse("Iran rejects claims that it armed Hamas", """
        1 nsubj PROPN Iran NNP
        2 nsubj VERB reject VBZ
        2 ROOT VERB claim VBZ
        5 mark SCONJ that IN
        5 nsubj PRON it PRP
        2 ccomp VERB arm VBD
        5 dobj PROPN Hamas NNP
    """, ents={"Iran": "GPE", "Hamas": "ORG"})


def _rejects_with_article():
    return parse("The Kremlin rejects claims that hackers attacked Berlin", """
        2 det DET the DT
        2 compound PROPN Kremlin NNP
        3 nsubj NOUN reject NNS
        3 ROOT VERB claim VBZ
        6 mark SCONJ that IN
        6 nsubj NOUN hacker NNS
        3 ccomp VERB attack VBD
        6 dobj PROPN Berlin NNP
    """, ents={"Kremlin": "ORG", "Berlin": "GPE"})


def test_a_vbz_verb_before_claims_is_the_verb():
    doc = _rejects_vbz()
    repair_verbs(doc)
    assert (doc[1].dep_, doc[2].dep_, doc[2].head.i, doc[0].dep_, doc[0].head.i) == (
        "ROOT", "dobj", 1, "nsubj", 1)
    assert doc[5].dep_ == "acl" and doc[5].head.i == 2


def test_an_article_before_the_name_goes_with_the_name():
    doc = _rejects_with_article()
    repair_verbs(doc)
    assert (doc[2].dep_, doc[1].dep_, doc[1].head.i, doc[0].head.i) == (
        "ROOT", "nsubj", 2, 1)
    assert doc[3].dep_ == "dobj" and doc[3].head.i == 2


def test_guards_no_name_or_no_claim_right_after():
    # no name before the plural: "The officials claims that ..." stays as parsed
    doc = parse("The officials claims that hackers attacked Berlin", """
        1 det DET the DT
        2 nsubj NOUN official NNS
        2 ROOT VERB claim VBZ
        5 mark SCONJ that IN
        5 nsubj NOUN hacker NNS
        2 ccomp VERB attack VBD
        5 dobj PROPN Berlin NNP
    """)
    repair_verbs(doc)
    assert doc[2].dep_ == "ROOT" and doc[5].dep_ == "ccomp"
    # a VBZ subject that is not right before the claim word stays as parsed
    doc = parse("Iran openly rejects claims that hackers attacked Berlin", """
        2 nsubj PROPN Iran NNP
        2 advmod ADV openly RB
        3 nsubj VERB reject VBZ
        3 ROOT VERB claim VBZ
        6 mark SCONJ that IN
        6 nsubj NOUN hacker NNS
        3 ccomp VERB attack VBD
        6 dobj PROPN Berlin NNP
    """)
    repair_verbs(doc)
    assert doc[3].dep_ == "ROOT" and doc[6].dep_ == "ccomp"


# --- who stands trial ---------------------------------------------------------------

_TRIALS = [
    ("Chauvin went on trial for murdering Floyd", """
        1 nsubj PROPN Chauvin NNP
        1 ROOT VERB go VBD
        1 prep ADP on IN
        2 pobj NOUN trial NN
        3 prep ADP for IN
        4 pcomp VERB murder VBG
        5 dobj PROPN Floyd NNP
    """),
    ("Chauvin stood trial for murdering Floyd", """
        1 nsubj PROPN Chauvin NNP
        1 ROOT VERB stand VBD
        1 dobj NOUN trial NN
        2 prep ADP for IN
        3 pcomp VERB murder VBG
        4 dobj PROPN Floyd NNP
    """),
    ("Chauvin faces trial for the murder of Floyd", """
        1 nsubj PROPN Chauvin NNP
        1 ROOT VERB face VBZ
        1 dobj NOUN trial NN
        2 prep ADP for IN
        5 det DET the DT
        3 pobj NOUN murder NN
        5 prep ADP of IN
        6 pobj PROPN Floyd NNP
    """),
    ("Chauvin went on trial over the killing of Floyd", """
        1 nsubj PROPN Chauvin NNP
        1 ROOT VERB go VBD
        1 prep ADP on IN
        2 pobj NOUN trial NN
        3 prep ADP over IN
        6 det DET the DT
        4 pobj NOUN killing NN
        6 prep ADP of IN
        7 pobj PROPN Floyd NNP
    """),
]

_TRIAL_ENTS = {"Chauvin": "PERSON", "Floyd": "PERSON", "Minnesota": "GPE"}


@pytest.mark.parametrize(("sentence", "rows"), _TRIALS)
def test_who_stands_trial_is_said_to_have_done_it(sentence, rows):
    doc = parse(sentence, rows, ents=_TRIAL_ENTS)
    got = [t for t in all_triples(doc) if (t.subject.text, t.object.text) == ("Chauvin", "Floyd")]
    assert got and all(t.hedged and not t.negated for t in got), sorted(found(doc))


def test_who_demands_or_orders_a_trial_did_nothing():
    doc = parse("Minnesota demanded a trial for the murder of Floyd", """
        1 nsubj PROPN Minnesota NNP
        1 ROOT VERB demand VBD
        3 det DET a DT
        1 dobj NOUN trial NN
        3 prep ADP for IN
        6 det DET the DT
        4 pobj NOUN murder NN
        6 prep ADP of IN
        7 pobj PROPN Floyd NNP
    """, ents=_TRIAL_ENTS)
    assert ("Minnesota", "Floyd") not in pairs(doc)
    doc = parse("Chauvin went on holiday for the murder of Floyd", """
        1 nsubj PROPN Chauvin NNP
        1 ROOT VERB go VBD
        1 prep ADP on IN
        2 pobj NOUN holiday NN
        3 prep ADP for IN
        6 det DET the DT
        4 pobj NOUN murder NN
        6 prep ADP of IN
        7 pobj PROPN Floyd NNP
    """, ents=_TRIAL_ENTS)
    assert ("Chauvin", "Floyd") not in pairs(doc)


# --- whom a warrant is for --------------------------------------------------------------

_WARRANT_ENTS = {"ICC": "ORG", "Putin": "PERSON", "Iran": "GPE", "Trump": "PERSON",
                 "Soleimani": "PERSON", "Airbus": "ORG"}

_WARRANTS = [
    ("ICC issued a warrant for Putin over the killing of Soleimani", """
        1 nsubj PROPN ICC NNP
        1 ROOT VERB issue VBD
        3 det DET a DT
        1 dobj NOUN warrant NN
        3 prep ADP for IN
        4 pobj PROPN Putin NNP
        3 prep ADP over IN
        8 det DET the DT
        6 pobj NOUN killing NN
        8 prep ADP of IN
        9 pobj PROPN Soleimani NNP
    """, ("Putin", "Soleimani")),
    ("a warrant was issued for Trump over the killing of Soleimani", """
        1 det DET a DT
        3 nsubjpass NOUN warrant NN
        3 auxpass AUX be VBD
        3 ROOT VERB issue VBN
        3 prep ADP for IN
        4 pobj PROPN Trump NNP
        3 prep ADP over IN
        8 det DET the DT
        6 pobj NOUN killing NN
        8 prep ADP of IN
        9 pobj PROPN Soleimani NNP
    """, ("Trump", "Soleimani")),
    ("Iran issued a warrant for the arrest of Trump over the killing of Soleimani", """
        1 nsubj PROPN Iran NNP
        1 ROOT VERB issue VBD
        3 det DET a DT
        1 dobj NOUN warrant NN
        3 prep ADP for IN
        6 det DET the DT
        4 pobj NOUN arrest NN
        6 prep ADP of IN
        7 pobj PROPN Trump NNP
        3 prep ADP over IN
        11 det DET the DT
        9 pobj NOUN killing NN
        11 prep ADP of IN
        12 pobj PROPN Soleimani NNP
    """, ("Trump", "Soleimani")),
]


@pytest.mark.parametrize(("sentence", "rows", "pair"), _WARRANTS)
def test_whom_a_warrant_is_for_is_said_to_have_done_it(sentence, rows, pair):
    doc = parse(sentence, rows, ents=_WARRANT_ENTS)
    got = [t for t in all_triples(doc) if (t.subject.text, t.object.text) == pair]
    assert got and all(t.hedged and not t.negated for t in got), sorted(found(doc))


def test_no_warrant_no_deed():
    # an order for Airbus jets buys from Airbus; a deed with its own doer is theirs
    doc = parse("Iran placed an order for Airbus over the killing of Soleimani", """
        1 nsubj PROPN Iran NNP
        1 ROOT VERB place VBD
        3 det DET an DT
        1 dobj NOUN order NN
        3 prep ADP for IN
        4 pobj PROPN Airbus NNP
        3 prep ADP over IN
        8 det DET the DT
        6 pobj NOUN killing NN
        8 prep ADP of IN
        9 pobj PROPN Soleimani NNP
    """, ents=_WARRANT_ENTS)
    assert ("Airbus", "Soleimani") not in pairs(doc)
    doc = parse("ICC issued a warrant for Putin over the killing of Soleimani by Trump", """
        1 nsubj PROPN ICC NNP
        1 ROOT VERB issue VBD
        3 det DET a DT
        1 dobj NOUN warrant NN
        3 prep ADP for IN
        4 pobj PROPN Putin NNP
        3 prep ADP over IN
        8 det DET the DT
        6 pobj NOUN killing NN
        8 prep ADP of IN
        9 pobj PROPN Soleimani NNP
        8 prep ADP by IN
        11 pobj PROPN Trump NNP
    """, ents=_WARRANT_ENTS)
    assert ("Putin", "Soleimani") not in pairs(doc)


# --- the deed hung on the judged one ---------------------------------------------------

_JUDGED_ENTS = {"Kenya": "GPE", "Shabaab": "ORG", "Garissa": "GPE", "Somalia": "GPE",
                "Turkey": "GPE", "PKK": "ORG", "Ankara": "GPE"}

_HUNG_DEEDS = [
    ("Kenya accused Shabaab of the attack on Garissa", """
        1 nsubj PROPN Kenya NNP
        1 ROOT VERB accuse VBD
        1 dobj PROPN Shabaab NNP
        2 prep ADP of IN
        5 det DET the DT
        3 pobj NOUN attack NN
        5 prep ADP on IN
        6 pobj PROPN Garissa NNP
    """, ("Shabaab", "Garissa")),
    ("Turkey accused the PKK of the bombing of Ankara", """
        1 nsubj PROPN Turkey NNP
        1 ROOT VERB accuse VBD
        3 det DET the DT
        1 dobj PROPN PKK NNP
        3 prep ADP of IN
        6 det DET the DT
        4 pobj NOUN bombing NN
        6 prep ADP of IN
        7 pobj PROPN Ankara NNP
    """, ("PKK", "Ankara")),
    ("Turkey blamed the PKK for the attack on Ankara", """
        1 nsubj PROPN Turkey NNP
        1 ROOT VERB blame VBD
        3 det DET the DT
        1 dobj PROPN PKK NNP
        3 prep ADP for IN
        6 det DET the DT
        4 pobj NOUN attack NN
        6 prep ADP on IN
        7 pobj PROPN Ankara NNP
    """, ("PKK", "Ankara")),
]


@pytest.mark.parametrize(("sentence", "rows", "pair"), _HUNG_DEEDS)
def test_a_deed_hung_on_the_judged_one_is_theirs(sentence, rows, pair):
    doc = parse(sentence, rows, ents=_JUDGED_ENTS)
    got = [t for t in all_triples(doc) if (t.subject.text, t.object.text) == pair]
    assert got and all(t.hedged and not t.negated for t in got), sorted(found(doc))
    # the accuser did nothing to the target
    assert (doc[0].text, pair[1]) not in pairs(doc)


def test_a_deed_with_its_own_doer_is_not_the_judged_ones():
    doc = parse("Kenya accused Shabaab of the attack by Somalia on Garissa", """
        1 nsubj PROPN Kenya NNP
        1 ROOT VERB accuse VBD
        1 dobj PROPN Shabaab NNP
        2 prep ADP of IN
        5 det DET the DT
        3 pobj NOUN attack NN
        5 prep ADP by IN
        6 pobj PROPN Somalia NNP
        5 prep ADP on IN
        8 pobj PROPN Garissa NNP
    """, ents=_JUDGED_ENTS)
    assert ("Shabaab", "Garissa") not in pairs(doc)


REAL_SENTENCES = {
    "a request noun addressed to someone": [
        ("Turkey issues an ultimatum to the YPG to withdraw from Manbij.",
         [("YPG", "withdraw from", "Manbij", False, True)], [("Turkey", "Manbij")]),
        ("Nigeria sends a request to Britain to extradite the former minister Diezani "
         "Alison-Madueke.",
         [("United Kingdom", "extradite", "Diezani Alison-Madueke", False, True)], []),
        ("Turkey gives the Kurdish YPG an ultimatum to withdraw from Manbij.",
         [("Kurdish YPG", "withdraw from", "Manbij", False, True)], []),
        ("Israel sends an invitation to Saudi Arabia to join the talks.",
         [("Saudi Arabia", "join", "talks", False, True)], []),
        # guards: turned down (the rejecter does not extradite); no addressee
        ("Britain rejects a request from Nigeria to extradite Diezani Alison-Madueke.",
         [("United Kingdom", "extradite", "Diezani Alison-Madueke", True, False)],
         [("Nigeria", "Diezani Alison-Madueke")]),
        ("Turkey issues an ultimatum to withdraw from Manbij.", [], [("Turkey", "Manbij")]),
    ],
    "a plot, and plans worked out": [
        ("The coup leaders hatch a plot to assassinate President Alassane Ouattara.",
         [("coup leaders", "plot to assassinate", "Alassane Ouattara", False, True)], []),
        ("Ethiopia is preparing plans to invade Eritrea.",
         [("Ethiopia", "plan to invade", "Eritrea", False, True)], []),
        ("The Taliban draft a proposal to expel Pakistani diplomats.",
         [("Taliban", "proposal to expel", "Pakistan", False, True)], []),
        # guards: who foils or criticises a plot or plan does not plot
        ("Austrian police foil a plot by Islamic State supporters to attack the Vienna "
         "synagogue.", [], [("police", "Vienna synagogue")]),
        ("Kuwait criticises plans by Iraq to annex the Bubiyan island.",
         [], [("Kuwait", "Bubiyan island")]),
    ],
    "who stands trial": [
        ("The former police officer Derek Chauvin goes on trial for murdering George Floyd.",
         [("Derek Chauvin", "murder", "George Floyd", False, True)], []),
        ("The Peruvian former president Pedro Castillo stands trial for conspiring against "
         "President Dina Boluarte.",
         [("Pedro Castillo", "conspire against", "Dina Boluarte", False, True)], []),
        ("Derek Chauvin faces trial for the murder of George Floyd.",
         [("Derek Chauvin", "murder", "George Floyd", False, True)], []),
        ("The Serbian general Ratko Mladić goes on trial over the killing of Bosnian "
         "Muslims in Srebrenica.",
         [("Ratko Mladić", "kill", "Bosnian Muslims", False, True)], []),
        # guard: who calls for a trial tried nothing
        ("The family of George Floyd calls for a trial over the killing of George Floyd.",
         [], [("family", "George Floyd")]),
    ],
    "whom a warrant is for": [
        ("The International Criminal Court issues an arrest warrant for Vladimir Putin over "
         "the deportation of Ukrainian children.",
         [("Vladimir Putin", "deport", "Ukrainian children", False, True)], []),
        ("Iran issues an arrest warrant for Donald Trump over the killing of Qasem "
         "Soleimani.", [("Donald Trump", "kill", "Qasem Soleimani", False, True)], []),
        ("An arrest warrant is issued for Vladimir Putin over the deportation of Ukrainian "
         "children.", [("Vladimir Putin", "deport", "Ukrainian children", False, True)],
         []),
        # guard: who issues the warrant did nothing
        ("Iran issues an arrest warrant for Donald Trump over the killing of Qasem "
         "Soleimani.", [], [("Iran", "Qasem Soleimani")]),
    ],
    "the deed hung on the judged one": [
        ("Kenya accuses Al-Shabaab of the attack on Garissa University.",
         [("Al-Shabaab", "attack", "Garissa University", False, True)],
         [("Kenya", "Garissa University")]),
        ("Turkey accuses the PKK of the bombing of the Ankara railway station.",
         [("PKK", "bomb", "Ankara railway station", False, True)], []),
        # guard: an accusation of a deed with its own doer
        ("Kenya accuses Somalia of ignoring the attack by Al-Shabaab on Garissa University.",
         [], [("Somalia", "Garissa University")]),
    ],
    "rejects claims that": [
        ("Iran rejects claims that it supplied drones to Russia.",
         [("Iran", "supply", "Russia", True, True)], []),
        ("Moscow rejects claims that Russian hackers attacked the German parliament.",
         [("Russian hackers", "attack", "Germany", True, False)], []),
        ("The Kremlin rejects claims that Russian hackers attacked the German parliament.",
         [("Russian hackers", "attack", "Germany", True, False)], []),
        # guard: a claim made, not rejected
        ("Iran claims that Israeli drones attacked Isfahan.",
         [("Israel", "attack", "Isfahan", False, True)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(REAL_SENTENCES))
def test_real_sentences(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
