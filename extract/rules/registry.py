"""Every extraction pattern, declared once.

A :class:`Pattern` names a construction the rules read, the confidence of a
triple it gives, whether it states a standing relation rather than an event
(``stative``), the module of :mod:`extract.rules` that implements it, and an
example. The confidence table and the stative set of the pipeline, the README
pattern table (:func:`markdown_table`) and the ontology's list of pattern
terms are derived from :data:`PATTERNS` or checked against it by the tests.

Examples
--------
>>> PATTERNS["svo"].confidence
0.9
>>> sorted(STATIVE_PATTERNS)
['appos', 'modifier', 'title']
>>> print(markdown_table().splitlines()[2])
| `svo` active clause | Israel assassinated Shukr | 0.9 |
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "PATTERNS",
    "PATTERN_CONFIDENCE",
    "STATIVE_PATTERNS",
    "Pattern",
    "markdown_table",
]


@dataclass(frozen=True)
class Pattern:
    """One extraction pattern.

    ``summary`` says what construction it reads, ``example`` shows a sentence
    and (after "→") what it gives; ``family`` is the module of
    :mod:`extract.rules` whose extractor yields it.
    """

    name: str
    confidence: float
    family: str
    summary: str
    example: str
    stative: bool = False


_DECLARED = (
    Pattern("svo", 0.9, "verbal", "active clause", "Israel assassinated Shukr"),
    Pattern("passive", 0.85, "verbal", "with a `by` agent",
            "Shukr was killed by Israel → Israel kill Shukr"),
    Pattern("appos", 0.85, "roles", "role in apposition",
            "Ismail Haniyeh, the political leader of Hamas → leader of", stative=True),
    Pattern("prep", 0.8, "verbal", "verb + preposition",
            "Israel responded to the attack → respond to"),
    Pattern("inherited", 0.8, "verbal", "shared subject",
            "Hamas accused Israel ... and vowed revenge"),
    Pattern("title", 0.8, "roles", "role in a title",
            "Hezbollah commander Fuad Shukr → member of (commander); Biden nominated Lloyd "
            "Austin as Secretary of Defense → member of (secretary, hedged)", stative=True),
    Pattern("participle", 0.75, "verbal", "participle, relative clause or -ing adjunct",
            "hostages abducted by Hamas; militants who attacked the base; Hamas invaded "
            "Israel, killing 1,200 people → Hamas kill people"),
    Pattern("instrument", 0.7, "verbal", "a weapon as the subject stands for its sender",
            "rockets fired by Hamas struck Ashkelon → Hamas strike Ashkelon"),
    Pattern("recipient", 0.75, "verbal", "who is given something",
            "tanks were delivered to Ukraine by Germany → Germany deliver Ukraine; "
            "gave Hamas money → Qatar give Hamas"),
    Pattern("support-verb", 0.75, "verbal", "event noun after a support verb",
            "Khamenei ordered a direct attack against Israel → attack (\"order attack\"); "
            "Russia was hit with sanctions by the EU → EU sanction Russia; Kyiv came under "
            "attack from Russia → Russia attack Kyiv; X claimed responsibility for the attack "
            "on Y → X attack Y"),
    Pattern("modifier", 0.75, "nominal", "hyphenated backer",
            "Iranian-backed Hezbollah → Iran back Hezbollah", stative=True),
    Pattern("control", 0.7, "verbal", "subject of an infinitive or of an accused gerund",
            "urged Washington to put pressure on Israel → Washington pressure Israel; "
            "accused Ukraine of shelling the plant → Ukraine shell plant (hedged)"),
    Pattern("complement", 0.7, "complements",
            "what an actor threatens, promises, refuses, is ready or plans to do",
            "Israel threatened to ban voting in East Jerusalem → threaten to ban (in)"),
    Pattern("demand", 0.7, "complements", "whom a demand is made of",
            "the PRC demanded that the US cancel plans → PRC demand US"),
    Pattern("reaction", 0.7, "verbal", "whose proposal is rejected or welcomed",
            "Berlin rejected calls by Belarus's rulers → reject call → Belarus; Hamas fired "
            "rockets ... Egypt condemned the attack → condemn attack → Hamas"),
    Pattern("nominal", 0.7, "nominal", "event noun with its own agent",
            "Israel's strike on Gaza; Turkish airstrikes on Syria; Y's killing by X → X kill Y; "
            "clashes between X and Y → X clash Y; X marched in protest against Y → X protest Y"),
    Pattern("nominal-place", 0.6, "nominal", "an attack whose target is only its place",
            "an attack by Hezbollah in Lebanon killed 12 children playing in the town of "
            "Majdal Shams → Hezbollah attack Majdal Shams"),
    Pattern("nominal-cause", 0.6, "nominal", "the agent of an event noun that does something",
            "an attack by Hezbollah killed twelve children → Hezbollah kill children"),
    Pattern("converse", 0.7, "verbal", "the giver of what is taken",
            "the mayor took bribes from Odebrecht → Odebrecht bribe mayor"),
    Pattern("attribution", 0.6, "verbal", "the doer a blame or claim names for an act told before",
            "Gunmen killed eight officers. The army blames Ansaroul Islam → Ansaroul Islam kill "
            "officers (hedged); ... Al-Shabaab claimed responsibility → Al-Shabaab kill ...; "
            "... police said X was behind the attack → X kill ... (hedged)"),
    Pattern("place", 0.55, "verbal", "a place as the only named participant (not a town or "
            "province where a thing of its own is attacked on the ground)",
            "Serbia lifted a night curfew in Montenegro → lift curfew in Montenegro (but "
            "raided a house in the town of X → raid house, place X)"),
)

#: The patterns by name, in the order of the README table (by confidence).
PATTERNS: dict[str, Pattern] = {p.name: p for p in _DECLARED}
#: Confidence of each pattern.
PATTERN_CONFIDENCE: dict[str, float] = {p.name: p.confidence for p in _DECLARED}
#: Patterns that state a standing relation, not an event in time.
STATIVE_PATTERNS = frozenset(p.name for p in _DECLARED if p.stative)


def markdown_table() -> str:
    """The README's pattern table: pattern, example, confidence."""
    rows = ["| pattern | example | confidence |", "|---|---|---|"]
    rows += [f"| `{p.name}` {p.summary} | {p.example} | {p.confidence:g} |"
             for p in sorted(_DECLARED, key=lambda p: -p.confidence)]
    return "\n".join(rows) + "\n"
