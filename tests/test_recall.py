"""The recall constructions of issue 12 (nominal events, light verbs, flags) through the
real model.

The sentences were written for these tests (none is from an evaluation set). Each
entry: a sentence, the triples it must give as (subject label, relation lemma, object
label, negated, hedged), and (subject, object) pairs it must not give in either reading
(the wrong actor, the reversed direction, the finder of a plot as its author).
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction

pytestmark = pytest.mark.model

CONSTRUCTIONS = {
    "who uses a means does what its infinitive says": [
        ("Pompeo used Twitter to blame Iran for the attack.",
         [("Pompeo", "blame", "Iran", False, False)], [("Twitter", "Iran")]),
        ("Russia used its veto to block the resolution on Syria.",
         [("Russia", "block", "resolution on Syria", False, False)], [("veto", "resolution")]),
        ("The governor used Instagram to thank Joe Biden.",
         [("governor", "thank", "Joe Biden", False, False)], [("Instagram", "Joe Biden")]),
    ],
    "agent led by a named actor": [
        ("A US-led airstrike on Raqqa killed 30 civilians.",
         [("United States", "strike", "Raqqa", False, False)], []),
        ("A French-led raid on Gao killed two militants.",
         [("France", "raid", "Gao", False, False)], [("Gao", "France")]),
        ("A Russian-led offensive against Idlib began on Monday.",
         [("Russia", "offensive", "Idlib", False, False)], []),
    ],
    "agent as a group or an organisation inside a compound": [
        ("A Kurdish militia attack on Kirkuk killed five people.",
         [("militia", "attack", "Kirkuk", False, False)], []),
        ("A PKK bombing attack on an army convoy in Hakkari killed six soldiers.",
         [("PKK", "attack", "army convoy", False, False),
          ("PKK", "kill", "soldiers", False, False)], [("Hakkari", "soldiers")]),
        ("A Taliban suicide bombing attack on a police station in Kunduz killed nine "
         "officers.",
         [("Taliban", "attack", "police station in Kunduz", False, False)], []),
    ],
    "country in a compound of an event noun with a target": [
        ("A US drone strike on a car in Kabul killed ten civilians.",
         [("United States", "strike", "car", False, False),
          ("United States", "kill", "civilians", False, False)], [("Kabul", "civilians")]),
        ("A US strike on an Iranian convoy killed the general.",
         [("United States", "strike", "Iranian convoy", False, False)], []),
        # a country the event is aimed at, not its author
        ("The Syria strikes drew criticism from Moscow.", [],
         [("Syria", "Moscow"), ("Syria", "Russia")]),
        ("A Kabul car bomb killed ten people.", [], [("Kabul", "people")]),
    ],
    "reciprocal event between two sides": [
        ("Fighting between Hamas and Fatah left ten people dead in Gaza.",
         [("Hamas", "fight", "Fatah", False, False),
          ("Fatah", "fight", "Hamas", False, False)], [("Gaza", "people")]),
        ("Clashes between Armenia and Azerbaijan erupted on Tuesday.",
         [("Armenia", "clash", "Azerbaijan", False, False),
          ("Azerbaijan", "clash", "Armenia", False, False)], []),
        ("New clashes between Ethiopia and Eritrea were reported near the border.",
         [("Ethiopia", "clash", "Eritrea", False, False),
          ("Eritrea", "clash", "Ethiopia", False, False)], []),
        # "the Taliban and Afghan security forces" parsed as one phrase
        ("Heavy fighting between the Taliban and Afghan security forces continued in "
         "Kunduz.",
         [("Taliban", "fight", "Afghanistan", False, False),
          ("Afghanistan", "fight", "Taliban", False, False)], [("Kunduz", "Taliban")]),
    ],
    "named place of an unnamed target": [
        ("Russian strikes against rebel positions in Idlib killed six fighters.",
         [("Russia", "strike", "Idlib", False, False),
          ("Russia", "strike", "rebel positions in Idlib", False, False)], []),
        ("Government forces launched attacks on rebel positions in Idlib Province.",
         [("government forces", "attack", "Idlib Province", False, False)], []),
        ("Israeli strikes on militant targets in southern Lebanon continued overnight.",
         [("Israel", "strike", "Lebanon", False, False)], []),
    ],
    "object noun aimed at a named participant": [
        ("Britain refused entry to the Russian oligarch Roman Abramovich.",
         [("United Kingdom", "refuse entry", "Roman Abramovich", False, False)], []),
        ("Greece lodged a formal complaint with Turkey over the airspace violations.",
         [("Greece", "lodge complaint", "Turkey", False, False)], [("Turkey", "Greece")]),
        ("Azerbaijan broke off diplomatic relations with Armenia.",
         [("Azerbaijan", "break off relation", "Armenia", False, False)], []),
    ],
    "name in apposition to a described participant": [
        ("Lebanese authorities imposed a curfew in the country's second city, Tripoli.",
         [("Lebanon", "impose in", "Tripoli", False, False)], []),
        ("Brazilian prosecutors filed charges against the former president, Jair "
         "Bolsonaro.",
         [("Brazilian prosecutors", "file charge", "Jair Bolsonaro", False, False)], []),
        ("Kenya blamed the bombing of the mall on the militant leader, Ahmed Umar.",
         [("Kenya", "blame on", "Ahmed Umar", False, False)], []),
    ],
    "noun spelt as its verb with an of-patient": [
        ("Washington's censure of Moscow drew an angry reply from the Kremlin.",
         [("Washington", "censure", "Moscow", False, False)], [("Kremlin", "Washington")]),
        ("The European Union's censure of Hungary came after months of warnings.",
         [("European Union", "censure", "Hungary", False, False)], []),
        ("Tehran responded to the IAEA board's censure of Iran by enriching more uranium.",
         # the board stands for its organisation, as its members would
         [("IAEA", "censure", "Iran", False, False)], [("Tehran", "Iran")]),
    ],
    "perfect participle takes the subject of its clause": [
        ("Having captured Avdiivka, Russia pressed its offensive against Ukraine.",
         [("Russia", "capture", "Avdiivka", False, False)], [("Avdiivka", "Russia")]),
        ("Having met Xi Jinping in Beijing, Putin flew to Pyongyang.",
         [("Putin", "meet", "Xi Jinping", False, False)], [("Xi Jinping", "Pyongyang")]),
        ("Hamas fighters withdrew from Khan Younis on Sunday, having killed three Israeli "
         "soldiers.",
         [("Hamas", "kill", "Israeli soldiers", False, False)],
         [("Khan Younis", "Israeli soldiers")]),
    ],
    "abbreviated name before a hyphenated leader or backer (wire style)": [
        ("A U.K.-led naval task force seized an Iranian tanker off Gibraltar.",
         [("United Kingdom", "seize", "Iranian tanker", False, False)], []),
        ("U.S.-led airstrikes on Houthi targets in Yemen continued overnight.",
         [("United States", "strike", "Houthi targets", False, False)], []),
        ("A U.N.-backed tribunal in Sierra Leone convicted Charles Taylor.",
         [("United Nations", "back", "United Nations-backed tribunal in Sierra Leone",
           False, False)],
         [("Charles Taylor", "United Nations")]),
    ],
    "accused or held responsible for a part in an event (alleged)": [
        ("Israel accused Iran of involvement in the attack on the tanker.",
         [("Iran", "attack", "tanker", False, True)], [("Israel", "tanker")]),
        ("Kyiv accused Moscow of responsibility for the strike on the children's hospital.",
         [("Moscow", "strike", "children's hospital", False, True)],
         [("Kyiv", "children's hospital")]),
        ("Tehran held Washington responsible for the killing of Qassem Soleimani.",
         [("Washington", "kill", "Qassem Soleimani", False, True)],
         [("Tehran", "Qassem Soleimani")]),
        ("Kenya arrested three Somalis for their role in the attack on the Westgate mall.",
         [("Somalis", "attack", "Westgate mall", False, True)], [("Kenya", "Westgate mall")]),
    ],
    "noun made from a verb aimed at someone with against": [
        ("Iran's planned retaliation against Israel has been delayed.",
         [("Iran", "retaliate", "Israel", False, True)], [("Israel", "Iran")]),
        ("Hezbollah's retaliation against Israel came within hours.",
         [("Hezbollah", "retaliate", "Israel", False, False)], []),
        ("The retaliation against Israel by Iran was limited.",
         [("Iran", "retaliate", "Israel", False, False)], []),
    ],
    "who is behind an event": [
        ("Hamas was behind the attack on the Nova festival.",
         [("Hamas", "attack", "Nova festival", False, False)], [("Nova festival", "Hamas")]),
        ("Russia is thought to be behind the attack on the Nord Stream pipelines.",
         [("Russia", "attack", "Nord Stream pipelines", False, True)], []),
        ("Iran was not behind the strike on the Saudi oil facilities, Tehran said.",
         [("Iran", "strike", "Saudi oil facilities", True, False)],
         [("Tehran", "Saudi oil facilities")]),
        ("Al-Shabaab is believed to be behind the bombing of the hotel in Mogadishu.",
         [("Al-Shabaab", "bomb", "hotel in Mogadishu", False, True)], []),
    ],
    "seizing control": [
        ("Rebels seized control of the town of Kidal.",
         [("rebels", "seize control", "Kidal", False, False)], []),
        ("The Taliban took control of Kunduz on Sunday.",
         [("Taliban", "control", "Kunduz", False, False)], []),
        ("Islamic State fighters seized control of Palmyra in May.",
         [("Islamic State", "seize control", "Palmyra", False, False)], []),
    ],
    "what a clause is done in support of or in protest against": [
        ("The United States sent troops to Poland in support of NATO.",
         [("United States", "support", "NATO", False, False)], []),
        ("Thousands of Kenyans marched in Nairobi in protest against William Ruto.",
         [("Kenya", "protest", "William Ruto", False, False)], []),
        ("Iran sent military advisers to Yemen in support of the Houthi movement.",
         [("Iran", "support", "Houthi", False, False)], []),
    ],
    "deed someone is judged for": [
        ("Police arrested Jack Smith for killing two police officers in Ohio.",
         [("Jack Smith", "kill", "police officers", False, True)],
         [("police", "officers"), ("police", "police officers")]),
        # "killing" is parsed as coordinated with "arrested"
        ("Indian police arrested Ravi Kumar for abducting and killing a schoolgirl in Delhi.",
         [("Ravi Kumar", "kill", "schoolgirl", False, True)], [("India", "schoolgirl")]),
        ("Kenyan police arrested Peter Mwangi for robbing and beating two tourists in "
         "Mombasa.",
         [("Peter Mwangi", "beat", "tourists", False, True)], [("Kenya", "tourists")]),
        # praise takes the deed as given (only accusing and arresting verbs allege it)
        ("Turkey praised Qatar for supporting the Muslim Brotherhood.",
         [("Qatar", "support", "Muslim Brotherhood", False, False)],
         [("Turkey", "Muslim Brotherhood")]),
    ],
    "deed named by an event noun someone is judged for": [
        ("Police arrested Ahmed Ali for the killing of the journalist Daphne Caruana "
         "Galizia.",
         [("Ahmed Ali", "kill", "Daphne Caruana Galizia", False, True)],
         [("police", "Daphne Caruana Galizia")]),
        ("A Turkish court charged Hatice Cengiz with the murder of Jamal Khashoggi.",
         [("Hatice Cengiz", "murder", "Khashoggi", False, True)],
         [("Turkish court", "Khashoggi")]),
        ("Three Saudi officers were convicted of Khashoggi's murder.",
         [("Saudi officers", "murder", "Khashoggi", False, True)], []),
    ],
    "name in apposition to a prepositional object": [
        ("Biden met with the Russian foreign minister, Sergei Lavrov.",
         [("Biden", "meet with", "Sergei Lavrov", False, False)], []),
        ("Scholz talked with the Chinese premier, Li Qiang, by phone.",
         [("Scholz", "talk with", "Li Qiang", False, False)], []),
        ("Erdogan met with the Iranian foreign minister, Hossein Amirabdollahian, in Ankara.",
         [("Erdogan", "meet with", "Hossein Amirabdollahian", False, False)], []),
    ],
    "object noun of an infinitive aimed at a named participant": [
        ("Pakistan threatened to cut off diplomatic relations with Afghanistan.",
         [("Pakistan", "threaten to cut off relation with", "Afghanistan", False, True)], []),
        ("Turkey vowed to restore ties with Egypt.",
         [("Turkey", "vow to restore tie with", "Egypt", False, True)], []),
        ("Hungary refused to sign a deal with Ukraine.",
         [("Hungary", "sign deal", "Ukraine", True, False),
          ("Hungary", "refuse to sign deal", "Ukraine", False, False)], []),
    ],
    "whom a demand is made of": [
        ("Catalan separatists demanded a referendum from the Spanish government.",
         [("Catalan separatists", "demand", "Spain", False, False)], []),
        ("Korea demanded an apology from Japan for wartime forced labour.",
         [("Korea", "demand", "Japan", False, False)], [("Japan", "Korea")]),
        ("The miners demanded higher wages from Anglo American.",
         [("miners", "demand from", "Anglo American", False, False)], []),
    ],
    "event blamed on someone": [
        ("Kenya blamed the bombing of the mall on Al-Shabaab.",
         [("Al-Shabaab", "bomb", "mall", False, True),
          ("Kenya", "blame on", "Al-Shabaab", False, False)], [("Kenya", "mall")]),
        ("Ukraine attributed the strike on the hospital to Russia.",
         [("Russia", "strike", "hospital", False, True)], [("Ukraine", "hospital")]),
        ("Officials blamed the attack on the police station on the Pakistani Taliban.",
         [("Taliban", "attack", "police station", False, True)],
         [("officials", "police station")]),
    ],
    "reciprocal act of conjoined subjects": [
        ("Armenia and Azerbaijan held talks in Moscow on Friday.",
         [("Armenia", "talk", "Azerbaijan", False, False),
          ("Azerbaijan", "talk", "Armenia", False, False)], []),
        ("India and Pakistan signed a ceasefire agreement.",
         [("India", "agree", "Pakistan", False, False),
          ("Pakistan", "agree", "India", False, False)], []),
        ("Putin and Erdogan met in Sochi.",
         [("Putin", "meet", "Erdogan", False, False),
          ("Erdogan", "meet", "Putin", False, False)], []),
    ],
    "two groups that name their affiliation": [
        ("Iraqi militias made threats against US personnel.",
         [("Iraqi militias", "threaten", "United States personnel", False, False)], []),
        ("Islamic militants attacked Christian villagers in Plateau state.",
         [("Islamic militants", "attack", "Christian villagers", False, False)], []),
        ("An Indian court sentenced five Pakistani militants to death.",
         [("Indian court", "sentence", "Pakistani militants", False, False)], []),
        # unnamed groups on both sides stay out
        ("Local residents attacked the old bridge.", [], [("residents", "bridge"),
                                                          ("Local residents", "old bridge")]),
    ],
    "role given by an appointment (a nomination is hedged)": [
        ("The party elected Keir Starmer as leader of the Labour Party.",
         [("Keir Starmer", "leader of", "Labour Party", False, False)], []),
        ("Trump appointed Mike Pompeo as the new director of the CIA.",
         [("Mike Pompeo", "leader of", "CIA", False, False)], [("Trump", "CIA")]),
        ("Obama nominated Janet Yellen as chair of the Federal Reserve.",
         [("Janet Yellen", "leader of", "Federal Reserve", False, True)], []),
        ("The prime minister nominated Mark Carney as governor of the Bank of England.",
         [("Mark Carney", "leader of", "Bank of England", False, True)], []),
    ],
    "reaction to a violent event named before": [
        ("A Saudi-led airstrike on a market in Saada killed 20 people. The UN secretary "
         "general condemned the attack.",
         [("United Nations secretary general", "condemn attack", "Saudi Arabia", False,
           False)], []),
        ("Al-Shabaab militants stormed a hotel in Nairobi. The African Union denounced the "
         "assault.",
         [("African Union", "denounce assault", "Al-Shabaab", False, False)], []),
        ("Israel struck Gaza. Hamas fired rockets at Tel Aviv. Egypt condemned the attack.",
         [("Egypt", "condemn attack", "Hamas", False, False)], [("Egypt", "Israel")]),
        # not definite: no event to refer back to
        ("Boko Haram raided a village in Borno. The UN condemned attacks on civilians.",
         [], [("United Nations", "Boko Haram")]),
    ],
    "support verb that is not the agent's act": [
        ("Police uncovered a Hezbollah assassination plot against Saad Hariri.",
         [], [("police", "Saad Hariri")]),
        ("Journalists witnessed the attack on the convoy near Aleppo.",
         [], [("journalists", "convoy"), ("journalists", "Aleppo")]),
        ("The family survived an attack on their home in Kabul.",
         [], [("family", "Kabul")]),
    ],
}

FLAGS = {
    "denied": [
        ("Turkey denied shelling Kurdish positions in Afrin.",
         [("Turkey", "shell", "Kurdish positions in Afrin", True, False)], []),
        ("Moscow denied that Russian jets bombed the hospital in Aleppo.",
         [("Russia", "bomb", "hospital in Aleppo", True, False)], []),
        ("Pakistan denied sheltering Osama bin Laden.",
         [("Pakistan", "shelter", "Osama bin Laden", True, False)], []),
    ],
    "refused": [
        ("Iran refused to release the British tanker Stena Impero.",
         [("Iran", "refuse to release", "Stena Impero", False, False),
          ("Iran", "release", "Stena Impero", True, False)], []),
        ("Hungary refused to accept refugees from Greece.",
         [("Hungary", "accept from", "Greece", True, False)], []),
        ("The Serbian parliament declined to recognise Kosovo.",
         [("Serbia", "recognise", "Kosovo", True, False)], []),
    ],
    "failed or foiled event": [
        ("Kenyan police said they had thwarted an Al-Shabaab attack on the Nairobi "
         "airport.",
         [("Al-Shabaab", "attack", "Nairobi airport", True, False)],
         [("Kenya", "Nairobi airport")]),
        # (a repelled attack was made: tests/test_neg43_repelled_events.py)
        ("Soldiers foiled a Taliban attack on Kunduz.",
         [("Taliban", "attack", "Kunduz", True, False)], []),
        ("A failed Houthi attack on Aden left four militants dead.",
         [("Houthi", "attack", "Aden", True, False)], []),
    ],
    "no longer, never": [
        ("Ecuador will no longer recognise Juan Guaido.",
         [("Ecuador", "recognise", "Juan Guaido", True, True)], []),
        ("Britain will no longer supply arms to Saudi Arabia.",
         [("United Kingdom", "supply", "Saudi Arabia", True, True)], []),
        ("North Korea has never attacked Japan.",
         [("North Korea", "attack", "Japan", True, False)], []),
    ],
    "prepositional verb, no longer": [
        ("Iran will no longer abide by the nuclear deal.",
         [("Iran", "abide by", "nuclear deal", True, True)], []),
        ("North Korea says it will no longer abide by the armistice.",
         [("North Korea", "abide by", "armistice", True, True)], []),
        ("Hamas said it would abide by the ceasefire.",
         [("Hamas", "abide by", "ceasefire", False, True)], []),
    ],
    "required or wished clause": [
        ("Russia demanded that Ukraine withdraw its troops from Kursk.",
         [("Ukraine", "withdraw from", "Kursk", False, True),
          ("Russia", "demand", "Ukraine", False, False)], []),
        ("The court ordered that Google pay the fine.",
         [("Google", "pay", "fine", False, True)], []),
        ("Hamas wants Israel to free all prisoners.",
         [("Israel", "free", "prisoners", False, True)], []),
        # a report is not a demand
        ("Biden said that Russia invaded Ukraine.",
         [("Russia", "invade", "Ukraine", False, False)], []),
    ],
    "condition": [
        # (a named owner since session 44: "its nuclear sites", owner unfound, is dropped)
        ("Iran will retaliate against Israel if Israel strikes Iran's nuclear sites.",
         [("Israel", "strike", "Iran's nuclear sites", False, True)], []),
        ("The United States will lift sanctions on Venezuela if Nicolas Maduro releases "
         "political prisoners.",
         [("Nicolas Maduro", "release", "political prisoners", False, True)], []),
        ("Russia threatened to cut gas supplies unless Ukraine paid its debts.",
         [("Ukraine", "pay", "Ukraine's debts", False, True)], []),
    ],
    "part in an event owned up to or denied": [
        ("Hezbollah denied responsibility for the rocket attack on the Golan Heights.",
         [("Hezbollah", "attack", "Golan Heights", True, False)], []),
        ("Kenya denied any role in the abduction of the opposition leader Kizza Besigye.",
         [("Kenya", "abduct", "Kizza Besigye", True, False)], [("Kizza Besigye", "Kenya")]),
        ("The Taliban rejected any responsibility for the attack on the Pakistani border "
         "post.",
         [("Taliban", "attack", "Pakistani border post", True, False)], []),
        ("Ukraine confirmed its role in the killing of General Igor Kirillov.",
         [("Ukraine", "kill", "General Igor Kirillov", False, False)], []),
        # neither owned up to nor denied: it may have happened
        ("Israel has never acknowledged a role in the assassination of Ismail Haniyeh.",
         [("Israel", "assassinate", "Ismail Haniyeh", False, True)], []),
        ("Hamas did not deny responsibility for the abduction of the Israeli teenagers.",
         [("Hamas", "abduct", "Israeli teenagers", False, True)], []),
        # a part in talks between others is no deed of the talks
        ("Egypt played a key role in the talks between Israel and Hamas.", [],
         [("Egypt", "Israel"), ("Egypt", "Hamas")]),
    ],
    "infinitive of a refusal or failure noun did not happen": [
        ("Russia's refusal to extradite Edward Snowden angered Washington.",
         [("Russia", "extradite", "Edward Snowden", True, False),
          ("Russia", "refusal to extradite", "Edward Snowden", False, False)],
         [("Edward Snowden", "Russia")]),
        ("Serbia's refusal to recognise Kosovo has stalled talks with the EU.",
         [("Serbia", "recognise", "Kosovo", True, False)], []),
        ("Hungary's failure to ratify Sweden's membership delayed the expansion of NATO.",
         [("Hungary", "ratify", "Sweden's membership", True, False)], []),
    ],
    "infinitive of an intention noun parsed as a relative clause": [
        ("Hezbollah's vow to retaliate against Israel raised fears of a wider war.",
         [("Hezbollah", "vow to retaliate against", "Israel", False, True)], []),
        ("The Taliban's vow to punish former soldiers alarmed the United Nations.",
         [("Taliban", "vow to punish", "soldiers", False, True)], []),
        ("Iran's vow to avenge Qassem Soleimani worried Washington.",
         [("Iran", "vow to avenge", "Qassem Soleimani", False, True)], []),
    ],
    "alleged, suspected or proposed event": [
        ("An alleged Israeli airstrike on Damascus killed three people.",
         [("Israel", "strike", "Damascus", False, True)], []),
        ("A suspected Russian missile strike on Odesa killed two people.",
         [("Russia", "strike", "Odesa", False, True)], []),
        ("Egypt proposed a ceasefire between Israel and Hamas.",
         [("Israel", "ceasefire", "Hamas", False, True),
          ("Hamas", "ceasefire", "Israel", False, True)], []),
        ("The UN called for talks between Serbia and Kosovo.",
         [("Serbia", "talk", "Kosovo", False, True),
          ("Kosovo", "talk", "Serbia", False, True)], []),
    ],
}

CASES = cases(CONSTRUCTIONS, FLAGS)


def test_each_construction_has_three_sentences():
    assert all(len(rows) >= 3 for table in (CONSTRUCTIONS, FLAGS) for rows in table.values())


@pytest.mark.parametrize(("sentence", "present", "absent"), CASES)
def test_recall_construction(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
