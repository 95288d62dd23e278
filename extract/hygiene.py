"""Argument hygiene: what may be a participant of a relation.

Two steps, both called from :func:`extract.pipeline.extract_doc` only:

* :func:`repair_entities` corrects the named entities of a parsed article
  before the actors are resolved:

  - an entity whose text is a quantity ("45 cts" tagged ORG) is no entity;
  - a name ending in a corporate suffix (Inc, Corp, Ltd, Co, Bhd, plc, LLC,
    AG, SA, NV, ...; with or without a period) is an ORG whatever the NER
    says, and so is one ending in Group, Bank, Holdings ... unless the NER
    made it a place ("the West Bank"); a suffix the NER left out is taken in
    ("Acme Widgets" + "Inc") and a capitalised run before a suffix the NER
    missed becomes one ("Pettus Inc");
  - company names keep their "and": "Lockhart and Pettus Inc" (one word
    before "and" that is no place or nationality, a suffixed name of at most
    two words after), "Kohlberg Kravis Roberts and Co", "Halsey, Drummond and Co"
    (partners listed with commas) and "Johnson & Johnson" (names on both sides of
    "&") are one ORG, never two actors, and so is the short form of such a suffixed
    name elsewhere in the article ("Becker and Fox" after "Becker and Fox Inc",
    "Whitby, Marsh" after "Whitby, Marsh and Co"); a suffix right before a blanked
    ticker ends its name ("Martin and Drew Corp <MDRW>");
  - a name the actor dictionaries list across "and" is one entity ("Trinidad and
    Tobago", "Jammu and Kashmir", "Bill and Melinda Gates Foundation"), and so is an ORG
    the NER began after "and" when the words before "and" modify its head noun or the NER ended
    them with "and" ("North Wales Fire and Rescue Service"); "Russia and China" stay two.

* :func:`participants` resolves an argument token to its mentions, never a
  words of a quote the NER took for a name ("I WON"), never the possessor
  of the argument ("the Institute's director, Dr. Anthony Fauci" is not the
  Institute), and never a quantity: a number, an amount, a percentage or a unit ("45 cts", "14-pct",
  "total", "mln dlrs", "$5 billion", "20 percent", "3,000 tonnes"); a unit
  with an "of" phrase stands for what it measures ("3,000 tonnes of wheat"
  -> wheat), and a concept drops the amount it starts with ("a 14-pct rise"
  -> rise). Units that are common words too ("points", "marks") count only
  after a number. A concept of nothing but an amount noun and amounts is an
  amount ("a 6.1 pct stake", "the rest", "the figure", "500,000 shares", "a 20
  pct interest"), and so is what an amount after a preposition of a range or
  measure measures ("sell between 2.10 and 2.30 dlrs of stock").

* :func:`quantity_of` gives the amount an argument was given with, which the
  relation keeps as its ``quantity`` ("3,000 tonnes", "20", "14-pct").

* :func:`repair_verbs` makes a verb of an adjective with an auxiliary and a
  direct object: the small model tags "fine" in "did not fine Apple" as an
  adjective; and a verb of a participle that modifies the object of "have":
  "had successfully consolidated power" is consolidate + power, not have +
  "consolidated power"; and a name that the parser made a second subject of
  a verb right after a noun of the first subject's phrase names that noun
  ("The roof of the cathedral in French capital Paris caught fire": Paris did
  not); and a participle spelt as its base that the tagger read as a noun is the
  verb: "Goma was overrun by M23 rebels", "have not overrun Goma", "having overrun
  Kunduz"; and a relative clause without "that" parsed as the root ("X was jailed on
  charges he and his party deny") is re-read as the noun's relative clause.

* :func:`amount_name` finds the participant the parser put inside an amount:
  in "fined Apple 500 million euros" the small model makes "Apple" a modifier
  of "euros"; the name is the verb's object and the amount, which
  :func:`amount_of` gives, the relation's quantity ("Y was fined 500 million
  euros by X", "lent Pakistan $500 million").

Words come from ``extract/data/news.tsv`` (kinds unit, unit-after-number,
filler, corporate, corporate-soft).

Examples
--------
>>> is_quantity("45 cts"), is_quantity("14-pct"), is_quantity("mln dlrs"), is_quantity("total")
(True, True, True, True)
>>> is_quantity("$5 billion"), is_quantity("about 3,000 tonnes"), is_quantity("20 percent")
(True, True, True)
>>> is_quantity("Mark"), is_quantity("its 14-pct stake"), is_quantity("20 rockets")
(False, False, False)
"""

from __future__ import annotations

import dataclasses
import functools
import re

import numpy
from actorgraph.extract.actors import amount_complement, amount_end, country_of, is_country
from actorgraph.extract.context import listed_object, to_infinitive
from actorgraph.extract.coref import group_name
from actorgraph.extract.deps import (
    ACL,
    ACOMP,
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
    CSUBJ,
    DATIVE,
    DET,
    DOBJ,
    EXPL,
    FINITE_VERB_TAGS,
    INTJ,
    MARK,
    NEG,
    NMOD,
    NPADVMOD,
    NSUBJ,
    NSUBJPASS,
    NUMMOD,
    OPRD,
    PARATAXIS,
    PCOMP,
    PLURAL_NOUN_TAGS,
    POBJ,
    POSS,
    PREDET,
    PREP,
    PRT,
    PUNCT,
    QUANTMOD,
    RELATIVE_TAGS,
    RELCL,
    ROOT,
    WHOSE_TAG,
    XCOMP,
)
from actorgraph.extract.derivation import verb_of, verb_vocabulary
from actorgraph.extract.dictionary import listed_organisation, lookup, sector_of
from actorgraph.extract.events import default_lexicon
from actorgraph.extract.lexicon import (
    ACTOR_TYPES,
    AGREEING_VERBS,
    ALLEGED_PREPS,
    ALLEGING_OR_JUDGING_VERBS,
    ALLEGING_VERBS,
    AMOUNT_NOUNS,
    AMOUNT_PREPS,
    ASPECTUAL_VERBS,
    ATTEMPT_NOUNS,
    ATTEMPT_VERBS,
    BASE_PAST_FORMS,
    BLOCKING_VERBS,
    CARRYING_PARTICIPLES,
    CLAIM_NOUNS,
    CLAUSE_SAYING_VERBS,
    CLOCK_WORDS,
    COMMISSIVE_VERBS,
    COUNT_SCALES,
    COUNT_TYPES,
    COUNTED_HOLDINGS,
    DENIAL_VERBS,
    EVENT_CONTAINERS,
    EVENT_TARGET_PREPS,
    FALLING_SHORT_WORDS,
    FLOW_NOUNS,
    FOILING_VERBS,
    FRACTION_NOUNS,
    FREQUENCY_NOUNS,
    GERUND_COMPLEMENT_VERBS,
    GROUP_NOUNS,
    HEDGE_ADVERBS,
    HEDGE_VERBS,
    HOLDER_ROLES,
    HOLDING_MODIFIERS,
    HUNG_TARGET_PREPS,
    INTENT_VERBS,
    INTENTION_NOUNS,
    JUDGING_VERBS,
    LEVEL_VERBS,
    NAME_LINK_WORDS,
    NAME_PARTICLES,
    NAMING_VERBS,
    NON_PARTICIPANT_TYPES,
    NOUN_SPELT_CONTROL_VERBS,
    OFFICE_PARTICIPLES,
    OFFICE_WORDS,
    ORGANISATION_NAME_ENDS,
    OWNED_HOLDINGS,
    PERCENT_UNITS,
    PERCEPTION_VERBS,
    PLACE_HEADS,
    PLACE_TYPES,
    PLAN_NOUNS,
    QUOTED_PRONOUNS,
    REPORTING_VERBS,
    ROLE_OR_TITLE_WORDS,
    ROLE_WORDS,
    SCHEDULING_PREDICATES,
    STATE_KEEPING_VERBS,
    STRANDED_PARTICLES,
    SUSPICION_NOUNS,
    TIME_TYPES,
    TIME_UNITS,
    TITLE_WORDS,
    TRANSFER_VERBS,
    TRIAL_NOUNS,
    UNDONE_VERBS,
    VERB_SPELT_ROLES,
    first_name_gender,
)
from actorgraph.extract.news import is_number, news_words
from actorgraph.extract.openers import english_word, known_words
from actorgraph.extract.timex import MONTH_NAMES, WEEKDAY_NAMES, is_calendar_date
from actorgraph.extract.tree import kids
from actorgraph.extract.vague import person_lemma
from spacy.attrs import DEP, HEAD, LEMMA, LOWER, POS, TAG
from spacy.strings import hash_string
from spacy.symbols import acl as ACL_ID
from spacy.symbols import advcl as ADVCL_ID
from spacy.symbols import advmod as ADVMOD_ID
from spacy.symbols import agent as AGENT_ID
from spacy.symbols import amod as AMOD_ID
from spacy.symbols import attr as ATTR_ID
from spacy.symbols import ccomp as CCOMP_ID
from spacy.symbols import conj as CONJ_ID
from spacy.symbols import dep as DEP_ID
from spacy.symbols import dep as UNLABELLED_ID
from spacy.symbols import dobj as DOBJ_ID
from spacy.symbols import nmod as NMOD_ID
from spacy.symbols import npadvmod as NPADVMOD_ID
from spacy.symbols import nsubj as NSUBJ_ID
from spacy.symbols import prep as PREP_ID
from spacy.symbols import relcl as RELCL_ID
from spacy.tokens import Doc, Span, Token

from actorgraph.records import Mention

__all__ = [
    "AMOUNT_TYPES",
    "QUANTITY_TYPES",
    "amount_name",
    "amount_of",
    "money_form",
    "corporate_suffix",
    "is_amount",
    "is_quantity",
    "is_quantity_mention",
    "mass_count",
    "stock_company",
    "is_tree",
    "level_of",
    "participants",
    "quantity_of",
    "region_of_place",
    "repair_entities",
    "repair_verbs",
    "time_phrase",
    "unrecognised_name",
]

#: Entity types that are quantities, never participants.
QUANTITY_TYPES = COUNT_TYPES | {"ORDINAL"}
#: Entity types of an amount of something (:func:`is_amount`; "a $10 billion sale").
#: Not :data:`~extract.lexicon.MEASURE_TYPES`, on purpose: a bare number counts things
#: ("three", CARDINAL), and a percent is an amount here only by a number written before
#: it (whose words :func:`is_amount` reads); a caller that takes a share as an amount
#: asks for PERCENT itself ("holds 9.9 pct of Westbury", rules.verbal).
AMOUNT_TYPES = frozenset({"MONEY", "QUANTITY", "CARDINAL"})
#: Entity types that name no company: a name before "and" of these is another actor.
_OTHER_ACTORS = frozenset({"GPE", "LOC", "FAC", "NORP"})
_SPLIT = re.compile(r"[\s\-\u2010-\u2015/]+")
_EDGES = ".,;:()[]\"'\u2018\u2019\u201c\u201d"
_AND = frozenset({"and", "&"})
_AMPERSAND = re.compile("&")
#: "and" between two capitalised words: a listed name may cross it ("Trinidad and Tobago").
_CAPITAL_AND = re.compile(r"\b[A-Z][\w.'’-]*( and )[A-Z]")
#: How many words a listed name may have on either side of "and".
_AND_SIDE = 3
#: Kinds of listed names (:func:`extract.dictionary.lookup`) that may cross "and", with the
#: entity type the joined name takes: a country, a region or province ("Jammu and
#: Kashmir") or an organisation.
_AND_NAME_TYPES = {"country": "GPE", "place": "GPE", "org": "ORG"}
#: How many partners a firm's name lists with commas before "and Co" ("Halsey, Drummond").
_MAX_PARTNERS = 3
#: Dependencies of a word that modifies the head noun of a name ("Fire" of "Fire ... Service").
_NAME_MODIFIERS = frozenset({COMPOUND, NMOD})
#: Dependency of the unit an amount is per ("27 dlrs a share", "18 dlrs a barrel").
_PER_UNIT = NPADVMOD
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)", re.I)
#: A year, not an amount, when it modifies a noun without a unit ("the 2020 nomination").
_YEAR = re.compile(r"1[89]\d\d|20\d\d")
_POSSESSIVES = frozenset({"'s", "\u2019s", "'", "\u2019"})
#: Tags of the words that open a relative clause: which / that, who, whose.
_RELATIVE_TAGS = RELATIVE_TAGS | {WHOSE_TAG}
#: A score or a piece of one: "43–5", "2-1", "-", "1".
_SCORE = re.compile(r"\d+[–\-]\d+|[–\-]|\d{1,3}")
#: One score or a match's sets: "43-5", "6-4 4-6 8-6".
_WHOLE_SCORES = re.compile(r"\d+\s*[–\-]\s*\d+(?:\s+\d+\s*[–\-]\s*\d+)*")
#: Most tokens of a score past the entity the NER ended inside it ("7-" + "5").
_SCORE_RUN = 2
#: A number written alone, in words or digits ("two", "thirty-five", "1,000"): no unit,
#: no sign.
_PLAIN_NUMBER = re.compile(r"[a-z]+(?:-[a-z]+)*|\d[\d,.]*")
#: Entity types of a name whose region may follow it after a comma ("Springfield, Illinois").
_NAMED_PLACES = PLACE_TYPES | {"ORG"}
#: Dependencies of a verb's own subject or object.
_CORE_DEPS = frozenset({NSUBJ, NSUBJPASS, DOBJ})
#: Dependencies of a verb's subject.
_SUBJECT_DEPS = frozenset({NSUBJ, NSUBJPASS})
#: Tags of a verb in the past or the third person present ("Announced", "Says").
_TENSED_TAGS = frozenset({"VBD", "VBZ"})


@functools.lru_cache(maxsize=1 << 16)  # (asked 18,000 times of 4,700 words on 300 articles)
def _is_unit(word: str, *, after_number: bool = False) -> bool:
    """A unit or scale word in lower case or capitals ("cts", "MLN"), or "%"/"$".

    ``after_number``: the word follows a number or scale word, so units that
    are common words too count ("5 mln marks", "20 basis points").
    """
    if word in ("%", "$", "\u00a3", "\u20ac", "\u00a5"):
        return True
    if not (word.islower() or (word.isupper() and len(word) > 2)):
        return False
    key = word.casefold()
    return key in news_words("unit") or (after_number and key in news_words("unit-after-number"))


#: Stands in for a unit of several words after a number ("14 mln European currency units").
_UNIT_PHRASE = "ecus"


def _unit_phrases(words: list[str]) -> list[str]:
    """``words`` with each unit of several words (news.tsv kind ``unit-phrase``) after a
    number or scale word made one unit: "14 mln European currency units", "500 mln
    special drawing rights" are amounts of a currency; "the European Currency Unit" with
    no number before it is left as it is.

    Examples
    --------
    >>> _unit_phrases(["14", "mln", "European", "currency", "units"])
    ['14', 'mln', 'ecus']
    >>> _unit_phrases(["the", "European", "currency", "unit"])
    ['the', 'European', 'currency', 'unit']
    """
    phrases = news_words("unit-phrase")
    if len(words) < 3 or not phrases:
        return words
    out: list[str] = []
    n = 0
    while n < len(words):
        # the phrase first: most words open none (is_number is the dearer test)
        size = next((k for k in (3, 2) if out and " ".join(words[n:n + k]).casefold() in phrases
                     and (is_number(out[-1]) or _is_unit(out[-1]))), 0)
        if size:
            out.append(_UNIT_PHRASE)
            n += size
        else:
            out.append(words[n])
            n += 1
    return out


@functools.lru_cache(maxsize=4096)
def is_quantity(text: str) -> bool:
    """Whether a phrase is only a number, amount, percentage or unit.

    Every word must be a number, a unit or scale word, or a filler ("about",
    "the", "its"), and one at least a number or unit. Cached: an article asks it
    of the same labels again and again (6,769 calls, 2,757 texts, on 300 short
    articles).
    """
    words = [w.strip(_EDGES) for w in _SPLIT.split(text)]
    words = [w for w in words if w]
    fillers, amounts = news_words("filler"), news_words("amount")
    found = False
    words = _unit_phrases(words)
    for n, word in enumerate(words):
        # "seven" but not "7-Eleven"; a capital opens a sentence: "Two-thirds", "Seven"
        if (is_number(word) and (word.islower() or n == 0 or any(c.isdigit() for c in word))
                or _is_unit(word, after_number=found)
                or word.casefold() in amounts):  # any case: "Millions", "EUR", "Rs"
            found = True
        elif not ((word.islower() or n == 0) and word.casefold() in fillers):
            return False  # a filler, or one that opens a sentence: "A third of ..."
    return found


def is_quantity_mention(mention: Mention) -> bool:
    """Whether a resolved argument is a quantity (by type, text or label), or a concept
    that names nothing but an amount (:func:`is_amount_concept`)."""
    return (mention.type in QUANTITY_TYPES or is_quantity(mention.text)
            or is_quantity(mention.label) or is_amount_concept(mention))


def is_amount_concept(mention: Mention) -> bool:
    """Whether a concept names an amount: only amount nouns, amounts and determiners.

    An amount noun (:data:`~extract.lexicon.AMOUNT_NOUNS`) is an amount with
    nothing but amounts and determiners ("holds the rest", "put the figure at
    2,000", "won a majority"); a holding noun
    (:data:`~extract.lexicon.COUNTED_HOLDINGS`) only with an amount in the phrase
    as written ("acquired a 6.1 pct stake", "bought 500,000 shares", "a 20 pct
    interest", but "had no stake in it", "voting the shares"). Another noun or a
    name makes a thing of it ("market share", "Westbury shares", "stake in Beta
    Inc"). A plural of units that are common words too (news.tsv kind
    ``unit-after-number``) is an amount without a number as well ("bought marks", "sold
    francs", "gained points", "basis points"): the currency or measure, not a participant
    ("the mark", "question marks", "Marks" stay).

    Examples
    --------
    >>> is_amount_concept(Mention("a 6.1 pct stake", "stake", "CONCEPT", 0, 15, "concept"))
    True
    >>> is_amount_concept(Mention("marks", "marks", "CONCEPT", 0, 5, "concept"))
    True
    >>> is_amount_concept(Mention("question marks", "question marks", "CONCEPT", 0, 14))
    False
    >>> is_amount_concept(Mention("the rest", "rest", "CONCEPT", 0, 8, "concept"))
    True
    >>> is_amount_concept(Mention("a 20 pct interest", "interest", "CONCEPT", 0, 17, "concept"))
    True
    >>> is_amount_concept(Mention("interest", "interest", "CONCEPT", 0, 8, "concept"))
    False
    >>> is_amount_concept(Mention("no stake", "stake", "CONCEPT", 0, 8, "concept"))
    False
    >>> is_amount_concept(Mention("market share", "market share", "CONCEPT", 0, 12, "concept"))
    False
    >>> is_amount_concept(Mention("its stake in Beta", "stake in Beta", "CONCEPT", 0, 17))
    False
    """
    if not mention.is_concept:
        return False
    if _bare_units(mention.label):
        return True
    nouns = [w for w in (w.strip(_EDGES) for w in _SPLIT.split(mention.label))
             if w and not is_quantity(w)]
    if not nouns:
        return False
    if all(w.casefold() in AMOUNT_NOUNS for w in nouns):
        return True
    # "issue 4.5 mln common shares": words that leave a holding bare count with it
    return all(w.casefold() in AMOUNT_NOUNS or w.casefold() in COUNTED_HOLDINGS
               or w.casefold() in HOLDING_MODIFIERS for w in nouns) and any(
        w.casefold() in COUNTED_HOLDINGS or w.casefold() in AMOUNT_NOUNS for w in nouns
    ) and _counts(mention.text)


def _bare_units(label: str) -> bool:
    """Whether a label is a plural of units that count as units only after a number
    ("marks", "francs", "points", "basis points"), in lower case: the currency or measure
    itself, named without an amount."""
    words = [w.strip(_EDGES) for w in _SPLIT.split(label)]
    words = [w for w in words if w]
    return bool(words) and words[-1].endswith("s") and all(
        w.islower() and w in news_words("unit-after-number") for w in words)


def _counts(text: str) -> bool:
    """Whether a phrase holds an amount: a digit, a number word, a unit ("a 20 pct ...")."""
    return any(c.isdigit() for c in text) or any(
        is_quantity(w) and w.casefold() not in news_words("filler")
        for w in (w.strip(_EDGES) for w in _SPLIT.split(text)) if w)


def corporate_suffix(token: Token) -> str | None:
    """``"hard"`` for Inc/Corp/Ltd/..., ``"soft"`` for Group/Bank/..., else None."""
    text = token.text
    if text in news_words("corporate") or text.rstrip(".") in news_words("corporate"):
        return "hard"
    if text in news_words("corporate-soft"):
        return "soft"
    return None


@functools.cache
def _suffix_pattern() -> re.Pattern:
    """Any corporate suffix as a word of a text: a cheap test before the token loop."""
    words = sorted(_suffix_words(), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)")


@functools.cache
def _suffix_words() -> frozenset[str]:
    """Every token text that can be a corporate suffix ("Inc", "Inc.", "Group")."""
    hard = news_words("corporate")
    return hard | {w + "." for w in hard} | news_words("corporate-soft")


def _capitalised(token: Token) -> bool:
    return token.text[:1].isupper() and token.is_alpha or token.pos_ == "PROPN"


#: A hyphenated given name made one token ("Duck-soo", "Chan-o-cha").
_NAME_HYPHEN_TOKEN = re.compile(r"(?<![\w-])[A-Z][a-z]{1,4}(?:-[a-z]{1,5})+(?![\w-])")
#: A name whose capitalised words a short Urdu or Persian connective joins with hyphens
#: ("Tehrik-i-Taliban", "Lashkar-e-Taiba", "Harkat-ul-Mujahideen"): an organisation's name,
#: which the NER cuts at the hyphens.
_LINKED_NAME = re.compile(
    r"(?<![\w-])[A-Z][a-z]+(?:-(?:e|i|o|ul|ud|ut|un|ur|us)-[A-Z][a-z]+)+(?![\w-])")
#: a lower-case Arabic "and (the)" between two capitalised words: "al-Islam wal-Muslimin"
_NAME_LINK = re.compile(
    rf"(?<=[A-Za-z] )({'|'.join(sorted(NAME_LINK_WORDS))})(?=[ -][A-Z])")


def repair_entities(doc: Doc, *, text: str | None = None) -> None:
    """Correct the entities of ``doc`` in place (see the module docstring).

    ``text`` is ``doc.text`` when the caller has it (joining it costs a pass over
    the tokens).

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words="Lockhart and Pettus Inc earned 45 cts".split(),
    ...           ents=["B-PERSON", "O", "B-PERSON", "O", "O", "B-ORG", "I-ORG"])
    >>> repair_entities(doc)
    >>> [(e.text, e.label_) for e in doc.ents]
    [('Lockhart and Pettus Inc', 'ORG')]
    """
    text = doc.text if text is None else text
    _cut_at_clause_verb(doc)
    ents = doc.ents  # computed from every token: read once
    quantities = {e.start for e in ents
                  if e.label_ not in QUANTITY_TYPES and _may_be_quantity(e)
                  and is_quantity(e.text)}
    # "Taiwan's defense ministry" with "defense ministry" tagged ORG: a name has a
    # capital; common words are no name (the phrase then stands for its owner)
    quantities.update(e.start for e in ents if e.label_ in ACTOR_TYPES
                      and not any(c.isupper() for c in e.text))
    # "a credit line that expired Feb 15" with "Feb 15" tagged LAW: a calendar day is a
    # date, whatever type the NER gave it (a date is never a participant)
    dates = {e.start for e in ents
             if e.label_ not in NON_PARTICIPANT_TYPES and is_calendar_date(e.text)}
    # "fined Sony 2 million pounds" tagged one MONEY: the name is no part of the amount
    named_amounts = {e.start: n for e in ents if e.label_ in QUANTITY_TYPES
                     for n in (_leading_name(e),) if n}
    suffixes = [_token_at(doc, m.start()) for m in _suffix_pattern().finditer(text)]
    ampersands = [_token_at(doc, m.start()) for m in _AMPERSAND.finditer(text)]
    capital_ands = [_token_at(doc, m.start(1) + 1) for m in _CAPITAL_AND.finditer(text)]
    # "defeated Caboolture 43-5" tagged one ORG: the score is no part of the name
    scored = {e.start: n for e in ents if _SCORE.fullmatch(e[-1].text)
              for n in (_score_start(e),) if n}
    # "placed Humberto 785 miles west of Bermuda" tagged one PERSON: the distance is no
    # part of the name (a bare number can be: "Falcon 9")
    scored.update((e.start, n) for e in ents
                  if e.label_ not in QUANTITY_TYPES and e.start not in quantities
                  and e.start not in scored and _may_be_quantity(e)
                  for n in (_leading_name(e),)
                  if n and any(_is_unit(t.text, after_number=True) for t in e[n:]))
    # "awarded Winslow and Crane 64 mln dlrs" with "Crane 64" tagged one entity: a number
    # at the end of a name that a scale or unit after the name goes on is the amount's
    scored.update((e.start, n) for e in ents
                  if e.label_ not in QUANTITY_TYPES and e.start not in scored
                  and e.end < len(doc) and e[-1].like_num
                  and _is_unit(doc[e.end].text, after_number=True)
                  for n in (_leading_name(e),) if n and all(t.like_num for t in e[n:]))
    # "When Boris Johnson Announced a lockdown" tagged one PERSON: a capitalised verb
    # whose subject is the name before it is the name's predicate, no part of it
    scored.update((e.start, n) for e in ents
                  if e.start not in scored and e.label_ not in QUANTITY_TYPES
                  for n in (_predicate_start(e),) if n)
    # "accusations by the United Auto Workers against Stellantis" tagged one ORG: the side
    # an act is aimed at is no part of the name before it
    scored.update((e.start, n) for e in ents
                  if e.start not in scored and e.label_ in ACTOR_TYPES
                  for n in (_aimed_at_start(e),) if n)
    # "Han Duck-soo" with "Han" tagged NORP and "Duck-soo" (one token, see
    # segment.join_name_hyphens) no entity: the two words are one person's name
    hyphen_names = [t for m in _NAME_HYPHEN_TOKEN.finditer(text) if "-" in text
                    for t in (_token_at(doc, m.start()),)
                    if t.i > 0 and t.idx == m.start() and len(t.text) == m.end() - m.start()
                    and _capitalised(doc[t.i - 1]) and t.ent_iob_ != "I"]
    # "Tehrik-i-Taliban Pakistan" tagged "Tehrik" (ORG) and "Pakistan" (GPE): one name
    linked = [span for m in _LINKED_NAME.finditer(text) if "-" in text
              for span in (doc.char_span(m.start(), m.end(), alignment_mode="expand"),)
              if span is not None]
    # "Jama'at Nasr al-Islam wal Muslimin" tagged two names: "wal" joins one group's name
    name_links = [_token_at(doc, m.start(1)) for m in _NAME_LINK.finditer(text)]
    # "Pakistan's North West Frontier Province" tagged "North West" (LOC): the place's
    # name runs on to its capitalised place head
    cut_places = {e.start: end for e in ents if e.label_ in PLACE_TYPES
                  for end in (_place_name_end(e),) if end}
    nationalities = {e.start for e in ents if _nationality_mistyped(e)}
    # "The Houthis denied that they had ..." with "Houthis" tagged PERSON: a group
    peoples = {e.start for e in ents if _people_typed_person(e) or _organisation_typed_person(e)}
    # "An al-Shabaab ambush on ..." tagged one PERSON with its article: the group's name
    articled = {e.start for e in ents if _articled_organisation(e)}
    # "Islamic State claimed ..." tagged "Islamic" (NORP): a listed group's name, cut
    cut_names = {e.start: stop for e in ents if e.label_ == "NORP"
                 for stop in (_nationality_cut_name(doc, e),) if stop}
    # "Police in Tamil Nadu arrested ..." with "Tamil Nadu" tagged PERSON: a place the
    # actor dictionaries list is no person, facility or (a country) organisation
    places = {e.start for e in ents if _place_mistyped(e, ents)}
    # "Kenyan President Daniel arap Moi" tagged "Daniel arap" (PERSON): the name runs on
    # past its lower-case particle to the capitalised words after it
    particled = {e.start: end for e in ents if e.label_ == "PERSON"
                 for end in (_particle_name_end(e),) if end}
    if not (quantities or suffixes or ampersands or named_amounts or scored or capital_ands
            or hyphen_names or linked or name_links or dates or cut_places or nationalities
            or peoples or articled or cut_names or places or particled):
        return  # nothing to repair: most articles
    owner: dict[int, Span] = {}
    for ent in ents:
        for i in range(ent.start, ent.end):
            owner[i] = ent
    spans: dict[int, tuple[int, int, str]] = {}  # start -> (start, end, label)
    for ent in ents:
        if ent.start in named_amounts:
            start = ent.start + named_amounts[ent.start]
            spans[start] = (start, ent.end, ent.label_)
        elif ent.start in scored:
            spans[ent.start] = (ent.start, ent.start + scored[ent.start], ent.label_)
        elif ent.start in articled:
            spans[ent.start + 1] = (ent.start + 1, ent.end, "ORG")
        elif ent.start not in quantities:  # "45 cts" tagged ORG is no entity
            spans[ent.start] = (ent.start, ent.end,
                                "DATE" if ent.start in dates
                                else "NORP" if ent.start in nationalities
                                else "ORG" if ent.start in peoples
                                else "GPE" if ent.start in places else ent.label_)
    for token in suffixes:
        kind = corporate_suffix(token)
        if kind is None or token.i == 0:
            continue
        ent = owner.get(token.i)
        if ent is not None and token.i != _last_word(ent):
            continue  # "Bank of America": the suffix is not at the end
        if ent is None:
            before = owner.get(token.i - 1)
            if before is not None and before.end == token.i and before.label_ not in PLACE_TYPES:
                start = before.start  # "Acme Widgets" + "Inc"
            elif kind == "hard" and doc[token.i - 1].lower_ in _AND:
                start = token.i  # "Kohlberg Kravis Roberts and Co": "and" is taken below
            elif kind == "hard" and _capitalised(doc[token.i - 1]):
                start = token.i - 1  # a name the NER missed: "Pettus Inc"
                while (start > 0 and token.i - start < 5 and _capitalised(doc[start - 1])
                       and owner.get(start - 1) is None and not doc[start - 1].is_sent_start
                       and doc[start - 1].pos_ not in ("DET", "ADP")):
                    start -= 1
            else:
                continue
        else:
            if (ent.label_ in NON_PARTICIPANT_TYPES
                    or (kind == "soft" and ent.label_ in PLACE_TYPES)):
                continue  # "the West Bank"
            start = ent.start
        if kind == "hard":
            start = _cut_name_start(doc, start, token.i, owner)
        for i in list(spans):
            if start <= i <= token.i:
                del spans[i]
        spans[start] = (start, token.i + 1, "ORG")
        joined = _and_start(doc, start, token.i + 1, owner)
        if joined is None and kind == "hard" and doc[token.i - 1].lower_ in _AND:
            # the NER's "Marsh and Co" after "Whitby, ": the partners are the firm's name
            joined = _partners_start(doc, start, owner)
        start = joined if joined != start else None
        if start is not None:
            for i in list(spans):
                if start <= i <= token.i:
                    del spans[i]
            spans[start] = (start, token.i + 1, "ORG")
    for token in hyphen_names:
        before = owner.get(token.i - 1)
        start = (before.start if before is not None and before.label_ == "PERSON"
                 else token.i - 1)
        for i in list(spans):
            first, end, label = spans[i]
            if start <= i <= token.i:
                del spans[i]
            elif first < start < end:
                spans[i] = (first, start, label)  # "Hyundai Motor" before "Chung Eui-sun"
        spans[start] = (start, token.i + 1, "PERSON")
    for span in linked:
        end = span.end
        after = doc[end] if end < len(doc) else None
        if (after is not None and after.ent_type_ == "GPE" and after.ent_iob_ == "B"
                and (end + 1 == len(doc) or doc[end + 1].ent_iob_ != "I")):
            end += 1  # a country that ends the name: "Tehrik-i-Taliban Pakistan"
        _join(spans, span.start, end, "ORG")
    for token in name_links:
        _link_names(doc, token, owner, spans)
    for start, end in particled.items():
        if start in spans:
            _join(spans, start, end, "PERSON")
    for start, end in cut_places.items():
        if start in spans:
            _join(spans, start, end, spans[start][2])
    _ampersands(doc, ampersands, spans)
    _short_and_names(doc, spans)
    _listed_and_names(doc, capital_ands, spans)
    _coordinated_modifiers(doc, capital_ands, spans)
    for start, stop in cut_names.items():
        if start in spans:
            _join(spans, start, stop, "ORG")
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in sorted(spans.values())]


#: Tags of a verb that ends a name it was read into, with the name as its subject (a
#: finite verb, or an -ing participle: "the United Auto Workers picketing Stellantis").
_CLAUSE_VERB_TAGS = FINITE_VERB_TAGS | {"VBG"}


def _cut_at_clause_verb(doc: Doc) -> None:
    """End a name before a verb the NER read into it when the parse makes the name
    that verb's subject: "with the United Auto Workers picketing Stellantis factories"
    (one ORG "the United Auto Workers picketing Stellantis") is the union, the verb, and
    "Stellantis" (a name of its own when a proper noun follows the verb); a name without
    such a verb ("the Rolling Stones", "Breaking Bad") is kept.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["with", "the", "Teamsters", "blocking", "Amazon", "warehouses"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[0, 2, 3, 0, 5, 3],
    ...           deps=["ROOT", "det", "nsubj", "pcomp", "compound", "dobj"],
    ...           pos=["ADP", "DET", "PROPN", "VERB", "PROPN", "NOUN"],
    ...           tags=["IN", "DT", "NNPS", "VBG", "NNP", "NNS"],
    ...           ents=["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"])
    >>> _cut_at_clause_verb(doc)
    >>> [(e.text, e.label_) for e in doc.ents]
    [('the Teamsters', 'ORG'), ('Amazon', 'ORG')]
    """
    ents = list(doc.ents)
    changed = False
    for n, ent in enumerate(ents):
        verb = next((t for t in doc[ent.start + 1:ent.end - 1]
                     if t.tag_ in _CLAUSE_VERB_TAGS and t.pos_ == "VERB" and any(
                         c.dep_ == NSUBJ and ent.start <= c.i < t.i for c in t.children)),
                    None)
        if verb is None:
            continue
        parts = [Span(doc, ent.start, verb.i, label=ent.label_)]
        if any(t.pos_ == "PROPN" for t in doc[verb.i + 1:ent.end]):
            parts.append(Span(doc, verb.i + 1, ent.end, label=ent.label_))
        ents[n:n + 1] = [parts]
        changed = True
    if changed:
        doc.ents = [part for item in ents
                    for part in (item if isinstance(item, list) else [item])]


def _articled_organisation(ent: Span) -> bool:
    """Whether an entity is "a" or "an" before the name of an organisation the actor
    dictionaries list ("An al-Shabaab ambush on ...", "an Ansar al-Sharia attack"), which
    the NER took for one name, often a person's: the article is no part of the name."""
    return (len(ent) > 1 and ent[0].lower_ in ("a", "an") and ent[0].pos_ == "DET"
            and listed_organisation(ent[1:].text))


#: Entity types the NER gives a nationality of two words it did not know ("Sri Lankan"
#: a PERSON, "Costa Rican" an ORG); a place type is kept ("New Zealand" is a country).
_MISTYPED_NATIONALITY_TYPES = frozenset({"PERSON", "ORG"})


def _nationality_mistyped(ent: Span) -> bool:
    """Whether an entity of two or more words is a nationality the NER typed as a person
    or an organisation: "Sri Lankan" of "Sri Lankan President Ranil Wickremesinghe" tagged
    PERSON (a demonym of :func:`~extract.actors.country_of`, not the country's own name).

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = "Sri Lankan President Ranil Wickremesinghe".split()
    >>> doc = Doc(spacy.blank("en").vocab, words=words,
    ...           ents=["B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON"])
    >>> [_nationality_mistyped(e) for e in doc.ents]
    [True, False]
    """
    if ent.label_ not in _MISTYPED_NATIONALITY_TYPES or len(ent) < 2:
        return False
    country = country_of(ent.text)
    return country is not None and country != ent.text


#: Entity types the NER gives a place it did not know ("Tamil Nadu" a PERSON, "La Paz" a
#: FAC); an ORG is a place's only when it is a country or of several words ("Uttar
#: Pradesh"): a one-word city is the name of many a club or firm ("Barcelona", "Zurich").
_MISTYPED_PLACE_TYPES = frozenset({"PERSON", "FAC", "ORG"})


def _place_mistyped(ent: Span, ents) -> bool:
    """Whether an entity the NER typed as a person, facility or organisation is a place or
    country of the CAMEO actor dictionaries: "Tamil Nadu" of "Police in Tamil Nadu
    arrested ..." tagged PERSON, "Armenia" tagged ORG. A nationality is not one
    (:func:`_nationality_mistyped`); nor is a one-word name that is a common given name
    ("Charlotte"), follows a title ("Mr Jordan") or is the surname of a person named in the
    article ("Whitney Houston ... Houston").

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = "Karnataka and Tamil Nadu share the river , Mr Houston said".split()
    >>> doc = Doc(spacy.blank("en").vocab, words=words, ents=["B-ORG", "O", "B-PERSON",
    ...           "I-PERSON", "O", "O", "O", "O", "O", "B-PERSON", "O"])
    >>> [(e.text, _place_mistyped(e, doc.ents)) for e in doc.ents]
    [('Karnataka', False), ('Tamil Nadu', True), ('Houston', False)]
    """
    if ent.label_ not in _MISTYPED_PLACE_TYPES:
        return False
    words = ent
    if len(words) > 1 and words[-1].lower_ in _POSSESSIVES:
        words = words[:-1]  # "Tamil Nadu's" tagged PERSON
    if not words[0].is_title and not words[0].is_upper:
        return False
    name = words.text
    entry = lookup(name)
    if entry is None or entry.kind not in ("place", "country"):
        return False
    demonym = country_of(name)
    if demonym is not None and demonym != name:
        return False  # "Kosovan", "Sri Lankan": a nationality
    if ent.label_ == "ORG" and len(words) == 1 and not is_country(entry.canonical or name):
        return False
    if len(words) > 1:
        return True
    if first_name_gender(name) is not None or (ent.label_ != "ORG" and entry.kind == "country"):
        return False  # a one-word country typed PERSON is often a person: "Jordan met him"
    if ent.start > 0 and ent.doc[ent.start - 1].lower_ in TITLE_WORDS:
        return False
    return not any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == name for e in ents)


def _organisation_typed_person(ent: Span) -> bool:
    """Whether a name of two or more words the NER typed as a person ends in a word that
    only ends an organisation's name (:data:`~extract.lexicon.ORGANISATION_NAME_ENDS`):
    "The Tigray People's Liberation Front", "Awami League".

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = "the Awami League and Sheikh Hasina".split()
    >>> doc = Doc(spacy.blank("en").vocab, words=words,
    ...           ents=["O", "B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON"])
    >>> [_organisation_typed_person(e) for e in doc.ents]
    [True, False]
    """
    return (ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].is_title
            and ent[-1].lower_ in ORGANISATION_NAME_ENDS)


def _particle_name_end(ent: Span) -> int | None:
    """The end of a person's name the NER cut after a lower-case particle ("Daniel arap"
    of "Daniel arap Moi", "Ursula von der" of "Ursula von der Leyen"): the capitalised
    proper nouns that follow, or None.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = "President Daniel arap Moi denied it".split()
    >>> doc = Doc(spacy.blank("en").vocab, words=words, ents=["O", "B-PERSON", "I-PERSON",
    ...           "O", "O", "O"], pos=["PROPN", "PROPN", "PROPN", "PROPN", "VERB", "PRON"])
    >>> _particle_name_end(doc.ents[0])
    4
    """
    if len(ent) < 2 or ent[-1].lower_ not in NAME_PARTICLES or not ent[-1].is_lower:
        return None
    doc = ent.doc
    end = ent.end
    while end < len(doc) and end - ent.end < 3 and doc[end].pos_ == "PROPN" \
            and doc[end].is_title:
        end += 1
    return end if end > ent.end else None


def _people_typed_person(ent: Span) -> bool:
    """Whether a one-word entity the NER typed as a person is a people or a movement
    named in the plural with its own "the" (:func:`~extract.coref.group_name`, the one
    home of that reading): "the Houthis", "the Sandinistas" (a person's name takes no
    article and no plural "-s"), which "they" may then stand for: a group, typed ORG as
    the entity becomes ("the Zetas" is). "the Boss" (in "-ss") stays, and so does a
    person's name that only modifies the noun "the" belongs to ("the Marcos
    government", "the Williams sisters").

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = "the Houthis denied it , Lewis said".split()
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 2, 2, 2, 6, 6, 2],
    ...           deps=["det", "nsubj", "ROOT", "dobj", "punct", "nsubj", "parataxis"],
    ...           tags=["DT", "NNPS", "VBD", "PRP", ",", "NNP", "VBD"],
    ...           ents=["O", "B-PERSON", "O", "O", "O", "B-PERSON", "O"])
    >>> [_people_typed_person(e) for e in doc.ents]
    [True, False]
    """
    return ent.label_ == "PERSON" and len(ent) == 1 and group_name(ent[0])


def _place_name_end(ent: Span) -> int | None:
    """Where a place's name ends when the NER cut it before the rest of its capitalised
    words and its place head (:data:`~extract.lexicon.PLACE_HEADS`): "North West" of
    "Pakistan's North West Frontier Province", "Xinjiang" of "Xinjiang Uighur Autonomous
    Region"; or None. The words after the entity are untyped proper nouns or capitalised
    modifiers of the head, at least one of them before it ("Hubei" of "Hubei Province",
    with nothing cut, stays as it is).

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("in North West Frontier Province", '''
    ...     0 ROOT ADP in IN
    ...     4 compound PROPN North NNP
    ...     4 compound PROPN West NNP
    ...     4 compound PROPN Frontier NNP
    ...     0 pobj PROPN Province NNP''', ents={"North West": "LOC"})
    >>> _place_name_end(doc.ents[0])
    5
    """
    doc = ent.doc
    last = ent[-1]
    head = last.head
    if (last.dep_ != COMPOUND or head.i <= ent.end or head.i - ent.end > _CUT_PLACE_WORDS
            or head.ent_type_ or not _capitalised(head)
            or head.lemma_.lower() not in PLACE_HEADS):
        return None
    for token in doc[ent.end:head.i]:
        if (token.ent_type_ or not _capitalised(token) or token.dep_ not in (COMPOUND, AMOD)
                or not ent.end <= token.head.i <= head.i):
            return None
    return head.i + 1


#: How many words a cut place name may have between the NER's entity and its head.
_CUT_PLACE_WORDS = 3


#: Entity types whose words may begin a company's name the NER cut before its suffix.
_NAME_PART_TYPES = frozenset({"ORG", "PERSON", "NORP"})


def _cut_name_start(doc: Doc, start: int, suffix: int, owner: dict[int, Span]) -> int:
    """Where a company's name begins when the NER cut it before its legal form.

    "Calloway Securities LLC" tagged "Calloway" (ORG) and "LLC" (ORG) with "Securities"
    untyped: the capitalised words that modify the name from the left, untyped ones and
    at most one entity of a person's, company's or nationality's type right before them,
    are the name's first words (four words at most; not a verb: "Halbrook to Acquire
    Acme Inc", an article or a preposition; an untyped word that begins the sentence
    only because it is capitalised there is not taken).

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words="Calloway Securities LLC advises".split(),
    ...           heads=[2, 2, 3, 3], deps=["compound", "compound", "nsubj", "ROOT"],
    ...           pos=["PROPN", "PROPN", "PROPN", "VERB"],
    ...           ents=["B-ORG", "O", "B-ORG", "O"])
    >>> owner = {i: e for e in doc.ents for i in range(e.start, e.end)}
    >>> _cut_name_start(doc, 2, 2, owner)
    0
    """
    while start > 0 and suffix - start < 4:
        before = doc[start - 1]
        if (not _capitalised(before) or before.pos_ in ("DET", "ADP", "VERB", "AUX", "PUNCT")
                or before.dep_ != COMPOUND or not start <= before.head.i <= suffix):
            break
        ent = owner.get(before.i)
        if ent is None and not before.is_sent_start:
            start -= 1
            continue
        if ent is not None and ent.label_ in _NAME_PART_TYPES and ent.end == start:
            start = ent.start  # the NER's fragment of the name: taken whole, then no more
        break
    return start


def _and_start(doc: Doc, start: int, end: int, owner: dict[int, Span]) -> int | None:
    """Start of "X and <name> Inc" before a suffixed name, or None.

    X is one capitalised word that is not a place or nationality, and the
    name between "and" and the suffix has at most two words: "Lockhart and
    Pettus Inc", "Marks and Spencer Plc", but not "Apple Inc and Exxon Mobil
    Corp". A longer name before "and" joins when both sides of "and" are
    corporate words ("Sooner State Bank and Trust Co") or both the common words of
    the firm's trades (:func:`_trades_joined`: "Firestone Tire and Rubber Co",
    "Harlow Steel and Wire Co"). After "and Co" the name before "and" may be longer
    ("Kohlberg Kravis Roberts and Co").
    """
    if start < 2 or end - 1 - start > 2 or doc[start - 1].lower_ not in _AND:
        return None
    left = doc[start - 2]
    ent = owner.get(left.i)
    if not _capitalised(left) or (ent is not None and ent.label_ in _OTHER_ACTORS):
        return None
    if start == end - 1:  # "... Roberts and Co": the whole name before "and"
        if ent is not None:
            return _partners_start(doc, ent.start, owner)
        first = left.i
        while first > 0 and left.i - first < 4 and _capitalised(doc[first - 1]) \
                and owner.get(first - 1) is None and doc[first - 1].pos_ not in ("DET", "ADP"):
            first -= 1
        return _partners_start(doc, first, owner)
    if ent is not None and len(ent) > 1:
        if end - start == 2 and corporate_suffix(left) and corporate_suffix(doc[start]):
            return ent.start  # "Sooner State Bank and Trust Co": two corporate words joined
        if end - start == 2 and ent.label_ == "ORG" and _trades_joined(left, doc[start]):
            # "Firestone Tire and Rubber Co": one firm of two trades (not a person's name
            # of common words: "Jane Doe and Acme Corp")
            return ent.start
        return None
    if left.i > 0 and _capitalised(doc[left.i - 1]) and not doc[left.i].is_sent_start:
        return None  # "Jane Doe and Acme Inc": more than one word before "and"
    return left.i


def _trades_joined(left: Token, right: Token) -> bool:
    """Whether the words on both sides of "and" in a firm's name are common English words,
    the trades it is named by: "Firestone *Tire and Rubber* Co", "Pacific *Gas and
    Electric* Co", "Harlow *Steel and Wire* Co" (one firm); not "Texaco Canada and Pennzoil
    Co" or "Ford Motor and Chrysler Corp" (a name on either side: two firms). Only one word
    after "and" before the suffix (:func:`_and_start`), and none before it ("Acme Corp and
    Beta Inc" are two); no firm when no word tables are installed. The word tables list
    places and firms' names too ("texas", "apple"): a word the actor dictionary lists,
    alone or with the suffix after it, is a name ("General Electric and Apple Inc",
    "Acme Steel and Bethlehem Corp": two firms)."""
    if not all(t.is_alpha and t.text[:1].isupper() and t.tag_ == "NNP" for t in (left, right)):
        return False  # (a singular proper noun each: "Tire", "Rubber")
    if corporate_suffix(left) is not None:
        return False  # "Acme Corp and Beta Inc": a whole firm's name ends before "and"
    suffix = right.nbor() if right.i + 1 < len(right.doc) else None
    if (lookup(left.text) or lookup(right.text)
            or (suffix is not None and lookup(f"{right.text} {suffix.text.rstrip('.')}"))):
        return False  # "Ohio Edison and Boston Co": a place or a listed firm, not a trade
    known = known_words()
    return bool(known) and all(english_word(t.lower_, known) for t in (left, right))


def _last_word(ent: Span) -> int:
    """Index of the last token of an entity that is no whitespace: a ticker blanked after
    a name ("Drew Corp <MDRW>" parsed as "Drew Corp" and spaces) leaves spaces in it."""
    last = ent.end - 1
    while last > ent.start and ent.doc[last].is_space:
        last -= 1
    return last


def _partners_start(doc: Doc, first: int, owner: dict[int, Span]) -> int:
    """Start of a firm's partners listed with commas before "and Co", from ``first``.

    "Halsey, Drummond and Co", "Lasker, Haight and Co.", "Kimball, Rhodes, Tate
    and Co": each partner before a comma is one proper noun that no entity makes
    a place, a nationality or more than that word, so the firm is one name; a
    place or an adverb before the comma is none ("In London, Drummond and Co",
    "Meanwhile, Drummond and Co"). At most :data:`_MAX_PARTNERS` partners join.
    """
    for _ in range(_MAX_PARTNERS):
        if first < 2 or doc[first - 1].text != ",":
            break
        partner = doc[first - 2]
        ent = owner.get(partner.i)
        if (partner.pos_ != "PROPN" or not partner.is_alpha or not partner.text[:1].isupper()
                or (ent is not None and (ent.label_ in _OTHER_ACTORS or len(ent) > 1))):
            break
        before = doc[partner.i - 1] if partner.i > 0 else None
        if before is not None and before.pos_ == "PROPN" and before.text != ",":
            break  # "Morgan Stanley, Drummond and Co": a longer name is another firm
        first = partner.i
    return first


def _leading_name(ent: Span) -> int:
    """How many capitalised words start a quantity entity before its amount, or 0.

    "Sony 2 million pounds" -> 1: the amount "2 million pounds" follows a name.
    """
    n = 0
    while n < len(ent) - 1 and ent[n].pos_ == "PROPN" and ent[n].is_alpha \
            and ent[n].text[:1].isupper() and not _is_unit(ent[n].text) \
            and not is_number(ent[n].text):
        n += 1
    return n if n and is_quantity(ent[n:].text) else 0


def _score_start(ent: Span) -> int:
    """How many words of an entity come before a score at its end ("Noosa 32-22" -> 1), or 0.

    The score may be a match's sets ("beat Martina Navratilova 6-4 4-6 8-6" -> 2), and the
    NER may end the entity inside it ("defeated Rafael Nadal 7-5 6-3" tagged "Rafael Nadal
    7-": the score runs on past the entity)."""
    doc = ent.doc
    n = len(ent)
    while n > 0 and _SCORE.fullmatch(ent[n - 1].text):
        n -= 1
    end = ent.end
    while not _WHOLE_SCORES.fullmatch(doc[ent.start + n:end].text):
        # the rest of a score the entity stops in: "7-" + "5"
        if (n == len(ent) or end == len(doc) or end - ent.end == _SCORE_RUN
                or not _SCORE.fullmatch(doc[end].text) or doc[end].sent != ent.sent):
            return 0  # a number of the name: "Falcon 9", "Area 51"
        end += 1
    return n if n and ent[n - 1].text[:1].isupper() else 0


def _predicate_start(ent: Span) -> int:
    """How many words of an entity come before a past or present-tense verb with a subject
    before it that ends it ("Narendra Modi Announced" -> 2), or 0 ("Black Lives Matter"
    has no tensed verb of the third person; "Capitol Hill Occupied Protests" goes on
    after its verb)."""
    n, token = len(ent) - 1, ent[-1]
    if n and token.pos_ == "VERB" and token.tag_ in _TENSED_TAGS and any(
            c.dep_ in _SUBJECT_DEPS for c in token.lefts):
        return n
    return 0


#: Prepositions of the side an act is aimed at, never part of a name in lower case
#: (a name writes its own in capitals: "Mothers Against Drunk Driving").
_AIMED_AT_PREPS = frozenset({"against"})


def _aimed_at_start(ent: Span) -> int:
    """How many words of an entity come before a lower-case "against" that a capitalised
    name follows ("the United Auto Workers against Stellantis" -> 4), or 0: the NER ran
    the doer and the side aimed at into one name.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words="Auto Workers against Stellantis".split(),
    ...           ents=["B-ORG", "I-ORG", "I-ORG", "I-ORG"])
    >>> _aimed_at_start(doc.ents[0])
    2
    """
    for n, token in enumerate(ent):
        if (0 < n < len(ent) - 1 and token.text in _AIMED_AT_PREPS
                and ent[n - 1].text[:1].isupper() and ent[n + 1].text[:1].isupper()):
            return n
    return 0


def _may_be_quantity(ent: Span) -> bool:
    """A cheap test before :func:`is_quantity`: a number, a digit or a unit in the span."""
    return any(t.like_num or _is_unit(t.text) or any(c.isdigit() for c in t.text) for t in ent)


def _token_at(doc: Doc, char: int) -> Token:
    """The token holding character ``char`` of the text."""
    return doc.char_span(char, char + 1, alignment_mode="expand")[0]


def _ampersands(doc: Doc, tokens: list[Token], spans: dict[int, tuple[int, int, str]]
                ) -> None:
    """Join names on both sides of "&" into one ORG ("Johnson & Johnson")."""
    for token in tokens:
        if token.text != "&" or token.i == 0 or token.i + 1 >= len(doc):
            continue
        left, right = doc[token.i - 1], doc[token.i + 1]
        if not (_capitalised(left) and _capitalised(right)):
            continue
        found = [s for s in spans.values() if s[0] <= left.i < s[1] or s[0] <= right.i < s[1]]
        if any(label in _OTHER_ACTORS for *_, label in found):
            continue  # "Israel & Hamas"
        start = min([left.i] + [s[0] for s in found])
        end = max([right.i + 1] + [s[1] for s in found])
        for s in found:
            spans.pop(s[0], None)
        spans[start] = (start, end, "ORG")


def _short_and_names(doc: Doc, spans: dict[int, tuple[int, int, str]]) -> None:
    """Make one ORG of the short form of a firm's "and" name wherever the article uses it.

    "Acme sued Becker and Fox Inc ... had paid Becker and Fox 41 mln dlrs": the
    short form is that firm, not Becker and a Fox; so are "Martin and Drew" after
    "Martin and Drew Corp" and "Whitby, Marsh" after "Whitby, Marsh and Co". A short
    form is a suffixed ORG of this article without its suffix (and without "and Co"),
    of at least three words with "and" or a comma among them: "Russia and China" stay
    two, and "Drummond" of "Drummond and Co" is left to the NER.
    """
    short: set[tuple[str, ...]] = set()
    for first, end, label in spans.values():
        words = tuple(t.text for t in doc[first:end])
        if label != "ORG" or len(words) < 4 or corporate_suffix(doc[end - 1]) != "hard":
            continue
        name = words[:-2] if words[-2].lower() in _AND else words[:-1]
        if len(name) >= 3 and any(w.lower() in _AND or w == "," for w in name[1:-1]):
            short.add(name)
    if not short:
        return
    firsts = {name[0] for name in short}
    for token in doc:
        if token.text not in firsts:
            continue
        for name in short:
            start, end = token.i, token.i + len(name)
            if (end > len(doc) or tuple(t.text for t in doc[start:end]) != name
                    or (end < len(doc) and (corporate_suffix(doc[end]) is not None
                                            or doc[end].lower_ in _AND))):
                continue  # (the full name itself is one already)
            found = [s for s in spans.values() if s[0] < end and start < s[1]]
            if any(s[0] < start or s[1] > end for s in found):
                continue  # a longer name crosses it
            for s in found:
                spans.pop(s[0], None)
            spans[start] = (start, end, "ORG")


def _listed_and_names(doc: Doc, tokens: list[Token], spans: dict[int, tuple[int, int, str]]
                      ) -> None:
    """Join a name the actor dictionaries list with its "and" into one entity: "Trinidad
    and Tobago", "the Bill and Melinda Gates Foundation", "Jammu and Kashmir",
    "Newfoundland and Labrador" are one actor whatever the NER cut; "Russia and China" (no
    listed name crosses "and") stay two. The longest listed name of capitalised words
    around "and" wins; it takes the type of the listing (a country or a place is a GPE).
    """
    for token in tokens:
        if token.lower_ != "and":
            continue
        best = None
        for start in range(token.i - 1, max(token.i - 1 - _AND_SIDE, -1), -1):
            if not _capitalised(doc[start]):
                break
            for end in range(token.i + 2, min(token.i + 2 + _AND_SIDE, len(doc) + 1)):
                if not _capitalised(doc[end - 1]):
                    break
                entry = lookup(doc[start:end].text)
                if entry is not None and entry.kind in _AND_NAME_TYPES \
                        and (best is None or end - start > best[1] - best[0]):
                    best = (start, end, _AND_NAME_TYPES[entry.kind])
        if best is None:
            continue
        _join(spans, *best)


def _link_names(doc: Doc, link: Token, owner: dict[int, Span],
                spans: dict[int, tuple[int, int, str]]) -> None:
    """Make the names on both sides of an Arabic "and (the)" one organisation's name:
    "Jama'at Nasr al-Islam wal Muslimin", "Ahl al-Sunna wal-Jamaa". Both sides must be
    names: a tagged entity or a capitalised word the NER left out.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["Ahl", "al", "-", "Sunna", "wal", "-", "Jamaa", "militants", "attacked"]
    >>> spaces = [True, False, False, True, False, False, True, True, False]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces,
    ...           ents=["B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "O", "O", "B-ORG",
    ...                 "O", "O"])
    >>> repair_entities(doc)
    >>> [(e.text, e.label_) for e in doc.ents]
    [('Ahl al-Sunna wal-Jamaa', 'ORG')]
    """
    if link.i == 0 or link.i + 1 >= len(doc):
        return
    hyphened = doc[link.i + 1].text == "-" and link.i + 2 < len(doc)
    before, after = doc[link.i - 1], doc[link.i + (2 if hyphened else 1)]
    if not (_capitalised(before) and _capitalised(after)):
        return
    if before.i not in owner and after.i not in owner:
        return  # two capitalised words no name: "Sunna wa Jamaa" untagged stays as parsed
    start = owner[before.i].start if before.i in owner else before.i
    end = owner[after.i].end if after.i in owner else after.i + 1
    _join(spans, start, end, "ORG")


#: How many untyped capitalised words after a nationality may end a listed organisation's name.
_CUT_NAME_WORDS = 3


def _nationality_cut_name(doc: Doc, ent: Span) -> int:
    """The end of a listed organisation's name that the NER cut after a nationality or
    religion word it typed NORP, leaving the capitalised proper nouns after it untyped, or
    0: "Islamic State claimed the bombing", with "Islamic" a NORP and "State" no entity, is
    the group Islamic State (:func:`~extract.dictionary.listed_organisation`), not the
    concept "Islamic State" of no actor. The longest listed name wins; "Islamic
    scholars", "Shiite Muslims" (no organisation listed) stay as they are.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["Islamic", "State", "claimed", "it"],
    ...           pos=["PROPN", "PROPN", "VERB", "PRON"], ents=["B-NORP", "O", "O", "O"])
    >>> repair_entities(doc)
    >>> [(e.text, e.label_) for e in doc.ents]
    [('Islamic State', 'ORG')]
    """
    if ent.label_ != "NORP":
        return 0
    last = ent.end
    while (last < len(doc) and last - ent.end < _CUT_NAME_WORDS and not doc[last].ent_type_
           and doc[last].pos_ == "PROPN" and doc[last].is_alpha
           and doc[last].text[:1].isupper()):
        last += 1
    for stop in range(last, ent.end, -1):
        if listed_organisation(doc[ent.start:stop].text):
            return stop
    return 0


def _join(spans: dict[int, tuple[int, int, str]], start: int, end: int, label: str) -> None:
    """Make tokens ``start`` to ``end`` one entity, taking in the entities it overlaps
    from the left; none when an entity it overlaps goes on past ``end`` (a longer name)."""
    found = [s for s in spans.values() if s[0] < end and start < s[1]]
    if any(s[1] > end for s in found):
        return
    start = min([start] + [s[0] for s in found])
    for s in found:
        spans.pop(s[0], None)
    spans[start] = (start, end, label)


def _coordinated_modifiers(doc: Doc, tokens: list[Token],
                           spans: dict[int, tuple[int, int, str]]) -> None:
    """Join an ORG the NER began right after "and" with the capitalised words before "and"
    when these modify the same name: "North Wales Fire and Rescue Service" (the parse makes
    "Fire" a modifier of "Service", with "and" on it) is one ORG, not "Rescue Service";
    and when the NER ended the name before with "and" ("Kent Fire and" + "Rescue Service").
    Conjoined actors are no modifiers of a name ("Russia and China", "Apple and Google
    executives": "executives" is no name), and a place or nationality before "and" stays apart.
    """
    for token in tokens:
        left = doc[token.i - 1]
        head = left.head
        right = spans.get(token.i + 1)
        if right is None or right[2] != "ORG":
            continue  # the NER found no ORG cut at "and"
        cut = next((s for s in spans.values() if s[1] == token.i + 1), None)
        if cut is None and (
                token.dep_ != CC or token.head.i != left.i or left.dep_ not in _NAME_MODIFIERS
                or head.i <= token.i or head.pos_ != "PROPN" or not right[0] <= head.i < right[1]
                or not all(_capitalised(t) for t in doc[token.i + 1:head.i + 1])):
            continue  # neither a name the NER ended with "and" nor a modifier of one name
        found = [s for s in spans.values() if s[0] <= left.i < s[1]]
        if any(label in _OTHER_ACTORS for *_, label in found):
            continue  # "Israeli and Palestinian Authority officials"
        start = left.i
        while start > 0 and left.i - start < _AND_SIDE and _capitalised(doc[start - 1]) \
                and not doc[start].is_sent_start and doc[start - 1].pos_ not in ("DET", "ADP"):
            start -= 1
        _join(spans, start, right[1], "ORG")


def _of_object(token: Token) -> Token | None:
    for prep in kids(token):
        if prep.dep_ == PREP and prep.lower_ == "of":
            for pobj in kids(prep):
                if pobj.dep_ == POBJ:
                    return pobj
    return None


#: The preposition of what a sum of money is paid, lent or held in ("$5 billion in aid").
_MONEY_FORM_PREP = "in"
#: The ending of a noun of an activity, after which "in" says how the sum came about
#: ("lost $5 million in trading").
_ACTIVITY_ENDING = "ing"


def money_form(token: Token) -> Token | None:
    """What a sum of money is paid, lent or held in, or None: the common noun of its
    "in" phrase.

    "stole $290 million in cryptocurrency", "pledged $5 billion in military aid",
    "the theft of $290 million in digital assets": the sum (a ``MONEY`` entity) stands for
    what it measures, as "3,000 tonnes of wheat" does for the wheat. A name, a date, a
    time or a place after "in" ("$4 million in 2023", "$1 billion in Asia"), a unit
    ("in dollars") or an activity in "-ing" ("lost $5 million in trading") says when,
    where or how, not what.

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("stole $ 290 million in cryptocurrency", '''
    ...     0 ROOT VERB steal VBD
    ...     3 quantmod SYM $ $
    ...     3 compound NUM 290 CD
    ...     0 dobj NUM million CD
    ...     3 prep ADP in IN
    ...     4 pobj NOUN cryptocurrency NN''', ents={"$ 290 million": "MONEY"})
    >>> money_form(doc[3]).text
    'cryptocurrency'
    >>> doc = parse("earned $ 4 million in 2023", '''
    ...     0 ROOT VERB earn VBD
    ...     3 quantmod SYM $ $
    ...     3 compound NUM 4 CD
    ...     0 dobj NUM million CD
    ...     3 prep ADP in IN
    ...     4 pobj NUM 2023 CD''', ents={"$ 4 million": "MONEY", "2023": "DATE"})
    >>> money_form(doc[3]) is None
    True
    """
    if token.ent_type_ != "MONEY":
        return None
    return next((pobj for prep in kids(token)
                 if prep.dep_ == PREP and prep.lower_ == _MONEY_FORM_PREP
                 for pobj in kids(prep)
                 if pobj.dep_ == POBJ and pobj.pos_ == "NOUN" and not pobj.ent_type_
                 and not pobj.lower_.endswith(_ACTIVITY_ENDING)
                 and not _is_unit(pobj.text, after_number=True)), None)


def _measured(token: Token) -> bool:
    """Whether an amount is the object of a preposition of a range or measure.

    "sell between 2.10 and 2.30 dlrs of stock", "cut spending by 5 mln dlrs of
    outlays": the amount (or a conjunct of its number) hangs on "between", "by",
    "to", ... (:data:`~extract.lexicon.AMOUNT_PREPS`), so what it measures is no
    participant of the relation the preposition makes. The caller asks it of a unit
    with a number only: "at thousands of protesters" counts people.
    """
    while token.dep_ == CONJ and token.head is not token:
        token = token.head
    return (token.dep_ == POBJ and token.head.dep_ == PREP
            and token.head.lower_ in AMOUNT_PREPS)


def part_of(token: Token) -> Token | None:
    """The noun a counted part is a part of, or None: the "of" object of a number, a
    percentage or a fraction (:data:`~extract.lexicon.FRACTION_NOUNS`).

    "took 50.2 pct of the vote", "won 148 of the 250 seats", "infringed three of its
    patents", "won half of the seats": the argument stands for the vote, the seats, the
    patents, but only a part of them is meant. An amount after "of" is the part's own
    size, not a whole ("a share of 30 pct").

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("won 148 of the 250 seats", '''
    ...     0 ROOT VERB win VBD
    ...     0 dobj NUM 148 CD
    ...     1 prep ADP of IN
    ...     5 det DET the DT
    ...     5 nummod NUM 250 CD
    ...     2 pobj NOUN seat NNS''')
    >>> part_of(doc[1]).text, part_of(doc[5])
    ('seats', None)
    """
    if not (token.like_num and token.tag_ == "CD" or token.lower_ in PERCENT_UNITS
            or token.lemma_.lower() in FRACTION_NOUNS and token.lower_ != "shares"):
        return None  # ("512,300 shares of Cardell": stock, no part)
    whole = _of_object(token)
    if whole is None or whole.pos_ not in ("NOUN", "PROPN") or whole.like_num \
            or _is_unit(whole.text) or whole.ent_type_ in QUANTITY_TYPES:
        return None
    return whole


def _with_part(doc: Doc, part: Token, mention: Mention) -> Mention:
    """A concept the "of" object of a part stands for, its text widened to the part as
    written ("vote" of "50.2 pct of the vote" -> "50.2 pct of the vote"), so that the
    side does not state the whole ("650 seats" of "376 of the 650 seats"); the label
    stays what the part is of, and the amount is the relation's quantity."""
    start = part.left_edge
    while start.i < part.i and (start.is_punct or start.pos_ == "DET" and start.lower_ == "the"):
        start = doc[start.i + 1]
    if not mention.is_concept or mention.start <= part.idx or start.idx >= mention.start:
        return mention
    return dataclasses.replace(mention, text=doc.text[start.idx:mention.end], start=start.idx)


def measured_head(token: Token) -> Token:
    """The noun a phrase is about: what a counted part is of ("vote" of "50.2 pct of
    the vote", :func:`part_of`), else the phrase's own head."""
    whole = part_of(token)
    return token if whole is None else whole


def shared_by_conjuncts(token: Token) -> bool:
    """Whether a side is one of several coordinated names, each given its own triple.

    "forced Air France and Air Inter to cancel more than 500 flights", "Hamas and Islamic
    Jihad fired 200 rockets": a count on the other side is the names' total, not each
    one's (:func:`without_count`).
    """
    conjuncts = [token, *token.conjuncts]
    if len(conjuncts) < 2 or not all(t.ent_type_ and t.ent_type_ not in NON_PARTICIPANT_TYPES
                                     for t in conjuncts):
        return False
    # "Ford and General Motors" may be one name ("Marks and Spencer"): one actor's count
    return len({_name_start(t) for t in conjuncts}) == len(conjuncts)


def _name_start(token: Token) -> int:
    """Index of the first word of the entity ``token`` is in."""
    i = token.i
    while i > 0 and token.doc[i].ent_iob_ == "I":
        i -= 1
    return i


def without_count(doc: Doc, token: Token, mention: Mention) -> Mention:
    """A concept side without the count before its head ("more than 500 flights" ->
    "flights"): the count is a total of coordinated names on the other side
    (:func:`shared_by_conjuncts`), which no one of them did alone.

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("cancel about 200 flights", '''
    ...     0 ROOT VERB cancel VB
    ...     2 advmod ADV about RB
    ...     3 nummod NUM 200 CD
    ...     0 dobj NOUN flight NNS''')
    >>> m = Mention("about 200 flights", "flights", "CONCEPT", 7, 24, "concept")
    >>> without_count(doc, doc[3], m).text
    'flights'
    """
    counts = [c for c in token.lefts if _is_amount(c)]
    if not mention.is_concept or not counts:
        return mention
    start = doc[max(c.right_edge.i for c in counts) + 1]
    if not mention.start < start.idx <= token.idx:
        return mention
    return dataclasses.replace(mention, text=doc.text[start.idx:mention.end], start=start.idx)


def participants(resolver, token: Token) -> list[Mention]:
    """The mentions an argument token stands for, quantities left out.

    ``resolver`` is the article's :class:`~extract.actors.ActorResolver`. A
    unit with an "of" phrase stands for what it measures ("3,000 tonnes of
    wheat" -> wheat); a unit without one, and any quantity, stands for
    nothing.
    """
    if time_phrase(token) or region_of_place(token):
        return []
    if _SCORE.fullmatch(token.text) and not token.like_num:
        # "defeated Caboolture 43-5" parsed with the score as the object: the team
        token = next((c for c in token.lefts if c.dep_ in (COMPOUND, NMOD)
                      and c.pos_ == "PROPN"), None)
        if token is None:
            return []
    if _per_unit(token):
        return []  # "the 27 dlrs a share Carrollton offered": the unit an amount is per
    part = token if part_of(token) is not None else None
    counted = any(c.like_num or _is_unit(c.text) for c in token.lefts)
    if _is_unit(token.text, after_number=counted):
        if counted and _measured(token):
            # "sell between 2.10 and 2.30 dlrs of stock": a range, not the stock (but
            # "fired water cannon at thousands of protesters" counts the protesters)
            return []
        # ... and a sum of money with an "in" phrase for what it is paid or held in
        # ("stole $290 million in cryptocurrency" -> cryptocurrency)
        token = _of_object(token) or money_form(token)
        if token is None:
            return []
    if _not_a_participant_name(resolver.entity_of(token), token):
        return []
    found = [_without_quantity(m) for m in resolver.resolve_all(token)
             if not is_quantity_mention(m)]
    return found if part is None else [_with_part(resolver.doc, part, m) for m in found]


def stock_company(token: Token) -> Token | None:
    """The company named by a counted holding of its stock, or None.

    "Pacific Rim said it already owns 480,000 Caldera shares", "holds about 620,000
    Great Lakes shares", "for 1.5 mln Wexford common shares", "bought 1.2 mln shares of
    Caldera common stock", "sold 1.2 mln shares of Allegis": a number of shares
    (:data:`~extract.lexicon.OWNED_HOLDINGS`) that names its company is an amount of
    that company's stock, no participant. The name (a compound or a possessive, which
    the parser makes a ``nmod`` at times; or the "of" phrase) is the company the act is
    about: "own share of" Caldera (:mod:`extract.rules.verbal` takes it for the object
    of a verb); a side that is still the holding is left out
    (:func:`extract.pipeline.extract_doc`). A holding without a count ("Westbury
    shares", "Dalton's stock") or without a name ("bought 500,000 shares", "shares of
    five companies") is left to the other rules; so is a person's possessive.

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("owns 480,000 Caldera shares", '''
    ...     0 ROOT VERB own VBZ
    ...     3 nummod NUM 480,000 CD
    ...     3 compound PROPN Caldera NNP
    ...     0 dobj NOUN share NNS''', ents={"Caldera": "ORG"})
    >>> stock_company(doc[3]).text
    'Caldera'
    >>> doc = parse("owns Caldera shares", '''
    ...     0 ROOT VERB own VBZ
    ...     2 compound PROPN Caldera NNP
    ...     0 dobj NOUN share NNS''', ents={"Caldera": "ORG"})
    >>> stock_company(doc[2]) is None
    True
    """
    if token.pos_ != "NOUN" or token.lemma_.lower() not in OWNED_HOLDINGS:
        return None
    if not any(t.tag_ == "CD" and t.like_num for t in token.doc[token.left_edge.i:token.i]):
        return None  # no count: "Westbury shares" ("1.5 mln": the number may hang on "mln")
    name = _stock_name(token)
    if name is None:
        # "1.2 mln shares of Caldera common stock": the stock the shares are of; "2.5 mln
        # shares of TWA": the company itself
        name = next((_stock_name(o) if o.pos_ == "NOUN" else o
                     for p in kids(token) if p.dep_ == PREP and p.lower_ == "of"
                     for o in kids(p) if o.dep_ == POBJ and (
                         o.pos_ == "NOUN" and o.lemma_.lower() in OWNED_HOLDINGS
                         or _company_name(o))), None)
    return name


def _company_name(token: Token) -> bool:
    """Whether a word may name a company: a proper noun or an organisation, no nationality
    (the model tags some companies as people: "2.3 mln Dexter shares")."""
    return (token.pos_ == "PROPN" or token.ent_type_ == "ORG") and token.ent_type_ != "NORP"


def _stock_name(holding: Token) -> Token | None:
    """The name before a holding noun: its last compound, ``nmod`` or possessive name
    ("Caldera shares", "Great Lakes shares"; the model tags some companies as people,
    "2.3 mln Dexter shares", but a person's possessive is their own holding: "Icahn's
    shares")."""
    return next((c for c in reversed([c for c in kids(holding) if c.i < holding.i])
                 if c.dep_ in (COMPOUND, NMOD, POSS) and _company_name(c)
                 and not (c.dep_ == POSS and c.ent_type_ == "PERSON")), None)


def mass_count(token: Token) -> bool:
    """Whether a common noun is only counted in millions: "Southern Skies carried 1.1 mln
    passengers last year", "about 2.4 million people", "has about 22 million users". The
    figure is the point, and the bare noun it counts names no party, whatever a clause
    after it says of them ("about 2.4 million people that ..."). A noun with words of its
    own stays ("about three mln Afghan refugees", "1.8 mln Dalton shares", "1.2 million
    bottles of eye drops"), and so does a smaller count ("killed 14 people").
    The pipeline leaves out such a side of a relation with no event class
    (:func:`extract.pipeline.extract_doc`): "displaced 1.5 million people" is an event.

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("carried 1.1 mln passengers", '''
    ...     0 ROOT VERB carry VBD
    ...     3 nummod NUM 1.1 CD
    ...     3 amod NUM mln CD
    ...     0 dobj NOUN passenger NNS''')
    >>> mass_count(doc[3])
    True
    >>> doc = parse("sheltered three mln Afghan refugees", '''
    ...     0 ROOT VERB shelter VBD
    ...     4 nummod NUM three CD
    ...     4 amod NUM mln CD
    ...     4 amod ADJ Afghan JJ
    ...     0 dobj NOUN refugee NNS''', ents={"Afghan": "NORP"})
    >>> mass_count(doc[4])
    False
    """
    if token.pos_ != "NOUN" or not any(c.dep_ == NUMMOD for c in token.lefts):
        return False
    words = token.doc[token.left_edge.i:token.i]
    if not any(t.lower_ in COUNT_SCALES for t in words) or any(
            t.ent_type_ == "MONEY" or _is_unit(t.text) and t.lower_ not in COUNT_SCALES
            for t in words):
        return False  # no count in millions, or an amount of money ("a $900 million loan")
    # only the count before the noun: no other modifier, no phrase after it
    return (all(t.like_num or t.lower_ in COUNT_SCALES or t.dep_ in (DET, QUANTMOD, ADVMOD)
                or t.is_punct or t.lower_ in news_words("filler") for t in words)
            and not any(c.dep_ in (PREP, APPOS) for c in token.rights))


def _per_unit(token: Token) -> bool:
    """Whether a noun is the unit an amount is per: "27 dlrs a share", "18 dlrs a barrel".

    The parser hangs it on the amount as an adverbial noun phrase, or reads it as a second
    object of the verb ("agreed to pay 80 dlrs a share for Gulf": share the object of
    pay); either way it is "a" or "an" right after an amount (a number, or a unit after
    a number). "sold 500 shares to a bank" and "paid 5 dlrs for a share" are no such unit.
    """
    if token.dep_ == _PER_UNIT and (token.head.like_num or _is_unit(token.head.text,
                                                                   after_number=True)):
        return True
    i, doc = token.i, token.doc
    if i < 2 or doc[i - 1].lower_ not in ("a", "an") or doc[i - 1].head.i != i:
        return False
    amount = doc[i - 2]
    return amount.like_num or _is_unit(amount.text, after_number=any(
        c.like_num for c in amount.lefts))


def _particle_read_as_modifier(word: Token) -> None:
    """Make a phrasal verb's particle of an adverb the parser hung on the verb's object as
    its modifier: "India and Pakistan agreed to pull *back* troops" (back a modifier of
    troops, read "pull | back troops") is "pull back | troops", as "pulled back its forces"
    is parsed (an adverb the parser hung on the verb, "shot *down* 20 drones", is left as
    it is). Only a word of :data:`~extract.lexicon.STRANDED_PARTICLES`
    tagged an adverb or a particle, right after the verb and before its direct object
    ("paid back taxes", an adjective, stays).

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words="India will pull back troops".split(),
    ...           heads=[2, 2, 2, 4, 2], deps=["nsubj", "aux", "ROOT", "amod", "dobj"],
    ...           pos=["PROPN", "AUX", "VERB", "ADV", "NOUN"],
    ...           tags=["NNP", "MD", "VB", "RB", "NNS"])
    >>> _particle_read_as_modifier(doc[3])
    >>> doc[3].dep_, doc[3].head.text
    ('prt', 'pull')
    """
    if word.lower_ not in STRANDED_PARTICLES or word.tag_ not in ("RB", "RP"):
        return
    noun = word.head
    verb = noun.head
    if (noun.dep_ != DOBJ or verb.pos_ != "VERB" or word.i != verb.i + 1
            or noun.i <= word.i or any(c.dep_ == PRT for c in kids(verb))):
        return
    word.head = verb
    word.dep_ = PRT


def _noun_read_as_gerund(word: Token) -> None:
    """Make a noun of an "-ing" word the parser read as a verb while it is a verb's object
    with a determiner and a noun before it: "storming the parliament *building* and chanting
    slogans" (parsed "building" a gerund, lemma "build", with "chanting" its conjunct) is
    "storming | the parliament building", and the conjoined "-ing" verb with an object of
    its own ("chanting slogans") the conjunct of the verb, as "stormed the parliament
    building and set fire to it" is parsed. A gerund takes no determiner and noun before it
    ("the killing of X", a determiner only, and "the Navalny poisoning" read as nouns are
    left as they are).

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = "storming the parliament building and chanting slogans".split()
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[0, 3, 3, 0, 3, 3, 5],
    ...           deps=["ROOT", "det", "compound", "dobj", "cc", "conj", "dobj"],
    ...           pos=["VERB", "DET", "NOUN", "VERB", "CCONJ", "VERB", "NOUN"],
    ...           tags=["VBG", "DT", "NN", "VBG", "CC", "VBG", "NNS"],
    ...           lemmas=["storm", "the", "parliament", "build", "and", "chant", "slogan"])
    >>> _noun_read_as_gerund(doc[3])
    >>> doc[3].pos_, doc[3].lemma_, doc[5].head.text, doc[4].head.text
    ('NOUN', 'building', 'storming', 'storming')
    """
    verb = word.head
    own = list(kids(word))
    if (word.dep_ != DOBJ or verb.pos_ != "VERB" or not word.is_lower
            or not any(c.dep_ == DET and c.i < word.i for c in own)
            or not any(c.dep_ == COMPOUND and c.pos_ == "NOUN" and c.i < word.i for c in own)
            or any(c.dep_ in (DOBJ, AUX, NEG) for c in own)):
        return
    word.pos_, word.tag_, word.lemma_ = "NOUN", "NN", word.lower_
    for child in own:
        if (child.dep_ == CONJ and child.tag_ == verb.tag_ and child.pos_ == "VERB"
                and any(g.dep_ == DOBJ for g in kids(child))):
            child.head = verb
            for c in own:
                if c.dep_ == CC and word.i < c.i < child.i:
                    c.head = verb


def _object_shifted_past_as(adjective: Token) -> None:
    """Make the object a verb's "as" judgement was put before its object again: "its board
    rejected as inadequate an unsolicited offer from X", "denounced as illegal the decision
    by the government" (a long object after the short "as" phrase), parsed as "as (an
    inadequate ... offer)": the offer is the verb's object, the adjective the "as" phrase's.
    Only an adjective right after an "as" on a verb that has no object, which the parse
    made a modifier of the noun "as" governs, with a determiner of the noun after it ("as
    inadequate an offer": a determiner never follows its noun's adjective otherwise).

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = "X rejected as inadequate an offer".split()
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 5, 5, 2],
    ...           deps=["nsubj", "ROOT", "prep", "amod", "det", "pobj"],
    ...           pos=["PROPN", "VERB", "ADP", "ADJ", "DET", "NOUN"])
    >>> _object_shifted_past_as(doc[3])
    >>> [(t.text, t.dep_, t.head.text) for t in doc[2:6] if t.dep_ != "det"]
    [('as', 'prep', 'rejected'), ('inadequate', 'pobj', 'as'), ('offer', 'dobj', 'rejected')]
    """
    noun = adjective.head
    doc = adjective.doc
    if adjective.i == 0 or adjective.pos_ != "ADJ" or adjective.i > noun.i:
        return
    prep = doc[adjective.i - 1]
    verb = prep.head
    if (prep.lower_ != "as" or prep.dep_ != PREP or noun.head.i != prep.i
            or noun.dep_ != POBJ or verb.pos_ != "VERB"
            or any(c.dep_ == DOBJ for c in kids(verb))
            or not any(c.dep_ == DET and adjective.i < c.i < noun.i for c in kids(noun))):
        return
    noun.head = verb
    noun.dep_ = DOBJ
    adjective.head = prep
    adjective.dep_ = POBJ


def _for_on_per_unit(unit: Token) -> None:
    """Hang a "for" phrase the parser put on the unit an amount is per on the verb of the
    amount: "Hanson offered 60 dlrs a share for SCM Corp" (Hanson offered for SCM, as in
    "offered 60 dlrs for SCM"; the parse made "for SCM Corp" a modifier of "share"). The
    amount is the verb's direct object; other phrases ("a share in cash") stay.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = "Hanson offered 60 dlrs a share for SCM".split()
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 3, 1, 5, 3, 5, 6],
    ...           deps=["nsubj", "ROOT", "nummod", "dobj", "det", "npadvmod", "prep",
    ...                 "pobj"])
    >>> _for_on_per_unit(doc[5])
    >>> doc[6].head.text
    'offered'
    """
    amount = unit.head
    if not (_per_unit(unit) and amount.dep_ == DOBJ and amount.head.pos_ in ("VERB", "")):
        return
    for prep in kids(unit):
        if prep.dep_ == PREP and prep.lower_ == "for":
            prep.head = amount.head


def time_phrase(token: Token) -> bool:
    """Whether an argument head is a time or frequency phrase, never a participant.

    A noun phrase that modifies a verb as an adverb ("*Several times* last year,
    jets crossed ..."), or a counted noun of frequency ("numerous times", "three times",
    "fired on posts on three occasions": :data:`~extract.lexicon.FREQUENCY_NOUNS`),
    whatever the parse made of it: "*Numerous times*, people have been sentenced
    for renouncing Islam" was parsed with "times" as a subject. A date read
    through its "of" is left to the resolver ("twelve years of civil war").

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words="Numerous times people renounced Islam".split(),
    ...           heads=[1, 3, 3, 3, 3], deps=["amod", "nsubj", "nsubj", "ROOT", "dobj"],
    ...           pos=["ADJ", "NOUN", "NOUN", "VERB", "PROPN"], tags=["JJ", "NNS", "NNS",
    ...           "VBD", "NNP"], lemmas=["numerous", "time", "people", "renounce", "Islam"])
    >>> time_phrase(doc[1]), time_phrase(doc[2]), time_phrase(doc[4])
    (True, False, False)
    """
    if token.pos_ != "NOUN" or token.ent_type_ in TIME_TYPES:
        return False
    if token.dep_ == NPADVMOD and token.head.pos_ in ("VERB", "AUX"):
        return True
    return token.lemma_.lower() in FREQUENCY_NOUNS and token.tag_ == "NNS" and any(
        c.dep_ in (AMOD, NUMMOD) for c in token.lefts)


def region_of_place(token: Token) -> bool:
    """Whether a place after a comma only says where the name before the comma is.

    "ran for Sheriff of Milwaukee County, Wisconsin", "moved its headquarters to
    Yokohama, Japan": the parse makes the state a conjunct or an apposition of
    the object, but it is the region of the name before the comma, not a second
    participant; a list ("on Russia, Iran and North Korea") has a conjunction and
    is left alone. "The shooting of a teenager in Kenosha, Wisconsin led to
    protests" parsed with Wisconsin as the subject: a place after a place inside
    a noun phrase ("a teenager in Kenosha") is no subject either.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["moved", "to", "Yokohama", ",", "Japan"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[0, 0, 1, 2, 2],
    ...           deps=["ROOT", "prep", "pobj", "punct", "appos"],
    ...           ents=["O", "O", "B-GPE", "O", "B-GPE"])
    >>> region_of_place(doc[4]), region_of_place(doc[2])
    (True, False)
    """
    if token.ent_type_ not in PLACE_TYPES:
        return False
    start = token.left_edge.i
    doc = token.doc
    if start < 2 or doc[start - 1].text != "," or doc[start - 2].ent_type_ not in _NAMED_PLACES:
        return False
    if token.dep_ in (CONJ, APPOS):
        return not any(c.dep_ == CC for t in (token, *token.conjuncts) for c in kids(t))
    if (token.dep_ in (NSUBJ, NSUBJPASS) and start == token.i
            and doc[start - 2].ent_type_ in PLACE_TYPES):
        # "... in Kenosha, Wisconsin led": not "In an interview with Forbes, West outlined"
        before = doc[start - 2]
        while before.dep_ == COMPOUND and before.head.i < start:
            before = before.head
        return (before.dep_ == POBJ and before.head.dep_ == PREP
                and before.head.head.pos_ in ("NOUN", "PROPN")
                and not _in_fronted_adjunct(before, token.head))
    return False


#: Dependencies of an adjunct phrase or clause before a clause's subject.
_ADJUNCT_DEPS = frozenset({PREP, ADVCL, NPADVMOD, ADVMOD})


def _in_fronted_adjunct(place: Token, verb: Token) -> bool:
    """Whether ``place`` ends an adjunct hung on ``verb`` before its subject: "After talks
    with France, Germany agreed", "Having signed a deal with the United States, Ukraine
    sent ..." (the name after the comma is the clause's subject, not a region of the
    place). The adjunct holds no comma of its own: "Before the convention, the shooting of
    X in Kenosha, Wisconsin led to protests" parsed with the shooting inside the adjunct
    still has Wisconsin the region of Kenosha."""
    tok = place
    while tok.head.i != tok.i and tok.head.i != verb.i:
        tok = tok.head
    return (tok.head.i == verb.i and tok.dep_ in _ADJUNCT_DEPS and tok.i < place.i
            and not any(t.text == "," for t in place.doc[tok.left_edge.i:place.i]))


def _not_a_participant_name(ent: Span | None, token: Token) -> bool:
    """Whether an entity is no participant: quoted words or a possessor.

    An entity that starts with a pronoun is words of a quote the NER took for a
    name ("I WON", "WE WILL WIN"); one that ends in a possessive, is followed
    by the noun it owns and was parsed as the subject or object of a verb is
    the owner of the argument, not the argument ("the Institute's director,
    Dr. Anthony Fauci, said"). As an owner it still is one ("Fauci, the
    Institute's director" gives Fauci's role).
    """
    if ent is None:
        return False
    if ent[0].pos_ == "PRON" or ent[0].lower_ in QUOTED_PRONOUNS:
        return True
    doc = ent.doc
    return (ent[-1].text in _POSSESSIVES and token.dep_ in _CORE_DEPS and ent.end < len(doc)
            and doc[ent.end].pos_ in ("NOUN", "PROPN", "ADJ") and doc[ent.end].ent_iob_ != "I")


def quantity_of(token: Token) -> str | None:
    """The amount an argument is given with, as written, or None.

    A unit with an "of" phrase is the amount ("3,000 tonnes of wheat" ->
    "3,000 tonnes"); otherwise the numbers and amounts before the head ("20
    rockets" -> "20", "a 14-pct stake" -> "14-pct", "about 300 people" ->
    "about 300").

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words="sold 3,000 tonnes of wheat".split(),
    ...           heads=[0, 2, 0, 2, 3], deps=["ROOT", "nummod", "dobj", "prep", "pobj"])
    >>> quantity_of(doc[2])
    '3,000 tonnes'
    """
    doc = token.doc
    counted = any(c.like_num or _is_unit(c.text) for c in token.lefts)
    if _is_unit(token.text, after_number=counted) and _of_object(token) is not None:
        return doc[token.left_edge.i: token.i + 1].text if counted else None
    text = doc[token.left_edge.i: token.i + 1].text
    if part_of(token) is not None and is_quantity(text):
        return text  # "won 148 of the 250 seats" -> "148" (not the whole's "250")
    size = amount_complement(token)
    if size is not None:
        # "a majority of about 100 seats" -> "about 100 seats", "earnings of 1.60 to 1.80
        # dlrs a share" -> "1.60 to 1.80 dlrs a share"
        return doc[size.i + 1:amount_end(size)].text
    amounts = [c for c in token.lefts if _is_amount(c)]
    if not amounts:
        return None
    start = min(c.left_edge.i for c in amounts)
    end = max(c.right_edge.i for c in amounts) + 1
    while start < end and doc[start].pos_ == "DET":
        start += 1
    text = doc[start:end].text
    return text if is_quantity(text) else None


def is_amount(tok: Token) -> bool:
    """Whether an object is only an amount: "500 million euros", "$5 million".

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words="fined 500 million euros , Apple".split(),
    ...           heads=[0, 2, 3, 0, 0, 0], deps=["ROOT", "compound", "nummod", "dobj",
    ...                                           "punct", "dobj"])
    >>> is_amount(doc[3]), is_amount(doc[5])
    (True, False)
    """
    if tok.ent_type_ not in AMOUNT_TYPES and not any(
            c.dep_ in (NUMMOD, QUANTMOD) or c.like_num for c in tok.lefts):
        return False
    return is_quantity(tok.doc[tok.left_edge.i: tok.i + 1].text)


def _is_amount(token: Token) -> bool:
    """A modifier that gives an amount: "20", "about", "14-pct"; not a date or a rank."""
    if (token.ent_type_ in ("DATE", "TIME", "ORDINAL") or _ORDINAL.fullmatch(token.text)
            or _YEAR.fullmatch(token.text)):
        return False  # "the 2016 election", "the first time", "the 2nd round"
    if token.i > 0 and token.like_num and token.nbor(-1).pos_ == "PROPN":
        return False  # a model name: "Falcon 9 rocket", "Boeing 747 jets"
    if (token.like_num and token.i + 1 < len(token.doc) and token.nbor(1).tag_ == "NNP"
            and token.nbor(1).text[:1].isupper()):
        return False  # "the 737 Max jet" (but "20 Palestinians" are counted)
    if token.is_alpha and token.tag_ in ("JJ", "JJS", "RB"):
        return token.dep_ == QUANTMOD  # "first", "last"; but "about 300"
    return token.dep_ in (NUMMOD, QUANTMOD) or token.like_num or is_quantity(token.text)


def _without_quantity(mention: Mention) -> Mention:
    """A concept without the amount it starts with ("14-pct stake" -> "stake").

    Examples
    --------
    >>> m = Mention("a 20 percent stake", "percent stake", "CONCEPT", 0, 18, "concept")
    >>> _without_quantity(m).label
    'stake'
    >>> _without_quantity(Mention("a 10-year sentence", "10-year sentence", "CONCEPT", 0, 18)).label
    '10-year sentence'
    >>> m = Mention("the two hour barrier", "two hour barrier", "CONCEPT", 0, 20)
    >>> _without_quantity(m).label
    'two hour barrier'
    """
    if not mention.is_concept:
        return mention
    words = mention.label.split(" ")
    first = 0
    # a bare number left in the label is part of what it names ("two hour barrier")
    while first < len(words) - 1 and is_quantity(words[first]) and not (
            is_number(words[first]) and _PLAIN_NUMBER.fullmatch(words[first])):
        first += 1
    if first == 0:
        return mention
    return dataclasses.replace(mention, label=" ".join(words[first:]))


#: Dependencies of a name the parser hangs inside an amount ("Apple 500 million euros"; or
#: as its subject: "fining Agro Verde 48 million reais" with "Agro" the subject of "reais").
_AMOUNT_NAME_DEPS = frozenset({NMOD, COMPOUND, POSS, NPADVMOD, QUANTMOD, NSUBJ})
#: Dependencies of an amount that is a verb's object.
_AMOUNT_DEPS = frozenset({DOBJ, DATIVE})


def _is_name(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.ent_type_ not in NON_PARTICIPANT_TYPES


def amount_name(obj: Token) -> Token | None:
    """The name at the front of a verb's amount object, or None.

    "fined Apple 500 million euros" parsed with "Apple" as a modifier of
    "euros": the name (head of the words before the amount) is the verb's
    real object. Only when all the words after the name are an amount; a name the
    parser made the amount's subject is the object of no verb of belief or perception
    ("expect Nvidia 30 billion dollars" expects what Nvidia makes).

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words="EU fined Apple 500 million euros".split(),
    ...           heads=[1, 1, 5, 4, 5, 1], deps=["nsubj", "ROOT", "nmod", "compound",
    ...           "nummod", "dobj"], pos=["PROPN", "VERB", "PROPN", "NUM", "NUM", "NOUN"])
    >>> amount_name(doc[5]).text, amount_of(doc[1], doc[2])
    ('Apple', '500 million euros')
    >>> doc = Doc(spacy.blank("en").vocab, words="EU fined Apple Music subscribers".split(),
    ...           heads=[1, 1, 3, 4, 1], deps=["nsubj", "ROOT", "compound", "compound",
    ...           "dobj"], pos=["PROPN", "VERB", "PROPN", "PROPN", "NOUN"])
    >>> amount_name(doc[4]) is None
    True
    """
    if obj.dep_ not in _AMOUNT_DEPS or obj.pos_ == "PROPN":
        return None
    first = obj.left_edge  # the name's head: the highest proper noun above the first word
    while first.head.i != obj.i and first.head.pos_ == "PROPN" and first.head.i < obj.i:
        first = first.head
    doc = obj.doc
    if first.head.i != obj.i and first.head.pos_ == "NUM":
        # "lent Credit Suisse 50 billion francs" with each word of the name hung on the
        # number: the name is the proper nouns up to it, headed by its last word
        last = obj.left_edge
        while last.i + 1 < obj.i and doc[last.i + 1].pos_ == "PROPN":
            last = doc[last.i + 1]
        if all(t.head.i == first.head.i or t.head.i in range(obj.left_edge.i, last.i + 1)
               for t in doc[obj.left_edge.i: last.i + 1]):
            first = last
    if first.i == obj.i or not _is_name(first) or first.dep_ not in _AMOUNT_NAME_DEPS:
        return None
    if first.dep_ == NSUBJ and _reports_a_clause(obj.head):
        # "expect Nvidia 30 billion dollars in revenue", "found Odebrecht 800 million
        # reais in bribes": the name is the subject of the clause expected or found
        return None
    rest = doc[first.right_edge.i + 1: obj.i + 1]
    if not len(rest) or not is_quantity(rest.text):
        return None
    return first


def _reports_a_clause(verb: Token) -> bool:
    """Whether a verb reports, believes or perceives a clause ("expect", "find", "see")
    and is no verb of judging or handing over that also takes a name and an amount
    ("charge", "fine", "award")."""
    lemma = verb.lemma_.lower()
    return (lemma in REPORTING_VERBS or lemma in PERCEPTION_VERBS) and not (
        lemma in JUDGING_VERBS or lemma in TRANSFER_VERBS)


def amount_of(verb: Token, participant: Token) -> str | None:
    """The amount a verb's relation with ``participant`` is given with, or None.

    The amount object of the verb ("fined Apple 500 million euros", "Apple was
    fined 500 million euros by X", "lent Pakistan $500 million"), its name
    left out, when ``participant`` is not that amount itself.
    """
    for obj in kids(verb):
        if obj.dep_ not in _AMOUNT_DEPS or obj.i == participant.i:
            continue
        name = amount_name(obj)
        if name is not None:
            return obj.doc[name.right_edge.i + 1: obj.i + 1].text
        span = obj.doc[obj.left_edge.i: obj.i + 1]
        if (obj.ent_type_ in QUANTITY_TYPES or obj.like_num or _is_unit(obj.text)) \
                and is_quantity(span.text):
            return span.text
    return None


def level_of(verb: Token, label: str) -> str | None:
    """The level a relation brings its object to, or asks for: the amount after the
    preposition on the verb or its object ("raised the dividend to 18 cts a share" ->
    "18 cts" for "raise", "asked donors for 12 mln dlrs" -> "12 mln dlrs" for "ask
    for", "set the number of justices at nine" -> "nine"), which the label leaves out
    (:func:`~extract.rules.verbal.second_complement`: "raise | dividend"). The
    preposition is the label's last word when it is one of the verb's or its object's,
    else a level preposition of the verb's kind (:func:`_level_preps`: "sought to cap
    growth at one pct" is "seek to cap", "leaving its grade unchanged at 17.90 dlrs"
    "leave unchanged"). None when no amount follows it."""
    word = label.rsplit(" ", 1)[-1]
    heads = (verb, *(c for c in kids(verb) if c.dep_ == DOBJ))
    preps = [p for head in heads for p in kids(head) if p.dep_ == PREP]
    words = (word,) if word != label and any(p.lower_ == word for p in preps) \
        else _level_preps(verb)
    for head in heads:
        for prep in kids(head):
            if prep.dep_ != PREP or prep.lower_ not in words or prep.i < verb.i:
                continue
            for obj in kids(prep):
                span = obj.doc[obj.left_edge.i:obj.i + 1]
                if (obj.dep_ == POBJ and obj.pos_ != "PROPN" and is_quantity(span.text)
                        and obj.ent_type_ not in TIME_TYPES and obj.lower_ not in CLOCK_WORDS):
                    return span.text  # (a time is no level: "is to leave office at 5 p.m.")
    return None


def _level_preps(verb: Token) -> tuple[str, ...]:
    """The prepositions whose amount is the level of a verb's bare relation: "to" and
    "at" of a verb of :data:`~extract.lexicon.LEVEL_VERBS` ("cut its rate to 3.0 pct",
    "put the number at 150,000")."""
    return ("to", "at") if verb.lemma_.lower() in LEVEL_VERBS else ()


def repair_verbs(doc: Doc) -> None:
    """Make a verb of each adjective or noun with an auxiliary and a direct object ("did
    not fine Apple", "is set to sanction X"), and the complement of a verb of an infinitive
    hung on it as a modifier ("votes to impose sanctions").

    An adjective takes no object: after "do" or a modal the parser read a verb
    spelt like an adjective ("fine", "free", "clear") or a noun ("sanction") as one. Its part of
    speech becomes VERB (tag VB), so the rules read its clause; "Bryant aged
    41" (no auxiliary) is left alone.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words="EU did not fine Apple".split(),
    ...           heads=[3, 3, 3, 3, 3], deps=["nsubj", "aux", "neg", "ROOT", "dobj"],
    ...           pos=["PROPN", "AUX", "PART", "ADJ", "PROPN"], tags=["NNP", "VBD", "RB",
    ...           "JJ", "NNP"])
    >>> repair_verbs(doc)
    >>> doc[3].pos_, doc[3].tag_
    ('VERB', 'VB')
    """
    if not len(doc):
        return
    if not is_tree(doc):
        _break_cycles(doc)  # (a parse with a cycle: never seen since 3d25ddc)
    parse = doc.to_array([HEAD, DEP, POS, TAG])
    _repair_verbs(doc)
    if not is_tree(doc):
        # a repair that left a cycle (none should) would stop spaCy on this text: the
        # parser's own reading is kept instead
        doc.from_array([HEAD, DEP, POS, TAG], parse)


def is_tree(doc: Doc) -> bool:
    """Whether every token's chain of heads ends at a root (no cycle).

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["Israel", "struck", "Gaza"],
    ...           heads=[1, 1, 1], deps=["nsubj", "ROOT", "dobj"])
    >>> is_tree(doc)
    True
    """
    heads = doc.to_array(HEAD).astype(numpy.int64) + numpy.arange(len(doc))
    up = heads
    for _ in range(len(doc).bit_length()):  # pointer jumping: 2^k steps up after k rounds
        up = up[up]
    return bool((heads[up] == up).all())


def _break_cycles(doc: Doc) -> None:
    """Make the first token of each cycle of heads a root (dependency ROOT), so that
    spaCy's tree walks end (``subtree`` would run forever, ``Span.root`` fails)."""
    heads = (doc.to_array(HEAD).astype(numpy.int64) + numpy.arange(len(doc))).tolist()
    deps = doc.to_array(DEP).astype(numpy.uint64)
    done: set[int] = set()
    for i in range(len(doc)):  # only for a broken parse: a walk in Python will do
        path: list[int] = []
        on_path: set[int] = set()
        while i not in done and i not in on_path and heads[i] != i:
            path.append(i)
            on_path.add(i)
            i = heads[i]
        if i in on_path:  # back on the path: the cycle starts at i
            first = min(path[path.index(i):])
            heads[first] = first
            deps[first] = doc.vocab.strings.add(ROOT)
        done.update(path)
    relative = (numpy.array(heads, dtype=numpy.int64) - numpy.arange(len(doc))).astype(
        numpy.uint64)
    doc.from_array([HEAD, DEP], numpy.stack([relative, deps], axis=1))


#: How the holder of a title takes the place of an office participle read as its verb.
_OFFICE_HOLDER_DEPS = {PCOMP: POBJ, POBJ: POBJ, DOBJ: DOBJ, NSUBJ: NSUBJ,
                       NSUBJPASS: NSUBJPASS, CONJ: CONJ, APPOS: APPOS,
                       AMOD: COMPOUND, COMPOUND: COMPOUND}
#: Entity types of what a verb of ruling rules ("ruling Syria"), never a title.
_RULED_TYPES = frozenset({"GPE", "LOC", "NORP"})


def _office_participle(obj: Token) -> None:
    """Make an adjective of an -ing word that says a holder is in office, read as a verb
    taking the title after it as its object: "by sitting President Donald Trump", "by
    acting President Tokayev", "the first sitting Congressman" (``[office_participles]``);
    the title's holder takes the participle's place in the tree. Not a verb of ruling with
    a place after it: "accused of ruling Syria by force".

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words="signed by acting President Tokayev".split(),
    ...           heads=[0, 0, 1, 4, 2], deps=["ROOT", "agent", "pcomp", "compound", "dobj"],
    ...           pos=["VERB", "ADP", "VERB", "PROPN", "PROPN"],
    ...           tags=["VBN", "IN", "VBG", "NNP", "NNP"])
    >>> _office_participle(doc[4])
    >>> doc[2].pos_, doc[2].dep_, doc[2].head.text, doc[4].dep_, doc[4].head.text
    ('ADJ', 'amod', 'Tokayev', 'pobj', 'by')
    """
    verb = obj.head
    if (verb.tag_ != "VBG" or verb.lower_ not in OFFICE_PARTICIPLES
            or obj.left_edge.i != verb.i + 1 or verb.dep_ not in _OFFICE_HOLDER_DEPS):
        return
    title = obj.doc[verb.i + 1]
    if not title.text[:1].isupper() or title.ent_type_ in _RULED_TYPES:
        return
    if any(c.i != obj.i for c in kids(verb)):
        return  # a verb with more than its object ("sitting Congress for a week")
    obj.dep_ = _OFFICE_HOLDER_DEPS[verb.dep_]
    obj.head = verb.head
    verb.head = obj
    verb.dep_ = AMOD
    verb.pos_, verb.tag_ = "ADJ", "JJ"


def _role_read_as_verb(name: Token) -> None:
    """Re-read "Caloundra coach Geoff Ingram said" parsed as "Caloundra coaches Geoff
    Ingram": a role noun spelt as a present verb (``[verb_spelt_roles]``: coach, chair,
    head, captain) between a name (its subject) and a person's name (its object, right
    after it), all the subject of a reporting verb after them (the role noun's head, or
    the word right after the name) that has no subject of its own. The person's name
    becomes that verb's subject, the role noun and the name before it its compounds
    ("Caloundra coach Geoff Ingram" says), and what the role noun held besides (the
    quote the parser hung on it) goes to the reporting verb.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words="Caloundra coach Geoff Ingram said".split(),
    ...           heads=[1, 4, 3, 1, 4], deps=["nsubj", "ccomp", "compound", "dobj", "ROOT"],
    ...           pos=["PROPN", "VERB", "PROPN", "PROPN", "VERB"],
    ...           tags=["NNP", "VBP", "NNP", "NNP", "VBD"], ents=["B-ORG", "O", "B-PERSON",
    ...           "I-PERSON", "O"], lemmas=["Caloundra", "coach", "Geoff", "Ingram", "say"])
    >>> _role_read_as_verb(doc[3])
    >>> [(t.dep_, t.head.text) for t in doc]  # doctest: +NORMALIZE_WHITESPACE
    [('compound', 'Ingram'), ('compound', 'Ingram'), ('compound', 'Ingram'),
     ('nsubj', 'said'), ('ROOT', 'said')]
    """
    role = name.head
    if (role.tag_ not in ("VBP", "VBZ") or role.lower_ not in VERB_SPELT_ROLES
            or name.ent_type_ != "PERSON" or name.left_edge.i != role.i + 1):
        return
    reporter = role.head
    if reporter.lemma_.lower() not in REPORTING_VERBS and name.i + 1 < len(name.doc):
        reporter = name.doc[name.i + 1]  # (the parser may hang the role on a comma)
    subject = next((c for c in kids(role) if c.dep_ == NSUBJ), None)
    if (subject is None or subject.pos_ != "PROPN" or subject.right_edge.i != role.i - 1
            or reporter.i <= name.i or reporter.lemma_.lower() not in REPORTING_VERBS
            or role.is_ancestor(reporter)
            or any(c.dep_ in (NSUBJ, NSUBJPASS) for c in kids(reporter))
            or any(c.dep_ not in (NSUBJ, DOBJ, CCOMP, PUNCT) for c in kids(role))):
        return
    for child in list(kids(role)):
        if child.i not in (subject.i, name.i):
            child.head = reporter
    name.head, name.dep_ = reporter, NSUBJ
    role.head, role.dep_ = name, COMPOUND
    role.pos_, role.tag_ = "NOUN", "NN"
    subject.head, subject.dep_ = name, COMPOUND


def _name_split_from_title(name: Token) -> None:
    """Hang a person's name the parser made its verb's direct object on the role noun
    right before it, the object of a preposition of that verb: "a message he sent to AIP
    vice chairman Mark Seidenberg" (the message was sent to Seidenberg, not Seidenberg
    sent). The name becomes the preposition's object, the role noun its compound
    (:data:`~extract.lexicon.HOLDER_ROLES`, in lower case).

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = "he sent to vice chairman Mark Seidenberg".split()
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 4, 2, 6, 1],
    ...           deps=["nsubj", "ROOT", "dative", "compound", "pobj", "compound", "dobj"],
    ...           pos=["PRON", "VERB", "ADP", "NOUN", "NOUN", "PROPN", "PROPN"],
    ...           ents=["O", "O", "O", "O", "O", "B-PERSON", "I-PERSON"])
    >>> _name_split_from_title(doc[6])
    >>> [(t.dep_, t.head.text) for t in doc[4:]]
    [('compound', 'Seidenberg'), ('compound', 'Seidenberg'), ('pobj', 'to')]
    """
    start = name.left_edge.i
    if name.ent_type_ != "PERSON" or start < 2 or name.i < name.head.i:
        return
    title = name.doc[start - 1]
    prep = title.head
    if (title.dep_ != POBJ or title.pos_ != "NOUN" or not title.text.islower()
            or title.lower_ not in HOLDER_ROLES or prep.head.i != name.head.i
            or any(c.dep_ == POBJ and c.i != title.i for c in kids(prep))):
        return
    name.head, name.dep_ = prep, POBJ
    title.head, title.dep_ = name, COMPOUND


def _second_object_apposition(obj: Token) -> None:
    """Make the apposition of the noun before it a second direct object after a comma:
    "issued a judgement favorable to the plaintiff, Eva Glawischnig-Piesczek, a politician"
    (the plaintiff is Glawischnig-Piesczek; nothing issued her). A verb's direct object
    that is a name (an actor's type), right after a comma that ends its first object's
    phrase in a common noun, names that noun; a common noun stays an object ("offering
    300 pence a share in cash, a premium of 20 pct").

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = "court issued ruling for plaintiff , Eva".split()
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 2, 3, 6, 1],
    ...           deps=["nsubj", "ROOT", "dobj", "prep", "pobj", "punct", "dobj"],
    ...           pos=["NOUN", "VERB", "NOUN", "ADP", "NOUN", "PUNCT", "PROPN"],
    ...           ents=["O", "O", "O", "O", "O", "O", "B-PERSON"])
    >>> _second_object_apposition(doc[6])
    >>> doc[6].dep_, doc[6].head.text
    ('appos', 'plaintiff')
    """
    verb = obj.head
    start = obj.left_edge.i
    while start < obj.i and obj.doc[start].is_punct:
        start += 1  # (the parser may hang the comma on the object)
    if start < 2 or obj.doc[start - 1].text != "," or obj.i < verb.i:
        return
    first = next((c for c in kids(verb) if c.dep_ == DOBJ and c.i < start - 1), None)
    noun = obj.doc[start - 2]
    if (first is None or first.right_edge.i != noun.i or noun.i == first.i
            or noun.pos_ != "NOUN" or obj.pos_ != "PROPN"
            or obj.ent_type_ not in _SUBJECT_TYPES):
        return
    obj.head, obj.dep_ = noun, APPOS


def _object_apposition_on_subject(obj: Token) -> None:
    """Hang on a verb's object the name the parser made an apposition of the verb's
    subject, across the verb: "A car bomb kills the governor of Kandahar province, Mullah
    Abdul Rahim, outside his office" (the governor is Rahim; no bomb is). A subject's
    apposition comes before its verb; a name right after the comma that ends the object's
    phrase names the object, when the object is a common noun (a role: "the governor of
    X", "the mayor"). A name the object already is, or a second object, is left alone.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = "bomb kills the governor , Rahim".split()
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 3, 1, 1, 0],
    ...           deps=["nsubj", "ROOT", "det", "dobj", "punct", "appos"],
    ...           pos=["NOUN", "VERB", "DET", "NOUN", "PUNCT", "PROPN"],
    ...           ents=["O", "O", "O", "O", "O", "B-PERSON"])
    >>> _object_apposition_on_subject(doc[3])
    >>> doc[5].dep_, doc[5].head.text
    ('appos', 'governor')
    """
    verb = obj.head
    end = obj.right_edge.i
    doc = obj.doc
    if (obj.pos_ != "NOUN" or obj.ent_type_ or obj.i < verb.i or end + 2 >= len(doc)
            or doc[end + 1].text != ","):
        return
    for subject in kids(verb):
        if subject.dep_ not in _SUBJECT_DEPS or subject.i > verb.i:
            continue
        for appos in kids(subject):
            start = appos.left_edge.i
            while start < appos.i and doc[start].is_punct:
                start += 1  # (the parser may hang the comma on the name)
            if (appos.dep_ == APPOS and start == end + 2
                    and appos.pos_ == "PROPN" and appos.ent_type_ in _SUBJECT_TYPES):
                appos.head = obj
                if doc[end + 1].head.i == subject.i:
                    doc[end + 1].head = obj
                return


def _object_name_read_as_adverb(name: Token) -> None:
    """Make a name the parser hung on the verb as a noun-phrase adverb right after the
    verb's common-noun object the object's apposition: "hacked the South Korean
    cryptocurrency exchange Upbit last weekend" ("Upbit" an npadvmod of "hacked"): the
    exchange is Upbit, as "the container ship MSC Aries" is parsed. Only a proper noun of
    an actor's type (or one the NER missed) straight after a singular object's head, with
    nothing after the head in the object's phrase; a date ("sold the plant Monday") is no
    name.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = "Lazarus hacked the exchange Upbit".split()
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 3, 1, 1],
    ...           deps=["nsubj", "ROOT", "det", "dobj", "npadvmod"],
    ...           pos=["PROPN", "VERB", "DET", "NOUN", "PROPN"],
    ...           tags=["NNP", "VBD", "DT", "NN", "NNP"],
    ...           ents=["B-ORG", "O", "O", "O", "B-ORG"])
    >>> _object_name_read_as_adverb(doc[4])
    >>> doc[4].dep_, doc[4].head.text
    ('appos', 'exchange')
    """
    verb = name.head
    if (name.pos_ != "PROPN" or verb.pos_ != "VERB" or name.i < verb.i
            or not (name.ent_type_ in _SUBJECT_TYPES
                    or (not name.ent_type_ and name.text[:1].isupper()))):
        return
    before = name.doc[name.left_edge.i - 1]
    if (before.dep_ != DOBJ or before.head.i != verb.i or before.pos_ != "NOUN"
            or before.tag_ != "NN" or before.right_edge.i != before.i or before.ent_type_):
        return
    name.head, name.dep_ = before, APPOS


#: The labels the parser gives an unknown name right after a verb in place of its object
#: ("had not shelled Kupiansk": "Kupiansk" an advmod; "to fine Moldovagaz": an intj).
_OBJECT_NAME_MISREAD = frozenset({ADVMOD, NPADVMOD, INTJ})
#: Entity types no object name has (a date or an amount after the verb is no object): the
#: lexicon's non-participant types.
_NOT_NAME_TYPES = NON_PARTICIPANT_TYPES


def _object_name_read_as_modifier(name: Token) -> None:
    """Make the object of a verb a proper noun the parser did not know and hung on the
    verb right after it as an adverb, an adverbial noun or an interjection ("Russian
    artillery units had not shelled Kupiansk": "Kupiansk" an advmod; "is set to fine
    Moldovagaz": an intj): a capitalised proper noun straight after a verb that has no
    object or complement of its own. A date is no object ("said Tuesday", "expire April
    6", "closed Friday": a weekday or month, a DATE or TIME entity, a calendar date), nor
    is a name before which the verb takes a second noun ("fined X 5 million euros" is
    left alone).

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("Rebels shelled Kupiansk", '''
    ...     1 nsubj NOUN Rebels NNS
    ...     1 ROOT VERB shelled VBD
    ...     1 advmod PROPN Kupiansk NNP''', ents={"Kupiansk": "ORG"})
    >>> _object_name_read_as_modifier(doc[2])
    >>> doc[2].dep_
    'dobj'
    >>> doc = parse("The talks closed Friday", '''
    ...     1 det DET The DT
    ...     2 nsubj NOUN talks NNS
    ...     2 ROOT VERB closed VBD
    ...     2 npadvmod PROPN Friday NNP''', ents={"Friday": "DATE"})
    >>> _object_name_read_as_modifier(doc[3])
    >>> doc[3].dep_
    'npadvmod'
    """
    verb = name.head
    if (name.dep_ not in _OBJECT_NAME_MISREAD or name.tag_ != "NNP" or verb.pos_ != "VERB"
            or name.left_edge.i != verb.i + 1 or not name.text[:1].isupper()
            or name.ent_type_ in _NOT_NAME_TYPES):
        return
    words = [t for t in name.subtree]
    if any(t.tag_ not in ("NNP", "NNPS", "HYPH") or t.lower_ in WEEKDAY_NAMES
           or t.lower_ in MONTH_NAMES or t.ent_type_ in _NOT_NAME_TYPES for t in words):
        return
    if is_calendar_date(name.doc[name.left_edge.i:name.right_edge.i + 1].text):
        return
    if any(c.dep_ in (DOBJ, DATIVE, CCOMP, XCOMP, OPRD, ATTR, ACOMP, NSUBJPASS, AUXPASS)
           for c in kids(verb)):
        return
    name.dep_ = DOBJ


def _recipient_read_into_object(obj: Token) -> None:
    """Make the name of a country or city that opens the bare object of a verb of handing
    over the verb's dative, who receives: "sold Moscow computer-guided milling machines"
    (the parser hangs "Moscow" on "machines"), "sent Ukraine artillery shells", "gave
    Kenya emergency food aid", "offered Egypt wheat credits". The object is a common noun
    with nothing before the name (no article: "sold the Moscow plant") and the verb has no
    other object and no "to" phrase ("shipped Ukraine grain to Egypt": the grain is
    Ukraine's); a company's or a nationality's name before the thing says who made it
    ("sold Boeing jets", "supplied Soviet arms").

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words="Japan gave Kenya food aid".split(),
    ...           heads=[1, 1, 4, 4, 1], deps=["nsubj", "ROOT", "compound", "compound", "dobj"],
    ...           pos=["PROPN", "VERB", "PROPN", "NOUN", "NOUN"], lemmas=["Japan", "give",
    ...           "Kenya", "food", "aid"], ents=["B-GPE", "O", "B-GPE", "O", "O"])
    >>> _recipient_read_into_object(doc[4])
    >>> doc[2].dep_, doc[2].head.text, [t.text for t in doc[4].subtree]
    ('dative', 'gave', ['food', 'aid'])
    """
    verb, doc = obj.head, obj.doc
    first = obj.left_edge
    if (verb.pos_ != "VERB" or verb.lemma_.lower() not in TRANSFER_VERBS or obj.i < verb.i
            or obj.pos_ != "NOUN" or first.i != verb.i + 1 or first.pos_ != "PROPN"
            or not (first.ent_type_ == "GPE" or is_country(first.text))):
        return
    last = first
    while (last.i + 1 < obj.i and doc[last.i + 1].pos_ == "PROPN"
           and doc[last.i + 1].ent_type_ == "GPE" and doc[last.i + 1].ent_iob_ == "I"):
        last = doc[last.i + 1]  # "Saudi Arabia", "South Korea"
    if doc[last.i + 1].ent_iob_ == "I":
        return  # the NER's one name runs on: "sold Iraq Mirage jets" (tagged "Iraq Mirage")
    if any((c.dep_ in (DOBJ, DATIVE) and c.i != obj.i) or (c.dep_ == PREP and c.lower_ == "to")
           for c in kids(verb)):
        return  # "shipped Ukraine grain to Egypt": Ukraine's grain
    if last.dep_ not in (COMPOUND, NMOD) or any(
            t.head.i not in range(first.i, obj.i + 1) for t in doc[first.i:last.i + 1]):
        return  # ("sold Moscow's office buildings": whose)
    for t in doc[first.i:last.i]:
        t.head = last
    last.head, last.dep_ = verb, DATIVE


def _coordinated_modifier_read_as_head(noun: Token) -> None:
    """Make the noun of "A and B N" the head of its phrase when the parser made the first
    modifier A the head and N its conjunct: "has about 316 Pershing-2 and cruise missiles"
    (missiles, not a "Pershing-2"), "bought 7,000 tonnes of Ivory Coast and Ghana cocoa"
    (cocoa, not the Ivory Coast), "eliminate U.S. and Soviet missiles". A, a proper
    noun with no determiner of its own and nothing after it but the "and", modifies N like
    the words B right after "and" (a noun or a capitalised word: "from Bristol to Plymouth
    and independent forecasters predicted" lists two parties); N is a common noun naming
    no people ("Pakistan and Indian troops" stays two parties), so the phrase is N, with A
    a modifier and A's count N's ("316 ... missiles"). A may be a bare common noun too,
    with B one before a plural N (:func:`_common_modifier_pair`: "stopped work at gold and
    coal mines run by Anglo American"); a phrase the parser hung on A after N is N's ("run
    by Anglo American").

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = "has 316 Pershing-2 and cruise missiles".split()
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[0, 2, 0, 2, 5, 2],
    ...           deps=["ROOT", "nummod", "dobj", "cc", "compound", "conj"],
    ...           pos=["VERB", "NUM", "PROPN", "CCONJ", "NOUN", "NOUN"])
    >>> _coordinated_modifier_read_as_head(doc[5])
    >>> [(t.dep_, t.head.text) for t in doc][1:]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('nummod', 'missiles'), ('compound', 'missiles'), ('cc', 'Pershing-2'),
     ('compound', 'missiles'), ('dobj', 'has')]
    """
    first = noun.head
    if (noun.pos_ != "NOUN" or first.i >= noun.i
            or not (first.pos_ == "PROPN" or _common_modifier_pair(first, noun))
            or first.head.i == first.i or first.dep_ == CONJ
            or first.ent_type_ == "PERSON" or noun.ent_type_
            or person_lemma(noun.lemma_.lower()) or noun.lemma_.lower() in GROUP_NOUNS):
        return
    doc = noun.doc
    cc = doc[first.i + 1] if first.i + 1 < noun.i else None
    if (cc is None or cc.dep_ != CC or cc.head.i != first.i or cc.lower_ not in _AND
            or noun.left_edge.i != cc.i + 1 or noun.left_edge.i == noun.i):
        return  # "A and N" (no modifier of N after "and") is two things
    # what the parser hung on A after N is N's ("gold and coal mines *run by X*")
    after = [c for c in kids(first) if c.i > noun.i]
    if any(c.dep_ in (DET, POSS, APPOS, CASE) for c in kids(first)) \
            or any(c.dep_ not in _AFTER_NOUN_DEPS for c in after):
        return  # "the Ivory Coast and ...", "A's", "A, the ...": A is a phrase of its own
    if any(c.dep_ not in _NOUN_MODIFIER_DEPS for c in kids(noun) if c.i < noun.i):
        return
    second = doc[cc.i + 1]
    if not (second.dep_ == COMPOUND or second.is_title or second.is_upper):
        return  # "to Plymouth and independent forecasters predicted": a second party
    count = [c for c in kids(first) if c.dep_ in (NUMMOD, QUANTMOD)]
    noun.head, noun.dep_ = first.head, first.dep_
    first.head, first.dep_ = noun, COMPOUND
    for child in count + after:
        child.head = noun


def _common_modifier_pair(first: Token, noun: Token) -> bool:
    """Whether "A and B N" of common nouns is one plural N that A and B both modify
    (:func:`_coordinated_modifier_read_as_head`): A and B bare singular nouns ("gold and
    coal mines", "rice and wheat fields", "copper and zinc smelters"), B the only word
    before N, N plural. A plural A ("weapons and ammunition depots"), an A or N with a
    word of its own before it ("the refinery and gas stations", "oil and two gas
    fields"), a singular N ("oil and natural gas") is two things."""
    second = noun.doc[noun.left_edge.i]
    return (first.tag_ == _SINGULAR_NOUN and noun.tag_ == _PLURAL_NOUN and not first.ent_type_
            and not any(c.i < first.i for c in kids(first))
            and second.tag_ == _SINGULAR_NOUN and second.dep_ == COMPOUND
            and second.head.i == noun.i and second.i == noun.i - 1 and not second.ent_type_)


#: Dependencies of what the parser hung on A after N in "A and B N" that are N's
#: (:func:`_coordinated_modifier_read_as_head`).
_AFTER_NOUN_DEPS = frozenset({PREP, ACL, RELCL, PUNCT})
#: Tags of a singular and a plural common noun (:func:`_common_modifier_pair`).
_SINGULAR_NOUN, _PLURAL_NOUN = "NN", "NNS"


#: Dependencies of the words B that modify N in "A and B N" (see
#: :func:`_coordinated_modifier_read_as_head`).
_NOUN_MODIFIER_DEPS = frozenset({COMPOUND, AMOD, NMOD, PUNCT})


def _holder_word(token: Token) -> bool:
    """Whether a word names a person: a person's name or a role noun ("director")."""
    return token.ent_type_ == "PERSON" or (token.pos_ == "NOUN"
                                          and token.lemma_.lower() in ROLE_WORDS)


def _relative_after_body(clause: Token) -> None:
    """Hang a "that"/"which" relative clause the parser hung on a person on the body
    named right before it: "Professor Muyembe, Director General of the Institut National
    that monitored the trial" (the institute monitored it), "Dr Smith, head of the
    Pasteur Institute that ran the trial". A "which" or "that" (tag WDT) right after a
    noun or a name that is no person, inside the phrase of a person's name or role noun
    the clause is on, relates to that noun; "who" and a clause right after the person
    ("the man that shot him") stay.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = "Smith , head of the Institute that ran trials".split()
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[0, 0, 0, 2, 5, 3, 7, 2, 7],
    ...           deps=["ROOT", "punct", "appos", "prep", "det", "pobj", "nsubj", "relcl",
    ...                 "dobj"], pos=["PROPN", "PUNCT", "NOUN", "ADP", "DET", "PROPN", "PRON",
    ...                 "VERB", "NOUN"], tags=["NNP", ",", "NN", "IN", "DT", "NNP", "WDT", "VBD",
    ...                 "NNS"], lemmas=["Smith", ",", "head", "of", "the", "Institute",
    ...                 "that", "run", "trial"])
    >>> _relative_after_body(doc[7])
    >>> doc[7].head.text
    'Institute'
    """
    head = clause.head
    pronoun = clause.doc[clause.left_edge.i]
    if (pronoun.tag_ != "WDT" or pronoun.head.i != clause.i or pronoun.i < 1
            or head.i >= pronoun.i or not _holder_word(head)):
        return
    body = clause.doc[pronoun.i - 1]
    if (body.i == head.i or body.pos_ not in ("NOUN", "PROPN") or _holder_word(body)
            or body.dep_ not in (POBJ, APPOS, CONJ) or not head.is_ancestor(body)):
        return
    clause.head = body


def _base_form_conjunct(verb: Token) -> None:
    """A coordinated verb spelt as a base form that the tagger read as a past tense, after a
    verb with a modal or "to" and with no subject or auxiliary of its own, is a base form
    sharing them (:data:`~extract.lexicon.BASE_PAST_FORMS`): "would close its plant and lay
    off 3,200 workers" (not the past of "lie"), "will raise taxes and cut spending", "plans
    to sell the unit and shut the plant" (so it is as hedged as the first verb, not a
    stated past act of the speaker)."""
    if verb.tag_ != "VBD" or verb.lower_ not in BASE_PAST_FORMS:
        return
    head = verb.head
    if head.tag_ != "VB" or head.i > verb.i or not any(
            c.dep_ == AUX and (c.tag_ == "MD" or c.lower_ == "to") for c in kids(head)):
        return
    if any(c.dep_ in (NSUBJ, NSUBJPASS, AUX, AUXPASS) for c in kids(verb)):
        return
    verb.tag_, verb.lemma_ = "VB", verb.lower_


def _modal_conjunct_of_infinitive(verb: Token) -> None:
    """A coordinated verb with a modal of its own cannot be coordinated with a "to"
    infinitive: it is coordinated with the nearest verb above that has a modal or is
    finite (by its tag or its auxiliary's: "did not intend", "has agreed"), and takes that
    verb's subject. "said it would allow La Prensa to reopen and
    would let exiled priests return" (the government would let them, not La Prensa),
    "agreed to allow the Red Cross to visit prisoners and would free 20 detainees" (the
    junta would free them). The "and" moves with it.

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("Junta agreed to allow Red Cross to visit jails and would free men", '''
    ...     1 nsubj PROPN Junta NNP
    ...     1 ROOT VERB agree VBD
    ...     3 aux PART to TO
    ...     1 xcomp VERB allow VB
    ...     5 compound PROPN Red NNP
    ...     7 nsubj PROPN Cross NNP
    ...     7 aux PART to TO
    ...     3 ccomp VERB visit VB
    ...     7 dobj NOUN jail NNS
    ...     7 cc CCONJ and CC
    ...     11 aux AUX would MD
    ...     7 conj VERB free VB
    ...     11 dobj NOUN man NNS
    ... ''')
    >>> _modal_conjunct_of_infinitive(doc[11])
    >>> doc[11].head.text, doc[9].head.text
    ('agreed', 'agreed')
    """
    if verb.pos_ != "VERB" or not any(c.dep_ == AUX and c.tag_ == "MD" for c in kids(verb)):
        return
    first = verb.head
    if first.i > verb.i or first.tag_ != "VB" or not any(
            c.dep_ == AUX and c.tag_ == "TO" for c in kids(first)):
        return
    if any(c.dep_ in (NSUBJ, NSUBJPASS) for c in kids(verb)):
        return
    above = first
    for _ in range(6):
        if above.dep_ not in (XCOMP, CCOMP, CONJ) or above.head is above:
            return
        above = above.head
        if above.pos_ not in ("VERB", "AUX"):
            return
        if above.tag_ in FINITE_VERB_TAGS or any(
                c.dep_ in (AUX, AUXPASS) and (c.tag_ == "MD" or c.tag_ in FINITE_VERB_TAGS)
                for c in kids(above)):
            # a verb is finite by its own tag or by its first auxiliary's ("did not intend",
            # "has agreed"): "said Britain did not intend to break off relations but would
            # reduce its staff" is Britain's, not the speaker's
            break
    else:
        return
    for cc in [c for c in kids(first) if c.dep_ == CC and first.i < c.i < verb.i]:
        cc.head = above
    verb.head = above


def _finite_conjunct_of_object(verb: Token) -> None:
    """A finite verb the parser coordinated with the direct object of the verb before it,
    in that verb's tense and with no subject of its own, is coordinated with that verb and
    takes its subject: "Vučić rejects the demand and accuses foreign services of
    organizing the protests" ("accuses" a conjunct of "demand"). The "and" moves with it.

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("Vučić rejects the demand and accuses Croatia", '''
    ...     1 nsubj PROPN Vučić NNP
    ...     1 ROOT VERB reject VBZ
    ...     3 det DET the DT
    ...     1 dobj NOUN demand NN
    ...     3 cc CCONJ and CC
    ...     3 conj VERB accuse VBZ
    ...     5 dobj PROPN Croatia NNP
    ... ''')
    >>> _finite_conjunct_of_object(doc[5])
    >>> doc[5].head.text, doc[4].head.text
    ('rejects', 'rejects')
    """
    obj = verb.head
    if (verb.pos_ != "VERB" or verb.tag_ not in FINITE_VERB_TAGS
            or obj.pos_ not in ("NOUN", "PROPN") or obj.dep_ != DOBJ or obj.i > verb.i):
        return
    first = obj.head
    if first.pos_ != "VERB" or first.tag_ != verb.tag_ or any(
            c.dep_ in (NSUBJ, NSUBJPASS, AUX, AUXPASS) for c in kids(verb)):
        return
    for cc in [c for c in kids(obj) if c.dep_ == CC and obj.i < c.i < verb.i]:
        cc.head = first
    verb.head = first


def _gerund_conjunct_of_infinitive(verb: Token) -> None:
    """An -ing verb coordinated with the infinitive of an -ing verb is coordinated with
    that -ing verb and takes its subject: "the government says, calling on the company to
    reconsider and threatening to withdraw subsidies" (the government threatens, not the
    company). The "and" moves with it.

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("calling on firms to reconsider and threatening to cut aid", '''
    ...     0 ROOT VERB call VBG
    ...     0 prep ADP on IN
    ...     1 pobj NOUN firm NNS
    ...     4 aux PART to TO
    ...     0 xcomp VERB reconsider VB
    ...     4 cc CCONJ and CC
    ...     4 conj VERB threaten VBG
    ...     8 aux PART to TO
    ...     6 xcomp VERB cut VB
    ...     8 dobj NOUN aid NN
    ... ''')
    >>> _gerund_conjunct_of_infinitive(doc[6])
    >>> doc[6].head.text, doc[5].head.text
    ('calling', 'calling')
    """
    infinitive = verb.head
    gerund = infinitive.head
    if (verb.pos_ != "VERB" or verb.tag_ != "VBG" or infinitive.tag_ != "VB"
            or infinitive.dep_ != XCOMP or gerund.tag_ != "VBG" or gerund.pos_ != "VERB"
            or not any(c.dep_ == AUX and c.tag_ == "TO" for c in kids(infinitive))
            or any(c.dep_ in (NSUBJ, NSUBJPASS, AUX) for c in kids(verb))):
        return
    for cc in [c for c in kids(infinitive) if c.dep_ == CC and infinitive.i < c.i < verb.i]:
        cc.head = gerund
    verb.head = gerund


def _speakers_read_as_conjuncts(noun: Token) -> None:
    """Make the speakers of a closing "..., industry sources and oil traders said" the
    subject of their verb when the parser coordinated them with the object before.

    "several members exceeded their quotas, industry sources and oil traders said" was
    parsed with "sources" (and "traders") conjuncts of "quotas" and "said" a root with no
    subject ("exceed | oil traders"). A noun coordinated after a comma, whose
    coordination ends right before a verb of saying that has no subject of its own and
    nothing after it but adjuncts, is that verb's subject.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = "Kuwait exceeded quotas , sources and traders said".split()
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 7, 1, 2, 2, 4, 4, 7],
    ...           deps=["nsubj", "ccomp", "dobj", "punct", "conj", "cc", "conj", "ROOT"],
    ...           pos=["PROPN", "VERB", "NOUN", "PUNCT", "NOUN", "CCONJ", "NOUN", "VERB"],
    ...           tags=["NNP", "VBD", "NNS", ",", "NNS", "CC", "NNS", "VBD"],
    ...           lemmas=["Kuwait", "exceed", "quota", ",", "source", "and", "trader", "say"])
    >>> _speakers_read_as_conjuncts(doc[4])
    >>> [(t.dep_, t.head.text) for t in doc[4:7]]
    [('nsubj', 'said'), ('cc', 'sources'), ('conj', 'sources')]
    """
    doc = noun.doc
    start, end = noun.left_edge.i, noun.right_edge.i
    if (noun.dep_ != CONJ or noun.pos_ not in ("NOUN", "PROPN") or start == 0
            or doc[start - 1].text != "," or end + 1 >= len(doc)):
        return
    verb = doc[end + 1]
    if (verb.pos_ != "VERB" or verb.lemma_.lower() not in REPORTING_VERBS
            or verb.tag_ not in FINITE_VERB_TAGS
            or any(c.dep_ in (NSUBJ, NSUBJPASS, CSUBJ, EXPL) for c in kids(verb))
            or noun.is_ancestor(verb)
            or any(c.i > verb.i and c.dep_ not in (PREP, NPADVMOD, ADVMOD, PUNCT)
                   for c in kids(verb))):
        return
    noun.head, noun.dep_ = verb, NSUBJ


def _subject_read_as_object(name: Token) -> None:
    """Make the subject of the verb right after it a name the parser coordinated with an
    object: "Malawi confirmed its first infections and Zambia had its first death" (not
    "confirmed Zambia"). A name (an actor's type) coordinated with a direct object, right
    before a finite verb with no subject of its own, or before a finite auxiliary of one
    ("had defeated ISIS and Turkey would be moving into Syria"), is that verb's subject;
    the verb becomes the conjunct of the object's verb, with the "and" between them.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = "Malawi confirmed cases and Zambia had deaths".split()
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 2, 2, 1, 5],
    ...           deps=["nsubj", "ROOT", "dobj", "cc", "conj", "advcl", "dobj"],
    ...           pos=["PROPN", "VERB", "NOUN", "CCONJ", "PROPN", "VERB", "NOUN"],
    ...           tags=["NNP", "VBD", "NNS", "CC", "NNP", "VBD", "NNS"],
    ...           ents=["B-GPE", "O", "O", "O", "B-GPE", "O", "O"])
    >>> _subject_read_as_object(doc[4])
    >>> [(t.dep_, t.head.text) for t in doc[3:6]]
    [('cc', 'had'), ('nsubj', 'had'), ('conj', 'confirmed')]
    """
    obj = name.head
    verb = obj.head
    if (obj.dep_ != DOBJ or name.ent_type_ not in _SUBJECT_TYPES
            or name.right_edge.i + 1 >= len(name.doc)):
        return
    after = name.doc[name.right_edge.i + 1]
    if (after.dep_ in (AUX, AUXPASS) and after.tag_ in ("MD", "VBD", "VBZ", "VBP")
            and after.head.i > after.i and after.head.pos_ in ("VERB", "AUX")):
        # "had defeated ISIS and Turkey would be moving into Syria": a finite auxiliary
        # right after the name opens the clause of the verb it serves
        after = after.head
    elif after.pos_ not in ("VERB", "AUX") or after.tag_ not in FINITE_VERB_TAGS:
        return
    if (any(c.dep_ in (NSUBJ, NSUBJPASS, EXPL, CSUBJ) for c in kids(after))
            or after.is_ancestor(verb) or name.is_ancestor(after)):
        return
    name.head, name.dep_ = after, NSUBJ
    after.head, after.dep_ = verb, CONJ
    for cc in [c for c in kids(obj) if c.dep_ == CC and obj.i < c.i < name.i]:
        cc.head = after


def _repair_verbs(doc: Doc) -> None:
    """The repairs of :func:`repair_verbs`, in their order."""
    _article_compounds(doc)
    tags = doc.to_array(TAG).reshape(-1)
    for i in numpy.nonzero(tags == _VBG)[0].tolist():
        _noun_read_as_gerund(doc[i])
        _modifier_in_open_list(doc[i])
        _possessed_gerund(doc[i])
        _gerund_compound_read_as_clause(doc[i])
        _gerund_complement_read_as_object(doc[i])
    for i in numpy.nonzero(tags == _VBZ)[0].tolist():
        _plural_noun_read_as_verb(doc[i])
    deps = doc.to_array([DEP]).reshape(-1)
    # ("Armenia and Azerbaijan sign a peace treaty": "Armenia" read as a verb's nmod;
    # "FIFA reinstated the federation": "FIFA" read as an adverb)
    # ("Toretsk could sue Kia": the unknown town tagged an adverb, its subject or advmod)
    for i in numpy.nonzero(((deps == ADVMOD_ID) | (deps == NSUBJ_ID))
                           & (tags == _RB_HASH))[0].tolist():
        _unknown_name_read_as_adverb(doc[i])
    for i in numpy.nonzero((deps == NPADVMOD_ID) | (deps == NMOD_ID)
                           | (deps == ADVMOD_ID))[0].tolist():
        _name_as_subject(doc[i])
    for i in numpy.nonzero(deps == NMOD_ID)[0].tolist():
        _object_read_as_speaker(doc[i])
    for i in numpy.nonzero(deps == NPADVMOD_ID)[0].tolist():
        _for_on_per_unit(doc[i])
        _name_read_into_time_span(doc[i])
        _object_name_read_as_adverb(doc[i])
    # ("had not shelled Kupiansk": the unknown town read as an adverb of the verb)
    for i in numpy.nonzero((deps == NPADVMOD_ID) | (deps == ADVMOD_ID)
                           | (deps == _INTJ_HASH))[0].tolist():
        _object_name_read_as_modifier(doc[i])
    deps = doc.to_array([DEP]).reshape(-1)
    subjects = numpy.nonzero(deps == NSUBJ_ID)[0].tolist()
    for i in subjects:
        _gathered_group(doc[i])
        _subject_before_aside(doc[i])
    for i in numpy.nonzero(deps == DOBJ_ID)[0].tolist():
        _reported_subject_read_as_object(doc[i])
    if len(subjects) > 1:
        _second_subjects(doc, subjects)
        for i in subjects:
            _fronted_gerund_subject(doc[i])
            _object_read_as_speaker(doc[i])
    if subjects:
        # ("Suing X over ..., Greenpeace told ...": the name an unlabelled dependent)
        for i in numpy.nonzero(deps == UNLABELLED_ID)[0].tolist():
            _fronted_gerund_subject(doc[i])
    # ("..., expelling Jesuit priest X": "expelling" a compound of "priest")
    for i in numpy.nonzero((deps == _COMPOUND_HASH)
                           & (doc.to_array([TAG]).reshape(-1) == _VBG))[0].tolist():
        _trailing_gerund_object(doc[i])
        _denied_gerund_read_as_modifier(doc[i])
    for i in numpy.nonzero((deps == AMOD_ID) | (deps == _COMPOUND_HASH))[0].tolist():
        _conjoined_verb_read_as_modifier(doc[i])
    deps = doc.to_array([DEP]).reshape(-1)
    for i in numpy.nonzero(deps == AMOD_ID)[0].tolist():
        _trailing_gerund_object(doc[i])
        _finite_verb_read_as_modifier(doc[i])
        _verb_after_apposition(doc[i])
        _object_shifted_past_as(doc[i])
        _particle_read_as_modifier(doc[i])
    for i in numpy.nonzero(deps == ADVCL_ID)[0].tolist():
        _reduced_relative_read_as_verb(doc[i].head, doc[i])
        _adjunct_before_speaker(doc[i])
        _intention_infinitive_read_as_purpose(doc[i])
        _foiled_plan_infinitive(doc[i])
        _complement_read_as_purpose(doc[i])
        _gerund_complement_read_as_adjunct(doc[i])
    for i in numpy.nonzero(deps == CCOMP_ID)[0].tolist():
        _object_relative_read_as_clause(doc[i])
        _reduced_relative_read_as_verb(doc[i], doc[i].head)
        # ("Gunmen believed to belong to JNIM killed 14 soldiers": "killed" the
        # complement of "believed")
        _reduced_relative_read_as_verb(doc[i].head, doc[i])
    for i in numpy.nonzero(deps == DEP_ID)[0].tolist():
        # ("Hackers linked to X breached Y, the company said": "breached" an unlabelled
        # dependent of "linked")
        _reduced_relative_read_as_verb(doc[i].head, doc[i])
    deps = doc.to_array([DEP]).reshape(-1)
    # the roots first: a repair may move a sentence's root
    for root in [sent.root for sent in doc.sents]:
        root = _control_verb_read_as_noun(root)
        _present_verb(root)
        _base_verb(root)
        _verb_in_name_phrase(root)
        _verb_before_claims(root)
        _contact_relative(root)
        _main_verb_after_relative(root)
        _claim_in_apposition(root)
        _reported_object(root)
    for i in numpy.nonzero(deps == CCOMP_ID)[0].tolist():
        _attribution_read_into_report(doc[i])
    for root in [sent.root for sent in doc.sents]:
        _speaker_read_as_apposition(root)
        _speaker_read_as_object_apposition(root)
    for i in numpy.nonzero(deps == DOBJ_ID)[0].tolist():
        _summing_noun_read_as_object(doc[i])
        _gerund_complement_read_as_modifier(doc[i])
        _office_participle(doc[i])
        _role_read_as_verb(doc[i])
        _name_split_from_title(doc[i])
        _second_object_apposition(doc[i])
        _object_apposition_on_subject(doc[i])
        _recipient_read_into_object(doc[i])
    deps = doc.to_array([DEP]).reshape(-1)
    for i in numpy.nonzero(deps == DOBJ_ID)[0].tolist():
        obj = doc[i]
        head = obj.head
        # (or a noun: "is set to sanction Iranian drone makers", "sanction" read as a noun;
        # or a name: "have not overrun Goma", the participle read as a proper noun)
        if head.pos_ in ("ADJ", "NOUN", "PROPN") and any(c.dep_ == AUX for c in kids(head)):
            head.pos_ = "VERB"
            head.tag_ = "VBN" if _after_have(head) else "VB"
        elif head.lemma_ == "have" and head.pos_ == "VERB":
            _perfect(head, obj)
    for i in numpy.nonzero(deps == CCOMP_ID)[0].tolist():
        _compound_object(doc[i])
    for i in numpy.nonzero(deps == DOBJ_ID)[0].tolist():
        _compound_object_over_verb(doc[i])
    for i in numpy.nonzero(deps == RELCL_ID)[0].tolist():
        _relative_after_body(doc[i])
        _complement_after_span_of_time(doc[i])
    for i in numpy.nonzero(deps == CONJ_ID)[0].tolist():
        _coordinated_modifier_read_as_head(doc[i])
        _speakers_read_as_conjuncts(doc[i])
        _subject_read_as_object(doc[i])
        _base_form_conjunct(doc[i])
        _modal_conjunct_of_infinitive(doc[i])
        _gerund_conjunct_of_infinitive(doc[i])
        _finite_conjunct_of_object(doc[i])
    for i in numpy.nonzero(deps == PREP_ID)[0].tolist():
        _infinitive_read_as_noun(doc[i])
        _infinitive_read_as_object(doc[i])
        _date_before_subject(doc[i])
    for i in numpy.nonzero((deps == AGENT_ID) | (deps == PREP_ID))[0].tolist():
        _event_noun_by_on_active_verb(doc[i])
    for i in numpy.nonzero(deps == AGENT_ID)[0].tolist():
        # "Goma was overrun by M23 rebels": a noun with a passive auxiliary and a "by"
        # agent is a participle the tagger read as a noun (not an adjective: "was
        # malaria-free by" is no verb)
        head = doc[i].head
        if head.pos_ in ("NOUN", "PROPN") and any(c.dep_ == AUXPASS for c in kids(head)):
            head.pos_, head.tag_ = "VERB", "VBN"
    for i in numpy.nonzero((deps == AGENT_ID) | (deps == PREP_ID))[0].tolist():
        if doc[i].lower_ == "by" and doc[i].head.pos_ == "ADJ":
            _fronted_predicate_participle(doc[i])
        elif doc[i].lower_ == "by" and doc[i].dep_ == PREP:
            _agent_after_infinitive(doc[i])
            _agent_after_amount(doc[i])
            if doc[i].dep_ == PREP:
                _fronted_participle_agent(doc[i])
                _event_object_agent(doc[i])
                _agent_after_target(doc[i])
                _agent_after_aside(doc[i])
        if doc[i].dep_ == AGENT:
            _subject_read_as_apposition(doc[i])
    for i in numpy.nonzero(deps == ATTR_ID)[0].tolist():
        _passive_attribute(doc[i])
    lemmas = doc.to_array(LEMMA).reshape(-1)
    for i in _among_sorted(lemmas, _claim_hashes()).tolist():
        _claim_after_comma(doc[i])
    for i in numpy.nonzero(deps == PREP_ID)[0].tolist():
        _target_after_amount(doc[i])
        _out_of(doc[i])
        _short_of(doc[i])
        _destination_of_flow(doc[i])
        _gerund_read_as_modifier(doc[i])
        _charge_on_participle(doc[i])
        _reason_on_register(doc[i])
        _event_container(doc[i])
        _gerund_read_as_noun(doc[i])
    for i in numpy.nonzero(doc.to_array(LOWER).reshape(-1) == _HAVING)[0].tolist():
        _apposed_perfect_participle(doc[i])
    for i in numpy.nonzero(deps == ACL_ID)[0].tolist():
        _carried_event(doc[i])
    for i in numpy.nonzero(deps == ACL_ID)[0].tolist():
        # "the Council votes to impose sanctions" parsed with the infinitive a clause
        # modifying the verb: it is the verb's complement
        infinitive = doc[i]
        if (infinitive.head.pos_ == "VERB" and infinitive.head.i < i
                and to_infinitive(infinitive)):
            infinitive.dep_ = XCOMP


#: "having", the auxiliary of a perfect participle.
_HAVING = hash_string("having")
#: Dependencies a parser gives the object of an apposed perfect participle it misread
#: ("Hezbollah, having fired rockets at Haifa, ...": "rockets" an apposition).
_MISREAD_OBJECT_DEPS = frozenset({APPOS, DOBJ, POBJ, ATTR, NPADVMOD, NSUBJ})


#: Event classes of an act of force on someone: their verbs take an object, never a clause
#: (:func:`_object_relative_read_as_clause`).
_FORCE_ON_OBJECT_CLASSES = frozenset({"ASSAULT", "FIGHT", "COERCE"})


def _object_relative_read_as_clause(verb: Token) -> None:
    """Re-read a clausal complement of a verb of force as its object with a reduced
    relative: "preparing to disperse Free Hong Kong protesters camped outside parliament",
    parsed with "camped" (a past form) a clause of "disperse" whose subject is
    "protesters". A verb of force on someone (:data:`_FORCE_ON_OBJECT_CLASSES`: disperse,
    evict, storm) takes no clause: the "subject" right after it with no object of its own
    is its object, and the past form (no auxiliary, marker, negation or clause of its own)
    the participle that describes it. But a past form that is itself an act of force on
    someone lacks its object, not its subject: "stormed the hotel gunmen occupied
    overnight" is the hotel that gunmen occupied, and stays.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = "police dispersed Free Tbilisi protesters camped outside parliament".split()
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 3, 4, 5, 1, 5, 6],
    ...           deps=["nsubj", "ROOT", "compound", "compound", "nsubj", "ccomp", "prep",
    ...                 "pobj"],
    ...           pos=["NOUN", "VERB", "PROPN", "PROPN", "NOUN", "VERB", "ADP", "NOUN"],
    ...           tags=["NNS", "VBD", "NNP", "NNP", "NNS", "VBD", "IN", "NN"],
    ...           lemmas=["police", "disperse", "Free", "Tbilisi", "protester", "camp", "outside",
    ...                   "parliament"])
    >>> _object_relative_read_as_clause(doc[5])
    >>> doc[4].dep_, doc[4].head.text, doc[5].dep_, doc[5].head.text
    ('dobj', 'dispersed', 'acl', 'protesters')
    """
    governor = verb.head
    if (verb.dep_ != CCOMP or verb.tag_ != "VBD" or verb.pos_ != "VERB"
            or governor.i >= verb.i or governor.pos_ != "VERB"
            or any(c.dep_ in (DOBJ, CCOMP) for c in kids(governor) if c.i != verb.i)):
        return
    own = list(kids(verb))
    subjects = [c for c in own if c.dep_ == NSUBJ]
    if (len(subjects) != 1 or subjects[0].left_edge.i != governor.i + 1
            or subjects[0].i != verb.i - 1 or subjects[0].pos_ not in ("NOUN", "PROPN")
            or any(c.dep_ in (AUX, AUXPASS, MARK, NEG, CCOMP, XCOMP) for c in own)):
        return
    lexicon = default_lexicon()
    if (lexicon.classify(governor.lemma_.lower()) not in _FORCE_ON_OBJECT_CLASSES
            or lexicon.classify(verb.lemma_.lower()) in _FORCE_ON_OBJECT_CLASSES):
        # (an act of force with no object of its own is a relative on the governor's
        # object, with its own subject: "stormed the hotel gunmen occupied overnight")
        return
    subject = subjects[0]
    subject.head, subject.dep_ = governor, DOBJ
    verb.head, verb.dep_, verb.tag_ = subject, ACL, "VBN"


#: The tag of an -ing form.
_VBG = hash_string("VBG")
#: The hash of the compound dependency (spacy.symbols has no symbol of it).
_COMPOUND_HASH = hash_string(COMPOUND)
#: The hash of the interjection dependency (an unknown name after a verb may get it).
_INTJ_HASH = hash_string(INTJ)
#: The tag of an adverb (an unknown name may get it: "Toretsk could sue").
_RB_HASH = hash_string("RB")
#: The tag of a present verb of the third person singular.
_VBZ = hash_string("VBZ")
#: Numbers that count one, after which a singular noun is no misread plural.
_ONE = frozenset({"one", "1", "a", "an"})


def _plural_noun_read_as_verb(word: Token) -> None:
    """Re-read a plural noun the parser took for a present verb after a counted noun: "X, a
    miner with two pilot plants in Y, was nationalised by Z", parsed with "plants" the
    sentence's verb (its subject X) and "was nationalised" its conjunct. A number other
    than one before a singular noun that a preposition governs cannot be the subject of a
    singular verb: "two pilot plants", "three copper mines", "two kiln works" are one
    noun phrase, the preposition's object. A unit of measure is singular after any number
    and may well be the subject's last word ("Russia's offer of 5 percent stands and
    satisfies OPEC"): an amount (:func:`is_amount`) is left as it is. The verb conjoined
    to the misread word (with no subject of its own) takes its place in the clause and
    its subject; without one the parse is left as it is.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = "Acme , a miner with two pilot plants , was seized".split()
    >>> doc = Doc(spacy.blank("en").vocab, words=words,
    ...           heads=[7, 0, 3, 0, 3, 6, 4, 7, 7, 10, 7],
    ...           deps=["nsubj", "punct", "det", "appos", "prep", "nummod", "pobj", "ROOT",
    ...                 "punct", "auxpass", "conj"],
    ...           pos=["PROPN", "PUNCT", "DET", "NOUN", "ADP", "NUM", "NOUN", "VERB", "PUNCT",
    ...                "AUX", "VERB"],
    ...           tags=["NNP", ",", "DT", "NN", "IN", "CD", "NN", "VBZ", ",", "VBD", "VBN"])
    >>> _plural_noun_read_as_verb(doc[7])
    >>> doc[7].dep_, doc[7].head.text, doc[6].dep_, doc[10].dep_, doc[0].dep_, doc[0].head.text
    ('pobj', 'with', 'compound', 'ROOT', 'nsubjpass', 'seized')
    """
    if word.pos_ != "VERB" or word.i < 2:
        return
    counted = word.doc[word.i - 1]
    if (counted.pos_ != "NOUN" or counted.tag_ != "NN" or counted.dep_ != POBJ
            or counted.head.dep_ != PREP or is_amount(counted)):
        return  # (a unit is singular after any number: "an offer of 5 percent stands")
    numbers = [c for c in counted.lefts if c.dep_ == NUMMOD and c.like_num
               and c.lower_ not in _ONE]
    own = list(kids(word))
    subjects = [c for c in own if c.dep_ == NSUBJ and c.i < counted.i]
    joined = [c for c in own if c.dep_ == CONJ and c.pos_ in ("VERB", "AUX")
              and not any(g.dep_ in (NSUBJ, NSUBJPASS) for g in kids(c))]
    if (not numbers or len(subjects) != 1 or not joined
            or any(c.dep_ in (DOBJ, AUX, AUXPASS, NEG, MARK) for c in own)):
        return
    verb, subject = joined[0], subjects[0]
    start = verb.left_edge.i
    root = word.head.i == word.i
    verb.head = verb if root else word.head
    verb.dep_ = ROOT if root else word.dep_
    for child in own:
        if child.i > word.i and child.i != verb.i and (
                child.i >= start or (child.is_punct and child.i == start - 1)):
            child.head = verb
    subject.head = verb
    subject.dep_ = (NSUBJPASS if any(c.dep_ == AUXPASS for c in kids(verb)) else NSUBJ)
    word.head, word.dep_ = counted.head, POBJ
    word.pos_, word.tag_ = "NOUN", "NNS"
    for number in numbers:
        number.head = word
    counted.head, counted.dep_ = word, COMPOUND


#: Dependencies of a noun phrase, which an -ing word with a possessor may stand in.
_NOUN_PHRASE_DEPS = frozenset({NSUBJ, NSUBJPASS, DOBJ, POBJ})


#: Verbs whose gerund is what their subject denies, begins or goes on doing.
_GERUND_TAKING_VERBS = DENIAL_VERBS | ASPECTUAL_VERBS


def _gerund_complement_read_as_object(word: Token) -> None:
    """Re-read as the complement it is an -ing verb with only a prepositional object that
    the parser made the direct object of a verb of denial or an aspectual verb: "China
    denied spying on Tibetan exiles", "Hamas denied firing at the convoy", "Russia resumed
    shelling of ..." no ("of" makes a noun). With the dependency ``xcomp`` the complement
    rules read it as they read "denied attacking the convoy" (the subject's act, negated by
    the denial). Not a gerund with a determiner or possessor ("denied the spying") or an
    object of its own (already a complement in the parse), nor a verb that has another
    object.

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("China denied spying on exiles", '''
    ...     1 nsubj PROPN China NNP
    ...     1 ROOT VERB deny VBD
    ...     1 dobj VERB spy VBG
    ...     2 prep ADP on IN
    ...     3 pobj NOUN exile NNS''', ents={"China": "GPE"})
    >>> _gerund_complement_read_as_object(doc[2])
    >>> doc[2].dep_
    'xcomp'
    """
    head = word.head
    if (word.tag_ != "VBG" or word.pos_ != "VERB" or word.dep_ != DOBJ or head.i > word.i
            or head.pos_ != "VERB" or head.lemma_.lower() not in _GERUND_TAKING_VERBS):
        return
    if any(c.dep_ in (DET, POSS, DOBJ, NSUBJ, AUX, AUXPASS) for c in kids(word)):
        return
    if not any(c.dep_ == PREP and c.lower_ != "of" and any(p.dep_ == POBJ for p in kids(c))
               for c in kids(word)):
        return
    if any(c.dep_ in (DOBJ, DATIVE) and c.i != word.i for c in kids(head)):
        return
    word.dep_ = XCOMP


def _gerund_compound_read_as_clause(word: Token) -> None:
    """Re-read as a modifier of the noun after it an -ing word the parser made a clause
    after a verb that changes a level: "the Bank of England cut its money market dealing
    rates by half a point" parsed as "cut [its money market] [dealing rates]", a small
    clause (as "saw the market dealing ...") or the verb's object and an adverbial "dealing
    rates"; the rates are what was cut, the -ing word and the noun before it their
    compounds, as in "its base lending rate". Only after a verb of
    :data:`~extract.lexicon.LEVEL_VERBS` that keeps no state (not "kept the mine running",
    :data:`~extract.lexicon.STATE_KEEPING_VERBS`), with no other object, and only for a
    gerund right after that noun (no comma: "cut prices, hurting rivals" stays), with its
    bare object right after it and nothing else but prepositions after that.

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("Bank cut its market dealing rates by half", '''
    ...     1 nsubj PROPN Bank NNP
    ...     1 ROOT VERB cut VBD
    ...     3 poss PRON its PRP$
    ...     4 nsubj NOUN market NN
    ...     1 xcomp VERB deal VBG
    ...     4 dobj NOUN rate NNS
    ...     4 prep ADP by IN
    ...     6 pobj NOUN half NN''')
    >>> _gerund_compound_read_as_clause(doc[4])
    >>> [(t.dep_, t.head.text) for t in doc[2:7]]  # doctest: +NORMALIZE_WHITESPACE
    [('poss', 'rates'), ('compound', 'rates'), ('compound', 'rates'), ('dobj', 'cut'),
     ('prep', 'cut')]
    """
    verb = word.head
    if (word.dep_ not in (XCOMP, ADVCL, DOBJ) or word.tag_ != "VBG" or verb.i > word.i
            or verb.pos_ != "VERB" or verb.lemma_.lower() not in LEVEL_VERBS
            or verb.lemma_.lower() in STATE_KEEPING_VERBS or word.i + 1 >= len(word.doc)):
        return
    doc = word.doc
    before, obj = doc[word.i - 1], doc[word.i + 1]
    if before.pos_ != "NOUN" or not (
            (before.dep_ in (NSUBJ, COMPOUND) and before.head.i == word.i)
            or (before.dep_ == DOBJ and before.head.i == verb.i)):
        return
    if any(c.dep_ in (DOBJ, DATIVE) and c.i not in (before.i, word.i) for c in kids(verb)):
        return
    if obj.dep_ != DOBJ or obj.head.i != word.i or obj.pos_ != "NOUN" or any(
            c.i < obj.i for c in kids(obj)):
        return
    if any(c.i not in (before.i, obj.i) and not (c.dep_ in (PREP, PUNCT) and c.i > obj.i)
           and not (c.dep_ in (DET, POSS) and c.i < before.i) for c in kids(word)):
        return
    if any(c.dep_ not in (DET, POSS, COMPOUND, AMOD, NMOD) or c.i > before.i
           for c in kids(before)):
        return
    obj.head, obj.dep_ = verb, DOBJ
    for owner in [c for c in (*kids(before), *kids(word)) if c.dep_ in (DET, POSS)]:
        owner.head = obj
    before.head, before.dep_ = obj, COMPOUND
    for later in [c for c in kids(word) if c.dep_ in (PREP, PUNCT)]:
        later.head = verb
    word.head, word.dep_ = obj, COMPOUND
    word.pos_, word.tag_, word.lemma_ = "NOUN", "NN", word.lower_


def _possessed_gerund(word: Token) -> None:
    """Re-read an -ing word with a possessor and a "by" phrase as the noun it is: "Kyiv's
    shelling by Russian forces continued", parsed with "shelling" a verb whose subject (or
    possessor) is Kyiv. A possessive "'s" and a "by" agent make it the noun of an act done
    to the possessor (as "Mariupol's bombing by Russian jets", which the parser reads as a
    noun, is read by the nominal rule); the word stands where a noun phrase does, with no
    object, auxiliary or subject of its own besides the possessor. Its lemma becomes the
    word itself, as a noun's ("shelling"), and the possessor its ``poss``.

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("Kyiv 's shelling by forces continued", '''
    ...     2 nsubj PROPN Kyiv NNP
    ...     0 case PART 's POS
    ...     5 nsubj VERB shell VBG
    ...     2 prep ADP by IN
    ...     3 pobj NOUN force NNS
    ...     5 ROOT VERB continue VBD''', ents={"Kyiv": "GPE"})
    >>> _possessed_gerund(doc[2])
    >>> doc[2].pos_, doc[2].tag_, doc[2].lemma_, doc[0].dep_
    ('NOUN', 'NN', 'shelling', 'poss')
    """
    if word.tag_ != "VBG" or word.dep_ not in _NOUN_PHRASE_DEPS:
        return
    owners = [c for c in kids(word) if c.i < word.i and c.dep_ in (NSUBJ, POSS)
              and any(k.dep_ == CASE and k.lower_ in _POSSESSIVES for k in kids(c))]
    if len(owners) != 1 or not any(c.dep_ in (PREP, AGENT) and c.lower_ == "by"
                                   and any(p.dep_ == POBJ for p in kids(c)) for c in kids(word)):
        return
    if any(c.dep_ in (DOBJ, AUX, AUXPASS, NSUBJPASS, DATIVE) or (
            c.dep_ == NSUBJ and c.i != owners[0].i) for c in kids(word)):
        return
    word.pos_, word.tag_, word.lemma_ = "NOUN", "NN", word.lower_
    owners[0].dep_ = POSS


def _modifier_in_open_list(word: Token) -> None:
    """Re-read an -ing word inside a list of nouns as the modifier of the noun after it,
    which is one more item of the list: "shipped maize, beans, cooking oil and lentils to
    Malawi", parsed with "cooking" a verb (an adjunct or a conjunct) whose object is "oil".
    The word comes after a comma that follows an item of a list not yet closed by "and" or
    "or" (the second item or a later one), and its object, a bare noun right after it, goes
    on with "and", "or" or a comma to a noun: a clause after a list is set off once the list
    is closed ("shelled the port and the town, killing civilians and soldiers" stays). The
    noun becomes an item of the list; what else was hung on the -ing word goes to the verb
    that takes the list (or to the noun, when none does).

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = "sent rice , beans , cooking oil and salt to Chad".split()
    >>> doc = Doc(spacy.blank("en").vocab, words=words,
    ...           heads=[0, 0, 1, 1, 3, 3, 5, 6, 6, 5, 9],
    ...           deps=["ROOT", "dobj", "punct", "conj", "punct", "acl", "dobj", "cc",
    ...                 "conj", "prep", "pobj"],
    ...           pos=["VERB", "NOUN", "PUNCT", "NOUN", "PUNCT", "VERB", "NOUN", "CCONJ",
    ...                "NOUN", "ADP", "PROPN"],
    ...           tags=["VBD", "NN", ",", "NNS", ",", "VBG", "NN", "CC", "NN", "IN", "NNP"])
    >>> _modifier_in_open_list(doc[5])
    >>> doc[5].dep_, doc[5].head.text, doc[6].dep_, doc[6].head.text, doc[9].head.text
    ('amod', 'oil', 'conj', 'beans', 'sent')
    """
    doc = word.doc
    if word.tag_ != "VBG" or word.i < 3 or word.i + 2 >= len(doc) or doc[word.i - 1].text != ",":
        return
    item, obj = doc[word.i - 2], doc[word.i + 1]
    if (item.pos_ not in ("NOUN", "PROPN") or item.dep_ != CONJ or obj.head.i != word.i
            or obj.dep_ != DOBJ or obj.pos_ != "NOUN" or any(c.i < obj.i for c in kids(obj))):
        return
    first = item
    while first.dep_ == CONJ and first.head.i < first.i:
        if any(c.dep_ == CC and first.head.i < c.i < first.i for c in kids(first.head)):
            return  # a closed list: "the port and the town, killing ..."
        first = first.head
    if not any(c.dep_ == CONJ and c.pos_ in ("NOUN", "PROPN") for c in kids(obj)):
        return
    if (any(c.dep_ not in (DOBJ, PREP, PUNCT) for c in kids(word))
            or word.lemma_.lower() in default_lexicon().verbs):
        return  # an act of an event class is the clause's: "..., killing guards and ..."
    verb = first.head if first.dep_ == DOBJ and first.head.pos_ in ("VERB", "AUX") else obj
    for child in [c for c in kids(word) if c.dep_ == PREP]:
        child.head = verb
    obj.head, obj.dep_ = item, CONJ
    word.head, word.dep_ = obj, AMOD


#: Verbs that keep a plan from being carried out ("foiled a plot to"), made once.
_FOILING_VERBS = FOILING_VERBS | BLOCKING_VERBS
#: Nouns of a plan or an attempt, made once.
_PLAN_OR_ATTEMPT_NOUNS = PLAN_NOUNS | ATTEMPT_NOUNS


def _foiled_plan_infinitive(infinitive: Token) -> None:
    """Hang on a plan or attempt noun the "to" infinitive right after it that the parser
    read as a purpose of the verb that foils or blocks the plan: "Ukraine foiled a Russian
    plot to assassinate Zelensky", "police thwarted a plan to bomb the embassy", "Kyiv
    blocked an attempt to seize the airport" (the plot is to assassinate; Ukraine did not
    foil it in order to assassinate). Only after a verb of
    ``[unrealising_verbs]`` or ``[blocking_verbs]`` whose object is a noun of
    ``[plan_nouns]`` or ``[attempt_nouns]``, with nothing between them.

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("Kyiv foiled a plot to kill Zelensky", '''
    ...     1 nsubj PROPN Kyiv NNP
    ...     1 ROOT VERB foil VBD
    ...     3 det DET a DT
    ...     1 dobj NOUN plot NN
    ...     5 aux PART to TO
    ...     1 advcl VERB kill VB
    ...     5 dobj PROPN Zelensky NNP''')
    >>> _foiled_plan_infinitive(doc[5])
    >>> doc[5].head.text, doc[5].dep_
    ('plot', 'acl')
    """
    verb = infinitive.head
    if (infinitive.dep_ != ADVCL or not to_infinitive(infinitive)
            or verb.lemma_.lower() not in _FOILING_VERBS):
        return
    plan = next((c for c in kids(verb) if c.dep_ == DOBJ
                 and c.lemma_.lower() in _PLAN_OR_ATTEMPT_NOUNS
                 and c.right_edge.i + 1 == infinitive.left_edge.i), None)
    if plan is not None:
        infinitive.head = plan
        infinitive.dep_ = ACL


def _gerund_complement_read_as_adjunct(gerund: Token) -> None:
    """Make the complement of its verb a gerund that the parser read as an adjunct clause
    right after it: "Chile ruled out extraditing Fujimori", "Germany ruled out sending
    tanks to Ukraine" (``advcl`` -> ``xcomp``; what is ruled out is not done, no
    participle of something done along the way). Only after a verb whose complement may be
    a gerund (:data:`GERUND_COMPLEMENT_VERBS`, a phrasal verb written "verb_particle"),
    with nothing but its particles between them, no object or clause of its own, and a
    gerund with no marker or subject of its own ("ruled out, citing X" has a comma
    between).

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("Chile ruled out extraditing Fujimori", '''
    ...     1 nsubj PROPN Chile NNP
    ...     1 ROOT VERB rule VBD
    ...     1 prt ADP out RP
    ...     1 advcl VERB extradite VBG
    ...     3 dobj PROPN Fujimori NNP''')
    >>> _gerund_complement_read_as_adjunct(doc[3])
    >>> doc[3].dep_, doc[3].head.text
    ('xcomp', 'ruled')
    """
    verb = gerund.head
    if (gerund.dep_ != ADVCL or gerund.tag_ != "VBG" or verb.pos_ != "VERB"
            or verb.i > gerund.i or gerund.left_edge.i != gerund.i):
        return
    particles = [c for c in kids(verb) if c.dep_ == PRT]
    phrasal = "_".join([verb.lemma_.lower(), *(c.lower_ for c in particles)])
    if phrasal not in GERUND_COMPLEMENT_VERBS:
        return
    if gerund.i != max([verb.i, *(c.i for c in particles)]) + 1:
        return
    if any(c.dep_ in (DOBJ, DATIVE, CCOMP, XCOMP, OPRD, ATTR) for c in kids(verb)) or any(
            c.dep_ in (MARK, NSUBJ, NSUBJPASS) for c in kids(gerund)):
        return
    gerund.dep_ = XCOMP


def _complement_after_span_of_time(infinitive: Token) -> None:
    """Make the complement of its verb a "to" infinitive that the parser hung as a relative
    clause on the noun of a "for" phrase of time between them: "the assembly failed for
    the third time to elect Basha", "Egypt refused for a second day to open the crossing"
    (the infinitive is what failed or was refused, not a kind of time). Only after a verb
    whose infinitive is its complement (:data:`_INFINITIVE_COMPLEMENT_VERBS`) with no
    complement or object of its own, when the "for" phrase's noun is a count of times or a
    unit of time (:data:`~extract.lexicon.FREQUENCY_NOUNS`,
    :data:`~extract.lexicon.TIME_UNITS`) and the infinitive follows it right away.

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("Assembly failed for the third time to elect Basha", '''
    ...     1 nsubj PROPN Assembly NNP
    ...     1 ROOT VERB fail VBD
    ...     1 prep ADP for IN
    ...     5 det DET the DT
    ...     5 amod ADJ third JJ
    ...     2 pobj NOUN time NN
    ...     7 aux PART to TO
    ...     5 relcl VERB elect VB
    ...     7 dobj PROPN Basha NNP''')
    >>> _complement_after_span_of_time(doc[7])
    >>> doc[7].dep_, doc[7].head.text
    ('xcomp', 'failed')
    """
    noun = infinitive.head
    prep = noun.head
    verb = prep.head
    if (infinitive.dep_ not in (RELCL, ACL) or not to_infinitive(infinitive)
            or noun.dep_ != POBJ or noun.lemma_.lower() not in FREQUENCY_NOUNS | TIME_UNITS
            or prep.dep_ != PREP or prep.lower_ != "for" or verb.pos_ != "VERB"
            or verb.i > prep.i or verb.lemma_.lower() not in _INFINITIVE_COMPLEMENT_VERBS):
        return
    if any(c.dep_ in (DOBJ, DATIVE, CCOMP, XCOMP, OPRD, ATTR) for c in kids(verb)) or any(
            c.dep_ in (MARK, NSUBJ, NSUBJPASS) for c in kids(infinitive)):
        return
    if infinitive.left_edge.i != max(
            [noun.i, *(c.right_edge.i for c in kids(noun) if c.i < infinitive.i)]) + 1:
        return
    infinitive.head = verb
    infinitive.dep_ = XCOMP


#: Verbs whose "to" infinitive is their complement, never a purpose of theirs: a refusal or
#: failure, an intention, a promise or threat, an agreement, an attempt, made once.
_INFINITIVE_COMPLEMENT_VERBS = (UNDONE_VERBS | INTENT_VERBS | COMMISSIVE_VERBS
                                | AGREEING_VERBS | ATTEMPT_VERBS)
#: Dependencies of the adverbials that may stand between such a verb and its infinitive.
_INTERVENING_ADVERBIAL_DEPS = frozenset({PREP, ADVMOD, NPADVMOD, PUNCT})
#: Prepositions whose phrase before an infinitive may be its own ("agreed to the deal to
#: avoid X", "pays for rockets to carry X"): no mere adverbial.
_INFINITIVE_BOUND_PREPS = frozenset({"to", "for"})


def _complement_read_as_purpose(infinitive: Token) -> None:
    """Make the complement of its verb a "to" infinitive that the parser read as a purpose
    clause because an adverbial stands between them: "Estonia refused on Thursday to expel
    the envoy", "Hamas agreed late on Monday to free ten hostages", "Iran vowed again to
    retaliate" (``advcl`` -> ``xcomp``; the refusal's infinitive is not
    done, the agreement's only planned, neither a purpose). Only after a verb of
    refusal or failure, intention, promise, agreement or attempt
    (:data:`_INFINITIVE_COMPLEMENT_VERBS`) with no object or clause of its own, and only
    when everything between them is an adverbial of that verb (a preposition's phrase,
    not "to" or "for", an adverb, a bare noun of time, a comma) with no verb inside.

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("Estonia refused on Thursday to expel Kaminsky", '''
    ...     1 nsubj PROPN Estonia NNP
    ...     1 ROOT VERB refuse VBD
    ...     1 prep ADP on IN
    ...     2 pobj PROPN Thursday NNP
    ...     5 aux PART to TO
    ...     1 advcl VERB expel VB
    ...     5 dobj PROPN Kaminsky NNP''')
    >>> _complement_read_as_purpose(doc[5])
    >>> doc[5].dep_, doc[5].head.text
    ('xcomp', 'refused')
    """
    verb = infinitive.head
    if (infinitive.dep_ != ADVCL or verb.i > infinitive.i or not to_infinitive(infinitive)
            or verb.pos_ != "VERB" or verb.lemma_.lower() not in _INFINITIVE_COMPLEMENT_VERBS
            or any(c.dep_ == MARK for c in kids(infinitive))):
        return
    between = [c for c in kids(verb) if verb.i < c.i < infinitive.i]
    if not between or any(
            c.dep_ in (DOBJ, DATIVE, CCOMP, XCOMP, OPRD, ATTR) for c in kids(verb)):
        return
    for child in between:
        if child.dep_ not in _INTERVENING_ADVERBIAL_DEPS or (
                child.dep_ == PREP and child.lower_ in _INFINITIVE_BOUND_PREPS):
            return
        if any(t.pos_ in ("VERB", "AUX") for t in child.subtree):
            return
    if infinitive.left_edge.i != max(c.right_edge.i for c in between) + 1:
        return
    infinitive.dep_ = XCOMP


def _apposed_perfect_participle(having: Token) -> None:
    """Hang a perfect participle set off by commas after a clause's subject ("The
    Kremlin, having annexed Crimea in 2014, imposed ...") on the clause's verb as an
    adverbial clause, with its "having" an auxiliary and the noun after it its object.

    The parser reads the participle many ways: "having" a clause modifying the subject
    with the participle its adjective and the name its object ("Kremlin have Crimea"),
    the participle an adjective of a noun in apposition to the subject ("Hezbollah,
    having fired rockets"), even the object as an apposition that then stands for the
    subject ("Israel's army, having encircled Khan Younis, ordered ..."). As an
    adverbial clause it shares the clause's subject, as a fronted "Having V-ed Y, X ..."
    does. Only "having" right after a comma that follows the clause's subject, followed
    by a past participle and closed by a comma before the clause's verb, is moved
    ("having been V-ed" is passive and stays).

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = "Kremlin , having annexed Crimea , imposed law".split()
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[6, 0, 0, 4, 2, 0, 6, 6],
    ...           deps=["nsubj", "punct", "acl", "amod", "dobj", "punct", "ROOT", "dobj"],
    ...           pos=["PROPN", "PUNCT", "VERB", "VERB", "PROPN", "PUNCT", "VERB", "NOUN"],
    ...           tags=["NNP", ",", "VBG", "VBN", "NNP", ",", "VBD", "NN"])
    >>> _apposed_perfect_participle(doc[2])
    >>> (doc[3].dep_, doc[3].head.text, doc[2].head.text, doc[4].dep_, doc[4].head.text)
    ('advcl', 'imposed', 'annexed', 'dobj', 'annexed')
    """
    doc = having.doc
    i = having.i
    if (having.lower_ != "having" or i < 2 or i + 2 >= len(doc) or doc[i - 1].text != ","
            or doc[i + 1].tag_ not in ("VBN", "VBD") or doc[i + 1].lower_ == "been"):
        return
    verb = doc[i + 1]
    subject = doc[i - 2]
    main = subject.head
    if (subject.dep_ != NSUBJ or subject.pos_ not in ("NOUN", "PROPN")
            or main.pos_ not in ("VERB", "AUX") or main.i <= verb.i):
        return
    close = next((t.i for t in doc[verb.i + 1:main.i] if t.text == ","), None)
    if close is None or any(t.text in (";", ":", '"') for t in doc[verb.i + 1:close]):
        return
    inside = range(verb.i + 1, close)
    verb.head, verb.dep_ = main, ADVCL
    verb.pos_, verb.tag_ = "VERB", "VBN"
    having.head, having.dep_ = verb, AUX
    doc[close].head = main
    has_object = False
    for t in doc[verb.i + 1:close]:
        if t.head.i in inside:
            continue
        t.head = verb
        if (not has_object and t.pos_ in ("NOUN", "PROPN")
                and t.dep_ in _MISREAD_OBJECT_DEPS):
            t.dep_ = DOBJ
            has_object = True


def _carried_event(participle: Token) -> None:
    """Hang a participle of carrying out (``[carrying_participles]``) with a "by" agent,
    set off by a comma, on the event noun whose "of" phrase the parser hung it on: "the
    assassination of Haitian President Jovenel Moise, carried out by Colombian
    mercenaries, ..." (the mercenaries carried out the assassination, not Moise). The
    noun is an event noun of the lexicon, and the "of" phrase's noun is none ("the
    bombing of the attack site, ..." stays).

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = "the killing of Moise , carried out by mercenaries".split()
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 2, 3, 3, 5, 5, 7],
    ...           deps=["det", "ROOT", "prep", "pobj", "punct", "acl", "prt", "agent",
    ...                 "pobj"], pos=["DET", "NOUN", "ADP", "PROPN", "PUNCT", "VERB",
    ...                               "ADP", "ADP", "NOUN"],
    ...           tags=["DT", "NN", "IN", "NNP", ",", "VBN", "RP", "IN", "NNS"],
    ...           lemmas=["the", "killing", "of", "Moise", ",", "carry", "out", "by",
    ...                   "mercenary"])
    >>> _carried_event(doc[5])
    >>> doc[5].head.text
    'killing'
    """
    named = participle.head
    of = named.head
    noun = of.head
    if (participle.tag_ != "VBN" or participle.lemma_.lower() not in CARRYING_PARTICIPLES
            or participle.i == 0 or participle.doc[participle.i - 1].text != ","
            or named.dep_ != POBJ or of.lower_ != "of" or of.head.i == of.i
            or not any(c.dep_ == AGENT for c in kids(participle))):
        return
    lexicon = default_lexicon()
    if (noun.pos_ != "NOUN" or not lexicon.is_event_noun(noun.lemma_)
            or lexicon.is_event_noun(named.lemma_)):
        return
    participle.head = noun


#: Entity types of a "by" phrase that names who did an event.
_BY_AGENT_TYPES = frozenset({"ORG", "GPE", "PERSON", "NORP"})


def _event_noun_by_on_active_verb(by: Token) -> None:
    """Hang on the event noun right before it a "by" phrase naming someone that the parser
    gave a verb with an active subject: "Talks stalled over the abduction of 276
    schoolgirls by Boko Haram" ("by" an agent of "stalled", whose subject "talks" is no
    passive one), "Negotiations collapsed over the abduction of 20 aid workers by
    Al-Shabaab" ("by" a preposition of "collapsed"): the named side abducted them, it
    stalled or collapsed nothing. The verb has a subject (nsubj) and no passive auxiliary;
    the event noun (of the event lexicon) is the object of one of its prepositions and its
    phrase ends right before "by"; the "by" phrase names a person, organisation, country
    or people ("fell after the strike by 5 percent" stays).

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = "talks stalled over the abduction of girls by Boko".split()
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 4, 2, 4, 5, 1, 7],
    ...           deps=["nsubj", "ROOT", "prep", "det", "pobj", "prep", "pobj", "agent",
    ...                 "pobj"], pos=["NOUN", "VERB", "ADP", "DET", "NOUN", "ADP", "NOUN",
    ...                               "ADP", "PROPN"],
    ...           tags=["NNS", "VBN", "IN", "DT", "NN", "IN", "NNS", "IN", "NNP"],
    ...           lemmas=["talk", "stall", "over", "the", "abduction", "of", "girl", "by",
    ...                   "Boko"], ents=["O"] * 8 + ["B-ORG"])
    >>> _event_noun_by_on_active_verb(doc[7])
    >>> doc[7].dep_, doc[7].head.text
    ('prep', 'abduction')
    """
    verb = by.head
    if by.lower_ != "by" or verb.pos_ != "VERB" or verb.i > by.i:
        return
    if not any(c.dep_ == POBJ and (c.ent_type_ in _BY_AGENT_TYPES or c.pos_ == "PROPN")
               for c in kids(by)):
        return
    children = list(kids(verb))
    if not any(c.dep_ == NSUBJ for c in children) or any(
            c.dep_ in (AUXPASS, NSUBJPASS) for c in children):
        return
    lexicon = default_lexicon()
    for prep in children:
        if prep.dep_ != PREP or not prep.i < by.i:
            continue
        for noun in (c for c in kids(prep) if c.dep_ == POBJ):
            if (noun.pos_ == "NOUN" and noun.right_edge.i == by.i - 1
                    and lexicon.is_event_noun(noun.lemma_)):
                by.head, by.dep_ = noun, PREP
                return


def _destination_of_flow(to: Token) -> None:
    """Hang a "to" phrase right after a noun of goods going somewhere on that noun
    (:data:`~extract.lexicon.FLOW_NOUNS`): "reached an agreement to avert a trade war over
    EC grain sales to Spain" is parsed with "to Spain" on "avert", which read as "avert war
    to Spain". Only when the noun is inside a prepositional phrase of the verb's clause:
    a direct object keeps the parser's reading ("cut gas exports to Europe" is read as
    "cut export to" Europe either way).

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = "averted a war over grain sales to Spain".split()
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[0, 2, 0, 2, 5, 3, 0, 6],
    ...           deps=["ROOT", "det", "dobj", "prep", "compound", "pobj", "prep", "pobj"],
    ...           pos=["VERB", "DET", "NOUN", "ADP", "NOUN", "NOUN", "ADP", "PROPN"],
    ...           lemmas=["avert", "a", "war", "over", "grain", "sale", "to", "Spain"])
    >>> _destination_of_flow(doc[6])
    >>> doc[6].head.text
    'sales'
    """
    if to.lower_ != "to" or to.i == 0 or to.head.pos_ not in ("VERB", "AUX"):
        return
    noun = to.doc[to.i - 1]
    if (noun.pos_ == "NOUN" and noun.lemma_.lower() in FLOW_NOUNS and noun.dep_ == POBJ
            and to.head in noun.ancestors):
        to.head = noun


#: Dependencies of a noun's modifiers that a gerund before them cannot follow: "of the
#: smuggling networks", "for two smuggling rings" are nouns with a modifier.
_NOUN_ONLY_DEPS = frozenset({DET, POSS, NUMMOD, PREDET})


#: Nouns of a suspicion or a trial, whose gerund is only alleged, made once.
_CHARGE_NOUNS = SUSPICION_NOUNS | TRIAL_NOUNS


def _gerund_read_as_modifier(prep: Token) -> None:
    """Re-read an -ing word the parser hung on the noun after it as that noun's modifier,
    after "of" or "for" of a suspicion noun or a verb of judging or alleging, as the
    gerund with the noun its object: "arrested 16 people on suspicion of smuggling weapons
    from Syria", "fined for allegedly misleading Chinese buyers", "a man suspected of
    planning attacks on Jews" (``[suspicion_nouns]``, ``[trial_nouns]``,
    ``[judging_verbs]``, ``[alleging_verbs]``). The tag must be a gerund's (VBG), an
    adjective's after a hedging adverb ("allegedly misleading"), or a singular noun's
    compound on a plural noun that is no event noun of its own ("planning attacks", but
    "bombing attacks" are attacks); the
    noun takes no determiner before it ("on suspicion of the smuggling ring" stays). The
    preposition's later phrases on the suspicion noun become the gerund's ("smuggling
    weapons from Syria to the West Bank").

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = "held on suspicion of smuggling weapons to Gaza".split()
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[0, 0, 1, 2, 5, 3, 2, 6],
    ...           deps=["ROOT", "prep", "pobj", "prep", "amod", "pobj", "prep", "pobj"],
    ...           pos=["VERB", "ADP", "NOUN", "ADP", "VERB", "NOUN", "ADP", "PROPN"],
    ...           tags=["VBN", "IN", "NN", "IN", "VBG", "NNS", "IN", "NNP"],
    ...           lemmas=["hold", "on", "suspicion", "of", "smuggle", "weapon", "to", "Gaza"])
    >>> _gerund_read_as_modifier(doc[3])
    >>> doc[4].dep_, doc[4].head.text, doc[5].dep_, doc[5].head.text, doc[6].head.text
    ('pcomp', 'of', 'dobj', 'smuggling', 'smuggling')
    """
    word = prep.lower_
    if word not in ALLEGED_PREPS or prep.i + 2 >= len(prep.doc):
        return
    owner = prep.head
    lemma = owner.lemma_.lower()
    charged = _charged_object(prep)
    if charged is not None:
        # "charged two men with planting explosives", the "with" on the object or on
        # a participle of it ("a citizen identified as X with planting explosives"):
        # the object's, as "accused the PKK of killing" (context.accused_object)
        owner = charged
    elif not ((owner.pos_ == "NOUN" and lemma in _CHARGE_NOUNS and word != "with")
              or (owner.pos_ == "VERB" and lemma in (
                  ALLEGING_VERBS if word == "with" else ALLEGING_OR_JUDGING_VERBS))):
        # ("charged X with planting explosives"; a "with" of a judging verb is no
        # deed: "arrested X with smuggled weapons")
        return
    noun = next((c for c in kids(prep) if c.dep_ == POBJ), None)
    if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
        return
    gerund = prep.doc[prep.i + 1]
    hedge = None
    if gerund.dep_ == ADVMOD and gerund.lower_ in HEDGE_ADVERBS:
        hedge, gerund = gerund, prep.doc[prep.i + 2]
    if (gerund.dep_ not in (AMOD, COMPOUND) or gerund.head.i != noun.i or gerund.i >= noun.i
            or not gerund.lower_.endswith("ing")
            or not (gerund.tag_ == "VBG" or (gerund.tag_ == "JJ" and hedge is not None
                                             and hedge.head.i == gerund.i)
                    # "suspected of planning attacks", "accused of financing attacks"
                    # with the gerund read as the plural noun's compound (not an event
                    # noun's: "sentenced for bombing attacks on trains" are attacks)
                    or (gerund.tag_ == "NN"
                        and noun.tag_ == "NNS"
                        and gerund.lower_ not in default_lexicon().nouns))):
        return
    if any(c.dep_ in _NOUN_ONLY_DEPS and c.i < gerund.i for c in kids(noun)):
        return
    if any(c.i != getattr(hedge, "i", -1) for c in kids(gerund)):
        return
    lemma = _gerund_lemma(gerund)
    if lemma is None:
        return
    gerund.head, gerund.dep_ = prep, PCOMP
    gerund.pos_, gerund.tag_, gerund.lemma_ = "VERB", "VBG", lemma
    noun.head, noun.dep_ = gerund, DOBJ
    if charged is not None:
        prep.head = charged
    elif owner.pos_ == "NOUN":
        # "on suspicion of smuggling weapons from Syria": the phrases after the object
        for later in [c for c in kids(owner) if c.dep_ == PREP and c.i > noun.i]:
            later.head = gerund


#: Dependencies of an event container's modifiers that go to the events it holds.
_CONTAINER_MODIFIERS = frozenset({DET, POSS, AMOD, NUMMOD, PREDET})


def _event_container(of: Token) -> None:
    """Make the events a container noun holds the head of its phrase: "launched a wave of
    air strikes on Gaza", "the EU's new package of sanctions against Russia", "a fresh
    round of talks with Iran" (``[event_containers]``, with a plural event noun of the
    event lexicon, or one whose modifier is: "air strikes"). The events take the
    container's place, and its determiner, owner and adjectives ("the EU's sanctions");
    the container becomes their modifier, so that "launched strikes on Gaza" and "the
    EU's sanctions against Russia" are read as such.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = "Israel launched a wave of strikes on Gaza".split()
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 3, 1, 3, 4, 5, 6],
    ...           deps=["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "prep", "pobj"],
    ...           pos=["PROPN", "VERB", "DET", "NOUN", "ADP", "NOUN", "ADP", "PROPN"],
    ...           tags=["NNP", "VBD", "DT", "NN", "IN", "NNS", "IN", "NNP"],
    ...           lemmas=["Israel", "launch", "a", "wave", "of", "strike", "on", "Gaza"])
    >>> _event_container(doc[4])
    >>> doc[5].dep_, doc[5].head.text, doc[3].head.text, doc[2].head.text
    ('dobj', 'launched', 'strikes', 'strikes')
    """
    container = of.head
    if (of.lower_ != "of" or container.pos_ != "NOUN" or container.i != of.i - 1
            or container.lemma_.lower() not in EVENT_CONTAINERS or container.head.i == container.i):
        return
    events = next((c for c in kids(of) if c.dep_ == POBJ), None)
    if events is None or events.pos_ != "NOUN" or events.tag_ != "NNS":
        return
    lexicon = default_lexicon()
    if not (lexicon.is_event_noun(events.lemma_) or any(
            c.dep_ == COMPOUND and lexicon.is_event_noun(c.lemma_) for c in kids(events))):
        return
    if any(c.dep_ in _CONTAINER_MODIFIERS for c in kids(events)
           if c.dep_ != AMOD and c.i < events.i):
        return  # "a package of the sanctions": its own determiner
    events.head, events.dep_ = container.head, container.dep_
    for child in [c for c in kids(container) if c.dep_ in _CONTAINER_MODIFIERS
                  or (c.dep_ == PREP and c.i > events.i)]:
        child.head = events  # (and what follows: "a wave of strikes on Gaza")
    container.head, container.dep_ = events, NMOD


#: Dependencies of a noun's own modifiers: a gerund with one is read as a noun ("the
#: killing of X", "illegal logging").
_NOMINAL_DEPS = frozenset({DET, POSS, AMOD, NUMMOD, COMPOUND, PREDET})


def _charged_object(prep: Token) -> Token | None:
    """The direct object of an active verb of alleging whose gerund's preposition the
    parser hung on that object or on a participle of it, or None: "charged three dual
    nationals with spying for Russia" ("with" on "nationals"), "charged a citizen
    identified as Serhiy K. with planting explosives" ("with" on "identified"). The
    object is who did the gerund, if at all (``[alleged_preps]``, ``[alleging_verbs]``).

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("police charge man named Ali with planting bombs", '''
    ...     1 nsubj NOUN police NNS
    ...     1 ROOT VERB charge VBP
    ...     1 dobj NOUN man NN
    ...     2 acl VERB name VBN
    ...     3 oprd PROPN Ali NNP
    ...     3 prep ADP with IN
    ...     7 compound NOUN planting NN
    ...     5 pobj NOUN bomb NNS''')
    >>> _charged_object(doc[5])
    man
    >>> doc[1].lemma_ = "hold"  # "held a man ... with": not alleged
    >>> _charged_object(doc[5]) is None
    True
    """
    if prep.lower_ not in ALLEGED_PREPS:
        return None
    obj = prep.head
    if obj.dep_ == ACL and obj.tag_ == "VBN" and obj.head.dep_ == DOBJ:
        obj = obj.head
    verb = obj.head
    if (obj.dep_ != DOBJ or verb.pos_ != "VERB" or verb.lemma_.lower() not in ALLEGING_VERBS
            or any(c.dep_ == AUXPASS for c in kids(verb))):
        return None
    return obj


def _charge_on_participle(prep: Token) -> None:
    """Hang on the object a gerund's preposition of alleging that the parser hung on a
    participle of the object of an alleging verb: "charged a journalist named Joakim
    Medin with insulting the president" ("with" on "named"), so that the object is
    read as the accused (:func:`_charged_object`, context.accused_object)."""
    owner = prep.head
    if owner.dep_ != ACL or not any(c.dep_ == PCOMP and c.tag_ == "VBG" for c in kids(prep)):
        return
    charged = _charged_object(prep)
    if charged is not None:
        prep.head = charged


def _reason_on_register(prep: Token) -> None:
    """Hang on the verb a "for" gerund the parser hung on the list a verb puts its object
    on: "adds 27 Chinese companies to its Entity List for allegedly supplying Iran's
    military", "puts the Wagner Group on its sanctions list for helping Russia" ("for"
    on "List"): the reason for the listing, done by the object if at all
    (context.listed_object).

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("put Wagner on list for helping Russia", '''
    ...     0 ROOT VERB put VBD
    ...     0 dobj PROPN Wagner NNP
    ...     0 prep ADP on IN
    ...     2 pobj NOUN list NN
    ...     3 prep ADP for IN
    ...     4 pcomp VERB help VBG
    ...     5 dobj PROPN Russia NNP''')
    >>> _reason_on_register(doc[4])
    >>> doc[4].head.text
    'put'
    """
    noun = prep.head
    if (prep.lower_ != "for" or noun.dep_ != POBJ or noun.head.dep_ != PREP
            or not any(c.dep_ == PCOMP and c.tag_ == "VBG" for c in kids(prep))):
        return
    verb = noun.head.head
    if verb.dep_ == DOBJ:
        verb = verb.head  # (the list's phrase on the object: "adds firms to its list")
    if listed_object(verb) is not None:
        prep.head = verb


def _gerund_read_as_noun(prep: Token) -> None:
    """Make the complement of a gerund the parser took for its preposition's noun, when
    the gerund has an object or a preposition of its own and no modifier a noun has:
    "charges X with spying for Pakistan" ("with" -pobj-> "spying"), so that it is read as
    the gerund the rules know ("with" -pcomp-> "spying"). Only after one of
    ``[alleged_preps]`` on an object or a verb of alleging or judging."""
    if prep.lower_ not in ALLEGED_PREPS:
        return
    owner = prep.head
    verb = owner.head if owner.dep_ == DOBJ else owner
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ALLEGING_OR_JUDGING_VERBS:
        return
    for gerund in [c for c in kids(prep) if c.dep_ == POBJ and (
            c.tag_ == "VBG" or (c.tag_ == "NN" and c.lower_.endswith("ing")))]:
        children = list(kids(gerund))
        if any(c.dep_ in _NOMINAL_DEPS for c in children):
            continue
        if not any(c.dep_ in (DOBJ, PREP) and c.lower_ != "of" for c in children):
            continue
        # "charged with spying for Russia" tagged a noun: the gerund of its verb
        lemma = gerund.lemma_.lower() if gerund.tag_ == "VBG" else _gerund_lemma(gerund)
        if lemma is not None:
            gerund.dep_, gerund.pos_, gerund.tag_, gerund.lemma_ = PCOMP, "VERB", "VBG", lemma


def _gerund_lemma(word: Token) -> str | None:
    """The verb a word spelt as a gerund is of, or None: the tagger's lemma of a gerund,
    else a verb of the event vocabulary ("threatening" -> threaten, "financing" ->
    finance, "shipping" -> ship), else the bare stem when no "e" can have been dropped
    (it ends in two consonants or in two vowels and a consonant: "misleading" ->
    mislead, "insulting" -> insult; not "abusing", left alone)."""
    form = word.lower_
    if word.tag_ == "VBG" and word.lemma_.lower() != form:
        return word.lemma_.lower()
    stem = form[:-3]
    if len(stem) < 2:
        return None
    # (a stem of two letters only with its "e": "suing" -> sue)
    candidates = [stem, stem + "e"] if len(stem) > 2 else [stem + "e"]
    if stem[-1] == stem[-2]:
        candidates.append(stem[:-1])  # "shipping" -> ship
    known = verb_vocabulary() | frozenset(default_lexicon().verbs)
    found = next((c for c in candidates if c in known), None)
    if found is not None:
        return found  # (also a short one: "spying" -> spy)
    if len(stem) < 4:
        return None
    vowels = "aeiou"
    last, before, third = stem[-1], stem[-2], stem[-3]
    if last in vowels or last in "vcwxy" or last == before:
        return None
    if before not in vowels or third in vowels:
        return stem  # "insult", "mislead", "defraud"
    return None


def _short_of(of: Token) -> None:
    """Hang the "of" of "stopped short of condemning X" (parsed on "short") on the verb,
    as the "from" of "refrained from condemning X": the gerund then shares the verb's
    subject, negated (:func:`extract.rules.base.is_negated`). Only with a gerund: "fell
    short of expectations" stays."""
    short = of.head
    if (of.lower_ == "of" and short.lower_ in FALLING_SHORT_WORDS and short.dep_ == ADVMOD
            and short.head.pos_ == "VERB" and short.head.i < short.i
            and any(c.dep_ == PCOMP and c.tag_ == "VBG" for c in of.children)):
        of.head = short.head


def _out_of(out: Token) -> None:
    """Re-read "out of" after a verb as the verb's particle and its preposition ("Russia
    pulled out of the grain deal", "Mali kicked the ambassador out of the country"): the
    parser hangs "of" on "out", so the relation was neither "pull out" nor "out of" its
    object. Only for a phrasal verb of the event lexicon ("pull out", "kick out"): "escorted
    the tanker out of the Gulf" says where, not how.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words="Russia pulled out of the deal".split(),
    ...           heads=[1, 1, 1, 2, 5, 3], deps=["nsubj", "ROOT", "prep", "prep", "det",
    ...                                          "pobj"], pos=["PROPN", "VERB", "ADP", "ADP",
    ...                                                        "DET", "NOUN"],
    ...           lemmas=["Russia", "pull", "out", "of", "the", "deal"])
    >>> _out_of(doc[2])
    >>> doc[2].dep_, doc[3].head.text
    ('prt', 'pulled')
    """
    children = list(kids(out))
    if out.lower_ != "out" or out.head.pos_ != "VERB" or len(children) != 1 \
            or children[0].dep_ != PREP or children[0].lower_ != "of":
        return
    lexicon = default_lexicon()
    phrasal = f"{out.head.lemma_.lower()} out"
    if phrasal not in lexicon.verbs and phrasal not in lexicon.removed:
        return
    out.dep_ = PRT
    children[0].head = out.head


def _contact_relative(root: Token) -> None:
    """Re-read "X was sentenced on charges he and Washington deny" parsed with "deny" the
    root and the sentence before it its complement.

    A relative clause without "that" right after its noun ("charges he denies") has
    its subject straight after the noun, a common noun ("Israel struck Gaza he said"
    is a quote with its comma left out), no comma between, and no object of its own
    (the noun is what it is about). When the parser made its verb the sentence's root
    and the clause that ends with the noun its complement, the complement becomes the
    root and the verb a relative clause of the noun: the main clause is not what is
    denied.
    """
    if root.pos_ != "VERB" or root.dep_ != ROOT:
        return
    subject = next((c for c in root.lefts if c.dep_ == NSUBJ), None)
    clause = next((c for c in root.lefts if c.dep_ == CCOMP), None)
    if (subject is None or clause is None or subject.left_edge.i == 0
            or any(c.dep_ in (DOBJ, MARK) for c in kids(root))):
        return
    noun = root.doc[subject.left_edge.i - 1]
    if (noun.pos_ != "NOUN" or not clause.is_ancestor(noun)
            or clause.right_edge.i != noun.i):
        return
    clause.head, clause.dep_ = clause, ROOT
    for child in list(kids(root)):
        if child.i < clause.left_edge.i or child.dep_ == PUNCT and child.i > root.i:
            child.head = clause
    root.head, root.dep_ = noun, RELCL


def _main_verb_after_relative(root: Token) -> None:
    """Make the main verb the root when the parser coordinated it with a relative clause
    on the subject: "Vietnam's coast guard, whose patrol boats have clashed with Chinese
    vessels, detained a trawler" parsed with "guard" the root, "clashed" its relative
    clause and "detained" a conjunct of "clashed" (whose subject would be the boats).

    A relative clause set off by a comma and opened by a relative word (which, who,
    whose), and a conjunct of its verb that is a finite verb with no subject of its own,
    right after a closing comma and with no "and" or "or" before it: the conjunct is the
    sentence's verb and the noun its subject ("whose boats have clashed ... and detained"
    stays one clause).

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = "guard , which clashed with ships , detained trawler".split()
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[0, 0, 3, 0, 3, 4, 3, 3, 7],
    ...           deps=["ROOT", "punct", "nsubj", "relcl", "prep", "pobj", "punct", "conj",
    ...                 "dobj"], pos=["NOUN", "PUNCT", "PRON", "VERB", "ADP", "NOUN", "PUNCT",
    ...                 "VERB", "NOUN"], tags=["NN", ",", "WDT", "VBD", "IN", "NNS", ",",
    ...                 "VBD", "NN"])
    >>> _main_verb_after_relative(doc[0])
    >>> doc[7].dep_, doc[0].head.text, doc[0].dep_
    ('ROOT', 'detained', 'nsubj')
    """
    if root.pos_ not in ("NOUN", "PROPN") or root.dep_ != ROOT:
        return
    doc = root.doc
    for clause in (c for c in kids(root) if c.dep_ == RELCL and c.i > root.i):
        opener = doc[clause.left_edge.i]
        if (opener.tag_ not in _RELATIVE_TAGS or opener.i == 0
                or doc[opener.i - 1].text != ","):
            continue
        verb = next((c for c in kids(clause) if c.dep_ == CONJ and c.pos_ == "VERB"
                     and c.tag_ in FINITE_VERB_TAGS and c.i > clause.i), None)
        if (verb is None or doc[verb.left_edge.i - 1].text != ","
                or any(c.dep_ in (NSUBJ, NSUBJPASS, EXPL) for c in kids(verb))
                or any(c.dep_ == CC and c.i < verb.i for c in kids(clause))):
            continue
        verb.head, verb.dep_ = verb, ROOT
        for child in list(kids(root)):
            if child.i > verb.i and child.dep_ == PUNCT:
                child.head = verb
        root.head, root.dep_ = verb, NSUBJ
        return


def _reported_object(root: Token) -> None:
    """Re-read a closing "..., a spokesman said" that the parser hung on the root's object.

    "X did not seize the Galaxy Leader, a Houthi spokesman insisted" parsed with the
    object the subject of the reporting verb (the root's complement) and the speaker its
    apposition; "X hijacked the MV Abdullah, a shipping official said" parsed with the
    reporting verb a relative clause of the object. A relative clause has no comma
    before its subject when it has no relative word, so either way the reporting verb,
    whose subject comes after a comma that follows the root's object, with nothing after
    the verb but adjuncts, is the sentence's root, and the root its complement; the
    object (or the subject of the first parse) is the root's object, and the apposition
    the reporting verb's subject.
    """
    if root.pos_ != "VERB" or root.dep_ != ROOT or root.lemma_.lower() in REPORTING_VERBS:
        return
    report = next((c for c in root.rights if c.dep_ == CCOMP
                   and c.lemma_.lower() in REPORTING_VERBS), None)
    if report is not None:
        subject = next((c for c in report.lefts if c.dep_ == NSUBJ and c.i > root.i), None)
        particle = next((c for c in root.rights if c.dep_ == PRT and c.i == root.i + 1),
                        None)
        speaker = None if subject is None else next(
            (c for c in subject.rights if c.dep_ == APPOS), None)
        if (speaker is None or any(c.dep_ == DOBJ for c in kids(root))
                or subject.left_edge.i != (particle or root).i + 1
                or root.doc[speaker.left_edge.i - 1].text != ","):
            return
        comma = root.doc[speaker.left_edge.i - 1]
        report.head, report.dep_ = report, ROOT
        subject.head, subject.dep_ = root, DOBJ
        speaker.head, speaker.dep_ = report, NSUBJ
        if comma.head.i == subject.i:
            comma.head = report
    else:
        obj = next((c for c in root.rights if c.dep_ == DOBJ), None)
        report = None if obj is None else next(
            (c for c in obj.rights if c.dep_ == RELCL and c.lemma_.lower() in REPORTING_VERBS),
            None)
        if report is None:
            return
        lefts = list(report.lefts)
        subject = next((c for c in lefts if c.dep_ == NSUBJ), None)
        if (subject is None or subject.tag_ in RELATIVE_TAGS or len(lefts) != 1
                or root.doc[subject.left_edge.i - 1].text != ","
                or any(c.dep_ not in (PREP, NPADVMOD, ADVMOD, PUNCT)
                       for c in report.rights)):
            return
        comma = root.doc[subject.left_edge.i - 1]
        report.head, report.dep_ = report, ROOT
        if comma.head.i == obj.i:
            comma.head = report
    for child in list(kids(root)):
        if child.i > report.i:
            child.head = report
    root.head, root.dep_ = report, CCOMP


def _speaker_read_as_apposition(root: Token) -> None:
    """Re-read a closing "..., the Iraqi News Agency said" whose speaker the parser took
    for an apposition of the reported clause's last noun, leaving the verb of saying with
    no subject: "Iraq said it had shot down two Iranian jets, the Iraqi News Agency said"
    (the agency is no jet). A root verb of saying with no subject, after its clausal
    complement, right after a name in apposition that follows a comma and ends the
    complement: the name is the verb's subject.
    """
    if root.lemma_.lower() not in REPORTING_VERBS or root.i == 0 or any(
            c.dep_ in _SUBJECT_DEPS for c in kids(root)):
        return
    clause = next((c for c in root.lefts if c.dep_ == CCOMP), None)
    if clause is None:
        return
    doc = root.doc
    speaker = doc[root.i - 1]
    while speaker.dep_ != APPOS and speaker.head.i < root.i and speaker.head.i > speaker.i:
        speaker = speaker.head  # ("the Iraqi News | Agency": up to the head of the name)
    if (speaker.dep_ != APPOS or speaker.right_edge.i != root.i - 1
            or speaker.left_edge.i == 0 or doc[speaker.left_edge.i - 1].text != ","
            or not speaker.ent_type_ or not clause.left_edge.i <= speaker.head.i < root.i):
        return
    comma = doc[speaker.left_edge.i - 1]
    speaker.head, speaker.dep_ = root, NSUBJ
    if comma.head.i == speaker.i or comma.head.i < root.i and comma.head.i > clause.i:
        comma.head = root


def _speaker_read_as_object_apposition(root: Token) -> None:
    """Re-read a closing "..., the Syrian Observatory said" that the parser hung on the
    root as a subjectless adverbial clause, with the speaker an apposition of the last
    object: "Turkey shelled Kurdish positions, killing five fighters, the Syrian
    Observatory for Human Rights reported" (the observatory is no fighter, and no one
    Turkey killed). A verb of saying with no subject, object or clause of its own, the
    root's last adverbial clause, right after a named apposition that follows a comma
    inside the root's clause: the verb is the sentence's root, the name its subject and the
    old root its complement, as the parser reads "..., killing five fighters, the police
    said".
    """
    if root.pos_ != "VERB" or root.dep_ != ROOT or root.lemma_.lower() in REPORTING_VERBS:
        return
    report = next((c for c in root.rights if c.dep_ == ADVCL
                   and c.lemma_.lower() in REPORTING_VERBS), None)
    if (report is None or any(c.dep_ in (*_SUBJECT_DEPS, DOBJ, CCOMP, XCOMP, MARK, AUX)
                              for c in kids(report))
            or any(c.dep_ not in (PREP, NPADVMOD, ADVMOD, PUNCT) for c in report.rights)):
        return
    doc = root.doc
    speaker = doc[report.i - 1]
    while speaker.dep_ != APPOS and root.i < speaker.head.i < report.i:
        speaker = speaker.head  # ("the Syrian Observatory for Human | Rights": its head)
    if (speaker.dep_ != APPOS or speaker.right_edge.i != report.i - 1
            or speaker.left_edge.i == 0 or doc[speaker.left_edge.i - 1].text != ","
            or not speaker.ent_type_ or not root.i < speaker.head.i < speaker.i):
        return
    comma, noun = doc[speaker.left_edge.i - 1], speaker.head
    report.head, report.dep_ = report, ROOT
    speaker.head, speaker.dep_ = report, NSUBJ
    if comma.head.i in (noun.i, speaker.i):
        comma.head = report
    for child in list(kids(root)):
        if child.i > report.i:
            child.head = report
    root.head, root.dep_ = report, CCOMP


def _attribution_read_into_report(attribution: Token) -> None:
    """Re-read a closing "..., the news agency said" that the parser hung inside the
    speaker's own report, with the reported clause under it.

    "China accused Vietnam of shelling villages and said its forces had killed 100
    soldiers, the New China News Agency said" parsed with "killed" the complement of the
    agency's "said", itself the complement of China's "said": the clause is China's (its
    forces are China's), and the agency reports all of it. When a verb of saying is the
    complement of an earlier verb of saying, its one clausal complement lies between the
    two, and its subject comes after that clause and a comma with nothing after the verb
    but adjuncts, the clause is the earlier verb's complement and the closing verb the
    sentence's root, with the old root its complement: as the parser reads "China said its
    forces had killed 100 soldiers, the agency said".
    """
    outer = attribution.head
    if (attribution.lemma_.lower() not in REPORTING_VERBS or outer.i >= attribution.i
            or outer.lemma_.lower() not in REPORTING_VERBS):
        return
    clauses = [c for c in kids(attribution) if c.dep_ == CCOMP]
    subject = next((c for c in attribution.lefts if c.dep_ in _SUBJECT_DEPS), None)
    if (len(clauses) != 1 or subject is None or not outer.i < clauses[0].i < subject.i
            or clauses[0].right_edge.i >= subject.left_edge.i
            or attribution.doc[subject.left_edge.i - 1].text != ","
            or any(c.dep_ in (CCOMP, DOBJ) for c in attribution.rights)
            or any(c.dep_ == CCOMP for c in kids(outer) if c.i != attribution.i)):
        return
    root = outer
    while root.dep_ == CONJ and root.head.i != root.i:
        root = root.head
    if root.dep_ != ROOT:
        return
    clause = clauses[0]
    clause.head = outer
    attribution.head, attribution.dep_ = attribution, ROOT
    for child in list(kids(root)):
        if child.i > attribution.i:
            child.head = attribution
    root.head, root.dep_ = attribution, CCOMP


def _compound_object(clause: Token) -> None:
    """Re-read "did not sign the minerals deal with X" parsed with "the minerals" the
    subject of a verb "deal", the complement of "sign".

    A complement spelt as an event noun, in the present or the base form, whose only
    left dependent is a plural subject with a determiner straight after a verb with no
    object of its own, is that verb's object, a noun, and the plural its compound ("the
    arms deal", "the grains deal"; "Kyiv said the minerals deal was signed" is no such
    complement: its subject is not right after the verb).
    """
    head = clause.head
    subject = next(iter(clause.lefts), None)
    if (clause.tag_ not in ("VBP", "VB") or head.pos_ != "VERB" or subject is None
            or subject.dep_ != NSUBJ or subject.tag_ != "NNS" or subject.i != clause.i - 1
            or len(list(clause.lefts)) != 1
            or any(c.dep_ in (DOBJ, CCOMP) and c.i != clause.i for c in kids(head))
            or not default_lexicon().is_event_noun(clause.lower_)):
        return
    lefts = list(subject.lefts)
    if ([c.dep_ for c in lefts] != [DET] or subject.left_edge.i != head.i + 1):
        return
    clause.pos_, clause.tag_, clause.dep_ = "NOUN", "NN", DOBJ
    lefts[0].head = clause
    subject.dep_ = COMPOUND


def _compound_object_over_verb(obj: Token) -> None:
    """Re-read "Having signed a minerals deal with X, Ukraine ..." parsed with "a minerals"
    the object of "signed" and "deal" a verb that "signed" depends on.

    A plural object with only a determiner, right after its verb, followed by a word in
    the present or the base form spelt as an event noun that is the verb's own head and
    has no other left dependent, is the compound of that noun, the verb's object (as in
    :func:`_compound_object`); the verb takes the noun's place in the tree.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = "signed a minerals deal with Washington , Kyiv sent it".split()
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[3, 2, 0, 8, 3, 4, 8, 8, 8, 8],
    ...           deps=["advcl", "det", "dobj", "advcl", "prep", "pobj", "punct", "nsubj",
    ...                 "ROOT", "dobj"],
    ...           pos=["VERB", "DET", "NOUN", "VERB", "ADP", "PROPN", "PUNCT", "PROPN",
    ...                "VERB", "PRON"],
    ...           tags=["VBN", "DT", "NNS", "VB", "IN", "NNP", ",", "NNP", "VBD", "PRP"])
    >>> _compound_object_over_verb(doc[2])
    >>> [(t.dep_, t.head.text) for t in doc[:4]]
    [('advcl', 'sent'), ('det', 'deal'), ('compound', 'deal'), ('dobj', 'signed')]
    """
    verb = obj.head
    if obj.tag_ != "NNS" or verb.pos_ != "VERB" or obj.i + 1 >= len(obj.doc):
        return
    noun = obj.doc[obj.i + 1]
    lefts = list(obj.lefts)
    if (noun.tag_ not in ("VB", "VBP") or verb.head.i != noun.i or list(noun.lefts) != [verb]
            or [c.dep_ for c in lefts] != [DET] or lefts[0].i != verb.i + 1
            or list(obj.rights) or not default_lexicon().is_event_noun(noun.lower_)):
        return
    root = noun.head.i == noun.i
    verb.head = verb if root else noun.head
    # a participle before the clause it was hung on is its adjunct ("Having signed ...")
    adjunct = verb.tag_ in ("VBG", "VBN") and not root and verb.i < noun.head.i
    verb.dep_ = ADVCL if adjunct else noun.dep_
    noun.head = verb
    noun.pos_, noun.tag_, noun.dep_ = "NOUN", "NN", DOBJ
    lefts[0].head = noun
    obj.head = noun
    obj.dep_ = COMPOUND


def _infinitive_read_as_noun(to: Token) -> None:
    """Re-read "Brussels is set to fine Google", "the EU is set to sanction Belarus"
    parsed with "to" a preposition and the verb a noun or an adjective of the name after it.

    A verb of the event vocabulary spelt like a noun or an adjective ("fine", "sanction"),
    in lower case, between "to" and a name, is the infinitive: "to" its marker, the
    verb the complement of the word "to" hung on, the name its object.
    """
    doc = to.doc
    if to.lower_ != "to" or to.i + 2 >= len(doc):
        return
    verb, name = doc[to.i + 1], doc[to.i + 2]
    head = to.head
    if (verb.tag_ not in ("NN", "JJ") or not verb.is_lower
            or verb.lower_ not in verb_vocabulary() or name.pos_ != "PROPN"
            or not name.ent_type_ or name.ent_iob_ != "B"
            or head.pos_ not in ("VERB", "ADJ") or any(c.i != verb.i for c in kids(verb))
            or verb.head.i not in (to.i, name.i) or name.head.i not in (to.i, head.i)):
        return
    verb.pos_, verb.tag_ = "VERB", "VB"
    verb.head, verb.dep_ = head, XCOMP
    name.head, name.dep_ = verb, DOBJ
    to.head, to.dep_ = verb, AUX
    to.pos_, to.tag_ = "PART", "TO"


def _date_before_subject(prep: Token) -> None:
    """Split a fronted date from the subject the parser took into its phrase: "On Tuesday
    Germany fined Hungary", "In March Apple sued Samsung" (no comma after the date; the
    date read as a compound of the name, the name as the object of "On"/"In", the verb
    left without a subject). The date is the object of the preposition, the phrase after
    it the subject of the verb; only when the verb has no subject of its own.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = "On Tuesday Germany fined Hungary".split()
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[3, 2, 0, 3, 3],
    ...           deps=["prep", "compound", "pobj", "ROOT", "dobj"],
    ...           pos=["ADP", "PROPN", "PROPN", "VERB", "PROPN"],
    ...           ents=["O", "B-DATE", "B-GPE", "O", "B-GPE"])
    >>> _date_before_subject(doc[0])
    >>> doc[1].dep_, doc[1].head.text, doc[2].dep_, doc[2].head.text
    ('pobj', 'On', 'nsubj', 'fined')
    """
    verb, doc = prep.head, prep.doc
    if verb.pos_ == "ADV" and verb.i < prep.i:
        verb = verb.head  # "Early on Friday Germany fined ..."
    if (verb.pos_ not in ("VERB", "AUX") or verb.i < prep.i or prep.i + 2 >= len(doc)
            or not _date_word(doc[prep.i + 1])
            or any(c.dep_ in _SUBJECT_DEPS for c in kids(verb))):
        return
    name = next((c for c in kids(prep) if c.dep_ == POBJ), None)
    if name is None or _date_word(name) or name.i > verb.i:
        return
    end = prep.i + 1
    while end + 1 < name.i and _date_word(doc[end + 1]):
        end += 1
    date = doc[prep.i + 1:end + 1]
    if name.left_edge.i != prep.i + 1 or any(
            t.head.i < prep.i or t.head.i > name.i for t in date):
        return
    # ("March Germany" or "2019 Germany" taken into one entity: the name alone is one)
    owner = next((e for e in doc.ents if e.start <= end < e.end), None)
    if owner is not None and owner.end > end + 1:
        # (a number's type, "2019 Germany" as a PERCENT, leaves the name untyped)
        if owner.label_ in NON_PARTICIPANT_TYPES:
            doc.ents = [e for e in doc.ents if e != owner]
        else:
            doc.ents = [Span(doc, end + 1, e.end, label=e.label_) if e == owner else e
                        for e in doc.ents]
    head = date[-1] if date[-1].like_num and len(date) > 1 else date[0]
    # (the date first, then the name: the phrases' edges follow the heads set last)
    for t in date:
        if t.i != head.i:
            t.head = head
    head.head, head.dep_ = prep, POBJ
    name.head, name.dep_ = verb, NSUBJ


def _date_word(token: Token) -> bool:
    """Whether a word is part of a date: typed DATE or TIME, a month or weekday, a year, or
    the number of a day after a month."""
    return (token.ent_type_ in TIME_TYPES or token.lower_.rstrip(".") in MONTH_NAMES
            and token.text[:1].isupper() or token.lower_ in WEEKDAY_NAMES
            or bool(_YEAR.fullmatch(token.text)) or token.like_num and token.i > 0
            and token.doc[token.i - 1].lower_.rstrip(".") in MONTH_NAMES)


#: Parts of speech of the word after a misread "to" that open its verb's object.
_OBJECT_OPENERS = frozenset({"DET", "PROPN"})
#: Dependencies through which a verb read as a modifier hangs on its object's phrase.
_MODIFYING_DEPS = frozenset({COMPOUND, AMOD, NMOD, POSS})


def _infinitive_read_as_object(to: Token) -> None:
    """Re-read "to" and the verb after it, misread as a preposition and a noun or adjective
    of its object, after a predicate of scheduling (:data:`SCHEDULING_PREDICATES`): "the
    union is set to picket Netflix's headquarters" ("picket" a compound inside the object
    of "to"), "is set to fine Apple" ("fine" an adjective of "Apple"), "is due to sanction
    the plant" ("sanction" the object of "to" with an object of its own). The word is a
    verb of the vocabulary, the infinitive complement of the predicate, with the phrase
    after it its direct object; only before a determiner or a name ("was due to court
    rulings" stays).

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = "UAW is set to picket Netflix headquarters".split()
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[2, 2, 2, 2, 5, 6, 3],
    ...           deps=["nsubjpass", "auxpass", "ROOT", "prep", "compound", "poss", "pobj"],
    ...           pos=["PROPN", "AUX", "VERB", "ADP", "NOUN", "PROPN", "NOUN"],
    ...           tags=["NNP", "VBZ", "VBN", "IN", "NN", "NNP", "NN"])
    >>> _infinitive_read_as_object(doc[3])
    >>> doc[4].dep_, doc[4].head.text, doc[3].dep_, doc[6].dep_, doc[6].head.text
    ('xcomp', 'set', 'aux', 'dobj', 'picket')
    """
    governor, doc = to.head, to.doc
    if (to.lower_ != "to" or governor.lower_ not in SCHEDULING_PREDICATES
            or governor.i > to.i or to.i + 2 >= len(doc)):
        return
    word, after = doc[to.i + 1], doc[to.i + 2]
    predicate = governor.head if governor.dep_ == ACOMP else governor
    named = any(c.dep_ in _SUBJECT_DEPS and c.pos_ == "PROPN" for c in kids(predicate))
    # "Egypt is set to host talks between X and Y": a bare plural object, the verb its
    # compound, after a named subject ("delays were due to court rulings" stays)
    bare_plural = (after.tag_ == "NNS" and word.dep_ == COMPOUND and word.head.i == after.i
                   and named)
    if word.pos_ not in ("NOUN", "ADJ") or not (after.pos_ in _OBJECT_OPENERS or bare_plural):
        return
    # a noun that is no verb we know, when the subject of the predicate is someone that
    # can act ("the union is set to picket X"; "delays were due to government Covid rules"
    # stays)
    if (word.lower_ not in verb_vocabulary() | frozenset(default_lexicon().verbs)
            and (word.pos_ != "NOUN" or not named)):
        return
    obj = None
    if word.dep_ == POBJ and word.head.i in (to.i, governor.i):
        if not any(c.dep_ == DOBJ for c in kids(word)):
            return
    elif word.dep_ in _MODIFYING_DEPS:
        phrase = word.head
        while phrase.dep_ in _MODIFYING_DEPS and phrase.head.i > phrase.i:
            phrase = phrase.head
        if phrase.dep_ != POBJ or phrase.head.i != to.i or phrase.i < word.i:
            return
        obj = phrase
    else:
        return
    # (the object first: the heads set after it keep the phrases' edges right)
    if obj is not None:
        obj.head, obj.dep_ = word, DOBJ
    word.head, word.dep_ = governor, XCOMP
    word.pos_, word.tag_, word.lemma_ = "VERB", "VB", word.lower_
    to.head, to.dep_, to.pos_, to.tag_ = word, AUX, "PART", "TO"


def _claim_in_apposition(root: Token) -> None:
    """Re-read "X accuses Y of V-ing, a charge Z denies" parsed with "denies" the root, the
    sentence before the comma its complement and "a charge" its object.

    A claim noun of :data:`~extract.lexicon.CLAIM_NOUNS` after a comma, with its article
    and a subject straight after it, names the statement before the comma and the verb
    after it says what its subject makes of that statement ("an allegation Moscow
    rejects", "a claim the group denies"): the clause before the comma becomes the root,
    the noun its apposition and the verb a relative clause of the noun. Only the claim is
    denied, never the accusation itself.
    """
    if root.pos_ != "VERB" or root.dep_ != ROOT:
        return
    subject = next((c for c in root.lefts if c.dep_ == NSUBJ), None)
    clause = next((c for c in root.lefts if c.dep_ == CCOMP), None)
    if subject is None or clause is None or subject.left_edge.i < 3:
        return
    doc = root.doc
    # ("a charge Beijing has denied" may be parsed with the noun the subject and the name
    # its apposition)
    named = next((c for c in subject.rights if c.dep_ == APPOS), None)
    noun = subject if named is not None else doc[subject.left_edge.i - 1]
    article = noun.left_edge
    if (noun.head.i != root.i or noun.dep_ != (NSUBJ if named is not None else DOBJ)
            or noun.lemma_.lower() not in CLAIM_NOUNS or article.lower_ not in ("a", "an")
            or article.i < 1 or doc[article.i - 1].text != ","
            or clause.right_edge.i >= article.i - 1
            or any(c.dep_ == MARK for c in kids(clause))):
        return
    clause.head, clause.dep_ = clause, ROOT
    for child in list(kids(root)):
        if child.i < article.i or child.dep_ == PUNCT and child.i > root.i:
            child.head = clause
    if named is not None:
        named.head, named.dep_ = root, NSUBJ
    noun.head, noun.dep_ = clause, APPOS
    root.head, root.dep_ = noun, RELCL


def _among_sorted(values: numpy.ndarray, hashes: numpy.ndarray) -> numpy.ndarray:
    """The positions of ``values`` that are among the sorted ``hashes``: the positions
    ``numpy.isin`` gives, found by bisection (5 times as fast on a Doc's lemmas).

    Examples
    --------
    >>> values = numpy.array([7, 3, 9, 3, 1], dtype=numpy.uint64)
    >>> _among_sorted(values, numpy.array([3, 9], dtype=numpy.uint64)).tolist()
    [1, 2, 3]
    >>> _among_sorted(values, numpy.array([], dtype=numpy.uint64)).tolist()
    []
    """
    if not len(hashes):
        return numpy.flatnonzero(numpy.zeros(len(values), dtype=bool))
    at = numpy.minimum(numpy.searchsorted(hashes, values), len(hashes) - 1)
    return numpy.flatnonzero(hashes[at] == values)


@functools.cache
def _claim_hashes() -> numpy.ndarray:
    """The lemma hashes of :data:`~extract.lexicon.CLAIM_NOUNS` (a string's hash is the
    same in every vocabulary), made once, in order."""
    return numpy.array(sorted(hash_string(w) for w in CLAIM_NOUNS), dtype=numpy.uint64)


def _claim_after_comma(noun: Token) -> None:
    """Re-read "X accuses Y of arming Z, a claim W denies" parsed with "a claim" an object
    (of "accuses", or in apposition to Z): a claim noun of
    :data:`~extract.lexicon.CLAIM_NOUNS` after a comma, with its article "a"/"an" and a
    clause of its own after it, names the statement before the comma. It hangs on the
    verb of that statement as an adverbial noun, never its object or an object's
    apposition: "Z" is no claim and "a claim" is not accused.
    """
    doc = noun.doc
    article = noun.left_edge
    if (article.lower_ not in ("a", "an") or article.i < 2 or doc[article.i - 1].text != ","
            or noun.dep_ not in (DOBJ, APPOS, CONJ)):
        return
    # a clause of its own after it ("a claim Tehran denies"), or a second object of a
    # verb that has one before the comma (the parse of "a claim the group rejects" with
    # "rejects" read as a noun)
    if not any(c.dep_ in (RELCL, APPOS, ACL) and c.pos_ == "VERB" for c in noun.rights) \
            and not (noun.dep_ == DOBJ and any(c.dep_ == DOBJ and c.i < noun.i
                                                 for c in kids(noun.head))):
        return
    verb = noun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return
    noun.head, noun.dep_ = verb, NPADVMOD


def _participle_spelling(token: Token) -> bool:
    """Whether a word the tagger read as a noun is spelt as a verb of the event
    vocabulary and is no event noun ("overrun"; not "sabotage", "attack")."""
    return (token.lower_ in verb_vocabulary()
            and not default_lexicon().is_event_noun(token.lower_))


def _passive_attribute(noun: Token) -> None:
    """Re-read "Kabul was overrun by the Taliban" parsed with "was" the verb and the
    participle its attribute, a noun: a bare singular noun right after a form of "be",
    with a "by" phrase of its own and no determiner, possessor or modifier, spelt as a
    verb of the event vocabulary and no event noun, is a passive participle ("was
    sabotage by X", "was revenge by X" are none). It takes the place of "be", which
    becomes its passive auxiliary, with the other dependents of "be" (the subject a
    passive one) and "by" its agent."""
    be = noun.head
    if (noun.tag_ not in ("NN", "NNP") or be.lemma_ != "be" or noun.i != be.i + 1
            or not _participle_spelling(noun)
            or any(c.dep_ in (DET, POSS, AMOD, NUMMOD, COMPOUND)
                   for c in kids(noun))):
        return
    by = next((c for c in noun.rights if c.dep_ in (PREP, AGENT) and c.lower_ == "by"
               and any(o.dep_ == POBJ for o in kids(c))), None)
    if by is None:
        return
    root = be.head.i == be.i
    noun.head = noun if root else be.head
    noun.dep_ = be.dep_
    noun.pos_, noun.tag_ = "VERB", "VBN"
    for child in list(kids(be)):
        if child.i == noun.i:
            continue
        child.head = noun
        if child.dep_ == NSUBJ:
            child.dep_ = NSUBJPASS
    be.head, be.dep_, be.pos_ = noun, AUXPASS, "AUX"
    by.dep_ = AGENT


def _participle_lemma(word: Token) -> str | None:
    """The verb of the event vocabulary a word spelt as a past participle is of
    ("certified" -> certify, "declared" -> declare), or None."""
    form = word.lower_
    if word.tag_ == "VBN" and word.lemma_.lower() != form:
        return word.lemma_.lower()
    if not form.endswith("ed") or len(form) < 5:
        return None
    stem = form[:-2]
    candidates = [form[:-3] + "y"] if form.endswith("ied") else []
    candidates += [stem, stem + "e"]
    if len(stem) > 2 and stem[-1] == stem[-2]:
        candidates.append(stem[:-1])  # "barred" -> bar
    return next((c for c in candidates if c in verb_vocabulary()), None)


def _fronted_predicate_participle(by: Token) -> None:
    """Re-read a fronted passive participle with a predicate adjective whose "by" agent
    the parser hung on the adjective: "Certified malaria-free by the WHO on Sunday, Egypt
    became ...", parsed with "Certified" a modifier of "free" and "free" a modifier of
    "became", or "Declared polio-free by the WHO, Nigeria ..." with "by" on "free". The
    participle (the sentence's first word, spelt as a verb of the event vocabulary)
    becomes the adjunct of the main verb, the adjective its predicate and "by" its
    agent, as in "Declared bankrupt by a court, X agreed ..." (only a participle takes a
    "by" agent; an adjective's "by" is a measure: "free by 2030")."""
    adjective = by.head
    if not any(c.dep_ == POBJ for c in by.children):
        return
    if adjective.dep_ in (OPRD, ACOMP, "dep") and adjective.head.i < adjective.i:
        participle, main = adjective.head, adjective.head.head
        if participle.dep_ != ADVCL:
            return
    else:
        participle = next((c for c in adjective.lefts if c.dep_ == AMOD), None)
        main = adjective.head
        if participle is None or adjective.dep_ not in (ADVMOD, ADVCL, NPADVMOD):
            return
    lemma = _participle_lemma(participle)
    if (participle.i != participle.sent.start or lemma is None or main.pos_ not in ("VERB", "AUX")
            or main.i < by.right_edge.i):
        return
    participle.pos_, participle.tag_, participle.lemma_ = "VERB", "VBN", lemma
    if participle.head.i != main.i:
        participle.head = main
        participle.dep_ = ADVCL
        adjective.head = participle
        adjective.dep_ = OPRD
    by.head = participle
    by.dep_ = AGENT


def _fronted_participle_agent(by: Token) -> None:
    """Make an agent of the "by" phrase of a fronted passive participle that the parser
    labelled a plain preposition: "Sanctioned by Washington since 2019, PDVSA has
    struggled ...", "Rescued by fishermen, the migrants were ...". A past participle
    that opens an adjunct before its clause's verb, with no subject or agent of its own
    and no "as" ("As reported by Reuters, ..." is a source, not a doer), takes its
    "by" phrase as its agent, so its clause's subject is what it happened to.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab,
    ...           words="Sanctioned by Washington , PDVSA struggled".split(),
    ...           heads=[5, 0, 1, 5, 5, 5], deps=["advcl", "prep", "pobj", "punct", "nsubj",
    ...                                          "ROOT"],
    ...           pos=["VERB", "ADP", "PROPN", "PUNCT", "PROPN", "VERB"],
    ...           tags=["VBN", "IN", "NNP", ",", "NNP", "VBD"])
    >>> _fronted_participle_agent(doc[1])
    >>> doc[1].dep_
    'agent'
    """
    participle = by.head
    if (participle.dep_ != ADVCL or participle.tag_ != "VBN" or by.i < participle.i
            or participle.left_edge.i != participle.sent.start
            or participle.head.i < by.right_edge.i or participle.head.pos_ not in ("VERB", "AUX")
            or not any(c.dep_ == POBJ for c in kids(by))):
        return
    if any(c.dep_ in (AGENT, NSUBJ, NSUBJPASS, MARK, DOBJ) for c in kids(participle)):
        return
    by.dep_ = AGENT


def _subject_read_as_apposition(by: Token) -> None:
    """Make the subject of its clause's verb a name the parser set in apposition to the
    agent of a fronted participle: "Rebuffed by Brussels, Hungary's Viktor Orban turned to
    China" parsed with "Orban" an apposition of "Brussels" and "turned" without a subject
    (Orban turned; Brussels rebuffed him). The participle opens the sentence as an
    adverbial clause of the verb; the apposition follows the agent's name after a comma
    and comes right before the verb, which has no subject of its own.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = "Rebuffed by Brussels , Orban turned".split()
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[5, 0, 1, 2, 2, 5],
    ...           deps=["advcl", "agent", "pobj", "punct", "appos", "ROOT"],
    ...           pos=["VERB", "ADP", "PROPN", "PUNCT", "PROPN", "VERB"],
    ...           tags=["VBN", "IN", "NNP", ",", "NNP", "VBD"])
    >>> _subject_read_as_apposition(doc[1])
    >>> doc[4].dep_, doc[4].head.text
    ('nsubj', 'turned')
    """
    participle = by.head
    verb = participle.head
    if (participle.dep_ != ADVCL or participle.tag_ != "VBN"
            or participle.left_edge.i != participle.sent.start or verb.pos_ != "VERB"
            or verb.i < by.i or any(c.dep_ in (NSUBJ, NSUBJPASS, EXPL) for c in kids(verb))):
        return
    doc = by.doc
    for agent in kids(by):
        if agent.dep_ != POBJ:
            continue
        for apposed in kids(agent):
            if (apposed.dep_ == APPOS and apposed.pos_ in ("PROPN", "NOUN")
                    and doc[apposed.left_edge.i - 1].text == ","
                    and apposed.right_edge.i + 1 == verb.i):
                apposed.head, apposed.dep_ = verb, NSUBJ
                return


def _agent_after_infinitive(by: Token) -> None:
    """Make the agent of a passive verb of making or asking someone act a "by" phrase the
    parser hung on the infinitive after it (or on that infinitive's object): "Sam Altman
    was forced to resign by the board", "Ordered to pay $1.4 billion by a Texas jury, Alex
    Jones filed for bankruptcy", "Told to leave Niger by the junta, the ambassador ..."
    (the board forced him; an active infinitive takes no agent). The infinitive is the
    complement of a past participle that is passive (an auxiliary "be"), bare, fronted or
    after its noun, or set off by a comma after the subject the parser made it the verb of,
    and has no object, agent or "by" phrase of its own; the infinitive is active
    (not "to be replaced by X") and "by" names a doer (:func:`_names_doer`: "pay by card"
    stays). An object of the infinitive that "by" hangs on is an amount or no event noun
    ("asked to investigate the killing by police": the police killed).

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = "Altman was forced to resign by OpenAI".split()
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[2, 2, 2, 4, 2, 4, 5],
    ...           deps=["nsubjpass", "auxpass", "ROOT", "aux", "xcomp", "prep", "pobj"],
    ...           pos=["PROPN", "AUX", "VERB", "PART", "VERB", "ADP", "PROPN"],
    ...           tags=["NNP", "VBD", "VBN", "TO", "VB", "IN", "NNP"],
    ...           ents=["B-PERSON", "O", "O", "O", "O", "O", "B-ORG"])
    >>> _agent_after_infinitive(doc[5])
    >>> doc[5].head.text, doc[5].dep_
    ('forced', 'agent')
    """
    host = by.head
    infinitive = host.head if host.dep_ == DOBJ else host
    if host is not infinitive:
        lemma = host.lemma_.lower()
        if not is_amount(host) and (
                default_lexicon().is_event_noun(lemma) or verb_of(lemma) is not None
                or any(c.dep_ == PREP and c.lower_ == "of" for c in kids(host))):
            return
    verb = infinitive.head
    if (infinitive.dep_ != XCOMP or not to_infinitive(infinitive) or by.i < infinitive.i
            or any(c.dep_ == AUXPASS for c in kids(infinitive))
            or verb.tag_ not in ("VBN", "VBD") or verb.pos_ != "VERB"):
        return
    own = list(kids(verb))
    if any(c.dep_ in (AUX, DOBJ, DATIVE) for c in own):
        return
    subjects = [c for c in own if c.dep_ == NSUBJ]
    # passive ("was forced to"), bare ("Forced to resign by X, Y ..."), or set off by a
    # comma after the subject it was parsed the verb of ("Jones, ordered to pay X by Y,")
    passive = any(c.dep_ == AUXPASS for c in own) or (
        verb.tag_ == "VBN" and verb.dep_ in (ADVCL, ACL) and not subjects) or (
        len(subjects) == 1 and verb.i >= 2 and verb.doc[verb.i - 1].text == ","
        and verb.i - 2 <= subjects[0].right_edge.i < verb.i)
    if (passive and not any(c.dep_ == AGENT or c.lower_ == "by" for c in own)
            and _names_doer(by)):
        by.head, by.dep_ = verb, AGENT


def _agent_after_amount(by: Token) -> None:
    """Make the agent of a past participle a "by" phrase naming a doer that comes after the
    amount the participle names: "Fined 1.2 billion euros by the Irish regulator, Meta
    said ...", "Meta, fined $1.3 billion by the Irish regulator, appealed" (the parser
    hangs "by" on the amount or on the participle as a plain preposition), or after the
    predicate of a passive verb of naming (``[naming_verbs]``): "Mpox was declared a global
    health emergency by the WHO", "Designated a terrorist group by Washington, the Houthis
    ...". The participle (a past form, no auxiliary: "has fined $5
    million by ..." is no passive) has an amount as its only object; "by" follows it and
    names a doer (:func:`_names_doer`), so a "by" of measure or time ("cut 5 percent by
    2030") stays.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = "Fined $ 5 million by Brussels , Meta appealed".split()
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[8, 3, 3, 0, 3, 4, 8, 8, 8],
    ...           deps=["advcl", "quantmod", "compound", "dobj", "prep", "pobj", "punct",
    ...                 "nsubj", "ROOT"],
    ...           pos=["VERB", "SYM", "NUM", "NUM", "ADP", "PROPN", "PUNCT", "PROPN", "VERB"],
    ...           tags=["VBN", "$", "CD", "CD", "IN", "NNP", ",", "NNP", "VBD"],
    ...           ents=["O", "B-MONEY", "I-MONEY", "I-MONEY", "O", "B-GPE", "O", "B-ORG", "O"])
    >>> _agent_after_amount(doc[4])
    >>> doc[4].head.text, doc[4].dep_
    ('Fined', 'agent')
    """
    host = by.head
    participle = host.head if host.dep_ in (DOBJ, OPRD) else host
    if participle.tag_ not in ("VBN", "VBD") or participle.pos_ != "VERB":
        return
    own = list(kids(participle))
    objects = [c for c in own if c.dep_ in (DOBJ, OPRD)]
    if (len(objects) != 1 or not objects[0].i < by.i
            or any(c.dep_ in (AUX, AGENT, DATIVE) for c in own) or not _names_doer(by)):
        return
    # the predicate of a passive verb of naming: "was declared a global emergency by the
    # WHO", "Designated a terrorist group by Washington, the Houthis ..." (the fronted
    # participle at times tagged as a past tense)
    fronted = (participle.dep_ == ADVCL and participle.i == participle.sent.start
               and not any(c.dep_ == NSUBJ for c in own))
    predicate = participle.lemma_.lower() in NAMING_VERBS and (
        (participle.tag_ == "VBN" and any(c.dep_ == AUXPASS for c in own)) or fronted)
    if objects[0].dep_ == DOBJ and is_amount(objects[0]) or predicate:
        by.head, by.dep_ = participle, AGENT
        if predicate and fronted:
            participle.tag_ = "VBN"


def _event_object_agent(by: Token) -> None:
    """Hang on an active verb's object a "by" phrase naming a doer that the parser hung
    on the verb: "criticised the detention of Evan Gershkovich by Russian authorities",
    "upheld the dismissal of Maria Sereno by lawmakers" (an active verb with a subject
    takes no agent; the phrase right after its object, an event noun, names who did the
    event). A "by" of measure or means ("won the election by a wide margin") names no
    doer and stays.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = "EU criticised the detention of Tice by Syria".split()
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 3, 1, 3, 4, 1, 6],
    ...           deps=["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "prep", "pobj"],
    ...           pos=["PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN", "ADP", "PROPN"],
    ...           lemmas=["EU", "criticise", "the", "detention", "of", "Tice", "by", "Syria"],
    ...           ents=["B-ORG", "O", "O", "O", "O", "B-PERSON", "O", "B-GPE"])
    >>> _event_object_agent(doc[6])
    >>> doc[6].head.text
    'detention'
    """
    verb = by.head
    if verb.pos_ != "VERB" or not any(c.dep_ == NSUBJ for c in kids(verb)) or any(
            c.dep_ in (AUXPASS, NSUBJPASS, AGENT) for c in kids(verb)):
        return
    obj = next((c for c in kids(verb) if c.dep_ == DOBJ and c.right_edge.i + 1 == by.i), None)
    if obj is None or obj.pos_ != "NOUN":
        return
    lemma = obj.lemma_.lower()
    if not (default_lexicon().is_event_noun(lemma) or verb_of(lemma) is not None):
        return
    if _names_doer(by):
        by.head = obj


def _names_doer(by: Token) -> bool:
    """Whether a "by" phrase names a doer: a name of the doer types, a group noun, a
    sector's noun, or a noun with a name of those types as its modifier or owner ("by
    Israeli jets", "by OpenAI's board")."""
    return any(c.dep_ == POBJ and (
        c.ent_type_ in _BY_AGENT_TYPES or c.lemma_.lower() in GROUP_NOUNS
        or sector_of([c.lemma_.lower()]) is not None or any(
            m.ent_type_ in _BY_AGENT_TYPES for m in kids(c) if m.dep_ in (AMOD, COMPOUND, POSS)))
        for c in kids(by))


#: Endings of a noun that may name an event of its own ("the prorogation of parliament by
#: the Queen"): a "by" phrase after it stays its own.
_EVENT_ENDINGS = ("ion", "ment", "ing", "al", "ance", "ence")


def _target_after_amount(prep: Token) -> None:
    """Hang on an event noun the preposition of its target that the parser hung on the
    amount the noun's "of" phrase gives: "the Commission's fine of 4.3 billion euros
    against Google", "the regulator's fine of 1.2 billion euros on Meta", "a penalty of
    $5 million on Boeing" (Google was fined, not the euros). The preposition is one of an
    event's target (``[hung_target_preps]``: "on", "against") whose object names an actor
    (:func:`_names_doer`: "a gain of $5 million on the sale of X", "a cut of 25 basis points
    on Wednesday" stay), right after the amount (:func:`is_amount`), the object of "of" of a
    noun of an event (the event lexicon's or a verb's noun) that has no such preposition of
    its own.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = "fine of 5 million euros on Meta".split()
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[0, 0, 3, 4, 1, 4, 5],
    ...           deps=["ROOT", "prep", "compound", "nummod", "pobj", "prep", "pobj"],
    ...           pos=["NOUN", "ADP", "NUM", "NUM", "NOUN", "ADP", "PROPN"],
    ...           lemmas=["fine", "of", "5", "million", "euro", "on", "Meta"],
    ...           ents=["O", "O", "B-CARDINAL", "I-CARDINAL", "O", "O", "B-ORG"])
    >>> _target_after_amount(doc[5])
    >>> doc[5].head.text
    'fine'
    """
    amount = prep.head
    of = amount.head
    event = of.head
    if (prep.lower_ not in HUNG_TARGET_PREPS or amount.dep_ != POBJ or of.lower_ != "of"
            or event.pos_ != "NOUN" or prep.i != amount.i + 1 or not is_amount(amount)
            or any(c.dep_ == PREP and c.lower_ in HUNG_TARGET_PREPS for c in kids(event))
            or not _names_doer(prep)):
        return
    lemma = event.lemma_.lower()
    if default_lexicon().is_event_noun(lemma) or verb_of(lemma) is not None:
        prep.head = event


def _agent_after_aside(by: Token) -> None:
    """Hang on a passive verb a "by" phrase that comes after a speaker's aside: "The convoy
    was attacked near Kati, witnesses said, by gunmen on motorbikes" parsed with "by" a
    preposition of "said" (the gunmen attacked; the witnesses said nothing by anyone).

    The verb of saying is set off by commas, has a subject of its own and is a parenthesis
    of the passive verb (or the root, with the passive clause before it its complement);
    "by" comes right after the closing comma, and the passive verb has no "by" agent yet.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = "convoy was attacked , witnesses said , by gunmen".split()
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[2, 2, 2, 5, 5, 2, 5, 5, 7],
    ...           deps=["nsubjpass", "auxpass", "ROOT", "punct", "nsubj", "parataxis", "punct",
    ...                 "prep", "pobj"], pos=["NOUN", "AUX", "VERB", "PUNCT", "NOUN", "VERB",
    ...                 "PUNCT", "ADP", "NOUN"], tags=["NN", "VBD", "VBN", ",", "NNS", "VBD", ",",
    ...                 "IN", "NNS"], lemmas=["convoy", "be", "attack", ",", "witness", "say",
    ...                 ",", "by", "gunman"])
    >>> _agent_after_aside(doc[7])
    >>> doc[7].head.text, doc[7].dep_
    ('attacked', 'agent')
    """
    saying = by.head
    speaker = next((c for c in kids(saying) if c.dep_ == NSUBJ and c.i < saying.i), None)
    if (saying.lemma_.lower() not in REPORTING_VERBS or by.i < saying.i or by.i < 1
            or by.doc[by.i - 1].text != "," or speaker is None or speaker.left_edge.i < 1
            or by.doc[speaker.left_edge.i - 1].text != ","):
        return
    if saying.dep_ == PARATAXIS:
        passive = saying.head
    else:
        passive = next((c for c in kids(saying) if c.dep_ == CCOMP and c.i < saying.i), None)
    if (passive is None or passive.i > saying.i or passive.tag_ != "VBN"
            or not any(c.dep_ == AUXPASS for c in kids(passive))
            or any(c.dep_ == AGENT or c.lower_ == "by" for c in kids(passive))):
        return
    by.head, by.dep_ = passive, AGENT


def _agent_after_target(by: Token) -> None:
    """Hang on an event noun a "by" phrase naming a doer that the parser hung on the
    noun the event acts on: "an attack on a military checkpoint by Islamic State
    militants" (the militants attacked, the checkpoint did nothing), "an assault on the
    palace by RSF fighters", "a campaign against the cartels by the army". The event noun
    is one of the event lexicon or names a verb, its "on", "against" or "of" phrase ends
    right before "by", and has no "by" phrase of its own; the noun acted on is no event
    noun, has no "of" phrase and no ending of one ("a ruling on the prorogation of
    parliament by the Queen" stays); a "by" of place or means ("by the river", "by 5
    percent") names no doer and stays.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = "an attack on the embassy by Taliban fighters".split()
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 4, 2, 4, 7, 5],
    ...           deps=["det", "ROOT", "prep", "det", "pobj", "prep", "compound", "pobj"],
    ...           pos=["DET", "NOUN", "ADP", "DET", "NOUN", "ADP", "PROPN", "NOUN"],
    ...           lemmas=["an", "attack", "on", "the", "embassy", "by", "Taliban",
    ...                   "fighter"], ents=["O"] * 6 + ["B-ORG", "O"])
    >>> _agent_after_target(doc[5])
    >>> doc[5].head.text
    'attack'
    """
    target = by.head
    prep = target.head
    event = prep.head
    if (target.dep_ != POBJ or target.pos_ not in ("NOUN", "PROPN")
            or prep.lower_ not in EVENT_TARGET_PREPS or event.pos_ != "NOUN"
            or not event.i < prep.i < target.i < by.i
            or any(c.lower_ == "by" for c in kids(event))
            or not all(target.is_ancestor(t) for t in target.doc[target.i + 1:by.i])):
        return
    lexicon = default_lexicon()
    event_lemma = event.lemma_.lower()
    if not (lexicon.is_event_noun(event_lemma) or verb_of(event_lemma) is not None):
        return
    target_lemma = target.lemma_.lower()
    if (lexicon.is_event_noun(target_lemma) or verb_of(target_lemma) is not None
            or target_lemma.endswith(_EVENT_ENDINGS)
            or any(c.dep_ == PREP and c.lower_ == "of" for c in kids(target))):
        return
    if _names_doer(by):
        by.head = event


def _after_have(verb: Token) -> bool:
    """Whether the nearest auxiliary before ``verb`` is a form of "have" (a perfect:
    "have not overrun Goma"), so that the verb is a past participle."""
    aux = [c for c in verb.lefts if c.dep_ == AUX]
    return bool(aux) and aux[-1].lemma_.lower() == "have"


def _intention_infinitive_read_as_purpose(infinitive: Token) -> None:
    """Hang the infinitive of an intention noun inside a preposition's phrase back on the
    noun, when the parser made it a purpose clause of the verb: "Germany expels Iranian
    diplomats over Iran's alleged plot to kill dissidents" ("to kill" an adverbial clause of
    "expels": Germany killed no one; it is the plot's, Iran's). The noun
    (:data:`~extract.lexicon.INTENTION_NOUNS`, with a possessor or a determiner) is the
    object of a preposition on the verb or on its object, and its "to" follows it right
    away; the infinitive becomes its clause (``acl``).

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["Germany", "expels", "envoys", "over", "Iran", "plot", "to", "kill", "exiles"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 2, 5, 3, 7, 1, 7],
    ...           deps=["nsubj", "ROOT", "dobj", "prep", "poss", "pobj", "aux", "advcl",
    ...                 "dobj"],
    ...           pos=["PROPN", "VERB", "NOUN", "ADP", "PROPN", "NOUN", "PART", "VERB",
    ...                "NOUN"],
    ...           lemmas=["Germany", "expel", "envoy", "over", "Iran", "plot", "to", "kill",
    ...                   "exile"])
    >>> _intention_infinitive_read_as_purpose(doc[7])
    >>> doc[7].dep_, doc[7].head.text
    ('acl', 'plot')
    """
    doc, verb = infinitive.doc, infinitive.head
    if (infinitive.i < 2 or doc[infinitive.i - 1].lower_ != "to" or not to_infinitive(infinitive)
            or verb.i > infinitive.i):
        return
    noun = doc[infinitive.i - 2]
    if (noun.pos_ != "NOUN" or noun.lemma_.lower() not in INTENTION_NOUNS or noun.dep_ != POBJ
            or not any(c.dep_ in (POSS, DET) for c in kids(noun))):
        return
    prep = noun.head
    if prep.dep_ != PREP or not (prep.head.i == verb.i or (
            prep.head.head.i == verb.i and prep.head.dep_ in (DOBJ, NSUBJPASS))):
        return
    infinitive.head, infinitive.dep_ = noun, ACL


#: Clause dependencies a parser gives the infinitive of a control verb it read as a noun.
_NOUN_CLAUSE_DEPS = frozenset({ACL, RELCL, XCOMP, ADVCL})


def _named_or_plural(noun: Token) -> bool:
    """Whether a noun may be the subject of a plural present-tense verb: a proper noun
    ("the Houthis", "the Taliban") or a plural common noun ("rebels")."""
    return noun.pos_ == "PROPN" or noun.tag_ in PLURAL_NOUN_TAGS


def _control_verb_read_as_noun(root: Token) -> Token:
    """Re-read a summary's control verb after a plural or named subject that the small model
    read as a singular noun, and return the sentence's root.

    "The Houthis vow to continue attacks on ships" is parsed with "vow" a noun, the subject
    its compound and the infinitive its clause ("vow" the root), or with "vow" the subject
    of the infinitive, which is the root; "The Taliban promise to protect X" with "promise"
    a noun root whose subject is "Taliban". A sentence whose root is such a noun or a bare
    infinitive has no verb of its own: the noun (:data:`~extract.lexicon.NOUN_SPELT_CONTROL_VERBS`,
    tagged NN, right before the infinitive's "to") is the verb (tag VBP), the name or plural
    noun right before it its subject, the infinitive its complement (``xcomp``). Not with a
    possessor or a determiner of the noun's own ("Hamas's pledge to free X.", "A plan to
    build X." stay nouns), nor after a singular common noun ("The peace plan to end X.").

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["The", "Houthis", "vow", "to", "continue", "attacks"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[2, 2, 4, 4, 4, 4],
    ...           deps=["det", "compound", "nsubj", "aux", "ROOT", "dobj"],
    ...           pos=["DET", "PROPN", "NOUN", "PART", "VERB", "NOUN"],
    ...           tags=["DT", "NNP", "NN", "TO", "VB", "NNS"],
    ...           lemmas=["the", "Houthis", "vow", "to", "continue", "attack"])
    >>> _control_verb_read_as_noun(doc[4]).text
    'vow'
    >>> [(t.text, t.dep_, t.head.text) for t in doc[:5]]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('The', 'det', 'Houthis'), ('Houthis', 'nsubj', 'vow'), ('vow', 'ROOT', 'vow'),
     ('to', 'aux', 'continue'), ('continue', 'xcomp', 'vow')]
    """
    doc = root.doc
    if root.tag_ == "VB" and root.i >= 2 and doc[root.i - 1].lower_ == "to":
        # the infinitive is the root, the noun its subject
        noun, infinitive = doc[root.i - 2], root
        if noun.dep_ != NSUBJ or noun.head.i != root.i:
            return root
    elif root.tag_ == "NN" and root.i + 2 < len(doc):
        noun, infinitive = root, doc[root.i + 2]
        if (infinitive.head.i != noun.i or infinitive.dep_ not in _NOUN_CLAUSE_DEPS
                or infinitive.tag_ != "VB"):
            return root
    else:
        return root
    if (noun.tag_ != "NN" or noun.lemma_.lower() not in NOUN_SPELT_CONTROL_VERBS
            or not to_infinitive(infinitive) or doc[noun.i + 1].head.i != infinitive.i):
        return root
    lefts = [c for c in kids(noun) if c.i < noun.i]
    subject = next((c for c in lefts if c.i == noun.i - 1 and c.dep_ in (COMPOUND, NSUBJ)
                    and _named_or_plural(c)), None)
    if (subject is None or any(c.dep_ == POSS for c in lefts)
            or any(c.dep_ not in (DET, COMPOUND, NSUBJ) for c in lefts)
            or any(c.dep_ == DET and c.i > subject.left_edge.i for c in lefts)):
        return root
    for word in lefts:
        if word.i != subject.i:
            word.head = subject  # "The Houthis": the subject's determiner
    if noun.head.i != noun.i:
        for punct in [c for c in kids(infinitive) if c.dep_ == PUNCT and c.i > noun.i]:
            punct.head = noun
        noun.head, noun.dep_ = noun, ROOT
    infinitive.head, infinitive.dep_ = noun, XCOMP
    subject.dep_ = NSUBJ
    noun.pos_, noun.tag_ = "VERB", "VBP"
    return noun


def _present_verb(root: Token) -> None:
    """Re-read a summary's present-tense verb parsed as a plural noun: "An Indian court
    sentences five militants to death", "Mary Fallin issues a stay of X", "Amnesty
    demands that Bahrain release X" (the small model tags the verb NNS; the tree is a
    verb's). A plural noun at the root with a subject before it, no determiner or
    possessor, and a direct object, a preposition or a "that" clause after it is the
    verb (tag VBZ, its lemma the noun's); the "that" clause becomes its complement."""
    if root.tag_ != "NNS" or root.dep_ != ROOT or not root.lower_.endswith("s"):
        return
    children = list(kids(root))
    if not any(t.pos_ in ("VERB", "AUX") for t in root.sent if t.i < root.i):
        # a sentence with no verb before it: "A Cairo court sentences former President
        # Mohamed Morsi to death" parsed as one noun phrase, the subject a compound
        # of the root and the object in apposition to it (a verb later on is a clause
        # of its own: "Milei fires Economy Minister Luis Caputo and names X to replace
        # him")
        before = [c for c in children if c.dep_ == COMPOUND and c.i == root.i - 1
                  and c.pos_ in ("NOUN", "PROPN")]
        after = [c for c in children if c.dep_ in (APPOS, NPADVMOD) and c.i > root.i]
        if before and after:
            before[0].dep_, after[0].dep_ = NSUBJ, DOBJ
            for det in [c for c in children if c.dep_ in (DET, POSS) and c.i < before[0].i]:
                det.head = before[0]  # "A Cairo court": the subject's determiner
            children = list(kids(root))
    # (a noun's own determiner or possessor says it is a noun: "its transits")
    if not any(c.dep_ == NSUBJ and c.i < root.i for c in children) or any(
            c.dep_ in (DET, POSS) for c in children):
        return
    clauses = [c for c in children if c.dep_ == ACL and c.i > root.i
               and any(m.dep_ == MARK and m.lower_ == "that" for m in kids(c))]
    # "Lai transits through New York without meeting X": a preposition after it will do
    if not clauses and not any(c.dep_ in (DOBJ, PREP) and c.i > root.i
                               for c in children):
        return
    root.pos_, root.tag_ = "VERB", "VBZ"
    for clause in clauses:
        clause.dep_ = CCOMP


def _base_verb(root: Token) -> None:
    """Re-read a summary's present-tense verb after a plural subject parsed as a singular
    noun: "Kenyan police arrest opposition leader X in Nairobi", "Spanish National Police
    arrest X, the leader of Y", "Protesters in Tbilisi storm the parliament building" (the
    small model tags the verb NN and makes it the root, the subject its compound or its
    subject, and the object its direct object). A noun takes no direct object: a singular
    noun at the root, spelt as a verb of the event vocabulary, with no determiner or
    possessor and a direct object after it, is the verb (tag VBP); a noun right before it
    that is its compound becomes its subject (the words before that noun the subject's).
    So does the compound of a present-tense verb the tagger saw ("Czech police charges
    Prague city councillor X": a verb has no compound)."""
    verb = root.pos_ == "VERB" and root.tag_ in ("VBZ", "VBP")
    if (not (verb or root.tag_ == "NN") or root.dep_ != ROOT
            or root.lemma_.lower() not in verb_vocabulary()
            or not any(c.dep_ == DOBJ and c.i > root.i for c in root.children)):
        return
    lefts = list(root.lefts)
    if any(c.dep_ in (DET, POSS, NUMMOD) for c in lefts):
        return
    if not any(c.dep_ in (NSUBJ, NSUBJPASS, EXPL, CSUBJ) for c in lefts):
        subject = lefts[-1] if lefts else None
        if (subject is None or subject.i != root.i - 1 or subject.dep_ != COMPOUND
                or subject.pos_ not in ("NOUN", "PROPN")):
            return
        subject.dep_ = NSUBJ
        for word in lefts[:-1]:  # "The border police arrest": the subject's words
            word.head = subject
    if not verb:
        root.pos_, root.tag_ = "VERB", "VBP"


def _verb_in_name_phrase(root: Token) -> None:
    """Re-read a summary sentence the parser made one noun phrase ending in its object's
    name: "Latvia's security service arrests Riga city councillor X", "Spanish National
    Police arrest X, the head of Y" (the verb a compound of the name, the subject a
    compound or subject of the verb). A word spelt as a verb of the event vocabulary that
    is a compound of a name at the root (or of one of its compounds), with a subject of
    its own ("Police arrest") or in "-s" (tagged NNS or VBZ: "service arrests") with a
    noun compound right before it, is the verb: it becomes the root, the noun before it
    its subject (with the determiner or possessor before that noun) and the name its
    direct object."""
    if root.dep_ != ROOT or root.pos_ != "PROPN":
        return
    verb = next((t for t in root.doc[root.left_edge.i:root.i] if t.dep_ == COMPOUND
                 and t.tag_ in ("NN", "NNS", "VBZ", "VBP") and _compound_of(t, root)
                 and t.lemma_.lower() in verb_vocabulary()), None)
    if verb is None or any(c.dep_ in (DET, POSS, NUMMOD) and c.i > verb.i
                           for c in root.lefts):
        return
    lefts = list(verb.lefts)
    subject = next((c for c in lefts if c.dep_ == NSUBJ), None)
    if subject is None and verb.tag_ in ("NNS", "VBZ") and verb.lower_.endswith("s") and lefts:
        subject = lefts[-1]
        if (subject.i != verb.i - 1 or subject.dep_ != COMPOUND
                or subject.pos_ not in ("NOUN", "PROPN")):
            return
    if subject is None:
        return
    verb.head = verb  # the root first: the tree must stay a tree
    root.head = verb
    verb.dep_, root.dep_, subject.dep_ = ROOT, DOBJ, NSUBJ
    verb.pos_, verb.tag_ = "VERB", "VBZ" if verb.tag_ in ("NNS", "VBZ") else "VBP"
    for word in lefts:
        if word.i < subject.i:  # "Latvia's security service arrests": the subject's words
            word.head = subject
    for child in [c for c in root.rights if c.dep_ == PUNCT and c.i == root.sent.end - 1]:
        child.head = verb


def _compound_of(token: Token, name: Token) -> bool:
    """Whether ``token`` is a compound of ``name`` or of a compound of it, and so on."""
    while token.dep_ == COMPOUND and token.head.i != token.i:
        token = token.head
        if token.i == name.i:
            return True
    return False


def _verb_before_claims(root: Token) -> None:
    """Re-read a headline's "X rejects claims that ..." parsed as a noun "X rejects" and
    a verb "claims": "Russia rejects claims that it bombed the hospital", "Iran dismisses
    reports that it armed the Houthis" (the small model makes the plural verb a noun with
    the name as its compound, and the claim noun the verb). The plural before a claim
    noun of :data:`~extract.lexicon.CLAIM_NOUNS` tagged VBZ, with a name as its
    compound and a clause after the claim noun, becomes the verb (VBZ, the root), the
    name its subject, the claim noun its object and the clause the noun's.

    The verb may also be tagged VBZ with the name as its own subject ("Iran rejects claims
    that it supplied drones", "Moscow rejects claims that ..."), and the name may have its
    article ("The Kremlin rejects claims that ...", the article hung on the verb)."""
    subject = next((c for c in kids(root) if c.dep_ == NSUBJ), None)
    if (root.tag_ != "VBZ" or root.lemma_.lower() not in CLAIM_NOUNS or subject is None
            or subject.i != root.i - 1 or subject.tag_ not in ("NNS", "VBZ")
            or not subject.lower_.endswith("s")):
        return
    names = [c for c in kids(subject) if c.i == subject.i - 1 and c.pos_ == "PROPN"
             and (c.dep_ == COMPOUND or (c.dep_ == NSUBJ and subject.tag_ == "VBZ"))]
    clauses = [c for c in kids(root) if c.dep_ == CCOMP and c.i > root.i]
    # an article before the name is the name's ("The Kremlin"); any other is the noun's
    if not names or not clauses or any(
            c.dep_ == POSS or (c.dep_ == DET and c.i > names[-1].i)
            for c in kids(subject)):
        return
    verb = subject
    verb.head = verb  # the root first: the tree must stay a tree
    root.head = verb
    for child in [c for c in kids(root) if c.dep_ == PUNCT]:
        child.head = verb
    for article in [c for c in kids(verb) if c.dep_ == DET]:
        article.head = names[-1]
    verb.pos_, verb.tag_, verb.dep_ = "VERB", "VBZ", ROOT
    root.pos_, root.tag_, root.dep_ = "NOUN", "NNS", DOBJ
    names[-1].dep_ = NSUBJ
    for clause in clauses:
        clause.dep_ = ACL


def _article_compounds(doc: Doc) -> None:
    """Re-read "a minerals deal" parsed as a plural noun and a verb ("minerals deal").

    An article takes no plural noun: in "signed a minerals deal with X" the small model
    makes "minerals" a subject (or object) and "deal" its verb. The "verb" after "a"/"an"
    and a plural noun is the head noun: it takes the phrase's place (the object of the
    verb above it), the plural noun becomes its compound and the article its determiner.
    """
    tags = doc.to_array([TAG]).reshape(-1)
    plural = doc.vocab.strings["NNS"]
    for i in numpy.nonzero(tags == plural)[0].tolist():
        if i < 1 or i + 1 >= len(doc):
            continue
        noun, tok = doc[i], doc[i + 1]
        if tok.pos_ != "VERB" or tok.tag_ not in ("VB", "VBP"):
            continue
        article = noun.left_edge  # "a long-awaited minerals deal"
        if (article.lower_ not in ("a", "an") or article.head.i != noun.i
                or noun.head.i not in (tok.i, noun.i) and noun.dep_ != DOBJ):
            continue
        above = tok.head if noun.head.i == tok.i else noun.head
        # (never under itself: the tree must stay a tree)
        if above.i == tok.i or above.pos_ not in ("VERB", "AUX") or tok.is_ancestor(above):
            continue
        tok.pos_, tok.tag_, tok.dep_ = "NOUN", "NN", DOBJ
        tok.head = above
        noun.head, noun.dep_ = tok, COMPOUND
        article.head = tok


#: Entity types of a name that can be a clause's subject.
_SUBJECT_TYPES = frozenset({"ORG", "GPE", "PERSON", "NORP"})


def _name_as_subject(name: Token) -> None:
    """Make a subject of a name the parser read as an adverbial noun or a modifier of
    the verb right after it ("FIFA suspended the federation" parsed with "FIFA" an
    npadvmod, "FIFA reinstated the federation" with it an advmod, "Armenia and Azerbaijan
    sign a treaty" with "Armenia" an nmod, "FIFA will not suspend X" with only the
    auxiliaries and negation between): a finite verb (or one with a finite auxiliary) with
    no subject of its own, a name of an actor's type (a date is no subject). Before a
    passive auxiliary ("Ukraine was sent tanks by Germany") the name is the passive
    subject, whom the "by" agent acts on, not its doer."""
    verb = name.head
    if (name.ent_type_ in _SUBJECT_TYPES and verb.pos_ == "VERB"
            and (verb.tag_ in FINITE_VERB_TAGS or _finite_auxiliary(verb))
            and _only_auxiliaries_between(name, verb)
            and not any(c.dep_ in (NSUBJ, NSUBJPASS, EXPL, CSUBJ)
                        for c in kids(verb))):
        name.dep_ = NSUBJPASS if any(c.dep_ == AUXPASS for c in kids(verb)) else NSUBJ


def _unknown_name_read_as_adverb(word: Token) -> None:
    """Make a proper noun of a capitalised word the tagger did not know and tagged as an
    adverb before the verb ("Toretsk could sue the carmakers", "Novocherkassk has not
    sued X": "Toretsk" an RB, the verb's subject or its advmod); read as an adverb of
    the verb, it is the subject of a finite verb with none, only auxiliaries, negation
    and adverbs between. No word of the lemmatizer's English is taken ("Meanwhile",
    "Yesterday", "Separately" stay adverbs).

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("Novocherkassk has not sued Kia", '''
    ...     3 advmod ADV Novocherkassk RB
    ...     3 aux AUX has VBZ
    ...     3 neg PART not RB
    ...     3 ROOT VERB sued VBN
    ...     3 dobj PROPN Kia NNP''', ents={"Kia": "ORG"})
    >>> _unknown_name_read_as_adverb(doc[0])
    >>> doc[0].dep_, doc[0].tag_, doc[0].pos_
    ('nsubj', 'NNP', 'PROPN')
    >>> doc = parse("Meanwhile troops shelled Kia", '''
    ...     3 advmod ADV Meanwhile RB
    ...     3 nsubj NOUN troops NNS
    ...     3 ROOT VERB shelled VBD
    ...     3 dobj PROPN Kia NNP''', ents={"Kia": "ORG"})
    >>> _unknown_name_read_as_adverb(doc[0])
    >>> doc[0].dep_, doc[0].tag_
    ('advmod', 'RB')
    """
    verb = word.head
    if (word.tag_ != "RB" or word.dep_ not in (NSUBJ, ADVMOD) or not word.is_alpha
            or not word.text[:1].isupper() or word.text.isupper() or word.i > verb.i
            or verb.pos_ not in ("VERB", "AUX") or word.n_lefts or word.n_rights):
        return
    known = known_words()
    if not known or english_word(word.lower_, known):
        return
    if word.dep_ == ADVMOD:
        if not ((verb.tag_ in FINITE_VERB_TAGS or _finite_auxiliary(verb))
                and _only_auxiliaries_between(word, verb)
                and not any(c.dep_ in (NSUBJ, NSUBJPASS, EXPL, CSUBJ) for c in kids(verb))):
            return
        word.dep_ = NSUBJPASS if any(c.dep_ == AUXPASS for c in kids(verb)) else NSUBJ
    word.tag_, word.pos_ = "NNP", "PROPN"


def _finite_auxiliary(verb: Token) -> bool:
    """Whether a verb's clause is finite through an auxiliary before it ("will suspend",
    "has banned")."""
    return any(c.dep_ in (AUX, AUXPASS) and (c.tag_ == "MD" or c.tag_ in FINITE_VERB_TAGS)
               and c.i < verb.i
               for c in kids(verb))


def _only_auxiliaries_between(name: Token, verb: Token) -> bool:
    """Whether nothing but the verb's auxiliaries, negation and adverbs stands between a
    name's phrase and the verb: "FIFA suspended", "FIFA will not suspend", "FIFA will no
    longer suspend" (the name then opens the clause as its subject).

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("FIFA will no longer suspend Russia", '''
    ...     4 advmod PROPN FIFA NNP
    ...     4 aux AUX will MD
    ...     3 advmod ADV no RB
    ...     4 advmod ADV longer RB
    ...     4 ROOT VERB suspend VB
    ...     4 dobj PROPN Russia NNP''', ents={"FIFA": "ORG", "Russia": "GPE"})
    >>> _only_auxiliaries_between(doc[0], doc[4])
    True
    >>> doc = parse("FIFA , he said , will suspend Russia", '''
    ...     6 advmod PROPN FIFA NNP
    ...     3 punct PUNCT , ,
    ...     3 nsubj PRON he PRP
    ...     6 parataxis VERB say VBD
    ...     3 punct PUNCT , ,
    ...     6 aux AUX will MD
    ...     6 ROOT VERB suspend VB
    ...     6 dobj PROPN Russia NNP''', ents={"FIFA": "ORG", "Russia": "GPE"})
    >>> _only_auxiliaries_between(doc[0], doc[6])
    False
    """
    for token in name.doc[name.right_edge.i + 1:verb.i]:
        top = token
        while top.head.i != verb.i and top.head is not top:
            top = top.head
        if top.head.i != verb.i or top.dep_ not in (AUX, AUXPASS, NEG, ADVMOD):
            return False
    return True


def _reported_subject_read_as_object(name: Token) -> None:
    """Give the reported clause back its subject, which the parser read as the object of
    the verb of saying: "Researchers said Sandworm, having hacked Ukrenergo months
    earlier, waited ..." parsed with "Sandworm" the object of "said", "having hacked" and
    "waited" two clauses of "said" (so that the researchers hacked Ukrenergo). The verb of
    saying takes no addressee (:data:`~extract.lexicon.CLAUSE_SAYING_VERBS`: "say"); the name
    comes right after it and a comma after the name; the clause is a finite verb of the
    verb of saying after a second comma, with no subject of its own. The name becomes its
    subject, and the participles between the commas its adjuncts.

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("Analysts said Hamas , having fired rockets , agreed", '''
    ...     1 nsubj NOUN analyst NNS
    ...     1 ROOT VERB say VBD
    ...     1 dobj PROPN Hamas NNP
    ...     1 punct PUNCT , ,
    ...     5 aux AUX have VBG
    ...     1 advcl VERB fire VBN
    ...     5 dobj NOUN rocket NNS
    ...     1 punct PUNCT , ,
    ...     1 advcl VERB agree VBD''', ents={"Hamas": "ORG"})
    >>> _reported_subject_read_as_object(doc[2])
    >>> doc[2].head.text, doc[2].dep_, doc[5].head.text, doc[8].dep_
    ('agreed', 'nsubj', 'agreed', 'ccomp')
    """
    saying = name.head
    doc = name.doc
    end = name.right_edge.i + 1
    if (name.dep_ not in (DOBJ, NPADVMOD) or name.pos_ != "PROPN"
            or name.ent_type_ in NON_PARTICIPANT_TYPES
            or saying.lemma_.lower() not in CLAUSE_SAYING_VERBS
            or name.left_edge.i != saying.i + 1 or end >= len(doc) or doc[end].text != ","):
        return
    finite = ("VBD", "VBZ", "VBP", "MD")

    def is_finite(verb: Token) -> bool:
        return verb.tag_ in finite or any(a.dep_ in (AUX, AUXPASS) and a.tag_ in finite
                                          for a in kids(verb))

    # (or coordinated with the participle: "said Lazarus, having breached X, waited")
    clause = next((c for c in kids(saying) if c.dep_ in (CCOMP, ADVCL) and c.i > end
                   and is_finite(c)), None) or next(
        (c for a in kids(saying) if a.dep_ == ADVCL and a.i > end and a.tag_ in ("VBN", "VBG")
         for c in kids(a) if c.dep_ == CONJ and is_finite(c)), None)
    if (clause is None or clause.left_edge.i < 1 or doc[clause.left_edge.i - 1].text != ","
            or any(c.dep_ in (NSUBJ, NSUBJPASS, EXPL) for c in kids(clause))):
        return
    start = clause.left_edge.i
    if clause.dep_ == CONJ:
        clause.head = saying
        start = clause.i
    for adjunct in kids(saying):
        if adjunct.dep_ == ADVCL and end < adjunct.i < start:
            adjunct.head = clause
    name.head, name.dep_ = clause, NSUBJ
    clause.dep_ = CCOMP


def _subject_before_aside(subject: Token) -> None:
    """Give back to the clause's verb the subject the parser hung on a verb of saying set
    off by commas after it: "Russian forces, Ukraine's military said, shelled Kherson"
    parsed with "forces" a second subject of "said" (a parenthesis of "shelled") and
    "shelled" left with none. The subject ends right before the first comma; the speaker,
    the other subject, stands between the commas; the verb after the closing comma has no
    subject of its own.

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("forces , military said , shelled Kherson", '''
    ...     3 nsubj NOUN force NNS
    ...     0 punct PUNCT , ,
    ...     3 nsubj NOUN military NN
    ...     5 parataxis VERB say VBD
    ...     3 punct PUNCT , ,
    ...     5 ROOT VERB shell VBD
    ...     5 dobj PROPN Kherson NNP''', ents={"Kherson": "GPE"})
    >>> _subject_before_aside(doc[0])
    >>> doc[0].head.text, doc[0].dep_
    ('shelled', 'nsubj')
    """
    saying = subject.head
    if (subject.dep_ != NSUBJ or saying.lemma_.lower() not in REPORTING_VERBS
            or saying.dep_ != PARATAXIS or saying.i < subject.i):
        return
    verb = saying.head
    doc = subject.doc
    speakers = [c for c in kids(saying) if c.dep_ == NSUBJ and c.i != subject.i]
    # ... or read as the subject's apposition right before the verb of saying ("Israeli
    # jets, Lebanon's health ministry said, struck X": an apposition is closed by a comma)
    told = [c for c in kids(subject) if c.dep_ == APPOS and c.right_edge.i == saying.i - 1]
    if not speakers and len(told) == 1:
        speakers = told
    if len(speakers) != 1:
        return
    spoken = range(speakers[0].left_edge.i, speakers[0].right_edge.i + 1)
    # (the commas may hang on the subject and on the verb of saying)
    comma = max(t.i for t in subject.subtree if not t.is_punct and t.i not in spoken) + 1
    closing = max(t.i for t in saying.subtree if not t.is_punct and t.i not in spoken
                  and not subject.left_edge.i <= t.i <= subject.right_edge.i) + 1
    if (verb.pos_ not in ("VERB", "AUX") or verb.i < saying.i
            or comma >= len(doc) or doc[comma].text != ","
            or not comma < speakers[0].left_edge.i <= speakers[0].i < saying.i
            or closing >= len(doc) or doc[closing].text != "," or closing > verb.i
            or any(c.dep_ in (NSUBJ, NSUBJPASS, EXPL) for c in kids(verb))):
        return
    subject.head = verb
    if speakers[0].dep_ == APPOS:
        speakers[0].head, speakers[0].dep_ = saying, NSUBJ


def _second_subjects(doc: Doc, subjects: list[int]) -> None:
    """Attach a verb's second subject to the noun it follows ("in French capital Paris").

    In "The roof of the cathedral in French capital Paris caught fire" the small
    model makes both "roof" and "Paris" subjects of "caught": a name right
    after a noun inside the first subject's phrase names that noun, so it
    becomes its apposition and "the roof" alone caught fire.
    """
    first: dict[int, Token] = {}
    for i in subjects:
        token = doc[i]
        earlier = first.setdefault(token.head.i, token)
        start = token.left_edge.i  # a name of several words: "the tanker Stena Impero"
        if earlier.i == i or start == 0:
            continue
        before = doc[start - 1]
        if (token.pos_ == "PROPN" and all(t.pos_ == "PROPN" for t in doc[start:i + 1])
                and before.pos_ in ("NOUN", "PROPN")
                and earlier.left_edge.i <= before.i <= earlier.right_edge.i):
            token.head = before
            token.dep_ = APPOS


#: Dependencies through which a fronted -ing word hangs on the noun after it.
_MODIFIER_DEPS = frozenset({AMOD, COMPOUND})


def _fronted_gerund_subject(subject: Token) -> None:
    """Re-read a sentence-initial -ing word the parser hung on the noun phrase after it as
    a modifier, when that phrase is a subject of a verb that has another subject after a
    comma: "Meeting Chinese leader Xi Jinping in San Francisco, U.S. President Joe Biden
    agreed to ..." ("Meeting" an amod of "leader", "Xi Jinping" and "Biden" two subjects of
    "agreed"), "Striking General Motors, Ford and Stellantis on Friday, the United Auto
    Workers said ..." ("Striking" taken into the name). The -ing word is a fronted
    participle (advcl of the verb) with the phrase its object, and leaves any name it was
    taken into. Its verb is the tagger's lemma or one of the vocabulary
    (:func:`_gerund_lemma`); "Visiting professor Ann Lee, a chemist, said" (one subject)
    stays.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = "Meeting Xi , Biden agreed".split()
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 4, 4, 4, 4],
    ...           deps=["amod", "nsubj", "punct", "nsubj", "ROOT"],
    ...           pos=["VERB", "PROPN", "PUNCT", "PROPN", "VERB"],
    ...           tags=["VBG", "NNP", ",", "NNP", "VBD"],
    ...           lemmas=["meet", "Xi", ",", "Biden", "agree"])
    >>> _fronted_gerund_subject(doc[1])
    >>> doc[0].dep_, doc[0].head.text, doc[1].dep_, doc[1].head.text
    ('advcl', 'agreed', 'dobj', 'Meeting')
    """
    verb = subject.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i < subject.i:
        return
    first = subject.left_edge
    # (the word's ending first: a token's sentence is found by a scan of the Doc)
    if not first.lower_.endswith("ing") or first.i == subject.i or first.i != first.sent.start:
        return
    word = first
    while word.dep_ in _MODIFIER_DEPS and word.head.i != subject.i:
        word = word.head
    if first.dep_ not in _MODIFIER_DEPS or word.dep_ not in _MODIFIER_DEPS or any(kids(first)):
        return
    end = subject.right_edge.i
    others = [c for c in kids(verb) if c.dep_ == NSUBJ and c.i > end]
    if not others or not any(t.text == "," for t in subject.doc[end + 1:others[0].left_edge.i]):
        return
    lemma = _gerund_lemma(first) if first.tag_ != "VBG" else first.lemma_.lower()
    if lemma is None or lemma == first.lower_:
        return
    if first.ent_iob_ != "O":
        doc = first.doc
        doc.ents = [Span(doc, first.i + 1, e.end, label=e.label_) if e.start == first.i else e
                    for e in doc.ents
                    if not (e.start == first.i and e.end == first.i + 1)]
    first.head, first.dep_ = verb, ADVCL
    first.pos_, first.tag_, first.lemma_ = "VERB", "VBG", lemma
    subject.head, subject.dep_ = first, DOBJ


#: Dependencies of a name that a trailing -ing word was taken into, on the verb before it
#: (also the parser's unlabelled one: "..., expelling chargé d'affaires X").
_TAKEN_OBJECT_DEPS = frozenset({DOBJ, NPADVMOD, "dep"})


def _titled_name(noun: Token) -> bool:
    """Whether a common noun is a title that a person's name right after it is in
    apposition to: "chargé d'affaires Viktor Kaminsky" parsed with the title as head."""
    return noun.pos_ == "NOUN" and any(
        c.dep_ == APPOS and c.pos_ == "PROPN" and c.left_edge.i == noun.i + 1
        for c in noun.rights)


def _gerund_complement_read_as_modifier(obj: Token) -> None:
    """Re-read the gerund complement of a verb (:data:`GERUND_COMPLEMENT_VERBS`) that the
    tagger took for a modifier of its object's name or for a noun: "Toyota denied
    shielding Honda" ("shielding" a compound of "Honda", Honda the object of "denied"),
    "the Commission denied snubbing Meta" ("snubbing" a noun). The gerund, right after the
    verb, is its complement (xcomp) with the name its direct object; its verb is the
    tagger's lemma or the spelling's (:func:`_gerund_lemma`). A common noun object
    ("denied wrongdoing allegations") stays, but for a bare plural after a verb of denial
    and a gerund of an event verb tagged as one: "Islamabad denies striking civilians"
    (:func:`_denied_act_on_people`).

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = "Toyota denied shielding Honda".split()
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 3, 1],
    ...           deps=["nsubj", "ROOT", "compound", "dobj"],
    ...           pos=["PROPN", "VERB", "VERB", "PROPN"], tags=["NNP", "VBD", "VBG", "NNP"],
    ...           lemmas=["Toyota", "deny", "shield", "Honda"])
    >>> _gerund_complement_read_as_modifier(doc[3])
    >>> doc[2].dep_, doc[2].head.text, doc[3].dep_, doc[3].head.text
    ('xcomp', 'denied', 'dobj', 'shielding')
    """
    verb, doc = obj.head, obj.doc
    if obj.pos_ not in ("PROPN", "NOUN") or verb.i + 1 >= len(doc) or verb.i > obj.i:
        return
    gerund = doc[verb.i + 1]
    if verb.dep_ == XCOMP and verb.pos_ == "NOUN" and verb.lower_.endswith("ing") \
            and verb.head.lemma_.lower() in GERUND_COMPLEMENT_VERBS and verb.head.i == verb.i - 1:
        # "denied snubbing Meta": the gerund tagged as a noun, its object already its own
        lemma = _gerund_lemma(verb)
        if lemma is not None:
            verb.pos_, verb.tag_, verb.lemma_ = "VERB", "VBG", lemma
        return
    if (verb.pos_ != "VERB" or verb.lemma_.lower() not in GERUND_COMPLEMENT_VERBS
            or not gerund.lower_.endswith("ing") or gerund.dep_ not in _MODIFIER_DEPS
            or any(kids(gerund)) or obj.left_edge.i != gerund.i):
        return
    lemma = _gerund_lemma(gerund)
    if lemma is None or lemma == gerund.lower_:
        return
    if obj.pos_ != "PROPN" and not _denied_act_on_people(verb, gerund, obj, lemma):
        return
    if gerund.ent_iob_ != "O":
        doc.ents = [Span(doc, gerund.i + 1, e.end, label=e.label_) if e.start == gerund.i else e
                    for e in doc.ents if not (e.start == gerund.i and e.end == gerund.i + 1)]
    gerund.head, gerund.dep_ = verb, XCOMP
    gerund.pos_, gerund.tag_, gerund.lemma_ = "VERB", "VBG", lemma
    obj.head, obj.dep_ = gerund, DOBJ
    # "Iran denied supplying missiles to the Houthis", "to" hung on "denied": the
    # prepositions after the object are the gerund's, as where the parser reads the gerund
    # itself (:func:`_denied_gerund_read_as_modifier`); nothing is denied "to" anyone
    for prep in [c for c in kids(verb) if c.dep_ in (PREP, DATIVE) and c.i > obj.i]:
        prep.head = gerund


def _denied_act_on_people(verb: Token, gerund: Token, obj: Token, lemma: str) -> bool:
    """Whether a common noun object with an -ing modifier after a verb of denial is the
    object of a denied act: "denies striking civilians", "denied arming rebels" (a bare
    plural, a gerund tagged as one whose verb the event lexicon classes; not "denied
    wrongdoing allegations", "rejected growing calls")."""
    return (verb.lemma_.lower() in DENIAL_VERBS and gerund.tag_ == "VBG"
            and obj.tag_ == "NNS" and lemma in default_lexicon().verbs)


def _summing_noun_read_as_object(obj: Token) -> None:
    """Take a noun phrase after a comma that sums up a clause off the clause's verb, when
    the parser made it the direct object of a verb whose complement (a "to" infinitive or
    a gerund after a preposition) ends before the comma: "The EU declined to sanction
    Israel on Monday, a reversal of its stance" and "Seoul refrained from criticising
    Tokyo, a sign of warming ties" (nothing declined a reversal; the infinitive or gerund
    says what was not done). The phrase becomes an adverbial noun phrase of the verb (as
    the parser reads "stopped short of recognising X, a compromise that ..."). Only a
    common noun with an article or an ordinal; a verb with an object before the comma, or
    a complement running on past it, stays.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = "EU declined to sanction Israel , a reversal".split()
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 3, 1, 3, 1, 7, 1],
    ...           deps=["nsubj", "ROOT", "aux", "xcomp", "dobj", "punct", "det", "dobj"],
    ...           pos=["PROPN", "VERB", "PART", "VERB", "PROPN", "PUNCT", "DET", "NOUN"],
    ...           tags=["NNP", "VBD", "TO", "VB", "NNP", ",", "DT", "NN"])
    >>> _summing_noun_read_as_object(doc[7])
    >>> doc[7].dep_, doc[7].head.text
    ('npadvmod', 'declined')
    """
    verb, doc = obj.head, obj.doc
    edge = obj.left_edge
    if edge.text == ",":
        edge = doc[edge.i + 1]  # (the comma parsed as the phrase's own)
    if (obj.pos_ != "NOUN" or verb.pos_ != "VERB" or obj.i < verb.i or edge.i < 2
            or edge.i + 1 >= len(doc) or doc[edge.i - 1].text != ","
            or not (edge.lower_ in ("a", "an") or edge.ent_type_ == "ORDINAL"
                    or edge.lower_ == "the" and doc[edge.i + 1].ent_type_ == "ORDINAL")):
        return
    comma = edge.i - 1
    if any(c.dep_ in (DOBJ, DATIVE, ATTR, CCOMP) and c.i < comma for c in kids(verb)):
        return
    complements = [c for c in kids(verb) if c.dep_ == XCOMP and c.tag_ == "VB"]
    complements += [p for c in kids(verb) if c.dep_ == PREP
                    for p in kids(c) if p.dep_ == PCOMP and p.tag_ == "VBG"]
    if not any(c.i < comma and c.right_edge.i < comma
               and any(o.dep_ == DOBJ for o in kids(c)) for c in complements):
        return
    obj.dep_ = NPADVMOD


def _adjunct_before_speaker(participle: Token) -> None:
    """Hang an -ing adjunct between a reported clause and its speaker on the reported
    clause, when the parser hung it on the verb of saying: "The forest service evicted
    hundreds of families, burning homes and schools, Amnesty International said" (the
    service burned the homes, not Amnesty). The adjunct comes after the clause (a clausal
    complement of the verb of saying, ending before the adjunct) and before the verb's
    subject; an adjunct after the verb of saying ("Lavrov said Moscow wanted peace,
    citing talks") stays.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = "Service evicted families , burning homes , Amnesty said".split()
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 8, 1, 1, 8, 4, 8, 8, 8],
    ...           deps=["nsubj", "ccomp", "dobj", "punct", "advcl", "dobj", "punct",
    ...                 "nsubj", "ROOT"],
    ...           pos=["PROPN", "VERB", "NOUN", "PUNCT", "VERB", "NOUN", "PUNCT", "PROPN",
    ...                "VERB"], tags=["NNP", "VBD", "NNS", ",", "VBG", "NNS", ",", "NNP", "VBD"],
    ...           lemmas=["Service", "evict", "family", ",", "burn", "home", ",", "Amnesty",
    ...                   "say"])
    >>> _adjunct_before_speaker(doc[4])
    >>> doc[4].head.text
    'evicted'
    """
    verb = participle.head
    if (participle.tag_ != "VBG" or participle.i > verb.i
            or verb.lemma_.lower() not in REPORTING_VERBS or participle.left_edge.i == 0
            or participle.doc[participle.left_edge.i - 1].text != ","):
        return
    speakers = [c for c in kids(verb) if c.dep_ in _SUBJECT_DEPS]
    clauses = [c for c in kids(verb) if c.dep_ == CCOMP and c.pos_ in ("VERB", "AUX")
               and c.right_edge.i < participle.i]
    if (len(clauses) != 1 or not speakers
            or not all(participle.right_edge.i < s.left_edge.i for s in speakers)):
        return
    participle.head = clauses[0]


def _trailing_gerund_object(word: Token) -> None:
    """Re-read an -ing word right after a comma that the parser hung on the name after it
    as a modifier, the name then an object of the verb before the comma: "Ibama issued
    five notices on Friday, penalising Vale for the spill" ("penalising" an amod of
    "Vale", "Vale" a second object of "issued"). The -ing word is a trailing participle
    (advcl of that verb) with the name its object, as "..., fining Vale for the spill" is
    parsed. The -ing word may hang on a title noun before the name, as its modifier or
    compound ("..., expelling Russian envoy Dmitry Maksimychev", "..., arresting student
    leader X": the name's phrase is the object). Only a gerund tag opening a proper noun's
    phrase; "..., leading Democrats said" (a subject) and "a growing Apple" (no comma) stay.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = "Ibama issued notices , penalising Vale".split()
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 1, 5, 1],
    ...           deps=["nsubj", "ROOT", "dobj", "punct", "amod", "dobj"],
    ...           pos=["PROPN", "VERB", "NOUN", "PUNCT", "VERB", "PROPN"],
    ...           tags=["NNP", "VBD", "NNS", ",", "VBG", "NNP"],
    ...           lemmas=["Ibama", "issue", "notice", ",", "penalise", "Vale"])
    >>> _trailing_gerund_object(doc[4])
    >>> doc[4].dep_, doc[4].head.text, doc[5].dep_, doc[5].head.text
    ('advcl', 'issued', 'dobj', 'penalising')
    """
    noun = word.head
    while noun.dep_ == COMPOUND and noun.pos_ == "NOUN" and noun.head.i > noun.i:
        noun = noun.head  # "expelling Russian envoy Dmitry Maksimychev": on "envoy"
    if (word.tag_ != "VBG" or word.i == 0 or word.doc[word.i - 1].text != ","
            or noun.i <= word.i or not (noun.pos_ == "PROPN" or _titled_name(noun))
            or noun.left_edge.i != word.i
            or noun.dep_ not in _TAKEN_OBJECT_DEPS or any(kids(word))):
        return
    verb = noun.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i > word.i:
        return
    lemma = word.lemma_.lower()
    if lemma == word.lower_:
        lemma = _gerund_lemma(word)
        if lemma is None:
            return
    if word.ent_iob_ != "O":
        doc = word.doc
        doc.ents = [Span(doc, word.i + 1, e.end, label=e.label_) if e.start == word.i else e
                    for e in doc.ents if not (e.start == word.i and e.end == word.i + 1)]
    word.head, word.dep_ = verb, ADVCL
    word.pos_, word.lemma_ = "VERB", lemma
    if noun.pos_ != "PROPN":
        # "chargé d'affaires Viktor Kaminsky" with the title as head: the name is the
        # object and the title its compound, as "envoy Dmitry Maksimychev" is parsed
        name = next(c for c in noun.rights if c.dep_ == APPOS and c.pos_ == "PROPN")
        name.head, name.dep_ = word, DOBJ
        noun.head, noun.dep_ = name, COMPOUND
        return
    noun.head, noun.dep_ = word, DOBJ


def _denied_gerund_read_as_modifier(word: Token) -> None:
    """Re-read a gerund after a verb of denial that the parser hung on the bare noun after it
    as a modifier, the noun then the denial's object: "Russia denied opening fire on the
    convoy" ("opening" a compound of "fire", "fire" the object of "denied", "on" hung on
    "denied"). The gerund is the denial's complement (xcomp) with the noun its object and
    the prepositions after the noun its own, as "the army denied opening fire on
    protesters" is parsed, so that what is denied is the firing, not the fire. Only a
    gerund right before a bare noun (no determiner, no other modifier) that is the object of
    a verb of :data:`~extract.lexicon.DENIAL_VERBS`: "denied the opening remarks" stays.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = "Russia denied opening fire on Kyiv".split()
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 3, 1, 1, 4],
    ...           deps=["nsubj", "ROOT", "compound", "dobj", "prep", "pobj"],
    ...           pos=["PROPN", "VERB", "VERB", "NOUN", "ADP", "PROPN"],
    ...           tags=["NNP", "VBD", "VBG", "NN", "IN", "NNP"],
    ...           lemmas=["Russia", "deny", "open", "fire", "on", "Kyiv"])
    >>> _denied_gerund_read_as_modifier(doc[2])
    >>> doc[2].dep_, doc[2].head.text, doc[3].dep_, doc[3].head.text, doc[4].head.text
    ('xcomp', 'denied', 'dobj', 'opening', 'opening')
    """
    noun = word.head
    verb = noun.head
    if (word.tag_ != "VBG" or noun.i != word.i + 1 or noun.pos_ != "NOUN"
            or noun.dep_ != DOBJ or noun.left_edge.i != word.i
            or word.lemma_.lower() == word.lower_ or any(kids(word))
            or verb.pos_ != "VERB" or verb.i > word.i
            or verb.lemma_.lower() not in DENIAL_VERBS):
        return
    for prep in [c for c in kids(verb) if c.dep_ == PREP and c.i > noun.i]:
        prep.head = word
    word.head, word.dep_, word.pos_ = verb, XCOMP, "VERB"
    noun.head = word


#: Entity types of a span of time.
_SPAN_TYPES = frozenset({"DATE", "TIME"})


#: Where a verb read as a modifier goes: the place of the noun phrase it opened, the
#: subject of a reporting verb after it made that verb's complement.
_OPENED_PHRASE_DEPS = {ROOT: ROOT, NSUBJ: CCOMP, CCOMP: CCOMP, CONJ: CONJ}
#: Dependencies of what follows the object noun and belongs to the clause's verb.
_CLAUSE_ADJUNCT_DEPS = frozenset({PREP, ADVCL, NPADVMOD, PUNCT})


def _finite_verb_read_as_modifier(word: Token) -> None:
    """Re-read a past verb that the parser took for a modifier of the noun phrase after
    it, although it gave the verb a subject of its own: "Pakistan deported Afghan
    journalist X to Kabul, his lawyer said" parsed with "deported" an amod of
    "journalist", "Pakistan" its nsubj and X the subject of "said"; "Kenya's commission
    disqualified opposition candidate X from the race" with X the root. The verb takes
    the noun phrase's place (the complement of a reporting verb whose subject the phrase
    was, or the root), the phrase becomes its object, and the phrase's prepositions of the
    clause (:func:`_clause_prep`), adjunct clauses and punctuation after it go to the
    verb. Only a past form with a subject before it and the phrase after it; "the
    Kremlin-backed rebels" has no subject; a phrase that is the one subject of a reporting
    verb ("Tehran backed militias claimed the attack") is left as the speaker.

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("Oslo expelled envoy Ivanov on Monday , aides said", '''
    ...     1 nsubj PROPN Oslo NNP
    ...     2 amod VERB expel VBD
    ...     3 compound NOUN envoy NN
    ...     8 nsubj PROPN Ivanov NNP
    ...     3 prep ADP on IN
    ...     4 pobj PROPN Monday NNP
    ...     8 punct PUNCT , ,
    ...     8 nsubj NOUN aide NNS
    ...     8 ROOT VERB say VBD''')
    >>> _finite_verb_read_as_modifier(doc[1])
    >>> doc[1].dep_, doc[1].head.text, doc[3].dep_, doc[3].head.text, doc[4].head.text
    ('ccomp', 'said', 'dobj', 'expelled', 'expelled')
    """
    if word.tag_ not in ("VBD", "VBN") or word.head.i <= word.i or not any(
            c.dep_ == NSUBJ and c.pos_ in ("NOUN", "PROPN") for c in word.lefts):
        return
    noun = word.head
    # "opposition candidate Joseph Wanjala": up to the phrase's head
    while noun.dep_ in (COMPOUND, NMOD) and noun.head.i > noun.i:
        noun = noun.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in _OPENED_PHRASE_DEPS:
        return
    place, dep = noun.head, _OPENED_PHRASE_DEPS[noun.dep_]
    if dep == CCOMP and noun.dep_ == NSUBJ and (
            place.i < noun.i or place.lemma_.lower() not in REPORTING_VERBS
            or not any(c.dep_ == NSUBJ and c.i != noun.i for c in kids(place))):
        # a subject of a verb that reports nothing, or the one subject of the reporting
        # verb ("Tehran backed militias claimed the attack": the militias claim it); the
        # clause is only reported by a subject of the verb's own ("..., aides said")
        return
    word.head = word if dep == ROOT else place
    word.dep_ = dep
    word.pos_, word.tag_ = "VERB", "VBD"
    noun.head, noun.dep_ = word, DOBJ
    for child in [c for c in noun.rights if c.dep_ in _CLAUSE_ADJUNCT_DEPS
                  and (c.dep_ != PREP or _clause_prep(c, noun))]:
        child.head = word


def _conjoined_verb_read_as_modifier(word: Token) -> None:
    """Re-read a second verb after "and" that the parser took for a modifier of its own
    object, with that object a conjunct of the first verb's last noun: "Georgian riot
    police disperse the protesters with water cannon and detain opposition leader Nika
    Kvaratskhelia" parsed with "detain" an amod of the leader's name and the name a
    conjunct of "cannon" (the police detain him; they disperse no one with him). The word
    right after an "and" of that noun is a verb of :func:`verb_vocabulary` in the form of
    the clause's verb (the base form for a present "disperse", the same past for
    "dispersed"), and the phrase it opens is a name or starts with a determiner (not
    "with water cannon and tear gas": a thing): the word becomes the clause verb's
    conjunct, the phrase its object.
    """
    doc = word.doc
    if word.i < 2 or doc[word.i - 1].lower_ != "and" or word.pos_ not in ("ADJ", "NOUN", "VERB"):
        return
    noun = word.head
    while noun.dep_ in (COMPOUND, NMOD, AMOD) and noun.head.i > noun.i:
        noun = noun.head
    first = noun.head
    cc = doc[word.i - 1]
    if (noun.i <= word.i or noun.dep_ != CONJ or first.i >= word.i or cc.head.i != first.i
            or not (noun.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") and noun.pos_ == "PROPN"
                    or doc[word.i + 1].dep_ in (DET, POSS) and doc[word.i + 1].head == noun)):
        return
    verb = first.head
    while verb.dep_ in (PREP, POBJ, CONJ) and verb.head.i < verb.i and verb.pos_ != "VERB":
        verb = verb.head
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBP", "VBZ", "VBD"):
        return
    text = word.lower_
    base = text if verb.tag_ == "VBP" else None
    if verb.tag_ == "VBZ" and text.endswith("s"):
        base = text[:-2] if text.endswith("es") and text[:-2] in verb_vocabulary() else text[:-1]
    elif verb.tag_ == "VBD" and text.endswith("ed"):
        base = next((b for b in (text[:-2], text[:-1], text[:-3]) if b in verb_vocabulary()),
                    None)
    if base is None or base not in verb_vocabulary():
        return
    word.head, word.dep_ = verb, CONJ
    word.pos_, word.tag_, word.lemma_ = "VERB", verb.tag_, base
    noun.head, noun.dep_ = word, DOBJ
    cc.head = verb


def _verb_after_apposition(word: Token) -> None:
    """Re-read a past verb right after a subject's apposition that the parser took for a
    modifier of its object, the object then a second apposition of the subject: "Boko
    Haram, the Islamist group, kidnapped British engineer X near Maiduguri" parsed as one
    noun phrase (no verb: "kidnapped" an amod of "engineer", X an appos of "Boko Haram").
    The verb takes the subject's place (the root, or the complement of a reporting verb
    with a subject of its own: "..., police said"), the subject becomes its nsubj (its
    apposition stays), the phrase its object, and the phrase's prepositions of the clause
    (:func:`_clause_prep`) and the subject's phrases after the object go to the verb. Only
    a past form opening the phrase right after the comma that closes the subject's first
    apposition, the phrase's head a name; "Smith, a teacher, retired engineer Tom Jones and
    ..." (a list of people, a subject in no clause of its own) stays when the verb is no
    event the lexicon knows.

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("Hamas , the group , seized envoy Ivanov in Gaza", '''
    ...     0 ROOT PROPN Hamas NNP
    ...     0 punct PUNCT , ,
    ...     3 det DET the DT
    ...     0 appos NOUN group NN
    ...     0 punct PUNCT , ,
    ...     7 amod VERB seize VBD
    ...     7 compound NOUN envoy NN
    ...     0 appos PROPN Ivanov NNP
    ...     7 prep ADP in IN
    ...     8 pobj PROPN Gaza NNP''')
    >>> _verb_after_apposition(doc[5])
    >>> doc[5].dep_, doc[0].dep_, doc[0].head.text, doc[7].dep_, doc[7].head.text
    ('ROOT', 'nsubj', 'seized', 'dobj', 'seized')
    >>> doc[8].head.text, doc[3].head.text
    ('seized', 'Hamas')
    """
    doc = word.doc
    if (word.tag_ not in ("VBD", "VBN") or word.i < 4 or doc[word.i - 1].text != ","
            or word.head.i <= word.i or any(kids(word))
            or not default_lexicon().classify(word.lemma_.lower())):
        return
    noun = word.head
    while noun.dep_ == COMPOUND and noun.head.i > noun.i:
        noun = noun.head  # "kidnapped British engineer John Smith": up to "Smith"
    if noun.left_edge.i != word.i or noun.dep_ != APPOS or not (
            noun.pos_ == "PROPN" or any(c.dep_ == APPOS and c.pos_ == "PROPN"
                                        and c.left_edge.i == noun.i + 1
                                        for c in kids(noun))):
        return  # (or a role with its holder's name after it: "soldier Gilad Shalit")
    subject = noun.head
    if subject.dep_ == APPOS and subject.head.i < subject.i < word.i and (
            subject.is_ancestor(doc[word.i - 2]) or subject.i == word.i - 2):
        # the object hung on the first apposition ("Wagner, the Russian group, captured
        # activist X": X an appos of "group")
        subject = subject.head
    elif not any(c.dep_ == APPOS and subject.i < c.i < word.i
                 and c.right_edge.i == word.i - 2 for c in kids(subject)):
        return
    if subject.i >= word.i or subject.pos_ not in ("NOUN", "PROPN"):
        return
    place = subject.head
    if subject.dep_ == ROOT:
        word.head, word.dep_ = word, ROOT
    elif (subject.dep_ == NSUBJ and place.i > noun.i
          and place.lemma_.lower() in REPORTING_VERBS
          and any(c.dep_ == NSUBJ and c.i > noun.i for c in kids(place))):
        word.head, word.dep_ = place, CCOMP  # "..., police said"
    else:
        return
    word.pos_, word.tag_ = "VERB", "VBD"
    moved = [c for c in noun.rights if c.dep_ in _CLAUSE_ADJUNCT_DEPS
             and (c.dep_ != PREP or _clause_prep(c, noun))]
    moved += [c for c in subject.rights if c.i > noun.i and c.dep_ in (PREP, NPADVMOD)]
    subject.head, subject.dep_ = word, NSUBJ
    noun.head, noun.dep_ = word, DOBJ
    for child in moved:
        child.head = word


#: Entity types of the place a group is gathered in (:func:`_gathered_group`).
_GATHERING_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})


def _gathered_group(word: Token) -> None:
    """Re-read "NATO defence ministers meeting in Brussels condemned X", parsed with
    "meeting" a noun (the event) the subject, the people a compound of it: a subject spelt
    as a gerund of a verb, with a plural noun of people right before it as its compound
    and "in" or "at" a named place right after it, is that verb (a reduced relative,
    acl) on the people, who become the subject. "The shareholder meeting in Paris
    approved the merger" (no plural) and "the meeting in Paris" (no people) stay.

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("EU ministers meeting in Rome condemned Iran", '''
    ...     1 compound PROPN EU NNP
    ...     2 compound NOUN minister NNS
    ...     5 nsubj NOUN meeting NN
    ...     2 prep ADP in IN
    ...     3 pobj PROPN Rome NNP
    ...     5 ROOT VERB condemn VBD
    ...     5 dobj PROPN Iran NNP''', ents={"Rome": "GPE"})
    >>> _gathered_group(doc[2])
    >>> doc[1].dep_, doc[1].head.text, doc[2].dep_, doc[2].head.text, doc[2].lemma_
    ('nsubj', 'condemned', 'acl', 'ministers', 'meet')
    >>> doc[0].head.text
    'ministers'
    """
    doc = word.doc
    if (word.tag_ != "NN" or not word.lower_.endswith("ing") or word.i == 0
            or word.dep_ not in (NSUBJ, NSUBJPASS)):
        return
    people = doc[word.i - 1]
    if (people.tag_ != "NNS" or people.dep_ != COMPOUND or people.head.i != word.i
            or not person_lemma(people.lemma_.lower())):
        return
    prep = next((c for c in word.rights if c.dep_ == PREP and c.i == word.i + 1
                 and c.lower_ in ("in", "at")), None)
    if prep is None or not any(o.dep_ == POBJ and o.ent_type_ in _GATHERING_PLACE_TYPES
                               for o in kids(prep)):
        return
    lemma = _gerund_lemma(word)
    if lemma is None:
        return
    for child in [c for c in word.lefts if c.i != people.i]:
        child.head = people  # "NATO defence ministers": the people's own modifiers
    people.head, people.dep_ = word.head, word.dep_
    word.head, word.dep_ = people, ACL
    word.pos_, word.tag_, word.lemma_ = "VERB", "VBG", lemma


def _clause_prep(prep: Token, noun: Token) -> bool:
    """Whether a preposition after the object of :func:`_finite_verb_read_as_modifier` is
    its verb's: any but "of" after a name (a name takes no phrase of its own: "deported X
    to Kabul"), only a date or time after a common noun ("hosted talks between Russia and
    Ukraine" keeps "between" on the talks; "grounded the carrier on Thursday")."""
    if prep.lower_ == "of":
        return False
    return noun.pos_ == "PROPN" or any(o.dep_ == POBJ and o.ent_type_ in _SPAN_TYPES
                                       for o in kids(prep))


def _name_read_into_time_span(span: Token) -> None:
    """Make the object of the verb before it a name the parser read as a modifier of the
    span of time after it: "may have breached Acme Systems weeks before the intrusion was
    found" parsed as one phrase "Acme Systems weeks" (an adverbial noun of the clause after
    it), so that the verb had no object. The span is a bare plural or singular unit of time
    (``[time_units]``: "days", "months") whose only left dependents are proper nouns, the
    first of them right after a verb with no object of its own, and no weekday or month
    ("met Tuesday days before the vote" is a date); the proper nouns become one
    name, the verb's object, and the span stays the adverbial of time it is.

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("spies infiltrated Nordlicht Energie years before", '''
    ...     1 nsubj NOUN spy NNS
    ...     1 ROOT VERB infiltrate VBN
    ...     3 compound PROPN Nordlicht NNP
    ...     4 compound PROPN Energie NNP
    ...     5 npadvmod NOUN year NNS
    ...     1 prep ADP before IN''')
    >>> _name_read_into_time_span(doc[4])
    >>> doc[3].dep_, doc[3].head.text, doc[2].head.text, doc[4].head.text
    ('dobj', 'infiltrated', 'Energie', 'before')
    """
    if span.lemma_.lower() not in TIME_UNITS or span.tag_ not in ("NNS", "NN"):
        return
    lefts = list(span.lefts)
    if not lefts or any(c.pos_ != "PROPN" or c.dep_ != COMPOUND for c in lefts):
        return
    doc = span.doc
    name = lefts[-1]
    if name.i != span.i - 1:
        return
    # the proper nouns right before the span, whatever the parser hung them on
    first = name.left_edge.i
    while first > 0 and doc[first - 1].pos_ == "PROPN":
        first -= 1
    if name.lower_ in WEEKDAY_NAMES or all(
            t.lower_.rstrip(".") in MONTH_NAMES for t in doc[first:name.i + 1]):
        return  # a date of its own: "met Tuesday days before the vote"
    verb = doc[first - 1] if first > 0 else None
    if (verb is None or verb.pos_ != "VERB" or verb.tag_ not in ("VB", "VBD", "VBN", "VBG")
            or any(c.dep_ in (DOBJ, DATIVE, CCOMP) for c in kids(verb))):
        return
    for word in doc[first:name.i]:
        if word.head.i not in range(first, name.i + 1):
            word.head, word.dep_ = name, COMPOUND
    name.head, name.dep_ = verb, DOBJ
    if span.ent_iob_ == "I":
        # ("Kaizen Coin months" one ORG): the name's entity ends before the span; a date
        # ("Avdiivka days" one DATE) is the span's alone, the name left untyped
        doc.ents = [e if not e.start < span.i < e.end
                    else Span(doc, span.i, e.end, label=e.label_) if e.label_ in _SPAN_TYPES
                    else Span(doc, e.start, span.i, label=e.label_) for e in doc.ents]


def _object_read_as_speaker(subject: Token) -> None:
    """Make the first of two subjects of a reporting verb the object of the clause it
    reports, when it comes right after that clause's verb and a comma follows it:
    "Occidental has not outbid Chevron, Anadarko's board said" (parsed with "Chevron"
    and "board" both subjects of "said"; Chevron is what Occidental has not outbid). The
    clause is a clausal complement of the reporting verb (or, the parse turned round, its
    governor) with a subject of its own and no object; "Chevron, the company said" with no
    clause before stays. So is a name read as a modifier of the speaker's noun after it
    ("Bush has not endorsed Trump, aides to the former president said", "Trump" an nmod of
    "aides").

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = "Oxy outbid Chevron , board said".split()
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 5, 5, 5, 5, 5],
    ...           deps=["nsubj", "ccomp", "nsubj", "punct", "nsubj", "ROOT"],
    ...           pos=["PROPN", "VERB", "PROPN", "PUNCT", "NOUN", "VERB"],
    ...           tags=["NNP", "VBN", "NNP", ",", "NN", "VBD"])
    >>> _object_read_as_speaker(doc[2])
    >>> doc[2].dep_, doc[2].head.text
    ('dobj', 'outbid')
    """
    speaker_verb = subject.head
    if subject.dep_ == NMOD:
        # "Bush has not endorsed Trump, aides to the former president said": the object
        # read as a modifier of the speaker's noun that follows it
        if (speaker_verb.dep_ != NSUBJ or speaker_verb.i <= subject.i
                or speaker_verb.head.lemma_.lower() not in REPORTING_VERBS):
            return
        speaker = speaker_verb
        speaker_verb = speaker_verb.head
        # "UniCredit will not buy Commerzbank, Chief Executive Andrea Orcel said": the
        # speaker's title after the comma read as the name's apposition is the speaker's
        titles = [c for c in subject.rights if c.dep_ == APPOS and c.pos_ == "PROPN"
                  and c.right_edge.i < speaker.i
                  and all(t.head.i == speaker.i and t.dep_ == COMPOUND
                          for t in subject.doc[c.right_edge.i + 1:speaker.i])
                  and subject.doc[c.left_edge.i - 1].text == ","
                  and all(t.text[:1].isupper() for t in c.subtree)]
        if titles and subject.right_edge.i == titles[0].right_edge.i \
                and titles[0].lower_ in ROLE_OR_TITLE_WORDS:
            titles[0].head, titles[0].dep_ = speaker, COMPOUND
    doc = subject.doc
    end = subject.right_edge.i
    while end > subject.i and doc[end].is_punct:
        end -= 1  # (the parser may hang the comma on the subject)
    if (speaker_verb.pos_ not in ("VERB", "AUX") or speaker_verb.i < subject.i
            or end + 1 >= len(doc) or doc[end + 1].text != ","):
        return
    if not any(c.dep_ == NSUBJ and c.i > end for c in kids(speaker_verb)):
        return
    clause = doc[subject.left_edge.i - 1] if subject.left_edge.i > 0 else None
    if clause is not None and clause.dep_ == PRT:
        clause = clause.head
    # the reported clause the reporting verb's complement, or (the parse turned round:
    # "X has not endorsed Y, aides to Z said on Monday, explaining ...") its governor
    reported = clause is not None and (
        (clause.dep_ == CCOMP and clause.head.i == speaker_verb.i)
        or (speaker_verb.dep_ == CCOMP and speaker_verb.head.i == clause.i))
    if (not reported or clause.pos_ != "VERB"
            or not any(c.dep_ in _SUBJECT_DEPS for c in kids(clause))
            or any(c.dep_ in (DOBJ, CCOMP, XCOMP, ATTR) and c.i != speaker_verb.i
                   for c in kids(clause))):
        return
    subject.head, subject.dep_ = clause, DOBJ


def _reduced_relative_read_as_verb(first: Token, verb: Token) -> None:
    """Re-read a clause whose subject is followed by a participle the parser took for the
    verb: "Jihadists linked to Al-Qaeda attacked a convoy" parsed with "linked" the verb and
    "attacked" its adverbial clause (or an unlabelled dependent), or "Hackers linked to the
    Chinese government breached X" with "linked" a clausal complement of "breached", or
    "Gunmen believed to belong to JNIM killed 14 soldiers" with "killed" a clausal
    complement of "believed". The first verb (past form, no object, no auxiliary, right
    after its subject, with a preposition or "by" phrase, or a verb of belief or suspicion,
    :data:`~extract.lexicon.HEDGE_VERBS`, with a "to" infinitive) is the subject's reduced
    relative (acl); the second (a past form with an object of its own and no subject,
    auxiliary or marker, no comma between them) is the clause's verb.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = "Gunmen linked to Boko killed villagers".split()
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 2, 1, 4],
    ...           deps=["nsubj", "ROOT", "prep", "pobj", "advcl", "dobj"],
    ...           pos=["NOUN", "VERB", "ADP", "PROPN", "VERB", "NOUN"],
    ...           tags=["NNS", "VBD", "IN", "NNP", "VBD", "NNS"])
    >>> _reduced_relative_read_as_verb(doc[1], doc[4])
    >>> doc[4].dep_, doc[0].head.text, doc[1].dep_, doc[1].head.text
    ('ROOT', 'killed', 'acl', 'Gunmen')
    """
    if (verb.tag_ != "VBD" or verb.pos_ != "VERB" or first.i >= verb.i
            or first.tag_ not in ("VBD", "VBN") or first.pos_ != "VERB"):
        return
    complement = first.head.i == verb.i  # "linked" the ccomp of "breached"
    own = list(kids(verb))
    if not any(c.dep_ == DOBJ for c in own) or any(
            c.dep_ in (NSUBJ, NSUBJPASS, MARK, AUX, AUXPASS, EXPL) for c in own):
        return
    children = [c for c in kids(first) if c.i != verb.i]
    subjects = [c for c in children if c.dep_ == NSUBJ]
    # "believed to belong to JNIM": the believed infinitive stands for the preposition
    believed = [c for c in children if c.dep_ == XCOMP and first.i < c.i < verb.i
                and to_infinitive(c) and first.lemma_.lower() in HEDGE_VERBS]
    if (len(subjects) != 1 or subjects[0].right_edge.i != first.i - 1
            or (verb.head.i == first.i and verb.dep_ == CCOMP and not believed)
            or any(c.dep_ in (DOBJ, AUX, AUXPASS, NEG, CCOMP) or (
                c.dep_ == XCOMP and c not in believed) for c in children)
            or not any(c.dep_ in (PREP, AGENT, XCOMP) and first.i < c.i < verb.i
                       for c in children)
            or any(t.is_punct and t.tag_ != "HYPH"
                   for t in first.doc[first.i + 1:verb.left_edge.i])):
        return
    subject = subjects[0]
    if not complement:
        root = first.head.i == first.i
        verb.head = verb if root else first.head
        verb.dep_ = first.dep_
        for child in children:
            if child.i > verb.i:
                child.head = verb
    subject.head, subject.dep_ = verb, NSUBJ
    first.head, first.dep_, first.tag_ = subject, ACL, "VBN"


def _perfect(have: Token, obj: Token) -> None:
    """Re-read "had consolidated power" parsed as have + an object with a participle.

    The small model makes "consolidated" (tag VBN, right after "have" but for
    adverbs) a modifier of "power", the object of "have": the participle is the
    verb, "have" its auxiliary, and the verb takes over the subject, the object
    and the other dependents of "have". A regular participle straight after
    "have" is left alone: "she had advanced cancer", "the king had limited
    power" are possession.
    """
    participle, adverb = None, False
    for token in obj.doc[have.i + 1: obj.i]:
        if token.pos_ == "ADV":
            adverb = True
            continue
        if token.tag_ == "VBN" and token.head.i == obj.i and token.dep_ in (AMOD, COMPOUND):
            participle = token
        elif (token.tag_ in ("NN", "NNP") and token.head.i == obj.i and token.dep_ == COMPOUND
              and obj.pos_ == "PROPN" and _participle_spelling(token)):
            # "having overrun Goma": an irregular participle spelt as its base, read as a
            # noun before a name
            participle = token
        break
    # "had advanced cancer", "had limited power": a regular participle right after "have"
    # is as often an adjective; after an adverb, or irregular ("undergone"), it is the verb
    if participle is None or not (adverb or not participle.lower_.endswith("ed")):
        return
    participle.tag_ = "VBN"
    root = have.head.i == have.i
    participle.head = participle if root else have.head
    participle.dep_ = have.dep_
    participle.pos_ = "VERB"
    for child in list(kids(have)):
        child.head = participle
    for child in list(kids(obj)):
        if child.dep_ == ADVMOD and child.i < participle.i:
            child.head = participle
    have.head = participle
    have.dep_ = AUX
    have.pos_ = "AUX"


def unrecognised_name(token: Token) -> bool:
    """Whether an argument head is a proper name the NER missed ("seized Aleppo").

    A capitalised proper noun with no entity type, that is
    no title or unit ("the Prime Minister", "Monday" are typed or titles).

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words="rebels seized Aleppo".split(),
    ...           pos=["NOUN", "VERB", "PROPN"])
    >>> unrecognised_name(doc[2]), unrecognised_name(doc[0])
    (True, False)
    """
    return (token.pos_ == "PROPN" and not token.ent_type_ and token.is_alpha
            and token.text[:1].isupper()
            and token.lower_ not in OFFICE_WORDS and not _is_unit(token.text))
