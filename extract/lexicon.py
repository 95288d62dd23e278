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
    "ADJUNCT_PREPS",
    "AIM_VERBS",
    "ASPECTUAL_VERBS",
    "CAUSATIVE_VERBS",
    "CITY_HEADS",
    "CLAIM_NOUNS",
    "COUNTRY_HEADS",
    "DATIVE_PREPS",
    "DENIAL_VERBS",
    "DESTINATION_NOUNS",
    "DOUBLE_OBJECT_VERBS",
    "FAILURE_VERBS",
    "IN_PLACE_PREPS",
    "LEADER_ROLES",
    "LAUNCH_VERBS",
    "LIGHT_VERBS",
    "MEMBER_ROLES",
    "MODIFIER_VERBS",
    "NEGATIVE_ADJECTIVES",
    "NON_PARTICIPANT_TYPES",
    "NOUN_TARGET_PREPS",
    "OBJECT_PCOMP_PREPS",
    "PARTNER_PREPS",
    "PATIENT_NOUNS",
    "PLACE_HEADS",
    "PLACE_PREPS",
    "PLACE_TYPES",
    "POSSESSED_HEADS",
    "PREVENTING_VERBS",
    "RECEIVE_VERBS",
    "RECIPIENT_NOUNS",
    "RECIPROCAL_NOUNS",
    "ROLE_WORDS",
    "SEQUENCE_VERBS",
    "SUBJECT_PCOMP_PREPS",
    "SUBORDINATE_WORDS",
    "SURFACE_PLACE_PREPS",
    "TRANSFER_VERBS",
    "ALLEGING_SOURCES",
    "INTENT_VERBS",
    "PERCEPTION_VERBS",
    "QUANTITY_HEADS",
    "VAGUE_HEADS",
    "list_names",
    "words",
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
#: Prepositions whose object is a participant even when it names no entity.
DATIVE_PREPS = words("dative_preps")
#: Prepositions of an event noun that introduce its target.
NOUN_TARGET_PREPS = words("noun_target_preps")
#: Prepositions that introduce a partner, not a target, except after a reciprocal noun.
PARTNER_PREPS = words("partner_preps")
#: Events done with or between partners ("talks with", "war with").
RECIPROCAL_NOUNS = words("reciprocal_nouns")
#: Verbs that only carry an event noun ("launched strikes"): the noun is the relation.
LIGHT_VERBS = words("light_verbs")
#: Verbs that bring about an event noun: "ordered an attack" keeps the attack as relation.
CAUSATIVE_VERBS = words("causative_verbs")
#: Verbs whose infinitive happened: "began to withdraw" is a withdrawal.
ASPECTUAL_VERBS = words("aspectual_verbs")
#: Verbs whose infinitive did not happen: "failed to reach" is a negated reach.
FAILURE_VERBS = words("failure_verbs")
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
#: Launch verbs whose "at" phrase is a target even after an object ("fired missiles at X").
AIM_VERBS = words("aim_verbs")
#: Predicate adjectives that deny their infinitive ("unwilling to").
NEGATIVE_ADJECTIVES = words("negative_adjectives")
#: Verbs whose infinitive or gerund is only intended ("plans to leave").
INTENT_VERBS = words("intent_verbs")
#: Verbs whose gerund complement is seen happening ("was pictured wearing").
PERCEPTION_VERBS = words("perception_verbs")
#: Common nouns too vague to stand alone as a participant ("his plan").
#: Verbs that deny their complement ("denied firing at Y", "denied that X shelled Y").
DENIAL_VERBS = words("denial_verbs")
#: Nouns whose "that" clause is what is claimed ("reports that X armed Y").
CLAIM_NOUNS = words("claim_nouns")
#: Verbs that only order events in time ("X's visit followed the talks").
SEQUENCE_VERBS = words("sequence_verbs")
#: Facilities, offices and envoys that stand for their named owner ("X's embassy").
POSSESSED_HEADS = words("possessed_heads")
#: Heads that quantify the phrase after "of" ("thousands of rockets").
QUANTITY_HEADS = words("quantity_heads")
VAGUE_HEADS = words("vague_heads")
#: Sources whose report is an allegation ("according to prosecutors").
ALLEGING_SOURCES = words("alleging_sources")
