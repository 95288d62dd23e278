"""The verb an event noun names: one relation for one act, whatever its form.

"Poland's expulsion of Russian diplomats" and "Poland expelled Russian diplomats"
state the same act; the relation read from the noun takes the noun's verb as its
lemma ("expel") and keeps the noun as written in its label ("expulsion").

:func:`verb_of` strips a derivational suffix with its usual stem changes and
accepts a candidate only if it is a verb of our vocabulary: the verb rows of the
shipped event tables (``extract/data/event_classes_cameo.tsv``, derived from the
CAMEO / Phoenix dictionaries, and ``extract/data/event_classes.tsv``) and the verb
lists of ``extract/data/words.txt``. Pairs the rules do not reach are listed in
``[irregular_nominals]`` of ``words.txt`` ("lawsuit" -> "sue").

It is meant for relation nouns, which are event nouns: it does not ask whether the
noun names an event ("government" would give "govern").

:func:`gerund_verb` and :func:`ment_verb` go by spelling alone, for the nouns whose
verb the vocabulary does not know ("the toppling of X", "the impeachment of X"); the
endings tried for a verb the event lexicon classes are
:data:`~actorgraph.extract.rules.nominal.CLASSED_NOMINALISATIONS`.

Examples
--------
>>> verb_of("expulsion"), verb_of("bombing"), verb_of("lawsuit")
('expel', 'bomb', 'sue')
>>> verb_of("attack") is None
True
"""

from __future__ import annotations

import functools

from actorgraph.extract.events import LAYERS, load_lexicon
from actorgraph.extract.lexicon import (
    IRREGULAR_NOMINALS,
    NOMINAL_PARTICLES,
    list_names,
    pairs,
    words,
)

__all__ = ["MIN_STEM", "SUFFIX_RULES", "gerund_verb", "ment_verb", "particle_verb",
           "relation_verb", "verb_of", "verb_vocabulary"]

#: The ending of a noun made from a verb by adding it to the verb ("impeachment").
_MENT = "ment"
#: Suffix -> the endings that may replace it, tried in order, longest suffix first.
SUFFIX_RULES: tuple[tuple[str, tuple[str, ...]], ...] = tuple(sorted((
    ("ulsion", ("el",)),                 # expulsion -> expel
    ("ension", ("end",)),                # suspension -> suspend
    ("ansion", ("and",)),                # expansion -> expand
    ("ention", ("ain", "ene")),          # detention -> detain, intervention -> intervene
    ("asion", ("ade",)),                 # invasion -> invade
    ("ision", ("ide",)),                 # decision -> decide
    ("usion", ("ude",)),                 # exclusion -> exclude
    ("ission", ("it",)),                 # admission -> admit
    ("ession", ("ess", "ede")),          # suppression -> suppress, concession -> concede
    ("rsion", ("rt",)),                  # conversion -> convert
    ("uction", ("uce", "oy")),           # reduction -> reduce, destruction -> destroy
    ("osition", ("ose",)),               # imposition -> impose
    ("uisition", ("uire",)),             # requisition -> require
    ("ition", ("ite", "ire", "ize", "ise", "")),  # extradition, recognition
    ("ification", ("ify",)),             # ratification -> ratify
    ("ication", ("icate", "y")),         # application -> apply
    ("ation", ("ate", "y", "")),         # mediation, occupation, deportation
    ("sation", ("se",)),                 # accusation -> accuse
    ("zation", ("ze",)),                 # mobilization -> mobilize
    ("itation", ("ite",)),               # invitation -> invite
    ("aration", ("are",)),               # declaration -> declare
    ("ution", ("ute",)),                 # prosecution -> prosecute
    ("etion", ("ete",)),                 # completion -> complete
    ("ion", ("",)),                      # rejection -> reject (not "station" -> "state")
    (_MENT, ("", "e")),                  # endorsement -> endorse, argument -> argue
    ("ial", ("y",)),                     # denial -> deny
    ("al", ("", "e")),                   # withdrawal -> withdraw, approval -> approve
    ("ure", ("e", "")),                  # seizure -> seize, failure -> fail
    ("ism", ("ize", "ise")),             # criticism -> criticize
    ("iance", ("y",)),                   # defiance -> defy
    ("ance", ("", "e", "ate")),          # assistance -> assist
    ("ence", ("", "e")),                 # interference -> interfere
    ("ery", ("", "e")),                  # robbery -> rob, bribery -> bribe
    ("y", ("", "e")),                    # delivery -> deliver, inquiry -> inquire
    ("ing", ("", "e")),                  # bombing -> bomb, kidnapping -> kidnap
), key=lambda rule: -len(rule[0])))
#: Vowels, for the spelling of a stem.
_VOWELS = frozenset("aeiou")
#: Final consonants of a stem that keep their doubling ("shelling", "pressing").
_KEPT_DOUBLES = frozenset("lsfz")
#: Last letters of a stem before "-ment" that make it no verb ("parliament", "document").
_NO_MENT_ENDS = _VOWELS - {"e"}
#: The irregular pairs of words.txt: noun -> verb.
_IRREGULAR = pairs(IRREGULAR_NOMINALS)
#: The fewest letters left of a noun without its suffix ("station" is no "st" + "ate").
MIN_STEM = 3


@functools.cache
def verb_vocabulary() -> frozenset[str]:
    """The one-word verbs the derived verbs must be in (built once).

    The first words of the verb rows of each layer of the event tables (whatever
    their class, including verbs an upper layer removes) and the words of the
    ``*_verbs`` lists of ``words.txt`` (a phrasal "rule_out" gives "rule").

    Examples
    --------
    >>> {"expel", "bomb", "recognize"} <= verb_vocabulary()
    True
    >>> "expulsion" in verb_vocabulary()
    False
    """
    vocabulary: set[str] = set()
    for layer in LAYERS:
        lexicon = load_lexicon((layer,))
        for lemma in (*lexicon.verbs, *lexicon.removed):
            vocabulary.add(lemma.split()[0])
    for name in list_names():
        if name.endswith("_verbs"):
            vocabulary.update(word.split("_")[0] for word in words(name))
    return frozenset(vocabulary)


def _stems(stem: str) -> tuple[str, ...]:
    """The stem, then the stem with a doubled final consonant undone ("kidnapp")."""
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in _VOWELS:
        return stem, stem[:-1]
    return (stem,)


@functools.cache
def verb_of(noun_lemma: str) -> str | None:
    """The verb an event noun names, or None if it names none we know.

    A noun that is itself a verb of the vocabulary stays ("attack", "arrest", "ban"):
    None. Otherwise the irregular pairs are looked up, then the suffix rules tried,
    longest suffix first; the first candidate in :func:`verb_vocabulary` wins.

    Parameters
    ----------
    noun_lemma : str
        The lemma of a relation noun, one word.

    Returns
    -------
    str or None
        The verb lemma, or None (no verb, or the noun is a verb itself).

    Examples
    --------
    >>> [verb_of(n) for n in ("seizure", "withdrawal", "denial", "criticism")]
    ['seize', 'withdraw', 'deny', 'criticize']
    >>> [verb_of(n) for n in ("detention", "destruction", "extradition", "kidnapping")]
    ['detain', 'destroy', 'extradite', 'kidnap']
    >>> verb_of("arrest") is None, verb_of("nation") is None
    (True, True)
    """
    noun = noun_lemma.lower()
    vocabulary = verb_vocabulary()
    if noun in vocabulary or " " in noun:
        return None
    if noun in _IRREGULAR:
        return _IRREGULAR[noun]
    for suffix, endings in SUFFIX_RULES:
        if not noun.endswith(suffix) or len(noun) - len(suffix) < MIN_STEM:
            continue
        for stem in _stems(noun[: -len(suffix)]):
            for ending in endings:
                if (verb := stem + ending) in vocabulary and verb != noun:
                    return verb
    return None


def relation_verb(lemma: str) -> str:
    """A noun relation's lemma with its head noun turned into its verb, if it has one.

    The head is the first word; the rest (a particle or preposition, "war on") stays.

    Examples
    --------
    >>> relation_verb("expulsion"), relation_verb("attack"), relation_verb("agreement deal")
    ('expel', 'attack', 'agree deal')
    >>> relation_verb("takeover"), relation_verb("shutdown")
    ('take over', 'shut down')
    """
    head, sep, rest = lemma.partition(" ")
    # "Roche's takeover of X" is a relation "take over", as "Roche took over X"
    verb = verb_of(head) or particle_verb(head)
    return lemma if verb is None else verb + sep + rest


def particle_verb(lemma: str) -> str | None:
    """The phrasal verb of a noun written as a verb and its particle in one word
    (:data:`~actorgraph.extract.lexicon.NOMINAL_PARTICLES`): "lockout" -> lock out,
    "shutdown" -> shut down, "breakup" -> break up; None unless the rest is a verb of the
    vocabulary (of three letters or more: "layout", "makeup" are no verbs' nouns here).

    Examples
    --------
    >>> [particle_verb(w) for w in ("walkout", "shutdown", "breakup", "takeover")]
    ['walk out', 'shut down', 'break up', 'take over']
    >>> particle_verb("layout") is None, particle_verb("clout") is None
    (True, True)
    """
    if " " in lemma or "-" in lemma:
        return None
    for particle in NOMINAL_PARTICLES:
        stem = lemma[:-len(particle)]
        if lemma.endswith(particle) and len(stem) >= MIN_STEM and stem in verb_vocabulary():
            return f"{stem} {particle}"
    return None


def gerund_verb(lemma: str) -> str | None:
    """The verb of a noun in "-ing" by English spelling, or None for another noun.

    By spelling alone, unlike :func:`verb_of`: it is meant for the nouns whose verb
    the vocabulary does not know (an unclassed noun made from a verb is its own
    relation, :func:`~actorgraph.extract.rules.nominal.nominal_triples`).

    A doubled final consonant is undone ("kidnapping" -> kidnap, but "shelling" ->
    shell); the silent "e" a verb drops before "-ing" comes back after a consonant and
    "l" ("toppling" -> topple), after "v", "c", "dg", "rg" and "uir" ("shelving",
    "forcing", "judging", "merging", "acquiring"), and after one vowel and one
    consonant in a stem of one syllable ("voting" -> vote, whose "t" would otherwise be
    doubled); any other stem is the verb ("grounding" -> ground, "storming" -> storm).

    Examples
    --------
    >>> [gerund_verb(w) for w in ("toppling", "grounding", "kidnapping", "shelling")]
    ['topple', 'ground', 'kidnap', 'shell']
    >>> [gerund_verb(w) for w in ("voting", "storming", "forcing", "sidelining")]
    ['vote', 'storm', 'force', None]
    >>> gerund_verb("impeachment") is None, gerund_verb("spring") is None
    (True, True)
    """
    if not lemma.endswith("ing") or " " in lemma:
        return None
    stem = lemma[:-3]
    groups = sum(1 for i, ch in enumerate(stem)
                 if ch in _VOWELS and (i == 0 or stem[i - 1] not in _VOWELS))
    if len(stem) < MIN_STEM or not groups or not stem.isalpha():
        return None
    last, before = stem[-1], stem[-2]
    if last == before and last not in _VOWELS:
        return stem if last in _KEPT_DOUBLES else stem[:-1]
    if ((last == "l" and before not in _VOWELS) or last in "vc" and stem[-2:] != "ck"
            or stem.endswith(("dg", "rg", "uir"))
            or (last in "sz" and before in _VOWELS and stem[-3] in _VOWELS)):
        return stem + "e"
    if last not in _VOWELS and before in _VOWELS and (len(stem) < 3 or stem[-3] not in _VOWELS):
        # one vowel, one consonant: a stem of one syllable drops an "e" ("voting"); a
        # longer one may or may not ("visiting", "sidelining"): no verb
        if groups > 1:
            return None
        return stem if last in "wxy" else stem + "e"
    return stem


def ment_verb(lemma: str) -> str | None:
    """The verb of a noun in "-ment" by English spelling, or None for another noun.

    The verb is the noun without its ending ("impeachment" -> impeach,
    "reinstatement" -> reinstate, "payment" -> pay), with the silent "e" back after
    "dg" ("judgment" -> judge); a stem that ends in another vowel is no verb
    ("parliament", "tournament", "document").

    By spelling alone, as :func:`gerund_verb`, for the nouns whose verb the vocabulary
    does not know; so stricter than the "ment" rule of :data:`SUFFIX_RULES`, which
    may add an "e" to any stem because :func:`verb_of` keeps only a verb of the
    vocabulary ("argument" -> argue there, nothing here).

    Examples
    --------
    >>> [ment_verb(w) for w in ("reinstatement", "impeachment", "harassment", "judgment")]
    ['reinstate', 'impeach', 'harass', 'judge']
    >>> ment_verb("parliament") is None, ment_verb("document") is None, ment_verb("toppling")
    (True, True, None)
    """
    if not lemma.endswith(_MENT) or " " in lemma:
        return None
    stem = lemma[:-len(_MENT)]
    if len(stem) < MIN_STEM or not stem.isalpha() or stem[-1] in _NO_MENT_ENDS:
        return None
    return stem + "e" if stem.endswith("dg") else stem
