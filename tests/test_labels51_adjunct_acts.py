"""A bare definite act noun points back to an -ing adjunct that told the act (session 51).

"Canada said it will impose a duty of 84.9 cents a bushel on U.S. corn, ruling that U.S.
subsidies harmed Canadian growers. The U.S. Trade Representative's office said it may
challenge *the ruling*": judges marked the bare "ruling" partly right ("which not named").
A verb of the noun before it names the owner (:meth:`~extract.actors.ActorResolver.
_verbal_antecedent`: "The World Court ordered ... rejected the order"); an -ing adjunct has
no subject of its own, so it took none. Now an adjunct's doer is the one subject of the
clause it follows (:func:`~extract.actors._adjunct_agent`), and its act is told when the
adjunct and that clause are neither negated, a condition nor hedged by a modal other than
"will"/"would" (:func:`~extract.actors._told_adjunct`). Not for a clause's own act acted on
by its doer, a list of doers, a negated adjunct, another verb ("ruling out") or a "may"
clause.
"""

from __future__ import annotations

import pytest

from actorgraph.records import Article

CHANGED = [
    ("Canada said it will impose a duty on U.S. corn, ruling that subsidies harmed its "
     "growers. Washington said it would challenge the ruling.",
     ("Washington", "challenge", "Canada's ruling")),
    ("The Supreme Court upheld the law on Tuesday, ruling that it did not breach the "
     "constitution. Opposition leaders condemned the ruling.",
     ("opposition leaders", "condemn", "Supreme Court's ruling")),
    ("Thailand sealed its border with Cambodia on Monday, ordering all foreign workers to "
     "leave within a week. Cambodia protested against the order.",
     ("Cambodia", "protest against", "Thailand's order")),
    ("Acme Corp sued Zenith Ltd in federal court, charging it with patent infringement. "
     "Zenith said it would fight the charge.",
     ("Zenith Ltd", "fight", "Acme Corp's charge")),
]

UNCHANGED = [
    # a "may" clause: the ruling is not told
    ("Canada may impose a duty on U.S. corn, ruling that subsidies harmed its growers. "
     "Washington said it would challenge the ruling.",
     ("Washington", "challenge", "ruling")),
    # its own act: no news
    ("Canada said it will impose a duty on U.S. corn, ruling that subsidies harmed its "
     "growers. Canada defended the ruling on Tuesday.",
     ("Canada", "defend", "ruling")),
    # several doers: whose is not said
    ("Canada and Mexico raised tariffs on U.S. steel, ruling that subsidies harmed their "
     "mills. Washington criticised the ruling.",
     ("Washington", "criticise", "ruling")),
    # a negated adjunct told no ruling
    ("Canada imposed a duty on U.S. corn, not ruling on the subsidy claim. Washington "
     "criticised the ruling.",
     ("Washington", "criticise", "ruling")),
    # "ruling out" is another verb
    ("Canada would impose a duty on U.S. corn if it found harm, ruling out talks. "
     "Washington criticised the ruling.",
     ("Washington", "criticise", "ruling")),
]

SENTENCES = list(dict.fromkeys(s for s, _ in CHANGED + UNCHANGED))


@pytest.fixture(scope="module")
def found(extractor) -> dict[str, set[tuple[str, str, str]]]:
    results = extractor.extract([Article(f"o{i}", s) for i, s in enumerate(SENTENCES)])
    return {s: {(t.subject.label, t.relation.label, t.object.label) for t in r.triples}
            for s, r in zip(SENTENCES, results, strict=True)}


@pytest.mark.parametrize(("sentence", "triple"), CHANGED + UNCHANGED)
def test_adjunct_act_owns_the_noun(found, sentence, triple):
    assert triple in found[sentence], sorted(found[sentence])
