"""The extractor's word lists, each in one place.

The lists live in ``extract/data/words.txt`` (a section ``[name]`` per list,
with a comment saying what it is for); this module reads them once and names
them. Rules, actor resolution, coreference and context all import from here,
so a word added to a list is added everywhere the list is used. Lists derived
from others (:data:`PLACE_PREPS`, :data:`CITY_HEADS`, :data:`ROLE_WORDS`,
:data:`GENERIC_HEADS`, :data:`MEMBER_HEADS`, :data:`ANAPHORIC_HEADS`) are derived
here, not copied. Dependency labels and part-of-speech tags are not word lists:
they stay constants of the modules that use them.

Examples
--------
>>> "village" in PLACE_HEADS and "village" in CITY_HEADS
True
>>> sorted(IN_PLACE_PREPS)
['at', 'in', 'inside']
>>> IN_PLACE_PREPS < PLACE_PREPS
True
>>> sorted(words("failure_verbs"))
['fail', 'neglect']
"""

from __future__ import annotations

import functools
from importlib import resources
from types import MappingProxyType

__all__ = [
    "ABANDONING_VERBS",
    "ABOARD_WORDS",
    "ACCOMPANYING_MARKS",
    "ACCOMPANYING_PHRASES",
    "ACCUSING_VERBS",
    "ACHIEVEMENT_GERUND_PREPS",
    "ACQUITTING_VERBS",
    "ACTING_SECTORS",
    "ACTOR_ROLES",
    "ACTOR_TYPES",
    "ADDING_VERBS",
    "ADDRESSED_OFFER_NOUNS",
    "ADDRESSEE_PREPS",
    "ADJUNCT_PREPS",
    "ADMITTING_VERBS",
    "ADOPTED_TEXTS",
    "ADOPTING_VERBS",
    "ADVERBIAL_HEADS",
    "ADVERB_PREPS",
    "AFFILIATION_VERBS",
    "AGENT_DEFECTION_WORDS",
    "AGENT_HAND_NOUNS",
    "AGENT_NOUNS",
    "AGENT_THINGS",
    "AGREEING_VERBS",
    "AIMED_EVENT_HEADS",
    "AIM_OUTCOME_VERBS",
    "AIM_PREPS",
    "AIM_VERBS",
    "ALERT_NOUNS",
    "ALLEGATION_VERBS",
    "ALLEGED_PREPS",
    "ALLEGIANCE_PREPS",
    "ALLEGIANCE_WORDS",
    "ALLEGING_OR_JUDGING_VERBS",
    "ALLEGING_SOURCES",
    "ALLEGING_VERBS",
    "AMOUNT_NOUNS",
    "AMOUNT_PREPS",
    "ANAPHORIC_HEADS",
    "ANONYMITY_MODIFIERS",
    "ANSWERABLE_WORDS",
    "ANYONE_DETERMINERS",
    "ANY_LEADER_WORDS",
    "ANY_PERSON_WORDS",
    "ANY_PLACE_HEADS",
    "APART_MODIFIERS",
    "APPEALING_VERBS",
    "APPEAL_VERBS",
    "APPLYING_VERBS",
    "APPOINTING_VERBS",
    "ARMED_GROUP_MODIFIERS",
    "ARMED_GROUP_NAME_WORDS",
    "ARTICLES",
    "ASPECTUAL_VERBS",
    "ASSOCIATE_NOUNS",
    "ASSOCIATION_HEADS",
    "AS_PREP_VERBS",
    "ATTEMPT_NOUNS",
    "ATTEMPT_VERBS",
    "ATTENDANCE_PREPS",
    "ATTRIBUTING_VERBS",
    "AUTHORED_REPORTS",
    "AUTHORING_VERBS",
    "AWAITED_AS_HEADS",
    "AWAITED_MARKS",
    "AWARD_NOUNS",
    "BACKSHIFTED_MARKS",
    "BAD_STARTS",
    "BARE_BODY_HEADS",
    "BARE_PLACE_TARGETS",
    "BASE_PAST_FORMS",
    "BEATING_NOUNS",
    "BEATING_PREPS",
    "BELIEF_NOUNS",
    "BID_NOUNS",
    "BID_PREPS",
    "BLOCKING_VERBS",
    "BLOC_DESCRIPTIONS",
    "BLOC_WORDS",
    "BODY_KINDS",
    "BODY_NOUNS",
    "BOUND_NOUNS",
    "BOUND_PREPS",
    "BRIBE_NOUNS",
    "BRIBE_TAKING_VERBS",
    "BROADCASTER_DESCRIPTIONS",
    "BROADCASTER_NAMES",
    "BROADCAST_MEDIA",
    "BUSINESS_NOUNS",
    "CANCELLING_NOUNS",
    "CANCELLING_NOUN_PREPS",
    "CANCELLING_VERBS",
    "CAPTIVE_NOUNS",
    "CAPTOR_VERBS",
    "CARRYING_PARTICIPLES",
    "CARRYING_VERBS",
    "CAUSATIVE_VERBS",
    "CAUSE_PREPS",
    "CESSATION_VERBS",
    "CHANGE_HEADS",
    "CHANGE_PREPS",
    "CHARGING_SOURCES",
    "CITING_VERBS",
    "CITY_HEADS",
    "CLAIM_NOUNS",
    "CLAUSE_LEARNING_VERBS",
    "CLAUSE_OPENERS",
    "CLAUSE_RELATIVE_VERBS",
    "CLAUSE_SAYING_VERBS",
    "CLOCK_WORDS",
    "COLLAPSING_VERBS",
    "COLLECTIVE_HEADS",
    "COMMISSION_NOUNS",
    "COMMISSIVE_VERBS",
    "COMPANY_HEADS",
    "COMPANY_PEOPLE",
    "COMPARING_VERBS",
    "COMPARISON_ADVERBS",
    "COMPLEMENT_PREPS",
    "CONCEDED_NOUNS",
    "CONCEDING_VERBS",
    "CONCEPT_GROUPS",
    "CONCLUDED_TIES",
    "CONDEMNATION_BEARING_HEADS",
    "CONDEMNING_KIND_HEADS",
    "CONDITIONAL_MARKS",
    "CONDITIONING_WORDS",
    "CONDITION_NOUNS",
    "CONFESSING_VERBS",
    "CONFIRMING_VERBS",
    "CONGRATULATING_VERBS",
    "CONJUNCTIVE_COORDINATORS",
    "CONTEST_NOUNS",
    "CONTRACT_WINNING_VERBS",
    "CONTRASTING_MODIFIERS",
    "CONTRIBUTING_VERBS",
    "CONVEYING_VERBS",
    "COORDINATION_NEGATORS",
    "COUNTED_HOLDINGS",
    "COUNTRY_ABBREVIATIONS",
    "COUNTRY_HEADS",
    "COUNT_HEADS",
    "COUNT_NOUNS",
    "COUNT_RAISING_VERBS",
    "COUNT_SCALES",
    "COUNT_TYPES",
    "COURSE_HEADS",
    "COURT_NOUNS",
    "COVER_CAPTIVE_NOUNS",
    "CRITICISED_FOR_PREPS",
    "CURRENCY_HEADS",
    "DATE_SETTING_VERBS",
    "DATIVE_PREPS",
    "DEADLINE_VERBS",
    "DEAL_NOUNS",
    "DEAL_VERBS",
    "DECISION_NOUNS",
    "DEED_RELATIVE_PRONOUNS",
    "DEED_VERBS",
    "DEFINITE_DETERMINERS",
    "DEFINITE_WORDS",
    "DEGREE_ADJECTIVES",
    "DEGREE_WORDS",
    "DELEGATED_AGENTS",
    "DEMANDING_VERBS",
    "DEMAND_MARKS",
    "DENIAL_VERBS",
    "DENIED_ACCUSING_VERBS",
    "DENIED_INTENTION_VERBS",
    "DEPARTING_VERBS",
    "DEPARTMENT_HEADS",
    "DEPICTING_VERBS",
    "DERIVED_EVENT_PREPS",
    "DESCRIBING_VERBS",
    "DESTINATION_NOUNS",
    "DIRECTIVE_VERBS",
    "DISCUSSING_VERBS",
    "DISGUISE_VERBS",
    "DISJUNCTIVE_COORDINATORS",
    "DISPUTING_PARTICIPLES",
    "DISSUADING_PREPS",
    "DOMESTIC_BODIES",
    "DOUBLE_OBJECT_VERBS",
    "DURATION_NOUNS",
    "EDGE_PLACE_HEADS",
    "EFFECT_PARTICIPLES",
    "EMBARKING_VERBS",
    "ENDING_VERBS",
    "ENFORCING_VERBS",
    "ENTRY_PREPS",
    "ENVOY_HEADS",
    "EVENT_CONTAINERS",
    "EVENT_FRAME_PREPS",
    "EVENT_PARTS",
    "EVENT_TARGET_PREPS",
    "EVIDENCE_NOUNS",
    "EXAMPLE_WORDS",
    "EXCHANGE_WORDS",
    "EXCHANGING_VERBS",
    "EXCLUDING_ADVERBS",
    "EXCLUSIVE_WORDS",
    "EXPECTATION_WORDS",
    "EXPELLING_VERBS",
    "EXPRESSIVE_PURPOSES",
    "FACING_VERBS",
    "FAILURE_NOUNS",
    "FAILURE_VERBS",
    "FALLING_SHORT_WORDS",
    "FALSITY_ADJECTIVES",
    "FEMALE_PRONOUNS",
    "FEMALE_WORDS",
    "FIGURE_PLACING_VERBS",
    "FINANCIAL_OBJECTS",
    "FINDING_VERBS",
    "FIRM_APPOSITIONS",
    "FLOW_NOUNS",
    "FLOW_PREPS",
    "FOCUSING_ADVERBS",
    "FOILING_VERBS",
    "FOREIGN_OBJECT_VERBS",
    "FORESEEING_NOUNS",
    "FORESEEING_PREPS",
    "FORESEEING_VERBS",
    "FORMER_WORDS",
    "FORMING_VERBS",
    "FRACTION_NOUNS",
    "FREQUENCY_NOUNS",
    "FRONTED_EVENT_PREPS",
    "FULFILLING_VERBS",
    "FUNDING_NOUNS",
    "FUTURE_AUX",
    "GATHERING_NOUNS",
    "GENERIC_DETERMINERS",
    "GENERIC_FRAMES",
    "GENERIC_HEADS",
    "GENERIC_PEOPLE_NOUNS",
    "GERUND_COMPLEMENT_VERBS",
    "GERUND_SUBJECT_NOUNS",
    "GERUND_SUBJECT_PREPS",
    "GOAL_VERBS",
    "GOODS_MEASURE_HEADS",
    "GROUNDS_PREPS",
    "GROUND_ATTACK_VERBS",
    "GROUP_HEADS",
    "GROUP_NOUNS",
    "GROUP_PRONOUNS",
    "HABIT_VERBS",
    "HARM_ADJUNCTS",
    "HEARER_VERBS",
    "HEARING_BODIES",
    "HEDGE_ADVERBS",
    "HEDGE_MODALS",
    "HEDGE_VERBS",
    "HEDGING_ADJECTIVES",
    "HEDGING_MODIFIERS",
    "HELD_FIGURES",
    "HELD_POSITIONS",
    "HIRING_VERBS",
    "HOLDER_ROLES",
    "HOLDER_VERBS",
    "HOLDING_MODIFIERS",
    "HOLDING_OWNER_PREPS",
    "HOLDING_VERBS",
    "HOMECOMING_VERBS",
    "HOME_BODIES",
    "HOPING_VERBS",
    "HOSTING_VERBS",
    "HUNG_TARGET_PREPS",
    "HYPHEN_SUFFIXES",
    "HYPHEN_VERB_PREFIXES",
    "IMPLICATIVE_ADJECTIVES",
    "IMPLICATIVE_OBJECT_VERBS",
    "IMPLYING_VERBS",
    "IMPOSING_VERBS",
    "IMPRESSION_VERBS",
    "IMPROBABLE_ADJECTIVES",
    "INABILITY_MODALS",
    "INCLUSION_VERBS",
    "INDEFINITE_WORDS",
    "INFINITIVE_HEADS",
    "INFINITIVE_OBJECT_VERBS",
    "INSTRUMENT_NOUNS",
    "INSTRUMENT_PREPS",
    "INTENTION_NOUNS",
    "INTENTION_OR_REFUSAL_NOUNS",
    "INTENT_VERBS",
    "INTEREST_NOUNS",
    "INVOLVEMENT_NOUNS",
    "IN_PLACE_PREPS",
    "IRREGULAR_NOMINALS",
    "ISSUED_DOCUMENTS",
    "JOINING_VERBS",
    "JOINT_ACTIVITY_NOUNS",
    "JOINT_MODIFIERS",
    "JOURNEYING_VERBS",
    "JUDGED_PREPS",
    "JUDGING_VERBS",
    "JUDICIAL_DOCUMENTS",
    "KEEPING_VERBS",
    "KIND_OF_BODY_WORDS",
    "LABELLING_CLAIM_NOUNS",
    "LAUNCH_VERBS",
    "LAW_ENFORCEMENT_REPORTERS",
    "LAW_NOUNS",
    "LEADER_ROLES",
    "LED_GROUPS",
    "LED_VERBS",
    "LEVEL_NOUNS",
    "LEVEL_VERBS",
    "LIABLE_ADJECTIVES",
    "LIGHT_OBJECTS",
    "LIGHT_OBJECT_VERBS",
    "LIGHT_VERBS",
    "LIKENING_VERBS",
    "LISTED_MEMBER_HEADS",
    "LITIGATING_VERBS",
    "LODGING_VERBS",
    "LOSING_NOUNS",
    "LOSING_PREPS",
    "LOSING_VERBS",
    "MALE_PRONOUNS",
    "MALE_WORDS",
    "MANDATED_AUX",
    "MANDATING_VERBS",
    "MANNER_NEGATED_PREPS",
    "MANNER_NOUNS",
    "MARKET_DIRECTIONS",
    "MARKET_MOVING_VERBS",
    "MARKET_RECIPIENTS",
    "MEANS_NOUNS",
    "MEANS_PREPS",
    "MEASURE_HEADS",
    "MEASURE_PREPS",
    "MEASURE_TYPES",
    "MEDIATED_NOUNS",
    "MEDIA_WORDS",
    "MEDIUM_PREPS",
    "MEMBERSHIP_HEADS",
    "MEMBER_HEADS",
    "MEMBER_ROLES",
    "MESSAGE_ACTS",
    "MESSAGE_NOUNS",
    "MILITARY_HEADS",
    "MISHAP_VERBS",
    "MODIFIER_VERBS",
    "MOTION_PREPS",
    "MOTIVE_MARKS",
    "MOVED_PLACE_PREPS",
    "MOVING_VERBS",
    "MUNITIONS",
    "NAMED_COMPLEMENT_PREPS",
    "NAMED_GROUP_HEADS",
    "NAMED_KINDS",
    "NAME_FUNCTION_WORDS",
    "NAME_LINK_WORDS",
    "NAME_PARTICIPLES",
    "NAME_PARTICLES",
    "NAME_PASSIVES",
    "NAMING_VERBS",
    "NEARNESS_WORDS",
    "NEAR_MISS_ADVERBS",
    "NEAR_MISS_VERBS",
    "NEGATING_PREFIXES",
    "NEGATING_VERBS",
    "NEGATIVE_ADJECTIVES",
    "NEGATIVE_PARTITIVES",
    "NEGATORS",
    "NEG_RAISING_VERBS",
    "NOMINAL_PARTICLES",
    "NOMINATING_VERBS",
    "NONSTATE_MEMBERS",
    "NON_ACTOR_ACRONYMS",
    "NON_PARTICIPANT_TYPES",
    "NOT_DONE_VERBS",
    "NOT_ONE_WORDS",
    "NOUN_PREPS",
    "NOUN_SPELT_CONTROL_VERBS",
    "NOUN_TARGET_PREPS",
    "OBJECTLESS_ACT_NOUNS",
    "OBJECT_CONTROL_VERBS",
    "OBJECT_NOUN_PREPS",
    "OBJECT_PCOMP_PREPS",
    "OBJECT_PREDICATIVE_VERBS",
    "OBJECT_PRONOUNS",
    "OBLIGATION_MODALS",
    "OBLIGATION_VERBS",
    "OFFER_REACTING_VERBS",
    "OFFICE_PARTICIPLES",
    "OFFICE_WORDS",
    "OFFICIAL_BODY_HEADS",
    "ONSET_VERBS",
    "ORGANISATION_DESCRIPTIONS",
    "ORGANISATION_KIND_HEADS",
    "ORGANISATION_NAME_ENDS",
    "OTHER_SIDE_PREPS",
    "OUTCOME_ADJUNCT_VERBS",
    "OUTCOME_VERBS",
    "OUTRUNNING_VERBS",
    "OUTSIDE_PARTIES",
    "OWNED_HOLDINGS",
    "OWNER_PREPS",
    "OWNER_WORDS",
    "OWNING_UP_VERBS",
    "OWNING_VERBS",
    "OWN_FORCES",
    "OWN_UNIT_NOUNS",
    "PACT_NOUNS",
    "PAIR_ORG_HEADS",
    "PAIR_PARTY_HEADS",
    "PAIR_PERSON_HEADS",
    "PAIR_WORDS",
    "PARTAKING_VERBS",
    "PARTIAL_NEGATION_WORDS",
    "PARTICIPATING_VERBS",
    "PARTING_VERBS",
    "PARTNER_PREPS",
    "PARTY_PREPS",
    "PASSED_OVER_PREPS",
    "PATIENT_NOUNS",
    "PAYING_VERBS",
    "PEJORATIVE_WORDS",
    "PENDING_MARKS",
    "PEOPLE_PLACE_PREPS",
    "PERCENT_UNITS",
    "PERCEPTION_VERBS",
    "PERMITTING_VERBS",
    "PERSON_AGENT_NOUNS",
    "PERSON_DESCRIPTIONS",
    "PERSON_OBJECT_PRONOUNS",
    "PERSON_OR_SPEAKER_PRONOUNS",
    "PERSON_PRONOUNS",
    "PERSUADING_VERBS",
    "PLACED_HOLDING_VERBS",
    "PLACE_ATTACK_NOUNS",
    "PLACE_ATTACK_VERBS",
    "PLACE_HEADS",
    "PLACE_PREPS",
    "PLACE_TIES",
    "PLACE_TYPES",
    "PLACING_VERBS",
    "PLAIN_FUTURE_AUX",
    "PLAN_NOUNS",
    "PLATFORM_NAMES",
    "PLOT_NOUNS",
    "PLURAL_WITHOUT_S",
    "POINTING_NOUNS",
    "PORTFOLIO_BODIES",
    "PORTFOLIO_TITLES",
    "POSSESSED_HEADS",
    "POSTED_ABROAD_HEADS",
    "POSTING_PREPS",
    "POSTING_VERBS",
    "PREPARING_WORDS",
    "PREPOSITIONAL_VERBS",
    "PRESCRIBED_MODIFIERS",
    "PRESS_NOUNS",
    "PREVAILING_VERBS",
    "PREVENTING_VERBS",
    "PRIOR_PREPS",
    "PROMISING_VERBS",
    "PROOF_NOUNS",
    "PROOF_VERBS",
    "PROPOSAL_NOUNS",
    "PROPOSING_VERBS",
    "PUBLIC_BODY_WORDS",
    "PURPOSE_PASSIVES",
    "PURSUING_ADVERBS",
    "PURSUING_PHRASAL_VERBS",
    "PURSUING_VERBS",
    "QUANTITY_HEADS",
    "QUESTION_WORDS",
    "QUOTED_PRONOUNS",
    "RAISING_VERBS",
    "READYING_VERBS",
    "REALIZED_VERBS",
    "REASON_MARKS",
    "REBUFFING_VERBS",
    "RECEIVED_NOUNS",
    "RECEIVE_VERBS",
    "RECIPIENT_NOUNS",
    "RECIPIENT_PREPS",
    "RECIPROCAL_NOUNS",
    "RECIPROCAL_VERBS",
    "REFERRING_FAMILIES",
    "REFERRING_PRONOUNS",
    "REFUSAL_NOUNS",
    "REFUSAL_VERBS",
    "REGISTER_NOUNS",
    "REGISTER_PREPS",
    "RELATIONAL_HEADS",
    "RELATION_PARTICLES",
    "RELATIVE_CLAIMING_VERBS",
    "RELATIVE_DEED_VERBS",
    "RELATIVE_PEOPLE_NOUNS",
    "RELEASE_NOUNS",
    "RELEASING_VERBS",
    "RELINQUISHING_VERBS",
    "RELYING_PREPS",
    "RELYING_VERBS",
    "RENEWING_VERBS",
    "REPELLING_VERBS",
    "REPORTED_ARREST_VERBS",
    "REPORTING_VERBS",
    "REQUESTING_VERBS",
    "REQUEST_NOUNS",
    "REQUEST_PREPS",
    "RESPONDING_VERBS",
    "RESPONSIBILITY_NOUNS",
    "RESTRICTING_WORDS",
    "RESTRICTIVE_MODIFIERS",
    "RESULT_FIGURES",
    "RESULT_PREPS",
    "RESULT_VERBS",
    "RETALIATION_NOUNS",
    "RETALIATION_VERBS",
    "ROLE_OR_TITLE_WORDS",
    "ROLE_PLACE_PREPS",
    "ROLE_WORDS",
    "ROUTE_NOUNS",
    "ROUTE_PREPS",
    "RULING_COUNCILS",
    "RULING_COUNCIL_MODIFIERS",
    "RULING_DENIERS",
    "RULING_HEADS",
    "RULING_NOUNS",
    "RULING_OUT_VERBS",
    "RUNNING_COUNTS",
    "SAID_NOUNS",
    "SAY_VERBS",
    "SCALING_VERBS",
    "SCHEDULING_PREDICATES",
    "SEAT_BODIES",
    "SECURING_VERBS",
    "SEIZING_VERBS",
    "SENDING_VERBS",
    "SEQUENCE_ADVERBS",
    "SEQUENCE_VERBS",
    "SERVING_BODY_HEADS",
    "SETTLING_VERBS",
    "SHARED_EDGE_HEADS",
    "SHARED_OBJECT_VERBS",
    "SIDE_BY_SIDE_VERBS",
    "SINGLING_MODIFIERS",
    "SITED_HEADS",
    "SOLD_NOUNS",
    "SOLD_VERBS",
    "SOUGHT_VERBS",
    "SPAN_NOUNS",
    "SPEAKER_ACTS",
    "SPEAKER_PRONOUNS",
    "SPEAKING_ADJUNCTS",
    "SPEAKING_VERBS",
    "SPEECH_NOUNS",
    "SPEECH_SETTING_PREPS",
    "SPEECH_VERBS",
    "STAKE_VERBS",
    "STANCE_PREPS",
    "STANDING_NOUNS",
    "STANDING_TIES",
    "STATE_AGENT_HEADS",
    "STATE_AGENT_SECTORS",
    "STATE_BODIES",
    "STATE_BODY_SECTORS",
    "STATE_HEADS",
    "STATE_KEEPING_VERBS",
    "STATE_OFFICE_WORDS",
    "STATE_PREPS",
    "STATE_ROLES",
    "STATE_SECTORS",
    "STATE_VERBS",
    "STATIVE_PARTICIPLES",
    "STIPULATING_VERBS",
    "STRANDED_PARTICLES",
    "SUBJECT_INFINITIVE_VERBS",
    "SUBJECT_PARTICIPLES",
    "SUBJECT_PCOMP_PREPS",
    "SUBNATIONAL_MODIFIERS",
    "SUBORDINATE_WORDS",
    "SUBSTITUTION_ADVERBS",
    "SUCCEEDING_VERBS",
    "SUING_VERBS",
    "SUMMARY_NOUNS",
    "SUMMED_ACTS",
    "SURFACE_PLACE_PREPS",
    "SURNAME_KIN",
    "SURVIVING_GERUND_VERBS",
    "SURVIVING_VERBS",
    "SUSPECT_MODIFIERS",
    "SUSPICION_NOUNS",
    "TALK_PURPOSES",
    "TARGET_PREPS",
    "TEXT_KILLING_VERBS",
    "THING_FAMILIES",
    "THING_OR_GROUP_PRONOUNS",
    "THING_PRONOUNS",
    "TIE_COURSE_VERBS",
    "TIME_PREPS",
    "TIME_SO_FAR_WORDS",
    "TIME_TYPES",
    "TIME_UNITS",
    "TITLE_WORDS",
    "TITLING_VERBS",
    "TOPIC_PREPS",
    "TOPIC_VERBS",
    "TRADE_FLOW_NOUNS",
    "TRANSFER_VERBS",
    "TRIAL_NOUNS",
    "TRIAL_PREPS",
    "TRIAL_STANDING_VERBS",
    "TRUTH_ADJECTIVES",
    "ULTIMATUM_MARKS",
    "UNCHANGED_STATES",
    "UNDER_VERBS",
    "UNDOING_CONJUNCTIONS",
    "UNDONE_VERBS",
    "UNHESITATING_VERBS",
    "UNION_HEADS",
    "UNION_MEMBER_WORDS",
    "UNNAMED_SPEAKERS",
    "UNREALISING_MODIFIERS",
    "UNREALISING_VERBS",
    "UNREAL_AUX",
    "USING_VERBS",
    "VAGUE_HEADS",
    "VALUE_WORDS",
    "VERB_NAMED_PREPS",
    "VERB_SPELT_ROLES",
    "VERGE_NOUNS",
    "VETOING_VERBS",
    "VICTORY_CLAIMING_VERBS",
    "VICTORY_NOUNS",
    "VISITING_VERBS",
    "VOICE_PRONOUNS",
    "VOICING_INTEREST_VERBS",
    "VOTED_ACTS",
    "VOTING_VERBS",
    "WALKOUT_VERBS",
    "WARNING_VERBS",
    "WARRANT_NOUNS",
    "WAR_MACHINES",
    "WEAK_ADJECTIVES",
    "WEAK_WORDS",
    "WEIGHING_VERBS",
    "WHICH_PREPS",
    "WISH_SUBJECTS",
    "WITH_COMPLEMENT_VERBS",
    "WON_OFFICES",
    "WORK_STOPPAGE_NOUNS",
]

_FILE = "words.txt"


@functools.lru_cache(maxsize=1)
def _sections() -> dict[str, frozenset[str]]:
    text = resources.files("actorgraph.extract").joinpath("data", _FILE).read_text("utf-8")
    sections: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            name = line[1:-1].strip()
            if name in sections:
                raise ValueError(f"{_FILE}: list {name!r} is defined twice")
            current = sections[name] = []
        elif current is None:
            raise ValueError(f"{_FILE}: words before the first [list]: {line!r}")
        else:
            current.extend(line.split())
    return {name: frozenset(ws) for name, ws in sections.items()}


def pairs(entries: frozenset[str]) -> MappingProxyType[str, str]:
    """The ``"a:b"`` entries of a list as a read-only mapping ``a -> b`` (the lists of a
    word and its counterpart: ``[irregular_nominals]``, ``[losing_nouns]`` ...).

    Examples
    --------
    >>> pairs(frozenset({"defeat:defeat", "loss:beat"}))["loss"]
    'beat'
    """
    return MappingProxyType(dict(entry.split(":", 1) for entry in entries))


def list_names() -> list[str]:
    """Names of the lists in the data file, sorted."""
    return sorted(_sections())


def words(name: str) -> frozenset[str]:
    """The words of one list of ``extract/data/words.txt``.

    Raises
    ------
    KeyError
        If the file has no list of that name.
    """
    return _sections()[name]


#: Entity types that are actors: they become nodes of the actor graph.
ACTOR_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
#: Entity types of places.
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
#: Entity types of a date or a time of day ("on Tuesday", "at 1922 UTC").
TIME_TYPES = frozenset({"DATE", "TIME"})
#: Entity types of an amount measured in a unit ("85%", "$5 million", "20 tonnes"), which
#: says how much, never who: verbs' amounts, a number that is no part of a name.
MEASURE_TYPES = frozenset({"MONEY", "PERCENT", "QUANTITY"})
#: Entity types of a count: an amount in a unit or a bare number ("at nine", "7.3 pct of").
COUNT_TYPES = MEASURE_TYPES | {"CARDINAL"}
#: Entity types that are never participants, nor names at all (a suffix does not make
#: them an ORG): a count, a rank, a date or a time.
NON_PARTICIPANT_TYPES = COUNT_TYPES | {"ORDINAL"} | TIME_TYPES
#: Acronyms (lower case) of diseases, currencies, fuels, units and file formats: never an
#: organisation's name though no dictionary lists them ("MERS had infected 40 health workers").
NON_ACTOR_ACRONYMS = words("non_actor_acronyms")

#: Heads that name a place when an entity modifies them ("the town of X").
#: The Arabic "and (the)" joining the halves of one group's name ("... al-Islam wal-Muslimin").
NAME_LINK_WORDS = words("name_link_words")
NAME_PARTICLES = words("name_particles")
ORGANISATION_NAME_ENDS = words("organisation_name_ends")
PLACE_HEADS = words("place_heads")
#: Heads of descriptions that refer to a country ("the country", "the regime").
COUNTRY_HEADS = words("country_heads")
#: Place heads that fit a place of any kind ("the area").
ANY_PLACE_HEADS = words("any_place_heads")
#: Country descriptions that name its rulers ("the government"): no city's country.
RULING_HEADS = words("ruling_heads")
#: Place heads that are never a country ("the town", "the province"); "state" may be either.
CITY_HEADS = PLACE_HEADS - COUNTRY_HEADS - {"state"}
#: Words before an institution's head that say only whose it is ("European Community").
BLOC_WORDS = words("bloc_words")
#: Heads of a state's posts in another country ("the Russian ambassador", "the French
#: embassy"): their nationality is the sending state's, never the host's.
POSTED_ABROAD_HEADS = words("posted_abroad_heads")
#: Heads of a state's own agents abroad or at the table ("U.S. officials", "the U.S. envoy").
ENVOY_HEADS = words("envoy_heads") | POSTED_ABROAD_HEADS
#: Prepositions that put an event inside a place.
IN_PLACE_PREPS = words("in_place_preps")
#: Verbs of holding a place or a thing, whose reduced passive relative names its holder
#: ("positions held by the PKK").
HOLDER_VERBS = words("holder_verbs")
#: Prepositions of the place a role is held in or accredited to ("the ambassador in Quito").
ROLE_PLACE_PREPS = words("role_place_preps")
#: Prepositions that introduce the place of a clause (inside it, near it or across it).
PLACE_PREPS = IN_PLACE_PREPS | words("near_place_preps")
#: Nouns of the edge of a territory or sea ("off the Iranian coast", "along the border").
EDGE_PLACE_HEADS = words("edge_place_heads")
#: Edge nouns of a line two territories share ("the border with Guyana").
SHARED_EDGE_HEADS = words("shared_edge_heads")
#: Prepositions of a place only further down an event noun ("on a football field").
SURFACE_PLACE_PREPS = words("surface_place_preps")
#: Verbs that give a person a role ("appointed X as Secretary of Defense").
APPOINTING_VERBS = words("appointing_verbs")
#: verbs of taking over a post: their adjunct after an appointment is the appointee's
SUCCEEDING_VERBS = words("succeeding_verbs")
#: Verbs of beating a rival to a post or a choice, whose -ing adjunct after an appointing
#: verb is the one chosen's ("elected Cardoso as speaker, defeating Moura").
OUTRUNNING_VERBS = words("outrunning_verbs")
#: Appointing verbs whose role is not yet held ("nominated X as ...").
NOMINATING_VERBS = words("nominating_verbs")
#: Verbs whose "responsibility for" an event is blame taken, not a claim of the deed.
OWNING_VERBS = words("owning_verbs")
#: Role nouns that make their holder the leader of an organisation or country.
LEADER_ROLES = words("leader_roles")
#: Role nouns that make their holder a member.
MEMBER_ROLES = words("member_roles")
#: Role nouns whose single holder, named by nationality, acts for the country ("minister").
STATE_ROLES = words("state_roles")
#: Titles whose capitalised English word before them is the portfolio ("Trade Minister").
PORTFOLIO_TITLES = words("portfolio_titles")
#: Words before a portfolio title that name the department owning it ("Treasury Secretary").
PORTFOLIO_BODIES = words("portfolio_bodies")
#: All role nouns.
ROLE_WORDS = LEADER_ROLES | MEMBER_ROLES
#: Role words that, in lower case right before a name, make the name the holder meant.
HOLDER_ROLES = ROLE_WORDS | words("holder_roles")
#: Role nouns spelt as present verbs ("Caloundra coach Geoff Ingram said").
VERB_SPELT_ROLES = words("verb_spelt_roles")
#: Verbs whose past "to" infinitive is a past habit ("used to own X").
HABIT_VERBS = words("habit_verbs")
#: Words that make a leadership role a subordinate one ("deputy director").
SUBORDINATE_WORDS = words("subordinate_words")
#: Words that open a clause of their own (a finite verb after one has its own subject).
CLAUSE_OPENERS = words("clause_openers")
#: Prepositions that follow a noun, almost never a verb ("release of").
NOUN_PREPS = words("noun_preps")
#: Prepositions that introduce time, place or manner, not a participant.
ADJUNCT_PREPS = words("adjunct_preps")

#: Particles and prepositions after a verb in a relation lemma (the rest is its object noun).
GERUND_COMPLEMENT_VERBS = words("gerund_complement_verbs")
NOMINAL_PARTICLES = words("nominal_particles")
SCHEDULING_PREDICATES = words("scheduling_predicates")
RELATION_PARTICLES = words("relation_particles")
#: Verbs whose "by" introduces their object ("abide by the accords").
PREPOSITIONAL_VERBS = words("prepositional_verbs")
#: Prepositions whose object is a participant even when it names no entity.
DATIVE_PREPS = words("dative_preps")
#: Prepositions that name the other side of a bare state body's act ("expelled diplomats
#: from Russia", "sent troops into Mali"): the dative ones and these.
OTHER_SIDE_PREPS = DATIVE_PREPS | words("other_side_preps")
#: Prepositions of an event noun that introduce its target.
NOUN_TARGET_PREPS = words("noun_target_preps")
#: Prepositions of a verb's object noun whose named object the act is aimed at.
OBJECT_NOUN_PREPS = words("object_noun_preps")
#: Verbs whose object's (or, in the passive, own) "on" phrase names whom it is laid on.
IMPOSING_VERBS = words("imposing_verbs")
#: Nouns a bare relative clause tells the time, place, manner or reason of.
ADVERBIAL_HEADS = words("adverbial_heads")
#: Nouns of buying into a company or party ("offer for X", "stake in X").
BID_NOUNS = words("bid_nouns")
#: Prepositions of a bid noun that name what is bid for.
BID_PREPS = words("bid_preps")
#: Nouns of a legal order whose "for" names whom it is against ("an arrest warrant for X").
WARRANT_NOUNS = words("warrant_nouns")
WORK_STOPPAGE_NOUNS = words("work_stoppage_nouns")
#: Verbs of winning an award noun from a buyer ("won an order from X").
CONTRACT_WINNING_VERBS = words("contract_winning_verbs")
#: Nouns of business a buyer gives a supplier ("order", "contract").
AWARD_NOUNS = words("award_nouns")
#: Verb phrases of workers stopping work ("walk off", "stop work"; "_" in the list joins
#: the words).
WALKOUT_VERBS = frozenset(w.replace("_", " ") for w in words("walkout_verbs"))
#: Verbs whose plan or pledge object was carried out ("fulfilled his pledge to").
FULFILLING_VERBS = words("fulfilling_verbs")
#: Words of a title that say its holder no longer holds it ("former", "ex-").
FORMER_WORDS = words("former_words")
#: Verbs whose object noun's "with" is the addressee ("lodged a protest with X").
LODGING_VERBS = words("lodging_verbs")
#: Prepositions that introduce a partner, not a target, except after a reciprocal noun.
PARTNER_PREPS = words("partner_preps")
#: Events done with or between partners ("talks with", "war with").
RECIPROCAL_NOUNS = words("reciprocal_nouns")
#: Events of people gathered to talk, whose "at" phrase is where they are held.
GATHERING_NOUNS = words("gathering_nouns")
#: Deals between partners only when concluded ("reached a settlement with X").
CONCLUDED_TIES = words("concluded_ties")
#: Concluded ties that are places as often ("struck a settlement" may be an attack).
PLACE_TIES = words("place_ties")
#: Verbs done between partners ("Putin and Erdogan met").
RECIPROCAL_VERBS = words("reciprocal_verbs")
#: Verbs whose object passes between conjoined subjects ("exchange fire", "swap prisoners").
EXCHANGING_VERBS = words("exchanging_verbs")
#: Activities conjoined subjects carry out together ("Egypt and Sudan hold drills").
JOINT_ACTIVITY_NOUNS = words("joint_activity_nouns")
#: Modifiers of an act done together by conjoined subjects ("a joint statement").
JOINT_MODIFIERS = words("joint_modifiers")
#: Modifiers of an act each of conjoined subjects did on its own ("separate drills").
APART_MODIFIERS = words("apart_modifiers")
SCALING_VERBS = words("scaling_verbs")
#: Reciprocal verbs one force of two nationalities does side by side ("fought in Mali").
SIDE_BY_SIDE_VERBS = words("side_by_side_verbs")
#: Verbs that only carry an event noun ("launched strikes"): the noun is the relation.
LIGHT_VERBS = words("light_verbs")
#: Light verbs that change a standing tie ("renewed its pact with X"): the verb stays.
RENEWING_VERBS = words("renewing_verbs")
#: Agreements and ties that last ("pact", "alliance").
STANDING_TIES = words("standing_ties")
#: Verbs that bring about an event noun: "ordered an attack" keeps the attack as relation.
CAUSATIVE_VERBS = words("causative_verbs")
#: Verbs whose infinitive happened: "began to withdraw" is a withdrawal.
ASPECTUAL_VERBS = words("aspectual_verbs")
OBJECT_PREDICATIVE_VERBS = words("object_predicative_verbs")
DEGREE_ADJECTIVES = words("degree_adjectives")
HELD_FIGURES = words("held_figures")
SPEECH_VERBS = words("speech_verbs")
#: Purposes a gathering or blockade performs by being held ("marched to demand X").
EXPRESSIVE_PURPOSES = words("expressive_purposes")
TALK_PURPOSES = words("talk_purposes")
PURPOSE_PASSIVES = words("purpose_passives")
#: Verbs whose infinitive did not happen: "failed to reach" is a negated reach.
FAILURE_VERBS = words("failure_verbs")
AIM_OUTCOME_VERBS = words("aim_outcome_verbs")
#: Verbs whose complement is stated as not having happened ("denied attacking X").
DENIAL_VERBS = words("denial_verbs")
#: Coordinators after which a verb shares its partner's denial ("never shelled X or attacked Y").
DISJUNCTIVE_COORDINATORS = words("disjunctive_coordinators")
#: Coordinators after which a bare verb shares a denial ("did not attack X and shell Y").
CONJUNCTIVE_COORDINATORS = words("conjunctive_coordinators")
#: Verbs of opinion whose "not" negates their complement ("I don't think X has Y").
NEG_RAISING_VERBS = words("neg_raising_verbs")
#: Verbs of implying whose "not" denies their complement only when a thing implies it.
IMPLYING_VERBS = words("implying_verbs")
#: Verbs whose "of" gerund was found not done: "acquitted X of bribing Y".
ACQUITTING_VERBS = words("acquitting_verbs")
#: Verbs whose gerund is no longer done ("stopped recognising X").
CESSATION_VERBS = words("cessation_verbs")
#: Verbs whose infinitive did not happen, though the refusal did ("refused to release X").
REFUSAL_VERBS = words("refusal_verbs")
#: Nouns whose holder's infinitive did not happen ("Russia's refusal to extradite X").
REFUSAL_NOUNS = words("refusal_nouns")
#: Nouns of asking whose infinitive is asked of whoever turns them down ("request to").
REQUEST_NOUNS = words("request_nouns")
#: Prepositions of what a request noun asks for, kept in its label ("calls for deeper cuts").
REQUEST_PREPS = words("request_preps")
#: Nouns of business given or placed whose "for" phrase ([request_preps]) says what is
#: bought or built ("a contract for the construction of two submarines").
COMMISSION_NOUNS = words("commission_nouns")
#: Verbs that turn a request noun down ("rejected a request to extradite X").
REBUFFING_VERBS = words("rebuffing_verbs")
#: Refusal nouns that are no act of their holder ("failure to stop the attacks").
FAILURE_NOUNS = words("failure_nouns")
#: Modifiers of an event noun that say it did not happen ("a foiled attack").
UNREALISING_MODIFIERS = words("unrealising_modifiers")
#: Verbs whose event noun object did not happen ("foiled an attack on X").
UNREALISING_VERBS = words("unrealising_verbs")
#: Verbs that stop a measure being adopted ("vetoed UN sanctions on X": none imposed).
VETOING_VERBS = words("vetoing_verbs")
#: Verbs that fight off an event that was made ("repelled an attack on X": not negated).
REPELLING_VERBS = words("repelling_verbs")
#: Verbs that keep a plan or bid from being carried out, or fight off its agent ("foiled a
#: plot to", "repelled a bid to"): the union of the two lists above, made once.
FOILING_VERBS = UNREALISING_VERBS | REPELLING_VERBS
#: Verbs that block a plan, whose infinitive may be read as their purpose ("blocked a bid to").
BLOCKING_VERBS = words("blocking_verbs")
#: Verbs whose definite or possessed event noun object is a past event they answer
#: ("vowed to avenge Israel's killing of X").
RESPONDING_VERBS = words("responding_verbs")
#: Verbs whose event noun object was going on ("sought to halt clashes between X and Y").
ENDING_VERBS = words("ending_verbs")
#: Adverb particles the parser may hang on the verb's object ("pull back troops").
STRANDED_PARTICLES = words("stranded_particles")
#: Verbs of having forces or a site somewhere, whose point is where ("had troops in Angola").
PLACED_HOLDING_VERBS = words("placed_holding_verbs")
#: Verbs that open or carry on a tie between partners ("refused to open talks").
TIE_COURSE_VERBS = words("tie_course_verbs")
#: Verbs by which talks come to an end, their parties parting ("broke up without a deal").
PARTING_VERBS = words("parting_verbs")
#: Conjunctions before a clause that may undo the one before ("..., but a judge rejected it").
UNDOING_CONJUNCTIONS = words("undoing_conjunctions")
EVIDENCE_NOUNS = words("evidence_nouns")
#: Verbs that would find or stand by such a noun ("did not reach a conclusion that X ...").
FINDING_VERBS = words("finding_verbs")
#: Nouns whose topic or aim event is only sought ("talks on a ceasefire between X and Y").
AIMED_EVENT_HEADS = words("aimed_event_heads")
#: Prepositions of the event such a noun is about or aims at.
AIM_PREPS = words("aim_preps")
#: Verbs whose indefinite event noun object is only talked about ("discussed a peace deal").
DISCUSSING_VERBS = words("discussing_verbs")
#: Verbs whose event noun object does not take place ("called off talks with X"); a
#: phrasal verb as "verb_particle".
CANCELLING_VERBS = words("cancelling_verbs")
#: Nouns of calling an event off ("the suspension of talks with X"), and their prepositions.
CANCELLING_NOUNS = words("cancelling_nouns")
CANCELLING_NOUN_PREPS = words("cancelling_noun_preps")
#: Verbs that let their object do what their clause says ("allowed X to enter Y").
PERMITTING_VERBS = words("permitting_verbs")
#: Prepositions whose object before an -ing adjunct is its subject ("opposition to X joining").
GERUND_SUBJECT_PREPS = words("gerund_subject_preps")
#: Stance nouns whose prepositional object before an -ing clause is its subject.
GERUND_SUBJECT_NOUNS = words("gerund_subject_nouns")
#: Nouns of people a "who" clause after a name in their modifier tells of.
RELATIVE_PEOPLE_NOUNS = words("relative_people_nouns")
#: Heads that make a compounded event noun an unsuccessful attempt ("assassination attempt").
ATTEMPT_NOUNS = words("attempt_nouns")
#: Modifiers of an event noun that make it uncertain or unrealised ("an alleged attack").
HEDGING_MODIFIERS = words("hedging_modifiers")
#: Modifiers of an agent that make what it did only alleged ("a suspected gunman shot X").
SUSPECT_MODIFIERS = words("suspect_modifiers")
#: Verbs of belonging or ties whose "to" / "with" phrase names the group an agent is believed
#: to act for ("gunmen believed to belong to JNIM", "suspected of belonging to al-Shabaab").
AFFILIATION_VERBS = words("affiliation_verbs")
SURVIVING_VERBS = words("surviving_verbs")
REQUESTING_VERBS = words("requesting_verbs")
#: Verbs of demanding whose purpose infinitive after a thing asked for is the thing's use
#: ("demanded a raise to offset inflation").
DEMANDING_VERBS = words("demanding_verbs")
#: Verbs that characterise something as an event ("described the blast as a strike").
DESCRIBING_VERBS = words("describing_verbs")
PEJORATIVE_WORDS = words("pejorative_words")
#: Heads whose "of" complement says what a described thing is ("an act of aggression").
CONDEMNING_KIND_HEADS = words("condemning_kind_heads")
#: Heads that suffer or pursue what a word of condemnation before them names ("genocide
#: survivors", "a terrorism expert").
CONDEMNATION_BEARING_HEADS = words("condemnation_bearing_heads")
#: Verbs that keep their object "as" a captive ("held civilians as human shields").
CAPTOR_VERBS = words("captor_verbs")
#: Captive nouns that are captives only as "human" ones ("human shields").
COVER_CAPTIVE_NOUNS = words("cover_captive_nouns")
#: Heads that make a compounded event noun only planned ("an assassination plot").
PLAN_NOUNS = words("plan_nouns")
#: Nouns whose infinitive their holder means to do ("has no plans to acquire X").
INTENTION_NOUNS = words("intention_nouns")
#: Nouns whose holder's infinitive is meant or refused, not done ("no plans to", "refusal to").
INTENTION_OR_REFUSAL_NOUNS = INTENTION_NOUNS | REFUSAL_NOUNS
#: Control verbs spelt like a singular noun ("The Houthis vow to continue attacks").
NOUN_SPELT_CONTROL_VERBS = words("noun_spelt_control_verbs")
#: Verbs whose subject holds the intention noun they take ("announced plans to buy X").
HOLDING_VERBS = words("holding_verbs")
#: Verbs whose subject weighs an intention noun it would hold ("is considering a bid to").
WEIGHING_VERBS = words("weighing_verbs")
#: Holding verbs that give the intention up ("dropped its bid to buy X").
ABANDONING_VERBS = words("abandoning_verbs")
#: Verbs that deny holding the intention noun they take ("denied any plans to attack X").
DENIED_INTENTION_VERBS = words("denied_intention_verbs")
#: Pronouns that say no one did their verb: they negate their clause as a core argument
#: with "of" ("none of its soldiers"); a verb of denial with one as its subject denies
#: nothing ("nobody denies that X").
NEGATIVE_PARTITIVES = words("negative_partitives")
#: Adjectives that, negated, deny an extraposed "that" clause ("it is not true that X").
TRUTH_ADJECTIVES = words("truth_adjectives")
#: Adjectives that deny an extraposed "that" clause ("it is false that X").
FALSITY_ADJECTIVES = words("falsity_adjectives")
#: Words that make a core argument after "not" none ("not a single suspect", "not one").
NOT_ONE_WORDS = words("not_one_words")
#: Words whose "not" denies a degree, not the event ("did not send enough troops").
DEGREE_WORDS = words("degree_words")
#: Adverbs of a comparison whose "not" denies the degree ("not as much damage").
COMPARISON_ADVERBS = words("comparison_adverbs")
#: Words "as" or "so" make a time up to now, not a degree ("not ... so far", "not as yet").
TIME_SO_FAR_WORDS = words("time_so_far_words")
#: Words that deny the argument or the verb they stand before ("but not Gazprom", "never X").
NEGATORS = words("negators")
#: Negators with those of a coordination ("neither confirmed nor denied"): what negates a
#: coordination of verbs or turns a label's verb of denial round ("a charge X does not deny").
COORDINATION_NEGATORS = NEGATORS | words("correlative_negators")
#: Words after "not" that deny only that the event was all ("not only attacked X").
EXCLUSIVE_WORDS = words("exclusive_words")
#: Words after a "not" on an argument that leave some of it done ("not all states").
PARTIAL_NEGATION_WORDS = words("partial_negation_words")
#: Modal auxiliaries of obligation ("must", "should"): "said X must leave".
OBLIGATION_MODALS = words("obligation_modals")
#: Verbs whose "to" infinitive says what must be done ("had to withdraw").
OBLIGATION_VERBS = words("obligation_verbs")
#: Subordinators of a conditional clause ("if", "unless").
CONDITIONAL_MARKS = words("conditional_marks")
CONDITIONING_WORDS = words("conditioning_words")
#: Nouns of readiness: "put its troops on alert" mobilises them.
ALERT_NOUNS = words("alert_nouns")
#: Last words of a court, and the verbs that take someone before one: "took Russia to court".
COURT_NOUNS = words("court_nouns")
SUING_VERBS = words("suing_verbs")
#: Verbs of leaving: "ordered the ambassador to leave" expels him.
DEPARTING_VERBS = words("departing_verbs")
#: Marks of a condition that makes an act to come an ultimatum ("will withdraw unless").
ULTIMATUM_MARKS = words("ultimatum_marks")
#: Subordinators of a clause not yet happened when planned or present ("until X joins").
PEOPLE_PLACE_PREPS = words("people_place_preps")
#: Nouns of a right or power said by their "to" infinitive ("the right to repair").
INFINITIVE_HEADS = words("infinitive_heads")
#: Nouns of a change whose point is in what changed ("a 14% drop in operating profit").
CHANGE_HEADS = words("change_heads")
#: Prepositions of what such a change is in.
CHANGE_PREPS = words("change_preps")
#: Words that make a plural description the two actors named before ("both countries").
PAIR_WORDS = words("pair_words")
#: Plural heads of such a description that mean organisations, beside the company heads.
PAIR_ORG_HEADS = words("pair_org_heads")
#: Plural heads of a pair description that mean either countries or organisations ("both
#: sides", "the two neighbours").
PAIR_PARTY_HEADS = words("pair_party_heads")
#: ... that mean people ("the two leaders", "both men").
PAIR_PERSON_HEADS = words("pair_person_heads")
#: Event nouns whose verb tells them only with no noun object of its own ("ruled that",
#: "ruled against X": a ruling; "ruled Syria" is no ruling).
OBJECTLESS_ACT_NOUNS = words("objectless_act_nouns")
#: Nouns of a limit, levy or ban whose point is what it bears on ("restrictions on flights").
MEASURE_HEADS = words("measure_heads")
#: Prepositions of what such a measure bears on.
MEASURE_PREPS = words("measure_preps")
#: Nouns and verbs of a limit or ban whose bare event noun is a kind of event restricted
#: ("curbs on Japanese purchases of U.S. firms").
RESTRICTING_WORDS = words("restricting_words")
AWAITED_AS_HEADS = words("awaited_as_heads")
AWAITED_MARKS = words("awaited_marks")
BACKSHIFTED_MARKS = words("backshifted_marks")
SINGLING_MODIFIERS = words("singling_modifiers")
PENDING_MARKS = words("pending_marks")
#: Subordinators of an -ing adjunct done alongside its clause's act ("while hiring X").
ACCOMPANYING_MARKS = words("accompanying_marks")
#: Prepositions whose gerund was done before the verb it hangs on ("after securing X").
PRIOR_PREPS = words("prior_preps")
#: Prepositions of a gerund that says how an act was done ("by failing to open").
MEANS_PREPS = words("means_preps")
#: Predicate adjectives whose "that" clause is only possible ("it is possible that").
HEDGING_ADJECTIVES = words("hedging_adjectives")
#: Predicate adjectives that expect their clause not to happen ("is unlikely to raise").
IMPROBABLE_ADJECTIVES = words("improbable_adjectives")
#: Nouns of opinion whose clause is only believed ("my understanding is that").
BELIEF_NOUNS = words("belief_nouns")
#: Verbs whose object did the infinitive ("forced X to leave", "persuaded X to sign").
IMPLICATIVE_OBJECT_VERBS = words("implicative_object_verbs")
#: Verbs whose passive gerund happened to their subject ("survived being shot").
SURVIVING_GERUND_VERBS = words("surviving_gerund_verbs")
#: Verbs whose "that" or "like" clause is only an impression ("I feel like X ...").
IMPRESSION_VERBS = words("impression_verbs")
#: Subjects of a bare subjunctive wish ("God bless X").
WISH_SUBJECTS = words("wish_subjects")
#: Verbs in "X-backed Y": X does this to Y.
MODIFIER_VERBS = words("modifier_verbs")
#: Verbs of sending a weapon ("rockets fired by X"): their sender is the agent of what
#: the weapon does, and their "at" object a target.
LAUNCH_VERBS = words("launch_verbs")
#: Verbs that hand something to a recipient ("provided intelligence to Y").
TRANSFER_VERBS = words("transfer_verbs")
#: Verbs whose "from" phrase is the source ("received a letter from X").
RECEIVE_VERBS = words("receive_verbs")
#: Event nouns whose "to" phrase is whom or where they go ("a visit to Moscow", "a
#: warning to Israel").
DESTINATION_NOUNS = words("destination_nouns")
#: Nouns of winning whose "over" phrase is who was beaten ("victory over England").
BEATING_NOUNS = words("beating_nouns")
#: Prepositions of a noun of winning that name who was beaten.
BEATING_PREPS = words("beating_preps")
#: Verbs of putting someone out of a body or country, whose noun's named "from" phrase
#: did it ("Russia's expulsion from the Council of Europe").
EXPELLING_VERBS = words("expelling_verbs")
#: Nouns of what a body that judges gives someone, and the giver's verb, "noun:verb"
#: ("Google's fine from the European Commission": the Commission fine Google).
RECEIVED_NOUNS = words("received_nouns")
#: Nouns of selling whose "to" side bought their owner or "of" side, and the buyer's verb,
#: "noun:verb" ("Twitter's sale to Elon Musk": Musk buy Twitter).
SOLD_NOUNS = words("sold_nouns")
#: Verbs of selling whose agentless passive's "to" side bought, "verb:verb" ("sell:buy").
SOLD_VERBS = words("sold_verbs")
#: Nouns of losing and the winner's verb, "noun:verb" ("Italy's defeat to Spain": Spain
#: defeat Italy).
LOSING_NOUNS = words("losing_nouns")
#: Prepositions of a noun of losing that name who won.
LOSING_PREPS = words("losing_preps")
#: Event nouns whose "for" or "to" phrase is the recipient ("aid for Y").
RECIPIENT_NOUNS = words("recipient_nouns")
#: Nouns of money or goods given, whose "for" phrase may be what they pay for.
FUNDING_NOUNS = words("funding_nouns")
#: Nouns of a market or audience, a generic recipient ("sold shares to the public").
MARKET_RECIPIENTS = words("market_recipients")
#: Nouns of a company's own part ("sold the unit to its subsidiary": no second party).
OWN_UNIT_NOUNS = words("own_unit_nouns")
#: Nouns of a currency after its nationality in a market report ("the U.S. unit").
CURRENCY_HEADS = words("currency_heads")
#: Heads of money, securities and market figures ("the Fed's purchase of bonds").
FINANCIAL_OBJECTS = words("financial_objects")
#: Verbs of an accident, whose -ing adjunct says its toll ("crashed, killing 142 people").
MISHAP_VERBS = words("mishap_verbs")
#: Verbs of an -ing adjunct that moves a market figure, and the words of its direction
#: ("sending its shares down 7.2 pct").
MARKET_MOVING_VERBS = words("market_moving_verbs")
MARKET_DIRECTIONS = words("market_directions")
#: Heads of a measure of goods named by their "of" phrase ("volumes of wheat").
GOODS_MEASURE_HEADS = words("goods_measure_heads")
#: Determiners of a recipient that is anyone at all ("to any party").
GENERIC_DETERMINERS = words("generic_determiners")
#: Verbs that give up the state their object noun names ("relinquished control of X").
RELINQUISHING_VERBS = words("relinquishing_verbs")
#: Event nouns whose possessor is the one it is done to ("Y's killing by X").
PATIENT_NOUNS = words("patient_nouns")
#: Other verbs whose first of two objects gets (or is denied) the second ("left X a loophole").
DOUBLE_OBJECT_VERBS = words("double_object_verbs")
#: Verbs whose "from" gerund did not happen ("refrained from criticising X").
PREVENTING_VERBS = words("preventing_verbs")
#: Verbs whose infinitive did not happen, by failure or refusal ("failed to reach X",
#: "refused to release X").
UNDONE_VERBS = FAILURE_VERBS | REFUSAL_VERBS
#: Verbs whose complement did not happen or no longer does: a failure, a refusal, a
#: denial or a stop ("denied attacking X", "stopped recognising X").
NOT_DONE_VERBS = UNDONE_VERBS | DENIAL_VERBS | CESSATION_VERBS
#: Verbs that negate the act they govern: those and the ones that keep it from being
#: done ("prevented X from entering", "refrained from criticising X").
NEGATING_VERBS = NOT_DONE_VERBS | PREVENTING_VERBS
#: Speech verbs whose -ing adjunct after a reported clause is the reporter's ("warning").
SPEAKING_ADJUNCTS = words("speaking_adjuncts")
#: Speech verbs that, with a noun object and a "to" phrase, put a thing somewhere ("adding
#: days to voyages").
ADDING_VERBS = words("adding_verbs")
#: Adverbs whose verb's "of" gerund did not happen ("stopped short of condemning").
FALLING_SHORT_WORDS = words("falling_short_words")
#: Prepositions whose gerund shares the subject of its verb ("retaliated by firing").
SUBJECT_PCOMP_PREPS = words("subject_pcomp_preps")
#: Prepositions whose gerund takes the verb's object as subject ("accused X of killing").
OBJECT_PCOMP_PREPS = words("object_pcomp_preps")
#: Verbs of judging someone for a deed: the object did the "for" gerund
#: ("arrested X for killing Y").
JUDGING_VERBS = words("judging_verbs")
#: Group nouns that do the event noun they modify ("an Arab coalition airstrike").
GROUP_NOUNS = words("group_nouns")
#: Agent sectors whose unnamed groups take part in events of a class ("Gunmen kidnapped X").
ACTING_SECTORS = frozenset(w.upper() for w in words("acting_sectors"))
#: Vessels and aircraft whose crew is the acting body their modifiers name ("a Chinese
#: Coast Guard cutter rammed X").
CREWED_CRAFT = words("crewed_craft")
#: Launch verbs whose "at" phrase is a target even after an object ("fired missiles at X").
AIM_VERBS = words("aim_verbs")
#: Verbs of promising ("pledged to fight": a threat; "vowed to cooperate": a promise).
COMMISSIVE_VERBS = words("commissive_verbs")
#: Words of getting ready ("prepared to storm X": MOBILIZE; "ready to resume talks": AGREE).
PREPARING_WORDS = words("preparing_words")
READYING_VERBS = words("readying_verbs")
#: Verbs of hoping, whose "for" event noun is wished of others ("hoped for sanctions on X").
HOPING_VERBS = words("hoping_verbs")
#: Verbs of taking part in what their infinitive does ("help to support X" supports X).
CONTRIBUTING_VERBS = words("contributing_verbs")
#: Predicate adjectives that deny their infinitive ("unwilling to").
NEGATIVE_ADJECTIVES = words("negative_adjectives")
#: Predicate adjectives whose infinitive happened or, negative, did not ("was able to").
IMPLICATIVE_ADJECTIVES = words("implicative_adjectives")
#: Verbs whose "of"/"with" noun is only held out to their object ("warned X of measures").
WARNING_VERBS = words("warning_verbs")
#: Verbs whose event noun object is only foreseen ("feared an Iranian attack on X").
FORESEEING_VERBS = words("foreseeing_verbs")
#: Verbs that stop a text from being adopted ("vetoed a resolution condemning X").
TEXT_KILLING_VERBS = words("text_killing_verbs")
#: Nouns holding events in their "of" phrase ("a wave of air strikes").
EVENT_CONTAINERS = words("event_containers")
#: Nouns of a part of one event in their "of" phrase ("the first phase of a truce").
EVENT_PARTS = words("event_parts")
#: Group heads that stay a concept when they refer to no name before ("the gang").
CONCEPT_GROUPS = words("concept_groups")
#: Documents a body issues, whose definite subject is that body's act ("the resolution calls
#: on ...": the council named before; extract/coref.py Coreference._issuer).
ISSUED_DOCUMENTS = words("issued_documents")
#: Words that open a clause of the reason for an act ("because", "since").
REASON_MARKS = words("reason_marks")
#: Subordinators of what the one acted on must do first ("unless it drops its demand").
DEMAND_MARKS = words("demand_marks")
#: Issued documents only a court or a judge issues ("the ruling", "the verdict").
JUDICIAL_DOCUMENTS = words("judicial_documents")
#: Heads of department names every state has ("Foreign Ministry"): with a country's
#: possessive, the country (extract/actors.py ActorResolver._owned_department).
DEPARTMENT_HEADS = words("department_heads")
#: Courts and bodies a "before" phrase brings a case or a witness to.
HEARING_BODIES = words("hearing_bodies")
#: Verbs of sending forces whose passive subject does the purpose infinitive.
SENDING_VERBS = words("sending_verbs")
#: Adverbs that make "of" a preposition of what was not done ("instead of negotiating").
SUBSTITUTION_ADVERBS = words("substitution_adverbs")
#: Prepositions of the event a foreseeing verb warns of ("warned of a Russian attack").
FORESEEING_PREPS = words("foreseeing_preps")
#: Prepositions of what a foreseeing verb's object is warned not to do ("warned X against").
DISSUADING_PREPS = words("dissuading_preps")
#: Nouns whose "of" event noun is only possible ("the threat of a Chinese invasion").
FORESEEING_NOUNS = words("foreseeing_nouns")
#: Verbs whose infinitive or gerund is only intended ("plans to leave").
INTENT_VERBS = words("intent_verbs")
#: Verbs of trying, whose infinitive is only attempted ("seeks to block X").
ATTEMPT_VERBS = words("attempt_verbs")
#: Verbs whose clause complement is only required or wished ("ordered X to leave",
#: "demanded that X leave"): those that tell someone and those that only wish.
MANDATING_VERBS = words("mandating_verbs") | words("wishing_verbs")
#: Verbs whose subject, a pact, binds a party to do what their infinitive says ("the treaty
#: requires Moscow to destroy its missiles"); not "the truce allowed the rebels to regroup".
BINDING_VERBS = words("binding_verbs")
#: Verbs whose complement is only sought: tried, meant or asked for ("sought to block X",
#: "plans to buy X", "ordered X to leave").
SOUGHT_VERBS = ATTEMPT_VERBS | INTENT_VERBS | MANDATING_VERBS
#: Verbs whose object is pressed, let or prompted to do what their infinitive says
#: ("forced X to retreat", "helped X to repel"), with :data:`MANDATING_VERBS` the verbs
#: of object control.
PERSUADING_VERBS = words("persuading_verbs") | words("prompting_verbs")
#: Verbs whose object does their infinitive, even parsed as a purpose ("ordered X to
#: leave", "told X to evacuate"): the telling mandating verbs and the pressing or letting
#: persuading verbs (not the wishing or prompting ones).
DIRECTIVE_VERBS = words("mandating_verbs") | words("persuading_verbs")
#: Verbs whose object, even a thing, does their infinitive ("ordered the plant to close",
#: "caused prices to rise", "sent troops to retake the town", "hired a firm to audit").
OBJECT_CONTROL_VERBS = (MANDATING_VERBS | PERSUADING_VERBS | PERMITTING_VERBS | SENDING_VERBS
                        | APPOINTING_VERBS | words("object_control_verbs"))
#: Verbs of applying to an authority, whose infinitive the authority is asked to do
#: ("will apply to ban the AfD", "petitioned to extradite X": not done by the applicant).
APPLYING_VERBS = words("applying_verbs")
#: Verbs that move their object from or into a state or place ("removed X from power").
MOVING_VERBS = words("moving_verbs")
#: Adverbs that make a prepositional phrase elaborate the noun before it ("particularly with X").
FOCUSING_ADVERBS = words("focusing_adverbs")
#: Verbs of saying whose object is only what is said ("said the camps host ..." cut a clause).
CLAUSE_SAYING_VERBS = words("clause_saying_verbs")
#: Nouns that are what is said ("said a prayer", "said nothing").
SAID_NOUNS = words("said_nouns")
#: Verbs that liken their object to something ("likened the system to indoctrination").
COMPARING_VERBS = words("comparing_verbs")
#: Verbs that bring an amount to a level ("brought its price to 17.50 dlrs").
LEVEL_VERBS = words("level_verbs")
#: Verbs whose object's relation needs where it is taken ("took the dispute to GATT").
GOAL_VERBS = words("goal_verbs")
#: Words of a clock time ("at 5 p.m."), never a level.
CLOCK_WORDS = words("clock_words")
#: Nouns of a point a value reaches ("fell to a record low").
LEVEL_NOUNS = words("level_nouns")
#: Nouns of a reported result that "against" compares ("a loss against a profit").
RESULT_FIGURES = words("result_figures")
#: Nouns of firms in a market ("Japanese competitors"), beyond :data:`COMPANY_HEADS`.
BUSINESS_NOUNS = words("business_nouns")
COMPANY_PEOPLE = words("company_people")
#: Verbs whose object owned by "its" or "their" is another's ("infringed its patents").
FOREIGN_OBJECT_VERBS = words("foreign_object_verbs")
ACTOR_ROLES = words("actor_roles")
#: Bodies or people set up, hired or sent to do an infinitive's act ("a committee to monitor").
DELEGATED_AGENTS = words("delegated_agents")
#: Verbs whose prepositional object is said to be something ("referred to X as Y").
AS_PREP_VERBS = words("as_prep_verbs")
#: Verbs that list who is among a group (the listed people, not whom they stand for).
INCLUSION_VERBS = words("inclusion_verbs")
#: Verbs whose -ing clause describes the noun before it ("bordering Ukraine").
STATIVE_PARTICIPLES = words("stative_participles")
#: Prepositions of a gerund that a negated governor negates ("not successful in winning").
ACHIEVEMENT_GERUND_PREPS = words("achievement_gerund_preps")
#: Verbs whose -ing clause after a passive clause is its agent's ("hit by X, killing five").
EFFECT_PARTICIPLES = words("effect_participles")
#: Verbs of harm to people whose -ing clause says what an act of force did.
HARM_ADJUNCTS = words("harm_adjuncts")
#: Nouns that sum up the clause before them in an apposition ("..., a move angering X").
#: Nouns that sum up whatever someone decided or did ("the decision", "a step").
DECISION_NOUNS = words("decision_nouns")
SUMMARY_NOUNS = words("summary_nouns") | DECISION_NOUNS
#: Verbs whose passive clause after a comma says how the subject acted ("backed by X").
SUBJECT_PARTICIPLES = words("subject_participles")
#: Prefixes that, hyphenated to a name's modifier, turn it into its opposite ("no-deal").
NEGATING_PREFIXES = words("negating_prefixes")
#: Verbs of using a means: the user does what the infinitive says.
USING_VERBS = words("using_verbs")
#: Verbs whose object is kept or left in the state a participle after it says.
STATE_KEEPING_VERBS = words("state_keeping_verbs")
#: States a verb of keeping leaves its object in that say it was not changed ("left its
#: discount rate unchanged": the rate was not changed).
UNCHANGED_STATES = words("unchanged_states")
#: Of those, the verbs after whose object an "-ing" is never a relative clause.
KEEPING_VERBS = words("keeping_verbs")
#: Verbs whose "for" object is only asked for ("called for talks").
APPEAL_VERBS = words("appeal_verbs")
#: Prepositions of whom an appeal verb asks to do its infinitive ("called on Israel to").
ADDRESSEE_PREPS = words("addressee_preps")
#: Verbs whose gerund complement is seen happening ("was pictured wearing").
PERCEPTION_VERBS = words("perception_verbs")
#: Nouns whose "that" clause is what is claimed ("reports that X armed Y").
#: Texts a body adopts, whose participle says what the body does ("a resolution condemning").
ADOPTED_TEXTS = words("adopted_texts")
#: Verbs by which a body adopts such a text ("adopted", "passed").
ADOPTING_VERBS = words("adopting_verbs")
#: Deals whose infinitive the party that concludes one carries out, and the verbs that
#: conclude them ("signed a deal to supply chips to Nvidia").
DEAL_NOUNS = words("deal_nouns")
DEAL_VERBS = words("deal_verbs")
#: Nouns whose "of" gerund is only suspected of someone ("on suspicion of spying").
SUSPICION_NOUNS = words("suspicion_nouns")
#: Nouns whose "for" gerund is only alleged of the one under them ("on trial for V-ing").
TRIAL_NOUNS = words("trial_nouns")
TRIAL_STANDING_VERBS = words("trial_standing_verbs")
TRIAL_PREPS = words("trial_preps")
#: Verbs whose subject a suspicion or trial noun object is about ("faces charges of V-ing").
FACING_VERBS = words("facing_verbs")
CLAIM_NOUNS = words("claim_nouns")
#: Prepositions by which an act names the claim it answers ("dismissed X over allegations that he").
GROUNDS_PREPS = words("grounds_preps")
#: Nouns of letting go whose possessive pronoun is who was taken ("secure their release").
RELEASE_NOUNS = words("release_nouns")
#: Verbs that bring about an event noun for its possessor ("secured his release").
SECURING_VERBS = words("securing_verbs")
#: Nouns that label the clause before them as a claim ("X shelled Y, a claim Z denies").
LABELLING_CLAIM_NOUNS = words("labelling_claim_nouns")
#: Nouns of saying whose owner says their clause ("Biden's assurances he had no part").
SPEECH_NOUNS = words("speech_nouns")
#: Platforms and documents through which someone speaks ("on Twitter", "in a post").
MEDIA_WORDS = words("media_words")
#: Prepositions through which a medium is reached ("on Twitter", "via Telegram").
MEDIUM_PREPS = words("medium_preps")
#: Verbs that only order events in time ("X's visit followed the talks").
SEQUENCE_VERBS = words("sequence_verbs")
#: Adverbs of time between "and" and a second verb that shares the first's object.
SEQUENCE_ADVERBS = words("sequence_adverbs")
#: Subordinators of a clause of cause or occasion, whose "it" may be either party.
MOTIVE_MARKS = words("motive_marks")
#: Phrases of company after a subject, whose objects do what it does ("along with X").
ACCOMPANYING_PHRASES = frozenset(w.replace("_", " ") for w in words("accompanying_phrases"))
#: Verbs of an act always done to someone, which share the object of a verb joined to them
#: ("threatened to invade and annex Ukraine": invade Ukraine).
SHARED_OBJECT_VERBS = words("shared_object_verbs")
#: Verbs whose preposition takes a clause with its own subject ("leading to the state using").
OUTCOME_VERBS = words("outcome_verbs")
#: Facilities, offices and envoys that stand for their named owner ("X's embassy").
POSSESSED_HEADS = words("possessed_heads")
#: Heads that quantify the phrase after "of" ("thousands of rockets").
QUANTITY_HEADS = words("quantity_heads")
#: Nouns that name an amount when only amounts go with them ("a 6.1 pct stake", "the rest").
AMOUNT_NOUNS = words("amount_nouns")
#: Nouns that name an amount with an amount before them ("a 20 pct interest").
COUNTED_HOLDINGS = words("counted_holdings")
#: Prepositions of a range or measure, whose unit names no participant ("between 2 and 3 dlrs").
AMOUNT_PREPS = words("amount_preps")
#: Goods moving between countries, which stand for where they come from after "from"
#: ("tariffs on imports from Canada" are aimed at Canada).
TRADE_FLOW_NOUNS = words("trade_flow_nouns")
#: Common nouns too vague to stand alone as a participant ("his plan").
#: Courses open to someone or rules they keep ("options", "procedures"): vague heads that a
#: phrase after them saying which keeps (extract/vague.py).
COURSE_HEADS = words("course_heads")
#: Adjectives that make a course or rule the one laid down ("proper procedure").
PRESCRIBED_MODIFIERS = words("prescribed_modifiers")
VAGUE_HEADS = words("vague_heads") | COURSE_HEADS
#: Sources whose report is an allegation ("in its lawsuit, Regal said"); not prosecutors.
ALLEGING_SOURCES = words("alleging_sources")
#: Alleging sources that are the charge or suit itself: the accusing they record is done.
CHARGING_SOURCES = words("charging_sources")
#: Verbs whose act a charging source records as done ("charged", "sued").
ACCUSING_VERBS = words("accusing_verbs")
#: Verbs of accusing whose noun its accused denies ("denied charges by Moscow").
DENIED_ACCUSING_VERBS = words("denied_accusing_verbs")
#: Courts and judges, who dismiss a charge by ruling on it, not as its accused.
RULING_DENIERS = words("ruling_deniers")
#: Nouns of an act done to someone, which that one denies, contests or settles, each with
#: the verb of the act ("-": none): "dismissed India's accusation" (accuse).
REBUTTED_NOUNS = pairs(words("rebutted_nouns"))
#: Nouns of offering made to the subject of the verb that reacts to them, and those verbs
#: ("rejected an offer from Lindquist": Lindquist offer the rejecter).
ADDRESSED_OFFER_NOUNS = words("addressed_offer_nouns")
#: Nouns of a proposal made to the one who rejects or accepts it, each with the verb of
#: making it: "Kyiv turned down Moscow's proposal" (propose).
PROPOSED_NOUNS = pairs(words("proposed_nouns"))
OFFER_REACTING_VERBS = words("offer_reacting_verbs")
#: Participles that make the report they hang on an accusation ("said X shelled Y,
#: accusing Z of war crimes").
DISPUTING_PARTICIPLES = words("disputing_participles")
#: Acts of the police and courts ("arrested", "intercepted"); known verbs for derivation.
ENFORCING_VERBS = words("enforcing_verbs")
#: Arresting and charging verbs (CAMEO 173) whose agentless passive a police report gives
#: the police as doer (extract/rules/verbal.py reported_arrest_triples).
REPORTED_ARREST_VERBS = words("reported_arrest_verbs")
#: Head nouns of law-enforcement bodies that report their own arrests.
LAW_ENFORCEMENT_REPORTERS = words("law_enforcement_reporters")
#: Alleging sources that a named author makes a statement ("a report by ESET").
AUTHORED_REPORTS = words("authored_reports")
#: Verbs whose base form is spelt like a past tense ("cut", "lay").
BASE_PAST_FORMS = words("base_past_forms")
#: Titles and kin or role nouns of a man ("Mr", "son") and of a woman ("Mrs", "wife").
MALE_WORDS = words("male_words")
FEMALE_WORDS = words("female_words")
#: Nouns of goods going somewhere, with their "to" destination ("grain sales to Spain").
FLOW_NOUNS = words("flow_nouns")
#: Prepositions of where a flow noun's goods go, in a concept's label ("arms sales to Syria").
FLOW_PREPS = words("flow_preps")
#: Bodies of people beside the agent and group nouns ("the team", "the union").
BODY_NOUNS = words("body_nouns")
#: Heads of a described body with forces or officers of its own ("the African Union
#: mission said its troops ...").
SERVING_BODY_HEADS = words("serving_body_heads")
#: Texts whose future act is what they provide ("the bill would bar X"): no threat; besides
#: the adopted ones, the texts a vote or veto kills ("a bill that would ban X").
LAW_NOUNS = words("law_nouns")
#: Last words of the name of a trading venue ("the American Stock Exchange").
EXCHANGE_WORDS = words("exchange_words")
#: Heads of a proposed event ("a ceasefire proposal"): no event between the parties.
PROPOSAL_NOUNS = words("proposal_nouns")
#: Verbs of a concluded agreement, stated with their infinitive ("agreed to buy X").
AGREEING_VERBS = words("agreeing_verbs")
#: Verbs whose own act happened though their infinitive did not ("refused to hand over").
REALIZED_VERBS = words("realized_verbs")
#: Verbs whose "of"/"for"/"with" gerund is only alleged ("accused of shelling").
ALLEGING_VERBS = words("alleging_verbs")
#: Verbs of accusing or alleging, whose act is a charge, not a deed ("accused X of").
ALLEGATION_VERBS = ACCUSING_VERBS | ALLEGING_VERBS
#: Verbs whose "of"/"for" gerund is only alleged or judged ("accused of", "convicted of").
ALLEGING_OR_JUDGING_VERBS = ALLEGING_VERBS | JUDGING_VERBS
#: Singular common nouns of a person or body of people who acts ("suspect", "driver"),
#: beside the CAMEO agents.
PERSON_AGENT_NOUNS = words("agent_nouns")
#: Nouns that act in news: those of people and the things that act ("the law bans X",
#: "the storm destroyed the hotel").
#: Things that act in news: instruments of authority and forces of nature ("the storm
#: destroyed the hotel").
AGENT_THINGS = words("agent_things")
AGENT_NOUNS = PERSON_AGENT_NOUNS | AGENT_THINGS
#: Verbs that say what their object is ("called the investigation a witch hunt").
NAMING_VERBS = words("naming_verbs")
#: Verbs whose passive "by" phrase is a name, not an agent ("known by the nickname X").
NAME_PASSIVES = words("name_passives")
#: Words of the names of public bodies, never a company ("Commission", "Ministry").
PUBLIC_BODY_WORDS = words("public_body_words")
#: Words of state offices' names, which "the group" never refers back to.
STATE_OFFICE_WORDS = words("state_office_words")
#: Verbs whose "on" object does their infinitive ("relied on Russian rockets to carry X").
RELYING_VERBS = words("relying_verbs")
#: Prepositions of whom a relying verb relies on.
RELYING_PREPS = words("relying_preps")
#: Participles that name the one their noun describes ("a woman named Maria Lopez").
NAME_PARTICIPLES = words("name_participles")
#: Nouns of an organisation a participle of naming names ("a group known as Volt Typhoon").
NAMED_GROUP_HEADS = words("named_group_heads")
#: Verbs whose ", which" stands for the clause before ("..., which Trump denied").
CLAUSE_RELATIVE_VERBS = words("clause_relative_verbs")

#: Pronouns of a person, a thing (an organisation or country) and a group.
PERSON_PRONOUNS = words("person_pronouns")
THING_PRONOUNS = words("thing_pronouns")
#: Agreements an object "it" / "them" can stand for ("violating it": the treaty).
PACT_NOUNS = words("pact_nouns")
#: Prepositions of what a pact or talks are about ("a pact on trade").
TOPIC_PREPS = words("topic_preps")
#: Verbs whose gerund after a topic preposition is only discussed or demanded ("insisted on
#: keeping its share").
TOPIC_VERBS = words("topic_verbs")
#: Verbs whose object did their "on" gerund ("congratulated Kohl on winning").
CONGRATULATING_VERBS = words("congratulating_verbs")
#: Verbs whose "to"/"in" -ing adjunct only says what the event led to ("leading to lines").
OUTCOME_ADJUNCT_VERBS = words("outcome_adjunct_verbs")
#: Participles that give a work its title ("a film entitled X").
TITLING_VERBS = words("titling_verbs")
#: Nouns of a count an event changes ("raising the number of foreigners held to 27").
COUNT_NOUNS = words("count_nouns")
#: Verbs that put a count at a figure and say no more ("put the number of X at 150,000").
FIGURE_PLACING_VERBS = words("figure_placing_verbs")
#: Verbs by which an event changes a count ("raising", "bringing").
COUNT_RAISING_VERBS = words("count_raising_verbs")
#: Verbs whose "as" -ing adjunct makes the subject one more of a kind ("joining X as
#: candidates").
LIKENING_VERBS = words("likening_verbs")
#: Words that make a bare noun definite ("the court", "his troops").
DEFINITE_WORDS = words("definite_words")
#: Possessive determiners: a noun with one is its owner's ("its market"); the definite
#: words but "the".
OWNER_WORDS = DEFINITE_WORDS - {"the"}
#: Holdings that are the stock of a company the article names ("bought the stock").
OWNED_HOLDINGS = words("owned_holdings")
#: Verbs of holding a part of a company's stock ("held 19.9 pct of its shares").
STAKE_VERBS = words("stake_verbs")
#: Words that leave a holding bare ("the common stock", "more stock").
HOLDING_MODIFIERS = words("holding_modifiers")
GROUP_PRONOUNS = words("group_pronouns")
#: Unnamed people who speak for someone ("a military source told AFP ... because he").
UNNAMED_SPEAKERS = words("unnamed_speakers")
#: Third-person pronouns of a man and of a woman.
MALE_PRONOUNS = words("male_pronouns")
FEMALE_PRONOUNS = words("female_pronouns")
#: "I" in a reported quote is the speaker.
SPEAKER_PRONOUNS = words("speaker_pronouns")
#: Pronouns of a thing or a group ("it", "they"): an organisation, a country or people.
THING_OR_GROUP_PRONOUNS = THING_PRONOUNS | GROUP_PRONOUNS
#: Pronouns of a person or, in a quote, of its speaker ("he", "I").
PERSON_OR_SPEAKER_PRONOUNS = PERSON_PRONOUNS | SPEAKER_PRONOUNS
#: Pronouns that stand for someone named: of a person, a thing, a group or a speaker.
REFERRING_PRONOUNS = PERSON_OR_SPEAKER_PRONOUNS | THING_OR_GROUP_PRONOUNS
#: Object pronouns of people ("accused them of X"), and those of one person ("him").
OBJECT_PRONOUNS = words("object_pronouns")
PERSON_OBJECT_PRONOUNS = OBJECT_PRONOUNS & PERSON_PRONOUNS
#: Pronouns of a speaker or the one spoken to: outside quotation marks, someone's own voice.
VOICE_PRONOUNS = words("voice_pronouns")
#: Pronouns that start words of a quote, never a name ("I WON").
QUOTED_PRONOUNS = words("quoted_pronouns")
#: Heads of definite descriptions of an organisation ("the group") and of a person
#: ("the president").
#: Wire copy's names for a company named before ("the lender", "the unit").
COMPANY_HEADS = words("company_heads")
#: Words that say an organisation is a labour union ("the Teamsters union").
UNION_HEADS = words("union_heads")
#: Members of a trade whose word (or a word ending with it) names a labour union
#: ("United Steelworkers of America", "International Association of Machinists").
UNION_MEMBER_WORDS = words("union_member_words")
#: Heads of the name of a body of people of one trade or kind ("Air Line Pilots
#: Association", "National Federation of Teachers"): no company word points back to one.
ASSOCIATION_HEADS = words("association_heads")
#: Heads of descriptions that refer back to a bloc of states ("the bloc", "the alliance").
BLOC_DESCRIPTIONS = words("bloc_descriptions")
ORGANISATION_DESCRIPTIONS = (words("organisation_descriptions") | COMPANY_HEADS
                             | BLOC_DESCRIPTIONS)
PERSON_DESCRIPTIONS = words("person_descriptions")
#: Organisation kinds whose name says so ("the Labour Party").
NAMED_KINDS = words("named_kinds")
#: Role descriptions that fit any leader ("the leader").
ANY_LEADER_WORDS = words("any_leader_words")
#: Person descriptions that need no role match ("the man").
ANY_PERSON_WORDS = words("any_person_words")
#: Verbs that report speech or belief: their complement is attributed to their subject.
REPORTING_VERBS = words("reporting_verbs")
#: Acts of speech or appeal that, coordinated after a reported past perfect, are the speaker's.
SPEAKER_ACTS = words("speaker_acts")
#: Verbs of a state: beside a reported modal clause, that clause's state, not the speaker's act.
STATE_VERBS = words("state_verbs")
#: Reporting verbs that make the reported claim uncertain.
HEDGE_VERBS = words("hedge_verbs")
#: Adverbs that make a claim uncertain.
HEDGE_ADVERBS = words("hedge_adverbs")
#: Modal auxiliaries of possibility and obligation ("may strike", "must allocate").
HEDGE_MODALS = words("hedge_modals")
#: Modal auxiliaries whose "not" is a stated inability ("could not agree").
INABILITY_MODALS = words("inability_modals")
#: Modifiers that make a source unnamed ("an unnamed official", "anonymous sources").
ANONYMITY_MODIFIERS = words("anonymity_modifiers")
#: Prepositions of manner a "not" on the verb denies ("did not release X without conditions").
MANNER_NEGATED_PREPS = words("manner_negated_preps")
#: Verbs whose subject, a plan or attempt, came to nothing ("the bid collapsed").
COLLAPSING_VERBS = words("collapsing_verbs")
#: Adverbs on a verb that say its act fell short ("nearly struck X").
NEAR_MISS_ADVERBS = words("near_miss_adverbs")
#: Verbs that claim a victory, whose contest is only said to be won ("claimed victory in X").
VICTORY_CLAIMING_VERBS = words("victory_claiming_verbs")
#: Objects of those verbs that are the claimed win ("victory").
VICTORY_NOUNS = words("victory_nouns")
#: Contests a claimed victory is "in" ("the election", not a place).
CONTEST_NOUNS = words("contest_nouns")
#: Verbs of a loser's yielding to a contest's winner ("refuses to concede").
CONCEDING_VERBS = words("conceding_verbs")
#: What a loser concedes that names no one ("conceded defeat").
CONCEDED_NOUNS = words("conceded_nouns")
#: Verbs that tell who won a contest ("won the election", "defeating X").
PREVAILING_VERBS = words("prevailing_verbs")
#: Verbs of losing a contest, whose "to" names the winner ("lost the runoff to Lula").
LOSING_VERBS = words("losing_verbs")
#: What an election winner wins besides a contest ("a fifth term", "the presidency").
WON_OFFICES = words("won_offices")
#: Verbs of letting someone in, whose object enters the "into" place ("allow X into Y").
ADMITTING_VERBS = words("admitting_verbs")
#: Prepositions of the place an admitted object enters ("into").
ENTRY_PREPS = words("entry_preps")
#: Adjectives and adverbs of nearness whose "to" gerund is only in prospect ("close to buying X").
NEARNESS_WORDS = words("nearness_words")
#: Nouns of "on the verge of" whose gerund is only in prospect ("on the brink of seizing X").
VERGE_NOUNS = words("verge_nouns")
#: Nouns whose "in" gerund is an act their holder would like to do ("interest in buying X").
INTEREST_NOUNS = words("interest_nouns")
#: Verbs of intending or trying whose relative "whom" is their infinitive's object.
INFINITIVE_OBJECT_VERBS = words("infinitive_object_verbs")
#: Verbs whose subject holds the interest noun they take ("expressed interest in buying X").
VOICING_INTEREST_VERBS = words("voicing_interest_verbs")
#: Verbs whose past with a nearness word fell short ("came close to striking X").
NEAR_MISS_VERBS = words("near_miss_verbs")
#: Verbs whose negation states their infinitive as done ("did not hesitate to expel X").
UNHESITATING_VERBS = words("unhesitating_verbs")
VOTING_VERBS = words("voting_verbs")
VOTED_ACTS = words("voted_acts")
SETTLING_VERBS = words("settling_verbs")
PAYING_VERBS = words("paying_verbs")
#: Verbs of answering another's act, aimed at the doer of a conditioned act ("will respond if").
RETALIATION_VERBS = words("retaliation_verbs")
#: Verbs of letting go what is held ("release it"), see :data:`SEIZING_VERBS`.
RELEASING_VERBS = words("releasing_verbs")
#: Verbs of taking hold of someone or something ("seized the tanker X").
SEIZING_VERBS = words("seizing_verbs")
#: Objects of "take" that make it an answer to another's act ("will take countermeasures if").
RETALIATION_NOUNS = words("retaliation_nouns")
#: Verbs that close a possibility; negated or refused, they leave it open ("did not rule out").
RULING_OUT_VERBS = words("ruling_out_verbs")
#: Verbs and phrases of an event's onset ("take_effect", "come_into_force", "resume").
ONSET_VERBS = words("onset_verbs")
#: Predicates of expectation whose "not" denies only the expectation ("is not expected to").
EXPECTATION_WORDS = words("expectation_words")
#: Words that frame a present clause as a rule or a habit ("under the constitution",
#: "usually", "every year"): about whoever holds a role, not a particular act.
GENERIC_FRAMES = words("generic_frames")
#: Auxiliaries of the future ("will", "would", "won't" -> "wo").
FUTURE_AUX = words("future_aux")
#: Auxiliaries of what has not happened: of possibility, obligation or the future.
UNREAL_AUX = HEDGE_MODALS | FUTURE_AUX
#: Prepositions that introduce the time of a clause.
TIME_PREPS = words("time_preps")
#: Nouns whose "that" clause is only required ("on condition that it cut its deficit").
CONDITION_NOUNS = words("condition_nouns")
#: Future auxiliaries that are no past's future ("will", not "would").
PLAIN_FUTURE_AUX = words("plain_future_aux")
#: Prepositions of a meeting the clause's subject took part in ("at a Kremlin meeting").
ATTENDANCE_PREPS = words("attendance_preps")
#: Nouns that, counted, say how often ("three times", "on several occasions").
FREQUENCY_NOUNS = words("frequency_nouns")
#: Nouns of a span of time ("a day after being rebuked").
TIME_UNITS = words("time_units")
#: Auxiliaries a required clause may have ("that he be released").
MANDATED_AUX = words("mandated_aux")
#: Prepositions of the gerund of an alleging verb ("accused of").
ALLEGED_PREPS = words("alleged_preps")
#: Verbs that take a claim noun as fact ("confirmed reports that X ...").
CONFIRMING_VERBS = words("confirming_verbs")
#: Words of titles and roles stripped from the front of person names.
TITLE_WORDS = words("title_words")
#: Words of a role or of a title ("minister", "General"), as one list.
ROLE_OR_TITLE_WORDS = ROLE_WORDS | TITLE_WORDS
#: Country abbreviations that also come before person names ("US President Joe Biden").
COUNTRY_ABBREVIATIONS = words("country_abbreviations")
#: Capitalised words of titles and offices, never a name on their own.
OFFICE_WORDS = words("office_words")
#: -ing words that are adjectives before a title ("sitting President X", "acting President Y").
OFFICE_PARTICIPLES = words("office_participles")
#: Heads that stand for the entity that modifies them ("the Hezbollah group", "the town of X").
GROUP_HEADS = words("group_heads")
GENERIC_HEADS = GROUP_HEADS | PLACE_HEADS
#: Kinds of organisation an organisation's name before them says which one is ("Ukraine's SBU
#: security service", "the Interfax news agency").
ORGANISATION_KIND_HEADS = words("organisation_kind_heads")
#: Heads of an official body, which a CAMEO agent phrase's kind word may go with ("the
#: electoral bureau" as "electoral commission").
OFFICIAL_BODY_HEADS = words("official_body_heads")
#: Heads of a singular apposition that make two coordinated names one business ("Wagner and
#: Brown, a Texas oil and gas firm").
FIRM_APPOSITIONS = words("firm_appositions") | COMPANY_HEADS
#: Kin nouns whose holder named by a first name alone bears the possessor's family name
#: ("his son Robert").
SURNAME_KIN = words("surname_kin")
#: Bodies of a whole state ("the government", "the cabinet"): bare, the article's country.
STATE_BODIES = words("state_bodies")
#: Bodies that act only inside their own state ("police"): bare, the article's country.
HOME_BODIES = words("home_bodies")
#: Institutions of a state: with a nationality they stand for the country ("Israeli forces").
STATE_HEADS = STATE_BODIES | words("state_heads")
#: CAMEO agent sectors of a state's security agencies ("security service": SPY).
STATE_SECTORS = words("state_sectors")
#: CAMEO agent sectors of a state's armed and police agents ("troops": MIL, "riot police": COP).
STATE_AGENT_SECTORS = frozenset(w.upper() for w in words("state_agent_sectors"))
#: Heads of those agent phrases taken for a state's people ("troops", "riot police").
STATE_AGENT_HEADS = words("state_agent_heads")
#: Words of an article in which soldiers may act against their own state ("coup", "mutiny").
AGENT_DEFECTION_WORDS = words("agent_defection_words")
#: People or units that stand for the organisation they belong to ("Hamas militants").
MEMBER_HEADS = STATE_HEADS | words("member_heads")
#: Nouns of the members of a group ("members"), a role holder's organisation's when bare.
MEMBERSHIP_HEADS = words("membership_heads")
#: Nouns of the parties of a group or deal that, unnamed, are no subject of a verb of
#: including ("partners in the venture include X"): members and other parties.
LISTED_MEMBER_HEADS = MEMBERSHIP_HEADS | words("listed_member_heads")
#: Councils that rule a state when qualified ("Haiti's ruling military council"), and the
#: qualifiers.
RULING_COUNCILS = words("ruling_councils")
RULING_COUNCIL_MODIFIERS = words("ruling_council_modifiers")
#: Armed forces that, definite and unresolved, are still the country's own ("the military").
OWN_FORCES = words("own_forces")
#: People or groups someone acts with: a "with" phrase of one is a party, not a means.
ASSOCIATE_NOUNS = words("associate_nouns")
#: Plural heads that name others a side deals with ("its partners", "their creditors"), not
#: a body of its own (extract.pipeline._owned_group).
OUTSIDE_PARTIES = words("outside_parties")
NONSTATE_MEMBERS = words("nonstate_members")
#: A reporting body and the plural people of it, each as "word:kind" ("army:forces",
#: "soldiers:forces"): a closing "the army said" credits the soldiers to the army.
BODY_KINDS = words("body_kinds")
#: Modifiers that make an organisation description an armed group's ("the militant group").
ARMED_GROUP_MODIFIERS = words("armed_group_modifiers")
#: Words of armed groups' names ("National Liberation Army", "Polisario Front").
ARMED_GROUP_NAME_WORDS = words("armed_group_name_words")
#: Heads that refer back only to a broadcaster ("the station").
BROADCASTER_DESCRIPTIONS = words("broadcaster_descriptions")
#: Heads that refer back to an actor when definite ("the group", "its leader"), the country
#: words among them ("the kingdom", "the republic"; not the rulers, "the government", whose
#: country is found as a state body's is).
ANAPHORIC_HEADS = (GENERIC_HEADS | words("anaphoric_heads") | COMPANY_HEADS
                   | BROADCASTER_DESCRIPTIONS | BLOC_DESCRIPTIONS
                   | (COUNTRY_HEADS - RULING_HEADS))
#: Head nouns of an agent that make it armed forces ("Serb forces").
MILITARY_HEADS = words("military_heads")
#: Verbs in "X-led", "X-run": the group stands for X.
LED_VERBS = words("led_verbs")
#: Words after a group of fighters that say whom it fights for ("forces loyal to X"), and
#: their prepositions.
ALLEGIANCE_WORDS = words("allegiance_words")
ALLEGIANCE_PREPS = words("allegiance_preps")
#: Groups that stand for the one a participle says leads them ("a group led by X").
LED_GROUPS = words("led_groups")
#: Participles of making a group ("a partnership formed by X and Y").
FORMING_VERBS = words("forming_participles")
#: Modifiers that make a definite description introduce rather than point back.
RESTRICTIVE_MODIFIERS = words("restrictive_modifiers")
#: Determiners of a noun phrase that points back ("the group", "this attack").
DEFINITE_DETERMINERS = words("definite_determiners")
#: Words that make a noun phrase indefinite: it introduces, never points back.
INDEFINITE_WORDS = words("indefinite_words")
#: The articles.
ARTICLES = words("articles")
#: Adjectives that say nothing about what a concept is.
WEAK_ADJECTIVES = words("weak_adjectives")
#: Prepositions of a short complement that says which one a concept is ("state of emergency").
COMPLEMENT_PREPS = words("complement_preps")
#: Prepositions of a complement a concept's label keeps only when it names someone.
NAMED_COMPLEMENT_PREPS = words("named_complement_preps")
#: Prepositions of a short complement that says which one any concept is ("information on
#: NATO naval exercises", "charges against its chairman").
WHICH_PREPS = words("which_preps")
#: Prepositions of an agent or a partner, after whose noun a :data:`WHICH_PREPS` phrase is
#: the act's ("a cyberattack by Chinese hackers on the Treasury").
PARTY_PREPS = words("party_preps")
#: Prepositions of :data:`NAMED_COMPLEMENT_PREPS` that a verb may take itself ("for").
VERB_NAMED_PREPS = words("verb_named_preps")
#: Nouns of a site or building that a named place after an "in" or "near" preposition says
#: which one it is ("a refugee camp near Parachinar"), with the place heads, the bare
#: place targets and the held positions.
SITED_HEADS = words("sited_heads")
#: Words that open an indirect question ("asked whether").
QUESTION_WORDS = words("question_words")
#: Nouns of owning up to an event ("claimed responsibility for the attack").
RESPONSIBILITY_NOUNS = words("responsibility_nouns")
#: Verbs that give someone time to act ("gave X three days to leave").
DEADLINE_VERBS = words("deadline_verbs")
#: Verbs that fix when an event is to take place, a stated act.
DATE_SETTING_VERBS = words("date_setting_verbs")
#: Words after a hyphen that make a name a compound modifier ("Hong Kong-based").
HYPHEN_SUFFIXES = words("hyphen_suffixes")
#: Nouns of a span of time given to act in ("three days", "a deadline").
SPAN_NOUNS = words("span_nouns")
#: Nouns of an illicit payment, whose "from" phrase names who bribed its taker.
BRIBE_NOUNS = words("bribe_nouns")
#: Verbs of taking a bribe noun ("took bribes from X").
BRIBE_TAKING_VERBS = words("bribe_taking_verbs")
#: Verbs whose named object is the alleged doer of a violent act told before with no
#: named doer ("Gunmen killed X. The army blames Y").
ATTRIBUTING_VERBS = words("attributing_verbs")
#: Verbs whose named subject authored a violent act told before that their definite event
#: noun points back to ("A bomb killed X. Prosecutors say Y ordered the attack").
AUTHORING_VERBS = words("authoring_verbs")
#: Words by which a subject answers for a violent act told before with no named doer
#: ("Police said the Taliban were responsible / behind the attack").
ANSWERABLE_WORDS = words("answerable_words")
#: Verbs of "Y came under attack from X".
UNDER_VERBS = words("under_verbs")
#: Verbs of "X placed Y under sanctions / arrest".
PLACING_VERBS = words("placing_verbs")
#: Prepositions of the state a placing verb puts its object in ("on a non-accrual basis").
STATE_PREPS = words("state_preps")
#: Parts that name what they are part of by their "of" phrase ("half of its primaries").
FRACTION_NOUNS = words("fraction_nouns")
#: Units of a percentage ("50.2 pct of the vote": a part of the vote).
PERCENT_UNITS = words("percent_units")
#: Prepositions of where or when something was said, never of a party to it.
SPEECH_SETTING_PREPS = words("speech_setting_preps")
#: Verbs of saying after which "on" is where or through what it was said.
SAY_VERBS = words("say_verbs")
#: Words an object predicate's wording leaves out ("just", "such").
WEAK_WORDS = words("weak_words")
#: Prepositions of where a verb's object is moved from or into ("removed X from power").
MOTION_PREPS = words("motion_preps")
#: Prepositions of a bound a quantity is set against ("above their quotas").
BOUND_PREPS = words("bound_preps")
#: Levels, rates and limits after a bound preposition ("below official prices"): no party.
BOUND_NOUNS = words("bound_nouns")
#: Lists and registers a named object is put on or taken off ("Entity List"): no party.
REGISTER_NOUNS = words("register_nouns")
#: Prepositions of putting something on or taking it off a list ("on", "from").
REGISTER_PREPS = words("register_preps")
#: Prepositions of the way a verb's object is moved ("through the Rafah crossing").
ROUTE_PREPS = words("route_preps")
#: Prepositions of place a parser may take for an adverb before the object ("flew over X").
ADVERB_PREPS = words("adverb_preps")
#: Prepositions of the means an act on an object is done with ("with a missile").
INSTRUMENT_PREPS = words("instrument_preps")
#: Nouns of a means, beside the machines of war ("through its export programme").
INSTRUMENT_NOUNS = words("instrument_nouns")
#: Verbs whose "with" phrase is their second object ("merged X with Y"), no means.
WITH_COMPLEMENT_VERBS = words("with_complement_verbs")
#: Verbs that convey their object along a way ("evacuated patients through X").
CONVEYING_VERBS = words("conveying_verbs")
#: Nouns of a way things or people pass ("crossing", "corridor"): no party after a route prep.
ROUTE_NOUNS = words("route_nouns")
#: Verbs of saying whose object is the hearer ("told our correspondent ...").
HEARER_VERBS = words("hearer_verbs")
#: Verbs of a guise, whose "as" noun is no agent ("gunmen disguised as police").
DISGUISE_VERBS = words("disguise_verbs")
#: Prepositions of the deed someone is judged for ("arrested X for the murder of Y").
JUDGED_PREPS = words("judged_preps")
#: Prepositions of the matter a person attacks a state over: "attacked Brussels over the funds".
CRITICISED_FOR_PREPS = words("criticised_for_preps")
#: Prepositions of the recipient of what is given ("aid for Ukraine", "aid to Ukraine").
RECIPIENT_PREPS = words("recipient_preps")
#: Prepositions of whom a thing belongs to or serves ("the homes of X", "a camp for X").
OWNER_PREPS = words("owner_preps")
#: Prepositions of what an event leads to or results in ("led to", "resulted in").
RESULT_PREPS = words("result_preps")
#: Words opening a list of examples set off after a noun ("alternatives, including a sale").
EXAMPLE_WORDS = words("example_words")
#: Prepositions of a verb whose object is where someone moves from, to or at.
MOVED_PLACE_PREPS = words("moved_place_preps")
#: Prepositions whose object an event noun acts on ("an attack on X", "the seizure of X").
EVENT_TARGET_PREPS = words("event_target_preps")
#: Prepositions of what a noun made from a verb is done to or aimed at ("the dismissal of X").
DERIVED_EVENT_PREPS = words("derived_event_preps")
#: Prepositions after a holding that say whose it is ("shares of X", "a stake in X").
HOLDING_OWNER_PREPS = words("holding_owner_preps")
#: Prepositions of a target, after which "VBG + bare plural" is a modified noun.
TARGET_PREPS = words("target_preps")
#: Prepositions of an event's target that the parser may hang on its "by" agent.
HUNG_TARGET_PREPS = words("hung_target_preps")
#: The noun of "at the hands of X", whose "of" names an event noun's agent.
AGENT_HAND_NOUNS = words("agent_hand_nouns")
#: Prepositions of a fronted adjunct whose agentless violent event noun is the subject's.
EVENT_FRAME_PREPS = words("event_frame_preps")
#: Prepositions of a fronted adjunct whose event noun's possessive pronoun is the subject's.
FRONTED_EVENT_PREPS = words("fronted_event_preps")
#: Prepositions of an event noun that says what a clause is done as ("in support of X").
STANCE_PREPS = words("stance_preps")
#: Function words inside names, which an acronym may skip.
NAME_FUNCTION_WORDS = words("name_function_words")
#: Words of a name that say what kind of body it is, not whose ("Party", "Ministry").
KIND_OF_BODY_WORDS = words("kind_of_body_words") | OFFICE_WORDS | PUBLIC_BODY_WORDS
#: Heads of names of a state's bodies every country has ("Foreign Ministry", "Supreme Court").
BARE_BODY_HEADS = words("bare_body_heads")
#: CAMEO sectors of a state's own bodies ("GOV", "LEG"): such a body is its owner country's.
STATE_BODY_SECTORS = frozenset(w.upper() for w in words("state_body_sectors"))
#: Verbs whose "it" subject stands for nothing when a clause follows ("it seems that").
RAISING_VERBS = words("raising_verbs")
#: Words a participant phrase cannot start with ("and X", "of X").
BAD_STARTS = words("bad_starts")
#: Verbs of carrying out a deed ("perpetrated the massacre").
DEED_VERBS = words("deed_verbs")
#: Verbs that carry out or bring about the event noun they take ("carried out the strike",
#: "did not launch its attack" denies the attack): light, causative and deed verbs.
CARRYING_VERBS = LIGHT_VERBS | CAUSATIVE_VERBS | DEED_VERBS
#: Participles after a comma whose "by" agent carried out the event noun before the "of"
#: phrase they are hung on ("the assassination of X, carried out by Y").
CARRYING_PARTICIPLES = words("carrying_participles")
#: Verbs of a relative clause that claim the deed of the event noun it is hung on, said
#: only of an assault ("an attack on a convoy that the Taliban claimed").
RELATIVE_CLAIMING_VERBS = words("relative_claiming_verbs")
#: Verbs of a relative clause whose subject did the event noun it is hung on: the carrying
#: participles, "order" and the claiming verbs ("the expulsion, which Moscow ordered").
RELATIVE_DEED_VERBS = (CARRYING_PARTICIPLES | words("relative_deed_verbs")
                       | RELATIVE_CLAIMING_VERBS)
#: Relative pronouns that stand for the deed of such a clause ("which", "that").
DEED_RELATIVE_PRONOUNS = words("deed_relative_pronouns")
#: Verbs of speaking that report no content ("spoke in Geneva").
SPEAKING_VERBS = words("speaking_verbs")
#: Event nouns and the verbs they name, "noun:verb", where suffix rules do not reach them
#: ("lawsuit:sue"; read as a mapping by extract/derivation.py).
IRREGULAR_NOMINALS = words("irregular_nominals")
#: Nouns in "-ation" / "-ing" of a standing, body, place or state, not of an act done to
#: the "of" side ("Japan's population of pensioners").
STANDING_NOUNS = words("standing_nouns")


@functools.cache
def _first_names() -> dict[str, str]:
    text = resources.files("actorgraph.extract").joinpath("data", "first_names.tsv").read_text(
        encoding="utf-8")
    return dict(line.split("\t") for line in text.splitlines()
                if line and not line.startswith("#"))


def first_name_gender(name: str) -> str | None:
    """"m" or "f" for a common given name nearly all of whose bearers are of one gender.

    From ``extract/data/first_names.tsv`` (derived from nomquamgender, MIT; see
    ``extract/data/NOTICE``); None for an unlisted or ambiguous name.

    Examples
    --------
    >>> first_name_gender("Angela"), first_name_gender("Boris"), first_name_gender("Jean")
    ('f', 'm', None)
    """
    return _first_names().get(name.lower())
#: Nouns of a part in an event, owned up to or denied ("denied any role in the attack").
INVOLVEMENT_NOUNS = words("involvement_nouns")
#: Verbs whose subject takes part in the event noun after "in" ("participates in strikes").
PARTICIPATING_VERBS = words("participating_verbs")
#: A verb and its object that together take part in the event noun after "in" ("took
#: part in talks with X"): verb -> object noun.
PARTICIPATING_OBJECTS = pairs(words("participating_objects"))
#: Verbs whose subject does with their object what the gerund after "in" says ("would
#: not join Washington in imposing sanctions on X").
JOINING_VERBS = words("joining_verbs")
#: Verbs of going somewhere whose "for" meeting the traveller takes part in ("travels to
#: Moscow for talks with Putin").
JOURNEYING_VERBS = words("journeying_verbs")
#: Verbs that carry out the event noun after "with" ("proceeded with the demolition").
PURSUING_VERBS = words("pursuing_verbs")
#: Verbs whose subject starts the event noun after "on" ("went on strike against X").
EMBARKING_VERBS = words("embarking_verbs")
#: Verbs that do so with "ahead", "forward" or "on" ("went ahead with sanctions on X").
PURSUING_PHRASAL_VERBS = words("pursuing_phrasal_verbs")
#: The adverbs and particles of those ("ahead", "forward", "on").
PURSUING_ADVERBS = words("pursuing_adverbs")
#: Verbs that own up to or deny a part in an event ("admitted involvement in").
OWNING_UP_VERBS = words("owning_up_verbs")
#: Verbs of owning up ("admitted the fraud"), no speaker's going on after a denial.
CONFESSING_VERBS = words("confessing_verbs")
#: Verbs whose negated "role in" an event denies the deed ("had no role in the attack").
PARTAKING_VERBS = words("partaking_verbs")
#: Adjectives that lay a deed on the object of "hold" ("held X responsible for").
LIABLE_ADJECTIVES = words("liable_adjectives")
#: Heads that say which one only with their complement ("the family of Huber").
RELATIONAL_HEADS = words("relational_heads")
#: Words of a price between a noun and its complement ("an order worth 1.1 bln crowns
#: from Indian Railways").
VALUE_WORDS = words("value_words")

#: Nouns of what was said or asked that a bare "the" points back to ("rejected the charge").
POINTING_NOUNS = words("pointing_nouns")
#: Modifiers that set a group against one named elsewhere ("other products").
CONTRASTING_MODIFIERS = words("contrasting_modifiers")
#: First words of "rather than" and "instead of", which set a party aside.
EXCLUDING_ADVERBS = words("excluding_adverbs")
#: Verbs whose subject puts forward the offer, charge or request that is their object.
PROPOSING_VERBS = words("proposing_verbs")
#: The family of an offer, charge or request noun a bare "the" points back to, by the lemma
#: of each noun or verb of an earlier mention, as "word:family" entries ("bid:offer":
#: "rejected the offer"; read with :func:`pairs`).
REFERRING_FAMILIES = words("referring_families")
#: Nouns of one thing with no author that a bare definite one of them may name with another,
#: as "word:family" entries ("accord:pact": "a pact on fishing rights ... the accord").
THING_FAMILIES = words("thing_families")
#: The verbs of the act a bare definite noun sums up, as "noun:verb" entries ("launch:fire";
#: "noun:*" any act, "noun:=" a verb whose own object the noun was; extract/actors.py).
SUMMED_ACTS = words("summed_acts") | frozenset(f"{noun}:*" for noun in DECISION_NOUNS)
#: Generic objects of a light verb whose point follows them ("took the lead in ...").
LIGHT_OBJECTS = words("light_objects")
#: Light verbs that carry a generic object ("take", "have", "use", "play").
LIGHT_OBJECT_VERBS = words("light_object_verbs")
#: Nouns of a bare count ("with 92,153 votes"): an amount, not a participant.
COUNT_HEADS = words("count_heads")
#: Nouns of the means of a talk ("on the phone"): no participant.
MEANS_NOUNS = words("means_nouns")
#: Nouns of the manner of an act after "with" ("act with restraint"): no participant.
MANNER_NOUNS = words("manner_nouns")
#: Prepositions of a cause read with their "to" ("due to ill health"): no participant.
CAUSE_PREPS = words("cause_preps")
#: Prepositions of why a named object is acted on or whom it is preferred to ("sanctioned
#: Iran over X", "support Hawkins over La Riva"): no second participant.
PASSED_OVER_PREPS = words("passed_over_preps")
#: Verbs of hiring or paying someone: an object that may act does their infinitive, even
#: parsed as a purpose ("paid Shapiro to take the SAT").
HIRING_VERBS = words("hiring_verbs")
#: Verbs of promising or offering whose subject does their infinitive, not their object
#: ("promised Turkey to withdraw its troops").
PROMISING_VERBS = words("promising_verbs")
#: Verbs of calling on or meeting someone whose infinitive is the caller's purpose
#: ("telephoned Romanenko to congratulate him").
VISITING_VERBS = words("visiting_verbs")
#: Verbs of taking someone to law whose infinitive is the plaintiff's purpose ("sued
#: Exxon to halt the project").
LITIGATING_VERBS = words("litigating_verbs")
#: Verbs whose subject, not their object, does their infinitive: promising, visiting and
#: litigating.
SUBJECT_INFINITIVE_VERBS = PROMISING_VERBS | VISITING_VERBS | LITIGATING_VERBS
#: verbs of going home, whose object-controlled doer goes to its own country
HOMECOMING_VERBS = words("homecoming_verbs")
#: Nouns of a criminal plan whose infinitive is its plotters' ("over a plot to attack X").
PLOT_NOUNS = words("plot_nouns")
#: Nouns of a stretch of time with no date ("for the moment"): no participant.
DURATION_NOUNS = words("duration_nouns")
#: Verbs that put their object in the state an adjective says ("made X available").
RESULT_VERBS = words("result_verbs")
#: Verbs of learning or perceiving whose noun before a finite verb is a clause's subject.
CLAUSE_LEARNING_VERBS = words("clause_learning_verbs")
#: Verbs of what a picture or text shows ("a photo showing him"): the thing's, not the poster's.
DEPICTING_VERBS = words("depicting_verbs")
#: Verbs of what a text lays down ("a protocol providing for X"): the text's terms, no act.
STIPULATING_VERBS = words("stipulating_verbs")
#: Social media platforms: after "on", "via", "to" where a thing was posted, no participant.
PLATFORM_NAMES = words("platform_names")
#: Broadcasters ("spoke on Fox News"): after a verb of posting, the medium.
BROADCASTER_NAMES = words("broadcaster_names")
#: Verbs of posting or speaking, whose "on" a platform is the medium ("wrote on Twitter").
POSTING_PREPS = words("posting_preps")
POSTING_VERBS = words("posting_verbs")
#: Nouns of a running count ("death toll"): an -ing adjunct moving one is no one's act.
RUNNING_COUNTS = words("running_counts")
#: Nouns of the press an interview is given to ("speaking to reporters"): no meeting.
PRESS_NOUNS = words("press_nouns")
#: Weapons and vehicles of war that may be a passive participle's agent: no actor.
WAR_MACHINES = words("war_machines")
#: Munitions, which act for no one: a bare one is no actor ("hit by rocket-propelled grenades").
MUNITIONS = words("munitions")
#: Messages whose -ing participle hung on the addressee is the sender's ("a message to X
#: expressing regret").
MESSAGE_NOUNS = words("message_nouns")
#: What a message does in an -ing participle hung on its addressee ("urging X to act").
MESSAGE_ACTS = words("message_acts")
#: Verbs whose object is the point of what was said or done ("citing the collapse in X").
CITING_VERBS = words("citing_verbs")
#: Broadcast media an act goes out on ("on state television"): no party to it.
BROADCAST_MEDIA = words("broadcast_media")
#: Proof offered for a claim ("without providing evidence"), and the verbs that offer it.
PROOF_NOUNS = words("proof_nouns")
PROOF_VERBS = words("proof_verbs")
#: Reciprocal nouns of a third party's act ("mediation between X and Y").
MEDIATED_NOUNS = words("mediated_nouns")
#: Verbs of a third party that holds or brings about a reciprocal event ("Egypt and Qatar
#: hosted the talks": no talks between them).
HOSTING_VERBS = words("hosting_verbs")
#: Verbs of an attack whose bare generic people target gives way to the named place
#: ("attacked villagers in the town of X" -> attack X).
PLACE_ATTACK_VERBS = words("place_attack_verbs")
#: Verbs of a ground attack on a thing of its own, whose town is only where it is.
GROUND_ATTACK_VERBS = words("ground_attack_verbs")
#: Nouns of an attack whose bare generic people target gives way to the named place.
PLACE_ATTACK_NOUNS = words("place_attack_nouns")
#: Bare generic nouns of people ("civilians", "residents", "children"): no party of their own.
GENERIC_PEOPLE_NOUNS = words("generic_people_nouns")
#: Quantity heads that name a body of people when no "of" phrase follows ("a delegation").
COLLECTIVE_HEADS = words("collective_heads")
#: Prefixes of a hyphenated verb split off by the tokenizer ("test-fires").
HYPHEN_VERB_PREFIXES = words("hyphen_verb_prefixes")
#: Nouns plural without "-s" that take a plural verb ("Police arrest", "people march").
PLURAL_WITHOUT_S = words("plural_without_s")
#: State bodies an "in" phrase of a country makes the country's ("police in Bangladesh").
DOMESTIC_BODIES = words("domestic_bodies")
#: Bodies of a state that a city "in" phrase names as the city does ("the government in Kabul").
SEAT_BODIES = words("seat_bodies")
#: Modifiers that make such a body a region's own ("the state government in Munich").
SUBNATIONAL_MODIFIERS = words("subnational_modifiers")
#: Targets that are only where people live ("a building", "villages"): an attack on one in a
#: named place is on the place.
BARE_PLACE_TARGETS = words("bare_place_targets")
#: Words that make a "with" phrase a vehicle's load ("with 500 people on board").
ABOARD_WORDS = words("aboard_words")
#: Scale words of a count in millions ("1.1 mln passengers"): a figure, no participant.
COUNT_SCALES = words("count_scales")
#: Determiners of a subject that is anyone at all ("if a person or group acquires ...").
ANYONE_DETERMINERS = words("anyone_determiners")
#: People held by someone ("Hamas still has 59 hostages"): a count of them is no size.
CAPTIVE_NOUNS = words("captive_nouns")
#: Nouns of a ruling that "the" points back to its author ("will appeal the decision").
RULING_NOUNS = words("ruling_nouns")
#: Verbs of going against a ruling, whose author is the one gone against.
APPEALING_VERBS = words("appealing_verbs")
#: Nouns of ground forces hold, whose named place is where they move from or to.
HELD_POSITIONS = words("held_positions")
