"""Readings of participle and event-noun triples that the sentence does not support.

The ``participle`` pattern reads a subject into a clause that has none of its own
("..., citing the collapse in share prices", "troops backed by helicopter gunships",
"speaking to reporters, X said"); these checks, run on a resolved triple by
:func:`extract.pipeline._triple`, drop or re-class the readings whose result an analyst
would not accept:

- :func:`machine_agent`: a weapon or vehicle of war as the agent of a passive participle
  ("troops backed by helicopter gunships" is no gunship backing anyone);
- :func:`person_pronoun_thing`: "them" resolved to a thing ("imposed sanctions on three
  officials, accusing them of abuses" accuses no sanctions);
- :func:`cut_object`: an object whose head means nothing without the complement the
  label leaves out ("citing the collapse in share prices" shown as "cite collapse");
- :func:`bare_object`: an event noun's object that is a bare common noun says nothing
  of whom or what a stance or talk was about ("Beijing's criticism of the decision",
  "Biden's support for the bill");
- :func:`medium_object`: a platform an event noun's act was done on is no party to it
  ("Warren's endorsement on Twitter" endorses no Twitter);
- :func:`interview_class`: speaking to the press is a statement made public, not a
  meeting (CONSULT);
- :func:`measure_class`: what sanctions or tariffs "target" is sanctioned, not attacked;
- :func:`goal_class`: fighting for a cause fights no one, and evidence given to no one
  ("claimed X, without providing evidence") is no cooperation.

Examples
--------
>>> import spacy
>>> from spacy.tokens import Doc
>>> words = ["troops", "backed", "by", "helicopter", "gunships"]
>>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[0, 0, 1, 4, 2],
...           deps=["ROOT", "acl", "agent", "compound", "pobj"],
...           pos=["NOUN", "VERB", "ADP", "NOUN", "NOUN"],
...           lemmas=["troop", "back", "by", "helicopter", "gunship"])
>>> war_machine(doc[4]), war_machine(doc[0])
(True, False)
"""

from __future__ import annotations

from collections.abc import Callable

from actorgraph.extract.actors import concept_complement
from actorgraph.extract.lexicon import (
    ACCUSING_VERBS,
    BROADCAST_MEDIA,
    CITING_VERBS,
    MANDATING_VERBS,
    MEDIA_WORDS,
    MEDIUM_PREPS,
    PERSUADING_VERBS,
    PLATFORM_NAMES,
    PRESS_NOUNS,
    PROOF_NOUNS,
    QUANTITY_HEADS,
    REPORTING_VERBS,
    SPEAKING_VERBS,
    WAR_MACHINES,
)
from actorgraph.extract.tree import kids
from actorgraph.extract.vague import people_lemma
from spacy.tokens import Token

__all__ = ["bare_object", "cut_object", "goal_class", "interview_class", "machine_agent",
           "machine_backed", "machine_class", "measure_class", "medium_object",
           "person_pronoun_thing", "war_machine"]

#: Dependencies of the children of a noun that say which one it is.
_NAMING_DEPS = frozenset({"compound", "nmod", "poss"})
#: Dependencies of a noun's complement that its label may leave out (an infinitive may be
#: parsed as a relative clause: "a proposed treaty to eliminate missiles").
_COMPLEMENT_DEPS = frozenset({"prep", "acl", "relcl"})
#: Prepositions whose phrase completes an abstract head ("the collapse in share prices",
#: "a premium over the price", "his claim to the throne").
_COMPLEMENT_PREPS = frozenset({"in", "on", "over", "to", "for", "against", "about", "of",
                               "with", "into"})
#: The noun a machine's name may have before "fighter" ("jet fighters").
_FIGHTER = "fighter"
#: Classes that a reading of speaking to the press cannot have.
_MEETING = "CONSULT"
#: The verb of aiming a measure at someone.
_TARGET = "target"
#: Dependencies and prepositions of whom something is given to.
_RECIPIENT_PREPS = frozenset({"to", "with"})
#: Classes of acts done to a thing by force, whose bare object is still what was hit,
#: seized or banned ("an Israeli strike on a building", "Iran's seizure of the tanker").
_PHYSICAL_CLASSES = frozenset({"ASSAULT", "FIGHT", "COERCE", "SANCTION", "MOBILIZE"})
#: Dependencies of the children that leave a noun bare ("the", "her", "all").
_BARE_DEPS = frozenset({"det", "poss", "predet", "case"})
#: Pronouns of people: what they stand for is someone.
_PERSON_PRONOUNS = frozenset({"him", "her", "them"})
#: The relation of fighting for a goal.
_FIGHT_FOR = "fight for"
#: Event classes of a measure that sanctions.
_MEASURE_CLASSES = frozenset({"SANCTION", "COERCE"})


def war_machine(head: Token) -> bool:
    """Whether a common noun is a weapon or vehicle of war (:data:`WAR_MACHINES`):
    "gunships", "air force planes", "jet fighters" (but "fighters" alone are people)."""
    if head.pos_ != "NOUN" or head.ent_type_:
        return False
    lemma = head.lemma_.lower()
    if lemma == _FIGHTER:
        return any(c.dep_ == "compound" and c.lemma_.lower() in WAR_MACHINES
                   for c in kids(head))
    return lemma in WAR_MACHINES or head.lower_ in WAR_MACHINES


def machine_agent(pattern: str, subject: Token, predicate: Token, is_concept: bool) -> bool:
    """Whether a participle triple's subject is a weapon or vehicle of war, named by a
    common noun, that is the agent ("by") of a passive participle: "troops backed by
    helicopter gunships and jet fighters", "a convoy escorted by warplanes". A machine
    does not back or escort anyone; whose it is the clause does not say, so the triple
    is dropped. The subject of an active clause is kept ("U.S. Army helicopters attacked
    the ship, killing three Iranians": its crew acted, and the text names no one else),
    and so is a machine whose nationality names its side (:func:`machine_class`).
    """
    return is_concept and machine_backed(pattern, subject, predicate)


def machine_backed(pattern: str, subject: Token, predicate: Token) -> bool:
    """Whether a participle triple's subject is a weapon or vehicle of war (:func:`war_machine`)
    that is the agent of a passive participle, alone or in a list ("backed by helicopter
    gunships and jet fighters")."""
    if pattern != "participle" or predicate.tag_ != "VBN":
        return False
    first = subject
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head  # "backed by helicopter gunships and jet fighters"
    return first.dep_ == "pobj" and first.head.dep_ == "agent" and war_machine(subject)


def machine_class(event_class: str | None, pattern: str, subject: Token,
                  predicate: Token) -> str | None:
    """The class of backing by a side's war machines: none.

    "Sudan's army, backed by Egyptian warplanes, retook the capital": Egypt backs the
    army, but with arms in battle, which is no statement of support (SUPPORT); what
    it is the clause does not say. Other relations keep ``event_class``.
    """
    return None if event_class is not None and machine_backed(pattern, subject, predicate) \
        else event_class


def person_pronoun_thing(pattern: str, lemma: str, obj: Token, via: str, label: str,
                         is_concept: bool, is_event_noun: Callable[[str], bool]) -> bool:
    """Whether a participle triple's object is "him", "her" or "them", the object of a
    verb done to people, resolved to an event.

    "The United States imposed sanctions on three Iranian officials, accusing them of
    abuses": the participle's "them" is the officials, but coreference took the
    sanctions; a pronoun of people after a verb of accusing, urging or pressing
    (:data:`~extract.lexicon.ACCUSING_VERBS`, :data:`~extract.lexicon.MANDATING_VERBS`,
    :data:`~extract.lexicon.PERSUADING_VERBS`) resolved to a common noun whose head is an
    event noun (``is_event_noun``: sanctions, attacks, talks) is no one the act was done
    to, so the triple is dropped ("sued three pharmacy benefit managers, accusing them"
    is kept, and so is "launched attacks, describing them as retaliation").

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["accusing", "them"])
    >>> events = {"sanction", "attack"}.__contains__
    >>> person_pronoun_thing("participle", "accuse", doc[1], "pronoun", "sanctions", True, events)
    True
    >>> person_pronoun_thing("participle", "accuse", doc[1], "pronoun", "managers", True, events)
    False
    >>> person_pronoun_thing("participle", "describe", doc[1], "pronoun", "attacks", True, events)
    False
    """
    verb = lemma.split(" ", 1)[0]
    if (pattern != "participle" or not is_concept or via != "pronoun"
            or obj.lower_ not in _PERSON_PRONOUNS or not label
            or verb not in ACCUSING_VERBS | MANDATING_VERBS | PERSUADING_VERBS):
        return False
    words = label.split(" of ", 1)[0].split()
    if not words:
        return False
    word = words[-1].lower()
    singular = word[:-3] + "y" if word.endswith("ies") else word.removesuffix("s")
    return is_event_noun(word) or is_event_noun(singular)


def cut_object(pattern: str, lemma: str, obj: Token, is_concept: bool) -> bool:
    """Whether a participle triple's object is a bare noun cut from its complement, for a
    verb whose object is the point of what was said or done (:data:`~extract.lexicon.
    CITING_VERBS`: cite, insist on, offer, focus on; ``lemma`` is the relation's).

    "..., citing the collapse in share prices" is shown as "cite collapse", "insisting
    on an agreement to limit SDI" as "insist on agreement", "offering a premium of 22
    pct" as "offer premium": the head alone (no name, compound or possessive noun before
    it) says nothing of what was cited, demanded or offered, and its complement (a
    prepositional phrase or an infinitive right after it) is not in the label
    (:func:`~extract.actors.concept_complement` keeps the short ones: "a drop in
    operating profit"). People ("killing 14 people in Gaza"), quantities of what follows
    ("a group of banks") and names are kept.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["citing", "the", "collapse", "in", "prices", "and", "Iran", "'s", "veto"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[0, 2, 0, 2, 3, 2, 8, 6, 2],
    ...           deps=["ROOT", "det", "dobj", "prep", "pobj", "cc", "poss", "case", "conj"],
    ...           pos=["VERB", "DET", "NOUN", "ADP", "NOUN", "CCONJ", "PROPN", "PART",
    ...                "NOUN"], lemmas=["cite", "the", "collapse", "in", "price", "and",
    ...                                 "Iran", "'s", "veto"])
    >>> cut_object("participle", "cite", doc[2], True)
    True
    >>> cut_object("participle", "cite", doc[8], True)
    False
    >>> cut_object("participle", "win", doc[2], True)
    False
    """
    if (pattern != "participle" or not is_concept or obj.pos_ != "NOUN" or obj.ent_type_
            or lemma.split(" ", 1)[0] not in CITING_VERBS):
        return False
    head = obj.lemma_.lower()
    if people_lemma(head) or head in QUANTITY_HEADS or war_machine(obj):
        return False  # people, or "a group of banks" (which stands for the banks)
    if any(c.dep_ in _NAMING_DEPS or (c.dep_ == "amod" and (c.ent_type_ or c.pos_ == "PROPN"))
           or c.like_num or c.ent_type_ for c in obj.lefts):
        return False
    if concept_complement(obj) is not None:
        return False  # the label keeps it ("a drop in operating profit")
    return any(_complement(c) for c in obj.rights)


def bare_object(pattern: str, obj: Token, is_concept: bool, event_class: str | None,
                event_noun: bool = False) -> bool:
    """Whether an event-noun triple's object is a bare common noun: nothing but a
    determiner or a possessive pronoun with it ("the decision", "her candidacy",
    "travel"), no person or group, and no complement kept in its label.

    "Beijing's criticism of the decision", "Biden's support for the bill", "the
    Kremlin's denial of involvement in the poisoning", "Trump's ban on travel from
    China": which decision, bill or involvement the text says elsewhere; the triple
    keeps only the word. A stance, talk or demand about it says nothing an analyst can
    use, so it is dropped. An act of force keeps its bare target ("an Israeli strike on
    a building", "Iran's seizure of the tanker": :data:`_PHYSICAL_CLASSES`), an object
    that is itself an event (``event_noun``: "the CMA's blocking of the merger") says
    what was done to what, and a modified one is kept ("allegations of widespread
    fraud", "a protest against a new disciplinary code").

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["criticism", "of", "the", "decision", "and", "of", "new", "rules"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[0, 0, 3, 1, 0, 0, 7, 5],
    ...           deps=["ROOT", "prep", "det", "pobj", "cc", "conj", "amod", "pobj"],
    ...           pos=["NOUN", "ADP", "DET", "NOUN", "CCONJ", "ADP", "ADJ", "NOUN"],
    ...           lemmas=["criticism", "of", "the", "decision", "and", "of", "new", "rule"])
    >>> bare_object("nominal", doc[3], True, "DISAPPROVE")
    True
    >>> bare_object("nominal", doc[7], True, "DISAPPROVE")
    False
    >>> bare_object("nominal", doc[3], True, "ASSAULT")
    False
    >>> bare_object("nominal", doc[3], True, "DISAPPROVE", event_noun=True)
    False
    """
    if (pattern != "nominal" or not is_concept or obj.pos_ != "NOUN" or obj.ent_type_
            or event_class in _PHYSICAL_CLASSES or event_noun):
        return False
    lemma = obj.lemma_.lower()
    if people_lemma(lemma) or lemma in QUANTITY_HEADS:
        return False
    if any(c.dep_ not in _BARE_DEPS or c.pos_ == "PROPN" or c.ent_type_ for c in obj.lefts):
        return False
    return concept_complement(obj) is None


def medium_object(pattern: str, obj: Token) -> bool:
    """Whether an event-noun triple's object is only the medium the act went through.

    "Biden praised Warren's endorsement on Twitter", "the protests, organised by young
    Kenyans on social media": a platform (:data:`~extract.lexicon.PLATFORM_NAMES`, a
    medium of :data:`~extract.lexicon.MEDIA_WORDS` or
    :data:`~extract.lexicon.BROADCAST_MEDIA`, "social media") after a preposition
    of a medium ("on", "via", "in") is where it was done, not whom it was done to.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["endorsement", "on", "Twitter", "of", "Biden"],
    ...           heads=[0, 0, 1, 0, 3], deps=["ROOT", "prep", "pobj", "prep", "pobj"])
    >>> medium_object("nominal", doc[2]), medium_object("nominal", doc[4])
    (True, False)
    """
    if pattern != "nominal" or obj.dep_ != "pobj" or obj.head.lower_ not in MEDIUM_PREPS:
        return False
    word = obj.lower_
    return (word in PLATFORM_NAMES or word in MEDIA_WORDS or word in BROADCAST_MEDIA
            or (word == "media" and any(c.lower_ == "social" for c in obj.lefts)))


def _complement(child: Token) -> bool:
    """Whether a child after a noun completes it: a prepositional phrase of
    :data:`_COMPLEMENT_PREPS` or an infinitive ("an agreement to limit SDI")."""
    if child.dep_ not in _COMPLEMENT_DEPS:
        return False
    if child.dep_ == "prep":
        return child.lower_ in _COMPLEMENT_PREPS and any(c.dep_ == "pobj" for c in kids(child))
    return child.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(child))


def interview_class(event_class: str | None, lemma: str, predicate: Token,
                    obj: Token) -> str | None:
    """The class of speaking to someone, once an interview is told from a meeting.

    "Speaking to reporters in Geneva, Lavrov said ...", "Johnson was questioned while
    speaking to the press", "Speaking to Martin Smith of PBS, he said ...": a speaker
    talking to the press (:data:`~extract.lexicon.PRESS_NOUNS`), or an -ing adjunct of
    speaking on a verb of saying (what he said is what he told them), makes a
    statement public; it is no CONSULT. Other classes are returned as they are.
    """
    if event_class != _MEETING or lemma.split(" ", 1)[0] not in SPEAKING_VERBS:
        return event_class
    if obj.lemma_.lower() in PRESS_NOUNS or obj.lower_ in PRESS_NOUNS:
        return None
    if predicate.tag_ != "VBG" or predicate.dep_ not in ("advcl", "acl"):
        return event_class
    head = predicate.head
    if predicate.dep_ == "acl" and head.dep_ == "nsubj":
        head = head.head  # "Steve Peers, speaking to BBC, said ...": the subject's verb
    # '"Speaking to Martin Smith of PBS, he said, "It happened ..."': the quotation's verb
    # with the verb of saying beside it
    saying = (head, *(c for c in kids(head) if c.dep_ == "parataxis"))
    if head.i != predicate.i and any(v.pos_ in ("VERB", "AUX")
                                     and v.lemma_.lower() in REPORTING_VERBS for v in saying):
        return None
    return event_class


def measure_class(event_class: str | None, lemma: str, predicate: Token,
                  nouns: dict[str, str]) -> str | None:
    """The class of "target" for a measure: what sanctions or tariffs target is
    sanctioned, not fought.

    "The EU adopted its 16th package of sanctions, targeting 150 vessels", "imposed
    sanctions targeting Russian banks", "new tariffs targeting Chinese steel": the
    participle hangs on the measure (or on the clause whose object it is), a noun whose
    event class (``nouns``, the event lexicon's noun classes) is a sanction or a
    coercion; the relation takes that class. Otherwise ``event_class`` is returned.
    """
    if lemma != _TARGET or predicate.tag_ not in ("VBG", "VBN"):
        return event_class
    head = predicate.head
    if predicate.dep_ == "acl":
        measures = [head]
    elif predicate.dep_ == "advcl" and head.pos_ in ("VERB", "AUX"):
        measures = [c for c in kids(head) if c.dep_ in ("dobj", "nsubjpass")]
    else:
        return event_class
    for noun in measures:
        for word in (noun, *(g for p in kids(noun) if p.dep_ == "prep" and p.lower_ == "of"
                             for g in kids(p) if g.dep_ == "pobj")):
            found = nouns.get(word.lemma_.lower())
            if found in _MEASURE_CLASSES:
                return found
    return event_class


def goal_class(event_class: str | None, lemma: str, predicate: Token, obj: Token,
               is_concept: bool) -> str | None:
    """The class of a relation whose object is a goal or a proof, not a party.

    - "guerrilla groups fighting for a separate state", "rebels fighting for
      independence": "fight for" a thing that is no person, group or name fights no one
      (no class); "fighting for the Islamic State" (a name) keeps FIGHT.
    - "the army claimed it had targeted terrorists, without providing evidence", "X
      provided no proof": evidence given to no one (no "to", "with" or indirect object)
      backs a claim; it is no sharing of information (COOPERATE, CAMEO 064), which
      "provided evidence to the court" still is, nor an offer of anything (AGREE):
      "without offering proof" has no class.

    Other relations keep ``event_class``.
    """
    if event_class is None or not is_concept:
        return event_class
    if lemma == _FIGHT_FOR and not people_lemma(obj.lemma_.lower()):
        return None
    if (obj.lemma_.lower() in PROOF_NOUNS
            and not any(c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ in _RECIPIENT_PREPS)
                        for c in kids(predicate))):
        return None
    return event_class
