"""Who acts in portal-style event summaries: subjects and objects the parse hides.

The sentences were written for these tests (none is from an evaluation set or an audit
sheet). Each entry: a sentence, the triples it must give as (subject label, relation
lemma, object label, negated, hedged), and the (subject, object) pairs it must not give
in either reading (see ``tests/constructions.py``). Each construction ends with guards.
"""

from __future__ import annotations

import pytest

from tests.constructions import cases, check_construction, check_precision

pytestmark = pytest.mark.model

BASE_VERB = {
    "a present-tense verb after a plural subject the parser read as a singular noun": [
        # the subject a compound of the "noun"
        ("Kenyan police arrest opposition leader Raila Odinga in Nairobi.",
         [("Kenya", "arrest", "Raila Odinga", False, False)], []),
        # the wrong reading was the place as the one arrested
        ("Peruvian police arrest Shining Path leader Victor Quispe in Ayacucho.",
         [("Peru", "arrest", "Victor Quispe", False, False)], [("Peru", "Ayacucho")]),
        # the subject a subject of the "noun"
        ("Spanish National Police arrest Arben Kola, the head of an Albanian smuggling "
         "clan, in Malaga.",
         [("Spanish National Police", "arrest", "Arben Kola", False, False)], []),
        ("Protesters in Belgrade storm the Serbian parliament building after the vote.",
         [("protesters in Belgrade", "storm", "Serbian parliament building", False,
           False)], []),
        # a verb the tagger saw, its subject left a compound of it
        ("Czech police charges Prague city councillor Jan Novak with fraud.",
         [("Czech Republic", "charge", "Jan Novak", False, False)], []),
        # guards: a parse that was a verb's stays; a noun phrase with a determiner stays one
        ("Colombian police arrest Gulf Clan commander Jobanis Avila in Antioquia.",
         [("Colombia", "arrest", "Jobanis Avila", False, False)], []),
        ("The Kenyan police arrest of Raila Odinga drew protests.",
         [("Kenya", "arrest", "Raila Odinga", False, False)], []),
    ],
}

NAME_PHRASE = {
    "a summary parsed as one noun phrase: its verb a compound of the object's name": [
        ("Latvia's security service arrests Riga city councillor Janis Berzins, suspected "
         "of spying for Russia.",
         [("Latvia", "arrest", "Janis Berzins", False, False)], []),
        ("Spanish National Police arrest Arben Kola, the head of an Albanian smuggling "
         "clan, in Malaga.",
         [("Spanish National Police", "arrest", "Arben Kola", False, False)], []),
        # the verb a compound of a compound of the name
        ("Georgia's State Security Service arrests opposition activist Levan Khabeishvili "
         "in Tbilisi.",
         [("State Security Service", "arrest", "Levan Khabeishvili", False, False)], []),
        # guards: a verb the parser found stays; a title before a name is no verb
        ("Lithuania's state security department detains Vilnius airport worker Tomas "
         "Kazlauskas.",
         [("Lithuania's state security department", "detain", "Tomas Kazlauskas", False,
           False)], []),
        ("Poland's internal security agency arrests Belarusian national Pavel Sidorov in "
         "Warsaw.",
         [("Poland", "arrest", "Pavel Sidorov", False, False)],
         []),
        ("Ukrainian border guard Ivan Petrenko near Kharkiv.",
         [], [("Ukraine", "Ivan Petrenko"), ("border guard", "Ivan Petrenko")]),
    ],
}

MEMBERS_OF_GROUP = {
    "members of 'the NAME group' stand for the named group": [
        ("Nigerian police arrest 12 suspected members of the Lakurawa group in Sokoto.",
         [("Nigeria", "arrest", "Lakurawa", False, False)], []),
        ("Fighters of the Wagner group seize the town of Soledar.",
         [("Wagner", "seize", "Soledar", False, False)], []),
        ("Kenyan troops kill ten fighters of the al-Shabaab militant group in Lamu.",
         [("Kenya", "kill", "al-Shabaab", False, False)], []),
        # hackers act for the group they belong to, not for a country that owns them
        ("Hackers of North Korea's Lazarus Group steal $100 million from the Harmony bridge.",
         [("Lazarus Group", "steal from", "Harmony bridge", False, False)], []),
        # guards: supporters are not the one they back; a nation's hackers are no state
        ("Supporters of the Awami League party clash with police in Dhaka.",
         [], [("Awami League", "police")]),
        ("Russia's hackers breach the networks of the US Treasury.",
         [], [("Russia", "US Treasury")]),
    ],
}


PLURAL_PEOPLE = {
    "people nouns the lemmatiser leaves plural ('schoolchildren') are people acted on": [
        ("Gunmen abducted schoolchildren in Kebbi State.",
         [("gunmen", "abduct", "schoolchildren", False, False)], []),
        ("Nigerian troops rescue 84 schoolchildren abducted by bandits from a school in "
         "Zamfara.",
         [("bandits", "abduct", "schoolchildren", False, False)], []),
        ("Gunmen kidnap 40 schoolchildren from a boarding school in Niger State.",
         [("gunmen", "kidnap", "schoolchildren", False, False)], []),
        # guard: a regular plural was already read so
        ("Gunmen abducted 84 schoolgirls in Kebbi State.",
         [("gunmen", "abduct", "schoolgirls", False, False)], []),
    ],
}


ACCUSED_OBJECT = {
    "'V-ed X, accusing it / them / him of ...': the pronoun is the one acted on": [
        ("Hungary expels a delegation of the European Parliament, accusing it of meddling "
         "in the election.",
         [("Hungary", "accuse", "European Parliament", False, False)], []),
        # a counted group of a nation's envoys stays the people (test_precision_counted_group)
        ("Russia expels two Estonian diplomats, accusing them of spying.",
         [("Russia", "accuse", "Estonian diplomats", False, False)], [("Russia", "Estonia")]),
        ("Iran seizes the Greek tanker Delta Poseidon, accusing it of smuggling fuel.",
         [("Iran", "accuse", "Delta Poseidon", False, False)], []),
        ("Belarus detains Lithuanian journalist Andrius Kubilius, accusing him of espionage.",
         [("Belarus", "accuse", "Andrius Kubilius", False, False)], []),
        # the object of the infinitive of the act
        ("Tunisian President Kais Saied refuses to meet a visiting delegation of the European "
         "Parliament, accusing it of interfering in Tunisia's affairs.",
         [("Kais Saied", "accuse", "European Parliament", False, False)], []),
    ],
}


@pytest.mark.parametrize(("sentence", "present", "absent"),
                         cases(BASE_VERB, NAME_PHRASE, MEMBERS_OF_GROUP, PLURAL_PEOPLE,
                               ACCUSED_OBJECT))
def test_summary_participants(extractor, sentence, present, absent):
    check_construction(extractor, sentence, present, absent)


@pytest.mark.parametrize(("text", "wanted", "unwanted"), [
    # the accused named: the pronoun is the struck hospital's, not the accused
    ("Israel struck the hospital, accusing Hamas of using it as a command centre.",
     [("Israel", "accuse", "Hamas", False)], [("Israel", "accuse", "hospital")]),
    # a named person is no "it"
    ("Belarus detains journalist Andrius Kubilius and his newspaper, accusing it of "
     "espionage.",
     [], [("Belarus", "accuse", "Andrius Kubilius")]),
])
def test_accused_object_guards(extractor, text, wanted, unwanted):
    check_precision(extractor, text, wanted, unwanted)
