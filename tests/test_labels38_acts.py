"""Whose act a bare definite event noun points back to (session 38).

"The International Court of Justice ordered Israel to halt the offensive. Israel rejected
*the order*": the order is the court's, which a verb before it told; bare, "order" says
not whose. The side is "International Court of Justice's order"
(:meth:`~extract.actors.ActorResolver._verbal_antecedent`), when no earlier phrase with
the noun's head says which (:meth:`~extract.actors.ActorResolver._same_head_antecedent`).
The noun's verb comes from :func:`~extract.derivation.relation_verb` ("suit" -> "sue",
"ruling" -> "rule", "accusation" -> "accuse", "order" -> "order").

It keeps the bare noun when the verb's subject is no name ("Protesters blocked ..."), when
several did it ("Kenya and Uganda agreed ... the agreement"), when two different actors
did it ("Egypt offered ... Qatar offered ... the offer"), when the verb was negated,
when the verb with a particle is another one ("ruled out changes ... the rules"), and when
the owner is the one acting on the noun ("Vantage Airways ordered ... will finance the
order": its own).
"""

from __future__ import annotations

import pytest

from actorgraph.records import Article
from tests.constructions import check_precision

CHANGED = [
    ("The International Court of Justice ordered Israel to halt the offensive in Rafah. "
     "Israel rejected the order.",
     [("Israel", "reject", "International Court of Justice's order", False)]),
    ("Westbury Foods said it sued Regal Baking in federal court. Regal said it would fight "
     "the suit.",
     [("Regal Baking", "fight", "Westbury Foods' suit", True)]),
    ("The Bank of Japan cut its discount rate to 2.5 pct. Finance Minister Kiichi Miyazawa "
     "welcomed the cut.",
     [("Kiichi Miyazawa", "welcome", "Bank of Japan's cut", False)]),
    ("Brazil's Supreme Court ruled that the decree was unconstitutional. President Jair "
     "Bolsonaro criticized the ruling.",
     [("Jair Bolsonaro", "criticize", "Supreme Court's ruling", False)]),
    ("Senator Marco Rubio accused China of arming Russia. Beijing rejected the accusations.",
     [("Beijing", "reject", "Marco Rubio's accusations", False)]),
    # a ruling told with no noun object: "ruled ... unconstitutional", "ruled against"
    ("The Court of International Trade ruled the tariffs unconstitutional. The White House "
     "appealed the ruling.",
     [("White House", "appeal", "Court of International Trade's ruling", False)]),
]

UNCHANGED = [
    # no name did it
    ("Protesters blocked the highway. The governor criticized the blockade.", []),
    # several did it
    ("Kenya and Uganda agreed to withdraw troops. Tanzania welcomed the agreement.",
     [("Tanzania", "welcome", "agreement", False)]),
    # two did it, each on their own
    ("Egypt offered to host talks. Qatar offered to mediate. Hamas welcomed the offer.",
     [("Hamas", "welcome", "offer", False)]),
    # its own act
    ("Vantage Airways ordered ten jets from Airbus. Vantage Airways will finance the order "
     "with bank loans.",
     [("Vantage Airways", "finance", "order", True)]),
    # a verb with a particle is another verb
    ("The government ruled out changes to the tax. Labor would not change the rules.", []),
    # an untold act
    ("The Supreme Court did not order a retrial. Lawyers for Imran Khan welcomed the order.",
     []),
    # a verb of another sense: "ruled Syria" governed it, a ruling is a court's decision
    ("Hafez al-Assad ruled Syria for three decades. The Constitutional Court annulled the "
     "ruling.",
     [("Constitutional Court", "annul", "ruling", False)]),
]


@pytest.mark.parametrize(("text", "wanted"), CHANGED + UNCHANGED)
def test_the_side_says_whose_act_it_points_back_to(extractor, text, wanted):
    unwanted = [(s, r, o.split("'")[-1].split()[-1]) for s, r, o, _ in wanted
                if "'" in o]  # never the bare noun beside it
    check_precision(extractor, text, wanted, unwanted)


@pytest.mark.parametrize("text", [t for t, _ in UNCHANGED])
def test_no_owner_where_whose_is_not_clear(extractor, text):
    (result,) = extractor.extract([Article("u", text)])
    nouns = ("blockade", "agreement", "offer", "order", "rules", "retrial", "ruling")
    owned = [(t.subject.label, t.relation.label, t.object.label) for t in result.triples
             if t.object.label.endswith(nouns) and ("'s " in t.object.label
                                                   or "s' " in t.object.label)]
    assert not owned, owned
