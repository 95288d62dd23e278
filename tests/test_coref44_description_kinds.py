"""A description points back only to a named actor of its kind (session 44).

"The carrier", "the automaker", "the contractor", "the company" are a company's words; "the
agency", "the commission" a public body's. The CAMEO actor dictionary says of many named
organisations which kind they are (:func:`~actorgraph.extract.dictionary.listed_sectors`):
"the World Bank" and "the United Nations" are political bodies with no business sector,
"Boeing" and "Toyota" multinationals. A company's word no longer takes a body listed only as
a political one, nor a public body's word a company listed only as a business
(:func:`actorgraph.extract.coref._other_sector`); an organisation the dictionary does not
list, or lists as both ("the IMF", IGOBUSIMF), or whose name holds the head ("the World
Bank ... the bank"), fits as before. "The contractor" joins the company heads (the Phoenix
agent dictionary's "defence contractor" and "general contractor" are ~BUS): it points back
to the one company named before, like "the carrier". "The station"
(``[broadcaster_descriptions]``) points back only to a broadcaster: one listed as media
(MED), one whose words make a media agent phrase with the head ("Radio ... station", "radio
station ~MED"), or one given with the head; else it stays a concept ("attacked the police
station"). The members, leaders or forces of "the group's" (``[state_heads]``, ``[member_heads]``)
stand for the group it points back to, as "the TTP's leadership" stands for the TTP
(``ActorResolver._standin``). Guards: two companies in the window,
a kind said by a modifier, a generic "the group of seven nations", a description with its
own name after it ("accused the company Vestro Bau", which the parser may read as two
objects, is Vestro Bau and no longer also the company named before:
:meth:`~actorgraph.extract.coref.Coreference._name_after`).
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction

_SENTENCES = {
    "a company's word takes the company named before, not a political body": [
        ("The World Bank approved a $500 million loan to Kenya on Tuesday. Officials said the "
         "carrier would receive part of the money.", [],
         [("World Bank", "money")]),
        ("The United Nations said on Monday it would send food to Gaza. Officials said the "
         "automaker had donated 40 trucks to the convoy.", [],
         [("United Nations", "trucks")]),
        ("Greenpeace said on Friday it would sue the regional government. Officials said the "
         "contractor had cut 300 trees in the park.", [],
         [("Greenpeace", "trees")]),
    ],
    "a public body's word takes no company listed as a business": [
        ("Boeing said on Monday it had delivered 40 jets in March. Analysts said the agency "
         "would review the delivery figures.", [],
         [("Boeing", "delivery figures")]),
        ("Toyota said on Monday it would cut output in Japan. Officials said the agency had "
         "fined 12 car dealers.", [],
         [("Toyota", "car dealers")]),
        ("Boeing said on Tuesday it had fixed a wiring fault. Lawmakers said the agency had "
         "ignored earlier warnings.", [],
         [("Boeing", "earlier warnings")]),
    ],
    "the contractor is the one company named before": [
        ("Halden Construction won a contract to rebuild the Ostbahn bridge in May. Prosecutors "
         "accused the contractor of bribing city officials.",
         [("prosecutors", "accuse", "Halden Construction", False, False)], []),
        ("Brenner Bau AG said on Monday it had finished the tunnel a year late. The city "
         "council said the contractor had ignored safety rules.",
         [("Brenner Bau AG", "ignore", "safety rules", False, False)], []),
        ("Kessler Engineering Ltd built the dam in 2019. Villagers sued the contractor on "
         "Thursday over the floods.",
         [("villagers", "sue", "Kessler Engineering Ltd", False, False)], []),
    ],
    "the station is the broadcaster named before": [
        ("Mali's junta suspended broadcasts of Radio Sahel Libre on Monday, accusing the "
         "station of spreading false reports.",
         [("Radio Sahel Libre", "spread", "false reports", False, True)], []),
        ("Al Jazeera aired the footage on Friday. Israel accused the station of inciting "
         "violence.",
         [("Israel", "accuse", "Al Jazeera", False, False)], []),
        ("Kenya Television Network broadcast the interview on Sunday. Uganda banned the "
         "station on Tuesday.",
         [("Uganda", "ban", "Kenya Television Network", False, False)], []),
    ],
    "guard: no broadcaster before, a station of a kind, a company": [
        ("Rebels attacked the police station in Goma on Monday, killing two officers.",
         [("rebels", "attack", "police station in Goma", False, False)], []),
        ("Gunmen attacked the station on Monday, police said.",
         [("gunmen", "attack", "station", False, False)], []),
        ("Vestergaard Energy said on Monday it would shut the plant. Regulators accused the "
         "station of leaking radioactive water.", [],
         [("regulators", "Vestergaard Energy")]),
    ],
    "the group's members or leaders stand for the group named before": [
        ("Somali troops clashed with al-Shabaab near Jilib on Monday. Mogadishu accused "
         "Eritrea of arming the group's fighters.",
         [("Eritrea", "arm", "al-Shabaab", False, True)], []),
        ("Colombian troops clashed with the National Liberation Army near Arauca on Sunday. "
         "Bogota accused Venezuela of sheltering the group's leaders.",
         [("Venezuela", "shelter", "National Liberation Army", False, True)], []),
        ("Hezbollah fired rockets at army posts on Tuesday. Israeli jets later struck "
         "the group's forces near Tyre.",
         [("Israel", "strike", "Hezbollah", False, False)], []),
    ],
    "guard: the group's members after two groups stay as written": [
        ("Israel struck Hezbollah and Hamas positions on Monday. Iran denied arming the "
         "group's fighters.", [], [("Iran", "Hezbollah"), ("Iran", "Hamas")]),
    ],
    "guard: a body of the description's kind still fits": [
        ("The World Food Programme warned on Tuesday it would cut rations in Chad. Donors "
         "urged the agency to keep aid flowing.",
         [("donors", "urge", "World Food Program", False, False)], []),
        ("The World Bank approved a loan to Kenya on Tuesday. Critics accused the bank of "
         "ignoring debt risks.",
         [("critics", "accuse", "World Bank", False, False)], []),
        ("Qantas Airways said on Tuesday it would cut 2,000 jobs. The carrier blamed rising "
         "fuel costs.",
         [("Qantas Airways", "blame", "rising fuel costs", False, False)], []),
    ],
    "guard: two companies, a kind of its own, a generic group, a name after it": [
        ("Halden Construction and Brenner Bau AG bid for the bridge contract. Prosecutors "
         "accused the contractor of bribing city officials.", [],
         [("prosecutors", "Halden Construction"), ("prosecutors", "Brenner Bau AG")]),
        ("Halden Construction won the contract in May. Prosecutors accused the state "
         "contractor of bribing city officials.", [],
         [("prosecutors", "Halden Construction")]),
        ("Japan hosted finance ministers on Friday. The group of seven nations pledged $2 "
         "billion to Ukraine.", [], [("Japan", "Ukraine")]),
        ("Halden Construction won the contract in May. Prosecutors accused the contractor "
         "Vestro Bau of bribing city officials.", [],
         [("prosecutors", "Halden Construction")]),
        ("Halden Construction won the contract in May. Prosecutors accused the company "
         "Vestro Bau of bribing city officials.",
         [("prosecutors", "accuse", "Vestro Bau", False, False)],
         [("prosecutors", "Halden Construction")]),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(_SENTENCES))
def test_sentences(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
