"""The clause around a relation: who reports it, how sure, when and where.

Functions here read the dependency parse around a predicate token (a verb
or an event noun) and return tokens or spans; :mod:`extract.pipeline` turns
them into mentions and flags.

The flags follow the event-summary guidelines (``wcep-guidelines.md``): a
relation is *negated* when it is stated as not having happened, *hedged* when
it is an allegation, plan, threat, possibility or future. Attribution is
decided once, here:

- "X said (that) ...", "according to X", "X told reporters ...", "the UN
  confirmed ...": what is reported is stated (not hedged), with X as its
  source (``Modality.reported``, ``Modality.source``). The guidelines count
  what a neutral report says as the event itself ("Reporting is not core:
  what is reported is"), so a named source, an agent or a spokesman does not
  hedge ("according to his agent, Hunter had undergone surgery" is stated).
- What a claimant puts forward is hedged: a verb of claim or belief
  ("claimed", "alleged", "believes", "suspects"; ``[hedge_verbs]``), a claim
  noun's clause with or without "that" ("allegations (that) X tried to
  pressure Y", "reports Kyiv had shelled the plant"), a party's suit as source
  ("according to the lawsuit", "in its lawsuit, X said"), an unnamed report
  ("according to reports"), or an opinion ("I think there are tools that X
  used"). Prosecutors and indictments are attribution like any official
  source ("X recruited Y, prosecutors said" is stated); "prosecutors allege",
  "investigators believe" are claims.
- Pledges, promises, vows, offers, threats, calls and demands: the speech act itself is
  a fact, the act it commits to or asks for is hedged. A relation of the speech act with
  its own addressee or recipient is stated: "the EU pledges 50 billion euros to Ukraine"
  (``pledge``, ``pledge euro`` to Ukraine: a counted thing pledged is the pledge's,
  :func:`_pledged_amount`), "threatened Hungary with sanctions" (``threaten``), "called on
  Israel to allow aid" (``call on to allow aid`` Israel, the addressee; see
  ``tests/test_flags5_appeals.py``). A relation that names the pledged, threatened,
  offered or urged act, with that act's own object, is hedged, whether or not its label
  keeps the commissive verb: "pledged to send tanks to Ukraine" (``pledge to send`` to
  Ukraine), "vowed revenge against Israel", "threatened sanctions against Georgia",
  "offers to host a summit between X and Y" (the summit), "called on Israel to allow
  aid" (Israel ``allow`` aid).
- A hedged or questioned clause does not hedge what it presupposes: a
  possessed event noun or a definite one that is its subject ("vowed to
  retaliate for Poland's expulsion of X", :func:`realised`), a relative clause
  or participle on a noun inside a question, or the clause of a question word
  ("Why did X attack Y?" says that X did).
- A "not" that denies only a degree, an exclusivity or a time ("did not send
  enough troops", "not only attacked X", "did not open it until Friday") does
  not negate the event (:func:`degree_negated`); "which X did not do" after a
  clause negates it (:func:`undone`).

Examples
--------
>>> import spacy
>>> from spacy.tokens import Doc
>>> words = ["Biden", "said", "that", "Israel", "reportedly", "struck", "Gaza"]
>>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 5, 5, 5, 1, 5],
...           deps=["nsubj", "ROOT", "mark", "nsubj", "advmod", "ccomp", "dobj"],
...           pos=["PROPN", "VERB", "SCONJ", "PROPN", "ADV", "VERB", "PROPN"],
...           lemmas=["Biden", "say", "that", "Israel", "reportedly", "strike", "Gaza"])
>>> m = modality(doc[5])
>>> m.hedged, m.reported, m.source
(True, True, Biden)
"""

from __future__ import annotations

from dataclasses import dataclass

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
    DATIVE,
    DET,
    DOBJ,
    EXPL,
    FINITE_VERB_TAGS,
    MARK,
    NEG,
    NMOD,
    NPADVMOD,
    NSUBJ,
    NSUBJPASS,
    NUMMOD,
    OPRD,
    PARATAXIS,
    PCOMP,
    PLURAL_NOUN_TAGS,
    POBJ,
    POSS,
    PRECONJ,
    PREP,
    PRT,
    PUNCT,
    QUANTMOD,
    RELATIVE_TAGS,
    RELCL,
    ROOT,
    XCOMP,
)
from actorgraph.extract.dictionary import is_country_code, lookup
from actorgraph.extract.lexicon import (
    ACCOMPANYING_MARKS,
    ACCUSING_VERBS,
    ACHIEVEMENT_GERUND_PREPS,
    ACQUITTING_VERBS,
    AFFILIATION_VERBS,
    AGREEING_VERBS,
    AIM_OUTCOME_VERBS,
    AIM_PREPS,
    AIMED_EVENT_HEADS,
    ALLEGATION_VERBS,
    ALLEGED_PREPS,
    ALLEGING_SOURCES,
    ALLEGING_VERBS,
    ANONYMITY_MODIFIERS,
    ANY_PERSON_WORDS,
    APPEAL_VERBS,
    ASPECTUAL_VERBS,
    ATTEMPT_NOUNS,
    ATTEMPT_VERBS,
    AUTHORED_REPORTS,
    AWAITED_AS_HEADS,
    AWAITED_MARKS,
    BACKSHIFTED_MARKS,
    BELIEF_NOUNS,
    CANCELLING_NOUN_PREPS,
    CANCELLING_NOUNS,
    CANCELLING_VERBS,
    CESSATION_VERBS,
    CHARGING_SOURCES,
    CLAIM_NOUNS,
    COMMISSIVE_VERBS,
    COMPARISON_ADVERBS,
    CONDITION_NOUNS,
    CONDITIONAL_MARKS,
    CONDITIONING_WORDS,
    CONFESSING_VERBS,
    CONFIRMING_VERBS,
    COORDINATION_NEGATORS,
    DEAL_NOUNS,
    DEAL_VERBS,
    DEFINITE_DETERMINERS,
    DEGREE_WORDS,
    DENIAL_VERBS,
    DESCRIBING_VERBS,
    DISCUSSING_VERBS,
    DISPUTING_PARTICIPLES,
    DISSUADING_PREPS,
    ENDING_VERBS,
    EVENT_CONTAINERS,
    EVIDENCE_NOUNS,
    EXCLUSIVE_WORDS,
    EXPECTATION_WORDS,
    EXPRESSIVE_PURPOSES,
    FAILURE_VERBS,
    FALSITY_ADJECTIVES,
    FINDING_VERBS,
    FOILING_VERBS,
    FORESEEING_NOUNS,
    FORESEEING_PREPS,
    FORESEEING_VERBS,
    FUTURE_AUX,
    GROUP_PRONOUNS,
    HEDGE_ADVERBS,
    HEDGE_MODALS,
    HEDGE_VERBS,
    HEDGING_ADJECTIVES,
    HEDGING_MODIFIERS,
    IMPLYING_VERBS,
    IMPRESSION_VERBS,
    IMPROBABLE_ADJECTIVES,
    INABILITY_MODALS,
    INTENT_VERBS,
    INTENTION_NOUNS,
    INVOLVEMENT_NOUNS,
    JOINING_VERBS,
    LABELLING_CLAIM_NOUNS,
    LED_VERBS,
    MANDATED_AUX,
    MANDATING_VERBS,
    MANNER_NEGATED_PREPS,
    MEANS_PREPS,
    NEAR_MISS_ADVERBS,
    NEG_RAISING_VERBS,
    NEGATING_VERBS,
    NEGATIVE_PARTITIVES,
    NEGATORS,
    ONSET_VERBS,
    OWNING_UP_VERBS,
    PARTIAL_NEGATION_WORDS,
    PAYING_VERBS,
    PENDING_MARKS,
    PERMITTING_VERBS,
    PERSON_OR_SPEAKER_PRONOUNS,
    PLACE_HEADS,
    PLACE_PREPS,
    PLACE_TYPES,
    PLAIN_FUTURE_AUX,
    PLAN_NOUNS,
    PREPARING_WORDS,
    PRESS_NOUNS,
    PREVENTING_VERBS,
    PRIOR_PREPS,
    PROOF_VERBS,
    PURPOSE_PASSIVES,
    PURSUING_ADVERBS,
    PURSUING_PHRASAL_VERBS,
    PURSUING_VERBS,
    QUESTION_WORDS,
    REGISTER_NOUNS,
    REGISTER_PREPS,
    REPORTING_VERBS,
    REQUESTING_VERBS,
    RESPONDING_VERBS,
    RESPONSIBILITY_NOUNS,
    RETALIATION_VERBS,
    ROLE_OR_TITLE_WORDS,
    RULING_DENIERS,
    RULING_OUT_VERBS,
    SCHEDULING_PREDICATES,
    SETTLING_VERBS,
    SINGLING_MODIFIERS,
    SOUGHT_VERBS,
    SPEAKER_ACTS,
    SPEAKING_ADJUNCTS,
    STATE_HEADS,
    SUSPECT_MODIFIERS,
    TALK_PURPOSES,
    TEXT_KILLING_VERBS,
    TIME_PREPS,
    TIME_SO_FAR_WORDS,
    TIME_TYPES,
    TIME_UNITS,
    TOPIC_PREPS,
    TOPIC_VERBS,
    TRUTH_ADJECTIVES,
    UNDOING_CONJUNCTIONS,
    UNDONE_VERBS,
    UNHESITATING_VERBS,
    UNREAL_AUX,
    UNREALISING_MODIFIERS,
    UNREALISING_VERBS,
    VETOING_VERBS,
    VISITING_VERBS,
    VOTED_ACTS,
    VOTING_VERBS,
    WISH_SUBJECTS,
)
from actorgraph.extract.tree import has_neg, kids, per_token
from spacy.symbols import NOUN as NOUN_POS
from spacy.tokens import Span, Token

__all__ = [
    "ADJUNCT_PUNCT",
    "HEDGE_ADVERBS",
    "PLEDGING_VERBS",
    "REPORTING_VERBS",
    "Modality",
    "according_to",
    "accused_object",
    "alleged_group",
    "alleged_means",
    "acquitted",
    "acquitted_object",
    "called_off",
    "carrying_on",
    "accused_denial",
    "charge_denier",
    "owned_deed",
    "part_preposition",
    "contrasted_argument",
    "cancelling",
    "claim_label",
    "clause_head",
    "clause_place",
    "blocked_plan",
    "clause_time",
    "conditional",
    "degree_negated",
    "hedged_argument",
    "hedging_modified",
    "finite_tag",
    "infinitive_host",
    "infinitive_partner",
    "headline_infinitive",
    "denied",
    "ended",
    "is_future",
    "not_yet",
    "left_open",
    "listed_object",
    "modality",
    "near_miss",
    "negated_argument",
    "negation",
    "no_longer",
    "presupposed",
    "pursuing",
    "questioned",
    "realised",
    "refused",
    "suspected_agent",
    "unable",
    "unasserted",
    "undone",
    "unnamed_source",
    "unsure_negation",
    "untrue",
    "half_true",
    "withheld",
    "to_infinitive",
]


@dataclass(frozen=True)
class Modality:
    """How a claim is made: ``hedged``, ``reported`` and by whom (``source``)."""

    hedged: bool = False
    reported: bool = False
    source: Token | None = None


def clause_head(token: Token) -> Token:
    """The verb of the clause a predicate belongs to (the token itself if a verb)."""
    tok = token
    for _ in range(8):
        if tok.pos_ in ("VERB", "AUX") or tok.head == tok:
            return tok
        tok = tok.head
    return tok


def infinitive_host(participle: Token) -> Token | None:
    """The verb of the clause an -ing adjunct belongs to when the parse hung it, after a
    comma, on an infinitive of purpose or of a noun, or None.

    "Ankara launched an operation to push the fighters back, shelling Kobani", "Beijing
    widened its campaign to rein in tech giants, fining Alibaba", "Hungary launched a
    drive to curb foreign influence, expelling two diplomats": the adjunct says what the
    clause did (Ankara shelled Kobani, and did so: it is no part of what the operation or
    the campaign is meant to do), and a noun's infinitive has no subject of its own. The
    infinitive of a noun may be parsed as a relative clause ("signed a deal to buy jets,
    angering Washington"). An adjunct of an infinitive of saying is what is said ("went
    on radio to announce a council, naming X" as its head), part of the purpose; and an
    infinitive that completes its verb ("plans to build a dam, flooding the valley") is
    none of these.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["widened", "campaign", "to", "curb", "firms", ",", "fining", "Alibaba"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[0, 0, 3, 1, 3, 3, 3, 6],
    ...           deps=["ROOT", "dobj", "aux", "acl", "dobj", "punct", "advcl", "dobj"],
    ...           tags=["VBD", "NN", "TO", "VB", "NNS", ",", "VBG", "NNP"],
    ...           pos=["VERB", "NOUN", "PART", "VERB", "NOUN", "PUNCT", "VERB", "PROPN"])
    >>> infinitive_host(doc[6]).text, infinitive_host(doc[3])
    ('widened', None)
    """
    head = participle.head
    start = participle.left_edge.i
    if (participle.dep_ != ADVCL or participle.tag_ != "VBG" or participle.i < head.i
            or start == 0 or participle.doc[start - 1].text not in ADJUNCT_PUNCT
            or not to_infinitive(head)):
        return None
    if head.dep_ in (ACL, RELCL) and head.head.pos_ == "NOUN":
        host = clause_head(head.head)  # "widened its campaign to curb X, fining Y"
        return host if host.pos_ in ("VERB", "AUX") and host.i != head.head.i else None
    if (head.dep_ == ADVCL and head.head.pos_ in ("VERB", "AUX") and head.head.i < head.i
            # "went on radio to announce a council, naming X": the naming is the
            # announcement's own words, part of the purpose
            and head.lemma_.lower() not in REPORTING_VERBS):
        return head.head  # "launched an operation to push X back, shelling Y"
    return None


#: Punctuation after which an -ing participle is an adjunct of the clause ("..., shelling
#: Kobani").
ADJUNCT_PUNCT = frozenset({",", ";", "\u2013", "\u2014", "--"})


def hedging_modified(noun: Token) -> bool:
    """Whether a noun carries a modifier that hedges it (:data:`~extract.lexicon.HEDGING_MODIFIERS`,
    as an adjective or a compound: "an alleged attack", "a suspected drone strike", "the
    proposed takeover").

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["a", "suspected", "strike"],
    ...           heads=[2, 2, 2], deps=["det", "amod", "ROOT"])
    >>> hedging_modified(doc[2]), hedging_modified(doc[1])
    (True, False)
    """
    return any(c.dep_ in (AMOD, COMPOUND) and c.lower_ in HEDGING_MODIFIERS
               for c in kids(noun))


def _hedged_here(tok: Token) -> bool:
    if _wished(tok) or _counterfactual(tok):
        return True
    if tok.pos_ == "NOUN" and hedging_modified(tok):
        return True  # "an alleged attack", "a suspected drone strike"
    for child in kids(tok):
        if child.dep_ in (ADVMOD, NPADVMOD) and child.lower_ in HEDGE_ADVERBS:
            return True
        if child.dep_ == AUX and child.lower_ in HEDGE_MODALS and not (
                child.lower_ == "could" and has_neg(tok)):
            return True
        if child.dep_ in (AUX, AUXPASS) and _stacked_modal(child):
            return True  # "may have enriched" parsed with "may" on "have"
        if (child.dep_ == COMPOUND and tok.pos_ == "NOUN"
                and tok.lemma_.lower() in PLAN_NOUNS
                and not any(t.like_num for t in child.subtree)
                and not any(c.dep_ == NUMMOD for c in kids(tok))
                and not (tok.dep_ == DOBJ and tok.head.pos_ == "VERB")):
            # "an assassination plot", not "a 640 mln stg bid" (an amount); and not the
            # plan a verb acts on: "launched a takeover bid for Volvo", "unveiled a peace
            # plan for Gaza" were launched and unveiled (what they plan is not done yet)
            return True
    return False


def _own_tense(verb: Token) -> bool:
    """Whether a verb has a finite tense of its own: "owned", "has", or a finite auxiliary
    ("had not changed", "did not sign"); a past spelt as its base form ("hit", "put") may be
    a bare verb sharing another's modal, and is not counted."""
    if any(c.dep_ in (AUX, AUXPASS) and c.tag_ in FINITE_VERB_TAGS for c in kids(verb)):
        return True
    if any(c.dep_ in (AUX, AUXPASS) for c in kids(verb)):
        return False  # "would not have", "to see"
    if verb.tag_ == "VBD" and verb.dep_ == CONJ and any(
            c.dep_ == AUX and c.lemma_.lower() == "have" for c in kids(verb.head)):
        # a past spelt as the participle of its head's perfect, which it shares: "may
        # have struck the consulate and provoked X" (may have provoked)
        return False
    return verb.tag_ == "VBZ" or (verb.tag_ == "VBD" and verb.lower_ != verb.lemma_.lower())


def _hedged_beyond_modal(verb: Token) -> bool:
    """Whether a verb is hedged by more than a modal or future auxiliary of its own
    ("would", "will", "may"), which a verb coordinated with it in a tense of its own does
    not share (:func:`modality`): by a hedging adverb ("reportedly fired and killed") or a
    wish, which it does. A counterfactual ("would have won") is a modal too: a conjunct
    with a tense of its own states a fact ("would have won the title but had lost its
    striker"); a bare one is its participle (:func:`_own_tense`)."""
    return _wished(verb) or any(
        c.dep_ in (ADVMOD, NPADVMOD) and c.lower_ in HEDGE_ADVERBS for c in kids(verb))


def _stacked_modal(aux: Token) -> bool:
    """Whether an auxiliary "have" or "be" carries a modal of possibility the parser hung
    on it rather than on the verb: "Iran may have enriched uranium" ("may" -aux-> "have"
    -aux-> "enriched"); not an inability ("could not have")."""
    return aux.lemma_.lower() in ("have", "be") and any(
        c.dep_ == AUX and c.lower_ in HEDGE_MODALS for c in kids(aux)) and not any(
        c.dep_ == NEG for c in kids(aux))


def _described(noun: Token) -> bool:
    """Whether an event noun is only how someone characterises something: "described
    the explosion as a Russian missile strike", "called the blast a terrorist attack"."""
    if noun.pos_ != "NOUN":
        return False
    head = noun.head
    if noun.dep_ == POBJ and head.lower_ == "as":
        verb = head.head if head.head.pos_ in ("VERB", "AUX") else head.head.head
        return verb.lemma_.lower() in DESCRIBING_VERBS
    return noun.dep_ in (OPRD, XCOMP) and head.lemma_.lower() in DESCRIBING_VERBS


#: Dependencies on the way up from an act to the noun that names it: "Tokyo's failure to
#: honor the pact", "a strike by Russia on Odesa".
_NOUN_PHRASE_DEPS = frozenset({ACL, PREP, POBJ})


def _claimed_as_what(predicate: Token) -> bool:
    """Whether an act is only what someone says something is: the noun it is or hangs on
    is the attribute of a free relative "what X said was ..." ("retaliated for what the
    administration said was Tokyo's failure to honor a pact", "condemned what Kyiv says
    was a Russian strike on Odesa"; a verb of :data:`~extract.lexicon.REPORTING_VERBS`).

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("for what Kyiv said was a strike", '''
    ...     0 ROOT ADP for IN
    ...     4 nsubj PRON what WP
    ...     3 nsubj PROPN Kyiv NNP
    ...     0 pcomp VERB say VBD
    ...     3 ccomp AUX be VBD
    ...     6 det DET a DT
    ...     4 attr NOUN strike NN''')
    >>> _claimed_as_what(doc[6]), _claimed_as_what(doc[2])
    (True, False)
    """
    tok = predicate
    for _ in range(4):
        if tok.dep_ == ATTR:
            return _what_said_copula(tok.head)
        if tok.dep_ not in _NOUN_PHRASE_DEPS or tok.head == tok:
            return False
        tok = tok.head
    return False


def _what_said_copula(copula: Token) -> bool:
    """Whether a copula is the "was" of "what X said was": right after a reporting verb,
    with "what" before that verb as the copula's subject or the verb's object (the parser
    does both: "what the administration said was", "what it claimed was") and no
    subject of its own."""
    if copula.lemma_.lower() != "be" or copula.dep_ != CCOMP or copula.i == 0:
        return False
    verb = copula.doc[copula.i - 1]
    if verb.lemma_.lower() not in REPORTING_VERBS or verb.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in (NSUBJ, NSUBJPASS) and c.lower_ != "what" for c in kids(copula)):
        return False
    return any(t.lower_ == "what" and t.head in (verb, copula)
               for t in copula.doc[max(verb.sent.start, verb.i - 8):verb.i])


#: Subjects of a cleft "it was X that ...", which singles X out rather than characterising.
_CLEFT_SUBJECTS = frozenset({"it", "this", "that"})


def _characterising(verb: Token) -> bool:
    """Whether a clause is a relative clause on how someone characterises people or things,
    so that it is part of that characterisation, a claim: on the attribute of a reported
    copula ("the Israeli military says the men were Islamic Jihad fighters who had opened
    fire on its soldiers", "police said the suspects were gang members who had robbed the
    bank") or on the noun of a describing verb ("described the men as fighters who had
    fired on Y"). Not on another noun of the report ("said the men who had fired on Y
    were arrested" presupposes the firing), nor on the focus of a cleft ("said it was Hamas
    that fired the rockets" says who did it), nor what a party says of its own ("Iran said
    the drones were models that it had sold to Russia", "said the men were its soldiers
    who had crossed into X": a pronoun as the clause's subject or the noun's owner, as in
    :func:`_disputing_report`), nor a report that confirms or admits it ("police confirmed
    the suspects were gang members who had robbed X").

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("Israel says the men were fighters who fired", '''
    ...     1 nsubj PROPN Israel NNP
    ...     1 ROOT VERB say VBZ
    ...     3 det DET the DT
    ...     4 nsubj NOUN man NNS
    ...     1 ccomp AUX be VBD
    ...     4 attr NOUN fighter NNS
    ...     7 nsubj PRON who WP
    ...     5 relcl VERB fire VBD''')
    >>> _characterising(doc[7]), _characterising(doc[4])
    (True, False)
    """
    if verb.dep_ != RELCL:
        return False
    noun = verb.head
    subject = _subject(verb)
    if (subject is not None and subject.pos_ == "PRON" and subject.tag_ not in ("WP", "WDT")
            or any(c.dep_ == POSS and c.pos_ == "PRON" for c in kids(noun))):
        return False  # "said the drones were models that it had sold to X", "were its soldiers who"
    if _described(noun) or (noun.dep_ == POBJ and noun.head.lower_ == "as" and (
            noun.head.head.lemma_.lower() in DESCRIBING_VERBS)):
        return True  # "described the men as fighters who had fired on Y"
    copula = noun.head
    if noun.dep_ != ATTR or copula.lemma_.lower() != _BE or copula.dep_ != CCOMP:
        return False
    if any(c.dep_ in (NSUBJ, EXPL) and c.lower_ in _CLEFT_SUBJECTS for c in kids(copula)):
        return False  # "said it was Hamas that fired the rockets": a cleft
    reporter = copula.head.lemma_.lower()
    # (not a confirmation or an admission: "police confirmed the suspects were gang members
    # who had robbed X" takes it as fact)
    return reporter in REPORTING_VERBS and reporter not in CONFIRMING_VERBS | CONFESSING_VERBS


def _counterfactual(verb: Token) -> bool:
    """Whether a verb says what would have happened ("would have struck X"): it did not."""
    aux = {c.lower_ for c in kids(verb) if c.dep_ == AUX}
    return bool(aux & {"would", "'d"}) and "have" in aux


def _wished(verb: Token) -> bool:
    """Whether a verb is a wish in the bare subjunctive: "God bless X", "God save X"."""
    return (verb.dep_ == ROOT and verb.tag_ in ("VB", "VBP")
            and not any(c.dep_ in (AUX, AUXPASS) for c in kids(verb))
            and any(c.dep_ == NSUBJ and c.lower_ in WISH_SUBJECTS for c in kids(verb)))


def _marks(verb: Token) -> set[str]:
    return {c.lower_ for c in kids(verb) if c.dep_ == MARK}


def to_infinitive(verb: Token) -> bool:
    """Whether a verb is a "to" infinitive ("to avoid", "to fight", "to be")."""
    return any(c.dep_ == AUX and c.lower_ == "to" for c in kids(verb))


def unasserted(verb: Token) -> bool:
    """Whether a clause is, by its form, not asserted: an embedded question ("asked
    whether X armed Y", "unclear if X will attend"), an infinitive with its own "for"
    subject ("called for NATO members to increase spending") or a purpose ("sent
    troops to help X", "in order to deter X", "a team designed to help X break the
    record" is through "design", an intent verb).

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["Trump", "called", "for", "NATO", "to", "increase", "spending"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 5, 5, 5, 1, 5],
    ...           deps=["nsubj", "ROOT", "mark", "nsubj", "aux", "advcl", "dobj"])
    >>> unasserted(doc[5]), unasserted(doc[1])
    (True, False)
    """
    marks = _marks(verb)
    if verb.dep_ == CCOMP and marks & {"whether", "if"}:
        return True
    if "whether" in marks:
        return True  # "an investigation into whether Meta breached the act"
    if not to_infinitive(verb):
        return False
    if "for" in marks:
        return True
    if _planned_passive(verb):
        return True  # "the refinery, to be run by Aramco": only planned
    if verb.dep_ == ADVCL and not marks:
        # "sent troops to protect the border"; not after "went on", "proceeded" (with
        # no object), which say what was done next: "went on to say that X ..."
        head = verb.head
        if head.lemma_.lower() in UNHESITATING_VERBS and has_neg(head):
            return False  # "never hesitated to criticise X": criticised
        if _expressed_purpose(verb, head):
            return False  # "blocked the highway to demand unpaid wages": demanded
        if held_talk(verb):
            return False  # "met for three hours to discuss the brigade": discussed
        if (head.lemma_.lower() in VOTING_VERBS and verb.lemma_.lower() in VOTED_ACTS
                and _plainly_done(head)):
            # "votes 101-12 to remove X": a vote's decision, not its aim (but "will vote
            # next week to confirm X": only to come)
            return False
        if (verb.lemma_.lower() in SETTLING_VERBS and head.lemma_.lower() in PAYING_VERBS
                and (_plainly_done(head) or (
                    head.dep_ == XCOMP and head.head.lemma_.lower() in AGREEING_VERBS
                    and _plainly_done(head.head)))):
            # "paid $5 million to settle the lawsuit", "agreed to pay $90 million to
            # settle a case brought by Texas": the payment settles it
            return False
        return not (head.lemma_.lower() in ASPECTUAL_VERBS
                    and not any(c.dep_ == DOBJ for c in kids(head))
                    and (head.lemma_.lower() != "go"
                         or any(c.dep_ == PRT and c.lower_ == "on" for c in kids(head))))
    # "in order to deter X"; so "in an effort to push up prices", "in an attempt to
    # retake X", "in a bid to cut off Y" (a noun of intention after "in": an aim)
    # (not when the verb before "in" tells how the aim went: "failed in its bid to join
    # X" did not join, "succeeded in its effort to free them" freed them)
    head = verb.head
    return verb.dep_ == ACL and head.head.lower_ == "in" and (
        head.lower_ == "order" or (head.lemma_.lower() in INTENTION_NOUNS
                                   and head.head.head.lemma_.lower() not in AIM_OUTCOME_VERBS))


def held_talk(verb: Token) -> bool:
    """Whether a purpose infinitive is an act of talk (:data:`~extract.lexicon.TALK_PURPOSES`)
    that the stated meeting, visit or call it hangs on (:data:`~extract.lexicon.VISITING_VERBS`)
    performs by being held: "the ministers met for three hours on Friday to discuss the
    proposed brigade" (discussed), "Gorbachev telephoned Romanenko to congratulate him"
    (congratulated), whether the parser made it an adverbial or a complement. Not when
    the meeting is to come or did not happen ("will meet Xi to discuss trade", "did not
    meet to discuss it"), nor after another verb ("sent an envoy to discuss the crisis").

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("Kohl met Mitterrand to discuss trade", '''
    ...     1 nsubj PROPN Kohl NNP
    ...     1 ROOT VERB meet VBD
    ...     1 dobj PROPN Mitterrand NNP
    ...     4 aux PART to TO
    ...     1 advcl VERB discuss VB
    ...     4 dobj NOUN trade NN''')
    >>> held_talk(doc[4])
    True
    """
    head = verb.head
    return (verb.dep_ in (ADVCL, XCOMP) and to_infinitive(verb)
            and verb.lemma_.lower() in TALK_PURPOSES and head.pos_ == "VERB"
            and head.lemma_.lower() in VISITING_VERBS and _plainly_done(head))


def _plainly_done(verb: Token) -> bool:
    """Whether a verb is finite with no modal and no negation: "voted", "agrees", not
    "will vote", "did not agree", "to pay"; nor followed by a clause of its own after a
    contrasting conjunction (:data:`~extract.lexicon.UNDOING_CONJUNCTIONS`), which may undo
    it: "agreed to pay $10 billion to settle claims, but a judge rejected the deal"."""
    return (verb.tag_ in FINITE_VERB_TAGS and not has_neg(verb)
            and not any(c.dep_ == AUX and c.tag_ == "MD" for c in kids(verb))
            and not _contrasted_later(verb))


def _contrasted_later(verb: Token) -> bool:
    """Whether a conjoined clause with a subject of its own follows ``verb`` after "but" or
    "yet" ("X agreed to pay ..., but a judge rejected the deal")."""
    if not any(c.dep_ == CC and c.lower_ in UNDOING_CONJUNCTIONS for c in kids(verb)):
        return False
    return any(c.dep_ == CONJ and c.i > verb.i and c.pos_ in ("VERB", "AUX")
               and any(g.dep_ in (NSUBJ, NSUBJPASS) for g in kids(c)) for c in kids(verb))


def _planned_passive(verb: Token) -> bool:
    """Whether a passive "to be" infinitive on a noun says what is still to be done to it:
    "the refinery, to be run by Aramco", "a venture to be owned 51 pct by Westmark", "the
    talks, to be mediated by Norway". Not on a noun singled out among those it was done to,
    by an ordinal, a superlative or :data:`~extract.lexicon.SINGLING_MODIFIERS`: "the first
    woman to be elected president", "the only journalist to be freed" were.

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("the refinery , to be run by Aramco", '''
    ...     1 det DET the DT
    ...     1 ROOT NOUN refinery NN
    ...     1 punct PUNCT , ,
    ...     5 aux PART to TO
    ...     5 auxpass AUX be VB
    ...     1 acl VERB run VBN
    ...     5 agent ADP by IN
    ...     6 pobj PROPN Aramco NNP''')
    >>> _planned_passive(doc[5])
    True
    """
    if verb.dep_ not in (ACL, RELCL) or verb.head.pos_ not in ("NOUN", "PROPN"):
        return False
    if not any(c.dep_ == AUXPASS and c.lemma_.lower() == _BE for c in kids(verb)):
        return False
    return not any(c.ent_type_ == "ORDINAL" or c.tag_ in ("JJS", "RBS")
                   or c.lower_ in SINGLING_MODIFIERS for c in verb.head.lefts)


def _expressed_purpose(verb: Token, head: Token) -> bool:
    """Whether a purpose infinitive is an act of protest or demand that the stated act it
    hangs on performs: "thousands of workers blocked a highway to demand unpaid wages",
    "farmers marched on Brussels to protest the trade deal", "students rally to denounce
    the coup" (:data:`~extract.lexicon.EXPRESSIVE_PURPOSES`; the act is finite, past or a
    headline's present, with no modal and no negation, and is a main, coordinated or
    reported clause, so "plans to march to demand X", "will rally to protest", "did not
    march to protest" stay unasserted).

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("Workers blocked roads to demand wages", '''
    ...     1 nsubj NOUN worker NNS
    ...     1 ROOT VERB block VBD
    ...     1 dobj NOUN road NNS
    ...     4 aux PART to TO
    ...     1 advcl VERB demand VB
    ...     4 dobj NOUN wage NNS''')
    >>> _expressed_purpose(doc[4], doc[1])
    True
    """
    if verb.lemma_.lower() not in EXPRESSIVE_PURPOSES or head.pos_ != "VERB":
        return False
    if (head.tag_ == "VBG" and head.dep_ == ADVCL and not has_neg(head)
            and not any(c.dep_ in (AUX, MARK) for c in kids(head))
            and head.head.pos_ == "VERB"):
        # the -ing adjunct of a stated act is done with it: "drove tractors onto the ring
        # road, blocking traffic to protest against the deal" (blocked and protested)
        head = head.head
    return (head.tag_ in FINITE_VERB_TAGS and head.dep_ in (ROOT, CONJ, CCOMP)
            and not has_neg(head)
            and not any(c.dep_ == AUX and c.tag_ == "MD" for c in kids(head)))


#: Dependencies through which a clause belongs to the clause above it.
_CLAUSE_LINKS = frozenset({CCOMP, XCOMP, CONJ, ADVCL, ACL, RELCL, PCOMP, PREP,
                           POBJ, DOBJ})


def _clauses_up(predicate: Token, limit: int = 8):
    """The predicate's clause head and the chain of (token, its head) above it."""
    tok = clause_head(predicate)
    for _ in range(limit):
        parent = tok.head
        if parent == tok or tok.dep_ not in _CLAUSE_LINKS:
            return
        yield tok, parent
        tok = parent


def joined_in(gerund: Token) -> Token | None:
    """The verb of joining whose "in" a gerund follows, when there is one: "would not join
    Washington in imposing sanctions on Fiji", "followed Washington in freezing Iranian
    assets" (:data:`~extract.lexicon.JOINING_VERBS`). The gerund's act is
    the joining subject's own and shares the joining's fate: not done when the joining is
    denied or refused (:func:`negation`), to come when it is (:func:`is_future`).

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("Bonn would not join Washington in imposing sanctions", '''
    ...     3 nsubj PROPN Bonn NNP
    ...     3 aux AUX would MD
    ...     3 neg PART not RB
    ...     3 ROOT VERB join VB
    ...     3 dobj PROPN Washington NNP
    ...     3 prep ADP in IN
    ...     5 pcomp VERB impose VBG
    ...     6 dobj NOUN sanction NNS''')
    >>> joined_in(doc[6]).text, joined_in(doc[3])
    ('join', None)
    """
    prep = gerund.head
    if not (gerund.tag_ == "VBG" and gerund.dep_ == PCOMP and prep.dep_ == PREP
            and prep.lower_ == "in"):
        return None
    verb = prep.head
    return verb if verb.pos_ == "VERB" and verb.lemma_.lower() in JOINING_VERBS else None


def _joining_denied(verb: Token) -> bool:
    """Whether a joining verb is denied by a "not" of its own ("would not join X in
    V-ing") or by a verb of refusing or failing whose infinitive it is ("refused to join
    X in V-ing", not "did not refuse to join")."""
    if has_neg(verb) or no_longer(verb):
        return True
    head = verb.head
    return (verb.dep_ == XCOMP and head.lemma_.lower() in UNDONE_VERBS
            and not has_neg(head))


def no_longer(verb: Token) -> bool:
    """Whether a verb is negated by "no longer" ("will no longer abide by X")."""
    return any(c.dep_ == ADVMOD and c.lower_ == "longer"
               and any(d.lower_ == "no" for d in kids(c)) for c in kids(verb))


def negation(predicate: Token, *, own_event: bool = True) -> bool:
    """Whether a relation is stated as not having happened, by cues beyond the "not"
    of its own clause (which the rules read).

    An event noun that failed ("a foiled attack on X", "a failed coup", "an
    attempted assassination", "an assassination attempt on X", "police foiled
    an attack on X"); a clause that is
    denied ("denied that its jets bombed X", "denied attacking X") or that a negated
    verb of opinion is about ("I don't think X has Y"); a verb that
    is "no longer" done. ``own_event`` False says the relation is the verb's act on the
    event noun, not the event ("Israel —prevent attack→ X", "the court —block merger→
    Y": the preventing and blocking happened).

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["Russia", "denied", "shelling", "Kyiv"],
    ...           heads=[1, 1, 1, 2], deps=["nsubj", "ROOT", "xcomp", "dobj"],
    ...           pos=["PROPN", "VERB", "VERB", "PROPN"],
    ...           lemmas=["Russia", "deny", "shell", "Kyiv"])
    >>> negation(doc[2]), negation(doc[1])
    (True, False)
    """
    if predicate.pos_ == "NOUN":
        for child in kids(predicate):
            if child.dep_ in (AMOD, COMPOUND) and child.lower_ in UNREALISING_MODIFIERS:
                return True
        if predicate.lemma_.lower() in ATTEMPT_NOUNS and any(
                c.dep_ == COMPOUND for c in kids(predicate)):
            return True
        if (own_event and predicate.dep_ == DOBJ
                and predicate.head.lemma_.lower() in UNREALISING_VERBS
                and not _foiling_undone(predicate.head)
                # (nor what a device would prevent: "sought an injunction preventing the
                # acquisition of X")
                and predicate.head.dep_ != ACL
                and not modality(predicate.head).hedged):
            # "police foiled an attack on X" (not "did not prevent / failed to prevent the
            # attack on X": it happened; nor "is expected to prevent it": only possibly)
            return True
        if own_event and _vetoed(predicate):
            return True  # "China vetoed new UN sanctions on North Korea"
        if _lacked(predicate):
            return True  # "the talks ended without a deal between X and Y"
        if _none_of(predicate):
            # "observers report no intimidation of voters by the police" (a noun read as
            # its verb's act too: "found no abuse of detainees by X")
            return True
    if no_longer(clause_head(predicate)) or acquitted(predicate) or _thwarted(predicate):
        return True
    if near_miss(predicate) or negated_achievement(predicate):
        return True
    if accused_denial(predicate) is not None:
        return True  # "Kinshasa accuses Rwanda of arming the M23, a charge Kigali denies"
    for tok, parent in _clauses_up(predicate):
        if tok.dep_ == PCOMP and (joining := joined_in(tok)) is not None:
            # "would not join Washington in imposing sanctions on X", "refused to join X
            # in V-ing": the subject's own act, as denied as the joining is
            return _joining_denied(joining) or negation(joining)
        if tok.dep_ == CONJ and parent.dep_ == CCOMP and _speaker_act(tok, parent):
            # "Bakhtar denied that Afghan aircraft had crossed the border and accused
            # Pakistan of ...": the speaker's own act, beside the denial, not denied
            break
        if tok.dep_ == CONJ and _finite_beside_gerund(tok, parent):
            # "Rwanda denies having soldiers in Congo and accuses Kinshasa of ...": a
            # finite verb the parse coordinated with the denied gerund is the subject's
            # own act, beside the denial
            break
        if tok.dep_ in (CCOMP, XCOMP) and parent.lemma_.lower() in DENIAL_VERBS:
            return denied(tok)
        if _claim_as_verb(tok):
            return denied(tok)  # "dismisses claims its drones killed X"
        if tok.dep_ in (CCOMP, XCOMP) and withheld(parent):
            return True
        if tok.dep_ == CCOMP and _rejected_source(parent):
            return True
        if tok.dep_ in (CCOMP, XCOMP) and _raised_negation(tok, parent):
            return True
        if tok.dep_ == CCOMP and _improbable(parent):
            return True  # "it is unlikely that Russia will attack Finland"
        if tok.dep_ not in (CONJ, XCOMP):
            break
    return False


def _finite_beside_gerund(verb: Token, gerund: Token) -> bool:
    """Whether a finite verb is coordinated with a gerund, so that it shares no clause
    above the gerund: in "Rwanda denies having soldiers in Congo and accuses Kinshasa of
    V-ing" the parse hangs "accuses" on "having", yet only a gerund ("denies having X and
    sending Y") could be denied with it.

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("Rwanda denies having troops and accuses Kinshasa", '''
    ...     1 nsubj PROPN Rwanda NNP
    ...     1 ROOT VERB deny VBZ
    ...     1 xcomp VERB have VBG
    ...     2 dobj NOUN troop NNS
    ...     2 cc CCONJ and CC
    ...     2 conj VERB accuse VBZ
    ...     5 dobj PROPN Kinshasa NNP''')
    >>> _finite_beside_gerund(doc[5], doc[2]), _finite_beside_gerund(doc[2], doc[1])
    (True, False)
    """
    return (verb.dep_ == CONJ and verb.head == gerund and gerund.tag_ == "VBG"
            and verb.tag_ in FINITE_VERB_TAGS)


def _improbable(parent: Token) -> bool:
    """Whether a "that" clause's head says it is not expected to happen: "it is unlikely
    that X will attack Y", "it seems improbable that X would sign" (a predicate adjective of
    :data:`~extract.lexicon.IMPROBABLE_ADJECTIVES`, or "be" that takes one, not negated:
    "it is not unlikely that X will attack Y" leaves it possible). The clause is hedged as
    well (:data:`~extract.lexicon.HEDGING_ADJECTIVES`), as "will not" is.

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("it is unlikely that Russia will attack Finland", '''
    ...     1 nsubj PRON it PRP
    ...     1 ROOT AUX be VBZ
    ...     1 acomp ADJ unlikely JJ
    ...     6 mark SCONJ that IN
    ...     6 nsubj PROPN Russia NNP
    ...     6 aux AUX will MD
    ...     1 ccomp VERB attack VB
    ...     6 dobj PROPN Finland NNP''')
    >>> _improbable(doc[1]), _improbable(doc[2]), _improbable(doc[6])
    (True, True, False)
    """
    if parent.pos_ == "ADJ":
        adjective, verb = parent, parent.head
    else:
        adjective = next((c for c in kids(parent) if c.dep_ in (ACOMP, OPRD)), None)
        verb = parent
    return (adjective is not None and adjective.lemma_.lower() in IMPROBABLE_ADJECTIVES
            and not has_neg(adjective) and not has_neg(verb))


def negated_argument(argument: Token) -> bool:
    """Whether a relation's subject or object is itself denied by a "not" of its own,
    so that the relation is negated though its verb is not: "the EU sanctioned Russian
    banks but not Gazprom", "Israel struck Hezbollah, but not Hamas", "Russia attacked
    not Kharkiv but Kyiv" (Kharkiv), "Not Russia but Ukraine shelled the plant"
    (Russia), "struck targets in Gaza but not in Lebanon" (the "not" on the
    preposition of the object).

    A "not" that leaves some of it done denies nothing: "not only Kyiv", "not all EU
    states", "not least Macron" (:data:`~extract.lexicon.EXCLUSIVE_WORDS`,
    :data:`~extract.lexicon.PARTIAL_NEGATION_WORDS`).

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("EU sanctioned banks but not Gazprom", '''
    ...     1 nsubj PROPN EU NNP
    ...     1 ROOT VERB sanction VBD
    ...     1 dobj NOUN bank NNS
    ...     2 cc CCONJ but CC
    ...     5 neg PART not RB
    ...     2 conj PROPN Gazprom NNP''')
    >>> negated_argument(doc[5]), negated_argument(doc[2])
    (True, False)
    """
    doc = argument.doc
    holders = [argument]
    if argument.dep_ == POBJ and argument.head.i < argument.i:
        holders.append(argument.head)  # "but not in Lebanon"
    for tok in holders:
        for child in kids(tok):
            if (child.dep_ == NEG and child.lower_ in NEGATORS
                    and child.i < argument.i
                    and not (child.i + 1 < len(doc) and doc[child.i + 1].lower_
                             in EXCLUSIVE_WORDS | PARTIAL_NEGATION_WORDS)):
                return True
    return False


def contrasted_argument(argument: Token) -> bool:
    """Whether an argument is what a clause's "not" contrasts with, after "but", so that
    the clause's negation is not its own: "the army did not target civilians but Hamas
    fighters", "its jets did not strike the hospital but a command centre next to it",
    "Russia did not attack Kyiv, but Kharkiv" (the fighters, the centre, Kharkiv were
    targeted, struck, attacked).

    The argument is coordinated by "but" with a subject or object of a verb negated by
    its own "not" or "never", and has no "not" of its own ("did not attack Kyiv but not
    Kharkiv" denies both); "or", "nor" and "and" share the denial.

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("Russia did not attack Kyiv but Kharkiv", '''
    ...     3 nsubj PROPN Russia NNP
    ...     3 aux AUX do VBD
    ...     3 neg PART not RB
    ...     3 ROOT VERB attack VB
    ...     3 dobj PROPN Kyiv NNP
    ...     4 cc CCONJ but CC
    ...     4 conj PROPN Kharkiv NNP''')
    >>> contrasted_argument(doc[6]), contrasted_argument(doc[4])
    (True, False)
    """
    if argument.dep_ != CONJ or negated_argument(argument):
        return False
    first = argument.head
    while first.dep_ == CONJ and first.head != first:
        first = first.head
    if first.pos_ in ("VERB", "AUX") or first.head == first:
        return False  # (coordinated clauses: not an argument's list)
    links = [c for c in kids(argument.head) if c.dep_ == CC and c.i < argument.i]
    if not links or links[-1].lower_ != "but":
        return False
    verb = first.head
    if first.dep_ == POBJ:
        verb = verb.head
    return verb.pos_ in ("VERB", "AUX") and any(
        c.dep_ == NEG and c.lower_ in NEGATORS for c in kids(verb))


def _lacked(noun: Token) -> bool:
    """Whether an event noun is what its clause went without: "the talks ended without a
    deal between X and Y", "Turkey entered Syria without the approval of the UN", "police
    released him without charge" (the deal, approval, charge did not happen). Not in a
    negated clause: "cannot be signed without the support of X", "never acts without the
    approval of Y" say it is needed or given."""
    prep = noun.head
    if noun.dep_ != POBJ or prep.lower_ != "without" or prep.dep_ != PREP:
        return False
    verb = clause_head(prep)
    return verb.pos_ in ("VERB", "AUX") and not has_neg(verb)


def _none_of(noun: Token) -> bool:
    """Whether an event noun is said to be none at all: "no" is its determiner ("there was
    no attack by Hamas on Israel", "observers report no intimidation of voters by the
    police", "recorded no violations of the truce by Russia"), whatever its clause says of
    it, in a clause not negated itself ("did not see no attack" says one was seen). Not the
    "no" of a hyphened word ("a no-confidence vote").

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["saw", "no", "attack", "by", "Hamas"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[0, 2, 0, 2, 3],
    ...           deps=["ROOT", "det", "dobj", "prep", "pobj"],
    ...           pos=["VERB", "DET", "NOUN", "ADP", "PROPN"])
    >>> _none_of(doc[2]), _none_of(doc[4])
    (True, False)
    """
    if noun.pos_ != "NOUN" or not any(
            c.dep_ == DET and c.lower_ == "no" and c.i + 1 < len(noun.doc)
            and noun.doc[c.i + 1].text != "-" for c in kids(noun)):
        return False
    head = clause_head(noun)
    return not (head.i != noun.i and has_neg(head))


def negated_achievement(predicate: Token) -> bool:
    """Whether a gerund is what a negated governor says was not achieved or taken part in
    (:data:`~extract.lexicon.ACHIEVEMENT_GERUND_PREPS`): "police have not succeeded in
    arresting the gunmen", "the party has never been successful in winning a seat", "the
    army was not involved in killing the protesters". "Not only" negates nothing ("not
    only succeeded in taking X but ...").

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["police", "have", "not", "succeeded", "in", "arresting", "gunmen"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[3, 3, 3, 3, 3, 4, 5],
    ...           deps=["nsubj", "aux", "neg", "ROOT", "prep", "pcomp", "dobj"],
    ...           tags=["NNS", "VBP", "RB", "VBN", "IN", "VBG", "NNS"])
    >>> negated_achievement(doc[5]), negated_achievement(doc[3])
    (True, False)
    """
    gerund = predicate
    while gerund.dep_ == CONJ and gerund.head.tag_ == "VBG":
        gerund = gerund.head  # "not involved in killing or torturing them"
    prep = gerund.head
    if (gerund.tag_ != "VBG" or gerund.dep_ != PCOMP or prep.dep_ != PREP
            or prep.lower_ not in ACHIEVEMENT_GERUND_PREPS
            # right after its preposition, with no subject or auxiliary of its own (not "in
            # general, when Neandertals were living in Europe, they didn't ..." misparsed)
            or gerund.left_edge.i != prep.i + 1
            or any(c.dep_ in (NSUBJ, AUX) for c in kids(gerund))):
        return False
    governor = prep.head
    if governor.dep_ == ACOMP and governor.i > governor.head.i:
        governor = governor.head  # "successful in winning" under "has never been"
    if governor.lemma_.lower() in FAILURE_VERBS | UNHESITATING_VERBS:
        return False  # "did not hesitate in condemning X": a condemnation
    doc = governor.doc
    return any(c.dep_ == NEG and c.lower_ in NEGATORS
               and not (c.i + 1 < len(doc) and doc[c.i + 1].lower_ in ("only", "just"))
               for c in kids(governor))


def near_miss(predicate: Token) -> bool:
    """Whether a relation fell short: its verb (or the verb whose object its event noun
    is) carries "nearly" or "almost" (:data:`~extract.lexicon.NEAR_MISS_ADVERBS`):
    "Russian jets nearly struck a British spy plane", "the ship almost rammed X", "Serbia
    almost launched an attack on Kosovo". An event noun that is the subject did happen:
    "the attack nearly destroyed the hospital" (the destruction fell short).

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["jets", "nearly", "struck", "plane"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[2, 2, 2, 2],
    ...           deps=["nsubj", "advmod", "ROOT", "dobj"],
    ...           pos=["NOUN", "ADV", "VERB", "NOUN"])
    >>> near_miss(doc[2]), near_miss(doc[0])
    (True, False)
    """
    verb = predicate
    if predicate.pos_ == "NOUN":
        if predicate.dep_ != DOBJ:
            return False
        verb = predicate.head
    return verb.pos_ == "VERB" and any(
        c.dep_ == ADVMOD and c.lower_ in NEAR_MISS_ADVERBS for c in kids(verb))


def _raised_negation(clause: Token, verb: Token) -> bool:
    """Whether the "not" of a verb of opinion negates its complement clause: "I don't
    think the group has contacts", "officials do not believe Russia fired the missile"
    ([neg_raising_verbs]; the clause's own "not" is read by the rules, and "not" twice is
    no denial: "I don't think they won't come"). Only "not" is raised: "we never imagined
    that X would attack Y" says nothing of the attack. An infinitive is denied the same
    way ("the ECB is not expected to follow the Fed", "Kyiv does not expect Moscow to
    accept the plan"), but not one a person means ("did not mean to hit the convoy": it
    was hit)."""
    if clause.dep_ == XCOMP and verb.lemma_.lower() in IMPLYING_VERBS:
        return False
    negs = [c for c in kids(verb) if c.dep_ == NEG and c.lower_ in ("not", "n't")]
    # (a "not" that, raised, denies only a degree denies no act: "is not expected to send
    # enough tanks", "do not think X will fully withdraw", "is not expected to release him
    # without a swap")
    return (verb.lemma_.lower() in NEG_RAISING_VERBS | EXPECTATION_WORDS
            and bool(negs)
            and not has_neg(clause)
            and not (verb.lemma_.lower() in IMPLYING_VERBS and _someone(_subject(verb)))
            and not _only_degree(clause, negs))


def _someone(subject: Token | None) -> bool:
    """Whether a subject is a person, a body or a state rather than a thing or an event (a
    name, even one the NER left untyped, "Scholz did not mean that ..."):
    "Biden did not signal that Washington would lift the sanctions" has said nothing of the
    lifting, as "the visit does not signal that Japan supports X" has (:func:`_raised_negation`)."""
    if subject is None:
        return False
    if subject.pos_ == "PRON":
        return subject.lower_ in PERSON_OR_SPEAKER_PRONOUNS | GROUP_PRONOUNS | {"we", "you"}
    return (subject.pos_ == "PROPN" or subject.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
            or subject.lemma_.lower() in ROLE_OR_TITLE_WORDS | ANY_PERSON_WORDS | STATE_HEADS)


def _vetoed(noun: Token) -> bool:
    """Whether an event noun is what a veto kept from being adopted: the object of a verb of
    :data:`~extract.lexicon.VETOING_VERBS`, itself or through an
    :data:`~extract.lexicon.EVENT_CONTAINERS` noun ("China vetoed new UN sanctions on North
    Korea", "Hungary vetoed the EU's package of sanctions against Russia"), the veto not
    itself negated, failed, to come or only possible ("did not veto the sanctions", "will
    veto the sanctions unless X", "threatened to veto the sanctions": they may be adopted).

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("China vetoed UN sanctions on Pyongyang", '''
    ...     1 nsubj PROPN China NNP
    ...     1 ROOT VERB veto VBD
    ...     3 compound PROPN UN NNP
    ...     1 dobj NOUN sanction NNS
    ...     3 prep ADP on IN
    ...     4 pobj PROPN Pyongyang NNP''')
    >>> _vetoed(doc[3]), _vetoed(doc[5])
    (True, False)
    """
    if noun.pos_ != "NOUN" or any(c.dep_ in (AMOD, COMPOUND) and c.lower_ in HEDGING_MODIFIERS
                                  for c in kids(noun)):
        # "vetoed the planned takeover of Alstom by Siemens": a blocked plan stays a plan
        return False
    held = noun
    if (noun.dep_ == POBJ and noun.head.lower_ == "of"
            and noun.head.head.lemma_.lower() in EVENT_CONTAINERS):
        held = noun.head.head
    verb = held.head
    if held.dep_ != DOBJ or verb.pos_ != "VERB":
        return False
    return (_phrasal(verb) in VETOING_VERBS and not _foiling_undone(verb)
            and not is_future(verb) and not modality(verb).hedged)


def _thwarted(verb: Token) -> bool:
    """Whether a verb is the infinitive of a plan or attempt that was foiled: "thwarted
    Russia's attempt to assassinate X", "foiled a plot to bomb Y", "repelled a bid to seize
    Z" (the noun the object of [unrealising_verbs] or [repelling_verbs], not itself negated)."""
    foiler = _plan_taker(verb)
    return (foiler is not None and foiler.lemma_.lower() in FOILING_VERBS
            and not _foiling_undone(foiler))


def _plan_taker(verb: Token) -> Token | None:
    """The word whose object is the plan or intention noun a "to" infinitive belongs to
    ("thwarted an attempt *to assassinate* X": thwarted; "blocked a decision *to lift*
    sanctions": blocked); None when the infinitive is no such noun's, or the noun no
    object (:data:`~extract.lexicon.INTENTION_NOUNS`, :data:`~extract.lexicon.PLAN_NOUNS`)."""
    noun = verb.head
    if verb.dep_ != ACL or not to_infinitive(verb) or noun.pos_ != "NOUN":
        return None
    if noun.lemma_.lower() not in INTENTION_NOUNS | PLAN_NOUNS or noun.dep_ != DOBJ:
        return None
    return noun.head


def blocked_plan(verb: Token) -> bool:
    """Whether a verb is the infinitive of a plan or decision that was blocked, vetoed or
    rejected, so that what it would do stays a plan (hedged, as "vetoed the planned takeover
    of X" is; not negated: the plan may yet pass): "Hungary blocked an EU decision to extend
    sanctions against Russia", "the court rejected the government's move to deport the
    activists" (the noun one of :data:`~extract.lexicon.INTENTION_NOUNS` or
    :data:`~extract.lexicon.PLAN_NOUNS`, the object of a verb of
    :data:`~extract.lexicon.TEXT_KILLING_VERBS` not itself negated or failed: "did not block
    the decision to extend X" lets it go ahead).

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("Hungary blocked a decision to extend sanctions", '''
    ...     1 nsubj PROPN Hungary NNP
    ...     1 ROOT VERB block VBD
    ...     3 det DET a DT
    ...     1 dobj NOUN decision NN
    ...     5 aux PART to TO
    ...     3 acl VERB extend VB
    ...     5 dobj NOUN sanction NNS''')
    >>> blocked_plan(doc[5]), blocked_plan(doc[1])
    (True, False)
    """
    blocker = _plan_taker(verb)
    return (blocker is not None and blocker.pos_ == "VERB"
            and _phrasal(blocker) in TEXT_KILLING_VERBS and not _foiling_undone(blocker))


def _foiling_undone(verb: Token) -> bool:
    """Whether a verb that would keep an event from happening is itself negated, failed,
    refused or no longer done, so that the event is not kept from happening: "police did
    not prevent the attack", "could not prevent", "failed to prevent the attack", "will no
    longer prevent X"."""
    if has_neg(verb) or no_longer(verb):
        return True
    head = verb.head
    return (verb.dep_ == XCOMP and head.lemma_.lower() in UNDONE_VERBS
            and not has_neg(head))


#: Punctuation that ends the stretch a trailing claim label is looked for in.
_LABEL_STOPS = frozenset({",", ";", ".", ":", "!", "?", "—", "–", "(", ")"})
#: The written forms of the verbs of denial, for a label's verb the tagger took for a noun
#: and lemmatised as one ("dismisses" -> "dismisse").
_DENIAL_FORMS = frozenset(form for verb in DENIAL_VERBS for form in (
    verb, verb + "s", verb + "es", verb + "d", verb + "ed", verb[:-1] + "ies",
    verb[:-1] + "ied"))


def denying_label(comma: Token) -> Token | None:
    """The verb of denial of a claim label that a comma opens, or None: ", a charge the
    RSF denies", ", an allegation the ministry dismissed as baseless", ", accusations that
    Moscow rejects" (an indefinite singular or a bare plural of
    :data:`~extract.lexicon.LABELLING_CLAIM_NOUNS`, adjectives allowed between, then a
    verb of :data:`~extract.lexicon.DENIAL_VERBS` before the next punctuation, not
    negated). Read from the words: the parse hangs such a label anywhere (an object of the
    verb before it, an apposition of the last noun, the denial as the sentence's root).

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("Mali accused Paris , a charge France denies", '''
    ...     1 nsubj PROPN Mali NNP
    ...     1 ROOT VERB accuse VBD
    ...     1 dobj PROPN Paris NNP
    ...     1 punct PUNCT , ,
    ...     5 det DET a DT
    ...     1 dobj NOUN charge NN
    ...     7 nsubj PROPN France NNP
    ...     5 relcl VERB deny VBZ''')
    >>> denying_label(doc[3])
    denies
    >>> denying_label(doc[0]) is None
    True
    """
    noun = claim_label(comma)
    if noun is None:
        return None
    for tok in comma.doc[noun.i + 1:]:
        if tok.text in _LABEL_STOPS or tok.lower_ in COORDINATION_NEGATORS:
            return None
        if tok.lemma_.lower() in DENIAL_VERBS or tok.lower_ in _DENIAL_FORMS:
            return tok  # (often tagged a plural noun: "a charge Pakistan rejects")
        if tok.lemma_.lower() in CONFIRMING_VERBS:
            return None
    return None


def claim_label(comma: Token) -> Token | None:
    """The claim noun that labels what comes before a comma, read from the words after it,
    or None: an indefinite singular or a bare plural of
    :data:`~extract.lexicon.LABELLING_CLAIM_NOUNS`, adjectives allowed between (", a charge
    ...", ", an unfounded allegation ...", ", accusations that ..."). The one reading of
    such a label (:func:`denying_label`, :func:`_plural_label_after`): the parse hangs it
    anywhere and often takes a plural claim noun for a verb.

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("X hit Y , claims that Z rejects", '''
    ...     1 nsubj PROPN X NNP
    ...     1 ROOT VERB hit VBD
    ...     1 dobj PROPN Y NNP
    ...     1 punct PUNCT , ,
    ...     1 conj VERB claim VBZ
    ...     7 mark SCONJ that IN
    ...     7 nsubj PROPN Z NNP
    ...     4 ccomp VERB reject VBZ''')
    >>> claim_label(doc[3]), claim_label(doc[1])
    (claims, None)
    """
    doc = comma.doc
    if comma.text != "," or comma.i + 2 >= len(doc):
        return None
    i = comma.i + 1
    plural = doc[i].lower_ not in ("a", "an")
    if not plural:
        i += 1
    while i < len(doc) and doc[i].tag_ in ("JJ", "JJR", "JJS") and doc[i].lower_ not in (
            LABELLING_CLAIM_NOUNS):
        i += 1
    if i >= len(doc):
        return None
    noun = doc[i].lower_
    if plural:
        return doc[i] if noun.endswith("s") and noun[:-1] in LABELLING_CLAIM_NOUNS else None
    return doc[i] if noun in LABELLING_CLAIM_NOUNS else None


def _stretch_end(predicate: Token) -> Token | None:
    """The first punctuation after a predicate (:data:`_LABEL_STOPS`), which ends its
    stretch of words, or None."""
    return next((t for t in predicate.doc[predicate.i + 1:] if t.text in _LABEL_STOPS), None)


def _label_after(predicate: Token) -> Token | None:
    """The verb of denial of a claim label right after a predicate's stretch of words (up
    to the first punctuation after it; :func:`denying_label`), or None."""
    stop = _stretch_end(predicate)
    return denying_label(stop) if stop is not None else None


def _alleging_verb(content: Token) -> Token | None:
    """The verb of alleging whose content a predicate is, or None: the gerund of "accused
    X of V-ing", "charged X with V-ing" (its preposition on the verb or on the object), the
    clause of "alleging that X V-ed" (:data:`~extract.lexicon.ALLEGING_VERBS`)."""
    if content.dep_ == CCOMP and content.head.lemma_.lower() in ALLEGING_VERBS:
        return content.head
    prep = content.head
    if content.dep_ != PCOMP or content.tag_ != "VBG" or prep.dep_ != PREP or (
            prep.lower_ not in ALLEGED_PREPS):
        return None
    verb = prep.head if prep.head.pos_ == "VERB" else prep.head.head
    if verb.pos_ == "VERB" and verb.lemma_.lower() in ALLEGING_VERBS and (
            prep.head == verb or prep.head.dep_ == DOBJ):
        return verb
    return None


def disowned(predicate: Token) -> bool:
    """Whether a predicate is what a claim label after it says is denied: "Russian jets
    bombed a hospital in Idlib, an accusation the Kremlin rejects", "Azerbaijan says
    Armenian troops shelled Tartar, a claim Yerevan denies", and the act an accusation
    names, "India accused Islamabad of backing the militants, a charge Pakistan rejects"
    (the backing is disputed; the accusing happened). Such an act is alleged, hedged
    (:func:`modality`), not negated: the sentence states the accusation, and the denial is
    the other side's word beside it (the annotated summaries list five of six such acts
    as hedged). The label must follow the predicate's
    stretch of words directly (:func:`denying_label`); only the clause it closes is
    disowned, not a relative clause or adjunct inside it ("the militants who killed 26
    tourists" is not what is denied), nor an accusation itself.

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("Mali accused Paris of arming rebels , a charge France denies", '''
    ...     1 nsubj PROPN Mali NNP
    ...     1 ROOT VERB accuse VBD
    ...     1 dobj PROPN Paris NNP
    ...     1 prep ADP of IN
    ...     3 pcomp VERB arm VBG
    ...     4 dobj NOUN rebel NNS
    ...     1 punct PUNCT , ,
    ...     8 det DET a DT
    ...     1 dobj NOUN charge NN
    ...     10 nsubj PROPN France NNP
    ...     8 relcl VERB deny VBZ''')
    >>> disowned(doc[4]), disowned(doc[1])
    (True, False)
    """
    lemma = predicate.lemma_.lower()
    if predicate.pos_ != "VERB" or lemma in ALLEGATION_VERBS:
        return False
    if _alleging_verb(predicate) is None and (
            predicate.dep_ not in (ROOT, CCOMP, CONJ) or lemma in REPORTING_VERBS):
        return False
    subject = next((c for c in kids(predicate) if c.dep_ in (NSUBJ, NSUBJPASS)), None)
    if subject is not None and (subject.pos_ == "PRON" or any(
            c.dep_ == POSS and c.pos_ == "PRON" for c in kids(subject))):
        # "Ukraine said its drones struck a refinery, a claim Moscow rejected": the doer's
        # own claim that another side rejects is contested, not denied by who did it
        return False
    return _label_after(predicate) is not None


def _rejected_source(verb: Token) -> bool:
    """Whether a reporting verb is the relative clause of a claim noun that a verb of
    denial takes: "rejects a UN report that says X armed Y", "dismissed claims which
    said X had shelled Y" (what the report says is denied)."""
    noun = verb.head
    if (verb.dep_ != RELCL or verb.lemma_.lower() not in REPORTING_VERBS
            or noun.lemma_.lower() not in CLAIM_NOUNS or noun.dep_ != DOBJ):
        return False
    return not has_neg(verb) and denied(noun)


def withheld(verb: Token) -> bool:
    """Whether a verb of letting is refused or denied, so that what it would let its
    object do is not done: "refused to let Kurdish fighters cross into Kobane", "did not
    allow Turkish ships to reach Gaza", "failed to permit X to leave".

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["Turkey", "refused", "to", "let", "Kurds", "cross"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 3, 1, 5, 3],
    ...           deps=["nsubj", "ROOT", "aux", "xcomp", "nsubj", "ccomp"],
    ...           lemmas=["Turkey", "refuse", "to", "let", "Kurds", "cross"])
    >>> withheld(doc[3]), withheld(doc[1])
    (True, False)
    """
    if verb.lemma_.lower() not in PERMITTING_VERBS:
        return False
    if has_neg(verb) or no_longer(verb):
        return True  # "did not allow X to V", "no longer allows X to V"
    head = verb.head
    return (verb.dep_ == XCOMP and head.lemma_.lower() in UNDONE_VERBS
            and not has_neg(head))


def cancelling(verb: Token) -> bool:
    """Whether a verb calls off, stops or puts back what its object names ("cancelled",
    "called off", "postponed"; :data:`~extract.lexicon.CANCELLING_VERBS`)."""
    lemma = verb.lemma_.lower()
    particles = [c.lower_ for c in kids(verb) if c.dep_ == PRT]
    return "_".join([lemma, *particles]) in CANCELLING_VERBS or (
        not particles and lemma in CANCELLING_VERBS)


def called_off(noun: Token) -> bool:
    """Whether an event noun is the object of a verb that calls it off, so that it does
    not take place: "cancelled Maduro's visit to Brasilia", "called off talks with Hamas",
    "postponed the deportation of X", also in the passive ("a visit to Moscow by Modi was
    cancelled") (the visit, talks, deportation are negated; a
    relation named by the verb, "call off talks", happened and is not), or what a noun
    of calling off is of: "announced the suspension of talks with X".

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["Israel", "called", "off", "talks", "with", "Hamas"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 1, 3, 4],
    ...           deps=["nsubj", "ROOT", "prt", "dobj", "prep", "pobj"],
    ...           pos=["PROPN", "VERB", "ADP", "NOUN", "ADP", "PROPN"],
    ...           lemmas=["Israel", "call", "off", "talk", "with", "Hamas"])
    >>> called_off(doc[3]), called_off(doc[5])
    (True, False)
    """
    if noun.pos_ != "NOUN":
        return False
    verb = noun.head
    if (noun.dep_ == POBJ and verb.lower_ in CANCELLING_NOUN_PREPS
            and verb.head.lemma_.lower() in CANCELLING_NOUNS):
        # "announced the suspension of talks with X", "a halt to air strikes on Y"
        verb = clause_head(verb.head)
        return not has_neg(verb)
    if noun.dep_ == NSUBJPASS and verb.pos_ == "VERB" and cancelling(verb):
        # "a visit to Moscow by Modi was cancelled", "talks with Hamas were called off"
        # (not when the calling off is denied or only possible: "may be postponed"; nor
        # when another halts it: "the deportation of X by Y was halted by a judge" says
        # the deportation was under way)
        return (not has_neg(verb) and not modality(verb).hedged
                and not any(c.dep_ == AGENT for c in kids(verb)))
    # ("sought to halt clashes between X and Y": a halt only sought calls nothing off)
    return (noun.dep_ == DOBJ and verb.pos_ == "VERB"
            and cancelling(verb) and not has_neg(verb)
            and not (ended(noun) and (modality(verb).hedged or _halt_sought(verb))))


def _halt_sought(verb: Token) -> bool:
    """Whether a verb that would end an event is only the infinitive of an attempt, intent
    or request ("is working to halt the clashes between X and Y", "are trying to halt",
    "asked Qatar to halt"): a relation that names the attempt ("work to halt") is stated, so
    the verb's own modality is not hedged, yet the halt is not done and the clashes, going
    on, are not called off (:func:`called_off`)."""
    return verb.dep_ == XCOMP and verb.head.lemma_.lower() in _SEEKING_VERBS


def undone(predicate: Token, subject: Token) -> bool:
    """Whether a relation is what a following "which ... did not do" says its subject
    did not do: "challenged Biden to name X, which Biden did not do", "urged Israel to
    open the crossings, which Israel has not done", "promised to free X, which he
    never did" (the relative "which" stands for the last clause before it).

    The "do" clause's subject must be the relation's subject (the same word, or a
    pronoun), and no other clause may come between them, apart from relative
    clauses on nouns ("name officers who endorsed him, which Biden did not do").

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["Iran", "promised", "to", "free", "Ali", ",", "which", "Iran", "did",
    ...          "not", "do"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words,
    ...           heads=[1, 1, 3, 1, 3, 4, 10, 10, 10, 10, 4],
    ...           deps=["nsubj", "ROOT", "aux", "xcomp", "dobj", "punct", "dobj", "nsubj",
    ...                 "aux", "neg", "relcl"],
    ...           pos=["PROPN", "VERB", "PART", "VERB", "PROPN", "PUNCT", "PRON", "PROPN",
    ...                "AUX", "PART", "VERB"],
    ...           lemmas=["Iran", "promise", "to", "free", "Ali", ",", "which", "Iran", "do",
    ...                   "not", "do"])
    >>> undone(doc[3], doc[0]), undone(doc[1], doc[0])
    (True, False)
    """
    verb = clause_head(predicate)
    doc = verb.doc
    for tok in doc[verb.i + 1:verb.sent.end]:
        if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() != "do" and not any(
                a.dep_ in (RELCL, ACL) and a.i > verb.i for a in [tok, *tok.ancestors]):
            return False  # another clause comes first: "which" stands for that one
        if tok.lower_ != "which" or tok.dep_ != DOBJ or tok.head.lemma_.lower() != "do":
            continue
        do = tok.head
        if not has_neg(do):
            return False
        who = next((c for c in kids(do) if c.dep_ == NSUBJ), None)
        return who is not None and (who.lower_ == subject.lower_ or who.pos_ == "PRON")
    return False


def sought(verb: Token) -> bool:
    """Whether a verb is only tried, intended or asked for, or possible, not done: "the
    suit seeks to block X", "asked the court to bar X", "plans to stop X", "may prevent X",
    "will keep X", or a participle on a noun only asked for: "the suit seeks an injunction
    barring X" (what it would prevent is then not denied, only hedged).

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["suit", "seeks", "to", "block", "Regal"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 3, 1, 3],
    ...           deps=["nsubj", "ROOT", "aux", "xcomp", "dobj"],
    ...           lemmas=["suit", "seek", "to", "block", "Regal"])
    >>> sought(doc[3]), sought(doc[1])
    (True, False)
    """
    # ("could not stop X from V-ing" is an inability, stated: X did it)
    if any(c.dep_ == AUX and c.lower_ in UNREAL_AUX
           and not (c.lower_ in INABILITY_MODALS and has_neg(verb)) for c in kids(verb)):
        return True
    if verb.dep_ == ACL and verb.tag_ == "VBG" and _asked_for(verb.head):
        return True  # "seeks an injunction barring X", "asked for an order blocking X"
    return verb.dep_ in (XCOMP, CCOMP) and verb.head.lemma_.lower() in SOUGHT_VERBS


def left_open(verb: Token) -> bool:
    """Whether a verb of confirming or denying leaves its clause open: "neither confirmed
    nor denied that X ...", "would not confirm or deny that X ...", "did not confirm that
    X ..." (:data:`~extract.lexicon.CONFIRMING_VERBS`, :data:`~extract.lexicon.DENIAL_VERBS`).
    What it reports is neither denied nor stated: it is hedged.

    A verb of denial is open when coordinated with a verb of confirming under a
    negation, or when it is itself negated: "did not deny that X ...", "has not denied
    striking X", "never disputed that X ..." neither state nor deny X (as "did not deny
    responsibility for the attack" and "did not deny plans to strike X" leave the attack
    and the strike possible); a verb of confirming, when it or its coordination is
    negated.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["Moscow", "neither", "confirmed", "nor", "denied", "that", "Kyiv", "fell"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[2, 2, 2, 2, 2, 7, 7, 4],
    ...           deps=["nsubj", "preconj", "ROOT", "cc", "conj", "mark", "nsubj", "ccomp"],
    ...           lemmas=["Moscow", "neither", "confirm", "nor", "deny", "that", "Kyiv",
    ...                   "fall"])
    >>> left_open(doc[4]), left_open(doc[2]), left_open(doc[7])
    (True, True, False)
    >>> doc = Doc(spacy.blank("en").vocab, words=["Iran", "did", "not", "deny", "arming", "Y"],
    ...           heads=[3, 3, 3, 3, 3, 4], deps=["nsubj", "aux", "neg", "ROOT", "xcomp",
    ...           "dobj"], lemmas=["Iran", "do", "not", "deny", "arm", "Y"])
    >>> left_open(doc[3])
    True
    """
    lemma = verb.lemma_.lower()
    if lemma not in CONFIRMING_VERBS | DENIAL_VERBS:
        return False
    if lemma in DENIAL_VERBS and (has_neg(verb) or _no_one(verb) or _without(verb)):
        # "did not deny that X ...", "never denied striking X", "nobody denies that X",
        # "settled without admitting or denying that it misled investors"
        return True
    first = verb
    while first.dep_ == CONJ and first.head != first:
        first = first.head
    group = [first, *(c for c in kids(first) if c.dep_ == CONJ)]
    if verb not in group:
        group.append(verb)
    negated = any(c.dep_ in (NEG, PRECONJ, CC) and c.lower_ in COORDINATION_NEGATORS
                  for t in group for c in kids(t))
    if not negated:
        return False
    if lemma in CONFIRMING_VERBS:
        return True  # "did not confirm that X ...", "neither confirmed nor denied ..."
    if any(c.dep_ == PRECONJ and c.lower_ == "neither" for c in kids(first)):
        return True  # "neither admitting nor denying that X ...": no denial either
    return any(t.lemma_.lower() in CONFIRMING_VERBS for t in group)


def _without(verb: Token) -> bool:
    """Whether a gerund, or one coordinated after it, is right under a "without" that no
    "not" above takes back: "without admitting or denying wrongdoing" (what it would
    do is not done; "never settles without denying X" is a double negative)."""
    while verb.dep_ == CONJ and verb.tag_ == "VBG" and verb.head.tag_ == "VBG":
        verb = verb.head
    prep = verb.head
    return (verb.dep_ == PCOMP and verb.tag_ == "VBG" and prep.lower_ == "without"
            and prep.dep_ == PREP and not has_neg(prep.head))


def _no_one(verb: Token) -> bool:
    """Whether a verb's subject is no one: "nobody denies that X", "no country disputed
    that X", "none of the officials denied that X"
    (:data:`~extract.lexicon.NEGATIVE_PARTITIVES`, or "no" as the subject's determiner).

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("Nobody denies that Russia invaded Ukraine", '''
    ...     1 nsubj PRON nobody NN
    ...     1 ROOT VERB deny VBZ
    ...     4 mark SCONJ that IN
    ...     4 nsubj PROPN Russia NNP
    ...     1 ccomp VERB invade VBD
    ...     4 dobj PROPN Ukraine NNP''')
    >>> _no_one(doc[1]), _no_one(doc[4])
    (True, False)
    """
    return any(c.dep_ == NSUBJ and (
        c.lower_ in NEGATIVE_PARTITIVES
        or any(d.dep_ == DET and d.lower_ == "no" for d in kids(c))) for c in kids(verb))


def _truth_frame(predicate: Token) -> tuple[Token, Token] | None:
    """The adjective and the "be" of an extraposed "it is <adjective> that" a relation's
    clause is the "that" clause of ("it is not true that Israel bombed Gaza"), or None
    (:func:`untrue`, :func:`half_true`)."""
    verb = predicate
    if predicate.pos_ == "NOUN":
        if predicate.dep_ != DOBJ:
            return None
        verb = predicate.head
    for _ in range(8):
        if verb.dep_ != CONJ or verb.head == verb or verb.head.pos_ not in ("VERB", "AUX"):
            break
        verb = verb.head
    if verb.dep_ != CCOMP:
        return None
    head = verb.head
    adjective = head if head.dep_ == ACOMP else next(
        (c for c in kids(head) if c.dep_ == ACOMP), None)
    if adjective is None or adjective.dep_ != ACOMP or adjective.i > verb.i:
        return None
    be = adjective.head
    if be.lemma_.lower() != _BE or not any(
            c.dep_ in (NSUBJ, EXPL) and c.lower_ == "it" for c in kids(be)):
        return None
    return adjective, be


def _truth_degree(adjective: Token, be: Token) -> list[Token]:
    """The words between the "not" of an extraposed "it is not <adjective>" and the
    adjective ("not only true", "not always true", "not entirely accurate"): what the
    "not" denies is their degree, not the truth (:func:`untrue`, :func:`half_true`)."""
    negs = [c for c in (*kids(be), *kids(adjective)) if c.dep_ == NEG and c.i < adjective.i]
    if not negs:
        return []
    return [t for t in adjective.doc[max(n.i for n in negs) + 1:adjective.i]
            if t.pos_ == "ADV"]


def untrue(predicate: Token) -> bool:
    """Whether a relation's clause is said to be untrue by an extraposed "it is" before
    it: "it is not true that Israel bombed Gaza", "the minister said it was not correct
    that Iran supplied drones" (a negated :data:`~extract.lexicon.TRUTH_ADJECTIVES`), "it
    is false that Russia shelled the plant" (:data:`~extract.lexicon.FALSITY_ADJECTIVES`).
    The pipeline turns the relation's negation round, so that "it is not true that
    Israel did not bomb Gaza" states the bombing (a double negation). An event noun counts
    when it is the clause verb's object ("it is not true that Hamas carried out an attack
    on X"). An adverb between the "not" and the adjective denies its degree, not the
    truth: "it is not only true that X" states X, "not always / entirely true" at most
    hedges it (:func:`half_true`).

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("It is not true that Israel bombed Gaza", '''
    ...     1 nsubj PRON it PRP
    ...     1 ROOT AUX be VBZ
    ...     1 neg PART not RB
    ...     1 acomp ADJ true JJ
    ...     6 mark SCONJ that IN
    ...     6 nsubj PROPN Israel NNP
    ...     1 ccomp VERB bomb VBD
    ...     6 dobj PROPN Gaza NNP''')
    >>> untrue(doc[6]), untrue(doc[1])
    (True, False)
    """
    frame = _truth_frame(predicate)
    if frame is None:
        return False
    adjective, be = frame
    denied_truth = has_neg(be) or has_neg(adjective)
    if denied_truth and _truth_degree(adjective, be):
        return False  # "not only true", "not always true": its degree is denied
    word = adjective.lower_
    return ((word in TRUTH_ADJECTIVES and denied_truth)
            or (word in FALSITY_ADJECTIVES and not denied_truth))


def half_true(predicate: Token) -> bool:
    """Whether a relation's clause is said to be only partly true, by an extraposed "it
    is not" with an adverb of degree before an adjective of truth: "it is not entirely
    accurate that Iran supplied the drones", "it is not always true that X" (hedged; not
    "not only true", :data:`~extract.lexicon.EXCLUSIVE_WORDS`, which states it).

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("It is not entirely accurate that Iran supplied drones", '''
    ...     1 nsubj PRON it PRP
    ...     1 ROOT AUX be VBZ
    ...     1 neg PART not RB
    ...     4 advmod ADV entirely RB
    ...     1 acomp ADJ accurate JJ
    ...     8 mark SCONJ that IN
    ...     8 nsubj PROPN Iran NNP
    ...     1 ccomp VERB supply VBD
    ...     8 dobj NOUN drone NNS''')
    >>> half_true(doc[7]), untrue(doc[7])
    (True, False)
    """
    frame = _truth_frame(predicate)
    if frame is None or frame[0].lower_ not in TRUTH_ADJECTIVES:
        return False
    degree = _truth_degree(*frame)
    return bool(degree) and not any(t.lower_ in EXCLUSIVE_WORDS for t in degree)


def _phrasal(verb: Token) -> str:
    """A verb's lemma with its particles ("rule_out")."""
    return "_".join([verb.lemma_.lower(), *(c.lower_ for c in kids(verb) if c.dep_ == PRT)])



def unable(verb: Token) -> bool:
    """Whether a verb is negated as an inability: "could not stop X", "cannot prevent X"
    (:data:`~extract.lexicon.INABILITY_MODALS` with "not"): what it would have stopped or
    prevented happened."""
    return has_neg(verb) and any(c.dep_ == AUX and c.lower_ in INABILITY_MODALS
                              for c in kids(verb))


def _possibly(verb: Token) -> bool:
    """Whether a verb carries a modal of possibility or obligation, not an inability:
    "may refuse", "could refuse", "may not", "should not" (not "could not", "cannot")."""
    return any(c.dep_ == AUX and c.lower_ in HEDGE_MODALS
               and not (c.lower_ in INABILITY_MODALS and has_neg(verb)) for c in kids(verb))


def _appealed(verb: Token) -> bool:
    """Whether a "to" infinitive parsed as a purpose clause is what an appeal verb asks
    for: "calls on Russia to stop bombing Aleppo" (:data:`~extract.lexicon.APPEAL_VERBS`)."""
    return (verb.dep_ == ADVCL and to_infinitive(verb)
            and verb.head.lemma_.lower() in APPEAL_VERBS)


#: Verbs above an infinitive whose negation is only sought or asked for ("urged X to stop
#: V-ing", "threatened to stop V-ing": :func:`unsure_negation`).
_SOUGHT_OR_APPEAL_VERBS = SOUGHT_VERBS | APPEAL_VERBS


def _sought_device(matrix: Token) -> bool:
    """Whether a verb of negating is the participle of a noun only sought or proposed:
    "is seeking an injunction barring Polaris from selling its controllers", "asked for
    an order banning X from V-ing" (the noun the object of a verb of
    :data:`~extract.lexicon.SOUGHT_VERBS`, :data:`~extract.lexicon.APPEAL_VERBS` or
    intending); "won an injunction barring X from V-ing" bars it. The object of a verb
    of telling or appealing is in force: "a judge ordered an injunction barring X" (the
    order imposes it), "is appealing an injunction barring X" (contests it); only a
    "for" object is asked for ("called for a ban preventing X from V-ing")."""
    noun = matrix.head
    while noun.dep_ == CONJ and noun.head != noun:
        noun = noun.head  # "is seeking damages and an injunction barring X from V-ing"
    if matrix.dep_ != ACL or matrix.tag_ != "VBG":
        return False
    if noun.dep_ == DOBJ:
        return noun.head.lemma_.lower() in _SEEKING_VERBS
    return (noun.dep_ == POBJ and noun.head.lower_ == "for"
            and noun.head.head.lemma_.lower() in _SOUGHT_OR_APPEAL_VERBS | INTENT_VERBS)


#: Verbs whose object is only sought, asked for or intended, not imposed: "is seeking an
#: injunction", "requested an order", "plans a ban" (not "ordered an injunction").
_SEEKING_VERBS = ATTEMPT_VERBS | INTENT_VERBS | REQUESTING_VERBS


def unsure_negation(predicate: Token) -> Token | None:
    """Whether what negates a relation is itself only possible, asked for or intended,
    so that the relation is hedged, not denied: "Iran may not attack Israel", "Hungary
    may refuse to extradite X", "the UN urged Israel to stop bombing Gaza", "Germany
    calls on Russia to stop bombing Aleppo", "Russia threatened to stop supplying gas
    to X", "France did not rule out sending troops", "refused to rule out a meeting
    between X and Y" (:data:`~extract.lexicon.RULING_OUT_VERBS`). The word that negates
    (a verb above, or the clause's "not") is returned, None when there is none or the
    negation is stated: a relation that names that verb ("refuse to extradite") keeps its
    own flags.

    A "not" or a verb of refusal, failure, stopping, denial or preventing in the future
    is still a denial ("will not send troops", "will stop supplying gas"), and so are an
    inability ("could not agree") and a "not" of expectation ("Iran is not expected to
    attack Israel": expected not to, negated and hedged, as "will not" is).

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["UN", "urged", "Israel", "to", "stop", "bombing", "Gaza"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 4, 1, 4, 5],
    ...           deps=["nsubj", "ROOT", "dobj", "aux", "xcomp", "xcomp", "dobj"],
    ...           pos=["PROPN", "VERB", "PROPN", "PART", "VERB", "VERB", "PROPN"],
    ...           lemmas=["UN", "urge", "Israel", "to", "stop", "bomb", "Gaza"])
    >>> unsure_negation(doc[5]), unsure_negation(doc[4]), unsure_negation(doc[1])
    (stop, None, None)
    """
    verb = clause_head(predicate)
    if has_neg(verb) and _possibly(verb):
        # "may not attack", "should not strike"
        return next(c for c in kids(verb) if c.dep_ == NEG)
    if predicate.pos_ == "NOUN" and predicate.dep_ == DOBJ and predicate.head == verb:
        tok = predicate  # "did not rule out a meeting between X and Y"
    else:
        tok = verb
    for _ in range(4):
        if tok.dep_ in (XCOMP, DOBJ) and tok.head.pos_ in ("VERB", "AUX"):
            matrix = tok.head
        elif tok.dep_ == PCOMP and tok.head.dep_ == PREP and tok.head.lower_ == "from":
            matrix = tok.head.head  # "(asked X to) stop Y from entering"
        else:
            return None
        lemma = _phrasal(matrix)
        above = matrix.head if matrix.dep_ in (XCOMP, CCOMP) or _appealed(matrix) else None
        if lemma in RULING_OUT_VERBS:
            # "did not rule out sending troops", "refused to rule out a meeting"
            opened = has_neg(matrix) or (above is not None and above.lemma_.lower() in UNDONE_VERBS)
            return matrix if opened else None
        if tok.dep_ == DOBJ:
            return None  # (an event noun: only a ruling out above it is read)
        if has_neg(matrix) and matrix.lemma_.lower() in EXPECTATION_WORDS:
            # "is not expected to attack", "is not likely to attack": expected not to
            # attack, a denial (:func:`_raised_negation`), hedged as expected
            return None
        if lemma in NEGATING_VERBS or matrix.lemma_.lower() in NEGATING_VERBS or has_neg(matrix):
            # the negation: is it only possible or asked for? ("may refuse to", "urged X
            # to stop V-ing", "threatened to stop V-ing"; not "will stop", "could not")
            # ("demanded that the US stop arming X": a required base form)
            required = (matrix.dep_ == CCOMP and above is not None and _mandated(matrix)
                        and above.lemma_.lower() in MANDATING_VERBS)
            unsure = _possibly(matrix) or required or (
                above is not None and matrix.dep_ in (XCOMP, ADVCL)
                and above.lemma_.lower() in _SOUGHT_OR_APPEAL_VERBS) or _sought_device(matrix)
            return matrix if unsure else None
        tok = matrix
    return None


def denied(verb: Token) -> bool:
    """Whether a clause is what a verb of denial denies, itself not negated: "denied
    that X shelled Y", "rejected claims that X armed Y", "claims that X armed Y were
    rejected", "denied firing at Y".

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["Russia", "denied", "shelling", "Kyiv"],
    ...           heads=[1, 1, 1, 2], deps=["nsubj", "ROOT", "xcomp", "dobj"],
    ...           lemmas=["Russia", "deny", "shell", "Kyiv"])
    >>> denied(doc[2]), denied(doc[3])
    (True, False)

    A clause that ends at a semicolon or colon before the verb it hangs on is no
    complement of it: in "Ukraine accuses Russia of shelling Kharkiv; Moscow denies
    targeting civilians" (parsed with "accuses" below "denies") the accusation is not
    denied.
    """
    head = verb.head
    if verb.dep_ == CCOMP and (_before_semicolon(verb, head) or _before_colon(verb, head)):
        return False
    if verb.i < head.i and _label_after(verb) == head:
        # "Palestinians accused the driver of ramming the crowd, an allegation police
        # rejected", parsed with the label's verb as the root: what the label disowns is
        # the act alleged (:func:`disowned`), not the accusing
        return False
    if (verb.dep_ == RELCL and _unmarked_claim(verb)) or _claim_as_verb(verb):
        # "rejects reports it struck X" (the clause parsed as a relative clause of the
        # claim noun), "dismisses claims its drones killed X" ("claims" tagged a verb
        # whose clause the content is): the same denied claim without "that"
        head = head.head
        return head.lemma_.lower() in DENIAL_VERBS and not any(
            c.dep_ == NEG for c in kids(head)) and not left_open(head)
    if verb.dep_ == ACL or (verb.dep_ in (CCOMP, ADVCL) and head.dep_ in (DOBJ, NSUBJPASS)
                            and (verb.dep_ == CCOMP or _that_marked(verb))):
        # "rejected claims that X armed Y", "claims that X armed Y were rejected" (also
        # with "claims" tagged a verb whose clause the "that" clause is, as the object of
        # the denial; and a "that" clause the parser hung on the noun as an adverbial
        # one: "denied market rumours that it had bought a stake")
        if head.lemma_.lower() not in CLAIM_NOUNS or head.dep_ not in (DOBJ, NSUBJPASS):
            return False
        head = head.head
    return head.lemma_.lower() in DENIAL_VERBS and not any(
        c.dep_ == NEG for c in kids(head)) and not left_open(head)


def _that_marked(verb: Token) -> bool:
    """Whether a clause opens with the conjunction "that"."""
    return any(c.dep_ == MARK and c.lower_ == "that" for c in kids(verb))


def _deed_object(gerund: Token) -> tuple[Token, Token] | None:
    """(noun, preposition) of a gerund that names the deed of a verb's object noun:
    "denies allegations | of arming X", "claims responsibility | for bombing X" (a gerund
    coordinated with one counts as it); None otherwise. What the noun and the verb must be
    is the caller's (:func:`charge_denier`, :func:`owned_deed`)."""
    if gerund.dep_ == CONJ and gerund.head.tag_ == "VBG":
        gerund = gerund.head
    prep = gerund.head
    if gerund.tag_ != "VBG" or gerund.dep_ not in (PCOMP, POBJ) or prep.dep_ != PREP:
        return None
    noun = prep.head
    return (noun, prep) if noun.dep_ == DOBJ else None


def charge_denier(gerund: Token) -> Token | None:
    """The verb of denial whose claim noun object a gerund's "of" hangs on, or None:
    "Iran denies allegations of arming the Houthis", "the Philippines rejected China's
    accusations of ramming a Chinese vessel", "dismissed charges of spying for Russia"
    (:data:`~extract.lexicon.CLAIM_NOUNS`, :data:`~extract.lexicon.DENIAL_VERBS`); so
    for a part in the deed: "Hamas denied responsibility for killing the hostages". The
    verb's subject is who is said to have done it and denies it: the gerund is negated.
    A gerund coordinated with one is denied too ("denied charges of spying and passing
    secrets to X"); not under a negated or open denial ("did not deny accusations of
    V-ing", "neither confirmed nor denied reports of V-ing").

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("Iran denies allegations of arming Houthis", '''
    ...     1 nsubj PROPN Iran NNP
    ...     1 ROOT VERB deny VBZ
    ...     1 dobj NOUN allegation NNS
    ...     2 prep ADP of IN
    ...     3 pcomp VERB arm VBG
    ...     4 dobj PROPN Houthis NNPS''')
    >>> charge_denier(doc[4]), charge_denier(doc[1])
    (denies, None)
    """
    if (found := _deed_object(gerund)) is None:
        return None
    noun, prep = found
    # (or a part in the deed denied: "Hamas denied responsibility for killing the hostages")
    if not ((prep.lower_ == "of" and noun.lemma_.lower() in CLAIM_NOUNS)
            or prep.lower_ == part_preposition(noun.lemma_.lower())):
        return None
    verb = noun.head
    if verb.pos_ != "VERB" or _open_denial(verb):
        return None
    return verb


#: Pronouns by which a denied claim names the one who denies it ("Rwanda rejects the
#: accusation that it arms X"), or by which a denier is the party just named.
_PARTY_PRONOUNS = frozenset({"it", "they", "he", "she", "we", "its", "their"})
_SINGULAR_PRONOUNS = frozenset({"it", "he", "she", "its"})
#: Relative pronouns standing for the noun their clause hangs on ("Rwanda, which denies X").
_RELATIVE_PRONOUNS = frozenset({"which", "who", "that"})
#: Code sectors by which a named body speaks for its country ("the Kremlin" RUSGOV).
_STATE_SECTORS = frozenset({"", "GOV", "MIL"})


def _party(tok: Token) -> Token:
    """The noun a relative pronoun stands for ("Rwanda" of "Rwanda, which denies X"); the
    token itself otherwise."""
    if tok.lower_ in _RELATIVE_PRONOUNS and tok.head.dep_ == RELCL:
        return tok.head.head
    return tok


def _party_names(tok: Token) -> set[str]:
    """What a party's name is matched by: its words (with their compounds), lower case,
    and the CAMEO country code of a country, its capital or its government ("Rwanda",
    "Kigali" RWA; "Russia", "Moscow", "the Kremlin" RUS; :mod:`extract.dictionary`)."""
    words = [c for c in kids(tok) if c.dep_ == COMPOUND and c.i < tok.i] + [tok]
    phrase = " ".join(w.text for w in words)
    names = {phrase.lower()}
    for name in (phrase, tok.text):
        entry = lookup(name)
        code = entry.code() if entry is not None else None
        if code and is_country_code(code[:3]) and code[3:] in _STATE_SECTORS:
            names.add(code[:3])
    return names


def _same_party(accused: Token | None, denier: Token | None) -> bool:
    """Whether the one who denies a claim is the one the claim says did the act: the same
    name, a country and its capital or government ("Rwanda" / "Kigali"), or a pronoun
    for either (in "Rwanda denies claims that it arms X", "Kinshasa accuses Rwanda of
    arming X, which it denies" the pronoun is the other)."""
    if accused is None or denier is None:
        return False
    accused, denier = _party(accused), _party(denier)
    if any(c.dep_ == POSS and c.lower_ in _PARTY_PRONOUNS for c in kids(accused)):
        accused = next(c for c in kids(accused) if c.dep_ == POSS)  # "its troops"
    if denier.lemma_.lower() in RULING_DENIERS:
        return False  # "a judge dismissed charges that he took bribes": the court rules
    if accused.lower_ in _PARTY_PRONOUNS or denier.lower_ in _PARTY_PRONOUNS:
        # (not a singular pronoun for a plural denier: "Kyiv's allies rejected
        # accusations by Moscow that it shelled the dam")
        singular = {accused.lower_, denier.lower_} & _SINGULAR_PRONOUNS
        plural = accused.tag_ in PLURAL_NOUN_TAGS or denier.tag_ in PLURAL_NOUN_TAGS
        return not (singular and plural) and accused.pos_ in ("PROPN", "PRON", "NOUN") and (
            denier.pos_ in ("PROPN", "PRON", "NOUN"))
    if accused.pos_ != "PROPN" or denier.pos_ != "PROPN":
        return False  # named parties only ("Russian troops" is not "Moscow")
    return bool(_party_names(accused) & _party_names(denier))


def _denier(denial: Token | None) -> Token | None:
    """Who makes a denial: its subject, or the name the parse compounded to it ("a charge
    Khartoum rejects", "which Beijing dismisses" parsed with a compound)."""
    if denial is None:
        return None
    subject = _subject(denial)
    if subject is not None:
        return subject
    return next((c for c in reversed(list(kids(denial)))
                 if c.dep_ == COMPOUND and c.pos_ == "PROPN" and c.i < denial.i), None)


def _accused(verb: Token) -> Token | None:
    """Who a clause or an alleged gerund says did its act: its subject, or the object of
    the verb of alleging ("accused Rwanda of arming X")."""
    subject = _subject(verb)
    if subject is not None and subject.dep_ == NSUBJPASS:
        # "reports that it was attacked by Russia": the doer is the agent
        agent = next((c for c in kids(verb) if c.dep_ == AGENT), None)
        return next((c for c in kids(agent) if c.dep_ == POBJ), None) if agent else None
    if subject is not None:
        return subject
    if (found := accused_object(verb)) is not None:
        return found
    alleging = _alleging_verb(verb)
    if alleging is None:
        return None
    return next((c for c in kids(alleging) if c.dep_ == DOBJ), None)


def _content_relcl(verb: Token) -> bool:
    """Whether a clause parsed as a relative clause of a claim noun is its content: "the
    accusation, which Ankara denies, that Turkey shelled X" (a "that" that marks it, and
    a subject of its own)."""
    subject = _subject(verb)
    return (verb.dep_ == RELCL and "that" in _marks(verb)
            and verb.head.lemma_.lower() in CLAIM_NOUNS
            and subject is not None and subject.tag_ not in RELATIVE_TAGS)


def _open_denial(verb: Token) -> bool:
    """Whether a verb denies nothing outright: not one of
    :data:`~extract.lexicon.DENIAL_VERBS`, negated ("did not deny") or left open ("neither
    confirmed nor denied"); :func:`charge_denier`, :func:`_claim_denial`."""
    return verb.lemma_.lower() not in DENIAL_VERBS or has_neg(verb) or left_open(verb)


def _claim_denial(noun: Token) -> Token | None:
    """The verb of denial of a claim noun: the verb it is the object of ("rejects the
    accusation that ..."), or a relative clause on it ("the accusation, which Rwanda
    denies, that ..."); None when there is none or it is negated or open."""
    if noun.lemma_.lower() not in CLAIM_NOUNS:
        return None
    if noun.dep_ in (DOBJ, NSUBJPASS) and not _open_denial(noun.head):
        return noun.head
    return next((c for c in kids(noun) if c.dep_ == RELCL and not _open_denial(c)), None)


def _which_denial_after(verb: Token) -> Token | None:
    """The verb of a ", which X denies" right after a clause's stretch of words ("accuses
    Kigali of arming the rebels, which Kigali denies"), or None."""
    tok = _stretch_end(verb)
    if tok is None:
        return None
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if (tok.text == "," and nxt is not None and nxt.lower_ == "which"
            and nxt.dep_ == DOBJ and nxt.head.dep_ == RELCL and not _open_denial(nxt.head)):
        return nxt.head
    return None


def _denial_next(verb: Token) -> Token | None:
    """The verb of denial of the sentence right after a verb's own that denies a bare
    claim noun pointing back to it, or None: "Mali accuses Stockholm of financing armed
    groups. Sweden denies the accusation." ("rejects the charges", "has denied the
    accusations"; :data:`~extract.lexicon.CLAIM_NOUNS` with "the", "these", ... (
    :data:`~extract.lexicon.DEFINITE_DETERMINERS`), and no
    word of its own content: not "denies the charges of fraud", "rejects the claim that
    ...", nor "did not deny the charges" or "neither confirmed nor denied the report").
    The denial must be the main verb of that sentence or one coordinated with it."""
    doc, sent = verb.doc, verb.sent
    if sent.end >= len(doc):
        return None
    following = doc[sent.end].sent
    root = following.root
    for denial in (root, *(c for c in kids(root) if c.dep_ == CONJ)):
        if _open_denial(denial):
            continue
        for noun in (c for c in kids(denial) if c.dep_ == DOBJ):
            own = [c for c in kids(noun) if c.dep_ not in (DET, AMOD, PUNCT)]
            if (noun.lemma_.lower() in CLAIM_NOUNS and not own
                    and any(c.dep_ == DET and c.lower_ in DEFINITE_DETERMINERS
                            for c in kids(noun))):
                return denial
    return None


def accused_denial(predicate: Token) -> Token | None:
    """The verb of denial by which the accused denies the act a clause is alleged to be,
    or None. An act one side alleges and the one said to have done it denies is both
    denied and alleged: negated (:func:`negation`) and hedged (:func:`modality`), as the
    strict judges' brief and the WCEP guidelines read "X denies attacking Y" and an
    allegation. The constructions: "Rwanda rejects the accusation that it arms the M23"
    (also "Congo's accusation", "claims", "charges", "reports"), "the accusation, which
    Rwanda denies, that it arms ...", "Iran denies allegations of arming the Houthis",
    "Kinshasa accuses Rwanda of arming the M23, a charge Kigali denies" / ", which Kigali
    denies". The denier must be the accused (:func:`_same_party`): "Kyiv denied reports
    that Russia attacked X" is a third party's denial, read as before (negated); "Congo
    says Rwanda arms the M23, a claim Uganda rejects" stays alleged (:func:`disowned`).
    A plain "Russia denies attacking X" has no accusation: negated only.

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("Mali accused Algeria of arming rebels , a charge France denies", '''
    ...     1 nsubj PROPN Mali NNP
    ...     1 ROOT VERB accuse VBD
    ...     1 dobj PROPN Algeria NNP
    ...     1 prep ADP of IN
    ...     3 pcomp VERB arm VBG
    ...     4 dobj NOUN rebel NNS
    ...     1 punct PUNCT , ,
    ...     8 det DET a DT
    ...     1 dobj NOUN charge NN
    ...     10 nsubj PROPN France NNP
    ...     8 relcl VERB deny VBZ''')
    >>> accused_denial(doc[4]) is None  # Algeria, not France
    True
    """
    if predicate.pos_ != "VERB":
        return None
    verb = predicate
    found = charge_denier(verb)
    if found is not None:
        # "Iran denies allegations of arming the Houthis" (its subject is the denier's;
        # not "denied responsibility for killing X": no accusation)
        gerund = verb.head if verb.dep_ == CONJ and verb.head.tag_ == "VBG" else verb
        noun = gerund.head.head
        return found if noun.lemma_.lower() in CLAIM_NOUNS else None
    tok = verb
    for _ in range(4):
        if tok.dep_ in (ACL, CCOMP) and tok.head.pos_ == "NOUN" or (
                tok.dep_ == RELCL and (_unmarked_claim(tok) or _content_relcl(tok))):
            noun = tok.head if tok.dep_ != RELCL or _content_relcl(tok) else (
                tok.doc[tok.left_edge.i - 1])
            denial = _claim_denial(noun)
            if denial is not None and _same_party(_accused(verb), _denier(denial)):
                return denial
            return None
        if _claim_as_verb(tok):
            denial = tok.head.head
            if not _open_denial(denial) and _same_party(_accused(verb), _denier(denial)):
                return denial
            return None
        if tok.dep_ != CONJ:
            break
        tok = tok.head
    if disowned(verb) and _same_party(_accused(verb), _denier(_label_after(verb))):
        return _label_after(verb)
    denial = _which_denial_after(verb)
    if denial is not None and (_alleging_verb(verb) is not None
                               or accused_object(verb) is not None) and _same_party(
            _accused(verb), _denier(denial)):
        return denial
    if _alleging_verb(verb) is not None or accused_object(verb) is not None:
        # "Mali accuses Stockholm of financing armed groups. Sweden denies the accusation."
        denial = _denial_next(verb)
        if denial is not None and _same_party(_accused(verb), _denier(denial)):
            return denial
    return None


def part_preposition(lemma: str) -> str | None:
    """The preposition that names the deed of a noun of a part in one: "for" after
    "responsibility" or "credit" (:data:`~extract.lexicon.RESPONSIBILITY_NOUNS`), "in"
    after "involvement", "a role", "complicity" (:data:`~extract.lexicon.
    INVOLVEMENT_NOUNS`); None for another noun. One choice for the gerund of the deed
    (:func:`owned_deed`) and for its event noun (:func:`extract.rules.verbal._part_in`,
    :func:`extract.rules.verbal._claimed_event`).

    Examples
    --------
    >>> part_preposition("responsibility"), part_preposition("role"), part_preposition("attack")
    ('for', 'in', None)
    """
    return ("for" if lemma in RESPONSIBILITY_NOUNS
            else "in" if lemma in INVOLVEMENT_NOUNS else None)


def owned_deed(gerund: Token) -> Token | None:
    """The verb that owns up to a part in a gerund's deed, or None: "Al-Shabaab claims
    responsibility for bombing the airport", "the group admitted involvement in smuggling
    arms to Y" (its subject did it, stated, as "claimed responsibility for the attack on
    Y" says; :func:`extract.rules.verbal._claimed_event`). Only a verb of owning up
    (:data:`~extract.lexicon.OWNING_UP_VERBS`): not one of taking the blame ("accepted
    responsibility for V-ing"), of giving or having a duty ("took / was given / has
    responsibility for rebuilding X", which says nothing of a deed done), a denial
    (:func:`charge_denier`) or a claim not made ("has not claimed responsibility").

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("Shabaab claims responsibility for bombing airport", '''
    ...     1 nsubj PROPN Shabaab NNP
    ...     1 ROOT VERB claim VBZ
    ...     1 dobj NOUN responsibility NN
    ...     2 prep ADP for IN
    ...     3 pcomp VERB bomb VBG
    ...     4 dobj NOUN airport NN''')
    >>> owned_deed(doc[4]), owned_deed(doc[1])
    (claims, None)
    """
    if (found := _deed_object(gerund)) is None:
        return None
    noun, prep = found
    if prep.lower_ != part_preposition(noun.lemma_.lower()):
        return None
    verb = noun.head
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or has_neg(verb) or lemma not in OWNING_UP_VERBS:
        return None
    return verb


def _claim_as_verb(verb: Token) -> bool:
    """Whether a clause is the content of a plural claim noun tagged a verb, itself the
    complement of the verb above it: "dismisses [claims] its drones killed X", "denies
    [reports] its air force bombed X" (the "claims" or "reports" has no subject of its
    own, or only a bare word right before it: "denies opposition claims its forces
    used X")."""
    head = verb.head
    if (verb.dep_ != CCOMP or head.dep_ != CCOMP or head.tag_ != "VBZ"
            or head.lemma_.lower() not in CLAIM_NOUNS or verb.i < head.i):
        return False
    subjects = [c for c in kids(head) if c.dep_ in (NSUBJ, NSUBJPASS)]
    return all(s.i == head.i - 1 and not any(kids(s)) and s.pos_ in ("NOUN", "PROPN")
               for s in subjects)


def _degree_word(tok: Token) -> bool:
    """Whether a word states a degree a "not" may deny: "enough", "fully", or a word
    compared by "as", "so" or "too" ("as much", "so often", "too strongly")."""
    if tok.lower_ in DEGREE_WORDS:
        return True
    compared = any(c.dep_ == ADVMOD and c.lower_ in COMPARISON_ADVERBS and c.i < tok.i
                   for c in kids(tok))
    if compared and tok.lower_ in TIME_SO_FAR_WORDS:
        # "has not attacked X so far", "has not as yet released Y": up to now, not a
        # degree; "did not go so far as to condemn X" compares
        return any(t.lower_ == "as" for t in tok.doc[tok.i + 1:tok.i + 2])
    if compared and tok.lower_ == "well":
        # "did not back the sanctions as well" is "also"; "not as well as X" compares
        return any(t.lower_ == "as" for t in tok.doc[tok.i + 1:tok.sent.end])
    return compared


def degree_negated(predicate: Token) -> bool:
    """Whether the "not" of a relation's clause denies only a degree, an exclusivity
    or a time, so that the event itself happened: "did not send enough troops", "did
    not wash their hands well enough", "has not suffered as much damage as X", "not
    only attacked X", "did not open the crossing until Friday".

    Only the clause's own "not" (or "never") is read; a denial or a failure ("denied
    attacking X", "failed to reach X") negates the event whatever its degree.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["Germany", "did", "not", "send", "enough", "tanks", "to", "Ukraine"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[3, 3, 3, 3, 5, 3, 3, 6],
    ...           deps=["nsubj", "aux", "neg", "ROOT", "amod", "dobj", "prep", "pobj"])
    >>> degree_negated(doc[3])
    True
    >>> doc = Doc(spacy.blank("en").vocab, words=words[:4] + ["tanks", "to", "Ukraine"],
    ...           heads=[3, 3, 3, 3, 3, 3, 5],
    ...           deps=["nsubj", "aux", "neg", "ROOT", "dobj", "prep", "pobj"])
    >>> degree_negated(doc[3])
    False
    """
    verb = clause_head(predicate)
    negs = [c for c in kids(verb) if c.dep_ == NEG]
    if not negs:
        # the "not" of an expectation above, which belongs to the verb ("is not expected
        # to send enough tanks": some are expected; :func:`_raised_negation`)
        matrix = verb.head
        raised = [c for c in kids(matrix) if c.dep_ == NEG and c.lower_ in ("not", "n't")]
        return (verb.dep_ in (CCOMP, XCOMP) and matrix is not verb and bool(raised)
                and matrix.lemma_.lower() in NEG_RAISING_VERBS | EXPECTATION_WORDS
                and _only_degree(verb, raised))
    if _only_degree(verb, negs):
        return True
    if to_infinitive(verb):
        # an infinitive tells no past act the "until" dates: "agreed not to market the
        # drug until the patent expires" is a marketing that is agreed not to happen
        return False
    for child in kids(verb):
        # (a future is still denied: "will not recognise X until the war ends")
        if child.dep_ == PREP and child.lower_ in PENDING_MARKS and not is_future(verb):
            return True  # "did not open the crossing until Friday": it opened then
        if child.dep_ == ADVCL and _marks(child) & PENDING_MARKS and not is_future(verb):
            return True  # "did not leave until the talks ended"
    return False


def _only_degree(verb: Token, negs: list[Token]) -> bool:
    """Whether the "not" (``negs``: the verb's own, or one raised to it from a verb of
    expectation or opinion above) denies only a degree, an exclusivity or a manner of the
    verb's act: "did not send enough troops", "not only attacked X", "is not expected to
    fully withdraw", "did not release Khan without conditions" (:func:`degree_negated`)."""
    doc = verb.doc
    if any(n.i + 1 < len(doc) and doc[n.i + 1].lower_ in EXCLUSIVE_WORDS for n in negs):
        return True  # "not only attacked X but also ...", "did not just condemn X"
    for child in kids(verb):
        if child.dep_ in (ADVMOD, NPADVMOD, ACOMP) and (
                _degree_word(child) or any(_degree_word(d) for d in kids(child))):
            return True  # "well enough", "as often", "fully"
        if child.dep_ in (DOBJ, NSUBJPASS, ATTR) and any(
                c.dep_ in (AMOD, DET, ADVMOD) and _degree_word(c)
                for c in kids(child)):
            return True  # "enough troops", "as much damage"
        if (child.dep_ == PREP and child.lower_ in MANNER_NEGATED_PREPS
                and any(n.lower_ in ("not", "n't") for n in negs)
                and any(c.dep_ == POBJ for c in kids(child))
                and not any(t.is_punct for t in doc[verb.i + 1:child.i])):
            # "did not release Khan without conditions": released, with them (not a
            # comment set off by a comma, nor a gerund: "did not release them, without
            # giving a reason" did not)
            return True
    return False


def pursuing(verb: Token) -> bool:
    """Whether a verb carries out the event noun after its "with": "went ahead with
    sanctions on X", "pressed ahead with its assault on Y", "proceeded with the
    demolition of Z" (:data:`~extract.lexicon.PURSUING_VERBS`, or a verb of carrying on
    with its particle, :func:`carrying_on`), or
    answers with it: "responded with strikes on X", "retaliated with sanctions against
    Y", "hit back with a lawsuit against Z" (:data:`~extract.lexicon.RETALIATION_VERBS`,
    a phrasal one with its particle).

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["Israel", "went", "ahead", "with", "strikes"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 1, 3],
    ...           deps=["nsubj", "ROOT", "advmod", "prep", "pobj"],
    ...           lemmas=["Israel", "go", "ahead", "with", "strike"])
    >>> pursuing(doc[1]), pursuing(doc[4])
    (True, False)
    """
    lemma = verb.lemma_.lower()
    particles = [c.lower_ for c in kids(verb) if c.dep_ in (ADVMOD, PRT)]
    return (lemma in PURSUING_VERBS or lemma in RETALIATION_VERBS
            or any(f"{lemma}_{word}" in RETALIATION_VERBS for word in particles)
            or carrying_on(verb))


def carrying_on(verb: Token) -> bool:
    """Whether a verb is one of carrying on with its particle or adverb: "went ahead",
    "pressed on", "pushed forward" (:data:`~extract.lexicon.PURSUING_PHRASAL_VERBS` with
    one of :data:`~extract.lexicon.PURSUING_ADVERBS`); its "with" noun is what it carries
    on ("pressed on with attacks on X"). Without the particle the "with" phrase is a means
    or a partner ("pressed Iran with sanctions", "went with Macron").

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["Russia", "pressed", "on", "with", "attacks"],
    ...           heads=[1, 1, 1, 1, 3], deps=["nsubj", "ROOT", "prt", "prep", "pobj"],
    ...           lemmas=["Russia", "press", "on", "with", "attack"])
    >>> carrying_on(doc[1]), carrying_on(doc[4])
    (True, False)
    """
    return verb.lemma_.lower() in PURSUING_PHRASAL_VERBS and any(
        c.dep_ in (ADVMOD, PRT) and c.lower_ in PURSUING_ADVERBS for c in kids(verb))


def realised(noun: Token) -> bool:
    """Whether an event noun is stated as having happened whatever its clause says: it
    is possessed ("Poland's expulsion of X", "the WHO's decision") or, as the subject
    of its clause, definite ("the attack on X could lead to sanctions"), and not itself
    hedged ("the alleged attack") or asked for ("called for the release of X").

    The clause's hedge, condition or question is about something else: "Minsk vowed to
    retaliate for Poland's expulsion of X" (the expulsion happened; the retaliation is
    only vowed), "the Commission's investigation of X could lead to fines", "asked
    whether the President's visit to X was the result of Y". An object is not read so:
    "may delay the release of X", "launched its attack on X" (the verb's own event).

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["Minsk", "vowed", "revenge", "for", "Poland", "'s", "expulsion"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 2, 6, 4, 3],
    ...           deps=["nsubj", "ROOT", "dobj", "prep", "poss", "case", "pobj"],
    ...           pos=["PROPN", "VERB", "NOUN", "ADP", "PROPN", "PART", "NOUN"])
    >>> realised(doc[6]), realised(doc[2])
    (True, False)
    """
    if noun.pos_ != "NOUN" or _hedged_here(noun) or _asked_for(noun) or _described(noun):
        return False
    if ended(noun):
        # "met to discuss ending fighting between X and Y": the fighting goes on
        return True
    possessed = any(c.dep_ == POSS for c in kids(noun))
    if noun.dep_ == POBJ and ended(noun):
        # "to end two weeks of fighting between X and Y": the fighting was going on
        return True
    if noun.dep_ == POBJ:
        # "pressed ahead with its assault on X": the verb's own event, as an object is
        prep = noun.head
        return possessed and not (prep.lower_ == "with" and pursuing(prep.head))
    if noun.dep_ == DOBJ and noun.head.lemma_.lower() in RESPONDING_VERBS:
        # "vowed to avenge Israel's killing of X": what is avenged happened
        return presupposed(noun)
    return noun.dep_ in (NSUBJ, NSUBJPASS) and presupposed(noun)


def ended(noun: Token) -> bool:
    """Whether an event noun is the object of a verb that ends it
    (:data:`~extract.lexicon.ENDING_VERBS`), so that it was going on however the ending is
    hedged, denied or only sought: "met to discuss ending fighting between X and Y",
    "sought to halt clashes between X and Y", "did not end the war between X and Y"; so is
    one in the "of" phrase of a span of time or a set of events the verb ends ("moved in
    to end a week of fighting between X and Y", :data:`~extract.lexicon.TIME_UNITS`,
    :data:`~extract.lexicon.EVENT_CONTAINERS`).

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["sought", "to", "halt", "clashes", "to", "hold", "talks"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[0, 2, 0, 2, 5, 2, 5],
    ...           deps=["ROOT", "aux", "xcomp", "dobj", "aux", "advcl", "dobj"],
    ...           pos=["VERB", "PART", "VERB", "NOUN", "PART", "VERB", "NOUN"],
    ...           lemmas=["seek", "to", "halt", "clash", "to", "hold", "talk"])
    >>> ended(doc[3]), ended(doc[6])
    (True, False)
    """
    if noun.pos_ != "NOUN":
        return False
    if (noun.dep_ == POBJ and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN"
            and noun.head.head.lemma_.lower() in TIME_UNITS | EVENT_CONTAINERS):
        # "moved into Beirut to end a week of fighting between X and Y", "to halt a wave
        # of attacks on X": the span or set of the events is what is ended
        noun = noun.head.head
    verb = noun.head
    return noun.dep_ == DOBJ and verb.pos_ == "VERB" and verb.lemma_.lower() in ENDING_VERBS


def suspected_agent(subject: Token) -> bool:
    """Whether a relation's subject is only suspected of it: "a suspected Hamas gunman
    shot two soldiers", "alleged ISIS militants attacked a church" (that they did it is
    an allegation, though the shooting or attack happened).

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["suspected", "militants", "attacked", "Mosul"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 2, 2, 2],
    ...           deps=["amod", "nsubj", "ROOT", "dobj"])
    >>> suspected_agent(doc[1]), suspected_agent(doc[3])
    (True, False)
    """
    # a headline's capitalised "Suspected" may be parsed as a compound of the name
    # before the head ("Suspected Boko Haram militants")
    return any(t.dep_ in (AMOD, ADVMOD, COMPOUND) and t.lower_ in SUSPECT_MODIFIERS
               for t in subject.doc[subject.left_edge.i:subject.i])


def alleged_group(agent: Token) -> Token | None:
    """The group an agent is only believed or suspected to act for, or None: the "to" /
    "with" phrase of a verb of belonging or ties (:data:`~extract.lexicon.AFFILIATION_VERBS`)
    that a participle of belief or suspicion on the agent says of it
    (:data:`~extract.lexicon.HEDGE_VERBS`: "gunmen believed to belong to JNIM", "militants
    suspected of belonging to al-Shabaab", "hackers thought to be linked to Lazarus").
    That the group did what the agent did is alleged, as after "a suspected Hamas gunman"
    (:func:`suspected_agent`). A bare tie names no doer: "men linked to Hamas, who had
    fired rockets" fired them themselves.

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("gunmen believed to belong to JNIM killed soldiers", '''
    ...     6 nsubj NOUN gunman NNS
    ...     0 acl VERB believe VBN
    ...     3 aux PART to TO
    ...     1 xcomp VERB belong VB
    ...     3 prep ADP to IN
    ...     4 pobj PROPN JNIM NNP
    ...     6 ROOT VERB kill VBD
    ...     6 dobj NOUN soldier NNS''')
    >>> alleged_group(doc[0]), alleged_group(doc[7])
    (JNIM, None)
    """
    for acl in kids(agent):
        if acl.dep_ != ACL or acl.tag_ != "VBN":
            continue
        if acl.lemma_.lower() not in HEDGE_VERBS:
            # a bare tie is no doing: "men linked to Hamas, who had fired rockets" fired
            # them themselves
            continue
        # "believed to belong to", "suspected of belonging to"
        ties = [c for c in kids(acl) if c.dep_ == XCOMP and to_infinitive(c)]
        ties += [g for p in kids(acl) if p.dep_ == PREP and p.lower_ == "of"
                 for g in kids(p) if g.dep_ == PCOMP]
        for tie in ties:
            if tie.lemma_.lower() not in AFFILIATION_VERBS:
                continue
            for prep in kids(tie):
                if prep.dep_ == PREP and prep.lower_ in ("to", "with"):
                    group = next((o for o in kids(prep) if o.dep_ == POBJ), None)
                    if group is not None and (group.pos_ == "PROPN" or group.ent_type_):
                        return group
    return None


def listed_object(verb: Token) -> Token | None:
    """The direct object a verb puts on (or takes off) a list or register, or None:
    "added 27 firms to its Entity List", "put the Wagner Group on its sanctions list"
    (``[register_preps]`` with a noun of ``[register_nouns]``). A "for" gerund of such a
    listing is what the object is listed for: the object did it, if at all ("... for
    allegedly supplying Iran's military").

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("put Wagner on its list", '''
    ...     0 ROOT VERB put VBD
    ...     0 dobj PROPN Wagner NNP
    ...     0 prep ADP on IN
    ...     4 poss PRON its PRP$
    ...     2 pobj NOUN list NN''')
    >>> listed_object(doc[0])
    Wagner
    >>> doc[4].lemma_ = "table"
    >>> listed_object(doc[0]) is None
    True
    """
    obj = next((c for c in kids(verb) if c.dep_ == DOBJ), None) if verb.pos_ == "VERB" else None
    # (the list's phrase on the verb or on its object: "adds 27 companies, including a
    # subsidiary of Huawei, to its Entity List")
    if obj is None or not any(
            p.dep_ == PREP and p.lower_ in REGISTER_PREPS and any(
                o.dep_ == POBJ and o.lemma_.lower() in REGISTER_NOUNS for o in kids(p))
            for p in (*kids(verb), *kids(obj))):
        return None
    return obj


def accused_object(gerund: Token) -> Token | None:
    """The object of an alleging verb that a gerund's preposition hangs on, or None:
    "Turkey accuses the PKK of killing two officers", "prosecutors charge Fahmy with
    aiding the Brotherhood" parsed with "of" / "with" on the object. The object is who
    did it, if at all: the gerund is only alleged.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["Turkey", "accuses", "PKK", "of", "killing", "officers"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 2, 3, 4],
    ...           deps=["nsubj", "ROOT", "dobj", "prep", "pcomp", "dobj"],
    ...           pos=["PROPN", "VERB", "PROPN", "ADP", "VERB", "NOUN"],
    ...           tags=["NNP", "VBZ", "NNP", "IN", "VBG", "NNS"],
    ...           lemmas=["Turkey", "accuse", "PKK", "of", "kill", "officer"])
    >>> accused_object(doc[4])
    PKK
    """
    return _gerund_object(gerund, ALLEGED_PREPS, ALLEGING_VERBS)


def alleged_means(gerund: Token) -> Token | None:
    """The one accused, for a "by" gerund the parse hung on the alleging verb beside the
    alleged gerund, or None: "Washington accuses Japan of violating the pact by failing
    to open its market", "the union sued the firm for breaching the contract by hiring
    strikers". The "by" says how the alleged act was done: Japan failed to open it (if
    at all: it is alleged too), not Washington. Only with an alleged gerund ("of" /
    "for" / "with" and an -ing form) and the accused object on an active verb.

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("X accuses Y of violating Z by failing", '''
    ...     1 nsubj PROPN X NNP
    ...     1 ROOT VERB accuse VBZ
    ...     1 dobj PROPN Y NNP
    ...     1 prep ADP of IN
    ...     3 pcomp VERB violate VBG
    ...     4 dobj PROPN Z NNP
    ...     1 prep ADP by IN
    ...     6 pcomp VERB fail VBG''')
    >>> alleged_means(doc[7]), alleged_means(doc[4])
    (Y, None)
    """
    prep = gerund.head
    if (gerund.dep_ != PCOMP or gerund.tag_ != "VBG" or prep.dep_ != PREP
            or prep.lower_ not in MEANS_PREPS):
        return None
    verb = prep.head
    if (verb.pos_ != "VERB" or verb.lemma_.lower() not in ALLEGING_VERBS or _passive(verb)):
        return None
    accused = next((c for c in kids(verb) if c.dep_ == DOBJ), None)
    if accused is None:
        return None
    alleged = any(p.dep_ == PREP and p.lower_ in ALLEGED_PREPS and p.i < prep.i
                  and any(g.dep_ == PCOMP and g.tag_ == "VBG" for g in kids(p))
                  for p in (*kids(verb), *kids(accused)))
    return accused if alleged else None


def _gerund_object(gerund: Token, preps: frozenset[str], verbs: frozenset[str]
                   ) -> Token | None:
    """The object of an active verb of ``verbs`` that a gerund's preposition of
    ``preps`` hangs on ("accuses the PKK of killing", "acquits X of bribing"), or the
    subject of a passive one when the preposition hangs on its agent ("Venezuela is
    accused by Guyana of massing troops", "X was cleared by the court of taking funds":
    Venezuela, X)."""
    prep = gerund.head
    if (gerund.dep_ != PCOMP or gerund.tag_ != "VBG" or prep.dep_ != PREP
            or prep.lower_ not in preps):
        return None
    obj, verb = prep.head, prep.head.head
    if obj.dep_ == POBJ and verb.dep_ == AGENT:
        # "is accused by Guyana of massing": the "of" phrase is the passive verb's
        verb = verb.head
        return next((c for c in kids(verb) if c.dep_ == NSUBJPASS), None) if (
            verb.pos_ == "VERB" and verb.lemma_.lower() in verbs and _passive(verb)) else None
    if (obj.dep_ == DOBJ and verb.pos_ == "VERB" and verb.lemma_.lower() in verbs
            and not _passive(verb)):
        return obj
    return None


def acquitted_object(gerund: Token) -> Token | None:
    """The object of a verb of acquittal that a gerund's "of" hangs on, or None: "a court
    acquits Gunaratne of ordering the killing" parsed with "of" on the object. The
    object is who was said to have done it (:func:`acquitted`: it is found not done).

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["court", "acquits", "Ali", "of", "bribing", "officials"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 2, 3, 4],
    ...           deps=["nsubj", "ROOT", "dobj", "prep", "pcomp", "dobj"],
    ...           pos=["NOUN", "VERB", "PROPN", "ADP", "VERB", "NOUN"],
    ...           tags=["NN", "VBZ", "NNP", "IN", "VBG", "NNS"],
    ...           lemmas=["court", "acquit", "Ali", "of", "bribe", "official"])
    >>> acquitted_object(doc[4])
    Ali
    """
    return _gerund_object(gerund, frozenset({"of"}), ACQUITTING_VERBS)


def acquitted(predicate: Token) -> bool:
    """Whether a gerund is what a verb of acquittal finds was not done: "acquits X of
    ordering the killing of Y", "X is cleared of taking funds from Z", "exonerated X of
    bribing officials" (:data:`~extract.lexicon.ACQUITTING_VERBS`; "did not clear X of
    V-ing" leaves it open). A gerund coordinated with one is acquitted too, and so is the
    event noun a gerund takes ("acquits X of ordering the killing of Y").

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["Ali", "is", "acquitted", "of", "bribing", "officials"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[2, 2, 2, 2, 3, 4],
    ...           deps=["nsubjpass", "auxpass", "ROOT", "prep", "pcomp", "dobj"],
    ...           pos=["PROPN", "AUX", "VERB", "ADP", "VERB", "NOUN"],
    ...           tags=["NNP", "VBZ", "VBN", "IN", "VBG", "NNS"],
    ...           lemmas=["Ali", "be", "acquit", "of", "bribe", "official"])
    >>> acquitted(doc[4]), acquitted(doc[2])
    (True, False)
    """
    gerund = predicate
    if gerund.pos_ == "NOUN" and gerund.dep_ == DOBJ and gerund.head.tag_ == "VBG":
        gerund = gerund.head  # "acquits X of ordering the killing of Y": the killing
    if gerund.dep_ == CONJ and gerund.head.tag_ == "VBG":
        gerund = gerund.head  # "cleared of lying and obstructing X"
    if gerund.tag_ != "VBG" or gerund.dep_ not in (PCOMP, POBJ):
        return False
    prep = gerund.head
    if prep.dep_ != PREP or prep.lower_ != "of":
        return False
    verb = prep.head
    if verb.dep_ == DOBJ and verb.pos_ != "VERB":
        verb = verb.head  # "acquits X of V-ing" with "of" on X
    elif verb.dep_ == POBJ and verb.head.dep_ == AGENT:
        verb = verb.head.head  # "X was cleared by the court of V-ing" with "of" on the court
    return (verb.pos_ == "VERB" and verb.lemma_.lower() in ACQUITTING_VERBS
            and not has_neg(verb))


def hedged_argument(argument: Token, predicate: Token, named: str | None = None) -> bool:
    """Whether a hedging adverb qualifies the phrase that links an argument to its
    predicate: "struck several cities, possibly including Lviv", "targeted ministries,
    allegedly including the defence ministry" (the strike on Lviv is only possible).

    ``named`` is the name the argument was resolved to ("several cities" stands for
    "Lviv"): a hedged phrase under the argument's head that holds that name counts.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["struck", "cities", "possibly", "including", "Lviv"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[0, 0, 3, 1, 3],
    ...           deps=["ROOT", "dobj", "advmod", "prep", "pobj"])
    >>> hedged_argument(doc[4], doc[0]), hedged_argument(doc[1], doc[0])
    (True, False)
    >>> hedged_argument(doc[1], doc[0], named="Lviv")
    True
    """
    if named and named != argument.text:
        for child in kids(argument):
            if any(c.dep_ == ADVMOD and c.lower_ in HEDGE_ADVERBS for c in kids(child)) \
                    and named in "".join(t.text_with_ws for t in child.subtree):
                return True
    # the phrase between the argument and its predicate: "possibly including X"
    tok = argument
    for _ in range(6):
        if tok.dep_ not in (PREP, POBJ, CONJ, APPOS) or tok.head == tok:
            return False
        tok = tok.head
        if tok == predicate:
            return False
        if any(c.dep_ == ADVMOD and c.lower_ in HEDGE_ADVERBS for c in kids(tok)):
            return predicate in tok.ancestors
    return False


def conditional(predicate: Token) -> bool:
    """Whether a relation is stated only as a condition: its clause, or one it belongs
    to, is introduced by "if" or "unless" ("... if the Kingdom fails to repatriate
    the bodies", "unless Baghdad accepted its conditions").

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab,
    ...           words=["Iran", "will", "respond", "if", "Israel", "strikes", "Beirut"],
    ...           heads=[2, 2, 2, 5, 5, 2, 5],
    ...           deps=["nsubj", "aux", "ROOT", "mark", "nsubj", "advcl", "dobj"],
    ...           pos=["PROPN", "AUX", "VERB", "SCONJ", "PROPN", "VERB", "PROPN"])
    >>> conditional(doc[5]), conditional(doc[2])
    (True, False)
    """
    head = clause_head(predicate)
    if _is_condition(head) or _conditioned_on(head):
        return True
    for tok, _ in _clauses_up(predicate):
        if _is_condition(tok) or _conditioned_on(tok):
            return True
        if tok.dep_ == RELCL and _told_past(tok):
            # "talks will resume when Israel releases the prisoners it seized in 2014":
            # a relative clause in the past tells what happened, whatever awaits it
            return False
    return False


def _conditioned_on(verb: Token) -> bool:
    """Whether a gerund is the condition that an "on" of a word of conditioning
    (:data:`~extract.lexicon.CONDITIONING_WORDS`) names, with its subject between: "the
    offer, which is conditioned on Halverson receiving 51 pct of the shares", "the loan
    is contingent on Egypt cutting subsidies", "the truce depends on Hamas releasing the
    hostages". Read from the words: the parser hangs the gerund on the "on" phrase's
    noun, the clause or the noun the condition is of.

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("loan is contingent on Egypt cutting subsidies", '''
    ...     1 nsubj NOUN loan NN
    ...     1 ROOT AUX be VBZ
    ...     1 acomp ADJ contingent JJ
    ...     2 prep ADP on IN
    ...     3 pobj PROPN Egypt NNP
    ...     1 advcl VERB cut VBG
    ...     5 dobj NOUN subsidy NNS''')
    >>> _conditioned_on(doc[5]), _conditioned_on(doc[1])
    (True, False)
    """
    if verb.tag_ != "VBG":
        return False
    doc = verb.doc
    for i in range(verb.i - 1, max(verb.sent.start, verb.i - 8), -1):
        tok = doc[i]
        if tok.lower_ in ("on", "upon"):
            return i < verb.i - 1 and doc[i - 1].lemma_.lower() in CONDITIONING_WORDS
        if tok.is_punct or tok.pos_ in ("VERB", "AUX", "ADP", "SCONJ"):
            return False
    return False


def infinitive_partner(verb: Token) -> bool:
    """Whether a finite verb the parser coordinated with a "to" infinitive is a partner of
    the infinitive's governing verb, in the same finite tense: "Villalobos refuses to
    concede and accuses the tribunal of favouring Andrade" (refuses ... and accuses),
    "Erdogan vowed to appeal and accused the court of bias" (the accusing is no vow's);
    not "refused to disarm and to release them", another infinitive.

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("X refuses to concede and accuses Y", '''
    ...     1 nsubj PROPN X NNP
    ...     1 ROOT VERB refuse VBZ
    ...     3 aux PART to TO
    ...     1 xcomp VERB concede VB
    ...     3 cc CCONJ and CC
    ...     3 conj VERB accuse VBZ
    ...     5 dobj PROPN Y NNP''')
    >>> infinitive_partner(doc[5]), infinitive_partner(doc[3])
    (True, False)
    """
    head = verb.head
    main = head.head
    return (verb.dep_ == CONJ and head.dep_ == XCOMP and head.tag_ == "VB"
            and any(c.dep_ == AUX and c.lower_ == "to" for c in kids(head))
            and verb.tag_ in ("VBZ", "VBD", "VBP") and main.pos_ in ("VERB", "AUX")
            and main.i < head.i and finite_tag(main) == verb.tag_)


def finite_tag(verb: Token, *, bare_present: bool = False) -> str:
    """The tag that carries a verb's tense, person and number: its first auxiliary's, else
    its own ("does not recognise": VBZ; "had seized": VBD). With ``bare_present``, a verb
    with no auxiliary tagged as the base form is read as the plural present it stands for
    ("threaten": VBP)."""
    aux = next((c for c in verb.lefts if c.dep_ in (AUX, AUXPASS)), None)
    if aux is None and bare_present and verb.tag_ == "VB":
        return "VBP"
    return (aux or verb).tag_


def _told_past(verb: Token) -> bool:
    """Whether a clause is in the simple past: its first auxiliary's tag, else its verb's
    ("seized", "were abducted", "had seized"; not "are held", "will seize")."""
    aux = [c for c in kids(verb) if c.dep_ in (AUX, AUXPASS)]
    return (aux[0] if aux else verb).tag_ == "VBD"


#: Marks that may close a question after its question mark.
_CLOSING = frozenset({'"', "'", "\u201d", "\u2019", ")", "]"})


def questioned(predicate: Token) -> bool:
    """Whether a relation is only asked about: its sentence is a yes-no question ("Will
    Russia invade Ukraine?", "Does the group help women?").

    What a question presupposes is not asked: the clause of a question word ("Why did
    Turkey shoot down the jet?", "When did Russia invade Ukraine?" say that it did; a
    modal or future hedges it anyway: "How should Apple sell music?"), a relative
    clause or participle on a noun ("Are you aware of the project run by Wikimedia?")
    and a realised event noun (:func:`realised`). A question word with a modal asks
    ("Why should voters choose X?").

    Examples
    --------
    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> nlp.add_pipe("sentencizer")  # doctest: +ELLIPSIS
    <...>
    >>> doc = nlp("Will Russia invade Ukraine? Russia invaded Ukraine. "
    ...           "Why did Russia invade Kyiv?")
    >>> questioned(doc[2]), questioned(doc[7]), questioned(doc[12])
    (True, False, False)
    """
    if not _question(predicate.sent) or realised(predicate):
        return False
    verb = clause_head(predicate)
    for tok in [verb, *list(verb.ancestors)[:8]]:
        if tok.dep_ in (RELCL, ACL) and tok.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return False  # "the project run by Wikimedia": presupposed
    first = next((t for t in predicate.sent if not (t.is_punct or t.is_space)), None)
    if first is None or first.lower_ not in QUESTION_WORDS - {"whether", "if"}:
        return True
    # "Why should voters choose X?", "Who will win?": a modal question presupposes nothing
    return any(t.tag_ == "MD" or t.lower_ in UNREAL_AUX
               for t in predicate.doc[first.i:verb.i + 1])


def _question(sent: Span) -> bool:
    """Whether a sentence ends with a question mark (before closing quotes)."""
    for tok in reversed(sent):
        if tok.is_space or tok.text in _CLOSING:
            continue
        return tok.text == "?"
    return False


def _is_condition(verb: Token) -> bool:
    if verb.dep_ != ADVCL:
        return False
    marks = _marks(verb)
    if marks & CONDITIONAL_MARKS:
        return True
    if marks & PENDING_MARKS:
        return _pending(verb)
    return _awaited(verb)


#: Tags of a clause in the present (its first auxiliary's, else its verb's).
_PRESENT_TAGS = frozenset({"VB", "VBP", "VBZ"})


def _present(verb: Token) -> bool:
    """Whether a clause is in the present: its first auxiliary's tag, else its verb's
    ("frees", "has freed", "is freed")."""
    aux = [c for c in kids(verb) if c.dep_ in (AUX, AUXPASS)]
    return (aux[0] if aux else verb).tag_ in _PRESENT_TAGS


def _unrealised_above(head: Token) -> bool:
    """Whether the clause a time clause hangs on is only future, hedged, intended or
    required ("will resume", "may resume", "is expected", "plans to resume"), itself or as
    the complement of a verb that is ("will keep talking")."""
    heads = (head, head.head) if head.dep_ == XCOMP else (head,)
    return any(is_future(h) or _hedged_here(h) or h.lemma_.lower() in _UNREALISING_HEADS
               for h in heads)


#: Verbs of intending or requiring, whose clause is not yet done (made once).
_UNREALISING_HEADS = INTENT_VERBS | MANDATING_VERBS


def _pending(verb: Token) -> bool:
    """Whether an "until" clause has not happened yet: it is in the present ("until
    Congress lifts it") or the clause above is future, planned, required or hedged
    ("promised protests until Sweden joined")."""
    return _present(verb) or _unrealised_above(verb.head)


def _awaited(verb: Token) -> bool:
    """Whether a finite time clause (:data:`~extract.lexicon.AWAITED_MARKS`, a mark or the
    adverb "when"; or "as soon as", "as long as": :data:`~extract.lexicon.AWAITED_AS_HEADS`)
    waits on what it tells: it is in the present under a clause that is only
    future, expected or planned ("talks will resume when Israel frees the prisoners",
    "Turkey will lift the blockade once Armenia withdraws", "a decision is expected after
    the envoys meet"). A past clause ("resumed when Israel freed them"), a summary's present
    above it ("Kenya sends troops after the rains begin") and one dated back by a span
    ("will free them, a day after Hamas frees the hostages": :func:`_measured_since`) tell
    what happened.

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("talks will resume when Israel frees them", '''
    ...     2 nsubj NOUN talk NNS
    ...     2 aux AUX will MD
    ...     2 ROOT VERB resume VB
    ...     5 advmod SCONJ when WRB
    ...     5 nsubj PROPN Israel NNP
    ...     2 advcl VERB free VBZ
    ...     5 dobj PRON they PRP''')
    >>> _awaited(doc[5]), _awaited(doc[2])
    (True, False)
    """
    if verb.dep_ != ADVCL:
        return False
    # the mark, "when", or an adverb that opens the clause ("once Serbia recognises
    # Kosovo", "once" parsed as an adverb)
    words = {c.lower_ for c in kids(verb) if c.i < verb.i and (
        c.dep_ == MARK or (c.dep_ == ADVMOD and (
            c.tag_ == "WRB" or c.i == verb.left_edge.i)))}
    above = verb.head
    if above.lower_ in AWAITED_AS_HEADS and above.dep_ == ADVMOD and "as" in words:
        # "as soon as Washington lifts them", "as long as Pristina respects the deal"
        above, words = above.head, words | {"once"}
    if not _present(verb) and not (words & BACKSHIFTED_MARKS and _backshifted(verb, above)):
        return False
    if not words & AWAITED_MARKS:
        return False
    return _unrealised_above(above) and not _measured_since(verb)


def _backshifted(verb: Token, above: Token) -> bool:
    """Whether a past time clause is the reported form of a present one: it is in the
    simple past under a clause of "would" (a past's future, no "would have"), as reported
    speech shifts both ("said the tariffs would be lifted as soon as Japan showed it was
    complying": Japan has not shown it yet; "said talks would resume once Israel freed
    the prisoners"). A clause above in the past ("were lifted as soon as Japan showed
    it") told what happened.

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("Rome said it would act once Paris agreed", '''
    ...     1 nsubj PROPN Rome NNP
    ...     1 ROOT VERB say VBD
    ...     4 nsubj PRON it PRP
    ...     4 aux AUX would MD
    ...     1 ccomp VERB act VB
    ...     7 mark SCONJ once IN
    ...     7 nsubj PROPN Paris NNP
    ...     4 advcl VERB agree VBD''')
    >>> doc2 = parse("Rome would act once Paris agreed", '''
    ...     2 nsubj PROPN Rome NNP
    ...     2 aux AUX would MD
    ...     2 ROOT VERB act VB
    ...     5 mark SCONJ once IN
    ...     5 nsubj PROPN Paris NNP
    ...     2 advcl VERB agree VBD''')
    >>> _backshifted(doc[7], doc[4]), _backshifted(doc2[5], doc2[2])
    (True, False)
    """
    aux = {c.lower_ for c in kids(above) if c.dep_ in (AUX, AUXPASS)}
    return (_told_past(verb) and "would" in aux and "have" not in aux
            and _reported_clause(above))


def _reported_clause(clause: Token) -> bool:
    """Whether a clause is what a reporting verb reports, its complement (or a clause
    coordinated with that) or the clause a speaker's aside follows: only reported speech
    shifts a future into "would" ("said talks would resume once Israel freed them"); a
    "would" of narration tells a habit of the past ("during the war, troops would raid
    villages when rebels ambushed a convoy": they did)."""
    tok = clause
    for _ in range(3):
        if _reporting_aside(tok) is not None:
            return True
        if tok.dep_ == CCOMP:
            return tok.head.lemma_.lower() in REPORTING_VERBS
        if tok.dep_ != CONJ or tok.head == tok:
            return False
        tok = tok.head
    return False


#: Verbs whose counted object is what they give their word to hand over: "pledged 50 billion
#: euros to Ukraine", "offered 100 tanks".
PLEDGING_VERBS = COMMISSIVE_VERBS | {"offer"}


def _pledged_amount(noun: Token, verb: Token) -> bool:
    """Whether a noun is a counted thing that a verb of promising pledges: "the EU pledges 50
    billion euros to Ukraine", "Germany promised 100 tanks". The pledge is made, a fact
    (the pledged act is hedged: "pledged to send tanks", "vowed revenge against X"); so
    is its thing, which no one has yet to do."""
    return verb.lemma_.lower() in PLEDGING_VERBS and (
        noun.tag_ == "$" or any(c.dep_ in (NUMMOD, QUANTMOD) for c in kids(noun)))


def _asked_for(noun: Token) -> bool:
    """Whether an event noun is only intended or asked for: "proposed a ceasefire
    between X and Y", "threatened a strike on X", "called for talks with X"."""
    if noun.pos_ != "NOUN":
        return False
    head = noun.head
    if (noun.dep_ == POBJ and head.lower_ == "of" and head.head.pos_ == "NOUN"
            and head.head.lemma_.lower() in EVENT_CONTAINERS):
        # "prepared for a new round of talks between X and Y": the round is what is
        # prepared for
        noun, head = head.head, head.head.head
    if (noun.dep_ == POBJ and head.lower_ in AIM_PREPS and head.head.pos_ == "NOUN"
            and head.head.lemma_.lower() in AIMED_EVENT_HEADS and not presupposed(noun)):
        # "talks on a ceasefire between X and Y", "a proposal for a truce", "hopes for a
        # deal": only sought
        return True
    if (noun.dep_ == DOBJ and head.lemma_.lower() in DISCUSSING_VERBS
            and not presupposed(noun)):
        return True  # "mediators discussed a peace deal between X and Y"
    if (noun.dep_ == POBJ and head.lower_ == "for"
            and head.head.lemma_.lower() in PREPARING_WORDS):
        # "prepared for talks between X and Y", "is ready for an offensive on X": only
        # planned
        return True
    if noun.dep_ == DOBJ:
        if _pledged_amount(noun, head):
            return False
        # "demanded the release of X": asked for, definite or not
        return ((_intends(head) and not presupposed(noun))
                or head.lemma_.lower() in REQUESTING_VERBS)
    if (noun.dep_ == POBJ and head.lower_ in ("to", "for") and _passive(head.head)
            and head.head.lemma_.lower() in INTENT_VERBS):
        # "is set to host talks between X and Y" parsed with "talks" after "to", "is
        # poised for an offensive on X": only planned
        return True
    if _planned_subject(noun):
        return True
    return (noun.dep_ == POBJ and head.lower_ == "for"
            and head.head.lemma_.lower() in APPEAL_VERBS)


#: Auxiliaries of a passive told as done: "the talks were planned for months", "had been
#: scheduled".
_PAST_AUXILIARIES = frozenset({"was", "were", "had", "'d"})


def _planned_subject(noun: Token) -> bool:
    """Whether an event noun is the subject of a passive verb of intending in the present
    or future (:data:`~extract.lexicon.INTENT_VERBS`): "talks between X and Y are planned
    for next month", "a meeting between X and Y is scheduled for Friday", "talks are
    expected next week", "a summit will be held ... is proposed": only planned, as "the
    planned summit between X and Y", "a summit has been proposed by China". Not in the
    past ("the attack on X was planned by Y", "talks were scheduled for Monday": told,
    perhaps done), nor a possessed event or one whose purpose the verb tells ("Britain's
    ban on vapes is aimed at curbing X", :data:`~extract.lexicon.PURPOSE_PASSIVES`).

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["Talks", "between", "X", "and", "Y", "are", "planned"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[6, 0, 1, 2, 2, 6, 6],
    ...           deps=["nsubjpass", "prep", "pobj", "cc", "conj", "auxpass", "ROOT"],
    ...           pos=["NOUN", "ADP", "PROPN", "CCONJ", "PROPN", "AUX", "VERB"],
    ...           tags=["NNS", "IN", "NNP", "CC", "NNP", "VBP", "VBN"],
    ...           lemmas=["talk", "between", "X", "and", "Y", "be", "plan"])
    >>> _planned_subject(doc[0])
    True
    """
    verb = noun.head
    if (noun.dep_ != NSUBJPASS or noun.pos_ != "NOUN" or verb.tag_ != "VBN"
            or verb.lemma_.lower() not in INTENT_VERBS - PURPOSE_PASSIVES
            or any(c.dep_ == POSS for c in kids(noun))):
        # ("Britain's ban on vapes is aimed at curbing X": the ban's purpose, not a plan)
        return False
    auxiliaries = [c for c in kids(verb) if c.dep_ in (AUX, AUXPASS)]
    return bool(auxiliaries) and not any(c.lower_ in _PAST_AUXILIARIES or c.tag_ == "VBD"
                                         for c in auxiliaries)


def _foreseen(noun: Token) -> bool:
    """Whether an event noun is only foreseen, feared or warned of: "NATO warned of a
    Russian attack on the Baltic states", "officials fear an Iranian strike on Israel",
    "the threat of a Chinese invasion of Taiwan" (:data:`~extract.lexicon.FORESEEING_VERBS`,
    :data:`~extract.lexicon.FORESEEING_NOUNS`). A definite or possessed noun is one that
    took place ("warned about Russia's attack on Kyiv", "feared the attack would spread").

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["NATO", "warned", "of", "an", "attack", "on", "Riga"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 4, 2, 4, 5],
    ...           deps=["nsubj", "ROOT", "prep", "det", "pobj", "prep", "pobj"],
    ...           pos=["PROPN", "VERB", "ADP", "DET", "NOUN", "ADP", "PROPN"],
    ...           lemmas=["NATO", "warn", "of", "an", "attack", "on", "Riga"])
    >>> _foreseen(doc[4])
    True
    """
    if noun.pos_ != "NOUN" or presupposed(noun):
        return False
    head = noun.head
    if noun.dep_ == DOBJ:
        return head.pos_ == "VERB" and head.lemma_.lower() in FORESEEING_VERBS
    if noun.dep_ != POBJ or head.dep_ != PREP:
        return False
    governor = head.head
    if governor.pos_ == "VERB":
        return (head.lower_ in FORESEEING_PREPS
                and governor.lemma_.lower() in FORESEEING_VERBS)
    return (head.lower_ == "of" and governor.pos_ == "NOUN"
            and governor.lemma_.lower() in FORESEEING_NOUNS)


def _discussed_gerund(prep: Token) -> bool:
    """Whether the gerund clause a topic preposition (:data:`~extract.lexicon.TOPIC_PREPS`)
    introduces is only discussed, demanded or agreed on, not done: "Brazil insisted on
    keeping its share" (:data:`~extract.lexicon.TOPIC_VERBS`), "held talks on
    reopening the border" (a noun of :data:`~extract.lexicon.INTENTION_NOUNS`), "failed
    to reach agreement with its banks on restructuring the debt" (a verb whose object is
    one). "Congratulated him on winning" (no such verb) and "On arriving, X said" (no
    governor of discussion) are not.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["insisted", "on", "keeping", "it", "reached", "agreement", "on", "cutting", "it"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[0, 0, 1, 2, 4, 4, 4, 6, 7],
    ...           deps=["ROOT", "prep", "pcomp", "dobj", "ROOT", "dobj", "prep", "pcomp", "dobj"],
    ...           pos=["VERB", "ADP", "VERB", "PRON", "VERB", "NOUN", "ADP", "VERB", "PRON"],
    ...           lemmas=["insist", "on", "keep", "it", "reach", "agreement", "on", "cut", "it"])
    >>> _discussed_gerund(doc[1]), _discussed_gerund(doc[6])
    (True, True)
    """
    if prep.lower_ not in TOPIC_PREPS:
        return False
    governor = prep.head
    if governor.pos_ == "NOUN":
        return governor.lemma_.lower() in INTENTION_NOUNS
    return governor.pos_ == "VERB" and (governor.lemma_.lower() in TOPIC_VERBS or any(
        c.dep_ == DOBJ and c.lemma_.lower() in INTENTION_NOUNS for c in kids(governor)))


def _foreseen_gerund(prep: Token) -> bool:
    """Whether the gerund clause a preposition introduces is only feared or warned of:
    "concern about the nation losing its sovereignty", "fears of Russia attacking
    Ukraine", "warned of China invading Taiwan" (the "of" / "about" / "against" / "over"
    of :data:`~extract.lexicon.FORESEEING_NOUNS` and
    :data:`~extract.lexicon.FORESEEING_VERBS`).

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["voiced", "concern", "about", "China", "invading", "Taiwan"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[0, 0, 1, 4, 2, 4],
    ...           deps=["ROOT", "dobj", "prep", "nsubj", "pcomp", "dobj"],
    ...           pos=["VERB", "NOUN", "ADP", "PROPN", "VERB", "PROPN"],
    ...           lemmas=["voice", "concern", "about", "China", "invade", "Taiwan"])
    >>> _foreseen_gerund(doc[2])
    True
    """
    governor = prep.head
    if prep.lower_ not in FORESEEING_PREPS:
        return False
    if governor.pos_ == "NOUN":
        return governor.lemma_.lower() in FORESEEING_NOUNS
    return governor.pos_ == "VERB" and governor.lemma_.lower() in FORESEEING_VERBS


#: Determiners of a noun that need not exist yet ("a government", "any coalition").
_INDEFINITE_DETERMINERS = frozenset({"a", "an", "any"})


def _unrealised_leadership(participle: Token, noun: Token) -> bool:
    """Whether a reduced relative of leading ("led by X", :data:`~extract.lexicon.LED_VERBS`)
    describes a body that an act still to come, or only possible, would bring about or
    bear on: "the Greens would never back a minority government led by Schmidt", "the
    Liberals may join a coalition led by the Christian Democrats", "if Labour forms a
    government led by Kinnock" (an indefinite object of a verb that is future, modal,
    hedged or a condition: X leads it only if it comes about). A body that exists is
    described as it is: "would not negotiate with the government led by Marcos" (definite),
    "attacked a convoy led by a French general" (done)."""
    if not (participle.dep_ == ACL and participle.tag_ == "VBN"
            and participle.lemma_.lower() in LED_VERBS
            and noun.pos_ == "NOUN" and noun.dep_ == DOBJ
            and any(c.dep_ == DET and c.lower_ in _INDEFINITE_DETERMINERS for c in kids(noun))):
        return False
    verb = noun.head
    return verb.pos_ == "VERB" and (is_future(verb) or conditional(verb)
                                    or modality(verb).hedged)


def _foreseen_acl(gerund: Token) -> bool:
    """Whether an -ing clause hung on the object of a preposition of a foreseeing noun or
    verb (:func:`_foreseen_gerund`) is that feared or foreseen event with its subject
    parsed as the clause's head: "the possibility of Democrats winning the election",
    "fears of the rebels seizing the airport".

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["the", "possibility", "of", "Democrats", "winning", "it"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 2, 3, 4],
    ...           deps=["det", "ROOT", "prep", "pobj", "acl", "dobj"],
    ...           pos=["DET", "NOUN", "ADP", "PROPN", "VERB", "PRON"],
    ...           tags=["DT", "NN", "IN", "NNPS", "VBG", "PRP"],
    ...           lemmas=["the", "possibility", "of", "Democrats", "win", "it"])
    >>> _foreseen_acl(doc[4])
    True
    """
    noun = gerund.head
    return (gerund.tag_ == "VBG" and gerund.dep_ == ACL and noun.dep_ == POBJ
            and noun.head.dep_ == PREP and _foreseen_gerund(noun.head))


def presupposed(noun: Token) -> bool:
    """Whether an event noun is definite or possessed, so that it happened whatever the
    verb that takes it says: "planned the attack", "its strike" (against "planned an
    attack").

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["planned", "the", "attack", "an", "attack"],
    ...           heads=[0, 2, 0, 4, 0], deps=["ROOT", "det", "dobj", "det", "dobj"])
    >>> presupposed(doc[2]), presupposed(doc[4])
    (True, False)
    """
    return any((c.dep_ == DET and c.lower_ in DEFINITE_DETERMINERS)
               or c.dep_ == POSS for c in kids(noun))


def _mandated(verb: Token) -> bool:
    """Whether a clause under a verb of requiring is in the base form of a requirement:
    "(demanded that Ukraine) withdraw", "(wants Israel to) free", not "(ordered that
    Google) paid" or "(asked why Biden did not) implement"."""
    return verb.tag_ in ("VB", "VBP") and all(
        c.lower_ in MANDATED_AUX for c in kids(verb) if c.dep_ in (AUX, AUXPASS))


#: Predicate adjectives whose infinitive is only expected, intended or possible.
_EXPECTANT_ADJECTIVES = (HEDGING_ADJECTIVES | PREPARING_WORDS | SCHEDULING_PREDICATES
                         | COMMISSIVE_VERBS)


def _scheduled(verb: Token, parent: Token) -> bool:
    """Whether a "to" infinitive is the complement of "be" that says what is planned: "the
    troops are to oversee the surrender", "Israel is to release 90 prisoners" (not "is yet
    to", which denies it: :func:`not_yet`)."""
    return (parent.lemma_.lower() == _BE and to_infinitive(verb)
            and not not_yet(parent))


#: The lemma of the copula whose "to" infinitive is a plan ("is to release").
_BE = "be"


def not_yet(verb: Token) -> bool:
    """Whether ``verb`` is the "have"/"be" of "has yet to ...", "is yet to ..."."""
    return verb.lemma_.lower() in ("have", _BE) and any(
        c.dep_ == ADVMOD and c.lower_ == "yet" for c in kids(verb))


def _expectant(adjective: Token) -> bool:
    """Whether a predicate adjective makes its infinitive only expected: "is likely to",
    "is due to", "is ready to", "is willing to" (of :data:`~extract.lexicon.HEDGING_ADJECTIVES`,
    :data:`~extract.lexicon.PREPARING_WORDS`, :data:`~extract.lexicon.SCHEDULING_PREDICATES`,
    :data:`~extract.lexicon.COMMISSIVE_VERBS`); not "was able to", which did it."""
    return (adjective.pos_ == "ADJ" and adjective.dep_ == ACOMP
            and adjective.lemma_.lower() in _EXPECTANT_ADJECTIVES)


def _intends(verb: Token) -> bool:
    return verb.lemma_.lower() in INTENT_VERBS


def _controller(verb: Token) -> Token | None:
    """The subject of a verb, or of the verb whose infinitive it is ("would like to
    state that ...": "we")."""
    for _ in range(4):
        subject = _subject(verb)
        if subject is not None or verb.dep_ != XCOMP:
            return subject
        verb = verb.head
    return None


def _passive(verb: Token) -> bool:
    return any(c.dep_ in (AUXPASS, NSUBJPASS) for c in kids(verb))


def _believed(tok: Token, parent: Token) -> bool:
    """Whether a clause is only claimed or believed by the word it completes: "reports
    that X armed Y", "the belief that ...", "my understanding is that ...", "it is
    possible that ...", "I feel like ..." (not a claim that is denied or confirmed), or
    is what "no" noun supports ("there is no evidence that X attacked Y")."""
    lemma = parent.lemma_.lower()
    # the parser may take the "that" of "the report that X ..." for a relative pronoun
    content = tok.dep_ in (ACL, CCOMP, RELCL) and bool(_marks(tok) & {"that", "whether"})
    if content and parent.pos_ == "NOUN" and lemma in CLAIM_NOUNS | BELIEF_NOUNS:
        # ("did not confirm reports that X ...": still only reported)
        confirmer = parent.head
        return not denied(tok) and (confirmer.lemma_.lower() not in CONFIRMING_VERBS
                                    or left_open(confirmer))
    if content and parent.pos_ == "NOUN" and any(
            c.dep_ == DET and c.lower_ == "no" for c in kids(parent)):
        return True  # "there is no evidence that X attacked Y", "found no sign that ..."
    if (content and parent.pos_ == "NOUN" and lemma in EVIDENCE_NOUNS
            and parent.dep_ == DOBJ and has_neg(parent.head)
            and parent.head.lemma_.lower() in FINDING_VERBS | PROOF_VERBS):
        # "the evidence did not support a finding that X concealed Y", "did not reach a
        # conclusion that X misled Y": what is not found is not established (but "did not
        # dispute / overturn / publish the finding that ...": a finding made)
        return True
    if tok.dep_ == CCOMP and parent.pos_ == "ADJ":
        return lemma in HEDGING_ADJECTIVES  # "unclear whether", "likely that"
    if tok.dep_ == CCOMP and lemma == "be":
        return any((c.dep_ == NSUBJ and c.lemma_.lower() in BELIEF_NOUNS)
                   or (c.dep_ == ACOMP and c.lemma_.lower() in HEDGING_ADJECTIVES)
                   for c in kids(parent))
    return (tok.dep_ in (CCOMP, ADVCL) and lemma in IMPRESSION_VERBS
            and bool(_marks(tok) & {"like", "that"} or tok.dep_ == CCOMP))


def _infinitive_complement(verb: Token) -> bool:
    """Whether a clause complement is an infinitive ("will let Iran enrich X", "would
    allow Texas to arrest X"), not a finite or "that" clause."""
    return verb.dep_ == CCOMP and verb.tag_ == "VB" and all(
        c.lower_ == "to" for c in kids(verb) if c.dep_ in (AUX, AUXPASS, MARK))


def _consequence(verb: Token) -> bool:
    """Whether a clause holds only under a condition put before it: "if they were
    visitors, she does not meet the requirement" (not "even if", and not a condition
    after it, which often bounds what is said: "projected a failure if X were ignored")."""
    return any(c.dep_ == ADVCL and c.i < verb.i and _marks(c) & CONDITIONAL_MARKS
               and not any(d.dep_ == ADVMOD and d.lower_ == "even" for d in kids(c))
               for c in kids(verb))


def _finite_adverbial(verb: Token) -> bool:
    """Whether a clause is a finite adverbial one of reason, time or contrast: "as it
    has committed itself", "because X attacked Y", "after X left" (not a condition)."""
    return (verb.dep_ == ADVCL and not to_infinitive(verb) and not _is_condition(verb)
            and any(c.dep_ in (NSUBJ, NSUBJPASS) for c in kids(verb))
            and bool(_marks(verb)))


def _measured_since(verb: Token) -> bool:
    """Whether a finite "after" or "since" clause in a summary's present is measured back
    from the clause above by a span of time: "the Commission proposes freezing funds for
    Tunisia, a day after police arrest Hatem Belhaj", "Israel plans to expel the envoy,
    hours after Hezbollah fires rockets at Haifa" (:data:`~extract.lexicon.PRIOR_PREPS`,
    :data:`~extract.lexicon.TIME_UNITS`). The span dates it before what is stated, so it
    happened, whatever the clause above only plans or proposes; a clause with a modal or
    a future ("a day after Hamas will release them"), one under a future or a modal
    ("Israel will free them, a day after Hamas frees the hostages"), one not set off by a
    comma, or one in the past (which :func:`modality` takes as settled already) is not one.

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("plans to expel him , a day after police arrest Khan", '''
    ...     0 ROOT VERB plan VBZ
    ...     2 aux PART to TO
    ...     0 xcomp VERB expel VB
    ...     2 dobj PRON he PRP
    ...     2 punct PUNCT , ,
    ...     6 det DET a DT
    ...     9 npadvmod NOUN day NN
    ...     9 mark ADP after IN
    ...     9 nsubj NOUN police NNS
    ...     2 advcl VERB arrest VBP
    ...     9 dobj PROPN Khan NNP''')
    >>> _measured_since(doc[9]), _measured_since(doc[2])
    (True, False)
    """
    if verb.tag_ not in ("VBP", "VBZ") or not _marks(verb) & PRIOR_PREPS:
        return False
    if any(c.dep_ == AUX for c in kids(verb)):
        return False
    span = next((c for c in kids(verb)
                 if c.dep_ == NPADVMOD and c.lemma_.lower() in TIME_UNITS), None)
    if span is None or span.left_edge.i == 0 or verb.doc[span.left_edge.i - 1].text != ",":
        # set off by a comma, it dates what precedes; unset, it may time a plan ("plans to
        # free them a day after Hamas frees the hostages")
        return False
    return not any(is_future(above) or _hedged_here(above)
                   for above in (verb.head, verb.sent.root))


def _before_colon(tok: Token, parent: Token) -> bool:
    """Whether a clause ends at a colon that opens the clause it hangs on ('X saw Y as
    best: "I think ..."'), not at one of its own ("struck three targets: A, B, C")."""
    if tok.i > parent.i:
        return False
    doc = tok.doc
    for colon in doc[tok.i + 1:parent.i]:
        if colon.text != ":":
            continue
        after = next((t for t in doc[colon.i + 1:parent.i + 1] if not t.is_quote), None)
        if after is not None and not after.is_ancestor(tok) and not tok.is_ancestor(after) \
                and after != tok:
            return True
    return False


def _conjunct_taken_for_ccomp(tok: Token, parent: Token) -> bool:
    """Whether a clause the parser hung as the complement of a verb is a clause coordinated
    with it: it follows the verb's own direct object after ", and" / ", but" and has a
    subject of its own, with no "that": in "officials suspect the cartel, and troops later
    raid its warehouse" the raid is stated, not suspected."""
    if tok.i < parent.i or _marks(tok) or not any(
            c.dep_ in (NSUBJ, NSUBJPASS) for c in kids(tok)):
        return False
    if not any(c.dep_ == DOBJ and c.i < tok.i for c in kids(parent)):
        return False
    start = tok.left_edge.i
    if start < 2:
        return False
    doc = tok.doc
    return doc[start - 1].lower_ in ("and", "but") and doc[start - 2].text == ","


def _narrated_conjunct(tok: Token, parent: Token) -> bool:
    """Whether a clause the parser coordinated with a reported past clause is the
    narration's own next event: after ", and" / ", but", with a subject of its own and no
    auxiliary, in the present of the verb that reports (not the past of what is reported):
    "prosecutors say they suspect the cartel ordered the killing, and the government sends
    troops to Celaya" (the sending is told, not suspected)."""
    if parent.dep_ != CCOMP or parent.tag_ != "VBD" or tok.tag_ not in ("VBZ", "VBP"):
        return False
    if any(c.dep_ in (AUX, AUXPASS, MARK) for c in kids(tok)) or not any(
            c.dep_ in (NSUBJ, NSUBJPASS) for c in kids(tok)):
        return False
    if parent.head.tag_ not in ("VBZ", "VBP"):
        return False  # the report itself in the past: its tenses are not the narration's
    start = tok.left_edge.i
    doc = tok.doc
    return (start >= 2 and doc[start - 1].lower_ in ("and", "but")
            and doc[start - 2].text == ",")


def _before_semicolon(tok: Token, parent: Token) -> bool:
    """Whether a clause ends at a semicolon before the verb it hangs on: in "Israel
    struck X; Hamas, officials believe, may retaliate" the belief is about Hamas only.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["Israel", "struck", "Tyre", ";", "officials", "believe", "it"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 5, 1, 5, 5, 5, 5],
    ...           deps=["nsubj", "ccomp", "dobj", "punct", "nsubj", "ROOT", "dobj"])
    >>> _before_semicolon(doc[1], doc[5])
    True
    """
    if tok.i > parent.i:
        return False
    return any(t.text == ";" for t in tok.doc[tok.right_edge.i + 1:parent.i])


def _sister_complement(tok: Token) -> Token | None:
    """The reporting verb a coordinated "that" clause completes: "claimed X was ... and
    that he appointed Y" (the parser hangs the second clause on the first)."""
    if tok.dep_ != CONJ or "that" not in _marks(tok):
        return None
    for ancestor in list(tok.ancestors)[:8]:
        if ancestor.lemma_.lower() in REPORTING_VERBS:
            return ancestor
    return None


def _medium_complement(tok: Token) -> Token | None:
    """The reporting verb whose "that" clause the parser hung on the noun of the medium it
    is said in: "Amnesty International said in a report that Saudi forces killed
    migrants", "the ministry said in a statement that ..." (the clause is what the verb
    says, not a report's unattributed content; :func:`_in_allegation` decides whether
    the medium makes it an allegation: "said in a lawsuit that ...").

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("Amnesty said in a report that troops killed migrants", '''
    ...     1 nsubj PROPN Amnesty NNP
    ...     1 ROOT VERB say VBD
    ...     1 prep ADP in IN
    ...     4 det DET a DT
    ...     2 pobj NOUN report NN
    ...     7 mark SCONJ that IN
    ...     7 nsubj NOUN troop NNS
    ...     4 acl VERB kill VBD
    ...     7 dobj NOUN migrant NNS''', ents={"Amnesty": "ORG"})
    >>> _medium_complement(doc[7])
    said
    >>> _medium_complement(doc[1]) is None
    True
    """
    if tok.dep_ not in (ACL, RELCL) or "that" not in _marks(tok):
        return None
    medium = tok.head
    prep = medium.head
    if (medium.pos_ != "NOUN" or medium.dep_ != POBJ or prep.dep_ != PREP
            or prep.lower_ != "in" or tok.i < medium.i):
        return None
    verb = prep.head
    if (verb.pos_ != "VERB" or verb.lemma_.lower() not in REPORTING_VERBS
            or any(c.dep_ == CCOMP for c in kids(verb))):
        return None
    return verb


def _reporting_aside(verb: Token) -> Token | None:
    """The reporting verb of a speaker's aside set off by commas after the clause it
    reports, which the parser hung on that clause as a parataxis: "Russian forces capture
    Novopavlivka, the Russian Defence Ministry claims, while Ukraine says ...", "Rebels
    seized the town, the army admits, after days of fighting" (a subject of its own before
    it, a comma before the subject, no object or clause of its own); None otherwise.

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("Russia captures Avdiivka , the ministry claims , while Kyiv denies it", '''
    ...     1 nsubj PROPN Russia NNP
    ...     1 ROOT VERB capture VBZ
    ...     1 dobj PROPN Avdiivka NNP
    ...     6 punct PUNCT , ,
    ...     5 det DET the DT
    ...     6 nsubj NOUN ministry NN
    ...     1 parataxis VERB claim VBZ
    ...     6 punct PUNCT , ,
    ...     10 mark SCONJ while IN
    ...     10 nsubj PROPN Kyiv NNP
    ...     1 advcl VERB deny VBZ
    ...     10 dobj PRON it PRP''')
    >>> _reporting_aside(doc[1]), _reporting_aside(doc[10])
    (claims, None)
    """
    for aside in kids(verb):
        if (aside.dep_ != PARATAXIS or aside.i < verb.i
                or aside.lemma_.lower() not in REPORTING_VERBS):
            continue
        own = list(kids(aside))
        speaker = next((c for c in own if c.dep_ == NSUBJ and c.i < aside.i), None)
        if (speaker is None or speaker.left_edge.i < 1
                or verb.doc[speaker.left_edge.i - 1].text != ","
                or any(c.dep_ in (DOBJ, CCOMP, XCOMP) for c in own)):
            continue
        return aside
    return None


def _subject(verb: Token) -> Token | None:
    for child in kids(verb):
        if child.dep_ in (NSUBJ, NSUBJPASS):
            return child
    for child in kids(verb):
        if child.dep_ == AGENT:
            for pobj in kids(child):
                if pobj.dep_ == POBJ:
                    return pobj
    return None


def according_to(verb: Token) -> Token | None:
    """The noun a clause is credited to by "according to" ("..., according to the army"),
    or None."""
    for child in kids(verb):
        if child.lower_ == "according" and child.dep_ == PREP:
            for to in kids(child):
                if to.lower_ == "to":
                    for pobj in kids(to):
                        if pobj.dep_ == POBJ:
                            return pobj
    return None


#: Dependencies that show a clause is complete, with no gap a relative pronoun fills.
_COMPLETE_DEPS = frozenset({DOBJ, XCOMP, CCOMP, ATTR, ACOMP, DATIVE, NSUBJPASS})


#: Dependencies a labelling claim noun after a clause takes in the parse ("..., a claim X
#: denies": an apposition, or an object when the parse hung it on the verb).
_LABEL_DEPS = frozenset({APPOS, DOBJ, NPADVMOD})


def _labelled_claim(verb: Token, predicate: Token) -> bool:
    """Whether a clause is labelled a claim by an indefinite noun after it, set off by a
    comma: "Azerbaijan says Armenian troops shelled Tartar, a claim Yerevan denies",
    "Russian jets bombed a hospital in Idlib, an accusation the Kremlin rejects"
    (:data:`~extract.lexicon.LABELLING_CLAIM_NOUNS`; the noun hangs on the clause's verb
    or on a noun of it, not of a clause below: what is labelled is this clause, up to the
    noun, so a ``predicate`` after it is not). A charge or accusation that the clause
    makes is its own act, no claim: "prosecutors charged X with bribery, a charge he
    denies" (:data:`~extract.lexicon.ACCUSING_VERBS`, ``ALLEGING_VERBS``).

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("Russia bombed Idlib , a claim Moscow denies", '''
    ...     1 nsubj PROPN Russia NNP
    ...     1 ROOT VERB bomb VBD
    ...     1 dobj PROPN Idlib NNP
    ...     2 punct PUNCT , ,
    ...     5 det DET a DT
    ...     2 appos NOUN claim NN
    ...     7 nsubj PROPN Moscow NNP
    ...     5 relcl VERB deny VBZ''')
    >>> _labelled_claim(doc[1], doc[1])
    True
    """
    if verb.lemma_.lower() in ALLEGATION_VERBS:
        return False
    if _plural_label_after(verb):
        return True
    doc = verb.doc
    # (the Doc's label nouns, found once while it is held, those of the verb's subtree
    # kept: walking the subtree, often the whole sentence, for each verb asked cost more)
    for i in _label_nouns(doc[0]):
        tok = doc[i]
        if i != verb.i and not verb.is_ancestor(tok):
            continue
        det = tok.left_edge
        if (det.dep_ == DET and det.lower_ in ("a", "an") and det.i > predicate.i
                and verb.doc[det.i - 1].text == "," and clause_head(tok.head) == verb
                and not _confirmed_label(tok)
                and _claim_below(verb, verb.doc[det.i - 2]) is None):
            return True
    return False


@per_token
def _label_nouns(first: Token) -> tuple[int, ...]:
    """The indices of the nouns of ``first``'s Doc (asked of its first token, kept while
    the Doc is held) that may label a claim (:func:`_labelled_claim`): a noun of
    :data:`~extract.lexicon.LABELLING_CLAIM_NOUNS` with one of ``_LABEL_DEPS``, from the
    third word on."""
    return tuple(tok.i for tok in first.doc
                 if tok.pos == NOUN_POS and tok.i >= 2 and tok.dep_ in _LABEL_DEPS
                 and tok.lemma_.lower() in LABELLING_CLAIM_NOUNS)


#: Verbs whose clause a claim label after it can name instead of the verb above.
_CLAIMING_VERBS = REPORTING_VERBS | ALLEGATION_VERBS


def _claim_below(verb: Token, last: Token) -> Token | None:
    """The verb of saying or alleging below ``verb`` whose clause ends at ``last`` (the
    word before a claim label's comma), or None: in "Azerbaijan blocked the broadcasts of
    Radio Free Europe, claiming the station worked for Armenian intelligence, an allegation
    the broadcaster calls absurd" the label names what "claiming" says, not the blocking
    (:data:`~extract.lexicon.REPORTING_VERBS`, ``ALLEGATION_VERBS``)."""
    tok = last
    while tok != verb and tok.head != tok:
        if (tok.pos_ == "VERB" and tok.dep_ in (ADVCL, XCOMP, CCOMP, CONJ)
                and tok.lemma_.lower() in _CLAIMING_VERBS):
            return tok
        tok = tok.head
    return None


def _confirmed_label(noun: Token) -> bool:
    """Whether a labelling claim noun is said to be confirmed by its relative clause, so
    that it labels a fact: "..., a claim Israel later confirmed" (a verb of
    :data:`~extract.lexicon.CONFIRMING_VERBS` that is not negated or left open; "a claim
    AFP could not verify" is still a claim)."""
    return any(c.dep_ == RELCL and c.lemma_.lower() in CONFIRMING_VERBS
               and not has_neg(c) and not left_open(c) for c in kids(noun))


#: Words that open what a labelling noun's relative clause says after it ("accusations
#: that the army denies", "claims which Moscow rejects").
_RELATIVE_OPENERS = frozenset({"that", "which"})


def _plural_label_after(verb: Token) -> bool:
    """Whether a clause is labelled a claim by a bare plural claim noun right after it, set
    off by a comma and opening a relative clause: "said the RSF had executed residents and
    detained dozens of men, accusations that AFP could not verify", "Kyiv said Russian
    troops had shelled the plant, claims that Moscow rejects"
    (:data:`~extract.lexicon.LABELLING_CLAIM_NOUNS` in the plural; read from the words,
    since the parse often takes "claims" for a verb and hangs the noun on the verb of
    saying). A clause ending before such a noun set off otherwise ("a plant that claims
    ...") or before a singular noun without "a" is not labelled.

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("Kyiv said Russia shelled Enerhodar , claims that Moscow rejects", '''
    ...     1 nsubj PROPN Kyiv NNP
    ...     1 ROOT VERB say VBD
    ...     3 nsubj PROPN Russia NNP
    ...     1 ccomp VERB shell VBD
    ...     3 dobj PROPN Enerhodar NNP
    ...     1 punct PUNCT , ,
    ...     1 conj VERB claim VBZ
    ...     9 mark SCONJ that IN
    ...     9 nsubj PROPN Moscow NNP
    ...     6 ccomp VERB reject VBZ''')
    >>> _plural_label_after(doc[3]), _plural_label_after(doc[1])
    (True, False)
    """
    if verb.dep_ == ROOT:
        return False
    doc = verb.doc
    end = verb.right_edge.i
    # the noun right after the clause, or hung on its verb
    candidates = [end + 1, end + 2] + [c.i for c in kids(verb) if c.i > verb.i]
    for i in candidates:
        if not 1 < i < len(doc) - 1 or doc[i - 1].text != ",":
            continue
        if i > end + 2 and doc[i].head.i != verb.i:
            continue
        noun = claim_label(doc[i - 1])
        # (a bare plural right after the comma, opening a relative clause)
        if noun is not None and noun.i == i and doc[i + 1].lower_ in _RELATIVE_OPENERS:
            return True
    return False


def _unmarked_claim(verb: Token) -> bool:
    """Whether a clause is the content of a claim noun right before it, without "that":
    "allegations Trump tried to pressure Ukraine", "reports Russia had shelled the
    plant" (not a relative clause with a gap: "the claims Trump made")."""
    start = verb.left_edge.i
    if start == 0 or verb.dep_ not in (ADVCL, CCOMP, ACL, RELCL) or _marks(verb):
        return False
    noun = verb.doc[start - 1]
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in CLAIM_NOUNS:
        return False
    subject = next((c for c in kids(verb) if c.dep_ in (NSUBJ, NSUBJPASS)), None)
    return (subject is not None and subject.i == start and subject.tag_ not in RELATIVE_TAGS
            and any(c.dep_ in _COMPLETE_DEPS for c in kids(verb)))


def _in_allegation(verb: Token) -> bool:
    """Whether a reporting verb says its clause in an allegation: "In its lawsuit, Regal
    said Westbury breached the agreement", "said in a complaint filed on Monday that ..."
    (:data:`~extract.lexicon.ALLEGING_SOURCES`). A report whose author is named is that
    author's statement (:func:`authored_report`), and so is one a named speaker says
    something in: "Amnesty International said in a report on Thursday" is Amnesty's
    statement, as "according to Amnesty International's report" is.

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("Amnesty said in a report ; sources said in a report", '''
    ...     1 nsubj PROPN Amnesty NNP
    ...     1 ROOT VERB say VBD
    ...     1 prep ADP in IN
    ...     4 det DET a DT
    ...     2 pobj NOUN report NN
    ...     1 punct PUNCT ; :
    ...     7 nsubj NOUN source NNS
    ...     1 conj VERB say VBD
    ...     7 prep ADP in IN
    ...     10 det DET a DT
    ...     8 pobj NOUN report NN''', ents={"Amnesty": "ORG"})
    >>> _in_allegation(doc[1]), _in_allegation(doc[7])
    (False, True)
    """
    # (or a body a name qualifies: "a United Nations panel of experts said in a report",
    # "the Pentagon's inspector general said in a report", or names in apposition: "the
    # Dutch intelligence service AIVD said in its annual report", :func:`_named_author`)
    named_speaker = any(s.dep_ == NSUBJ and (_named_author(s) or any(
        m.dep_ in (COMPOUND, POSS) and m.i < s.i and (m.pos_ == "PROPN" or m.ent_type_)
        for m in kids(s))) for s in kids(verb))
    return any(c.dep_ == PREP and c.lower_ == "in" and any(
        o.lemma_.lower() in ALLEGING_SOURCES and not authored_report(o) and not (
            named_speaker and o.lemma_.lower() in AUTHORED_REPORTS)
        for o in kids(c) if o.dep_ == POBJ)
        for c in kids(verb))


def _agreed_below(verb: Token, infinitive: Token) -> bool:
    """Whether a clause is only agreed by the infinitive of an agreeing verb above it
    (:data:`~extract.lexicon.AGREEING_VERBS`): a clause with a subject of its own under
    the infinitive ("agreed to let Egypt deploy troops", "agreed to allow inspectors to
    return") or a second infinitive coordinated with it ("agreed to raise output and to
    keep the price"); not the infinitive itself, whose relation keeps the agreeing verb
    ("agree to release"), nor a purpose clause of it ("agreed to settle to avoid a trial").

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("Israel agreed to let Egypt deploy troops", '''
    ...     1 nsubj PROPN Israel NNP
    ...     1 ROOT VERB agree VBD
    ...     3 aux PART to TO
    ...     1 xcomp VERB let VB
    ...     5 nsubj PROPN Egypt NNP
    ...     3 ccomp VERB deploy VB
    ...     5 dobj NOUN troop NNS''')
    >>> _agreed_below(doc[5], doc[3]), _agreed_below(doc[3], doc[3])
    (True, False)
    """
    if verb == infinitive:
        return False
    return _subject(verb) is not None or (verb.dep_ == CONJ and verb.head == infinitive)


def _disputing_report(verb: Token, clause: Token) -> bool:
    """Whether a report is made as an accusation or a counter-claim, so that what its
    ``clause`` says is the party's claim: "Ethiopia said Eritrea had deployed tanks,
    accusing Asmara of preparing an invasion" (a participle of
    :data:`~extract.lexicon.DISPUTING_PARTICIPLES` on the reporting verb, or on the
    reported clause when it is the reporter's, :func:`_reporters_adjunct`), "Eritrea called
    the allegations fabricated and said Ethiopia was seeking a pretext", "Russia rejected
    the report and said Ukraine shelled the plant" (coordinated with a verb whose object is
    a claim noun, :data:`~extract.lexicon.CLAIM_NOUNS`, or a charge), "Israel denied the
    charge, saying Hamas had fired the rocket" (a participle on a verb of denial with one).
    A plain "X said" is not one ("the Pentagon said American jets struck X"), nor what the
    party says it did itself ("Israel said it struck Gaza, accusing Hamas of ...", "Russia
    rejected the charge, saying its forces struck only military targets": a pronoun as the
    clause's subject or its owner), nor a blame that accuses no one of anything ("blaming
    human error").

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("Kyiv said Russia shelled Kherson , accusing Moscow of crimes", '''
    ...     1 nsubj PROPN Kyiv NNP
    ...     1 ROOT VERB say VBD
    ...     3 nsubj PROPN Russia NNP
    ...     1 ccomp VERB shell VBD
    ...     3 dobj PROPN Kherson NNP
    ...     1 punct PUNCT , ,
    ...     1 advcl VERB accuse VBG
    ...     6 dobj PROPN Moscow NNP
    ...     6 prep ADP of IN
    ...     8 pobj NOUN crime NNS''')
    >>> _disputing_report(doc[1], doc[3])
    True
    """
    subject = _subject(clause)
    if subject is None or subject.pos_ == "PRON" or any(
            c.dep_ == POSS and c.pos_ == "PRON" for c in kids(subject)):
        return False  # "said it struck X", "acknowledged their government had shot down X"
    # an accusation of someone, "of" or "for" something ("accusing Kyiv of terrorism",
    # "blaming Iran for the escalation"; not "blaming human error")
    participles = [c for t in (verb, clause) for c in kids(t)
                   if c.dep_ == ADVCL and c.tag_ == "VBG" and c.i > verb.i
                   and c.lemma_.lower() in DISPUTING_PARTICIPLES
                   and any(d.dep_ == PREP and d.lower_ in ALLEGED_PREPS for d in kids(c))]
    if any(p.head == verb or _reporters_adjunct(p) == verb for p in participles):
        return True
    partners = [verb.head] if verb.dep_ == CONJ else [
        c for c in kids(verb) if c.dep_ == CONJ]
    if (verb.dep_ == ADVCL and verb.tag_ == "VBG" and _subject(verb) is None
            and verb.head.lemma_.lower() in DENIAL_VERBS
            and not _denier_own(subject, _subject(verb.head))):
        # "Israel denied the charge, saying Hamas had fired the rocket": the grounds of a
        # denial, when they tell of another party, are its counter-claim
        partners.append(verb.head)
    # (not what the party says of its own forces: "Iraq denied the charge, and a spokesman
    # said Iraqi forces had repulsed an Iranian assault" is its statement, as with a
    # participle of denial)
    return any(c.dep_ == DOBJ and c.pos_ == "NOUN"
               and c.lemma_.lower() in _DISPUTED_NOUNS
               and not _denier_own(subject, _subject(partner))
               for partner in partners for c in kids(partner))


def _denier_own(subject: Token, denier: Token | None) -> bool:
    """Whether the subject of a denial's grounds is the denier's own, named by its
    nationality ("Turkey denied the charges, saying Turkish jets had bombed only PKK
    camps"), as "its jets" would be: what the denier says of itself is its statement. Only
    the state's own forces or organs ([state_heads]): "Pakistani militants", "Iranian
    dissidents" are another party, of whom the denier's word is a counter-claim."""
    if denier is None:
        return False
    if subject.lemma_.lower() not in STATE_HEADS and subject.lower_ not in STATE_HEADS:
        return False  # "Iran denied the charge and said Iranian dissidents had planted X"
    from actorgraph.extract.actors import country_of  # actors imports this module
    # (a state's organ is the state's: "China's Foreign Ministry denied the charge and said
    # Chinese forces had only responded", "the Turkish defence ministry")
    own = {country_of(denier.text) or denier.text} | {
        country_of(c.text) or c.text for c in kids(denier)
        if c.dep_ in (POSS, AMOD, COMPOUND) and c.ent_type_ in ("GPE", "NORP")}
    return any(c.dep_ in (AMOD, COMPOUND) and c.ent_type_ == "NORP"
               and (country_of(c.text) or c.text) in own for c in kids(subject))


#: Nouns of a claim or a charge whose rejection makes a report beside it a counter-claim.
_DISPUTED_NOUNS = CLAIM_NOUNS | CHARGING_SOURCES


def _alleging_participle(verb: Token) -> bool:
    """Whether a reporting verb is a participle that gives the grounds of a suit or an
    accusation, so that what it says is alleged: "Tesla sued Rivian, saying the startup
    poached its engineers", "Greenpeace filed a complaint, saying Shell misled investors",
    "Hamas accused Israel of war crimes, saying its troops shot civilians" (a participle
    without a subject of its own, on a verb of :data:`~extract.lexicon.ACCUSING_VERBS` or
    on one whose object is a suit or a charge, :data:`~extract.lexicon.CHARGING_SOURCES`;
    not "the UN published a report, saying ...", nor "Tesla won the case, saying ...", nor
    a denial of the charge, :data:`~extract.lexicon.DENIAL_VERBS`: "Pakistan rejected the
    charge, saying its troops had not crossed the line").

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("Tesla sued Rivian , saying Rivian poached engineers", '''
    ...     1 nsubj PROPN Tesla NNP
    ...     1 ROOT VERB sue VBD
    ...     1 dobj PROPN Rivian NNP
    ...     1 punct PUNCT , ,
    ...     1 advcl VERB say VBG
    ...     6 nsubj PROPN Rivian NNP
    ...     4 ccomp VERB poach VBD
    ...     6 dobj NOUN engineer NNS''')
    >>> _alleging_participle(doc[4]), _alleging_participle(doc[1])
    (True, False)
    """
    if verb.dep_ != ADVCL or verb.tag_ != "VBG" or _subject(verb) is not None:
        return False
    head = verb.head
    lemma = head.lemma_.lower()
    # "Pakistan rejected the charge, saying its troops were on routine deployments": a
    # denial's grounds are the denier's own statement, as with any report it rejects
    return lemma in ACCUSING_VERBS or (lemma not in DENIAL_VERBS and any(
        c.dep_ == DOBJ and c.lemma_.lower() in CHARGING_SOURCES for c in kids(head)))


def _existential_pivot(tok: Token) -> Token | None:
    """The "be" of "there are tools that X used" when a relative clause is on its
    pivot: the relative clause carries what the existential says ("I think there are
    tools that Neandertals used" only thinks they used them)."""
    noun = tok.head
    if tok.dep_ != RELCL or noun.dep_ != ATTR:
        return None
    be = noun.head
    return be if any(c.dep_ == EXPL for c in kids(be)) else None


def _speaker_act(verb: Token, head: Token) -> bool:
    """Whether a verb coordinated with a reported clause is the speaker's act
    (:func:`extract.rules.base.speaker_act`, imported here on use: the rules import this
    module)."""
    from actorgraph.extract.rules.base import speaker_act

    return bool(speaker_act(verb, head))


def _reporters_adjunct(tok: Token) -> Token | None:
    """The verb of saying whose own act an -ing adjunct hung on its reported clause is
    (:func:`extract.rules.base.reporter_of_adjunct`, imported here on use)."""
    from actorgraph.extract.rules.base import reporter_of_adjunct

    return reporter_of_adjunct(tok)


def _rulings_adjunct(tok: Token) -> Token | None:
    """The ruling verb whose own act an -ing adjunct hung on the ruled clause is: "the
    court ruled that officials may use drop boxes, overturning its decision" (the
    overturning is done by the ruling, not only allowed by it;
    :func:`extract.rules.base.ruling_of_adjunct`, imported here on use)."""
    from actorgraph.extract.rules.base import ruling_of_adjunct

    return ruling_of_adjunct(tok)


def _withholders_verb(gerund: Token, prep: Token) -> Token | None:
    """The verb of saying whose speaker gives no proof in "without" + a gerund of proof
    hung on the reported clause: "Russia claimed Kyiv shelled the plant, without
    providing evidence" (the claimant's not providing is stated, not claimed;
    :func:`extract.rules.base.proof_withheld`, imported here on use)."""
    from actorgraph.extract.rules.base import proof_withheld

    return proof_withheld(gerund, prep)


def _intended_adjunct(tok: Token, parent: Token) -> bool:
    """Whether an -ing adjunct hung on a verb of intending, after its infinitive, says what
    the intended act would do: "the army plans to attack the city, forcing residents to
    flee", "Putin is set to meet Xi, deepening ties with China" (:data:`INTENT_VERBS`);
    not an act of speech or appeal, which is done now ("vowed to retaliate, calling the
    strike a crime", "threatened to leave, saying ...").

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["army", "plans", "to", "attack", "city", ",", "forcing", "residents"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 3, 1, 3, 1, 1, 6],
    ...           deps=["nsubj", "ROOT", "aux", "xcomp", "dobj", "punct", "advcl", "dobj"],
    ...           tags=["NN", "VBZ", "TO", "VB", "NN", ",", "VBG", "NNS"],
    ...           lemmas=["army", "plan", "to", "attack", "city", ",", "force", "resident"])
    >>> _intended_adjunct(doc[6], doc[1])
    True
    """
    lemma = tok.lemma_.lower()
    return (tok.dep_ == ADVCL and tok.tag_ == "VBG" and _intends(parent)
            and lemma not in SPEAKING_ADJUNCTS | REPORTING_VERBS | SPEAKER_ACTS | APPEAL_VERBS
            and any(c.dep_ == XCOMP and c.i < tok.i and any(a.lower_ == "to" for a in kids(c))
                    for c in kids(parent)))


def _future_adjunct(tok: Token, parent: Token) -> bool:
    """Whether a coordinated verb or an -ing adjunct after its verb only says what a
    future clause will do: "Hungary will veto the aid, blocking Ukraine's accession",
    "Germany will send tanks and train Ukrainian soldiers" (the blocking and training
    are to come). Not one with an auxiliary of its own ("will leave and has told X"), one
    before the verb ("Citing threats, X will close Y": said now), one on a copula or on
    a relative clause ("passed a bill that would bar X, sending it to the House": the
    passing sends it), a report ("will resign, saying ...") or a refusal ("would not
    comment, saying ...": stated).

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["Hungary", "will", "veto", "aid", ",", "blocking", "Kyiv"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[2, 2, 2, 2, 2, 2, 5],
    ...           deps=["nsubj", "aux", "ROOT", "dobj", "punct", "advcl", "dobj"],
    ...           pos=["PROPN", "AUX", "VERB", "NOUN", "PUNCT", "VERB", "PROPN"],
    ...           tags=["NNP", "MD", "VB", "NN", ",", "VBG", "NNP"])
    >>> _future_adjunct(doc[5], doc[2])
    True
    """
    if tok.i < parent.i or parent.pos_ != "VERB" or parent.dep_ in (RELCL, ACL):
        # after a copula or a relative clause the adjunct is often the main clause's:
        # "said X would not be helpful, cautioning about Y", "passed a bill that would
        # bar X, sending it to the House"
        return False
    if not (tok.dep_ == CONJ or (tok.dep_ == ADVCL and tok.tag_ == "VBG"
                                   and not _marks(tok) - ACCOMPANYING_MARKS)):
        # (an adjunct done alongside the act is as future as it: "will cut 2,000 jobs,
        # while hiring 500 pilots")
        return False
    if any(c.dep_ in (AUX, AUXPASS) for c in kids(tok)):
        return False
    if tok.lemma_.lower() in REPORTING_VERBS:
        return False
    return is_future(parent) and not refused(parent)


def modality(predicate: Token) -> Modality:
    """Whether the claim of ``predicate`` is hedged or reported, and by whom.

    A claim is *reported* when its clause is the complement of a reporting
    verb ("Biden said that ...") or carries "according to X"; the source is
    the reporting verb's subject (or X). It is *hedged* when a hedging adverb
    ("reportedly") or modal ("may") qualifies it, the clause it is a
    participle adjunct or coordinated verb of ("reportedly fired missiles,
    killing five"), or the verb that reports it, or when it is reported by a
    belief or claim verb ("believe", "claim", "suggest") or impersonally ("it
    is believed that ..."), or when it is only intended ("plans to leave",
    "plans on leaving") or required ("demanded that Ukraine withdraw"), or when
    its source is a party's suit ("according to the lawsuit"; not "according to
    prosecutors", "the indictment says", which are attribution).
    """
    hedged = (_hedged_here(predicate) or _asked_for(predicate) or _described(predicate)
              or _foreseen(predicate) or _claimed_as_what(predicate))
    verb = clause_head(predicate)
    hedged = hedged or _hedged_here(verb) or _consequence(verb) or _characterising(verb)
    # "India accused Islamabad of backing X, a charge Pakistan rejects": disputed, alleged
    hedged = hedged or disowned(predicate)
    # "Rwanda rejects the accusation that it arms the M23": denied by the accused, and
    # still alleged (negated too, :func:`negation`)
    hedged = hedged or accused_denial(predicate) is not None
    source = according_to(verb)
    reported = source is not None
    tok = verb
    # a finite adverbial clause ("because it has committed itself to X") is asserted even
    # below a clause that is not ("it is unlikely that X would finance Y, as ...")
    asserted = False
    # a finite adverbial clause in the past ("after China launched drills") states a fact
    # that no plan, order or modal above it qualifies ("ordered the army to step up
    # readiness after China launched drills"); only a claim that reports it can hedge it
    # (but "vowed to stay until Pakistan released him": not yet)
    settled = False
    for _ in range(8):
        parent = tok.head
        dep = tok.dep_
        if dep == CONJ and infinitive_partner(tok):
            parent = parent.head  # "vowed to appeal and accused X": a partner of "vowed"
        if (reporter := _sister_complement(tok) or _medium_complement(tok)) is not None:
            parent, dep = reporter, CCOMP
        if dep == CCOMP and (_before_colon(tok, parent) or _before_semicolon(tok, parent)
                             or _conjunct_taken_for_ccomp(tok, parent)):
            break  # 'X saw Y as best: "I think ..."': what precedes the quote is not in it
        if (pivot := _existential_pivot(tok)) is not None:
            tok = pivot
            continue
        if (dep == ADVCL and _done_before(tok) and to_infinitive(parent)
                and parent.dep_ in (ADVCL, XCOMP) and parent.head.i != parent.i):
            # "went on radio to announce a council, having deposed the president hours
            # earlier": done before, not part of what is intended or planned; only the
            # clause the infinitive belongs to can hedge it ("reportedly went ...")
            hedged = hedged or _hedged_here(parent.head)
            tok = parent.head
            continue
        if (dep in (ACL, RELCL) and parent.dep_ == DOBJ
                and parent.lemma_.lower() in DEAL_NOUNS
                and parent.head.lemma_.lower() in DEAL_VERBS):
            # "met to sign an agreement to construct the pipeline": what a deal binds its
            # party to do is the party's act, reported as the deal is; but it is still to
            # be done ("signed a deal to supply chips over the next two years"), so hedged,
            # unless concluding the deal does it ("reached an agreement to avert a war")
            hedged = hedged or tok.lemma_.lower() not in UNREALISING_VERBS
            parent, dep = parent.head, XCOMP
        if dep == ACL and _unrealised_leadership(tok, parent):
            # "would never back a minority government led by X": only hypothetical
            hedged = True
        if dep == ACL and _foreseen_acl(tok):
            # "the possibility of Democrats winning the election", "feared the possibility
            # of the rebels seizing the airport": only possible or feared
            hedged = True
        if dep == CONJ and _narrated_conjunct(tok, parent):
            break  # "... suspect X ordered the killing, and the army sends troops"
        if dep == CONJ and parent.dep_ == CCOMP and _speaker_act(tok, parent):
            # "predicted X would lose and asked voters to ...": the asking is the
            # speaker's own act, coordinated with the reporting verb, not reported
            parent = parent.head
        if dep == ADVCL and (host := infinitive_host(tok)) is not None:
            # "widened its campaign to rein in tech giants, fining Alibaba", "launched an
            # operation to push X back, shelling Y": the adjunct is the
            # clause's act, not part of what is meant to be done
            parent = host
        if dep == ADVCL and (reporter := _reporters_adjunct(tok)) is not None:
            # "the EU said it would sanction Russia, citing the war": the citing is the
            # EU's own act beside its saying, neither reported nor as hedged as what is said
            parent = reporter
        elif dep == ADVCL and (ruling := _rulings_adjunct(tok)) is not None:
            # "the court ruled that officials may use drop boxes, overturning its
            # decision": the court's own act beside its ruling, not as hedged as what it rules
            parent = ruling
        if dep == PCOMP and (withholder := _withholders_verb(tok, parent)) is not None:
            # "Russia claimed Kyiv shelled the plant, without providing evidence": the
            # claimant's own omission, stated, not part of the claim
            tok = withholder
            continue
        if not asserted:
            hedged = (hedged or unasserted(tok) or _believed(tok, parent) or _unmarked_claim(tok)
                      or _labelled_claim(tok, predicate))
        asserted = asserted or _finite_adverbial(tok)
        settled = settled or (_finite_adverbial(tok) and (
            (tok.tag_ == "VBD" and not _marks(tok) & PENDING_MARKS) or _measured_since(tok)))
        unsettled_hedged = hedged
        if dep == PCOMP and parent.dep_ == PREP:
            # "retaliated by shelling": the gerund is part of its verb's claim;
            # "plans on leaving": only intended; "accused of crossing state lines and
            # killing two people": only alleged
            # ("rejected charges of using X": denied, not alleged, :func:`charge_denier`)
            alleged = ((parent.lower_ in ALLEGED_PREPS
                        and parent.head.lemma_.lower() in ALLEGING_VERBS) or (
                accused_object(tok) is not None) or alleged_means(tok) is not None
            ) and charge_denier(tok) is None
            # "trying to stop X from firing Y": what is only sought to be prevented
            sought_off = parent.lower_ == "from" and sought(parent.head)
            # "After securing the nomination, Collins sought X": done before a past act, not
            # intended by it (but "plans to withdraw after securing X": not yet, by "plans")
            prior = parent.lower_ in PRIOR_PREPS and _past(parent.head)
            # "expressed concern about the nation losing its sovereignty", "warned of
            # Russia attacking": only feared (a gerund with a subject of its own; "its
            # threat of invading X" is the holder's intention, read as such); "warned Japan
            # against interfering in Taiwan": what the one warned is warned against
            feared = (tok.tag_ == "VBG" and _foreseen_gerund(parent) and (
                any(c.dep_ in (NSUBJ, NSUBJPASS) for c in kids(tok))
                or (parent.lower_ in DISSUADING_PREPS and parent.head.pos_ == "VERB"
                    and any(c.dep_ == DOBJ for c in kids(parent.head)))))
            # "insisted on keeping its share", "reached no agreement on restructuring the
            # debt", "talks on reopening the border": only demanded, agreed on or discussed
            discussed = tok.tag_ == "VBG" and _discussed_gerund(parent)
            parent = parent.head
            hedged = (hedged or _hedged_here(parent) or (_intends(parent) and not prior)
                      or alleged or sought_off or feared or discussed)
            if settled:
                hedged = unsettled_hedged
            tok = parent
            continue
        if parent == tok or dep not in (CCOMP, CONJ, XCOMP, ADVCL, ACL):
            break
        if dep == XCOMP and (_intends(parent) or parent.lemma_.lower() in IMPRESSION_VERBS):
            hedged = True  # "plans to leave", "vowed to retaliate", "what appeared to be"
        if (dep == XCOMP and tok is not verb and parent.lemma_.lower() in HEDGE_VERBS
                and (any(c.dep_ == AUX and c.lemma_.lower() == "have" for c in kids(tok))
                     or any(c.dep_ == AUXPASS for c in kids(parent)))):
            # "the rebels claimed to have shot down a plane, killing all 40 people on
            # board", "are believed to have seized the town, forcing X to flee": what goes
            # with the claimed act is claimed with it (the claimed act itself is read by
            # its own rule, "claim to shoot down"); a perfect infinitive or a passive
            # claim only ("gunmen believed to belong to X ambush a convoy, killing ..."
            # parsed with "believed" as the verb is no claim of the killing)
            hedged = True
        if dep == XCOMP and _scheduled(tok, parent):
            # "the troops are to oversee the surrender of weapons by the guerrillas": what
            # is to be done, and what it does to an event, is only planned
            hedged = True
        if dep == XCOMP and _expectant(parent):
            # "Qatar is due / likely / ready to host talks between X and Y": the talks are
            # only expected (the host's own relation is hedged by its rule,
            # extract/rules/complements.py)
            hedged = True
        if dep == XCOMP and (tok is not verb or _attempted_event(predicate, verb)) and (
                parent.lemma_.lower() in ATTEMPT_VERBS):
            # "is trying to use the Queen to concentrate power": only attempted ("tried to
            # seize X" itself says what was tried: its relation is "try to seize"); so is
            # the event an object names: "tried to arrange a meeting between X and Y"
            hedged = True
        if dep == XCOMP and parent.lemma_.lower() in AGREEING_VERBS and _agreed_below(
                verb, tok):
            # "agreed to let Egypt deploy troops", "agreed to raise output and to keep the
            # price": the agreement is stated ("agree to let" is its own relation), what
            # it lets happen or binds to later is not done yet
            hedged = True
        if (dep == XCOMP or _infinitive_complement(tok)) and (
                _hedged_here(parent) or is_future(parent)):
            hedged = True  # "the bill would allow the President to nominate X", "will let"
        if ((dep in (CCOMP, XCOMP) or (dep == ACL and "that" in _marks(tok)))
                and parent.lemma_.lower() in MANDATING_VERBS and _mandated(tok)):
            # "demanded that Ukraine withdraw", "wants Israel to free"; "the demand that
            # X free Y" (also a headline's "demands that" parsed as a noun)
            hedged = True
        if (dep == ACL and "that" in _marks(tok)
                and parent.lemma_.lower() in CONDITION_NOUNS):
            # "approved a credit on condition that Mexico cut its deficit": only required
            hedged = True
        if _subject(tok) is None and (dep == CONJ or tok.tag_ in ("VBG", "VBN")):
            # a coordinated verb or a participle adjunct ("..., killing five") shares the
            # hedge of the clause it belongs to; a finite subordinate clause or a
            # coordinated clause with its own subject ("X may strike Y, and Z said ...")
            # does not
            # (but a conjunct in a past or present tense of its own does not share a modal:
            # "said Exxon would remain a partner but owned no shares", :func:`_own_tense`)
            own = dep == CONJ and _own_tense(tok) and not _hedged_beyond_modal(parent)
            hedged = (hedged or (_hedged_here(parent) and not own)
                      or (_future_adjunct(tok, parent) and not own)
                      or _intended_adjunct(tok, parent))
        if settled:
            hedged = unsettled_hedged
        if dep == CCOMP and parent.lemma_.lower() in REPORTING_VERBS:
            reported = True
            # "neither confirmed nor denied that X ...": left open
            hedged = (hedged or parent.lemma_.lower() in HEDGE_VERBS or _hedged_here(parent)
                      or _in_allegation(parent) or _alleging_participle(parent)
                      or _disputing_report(parent, tok) or left_open(parent))
            subject = _controller(parent)
            # "it is believed that": impersonal; "the regulator fined X after it found that
            # Y misled shoppers": "it" is the regulator, whose finding is stated
            if (subject.lower_ == "there" or (subject.lower_ == "it" and _passive(parent))
                    if subject is not None else _passive(parent)):
                # "it is believed that ...": impersonal, look further up for a source
                hedged = True
            elif source is None and subject is not None:
                source = subject
                # "M23 said it captured Sake, a claim AFP could not verify": the label
                # hangs on the report, and labels what it says
                hedged = hedged or (not asserted and _labelled_claim(parent, predicate))
                break
        tok = parent
        if source is None:
            source = according_to(tok)
            reported = reported or source is not None
    if (tok.dep_ == ROOT and not asserted and (aside := _reporting_aside(tok)) is not None
            and predicate.i < aside.i):
        # "Russian forces capture Novopavlivka, the Defence Ministry claims, while ...":
        # the speaker's aside, parsed as a parataxis of the clause it reports (not of a
        # clause after it: "..., the army said, while Hamas denied the losses")
        reported = True
        hedged = hedged or aside.lemma_.lower() in HEDGE_VERBS or _hedged_here(aside)
        if source is None:
            source = _controller(aside)
    if realised(predicate):
        # "vowed to retaliate for Poland's expulsion of X": the expulsion happened
        hedged = False
    # (the act is the predicate's or, for a noun of its clause, the clause's verb: "searched
    # the home of X" read as "search home of")
    acts = {predicate.lemma_.lower(), verb.lemma_.lower()}
    # (but the accusing itself is what such a source records: "Epic sued Apple, the
    # lawsuit says" is stated; prosecutors and indictments are attribution, not alleging
    # sources: "X recruited Y, prosecutors said" is stated, "prosecutors allege" is not)
    if (source is not None and source.lemma_.lower() in ALLEGING_SOURCES
            and not authored_report(source)
            and not (source.lemma_.lower() in CHARGING_SOURCES
                     and acts & ACCUSING_VERBS)):
        hedged = True  # "the plaintiffs say", "according to the lawsuit": an allegation
    if source is not None and unnamed_source(source):
        hedged = True  # "sources said", "according to anonymous officials"
    return Modality(hedged=hedged, reported=reported, source=source)


def authored_report(source: Token) -> bool:
    """Whether a report that would be unconfirmed names its author, which makes it that
    author's statement (:data:`~extract.lexicon.AUTHORED_REPORTS`): "according to a
    report by the security firm ESET", "according to Amnesty International's report"; a
    bare "according to reports" stays unconfirmed.

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("a report by ESET and reports", '''
    ...     1 det DET a DT
    ...     1 ROOT NOUN report NN
    ...     1 prep ADP by IN
    ...     2 pobj PROPN ESET NNP
    ...     1 cc CCONJ and CC
    ...     1 conj NOUN report NNS
    ... ''')
    >>> authored_report(doc[1]), authored_report(doc[5])
    (True, False)
    """
    if source.lemma_.lower() not in AUTHORED_REPORTS:
        return False
    for c in kids(source):
        if c.dep_ == POSS and (c.pos_ == "PROPN" or c.ent_type_):
            return True
        if c.dep_ == COMPOUND and c.i < source.i and (_national_body(c) or (
                c.pos_ == "NOUN" and c.lower_ not in PRESS_NOUNS and any(
                    _demonym(a) and a.i < c.i for a in kids(source)))):
            return True  # "a Swiss intelligence report" (not "a New York Times report")
        if c.dep_ == PREP and c.lower_ in ("by", "from") and any(
                o.dep_ == POBJ and _named_author(o) for o in kids(c)):
            return True
        if c.dep_ == ACL and c.tag_ == "VBN" and any(
                a.dep_ == AGENT and any(o.dep_ == POBJ and _named_author(o) for o in kids(a))
                for a in kids(c)):
            return True  # "a report published on Monday by Human Rights Watch"
    return False


def _named_author(noun: Token) -> bool:
    """Whether the author of a report is named: a name ("by ESET"), a noun with a name in
    it ("by the security firm ESET") or a body of a named country or organisation ("by
    Denmark's cyber defence centre", "by the UN's human rights office"); not "by a rights
    group", "by local media"."""
    return noun.pos_ == "PROPN" or bool(noun.ent_type_) or any(
        (g.dep_ in (COMPOUND, APPOS) and g.pos_ == "PROPN")
        or (g.dep_ == POSS and (g.pos_ == "PROPN" or g.ent_type_))
        for g in kids(noun)) or _national_body(noun)


def _national_body(noun: Token) -> bool:
    """Whether a common noun is a body of a named country, named by its people's adjective:
    "by Polish counterintelligence", "a Swiss intelligence report" (as "Poland's
    counterintelligence" is); not the press ("by Russian media", "a French newspaper
    report": :data:`~extract.lexicon.PRESS_NOUNS`), whose unnamed outlets stay unconfirmed."""
    return (noun.pos_ == "NOUN" and noun.lemma_.lower() not in PRESS_NOUNS
            and noun.lower_ not in PRESS_NOUNS
            and any(map(_demonym, (c for c in kids(noun) if c.i < noun.i))))


def _demonym(modifier: Token) -> bool:
    """Whether a modifier is a people's adjective of a country ("Polish", "Swiss"),
    whichever way the parser hung it (an adjective or a compound)."""
    from actorgraph.extract.actors import country_of  # actors imports this module
    return (modifier.dep_ in (AMOD, COMPOUND) and modifier.pos_ == "ADJ"
            and (modifier.ent_type_ == "NORP" or country_of(modifier.text) is not None))


def unnamed_source(source: Token) -> bool:
    """Whether the source of a report is said to be unnamed or unconfirmed, so that what
    it reports is hedged: "an unnamed official said", "according to anonymous security
    sources" (:data:`~extract.lexicon.ANONYMITY_MODIFIERS`). A bare "sources said" or
    "people familiar with the matter said" is the wire's plain attribution and is not
    (the wire annotations take "security sources told AFP" as stated).

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["an", "unnamed", "official", "two", "sources"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[2, 2, 2, 4, 4],
    ...           deps=["det", "amod", "ROOT", "nummod", "ROOT"])
    >>> unnamed_source(doc[2]), unnamed_source(doc[4])
    (True, False)
    """
    return any(c.dep_ == AMOD and c.lower_ in ANONYMITY_MODIFIERS for c in kids(source))


def _past(verb: Token) -> bool:
    """Whether a verb is in the past or the present perfect ("sought", "has sought")."""
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(
        c.dep_ == AUX and c.lemma_ == "have" for c in kids(verb)))


def _attempted_event(noun: Token, verb: Token) -> bool:
    """Whether an event noun is what an attempted verb would bring about: "tried to
    arrange a meeting between X and Y" (the meeting is only attempted), not an event that
    is there to be acted on: "tried to stop the fighting between X and Y" (definite or
    possessed, :func:`presupposed`; or ended or prevented, :data:`CESSATION_VERBS`,
    :data:`PREVENTING_VERBS`)."""
    return (noun.pos_ == "NOUN" and noun is not verb and not presupposed(noun)
            and verb.lemma_.lower() not in CESSATION_VERBS | PREVENTING_VERBS)


def refused(predicate: Token) -> bool:
    """Whether a "would not" clause is a refusal, stated: "Trump would not commit to a
    peaceful transfer of power", "the Kremlin would not confirm the deaths" (in a main
    clause that no one reports and no condition bounds; "Hamas said it would not
    release them", "if the talks fail, Israel would not reopen it" are still to come).

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["Apple", "would", "not", "comment"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[3, 3, 3, 3],
    ...           deps=["nsubj", "aux", "neg", "ROOT"])
    >>> refused(doc[3])
    True
    """
    verb = clause_head(predicate)
    while verb.dep_ in (CONJ, XCOMP):
        verb = verb.head
    aux = {c.lower_ for c in kids(verb) if c.dep_ == AUX}
    if not (aux & {"would", "'d"}) or "have" in aux or verb.dep_ != ROOT:
        return False
    if not has_neg(verb):
        return False
    return not any(t.lower_ in CONDITIONAL_MARKS | {"without"} for t in verb.sent)


def _done_before(verb: Token) -> bool:
    """Whether ``verb`` heads an active perfect participle ("having deposed X"), which
    says what was done before the clause it hangs on.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["having", "deposed", "Có"],
    ...           heads=[1, 1, 1], deps=["aux", "ROOT", "dobj"], tags=["VBG", "VBN", "NNP"])
    >>> _done_before(doc[1]), _done_before(doc[2])
    (True, False)
    """
    return verb.tag_ == "VBN" and any(c.dep_ == AUX and c.lower_ == "having"
                                      for c in kids(verb))


def _onset_keys(verb: Token) -> set[str]:
    """The ways an onset phrase may be written for a verb: its lemma, with its particle
    ("kick_in"), its object ("take_effect") or its prepositional phrase
    ("come_into_force")."""
    lemma = verb.lemma_.lower()
    keys = {lemma}
    for c in kids(verb):
        if c.dep_ in (PRT, DOBJ):
            keys.add(f"{lemma}_{c.lemma_.lower()}")
        elif c.dep_ == PREP:
            keys.update(f"{lemma}_{c.lower_}_{o.lemma_.lower()}" for o in kids(c)
                        if o.dep_ == POBJ)
    return keys


def onset_pending(noun: Token) -> bool:
    """Whether an event noun is the subject of its own onset, which is only to come:
    "US tariffs on X were due to take effect", "EU sanctions on Y will come into force on
    Friday", "Israeli strikes on Rafah are set to resume" ([onset_verbs], future or only
    expected, itself or as the infinitive of the noun's verb): the event has not begun,
    hedged. One that took effect has ("the sanctions took effect on Monday").

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["sanctions", "will", "take", "effect"],
    ...           heads=[2, 2, 2, 2], deps=["nsubj", "aux", "ROOT", "dobj"],
    ...           pos=["NOUN", "AUX", "VERB", "NOUN"], tags=["NNS", "MD", "VB", "NN"],
    ...           lemmas=["sanction", "will", "take", "effect"])
    >>> onset_pending(doc[0])
    True
    """
    if noun.pos_ != "NOUN" or noun.dep_ not in (NSUBJ, NSUBJPASS):
        return False
    verb = noun.head
    below = [c for c in kids(verb) if c.dep_ == XCOMP]
    below += [x for c in kids(verb) if c.dep_ == ACOMP for x in kids(c) if x.dep_ == XCOMP]
    return any(_onset(v) and (is_future(v) or modality(v).hedged)
               for v in [verb, *below] if v.pos_ in ("VERB", "AUX"))


def _onset(verb: Token) -> bool:
    """Whether a verb says its subject begins: a phrase of [onset_verbs] ("take effect",
    "come into force"), or a bare verb of them with no complement of its own ("the
    strikes will resume"); "the sanctions will begin to bite", "the tariffs will start
    hurting exporters", "will start a trade war" say what a measure already there does."""
    keys = _onset_keys(verb)
    lemma = verb.lemma_.lower()
    if ONSET_VERBS & (keys - {lemma}):
        return True
    return lemma in ONSET_VERBS and not any(c.dep_ in (DOBJ, XCOMP, CCOMP)
                                            for c in kids(verb))


def is_future(predicate: Token) -> bool:
    """Whether the predicate's clause is stated as future ("X will release Y").

    "would have" is a past counterfactual, not a future. A gerund that says when or how
    a future act is done is future with it: "Ecuador will resume exports after repairing
    the pipeline", "the army will retaliate by shelling the camps" (a gerund after a
    preposition of :data:`~extract.lexicon.TIME_PREPS` on a verb with "will" or "shall",
    :data:`~extract.lexicon.PLAIN_FUTURE_AUX`; not a past's future: "said it would cut jobs
    after reporting a loss" may tell of a loss reported already).
    """
    verb = clause_head(predicate)
    if (joining := joined_in(verb)) is not None:
        return is_future(joining)  # "will join Washington in imposing sanctions"
    if (verb.tag_ == "VBG" and verb.dep_ == PCOMP and verb.head.dep_ == PREP
            and verb.head.lower_ in TIME_PREPS and verb.head.head.pos_ in ("VERB", "AUX")):
        main = clause_head(verb.head.head)
        return any(c.dep_ == AUX and c.lower_ in PLAIN_FUTURE_AUX for c in kids(main))
    aux = [c.lower_ for c in kids(verb) if c.dep_ in (AUX, AUXPASS)]
    if verb.dep_ == CONJ and not aux and not _own_tense(verb):
        # (one in a tense of its own is not: "would remain a partner but owned no shares")
        verb = verb.head  # "will visit Kenya and meet X", "Obama to visit Kenya and meet X"
        if verb.dep_ == CCOMP and _speaker_act(clause_head(predicate), verb):
            # "predicted X would lose and asked voters": the asking is not X's future
            verb = verb.head
        aux = [c.lower_ for c in kids(verb) if c.dep_ in (AUX, AUXPASS)]
    return (bool(FUTURE_AUX & set(aux)) and "have" not in aux) or headline_infinitive(verb)


def headline_infinitive(verb: Token) -> bool:
    """Whether a verb is the "to" infinitive of a headline's future: "Saudi Arabia to
    execute Ali al-Nimr, rights groups say", "Obama to visit Kenya in July", "Pope
    Francis to meet Zelensky on Saturday" (an infinitive with a subject of its own before
    the verb that reports it or at the root of the sentence, or one on the name that heads
    the sentence; not "for X to").

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["Obama", "to", "visit", "Kenya"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[0, 2, 0, 2],
    ...           deps=["ROOT", "aux", "acl", "dobj"], pos=["PROPN", "PART", "VERB", "PROPN"],
    ...           tags=["NNP", "TO", "VB", "NNP"])
    >>> headline_infinitive(doc[2])
    True
    """
    if verb.tag_ != "VB" or not to_infinitive(verb) or "for" in _marks(verb):
        return False
    head = verb.head
    if any(c.dep_ in (NSUBJ, NSUBJPASS) for c in kids(verb)):
        # "Pope Francis to meet Zelensky on Saturday": the sentence's own root
        return (verb.dep_ == CCOMP and verb.i < head.i) or verb.dep_ == ROOT
    return verb.dep_ == ACL and head.dep_ == ROOT and head.pos_ == "PROPN"


def _date_entity(tok: Token) -> Span | None:
    if tok.ent_type_ not in TIME_TYPES:
        return None
    for ent in tok.doc.ents:
        if ent.start <= tok.i < ent.end:
            return ent
    return None


def clause_time(predicate: Token) -> str | None:
    """The date expression of the predicate's clause ("on July 27"), or None."""
    for tok in dict.fromkeys((predicate, clause_head(predicate))):
        for child in kids(tok):
            if child.dep_ == PREP and child.lower_ in TIME_PREPS:
                for pobj in kids(child):
                    ent = _date_entity(pobj) if pobj.dep_ == POBJ else None
                    if ent is not None:
                        return f"{child.text} {ent.text}"
            elif child.dep_ in (NPADVMOD, ADVMOD, "tmod", NMOD):
                ent = _date_entity(child)
                if ent is not None:
                    return ent.text
    return None


def _named_place(tok: Token) -> bool:
    if tok.ent_type_ in PLACE_TYPES:
        return True
    return tok.pos_ == "NOUN" and any(
        c.dep_ == PREP and c.lower_ == "of" and any(
            p.ent_type_ for p in kids(c) if p.dep_ == POBJ)
        for c in kids(tok)) and tok.lemma_.lower() in PLACE_HEADS


def clause_place(predicate: Token, *, exclude: frozenset[int] = frozenset()) -> Token | None:
    """Head token of the place where the predicate happens ("in Beirut"), or None.

    Tokens whose index is in ``exclude`` (the relation's own arguments) are skipped.
    """
    for tok in dict.fromkeys((predicate, clause_head(predicate))):
        for child in kids(tok):
            if child.dep_ == PREP and child.lower_ in PLACE_PREPS:
                for pobj in kids(child):
                    if pobj.dep_ == POBJ and pobj.i not in exclude and _named_place(pobj):
                        return pobj
    return None
