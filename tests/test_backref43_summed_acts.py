"""Objects that point back to an act told before (session 43).

A bare definite noun that sums up an act an earlier sentence told with another verb
(``[summed_acts]``: "the launch", "the operation", "the decision") names nothing
by itself; the earlier sentence says whose it is (:meth:`~extract.actors.Actors._summed_act`):
"North Korea fired two missiles into the sea ... Japan condemned the launch" condemns North
Korea's launch. A noun marked "=" ("the suit", "the lawsuit", "the campaign") points back
to a verb whose own bare object it was ("filed suit ... had not seen the suit"). Only the
nearest of the three sentences before with a named doer and a verb of the noun's kind;
an act of another kind, one further back, one not told as done (negated, modal, hedged,
to come: "may have fired", "will launch") or the doer's own act leave the object as it was
(it is not dropped); for a noun of any act ("the decision") a sentence whose act has an
unnamed doer ("a court in Poland ruled") ends the look-back, and a doer's own word
that it will act ("Argentina said it would withdraw") tells its decision (review43b).
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_labels

SUMMED = {
    "the launch": [
        ("Iran launched a barrage of missiles at Israeli air bases on Sunday, the "
         "Revolutionary Guards said. The missiles struck two bases in the Negev. Britain and "
         "France condemned the launch.",
         [("United Kingdom", "condemn", "Iran's launch"),
          ("France", "condemn", "Iran's launch")], [("France", "condemn", "launch")]),
        ("Pyongyang fired a long-range rocket over Japan early on Tuesday. Tokyo protested "
         "the launch.",
         [("Tokyo", "protest", "Pyongyang's launch")], []),
        ("The Houthis fired a hypersonic missile at Tel Aviv on Monday, a spokesman for the "
         "group said. Germany condemned the launch.",
         [("Germany", "condemn", "Houthis' launch")], []),
    ],
    "the operation": [
        ("Sudanese troops raided a camp of the Rapid Support Forces near Omdurman on Friday. "
         "The army said 30 fighters were killed. Egypt praised the operation.",
         [("Egypt", "praise", "Sudan's operation")], []),
        ("Colombian police arrested 14 members of the Clan del Golfo in Medellin on "
         "Thursday. Washington praised the operation.",
         [("Washington", "praise", "Colombia's operation")], []),
    ],
    "the decision": [
        ("Canada expelled two Indian diplomats on Monday. India regretted the decision.",
         [("India", "regret", "Canada's decision")], []),
        ("The Federal Trade Commission fined Pfizer 80 million dollars last week. Pfizer said "
         "it disagreed with the decision.",
         [("Pfizer", "disagree with", "Federal Trade Commission's decision")], []),
        ("The Hungarian parliament approved Sweden's bid to join NATO on Monday. Moscow "
         "criticised the decision.",
         [("Moscow", "criticise", "Hungary's decision")], []),
    ],
    "a bare object of the verb: the suit, the lawsuit": [
        ("Carlisle Foods said it filed suit against Dunmore Dairy on Thursday. A Dunmore "
         "spokesman said the company had not seen the suit.",
         [("Dunmore", "see", "Carlisle Foods' suit")], []),
        ("Greenpeace brought a lawsuit against the Dutch state in June. The court will hear "
         "arguments in May. Shell criticised the lawsuit.",
         [("Shell", "criticise", "Greenpeace's lawsuit")], []),
    ],
}

GUARDS = {
    "guard: an act of another kind": [
        ("North Korea held talks with Russia on Tuesday. Japan condemned the launch.",
         [("Japan", "condemn", "launch")], [("Japan", "condemn", "North Korea's launch")]),
    ],
    "guard: an act too far back": [
        ("Canada expelled two Indian diplomats on Monday. The two countries have been at "
         "odds for a year. Officials met in Delhi. Trade fell sharply. Analysts said little. "
         "India regretted the decision.",
         [("India", "regret", "decision")], [("India", "regret", "Canada's decision")]),
    ],
    "guard: a negated act": [
        ("The Polish government did not ban imports of Ukrainian grain. Kyiv welcomed the "
         "decision.",
         [], [("Kyiv", "welcome", "Poland's decision")]),
    ],
    "guard: an act not told as done (modal, hedged, future)": [
        # (review43b 2) the object is left as it was
        ("Officials in Seoul said Pyongyang might have fired a cruise missile over the sea. "
         "Japan protested the launch.",
         [("Japan", "protest", "launch")], [("Japan", "protest", "Pyongyang's launch")]),
        ("Syria reportedly fired rockets at a Turkish border post on Sunday. Ankara "
         "condemned the launch.",
         [("Ankara", "condemn", "launch")], [("Ankara", "condemn", "Syria's launch")]),
        ("Japan's defence ministry said North Korea will launch a spy satellite next week. "
         "Tokyo protested the launch.",
         [("Tokyo", "protest", "launch")], [("Tokyo", "protest", "North Korea's launch")]),
        ("The Kremlin could raid the offices of the newspaper soon. Washington criticised "
         "the operation.",
         [("Washington", "criticise", "operation")],
         [("Washington", "criticise", "Kremlin's operation")]),
    ],
    "guard: an act of an unnamed doer stops the look-back of 'decision'": [
        ("Hungary raised its gas tariffs on Monday. Separately, a tribunal in Prague ruled "
         "that the vote was valid. The EU welcomed the decision.",
         [("European Union", "welcome", "decision")],
         [("European Union", "welcome", "Hungary's decision")]),
        ("Turkish police detained 30 people in Istanbul. A court in Ankara will decide next "
         "week. Human Rights Watch criticised the decision.",
         [("Human Rights Watch", "criticise", "decision")],
         [("Human Rights Watch", "criticise", "Turkey's decision")]),
        ("Ghana expelled a French diplomat on Tuesday. A parliamentary committee will review "
         "the trade rules in June. Paris regretted the decision.",
         [("Paris", "regret", "decision")], [("Paris", "regret", "Ghana's decision")]),
    ],
    "a decision its doer announces is told ('said it would'); 'might' or no one's word is not": [
        ("Argentina said it would withdraw from the WHO. The Spanish government criticised "
         "the decision.",
         [("Spain", "criticise", "Argentina's decision")], []),
        ("Chile announced it would close its embassy in Caracas. Venezuela condemned the "
         "decision.",
         [("Venezuela", "condemn", "Chile's decision")], []),
        ("Indonesia said it might ban palm oil exports. Malaysia criticised the decision.",
         [("Malaysia", "criticise", "decision")],
         [("Malaysia", "criticise", "Indonesia's decision")]),
        ("Azerbaijan shelled Armenian positions on Sunday. The Georgian parliament will "
         "elect a new speaker in May. Moscow said it would respect the decision.",
         [], [("Moscow", "respect", "Georgia's decision"),
              ("Moscow", "respect", "Azerbaijan's decision")]),
    ],
    "guard: a stated act past a sentence of another kind still sums up": [
        ("North Korea fired two ballistic missiles into the sea on Thursday. The missiles "
         "flew 300 kilometres. Japan condemned the launch.",
         [("Japan", "condemn", "North Korea's launch")], []),
        ("Chile expelled three Bolivian diplomats on Wednesday. La Paz regretted the "
         "decision.",
         [("La Paz", "regret", "Chile's decision")], []),
    ],
    "guard: the doer's own act": [
        ("Iran launched a barrage of missiles at Israeli air bases on Sunday. Israel said it "
         "would respond. Iran defended the launch.",
         [("Iran", "defend", "launch")], [("Iran", "defend", "Iran's launch")]),
        ("Ridgeway Grain filed suit against Halcyon Mills on Monday. Ridgeway said it would "
         "pursue the suit.",
         [], [("Ridgeway", "pursue", "Ridgeway Grain's suit")]),
    ],
    "guard: a noun that says which": [
        ("Iran launched missiles at Israel on Sunday. Britain condemned the Iranian launch.",
         [], [("United Kingdom", "condemn", "Iran's launch")]),
    ],
}


@pytest.mark.parametrize(("sentence", "present", "absent"), cases(SUMMED, GUARDS))
def test_summed_acts(extractor, sentence, present, absent):
    check_labels(extractor, sentence, present, absent)
