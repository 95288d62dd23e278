"""The extractor's word lists, each in one place.

The lists live in ``extract/data/words.txt`` (a section ``[name]`` per list,
with a comment saying what it is for); this module reads them once and names
them. Rules, actor resolution, coreference and context all import from here,
so a word added to a list is added everywhere the list is used. Lists derived
from others (:data:`PLACE_PREPS`, :data:`CITY_HEADS`, :data:`ROLE_WORDS`) are
derived here, not copied.

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

__all__ = [
    "ABANDONING_VERBS",
    "ADJUNCT_PREPS",
    "AGENT_NOUNS",
    "AIM_VERBS",
    "ALLEGING_SOURCES",
    "ALLEGING_VERBS",
    "APPEAL_VERBS",
    "APPOINTING_VERBS",
    "ASPECTUAL_VERBS",
    "ATTEMPT_NOUNS",
    "BELIEF_NOUNS",
    "CAUSATIVE_VERBS",
    "CESSATION_VERBS",
    "CITY_HEADS",
    "CLAIM_NOUNS",
    "CONDITIONAL_MARKS",
    "COUNTRY_HEADS",
    "DATIVE_PREPS",
    "DENIAL_VERBS",
    "DENIAL_VERBS",
    "DESTINATION_NOUNS",
    "DOUBLE_OBJECT_VERBS",
    "FAILURE_VERBS",
    "FEMALE_WORDS",
    "GROUP_NOUNS",
    "HEDGING_ADJECTIVES",
    "HEDGING_MODIFIERS",
    "HOLDING_VERBS",
    "IMPLICATIVE_ADJECTIVES",
    "IMPLICATIVE_OBJECT_VERBS",
    "IMPRESSION_VERBS",
    "INTENTION_NOUNS",
    "INTENT_VERBS",
    "IN_PLACE_PREPS",
    "JUDGING_VERBS",
    "LAUNCH_VERBS",
    "LEADER_ROLES",
    "LIGHT_VERBS",
    "LODGING_VERBS",
    "MALE_WORDS",
    "MANDATING_VERBS",
    "MOVING_VERBS",
    "MEMBER_ROLES",
    "MODIFIER_VERBS",
    "NAMING_VERBS",
    "NEGATIVE_ADJECTIVES",
    "NOMINATING_VERBS",
    "NON_PARTICIPANT_TYPES",
    "NOUN_TARGET_PREPS",
    "OBJECT_NOUN_PREPS",
    "OBJECT_PCOMP_PREPS",
    "OUTCOME_VERBS",
    "OWNING_VERBS",
    "PARTNER_PREPS",
    "PATIENT_NOUNS",
    "PENDING_MARKS",
    "PERCEPTION_VERBS",
    "PERSUADING_VERBS",
    "PLACE_HEADS",
    "PLACE_PREPS",
    "PLACE_TYPES",
    "PLAN_NOUNS",
    "POSSESSED_HEADS",
    "PREPOSITIONAL_VERBS",
    "PREVENTING_VERBS",
    "QUANTITY_HEADS",
    "REALIZED_VERBS",
    "RECEIVE_VERBS",
    "RECIPIENT_NOUNS",
    "RECIPROCAL_NOUNS",
    "RECIPROCAL_VERBS",
    "REFUSAL_NOUNS",
    "REFUSAL_VERBS",
    "ROLE_WORDS",
    "SEQUENCE_VERBS",
    "SUBJECT_PCOMP_PREPS",
    "SUBORDINATE_WORDS",
    "SURFACE_PLACE_PREPS",
    "TRANSFER_VERBS",
    "UNREALISING_MODIFIERS",
    "UNREALISING_VERBS",
    "VAGUE_HEADS",
    "WARNING_VERBS",
    "WISH_SUBJECTS",
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


#: Entity types of places.
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
#: Entity types that are never participants.
NON_PARTICIPANT_TYPES = frozenset({
    "DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"})

#: Heads that name a place when an entity modifies them ("the town of X").
PLACE_HEADS = words("place_heads")
#: Heads of descriptions that refer to a country ("the country", "the regime").
COUNTRY_HEADS = words("country_heads")
#: Place heads that are never a country ("the town", "the province"); "state" may be either.
CITY_HEADS = PLACE_HEADS - COUNTRY_HEADS - {"state"}
#: Prepositions that put an event inside a place.
IN_PLACE_PREPS = words("in_place_preps")
#: Prepositions that introduce the place of a clause (inside it, near it or across it).
PLACE_PREPS = IN_PLACE_PREPS | words("near_place_preps")
#: Prepositions of a place only further down an event noun ("on a football field").
SURFACE_PLACE_PREPS = words("surface_place_preps")
#: Verbs that give a person a role ("appointed X as Secretary of Defense").
APPOINTING_VERBS = words("appointing_verbs")
#: Appointing verbs whose role is not yet held ("nominated X as ...").
NOMINATING_VERBS = words("nominating_verbs")
#: Verbs whose "responsibility for" an event is blame taken, not a claim of the deed.
OWNING_VERBS = words("owning_verbs")
#: Role nouns that make their holder the leader of an organisation or country.
LEADER_ROLES = words("leader_roles")
#: Role nouns that make their holder a member.
MEMBER_ROLES = words("member_roles")
#: All role nouns.
ROLE_WORDS = LEADER_ROLES | MEMBER_ROLES
#: Words that make a leadership role a subordinate one ("deputy director").
SUBORDINATE_WORDS = words("subordinate_words")
#: Prepositions that introduce time, place or manner, not a participant.
ADJUNCT_PREPS = words("adjunct_preps")
#: Verbs whose "by" introduces their object ("abide by the accords").
PREPOSITIONAL_VERBS = words("prepositional_verbs")
#: Prepositions whose object is a participant even when it names no entity.
DATIVE_PREPS = words("dative_preps")
#: Prepositions of an event noun that introduce its target.
NOUN_TARGET_PREPS = words("noun_target_preps")
#: Prepositions of a verb's object noun whose named object the act is aimed at.
OBJECT_NOUN_PREPS = words("object_noun_preps")
#: Verbs whose object noun's "with" is the addressee ("lodged a protest with X").
LODGING_VERBS = words("lodging_verbs")
#: Prepositions that introduce a partner, not a target, except after a reciprocal noun.
PARTNER_PREPS = words("partner_preps")
#: Events done with or between partners ("talks with", "war with").
RECIPROCAL_NOUNS = words("reciprocal_nouns")
#: Verbs done between partners ("Putin and Erdogan met").
RECIPROCAL_VERBS = words("reciprocal_verbs")
#: Verbs that only carry an event noun ("launched strikes"): the noun is the relation.
LIGHT_VERBS = words("light_verbs")
#: Verbs that bring about an event noun: "ordered an attack" keeps the attack as relation.
CAUSATIVE_VERBS = words("causative_verbs")
#: Verbs whose infinitive happened: "began to withdraw" is a withdrawal.
ASPECTUAL_VERBS = words("aspectual_verbs")
#: Verbs whose infinitive did not happen: "failed to reach" is a negated reach.
FAILURE_VERBS = words("failure_verbs")
#: Verbs whose complement is stated as not having happened ("denied attacking X").
DENIAL_VERBS = words("denial_verbs")
#: Verbs whose gerund is no longer done ("stopped recognising X").
CESSATION_VERBS = words("cessation_verbs")
#: Verbs whose infinitive did not happen, though the refusal did ("refused to release X").
REFUSAL_VERBS = words("refusal_verbs")
#: Nouns whose holder's infinitive did not happen ("Russia's refusal to extradite X").
REFUSAL_NOUNS = words("refusal_nouns")
#: Modifiers of an event noun that say it did not happen ("a foiled attack").
UNREALISING_MODIFIERS = words("unrealising_modifiers")
#: Verbs whose event noun object did not happen ("foiled an attack on X").
UNREALISING_VERBS = words("unrealising_verbs")
#: Heads that make a compounded event noun an unsuccessful attempt ("assassination attempt").
ATTEMPT_NOUNS = words("attempt_nouns")
#: Modifiers of an event noun that make it uncertain or unrealised ("an alleged attack").
HEDGING_MODIFIERS = words("hedging_modifiers")
#: Heads that make a compounded event noun only planned ("an assassination plot").
PLAN_NOUNS = words("plan_nouns")
#: Nouns whose infinitive their holder means to do ("has no plans to acquire X").
INTENTION_NOUNS = words("intention_nouns")
#: Verbs whose subject holds the intention noun they take ("announced plans to buy X").
HOLDING_VERBS = words("holding_verbs")
#: Holding verbs that give the intention up ("dropped its bid to buy X").
ABANDONING_VERBS = words("abandoning_verbs")
#: Subordinators of a conditional clause ("if", "unless").
CONDITIONAL_MARKS = words("conditional_marks")
#: Subordinators of a clause not yet happened when planned or present ("until X joins").
PENDING_MARKS = words("pending_marks")
#: Predicate adjectives whose "that" clause is only possible ("it is possible that").
HEDGING_ADJECTIVES = words("hedging_adjectives")
#: Nouns of opinion whose clause is only believed ("my understanding is that").
BELIEF_NOUNS = words("belief_nouns")
#: Verbs whose object did the infinitive ("forced X to leave", "persuaded X to sign").
IMPLICATIVE_OBJECT_VERBS = words("implicative_object_verbs")
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
#: Event nouns whose "for" or "to" phrase is the recipient ("aid for Y").
RECIPIENT_NOUNS = words("recipient_nouns")
#: Event nouns whose possessor is the one it is done to ("Y's killing by X").
PATIENT_NOUNS = words("patient_nouns")
#: Other verbs whose first of two objects gets (or is denied) the second ("left X a loophole").
DOUBLE_OBJECT_VERBS = words("double_object_verbs")
#: Verbs whose "from" gerund did not happen ("refrained from criticising X").
PREVENTING_VERBS = words("preventing_verbs")
#: Prepositions whose gerund shares the subject of its verb ("retaliated by firing").
SUBJECT_PCOMP_PREPS = words("subject_pcomp_preps")
#: Prepositions whose gerund takes the verb's object as subject ("accused X of killing").
OBJECT_PCOMP_PREPS = words("object_pcomp_preps")
#: Verbs of judging someone for a deed: the object did the "for" gerund
#: ("arrested X for killing Y").
JUDGING_VERBS = words("judging_verbs")
#: Group nouns that do the event noun they modify ("an Arab coalition airstrike").
GROUP_NOUNS = words("group_nouns")
#: Launch verbs whose "at" phrase is a target even after an object ("fired missiles at X").
AIM_VERBS = words("aim_verbs")
#: Predicate adjectives that deny their infinitive ("unwilling to").
NEGATIVE_ADJECTIVES = words("negative_adjectives")
#: Predicate adjectives whose infinitive happened or, negative, did not ("was able to").
IMPLICATIVE_ADJECTIVES = words("implicative_adjectives")
#: Verbs whose "of"/"with" noun is only held out to their object ("warned X of measures").
WARNING_VERBS = words("warning_verbs")
#: Verbs whose infinitive or gerund is only intended ("plans to leave").
INTENT_VERBS = words("intent_verbs")
#: Verbs whose clause complement is only required or wished ("demanded that X leave").
MANDATING_VERBS = words("mandating_verbs")
#: Verbs whose object is pressed or let to do what their infinitive says ("forced X to
#: retreat"), with :data:`MANDATING_VERBS` the verbs of object control.
PERSUADING_VERBS = words("persuading_verbs")
#: Verbs that move their object from or into a state or place ("removed X from power").
MOVING_VERBS = words("moving_verbs")
#: Verbs whose "for" object is only asked for ("called for talks").
APPEAL_VERBS = words("appeal_verbs")
#: Verbs whose gerund complement is seen happening ("was pictured wearing").
PERCEPTION_VERBS = words("perception_verbs")
#: Common nouns too vague to stand alone as a participant ("his plan").
#: Nouns whose "that" clause is what is claimed ("reports that X armed Y").
CLAIM_NOUNS = words("claim_nouns")
#: Verbs that only order events in time ("X's visit followed the talks").
SEQUENCE_VERBS = words("sequence_verbs")
#: Verbs whose preposition takes a clause with its own subject ("leading to the state using").
OUTCOME_VERBS = words("outcome_verbs")
#: Facilities, offices and envoys that stand for their named owner ("X's embassy").
POSSESSED_HEADS = words("possessed_heads")
#: Heads that quantify the phrase after "of" ("thousands of rockets").
QUANTITY_HEADS = words("quantity_heads")
VAGUE_HEADS = words("vague_heads")
#: Sources whose report is an allegation ("according to prosecutors").
ALLEGING_SOURCES = words("alleging_sources")
#: Titles and kin or role nouns of a man ("Mr", "son") and of a woman ("Mrs", "wife").
MALE_WORDS = words("male_words")
FEMALE_WORDS = words("female_words")
#: Verbs whose own act happened though their infinitive did not ("refused to hand over").
REALIZED_VERBS = words("realized_verbs")
#: Verbs whose "of"/"for"/"with" gerund is only alleged ("accused of shelling").
ALLEGING_VERBS = words("alleging_verbs")
#: Singular common nouns of a person who acts ("suspect", "driver"), beside the CAMEO agents.
AGENT_NOUNS = words("agent_nouns")
#: Verbs that say what their object is ("called the investigation a witch hunt").
NAMING_VERBS = words("naming_verbs")


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
