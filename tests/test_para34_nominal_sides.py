"""Nominal paraphrase forms whose possessor is the one acted on (issue 12, session 34):
a noun of winning with its "over" phrase ("X's win over Y"), a noun of losing with its
"to" phrase ("Y's defeat to X": X beat Y), a noun of expelling with a named "from"
phrase ("Y's expulsion from X": X expelled Y), a noun of selling owned by what was
sold ("Y's sale to X": X bought Y), a name before an event noun whose doer a verb of
doing names ("the Y killing was ordered by X"), and the preposition of a noun's verb
("X's withdrawal from Y": X withdraw from Y).

Each construction is run through the model on news-style sentences written for these
tests (none is from an evaluation set); rows as in :mod:`tests.test_forms_para`:
(sentence, present triples as (subject label, relation lemma, object label, negated,
hedged), absent (subject, object) pairs).
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction

CONSTRUCTIONS = {
    # "Real Madrid's win over Dortmund": a noun of winning's owner beat its "over" side
    "a noun of winning with the beaten side": [
        ("Real Madrid's win over Dortmund secured the title.",
         [("Madrid", "win", "Dortmund", False, False)], []),
        ("Djokovic's triumph over Alcaraz gave him Olympic gold.",
         [("Djokovic", "triumph", "Alcaraz", False, False)], []),
        ("Manchester City's win over Real Madrid sent them to the final.",
         [("Manchester City", "win", "Real Madrid", False, False)], []),
        ("Kenya's victory against Uganda sealed the title.",
         [("Kenya", "defeat", "Uganda", False, False)], []),
        ("Argentina's win against France in Qatar ended a 36-year wait.",
         [("Argentina", "win", "France", False, False)], []),
    ],
    # "Italy's defeat to Spain": the "to" side of a noun of losing beat its owner
    "a noun of losing with the winner": [
        ("Italy's defeat to Spain ended its run at the tournament.",
         [("Spain", "defeat", "Italy", False, False)], []),
        ("Spain's 2-1 defeat to Morocco knocked them out of the World Cup.",
         [("Morocco", "defeat", "Spain", False, False)], []),
        ("Boeing's loss to Airbus in the tender cost 2,000 jobs.",
         [("Airbus", "defeat", "Boeing", False, False)], []),
        # (the owner of "defeat against" lost: it was read as the winner)
        ("Italy's defeat against Spain ended its run.",
         [("Spain", "defeat", "Italy", False, False)], [("Italy", "Spain")]),
        ("Brazil's loss against Germany in 2014 shocked the nation.",
         [("Germany", "defeat", "Brazil", False, False)], []),
    ],
    # guards: what was lost is no winner's, and "defeat of" is the owner's win
    "a noun of losing with what was lost": [
        ("Armenia's loss of Nagorno-Karabakh to Azerbaijan shocked Yerevan.", [],
         [("Azerbaijan", "Armenia")]),
        ("Britain's defeat of Argentina in 1982 secured the Falklands.",
         [("United Kingdom", "defeat", "Argentina", False, False)], []),
        ("Kenya's victory against all odds surprised fans.", [], [("Kenya", "odds")]),
    ],
    # "Russia's expulsion from the Council of Europe": the body put the owner out
    "a noun of expelling with a named from phrase": [
        ("Russia's expulsion from the Council of Europe followed its invasion of Ukraine.",
         [("Council of Europe", "expel", "Russia", False, False)], []),
        ("Djokovic's deportation from Australia ended his bid for a tenth title.",
         [("Australia", "deport", "Djokovic", False, False)], []),
        ("Mali's exclusion from ECOWAS took effect in January.",
         [("ECOWAS", "exclude", "Mali", False, False)], []),
        ("Russia's suspension from the UN Human Rights Council was approved in April.",
         [("UN Human Rights Council", "suspend", "Russia", False, False)], []),
    ],
    # "Google's record fine from the European Commission": the "from" body gave the owner
    # what a body that judges gives
    "a noun of what a body gives with a named from phrase": [
        ("Google's record fine from the European Commission was upheld.",
         [("European Commission", "fine", "Google", False, False)],
         [("Google", "European Commission")]),
        ("Chelsea's penalty from UEFA was reduced on appeal.",
         [("UEFA", "penalize", "Chelsea", False, False)], [("Chelsea", "UEFA")]),
        ("Apple's rebuke from the EU stung Cupertino.",
         [("European Union", "rebuke", "Apple", False, False)], []),
    ],
    # guards: leaving is the owner's own act, and an "of" patient makes the owner the doer
    "leaving, and an expelling noun with its patient": [
        ("Niger's withdrawal from ECOWAS was announced in January.", [],
         [("ECOWAS", "Niger")]),
        ("Ecuador's withdrawal from OPEC took effect in 2020.", [], [("OPEC", "Ecuador")]),
        ("Poland's expulsion of Russian diplomats from Warsaw angered Moscow.", [],
         [("Warsaw", "Poland")]),
    ],
    # "Twitter's sale to Elon Musk": a company that owns its sale is what was sold; the
    # "to" side bought it (Twitter sold nothing)
    "a noun of selling with what was sold": [
        ("The Washington Post's sale to Jeff Bezos surprised the industry.",
         [("Jeff Bezos", "buy", "Washington Post", False, False)],
         [("Washington Post", "Jeff Bezos")]),
        ("Whole Foods' sale to Amazon closed in August.",
         [("Amazon", "buy", "Whole Foods", False, False)], [("Whole Foods", "Amazon")]),
        ("The sale of Twitter to Elon Musk closed in October.",
         [("Elon Musk", "buy", "Twitter", False, False)], []),
        ("Credit Suisse's sale to UBS was forced by the Swiss government.",
         [("UBS", "buy", "Credit Suisse", False, False)], [("Credit Suisse", "UBS")]),
    ],
    # guards: a country, an amount or goods make the owner the seller
    "a noun of selling with its seller": [
        ("Germany's sale of Leopard tanks to Qatar drew criticism.",
         [("Germany", "sell", "Qatar", False, False)], [("Qatar", "Germany")]),
        ("Boeing's $10 billion sale to Saudi Arabia was approved by Congress.",
         [("Boeing", "sell", "Saudi Arabia", False, False)], [("Saudi Arabia", "Boeing")]),
        ("Hanwha Aerospace's sale of K9 howitzers to Vietnam was signed.",
         [("Hanwha Aerospace", "sell", "Vietnam", False, False)],
         [("Vietnam", "Hanwha Aerospace")]),
    ],
    # "The Khashoggi killing was ordered by X", "the Haniyeh assassination, carried out by
    # X": the name before the noun undergoes it when a verb of doing says who did it
    "a name before an event noun whose doer a verb of doing names": [
        ("The Khashoggi killing was ordered by Mohammed bin Salman, US intelligence "
         "concluded.", [("Mohammed bin Salman", "kill", "Khashoggi", False, False)],
         [("Khashoggi", "Mohammed bin Salman")]),
        ("The Haniyeh assassination, carried out by Israel in Tehran, stunned Iran.",
         [("Israel", "assassinate", "Haniyeh", False, False)], [("Haniyeh", "Israel")]),
        ("The Charlie Hebdo attack was carried out by al-Qaeda in the Arabian Peninsula.",
         [("al-Qaeda", "attack", "Charlie Hebdo", False, False)], []),
        ("The Gershkovich arrest, ordered by the FSB, shocked Washington.",
         [("FSB", "arrest", "Gershkovich", False, False)], []),
    ],
    # "Niger's withdrawal from ECOWAS": the preposition the noun's verb takes in the event
    # tables ("withdraw from") names what it acts on, as "Niger withdrew from ECOWAS"
    "a verb's own preposition after its noun": [
        ("Niger's withdrawal from ECOWAS was announced in January.",
         [("Niger", "withdraw from", "ECOWAS", False, False)], [("ECOWAS", "Niger")]),
        ("Britain's withdrawal from the European Union took effect in 2020.",
         [("United Kingdom", "withdraw from", "European Union", False, False)], []),
        ("The United States' withdrawal from the Paris Agreement was announced by Trump.",
         [("United States", "withdraw from", "Paris Agreement", False, False)], []),
        ("Russia's retreat from Kherson was a blow to Putin.",
         [("Russia", "retreat from", "Kherson", False, False)], []),
    ],
    # guard: a preposition the verb does not take is no target
    "a preposition of place after an event noun": [
        ("Russia's attack from Belarus on Kyiv failed in 2022.", [],
         [("Russia", "Belarus")]),
    ],
    # guard: approving is no doing
    "an event noun approved": [
        ("The Twitter takeover was approved by the board on Monday.", [],
         [("board", "Twitter")]),
    ],
}


def test_tables_have_three_rows_each():
    wanted = [rows for rows in CONSTRUCTIONS.values() if all(r[1] for r in rows)]
    assert all(len(rows) >= 3 for rows in wanted)


@pytest.mark.parametrize(("sentence", "present", "absent"), cases(CONSTRUCTIONS))
def test_construction(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
