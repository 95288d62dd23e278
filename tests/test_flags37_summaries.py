"""Negated and hedged flags of news summaries that a misread clause or a misread dash lost.

- An adverbial between a verb and its "to" infinitive complement ("refused on Thursday to
  expel X", "declined on Monday to sign Y", "vowed on Sunday to retaliate against Z") made
  the parser read the infinitive as a purpose clause, hedged as intended; it is the verb's
  complement, so a refusal's infinitive is negated and a vow's hedged
  (extract/hygiene.py ``_complement_read_as_purpose``). A verb with an object of its own
  keeps its purpose ("sent troops on Friday to seize X": only intended).
- A summary's present "after" clause set off by a comma and measured back by a span of
  time ("..., a day after police arrest X") dates an act before what is stated: it
  happened, whatever the clause above only proposes, plans or threatens (extract/context.py
  ``_measured_since``); unset or unmeasured ("plans to free them a day after Hamas frees
  the hostages") it may time the plan, and stays hedged.
- An en dash between two words with no space on either side joins them ("Islamic
  State\u2013Khorasan Province", "Addis Ababa\u2013Djibouti"): it ends no dateline at the
  start of an article, which cut the sentence and lost its "Suspected"
  (extract/news.py ``_JOINING_DASHES``).
- A speaker's aside set off by commas after the clause it reports, parsed as a parataxis
  ("Russian forces capture Novopavlivka, the Defence Ministry claims, while ...") reports
  it, and a verb of claim hedges it (extract/context.py ``_reporting_aside``); a clause
  after the aside is not reported by it.
- Harm done in an attack that has an owner was done by the owner: "A Hezbollah commander
  is believed to have been killed in an Israeli drone strike" gives a hedged Israel
  —kill→ commander, as "killed by an Israeli drone strike" does (a passive verb of a
  violent class with no "by" phrase, extract/rules/verbal.py ``_events_in``).
- "Ecuadorean" is a spelling of "Ecuadorian" (extract/data/demonyms.tsv): "The Ecuadorean
  government is poised to nationalize X" is Ecuador's act, hedged as any "is poised to".
- The group an agent is said or believed to belong to did what the agent did, alleged:
  "Gunmen believed to belong to JNIM killed 14 soldiers" gives a hedged JNIM —kill→
  soldiers (extract/context.py ``alleged_group``, extract/rules/verbal.py
  ``_alleged_groups``; a violent act only), with "believed" first re-read as the
  subject's participle where the parser took it for the verb (extract/hygiene.py
  ``_reduced_relative_read_as_verb``).
"""

from __future__ import annotations

import pytest
from actorgraph.extract.news import scan

from actorgraph.records import Article
from tests.constructions import cases, check_construction

SENTENCES = {
    "an adverbial between a verb and its infinitive complement": [
        ("Estonia refused on Thursday to expel Viktor Kaminsky, Belarus's chargé d'affaires "
         "in Tallinn, despite demands from opposition lawmakers, the foreign ministry said.",
         [("Estonia", "expel", "Viktor Kaminsky", True, False),
          ("Estonia", "refuse to expel", "Viktor Kaminsky", False, False)], []),
        ("Hungary declined on Monday to sign the EU statement condemning Russia.",
         [("Hungary", "sign", "European Union statement condemning Russia", True, False)], []),
        ("The Bundesbank declined on Thursday to cut its discount rate.",
         [("Bundesbank", "cut", "Bundesbank's discount rate", True, False)], []),
        ("Iran vowed on Sunday to retaliate against Israel.",
         [("Iran", "vow to retaliate against", "Israel", False, True)], []),
        ("Hamas agreed late on Monday to free ten Israeli hostages.",
         [("Hamas", "agree to free", "Israeli hostages", False, False)], []),
        # a verb with an object of its own, or of motion, keeps its purpose
        ("Israel sent troops on Friday to seize the Rafah crossing.",
         [("Israel", "seize", "Rafah", False, True)], []),
        ("Chinese warships sailed on Monday to shadow the USS Ronald Reagan.",
         [("China", "shadow", "USS Ronald Reagan", False, True)], []),
    ],
    "a present after clause measured back from what is stated": [
        ("The European Commission proposes freezing €150 million in migration funding for "
         "Tunisia, a day after Tunisian police arrest former parliament speaker Hatem "
         "Belhaj.",
         [("Tunisia", "arrest", "Hatem Belhaj", False, False)], []),
        ("Germany plans to expel two Russian diplomats, hours after Russia detains a German "
         "journalist in Moscow.",
         [("Russia", "detain", "German journalist", False, False),
          ("Germany", "plan to expel", "Russian diplomats", False, True)], []),
        ("Poland threatens to close its border with Belarus, a week after Belarusian guards "
         "shoot a Polish soldier.",
         [("Belarusian guards", "shoot", "Polish soldier", False, False)], []),
        # neither set off nor measured: it may time what is planned
        ("Germany plans to expel two Russian diplomats after Russia detains a German "
         "journalist.",
         [("Russia", "detain", "German journalist", False, True)], []),
        ("Israel plans to release the prisoners a day after Hamas frees the hostages.",
         [("Hamas", "free", "hostages", False, True)], []),
    ],
    "a speaker's aside after the clause it reports": [
        ("Russian forces capture the village of Novopavlivka in Donetsk Oblast, the Russian "
         "Defence Ministry claims, while Ukraine's General Staff says fighting for the "
         "settlement is continuing.",
         [("Russia", "capture", "Novopavlivka in Donetsk Oblast", False, True)], []),
        ("Houthi rebels seized a Greek tanker in the Red Sea, US officials allege, after "
         "Iran seized a British tanker.",
         # (the clause after the aside is no part of what is alleged)
         [("Houthi rebels", "seize", "Greek tanker", False, True),
          ("Iran", "seize", "British tanker", False, False)], []),
        ("Israeli troops killed three Hamas commanders in Rafah, the army said, while Hamas "
         "denied the losses.",
         [("Israel", "kill", "Hamas", False, False),
          ("Hamas", "deny", "losses", False, False)], []),
    ],
    "harm done in an attack with an owner": [
        ("Three Hamas commanders were killed in an Israeli airstrike on Rafah.",
         [("Israel", "kill", "Hamas", False, False)], []),
        ("A Hezbollah commander is believed to have been killed in an Israeli drone strike "
         "in Tyre.",
         [("Israel", "kill", "Hezbollah commander", False, True)], []),
        ("Three soldiers were wounded in a Houthi drone attack on the base.",
         [("Houthi", "wound", "soldiers", False, False)], []),
        ("The envoy was injured in a Russian missile attack on Kyiv, officials said.",
         [("Russia", "injure", "envoy", False, False)], []),
        # a place, or an attack of no one's, names no doer
        ("Two Russian soldiers were killed in a Ukrainian village near Kupiansk.", [],
         [("Ukraine", "Russian soldiers"), ("Ukraine", "Russia")]),
        # the attack's own forces took part in it: the other side hit them
        ("Two Israeli soldiers were killed in an Israeli raid on Jenin, the army said.", [],
         [("Israel", "Israeli soldiers")]),
        ("Three Ukrainian soldiers were killed in a Ukrainian counteroffensive near "
         "Robotyne.", [], [("Ukraine", "Ukrainian soldiers")]),
        ("Five Russian troops were killed in a Russian assault on Avdiivka.", [],
         [("Russia", "Russian troops")]),
        # its own people who took no part in it stay its victims
        ("Three Israeli hostages were killed in an Israeli airstrike in Gaza, Hamas said.",
         [("Israel", "kill", "Israeli hostages", False, False)], []),
    ],
    "an act one is poised to do, by a government of a nationality spelt either way": [
        ("The Ecuadorean government is poised to nationalize Pacífico Gas, according to a "
         "draft decree seen by reporters in Quito.",
         [("Ecuador", "nationalize", "Pacífico Gas", False, True)], []),
        ("Ecuadorean troops arrested three Colombian rebels near Lago Agrio.",
         [("Ecuador", "arrest", "Colombian rebels", False, False)], []),
        ("Toyota is poised to buy a stake in Suzuki.",
         [("Toyota", "buy stake", "Suzuki", False, True)], []),
        ("Russia is poised to seize Pokrovsk, Ukrainian officials warn.",
         [("Russia", "seize", "Pokrovsk", False, True)], []),
    ],
    "the group an agent is said to belong to did it, alleged": [
        ("Gunmen believed to belong to JNIM killed 14 soldiers near Djibo.",
         [("JNIM", "kill", "soldiers", False, True)], []),
        ("Militants suspected of belonging to al-Shabaab attacked a police station in "
         "Mandera.",
         [("al-Shabaab", "attack", "police station in Mandera", False, True)], []),
        ("Fighters thought to belong to the Wagner Group shot dead three Malian herders "
         "near Gao.",
         [("Wagner Group", "shoot", "Malian herders", False, True)], []),
        ("Militiamen suspected of belonging to Hezbollah fired rockets at Kiryat Shmona.",
         [("Hezbollah", "fire at", "Kiryat Shmona", False, True)], []),
        # no violent act, or a bare tie: says nothing of who did it
        ("A company believed to belong to Vladimir Putin bought the Chelsea stadium.", [],
         [("Vladimir Putin", "Chelsea stadium")]),
        ("Troops arrested three men linked to Hamas, who had fired rockets at Israel.", [],
         [("Hamas", "Israel")]),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(SENTENCES))
def test_sentences(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)


@pytest.mark.parametrize("text", [
    "Suspected Islamic State\u2013Khorasan Province militants storm a mosque in Herat.",
    "Addis Ababa\u2013Djibouti railway reopens after months of repairs.",
    "Tel Aviv\u2013Jerusalem trains resume after the line is repaired.",
])
def test_an_unspaced_en_dash_joins_words_and_ends_no_dateline(text):
    layout = scan(text)
    assert layout.dateline is None
    assert layout.masked == text


@pytest.mark.parametrize("text", [
    "Kyiv \u2013 Russia launched dozens of drones at the capital overnight.",
    "Mexico City\u2014Police detained a cartel leader in a dawn raid.",
    # a place in capitals before an unspaced en dash is a dateline's
    "GAZA CITY\u2013Hamas freed three hostages on Sunday.",
    "ADDIS ABABA\u2013Ethiopia closed its border with Eritrea.",
    "SAN SALVADOR\u2013Police arrested 40 gang members overnight.",
])
def test_a_spaced_en_dash_or_an_em_dash_still_ends_a_dateline(text):
    assert scan(text).dateline is not None


@pytest.mark.model
def test_a_suspected_agent_before_an_en_dash_hedges_the_act(extractor):
    (result,) = extractor.extract([Article("t", (
        "Suspected Islamic State\u2013Khorasan Province (ISKP) militants storm a Shia mosque "
        "in Herat during Friday prayers, killing at least 23 worshippers."))])
    storms = [t for t in result.triples if t.relation.lemma == "storm"]
    assert storms and all(t.hedged and not t.negated for t in storms)


@pytest.mark.model
def test_a_speakers_aside_reports_the_clause_before_it(extractor):
    (result,) = extractor.extract([Article("t", (
        "Israeli troops killed three Hamas commanders in Rafah, the army said, while Hamas "
        "denied the losses."))])
    kills = [t for t in result.triples if t.relation.lemma == "kill"]
    denials = [t for t in result.triples if t.relation.lemma == "deny"]
    assert kills and all(t.reported and not t.hedged for t in kills)
    assert denials and not any(t.reported for t in denials)
