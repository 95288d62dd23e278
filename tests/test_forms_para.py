"""Paraphrase forms that must hold in every form (issue 12): passives and event nouns.

Each construction is run through the model on news-style sentences written for
these tests (none is from an evaluation set). Each entry: a sentence, the
triples it must give as (subject label, relation lemma, object label, negated,
hedged), and (subject, object) pairs it must not give; no triple may come out
the other way round (see :func:`tests.constructions.check_construction`).
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction
from tests.docs import parse

CONSTRUCTIONS = {
    # the active gerund takes no agent: "by X" after it is the passive verb's
    "passive with its by agent after a gerund": [
        ("Gazprom was banned from selling gas by the European Union last year.",
         [("European Union", "ban", "Gazprom", False, False)], []),
        ("Novak Djokovic was barred from entering the country by Australia in 2022.",
         [("Australia", "bar", "Novak Djokovic", False, False)], []),
        ("Huawei was prohibited from buying American chips by the Commerce Department.",
         [("Commerce Department", "prohibit", "Huawei", False, False)], []),
        ("The Wagner Group was accused of looting gold mines by France.",
         [("France", "accuse", "Wagner Group", False, False)], []),
    ],
    # a state or an organisation after "by" does the event, wherever the parse hangs it
    "event noun with its by agent hung on the patient": [
        ("The expulsion of two Russian diplomats by Norway prompted a swift response "
         "from Moscow.", [("Norway", "expel", "Russia", False, False)], []),
        ("The arrest of four Greek fishermen by Turkey drew an angry response from Athens.",
         [("Turkey", "arrest", "Greek fishermen", False, False)], []),
        ("The expulsion of three Iranian diplomats by Albania drew an angry response "
         "from Tehran.", [("Albania", "expel", "Iran", False, False)], []),
    ],
    # "The N of Y by X VERBed Z" parsed with N the root and the verb a modifier of Z
    "event noun whose sentence verb was read as a modifier": [
        ("The dismissal of Valery Zaluzhnyi by Zelensky ended months of speculation.",
         [("Zelensky", "dismiss", "Valery Zaluzhnyi", False, False)], []),
        ("The dismissal of Valery Zaluzhnyi by Zelensky surprised Western allies.",
         [("Zelensky", "dismiss", "Valery Zaluzhnyi", False, False)],
         [("Western allies", "Valery Zaluzhnyi")]),
        ("The dismissal of Lisa Cook by Trump rattled financial markets.",
         [("Trump", "dismiss", "Lisa Cook", False, False)], []),
        ("The dismissal of James Comey by Trump stunned Washington insiders.",
         [("Trump", "dismiss", "James Comey", False, False)], []),
    ],
    # ... and the swallowed verb's object is no target of the noun
    "the object of a swallowed verb": [
        ("Hungary's veto of the Ukraine aid package angered Brussels.", [],
         [("Hungary", "Brussels")]),
        ("Slovakia's veto of the EU sanctions package angered Kyiv.",
         [("Slovakia", "veto", "European Union sanctions package", False, False)],
         [("Slovakia", "Kyiv")]),
        ("Iran's seizure of the tanker Stena Impero angered London.",
         [("Iran", "seize", "tanker", False, False)], [("Iran", "London")]),
    ],
    # a noun made from a verb the lexicon does not class
    "noun of a verb with its of and by sides": [
        ("The impeachment of Dilma Rousseff by Brazil's Senate ended 13 years of Workers' "
         "Party rule.", [("Senate", "impeach", "Dilma Rousseff", False, False)], []),
        ("The disqualification of Calin Georgescu by Romania's electoral bureau sparked "
         "protests.", [("Romania's electoral bureau", "disqualify", "Calin Georgescu",
                        False, False)], []),
        ("The impeachment of Yoon Suk Yeol by the National Assembly was upheld by the court.",
         [("National Assembly", "impeach", "Yoon Suk Yeol", False, False)], []),
        # a work and its maker are no event
        ("The portrait of Lincoln by Brady hangs in the National Portrait Gallery.", [],
         [("Brady", "Lincoln"), ("Lincoln", "Brady")]),
    ],
    # a named possessor acts on the named "of" side of a noun of an unclassed verb
    "possessor and of side of a noun of a verb": [
        ("The Kremlin's nomination of Sergei Shoigu drew little comment.",
         [("Kremlin", "nominate", "Sergei Shoigu", False, False)], []),
        ("Trump's nomination of Pete Hegseth faced opposition in the Senate.",
         [("Trump", "nominate", "Pete Hegseth", False, False)], []),
        ("Russia's hacking of the Democratic National Committee shaped the 2016 campaign.",
         [("Russia", "hack", "Democratic National Committee", False, False)], []),
        ("The Kremlin's poisoning of Alexei Navalny was confirmed by a German laboratory.",
         [("Kremlin", "poisoning", "Alexei Navalny", False, False)], []),
        # a count of a people, an office: no event
        ("Germany's population of Turks is large.", [], [("Germany", "Turkey")]),
        ("Biden's Secretary of State Antony Blinken visited Kyiv.", [],
         [("Biden", "State")]),
    ],
    # a possessor undergoes a noun of a verb done by a named "by" agent
    "possessor of a noun of a verb with a by agent": [
        ("Huawei's blacklisting by the United States cost the company billions.",
         [("United States", "blacklist", "Huawei", False, False)], []),
        ("Dilma Rousseff's impeachment by Brazil's Senate ended 13 years of Workers' Party "
         "rule.", [("Senate", "impeach", "Dilma Rousseff", False, False)], []),
        ("Calin Georgescu's disqualification by Romania's electoral bureau sparked protests.",
         [("Romania's electoral bureau", "disqualify", "Calin Georgescu", False,
           False)], []),
    ],
    # with a named "by" agent, the name before the event noun undergoes it
    "name before an event noun with a by agent": [
        ("The Activision takeover by Microsoft was cleared by regulators.",
         [("Microsoft", "take over", "Activision", False, False)], []),
        ("The Twitter acquisition by Elon Musk closed in October.",
         [("Elon Musk", "acquire", "Twitter", False, False)], []),
        # without one, the organisation before the noun is its agent
        ("A Hezbollah attack on Israel killed two soldiers.",
         [("Hezbollah", "attack", "Israel", False, False)], []),
        # a reciprocal event has partners, no undergoer
        ("The Kremlin said Zoom talks by Putin were planned.", [], [("Putin", "Zoom")]),
    ],
    # a country's name before an event noun with a named "of" patient is its agent
    "country name before an event noun of a named patient": [
        ("Caracas rejected the US seizure of a Venezuelan presidential plane.",
         [("United States", "seize", "Venezuelan presidential plane", False, False)], []),
        ("The US killing of Qassem Soleimani in Baghdad stunned the region.",
         [("United States", "kill", "Qassem Soleimani", False, False)], []),
        ("The Iran seizure of the MSC Aries in April angered Portugal.",
         [("Iran", "seize", "MSC Aries", False, False)], []),
        # a date is no patient
        ("The Ukraine invasion of 2022 reshaped Europe.", [], [("Ukraine", "2022")]),
    ],
    # a passive participle's undergoer is its main clause's subject as written, also when
    # that clause is passive itself (its patient, never its "by" agent)
    "passive participle on a passive clause": [
        ("Evan Gershkovich was freed after being held by Russia for 16 months.",
         [("Russia", "hold", "Evan Gershkovich", False, False)], []),
        ("After being detained by Iranian police, Narges Mohammadi was sent to Evin prison.",
         [("Iran", "detain", "Narges Mohammadi", False, False)], []),
        ("Attacked by Hamas on October 7, Israel was backed by the United States.",
         [("Hamas", "attack", "Israel", False, False),
          ("United States", "back", "Israel", False, False)], [("Hamas", "United States")]),
        ("Kramatorsk lost its water supply after being shelled by Russian forces.",
         [("Russia", "shell", "Kramatorsk", False, False)], []),
        # what comes next is done to no one
        ("The Republican party is scheduled to hold its convention in Milwaukee on July 15, "
         "followed by the Democratic convention in Chicago.", [],
         [("Democratic convention", "Republican party")]),
        ("Ireland is scheduled to open the tournament against England on Friday, followed by "
         "the Scotland match on Sunday.", [], [("Scotland match", "Ireland")]),
        ("The Senate is scheduled to vote on the bill on Tuesday, followed by the House of "
         "Representatives on Thursday.", [], [("House of Representatives", "Senate")]),
    ],
    # "hit by a wave of X's strikes": the agent of the events the wave is made of
    "passive agent through a wave of events": [
        ("Lebanon was hit by a wave of Israeli airstrikes on Monday.",
         [("Israel", "hit", "Lebanon", False, False)], []),
        ("Beirut was hit by a series of Israeli strikes on Tuesday.",
         [("Israel", "hit", "Beirut", False, False)], []),
        ("Twelve civilians were killed by a barrage of Russian strikes on Kharkiv.",
         [("Russia", "kill", "civilians", False, False)], []),
        # protests against Hamas are no doing of Hamas
        ("Gaza was hit by a wave of protests against Hamas.", [], [("Hamas", "Gaza")]),
    ],
    # "the N of Y, which X carried out": what is carried out is the event, not Y
    "relative clause of carrying out an event noun": [
        ("The killing of Hassan Nasrallah, which Israel carried out on Friday, stunned "
         "Lebanon.", [("Israel", "kill", "Hassan Nasrallah", False, False)], []),
        ("The attack on the Crimean Bridge, which Ukraine carried out in October, damaged "
         "the span.", [("Ukraine", "attack", "Crimean Bridge", False, False)], []),
        ("The bombing of the embassy, which Hezbollah carried out in 1983, killed 63 people.",
         [("Hezbollah", "bomb", "embassy", False, False)], []),
        ("The capture of Avdiivka, which Russia announced in February, was a blow to Kyiv.",
         [("Russia", "capture", "Avdiivka", False, False)], []),
        ("The killing of Qassem Soleimani, which Trump ordered in January 2020, raised "
         "tensions.", [("Trump", "kill", "Qassem Soleimani", False, False)], []),
        ("The island of Taiwan, which China claims, held elections on Saturday.",
         [("China", "claim", "Taiwan", False, False)], []),
        # a place is no event: what was taken is the town
        ("The town of Bakhmut, which Wagner took in May, lies in ruins.",
         [("Wagner", "take", "Bakhmut", False, False)], []),
    ],
    # the board of an organisation stands for it, like its members or units
    "board of a named organisation": [
        ("Iran was censured by the board of the International Atomic Energy Agency on "
         "Thursday.", [("International Atomic Energy Agency", "censure", "Iran", False,
                        False)], []),
        ("The board of Boeing fired Dave Calhoun on Monday.",
         [("Boeing", "fire", "Dave Calhoun", False, False)], []),
        ("Russia was suspended by the board of the Council of Europe in March.",
         [("Council of Europe", "suspend", "Russia", False, False)], []),
    ],
    # a noun of handing over gives to its named "to" phrase
    "recipient of a noun of handing over": [
        ("The UAE's supply of weapons to the Rapid Support Forces was documented by UN "
         "experts.", [("United Arab Emirates", "supply", "Rapid Support Forces", False,
                       False)], [("Rapid Support Forces", "United Arab Emirates")]),
        ("China's supply of drone parts to Russia drew a warning from Washington.",
         [("China", "supply", "Russia", False, False)], []),
        ("The supply of artillery shells to Ukraine by South Korea remains secret.",
         [("South Korea", "supply", "Ukraine", False, False)], []),
    ],
    # a deployment goes to its "to" phrase, as a visit does
    "destination of a deployment": [
        ("Kenya's deployment of 400 police officers to Haiti began on Tuesday.",
         [("Kenya", "deploy", "Haiti", False, False)], []),
        ("Britain's deployment of an aircraft carrier to the Pacific angered Beijing.",
         [("United Kingdom", "deploy", "Pacific", False, False)], []),
        ("The deployment of American troops to Poland by the Pentagon was announced on "
         "Friday.", [("Pentagon", "deploy", "Poland", False, False)], []),
    ],
    # "was provided with X by Y": the "by" hung on what is given is the giver
    "passive of giving with its by agent on the with phrase": [
        ("The Philippines will be provided with coastal radars by Japan.",
         [("Japan", "provide", "Philippines", False, True)], []),
        ("Armenia was provided with radar systems by France.",
         [("France", "provide", "Armenia", False, False)], []),
        ("Georgia was provided with radar systems by Israel.",
         [("Israel", "provide", "Georgia", False, False)], []),
        # an estimate is no giving
        ("The town was destroyed, with estimates by the Red Cross putting the dead at 300.",
         [], [("Red Cross", "town")]),
    ],
    # an -ing adjunct hung on what was ruled or decided is the ruling's doing; under a
    # verb of saying it stays with the reported clause
    "-ing adjunct on a ruled clause": [
        ("The Constitutional Court ruled that the election had been rigged, disqualifying "
         "Calin Georgescu.", [("Constitutional Court", "disqualify", "Calin Georgescu", False,
                               False)], []),
        ("The Court of Arbitration for Sport ruled that the skater had doped, stripping "
         "Kamila Valieva of her medal.", [("Court of Arbitration for Sport", "strip",
                                           "Kamila Valieva", False, False)], []),
        ("The EU decided that the deal broke its rules, fining Google.",
         [("European Union", "fine", "Google", False, False)], [("deal", "Google")]),
        ("Reuters reported that the gunmen had attacked the village, killing Ahmed Shah.", [],
         [("Reuters", "Ahmed Shah")]),
        # two clauses the parse joined are no ruling
        ("Sanders came in second in Ohio, winning 12 of the state's 40 delegates; Joe Biden, "
         "the former vice president, came in first with 28.", [],
         [("Joe Biden", "state's delegates")]),
    ],
    # the -ing adjunct takes the clause's subject, not the object of the clause's own
    # "with" ("..., with X reporting" is an absolute only when "with" opens the phrase)
    "-ing adjunct after a with phrase of the clause": [
        ("Poland closed its border with Belarus, blaming Minsk for a surge in migrant "
         "crossings.", [("Poland", "blame", "Minsk", False, False)], [("Belarus", "Minsk")]),
        ("Greece signed a defence pact with France, angering Turkey.",
         [("Greece", "anger", "Turkey", False, False)], [("France", "Turkey")]),
        ("Azerbaijan broke off talks with Armenia, accusing Yerevan of provocations.",
         [("Azerbaijan", "accuse", "Yerevan", False, False)], [("Armenia", "Yerevan")]),
        ("Russia pressed its offensive in Donetsk, with Ukraine reporting heavy losses.",
         [("Ukraine", "report", "heavy losses", False, False)], [("Russia", "heavy losses")]),
    ],
}


def test_each_construction_has_three_sentences():
    assert all(len(rows) >= 3 for rows in CONSTRUCTIONS.values())


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(CONSTRUCTIONS))
def test_construction(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)


# -- hand-built parses -------------------------------------------------------------

def _pairs(doc):
    from actorgraph.extract.triples import all_triples

    return {(t.subject.text, t.lemma, t.object.text) for t in all_triples(doc)}


def test_a_site_after_a_gerund_is_no_agent():
    # "banned from camping by Lake Geneva": a place, not who banned
    doc = parse("Tourists were banned from camping by Lake Geneva", """
        2 nsubjpass NOUN tourist NNS
        2 auxpass AUX be VBD
        2 ROOT VERB ban VBN
        2 prep ADP from IN
        3 pcomp VERB camp VBG
        4 prep ADP by IN
        7 compound PROPN Lake NNP
        5 pobj PROPN Geneva NNP
    """, ents={"Lake Geneva": "LOC"})
    assert not any(s == "Geneva" for s, _, _ in _pairs(doc))
    doc = parse("Tourists were banned from camping by Switzerland", """
        2 nsubjpass NOUN tourist NNS
        2 auxpass AUX be VBD
        2 ROOT VERB ban VBN
        2 prep ADP from IN
        3 pcomp VERB camp VBG
        4 prep ADP by IN
        5 pobj PROPN Switzerland NNP
    """, ents={"Switzerland": "GPE"})
    assert ("Switzerland", "ban", "Tourists") in _pairs(doc)
