"""Complement clauses: what an actor threatens, promises or refuses to do, and demands.

Patterns
--------
``complement``    what an actor threatens, promises or refuses to do, or is willing
                  or ready to do: "Israel threatened to ban voting in East Jerusalem",
                  "Germany is ready to send troops to Lithuania"; and what the holder
                  of an intention noun means to do: "Apple has no plans to acquire X"
``demand``        whom a demand is made of: "the PRC demanded that the US cancel ...",
                  and whom a threat is made to: "Iran threatened to close the strait
                  if the US attacked"

Examples
--------
>>> import spacy
>>> from spacy.tokens import Doc
>>> doc = Doc(spacy.blank("en").vocab,
...           words=["Germany", "is", "ready", "to", "send", "troops", "to", "Lithuania"],
...           heads=[1, 1, 1, 4, 2, 4, 4, 6],
...           deps=["nsubj", "ROOT", "acomp", "aux", "xcomp", "dobj", "prep", "pobj"],
...           pos=["PROPN", "AUX", "ADJ", "PART", "VERB", "NOUN", "ADP", "PROPN"],
...           lemmas=["Germany", "be", "ready", "to", "send", "troop", "to", "Lithuania"],
...           ents=["B-GPE", "O", "O", "O", "O", "O", "O", "B-GPE"])
>>> [(t.subject.text, t.lemma, t.object.text, t.hedged) for t in complement_triples(doc)]
[('Germany', 'ready to send', 'troops', True), ('Germany', 'ready to send to', 'Lithuania', True)]
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from actorgraph.extract.context import is_future, left_open, to_infinitive
from actorgraph.extract.deps import (
    ACL,
    ACOMP,
    ADVCL,
    ADVMOD,
    AMOD,
    AUX,
    AUXPASS,
    CCOMP,
    COMPOUND,
    DET,
    DOBJ,
    MARK,
    NEG,
    NSUBJ,
    NSUBJPASS,
    PCOMP,
    POBJ,
    POSS,
    PREP,
    PRT,
    RELCL,
    XCOMP,
)
from actorgraph.extract.events import EventLexicon, default_lexicon
from actorgraph.extract.lexicon import (
    ABANDONING_VERBS,
    AGREEING_VERBS,
    APPEALING_VERBS,
    APPLYING_VERBS,
    ASPECTUAL_VERBS,
    ATTEMPT_VERBS,
    CLAUSE_SAYING_VERBS,
    COLLAPSING_VERBS,
    CONCEDED_NOUNS,
    CONDITIONAL_MARKS,
    CONTRIBUTING_VERBS,
    DATIVE_PREPS,
    DEGREE_ADJECTIVES,
    DENIAL_VERBS,
    DENIED_INTENTION_VERBS,
    FAILURE_NOUNS,
    FAILURE_VERBS,
    FULFILLING_VERBS,
    GROUP_NOUNS,
    HABIT_VERBS,
    HOLDING_VERBS,
    IMPLICATIVE_ADJECTIVES,
    IMPROBABLE_ADJECTIVES,
    INTENT_VERBS,
    INTENTION_OR_REFUSAL_NOUNS,
    INTEREST_NOUNS,
    LIGHT_VERBS,
    LODGING_VERBS,
    NEAR_MISS_VERBS,
    NEARNESS_WORDS,
    NEGATIVE_ADJECTIVES,
    NEGATORS,
    OBJECT_PREDICATIVE_VERBS,
    OBLIGATION_MODALS,
    OBLIGATION_VERBS,
    REALIZED_VERBS,
    REBUFFING_VERBS,
    REFUSAL_NOUNS,
    REFUSAL_VERBS,
    REQUEST_NOUNS,
    RETALIATION_NOUNS,
    RETALIATION_VERBS,
    RULING_OUT_VERBS,
    SPEECH_VERBS,
    TOPIC_PREPS,
    TOPIC_VERBS,
    UNDONE_VERBS,
    UNHESITATING_VERBS,
    VERGE_NOUNS,
    VOICING_INTEREST_VERBS,
    WARNING_VERBS,
    WEIGHING_VERBS,
)
from actorgraph.extract.rules.base import (
    OBJ_DEPS,
    TokenTriple,
    admitted,
    carried_on_objects,
    ceases,
    children_of,
    clause_objects,
    core,
    event_lemma,
    event_targets,
    infinitive_antecedent,
    is_negated,
    is_passive,
    is_target_prep,
    is_verb,
    names_something,
    not_yet,
    noun_agents,
    object_targets,
    place_of,
    pobjs,
    prep_objects,
    shared_objects,
    stranded_relative,
    subject_control,
    swallowed_conjunct,
    verb_lemma,
    with_conjuncts,
)
from actorgraph.extract.rules.verbal import (
    act_wording,
    appealed_courts,
    complement_actor,
    conceded_winner,
    gapped_ruling,
    goal_phrase,
    let_act,
    place_label,
    received_from,
    ruling_authors,
    second_complement,
    taken_party,
)
from actorgraph.extract.tree import has_neg, kids
from actorgraph.extract.vague import person_noun
from spacy.tokens import Doc, Span, Token

__all__ = ["adjective_control", "complement_triples", "conditioned_retaliation", "demand_triples",
           "intention_holders", "nearness"]



def adjective_control(verb: Token) -> bool:
    """Whether ``verb`` is the infinitive of a predicate adjective ("is ready to send")."""
    adjective = verb.head
    return (verb.dep_ == XCOMP and adjective.pos_ == "ADJ" and adjective.dep_ == ACOMP
            and is_verb(adjective.head))


def nearness(gerund: Token) -> tuple[Token, bool] | None:
    """The verb whose subject is said to be near doing ``gerund``, and whether the act fell
    short, or None.

    "Toyota is close to buying a stake in Suzuki", "the army moved closer to retaking
    X" (a nearness word, :data:`~extract.lexicon.NEARNESS_WORDS`, with "to"), "the rebels
    are on the verge of capturing Goma" (a verge noun, :data:`~extract.lexicon.VERGE_NOUNS`,
    after "on", with "of"): the act is only in prospect. "Iran came close to striking
    the base" (the past of a near-miss verb, :data:`~extract.lexicon.NEAR_MISS_VERBS`)
    fell short, as "nearly struck" does. Not when the nearness is denied ("is not close
    to a deal"), nor for a gerund with a subject of its own ("close to Russia winning")
    or words between it and its preposition.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["Toyota", "is", "close", "to", "buying", "Suzuki"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 2, 3, 4],
    ...           deps=["nsubj", "ROOT", "acomp", "prep", "pcomp", "dobj"],
    ...           pos=["PROPN", "AUX", "ADJ", "ADP", "VERB", "PROPN"],
    ...           tags=["NNP", "VBZ", "JJ", "IN", "VBG", "NNP"],
    ...           lemmas=["Toyota", "be", "close", "to", "buy", "Suzuki"])
    >>> matrix, fell_short = nearness(doc[4])
    >>> matrix.text, fell_short
    ('is', False)
    """
    prep = _bare_gerund_prep(gerund)
    if prep is None:
        return None
    head = prep.head
    if prep.lower_ == "to" and head.lower_ in NEARNESS_WORDS and head.dep_ in (ACOMP, ADVMOD):
        matrix = head.head  # "is close to buying", "came close to striking"
    elif (prep.lower_ == "of" and head.lemma_.lower() in VERGE_NOUNS and head.dep_ == POBJ
          and head.head.lower_ == "on" and head.head.dep_ == PREP):
        matrix = head.head.head  # "are on the verge of capturing"
    else:
        return None
    if matrix.pos_ not in ("VERB", "AUX") or is_negated(matrix) or has_neg(head):
        return None
    return matrix, (matrix.lemma_.lower() in NEAR_MISS_VERBS and matrix.tag_ == "VBD")


def _bare_gerund_prep(gerund: Token) -> Token | None:
    """The preposition a gerund is the object of, right before it, when the gerund has no
    subject or auxiliary of its own ("close *to* buying X", "interest *in* buying X"), or
    None (:func:`nearness`, :func:`interest_holder`)."""
    prep = gerund.head
    if (gerund.tag_ != "VBG" or gerund.dep_ != PCOMP or prep.dep_ != PREP
            or gerund.left_edge.i != prep.i + 1
            or any(c.dep_ in (NSUBJ, NSUBJPASS, AUX) for c in kids(gerund))):
        return None
    return prep


def interest_holder(gerund: Token) -> tuple[Token, bool] | None:
    """The verb whose subject voices an interest in doing ``gerund``, and whether the
    interest is denied, or None.

    "Exxon expressed interest in buying Pioneer", "two railways have shown interest in
    acquiring the line": an interest noun (:data:`~extract.lexicon.INTEREST_NOUNS`) with
    "in" and a gerund, the object of a verb that voices or holds it
    (:data:`~extract.lexicon.VOICING_INTEREST_VERBS`): the subject would do the act, which
    is not done yet (hedged). "has no interest in buying X", "did not express interest in
    bidding for X" deny it (negated). Not someone else's interest ("the sale sparked
    interest in buying X"), a possessed one ("its interest in buying X" may be any
    holder's), nor a gerund with a subject of its own.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["Exxon", "expressed", "interest", "in", "buying", "Pioneer"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 2, 3, 4],
    ...           deps=["nsubj", "ROOT", "dobj", "prep", "pcomp", "dobj"],
    ...           pos=["PROPN", "VERB", "NOUN", "ADP", "VERB", "PROPN"],
    ...           tags=["NNP", "VBD", "NN", "IN", "VBG", "NNP"],
    ...           lemmas=["Exxon", "express", "interest", "in", "buy", "Pioneer"])
    >>> matrix, denied = interest_holder(doc[4])
    >>> matrix.text, denied
    ('expressed', False)
    """
    prep = _bare_gerund_prep(gerund)
    if prep is None or prep.lower_ != "in":
        return None
    noun = prep.head
    matrix = noun.head
    if (noun.lemma_.lower() not in INTEREST_NOUNS or noun.dep_ != DOBJ or noun.i >= prep.i
            or matrix.pos_ not in ("VERB", "AUX")
            or matrix.lemma_.lower() not in VOICING_INTEREST_VERBS
            or any(c.dep_ == POSS for c in kids(noun))):
        return None
    denied = is_negated(matrix) or any(c.dep_ == DET and c.lower_ == "no" for c in kids(noun))
    return matrix, denied


def complement_triples(doclike: Doc | Span, *,
                       lexicon: EventLexicon | None = None) -> Iterator[TokenTriple]:
    """What an actor threatens, promises or refuses to do (see :func:`_complement_triples`)."""
    return _complement_triples(doclike, lexicon or default_lexicon())


#: Verbs whose infinitive is read as the relation itself: going on, failed or denied.
_CARRIED_ON_OR_UNDONE_VERBS = ASPECTUAL_VERBS | FAILURE_VERBS | DENIAL_VERBS
#: Verbs whose infinitive or gerund did not happen, by failure or denial.
_FAILED_OR_DENIED_VERBS = FAILURE_VERBS | DENIAL_VERBS
#: Verbs whose own act is stated with their infinitive ("agreed to buy X", "applied to ban
#: the party": the application was made).
_STATED_VERBS = REALIZED_VERBS | AGREEING_VERBS | APPLYING_VERBS


def _complement_triples(doclike: Iterable[Token],
                        lexicon: EventLexicon) -> Iterator[TokenTriple]:
    """What an actor threatens, promises, agrees or refuses to do, and to whom.

    "Israel threatened to ban voting in East Jerusalem" gives Israel —threaten
    to ban→ voting and Israel —threaten to ban in→ East Jerusalem; the event
    class is the main verb's (THREATEN), else the infinitive's. The infinitive
    did not necessarily happen, so the triples are ``hedged``, except after a verb
    whose own act happened ("refused to hand over X": ``refuse to hand over``), an
    aspectual verb ("began to withdraw from X" is a withdrawal), a verb of
    failure or denial ("failed to reach X" is a negated reach, "denied shelling
    X" a negated shelling) or "has yet to" ("has yet to release X" is a negated
    release). A refusal happened and its infinitive did not: "refused to release
    X" gives "refuse to release" X and a negated "release" X.
    """
    for verb in doclike:
        if verb.pos_ != "VERB":
            continue
        inner = verb_lemma(verb)
        if adjective_control(verb):
            # "X is willing / ready / not prepared to send troops to Y"
            adjective, copula = verb.head, verb.head.head
            if adjective.lemma_.lower() in DEGREE_ADJECTIVES:
                # "the translations are enough to configure X": not done by the subject
                continue
            agents = core(copula)[0]
            # a negative adjective is the relation's negation, not part of its name: "was
            # unable to reach X" gives a negated "reach" (not a negated "unable to reach",
            # which would deny it twice); so is an improbable one, hedged as "will not":
            # "the Fed is unlikely to raise rates" is a negated, hedged "raise"
            negative = adjective.lower_ in NEGATIVE_ADJECTIVES | IMPROBABLE_ADJECTIVES
            base = inner if negative else f"{adjective.lemma_.lower()} to {inner}"
            # "was able to negotiate X" did it; "is ready to send" may not
            hedged = (adjective.lemma_.lower() not in IMPLICATIVE_ADJECTIVES
                      or is_future(copula))
            negated = is_negated(copula) != negative
            yield from _objects(verb, agents, base, negated, hedged, lexicon)
            continue
        if (near := nearness(verb)) is not None:
            # "Toyota is close to buying a stake in Suzuki": a purchase in prospect
            # (hedged); "Iran came close to striking the base": no strike (negated)
            matrix, fell_short = near
            yield from _objects(verb, core(matrix)[0], inner, fell_short, not fell_short,
                                lexicon)
            continue
        if (interested := interest_holder(verb)) is not None:
            # "Exxon expressed interest in buying Pioneer": a purchase it would make (hedged);
            # "has no interest in buying X": none (negated)
            matrix, denied = interested
            yield from _objects(verb, core(matrix)[0], inner, denied, not denied, lexicon)
            continue
        if (rebuffed := rebuffers(verb)) is not None:
            # "Indonesia rejects Australia's request to extradite X": no extradition
            yield from _objects(verb, rebuffed, inner, True, False, lexicon)
            continue
        if (held := intention_holders(verb)) is not None:
            # "Apple has no plans to acquire X", "announced plans to buy X"
            noun, agents, negated = held
            if noun.lemma_.lower() in REFUSAL_NOUNS:
                # "Russia's refusal to extradite X": the refusal happened, the
                # extradition did not ("Iran's failure to stop X" is only a stop that
                # did not happen)
                if noun.lemma_.lower() not in FAILURE_NOUNS:
                    yield from _objects(verb, agents, f"{noun.lemma_.lower()} to {inner}",
                                        False, False, lexicon)
                yield from _objects(verb, agents, inner, not negated, False, lexicon)
                continue
            # "his second attempt to cross X" was made; "plans to buy X" are only plans,
            # unless carried out ("fulfilled his pledge to pick X")
            hedged = (not negated and noun.lemma_.lower() not in REALIZED_VERBS
                      and not _fulfilled(noun))
            yield from _objects(verb, agents, f"{noun.lemma_.lower()} to {inner}", negated,
                                hedged, lexicon)
            if not negated and failed_intention(noun):
                # "Kenya's attempt to deploy police to Haiti fails": the attempt was made
                # (above), the deployment did not happen
                yield from _objects(verb, agents, inner, True, False, lexicon)
            continue
        if not subject_control(verb) or is_passive(verb):
            # "became the first to be awarded the prize": the subject is the one
            # awarded, not who awards
            continue
        matrix = verb.head
        while subject_control(matrix) and _denied_intent(matrix) is None:
            matrix = matrix.head
        # "Minsk denied preparing to attack Lithuania", "Moscow denied planning to attack
        # Kyiv": the intent is what is denied, the relation's matrix (a negated "prepare
        # to attack"), its subject the denier's
        denier = _denied_intent(matrix)
        if not _plain_complement(verb, matrix):
            continue
        if (stop := _ceased(verb, matrix)) is not None:
            # "threatened to stop buying Turkish tomatoes": "threaten to stop buying", not
            # "threaten to buy"; "failed to stop supplying X": a negated "stop supplying"
            inner = f"{stop.lemma_.lower()} {verb.lower_}{inner[len(verb.lemma_):]}"
        agents = core(matrix)[0] or (core(denier)[0] if denier is not None else [])
        # "Sandworm is likely to try to hack PSE": the subject of the adjective's copula,
        # as for "is likely to hack PSE" (above), hedged as it is ("is eager to try to
        # draw X in"; not after an implicative one: "was able to try to reach X"); not a
        # negative or improbable adjective, nor a denied one, whose "not" the relation
        # would lose ("is unlikely to try to close X", "is not likely to try to")
        unsure_adjective = False
        if (not agents and adjective_control(matrix)
                and matrix.head.lower_ not in NEGATIVE_ADJECTIVES | IMPROBABLE_ADJECTIVES
                and not is_negated(matrix.head.head)):
            agents = core(matrix.head.head)[0]
            unsure_adjective = (matrix.head.lemma_.lower() not in IMPLICATIVE_ADJECTIVES
                                or is_future(matrix.head.head))
        if _after_to_phrase(verb, matrix):
            # "agreed to the settlement to avoid the costs": what it agreed to is the
            # settlement; avoiding the costs is its purpose, only intended (as "agreed to
            # pay a fine to settle charges" settles them)
            if not is_negated(matrix):
                yield from _objects(verb, agents, inner, False, True, lexicon,
                                    pattern="control")
            continue
        if (opener := _refused_ruling_out(verb)) is not None:
            # "Germany refused to rule out sending tanks": no refusal to send; the ruling
            # out is what is refused (negated), and the sending stays possible
            matrix = opener
        if not agents:
            continue
        matrix_lemma = matrix.lemma_.lower()
        if verb_lemma(matrix).replace(" ", "_") in REFUSAL_VERBS:
            matrix_lemma = verb_lemma(matrix).replace(" ", "_")  # "ruled out sending"
        if matrix_lemma in LODGING_VERBS and not to_infinitive(verb):
            # "Japan lodges protest with China" (a headline): the parse made the lodged
            # noun a bare infinitive; it is "lodge protest with", as "lodged a protest with"
            yield from _objects(verb, agents, f"{matrix_lemma} {verb.lemma_.lower()}",
                                is_negated(matrix), is_future(matrix), lexicon,
                                pattern="prep")
            continue
        if (matrix_lemma in UNDONE_VERBS and not is_negated(matrix)
                and "_".join([verb.lemma_.lower(), *(c.lower_ for c in kids(verb)
                                                     if c.dep_ == PRT)]) in RULING_OUT_VERBS):
            # "refused to rule out talks with X": the talks stay possible (hedged by the
            # pipeline: context.unsure_negation)
            yield from _left_open_events(verb, agents, lexicon)
        if not_yet(matrix):
            # "Iran has yet to release the sailors": a release, not done so far
            base, hedged, negated = inner, False, True
        elif matrix_lemma in UNHESITATING_VERBS and is_negated(matrix):
            # "did not hesitate to expel the ambassador": expelled
            base, hedged, negated = inner, is_future(matrix), _own_negation(verb)
        elif ceases(matrix) and verb.tag_ == "VBG":
            # "has stopped recognising X": no longer done (unless "did not stop")
            base, hedged, negated = inner, is_future(matrix), not is_negated(matrix)
        elif matrix_lemma in _CARRIED_ON_OR_UNDONE_VERBS:
            # "denied shelling X": a shelling stated as not having happened; "will
            # continue to take action against X": a future action
            base, hedged = inner, is_future(matrix)
            negated = is_negated(matrix) != (matrix_lemma in _FAILED_OR_DENIED_VERBS)
            if matrix_lemma in DENIAL_VERBS and left_open(matrix):
                # "neither confirmed nor denied striking X": left open
                hedged, negated = True, False
        elif matrix_lemma in REFUSAL_VERBS:
            # "refused to release X": the refusal happened, the release did not
            yield from _objects(verb, agents, f"{verb_lemma(matrix)} to {inner}",
                                is_negated(matrix) or matrix == opener, False, lexicon)
            if matrix.dep_ == ADVCL and to_infinitive(matrix):
                # "kept a low profile to avoid angering Beijing": a purpose, nothing that
                # did not happen
                continue
            base, hedged, negated = inner, False, not is_negated(matrix)
        else:
            # "refused to hand over X": the refusal happened; "plans to leave" may not
            # "agreed not to market the drug": the agreement is stated, and what it binds
            # not to do is its wording ("agree not to market"), as a noun's "not to" is
            # ("an undertaking not to seek seats"), not a negated "agree to market"
            refrain = _not_to(verb)
            marker = f"not {_infinitive_marker(verb)}" if refrain else _infinitive_marker(verb)
            base = f"{verb_lemma(matrix)} {marker} {inner}"
            # "agreed to buy X": the agreement the relation names is stated; "used to own
            # X": a past habit; "decided whether to buy X": an open question, no decision
            # to buy stated
            hedged = ((matrix_lemma not in _STATED_VERBS or is_future(matrix))
                      and not _habit(matrix, verb)) or _open_question(verb) or unsure_adjective
            # "claimed to have no memory of it": the infinitive's own negation counts
            negated = ((is_negated(matrix) != (_own_negation(verb) and not refrain))
                       != (denier is not None))
            yield from _objects(verb, agents, base, negated, hedged, lexicon,
                                shown=_gerund_reading(matrix, verb, inner))
            if refrain and not is_negated(matrix) and denier is None:
                # "chose not to fine Barclays": the fine is not done (negated), as the
                # release a refusal names is not ("refused to release X")
                yield from _objects(verb, agents, inner, True, is_future(matrix), lexicon)
            if (matrix_lemma in AGREEING_VERBS and to_infinitive(verb)
                    and not is_negated(matrix) and not _own_negation(verb)
                    and not _carried_event(verb, lexicon)):
                # "agreed to buy X": the agreement is stated, the purchase agreed on is
                # still to come (hedged), as the release a refusal names did not happen
                yield from _objects(verb, agents, inner, False, True, lexicon)
            continue
        yield from _objects(verb, agents, base, negated, hedged, lexicon)


def _carried_event(verb: Token, lexicon: EventLexicon) -> bool:
    """Whether a light verb only carries its event noun object ("agreed to hold talks"):
    the event is told by its own (support-verb) triple, hedged as agreed on."""
    return verb.lemma_.lower() in LIGHT_VERBS and any(
        c.dep_ == DOBJ and lexicon.is_event_noun(c.lemma_) for c in kids(verb))


#: Dependencies of a noun: a "verb" in one of them is a noun the tagger misread.
NOMINAL_DEPS = frozenset({NSUBJ, NSUBJPASS, DOBJ, POBJ})


#: Verbs that may stand between an infinitive and its matrix, made once.
_LINKING_VERBS = ASPECTUAL_VERBS | ATTEMPT_VERBS | CONTRIBUTING_VERBS


def _denied_intent(verb: Token) -> Token | None:
    """The verb of denial whose gerund a verb of intent is, or None: "denied planning to
    attack X", "denies preparing to invade Y", "denied plotting to kill Z" (a gerund of
    :data:`~extract.lexicon.INTENT_VERBS`, the complement or, as the parse often has it,
    the object of a verb of :data:`~extract.lexicon.DENIAL_VERBS` that is neither negated
    nor left open: "did not deny planning to attack X", "neither confirmed nor denied
    preparing to V" deny nothing). What is denied is the intent; the infinitive stays
    only intended.

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("Moscow denied planning to attack Kyiv", '''
    ...     1 nsubj PROPN Moscow NNP
    ...     1 ROOT VERB deny VBD
    ...     1 dobj VERB plan VBG
    ...     4 aux PART to TO
    ...     2 xcomp VERB attack VB
    ...     4 dobj PROPN Kyiv NNP''')
    >>> _denied_intent(doc[2]), _denied_intent(doc[4])
    (denied, None)
    """
    head = _denial_of_holding(verb)
    if (head is None or verb.lemma_.lower() not in INTENT_VERBS
            or is_negated(head) or left_open(head)):
        return None
    return head


def _denial_of_holding(verb: Token) -> Token | None:
    """The verb of denial whose gerund a verb holding an intention noun is ("denied
    having plans to V", :data:`~extract.lexicon.HOLDING_VERBS`), or None."""
    head = verb.head
    if (verb.tag_ != "VBG" or verb.dep_ not in (XCOMP, DOBJ) or head == verb
            or head.lemma_.lower() not in DENIAL_VERBS):
        return None
    return head


def _plain_complement(verb: Token, matrix: Token) -> bool:
    """Whether ``verb`` is what the subject of ``matrix`` is said to do, not a purpose,
    an object or a modifier that the parse hung on it as a complement.

    Not when

    - a verb between them is not one an act passes through (aspectual, of trying or
      helping: "agreed to continue to provide X", "vowed to keep fighting X",
      :data:`~extract.lexicon.ASPECTUAL_VERBS`, :data:`~extract.lexicon.ATTEMPT_VERBS`,
      :data:`~extract.lexicon.CONTRIBUTING_VERBS`; the verb of "refused to rule out
      sending X"; a verb of stopping right above a gerund, which the relation keeps:
      :func:`_ceased`): "agreed to settle to avoid the costs" avoided nothing by
      agreeing (a purpose of settling), "failed to justify holding X" held X, "admitted
      wanting to close X" is no admission of closing it;
    - the matrix is a verb of making whose gerund is its object ("has made curbing
      migration a priority", :data:`~extract.lexicon.OBJECT_PREDICATIVE_VERBS`);
    - the matrix stands where a noun does, as a subject or object: "the freight trains
      passing through X had made 19,000 trips" ("trains" misread as a verb);
    - the matrix is a verb of speaking or writing, which takes no infinitive of its own
      (:data:`~extract.lexicon.SPEECH_VERBS`): "who the SEC said also sold the stock",
      "'We stand ready,' tweeted Johnson, 'to provide help'";
    - a gerund follows the matrix's "to" phrase, whose noun does it: "led to him working
      with X".

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("Brazil agreed to settle to avoid a war", '''
    ...     1 nsubj PROPN Brazil NNP
    ...     1 ROOT VERB agree VBD
    ...     3 aux PART to TO
    ...     1 xcomp VERB settle VB
    ...     5 aux PART to TO
    ...     3 xcomp VERB avoid VB
    ...     7 det DET a DT
    ...     5 dobj NOUN war NN''')
    >>> _plain_complement(doc[5], doc[1]), _plain_complement(doc[3], doc[1])
    (False, True)
    """
    link = verb.head
    while link.i != matrix.i:
        lemma = link.lemma_.lower()
        joined = "_".join([lemma, *(c.lower_ for c in kids(link) if c.dep_ == PRT)])
        if (lemma not in _LINKING_VERBS
                and joined not in RULING_OUT_VERBS
                and not (link.i == verb.head.i and _ceased(verb, matrix) is not None)):
            return False
        link = link.head
    if matrix.dep_ in NOMINAL_DEPS and matrix.tag_ != "VBG":
        return False
    if matrix.lemma_.lower() in SPEECH_VERBS:
        return False
    if not to_infinitive(verb) and any(prep.lower_ == "to" and prep.i < verb.i and pobjs(prep)
                                       for prep in children_of(matrix, PREP)):
        # "had led to him working with X": the gerund is the "to" phrase's doing
        return False
    return not (matrix.lemma_.lower() in OBJECT_PREDICATIVE_VERBS and verb.tag_ == "VBG")


def _ceased(verb: Token, matrix: Token) -> Token | None:
    """The verb of stopping a gerund hangs on, below its matrix, which the relation keeps:
    "threatened to stop buying X" is "threaten to stop buying" X, "agreed to halt
    exporting X" "agree to halt exporting" (:data:`~extract.lexicon.CESSATION_VERBS`; with
    the matrix's own "stopped buying X", or none, None).

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("Russia threatened to stop buying tomatoes", '''
    ...     1 nsubj PROPN Russia NNP
    ...     1 ROOT VERB threaten VBD
    ...     3 aux PART to TO
    ...     1 xcomp VERB stop VB
    ...     3 xcomp VERB buy VBG
    ...     4 dobj NOUN tomato NNS''')
    >>> _ceased(doc[4], doc[1])
    stop
    """
    stop = verb.head
    if (stop.i == matrix.i or verb.tag_ != "VBG" or to_infinitive(verb)
            or not ceases(stop)):
        return None
    return stop


def _after_to_phrase(verb: Token, matrix: Token) -> bool:
    """Whether the infinitive ``verb`` follows a "to" phrase of its matrix, which is what
    the matrix takes: "agreed to the settlement to avoid the costs" agreed to the
    settlement, and avoiding the costs is its purpose.

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("Siemens agreed to the deal to end the dispute", '''
    ...     1 nsubj PROPN Siemens NNP
    ...     1 ROOT VERB agree VBD
    ...     1 prep ADP to IN
    ...     4 det DET the DT
    ...     2 pobj NOUN deal NN
    ...     6 aux PART to TO
    ...     1 xcomp VERB end VB
    ...     8 det DET the DT
    ...     6 dobj NOUN dispute NN''')
    >>> _after_to_phrase(doc[6], doc[1])
    True
    """
    return to_infinitive(verb) and any(
        prep.lower_ == "to" and prep.i < verb.i and pobjs(prep)
        for prep in children_of(matrix, PREP))


def _refused_ruling_out(verb: Token) -> Token | None:
    """The verb of ruling out a complement hangs on when that verb is itself refused or
    failed: "refused to rule out sending tanks", "declined to exclude sanctions" (see
    :data:`~extract.lexicon.RULING_OUT_VERBS`), else None.

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("Berlin refused to rule out sending tanks", '''
    ...     1 nsubj PROPN Berlin NNP
    ...     1 ROOT VERB refuse VBD
    ...     3 aux PART to TO
    ...     1 xcomp VERB rule VB
    ...     3 prt ADP out RP
    ...     3 xcomp VERB send VBG
    ...     5 dobj NOUN tank NNS''')
    >>> _refused_ruling_out(doc[5])
    rule
    """
    opener = verb.head
    if verb.dep_ != XCOMP or opener.dep_ != XCOMP:
        return None
    lemma = "_".join([opener.lemma_.lower(),
                      *(c.lower_ for c in kids(opener) if c.dep_ == PRT)])
    if lemma not in RULING_OUT_VERBS:
        return None
    return opener if opener.head.lemma_.lower() in UNDONE_VERBS else None


def _gerund_reading(matrix: Token, verb: Token, inner: str) -> str | None:
    """How a gerund complement reads, as written: "recalled receiving a toy from X" is
    "recall receiving from" X, not "recall to receive from" (the relation's lemma keeps
    the infinitive). None for a "to" infinitive or when the gerund's lemma does not start
    its relation, for a gerund not right under the verb ("vowed to keep fighting X"
    stays "vow to fight") or not right after it but for adverbs ("led to him working"),
    and after "say" (a clause the parse cut: "said naming the virus ... would").

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["she", "recalled", "receiving", "it"],
    ...           heads=[1, 1, 1, 2], deps=["nsubj", "ROOT", "xcomp", "dobj"],
    ...           tags=["PRP", "VBD", "VBG", "PRP"], lemmas=["she", "recall", "receive", "it"])
    >>> _gerund_reading(doc[1], doc[2], "receive")
    'recall receiving'
    """
    lemma = verb.lemma_.lower()
    if (verb.tag_ != "VBG" or to_infinitive(verb) or not verb.lower_.endswith("ing")
            or verb.dep_ != XCOMP or verb.head.i != matrix.i or not inner.startswith(lemma)
            or matrix.lemma_.lower() in CLAUSE_SAYING_VERBS
            or any(not t.is_punct and t.pos_ != "ADV" for t in matrix.doc[matrix.i + 1:
                                                                      verb.left_edge.i])):
        return None
    return f"{verb_lemma(matrix)} {verb.lower_}{inner[len(lemma):]}"


def _open_question(verb: Token) -> bool:
    """Whether an infinitive is asked about, not chosen: "decided whether to buy Hornets",
    "is considering whether to appeal" (a "whether" marks it; "decided to buy" does not).
    """
    return any(c.dep_ == MARK and c.lower_ == "whether" for c in kids(verb))


def _infinitive_marker(verb: Token) -> str:
    """The words before an infinitive in its matrix's relation: "whether to" for an
    open question (:func:`_open_question`: "decide whether to buy", not "decide to buy",
    which states a decision), else "to"."""
    return "whether to" if _open_question(verb) else "to"


def _habit(matrix: Token, verb: Token) -> bool:
    """Whether "used to" says what was done in the past, as a habit: "DeBartolo, who used
    to own the 49ers", "she used to run a bakery" (:data:`~extract.lexicon.HABIT_VERBS`,
    past, active, with no object of its own: "used force to disperse them" is a means).

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["he", "used", "to", "own", "it"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 3, 1, 3],
    ...           deps=["nsubj", "ROOT", "aux", "xcomp", "dobj"], tags=["PRP", "VBD", "TO",
    ...           "VB", "PRP"], lemmas=["he", "use", "to", "own", "it"])
    >>> _habit(doc[1], doc[3])
    True
    """
    return (matrix.lemma_.lower() in HABIT_VERBS and matrix.tag_ == "VBD"
            and verb.dep_ == XCOMP and verb.head.i == matrix.i and to_infinitive(verb)
            and not any(c.dep_ in (DOBJ, AUXPASS, NSUBJPASS, AUX)
                        for c in kids(matrix)))


def _fulfilled(noun: Token) -> bool:
    """Whether a plan or pledge noun is carried out: the object of a fulfilling verb
    ("fulfilled his pledge to", "kept its promise to"), also through "on" ("delivered
    on his promise to"), not negated ("did not keep his promise")."""
    verb = noun.head
    if noun.dep_ == POBJ and verb.lower_ == "on":
        verb = verb.head
    elif noun.dep_ != DOBJ:
        return False
    return (verb.lemma_.lower() in FULFILLING_VERBS
            and not has_neg(verb))


#: Verbs whose object is an intention held, given up or denied ("dropped its bid to").
_INTENTION_OBJECT_VERBS = HOLDING_VERBS | DENIED_INTENTION_VERBS
#: Verbs that give up or deny the intention they take, made once.
_DROPPED_INTENTION_VERBS = ABANDONING_VERBS | DENIED_INTENTION_VERBS


def intention_holders(verb: Token) -> tuple[Token, list[Token], bool] | None:
    """The intention noun an infinitive depends on, who holds it, and whether it is
    given up or denied, or None.

    The holder is the noun's possessor ("Russia's bid to seize X") or its named "by"
    phrase ("a bid by UniCredit to buy Commerzbank"), the subject of a
    verb that holds it ("Siemens announced plans to buy X", "Apple has no plans to
    acquire X") or of a clause it is "in" ("Qatar is in talks to buy X"). The
    intention is negated by "no", by a negated holding verb, by one that gives it
    up ("dropped its bid to buy X") or by one that denies it ("denied any plans to
    attack Y").

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab,
    ...           words=["Apple", "has", "no", "plans", "to", "acquire", "Perplexity"],
    ...           heads=[1, 1, 3, 1, 5, 3, 5],
    ...           deps=["nsubj", "ROOT", "det", "dobj", "aux", "acl", "dobj"],
    ...           pos=["PROPN", "VERB", "DET", "NOUN", "PART", "VERB", "PROPN"],
    ...           lemmas=["Apple", "have", "no", "plan", "to", "acquire", "Perplexity"])
    >>> noun, holders, negated = intention_holders(doc[5])
    >>> noun.text, [t.text for t in holders], negated
    ('plans', ['Apple'], True)
    """
    noun = verb.head
    if verb.dep_ == PCOMP and verb.tag_ == "VBG" and noun.lower_ == "of":
        # "Israel has no intention of attacking Iran": the gerund after "of"
        noun = noun.head
        if noun.lemma_.lower() not in INTENTION_OR_REFUSAL_NOUNS:
            return None
    # "Hezbollah's vow to retaliate" may be parsed as a relative clause, "announces plans
    # to deploy" with the infinitive as the noun's xcomp
    elif (not (verb.dep_ in (ACL, RELCL) or (verb.dep_ == XCOMP and noun.pos_ == "NOUN"))
            or noun.lemma_.lower() not in INTENTION_OR_REFUSAL_NOUNS
            or not to_infinitive(verb)):
        return None
    # "no plans" (the holding verb's own negation is that "no")
    negated = any(c.dep_ == DET and c.lower_ == "no" for c in kids(noun))
    holders = with_conjuncts(children_of(noun, POSS))
    # "the decision by Russia to expel two diplomats", "a bid by UniCredit to buy X": a
    # named "by" phrase before the infinitive holds it as a possessor does
    holders = holders or [p for prep in children_of(noun, PREP)
                          if prep.lower_ == "by" and prep.i < verb.i
                          for p in with_conjuncts(pobjs(prep)) if names_something(p)]
    # "a Qatari offer to mediate", "a Hamas proposal to release the hostages": a
    # nationality or a named body before the noun holds it as a possessor does
    holders = holders or _named_holders(noun)
    head = noun.head
    if noun.dep_ in OBJ_DEPS and head.lemma_.lower() in _INTENTION_OBJECT_VERBS:
        # "dropped its bid to buy X", "denied any plans to attack Y": given up, denied
        holders = holders or core(head)[0]
        negated = negated or (is_negated(head) != (
            head.lemma_.lower() in _DROPPED_INTENTION_VERBS))
        if (denial := _denial_of_holding(head)) is not None:
            # "Venezuela denied having plans to invade Guyana", "denies having any
            # intention of attacking X": the holding is denied; "did not deny having
            # plans to V" leaves them open (the "not" is the denial's)
            holders = holders or core(denial)[0]
            no_plans = any(c.dep_ == DET and c.lower_ == "no" for c in kids(noun))
            negated = not no_plans and not is_negated(denial) and not left_open(denial)
    elif (noun.dep_ == DOBJ and head.lemma_.lower() in WEIGHING_VERBS and not holders
          and not any(c.dep_ == DET and c.lower_ not in ("a", "an") for c in kids(noun))
          and not any(prep.lower_ in ("from", "by") for prep in children_of(noun, PREP))):
        # "Glencore is considering a bid to acquire Antofagasta": its own bid, weighed (a
        # bid "from" another is that other's: "the board weighed a bid from X to buy Y";
        # so is one made already: "analysts weighed the offer to buy X")
        holders = core(head)[0]
        negated = negated or is_negated(head)
    elif noun.dep_ == POBJ and head.lower_ == "in" and head.head.pos_ in ("VERB", "AUX"):
        holders = holders or core(head.head)[0]
        # "failed in its bid to join X": the joining did not happen
        negated = negated or (is_negated(head.head)
                              != (head.head.lemma_.lower() in FAILURE_VERBS))
    return (noun, holders, negated) if holders else None


#: Entity types of a name compounded with an intention noun that holds it ("a Hamas
#: proposal to V", "a Trump plan to V"; not a place, which is often what the plan is for:
#: "a Gaza plan to rebuild ...").
_HOLDER_TYPES = frozenset({"ORG", "NORP", "PERSON"})


def _named_holders(noun: Token) -> list[Token]:
    """The nationality adjectives and named modifiers of an intention noun that hold it:
    "an American offer to mediate talks" (United States), "a Hamas proposal to release the
    hostages" (Hamas), "the Houthi threat to attack ships"; a nationality adjective
    (NORP) or a proper noun of a body, group or person compounded with the noun, before it.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["a", "Qatari", "offer", "to", "mediate"],
    ...           heads=[2, 2, 2, 4, 2], deps=["det", "amod", "ROOT", "aux", "acl"],
    ...           pos=["DET", "ADJ", "NOUN", "PART", "VERB"],
    ...           ents=["O", "B-NORP", "O", "O", "O"])
    >>> [t.text for t in _named_holders(doc[2])]
    ['Qatari']
    """
    return [c for c in kids(noun) if c.i < noun.i and c.ent_type_ in _HOLDER_TYPES and (
        (c.dep_ == AMOD and c.ent_type_ == "NORP")
        or (c.dep_ == COMPOUND and c.pos_ == "PROPN"))]


#: Verbs of failing or collapsing, made once.
_FAILING_VERBS = FAILURE_VERBS | COLLAPSING_VERBS


def failed_intention(noun: Token) -> bool:
    """Whether an intention noun is the subject of a verb of failing or collapsing:
    "Kenya's attempt to deploy police to Haiti fails", "Nvidia's bid to buy Arm
    collapsed" (:data:`~extract.lexicon.FAILURE_VERBS`,
    :data:`~extract.lexicon.COLLAPSING_VERBS`; not "did not fail"). The attempt or bid
    was made; what it was to do did not happen."""
    head = noun.head
    return (noun.dep_ == NSUBJ and head.lemma_.lower() in _FAILING_VERBS
            and not is_negated(head))


def rebuffers(verb: Token) -> list[Token] | None:
    """Who turns down the request noun an infinitive depends on, and so does not do it,
    or None: "Indonesia rejects Australia's request to extradite X", "Serbia rejected
    calls to recognise Kosovo", "declined an invitation to attend the summit"
    (:data:`~extract.lexicon.REQUEST_NOUNS` as the object of one of
    :data:`~extract.lexicon.REBUFFING_VERBS`, itself not negated). An infinitive with a
    subject of its own ("calls for Israel to withdraw") is asked of that subject.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["Indonesia", "rejects", "request", "to", "extradite", "Hollis"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 4, 2, 4],
    ...           deps=["nsubj", "ROOT", "dobj", "aux", "acl", "dobj"],
    ...           pos=["PROPN", "VERB", "NOUN", "PART", "VERB", "PROPN"],
    ...           lemmas=["Indonesia", "reject", "request", "to", "extradite", "Hollis"])
    >>> rebuffers(doc[4])
    [Indonesia]
    """
    noun = verb.head
    if (verb.dep_ not in (ACL, RELCL) or not to_infinitive(verb)
            or noun.lemma_.lower() not in REQUEST_NOUNS or noun.dep_ not in OBJ_DEPS
            or any(c.dep_ in (NSUBJ, NSUBJPASS, MARK) for c in kids(verb))):
        return None
    head = noun.head
    if (not is_verb(head) or verb_lemma(head).replace(" ", "_") not in REBUFFING_VERBS
            and head.lemma_.lower() not in REBUFFING_VERBS) or is_negated(head) \
            or is_passive(head):
        return None
    return core(head)[0] or None


def _not_to(verb: Token) -> bool:
    """Whether an infinitive is negated by a "not" or "never" right before its "to":
    "agreed *not to* market the drug", "promised *never to* strike again" (the choice
    stated, what it binds not to do its wording: :func:`_complement_triples`); not "to not
    go" nor "to have no memory" (:func:`_own_negation`)."""
    marker = next((c for c in verb.lefts if c.dep_ == AUX and c.lower_ == "to"), None)
    return marker is not None and any(
        c.dep_ == NEG and c.lower_ in NEGATORS and c.i == marker.i - 1
        for c in verb.lefts)


def _own_negation(verb: Token) -> bool:
    """Whether an infinitive is negated by itself ("to not go", "to have *no* memory"),
    not through the verb it completes."""
    return any(c.dep_ == NEG or (c.dep_ in (DOBJ, NSUBJ) and any(
        d.dep_ == DET and d.lower_ == "no" for d in kids(c))) for c in kids(verb))


def _left_open_events(verb: Token, agents: list[Token],
                      lexicon: EventLexicon) -> Iterator[TokenTriple]:
    """The event noun objects of a ruling out that is refused or failed, with their
    targets: "refuses to rule out talks with Pyongyang", "declined to exclude strikes on
    X" (the talks, the strikes; left possible, so hedged by the pipeline:
    :func:`extract.context.unsure_negation`, not called off: :func:`extract.context.
    called_off`), as "does not rule out talks with X" gives them. Not an event noun
    with an actor of its own ("Putin's visit", "the visit of Maduro", who may be its
    actor) nor the parties of "a meeting between X and Y" (theirs, not the subject's)."""
    for noun in with_conjuncts(children_of(verb, DOBJ)):
        event = event_lemma(noun, lexicon)
        if event is None or noun_agents(noun) or any(
                p.lower_ == "of" and any(names_something(o) for o in pobjs(p))
                for p in children_of(noun, PREP)):
            continue
        for prep, target in event_targets(noun, event):
            if prep.lower_ == "between":
                continue  # "a meeting between X and Y" is theirs, not the subject's
            for agent in agents:
                if names_something(target) and target.i != agent.i:
                    yield TokenTriple(agent, noun, target, event, event, "NOUN", False,
                                      "complement", True)


def _objects(verb: Token, agents: list[Token], base: str, negated: bool, hedged: bool,
             lexicon: EventLexicon, *, pattern: str = "complement",
             shown: str | None = None) -> Iterator[TokenTriple]:
    """Triples of an infinitive's objects, prepositional objects and place.

    ``shown`` is how the relation reads when not as ``base`` (a gerund's: "recall
    receiving"); the lemma stays ``base``.

    An event noun object with a target of its own gives the target too ("to
    provide aid for Ukraine" -> "... provide aid" Ukraine), and so does another
    object noun aimed at a named participant ("to break off relations with
    Russia" -> "... break off relation with" Russia).
    """
    if not agents:
        return
    # (or the object parsed as the subject of the clause after the verb: "pledged to help
    # Ukraine rebuild its grid", "refused to let aid trucks enter Gaza")
    # ("the envoy whom the RSF threatened to kill": the relative pronoun stands for the envoy)
    objects = [(None, infinitive_antecedent(verb, o) or o)
               for o in with_conjuncts(children_of(verb, *OBJ_DEPS)
                                       or [p for p in [stranded_relative(verb)] if p]
                                       or clause_objects(verb)
                                       or shared_objects(verb)
                                       or carried_on_objects(verb))
               if o.pos_ != "ADP" and swallowed_conjunct(o) is None]
    named_object = any(names_something(o) for _, o in objects)
    # ("vowed to press on with operations against X": "... press on with operation", the
    # wording of the listed phrase, which has no class of its own)
    carried = {o.i for o in carried_on_objects(verb)}
    eventful: set[int] = set()  # the verb's prepositions read as its event noun's targets
    for _, obj in list(objects):
        event = event_lemma(obj, lexicon)
        if event is not None:
            targets = event_targets(obj, event)
            if (lexicon.classify(event, pos="NOUN") in _ARMED_CLASSES
                    and (verb.lemma_.lower() in LIGHT_VERBS or lexicon.classify(
                        f"{verb.lemma_.lower()} {obj.lemma_.lower()}"))):
                # "refused to open fire on the protesters": the target the parser hung on
                # the light verb is the event's, as in a plain clause ("opened fire on X")
                # (only an armed act, and not a participant's "to" or "with", read below
                # as before: "threatened to impose tariffs on China" is "... impose on"
                # China, "considering taking the offer to shareholders" "... take offer to")
                hung = [(p, t) for p, t in prep_objects(verb)
                        if p.i > obj.i and p.lower_ not in DATIVE_PREPS
                        and is_target_prep(p.lower_, event)
                        and all(t.i != u.i for _, u in targets)]
                targets += hung
                eventful.update(p.i for p, _ in hung)
            for _, target in targets:
                objects.append((f"with {event}" if obj.i in carried else event, target))
                named_object = named_object or names_something(target)
            if targets or names_something(obj):
                continue
            # an event noun whose phrase names no target of its event may yet be addressed
            # to someone: "intends to lodge a formal protest with China" (the "with" of a
            # verb of lodging, :func:`~extract.rules.base.object_targets`); the relation
            # through it says what the bare noun did ("... lodge protest with" China), as
            # in a plain clause
            reached = object_targets(obj)
            if any(prep.lower_ != "against" for prep, _ in reached):
                objects.remove((None, obj))
        elif not names_something(obj):
            # "threatened to break off relations with Russia"; and the named actor of the
            # object's short complement, as a plain clause gives it: "failed to win a
            # contract from Turkish Airlines" is a negated "win contract from" the airline
            # (:func:`~extract.rules.verbal.complement_actor`)
            # (and the "from" of what is received: "failed to win a contract from X")
            reached = object_targets(obj)
            if any(prep.lower_ != "against" for prep, _ in reached):
                # "... break off relation with" Russia says what the bare "... break off |
                # relations" did, as in a plain clause ("broke off ties with Libya")
                objects.remove((None, obj))
            reached += [(prep, target)
                        for prep, target in complement_actor(obj) + received_from(verb, [obj])
                        if all(target.i != t.i for _, t in reached)]
        else:
            continue
        for prep, target in reached:
            wording = f"{obj.lemma_.lower()} {prep.lower_}"
            objects.append((f"with {wording}" if obj.i in carried else wording, target))
            named_object = True
    if verb.lemma_.lower() in APPEALING_VERBS:
        # "intends to appeal the decision": the judge who made it (ruling_authors); so
        # for "..., a decision X vows to challenge" (gapped_ruling)
        gapped = [] if objects else [(None, r) for r in [gapped_ruling(verb)] if r]
        for prep, obj in list(objects) + gapped:
            for author in ruling_authors(obj, lexicon) if prep is None else ():
                objects.append((obj.lemma_.lower(), author))
                named_object = True
            # "vowed to challenge the fine at the General Court": the court it is taken
            # before (:func:`~extract.rules.verbal.appealed_courts`)
            for at, court in appealed_courts(verb, obj) if prep is None else ():
                if all(court.i != other.i for _, other in objects):
                    objects.append((f"{obj.lemma_.lower()} {at.lower_}", court))
                    named_object = True
    if all(o.lemma_.lower() in CONCEDED_NOUNS for _, o in objects) and (
            winner := conceded_winner(verb, agents[0])) is not None:
        # "Villalobos refuses to concede": to the winner of the contest told before
        # (:func:`~extract.rules.verbal.conceded_winner`)
        objects.append((None, winner))
        named_object = True
    # the thing done, sent or sold names a relation through a preposition, as it does
    # for the verb alone: "offered to sell two hospitals in Sarasota" is "offer to sell
    # hospital in" Sarasota, not "offer to sell in" (:func:`place_label`)
    thing = next((o for p, o in objects if p is None and not names_something(o)), None)
    plain: set[int] = set()  # the objects through a plain preposition
    # a verb with no object of its own acts on what its preposition names, named or not,
    # as in a plain clause ("fired on protesters"): "denied firing on the migrants" is a
    # negated "fire on" the migrants, "refused to shoot at the crowd" a negated "shoot at"
    # (only an act of force: not "vowed to stay in office", nor "failed to agree on price",
    # whose bare object says little; but the matter of talks or an agreement that its
    # phrase says, as a plain clause gives it: :func:`_matter_talked`)
    bare = not objects
    for prep, obj in prep_objects(verb):
        if prep.i in eventful:
            continue  # "refused to open fire on the convoy": "open fire" on it, above
        movers = [m for m in admitted(verb, prep) if names_something(m) and m.i != obj.i]
        if movers and names_something(obj):
            # "refused to allow IAEA inspectors into Fordow": the inspectors' entry, with
            # the flags of the plain reading ("allow", negated), not of the refusal's (an
            # unnamed mover keeps the place: "to allow aid into Gaza", "allow into" Gaza)
            if base == verb_lemma(verb):
                for mover in movers:
                    yield TokenTriple(mover, verb, obj, "enter", "enter", "VERB", negated,
                                      "complement", hedged)
            continue
        if (names_something(obj) or prep.lower_ in DATIVE_PREPS
                or (bare and lexicon.classify(f"{verb_lemma(verb)} {prep.lower_}")
                    in _FORCE_CLASSES)
                or (bare and _matter_talked(verb, prep, obj))):
            plain.add(len(objects))
            objects.append((prep.lower_, obj))
            named_object = named_object or names_something(obj)
    if not named_object:
        place = place_of(verb, [o for p, o in objects if p is None])
        if place is not None:
            plain.add(len(objects))
            objects.append(place)
    for number, (prep, obj) in enumerate(objects):
        rel = base if prep is None else f"{base} {prep}"
        reading = rel if shown is None else shown if prep is None else f"{shown} {prep}"
        if number in plain and thing is not None:
            reading = place_label(base if shown is None else shown, thing, prep)
        # "failed to stop customers from laundering money": "stop customers" alone
        # loses the point
        # "refused to let Syrian troops enter the suburbs": "let" alone loses the entry
        second = (second_complement(verb, obj) or let_act(verb, obj)) if prep is None else None
        if prep is None and not taken_party(obj) and goal_phrase(verb, obj) is not None:
            continue  # "considering taking the offer to shareholders": the "to" triple's

        label = reading if second is None else f"{reading} {second}"
        for agent in agents:
            yield TokenTriple(agent, verb, obj, rel, label, "VERB", negated,
                              pattern, hedged)


def _matter_talked(verb: Token, prep: Token, obj: Token) -> bool:
    """Whether the "on" (or "over", "about") phrase of an infinitive of talks or agreement
    (:data:`~extract.lexicon.TOPIC_VERBS`, :data:`~extract.lexicon.TOPIC_PREPS`) says the
    matter agreed or talked over, as the plain clause reads it ("the ministers agreed on farm
    prices" is "agree on" them): "EC ministers failed to agree on farm prices" is a negated
    "agree on" farm prices, "refused to negotiate over new work rules" a negated "negotiate
    over" them. Only a matter said by more than its bare noun ("farm prices", "new
    sanctions against Syria", "a timetable for the talks"): "failed to agree on a price"
    says little.

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("Ministers failed to agree on farm prices", '''
    ...     1 nsubj NOUN minister NNS
    ...     1 ROOT VERB fail VBD
    ...     3 aux PART to TO
    ...     1 xcomp VERB agree VB
    ...     3 prep ADP on IN
    ...     6 compound NOUN farm NN
    ...     4 pobj NOUN price NNS''')
    >>> _matter_talked(doc[3], doc[4], doc[6]), _matter_talked(doc[3], doc[4], doc[5])
    (True, False)
    """
    return (verb.lemma_.lower() in TOPIC_VERBS and prep.lower_ in TOPIC_PREPS
            and obj.pos_ == "NOUN"
            and any(c.dep_ in _SAYING_DEPS for c in kids(obj)))


#: Dependencies of what a noun's phrase says beyond its bare head ("farm prices", "new
#: sanctions", "sanctions against Syria", "a timetable for eliminating missiles").
_SAYING_DEPS = frozenset({AMOD, COMPOUND, PREP, ACL, RELCL})


#: Classes of an act of force, which acts on what its preposition names, named or not
#: ("denied firing on the protesters", "refused to shoot at the crowd").
_FORCE_CLASSES = frozenset({"ASSAULT", "FIGHT", "COERCE"})
#: Classes of an armed act, whose event noun in a complement takes the target the parser
#: hung on its verb ("refused to open fire on the crowd"; not "threatened to impose
#: tariffs on China", read "... impose on" China as before).
_ARMED_CLASSES = frozenset({"ASSAULT", "FIGHT"})


#: Classes of a verb whose act may be made conditional on what another does: "threatened
#: to cut off gas supplies unless Kyiv paid its debts" is a threat made to Kyiv.
CONDITIONAL_CLASSES = frozenset({"THREATEN"})


def _conditioned(verb: Token) -> Iterator[TokenTriple]:
    """Whom a threat is made to: the named subject of an "if" or "unless" clause of the
    threatening verb or of the infinitive it threatens ("Iran threatened to launch an
    offensive unless Baghdad accepted its conditions" -> Iran threaten Baghdad). Only an
    active subject does what the threat is meant to prevent or obtain ("if it is
    attacked" names the one who threatens). Hedged, as the threatened act is and as
    :func:`conditioned_retaliation` is: what is threatened is only in prospect, on a
    condition ("threatened to behead the hostages unless Kenya withdrew its troops" says
    no one was killed; the blind judges of sheets 38 and 40: "threat should be
    hedged")."""
    agents = core(verb)[0]
    if not agents:
        return
    lemma = verb_lemma(verb)
    threatened, chain = [], [verb]
    while chain:
        tok = chain.pop()
        threatened.append(tok)
        chain.extend(children_of(tok, XCOMP))
    for tok in threatened:
        for clause in children_of(tok, ADVCL):
            mark = next((c for c in kids(clause) if c.dep_ == MARK
                         and c.lower_ in CONDITIONAL_MARKS), None)
            if mark is None:
                continue
            # the label says what is threatened and on what condition: "threaten to kill
            # hostage unless" Israel, not a bare "threaten" Israel (Israel is not the one
            # threatened with death)
            reading = _threat_reading(verb, threatened)
            # (a bare verb keeps its lemma: "warned of a national strike if Congress ..."
            # is "warn" Congress)
            label = f"{reading} {mark.lower_}" if reading != lemma else lemma
            for target in with_conjuncts(children_of(clause, NSUBJ)):
                if target.pos_ == "PRON" or not names_something(target):
                    continue
                for agent in agents:
                    yield TokenTriple(agent, verb, target, lemma, label, "VERB",
                                      is_negated(verb), "demand", True)


def _threat_reading(verb: Token, chain: list[Token]) -> str:
    """The words of a conditional threat: the threatening verb, each infinitive it
    threatens, and the unnamed object of each ("threatened to kill the hostages" ->
    "threaten to kill hostage"; "threatened a strike" -> "threaten strike"); a pronoun,
    a number or a name is left out ("to kill them", "to kill one of its captives")."""
    words: list[str] = []
    for tok in chain:
        words += [verb_lemma(tok)] if tok is verb else ["to", verb_lemma(tok)]
        thing = next((o for o in children_of(tok, DOBJ) if o.pos_ == "NOUN"
                      and not o.ent_type_), None)
        if thing is not None:
            words.append(thing.lemma_.lower())
    return " ".join(words)


def conditioned_retaliation(verb: Token) -> Iterator[TokenTriple]:
    """Whom an answer to a conditioned act is aimed at: the doer of an "if" or "unless"
    clause of a verb of retaliating (:data:`~extract.lexicon.RETALIATION_VERBS`) with no
    named object of its own. "Ethiopia warns it will respond if Egypt deploys troops to
    Somalia" -> Ethiopia respond Egypt; "Iran vowed to hit back if Israel struck its
    sites" -> Iran hit back Israel; "take" with a noun of answering
    (:data:`~extract.lexicon.RETALIATION_NOUNS`) too: "China warns it will take
    countermeasures if the Philippines allows X" -> China take countermeasure
    Philippines. Only in prospect, so hedged. Not an answer denied ("will not respond if
    X"), nor one with a named object ("will retaliate against Turkey if ...", read by
    the other rules), nor a passive condition ("if it is attacked", "if attacked by
    Iran": no threat is made to the attacker, as for :func:`_conditioned`), nor a crowd
    of nobody in particular ("markets will react if ...").

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["Russia", "will", "respond", "if", "Finland", "joins", "NATO"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[2, 2, 2, 5, 5, 2, 5],
    ...           deps=["nsubj", "aux", "ROOT", "mark", "nsubj", "advcl", "dobj"],
    ...           pos=["PROPN", "AUX", "VERB", "SCONJ", "PROPN", "VERB", "PROPN"],
    ...           lemmas=["Russia", "will", "respond", "if", "Finland", "join", "NATO"],
    ...           ents=["B-GPE", "O", "O", "O", "B-GPE", "O", "B-ORG"])
    >>> [(t.subject.text, t.lemma, t.object.text, t.hedged)
    ...  for t in conditioned_retaliation(doc[2])]
    [('Russia', 'respond', 'Finland', True)]
    """
    back = any(c.lower_ == "back" and c.dep_ in (PRT, ADVMOD) for c in kids(verb))
    lemma = f"{verb.lemma_.lower()} back" if back else verb.lemma_.lower()
    objects = [c for c in kids(verb) if c.dep_ in OBJ_DEPS and c.pos_ != "ADP"]
    if lemma == "take" and len(objects) == 1 and (
            objects[0].lemma_.lower() in RETALIATION_NOUNS):
        # "will take resolute countermeasures if X ...": an answer to X
        lemma, objects = f"take {objects[0].lemma_.lower()}", []
    elif lemma.replace(" ", "_") not in RETALIATION_VERBS:
        return
    if is_negated(verb) or objects or any(names_something(o) for _, o in prep_objects(verb)):
        return  # "will retaliate against Turkey if ...": its own object
    agents = core(verb)[0]
    warned = _warned(verb)
    for clause in children_of(verb, ADVCL):
        if not any(c.dep_ == MARK and c.lower_ in CONDITIONAL_MARKS for c in kids(clause)):
            continue
        for target in warned or with_conjuncts(children_of(clause, NSUBJ)):
            if target.pos_ == "PRON" or not names_something(target):
                continue
            for agent in agents:
                # (not a crowd of nobody in particular: "markets will react if the Fed
                # raises rates", "investors would respond if X cut its dividend")
                if agent.i != target.i and not (agent.tag_ == "NNS"
                                                 and not names_something(agent)):
                    yield TokenTriple(agent, verb, target, lemma, lemma, "VERB", False,
                                      "demand", True)


def _warned(verb: Token) -> list[Token]:
    """The named parties a verb of warning (:data:`~extract.lexicon.WARNING_VERBS`) warns
    of the answer ``verb`` says: "warned the United States it would retaliate if Congress
    approved the bill" -> the United States, at whom the answer is aimed (the condition's
    subject, Congress, only sets it off). None when the answer is said to no one named."""
    if verb.dep_ != CCOMP or verb.head.lemma_.lower() not in WARNING_VERBS:
        return []
    return [o for o in with_conjuncts(children_of(verb.head, DOBJ)) if names_something(o)]


def _demanded_of(noun: Token, clause: Token) -> Iterator[TokenTriple]:
    """Whom a demand noun's clause asks to act: "repeated its demand that President
    Museveni step down" -> opposition demand Museveni. The holder is the noun's named
    possessor, else the subject of the verb that holds it (its object, or through a
    preposition: "insisted on its demands that X ..."); the target the named subject of a
    "that" clause on the noun."""
    if not any(m.dep_ == MARK and m.lower_ == "that" for m in kids(clause)):
        return
    lemma = noun.lemma_.lower()
    yield from _asked(_holders(noun), noun, clause, lemma, "NOUN")


def _holders(noun: Token) -> list[Token]:
    """Who holds a demand noun: its named possessor, else the subject of the verb it is
    the object of, directly or through a preposition ("insisted on its demands")."""
    holders = [p for p in children_of(noun, POSS) if p.pos_ != "PRON"]
    head = noun.head
    if not holders and noun.dep_ in OBJ_DEPS and is_verb(head):
        holders = core(head)[0]
    elif not holders and noun.dep_ == POBJ and is_verb(head.head):
        holders = core(head.head)[0]
    return holders


def _asked(holders: list[Token], predicate: Token, clause: Token, rel: str,
           pos: str) -> Iterator[TokenTriple]:
    """Each holder demands of each named subject of ``clause`` (not a pronoun); the label
    says what is asked, as "call on Israel to halt construction" does ("call for Moscow
    to reduce its missiles" -> "call for to reduce missile", :func:`_demanded_wording`)."""
    label = _demanded_wording(rel, clause, infinitive=True)
    for target in with_conjuncts(children_of(clause, NSUBJ, NSUBJPASS)):
        if target.pos_ == "PRON" or not names_something(target):
            continue
        for holder in holders:
            yield TokenTriple(holder, predicate, target, rel, label, pos,
                              pos == "VERB" and is_negated(predicate), "demand")


def _demanded_wording(rel: str, clause: Token, *, infinitive: bool = False) -> str:
    """The label of a demand made of the subject of ``clause``: the demand's own relation
    and, in a few words, what the clause asks (:func:`~extract.rules.verbal.act_wording`):
    "demanded that the United States cancel the arms sale" -> "demand cancel arms sale",
    "called for Moscow to reduce its missiles" -> "call for to reduce missile" (with
    ``infinitive``, as "urge to halt construction"), "not to" kept. A clause that is no
    verb leaves the relation as it is."""
    if clause.pos_ not in ("VERB", "AUX"):
        return rel
    wording = act_wording(clause)
    if not infinitive:
        return f"{rel} {wording}"
    negative, wording = ("not ", wording[4:]) if wording.startswith("not ") else ("", wording)
    return f"{rel} {negative}to {wording}"


def _called_for(clause: Token, lexicon: EventLexicon) -> Iterator[TokenTriple]:
    """Whom a call "for X to" act is made of: "the Security Council called for Israel to
    halt its offensive", "renewed its call for Russia to withdraw" (a verb or noun whose
    "for" the lexicon lists as a demand, "call for", "appeal for")."""
    if clause.dep_ not in (ADVCL, ACL) or not any(
            m.dep_ == MARK and m.lower_ == "for" for m in kids(clause)):
        return
    head = clause.head
    if is_verb(head):
        rel = f"{verb_lemma(head)} for"
        if lexicon.classify(rel) == "DEMAND":
            yield from _asked(core(head)[0], head, clause, rel, "VERB")
    elif head.pos_ == "NOUN":
        rel = f"{head.lemma_.lower()} for"
        if lexicon.classify(rel) == "DEMAND":
            yield from _asked(_holders(head), head, clause, rel, "VERB")


def _obliged(verb: Token, lexicon: EventLexicon) -> Iterator[TokenTriple]:
    """Whom a saying verb says must or should do something: "the Red Cross said US forces
    must ensure security" -> Red Cross "say must" US (DEMAND), when the lexicon gives the
    verb with the modal a class. A pronoun subject of the clause is left out ("said it
    must act": most often the speaker)."""
    for clause in children_of(verb, CCOMP):
        modal = next((c.lower_ for c in kids(clause)
                      if c.dep_ == AUX and c.lower_ in OBLIGATION_MODALS), None)
        if modal is None:
            continue
        rel = f"{verb_lemma(verb)} {modal}"
        if lexicon.classify(rel) is None:
            continue
        agents = core(verb)[0]
        for target in with_conjuncts(children_of(clause, NSUBJ, NSUBJPASS)):
            if target.pos_ == "PRON" or not names_something(target):
                continue
            # "said the party must first agree to a direct vote": "say must agree to
            # direct vote" (the bare "say must" leaves out what is demanded)
            label = _demanded_wording(rel, clause)
            for agent in agents:
                yield TokenTriple(agent, verb, target, rel, label, "VERB", is_negated(verb),
                                  "demand")


def _stated_fact(clause: Token) -> bool:
    """Whether the clause of a verb of demanding states what was or has been the case,
    not what is required: "insisted that Moscow had violated the treaty", "insists the
    boats were in Vietnamese waters" (a claim: a past or perfect verb); "demanded that
    Ukraine withdraw", "insisted that the United States must lift sanctions" are
    demands, and so is a past obligation (:data:`~extract.lexicon.OBLIGATION_VERBS` with
    a "to" infinitive): "insisted that Ukraine had to withdraw its troops".

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("Kyiv withdraw Moscow had violated Kyiv had to go", '''
    ...     1 nsubj PROPN Kyiv NNP
    ...     1 ROOT VERB withdraw VB
    ...     4 nsubj PROPN Moscow NNP
    ...     4 aux AUX have VBD
    ...     4 ROOT VERB violate VBN
    ...     6 nsubj PROPN Kyiv NNP
    ...     6 ROOT VERB have VBD
    ...     8 aux PART to TO
    ...     6 xcomp VERB go VB''')
    >>> _stated_fact(doc[1]), _stated_fact(doc[4]), _stated_fact(doc[6])
    (False, True, False)
    """
    if clause.lemma_.lower() in OBLIGATION_VERBS and any(
            c.dep_ == XCOMP and to_infinitive(c) for c in kids(clause)):
        return False  # "(insisted that Ukraine) had to withdraw": a demand
    if clause.lemma_.lower() == _BE and clause.tag_ in _PRESENT_TAGS:
        return True  # "insisted that Taiwan is part of China": what is so, a claim
    return clause.tag_ == "VBD" or any(
        c.dep_ in (AUX, AUXPASS) and (c.tag_ == "VBD" or c.lemma_.lower() == _HAVE)
        for c in kids(clause))


#: The auxiliary of a perfect ("had violated", "has broken").
_HAVE = "have"
#: The copula, and the tags of its present ("is", "are"): a present state is a claim.
_BE = "be"
_PRESENT_TAGS = frozenset({"VBZ", "VBP"})


def _moved_thing(noun: Token) -> bool:
    """Whether a demanded object is an event noun of moving someone or something out
    (:data:`_REMOVAL_CLASSES`) with an "of" phrase of what it moves, whose "from" phrase
    is where from, not whom it is demanded of: "ordered the expulsion of the envoy from
    Niamey", "demanded the withdrawal of Indian troops from Kashmir" ("demanded an
    apology from Japan", "autonomy from the Serbian authorities", "the extradition of X
    from Sweden" are asked of Japan, the authorities and Sweden)."""
    return default_lexicon().classify(noun.lemma_.lower(), pos="NOUN") in _REMOVAL_CLASSES \
        and any(p.dep_ == PREP and p.lower_ == "of" for p in kids(noun))


#: Classes of an event noun that moves someone or something out ("expulsion",
#: "withdrawal", "deportation").
_REMOVAL_CLASSES = frozenset({"RETREAT", "SANCTION", "COERCE"})


def _before_semicolon(clause: Token, verb: Token) -> bool:
    """Whether a clause the parser hangs on a verb as its complement is a clause of its
    own before it, a semicolon between them: "Spanish police arrest X in Marbella; Albania
    requests his extradition" (Albania asks nothing of the police)."""
    if clause.i > verb.i:
        return False
    doc = verb.doc
    return any(doc[j].text == ";" for j in range(clause.right_edge.i + 1, verb.i))


def demand_triples(doclike: Doc | Span, *,
                   lexicon: EventLexicon | None = None) -> Iterator[TokenTriple]:
    """Whom a demand is addressed to (see :func:`_demand_triples`)."""
    return _demand_triples(doclike, lexicon or default_lexicon())


def _demand_triples(doclike: Iterable[Token], lexicon: EventLexicon) -> Iterator[TokenTriple]:
    """Whom a demand is addressed to: "the PRC demanded that the US cancel ...",
    "the Albanians demanded autonomy from Serbian authorities"; and whom a threat is
    made to (:func:`_conditioned`), whom a speaker says must act (:func:`_obliged`) and
    whom a demand noun's "that" clause names (:func:`_demanded_of`) and whom a call "for X
    to" act is made of (:func:`_called_for`).

    A verb of the DEMAND class with a clause complement relates its subject to
    the subject of the clause when it names someone; with a named "from" phrase on its object, to
    whom it is demanded of.
    """
    for verb in doclike:
        if verb.pos_ != "VERB":
            continue
        if verb.dep_ in (ACL, CCOMP) and verb.head.pos_ == "NOUN" \
                and lexicon.classify(verb.head.lemma_, pos="NOUN") == "DEMAND":
            yield from _demanded_of(verb.head, verb)
        yield from _called_for(verb, lexicon)
        event_class = lexicon.classify(verb_lemma(verb))
        if event_class in CONDITIONAL_CLASSES:
            yield from _conditioned(verb)
        yield from conditioned_retaliation(verb)
        yield from _obliged(verb, lexicon)
        if event_class != "DEMAND":
            continue
        agents = core(verb)[0]
        # "demanded autonomy from the Serbian authorities", with "from" hung on the
        # object (on the verb it is a plain "demand from")
        for source in [t for tok in children_of(verb, *OBJ_DEPS) if not _moved_thing(tok)
                       for prep in children_of(tok, PREP) if prep.lower_ == "from"
                       for t in pobjs(prep) if names_something(t)]:
            for agent in agents:
                yield TokenTriple(agent, verb, source, verb_lemma(verb), verb_lemma(verb),
                                  "VERB", is_negated(verb), "demand")
        for clause in children_of(verb, CCOMP):
            if _stated_fact(clause):
                continue  # "insisted that Moscow had violated the treaty": a claim
            if _before_semicolon(clause, verb):
                continue  # "Police arrest X; Albania requests his extradition"
            for target in with_conjuncts(children_of(clause, NSUBJ, NSUBJPASS)):
                if not (target.ent_type_ or target.pos_ in ("PROPN", "PRON")
                        or person_noun(target) or target.lemma_.lower() in GROUP_NOUNS):
                    continue  # "insisted that the budget include ...": no one is asked
                # "demanded that the US cancel the arms sale": "demand cancel arms sale"
                label = _demanded_wording(verb_lemma(verb), clause)
                for agent in agents:
                    yield TokenTriple(agent, verb, target, verb_lemma(verb),
                                      label, "VERB", is_negated(verb), "demand")
