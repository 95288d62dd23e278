"""The target named inside an event-noun object: whom a support verb's event noun is
addressed to or whose event it is, not the bare noun.

- a verb of lodging in a clause whose subject is shared with a coordinated verb ("X
  condemned Y and lodged a protest with Z") or under an infinitive ("intends to lodge a
  protest with Z"): Z is the target, as in a plain clause;
- a verb that keeps an event from happening (repel, repulse, thwart, foil) acts on the
  event's agent: "repelled a Russian attack" -> repel attack -> Russia;
- a contract binds two parties, so its "with" names the partner: "terminated a supply
  contract with X" -> terminate contract with -> X;
- what a weapon is fired at, with "at" hung on the weapon: "fire a missile at the bulk
  carrier X" -> fire missile at -> X;
- a strike staged by workers "at" or "of" a named employer is against the employer:
  "pilots at Lufthansa launched a strike" -> strike -> Lufthansa.
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_labels

pytestmark = pytest.mark.model

LODGED = {
    "lodging verb shared by a coordinated clause": [
        ("Vietnam condemned the seizure of its fishermen and lodged a protest with China.",
         [("Vietnam", "lodge protest with", "China")], [("Vietnam", "lodge", "protest")]),
        ("Norway recalled its ambassador and lodged a formal complaint with Russia.",
         [("Norway", "lodge complaint with", "Russia")],
         [("Norway", "lodge", "formal complaint")]),
        ("Turkey expelled the envoy and broke off relations with Austria.",
         [("Turkey", "break off relation with", "Austria")], []),
    ],
    "lodging verb under an infinitive": [
        ("Manila plans to file a diplomatic protest with Beijing.",
         [("Manila", "plan to file protest with", "Beijing")],
         [("Manila", "plan to file", "diplomatic protest")]),
        ("Egypt threatened to lodge a complaint with the Security Council.",
         [("Egypt", "threaten to lodge complaint with", "UN Security Council")],
         [("Egypt", "threaten to lodge", "complaint")]),
        ("Kenya decided to register a protest with Uganda.",
         [("Kenya", "decide to register protest with", "Uganda")],
         [("Kenya", "decide to register", "protest")]),
    ],
    "guard: an event noun's own target is kept": [
        ("Algeria vowed to file a complaint against Morocco.",
         [("Algeria", "vow to file complaint", "Morocco")], []),
    ],
}

FOILED = {
    "the agent of a repelled or foiled event is repelled": [
        ("Ukrainian troops repelled a Russian attack near Bakhmut.",
         [("Ukraine", "repel attack", "Russia")], [("Ukraine", "repel", "attack")]),
        ("Kurdish fighters repulsed an assault by Islamic State militants west of Kobani.",
         [("Kurdish fighters", "repulse assault", "Islamic State")],
         [("Kurdish fighters", "repulse", "assault")]),
        ("Security forces thwarted an Al-Shabaab attack on the hotel.",
         [("security forces", "thwart attack", "Al-Shabaab")],
         [("security forces", "thwart", "Al-Shabaab attack")]),
        ("Colombian police foiled a kidnapping by FARC rebels.",
         [("Colombia", "foil kidnapping", "FARC")], [("Colombia", "foil", "kidnapping")]),
    ],
    "guard: an event with no agent stays the object": [
        ("Israeli forces repelled the attack.", [("Israel", "repel", "attack")], []),
    ],
}

CONTRACTS = {
    "a contract's partner": [
        ("Airbus terminated its engine supply contract with Rolls-Royce.",
         [("Airbus", "terminate contract with", "Rolls-Royce")],
         [("Airbus", "terminate", "engine supply contract")]),
        ("Pemex renewed a drilling contract with Halliburton.",
         [("Pemex", "renew contract with", "Halliburton")],
         [("Pemex", "renew", "drilling contract")]),
        ("Peru scrapped a railway contract with a Chinese consortium.",
         [("Peru", "scrap contract with", "Chinese consortium")], []),
    ],
}


FIRED_AT = {
    "the 'at' phrase of the weapon fired": [
        ("Houthi rebels fire an explosive-laden drone at the Greek-owned oil tanker Sounion "
         "in the Red Sea, the shipping agency reports.",
         [("Houthi rebels", "fire drone at", "Greek-owned oil tanker Sounion")], []),
        ("Hezbollah fires an anti-tank missile at an Israeli army post near Metula, the army "
         "says.", [("Hezbollah", "fire missile at", "Israeli army post near Metula")], []),
        ("Houthi fighters fire a ballistic missile at the Malta-flagged cargo ship Zografia "
         "in the Red Sea, officials say.",
         [("Houthi fighters", "fire missile at", "Zografia")], []),
    ],
}


STRUCK = {
    "workers' strike against their employer": [
        ("Pilots at Lufthansa launched a two-day strike over pensions.",
         [("pilots at Lufthansa", "strike", "Lufthansa")], []),
        ("Workers at the Ford plant in Cologne staged a strike.",
         [("workers at Ford plant", "strike", "Ford plant")], []),
        ("Miners at Anglo American staged a strike over bonuses.",
         [("miners", "strike", "Anglo American")], []),
    ],
    "guard: a place where the workers work is no employer": [
        ("Workers at Antwerp staged a strike over pensions.", [],
         [("workers at Antwerp", "Antwerp")]),
        ("Dock workers at Rotterdam launched a 48-hour strike on Monday.", [],
         [("Dock workers at Rotterdam", "Rotterdam")]),
        ("Employees at Lagos staged a strike over unpaid wages.", [],
         [("employees at Lagos", "Lagos")]),
    ],
    "guard: an armed strike keeps its own target": [
        ("Israeli troops launched a strike on Gaza.", [("Israel", "strike", "Gaza")], []),
    ],
}


@pytest.mark.parametrize(("sentence", "present", "absent"), cases(STRUCK))
def test_struck_employer(extractor, sentence, present, absent):
    check_labels(extractor, sentence, present, absent)


@pytest.mark.parametrize(("sentence", "present", "absent"), cases(FIRED_AT))
def test_fired_at(extractor, sentence, present, absent):
    check_labels(extractor, sentence, present, absent)


@pytest.mark.parametrize(("sentence", "present", "absent"), cases(LODGED))
def test_lodged_with(extractor, sentence, present, absent):
    check_labels(extractor, sentence, present, absent)


@pytest.mark.parametrize(("sentence", "present", "absent"), cases(FOILED))
def test_foiled_event_agent(extractor, sentence, present, absent):
    check_labels(extractor, sentence, present, absent)


@pytest.mark.parametrize(("sentence", "present", "absent"), cases(CONTRACTS))
def test_contract_partner(extractor, sentence, present, absent):
    check_labels(extractor, sentence, present, absent)
