"""Paraphrase forms whose verb the tagger read as a noun, gerund nouns of verbs the
lexicon does not class, relative clauses without "that" parsed as the root,
partitive pronoun objects and named things in apposition (issue 12, round 2 of the
blind paraphrase sets).

Each construction is run through the model on news-style sentences written for
these tests (none is from an evaluation set); rows as in
:mod:`tests.test_forms_para`: (sentence, present triples as (subject label,
relation lemma, object label, negated, hedged), absent (subject, object) pairs).
"""

from __future__ import annotations

import pytest
from actorgraph.extract.derivation import gerund_verb

from tests.constructions import cases, check_construction

CONSTRUCTIONS = {
    # "X was overrun by Y": a participle spelt as its base, tagged as a noun, with a
    # passive auxiliary and a "by" agent (or read as the attribute of "was")
    "passive participle tagged as a noun": [
        ("Ramadi was overrun by Islamic State militants on Sunday.",
         [("Islamic State", "overrun", "Ramadi", False, False)], []),
        ("The town of Palmyra was overrun by Islamic State fighters.",
         [("Islamic State", "overrun", "Palmyra", False, False)], []),
        ("Kabul was overrun by the Taliban in August.",
         [("Taliban", "overrun", "Kabul", False, False)], []),
        ("The police station in Kidal was overrun by jihadist fighters on Sunday.",
         [("jihadist fighters", "overrun", "police station", False, False)], []),
    ],
    # "X has not overrun Y": the perfect participle tagged as a proper noun (the first
    # row; the others, tagged as verbs, guard the perfect reading)
    "perfect participle tagged as a name": [
        ("Rebel fighters have not overrun Kidal, Malian officials said.",
         [("rebel fighters", "overrun", "Kidal", True, False)], []),
        ("Syrian rebels have not overrun Hama, the army insisted.",
         [("Syrian rebels", "overrun", "Hama", True, False)], []),
        ("Houthi fighters have not overrun Marib, the Yemeni government said on Monday.",
         [("Houthi fighters", "overrun", "Marib", True, False)], []),
    ],
    # "having overrun Kunduz": the perfect participle read as a noun before the name it
    # governs, the name the object of "have"
    "perfect participle read as a compound of its object": [
        ("Having overrun Kunduz, the Taliban moved toward Mazar-i-Sharif.",
         [("Taliban", "overrun", "Kunduz", False, False)], []),
        ("The Taliban, having overrun Ghazni, pushed on to Kabul.",
         [("Taliban", "overrun", "Ghazni", False, False)], []),
        ("Tuareg rebels have overrun Kidal, Malian officials said.",
         [("Tuareg", "overrun", "Kidal", False, False)], []),
        # guard: a noun before a common noun stays ("held talks", "has attack helicopters")
        ("Israel has attack helicopters near Gaza.", [], [("Israel", "Gaza")]),
    ],
    # "the toppling of X by Y": a gerund noun of an unclassed verb is that verb, as
    # "X was toppled by Y" is
    "gerund of an unclassed verb names its verb": [
        ("The toppling of Sheikh Hasina by student protesters stunned India.",
         [("student protesters", "topple", "Hasina", False, False)], []),
        ("The delisting of Didi by the New York Stock Exchange followed pressure from "
         "Beijing.", [("New York Stock Exchange", "delist", "Didi", False, False)], []),
        ("The muzzling of Hong Kong's Apple Daily by Beijing drew condemnation.",
         [("Beijing", "muzzle", "Apple Daily", False, False)], []),
        ("The storming of the Capitol by Trump supporters shocked the world.",
         [("Trump supporters", "storm", "Capitol", False, False)], []),
    ],
    # "X was convicted on charges he and Y deny": a relative clause without "that", its
    # conjoined subject straight after its noun, parsed as the root with the main clause
    # its complement; the main clause is not denied
    "relative clause without that parsed as the root": [
        ("Brazil's top court indicted Jair Bolsonaro over coup allegations he and his "
         "allies deny.", [("Brazil's top court", "indict", "Jair Bolsonaro", False, False)],
         []),
        ("Two Reuters journalists were convicted by a Yangon court on secrets charges they "
         "and their employer deny.",
         [("Yangon court", "convict", "Reuters journalists", False, False)], []),
        ("The Indian government banned the Popular Front of India over terror links it and "
         "its leaders deny.", [("India", "ban", "Popular Front of India", False, False)], []),
        # guards: a denial after a comma still denies; a quote that lost its comma stays
        ("Israeli troops shelled the school in Jabalia, the army denies.",
         [("Israel", "shell", "school in Jabalia", True, False)], []),
        ("Israel struck Gaza he said.", [("Israel", "strike", "Gaza", False, False)], []),
    ],
    # "did not free any of the hostages": a partitive pronoun stands for the group after
    # "of", as a number does ("freed four of the hostages")
    "partitive pronoun object": [
        ("Police did not arrest any of the protesters on Sunday.",
         [("police", "arrest", "protesters", True, False)], []),
        ("Hamas has not released any of the Israeli hostages, Qatar said.",
         [("Hamas", "release", "Israeli hostages", True, False)], []),
        ("Israel freed each of the Palestinian prisoners on the list.",
         [("Israel", "free", "Palestinian prisoners", False, False)], []),
        ("The court acquitted both of the Al Jazeera journalists.",
         [("court", "acquit", "Al Jazeera journalists", False, False)], []),
        # guard: "any" as a determiner
        ("Russia has not attacked any NATO country.",
         [("Russia", "attack", "NATO country", True, False)], []),
    ],
    # "the destroyer USS Carney": a thing's name (a product, a work, a law) straight after
    # the common noun that describes it is what is meant
    "named thing in apposition to its description": [
        ("The Navy deployed the destroyer USS Carney to the Red Sea.",
         [("Navy", "deploy", "USS Carney", False, False)], [("Navy", "destroyer")]),
        ("Houthi rebels targeted the destroyer USS Gravely with an anti-ship missile.",
         [("Houthi rebels", "target", "USS Gravely", False, False)], []),
        ("The Pentagon sent the destroyer USS Laboon to the eastern Mediterranean.",
         [("Pentagon", "send", "USS Laboon", False, False)], []),
        ("Iranian speedboats harassed the patrol ship USS Thunderbolt in the Gulf.",
         [("Iranian speedboats", "harass", "USS Thunderbolt", False, False)], []),
        # guard: a name the NER typed an organisation, as before
        ("Iran's navy escorted the tanker MSC Gina out of the Gulf.",  # its navy: Iran
         [("Iran", "escort", "MSC Gina", False, False)], []),
    ],
    # guards: a predicate noun with a determiner, or one that is no verb, after "was"
    "predicate noun after be with a by phrase": [
        ("The cabinet reshuffle was a success by all accounts.", [],
         [("all accounts", "cabinet reshuffle")]),
        ("The fire at the depot was arson by all indications.", [],
         [("all indications", "fire")]),
        ("The win was a triumph by a wide margin for Arsenal.", [],
         [("wide margin", "win")]),
    ],
}


def test_tables_have_three_rows_each():
    assert all(len(rows) >= 3 for rows in CONSTRUCTIONS.values())


@pytest.mark.parametrize(("noun", "verb"), [
    ("toppling", "topple"), ("grounding", "ground"), ("kidnapping", "kidnap"),
    ("shelling", "shell"), ("voting", "vote"), ("seizing", "seize"), ("judging", "judge"),
    ("blacklisting", "blacklist"), ("sidelining", None), ("impeachment", None),
])
def test_gerund_verb(noun, verb):
    assert gerund_verb(noun) == verb


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "present", "absent"), cases(CONSTRUCTIONS))
def test_construction(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)
