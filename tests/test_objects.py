"""Relations cut short and argument fragments (issue 12, strict precision), through the
real model.

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
    "a concept keeps its short of/over complement": [
        ("Governor Cuomo declared a state of emergency in the county on Tuesday.",
         [("Cuomo", "declare", "state of emergency")], [("Cuomo", "declare", "state")]),
        ("The Philippine government declared a state of calamity after the typhoon.",
         [("Philippines", "declare", "state of calamity")], []),
        ("The Vatican confirmed the resignation of Cardinal Becciu.",
         [("Vatican", "confirm", "resignation of Cardinal Becciu")],
         [("Vatican", "confirm", "resignation")]),
        # and the complement of its object: sovereignty over what
        ("Argentina maintains its claim of sovereignty over the Falkland Islands.",
         [("Argentina", "maintain", "Argentina's claim of sovereignty over Falkland Islands")],
         [("Argentina", "maintain", "claim of sovereignty")]),
    ],
    "a named actor in a concept's complement is reached through it": [
        ("The Kremlin announced the death of Mikhail Gorbachev on Tuesday.",
         [("Kremlin", "announce death of", "Mikhail Gorbachev")], []),
        ("Biden praised the courage of Ukraine.",
         [("Biden", "praise courage of", "Ukraine")], []),
        ("The senator criticised the policies of Viktor Orban.",
         [("senator", "criticise policy of", "Viktor Orban")], []),
    ],
    "a light verb's noun reaches its 'with' partner": [
        ("Erdogan had a phone conversation with Putin on Sunday.",
         [("Erdogan", "have conversation with", "Putin")], []),
        ("Macron held a press conference with Olaf Scholz in Paris.",
         [("Macron", "hold conference with", "Olaf Scholz")], []),
        ("Modi had lunch with Biden at the White House.",
         [("Modi", "have lunch with", "Biden")], []),
        ("Google gives the summer interns laptops with Ubuntu on them.", [],
         [("Google", "Ubuntu")]),
    ],
    "a bid noun's 'for' or 'in' names what is bid for": [
        ("Hanwell Group plc said it holds a 4.9 pct stake in Carrow Ltd.",
         [("Hanwell Group plc", "hold stake in", "Carrow Ltd")], []),
        ("Investor Carl Icahn said he raised his stake in Texaco Inc to 12.3 pct.",
         [("Carl Icahn", "raise stake in", "Texaco Inc")], []),
        ("Chrysler Corp made a 1.5 billion dlr offer for American Motors Corp.",
         [("Chrysler Corp", "make offer for", "American Motors Corp")], []),
        ("Siemens AG launched a hostile bid for Plessey Co Plc on Monday.",
         [("Siemens AG", "launch bid for", "Plessey Co Plc")], []),
    ],
    "an amount sent or paid names no relation; its 'of' phrase does": [
        ("Texas Air will pay 125 mln dlrs to People Express shareholders.",
         [("Texas Air", "pay to", "People Express shareholders")],
         [("Texas Air", "pay dlrs to", "People Express shareholders")]),
        ("The World Bank gave 20 mln dlrs to Bangladesh on Monday.",
         [("World Bank", "give to", "Bangladesh")], [("World Bank", "give dlrs to", "Bangladesh")]),
        ("Japan sent 5 mln dlrs of food aid to Ethiopia.",
         [("Japan", "send food aid to", "Ethiopia")], [("Japan", "send dlrs to", "Ethiopia")]),
        ("Iran sent 300 troops to Syria.", [("Iran", "send troop to", "Syria")], []),
    ],
    "an object noun that reaches its target gives no bare triple": [
        ("Japan lodged a protest with China over the incident.",
         [("Japan", "lodge protest with", "China")], [("Japan", "lodge", "protest")]),
        ("Hanwell Group plc launched a hostile bid for Carrow Engineering plc on Monday.",
         [("Hanwell Group plc", "launch bid for", "Carrow Engineering plc")],
         [("Hanwell Group plc", "launch", "hostile bid")]),
        ("Brazil refused entry to the Italian ambassador on Friday.",
         [("Brazil", "refuse entry to", "Italian ambassador")], [("Brazil", "refuse", "entry")]),
        ("Investor Carl Icahn raised his stake in Texaco Inc to 12.3 pct.",
         [("Carl Icahn", "raise stake in", "Texaco Inc")], [("Carl Icahn", "raise", "stake")]),
        # "against" names an opponent, not what the act is done to: both stay
        ("Poland joined the coalition against the Islamic State in 2014.",
         [("Poland", "join", "coalition against Islamic State")], []),
        # a concept that keeps its complement says it all: both stay
        ("The Kremlin announced the death of Mikhail Gorbachev.",
         [("Kremlin", "announce death of", "Mikhail Gorbachev"),
          ("Kremlin", "announce", "death of Mikhail Gorbachev")], []),
    ],
    "what a naming verb says its object is, 'as' hung on the object": [
        ("Lorenzana described the attacks as a dastardly act.",
         [("Lorenzana", "describe as dastardly act", "attacks")],
         [("Lorenzana", "describe", "attacks")]),
        ("Ortega described the protests as a failed coup.",
         [("Ortega", "describe as failed coup", "protests")], []),
        ("Netanyahu described the report as a blood libel.",
         [("Netanyahu", "describe as blood libel", "report")], []),
    ],
    "what a verb of naming says its object is, with the predicate's own complement": [
        ("Biden characterized the attack as an act of terror.",
         [("Biden", "characterize as act of terror", "attack")], []),
        ("Beijing views Taiwan as a renegade province.",
         [("Beijing", "view as renegade province", "Taiwan")], [("Beijing", "view", "Taiwan")]),
        ("Putin portrayed the invasion as a defensive operation.",
         [("Putin", "portray as defensive operation", "invasion")], []),
    ],
    "what a verb of naming says a verbless clause's subject is": [
        ("The World Health Organization declared the outbreak to be a pandemic.",
         [("World Health Organization", "declare pandemic", "outbreak")], []),
        ("China considers Taiwan a breakaway province.",
         [("China", "consider breakaway province", "Taiwan")], []),
        ("The Kremlin declared the vote invalid.",
         [("Kremlin", "declare invalid", "vote")], []),
        ("Washington declared the Houthis a terrorist group.",
         [("Washington", "declare terrorist group", "Houthis")], []),
    ],
    "what the object is urged or asked to do": [
        ("Mayor Garcetti urged residents to evacuate.",
         [("Mayor Garcetti", "urge to evacuate", "residents")],
         [("Mayor Garcetti", "urge", "residents")]),
        ("Protesters asked the British government to revoke Article 50.",
         [("protesters", "ask to revoke Article 50", "United Kingdom")], []),
        ("Zelensky urged NATO to close the skies over Ukraine.",
         [("Zelensky", "urge to close skies over Ukraine", "NATO")], []),
    ],
    "what the object is urged or asked not to do keeps its 'not'": [
        ("The DNC urged states not to reschedule their primaries.",
         [("DNC", "urge not to reschedule primaries", "states")],
         [("DNC", "urge to reschedule", "states")]),
        ("Germany asked Russia not to expel its diplomats.",
         [("Germany", "ask not to expel diplomats", "Russia")],
         [("Germany", "ask to expel diplomats", "Russia")]),
        ("The Vatican urged Italy not to close its ports to migrant ships.",
         [("Vatican", "urge not to close ports", "Italy")],
         [("Vatican", "urge to close ports", "Italy")]),
    ],
    "a result predicate of the object, not a purpose infinitive": [
        # the owner labelled since session 44 (extract.vague.unowned, sole_owner: the
        # subject is the only one who may own "their children"); no named object parses
        # with the predicate as well, so the row keeps its sentence
        ("The Turpins kept their children indoors for years.",
         [("Turpins", "keep indoors", "Turpins' children")],
         [("Turpins", "keep", "Turpins' children"), ("Turpins", "keep", "children")]),
        ("Turkey kept the border closed for a week.",
         [("Turkey", "keep closed", "border")], [("Turkey", "keep", "border")]),
        ("Iran kept the strait open to shipping.",
         [("Iran", "keep open", "strait")], [("Iran", "keep", "strait")]),
        ("The Taliban kept the schools shut for girls.",
         [("Taliban", "keep shut", "schools")], []),
        ("The United States Constitution requires a majority vote to impeach an official.",
         [], [("United States Constitution", "require to impeach", "majority vote")]),
        ("Hagan defeated Senator Elizabeth Dole to become the first female senator.",
         [("Hagan", "defeat", "Elizabeth Dole")],
         [("Hagan", "defeat to become", "Elizabeth Dole")]),
    ],
    "where the object is moved from or into": [
        ("Trump withdrew the US from the nuclear treaty with Iran.",
         [("Trump", "withdraw from treaty", "United States")],
         [("Trump", "withdraw", "United States")]),
        ("General Sisi removed Morsi from power in 2013.",
         [("Sisi", "remove from power", "Morsi")], [("Sisi", "remove", "Morsi")]),
        ("Russia drew Belarus into the war.",
         [("Russia", "draw into war", "Belarus")], [("Russia", "draw", "Belarus")]),
        ("Apple bought the rights from Sony.",
         [("Apple", "buy", "rights")], [("Apple", "buy from Sony", "rights")]),
    ],
    "an adjective between the verb and its preposition": [
        ("Trump tested negative for COVID-19.",
         [("Trump", "test negative for", "COVID-19")], [("Trump", "test for", "COVID-19")]),
        ("Bolsonaro tested positive for the coronavirus in July.",
         [("Bolsonaro", "test positive for", "coronavirus")], []),
        ("Novak Djokovic tested positive for the virus after the Adria Tour in Belgrade.",
         [("Novak Djokovic", "test positive for", "virus")], []),
    ],
    "what was given names a recipient's relation": [
        ("The AP gave Biden six electoral votes in Arizona.",
         [("AP", "give vote to", "Biden")], [("AP", "give to", "Biden")]),
        ("NBC handed Trump a contract for The Apprentice.",
         [("NBC", "hand contract to", "Trump")], []),
        ("Qatar gave Hamas millions of dollars.",
         [("Qatar", "give dollar to", "Hamas")], [("Qatar", "give to", "Hamas")]),
    ],
    "a time, an amount or the setting of a speech is no participant": [
        ("SpaceX launched the Falcon 9 rocket at 1922 UTC on Saturday.", [],
         [("SpaceX", "UTC")]),
        ("Trump spoke from the Oval Office about the attack on Israel.", [],
         [("Trump", "Oval Office")]),
        ("Netanyahu said in Jerusalem that Hamas would pay.", [],
         [("Netanyahu", "Jerusalem")]),
        ("Putin spoke with Erdogan during the summit in Sochi.",
         [("Putin", "speak with", "Erdogan")], [("Putin", "Sochi")]),
        # but a duration that modifies a noun, a span read through its "of" and the
        # place of a thing declared are kept
        ("NATO agreed to a six-month extension of its mission in Kosovo.",
         # (session 47: the complement's "its" names its owner, as the head's does)
         [("NATO", "agree to", "six-month extension of NATO's mission")], []),
        ("Turkey sentenced two smugglers to four years of prison.",
         [("Turkey", "sentence smuggler to", "prison")], []),
        ("Governor Edwards declared a state of emergency in Louisiana.",
         [("Edwards", "declare state in", "Louisiana")], []),
    ],
    "a name under a hyphenated negating prefix is not that name": [
        ("Parliament voted against a no-deal Brexit on Wednesday.",
         [("Parliament", "vote against", "no-deal Brexit")], [("Parliament", "Brexit")]),
        ("The EU warned against a no-deal Brexit.",
         [("European Union", "warn against", "no-deal Brexit")], [("European Union", "Brexit")]),
        ("Ireland prepared for a no-deal Brexit.",
         [("Ireland", "prepare for", "no-deal Brexit")], [("Ireland", "Brexit")]),
    ],
    "an institution's name runs on through 'of' and a capitalised name": [
        ("The Supreme Court of Puerto Rico ruled against Governor Rossello.",
         [("Supreme Court of Puerto Rico", "rule against", "Governor Rossello")], []),
        ("The Ministry of Defence of Ukraine accused Russia of shelling Kharkiv.",
         [("Ministry of Defence of Ukraine", "accuse", "Russia")], []),
        ("The Central Bank of Nigeria fined Binance last week.",
         [("Central Bank of Nigeria", "fine", "Binance")], []),
    ],
}


@pytest.mark.parametrize(("sentence", "present", "absent"), cases(CONSTRUCTIONS))
def test_construction(extractor: Extractor, sentence: str, present, absent) -> None:
    check_labels(extractor, sentence, present, absent)
