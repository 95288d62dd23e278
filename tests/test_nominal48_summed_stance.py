"""A stance taken on the act a summing noun stands for (session 48).

* a passive participle of approving or disapproving (event classes SUPPORT, DISAPPROVE,
  REJECT: "condemned", "welcomed", "opposed", "criticised") on a summing noun
  (:data:`~extract.lexicon.SUMMARY_NOUNS`: "move", "step", "decision") set after a clause
  sums up that clause's act, so its "by" agent takes the stance towards the clause's doer
  (:func:`~extract.rules.base.summed_doers`): "Britain recognised Palestine, in a move
  condemned by Israel" is Israel condemn Britain. The noun may be parsed in an "in"
  phrase of the verb or of its last noun, as a noun adjunct of the verb, in apposition
  to the clause's last noun or as a second object after a comma
  (:func:`~extract.rules.base.summed_act`);
* guards: the clause's object is never the one the stance is taken towards ("offered
  Sweden a deal, a move welcomed by Finland": not Sweden); a passive clause's doer is its
  "by" agent, not its subject ("Navalny was jailed by a Moscow court, a decision
  condemned by the EU": the court, not Navalny), and with no "by" agent there is none;
  a participle of no stance takes none ("a move ordered by Putin", "a move seen by
  analysts as ...").
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_labels

SUMMED_STANCE = {
    "stance on the clause's act": [
        ("Hungary vetoed the EU aid package for Kyiv, a decision sharply criticised by Poland.",
         [("Hungary", "veto", "European Union aid package for Kyiv"),
          ("Poland", "criticise", "Hungary")],
         [("Hungary", "Poland"), ("Poland", "Kyiv")]),
        ("Germany expelled four Russian diplomats on Monday, a step welcomed by Ukraine.",
         [("Ukraine", "welcome", "Germany")], [("Germany", "Ukraine"), ("Ukraine", "Russia")]),
        ("The Taliban barred women from universities, a step denounced by the United Nations.",
         [("United Nations", "denounce", "Taliban")], [("Taliban", "United Nations")]),
        ("Israel's cabinet approved the ceasefire deal with Hamas in a move welcomed by Egypt "
         "and Qatar.",
         [("Egypt", "welcome", "Israel"), ("Qatar", "welcome", "Israel")],
         [("Egypt", "Hamas"), ("Qatar", "Hamas")]),
    ],
    "guard: never the clause's object": [
        ("Turkey offered Sweden a deal on NATO membership, a move welcomed by Finland.",
         [("Finland", "welcome", "Turkey")], [("Finland", "Sweden"), ("Turkey", "Finland")]),
    ],
    "guard: a passive clause's doer": [
        ("Alexei Navalny was jailed by a Moscow court, a decision condemned by the European "
         "Union.",
         [("European Union", "condemn", "Moscow court")],
         [("European Union", "Alexei Navalny")]),
        ("Alexei Navalny was jailed for 19 years, a decision condemned by the European Union.",
         [], [("European Union", "Alexei Navalny")]),
    ],
    "guard: no stance": [
        ("Russia pulled its troops back from Kherson, a move ordered by Vladimir Putin.",
         [], [("Vladimir Putin", "Russia")]),
        ("The central bank of Turkey raised interest rates, a move seen by analysts as a "
         "signal to markets.",
         [], [("analysts", "central bank of Turkey"), ("analysts", "Turkey")]),
    ],
}


@pytest.mark.parametrize(("sentence", "present", "absent"), cases(SUMMED_STANCE))
def test_a_stance_on_a_summed_act(extractor, sentence, present, absent):
    check_labels(extractor, sentence, present, absent)
