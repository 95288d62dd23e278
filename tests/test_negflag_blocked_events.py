"""Event nouns kept from happening, and a "not" that belongs to another's act.

- A foiled or prevented event noun did not happen ("police foiled an attack on X",
  :func:`extract.context.negation`); not when the foiling is itself negated, failed,
  refused or only possible ("did not prevent the attack", "failed to prevent it", "is
  expected to prevent it"), nor done by a device ("sought an injunction preventing the
  acquisition of X"), nor the relation that names the verb ("Israel —prevent attack→ X":
  the preventing happened; it was negated before). A blocked plan or proposal stays a plan
  ("blocked Siemens's proposed takeover of Alstom": hedged, not negated).
- A "not" on a verb of reaction does not deny the event noun object that another does:
  "China did not condemn the attack on Israel by Hamas", "India has not criticised the
  invasion of Ukraine by Russia" (:func:`extract.rules.nominal.agents_apart`); "Hamas did
  not launch the attack" and "Israel did not allow the delivery of aid by the UN" still
  deny it.
- "Ukraine foiled a Russian plot to assassinate Zelensky" parsed with the infinitive a
  purpose of "foiled": it is the plot's (:func:`extract.hygiene._foiled_plan_infinitive`),
  so Ukraine is not said to assassinate anyone.
"""

from __future__ import annotations

import pytest
from actorgraph.extract.context import negation
from actorgraph.extract.hygiene import _foiled_plan_infinitive
from actorgraph.extract.rules.nominal import agents_apart

from tests.constructions import cases, check_construction
from tests.docs import parse


def test_prevented_event_noun_is_negated():
    doc = parse("Police prevented an attack on Kyiv", """
        1 nsubj NOUN police NNS
        1 ROOT VERB prevent VBD
        3 det DET an DT
        1 dobj NOUN attack NN
        3 prep ADP on IN
        4 pobj PROPN Kyiv NNP
    """)
    assert negation(doc[3])
    assert not negation(doc[3], own_event=False)
    assert not negation(doc[1])


def test_guard_a_blocked_proposal_is_not_negated():
    doc = parse("Hungary blocked new sanctions against Russia", """
        1 nsubj PROPN Hungary NNP
        1 ROOT VERB block VBD
        3 amod ADJ new JJ
        1 dobj NOUN sanction NNS
        3 prep ADP against IN
        4 pobj PROPN Russia NNP
    """)
    assert not negation(doc[3])


def test_guard_a_negated_or_failed_prevention():
    doc = parse("police did not prevent the attack", """
        3 nsubj NOUN police NNS
        3 aux AUX do VBD
        3 neg PART not RB
        3 ROOT VERB prevent VB
        5 det DET the DT
        3 dobj NOUN attack NN
    """)
    assert not negation(doc[5])
    doc = parse("police failed to prevent the attack", """
        1 nsubj NOUN police NNS
        1 ROOT VERB fail VBD
        3 aux PART to TO
        1 xcomp VERB prevent VB
        5 det DET the DT
        3 dobj NOUN attack NN
    """)
    assert not negation(doc[5])


def test_guard_a_possible_prevention():
    doc = parse("police may prevent the attack", """
        2 nsubj NOUN police NNS
        2 aux AUX may MD
        2 ROOT VERB prevent VB
        4 det DET the DT
        2 dobj NOUN attack NN
    """)
    assert not negation(doc[4])


def test_agents_apart_from_the_negated_verbs_subject():
    doc = parse("China did not condemn the attack by Hamas", """
        3 nsubj PROPN China NNP
        3 aux AUX do VBD
        3 neg PART not RB
        3 ROOT VERB condemn VB
        5 det DET the DT
        3 dobj NOUN attack NN
        5 prep ADP by IN
        6 pobj PROPN Hamas NNP
    """)
    assert agents_apart(doc[5], [doc[7]])
    assert not agents_apart(doc[5], [doc[0]])


def test_guard_a_letting_verb_shares_its_negation():
    doc = parse("Israel did not allow the delivery by UN", """
        3 nsubj PROPN Israel NNP
        3 aux AUX do VBD
        3 neg PART not RB
        3 ROOT VERB allow VB
        5 det DET the DT
        3 dobj NOUN delivery NN
        5 prep ADP by IN
        6 pobj PROPN UN NNP
    """)
    assert not agents_apart(doc[5], [doc[7]])


def test_foiled_plot_keeps_its_infinitive():
    doc = parse("Kyiv foiled a plot to kill Zelensky", """
        1 nsubj PROPN Kyiv NNP
        1 ROOT VERB foil VBD
        3 det DET a DT
        1 dobj NOUN plot NN
        5 aux PART to TO
        1 advcl VERB kill VB
        5 dobj PROPN Zelensky NNP
    """)
    _foiled_plan_infinitive(doc[5])
    assert doc[5].head.i == 3 and doc[5].dep_ == "acl"


def test_guard_a_purpose_after_another_verb():
    doc = parse("Israel used the truce to rearm", """
        1 nsubj PROPN Israel NNP
        1 ROOT VERB use VBD
        3 det DET the DT
        1 dobj NOUN truce NN
        5 aux PART to TO
        1 advcl VERB rearm VB
    """)
    _foiled_plan_infinitive(doc[5])
    assert doc[5].head.i == 1 and doc[5].dep_ == "advcl"


_BLOCKED = {
    "a foiled or prevented event noun": [
        ("Police prevented an attack on the mosque by the gunmen.",
         [("gunmen", "attack", "mosque", True, False)], []),
    ],
    "guard: the prevention denied, failed or only expected; the verb's own relation": [
        ("Police did not prevent the attack on the mosque by the gunmen.",
         [("gunmen", "attack", "mosque", False, False)], []),
        ("Hungary is expected to veto the European Union's new package of sanctions "
         "against Russia.",
         [("European Union", "sanction", "Russia", False, True)], []),
        ("Israel prevented an attack on the mosque.",
         [("Israel", "prevent attack", "mosque", False, False)], []),
        ("The FTC voted to seek a preliminary injunction preventing the acquisition of "
         "Medsource by Carrollton.",
         [("Carrollton", "acquire", "Medsource", False, False)], []),
        ("Germany's cartel office blocked Siemens's proposed takeover of Alstom.",
         [("Siemens", "take over", "Alstom", False, True)], []),
    ],
}

_ANOTHERS = {
    "a reaction's 'not' leaves another's event": [
        ("China did not condemn the attack on Israel by Hamas.",
         [("Hamas", "attack", "Israel", False, False)], []),
        ("India has not criticised the invasion of Ukraine by Russia.",
         [("Russia", "invade", "Ukraine", False, False)], []),
    ],
    "guard: one's own event, or one not let happen": [
        ("Hamas did not launch the attack on Israel.",
         [("Hamas", "attack", "Israel", True, False)], []),
        ("Israel did not allow the delivery of aid to Gaza by the UN.",
         [("United Nations", "deliver", "Gaza", True, False)], []),
    ],
}

_FOILED = {
    "a foiled plot's infinitive is the plot's": [
        ("Ukraine foiled a Russian plot to assassinate Zelensky.",
         [], [("Ukraine", "Zelensky")]),
        ("Police thwarted an Islamic State plot to bomb the embassy of France.",
         [], [("police", "France")]),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"),
                         cases(_BLOCKED, _ANOTHERS, _FOILED))
def test_blocked_events_on_the_model(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
