"""Shared pieces of the extraction rules: dependency labels, the triple record, helpers.

Dependency labels are the ClearNLP labels of the English spaCy pipelines. The
helpers read one token's neighbourhood in the parse (its children, its
conjuncts, its clause's agents and patients); each is cheap and pure.

Examples
--------
>>> import spacy
>>> from spacy.tokens import Doc
>>> doc = Doc(spacy.blank("en").vocab, words=["Hamas", "freed", "hostages", "and", "soldiers"],
...           heads=[1, 1, 1, 2, 2], deps=["nsubj", "ROOT", "dobj", "cc", "conj"],
...           pos=["PROPN", "VERB", "NOUN", "CCONJ", "NOUN"],
...           lemmas=["Hamas", "free", "hostage", "and", "soldier"])
>>> agents, patients, pattern = core(doc[1])
>>> [t.text for t in agents], [t.text for t in patients], pattern
(['Hamas'], ['hostages', 'soldiers'], 'svo')
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from actorgraph.extract.actors import country_of, listed_place, names_country, plural_place_head
from actorgraph.extract.context import (
    ADJUNCT_PUNCT,
    accused_object,
    acquitted_object,
    alleged_means,
    carrying_on,
    charge_denier,
    denied,
    finite_tag,
    infinitive_host,
    infinitive_partner,
    is_future,
    listed_object,
    not_yet,
    owned_deed,
    sought,
    to_infinitive,
    unable,
)
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
    CC,
    CCOMP,
    COMPOUND,
    CONJ,
    CSUBJ,
    DATIVE,
    DET,
    DOBJ,
    EXPL,
    FINITE_TAGS,
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
    PREDET,
    PREP,
    PRT,
    PUNCT,
    QUANTMOD,
    RELATIVE_TAGS,
    RELCL,
    WHOSE_TAG,
    XCOMP,
)
from actorgraph.extract.derivation import verb_of
from actorgraph.extract.dictionary import sector_of
from actorgraph.extract.events import (
    LETTING_VERBS,
    EventLexicon,
    default_lexicon,
    default_senses,
)
from actorgraph.extract.hygiene import amount_name, is_amount, money_form, unrecognised_name
from actorgraph.extract.lexicon import (
    ACCOMPANYING_PHRASES,
    ACCUSING_VERBS,
    ACTING_SECTORS,
    ACTOR_TYPES,
    ADDING_VERBS,
    ADDRESSEE_PREPS,
    ADJUNCT_PREPS,
    ADMITTING_VERBS,
    ADOPTED_TEXTS,
    ADOPTING_VERBS,
    ADVERB_PREPS,
    ADVERBIAL_HEADS,
    AGENT_HAND_NOUNS,
    AGENT_THINGS,
    AIM_VERBS,
    ALLEGED_PREPS,
    ALLEGING_VERBS,
    APPEAL_VERBS,
    APPLYING_VERBS,
    APPOINTING_VERBS,
    ASSOCIATE_NOUNS,
    BARE_PLACE_TARGETS,
    BID_NOUNS,
    BID_PREPS,
    BROADCAST_MEDIA,
    BROADCASTER_NAMES,
    CARRYING_VERBS,
    CESSATION_VERBS,
    CITING_VERBS,
    CITY_HEADS,
    CLAIM_NOUNS,
    CLAUSE_LEARNING_VERBS,
    CLAUSE_RELATIVE_VERBS,
    CONCLUDED_TIES,
    CONDITIONAL_MARKS,
    CONFESSING_VERBS,
    CONGRATULATING_VERBS,
    CONJUNCTIVE_COORDINATORS,
    CREWED_CRAFT,
    DATIVE_PREPS,
    DEADLINE_VERBS,
    DEAL_NOUNS,
    DEAL_VERBS,
    DELEGATED_AGENTS,
    DEMANDING_VERBS,
    DEPICTING_VERBS,
    DESTINATION_NOUNS,
    DIRECTIVE_VERBS,
    DISJUNCTIVE_COORDINATORS,
    DISPUTING_PARTICIPLES,
    DISSUADING_PREPS,
    DOUBLE_OBJECT_VERBS,
    EFFECT_PARTICIPLES,
    ENTRY_PREPS,
    EXAMPLE_WORDS,
    EXCLUDING_ADVERBS,
    EXCLUSIVE_WORDS,
    FACING_VERBS,
    FAILURE_VERBS,
    FALLING_SHORT_WORDS,
    FEMALE_PRONOUNS,
    FORESEEING_VERBS,
    FREQUENCY_NOUNS,
    FRONTED_EVENT_PREPS,
    FUNDING_NOUNS,
    GATHERING_NOUNS,
    GENERIC_DETERMINERS,
    GENERIC_PEOPLE_NOUNS,
    GERUND_SUBJECT_NOUNS,
    GERUND_SUBJECT_PREPS,
    GROUNDS_PREPS,
    GROUP_NOUNS,
    GROUP_PRONOUNS,
    HARM_ADJUNCTS,
    HEARING_BODIES,
    HELD_POSITIONS,
    HIRING_VERBS,
    IMPOSING_VERBS,
    IN_PLACE_PREPS,
    INFINITIVE_OBJECT_VERBS,
    INTENTION_NOUNS,
    JUDGING_VERBS,
    LAUNCH_VERBS,
    LAW_NOUNS,
    LED_VERBS,
    LIGHT_VERBS,
    LODGING_VERBS,
    MALE_PRONOUNS,
    MANDATING_VERBS,
    MARKET_RECIPIENTS,
    MESSAGE_ACTS,
    MESSAGE_NOUNS,
    MILITARY_HEADS,
    MOVED_PLACE_PREPS,
    MUNITIONS,
    NAME_PASSIVES,
    NAMING_VERBS,
    NEGATIVE_ADJECTIVES,
    NEGATIVE_PARTITIVES,
    NON_PARTICIPANT_TYPES,
    NOT_ONE_WORDS,
    NOUN_TARGET_PREPS,
    OBJECT_CONTROL_VERBS,
    OBJECT_NOUN_PREPS,
    OBJECT_PCOMP_PREPS,
    OUTCOME_ADJUNCT_VERBS,
    OUTCOME_VERBS,
    OUTRUNNING_VERBS,
    OWN_UNIT_NOUNS,
    OWNED_HOLDINGS,
    OWNER_PREPS,
    PARTNER_PREPS,
    PATIENT_NOUNS,
    PERCEPTION_VERBS,
    PERSON_PRONOUNS,
    PLACE_ATTACK_VERBS,
    PLACE_HEADS,
    PLACE_PREPS,
    PLACE_TIES,
    PLACE_TYPES,
    PLATFORM_NAMES,
    PLOT_NOUNS,
    POSTING_PREPS,
    POSTING_VERBS,
    PREPARING_WORDS,
    PREPOSITIONAL_VERBS,
    PREVENTING_VERBS,
    PROOF_NOUNS,
    PROOF_VERBS,
    QUANTITY_HEADS,
    READYING_VERBS,
    REBUFFING_VERBS,
    RECIPIENT_NOUNS,
    RECIPIENT_PREPS,
    RECIPROCAL_NOUNS,
    RELATIVE_CLAIMING_VERBS,
    RELATIVE_DEED_VERBS,
    RELATIVE_PEOPLE_NOUNS,
    RELYING_PREPS,
    RELYING_VERBS,
    REPORTING_VERBS,
    REQUEST_NOUNS,
    RESULT_PREPS,
    RESULT_VERBS,
    ROLE_WORDS,
    SAY_VERBS,
    SENDING_VERBS,
    SEQUENCE_ADVERBS,
    SEQUENCE_VERBS,
    SHARED_EDGE_HEADS,
    SHARED_OBJECT_VERBS,
    SPAN_NOUNS,
    SPEAKER_ACTS,
    SPEAKING_ADJUNCTS,
    STATE_VERBS,
    STATIVE_PARTICIPLES,
    STIPULATING_VERBS,
    SUBJECT_INFINITIVE_VERBS,
    SUBJECT_PARTICIPLES,
    SUBJECT_PCOMP_PREPS,
    SUBSTITUTION_ADVERBS,
    SUCCEEDING_VERBS,
    SUMMARY_NOUNS,
    SURFACE_PLACE_PREPS,
    SUSPICION_NOUNS,
    TARGET_PREPS,
    TEXT_KILLING_VERBS,
    THING_PRONOUNS,
    TIME_SO_FAR_WORDS,
    TIME_TYPES,
    TIME_UNITS,
    TITLING_VERBS,
    TOPIC_PREPS,
    TRADE_FLOW_NOUNS,
    TRANSFER_VERBS,
    TRIAL_NOUNS,
    TRIAL_PREPS,
    TRIAL_STANDING_VERBS,
    UNDONE_VERBS,
    USING_VERBS,
    VISITING_VERBS,
    WAR_MACHINES,
    WARRANT_NOUNS,
)
from actorgraph.extract.openers import known_words
from actorgraph.extract.tree import has_neg, kids, labelled_kids, per_token
from actorgraph.extract.vague import official_body, people_lemma, person_noun
from spacy.tokens import Token

__all__ = [
    "TokenTriple",
    "acting_group",
    "crewed_craft",
    "actor_noun",
    "adjunct_subjects",
    "affiliated",
    "applied_for",
    "attacked_place",
    "bare_noun",
    "appositive_name",
    "admitted",
    "attributive_participle",
    "by_agents",
    "shared_agents",
    "ceases",
    "children_of",
    "clause_objects",
    "clause_verb",
    "concluded_partner",
    "concluded_tie",
    "core",
    "deed_agents",
    "country_name",
    "country_word",
    "event_lemma",
    "event_targets",
    "generic_recipient",
    "failed_preventing",
    "find_place",
    "fronted_owners",
    "givers",
    "instead_of",
    "is_negated",
    "is_amount",
    "is_numeric",
    "is_passive",
    "is_place",
    "is_target_prep",
    "is_verb",
    "killed_text",
    "launchers",
    "may_get",
    "named_group",
    "names_something",
    "object_targets",
    "noun_agents",
    "set_of_objects",
    "summed_act",
    "summed_doers",
    "named_following",
    "noun_patients",
    "owners",
    "place_of",
    "placed_target",
    "platform",
    "reporter_apposition",
    "proof_withheld",
    "reporter_of_adjunct",
    "ruling_of_adjunct",
    "pobjs",
    "prep_objects",
    "not_yet",
    "same_form",
    "speaker_act",
    "shares_negation",
    "verb_form",
    "stranded_subjects",
    "subject_control",
    "reported_clause",
    "may_act",
    "swallowed_conjunct",
    "for_subject",
    "adopting_verb",
    "judged_noun",
    "judged_patients",
    "suspected_of",
    "verb_lemma",
    "reciprocal_pairs",
    "infinitive_antecedent",
    "stranded_relative",
    "relative_antecedent",
    "request_addressees",
    "with_conjuncts",
]


OBJ_DEPS = frozenset({DOBJ, DATIVE})
#: Words of a wh-relative pronoun ("militants who attacked").
WH_TAGS = frozenset({"WP", "WDT"})
#: Verbs whose "by" agent, in a participle on an event noun, is the event's agent
#: ("the strike, carried out by Israel", "a complaint lodged by X"; but "the attack,
#: condemned by the UN").
_DOING_VERBS = CARRYING_VERBS | LODGING_VERBS
#: Passive verbs whose "by" phrase did their subject, an event noun ("the raid was carried
#: out by X"; a claim is said only of an assault, by the relative clause rule).
_PASSIVE_DEED_VERBS = RELATIVE_DEED_VERBS - RELATIVE_CLAIMING_VERBS
#: Arguments whose determiner "no" negates their clause.
_NO_ARGUMENT_DEPS = frozenset({NSUBJ, NSUBJPASS, DOBJ})
#: Prepositions of a passive verb whose object may carry the verb's "by" agent.
_HUNG_AGENT_PREPS = (DATIVE_PREPS - {"with"}) | {"on", "into", "at"}
#: Entity types that can lead what an event noun names ("a Saudi-led raid").
_LEADER_TYPES = frozenset({"ORG", "GPE", "NORP", "PERSON"})
#: Entity types of a state or organisation: they do things, they make no paintings.
_BODY_TYPES = frozenset({"GPE", "ORG", "NORP"})
#: Entity types of a named site, never the agent of a passive ("by Lake Geneva").
_SITE_TYPES = frozenset({"LOC", "FAC"})
#: Entity types of what an object noun's act may be aimed at ("refused entry to X").
TARGET_TYPES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
#: Entity types of the country goods come from ("Japanese goods", "U.S. farm products").
ORIGIN_TYPES = frozenset({"GPE", "NORP"})
#: Entity types of a modifier that makes a group noun an actor ("Arab coalition").
_GROUP_NAMER_TYPES = frozenset({"ORG", "NORP"})
#: Prepositions through which an event noun's place is found ("on a field in X").
NOUN_PLACE_PREPS = PLACE_PREPS | SURFACE_PLACE_PREPS


@dataclass(frozen=True)
class TokenTriple:
    """A relation between two argument head tokens.

    ``predicate`` is the verb or event noun; ``lemma`` the normalised relation
    ("respond to"), ``label`` its reading ("order attack") and ``pos`` whether
    the relation is a VERB or a NOUN, for event-class lookup. ``hedged`` marks
    relations that are only intended, threatened or demanded.
    """

    subject: Token
    predicate: Token
    object: Token
    lemma: str
    label: str
    pos: str
    negated: bool
    pattern: str
    hedged: bool = False


def reciprocal_pairs(sides: Sequence[Token]) -> Iterator[tuple[Token, Token]]:
    """Each side of a reciprocal act with each other, both ways round, in the order
    written: what two sides did together ("Armenia and Azerbaijan signed a treaty",
    "talks between X and Y") each did with the other, so neither direction is the
    "reversed" one.

    Examples
    --------
    >>> [(a, b) for a, b in reciprocal_pairs("XYZ")]
    [('X', 'Y'), ('Y', 'X'), ('X', 'Z'), ('Z', 'X'), ('Y', 'Z'), ('Z', 'Y')]
    """
    for i, first in enumerate(sides):
        for other in sides[i + 1:]:
            yield first, other
            yield other, first


def with_conjuncts(tokens: Iterable[Token]) -> list[Token]:
    """The tokens and everything coordinated with them, in order, once each."""
    out: list[Token] = []
    for tok in tokens:
        for t in (tok, *tok.conjuncts):
            if t not in out:
                out.append(t)
    return out


def children_of(tok: Token, *deps: str) -> list[Token]:
    return [c for c, dep in labelled_kids(tok) if dep in deps]


def _number(tok: Token, name: Token) -> bool:
    """Whether ``tok`` is a figure that is no part of the name ``name`` ("229" after
    "Labour", not the "4" of "Channel 4" or the "747" of "Boeing 747")."""
    return (tok.tag_ == "CD" or tok.like_num) and not (
        name.ent_type_ and tok.ent_type_ == name.ent_type_ and tok.ent_iob_ == "I")


def _counted_phrase(tok: Token) -> bool:
    """Whether a noun phrase gives a count: a figure ("376 of the seats"), a noun with
    one ("859 missiles") or an amount ("8.25 pct")."""
    return (tok.tag_ == "CD" or tok.like_num
            or any(c.dep_ in (NUMMOD, QUANTMOD) and c.i < tok.i for c in kids(tok)))


def gapped_remnant(tok: Token) -> bool:
    """Whether a conjunct is what is left of a second clause whose verb was left out.

    "The Conservatives won 376 seats, Labour 229 and the Alliance 22", "the US will
    destroy 859 missiles and the Soviet Union 1,752", "raised its rate to 8.25 pct and
    Chase Manhattan to 8.5 pct": the parse coordinates the second clause's subject with
    the first clause's object, but Labour and the Soviet Union are no more things won
    or destroyed than Chase Manhattan is a rate. A name coordinated with a counted
    phrase (the first conjunct, or the verb's object, gives a count) is such a remnant
    when what follows it is a figure of its own ("Labour 229", "the Soviet Union 1,752")
    or the first conjunct's preposition again ("Chase Manhattan to 8.5 pct").

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["X", "won", "40", "seats", "and", "Y", "12"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 3, 1, 3, 3, 5],
    ...           deps=["nsubj", "ROOT", "nummod", "dobj", "cc", "conj", "nummod"],
    ...           tags=["NNP", "VBD", "CD", "NNS", "CC", "NNP", "CD"],
    ...           pos=["PROPN", "VERB", "NUM", "NOUN", "CCONJ", "PROPN", "NUM"])
    >>> gapped_remnant(doc[5]), gapped_remnant(doc[3])
    (True, False)
    """
    if tok.dep_ != CONJ or not (tok.pos_ == "PROPN" or tok.ent_type_ in TARGET_TYPES):
        return False
    if _counted_phrase(tok):
        return False  # "three Airbus jets and two Boeing 747s": a list of counted things
    first = tok
    while first.dep_ == CONJ and first.head.i < first.i:
        first = first.head
    clause = first.head if first.dep_ in (DOBJ, POBJ) else None
    if clause is not None and clause.dep_ == PREP:
        clause = clause.head
    counted = _counted_phrase(first) or (clause is not None and any(
        _counted_phrase(o) for o in children_of(clause, DOBJ)))
    if not counted:
        return False
    doc = tok.doc
    if any(_number(c, tok) for c in tok.rights):
        return True  # "Labour 229", the figure parsed as the name's
    after = tok.right_edge.i + 1
    if after >= len(doc):
        return False
    nxt = doc[after]
    if _number(nxt, tok):
        return True  # "the Soviet Union 1,752", the figure parsed as the verb's
    # "to 8.25 pct and Chase Manhattan to 8.5 pct": the first conjunct's preposition again
    return (first.dep_ == POBJ and nxt.pos_ == "ADP" and nxt.lower_ == first.head.lower_
            and first.head.dep_ in (PREP, DATIVE))


def pobjs(prep: Token) -> list[Token]:
    found = children_of(prep, POBJ)
    if prep.lower_ in DATIVE_PREPS:
        # a participant's name the parser glued to a time noun after it ("to Ukraine
        # weeks ahead"); not after "on" ("on Super Tuesday")
        found = [_named_before_time(p) for p in found]
    return [t for t in with_conjuncts(found)
            if not gapped_remnant(t) and swallowed_conjunct(t) is None]


def _named_before_time(pobj: Token) -> Token:
    """The name the parser glued to the time noun after it, or ``pobj`` itself.

    "delivering two systems to Ukraine weeks ahead of schedule" parsed with
    "Ukraine" a compound of "weeks": the object of "to" is Ukraine.
    """
    if pobj.ent_type_ not in TIME_TYPES:
        return pobj
    first = next(pobj.lefts, None)
    if (first is not None and first.dep_ == COMPOUND and first.ent_type_ in ACTOR_TYPES
            and first.i == pobj.left_edge.i):
        return first
    return pobj


@per_token  # (asked about each verb by several rules)
def verb_lemma(verb: Token) -> str:
    """A verb's lemma with its particles ("shoot down"), and with a preposition of
    place the parser took for its adverb right before its object ("flew over Whittier",
    "over" an advmod and "Whittier" the object: "fly over", not "fly" Whittier,
    :func:`_adverb_preposition`)."""
    particles = [c.lower_ for c in kids(verb) if c.dep_ == PRT or _adverb_preposition(c)]
    return " ".join([verb.lemma_.lower(), *particles])


def _adverb_preposition(tok: Token) -> bool:
    """Whether an adverb of a verb is a preposition of place
    (:data:`~extract.lexicon.ADVERB_PREPS`) standing right before the verb's direct
    object, whose preposition it is: "flew over Whittier", "sailed past Kuwait"."""
    return (tok.dep_ == ADVMOD and tok.lower_ in ADVERB_PREPS and tok.i > tok.head.i
            and any(c.dep_ == DOBJ and c.left_edge.i == tok.i + 1 for c in kids(tok.head)))


def ceases(verb: Token) -> bool:
    """Whether a verb ends what its gerund or object names (:data:`~extract.lexicon.
    CESSATION_VERBS`: "stopped recognising", "suspends sending", "ended buying"); a
    phrasal verb with a particle is another verb: "ended up buying" bought.

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("India ended up buying oil", '''
    ...     1 nsubj PROPN India NNP
    ...     1 ROOT VERB end VBD
    ...     1 prt ADP up RP
    ...     1 xcomp VERB buy VBG
    ...     3 dobj NOUN oil NN''')
    >>> ceases(doc[1])
    False
    >>> doc = parse("India ended buying oil", '''
    ...     1 nsubj PROPN India NNP
    ...     1 ROOT VERB end VBD
    ...     1 xcomp VERB buy VBG
    ...     2 dobj NOUN oil NN''')
    >>> ceases(doc[1])
    True
    """
    return verb_lemma(verb) in CESSATION_VERBS


def is_verb(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX")


@per_token  # (asked about each verb by several rules)
def is_passive(verb: Token) -> bool:
    if any(c.dep_ in (NSUBJPASS, AUXPASS) for c in kids(verb)):
        return True
    if _misparsed_participle(verb):
        return True
    # a bare participle coordinated with a passive verb shares its auxiliary: "who was
    # arrested and banned from the election", "were detained and deported by police"
    if (verb.dep_ == CONJ and verb.tag_ == "VBN" and verb.head is not verb
            and not any(c.dep_ in (NSUBJ, AUX) for c in kids(verb))
            and (any(c.dep_ in (NSUBJPASS, AUXPASS) for c in kids(verb.head))
                 # ... or with a bare participle describing a noun: "Navalny, arrested
                 # and jailed by Russia, ..."
                 or (verb.head.tag_ == "VBN" and verb.head.dep_ in (ACL, ADVCL)
                     and is_passive(verb.head)))):
        return True
    # a reduced relative ("hostages held in Gaza"), not a clause with its own subject
    # ("reports that Russia had supplied weapons")
    if verb.dep_ == ACL and verb.tag_ == "VBN":
        return not any(c.dep_ == NSUBJ for c in kids(verb))
    # the same with the participle tagged as a past tense ("cancelled the convention
    # planned for Jacksonville"): a bare past form after its noun, with no subject, object
    # or auxiliary of its own, is the participle of a reduced relative, not the noun's act
    if verb.dep_ == ACL and verb.tag_ == "VBD":
        return not any(c.dep_ in (NSUBJ, DOBJ, DATIVE, AUX) for c in kids(verb))
    # a fronted passive participle: "Shelled by Russian forces, Kramatorsk lost ...",
    # not a comparison ("as seen by the scaffolding")
    return verb.dep_ == ADVCL and verb.tag_ == "VBN" and (any(
        c.dep_ == AGENT for c in kids(verb)) or bool(shared_agents(verb))) and not any(
        c.dep_ == NSUBJ or (c.dep_ == MARK and c.lower_ == "as") for c in kids(verb))


def _misparsed_participle(verb: Token) -> bool:
    """Whether a past form with a "by" agent was parsed as the active verb of its subject.

    "Novo Nordisk, warned by the FDA about its marketing, withdrew the advert" parsed
    with "warned" the root, "Novo Nordisk" its subject and "withdrew" its conjunct:
    only a passive takes an agent, so the subject is the patient (a verb with an
    auxiliary or an object of its own is active: "has warned", "warned X"; an amount is
    what a passive "fined" or "awarded" names, no object: "Meta, fined 1.2 billion euros by
    the Irish regulator, said ...").
    """
    return (verb.tag_ in ("VBD", "VBN") and any(c.dep_ == AGENT for c in kids(verb))
            and any(c.dep_ == NSUBJ for c in kids(verb))
            and not any(c.dep_ in (DATIVE, AUX, CCOMP) or (c.dep_ == DOBJ and not is_amount(c))
                        for c in kids(verb)))


def _whether_or_not(neg: Token) -> bool:
    doc, i = neg.doc, neg.i
    return i >= 2 and doc[i - 1].lower_ == "or" and doc[i - 2].lower_ == "whether"


def instead_of(prep: Token) -> bool:
    """Whether a preposition is the "of" of "instead of": its gerund is what the clause's
    subject did not do ("struck Gaza instead of negotiating with Hamas";
    :data:`~extract.lexicon.SUBSTITUTION_ADVERBS`), the adverb on the "of" or just
    before it."""
    if prep.lower_ != "of" or prep.dep_ != PREP:
        return False
    before = prep.doc[prep.i - 1] if prep.i > 0 else None
    return any(c.dep_ == ADVMOD and c.lower_ in SUBSTITUTION_ADVERBS for c in kids(prep)) or (
        before is not None and before.lower_ in SUBSTITUTION_ADVERBS)


#: Nouns of a text that is adopted or voted down (a resolution, a law), made once.
_TEXT_NOUNS = ADOPTED_TEXTS | LAW_NOUNS


def killed_text(text: Token) -> bool:
    """Whether a text a body would adopt is stopped: "Russia vetoed a resolution
    condemning North Korea", "the Senate rejected a motion censuring X", "voted down a
    treaty that would have allowed X" (what its participle or relative clause says is not
    done; :data:`~extract.lexicon.TEXT_KILLING_VERBS`, itself not negated;
    :data:`~extract.lexicon.ADOPTED_TEXTS`, :data:`~extract.lexicon.LAW_NOUNS`)."""
    verb = text.head
    if (text.lemma_.lower() not in _TEXT_NOUNS
            or text.dep_ not in (DOBJ, NSUBJPASS)
            or not is_verb(verb)):
        return False
    particles = [c.lower_ for c in kids(verb) if c.dep_ == PRT]
    lemma = "_".join([verb.lemma_.lower(), *particles])
    # (not one refused or failed: "declined to veto a resolution condemning X")
    return (lemma in TEXT_KILLING_VERBS or (not particles
                                           and verb.lemma_.lower() in TEXT_KILLING_VERBS)
            ) and not is_negated(verb) and not (
        verb.dep_ == XCOMP and verb.head.lemma_.lower() in UNDONE_VERBS)


def failed_preventing(verb: Token) -> bool:
    """Whether a verb of preventing failed, so that what it would have prevented was
    done: "failed to prevent Belarus from sending migrants", "was unable to stop X from
    entering Y", "could not stop Hamas from attacking Sderot" (an inability; the infinitive
    of a verb of failure, :data:`~extract.lexicon.FAILURE_VERBS`, or of a negative
    adjective, :data:`~extract.lexicon.NEGATIVE_ADJECTIVES`).

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("Poland failed to stop Belarus from sending migrants", '''
    ...     1 nsubj PROPN Poland NNP
    ...     1 ROOT VERB fail VBD
    ...     3 aux PART to TO
    ...     1 xcomp VERB stop VB
    ...     3 dobj PROPN Belarus NNP
    ...     3 prep ADP from IN
    ...     5 pcomp VERB send VBG
    ...     6 dobj NOUN migrant NNS''')
    >>> failed_preventing(doc[3]), failed_preventing(doc[1])
    (True, False)
    """
    if verb.lemma_.lower() not in PREVENTING_VERBS:
        return False
    if unable(verb):
        return True
    head = verb.head
    return verb.dep_ == XCOMP and (head.lemma_.lower() in FAILURE_VERBS or (
        head.pos_ == "ADJ" and head.lower_ in NEGATIVE_ADJECTIVES)) and not any(
        c.dep_ == NEG for c in kids(head))


def not_one(noun: Token) -> bool:
    """Whether an argument is "not a single" or "not one" of its kind, so none: "Not a
    single suspect has been arrested by X" (a "not" before it in the parse as its own
    negation or that of its "one", and a word of :data:`~extract.lexicon.NOT_ONE_WORDS` on
    it; not "not all refugees", "not only Russia", "not one but three commanders").

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("Not a single suspect was arrested", '''
    ...     3 neg PART not RB
    ...     3 det DET a DT
    ...     3 amod ADJ single JJ
    ...     5 nsubjpass NOUN suspect NN
    ...     5 auxpass AUX be VBD
    ...     5 ROOT VERB arrest VBN''')
    >>> not_one(doc[3]), not_one(doc[5])
    (True, False)
    """
    marks = [c for c in kids(noun) if c.dep_ in (AMOD, NUMMOD) and c.lower_ in NOT_ONE_WORDS]
    if any(d.dep_ in (CONJ, CC) for m in marks for d in kids(m)):
        return False  # "killed not one but three commanders"
    # the "not" on the noun, or on its "one" ("Not one refugee": the parse's choice)
    return bool(marks) and any(c.dep_ == NEG and c.lower_ == "not" and c.i < noun.i
                               for tok in (noun, *marks) for c in kids(tok))


def _neither_nor_phrase(tok: Token) -> bool:
    """Whether a word is the first of a "neither ... nor" coordination: its phrase opens
    with "neither" (also one the parser hung on a possessive inside it: "Neither Sudan's
    army nor the RSF") and a "nor" joins it to the next.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["Neither", "Sudan", "'s", "army", "nor", "RSF", "attacked"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 3, 1, 6, 3, 3, 6],
    ...           deps=["det", "poss", "case", "nsubj", "cc", "conj", "ROOT"])
    >>> _neither_nor_phrase(doc[3]), _neither_nor_phrase(doc[5])
    (True, False)
    """
    first = tok.doc[tok.left_edge.i]
    return (first.lower_ == "neither" and first.i < tok.i
            and any(c.dep_ == CC and c.lower_ == "nor" and c.i > tok.i for c in kids(tok)))


def is_negated(verb: Token) -> bool:
    """Whether a verb's clause is negated: "did not", "never", "no" on a core
    argument ("No rockets were fired by X", "X fired no rockets"), "none" or "neither"
    with "of" as one ("none of its soldiers fired"), a gerund
    after a verb of preventing ("refrained from criticising X"), or an
    infinitive after "has yet to" / "is yet to" ("has yet to release X"). The "not" of
    "whether or not" negates nothing."""
    if any(c.dep_ == NEG and not _whether_or_not(c) for c in kids(verb)):
        return True
    if any(c.dep_ == ADVMOD and c.lower_ in TIME_SO_FAR_WORDS and any(
            d.dep_ == NEG for d in kids(c)) for c in kids(verb)):
        return True  # "has not as yet attacked X" (the parse puts the "not" on "yet")
    if _neither_nor(verb):
        return True  # "India neither condemned nor supported the invasion"
    # a core argument that negates (one pass over the verb's children)
    if any(c.dep_ in _NO_ARGUMENT_DEPS and (
            # "no rockets were fired", "neither Russia nor Ukraine attacked X"
            any(d.dep_ in (DET, PRECONJ) and d.lower_ in ("no", "neither") for d in kids(c))
            # "neither Sudan's army nor the RSF attacked X" ("neither" on "Sudan")
            or _neither_nor_phrase(c)
            # "not a single suspect has been arrested", "not one refugee is accepted"
            or not_one(c)
            # "none of its soldiers fired at X", "neither of them attended"
            or (c.lower_ in NEGATIVE_PARTITIVES
                and any(p.dep_ == PREP and p.lower_ == "of" for p in kids(c))))
           for c in kids(verb)):
        return True
    gerund = _first_gerund(verb)
    if gerund.dep_ == PCOMP and (gerund.head.lower_ == "without" or (
            gerund.head.lower_ == "from"
            and gerund.head.head.lemma_.lower() in PREVENTING_VERBS)):
        # "left without paying the fine", "refrained from criticising", "barred X from
        # entering"; a double negative is none: "never left without paying", "was not
        # blocked from taking the oath"; nor is what is only sought: "the suit seeks to
        # block X from buying Y" (hedged, not denied). A gerund coordinated with the
        # first is under the same "without": "settled without admitting or denying
        # wrongdoing" (neither admitted nor denied)
        verb = gerund
        governor = verb.head.head
        return not (has_neg(governor)
                    or (verb.head.lower_ == "from" and (sought(governor)
                                                        or failed_preventing(governor))))
    if verb.dep_ == PCOMP and instead_of(verb.head):
        return True  # "struck Gaza instead of negotiating with Hamas"
    if verb.dep_ == PCOMP and verb.head.lower_ == "of" and any(
            c.dep_ == ADVMOD and c.lower_ in FALLING_SHORT_WORDS
            for c in kids(verb.head.head)):
        # "stopped short of condemning X", "fell short of winning" ("did not stop short
        # of" is a double negative)
        return not has_neg(verb.head.head)
    if verb.dep_ == XCOMP and not_yet(verb.head):
        return True  # "has yet to release", "is yet to answer": not done so far
    if charge_denier(verb) is not None:
        return True  # "denies allegations of arming the Houthis"
    if (verb.dep_ in (CCOMP, ACL, RELCL)
            or (verb.dep_ == ADVCL and verb.head.pos_ == "NOUN")) and denied(verb):
        # "denied that its forces had shelled X", "rejects reports it struck X", "denied
        # market rumours that it had bought X" (the "that" clause hung on the noun as an
        # adverbial one)
        return True
    # ("has not asked the World Bank to reschedule the debt": only the asking is denied)
    return verb.dep_ == XCOMP and has_neg(verb.head) and not asked_of_object(verb)


def asked_of_object(infinitive: Token) -> bool:
    """Whether an infinitive is what a verb of asking, ordering or wishing
    (:data:`~extract.lexicon.MANDATING_VERBS`) wants of its object: "has not asked the
    World Bank to reschedule the debt", "did not order its troops to fire on the
    protesters", "has not urged Israel to release the prisoners". A "not" on that verb
    denies only the asking: whether the one asked did the act is not said (it stays only
    asked for, hedged), unlike a "not" on a verb of the subject's own intent ("did not
    want to join X": not joined) or on one that lets or makes the act happen ("did not
    let the rebels keep their bases").

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("Tokyo did not ask Washington to join the talks", '''
    ...     3 nsubj PROPN Tokyo NNP
    ...     3 aux AUX do VBD
    ...     3 neg PART not RB
    ...     3 ROOT VERB ask VB
    ...     3 dobj PROPN Washington NNP
    ...     6 aux PART to TO
    ...     3 xcomp VERB join VB
    ...     8 det DET the DT
    ...     6 dobj NOUN talk NNS''')
    >>> asked_of_object(doc[6]), asked_of_object(doc[3])
    (True, False)
    """
    head = infinitive.head
    return (infinitive.dep_ in (XCOMP, ADVCL) and to_infinitive(infinitive)
            and head.lemma_.lower() in MANDATING_VERBS
            and any(c.dep_ in (DOBJ, DATIVE) and c.i < infinitive.i for c in kids(head)))


def _first_gerund(verb: Token) -> Token:
    """The first of a coordination of gerunds a gerund belongs to ("admitting" for
    "denying" in "without admitting or denying X"); the verb itself otherwise."""
    while verb.dep_ == CONJ and verb.tag_ == "VBG" and verb.head.tag_ == "VBG":
        verb = verb.head
    return verb


def _neither_nor(verb: Token) -> bool:
    """Whether a verb is a member of a "neither ... nor" coordination of verbs: "India
    neither condemned nor supported the invasion", "Turkey neither condemned Russia nor
    supported Ukraine", "Russia did not attack, nor did it shell X" (the verb after "nor")
    (none of them done).

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("India neither condemned nor supported Russia", '''
    ...     2 nsubj PROPN India NNP
    ...     2 preconj CCONJ neither CC
    ...     2 ROOT VERB condemn VBD
    ...     2 cc CCONJ nor CC
    ...     2 conj VERB support VBD
    ...     4 dobj PROPN Russia NNP''')
    >>> _neither_nor(doc[2]), _neither_nor(doc[4]), _neither_nor(doc[5])
    (True, True, False)
    """
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    # "neither" before the verb, however the parser hung it ("Israel neither confirmed nor
    # denied the strike")
    if any(c.dep_ in (PRECONJ, DET, NEG) and c.lower_ == "neither" and c.i < verb.i
           for c in kids(verb)):
        return True
    head = verb.head
    return (verb.dep_ == CONJ and head.pos_ in ("VERB", "AUX")
            and any(c.dep_ == CC and c.lower_ == "nor" and c.i < verb.i for c in kids(head)))


#: Dependencies of a clause of its own: a coordinated verb with one does not share its
#: partner's subject, auxiliary or "not" ("did not attack X, and Y shelled Z").
_OWN_CLAUSE_DEPS = frozenset({NSUBJ, NSUBJPASS, AUX, AUXPASS, NEG, EXPL})


def _infinitive_marker(tok: Token) -> bool:
    """Whether ``tok`` is the "to" of an infinitive parsed as its auxiliary: no clause of
    its own ("failed to pay the debt and to return the gold" repeats only the marker)."""
    return tok.dep_ == AUX and tok.tag_ == "TO"


def shares_negation(verb: Token) -> bool:
    """Whether a coordinated verb shares the denial of the first verb of its
    coordination: "never shelled Donetsk or attacked Luhansk", "did not attack Belgorod
    and shell Kursk", "refused to meet Biden or negotiate with X", "has yet to charge X
    or release Y" (the attack, shelling, negotiation, release did not happen either).

    The verb has no subject, auxiliary or "not" of its own (a repeated infinitive "to" is
    none: "failed to stop dumping and to open its market"). After "or" / "nor"
    (:data:`~extract.lexicon.DISJUNCTIVE_COORDINATORS`) it shares the denial whatever its
    form; after "and" only in the bare form that the partner's "did not", "will not"
    or "refused to" governs ("did not attack Kyiv and focused on Donbas" did focus). A
    "not" that denies only a degree or an exclusivity ("did not only attack X but ...")
    denies nothing to share.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["Kyiv", "never", "shelled", "Donetsk", "or", "attacked", "Luhansk"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[2, 2, 2, 2, 2, 2, 5],
    ...           deps=["nsubj", "neg", "ROOT", "dobj", "cc", "conj", "dobj"],
    ...           pos=["PROPN", "ADV", "VERB", "PROPN", "CCONJ", "VERB", "PROPN"],
    ...           tags=["NNP", "RB", "VBD", "NNP", "CC", "VBD", "NNP"])
    >>> shares_negation(doc[5]), shares_negation(doc[2])
    (True, False)
    """
    if verb.dep_ != CONJ or verb.pos_ != "VERB" or any(
            c.dep_ in _OWN_CLAUSE_DEPS and not _infinitive_marker(c) for c in kids(verb)):
        return False
    first = verb
    while first.dep_ == CONJ and first.head != first:
        first = first.head
    if first.pos_ not in ("VERB", "AUX"):
        return False
    # the coordinators of the chain from the first verb to this one ("A, B or C")
    chain = [verb, *[t for t in verb.ancestors if t.i >= first.i][:8]]
    coordinators = {c.lower_ for t in chain for c in kids(t)
                    if c.dep_ == CC and first.i < c.i < verb.i}
    disjunctive = bool(coordinators & DISJUNCTIVE_COORDINATORS)
    if not disjunctive and not (coordinators & CONJUNCTIVE_COORDINATORS
                                and verb.tag_ == "VB" and first.tag_ == "VB"):
        return False
    negs = [c for c in kids(first) if c.dep_ == NEG and not _whether_or_not(c)]
    if negs:
        doc = first.doc
        return not any(n.i + 1 < len(doc) and doc[n.i + 1].lower_ in EXCLUSIVE_WORDS
                       for n in negs) and not any(c.dep_ == CC and c.lower_ == "but"
                                                  for t in chain for c in kids(t))
    matrix = first.head
    if first.dep_ != XCOMP or has_neg(matrix):
        return False
    # "refused to meet X or negotiate", "failed to stop X and disarm Y", "has yet to ..."
    return matrix.lemma_.lower() in UNDONE_VERBS or not_yet(matrix)


def is_numeric(tok: Token) -> bool:
    """Whether ``tok`` is a number, date or amount that measures nothing named after it
    (not "3,000 tonnes of wheat", nor "$290 million in cryptocurrency":
    :func:`~actorgraph.extract.hygiene.money_form`)."""
    return tok.ent_type_ in NON_PARTICIPANT_TYPES and not any(
        c.dep_ == PREP and c.lower_ == "of" for c in kids(tok)) and money_form(tok) is None


def names_something(tok: Token) -> bool:
    """Whether the phrase headed by ``tok`` carries a named entity."""
    if tok.ent_type_ and tok.ent_type_ not in NON_PARTICIPANT_TYPES:
        return True
    return any(c.ent_type_ and c.ent_type_ not in NON_PARTICIPANT_TYPES
               for c in kids(tok) if c.dep_ in (COMPOUND, NMOD, POBJ, PREP, AMOD, POSS))


def named_group(tok: Token) -> bool:
    """Whether a common noun phrase is a group that names its affiliation: "Islamic
    militants", "Bahraini soldiers", "an Indian court" (a plural or group noun with a
    nationality, organisation or country modifier), not "the D8 strain" or "the GitHub
    notice"; the states or countries of a named region are one too: "the Gulf states",
    "the Baltic countries")."""
    if tok.pos_ != "NOUN" or not (tok.tag_ == "NNS" or tok.lemma_.lower() in GROUP_NOUNS):
        return False
    region = plural_place_head(tok)
    return any(c.ent_type_ in _GROUP_NAMER_TYPES | {"GPE"} or country_word(c)
               or country_possessor(c) or (region and c.ent_type_ == "LOC")
               for c in kids(tok) if c.dep_ in (AMOD, COMPOUND, NMOD, POSS))


def affiliated(tok: Token) -> bool:
    """Whether a common noun phrase, of any number, says whose side it is on: "a
    Philippine supply boat", "a British tanker", "an Israeli base" (a nationality,
    organisation or country modifier), or whose it is or whom it serves: "the offices of
    the Palestinian administrators", "a camp for Congolese refugees" (an "of" or "for"
    phrase of a named group). Weaker than :func:`named_group`: such a thing is a target a
    named group can act on, not a group that acts."""
    return tok.pos_ == "NOUN" and (any(
        c.ent_type_ in _GROUP_NAMER_TYPES | {"GPE"} or country_word(c) or country_possessor(c)
        for c in kids(tok) if c.dep_ in (AMOD, COMPOUND, NMOD, POSS)) or any(
        named_group(p) for prep in children_of(tok, PREP) if prep.lower_ in OWNER_PREPS
        for p in pobjs(prep)))


def shared_agents(verb: Token) -> list[Token]:
    """The "by" agents of a bare past participle coordinated after ``verb``, which the
    pair shares: "detained and deported by police", "Navalny, arrested and jailed by
    Russia, ..." (a participle with a subject, an auxiliary or an object of its own is a
    clause of its own and shares nothing: "was elected ..., and was given posts by X").

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["arrested", "and", "jailed", "by", "Russia"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[0, 0, 0, 2, 3],
    ...           deps=["ROOT", "cc", "conj", "agent", "pobj"],
    ...           pos=["VERB", "CCONJ", "VERB", "ADP", "PROPN"],
    ...           tags=["VBN", "CC", "VBN", "IN", "NNP"])
    >>> [t.text for t in shared_agents(doc[0])]
    ['Russia']
    """
    return [a for c in kids(verb) if c.dep_ == CONJ and c.tag_ == "VBN"
            and not any(k.dep_ in (NSUBJ, NSUBJPASS, AUX, AUXPASS, DOBJ, DATIVE)
                        for k in kids(c))
            for a in by_agents(c) if any(k.dep_ == AGENT for k in kids(c))]


def by_agents(verb: Token) -> list[Token]:
    """The ``by`` agents of a passive verb; a named one also when the parser made "by" a
    plain preposition ("Ukraine was given $4.5 billion by Japan") or hung it on the
    verb's object predicate ("Aoun was elected president by Lebanon's parliament", "was
    named captain by the coach"), and whoever's hands it was done at ("were killed at the
    hands of the militia"). A verb whose "by" phrase is a name has none ("known by the
    nickname El Flaco": :data:`NAME_PASSIVES`)."""
    if verb.lemma_.lower() in NAME_PASSIVES:
        return []
    found = [p for p in with_conjuncts(p for a in children_of(verb, AGENT)
                                       if not set_aside(a) for p in children_of(a, POBJ))
             if not _stranded(p) and not set_aside(p)]
    return found or [p for prep in children_of(verb, PREP) if prep.lower_ == "by"
                     and not set_aside(prep)
                     for p in pobjs(prep) if names_something(p) and not set_aside(p)] or [
        p for predicate in children_of(verb, OPRD) for prep in children_of(predicate, PREP)
        if prep.lower_ == "by" for p in pobjs(prep)
        if names_something(p) or actor_noun(p)] or [
        p for of in _hands_of(verb) for p in pobjs(of)]


def set_aside(tok: Token) -> bool:
    """Whether the phrase of ``tok`` (an agent's "by", or a noun coordinated with an agent)
    comes right after "rather than" or "instead of" (:data:`EXCLUDING_ADVERBS`), which
    say its party did not do it: "paid by contractors rather than by the state firm
    Petronor", "run by Shell instead of by the national company"."""
    i = tok.left_edge.i
    doc = tok.doc
    return (i >= 2 and doc[i - 2].lower_ in EXCLUDING_ADVERBS
            and doc[i - 1].lower_ in ("than", "of"))


def _stranded(tok: Token) -> bool:
    """Whether ``tok`` is the subject of a main clause that the parser joined to the
    ``by`` agent of a participle before it: "Backed by Rwanda, M23 rebels seized
    Goma" parsed with "rebels" a conjunct of "Rwanda" (no "and"), and "seized"
    left without a subject."""
    if tok.dep_ != CONJ or tok.head.dep_ != POBJ or tok.head.head.dep_ != AGENT:
        return False
    first, participle = tok.head, tok.head.head.head
    main = participle.head
    if (participle.dep_ != ADVCL or participle.tag_ != "VBN" or not is_verb(main)
            or not participle.i < tok.i < main.i or children_of(main, NSUBJ, NSUBJPASS)):
        return False
    between = tok.doc[first.i + 1:tok.left_edge.i]
    return (any(t.text == "," for t in between)
            and not any(c.dep_ == CC for c in (*kids(first), *kids(tok))))


def stranded_subjects(verb: Token) -> list[Token]:
    """The subjects of ``verb`` stranded on the agent of its fronted participle (see
    :func:`_stranded`): "Backed by Rwanda, M23 rebels seized Goma" -> rebels."""
    return [c for adv in children_of(verb, ADVCL) if adv.i < verb.i
            for agent in children_of(adv, AGENT) for pobj in children_of(agent, POBJ)
            for c in pobj.conjuncts if _stranded(c)]


def compound_subjects(verb: Token) -> list[Token]:
    """The subject of a present-tense verb that the parser hung on it as a compound, as
    if the two made a noun: "Turkey bombs Kurdish positions", "Russia shells Odesa,
    killing three" (a name right before a finite verb in "-s" with no subject of its own).

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["Turkey", "bombs", "Kurdish", "positions"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 3, 1],
    ...           deps=["compound", "ROOT", "amod", "dobj"],
    ...           pos=["PROPN", "VERB", "ADJ", "NOUN"], tags=["NNP", "VBZ", "JJ", "NNS"])
    >>> compound_subjects(doc[1]), compound_subjects(doc[3])
    ([Turkey], [])
    """
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBZ", "VBP") or children_of(verb, NSUBJ):
        return []
    return [c for c in children_of(verb, COMPOUND)
            if c.i == verb.i - 1 and c.pos_ == "PROPN"]


def subject_control(verb: Token) -> bool:
    """Whether ``verb`` is an infinitive whose subject is its head's subject (not when a
    "for" phrase before it names its own subject: :func:`for_subject`); also the
    infinitive of a verb of applying, parsed as a purpose (:func:`applied_for`), which the
    relation names with its verb ("apply to ban")."""
    return ((verb.dep_ == XCOMP or applied_for(verb)) and is_verb(verb.head)
            and not children_of(verb.head, *OBJ_DEPS) and not is_passive(verb.head)
            and not addressees(verb.head) and for_subject(verb) is None)


def applied_for(verb: Token) -> bool:
    """Whether ``verb`` is the to-infinitive of a verb of applying to an authority
    (:data:`~extract.lexicon.APPLYING_VERBS`), which the parser often reads as a purpose:
    "the government will apply to ban the AfD", "Kenya petitioned to extradite X". What
    it says is asked of the authority, not done by the applicant."""
    return (verb.dep_ in (XCOMP, ADVCL) and verb.head.lemma_.lower() in APPLYING_VERBS
            and to_infinitive(verb))


def for_subject(verb: Token) -> Token | None:
    """The noun of a "for" phrase that ends right before a "to" infinitive, parsed as a
    prepositional object of the clause above: the infinitive's own subject ("NASA pays
    for Russian rockets to carry its crews": the rockets carry them; "proposed a method
    for rescue teams to find the tanker": the teams find it; "argued for a new agency to
    regulate big tech"), not whoever pays, proposes or argues. A span of time or a count of
    times is no such subject ("sanctioned them for months to pressure X", "failed for the
    third time to elect X"). None otherwise.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["NASA", "pays", "for", "rockets", "to", "carry", "crews"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 2, 5, 1, 5],
    ...           deps=["nsubj", "ROOT", "prep", "pobj", "aux", "advcl", "dobj"])
    >>> for_subject(doc[5]), for_subject(doc[1])
    (rockets, None)
    """
    to = next((c for c in kids(verb) if c.dep_ == AUX and c.lower_ == "to"), None)
    if to is None or to.i == 0 or to.i < verb.head.i:
        return None
    tok = to.doc[to.i - 1]
    for _ in range(6):
        if tok.dep_ == POBJ and tok.head.lower_ == "for" and tok.head.dep_ == PREP:
            break
        if tok.head == tok or tok.head.i >= to.i:
            return None
        tok = tok.head
    else:
        return None
    prep = tok.head
    if (tok.right_edge.i != to.i - 1 or tok.ent_type_ in TIME_TYPES
            or tok.lemma_.lower() in TIME_UNITS | FREQUENCY_NOUNS
            or not (prep.head == verb.head or verb.head in prep.head.ancestors)):
        return None
    return tok


def addressees(verb: Token) -> list[Token]:
    """Whom an appeal verb with an infinitive asks to do it: "called on Israel to halt
    construction" -> Israel, "appealed to Turkey to open its border" -> Turkey (they are
    the infinitive's subjects, as the object of "urged Israel to halt" is).

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["UN", "called", "on", "Israel", "to", "halt", "it"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 2, 5, 1, 5],
    ...           deps=["nsubj", "ROOT", "prep", "pobj", "aux", "xcomp", "dobj"],
    ...           pos=["PROPN", "VERB", "ADP", "PROPN", "PART", "VERB", "PRON"],
    ...           lemmas=["UN", "call", "on", "Israel", "to", "halt", "it"])
    >>> addressees(doc[1]), addressees(doc[5])
    ([Israel], [])
    """
    # the infinitive may be parsed as a purpose clause ("calls on Myanmar to protect X"):
    # then only a preposition before it names whom
    purposes = [c for c in children_of(verb, ADVCL) if _purpose(c)]
    if verb.lemma_.lower() not in APPEAL_VERBS or not (children_of(verb, XCOMP) or purposes):
        return []
    if children_of(verb, DOBJ):
        # "asked Archbishop X, the nuncio to the United States, to intercede": a direct
        # object is whom the appeal asks; a "to" phrase is someone else's
        return []
    last = max(c.i for c in children_of(verb, XCOMP) + purposes)
    return [o for prep in children_of(verb, PREP) if prep.lower_ in ADDRESSEE_PREPS
            and prep.i < last
            for o in pobjs(prep) if o.ent_type_ not in NON_PARTICIPANT_TYPES]


def request_addressees(verb: Token) -> list[Token]:
    """Whom a request noun's infinitive is asked of, when the request is addressed to
    someone named: "issued an ultimatum to the YPG to withdraw from Manbij", "sent a
    request to Britain to extradite X", "gave Hamas an ultimatum to release X", "Nigeria's
    request to Britain to extradite X" (the YPG, Britain, Hamas do the infinitive, if at
    all; :data:`~extract.lexicon.REQUEST_NOUNS`). The addressee is a "to" phrase on the
    noun or a dative (or "to" phrase) of the verb that takes the noun, before the
    infinitive; a verb that turns the request down is read by
    :func:`extract.rules.complements.rebuffers`. [] otherwise.

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("Turkey gave the YPG an ultimatum to withdraw", '''
    ...     1 nsubj PROPN Turkey NNP
    ...     1 ROOT VERB give VBD
    ...     3 det DET the DT
    ...     1 dative PROPN YPG NNP
    ...     5 det DET an DT
    ...     1 dobj NOUN ultimatum NN
    ...     7 aux PART to TO
    ...     5 acl VERB withdraw VB''', ents={"YPG": "ORG"})
    >>> request_addressees(doc[7])
    [YPG]
    """
    noun = verb.head
    if (verb.dep_ != ACL or noun.pos_ != "NOUN" or noun.lemma_.lower() not in REQUEST_NOUNS
            or not to_infinitive(verb)
            or any(c.dep_ in (NSUBJ, NSUBJPASS, MARK) for c in kids(verb))):
        return []
    # "to X" on the noun, before the infinitive ("a request to Britain to extradite X")
    found = [o for prep in children_of(noun, PREP) if prep.lower_ == "to" and prep.i < verb.i
             for o in pobjs(prep)]
    head = noun.head
    if not found and noun.dep_ == DOBJ and is_verb(head) and not is_passive(head) and (
            head.lemma_.lower() not in REBUFFING_VERBS):
        # "gave the YPG an ultimatum", "sent a request to Britain"
        for c in kids(head):
            if c.i > verb.i:
                continue
            if c.dep_ == DATIVE and c.pos_ in ("NOUN", "PROPN"):
                found.append(c)
            elif c.dep_ in (DATIVE, PREP) and c.lower_ == "to":
                found.extend(pobjs(c))
    return [o for o in with_conjuncts(found)
            if names_something(o) or named_group(o) or actor_noun(o)]


def clause_verb(tok: Token) -> Token | None:
    """The verb of the clause a token belongs to, or None."""
    while not is_verb(tok):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return tok


#: The form of a verb, read from its first auxiliary if it has one ("did not offer"
#: is past, "will attack" modal, "has accused" perfect).
_FORMS = {"VBD": "past", "VBZ": "present", "VBP": "present", "MD": "modal", "TO": "modal",
          "VB": "base", "VBN": "participle", "VBG": "gerund"}
#: Forms of a verb stated as done or doing, which a conjunct with its own modal may follow
#: ("rejected the offer and will appeal", "has decided to sell the plant and will close
#: the mine").
_STATED_FORMS = frozenset({"past", "present", "perfect"})
#: Forms that may stand beside each form in one coordination: a bare verb shares an
#: auxiliary ("will attack and destroy"), a bare participle a perfect or passive one
#: ("has accused and vowed", "was arrested and charged").
_PARTNER_FORMS = {
    "base": frozenset({"base", "modal", "present"}),
    "participle": frozenset({"participle", "past", "present", "perfect", "modal"}),
    "perfect": frozenset({"perfect", "past", "participle"}),
}


def verb_form(verb: Token) -> str:
    """"past", "present", "modal", "perfect", "base", "participle" or "gerund"."""
    aux = next((c for c in verb.lefts if c.dep_ in (AUX, AUXPASS)), None)
    if aux is not None and aux.lemma_.lower() == "have":
        return "perfect"
    tag = aux.tag_ if aux is not None else verb.tag_
    return _FORMS.get(tag, tag)


def _adjectival(verb: Token) -> bool:
    """Whether an -ing word right before a bare plural noun modifies it.

    "fired on fleeing civilians": "fleeing" says which civilians; a gerund
    with an object has a determiner or a number there ("on hearing the news").
    """
    return any(obj.dep_ == DOBJ and obj.tag_ in PLURAL_NOUN_TAGS and obj.left_edge.i == verb.i + 1
               and not any(c.dep_ in (DET, POSS, NUMMOD) for c in kids(obj))
               for obj in verb.rights)


def same_form(verb: Token, head: Token) -> bool:
    """Whether a conjoined verb can share the subject of the verb it is coordinated with.

    Their forms (:func:`verb_form`) must agree: "Hamas accused Israel and
    vowed revenge" (past, past), "did not offer" is past like "called". A bare
    verb beside a past one is a misparse: "caught up with researcher and study
    co-author" has no verb "study", "issued a cease and desist order" no verb
    "desist"; "predicted Trump would lose and asked voters" is not Trump asking.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["caught", "study", "vowed"],
    ...           tags=["VBD", "VB", "VBD"])
    >>> same_form(doc[1], doc[0]), same_form(doc[2], doc[0])
    (False, True)
    """
    return any(mine == theirs or theirs in _PARTNER_FORMS.get(mine, ())
               or mine in _PARTNER_FORMS.get(theirs, ())
               # a conjunct with a modal of its own goes on with a stated verb: "wins the
               # first round and will face X", "does not recognise the court and will not
               # hand over Y", "has agreed to buy X and will close Y" (not the other way
               # round: "predicted Trump would lose and asked voters" is not Trump asking)
               or (mine == "modal" and theirs in _STATED_FORMS)
               # a bare conjunct shares the "do" of its partner: "did not attack or
               # threaten Y", "does not recognise the court or cooperate with it"
               or (mine == "base" and do_supported(head))
               for mine in _possible_forms(verb) for theirs in _possible_forms(head))


def do_supported(verb: Token) -> bool:
    """Whether a bare verb takes its tense from an auxiliary "do" ("did not attack",
    "does not recognise", "never did pay"), which a bare verb coordinated after it shares.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["Russia", "did", "not", "attack"],
    ...           heads=[3, 3, 3, 3], deps=["nsubj", "aux", "neg", "ROOT"],
    ...           tags=["NNP", "VBD", "RB", "VB"], lemmas=["Russia", "do", "not", "attack"])
    >>> do_supported(doc[3]), do_supported(doc[0])
    (True, False)
    """
    return verb.tag_ == "VB" and any(c.dep_ == AUX and c.lemma_.lower() == "do"
                                     for c in verb.lefts)


def _possible_forms(verb: Token) -> tuple[str, ...]:
    """The forms a verb may have (:func:`verb_form`): a "past" spelt as its own lemma, with
    no auxiliary, may be a present the tagger misread ("Japan and South Korea condemn
    Pyongyang and say ...", "condemn" tagged past), as "hit", "put" are either."""
    form = verb_form(verb)
    if (form == "past" and verb.tag_ == "VBD" and verb.lower_ == verb.lemma_.lower()
            and not any(c.dep_ in (AUX, AUXPASS) for c in verb.lefts)):
        return form, "present"
    return (form,)


def speaker_act(verb: Token, head: Token) -> list[Token]:
    """The speaker's subjects when a verb coordinated with a reported clause is the speaker's act.

    In "X said Y had done A and did B" the parser hangs B on A, the reported verb. B is
    X's when its form is the reporting verb's but not the reported verb's: "predicted
    Trump would lose and asked voters to ..." (past beside "would"), "says Russia has
    broken the truce and vows to respond" (present beside a perfect). After a past
    perfect, which shares its subject with a coordinated past (the "had" left out), B
    is X's only when it is an act of speech or appeal
    (:data:`~extract.lexicon.SPEAKER_ACTS`): "said the agency had shipped doses and
    called on partners to ..." (but "said the army had taken the town and killed ten
    people" is the army's); after a past, only such an act set off by a comma: "said
    Afghan jets bombed two villages, and lodged a protest with Kabul". Beside a modal, a
    verb of a state (:data:`~extract.lexicon.STATE_VERBS`) is the reported clause's state
    in the reporting tense, whoever is in it: "Mobil said Exxon would remain a partner but
    owned no shares" is not Mobil's. In the present, a verb that agrees in number with the
    reporting verb but not with the reported one is the speaker's: "senators say the deal
    violates the law and threaten to impeach X". After a negated past perfect, an
    unnegated act of speech, appeal or blame is X's too ("told reporters France had not
    devalued its currency and blamed the dollar"; other acts there:
    :func:`denied_partner`). Empty when the verb is not the speaker's.
    """
    if (found := _reported_conjunct(verb, head)) is None:
        return []
    reporting, cc, mine, theirs = found
    lemma = verb.lemma_.lower()
    if theirs == "perfect" and mine == "past" and _denied_before(verb, head, cc):
        # "Lisbon told reporters Madrid had not broken the pact and blamed the crisis on
        # X": a conjunct that shared the perfect would share its "not"; an unnegated act of
        # speech goes on with the speaker (any other act is left to :func:`denied_partner`)
        return core(reporting)[0] if _speech_act(lemma) else []
    if agreeing_conjunct(verb, head):
        return []
    if not same_form(verb, head):
        return [] if theirs == "modal" and lemma in STATE_VERBS else core(reporting)[0]
    if mine == theirs == "present":
        own = finite_tag(verb, bare_present=True)
        if own != finite_tag(head, bare_present=True) and own == finite_tag(
                reporting, bare_present=True):
            # "senators say the deal violates the law and threaten to impeach X": a plural
            # beside a singular agrees with the speakers, not with the deal
            return core(reporting)[0]
    if lemma in SPEAKER_ACTS and (
            (theirs == "perfect" and mine == "past")
            or (theirs == mine and cc.i > 0 and verb.doc[cc.i - 1].text == ",")):
        return core(reporting)[0]
    return []


def backshifted(verb: Token, head: Token) -> bool:
    """Whether a verb coordinated after a reported modal is the reported clause's own,
    put into the past of the reporting verb: a past perfect ("said the United States
    would study the draft but had not changed its demand") or a past verb of a state
    (:data:`~extract.lexicon.STATE_VERBS`: "said Brentwood would go on looking but had
    no other talks", "said Exxon would remain a partner but owned no shares"). Reported
    speech moves both verbs back ("will study ... has not changed"); an act of the
    speaker's is a plain past ("predicted Trump would lose and asked voters to ...",
    :func:`speaker_act`). The reporting verb must be a past one before the clause.
    """
    reporting = head.head
    if (head.dep_ != CCOMP or reporting.i >= head.i or verb.dep_ != CONJ
            or reporting.lemma_.lower() not in REPORTING_VERBS
            or verb_form(reporting) != "past" or verb_form(head) != "modal"):
        return False
    form = verb_form(verb)
    if form == "perfect":
        return any(c.dep_ == AUX and c.tag_ == "VBD" for c in verb.lefts)  # "had", not "has"
    # (not a verb of state that carries an event, an act: "said France would send troops
    # and held talks with the Malian president" is the speaker's talks; but "had no other
    # talks" is a state, its lack)
    # (nor a "had" right before a past participle, a perfect misparsed as "have" with an
    # object: "said Iran would expand enrichment and had barred inspectors")
    return (form == "past" and verb.lemma_.lower() in STATE_VERBS
            and (is_negated(verb) or not any(event_lemma(o, default_lexicon())
                                             for o in children_of(verb, DOBJ)))
            and not (verb.lemma_.lower() == "have" and verb.i + 1 < len(verb.doc)
                     and verb.doc[verb.i + 1].tag_ == "VBN"))


def agreeing_conjunct(verb: Token, head: Token) -> bool:
    """Whether a present verb coordinated after a reported clause agrees in number with
    that clause's subject and not with the speaker, so it is the reported subject's act.

    "Analysts say Tesla could lose its lead and faces competition from BYD": "faces" is
    singular, the analysts plural, Tesla singular: Tesla faces it; "critics say the
    ministers will resign and fear a vote" the same with the numbers swapped. Beside a
    reported verb of the same number as the speaker's, nothing is said
    (:func:`speaker_act` decides: "senators say the deal violates the law and threaten to
    impeach X").
    """
    found = _reported_conjunct(verb, head)
    if found is None or found[2] != "present":
        return False
    mine, speaker = finite_tag(verb, bare_present=True), finite_tag(found[0], bare_present=True)
    subject = next((c for c in kids(head) if c.dep_ in (NSUBJ, NSUBJPASS)), None)
    if subject is None or {mine, speaker} != {"VBZ", "VBP"}:
        return False
    plural = subject.tag_ in PLURAL_NOUN_TAGS or subject.lower_ in ("they", "we")
    return (mine == "VBP") == plural


def denied_partner(verb: Token, head: Token) -> bool:
    """Whether a verb coordinated after a negated reported perfect has no known subject.

    In "police said the gunmen had not fired and fled the scene" the unnegated past is
    not the perfect's conjunct (that would share its "not") and not plainly an act of the
    speaker's (as "... and blamed X" is, :func:`speaker_act`): the gunmen or the police
    may have fled, so neither is given. The reporting verb's tense must be the verb's
    ("said Y had not paid and sells X" is no such case).
    """
    found = _reported_conjunct(verb, head)
    return (found is not None and found[2:] == ("past", "perfect")
            and not _speech_act(verb.lemma_.lower()) and _denied_before(verb, head, found[1]))


def _reported_conjunct(verb: Token, head: Token) -> tuple[Token, Token, str, str] | None:
    """The reporting verb, the coordinator and the two forms (:func:`verb_form`) of a verb
    coordinated after a reported clause in the reporting verb's tense, or None.

    ``head`` is the reported clause's verb, a complement of a reporting verb before it,
    active (not "reported Trump is expected to win but only secured 39 delegates": Trump
    secured them), and joined to ``verb`` by a coordinator (not a participle read as a
    verb: "would sign the renewal of the act, renamed the Lewis Act"). A bare present
    tagged as the base form beside a present ("... violates the law and threaten to") and
    a bare past tagged as a participle beside a perfect ("had not sold any cocoa, and
    estimated stocks") are read as such.
    """
    reporting = head.head
    if (head.dep_ != CCOMP or reporting.i == head.i or reporting.i > head.i
            or reporting.lemma_.lower() not in REPORTING_VERBS):
        return None
    cc = next((c for c in kids(head) if c.dep_ == CC and head.i < c.i < verb.i), None)
    if is_passive(head) or cc is None:
        return None
    mine, theirs = verb_form(verb), verb_form(head)
    bare = verb.dep_ == CONJ and not any(c.dep_ in (AUX, AUXPASS) for c in kids(verb))
    if mine == "base" and theirs == "present" and bare:
        mine = "present"
    if mine == "participle" and theirs == "perfect" and bare:
        mine = "past"
    if mine not in ("past", "present") or mine != verb_form(reporting):
        return None
    return reporting, cc, mine, theirs


def _speech_act(lemma: str) -> bool:
    """Whether a verb is an act of speech, appeal or blame a speaker may go on with; not
    one of owning up (:data:`~extract.lexicon.CONFESSING_VERBS`: "said the banker had not
    cooperated and admitted the fraud", which the banker may have done)."""
    return lemma not in CONFESSING_VERBS and (
        lemma in SPEAKER_ACTS or lemma in REPORTING_VERBS or lemma in DISPUTING_PARTICIPLES)


def _denied_before(verb: Token, head: Token, cc: Token) -> bool:
    """Whether a verb coordinated after a negated perfect (``head``, joined to it by ``cc``,
    :func:`_reported_conjunct`) has no "not" of its own.

    "France had not devalued its currency and blamed the dollar": a conjunct that shared
    the perfect's subject would share its "had not" too (and be denied), so an unnegated
    one after it is another subject's act; "had not paid and did not sell" (a "not" of its
    own) and "had not paid or sold" (the "not" goes on over "or") are not, nor a "but"
    (:data:`~extract.lexicon.CONJUNCTIVE_COORDINATORS` only): "soldiers had not warned
    residents but shot three protesters" sets the soldiers' act against what they did not.
    """
    return (cc.lower_ in CONJUNCTIVE_COORDINATORS
            and any(c.dep_ == NEG for c in kids(head))
            and not any(c.dep_ == NEG for c in kids(verb)))


def _event_of_agent(verb: Token, head: Token) -> Token | None:
    """The event noun whose "by" agent a passive participle set off by a comma is hung on,
    or None: "the disqualification of Georgescu by the electoral bureau, upheld by the
    court" (the parse hangs "upheld" on "bureau": what was upheld is the disqualification),
    "the suspension of Mali by the African Union, approved by member states". The noun,
    before its agent, is one the event lexicon reads as an event (:func:`event_lemma`) or
    a noun made from a known verb (:func:`~extract.derivation.verb_of`)."""
    by = head.head
    noun = by.head
    if (head.dep_ != POBJ or by.lower_ != "by" or by.dep_ != PREP or noun.pos_ != "NOUN"
            or noun.i >= by.i or not _after_comma(verb)):
        return None
    lemma = noun.lemma_.lower()
    return noun if (event_lemma(noun, default_lexicon()) is not None
                    or verb_of(lemma) is not None) else None


def _after_comma(verb: Token) -> bool:
    """Whether a participle follows a comma or dash: "..., killing 1,200 people"."""
    start = verb.left_edge.i
    return start > 0 and verb.doc[start - 1].text in ADJUNCT_PUNCT


def _named(agents: list[Token]) -> bool:
    """Whether every one of ``agents`` names someone, itself or by the name in apposition
    to it ("World football's governing body FIFA", "the rights group Memorial")."""
    return bool(agents) and all(names_something(appositive_name(a, TARGET_TYPES))
                                for a in agents)


def _clause_subject(verb: Token, obj: Token) -> bool:
    """Whether the object of a verb of learning or perceiving
    (:data:`~extract.lexicon.CLAUSE_LEARNING_VERBS`) is the subject of a clause the parser
    broke up: the noun phrase is followed at once by a finite verb or auxiliary ("upon
    hearing her son had been convicted", "learning his DNA was on the clothes"): what is
    heard or learnt is the clause, not the noun.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["hearing", "her", "son", "had", "been", "convicted"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[0, 2, 0, 5, 5, 0],
    ...           deps=["ROOT", "poss", "dobj", "aux", "auxpass", "ccomp"],
    ...           tags=["VBG", "PRP$", "NN", "VBD", "VBN", "VBN"],
    ...           lemmas=["hear", "her", "son", "have", "be", "convict"])
    >>> _clause_subject(doc[0], doc[2])
    True
    """
    if verb.lemma_.lower() not in CLAUSE_LEARNING_VERBS or obj.i < verb.i:
        return False
    end = obj.right_edge.i + 1
    if end >= len(obj.doc):
        return False
    following = obj.doc[end]
    return following.tag_ in FINITE_TAGS and following.head.i != verb.i


def _stipulated(participle: Token, noun: Token) -> bool:
    """Whether an -ing clause tells the terms of a text, not anyone's act: its verb lays
    down (:data:`~extract.lexicon.STIPULATING_VERBS`, "provide for", "envisage") and it
    follows the thing it hangs on, a noun that names no one ("signed a trade protocol
    providing for exchanges", "approved a budget envisaging cuts": the protocol provides
    for them, not the signers).

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["Rome", "signed", "a", "protocol", "providing", "for", "trade"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 3, 1, 1, 4, 5],
    ...           deps=["nsubj", "ROOT", "det", "dobj", "advcl", "prep", "pobj"],
    ...           tags=["NNP", "VBD", "DT", "NN", "VBG", "IN", "NN"],
    ...           pos=["PROPN", "VERB", "DET", "NOUN", "VERB", "ADP", "NOUN"],
    ...           lemmas=["Rome", "sign", "a", "protocol", "provide", "for", "trade"])
    >>> _stipulated(doc[4], doc[3]), _stipulated(doc[4], doc[0])
    (True, False)
    """
    if participle.tag_ != "VBG" or noun.i > participle.i or noun.pos_ != "NOUN":
        return False
    lemma = participle.lemma_.lower()
    preps = {f"{lemma}_{c.lower_}" for c in kids(participle) if c.dep_ in (PREP, PRT)}
    if lemma not in STIPULATING_VERBS and not preps & STIPULATING_VERBS:
        return False
    return not noun.ent_type_ and not actor_noun(noun) and not named_group(noun)


def _depicted_by_object(participle: Token) -> bool:
    """Whether an -ing adjunct of showing (:data:`~extract.lexicon.DEPICTING_VERBS`)
    follows the clause's object, a thing: "posted a photo to Twitter showing him with
    X", "released a video depicting the raid": the picture shows it, not whoever posted
    it (a named object or one of people can be the subject's: "hosted Macron, showing
    him the site")."""
    if participle.tag_ != "VBG" or participle.lemma_.lower() not in DEPICTING_VERBS:
        return False
    head = participle.head
    return any(o.pos_ == "NOUN" and o.i < participle.i and not o.ent_type_
               and not actor_noun(o) and not named_group(o)
               for o in children_of(head, DOBJ))


def attributive_participle(tok: Token) -> bool:
    """Whether a participle is an adjective in a noun phrase, however the parser hung it:
    it comes after a determiner or possessive (with only adverbs, adjectives or numbers
    between) and before its noun or number: "the first sitting Congressman", "an
    estimated 300 people", "the recorded sales", "Russia's continuing offensive". Such a
    word states no act of anyone.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["the", "first", "sitting", "Congressman"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[3, 3, 3, 3],
    ...           deps=["det", "amod", "amod", "ROOT"], tags=["DT", "JJ", "VBG", "NNP"],
    ...           pos=["DET", "ADJ", "VERB", "PROPN"])
    >>> attributive_participle(doc[2])
    True
    """
    if tok.tag_ not in ("VBG", "VBN") or tok.i + 1 >= len(tok.doc):
        return False
    after = tok.doc[tok.i + 1]
    if after.pos_ not in ("NOUN", "PROPN", "NUM"):
        return False
    i = tok.i - 1
    while i >= 0 and tok.doc[i].tag_ in _MODIFIER_TAGS:
        i -= 1
    if i < 0 or tok.doc[i].tag_ not in _DETERMINER_TAGS:
        return False
    opener = tok.doc[i].head if tok.doc[i].tag_ == "POS" else tok.doc[i]
    # the determiner of the phrase (hung on its noun or on the participle itself), not a
    # floating quantifier of a clause with an auxiliary or subject ("Amash and Chafee
    # are both reportedly considering runs")
    return (opener.dep_ in _OPENER_DEPS and opener.head.i >= tok.i
            and not any(c.dep_ in _CLAUSE_DEPS for c in kids(tok)))


#: Tags that may stand between a determiner and an attributive participle.
_MODIFIER_TAGS = frozenset({"JJ", "JJR", "JJS", "RB", "RBR", "RBS", "CD", "HYPH"})
#: Tags of the words that open a noun phrase: determiners, possessives and "'s".
_DETERMINER_TAGS = frozenset({"DT", "PDT", "PRP$", "WP$", "POS"})
#: Labels of a noun phrase's determiner or possessor.
_OPENER_DEPS = frozenset({DET, PREDET, POSS})
#: Labels of the words that make a participle a clause: its subject or auxiliary.
_CLAUSE_DEPS = frozenset({NSUBJ, NSUBJPASS, AUX, AUXPASS})
#: Verbs of an adjunct of speech, which goes with who gave an order, not who is told
#: (:func:`adjunct_subjects`: "ordered the ambassador to leave, accusing Paris").
_SPEECH_ADJUNCT_VERBS = REPORTING_VERBS | ACCUSING_VERBS | CITING_VERBS


#: Participles of an effect or a use, made once (:data:`~extract.lexicon.EFFECT_PARTICIPLES`).
_EFFECT_OR_USING_VERBS = EFFECT_PARTICIPLES | USING_VERBS


def adjunct_subjects(participle: Token) -> list[Token]:
    """Subjects of an -ing adjunct: those of the clause it follows, never the nearest noun.

    The parser may attach "..., killing 1,200 people" to the main verb of a
    sentence whose subject names no one ("The war began when Hamas invaded
    Israel, killing ..."): then the clause right before the participle (the
    lowest verb with a subject above the word before the comma) gives it.
    """
    head = participle.head
    absolute = _with_subject(participle)
    if absolute is not None:
        return [absolute]
    if result_participle(participle):
        # "Hagan died from the virus, leading to encephalitis", "cut the polling stations
        # to five, leading to long lines": what the event led to, no one's act
        return []
    if _depicted_by_object(participle) or any(
            _stipulated(participle, o) for o in children_of(head, DOBJ)):
        # "posted a photo showing X", "signed a protocol providing for X": the thing's
        return []
    own = _outcome_subject(participle)
    if own is not None:
        return [own]
    appointee = _appointee(participle)
    if appointee is not None:
        return [appointee]
    if (head.dep_ in (XCOMP, CCOMP) and head.lemma_ == "be" and is_verb(head.head)
            and to_infinitive(head)):
        # "outlets reported Hamza bin Laden to be dead, citing sources": who is said to be
        # dead does not cite; the adjunct goes with the verb of saying
        return core(head.head)[0]
    if (participle.i > head.i and participle.lemma_.lower() in TRANSFER_VERBS
            and any(o.lemma_.lower() in BID_NOUNS for o in children_of(head, DOBJ))
            and not any(names_something(o) for o in children_of(participle, DOBJ, DATIVE))):
        # "launched a hostile bid for Mercer Castle, offering 385 pence a share in cash or a
        # mixture of shares and loan stock": the terms of the bid, given to no one named
        return []
    if (head.dep_ == XCOMP and to_infinitive(head) and participle.i > head.i
            and head.head.lemma_.lower() in DIRECTIVE_VERBS and children_of(head.head, DOBJ)
            and participle.lemma_.lower() in _SPEECH_ADJUNCT_VERBS):
        # "ordered the French ambassador to leave within 48 hours, accusing Paris of
        # meddling": who is told to act does not speak; the adjunct of speech goes with
        # who told him
        return core(head.head)[0]
    if _thing_clause(head):
        # "bombed a building which housed Hamas offices, killing four militants": a
        # relative clause of a thing says what the thing is; the adjunct after it goes
        # with the clause the thing belongs to
        clause = clause_verb(head.head)
        if clause is not None and clause.i != head.i:
            return core(clause)[0]
    if (host := infinitive_host(participle)) is not None:
        # "widened its campaign to rein in tech giants, fining Alibaba": a noun's
        # infinitive has no subject; the adjunct is the clause's act, whose force
        # may be the infinitive's ("sent tanks into Jenin to hunt down militants, killing
        # three fighters")
        harmless = _harm_without_force(participle, host) and _harm_without_force(
            participle, head)
        return [] if harmless else core(host)[0]
    governor = reporter_of_adjunct(participle)
    if governor is not None:
        # "Lavrov said Moscow wanted peace, warning NATO ...": the one who said it warns
        speakers = core(governor)[0]
        if speakers:
            return speakers
    if (is_passive(head)
            and participle.lemma_.lower() not in _EFFECT_OR_USING_VERBS
            # not past a conjunction of the clause: "X was arrested, but police when
            # announcing it named him only as ..."
            and not any(c.dep_ in (CC, CONJ) and head.i < c.i < participle.i
                        for c in kids(head))):
        if participle.i < head.i:
            # "Defying a court order, the protesters were removed by police": a fronted
            # adjunct goes with the clause's subject as written, not its agent
            return _grammatical_subjects(head)
        # "X was banned by the federation, playing against Y": the adjunct dangles on the
        # passive's subject, not on its agent (which only does what the event does, or
        # uses its means: "Kyiv was hit by Russian missiles, killing five", "Using drones,
        # Kyiv was attacked by Russia"); named, or none; but a ruled clause leaves it to
        # the ruling ("ruled that the vote had been rigged, disqualifying X", see
        # _ruling_subjects)
        return _ruling_subjects(head) or [p for p in _grammatical_subjects(head)
                                          if names_something(p)]
    reported = reported_clause(participle)
    if reported is not None:
        # "Russia struck the grid, Ukrainian officials said, forcing blackouts": Russia's
        return core(reported)[0]
    if (participle.i > head.i and head.dep_ == ADVCL and head.lemma_ != "be"
            and any(c.dep_ == MARK and c.lower_ in CONDITIONAL_MARKS for c in kids(head))):
        # "threatened to close the strait unless Washington lifted sanctions, raising fears
        # of war": a condition that has not come about did nothing; what did (the threat)
        # is not the condition's subject's act (but a state's adjunct is part of the state
        # supposed: "if the Sun was in its orbit, orbiting a black hole")
        return []
    agents = core(head)[0]
    if _named(agents) or participle.i == 0:
        return [] if _harm_without_force(participle, head) else agents
    main = _subordinate_host(participle, head)
    if main is not None:
        return [] if _harm_without_force(participle, main) else core(main)[0]
    ruling = _ruling_subjects(head)
    if ruling:
        return ruling
    tok = participle.doc[participle.left_edge.i - 1]
    while tok.is_punct and tok.i > 0:
        tok = tok.doc[tok.i - 1]
    while tok.i not in (head.i, participle.i) and tok.head.i != tok.i:
        # (not a reduced passive relative, which describes a noun and whose agent does
        # nothing more: "a fire broke out at a depot owned by Acme, releasing gas"; nor an
        # active one on a thing, as a thing's relative clause is not: "ambushed a convoy
        # carrying aid to Darfur, killing four drivers" is the ambush's toll)
        if (tok.pos_ == "VERB" and not _thing_clause(tok) and not _controlled(tok)
                and not (tok.dep_ == ACL and (is_passive(tok) or (
                    tok.tag_ == "VBG" and tok.head.pos_ == "NOUN"
                    and not _people_noun(tok.head))))
                and not _prepositional_gerund(tok)):
            found = core(tok)[0]
            if found:
                # "stormed parliament after lawmakers passed a bill, killing five": the
                # clause right before it did no harm, and which one did is not said
                return [] if _harm_without_force(participle, tok) else found
        tok = tok.head
    return [] if _harm_without_force(participle, head) else agents


def _subordinate_host(participle: Token, head: Token) -> Token | None:
    """The main clause's verb an -ing adjunct goes with when the parser hung it on the
    subordinate clause before it, whose subject names no one, or None.

    "Police moved in once the plane landed, arresting the pilot", "Troops waited until the
    convoy stopped, seizing its cargo": the adjunct after a clause opened by a marker
    ("once", "until", "after", "when") that follows its own verb is the main clause's act
    when the marked clause's subject is a thing or nobody named and the main clause's
    subjects name someone; a named subject of the marked clause keeps it ("the war began
    when Hamas invaded Israel, killing 1,200": Hamas's). So does a marked clause whose own
    act is one of force (:func:`_act_of_force`: "pulled back after a car bomb detonated,
    killing nine soldiers", "reached the scene after militants launched an assault,
    killing nine": its toll), or whose subject is a thing that acts (``[agent_things]``:
    "closed the bridge after the storm intensified, cutting power to 10,000 homes"),
    unless the adjunct is harm to people that the main clause's act of force did
    ("raided the camp once the storm passed, killing three militants"). Harm to people
    never goes to a main clause that is no act of force ("cordoned off the market after
    a bomb went off, killing 12 people": the bomb's toll, not the police's).
    """
    main = head.head
    if (head.dep_ != ADVCL or not head.i < participle.i or main.i >= head.i
            or main.pos_ not in ("VERB", "AUX")
            or not any(c.dep_ == MARK for c in kids(head))
            or not any(t.text == "," for t in participle.doc[head.i:participle.i])):
        return None
    if _act_of_force(head):
        return None
    if participle.lemma_.lower() in HARM_ADJUNCTS:
        # harm to people is the toll of the marked clause's event ("a bomb went off",
        # "the building collapsed") unless the main clause is itself an act of force
        if not _act_of_force(main):
            return None
    elif any(s.lemma_.lower() in AGENT_THINGS for s in core(head)[0]):
        return None
    return main if _named(core(main)[0]) else None


def _act_of_force(verb: Token) -> bool:
    """Whether a verb's act is one of force: a verb the event lexicon gives a class of
    :data:`_FORCE_CLASSES` ("detonated", "stormed"), or one whose object or prepositional
    object is an event noun of force ("opened fire", "launched an assault")."""
    lexicon = default_lexicon()
    if lexicon.classify(verb.lemma_.lower()) in _FORCE_CLASSES:
        return True
    nouns = [c for c in kids(verb) if c.dep_ in (DOBJ, ATTR)]
    nouns += [g for p in kids(verb) if p.dep_ == PREP for g in kids(p) if g.dep_ == POBJ]
    return any(lexicon.nouns.get(n.lemma_.lower()) in _FORCE_CLASSES for n in nouns)


#: Event classes of an act of force, which may harm people.
_FORCE_CLASSES = frozenset({"ASSAULT", "FIGHT", "COERCE", "PROTEST"})


def _harm_without_force(participle: Token, verb: Token) -> bool:
    """Whether an -ing adjunct of harm to people (:data:`~extract.lexicon.HARM_ADJUNCTS`)
    would take its doer from a clause whose act is no act of force.

    "Rebels attacked the town, killing 18 soldiers", "police fired tear gas, killing
    three": the act before the adjunct did it. But "protesters stormed parliament after
    lawmakers passed a bill, killing five" (passing a bill kills no one) and "Nicaragua
    accused Honduran troops of shelling a village, wounding three" (an accusation
    wounds no one) name no doer in the clause the adjunct would take it from. Only a
    verb the event lexicon gives a class outside :data:`_FORCE_CLASSES` counts, with no
    object or prepositional object that is an event noun of force ("launched an
    offensive", "opened fire"); a verb of no class ("set it ablaze", "disabled the ship")
    says nothing either way and keeps its subject.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["lawmakers", "passed", "bill", ",", "killing", "five", "rebels", "attacked",
    ...          "town", ",", "killing", "five"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 1, 1, 4, 7, 7, 7,
    ...           7, 7, 10], deps=["nsubj", "ROOT", "dobj", "punct", "advcl", "dobj", "nsubj",
    ...           "ROOT", "dobj", "punct", "advcl", "dobj"], tags=["NNS", "VBD", "NN", ",",
    ...           "VBG", "CD", "NNS", "VBD", "NN", ",", "VBG", "CD"],
    ...           lemmas=["lawmaker", "pass", "bill", ",", "kill", "five", "rebel", "attack",
    ...                   "town", ",", "kill", "five"])
    >>> _harm_without_force(doc[4], doc[1]), _harm_without_force(doc[10], doc[7])
    (True, False)
    """
    if participle.tag_ != "VBG" or participle.lemma_.lower() not in HARM_ADJUNCTS:
        return False  # ("withdrew, having killed three soldiers": their own act, before)
    # (a verb of no class says nothing either way)
    return default_lexicon().classify(verb.lemma_.lower()) is not None and not _act_of_force(verb)


def result_participle(participle: Token) -> bool:
    """Whether an -ing adjunct only says what the event before it led to
    (:data:`~extract.lexicon.OUTCOME_ADJUNCT_VERBS` with its preposition and no object): "Hagan
    died from the Powassan virus, leading to encephalitis", "the city cut polling
    stations to five, leading to long lines", "resulting in 30 deaths". No one did it,
    so the clause's subject is not its doer ("leading the rebels" is a deed).

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["leading", "to", "lines", "leading", "rebels"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[0, 0, 1, 3, 3],
    ...           deps=["ROOT", "prep", "pobj", "ROOT", "dobj"],
    ...           lemmas=["lead", "to", "line", "lead", "rebel"])
    >>> result_participle(doc[0]), result_participle(doc[3])
    (True, False)
    """
    return (participle.lemma_.lower() in OUTCOME_ADJUNCT_VERBS
            and not children_of(participle, DOBJ)
            and any(c.dep_ == PREP and c.lower_ in RESULT_PREPS for c in kids(participle)))


def _placed_participle(participle: Token, head: Token) -> bool:
    """Whether an -ing participle, with no comma before it, hangs on a common noun of a
    place ("city", "town", "region"): "protesters clashed with police in Seoul and other
    cities demanding elections" (the people in the cities demand, and which of them the
    parse does not say); a stative participle ("towns bordering Ukraine") is no act.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["police", "in", "cities", "demanding", "elections"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[0, 0, 1, 2, 3],
    ...           deps=["ROOT", "prep", "pobj", "acl", "dobj"],
    ...           pos=["NOUN", "ADP", "NOUN", "VERB", "NOUN"],
    ...           tags=["NNS", "IN", "NNS", "VBG", "NNS"],
    ...           lemmas=["police", "in", "city", "demand", "election"])
    >>> _placed_participle(doc[3], doc[2]), _placed_participle(doc[3], doc[0])
    (True, False)
    """
    return (participle.tag_ == "VBG" and not _after_comma(participle)
            and head.pos_ == "NOUN" and not head.ent_type_
            and head.lemma_.lower() in CITY_HEADS
            and participle.lemma_.lower() not in STATIVE_PARTICIPLES)


#: Heads that count or name what their "of" phrase says ("a group of", "the village of").
_COUNT_OR_PLACE_HEADS = QUANTITY_HEADS | PLACE_HEADS


def _past_nearer_noun(participle: Token, head: Token) -> bool:
    """Whether a participle after a comma is hung on a noun whose phrase ends, before the
    comma, in the noun of a prepositional phrase of its own: "a spokesman for the
    committee, chaired by Citibank", "the leader of the rebels, backed by Rwanda". Either
    noun may be the one described (here the committee and the rebels), so neither is
    taken. A noun of the same name ("the Bank of England, headed by X"), a date ("the
    chairman since 1985, ..."), the "by" agent of an event noun ("the arrest of X by the
    police, authorised by a judge"), a noun inside an apposition set off before the
    participle ("the bridge, an entryway into Manhattan, run by X"), any noun after an
    event noun (the event is what is carried out, approved, ...) and what the "of" of a
    group or place counts or names ("a group of creditors, led by X") are no second
    candidates.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["aide", "to", "the", "council", ",", "chaired", "by", "Lee"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[0, 0, 3, 1, 0, 0, 5, 6],
    ...           deps=["ROOT", "prep", "det", "pobj", "punct", "acl", "agent", "pobj"],
    ...           pos=["NOUN", "ADP", "DET", "NOUN", "PUNCT", "VERB", "ADP", "PROPN"])
    >>> _past_nearer_noun(doc[5], doc[0]), _past_nearer_noun(doc[5], doc[3])
    (True, False)
    """
    if not _after_comma(participle) or participle.i < head.i:
        return False
    last = participle.doc[participle.left_edge.i - 2] if participle.left_edge.i > 1 else head
    if (last.i <= head.i or last.pos_ not in ("NOUN", "PROPN")
            or last.ent_type_ in NON_PARTICIPANT_TYPES):
        return False
    nearer, tok = None, last
    while tok.i != head.i:
        if tok.dep_ == POBJ and nearer is None:
            nearer = tok
        if tok.head.i == tok.i or (tok.dep_ == APPOS and tok.pos_ == "NOUN"):
            # not inside the host's phrase; or past a description in apposition, an
            # aside on the host: "the Bridge, an entryway into Manhattan, administered by
            # the Port Authority" (not a name: "between El Paso and Juarez, Mexico,
            # separated by the Rio Grande")
            return False
        tok = tok.head
    if nearer is None or nearer.head.lower_ == "by":
        return False  # the agent of an event noun: "the arrest of X by police, authorised by"
    if default_lexicon().is_event_noun(head.lemma_) or (
            nearer.head.lower_ == "of" and nearer.head.head.i == head.i
            and head.lemma_.lower() in _COUNT_OR_PLACE_HEADS):
        # an event is what is carried out or approved ("the assassination of X, carried
        # out by Y"); a group or place is what its "of" phrase counts or names ("a group
        # of creditors, led by X", "the village of Kfar Kila, attacked by Y")
        return False
    return not (
        head.ent_type_ and any(e.start <= head.i < e.end and e.start <= nearer.i < e.end
                               for e in head.doc.ents))


def _controlled(verb: Token) -> bool:
    """Whether a verb is a passive infinitive complement with no subject of its own, whose
    subject is its governor's: "it agreed to be acquired by Bristow, ending a search"
    (Bristow is only the agent of the infinitive; the one who agreed ends the search). An
    active complement keeps the doer its governor gives it ("told them Trump prepared for
    two hours, enlisting help": Trump).

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["it", "agreed", "to", "be", "acquired", "by", "Bristow"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 4, 4, 1, 4, 5],
    ...           deps=["nsubj", "ROOT", "aux", "auxpass", "xcomp", "agent", "pobj"])
    >>> _controlled(doc[4]), _controlled(doc[1])
    (True, False)
    """
    return verb.dep_ == XCOMP and is_passive(verb) and not any(
        c.dep_ in (NSUBJ, NSUBJPASS) for c in kids(verb))


def _prepositional_gerund(verb: Token) -> bool:
    """Whether a verb is a gerund object of a preposition with no subject of its own,
    whose doer a clause above gives: "convicted Imran Khan of leaking secrets, sentencing
    him to ten years" (the charge is no clause before the adjunct: the court sentences).

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["court", "convicted", "Khan", "of", "leaking", "secrets"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 1, 3, 4],
    ...           deps=["nsubj", "ROOT", "dobj", "prep", "pcomp", "dobj"],
    ...           tags=["NN", "VBD", "NNP", "IN", "VBG", "NNS"])
    >>> _prepositional_gerund(doc[4]), _prepositional_gerund(doc[1])
    (True, False)
    """
    return verb.dep_ == PCOMP and verb.tag_ == "VBG" and not any(
        c.dep_ in (NSUBJ, NSUBJPASS) for c in kids(verb))


def _described_agent(participle: Token, clause: Token) -> Token | None:
    """The "by" agent of a passive ``clause`` that a passive participle right after it,
    with a "by" agent of its own, describes: "it had been told by Delta's lenders, led by
    Texas Commerce Bank, that ..." -> lenders (the bank leads the lenders, not whoever
    was told); None when the phrase before the comma is not the clause's agent.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["it", "was", "told", "by", "lenders", ",", "led", "by", "Chase"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words,
    ...           heads=[2, 2, 2, 2, 3, 2, 2, 6, 7],
    ...           deps=["nsubjpass", "auxpass", "ROOT", "agent", "pobj", "punct", "advcl",
    ...                 "agent", "pobj"],
    ...           pos=["PRON", "AUX", "VERB", "ADP", "NOUN", "PUNCT", "VERB", "ADP",
    ...                "PROPN"])
    >>> _described_agent(doc[6], doc[2]).text
    'lenders'
    """
    if not any(c.dep_ == AGENT for c in kids(participle)):
        return None
    start = participle.left_edge.i
    if start < 2 or not participle.doc[start - 1].is_punct:
        return None
    tok = participle.doc[start - 2]
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    while tok.head.i != tok.i and tok.i != clause.i:
        if tok.dep_ == POBJ and tok.head.dep_ == AGENT and tok.head.head.i == clause.i:
            return tok
        if tok.dep_ not in (COMPOUND, POSS, AMOD, NMOD, APPOS, CONJ, PREP, POBJ):
            return None
        tok = tok.head
    return None


def reported_clause(participle: Token) -> Token | None:
    """The reported clause an -ing adjunct after a verb of saying goes with, or None.

    "Russia fired 43 missiles at power plants, Ukrainian officials said, forcing
    blackouts in six regions", "Gunmen stormed the village, police said, killing 12":
    the parser hangs the adjunct on "said", which comes after the clause it reports, but
    the officials force nothing; the adjunct carries on the reported clause (the
    verb's clause complement before it). An adjunct of what a speaker does in speaking
    (citing, adding, urging, calling on: :data:`~extract.lexicon.SPEAKING_ADJUNCTS`,
    :data:`~extract.lexicon.REPORTING_VERBS`, :data:`~extract.lexicon.MESSAGE_ACTS`)
    stays the speaker's.
    """
    head = participle.head
    lemma = participle.lemma_.lower()
    if (participle.dep_ != ADVCL or participle.tag_ != "VBG" or participle.i < head.i
            or head.lemma_.lower() not in REPORTING_VERBS
            or ((lemma in SPEAKING_ADJUNCTS or lemma in REPORTING_VERBS or lemma in MESSAGE_ACTS)
                and not placing_sense(participle))):
        return None
    reported = next((c for c in kids(head) if c.dep_ == CCOMP and c.i < head.i and is_verb(c)),
                    None)
    if reported is None or any(
            t.is_quote for t in participle.doc[max(reported.left_edge.i - 1, 0):head.i]):
        return None  # a quotation: '"...", he said, repeating his remarks' is the speaker's
    return reported


def proof_withheld(gerund: Token, prep: Token) -> Token | None:
    """The verb of saying whose speaker gives no proof in "without" + a gerund of proof,
    hung on the clause it reports, or None.

    "The ministry said Hamas had used the hospital as a base, without providing
    evidence", "Moscow claimed Kyiv staged the attack, without offering proof": the
    claim lacks the proof (:data:`~extract.lexicon.PROOF_NOUNS`, given by a verb of
    :data:`~extract.lexicon.PROOF_VERBS`), so the speaker withholds it, not the subject
    of the reported clause the parser hung "without" on.
    """
    clause = prep.head
    if (prep.lower_ != "without" or gerund.lemma_.lower() not in PROOF_VERBS
            or not any(c.dep_ == DOBJ and c.lemma_.lower() in PROOF_NOUNS for c in kids(gerund))
            or clause.dep_ != CCOMP or clause.head.lemma_.lower() not in REPORTING_VERBS):
        return None
    return clause.head


def placing_sense(participle: Token) -> bool:
    """Whether a verb of speaking (:data:`~extract.lexicon.ADDING_VERBS`) puts a thing
    somewhere, with a noun object and a "to" phrase, rather than says anything.

    "Tidemark said ships had begun diverting around the Cape, adding days to voyages":
    the diversion adds them, so the adjunct is no act of the speaker's; "..., adding that
    more measures would follow" is.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["adding", "days", "to", "voyages", "adding", "that", "it", "failed"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[0, 0, 0, 2, 4, 7, 7, 4],
    ...           deps=["ROOT", "dobj", "prep", "pobj", "ROOT", "mark", "nsubj", "ccomp"],
    ...           pos=["VERB", "NOUN", "ADP", "NOUN", "VERB", "SCONJ", "PRON", "VERB"],
    ...           lemmas=["add", "day", "to", "voyage", "add", "that", "it", "fail"])
    >>> placing_sense(doc[0]), placing_sense(doc[4])
    (True, False)
    """
    return (participle.lemma_.lower() in ADDING_VERBS
            and any(c.dep_ == DOBJ and c.pos_ in ("NOUN", "PROPN", "NUM") for c in kids(participle))
            and any(c.dep_ == PREP and c.lower_ == "to" and children_of(c, POBJ)
                    for c in kids(participle)))


def reporter_of_adjunct(participle: Token) -> Token | None:
    """The verb of saying whose subject does what an -ing adjunct of speaking or citing
    (:data:`~extract.lexicon.SPEAKING_ADJUNCTS`) says, when the parse hung the adjunct on
    the reported clause: "Lavrov said Moscow wanted peace, citing talks" -> said (Lavrov
    cites; his citing is no part of what he says, nor as hedged: "the EU said it would
    sanction Russia, citing the war" cites it now); None otherwise. An adjunct hung on
    another -ing adjunct of the reported clause goes the same way: "said it would close
    three mills, eliminating 1,450 jobs, citing imports" (the company cites them now), and
    so does one hung on a verb coordinated in the reported clause: "said it would close the
    plant and lay off 3,200 workers, citing weak demand"."""
    head = participle.head
    while head.head.i < head.i < participle.i and (
            (head.dep_ == ADVCL and head.tag_ == "VBG")
            or (head.dep_ == CONJ and head.pos_ == "VERB"
                and not any(c.dep_ in (NSUBJ, NSUBJPASS) for c in kids(head)))):
        head = head.head
    governor = head.head
    if (participle.dep_ == ADVCL and participle.tag_ == "VBG"
            and participle.lemma_.lower() in SPEAKING_ADJUNCTS and not placing_sense(participle)
            and head.dep_ == CCOMP
            and governor.i < head.i < participle.i
            and governor.lemma_.lower() in REPORTING_VERBS):
        return governor
    return None


def ruling_of_adjunct(participle: Token) -> Token | None:
    """The ruling verb whose subject does what an -ing adjunct says, when the parse hung
    the adjunct on the ruled clause and :func:`adjunct_subjects` gives it to the ruling
    (:func:`_ruling_subjects`): "the court ruled that officials may use drop boxes,
    overturning its decision" -> ruled (the court overturns, now; the modal of what is
    ruled does not qualify it); None otherwise.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["Court", "ruled", "that", "officials", "may", "use", "boxes", ",",
    ...          "overturning", "ban"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 5, 5, 5, 1, 5, 5, 5, 8],
    ...           deps=["nsubj", "ROOT", "mark", "nsubj", "aux", "ccomp", "dobj", "punct",
    ...                 "advcl", "dobj"],
    ...           pos=["PROPN", "VERB", "SCONJ", "NOUN", "AUX", "VERB", "NOUN", "PUNCT",
    ...                "VERB", "NOUN"],
    ...           tags=["NNP", "VBD", "IN", "NNS", "MD", "VB", "NNS", ",", "VBG", "NN"],
    ...           lemmas=["Court", "rule", "that", "official", "may", "use", "box", ",",
    ...                   "overturn", "ban"],
    ...           ents=["B-ORG", "O", "O", "O", "O", "O", "O", "O", "O", "O"])
    >>> ruling_of_adjunct(doc[8])
    ruled
    """
    head = participle.head
    if participle.dep_ != ADVCL or participle.tag_ != "VBG" or participle.i < head.i:
        return None
    ruling = _ruling_subjects(head)
    if not ruling or is_future(head):
        # "decided that troops will withdraw, handing control to X": still to come
        return None
    chosen = {t.i for t in adjunct_subjects(participle)}
    return head.head if chosen and chosen == {t.i for t in ruling} else None


def _described_argument(participle: Token, clause: Token) -> Token | None:
    """The argument of ``clause`` whose phrase ends right before ``participle``, when a
    noun ends it: "came from the Bison Range in Montana run by X" -> Range (the noun of
    the clause's object or prepositional object that holds "Montana"); None when no noun
    comes right before or the noun is not in such an argument.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["ship", "docked", "at", "terminal", "in", "Crimea", "seized", "by", "Russia"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words,
    ...           heads=[1, 1, 1, 2, 3, 4, 1, 6, 7],
    ...           deps=["nsubj", "ROOT", "prep", "pobj", "prep", "pobj", "advcl", "agent",
    ...                 "pobj"],
    ...           pos=["NOUN", "VERB", "ADP", "NOUN", "ADP", "PROPN", "VERB", "ADP", "PROPN"])
    >>> _described_argument(doc[6], doc[1]).text
    'terminal'
    """
    start = participle.left_edge.i
    if start == 0:
        return None
    tok = participle.doc[start - 1]
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    found = None
    while tok.i != clause.i:
        if tok.head.i == tok.i or is_verb(tok):
            return None
        if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in (DOBJ, POBJ):
            found = tok
        elif tok.dep_ not in (PREP, COMPOUND, AMOD, APPOS, CONJ, NMOD, POSS):
            return None
        tok = tok.head
    return found


def _thing_clause(verb: Token) -> bool:
    """Whether a verb heads a relative clause whose subject is "which" or "that"."""
    return verb.dep_ == RELCL and any(c.tag_ == "WDT" and c.dep_ in (NSUBJ, NSUBJPASS)
                                      for c in kids(verb))


def _ruling_subjects(clause: Token) -> list[Token]:
    """The named subjects of a ruling whose clause an -ing adjunct was hung on.

    "The court ruled that the party had broken the rules, disqualifying X": what
    is ruled, decided or ordered (a "that" clause after a verb that reports no speech
    or belief, whose own subject names no one) does not act; the ruling does. Under a
    verb of saying the clause keeps the adjunct ("police said gunmen had fled,
    leaving ...": none).
    """
    governor = clause.head
    # the ruling comes first and its clause opens with "that" (not two clauses the parse
    # joined: "X came second, securing 12; Y came first")
    if (clause.dep_ != CCOMP or not is_verb(governor) or clause.i < governor.i
            or governor.lemma_.lower() in REPORTING_VERBS
            or not any(c.dep_ == MARK and c.lower_ == "that" for c in kids(clause))):
        return []
    found = core(governor)[0]
    return found if _named(found) else []


#: Verbs of an -ing adjunct said of an appointee: succeeding or beating a rival, made once.
_APPOINTEE_ADJUNCT_VERBS = SUCCEEDING_VERBS | OUTRUNNING_VERBS


def _appointee(participle: Token) -> Token | None:
    """Who takes over a post in an adjunct of succession after an appointment, or None.

    "named Richard Ames president, succeeding James Corrigan" -> Ames, "appointed Maria
    Lopez as finance chief, replacing Thomas Reed" -> Lopez: the -ing word of
    :data:`~extract.lexicon.SUCCEEDING_VERBS` after an active verb of
    :data:`~extract.lexicon.APPOINTING_VERBS` goes with the verb's object, not with who
    made the appointment (a passive's subject already is the appointee: "Bell was
    appointed editor, succeeding Hume"); so does one of beating a rival to it
    (:data:`~extract.lexicon.OUTRUNNING_VERBS`): "parliament elected Cardoso as speaker,
    defeating Moura" -> Cardoso.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["Acme", "named", "Ames", "president", ",", "succeeding", "Corrigan"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 1, 1, 1, 5],
    ...           deps=["nsubj", "ROOT", "dobj", "oprd", "punct", "advcl", "dobj"],
    ...           lemmas=["Acme", "name", "Ames", "president", ",", "succeed", "Corrigan"])
    >>> _appointee(doc[5]), _appointee(doc[1])
    (Ames, None)
    """
    head = participle.head
    if (participle.lemma_.lower() not in _APPOINTEE_ADJUNCT_VERBS or participle.i < head.i
            or head.lemma_.lower() not in APPOINTING_VERBS or is_passive(head)):
        return None
    appointed = next((c for c in kids(head) if c.dep_ == DOBJ), None) or next(
        # "named Raymond Kovach, 52, president", the name parsed as the predicate
        (c for c in kids(head) if c.dep_ == OPRD and c.ent_type_ == "PERSON"), None)
    if appointed is not None and appointed.pos_ != "PROPN":
        # "named Richard Ames president", parsed as one phrase whose head is the post:
        # the name in it is who takes the post
        names = [c for c in kids(appointed) if c.dep_ == COMPOUND and c.ent_type_ == "PERSON"]
        if names:
            return names[-1]
    return appointed


def _outcome_subject(participle: Token) -> Token | None:
    """The subject of an -ing clause after the preposition of an outcome verb: "...,
    leading to the state using the National Guard" -> state, "resulting in police
    firing tear gas" -> police (the noun right before the -ing word, object of the
    preposition of a verb of ``[outcome_verbs]``), or None."""
    head = participle.head
    if head.lemma_.lower() not in OUTCOME_VERBS or participle.i == 0:
        return None
    before = participle.doc[participle.i - 1]
    for prep in children_of(head, PREP):
        for pobj in pobjs(prep):
            if pobj.i < participle.i and pobj.right_edge.i == before.i and not before.is_punct:
                return pobj
    return None


def own_adjunct_subject(participle: Token) -> Token | None:
    """The subject an -ing adjunct has of its own, not its clause's: "..., with the army
    using tear gas" (:func:`_with_subject`), "..., leading to Germany reopening its coal
    plants" (:func:`_outcome_subject`); None otherwise."""
    return _with_subject(participle) or _outcome_subject(participle)


def _with_subject(participle: Token) -> Token | None:
    """The subject of an absolute "with X doing": "..., with the next country, the
    United Kingdom, reporting 37,542 deaths" -> the United Kingdom (a named
    apposition stands for its noun), or None when the -ing word follows no "with"."""
    pobj = _with_object(participle)
    if pobj is None:
        return None
    named = [c for c in kids(pobj) if c.dep_ == APPOS and names_something(c)]
    return named[0] if named else pobj


def _with_object(participle: Token) -> Token | None:
    """The object of the "with" right before an -ing adjunct (see :func:`_with_subject`)."""
    start = participle.left_edge.i
    if start == 0 or participle.doc[start - 1].text not in ADJUNCT_PUNCT:
        return None
    tok = participle.doc[start - 1]
    while tok.is_punct and tok.i > 0:
        tok = tok.doc[tok.i - 1]
    while tok.head.i != tok.i and tok.i != participle.head.i:
        if tok.dep_ == POBJ and tok.head.lower_ == "with" and tok.i < participle.i:
            # the absolute "with" opens its phrase ("..., with X reporting"); "closed its
            # border with Belarus, blaming Minsk" is the clause's own "with"
            with_ = tok.head
            opens = with_.i == 0 or tok.doc[with_.i - 1].text in ADJUNCT_PUNCT
            return tok if opens else None
        if tok.dep_ in (NSUBJ, NSUBJPASS, DOBJ) or is_verb(tok):
            return None
        tok = tok.head
    return None


def _senders(participle: Token) -> list[Token]:
    """Named ``by`` phrases of a participle, as agent or (misparsed) as preposition."""
    return [p for c in kids(participle)
            if c.dep_ == AGENT or (c.dep_ == PREP and c.lower_ == "by")
            for p in pobjs(c) if names_something(p)]


#: Verbs of giving something to someone, made once.
_GIVING_VERBS = TRANSFER_VERBS | DOUBLE_OBJECT_VERBS
#: Prepositions an agent is hung on after a verb of giving ("provided with radars by Japan").
_GIVEN_AGENT_PREPS = _HUNG_AGENT_PREPS | {"with"}


def _hung_agents(verb: Token) -> list[Token]:
    """The ``by`` agent of a passive verb that the parser hung on the phrase before it:
    "weapons were supplied to the rebels by Iran" (only after a participant preposition:
    "destroyed, with estimates by the Red Cross" has none), or on an amount: "Apple was
    fined 500 million euros by the Commission"; or on what a verb of giving gives its
    passive subject: "Moldova was granted a loan by the EU", "Kyiv was sent tanks by
    Poland", "Manila was provided with radars by Japan"; or on the active gerund after
    it, which takes no agent of its own, or on the gerund's object: "X was barred from
    making medicines by the regulator", "Y was accused of spying by Moscow" (a named
    actor, not a place: "banned from camping by Lake Geneva")."""
    giving = verb.lemma_.lower() in _GIVING_VERBS
    # what a verb of giving gives its passive subject: "was provided with radars by Japan"
    preps = _GIVEN_AGENT_PREPS if giving else _HUNG_AGENT_PREPS
    judging = verb.lemma_.lower() in JUDGING_VERBS
    if judging:
        # the deed judged: "was convicted of corruption by a Paris court", "was charged
        # with fraud by federal prosecutors", "was jailed for spying by a Tehran court"
        preps = preps | {"of", "with", "for"}
    hosts = [pobj for prep in children_of(verb, PREP) if prep.lower_ in preps
             for pobj in pobjs(prep)]
    # what it was hit with: "was hit with water cannon by Chinese coast guard ships" (not an
    # absolute "with" after a comma: "destroyed, with estimates by the Red Cross ...")
    hosts += [pobj for prep in children_of(verb, PREP) if prep.lower_ == "with"
              and "with" not in preps and not prep.doc[prep.i - 1].is_punct
              for pobj in pobjs(prep)]
    hosts += [o for o in children_of(verb, DOBJ) if giving or is_amount(o)]
    gerunds = [g for prep in children_of(verb, PREP) for g in children_of(prep, PCOMP)
               if g.tag_ == "VBG" and not children_of(g, NSUBJ, AUXPASS)]
    hung = [a for host in hosts
            for by in children_of(host, PREP, AGENT) if by.lower_ == "by"
            for a in pobjs(by) if names_something(a) or (judging and actor_noun(a))]
    # (a name the NER missed too: "was stripped of hosting rights by FIFA" with "FIFA"
    # untyped; not a place: "banned from camping by Lake Geneva")
    return hung or [a for host in (*gerunds, *(o for g in gerunds for o in children_of(g, DOBJ)))
                    for by in children_of(host, PREP, AGENT) if by.lower_ == "by"
                    for a in pobjs(by) if (names_something(a) or unrecognised_name(a))
                    and a.ent_type_ not in _SITE_TYPES]


def passive_gerund(verb: Token) -> bool:
    """Whether ``verb`` is the active gerund after a passive verb with no "by" agent of
    its own, whose "by" phrase is the passive verb's (see :func:`_hung_agents`): "Chelsea
    were barred from signing players *by FIFA*", "X was accused of laundering money *by
    prosecutors*" (FIFA signs no players; the gerund's doer is the passive subject).

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("Chelsea were barred from signing players by FIFA", '''
    ...     2 nsubjpass PROPN Chelsea NNP
    ...     2 auxpass AUX were VBD
    ...     2 ROOT VERB barred VBN
    ...     2 prep ADP from IN
    ...     3 pcomp VERB signing VBG
    ...     4 dobj NOUN players NNS
    ...     4 prep ADP by IN
    ...     6 pobj PROPN FIFA NNP''', ents={"FIFA": "ORG"})
    >>> passive_gerund(doc[4]), passive_gerund(doc[2])
    (True, False)
    """
    if verb.tag_ != "VBG" or verb.dep_ != PCOMP or verb.head.dep_ != PREP:
        return False
    passive = verb.head.head
    return (is_verb(passive) and is_passive(passive) and not children_of(verb, NSUBJ, AUXPASS)
            and not by_agents(passive))


def launchers(noun: Token) -> list[Token]:
    """Who sent a weapon: "rockets fired by Hamas" -> Hamas (empty if none is said).

    Also for the misparse that makes "Rockets fired by X struck Y" two
    coordinated clauses.
    """
    for child in kids(noun):
        if child.dep_ in (ACL, RELCL) and child.lemma_.lower() in LAUNCH_VERBS:
            found = _senders(child)
            if found:
                return found
    head = noun.head
    if noun.dep_ == NSUBJ and head.tag_ == "VBN" and head.lemma_.lower() in LAUNCH_VERBS:
        return _senders(head)
    if (noun.dep_ == DOBJ and head.lemma_.lower() in AIM_VERBS and is_verb(head)
            and _weapon(noun)
            and head.tag_ in ("VBD", "VBZ", "VBP", "VBN") and not is_passive(head)
            and not is_negated(head) and not any(c.tag_ == "MD" for c in kids(head))):
        # what the weapon does is its sender's: "Iran launched missiles targeting US
        # troops", "Hezbollah fired rockets that hit Metula" (``[aim_verbs]``); only when
        # the firing is stated ("did not launch missiles targeting X", "may fire rockets
        # hitting Y" send none for sure); a craft launched on a mission of its own is no
        # weapon (:func:`_weapon`): "launched a module that will dock with Mir" (the
        # module docks)
        return core(head)[0]
    return []


def _weapon(noun: Token) -> bool:
    """Whether a noun (or what it counts: "dozens of rockets") is a weapon or a force
    that acts for whoever fires or launches it (``@materiel`` and ``@physical`` of
    :mod:`extract.events`' senses: missiles, rockets, drones, shells, grenades), not a
    craft or a thing sent on a mission of its own ("a module", "a satellite")."""
    senses = default_senses()
    return any({t.lemma_.lower(), t.lower_} & (senses.materiel | senses.physical)
               for t in (noun, _counted(noun)))


def givers(noun: Token) -> list[Token]:
    """Who gave what is given: "backed by a loan from the IMF" -> IMF, "funded by aid
    from Qatar" -> Qatar (a noun of what is given, ``[recipient_nouns]``, with a named
    "from" source; empty if none is said)."""
    if noun.lemma_.lower() not in RECIPIENT_NOUNS and noun.lower_ not in RECIPIENT_NOUNS:
        return []
    return [p for prep in children_of(noun, PREP) if prep.lower_ == "from"
            for p in pobjs(prep) if names_something(p)]


def _counted(noun: Token) -> Token:
    """What a quantity head counts: "dozens of rockets" -> rockets (else the noun itself)."""
    if noun.lemma_.lower() in QUANTITY_HEADS or noun.like_num:
        for prep in children_of(noun, PREP):
            if prep.lower_ == "of":
                for pobj in children_of(prep, POBJ):
                    return pobj
    return noun


def _instrument_agents(agents: list[Token]) -> tuple[list[Token], bool]:
    """Agents with each weapon replaced by whoever sent it, and whether one was."""
    out: list[Token] = []
    replaced = False
    for agent in agents:
        found = []
        if agent.pos_ in ("NOUN", "NUM"):
            found = launchers(agent) or launchers(_counted(agent)) or givers(agent)
        elif agent.tag_ == "VBG":
            found = givers(agent)  # "backed by funding from Qatar" ("funding" as a verb)
        if found:
            out.extend(a for a in found if a not in out)
            replaced = True
        elif agent not in out:
            out.append(agent)
    return out, replaced


def adopting_verb(text: Token) -> Token | None:
    """The verb by which a body adopts a text whose participle says what it does, or
    None: "the Council adopted / failed to pass a resolution condemning X" -> adopted /
    pass (:data:`ADOPTED_TEXTS`, :data:`ADOPTING_VERBS`)."""
    verb = text.head
    # not an apposition parsed as a second object, which says what the first text is
    # ("adopted a resolution, the first statement to condemn X": a text condemns)
    if (text.lemma_.lower() in ADOPTED_TEXTS and text.dep_ in (DOBJ, NSUBJPASS)
            and is_verb(verb) and verb.lemma_.lower() in ADOPTING_VERBS
            and not loose_second_object(verb, text)):
        return verb
    return None


def _message_senders(participle: Token, addressee: Token) -> list[Token] | None:
    """Who sent the message to ``addressee`` that an -ing ``participle`` hung on it says
    more of, or None when ``addressee`` is no message's.

    "Saddam Hussein sent a message to Reagan expressing his regret", "the union sent a
    petition to the ministry demanding higher wages": the parser hangs the participle on
    the addressee (the object of "to" after a message, :data:`~extract.lexicon.MESSAGE_NOUNS`,
    or after the verb that sends one), but the message, and so its sender, expresses or
    demands it: the subjects of that verb (none if it has none). Only a participle of
    what a message does (:data:`~extract.lexicon.MESSAGE_ACTS`: express, urge, ask ...)
    is the sender's: "wrote a letter to a charity helping orphans" describes the charity.
    """
    prep = addressee.head
    if participle.tag_ != "VBG" or participle.lemma_.lower() not in MESSAGE_ACTS:
        return None
    if addressee.dep_ != POBJ or prep.lower_ != "to" or prep.dep_ not in (DATIVE, PREP):
        return None
    host = prep.head
    if host.pos_ == "NOUN" and host.lemma_.lower() in MESSAGE_NOUNS:
        verb = host.head if host.dep_ == DOBJ and is_verb(host.head) else None
    elif is_verb(host) and any(c.dep_ == DOBJ and c.lemma_.lower() in MESSAGE_NOUNS
                               for c in kids(host)):
        verb = host
    else:
        return None
    return core(verb)[0] if verb is not None else []


def _adopters(text: Token) -> list[Token]:
    verb = adopting_verb(text)
    return core(verb)[0] if verb is not None else []


def _means_readied(verb: Token, objects: list[Token]) -> bool:
    """Whether the objects of an active verb are a means its subject readies or uses for
    what an infinitive says, so that the subject does it: "used Instagram to thank her
    supporters" (:data:`~extract.lexicon.USING_VERBS`), "is preparing missiles to strike
    Kyiv", "readied its jets to hit the depot" (:data:`~extract.lexicon.PREPARING_WORDS`,
    with no object that may act: "prepared the troops to storm the town" has the troops
    storm it).

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["Russia", "prepares", "missiles", "to", "strike", "Kyiv"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 4, 1, 4],
    ...           deps=["nsubj", "ROOT", "dobj", "aux", "xcomp", "dobj"],
    ...           pos=["PROPN", "VERB", "NOUN", "PART", "VERB", "PROPN"],
    ...           tags=["NNP", "VBZ", "NNS", "TO", "VB", "NNP"],
    ...           lemmas=["Russia", "prepare", "missile", "to", "strike", "Kyiv"])
    >>> _means_readied(doc[1], [doc[2]])
    True
    """
    if not is_verb(verb) or is_passive(verb):
        return False
    lemma = verb.lemma_.lower()
    return lemma in USING_VERBS or (lemma in PREPARING_WORDS and bool(objects)
                                    and not any(may_act(o) for o in objects))


def _readied_means_users(infinitive: Token, means: Token) -> list[Token]:
    """Who does what the infinitive on a readied or used means says, the infinitive read
    as the noun's relative: the subjects of the verb whose object the means is ("the junta
    is preparing airstrikes to retake the town", "employed drones to strike the depot":
    :func:`_means_readied`). Empty otherwise."""
    if (not to_infinitive(infinitive) or infinitive.i < means.i or means.dep_ != DOBJ
            or not _means_readied(means.head, [means])):
        return []
    return core(means.head)[0]


def _adverbial_name(verb: Token, before: int | None = None) -> list[Token]:
    """The name right after an active verb with no object, which the parser read as an
    adverbial noun: the verb's object ("Hezbollah would strike Haifa", "Russia will bomb
    Kyiv", "denied reports that its forces shelled Donetsk"), a name of several words too
    when its phrase opens right after the verb ("..., expelling Dmitry Maksimychev", with
    "Maksimychev" the adverbial noun and "Dmitry" its compound). A date or time after the verb
    ("struck Monday") is when, and a verb of no event class is left as it was.

    With ``before`` (where an amount object opens), the name is the first of two objects,
    whom an amount is taken from or given to ("fining BMW 373 million euros", "lent Greece
    10 billion euros"): the name ends before the amount, and a name the NER typed as a
    product is read as a name too (a company: "BMW").

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["Hezbollah", "would", "strike", "Haifa"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[2, 2, 2, 2],
    ...           deps=["nsubj", "aux", "ROOT", "npadvmod"],
    ...           pos=["PROPN", "AUX", "VERB", "PROPN"], tags=["NNP", "MD", "VB", "NNP"],
    ...           lemmas=["Hezbollah", "would", "strike", "Haifa"],
    ...           ents=["B-ORG", "O", "O", "B-GPE"])
    >>> _adverbial_name(doc[2])
    [Haifa]
    """
    # the name's phrase opens right after the verb: "expelling Dmitry Maksimychev"
    name = next((c for c in kids(verb) if c.dep_ == NPADVMOD and c.left_edge.i == verb.i + 1),
                None)
    types = ACTOR_TYPES if before is None else ACTOR_TYPES | {"PRODUCT"}
    if (name is None or name.pos_ != "PROPN"
            or (name.ent_type_ and name.ent_type_ not in types)
            or (before is not None and name.right_edge.i >= before)
            or default_lexicon().classify(verb.lemma_.lower()) is None):
        return []
    return [name]


def _stranded_gerund(infinitive: Token) -> Token | None:
    """The gerund right before a "to" infinitive the parser hung on the clause above: the
    gerund's own complement ("accused Kyiv of planning to blow up the dam", "charged X
    with conspiring to kill Y"), when the gerund, in a phrase of the same clause, has no
    object or complement of its own. None otherwise.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["Moscow", "accused", "Kyiv", "of", "planning", "to", "blow", "dam"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 1, 3, 6, 1, 6],
    ...           deps=["nsubj", "ROOT", "dobj", "prep", "pobj", "aux", "advcl", "dobj"],
    ...           pos=["PROPN", "VERB", "PROPN", "ADP", "VERB", "PART", "VERB", "NOUN"],
    ...           tags=["NNP", "VBD", "NNP", "IN", "VBG", "TO", "VB", "NN"])
    >>> _stranded_gerund(doc[6])
    planning
    """
    to = next((c for c in kids(infinitive) if c.dep_ == AUX and c.lower_ == "to"), None)
    if to is None or to.i == 0:
        return None
    gerund = to.doc[to.i - 1]
    if (gerund.tag_ != "VBG" or gerund.dep_ not in (POBJ, PCOMP)
            or gerund.head.dep_ != PREP or gerund.head.head.i != infinitive.head.i
            or any(c.dep_ in (*OBJ_DEPS, XCOMP, CCOMP) for c in kids(gerund))):
        return None
    return gerund


def _deal_parties(infinitive: Token, deal: Token) -> list[Token]:
    """Who carries out what a concluded deal's infinitive says: the party that concluded it.

    "Samsung signed a deal to supply chips to Nvidia", "First Midland reached an
    agreement to acquire Riverside": the subjects of the verb that concludes the deal
    (:data:`~extract.lexicon.DEAL_NOUNS`, :data:`~extract.lexicon.DEAL_VERBS`). A deal
    made with a partner ("signed a deal with X to supply Y") does not say which side
    acts: no one. Nor does a deal noun in apposition to the object, parsed as a second
    object: "signed a pact banning arms sales, the first accord to end such exports" says
    what the pact does, not what its signers do. Empty when the infinitive is no such
    deal's.
    """
    verb = deal.head
    if (not to_infinitive(infinitive) or infinitive.i < deal.i or deal.dep_ != DOBJ
            or deal.lemma_.lower() not in DEAL_NOUNS or not is_verb(verb)
            or verb.lemma_.lower() not in DEAL_VERBS or loose_second_object(verb, deal)):
        return []
    if any(c.dep_ == PREP and c.lower_ == "with" for c in (*kids(deal), *kids(verb))):
        return []
    return core(verb)[0]


def _judging_noun(noun: Token) -> bool:
    """Whether ``noun`` is an event noun of judging someone for a deed, done to its "of"
    object or possessor (:data:`~extract.lexicon.PATIENT_NOUNS` whose verb is one of
    :data:`~extract.lexicon.JUDGING_VERBS`): "arrest", "extradition", "conviction"."""
    lemma = noun.lemma_.lower()
    return (noun.pos_ == "NOUN" and lemma in PATIENT_NOUNS
            and (verb_of(lemma) or lemma) in JUDGING_VERBS)


def judged_patients(noun: Token) -> list[Token]:
    """The ones a judging noun is done to: its "of" objects or, with none, its possessor
    ("the arrest of Menezes", "Khan's extradition")."""
    done_to = [o for p in children_of(noun, PREP) if p.lower_ == "of" for o in pobjs(p)]
    return with_conjuncts(done_to or children_of(noun, POSS))


def judged_noun(prep: Token) -> Token | None:
    """The judging noun a "for" phrase of a deed belongs to: the noun it hangs on ("the
    extradition of X for bombing Y") or, when the parser hangs it on the verb above, that
    verb's object ("ordered the arrest of X for taking bribes"), unless that verb judges
    for a deed itself, whose "for" is its own reason ("praised the arrest of X for
    helping the inquiry"); only a noun that names whom it is done to
    (:func:`judged_patients`).

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("ordered the arrest of Khan for spying", '''
    ...     0 ROOT VERB order VBD
    ...     2 det DET the DT
    ...     0 dobj NOUN arrest NN
    ...     2 prep ADP of IN
    ...     3 pobj PROPN Khan NNP
    ...     0 prep ADP for IN
    ...     5 pcomp VERB spy VBG
    ... ''')
    >>> judged_noun(doc[5]), judged_patients(doc[2])
    (arrest, [Khan])
    """
    if prep.lower_ != "for":
        return None
    head = prep.head
    nouns = [head] if head.pos_ == "NOUN" else (
        children_of(head, DOBJ) if head.pos_ == "VERB" and head.i < prep.i
        and head.lemma_.lower() not in JUDGING_VERBS else [])
    return next((n for n in nouns if _judging_noun(n) and judged_patients(n)), None)


def suspected_of(gerund: Token) -> list[Token]:
    """Who a gerund after "on suspicion of", "over allegations of", "on charges of" is
    said of: the object (or passive subject) of the verb the phrase hangs on ("arrested
    Amri on suspicion of helping the Islamic State", "Puigdemont was detained over
    allegations of misusing funds", "put X on trial for plotting a coup"), the subject
    of "be" under a trial noun ("X is under investigation / on trial for V-ing",
    :data:`~extract.lexicon.TRIAL_NOUNS`) or of "face" ("X faces charges of V-ing",
    "faces trial for V-ing"); what it says is only suspected (hedged).

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["Italy", "arrested", "Amri", "on", "suspicion", "of", "helping", "ISIS"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 1, 3, 4, 5, 6],
    ...           deps=["nsubj", "ROOT", "dobj", "prep", "pobj", "prep", "pcomp", "dobj"],
    ...           pos=["PROPN", "VERB", "PROPN", "ADP", "NOUN", "ADP", "VERB", "PROPN"],
    ...           tags=["NNP", "VBD", "NNP", "IN", "NN", "IN", "VBG", "NNP"],
    ...           lemmas=["Italy", "arrest", "Amri", "on", "suspicion", "of", "help", "ISIS"])
    >>> suspected_of(doc[6]), suspected_of(doc[1])
    ([Amri], [])
    """
    prep = gerund.head
    # (the parser may take the gerund for the preposition's noun: "of" -pobj-> "spying")
    if gerund.dep_ not in (PCOMP, POBJ) or gerund.tag_ != "VBG" or prep.dep_ != PREP:
        return []
    if (judged := judged_noun(prep)) is not None:
        # "ordered the arrest of Menezes for taking bribes", "Khan's extradition for
        # bombing the embassy": the one arrested or extradited, if at all
        return judged_patients(judged)
    noun = prep.head
    lemma = noun.lemma_.lower()
    if not ((prep.lower_ == "of" and lemma in SUSPICION_NOUNS)
            or (prep.lower_ == "for" and lemma in TRIAL_NOUNS)):
        return []
    if noun.dep_ == DOBJ and (noun.head.lemma_.lower() in FACING_VERBS or (
            lemma in TRIAL_NOUNS and noun.head.lemma_.lower() in TRIAL_STANDING_VERBS)):
        # "X faces charges of taking bribes", "Y faces / stands trial for plotting a coup"
        return [c for c in kids(noun.head) if c.dep_ == NSUBJ]
    if noun.dep_ != POBJ:
        return []
    clause = noun.head.head
    if lemma in TRIAL_NOUNS and (clause.lemma_.lower() == "be" or (
            clause.lemma_.lower() in TRIAL_STANDING_VERBS
            and noun.head.lower_ in TRIAL_PREPS)):
        # "X is under investigation / on trial for V-ing", "Y goes on trial for V-ing"
        return [c for c in kids(clause) if c.dep_ == NSUBJ]
    return core(clause)[1] if is_verb(clause) else []


def _gerund_prep(verb: Token) -> Token | None:
    """The preposition of a gerund on a verb ("retaliated by firing"), also when the
    parser coordinated a second gerund with the verb itself: in "arrested X for
    kidnapping and torturing women", "torturing" belongs with "for kidnapping"."""
    head = verb.head
    if verb.dep_ == PCOMP and verb.tag_ == "VBG" and head.dep_ == PREP and is_verb(head.head):
        return head
    if (verb.dep_ == POBJ and verb.tag_ == "VBG" and head.dep_ == PREP
            and head.lower_ in ALLEGED_PREPS and is_verb(head.head)
            and head.head.lemma_.lower() in ALLEGING_VERBS
            and not any(c.dep_ in (DET, POSS) for c in kids(verb))):
        # a bare gerund read as the preposition's object: "the rebels, whom Kinshasa
        # accuses Kigali of arming" (the pronoun its object, :func:`stranded_relative`)
        return head
    if verb.dep_ != CONJ or verb.tag_ != "VBG" or head.tag_ not in FINITE_VERB_TAGS:
        return None
    links = [c for c in kids(head) if c.dep_ == CC and c.i < verb.i]
    if not links or links[-1].i == 0:
        return None
    before = verb.doc[links[-1].i - 1]
    if (before.lower_.endswith("ing") and before.dep_ in (POBJ, PCOMP)
            and before.head.dep_ == PREP and before.head.head.i == head.i):
        return before.head
    return None


def _listed_after_preposition(verb: Token, obj: Token, objects: list[Token]) -> bool:
    """Whether a second direct object is a member of the list a preposition opened.

    "attacked Pelosi over spending, the Green New Deal and immigration", parsed with
    "Deal" a second object of "attacked": after an object and a prepositional phrase,
    a comma, then a noun phrase going on to "and" or "or" continues the
    preposition's list (Pelosi was attacked, not the Green New Deal).
    """
    if obj.dep_ != DOBJ or not any(o.dep_ == DOBJ and o.i < obj.i for o in objects):
        return False
    edge, doc = obj.left_edge.i, obj.doc
    if edge < 2 or doc[edge - 1].text != ",":
        return False
    end = obj.right_edge.i + 1
    if not any(t.lower_ in ("and", "or") for t in doc[edge:end + 1]):
        return False  # "offering 385 pence a share in cash, a premium of 22 pct": no list
    before = doc[edge - 2]
    # "include the Berwick Prize in 1971, the Nemmers Prize in 1998 and ...": a date
    # closes a list member, the list is the objects'
    return before.dep_ == POBJ and before.ent_type_ not in TIME_TYPES and any(
        a.dep_ == PREP and a.i > min(o.i for o in objects) and a.head.i == verb.i
        for a in before.ancestors)


def loose_second_object(verb: Token, obj: Token) -> bool:
    """Whether a second direct object is a misparsed apposition or participle object.

    A verb has one direct object; a later noun phrase parsed as a second one is, after
    a comma, an apposition summing up the event ("raised its discount rate to 6 pct, the
    first increase in three years": nothing raised an increase) and, opened by a
    participle, the object of that participle ("sued Apex in federal court alleging
    violations": the violations are alleged, not sued), and, right after a prepositional
    phrase of the verb that follows the first object, the rest of that phrase cut off
    ("buying shares of Wells under its 27 dlr a share tender offer": no one buys the
    offer, and the shares are given nothing; two objects of one verb stand side by
    side: "gave Hamas money"). Lists after a preposition are
    :func:`_listed_after_preposition`'s.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["raised", "the", "rate", ",", "the", "first", "increase"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[0, 2, 0, 6, 6, 6, 0],
    ...           deps=["ROOT", "det", "dobj", "punct", "det", "amod", "dobj"])
    >>> loose_second_object(doc[0], doc[6]), loose_second_object(doc[0], doc[2])
    (True, False)
    """
    if split_nationality(verb, obj) is not None:
        return True
    if obj.dep_ != DOBJ or not any(
            o.dep_ == DOBJ and o.i < obj.i for o in kids(verb)):
        return False
    edge, doc = obj.left_edge, obj.doc
    if edge.tag_ == "VBG" and edge.dep_ == AMOD and edge.head.i == obj.i:
        return True
    if any(p.dep_ == PREP and p.right_edge.i == edge.i - 1 and any(
            o.dep_ == DOBJ and o.i < p.i for o in kids(verb)) for p in kids(verb)):
        return True  # "buying shares under its 27 dlr a share tender offer"
    if edge.text == ",":
        edge = doc[edge.i + 1]  # the comma parsed as the phrase's own
    if edge.i == 0 or doc[edge.i - 1].text != ",":
        return False
    # a comma then a noun phrase going on to "and" or "or" is a list of objects
    # ("include the Berwick Prize in 1971, the Nemmers Prize in 1998 and ...");
    # one that puts an amount on the first is still what is given ("offering 300
    # pence a share, a premium of 20 pct": a premium is offered)
    return not any(t.lower_ in ("and", "or") for t in doc[edge.i:obj.right_edge.i + 2]) \
        and not any(p.lower_ == "of" and any(
                        o.like_num or any(c.dep_ == NUMMOD for c in kids(o)) for o in pobjs(p))
                    for p in children_of(obj, PREP))


def split_nationality(verb: Token, obj: Token) -> Token | None:
    """The nationality word the parser split off a verb's object as a first object of its
    own, else None: "accused Honduran troops of shelling a village", "expelled Libyan
    diplomats", parsed with "Honduran" and "troops" two objects (the first a direct or
    an indirect one). The word stands for its
    country as it does before its noun ("Afghan warplanes": Afghanistan), so the noun is
    no second side of its own ("accuse | troops" beside "accuse | Honduras").

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("accused Honduran troops", '''
    ...     0 ROOT VERB accuse VBD
    ...     0 dobj PROPN Honduran NNP
    ...     0 dobj NOUN troop NNS''', ents={"Honduran": "NORP"})
    >>> split_nationality(doc[0], doc[2]).text, split_nationality(doc[0], doc[1])
    ('Honduran', None)
    """
    if obj.i == 0 or obj.pos_ != "NOUN" or obj.dep_ != DOBJ:
        return None
    word = obj.doc[obj.i - 1]
    if (word.dep_ in (DOBJ, DATIVE) and word.head.i == verb.i
            and not any(True for _ in word.children)
            and word.ent_type_ in ("NORP", "GPE") and country_of(word.text) is not None):
        return word
    return None


def _infinitive_relative(verb: Token, obj: Token) -> bool:
    """Whether a relative pronoun read as a verb's object belongs to an infinitive.

    "His resignation, which officials had tried for weeks to prevent": the parser makes
    "which" the object of "tried" and hangs "to prevent" elsewhere in the clause; a
    relative pronoun object of a verb followed, inside its clause, by a "to" infinitive
    hung on another word and with no object of its own is that infinitive's object
    (the officials tried nothing on the resignation; they tried to prevent it). An
    infinitive complement of the verb itself is its own construction ("whom they
    would support to run": the object of "support").

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["which", "they", "tried", "for", "weeks", "to", "prevent"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[2, 2, 2, 2, 3, 6, 4],
    ...           deps=["dobj", "nsubj", "ROOT", "prep", "pobj", "aux", "relcl"],
    ...           tags=["WDT", "PRP", "VBD", "IN", "NNS", "TO", "VB"])
    >>> _infinitive_relative(doc[2], doc[0])
    True
    """
    if obj.dep_ not in (DOBJ, DATIVE) or obj.tag_ not in RELATIVE_TAGS or obj.i > verb.i:
        return False
    if obj.dep_ == DATIVE and not any(c.dep_ == DOBJ for c in kids(verb)):
        return False  # (a pronoun read as an indirect object beside a direct one only)
    if verb.dep_ == RELCL and _bare_complement(verb) is not None and (
            verb.lemma_.lower() in INFINITIVE_OBJECT_VERBS
            or any(c.dep_ == DOBJ and c.i != obj.i for c in kids(verb))):
        # "Medvedchuk, whom Moscow had sought to free", "Putin, whom South Africa had
        # promised not to arrest" (one intends nothing on a person: one intends to do
        # something to them), "Demirtas, whom the court ordered Ankara to release", "the
        # rebels, whom Kinshasa accuses Kigali of arming" (the verb's own object is
        # another): the pronoun is the object of the infinitive or gerund
        return True
    for tok in verb.subtree:
        if (tok.i > verb.i and tok.tag_ == "VB"
                and not (tok.head.i == verb.i and tok.dep_ == XCOMP)
                and to_infinitive(tok) and not any(c.dep_ in OBJ_DEPS or c.dep_ in (CCOMP, XCOMP)
                            for c in kids(tok))):
            return True
    return False


def _bare_complement(verb: Token) -> Token | None:
    """The "to" infinitive complement of ``verb``, or the gerund of one of its
    prepositions ("accuses Kigali of arming"), that has no object or clause of its own."""
    gerunds = [g for p in children_of(verb, PREP) for g in children_of(p, PCOMP, POBJ)
               if g.tag_ == "VBG" or _gerund_read_as_noun(verb, p, g)]
    for tok in [t for t in children_of(verb, XCOMP) if to_infinitive(t)] + gerunds:
        if not any(c.dep_ in OBJ_DEPS or c.dep_ in (CCOMP, XCOMP) for c in kids(tok)):
            return tok
    return None


def _gerund_read_as_noun(verb: Token, prep: Token, noun: Token) -> bool:
    """Whether the bare object of an alleging verb's preposition is a gerund the tagger
    read as a noun: "the RSF, which Khartoum accuses Abu Dhabi of funding/NN" (an "-ing"
    word with no determiner, possessor or modifier of its own, after "of" / "with" of
    "accuse" / "charge", :data:`~extract.lexicon.ALLEGED_PREPS`,
    :data:`~extract.lexicon.ALLEGING_VERBS`)."""
    return (noun.tag_ == "NN" and noun.dep_ == POBJ and noun.lower_.endswith("ing")
            and prep.lower_ in ALLEGED_PREPS and verb.lemma_.lower() in ALLEGING_VERBS
            and not any(True for _ in noun.children))


def stranded_relative(verb: Token) -> Token | None:
    """The relative pronoun the parser made the object of the relative clause's verb when
    it is the object of ``verb``, that verb's infinitive or gerund
    (:func:`_infinitive_relative`): "Medvedchuk, whom Moscow had sought to free" ("whom"
    for "free"), "the rebels, whom Kinshasa accuses Kigali of arming"; or, with no relative
    word, the noun itself (:func:`_infinitive_gap`: "the town the army plans to retake");
    or None."""
    head = verb.head
    if verb.dep_ != XCOMP:
        # a gerund: "the rebels, whom Kinshasa accuses Kigali of arming"
        head = head.head if verb.tag_ == "VBG" and head.dep_ == PREP else verb
    bare = _bare_complement(head) if head.i != verb.i else None
    if head.dep_ != RELCL or bare is None or bare.i != verb.i:
        return None
    # (the pronoun may be read as an indirect object beside the direct one: "the
    # militants, whom Islamabad accuses Kabul of sheltering")
    pronoun = next((o for o in children_of(head, DOBJ, DATIVE)
                    if _infinitive_relative(head, o)), None)
    return pronoun if pronoun is not None else _infinitive_gap(verb, head)


def _infinitive_gap(verb: Token, clause: Token) -> Token | None:
    """The noun a bare relative clause of intending is hung on, when it is the object of the
    clause's infinitive ``verb``: "a decision the party's leader vows to challenge", "the
    town the army plans to retake" (no relative word; the clause's verb intends
    (:data:`~extract.lexicon.INFINITIVE_OBJECT_VERBS`), has a subject and no object; the
    noun is not a time, place, manner or reason: "the day it plans to leave"), or None."""
    noun = clause.head
    if (verb.dep_ != XCOMP or clause.lemma_.lower() not in INFINITIVE_OBJECT_VERBS
            or noun.pos_ not in ("NOUN", "PROPN") or noun.i > clause.i
            or noun.ent_type_ in TIME_TYPES or noun.lemma_.lower() in ADVERBIAL_HEADS
            or not children_of(clause, NSUBJ) or children_of(clause, DOBJ, AUXPASS)
            or any(t.tag_ in WH_TAGS or t.tag_ == "WRB" or t.dep_ == MARK
                   for t in noun.doc[noun.i + 1:clause.i])):
        return None
    return noun


def _named_modifier(tok: Token) -> Token:
    """The common noun a name with an acronym modifies, parsed apart from it.

    "received a General Data Protection Regulation (GDPR) fine", "a Federal Trade
    Commission (FTC) subpoena": a name after "a" or "an", followed by its acronym in
    brackets and a common noun that the parser made its apposition or a second
    object, is a modifier of that noun (the fine was received, not the Regulation).
    """
    doc = tok.doc
    if (tok.pos_ != "PROPN" or tok.i + 1 >= len(doc) or doc[tok.i + 1].text != "("
            or not any(c.dep_ == DET and c.lower_ in ("a", "an") for c in tok.lefts)):
        return tok
    close = next((t.i for t in doc[tok.i + 2:tok.i + 5] if t.text == ")"), None)
    if close is None or close + 1 >= len(doc):
        return tok
    noun = doc[close + 1]
    while noun.dep_ in (AMOD, COMPOUND, NMOD, PUNCT) and noun.head.i > noun.i:
        noun = noun.head
    if (noun.pos_ == "NOUN" and noun.dep_ in (APPOS, DOBJ) and noun.head in (tok, tok.head)
            and noun.text.islower()):
        return noun
    return tok


def _shared_nationality(tok: Token) -> bool:
    """Whether a nationality read as a noun is a modifier shared with its conjunct's noun.

    "sold its 400 French and 50 Greek branches", parsed with "French" the object and
    "branches" its conjunct: the French branches were sold, not France.
    """
    country = country_of(tok.text)
    if country is None or country == tok.text or tok.pos_ not in ("PROPN", "NOUN", "ADJ"):
        return False
    return any(c.dep_ == CONJ and c.pos_ == "NOUN" and any(
        m.dep_ in (AMOD, COMPOUND) and country_of(m.text) not in (None, m.text)
        for m in c.lefts) for c in kids(tok))


def swallowed_subject(verb: Token) -> Token | None:
    """The subject of a coordinated clause the parser took into the clause before, or None.

    "... to New Orleans and other forecasters predicted a storm surge", "signed an
    agreement under which guerrillas would surrender their arms and India would send
    troops", "Germany would buy French jets and France would train German pilots": the
    noun right before a coordinated finite verb (or before its modal or finite
    auxiliary) with no subject of its own, hung on the first clause (a conjunct, a
    prepositional object or an apposition there) and itself after "and", is the verb's
    own subject; the first clause's subject is not inherited over it.
    """
    start = _auxiliary_start(verb)
    if start == 0 or (verb.tag_ not in FINITE_VERB_TAGS and not any(
            verb.doc[i].tag_ in FINITE_TAGS for i in range(start, verb.i))):
        return None
    before = verb.doc[start - 1]
    if (found := swallowed_conjunct(before)) is not None and found.i == verb.i:
        return before
    if (before.pos_ not in ("NOUN", "PROPN") or before.dep_ not in _SWALLOWED_DEPS
            or before.ent_type_ in TIME_TYPES or verb.is_ancestor(before)
            or not verb.head.is_ancestor(before)):
        return None
    edge = before.left_edge.i
    if edge == 0 or verb.doc[edge - 1].lower_ != "and" or verb.doc[edge - 1].dep_ != CC:
        return None
    return before


def swallowed_conjunct(tok: Token) -> Token | None:
    """The verb of a second clause whose subject the parser coordinated with an object of
    the first, or None.

    "Chevron refused to pay 2 billion dlrs and a federal appeals court declined to delay
    the ruling", "OPEC agreed to cut output and a Saudi oil official refused to rule out
    further cuts": a noun conjunct after "and" or "but" that is followed at once by a
    finite verb (or its modal or finite auxiliary) with no subject of its own, and not
    by the verb of its first conjunct, is that verb's subject, not a second thing paid or
    cut (whatever the parser hung the verb on: the main clause, the first clause or the
    root, even with the main clause's subject before both clauses for its own). Not a
    noun with a verb of its own after it that has a subject ("the towns Ukraine holds"),
    nor a participle ("the villages held by the rebels"), nor one coordinated in a noun's
    phrase ("the summit between Putin and Erdogan was postponed": the first conjunct is
    an object of a verb or of a verb's preposition, and that verb no subject: "Fighting
    between Hamas and Fatah left ten dead").

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["X", "cut", "output", "and", "Y", "refused", "cuts"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 2, 2, 1, 5],
    ...           deps=["nsubj", "ROOT", "dobj", "cc", "conj", "conj", "dobj"],
    ...           tags=["NNP", "VBD", "NN", "CC", "NNP", "VBD", "NNS"],
    ...           pos=["PROPN", "VERB", "NOUN", "CCONJ", "PROPN", "VERB", "NOUN"])
    >>> swallowed_conjunct(doc[4]), swallowed_conjunct(doc[2])
    (refused, None)
    """
    if tok.dep_ != CONJ or tok.pos_ not in ("NOUN", "PROPN"):
        return None
    doc = tok.doc
    edge, after = tok.left_edge.i, tok.right_edge.i + 1
    if edge == 0 or after >= len(doc) or doc[edge - 1].lower_ not in ("and", "but") \
            or doc[edge - 1].dep_ != CC:
        return None
    verb = doc[after]
    while verb.dep_ in (AUX, AUXPASS, NEG) and verb.head.i > verb.i:
        verb = verb.head
    first = tok
    while first.dep_ == CONJ and first.head.i < first.i:
        first = first.head
    # the first conjunct an object of a verb (not of a noun's preposition: "the summit
    # between Putin and Erdogan was postponed" is one subject), where that verb is no
    # subject itself ("Fighting between Hamas and Fatah left ten dead")
    governor = first.head if first.dep_ == DOBJ else first.head.head
    acted_on = (first.dep_ == DOBJ or (first.dep_ == POBJ and is_verb(governor))) \
        and governor.dep_ not in (NSUBJ, NSUBJPASS, CSUBJ)
    if (not acted_on or verb.pos_ not in ("VERB", "AUX") or _auxiliary_start(verb) != after
            or first.head.i == verb.i
            or any(s.i > first.i for s in children_of(verb, NSUBJ, NSUBJPASS))
            or (verb.tag_ not in FINITE_VERB_TAGS and not any(
                doc[i].tag_ in FINITE_TAGS for i in range(after, verb.i)))):
        return None
    return verb


#: Dependencies of the noun a clause's subject was swallowed as (:func:`swallowed_subject`).
_SWALLOWED_DEPS = frozenset({CONJ, POBJ, APPOS})


def _auxiliary_start(verb: Token) -> int:
    """The index of the first of the auxiliaries (and "not") right before ``verb``
    ("would not send": "would"), or the verb's own index when none is."""
    start = verb.i
    while start > 0 and (tok := verb.doc[start - 1]).head.i == verb.i and tok.dep_ in (
            AUX, AUXPASS, NEG):
        start -= 1
    return start


def _perfect_participle(verb: Token) -> bool:
    """Whether ``verb`` heads an active perfect participle: "having captured X"."""
    return verb.tag_ == "VBN" and any(c.dep_ == AUX and c.lower_ == "having"
                                      for c in kids(verb))


def _time_clause(prep: Token) -> Token | None:
    """The verb a preposition of time belongs to: its head ("lost its water after being
    shelled"), or the verb of the clause of a span of time it measures from ("pressed
    ahead, a day after being rebuked by X", "two weeks before being arrested":
    :data:`TIME_UNITS`); None otherwise."""
    if is_verb(prep.head):
        return prep.head
    if prep.head.lemma_.lower() in TIME_UNITS:
        return clause_verb(prep.head)
    return None


def _given_to_subject(verb: Token) -> bool:
    """Whether an -ing clause gives its clause's own subject something, by a pronoun that
    agrees with it: "it" with a single thing ("Microsoft acquired Activision, giving it the
    rights"), "them" with a plural ("the rebels took the airport, giving them a route");
    not a person's "them" ("Murphy sent a letter to Biden and his team, giving them
    permission" gives the team). "him" or "her" of a verb of handing over
    (:data:`~extract.lexicon.TRANSFER_VERBS`) with a person, when the clause names no
    other person it could stand for: "Erdogan won 52% of the vote, giving him five more
    years" (what the win gave him), but "Germany took in Snowden, giving him asylum"
    (Germany gave Snowden asylum)."""
    pronoun = next((c.lower_ for c in kids(verb) if c.dep_ == DATIVE), None)
    if not is_verb(verb.head):
        return False
    subject = next((s for s in children_of(verb.head, NSUBJ, NSUBJPASS)), None)
    if subject is None:
        return False
    if pronoun in ("him", "her"):
        # what is handed to him (not "earning him praise": he earned it)
        return verb.lemma_.lower() in TRANSFER_VERBS and _sole_person(subject, verb, pronoun)
    if pronoun not in ("it", "them") or subject.ent_type_ == "PERSON" or subject.pos_ == "PRON":
        return False
    plural = subject.tag_ in PLURAL_NOUN_TAGS or any(c.dep_ == CONJ for c in kids(subject))
    return plural == (pronoun == "them")


def _means_user(participle: Token) -> list[Token] | None:
    """Who uses the means a "using" reduced relative on a thing names: the subjects of
    the active clause the thing is the object of ("Houthis carried out the attack using
    drones" -> Houthis); None when the noun is someone ("a protester using a pseudonym")
    or the verb is no verb of using (:data:`~extract.lexicon.USING_VERBS`).

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["rebels", "carried", "out", "the", "attack", "using", "drones"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 4, 1, 4, 5],
    ...           deps=["nsubj", "ROOT", "prt", "det", "dobj", "acl", "dobj"],
    ...           pos=["NOUN", "VERB", "ADP", "DET", "NOUN", "VERB", "NOUN"],
    ...           tags=["NNS", "VBD", "RP", "DT", "NN", "VBG", "NNS"],
    ...           lemmas=["rebel", "carry", "out", "the", "attack", "use", "drone"])
    >>> [t.text for t in _means_user(doc[5])]
    ['rebels']
    """
    head = participle.head
    if (participle.tag_ != "VBG" or participle.lemma_.lower() not in USING_VERBS
            or head.dep_ not in (DOBJ, POBJ) or head.ent_type_ in TARGET_TYPES
            or head.pos_ != "NOUN" or actor_noun(head) or named_group(head)):
        return None
    clause = clause_verb(head)
    if clause is None or is_passive(clause):
        return []
    return core(clause)[0]


def _sole_person(subject: Token, participle: Token, pronoun: str) -> bool:
    """Whether ``subject`` is a single person and the only one named in the clause of
    ``participle`` before it, so that ``pronoun`` ("him", "her") can only stand for it.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["Erdogan", "won", "the", "vote", ",", "giving", "him", "a", "term"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 3, 1, 1, 1, 5, 8, 5],
    ...           deps=["nsubj", "ROOT", "det", "dobj", "punct", "advcl", "dative", "det",
    ...                 "dobj"], ents=["B-PERSON"] + ["O"] * 8)
    >>> _sole_person(doc[0], doc[5], "him")
    True
    """
    if subject.pos_ == "PRON":
        person = subject.lower_ in (MALE_PRONOUNS if pronoun == "him" else FEMALE_PRONOUNS)
    else:
        person = subject.ent_type_ == "PERSON" and not any(
            c.dep_ == CONJ for c in kids(subject))
    if not person:
        return False
    clause = participle.head
    own = range(subject.left_edge.i, subject.right_edge.i + 1)
    # another name, or a singular noun of someone ("called his rival, giving him ..."),
    # may be whom the pronoun stands for
    return not any(t.ent_type_ == "PERSON" or (t.tag_ == "NN" and actor_noun(t))
                   for t in participle.doc[clause.left_edge.i:participle.i] if t.i not in own)


def _intended_infinitive(verb: Token, noun: Token) -> bool:
    """Whether ``verb`` is the infinitive of an intention noun ("a Turkish offer to mediate
    talks", "the plan to annex X"; :data:`~extract.lexicon.INTENTION_NOUNS`): what the
    noun's holder means to do, never done by the noun itself."""
    return noun.lemma_.lower() in INTENTION_NOUNS and to_infinitive(verb)


def _congratulated(prep: Token) -> bool:
    """Whether ``prep`` is the "on" of a verb of congratulating
    (:data:`~extract.lexicon.CONGRATULATING_VERBS`), whose gerund its object did:
    "Reagan congratulated Kohl on winning the election" (Kohl won, not Reagan)."""
    return prep.lower_ == "on" and prep.head.lemma_.lower() in CONGRATULATING_VERBS


def _event_doers(participle: Token, noun: Token) -> list[Token]:
    """Who does what an -ing participle on an event noun says: the noun's agents. "A
    drone strike by the Houthis targeting Eilat" (the Houthis target Eilat), "an Israeli
    airstrike targeting a Hamas commander"; none for a noun that names no event or has
    no agent."""
    if participle.tag_ != "VBG" or not default_lexicon().is_event_noun(noun.lemma_):
        return []
    return noun_agents(noun)


def described_name(noun: Token) -> Token:
    """The name a common noun after a comma is in apposition to, or the noun itself.

    A participle on the noun describes the one the name names: "NetChoice, a trade
    group representing Meta and Google" (NetChoice represents them, not some trade
    group), "Apex Corp, a Houston company owned by Carl Lind" (Lind owns Apex). A noun
    that is a name itself, or one in apposition to a common noun, is returned as it is.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["NetChoice", ",", "a", "group", "representing", "Meta"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[0, 0, 3, 0, 3, 4],
    ...           deps=["ROOT", "punct", "det", "appos", "acl", "dobj"],
    ...           pos=["PROPN", "PUNCT", "DET", "NOUN", "VERB", "PROPN"],
    ...           ents=["B-ORG", "O", "O", "O", "O", "B-ORG"])
    >>> described_name(doc[3]), described_name(doc[5])
    (NetChoice, Meta)
    """
    name = noun.head
    comma = noun.left_edge.i - 1
    # right after the name: not a second apposition after another ("Cruz, one of the
    # leaders of UNO, the umbrella group of the rebels": the group is UNO, not Cruz); not
    # an event or a summing noun, which sums up the clause ("ordered the militia to leave
    # Sinjar, a demand long made by the Kurds": no demand is Sinjar)
    lemma = noun.lemma_.lower()
    if (lemma in SUMMARY_NOUNS or default_lexicon().is_event_noun(noun.lemma_)
            or noun.dep_ != APPOS or noun.pos_ != "NOUN" or noun.ent_type_ or name.i >= noun.i
            or not (name.pos_ == "PROPN" or name.ent_type_ in TARGET_TYPES)
            or comma != name.i + 1 or noun.doc[comma].text != ","):
        return noun
    return name


#: Event classes of a stance taken on an act: "condemned", "welcomed", "opposed".
_STANCE_CLASSES = frozenset({"SUPPORT", "DISAPPROVE", "REJECT"})
#: Prepositions of a summing noun after the clause it sums up: "in a move", "as a step".
_SUMMING_PREPS = frozenset({"in", "as"})


def summed_act(noun: Token) -> Token | None:
    """The verb of the clause that a summing noun after it stands for, or None.

    A noun of :data:`~extract.lexicon.SUMMARY_NOUNS` ("move", "step", "decision") set
    after a clause sums up its act: "Britain recognised Palestine, in a move ...", "Germany
    expelled four diplomats, a step ..." (parsed as a noun adjunct of the verb), "Hungary
    vetoed the package for Kyiv, a decision ..." (parsed in apposition to the clause's last
    noun, or as a second object). After a comma, or in an "in"/"as" phrase ("in a move
    welcomed by Egypt"); the clause comes first.
    """
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in SUMMARY_NOUNS:
        return None
    start = noun.left_edge.i
    if noun.dep_ == POBJ and noun.head.lower_ in _SUMMING_PREPS:
        # (also hung on the clause's last noun: "approved the deal with Hamas in a move")
        verb = clause_verb(noun.head)
    elif noun.dep_ in (NPADVMOD, APPOS, DOBJ):
        # (a second object after a comma is one too: "offered Sweden a deal, a move ...")
        if start == 0 or noun.doc[start - 1].text not in ADJUNCT_PUNCT:
            return None
        verb = clause_verb(noun.head)
    else:
        return None
    # (not a noun the parse read as a verb: "approved the ceasefire deal" with "deal" a
    # verb as the object)
    while verb is not None and verb.dep_ in _NOUN_DEPS and verb.head.i != verb.i:
        verb = clause_verb(verb.head)
    return verb if verb is not None and verb.i < noun.i else None


#: Dependencies of a noun, never of a clause's verb.
_NOUN_DEPS = frozenset({DOBJ, POBJ, NSUBJ, NSUBJPASS, APPOS, COMPOUND, DATIVE})


def summed_doers(participle: Token, noun: Token) -> list[Token]:
    """Whom a passive participle of a stance on a summing noun is taken towards: the doers
    of the act the noun sums up (:func:`summed_act`). "Britain recognised Palestine, in a
    move condemned by Israel": Israel condemns Britain; "Washington offered Moscow grain,
    a move opposed by Canberra": Canberra opposes Washington (not Moscow, who is offered
    it). Only for a verb of approving or disapproving (:data:`_STANCE_CLASSES`: "a move
    ordered by Putin" orders no one), and empty when the act names no doer ("Navalny was
    jailed, a decision condemned by the EU": not Navalny)."""
    if default_lexicon().classify(verb_lemma(participle)) not in _STANCE_CLASSES:
        return []
    act = summed_act(noun)
    if act is None:
        return []
    # (a passive act's doers are its "by" agents: "Navalny was jailed by a Moscow court, a
    # ruling condemned by the EU" condemns the court, not Navalny)
    doers = by_agents(act) if is_passive(act) else core(act)[0]
    return [d for d in doers if d.i < noun.i]


def _swallowed_attribution(participle: Token, head: Token) -> bool:
    """Whether a fronted passive participle hangs on the verb of a closing attribution
    because the parse swallowed into its phrase the clause it belongs to.

    "Escorted by the Indian Navy, the tanker reached Djibouti on Sunday, Trafigura said"
    parsed with "Escorted" on "said" and "reached" inside its phrase: the participle
    describes the tanker, not the speaker. The head is a reporting verb with no clause
    of its own (:data:`~extract.lexicon.REPORTING_VERBS`, no ``ccomp``), its subject comes
    after a comma, and the participle's phrase holds a finite verb with a subject of its
    own that no subordinator introduces, between the participle and the speaker ("Asked
    whether he planned to resign, the minister said no" keeps its reading).

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["Escorted", "by", "Navy", ",", "tanker", "reached", "Aden", ",", "Trafigura",
    ...          "said"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[9, 0, 1, 9, 5, 3, 5, 9, 9, 9],
    ...           deps=["advcl", "agent", "pobj", "punct", "nsubj", "relcl", "dobj", "punct",
    ...                 "nsubj", "ROOT"], pos=["VERB", "ADP", "PROPN", "PUNCT", "NOUN", "VERB",
    ...                 "PROPN", "PUNCT", "PROPN", "VERB"], tags=["VBN", "IN", "NNP", ",",
    ...                 "NN", "VBD", "NNP", ",", "NNP", "VBD"],
    ...           lemmas=[w.lower() for w in words[:9]] + ["say"])
    >>> _swallowed_attribution(doc[0], doc[9])
    True
    """
    if head.lemma_.lower() not in REPORTING_VERBS or children_of(head, CCOMP):
        return False
    speakers = children_of(head, NSUBJ)
    if not speakers or speakers[0].left_edge.i == 0 \
            or head.doc[speakers[0].left_edge.i - 1].text != ",":
        return False
    return any(_finite_clause(t) for t in head.doc[participle.i + 1:speakers[0].left_edge.i])


def _finite_clause(verb: Token) -> bool:
    """Whether ``verb`` heads a finite clause with a subject of its own that no
    subordinator introduces: "the tanker reached Djibouti", "the activist was freed"."""
    return (verb.pos_ in ("VERB", "AUX") and bool(children_of(verb, NSUBJ, NSUBJPASS))
            and not children_of(verb, MARK)
            and (verb.tag_ in FINITE_VERB_TAGS or any(
                c.dep_ in (AUX, AUXPASS) and c.tag_ in FINITE_TAGS
                for c in kids(verb))))


def _grammatical_subjects(verb: Token) -> list[Token]:
    """The subjects of a clause as written: its agents, or its patients when it is
    passive ("X was freed after being held by Russia": X, not whoever freed X)."""
    agents, patients, _ = core(verb)
    return patients if is_passive(verb) else agents


def core(verb: Token) -> tuple[list[Token], list[Token], str]:
    """Agents, patients and the pattern of a verb's clause (new lists on every call: the
    answer is kept per verb while its Doc is held, :func:`_core`)."""
    agents, patients, pattern = _core(verb)
    return list(agents), list(patients), pattern


def _this_side_of_semicolon(verb: Token, subjects: list[Token]) -> list[Token]:
    """The subjects of a verb with two or more that are in its own clause: one before a
    semicolon that comes before the verb is the subject of the clause before it, which
    the parser left without a verb ("A Tunisian court sentences journalist X to a year in
    prison; the union condemns the verdict": the union condemns, not X). All of them when
    none is on the verb's side."""
    doc = verb.doc
    breaks = [t.i for t in doc[min(s.i for s in subjects):verb.i] if t.text == ";"]
    if not breaks:
        return subjects
    kept = [s for s in subjects if s.i > breaks[-1]]
    return kept or subjects


@per_token  # (asked about a quarter of the verbs again by other rules: the actors, the context)
def _core(verb: Token) -> tuple[tuple[Token, ...], tuple[Token, ...], str]:
    """:func:`core`, its lists made tuples."""
    passive = is_passive(verb)
    subjects = children_of(verb, NSUBJPASS if passive else NSUBJ)
    if len(subjects) > 1:
        subjects = _this_side_of_semicolon(verb, subjects)
    if passive and not subjects and _misparsed_participle(verb):
        subjects = children_of(verb, NSUBJ)  # "X, warned by Y, withdrew ..." (see there)
    # "fined Apple 500 million euros" parsed as one amount: Apple is the object
    objects = [amount_name(o) or o for o in children_of(verb, *OBJ_DEPS) if o.pos_ != "ADP"]
    objects = [o for o in objects if not _listed_after_preposition(verb, o, objects)
               and not _clause_subject(verb, o) and not loose_second_object(verb, o)
               and not _infinitive_relative(verb, o)]
    if not objects and not passive and (pronoun := stranded_relative(verb)) is not None:
        objects = [pronoun]  # "Medvedchuk, whom Moscow had sought to free"
    if not objects and not passive:
        objects = _adverbial_name(verb)
    elif not passive and all(is_amount(o) for o in objects):
        # "..., fining BMW 373 million euros" with the name read as an adverbial noun:
        # the name before the amount is whom it is done to (the amount is dropped later)
        objects = _adverbial_name(verb, before=min(o.left_edge.i for o in objects)) or objects
    if (verb.dep_ == AMOD and subjects and not objects and verb.tag_ in ("VBD", "VBN")
            and verb.head.i == verb.i + 1 and verb.head.ent_type_ in ACTOR_TYPES
            and all(s.i < verb.i for s in subjects)):
        # "Myanmar's military bombed Laiza" parsed with "bombed" a modifier of "Laiza":
        # a past form with a subject of its own before the name it modifies is a clause
        objects = [verb.head]
    if not objects and _object_gap(verb, subjects):
        # "the journalist it had kidnapped": the journalist; "imposed sanctions on tankers it
        # accused of smuggling", hung on the sanctions: the tankers (:func:`_accused_gap`)
        objects = [_accused_gap(verb) or _bare_accused(verb, subjects) or verb.head]
    if not objects and not passive and (accused := _bare_accused(verb, subjects)) is not None:
        # "retaliate against Gulf states it accuses of helping Israel", the bare relative
        # hung on the main verb: the states are accused (and do the gerund, if at all)
        objects = [accused]
    if not objects and not passive:
        objects = clause_objects(verb) or _reported_objects(verb)
    if not objects and not passive:
        objects = shared_objects(verb) or carried_on_objects(verb)
    pattern = "passive" if passive else "svo"
    # "Backed by Rwanda, M23 rebels seized Goma": the subject stranded on the agent
    # (whose other conjunct, the agent, is not a subject)
    stranded = [] if subjects else stranded_subjects(verb)
    subjects = subjects or stranded
    if not subjects and not passive:
        subjects = compound_subjects(verb)  # "Turkey bombs Kurdish positions"
    if not subjects:
        head = verb.head
        if verb.dep_ != CONJ and (own := swallowed_subject(verb)) is not None:
            # "Chevron refused to pay 2 billion dlrs and a federal appeals court declined to
            # delay the ruling", with "declined" hung on the main clause or the root: the
            # court declined (:func:`swallowed_conjunct`)
            stranded = subjects = [own]
        elif verb.tag_ == "VBG" and verb.lemma_.lower() in STATIVE_PARTICIPLES:
            pass  # "massed troops in Belgorod, bordering Ukraine": Belgorod borders it
        elif verb.tag_ == "VBG" and _given_to_subject(verb):
            # "secured the party's nomination, giving it ballot access": what the event
            # gave the subject, a result, not the subject's act
            pass
        elif verb.dep_ == RELCL and (parties := _deal_parties(verb, head)):
            # "signed a deal to supply chips to Nvidia", the infinitive read as a relative
            subjects, pattern = parties, "participle"
        elif verb.dep_ in (RELCL, ACL) and (users := _readied_means_users(verb, head)):
            # "is preparing airstrikes to retake the town", the infinitive read as a
            # relative on the means: who readies them retakes it, if at all
            subjects, pattern = users, "control"
        elif verb.dep_ == ACL and passive and verb.lemma_.lower() in SEQUENCE_VERBS:
            # "both won nine delegates, followed by Klobuchar": Klobuchar came next, and did
            # nothing to the delegates
            pattern = "participle"
        elif (verb.dep_ == ACL and verb.tag_ == "VBG" and head.dep_ == APPOS
              and head.lemma_.lower() in SUMMARY_NOUNS):
            # "the council suspended Mali, a decision prompting protests": the apposition
            # sums up the event, not the noun it is hung on; whose act it is is not said
            pattern = "participle"
        elif verb.dep_ == ACL and (asked := request_addressees(verb)):
            # "issued an ultimatum to the YPG to withdraw from Manbij", "gave Hamas an
            # ultimatum to release X": whom the request is addressed to, if at all
            subjects, pattern = asked, "control"
        elif verb.dep_ == ACL:
            if passive and (doers := summed_doers(verb, head)):
                # "Britain recognised Palestine, in a move condemned by Israel": the move
                # is the clause's act, so what is condemned is its doer (Israel condemn
                # Britain), never the clause's object
                subjects = doers
            elif verb.lemma_.lower() in TITLING_VERBS:
                # "a retrospective about Boseman entitled 'A Tribute' by ABC": a title is
                # given, no one is acted on
                subjects = []
            elif _stipulated(verb, head):
                # "signed a trade protocol providing for exchanges": the protocol's terms,
                # not an act of its signers
                subjects = []
            elif _placed_participle(verb, head):
                # "clashed with riot police in Seoul and other cities demanding elections":
                # a town demands nothing, and who does is not said by the parse
                subjects = []
            elif passive and (event := _event_of_agent(verb, head)) is not None:
                # "the disqualification of X by the electoral bureau, upheld by the court":
                # set off after the "by" agent of an event noun, it says what befell the
                # event, not its agent (the court upheld the disqualification)
                subjects = [event]
            elif passive and _past_nearer_noun(verb, head):
                # "a spokesman for the bankers' committee, chaired by Citibank": which of
                # the two is chaired the parse does not say
                subjects = []
            elif verb.tag_ == "VBG" and _after_comma(verb):
                clause = clause_verb(head)
                subjects = core(clause)[0] if clause is not None else []
            elif (senders := _message_senders(verb, head)) is not None:
                # "sent a message to Reagan expressing his regret": the sender's
                subjects = senders
            elif (means := _means_user(verb)) is not None:
                # "carried out the attack using ten drones", "sent comments using
                # Telegram": a thing uses nothing; who did it used the means
                subjects = means
            else:
                # "adopted a resolution condemning X": the body that adopted it; "a
                # strike by the Houthis targeting Eilat": who did the event; an
                # intention noun does not do what it is to do ("an American offer to
                # mediate talks": its holder would, extract/rules/complements.py
                # intention_holders); "NetChoice, a trade group representing Meta": the
                # name the noun is in apposition to
                # (a passive one says what befell the text itself: "failed to adopt a
                # motion sponsored by Kohl" sponsors the motion, not the body)
                subjects = ((None if passive else _adopters(head)) or _deal_parties(verb, head)
                            or _event_doers(verb, head)
                            or ([] if _intended_infinitive(verb, head)
                                else [described_name(head)]))
            pattern = "participle"
        elif (verb.dep_ == ADVCL and verb.tag_ == "VBG" and is_verb(head)
              and (own := _prepositional_subject(verb)) is not None):
            # "dropped its opposition to Finland joining NATO", "objected to Sweden
            # hosting the talks": the noun right before the gerund is its subject (if it
            # names someone; hedged: it is opposed or feared), never the main clause's
            subjects = [own] if (own.ent_type_ in TARGET_TYPES or actor_noun(own)
                                 or named_group(own)) else []
            pattern = "control"  # opposed or feared: not said to be done
        elif verb.dep_ == ADVCL and verb.tag_ == "VBG" and is_verb(head):
            subjects, pattern = adjunct_subjects(verb), "participle"
        elif (verb.dep_ in (ADVCL, CSUBJ) and _perfect_participle(verb) and is_verb(head)
              and not passive):
            # "Having captured Avdiivka, Russia pressed on", "..., having crossed the
            # border": the subject of the clause it belongs to (also when parsed as
            # that clause's own subject: "Having beaten X in the final, Y will face Z");
            # a passive one ("Having been rejected by Kyiv, the plan was withdrawn by X")
            # is said of the clause's subject as written, as a bare one is (below)
            # ("Having criticised the Kremlin, Sakharov was freed by Gorbachev": the
            # passive's subject as written, not its agent)
            subjects, pattern = (_grammatical_subjects(head) if verb.i < head.i
                                 else adjunct_subjects(verb)), "participle"
        elif (verb.dep_ == ADVCL and passive and is_verb(head)
              and verb.lemma_.lower() not in SEQUENCE_VERBS):
            # "Shelled by Russian forces, Kramatorsk lost its water": the main subject
            # (but "..., followed by the Nevada caucuses" says what comes next, of no one);
            # after the clause and its object, it describes the object: "struck a school
            # in Gaza, run by UNRWA" (not how the subject acted: "backed by X")
            # (a bare noun of an idiom is no object: "took place in Utah, moderated by X")
            objects = [o for o in children_of(head, DOBJ) if o.pos_ == "PROPN" or any(
                kids(o))] if (verb.i > head.i and _after_comma(verb)
                                 and verb.lemma_.lower() not in SUBJECT_PARTICIPLES) else []
            if verb.i > head.i and not _after_comma(verb):
                # with no comma, right after a noun, it is a reduced relative on that noun's
                # phrase (parsed as an adjunct): "came from the Bison Range in Montana run
                # by the government" says who runs the range, not who came; if the phrase
                # is not an argument of the clause, whose it is is not said
                described = _described_argument(verb, head)
                subjects = [described] if described is not None else []
            elif verb.i < head.i and _swallowed_attribution(verb, head):
                # "Escorted by the navy, the tanker reached Djibouti, Trafigura said" with
                # the clause swallowed into the participle's phrase: not the speaker's
                subjects = []
            elif (verb.i > head.i and not objects
                  and (described := _described_agent(verb, head)) is not None):
                # "it had been told by Delta's lenders, led by Texas Commerce Bank": the
                # clause's agent right before the comma, not its subject
                subjects = [described]
            else:
                subjects = objects or _grammatical_subjects(head)
            pattern = "participle"
        elif (verb.dep_ == PCOMP and passive and head.dep_ == PREP
              and (clause := _time_clause(head)) is not None):
            # "Kramatorsk lost its water after being shelled by Russian forces", "X was
            # freed after being held by Russia", "X pressed on, a day after being rebuked
            # by Y"
            subjects, pattern = _grammatical_subjects(clause), "participle"
        elif (accused := accused_object(verb)) is not None:
            # "accuses the PKK of killing two officers" with "of" on the object: the
            # object does it, if at all
            subjects, pattern = [accused], "control"
        elif (accused := alleged_means(verb)) is not None:
            # "accuses Japan of violating the pact by failing to open its market", with
            # "by" on "accuses": how the alleged act was done, by Japan if at all
            subjects, pattern = [accused], "control"
        elif (cleared := acquitted_object(verb)) is not None:
            # "acquits Gunaratne of ordering the killing" with "of" on the object
            subjects, pattern = [cleared], "control"
        elif (denier := charge_denier(verb) or owned_deed(verb)) is not None:
            # "Iran denies allegations of arming the Houthis": Iran, who denies it;
            # "Al-Shabaab claims responsibility for bombing the airport": who owns up to it
            subjects, pattern = core(denier)[0], "control"
        elif suspects := suspected_of(verb):
            # "arrested Amri on suspicion of helping the Islamic State": Amri, if at all
            subjects, pattern = suspects, "control"
        elif (prep := _gerund_prep(verb)) is not None:
            head_agents, head_patients, _ = core(prep.head)
            # "warned Japan against interfering in Taiwan": Japan, if at all (the gerund is
            # only warned of: context.py _foreseen_gerund)
            warned = (prep.lower_ in DISSUADING_PREPS
                      and prep.head.lemma_.lower() in FORESEEING_VERBS and bool(head_patients))
            if prep.lower_ in TARGET_PREPS and _adjectival(verb) and not warned:
                # "drew weapons on trespassing protesters": no gerund, no subject (but
                # "warned NATO against sending troops to Ukraine" is a gerund and its object)
                pass
            elif (reporter := proof_withheld(verb, prep)) is not None:
                # "the ministry said Hamas used the hospital, without providing evidence":
                # the ministry gives none, not Hamas
                subjects, pattern = core(reporter)[0], "participle"
            elif (prep.lower_ in SUBJECT_PCOMP_PREPS or instead_of(prep)) and not (
                    head_patients and _congratulated(prep)):
                # "After invading the Capitol, rioters were charged by prosecutors": the
                # subject as written, not the passive's agent (but a passive's "by" is its
                # agent, whatever the parse: "was interrupted by protesting legislators")
                written = (is_passive(prep.head) and head_patients and prep.lower_ != "by"
                           and prep.dep_ != AGENT)
                subjects, pattern = (head_patients if written else head_agents), "participle"
            elif is_passive(prep.head) or prep.lower_ in OBJECT_PCOMP_PREPS or (
                    prep.lower_ == "for" and (prep.head.lemma_.lower() in JUDGING_VERBS
                                              # "added 27 firms to its list for
                                              # allegedly supplying X": the firms
                                              or listed_object(prep.head) is not None)) or (
                    # "charged Fahmy with aiding the Brotherhood"
                    prep.lower_ in ALLEGED_PREPS and prep.head.lemma_.lower() in ALLEGING_VERBS
                    and head_patients) or warned or (
                    # "congratulated Kohl on winning the election": Kohl won
                    head_patients and _congratulated(prep)):
                # "accused X of killing", "banned X from flying", "X was jailed for
                # spying", "arrested X for killing": X does it, if at all; "X
                # refrained from criticising": X
                subjects, pattern = (head_patients or head_agents), "control"
            # else a purpose ("launched the event for promoting equality"): no subject
        elif verb.dep_ == CONJ and is_verb(head) and _noun_read_as_verb(verb, head):
            # "makes industrial valves and pumps for the oil industry": a plural noun of
            # the object's list, not a second act of the subject
            pass
        elif verb.dep_ == CONJ and is_verb(head) and (own := swallowed_subject(verb)):
            # "issued a warning covering an area to New Orleans and other forecasters
            # predicted a storm surge": the forecasters predicted it, not the Service
            stranded = subjects = [own]  # its own: not joined to the list it was hung on
        elif verb.dep_ == CONJ and is_verb(head) and infinitive_partner(verb):
            # "Villalobos refuses to concede and accuses the tribunal of fraud", the
            # finite verb hung on the infinitive: the main verb's partner, its subject's
            main = head.head
            main_agents, main_patients, _ = core(main)
            subjects = main_patients if is_passive(main) else main_agents
            pattern = "inherited"
        elif verb.dep_ == CONJ and is_verb(head):
            head_agents, head_patients, head_pattern = core(head)
            # "did not ratify X, and mentioned Y", "caught up with researcher and
            # study co-author": a verb of another form is not the head's partner
            # "Hungary responded, calling him pathetic, and accused Croatia": a verb
            # hung on an -ing adjunct shares the subject the adjunct takes
            shared = same_form(verb, head) or (
                head.tag_ == "VBG" and head.dep_ in (ADVCL, ACL, XCOMP)
                and verb.tag_ in ("VBD", "VBZ")) or backshifted(verb, head) or (
                    # "analysts say Tesla could lose its lead and faces competition"
                    agreeing_conjunct(verb, head))
            # the grammatical subject is shared: "Minecraft is owned by Microsoft and
            # performs poorly" (Minecraft performs), "Hamas attacked Israel and was
            # condemned" (Hamas was condemned)
            subjects = (head_patients if is_passive(head) else head_agents) if shared else []
            if speaker := speaker_act(verb, head):
                # "Kaseya said the agency had shipped doses and called on partners":
                # Kaseya called on them
                subjects = speaker
            elif denied_partner(verb, head):
                # "police said the gunmen had not fired and fled": who fled is not told
                subjects = []
            elif said_in_relative(head) and verb.doc[verb.left_edge.i - 1].text == ",":
                # "the seizure of X, which Y said had violated the law, drew condemnation":
                # the main clause's verb read into the relative clause; its subject is
                # not the relative pronoun's
                subjects = []
            # a gerund coordinated with an accused one is as uncertain ("accused X of
            # assaulting and robbing Y")
            pattern = (head_pattern if head_pattern == "instrument"
                       or (head_pattern == "control" and head.dep_ == PCOMP)
                       else "inherited")
        elif (verb.dep_ in (ADVCL, XCOMP) and is_verb(head)
              and (own := for_subject(verb)) is not None):
            # "NASA pays for Russian rockets to carry its crews", "proposed a method for
            # rescue teams to find the tanker": the "for" noun does it, not the clause's
            # subject; when it names no one ("support for the protests to end the
            # lockdown", "pushed for funding to avoid X") who does it is not said
            subjects = [own] if (own.ent_type_ in TARGET_TYPES or actor_noun(own)
                                 or named_group(own)) else []
            pattern = "control"
        elif verb.dep_ in (ADVCL, XCOMP) and to_infinitive(verb) and (
                given := _given_time(head)):
            # "gave the Swedish ambassador three days to leave": the ambassador leaves
            subjects, pattern = given, "control"
        elif (verb.dep_ == ADVCL and to_infinitive(verb)
              and (gerund := _stranded_gerund(verb)) is not None):
            # "accused Kyiv of planning to blow up the dam", the infinitive hung on
            # "accused": it is the gerund's complement, done by whoever plans, if at all
            accused = (gerund.head.lower_ in ALLEGED_PREPS
                       and head.lemma_.lower() in ALLEGING_VERBS)
            subjects, pattern = (core(gerund)[0]
                                 or (core(head)[1] if accused else [])), "control"
        elif (verb.dep_ == ADVCL and _purpose(verb) and is_verb(head)
              and (told := _directed_objects(verb)) is not None):
            # "Niger orders the French ambassador to leave the country", parsed as a
            # purpose: the object is to leave, not Niger
            subjects, pattern = told, "control"
        elif applied_for(verb):
            # "the government will apply to ban the AfD": the ban is asked of a court,
            # the applying is the relation (extract/rules/complements.py): no one named
            # bans it
            pass
        elif (verb.dep_ == ADVCL and _purpose(verb) and is_verb(head) and is_negated(head)
              and any(c.dep_ in (DOBJ, PREP) for c in kids(head))):
            # "the bank did not buy dollars to support the currency", "Egypt never sent
            # troops to secure the border": the purpose of an act not done (one with an
            # object of its own, not "never hesitated to criticise X") is no act of its
            # subject's (neither done nor denied by the clause): no subject
            pass
        elif (verb.dep_ == ADVCL and _purpose(verb) and is_verb(head) and not is_passive(head)
              and _demanded_means(head)):
            # "the union demanded increases of 180 pct to compensate for inflation", "asked
            # for credits to finance imports": what the thing asked for is to do, by whoever
            # grants or uses it; not the asker's own act
            pass
        elif (verb.dep_ == ADVCL and _purpose(verb) and is_verb(head) and not is_passive(head)
              and (not _actor_object(head) or head.lemma_.lower() in VISITING_VERBS)
              and not _delegated(verb)):
            # "ethnic Turks began a hunger strike to protest against X", "marched in Paris
            # to protest X": who acts does it for the purpose, if at all (a passive's
            # subject is not who sends or holds: "troops were sent to quell it"; nor, when
            # the verb acts on someone named, is it clear who: "invited Qatar and India
            # into talks to host the Games", "urged Iran and Iraq to talks to end the war")
            # ("calls on Myanmar to protect X", parsed so: Myanmar, :func:`addressees`);
            # what one relies on does it ("relied on Russian rockets to carry its crews");
            # one who calls on or meets someone named does it: "visited Zelensky to show
            # support" (:data:`VISITING_VERBS`)
            subjects, pattern = (addressees(head) or _relied_on(head)
                                 or _grammatical_subjects(head)), "control"
        elif (verb.dep_ == ADVCL and _purpose(verb) and is_verb(head) and is_passive(head)
              and head.lemma_.lower() in SENDING_VERBS):
            # "Rwandan troops are being sent to retake the town": who is sent is to do it,
            # if at all (not who is arrested: "X was detained to stop Y" says nothing of X)
            subjects, pattern = children_of(head, NSUBJPASS), "control"
        elif verb.dep_ == XCOMP and is_verb(head):
            head_agents, head_patients, _ = core(head)
            # "used Instagram to thank her supporters", "is preparing missiles to strike
            # Kyiv": who uses or readies a means does the deed (:func:`_means_readied`);
            # otherwise the object is asked or let to ("asked
            # Russia to expel"), and without one the subject ("tried to expel")
            using = _means_readied(head, head_patients)
            # "promised Turkey to withdraw its troops", "offered Russia to host the talks":
            # who promises or offers does it, not the one promised (:data:`PROMISING_VERBS`;
            # what is pledged or offered is left as it was: "pledged a donation to help X")
            # "telephoned Romanenko to congratulate him": the caller's purpose
            # (:data:`VISITING_VERBS`)
            using = using or (head.lemma_.lower() in SUBJECT_INFINITIVE_VERBS
                              and not is_passive(head)
                              and bool(head_agents) and any(may_act(p) for p in head_patients))
            # "called on Israel to halt X": Israel (:func:`addressees`); but a thing acted
            # on by a verb that tells or lets no one do anything is no doer: "falsified
            # documents to list the UAE", "would interpret the Constitution to uphold X"
            # (:func:`_means_object`); the subject's purpose, if the parse is right, which
            # it often is not ("scheduled a town hall to air on ABC", "placed no injunction
            # on the government to change X"): who does it is left unsaid
            # (whom an appeal is made to first: "the ministry, which leads the talks, called
            # on the union to return", with "called" read as a participle on the ministry,
            # whose passive subject it would otherwise be)
            subjects = head_agents if using else [] if _means_object(
                verb, head, head_patients) or _assaulted_object(verb, head, head_patients) else (
                addressees(head) or head_patients or head_agents)
            pattern = "control"
    # an antecedent of a relative clause that holds the verb stands alone, as the relative
    # pronoun does for the clause's own verb: "X and actor Y, who stayed at the hotel while
    # filming his debut" (Y films, not X)
    alone = [s for s in subjects if _antecedent_of(s, verb)]
    subjects = alone + [s for s in with_conjuncts(s for s in subjects if s not in alone)
                        if s not in alone]
    # "Britain, along with the United States, sanctioned X": the United States too
    subjects += [c for s in subjects for c in accompanying(s) if c not in subjects]
    subjects = [_relative_antecedent(verb, s) if (s.tag_ in WH_TAGS and verb.dep_ == RELCL)
                else _relative_antecedent(verb.head, s) if (
                    s.tag_ in WH_TAGS and said_in_relative(verb))
                else s for s in (stranded or subjects) if not _shared_nationality(s)
                and not (s.tag_ in WH_TAGS and _located_relative(verb))]
    # (a relative clause the parser hung on a verb stands for no one it names: "prompting
    # condemnation from Seoul and Tokyo, which call on the Council to meet" hung on "fires")
    subjects = [s for s in subjects if s is not None]
    if verb.dep_ == ACL:
        # "mAb114, now produced by Ridgeback, and REGN-EB3": a participle is said of
        # the nouns before it, not of those coordinated after it
        subjects = [s for s in subjects if s.i < verb.i]
        if verb.head.pos_ == "NOUN" and not _after_comma(verb):
            # "Salomon Brothers and a group of banks led by Chemical Bank", "OPEC and
            # allies led by Russia": a reduced relative on a common noun is said of it,
            # not of a name coordinated before it (which says who it is on its own);
            # nor, on a thing, of the things listed before it: "seeks damages and an
            # injunction barring X from ..." (the injunction bars X, not the damages);
            # groups of people may share it ("workers and students demanding a raise")
            subjects = [s for s in subjects if s.i >= verb.head.i or s not in verb.head.conjuncts
                        or not (s.pos_ == "PROPN" or s.ent_type_ or not (
                            _people_noun(s) and _people_noun(verb.head)))]
    objects = [(_thing_antecedent(verb, o) or verb.head)
               if (o.tag_ in WH_TAGS and verb.dep_ == RELCL)
               else infinitive_antecedent(verb, o) or o
               for o in with_conjuncts(map(_named_modifier, objects))
               if not _shared_nationality(o) and not _clause_relative(verb, o)
               and not gapped_remnant(o) and swallowed_conjunct(o) is None]
    if passive:
        agents, patients = (by_agents(verb) or _hung_agents(verb) or shared_agents(verb),
                            subjects)
        pattern = pattern if pattern != "svo" else "passive"
    else:
        agents, patients = subjects, objects
    agents, instrument = _instrument_agents(agents)
    return tuple(agents), tuple(patients), ("instrument" if instrument else pattern)


#: Labels of the words that make a coordinated verb a clause or predicate of its own.
_OWN_PREDICATE_DEPS = frozenset({NSUBJ, NSUBJPASS, AUX, AUXPASS, NEG, DOBJ, DATIVE, CCOMP,
                                 XCOMP, PRT, ATTR, ACOMP, ADVMOD})


def _noun_read_as_verb(verb: Token, head: Token) -> bool:
    """Whether a coordinated present verb in -s, or a word tagged as another verb form
    that is none (:func:`_no_verb_form`), is a noun continuing its head's object: it comes
    right after "and" or "or" that follows that object, a plural noun,
    and has no subject, object, auxiliary or adverb of its own: "makes industrial valves
    and pumps for the oil industry", "sells tractors and trucks to farmers" (with
    "pumps", "trucks" tagged as verbs). The same words may be a second act ("sells
    tractors and exports to Brazil"), which the parse cannot tell from a noun: either way
    the subject is not said to do it. A word that is never a noun (in the lemmatizer's
    tables of the installed pipeline) is the verb it is tagged: "builds jetliners and
    competes with Airbus".
    """
    if verb.i < 2:
        return False
    cc, last = verb.doc[verb.i - 1], verb.doc[verb.i - 2]
    if verb.tag_ in _BARE_VERB_TAGS and _no_verb_form(verb):
        # "fired tear gas and birdshot to break up a demonstration", "sold wheat and
        # tungsten to China": a verb the lemmatizer knows no form of (not one in -ed, nor
        # one of its tables) is a noun continuing the object, whatever follows it (the
        # purpose is the head verb's)
        return (cc.lower_ in ("and", "or") and not children_of(verb, NSUBJ, NSUBJPASS, AUX)
                and any(o.right_edge.i == last.i for o in children_of(head, DOBJ)))
    if verb.tag_ != "VBZ" or any(c.dep_ in _OWN_PREDICATE_DEPS for c in kids(verb)):
        return False
    return (cc.lower_ in ("and", "or")
            and any(o.right_edge.i == last.i and o.tag_ in PLURAL_NOUN_TAGS
                    for o in children_of(head, DOBJ))
            and verb.lemma_.lower() in known_words(parts=("noun",)))


#: Tags of a verb form a noun may be given when read as a verb (not -s and -ing forms,
#: which may be plurals and gerunds: :func:`_noun_read_as_verb`).
_BARE_VERB_TAGS = frozenset({"VB", "VBD", "VBN"})


def _no_verb_form(verb: Token) -> bool:
    """Whether a word tagged as a verb is no verb form: not in -ed, left as it is by the
    lemmatizer and in none of its tables of verbs ("birdshot", "tungsten"; not "cut",
    "shot", "spread")."""
    word = verb.lower_
    return (verb.is_alpha and not word.endswith("ed") and verb.lemma_.lower() == word
            and word not in known_words(parts=("verb",)))


def _people_noun(tok: Token) -> bool:
    """Whether a common noun names people who may act: an agent noun of the CAMEO
    dictionaries or a group noun (:func:`actor_noun`), or a noun of people a relative
    "who" may stand for (:data:`~extract.lexicon.RELATIVE_PEOPLE_NOUNS`: "residents",
    "people"); not a thing ("damages", "an injunction")."""
    return actor_noun(tok) or tok.lemma_.lower() in RELATIVE_PEOPLE_NOUNS


def _antecedent_of(noun: Token, verb: Token) -> bool:
    """Whether ``noun`` is the antecedent of a relative clause that holds ``verb`` (its
    own verb or one of its adjuncts): "actor Y, who stayed at the hotel while filming"
    -> Y for "filming"."""
    return verb.i > noun.i and any(
        c.dep_ == RELCL and c.left_edge.i <= verb.i <= c.right_edge.i for c in kids(noun))


#: Verbs that report or see what their -ing clause says, made once.
_TELLING_VERBS = REPORTING_VERBS | PERCEPTION_VERBS
#: Verbs of a result that name nothing ("leaving 30 people dead"), made once.
_LEAVING_VERBS = RESULT_VERBS - NAMING_VERBS


def carried_on_objects(verb: Token) -> list[Token]:
    """The noun of an act a verb of carrying on with its particle (:func:`~extract.context.
    carrying_on`: [pursuing_phrasal_verbs], [pursuing_adverbs]) takes through "with", as
    its object: "vowed to press on
    with operations against the PKK" (operations, whose target is the PKK), "will go
    ahead with strikes on Hezbollah", "pushed ahead with tariffs on China". Without the
    particle the "with" phrase is a means or a partner ("pressed Iran with sanctions",
    "went with Macron"). Only a noun of an event or one aimed at a named target is the
    act: "press on with a programme of tax cuts" keeps its "press on with" reading."""
    if not carrying_on(verb):
        return []
    return [o for p in children_of(verb, PREP) if p.lower_ == "with" for o in pobjs(p)
            if o.pos_ == "NOUN" and (default_lexicon().is_event_noun(o.lemma_)
                                     or object_targets(o))]


def shared_objects(verb: Token) -> list[Token]:
    """The object of the next verb that a verb of an act always done to someone
    ([shared_object_verbs]) shares, when the two are joined by "and" or "or" with
    nothing between them: "threatened to invade and annex Ukraine" (invade Ukraine),
    "vowed to encircle and storm Goma", "Russia invaded and annexed Crimea". The first
    verb has nothing of its own after it but the coordination (a preposition or an
    adverb of its own makes it a whole act: "attacked at dawn and seized X"), and the
    second verb is active, with no subject of its own; a verb that may stand alone
    ("retreated and attacked X") shares nothing."""
    if verb.lemma_.lower() not in SHARED_OBJECT_VERBS or verb.i + 2 >= len(verb.doc):
        return []
    joint = verb.doc[verb.i + 1]
    # (an adverb of time of the second verb may come between: "detained and later released
    # two aid workers", "arrested and then deported X")
    partner = next((t for t in verb.doc[joint.i + 1:joint.i + 3]
                    if not (t.dep_ == ADVMOD and t.lower_ in SEQUENCE_ADVERBS)), None)
    if partner is None or not (
            joint.dep_ == CC and joint.head.i == verb.i and joint.lower_ in ("and", "or")
            and partner.dep_ == CONJ and partner.head.i == verb.i and is_verb(partner)):
        return []
    if any(c.i > verb.i and c.dep_ not in (CC, CONJ, PUNCT) for c in kids(verb)):
        return []
    if is_passive(partner) or children_of(partner, NSUBJ):
        return []
    return [o for o in children_of(partner, DOBJ) if o.pos_ in ("NOUN", "PROPN")]


def clause_objects(verb: Token) -> list[Token]:
    """The object of a verb parsed as the subject of an -ing clause after it: "killing
    at least 20 people sheltering in a school", "arrested dozens of protesters blocking
    the road" (an -ing complement with no auxiliary of its own, after a verb that
    reports nothing: "said troops were advancing" has one; nor one of seeing: "images
    showed troops massing" show what happened, done to no one)."""
    if verb.lemma_.lower() in _TELLING_VERBS:
        return []
    if verb.lemma_.lower() in LETTING_VERBS:
        return _let_objects(verb)
    if verb.lemma_.lower() in _LEAVING_VERBS:
        # "leaving at least 30 people dead" parsed with the adjective a clause whose
        # subject is the object: the object, left in that state (the relation takes the
        # adjective: "leave dead"; "made their life difficult" is a verb of naming's
        # small clause, read there)
        found = [s for c in children_of(verb, CCOMP) if c.pos_ == "ADJ" and c.i > verb.i
                 for s in children_of(c, NSUBJ) if s.pos_ in ("NOUN", "PROPN") and s.i > verb.i]
        if found:
            return found
    return [s for c in children_of(verb, CCOMP) if c.tag_ == "VBG" and c.i > verb.i
            and not any(a.dep_ in (AUX, AUXPASS) for a in kids(c))
            for s in children_of(c, NSUBJ) if s.pos_ in ("NOUN", "PROPN") and s.i > verb.i]


def _let_objects(verb: Token) -> list[Token]:
    """Whom a verb of letting, helping or pressing lets, helps or presses, parsed as the
    subject of the clause after it: "Kenya allows Somali traders to cross into Mandera",
    "Israel let aid trucks enter Gaza", "China helped Russia evade sanctions", "pledged
    to help Ukraine rebuild its grid" (:data:`~extract.lexicon.PERMITTING_VERBS`,
    :data:`~extract.lexicon.PERSUADING_VERBS`; an infinitive with "to" or a bare one, not
    a clause with "that" or its own auxiliary: "allowed that X had erred")."""
    return [s for c in children_of(verb, CCOMP) if c.i > verb.i and c.tag_ == "VB"
            and not any(a.dep_ == MARK for a in kids(c))
            and not any(a.dep_ in (AUX, AUXPASS) and a.lower_ != "to" for a in kids(c))
            for s in children_of(c, NSUBJ) if s.pos_ in ("NOUN", "PROPN") and s.i > verb.i]


def reporter_apposition(appos: Token) -> bool:
    """Whether an apposition is the subject of the reporting verb right after it, which
    the parse hung on the noun before: "Sunak has not sacked Braverman, a Downing Street
    spokesman said" (a true apposition is set off by a comma: "Braverman, the home
    secretary, said"); also when the verb has no subject of its own: "Trump has fired
    Bondi, a White House official said". The apposition is set off from the noun by a
    comma: a name right after its description is the speaker's own ("crashed on Monday,
    the official news agency Xinhua said": the agency is Xinhua, no object of the crash)."""
    after = appos.right_edge.i + 1
    if (appos.dep_ != APPOS or after >= len(appos.doc) or appos.left_edge.i == 0
            or appos.doc[appos.left_edge.i - 1].text != ","):
        return False
    verb = appos.doc[after]
    # the verb's subject is the noun the apposition hangs on, or it has none
    return verb.lemma_.lower() in REPORTING_VERBS and (
        (appos.head.dep_ == NSUBJ and verb.i == appos.head.head.i)
        or not children_of(verb, NSUBJ, NSUBJPASS))


def _reported_objects(verb: Token) -> list[Token]:
    """The object of a said clause that the parse made the subject of the saying:
    "Sunak has not sacked Braverman, a Downing Street spokesman said" (see
    :func:`reporter_apposition`)."""
    if verb.dep_ != CCOMP or not is_verb(verb.head):
        return []
    return [s for s in children_of(verb.head, NSUBJ) if s.i > verb.i
            and any(reporter_apposition(a) for a in children_of(s, APPOS))]


def _clause_relative(verb: Token, obj: Token) -> bool:
    """Whether the object of a relative clause is a "which" that stands for the clause
    before the comma, not the noun it follows: "claimed Trump asked Xi for help in the
    election, which Trump denied", "asked him to name his donors, which he did not do"
    (:data:`CLAUSE_RELATIVE_VERBS`; but "rejected the reports, which the ministry denied":
    a claim noun is what is denied)."""
    return (verb.dep_ == RELCL and obj.lower_ == "which" and obj.i > 0
            and obj.doc[obj.i - 1].text == "," and verb.lemma_.lower() in CLAUSE_RELATIVE_VERBS
            and verb.head.lemma_.lower() not in CLAIM_NOUNS)


def _given_time(verb: Token) -> list[Token]:
    """Whom a verb of giving time gives it to act in, or []: "gave the Swedish ambassador
    three days to leave Ankara", "granted Iran two weeks to respond", "gave Hamas until
    Sunday to release the hostages" (the ambassador, Iran, Hamas do the infinitive, not
    the giver; :data:`DEADLINE_VERBS`, with a span of :data:`SPAN_NOUNS` or "until").

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["EU", "gave", "Iran", "two", "weeks", "to", "respond"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 4, 1, 6, 1],
    ...           deps=["nsubj", "ROOT", "dative", "nummod", "dobj", "aux", "xcomp"],
    ...           pos=["PROPN", "VERB", "PROPN", "NUM", "NOUN", "PART", "VERB"],
    ...           lemmas=["EU", "give", "Iran", "two", "week", "to", "respond"])
    >>> _given_time(doc[1]), _given_time(doc[6])
    ([Iran], [])
    """
    if not is_verb(verb) or verb.lemma_.lower() not in DEADLINE_VERBS or is_passive(verb):
        return []
    objects = children_of(verb, DOBJ, DATIVE, NPADVMOD)
    spans = [o for o in objects if o.lemma_.lower() in SPAN_NOUNS]
    if not spans and not any(p.lower_ == "until" for p in children_of(verb, PREP)):
        return []
    return with_conjuncts(o for o in objects if o not in spans and o.pos_ in ("NOUN", "PROPN"))


def _prepositional_subject(verb: Token) -> Token | None:
    """The subject of an -ing adjunct written right after the object of a preposition of
    :data:`~extract.lexicon.GERUND_SUBJECT_PREPS` in its clause: "Hungary drops its
    opposition to Finland joining NATO" (parsed with "joining" an adjunct of "drops"),
    "objected to Sweden hosting the talks", "voiced fears of Iran acquiring a bomb" ->
    Finland, Sweden, Iran. None when the gerund follows a comma, has words of its own
    before it, or no such phrase ends right before it, or the phrase is on a verb with an
    object, which the gerund may tell of ("posted a photo to Twitter showing him")."""
    if (verb.tag_ != "VBG" or verb.left_edge.i != verb.i or _after_comma(verb)
            or verb.i == verb.sent.start):
        return None
    tok = verb.doc[verb.i - 1]
    for _ in range(len(verb.sent)):
        if tok.dep_ == POBJ and tok.right_edge.i == verb.i - 1:
            break
        if tok.head == tok or tok.head.i > verb.i or tok.head.right_edge.i != verb.i - 1:
            return None
        tok = tok.head
    else:
        return None
    prep = tok.head
    if (tok.pos_ not in ("NOUN", "PROPN") or prep.dep_ != PREP
            or prep.lower_ not in GERUND_SUBJECT_PREPS
            or not (prep.head == verb.head or verb.head in prep.head.ancestors)
            # "posted a photo to Twitter showing him": the photo shows him
            or (is_verb(prep.head) and children_of(prep.head, DOBJ))
            # "leading to Israel striking Beirut": an outcome, read elsewhere
            or prep.head.lemma_.lower() in OUTCOME_VERBS
            # on a noun, one of a stance or prospect: "opposition to Finland joining"
            or (not is_verb(prep.head) and prep.head.lemma_.lower() not in GERUND_SUBJECT_NOUNS)):
        return None
    return tok


#: Verbs that direct or pay their object to do their infinitive, made once.
_ENGAGING_VERBS = DIRECTIVE_VERBS | HIRING_VERBS


def _directed_objects(verb: Token) -> list[Token] | None:
    """Whom a verb of :data:`~extract.lexicon.DIRECTIVE_VERBS` tells to do its infinitive
    when the parser hangs that infinitive on it as a purpose clause: "Niger orders the
    French ambassador to leave the country" -> the ambassador; whom a verb of hiring or
    paying (:data:`~extract.lexicon.HIRING_VERBS`) engages to do it, if the object (or a
    name in apposition to it) may act: "paid his friend Joe Shapiro to take the SAT" ->
    the friend (but "paid 12 mln dlrs to settle the suit": the payer settles); None when
    the verb is no such verb, is passive, or has no such object before the infinitive."""
    head = verb.head
    lemma = head.lemma_.lower()
    if lemma not in _ENGAGING_VERBS or is_passive(head):
        return None
    told = [o for o in children_of(head, DOBJ) if o.i < verb.i
            and o.pos_ in ("NOUN", "PROPN", "PRON")
            and (lemma in DIRECTIVE_VERBS or may_act(o)
                 or any(c.dep_ == APPOS and may_act(c) for c in kids(o)))]
    return told or None


def _relative_antecedent(verb: Token, pronoun: Token) -> Token | None:
    """What a relative pronoun subject stands for: the noun its clause is hung on; but
    "who" after an organisation or place named inside the modifier of a noun of people
    stands for those people, when the clause's verb does not agree with the name alone:
    "20 people suspected of links to the Islamic State, who were planning attacks" (the
    people plan them; "..., which was founded in 2014" keeps the Islamic State), also
    when the parser hangs the name's phrase on a noun before the people ("a response from
    his followers in Arequipa, who packed a hall": the followers); a "who" hung on a body
    in a person's description stands for the person (:func:`_appositive_person`); a
    "which" or "who" clause hung on a verb by a misparse, for no one (None)."""
    head = verb.head
    if verb.dep_ == RELCL and pronoun.lower_ in ("which", "who") and (
            head.pos_ in ("VERB", "AUX")
            or any(c.dep_ in (NSUBJ, ADVCL, AUX) for c in kids(head))
            or any(c.dep_ in (ACL, ADVCL) and c.tag_ == "VBG" and head.i < c.i < pronoun.i
                   and c.i > 0 and c.doc[c.i - 1].text == "," for c in kids(head))):
        # (hung on a verb, by a misparse, or on a word tagged a noun that has a subject or
        # an adverbial clause, a verb: "North Korea test-fires a missile, prompting ...";
        # or across an "-ing" clause set off by a comma, whose own words it may be said
        # of: "test-fires rockets near Guyana, alarming Brazil and Colombia, who call on
        # Caracas to ...": its noun is not known)
        return None
    if (thing := _thing_antecedent(verb, pronoun)) is not None:
        return thing
    if (person := _appositive_person(verb, pronoun)) is not None:
        return person
    if (pronoun.lower_ != "who" or head.ent_type_ not in ("ORG", "GPE", "NORP", "LOC", "FAC")
            or head.dep_ != POBJ or _singular_verb(verb)):
        return head
    tok = head
    while tok.dep_ in (POBJ, PREP, ACL):
        tok = tok.head
        if _relative_people(tok):
            return tok
        if tok.pos_ not in ("NOUN", "ADP", "VERB"):
            break
    # the parser may hang the name's phrase on an earlier noun: "drew a response from his
    # followers in Arequipa, who packed a hall" ("in Arequipa" on "response"); the people
    # are the noun right before the preposition
    prep = head.head
    before = head.doc[prep.i - 1] if prep.dep_ == PREP and prep.i > 0 else None
    if before is not None and before.i != prep.head.i and _relative_people(before):
        return before
    return head


def accompanying(tok: Token) -> list[Token]:
    """The named ones a phrase of company set off by commas after ``tok`` joins to it, who
    do what it does: "Britain, along with the United States, sanctioned X", "Britain,
    together with France, recognised Y", "Russia, alongside Iran, armed Z" (the phrases of
    :data:`~extract.lexicon.ACCOMPANYING_PHRASES`; a name or a named group, not "along
    with his wife").

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("Britain , along with Canada , sanctioned generals", '''
    ...     6 nsubj PROPN Britain NNP
    ...     0 punct PUNCT , ,
    ...     0 prep ADP along IN
    ...     2 prep ADP with IN
    ...     3 pobj PROPN Canada NNP
    ...     0 punct PUNCT , ,
    ...     6 ROOT VERB sanction VBD
    ...     6 dobj NOUN general NNS''', ents={"Britain": "GPE", "Canada": "GPE"})
    >>> [t.text for t in accompanying(doc[0])]
    ['Canada']
    """
    found: list[Token] = []
    for prep in children_of(tok, PREP):
        start = prep.left_edge.i
        if prep.i < tok.i or start < 1 or tok.doc[start - 1].text != ",":
            continue
        # "along with": "with" hung on "along"; "together with": "together" on "with"
        phrase = " ".join(t.lower_ for t in tok.doc[start:prep.i + 1])
        heads = [prep] if phrase in ACCOMPANYING_PHRASES else [
            w for w in children_of(prep, PREP)
            if f"{phrase} {w.lower_}" in ACCOMPANYING_PHRASES and w.i == prep.i + 1]
        found += [p for h in heads for p in with_conjuncts(pobjs(h))
                  if names_something(p) or named_group(p)]
    return found


def said_in_relative(verb: Token) -> bool:
    """Whether ``verb`` is the clause a relative clause of saying reports, whose subject
    is the relative pronoun: "the Houthis, who Washington says are armed by Iran", "Volt
    Typhoon, which Microsoft says is backed by China" (the pronoun stands for the noun the
    clause of saying is hung on).

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("Houthis , who Washington says are armed by Iran", '''
    ...     0 ROOT PROPN Houthis NNPS
    ...     0 punct PUNCT , ,
    ...     6 nsubjpass PRON who WP
    ...     4 nsubj PROPN Washington NNP
    ...     0 relcl VERB say VBZ
    ...     6 auxpass AUX be VBP
    ...     4 ccomp VERB arm VBN
    ...     6 agent ADP by IN
    ...     7 pobj PROPN Iran NNP''', ents={"Iran": "GPE", "Washington": "GPE"})
    >>> said_in_relative(doc[6]), said_in_relative(doc[4])
    (True, False)
    """
    saying = verb.head
    # (not "have": "which the navy said had smuggled weapons" is often parsed with "had"
    # the verb and "smuggled" a modifier of its object)
    return (verb.dep_ == CCOMP and saying.dep_ == RELCL and saying.i < verb.i
            and saying.lemma_.lower() in SAY_VERBS and verb.lemma_.lower() != "have"
            and not any(c.tag_ in WH_TAGS for c in kids(saying))
            and any(c.tag_ in WH_TAGS and c.dep_ in (NSUBJ, NSUBJPASS) and c.i < saying.i
                    for c in kids(verb)))


def infinitive_antecedent(verb: Token, pronoun: Token) -> Token | None:
    """The noun a relative pronoun stands for when it is the object of an infinitive or
    gerund of its relative clause's verb, ``verb``, or None.

    "the envoy whom the RSF had threatened to kill", "the ruling, which the party vowed to
    appeal", "the depot that Hezbollah plans to rebuild": the pronoun, before the relative
    clause's verb, is the object of its infinitive (or of a gerund after a preposition:
    "the drills that Pyongyang warned against holding"), and stands for the noun the
    clause is hung on as it does for the clause's own verb.

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("envoy whom RSF threatened to kill", '''
    ...     0 ROOT NOUN envoy NN
    ...     5 dobj PRON whom WP
    ...     3 nsubj PROPN RSF NNP
    ...     0 relcl VERB threaten VBD
    ...     5 aux PART to TO
    ...     3 xcomp VERB kill VB''', ents={"RSF": "ORG"})
    >>> infinitive_antecedent(doc[5], doc[1]).text
    'envoy'
    """
    if pronoun.tag_ not in WH_TAGS:
        return None
    tok = verb
    for _ in range(3):
        if tok.dep_ == XCOMP and to_infinitive(tok):
            tok = tok.head
        elif tok.dep_ in (PCOMP, POBJ) and tok.tag_ == "VBG" and tok.head.dep_ == PREP:
            tok = tok.head.head
        else:
            return None
        if tok.dep_ == RELCL:
            head = tok.head
            if not head.i < pronoun.i < tok.i:
                return None
            if (thing := _thing_antecedent(tok, pronoun)) is not None:
                return thing
            # "the ban on the Awami League, which Hasina vowed to challenge": the clause
            # may be said of the noun the phrase is on; which one the parse cannot tell
            if head.dep_ == POBJ and head.head.head.pos_ in ("NOUN", "PROPN"):
                return None
            return head
        if tok.pos_ not in ("VERB", "AUX"):
            return None
    return None


def _thing_antecedent(verb: Token, pronoun: Token) -> Token | None:
    """The noun a "which" stands for when the parser hung its clause on a person named in
    the noun's "of" phrase: "the killing of Ismail Haniyeh, which Iran blamed on Israel",
    "the arrest of Imran Khan, which sparked riots" (the killing, the arrest: "which" is
    never a person), or None.

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("the arrest of Khan , which sparked riots", '''
    ...     1 det DET the DT
    ...     1 ROOT NOUN arrest NN
    ...     1 prep ADP of IN
    ...     2 pobj PROPN Khan NNP
    ...     3 punct PUNCT , ,
    ...     6 nsubj PRON which WDT
    ...     3 relcl VERB spark VBD
    ...     6 dobj NOUN riot NNS''', ents={"Khan": "PERSON"})
    >>> _thing_antecedent(doc[6], doc[5]).text
    'arrest'
    """
    head = verb.head
    if (pronoun.lower_ != "which" or verb.dep_ != RELCL or head.ent_type_ != "PERSON"
            or head.dep_ != POBJ or head.head.lower_ != "of"
            or head.head.head.pos_ != "NOUN"):
        return None
    return head.head.head


def _appositive_person(verb: Token, pronoun: Token) -> Token | None:
    """The person a "who" clause is said of when the parser hung it on a body or a place
    in the phrase of a noun in apposition to that person's name: "Tomas Ferrer, a former
    adviser to the Valencian regional government, who took kickbacks" (Ferrer, not the
    government), "Omar Haddad, an aide to the interior minister of Iraq, who leaked
    the memo" (Haddad), or None. "who" is never a thing, and a body named in a person's
    description only says whose he is; not when the clause's verb is plural and the noun
    it is hung on may be the people it tells of ("Ali, a member of the rebels, who were
    hiding"; nor on people at all: "the rebels, who fled"), nor for a person named or
    described in the phrase ("an adviser to Ferrer, who", "an aide to the interior
    minister, who": either may be meant).
    """
    head = verb.head
    if (pronoun.lower_ != "who" or verb.dep_ != RELCL or head.dep_ != POBJ
            or head.ent_type_ == "PERSON" or head.lemma_.lower() in ROLE_WORDS
            or head.tag_ in PLURAL_NOUN_TAGS or _plural_verb(verb)):
        return None
    tok = head
    while tok.dep_ in (POBJ, PREP):
        tok = tok.head
    if tok.dep_ == APPOS and tok.pos_ == "NOUN" and tok.head.ent_type_ == "PERSON":
        return tok.head
    return None


def _plural_verb(verb: Token) -> bool:
    """Whether a clause's finite verb (or auxiliary) is plural: "were", "have", "hold"."""
    finite = [c for c in kids(verb) if c.dep_ in (AUX, AUXPASS) and c.i < verb.i] + [verb]
    return any(t.tag_ == "VBP" or t.lower_ == "were" for t in finite)


def _relative_people(tok: Token) -> bool:
    """Whether a common noun names people a "who" clause may be said of ("followers",
    "police")."""
    return tok.pos_ == "NOUN" and not tok.ent_type_ and (
        tok.lemma_.lower() in RELATIVE_PEOPLE_NOUNS or actor_noun(tok))


def _located_relative(verb: Token) -> bool:
    """Whether an active relative clause after a comma is hung on a place that only says
    where the noun before it was: "an attack on the frigate in the Gulf, which killed 37
    sailors", "a raid on a tanker near Kharg Island, which wounded the crew". The place
    (not a country, which may act) is the object of a preposition of place on another
    noun, and the clause may be said of that noun or of one before it; which, the parse
    does not tell, and a place does nothing, so the clause has no subject. A passive one
    says what befell the place ("in Gaza, which is ruled by Hamas") and a stative verb
    what it is ("near Kharg Island, which lies off the coast").

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["raid", "near", "Hormuz", ",", "which", "killed", "two"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[0, 0, 1, 2, 5, 2, 5],
    ...           deps=["ROOT", "prep", "pobj", "punct", "nsubj", "relcl", "dobj"],
    ...           pos=["NOUN", "ADP", "PROPN", "PUNCT", "PRON", "VERB", "NUM"],
    ...           tags=["NN", "IN", "NNP", ",", "WDT", "VBD", "CD"],
    ...           ents=["O", "O", "B-LOC", "O", "O", "O", "O"])
    >>> _located_relative(doc[5])
    True
    """
    place = verb.head
    prep = place.head
    if not (verb.dep_ == RELCL and not is_passive(verb)
            and verb.lemma_.lower() not in STATIVE_PARTICIPLES
            and verb.left_edge.i > 0 and place.doc[verb.left_edge.i - 1].text == ","
            and place.dep_ == POBJ and prep.lower_ in NOUN_PLACE_PREPS
            and is_place(place) and not country_name(place)):
        return False
    # a town may stand for its rulers ("talks in Geneva, which hosted them"): only on a
    # noun is it a second candidate; a sea, a site or a building never acts
    return prep.head.pos_ in ("NOUN", "PROPN") or place.ent_type_ in _SITE_TYPES


def _singular_verb(verb: Token) -> bool:
    """Whether a clause's finite verb (or auxiliary) is singular: "was", "has", "rules"."""
    finite = [c for c in kids(verb) if c.dep_ in (AUX, AUXPASS) and c.i < verb.i] + [verb]
    return any(t.tag_ == "VBZ" or t.lower_ == "was" for t in finite)


def _actor_object(verb: Token) -> bool:
    """Whether a verb's direct object is someone named: a person, organisation, country or
    nationality ("invited Qatar"; not the subject's own agents: "sent envoys")."""
    return any(c.dep_ == DOBJ and c.ent_type_ in TARGET_TYPES for c in kids(verb))


def _relied_on(verb: Token) -> list[Token]:
    """What a relying verb relies on: "relied on Russian rockets", "depend on migrant
    workers" (:data:`RELYING_VERBS`), the doer of its infinitive."""
    if verb.lemma_.lower() not in RELYING_VERBS:
        return []
    return [o for prep in children_of(verb, PREP) if prep.lower_ in RELYING_PREPS
            for o in pobjs(prep)]


def _delegated(verb: Token) -> bool:
    """Whether an infinitive of purpose follows a body or people set up, hired or sent to
    do it: "set up a committee to monitor production", "hired consultants to review the
    plan", "explore the setting up of an impartial body to determine responsibility"
    (:data:`~extract.lexicon.DELEGATED_AGENTS`): they do it, if anyone, not the one who
    set them up; who does is not said for sure, so the infinitive gets no subject. So
    too after a plot noun in a prepositional phrase: "jails teenager over plot to attack
    Pride parade" (the plotters', :data:`~extract.lexicon.PLOT_NOUNS`)."""
    to = next((c for c in verb.lefts if c.dep_ == AUX and c.lower_ == "to"), None)
    if to is None or to.i == 0:
        return False
    before = verb.doc[to.i - 1]
    if (before.pos_ == "NOUN" and before.lemma_.lower() in PLOT_NOUNS and before.dep_ == POBJ
            and verb.head.is_ancestor(before)):
        # "jails teenager over plot to attack Pride parade": the plotters', not the judge's
        # (:data:`~extract.lexicon.PLOT_NOUNS`)
        return True
    # the phrase's head when an "of" phrase says whom the body is made of: "formed a
    # special committee of outside directors to consider it", "hired a team of lawyers"
    while (before.lemma_.lower() not in DELEGATED_AGENTS and before.dep_ == POBJ
           and before.head.dep_ == PREP and before.head.lower_ == "of"
           and before.head.head.pos_ == "NOUN"):
        before = before.head.head
    return (before.pos_ == "NOUN" and before.lemma_.lower() in DELEGATED_AGENTS
            and not before.ent_type_ and verb.head.is_ancestor(before))


def _means_object(verb: Token, head: Token, objects: list[Token]) -> bool:
    """Whether the objects of an active verb with a to-infinitive complement are things it
    acts on, not who or what does the infinitive: "falsified shipping documents to list the
    UAE as destination", "would interpret the Constitution to uphold his agenda" (the
    subject lists, upholds, if the parse is right). Not after a verb of
    object control, whose object, even a thing, does the infinitive ("ordered the plant to
    close", "caused prices to rise": :data:`~extract.lexicon.OBJECT_CONTROL_VERBS`), nor
    when an object is someone who may act ("sued Mazars to block the release")."""
    return (bool(objects) and to_infinitive(verb) and not is_passive(head)
            and head.lemma_.lower() not in OBJECT_CONTROL_VERBS
            and not any(may_act(o) for o in objects))


def _demanded_means(head: Token) -> bool:
    """Whether a verb of demanding (:data:`~extract.lexicon.DEMANDING_VERBS`, not of
    seeking or proposing, whose asker may do the purpose with what is got: "sought a loan to
    finance imports") has a thing for its object or its "for" phrase, which its purpose
    infinitive tells the use of: "demanded a 30 pct raise to offset inflation", "asked for
    emergency credits to pay for grain imports"."""
    if head.lemma_.lower() not in DEMANDING_VERBS:
        return False
    objects = [c for c in kids(head) if c.dep_ == DOBJ] + [
        o for p in kids(head) if p.dep_ == PREP and p.lower_ == "for"
        for o in kids(p) if o.dep_ == POBJ]
    return bool(objects) and not any(may_act(o) or o.ent_type_ for o in objects)


def _assaulted_object(verb: Token, head: Token, objects: list[Token]) -> bool:
    """Whether the objects of an active verb of assault (the event class ``ASSAULT``)
    with a to-infinitive hung on it as its complement are its victims, not who does the
    infinitive: "hacked Verizon and AT&T to spy on wiretap requests", "kidnapped two
    engineers to demand a ransom" (the victims spy and demand nothing; who does is the
    purpose's doer, left unsaid as for a purpose clause on a named object). Not after a
    verb of object control (:data:`~extract.lexicon.OBJECT_CONTROL_VERBS`)."""
    return (bool(objects) and to_infinitive(verb) and not is_passive(head)
            and head.lemma_.lower() not in OBJECT_CONTROL_VERBS
            and default_lexicon().classify(head.lemma_.lower()) == "ASSAULT")


def may_act(noun: Token) -> bool:
    """Whether a noun may name someone who acts: a name of an actor type (places too:
    the tagger reads some people's names as places, "challenged Le Pen to name her
    donors"), not of a law, work or product ("the Constitution"); a name of no type, a
    personal pronoun, an agent or group noun."""
    if noun.pos_ == "PRON":
        return noun.lower_ not in THING_PRONOUNS
    if noun.ent_type_:
        return noun.ent_type_ in ACTOR_TYPES
    return noun.pos_ == "PROPN" or actor_noun(noun) or named_group(noun)


def _purpose(verb: Token) -> bool:
    """Whether an adverbial clause is a bare infinitive of purpose: "to protest against X"
    ("in order to" too), with no subject or subordinator of its own."""
    return verb.tag_ == "VB" and to_infinitive(verb) and not any(
        c.dep_ == MARK and c.lower_ not in ("in", "order") for c in kids(verb))


def _object_gap(verb: Token, subjects: list[Token]) -> bool:
    """Whether ``verb`` heads a bare relative clause whose object is the noun it tells of:
    "the journalist it had kidnapped", "the weapons Iran supplied to the Houthis" (no
    relative word, a subject of its own, no object, complement or stranded preposition;
    not a time, place, manner or reason: "the day Russia invaded"; nor a "whose" clause,
    whose noun owns the subject: "Zenith, whose shares rose 5 pct"; nor one whose relative
    word is the object of a preposition of time, place or manner fronted with it, which
    makes the noun the clause's setting, not its object: "an agreement under which Rwanda
    committed to ending its support", "the memoranda in which Turkey and Libya agreed on
    borders" (:data:`~extract.lexicon.ADJUNCT_PREPS`; a partner's preposition leaves the
    noun the verb's partner: "Stern, with whom Imus feuded"); nor a verb of saying, whose
    noun is what the clause it introduces tells of, even when the parser hangs that clause
    elsewhere: "air strikes it says are aimed at X" (nothing is said to the strikes,
    :data:`~extract.lexicon.SAY_VERBS`)."""
    head = verb.head
    return (verb.dep_ == RELCL and bool(subjects) and head.i < verb.i
            and verb.lemma_.lower() not in SAY_VERBS
            and not any(c.tag_ == WHOSE_TAG for s in subjects for c in kids(s))
            and not any(c.dep_ == PREP and c.i < verb.i and c.lower_ in ADJUNCT_PREPS
                        and any(g.tag_ in WH_TAGS for g in kids(c)) for c in kids(verb))
            and not any(c.dep_ == AUXPASS for c in kids(verb))
            and head.pos_ in ("NOUN", "PROPN") and head.ent_type_ not in TIME_TYPES
            and head.lemma_.lower() not in ADVERBIAL_HEADS
            and not any(c.tag_ in WH_TAGS or c.tag_ == "WRB" or c.dep_ in (
                CCOMP, XCOMP, MARK, ACOMP, ATTR, OPRD) for c in kids(verb))
            and not any(c.dep_ == PREP and not children_of(c, POBJ, PCOMP)
                        for c in kids(verb)))


def _bare_accused(verb: Token, subjects: list[Token]) -> Token | None:
    """Who a bare relative clause of alleging is about when the parser hangs the clause on
    another verb, not on its noun: "threatened to retaliate against Gulf states it accuses
    of helping Israel" with "accuses" a complement of "threatened" (the states are accused,
    not Israel helped by whoever threatened). The noun right before the clause's one
    subject, when the verb (:data:`~extract.lexicon.ALLEGING_VERBS`) has no object but a
    gerund after "of", "for" or "with", no subordinator or relative word, and the noun, a
    common noun outside the clause, may act (:func:`may_act`, or is a plural: "Gulf
    states"; a name takes no bare relative: "the gunmen in Zamfara it blames"); None
    otherwise. So too when the parser hangs the relative on a noun further back, across a
    clause ("from Tehran, which has threatened to retaliate against Gulf states it accuses
    of financing X": the states, not Tehran); not on a noun whose own phrase holds the
    nearer one ("the diplomats from Britain it accuses of spying": the diplomats, as
    :func:`_object_gap` says)."""
    if (verb.dep_ == "ROOT" or len(subjects) != 1
            or verb.lemma_.lower() not in ALLEGING_VERBS
            or any(c.dep_ == MARK or c.tag_ in WH_TAGS for c in kids(verb))
            or not any(c.dep_ == PREP and c.lower_ in ALLEGED_PREPS and children_of(c, PCOMP)
                       for c in kids(verb))):
        return None
    start = subjects[0].left_edge.i
    if start == 0 or subjects[0].i > verb.i:
        return None
    before = verb.doc[start - 1]
    # a common noun: a name takes no bare relative ("vowed to crush the gunmen in Zamfara
    # it blames for kidnapping schoolgirls": the gunmen, not Zamfara)
    if (before.pos_ != "NOUN" or before.i > verb.i
            or verb.is_ancestor(before) or not (may_act(before) or before.tag_ == "NNS")):
        return None
    if verb.dep_ == RELCL and not _across_clause(before, verb.head):
        return None
    return before


def _across_clause(noun: Token, head: Token) -> bool:
    """Whether ``noun`` is outside ``head``'s phrase or reached from it only through a
    verb ("Tehran, which has threatened to retaliate against Gulf states": the states are
    across the relative clause), not through its own prepositions ("diplomats from
    Britain")."""
    node = noun
    while node.head.i != node.i:
        node = node.head
        if node.i == head.i:
            return False
        if node.pos_ in ("VERB", "AUX"):
            return True
    return True


def _accused_gap(verb: Token) -> Token | None:
    """Who a bare relative clause of accusing says is accused of an act when the parser
    hangs the clause on an event noun: "imposed sanctions on 30 companies and tankers it
    accused of smuggling oil" (the tankers, with the companies, not the sanctions: no one
    accuses an event of acting); the noun right before the clause, when it is a noun of
    the event noun's phrase. None otherwise (:data:`~extract.lexicon.ACCUSING_VERBS`)."""
    head = verb.head
    if (verb.lemma_.lower() not in ACCUSING_VERBS
            or not default_lexicon().is_event_noun(head.lemma_)
            or not any(c.dep_ == PREP and children_of(c, PCOMP) for c in kids(verb))):
        return None
    start = min(t.i for t in verb.subtree)
    before = verb.doc[start - 1] if start > 0 else None
    if before is None or before.pos_ not in ("NOUN", "PROPN") or before not in head.subtree:
        return None
    return before


def event_lemma(noun: Token, lexicon: EventLexicon) -> str | None:
    """The event a noun names, itself or its compound ("mediation effort" -> mediation);
    a noun of people names none by its compound ("five aid workers", "the rescue workers",
    "peace negotiators" are people, not aid, a rescue or peace)."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    if lexicon.is_event_noun(noun.lemma_):
        return noun.lemma_.lower()
    if noun.pos_ == "NOUN" and (people_lemma(noun.lemma_.lower()) or person_noun(noun)):
        return None
    for child in noun.lefts:
        if child.dep_ == COMPOUND and lexicon.is_event_noun(child.lemma_):
            return child.lemma_.lower()
    return None


def is_target_prep(prep: str, event: str) -> bool:
    """Whether ``prep`` introduces the target of the event noun ``event``.

    "with" and "between" only for reciprocal events ("talks with"), "for" and
    "to" only for what is given ("aid for Ukraine"). The "of" of an event noun that is
    also a quantity (:data:`~extract.lexicon.QUANTITY_HEADS`: "a barrage of rockets", "a
    barrage of patent claims") says what it holds, not what it is aimed at.
    """
    if prep == "of" and event in QUANTITY_HEADS:
        return False
    if prep == "at" and event in GATHERING_NOUNS:
        return False  # "the meeting at the Louvre": where it is held
    if prep == "to" and event in DESTINATION_NOUNS:
        return True  # "Modi's visit to Moscow"
    if prep in RECIPIENT_PREPS:
        return event in RECIPIENT_NOUNS
    return prep in NOUN_TARGET_PREPS and (prep not in PARTNER_PREPS or event in RECIPROCAL_NOUNS)


def event_targets(noun: Token, event: str | None = None) -> list[tuple[Token, Token]]:
    """(preposition, target) pairs of an event noun (see :func:`is_target_prep`); a
    described target with a name in apposition is the name ("proceedings against the
    former president, Jacob Zuma" -> Zuma). What a noun of giving is "for" or "to" is
    its recipient only when it can receive (:func:`may_get`): "aid for Ukraine", but
    "a loan for the shares", "aid for the programme" say what it pays for. An amount is
    no target ("a tender offer of 31 dlrs a share for X": the price, whatever the NER
    made of it; X is what the offer is for), unless it measures what it has a phrase
    for ("tariffs on 400 mln dlrs of EC farm goods")."""
    event = event or noun.lemma_.lower()
    # ("at the hands of X" names who did it: see :func:`_hands_of`)
    return [(prep, origin) for prep in children_of(noun, PREP)
            if is_target_prep(prep.lower_, event) for t in pobjs(prep)
            if not is_numeric(t) and not (is_amount(t) and not children_of(t, PREP))
            and t.lower_ not in AGENT_HAND_NOUNS and not _grounds(prep, t)
            for origin in traded_origins(appositive_name(t, ACTOR_TYPES))
            if not _given_for(prep, event) or may_get(origin)]


def _grounds(prep: Token, obj: Token) -> bool:
    """Whether a phrase of an event noun names the charge or suspicion it rests on, not
    whom it is done to: "the extradition of X *on fentanyl charges*", "an investigation
    into Y *over allegations* of fraud" (a noun of :data:`~extract.lexicon.SUSPICION_NOUNS`
    after a preposition of :data:`~extract.lexicon.GROUNDS_PREPS`)."""
    return prep.lower_ in GROUNDS_PREPS and obj.lemma_.lower() in SUSPICION_NOUNS


def admitted(verb: Token, prep: Token) -> list[Token]:
    """Who a verb of letting in (:data:`~extract.lexicon.ADMITTING_VERBS`) lets into the
    place of ``prep`` (:data:`~extract.lexicon.ENTRY_PREPS`), or []: "refused to allow IAEA
    inspectors into Fordow" (its object), "the inspectors were not allowed into Fordow"
    (a passive's subject). They enter the place; the place is not let in.

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("allowed inspectors into Fordow", '''
    ...     0 ROOT VERB allow VBD
    ...     0 dobj NOUN inspector NNS
    ...     0 prep ADP into IN
    ...     2 pobj PROPN Fordow NNP''')
    >>> [t.text for t in admitted(doc[0], doc[2])]
    ['inspectors']
    """
    if (verb.lemma_.lower() not in ADMITTING_VERBS or prep.lower_ not in ENTRY_PREPS
            or prep.head.i != verb.i):
        return []
    return with_conjuncts(children_of(verb, NSUBJPASS if is_passive(verb) else DOBJ))


def _given_for(prep: Token, event: str) -> bool:
    """Whether ``prep`` is the "for" or "to" of a noun of money or goods given
    (:data:`~extract.lexicon.FUNDING_NOUNS`), not the "to" of a noun of going ("a visit to
    Moscow"); support is given to a cause as well ("support for the inquiry")."""
    return (prep.lower_ in RECIPIENT_PREPS and event in FUNDING_NOUNS
            and not (prep.lower_ == "to" and event in DESTINATION_NOUNS))


def may_get(tok: Token) -> bool:
    """Whether a noun phrase can get what is given: a name, a pronoun, a body of people or
    people ("aid for Ukraine", "a loan to the company's workers", "aid for refugees"),
    not a thing paid for ("a loan for the shares", "aid for Kenya's roads")."""
    return (tok.ent_type_ in ACTOR_TYPES or tok.pos_ in ("PROPN", "PRON") or actor_noun(tok)
            or named_group(tok) or people_lemma(tok.lemma_.lower()))


def generic_recipient(tok: Token) -> bool:
    """Whether a recipient names no second party: a market or an audience with no name
    ("sold two mln shares to the public", "offered stock to investors",
    :data:`~extract.lexicon.MARKET_RECIPIENTS`), anyone at all ("never provided weapons
    to any party", :data:`~extract.lexicon.GENERIC_DETERMINERS`), or the giver's own part
    ("sold its chemicals unit to its Canadian subsidiary", a possessive pronoun and a
    head of :data:`~extract.lexicon.OWN_UNIT_NOUNS`), or a gathering sent to ("did not send
    a delegate to the meeting", :data:`~extract.lexicon.GATHERING_NOUNS`). A name is a
    party ("to Beta shareholders", "to its unit, Acme Finance" read as the name; "to the
    African Union summit").

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["sold", "shares", "to", "the", "public", "and", "its", "subsidiary"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[0, 0, 0, 4, 2, 4, 7, 4],
    ...           deps=["ROOT", "dobj", "prep", "det", "pobj", "cc", "poss", "conj"],
    ...           pos=["VERB", "NOUN", "ADP", "DET", "NOUN", "CCONJ", "PRON", "NOUN"],
    ...           lemmas=["sell", "share", "to", "the", "public", "and", "its", "subsidiary"])
    >>> generic_recipient(doc[4]), generic_recipient(doc[7]), generic_recipient(doc[1])
    (True, True, False)
    """
    if tok.ent_type_ or tok.pos_ in ("PROPN", "PRON"):
        return False
    lemma = tok.lemma_.lower()
    if any(c.dep_ == DET and c.lower_ in GENERIC_DETERMINERS for c in kids(tok)):
        return True
    if lemma in OWN_UNIT_NOUNS and any(c.dep_ == POSS and c.pos_ == "PRON" for c in kids(tok)):
        return True
    # "did not send a delegate to the meeting": where, not to whom (but "to the African
    # Union summit" names whose it is)
    return lemma in MARKET_RECIPIENTS | GATHERING_NOUNS and not any(
        c.ent_type_ or c.pos_ == "PROPN" for c in kids(tok) if c.dep_ in (COMPOUND, NMOD, POSS))


def traded_origins(target: Token) -> list[Token]:
    """Where goods come from, for a target that is goods with a named "from" phrase
    (:data:`TRADE_FLOW_NOUNS`): "tariffs on imports from Canada and Mexico" are aimed at
    Canada and Mexico, "a ban on shipments from Iran" at Iran; any other target is
    itself."""
    if is_amount(target) or target.lemma_.lower() == "worth":
        # "tariffs on 300 mln dlrs (worth) of Japanese goods": the goods measured
        measured = [o for prep in children_of(target, PREP) if prep.lower_ == "of"
                    for o in pobjs(prep) if o.lemma_.lower() in TRADE_FLOW_NOUNS]
        if len(measured) == 1 and (origins := traded_origins(measured[0])) != measured:
            return origins
    if target.lemma_.lower() in TRADE_FLOW_NOUNS:
        for prep in children_of(target, PREP):
            if prep.lower_ == "from" and (named := [p for p in with_conjuncts(pobjs(prep))
                                                    if names_something(p)]):
                return named
        # "tariffs on Japanese electronic goods", "duties on U.S. farm products": the
        # country named as the goods' origin
        origins = [c for c in target.lefts if c.dep_ in (AMOD, COMPOUND, NMOD)
                   and c.ent_type_ in ORIGIN_TYPES]
        if len(origins) == 1:
            return origins
    return [target]


def prep_objects(verb: Token) -> list[tuple[Token, Token]]:
    """(preposition, object) pairs of a verb's participant prepositions.

    An absolute "with X doing ..." is a circumstance, not an object; "at" is
    an adjunct except after a verb of firing ("fired missiles at X", "shot at
    X", but not "shot shoppers at a store"); "by" is the object of a prepositional
    verb ("abide by the accords", not "met by phone"). A described object with a name in
    apposition is the name ("met with the foreign minister, Sergei Lavrov"). A
    preposition inside a name is the name's, wherever the parser hung it: "would appeal
    to the Court of Arbitration for Sport" has no "appeal for".
    """
    lemma = verb.lemma_.lower()
    # "..., with Ukraine reporting heavy losses": Ukraine is the adjunct's subject; so is
    # the state of "leading to the state using the National Guard"
    absolute = {found.i for c in kids(verb) if c.dep_ == ADVCL and c.tag_ == "VBG"
                for found in [_with_object(c) or _outcome_subject(c)] if found is not None}
    if lemma in OUTCOME_VERBS:  # "leading to Governor Evers deploying ..." parsed as an acl
        absolute |= {t.i for prep in children_of(verb, PREP) for t in pobjs(prep)
                     if any(c.dep_ == ACL and c.tag_ == "VBG" and not c.doc[c.i - 1].is_punct
                            for c in kids(t))}
    aims = lemma in LAUNCH_VERBS and (
        lemma in AIM_VERBS or not any(c.dep_ in OBJ_DEPS for c in kids(verb)))
    # "is massing troops near the Polish border": where forces are got ready is whom
    # they face, not only where it happened (a verb of readying with its forces)
    massed = lemma in READYING_VERBS and any(c.dep_ == DOBJ for c in kids(verb))
    return [(prep, appositive_name(t, ACTOR_TYPES, comma=True))
            for prep in children_of(verb, PREP, DATIVE)
            if prep.pos_ == "ADP" and prep.ent_iob_ != "I" and not _fronted_setting(prep, verb)
            and not _partner_of_event(prep, verb) and not _after_remnant(prep, verb)
            and not _after_elaboration(prep, verb)
            and (prep.lower_ not in ADJUNCT_PREPS
                                       or (aims and prep.lower_ == "at")
                                       or (prep.lower_ == "near" and massed)
                                       or (prep.lower_ == "by" and lemma in PREPOSITIONAL_VERBS)
                                       or (prep.lower_ == "before"
                                           and any(map(_hearing_body, pobjs(prep)))))
            for t in pobjs(prep) if not is_numeric(t) and t.i not in absolute
            and not (prep.lower_ == "with" and (any(c.dep_ == ACL for c in kids(t))
                                                or _set_off(prep, verb)))]


def _after_remnant(prep: Token, verb: Token) -> bool:
    """Whether a verb's prepositional phrase comes after what is left of a second clause
    (:func:`gapped_remnant`): "fired 40 missiles at Baghdad and Iraq 25 at Tehran" -- Iraq
    fired at Tehran, the first subject did not."""
    # (the words between the verb and the phrase, those of its subtree: not all of its
    # subtree, which may be the whole sentence, read for each of its phrases)
    return any(t.dep_ == CONJ and verb.is_ancestor(t) and gapped_remnant(t)
               for t in verb.doc[verb.i + 1:prep.i])


def _after_elaboration(prep: Token, verb: Token) -> bool:
    """Whether a verb's prepositional phrase comes right after an elaboration set off
    from its object by a comma and not closed by one: "explore alternatives, including
    a recapitalization or a sale of the company to another buyer" -- the buyer is the
    sale's, not the exploring's ("explore alternatives to" a buyer); so is a phrase
    after an apposition ("bought the plant, a former steel mill in Ohio for X").

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["weigh", "options", ",", "including", "a", "sale", "to", "Acme"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[0, 0, 1, 1, 5, 3, 0, 6],
    ...           deps=["ROOT", "dobj", "punct", "prep", "det", "pobj", "prep", "pobj"])
    >>> _after_elaboration(doc[6], doc[0])
    True
    """
    doc = prep.doc
    for obj in children_of(verb, DOBJ):
        if obj.i > prep.i:
            continue
        for part in obj.rights:
            start = part.left_edge.i
            if (start > 0 and doc[start - 1].text == "," and part.right_edge.i == prep.i - 1
                    and (part.dep_ == APPOS
                         or (part.dep_ == PREP and part.lower_ in EXAMPLE_WORDS))):
                return True
    return False


def _hearing_body(tok: Token) -> bool:
    """Whether a "before" object is a court or a body that hears a case or a witness, not
    a time: "challenge the deal before the Constitutional Tribunal", "testified before
    Congress", "appeared before a military court" (``[hearing_bodies]``)."""
    return tok.lemma_.lower() in HEARING_BODIES or (
        tok.ent_type_ == "ORG" and any(t.lemma_.lower() in HEARING_BODIES
                                       for t in tok.doc[tok.left_edge.i:tok.i + 1]))


def _set_off(prep: Token, verb: Token) -> bool:
    """Whether a preposition after its verb is set off from it by a comma.

    "elected Zebari as president, ending a 10-month deadlock, with 227 of the 329
    lawmakers voting for him", "extended the mission by a year, with 13 votes in
    favour", "declared a state of emergency, with South Carolina following suit": a
    "with" phrase after a comma adds a circumstance (often an absolute clause the
    parse cut), not whom the verb is done with ("met with Putin", "signed a deal
    with Egypt").
    """
    return prep.i > verb.i + 1 and prep.doc[prep.i - 1].text == ","


def _fronted_setting(prep: Token, verb: Token) -> bool:
    """Whether a phrase set off by a comma before the clause's subject is its setting.

    "On the Republican side, Trump became the nominee", "Against the odds, Zelensky
    defeated Poroshenko", "With the Senate, the House passed the bill": a fronted
    phrase says where, when or how, not whom the verb acts on. A place stays: "In
    Washington, Biden met Putin" (the place of the meeting).
    """
    subjects = [c.i for c in children_of(verb, NSUBJ, NSUBJPASS)]
    if not subjects or prep.i > min(subjects):
        return False
    after = prep.right_edge.i + 1
    if after >= len(prep.doc) or prep.doc[after].text != ",":
        return False
    return not any(t.ent_type_ in PLACE_TYPES for t in pobjs(prep))


def _partner_of_event(prep: Token, verb: Token) -> bool:
    """Whether a "with" phrase the parse hung on the verb belongs to the event noun before it.

    "backed out of the deal with Iran", "withdrew from the talks with the Taliban":
    Iran is the deal's partner (:data:`RECIPROCAL_NOUNS`), not whom the verb is done
    with.
    """
    if prep.lower_ not in PARTNER_PREPS or prep.i == 0:
        return False
    before = prep.doc[prep.i - 1]
    if before.dep_ != POBJ or before.lemma_.lower() not in RECIPROCAL_NOUNS:
        return False
    head = before.head  # its preposition, maybe on another one ("out of the deal")
    while head.dep_ == PREP and head.head.i != verb.i and head.head.i != head.i:
        head = head.head
    return head.head.i == verb.i


def concluded_partner(partner: Token) -> bool:
    """Whether the object of a "with" phrase on a :func:`concluded_tie` is a party to it:
    a name of a person, body or people ("with Pennzoil", "with the Greens") or a body of
    people ("with New York prosecutors"); not a thing a name modifies, that the deal was
    struck with ("reached a compromise with EU funds", "with IMF approval", "with
    Macron's backing", "with Chinese help")."""
    return partner.ent_type_ in TARGET_TYPES or actor_noun(partner) or _named_holder(partner)


def concluded_tie(noun: Token) -> bool:
    """Whether ``noun`` is a deal a verb of concluding one makes between partners
    (:data:`~extract.lexicon.CONCLUDED_TIES` after :data:`~extract.lexicon.DEAL_VERBS`):
    "reached a settlement with Pennzoil", "struck a compromise with the Greens"; not
    "demolished a settlement with bulldozers" (a place), nor a settlement a verb of attack
    strikes (:data:`~extract.lexicon.PLACE_TIES`)."""
    verb = noun.head.lemma_.lower()
    return (noun.lemma_.lower() in CONCLUDED_TIES and noun.dep_ == DOBJ
            and verb in DEAL_VERBS
            # "Israeli jets struck a settlement with Hezbollah fighters inside": a place hit
            and not (noun.lemma_.lower() in PLACE_TIES and verb in PLACE_ATTACK_VERBS))


def _light_event(noun: Token) -> bool:
    """Whether ``noun`` is the one event a light verb carries ("had a phone conversation",
    "held a press conference"): singular, not an amount ("had the highest number"), not
    things handed over ("gave the interns laptops")."""
    return (noun.head.lemma_.lower() in LIGHT_VERBS and noun.tag_ == "NN"
            and noun.lemma_.lower() not in QUANTITY_HEADS)


def platform(prep: Token, obj: Token) -> bool:
    """Whether a prepositional object is the platform something was posted or said on
    (:data:`~extract.lexicon.PLATFORM_NAMES`) by a verb of posting or speaking
    (:data:`~extract.lexicon.POSTING_VERBS`, the verb the preposition or its noun hangs
    on), after :data:`~extract.lexicon.POSTING_PREPS`: "wrote on Twitter", "posted a
    photo to Instagram", "referred on Twitter to the vote as a hoax" say where, not to
    or about whom, as "spoke on the phone" does. A platform another verb acts on stays a
    participant: "imposed a ban on Instagram", "sued Facebook", "sent a letter to
    Facebook". Broadcast media (:data:`~extract.lexicon.BROADCAST_MEDIA`) after "on" are
    where something was said after any verb ("appealed on national television for
    calm"); a broadcaster (:data:`~extract.lexicon.BROADCASTER_NAMES`) after "on" and a
    verb of posting or speaking too ("spoke on Fox News"). A name at the sentence's end
    may carry its full stop ("wrote on X.").

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["wrote", "on", "Truth", "Social"],
    ...           heads=[0, 0, 3, 1], deps=["ROOT", "prep", "compound", "pobj"],
    ...           lemmas=["write", "on", "Truth", "Social"])
    >>> platform(doc[1], doc[3])
    True
    """
    word = prep.lower_
    if word not in POSTING_PREPS:
        return False
    # a name at the end of the sentence may carry its full stop: "he wrote on X."
    words = [c.lower_ for c in obj.lefts if c.dep_ == COMPOUND] + [obj.lower_.rstrip(".")]
    if word == "on" and obj.lower_ in BROADCAST_MEDIA and not names_something(obj):
        # "appealed on national television for calm", "said on state radio": after any
        # verb, where it was said or shown
        return True
    verb = prep.head if prep.head.dep_ not in (DOBJ, NSUBJ) else prep.head.head
    if verb.lemma_.lower() not in POSTING_VERBS or (word == "to" and verb.i == prep.head.i):
        return False  # "wrote to Facebook" writes to the company; "posted X to Facebook"
    name = "_".join(words)
    # "spoke on Fox News", "said on CNN": the broadcaster is where it was said; but
    # "called on Fox News to fire Griffin" asks the broadcaster to act
    return name in PLATFORM_NAMES or (
        word == "on" and name in BROADCASTER_NAMES
        and not any(c.dep_ == XCOMP and c.i > obj.i for c in kids(verb)))


def object_targets(noun: Token) -> list[tuple[Token, Token]]:
    """(preposition, named actor) pairs of a verb's object noun that the act is aimed
    at: "refused entry to Chris Brown", "broke off relations with Russia" ("with" only
    after a reciprocal noun, a verb of lodging or a light verb: "lodged a protest with
    Albania", "had a phone conversation with Putin", not "sold laptops with Fedora"),
    a bid noun's "for" or "in" ("made an offer for X", "holds a stake in X"), a warrant
    noun's "for" ("issued an arrest warrant for X"), and the "on" of what is imposed
    ("imposed tariffs on Canada": :data:`IMPOSING_VERBS`).
    The object is a person, organisation, country or people (:data:`TARGET_TYPES`),
    never a product or a work."""
    found = []
    lemma = noun.lemma_.lower()
    for prep in children_of(noun, PREP) + _verb_hung_bid_for(noun):
        word = prep.lower_
        bid = word in BID_PREPS and lemma in BID_NOUNS  # "an offer for X", "a stake in X"
        # "issued an arrest warrant for X"
        bid = bid or (word == "for" and lemma in WARRANT_NOUNS)
        # "imposed tariffs on Canada": whom the thing is laid on
        laid = word == "on" and noun.dep_ == DOBJ and noun.head.lemma_.lower() in IMPOSING_VERBS
        if not (bid or laid) and (word not in OBJECT_NOUN_PREPS or (
                word in PARTNER_PREPS and lemma not in RECIPROCAL_NOUNS
                and noun.head.lemma_.lower() not in LODGING_VERBS
                and not _light_event(noun) and not concluded_tie(noun))):
            continue
        # a "with" phrase on a deal that only concluding one makes a tie names a party to
        # it, not a named thing it was struck with ("reached a compromise with EU funds")
        concluded = (word in PARTNER_PREPS and lemma not in RECIPROCAL_NOUNS
                     and noun.head.lemma_.lower() not in LODGING_VERBS
                     and not _light_event(noun))
        # ("imposed duties on Chinese steel products": on China; "an offer for all
        # outstanding shares of X": for X)
        for t in (origin for o in pobjs(prep)
                  for origin in (traded_origins(appositive_name(o, ACTOR_TYPES)) if laid
                                 else [(bid and bid_stock_company(o))
                                       or appositive_name(o, ACTOR_TYPES)])):
            if platform(prep, t):
                continue  # "posted a photo to Instagram": where, not to whom
            if concluded and not concluded_partner(t):
                continue
            if t.ent_type_ in TARGET_TYPES or any(
                    c.ent_type_ in TARGET_TYPES for c in kids(t)
                    if c.dep_ in (COMPOUND, AMOD, NMOD, POSS)) or _named_holder(t):
                found.append((prep, t))
    if lemma in RECIPROCAL_NOUNS and not any(p.lower_ in PARTNER_PREPS for p, _ in found):
        # "terminated talks on a proposed merger with X": the partner of the deal the
        # talks are about is the partner of the talks
        found += [(p, t) for prep in children_of(noun, PREP) if prep.lower_ in TOPIC_PREPS
                  for topic in pobjs(prep) if topic.lemma_.lower() in RECIPROCAL_NOUNS
                  for p, t in object_targets(topic) if p.lower_ in PARTNER_PREPS]
    return found


def _verb_hung_bid_for(noun: Token) -> list[Token]:
    """The "for" phrase the parser hung on the verb whose object is a bid noun, right
    after the noun's phrase: "began a tender offer of 38 dlrs a share in cash for all
    outstanding shares of X" (no one begins "for" X: the offer is for X). Only "for"
    (an "in" after the object is as often where: "made an offer in London")."""
    if noun.dep_ != DOBJ or noun.lemma_.lower() not in BID_NOUNS:
        return []
    end = noun.right_edge.i
    return [p for p in children_of(noun.head, PREP) if p.lower_ == "for" and p.i == end + 1]


def bid_stock_company(holding: Token) -> Token | None:
    """The named company whose stock a bid is for, or None: "a tender offer for all
    outstanding shares of Delco Pump and Valve Co" (the "of" phrase), "an offer for all
    Westlake shares", "a bid for Kessler's stock" (a company name before the holding
    noun, :data:`~extract.lexicon.OWNED_HOLDINGS`); the offer is for the company. Not a
    person's holding ("an offer for Smith's shares": whose, not which company) nor an
    unnamed one ("an offer for the shares").

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("offer for shares of Delco", '''
    ...     0 ROOT NOUN offer NN
    ...     0 prep ADP for IN
    ...     1 pobj NOUN share NNS
    ...     2 prep ADP of IN
    ...     3 pobj PROPN Delco NNP''', ents={"Delco": "ORG"})
    >>> bid_stock_company(doc[2]).text
    'Delco'
    """
    if holding.lemma_.lower() not in OWNED_HOLDINGS:
        return None
    named = [o for prep in children_of(holding, PREP) if prep.lower_ == "of"
             for o in pobjs(prep) if o.ent_type_ == "ORG"]
    named += [c for c in holding.lefts if c.dep_ in (COMPOUND, NMOD, POSS)
              and c.ent_type_ == "ORG"]
    return named[0] if len(named) == 1 else None


def _named_holder(role: Token) -> bool:
    """Whether a role noun names its holder after its "of" phrase: "the President of
    FIFA Sepp Blatter" (the actor resolver takes the person)."""
    return role.lemma_.lower() in ROLE_WORDS and any(
        o.ent_type_ == "PERSON" for prep in children_of(role, PREP) if prep.lower_ == "of"
        for o in pobjs(prep))


def is_place(tok: Token) -> bool:
    """Whether ``tok`` names a place: a place entity, or a place head a name modifies
    ("the town of Livingstone", "Pakistan's North West Frontier Province"); a rank or a
    count is no name ("third countries", "at least eight regions")."""
    if tok.ent_type_ in PLACE_TYPES:
        return True
    if (tok.ent_type_ == "PERSON" and tok.ent_iob_ == "B"
            and (tok.i + 1 == len(tok.doc) or tok.doc[tok.i + 1].ent_iob_ != "I")
            and listed_place(tok.text)):
        return True  # "deployed troops near Goma" with Goma typed a person
    if tok.lemma_.lower() in PLACE_HEADS:
        return any(c.ent_type_ and c.ent_type_ not in NON_PARTICIPANT_TYPES
                   for c in tok.subtree if c is not tok)
    return False


def appositive_name(tok: Token, types: frozenset[str] = PLACE_TYPES, *,
                    comma: bool = False) -> Token:
    """The named appositive (of one of ``types``) of a description, else the token
    itself: "the region's largest city, Diyarbakir" -> Diyarbakir; with person types,
    "the former president, Jacob Zuma" -> Zuma."""
    if tok.ent_type_:
        return tok
    for child in tok.rights:
        start = child.left_edge.i
        before = tok.doc[start - 1].text if start > 0 else ""
        # not a bracketed abbreviation: "a six-month extension (UNIFIL)"; with ``comma``,
        # only a name set off by a comma ("the foreign minister, Sergei Lavrov")
        if (child.dep_ == APPOS and child.ent_type_ in types and before not in ("(", "[")
                and (before == "," or not comma)):
            return child
    return tok


def find_place(tok: Token, depth: int = 3) -> Token | None:
    """First named place reached through locative prepositions of ``tok``."""
    if depth == 0:
        return None
    for prep in children_of(tok, PREP):
        if prep.lower_ not in NOUN_PLACE_PREPS:
            continue
        for pobj in children_of(prep, POBJ):
            if is_place(pobj):
                return appositive_name(pobj)
            deeper = find_place(pobj, depth - 1)
            if deeper is not None:
                return deeper
    return None


#: Dependencies of a bare generic noun of people's children that say nothing of who they
#: are: "the 12 children", "unarmed civilians", "children playing soccer", "residents who
#: fled", "worshippers in the village of X".
_BARE_PEOPLE_DEPS = frozenset({DET, NUMMOD, QUANTMOD, AMOD, ACL, RELCL, PREP, PUNCT, ADVMOD,
                               CC, CONJ})


def _bare_people(target: Token) -> bool:
    """Whether ``target`` heads a bare generic noun phrase of people
    (:data:`~extract.lexicon.GENERIC_PEOPLE_NOUNS`): "civilians", "12 children", "the
    residents", not "Palestinian civilians", "Kurdish villagers", "his children" or "the
    residents of Kiev's council" (a name, a nationality or a possessor says whose)."""
    return bool({target.lemma_.lower(), target.lower_} & GENERIC_PEOPLE_NOUNS) and bare_noun(
        target)


def bare_noun(target: Token, *, holder: bool = False) -> bool:
    """Whether ``target`` heads a common noun phrase that says nothing of whose or which
    it is: only determiners, numbers, plain adjectives, participles, relative clauses and
    prepositional phrases with it ("a building", "40 residents", "villages in southern
    Lebanon"), no name, nationality, possessor or noun compound ("an Israeli base",
    "Hamas positions", "its headquarters", "the police station"). With ``holder``, a
    possessive pronoun is allowed ("its positions on Mount Hermon")."""
    if target.pos_ != "NOUN" or (target.ent_type_ and target.ent_type_ != "CARDINAL"):
        return False
    if names_something(target) or named_group(target) or affiliated(target):
        return False
    return all((c.dep_ in _BARE_PEOPLE_DEPS and not (c.dep_ == AMOD and country_word(c)))
               or (holder and c.dep_ == POSS and c.pos_ == "PRON")
               for c in kids(target))


#: Heads of ground held or lived on, which stand for their named place (:func:`placed_target`).
_PLACED_HEADS = HELD_POSITIONS | BARE_PLACE_TARGETS


def placed_target(prep: Token, target: Token) -> Token | None:
    """The named place a verb's prepositional object stands for when it is only ground
    held or where people live there (:data:`~extract.lexicon.HELD_POSITIONS`,
    :data:`~extract.lexicon.BARE_PLACE_TARGETS`), with no name, nationality or possessor
    but its holder's pronoun: "will not withdraw from its positions on Mount Hermon",
    "dropped cluster munitions on villages in Oddar Meanchey province" -> Mount Hermon,
    Oddar Meanchey province. None otherwise ("withdrew from Hamas positions", "fired at
    the Israeli base").

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["withdraw", "from", "its", "positions", "on", "Hermon"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[0, 0, 3, 1, 3, 4],
    ...           deps=["ROOT", "prep", "poss", "pobj", "prep", "pobj"],
    ...           pos=["VERB", "ADP", "PRON", "NOUN", "ADP", "PROPN"],
    ...           lemmas=["withdraw", "from", "its", "position", "on", "Hermon"],
    ...           ents=["O", "O", "O", "O", "O", "B-LOC"])
    >>> placed_target(doc[1], doc[3])
    Hermon
    """
    if (prep.lower_ not in MOVED_PLACE_PREPS or target.pos_ != "NOUN"
            or not {target.lemma_.lower(), target.lower_} & _PLACED_HEADS):
        return None
    return find_place(target) if bare_noun(target, holder=True) else None


def attacked_place(target: Token, clause: Token | None = None) -> Token | None:
    """The named place an attack on a bare generic noun of people is an attack on, else
    None.

    An attack whose target is only "people", "civilians", "residents" or "children" (with
    or without a number, :func:`_bare_people`) in a sentence that names where it happened
    is an attack on that place: "militants attacked villagers in the town of Kaduna" ->
    Kaduna, "an attack on civilians in Gwoza" -> Gwoza. The place is the first named one
    after a locative preposition of the target, else of ``clause`` (the attacking verb or
    its clause's verb): "attacked civilians on Monday in Beni". A plural place noun names
    no one place ("in several villages"). The caller checks the event is an attack (not a
    killing or a wounding, which keep the people as their object).

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["Rebels", "attacked", "civilians", "in", "Beni", "and", "Congolese", "soldiers"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 1, 3, 2, 7, 2],
    ...           deps=["nsubj", "ROOT", "dobj", "prep", "pobj", "cc", "amod", "conj"],
    ...           pos=["NOUN", "VERB", "NOUN", "ADP", "PROPN", "CCONJ", "ADJ", "NOUN"],
    ...           lemmas=["rebel", "attack", "civilian", "in", "Beni", "and", "Congolese",
    ...                   "soldier"], ents=["O", "O", "O", "O", "B-GPE", "O", "B-NORP", "O"])
    >>> attacked_place(doc[2], doc[1]).text, attacked_place(doc[7], doc[1])
    ('Beni', None)
    """
    if not _bare_people(target):
        return None
    for tok in (target, clause):
        if tok is None:
            continue
        place = find_place(tok)
        if place is not None and place.tag_ != "NNS":
            return place
    return None


#: Entity types the NER gives a nationality adjective it does not know as one.
_MISSED_NORP_TYPES = frozenset({"", "PERSON"})


def country_word(tok: Token) -> bool:
    """Whether ``tok`` is a nationality word ("Iranian"): a NORP entity of a country, or
    a demonym of one that the NER missed or took for a name of its own, straight before
    the noun it modifies ("Icelandic authorities" untyped, "Moldovan police" a PERSON)."""
    if tok.ent_type_ == "NORP":
        # a nationality of two words is one entity: "North Korean", "South African"
        return country_of(tok.text) is not None or country_of(_entity_text(tok)) is not None
    return (tok.ent_type_ in _MISSED_NORP_TYPES and tok.dep_ in (AMOD, COMPOUND)
            and tok.head.pos_ == "NOUN" and tok.head.i == tok.i + 1 and tok.text[:1].isupper()
            and (not tok.ent_type_ or tok.ent_iob_ == "B" and tok.head.ent_iob_ != "I")
            and country_of(tok.text) not in (None, tok.text))


def _entity_text(tok: Token) -> str:
    """The text of the entity ``tok`` is part of ("North Korean" for "Korean")."""
    doc, start, end = tok.doc, tok.i, tok.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end].text


def country_possessor(tok: Token) -> bool:
    """Whether ``tok`` is a possessive country name the NER took for a person or missed:
    "Mali's ruling junta" with "Mali" a PERSON, "South Sudan's army" (the name's words up
    to the possessive make a country, :func:`~extract.actors.names_country`).

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["Mali", "'s", "junta", "Smith", "'s", "aides"],
    ...           heads=[2, 0, 2, 5, 3, 5], deps=["poss", "case", "ROOT", "poss", "case",
    ...           "ROOT"], ents=["B-PERSON", "O", "O", "B-PERSON", "O", "O"])
    >>> country_possessor(doc[0]), country_possessor(doc[3])
    (True, False)
    """
    if tok.dep_ != POSS or tok.ent_type_ not in _MISSED_NORP_TYPES or not tok.text[:1].isupper():
        return False
    words = [t.text for t in tok.subtree if t.dep_ == COMPOUND or t.i == tok.i]
    return names_country(" ".join(words))


def owners(noun: Token) -> list[Token]:
    """Whose thing a noun is: "Belarus's calls", "calls by Belarus", "a Senegalese plan",
    "a plan put forward by France" (the named agent of a participle on the noun), and the
    named "by" phrase the parser hung on the active verb right after the noun's phrase:
    "denied charges *by Moscow* that it supplies weapons" (:func:`_verb_hung_agents`; a
    name or a named body of people that acts, not "the road *by the Parliament
    building*"). A possessor that undergoes the event owns none of it: "Navalny's arrest
    (by Russian police)", "the hostages' release by Hamas" (:func:`_possessor_undergoes`)."""
    found = [] if _possessor_undergoes(noun) else [
        p for p in with_conjuncts(children_of(noun, POSS)) if p.pos_ != "PRON"]
    found += [p for prep in children_of(noun, PREP) if prep.lower_ in ("by", "from")
              for p in pobjs(prep) if names_something(p)]
    # (its head the name of a body or a person, or a named body of people: "by Ukrainian
    # forces"; not a thing or place a name modifies: "blocked the road by the Parliament
    # building", where "by" says where)
    found += [p for p in _verb_hung_agents(noun) if names_something(p) and (
        p.ent_type_ in _BODY_TYPES | {"PERSON"} or named_group(p) and actor_noun(p))]
    # a restrictive participle only: after a comma it is often hung on the wrong noun
    found += [p for acl in children_of(noun, ACL) if acl.tag_ == "VBN"
              and acl.left_edge.i > 0 and acl.doc[acl.left_edge.i - 1].text != ","
              for p in by_agents(acl) if names_something(p)]
    found += [c for c in noun.lefts if c.dep_ in (AMOD, COMPOUND, NMOD) and country_word(c)]
    return found


def noun_agents(noun: Token) -> list[Token]:
    """Named agents of an event noun: "attack by Hezbollah", "Israel's strike",
    "Turkish airstrikes", "a Hezbollah attack" (an organisation, not a place: "the
    Gaza attack"), "the strike, carried out by Israel".

    A pronoun possessive ("its strike") or a common noun after ``by`` ("by
    phone", but "by Pakistani police" names its group) is not an agent of its own,
    nor the possessor of a noun of what is done to someone ("Khashoggi's killing":
    see :func:`noun_patients`).
    """
    # the "by" phrase is also the noun's when the parser hung it on the phrase after
    # "of": on a name ("the arrest of Imran Khan by Pakistani police": names take no
    # "by" of their own), or on a common noun when it names a body that acts ("the
    # arrest of the opposition leader by security forces", or when it is a state or an
    # organisation: "the expulsion of three diplomats by Albania"; but "the sale of a
    # painting by Picasso" is Picasso's painting)
    patients = [p for prep in children_of(noun, PREP) if prep.lower_ == "of"
                for p in pobjs(prep)]
    found = [p for host in (noun, *patients)
             for prep in [b for b in children_of(host, PREP) if b.lower_ == "by"]
             + _hands_of(host) for p in pobjs(prep)
             if (host.i == noun.i or host.pos_ == "PROPN")
             and (names_something(p) or named_group(p) or named_following(p))
             # a name the NER missed, in the noun's own "by" phrase after its named "of"
             # phrase: "the blocking of YouTube by Roskomnadzor"
             or (host.i == noun.i and unrecognised_name(p) and _named_of(noun, p))
             or (host.i == noun.i or host.pos_ == "NOUN")
             and (actor_noun(p) or p.ent_type_ in _BODY_TYPES)]
    found += deed_agents(noun)
    # "marched to protest the murder of Aquino by soldiers": the "by" phrase the parse hung
    # on the verb whose object the noun is
    found += _verb_hung_agents(noun)
    if not _possessor_undergoes(noun):
        found += [relative_antecedent(p) for p in with_conjuncts(children_of(noun, POSS))
                  if p.pos_ != "PRON"]
        found += fronted_owners(noun)
    found += [c for c in noun.lefts if c.dep_ in (AMOD, COMPOUND, NMOD)
              and (country_word(c) or (c.dep_ == COMPOUND and c.ent_type_ == "ORG"
                                       and _first_of_name(c, noun)))]
    found += [a for c in noun.lefts for a in _modifier_agents(c) if a not in found]
    # "US and British strikes", "Israeli and American strikes": each nationality
    found += [c for f in list(found) if f.dep_ in (AMOD, COMPOUND, NMOD) and f.i < noun.i
              for c in f.conjuncts if c not in found and (country_word(c) or country_name(c))]
    return found or _warned_against(noun)


def _named_of(noun: Token, agent: Token) -> bool:
    """Whether an event noun has an "of" phrase naming someone before its "by" ``agent``
    ("the blocking of YouTube by Roskomnadzor", "the arrest of Navalny by Rosgvardia")."""
    return any(names_something(p) and p.i < agent.i
               for prep in children_of(noun, PREP) if prep.lower_ == "of" for p in pobjs(prep))


def named_following(tok: Token) -> bool:
    """Whether a "by" phrase of an event noun names people by whom they follow or belong
    to: "the storming of the embassy by supporters of Moqtada al-Sadr", "the seizure by
    members of the Revolutionary Guards" (:data:`~extract.lexicon.ASSOCIATE_NOUNS` with a
    named "of" phrase; "by way of Mexico", "by the end of March" name no one)."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in ASSOCIATE_NOUNS and any(
        names_something(p) for of in children_of(tok, PREP) if of.lower_ == "of"
        for p in pobjs(of))


def deed_agents(noun: Token) -> list[Token]:
    """Who a verb of doing says did an event noun, by its named "by" phrase: the noun's
    participle ("the strike, carried out by Israel", "the attack, ordered by X") or the
    passive verb of carrying out or ordering the noun is the subject of ("The Skripal
    poisoning was carried out by Russian military intelligence", "the raid was ordered by
    X"; not "the merger was approved by regulators").

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("attack was carried out by DarkSide", '''
    ...     2 nsubjpass NOUN attack NN
    ...     2 auxpass AUX be VBD
    ...     2 ROOT VERB carry VBN
    ...     2 prt ADP out RP
    ...     2 agent ADP by IN
    ...     4 pobj PROPN DarkSide NNP''', ents={"DarkSide": "ORG"})
    >>> [t.text for t in deed_agents(doc[0])]
    ['DarkSide']
    """
    found = [p for acl in children_of(noun, ACL) if acl.lemma_.lower() in _DOING_VERBS
             for p in _senders(acl)]
    verb = noun.head
    if noun.dep_ == NSUBJPASS and verb.lemma_.lower() in _PASSIVE_DEED_VERBS:
        found += [p for p in _senders(verb) if p not in found]
    return found


def _verb_hung_agents(noun: Token) -> list[Token]:
    """The agents of an event noun object given in a "by" phrase the parse hung on its
    verb right after the noun's phrase: "to protest the arrest of their leader by police",
    "to protest the murder of Benigno Aquino by soldiers" (an active verb; the "by" phrase
    names someone or a body that acts, as :func:`noun_agents` wants of the noun's own: "won
    the vote by a landslide", "ended the strike by decree" name none).

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("protest the arrest of Ali by police", '''
    ...     0 ROOT VERB protest VB
    ...     2 det DET the DT
    ...     0 dobj NOUN arrest NN
    ...     2 prep ADP of IN
    ...     3 pobj PROPN Ali NNP
    ...     0 prep ADP by IN
    ...     5 pobj NOUN police NNS''', ents={"Ali": "PERSON"})
    >>> [t.text for t in _verb_hung_agents(doc[2])]
    ['police']
    """
    verb = noun.head
    if noun.dep_ != DOBJ or verb.pos_ != "VERB" or is_passive(verb) or passive_gerund(verb):
        # ("were barred from signing players by FIFA": the barring's agent, no owner of the
        # players)
        return []
    return [p for prep in children_of(verb, PREP)
            if prep.lower_ == "by" and prep.i == noun.right_edge.i + 1
            for p in pobjs(prep)
            if names_something(p) or named_group(p) or actor_noun(p) or p.ent_type_ in _BODY_TYPES]


def _warned_against(noun: Token) -> list[Token]:
    """Who is warned against an event noun of no agent of its own, and would be its agent:
    "the United States warns Israel against an invasion of Rafah" (Israel, if at all: the
    invasion is only warned of, :func:`extract.context._foreseen`); not "warned of an
    attack" (no one warned), nor a warning with no object."""
    prep = noun.head
    if noun.dep_ != POBJ or prep.lower_ not in DISSUADING_PREPS:
        return []
    verb = prep.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in FORESEEING_VERBS or is_passive(verb):
        return []
    return with_conjuncts([c for c in kids(verb) if c.dep_ == DOBJ and c.i < prep.i])


def _hands_of(host: Token) -> list[Token]:
    """The "of" of "at the hands of X" on ``host`` (an event noun or its patient), whose
    object did the event as a "by" agent would: "the killing of Shireen Abu Akleh at the
    hands of Israeli soldiers" (:data:`AGENT_HAND_NOUNS`)."""
    return [of for at in children_of(host, PREP) if at.lower_ == "at"
            for hands in children_of(at, POBJ) if hands.lower_ in AGENT_HAND_NOUNS
            for of in children_of(hands, PREP) if of.lower_ == "of"]


def actor_noun(tok: Token) -> bool:
    """Whether a common noun phrase names a body of people who act: the agent nouns of
    the CAMEO dictionaries ("police", "federal agents", "the junta", "security
    forces", "prosecutors") or a group noun ("the army", "the court"), so that "by
    police" names who did it where "by force", "by decree" or "by phone" do not. An
    official body's head with the kind word of such a phrase before it is one too
    (:func:`~extract.vague.official_body`): "by the electoral bureau" (as "electoral
    commission"), "by the intelligence directorate" (as "intelligence bureau")."""
    if tok.pos_ != "NOUN":
        return False
    return (_agent_sector(tok) is not None or tok.lemma_.lower() in GROUP_NOUNS
            or official_body(tok))


def acting_group(tok: Token) -> bool:
    """Whether a common noun phrase is an unnamed group that event coders code as a
    participant: an agent noun of an acting sector (:data:`ACTING_SECTORS`: armed men,
    rebels, troops, police, protesters, criminals, workers, courts, lawmakers, ...) with no
    name of its own: "Gunmen kidnapped 24 students", "Protesters torched the parliament".
    Generic people, residents or officials are no such group ("People fled the city").
    A number of them is the group ("thousands of protesters", "dozens of gunmen")."""
    tok = _counted(tok)
    if tok.pos_ != "NOUN":
        return False
    sector = _agent_sector(tok)
    return sector is not None and sector[:3] in ACTING_SECTORS


def crewed_craft(tok: Token) -> bool:
    """Whether a common noun phrase is a vessel or aircraft (:data:`CREWED_CRAFT`) whose
    modifiers name a body of an acting sector (:data:`ACTING_SECTORS`), so that its crew
    acted for that body: "a Chinese Coast Guard cutter rammed a Philippine patrol boat",
    "a navy vessel fired on the trawler", "police boats intercepted the smugglers". A
    craft that names no such body is a thing: "a Chinese cargo ship", "a fishing boat"."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in CREWED_CRAFT:
        return False
    words = [t.lemma_.lower() for t in tok.doc[tok.left_edge.i:tok.i]
             if t.dep_ in (COMPOUND, AMOD, NMOD) or t.head.dep_ in (COMPOUND, AMOD, NMOD)]
    sector = sector_of(words) if words else None
    return sector is not None and sector[:3] in ACTING_SECTORS


def _agent_sector(tok: Token) -> str | None:
    """The sector of the CAMEO agent noun a noun phrase names, with its compound and
    adjective modifiers ("federal agents", "striking workers"), or None. The dictionary
    lists its phrases in the plural too, some only so ("armed men": "armed man" is not
    listed, and "man" alone is a civilian): a plural head is looked up as written first."""
    words = [c.lemma_.lower() for c in tok.lefts if c.dep_ in (COMPOUND, AMOD)]
    lemma = tok.lemma_.lower()
    if tok.lower_ != lemma and (found := sector_of([*words, tok.lower_])) is not None:
        return found
    return sector_of([*words, lemma])


def country_name(tok: Token) -> bool:
    """Whether ``tok`` is a country's name ("US", "Russia"), not a city's or region's."""
    return tok.ent_type_ == "GPE" and names_country(tok.text)


def _has_target(noun: Token) -> bool:
    """Whether an event noun names what it is aimed at ("a strike on X") or, by name,
    whom it is done to ("the US seizure of a Venezuelan plane", "the Russian capture of
    Avdiivka"; not "the 2022 invasion of February")."""
    return any(c.dep_ == PREP and (c.lower_ in ("on", "against") or (
        c.lower_ == "of" and any(names_something(p) and not is_numeric(p) for p in pobjs(c))))
        for c in kids(noun))


def _country_attacks(country: Token, noun: Token) -> bool:
    """Whether a country's name modifying an event noun names who does it: with a target
    of the noun ("a US strike on X", :func:`_has_target`), or, with no target, when the
    name is an abbreviation ("U.S.", "UK", "UAE") and the noun one of force (ASSAULT or
    FIGHT: "a U.S. drone strike near Marib killed two fighters"). A full name alone may be
    the target ("the Syria strikes", "the Iran strikes"), and a city's name is where
    ("a Gaza airstrike"); "U.S. aid" and "U.S. sanctions" are no acts of force. A noun
    between the abbreviation and the event noun must be a weapon or "air" (a
    :data:`~extract.lexicon.WAR_MACHINES` or :data:`~extract.lexicon.MUNITIONS` word: "a
    U.S. drone strike", "a UK air raid"), not a place: "the U.S. embassy bombing in
    Nairobi" was done to the embassy.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["a", "U.S.", "airstrike", "the", "Syria", "strikes", "U.S.", "aid"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[2, 2, 2, 5, 5, 5, 7, 7],
    ...           deps=["det", "compound", "ROOT", "det", "compound", "ROOT", "compound",
    ...                 "ROOT"], lemmas=["a", "U.S.", "airstrike", "the", "Syria", "strike",
    ...                                  "U.S.", "aid"],
    ...           ents=["O", "B-GPE", "O", "O", "B-GPE", "O", "B-GPE", "O"])
    >>> [_country_attacks(doc[i], doc[i + 1]) for i in (1, 4, 6)]
    [True, False, False]
    """
    if _has_target(noun):
        return True
    if any(t.pos_ == "NOUN" and t.lemma_.lower() not in _ARMED_MODIFIERS
           for t in noun.doc[country.i + 1:noun.i]):
        return False
    letters = country.text.replace(".", "")
    return (2 <= len(letters) <= 4 and letters.isalpha() and letters.isupper()
            and default_lexicon().nouns.get(noun.lemma_.lower()) in _STRIKING_CLASSES)


#: Event classes of a noun of armed force, which an abbreviated country before it does.
_STRIKING_CLASSES = frozenset({"ASSAULT", "FIGHT"})
#: Nouns that may stand between an abbreviated country and its noun of force: a weapon or
#: "air" ("a U.S. drone strike", "a UK air raid"; :func:`_country_attacks`).
_ARMED_MODIFIERS = WAR_MACHINES | MUNITIONS | {"air"}


def _first_of_name(tok: Token, noun: Token) -> bool:
    """Whether ``tok`` is the first modifier of ``noun`` inside its entity: "Islamic" of
    "an Islamic State attack" (not "State"), "Shabaab" of "an Al-Shabaab attack" (whose
    "Al" hangs on "Shabaab")."""
    if tok.ent_iob_ == "B":
        return True
    start = tok.i
    while start > 0 and tok.doc[start].ent_iob_ == "I":
        start -= 1
    return not any(c.dep_ == COMPOUND and start <= c.i < tok.i for c in noun.lefts)


def _modifier_agents(modifier: Token) -> list[Token]:
    """Agents that a modifier of an event noun names less directly.

    "a Saudi-led air raid" -> Saudi (whoever leads the raid does it); "an Arab
    coalition airstrike", "a Kurdish militia attack" -> the group noun named by
    its own nationality or organisation (never a place: "the Gaza attack"); "a PKK
    bombing attack" -> the organisation of the compound event; "the police raid on X"
    -> the unnamed acting group (:func:`acting_group`) of an event with a target.
    """
    if modifier.dep_ == AMOD and modifier.tag_ == "VBN" and modifier.lemma_.lower() in LED_VERBS:
        return [c for c in kids(modifier) if c.i < modifier.i
                and (country_word(c) or c.ent_type_ in _LEADER_TYPES)]
    if modifier.dep_ == COMPOUND and modifier.pos_ == "NOUN":
        # "a PKK bombing attack": the organisation of the compound event noun; "a US
        # drone strike on X": the country that flies the drone (a country, not a
        # city: "a Kabul car bomb" says where)
        # "a Turkish drone strike": the nationality that flies it
        found = [c for c in modifier.lefts if (c.dep_ == COMPOUND and (
            (c.ent_type_ == "ORG" and c.ent_iob_ == "B")
            or (country_name(c) and _country_attacks(c, modifier.head))))
            or (c.dep_ in (AMOD, NMOD) and not modifier.ent_type_ and country_word(c))]
        if found:
            return found
    if (modifier.dep_ in (COMPOUND, NMOD) and country_name(modifier)
            and _country_attacks(modifier, modifier.head)):
        # "a US strike on X" (but "the Syria strikes" are on Syria); "a U.S. airstrike
        # near Marib" (an abbreviation names who strikes)
        return [modifier]
    if (modifier.dep_ == COMPOUND and not modifier.ent_type_ and acting_group(modifier)
            and _has_target(modifier.head)):
        # "the police raid on X", "an army assault on Marawi": the unnamed group that acts,
        # as in "police raided X" (with a target: "a police raid" alone may be a kind)
        return [modifier]
    if (modifier.dep_ == COMPOUND and modifier.lemma_.lower() in GROUP_NOUNS
            and not modifier.ent_type_):
        # the group's own modifier, or (as parsed) the one right before it on the event noun
        before = modifier.doc[modifier.left_edge.i - 1] if modifier.left_edge.i > 0 else None
        named = [c for c in modifier.lefts if c.dep_ in (AMOD, COMPOUND, NMOD)]
        if before is not None and before.head.i == modifier.head.i and before.dep_ == AMOD:
            named.append(before)
        if any(country_word(c) or c.ent_type_ in _GROUP_NAMER_TYPES for c in named):
            return [modifier]
    return []


def noun_patients(noun: Token, *, pronouns: bool = False) -> list[Token]:
    """Possessors that undergo the event: "Khashoggi's killing", "Navalny's arrest" (with
    ``pronouns``, also a possessive pronoun: "requested his extradition")."""
    if not _possessor_undergoes(noun):
        return []
    return [relative_antecedent(p) for p in with_conjuncts(children_of(noun, POSS))
            if pronouns or p.pos_ != "PRON"] + fronted_owners(noun)


def relative_antecedent(owner: Token) -> Token:
    """The noun a relative "whose" on an event noun stands for, or ``owner`` itself.

    "Jimmy Lai, whose arrest by Hong Kong police drew condemnation, ..." (Lai was
    arrested), "Russia, whose invasion of Ukraine began in 2022, ..." (Russia invaded):
    the event noun is the subject or object of a relative clause on a noun, which
    "whose" stands for when that noun ends right before it (or before its comma): in
    "critics of Israel, whose strikes on Gaza ..." the parse may hang the clause on
    "critics", but "whose" may be Israel's.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["Russia", ",", "whose", "invasion", "began", ",", "lost"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[6, 0, 3, 4, 0, 0, 6],
    ...           deps=["nsubj", "punct", "poss", "nsubj", "relcl", "punct", "ROOT"],
    ...           pos=["PROPN", "PUNCT", "DET", "NOUN", "VERB", "PUNCT", "VERB"])
    >>> relative_antecedent(doc[2]).text
    'Russia'
    """
    if owner.lower_ != "whose" or owner.dep_ != POSS:
        return owner
    noun = owner.head
    clause = noun.head
    before = owner.i - 1
    if before >= 0 and owner.doc[before].text == ",":
        before -= 1
    if (noun.dep_ in (NSUBJ, NSUBJPASS, DOBJ) and clause.dep_ == RELCL
            and clause.head.pos_ in ("NOUN", "PROPN") and clause.head.i == before):
        return clause.head
    return owner


#: Possessive pronouns of one person, of one body or thing, and of either or several.
def fronted_owners(noun: Token) -> list[Token]:
    """Who a possessive pronoun on an event noun in a fronted adjunct stands for: the
    subject of the clause the adjunct opens. "During his visit to Beijing, Blinken
    warned China" (Blinken visited Beijing), "Since its invasion of Ukraine, Russia has
    lost ...", "After his arrest by police, Navalny was ..." (Navalny was arrested).

    The noun is the object of a preposition hung on the clause's verb before the
    subject; the pronoun must fit the subject: "his"/"her" a person's name, "its" no
    person, "their" any. A pronoun after the subject ("Washington sanctioned Moscow over
    its annexation of X") may be anyone's and is left to coreference.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["During", "his", "visit", ",", "Blinken", "warned", "China"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[5, 2, 0, 5, 5, 5, 5],
    ...           deps=["prep", "poss", "pobj", "punct", "nsubj", "ROOT", "dobj"],
    ...           pos=["ADP", "PRON", "NOUN", "PUNCT", "PROPN", "VERB", "PROPN"],
    ...           ents=["O", "O", "O", "O", "B-PERSON", "O", "B-GPE"])
    >>> [t.text for t in fronted_owners(doc[2])]
    ['Blinken']
    """
    owner = next((c for c in kids(noun) if c.dep_ == POSS and c.pos_ == "PRON"), None)
    prep = noun.head
    if (owner is None or noun.dep_ != POBJ or prep.dep_ != PREP or not is_verb(prep.head)
            or prep.lower_ not in FRONTED_EVENT_PREPS):
        return []
    verb = prep.head
    subjects = with_conjuncts(children_of(verb, NSUBJ, NSUBJPASS))
    if not subjects or verb.i < prep.i or any(s.left_edge.i < prep.i for s in subjects):
        return []
    person = len(subjects) == 1 and subjects[0].ent_type_ == "PERSON"
    pronoun = owner.lower_
    # (the pronoun lists of extract/data/words.txt: "his"/"her" a person's, "its" a
    # thing's, "their" a group's or anyone's)
    if (pronoun in PERSON_PRONOUNS and person) or (
            pronoun in THING_PRONOUNS and len(subjects) == 1 and not person
            and subjects[0].pos_ != "PRON") or pronoun in GROUP_PRONOUNS:
        return [s for s in subjects if s.pos_ != "PRON"]
    return []


#: Entity types of a place or time between an event noun and its "of" phrase.
_SETTING_TYPES = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME"})


def set_of_objects(noun: Token) -> list[Token]:
    """The objects of an "of" phrase the parse hung on a place or a time set after an
    event noun: "the arrest in Johannesburg *of Desmond Tutu*", "Russia's annexation in
    2014 *of Crimea*" (no "of" inside a name: "an attack in the Gulf of Aden")."""
    return [t for prep in children_of(noun, PREP) if prep.lower_ != "by"
            for setting in pobjs(prep) if setting.ent_type_ in _SETTING_TYPES
            for of in children_of(setting, PREP)
            if of.lower_ == "of" and of.i > setting.i and of.ent_iob_ != "I"
            for t in pobjs(of) if not is_numeric(t)]


def _possessor_undergoes(noun: Token) -> bool:
    """Whether a possessor of ``noun`` is its patient: a patient noun with no "of"
    phrase ("Khashoggi's killing", but "the US' killing of Soleimani", or "China's
    detention in 2018 of Michael Kovrig", :func:`set_of_objects`), or any event
    noun with a "by" agent that is named ("Kyiv's bombardment by Russia") or a body
    that acts ("Adams's indictment by federal prosecutors", see :func:`actor_noun`)."""
    if any(c.dep_ == PREP and c.lower_ == "of" for c in kids(noun)):
        return False
    if set_of_objects(noun):
        # "China's detention in 2018 of Michael Kovrig": the "of" phrase after a time is
        # the noun's own
        return False
    # "Kramatorsk's shelling by Russian forces": with a "by" agent, the possessor undergoes
    return noun.lemma_.lower() in PATIENT_NOUNS or any(
        c.dep_ == PREP and c.lower_ == "by"
        and any(names_something(p) or actor_noun(p) for p in pobjs(c))
        for c in kids(noun))


def _aimed_at(verb: Token) -> list[Token]:
    """The unnamed things a verb is aimed at through a preposition of a target
    ([target_preps]), whose own named place is where the act falls: "vowed to retaliate
    against army posts in Sderot", "fired rockets at police stations in Jenin" (the
    place of the posts, the stations); a named target is the act's own object. People
    (:func:`~extract.vague.people_lemma`: "fired tear gas at protesters in Abuja") are
    only where they stand, no site the act is aimed at."""
    return [o for p in children_of(verb, PREP) if p.lower_ in TARGET_PREPS
            for o in pobjs(p)
            if o.pos_ == "NOUN" and not names_something(o)
            and not people_lemma(o.lemma_.lower())]


def place_of(verb: Token, patients: list[Token]) -> tuple[str, Token] | None:
    """A named place of the verb or of its object: "lifted a curfew in Montenegro"; of
    armed forces also one they are near ("deployed troops near Goma", "massed soldiers
    along the border with X"): where forces are put is the place they are sent to."""
    forces = any(p.lemma_.lower() in MILITARY_HEADS or p.lower_ in MILITARY_HEADS
                 for p in patients)
    preps = PLACE_PREPS if forces else IN_PLACE_PREPS
    for tok in (verb, *patients, *_aimed_at(verb)):
        for prep in children_of(tok, PREP):
            if prep.lower_ in preps and not _after_remnant(prep, verb):
                for pobj in children_of(prep, POBJ):
                    if is_place(pobj):
                        return prep.lower_, appositive_name(pobj)
                    side = _border_side(pobj) if forces else None
                    if side is not None:
                        return f"{prep.lower_} {pobj.lemma_.lower()} with", side
    return None


def _border_side(edge: Token) -> Token | None:
    """The named place across a border a force is put at: "massed troops along its
    border with Guyana", "deployed tanks near the frontier with Belarus" -> Guyana,
    Belarus (where forces are put faces that side); None for another noun, or a border
    with no named place after its "with" ("near the border with its neighbours")."""
    if edge.pos_ != "NOUN" or edge.lemma_.lower() not in SHARED_EDGE_HEADS:
        return None
    for prep in children_of(edge, PREP):
        if prep.lower_ == "with":
            for pobj in children_of(prep, POBJ):
                if is_place(pobj):
                    return appositive_name(pobj)
    return None
