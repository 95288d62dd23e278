"""A mention attached to the wrong actor node, through the real model: a crowd or a
counted group is not the one name listed with it, a name after a clause on a noun is not
the noun's, "the government" is a subject country's, "the two nations" two named together,
an expletive or a continuing "it" is not the speaker, and a person given an age is never
"it".

The texts were written for these tests (none is from an evaluation set or an audit
sheet). Each case: a text, the triples it must give as (subject label, relation verb,
object label) and the labels or (subject label, object label) pairs it must not give.
"""

from __future__ import annotations

import pytest

from tests.constructions import check_verbs

pytestmark = pytest.mark.model

CASES = {
    "a plural is not the one person the parser hangs on it": [
        ("Riot police used water cannon to scatter hundreds of students protesting against "
         "the arrest of the leader of the Farmers Party, Anil Deshmukh, officials said.",
         [], [("police", "Anil Deshmukh"), ("Anil Deshmukh", "arrest of leader")]),
        ("Troops fired tear gas to disperse several thousand demonstrators demanding the "
         "release of the former mayor of the city, Tomas Ferreira, witnesses said.",
         [], ["Tomas Ferreira"]),
        ("The army detained dozens of activists who had supported the jailed opposition "
         "leader, Maria Okafor.", [], [("army", "Maria Okafor")]),
    ],
    "guard: people listed with a plural or a role noun are still who acts": [
        ("Two senior senators, Ruth Palmer and Owen Blake, criticised the decision of the "
         "ministry.", [("Ruth Palmer", "criticise", "decision of ministry"),
                       ("Owen Blake", "criticise", "decision of ministry")], []),
        ("The institute's director, Dr. Lena Vogt, criticised the decision of the ministry.",
         [("Lena Vogt", "criticise", "decision of ministry")], []),
        ("Senior Kenyan officials including Ravi Menon and Sara Iqbal criticised the "
         "decision.", [("Ravi Menon", "criticise", "decision")], []),
    ],
    "a name after a clause on a noun is the clause's, not the noun's": [
        ("The court rejected the appeal, which had been lodged by a lawyer who represents "
         "the governor, Peter Lindqvist, on Monday.", [], [("court", "Peter Lindqvist")]),
        ("The council dismissed the complaint, which had been filed by an activist who "
         "accused the mayor, Helen Brooks, of corruption.", [],
         [("council", "Helen Brooks"), ("activist", "Helen Brooks")]),
        ("The board approved the proposal, which was drafted by a consultant who advises "
         "the chairman, Victor Hale, last week.", [], [("board", "Victor Hale")]),
    ],
    "examples after an open count are not the whole group": [
        ("The strike spread on Monday to more than a dozen cities, including Lyon, Lille "
         "and Nantes.", [], ["Lyon", "Lille", "Nantes"]),
        ("The storm cut power to several hundred villages, including Tarbes and Pau.",
         [], ["Tarbes", "Pau"]),
        ("Police questioned dozens of residents, including Omar Haddad and Lina Saleh.",
         [], ["Omar Haddad", "Lina Saleh"]),
    ],
    "\"the government\" is a country that was a subject, not one named in passing": [
        ("The opposition accused France of meddling in Chad's affairs. On Friday the "
         "government banned two newspapers.", [], [("France", "newspapers")]),
        ("A spokesman for the rebels in Nairobi, Kenya, denied the report. Later the "
         "government imposed a curfew in the north.", [], [("Kenya", "curfew")]),
        ("A rebel spokesman in Lagos, Nigeria, denied the report on Monday. Later the "
         "government imposed a curfew in the north.", [], [("Nigeria", "curfew")]),
        ("The minister thanked Japan for its support. The government then announced new "
         "taxes.", [], [("Japan", "taxes")]),
    ],
    "guard: \"the government\" after a subject country is that country": [
        ("Chile expelled two diplomats on Monday. The government accused Peru of spying.",
         [("Chile", "accuse", "Peru")], []),
    ],
    "\"the two nations\" are two countries named together": [
        ("Peru and Chile signed a treaty in 1929. Peru's president said his country wanted "
         "peace. Diplomats said Brazil had offered to mediate. The two nations fought a war "
         "in 1879.", [], [("Brazil", "war")]),
        ("India and Pakistan clashed in May. India's army said the border was calm. Later, "
         "China urged restraint. The two countries later agreed to a ceasefire.",
         [], [("China", "ceasefire")]),
        ("Greece and Turkey held talks in Athens. Turkey's minister left early. Germany "
         "praised the effort. The two nations will meet again in March.",
         [], [("Germany", "March")]),
    ],
    "guard: a pair named in one sentence": [
        ("Apple sued Samsung in 2011. The two companies settled the case in 2018.",
         [("Apple", "settle", "case"), ("Samsung", "settle", "case")], []),
    ],
    "an \"it\" before an adjective and its clause is no actor": [
        ("The Senate passed a bill that makes it harder for landlords to evict tenants.",
         [], [("bill", "Senate")]),
        ("Microsoft launched a tool that makes it easier for users to delete data.",
         [], [("tool", "Microsoft")]),
        ("The Federal Reserve made it clear that rates would rise.", [],
         [("Federal Reserve", "Federal Reserve")]),
    ],
    "an \"it\" going on from a named subject is that subject, not the speaker": [
        ("Kenya's foreign ministry said Somalia had massed troops near the border and that "
         "it was arming local militias.", [("Somalia", "arm", "local militias")],
         [("Kenya", "local militias")]),
        ("Acme Corp said Brightline Inc had breached the contract and that it was hiding "
         "losses.", [], [("Acme Corp", "losses")]),
        ("India's army said Pakistan had shelled villages and that it was training "
         "militants.", [("Pakistan", "train", "militants")], [("India", "militants")]),
    ],
    "a name given an age is a person, never \"it\"": [
        ("Hakim Sulaiman, 61, took bribes from a firm in return for helping it win the "
         "tender.", [], [("Hakim Sulaiman", "tender")]),
        ("Prosecutors said Rafael Ortiz, 47, paid a shipping agency to help it win the "
         "contract.", [], [("Rafael Ortiz", "contract")]),
        ("Dinesh Wirawan, 55, received money from a builder and helped it win a road "
         "contract.", [], [("Dinesh Wirawan", "road contract")]),
    ],
}


@pytest.mark.parametrize("text, wanted, unwanted", [
    pytest.param(text, wanted, unwanted, id=f"{name[:40]}: {text[:30]}")
    for name, rows in CASES.items() for text, wanted, unwanted in rows])
def test_wrong_participant_rule(extractor, text, wanted, unwanted):
    check_verbs(extractor, text, wanted, unwanted)
