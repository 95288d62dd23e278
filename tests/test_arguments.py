"""Arguments and relations a strict reader accepts (issue 12, strict precision), through
the real model.

The sentences were written for these tests (none is from an evaluation set). Each
row: a sentence, the triples it must give as (subject label, relation label, object
label), and the triples it must not give: (subject label, relation label, object label),
or (subject label, object label) for no triple at all between the two.
"""

from __future__ import annotations

import pytest
from actorgraph.extract.pipeline import Extractor

from tests.constructions import cases, check_labels

pytestmark = pytest.mark.model

CONSTRUCTIONS = {
    "a light verb's generic object with its point after it gives no triple": [
        ("Siemens used its influence to win the contract.",
         [("Siemens", "win", "contract")], [("Siemens", "use", "influence")]),
        ("Chancellor Merkel used her leverage to force a compromise with Italy.",
         [("Merkel", "force", "compromise")], [("Merkel", "use", "leverage")]),
        ("President Macron had the courage to raise the pension age.", [],
         [("Macron", "have", "courage")]),
        ("Siemens took time to review the offer from Alstom.", [],
         [("Siemens", "take", "time")]),
        ("Apple took the lead in the smartphone market last year.", [],
         [("Apple", "take", "lead")]),
        # with nothing after it the object is the point; another object keeps its triple
        ("Germany took the lead.", [("Germany", "take", "lead")], []),
        ("Toyota built a plant to make batteries.", [("Toyota", "build", "plant")], []),
    ],
    "'play host to X' relates to X, not to the host": [
        ("Qatar played host to talks between the Taliban and US envoys.",
         [("Qatar", "play host to", "talks")], [("Qatar", "play", "host")]),
        ("Geneva will play host to the negotiations between Iran and the European Union.",
         [("Geneva", "play host to", "negotiations")], [("Geneva", "play", "host")]),
        ("Saudi Arabia played host to the G20 summit in 2020.",
         [("Saudi Arabia", "play host to", "G20 summit")], [("Saudi Arabia", "play", "host")]),
    ],
    "a verb of result keeps the state the parse hung on a noun after its object": [
        ("Volkswagen made the software update for older cars available free of charge.",
         [("Volkswagen", "make available", "software update")],
         [("Volkswagen", "make", "software update")]),
        ("Samsung made its patents for mobile phones available to rivals.",
         [("Samsung", "make available", "Samsung's patents")], [("Samsung", "make", "patents")]),
        ("Microsoft made the source code for Windows available to governments.",
         [("Microsoft", "make available", "source code for Windows")],
         [("Microsoft", "make", "source code")]),
        # an object predicate the parse put on the verb, as before
        ("The Bank of Japan kept interest rates unchanged on Thursday.",
         [("Bank of Japan", "keep unchanged", "interest rates")], []),
    ],
    "a relational head keeps its complement or is no argument": [
        ("The European Central Bank issued a series of warnings and new rules on crypto "
         "assets.", [], [("European Central Bank", "issue", "series")]),
        ("Unilever announced a series of job cuts and plant closures in Europe.", [],
         [("Unilever", "announce", "series")]),
        ("Toyota unveiled a list of suppliers and partners for its battery plant.", [],
         [("Toyota", "unveil", "list")]),
        ("Ford sent condolences to the family, friends and colleagues of the engineer.", [],
         [("Ford", "send condolence to", "family")]),
        ("BP offered protection to its workers in Iraq.",
         [("BP", "offer protection to", "BP's workers")], [("BP", "offer", "protection")]),
        ("Airbus confirmed the cause on Tuesday.", [], [("Airbus", "confirm", "cause")]),
        ("Tesla disputed the cause.", [], [("Tesla", "dispute", "cause")]),
        ("The Libertarian Party nominated a ticket on Saturday.", [],
         [("Libertarian Party", "nominate", "ticket")]),
        ("The Green Party nominated its ticket at the convention in Detroit.", [],
         [("Green Party", "nominate", "ticket")]),
        # a short complement stays in the label, and its named actor is reached
        ("Airbus confirmed the cause of the engine fire.",
         [("Airbus", "confirm", "cause of engine fire")], []),
        ("The Green Party nominated the Hawkins ticket at the convention.",
         [("Green Party", "nominate", "Hawkins ticket")], []),
        ("Exxon announced a series of asset sales on Monday.",
         [("Exxon", "announce", "series of asset sales")], []),
        ("Senator Warren met the family of Breonna Taylor.",
         [("Warren", "meet", "family of Breonna Taylor")], []),
        ("Reuters is awaiting a response from the Kremlin.",
         [("Reuters", "await response from", "Kremlin")], [("Reuters", "await", "response")]),
    ],
    "a number in a name or a fixed term stays in the label": [
        ("Storm Lorenzo reached Category 5 on Saturday.",
         [("Storm Lorenzo", "reach", "Category 5")], [("Storm Lorenzo", "reach", "Category")]),
        ("Boeing delivered its first 737 Max jet to Ryanair in 2021.",
         [("Boeing", "deliver", "Boeing's 737 Max jet")], [("Boeing", "deliver", "Max jet")]),
        ("SpaceX launched the satellite atop a Falcon 9 rocket from Cape Canaveral.",
         [("SpaceX", "launch satellite atop", "Falcon 9 rocket")],
         [("SpaceX", "launch satellite atop", "Falcon rocket")]),
        ("Kipchoge broke the two hour barrier in Vienna.",
         [("Kipchoge", "break", "two hour barrier")], [("Kipchoge", "break", "hour barrier")]),
        ("Toyota unveiled a three year plan with Panasonic.",
         [("Toyota", "unveil", "three year plan")], []),
        # a count is no part of what is counted, nor is its unit
        ("Nestle agreed to build a 40 mln dlr plant in Ohio.",
         [("Nestle", "agree to build", "plant in Ohio")], []),
        # a stake with nothing but its amount is an amount (tests/test_prec9_amount_sides.py):
        # the stake's company is the object
        ("Nestle agreed to buy a 40 pct stake in Blue Bottle.",
         [("Nestle", "agree to buy stake in", "Blue Bottle")], [("Nestle", "stake")]),
        ("Chevron drilled three wells off Angola last year.", [("Chevron", "drill", "wells")],
         []),
    ],
    "a bare count after a preposition is no participant": [
        ("Johnson won with 92,153 votes.", [], [("Johnson", "votes")]),
        ("Ramaphosa won with 2,440 votes at the ANC conference.", [], [("Ramaphosa", "votes")]),
        ("Sanchez won the confidence vote with 167 votes.",
         [("Sanchez", "win", "confidence vote")], [("Sanchez", "votes")]),
        # "in favour" does not make a count someone's
        ("The Security Council extended the mission for a year with 13 votes in favour.",
         [("UN Security Council", "extend", "mission")], [("UN Security Council", "votes")]),
        ("The Knesset approved the budget with 64 votes in favour and two abstentions.", [],
         [("Knesset", "votes"), ("Knesset", "abstentions")]),
        ("Congress passed the bill with 310 votes in favour on Friday.", [],
         [("Congress", "votes")]),
        # a count with no preposition is what was won or received
        ("Labour won the seat by 3,000 votes.", [("Labour", "win", "seat")],
         [("Labour", "votes")]),
    ],
    "a word cut at its hyphen stays whole, negating prefix and all": [
        ("Chancellor Scholz condemned anti-semitism on Sunday.",
         [("Chancellor Scholz", "condemn", "anti-semitism")],
         [("Chancellor Scholz", "condemn", "semitism")]),
        ("Senator Paul has long advocated non-interventionism.",
         [("Paul", "advocate", "non-interventionism")], [("Paul", "advocate", "interventionism")]),
        ("Macron is seeking re-election in April.", [("Macron", "seek", "re-election")],
         [("Macron", "seek", "election")]),
    ],
    "a place after 'off' or after a name and a comma is a setting, not a participant": [
        ("BP operates three rigs off Azerbaijan.", [("BP", "operate", "rigs")],
         [("BP", "Azerbaijan")]),
        ("Pirates attacked a cargo ship off Somalia.", [("Pirates", "attack", "cargo ship")],
         [("Pirates", "Somalia")]),
        ("Iran seized the tanker off Oman on Friday.", [("Iran", "seize", "tanker")],
         [("Iran", "Oman")]),
        ("Nissan moved its headquarters to Yokohama, Japan in 2009.",
         [("Nissan", "move headquarters to", "Yokohama")], [("Nissan", "Japan")]),
        ("Huawei moved its research centre to Toronto, Ontario, Canada.",
         [("Huawei", "move research centre to", "Toronto")], [("Huawei", "Ontario")]),
        ("Volkswagen shifted production to Zwickau, Saxony, Germany.",
         [("Volkswagen", "shift production to", "Zwickau")], [("Volkswagen", "Saxony")]),
        ("Rivera ran for mayor of Albuquerque, New Mexico in 2017.",
         [("Rivera", "run for", "mayor of Albuquerque")], [("Rivera", "New Mexico")]),
        # a subject the parse cut from "a plant in Lyon, France" is the region, not who acted
        ("The shooting of a teenager in Kenosha, Wisconsin led to protests.", [],
         [("Wisconsin", "protests")]),
        ("A fire at a warehouse in Fresno, California caused a blackout.", [],
         [("California", "blackout")]),
        ("The explosion at a chemical plant in Lyon, France injured twelve workers.", [],
         [("France", "workers")]),
        ("The collapse of a bridge in Genoa, Italy killed 43 people.", [],
         [("Italy", "people")]),
        # but a fronted place before a named subject is no phrase of the subject
        ("In Paris, France announced new sanctions against Russia.",
         [("France", "announce sanction", "Russia")], []),
        # a list of places is no region: each is a participant
        ("Sanctions were imposed on Russia, Iran and North Korea by the United States.",
         [("United States", "impose sanction", "Iran"),
          ("United States", "impose sanction", "North Korea")], []),
    ],
    "what a verb of judging judges its named object for is no second participant": [
        ("Trump slammed Biden for the Obama administration's Iran deal.",
         [("Trump", "slam", "Biden")], [("Trump", "slam for", "Obama administration's Iran deal")]),
        ("Warren blasted JPMorgan for the Libor scandal.", [("Warren", "blast", "JPMorgan")],
         [("Warren", "Libor scandal")]),
        ("Erdogan criticised Macron for the Charlie Hebdo cartoons.",
         [("Erdogan", "criticise", "Macron")], [("Erdogan", "Charlie Hebdo cartoons")]),
        ("The European Commission fined Google for its Android contracts with Samsung.",
         [("European Commission", "fine", "Google")],
         [("European Commission", "Android contracts")]),
    ],
    "a score is no part of the team's name": [
        ("Noosa beat Gympie 32\u201322 in the final.", [("Noosa", "beat", "Gympie")],
         [("Noosa", "beat", "Gympie 32\u201322")]),
        ("The Lions beat Collingwood 98\u201375 at the Gabba.",
         [("Lions", "beat", "Collingwood")], [("Lions", "beat", "Collingwood 98\u201375")]),
        ("Maroochydore defeated Caboolture 43\u20135 on Saturday.",
         [("Maroochydore", "defeat", "Caboolture")],
         [("Maroochydore", "defeat", "Caboolture 43\u20135")]),
    ],
    "a stretch of time after 'for' is no participant": [
        ("Nokia will stay in Finland for the moment.", [], [("Nokia", "moment")]),
        ("Shell will remain in Nigeria for a while.", [], [("Shell", "while")]),
        ("The talks were paused, and Iran waited for a while.", [], [("Iran", "while")]),
        ("Johnson will stay at Downing Street for the moment.", [], [("Johnson", "moment")]),
    ],
    "what is given names the relation when the parse hangs it on the recipient": [
        ("Trump granted Roger Jason Stone a full and unconditional pardon.",
         [("Trump", "grant pardon to", "Roger Jason Stone")],
         [("Trump", "grant to", "Roger Jason Stone")]),
        ("Clinton granted Marc David Rich a full and unconditional pardon.",
         [("Clinton", "grant pardon to", "Marc David Rich")],
         [("Clinton", "grant to", "Marc David Rich")]),
        ("Bush granted Isaac Robert Toussie a full and unconditional pardon.",
         [("Bush", "grant pardon to", "Isaac Robert Toussie")],
         [("Bush", "grant to", "Isaac Robert Toussie")]),
        ("Putin awarded Ramzan Akhmatovich Kadyrov a new and prestigious medal.",
         [("Putin", "award medal to", "Akhmatovich Kadyrov")], []),
    ],
    "the means of a talk is no participant": [
        ("US President Donald Trump and Turkish President Recep Tayyip Erdogan spoke on the "
         "phone.", [], [("Recep Tayyip Erdogan", "phone")]),
        ("Scholz talked to Zelensky over the phone.", [("Scholz", "talk to", "Zelensky")],
         [("Scholz", "phone")]),
        ("Biden spoke to Netanyahu on the phone on Sunday.", [("Biden", "speak to", "Netanyahu")],
         [("Biden", "phone")]),
    ],
    "a time or frequency phrase is no participant": [
        ("Numerous times, over the past decade, bloggers have been arrested for insulting "
         "President Erdogan.", [("bloggers", "insult", "Erdogan")],
         [("numerous times", "Erdogan")]),
        ("Numerous times, over the past decade, reporters have been jailed for criticising "
         "President Sisi.", [("reporters", "criticise", "Sisi")], [("numerous times", "Sisi")]),
        ("Numerous times, over the years, activists have been detained for criticising Prime "
         "Minister Modi.", [("activists", "criticise", "Modi")], [("numerous times", "Modi")]),
        ("Several times last week, Russian warplanes entered Estonian airspace.",
         [("Russia", "enter", "Estonian airspace")], [("several times", "Russia")]),
    ],
}


@pytest.mark.parametrize(("sentence", "present", "absent"), cases(CONSTRUCTIONS))
def test_construction(extractor: Extractor, sentence: str, present, absent) -> None:
    check_labels(extractor, sentence, present, absent)
