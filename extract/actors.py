"""From noun phrases in a parsed article to canonical actor mentions.

An :class:`ActorResolver` is built once per parsed article. It

* merges entity spans that the NER split ("Sheikh Mohammed bin Abdulrahman"
  + "Al Thani") and drops spans made only of title words ("Supreme");
* canonicalises names: leading determiners, titles and roles are stripped
  ("US Secretary of State Antony Blinken" -> "Antony Blinken"), obvious
  variants are merged through ``data/aliases.tsv`` ("U.S." -> "United States"),
  and short forms defined in the article are expanded ("Blinken" -> "Antony
  Blinken", "IDF" -> "Israel Defense Forces");
* maps the head token of an argument to a :class:`~extract.records.Mention`:
  a named entity, the entity behind a generic head ("the Hezbollah terror
  group", "the Druze town of Majdal Shams"), a CONCEPT for other noun phrases,
  or ``None`` for pronouns and definite descriptions ("the group") that it
  cannot resolve: those are never guessed.

Examples
--------
>>> import spacy
>>> from spacy.tokens import Doc
>>> doc = Doc(spacy.blank("en").vocab,
...           words=["Antony", "Blinken", "met", "Blinken", "aides"],
...           heads=[1, 2, 2, 4, 2], deps=["compound", "nsubj", "ROOT", "compound", "dobj"],
...           pos=["PROPN", "PROPN", "VERB", "PROPN", "NOUN"],
...           ents=["B-PERSON", "I-PERSON", "O", "B-PERSON", "O"])
>>> resolver = ActorResolver(doc)
>>> resolver.resolve(doc[1]).label, resolver.resolve(doc[3]).label
('Antony Blinken', 'Antony Blinken')
>>> m = resolver.resolve(doc[4])
>>> (m.label, m.type)
('Antony Blinken aides', 'CONCEPT')
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from importlib import resources

from actorgraph.extract.anaphora import EarlierMentions, phrase_heads
from actorgraph.extract.context import (
    according_to,
    conditional,
    is_future,
    modality,
    part_preposition,
    to_infinitive,
)
from actorgraph.extract.coref import (
    ARMED_GROUP_CODES,
    Antecedent,
    Coreference,
    company_named,
    counted_members,
    indefinite,
    issued_subject,
)
from actorgraph.extract.deps import (
    ACL,
    ADVCL,
    ADVMOD,
    AGENT,
    AMOD,
    APPOS,
    ATTR,
    AUX,
    AUXPASS,
    CASE,
    CC,
    CCOMP,
    COMPOUND,
    CONJ,
    DATIVE,
    DET,
    DOBJ,
    FINITE_VERB_TAGS,
    MARK,
    NEG,
    NMOD,
    NPADVMOD,
    NSUBJ,
    NSUBJPASS,
    NUMMOD,
    OPRD,
    PCOMP,
    PLURAL_NOUN_TAGS,
    POBJ,
    POSS,
    PRECONJ,
    PREP,
    PRT,
    PUNCT,
    QUANTMOD,
    RELATIVE_TAGS,
    RELCL,
    WHOSE_TAG,
    XCOMP,
)
from actorgraph.extract.dictionary import (
    agent_sector,
    country_name,
    dictionary_variant,
    is_country_code,
    listed_aliases,
    lookup,
    sector_of,
)
from actorgraph.extract.lexicon import (
    ACTOR_TYPES,
    AGENT_DEFECTION_WORDS,
    ALLEGIANCE_PREPS,
    ALLEGIANCE_WORDS,
    ALLEGING_VERBS,
    ANAPHORIC_HEADS,
    ARTICLES,
    ATTRIBUTING_VERBS,
    BARE_PLACE_TARGETS,
    BLOC_DESCRIPTIONS,
    BLOC_WORDS,
    BODY_KINDS,
    BROADCASTER_DESCRIPTIONS,
    CHANGE_HEADS,
    CHANGE_PREPS,
    COMMISSION_NOUNS,
    COMPANY_HEADS,
    COMPANY_PEOPLE,
    COMPLEMENT_PREPS,
    CONCEPT_GROUPS,
    CONCLUDED_TIES,
    COUNT_HEADS,
    COUNTRY_ABBREVIATIONS,
    COUNTRY_HEADS,
    CURRENCY_HEADS,
    DEFINITE_DETERMINERS,
    DEPARTMENT_HEADS,
    DOMESTIC_BODIES,
    DURATION_NOUNS,
    EDGE_PLACE_HEADS,
    FIRM_APPOSITIONS,
    FLOW_NOUNS,
    FLOW_PREPS,
    FOREIGN_OBJECT_VERBS,
    FORMER_WORDS,
    FORMING_VERBS,
    FRACTION_NOUNS,
    FREQUENCY_NOUNS,
    FUTURE_AUX,
    GENERIC_HEADS,
    GROUP_HEADS,
    GROUP_PRONOUNS,
    HELD_POSITIONS,
    HOLDER_ROLES,
    HOME_BODIES,
    HYPHEN_SUFFIXES,
    HYPHEN_VERB_PREFIXES,
    INCLUSION_VERBS,
    INFINITIVE_HEADS,
    JUDGING_VERBS,
    LEADER_ROLES,
    LED_GROUPS,
    LED_VERBS,
    LIGHT_VERBS,
    MEASURE_HEADS,
    MEASURE_PREPS,
    MEASURE_TYPES,
    MEMBER_HEADS,
    MEMBER_ROLES,
    MEMBERSHIP_HEADS,
    MOVING_VERBS,
    NAME_PARTICIPLES,
    NAMED_COMPLEMENT_PREPS,
    NAMED_GROUP_HEADS,
    NAMED_KINDS,
    NEGATING_PREFIXES,
    NON_ACTOR_ACRONYMS,
    NONSTATE_MEMBERS,
    OBJECTLESS_ACT_NOUNS,
    ORGANISATION_DESCRIPTIONS,
    ORGANISATION_KIND_HEADS,
    OWN_FORCES,
    OWNED_HOLDINGS,
    OWNER_WORDS,
    PARTNER_PREPS,
    PARTY_PREPS,
    PEOPLE_PLACE_PREPS,
    PERCENT_UNITS,
    PERSON_PRONOUNS,
    PLACE_HEADS,
    PLACE_PREPS,
    PLACE_TYPES,
    POSSESSED_HEADS,
    QUANTITY_HEADS,
    READYING_VERBS,
    RECIPROCAL_NOUNS,
    RELATIONAL_HEADS,
    REPORTING_VERBS,
    REQUEST_NOUNS,
    REQUEST_PREPS,
    RESTRICTIVE_MODIFIERS,
    ROLE_OR_TITLE_WORDS,
    ROLE_PLACE_PREPS,
    ROLE_WORDS,
    RULING_COUNCIL_MODIFIERS,
    RULING_COUNCILS,
    RULING_HEADS,
    SEAT_BODIES,
    SERVING_BODY_HEADS,
    SITED_HEADS,
    STAKE_VERBS,
    STATE_AGENT_HEADS,
    STATE_AGENT_SECTORS,
    STATE_BODIES,
    STATE_HEADS,
    STATE_ROLES,
    STATE_SECTORS,
    SUBNATIONAL_MODIFIERS,
    SUMMED_ACTS,
    SURFACE_PLACE_PREPS,
    SURNAME_KIN,
    THING_OR_GROUP_PRONOUNS,
    TIME_TYPES,
    TIME_UNITS,
    TITLE_WORDS,
    UNREAL_AUX,
    VALUE_WORDS,
    VERB_NAMED_PREPS,
    WEAK_ADJECTIVES,
    WHICH_PREPS,
    first_name_gender,
    pairs,
)
from actorgraph.extract.openers import english_word, known_words
from actorgraph.extract.tree import has_neg, in_lead, kids, per_token, window_start
from actorgraph.extract.vague import kind_of_body, official_body, people_lemma, person_lemma
from spacy.attrs import LEMMA
from spacy.tokens import Doc, Span, Token

from actorgraph.records import CONCEPT, Mention

__all__ = [
    "ACTOR_TYPES",
    "NAMED_TYPES",
    "RELATIONAL_PREPS",
    "ActorResolver",
    "LEADER_ROLES",
    "MEMBER_ROLES",
    "ROLE_WORDS",
    "allegiance_holder",
    "amount_complement",
    "amount_end",
    "canonical_variant",
    "clean_label",
    "complement_chain",
    "complement_end",
    "concept_complement",
    "per_unit_amounts",
    "country_of",
    "of_country",
    "entity_name",
    "is_country",
    "listed_place",
    "plural_place_head",
    "names_country",
    "opposed_name",
    "known_variant",
    "led_by_name",
    "led_leader",
    "said_infinitive",
    "which_modifier",
    "whole_names",
]

#: Named things that can be arguments besides actors.
NAMED_TYPES = ACTOR_TYPES | {"EVENT", "LAW", "PRODUCT", "WORK_OF_ART", "LANGUAGE"}
#: Entity types of a named thing that a common noun before it describes ("the drug Wegovy").
_THING_TYPES = frozenset({"PRODUCT", "WORK_OF_ART", "LAW"})
#: The name type of a person a participle of naming names ("a woman named Maria Lopez").
_PERSON = frozenset({"PERSON"})
#: Name types an organisation a participle of naming names may have been given by the NER
#: ("a hacking group called Scattered Spider", typed a product).
_NAMED_GROUP_TYPES = frozenset({"ORG", "PERSON", "NORP", "FAC"}) | _THING_TYPES

#: Country abbreviations that also come before person names ("US President Joe Biden").
_NAME_PREFIXES = TITLE_WORDS | COUNTRY_ABBREVIATIONS

#: Unions of lexicon sets the resolver asks of many tokens, made once.
_LEADER_OR_STATE = LEADER_ROLES | STATE_ROLES
#: Heads of descriptions that stay a concept when they point back to no one named before:
#: "the airline" of no company, "the station" of no broadcaster ("attacked the police
#: station"), the groups of concepts, and "the alliance", "the bloc", "the kingdom" of no
#: bloc or country named before ("pressured Armenia to leave the alliance").
_CONCEPT_WHEN_UNRESOLVED = (COMPANY_HEADS | CONCEPT_GROUPS | BROADCASTER_DESCRIPTIONS
                            | BLOC_DESCRIPTIONS
                            | (COUNTRY_HEADS - RULING_HEADS - GENERIC_HEADS))
#: How the parser hangs a name cut from the noun of people before it elsewhere.
_DETACHED_NAME_DEPS = frozenset({APPOS, COMPOUND, CONJ, NMOD})
#: Entity types of a name the parser may hang a role holder's name on (:meth:`_named_holder`).
_HOLDER_HEAD_TYPES = frozenset({"ORG", "NORP"})
_QUANTITY_OR_GENERIC = QUANTITY_HEADS | GENERIC_HEADS


def _role_noun(head: Token) -> bool:
    """Whether a noun names a role a person holds in what its "of" phrase names: a role
    word (:data:`~extract.lexicon.ROLE_WORDS`) or a singular noun of a person ("engineer",
    "lawyer"; :func:`~extract.vague.person_lemma`)."""
    lemma = head.lemma_.lower()
    return lemma in ROLE_WORDS or (head.tag_ == "NN" and person_lemma(lemma))


def _persons_role_acted_on(head: Token) -> bool:
    """Whether an object is a person's unnamed role said by "his" or "her": "Hichilema
    sacked *his finance minister*", "the president dismissed *her chief of staff*". It is
    kept as a concept the pipeline labels with its owner when the subject is the only one
    who may own it (:meth:`ActorResolver.sole_owner`: "Hakainde Hichilema's finance
    minister"), else drops (:func:`~extract.vague.unowned`). Only a singular role word
    (:data:`~extract.lexicon.ROLE_WORDS`) a verb or its preposition acts on, with no name
    in apposition (that name is meant: "his finance minister, Arun Jaitley") and no phrase
    after it (whose label would not end in the role: "her chief of staff")."""
    return (head.pos_ == "NOUN" and head.tag_ == "NN" and head.dep_ in (DOBJ, DATIVE, POBJ)
            and head.lemma_.lower() in ROLE_WORDS
            and any(c.dep_ == POSS and c.lower_ in PERSON_PRONOUNS for c in head.lefts)
            and not any(c.dep_ in (APPOS, PREP) for c in head.rights))


#: Entity types of the owner a facility or envoy stands for ("Belarus's top diplomat").
_OWNER_TYPES = frozenset({"ORG", "GPE", "PERSON"})
#: Possessive pronouns of a body whose group acts for it ("its forces", "their fighters").
_OWNER_PRONOUNS = THING_OR_GROUP_PRONOUNS & OWNER_WORDS
#: The possessive pronoun of one owner, never a plural's.
_SINGULAR_OWNER = "its"
#: The possessive pronoun of a list of owners, each its own (:meth:`ActorResolver.each_owns`).
_PLURAL_OWNER = "their"
#: The tag of a plural common noun (a plural name, "the Philippines", takes "its").
_PLURAL_NOUN = "NNS"
#: Entity types of the body a group with such a pronoun acts for (no person: "his forces").
_BODY_TYPES = frozenset({"ORG", "GPE"})
#: Entity types of a name in a sentence that may own what a possessive pronoun says
#: (:meth:`ActorResolver.sole_owner`): not a date or a figure.
_OWNER_CANDIDATE_TYPES = frozenset({"ORG", "GPE", "NORP", "PERSON", "FAC", "LOC", "PRODUCT",
                                    "EVENT", "WORK_OF_ART", "LAW"})
#: Dependencies and entity types of a modifier before a group's head that says whose side
#: the group is on ("Latvian diplomats", "Hamas fighters").
_SIDE_MODIFIER_DEPS = frozenset({AMOD, COMPOUND, NMOD, POSS})
_SIDE_TYPES = frozenset({"NORP", "GPE", "ORG"})
#: The parts of its relative clause a "whose" phrase may play and still say whose it is.
_WHOSE_ROLES = frozenset({NSUBJ, NSUBJPASS, DOBJ})
#: Entity types of the named members a group phrase lists ("officials including X").
_MEMBER_TYPES = frozenset({"PERSON", "ORG", "GPE"})
_SPACE = re.compile(r"\s+")
_INVISIBLE = re.compile("[\u200b-\u200f\u2060\ufeff]")
#: A pair of brackets with nothing left inside ("a 2 trillion-won (US$1.5 billion) contract"
#: without its amounts).
_EMPTY_PAIR = re.compile(r"\(\s*\)|\[\s*\]|\{\s*\}")
_POSSESSIVE = ("'s", "\u2019s", "'", "\u2019")
#: What a number is joined to when it is part of a word: "10-year", "20%".
_NUMBER_JOINS = frozenset({"-", "\u2013", "%"})
#: Marks that must come in pairs in a label: (opening, closing).
_PAIRS = (('"', '"'), ("\u201c", "\u201d"), ("(", ")"), ("[", "]"))
#: What a label may not start or end with (quotes and brackets are balanced first).
_LEADING = re.compile(r"^[^\w\"\u201c(\[]+")
_TRAILING = re.compile(r"[^\w\"\u201d)\].'\u2019]+$")


#: Entity types of the kinds of the dictionaries' entries (:func:`hyphened_listed_name`).
_LISTED_KIND_TYPES = {"country": "GPE", "org": "ORG"}


def hyphened_listed_name(head: Token) -> tuple[str, str] | None:
    """(name, entity type) of a proper noun the NER missed that is joined by a hyphen to
    another proper noun and that the dictionaries list as a country or organisation by
    itself: "Hezbollah" and "Israel" of "the Israel-Hezbollah war", "Armenia" of "the
    Armenia-Azerbaijan talks" (two sides written as one word). None for a name the NER
    typed whole ("Guinea-Bissau", whose first half is also a listed country, is a GPE of
    its own) or whose halves are not listed ("Al-Shabaab").

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("Israel - Hezbollah war", '''
    ...     2 compound PROPN Israel NNP
    ...     2 punct PUNCT - HYPH
    ...     3 compound PROPN Hezbollah NNP
    ...     3 ROOT NOUN war NN ''', spaces=[False, False, True, False])
    >>> hyphened_listed_name(doc[0]), hyphened_listed_name(doc[2])
    (('Israel', 'GPE'), ('Hezbollah', 'ORG'))
    """
    if head.ent_type_ or not head.text[:1].isupper():
        return None
    doc = head.doc
    before = head.i >= 2 and doc[head.i - 1].text in _NUMBER_JOINS and not (
        doc[head.i - 1].whitespace_ or doc[head.i - 2].whitespace_) and \
        doc[head.i - 2].pos_ == "PROPN"
    after = head.i + 2 < len(doc) and doc[head.i + 1].text in _NUMBER_JOINS and not (
        head.whitespace_ or doc[head.i + 1].whitespace_) and doc[head.i + 2].pos_ == "PROPN"
    entry = lookup(head.text) if before or after else None
    if entry is None or entry.canonical != head.text or entry.kind not in _LISTED_KIND_TYPES:
        return None
    return entry.canonical, _LISTED_KIND_TYPES[entry.kind]


def _charged(head: Token) -> bool:
    """Whether a noun is the object of an accusing verb whose "of" phrase is a deed, the
    charge ("accused the group of hiding rockets": the group, not what it hid; but
    "arrested a group of students" are students)."""
    if head.dep_ != DOBJ or head.head.lemma_.lower() not in ALLEGING_VERBS:
        return False
    # the gerund, which the tagger may take for a noun before its object ("hiding missiles")
    return any(c.dep_ in (PCOMP, POBJ, COMPOUND)
               and (c.tag_ == "VBG" or c.dep_ == COMPOUND and c.lower_.endswith("ing"))
               for prep in kids(head) if prep.dep_ == PREP and prep.lower_ == "of"
               for t in kids(prep) for c in (t, *t.lefts))


@functools.lru_cache(maxsize=1 << 16)  # (asked of the same texts again and again)
def clean_label(text: str) -> str:
    """A label without stray marks: unpaired quotes or brackets, edge punctuation.

    Text cut out of a sentence can keep half of a quotation or bracket, or a
    hyphen or symbol at its edge; a label keeps only what reads as a name.

    Examples
    --------
    >>> clean_label('"Kim Kardashian'), clean_label('the government "ongoing repression')
    ('Kim Kardashian', 'the government ongoing repression')
    >>> clean_label('"Best Hero" award'), clean_label("Jerry [O'Connell")
    ('"Best Hero" award', "Jerry O'Connell")
    >>> clean_label("-year sentence"), clean_label("|Boston Tea Party"), clean_label(".")
    ('year sentence', 'Boston Tea Party', '')

    Brackets emptied of the amount they gave are dropped:

    >>> clean_label("() contract"), clean_label("[ ] order")
    ('contract', 'order')
    """
    text = _EMPTY_PAIR.sub("", _INVISIBLE.sub("", text))
    for opening, closing in _PAIRS:
        if opening == closing:
            unpaired = text.count(opening) % 2
        else:
            unpaired = text.count(opening) != text.count(closing)
        if unpaired:
            text = text.replace(opening, "").replace(closing, "")
    text = _TRAILING.sub("", _LEADING.sub("", text))
    return _SPACE.sub(" ", text).strip()


@functools.lru_cache(maxsize=1 << 16)  # (asked of the same names again and again)
def known_variant(name: str) -> tuple[str, str] | None:
    """(canonical name, type) of a listed variant, or None.

    Variants are listed in ``data/aliases.tsv`` (first) and, for countries and
    organisations, in the CAMEO actor dictionaries (:mod:`extract.dictionary`).

    Examples
    --------
    >>> known_variant("the U.S."), known_variant("Hizbollah"), known_variant("Gotham")
    (('United States', 'GPE'), ('Hezbollah', 'ORG'), None)
    """
    key = name.casefold()
    if key.startswith("the "):
        key = key[4:]
    found = listed_aliases().get(key)
    if found is None and key not in _demonyms():
        # a nationality adjective stays one ("Fijian rebels"): demonyms.tsv maps it where
        # it acts as its country
        found = dictionary_variant(key)
        if found is not None and found[0].casefold() == key:
            return None  # the name itself, not a variant: keep the text's spelling
    return found


@functools.cache
def _demonyms() -> dict[str, str]:
    path = resources.files("actorgraph.extract") / "data" / "demonyms.tsv"
    table: dict[str, str] = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip() and not line.startswith("#"):
                demonym, country = line.rstrip("\n").split("\t")
                table[demonym.casefold()] = country
    return table


def country_of(word: str) -> str | None:
    """The country a demonym or nationality adjective stands for, or None.

    Examples
    --------
    >>> country_of("Iranian"), country_of("Israelis"), country_of("Druze")
    ('Iran', 'Israel', None)
    """
    return _demonyms().get(word.casefold())


def of_country(noun: Token, country: str) -> bool:
    """Whether a modifier before ``noun`` names ``country`` by its nationality: "Cambodian
    soldiers" of Cambodia, "Israeli troops" of Israel (:func:`country_of`).

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["Cambodian", "soldiers"], heads=[1, 1],
    ...           deps=["amod", "ROOT"])
    >>> of_country(doc[1], "Cambodia"), of_country(doc[1], "Thailand")
    (True, False)
    """
    return any(m.dep_ in (AMOD, COMPOUND, NMOD) and country_of(m.text) == country
               for m in noun.lefts)


@functools.cache
def _countries() -> frozenset[str]:
    names = set(_demonyms().values())
    names.update(canonical for canonical, typ in listed_aliases().values() if typ == "GPE")
    return frozenset(names)


def is_country(name: str) -> bool:
    """Whether ``name`` is a country's canonical name.

    Examples
    --------
    >>> is_country("Israel"), is_country("United States"), is_country("Beirut")
    (True, True, False)
    """
    return name in _countries()


def names_country(name: str) -> bool:
    """Whether ``name`` or the canonical name it is a variant of is a country.

    Examples
    --------
    >>> names_country("US"), names_country("Ukraine"), names_country("Beirut")
    (True, True, False)
    """
    variant = known_variant(name)
    return is_country(variant[0] if variant else name)


def canonical_variant(name: str) -> str:
    """Map an obvious variant to its canonical name.

    Examples
    --------
    >>> canonical_variant("the U.S."), canonical_variant("UK"), canonical_variant("Hamas")
    ('United States', 'United Kingdom', 'Hamas')
    """
    found = known_variant(name)
    return found[0] if found else name


def entity_name(span: Span) -> str:
    """Canonical form of an entity span: no determiner, title or possessive.

    Titles and roles are stripped from person names only.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words="US President Abdel Fattah el-Sisi 's".split(),
    ...           spaces=[True, True, True, True, False, False])
    >>> entity_name(doc[:6])
    'Abdel Fattah el-Sisi'
    >>> doc = Doc(spacy.blank("en").vocab, words="the Israel Defense Forces".split())
    >>> entity_name(doc[:])
    'Israel Defense Forces'
    """
    return _name_text(span, span.label_ or "PERSON")


def _name_text(span: Span, ent_type: str) -> str:
    tokens = list(span)
    i, j = 0, len(tokens)
    while i < j and (tokens[i].lower_ in DEFINITE_DETERMINERS or tokens[i].is_space):
        i += 1
    if ent_type == "PERSON":
        while j - i > 1 and tokens[i].lower_ in _NAME_PREFIXES:
            i += 1
        while j - i > 2 and tokens[i].tag_ == "NNS" and tokens[i].is_alpha:
            i += 1  # a plural noun of the people a list names: "Cosmonauts Yuri Romanenko"
    while j > i and (tokens[j - 1].text in _POSSESSIVE or tokens[j - 1].is_punct
                     or tokens[j - 1].is_space):
        j -= 1
    if i >= j:
        return ""
    text = span.doc[span.start + i: span.start + j].text
    if text.count("(") > text.count(")"):
        text = text[: text.rindex("(")]  # "Organisation of Islamic Cooperation (OIC"
    return clean_label(text)


#: Most words between such a preposition and the head of its object.
_COMPLEMENT_WORDS = 4
#: Most words of such a complement that holds a name.
_NAMED_COMPLEMENT_WORDS = 6
#: The preposition of a complement that, after the object of a verb of judging, says why
#: ("fined three banks over currency rigging"), not which ("sovereignty over Taiwan").
_REASON_PREP = "over"


#: Prepositions of a relational head's complement (:data:`~extract.lexicon.RELATIONAL_HEADS`):
#: "the family of Huber", "responses from the Coast Guard".
RELATIONAL_PREPS = COMPLEMENT_PREPS | {"from"}
#: Entity types of a number that is no part of a name: a date, a time or an amount.
_AMOUNT_ENTITY_TYPES = MEASURE_TYPES | TIME_TYPES
#: Signs of a currency written before an amount ("$", "US$", "€").
_CURRENCY_SIGNS = frozenset("$€£¥")
#: Entity types of a name that a number before it counts ("2,300 Artsakh soldiers").
_COUNTED_NAMES = frozenset({"GPE", "NORP", "LOC"})




def _counted_people(head: Token) -> bool:
    """Whether a plural nationality noun is counted by a number ("30 Israelis", "two
    Americans"): some people of the nation, not its state."""
    return head.tag_ in PLURAL_NOUN_TAGS and any(
        c.dep_ == NUMMOD and c.like_num for c in kids(head))


#: Dependencies of a noun phrase that something is done to (not its doer): the object, the
#: subject of a passive (and, see :func:`_acted_on`, the object of a verb's preposition).
_ACTED_ON_DEPS = frozenset({DOBJ, NSUBJPASS, DATIVE})


def _acted_on(head: Token) -> bool:
    """Whether the phrase of ``head`` (or of the first of its conjuncts) is acted on: an
    object, a passive subject or the object of a verb's preposition ("fired at two Russian
    jets"; not the agent's "by", which is its own dependency, nor a noun's "of")."""
    while head.dep_ == CONJ and head.head is not head:
        head = head.head
    if head.dep_ == POBJ:  # of a verb's preposition, not the agent's nor a noun's
        return head.head.dep_ == PREP and head.head.head.pos_ in ("VERB", "AUX")
    return head.dep_ in _ACTED_ON_DEPS


def _joint_things(head: Token, modifier: Token) -> bool:
    """Whether a phrase names things of several states or groups that are acted on:
    coordinated names or nationalities modify a head that is no person or body of people,
    and the phrase is an object ("a treaty eliminating all U.S. and Soviet medium-range
    missiles", "destroyed Iraqi and Syrian tanks"): the things, not one state standing
    for them (the first name would be taken for the whole)."""
    return bool(modifier.conjuncts) and not person_lemma(head.lemma_.lower()) \
        and _acted_on(head)


#: Heads of a role, a title or a member, made once.
_ROLE_OR_MEMBER_HEADS = ROLE_OR_TITLE_WORDS | MEMBER_HEADS


def _own_forces(head: Token) -> bool:
    """Whether "the army", "the military" of no country named before is a party to its clause.

    A country's own forces (:data:`~extract.lexicon.OWN_FORCES`) after "the", as the subject
    or object of a verb or the object of a verb's preposition ("ordered the military to step
    up readiness", "called on the army to release them"), are kept as a concept; so are
    they as who did an event: the "by" agent of a passive or a participle ("Bazoum was
    deposed by the army", "Bazoum, ousted by the military, ..."), the "by" phrase of a noun
    ("the ouster of Bazoum by the army") and the owner of a noun that is no role ("the
    army's takeover of state television"; not "the army's chief"). "its military"
    (someone's) and "join personnel from the army" (after a verb with an object, maybe the
    object's) are not.
    """
    if head.lower_ not in OWN_FORCES or not any(
            c.dep_ == DET and c.lower_ == "the" for c in head.lefts):
        return False
    if head.dep_ in (NSUBJ, NSUBJPASS, DOBJ):
        return True
    if head.dep_ == POSS:
        owned = head.head
        return owned.pos_ == "NOUN" and not ({owned.lemma_.lower(), owned.lower_}
                                             & _ROLE_OR_MEMBER_HEADS)
    if head.dep_ != POBJ:
        return False
    if head.head.dep_ == AGENT or (head.head.lower_ == "by" and head.head.dep_ == PREP
                                   and head.head.head.pos_ == "NOUN"):
        return True
    if head.head.dep_ != PREP:
        return False
    verb = head.head.head
    # a verb with an object of its own: the phrase may be the object's ("join personnel
    # from the army")
    return verb.pos_ == "VERB" and not any(c.dep_ == DOBJ for c in kids(verb))


def _ruling_body(head: Token) -> bool:
    """Whether "the military government", "the transitional government" of no country named
    before is a party to its clause.

    A body of a whole state (:data:`~extract.lexicon.STATE_BODIES`) after "the" that a word of
    rule qualifies (:data:`~extract.lexicon.RULING_COUNCIL_MODIFIERS`: "the military
    government", "the transitional administration", "the revolutionary regime") says which
    rule is meant as "the military" does (:func:`_own_forces`): kept as a concept, as the
    subject or object of a verb or the "by" agent of a passive, where a bare "the government"
    with no antecedent and no country of the article is dropped.
    """
    if (head.lower_ not in STATE_BODIES or head.dep_ not in (NSUBJ, NSUBJPASS, DOBJ, POBJ)
            or not any(c.dep_ == DET and c.lower_ == "the" for c in head.lefts)):
        return False
    if head.dep_ == POBJ and head.head.dep_ != AGENT:
        return False
    return any(c.dep_ in (AMOD, COMPOUND) and (c.lower_ in RULING_COUNCIL_MODIFIERS
                                               or c.lemma_.lower() in RULING_COUNCIL_MODIFIERS)
               for c in head.lefts)


def bare_state_body(head: Token) -> bool:
    """Whether a phrase is "the" and a body of a whole state, and nothing else.

    "the government", "the cabinet", "the authorities", "the army", and a ministry with the
    word of its field ("the finance ministry", "the foreign ministry")
    (:data:`~extract.lexicon.STATE_BODIES`); not "the local authorities", "the state
    government", "the Labour government", "the government of Iraq", "the government in
    Kabul", "the governments", "its army": those say or own whose.
    """
    if head.lower_ not in STATE_BODIES or head.ent_type_ or head.pos_ not in ("NOUN", "PROPN"):
        return False
    lefts = [c for c in head.lefts if c.dep_ != PUNCT]
    if not lefts or lefts[0].dep_ != DET or lefts[0].lower_ != "the":
        return False
    word = lefts[-1]
    field = (head.lower_ == "ministry" and len(lefts) == 2 and word.dep_ in (COMPOUND, AMOD)
             and word.pos_ in ("NOUN", "ADJ") and not word.ent_type_
             and not word.n_lefts + word.n_rights)
    return (len(lefts) == 1 or field) and all(c.dep_ in (CASE, PUNCT) for c in head.rights)


def home_body(head: Token) -> bool:
    """Whether a phrase is a body that acts only inside its own state, bare or after "the",
    and nothing else: "Police detained 30 demonstrators", "the police said", "prosecutors
    charged him" (:data:`~extract.lexicon.HOME_BODIES`); not "Chilean police", "police in
    Lima", "the city police", "riot police", "its police" (those say or own whose, or are
    a town's), nor a name ("the Hong Kong Police"). Only who acts: a subject or the "by" of
    a passive, and not right after a preposition the parser did not hang it on ("gunmen
    posing as police kidnapped ...", the parser's subject of "kidnapped", are no police).
    """
    if head.lower_ not in HOME_BODIES or head.ent_type_ or head.pos_ not in ("NOUN", "PROPN"):
        return False
    if head.dep_ in (NSUBJ, NSUBJPASS):
        before = head.left_edge.i - 1
        if before >= 0 and head.doc[before].tag_ == "IN":
            return False
    elif not (head.dep_ == POBJ and head.head.dep_ == AGENT):
        return False
    lefts = [c for c in head.lefts if c.dep_ != PUNCT]
    return all(c.dep_ == DET and c.lower_ == "the" for c in lefts) and all(
        c.dep_ in (CASE, PUNCT) for c in head.rights)


def state_agent(head: Token) -> str | None:
    """The sector of a phrase that is a state's armed or police agent and nothing else, or
    None: "Troops arrested 34 suspects", "two jets struck the village", "Government troops
    pursued the attackers", "Riot police fired tear gas", "the riot police said" (the whole
    phrase, with at most "government" before it, one agent phrase of
    :data:`~extract.lexicon.STATE_AGENT_SECTORS` in the agent dictionaries: MIL, COP, whose
    head is one of :data:`~extract.lexicon.STATE_AGENT_HEADS`). Not
    "rebel soldiers" (REB), "gunmen" (UAF), "Indian troops", "its troops", "troops in Syria",
    "U.N. troops", "the soldiers" (an anaphor of soldiers named before), nor a name. Only who
    acts (a subject or the "by" of a passive, not right after a preposition the parser did not
    hang it on: "gunmen dressed as soldiers"), and a plural or "police" ("used force": no one).
    """
    if head.ent_type_ or head.pos_ != "NOUN" or head.lower_ not in STATE_AGENT_HEADS:
        return None  # (:data:`~extract.lexicon.STATE_AGENT_HEADS`: not "Carriers raised fares")
    if head.dep_ in (NSUBJ, NSUBJPASS):
        before = head.left_edge.i - 1
        word = head.doc[before] if before >= 0 else None
        if word is not None and word.tag_ == "IN" and not (
                word.dep_ == MARK and word.head == head.head and head.head.head.dep_ != ACL):
            # (but "after troops fired on the crowd"; not "gunmen posing as police
            # kidnapped", the "as" clause of a participle)
            return None
    elif not (head.dep_ == POBJ and head.head.dep_ == AGENT):
        return None  # ("The government sent troops", "killed four policemen": acted on)
    if head.tag_ != "NNS" and head.lower_ != "police":
        return None  # "used force to crush the strike": no body of people
    if not all(c.dep_ in (CASE, PUNCT) for c in head.rights):
        return None
    words, the = [], False
    for child in head.lefts:
        if child.dep_ == PUNCT:
            continue
        if child.dep_ == DET and child.lower_ == "the" and not words:
            the = True
        elif child.dep_ == NUMMOD and child.like_num and not words:
            continue  # "two jets"
        elif (child.dep_ in (AMOD, COMPOUND) and child.pos_ in ("NOUN", "ADJ", "PROPN")
              and not child.n_lefts + child.n_rights and child.is_alpha
              and (not child.ent_type_ or child.lower_ == "government"
                   # ("Riot police fired", the first word taken for a name)
                   or (child.is_sent_start and not child.nbor().ent_type_))):
            words.append(child.lower_)
        else:
            return None
    words.append(head.lower_)
    owned = words[0] == "government" and len(words) > 1
    sector = agent_sector(words[1:] if owned else words)
    if sector is None or sector not in STATE_AGENT_SECTORS:
        return None
    if the and sector != "COP" and not owned:
        return None  # "the soldiers": those named before
    return sector


def _state_head(head: Token) -> bool:
    """Whether a noun is one of :data:`~extract.lexicon.STATE_HEADS`, by lemma or as written
    ("forces", "government")."""
    return head.lemma_.lower() in STATE_HEADS or head.lower_ in STATE_HEADS


def nationality_agent(agent: Token) -> bool:
    """Whether a noun is the "by" agent that is an institution of a state a nationality
    names (``[state_heads]`` with a NORP modifier: "by Russian forces", "by Turkish
    police"), which stands for the country and takes no "of" phrase of its own: one hung on
    it is what the event noun is done to ("the detention by Chinese authorities of two
    Canadians": China's authorities, who detained the Canadians;
    :func:`~extract.rules.nominal._of_less_agent`).

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("by Turkish police of Imamoglu", '''
    ...     0 ROOT ADP by IN
    ...     2 amod ADJ turkish JJ
    ...     0 pobj NOUN police NNS
    ...     2 prep ADP of IN
    ...     3 pobj PROPN Imamoglu NNP''', ents={"Turkish": "NORP", "Imamoglu": "PERSON"})
    >>> nationality_agent(doc[2]), nationality_agent(doc[4])
    (True, False)
    """
    return (agent.dep_ == POBJ and agent.head.lower_ == "by" and agent.pos_ == "NOUN"
            and agent.lower_ in STATE_HEADS
            and any(c.dep_ in (AMOD, COMPOUND) and c.ent_type_ == "NORP" for c in kids(agent)))


def _currency_unit(head: Token) -> bool:
    """Whether a nationality's "unit" is a currency in a market report
    (:data:`~extract.lexicon.CURRENCY_HEADS`): no owner or "of" phrase, a nationality or
    country before it, and a sum of money in its sentence ("failed to lift the U.S. unit
    above 151 yen": the dollar, not the United States; "its U.S. unit" is a company's).

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["lift", "the", "U.S.", "unit", "above", "151", "yen"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[0, 3, 3, 0, 0, 6, 4],
    ...           deps=["ROOT", "det", "compound", "dobj", "prep", "nummod", "pobj"],
    ...           ents=["O", "O", "B-GPE", "O", "O", "B-MONEY", "I-MONEY"])
    >>> _currency_unit(doc[3])
    True
    """
    if head.lower_ not in CURRENCY_HEADS:
        return False
    lefts = list(head.lefts)
    if any(c.dep_ == POSS for c in lefts) or any(
            c.dep_ == PREP and c.lower_ == "of" for c in head.rights):
        return False
    if not any(c.ent_type_ in ("GPE", "NORP") for c in lefts):
        return False
    return any(t.ent_type_ == "MONEY" for t in head.sent)


def _state_agency(head: Token) -> bool:
    """Whether a noun with the words that qualify it names a state's security agency in the
    agent dictionaries (:data:`~extract.lexicon.STATE_SECTORS`): "Russia's security
    service", "Pakistan's spy agency", "Britain's intelligence bureau" (not "Reuters news
    agency", nor a bare "service")."""
    mods = [c.lower_ for c in head.lefts if c.dep_ in (AMOD, COMPOUND)
            and c.pos_ in ("NOUN", "ADJ")]
    sector = sector_of([*mods[-2:], head.lower_]) if mods else None
    return sector is not None and sector.lower() in STATE_SECTORS


def _places_of_a_name(head: Token, ent: Span) -> bool:
    """Whether a plural place head before which a name stands is several places of that
    name's region, not the name: "the Gulf states", "the Baltic states", "Sahel nations"
    (the name before the head; not one after it, "the villages of X and Y", nor the head
    a word of the name itself, "the United States"). Only a region (LOC): a country's
    places stand for the country where they are acted on ("attacks on Ukrainian cities"
    are on Ukraine; the caller asks this only of a name that is no country), and an
    organisation's member states for it as before ("EU states").

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("the Gulf states", '''
    ...     2 det DET the DT
    ...     2 compound PROPN Gulf NNP
    ...     2 ROOT NOUN state NNS''', ents={"Gulf": "LOC"})
    >>> _places_of_a_name(doc[2], doc.ents[0])
    True
    """
    return plural_place_head(head) and ent.label_ == "LOC" and ent.end <= head.i


def plural_place_head(head: Token) -> bool:
    """Whether a noun is a place head in the plural ("states", "countries", "villages":
    :data:`~extract.lexicon.PLACE_HEADS`), which a region's name before it makes several
    places of the region, not the region (:func:`_places_of_a_name`; a group that names
    its affiliation: :func:`~extract.rules.base.named_group`)."""
    return head.tag_ == "NNS" and head.lemma_.lower() in PLACE_HEADS


def _state_institution(head: Token) -> bool:
    """Whether a noun heads a state institution, which a nationality makes the country's.

    A head of :data:`~extract.lexicon.STATE_HEADS` ("forces", "government"), or
    a council a word of rule qualifies (:data:`~extract.lexicon.RULING_COUNCILS`:
    "Haiti's ruling military council", "the Sudanese transitional council"; not "the city
    council").
    """
    if _state_head(head):
        return True
    return head.lemma_.lower() in RULING_COUNCILS and any(
        c.dep_ in (AMOD, COMPOUND) and (c.lower_ in RULING_COUNCIL_MODIFIERS
                                        or c.lemma_.lower() in RULING_COUNCIL_MODIFIERS)
        for c in head.lefts)


#: The CAMEO agent sector of a government and its departments.
GOVERNMENT_SECTOR = "GOV"


def _government_department(head: Token) -> bool:
    """Whether a name's words make it a department of a government in the agent
    dictionaries: "Pakistan's Foreign Office", "Britain's Foreign Office", "the Israeli
    Defence Ministry" (sector GOV of its last words, in lower case; not "Reuters' Islamabad
    office", no sector)."""
    words = [c.lower_ for c in head.lefts if c.dep_ in (AMOD, COMPOUND)
             and c.pos_ in ("NOUN", "ADJ", "PROPN") and c.ent_type_ not in ("GPE", "NORP")]
    return bool(words) and sector_of([*words[-2:], head.lower_]) == GOVERNMENT_SECTOR


def _counted_subject(group: Token) -> Token | None:
    """The subject that counts the group a noun after "of" names, or None: "*300,000* of its
    members had stopped work", "*some* of its fighters fired rockets", "*two* of its
    400,000 members" (a number or a quantity head, :data:`~extract.lexicon.QUANTITY_HEADS`,
    or a part, :data:`~extract.lexicon.FRACTION_NOUNS`, as the active subject). Not a
    count acted on ("expelled two of its diplomats") nor a passive subject ("two of its
    soldiers were killed": no one's deed)."""
    prep = group.head
    if group.dep_ != POBJ or prep.dep_ != PREP or prep.lower_ != "of":
        return None
    counter = prep.head
    if counter.dep_ != NSUBJ or not (counter.like_num or counter.lemma_.lower() in QUANTITY_HEADS
                                     or counter.lemma_.lower() in FRACTION_NOUNS):
        return None
    return counter


def _serving_body(reporter: Token, owner: Mention) -> bool:
    """Whether a reporter described, not named, is a body that has forces or officers of
    its own (:data:`~extract.lexicon.SERVING_BODY_HEADS`: "the African Union mission",
    "the UN peacekeeping mission", "the Kenyan police service"), a name or a nation
    before its head saying whose: the group its "its" owns stands for it
    (:meth:`ActorResolver._pronoun_owner`). Not a bare "the mission", which says not which."""
    return (owner.type == CONCEPT and reporter.pos_ == "NOUN"
            and reporter.lemma_.lower() in SERVING_BODY_HEADS
            and any(t.ent_type_ in ("ORG", "GPE", "NORP") for t in reporter.lefts
                    if t.dep_ in (COMPOUND, AMOD, NMOD, POSS)))


def _closing_speaker(ent: Span) -> bool:
    """Whether a name the parser hung on a noun as its apposition is the speaker of the
    verb of saying right after it, which has no subject of its own: "Israel struck
    Iranian positions in Syria, killing four fighters, the Syrian Observatory for Human
    Rights reported" (the parse makes "reported" an adverbial clause, a relative clause or
    the root, and the observatory an apposition of "fighters"). Only a name set off by a
    comma, before a finite verb of :data:`REPORTING_VERBS`."""
    doc = ent.doc
    if ent.end >= len(doc) or ent.start == 0:
        return False
    before = doc[ent.start - 1]
    if before.lower_ == "the" and ent.start > 1:
        before = doc[ent.start - 2]
    verb = doc[ent.end]
    # (a participle only with nothing but adjuncts: "..., Abu Omar, reported killed" is
    # one reported dead)
    return (before.text == "," and verb.lemma_.lower() in REPORTING_VERBS
            and (verb.tag_ in ("VBD", "VBZ", "VBP") or verb.tag_ == "VBN" and all(
                c.dep_ in (PREP, NPADVMOD, ADVMOD, PUNCT) for c in verb.children))
            and not any(c.dep_ in (NSUBJ, NSUBJPASS) for c in verb.children))


def _reporting_subject(group: Token) -> Token | None:
    """The noun subject of the verb of saying whose reported clause ``group`` is the subject
    of ("Ukraine said its forces had hit ...": Ukraine), or None."""
    if group.dep_ not in (NSUBJ, NSUBJPASS):
        return None
    clause = group.head
    while clause.dep_ in (CONJ, XCOMP) and clause.head is not clause:
        clause = clause.head
    if clause.dep_ != CCOMP or clause.head.lemma_.lower() not in REPORTING_VERBS:
        return None
    saying = clause.head
    if (saying.tag_ == "VBG" and saying.dep_ == ADVCL
            and not any(c.dep_ in (NSUBJ, NSUBJPASS) for c in kids(saying))):
        # "Pakistan's Foreign Office rejected the charge, saying its troops had not crossed
        # the line": the -ing adjunct reports for the subject of the clause it is on
        saying = saying.head
    return next((c for c in kids(saying)
                 if c.dep_ in (NSUBJ, NSUBJPASS) and c.pos_ in ("NOUN", "PROPN")), None)


def _home_department_says(body: Token, home: str) -> bool:
    """Whether a bare state body is the subject of a clause reported by a department of a
    government that names no country of its own: "The Finance Ministry said *the
    government* had rejected calls", "The Foreign Ministry said *the government* would
    summon the ambassador" (:func:`_government_department`, or a bare "the foreign
    ministry"): the department's own government, the article's country, not another
    country named acting before ("The U.S. Commerce Department said the government":
    its country says whose), nor when the department was named before with another
    country ("Pakistan's Foreign Ministry summoned ... The ministry said the government":
    :func:`_department_countries`)."""
    speaker = _reporting_subject(body)
    if speaker is None or not (_government_department(speaker) or bare_state_body(speaker)):
        return False
    if any(t.ent_type_ in ("GPE", "NORP") or country_of(t.text) is not None
           for t in speaker.subtree):
        return False
    return not _department_countries(speaker) - {home}


def _department_countries(speaker: Token) -> set[str]:
    """The countries named with the same department before ``speaker`` in its article: its
    head word, with the words of its field if it has any ("The ministry", "The Commerce
    Ministry" after "*China*'s Commerce Ministry", "the *Pakistani* Foreign Ministry"), by
    a country's name or nationality among the words before the earlier head."""
    fields = {c.lower_ for c in speaker.lefts if c.dep_ in (AMOD, COMPOUND)}
    found: set[str] = set()
    for tok in speaker.doc[:speaker.i]:
        if tok.lower_ != speaker.lower_ or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        before = [t for c in tok.lefts for t in c.subtree]
        if not before or not fields <= {t.lower_ for t in before}:
            continue
        for ent in tok.doc.ents:
            if not before[0].i <= ent.start < ent.end <= tok.i:
                continue
            if ent.label_ == "NORP" and (country := country_of(ent.text)) is not None:
                found.add(country)
            elif ent.label_ == "GPE" and names_country(ent.text):
                found.add(canonical_variant(ent.text))
    return found


#: The kind of a reporting body or of the people of one (:data:`~extract.lexicon.BODY_KINDS`).
_BODY_KIND = pairs(BODY_KINDS)


def _verb_agent(verb: Token) -> Token | None:
    """Who does what a verb says: its active subject, or the object of its passive "by";
    None when the verb has neither ("ordered to halt", a shared subject)."""
    for child in kids(verb):
        if child.dep_ == NSUBJ:
            return child
        if child.dep_ == AGENT:
            return next((c for c in kids(child) if c.dep_ == POBJ), None)
    return None


def _adjunct_agent(verb: Token) -> Token | None:
    """Who does what an -ing adjunct with no subject of its own says: the one subject of
    the clause it follows (:func:`~extract.rules.base.adjunct_subjects`): "Canada said it
    will impose a duty on U.S. corn, *ruling* that subsidies harmed its growers" -> it
    (Canada rules); None for any other verb, or when there is no one such subject."""
    from actorgraph.extract.rules.base import adjunct_subjects  # base imports this module
    if verb.dep_ != ADVCL or verb.tag_ != "VBG" or verb.i < verb.head.i:
        return None
    subjects = adjunct_subjects(verb)
    return subjects[0] if len(subjects) == 1 else None


def _same_actor(first: str, second: str) -> bool:
    """Whether two labels may name one actor, the one all of the other's words ("Ridgeway",
    "Ridgeway Grain")."""
    a, b = set(first.casefold().split()), set(second.casefold().split())
    return a <= b or b <= a


def _acts_on_thing(verb: Token) -> bool:
    """Whether a verb has a noun object with no predicate of it: "ruled Syria" (not "ruled
    the tariffs unconstitutional", "ruled that ...", "ruled against X")."""
    return any(c.dep_ == DOBJ and c.pos_ in ("NOUN", "PROPN", "PRON") for c in kids(verb)) \
        and not any(c.dep_ == OPRD for c in kids(verb))


def _names_side(ent: Span | None) -> bool:
    """Whether a name before a group's head says whose side it is on: an organisation or a
    country, or a nationality ("Latvian", "Hezbollah", "Kyiv"); a faith or a people with no
    country of its own ("Shiite", "Islamist", "Kurdish") is none (:data:`_SIDE_TYPES`)."""
    return ent is not None and ent.label_ in _SIDE_TYPES and (
        ent.label_ != "NORP" or country_of(ent.text) is not None)


def _told_act(verb: Token) -> bool:
    """Whether an earlier verb tells its act as done, so that a noun can point back to it
    (:meth:`Actors._verbal_antecedent`, :meth:`Actors._summed_act`): not negated ("did
    not ban"), modal or hedged ("may have fired", "reportedly fired"), to come ("will
    launch") or only a condition ("if Iran fires")."""
    return not (has_neg(verb) or is_future(verb) or conditional(verb)
                or any(c.dep_ == AUX and c.tag_ == "MD" for c in kids(verb))
                or modality(verb).hedged)


def _told_adjunct(verb: Token, agent: Token) -> bool:
    """Whether an -ing adjunct tells its act as done, its subject ``agent`` that of the
    clause it follows (:func:`_adjunct_agent`), when that clause is one to come: "Canada
    said it will impose a duty, *ruling* that subsidies harmed its growers" (Canada has
    ruled); not when either is negated, a condition, or hedged by a modal other than
    "will" or "would" ("may impose a duty, ruling that ...")."""
    head, own = verb.head, _adjunct_agent(verb)
    return own is not None and own.i == agent.i and not any(
        has_neg(v) or conditional(v) or any(
            c.dep_ == AUX and c.tag_ == "MD" and c.lower_ not in FUTURE_AUX for c in kids(v))
        for v in (verb, head))


def _means_with(head: Token, prep: Token) -> bool:
    """Whether a "with" phrase the parse hung on an act noun labelled by what was done
    to ("noun:of" of ``[summed_acts]``) says the means, not which act: "financed the
    purchase *with a bank credit line*" (not "the purchase with Acme", "with the
    rebels": someone it was done with)."""
    if prep.lower_ != "with" or "of" not in _SUMMED_KINDS.get(head.lemma_.lower(), ()):
        return False
    objs = [c for c in kids(prep) if c.dep_ == POBJ]
    return len(objs) == 1 and objs[0].pos_ == "NOUN" and not objs[0].ent_type_ \
        and not people_lemma(objs[0].lemma_.lower()) \
        and objs[0].lemma_.lower() not in ORGANISATION_DESCRIPTIONS


def _own_act_of(head: Token, verb: Token, extent: Span) -> Mention | None:
    """A bare definite act noun its own doer acts on, labelled with what the act told
    was done to ("noun:of" of ``[summed_acts]``, :meth:`ActorResolver._summed_act`):
    "Standard Packaging bought the plastic container division of Borg Industries ...
    Standard Packaging financed *the purchase*" -> "purchase of plastic container
    division". The object's own words only, no name, number or complement (a name there
    would read as the side acted on); None for an object that is a name, a pronoun, a
    count or amount ("bought 15,000 tonnes of cocoa"), or has a name among its words.
    """
    obj = next((c for c in kids(verb) if c.dep_ == DOBJ), None)
    if obj is None or obj.pos_ != "NOUN" or obj.ent_type_ or any(
            c.dep_ in (NUMMOD, QUANTMOD) or c.like_num or c.ent_type_ or c.pos_ == "PROPN"
            or (c.dep_ == POSS and c.pos_ != "PRON") for c in obj.lefts) or any(
            c.dep_ == PREP and c.lower_ == "of" and not any(
                g.dep_ == POBJ and g.ent_type_ for g in kids(c)) for c in obj.rights):
        return None  # (a measure of something: "a tonne of cocoa", "much of the output")
    words = [c for c in obj.lefts if c.dep_ in (AMOD, COMPOUND) and c.i == obj.i - 1
             or c.dep_ in (AMOD, COMPOUND) and all(
                 t.dep_ in (AMOD, COMPOUND) for t in obj.doc[c.i + 1:obj.i])]
    if any(w.pos_ not in ("ADJ", "NOUN") for w in words):
        return None
    label = " ".join([*(w.lower_ for w in words), obj.lower_])
    return Mention(text=extent.text, label=f"{head.lower_} of {label}", type=CONCEPT,
                   start=extent.start_char, end=extent.end_char, via="concept")


def _clause_verb(verb: Token) -> bool:
    """Whether a verb is a clause's own, no word of a name or a compound ("President-elect",
    "the president elect": a verb joined to the word before it by a hyphen, or parsed as a
    compound or modifier); a hyphenated verb is one ("test-fired":
    ``[hyphen_verb_prefixes]``)."""
    doc = verb.doc
    return verb.tag_.startswith("VB") and verb.dep_ not in (COMPOUND, AMOD) and not (
        verb.i > 0 and doc[verb.i - 1].text in _DASHES and not doc[verb.i - 1].whitespace_
        and not (verb.i > 1 and doc[verb.i - 2].lower_ in HYPHEN_VERB_PREFIXES))


def binding_subject(noun: Token) -> Token | None:
    """The subject an argument's possessive "its" or "their" is bound to: the subject of
    the clause whose object the noun is (or is in), or None.

    "Mexico agreed to cut *its* budget deficit" (the subject of the verb whose infinitive
    "cut" is), "Permian Steel filed for protection after failing to reach agreement with
    *its* bank lenders" (of the clause an adjunct's gerund is on), "Polaris sold three of
    *its* controllers"; a relative pronoun subject is the noun its clause is on ("Iraq,
    which refused to accept *its* quota": Iraq), and a coordinated clause's subject the
    parser swallowed into the clause before is that clause's ("the Fed raised rates and
    the ECB would cut *its* deposit rate": the ECB), as is an -ing adjunct's own
    ("leading to Germany reopening *its* coal plants": Germany). None when the noun is a
    subject, when the verb above has an object who may be meant ("pressed Taiwan to open
    its markets", "asked OPEC to raise its quota", "accuses Japan of failing to open its
    market": either; not a list or a plural noun for "its": :func:`_may_own`), when the
    verb acts on what is another's (:data:`~extract.lexicon.FOREIGN_OBJECT_VERBS`: "Vantage said
    Polaris infringed its patents"), or when the subject is a list ("the U.S. and Moscow
    agreed to cut their missiles": each one's own), or a document a body issued ("the
    resolution calls on both countries to withdraw their forces").

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("Mexico agreed to cut its deficit", '''
    ...     1 nsubj PROPN Mexico NNP
    ...     1 ROOT VERB agree VBD
    ...     3 aux PART to TO
    ...     1 xcomp VERB cut VB
    ...     5 poss PRON its PRP$
    ...     3 dobj NOUN deficit NN''')
    >>> binding_subject(doc[5]).text, binding_subject(doc[0])
    ('Mexico', None)
    """
    pronoun = next((c for c in noun.lefts if c.dep_ == POSS and c.pos_ == "PRON"), None)
    tok = noun
    for _ in range(_BINDING_STEPS):  # the noun's verb: "three of its controllers", "with its"
        if tok.pos_ in ("VERB", "AUX") or tok.dep_ not in (DOBJ, POBJ, PREP):
            break
        tok = tok.head
    if tok.pos_ not in ("VERB", "AUX") or tok is noun \
            or tok.lemma_.lower() in FOREIGN_OBJECT_VERBS:  # "infringed its patents"
        return None
    if _held_part(noun, tok):
        return None  # "GAF, which held 19.9 pct of its shares": the target's shares
    verb = tok
    for _ in range(_BINDING_STEPS):
        subjects = [c for c in kids(verb) if c.dep_ == NSUBJ]
        if subjects:
            subject = subjects[0]
            if subject.tag_ in RELATIVE_TAGS and verb.dep_ == RELCL:
                subject = verb.head  # "Iraq, which refused to accept its quota": Iraq
            # "the resolution calls on both countries to withdraw their forces": a
            # document owns no forces (nor is its issuer meant: :func:`issued_subject`)
            return None if subject.conjuncts or issued_subject(subject) else subject
        if verb.dep_ == PCOMP and verb.head.dep_ == PREP:  # "after failing to reach ..."
            verb = verb.head.head
        elif verb.dep_ == ADVCL and (reported := _adjunct_report(verb)) is not None:
            # "X has bought corn, the department said, bringing *its* purchases to ...":
            # the reported clause's subject, as the adjunct is its (not the speaker's); but
            # not when that clause acts on someone who may be meant ("Russia struck
            # Ukraine, officials said, cutting its power"), or on one thing that may
            # ("Russia struck a power plant, officials said, cutting its output")
            subjects = [c for c in kids(reported) if c.dep_ == NSUBJ]
            return (subjects[0] if len(subjects) == 1 and not subjects[0].conjuncts
                    and not _acts_on_someone(reported) and not _acts_on_one_thing(reported)
                    else None)
        elif verb.dep_ == CONJ and (own := _swallowed_subject(verb)) is not None:
            return own  # "the Fed raised rates and the ECB would cut its rate": the ECB
        elif verb.dep_ == ADVCL and (own := _own_adjunct_subject(verb)) is not None:
            return own  # "..., leading to Germany reopening its coal plants": Germany
        elif verb.dep_ in (XCOMP, ADVCL, CONJ):
            verb = verb.head
        else:
            return None
        if verb.pos_ not in ("VERB", "AUX") or any(
                c.dep_ in (DOBJ, DATIVE) and _may_own(c, pronoun) for c in kids(verb)):
            return None
    return None


def _held_part(noun: Token, verb: Token) -> bool:
    """Whether a possessed stock noun is a part of a company's stock that a verb's subject
    holds (:data:`~extract.lexicon.STAKE_VERBS`): "Harlow, which holds about 9 pct of *its*
    shares", "a fund that owns 12 pct of *their* stock" (another's shares, the company's
    the article speaks of: :func:`binding_subject` binds no subject to them); not one's
    "own" ("holds 5 pct of its own shares"), nor the shares themselves ("sold its shares").
    """
    if noun.lemma_.lower() not in OWNED_HOLDINGS or noun.dep_ != POBJ \
            or noun.head.lower_ != "of" or verb.lemma_.lower() not in STAKE_VERBS \
            or any(c.lower_ == "own" for c in noun.lefts):
        return False
    part = noun.head.head
    return part.i != verb.i and part.dep_ == DOBJ and part.head.i == verb.i


def _listed_owners(subject: Token) -> bool:
    """Whether a subject's people are those of a list of owners, which a plural possessive
    bound to it means together: "the foreign ministers *of Kenya and Uganda*", "*French and
    German* officials", "the *Exxon and Mobil* boards" (:meth:`ActorResolver._binding_owner`:
    "their" is all of them, not the first one the subject is resolved to)."""
    return any(c.conjuncts and (c.dep_ in (AMOD, COMPOUND, NMOD, POSS) or c.dep_ == POBJ)
               for c in subject.subtree
               if c.head.i == subject.i or (c.dep_ == POBJ and c.head.head.i == subject.i
                                            and c.head.lower_ == "of"))


def _may_own(obj: Token, pronoun: Token | None) -> bool:
    """Whether a verb's object may be the one a possessive pronoun in its clause means
    (:func:`binding_subject`): any may, but a list or a plural common noun is not what
    "its" means ("Kuwait asked the US and the Soviet Union to protect *its* tankers",
    "Chile urged foreign banks to reschedule *its* debt": the subject's), unless the plural
    noun's phrase names a single one who may be ("The EU urged members of OPEC to raise
    *its* output": OPEC's, or the EU's)."""
    if pronoun is None or pronoun.lower_ != _SINGULAR_OWNER:
        return True
    if obj.conjuncts:
        return False
    return obj.tag_ != _PLURAL_NOUN or any(
        t.dep_ == POBJ and t.tag_ in _SINGULAR_NOUN_TAGS for t in obj.subtree)


#: Tags of a singular noun or name (:func:`_may_own`).
_SINGULAR_NOUN_TAGS = frozenset({"NN", "NNP"})


def _adjunct_report(participle: Token) -> Token | None:
    """The reported clause an -ing adjunct hung on a verb of saying carries on
    (:func:`~extract.rules.base.reported_clause`), or None."""
    from actorgraph.extract.rules.base import reported_clause  # base imports this module
    return reported_clause(participle)


def _swallowed_subject(verb: Token) -> Token | None:
    """The subject of a coordinated clause the parser took into the clause before
    (:func:`~extract.rules.base.swallowed_subject`), or None."""
    from actorgraph.extract.rules.base import swallowed_subject  # base imports this module
    return swallowed_subject(verb)


def _own_adjunct_subject(participle: Token) -> Token | None:
    """The subject an -ing adjunct has of its own
    (:func:`~extract.rules.base.own_adjunct_subject`), or None."""
    from actorgraph.extract.rules.base import own_adjunct_subject  # base imports this module
    return own_adjunct_subject(participle)


def _acts_on_someone(verb: Token) -> bool:
    """Whether a verb's object or indirect object may be someone who acts
    (:func:`~extract.rules.base.may_act`)."""
    from actorgraph.extract.rules.base import may_act  # base imports this module
    return any(c.dep_ in (DOBJ, DATIVE) and may_act(c) for c in kids(verb))


def _acts_on_one_thing(verb: Token) -> bool:
    """Whether a verb's object is one thing, singular and determined ("a power plant",
    "the border crossing"), that an "its" after the clause may mean; not a quantity or
    a mass ("500,000 tonnes of wheat", "corn")."""
    return any(c.dep_ in (DOBJ, DATIVE) and c.tag_ in ("NN", "NNP")
               and any(d.dep_ == POSS or (d.dep_ == DET and d.lower_ in ("a", "an", "the"))
                       for d in kids(c))
               for c in kids(verb))


def listed_binders(noun: Token) -> set[int]:
    """The indices of the words a "their" on ``noun`` may be bound to: the subject and the
    object of each verb on the way up from the noun through objects, prepositions,
    infinitives, adjuncts and coordinated verbs (a relative pronoun subject as the noun its
    clause is on), at most :data:`_BINDING_STEPS` verbs (:meth:`ActorResolver.each_owns`).
    "accused Saudi Arabia and Kuwait of exceeding their quotas": Saudi Arabia (and the
    accuser); not across a reported clause ("Iran said Iraq and Syria cut their output"
    binds Iraq, not Iran, as a verb's clause stops the way).
    """
    found: set[int] = set()
    tok, verbs = noun, 0
    while tok.dep_ in _BINDING_WAY and tok.head.i != tok.i and verbs < _BINDING_STEPS:
        tok = tok.head
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        verbs += 1
        for child in kids(tok):
            if child.dep_ in _BINDER_DEPS:
                found.add(tok.head.i if child.tag_ in RELATIVE_TAGS and tok.dep_ == RELCL
                          else child.i)
    if tok.pos_ in ("VERB", "AUX") and verbs < _BINDING_STEPS:
        found.update(c.i for c in kids(tok) if c.dep_ in _BINDER_DEPS)
    return found


#: Dependencies of the arguments a "their" may mean (:func:`listed_binders`): a subject, a
#: passive one ("Peru and Chile were expected to lower *their* tariffs": each its own) and
#: an object.
_BINDER_DEPS = frozenset({NSUBJ, NSUBJPASS, DOBJ})

#: Dependencies on the way up from a noun to the verbs whose arguments its "their" may mean
#: (:func:`listed_binders`).
_BINDING_WAY = frozenset({DOBJ, POBJ, PREP, PCOMP, XCOMP, ADVCL, CONJ})


#: How many words up a possessive's binding subject is looked for (:func:`binding_subject`).
_BINDING_STEPS = 4


def possessive(name: str) -> str:
    """The possessive of a name as a label writes it before what the name owns.

    Examples
    --------
    >>> possessive("Mexico"), possessive("Association of Tin Producing Countries")
    ("Mexico's", "Association of Tin Producing Countries'")
    """
    return f"{name}'" if name.endswith("s") else f"{name}'s"


#: Prepositions of a label's complement that may name the triple's own side
#: (:func:`without_own_side`): the named complements and a flow's destination ("to").
_OWN_SIDE_PREPS = NAMED_COMPLEMENT_PREPS | FLOW_PREPS


def without_own_side(label: str, names: Iterable[str]) -> str:
    """A concept label cut before a named complement ("for", "from", "under":
    :data:`~extract.lexicon.NAMED_COMPLEMENT_PREPS`; a flow's "to":
    :data:`~extract.lexicon.FLOW_PREPS`) that names one of ``names``, the
    triple's own subject or the sentence's agent: an object label that names the side
    acting reads as if that side were acted on ("Delco said its board would study the
    offer", the offer "for all outstanding shares of Delco Pump": "cash tender offer"; a
    complement naming another side stays). A name in the complement is one of ``names``
    when either's words begin the other's, legal forms aside ("Westlake shares" and
    "Westlake Foods Inc"; not "World Health Organization" and "Ministry of Health").

    Examples
    --------
    >>> without_own_side("cash tender offer for Westlake shares", ["Westlake Foods Inc"])
    'cash tender offer'
    >>> without_own_side("doses of vaccine from World Health Organization",
    ...                  ["Ministry of Health"])
    'doses of vaccine from World Health Organization'
    >>> without_own_side("Acme's offer for Globex", ["Acme"])
    "Acme's offer for Globex"
    """
    own = [run for name in names for run in _name_runs(name)]
    if not own:
        return label
    words = label.split(" ")
    for i, word in enumerate(words[1:], 1):
        if word in _OWN_SIDE_PREPS and any(
                run[:len(mine)] == mine or mine[:len(run)] == run
                for run in _name_runs(" ".join(words[i + 1:])) for mine in own):
            return " ".join(words[:i])
    return label


def _name_runs(text: str) -> list[tuple[str, ...]]:
    """The runs of capitalised words in a text, legal forms left out and "of", "and"
    inside a run kept ("Delco Pump and Valve Co" -> ("Delco", "Pump", "and", "Valve");
    :func:`without_own_side`)."""
    legal = _legal_forms()
    runs: list[list[str]] = []
    open_run = False
    for word in _NAME_WORD.findall(text):
        if word[:1].isupper() and word not in legal and word.rstrip(".") not in legal:
            if not open_run:
                runs.append([])
            runs[-1].append(word)
            open_run = True
        elif word in _NAME_JOINERS and open_run:
            runs[-1].append(word)
        else:
            open_run = False
    return [tuple(r[:len(r) - next((i for i, w in enumerate(reversed(r))
                                    if w not in _NAME_JOINERS), 0)]) for r in runs]


@functools.cache
def _legal_forms() -> frozenset[str]:
    """A company name's legal forms and kinds ("Inc", "Group"; news.tsv's corporate lists,
    read once: :func:`_name_runs`)."""
    from actorgraph.extract.news import news_words

    return news_words("corporate") | news_words("corporate-soft")


#: A word of a name, its possessive's "'s" aside (:func:`without_own_side`).
_NAME_WORD = re.compile(r"[^\W\d_][\w.&-]*?(?='s\b|'(?!\w)|[^\w.&-]|$)")
#: Lower-case words inside a name ("Bank *of* Japan", "Pump *and* Valve").
_NAME_JOINERS = frozenset({"of", "and", "&", "for", "de"})


def _faith_before_group(first: Span, then: Span) -> bool:
    """Whether two names the NER typed NORP one after the other are one group's name: a
    single word the CAMEO agents dictionary lists as a faith's ("Christian": ~CHR,
    "Sunni": ~MUS), a nationality never ("Swedish Social Democrats" stays two), before a
    plural group ("Christian Democrats", "Christian Socialists", "Sunni Arabs";
    :meth:`ActorResolver._merged_entities`).

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("Christian Democrats won", '''
    ...     1 amod ADJ christian JJ
    ...     2 nsubj PROPN Democrats NNPS
    ...     2 ROOT VERB win VBD''', ents={"Christian": "NORP", "Democrats": "NORP"})
    >>> _faith_before_group(*doc.ents)
    True
    """
    return (first.label_ == then.label_ == "NORP" and first.end == then.start
            and len(first) == 1 and then[-1].tag_ in PLURAL_NOUN_TAGS
            and (sector_of([first.text.lower()]) or "")[:3] in _FAITH_SECTORS)


#: CAMEO agent codes of faiths, a code's first three letters (:func:`_faith_before_group`:
#: CHR, CHRCTH, MUS, JEW, BUD, HIN).
_FAITH_SECTORS = frozenset({"CHR", "MUS", "JEW", "BUD", "HIN"})


def _is_quantity(text: str) -> bool:
    """:func:`extract.hygiene.is_quantity`, imported when first used (hygiene reads
    :mod:`extract.news`, which reads this module) and kept (an import statement run at
    each of some 4,700 calls a build)."""
    quantity = _QUANTITY_TEST[0]
    if quantity is None:
        from actorgraph.extract.hygiene import is_quantity as quantity

        _QUANTITY_TEST[0] = quantity
    return quantity(text)


#: :func:`extract.hygiene.is_quantity` once :func:`_is_quantity` has imported it.
_QUANTITY_TEST: list = [None]


def _corporate_suffix(token: Token) -> bool:
    """Whether a word is a company's legal form or kind ending its name ("Inc", "plc",
    "Group": :func:`extract.hygiene.corporate_suffix`), imported when first used (as
    :func:`_is_quantity`)."""
    from actorgraph.extract.hygiene import corporate_suffix

    return corporate_suffix(token) is not None


def _amount_concept(mention: Mention) -> bool:
    """:func:`extract.hygiene.is_amount_concept`, imported when first used (as
    :func:`_is_quantity`)."""
    from actorgraph.extract.hygiene import is_amount_concept

    return is_amount_concept(mention)


def _name_number(tok: Token) -> bool:
    """Whether ``tok`` is a number that may belong to a name (not a date or an amount)."""
    return (tok.like_num and any(c.isdigit() for c in tok.text)
            and tok.ent_type_ not in _AMOUNT_ENTITY_TYPES)


def _name_word(tok: Token | None) -> bool:
    """A capitalised proper noun that is no date or amount."""
    return (tok is not None and tok.pos_ == "PROPN" and tok.text[:1].isupper()
            and tok.ent_type_ not in _AMOUNT_ENTITY_TYPES)


def _kept_number(tok: Token, head: Token) -> bool:
    """Whether a number in a noun phrase is part of what the phrase names.

    A number next to a capitalised name word is part of the name ("a Falcon 9
    rocket", "the Boeing 707 cargo plane", "Category 5", "the 737 Max"), unless a
    unit follows it ("785 miles"); a number that counts a compound modifier, not the
    head, makes a fixed term with it ("the two hour barrier", "a three point plan"),
    unless that modifier is a unit ("a 12.6 mln dlr loan"). An ordinal before the head
    says which one it is ("took the fourth set", "a third term", "third countries", "its
    16th package of sanctions"), but for the ones that say only when
    (:data:`~extract.lexicon.WEAK_ADJECTIVES`: "its first loss", "the last round").

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["a", "Falcon", "9", "rocket", "the", "two", "hour", "barrier", "20", "rockets"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[3, 3, 3, 3, 7, 6, 7, 7, 9, 9],
    ...           deps=["det", "nmod", "nummod", "ROOT", "det", "nummod", "compound", "ROOT",
    ...                 "nummod", "ROOT"], pos=["DET", "PROPN", "NUM", "NOUN", "DET", "NUM",
    ...                 "NOUN", "NOUN", "NUM", "NOUN"], tags=["DT", "NNP", "CD", "NN", "DT",
    ...                 "CD", "NN", "NN", "CD", "NNS"])
    >>> _kept_number(doc[2], doc[3]), _kept_number(doc[5], doc[7]), _kept_number(doc[8], doc[9])
    (True, True, False)
    """
    if not tok.like_num or tok.ent_type_ in MEASURE_TYPES:
        return False
    if _ordinal_modifier(tok, head):
        return tok.lower_ not in WEAK_ADJECTIVES
    doc = tok.doc
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if after is not None and _is_quantity(after.text):
        return False
    if _name_number(tok):
        before = doc[tok.i - 1] if tok.i > 0 else None
        if _name_word(before):
            return True  # "Falcon 9", "Category 5"
        # before a name only a model number, not a count: "the 737 Max" but not
        # "about 2,300 Artsakh soldiers", "over 200,000 U.S. deaths", "about 316 Pershing-2
        # and cruise missiles" (an approximated number counts)
        if (_name_word(after) and tok.text.isdigit() and after.ent_type_ not in _COUNTED_NAMES
                and not any(c.dep_ in (QUANTMOD, ADVMOD) for c in kids(tok))):
            return True
    counted = tok.head
    return (counted.i != head.i and counted.dep_ == COMPOUND and counted.head.i == head.i
            and counted.tag_ == "NN" and tok.dep_ == NUMMOD and not _is_quantity(counted.text))


def _ordinal_modifier(tok: Token, head: Token) -> bool:
    """Whether ``tok`` is an ordinal ("fourth", "16th": an adjective spelt as a number)
    that modifies ``head`` itself."""
    return tok.tag_ == "JJ" and tok.dep_ == AMOD and tok.head.i == head.i


def per_unit_amounts(extent: Span, head: Token) -> frozenset[int]:
    """Indices of the amounts per unit written as one hyphened word before ``head``:
    "a 38 dlr-a-share tender offer", "a 12-dlr-a-share bid", "a 4.50-dlr-per-share
    offer" (an amount, a unit or both, then "a", "an" or "per" and the unit it is per),
    or in words (:func:`_spaced_per_unit`: "a 25 dlr a share takeover offer").
    They are amounts, no part of what the phrase names; "a one-for-two split" and "a
    once-a-year event" (no amount before "a") are.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["a", "12", "-", "dlr", "-", "a", "-", "share", "bid"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words,
    ...           spaces=[True, False, False, False, False, False, False, True, False])
    >>> sorted(per_unit_amounts(doc[0:9], doc[8]))
    [1, 2, 3, 4, 5, 6, 7]
    >>> words = ["a", "once", "-", "a", "-", "year", "event"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words,
    ...           spaces=[True, False, False, False, False, True, False])
    >>> per_unit_amounts(doc[0:7], doc[6])
    frozenset()
    """
    doc = extent.doc
    found: set[int] = set()
    start = extent.start
    while start < extent.end:
        end = start + 1
        while end < extent.end and not doc[end - 1].whitespace_:
            end += 1  # a word written as one: "dlr-a-share"
        word = doc[start:end]
        match = _PER_UNIT.fullmatch(word.text)
        if (end - start > 1 and not start <= head.i < end and match is not None
                and _is_quantity(match.group(1))):
            found.update(range(start, end))
        start = end
    found.update(_spaced_per_unit(extent, head))
    return frozenset(found)


def _spaced_per_unit(extent: Span, head: Token) -> set[int]:
    """Indices of an amount per unit written in words before ``head``: "a 25 dlr a share
    takeover offer", also when the parser left the amount outside the phrase ("its 44 dlr a
    | share offer": the phrase starts after the "a" that follows the amount). The amount's
    words, "a", "an" or "per" and the unit it is per; "a" after no amount is an article,
    and so is the phrase's own first "a" after an amount outside it ("recovered 2 million
    dollars | a Russian gang had stolen")."""
    doc = extent.doc
    found: set[int] = set()
    # (the phrase may start after its "a": "its 44 dlr a | share offer")
    for i in range(max(extent.start - 1, 1), head.i - 1):
        if (i == extent.start or doc[i].lower_ not in _PER_WORDS or not doc[i + 1].is_alpha
                or not _is_quantity(doc[i - 1].text) or doc[i - 1].like_num):
            continue
        found.update((i, i + 1))
        j = i - 1
        while j >= extent.start and (doc[j].like_num or _is_quantity(doc[j].text)):
            found.add(j)
            j -= 1
    return found


#: The words between an amount and the unit it is per ("25 dlr *a* share").
_PER_WORDS = frozenset({"a", "an", "per"})


#: A hyphened amount per unit: the amount, "a"/"an"/"per" and the unit ("dlr-a-share").
_PER_UNIT = re.compile(r"(.+?)[-\u2013](?:a|an|per)[-\u2013][^\W\d_]+", re.IGNORECASE)


def _time_possessor(head: Token, start: int) -> frozenset[int]:
    """The words of a possessor that says when and would lose a word in a label that
    starts at ``start``: "last year's" of "last year's collapse in oil prices", "this
    year's" of "this year's quota" (a date or time the NER typed, with its "'s"), whose
    weak "last" or article a label drops (:meth:`ActorResolver._phrase_label`): the
    fragment "year's collapse" says neither when nor whose, so the label leaves the
    possessor out whole ("collapse in oil prices"), as the triple's time says when. A
    possessor kept whole stays ("Sunday's raid"). Empty for any other head.
    """
    found: set[int] = set()
    doc = head.doc
    for child in head.lefts:
        if child.dep_ != POSS or child.ent_type_ not in TIME_TYPES:
            continue
        words = range(child.left_edge.i, child.right_edge.i + 1)
        if any(i < start or doc[i].dep_ == DET or doc[i].lower_ in WEAK_ADJECTIVES
               for i in words):
            found.update(words)
    return frozenset(found)



def _missed_name(tok: Token, obj: Token) -> bool:
    """Whether a word of an "of" complement is a name the NER left untyped: a proper noun
    that modifies the complement's head, or is it ("the Wild Boars football team",
    "the Oakdale Rovers").

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["the", "Wild", "Boars", "football", "team"],
    ...           heads=[4, 2, 4, 4, 4], deps=["det", "compound", "compound", "compound",
    ...           "ROOT"], pos=["DET", "PROPN", "PROPN", "NOUN", "NOUN"])
    >>> [_missed_name(t, doc[4]) for t in doc]
    [False, True, True, False, False]
    """
    return (tok.pos_ == "PROPN" and not tok.ent_type_ and tok.is_title
            and (tok.i == obj.i or tok.dep_ in (COMPOUND, NMOD)))


def concept_complement(head: Token, *, named: bool = False) -> tuple[Token, Token] | None:
    """The short "of" / "over" complement of a common noun, as (preposition, object), or None.

    "declared a state of emergency", "began construction of the wall", "claims
    sovereignty over Taiwan", "workers at the Escondida mine" (people, with
    :data:`~extract.lexicon.PEOPLE_PLACE_PREPS`), "a drop in operating profit" (a change,
    :data:`~extract.lexicon.CHANGE_HEADS`), "curbs on exports" (a limit or levy,
    :data:`~extract.lexicon.MEASURE_HEADS`): the complement directly follows the head, its
    object is a noun or a name (not a pronoun, number, date or amount), listed only with
    common nouns (:func:`complement_end`: "a mixture of shares and loan stock"), with
    no determiner but an article, and at most a few words come before its end. Without it the
    argument loses its point ("state", "construction", "sovereignty"). A
    relational head (:data:`~extract.lexicon.RELATIONAL_HEADS`) also takes a
    "from" complement ("responses from the Coast Guard"). With ``named`` (a label's, not an
    act's: :func:`complement_chain`), so does any head a complement after
    :data:`~extract.lexicon.NAMED_COMPLEMENT_PREPS` names someone or something for ("pressure
    *from the United States*", "a subsidy *under the Export Enhancement Program*", "a
    rescue package *for Westland*"), and so does a flow noun's destination
    (:data:`~extract.lexicon.FLOW_NOUNS`, :data:`~extract.lexicon.FLOW_PREPS`: "arms sales
    *to Syria*"); with ``named`` a request or a contract says what it is for ("calls *for
    deeper cuts*", "a contract *for the construction of two submarines*":
    :data:`~extract.lexicon.REQUEST_PREPS`, :data:`~extract.lexicon.COMMISSION_NOUNS`) and a
    part in a deed which deed (:func:`~extract.context.part_preposition`: "responsibility
    *for the bombing*", "involvement *in the attack*"); with ``named``, too, any head keeps a
    :data:`~extract.lexicon.WHICH_PREPS` complement ("information *on NATO naval
    exercises*", "charges *against Ivan Boesky*"; a person's not "on": "gunmen on
    motorbikes"), unless the phrase is likely another word's argument
    (:func:`_argument_elsewhere`), and a site (:data:`~extract.lexicon.SITED_HEADS`, the
    place heads) with no name of its own keeps the "in" / "near" phrase that names its
    place (:func:`_names_place`: "a refugee camp *near the border town of Parachinar*",
    hung on the noun or right after it on its verb; not "a camp in the mountains").
    A count after the preposition ("on 736 occasions") or a verb inside the phrase the
    parser read as a modifier ("the aid package for Ukraine *frustrated* Brussels")
    keeps none.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab,
    ...           words=["declared", "a", "state", "of", "emergency", "of", "it"],
    ...           heads=[0, 2, 0, 2, 3, 2, 5], deps=["ROOT", "det", "dobj", "prep", "pobj",
    ...           "prep", "pobj"], pos=["VERB", "DET", "NOUN", "ADP", "NOUN", "ADP", "PRON"])
    >>> prep, obj = concept_complement(doc[2])
    >>> prep.text, obj.text
    ('of', 'emergency')
    >>> concept_complement(doc[4]) is None
    True
    """
    if head.pos_ != "NOUN" or head.lemma_.lower() in QUANTITY_HEADS:
        return None
    doc = head.doc
    if head.i + 1 >= len(doc):
        return None
    # "an order worth 1.1 bln crowns from X", "a tender offer of 31 dlrs a share for X"
    priced = named and (_after_price(head) or _after_amount(head))
    prep = priced or doc[head.i + 1]
    lemma = head.lemma_.lower()
    if prep.lower_ == "over" and kind_of_body(head):
        # "disqualified by the electoral authority over irregularities": why the body acted,
        # not which body it is (as "sovereignty over Taiwan" says which sovereignty)
        return None
    preps = RELATIONAL_PREPS if lemma in RELATIONAL_HEADS else COMPLEMENT_PREPS
    if head.tag_ == "NNS" and (person_lemma(lemma) or (
            head.dep_ == CONJ and person_lemma(head.head.lemma_.lower()))):
        # "workers at BHP's Escondida mine", "nurses and porters at Guy's Hospital" (people
        # listed with people)
        preps = preps | PEOPLE_PLACE_PREPS
    if lemma in CHANGE_HEADS:
        preps = preps | CHANGE_PREPS  # "a 14% drop in operating profit"
    if lemma in MEASURE_HEADS:
        preps = preps | MEASURE_PREPS  # "new restrictions on flights to Cuba"
    asked = named and (lemma in REQUEST_NOUNS or (
        lemma in COMMISSION_NOUNS and not _argument_elsewhere(head)))
    if asked:
        # "rejected calls for deeper cuts": which calls; "awarded a contract for the
        # construction of submarines": which contract
        preps = preps | REQUEST_PREPS
    part = part_preposition(lemma) if named else None
    if part is not None:
        # "claimed responsibility *for the bombing*", "denied any involvement *in the
        # attack*": the deed a part is in says which part, as a request's "for" says which
        # request (bare, "responsibility", "involvement" say of nothing)
        preps = preps | {part}
    partner = named and prep.lower_ in PARTNER_PREPS and _unnamed_partner(head, prep)
    if partner:
        # "would not reopen talks *with the union*": the tie's unnamed partner says which
        # (a named one is the triple's object: :func:`~extract.rules.base.object_targets`)
        preps = preps | PARTNER_PREPS
    if named and not _argument_elsewhere(head):
        # "classified information on NATO naval exercises", "talks on a possible
        # acquisition of Orion Shipping Co", "the coalition against Islamic State"; people
        # "on" something are only where they are ("gunmen on motorbikes")
        preps = preps | (_PERSON_WHICH_PREPS if person_lemma(lemma) else WHICH_PREPS)
    # "a refugee camp near the border town of Parachinar": a site's named place, when no
    # name of its own says which ("Hezbollah positions in southern Lebanon")
    # so does the subject of an unnamed body or group of people ("a state court jury *in
    # Harris County*", "police *in Lagos*": :func:`_placed_people`)
    sited = (named and not priced and prep.lower_ in PLACE_PREPS and prep.lower_ not in preps
             and (lemma in _SITED_HEADS or head.lower_ in _SITED_HEADS or _placed_people(head))
             and not _own_name(head))
    if sited:
        preps = preps | PLACE_PREPS
    # "a tender offer from Harmon Brands": only with a name (:data:`NAMED_COMPLEMENT_PREPS`),
    # and not where a thing moved is moved from ("evacuated residents from Idlib", "the
    # release of its diplomats from Islamic State")
    name_only = (named and prep.lower_ in NAMED_COMPLEMENT_PREPS - preps
                 and not (prep.lower_ in VERB_NAMED_PREPS and _argument_elsewhere(head)))
    if name_only and _moved(head):
        return None
    if named and lemma in FLOW_NOUNS and prep.lower_ in FLOW_PREPS:
        # "a ban on arms sales *to Syria*": where the goods go says which sales, when it
        # names someone (as a named complement does; the parser's "to" on the verb after a
        # noun inside a phrase is the noun's: hygiene._destination_of_flow)
        name_only, preps = True, preps | FLOW_PREPS
    if name_only:
        preps = preps | NAMED_COMPLEMENT_PREPS
    # "arrested the governor and members of his staff": the parser hangs the phrase after
    # the last conjunct on the first, but it goes with the one it follows
    owner = head.head.i if head.dep_ == CONJ and head.head.i < head.i else head.i
    # "engineers and clerical workers at BT"; a subject's named place likewise ("judges
    # and prosecutors in Lahore": :func:`_placed_people`)
    placed = named and not priced and _placed_people(head) and not _own_name(head)
    shared = _shared_people_place(head, preps, PLACE_PREPS if placed else frozenset())
    if shared is not None:
        prep = shared
        if shared.lower_ in PLACE_PREPS and shared.lower_ not in preps:
            sited, preps = True, preps | PLACE_PREPS  # (its place named: below)
    # "imposed a duty *on imports of U.S. corn*": what a measure bears on, on the verb
    measured = named and lemma in MEASURE_HEADS and prep.lower_ in MEASURE_PREPS
    hung = prep.head.i in (head.i, owner) or bool(priced) or shared is not None or (
        sited and _site_place(head) is not None) or (  # "bombing a camp near X": on the verb
        (name_only or partner or measured) and _verb_hung_prep(head, prep))  # "made an offer
    # for Dart"
    if prep.dep_ != PREP or not hung or prep.lower_ not in preps:
        return None
    if (prep.lower_ == _REASON_PREP and head.dep_ == DOBJ
            and head.head.lemma_.lower() in JUDGING_VERBS):
        return None  # "fines two car parts makers over a lighting cartel": why, not who
    objects = [c for c in kids(prep) if c.dep_ == POBJ]
    if len(objects) != 1:
        return None
    obj = objects[0]
    counted = _counted_object(obj) if named else None
    if counted is not None:
        # "suspended interest payments on 67 billion dlrs of medium-term debt": the amount
        # says how much, its "of" phrase which payments (label "interest payments on
        # medium-term debt"; bare, "interest payments" say not on what)
        obj = counted
    last = complement_end(obj)
    if last is None:
        return None  # "reserves of gold and Saudi Arabia": names or phrases in a list
    # (the words of a counted thing from its own phrase: the amount is left out)
    start = obj.head.i if counted is not None else prep.i
    words = sum(not t.is_punct for t in doc[start + 1:last.i + 1])  # "third-quarter": two
    if obj.ent_type_ == "PERSON" and words <= 2 * _NAMED_COMPLEMENT_WORDS:
        # the title before a person's name says who it is: "the resignation of armed
        # forces commander General Manuel Antonio Noriega" counts the name
        words = sum(t.ent_type_ == "PERSON" for t in doc[prep.i + 1:obj.i + 1])
    # "executives of collapsed lender Kelvin Finance Ltd", "workers at BHP Group's
    # Escondida mine": a name in it says which ones, with a few more words; so does a
    # name the NER missed, a proper noun before the object's head ("boys of the Wild
    # Boars football team")
    has_name = any(t.ent_type_ in NAMED_TYPES or _missed_name(t, obj)
                   for t in doc[prep.i + 1:obj.i + 1])
    # "a tender offer of 31 dlrs a share for all outstanding shares of Delco Pump": the
    # object's own complement names what it is for (the label keeps both:
    # :func:`complement_chain`)
    # (only after the noun's amount or price: "exchange its own stock for the remainder of
    # X's shares" is what the stock is exchanged for, not which stock)
    named_through = bool(priced) and name_only and not has_name and _named_complement(obj)
    if (name_only and not has_name and not named_through and not _people_source(obj)
            and _which_not_by_agent(obj) is None):
        # "pressure from abroad": no name says whose (but "a loan from banks linked to the
        # Medellin cartel": a name says which ones, :func:`which_modifier`)
        return None
    if sited and not _names_place(obj, prep.i + 1):
        return None  # "a camp in the mountains", "a plant in the area": no name says where
    most = _NAMED_COMPLEMENT_WORDS if has_name else _COMPLEMENT_WORDS
    if prep.lower_ in WHICH_PREPS and any(c.dep_ == NUMMOD for c in obj.lefts):
        return None  # "flew the aircraft on 736 occasions": how often, not which
    if any(_swallowed_verb(t) for t in doc[prep.i + 2:obj.i]):
        return None  # "the EU aid package for Ukraine frustrated Brussels": a verb inside
    # a group noun is an amount ("a team of experts"), unless a name says which group it
    # is ("boys of the Wild Boars football team", "players of the Chelsea team")
    named_group = any(c.dep_ == COMPOUND and (c.ent_type_ in NAMED_TYPES or _missed_name(c, obj))
                      for c in obj.lefts)
    if (asked and prep.lower_ in REQUEST_PREPS
            and _time_not_asked(obj)):
        return None  # "rejected the request for the second time": how often, not what
    if (obj.pos_ not in ("NOUN", "PROPN") or obj.like_num or words > most
            or (obj.lemma_.lower() in QUANTITY_HEADS and not named_group)
            or _is_quantity(obj.text)
            or (obj.ent_type_ and obj.ent_type_ not in NAMED_TYPES)
            or (not (name_only and (has_name or named_through))  # "for all Westlake shares"
                and any(c.dep_ == DET and c.lower_ not in ARTICLES for c in kids(obj)))):
        return None  # "reserves of any country", "requests of this nature"
    return prep, obj


def _counted_object(obj: Token) -> Token | None:
    """The thing an amount in a unit counts, in the "of" phrase right after it, or None:
    "debt" of "on 67 billion dlrs *of* medium-term debt", "maize" of "of 2.3 mln tonnes *of*
    maize" (:func:`concept_complement`). Only an amount of money or a quantity (by its
    name type, :data:`_COUNTED_TYPES`, or as written), not a percentage ("a stake of 5 pct
    of X" is a share, not a thing counted: :data:`~extract.lexicon.PERCENT_UNITS`), and
    a common noun after it (not a pronoun, an amount or a list: :func:`complement_end`)."""
    amount = obj.ent_type_ in _COUNTED_TYPES or (
        obj.ent_type_ != "PERCENT" and obj.lower_ not in PERCENT_UNITS and _amount(obj))
    if not amount or obj.i + 1 >= len(obj.doc):
        return None
    prep = obj.doc[obj.i + 1]
    if prep.dep_ != PREP or prep.head.i != obj.i or prep.lower_ != "of":
        return None
    objects = [c for c in kids(prep) if c.dep_ == POBJ]
    if len(objects) != 1:
        return None
    thing = objects[0]
    if (thing.pos_ != "NOUN" or thing.ent_type_ or thing.like_num or _amount(thing)
            or thing.lemma_.lower() in QUANTITY_HEADS):
        return None
    return thing


#: Entity types of an amount whose "of" phrase says what it counts (:func:`_counted_object`).
_COUNTED_TYPES = frozenset({"MONEY", "QUANTITY"})


def _named_complement(obj: Token) -> bool:
    """Whether a complement's object has a complement of its own that holds a name ("for
    all outstanding shares *of Delco Pump and Valve Co*"; :func:`concept_complement`)."""
    found = concept_complement(obj)
    if found is None:
        return False
    prep, inner = found
    last = complement_end(inner) or inner
    return any(t.ent_type_ in NAMED_TYPES for t in obj.doc[prep.i + 1:last.i + 1])


def _time_not_asked(obj: Token) -> bool:
    """Whether the object of a request noun's "for" says how often or how long, not what
    is asked for (:func:`concept_complement`): "rejected the request *for the second
    time*", "an appeal *for a week*", "calls *for a while*"; not "a request for more
    time", which asks for it."""
    lemma = obj.lemma_.lower()
    return (lemma in TIME_UNITS or lemma in DURATION_NOUNS
            or (lemma in FREQUENCY_NOUNS and any(c.dep_ == DET for c in obj.lefts)))


#: Heads of a site, building or ground whose named place says which one it is
#: (:func:`concept_complement`).
_SITED_HEADS = SITED_HEADS | PLACE_HEADS | BARE_PLACE_TARGETS | HELD_POSITIONS

#: What a person's :data:`WHICH_PREPS` complement may be: people "on" something are only
#: where they are ("gunmen on motorbikes"; :func:`concept_complement`).
_PERSON_WHICH_PREPS = WHICH_PREPS - SURFACE_PLACE_PREPS


def _swallowed_verb(tok: Token) -> bool:
    """Whether a word inside a complement is a verb the parser read as a modifier: a past
    form, or an adjective in -ed, right after a noun or a name ("for Ukraine *frustrated*
    Brussels"), as a verb after its subject."""
    return (tok.dep_ == AMOD and tok.doc[tok.i - 1].pos_ in ("NOUN", "PROPN")
            and (tok.tag_ in ("VBD", "VBN") or (tok.pos_ == "ADJ" and tok.lower_.endswith("ed"))))


def _argument_elsewhere(head: Token) -> bool:
    """Whether a phrase after a noun is likely an argument of something else, which the
    parser hung on the noun: the noun is an agent after "by" ("a cyberattack by Chinese
    hackers *on the Treasury*": the attack's target) or a partner after "with" ("offered
    to resume talks with the opposition *on constitutional reform*": the talks' topic),
    or it is, through "of" phrases, the
    object of a verb that lays something on someone (:data:`ATTRIBUTING_VERBS`:
    "blamed the bombing of the mall *on Al-Shabaab*", "blamed the slump in exports *on the
    trade war*")."""
    if head.dep_ == POBJ and head.head.lower_ in PARTY_PREPS:
        return True
    noun = head
    for _ in range(_COMPLEMENT_DEPTH + 1):
        if noun.dep_ == POBJ and noun.head.dep_ == PREP and noun.head.head.pos_ == "NOUN":
            noun = noun.head.head
            continue
        break
    return noun.dep_ == DOBJ and noun.head.lemma_.lower() in ATTRIBUTING_VERBS



def _placed_people(head: Token) -> bool:
    """Whether a noun is an unnamed subject of people or a body of people
    (:func:`~extract.vague.people_lemma`: "a state court jury in Harris County ordered X",
    "police in Lagos arrested Y", "troops near Kupiansk shelled Z"), the subject of its verb
    or coordinated with one: the place phrase right after it is all that says which ones,
    and stays in its label (:func:`concept_complement`). An object's place phrase is left
    to the verb's place ("arrested protesters in Lagos": where the arrest was)."""
    first = head
    while first.dep_ == CONJ and first.head.pos_ == "NOUN":
        first = first.head  # "judges and prosecutors in Lahore"
    return first.dep_ in (NSUBJ, NSUBJPASS) and people_lemma(head.lemma_.lower())


def _own_name(head: Token) -> bool:
    """Whether a noun has a name of its own before it, a modifier or possessor that is a
    name ("Hezbollah positions", "Dorset's bakeries"), which says which one it is without
    the place after it. A nationality word only says whose it is, not which one ("a
    Palestinian camp near Sidon", "a Ukrainian power plant near Kyiv" keep the place)."""
    return any(c.dep_ in (COMPOUND, AMOD, NMOD, POSS) and not _nationality_word(c)
               and (c.ent_type_ or c.pos_ == "PROPN") for c in head.lefts)


def _nationality_word(tok: Token) -> bool:
    """Whether a modifier is a nationality word: a NORP entity or an adjective the NER
    typed as a place ("Palestinian", "Ukrainian"), which says whose, not which one
    (:func:`_own_name`)."""
    return tok.ent_type_ == "NORP" or (tok.pos_ == "ADJ" and tok.ent_type_ in PLACE_TYPES)


def _site_place(head: Token) -> Token | None:
    """The place preposition right after a site noun that the parser hung on the noun's
    verb, else None: "bombing a refugee camp *near* the border town of Parachinar" (the
    phrase follows the object at once, so it says where the camp is, as it would hung
    on the noun; see :func:`concept_complement`)."""
    prep = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    if (prep is not None and prep.dep_ == PREP and prep.lower_ in PLACE_PREPS
            and head.dep_ == DOBJ and prep.head.i == head.head.i):
        return prep
    return None


def _name_after_hyphened(head: Token) -> tuple[str, str] | None:
    """The name of a group the NER missed after a hyphened modifier, as (label, "ORG"), or
    None: "the Communist-led Workers Commissions", "the Iranian-backed Popular
    Mobilisation Forces", "the Lagos-based Campaign for Democracy": the proper nouns after
    a word of :data:`~extract.lexicon.HYPHEN_SUFFIXES` ("led", "backed", "based") are
    the group's own name, which the modifier put the NER off (the modifier only says who
    leads it or where it is; "Communist" is no side).

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("the Communist - led Workers Commissions", '''
    ...     5 det DET the DT
    ...     3 npadvmod PROPN Communist NNP
    ...     3 punct PUNCT - HYPH
    ...     5 amod VERB lead VBN
    ...     5 compound PROPN Workers NNP
    ...     5 ROOT PROPN Commissions NNPS''', spaces=[True, False, False, True, True, False])
    >>> _name_after_hyphened(doc[5])
    ('Workers Commissions', 'ORG')
    """
    if head.ent_type_ or _group_word_only(head):
        return None
    doc = head.doc
    word = next((c for c in head.lefts if c.dep_ == AMOD and c.lower_ in HYPHEN_SUFFIXES
                 and c.i > 0 and doc[c.i - 1].text in _DASHES
                 and not doc[c.i - 1].whitespace_), None)
    if word is None:
        return None
    name = doc[word.i + 1:head.i + 1]
    if not all(t.pos_ == "PROPN" and t.is_title for t in name):
        return None
    return name.text, "ORG"


def _group_word_only(head: Token) -> bool:
    """Whether a capitalised head is only a word of :data:`~extract.lexicon.LED_GROUPS`
    with no name before it ("the Saudi-led *Coalition*", "the US-led *Alliance*"): a
    group a leader stands for, no name of its own (as "Workers Commissions" is)."""
    return head.lower_ in LED_GROUPS and not any(c.dep_ == COMPOUND for c in head.lefts)


def name_modified(head: Token) -> Token | None:
    """The noun a name modifies through a hyphened word, when the parser made the name the
    head of the phrase, else None: "sanctions Hong Kong-based shipping firms Bright Ocean
    Logistics and Kaiwei Maritime", parsed with "Kong" the object and "firms" set in
    apposition to it. The name only says where the firms are (a word of
    :data:`~extract.lexicon.HYPHEN_SUFFIXES` after its hyphen), so the argument is the
    noun the hyphened word modifies, and the names it lists.

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("sanctions Hong Kong - based firms", '''
    ...     0 ROOT VERB sanction VBZ
    ...     2 compound PROPN Hong NNP
    ...     0 dobj PROPN Kong NNP
    ...     4 punct PUNCT - HYPH
    ...     5 amod VERB base VBN
    ...     2 appos NOUN firm NNS''', ents={"Hong Kong": "GPE"},
    ...     spaces=[True, True, False, False, True, False])
    >>> name_modified(doc[2]).text, name_modified(doc[5])
    ('firms', None)
    """
    doc = head.doc
    if head.whitespace_ or head.i + 2 >= len(doc) or not head.ent_type_:
        return None
    dash, word = doc[head.i + 1], doc[head.i + 2]
    if (dash.text not in _DASHES or dash.whitespace_ or word.lower_ not in HYPHEN_SUFFIXES
            or word.dep_ != AMOD):
        return None
    noun = word.head
    return noun if noun.head.i == head.i and noun.i > word.i and noun.pos_ == "NOUN" else None


#: The marks that join a name to the word after it in a compound modifier ("Hong
#: Kong-based", "Hong Kong–based").
_DASHES = frozenset({"-", "\u2013", "\u2014"})
#: Quotation marks: a quoted sentence tells no act an event noun sums up (_summed_act).
_QUOTES = frozenset({'"', "\u201c", "\u201d", "''", "``"})
#: How many sentences back the act a bare summing noun points to may be (_summed_act).
_SUMMED_WINDOW = 3
#: The event classes of the acts on a person a bare noun points back to by the one acted on
#: (ActorResolver._acted_on: "the arrest", "the sentence", "the release", "the killing").
_ACTED_ON_CLASSES = frozenset({"COERCE", "RETREAT", "ASSAULT"})
#: The types of the named one acted on (no country, people or place: "sanctioned Iran").
_ACTED_ON_TYPES = frozenset({"PERSON", "ORG"})
#: The verbs of each summing noun's act, from the "noun:verb" entries of SUMMED_ACTS.
_SUMMED_KINDS = {noun: frozenset(e.split(":", 1)[1] for e in SUMMED_ACTS
                                 if e.split(":", 1)[0] == noun)
                 for noun in sorted({e.split(":", 1)[0] for e in SUMMED_ACTS})}


def _names_place(obj: Token, start: int) -> bool:
    """Whether a place complement's object, from ``start``, names a place: a place name in
    it ("in *northern Nueva Segovia province*", "in *Georgia*"), or a place head whose own
    "of" phrase is one ("near *the border town of Parachinar*").

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("a camp near the town of Parachinar", '''
    ...     1 det DET a DT
    ...     1 ROOT NOUN camp NN
    ...     1 prep ADP near IN
    ...     4 det DET the DT
    ...     2 pobj NOUN town NN
    ...     4 prep ADP of IN
    ...     5 pobj PROPN Parachinar NNP''', ents={"Parachinar": "GPE"})
    >>> _names_place(doc[4], 3), _names_place(doc[1], 0)
    (True, False)
    """
    doc = obj.doc
    if any(t.ent_type_ in PLACE_TYPES for t in doc[start:obj.i + 1]):
        return True
    if obj.lemma_.lower() not in PLACE_HEADS:
        return False
    return any(c.dep_ == PREP and c.lower_ == "of" and any(
        o.dep_ == POBJ and o.ent_type_ in PLACE_TYPES for o in kids(c)) for c in obj.rights)


def _shared_people_place(head: Token, preps: frozenset[str],
                         places: frozenset[str] = frozenset()) -> Token | None:
    """The "at" phrase after the last of coordinated people nouns, for the first, or None.

    "About 125,000 engineers and clerical workers at British Telecommunications Plc",
    "nurses and porters at Guy's Hospital": the place after the list says where all of
    them work (:data:`~extract.lexicon.PEOPLE_PLACE_PREPS`), the engineers as the clerical
    workers; without it "engineers" says nobody in particular. Only a plural people noun
    first in its list, with nothing but the list between it and the phrase. ``places``
    are more prepositions allowed ("judges and prosecutors *in Lahore*", a subject's place:
    :func:`_placed_people`).
    """
    doc = head.doc
    allowed = (PEOPLE_PLACE_PREPS if preps & PEOPLE_PLACE_PREPS else frozenset()) | places
    later = [c for c in kids(head) if c.dep_ == CONJ and c.i > head.i]
    if not later or doc[head.i + 1].dep_ == PREP or not allowed:
        return None
    last = max(later, key=lambda c: c.i)
    if last.i + 1 >= len(doc) or last.tag_ != _PLURAL_NOUN:
        return None
    prep = doc[last.i + 1]
    if prep.dep_ != PREP or prep.lower_ not in allowed or prep.head.i not in (head.i, last.i):
        return None
    return prep


def _people_source(obj: Token) -> bool:
    """Whether a complement's object names, without a name, the people or bodies a
    concept comes from: a plural noun of people or of groups ("rejected demands *from
    opposition parties*", "resisted pressure *from Western governments*", "calls *from
    rebel leaders*"), which say whose as a name does (:func:`concept_complement`)."""
    lemma = obj.lemma_.lower()
    return obj.tag_ == _PLURAL_NOUN and (people_lemma(lemma) or lemma in GROUP_HEADS)


def _after_price(head: Token) -> Token | None:
    """The preposition right after a price set between a noun and its complement, or None.

    "won an order worth 1.1 billion crowns from Indian Railways", "a contract valued at 2
    bln dlrs from the U.S. Air Force": a price word (:data:`~extract.lexicon.VALUE_WORDS`)
    follows the noun, and only an amount ("at" an amount) comes between it and a
    :data:`~extract.lexicon.NAMED_COMPLEMENT_PREPS` preposition the parser hangs inside
    the price; that preposition's phrase says which one the noun is, as it would right
    after it (:func:`concept_complement`).
    """
    value = head.doc[head.i + 1]
    if value.head.i != head.i or value.lower_ not in VALUE_WORDS:
        return None
    prep = next((t for t in value.subtree if t.i > value.i and t.dep_ == PREP
                 and t.lower_ not in _PRICE_PREPS), None)
    if prep is None or prep.lower_ not in NAMED_COMPLEMENT_PREPS:
        return None
    words = [t for t in head.doc[value.i + 1:prep.i] if t.lower_ not in _PRICE_PREPS]
    return prep if words and _is_quantity(" ".join(t.text for t in words)) else None


def _after_amount(head: Token) -> Token | None:
    """The preposition right after a noun's :func:`amount_complement`, or None.

    "began a cash tender offer *of 31 dlrs a share* for all shares of Delco Pump", "made an
    offer of 41.75 dlrs a share for Dart": the amount is the relation's quantity, and the
    :data:`~extract.lexicon.NAMED_COMPLEMENT_PREPS` phrase after it says which one the noun
    is, as it would right after it (:func:`concept_complement`), hung on the noun or, after
    a light verb's object, on the verb (:func:`_verb_hung_prep`). An agent's "by" is none:
    a label that names the act's agent reads as if the agent were its object.

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("began an offer of 31 dlrs for Delco", '''
    ...     0 ROOT VERB begin VBD
    ...     2 det DET an DT
    ...     0 dobj NOUN offer NN
    ...     2 prep ADP of IN
    ...     5 nummod NUM 31 CD
    ...     3 pobj NOUN dlrs NNS
    ...     2 prep ADP for IN
    ...     6 pobj PROPN Delco NNP''', ents={"Delco": "ORG"})
    >>> _after_amount(doc[2]).i, _after_amount(doc[5])
    (6, None)
    """
    size = amount_complement(head)
    if size is None:
        return None
    end = amount_end(size)
    if end >= len(head.doc):
        return None
    prep = head.doc[end]
    # ("a countervailing duty of 84.9 cents a bushel *on imports of U.S. corn*": what a
    # measure bears on, :data:`~extract.lexicon.MEASURE_HEADS`)
    measured = head.lemma_.lower() in MEASURE_HEADS and prep.lower_ in MEASURE_PREPS
    if (prep.lower_ not in NAMED_COMPLEMENT_PREPS and not measured) or not (
            prep.head.i == head.i or _verb_hung_prep(head, prep)):
        return None
    return prep


def _verb_hung_prep(head: Token, prep: Token) -> bool:
    """Whether a preposition the parser hung on a verb, right after the verb's object (or
    the object's amount), is the object's: after a light verb (:data:`LIGHT_VERBS`: "made
    an offer *for Dart*", "launched a bid *for Mercer*"; the verb says little but that the
    act is done, so what the act is for is the noun's; so is a tie's partner, "refused to
    make deals *with kidnappers*"), and where a flow noun's goods go after any verb
    (:data:`~extract.lexicon.FLOW_NOUNS`: "banned arms sales *to Iran*"). Not an agent's
    "by" ("denied charges *by Moscow*": a label naming the act's agent reads as if it were
    the object).

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("denied charges by Moscow", '''
    ...     0 ROOT VERB deny VBD
    ...     0 dobj NOUN charge NNS
    ...     0 prep ADP by IN
    ...     2 pobj PROPN Moscow NNP''', ents={"Moscow": "GPE"})
    >>> _verb_hung_prep(doc[1], doc[2])
    False
    >>> doc = parse("made an offer for Dart", '''
    ...     0 ROOT VERB make VBD
    ...     2 det DET an DT
    ...     0 dobj NOUN offer NN
    ...     0 prep ADP for IN
    ...     3 pobj PROPN Dart NNP''', ents={"Dart": "ORG"})
    >>> _verb_hung_prep(doc[2], doc[3])
    True
    """
    verb = head.head
    if head.dep_ != DOBJ or prep.head.i != verb.i:
        return False
    size = amount_complement(head)
    end = amount_end(size) if size is not None else head.i + 1
    if prep.i != end:
        return False
    if head.lemma_.lower() in FLOW_NOUNS and prep.lower_ in FLOW_PREPS:
        return True  # "banned arms sales *to Iran*": where the goods go, whatever the verb
    if head.lemma_.lower() in MEASURE_HEADS and prep.lower_ in MEASURE_PREPS:
        return True  # "imposed a duty *on imports*", "lifted a ban *on exports*": what the
        # measure bears on, whatever the verb (a date is no complement: concept_complement)
    # "for", and a tie's partner ("refused to make deals *with kidnappers*": the deals'
    # partner, :func:`_unnamed_partner`), only: "launched a rocket *from Cape Canaveral*"
    # is where it was launched from
    return verb.lemma_.lower() in LIGHT_VERBS and (
        prep.lower_ in VERB_NAMED_PREPS or prep.lower_ in PARTNER_PREPS)


#: Prepositions inside a price ("valued *at* 2 bln dlrs"; :func:`_after_price`).
_PRICE_PREPS = frozenset({"at"})


def _moved(noun: Token) -> bool:
    """Whether a noun is what a verb or noun of moving acts on (:data:`MOVING_VERBS`): the
    object of "evacuated residents", "banned flights", or of the "of" phrase of "the
    release of its diplomats"."""
    governor = noun.head
    if noun.dep_ == POBJ and governor.lower_ == "of":
        governor = governor.head
    elif noun.dep_ not in (DOBJ, NSUBJPASS):
        return False
    return governor is not noun and governor.lemma_.lower() in MOVING_VERBS


def _unnamed_partner(head: Token, prep: Token) -> bool:
    """Whether ``prep`` on a tie or deal between partners (:data:`RECIPROCAL_NOUNS`,
    :data:`CONCLUDED_TIES`) introduces an unnamed partner that is people or a body of
    them: "talks *with the union*", "a settlement *with striking pilots*"; not a thing or
    a manner ("an accord *with enthusiasm*"), nor a name (a named partner is the triple's
    object, the noun in its relation)."""
    if head.lemma_.lower() not in RECIPROCAL_NOUNS | CONCLUDED_TIES:
        return False
    partners = [c for c in kids(prep) if c.dep_ == POBJ]
    return len(partners) == 1 and not any(
        t.ent_type_ for t in partners[0].subtree) and person_lemma(partners[0].lemma_.lower())


def complement_end(obj: Token) -> Token | None:
    """The last word of a complement's object: the object itself, the last of the
    common nouns it is listed with ("a mixture of shares and loan stock": stock), or the
    last word of a name with a conjunction in it the parser read as a list ("shares of
    Wells and Baxter Furniture Co": Co); None
    when the list holds a name, a pronoun or a phrase of its own (a determiner other
    than an article, a preposition, a clause), which make its members things of their
    own ("the death of Smith and Jones").

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("a mixture of shares and loan stock", '''
    ...     1 det DET a DT
    ...     1 ROOT NOUN mixture NN
    ...     1 prep ADP of IN
    ...     2 pobj NOUN share NNS
    ...     3 cc CCONJ and CC
    ...     6 compound NOUN loan NN
    ...     3 conj NOUN stock NN''')
    >>> complement_end(doc[3]).text
    'stock'
    """
    conjuncts = [c for c in kids(obj) if c.dep_ == CONJ]
    name_end = _inside_name(obj, [*conjuncts, *(c for c in kids(obj) if c.dep_ == CC)])
    if name_end is not None:
        return name_end  # "shares of Wells and Baxter Furniture Co": one name, no list
    if not conjuncts:
        return None if any(c.dep_ == CC for c in kids(obj)) else obj
    members = [obj, *obj.conjuncts]
    if any(m.pos_ != "NOUN" or m.ent_type_ or m.i < obj.i for m in members) or any(
            c.dep_ not in _LISTED_NOUN_DEPS or (c.dep_ == DET and c.lower_ not in ARTICLES)
            or c.ent_type_ or c.pos_ == "PROPN"
            for m in members for c in kids(m) if c.dep_ != CONJ):
        return None
    return max(members, key=lambda m: m.i)


def _inside_name(obj: Token, parts: list[Token]) -> Token | None:
    """The last word of the one name ``obj`` begins when the conjuncts and conjunction the
    parser hangs on it lie inside that name ("Wells and Baxter Furniture Co", "Procter and
    Gamble": a name with a conjunction in it, no list of names; also when the name begins
    before ``obj``, its head: "Firestone *Tire* and Rubber Co"), else None."""
    if not parts or obj.ent_iob_ not in ("B", "I"):
        return None
    doc = obj.doc
    end = max(p.right_edge.i for p in parts)
    if not all(t.ent_iob_ == "I" for t in doc[obj.i + 1:end + 1]):
        return None
    while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
        end += 1
    return doc[end]


#: Dependencies of the words of a list of common nouns in a complement
#: (:func:`complement_end`).
_LISTED_NOUN_DEPS = frozenset({COMPOUND, AMOD, DET, CC, PUNCT})


def complement_chain(head: Token) -> list[tuple[Token, Token]]:
    """The :func:`concept_complement` of a common noun and that of its object, as
    (preposition, object) pairs, at most :data:`_COMPLEMENT_DEPTH`: "no sign of a
    resurgence of inflation" (of resurgence, of inflation), "limits on annual growth of
    its textile exports" (on growth, of exports); [] without one. The complement of
    the first object says which one it is as the first says which one the head is
    ("sign of resurgence" is no sign of what). A last place complement that names its
    place only in an "of" phrase the chain has no room for is left out ("the attack on
    the base in the municipality of El Plateado" -> on base, not "in municipality").

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("saw a sign of a resurgence of inflation", '''
    ...     0 ROOT VERB see VBD
    ...     2 det DET a DT
    ...     0 dobj NOUN sign NN
    ...     2 prep ADP of IN
    ...     5 det DET a DT
    ...     3 pobj NOUN resurgence NN
    ...     5 prep ADP of IN
    ...     6 pobj NOUN inflation NN''')
    >>> [(p.text, o.text) for p, o in complement_chain(doc[2])]
    [('of', 'resurgence'), ('of', 'inflation')]
    """
    return list(_complement_chain(head))


@per_token  # (asked about a concept's head by its label and by its resolution)
def _complement_chain(head: Token) -> tuple[tuple[Token, Token], ...]:
    """:func:`complement_chain`, as a tuple."""
    chain: list[tuple[Token, Token]] = []
    noun = head
    while len(chain) < _COMPLEMENT_DEPTH:
        found = concept_complement(noun, named=True)
        if found is None:
            break
        chain.append(found)
        noun = found[1]
        if complement_end(noun) is not noun:
            break  # "a mixture of shares and loan stock": no complement of "shares" alone
    if chain and _place_named_after(*chain[-1]):
        # "the attack on the base in the municipality of El Plateado": the place's name
        # is a link too many, and a bare "base in municipality" says not where
        chain.pop()
    return tuple(chain)


def _place_named_after(prep: Token, obj: Token) -> bool:
    """Whether a place complement names its place only in its object's own "of" phrase
    ("in the municipality *of El Plateado*", "near the border town *of Parachinar*"), not
    in its own words ("in *Quetta*", "in *northern Nueva Segovia* province")."""
    return (prep.lower_ in PLACE_PREPS and obj.lemma_.lower() in PLACE_HEADS
            and not any(t.ent_type_ in PLACE_TYPES for t in obj.doc[prep.i + 1:obj.i + 1]))


#: How many complements in a row a concept's label keeps (:func:`complement_chain`).
_COMPLEMENT_DEPTH = 2


def _bounded_link(noun: Token, prep: Token) -> bool:
    """Whether a complement is one of the qualifiers a label keeps only while its side
    stays short (:func:`_short_side`; session 47): a flow's destination ("arms sales *to
    Syria*"), the deed a part is in ("responsibility *for the bombing*"), what a contract is
    for ("a contract *for the construction of two submarines*") and a deal's partner hung
    on its light verb ("make deals *with kidnappers*"); the complements after it in the
    chain too (:meth:`ActorResolver._concept_label`)."""
    lemma, word = noun.lemma_.lower(), prep.lower_
    return ((lemma in FLOW_NOUNS and word in FLOW_PREPS) or part_preposition(lemma) == word
            or (lemma in COMMISSION_NOUNS and word in REQUEST_PREPS)
            or (word in PARTNER_PREPS and prep.head.i != noun.i))


def _short_side(label: str) -> bool:
    """Whether a label is short enough for a side: at most :data:`_MODIFIED_WORDS` words,
    the most a side with its :func:`which_modifier` may have."""
    return len(label.split()) <= _MODIFIED_WORDS


def said_infinitive(head: Token) -> Token | None:
    """The verb that says which right, power or proposal a noun is
    (:data:`~extract.lexicon.INFINITIVE_HEADS`), or None: its "to" infinitive ("the right
    *to repair*", "a proposal *to dismantle* the system", also when the parser hung it on
    the noun's verb: "ignored an appeal *to free* the journalists") or the verb of a subject
    relative clause that says what it would do ("a plan that *would cut* farm
    subsidies", "a proposal which *would have cut* its share": a future or modal
    auxiliary, :data:`~extract.lexicon.UNREAL_AUX`, and an object it would act on), or
    the -ing participle after it that says so with an object ("a treaty *eliminating*
    medium-range missiles", "an injunction *blocking* the acquisition": labelled as the
    infinitive is, "treaty to eliminate medium-range missiles").
    Bare, "right", "plan", "proposal" say none in particular; a clause that tells what
    was done to it ("a plan that Congress rejected"), what it did ("a plan that cut
    costs") or what becomes of it ("a deal that will expire in 2030", "a treaty that will
    take effect next year": no object) says no more of which.

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("a plan that would cut subsidies", '''
    ...     1 det DET a DT
    ...     1 ROOT NOUN plan NN
    ...     4 nsubj PRON that WDT
    ...     4 aux AUX would MD
    ...     1 relcl VERB cut VB
    ...     4 dobj NOUN subsidy NNS''')
    >>> said_infinitive(doc[1]).text
    'cut'
    """
    if head.lemma_.lower() not in INFINITIVE_HEADS:
        return None
    hung = _verb_hung_infinitive(head)
    if hung is not None:
        return hung
    for verb in head.rights:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        if verb.dep_ in (ACL, RELCL) and to_infinitive(verb):
            return verb  # ("an initiative to privatise X" may be parsed a relative clause)
        if verb.dep_ == ACL and verb.tag_ == "VBG" and any(
                c.dep_ == DOBJ and not _amount(c) for c in verb.rights):
            # "a treaty eliminating the missiles", as "a treaty to eliminate" (not what it
            # costs: "a plan costing 5 mln dlrs")
            return verb
        if verb.dep_ == RELCL and any(c.dep_ == NSUBJ and c.tag_ in RELATIVE_TAGS
                                      for c in verb.lefts) and any(
                c.dep_ == AUX and c.lower_ in UNREAL_AUX for c in verb.lefts) and any(
                c.dep_ == DOBJ for c in verb.rights):
            return verb
    return None


def _verb_hung_infinitive(obj: Token) -> Token | None:
    """The "to" infinitive the parser hung on a verb right after its object, or None:
    "ignored an appeal *to free* the journalists", "backed calls *to impose*
    sanctions" (the infinitive's "to" is the next word after the object's phrase). Only
    a noun of asking someone to act (:data:`~extract.lexicon.REQUEST_NOUNS`) says what
    is asked there; after another ("signed the deal *to avoid* sanctions", "accepted the
    plan *to secure* aid") it is the purpose of the verb's subject."""
    verb = obj.head
    if obj.dep_ != DOBJ or obj.lemma_.lower() not in REQUEST_NOUNS:
        return None
    return next((c for c in verb.rights if c.dep_ == ADVCL and to_infinitive(c)
                 and c.left_edge.i == obj.right_edge.i + 1), None)


def said_gerund(head: Token) -> tuple[Token, Token, Token] | None:
    """The "-ing" clause right after a common noun that says which one it is by what it is
    about or for, as (preposition, gerund, the gerund's object), or None: "signed an accord
    *on easing tension* along their border", "agreed on a timetable *for eliminating
    medium-range missiles*", "a formula *for sharing out quotas*" (bare, "accord",
    "timetable", "formula" say not which). The preposition is a :data:`~extract.lexicon.WHICH_PREPS`
    one or "for" (:data:`_GERUND_PREPS`), hung on the noun and right after it; the gerund
    has no subject of its own and acts on a common noun or a name (not a pronoun, number or
    amount). Not a noun that is itself an amount or a count ("ten years for smuggling
    drugs"), nor a person ("soldiers for guarding the border": the people's job)."""
    doc = head.doc
    if (head.pos_ != "NOUN" or head.i + 2 >= len(doc) or head.ent_type_
            or head.lemma_.lower() in QUANTITY_HEADS or person_lemma(head.lemma_.lower())
            or any(c.like_num for c in head.lefts)):
        return None
    prep = doc[head.i + 1]
    if prep.dep_ != PREP or prep.head.i != head.i or prep.lower_ not in _GERUND_PREPS:
        return None
    gerund = doc[head.i + 2]
    if (gerund.dep_ != PCOMP or gerund.head.i != prep.i or gerund.tag_ != "VBG"
            or any(c.dep_ in (NSUBJ, NSUBJPASS) for c in gerund.lefts)):
        return None
    obj = next((c for c in gerund.rights if c.dep_ == DOBJ), None)
    if (obj is None or obj.pos_ not in ("NOUN", "PROPN") or obj.like_num or _amount(obj)
            or (obj.ent_type_ and obj.ent_type_ not in NAMED_TYPES)):
        return None
    if any(c.dep_ not in (PRT, DOBJ) and c.i < obj.i for c in gerund.rights):
        return None  # "for selling last year the shares": not the object right after it
    return prep, gerund, obj


#: Prepositions of an "-ing" clause that says which one a noun is (:func:`said_gerund`).
_GERUND_PREPS = WHICH_PREPS | {"for"}


def which_modifier(head: Token) -> tuple[Token, Token, Token] | None:
    """The restrictive modifier after a common noun that names which ones it means, as
    (modifier, head of the named argument, last word of that argument), or None.

    "bought crude from traders *linked to Rosneft and Lukoil*", "beat out a team *led by
    British Aerospace Plc*", "attacked militants *loyal to Islamic State*" (a past
    participle or an adjective and its preposition), "passed a bill *banning TikTok*",
    "approved a resolution *calling on Panama*" (an -ing participle and its object or
    preposition), "banned a group *that supports Hamas*", "published a pamphlet *that
    praised North Korea*" (a subject relative clause, its verb right after "that",
    "which" or "who"): the modifier follows the noun at once and its argument follows
    the modifier at once, and that argument holds a name (or lists names) within a few
    words. Bare, "traders", "team", "bill", "pamphlet" say nobody in particular. None for
    a modifier set off by a comma ("the vessel, owned by Townsend Thoresen,": it only
    adds to a noun that says enough), an argument without a name ("a pipeline damaged in
    the earthquake", "premises linked to him", "a treaty eliminating all missiles"), a
    list that is not all names ("linked to Hamas and other groups") or a long phrase.

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("traders linked to Rosneft and Lukoil", '''
    ...     0 ROOT NOUN trader NNS
    ...     0 acl VERB link VBN
    ...     1 prep ADP to IN
    ...     2 pobj PROPN Rosneft NNP
    ...     3 cc CCONJ and CC
    ...     3 conj PROPN Lukoil NNP''', ents={"Rosneft": "ORG", "Lukoil": "ORG"})
    >>> [t.text for t in which_modifier(doc[0])]
    ['linked', 'Rosneft', 'Lukoil']
    >>> doc = parse("a group that supports Hamas", '''
    ...     1 det DET a DT
    ...     1 ROOT NOUN group NN
    ...     3 nsubj PRON that WDT
    ...     1 relcl VERB support VBZ
    ...     3 dobj PROPN Hamas NNP''', ents={"Hamas": "ORG"})
    >>> [t.text for t in which_modifier(doc[1])]
    ['supports', 'Hamas', 'Hamas']
    >>> doc = parse("premises linked to him", '''
    ...     0 ROOT NOUN premise NNS
    ...     0 acl VERB link VBN
    ...     1 prep ADP to IN
    ...     2 pobj PRON him PRP''')
    >>> which_modifier(doc[0]) is None
    True
    """
    doc = head.doc
    if head.pos_ != "NOUN" or head.i + 2 >= len(doc):
        return None
    modifier = _restrictive_modifier(head)
    if modifier is None or modifier.i + 1 >= len(doc):
        return None
    after = doc[modifier.i + 1]
    if after.head.i == modifier.i and after.dep_ in (PREP, AGENT):
        objects = [c for c in kids(after) if c.dep_ == POBJ]
        if len(objects) != 1:
            return None
        obj = objects[0]
    else:  # "a bill banning TikTok", "a group that supports Hamas"
        obj = next((c for c in kids(modifier) if c.dep_ == DOBJ
                    and c.left_edge.i == modifier.i + 1 and modifier.tag_ != "VBN"), None)
        if obj is None:
            return None
    members = [obj, *(c for c in kids(obj) if c.dep_ == CONJ)]
    if len(members) > 1 and not all(m.ent_type_ in NAMED_TYPES for m in members):
        return None  # "linked to Hamas and other groups": not only names
    last = max(members, key=lambda m: m.i)
    while last.i + 1 < len(doc) and doc[last.i + 1].ent_iob_ == "I":
        last = doc[last.i + 1]  # the name's own last word
    words = doc[obj.left_edge.i:last.i + 1]
    if _placed_at_edge(modifier, after, obj):
        return modifier, obj, last  # "troops massed along their border": which troops
    if sum(not t.is_punct for t in words) > _NAMED_COMPLEMENT_WORDS or not any(
            t.ent_type_ in NAMED_TYPES or _missed_name(t, obj) for t in words):
        return None
    if (obj.pos_ not in ("NOUN", "PROPN") or modifier.lower_ in VALUE_WORDS
            or any(t.pos_ in ("PRON", "VERB") or t.like_num
                   or (t.ent_type_ and t.ent_type_ not in NAMED_TYPES) for t in words)):
        return None  # "jetliners valued at 870 mln Canadian dlrs": a price, no name
    # (an agent's "by" is no modifier a clause may follow: :func:`_by_agent`)
    set_off = not _by_agent(after)
    if any(c.dep_ not in _LIST_DEPS and not (set_off and _set_off_clause(c))
           for c in obj.rights) or any(
            c.dep_ not in _LIST_DEPS for m in members[1:] for c in m.rights):
        # "documents related to Trump's attempt to ...": the phrase goes on (not "a company
        # linked to the Cali cartel, which ...": a clause set off by a comma only adds to
        # the name)
        return None
    # (the leader's name is one word of a group led by it, however many its own: "Army
    # officers led by Lieutenant-Colonel Sitiveni Rabuka" is no longer a side than "led by
    # Colonel Rabuka"; :data:`~extract.lexicon.LED_VERBS`)
    led = modifier.lemma_.lower() in LED_VERBS and _by_agent(after)
    if sum(not t.is_punct and t.dep_ != DET
           and not (led and t.ent_iob_ == "I" and t.ent_type_ in NAMED_TYPES)
           for t in doc[head.left_edge.i:last.i + 1]) > _MODIFIED_WORDS:
        return None  # "the cellular automaton invented by ...": too long a side
    return modifier, obj, last


def _placed_at_edge(modifier: Token, prep: Token, obj: Token) -> bool:
    """Whether a past participle of massing or posting forces
    (:data:`~extract.lexicon.READYING_VERBS`) puts the noun at the edge of a territory or
    sea (:data:`~extract.lexicon.EDGE_PLACE_HEADS`, after a place preposition or "on"):
    "pull back troops *massed along their border*", "tanks *deployed on the frontier*",
    "warships *stationed off the coast*". Unnamed, the edge still says which forces are
    meant (bare, "troops" says nobody in particular; :func:`which_modifier`). Only the
    edge noun and at most its article, a possessive pronoun or one modifier before it, and
    nothing after it: "stationed near the border with X" is the named kind."""
    if (modifier.tag_ != "VBN" or modifier.lemma_.lower() not in READYING_VERBS
            or prep.dep_ != PREP or prep.head.i != modifier.i
            or prep.lower_ not in PLACE_PREPS | SURFACE_PLACE_PREPS
            or obj.pos_ != "NOUN" or obj.lemma_.lower() not in EDGE_PLACE_HEADS
            or obj.left_edge.i != prep.i + 1 or any(True for _ in obj.rights)):
        return False
    before = [t for t in obj.lefts if t.dep_ not in (DET, POSS)]
    return len(before) <= 1 and all(t.pos_ in ("ADJ", "NOUN") and not t.ent_type_
                                    for t in before)


def _by_agent(prep: Token) -> bool:
    """Whether a modifier's preposition is an agent's "by" ("a lawsuit brought *by* the
    Justice Department"). A label that reaches past such a phrase (:func:`which_modifier`'s
    clause after the name, :func:`concept_complement`'s modifier of a complement's object)
    would name the act's agent: a side is read by the names its label contains, so an
    object label naming the one who acts reads as the act the other way round."""
    return prep.lower_ == "by" or prep.dep_ == AGENT


def _which_not_by_agent(head: Token) -> tuple[Token, Token, Token] | None:
    """:func:`which_modifier` when its phrase is no agent's "by" (:func:`_by_agent`):
    "an offer from investors *linked to the Cali cartel*", not "*led by Carl Icahn*"."""
    found = which_modifier(head)
    if found is None or _by_agent(head.doc[found[0].i + 1]):
        return None
    return found


def _set_off_clause(tok: Token) -> bool:
    """Whether a word after a name opens a relative clause or an apposition set off by a
    comma ("the Justice Department*, which* had accused X", :func:`which_modifier`)."""
    return (tok.dep_ in (RELCL, APPOS) and tok.left_edge.i > 0
            and tok.doc[tok.left_edge.i - 1].text == ","
            # ("men linked to Hamas, who had fired rockets": "who" may be the men)
            and tok.left_edge.lower_ not in _PERSON_RELATIVES)


def _restrictive_modifier(head: Token) -> Token | None:
    """The word that opens a modifier right after a noun, or None: a past or -ing
    participle ("traders *linked* to", "a bill *banning*"), an adjective ("militants
    *loyal* to") or the verb of a subject relative clause right after its pronoun ("a
    group that *supports*"; see :func:`which_modifier`)."""
    doc = head.doc
    word = doc[head.i + 1]
    if word.lemma_.lower() in NAME_PARTICIPLES and not _calling_on(word):
        return None  # "a group known as Volt Typhoon": the name is the noun's own
    if word.head.i == head.i and (
            (word.dep_ == ACL and word.tag_ in ("VBN", "VBG"))
            or (word.dep_ == AMOD and word.pos_ == "ADJ")):
        return word
    verb = doc[head.i + 2]
    if (word.tag_ in RELATIVE_TAGS and word.dep_ == NSUBJ and word.head.i == verb.i
            and verb.dep_ == RELCL and verb.head.i == head.i
            and verb.tag_ in FINITE_VERB_TAGS):
        return verb
    return None


def _calling_on(word: Token) -> bool:
    """Whether a participle of naming is an -ing form with its preposition right after
    it, which asks or appeals, not names: "a resolution *calling on* Panama", "a motion
    *calling for* talks with X" ("a group calling itself X" names)."""
    after = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    return (word.tag_ == "VBG" and after is not None and after.dep_ == PREP
            and after.head.i == word.i)


#: Relative pronouns of people, whose clause after a name may be about the noun before it.
_PERSON_RELATIVES = frozenset({"who", "whom", "whose"})
#: Dependencies of the words after a listed name that end no phrase ("Rosneft *and*
#: Lukoil"; :func:`which_modifier`).
_LIST_DEPS = frozenset({CC, CONJ, PUNCT})
#: Most words, but articles, of a side with its :func:`which_modifier`.
_MODIFIED_WORDS = 7


def amount_complement(head: Token) -> Token | None:
    """The "of" phrase that gives a common noun's size, as its preposition, or None.

    "expects 1987 earnings of 1.60 to 1.80 dlrs a share", "accepted a share of 30.55
    pct", "imposed a fine of 5 mln dlrs", "secured a majority of about 100 seats": the
    phrase right after the noun is an amount, or a count of votes, seats or points
    (:data:`~extract.lexicon.COUNT_HEADS`). The noun is what the amount measures, so it
    stays the argument (a majority of 100 seats is no 100 seats), and its text runs to
    the amount's end, which the label leaves out (the amount is the relation's quantity).

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("won a majority of 60 seats", '''
    ...     0 ROOT VERB win VBD
    ...     2 det DET a DT
    ...     0 dobj NOUN majority NN
    ...     2 prep ADP of IN
    ...     5 nummod NUM 60 CD
    ...     3 pobj NOUN seat NNS''')
    >>> amount_complement(doc[2]).text, amount_complement(doc[5])
    ('of', None)
    """
    doc = head.doc
    if (head.pos_ != "NOUN" or head.like_num or _is_quantity(head.text)
            or head.i + 1 >= len(doc)):
        return None
    prep = doc[head.i + 1]
    if prep.dep_ != PREP or prep.head.i != head.i or prep.lower_ != "of":
        return None
    objects = [c for c in kids(prep) if c.dep_ == POBJ]
    if len(objects) != 1:
        return None
    obj = objects[0]
    counted = any(c.like_num for c in obj.lefts)
    amount = (obj.ent_type_ in MEASURE_TYPES or _amount(obj)
              or counted and obj.lemma_.lower() in COUNT_HEADS)
    return prep if amount else None


def _amount(obj: Token) -> bool:
    """Whether a prepositional object is an amount as written ("1.60", "30.55 pct")."""
    return _is_quantity(obj.doc[obj.left_edge.i:obj.i + 1].text)


def amount_end(prep: Token) -> int:
    """Index after the amount an :func:`amount_complement` gives: the amount, the unit it
    is per ("five cts a share", "4.50 dlrs per barrel") and the other end of a range the
    parser hangs on the noun or its verb ("earnings of 1.60 to 1.80 dlrs a share"); not a
    phrase the parser hung on the amount ("a reward of up to 10 mln dlrs for
    information", "duties of 200 pct on imports")."""
    obj = next(c for c in kids(prep) if c.dep_ == POBJ)
    end = obj.i + 1
    for child in obj.rights:
        if child.left_edge.i == end and (child.dep_ == NPADVMOD or _range_end(child)
                               or child.dep_ == PREP and child.lower_ in _PER_PREPS):
            end = child.right_edge.i + 1
    doc = prep.doc
    other = doc[end] if end < len(doc) else None
    # the parser hangs the range's "to" on the noun or on its verb too
    if other is not None and other.head.i in (prep.head.i, prep.head.head.i) \
            and _range_end(other):
        end = other.right_edge.i + 1
    return end


def _range_end(prep: Token) -> bool:
    """Whether a preposition gives the other end of a range of amounts ("to 1.80 dlrs")."""
    return prep.dep_ == PREP and prep.lower_ in _RANGE_PREPS and any(
        c.dep_ == POBJ and _amount(c) for c in kids(prep))


#: Prepositions that close a range of amounts ("of 1.60 to 1.80 dlrs").
_RANGE_PREPS = ("to",)
#: Prepositions of the unit an amount is per ("4.50 dlrs per barrel").
_PER_PREPS = ("per",)


#: Entity types of names that run on through "of" ("the Supreme Court of Puerto Rico",
#: "the Economic Bill of Rights") or take a capitalised word before them ("the CentOS
#: Governing Board").
INSTITUTION_TYPES = frozenset({"ORG", "FAC", "LAW", "WORK_OF_ART", "EVENT"})
#: Entity types that can end such a name after its "of".
_OF_NAME_TYPES = frozenset({"GPE", "LOC", "ORG", "NORP", "FAC"})


def opposed_name(head: Token, ent: Span) -> bool:
    """Whether a name is modified into its opposite by a hyphenated negating prefix.

    "voted against a no-deal Brexit" is not against Brexit: the phrase is a concept,
    not the name (:data:`~extract.lexicon.NEGATING_PREFIXES`).

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc, Span
    >>> words = ["a", "no", "-", "deal", "Brexit", "and", "Brexit"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, spaces=[1, 0, 0, 1, 1, 1, 0],
    ...           heads=[4, 3, 3, 4, 4, 4, 4], deps=["det", "det", "punct", "compound",
    ...           "ROOT", "cc", "conj"])
    >>> opposed_name(doc[4], Span(doc, 4, 5)), opposed_name(doc[6], Span(doc, 6, 7))
    (True, False)
    """
    for child in head.lefts:
        if child.i >= ent.start:
            continue
        words = list(child.subtree)
        if (len(words) >= 3 and words[0].lower_ in NEGATING_PREFIXES
                and not words[0].whitespace_ and words[1].text == "-"):
            return True
    return False


def _person_name(name: str, label: str) -> str | None:
    """The person's name in an entity's name, for the short forms of its surname.

    A PERSON of two words or more, or a name the NER typed otherwise from its
    first given name on ("United States Representative Elijah Cummings" typed ORG
    is Elijah Cummings): a surname two of them share ("Cummings", his mother Ruth
    Elma Cummings) is then no short form of either.

    Examples
    --------
    >>> _person_name("Joe Biden", "PERSON"), _person_name("Biden", "PERSON")
    ('Joe Biden', None)
    >>> _person_name("Representative Elijah Cummings", "ORG")
    'Elijah Cummings'
    >>> print(_person_name("Bank of America", "ORG"))
    None
    """
    words = name.split()
    if label != "PERSON":
        given = next((i for i, word in enumerate(words[:-1])
                      if first_name_gender(word) is not None), None)
        words = [] if given is None else words[given:]
    return " ".join(words) if len(words) >= 2 else None


def _capitalised(tok: Token) -> bool:
    return tok.pos_ == "PROPN" and tok.text[:1].isupper()


#: Words before a name that are no part of it: a prefix or a role, made once.
_PREFIX_OR_ROLE_WORDS = _NAME_PREFIXES | ROLE_WORDS


def whole_names(doc: Doc, stops: frozenset[int] = frozenset()) -> list[Span]:
    """The article's entities, with institution names the NER cut in the middle made whole.

    A name is not cut in the middle of a capitalised sequence: an organisation,
    place, law, work or event name followed by "of" and capitalised words runs on
    through them ("the Supreme Court" + "of Puerto Rico", "the Economic Bill" + "of
    Rights"), and a capitalised proper noun that modifies it from the left belongs to
    it ("CentOS" + "Governing Board"), unless it is a title or another entity. A person's
    name runs on to the untyped capitalised surname its words modify ("Maria Corina" +
    "Machado"). A name never runs on to a token of ``stops``, before which an inline
    mark was removed ("Acme Corp <ACM> of Toronto": the ticker ends the name;
    :func:`extract.pipeline.names_end_at`).

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab,
    ...           words=["the", "Supreme", "Court", "of", "Puerto", "Rico", "ruled"],
    ...           heads=[2, 2, 6, 2, 5, 3, 6],
    ...           deps=["det", "compound", "nsubj", "prep", "compound", "pobj", "ROOT"],
    ...           pos=["DET", "PROPN", "PROPN", "ADP", "PROPN", "PROPN", "VERB"],
    ...           ents=["O", "B-ORG", "I-ORG", "O", "B-GPE", "I-GPE", "O"])
    >>> [(e.text, e.label_) for e in whole_names(doc)]
    [('Supreme Court of Puerto Rico', 'ORG')]
    >>> [(e.text, e.label_) for e in whole_names(doc, frozenset({3}))]
    [('Supreme Court', 'ORG'), ('Puerto Rico', 'GPE')]
    """
    ents = _firm_pairs(doc, list(doc.ents), stops)
    out: list[Span] = []
    i = 0
    while i < len(ents):
        ent = ents[i]
        i += 1
        if ent.label_ == "PERSON":
            # a person's name the NER cut before the surname it modifies: "Maria Corina" +
            # "Machado" (the name's last word, untyped, is the head of the ones before)
            end = ent.end
            while (end < len(doc) and _capitalised(doc[end]) and not doc[end].ent_type_
                   and doc[end].sent == ent.sent and doc[end - 1].dep_ == COMPOUND
                   and doc[end - 1].head.i == end and doc[end].lower_ not in _NAME_PREFIXES):
                end += 1
            out.append(ent if end == ent.end else Span(doc, ent.start, end, label=ent.label_))
            continue
        start, end = ent.start, ent.end
        before = doc[start - 1] if start > 0 else None
        if (ent.label_ == "NORP" or ent.label_ in _NAMED_BODY_TYPES and before is not None
                and before.dep_ == AMOD) and start not in stops \
                and _name_adjective(before, ent) and not (out and out[-1].end > before.i):
            # a capitalised adjective of the name the NER left out: "the Free" + "Democrats"
            start -= 1
        if ent.label_ not in INSTITUTION_TYPES:
            out.append(ent if start == ent.start else Span(doc, start, end, label=ent.label_))
            continue
        if (before is not None and start == ent.start and start not in stops
                and before.dep_ == COMPOUND and _capitalised(before)
                and not before.ent_type_ and before.head.i in range(start, end)
                and before.lower_ not in _PREFIX_OR_ROLE_WORDS
                and not (out and out[-1].end > before.i)):
            start -= 1
        # "of" and a capitalised run, through the entity it reaches
        j = end + 1
        if end < len(doc) and end not in stops and doc[end].lower_ == "of" \
                and doc[end].head.i in range(start, end):
            while j < len(doc) and _capitalised(doc[j]) and doc[j].sent == ent.sent:
                j += 1
            run = doc[end + 1:j]
            named = [e for e in ents[i:] if e.start < j]
            if len(run) and all(e.label_ in _OF_NAME_TYPES and e.end <= j for e in named) \
                    and run.root.head.i == end:
                end = j
                i += len(named)
        if ent.label_ == "ORG" and end not in stops:
            # "for" and a title-case run: "Islamic Jihad" + "for the Liberation of Palestine"
            j = _for_name_end(doc, end, start, ents[i:])
            if j is not None:
                i += sum(1 for e in ents[i:] if e.start < j)
                end = j
        out.append(ent if (start, end) == (ent.start, ent.end)
                   else Span(doc, start, end, label=ent.label_))
    return out


#: Entity types of the names a firm of two partners' names is made of.
_PARTNER_TYPES = frozenset({"PERSON", "ORG"})


def _firm_pairs(doc: Doc, ents: list[Span], stops: frozenset[int]) -> list[Span]:
    """``ents`` with two names joined by "and" made one firm where a singular apposition
    says the pair is one business: "Wagner and Brown, a Texas oil and gas firm" is the
    firm Wagner and Brown, not the persons Wagner and Brown, and "Allen and Hart, the
    Denver partnership" one firm the NER did not type. Two firms stay two: "Ford and GM,
    the two largest carmakers", "Ford and GM said ...".
    """
    pairs = [span for span in map(_firm_pair, doc)
             if span is not None and not any(span.start < i < span.end for i in stops)]
    if not pairs:
        return ents
    kept = [e for e in ents if not any(e.start < p.end and p.start < e.end for p in pairs)]
    return sorted(kept + pairs, key=lambda e: e.start)


def _firm_pair(appos: Token) -> Span | None:
    """The names "X and Y" a singular business apposition right after them is one firm
    of (:func:`_firm_pairs`), or None."""
    if appos.dep_ != APPOS or appos.tag_ != "NN" or appos.lower_ not in FIRM_APPOSITIONS \
            or not any(c.dep_ == DET and c.lower_ in ("a", "an", "the") for c in appos.lefts):
        return None
    doc = appos.doc
    comma = appos.left_edge.i - 1
    if comma < 3 or doc[comma].text != ",":
        return None
    second = doc[comma - 1]
    first = second.head
    if second.dep_ != CONJ or not _partner_word(second) or not _partner_word(first) \
            or first.i + 2 > second.left_edge.i or doc[second.left_edge.i - 1].lower_ != "and" \
            or doc[first.i + 1].lower_ != "and":
        return None
    holders = [second]
    while holders[-1].dep_ == CONJ and holders[-1].head is not holders[-1]:
        holders.append(holders[-1].head)  # the parser may hang it on the list's first name
    if appos.head not in holders:
        return None
    start = first.i
    while start > 0 and doc[start - 1].dep_ == COMPOUND and doc[start - 1].head.i == first.i:
        start -= 1
    span = Span(doc, start, second.i + 1, label="ORG")
    if any(t.i not in (first.i + 1,) and not _partner_word(t) and t.dep_ != COMPOUND
           for t in span) or any(t.ent_type_ and t.ent_type_ not in _PARTNER_TYPES
                                 for t in span):
        return None
    return span


def _partner_word(tok: Token) -> bool:
    """A capitalised proper noun a partner's name is made of, no place."""
    return _capitalised(tok) and tok.ent_type_ in ("", *_PARTNER_TYPES)


#: Entity types of an organisation or a party a capitalised adjective may open.
_NAMED_BODY_TYPES = frozenset({"ORG", "NORP"})
#: Words that join the title-case words of a name after its "for".
_FOR_NAME_JOINS = frozenset({"of", "the", "and"})


def _title_case_sentence(sent: Span) -> bool:
    """Whether a sentence is written in title case or capitals (a headline): no content
    word of it starts with a small letter."""
    return not any(t.is_alpha and t.text[:1].islower() and t.pos_ in _CONTENT_POS
                   for t in sent)


_CONTENT_POS = frozenset({"NOUN", "VERB", "ADJ", "ADV"})


def _name_adjective(before: Token | None, ent: Span) -> bool:
    """Whether ``before`` is a capitalised adjective (or a proper noun the parser made a
    compound of a party's name) that opens the name ``ent`` the NER cut after it: "the
    Free" + "Democrats", "the Liberal" + "Party" (a compound before an institution's name
    is :func:`whole_names`' own case). Not a nationality or a bloc word ("the Afghan
    Communists" are the Communists of Afghanistan), a title or a prefix, a word opening
    its sentence, which is capitalised anyway ("Angry Democrats said ..."), or a word of
    a headline in title case or capitals."""
    if before is None or before.dep_ not in (AMOD, COMPOUND) \
            or before.pos_ not in ("ADJ", "PROPN") or before.ent_type_ \
            or before.head.i not in range(ent.start, ent.end):
        return False
    text = before.text
    if not (text[:1].isupper() and text[1:].islower() and text.isalpha()) \
            or before.i == before.sent.start or before.lower_ in _PREFIX_OR_ROLE_WORDS \
            or _whose_word(text):
        return False
    return not _title_case_sentence(before.sent)


def _name_join(doc: Doc, j: int) -> bool:
    """Whether ``doc[j]`` joins two title-case words of a name ("of", "the", "and")."""
    return doc[j].text in _FOR_NAME_JOINS and j + 1 < len(doc) and (
        _capitalised(doc[j + 1]) or (doc[j + 1].text == "the" and j + 2 < len(doc)
                                     and _capitalised(doc[j + 2])))


def _for_name_end(doc: Doc, end: int, start: int, later: list[Span]) -> int | None:
    """The end of an organisation's name that runs on through "for" and a title-case run
    ("Islamic Jihad" + "for the Liberation of Palestine", "the Council" + "for Mutual
    Economic Assistance"), or None.

    The "for" hangs on the name; the run opens (after an optional "the") with a
    capitalised word no entity holds, goes on through capitalised words joined by "of",
    "the" and "and", and hangs on the "for" alone; any entity it reaches is a place or
    a body held whole. "The Front for its part said ..." and "a contract with Boeing for
    the Pentagon" run on to nothing.
    """
    if end + 1 >= len(doc) or doc[end].text != "for" or doc[end].head.i not in range(start, end):
        return None
    k = end + 1
    if doc[k].text == "the":
        k += 1
    if k >= len(doc) or not _capitalised(doc[k]) or doc[k].ent_type_ or doc[k].text.isupper():
        return None
    sent = doc[end].sent
    j = k
    while j < len(doc) and doc[j].sent == sent and (_capitalised(doc[j]) or _name_join(doc, j)):
        j += 1
    while doc[j - 1].text in _FOR_NAME_JOINS:
        j -= 1
    if any(not (end <= t.head.i < j) for t in doc[end + 1:j]) \
            or sum(1 for t in doc[end + 1:j] if t.head.i == end) != 1:
        return None
    reached = [e for e in later if e.start < j]
    if any(e.label_ not in _OF_NAME_TYPES or e.end > j for e in reached):
        return None
    return j


def _whose_word(word: str) -> bool:
    """Whether a word before an institution's head only says whose it is: a nationality
    or a bloc ("Tunisian", "European"; :data:`BLOC_WORDS`). Not a country's name: "the
    U.S. Senate" named in an article on Puerto Rico does not make its "the Senate" the
    U.S. one.

    Examples
    --------
    >>> _whose_word("European"), _whose_word("Tunisian"), _whose_word("U.S.")
    (True, True, False)
    """
    return word.casefold() in BLOC_WORDS or country_of(word) is not None


def _only_titles(span: Span) -> bool:
    return all(t.lower_ in TITLE_WORDS or t.is_punct for t in span)


def _is_acronym_of(acronym: str, words: list[str]) -> bool:
    """Whether ``acronym`` abbreviates the capitalised words of a name.

    Its first letter is the first initial and the initials occur in it in order
    ("IDF": Israel Defense Forces, "CFVC": Ceasefire Violations Committee).
    """
    if not (acronym.isalpha() and acronym.isupper() and len(acronym) >= 2):
        return False
    initials = [w[0] for w in words if w[:1].isupper()]
    if len(initials) < 2 or initials[0] != acronym[0]:
        return False
    rest = iter(acronym)
    return all(letter in rest for letter in initials)


def _foreign_acronym(acronym: str, label: str) -> bool:
    """Whether a bracketed word after an organisation's name is its acronym although
    not of the name's initials: the initials of its name in its own language ("the
    Republican People's Party (CHP)", "the Justice and Development Party (AKP)"), three
    to six capitals the dictionaries do not give to anything else ("(US)" is a country).

    Examples
    --------
    >>> _foreign_acronym("CHP", "ORG"), _foreign_acronym("US", "ORG")
    (True, False)
    >>> _foreign_acronym("CHP", "PERSON")
    False
    """
    return (label == "ORG" and 3 <= len(acronym) <= 6 and acronym.isalpha()
            and acronym.isupper() and lookup(acronym) is None)


def _spelt_initials(words: list[str]) -> str | None:
    """The acronym an organisation's name is written as without being defined: the
    initials of its capitalised words, in order, three or more ("Association of Tin
    Producing Countries": ATPC); None for a shorter name, which spells too many others.

    Examples
    --------
    >>> _spelt_initials("Association of Tin Producing Countries".split())
    'ATPC'
    >>> _spelt_initials(["Morgan", "Stanley"]) is None
    True
    """
    initials = "".join(w[0] for w in words if w[:1].isupper() and w.isalpha())
    return initials if len(initials) >= _SPELT_INITIALS else None


#: The fewest letters an undefined acronym of a name has (:func:`_spelt_initials`).
_SPELT_INITIALS = 3


#: Lemma id -> whether it is a place head (ids of strings are the same in every Doc).
_PLACE_HEAD_IDS: dict[int, bool] = {}


def listed_place(label: str) -> bool:
    """Whether a one-word name is a place or country of the CAMEO dictionaries and no
    common given name ("Goma", "Kyiv", "Aleppo"; not "Washington" nor "Charlotte")."""
    if " " in label or first_name_gender(label) is not None:
        return False
    entry = lookup(label)
    return entry is not None and entry.kind in ("place", "country")


def _is_place_head(lemma: int, strings) -> bool:
    found = _PLACE_HEAD_IDS.get(lemma)
    if found is None:
        if len(_PLACE_HEAD_IDS) > 1_000_000:
            _PLACE_HEAD_IDS.clear()
        found = _PLACE_HEAD_IDS[lemma] = strings[lemma].lower() in PLACE_HEADS
    return found


def _participle_agents(noun: Token, verbs: frozenset[str]) -> Iterator[tuple[Token, list[Token]]]:
    """Each past participle of ``verbs`` set after ``noun`` as a reduced relative ("a
    group *led* by X", "a partnership *formed* by A and B"), with the objects of its "by"
    agent (empty when the parser left the "by" without one); :func:`led_leader`,
    :meth:`ActorResolver._made_by`."""
    for participle in kids(noun):
        if (participle.dep_ == ACL and participle.tag_ == "VBN"
                and participle.lemma_.lower() in verbs):
            yield participle, [pobj for agent in kids(participle) if agent.dep_ == AGENT
                               for pobj in kids(agent) if pobj.dep_ == POBJ]


def led_by_name(group: Token) -> bool:
    """Whether a common noun's reduced relative of leading (a verb of
    :data:`~extract.lexicon.LED_VERBS`) names its leader: "its lenders, led by Lone Star
    National Bank", "a group of banks headed by Citibank". Such a group is one of actors,
    whatever its noun, as an "X-led" one is; unlike :func:`led_leader` it need not stand
    for its leader (a plural, or two leaders: "banks led by Citibank and Chase").
    """
    return group.pos_ == "NOUN" and not group.ent_type_ and any(
        leader.ent_type_ in _LEADER_TYPES
        for _, leaders in _participle_agents(group, LED_VERBS) for leader in leaders)


def led_leader(group: Token) -> Token | None:
    """The one named leader a reduced relative "led by" gives a group, or None.

    "a group led by Texas investor Carl Brannigan" -> Brannigan, "a consortium led by
    Apex Partners" -> Apex Partners: a singular noun of :data:`~extract.lexicon.LED_GROUPS`
    whose participle (a verb of :data:`~extract.lexicon.LED_VERBS`) has an agent that is
    one person, organisation or country (the token the NER typed). Two leaders ("led by
    X and Y") or an unnamed one ("led by a former official") give None.
    """
    if group.lemma_.lower() not in LED_GROUPS or group.tag_ != "NN" or group.ent_type_:
        return None
    for participle, leaders in _participle_agents(group, LED_VERBS):
        if not leaders:
            leaders = [t for agent in kids(participle) if agent.dep_ == AGENT
                       for t in [_split_agent(group, agent)] if t is not None]
        if len(leaders) != 1 or any(c.dep_ == CONJ for c in kids(leaders[0])):
            return None
        leader = leaders[0]
        return leader if leader.ent_type_ in _LEADER_TYPES else None
    return None


def _split_agent(group: Token, agent: Token) -> Token | None:
    """The name after a "by" the parser made a second subject of the group's verb, not
    the object of the "by": "An investor group led by New York financier Leonard Shapiro
    said ..." parsed with "Shapiro" a subject of "said" beside "group" and the "by"
    empty. None when the "by" has an object or no such name follows it."""
    if any(c.dep_ == POBJ for c in kids(agent)) or group.dep_ not in (NSUBJ, NSUBJPASS):
        return None
    doc = group.doc
    for t in doc[agent.i + 1:group.head.i]:
        if t.dep_ in (NSUBJ, NSUBJPASS) and t.head.i == group.head.i:
            return t if t.left_edge.i == agent.i + 1 and t.ent_type_ else None
    return None


#: Unnamed groups of a wire lead the next sentence may name
#: (:meth:`ActorResolver._named_next`).
_NAMED_LATER_GROUPS = frozenset({"group", "organisation", "organization", "faction",
                                 "movement"})
#: Groups a participle may say who made (:meth:`ActorResolver._made_by`).
_MADE_GROUPS = LED_GROUPS | {"venture"}
#: Entity types of a leader that a group "led by" it stands for.
_LEADER_TYPES = frozenset({"PERSON", "ORG", "GPE"})


def _own_words(head: Token) -> bool:
    """Whether a common noun's phrase has words of its own that may say which one it is: a
    modifier or owner before it ("interest payments", "a bloodless coup", "the contract's
    requirements"), a short complement after it as a label keeps it ("swarms of desert
    locusts", "an agreement on semiconductor trade": :func:`concept_complement`) or a
    modifier that names who ("a ceasefire brokered by Egypt": :func:`which_modifier`); not
    a bare "the payments", "that tax".

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("the interest payments and the swarms", '''
    ...     2 det DET the DT
    ...     2 compound NOUN interest NN
    ...     2 ROOT NOUN payment NNS
    ...     2 cc CCONJ and CC
    ...     5 det DET the DT
    ...     2 conj NOUN swarm NNS''')
    >>> _own_words(doc[2]), _own_words(doc[5])
    (True, False)
    """
    return any(c.dep_ in (COMPOUND, AMOD, NMOD, POSS) for c in head.lefts) or (
        concept_complement(head, named=True) is not None) or which_modifier(head) is not None


def allegiance_holder(group: Token) -> Token | None:
    """The one named side a group of fighters is said to fight for, or None.

    "forces loyal to Khalifa Haftar" -> Haftar, "fighters aligned with Hamas" -> Hamas:
    a noun of :data:`~extract.lexicon.MEMBER_HEADS` with a word of
    :data:`~extract.lexicon.ALLEGIANCE_WORDS` after it (an adjective or a participle)
    whose "to" or "with" phrase names one person, organisation or country (the token the
    NER typed), as "Haftar's forces" does. Two sides ("loyal to X and Y") or an unnamed
    one ("loyal to the old regime") give None.

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("forces loyal to Haftar", '''
    ...     0 ROOT NOUN force NNS
    ...     0 amod ADJ loyal JJ
    ...     1 prep ADP to IN
    ...     2 pobj PROPN Haftar NNP''', ents={"Haftar": "PERSON"})
    >>> allegiance_holder(doc[0]).text
    'Haftar'
    """
    if ({group.lemma_.lower(), group.lower_} & MEMBER_HEADS) == set() or group.ent_type_:
        return None
    for word in group.rights:
        if word.dep_ not in (AMOD, ACL) or word.lemma_.lower() not in ALLEGIANCE_WORDS \
                and word.lower_ not in ALLEGIANCE_WORDS:
            continue
        sides = [pobj for prep in kids(word) if prep.dep_ == PREP
                 and prep.lower_ in ALLEGIANCE_PREPS for pobj in kids(prep) if pobj.dep_ == POBJ]
        if len(sides) != 1 or any(c.dep_ == CONJ for c in kids(sides[0])):
            return None
        return sides[0] if sides[0].ent_type_ in _LEADER_TYPES else None
    return None


def _set_off(clause: Token) -> bool:
    """Whether a participle's clause on a noun is set off by a comma, adding to the noun
    rather than saying which one it is ("the company, based in Basel,"); not a relative
    clause, which may say what a new one is ("the group, which includes Kessel Partners,")."""
    if clause.dep_ != ACL or clause.tag_ not in ("VBN", "VBG"):
        return False
    start = clause.left_edge.i
    return start > 0 and clause.doc[start - 1].text == "," and clause.doc[start - 1].head.i in (
        clause.i, clause.head.i)


def _aside_relative(clause: Token) -> bool:
    """Whether a relative clause on a noun is a "which" or "who" aside set off by a comma,
    which adds to the one meant rather than saying which it is: "*the airline*, which had
    also been considering a bid for Dan-Air, said" (the airline named before); not one that
    lists or says who leads it (:data:`~extract.lexicon.INCLUSION_VERBS`,
    :data:`~extract.lexicon.LED_VERBS`: "the group, which includes Kessel Partners," may
    be a new one), nor one with no comma ("the airline which bought Dan-Air")."""
    if clause.dep_ != RELCL or clause.lemma_.lower() in INCLUSION_VERBS | LED_VERBS:
        return False
    start = clause.left_edge.i
    return (start > 0 and clause.doc[start - 1].text == ","
            and clause.doc[start].tag_ in RELATIVE_TAGS)


def _restrictive_relative(head: Token) -> bool:
    """Whether a noun has a relative clause right after it, with no comma between, that
    says which one it is: "the group that attacked Israel", "the militia which seized
    the town" (not "the group, which includes X,")."""
    return any(c.dep_ == RELCL and c.left_edge.i == head.i + 1 for c in kids(head))


#: Marks that end what comes before a wire note's sentence (the parser may not split there:
#: "... Ozark Haulers Inc. Company acquired ...", "NOTE: Company said").
_NOTE_MARKS = frozenset({".", ":"})


def _wire_bare(head: Token) -> bool:
    """Whether a singular noun opens its sentence capitalised with no word of its own before
    it, as wire copy's notes drop the article: "*Company* said it will close its plant",
    "NOTE: *Company* acquired Razorback Express in 1986" (the company of the story, as "the
    company" would be; see :meth:`ActorResolver._is_anaphor`)."""
    opens = head.is_sent_start or (head.i > 0 and head.doc[head.i - 1].text in _NOTE_MARKS)
    return (opens and head.text[:1].isupper() and not head.is_upper
            and head.tag_ in ("NN", "NNP") and not head.ent_type_
            and all(c.is_punct for c in head.lefts))


class ActorResolver:
    """Resolve argument tokens of one parsed article to mentions.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The parsed article (tagger, parser and NER annotations).
    stops : frozenset of int
        Tokens before which an inline mark was removed: no name runs on to them
        (:func:`whole_names`).
    home : callable, optional
        Gives the country of the article from its resolver
        (:func:`~extract.homeland.article_country`): the state of a bare "the government"
        no one named before is (:meth:`_home_state`); without it, no one's.
    filed : callable, optional
        Gives the country of the article's dateline
        (:func:`~extract.homeland.dateline_country`): a bare armed or police agent is the
        article's country only when the story is filed from it (:meth:`_home_agent`).
    """

    def __init__(self, doc: Doc, stops: frozenset[int] = frozenset(), *,
                 home: Callable[[ActorResolver], str | None] | None = None,
                 filed: Callable[[], str | None] | None = None):
        self.doc = doc
        self._home = home
        self._filed = filed
        self.entities: list[Span] = list(self._merged_entities(doc, stops))
        self._by_token: dict[int, Span] = {}
        for ent in self.entities:
            for i in range(ent.start, ent.end):
                self._by_token[i] = ent
        self.acronyms: dict[str, str] = {}
        self._names: dict[tuple[int, int], str] = {}
        #: persons named by a kin noun's possessor's family name (:meth:`_kin_surname`)
        self._kin_named: set[tuple[int, int]] = set()
        self._mentions: dict[tuple[int, int, int, str], Mention | None] = {}
        #: the extents of the phrases asked about (:meth:`_extent`)
        self._extents: dict[tuple, Span] = {}
        self._short_forms = self._index_short_forms()
        self._head_forms = self._index_head_forms()
        self._places = self._index_places()
        self._coreference: Coreference | None = None
        self._resolving: set[int] = set()

    @property
    def coreference(self) -> Coreference:
        """The article's coreference resolver, built on first use."""
        if self._coreference is None:
            self._coreference = Coreference(self.doc, list(self._antecedents()), country_of,
                                            is_country)
        return self._coreference

    @functools.cached_property
    def home(self) -> str | None:
        """The country of the article (:mod:`extract.homeland`), or None."""
        return self._home(self) if self._home is not None else None

    @functools.cached_property
    def filed(self) -> str | None:
        """The country of the article's dateline, or None."""
        return self._filed() if self._filed is not None else None

    @functools.cached_property
    def _defection_told(self) -> bool:
        """Whether the article tells of soldiers against their state, a coup or a mutiny
        (:data:`~extract.lexicon.AGENT_DEFECTION_WORDS`; :meth:`_home_agent`)."""
        return any(t.lower_ in AGENT_DEFECTION_WORDS for t in self.doc)

    @functools.cached_property
    def _person_words(self) -> frozenset[str]:
        """The words the NER typed a person somewhere in the article."""
        return frozenset(t.text for t in self.doc if t.ent_type_ == "PERSON" and t.is_alpha)

    def _name_read_as_noun(self, head: Token) -> tuple[str, str] | None:
        """(name, type) of a name the tagger took for a common noun and the NER missed.

        A surname typed a person elsewhere in the article, mid-sentence or opening it
        ("In that role, Cummings oversaw ...", "Trump later scheduled a town hall"):
        that person. A listed actor written in capitals ("ECOWAS threatens military
        action against Niger"): that actor. An acronym no dictionary lists and no English
        word spells (:func:`_unknown_acronym`: "ISWAP is suspected of abducting ..."): an
        organisation, as the NER types it in other sentences. A capitalised common noun opening a
        sentence ("Police said", "Officials announced") is neither.
        """
        if head.pos_ != "NOUN" or not head.text[:1].isupper():
            return None
        if head.text in self._person_words:
            return self.short_form(head.text)
        if len(head.text) > 1 and head.text.isupper() and head.is_alpha:
            found = self.short_form(head.text) or known_variant(head.text)
            if found is None and (listed := dictionary_variant(head.text.casefold())):
                # the dictionary's spelling of an acronym ("Ecowas") gives way to the text's
                found = (head.text, listed[1]) if listed[0].casefold() == head.lower_ else listed
            if found is None and _unknown_acronym(head):
                found = (head.text, "ORG")
            return found
        return None

    def _name(self, ent: Span) -> str:
        """:func:`entity_name` of an entity of this article (cached)."""
        key = (ent.start, ent.end)
        name = self._names.get(key)
        if name is None:
            name = entity_name(ent)
            if ent.label_ == "PERSON" and " " not in name:
                surname = self._kin_surname(ent)
                if surname is not None and surname != name:
                    name = f"{name} {surname}"  # "Herbert Haft and his son Robert"
                    self._kin_named.add(key)
            self._names[key] = name
        return name

    def _kin_surname(self, ent: Span) -> str | None:
        """The family name of a person given by a first name alone after a kin noun of
        :data:`~extract.lexicon.SURNAME_KIN` whose possessor is a named person: "Dart
        chairman Herbert Haft and his son Robert" (Robert Haft), "Smith's daughter Anne",
        "Mr Ortega said his brother Humberto ...". The possessor is a person's name owning
        the kin noun, or "his"/"her" of the one person (of that gender, by the first
        name) named before in the sentence. None otherwise: a possessor no name says, two
        persons named before, a one-word possessor that is itself a given name.
        """
        root = ent.root
        kin = None
        if root.dep_ == APPOS and root.head.lower_ in SURNAME_KIN and root.head.i < ent.start:
            kin = root.head  # "his son Robert", "his son, Robert,"
        else:
            kin = next((c for c in root.lefts if c.dep_ in (COMPOUND, NMOD)
                        and c.lower_ in SURNAME_KIN), None)  # "son" + "Robert" one phrase
        if kin is None or len(ent) != 1:
            return None
        owner = next((c for c in (*kin.lefts, *root.lefts) if c.dep_ == POSS), None)
        if owner is None:
            return None
        owner_ent = self.entity_of(owner)
        if owner_ent is None and owner.lower_ in ("his", "her"):
            gender = "m" if owner.lower_ == "his" else "f"
            people = {e.text: e for e in self.entities
                      if e.label_ == "PERSON" and e.sent == ent.sent and e.end <= owner.i}
            fitting = [e for e in people.values()
                       if first_name_gender(e[0].text) in (gender, None)]
            owner_ent = fitting[0] if len(fitting) == 1 == len(people) else None
        if owner_ent is None or owner_ent.label_ != "PERSON" or owner_ent.start == ent.start:
            return None
        words = [t.text for t in owner_ent if t.is_alpha and t.dep_ != CASE]
        if not words or (len(words) == 1 and first_name_gender(words[0]) is not None):
            return None
        return words[-1]

    # -- entities -------------------------------------------------------------
    @staticmethod
    def _merged_entities(doc: Doc, stops: frozenset[int]) -> Iterator[Span]:
        pending: Span | None = None
        for ent in whole_names(doc, stops):
            if ent.label_ not in NAMED_TYPES or _only_titles(ent):
                continue
            if (pending is not None and pending.label_ == ent.label_ == "PERSON"
                    and pending.end == ent.start):
                pending = Span(doc, pending.start, ent.end, label="PERSON")
                continue
            if pending is not None and _faith_before_group(pending, ent):
                # "the Christian Democrats": one party, not "Christian" and "Democrats"
                pending = Span(doc, pending.start, ent.end, label="NORP")
                continue
            if pending is not None:
                yield pending
            pending = ent
        if pending is not None:
            yield pending

    def entity_of(self, token: Token) -> Span | None:
        """The (merged) named entity containing ``token``, if any."""
        return self._by_token.get(token.i)

    def _index_short_forms(self) -> dict[str, tuple[str, str]]:
        candidates: dict[str, set[tuple[str, str]]] = defaultdict(set)
        #: surname -> where each full name that ends in it is first named
        surnames: dict[str, dict[str, int]] = defaultdict(dict)
        capitals = frozenset(t.text for t in self.doc if t.is_upper and t.is_alpha)
        for ent in self.entities:
            name = self._name(ent)
            words = name.split()
            person = _person_name(name, ent.label_)
            if person is not None and (ent.start, ent.end) not in self._kin_named:
                # (not a son named by his father's family name: "Biden" is the father)
                parts = person.split()
                candidates[parts[-1].casefold()].add((person, "PERSON"))
                surnames[parts[-1]].setdefault(person, ent.start)
                if len(parts) >= 3:
                    candidates[" ".join(parts[-2:]).casefold()].add((person, "PERSON"))
            # "Israel Defense Forces (IDF)": an acronym defined in brackets
            after = self.doc[ent.end: ent.end + 3]
            if (len(after) == 3 and after[0].text == "(" and after[2].text == ")"
                    and _is_acronym_of(after[1].text, words)):
                name = canonical_variant(name)
                candidates[after[1].text.casefold()].add((name, ent.label_))
                self.acronyms[after[1].text] = name
            elif len(after) == 3 and after[0].text == "(" and after[2].text == ")" and (
                    _foreign_acronym(after[1].text, ent.label_)):
                # "the Republican People's Party (CHP)": the party's own initials, in its
                # own language; never to be read as another name's initials
                name = canonical_variant(name)
                candidates[after[1].text.casefold()].add((name, ent.label_))
                self.acronyms[after[1].text] = name
            elif ent.label_ == "ORG":  # "the Association of Tin Producing Countries" ... "the ATPC"
                acronym = _spelt_initials(words)
                if acronym in capitals:
                    candidates[acronym.casefold()].add((canonical_variant(name), ent.label_))
        for i, person, surname in self._untyped_bearers(surnames):
            candidates[surname.casefold()].add((person, "PERSON"))
            surnames[surname].setdefault(person, i)
        found = {k: next(iter(v)) for k, v in candidates.items() if len(v) == 1}
        for surname, people in surnames.items():
            if len(people) > 1:
                main = self._main_bearer(surname, people)
                if main is not None:
                    found[surname.casefold()] = (main, "PERSON")
        return found

    def _index_head_forms(self) -> dict[str, str]:
        """The heads of the article's institution names whose other words only say whose
        they are, to the full name: "the European Community" ... "the Community", "the
        Tunisian Parliament" ... "Parliament" (:func:`_whose_word`; a head two names share
        stands for neither, and a place is no head: "American Samoa" does not make "Samoa"
        its; matched as written, capitalised: "the community" is no name).
        """
        candidates: dict[str, set[str]] = defaultdict(set)
        for ent in self.entities:
            if ent.label_ != "ORG":
                continue
            name = self._name(ent)
            words = name.split()
            if (len(words) >= 2 and words[-1][:1].isupper() and words[-1].isalpha()
                    and all(_whose_word(w) for w in words[:-1])
                    and not _whose_word(words[-1]) and not names_country(words[-1])
                    and not listed_place(words[-1])):
                candidates[words[-1]].add(canonical_variant(name))
        return {head: next(iter(names)) for head, names in candidates.items()
                if len(names) == 1}

    def _untyped_bearers(self, surnames: dict[str, dict[str, int]]) -> list[tuple[int, str, str]]:
        """(start, full name, surname) of people the NER missed who bear a surname it typed.

        "Ruth Elma Cummings spoke. Representative Elijah Cummings died": "Elijah
        Cummings", a common given name and the surname, untyped, is another bearer.
        """
        doc = self.doc
        found = []
        for tok in doc[1:]:
            if tok.text not in surnames:  # most words: no Token made for the one before
                continue
            given = doc[tok.i - 1]
            if (tok.pos_ == "PROPN" and given.pos_ == "PROPN"
                    and tok.i not in self._by_token and given.i not in self._by_token
                    and first_name_gender(given.text) is not None):
                found.append((given.i, f"{given.text} {tok.text}", tok.text))
        return found

    def _main_bearer(self, surname: str, people: dict[str, int]) -> str | None:
        """The person a surname alone stands for when several full names share it, or None.

        News calls its subject by the surname once it has named them in full:
        "Representative Elijah Cummings died ... Cummings was 68. His parents,
        Robert Cummings Sr. and Ruth Elma Cummings, ... Cummings passed the bar":
        the surname, used alone before any other bearer is named, is the first
        bearer's, and stays theirs when a relative is named later. When the other
        bearer comes first or the surname is not used alone in between ("Joe and
        Jill Biden ... Biden said"), which one is not said.
        """
        order = sorted(people.items(), key=lambda item: item[1])
        (first, start), (_, second) = order[0], order[1]
        for tok in self.doc[start:second]:
            if tok.text != surname:
                continue
            ent = self._by_token.get(tok.i)
            if ent is None or len(self._name(ent).split()) == 1:
                return first
        return None

    def _index_places(self) -> set[str]:
        """Names this article uses as places: "the town of X", "the X region"."""
        places = set()
        # the lemmas of the Doc read at once: only the tokens with a place head are made
        lemmas = self.doc.to_array(LEMMA).tolist()
        strings = self.doc.vocab.strings
        heads = {h for h in set(lemmas) if _is_place_head(h, strings)}
        if not heads:
            return places
        for i in [i for i, lemma in enumerate(lemmas) if lemma in heads]:
            found = self._modifier_entity(self.doc[i])
            if found is not None:
                places.add(self.canonical(self._name(found)))
        return places

    def _antecedents(self) -> Iterator[Antecedent]:
        sentence = {}
        for number, sent in enumerate(self.doc.sents):
            for i in range(sent.start, sent.end):
                sentence[i] = number
        for ent in self.entities:
            mention = self._entity_mention(ent, ent.root)
            if mention is None:
                continue
            roles, countries = self._person_context(ent) if ent.label_ == "PERSON" else ((), ())
            if mention.type == "ORG" or company_named(ent):
                countries = self._origin_countries(ent)
            yield Antecedent(entity=ent, label=mention.label, type=mention.type,
                             sentence=sentence.get(ent.start, 0),
                             subject=ent.root.dep_ in (NSUBJ, NSUBJPASS),
                             roles=frozenset(roles), countries=frozenset(countries))

    def _origin_countries(self, ent: Span) -> set[str]:
        """The countries an organisation is given as from, by a nationality in its own
        phrase or in the noun phrase it is in apposition to, or in its apposition:
        "Australian miner Karragin Resources", "the Russian firm Rus-Litiy", "Vialtec, a
        Brazilian builder," (Australia, Russia, Brazil), so that "the Australian company"
        fits it (:meth:`~extract.coref.Coreference._fits_description`) and not another
        company named beside it, nor the company named in its apposition's "of" phrase
        ("Ostra Bank, a unit of the German lender Hanseatic Group,": no German company).
        Only nationality words: a place that owns the name
        ("Brazil's Federal Police") says whose body it is, not where a company is from."""
        root = ent.root
        words = [t for t in root.subtree if t.i < ent.start]
        if root.dep_ == APPOS and root.head.i < ent.start:
            words.extend(t for c in root.head.lefts for t in c.subtree)
        # the apposition's own modifiers, not a name in its "of" phrase ("Ostra Bank, a
        # unit of the German lender Hanseatic Group,": Hanseatic Group's nationality)
        words.extend(t for c in root.rights if c.dep_ == APPOS
                     for m in c.lefts for t in m.subtree)
        found = set()
        for t in words:
            country = country_of(t.text) if t.ent_type_ == "NORP" else None
            if country:
                found.add(country)
        return found

    def _person_context(self, ent: Span) -> tuple[set[str], set[str]]:
        """Role words and countries of a person from their title and apposition."""
        words: list[Token] = [t for t in ent if t.lower_ in ROLE_OR_TITLE_WORDS]
        i = ent.start
        subtree = {t.i for t in ent.root.subtree}
        while i > 0 and i - 1 in subtree and self.doc[i - 1].dep_ in (
                COMPOUND, NMOD, AMOD, PREP, POBJ, PUNCT, NPADVMOD):
            i -= 1
            words.append(self.doc[i])
        for child in kids(ent.root):
            if child.dep_ == APPOS:
                words.extend(t for t in child.subtree)
        roles = {t.lower_ for t in words if t.lower_ in ROLE_OR_TITLE_WORDS}
        countries = set()
        for t in words:
            country = country_of(t.text)
            if country:
                countries.add(country)
            owner = self.entity_of(t)
            if owner is not None and owner.label_ in ("GPE", "ORG") and owner is not ent:
                countries.add(self.canonical(self._name(owner)))
        return roles, countries

    def _type(self, ent: Span, label: str) -> str:
        if ent.label_ not in PLACE_TYPES and label in self._places:
            return "GPE"
        if ent.label_ == "PERSON" and listed_place(label):
            return "GPE"  # "Goma", "Kyiv" typed a person by the NER
        if ent.label_ in ("ORG", "PERSON") and is_country(label):
            return "GPE"  # "Niger" typed an organisation
        return ent.label_

    @functools.cached_property
    def _company_short_forms(self) -> dict[str, tuple[str, str]]:
        """The first words of the article's company names, to the full name: wire copy
        names a company in full once ("Kestrel Engineering Plc", "Dorchester Group Inc")
        and then by its first words ("Kestrel said it would ..."), which the NER often
        types a person. Only names that end in a legal form ("Inc", "Plc", "Ltd": a
        hard :func:`~actorgraph.extract.hygiene.corporate_suffix`; "GitHub Trust and
        Safety team" or "Tata Group" may be a part of a company or a family of them),
        and only a prefix that no other company and no person's surname shares."""
        from actorgraph.extract.hygiene import corporate_suffix
        candidates: dict[str, set[tuple[str, str]]] = defaultdict(set)
        for ent in self.entities:
            if ent.label_ != "ORG" or len(ent) < 2 or corporate_suffix(ent[-1]) != "hard":
                continue
            name = self._name(ent)
            words = name.split()
            for n in range(1, len(words)):
                candidates[" ".join(words[:n]).casefold()].add((name, "ORG"))
        return {k: next(iter(v)) for k, v in candidates.items()
                if len(v) == 1 and k not in self._short_forms}

    def short_form(self, name: str) -> tuple[str, str] | None:
        """(full name, type) that ``name`` abbreviates in this article, if any."""
        return self._short_forms.get(name.casefold())

    def canonical(self, name: str) -> str:
        """Canonical label of a stripped name within this article."""
        country = self._country_short_forms.get(name.casefold())
        if country is not None:
            return country
        name = canonical_variant(name)
        found = self.short_form(name)
        return found[0] if found else self._head_forms.get(name, name)

    @functools.cached_property
    def _country_short_forms(self) -> dict[str, str]:
        """The last words of a country's full name named in the article, to that country,
        where the dictionary gives those words alone to another country: "the Democratic
        Republic of Congo ... Congo" is the DR Congo, not the Republic of the Congo that a
        bare "Congo" is out of context; "Republic of Congo ... Congo" stays the latter.
        """
        found: dict[str, set[str]] = defaultdict(set)
        for ent in self.entities:
            if ent.label_ != "GPE":
                continue
            written = self._name(ent)
            country = canonical_variant(written)
            words = written.split()
            if len(words) < 2 or not names_country(country):
                continue
            for n in range(1, min(3, len(words))):
                tail = " ".join(words[-n:])
                # the dictionary gives the words alone to another country, whose own name
                # they are not ("Congo": the Republic of the Congo; but "Sudan" after "South
                # Sudan" is Sudan)
                other = lookup(tail)
                if (other is not None and other.kind == "country"
                        and canonical_variant(tail) not in (country, tail)):
                    found[tail.casefold()].add(country)
        short = {tail: next(iter(c)) for tail, c in found.items() if len(c) == 1}
        return short | {k: v for k, v in self._short_names_by_place().items() if k not in short}

    def _short_names_by_place(self) -> dict[str, str]:
        """A bare short name whose dictionary country no listed place, people or group of
        the article belongs to, to the one country they do belong to whose full name ends
        in it: "Congo" in a story of Goma, Kinshasa or Congolese troops is the DR Congo,
        not the Republic of the Congo the word names alone; with Brazzaville, or with
        places of both, it stays the dictionary's reading."""
        shorts: dict[str, str] = {}  # short name (casefold) -> its dictionary country code
        evidence: set[str] = set()  # country codes of the article's other listed names
        for ent in self.entities:
            name = self._name(ent)
            entry = lookup(name)
            code = entry.code() if entry is not None else None
            if not code or not is_country_code(code[:3]):
                continue
            if entry.kind == "country" and " " not in name and len(code) == 3:
                if entry.canonical.casefold() != name.casefold():  # "Sudan" is Sudan's own
                    shorts[name.casefold()] = code
            else:
                evidence.add(code[:3])
        countries = {country_name(c) for c in evidence} - {None}
        found: dict[str, str] = {}
        for short, code in shorts.items():
            if code in evidence:
                continue
            owners = {o for o in countries if o.casefold().endswith(" " + short)}
            if len(owners) == 1:
                found[short] = owners.pop()
        return found

    # -- mentions -------------------------------------------------------------
    def _extent(self, head: Token, ent: Span | None = None) -> Span:
        """The noun phrase as written: left modifiers through the head (or entity).

        A word the tokenizer cut at a hyphen is whole at both edges ("anti-semitism"
        parsed as three objects is not "semitism"), and a number right after a
        proper-noun head is part of its name ("Category 5").

        Kept per head and entity (a function of the parse alone, asked of the same
        heads again and again; the span is shared, never changed).
        """
        asked = (head.i, None) if ent is None else (head.i, ent.start, ent.end)
        found = self._extents.get(asked)
        if found is None:
            found = self._extents[asked] = self._find_extent(head, ent)
        return found

    def _find_extent(self, head: Token, ent: Span | None) -> Span:
        doc = self.doc
        start = head.left_edge.i
        end = head.i + 1
        if ent is not None:
            start, end = min(start, ent.start), max(end, ent.end)
        if ent is None:  # a name keeps its own extent: "then-U.S.-president" is no name
            while start >= 2 and self._hyphenated(start - 2) and not doc[start].ent_type_:
                start -= 2
            while end + 1 < len(doc) and self._hyphenated(end - 1) \
                    and not doc[end + 1].ent_type_:
                end += 2
        if (head.pos_ == "PROPN" and end == head.i + 1 and end < len(doc)
                and _name_number(doc[end]) and doc[end].head.i == head.i):
            end += 1  # "reached Category 5"
        # (nor the "neither", "both" or "either" of a coordination: "neither the camp"; nor
        # the "not" of a contrasted member of a list, which is no part of its name:
        # "sanctioned banks but not Gazprom", "not Russia but Ukraine"; "not a single
        # suspect" keeps it)
        contrasted = head.dep_ == CONJ or any(c.dep_ == CONJ for c in kids(head))
        while start < end - 1 and (doc[start].pos_ in ("DET", "PUNCT", "SPACE")
                                   or doc[start].dep_ == PRECONJ
                                   or doc[start].is_space
                                   or (contrasted and doc[start].dep_ == NEG
                                       and doc[start].head.i == head.i)
                                   ) and not self._hyphenated(start):
            start += 1
        return doc[start:end]

    def _hyphenated(self, i: int) -> bool:
        """Whether token ``i`` is joined by a hyphen to the next word ("no-deal", "10-year")."""
        return (not self.doc[i].whitespace_ and i + 2 < len(self.doc)
                and self.doc[i + 1].text in _NUMBER_JOINS and not self.doc[i + 1].whitespace_)

    def _entity_mention(self, ent: Span, head: Token, *, via: str = "name") -> Mention | None:
        key = (ent.start, ent.end, head.i, via)
        if key not in self._mentions:
            self._mentions[key] = self._new_entity_mention(ent, head, via)
        return self._mentions[key]

    def _new_entity_mention(self, ent: Span, head: Token, via: str) -> Mention | None:
        name = self._name(ent)
        if not name:
            return None
        extent = self._extent(head, ent)
        # "Congo" after "the Democratic Republic of Congo" is that country by its name
        # (canonical), not the one the dictionary gives the word alone
        country = None if name.casefold() in self._country_short_forms else country_of(name)
        if country is not None and ent.label_ != "NORP" and (
                country == name or ent.label_ == "PERSON" and not (
                    ent[-1].dep_ in (AMOD, COMPOUND, NMOD) and ent[-1].head.pos_ == "NOUN")):
            # "Jordan" is a name, and so is a person's "French said"; "Ukrainian drones" or
            # "Sri Lankan troops" the NER typed a place or a person is still a nationality,
            # never an actor's label
            country = None
        if country is not None and ent.label_ == "NORP" and _counted_people(head):
            # "30 Israelis were killed", "two Americans sued": people of a nationality,
            # counted, are no state
            country = None
        company = self._company_first_words(ent, name, nationality=True) \
            if ent.label_ == "NORP" else None
        if (company is not None and head.i == ent.root.i and head.tag_ == "NNP"
                and not any(c.dep_ == DET for c in head.lefts)):
            # "Anglo American Corp ... Anglo American said": the company by its first
            # words, not the nationality the NER typed them ("the British said": the people)
            return Mention(text=extent.text, label=company[0], type=company[1],
                           start=extent.start_char, end=extent.end_char, via=via)
        if country is not None:
            # a nationality acting as an actor: "the Israelis" -> Israel
            return Mention(text=extent.text, label=country, type="GPE",
                           start=extent.start_char, end=extent.end_char, via="standin")
        label = self.canonical(name)
        # a short form takes the type of the full name ("Blinken" tagged GPE)
        short = self.short_form(canonical_variant(name))
        if short is None and ent.label_ in ("PERSON", "ORG"):
            short = self._company_first_words(ent, name)
            label = label if short is None else short[0]
        typ = short[1] if short is not None else self._type(ent, label)
        return Mention(text=extent.text, label=label, type=typ,
                       start=extent.start_char, end=extent.end_char, via=via)

    def _company_first_words(self, ent: Span, name: str, *,
                             nationality: bool = False) -> tuple[str, str] | None:
        """(full name, type) of the company whose first words the name ``ent`` is, alone or
        after the capitalised word that modifies it (:meth:`_company_short_forms`).

        "Kestrel said it would ..." after "Kestrel Engineering Plc"; "American Foundry,
        which makes castings" and "Anglo American said" with "American" typed a
        nationality: the modifier and the name are the company's first words. A
        ``nationality`` of one word that is a country's, alone, is that country named by
        its nationality, no company's first words ("Iran accused *Saudi* of flooding the
        market" after "Saudi Basic Industries Corp"; "South African said", "North American
        said" may be a company's).
        """
        lone_country = nationality and " " not in name.strip() and country_of(name) is not None
        short = None if lone_country else self._company_short_forms.get(
            canonical_variant(name).casefold())
        if short is None and ent.start > 0:
            before = self.doc[ent.start - 1]
            if (before.dep_ in (COMPOUND, AMOD, NMOD) and ent.start <= before.head.i < ent.end
                    and before.text[:1].isupper()):
                short = self._company_short_forms.get(
                    f"{before.text} {canonical_variant(name)}".casefold())
        return short

    def _modifier_entity(self, head: Token) -> Span | None:
        """Entity standing behind a generic head: "town of X", "the X group" (not the
        "of" phrase of a nationality's institution as a "by" agent:
        :func:`nationality_agent`)."""
        for prep in kids(head):
            if prep.dep_ == PREP and prep.lower_ == "of" and not nationality_agent(head):
                for pobj in kids(prep):
                    ent = self.entity_of(pobj) if pobj.dep_ == POBJ else None
                    if ent is not None:
                        return ent
        for child in reversed(list(head.lefts)):
            if child.dep_ in (COMPOUND, NMOD, AMOD):
                ent = self.entity_of(child)
                if ent is not None and ent.label_ != "NORP":
                    return ent
        return None

    def _named_organisation(self, head: Token) -> Span | None:
        """The organisation a kind of organisation is, named before it: "Ukraine's SBU
        security service" (SBU), "the Interfax news agency" (Interfax)
        (:data:`~extract.lexicon.ORGANISATION_KIND_HEADS`). The name is a modifier the NER
        typed an organisation, with nothing but common nouns between it and the head (a
        place or a person says where or whose it is: "a Moscow firm", "the Musk company").
        """
        for child in reversed(list(head.lefts)):
            if child.dep_ not in (COMPOUND, NMOD, AMOD):
                return None
            ent = self.entity_of(child)
            if ent is not None:
                return ent if ent.label_ == "ORG" else None
            if child.pos_ != "NOUN" or not child.is_lower:
                return None  # ("a new security service": no name before the kind)
        return None

    def _standin(self, head: Token) -> Mention | None:
        """The named actor a group or institution stands for, if any.

        "Israeli forces" and "the German government" stand for the country;
        "Hamas militants", "members of Hezbollah" and "Hamas-led terrorists"
        for the organisation.
        """
        lemma, word = head.lemma_.lower(), head.lower_
        extent = self._extent(head)
        for child in head.lefts:
            # (a name of its own says who: "the Communist-led Workers Commissions" are
            # no Communists, as "Hamas-led terrorists" are Hamas; a capitalised group
            # word is no name: "the Saudi-led Coalition" is Saudi Arabia's)
            if (child.dep_ == AMOD and child.lemma_.lower() in LED_VERBS
                    and (head.pos_ != "PROPN" or _group_word_only(head))):
                for leader in kids(child):
                    ent = self.entity_of(leader)
                    if ent is not None and leader.i < child.i:
                        return self._as_standin(self._entity_mention(ent, leader), extent)
        led = self._led_by(head)
        if led is not None:
            return self._as_standin(led, extent)
        domestic = self._domestic_country(head, extent)
        if domestic is not None:
            return domestic
        agency = _state_agency(head)  # "Russia's security service"
        if _currency_unit(head):
            return None  # "lift the U.S. unit above 151 yen": the dollar
        if not ({lemma, word} & MEMBER_HEADS or _state_institution(head) or agency):
            return None
        # a named side before the head says whose they are, and "from" only where they come
        # from: "expelling 10 Latvian diplomats from Moscow" are Latvia's, not Moscow's (a
        # faith or people is no side: "Shiite militiamen from Iraq" are Iraq's)
        named_before = any(c.dep_ in _SIDE_MODIFIER_DEPS and _names_side(self.entity_of(c))
                           for c in head.lefts)
        # ("the detention by Chinese authorities of two Canadians": the "of" phrase is
        # the event's, not whose the authorities are: :func:`nationality_agent`)
        own_of = not nationality_agent(head)
        for prep in kids(head):
            if prep.dep_ == PREP and ((prep.lower_ == "of" and own_of)
                                      or (prep.lower_ == "from" and not named_before)):
                for pobj in kids(prep):
                    ent = self.entity_of(pobj) if pobj.dep_ == POBJ else None
                    if ent is None and pobj.dep_ == POBJ and pobj.lower_ in GROUP_HEADS:
                        # "members of the Lakurawa group": the group its name names
                        ent = self._modifier_entity(pobj)
                    if ent is not None and ent.label_ in ("ORG", "GPE", "NORP") and not (
                            ent.label_ == "NORP" and country_of(self._name(ent)) is None):
                        # a faith or a party line ("the leader of Roman Catholic
                        # Christianity") has no members acting for it; a nation has
                        return self._as_standin(self._entity_mention(ent, pobj), extent)
        possessor = next((c for c in head.lefts if c.dep_ == POSS), None)
        described = (self._described_owner(possessor)
                     if possessor is not None and self.entity_of(possessor) is None else None)
        if described is not None and (described.type == "ORG"
                                      or not {lemma, word} & NONSTATE_MEMBERS):
            # "accused Afghanistan of sheltering *the group's leadership*", "arming the
            # group's fighters": the one named before, as "the TTP's leadership" is the TTP
            return self._as_standin(described, extent)
        for child in reversed(list(head.lefts)):
            ent = self.entity_of(child) if child.dep_ in (COMPOUND, NMOD, AMOD, POSS) else None
            if ent is None:
                continue
            if _joint_things(head, child):
                return None  # "eliminating all U.S. and Soviet missiles": the missiles
            if (ent.label_ == "PERSON" and child.dep_ == POSS and _state_institution(head)
                    and names_country(self._name(ent))):
                # "Togo's government", "Niger's military government" with the country typed
                # a person: a state's institution is the country's
                return Mention(extent.text, self.canonical(self._name(ent)), "GPE",
                               extent.start_char, extent.end_char, via="standin")
            if ent.label_ in ("ORG", "GPE"):
                mention = self._entity_mention(ent, child)
                if mention is not None and mention.type == "PERSON":
                    return None  # "Trump aides" tagged ORG: a person has no members
                if (mention is not None and mention.type == "GPE" and child.dep_ == POSS
                        and {lemma, word} & NONSTATE_MEMBERS):
                    continue  # "Colombia's ELN rebels" are not Colombia (but "Tuareg rebels")
                return self._as_standin(mention, extent)
            if ent.label_ == "NORP" and (_state_institution(head) or agency):
                if _counted_people(head) and _acted_on(head):
                    # "expelled four Indian diplomats", "shot down 20 Russian drones": so
                    # many people or things of a nation acted on, not its state (as "30
                    # Israelis"); a group of the nation (NORP) labelled as written
                    return Mention(extent.text, self._concept_label(head), "NORP",
                                   extent.start_char, extent.end_char, via="concept")
                country = country_of(self._name(ent))
                if country is not None:
                    return Mention(extent.text, country, "GPE", extent.start_char,
                                   extent.end_char, via="standin")
        return self._pronoun_owner(head, extent)

    def _domestic_country(self, head: Token, extent: Span) -> Mention | None:
        """The country whose "in" phrase a bare state body has, as its standin, or None.

        "Police in Bangladesh fired rubber bullets", "officials in Kenya said": the body
        acts for the country, as "Bangladeshi police" do. Only a body of
        :data:`~extract.lexicon.DOMESTIC_BODIES` with no name, nationality or possessor
        of its own ("Indian officials in Kenya" are India's), and a country, not a city
        ("police in Paris"), in its one "in" phrase ("police in Clairton, Pennsylvania, in
        the eastern United States" are the town's). A body that sits in its state's
        capital (:data:`~extract.lexicon.SEAT_BODIES`) stands for the city it sits in as
        the city's name does ("the government in Quito", "the regime in Damascus"), unless
        a modifier makes it a region's own, which the city does not stand for
        (:data:`~extract.lexicon.SUBNATIONAL_MODIFIERS`: "the state government in Munich",
        "the provincial government in Lahore").
        """
        words = {head.lemma_.lower(), head.lower_}
        seat = bool(words & SEAT_BODIES) and not any(
            c.dep_ in (COMPOUND, NMOD, AMOD) and c.lemma_.lower() in SUBNATIONAL_MODIFIERS
            for c in head.lefts)
        if not (seat or words & DOMESTIC_BODIES) or any(
                c.dep_ in (COMPOUND, NMOD, AMOD, POSS)
                and (c.ent_type_ or c.pos_ in ("PROPN", "PRON")) for c in head.lefts):
            return None
        places = [p for p in kids(head) if p.dep_ == PREP and p.lower_ == "in"]
        if len(places) != 1:
            return None  # "police in Clairton, Pennsylvania, in the eastern United States"
        for prep in places:
            for pobj in kids(prep):
                ent = self.entity_of(pobj) if pobj.dep_ == POBJ else None
                if ent is None or ent.label_ != "GPE":
                    continue
                mention = self._entity_mention(ent, pobj)
                if mention is not None and mention.type == "GPE" and (
                        seat or names_country(mention.label)):
                    return self._as_standin(mention, extent)
        return None

    def _named_body(self, head: Token) -> Mention | None:
        """The one organisation named in the last sentences whose name ends in a bare state
        body's head, or None: "The Tajik Foreign Ministry accused Kyrgyzstan ... *the
        ministry* said it would summon the envoy" is the Tajik Foreign Ministry, not the
        country named last; "the Kenya Defence Forces ... the forces". Two such names
        ("the Tajik Foreign Ministry ... the Kyrgyz Foreign Ministry ... the ministry")
        leave it to the other rules (:meth:`_home_state`). An armed group outside a state is
        no state body: "the Kachin Independence Army ... *the army*" is not the rebels'
        (:meth:`~extract.coref.Coreference.armed_named`)."""
        coref = self.coreference
        here = coref.sentence_of(head)
        word = head.lower_
        found = [a for a in coref.antecedents
                 if a.type == "ORG" and a.entity.end <= head.left_edge.i
                 and here - a.sentence <= 3 and len(a.label.split()) > 1
                 and a.label.split()[-1].lower() == word
                 and not coref.armed_named(a)]
        if len({a.label for a in found}) != 1:
            return None
        extent = self._extent(head)
        return Mention(extent.text, found[-1].label, "ORG", extent.start_char,
                       extent.end_char, via="description")

    def _home_state(self, head: Token) -> tuple[bool, Mention | None]:
        """The country a bare state body stands for (:func:`bare_state_body`): whether it is
        decided, and the mention (None: unresolved).

        The country it refers back to as "the government" does (rule 4 of
        :mod:`extract.coref`: the one country named in the last sentences; for "the army",
        "the cabinet" as for "the government"), else the country of the article
        (:attr:`home`: "TOKYO - The government will ask parliament ..." -> Japan). Who acts
        comes first: a country named there only as what another actor acts on
        ("Castrellon accused *the United States* of orchestrating a campaign ... the
        government shut down three newspapers", filed from Panama City) is no one's state
        but its own, and the article's country is meant; a country named only as a place
        ("struck targets in southern *Lebanon*") is not meant when another acts there
        ("*Israeli* warplanes struck ... The army said"), nor is the article's country when
        another one acts in the last sentences (:meth:`Coreference.subject_countries
        <actorgraph.extract.coref.Coreference.subject_countries>`) or the article's country
        names another argument of its verb ("*Russian* hackers attacked the defence
        ministry": maybe another state's). Undecided, the
        description is resolved as any other ("the military" of no one: a concept).
        """
        if not bare_state_body(head):
            return self._home_police(head)
        extent = self._extent(head)
        coref = self.coreference
        found = self._coreferent(head) or self._named_body(head)
        named = found is not None  # what the existing rules give "the government"
        if found is None:
            state = coref.state(head)
            found = None if state is None else Mention(
                extent.text, state.label, state.type, extent.start_char, extent.end_char,
                via="description")
        acting = coref.subject_countries(head)
        home = self.home
        if (found is not None and home is not None and found.label != home
                and _home_department_says(head, home)):
            # "TOKYO - ... the United States stepped up pressure ... The Finance Ministry
            # said the government had rejected calls": the ministry's own government
            return True, Mention(extent.text, home, "GPE", extent.start_char, extent.end_char,
                                 via="description")
        if found is not None and found.label in coref.coargument_countries(head):
            return named, None  # "Russian hackers attacked the government": not Russia
        if found is not None and found.type != "GPE":
            return True, found  # "the Reagan administration ... the administration": Reagan
        if found is not None:
            if found.label in acting or (not acting and (
                    home is None or home == found.label
                    or not coref.acted_on(head, found.label))):
                return True, found
            if acting == {home}:
                pass  # "Japanese officials protested to the United States. The government"
            elif acting:
                return named, None  # a place, and another country acting there: which one
        if home is None or acting - {home} or home in coref.coargument_countries(head):
            # ("Russian hackers attacked the defence ministry": maybe another state's)
            return False, None
        return True, Mention(extent.text, home, "GPE", extent.start_char, extent.end_char,
                             via="description")

    def _home_police(self, head: Token) -> tuple[bool, Mention | None]:
        """The country a bare body that acts only at home is (:func:`home_body`): the
        article's (:attr:`home`), as for a bare "the government", but only when no other
        country is named in the last sentences (acting or not) nor is the home country
        another argument of its verb. "SANTIAGO - Chilean President Pinochet faced new
        protests. Police detained 30 demonstrators" -> Chile; "LONDON - France and Germany
        traded accusations. Police detained three protesters": undecided (a concept), as is
        any body when the article has no country, or when its country is named in the body's
        own sentence, where it may be what the body acts on ("Police are preparing to
        disperse Free Hong Kong protesters", with no dateline: not Hong Kong's police).
        """
        home = self.home
        if not home_body(head):
            return self._home_agent(head)
        if home is None:
            return False, None
        coref = self.coreference
        if coref.named_countries(head) - {home} or home in coref.coargument_countries(head):
            return False, None
        here = coref.sentence_of(head)
        if any(a.sentence == here and coref.country_named(a)[0] == home
               for a in coref.antecedents):
            return False, None  # "Police are preparing to disperse Free Hong Kong protesters"
        extent = self._extent(head)
        return True, Mention(extent.text, home, "GPE", extent.start_char, extent.end_char,
                             via="description")

    def _home_agent(self, head: Token) -> tuple[bool, Mention | None]:
        """The country a bare armed or police agent is (:func:`state_agent`): the article's
        (:attr:`home`), as for a bare "the government", when the article leaves no doubt.
        "COLOMBO - ... Troops launched a search operation and arrested 34 suspects" -> Sri
        Lanka; "MAPUTO - ... Government troops pursued the attackers" -> Mozambique;
        "SEOUL - ... Riot police fired tear gas" -> South Korea. Police (COP) act at home and
        are decided as a bare "police" is (:meth:`_home_police`). Armed forces act abroad
        too, so they are the article's country only when nothing before them or in their
        sentence names another state: no other country by name or nationality ("Afghan
        warplanes bombed a village in Pakistan ... two jets struck": not Pakistan's), no
        place of another country ("Baghdad radio said troops ...", filed from Nicosia), no
        body of states ("the United Nations said troops ..."), and no coup or mutiny in the
        article (:data:`~extract.lexicon.AGENT_DEFECTION_WORDS`: soldiers against their
        state). Either kind only in a story filed from the article's country
        (:attr:`filed`): a lead that makes the article another country's names the other
        side ("SEOUL - North Korean patrol boats crossed the sea border ... Troops fired"),
        and with no dateline the lead's one country may be either side. Undecided, they stay
        as they are.
        """
        sector = state_agent(head)
        if sector is None:
            return False, None
        home = self.home
        if home is None or self.filed != home:
            # ("SEOUL - North Korean patrol boats crossed the sea border ... Troops fired
            # warning shots": the lead makes the article North Korea's, not the troops')
            return False, None
        coref = self.coreference
        if home in coref.coargument_countries(head):
            return False, None  # "Troops shelled Lebanese villages", filed from Beirut
        here = coref.sentence_of(head)
        if sector == "COP":
            if coref.named_countries(head) - {home} or any(
                    a.sentence == here and coref.country_named(a)[0] == home
                    for a in coref.antecedents):
                return False, None
        else:
            if self._defection_told:
                return False, None
            from actorgraph.extract.homeland import place_country  # homeland imports this

            end = head.sent.end
            for antecedent in coref.antecedents:
                if antecedent.entity.start >= end:
                    break
                country = coref.country_named(antecedent)[0]
                if country is None and antecedent.type == "GPE":
                    country = place_country(antecedent.label)
                if country is not None and country != home:
                    return False, None
                entry = lookup(antecedent.label) if antecedent.type == "ORG" else None
                if entry is not None and any(code.startswith("IGO")
                                             for code, _, _ in entry.codes):
                    return False, None  # "the United Nations said troops ..."
        extent = self._extent(head)
        return True, Mention(extent.text, home, "GPE", extent.start_char, extent.end_char,
                             via="description")

    def _led_by(self, head: Token) -> Mention | None:
        """The one named leader of a group a participle says leads it, or None.

        "A group led by Texas investor Carl Brannigan said it has acquired 612,400
        shares", "a consortium led by Apex Partners", "a delegation led by Foreign
        Minister X": the group stands for its leader, as an "X-led" group does
        (:func:`led_leader`: one leader, named).
        """
        # ... or the side fighters are loyal to: "forces loyal to Khalifa Haftar"
        leader = led_leader(head) or allegiance_holder(head)
        ent = self.entity_of(leader) if leader is not None else None
        return self._entity_mention(ent, leader) if ent is not None else None

    def _pronoun_owner(self, head: Token, extent: Span) -> Mention | None:
        """The named body a group's possessive pronoun points to, as the group's standin.

        "Ukraine said its forces had shot down 20 drones", "Hamas said its fighters
        ambushed a patrol": "its forces" act for Ukraine as "Ukrainian forces" do. The
        body that reports the group's deed owns it; a state institution reporting it
        ("Russia's defence ministry said its forces ...", "the Israeli military said its
        troops ...") speaks for its state. Otherwise the pronoun's antecedent. Only an
        organisation or a state, no description; a state owns no armed group outside it
        (:data:`NONSTATE_MEMBERS`: "Colombia said its rebels" are not Colombia's). Only
        a group that acts (a subject): one acted on is so many people ("Poland expelled
        two of its diplomats").
        """
        if head.dep_ == NSUBJ and any(c.dep_ == POSS and c.tag_ == WHOSE_TAG
                                      for c in head.lefts):
            return self._relative_owner(head, extent)
        pronoun = next((c for c in head.lefts if c.dep_ == POSS and c.pos_ == "PRON"
                        and c.lower_ in _OWNER_PRONOUNS), None)
        # ("300,000 of its members had stopped work": so many of the group act, as it does)
        subject = head if head.dep_ == NSUBJ else _counted_subject(head)
        if pronoun is None or subject is None:
            return None  # a group acted on is those people ("expelled two of its diplomats")
        if any(c.lower_ in FORMER_WORDS for c in head.lefts):
            # "two of its former lawmakers had joined Reform UK": who left the body no
            # longer acts for it
            return None
        reporter = _reporting_subject(subject)
        if reporter is not None and self.coreference.denier(pronoun) is None:
            # (not "Burundi denies UN claims that its police tortured X": a denied claim's
            # "its" is the denier's, :meth:`~extract.coref.Coreference.denier`)
            owner = self._state_of(reporter) or self.resolve(reporter)
            if owner is not None and _serving_body(reporter, owner):
                # "The African Union mission says its troops did not withdraw": the
                # mission's troops act for the mission, which has no name of its own
                return Mention(extent.text, owner.label, owner.type, extent.start_char,
                               extent.end_char, via="standin")
        else:
            owner = self._coreferent(pronoun)
        if owner is None or owner.type not in _BODY_TYPES or (
                owner.type == "GPE" and {head.lemma_.lower(), head.lower_} & NONSTATE_MEMBERS):
            return None
        return Mention(extent.text, owner.label, owner.type, extent.start_char,
                       extent.end_char, via="standin")

    @functools.cached_property
    def _nouns_by_lemma(self) -> dict[str, list[Token]]:
        """The article's common nouns by lemma, in order (:meth:`_same_head_antecedent`)."""
        found: dict[str, list[Token]] = {}
        for tok in self.doc:
            if tok.pos_ == "NOUN" and not tok.ent_type_:
                found.setdefault(tok.lemma_.lower(), []).append(tok)
        return found

    @functools.cached_property
    def _earlier_mentions(self) -> EarlierMentions:
        """The fuller earlier mentions bare definite heads point back to
        (:mod:`extract.anaphora`), read once per article."""
        return EarlierMentions(phrase_heads(self.doc, self._named_entity), self.resolve,
                               self._says_which)

    def _named_entity(self, token: Token) -> Span | None:
        """The name a token is in, if it names someone or something (no date or figure)."""
        ent = self.entity_of(token)
        return ent if ent is not None and ent.label_ in NAMED_TYPES else None

    @staticmethod
    def _says_which(token: Token) -> bool:
        """Whether a phrase head has words of its own that may say which one it is: a name's
        head, :func:`_own_words`, or a clause that is no aside ("a treaty eliminating
        medium-range missiles")."""
        return bool(token.ent_type_) or _own_words(token) or any(
            c.dep_ in (ACL, RELCL) and not _set_off(c) and not _aside_relative(c)
            for c in token.rights)

    def _same_head_antecedent(self, head: Token) -> Mention | None:
        """What a bare definite description points back to: the one earlier phrase of the
        article with the same head that says which one it is.

        "Haiti's ruling military-civilian council rejected demands ... The council, headed
        by General Namphy, has ruled since ...": the council is Haiti's, which the first
        phrase stands for (Haiti); "Moscow tabled a draft treaty ... The Soviet draft ...
        Washington welcomed *the draft*": the Soviet draft; "Reynard Foods said *its board*
        rejected the offer. *The board* said ...": Reynard's board, which stands for Reynard
        (an owner pronoun the article resolves names it too). Only "the" (or "this", "these",
        "those") and the noun, with no complement or clause of its own (but one set off by
        a comma: "*the council*, headed by X,"); only an earlier
        phrase that names someone or something (a name in its label, or an actor it stands
        for), and only when every such phrase before it reads the same: two ("Haiti's
        council ... the U.N. council ... the council") leave it as it is. With no such
        phrase, it takes the most recent earlier phrase of its head whose own words say which
        (:class:`~extract.anaphora.EarlierMentions`): "Swarms of desert locusts have spread
        ... *the swarms* could reach Senegal", "the U.S. Agriculture Department said ...
        *the department* raised its forecast".
        """
        if head.ent_type_ or any(c.dep_ != DET or c.lower_ not in DEFINITE_DETERMINERS
                                 for c in head.lefts) or not any(True for _ in head.lefts) \
                or any((c.dep_ in (PREP, APPOS) and not _means_with(head, c))
                       or (c.dep_ in (RELCL, ACL) and not _set_off(c))
                       for c in head.rights) \
                or head.i in self._resolving:
            return None
        found: dict[str, Mention] = {}
        self._resolving.add(head.i)
        try:
            for earlier in self._nouns_by_lemma.get(head.lemma_.lower(), []):
                if earlier.i >= head.i:
                    break
                complement = concept_complement(earlier, named=True)
                if not any(c.dep_ in (POSS, COMPOUND, AMOD, NMOD)
                           and (c.ent_type_ or c.pos_ == "PROPN" or c.pos_ == "PRON"
                                and c.dep_ == POSS)
                           for c in earlier.lefts) \
                        and (complement is None or not complement[1].ent_type_) \
                        and self._made_by(earlier) is None:
                    continue  # "the council", "a new council" before: no name says which
                mention = self.resolve(earlier)
                if mention is not None and (mention.type != CONCEPT or any(
                        w[:1].isupper() for w in mention.label.split())):
                    found[mention.label] = mention
                else:  # a named one the label cannot say: which is meant is not clear
                    found[f"#{earlier.i}"] = mention
        finally:
            self._resolving.discard(head.i)
        if not found:
            # (a name is not taken for a head coreference rules on: "the Free Syrian Army
            # ... the army" is no group of its name)
            governed = self._is_anaphor(head) or self._named_kind(head)
            return (self._earlier_mentions.find(head, names=not governed)
                    or self._verbal_antecedent(head) or self._summed_act(head)
                    or self._acted_on(head))
        return next(iter(found.values())) if len(found) == 1 else None

    @functools.cached_property
    def _verbs_by_lemma(self) -> dict[str, list[Token]]:
        """The article's verbs by lemma, in order (:meth:`_verbal_antecedent`)."""
        found: dict[str, list[Token]] = {}
        for tok in self.doc:
            if tok.pos_ == "VERB":
                found.setdefault(tok.lemma_.lower(), []).append(tok)
        return found

    def _verbal_antecedent(self, head: Token) -> Mention | None:
        """Whose act a bare definite event noun points back to, when a verb before it told
        the act (:meth:`_same_head_antecedent` finds no phrase with its head), or None.

        "The World Court ordered Israel to halt the offensive ... Israel rejected *the
        order*": the World Court's order; "Westbury Foods said it filed suit against Regal
        ... Regal said it would fight *the suit*": Westbury Foods's suit (the noun's verb,
        :func:`~extract.derivation.relation_verb`: "suit" is "sue", "ruling" "rule").
        Bare, "order", "suit" say not whose. Every such verb before the noun must have a
        named subject (or "by" agent), one and the same, with no negation ("did not
        order" told no order; a verb with a particle is another verb: "ruled out changes
        ... would not change the rules"); nor is the owner the one acting on the noun ("Skylark
        bought ten jets ... Skylark will finance the purchase": its own, no news).
        """
        # (derivation reads the event tables, whose module needs this one first)
        from actorgraph.extract.derivation import relation_verb

        lemma = head.lemma_.lower()
        if people_lemma(lemma) or lemma in ORGANISATION_DESCRIPTIONS:
            return None
        owners: dict[str, Mention | None] = {}
        self._resolving.add(head.i)
        try:
            for earlier in self._verbs_by_lemma.get(relation_verb(lemma), []):
                if earlier.i >= head.i:
                    break
                agent = _verb_agent(earlier) or _adjunct_agent(earlier)
                mention = self.resolve(agent) if agent is not None \
                    and agent.i not in self._resolving else None
                if any(c.dep_ == PRT for c in kids(earlier)) or not _clause_verb(earlier):
                    continue  # "ruled out changes ... change the rules", "President-elect"
                if lemma in OBJECTLESS_ACT_NOUNS and _acts_on_thing(earlier):
                    continue  # "Assad ruled Syria ... annulled the ruling": no ruling
                if mention is None or mention.is_concept or not (
                        _told_act(earlier) or _told_adjunct(earlier, agent)) \
                        or any(c.dep_ == CONJ for c in kids(agent)):
                    # an act of someone unnamed, of several ("petitioned by Cherry and 78
                    # co-petitioners"), or untold ("did not order", "will launch"): whose
                    # it is is not clear
                    return None
                owners[mention.label] = mention
            if len(owners) != 1:
                return None
            owner = next(iter(owners.values()))
            if self._own_act(head, owner):
                return None  # its own act: "Skylark will finance the purchase"
        finally:
            self._resolving.discard(head.i)
        extent = self._extent(head)
        label = self._phrase_label(extent, head)
        return Mention(text=extent.text, label=f"{possessive(owner.label)} {label}",
                       type=CONCEPT, start=extent.start_char, end=extent.end_char,
                       via="concept")

    @functools.cached_property
    def _sentence_roots(self) -> list[Span]:
        """The article's sentences, in order (:meth:`_summed_act`)."""
        return list(self.doc.sents)

    def _own_act(self, head: Token, owner: Mention) -> bool:
        """Whether the one acting on an act's noun is the act's own doer, ``owner``
        (:meth:`_verbal_antecedent`, :meth:`_summed_act`): "Skylark bought ten jets ...
        Skylark will finance *the purchase*", "Israel defended *the operation*" (no news;
        "Cherry, who led the petition": Cherry). Called with ``head`` being resolved."""
        binder = binding_subject(head)
        acting = self.resolve(binder) if binder is not None \
            and binder.i not in self._resolving else None
        return acting is not None and _same_actor(acting.label, owner.label)

    def _announced(self, verb: Token, doer: Mention) -> bool:
        """Whether a verb is what its doer says it will do, which is a decision told
        (:meth:`_summed_act`): "Reagan said he would impose tariffs ... Japan regretted
        *the decision*"; not "Lebanon's parliament will elect a president" (no one says
        so), "said it might impose" (not decided) or "did not say it would"."""
        report = verb.head
        if verb.dep_ != CCOMP or report.lemma_.lower() not in REPORTING_VERBS \
                or has_neg(verb) or has_neg(report):
            return False
        modals = {c.lower_ for c in kids(verb) if c.dep_ == AUX and c.tag_ == "MD"}
        if not modals or not modals <= FUTURE_AUX:  # "will", "would"; not "might"
            return False
        speaker = next((c for c in kids(report) if c.dep_ == NSUBJ), None)
        said_by = self.resolve(speaker) if speaker is not None \
            and speaker.i not in self._resolving else None
        return said_by is not None and _same_actor(said_by.label, doer.label)

    def _summed_act(self, head: Token) -> Mention | None:
        """Whose act a bare definite noun that sums one up points back to, when an earlier
        sentence told the act with another verb (``[summed_acts]``), or None.

        "North Korea fired two missiles into the sea ... South Korea and Japan condemned
        *the launch*": North Korea's launch; "Turkish police detained 48 people in raids
        ... Yerlikaya praised *the operation*": Turkey's operation; "The court barred
        Machado from office. The EU condemned *the decision*": the court's decision. The
        act is the main verb of one of the three sentences before (of what a report says:
        "X fired missiles, the military said"), the nearest with a named doer and a verb
        of the noun's kind ("launch": fire, launch; "decision": any); a sentence with no
        named doer ("The missiles flew 300 km") is passed over. A negated act, several
        doers, or the doer acting on its own act ("Israel defended the operation") leave it
        as it is, as does an act further back. A noun marked "=" points back to a verb
        whose own object it was, bare ("Westbury said it filed suit against Regal ...
        Regal had not seen *the suit*": Westbury's suit).
        """
        lemma = head.lemma_.lower()
        kinds = _SUMMED_KINDS.get(lemma)
        if kinds is None or in_lead(head) or head.dep_ in (NSUBJ, NSUBJPASS):
            return None  # (a subject, "the suit seeks to block X", acts: not summed up)
        sentences = self._sentence_roots
        here = next(k for k, sent in enumerate(sentences) if sent.start == head.sent.start)
        owner = None
        self._resolving.add(head.i)
        try:
            for sent in reversed(sentences[max(0, here - _SUMMED_WINDOW):here]):
                verb = sent.root
                if verb.lemma_.lower() in REPORTING_VERBS:
                    verb = next((c for c in kids(verb) if c.dep_ == CCOMP), verb)
                if verb.lemma_.lower() in REPORTING_VERBS or not _clause_verb(verb) \
                        or verb.pos_ != "VERB" or any(t.text in _QUOTES for t in sent):
                    continue  # a report or a quote: no act of its own
                if "*" not in kinds and verb.lemma_.lower() not in kinds and not (
                        "=" in kinds and any(c.dep_ == DOBJ and c.lemma_.lower() == lemma
                                             for c in kids(verb))):
                    continue  # an act of another kind ("the missiles flew")
                agent = _verb_agent(verb)
                mention = self.resolve(agent) if agent is not None \
                    and agent.i not in self._resolving else None
                if mention is None or mention.is_concept:
                    if "*" in kinds and agent is not None and (
                            people_lemma(agent.lemma_.lower())
                            or agent.lemma_.lower() in ORGANISATION_DESCRIPTIONS):
                        # "a court in Poland ruled ... welcomed the decision": an act of
                        # someone unnamed is the one summed up ("the referral means the
                        # offer will lapse" tells no one's act)
                        return None
                    continue  # no named doer: not the act summed up
                if not (_told_act(verb) or "*" in kinds and self._announced(verb, mention)) \
                        or any(c.dep_ == CONJ for c in kids(agent)):
                    # untold ("did not ban", "may have fired", "will launch"), or whose
                    # of several is not said
                    return None
                owner = mention
                break
            if owner is None:
                return None
            if self._own_act(head, owner):
                # its own act: "Israel defended the operation"; what it was done to may
                # say which ("bought the container division of Borg ... financed the
                # purchase": purchase of container division)
                return _own_act_of(head, verb, self._extent(head)) if "of" in kinds else None
        finally:
            self._resolving.discard(head.i)
        extent = self._extent(head)
        label = self._phrase_label(extent, head)
        return Mention(text=extent.text, label=f"{possessive(owner.label)} {label}",
                       type=CONCEPT, start=extent.start_char, end=extent.end_char,
                       via="concept")

    def _acted_on(self, head: Token) -> Mention | None:
        """The act on a named person a bare definite noun points back to, when an earlier
        sentence told it with the noun's verb and no named doer, or None.

        "Police in Ankara arrested opposition leader Ekrem Demir ... the EU condemned *the
        arrest*": the arrest of Ekrem Demir; "A district court sentenced dissident writer
        Park Chong-min to three years ... condemned *the sentence*": the sentence of Park
        Chong-min. Bare, "arrest" and "sentence" say not whose, and with no named doer
        (:meth:`_verbal_antecedent`) the one acted on says it. Only a noun of an act of
        coercion or release (COERCE, RETREAT: arrest, detention, sentence, conviction,
        release) or a noun made from a verb of violence against a person (ASSAULT:
        killing, execution, kidnapping, not "attack", whose one acted on is no "of"), its
        verb (:func:`~extract.derivation.relation_verb`) told as done in the noun's
        sentence or the :data:`_SUMMED_WINDOW` before, each time with one and the same
        named person (or organisation, as the NER types some) as its object (or passive
        subject); not a verb with a particle ("let off") nor the person acting on it
        ("Park will appeal the sentence").
        """
        # (derivation and events read the event tables, whose module needs this one first)
        from actorgraph.extract.derivation import relation_verb
        from actorgraph.extract.events import default_lexicon

        lemma = head.lemma_.lower()
        verb_lemma = relation_verb(lemma)
        event_class = default_lexicon().classify(verb_lemma)
        if event_class not in _ACTED_ON_CLASSES or (event_class == "ASSAULT"
                                                    and verb_lemma == lemma):
            return None
        first = window_start(head, _SUMMED_WINDOW)
        patients: dict[str, Mention] = {}
        self._resolving.add(head.i)
        try:
            for earlier in self._verbs_by_lemma.get(verb_lemma, []):
                if earlier.i >= head.i:
                    break
                if earlier.i < first:
                    continue
                if any(c.dep_ == PRT for c in kids(earlier)) or not _clause_verb(earlier):
                    continue  # "let off with a fine", "President-elect"
                passive = any(c.dep_ == AUXPASS for c in kids(earlier))
                acted = [c for c in kids(earlier)
                         if c.dep_ == (NSUBJPASS if passive else DOBJ)]
                if len(acted) != 1 or any(c.dep_ == CONJ for c in kids(acted[0])) \
                        or acted[0].i in self._resolving or not _told_act(earlier):
                    return None  # several, none, or not told as done: which is not clear
                mention = self.resolve(acted[0])
                if mention is None or mention.type not in _ACTED_ON_TYPES:
                    return None  # (a person the NER may have typed an organisation)
                patients[mention.label] = mention
            if len(patients) != 1:
                return None
            patient = next(iter(patients.values()))
            if self._own_act(head, patient):
                return None  # "Park will appeal the sentence": his own, no news
        finally:
            self._resolving.discard(head.i)
        extent = self._extent(head)
        label = self._phrase_label(extent, head)
        return Mention(text=extent.text, label=f"{label} of {patient.label}", type=CONCEPT,
                       start=extent.start_char, end=extent.end_char, via="concept")

    def _credited_body(self, head: Token) -> Mention | None:
        """The actor a bare plural subject's own body, which its clause is credited to, is.

        "Soldiers later rescued 12 of the students, the army said", "Troops recaptured the
        town, according to the military": the soldiers are the army's, and stand for what
        the army stands for (the country); "Members voted to end the strike, the Teamsters
        union said": the union's. Only a plural with nothing else in its phrase ("the" at
        most: not "rebel soldiers", "soldiers of the presidential guard"), the subject of
        an active clause, and a body of its own kind (:data:`~extract.lexicon.BODY_KINDS`:
        "Troops killed five rebels, the police said" credits no one) that is an actor of
        the article, not a concept. None otherwise.
        """
        kind = _BODY_KIND.get(head.lower_)
        if kind is None or head.dep_ != NSUBJ or head.tag_ != "NNS" or head.ent_type_ \
                or any(c.dep_ != DET or c.lower_ != "the" for c in kids(head)) \
                or head.i in self._resolving:
            return None
        body = _reporting_subject(head) or according_to(head.head)
        if body is None or body.pos_ != "NOUN" or _BODY_KIND.get(body.lemma_.lower()) != kind:
            return None
        self._resolving.add(head.i)
        try:
            found = self.resolve(body)
        finally:
            self._resolving.discard(head.i)
        return found if found is not None and found.type != CONCEPT else None

    def _pronoun_possessor(self, head: Token) -> Mention | None:
        """The named organisation or state a concept's "its" or "their" says it belongs to.

        "American Dataform said *its shareholders* approved the merger", "Mexico agreed to
        cut *its budget deficit*", "the ATPC would extend *its export quotas*", "Gulfstar
        failed to reach agreement with *its bank lenders*": the concept is the owner's,
        which its label says ("Mexico's budget deficit") as it would for "Mexico's budget
        deficit"; bare, "budget deficit" says not whose. The people of a subject ("its
        shareholders") are not the body itself (as "its forces" stand for a state:
        :meth:`_pronoun_owner`). A subject's owner is the one who reports its clause, else,
        for a plural people noun, the one the pronoun refers to; any other argument's is the
        subject its pronoun is bound to (:func:`binding_subject`; the nearest organisation
        named before may be another: "The IMF approved a credit for Mexico on condition that
        it cut its budget deficit"). Only an organisation or a state (a country the NER
        typed a place as well: "Ivory Coast has withheld sales of *its* main crop"); None
        otherwise.
        """
        if head.pos_ != "NOUN":
            return None
        listed = self._listed_subject_owner(head)
        if listed is not None:
            return listed
        pronoun = next((c for c in head.lefts if c.dep_ == POSS and c.pos_ == "PRON"
                        and c.lower_ in _OWNER_PRONOUNS), None)
        if pronoun is None:
            owner = self._whose_owner(head)  # "the ATPC, whose members include ..."
            return owner if owner is not None and owner.type in _BODY_TYPES else None
        if head.dep_ in (NSUBJ, NSUBJPASS):
            reporter = _reporting_subject(head)
            people = head.tag_ == "NNS" and (person_lemma(head.lemma_.lower())
                                              or head.lemma_.lower() in COMPANY_PEOPLE)
            owner = (self.resolve(reporter) if reporter is not None
                     else self._coreferent(pronoun) if people else None)
        else:
            owner = self._binding_owner(pronoun, binding_subject(head))
        return owner if owner is not None and (owner.type in _BODY_TYPES or (
            owner.type == "LOC" and names_country(owner.label))) else None

    def _listed_subject_owner(self, head: Token) -> Mention | None:
        """The named actor a group listed after it in a subject owns by its possessive
        pronoun, or None: "Carl Icahn and *his* affiliates bought 2 mln shares" (Carl
        Icahn's affiliates), "Acme Corp and *its* subsidiaries hold 5 pct" (Acme Corp's
        subsidiaries). Also a person's plural group in a clause that person reports:
        "Icahn said *his* affiliates hold 34 mln shares". The pronoun agrees with its owner
        ("his", "her": a person; "its", "their": an organisation or a state, see
        :meth:`_pronoun_possessor` for the reported "its"); only a plural noun for a person.
        """
        pronoun = next((c for c in head.lefts if c.dep_ == POSS and c.pos_ == "PRON"), None)
        if pronoun is None:
            return None
        person = pronoun.lower_ in PERSON_PRONOUNS
        if person and head.tag_ != _PLURAL_NOUN:
            return None
        first = head
        while first.dep_ == CONJ and first.head is not first:
            first = first.head
        if first is not head:
            binder = first if first.dep_ in (NSUBJ, NSUBJPASS) else None
        elif person and head.dep_ in (NSUBJ, NSUBJPASS):
            binder = _reporting_subject(head)
        else:
            return None
        owner = self.resolve(binder) if binder is not None else None
        if owner is None:
            return None
        wanted = frozenset({"PERSON"}) if person else _BODY_TYPES
        return owner if owner.type in wanted and (person or pronoun.lower_ in _OWNER_PRONOUNS) \
            else None

    def _role_group_owner(self, head: Token) -> Mention | None:
        """The organisation whose members a bare "members" acted on are: the one named
        before the name of the person who acts, in that person's role ("OPEC president
        Rilwanu Lukman will travel to Vienna to urge *members* to honour their quotas":
        OPEC's members; "NATO Secretary-General Jens Stoltenberg urged *members* to raise
        defence spending"), or None. Only a bare plural of
        :data:`~extract.lexicon.MEMBERSHIP_HEADS` as an object ("its members", "members of
        the delegation", "new members" say or leave whose), its binding subject
        (:func:`binding_subject`) a person with one organisation before the name.
        """
        if (head.lemma_.lower() not in MEMBERSHIP_HEADS or head.tag_ != _PLURAL_NOUN
                or head.dep_ not in (DOBJ, POBJ, DATIVE) or any(True for _ in head.lefts)
                or any(c.dep_ == PREP for c in head.rights)):
            return None
        subject = binding_subject(head)
        if subject is None or subject.ent_type_ != "PERSON":
            return None
        groups = {self.entity_of(t) for t in self.doc[subject.left_edge.i:subject.i]
                  if t.ent_type_ == "ORG"} - {None}
        if len(groups) != 1:
            return None
        (ent,) = groups
        owner = self._entity_mention(ent, ent.root)
        return owner if owner is not None and owner.type == "ORG" else None

    def sole_owner(self, obj: Token, subject: Token, owner: Mention) -> bool:
        """Whether a concept object's possessive pronoun, whose owner
        :meth:`_pronoun_possessor` left unsaid, can only be the triple's subject: the
        pronoun agrees with it ("its", "their": an organisation, a state or a people;
        "his", "her": a person) and every name in the sentence outside the subject's own
        phrase is that same actor. "Traders said Colombia might sell coffee to defend *its
        share*": Colombia's share; "Modi defended *his* budget": Narendra Modi's. Not when
        another is named ("Iran accused Iraq of using chemical weapons against *its*
        troops", "Alamo sued Hargrove and *its* shareholders", "Washington pressed Taiwan
        to open *its* markets": either may be meant), nor for a subject that is a common
        noun other than a description of a body ("the company" is; "the ruling" and
        "shareholders" stand for another's owner), nor for "their" after a single body
        named ("Britain expelled the diplomats, citing *their* activities": theirs; a
        people, a plural name or "they" may own it), nor for a listed subject (each of
        "Bolivia and Thailand" has its own quotas: :meth:`each_owns`), nor for a speaker's
        "our".
        """
        pronoun = next((c for c in obj.lefts if c.dep_ == POSS and c.pos_ == "PRON"
                        and c.lower_ in OWNER_WORDS), None)
        if pronoun is None or owner.is_concept or subject.conjuncts or subject.dep_ == CONJ:
            return False
        person = pronoun.lower_ in PERSON_PRONOUNS
        if person != (owner.type == "PERSON") or not (
                person or pronoun.lower_ in _OWNER_PRONOUNS):
            return False
        if not person and owner.type not in _BODY_TYPES | {"NORP"}:
            return False
        if subject.pos_ == "NOUN" and subject.lemma_.lower() not in ORGANISATION_DESCRIPTIONS:
            return False  # a thing or people for a body: "the ruling", "shareholders"
        if (pronoun.lower_ == "their" and owner.type != "NORP"
                and subject.tag_ not in PLURAL_NOUN_TAGS and subject.lower_ != "they"):
            return False  # one body's "their" is others': "expelled the diplomats, citing
            # their activities", "Corona has made their life difficult"
        sent = obj.sent
        own = range(subject.left_edge.i, subject.right_edge.i + 1)
        for token in sent:
            if token.i in own or not (token.ent_type_ in _OWNER_CANDIDATE_TYPES
                                      or token.pos_ == "PROPN"):
                continue
            ent = self.entity_of(token)
            root = ent.root if ent is not None else token
            if root.i in own:
                continue
            found = self.resolve(root)
            if found is None or found.label != owner.label:
                return False  # another actor is named who may own it
        return True

    def each_owns(self, obj: Token, subject: Token, mention: Mention, owner: Mention) -> Mention:
        """A concept object's "their" that means a list of named bodies, the triple's subject
        one of them, as that subject's own (``owner`` its mention): "Iran accused Saudi
        Arabia and Kuwait of exceeding *their* quotas" gives "Saudi Arabia's quotas" to Saudi
        Arabia's exceeding and "Kuwait's quotas" to Kuwait's; "Britain and France agreed to
        cut *their* defence budgets", each its own; not a thing they share
        (:data:`~extract.lexicon.RECIPROCAL_NOUNS`: "signed their peace treaty"). The list
        is the subject or the object of a verb on the way up from the object
        (:func:`listed_binders`), every one of its names an organisation or a state;
        ``mention`` as it is otherwise (a label that says whose already, an owner not
        listed, "its", another list or plural noun on the way up that "their" may mean:
        "Britain and France accused Russia and China of vetoing *their* resolution").
        """
        pronoun = next((c for c in obj.lefts if c.dep_ == POSS and c.lower_ == _PLURAL_OWNER),
                       None)
        if pronoun is None:
            return self._each_owns_complement(obj, subject, mention, owner)
        if (not mention.is_concept or mention.via != "concept"
                or owner.type not in _BODY_TYPES or self._pronoun_possessor(obj) is not None
                or obj.lemma_.lower() in RECIPROCAL_NOUNS or _amount_concept(mention)):
            return mention  # ("Israel and Egypt signed their peace treaty": one, theirs)
        if not self._listed_owner(obj, subject):
            return mention
        return dataclasses.replace(mention, label=f"{possessive(owner.label)} {mention.label}")

    def _each_owns_complement(self, obj: Token, subject: Token, mention: Mention,
                              owner: Mention) -> Mention:
        """:meth:`each_owns` for a "their" on the object of the concept's first complement:
        "HSBC and Lloyds announced cuts *in their mortgage rates*" gives "cuts in HSBC's
        mortgage rates" to HSBC and "cuts in Lloyds's ..." to Lloyds, as one subject's "its"
        there does ("cut in Brazil's share": :meth:`_complement_owner`). Only a complement
        whose preposition names no side of its own (:func:`without_own_side`), neither noun a
        thing shared (:data:`~extract.lexicon.RECIPROCAL_NOUNS`, "talks on their dispute";
        :data:`~extract.lexicon.EDGE_PLACE_HEADS`, "the reopening of their border"), a
        label that still begins with the head's words and that preposition, and no longer
        than a side may be (:func:`_short_side`); ``mention`` as it is otherwise."""
        chain = complement_chain(obj)
        if not chain or not mention.is_concept or mention.via != "concept" \
                or owner.type not in _BODY_TYPES or _amount_concept(mention):
            return mention
        prep, pobj = chain[0]
        if (prep.lower_ in _OWN_SIDE_PREPS
                or {obj.lemma_.lower(), pobj.lemma_.lower()} & RECIPROCAL_NOUNS
                or pobj.lemma_.lower() in EDGE_PLACE_HEADS  # ("reopening of their border")
                or not any(c.dep_ == POSS and c.lower_ == _PLURAL_OWNER for c in pobj.lefts)
                or self._complement_owner(pobj) is not None
                or not self._listed_owner(obj, subject)):
            return mention
        start = f"{self._phrase_label(self._extent(obj), obj)} {prep.lower_} "
        label = mention.label
        if not label.startswith(start):
            return mention
        longer = f"{start}{possessive(owner.label)} {label[len(start):]}"
        return dataclasses.replace(mention, label=longer) if _short_side(longer) else mention

    def _listed_owner(self, obj: Token, subject: Token) -> bool:
        """Whether the triple's subject is one of a list of named organisations or states
        that a "their" on (or under) ``obj`` is bound to, and no other list or plural on the
        way up may be meant (:meth:`each_owns`)."""
        first = subject
        while first.dep_ == CONJ:
            first = first.head
        members = [first, *first.conjuncts]
        binders = listed_binders(obj)
        if len(members) < 2 or any(m.ent_type_ not in _BODY_TYPES for m in members) \
                or first.i not in binders:
            return False
        listed = {obj.i, *(m.i for m in members)}
        # "Britain and France accused Russia and China of vetoing *their* resolution":
        # another list (or plural) on the way up may be whom "their" means
        return not any(self.doc[i].conjuncts or self.doc[i].tag_ in PLURAL_NOUN_TAGS
                       for i in binders - listed)

    def _binding_owner(self, pronoun: Token, binder: Token | None) -> Mention | None:
        """The actor a possessive pronoun's binding subject (:func:`binding_subject`) is, when
        the pronoun agrees with it and no one else may be meant; None otherwise.

        "its" is no plural noun's ("allowed U.N. inspectors to return to its sites": the
        country's); a clause another organisation or state reports ("Epic said Apple blocked
        its app", "Acme said Beta had copied two of its designs") may mean the reporter's as
        well, inside the clause reported (a name the NER left untyped as well; not one a
        person or "dealers" report:
        "its" is theirs in no case).
        """
        if binder is None or (pronoun.lower_ == _SINGULAR_OWNER and (
                binder.tag_ == _PLURAL_NOUN or binder.lower_ in GROUP_PRONOUNS)):
            return None
        if pronoun.lower_ != _SINGULAR_OWNER and _listed_owners(binder):
            # "the foreign ministers of Kenya and Uganda agreed to withdraw troops from
            # *their* common border": both countries', not the first one's
            return None
        owner = self.resolve(binder)
        reporter = _reporting_subject(binder)
        if owner is None or reporter is None or not binder.head.is_ancestor(pronoun):
            # (an -ing adjunct after the report carries on the reported clause, apart from
            # what is said: "X bought corn, the department said, bringing its purchases")
            return owner
        said_by = self.resolve(reporter)
        body = said_by is not None and (said_by.type in _BODY_TYPES or (
            reporter.pos_ == "PROPN" and said_by.type != "PERSON"))  # ("Acme", untyped)
        return None if body and said_by.label != owner.label else owner

    def _relative_owner(self, head: Token, extent: Span) -> Mention | None:
        """The named body a "whose" group acts for: the noun its relative clause is on.

        "Hezbollah, whose fighters have battled Israeli troops for decades, ...": the
        fighters act for Hezbollah as "Hezbollah's fighters" do; "the group, whose gunmen
        stormed a hotel" for the group the description refers to. Only the subject of a
        relative clause (``head``), and, as for "its", an organisation or a state that
        may own such a group (:meth:`_pronoun_owner`).
        """
        owner = self._whose_owner(head)
        if owner is None or owner.type not in _BODY_TYPES or (
                owner.type == "GPE" and {head.lemma_.lower(), head.lower_} & NONSTATE_MEMBERS):
            return None
        return Mention(extent.text, owner.label, owner.type, extent.start_char,
                       extent.end_char, via="standin")

    def _whose_owner(self, head: Token) -> Mention | None:
        """The actor a "whose" phrase belongs to: the noun before the relative clause
        the phrase is the subject or object of, resolved; None otherwise.

        "The ATPC, whose members include Malaysia and Thailand, ...", "Acme, whose
        shares Beta bought last year, ...": the ATPC's members, Acme's shares, as "its"
        says whose they are (:meth:`_relative_owner`, :meth:`_pronoun_possessor`).
        """
        if not any(c.dep_ == POSS and c.tag_ == WHOSE_TAG for c in head.lefts):
            return None
        clause = head.head
        owner_noun = clause.head
        if (head.dep_ not in _WHOSE_ROLES or clause.dep_ != RELCL or owner_noun.i >= head.i
                or owner_noun.pos_ not in ("NOUN", "PROPN") or owner_noun.i in self._resolving):
            return None
        self._resolving.add(owner_noun.i)
        try:
            return self.resolve(owner_noun)
        finally:
            self._resolving.discard(owner_noun.i)

    def _owned_department(self, head: Token, ent: Span) -> Mention | None:
        """The country a government department the NER named stands for when a country's
        possessive says whose it is: "Japan's Finance Ministry", "Russia's Foreign Ministry"
        are Japan and Russia, as "Russia's foreign ministry" is (a bare "Finance Ministry"
        would make one node of every country's; heads: :data:`DEPARTMENT_HEADS`); None for
        another name ("Pakistan's Supreme Court", "Bangladesh's Election Commission",
        "Japan's Ministry of International Trade and Industry" keep theirs)
        or without such a possessive ("the Israeli Defence Ministry" keeps its name too).
        """
        if ent.end - 1 != head.i or ent.start == head.i or head.lower_ not in DEPARTMENT_HEADS \
                or not _government_department(head) \
                or not any(c.dep_ == POSS for c in head.lefts):
            return None
        state = self._state_of(head)
        return None if state is None else self._as_standin(state, self._extent(head))

    def _state_of(self, institution: Token) -> Mention | None:
        """The state a state institution belongs to ("Russia's defence ministry", "the
        Israeli military"; also a government department the NER named, "Pakistan's Foreign
        Office": :func:`_government_department`), or None."""
        if not (_state_institution(institution) or _government_department(institution)):
            return None
        for child in institution.lefts:
            ent = self.entity_of(child) if child.dep_ in (POSS, AMOD, COMPOUND, NMOD) else None
            if ent is None or ent.label_ not in ("GPE", "NORP"):
                continue
            mention = self._entity_mention(ent, child)
            if mention is not None and mention.type == "GPE":
                return mention
        return None

    def _owner_standin(self, head: Token) -> Mention | None:
        """The named owner a facility, office or envoy stands for, if any.

        "the University of Belgrade's law faculty", "the headquarters of the
        Kachin Independence Army" and "Belarus's top diplomat" stand for the
        university, the army and Belarus (heads: :data:`POSSESSED_HEADS`); the
        mention keeps the whole phrase as its text.
        """
        if head.lemma_.lower() not in POSSESSED_HEADS and head.lower_ not in POSSESSED_HEADS:
            return None
        owners = [c for c in head.lefts if c.dep_ == POSS]
        owners += [p for prep in head.rights if prep.dep_ == PREP and prep.lower_ == "of"
                   for p in kids(prep) if p.dep_ == POBJ]
        for owner in owners:
            ent = self.entity_of(owner)
            if ent is not None and ent.label_ in _OWNER_TYPES:
                return self._as_standin(self._entity_mention(ent, owner), self._extent(head))
            described = self._described_owner(owner) if owner.dep_ == POSS else None
            if described is not None:  # "the group's offices": the one named before
                return self._as_standin(described, self._extent(head))
        return None

    def _described_owner(self, possessor: Token) -> Mention | None:
        """The named organisation or state a possessor that is an organisation description
        refers back to ("Greenpeace staged a protest ... police searched *the group's*
        offices", "the Korean Metal Workers Federation ... *the federation's* headquarters"),
        or None: only a head of ``[organisation_descriptions]`` or ``[company_heads]`` with
        nothing but a definite determiner ("the IAEA board's censure" says its own) that
        coreference resolves (:meth:`resolve`; "the company's offices" after two companies
        stays as it is), to an organisation or a state (:meth:`_owner_standin`,
        :meth:`_description_possessor`)."""
        if possessor.pos_ != "NOUN" or possessor.lemma_.lower() not in ORGANISATION_DESCRIPTIONS \
                or not any(True for _ in possessor.lefts) or any(
                    c.dep_ != DET or c.lower_ not in DEFINITE_DETERMINERS for c in possessor.lefts):
            return None
        owner = self.resolve(possessor)
        return owner if owner is not None and owner.type in _BODY_TYPES else None

    def _member_country(self, head: Token, ent: Span) -> bool:
        """Whether "the X country" names a member of X rather than X ("the EU country").

        A country noun ("country", "nation"; not a state institution such as
        "government") modified by a name that is no country is one of that
        name's countries, which the phrase does not say.
        """
        lemma = head.lemma_.lower()
        if lemma not in COUNTRY_HEADS or lemma in STATE_HEADS or ent.start > head.i:
            return False
        return not names_country(self._name(ent))

    @staticmethod
    def _indefinite(head: Token) -> bool:
        """Whether a noun phrase is indefinite: "a single EU country", "another party".

        An indefinite description introduces something new: it is not the entity
        that modifies it ("a single EU country" is no European Union).
        """
        return indefinite(head)

    def _named_apposition(self, head: Token) -> Mention | None:
        """The name in apposition to a common noun: "the grocery chain Whole Foods",
        "the rights group Memorial" stand for Whole Foods and Memorial, "the
        Institute's director, Dr. Anthony Fauci" for Fauci. A single person is not a
        plural ("demonstrators ..., General X") nor a noun whose clause comes before the
        name ("the petition, which ... accused the lawmaker, X": the lawmaker's name)."""
        if head.pos_ not in ("NOUN", "PROPN"):
            return None
        for child in head.rights:
            if child.dep_ != APPOS or self.doc[child.left_edge.i - 1].text == "(":
                continue  # not a parenthesis: "local time (0040 UTC)"
            ent = self.entity_of(child)
            if ent is not None and _closing_speaker(ent):
                # "killing five fighters, the Syrian Observatory for Human Rights
                # reported": the one reporting, not the fighters
                continue
            # a thing's name straight after the noun is the thing's: "the container ship
            # MSC Aries", "the weight-loss drug Wegovy" (not after a comma: "the ship, a
            # Boeing 737,")
            close = child.left_edge.i == head.i + 1 and head.tag_ == "NN"
            if ent is not None and ent.label_ != "NORP" and (
                    ent.label_ in ACTOR_TYPES or close and ent.label_ in _THING_TYPES):
                if ent.label_ == "PERSON" and not child.conjuncts and head.tag_ in PLURAL_NOUN_TAGS:
                    # "several thousand demonstrators ..., General X": people are not one
                    # person
                    continue
                if any(c.dep_ in (ACL, RELCL) and c.i < child.i for c in head.rights):
                    # "the petition, which was filed by a senator who accused the lawmaker,
                    # X": a name after a clause on the noun is the clause's last noun's (the
                    # parser hangs it on the first), whatever it names ("the conflict on the
                    # island, under which the rebels would disarm and India would ...")
                    continue
                mention = self._entity_mention(ent, child)
                return self._as_standin(mention, self._extent(head)) if mention else None
        return self._role_apposition(head) or self._called(head) or self._missed_kind_name(head)

    def _missed_kind_name(self, head: Token) -> Mention | None:
        """The name the NER missed right after an organisation's kind, in apposition with
        no comma: "the Russian group APT29", "the hacking group Scattered Spider" stand
        for the group so named (a name the NER typed is :meth:`_named_apposition`'s). Only
        a singular organisation head (``[named_kinds]``, ``[group_heads]``,
        ``[organisation_kind_heads]``) and a name of capitalised proper nouns."""
        lemma = head.lemma_.lower()
        if head.pos_ != "NOUN" or head.tag_ != "NN" or (
                lemma not in NAMED_KINDS and lemma not in GROUP_HEADS
                and lemma not in ORGANISATION_KIND_HEADS):
            return None
        name = next((c for c in head.rights if c.dep_ == APPOS
                     and c.left_edge.i == head.i + 1), None)
        if name is None or name.pos_ != "PROPN" or name.right_edge.i != name.i:
            return None
        words = self.doc[name.left_edge.i:name.i + 1]
        if not all(t.pos_ == "PROPN" and not t.ent_type_ and t.text[:1].isupper()
                   for t in words):
            return None
        mention = Mention(words.text, words.text, "ORG", words.start_char, words.end_char)
        return self._as_standin(mention, self._extent(head))

    def _named_holder(self, head: Token, ent: Span | None) -> Mention | None:
        """The person a name or party word the parser made a phrase's head stands for,
        when the phrase ends in that person's name.

        The small model hangs the holder of a role on the name before it: "chose Party
        for Socialism and Liberation presidential nominee Gloria La Riva" (the name on
        "for"), "chose Michigan Taxpayers Party -- the party's affiliate -- chairman
        William Mohr" (the name in apposition to the apposition), "a Republican, Mark
        Amodei" (a party member), "Israeli Grand Master (GM) Alexander Huzman" (a title
        the NER took for an organisation). The head is a singular proper noun ("some
        Democrats, such as candidate X" are more than X). The person is meant when the
        phrase ends in the person's name and either a role word stands right before the
        name (:data:`~extract.lexicon.HOLDER_ROLES`, written in lower case: "presidential
        nominee", "chairman"), or the name is in apposition to an organisation's or
        group's name with nothing but a parenthesis between them, or to a single party
        member ("a Republican," type NORP).
        """
        if head.pos_ != "PROPN" or head.tag_ != "NNP":
            return None
        if (ent.label_ not in _HOLDER_HEAD_TYPES) if ent is not None else head.ent_type_:
            return None  # (not a date's or number's word)
        end = head.right_edge.i
        candidates = [(c, c.dep_) for c in kids(head) if c.dep_ == APPOS]
        candidates += [(a, "appos2") for c, _ in candidates if c.pos_ == "NOUN"
                       for a in kids(c) if a.dep_ == APPOS]
        candidates += [(p, POBJ) for prep in kids(head) if prep.dep_ == PREP
                       for p in kids(prep) if p.dep_ == POBJ]
        for person, how in candidates:
            found = self.entity_of(person)
            if (found is None or found.label_ != "PERSON" or person.i + 1 != found.end
                    or not all(t.is_punct for t in self.doc[person.right_edge.i + 1:end + 1])):
                continue
            before = self.doc[found.start - 1]
            titled = (before.dep_ in (COMPOUND, AMOD, APPOS) and before.head.i == person.i
                      and before.lower_ in HOLDER_ROLES and before.text.islower())
            gap = self.doc[head.i + 1:person.left_edge.i]
            named = ent is not None and how == APPOS and (
                not len(gap) or gap[0].text == "(" and gap[-1].text == ")"
                or ent.label_ == "NORP" and gap.text == ",")
            if titled or named:
                mention = self._entity_mention(found, person)
                return self._as_standin(mention, self._extent(head, ent)) if mention \
                    else None
        return None

    def _detached_name(self, head: Token) -> Mention | None:
        """The person named right after a noun of people the parser cut from the name:
        "Baker, Bruce and singer/guitarist Eric Clapton formed Cream" (the name hung on
        "Baker"). A singular noun of people in lower case (:func:`person_lemma`) right
        before a person's name that the parser made an apposition, compound, conjunct or
        modifier elsewhere (not a subject of its own: "the lawyer Jones hired") is that
        person."""
        if (head.pos_ != "NOUN" or head.tag_ != "NN" or not head.text.islower()
                or head.i + 1 >= len(self.doc) or not person_lemma(head.lemma_.lower())):
            return None
        ent = self.entity_of(self.doc[head.i + 1])
        if ent is None or ent.label_ != "PERSON" or ent.start != head.i + 1:
            return None
        root = ent.root
        if root.head.i == head.i or root.dep_ not in _DETACHED_NAME_DEPS:
            return None  # (a name on the noun itself is its apposition or compound)
        mention = self._entity_mention(ent, root)
        return self._as_standin(mention, self._extent(head)) if mention else None

    def _called(self, head: Token) -> Mention | None:
        """The person a common noun describes by the name a participle gives: "killed a
        woman named Maria Lopez", "arrested a man identified as Carlos Mendez"
        (:data:`NAME_PARTICIPLES`); the organisation a noun of one
        (:data:`NAMED_GROUP_HEADS`) describes so, whatever name type the NER gave it: "a
        hacking group called Scattered Spider" (typed a product), "a group known as Volt
        Typhoon"."""
        if head.pos_ != "NOUN":
            return None
        types = _NAMED_GROUP_TYPES if head.lemma_.lower() in NAMED_GROUP_HEADS else _PERSON
        for acl in head.rights:
            if (acl.dep_ != ACL or acl.tag_ != "VBN"
                    or acl.lemma_.lower() not in NAME_PARTICIPLES):
                continue
            names = [c for c in kids(acl) if c.dep_ in (OPRD, ATTR, DOBJ)]
            names += [p for prep in kids(acl) if prep.dep_ == PREP and prep.lower_ == "as"
                      for p in kids(prep) if p.dep_ == POBJ]
            for name in names:
                ent = self.entity_of(name)
                if ent is not None and ent.label_ in types:
                    mention = self._entity_mention(ent, name)
                    return self._as_standin(mention, self._extent(head)) if mention else None
        return None

    def _role_apposition(self, head: Token) -> Mention | None:
        """The person named after the "of" phrase of a role noun, which the parser hangs
        on that phrase: "a member of his Fidesz party, Istvan Simicsko", "the leader of the
        party, Jeremy Corbyn", "the President of FIFA Sepp Blatter" (the member, the
        leader, the president is the person); also after the place the role is held in
        or accredited to (:data:`~extract.lexicon.ROLE_PLACE_PREPS`): "Mexico's ambassador
        in Quito, Raquel Serur" (a person is no apposition of a place). A singular noun of
        a person (:func:`~extract.vague.person_lemma`) holds its "of" phrase's role too:
        "the chief engineer of the plant, Nikolai Fomin"; and the name set off by commas
        right after the phrase is its holder wherever the parser hung it
        (:meth:`_set_off_holder`)."""
        if (head.pos_ not in ("NOUN", "PROPN") or self.entity_of(head) is not None
                or not _role_noun(head)):
            return None
        for prep in kids(head):
            if prep.dep_ == PREP and prep.lower_ in ROLE_PLACE_PREPS:
                posted = self._posted_holder(prep)
                if posted is not None:
                    return self._as_standin(posted, self._extent(head))
            if prep.dep_ != PREP or prep.lower_ != "of":
                continue
            for pobj in kids(prep):
                ent = self.entity_of(pobj) if pobj.dep_ == POBJ else None
                if (ent is not None and ent.label_ == "PERSON" and pobj.pos_ == "PROPN"
                        and head.lemma_.lower() in ROLE_WORDS
                        and any(c.dep_ == COMPOUND and c.i < ent.start for c in pobj.lefts)):
                    # "the President of FIFA Sepp Blatter": the organisation's name and the
                    # holder's run together (a role word's: "the mother of prisoner X" is not X)
                    mention = self._entity_mention(ent, pobj)
                    return self._as_standin(mention, self._extent(head)) if mention \
                        else None
                if pobj.dep_ != POBJ or pobj.pos_ != "NOUN" or _role_noun(pobj):
                    continue  # "the lawyer of the party leader, X": the leader may be X
                for child in pobj.rights:
                    ent = self.entity_of(child) if child.dep_ == APPOS else None
                    if ent is not None and ent.label_ == "PERSON":
                        mention = self._entity_mention(ent, child)
                        return self._as_standin(mention, self._extent(head)) if mention \
                            else None
        return self._set_off_holder(head)

    def _set_off_holder(self, head: Token) -> Mention | None:
        """The person named between commas right after a role noun's phrase, which the
        parser hung on the phrase's own head or deeper in the phrase: "sentenced the
        former director of the Chernobyl station, Viktor Bryukhanov, to 10 years" (the
        name a ``npadvmod`` of "sentenced"), "arrested the head of the customs service at
        the port, Omar Haddad, on Monday". The phrase has an "of" phrase and no clause
        (a name after a clause may be the clause's: "the director of a firm that sued
        the minister, Ana Ruiz,") and no other person's noun ("the lawyer of the party
        leader, X" may be the leader); the name is an apposition or a loose noun phrase,
        closed by a comma or the sentence's end (not a speaker's subject: "..., Ana Ruiz
        said")."""
        end = head.right_edge.i
        doc = self.doc
        if (head.tag_ != "NN" or end + 2 >= len(doc) or doc[end + 1].text != ","
                or not any(c.dep_ == PREP and c.lower_ == "of" for c in head.rights)
                or any(t.pos_ in ("VERB", "AUX") or t.pos_ == "NOUN" and _role_noun(t)
                       for t in doc[head.i + 1:end + 1])):
            return None
        ent = self.entity_of(doc[end + 2])
        if ent is None or ent.label_ != "PERSON" or ent.start != end + 2:
            return None
        root = ent.root
        hung = root.head.i == head.head.i or head.i < root.head.i <= end
        closed = ent.end == len(doc) or doc[ent.end].text in (",", ".", ";")
        if not (hung and closed and root.dep_ in (APPOS, NPADVMOD)):
            return None
        mention = self._entity_mention(ent, root)
        return self._as_standin(mention, self._extent(head)) if mention else None

    def _posted_holder(self, prep: Token) -> Mention | None:
        """The person set off by a comma in apposition to the named place of ``prep``:
        "in Quito, Raquel Serur", "to Warsaw, Sergei Andreev"."""
        for place in kids(prep):
            ent = self.entity_of(place) if place.dep_ == POBJ else None
            if ent is None or ent.label_ not in PLACE_TYPES:
                continue
            for child in place.rights:
                holder = self.entity_of(child) if child.dep_ == APPOS else None
                if (holder is not None and holder.label_ == "PERSON"
                        and self.doc[child.left_edge.i - 1].text == ","):
                    return self._entity_mention(holder, child)
        return None

    def _apposed_to_name(self, head: Token) -> Mention | None:
        """The named person a common noun is in apposition to: "George Floyd, an African
        American man who died ..." makes the man of the relative clause Floyd; and the
        named organisation an organisation's description is in apposition to: "The Arakan
        Army (AA), an ethnic minority armed group that has seized most of Rakhine state"
        makes the group that seized it the Arakan Army
        (:data:`~extract.lexicon.ORGANISATION_DESCRIPTIONS`; described: a bare "the group"
        after a name refers back, and is often the next clause's subject the parser hung
        on the name: "In a filing with the SEC, the group, which includes X, said")."""
        if head.dep_ != APPOS or head.pos_ != "NOUN" or head.head.i >= head.i:
            return None
        ent = self.entity_of(head.head)
        if ent is None or not (ent.label_ == "PERSON" or (
                ent.label_ == "ORG" and head.lemma_.lower() in ORGANISATION_DESCRIPTIONS
                and (not all(c.dep_ == DET and c.lower_ == "the" for c in head.lefts)
                     # ... unless a relative clause with no comma says which group it is:
                     # "Hamas, the group that attacked Israel, ..." (not an aside: "the
                     # group, which includes X, said")
                     or _restrictive_relative(head)))):
            return None
        return self._as_standin(self._entity_mention(ent, head.head), self._extent(head))

    def _role_standin(self, head: Token) -> Mention | None:
        """The country a role holder named by nationality stands for, when no one is
        named: "the Israeli prime minister" (Israel), "the Russian foreign minister"
        (Russia), "the Iranian president" (Iran).

        Only a singular role noun (:data:`LEADER_ROLES`, :data:`STATE_ROLES`) with a
        nationality before it.
        """
        if (head.lemma_.lower() not in _LEADER_OR_STATE or head.tag_ != "NN"
                or any(c.lower_ in FORMER_WORDS for c in head.lefts)):
            # one holder of a role ("Iranian advisers" are a group of their own, see
            # :meth:`_standin`); "a former Israeli prime minister" acts for no one
            return None
        extent = self._extent(head)
        for child in head.lefts:
            ent = self.entity_of(child) if child.dep_ in (COMPOUND, NMOD, AMOD) else None
            if ent is None:
                continue
            country = country_of(self._name(ent)) if ent.label_ == "NORP" else None
            if country is not None:
                return Mention(extent.text, country, "GPE", extent.start_char,
                               extent.end_char, via="standin")
        return None

    def _leader_standin(self, head: Token) -> Mention | None:
        """The country a state institution owned by a person's pronoun stands for.

        "Kenyan President Daniel arap Moi denied that *his troops* had crossed into
        Uganda": the troops are Kenya's, as "Kenyan troops" would be. Only a state
        institution (:data:`~extract.lexicon.STATE_HEADS`: "his troops", "her
        Cabinet", "his government") whose "his" or "her" is a person the article gives
        one country by title or apposition ("Kenyan President").
        """
        if not _state_head(head) or head.lower_ == "authority":
            return None  # ("questioned his authority": his power, not a body)
        owner = next((c for c in head.lefts if c.dep_ == POSS and c.lower_ in PERSON_PRONOUNS),
                     None)
        found = self.coreference.resolve(owner) if owner is not None else None
        if found is None:
            return None
        person = next((a for a in self.coreference.antecedents
                       if a.entity.start <= found[0].i < a.entity.end and a.type == "PERSON"),
                      None)
        if person is None or len(person.countries) != 1:
            return None
        extent = self._extent(head)
        (country,) = person.countries
        return Mention(extent.text, country, "GPE", extent.start_char, extent.end_char,
                       via="standin")

    @staticmethod
    def _as_standin(mention: Mention | None, extent: Span) -> Mention | None:
        if mention is None:
            return None
        return Mention(text=extent.text, label=mention.label, type=mention.type,
                       start=extent.start_char, end=extent.end_char, via="standin")

    @staticmethod
    def _named_kind(head: Token) -> bool:
        """Whether a phrase is "the" and a bare organisation kind whose name says so
        (:data:`~extract.lexicon.NAMED_KINDS`: "the court", "the cartel", "the team"):
        it points back to a name with that word. Any other word says which one ("the
        appeals court", "the national team") and it is a concept."""
        lemma = head.lemma_.lower()
        if lemma not in NAMED_KINDS or lemma in ANAPHORIC_HEADS or head.tag_ != "NN" \
                or head.ent_type_:
            return False  # ("the party" points back as any group does: :meth:`_is_anaphor`)
        children = [c for c in kids(head) if c.dep_ != PUNCT]
        return (len(children) == 1 and children[0].dep_ == DET
                and children[0].lower_ == "the" and children[0].i < head.i)

    def _is_anaphor(self, head: Token) -> bool:
        """A pronoun, or a definite singular description that points back.

        "the group" and "its leader" point back, and so do the members of an armed or
        activist group ("the militants", "the rebels", "about 200 rebels":
        :meth:`Coreference.resolve
        <actorgraph.extract.coref.Coreference.resolve>` finds the group); "its unit",
        "the first organisations", "the country where he was born" and "the leaders" do not;
        a participle's clause set off by a comma only adds to the one meant when nothing but
        the article is before the head and the phrase is no apposition ("*the company*, based
        in Basel, said": the company named before).
        """
        if head.pos_ == "PRON":
            return True
        if issued_subject(head):
            return True  # "the resolution calls on ...": the body that issued it
        armed = head.lower_ in NONSTATE_MEMBERS  # "the militants": the group named before
        if not armed and (head.lemma_.lower() not in ANAPHORIC_HEADS
                          or head.tag_ in PLURAL_NOUN_TAGS):
            return False
        if head.pos_ == "PROPN" and any(c.dep_ == COMPOUND and c.pos_ == "PROPN"
                                        for c in head.lefts):
            return False  # a name the NER missed: "the Central Drugs Control Organisation"
        bare = all(c.dep_ == DET for c in head.lefts) and head.dep_ != APPOS
        if any((c.dep_ in (RELCL, ACL) and not (bare and (_set_off(c) or _aside_relative(c))))
               or (c.dep_ == PREP and c.lower_ == "of" and not _charged(head))
               for c in head.rights):
            return False
        if armed and counted_members(head):
            return True  # "about 200 rebels": the group named before, counted
        if any(c.tag_ in ("JJS", "CD") or c.lower_ in RESTRICTIVE_MODIFIERS for c in head.lefts):
            return False
        if _wire_bare(head):
            return True
        for child in head.lefts:
            if child.dep_ == DET and child.lower_ in DEFINITE_DETERMINERS:
                return True
            if child.dep_ == POSS and child.pos_ == "PRON":
                # "its unit", "its airline": a company it owns, not itself
                return head.lemma_.lower() not in COMPANY_HEADS
        return False

    def _concept_label(self, head: Token) -> str:
        """Label of a non-named noun phrase: no determiner, number or weak adjective.

        Entities inside keep their canonical name
        ("Haniyeh's death" -> "Ismail Haniyeh's death"); a short complement that
        says which one the head is stays (:func:`concept_complement`: "a state of
        emergency" -> "state of emergency", "the death of Leonov" -> "death of
        Alexei Leonov"), and so does the complement of its object, one more
        (:func:`complement_chain`: "no sign of a resurgence of inflation" -> "sign of
        resurgence of inflation").
        """
        return self._labelled_chain(head)[0]

    def _labelled_chain(self, head: Token) -> tuple[str, int]:
        """:meth:`_concept_label` and how many links of the :func:`complement_chain` its
        text runs to: all, but where a :func:`_bounded_link` would make the side too long
        (:func:`_short_side`), the links before it."""
        extent = self._extent(head)
        text = self._phrase_label(extent, head)
        chain = complement_chain(head)
        kept, cut = 0, False
        if chain:
            noun, bounded = head, False
            for prep, pobj in chain:  # "sign of resurgence of inflation"
                words = self._extent(pobj)
                last = complement_end(pobj)  # "mixture of shares and loan stock"
                if last is not None and last.i >= words.end:
                    words = self.doc[words.start:last.i + 1]
                rest = self._phrase_label(words, pobj)
                if not rest:
                    break
                # "a cut in its share" -> "cut in Brazil's share" (not after a preposition
                # of the side's own complement, which names the binding subject the pronoun
                # is: "protection from its creditors" stays, see without_own_side), while
                # the side stays short
                owner = (self._complement_owner(pobj) if prep.lower_ not in _OWN_SIDE_PREPS
                         else None)
                if owner is not None and _short_side(
                        f"{text} {prep.lower_} {possessive(owner.label)} {rest}"):
                    rest = f"{possessive(owner.label)} {rest}"
                longer = f"{text} {prep.lower_} {rest}"
                bounded = bounded or _bounded_link(noun, prep)
                if bounded and not _short_side(longer):
                    cut = True  # ("responsibility for illegal sales of sensitive machine
                    break  # tools": the deed's own complement is one word too many)
                text, noun, kept = longer, pobj, kept + 1
            if not cut:  # (a label cut short ends where it was cut)
                # "loan from banks linked to Medellin cartel" (no agent's "by": _by_agent)
                if _which_not_by_agent(chain[-1][1]) is not None:
                    text = f"{text}{self.modifier_label(chain[-1][1])}"
                verb = said_infinitive(head)
                if (verb is not None and verb.i > chain[-1][1].i
                        and chain[0][0].lower_ in NAMED_COMPLEMENT_PREPS):
                    # "a request from Georgia Power to raise rates": which request, and
                    # what for
                    text = f"{text}{self._infinitive_label(head)}"
        elif said_infinitive(head) is not None:
            text = f"{text}{self._infinitive_label(head)}"
        elif said_gerund(head) is not None:  # "accord on easing tension"
            text = f"{text}{self._gerund_label(head, text)}"
        else:
            text = f"{text}{self.modifier_label(head)}"  # "traders linked to Rosneft"
        return clean_label(text), (kept if cut else len(chain))

    def _complement_owner(self, obj: Token) -> Mention | None:
        """The named organisation or state a complement's "its" or "their" is bound to, or
        None: "Brazil refused to accept a cut *in its share*" (Brazil's share), "Pemex raised
        the price *of its Isthmus crude*" (Pemex's Isthmus crude); the label keeps whose, as
        it does for the head's own pronoun (:meth:`_pronoun_possessor`). Left out, the owner
        is lost ("cut in share"). Only "its" or "their" on the complement's object, bound as
        the head's would be (:func:`binding_subject`; "urged Turkey to halt the expansion of
        its fleet" may be either's: None), and an organisation or a state.
        """
        if not any(c.dep_ == POSS and c.pos_ == "PRON" and c.lower_ in _OWNER_PRONOUNS
                   for c in obj.lefts):
            return None
        return self._pronoun_possessor(obj)

    def modifier_label(self, head: Token) -> str:
        """The words a concept's label keeps of its :func:`which_modifier`, or "": " linked
        to Rosneft and Lukoil" of "traders linked to Rosneft and Lukoil", " led by British
        Aerospace Plc" of "a team led by British Aerospace Plc" (names canonical)."""
        found = which_modifier(head)
        if found is None:
            return ""
        _, obj, last = found
        rest = self._phrase_label(self.doc[self._extent(obj).start:last.i + 1], obj)
        words = self.doc[head.i + 1:obj.left_edge.i]  # "linked to", "that supports"
        return f" {words.text.lower()} {rest}" if rest and words.text else ""

    def _infinitive_label(self, head: Token) -> str:
        """The short "to" infinitive that says which right, power or proposal a noun is
        (:func:`said_infinitive`): " to repair" of "the right to repair", " to form
        independent union" of "the right to form an independent union", " to cut farm
        subsidies" of "a plan that would cut farm subsidies", or ""."""
        verb = said_infinitive(head)
        if verb is None:
            return ""
        obj = next((c for c in verb.rights if c.dep_ == DOBJ), None)
        wording = self._phrase_label(self._extent(obj), obj) if obj is not None else ""
        if len(wording.split()) > _COMPLEMENT_WORDS:
            # the head of a long object: "a treaty eliminating all U.S. and Soviet medium-
            # and shorter-range nuclear missiles" -> "treaty to eliminate missiles"
            wording = self._phrase_label(self.doc[obj.i:obj.i + 1], obj)
        # "an undertaking not to seek seats": what it binds not to do
        negation = "not " if any(c.dep_ == NEG for c in verb.lefts) else ""
        return f" {negation}to {verb.lemma_.lower()}" + (f" {wording}" if wording else "")

    def _gerund_label(self, head: Token, text: str) -> str:
        """The short "-ing" clause that says which one a noun is (:func:`said_gerund`): " on
        easing tension" of "an accord on easing tension along their border", " for
        eliminating medium-range missiles" of "a timetable for eliminating medium-range
        missiles"; the object's head alone when its words are many, and "" when the side
        would be too long (:func:`_short_side`)."""
        prep, gerund, obj = said_gerund(head)
        wording = self._phrase_label(self._extent(obj), obj)
        if len(wording.split()) > _COMPLEMENT_WORDS:
            wording = self._phrase_label(self.doc[obj.i:obj.i + 1], obj)
        particle = "".join(f" {c.lower_}" for c in gerund.rights
                           if c.dep_ == PRT and c.i < obj.i)
        found = f" {prep.lower_} {gerund.lower_}{particle} {wording}" if wording else ""
        return found if _short_side(f"{text}{found}") else ""

    def _phrase_label(self, extent: Span, head: Token) -> str:
        """The words of ``extent`` that say what ``head`` is (see :meth:`_concept_label`)."""
        out: list[str] = []
        i = extent.start
        dropped = False
        per_unit = per_unit_amounts(extent, head) | _time_possessor(head, extent.start)
        while i < extent.end:
            tok = self.doc[i]
            if i in per_unit:  # "a 38 dlr-a-share tender offer" -> tender offer
                i += 1
                dropped = True
                continue
            ent = self.entity_of(tok)
            if ent is not None:
                out.append(self.canonical(self._name(ent)) + self.doc[ent.end - 1].whitespace_)
                i = max(ent.end, i + 1)
                continue
            i += 1
            if (tok is not head and tok.like_num and not tok.whitespace_ and i + 1 < extent.end
                    and self.doc[i].text == "-" and not self.doc[i].whitespace_
                    and self.doc[i + 1].like_num and self.doc[i + 1] is not head):
                # a number spelt with a hyphen is one number: "twenty-four students"
                i += 1
                dropped = True
                continue
            # a number joined to what follows stays: "10-year sentence", "a 20% share"
            joined = (not tok.whitespace_ and i < extent.end
                      and self.doc[i].text in _NUMBER_JOINS)
            # a currency sign before an amount goes with it ("a US$35,000 payment")
            currency = (tok.text[-1:] in _CURRENCY_SIGNS and not tok.whitespace_
                        and i < extent.end and self.doc[i].like_num)
            # a word hyphened to the one before it is part of that word ("tell-all book",
            # "women-only record"), whatever its tag
            hyphened = not tok.like_num and (
                (tok.i > extent.start and self.doc[tok.i - 1].text == "-"
                 and not self.doc[tok.i - 1].whitespace_)
                or (i < extent.end and self.doc[i].text == "-" and not tok.whitespace_))
            # a number hyphened to a word kept before it is part of that word ("a
            # one-for-two split"), unlike the head's count ("twenty-four students")
            glued = (tok.like_num and not dropped and out and tok.i > extent.start
                     and self.doc[tok.i - 1].text == "-" and not self.doc[tok.i - 1].whitespace_)
            if tok is not head and not hyphened and not glued and (
                    currency or not joined and not _kept_number(tok, head) and (
                    tok.dep_ in (DET, QUANTMOD, ADVMOD) or tok.pos_ in ("DET", "NUM", "PRON")
                    or tok.like_num or tok.lower_ in WEAK_ADJECTIVES)):
                # "about 2,300 soldiers", "reportedly several people" -> soldiers; the
                # unit of a number left out goes with it ("a 12.6 mln dlr loan" -> loan)
                dropped = True
                continue
            if tok is not head and dropped and not tok.like_num and _is_quantity(tok.text):
                continue
            dropped = False
            # keep the writer's casing, except a capital that only starts the sentence
            word = tok.lower_ if tok.is_sent_start and tok.pos_ != "PROPN" else tok.text
            out.append(word + tok.whitespace_)
        return clean_label("".join(out))

    def resolve(self, head: Token) -> Mention | None:
        """Mention for the noun phrase headed by ``head``, or None.

        None means the phrase is not an argument worth keeping: a pronoun or
        definite description that is not resolved, a number, a date.
        """
        ent = self.entity_of(head)
        holder = self._named_holder(head, ent)
        if holder is not None:
            return holder
        if ent is not None and (state := self._owned_department(head, ent)) is not None:
            return state
        if ent is not None and not opposed_name(head, ent):
            return self._entity_mention(ent, head)
        if ent is None and head.ent_type_ and head.ent_type_ not in NAMED_TYPES:
            # a quantity or date: "thousands of rockets" -> rockets
            return self._through_of(head)
        lemma = head.lemma_.lower()
        if ((lemma in QUANTITY_HEADS or head.like_num) and not _charged(head)
                and amount_complement(head) is None):
            found = self._through_of(head)
            if found is not None or self._of_object(head) is not None:
                return found
        if lemma in GENERIC_HEADS and not self._indefinite(head):
            found = self._modifier_entity(head)
            if (found is not None and not self._member_country(head, found)
                    and not (_places_of_a_name(head, found)
                             and country_of(self._name(found)) is None)):
                return self._entity_mention(found, head)
        elif lemma in ORGANISATION_KIND_HEADS and not self._indefinite(head):
            found = self._named_organisation(head)
            if found is not None:
                return self._entity_mention(found, head)
        # a name in apposition says who is meant: "the leader of X, Pope Francis" is the pope
        standin = (self._named_apposition(head) or self._standin(head)
                   or self._owner_standin(head) or self._apposed_to_name(head)
                   or self._leader_standin(head) or self._detached_name(head))
        if (standin is None and head.lemma_.lower() in _LEADER_OR_STATE
                and not (self._is_anaphor(head) and self._coreferent(head))):
            # "the Israeli prime minister", when no one named before is meant: the country
            standin = self._role_standin(head)
        if standin is not None:
            return standin
        decided, state = self._home_state(head)
        if decided:
            return state
        if self._named_kind(head):
            # "the court has blocked X" after "Israel's Supreme Court": that court (else
            # a concept, "court")
            found = self._coreferent(head)
            if found is not None:
                return found
        elif self._is_anaphor(head):
            found = self._coreferent(head)
            if found is not None or (head.lemma_.lower() not in _CONCEPT_WHEN_UNRESOLVED
                                     and not _persons_role_acted_on(head)
                                     and head.lower_ not in NONSTATE_MEMBERS
                                     and not issued_subject(head)
                                     and not _own_forces(head) and not _ruling_body(head)
                                     and not official_body(head)):
                return found
            # "the airline" (or "the station") that refers to no company (broadcaster)
            # named before stays a concept, and
            # so do "the militants" of no group named before, "the gang" of no gang named
            # before, and "the military" of no country named before (a country's own
            # forces: "ordered the military to ..."), nor "the electoral authority" of no
            # body named before (the kind of official body it is, :func:`official_body`)
        if head.pos_ == "PROPN":
            # a proper noun the NER missed: keep it if the article names it
            # elsewhere or it is a listed variant ("U.S.")
            found = (self.short_form(head.text) or known_variant(head.text)
                     or _name_after_hyphened(head))
            paired = None if found is not None else hyphened_listed_name(head)
            if paired is not None:
                # "the Israel-Hezbollah war": the one name, not the pair it is written in
                return Mention(head.text, paired[0], paired[1], head.idx,
                               head.idx + len(head.text))
        else:
            found = self._name_read_as_noun(head)
        if found is not None:
            extent = self._extent(head)
            return Mention(extent.text, found[0], found[1], extent.start_char, extent.end_char)
        if head.pos_ not in ("NOUN", "PROPN"):
            return None
        extent = self._extent(head)
        credited = self._credited_body(head)
        if credited is not None:  # "Soldiers rescued them, the army said": the army's
            return Mention(text=extent.text, label=credited.label, type=credited.type,
                           start=extent.start_char, end=extent.end_char, via="description")
        named_before = self._same_head_antecedent(head)
        if named_before is not None:  # "the council" after "Haiti's ruling council"
            return Mention(text=extent.text, label=named_before.label, type=named_before.type,
                           start=extent.start_char, end=extent.end_char, via="description")
        named_next = self._named_next(head)
        if named_next is not None:  # "A pro-Iranian group ... threatened ... Islamic Jihad"
            return Mention(text=extent.text, label=named_next.label, type=named_next.type,
                           start=extent.start_char, end=extent.end_char, via="description")
        makers = self._made_by(head)
        if makers is not None:
            return Mention(text=extent.text, label=makers, type=CONCEPT,
                           start=extent.start_char, end=extent.end_char, via="concept")
        label, kept = self._labelled_chain(head)
        chain = complement_chain(head)
        size = amount_complement(head)
        if kept < len(chain):  # the label cut short: "a trade war over EC grain sales"
            if kept:
                obj = complement_end(chain[kept - 1][1]) or chain[kept - 1][1]
                ent = self.entity_of(obj)
                extent = self.doc[extent.start:max(obj.i + 1,
                                                   ent.end if ent is not None else 0)]
        elif chain:
            obj = chain[-1][1]  # the text runs to the label's end
            modified = _which_not_by_agent(obj)
            obj = modified[2] if modified is not None else complement_end(obj) or obj
            ent = self.entity_of(obj)
            extent = self.doc[extent.start:max(obj.i + 1, ent.end if ent is not None else 0)]
        elif size is not None:
            extent = self.doc[extent.start:amount_end(size)]  # "earnings of 1.60 dlrs"
        elif which_modifier(head) is not None:  # "traders linked to Rosneft and Lukoil"
            extent = self.doc[extent.start:which_modifier(head)[2].i + 1]
        if not label:  # nothing but marks: "-", "."
            return None
        mention = Mention(text=extent.text, label=label, type=CONCEPT,
                          start=extent.start_char, end=extent.end_char, via="concept")
        owner = self._pronoun_possessor(head) or self._role_group_owner(head)
        if owner is None:
            owner, label = self._description_possessor(head, label)
        if owner is None or _amount_concept(mention):
            return mention  # (an amount stays one: "raised its 6.1 pct stake")
        return Mention(text=extent.text, label=f"{possessive(owner.label)} {label}",
                       type=CONCEPT, start=extent.start_char, end=extent.end_char,
                       via="concept")

    def _named_next(self, head: Token) -> Mention | None:
        """The organisation the next sentence names that a wire lead's unnamed group is.

        "A pro-Iranian group holding three Americans and an Indian threatened today to
        kill the hostages ... Islamic Jihad for the Liberation of Palestine, which seized
        the four men ..., made the threat": the lead (the article's first or second
        sentence, after a headline) has "a" or "an", a word that describes, and a group
        noun (:data:`_NAMED_LATER_GROUPS`) as the subject of its main verb, and the next
        sentence's main verb has as its subject an organisation no sentence named before,
        which no dictionary lists but as an armed group (a government body, a company or
        an international organisation, "The United Nations said ...", only reports on
        it). None otherwise: a bare "a group", a group that is no subject or not in the
        lead, a next sentence whose subject is a person or a known body.
        """
        if head.tag_ != "NN" or head.lemma_.lower() not in _NAMED_LATER_GROUPS \
                or head.dep_ != NSUBJ or head.head.dep_ != "ROOT":
            return None
        lefts = [c for c in head.lefts if c.dep_ != PUNCT]
        det = next((k for k, c in enumerate(lefts) if c.dep_ == DET), None)
        if det is None or lefts[det].lower_ not in ("a", "an") or det + 1 >= len(lefts) \
                or any(c.ent_type_ and c.ent_type_ != "NORP" for c in lefts[det:]):
            return None  # (a dateline's words the parser hung on it come before "a")
        if not any(c.pos_ == "ADJ" or c.ent_type_ == "NORP" for c in lefts[det + 1:]) \
                or any(c.pos_ == "NOUN" for c in lefts[det + 1:]):
            return None  # "an investor group", "a consumer group": no armed or political one
        sents = self._sentence_roots
        number = next((k for k, sent in enumerate(sents) if sent.start <= head.i < sent.end),
                      None)
        if number is None or number > 1 or number + 1 >= len(sents):
            return None
        root = sents[number + 1].root
        subjects = [c for c in kids(root) if c.dep_ == NSUBJ]
        if len(subjects) != 1:
            return None
        ent = self.entity_of(subjects[0])
        if ent is None or ent.label_ != "ORG":
            return None
        mention = self._entity_mention(ent, subjects[0])
        if mention is None or mention.type != "ORG" \
                or _corporate_suffix(ent[-1]) or any(
                self._name(e) == self._name(ent) for e in self.entities if e.end <= ent.start):
            return None
        entry = lookup(mention.label)
        code = entry.code() if entry is not None else None
        if entry is not None and not (code and any(k in code for k in ARMED_GROUP_CODES)):
            return None
        return mention

    def _made_by(self, head: Token) -> str | None:
        """The label of a group named by the ones a participle says made it, or None.

        "A partnership formed by AFG Industries Inc and Wagner and Brown said it had
        acquired a stake": "partnership of AFG Industries Inc and Wagner and Brown", not a
        bare "partnership" (one maker, "led by" or not, is :meth:`_led_by`'s standin).
        A singular group noun (:data:`~extract.lexicon.LED_GROUPS`, "venture") whose
        participle (:data:`~extract.lexicon.FORMING_VERBS`) has an agent that lists two
        names or more, and names only.
        """
        if head.tag_ != "NN" or head.lemma_.lower() not in _MADE_GROUPS:
            return None
        for _participle, objects in _participle_agents(head, FORMING_VERBS):
            if len(objects) != 1:
                return None
            members = [objects[0]]
            for member in members:
                members.extend(c for c in kids(member) if c.dep_ == CONJ)
            labels: list[str] = []
            for member in members:
                ent = self.entity_of(member)
                mention = self._entity_mention(ent, member) if ent is not None else None
                if mention is None or mention.type == CONCEPT:
                    return None  # "formed by Acme and other investors": not all named
                if mention.label not in labels:
                    labels.append(mention.label)
            if len(labels) < 2:
                return None
            return f"{head.lemma_.lower()} of {', '.join(labels[:-1])} and {labels[-1]}"
        return None

    def _description_possessor(self, head: Token, label: str) -> tuple[Mention | None, str]:
        """The named organisation or state a concept's definite possessor refers back to,
        and the concept's label without the possessor's words; (None, ``label``) otherwise.

        "The International Energy Agency published a report ... Saudi Arabia questioned *the
        agency's demand forecast*", "OPEC oil ministers agreed to keep *the group's
        production ceiling*": the forecast and the ceiling are those of the one named before,
        which the label says ("International Energy Agency's demand forecast") as it would
        for a name; bare, "agency's demand forecast" says not whose. Only a possessor
        :meth:`_described_owner` resolves ("the company's offices" after two companies
        stays as it is); a facility so owned stands for its owner instead
        (:meth:`_owner_standin`: "raided the federation's headquarters").
        """
        possessor = next((c for c in head.lefts if c.dep_ == POSS), None)
        owner = self._described_owner(possessor) if possessor is not None else None
        if owner is None:
            return None, label
        words = self._phrase_label(self.doc[possessor.left_edge.i:possessor.right_edge.i + 1],
                                   possessor)
        if not label.startswith(f"{words} "):
            return None, label
        return owner, label[len(words) + 1:]

    def resolve_all(self, head: Token) -> list[Mention]:
        """Every actor the phrase stands for.

        Like :meth:`resolve`, but a group or quantity of coordinated actors
        stands for each of them: "the navies of China, India and Russia".
        """
        modified = name_modified(head)
        if modified is not None:  # "sanctions Hong Kong-based firms X and Y": X, Y
            return self.resolve_all(modified)
        listed = self._kind_listed_names(head)
        if listed:  # "fines the supermarket chains Edeka and Rewe": Edeka, Rewe
            return listed
        first = self.resolve(head)
        if first is None:
            return []
        if first.via in ("standin", "concept") and (head.tag_ in PLURAL_NOUN_TAGS
                                                    or head.lower_ == "one"):
            named = self._named_members(head) or self._pair_members(head)
            if named:
                if first.via == "standin" and first.label not in {m.label for m in named} \
                        and self._named_apposition(head) is not None:
                    named.insert(0, first)  # "state news firm Saba and al-Eryani"
                return named
        found = [first]
        if first.via == "pronoun" and head.lower_ in GROUP_PRONOUNS:
            # "Japan and South Korea say they will hold drills": each of the coordinated
            # names "they" stands for
            return found + self._coordinated_referents(head, first)
        pobj = self._of_object(head)
        if pobj is None or not pobj.conjuncts or self.entity_of(head) is not None:
            return found
        for other in pobj.conjuncts:
            if other.ent_iob_ == "I" and pobj.ent_iob_ != "O" and pobj.i < other.i and all(
                    t.ent_iob_ == "I" for t in self.doc[pobj.i + 1:other.i + 1]):
                # "the energy isolation of Crete and Cyprus" with "Crete and Cyprus" one
                # name: its second word is no second member of the "of" phrase
                continue
            if first.via == "standin":
                ent = self.entity_of(other)
                mention = self._as_standin(self._entity_mention(ent, other),
                                           self._extent(head)) if ent is not None else None
            elif ((first.via == "concept" or head.lemma_.lower() in _QUANTITY_OR_GENERIC)
                  and not (first.start <= head.idx and concept_complement(head) is not None)):
                # ("thousands of rockets and shells": the rockets, and the shells; not
                # "a mixture of shares and loan stock" nor "a network of pipelines and
                # storage tanks", the head's own concept, whose label lists them)
                mention = self.resolve(other)
            else:
                mention = None
            if mention is not None and mention.label not in {m.label for m in found}:
                found.append(mention)
        return found

    def _coordinated_referents(self, pronoun: Token, first: Mention) -> list[Mention]:
        """The other names coordinated with the one a group pronoun was resolved to
        ("Japan and South Korea condemn Pyongyang and say *they* ...": South Korea),
        each a mention of the pronoun's extent."""
        found = self.coreference.resolve(pronoun)
        if found is None:
            return []
        extent = self._extent(pronoun)
        others: list[Mention] = []
        for token in found[0].conjuncts:
            ent = self.entity_of(token)
            mention = self._entity_mention(ent, token) if ent is not None else None
            if mention is not None and mention.label not in {
                    m.label for m in (first, *others)}:
                others.append(Mention(extent.text, mention.label, mention.type,
                                      extent.start_char, extent.end_char, via="pronoun"))
        return others

    def _kind_listed_names(self, head: Token) -> list[Mention]:
        """The firms a plural business kind lists right after it, with no comma, when the
        NER missed a name or took one for a person: "fines the supermarket chains Edeka
        and Rewe", "the lenders Sparkasse and Volksbank" stand for each firm named (a
        list the NER typed as organisations is :meth:`_named_members`'). Only a plural
        lower-case head that is a kind of business (:data:`~extract.lexicon.FIRM_APPOSITIONS`,
        :data:`~extract.lexicon.ORGANISATION_KIND_HEADS`), with two or more coordinated
        names of capitalised proper nouns and nothing after the last."""
        if head.pos_ != "NOUN" or head.tag_ != "NNS" or not head.text.islower() or (
                head.lemma_.lower() not in FIRM_APPOSITIONS
                and head.lemma_.lower() not in ORGANISATION_KIND_HEADS):
            return []
        first = next((c for c in head.rights if c.dep_ == APPOS
                      and c.left_edge.i == head.i + 1), None)
        if first is None or not first.conjuncts:
            return []
        names = []
        for token in (first, *first.conjuncts):
            start = min((c.left_edge.i for c in token.lefts if c.dep_ == COMPOUND),
                        default=token.i)
            words = self.doc[start:token.i + 1]
            if not all(t.pos_ == "PROPN" and t.text[:1].isupper()
                       and t.ent_type_ in ("", "ORG", "PERSON") for t in words):
                return []
            names.append(words)
        if all(all(t.ent_type_ == "ORG" for t in words) for words in names):
            return []  # (typed names are :meth:`_named_members`')
        extent = self._extent(head)
        found: list[Mention] = []
        for words in names:
            mention = Mention(words.text, words.text, "ORG", words.start_char, words.end_char)
            standin = self._as_standin(mention, extent)
            if standin is not None and standin.label not in {m.label for m in found}:
                found.append(standin)
        return found

    def _named_members(self, head: Token) -> list[Mention]:
        """The named people a plural group phrase lists: they, not the group, are the actors.

        Also "One of the authors, David Blackburn".

        "Two Democratic Representatives, Collin Peterson and Jeff Van Drew" and
        "Iranian officials including Iraj Harirchi and Masoumeh Ebtekar" stand
        for the people named in apposition or after "including"; not one person in
        apposition to a plural.
        """
        listed = [c for c in head.rights if c.dep_ == APPOS]
        listed += [p for prep in head.rights if prep.dep_ == PREP and prep.lower_ == "including"
                   for p in kids(prep) if p.dep_ == POBJ]
        if head.tag_ in PLURAL_NOUN_TAGS and head.i + 1 < len(self.doc) \
                and self.doc[head.i + 1].text == ",":
            # the parser reads "Two Representatives, Peterson and Van Drew" as a list
            listed += [c for c in head.rights if c.dep_ == CONJ and c.i == head.i + 2
                       or c.dep_ == CONJ and c.left_edge.i == head.i + 2]
        found: list[Mention] = []
        extent = self._extent(head)
        for first in listed:
            for token in (first, *first.conjuncts):
                ent = self.entity_of(token)
                if ent is None or ent.label_ not in _MEMBER_TYPES or _closing_speaker(ent):
                    continue  # (nor the speaker after them: "killing two fighters, the
                    # Syrian Observatory said")
                mention = self._as_standin(self._entity_mention(ent, token), extent)
                if mention is not None and mention.label not in {m.label for m in found}:
                    found.append(mention)
        if (len(found) == 1 and found[0].type == "PERSON" and head.tag_ in PLURAL_NOUN_TAGS
                and all(first.dep_ == APPOS for first in listed)):
            return []  # "demonstrators ..., General X": people are not one person (but
            # "others, including X": X is one of them)
        return found

    def _pair_members(self, head: Token) -> list[Mention]:
        """The two countries or organisations "both countries", "the two companies" stand
        for (:meth:`Coreference.pair <actorgraph.extract.coref.Coreference.pair>`)."""
        extent = self._extent(head)
        found: list[Mention] = []
        for antecedent in self.coreference.pair(head):
            mention = self._entity_mention(antecedent.entity, antecedent.entity.root)
            if mention is not None and mention.label not in {m.label for m in found}:
                found.append(Mention(extent.text, mention.label, mention.type,
                                     extent.start_char, extent.end_char, via="description"))
        return found if len(found) == 2 else []

    def _coreferent(self, head: Token) -> Mention | None:
        if head.i in self._resolving:
            return None
        found = self.coreference.resolve(head)
        if found is None:
            return None
        token, via = found
        if via == "pronoun" and issued_subject(token):
            # "the resolution calls on them to withdraw their forces": not the issuer's
            return None
        self._resolving.add(head.i)
        try:
            antecedent = self.resolve(token)
        finally:
            self._resolving.discard(head.i)
        if antecedent is None:
            return None
        extent = self._extent(head)
        return Mention(text=extent.text, label=antecedent.label, type=antecedent.type,
                       start=extent.start_char, end=extent.end_char, via=via)

    def _of_object(self, head: Token) -> Token | None:
        for prep in kids(head):
            if prep.dep_ == PREP and prep.lower_ == "of":
                for pobj in kids(prep):
                    if pobj.dep_ == POBJ:
                        return pobj
        return None

    def _through_of(self, head: Token) -> Mention | None:
        pobj = self._of_object(head)
        return None if pobj is None else self.resolve(pobj)

    def mentions(self) -> Iterator[Mention]:
        """Every named-entity mention in the article, canonicalised."""
        for ent in self.entities:
            mention = self._entity_mention(ent, ent.root)
            if mention is not None:
                yield Mention(text=ent.text, label=mention.label, type=mention.type,
                              start=ent.start_char, end=ent.end_char, via=mention.via)


#: Fewest letters of an acronym read as an organisation's name (:func:`_unknown_acronym`).
_ACRONYM_LETTERS = 3


def _unknown_acronym(head: Token) -> bool:
    """Whether a word in capitals the tagger took for a common noun is the acronym of a
    name: three letters or more, no English word of the lemmatizer's tables
    (:func:`~extract.openers.known_words`: not "GDP", "CEO", "AIDS"), no disease, currency,
    fuel, unit or file format (:data:`~extract.lexicon.NON_ACTOR_ACRONYMS`: not "MERS",
    "ISK", "LNG", "PDF"), and not in a run of capitals (a headline or a shouted phrase:
    "BREAKING NEWS", "URGENT UPDATE").

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["ISWAP", "abducted", "GDP", "rose", "URGENT", "PZFQ", "ALERT", "as", "MERS"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words)
    >>> _unknown_acronym(doc[0]), _unknown_acronym(doc[2]), _unknown_acronym(doc[5])
    (True, False, False)
    >>> _unknown_acronym(doc[8])
    False
    """
    text = head.text
    if len(text) < _ACRONYM_LETTERS or not (text.isupper() and text.isalpha()):
        return False
    known = known_words()
    if not known or head.lower_ in NON_ACTOR_ACRONYMS or english_word(head.lower_, known):
        return False
    doc = head.doc
    return not any(0 <= i < len(doc) and len(doc[i].text) > 1 and doc[i].text.isupper()
                   and doc[i].is_alpha for i in (head.i - 1, head.i + 1))
