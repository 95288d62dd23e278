"""Rules of the second nominal and participle grid (``tests/data/forms_grid_2.jsonl``).

- "The army", "the military" of no country named before ([own_forces]) as who did an
  event: the "by" agent of a passive or a participle ("Bazoum was deposed by the army",
  "Bazoum, ousted by the military"), the "by" phrase of an event noun ("the ouster of
  Bazoum by the army") and the owner of a noun that is no role ("the army's takeover of
  state television"; not "the army's chief").
"""

from __future__ import annotations

import pytest
from actorgraph.extract.actors import ActorResolver

from tests.constructions import cases, check_construction
from tests.docs import parse

# --- "the army" / "the military" as who did an event --------------------------------------


def test_the_army_as_a_passives_agent_is_kept_as_a_concept():
    doc = parse("Bazoum was deposed by the army", """
        2 nsubjpass PROPN Bazoum NNP
        2 auxpass AUX be VBD
        2 ROOT VERB depose VBN
        2 agent ADP by IN
        5 det DET the DT
        3 pobj NOUN army NN
    """, ents={"Bazoum": "PERSON"})
    mention = ActorResolver(doc).resolve(doc[5])
    assert (mention.label, mention.type) == ("army", "CONCEPT")


def test_the_military_owning_an_event_noun_is_kept_as_a_concept():
    doc = parse("the military 's ouster of Bazoum angered Paris", """
        1 det DET the DT
        3 poss NOUN military NN
        1 case PART 's POS
        6 nsubj NOUN ouster NN
        3 prep ADP of IN
        4 pobj PROPN Bazoum NNP
        6 ROOT VERB anger VBD
        6 dobj PROPN Paris NNP
    """, ents={"Bazoum": "PERSON", "Paris": "GPE"})
    mention = ActorResolver(doc).resolve(doc[1])
    assert (mention.label, mention.type) == ("military", "CONCEPT")


def test_the_army_in_an_event_nouns_by_phrase_is_kept_as_a_concept():
    doc = parse("the ouster of Bazoum by the army angered Paris", """
        1 det DET the DT
        7 nsubj NOUN ouster NN
        1 prep ADP of IN
        2 pobj PROPN Bazoum NNP
        1 prep ADP by IN
        6 det DET the DT
        4 pobj NOUN army NN
        7 ROOT VERB anger VBD
        7 dobj PROPN Paris NNP
    """, ents={"Bazoum": "PERSON", "Paris": "GPE"})
    assert ActorResolver(doc).resolve(doc[6]).label == "army"


def test_the_armys_role_and_someones_army_stay_unresolved():
    doc = parse("the army 's chief met Macron", """
        1 det DET the DT
        3 poss NOUN army NN
        1 case PART 's POS
        4 nsubj NOUN chief NN
        4 ROOT VERB meet VBD
        4 dobj PROPN Macron NNP
    """, ents={"Macron": "PERSON"})
    assert ActorResolver(doc).resolve(doc[1]) is None
    doc = parse("Bazoum was deposed by its army", """
        2 nsubjpass PROPN Bazoum NNP
        2 auxpass AUX be VBD
        2 ROOT VERB depose VBN
        2 agent ADP by IN
        5 poss PRON its PRP$
        3 pobj NOUN army NN
    """, ents={"Bazoum": "PERSON"})
    mention = ActorResolver(doc).resolve(doc[5])
    assert mention is None or mention.label != "army"


_SENTENCES = {
    "the army or the military as who did an event": [
        ("President Mohamed Bazoum was deposed by the army in July.",
         [("army", "depose", "Mohamed Bazoum", False, False)], []),
        ("Mohamed Bazoum, ousted by the military in July, remains under house arrest.",
         [("military", "oust", "Mohamed Bazoum", False, False)], []),
        ("The army's takeover of state television angered Paris.",
         [("army", "takeover", "state television", False, False)], []),
        ("The military's ouster of President Alpha Conde drew sanctions from ECOWAS.",
         [("military", "oust", "Alpha Conde", False, False)], []),
        ("The ouster of Prime Minister Abdalla Hamdok by the army ended the transition.",
         [("army", "oust", "Abdalla Hamdok", False, False)], []),
    ],
    "guards: a role of the army, someone's army": [
        ("The army's chief, General Abdourahamane Tiani, met ECOWAS envoys.", [],
         [("army", "ECOWAS")]),
        ("Bazoum was deposed by his own guard in July.", [], [("guard", "Bazoum")]),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(_SENTENCES))
def test_sentences(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
