"""Negated and hedged readings of acquittals, rejected reports, withdrawn permission and
suspicion, in portal-style event summaries.

The sentences were written for these tests (none is from an evaluation set). Each entry: a
sentence, the triples it must give as (subject label, relation lemma, object label,
negated, hedged), and the (subject, object) pairs it must not give in either reading (see
``tests/constructions.py``). Each construction ends with guards: the same event stated
as done (or only alleged) keeps its reading.
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction

pytestmark = pytest.mark.model

ACQUITTED = {
    "'X acquits / clears / exonerates Y of V-ing Z', 'Y is acquitted of V-ing Z': Y V Z, "
    "negated": [
        ("A Kenyan court acquits former minister Amina Odhiambo of bribing county officials.",
         [("Amina Odhiambo", "bribe", "county officials", True, False),
          # the acquittal itself happened
          ("Kenyan court", "acquit", "Amina Odhiambo", False, False)],
         [("Kenyan court", "county officials")]),
        ("Former Peruvian president Ollanta Humala is acquitted of laundering money for "
         "Odebrecht.",
         [("Ollanta Humala", "launder for", "Odebrecht", True, False)], []),
        ("A French court clears Nicolas Sarkozy of taking funds from Muammar Gaddafi.",
         [("Nicolas Sarkozy", "take from", "Muammar Gaddafi", True, False)], []),
        ("A Tanzanian court acquits opposition leader Tundu Lissu of insulting President "
         "Samia Suluhu Hassan.",
         [("Tundu Lissu", "insult", "Samia Suluhu Hassan", True, False)], []),
        ("An Italian court exonerates Matteo Salvini of kidnapping migrants aboard the Open "
         "Arms.",
         [("Matteo Salvini", "kidnap", "migrants", True, False)], []),
        # the event noun an acquitted gerund takes ("ordering the killing of X")
        ("A Kenyan court acquits former police chief John Mwangi of ordering the killing of "
         "protesters in Kisumu.",
         [("John Mwangi", "kill", "protesters", True, False)], []),
        ("A Peruvian court clears Alberto Fujimori of ordering the massacre of villagers in "
         "Barrios Altos.",
         [("Alberto Fujimori", "massacre", "villagers", True, False)], []),
        ("Former Guatemalan dictator Efrain Rios Montt is acquitted of ordering the killing "
         "of Ixil Mayans.",
         [("Rios Montt", "kill", "Ixil Mayans", True, False)], []),
        ("A Peruvian court convicts Alberto Fujimori of ordering the massacre of villagers in "
         "Barrios Altos.",
         [("Alberto Fujimori", "massacre", "villagers", False, False)], []),
        # convicted: established; accused: alleged
        ("A Brazilian court convicts Fernando Collor of taking bribes from BR Distribuidora.",
         [("Fernando Collor", "take from", "BR Distribuidora", False, False),
          ("BR Distribuidora", "bribe", "Fernando Collor", False, False)], []),
        ("Prosecutors accuse Fernando Collor of taking bribes from BR Distribuidora.",
         [("Fernando Collor", "take from", "BR Distribuidora", False, True),
          ("BR Distribuidora", "bribe", "Fernando Collor", False, True)], []),
    ],
}

REJECTED_REPORT = {
    "'X rejects / dismisses a report that says Y V Z': Y V Z, negated": [
        ("Uganda rejects a Human Rights Watch report that says Ugandan police tortured "
         "opposition activists.",
         [("Ugandan police", "torture", "opposition activists", True, False)], []),
        ("Israel dismisses a United Nations report that says Israeli forces shelled a school "
         "in Rafah.",
         [("Israel", "shell", "school in Rafah", True, False)], []),
        ("Ethiopia rejects an Amnesty International report which says Eritrean troops killed "
         "civilians in Axum.",
         [("Eritrea", "kill", "civilians", True, False)], []),
        # a report welcomed is not denied
        ("Uganda welcomes a Human Rights Watch report that says Ugandan police tortured "
         "opposition activists.",
         [("Ugandan police", "torture", "opposition activists", False, False)], []),
    ],
}

NO_LONGER_ALLOWED = {
    "'X no longer allows / lets Y V Z': Y V Z, negated": [
        ("Kenya no longer allows Somali refugees to enter Tanzania.",
         [("Somali refugees", "enter", "Tanzania", True, False)], []),
        ("Hungary no longer allows Ukrainian trucks to enter Slovakia.",
         [("Ukrainian trucks", "enter", "Slovakia", True, False)], []),
        ("Egypt no longer lets Palestinian aid convoys reach Gaza.",
         [("Palestinian aid convoys", "reach", "Gaza", True, False)], []),
        # allowed: it may happen, it is not denied
        ("Kenya allows Somali refugees to enter Tanzania.",
         [("Somali refugees", "enter", "Tanzania", False, False)], []),
    ],
}

SUSPICION = {
    "'X arrests Y on suspicion of V-ing Z' with the gerund parsed as the noun of 'of': "
    "Y V Z, hedged": [
        ("Germany arrests three men on suspicion of spying for China.",
         [("men", "spy for", "China", False, True)], [("Germany", "China")]),
        ("French police arrest a Russian national on suspicion of spying for Moscow.",
         [("Russian national", "spy for", "Moscow", False, True)], [("France", "Moscow")]),
        ("Spanish police arrest two men on suspicion of financing Hezbollah.",
         [("men", "finance", "Hezbollah", False, True)], [("Spain", "Hezbollah")]),
        ("Indian police detain four students on suspicion of helping Lashkar-e-Taiba.",
         [("students", "help", "Lashkar-e-Taiba", False, True)], []),
    ],
}

THWARTED = {
    "'X thwarts / foils / repels Y's attempt / plan / bid to V Z': Y V Z, negated": [
        ("Ukraine thwarts Russia's attempt to assassinate Volodymyr Zelensky.",
         [("Russia", "attempt to assassinate", "Volodymyr Zelensky", True, False)], []),
        ("Iraqi forces repel the Islamic State's bid to seize Ramadi.",
         [("Islamic State", "bid to seize", "Ramadi", True, True)], []),
        ("Ukraine says it foiled Russia's plan to kill Volodymyr Zelensky.",
         [("Russia", "plan to kill", "Volodymyr Zelensky", True, True)], []),
        # reported, not foiled: not denied
        ("Ukraine reports Russia's attempt to assassinate Volodymyr Zelensky.",
         [("Russia", "attempt to assassinate", "Volodymyr Zelensky", False, False)], []),
        ("The Islamic State's bid to seize Ramadi succeeds.",
         [("Islamic State", "bid to seize", "Ramadi", False, True)], []),
    ],
}


@pytest.mark.parametrize("sentence,present,absent",
                         cases(ACQUITTED, REJECTED_REPORT, NO_LONGER_ALLOWED, SUSPICION,
                               THWARTED))
def test_round4_flags(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
