"""A violent act on "its"/"their" thing told by a claimant is done to the claimant
(session 42, verbal._claimants_own): the owner of the target is the named subject of the
verb of saying or accusing, hedged as the claim is (alleged by "accuse of", "claim"),
stated under "say", negated under "deny"."""

import pytest

from actorgraph.records import Article

#: (sentence, (subject, relation lemma, object, negated, hedged) that must be found)
_OWNED = [
    ("Ukraine says Russian troops attacked its positions.",
     ("Russia", "attack position", "Ukraine", False, False)),
    ("India accused Pakistan of shelling its army posts in Kashmir.",
     ("Pakistan", "shell post", "India", False, True)),
    ("The Taliban claimed that Pakistani jets bombed their camps.",
     ("Pakistan", "bomb camp", "Taliban", False, True)),
    ("Georgia accused Russia of bombing its airfields near Gori.",
     ("Russia", "bomb airfield", "Georgia", False, True)),
    ("Colombia said Venezuelan soldiers raided its border posts.",
     ("Venezuela", "raid post", "Colombia", False, False)),
    # a denial stays negated
    ("Kenya denied that Ethiopian troops shelled its villages.",
     ("Ethiopia", "shell village", "Kenya", True, False)),
]
#: (sentence, a relation lemma of the "reaction" pattern that must not be found)
_NOT_OWNED = [
    # no claimant: the pronoun may be the doer's own
    ("Russia attacked its positions near Kharkiv.", "attack position"),
    # the possessive is on the subject, not on the target
    ("Ethiopia said its troops shelled Eritrean positions.", "shell position"),
    # no act of violence: "its" may be the doer's own
    ("Sudan said the army reinforced its positions.", "reinforce position"),
    # a pronoun doer is no one yet
    ("Israel said it shelled its positions.", "shell position"),
]
_ALL = [s for s, _ in (*_OWNED, *_NOT_OWNED)]


@pytest.fixture(scope="module")
def found(extractor):
    """Each sentence's ``(subject, relation lemma, object, negated, hedged, pattern)``."""
    results = extractor.extract([Article(f"t{i}", s) for i, s in enumerate(_ALL)])
    return {s: {(t.subject.label, t.relation.lemma, t.object.label, t.negated, t.hedged,
                 t.pattern) for t in r.triples} for s, r in zip(_ALL, results, strict=True)}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "wanted"), _OWNED)
def test_the_claimants_own_thing_attacked_is_the_claimant(found, sentence, wanted):
    assert wanted in {t[:5] for t in found[sentence]}, sorted(found[sentence])


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "lemma"), _NOT_OWNED)
def test_no_claimant_no_owner(found, sentence, lemma):
    assert not any(t[1] == lemma and t[5] == "reaction" for t in found[sentence]), sorted(
        found[sentence])


#: Two-sentence texts: (text, (subject, relation lemma, object, negated, hedged)): the
#: group a leader vows for is the leader's own, not the subject named before
#: (coref.Coreference._description_speaker takes a verb of promising as of saying).
_VOWED_FOR = [
    ("The Pakistan Air Force says its jets struck a camp. TTP leader Noor Wali Mehsud "
     "vows that the group will retaliate against Pakistan.",
     ("TTP", "retaliate against", "Pakistan", False, True)),
    ("The Egyptian Armed Forces say their troops destroyed a tunnel. Hamas leader Khalil "
     "al-Hayya vows that the group will retaliate against Egypt.",
     ("Hamas", "retaliate against", "Egypt", False, True)),
    ("NATO says its jets intercepted a drone. Hezbollah official Wafiq Safa vows that the "
     "group will attack Israel.",
     ("Hezbollah", "attack", "Israel", False, True)),
]
#: (text, a subject no vowed act may have)
_NOT_VOWED_FOR = [
    # no organisation in the speaker's title: none is made the group's
    ("The Pakistan Air Force says its jets struck a camp. Noor Wali Mehsud vows that the "
     "group will retaliate against Pakistan.", "TTP"),
    # a named subject of the vowed clause is itself, not the speaker's group
    ("NATO says its jets intercepted a drone. Hamas leader Khalil al-Hayya vows that Iran "
     "will attack Israel.", "Hamas"),
]


@pytest.fixture(scope="module")
def vowed(extractor):
    """Each text's ``(subject, relation lemma, object, negated, hedged)`` set."""
    texts = [t for t, _ in (*_VOWED_FOR, *_NOT_VOWED_FOR)]
    results = extractor.extract([Article(f"v{i}", t) for i, t in enumerate(texts)])
    return {t: {(x.subject.label, x.relation.lemma, x.object.label, x.negated, x.hedged)
                for x in r.triples} for t, r in zip(texts, results, strict=True)}


@pytest.mark.model
@pytest.mark.parametrize(("text", "wanted"), _VOWED_FOR)
def test_the_group_a_leader_vows_for_is_his_own(vowed, text, wanted):
    assert wanted in vowed[text], sorted(vowed[text])


@pytest.mark.model
@pytest.mark.parametrize(("text", "subject"), _NOT_VOWED_FOR)
def test_no_title_no_group(vowed, text, subject):
    assert not any(t[0] == subject and t[4] for t in vowed[text]), sorted(vowed[text])
