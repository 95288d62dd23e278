"""Event classes come from a readable data file."""

from __future__ import annotations

import pytest
from actorgraph.extract.events import default_lexicon, parse_lexicon

from actorgraph.records import PLOVER_CLASSES


def test_shipped_lexicon_covers_every_plover_class():
    lexicon = default_lexicon()
    used = set(lexicon.verbs.values()) | set(lexicon.nouns.values())
    assert set(PLOVER_CLASSES) <= used


@pytest.mark.parametrize(("lemma", "pos", "expected"), [
    ("attack", "VERB", "ASSAULT"),
    ("attack", "NOUN", "ASSAULT"),
    ("assassinate", "VERB", "ASSAULT"),
    ("invade", "VERB", "FIGHT"),
    ("talk", "NOUN", "CONSULT"),
    ("meet", "VERB", "CONSULT"),
    ("accuse of", "VERB", "DISAPPROVE"),
    ("urge", "VERB", "DEMAND"),
    ("assent to", "VERB", "AGREE"),
    ("withdraw from", "VERB", "RETREAT"),
    ("sanction", "VERB", "SANCTION"),
    ("investigate", "VERB", "INVESTIGATE"),
])
def test_known_lemmas(lemma, pos, expected):
    assert default_lexicon().classify(lemma, pos=pos) == expected


@pytest.mark.parametrize(("phrasal", "verb"), [
    ("back out of", "back"), ("back down", "back"), ("give up", "give"), ("give back", "give")])
def test_a_particle_that_turns_the_sense_gets_its_own_class(phrasal, verb):
    # "Germany backed out of the deal" is no support, "the rebels gave up Kidal" no aid
    lexicon = default_lexicon()
    assert lexicon.classify(phrasal) in ("RETREAT", "CONCEDE")
    assert lexicon.classify(verb) in ("SUPPORT", "AID")


def test_unlisted_preposition_falls_back_to_the_verb():
    assert default_lexicon().classify("criticize for") == "DISAPPROVE"


def test_unmapped_relation_has_no_class():
    assert default_lexicon().classify("comment on") is None
    assert default_lexicon().classify("tell") is None


def test_parse_rejects_unknown_classes_and_bad_rows():
    with pytest.raises(ValueError, match="unknown event class 'SMASH'"):
        parse_lexicon(["attack\tVERB\tSMASH"])
    with pytest.raises(ValueError, match=":2: expected 3 or 4 tab-separated columns"):
        parse_lexicon(["# header", "attack VERB ASSAULT"])
    with pytest.raises(ValueError, match="part of speech"):
        parse_lexicon(["attack\tADJ\tASSAULT"])
    with pytest.raises(ValueError, match=":1: unknown group '@aid'"):
        parse_lexicon(["send\tVERB\tAID\t@aid"])
    with pytest.raises(ValueError, match="only verbs take object nouns"):
        parse_lexicon(["aid\tNOUN\tAID\tfood"])


def test_a_verb_restricted_to_some_objects_has_no_class_for_others():
    lexicon = parse_lexicon(["@aid\tfood medicine", "send\tVERB\tAID\t@aid troops",
                             "attack\tVERB\tASSAULT"])
    assert lexicon.classify("send", object_head="food") == "AID"
    assert lexicon.classify("send", object_head="Troops") == "AID"
    assert lexicon.classify("send", object_head="email") is None
    assert lexicon.classify("send") == "AID"  # a named actor as the object
    assert lexicon.classify("threaten to send", object_head="medicine") == "AID"
    # "send to X": X receives; the restriction is on what is sent
    assert lexicon.classify("send to", object_head="refugee") == "AID"
    assert lexicon.classify("attack", object_head="anything") == "ASSAULT"


def test_a_restricted_verb_can_name_its_class_for_other_objects():
    lexicon = parse_lexicon(["@target\tbase convoy", "attack\tVERB\tASSAULT\t@target | DISAPPROVE"])
    assert lexicon.classify("attack", object_head="convoy") == "ASSAULT"
    assert lexicon.classify("attack", object_head="decision") == "DISAPPROVE"
    assert lexicon.classify("attack") == "ASSAULT"
    with pytest.raises(ValueError, match="unknown event class 'SCOLD'"):
        parse_lexicon(["attack\tVERB\tASSAULT\tbase | SCOLD"])


def test_star_rows_define_both_verbs_and_event_nouns():
    lexicon = parse_lexicon(["strike\t*\tASSAULT", "talk\tNOUN\tCONSULT", "foo\tNOUN\t-"])
    assert lexicon.classify("strike") == lexicon.classify("strike", pos="NOUN") == "ASSAULT"
    assert lexicon.is_event_noun("talk") and not lexicon.is_event_noun("strike x")
    assert lexicon.is_event_noun("foo") and lexicon.classify("foo", pos="NOUN") is None
    assert lexicon.classify("talk") is None


def test_layers_derived_table_under_reviewed_overrides():
    from actorgraph.extract.events import load_lexicon

    derived, overrides, both = (load_lexicon(("derived",)), load_lexicon(("overrides",)),
                                default_lexicon())
    # the derived table adds verbs the overrides do not list
    assert derived.classify("lambaste") == both.classify("lambaste") == "DISAPPROVE"
    assert overrides.classify("lambaste") is None
    # an override wins, with its object list and over the verb's derived phrasal forms
    assert derived.classify("kill") == "FIGHT" and both.classify("kill") == "ASSAULT"
    assert derived.classify("ask for") == "CONSULT" and both.classify("ask for") == "DEMAND"
    assert both.classify("attack", object_head="decision") == "DISAPPROVE"
    # '!' drops a derived class, so a chain reaches its complement
    assert derived.classify("decide") == "AGREE" and both.classify("decide") is None
    assert both.classify("decide to withdraw from") == "RETREAT"
    with pytest.raises(ValueError, match="unknown lexicon layer"):
        load_lexicon(("cameo",))


def test_removal_marks_only_plain_verb_rows():
    assert parse_lexicon(["go\tVERB\t!"]).removed == frozenset({"go"})
    with pytest.raises(ValueError, match="only a plain VERB row"):
        parse_lexicon(["go\tNOUN\t!"])
