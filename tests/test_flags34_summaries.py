"""Constructions of event summaries whose hedged or negated act was not extracted at all
(session 34): the one helped or let parsed as the subject of the clause after the verb
("pledges to help Bratislava replace its fuel"), an accused or acquitted subject whose
"of" phrase the parser hung on the passive's agent ("Venezuela is accused by Guyana of
massing troops"), a gerund read as the compound of a plural noun after an alleging verb
("suspected of planning attacks"), a group pronoun that stands for coordinated names
("Japan and South Korea say they will ..."), the speaker of a "say" coordinated
with another verb ("... condemn Pyongyang and say they ...", "denies that its artillery
struck X and says it ..."), and the halt of a possessed event noun under "if" ("will
release them if Israel halts its strikes": the halt is only a condition)."""

from __future__ import annotations

import pytest
from actorgraph.extract.context import accused_object, acquitted
from actorgraph.extract.hygiene import repair_verbs
from actorgraph.extract.rules.base import clause_objects, same_form
from actorgraph.extract.triples import all_triples

from tests.constructions import cases, check_construction
from tests.docs import parse

_ENTS = {"EU": "ORG", "Ukraine": "GPE", "China": "GPE", "Russia": "GPE", "Guyana": "GPE",
         "Venezuela": "GPE", "Sall": "PERSON", "Israel": "GPE", "Iran": "GPE",
         "Hezbollah": "ORG", "Spain": "GPE", "Ceuta": "GPE"}


def test_whom_a_verb_of_helping_helps_when_parsed_as_the_clauses_subject():
    doc = parse("China helped Russia evade sanctions", """
        1 nsubj PROPN China NNP
        1 ROOT VERB help VBD
        3 nsubj PROPN Russia NNP
        1 ccomp VERB evade VB
        3 dobj NOUN sanction NNS
    """, ents=_ENTS)
    assert [t.text for t in clause_objects(doc[1])] == ["Russia"]
    assert ("China", "help", "Russia") in {(t.subject.text, t.lemma, t.object.text)
                                           for t in all_triples(doc)}


def test_whom_a_pledge_to_help_would_help():
    doc = parse("EU pledged to help Ukraine rebuild grids", """
        1 nsubj PROPN EU NNP
        1 ROOT VERB pledge VBD
        3 aux PART to TO
        1 xcomp VERB help VB
        5 nsubj PROPN Ukraine NNP
        3 ccomp VERB rebuild VB
        5 dobj NOUN grid NNS
    """, ents=_ENTS)
    assert ("EU", "pledge to help", "Ukraine") in {
        (t.subject.text, t.lemma, t.object.text) for t in all_triples(doc)}


def test_a_clause_of_its_own_after_help_is_no_object():
    # "helped that X had ..." is no English; a clause with its own auxiliary is not the
    # helped one's act ("the EU helped, and Ukraine has rebuilt" misparsed)
    doc = parse("EU helped Ukraine has rebuilt grids", """
        1 nsubj PROPN EU NNP
        1 ROOT VERB help VBD
        4 nsubj PROPN Ukraine NNP
        4 aux AUX have VBZ
        1 ccomp VERB rebuild VBN
        4 dobj NOUN grid NNS
    """, ents=_ENTS)
    assert clause_objects(doc[1]) == []


#: a passive alleging or acquitting verb with "of" hung on its agent
_PASSIVE_ACCUSED = """
    2 nsubjpass PROPN Venezuela NNP
    2 auxpass AUX be VBZ
    2 ROOT VERB accuse VBN
    2 agent ADP by IN
    3 pobj PROPN Guyana NNP
    4 prep ADP of IN
    5 pcomp VERB mass VBG
    6 dobj NOUN troop NNS
"""


def test_the_passive_subject_is_the_accused_when_of_hangs_on_the_agent():
    doc = parse("Venezuela is accused by Guyana of massing troops", _PASSIVE_ACCUSED,
                ents=_ENTS)
    assert accused_object(doc[6]).text == "Venezuela"
    assert ("Venezuela", "mass", "troops") in {(t.subject.text, t.lemma, t.object.text)
                                               for t in all_triples(doc)}


def test_the_passive_subject_is_acquitted_when_of_hangs_on_the_agent():
    doc = parse("Sall was cleared by judges of misusing funds", """
        2 nsubjpass PROPN Sall NNP
        2 auxpass AUX be VBD
        2 ROOT VERB clear VBN
        2 agent ADP by IN
        3 pobj NOUN judge NNS
        4 prep ADP of IN
        5 pcomp VERB misuse VBG
        6 dobj NOUN fund NNS
    """, ents=_ENTS)
    assert acquitted(doc[6])


def test_the_agent_is_not_accused_of_its_own_phrase_after_another_verb():
    # "Venezuela is praised by Guyana of all countries": no allegation
    doc = parse("Venezuela is praised by Guyana of massing troops",
                _PASSIVE_ACCUSED.replace("VERB accuse", "VERB praise"), ents=_ENTS)
    assert accused_object(doc[6]) is None


def test_a_gerund_read_as_a_plural_nouns_compound_after_suspected():
    doc = parse("Spain held men suspected of smuggling migrants into Ceuta", """
        1 nsubj PROPN Spain NNP
        1 ROOT VERB hold VBD
        1 dobj NOUN man NNS
        2 acl VERB suspect VBN
        3 prep ADP of IN
        6 compound NOUN smuggling NN
        4 pobj NOUN migrant NNS
        6 prep ADP into IN
        7 pobj PROPN Ceuta NNP
    """, ents=_ENTS)
    repair_verbs(doc)
    assert (doc[5].dep_, doc[5].head.text, doc[6].dep_) == ("pcomp", "of", "dobj")


def test_a_singular_compound_stays_a_noun():
    # "suspected of money laundering" is a noun with its compound ("planning" before a
    # singular noun is no gerund's object either: "of planning permission")
    doc = parse("Spain held men suspected of planning permission", """
        1 nsubj PROPN Spain NNP
        1 ROOT VERB hold VBD
        1 dobj NOUN man NNS
        2 acl VERB suspect VBN
        3 prep ADP of IN
        6 compound NOUN planning NN
        4 pobj NOUN permission NN
    """, ents=_ENTS)
    repair_verbs(doc)
    assert doc[5].dep_ == "compound"


def test_a_present_spelt_as_its_lemma_may_pair_with_a_present():
    # "Japan and South Korea condemn Pyongyang and say ...": "condemn" tagged past
    doc = parse("They condemn Pyongyang and say it", """
        1 nsubj PRON they PRP
        1 ROOT VERB condemn VBD
        1 dobj PROPN Pyongyang NNP
        1 cc CCONJ and CC
        1 conj VERB say VBP
        4 dobj PRON it PRP
    """)
    assert same_form(doc[4], doc[1])
    doc = parse("They condemned Pyongyang and say it", """
        1 nsubj PRON they PRP
        1 ROOT VERB condemn VBD
        1 dobj PROPN Pyongyang NNP
        1 cc CCONJ and CC
        1 conj VERB say VBP
        4 dobj PRON it PRP
    """)
    assert not same_form(doc[4], doc[1])


REAL_SENTENCES = {
    "the one helped parsed as the subject of the clause after 'help'": [
        ("China helped Russia evade Western sanctions.",
         [("China", "help", "Russia", False, False)], []),
        ("The EU pledges to help Ukraine rebuild its power grid.",
         [("European Union", "pledge to help", "Ukraine", False, True),
          ("Ukraine", "rebuild", "Ukraine's power grid", False, True)], []),
        ("The United States offered to help Israel defend itself.",
         [("United States", "offer to help", "Israel", False, True)], []),
        ("Slovak Prime Minister Peter Halás lifts his veto after Brussels pledges to help "
         "Bratislava replace Russian nuclear fuel.",
         [("Brussels", "pledge to help", "Bratislava", False, True)], []),
    ],
    "an accused or acquitted subject with 'of' on the passive's agent": [
        ("Venezuela is accused by Guyana of massing troops along the Cuyuní River.",
         [("Guyana", "accuse", "Venezuela", False, False),
          ("Venezuela", "mass along", "Cuyuní River", False, True)], []),
        ("Kagame was accused by Tshisekedi of arming the rebels.",
         [("Tshisekedi", "accuse", "Kagame", False, False),
          ("Kagame", "arm", "rebels", False, True)], []),
        # (the "of" phrase on the verb, as the parser mostly hangs it)
        ("Iran was accused by Israel of arming Hezbollah.",
         [("Iran", "arm", "Hezbollah", False, True)], []),
        ("Sall was cleared by the court of misusing public funds.",
         [("Sall", "misuse", "public funds", True, False)], []),
    ],
    "a gerund read as a plural noun's compound after an alleging verb": [
        ("Police arrest a Hamas commander suspected of planning attacks on Israel.",
         [("Hamas commander", "attack", "Israel", False, True)], []),
        ("Spain detains two men suspected of smuggling migrants into Ceuta.",
         [("men", "smuggle into", "Ceuta", False, True)], []),
        ("Kenya detains a Somali trader accused of financing attacks on Nairobi.",
         [("Somali trader", "finance attack", "Nairobi", False, True)], []),
        # an event noun's compound is the noun's kind ("bombing attacks" are attacks)
        ("An Indian court sentences five suspected Islamic militants to death for bombing "
         "attacks on seven Mumbai commuter trains.",
         [("suspected Islamic militants", "attack", "Mumbai commuter trains", False, True)],
         []),
    ],
    "'they' for coordinated names": [
        ("Japan and South Korea say they will hold joint drills with the United States.",
         [("Japan", "hold with", "United States", False, True),
          ("South Korea", "hold with", "United States", False, True)], []),
        ("France and Germany said they would send tanks to Ukraine.",
         [("France", "send", "Ukraine", False, True),
          ("Germany", "send", "Ukraine", False, True)], []),
        ("Norway and Ireland recognise Palestine and say they will upgrade ties with the "
         "Palestinian Authority.",
         [("Norway", "upgrade tie", "Palestinian Authority", False, True),
          ("Ireland", "upgrade tie", "Palestinian Authority", False, True)], []),
    ],
    "the speaker of a coordinated 'say'": [
        ("Japan and South Korea condemn Pyongyang and say they will hold joint drills with "
         "the United States next month.",
         [("Japan", "hold with", "United States", False, True),
          ("South Korea", "hold with", "United States", False, True)], []),
        ("Egypt and Jordan condemn the raid and say they will review ties with Israel.",
         [("Egypt", "review tie", "Israel", False, True),
          ("Jordan", "review tie", "Israel", False, True)], []),
        ("Bangkok denies that its artillery struck Cambodian villages and says it intends "
         "to hold talks with Phnom Penh.",
         [("Bangkok", "intend to hold talk", "Phnom Penh", False, True)], []),
        ("Moscow rejects the report that its drones hit Odesa and says it will retaliate "
         "against Kyiv.",
         [("Moscow", "retaliate against", "Kyiv", False, True)], []),
        # a person's "he" after a coordinated "says" is the person named before
        ("Colombian prosecutors charge former senator Álvaro Restrepo Quintero with "
         "laundering money. Restrepo denies ever meeting Clan del Golfo commanders and says "
         "he will appeal to the Supreme Court.",
         [("Álvaro Restrepo Quintero", "appeal to", "Supreme Court", False, True)], []),
    ],
    "the verb's act on a realised event noun under 'if' is the condition's": [
        ("Hamas says it will release hostages if Israel halts its strikes on Gaza.",
         [("Israel", "halt strike", "Gaza", False, True)], []),
        ("Kyiv will resume talks if Moscow suspends its shelling of Kharkiv.",
         [("Moscow", "suspend shelling", "Kharkiv", False, True)], []),
        ("Ankara will reopen the border if Damascus halts its offensive on Idlib.",
         [("Damascus", "halt offensive", "Idlib", False, True)], []),
    ],
    "a conjunct with its own modal after a stated verb shares its subject": [
        ("Abelardo de la Espriella wins the first round of Colombia's presidential election "
         "and will face Iván Cepeda in a runoff.",
         [("Abelardo de la Espriella", "face", "Iván Cepeda", False, True)], []),
        ("The junta says it does not recognise the court and will not hand over Soe Win "
         "Htut.", [("junta", "hand over", "Soe Win Htut", True, True)], []),
        ("Hungary blocks the package and will veto sanctions on Russia.",
         [("Hungary", "veto sanction", "Russia", False, True)], []),
        # (not a stated verb after a modal one: the speaker asks)
        ("Trump predicted Harris would lose and asked voters to back Vance.",
         [("Trump", "ask", "voters", False, False)], [("Harris", "voters")]),
    ],
    "a present that agrees with the speakers, not the reported subject": [
        ("Senators of the Libre alliance say the deal violates the constitution and "
         "threaten to impeach Paz.",
         [("senators of Libre alliance", "threaten to impeach", "Paz", False, True)],
         [("deal", "Paz")]),
        ("Farmers say the deal hurts them and threaten to blockade Brussels.",
         [("farmers", "threaten to blockade", "Brussels", False, True)],
         [("deal", "Brussels")]),
        # (agreeing with the reported subject, it is that subject's)
        ("The ministry says Israel strikes Gaza and warns of retaliation.",
         [("Israel", "strike", "Gaza", False, False)], []),
    ],
    "a denied gerund read as the modifier of a bare plural": [
        ("Islamabad says it targeted hideouts of the Pakistani Taliban and denies striking "
         "civilians.", [("Islamabad", "strike", "civilians", True, False)], []),
        ("Pakistan denies striking schools in Khost.",
         [("Pakistan", "strike in", "Khost", True, False)], []),
        ("The Houthis deny striking ships in the Red Sea.",
         [("Houthis", "strike in", "Red Sea", True, False)], []),
        # (parsed as the gerund it is)
        ("Moscow denies shelling civilians in Kharkiv.",
         [("Moscow", "shell in", "Kharkiv", True, False)], []),
    ],
    "a finite verb coordinated with the object of the verb before it": [
        ("President Aleksandar Vučić rejects the demand and accuses foreign intelligence "
         "services of organizing the protests.",
         [("Aleksandar Vučić", "accuse", "foreign intelligence services", False, False)],
         []),
        ("Maduro dismisses the demand and accuses Washington of meddling.",
         [("Maduro", "accuse", "Washington", False, False)], []),
        ("Vučić rejects the demand and accuses Croatia of organizing the protests.",
         [("Vučić", "accuse", "Croatia", False, False),
          ("Croatia", "organize", "protests", False, True)], []),
        ("Israel welcomes the proposal and invites Saudi Arabia to the talks.",
         [("Israel", "invite", "Saudi Arabia", False, False)], []),
    ],
    "whom a sought event is done to, named as its possessor": [
        ("Kyiv demands Sentsov's release.",
         [("Kyiv", "demand release", "Sentsov", False, True)], []),
        ("Beijing is expected to seek Wang's extradition.",
         [("Beijing", "seek extradition", "Wang", False, True)], []),
        ("Mexican marines capture Rubén 'El Chapulín' Quintero, a senior commander of the "
         "Jalisco New Generation Cartel, in Zapopan; the United States is expected to "
         "request his extradition.",
         [("United States", "request extradition", "Quintero", False, True)], []),
        ("Police arrest Arben Dervishi in Marbella; Albania requests his extradition.",
         [("Albania", "request extradition", "Arben Dervishi", False, True)], []),
    ],
    "an -ing verb coordinated with the infinitive of an -ing verb": [
        ("ArcelorMittal plans to close its steel plant in Dunkirk, the French government "
         "says, calling on the company to reconsider and threatening to withdraw state "
         "subsidies.",
         [("France", "threaten to withdraw", "state subsidies", False, True)], []),
        ("The UN condemned the coup, urging the junta to free Bazoum and threatening to "
         "impose sanctions on Niger.",
         [("United Nations", "threaten to impose on", "Niger", False, True)],
         [("junta", "Niger")]),
        ("Brussels reacted, asking Budapest to reconsider and threatening to freeze EU funds "
         "for Hungary.",
         [("Brussels", "threaten to freeze for", "Hungary", False, True)],
         [("Budapest", "Hungary")]),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(REAL_SENTENCES))
def test_real_sentences(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
