"""Nominal paraphrase forms that lost their triple (session 36): the sides of a reciprocal
event written before its noun and joined by a hyphen ("the Russia-Ukraine talks", "the
US-China trade war", as "talks between Russia and Ukraine"), including names the NER
missed in such a pair ("the Israel-Hezbollah war"); and an unnamed group that acts,
compounded with an event noun that has a target ("the police raid on X", "an army assault
on Y", as "police raided X"); and a "by" phrase of people named by whom they follow or
belong to ("the storming of the embassy by supporters of X", "by members of Hezbollah");
and an -ing adjunct after a gerund of a charge ("convicted X of leaking secrets,
sentencing him to ten years": the court sentences, not X); and an "under" phrase of an
event with its agent ("Under pressure from Washington, Israel ...": Washington pressures
Israel, as "Pressured by Washington, Israel ..." says).

Each construction is run through the model on news-style sentences written for these
tests (none is from an evaluation set); rows as in :mod:`tests.test_forms_para`:
(sentence, present triples as (subject label, relation lemma, object label, negated,
hedged), absent (subject, object) pairs).
"""

from __future__ import annotations

import pytest

from actorgraph.records import Article
from tests.constructions import cases, check_construction

CONSTRUCTIONS = {
    # the names before a reciprocal noun, joined by a hyphen, are its sides, each with the
    # other (as "talks between X and Y")
    "sides joined by a hyphen before a reciprocal noun": [
        ("The Russia-Ukraine talks in Istanbul collapsed.",
         [("Russia", "talk", "Ukraine", False, False),
          ("Ukraine", "talk", "Russia", False, False)], []),
        ("The US-China trade war hurt American farmers.",
         [("United States", "war", "China", False, False),
          ("China", "war", "United States", False, False)], []),
        ("The India-Pakistan clashes in Kashmir killed ten soldiers.",
         [("India", "clash", "Pakistan", False, False),
          ("Pakistan", "clash", "India", False, False)], []),
        ("Qatar mediated the Israel-Hamas talks in Doha.",
         [("Israel", "talk", "Hamas", False, False),
          ("Hamas", "talk", "Israel", False, False)], []),
        ("The Saudi-Iran deal was brokered by China.",
         [("Saudi Arabia", "deal", "Iran", False, False),
          ("Iran", "deal", "Saudi Arabia", False, False)], []),
    ],
    # the NER often types neither name of such a pair: a name the dictionaries list by
    # itself is still that country or organisation, and only that one
    "listed names the NER missed in a hyphened pair": [
        ("The Armenia-Azerbaijan peace talks resumed in Washington.",
         [("Armenia", "talk", "Azerbaijan", False, False),
          ("Azerbaijan", "talk", "Armenia", False, False)], []),
        ("The Israel-Hezbollah war displaced thousands of families.",
         [("Israel", "war", "Hezbollah", False, False),
          ("Hezbollah", "war", "Israel", False, False)], []),
        ("The Nissan-Honda merger talks collapsed in February.",
         [("Nissan", "talk", "Honda", False, False),
          ("Honda", "talk", "Nissan", False, False)], []),
    ],
    # guards: one name with a hyphen inside it is no pair
    "one name with a hyphen": [
        ("The Coca-Cola deal with PepsiCo was approved.", [],
         [("Coca", "Cola"), ("Cola", "Coca")]),
        ("Al-Shabaab talks with the government collapsed.", [], [("Al", "Shabaab")]),
        ("Guinea-Bissau's talks with Senegal resumed.", [],
         [("Guinea", "Bissau"), ("Bissau", "Guinea")]),
    ],
    # an unnamed group that acts (police, army, workers), compounded with an event noun
    # aimed at someone, does it, as "police raided X"
    "an acting group compounded with an aimed event noun": [
        ("The police raid on the Labour Party headquarters was condemned.",
         [("police", "raid", "Labour Party headquarters", False, False)], []),
        ("An army assault on Marawi killed dozens of militants.",
         [("army", "assault", "Marawi", False, False)], []),
        ("The worker strike against Ford entered a third week.",
         [("worker", "strike", "Ford", False, False)], []),
        ("Police raids on opposition offices in Minsk continued.",
         [("police", "raid", "opposition offices in Minsk", False, False)], []),
    ],
    # "by supporters of X", "by members of X": people named by whom they follow or belong
    # to are the agent of the event noun, as in "X's members attacked Y" or the passive
    "a by phrase of followers or members of a named side": [
        ("The storming of the Swedish embassy by supporters of Moqtada al-Sadr was "
         "condemned.", [("supporters of Moqtada al-Sadr", "storm", "Sweden", False, False)],
         []),
        ("The attack on the convoy by members of Hezbollah killed two.",
         [("Hezbollah", "attack", "convoy", False, False)], []),
        ("The seizure of the tanker by members of Iran's Revolutionary Guards angered London.",
         [("Revolutionary Guard", "seize", "tanker", False, False)], []),
        ("The blockade of the port by members of Greenpeace lasted two days.",
         [("Greenpeace", "blockade", "port", False, False)], []),
    ],
    # guards: "by" with a noun of a way or a time names no one
    "a by phrase of a way or a time": [
        ("The shipment of arms to Sudan by way of Chad was halted by the UAE.", [],
         [("way", "Sudan"), ("Chad", "Sudan")]),
        ("The withdrawal of troops from Niger by the end of the year was demanded by the junta.",
         [], [("end", "troops"), ("year", "troops")]),
    ],
    # "convicted X of leaking secrets, sentencing him": the gerund of the charge is no
    # clause of its own before the adjunct; the clause's subject does what it says
    "an -ing adjunct after a gerund of a charge": [
        ("The court convicted Imran Khan of leaking state secrets, sentencing him to ten "
         "years.", [("court", "sentence", "Imran Khan", False, False)], []),
        ("Police arrested Ahmed Mansour for insulting the king, detaining him for four days.",
         [("police", "detain", "Ahmed Mansour", False, False)], []),
        ("A Moscow court convicted Evan Gershkovich of spying, sentencing him to 16 years.",
         [("Moscow court", "sentence", "Evan Gershkovich", False, False)], []),
        ("Prosecutors accused Sam Bankman-Fried of defrauding customers, seeking a 100-year "
         "sentence.", [], [("Sam Bankman-Fried", "100-year sentence")]),
        ("Regulators accused Binance of evading sanctions, fining the exchange $4 billion.",
         [], [("Binance", "exchange")]),
    ],
    # "Under pressure from X, Y ...": the clause's subject undergoes the event of the
    # "under" phrase, as "Pressured by X, Y ..." says; stated, whatever the clause says
    "an under phrase of an event with its agent": [
        ("Under pressure from Washington, Israel allowed aid into Gaza.",
         [("Washington", "pressure", "Israel", False, False)], []),
        ("Under investigation by the FBI, the senator resigned.",
         [("Federal Bureau of Investigation", "investigate", "senator", False, False)], []),
        ("Under sanctions from the EU, Belarus turned to China.",
         [("European Union", "sanction", "Belarus", False, False)], []),
        ("Israel did not allow aid into Gaza under pressure from Washington.",
         [("Washington", "pressure", "Israel", False, False)], []),
    ],
    # guards: the terms one acts under are no event done to one
    "an under phrase of terms": [
        ("Under a ruling by the Supreme Court, Trump remained on the ballot.", [],
         [("Supreme Court", "Trump")]),
        ("Under an agreement with Iran, the IAEA resumed inspections.", [],
         [("Iran", "IAEA")]),
    ],
    # guards: without a target the compound may name a kind, and a group that only
    # owns the thing compounded is no agent
    "an acting group compound without a target": [
        ("A police raid left three dead.", [], [("police", "three")]),
        ("A police station attack by militants killed four.", [],
         [("police", "police station")]),
    ],
}


def test_tables_have_three_rows_each():
    wanted = [rows for rows in CONSTRUCTIONS.values() if all(r[1] for r in rows)]
    assert wanted and all(len(rows) >= 3 for rows in wanted)


@pytest.mark.parametrize("sentence", [
    "The Nissan-Honda merger talks collapsed in February.",
    "The US-Mexico trade deal negotiations stalled.",
    "The Israel-Saudi peace deal talks were suspended.",
])
def test_compounded_event_only_talked_about(extractor, sentence):
    """An event noun compounded with the noun the sides are of ("merger talks") is only
    what the talks are about: the sides are the talks', none of the merger's."""
    (result,) = extractor.extract([Article("t", sentence)])
    lemmas = {t.relation.lemma for t in result.triples}
    assert not lemmas & {"merge", "deal"}, sorted(lemmas)


@pytest.mark.parametrize(("sentence", "present", "absent"), cases(CONSTRUCTIONS))
def test_construction(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
