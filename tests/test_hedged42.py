"""Session 42: announced and threatened acts found (event summaries).

- a second infinitive joined by "and" shares its object with the first
  ([shared_object_verbs], base ``shared_objects``): "threatened to attack and occupy
  Kobani" gives the threatened attack on Kobani, hedged, as well as the occupation;
  "Russia invaded and annexed Crimea", said plainly, gives the invasion unhedged. A
  verb that may stand alone ("regroup", "retreat") shares nothing, nor a first verb
  with a phrase of its own ("attacked at dawn and seized X");
- the named place of an unnamed target reached through a preposition of a target
  ([target_preps], base ``_aimed_at`` in ``place_of``): "vowed to retaliate against army
  posts in Sderot" gives the retaliation in Sderot, hedged, as "struck a school in Gaza
  City" gives the strike in Gaza City; said plainly it is unhedged, denied it is
  negated; a named target is the act's own object and leaves the place alone, and an
  unnamed subject relates nothing in a plain clause.
"""

from __future__ import annotations

import pytest

from actorgraph.records import Article

pytestmark = pytest.mark.model

#: (sentence, wanted (subject, relation lemma, object, negated, hedged))
_SHARED = [
    ("Turkey threatened to attack and occupy Kobani.",
     ("Turkey", "threaten to attack", "Kobani", False, True)),
    ("China plans to blockade and seize Taiwan.",
     ("China", "plan to blockade", "Taiwan", False, True)),
    ("The rebels vowed to encircle and capture Goma.",
     ("rebels", "vow to encircle", "Goma", False, True)),
    ("Serbia vowed to isolate and punish Kosovo.",
     ("Serbia", "vow to isolate", "Kosovo", False, True)),
    ("Venezuela says it will invade and annex Guyana.",
     ("Venezuela", "invade", "Guyana", False, True)),
    # said plainly: stated, unhedged
    ("Russia invaded and annexed Crimea.",
     ("Russia", "invade", "Crimea", False, False)),
]
#: (sentence, relation lemma no one must be found doing to anyone)
_NOT_SHARED = [
    ("Hamas vowed to regroup and attack Israel.", "vow to regroup"),
    ("Hamas retreated and attacked Israel.", "retreat"),
    ("The militants attacked at dawn and seized Palmyra.", "attack"),
]
#: (sentence, wanted)
_AIMED = [
    ("Hezbollah threatened to retaliate against army barracks in Haifa.",
     ("Hezbollah", "threaten to retaliate in", "Haifa", False, True)),
    ("Hamas vowed to retaliate against army posts in Sderot.",
     ("Hamas", "vow to retaliate in", "Sderot", False, True)),
    ("Greenpeace vowed to protest against oil rigs in Norway.",
     ("Greenpeace", "vow to protest in", "Norway", False, True)),
    # said plainly: unhedged; denied: negated
    ("Hamas retaliated against army posts in Sderot.",
     ("Hamas", "retaliate in", "Sderot", False, False)),
    ("Hamas did not fire on army posts in Sderot.",
     ("Hamas", "fire in", "Sderot", True, False)),
]
#: (sentence, relation lemma no one must be found doing)
_NOT_AIMED = [
    ("Hamas retaliated against Israel in Sderot.", "retaliate in"),
    ("The rebels fired on army posts in Sderot.", "fire in"),
    # people are only where they stand: no site aimed at (a domestic capital is no target)
    ("Kenyan police fired rubber bullets at demonstrators in Nairobi.", "fire in"),
    ("Serbia's riot police fired water cannon at students in Belgrade.", "fire in"),
    ("Turkish troops opened fire on villagers in Afrin.", "open in"),
]
_ALL = [s for s, _ in (*_SHARED, *_NOT_SHARED, *_AIMED, *_NOT_AIMED)]


@pytest.fixture(scope="module")
def found(extractor):
    """Each sentence's ``(subject, relation lemma, object, negated, hedged)`` set."""
    results = extractor.extract([Article(f"t{i}", s) for i, s in enumerate(_ALL)])
    return {s: {(t.subject.label, t.relation.lemma, t.object.label, t.negated, t.hedged)
                for t in r.triples} for s, r in zip(_ALL, results, strict=True)}


@pytest.mark.parametrize(("sentence", "wanted"), _SHARED)
def test_a_first_conjunct_shares_the_second_ones_object(found, sentence, wanted):
    assert wanted in found[sentence], sorted(found[sentence])


@pytest.mark.parametrize(("sentence", "lemma"), _NOT_SHARED)
def test_a_verb_that_may_stand_alone_shares_nothing(found, sentence, lemma):
    assert not any(t[1] == lemma for t in found[sentence]), sorted(found[sentence])


@pytest.mark.parametrize(("sentence", "wanted"), _AIMED)
def test_an_unnamed_targets_place_is_where_the_act_falls(found, sentence, wanted):
    assert wanted in found[sentence], sorted(found[sentence])


@pytest.mark.parametrize(("sentence", "lemma"), _NOT_AIMED)
def test_a_named_target_or_an_unnamed_subject_gives_no_place(found, sentence, lemma):
    assert not any(t[1] == lemma for t in found[sentence]), sorted(found[sentence])
