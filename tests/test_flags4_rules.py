"""Flags of session 27's flag round (negated and hedged main triples), one construction each,
on hand-built parses (the model's parse of sentences written for these tests) and on the
model:

- a confirmation or denial left open ("neither confirmed nor denied that X ...", "would not
  confirm or deny", "did not confirm reports that ...") hedges its clause and denies nothing
  (:func:`extract.context.left_open`);
- a negation that is itself only possible, asked for, intended or expected leaves its
  relation hedged, not denied ("may not attack", "may refuse to extradite", "urged X to
  stop bombing Y", "did not rule out / refused to rule out
  sending troops"; :func:`extract.context.unsure_negation`);
- "went on to V" and "did not hesitate to V" state V as done ([unhesitating_verbs]);
- "nearly" / "almost" on a verb say its act fell short: negated ([near_miss_adverbs],
  :func:`extract.context.near_miss`);
- a verb of preventing that failed ("failed to stop / was unable to prevent / could not stop
  X from V-ing") leaves what X did done (:func:`extract.rules.base.failed_preventing`);
- a report from a source said to be unnamed ("anonymous sources", "an unnamed official") is
  hedged ([anonymity_modifiers]; a bare "sources said" is not);
- a called-off event noun with an "of" phrase that names no one is negated too ("suspended
  the deployment of its police officers to Haiti");
- "disputed claims that X ..." denies the clause ([denial_verbs]);
- an event noun parsed after the "to" of a passive verb of intent is only planned ("is set
  to host talks between X and Y");
- a headline infinitive at the root is future ("Pope Francis to meet X");
- "Y faces N from X": X -N-> Y, hedged;
- a "not" with "without" and a noun denies only the manner ("did not release Khan without
  conditions": released);
- a modal the parser hung on the "have" of the perfect hedges ("Iran may have enriched
  uranium"); a "whether" clause is unasserted wherever it hangs ("an investigation into
  whether Meta breached the act");
- an intention voiced is its speaker's, hedged ("Iran signals readiness to resume talks",
  "expressed willingness to", [holding_verbs]);
- what a plan or attempt that fails or collapses was to do is negated ("Kenya's attempt to
  deploy police fails": a negated deployment; the attempt was made), and so is the
  reciprocal act of two sides that fail or refuse to do it ("Israel and Hamas fail to
  agree").
"""

from __future__ import annotations

import pytest
from actorgraph.extract.context import (
    called_off,
    degree_negated,
    denied,
    headline_infinitive,
    is_future,
    left_open,
    modality,
    near_miss,
    negation,
    unasserted,
    unnamed_source,
    unsure_negation,
)
from actorgraph.extract.rules.base import failed_preventing, is_negated
from actorgraph.extract.rules.complements import failed_intention, intention_holders
from actorgraph.extract.triples import all_triples

from tests.constructions import cases, check_construction
from tests.docs import parse

# ---------------------------------------------------------------------------------------
# a confirmation or denial left open

#: (sentence, rows, clause verb, left open: hedged and not denied)
_OPEN = [
    ("Moscow neither confirmed nor denied that Kyiv shelled Donetsk", """
        2 nsubj PROPN Moscow NNP
        2 preconj CCONJ neither CC
        2 ROOT VERB confirm VBD
        2 cc CCONJ nor CC
        2 conj VERB deny VBD
        7 mark SCONJ that IN
        7 nsubj PROPN Kyiv NNP
        4 ccomp VERB shell VBD
        7 dobj PROPN Donetsk NNP
    """, 7, True),
    ("Israel would not confirm or deny that it struck Iran", """
        3 nsubj PROPN Israel NNP
        3 aux AUX would MD
        3 neg PART not RB
        3 ROOT VERB confirm VB
        3 cc CCONJ or CC
        3 conj VERB deny VB
        8 mark SCONJ that IN
        8 nsubj PRON it PRP
        5 ccomp VERB strike VBD
        8 dobj PROPN Iran NNP
    """, 8, True),
    ("Israel did not confirm reports that it struck Iran", """
        3 nsubj PROPN Israel NNP
        3 aux AUX do VBD
        3 neg PART not RB
        3 ROOT VERB confirm VB
        3 dobj NOUN report NNS
        7 mark SCONJ that IN
        7 nsubj PRON it PRP
        4 acl VERB strike VBD
        7 dobj PROPN Iran NNP
    """, 7, True),
    # guards: a plain denial denies; a confirmation states
    ("Russia denied that its jets bombed Kyiv", """
        1 nsubj PROPN Russia NNP
        1 ROOT VERB deny VBD
        5 mark SCONJ that IN
        4 poss PRON its PRP$
        5 nsubj NOUN jet NNS
        1 ccomp VERB bomb VBD
        5 dobj PROPN Kyiv NNP
    """, 5, False),
    ("Israel confirmed reports that it struck Iran", """
        1 nsubj PROPN Israel NNP
        1 ROOT VERB confirm VBD
        1 dobj NOUN report NNS
        5 mark SCONJ that IN
        5 nsubj PRON it PRP
        2 acl VERB strike VBD
        5 dobj PROPN Iran NNP
    """, 5, False),
]


@pytest.mark.parametrize(("sentence", "rows", "verb", "open_"), _OPEN)
def test_a_confirmation_or_denial_left_open_hedges_its_clause(sentence, rows, verb, open_):
    doc = parse(sentence, rows)
    clause = doc[verb]
    assert modality(clause).hedged is open_
    assert not negation(clause) if open_ else True
    assert not (clause.dep_ == "ccomp" and open_ and denied(clause))
    if sentence.startswith("Russia denied"):
        assert denied(clause) and negation(clause)


def test_left_open_needs_a_negated_confirmation():
    doc = parse(*_OPEN[0][:2])
    assert left_open(doc[4]) and left_open(doc[2])
    doc = parse(*_OPEN[3][:2])
    assert not left_open(doc[1])  # "denied that ...": a denial
    doc = parse(*_OPEN[4][:2])
    assert not left_open(doc[1])  # "confirmed reports that ...": stated


def test_a_gerund_neither_confirmed_nor_denied_is_hedged():
    doc = parse("Israel neither confirmed nor denied striking Iran", """
        2 nsubj PROPN Israel NNP
        2 preconj CCONJ neither CC
        2 ROOT VERB confirm VBD
        2 cc CCONJ nor CC
        2 conj VERB deny VBD
        4 xcomp VERB strike VBG
        5 dobj PROPN Iran NNP
    """, ents={"Israel": "GPE", "Iran": "GPE"})
    strikes = [t for t in all_triples(doc) if t.lemma == "strike"]
    assert strikes and all(t.hedged and not t.negated for t in strikes)
    # guard: "denied striking Iran" stays a negated strike
    doc = parse("Israel denied striking Iran", """
        1 nsubj PROPN Israel NNP
        1 ROOT VERB deny VBD
        1 xcomp VERB strike VBG
        2 dobj PROPN Iran NNP
    """, ents={"Israel": "GPE", "Iran": "GPE"})
    strikes = [t for t in all_triples(doc) if t.lemma == "strike"]
    assert strikes and all(t.negated for t in strikes)


# ---------------------------------------------------------------------------------------
# a negation that is only possible, asked for or expected

#: (sentence, rows, predicate index, index of the negating word, or None)
_UNSURE = [
    ("Iran may not attack Israel", """
        3 nsubj PROPN Iran NNP
        3 aux AUX may MD
        3 neg PART not RB
        3 ROOT VERB attack VB
        3 dobj PROPN Israel NNP
    """, 3, 2),
    ("Hungary may refuse to extradite Gruevski", """
        2 nsubj PROPN Hungary NNP
        2 aux AUX may MD
        2 ROOT VERB refuse VB
        4 aux PART to TO
        2 xcomp VERB extradite VB
        4 dobj PROPN Gruevski NNP
    """, 4, 2),
    ("Iran is not expected to attack Israel", """
        3 nsubjpass PROPN Iran NNP
        3 auxpass AUX be VBZ
        3 neg PART not RB
        3 ROOT VERB expect VBN
        5 aux PART to TO
        3 xcomp VERB attack VB
        5 dobj PROPN Israel NNP
    """, 5, None),  # (session 41: expected not to attack, a denial, negated and hedged)
    ("The UN urged Israel to stop bombing Gaza", """
        1 det DET the DT
        2 nsubj PROPN UN NNP
        2 ROOT VERB urge VBD
        2 dobj PROPN Israel NNP
        5 aux PART to TO
        2 xcomp VERB stop VB
        5 xcomp VERB bomb VBG
        6 dobj PROPN Gaza NNP
    """, 6, 5),
    ("France did not rule out sending troops", """
        3 nsubj PROPN France NNP
        3 aux AUX do VBD
        3 neg PART not RB
        3 ROOT VERB rule VB
        3 prt ADP out RP
        3 xcomp VERB send VBG
        5 dobj NOUN troop NNS
    """, 5, 3),
    ("Germany refused to rule out sending tanks", """
        1 nsubj PROPN Germany NNP
        1 ROOT VERB refuse VBD
        3 aux PART to TO
        1 xcomp VERB rule VB
        3 prt ADP out RP
        3 xcomp VERB send VBG
        5 dobj NOUN tank NNS
    """, 5, 3),
    # guards: a stated refusal, a future "not", an inability and a plain ruling out deny
    ("Hungary refused to extradite Gruevski", """
        1 nsubj PROPN Hungary NNP
        1 ROOT VERB refuse VBD
        3 aux PART to TO
        1 xcomp VERB extradite VB
        3 dobj PROPN Gruevski NNP
    """, 3, None),
    ("Israel will not release Barghouti", """
        3 nsubj PROPN Israel NNP
        3 aux AUX will MD
        3 neg PART not RB
        3 ROOT VERB release VB
        3 dobj PROPN Barghouti NNP
    """, 3, None),
    ("Iraq could not stop Iran", """
        3 nsubj PROPN Iraq NNP
        3 aux AUX could MD
        3 neg PART not RB
        3 ROOT VERB stop VB
        3 dobj PROPN Iran NNP
    """, 3, None),
    ("France ruled out sending troops", """
        1 nsubj PROPN France NNP
        1 ROOT VERB rule VBD
        1 prt ADP out RP
        1 xcomp VERB send VBG
        3 dobj NOUN troop NNS
    """, 3, None),
]


@pytest.mark.parametrize(("sentence", "rows", "predicate", "negator"), _UNSURE)
def test_a_negation_only_possible_or_asked_for_is_unsure(sentence, rows, predicate, negator):
    doc = parse(sentence, rows)
    found = unsure_negation(doc[predicate])
    assert (found.i if found is not None else None) == negator


def test_a_refused_ruling_out_names_the_ruling_out():
    doc = parse(*_UNSURE[5][:2], ents={"Germany": "GPE"})
    triples = {(t.lemma, t.negated) for t in all_triples(doc) if t.object.lower_ == "tanks"}
    # the ruling out is what was refused (negated); no refusal to send
    assert ("rule out to send", True) in triples
    assert not any(lemma.startswith("refuse") for lemma, _ in triples)


# ---------------------------------------------------------------------------------------
# "went on to V", "did not hesitate to V": done

#: (sentence, rows, entities, the relation's lemma)
_DONE = [
    ("Alcaraz went on to beat Djokovic", """
        1 nsubj PROPN Alcaraz NNP
        1 ROOT VERB go VBD
        1 prt ADP on RP
        4 aux PART to TO
        1 advcl VERB beat VB
        4 dobj PROPN Djokovic NNP
    """, {"Alcaraz": "PERSON", "Djokovic": "PERSON"}, "beat"),
    ("Moscow did not hesitate to expel Kallas", """
        3 nsubj PROPN Moscow NNP
        3 aux AUX do VBD
        3 neg PART not RB
        3 ROOT VERB hesitate VB
        5 aux PART to TO
        3 xcomp VERB expel VB
        5 dobj PROPN Kallas NNP
    """, {"Moscow": "GPE", "Kallas": "PERSON"}, "expel"),
    ("Turkey never hesitated to criticise Israel", """
        2 nsubj PROPN Turkey NNP
        2 neg ADV never RB
        2 ROOT VERB hesitate VBD
        4 aux PART to TO
        2 advcl VERB criticise VB
        4 dobj PROPN Israel NNP
    """, {"Turkey": "GPE", "Israel": "GPE"}, "criticise"),
]

#: guards: a bare "hesitated to V" and an infinitive of purpose stay hedged
_NOT_DONE = [
    ("Germany hesitated to send tanks", """
        1 nsubj PROPN Germany NNP
        1 ROOT VERB hesitate VBD
        3 aux PART to TO
        1 xcomp VERB send VB
        3 dobj NOUN tank NNS
    """, {"Germany": "GPE"}, "send"),
    ("Israel sent troops in order to attack Hezbollah", """
        1 nsubj PROPN Israel NNP
        1 ROOT VERB send VBD
        1 dobj NOUN troop NNS
        6 mark SCONJ in IN
        3 fixed NOUN order NN
        6 aux PART to TO
        1 advcl VERB attack VB
        6 dobj PROPN Hezbollah NNP
    """, {"Israel": "GPE", "Hezbollah": "ORG"}, "attack"),
    ("Israel sent troops to attack Hezbollah", """
        1 nsubj PROPN Israel NNP
        1 ROOT VERB send VBD
        1 dobj NOUN troop NNS
        4 aux PART to TO
        1 advcl VERB attack VB
        4 dobj PROPN Hezbollah NNP
    """, {"Israel": "GPE", "Hezbollah": "ORG"}, "attack"),
]


@pytest.mark.parametrize(("sentence", "rows", "ents", "lemma"), _DONE)
def test_went_on_to_and_did_not_hesitate_to_state_the_act(sentence, rows, ents, lemma):
    doc = parse(sentence, rows, ents=ents)
    found = [t for t in all_triples(doc) if t.lemma == lemma]
    assert found and all(not t.negated and not t.hedged for t in found)
    assert not modality(found[0].predicate).hedged


@pytest.mark.parametrize(("sentence", "rows", "ents", "lemma"), _NOT_DONE)
def test_a_bare_hesitation_or_a_purpose_stays_hedged(sentence, rows, ents, lemma):
    doc = parse(sentence, rows, ents=ents)
    found = [t for t in all_triples(doc) if t.lemma.endswith(lemma)]
    assert found and all(t.hedged or modality(t.predicate).hedged for t in found)


# ---------------------------------------------------------------------------------------
# "nearly" / "almost": fell short

_NEAR = [
    ("jets nearly struck the plane", """
        2 nsubj NOUN jet NNS
        2 advmod ADV nearly RB
        2 ROOT VERB strike VBD
        4 det DET the DT
        2 dobj NOUN plane NN
    """, 2, True),
    ("the ship almost rammed Sierra", """
        1 det DET the DT
        3 nsubj NOUN ship NN
        3 advmod ADV almost RB
        3 ROOT VERB ram VBD
        3 dobj PROPN Sierra NNP
    """, 3, True),
    ("Serbia almost launched an attack", """
        2 nsubj PROPN Serbia NNP
        2 advmod ADV almost RB
        2 ROOT VERB launch VBD
        4 det DET an DT
        2 dobj NOUN attack NN
    """, 4, True),
    # guards: "nearly" on a number counts; an event noun that is the subject happened
    ("Russia killed nearly 100 people", """
        1 nsubj PROPN Russia NNP
        1 ROOT VERB kill VBD
        3 advmod ADV nearly RB
        4 nummod NUM 100 CD
        1 dobj NOUN people NNS
    """, 1, False),
    ("the attack nearly destroyed the hospital", """
        1 det DET the DT
        3 nsubj NOUN attack NN
        3 advmod ADV nearly RB
        3 ROOT VERB destroy VBD
        5 det DET the DT
        3 dobj NOUN hospital NN
    """, 1, False),
]


@pytest.mark.parametrize(("sentence", "rows", "predicate", "fell_short"), _NEAR)
def test_nearly_or_almost_on_the_verb_negates(sentence, rows, predicate, fell_short):
    doc = parse(sentence, rows)
    assert near_miss(doc[predicate]) is fell_short
    assert negation(doc[predicate]) is fell_short


# ---------------------------------------------------------------------------------------
# a failed preventing: done

_PREVENTED = [
    ("Poland failed to stop Belarus from sending migrants", """
        1 nsubj PROPN Poland NNP
        1 ROOT VERB fail VBD
        3 aux PART to TO
        1 xcomp VERB stop VB
        3 dobj PROPN Belarus NNP
        3 prep ADP from IN
        5 pcomp VERB send VBG
        6 dobj NOUN migrant NNS
    """, 6, False),
    ("Poland was unable to prevent Belarus from sending migrants", """
        2 nsubj PROPN Poland NNP
        2 ROOT AUX be VBD
        2 acomp ADJ unable JJ
        4 aux PART to TO
        2 xcomp VERB prevent VB
        4 dobj PROPN Belarus NNP
        4 prep ADP from IN
        6 pcomp VERB send VBG
        7 dobj NOUN migrant NNS
    """, 7, False),
    ("Israel could not stop Hamas from attacking Sderot", """
        3 nsubj PROPN Israel NNP
        3 aux AUX could MD
        3 neg PART not RB
        3 ROOT VERB stop VB
        3 dobj PROPN Hamas NNP
        3 prep ADP from IN
        5 pcomp VERB attack VBG
        6 dobj PROPN Sderot NNP
    """, 6, False),
    # guards: a preventing that succeeded, and one only sought
    ("Israel stopped Hamas from attacking Sderot", """
        1 nsubj PROPN Israel NNP
        1 ROOT VERB stop VBD
        1 dobj PROPN Hamas NNP
        1 prep ADP from IN
        3 pcomp VERB attack VBG
        4 dobj PROPN Sderot NNP
    """, 4, True),
    ("Israel tried to stop Hamas from attacking Sderot", """
        1 nsubj PROPN Israel NNP
        1 ROOT VERB try VBD
        3 aux PART to TO
        1 xcomp VERB stop VB
        3 dobj PROPN Hamas NNP
        3 prep ADP from IN
        5 pcomp VERB attack VBG
        6 dobj PROPN Sderot NNP
    """, 6, False),
]


@pytest.mark.parametrize(("sentence", "rows", "gerund", "negated"), _PREVENTED)
def test_what_a_failed_preventing_would_have_stopped_was_done(sentence, rows, gerund,
                                                              negated):
    doc = parse(sentence, rows)
    assert is_negated(doc[gerund]) is negated
    governor = doc[gerund].head.head
    assert failed_preventing(governor) is (not negated and "tried" not in sentence)


# ---------------------------------------------------------------------------------------
# an unnamed source

def test_a_source_said_to_be_unnamed_hedges_its_report():
    rows = """
        1 nsubj PROPN Israel NNP
        1 ROOT VERB kill VBD
        1 dobj PROPN Shukr NNP
        1 punct PUNCT , ,
        1 prep VERB accord VBG
        4 prep ADP to IN
        7 amod ADJ {adj} JJ
        5 pobj NOUN source NNS
    """
    for adjective, hedged in (("anonymous", True), ("unnamed", True), ("unconfirmed", True),
                              ("Lebanese", False)):
        doc = parse(f"Israel killed Shukr , according to {adjective} sources",
                    rows.format(adj=adjective))
        assert unnamed_source(doc[7]) is hedged
        assert modality(doc[1]).hedged is hedged, adjective
    # a bare "sources said" is the wire's plain attribution
    doc = parse("Israel killed Shukr , sources said", """
        1 nsubj PROPN Israel NNP
        5 ccomp VERB kill VBD
        1 dobj PROPN Shukr NNP
        5 punct PUNCT , ,
        5 nsubj NOUN source NNS
        5 ROOT VERB say VBD
    """)
    assert not unnamed_source(doc[4])
    mood = modality(doc[1])
    assert mood.reported and not mood.hedged


# ---------------------------------------------------------------------------------------
# a headline infinitive at the root

_HEADLINES = [
    ("Francis to meet Zelensky on Saturday", """
        2 nsubj PROPN Francis NNP
        2 aux PART to TO
        2 ROOT VERB meet VB
        2 dobj PROPN Zelensky NNP
        2 prep ADP on IN
        4 pobj PROPN Saturday NNP
    """, 2, True),
    ("Israel to release 90 prisoners", """
        2 nsubj PROPN Israel NNP
        2 aux PART to TO
        2 ROOT VERB release VB
        4 nummod NUM 90 CD
        2 dobj NOUN prisoner NNS
    """, 2, True),
    ("Kenya to deploy police to Haiti", """
        2 nsubj PROPN Kenya NNP
        2 aux PART to TO
        2 ROOT VERB deploy VB
        2 dobj NOUN police NNS
        2 prep ADP to IN
        4 pobj PROPN Haiti NNP
    """, 2, True),
    # guard: a root in the past is stated
    ("Kenya deployed police to Haiti", """
        1 nsubj PROPN Kenya NNP
        1 ROOT VERB deploy VBD
        1 dobj NOUN police NNS
        1 prep ADP to IN
        3 pobj PROPN Haiti NNP
    """, 1, False),
]


@pytest.mark.parametrize(("sentence", "rows", "verb", "future"), _HEADLINES)
def test_a_headline_infinitive_at_the_root_is_future(sentence, rows, verb, future):
    doc = parse(sentence, rows)
    assert headline_infinitive(doc[verb]) is future
    assert is_future(doc[verb]) is future


# ---------------------------------------------------------------------------------------
# "Y faces N from X"

_FACED = [
    ("Kosovo could face sanctions from Brussels", """
        2 nsubj PROPN Kosovo NNP
        2 aux AUX could MD
        2 ROOT VERB face VB
        2 dobj NOUN sanction NNS
        3 prep ADP from IN
        4 pobj PROPN Brussels NNP
    """, {"Kosovo": "GPE", "Brussels": "GPE"}, ("Brussels", "sanction", "Kosovo", True)),
    ("Meta faces a fine from Brussels", """
        1 nsubj PROPN Meta NNP
        1 ROOT VERB face VBZ
        3 det DET a DT
        1 dobj NOUN fine NN
        3 prep ADP from IN
        4 pobj PROPN Brussels NNP
    """, {"Meta": "ORG", "Brussels": "GPE"}, ("Brussels", "fine", "Meta", True)),
    ("Boeing faces a lawsuit from Alaska", """
        1 nsubj PROPN Boeing NNP
        1 ROOT VERB face VBZ
        3 det DET a DT
        1 dobj NOUN lawsuit NN
        3 prep ADP from IN
        4 pobj PROPN Alaska NNP
    """, {"Boeing": "ORG", "Alaska": "ORG"}, ("Alaska", "lawsuit", "Boeing", True)),
    # guard: faced in the past, imposed
    ("Iran faced sanctions from Washington", """
        1 nsubj PROPN Iran NNP
        1 ROOT VERB face VBD
        1 dobj NOUN sanction NNS
        2 prep ADP from IN
        3 pobj PROPN Washington NNP
    """, {"Iran": "GPE", "Washington": "GPE"}, ("Washington", "sanction", "Iran", False)),
]


@pytest.mark.parametrize(("sentence", "rows", "ents", "wanted"), _FACED)
def test_what_a_subject_faces_from_someone_is_theirs_hedged(sentence, rows, ents, wanted):
    doc = parse(sentence, rows, ents=ents)
    found = {(t.subject.text, t.lemma, t.object.text, t.hedged) for t in all_triples(doc)
             if t.pattern == "support-verb"}
    assert wanted in found
    # never the other way round
    assert not any(s == wanted[2] and o == wanted[0] for s, _, o, _ in found)


def test_a_faced_noun_without_an_agent_gives_nothing():
    doc = parse("Meta faces a fine", """
        1 nsubj PROPN Meta NNP
        1 ROOT VERB face VBZ
        3 det DET a DT
        1 dobj NOUN fine NN
    """, ents={"Meta": "ORG"})
    assert not [t for t in all_triples(doc) if t.pattern == "support-verb"]


# ---------------------------------------------------------------------------------------
# "not ... without"

_NOT_THE_EVENT = [
    ("The court did not release Khan without conditions", """
        1 det DET the DT
        4 nsubj NOUN court NN
        4 aux AUX do VBD
        4 neg PART not RB
        4 ROOT VERB release VB
        4 dobj PROPN Khan NNP
        4 prep ADP without IN
        6 pobj NOUN condition NNS
    """, 4, True),
    ("Kenya did not deploy police without approval", """
        3 nsubj PROPN Kenya NNP
        3 aux AUX do VBD
        3 neg PART not RB
        3 ROOT VERB deploy VB
        3 dobj NOUN police NNS
        3 prep ADP without IN
        5 pobj NOUN approval NN
    """, 3, True),
    ("The envoy did n't leave Kabul without guarantees", """
        1 det DET the DT
        4 nsubj NOUN envoy NN
        4 aux AUX do VBD
        4 neg PART n't RB
        4 ROOT VERB leave VB
        4 dobj PROPN Kabul NNP
        4 prep ADP without IN
        6 pobj NOUN guarantee NNS
    """, 4, True),
    # guards: a plain "not"; "never ... without" (a habit, no event stated); a comment
    # set off by a comma, with a gerund; an "until" hung low ("citing delays until March"
    # is no time of the delivery)
    ("Russia did not attack Kyiv", """
        3 nsubj PROPN Russia NNP
        3 aux AUX do VBD
        3 neg PART not RB
        3 ROOT VERB attack VB
        3 dobj PROPN Kyiv NNP
    """, 3, False),
    ("Kenya never deployed police without approval", """
        2 nsubj PROPN Kenya NNP
        2 neg ADV never RB
        2 ROOT VERB deploy VBD
        2 dobj NOUN police NNS
        2 prep ADP without IN
        4 pobj NOUN approval NN
    """, 2, False),
    ("Hamas did not release the hostages , without giving a reason", """
        3 nsubj PROPN Hamas NNP
        3 aux AUX do VBD
        3 neg PART not RB
        3 ROOT VERB release VB
        5 det DET the DT
        3 dobj NOUN hostage NNS
        3 punct PUNCT , ,
        3 prep ADP without IN
        7 pcomp VERB give VBG
        10 det DET a DT
        8 dobj NOUN reason NN
    """, 3, False),
    ("Germany did not deliver the tanks , citing delays until March", """
        3 nsubj PROPN Germany NNP
        3 aux AUX do VBD
        3 neg PART not RB
        3 ROOT VERB deliver VB
        5 det DET the DT
        3 dobj NOUN tank NNS
        3 punct PUNCT , ,
        3 advcl VERB cite VBG
        7 dobj NOUN delay NNS
        8 prep ADP until IN
        9 pobj PROPN March NNP
    """, 3, False),
]


@pytest.mark.parametrize(("sentence", "rows", "verb", "only_degree"), _NOT_THE_EVENT)
def test_not_without_a_noun_denies_no_event(sentence, rows, verb, only_degree):
    doc = parse(sentence, rows)
    assert degree_negated(doc[verb]) is only_degree


# ---------------------------------------------------------------------------------------
# disputed claims; an event noun after the "to" of a passive intent; a called-off event

def test_disputed_claims_are_denied():
    doc = parse("Moscow disputed claims that Kyiv shelled Donetsk", """
        1 nsubj PROPN Moscow NNP
        1 ROOT VERB dispute VBD
        1 dobj NOUN claim NNS
        5 mark PRON that WDT
        5 nsubj PROPN Kyiv NNP
        2 acl VERB shell VBD
        5 npadvmod PROPN Donetsk NNP
    """)
    assert denied(doc[5]) and is_negated(doc[5])
    # guard: a claim that is only made
    doc = parse("Moscow repeated claims that Kyiv shelled Donetsk", """
        1 nsubj PROPN Moscow NNP
        1 ROOT VERB repeat VBD
        1 dobj NOUN claim NNS
        5 mark PRON that WDT
        5 nsubj PROPN Kyiv NNP
        2 acl VERB shell VBD
        5 npadvmod PROPN Donetsk NNP
    """)
    assert not denied(doc[5]) and not is_negated(doc[5])


_SET_TO = """
        2 nsubjpass PROPN Riyadh NNP
        2 auxpass AUX be VBZ
        2 ROOT VERB {verb} VBN
        2 prep PART to TO
        5 compound NOUN host NN
        3 pobj NOUN talk NNS
        5 prep ADP between IN
        6 pobj PROPN Russia NNP
        7 cc CCONJ and CC
        7 conj PROPN Ukraine NNP
"""


@pytest.mark.parametrize(("verb", "hedged"), [("set", True), ("schedule", True),
                                              ("expect", True), ("commit", False)])
def test_an_event_noun_after_the_to_of_a_passive_intent_is_planned(verb, hedged):
    participle = {"set": "set", "schedule": "scheduled", "expect": "expected",
                  "commit": "committed"}[verb]
    doc = parse(f"Riyadh is {participle} to host talks between Russia and Ukraine",
                _SET_TO.format(verb=verb))
    assert modality(doc[5]).hedged is hedged


def test_a_called_off_event_of_no_one_named_is_negated():
    ents = {"Kenya": "GPE", "Haiti": "GPE"}
    doc = parse("Kenya suspended the deployment of officers to Haiti", """
        1 nsubj PROPN Kenya NNP
        1 ROOT VERB suspend VBD
        3 det DET the DT
        1 dobj NOUN deployment NN
        3 prep ADP of IN
        4 pobj NOUN officer NNS
        1 prep ADP to IN
        6 pobj PROPN Haiti NNP
    """, ents=ents)
    events = [t for t in all_triples(doc) if t.lemma == "deployment"]
    assert events and all(t.object.text in ("officers", "Haiti") for t in events)
    assert all(called_off(t.predicate) for t in events)
    # guard: an "of" that names someone may name who was to act
    doc = parse("Brazil cancelled the visit of Maduro to Brasilia", """
        1 nsubj PROPN Brazil NNP
        1 ROOT VERB cancel VBD
        3 det DET the DT
        1 dobj NOUN visit NN
        3 prep ADP of IN
        4 pobj PROPN Maduro NNP
        3 prep ADP to IN
        6 pobj PROPN Brasilia NNP
    """, ents={"Brazil": "GPE", "Maduro": "PERSON", "Brasilia": "GPE"})
    assert not [t for t in all_triples(doc) if t.lemma == "visit" and t.subject.text == "Brazil"]


# ---------------------------------------------------------------------------------------
# a plan or attempt that fails or collapses; two sides that fail or refuse to meet

_INTENTIONS = [
    ("Kenya 's attempt to deploy police fails", """
        2 poss PROPN Kenya NNP
        0 case PART 's POS
        6 nsubj NOUN attempt NN
        4 aux PART to TO
        2 acl VERB deploy VB
        4 dobj NOUN police NNS
        6 ROOT VERB fail VBZ
    """, True),
    ("Nvidia 's bid to buy Arm collapsed", """
        2 poss PROPN Nvidia NNP
        0 case PART 's POS
        6 nsubj NOUN bid NN
        4 aux PART to TO
        2 acl VERB buy VB
        4 dobj PROPN Arm NNP
        6 ROOT VERB collapse VBD
    """, True),
    ("Japan 's effort to buy Arm faltered", """
        2 poss PROPN Japan NNP
        0 case PART 's POS
        6 nsubj NOUN effort NN
        4 aux PART to TO
        2 acl VERB buy VB
        4 dobj PROPN Arm NNP
        6 ROOT VERB falter VBD
    """, True),
    # guard: one that succeeded is only a plan
    ("Kenya 's plan to deploy police succeeded", """
        2 poss PROPN Kenya NNP
        0 case PART 's POS
        6 nsubj NOUN plan NN
        4 aux PART to TO
        2 acl VERB deploy VB
        4 dobj NOUN police NNS
        6 ROOT VERB succeed VBD
    """, False),
]


@pytest.mark.parametrize(("sentence", "rows", "negated"), _INTENTIONS)
def test_a_plan_or_attempt_that_fails_is_negated(sentence, rows, negated):
    doc = parse(sentence, rows, ents={"Kenya": "GPE", "Nvidia": "ORG", "Arm": "ORG",
                                      "Japan": "GPE"})
    noun, holders, _ = intention_holders(doc[4])
    assert [h.text for h in holders] == [sentence.split()[0]]
    assert failed_intention(noun) is negated
    found = {(t.lemma, t.negated) for t in all_triples(doc) if t.pattern == "complement"}
    inner = doc[4].lemma_
    # the attempt or plan itself is never denied: it was made
    assert (f"{noun.lemma_} to {inner}", False) in found
    assert ((inner, True) in found) is negated


_SIDES = """
        3 nsubj PROPN {a} NNP
        0 cc CCONJ and CC
        0 conj PROPN {b} NNP
        3 ROOT VERB {matrix} VBD
        5 aux PART to TO
        3 xcomp VERB {verb} VB
"""


@pytest.mark.parametrize(("a", "b", "matrix", "verb", "negated"), [
    ("Israel", "Hamas", "fail", "agree", True),
    ("Armenia", "Azerbaijan", "refuse", "meet", True),
    ("Serbia", "Kosovo", "fail", "negotiate", True),
    # guard: an agreement to meet is a plan, not a denial
    ("Israel", "Hamas", "agree", "meet", False),
])
def test_two_sides_that_fail_or_refuse_to_meet_do_not(a, b, matrix, verb, negated):
    past = {"fail": "failed", "refuse": "refused", "agree": "agreed"}[matrix]
    doc = parse(f"{a} and {b} {past} to {verb}",
                _SIDES.format(a=a, b=b, matrix=matrix, verb=verb),
                ents={a: "GPE", b: "GPE"})
    pairs = {(t.subject.text, t.object.text, t.negated) for t in all_triples(doc)
             if t.lemma == verb}
    assert (a, b, negated) in pairs and (b, a, negated) in pairs


# ---------------------------------------------------------------------------------------
# a modal hung on the "have" of the perfect; a "whether" clause wherever it hangs

_STACKED = """
        3 nsubj PROPN Iran NNP
        2 aux AUX {modal} MD
        3 aux AUX have VB
        3 ROOT VERB enrich VBN
        3 dobj NOUN uranium NN
"""


@pytest.mark.parametrize(("modal", "hedged"), [("may", True), ("might", True),
                                               ("could", True), ("will", False)])
def test_a_modal_hung_on_the_perfect_hedges_the_verb(modal, hedged):
    doc = parse(f"Iran {modal} have enriched uranium", _STACKED.format(modal=modal))
    assert modality(doc[3]).hedged is hedged


def test_a_plain_perfect_is_stated():
    doc = parse("Iran has enriched uranium", """
        2 nsubj PROPN Iran NNP
        2 aux AUX have VBZ
        2 ROOT VERB enrich VBN
        2 dobj NOUN uranium NN
    """)
    assert not modality(doc[2]).hedged


_WHETHER = [
    ("Brussels opened an investigation into whether Meta breached the law", """
        1 nsubj PROPN Brussels NNP
        1 ROOT VERB open VBD
        3 det DET an DT
        1 dobj NOUN investigation NN
        3 prep ADP into IN
        7 mark SCONJ whether IN
        7 nsubj PROPN Meta NNP
        4 pcomp VERB breach VBD
        9 det DET the DT
        7 dobj NOUN law NN
    """, 7, True),
    ("Regardless of whether Google approved the app , it spread", """
        9 advmod ADV regardless RB
        0 prep ADP of IN
        4 mark SCONJ whether IN
        4 nsubj PROPN Google NNP
        1 pcomp VERB approve VBD
        6 det DET the DT
        4 dobj NOUN app NN
        9 punct PUNCT , ,
        9 nsubj PRON it PRP
        9 ROOT VERB spread VBD
    """, 4, True),
    ("Police asked about whether Hezbollah bombed the embassy", """
        1 nsubj NOUN police NNS
        1 ROOT VERB ask VBD
        1 prep ADP about IN
        5 mark SCONJ whether IN
        5 nsubj PROPN Hezbollah NNP
        2 pcomp VERB bomb VBD
        7 det DET the DT
        5 dobj NOUN embassy NN
    """, 5, True),
]


@pytest.mark.parametrize(("sentence", "rows", "verb", "hedged"), _WHETHER)
def test_a_whether_clause_is_unasserted_wherever_it_hangs(sentence, rows, verb, hedged):
    doc = parse(sentence, rows)
    assert unasserted(doc[verb]) is hedged
    assert modality(doc[verb]).hedged is hedged


def test_a_clause_after_a_preposition_without_whether_is_asserted():
    doc = parse("Brussels opened an investigation after Meta breached the law", """
        1 nsubj PROPN Brussels NNP
        1 ROOT VERB open VBD
        3 det DET an DT
        1 dobj NOUN investigation NN
        6 mark SCONJ after IN
        6 nsubj PROPN Meta NNP
        1 advcl VERB breach VBD
        8 det DET the DT
        6 dobj NOUN law NN
    """)
    assert not unasserted(doc[6]) and not modality(doc[6]).hedged


# ---------------------------------------------------------------------------------------
# an intention voiced: "signals readiness to", "expressed willingness to"

_VOICED = [
    ("Iran signals readiness to resume talks", """
        1 nsubj PROPN Iran NNP
        1 ROOT VERB signal VBZ
        1 dobj NOUN readiness NN
        4 aux PART to TO
        2 acl VERB resume VB
        4 dobj NOUN talk NNS
    """, 4, "Iran"),
    ("Hamas expressed willingness to release hostages", """
        1 nsubj PROPN Hamas NNP
        1 ROOT VERB express VBD
        1 dobj NOUN willingness NN
        4 aux PART to TO
        2 acl VERB release VB
        4 dobj NOUN hostage NNS
    """, 4, "Hamas"),
    ("Turkey declared an intention to buy jets", """
        1 nsubj PROPN Turkey NNP
        1 ROOT VERB declare VBD
        3 det DET an DT
        1 dobj NOUN intention NN
        5 aux PART to TO
        3 acl VERB buy VB
        5 dobj NOUN jet NNS
    """, 5, "Turkey"),
    # guard: a critic of plans holds none
    ("Israel criticised plans to build settlements", """
        1 nsubj PROPN Israel NNP
        1 ROOT VERB criticise VBD
        1 dobj NOUN plan NNS
        4 aux PART to TO
        2 acl VERB build VB
        4 dobj NOUN settlement NNS
    """, 4, None),
]


@pytest.mark.parametrize(("sentence", "rows", "verb", "holder"), _VOICED)
def test_an_intention_voiced_is_its_speakers_and_hedged(sentence, rows, verb, holder):
    doc = parse(sentence, rows, ents={"Iran": "GPE", "Hamas": "ORG", "Turkey": "GPE",
                                      "Israel": "GPE"})
    held_ = intention_holders(doc[verb])
    assert ([h.text for h in held_[1]] if held_ else None) == ([holder] if holder else None)
    found = [t for t in all_triples(doc) if t.pattern == "complement"]
    assert all(t.hedged and not t.negated for t in found) and bool(found) is bool(holder)


# ---------------------------------------------------------------------------------------
# the model

REAL_SENTENCES = {
    "a confirmation or denial left open": [
        ("The Kremlin neither confirmed nor denied that Russian agents had poisoned Navalny.",
         [("Russia", "poison", "Navalny", False, True)], []),
        ("The Pentagon would not confirm or deny that US forces struck Houthi targets.",
         [("United States", "strike", "Houthi targets", False, True)], []),
        ("Israel did not confirm reports that it had killed Fuad Shukr.",
         [("Israel", "kill", "Fuad Shukr", False, True)], []),
        ("The Kremlin denied that Russian agents had poisoned Navalny.",
         [("Russia", "poison", "Navalny", True, False)], []),
    ],
    "a negation only possible, asked for or expected": [
        ("Iran may not attack Israel before the talks, officials said.",
         [("Iran", "attack", "Israel", False, True)], []),
        ("Hungary may refuse to extradite Nikola Gruevski to Skopje.",
         [("Hungary", "extradite", "Nikola Gruevski", False, True)], []),
        ("The United Nations urged Israel to stop bombing Gaza.",
         [("Israel", "bomb", "Gaza", False, True)], []),
        # (session 41: expected not to attack is a denial, hedged, as "will not" is)
        ("Iran is not expected to attack Israel before the talks.",
         [("Iran", "attack", "Israel", True, True)], []),
        ("France did not rule out sending troops to Ukraine.",
         [("France", "send to", "Ukraine", False, True),
          ("France", "rule out to send to", "Ukraine", True, False)], []),
        ("Hungary refused to extradite Nikola Gruevski to Skopje.",
         [("Hungary", "extradite", "Nikola Gruevski", True, False)], []),
        ("Israel will not release Marwan Barghouti.",
         [("Israel", "release", "Marwan Barghouti", True, True)], []),
    ],
    "went on to, did not hesitate to": [
        ("Carlos Alcaraz went on to beat Novak Djokovic in the Wimbledon final.",
         [("Carlos Alcaraz", "beat", "Novak Djokovic", False, False)], []),
        ("Moscow did not hesitate to expel the Estonian ambassador after the incident.",
         [("Moscow", "expel", "Estonian ambassador", False, False)], []),
        ("Turkey never hesitated to criticise Israel.",
         [("Turkey", "criticise", "Israel", False, False)], []),
        ("Germany hesitated to send tanks to Ukraine.",
         [("Germany", "send", "tanks", False, True)], []),
    ],
    "nearly, almost": [
        ("Serbia almost launched an attack on Kosovo in 2023.",
         [("Serbia", "attack", "Kosovo", True, False)], []),
        ("Russia killed nearly 100 people in Kharkiv.",
         [("Russia", "kill", "people", False, False)], []),
    ],
    "a failed preventing": [
        ("Israel could not stop Hamas from attacking Sderot.",
         [("Hamas", "attack", "Sderot", False, False)], []),
        ("Poland failed to stop Belarus from sending migrants across the border.",
         [("Belarus", "send", "migrants", False, False)], []),
        ("Israel stopped Hamas from attacking Sderot.",
         [("Hamas", "attack", "Sderot", True, False)], []),
    ],
    "an unnamed source": [
        ("Israel killed Fuad Shukr in Beirut, according to anonymous security sources.",
         [("Israel", "kill", "Fuad Shukr", False, True)], []),
        ("Israel killed Fuad Shukr in Beirut, an unnamed official said.",
         [("Israel", "kill", "Fuad Shukr", False, True)], []),
        ("Israel killed Fuad Shukr in Beirut, sources said.",
         [("Israel", "kill", "Fuad Shukr", False, False)], []),
        ("Israel killed Fuad Shukr in Beirut, people familiar with the matter said.",
         [("Israel", "kill", "Fuad Shukr", False, False)], []),
    ],
    "a called-off event of what names no one": [
        ("Kenya suspended the deployment of its police officers to Haiti.",
         [("Kenya", "deploy", "Haiti", True, False)], []),
        ("Germany suspended the delivery of tanks to Ukraine.",
         [("Germany", "deliver", "Ukraine", True, False)], []),
        ("Israel postponed the deportation of Eritrean migrants to Rwanda.",
         [("Israel", "postpone deportation", "Eritrean migrants", False, False)], []),
    ],
    "disputed claims": [
        ("Moscow disputed claims that its forces had shelled Kharkiv.",
         [("Moscow", "shell", "Kharkiv", True, True)], []),
    ],
    "a headline infinitive at the root": [
        ("Pope Francis to meet Volodymyr Zelensky at the Vatican on Saturday.",
         [("Francis", "meet", "Volodymyr Zelensky", False, True)], []),
    ],
    "faces N from X": [
        ("Meta could face a fine from the European Commission over its pay-or-consent model.",
         [("European Commission", "fine", "Meta", False, True)], []),
        ("Kosovo could face sanctions from the European Union if tensions persist.",
         [("European Union", "sanction", "Kosovo", False, True)], []),
        ("Boeing faces a lawsuit from Alaska Airlines.",
         [("Alaska Airlines", "sue", "Boeing", False, True)], []),
    ],
    "not without": [
        ("Germany did not deliver the tanks to Ukraine, citing delays until March.",
         [("Germany", "deliver", "tanks", True, False)], []),
        ("The Commission did not fine Apple for breaches committed until 2023.",
         [("Commission", "fine", "Apple", True, False)], []),
        ("The court did not release Imran Khan without conditions, his party said.",
         [("court", "release", "Imran Khan", False, False)], []),
        ("Hamas did not release the hostages, who were freed by Israel until Friday.",
         [("Hamas", "release", "hostages", True, False)], []),
        ("Hamas did not release the hostages on Monday, the mediators said, without "
         "elaborating.", [("Hamas", "release", "hostages", True, False)], []),
        ("Kenya never deployed police officers to Haiti without the approval of parliament.",
         [("Kenya", "deploy", "police officers", True, False)], []),
    ],
    "a plan that fails, two sides that fail to agree": [
        ("Kenya's attempt to deploy police to Haiti fails.",
         [("Kenya", "attempt to deploy to", "Haiti", False, False),
          ("Kenya", "deploy to", "Haiti", True, False)], []),
        ("Israel and Hamas fail to agree on a ceasefire in Cairo.",
         [("Israel", "agree", "Hamas", True, False), ("Hamas", "agree", "Israel", True, False)],
         []),
    ],
    "an intention voiced": [
        ("Iran signals readiness to resume talks with the United States.",
         [("Iran", "readiness to resume talk", "United States", False, True)], []),
        ("Hamas expresses willingness to release all hostages.",
         [("Hamas", "willingness to release", "hostages", False, True)], []),
    ],
    "a modal on the perfect, a whether clause anywhere": [
        ("The IAEA says Iran may have enriched uranium to 90 percent at Fordow.",
         [("Iran", "enrich", "uranium", False, True)], []),
        ("The European Commission opens an investigation into whether Meta breached the "
         "Digital Services Act.",
         [("Meta", "breach", "Digital Services Act", False, True)], []),
    ],
    "an event noun after the 'to' of a passive intent": [
        ("Saudi Arabia is set to host talks between Russia and Ukraine.",
         [("Russia", "talk", "Ukraine", False, True), ("Ukraine", "talk", "Russia", False, True)],
         []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(REAL_SENTENCES))
def test_real_sentences(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
