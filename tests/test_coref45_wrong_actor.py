"""Back-references that picked the wrong actor (session 45).

A "wrong" row costs most in strict precision; these are the general classes behind the rows
both blind judges marked wrong on sheets 25-38 (tune halves):

- "the airline", "the utility", "the carrier" after the main company and a company whose
  name says it is one, which gave the main one business ("Boeing said it won an order from
  Singapore Airlines ... *the airline* said it ..."): that one, a party that acts (it orders)
  and not only what the main company acts on (coref ``_award_giver``, in
  ``Coreference._named_company``); "the company" is still the main one;
- a company word ("the company", "the automaker") never points back to a labour union (CAMEO
  codes unions LAB; ``[union_heads]``: "the Teamsters union"): "The United Auto Workers union
  refused talks with Chrysler until *the company* withdrew its demand" is Chrysler
  (coref ``_labour_union``, in ``_other_sector``);
- a closing attribution ("..., the New China News Agency said") that the parser hung inside
  the speaker's own report, with the reported clause under it: the clause is the first
  speaker's ("China ... said *its forces* had killed 100 soldiers": China's forces), the
  agency reports all of it (hygiene ``_attribution_read_into_report``);
- an -ing adjunct of saying another account is right or wrong after a reported clause is the
  reporter's ("The radio said police had not fired, *contradicting* accounts by students":
  the radio, not the police; ``[speaking_adjuncts]``);
- a ruling or verdict is issued by a court or a judge only (``[judicial_documents]``, JUD):
  "Texaco asked the Supreme Court to review an appeals court decision. The company said *the
  ruling* cut the award" is no act of Texaco's;
- an "it" subject of a clause of reason (``[reason_marks]``) on an act whose object may be
  it is left unresolved ("welcomed the ruling because *it* ended years of uncertainty");
- a company description acted on by a verb coordinated after one that acted on one fitting
  organisation is that one ("acquired a stake in GenCorp Inc and might seek control of *the
  company*"; ``Coreference._parallel_object``), and a company noun in apposition after the
  last name of a list is that name's kind, not the first's (``company_named``);
- a closing speaker the parser took for an apposition of the reported clause's last noun is
  the speaker ("Iraq said it had shot down two Iranian jets, the Iraqi News Agency said":
  the jets are no agency; hygiene ``_speaker_read_as_apposition``).

Guards: the readings that were right stay as they were.
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction

#: (sentence, present (subject, relation lemma, object, negated, hedged), absent pairs)
_SENTENCES = {
    "the airline that gave the main company an order": [
        ("Airbus said on Tuesday it had won an order from Nordic Star Airlines for ten A320 "
         "jets. The airline also plans to lease four jets from Boeing.",
         [("Nordic Star Airlines", "plan to lease", "jets", False, True)],
         [("Airbus", "jets"), ("Airbus", "Boeing")]),
        ("Siemens AG said it had secured a contract from Kansai Electric Utility Co to build "
         "two turbines. The utility said it would also buy transformers from ABB.",
         [("Kansai Electric Utility Co", "buy", "transformers", False, True)],
         [("Siemens AG", "transformers"), ("Siemens AG", "ABB")]),
        ("General Dynamics received a 900 million dlr order from Pacific Rim Carriers Inc on "
         "Friday. The carrier said it would lease two more ships from Hyundai.",
         [], [("General Dynamics", "ships"), ("General Dynamics", "Hyundai")]),
    ],
    "guard: 'the company' and an airline only acted on stay with the main one": [
        ("Airbus said on Tuesday it had won an order from Nordic Star Airlines for ten A320 "
         "jets. The company also plans to build a plant in Alabama.",
         [("Airbus", "plan to build", "plant in Alabama", False, True)],
         [("Nordic Star Airlines", "plant in Alabama")]),
        ("Lufthansa said on Tuesday it had bought a 40 pct stake in ITA Airlines. The airline "
         "also ordered 20 jets from Airbus.",
         [("Lufthansa", "order", "jets", False, False)], [("ITA Airlines", "jets")]),
    ],
    "a company word never takes a labour union": [
        ("The United Auto Workers union refused to resume talks with Chrysler Corp until the "
         "company withdrew its demand for work-rule changes.",
         [("Chrysler Corp", "withdraw", "Chrysler Corp's demand for work-rule changes",
           False, False)],
         [("United Auto Workers", "United Auto Workers's demand for work-rule changes")]),
        ("The Teamsters union said it would strike at Consolidated Freightways Inc unless the "
         "company raised its wage offer.",
         [("Consolidated Freightways Inc", "raise", "Consolidated Freightways Inc's wage offer",
           False, True)], []),
        ("The Canadian Auto Workers ended a strike at General Motors of Canada after the "
         "automaker agreed to index pensions.", [],
         [("Canadian Auto Workers", "index pensions")]),
    ],
    "guard: a company named alone, a Union that is no union": [
        ("Chrysler said on Monday it would close a plant in Kenosha. The company blamed weak "
         "demand.", [("Chrysler", "blame", "weak demand", False, False)], []),
        ("The European Union fined Microsoft Corp 500 million euros on Monday. Officials said "
         "the company had ignored a 2004 ruling.", [], [("European Union", "2004 ruling")]),
    ],
    "a closing attribution hung inside the speaker's report": [
        ("China accused Vietnamese troops of shelling border villages and said its forces had "
         "killed more than 100 Vietnamese soldiers, the New China News Agency said.",
         [("China", "kill", "Vietnamese soldiers", False, False)],
         [("New China News Agency", "Vietnamese soldiers")]),
        ("Iran denied the charge and said its navy had seized two tankers in the Gulf, the "
         "official IRNA news agency reported.",
         [("Iran", "seize", "tankers", False, False)], [("IRNA news agency", "tankers")]),
        ("Israel rejected the report and said its jets had struck only military targets, the "
         "army radio said.",
         [], [("army radio", "military targets")]),
    ],
    "a closing speaker read as an apposition of the clause's last noun": [
        ("Iraq said it had shot down two Iranian jets, the Iraqi News Agency said.",
         [("Iraq", "shoot down", "Iranian jets", False, False)],
         [("Iraq", "Iraqi News Agency")]),
        ("Iran said its navy had seized a tanker near Hormuz, the official news agency IRNA "
         "said.", [("Iran", "seize", "tanker", False, False)], [("Iran", "IRNA")]),
        ("Israel said its jets had struck a weapons depot near Damascus, the army radio "
         "reported.", [("Israel", "strike", "weapons depot near Damascus", False, False)], []),
    ],
    "guard: an apposition that is no speaker": [
        ("Police arrested Ahmed Ali, a local journalist, officials said.",
         [("police", "arrest", "Ahmed Ali", False, False)], []),
    ],
    "guard: a plain closing attribution": [
        ("China said its forces had killed more than 100 Vietnamese soldiers, the New China "
         "News Agency said.",
         [("China", "kill", "Vietnamese soldiers", False, False)], []),
        ("Rebels attacked the convoy on Monday, killing four soldiers, the army said.",
         [("Rebels", "attack", "convoy", False, False)], []),
    ],
    "an -ing adjunct of contradicting is the reporter's": [
        ("The radio said police had not fired on the demonstrators, contradicting accounts by "
         "students who said several people were hurt.", [], [("police", "accounts")]),
        ("Tass said the Soviet Union had not tested a new missile, disputing a Pentagon report "
         "that the test took place in March.",
         [("Tass", "dispute", "Pentagon report", False, False)],
         [("Soviet Union", "Pentagon report")]),
        ("The ministry said troops had pulled out of Kalbajar on Sunday, contradicting "
         "Armenian claims that fighting was still going on.", [],
         [("troops", "Armenian claims")]),
    ],
    "guard: an adjunct the reported subject does": [
        ("Police said protesters blocked the main road, demanding the release of their "
         "leaders.", [("protesters", "block", "main road", False, False)], []),
    ],
    "a ruling is a court's, not the company's that speaks of it": [
        ("Texaco Inc said it had asked the U.S. Supreme Court to review a Texas appeals court "
         "decision. The company said the ruling, which cut the original jury award by about 2 "
         "billion dlrs, still violated its constitutional rights.", [],
         [("Texaco Inc", "original jury award")]),
        ("Meridian Oil said on Monday it would appeal a decision by a state court. The company "
         "said the ruling bars it from drilling in the reserve.", [],
         [("Meridian Oil", "Meridian Oil")]),
        ("Vantage Corp lost its patent case in March. The verdict orders Vantage to pay 40 "
         "million dlrs.", [], [("Vantage Corp", "Vantage Corp")]),
    ],
    "guard: a ruling of a court or a judge, a resolution of a council": [
        ("Judge Amy Berman Jackson heard the case last week. The ruling bars Exxon from "
         "drilling in the reserve.",
         [("Amy Berman Jackson", "bar", "Exxon", False, False)], []),
        ("The Security Council demanded a ceasefire in Gaza. The resolution calls on both "
         "sides to free hostages.", [("UN Security Council", "demand", "ceasefire", False,
                                     False)], []),
    ],
    "an 'it' of a clause of reason may be the act's object": [
        ("Fujitsu said in a statement that it welcomed the ruling because it ended years of "
         "uncertainty.", [("Fujitsu", "welcome", "ruling", False, False)],
         [("Fujitsu", "uncertainty")]),
        ("Japan criticised the agreement because it gave too much to the United States.",
         [("Japan", "criticise", "agreement", False, False)], [("Japan", "United States")]),
        ("Acme Corp said it would close the plant because it needed to cut costs.", [],
         [("Acme Corp", "costs")]),
    ],
    "guard: an act with no object keeps its subject's 'it'": [
        ("Brazil cut interest rates because it wanted to spur growth.",
         [("Brazil", "want to spur", "growth", False, True)], []),
    ],
    "the company a coordinated act goes on acting on": [
        ("A partnership formed by AFG Industries Inc and Wagner and Brown, a Texas oil and gas "
         "firm, said it had acquired a 7.2 pct stake in GenCorp Inc and might seek control of "
         "the company.", [], [("partnership", "AFG Industries Inc")]),
        ("A venture formed by Hanover Steel Corp and Brandt and Keller, a Pittsburgh "
         "engineering firm, said it had bought a stake in Orion Metals Inc and might seek "
         "control of the company.",
         # (the venture is labelled by its makers: names45's "a partnership formed by")
         [("venture of Hanover Steel Corp, Brandt and Keller", "seek control",
           "Orion Metals Inc", False, True)],
         [("venture of Hanover Steel Corp, Brandt and Keller", "Keller"),
          ("venture of Hanover Steel Corp, Brandt and Keller", "Hanover Steel Corp")]),
        ("Vantage Systems sued Orion Corp in May and accused the company of stealing its chip "
         "designs.", [("Vantage Systems", "accuse", "Orion Corp", False, False)], []),
    ],
    "guard: a company named with its kind is still the one": [
        ("Halvorsen Shipping, a Norwegian company, said on Monday it had bought two tankers. "
         "The company said it would pay cash.",
         [("Halvorsen Shipping", "pay", "cash", False, True)], []),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(_SENTENCES))
def test_sentences(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
