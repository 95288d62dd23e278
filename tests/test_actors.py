"""Actor canonicalisation on hand-built parses: no model needed."""

from __future__ import annotations

import pytest
from actorgraph.extract.actors import ActorResolver, canonical_variant, entity_name

from tests.docs import parse


def resolve(doc, i):
    m = ActorResolver(doc).resolve(doc[i])
    return None if m is None else (m.label, m.type, m.text)


def test_titles_and_roles_are_stripped_and_text_is_kept():
    doc = parse("US Secretary of State Antony Blinken spoke", """
        1 nmod PROPN US
        5 nmod PROPN Secretary
        1 prep ADP of
        2 pobj PROPN State
        5 compound PROPN Antony
        6 nsubj PROPN Blinken
        6 ROOT VERB speak
    """, ents={"US": "GPE", "State": "ORG", "Antony Blinken": "PERSON"})
    assert resolve(doc, 5) == ("Antony Blinken", "PERSON", "US Secretary of State Antony Blinken")


def test_title_inside_a_person_entity_is_stripped():
    doc = parse("President Joe Biden spoke", """
        2 compound PROPN President
        2 compound PROPN Joe
        3 nsubj PROPN Biden
        3 ROOT VERB speak
    """, ents={"President Joe Biden": "PERSON"})
    assert resolve(doc, 2)[0] == "Joe Biden"


def test_split_person_entities_are_merged():
    doc = parse("Sheikh Mohammed bin Abdulrahman Al Thani spoke", """
        5 compound PROPN Sheikh
        5 compound PROPN Mohammed
        5 compound PROPN bin
        5 compound PROPN Abdulrahman
        5 compound PROPN Al
        6 nsubj PROPN Thani
        6 ROOT VERB speak
    """, ents={"Sheikh Mohammed bin Abdulrahman": "PERSON", "Al Thani": "PERSON"})
    assert resolve(doc, 5)[0] == "Mohammed bin Abdulrahman Al Thani"


def test_title_only_entities_are_ignored():
    doc = parse("Supreme Leader spoke", """
        1 compound PROPN Supreme
        2 nsubj PROPN Leader
        2 ROOT VERB speak
    """, ents={"Supreme": "ORG"})
    resolver = ActorResolver(doc)
    assert resolver.entities == []


def test_generic_head_stands_for_its_named_modifier():
    doc = parse("the Iranian-backed Hezbollah terror group fired", """
        4 det DET the
        4 amod ADJ iranian-backed
        4 compound PROPN Hezbollah
        4 compound NOUN terror
        5 nsubj NOUN group
        5 ROOT VERB fire
    """, ents={"Hezbollah": "ORG"})
    label, typ, text = resolve(doc, 4)
    assert (label, typ) == ("Hezbollah", "ORG")
    assert text == "Iranian-backed Hezbollah terror group"


def test_place_head_makes_its_entity_a_place():
    doc = parse("the Druze town of Majdal Shams", """
        2 det DET the
        2 compound PROPN Druze
        2 ROOT NOUN town
        2 prep ADP of
        5 compound PROPN Majdal
        3 pobj PROPN Shams
    """, ents={"Druze": "NORP", "Majdal Shams": "PERSON"})
    assert resolve(doc, 2)[:2] == ("Majdal Shams", "GPE")
    # every mention of that name in the article takes the place type
    assert [(m.label, m.type) for m in ActorResolver(doc).mentions()] == \
        [("Druze", "NORP"), ("Majdal Shams", "GPE")]


def test_short_forms_expand_to_the_full_name_given_in_the_article():
    doc = parse("Antony Blinken met Netanyahu and Blinken left", """
        1 compound PROPN Antony
        2 nsubj PROPN Blinken
        2 ROOT VERB meet
        2 dobj PROPN Netanyahu
        2 cc CCONJ and
        6 nsubj PROPN Blinken
        2 conj VERB leave
    """, ents={"Antony Blinken": "PERSON", "Netanyahu": "PERSON"})
    doc.ents = list(doc.ents) + [doc.char_span(doc[5].idx, doc[5].idx + 7, label="GPE")]
    assert resolve(doc, 5)[0] == "Antony Blinken"
    assert resolve(doc, 3)[0] == "Netanyahu"


def test_ambiguous_short_form_is_left_alone():
    doc = parse("Joe Biden met Hunter Biden and Biden left", """
        1 compound PROPN Joe
        2 nsubj PROPN Biden
        2 ROOT VERB meet
        4 compound PROPN Hunter
        2 dobj PROPN Biden
        2 cc CCONJ and
        7 nsubj PROPN Biden
        2 conj VERB leave
    """, ents={"Joe Biden": "PERSON", "Hunter Biden": "PERSON"})
    doc.ents = list(doc.ents) + [doc.char_span(doc[6].idx, doc[6].idx + 5, label="PERSON")]
    assert resolve(doc, 6)[0] == "Biden"


@pytest.mark.parametrize(("title", "typed"), [
    ("Representative", "ORG"), ("Senator", "NORP"), ("Governor", "GPE")])
def test_a_surname_shared_with_a_name_typed_otherwise_is_left_alone(title, typed):
    # "Representative Paul Okafor" typed ORG by the NER is still a person whose
    # surname "Okafor" does not say whether Ruth Okafor is meant
    doc = parse(f"{title} Paul Okafor thanked Ruth Okafor and Okafor left", """
        2 compound PROPN x
        2 compound PROPN Paul
        3 nsubj PROPN Okafor
        3 ROOT VERB thank
        5 compound PROPN Ruth
        3 dobj PROPN Okafor
        3 cc CCONJ and
        8 nsubj PROPN Okafor
        3 conj VERB leave
    """, ents={f"{title} Paul Okafor": typed, "Ruth Okafor": "PERSON"})
    doc.ents = list(doc.ents) + [doc.char_span(doc[7].idx, doc[7].idx + 6, label="GPE")]
    assert resolve(doc, 7)[0] == "Okafor"
    # without Ruth, the surname is Paul's
    solo = parse(f"{title} Paul Okafor thanked Okafor", """
        2 compound PROPN x
        2 compound PROPN Paul
        3 nsubj PROPN Okafor
        3 ROOT VERB thank
        3 dobj PROPN Okafor
    """, ents={f"{title} Paul Okafor": typed})
    solo.ents = list(solo.ents) + [solo.char_span(solo[4].idx, solo[4].idx + 6, label="GPE")]
    assert resolve(solo, 4)[0] == "Paul Okafor"


def test_acronym_defined_in_brackets():
    doc = parse("the Israel Defense Forces ( IDF ) said the IDF won", """
        3 det DET the
        3 compound PROPN Israel
        3 compound PROPN Defense
        7 nsubj PROPN Forces
        5 punct PUNCT (
        3 appos PROPN IDF
        5 punct PUNCT )
        7 ROOT VERB say
        9 det DET the
        10 nsubj PROPN IDF
        7 ccomp VERB win
    """, ents={"the Israel Defense Forces": "ORG", "IDF": "ORG"})
    assert resolve(doc, 9)[0] == "Israel Defense Forces"


@pytest.mark.parametrize("variant", ["US", "U.S.", "the United States", "USA", "America"])
def test_obvious_variants_are_one_name(variant):
    assert canonical_variant(variant) == "United States"


def test_variants_apply_to_entities():
    doc = parse("the U.S. deployed warships", """
        1 det DET the
        2 nsubj PROPN U.S.
        2 ROOT VERB deploy
        2 dobj NOUN warship
    """, ents={"U.S.": "GPE"})
    assert resolve(doc, 1)[0] == "United States"


def test_pronouns_and_definite_descriptions_are_not_guessed():
    doc = parse("the group denied it and its leader spoke", """
        1 det DET the
        2 nsubj NOUN group
        2 ROOT VERB deny
        2 dobj PRON it
        2 cc CCONJ and
        6 poss PRON its
        7 nsubj NOUN leader
        2 conj VERB speak
    """)
    assert resolve(doc, 1) is None
    assert resolve(doc, 3) is None
    assert resolve(doc, 6) is None


def test_common_noun_phrase_is_a_concept_without_numbers_or_determiners():
    doc = parse("Hamas released 105 civilians", """
        1 nsubj PROPN Hamas
        1 ROOT VERB release
        3 nummod NUM 105
        1 dobj NOUN civilian
    """, ents={"Hamas": "ORG", "105": "CARDINAL"})
    assert resolve(doc, 3) == ("civilians", "CONCEPT", "105 civilians")


def test_concept_labels_lose_the_modifiers_of_dropped_numbers():
    doc = parse("Haiyan killed over 6,000 people", """
        1 nsubj PROPN Haiyan
        1 ROOT VERB kill
        3 quantmod ADP over
        4 nummod NUM 6,000
        1 dobj NOUN people
    """, ents={"Haiyan": "EVENT", "over 6,000": "CARDINAL"})
    assert resolve(doc, 4)[:2] == ("people", "CONCEPT")
    doc = parse("Khan stabbed reportedly several people", """
        1 nsubj PROPN Khan
        1 ROOT VERB stab
        3 advmod ADV reportedly
        4 amod ADJ several
        1 dobj NOUN people
    """, ents={"Khan": "PERSON"})
    assert resolve(doc, 4)[:2] == ("people", "CONCEPT")


def test_quantity_head_reads_through_of():
    doc = parse("Hezbollah holds thousands of rockets", """
        1 nsubj PROPN Hezbollah
        1 ROOT VERB hold
        1 dobj NOUN thousand
        2 prep ADP of
        3 pobj NOUN rocket
    """, ents={"Hezbollah": "ORG", "thousands": "CARDINAL"})
    assert resolve(doc, 2)[:2] == ("rockets", "CONCEPT")


def test_concept_label_uses_canonical_names_inside():
    doc = parse("Antony Blinken said Blinken 's plan failed", """
        1 compound PROPN Antony
        2 nsubj PROPN Blinken
        2 ROOT VERB say
        5 poss PROPN Blinken
        3 case PART 's
        6 nsubj NOUN plan
        2 ccomp VERB fail
    """, ents={"Antony Blinken": "PERSON"})
    doc.ents = list(doc.ents) + [doc.char_span(doc[3].idx, doc[3].idx + 7, label="PERSON")]
    assert resolve(doc, 5)[:2] == ("Antony Blinken's plan", "CONCEPT")


def test_dates_are_not_arguments():
    doc = parse("Israel struck on Monday", """
        1 nsubj PROPN Israel
        1 ROOT VERB strike
        1 prep ADP on
        2 pobj PROPN Monday
    """, ents={"Monday": "DATE"})
    assert resolve(doc, 3) is None


def test_names_lose_invisible_characters_and_unclosed_brackets():
    doc = parse("Organisation of Islamic Cooperation ( OIC met", """
        6 nsubj PROPN Organisation
        0 prep ADP of
        3 compound PROPN Islamic
        1 pobj PROPN Cooperation
        5 punct PUNCT (
        0 appos PROPN OIC
        6 ROOT VERB meet
    """, ents={"Organisation of Islamic Cooperation ( OIC": "ORG"})
    assert ActorResolver(doc).resolve(doc[0]).label == "Organisation of Islamic Cooperation"
    zero_width = parse("Daily\u200dXtra", "0 ROOT PROPN Xtra")
    assert entity_name(zero_width[:]) == "DailyXtra"


def test_names_and_concepts_lose_unpaired_quotes_and_edge_marks():
    doc = parse('She nicknamed " Kim Kardashian', """
        1 nsubj PRON she
        1 ROOT VERB nickname
        4 punct PUNCT "
        4 compound PROPN Kim
        1 oprd PROPN Kardashian
    """, ents={'" Kim Kardashian': "PERSON"})
    assert resolve(doc, 4)[:2] == ("Kim Kardashian", "PERSON")
    doc = parse('Cuba denied the " ongoing repression', """
        1 nsubj PROPN Cuba
        1 ROOT VERB deny
        5 det DET the
        5 punct PUNCT "
        5 amod ADJ ongoing
        1 dobj NOUN repression
    """, ents={"Cuba": "GPE"})
    assert resolve(doc, 5)[:2] == ("ongoing repression", "CONCEPT")


def test_a_number_joined_to_a_word_stays_in_a_concept():
    rows = """
        1 nsubj PROPN Amman
        1 ROOT VERB get
        6 det DET a
        5 nummod NUM 10
        5 punct PUNCT -
        6 compound NOUN year
        1 dobj NOUN sentence
    """
    joined = parse("Amman got a 10 - year sentence", rows, ents={"Amman": "PERSON"},
                   spaces=[True, True, True, False, False, True, False])
    assert resolve(joined, 6)[:2] == ("10-year sentence", "CONCEPT")
    apart = parse("Amman got a 10 - year sentence", rows, ents={"Amman": "PERSON"})
    assert resolve(apart, 6)[:2] == ("year sentence", "CONCEPT")
