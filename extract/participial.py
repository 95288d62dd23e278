"""Readings of participle and event-noun triples that the sentence does not support.

The ``participle`` pattern reads a subject into a clause that has none of its own
("..., insisting on an agreement to limit SDI", "troops backed by helicopter gunships",
"speaking to reporters, X said"); these checks, run on a resolved triple by
:func:`extract.pipeline._triple`, drop or re-class the readings whose result an analyst
would not accept:

- :func:`machine_agent`: a weapon or vehicle of war as the agent of a passive participle
  ("troops backed by helicopter gunships" is no gunship backing anyone);
- :func:`thing_agent`: a thing or a trend as the agent of a passive participle
  ("General Motors, hit by falling car sales" is no sales hitting anyone);
- :func:`person_pronoun_thing`: "them" resolved to a thing ("imposed sanctions on three
  officials, accusing them of abuses" accuses no sanctions);
- :func:`counted_object`: what a count changed by an event counts ("..., raising to 27
  the number of foreigners held" raises no foreigners), or a market figure it moved
  ("..., sending its shares down 7.2 pct" sends no one anything);
- :func:`mishap_toll`: "a Boeing 737 crashed, killing 142 people": the crash's toll, no
  act of the craft's;
- :func:`own_side_victims`: of parties that "exchange fire, killing four Cambodian
  soldiers", Cambodia killed none of its own;
- :func:`likened_party`: "joining X as Y" makes the subject one more Y, joining no one;
- :func:`cut_object`: an object whose head means nothing without the complement the
  label leaves out ("insisting on an agreement to limit SDI" shown as "insist on
  agreement");
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

from actorgraph.extract.actors import concept_complement, of_country
from actorgraph.extract.deps import (
    ACL,
    ADVCL,
    AGENT,
    AMOD,
    AUX,
    COMPOUND,
    CONJ,
    DATIVE,
    DOBJ,
    NMOD,
    NSUBJ,
    NSUBJPASS,
    PARATAXIS,
    POBJ,
    POSS,
    PREP,
    PRT,
    RELCL,
)
from actorgraph.extract.events import default_lexicon
from actorgraph.extract.lexicon import (
    ACCUSING_VERBS,
    ACTOR_TYPES,
    AGENT_NOUNS,
    BROADCAST_MEDIA,
    CITING_VERBS,
    COUNT_NOUNS,
    COUNT_RAISING_VERBS,
    EXCHANGING_VERBS,
    FINANCIAL_OBJECTS,
    LIKENING_VERBS,
    MANDATING_VERBS,
    MARKET_DIRECTIONS,
    MARKET_MOVING_VERBS,
    MEDIA_WORDS,
    MEDIUM_PREPS,
    MISHAP_VERBS,
    MUNITIONS,
    OBJECT_PRONOUNS,
    PERSUADING_VERBS,
    PLATFORM_NAMES,
    PRESS_NOUNS,
    PROOF_NOUNS,
    QUANTITY_HEADS,
    RECIPROCAL_VERBS,
    REPORTING_VERBS,
    SPEAKING_VERBS,
    WAR_MACHINES,
)
from actorgraph.extract.tree import kids
from actorgraph.extract.vague import kind_of_body, people_lemma
from spacy.tokens import Token

__all__ = ["counted_object", "cut_object", "goal_class", "interview_class", "machine_agent",
           "machine_backed", "machine_class", "measure_class", "medium_object",
           "likened_party", "mishap_toll", "own_side_victims", "person_pronoun_thing",
           "thing_agent", "unowned_munition", "war_machine"]

#: Dependencies of the children of a noun that say which one it is.
_NAMING_DEPS = frozenset({COMPOUND, NMOD, POSS})
#: Dependencies of a noun's infinitive, which its label leaves out (an infinitive may be
#: parsed as a relative clause: "a proposed treaty to eliminate missiles").
_COMPLEMENT_DEPS = frozenset({ACL, RELCL})
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
        return any(c.dep_ == COMPOUND and c.lemma_.lower() in WAR_MACHINES
                   for c in kids(head))
    return lemma in WAR_MACHINES or head.lower_ in WAR_MACHINES


def unowned_munition(head: Token) -> bool:
    """Whether a common noun is a munition (:data:`~extract.lexicon.MUNITIONS`) with no
    name, nationality or owner in its phrase: "the Al Funtas was hit by rocket-propelled
    grenades", "a missile struck the Sea Isle City"; so is a weapon or vehicle of war
    (:func:`war_machine`) that only modifies an event noun, the means of the event
    ("artillery strikes on southern Lebanon": no "artillery -strike-> Lebanon"). A
    munition does nothing of itself and who fired it is not said, so as a subject it is no
    actor (the triple is dropped); "an Iranian missile", "Hezbollah's rockets", "missiles
    from Iran" say whose, and a crewed machine that acts keeps its clause ("two jets struck
    the village")."""
    if head.pos_ != "NOUN" or head.ent_type_ or not (
            head.lemma_.lower() in MUNITIONS or head.lower_ in MUNITIONS
            # "Israel responds with artillery strikes on Lebanon", "drone attacks on
            # Moscow": a machine that names the means of an event noun it modifies
            or (head.dep_ == COMPOUND and war_machine(head))):
        return False
    owned = any(_whose(t) or t.dep_ == POSS for c in head.lefts for t in c.subtree)
    sent = any(_whose(t) for p in kids(head) if p.dep_ == PREP for t in p.subtree)
    return not (owned or sent)


def _whose(tok: Token) -> bool:
    """Whether a word names an owner: a name of an actor's type (an "Iranian" missile,
    "Hezbollah's" rockets, missiles "from Iran"), or a proper noun the NER
    typed as nothing, not a capital at the start of a sentence ("Stray bullets")."""
    return tok.ent_type_ in ACTOR_TYPES or (
        tok.pos_ == "PROPN" and not tok.ent_type_ and not tok.is_sent_start)


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


def thing_agent(pattern: str, subject: Token, predicate: Token, is_concept: bool) -> bool:
    """Whether a participle triple's subject is the "by" agent of a passive participle
    that names a thing or a trend, not someone: "General Motors, hit by falling car
    sales, said it would close four plants", "exporters hurt by the strong yen",
    "earnings boosted by higher prices". What the sentence says is how the thing
    affected the noun, not an act of anyone's; the triple is dropped.

    Kept: a person or body of people ("surrounded by protesters", "a study conducted by
    researchers": :func:`~extract.vague.people_lemma`), the things that act in news
    (:data:`~extract.lexicon.AGENT_NOUNS`: "a deal brokered by ...", "hit by the storm"),
    weapons (:func:`machine_agent` and :func:`machine_class` decide), an event or a
    measure ("hit by Western sanctions"), a name or a phrase with a name in it ("rescued
    by Thai Navy SEALs", "suspended by ECOWAS" tagged as a common noun), or a phrase
    resolved to an actor (``is_concept`` false: "hit by an Iraqi attack").

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["GM", "hit", "by", "sales", "Kyiv", "shelled", "by", "troops"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[0, 0, 1, 2, 4, 4, 5, 6],
    ...           deps=["ROOT", "acl", "agent", "pobj", "ROOT", "acl", "agent", "pobj"],
    ...           tags=["NNP", "VBN", "IN", "NNS", "NNP", "VBN", "IN", "NNS"],
    ...           pos=["PROPN", "VERB", "ADP", "NOUN", "PROPN", "VERB", "ADP", "NOUN"],
    ...           lemmas=["GM", "hit", "by", "sale", "Kyiv", "shell", "by", "troop"])
    >>> thing_agent("participle", doc[3], doc[1], True)
    True
    >>> thing_agent("participle", doc[7], doc[5], True)
    False
    """
    if not is_concept or pattern != "participle" or predicate.tag_ != "VBN":
        return False
    first = subject
    while first.dep_ == CONJ and first.head.i != first.i:
        first = first.head
    if first.dep_ != POBJ or first.head.dep_ != AGENT or first.head.head.i != predicate.i:
        return False
    lemma = subject.lemma_.lower()
    return (subject.pos_ == "NOUN" and not subject.ent_type_ and not people_lemma(lemma)
            and not lemma.endswith(_AGENT_SUFFIXES)
            and lemma not in AGENT_NOUNS and subject.lower_ not in AGENT_NOUNS
            and not war_machine(subject)
            # a name the tagger took for a common noun ("suspended by ECOWAS")
            and not subject.text[:1].isupper()
            # an event or measure names its doers' act ("hit by Western sanctions")
            and not default_lexicon().is_event_noun(subject.lemma_)
            # a name in the phrase says whose: "rescued by Thai Navy SEALs"
            and not any(t.ent_type_ or t.pos_ == "PROPN" for c in subject.lefts
                        for t in c.subtree)
            # a body of people its modifiers say the kind of, as a subject's
            # (:func:`~extract.vague.kind_of_body`): "disqualified by the election
            # commission", "backed by the central bank"
            and not kind_of_body(subject))


#: Endings of nouns that may name people the lexicon does not list ("researchers",
#: "dealers", "investors", "residents", "participants", "historians").
_AGENT_SUFFIXES = ("er", "or", "ist", "ant", "ent", "ian", "man", "men")


def machine_backed(pattern: str, subject: Token, predicate: Token) -> bool:
    """Whether a participle triple's subject is a weapon or vehicle of war (:func:`war_machine`)
    that is the agent of a passive participle, alone or in a list ("backed by helicopter
    gunships and jet fighters")."""
    if pattern != "participle" or predicate.tag_ != "VBN":
        return False
    first = subject
    while first.dep_ == CONJ and first.head.i != first.i:
        first = first.head  # "backed by helicopter gunships and jet fighters"
    return first.dep_ == POBJ and first.head.dep_ == AGENT and war_machine(subject)


def machine_class(event_class: str | None, pattern: str, subject: Token,
                  predicate: Token) -> str | None:
    """The class of backing by a side's war machines: none.

    "Sudan's army, backed by Egyptian warplanes, retook the capital": Egypt backs the
    army, but with arms in battle, which is no statement of support (SUPPORT); what
    it is the clause does not say. Other relations keep ``event_class``.
    """
    return None if event_class is not None and machine_backed(pattern, subject, predicate) \
        else event_class


#: Verbs that accuse, order or press a person object, made once.
_TOLD_OBJECT_VERBS = ACCUSING_VERBS | MANDATING_VERBS | PERSUADING_VERBS


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
            or obj.lower_ not in OBJECT_PRONOUNS or not label
            or verb not in _TOLD_OBJECT_VERBS):
        return False
    words = label.split(" of ", 1)[0].split()
    if not words:
        return False
    word = words[-1].lower()
    singular = word[:-3] + "y" if word.endswith("ies") else word.removesuffix("s")
    return is_event_noun(word) or is_event_noun(singular)


def counted_object(pattern: str, predicate: Token, obj: Token) -> bool:
    """Whether a participle triple's object is a count an -ing adjunct says the event
    changed, or what that count counts, or a market figure it moved.

    "Gunmen kidnapped a businessman, police said, raising to 27 the number of foreigners
    held in Lebanon", "..., bringing the death toll to 40": the kidnapping raised the
    count (:data:`~extract.lexicon.COUNT_NOUNS`, by a verb of
    :data:`~extract.lexicon.COUNT_RAISING_VERBS`); the gunmen raised no foreigners and
    brought no toll anywhere. "Raising its stake to 12 pct" (no count noun) is kept.
    "Coral Bay agreed to buy Westmere, sending its shares down 7.2 pct", "OPEC cut output,
    sending oil prices up 4 pct", "..., sending the yen higher": the event moved a market
    figure (:data:`~extract.lexicon.FINANCIAL_OBJECTS`, by a verb of
    :data:`~extract.lexicon.MARKET_MOVING_VERBS` with a direction of
    :data:`~extract.lexicon.MARKET_DIRECTIONS`), which no one was sent (the recipient
    rule may read the figure as an indirect object: "sending its shares up 5 pct").

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["raising", "the", "number", "of", "foreigners", "raising", "stake"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[0, 2, 0, 2, 3, 5, 5],
    ...           deps=["ROOT", "det", "dobj", "prep", "pobj", "ROOT", "dobj"],
    ...           tags=["VBG", "DT", "NN", "IN", "NNS", "VBG", "NN"],
    ...           lemmas=["raise", "the", "number", "of", "foreigner", "raise", "stake"])
    >>> counted_object("participle", doc[0], doc[4]), counted_object("participle", doc[5], doc[6])
    (True, False)
    >>> words = ["sending", "shares", "down", "sending", "dollars", "to", "Kenya"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[0, 0, 0, 3, 3, 3, 5],
    ...           deps=["ROOT", "dobj", "advmod", "ROOT", "dobj", "prep", "pobj"],
    ...           tags=["VBG", "NNS", "RB", "VBG", "NNS", "IN", "NNP"],
    ...           lemmas=["send", "share", "down", "send", "dollar", "to", "Kenya"])
    >>> counted_object("recipient", doc[0], doc[1]), counted_object("participle", doc[3], doc[4])
    (True, False)
    """
    if pattern not in _ADJUNCT_PATTERNS or predicate.tag_ != "VBG":
        return False
    lemma = predicate.lemma_.lower()
    if lemma in MARKET_MOVING_VERBS and obj.lemma_.lower() in FINANCIAL_OBJECTS:
        return any(t.lower_ in MARKET_DIRECTIONS for t in (*kids(predicate), *kids(obj)))
    if pattern != "participle" or lemma not in COUNT_RAISING_VERBS:
        return False
    count = obj
    if obj.dep_ == POBJ and obj.head.lower_ == "of" and obj.head.head.i != obj.i:
        count = obj.head.head  # "the number of foreigners"
    return count.lemma_.lower() in COUNT_NOUNS and count.head.i == predicate.i


#: Patterns that read an -ing adjunct's object: the participle's, or whom it gives to.
_ADJUNCT_PATTERNS = frozenset({"participle", "recipient"})


def own_side_victims(pattern: str, subject: Token, predicate: Token, obj: Token,
                     subject_label: str) -> bool:
    """Whether a participle triple gives one of two or more coordinated parties that act on
    each other the act done to its own people.

    "Thailand and Cambodia exchange artillery fire, killing four Cambodian soldiers",
    "India and Pakistan traded fire, killing five Pakistani civilians": the adjunct is
    said of the exchange (its clause's verb is one of
    :data:`~extract.lexicon.RECIPROCAL_VERBS` or :data:`~extract.lexicon.EXCHANGING_VERBS`),
    and the object's nationality (a modifier naming a country,
    :func:`~extract.actors.of_country`) is the side that suffered it; that side
    (``subject_label``, the subject's resolved label) did not kill its own (the other
    one may have). A party acting alone is kept: "Israeli troops accidentally killed
    three Israeli hostages"; so are parties acting together on a third, which may be their
    own people: "Syria and Russia bombarded Aleppo, killing 30 Syrian rebels".

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["Thailand", "and", "Cambodia", "exchange", "killing", "Cambodian", "soldiers",
    ...          "Syria", "and", "Russia", "bombard", "killing", "Syrian", "rebels"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words,
    ...           heads=[3, 0, 0, 3, 3, 6, 4, 10, 7, 7, 10, 10, 13, 11],
    ...           deps=["nsubj", "cc", "conj", "ROOT", "advcl", "amod", "dobj",
    ...                 "nsubj", "cc", "conj", "ROOT", "advcl", "amod", "dobj"],
    ...           lemmas=["Thailand", "and", "Cambodia", "exchange", "kill", "Cambodian",
    ...                   "soldier", "Syria", "and", "Russia", "bombard", "kill", "Syrian",
    ...                   "rebel"])
    >>> own_side_victims("participle", doc[2], doc[4], doc[6], "Cambodia")
    True
    >>> own_side_victims("participle", doc[0], doc[4], doc[6], "Thailand")
    False
    >>> own_side_victims("participle", doc[7], doc[11], doc[13], "Syria")
    False
    """
    if pattern != "participle" or not (subject.dep_ == CONJ or any(
            c.dep_ == CONJ for c in kids(subject))):
        return False
    if predicate.dep_ != ADVCL or predicate.head.lemma_.lower() not in _MUTUAL_VERBS:
        return False
    return of_country(obj, subject_label)


#: Verbs by which coordinated parties act on each other ("clash", "exchange fire").
_MUTUAL_VERBS = RECIPROCAL_VERBS | EXCHANGING_VERBS


def mishap_toll(pattern: str, predicate: Token) -> bool:
    """Whether a participle triple is the toll of an accident the -ing adjunct hangs on.

    "A Boeing 737 operated by Ethiopian Airlines crashes after takeoff, killing all 142
    people on board", "The MV Sewol capsized off Jindo island, killing 304 passengers": a
    verb of :data:`~extract.lexicon.MISHAP_VERBS` says an accident, and its adjunct what
    it cost; the craft, named or not, killed no one. "Russian jets struck a market,
    killing 40 civilians" is kept, and so is the adjunct of such a verb with a direct
    object, which someone did to something (:func:`_done_to_something`: "the Supreme
    Court overturned his conviction, freeing him", "the driver crashed a truck into the
    crowd, killing 86 people").

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["ferry", "capsized", "killing", "jets", "struck", "killing",
    ...          "court", "overturned", "ruling", "freeing"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 4, 4, 4, 7, 7, 7, 7],
    ...           deps=["nsubj", "ROOT", "advcl", "nsubj", "ROOT", "advcl",
    ...                 "nsubj", "ROOT", "dobj", "advcl"],
    ...           tags=["NN", "VBD", "VBG", "NNS", "VBD", "VBG", "NN", "VBD", "NN", "VBG"],
    ...           lemmas=["ferry", "capsize", "kill", "jet", "strike", "kill",
    ...                   "court", "overturn", "ruling", "free"])
    >>> [mishap_toll("participle", doc[i]) for i in (2, 5, 9)]
    [True, False, False]
    """
    return (pattern == "participle" and predicate.tag_ == "VBG" and predicate.dep_ == ADVCL
            and predicate.head.lemma_.lower() in MISHAP_VERBS
            and not _done_to_something(predicate.head))


def _done_to_something(verb: Token) -> bool:
    """Whether a verb has a direct object of its own: "overturned the conviction", "crashed
    a truck into the crowd"; not one the parser hung after a preposition it took for a
    particle ("capsized off Jindo island")."""
    children = kids(verb)
    return any(c.dep_ == DOBJ for c in children) and not any(c.dep_ == PRT for c in children)


def likened_party(pattern: str, lemma: str, predicate: Token) -> bool:
    """Whether an -ing adjunct of a verb of :data:`~extract.lexicon.LIKENING_VERBS` with
    an "as" phrase only says that its subject is one more of a kind.

    "Karen Bass emerged as a contender, joining Senators Harris and Warren as potential
    candidates", "Italy abstained, joining Greece and Spain as the only members to oppose
    the sanctions": Bass joined no one (and "join Harris" loses the point); the "as" may
    hang on the adjunct, on its last object or on a verb after it. "Joining the U.S.-led
    force" and "joining Britain in accusing Moscow" (no "as") are kept.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["joining", "Greece", "as", "members", "joining", "force"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[0, 0, 0, 2, 4, 4],
    ...           deps=["ROOT", "dobj", "prep", "pobj", "ROOT", "dobj"],
    ...           tags=["VBG", "NNP", "IN", "NNS", "VBG", "NN"],
    ...           lemmas=["join", "Greece", "as", "member", "join", "force"])
    >>> likened_party("participle", "join", doc[0]), likened_party("participle", "join", doc[4])
    (True, False)
    """
    if (pattern != "participle" or predicate.tag_ != "VBG"
            or lemma.split(" ", 1)[0] not in LIKENING_VERBS):
        return False
    if not any(c.dep_ == DOBJ for c in kids(predicate)):
        return False
    # "as" with its noun, wherever the parse hangs it ("as/mark" of a later verb too)
    return any(t.lower_ == "as" and any(c.dep_ == POBJ for c in kids(t))
               for t in predicate.subtree)


def cut_object(pattern: str, lemma: str, obj: Token, is_concept: bool) -> bool:
    """Whether a participle triple's object is a bare noun cut from its infinitive, for a
    verb whose object is the point of what was said or done (:data:`~extract.lexicon.
    CITING_VERBS`: cite, insist on, offer, focus on; ``lemma`` is the relation's).

    "..., insisting on an agreement to limit SDI" is shown as "insist on agreement",
    "focusing on a proposed treaty to eliminate missiles" as "focus on proposed
    treaty": the head alone (no name, compound or possessive noun before it) says
    nothing of what was demanded or discussed, and its infinitive is not in the label.
    People, quantities of what follows ("a group of banks") and names are kept, and so
    is a head with a prepositional phrase ("citing talks with Turkey", "offering a
    premium of 22 pct": :func:`_complement`).

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["insisting", "on", "an", "agreement", "to", "limit", "arms", "and", "Iran",
    ...          "'s", "veto"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words,
    ...           heads=[0, 0, 3, 1, 5, 3, 5, 3, 10, 8, 3],
    ...           deps=["ROOT", "prep", "det", "pobj", "aux", "acl", "dobj", "cc", "poss",
    ...                 "case", "conj"],
    ...           tags=["VBG", "IN", "DT", "NN", "TO", "VB", "NNS", "CC", "NNP", "POS", "NN"],
    ...           pos=["VERB", "ADP", "DET", "NOUN", "PART", "VERB", "NOUN", "CCONJ", "PROPN",
    ...                "PART", "NOUN"],
    ...           lemmas=["insist", "on", "an", "agreement", "to", "limit", "arm", "and",
    ...                   "Iran", "'s", "veto"])
    >>> cut_object("participle", "insist on", doc[3], True)
    True
    >>> cut_object("participle", "insist on", doc[10], True)
    False
    >>> cut_object("participle", "win", doc[3], True)
    False

    A possessive pronoun names no one: "citing his failure to carry out reforms".

    >>> words = ["citing", "his", "failure", "to", "carry", "out", "reforms"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[0, 2, 0, 4, 2, 4, 4],
    ...           deps=["ROOT", "poss", "dobj", "aux", "acl", "prt", "dobj"],
    ...           tags=["VBG", "PRP$", "NN", "TO", "VB", "RP", "NNS"],
    ...           pos=["VERB", "PRON", "NOUN", "PART", "VERB", "ADP", "NOUN"],
    ...           lemmas=["cite", "his", "failure", "to", "carry", "out", "reform"])
    >>> cut_object("participle", "cite", doc[2], True)
    True
    """
    if (pattern != "participle" or not is_concept or obj.pos_ != "NOUN" or obj.ent_type_
            or lemma.split(" ", 1)[0] not in CITING_VERBS):
        return False
    head = obj.lemma_.lower()
    if people_lemma(head) or head in QUANTITY_HEADS or war_machine(obj):
        return False  # people, or "a group of banks" (which stands for the banks)
    # (a possessive pronoun names no one new: "citing his failure to carry out reforms",
    # "citing their refusal to testify" say no more than "failure" without the infinitive)
    if any((c.dep_ in _NAMING_DEPS and not (c.dep_ == POSS and c.pos_ == "PRON"))
           or (c.dep_ == AMOD and (c.ent_type_ or c.pos_ == "PROPN"))
           or c.like_num or c.ent_type_ for c in obj.lefts):
        return False
    if concept_complement(obj) is not None:
        return False  # the label keeps it ("a drop in operating profit")
    return any(_complement(c) for c in obj.rights)


def medium_object(pattern: str, obj: Token, event_class: str | None) -> bool:
    """Whether an event-noun triple's object is only the medium the act went through.

    "Biden praised Warren's endorsement on Twitter", "the protests, organised by young
    Kenyans on social media": a platform (:data:`~extract.lexicon.PLATFORM_NAMES`, a
    medium of :data:`~extract.lexicon.MEDIA_WORDS` or
    :data:`~extract.lexicon.BROADCAST_MEDIA`, "social media") after a preposition
    of a medium ("on", "via", "in") is where it was done, not whom it was done to. A
    measure or an attack on it (:data:`_PHYSICAL_CLASSES`: "Montana's ban on TikTok")
    is done to it.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["endorsement", "on", "Twitter", "of", "Biden"],
    ...           heads=[0, 0, 1, 0, 3], deps=["ROOT", "prep", "pobj", "prep", "pobj"])
    >>> medium_object("nominal", doc[2], "SUPPORT"), medium_object("nominal", doc[4], "SUPPORT")
    (True, False)
    >>> medium_object("nominal", doc[2], "SANCTION")
    False
    """
    if (pattern != "nominal" or obj.dep_ != POBJ or obj.head.lower_ not in MEDIUM_PREPS
            or event_class in _PHYSICAL_CLASSES):
        return False
    word = obj.lower_
    return (word in PLATFORM_NAMES or word in MEDIA_WORDS or word in BROADCAST_MEDIA
            or (word == "media" and any(c.lower_ == "social" for c in obj.lefts)))


def _complement(child: Token) -> bool:
    """Whether a child after a noun completes it with an infinitive ("an agreement to
    limit SDI", "a proposed treaty to eliminate missiles", parsed as a clause of the
    noun). A prepositional phrase does not count: "citing talks with Turkey", "citing
    the war in Ukraine", "offering him help with the investigation", "offering a premium
    of 22 pct" say what was cited or offered."""
    return (child.dep_ in _COMPLEMENT_DEPS and child.tag_ == "VB"
            and any(c.dep_ == AUX and c.lower_ == "to" for c in kids(child)))


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
    if predicate.tag_ != "VBG" or predicate.dep_ not in (ADVCL, ACL):
        return event_class
    head = predicate.head
    if predicate.dep_ == ACL and head.dep_ == NSUBJ:
        head = head.head  # "Steve Peers, speaking to BBC, said ...": the subject's verb
    # '"Speaking to Martin Smith of PBS, he said, "It happened ..."': the quotation's verb
    # with the verb of saying beside it
    saying = (head, *(c for c in kids(head) if c.dep_ == PARATAXIS))
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
    if predicate.dep_ == ACL:
        measures = [head]
    elif predicate.dep_ == ADVCL and head.pos_ in ("VERB", "AUX"):
        measures = [c for c in kids(head) if c.dep_ in (DOBJ, NSUBJPASS)]
    else:
        return event_class
    for noun in measures:
        for word in (noun, *(g for p in kids(noun) if p.dep_ == PREP and p.lower_ == "of"
                             for g in kids(p) if g.dep_ == POBJ)):
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
      "provided evidence to the court" or "handed over evidence on the cartel to
      prosecutors" still is, nor an offer of anything (AGREE):
      "without offering proof" has no class.

    Other relations keep ``event_class``.
    """
    if event_class is None or not is_concept:
        return event_class
    if lemma == _FIGHT_FOR and not people_lemma(obj.lemma_.lower()):
        return None
    if (obj.lemma_.lower() in PROOF_NOUNS
            and not any(c.dep_ == DATIVE or (c.dep_ == PREP and c.lower_ in _RECIPIENT_PREPS)
                        for c in (*kids(predicate), *obj.subtree))):
        return None
    return event_class
