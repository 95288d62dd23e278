"""A verb of carrying on with its particle takes the "with" noun as its object
(session 42, base.carried_on_objects, [pursuing_phrasal_verbs], [pursuing_adverbs]):
"pressed on with attacks on X" is an attack on X, as "continued attacks on X" is, and
"vowed to press on with operations against X" relates the one who vows to X, hedged."""

import pytest

from actorgraph.records import Article

pytestmark = pytest.mark.model

#: (sentence, (subject, relation lemma, object, negated, hedged) that must be found)
_CARRIED = [
    ("Russia pressed on with attacks on Kharkiv.",
     ("Russia", "attack", "Kharkiv", False, False)),
    ("Ankara vows to press on with operations against the PKK.",
     ("Ankara", "vow to press on with operation against", "PKK", False, True)),
    ("The rebels vowed to carry on with attacks on Goma.",
     ("rebels", "vow to carry on with attack", "Goma", False, True)),
    ("Berlin plans to go ahead with sanctions on Minsk.",
     ("Berlin", "plan to go with sanction", "Minsk", False, True)),
    ("Tokyo vowed to press on with sanctions against Moscow.",
     ("Tokyo", "vow to press on with sanction", "Moscow", False, True)),
]
#: (sentence, subject, object): no triple between them
_NOT_CARRIED = [
    # no particle: the "with" phrase is a means
    ("Washington pressed Iran with sanctions.", "Washington", "sanctions"),
    # going along with what others do is no act of one's own
    ("Moscow went along with sanctions on Pyongyang.", "Moscow", "Pyongyang"),
    # pushing back is no carrying on (the strikes are a means)
    ("Ukraine pushed back with strikes on Crimea.", "Ukraine", "Crimea"),
]
#: (sentence, relation class the triple to the object must not have)
_UNCLASSED = [
    # "press on with" is no demand made of the PKK
    ("Ankara vows to press on with operations against the PKK.", "PKK", "DEMAND"),
    ("Russia pressed on with attacks on Kharkiv.", "Kharkiv", "DEMAND"),
]
_ALL = list(dict.fromkeys(s for s, *_ in (*_CARRIED, *_NOT_CARRIED, *_UNCLASSED)))


@pytest.fixture(scope="module")
def found(extractor):
    """Each sentence's triples as (subject, lemma, object, negated, hedged, class)."""
    results = extractor.extract([Article(f"t{i}", s) for i, s in enumerate(_ALL)])
    return {s: {(t.subject.label, t.relation.lemma, t.object.label, t.negated, t.hedged,
                 t.relation.event_class) for t in r.triples}
            for s, r in zip(_ALL, results, strict=True)}


@pytest.mark.parametrize(("sentence", "wanted"), _CARRIED)
def test_the_with_noun_of_carrying_on_is_the_act(found, sentence, wanted):
    assert wanted in {t[:5] for t in found[sentence]}, sorted(found[sentence])


@pytest.mark.parametrize(("sentence", "subject", "obj"), _NOT_CARRIED)
def test_no_particle_no_act_carried_on(found, sentence, subject, obj):
    assert not any(t[0] == subject and t[2] == obj for t in found[sentence]), sorted(
        found[sentence])


@pytest.mark.parametrize(("sentence", "obj", "klass"), _UNCLASSED)
def test_carrying_on_is_no_demand(found, sentence, obj, klass):
    assert not any(t[2] == obj and t[5] == klass for t in found[sentence]), sorted(
        found[sentence])
