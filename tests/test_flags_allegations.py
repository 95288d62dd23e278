"""Flags of what an accuser, a suit or an agreement puts forward, and of an inability.

- What a participle of saying gives as the grounds of a suit or an accusation is alleged,
  so hedged: "Tesla sued Rivian, saying the startup poached its engineers", "Greenpeace
  filed a complaint, saying Shell misled investors" (the participle hangs on a verb of
  accusing or on one whose object is a suit or a charge; not "the UN published a report,
  saying ...").
- A claim noun set off after a report labels what it reports: "M23 said it captured Sake,
  a claim AFP could not verify" hedges the capture (also when the parser hangs the noun on
  the reporter rather than on the reported clause); a label that is said to be confirmed
  ("a claim Israel later confirmed") does not.
- What an agreement lets happen or binds its party to later is only agreed: "Iran agreed
  to allow inspectors to return" hedges the return, "agreed to raise output and to keep the
  price" the keeping; the agreement itself ("agree to release") stays stated.
- A report made as an accusation or a counter-claim is the party's claim: "Kyiv said
  Russian troops shelled Kherson, accusing Moscow of war crimes", "Eritrea called the
  allegations fabricated and said Ethiopia was seeking a pretext" hedge what is said; a
  plain "X said", what the party says it did itself ("Israel said it struck X, accusing
  Hamas of ...") and a blame on no one ("blaming human error") do not.
- What a verb of avenging, punishing, condemning or investigating answers happened, when
  definite or possessed: "Hezbollah vowed to avenge Israel's killing of Fuad Shukr" states
  the killing (the vow is hedged, the killing is not); "may delay the release of X" and
  "vowed to avenge an attack" are not read so.
- "unable to" is the relation's negation, not part of its name: "AFP was unable to verify
  the toll" gives a negated "verify" (a negated "unable to verify" would deny it twice).
"""

from __future__ import annotations

import pytest
from actorgraph.extract.context import modality
from actorgraph.extract.triples import all_triples

from tests.constructions import cases, check_construction
from tests.docs import parse

#: (sentence, rows, index of the predicate, hedged)
_ALLEGING_PARTICIPLES = [
    ("Tesla sued Rivian , saying Rivian poached engineers", """
        1 nsubj PROPN Tesla NNP
        1 ROOT VERB sue VBD
        1 dobj PROPN Rivian NNP
        1 punct PUNCT , ,
        1 advcl VERB say VBG
        6 nsubj PROPN Rivian NNP
        4 ccomp VERB poach VBD
        6 dobj NOUN engineer NNS
    """, 6, True),
    ("Greenpeace filed a complaint , saying Shell misled investors", """
        1 nsubj PROPN Greenpeace NNP
        1 ROOT VERB file VBD
        3 det DET a DT
        1 dobj NOUN complaint NN
        1 punct PUNCT , ,
        1 advcl VERB say VBG
        7 nsubj PROPN Shell NNP
        5 ccomp VERB mislead VBD
        7 dobj NOUN investor NNS
    """, 7, True),
    ("Hamas accused Israel of crimes , saying troops shot civilians", """
        1 nsubj PROPN Hamas NNP
        1 ROOT VERB accuse VBD
        1 dobj PROPN Israel NNP
        1 prep ADP of IN
        3 pobj NOUN crime NNS
        1 punct PUNCT , ,
        1 advcl VERB say VBG
        8 nsubj NOUN troop NNS
        6 ccomp VERB shoot VBD
        8 dobj NOUN civilian NNS
    """, 8, True),
    # guards: a report is no suit; a finite saying with a subject of its own is its source's
    ("The UN published a report , saying troops shot civilians", """
        2 det DET the DT
        2 nsubj PROPN UN NNP
        2 ROOT VERB publish VBD
        4 det DET a DT
        2 dobj NOUN report NN
        2 punct PUNCT , ,
        2 advcl VERB say VBG
        8 nsubj NOUN troop NNS
        6 ccomp VERB shoot VBD
        8 dobj NOUN civilian NNS
    """, 8, False),
    ("Apple won the case , saying Samsung copied designs", """
        1 nsubj PROPN Apple NNP
        1 ROOT VERB win VBD
        3 det DET the DT
        1 dobj NOUN case NN
        1 punct PUNCT , ,
        1 advcl VERB say VBG
        7 nsubj PROPN Samsung NNP
        5 ccomp VERB copy VBD
        7 dobj NOUN design NNS
    """, 7, False),
    ("Tesla sued Rivian after Ford said Rivian poached engineers", """
        1 nsubj PROPN Tesla NNP
        1 ROOT VERB sue VBD
        1 dobj PROPN Rivian NNP
        5 mark SCONJ after IN
        5 nsubj PROPN Ford NNP
        1 advcl VERB say VBD
        7 nsubj PROPN Rivian NNP
        5 ccomp VERB poach VBD
        7 dobj NOUN engineer NNS
    """, 7, False),
]

_LABELLED_REPORTS = [
    ("M23 said it captured Sake , a claim AFP could not verify", """
        1 nsubj PROPN M23 NNP
        1 ROOT VERB say VBD
        3 nsubj PRON it PRP
        1 ccomp VERB capture VBD
        3 dobj PROPN Sake NNP
        1 punct PUNCT , ,
        7 det DET a DT
        0 appos NOUN claim NN
        11 nsubj PROPN AFP NNP
        11 aux AUX could MD
        11 neg PART not RB
        7 relcl VERB verify VB
    """, 3, True),
    ("Hamas said it killed soldiers , an allegation Israel denied", """
        1 nsubj PROPN Hamas NNP
        1 ROOT VERB say VBD
        3 nsubj PRON it PRP
        1 ccomp VERB kill VBD
        3 dobj NOUN soldier NNS
        1 punct PUNCT , ,
        7 det DET an DT
        1 appos NOUN allegation NN
        9 nsubj PROPN Israel NNP
        7 relcl VERB deny VBD
    """, 3, True),
    ("Kyiv said drones struck Ryazan , an assertion Moscow rejected", """
        1 nsubj PROPN Kyiv NNP
        1 ROOT VERB say VBD
        3 nsubj NOUN drone NNS
        1 ccomp VERB strike VBD
        3 dobj PROPN Ryazan NNP
        1 punct PUNCT , ,
        7 det DET an DT
        0 appos NOUN assertion NN
        9 nsubj PROPN Moscow NNP
        7 relcl VERB reject VBD
    """, 3, True),
    # guards: a confirmed claim; an apposition that is no claim
    ("Hamas said it captured Shalit , a claim Israel confirmed", """
        1 nsubj PROPN Hamas NNP
        1 ROOT VERB say VBD
        3 nsubj PRON it PRP
        1 ccomp VERB capture VBD
        3 dobj PROPN Shalit NNP
        1 punct PUNCT , ,
        7 det DET a DT
        0 appos NOUN claim NN
        9 nsubj PROPN Israel NNP
        7 relcl VERB confirm VBD
    """, 3, False),
    ("Ukraine said Russia shelled Kherson , a city on the Dnipro", """
        1 nsubj PROPN Ukraine NNP
        1 ROOT VERB say VBD
        3 nsubj PROPN Russia NNP
        1 ccomp VERB shell VBD
        3 dobj PROPN Kherson NNP
        4 punct PUNCT , ,
        7 det DET a DT
        4 appos NOUN city NN
        7 prep ADP on IN
        10 det DET the DT
        8 pobj PROPN Dnipro NNP
    """, 3, False),
]

_AGREED = [
    ("Israel agreed to let Egypt deploy troops", """
        1 nsubj PROPN Israel NNP
        1 ROOT VERB agree VBD
        3 aux PART to TO
        1 xcomp VERB let VB
        5 nsubj PROPN Egypt NNP
        3 ccomp VERB deploy VB
        5 dobj NOUN troop NNS
    """, 5, True),
    ("Iran agreed to allow inspectors to return", """
        1 nsubj PROPN Iran NNP
        1 ROOT VERB agree VBD
        3 aux PART to TO
        1 xcomp VERB allow VB
        6 nsubj NOUN inspector NNS
        6 aux PART to TO
        3 ccomp VERB return VB
    """, 6, True),
    ("OPEC agreed to raise output and to keep prices", """
        1 nsubj PROPN OPEC NNP
        1 ROOT VERB agree VBD
        3 aux PART to TO
        1 xcomp VERB raise VB
        3 dobj NOUN output NN
        3 cc CCONJ and CC
        7 aux PART to TO
        3 conj VERB keep VB
        7 dobj NOUN price NNS
    """, 7, True),
    # guards: the agreed infinitive itself keeps the agreement ("agree to raise", "agree
    # to host"); a letting that no one agreed to
    ("OPEC agreed to raise output and to keep prices", """
        1 nsubj PROPN OPEC NNP
        1 ROOT VERB agree VBD
        3 aux PART to TO
        1 xcomp VERB raise VB
        3 dobj NOUN output NN
        3 cc CCONJ and CC
        7 aux PART to TO
        3 conj VERB keep VB
        7 dobj NOUN price NNS
    """, 3, False),
    ("Qatar agreed to host talks", """
        1 nsubj PROPN Qatar NNP
        1 ROOT VERB agree VBD
        3 aux PART to TO
        1 xcomp VERB host VB
        3 dobj NOUN talk NNS
    """, 3, False),
    ("Israel let Egypt deploy troops", """
        1 nsubj PROPN Israel NNP
        1 ROOT VERB let VBD
        3 nsubj PROPN Egypt NNP
        1 ccomp VERB deploy VB
        3 dobj NOUN troop NNS
    """, 3, False),
]


_DISPUTING_REPORTS = [
    ("Kyiv said Russia shelled Kherson , accusing Moscow of crimes", """
        1 nsubj PROPN Kyiv NNP
        1 ROOT VERB say VBD
        3 nsubj PROPN Russia NNP
        1 ccomp VERB shell VBD
        3 dobj PROPN Kherson NNP
        3 punct PUNCT , ,
        3 advcl VERB accuse VBG
        6 dobj PROPN Moscow NNP
        6 prep ADP of IN
        8 pobj NOUN crime NNS
    """, 3, True),
    ("Israel said Hezbollah fired rockets , blaming Iran for escalation", """
        1 nsubj PROPN Israel NNP
        1 ROOT VERB say VBD
        3 nsubj PROPN Hezbollah NNP
        1 ccomp VERB fire VBD
        3 dobj NOUN rocket NNS
        1 punct PUNCT , ,
        1 advcl VERB blame VBG
        6 dobj PROPN Iran NNP
        6 prep ADP for IN
        8 pobj NOUN escalation NN
    """, 3, True),
    ("Eritrea called the allegations fabricated and said Ethiopia sought pretext", """
        1 nsubj PROPN Eritrea NNP
        1 ROOT VERB call VBD
        3 det DET the DT
        1 dobj NOUN allegation NNS
        1 oprd ADJ fabricated JJ
        1 cc CCONJ and CC
        1 conj VERB say VBD
        8 nsubj PROPN Ethiopia NNP
        6 ccomp VERB seek VBD
        8 dobj NOUN pretext NN
    """, 8, True),
    # guards: the party's own act; a blame on no one; a plain report
    ("Israel said it struck Gaza , accusing Hamas of attacks", """
        1 nsubj PROPN Israel NNP
        1 ROOT VERB say VBD
        3 nsubj PRON it PRP
        1 ccomp VERB strike VBD
        3 dobj PROPN Gaza NNP
        3 punct PUNCT , ,
        3 advcl VERB accuse VBG
        6 dobj PROPN Hamas NNP
        6 prep ADP of IN
        8 pobj NOUN attack NNS
    """, 3, False),
    ("Iran acknowledged its army shot down jet , blaming error", """
        1 nsubj PROPN Iran NNP
        1 ROOT VERB acknowledge VBD
        3 poss PRON its PRP$
        4 nsubj NOUN army NN
        1 ccomp VERB shoot VBD
        4 prt ADP down RP
        4 dobj NOUN jet NN
        4 punct PUNCT , ,
        4 advcl VERB blame VBG
        8 dobj NOUN error NN
    """, 4, False),
    ("The Pentagon said jets struck radar sites", """
        1 det DET the DT
        2 nsubj PROPN Pentagon NNP
        2 ROOT VERB say VBD
        4 nsubj NOUN jet NNS
        2 ccomp VERB strike VBD
        6 compound NOUN radar NN
        4 dobj NOUN site NNS
    """, 4, False),
]


@pytest.mark.parametrize(("sentence", "rows", "index", "hedged"), _DISPUTING_REPORTS)
def test_a_report_made_as_an_accusation_is_the_partys_claim(sentence, rows, index, hedged):
    doc = parse(sentence, rows)
    assert modality(doc[index]).hedged is hedged


_ANSWERED = [
    ("Hezbollah vowed to avenge Israel 's killing", """
        1 nsubj PROPN Hezbollah NNP
        1 ROOT VERB vow VBD
        3 aux PART to TO
        1 xcomp VERB avenge VB
        6 poss PROPN Israel NNP
        4 case PART 's POS
        3 dobj NOUN killing NN
    """, 6, True),
    ("the UN will investigate the shelling", """
        1 det DET the DT
        3 nsubj PROPN UN NNP
        3 aux AUX will MD
        3 ROOT VERB investigate VB
        5 det DET the DT
        3 dobj NOUN shelling NN
    """, 5, True),
    ("Iran threatened to punish Israel 's attack", """
        1 nsubj PROPN Iran NNP
        1 ROOT VERB threaten VBD
        3 aux PART to TO
        1 xcomp VERB punish VB
        6 poss PROPN Israel NNP
        4 case PART 's POS
        3 dobj NOUN attack NN
    """, 6, True),
    # guards: an indefinite event; a verb that does not answer its object
    ("Kenya vowed to avenge an attack", """
        1 nsubj PROPN Kenya NNP
        1 ROOT VERB vow VBD
        3 aux PART to TO
        1 xcomp VERB avenge VB
        5 det DET an DT
        3 dobj NOUN attack NN
    """, 5, False),
    ("Russia may delay the release", """
        2 nsubj PROPN Russia NNP
        2 aux AUX may MD
        2 ROOT VERB delay VB
        4 det DET the DT
        2 dobj NOUN release NN
    """, 4, False),
]


@pytest.mark.parametrize(("sentence", "rows", "index", "realised"), _ANSWERED)
def test_what_a_verb_answers_happened(sentence, rows, index, realised):
    from actorgraph.extract.context import realised as is_realised

    doc = parse(sentence, rows)
    assert is_realised(doc[index]) is realised
    assert modality(doc[index]).hedged is not realised


@pytest.mark.parametrize(("sentence", "rows", "index", "hedged"), _ALLEGING_PARTICIPLES)
def test_what_a_suit_or_accusation_says_in_a_participle_is_alleged(sentence, rows, index,
                                                                  hedged):
    doc = parse(sentence, rows)
    assert modality(doc[index]).hedged is hedged


@pytest.mark.parametrize(("sentence", "rows", "index", "hedged"), _LABELLED_REPORTS)
def test_a_claim_noun_after_a_report_labels_what_it_reports(sentence, rows, index, hedged):
    doc = parse(sentence, rows)
    assert modality(doc[index]).hedged is hedged


@pytest.mark.parametrize(("sentence", "rows", "index", "hedged"), _AGREED)
def test_what_an_agreement_lets_happen_is_only_agreed(sentence, rows, index, hedged):
    doc = parse(sentence, rows)
    assert modality(doc[index]).hedged is hedged


_UNABLE = [
    ("Kenya was unable to reach Mogadishu", """
        1 nsubj PROPN Kenya NNP
        1 ROOT AUX be VBD
        1 acomp ADJ unable JJ
        4 aux PART to TO
        2 xcomp VERB reach VB
        4 dobj PROPN Mogadishu NNP
    """, ("Kenya", "reach", "Mogadishu", True)),
    ("Hamas is unwilling to release hostages", """
        1 nsubj PROPN Hamas NNP
        1 ROOT AUX be VBZ
        1 acomp ADJ unwilling JJ
        4 aux PART to TO
        2 xcomp VERB release VB
        4 dobj NOUN hostage NNS
    """, ("Hamas", "release", "hostages", True)),
    ("Reuters was unable to verify footage", """
        1 nsubj PROPN Reuters NNP
        1 ROOT AUX be VBD
        1 acomp ADJ unable JJ
        4 aux PART to TO
        2 xcomp VERB verify VB
        4 dobj NOUN footage NN
    """, ("Reuters", "verify", "footage", True)),
    # guards: an ability keeps its adjective; "not able to" is negated once, by the "not"
    ("Mugabe was able to negotiate immunity", """
        1 nsubj PROPN Mugabe NNP
        1 ROOT AUX be VBD
        1 acomp ADJ able JJ
        4 aux PART to TO
        2 xcomp VERB negotiate VB
        4 dobj NOUN immunity NN
    """, ("Mugabe", "able to negotiate", "immunity", False)),
    ("Kenya was not able to reach Mogadishu", """
        1 nsubj PROPN Kenya NNP
        1 ROOT AUX be VBD
        1 neg PART not RB
        1 acomp ADJ able JJ
        5 aux PART to TO
        3 xcomp VERB reach VB
        5 dobj PROPN Mogadishu NNP
    """, ("Kenya", "able to reach", "Mogadishu", True)),
]


@pytest.mark.parametrize(("sentence", "rows", "expected"), _UNABLE)
def test_unable_to_is_the_negation_not_the_relation(sentence, rows, expected):
    doc = parse(sentence, rows)
    found = {(t.subject.text, t.label, t.object.text, t.negated) for t in all_triples(doc)}
    assert expected in found, found
    subject, _, obj, _ = expected
    assert not any(s == subject and "unable" in r and o == obj for s, r, o, _ in found)


#: sentences run through the model: (sentence, present, absent)
CONSTRUCTIONS = {
    "a participle of saying on a suit or an accusation is alleged": [
        # (a named owner since session 44: "its technology", owner unfound, is dropped)
        ("Winslow filed a lawsuit in 1984, saying Haverford copied Winslow's technology.",
         [("Haverford", "copy", "Winslow's technology", False, True)], []),
        ("Greenpeace filed a complaint on Monday, saying Shell misled investors.",
         [("Shell", "mislead", "investors", False, True)], []),
        ("Hamas accused Israel of war crimes, saying Israeli troops shot civilians in Jenin.",
         [("Hamas", "accuse", "Israel", False, False),
          ("Israel", "shoot", "civilians", False, True)], []),
        # guards
        ("The UN published a report on Monday, saying Israeli troops shot civilians in "
         "Jenin.", [("Israel", "shoot", "civilians", False, False)], []),
        ("Apple won the case, saying Samsung copied the iPhone.",
         [("Samsung", "copy", "iPhone", False, False)], []),
    ],
    "a claim noun after a report labels what it reports": [
        ("M23 rebels said they captured Sake, a claim AFP could not verify.",
         [("M23", "capture", "Sake", False, True)], []),
        ("The Taliban said they seized Kunduz, a claim the government could not confirm.",
         [("Taliban", "seize", "Kunduz", False, True)], []),
        ("Ukraine said its drones struck a refinery in Ryazan, a claim Moscow rejected.",
         [("Ukraine", "strike", "refinery", False, True)], []),
        # guards
        ("Hamas said it captured the Israeli soldier Gilad Shalit, a claim Israel later "
         "confirmed.", [("Hamas", "capture", "Gilad Shalit", False, False)], []),
        ("Ukraine said Russia shelled Kherson, a city on the Dnipro.",
         [("Russia", "shell", "Kherson", False, False)], []),
    ],
    "what an agreement lets happen or binds to later is only agreed": [
        ("Israel agreed to let Egypt deploy troops in Sinai.",
         [("Egypt", "deploy", "troops", False, True)], []),
        ("Iran has agreed to allow U.N. nuclear inspectors to return to two of its "
         "enrichment sites.", [("United Nations", "return to", "enrichment sites", False,
                                True)], []),
        ("Israel consented to let aid trucks enter Gaza through Kerem Shalom.",
         [("aid trucks", "enter", "Gaza", False, True)], []),
        ("OPEC agreed to raise its output ceiling and to keep the reference price.",
         [("Organization of Petroleum Exporting Countries", "keep", "reference price", False,
           True)], []),
        # guards
        ("Hamas agreed to free ten hostages.",
         [("Hamas", "agree to free", "hostages", False, False)], []),
        ("Israel let Egypt deploy troops in Sinai.",
         [("Egypt", "deploy", "troops", False, False)], []),
    ],
    "a report made as an accusation or a counter-claim is the party's claim": [
        ("Kyiv said Russian troops shelled Kherson, accusing Moscow of war crimes.",
         [("Russia", "shell", "Kherson", False, True),
          ("Kyiv", "accuse", "Moscow", False, False)], []),
        ("Ethiopia said Eritrea had deployed tanks near Zalambessa, accusing Asmara of "
         "preparing an invasion.", [("Eritrea", "deploy", "tanks", False, True)], []),
        ("Russia rejected the report and said Ukrainian forces shelled the Zaporizhzhia "
         "plant.", [("Ukraine", "shell", "Zaporizhzhia plant", False, True)], []),
        ("Israel said Hezbollah fired rockets at Metula, blaming Iran for the escalation.",
         [("Hezbollah", "fire", "rockets", False, True)], []),
        # guards
        ("Israel said it struck a Hamas command centre, accusing the group of hiding in "
         "hospitals.", [("Israel", "strike", "Hamas command centre", False, False)], []),
        ("Representatives from Iran acknowledged their government had shot down a Ukrainian "
         "passenger jet, blaming human error.",
         [("Iran", "shoot down", "Ukrainian passenger jet", False, False)], []),
        ("The Pentagon said American jets struck Houthi radar sites.",
         [("United States", "strike", "Houthi radar sites", False, False)], []),
    ],
    "what a verb of avenging, punishing or investigating answers happened": [
        ("Hezbollah vowed to avenge Israel's killing of Fuad Shukr.",
         [("Israel", "kill", "Fuad Shukr", False, False)], []),
        ("Iran threatened to punish Israel's attack on its consulate.",
         [("Israel", "attack", "Iran's consulate", False, False)], []),
        ("The UN will investigate the shelling of the camp by Russian forces.",
         [("Russia", "shell", "camp", False, False),
          ("United Nations", "investigate", "shelling of camp", False, True)], []),
        # guard: what is only delayed
        ("Russia may delay the release of Evan Gershkovich.",
         [("Russia", "delay release", "Evan Gershkovich", False, True)], []),
    ],
    "unable to: a negated relation, not a negated inability": [
        ("AFP was unable to independently verify the toll.",
         [("AFP", "verify", "toll", True, False)], []),
        ("Kenya was unable to reach Somalia's leaders.",
         [("Kenya", "reach", "Somalia", True, False)], []),
        ("Rescuers were unable to reach Derna, officials said.",
         [("rescuers", "reach", "Derna", True, False)], []),
        # guard
        ("Mugabe was able to negotiate immunity from prosecution.",
         [("Mugabe", "able to negotiate", "immunity", False, False)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(CONSTRUCTIONS))
def test_constructions(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
