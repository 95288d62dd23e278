"""Nominal and participle paraphrase forms (issue 12): event nouns whose agent or
target is given by the words around them rather than by the noun's own phrases, and
participles whose subject or object the parse misplaced.

Each construction is run through the model on news-style sentences written for
these tests (none is from an evaluation set); rows as in
:mod:`tests.test_forms_para`: (sentence, present triples as (subject label,
relation lemma, object label, negated, hedged), absent (subject, object) pairs).
"""

from __future__ import annotations

import pytest

from actorgraph.records import Article
from tests.constructions import cases, check_construction

CONSTRUCTIONS = {
    # "the N launched / filed / carried out by X against / on Y": the target is on the
    # participle that names the agent, or hung on the agent
    "event noun with agent and target on its participle": [
        ("A lawsuit filed by the Justice Department against Visa accuses the company of "
         "monopolising debit payments.", [("Justice Department", "sue", "Visa", False, False)],
         []),
        ("The offensive launched by Israel against Hezbollah in September displaced a "
         "million Lebanese.", [("Israel", "offensive", "Hezbollah", False, False)], []),
        ("The airstrikes carried out by the US military on Houthi radar sites were the "
         "largest in weeks.",
         [("United States", "strike", "Houthi radar sites", False, False)], []),
        ("The cyberattack carried out by Chinese hackers on the Treasury Department was "
         "disclosed on Monday.",
         [("Chinese hackers", "cyberattack", "Treasury Department", False, False)], []),
    ],
    # ... but a time after the participle or the agent is no target
    "time phrase after an event noun's participle": [
        ("The raid carried out by police on Tuesday led to twelve arrests in Marseille.", [],
         [("police", "Tuesday")]),
        ("The attack carried out by Hamas on October 7 killed about 1,200 people.", [],
         [("Hamas", "October 7")]),
        ("The strike launched by Russia on Christmas Day hit Kharkiv's power plant.", [],
         [("Russia", "Christmas Day")]),
    ],
    # "X gave its backing / endorsement to Y": the support noun after a light verb
    "support noun given to its target": [
        # (the union is the Teamsters: "union" is a group head, tests/test_recall_wire_parties.py)
        ("The Teamsters union gave its endorsement to Kamala Harris on Wednesday.",
         [("Teamsters", "endorse", "Kamala Harris", False, False)], []),
        ("The Arab League gave its backing to Mahmoud Abbas at a summit in Cairo.",
         [("Arab League", "back", "Mahmoud Abbas", False, False)], []),
        ("Several Republican governors gave their endorsement to Nikki Haley before the "
         "New Hampshire primary.",
         [("Republican governors", "endorse", "Nikki Haley", False, False)], []),
        ("Brazil's backing of Venezuela's president Nicolas Maduro angered Washington.",
         [("Brazil", "back", "Nicolas Maduro", False, False)], [("Brazil", "Washington")]),
    ],
    # "N's recognition of X VERBed Y" parsed with the verb a modifier of Y, Y the object
    # of "of": X is what was recognised, Y no target
    "event noun whose sentence verb was read into its of phrase": [
        ("America's recognition of Kosovo irritated Belgrade.",
         [("United States", "recognize", "Kosovo", False, False)],
         [("United States", "Belgrade")]),
        ("Ethiopia's recognition of Somaliland angered Somalia.",
         [("Ethiopia", "recognize", "Somaliland", False, False)], [("Ethiopia", "Somalia")]),
        ("Washington's recognition of Juan Guaido angered Caracas.",
         [("Washington", "recognize", "Juan Guaido", False, False)],
         [("Washington", "Caracas")]),
        ("Spain's recognition of the Palestinian state irritated Jerusalem.", [],
         [("Spain", "Jerusalem")]),
    ],
    # "Having beaten X, Y will face Z" parsed with the participle the clausal subject
    # of the main verb: Y beat X
    "fronted perfect participle parsed as a clausal subject": [
        ("Having defeated Carlos Alcaraz in the semi-final, Jannik Sinner will face Novak "
         "Djokovic on Sunday.", [("Jannik Sinner", "defeat", "Carlos Alcaraz", False, False)],
         [("Carlos Alcaraz", "Novak Djokovic")]),
        ("Having beaten Aryna Sabalenka in the semi-final, Coco Gauff will meet Iga Swiatek "
         "on Saturday.", [("Coco Gauff", "beat", "Aryna Sabalenka", False, False)], []),
        ("Having defeated Nikki Haley in New Hampshire, Donald Trump will turn to South "
         "Carolina.", [("Donald Trump", "defeat", "Nikki Haley", False, False)], []),
        ("Having defeated Ons Jabeur in the semi-final, Marketa Vondrousova will face Elena "
         "Rybakina.", [("Marketa Vondrousova", "defeat", "Ons Jabeur", False, False)], []),
    ],
    # "..., killing 40 residents sleeping in their homes" parsed with the residents the
    # subject of "sleeping": they are who was killed
    "object of a verb parsed as the subject of an -ing clause": [
        ("The Israeli army struck a school in Gaza City, killing at least 20 people "
         "sheltering there.", [("Israel", "kill", "people", False, False)], []),
        ("Hamas gunmen attacked a music festival near Reim, killing hundreds of young people "
         "dancing in the desert.", [("Hamas", "kill", "young people", False, False)], []),
        ("Soldiers opened fire on a crowd in Khartoum, wounding dozens of demonstrators "
         "marching to the palace.", [("soldiers", "wound", "demonstrators", False, False)], []),
        ("Police in Nairobi arrested dozens of protesters blocking the main highway on "
         "Tuesday.", [("police in Nairobi", "arrest", "protesters", False, False),
                      ("protesters", "block", "main highway", False, False)], []),
        # a reporting verb's -ing clause is what is said
        ("The spokesman said residents fleeing the fighting needed food and water.", [],
         [("spokesman", "residents")]),
        # ... and a verb of seeing shows what happened, done to no one
        ("Satellite images showed Russian troops massing near the border with Ukraine.", [],
         [("satellite images", "Russia")]),
    ],
    # "X placed Y under sanctions / arrest / investigation": the event noun after "under"
    "object placed under an event": [
        ("The United States placed Venezuela's state oil company PDVSA under sanctions in "
         "2019.", [("United States", "sanction", "Venezuela's state oil company PDVSA",
                    False, False)], []),
        ("Myanmar's junta placed Aung San Suu Kyi under house arrest after the coup.",
         [("Myanmar", "arrest", "Aung San Suu Kyi", False, False)], []),
        ("Brazil's federal police placed Jair Bolsonaro under investigation for the alleged "
         "coup plot.", [("Brazil", "investigate", "Jair Bolsonaro", False, False)], []),
        ("Imran Khan was placed under arrest by Pakistani paramilitary forces in Islamabad.",
         [("Pakistan", "arrest", "Khan", False, False)], []),
        ("Washington did not place Saudi Arabia under sanctions after the killing of Jamal "
         "Khashoggi.", [("Washington", "sanction", "Saudi Arabia", True, False)], []),
    ],
    # "freed hostages kidnapped by X": X did violence to the hostages, owns no proposal
    # that the freeing reacts to (as "rejected the plan put forward by France" does)
    "reaction to a thing a participle says was seized": [
        ("The cargo ship hijacked by Somali pirates last week was freed by the Indian navy.",
         [("Somali pirates", "hijack", "cargo ship", False, False)],
         [("India", "Somali pirates")]),
        ("Israeli commandos freed four hostages kidnapped by Hamas in October.",
         [("Hamas", "kidnap", "hostages", False, False)], [("Israeli commandos", "Hamas")]),
        ("A court in Tehran freed two French tourists detained by the Revolutionary Guards.",
         [("Revolutionary Guard", "detain", "French tourists", False, False)],
         [("court", "Revolutionary Guard")]),
        ("Britain rejected the plan put forward by France.",
         [("France", "propose", "United Kingdom", False, False),
          ("United Kingdom", "reject", "France", False, False)], []),
    ],
    # "suit" and "complaint" are event nouns of suing and complaining, "buyout" one of
    # commerce; "lodged by X" names the complaint's agent as "filed by X" does
    "nouns of legal action and of buying": [
        ("The Justice Department's antitrust suit against Google went to trial in Virginia.",
         [("Justice Department", "sue", "Google", False, False)], []),
        ("Nicaragua's complaint against Germany was heard at The Hague.",
         [("Nicaragua", "complain", "Germany", False, False)], []),
        ("A complaint lodged by Greenpeace against TotalEnergies accuses the oil giant of "
         "misleading consumers.", [("Greenpeace", "complain", "TotalEnergies", False, False)],
         []),
        ("Elon Musk's buyout of Twitter closed in October 2022.",
         [("Elon Musk", "buy out", "Twitter", False, False)], []),
    ],
    # a military unit is a target of an attack as a convoy or a checkpoint is
    "military unit attacked": [
        ("JNIM militants ambushed a Malian army patrol near Timbuktu on Sunday.",
         [("JNIM militants", "ambush", "Malian army patrol", False, False)], []),
        ("Islamist militants killed 12 soldiers in Burkina Faso, ambushing an army column "
         "near Djibo.", [("Islamist militants", "ambush", "army column", False, False)], []),
        ("The Houthis denied ambushing a Saudi border patrol in Jizan on Thursday.",
         [("Houthis", "ambush", "Saudi border patrol", True, False)], []),
        ("Five soldiers died in a Taliban ambush on an Afghan army patrol in Kunduz.",
         [("Taliban", "ambush", "Afghan army patrol", False, False)], []),
        ("Gunmen ambushed an army patrol in Cabo Delgado province, killing four soldiers.",
         [("gunmen", "ambush", "army patrol", False, False)], []),
    ],
    # "an ELN ambush on X": an acronym the NER missed, before a violent event noun with a
    # target, names who did it
    "acronym agent of an attack noun": [
        ("Seven soldiers died in an ELN ambush on a Colombian army patrol in Arauca province "
         "on Saturday.", [("ELN", "ambush", "Colombian army patrol", False, False)], []),
        ("Four soldiers died in a JNIM ambush on a Malian army patrol near Gao.",
         [("JNIM", "ambush", "Malian army patrol", False, False)], []),
        ("An ISWAP raid on a military base in Borno killed 20 soldiers, the army said.",
         [("ISWAP", "raid", "military base in Borno", False, False)], []),
    ],
    # "X has not sacked Y, a Downing Street spokesman said" parsed with Y the subject of
    # "said" and the spokesman Y's apposition: Y is the object, the spokesman no role of Y
    "object parsed as the subject of the saying after it": [
        ("Keir Starmer has not sacked Rachel Reeves, a Downing Street spokesman said on "
         "Monday, despite mounting pressure from Labour backbenchers over her budget.",
         [("Keir Starmer", "sack", "Rachel Reeves", True, False)],
         [("Rachel Reeves", "Downing Street")]),
        ("Pedro Sanchez has not sacked Fernando Grande-Marlaska, a government spokeswoman "
         "said on Thursday, despite mounting criticism from conservative lawmakers over the "
         "migrant deaths.", [("Pedro Sanchez", "sack", "Fernando Grande-Marlaska", True, False)],
         []),
        ("Donald Trump has fired Pam Bondi, a White House official said on Friday, despite "
         "strong support from Republican senators for her handling of the case.",
         [("Donald Trump", "fire", "Pam Bondi", False, False)], [("Pam Bondi", "White House")]),
        # a true apposition is set off by a comma
        ("Karine Jean-Pierre, a White House spokeswoman, said on Monday that Biden would veto "
         "the bill.", [("Karine Jean-Pierre", "member of", "White House", False, False)], []),
    ],
    # "..., a day after being rebuked by X": the passive's subject is the clause's, through
    # the span of time the preposition measures from
    "passive after a span of time": [
        ("Russia pressed ahead with its offensive near Pokrovsk, a week after being criticised "
         "by Donald Trump for the strikes.",
         [("Donald Trump", "criticise", "Russia", False, False)], []),
        ("Israel expanded the settlement on Monday, a day after being condemned by the "
         "European Union for the plan.",
         [("European Union", "condemn", "Israel", False, False)], []),
        ("Hungary vetoed the aid package on Friday, two days after being warned by the "
         "European Commission against blocking it.",
         [("European Commission", "warn", "Hungary", False, False)], []),
        ("The Dutch government seized control of Nexperia, a month after being pressed by "
         "Washington over its Chinese ownership.",
         [("Washington", "press", "Netherlands", False, False)], []),
    ],
}


def test_each_construction_has_three_sentences():
    assert all(len(rows) >= 3 for rows in CONSTRUCTIONS.values())


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(CONSTRUCTIONS))
def test_construction(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)


@pytest.mark.model
@pytest.mark.parametrize("sentence", [
    "Other European countries followed suit against Russia within days.",
    "Zelensky wore a dark suit to his meeting with Trump in Washington.",
    "The complaint from residents about the noise went unanswered by the city council.",
])
def test_suit_and_complaint_need_their_sides(extractor, sentence):
    # following suit or wearing one is no lawsuit; a complaint with no named sides is none
    (result,) = extractor.extract([Article("t", sentence)])
    assert not {t.relation.lemma for t in result.triples} & {"sue", "complain"}, [
        (t.subject.label, t.relation.lemma, t.object.label) for t in result.triples]
