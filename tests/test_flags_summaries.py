"""Who does what, and its negated and hedged flags, in summary-style news sentences.

The sentences were written for these tests (none is from an evaluation set or an audit
sheet). Each entry: a sentence, the triples it must give as (subject label, relation
lemma, object label, negated, hedged), and the (subject, object) pairs it must not give
in either reading (see ``tests/constructions.py``).
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction

pytestmark = pytest.mark.model

ACTORS = {
    "whom 'call on' or 'appeal to' asks does the infinitive, hedged": [
        ("Amnesty International called on Qatar to free the poet Mohammed al-Ajami.",
         [("Qatar", "free", "Mohammed al-Ajami", False, True)],
         [("Amnesty International", "Mohammed al-Ajami")]),
        ("The United Nations calls on Israel to halt construction in the West Bank.",
         [("Israel", "halt in", "West Bank", False, True)],
         [("United Nations", "West Bank")]),
        ("Germany called on Russia and Ukraine to respect the Minsk agreement.",
         [("Russia", "respect", "Minsk agreement", False, True),
          ("Ukraine", "respect", "Minsk agreement", False, True)],
         [("Germany", "Minsk agreement")]),
        # a date after "on" is no one: the caller is the one to act
        ("The European Union called on Monday to lift sanctions on Iran.",
         [("European Union", "call to lift sanction", "Iran", False, True)], []),
    ],
}

CALLED_OFF = {
    "an event noun called off, cancelled or put back is negated; the calling off is not": [
        ("Israel called off peace talks with Hamas.",
         [("Israel", "call off talk", "Hamas", False, False),
          ("Israel", "talk", "Hamas", True, False)], []),
        ("Colombia suspended air strikes against the FARC.",
         [("Colombia", "suspend strike", "FARC", False, False),
          ("Colombia", "strike", "FARC", True, False)], []),
        ("Egypt postponed talks with Ethiopia over the dam.",
         [("Egypt", "talk", "Ethiopia", True, False)], []),
        ("Brazil cancelled Nicolas Maduro's visit to Brasilia.",
         [("Nicolas Maduro", "visit", "Brasilia", True, False)], []),
        # not called off: the talks took place
        ("Israel did not call off talks with Hamas.",
         [("Israel", "talk", "Hamas", False, False)], []),
        # an "of" phrase may name who was to act: the Senate visits no one
        ("The Brazilian Senate cancelled the visit of Nicolas Maduro to Brasilia.",
         [("Brazilian Senate", "cancel visit", "Nicolas Maduro", False, False)], []),
    ],
}

WITHHELD = {
    "what a refused or denied 'let', 'allow', 'permit' would let happen is negated": [
        ("Turkey refused to let Kurdish fighters cross into Kobane.",
         [("Kurdish fighters", "cross into", "Kobane", True, False)], []),
        ("Hungary refused to allow Syrian refugees to enter Austria.",
         [("Syrian refugees", "enter", "Austria", True, False)], []),
        ("Israel did not allow Turkish ships to reach Gaza.",
         [("Turkish ships", "reach", "Gaza", True, False)], []),
        # allowed: stated
        ("Macedonia allowed Syrian refugees to enter Serbia.",
         [("Syrian refugees", "enter", "Serbia", False, False)], []),
    ],
}

JOINT = {
    "conjoined subjects of a planned reciprocal act: each with the other, hedged": [
        ("Armenia and Azerbaijan are to sign a peace treaty.",
         [("Armenia", "treaty", "Azerbaijan", False, True),
          ("Azerbaijan", "treaty", "Armenia", False, True)], []),
        ("Putin and Erdogan agreed to meet in Sochi.",
         [("Putin", "meet", "Erdogan", False, True),
          ("Erdogan", "meet", "Putin", False, True)], []),
        ("Serbia and Kosovo agreed to hold talks in Brussels.",
         [("Serbia", "talk", "Kosovo", False, True),
          ("Kosovo", "talk", "Serbia", False, True)], []),
        # held: stated
        ("Serbia and Kosovo held talks in Brussels.",
         [("Serbia", "talk", "Kosovo", False, False),
          ("Kosovo", "talk", "Serbia", False, False)], []),
    ],
}

SOUGHT = {
    "an event noun considered, proposed or sought is the event, hedged": [
        ("Saudi Arabia is reportedly considering an attack on Yemen.",
         [("Saudi Arabia", "consider attack", "Yemen", False, True)], []),
        ("Australia is seeking the extradition of Jeffrey Epstein from France.",
         [("Australia", "seek extradition", "Jeffrey Epstein", False, True)], []),
        ("Serbia proposed talks with Kosovo.",
         [("Serbia", "propose talk", "Kosovo", False, True)], []),
        ("The United States seeks the release of journalist Jason Rezaian from Iran.",
         [("United States", "seek release", "Jason Rezaian", False, True)], []),
    ],
}

WARRANTS = {
    "a warrant's 'for' names whom it is issued against": [
        ("Interpol issues an arrest warrant for former Ukrainian President Viktor Yanukovych.",
         [("Interpol", "issue warrant", "Viktor Yanukovych", False, False)], []),
        ("A Spanish judge issued an international arrest warrant for Rwandan general Karenzi "
         "Karake.", [("Spanish judge", "issue warrant", "Karenzi Karake", False, False)], []),
        ("The ICC issued an arrest warrant for Sudanese President Omar al-Bashir.",
         [("ICC", "issue warrant", "Omar al-Bashir", False, False)], []),
        # an order for goods is bought from its maker, not issued against it
        ("Emirates placed an order for 50 Airbus jets.", [], [("Emirates", "Airbus")]),
    ],
}

ROLES = {
    "a leader or minister named only by nationality acts for the country": [
        ("Hamas fired rockets at Tel Aviv. The Israeli prime minister condemned the attack.",
         [("Israel", "condemn attack", "Hamas", False, False)], []),
        ("The Russian foreign minister met the Iranian president in Tehran.",
         [("Russia", "meet", "Iran", False, False)], []),
        ("The Egyptian president visited Riyadh on Sunday.",
         [("Egypt", "visit", "Riyadh", False, False)], []),
        # a former holder acts for no one
        ("A former Israeli prime minister visited Moscow.", [], [("Israel", "Moscow")]),
    ],
    "the nationality of a group compounded with an event names the author referred back to":
    [
        ("A Saudi coalition air strike on a market in Saada left 20 people dead. Amnesty "
         "International condemned the attack.",
         [("Amnesty International", "condemn attack", "coalition", False, False)], []),
        ("An Ethiopian army drone strike on a market in Tigray left 30 people dead. The "
         "United Nations condemned the attack.",
         [("United Nations", "condemn attack", "Ethiopia", False, False)], []),
        ("An Israeli army air strike on a school in Rafah left 12 people dead. The European "
         "Union denounced the attack.",
         [("European Union", "denounce attack", "Israel", False, False)], []),
    ],
}

ROLE_APPOSITION = {
    "a name after a role noun's 'of' phrase is the role holder": [
        ("Prime Minister Viktor Orban replaced Hende with a member of his Fidesz party, "
         "Istvan Simicsko.",
         [("Viktor Orban", "replace with", "Istvan Simicsko", False, False)], []),
        ("Labour elected the leader of its Scottish branch, Kezia Dugdale, as deputy.",
         [("Labour", "elect", "Kezia Dugdale", False, False)], []),
        ("Police arrested a member of the opposition party, Ahmed Musa, in Lagos.",
         [("police", "arrest", "Ahmed Musa", False, False)], []),
        # without a comma, the organisation's name run into the holder's
        ("The Office of the Attorney General of Switzerland opens criminal proceedings "
         "against the President of FIFA Sepp Blatter.",
         [("Office of the Attorney General of Switzerland", "open proceeding", "Blatter",
           False, False)], []),
        ("The United States imposes sanctions on the leader of the Wagner Group Yevgeny "
         "Prigozhin.", [("United States", "impose sanction", "Yevgeny Prigozhin", False,
                         False)], []),
        ("The Kremlin criticises the Secretary General of NATO Jens Stoltenberg.",
         [("Kremlin", "criticise", "Jens Stoltenberg", False, False)], []),
    ],
}

PLANS = {
    "present-tense 'announces plans to V' is a plan of the subject, hedged": [
        ("Germany announces plans to deploy troops to Lithuania.",
         [("Germany", "plan to deploy to", "Lithuania", False, True)], []),
        ("Japan announces plans to send warships to the South China Sea.",
         [("Japan", "plan to send to", "South China Sea", False, True)], []),
        ("Poland unveils plans to buy tanks from South Korea.",
         [("Poland", "plan to buy from", "South Korea", False, True)], []),
        # an approved or adopted plan is the approver's, still a plan
        ("Japan's cabinet approves a plan to send troops to South Sudan.",
         [("Japan", "plan to send to", "South Sudan", False, True)], []),
        ("The Kenyan cabinet adopts a plan to close the Dadaab camp.",
         [("Kenya", "plan to close", "Dadaab camp", False, True)], []),
        ("The Dutch government approved a plan to send F-16 jets to Jordan.",
         [("Netherlands", "plan to send to", "Jordan", False, True)], []),
    ],
}

UNSUPPORTED = {
    "what 'no evidence' or 'no sign' supports is not stated: hedged": [
        ("There is no evidence that Russia attacked the convoy.",
         [("Russia", "attack", "convoy", False, True)], []),
        ("Officials found no evidence that Iran supplied the missiles to the Houthis.",
         [("Iran", "supply", "Houthis", False, True)], []),
        ("Investigators have found no sign that Hamas planned the attack on Eilat.",
         [("Hamas", "attack", "Eilat", False, True)], []),
        # evidence found: stated
        ("Investigators found evidence that Hamas planned the attack on Eilat.",
         [("Hamas", "attack", "Eilat", False, False)], []),
    ],
}

RULED_OUT = {
    "what is ruled out is negated; the ruling out is stated": [
        ("Germany rules out sending troops to Ukraine.",
         [("Germany", "send to", "Ukraine", True, False)], []),
        ("The EU ruled out imposing sanctions on Israel.",
         [("European Union", "impose sanction", "Israel", True, False)], []),
        ("Iran rules out talks with the United States.",
         [("Iran", "rule out talk", "United States", False, False),
          ("Iran", "talk", "United States", True, False)], []),
        ("Obama rules out air strikes against Syria.",
         [("Obama", "strike", "Syria", True, False)], []),
    ],
}

CALLED_OFF_NOUNS = {
    "what an announced suspension or cancellation is of is negated": [
        ("Iran announced the suspension of talks with the United States.",
         [("Iran", "talk", "United States", True, False)], []),
        ("Colombia announces the suspension of air strikes against the FARC.",
         [("Colombia", "strike", "FARC", True, False)], []),
        ("Brazil announced the cancellation of Nicolas Maduro's visit to Brasilia.",
         [("Nicolas Maduro", "visit", "Brasilia", True, False)], []),
        # a possessor that undergoes the event
        ("Britain announced the postponement of Abu Qatada's deportation.",
         [("United Kingdom", "deport", "Abu Qatada", True, False)], []),
        ("Sweden announced the suspension of Julian Assange's extradition.",
         [("Sweden", "extradite", "Julian Assange", True, False)], []),
    ],
}

INFINITIVE_REPAIRED = {
    "an infinitive hung on a verb as a modifier is its complement": [
        ("The United Nations Security Council votes to impose sanctions on North Korea.",
         [("United Nations Security Council", "vote to impose on", "North Korea", False,
           False)], []),
        ("The World Bank votes to send observers to Burundi.",
         [("World Bank", "vote to send to", "Burundi", False, False)], []),
    ],
}

JOINED = {
    "the subject of 'participate in' or 'engage in' an event is its agent": [
        ("Canada will participate in air strikes against ISIS in Iraq.",
         [("Canada", "strike", "ISIS", False, True)], []),
        ("Kurdish forces engaged in clashes with the Turkish army near Afrin.",
         [("Kurdish forces", "clash", "Turkey", False, False)], []),
        ("Hungary participated in the talks with Serbia.",
         [("Hungary", "talk", "Serbia", False, False)], []),
    ],
}


def test_an_infinitive_modifying_a_verb_becomes_its_complement():
    import spacy
    from actorgraph.extract.hygiene import repair_verbs
    from spacy.tokens import Doc

    words = ["Kenya", "pledges", "to", "free", "Ali"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 3, 1, 3],
              deps=["nsubj", "ROOT", "aux", "acl", "dobj"],
              pos=["PROPN", "VERB", "PART", "VERB", "PROPN"])
    repair_verbs(doc)
    assert doc[3].dep_ == "xcomp"
    # on a noun it stays a modifier: "plans to free Ali"
    doc = Doc(spacy.blank("en").vocab, words=["plans", "to", "free", "Ali"],
              heads=[0, 2, 0, 2],
              deps=["ROOT", "aux", "acl", "dobj"], pos=["NOUN", "PART", "VERB", "PROPN"])
    repair_verbs(doc)
    assert doc[2].dep_ == "acl"


@pytest.mark.parametrize(("sentence", "present", "absent"),
                         cases(ACTORS, CALLED_OFF, WITHHELD, JOINT, SOUGHT, WARRANTS, ROLES,
                               ROLE_APPOSITION, PLANS, UNSUPPORTED, RULED_OUT,
                               CALLED_OFF_NOUNS, INFINITIVE_REPAIRED, JOINED))
def test_actors_and_flags(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
