"""Event summaries: reciprocal and joint acts, answers carried out "with" an event, and
the pronoun for what was seized (session 40).

* the sides of a reciprocal act (:func:`~extract.rules.verbal.joint_sides`) may be
  nationalities joined by "and" before one plural head ("Eritrean and Ethiopian soldiers
  exchange fire": Eritrea and Ethiopia, each with the other), or conjuncts whose
  nationality modifies a compound ("Uzbek border guards and Afghan troops"), or names
  joined in the "of" phrase of a plural head that acts for them ("the leaders of India
  and China met": :func:`~extract.rules.verbal._plural_owners`); not a
  force of two nationalities fighting side by side ("British and French troops fought in
  northern Mali": :data:`~extract.lexicon.SIDE_BY_SIDE_VERBS`), nor an act that is no
  reciprocal one ("German and Dutch investors bought shares");
* conjoined subjects carry out together, each with the other, an activity of
  :data:`~extract.lexicon.JOINT_ACTIVITY_NOUNS` ("hold drills", "conduct naval
  exercises"), any act said to be joint (:data:`~extract.lexicon.JOINT_MODIFIERS`: "a joint
  statement", "joint patrols"), and a reciprocal tie of no event of its own ("restore
  diplomatic relations", "sign a trade protocol"); an act done together to someone is no
  act on each other ("joint strikes on Iran", "joint drills against al-Shabaab"), nor is
  an object that is neither ("signed a letter to the United Nations");
* a verb of retaliating carries out the event noun after its "with", as "went ahead with"
  does (:func:`~extract.context.pursuing`): "retaliated with missile attacks on Kyiv" ->
  Russia attack Kyiv; "hit back with sanctions on Raytheon"; negated with the verb; not
  a bare means ("responded with tear gas");
* an object "it" of a verb of letting go (:data:`~extract.lexicon.RELEASING_VERBS`) stands
  for the named one a verb of taking hold of (:data:`~extract.lexicon.SEIZING_VERBS`) took
  in its sentence or the one before (:meth:`~extract.coref.Coreference._held`): "seized
  the survey vessel Teknik Perdana ... urged Caracas to release it"; not when two were
  taken, nor for a verb of no release.
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction, check_labels

SIDES = {
    "nationalities joined before one head": [
        ("Eritrean and Ethiopian soldiers exchange fire across the frontier.",
         [("Eritrea", "exchange fire", "Ethiopia", False, False),
          ("Ethiopia", "exchange fire", "Eritrea", False, False)], []),
        ("Indian and Chinese officials met in Beijing on Tuesday.",
         [("India", "meet", "China", False, False),
          ("China", "meet", "India", False, False)], []),
    ],
    "a nationality on a compound": [
        ("Azerbaijani border guards and Armenian troops exchanged fire near Sotk.",
         [("Azerbaijani border guards", "exchange fire", "Armenia", False, False),
          ("Armenia", "exchange fire", "Azerbaijani border guards", False, False)], []),
    ],
    "names in the of phrase of a plural head acting for them": [
        ("The leaders of India and China met in Kazan.",
         [("India", "meet", "China", False, False),
          ("China", "meet", "India", False, False)], []),
        ("The defence ministers of Japan and South Korea held talks in Tokyo.",
         [("Japan", "talk", "South Korea", False, False),
          ("South Korea", "talk", "Japan", False, False)], []),
        ("The armies of Sudan and South Sudan clashed near Heglig.",
         [("Sudan", "clash", "South Sudan", False, False),
          ("South Sudan", "clash", "Sudan", False, False)], []),
    ],
    "guard: side by side, or no reciprocal act": [
        ("The armies of Chad and Niger fought in the Lake Chad region.", [],
         [("Chad", "Niger"), ("Niger", "Chad")]),
        ("The leaders of France and Germany criticised Russia.",
         [("France", "criticise", "Russia", False, False)],
         [("France", "Germany"), ("Germany", "France")]),
        ("British and French troops fought in northern Mali.", [],
         [("United Kingdom", "France"), ("France", "United Kingdom")]),
        ("German and Dutch investors bought shares in the firm.", [],
         [("Germany", "Netherlands"), ("Netherlands", "Germany")]),
    ],
    "guard: a head that is no side of its country, or a partner of the act": [
        ("Indian and Pakistani fans clashed outside the stadium in Ahmedabad.", [],
         [("India", "Pakistan"), ("Pakistan", "India")]),
        ("American and Chinese scientists agreed that the virus came from bats.", [],
         [("United States", "China"), ("China", "United States")]),
        ("Israeli and Egyptian troops clashed with smugglers near Rafah.", [],
         [("Israel", "Egypt"), ("Egypt", "Israel")]),
        ("Pakistani and Afghan troops exchanged fire with militants near Chaman.", [],
         [("Pakistan", "Afghanistan"), ("Afghanistan", "Pakistan")]),
        ("The leaders of France and Germany met with farmers in Brussels.", [],
         [("France", "Germany"), ("Germany", "France")]),
    ],
}

JOINT = {
    "joint activities": [
        ("Russian and Chinese warships hold drills in the Sea of Japan.",
         [("Russia", "drill", "China", False, False),
          ("China", "drill", "Russia", False, False)], []),
        ("France and Germany conduct naval exercises in the Baltic.",
         [("France", "exercise", "Germany", False, False),
          ("Germany", "exercise", "France", False, False)], []),
    ],
    "acts said to be joint": [
        ("Brazil and Peru launch joint patrols along the Amazon.",
         [("Brazil", "patrol", "Peru", False, False),
          ("Peru", "patrol", "Brazil", False, False)], []),
        ("Russia and China stepped up joint patrols near Alaska.",
         [("Russia", "patrol", "China", False, False),
          ("China", "patrol", "Russia", False, False)], []),
    ],
    "guard: a joint act they address to others, or more of each one's own": [
        # a joint statement, bid or appeal is no statement to each other
        ("Japan and India sign a joint statement in Tokyo.", [],
         [("Japan", "India"), ("India", "Japan")]),
        ("Spain and Portugal submitted a joint bid to host the World Cup.", [],
         [("Spain", "Portugal"), ("Portugal", "Spain")]),
        ("Greece and Turkey stepped up patrols in the Aegean.", [],
         [("Greece", "Turkey"), ("Turkey", "Greece")]),
        ("Serbia and Hungary increased exercises near the border.", [],
         [("Serbia", "Hungary"), ("Hungary", "Serbia")]),
        ("China and Russia criticised the talks.", [],
         [("China", "Russia"), ("Russia", "China")]),
    ],
    "ties of no event of their own": [
        ("Argentina and Uruguay will restore diplomatic relations next month.",
         [("Argentina", "relate", "Uruguay", False, True),
          ("Uruguay", "relate", "Argentina", False, True)], []),
        ("Brazil and Argentina sign a trade protocol in Brasilia.",
         [("Brazil", "protocol", "Argentina", False, False),
          ("Argentina", "protocol", "Brazil", False, False)], []),
    ],
    "guard: done together to someone, or no joint act": [
        ("Israel and the United States carried out joint strikes on Iran.",
         [("Israel", "strike", "Iran", False, False)],
         [("Israel", "United States"), ("United States", "Israel")]),
        ("Kenya and Uganda hold joint drills against al-Shabaab.", [],
         [("Kenya", "Uganda"), ("Uganda", "Kenya")]),
        ("Britain and France signed a letter to the United Nations.", [],
         [("United Kingdom", "France"), ("France", "United Kingdom")]),
    ],
    "guard: a joint statement of two nationalities' officials is none to each other": [
        ("Japanese and Australian officials issued a joint statement on Friday.", [],
         [("Japan", "Australia"), ("Australia", "Japan")]),
    ],
    "guard: an act done together aimed at a third, never at each other": [
        ("Russian and Syrian jets carried out joint air strikes in Idlib province on Monday.",
         [], [("Russia", "Syria"), ("Syria", "Russia")]),
        ("Kenyan and Somali troops launched a joint offensive in the Gedo region.", [],
         [("Kenya", "Somalia"), ("Somalia", "Kenya")]),
        ("Hamas and Islamic Jihad claimed a joint attack near the border fence.", [],
         [("Hamas", "Islamic Jihad"), ("Islamic Jihad", "Hamas")]),
        ("Britain and Canada announced joint sanctions on Tuesday.", [],
         [("United Kingdom", "Canada"), ("Canada", "United Kingdom")]),
        ("The United States and Japan issued a joint protest over the missile launch.", [],
         [("United States", "Japan"), ("Japan", "United States")]),
    ],
    "guard: each on its own, judged, or got from a third": [
        ("Russia and China held separate naval drills in the Pacific.", [],
         [("Russia", "China"), ("China", "Russia")]),
        ("North Korea and South Korea staged rival military exercises on Thursday.", [],
         [("North Korea", "South Korea"), ("South Korea", "North Korea")]),
        ("Russia and Ukraine held separate talks in Istanbul.", [],
         [("Russia", "Ukraine"), ("Ukraine", "Russia")]),
        ("China and Russia condemned the military exercises near their borders.", [],
         [("China", "Russia"), ("Russia", "China")]),
        ("Beijing and Pyongyang denounced the joint drills as a rehearsal for invasion.", [],
         [("Beijing", "Pyongyang"), ("Pyongyang", "Beijing")]),
        ("Siemens and Alstom won contracts worth $2 billion.", [],
         [("Siemens", "Alstom"), ("Alstom", "Siemens")]),
    ],
}

RETALIATION = {
    "an answer carried out with an event": [
        ("Russia retaliated with missile attacks on Kyiv.",
         [("Russia", "attack", "Kyiv", False, False)], []),
        ("Turkey responded with airstrikes on Kurdish militants in northern Iraq.",
         [("Turkey", "strike", "Kurdish militants", False, False)], []),
        ("Beijing hit back with sanctions on Raytheon.",
         [("Beijing", "sanction", "Raytheon", False, False)], []),
        ("Israel did not respond with strikes on Lebanon.",
         [("Israel", "strike", "Lebanon", True, False)], []),
    ],
}

HELD = {
    "the pronoun for what was seized": [
        ("Venezuela seized the survey vessel Teknik Perdana near the Essequibo. Guyana urged "
         "Caracas to release it.",
         [("Caracas", "release", "Teknik Perdana", False, True)], []),
        ("Russia impounded the cargo ship Marlin in Sevastopol. Ukraine demanded that "
         "Moscow return it.",
         [("Moscow", "return", "Marlin", False, True)], []),
        ("Houthi rebels captured the freighter Galaxy Star in the Red Sea on Sunday. Japan "
         "urged the Houthis to free it.",
         [("Houthis", "free", "Galaxy Star", False, True)], []),
    ],
    "guard: two taken, or no release": [
        ("Iran seized the tanker Ocean Pearl and a British ship. Greece urged Tehran to "
         "release it.", [], [("Tehran", "Ocean Pearl"), ("Tehran", "British ship")]),
        ("Iran seized the tanker Ocean Pearl. Greece urged Tehran to explain it.", [],
         [("Tehran", "Ocean Pearl")]),
        ("Iranian commandos seized the tanker Niovi last week. The oil on board belongs to "
         "Chevron, which wants Tehran to return it.", [], [("Tehran", "Niovi")]),
    ],
    "what was taken, with the releaser's own subject between": [
        ("Somali pirates hijacked the bulk carrier MV Ruen last year. The Indian navy freed "
         "it in March.", [("India", "free", "MV Ruen", False, False)], []),
    ],
}


@pytest.mark.parametrize("sentence, present, absent",
                         cases(SIDES, JOINT, RETALIATION, HELD))
def test_summaries40(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)


def test_joint_sides_nationality_on_a_compound():
    """A nationality the parser hung on a compound ("Uzbek border guards", "Uzbek" under
    "border") still names its side; a conjunct naming nothing is no side."""
    from actorgraph.extract.rules.verbal import joint_sides

    from tests.docs import parse
    doc = parse("Uzbek border guards and Afghan troops exchange fire", '''
        1 compound PROPN Uzbek NNP
        2 compound NOUN border NN
        6 nsubj NOUN guard NNS
        2 cc CCONJ and CC
        5 compound PROPN Afghan NNP
        2 conj NOUN troop NNS
        6 ROOT VERB exchange VBP
        6 dobj NOUN fire NN''', ents={"Uzbek": "NORP", "Afghan": "NORP"})
    assert [t.text for t in joint_sides(doc[2], doc[6])] == ["guards", "troops"]
    plain = parse("border guards and Afghan troops exchange fire", '''
        1 compound NOUN border NN
        5 nsubj NOUN guard NNS
        1 cc CCONJ and CC
        4 compound PROPN Afghan NNP
        1 conj NOUN troop NNS
        5 ROOT VERB exchange VBP
        5 dobj NOUN fire NN''', ents={"Afghan": "NORP"})
    assert [t.text for t in joint_sides(plain[1], plain[5])] == ["troops"]


def test_joint_sides_conjoined_nationalities():
    """"Thai and Cambodian troops": each nationality word is a side; not with a verb a
    force of two nationalities does side by side."""
    from actorgraph.extract.rules.verbal import joint_sides

    from tests.docs import parse
    doc = parse("Serbian and Croatian troops clash", '''
        3 amod ADJ serbian JJ
        0 cc CCONJ and CC
        0 conj ADJ croatian JJ
        4 nsubj NOUN troop NNS
        4 ROOT VERB clash VBP''', ents={"Serbian": "NORP", "Croatian": "NORP"})
    assert [t.text for t in joint_sides(doc[3], doc[4])] == ["Serbian", "Croatian"]
    fought = parse("Serbian and Croatian troops fought", '''
        3 amod ADJ serbian JJ
        0 cc CCONJ and CC
        0 conj ADJ croatian JJ
        4 nsubj NOUN troop NNS
        4 ROOT VERB fight VBD''', ents={"Serbian": "NORP", "Croatian": "NORP"})
    assert joint_sides(fought[3], fought[4]) == []


@pytest.mark.parametrize("sentence, absent", [
    ("Peru and Ecuador agree to reopen the border crossing, ending a long dispute.",
     ("Peru", "end dispute", "Ecuador")),
    ("Serbia and Kosovo settled their quarrel over licence plates.",
     ("Serbia", "settle quarrel", "Kosovo")),
])
def test_no_tie_of_a_dispute_ended(extractor, sentence, absent):
    """A reciprocal noun of no event that is no lasting tie ("a dispute" ended) is no act
    of the two on each other."""
    check_labels(extractor, sentence, [], [absent])
