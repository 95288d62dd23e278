"""Flags and classes of wire triples as a strict reader judges them.

- What a concluded deal binds its party to do is still to be done: "Samsung signed a
  deal to supply chips to Nvidia over the next two years" is hedged (the deal, "sign
  deal", is not), unless concluding the deal does it ("reached an agreement to avert a
  trade war").
- An agreement the relation names is stated: "Merz and Macron agreed to buy an air
  defence system" is "agree to buy", not hedged ([agreeing_verbs]); "will agree to" is,
  and a joint act agreed on alone ("agreed to hold talks": "talk") still is.
- A relation that keeps its verb with an event noun is the verb's claim: "blocked the
  proposed takeover of Clicks Group" ("block takeover") is not hedged by "proposed"; a
  relation that is the noun alone ("launched an alleged attack" -> "attack") is.
- A text's future act is what it provides, no threat: "a bill that would bar members of
  Congress from trading stocks" keeps the class of barring ([law_nouns]).
"""

from __future__ import annotations

import pytest
from actorgraph.extract.context import modality
from actorgraph.extract.triples import all_triples

from tests.constructions import check_precision
from tests.docs import parse


def _deal_doc(verb: str, verb_lemma: str):
    return parse(f"Samsung {verb} a deal to supply chips to Nvidia", f"""
        1 nsubj PROPN Samsung NNP
        1 ROOT VERB {verb_lemma} VBD
        3 det DET a DT
        1 dobj NOUN deal NN
        5 aux PART to TO
        3 acl VERB supply VB
        5 dobj NOUN chip NNS
        5 prep ADP to IN
        7 pobj PROPN Nvidia NNP
    """, ents={"Samsung": "ORG", "Nvidia": "ORG"})


@pytest.mark.parametrize(("verb", "lemma"), [("signed", "sign"), ("reached", "reach"),
                                             ("clinched", "clinch")])
def test_what_a_concluded_deal_binds_to_is_hedged(verb, lemma):
    doc = _deal_doc(verb, lemma)
    assert modality(doc[5]).hedged  # the supply
    assert not modality(doc[1]).hedged  # the signing itself


def test_an_infinitive_of_a_reviewed_deal_is_not_made_certain():
    # (guard) "reviewed a deal to supply": no deal verb, nothing read through it
    doc = _deal_doc("reviewed", "review")
    assert not modality(doc[1]).hedged


def _complement_hedges(text: str, rows: str, ents: dict[str, str]):
    return {(t.subject.text, t.label, t.object.text): t.hedged
            for t in all_triples(parse(text, rows, ents=ents)) if t.pattern == "complement"}


def test_an_agreement_to_act_is_stated():
    found = _complement_hedges("Iran agreed to release the tanker", """
        1 nsubj PROPN Iran NNP
        1 ROOT VERB agree VBD
        3 aux PART to TO
        1 xcomp VERB release VB
        5 det DET the DT
        3 dobj NOUN tanker NN
    """, {"Iran": "GPE"})
    assert found[("Iran", "agree to release", "tanker")] is False


def test_a_consent_to_act_is_stated():
    found = _complement_hedges("Hungary consented to sell the stake", """
        1 nsubj PROPN Hungary NNP
        1 ROOT VERB consent VBD
        3 aux PART to TO
        1 xcomp VERB sell VB
        5 det DET the DT
        3 dobj NOUN stake NN
    """, {"Hungary": "GPE"})
    assert found[("Hungary", "consent to sell", "stake")] is False


def test_a_future_agreement_and_a_plan_stay_hedged():
    # (guards) "will agree to release", "plans to release": not yet
    found = _complement_hedges("Iran will agree to release the tanker", """
        2 nsubj PROPN Iran NNP
        2 aux AUX will MD
        2 ROOT VERB agree VB
        4 aux PART to TO
        2 xcomp VERB release VB
        6 det DET the DT
        4 dobj NOUN tanker NN
    """, {"Iran": "GPE"})
    assert found[("Iran", "agree to release", "tanker")] is True
    found = _complement_hedges("Iran planned to release the tanker", """
        1 nsubj PROPN Iran NNP
        1 ROOT VERB plan VBD
        3 aux PART to TO
        1 xcomp VERB release VB
        5 det DET the DT
        3 dobj NOUN tanker NN
    """, {"Iran": "GPE"})
    assert found[("Iran", "plan to release", "tanker")] is True


_WIRE_FLAGS = [
    # a deal's infinitive: hedged; the deal itself: stated
    ("Samsung Electronics has signed a deal to supply memory chips to Nvidia over the next "
     "two years.",
     [("Samsung Electronics", "supply memory chip to", "Nvidia", True),
      ("Samsung Electronics", "sign", "deal to supply memory chips", False)], []),
    ("Exxon signed an agreement to sell its Nigerian assets to Seplat.",
     [("Exxon", "sell", "Nigerian assets", True)], []),
    ("First Midland said it signed a definitive agreement to acquire Riverside National Bank.",
     [("First Midland", "acquire", "Riverside National Bank", True)], []),
    # (guard) what concluding the deal does is as certain as the deal
    ("The European Community and the United States reached a last-minute agreement to avert "
     "a trade war over EC grain sales to Spain.",
     [("European Community", "avert", "trade war over EC grain sales", False)], []),
    # agreeing: stated; a future agreement, a plan and an agreed joint act: hedged
    ("German Chancellor Friedrich Merz and French President Emmanuel Macron agreed on Monday "
     "to jointly buy a European-made air defence system.",
     [("Friedrich Merz", "agree to buy", "European-made air defence system", False)], []),
    ("Hungary consented to sell the stake to Turkey.",
     [("Hungary", "consent to sell stake to", "Turkey", False)], []),
    ("Iran will agree to release the British tanker.",
     [("Iran", "agree to release", "British tanker", True)], []),
    ("Russia and Ukraine agreed to hold talks in Istanbul.",
     [("Russia", "talk", "Ukraine", True), ("Russia", "agree to hold", "talks", False)], []),
    # a relation that keeps its verb: the noun's "proposed" is not its hedge
    ("South Africa's competition regulator on Friday blocked the proposed takeover of "
     "pharmacy chain Clicks Group.",
     [("South Africa competition regulator", "block takeover", "Clicks Group", False)], []),
    ("The European Commission rejected the planned acquisition of Alstom.",
     [("European Commission", "reject acquisition", "Alstom", False)], []),
    ("Russia launched an alleged attack on Kyiv.", [("Russia", "attack", "Kyiv", True)], []),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "wanted", "unwanted"), _WIRE_FLAGS,
                         ids=[row[0][:40] for row in _WIRE_FLAGS])
def test_wire_flags(extractor, text, wanted, unwanted):
    check_precision(extractor, text, wanted, unwanted)


_TEXT_ACTS = [
    # (sentence, subject, relation label, class)
    ("The Senate passed a bipartisan bill that would bar members of Congress from trading "
     "stocks.", "bipartisan bill", "bar from stock", "COERCE"),
    ("The law would ban TikTok from operating in the United States.", "law",
     "ban from operating", "COERCE"),
    ("The bill would impose sanctions on Russia.", "bill", "impose sanction", "COERCE"),
    ("The new law would expel Russian diplomats.", "law", "expel", "SANCTION"),
    # (guard) an actor's future act of force is a threat
    ("Iran would attack Israel if provoked.", "Iran", "attack", "THREATEN"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "subject", "relation", "event_class"), _TEXT_ACTS,
                         ids=[row[0][:40] for row in _TEXT_ACTS])
def test_a_texts_future_act_is_no_threat(extractor, text, subject, relation, event_class):
    from actorgraph.records import Article

    (result,) = extractor.extract([Article("t", text)])
    classes = {(t.subject.label, t.relation.label): t.relation.event_class
               for t in result.triples}
    assert classes.get((subject, relation)) == event_class, classes
