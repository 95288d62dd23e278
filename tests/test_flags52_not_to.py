"""A choice stated not to act is no negated choice (session 52).

"Under the settlement Zenith ... agreed not to market the drug" was "agree to market",
negated: judges marked it partly right ("negation misplaced: Zenith agreed NOT to market;
agreement did happen"). A subject-control verb whose infinitive has its own "not" or "never"
right before "to" (:func:`~extract.rules.complements._not_to`) now keeps it in its wording,
stated: "agree not to market", "decide not to appeal", as "urged Iran not to attack" already
reads "urge not to attack"; the event class is the choosing verb's alone, never the act
not done (:meth:`~extract.events.EventLexicon.classify`: "choose not to retaliate against"
is no FIGHT). The act itself is told apart, negated, as the release a refusal names is
("refused to release X"): "chose not to fine Volvo" gives a negated "fine" Volvo too.
Guards: a negated matrix ("did not agree to withdraw") stays negated, and an infinitive
negated otherwise ("to not raise") reads as before.
"""

from __future__ import annotations

import pytest

from actorgraph.records import Article

CHANGED = [
    # (sentence, (subject, relation, object, negated, hedged, class), before)
    ("Iran agreed not to attack neutral shipping in the Gulf.",
     ("Iran", "agree not to attack", "neutral shipping", False, False, "AGREE"),
     ("Iran", "agree to attack", "neutral shipping", True, False, "AGREE")),
    ("Texaco decided not to appeal the ruling.",
     ("Texaco", "decide not to appeal", "ruling", False, False, None),
     ("Texaco", "decide to appeal", "ruling", True, False, None)),
    ("The union promised not to strike Ford for two years.",
     ("union", "promise not to strike", "Ford", False, True, "AGREE"),
     ("union", "promise to strike", "Ford", True, True, "THREATEN")),
    ("Moscow chose not to retaliate against the embassy.",
     ("Moscow", "choose not to retaliate against", "embassy", False, False, None),
     ("Moscow", "choose to retaliate against", "embassy", True, False, "FIGHT")),
]

NOT_DONE = [
    ("The European Commission chose not to fine Volvo over the cartel.",
     ("European Commission", "fine", "Volvo", True, False, "COERCE")),
    ("Iran agreed not to attack neutral shipping in the Gulf.",
     ("Iran", "attack", "neutral shipping", True, False, "DISAPPROVE")),
    ("Texaco decided not to appeal the ruling.",
     ("Texaco", "appeal", "ruling", True, False, None)),
]

UNCHANGED = [
    # the matrix itself negated: no agreement
    ("Iraq did not agree to withdraw its troops.",
     ("Iraq", "agree to withdraw", "Iraq's troops", True, False, "AGREE")),
    # both: the choice not to act is what is denied (before, the two negations cancelled:
    # a stated "agree to attack")
    ("Iraq did not agree not to attack tankers.",
     ("Iraq", "agree not to attack", "tankers", True, False, "AGREE")),
    # a "not" after "to" reads as before
    ("OPEC agreed to not raise prices.",
     ("Organization of Petroleum Exporting Countries", "agree to raise", "prices", True, False,
      "AGREE")),
    # an object control verb keeps its own reading
    ("Washington urged Iran not to attack neutral shipping.",
     ("Washington", "urge not to attack neutral shipping", "Iran", False, False, "DEMAND")),
]

SENTENCES = list(dict.fromkeys([s for s, _, _ in CHANGED]
                                + [s for s, _ in NOT_DONE + UNCHANGED]))


@pytest.fixture(scope="module")
def found(extractor) -> dict[str, set[tuple]]:
    results = extractor.extract([Article(f"n{i}", s) for i, s in enumerate(SENTENCES)])
    return {s: {(t.subject.label, t.relation.label, t.object.label, t.negated, t.hedged,
                 t.relation.event_class) for t in r.triples}
            for s, r in zip(SENTENCES, results, strict=True)}


@pytest.mark.parametrize(("sentence", "triple", "before"), CHANGED)
def test_choice_not_to_act_is_stated(found, sentence, triple, before):
    assert triple in found[sentence], sorted(found[sentence], key=str)
    assert before not in found[sentence], sorted(found[sentence], key=str)


@pytest.mark.parametrize(("sentence", "triple"), NOT_DONE)
def test_act_chosen_against_is_not_done(found, sentence, triple):
    assert triple in found[sentence], sorted(found[sentence], key=str)


@pytest.mark.parametrize(("sentence", "triple"), UNCHANGED)
def test_guard_reads_as_before(found, sentence, triple):
    assert triple in found[sentence], sorted(found[sentence], key=str)
