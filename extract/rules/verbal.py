"""Verbal clauses: who does what to whom in a clause headed by a verb.

Patterns
--------
``svo``           active clause: "Israel assassinated Shukr"
``inherited``     subject shared by coordinated verbs: "Hamas accused X and vowed Y"
``control``       subject of an infinitive: "urged Washington to put pressure on X", or
                  of a gerund after of/from: "accused Ukraine of shelling the plant"
``passive``       roles restored from a ``by`` agent: "Shukr was killed by Israel"
``participle``    reduced relatives and participles: "hostages abducted by Hamas"; an -ing
                  adjunct takes the subject of the clause it follows, never the nearest
                  noun: "Hamas invaded Israel, killing 1,200 people"
``instrument``    a weapon as subject stands for whoever sent it:
                  "rockets fired by Hamas struck Y", "Y was hit by missiles fired by X"
``recipient``     who is given something: "tanks were delivered to Y by X", "gave Y money"
``prep``          verb plus prepositional object: "Israel responded to the attack"
``place``         a place as the only named participant: "lifted a curfew in Montenegro"
``support-verb``  event noun after a support verb: "ordered an attack against Israel",
                  "Y was hit with sanctions by X", "Y came under attack from X", "X claimed
                  responsibility for the attack on Y", "X denied any role in the attack on Y"
                  (negated)
``reaction``      whose proposal is rejected or welcomed: "rejected calls by Belarus", or
                  whose violent act, named before, is condemned: "... Egypt condemned
                  the attack"
``converse``      the giver of what is taken: "took bribes from X" (X bribe the taker)
``attribution``   the doer a blame or claim names for a violent act told before with
                  no named doer: "Gunmen killed X. The army blames Y" (Y kill X, hedged),
                  "... Y claimed responsibility" (Y kill X), "... police said Y was
                  responsible / was behind the attack" (hedged), "... Y said it carried
                  out the strike", "... Y denied it was behind it" (negated); or for the
                  act a deed's relative clause tells: "Y claimed responsibility for a
                  bombing that killed X", "Y was blamed for a car bomb that killed X"

Examples
--------
>>> import spacy
>>> from spacy.tokens import Doc
>>> doc = Doc(spacy.blank("en").vocab, words=["Iran", "warned", "Israel"],
...           heads=[1, 1, 1], deps=["nsubj", "ROOT", "dobj"], pos=["PROPN", "VERB", "PROPN"],
...           lemmas=["Iran", "warn", "Israel"])
>>> [(t.subject.text, t.lemma, t.object.text, t.pattern) for t in verb_triples(doc)]
[('Iran', 'warn', 'Israel', 'svo')]
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from actorgraph.extract.actors import (
    complement_end,
    concept_complement,
    country_of,
    names_country,
    of_country,
)
from actorgraph.extract.context import (
    accused_denial,
    accused_object,
    alleged_group,
    cancelling,
    charge_denier,
    hedging_modified,
    held_talk,
    is_future,
    modality,
    part_preposition,
    presupposed,
    pursuing,
    sought,
    to_infinitive,
    unasserted,
)
from actorgraph.extract.coref import pair_types
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
    CASE,
    CC,
    CCOMP,
    COMPOUND,
    CONJ,
    CSUBJ,
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
    PREDET,
    PREP,
    PRT,
    PUNCT,
    QUANTMOD,
    RELATIVE_TAGS,
    RELCL,
    ROOT,
    XCOMP,
)
from actorgraph.extract.derivation import verb_of
from actorgraph.extract.events import (
    LETTING_VERBS,
    EventLexicon,
    bare_infinitives,
    default_lexicon,
    default_senses,
)
from actorgraph.extract.hygiene import is_quantity, stock_company
from actorgraph.extract.lexicon import (
    ABOARD_WORDS,
    ADJUNCT_PREPS,
    AIM_VERBS,
    ALLEGED_PREPS,
    ALLEGING_VERBS,
    ANAPHORIC_HEADS,
    ANSWERABLE_WORDS,
    ANYONE_DETERMINERS,
    APART_MODIFIERS,
    APPEAL_VERBS,
    APPEALING_VERBS,
    APPOINTING_VERBS,
    ARTICLES,
    AS_PREP_VERBS,
    ASPECTUAL_VERBS,
    ASSOCIATE_NOUNS,
    ATTEMPT_VERBS,
    ATTRIBUTING_VERBS,
    AUTHORING_VERBS,
    AWARD_NOUNS,
    BID_NOUNS,
    BID_PREPS,
    BOUND_NOUNS,
    BOUND_PREPS,
    BRIBE_NOUNS,
    BRIBE_TAKING_VERBS,
    BUSINESS_NOUNS,
    CANCELLING_NOUN_PREPS,
    CANCELLING_NOUNS,
    CAPTIVE_NOUNS,
    CAPTOR_VERBS,
    CARRYING_VERBS,
    CAUSATIVE_VERBS,
    CAUSE_PREPS,
    CLAUSE_SAYING_VERBS,
    CLOCK_WORDS,
    COLLECTIVE_HEADS,
    COMPANY_HEADS,
    COMPARING_VERBS,
    CONCEDED_NOUNS,
    CONCEDING_VERBS,
    CONTEST_NOUNS,
    CONTRACT_WINNING_VERBS,
    CONVEYING_VERBS,
    COUNT_HEADS,
    COUNT_NOUNS,
    COUNT_TYPES,
    COURT_NOUNS,
    COVER_CAPTIVE_NOUNS,
    DATIVE_PREPS,
    DEFINITE_DETERMINERS,
    DENIAL_VERBS,
    DOUBLE_OBJECT_VERBS,
    DURATION_NOUNS,
    EDGE_PLACE_HEADS,
    EMBARKING_VERBS,
    EVENT_PARTS,
    EXCHANGING_VERBS,
    FACING_VERBS,
    FEMALE_WORDS,
    FIGURE_PLACING_VERBS,
    FOCUSING_ADVERBS,
    FOILING_VERBS,
    FRACTION_NOUNS,
    FUNDING_NOUNS,
    GENERIC_HEADS,
    GOAL_VERBS,
    GOODS_MEASURE_HEADS,
    GROUND_ATTACK_VERBS,
    GROUP_NOUNS,
    HEARER_VERBS,
    HELD_FIGURES,
    HOPING_VERBS,
    HOSTING_VERBS,
    IMPLICATIVE_OBJECT_VERBS,
    IMPOSING_VERBS,
    INDEFINITE_WORDS,
    INSTRUMENT_NOUNS,
    INSTRUMENT_PREPS,
    INTENT_VERBS,
    INTENTION_NOUNS,
    JOINT_ACTIVITY_NOUNS,
    JOINT_MODIFIERS,
    JUDGED_PREPS,
    JUDGING_VERBS,
    KEEPING_VERBS,
    LAW_ENFORCEMENT_REPORTERS,
    LEADER_ROLES,
    LEVEL_NOUNS,
    LEVEL_VERBS,
    LIABLE_ADJECTIVES,
    LIGHT_OBJECT_VERBS,
    LIGHT_OBJECTS,
    LIGHT_VERBS,
    LOSING_VERBS,
    MALE_WORDS,
    MANDATING_VERBS,
    MANNER_NOUNS,
    MEANS_NOUNS,
    MEASURE_TYPES,
    MEMBER_HEADS,
    MEMBERSHIP_HEADS,
    MILITARY_HEADS,
    MOTION_PREPS,
    MOVING_VERBS,
    MUNITIONS,
    NAMING_VERBS,
    NOT_DONE_VERBS,
    NOUN_TARGET_PREPS,
    OFFER_REACTING_VERBS,
    ORGANISATION_DESCRIPTIONS,
    OWN_UNIT_NOUNS,
    OWNED_HOLDINGS,
    OWNING_UP_VERBS,
    OWNING_VERBS,
    PARTAKING_VERBS,
    PARTICIPATING_OBJECTS,
    PARTICIPATING_VERBS,
    PARTING_VERBS,
    PARTNER_PREPS,
    PASSED_OVER_PREPS,
    PERCENT_UNITS,
    PERCEPTION_VERBS,
    PERSUADING_VERBS,
    PLACE_ATTACK_NOUNS,
    PLACE_ATTACK_VERBS,
    PLACE_HEADS,
    PLACE_PREPS,
    PLACE_TYPES,
    PLACING_VERBS,
    POSSESSED_HEADS,
    PREVAILING_VERBS,
    PREVENTING_VERBS,
    PROPOSAL_NOUNS,
    PROPOSED_NOUNS,
    PROPOSING_VERBS,
    PUBLIC_BODY_WORDS,
    QUANTITY_HEADS,
    READYING_VERBS,
    REALIZED_VERBS,
    REBUFFING_VERBS,
    REBUTTED_NOUNS,
    RECEIVE_VERBS,
    RECIPROCAL_NOUNS,
    RECIPROCAL_VERBS,
    REFERRING_FAMILIES,
    REGISTER_NOUNS,
    REGISTER_PREPS,
    RELATIVE_CLAIMING_VERBS,
    RENEWING_VERBS,
    REPORTED_ARREST_VERBS,
    REPORTING_VERBS,
    REQUEST_NOUNS,
    REQUESTING_VERBS,
    RESPONSIBILITY_NOUNS,
    RESULT_FIGURES,
    RESULT_VERBS,
    ROLE_WORDS,
    ROUTE_NOUNS,
    ROUTE_PREPS,
    RULING_DENIERS,
    RULING_HEADS,
    RULING_NOUNS,
    RUNNING_COUNTS,
    SAID_NOUNS,
    SAY_VERBS,
    SCALING_VERBS,
    SECURING_VERBS,
    SIDE_BY_SIDE_VERBS,
    SOLD_VERBS,
    SPEAKING_VERBS,
    SPEECH_SETTING_PREPS,
    STANDING_TIES,
    STATE_KEEPING_VERBS,
    STATE_PREPS,
    STATE_ROLES,
    SURVIVING_GERUND_VERBS,
    SUSPICION_NOUNS,
    TIME_TYPES,
    TRANSFER_VERBS,
    TRIAL_NOUNS,
    TRIAL_PREPS,
    TRIAL_STANDING_VERBS,
    UNCHANGED_STATES,
    UNDER_VERBS,
    UNDONE_VERBS,
    UNHESITATING_VERBS,
    USING_VERBS,
    VAGUE_HEADS,
    VICTORY_CLAIMING_VERBS,
    VICTORY_NOUNS,
    WALKOUT_VERBS,
    WAR_MACHINES,
    WARNING_VERBS,
    WARRANT_NOUNS,
    WEAK_WORDS,
    WITH_COMPLEMENT_VERBS,
    WON_OFFICES,
    WORK_STOPPAGE_NOUNS,
    pairs,
)
from actorgraph.extract.participial import war_machine
from actorgraph.extract.rules.base import (
    ACTOR_TYPES,
    FINITE_TAGS,
    OBJ_DEPS,
    TokenTriple,
    actor_noun,
    addressees,
    admitted,
    adopting_verb,
    appositive_name,
    attacked_place,
    attributive_participle,
    by_agents,
    carried_on_objects,
    ceases,
    children_of,
    concluded_partner,
    concluded_tie,
    core,
    country_name,
    country_word,
    event_lemma,
    event_targets,
    failed_preventing,
    find_place,
    generic_recipient,
    is_amount,
    is_negated,
    is_numeric,
    is_passive,
    is_place,
    is_target_prep,
    is_verb,
    judged_noun,
    killed_text,
    loose_second_object,
    may_act,
    named_group,
    names_something,
    not_yet,
    noun_agents,
    noun_patients,
    object_targets,
    owners,
    place_of,
    placed_target,
    platform,
    pobjs,
    prep_objects,
    reciprocal_pairs,
    shares_negation,
    subject_control,
    traded_origins,
    verb_lemma,
    with_conjuncts,
)
from actorgraph.extract.rules.nominal import (
    CLAIMED_CLASS,
    PLACE_TARGET_CLASSES,
    accused_in_clause,
    addressed_offers,
    between_sides,
    deed_event,
    denying_accused,
    derived_event,
)
from actorgraph.extract.tree import has_neg, kids, window_start
from actorgraph.extract.vague import people_lemma, person_lemma
from spacy.tokens import Doc, Span, Token

__all__ = ["REACTION_CLASSES", "RULING_CLASSES", "VIOLENT_CLASSES", "act_wording",
           "answerable_triples", "complement_actor", "conceded_winner", "earlier_agents",
           "goal_phrase", "joint_sides", "joint_triples", "let_act", "place_label",
           "gapped_ruling",
           "received_from", "reported_arrest_triples", "ruling_authors", "taken_party",
           "verb_triples"]


#: Event classes of verbs that react to someone's proposal, demand or statement.
REACTION_CLASSES = frozenset({"AGREE", "SUPPORT", "REJECT", "DISAPPROVE", "CONCEDE"})


#: Patterns of a clause whose subject is its own or shared with a coordinated finite verb
#: ("Pakistan accused X and lodged a protest with Kabul"): an object noun's named target
#: is the subject's (:func:`~extract.rules.base.object_targets`), unlike a participle's.
_OWN_SUBJECT_PATTERNS = frozenset({"svo", "inherited"})


#: Event classes of verbs that ask for an event, whose possessor is whom it is to be done
#: to ("demands Sentsov's release", "ordered Khan's arrest": DEMAND).
_SEEKING_CLASSES = frozenset({"DEMAND"})


def _court_hung_targets(verb: Token, event: str) -> list[tuple[Token, Token]]:
    """(preposition, target) pairs of an event noun's target phrase that the parser hung on
    the court its verb's act is brought in (:data:`~extract.lexicon.COURT_NOUNS`): "filed
    suit in federal court *against* Brightline", "brought a case at the tribunal *against*
    Ryanair" (a court is against no one; the suit is). The court's own "of" is its name or
    its judge's ("in the court of Judge Smith"), no target."""
    return [(p, origin) for prep in children_of(verb, PREP) if prep.lower_ in _COURT_PREPS
            for court in pobjs(prep) if court.lemma_.lower() in COURT_NOUNS
            for p in children_of(court, PREP)
            if p.lower_ != "of" and is_target_prep(p.lower_, event)
            for t in pobjs(p) for origin in traded_origins(appositive_name(t, ACTOR_TYPES))]


#: Prepositions of the court an act is brought in ("filed suit *in* federal court").
_COURT_PREPS = frozenset({"in", "at", "before"})

#: Adverbs of a "with" whose object acts beside the subject, no partner of its tie
#: ("signed the accord *together* with France").
_COAGENT_ADVERBS = frozenset({"together", "jointly"})


def verb_triples(doclike: Doc | Span, *,
                 lexicon: EventLexicon | None = None) -> Iterator[TokenTriple]:
    """Triples of verbal clauses (see :func:`_verb_triples`)."""
    return _verb_triples(doclike, lexicon or default_lexicon())


#: Verbs and nouns whose "for" or "of" deed is only alleged ("arrested X for", "on
#: suspicion of", "on trial for": :func:`_verb_triples`).
_ALLEGING_WORDS = ALLEGING_VERBS | SUSPICION_NOUNS | TRIAL_NOUNS


#: The preposition of membership of a group ("X is among the prisoners freed by Y").
_AMONG = "among"
#: The copula whose subject is counted among a group.
_COPULA = "be"
#: The pronoun of a group the clause before names ("released 3,000 prisoners, but X is
#: not among those freed").
_THOSE = "those"


def _counted_among(verb: Token, agents: list[Token], lemma: str,
                   lexicon: EventLexicon) -> Iterator[TokenTriple]:
    """Who is, or is not, among those a passive participle acts on: "Ilya Yashin was among
    the prisoners freed by Russia" -> Russia free Yashin; "X is not among the activists
    released by the authorities" -> the authorities release X, negated. The participle
    is hung on the object of "among", a preposition of the copula whose named subject is
    counted in (not a pronoun). With no "by" agent, "those" stands for the group the
    clause before acted on when the copula is coordinated with that clause and its verb
    is of the participle's event class: "the junta releases 3,000 prisoners, but Aung San
    Suu Kyi is not among those freed" -> the junta free Aung San Suu Kyi, negated. Stated
    (as the membership is), negated with the copula."""
    group = verb.head
    if verb.dep_ != ACL or group.dep_ != POBJ or group.head.lower_ != _AMONG:
        return
    copula = group.head.head
    if copula.lemma_.lower() != _COPULA or group.head.dep_ != PREP:
        return
    members = [m for m in with_conjuncts(children_of(copula, NSUBJ))
               if m.pos_ != "PRON" and names_something(m)]
    if not members:
        return
    if not agents and group.lower_ == _THOSE and copula.dep_ == CONJ and is_verb(copula.head):
        clause = copula.head
        event_class = lexicon.classify(lemma)
        if event_class is not None and lexicon.classify(verb_lemma(clause)) == event_class \
                and not is_passive(clause):
            agents = core(clause)[0]
    negated = is_negated(copula)
    for agent in agents:
        for member in members:
            if agent.i != member.i:
                yield TokenTriple(agent, verb, member, lemma, lemma, "VERB", negated,
                                  "participle")


def _verb_triples(doclike: Iterable[Token], lexicon: EventLexicon) -> Iterator[TokenTriple]:
    """Triples of verbal clauses: active, passive, participles, prepositions, places.

    An event noun in object position with a target of its own ("ordered an
    attack against Israel", "put pressure on Iran") gives a ``support-verb``
    triple. After a light or causative verb the noun is the relation (the
    verb stays in the label unless it is a light verb: "launch", "hold",
    "put"); a verb with an event class of its own keeps it ("condemned the
    attack on Israel" is a condemnation, ``condemn attack``); any other verb
    gives none ("uncovered a plot against X", "survived an attack on X" are no
    plot or attack by the subject). A verb of
    reaction (agree, support, reject, criticise, concede) whose object has an
    owner relates the subject to the owner ("rejected calls by Belarus").
    Infinitives under a verb with no object of its own are left to
    :func:`complement_triples`.
    """
    for verb in doclike:
        if verb.pos_ != "VERB" or (subject_control(verb) and not _passive_infinitive(verb)):
            continue
        if attributive_participle(verb):
            continue  # "the first sitting Congressman": an adjective, no clause
        if _count_moved(verb):
            continue  # "hit Kharkiv, bringing the death toll to 25": no one's act
        if _barred_by_sought_order(verb):
            continue  # "seeks an injunction barring Minolta from selling the cameras"
        agents, patients, pattern = core(verb)
        patients = [_event_antecedent(verb, p, lexicon) for p in patients]
        if len(agents) > 1 and _respectively(verb):
            # "Sanders and Trump won the Democratic and Republican primaries
            # respectively": each won one; pair them only when the counts match
            if len(agents) != len(patients):
                continue
            yield from _paired(verb, agents, patients, lexicon)
            continue
        # "never shelled X or attacked Y": the attack is denied too
        negated = is_negated(verb) or shares_negation(verb)
        # "urged X to leave" may not happen; "was pictured wearing" was seen happening;
        # "accused of shelling" is alleged and "refrained from criticising" not done,
        # but "convicted of submitting" is established
        gerund = verb.head if verb.dep_ == CONJ and verb.head.dep_ == PCOMP else verb
        if gerund.dep_ == PCOMP:
            # "refrained from criticising" is negated, "was not barred from running"
            # neither done nor denied; a gerund coordinated with one is the same
            # ("convicted of lying and obstructing X" is established)
            governor = gerund.head.head
            if accused_object(gerund) is not None:
                governor = governor.head  # "accuses X of shelling" with "of" on X
            judged = judged_noun(gerund.head)
            # "ordered the arrest of X for taking bribes": alleged, as "arrested X for" is
            alleging = (verb_of(judged.lemma_.lower()) or judged.lemma_.lower()
                        if judged is not None else governor.lemma_.lower())
            hedged = pattern == "control" and (
                alleging in _ALLEGING_WORDS
                # ("could not stop X from attacking Y": X attacked, stated)
                or (governor.lemma_.lower() in PREVENTING_VERBS and is_negated(governor)
                    and not failed_preventing(governor)))
        else:
            # "forced X to leave" and "persuaded X to sign" were done
            # ("has yet to be charged by X" is negated, not hedged)
            hedged = pattern == "control" and not (
                not_yet(verb.head)
                or (verb.tag_ == "VBG" and verb.dep_ == XCOMP
                 and verb.head.lemma_.lower() in PERCEPTION_VERBS)
                or (verb.dep_ == XCOMP
                    and verb.head.lemma_.lower() in IMPLICATIVE_OBJECT_VERBS | USING_VERBS)
                # "went on to beat X", "proceeded to strike X": what was done next
                or (verb.dep_ == ADVCL and to_infinitive(verb) and not unasserted(verb)
                    and not children_of(verb, MARK))
                # "telephoned Romanenko to congratulate him": the call is the talk
                or held_talk(verb)
                # "never hesitated to criticise X" (parsed as an adverbial): criticised
                or (verb.head.lemma_.lower() in UNHESITATING_VERBS and is_negated(verb.head))
                # "survived being shot by a gunman": he was shot
                or (verb.dep_ == XCOMP and verb.tag_ == "VBN"
                    and verb.head.lemma_.lower() in SURVIVING_GERUND_VERBS
                    and any(c.dep_ == AUXPASS and c.lower_ == "being" for c in kids(verb))))
        if hedged and charge_denier(verb) is not None and accused_denial(verb) is None:
            # "denied responsibility for killing X": denied, not alleged ("denies
            # allegations of arming X" is both: context.accused_denial)
            hedged = False
        # what a text is said to do, not how it came about: "vetoed the bill passed by
        # Congress", "failed to adopt a resolution drafted by the US" (a passive on the
        # text) say the bill was passed and the resolution drafted
        made = is_passive(verb) and verb.tag_ == "VBN"
        if made:
            pass
        elif verb.dep_ == ACL and (adopter := adopting_verb(verb.head)) is not None:
            # "failed to pass / will adopt a resolution condemning X": the body's
            # condemnation is as done as the adoption
            negated = negated or _not_adopted(adopter)
            hedged = hedged or sought(adopter)
        elif (verb.dep_ == ACL or _text_relative(verb)) and killed_text(verb.head):
            # "vetoed a resolution condemning X", "voted down a bill that would have
            # banned X": X is not condemned, not banned
            negated = True
        lemma = verb_lemma(verb)
        passive = is_passive(verb)
        yield from _under_event(verb, patients if passive else agents, negated, lexicon)
        if not passive:
            yield from _faced_events(verb, agents, negated, lexicon)
        yield from _placed_under(verb, agents, patients, negated, hedged, lexicon)
        if not passive:
            yield from _joined_events(verb, agents, negated, hedged, lexicon)
            yield from _pursued_events(verb, agents, negated, hedged, lexicon)
            for prep, noun, reach, target in _embarked_events(verb, lexicon):
                # "went on strike against Keystone": "go on strike against" Keystone
                for agent in agents:
                    yield TokenTriple(agent, verb, target, f"{lemma} {prep.lower_}",
                                      f"{lemma} {prep.lower_} {noun.lemma_.lower()} "
                                      f"{reach.lower_}", "VERB", negated, "prep", hedged)
        if not passive:
            for _, employer in walkout_employers(verb, agents):
                # "miners stopped work at mines run by Anglo American": a strike on it
                for agent in agents:
                    yield TokenTriple(agent, verb, employer, "strike", walkout(verb) or "strike",
                                      "NOUN", negated, "prep", hedged)
        yield from _judged_events(verb, patients, negated, lexicon)
        if not passive:
            yield from _tried_events(verb, agents, negated, lexicon)
            yield from _prepared_events(verb, agents, negated, lexicon)
        yield from _warranted_events(verb, negated, lexicon)
        if passive and not agents:
            # "the attack on the embassy was blamed on Hamas": Hamas attacked it (alleged)
            for patient in patients:
                yield from _blamed(verb, patient, [], negated, lexicon)
            # "Clearview was sold to Brandt": Brandt bought it
            yield from _sold_to(verb, patients, negated, hedged)
        if passive:
            # "X is not among the prisoners freed by Y": Y did not free X
            yield from _counted_among(verb, agents, lemma, lexicon)
            yield from _passive_with(verb, agents, patients, lemma, negated, hedged, lexicon)
            if not agents:
                # "was killed in a U.S. airstrike near Jilib": the strike's owner killed
                agents = _events_in(verb, patients, lexicon)
            # "killed by Russian shelling": the shelling's agent did the killing
            event_agents = _event_agents(agents, lexicon)
            if event_agents and lexicon.classify(lemma) is None and not any(
                    _violent_event(a, lexicon) for a in agents):
                # "the interpretation established by the Supreme Court ruling", "Iraq,
                # which is not bound by the quota agreement reached by OPEC": a verb of no
                # class is the agent's deed only after a violent event ("displaced by
                # Israeli strikes", "sunk by a Houthi missile attack")
                continue
            if event_agents:
                # "killed by a suspected Israeli drone strike": only suspected of Israel
                hedged = hedged or any(map(hedging_modified, agents))
                agents, pattern = event_agents, "nominal-cause"
        elif (verb.dep_ == ADVCL and verb.tag_ == "VBN" and verb.i < verb.head.i
              and is_verb(verb.head) and not agents and not patients):
            # "Hit with Western sanctions, Russia turned to China": a fronted participle
            # says what the main clause's subject underwent (whose sanctions: the noun's)
            head_agents, head_patients, _ = core(verb.head)
            undergoers = head_patients if is_passive(verb.head) else head_agents
            yield from _passive_with(verb, [], undergoers, lemma, negated, hedged, lexicon)
        if not passive:
            # "won an order from Indian Railways": Indian Railways awarded it
            yield from _awarded(verb, agents, negated, hedged)
        if not passive and lemma in BRIBE_TAKING_VERBS:
            # "took bribes from Odebrecht": Odebrecht bribed the taker
            yield from _bribed(verb, agents, negated, hedged)
        if not passive and lemma in CONCEDING_VERBS:
            # "Fidesz wins the election, defeating Magyar's party. Magyar refuses to
            # concede": Magyar -concede-> Fidesz (negated)
            yield from _conceded_to(verb, agents, negated, hedged)
        if not passive and not negated:
            # "Gunmen killed eight officers. The army blames Ansaroul Islam": Ansaroul
            # Islam killed them (alleged); "... Al-Shabaab claimed responsibility": it did
            yield from _attributed(verb, agents, patients, lexicon)
            # "A bomb killed the mayor. Prosecutors say X probably ordered the attack"
            yield from _authored(verb, agents, patients, lexicon)
        if not passive and negated:
            # "A bomb killed the mayor. The cartel said it did not order the attack"
            yield from _authored(verb, agents, patients, lexicon, negated=True)
        if not passive and not negated and lemma in DENIAL_VERBS:
            # "Drones struck a depot. Ukraine denied carrying out the attack" (the gerund
            # is left to the complements, so its denied deed is read here)
            for gerund in children_of(verb, XCOMP):
                if gerund.tag_ == "VBG" and gerund.pos_ == "VERB":
                    yield from _authored(gerund, agents, core(gerund)[1], lexicon,
                                         negated=True)
        if not negated:
            # "X claimed responsibility for a bombing that killed 14 people": X killed
            # them; "X was blamed for a car bomb that killed ..." (alleged)
            yield from _relative_deeds(verb, agents, patients, lexicon)
        if not passive:
            # "Gunmen believed to belong to JNIM killed 14 soldiers": JNIM did (alleged)
            yield from _alleged_groups(verb, agents, patients, negated, lexicon)
        if not agents:
            continue
        verb_class = lexicon.classify(lemma)
        # a verb whose class depends on its object may react to someone's proposal with
        # one reading ("prevented the adoption of X's plan": REJECT) and coerce a
        # protest's people with another ("prevented the march by Kurdish activists")
        reacts = verb_class in REACTION_CLASSES or lexicon.otherwise.get(lemma) in REACTION_CLASSES
        transfer = verb.lemma_.lower() in TRANSFER_VERBS
        double = transfer or verb.lemma_.lower() in DOUBLE_OBJECT_VERBS
        recipients, theme = _recipients(verb) if double and not passive else ([], None)
        if double and not passive and (first := _named_theme(verb)) is not None:
            # "polls showed Biden leading Trump": the first name is not what was shown
            patients = [p for p in patients if p.i != first.i]
        # (only for a verb of handing over: "the deal left Iran a path" stays)
        givers = [a for a in agents if not (transfer and _thing_giver(a, lexicon))]
        for recipient in recipients:
            patients = [p for p in patients if p.i != recipient.i]
            if transfer and generic_recipient(recipient):
                continue  # "gave its subsidiary the plant": no second party (but "denied
                # consumers the benefits" is done to them)
            # "gave Hamas money": give; "left shipowners a loophole": leave loophole; an
            # amount is the quantity, no word of the relation ("cost the government about
            # 13 billion dlrs": cost, not "cost dlrs")
            rel = lemma if transfer or theme is None or _amount_phrase(theme) \
                else f"{lemma} {theme.lemma_.lower()}"
            # what was given names the relation: "gave Biden six electoral votes" is
            # "give vote to"
            label = transfer_label(lemma, theme) if transfer else rel
            for agent in givers:
                yield TokenTriple(agent, verb, recipient, rel, label,
                                  "VERB", negated, "recipient", hedged)
        used_preps: set[int] = set()
        named_patient = support = False
        weapons: list[TokenTriple] = []
        # the bare tie or deal of a clause's own subject, held as the weapons are until a
        # "with" partner the parser hung on the verb is named ("signed a supply contract
        # yesterday with Renault": "sign contract with" Renault says what "sign | supply
        # contract" did, as when "with" hangs on the noun: :func:`object_targets`)
        ties: list[TokenTriple] = []
        if not patients and (ruling := gapped_ruling(verb)) is not None:
            # "..., a ruling that ByteDance said it would appeal": the ruling's author
            yield from _appealed(verb, agents, ruling, lemma, negated, hedged, lexicon)
        for patient in patients:
            if _said_subject(verb, patient):
                continue
            # "accepted responsibility for the murder" owns up to it, claims no deed
            # "had no role in the attack on X", "played no part in it": denied, as by "deny"
            disowned = lemma in PARTAKING_VERBS and negated
            claimed = (_claimed_event(patient, _DISOWNING_VERB if disowned else lemma, lexicon)
                       if lemma not in OWNING_VERBS else None)
            if claimed is not None:
                # "claimed responsibility for the attack on X": the claimant attacked X;
                # "denied any role in the attack on X": it did not; "did not deny /
                # never acknowledged a role in it": it may have
                noun, event, prep = claimed
                denied = (lemma in DENIAL_VERBS and not negated) or disowned
                for _, target in event_targets(noun, event):
                    for agent in agents:
                        yield TokenTriple(agent, noun, target, event,
                                          f"{lemma} {patient.lemma_.lower()} {prep} {event}",
                                          "NOUN", denied, "support-verb",
                                          hedged or (negated and not disowned))
            if ((lemma in DENIAL_VERBS and not negated) or disowned) and (
                    (act := _disowned_act(verb, patient, lexicon)) is not None):
                # "Drones struck a fuel depot. Haftar's forces deny involvement": they did
                # not strike it (negated); "denies any role in the attack" as well
                act_agents, act_patients, _ = core(act)
                for agent in agents:
                    yield from _done_for(agent, act, act_agents, act_patients, True, False,
                                         lexicon)
            yield from _blamed(verb, patient, agents, negated, lexicon)
            yield from _claimed_victory(verb, patient, agents, negated)
            event = event_lemma(patient, lexicon)
            targets = []
            # ("pressed on with attacks on X": carried on, as "continued attacks on X")
            light = verb.lemma_.lower() in LIGHT_VERBS or any(
                p.i == patient.i for p in carried_on_objects(verb))
            carrier = light or verb.lemma_.lower() in CAUSATIVE_VERBS
            if carrier and patient.lemma_.lower() in CANCELLING_NOUNS:
                # "announced the suspension of talks with X": the subject's talks, which
                # do not take place (negated by the pipeline: context.called_off)
                yield from _called_off_events(patient, agents, hedged, lexicon)
            # "called off talks with Hamas": the talks too, which do not take place (not
            # with an "of" phrase that names someone, who may be who was to act: "the
            # visit of Maduro"; "suspended the deployment of police officers to Haiti" is
            # a deployment of the subject's)
            cancelled = (bool(event) and cancelling(verb)
                         and not any(p.lower_ == "of" and any(names_something(o)
                                                              for o in pobjs(p))
                                     for p in children_of(patient, PREP)))
            # "is considering an attack on X", "seeks the extradition of Y": only intended
            sought_event = verb.lemma_.lower() in INTENT_VERBS | ATTEMPT_VERBS
            if (event and (carrier or verb_class is not None or cancelled or sought_event)
                    and not noun_agents(patient)
                    and not blamed_event(verb, patient, lexicon)
                    and not _conveyed(verb, patient, event, lexicon)):
                # ("imposed tariffs on Japanese goods": on Japan, as "on goods from Japan")
                targets = event_targets(patient, event) + [
                    (p, origin) for p, t in prep_objects(verb) if is_target_prep(p.lower_, event)
                    for origin in traded_origins(t)] + _court_hung_targets(verb, event)
                if (sought_event or verb_class in _SEEKING_CLASSES
                        or verb.lemma_.lower() in SECURING_VERBS):
                    # "demands Sentsov's release", "is expected to request his extradition":
                    # whom the sought event is done to, as in "the release of Sentsov";
                    # "secured their release" ([securing_verbs]) brings it about for them
                    targets += [(p, p) for p in noun_patients(patient, pronouns=True)]
                if carrier and not targets and event in WORK_STOPPAGE_NOUNS:
                    # "workers at RENFE staged a strike": a strike against their employer
                    targets = struck_employers(agents)
            if targets:
                # only a light or causative verb makes its subject the event's agent:
                # "launched an attack on X", "ordered an attack on X"; "uncovered /
                # survived / witnessed an attack on X" keep their verb
                if carrier:
                    rel = event
                    label = (event if light and not _renewed_tie(verb, patient)
                             else f"{lemma} {event}")
                    pos = "NOUN"
                else:
                    rel = label = f"{lemma} {event}"
                    pos = "VERB"
                support = True
                # "is considering sanctions against X", "threatened strikes on X": only
                # intended (but "planned the attack on X" presupposes the attack)
                # (what is sought is not had: "seeks the extradition of X")
                intended = ((verb.lemma_.lower() in INTENT_VERBS and not presupposed(patient))
                            or verb.lemma_.lower() in ATTEMPT_VERBS)
                placed = carrier and event in PLACE_ATTACK_NOUNS
                for prep, target in targets:
                    used_preps.add(prep.i)
                    if placed and attacked_place(target, verb) is not None:
                        continue  # "opened fire on worshippers in Kwall": on Kwall (below)
                    for agent in agents:
                        yield TokenTriple(agent, patient, target, rel, label, pos,
                                          negated, "support-verb", hedged or intended)
                        if (cancelled and not carrier and prep.lower_ != "between"
                                and patient.lemma_.lower() not in STANDING_TIES):
                            # the event itself, negated by the pipeline (called_off)
                            # ("did not call off talks": they took place; "ruled out a
                            # meeting between X and Y" is theirs, not the subject's; a
                            # tie suspended was there: "suspended aid to X" is no aid
                            # never given)
                            yield TokenTriple(agent, patient, target, event, event, "NOUN",
                                              False, "support-verb", hedged or intended)
                if carrier and lexicon.classify(event, pos="NOUN") in PLACE_TARGET_CLASSES:
                    # "launched attacks on government positions in Nangarhar": the
                    # named place of an unnamed target is attacked too
                    for place in (attacked_place(t, verb) or find_place(t) for _, t in targets
                                  if not names_something(t)):
                        for agent in agents if place is not None else ():
                            yield TokenTriple(agent, patient, place, rel, label, pos,
                                              negated, "support-verb", hedged or intended)
                continue
            named_patient = named_patient or names_something(patient)
            # "has a delegate but no congressional representative": "no" on a conjunct
            denied = negated or any(c.dep_ == DET and c.lower_ == "no" for c in kids(patient))
            reached = []
            owner = stock_company(patient)
            if owner is not None:
                # "owns 480,000 Caldera shares": "own share of" Caldera; the counted shares
                # are an amount (the pipeline leaves them out as a side)
                for agent in agents:
                    yield TokenTriple(agent, patient, owner, f"{lemma} {patient.lemma_.lower()}",
                                      f"{lemma} {patient.lemma_.lower()} of", "VERB", denied,
                                      pattern, hedged)
                continue
            if pattern in _OWN_SUBJECT_PATTERNS and not names_something(patient):
                # "refused entry to Chris Brown", "lodged a protest with Albania" (a
                # clause with its own subject, or one shared by a coordinated verb: "X
                # accused Y of ... and lodged a protest with Z"; not a participle's)
                noun = patient.lemma_.lower()
                reached = object_targets(patient)
                share = complement_actor(patient) or (
                    _holding_company(patient) if not all(map(_anyone, agents)) else [])
                if share and is_amount(patient):
                    # "holds 9.9 pct of Westbury": a share of it, as "took 34.8% of the
                    # vote" is "take share of" (the size is the quantity, no word of it)
                    noun = "share"
                for prep, target in reached + share:
                    if _instrument(verb, prep, target, [patient]):
                        continue  # "shelled the town with artillery": the means
                    support = True
                    for agent in agents:
                        yield TokenTriple(agent, patient, target, f"{lemma} {noun}",
                                          f"{lemma} {noun} {prep.lower_}", "VERB", denied,
                                          "prep" if pattern == "svo" else pattern, hedged)
                if share and is_amount(patient):
                    # "holds 9.9 pct of Westbury" is "hold share of" Westbury; the object
                    # taken for what it measures would say Regal holds Westbury
                    continue
            elif not passive and _holding_target(patient):
                # "sought approval to raise its stake in Pacific Mutual to 51 pct": the
                # holding's company is the party, as in a clause of its own
                noun = patient.lemma_.lower()
                reached = object_targets(patient)
                for prep, target in reached:
                    support = True
                    for agent in agents:
                        yield TokenTriple(agent, patient, target, f"{lemma} {noun}",
                                          f"{lemma} {noun} {prep.lower_}", "VERB", denied,
                                          pattern, hedged)
            if names_something(patient) and verb.lemma_.lower() in WARNING_VERBS:
                yield from _warned_of(verb, agents, patient, lemma, negated, pattern)
            if not passive:
                # "Kyiv says Russia shelled its positions": Kyiv's
                yield from _claimants_own(agents, verb, patient,
                                          f"{lemma} {patient.lemma_.lower()}", negated, hedged,
                                          lexicon)
            if reacts and not is_amount(patient):
                # (not "an offer of 42 dlrs a share, or about 505 mln dlrs, from X": the
                # amount's "from" is the offer's, whose reaction is its own)
                yield from _reactions(agents, verb, patient, f"{lemma} {patient.lemma_.lower()}",
                                      negated, hedged, lexicon,
                                      label=f"{lemma} {_named_kind(patient)}")
            elif foiled := _foiled_agents(verb, patient, lexicon):
                # "repelled two ground assaults by junta troops": the troops are repelled
                # ("repel assault"); the bare event noun is no participant
                support = True
                rel = f"{lemma} {patient.lemma_.lower()}"
                for owner in foiled:
                    for agent in agents:
                        if owner.i != agent.i:
                            yield TokenTriple(agent, verb, owner, rel, rel, "VERB", denied,
                                              pattern, hedged)
                continue
            if lemma in APPEALING_VERBS:
                # "the White House says it will appeal the decision": the judge's ("appeal
                # decision of" the judge, beside "appeal" the decision, which stays)
                yield from _appealed(verb, agents, patient, lemma, negated, hedged, lexicon)
                # "will challenge the result at the Supreme Court": the court the ruling
                # is taken to, no venue ("challenge result at" the court)
                yield from _appealed_before(verb, agents, patient, lemma, negated, hedged,
                                            pattern)
            said_as = _predicative(verb, patient)
            if said_as == _MISPARSED or (said_as is None and _point_follows(verb, patient)):
                continue
            goal = goal_phrase(verb, patient)
            if goal is not None and not taken_party(patient):
                # "took the dispute to the GATT council": "take | dispute" reads as
                # accepting it; the "to" triple ("take dispute to") says what was done
                # (a party taken somewhere is a participant of its own, and the place goes
                # in its relation: "took the government to arbitration" is "take to
                # arbitration" the government, :func:`second_complement`)
                if goal.head.i == patient.i and not reached:
                    # on the object, which only a clause's own object reaches above
                    # ("... and might take the dispute to the GATT council")
                    noun = patient.lemma_.lower()
                    for target in pobjs(goal):
                        if names_something(target):
                            for agent in agents:
                                yield TokenTriple(agent, patient, target, f"{lemma} {noun}",
                                                  f"{lemma} {noun} to", "VERB", denied,
                                                  "prep" if pattern == "svo" else pattern,
                                                  hedged)
                continue
            if said_as is None and any(prep.lower_ != "against" for prep, _ in reached):
                # "lodged a protest with X" says more than "lodged a protest"; but "joined
                # the coalition against X" says something else (X is the opponent)
                continue
            if reached and _holding_target(patient):
                # "raised its stake in Dexter to 9.8 pct": "raise stake in" Dexter says it
                # (the amount goes with it); "raise to 9.8 pct | stake" has only the size
                # of a holding for its object
                continue
            if _count_put_at(verb, patient):
                # "put the number of strikers at 150,000": an estimate of a count; "put |
                # strikers" is no act on the strikers
                continue
            if lemma == HAVE and (patient.lemma_.lower() in HELD_FIGURES or is_amount(patient)
                                  or _held_count(patient)):
                # "had sales of 286 mln dlrs": "have sales" loses the figure and relates
                # no one; nor does "has about 23,000 fighters", a size
                continue
            label = lemma if said_as is None else f"{lemma} {said_as}"
            if said_as is None and _share_of(patient):
                # "took 34.8% of the vote": "take share of" the vote ("take" it loses that
                # only a share was taken)
                label = f"{lemma} share of"
            place = (attacked_place(patient, verb)
                     if verb.lemma_.lower() in PLACE_ATTACK_VERBS else None)
            if place is not None:
                # "militants attacked villagers in the town of Kaduna", "civilians were
                # attacked by rebels in Beni": an attack on the place (and no second
                # "attack villager in" triple)
                named_patient = True
                for agent in agents:
                    yield TokenTriple(agent, verb, place, lemma, label, "VERB", denied,
                                      pattern, hedged)
                continue
            rebuffed = not denied and _rebuffed_proposal(verb, patient, lexicon)
            for agent in agents:
                triple = TokenTriple(agent, verb, patient, lemma, label, "VERB", denied,
                                     pattern, hedged)
                if not names_something(patient) and verb.lemma_.lower() in AIM_VERBS:
                    weapons.append(triple)  # yielded unless an "at" triple names them
                elif _bare_tie(patient, pattern):
                    ties.append(triple)  # yielded unless a "with" triple names the partner
                else:
                    yield triple
                if rebuffed:
                    # "the board rejected the offer": the offer is not accepted (negated)
                    yield TokenTriple(agent, verb, patient, _ACCEPTING_VERB, _ACCEPTING_VERB,
                                      "VERB", True, pattern, hedged)
                if not denied and lemma in STATE_KEEPING_VERBS and said_as in UNCHANGED_STATES:
                    # "the Bundesbank left its discount rate unchanged": the rate was not
                    # changed (negated; not "did not leave it unchanged")
                    yield TokenTriple(agent, verb, patient, _CHANGING_VERB, _CHANGING_VERB,
                                      "VERB", True, pattern, hedged)
        for subject, said in _small_clauses(verb):
            # "declared the outbreak a pandemic / to be a pandemic"
            for agent in agents:
                yield TokenTriple(agent, verb, subject, lemma, f"{lemma} {said}", "VERB",
                                  negated, pattern, hedged)
        named_prep = False
        # (the "to" of what is given, the "at" of what is fired, hung on the object)
        recipients_of_object = (_object_phrases(verb, patients, "to") if transfer else []) + (
            _object_phrases(verb, patients, "at") if verb.lemma_.lower() in AIM_VERBS else []) + (
            # the "near" of forces got ready: "massing troops near the border" (as on the
            # verb, :func:`~extract.rules.base.prep_objects`)
            _object_phrases(verb, patients, "near")
            if verb.lemma_.lower() in READYING_VERBS else [])
        # what was sent, taken or drawn names the relation: "sent condolences to X" is
        # "send condolence to", "took the decision to X" "take decision to"
        thing = next((p for p in patients if not names_something(p)), None)
        # a thing named by its modifiers names what is given all the same: "awarded an
        # Air Force contract to X" is "award contract to", "sold its Malaysian stores to
        # X" "sell store to" (not the bare "award to", "sell to")
        given = thing if thing is not None else next(
            (p for p in patients if p.pos_ == "NOUN" and not p.ent_type_), None)
        for prep, obj in _laid_on_origins(prep_objects(verb), thing) + received_from(
                verb, patients) + recipients_of_object:
            # "withdraw from its positions on Mount Hermon": from Mount Hermon
            obj = placed_target(prep, obj) or obj
            if (prep.i in used_preps or _setting_of_talk(verb, prep, obj) or _circumstance(obj)
                    or _setting_place(verb, prep, obj) or platform(prep, obj)
                    or _measure_point(verb, prep, obj) or _manner(prep, obj)
                    or prep.lower_ in CAUSE_PREPS):
                continue
            named = names_something(obj)
            if (not named and walkout(verb) == f"{lemma} {prep.lower_}"
                    and walkout_employers(verb, agents)):
                # "walked off the job at Safeway": the idiom's own noun is no party when
                # the employer the stoppage is against is named (walkout_employers)
                continue
            movers = [m for m in admitted(verb, prep) if names_something(m) and m.i != obj.i]
            if movers and named:
                # "Egypt allowed Hamas officials into Cairo": the officials enter Cairo;
                # the place is not let in ("allow into" Cairo; an unnamed mover keeps it)
                for mover in movers:
                    yield TokenTriple(mover, verb, obj, "enter", "enter", "VERB", negated,
                                      "control", hedged)
                continue
            if (_where_put(prep, obj, patients) or _with_what(prep, obj, thing)
                    or _instrument(verb, prep, obj, patients)
                    or _route(prep, obj, patients) or _on_board(prep, obj)
                    or _before_level(verb, prep, patients)
                    or (any(_moved(verb, p) == (prep, obj) for p in patients)
                        and not (_party_noun(obj) or actor_noun(obj) or named_group(obj)))
                    or any(e[1].i == obj.i for e in _embarked_events(verb, lexicon))):
                # ("evacuated residents from homes": the svo triple's "evacuate from home";
                # not a party: "suspended interest payments to banks")
                continue
            if transfer and prep.lower_ == "to":
                if generic_recipient(obj):
                    continue  # "sold two mln shares to the public": no second party
                for agent in givers:
                    yield TokenTriple(agent, verb, obj, lemma, transfer_label(lemma, given),
                                      "VERB", negated, "recipient", hedged)
                named_prep = named_prep or named
                continue
            if (passive and thing is not None and prep.lower_ == "on"
                    and verb.lemma_.lower() in IMPOSING_VERBS):
                # "tariffs were imposed on Canada by the United States": laid on Canada
                rel = f"{lemma} {thing.lemma_.lower()}"
                for agent in agents:
                    yield TokenTriple(agent, verb, obj, rel, f"{rel} on", "VERB", negated,
                                      pattern, hedged)
                continue
            # what a weapon is fired at is a target, named or not: "fired tear gas at
            # protesters"
            aimed = prep.lower_ == "at" and verb.lemma_.lower() in AIM_VERBS
            if passive and aimed:
                # "rockets were fired at Israel by Hezbollah": aimed at Israel, as "fired
                # rockets at Israel"
                for agent in agents:
                    yield TokenTriple(agent, verb, obj, f"{lemma} at",
                                      place_label(lemma, thing, "at"), "VERB", negated,
                                      pattern, hedged)
                continue
            if passive or (patients and not named and prep.lower_ not in DATIVE_PREPS
                           and not aimed):
                continue
            if _reason(verb, prep, named_patient):
                continue
            if (any(verb.i < p.i < prep.i for p in patients)
                    and (verb.lemma_.lower() in COMPARING_VERBS and prep.lower_ in ("to", "with")
                         or verb.lemma_.lower() in NAMING_VERBS and prep.lower_ == "for")):
                # "likened Israel to X", "called Nevada for Biden": the object's triple
                # carries "to X", "for Biden" ("call for Biden" is no appeal)
                continue
            named_prep = named_prep or named
            rel = f"{lemma} {prep.lower_}"
            label = _adjective_label(verb, place_label(lemma, thing, prep.lower_), prep)
            if (label == rel and any(c.dep_ == ADVMOD and c.lower_ in FOCUSING_ADVERBS
                                     for c in kids(prep))
                    and not any(p.lower_ == prep.lower_ and p.i < prep.i
                                for p in children_of(verb, PREP))):
                # "knew about his son's deals, particularly with China": the phrase
                # elaborates the noun before it ("know with China" is meaningless);
                # "criticized arms sales, especially to X" keeps it ("criticize sale to"),
                # "spoke with leaders, especially with Macron" repeats the verb's own
                continue
            said_as = _said_as(verb, prep, obj)
            if said_as is not None:
                label = f"{label} {said_as}"  # "referred to hecklers as ugly folks"
            asked = _asked_to(verb, obj)
            if asked is not None:
                # "called on Israel to halt construction" ("call on to halt construction");
                # "appealed to Turkey to open its border" ("appeal to open border")
                label = (f"{label[:-3]} {asked}" if label.endswith(" to")
                         and asked.startswith("to ") else f"{label} {asked}")
            if (aimed and thing is not None and obj.ent_type_ not in PLACE_TYPES
                    and obj.pos_ != "PROPN"):
                # "fired tear gas at protesters": "fire gas at" protesters says what was
                # fired; the weapon alone ("fire | tear gas") is no second triple (a
                # place or name aimed at may yet be read as a setting: "launched
                # missiles at Ukraine", "fired rockets at Ashkelon" keep the weapon)
                weapons.clear()
            if named and prep.lower_ in PARTNER_PREPS and thing is not None and any(
                    t.predicate.i == verb.i and t.object.i == thing.i for t in ties) and not any(
                    c.dep_ == ADVMOD and c.lower_ in _COAGENT_ADVERBS for c in kids(prep)) and (
                    thing.lemma_.lower() in RECIPROCAL_NOUNS or concluded_partner(obj)):
                # "sign contract with" Renault: the bare "sign | contract" goes (but
                # "signed the accord *together* with France": France signed it too, no
                # partner of the subject's tie, so the bare one stays; nor does a named
                # thing a settlement is reached with: "reached a bargain with Chinese help")
                ties.clear()
            for agent in agents:
                yield TokenTriple(agent, verb, obj, rel, label, "VERB", negated,
                                  "prep" if pattern == "svo" else pattern, hedged)
            if reacts:
                yield from _reactions(agents, verb, obj,
                                      f"{lemma} {prep.lower_} {obj.lemma_.lower()}",
                                      negated, hedged, lexicon)
        yield from weapons
        yield from ties
        # where something was said is not what it is about ("said in Jerusalem"), but
        # where a thing was declared is ("declared a state of emergency in Louisiana")
        # a proper name the NER left untyped is a named patient too: "sued Facebook in
        # Austria" has Facebook as its object, and "sue in Austria" reads as suing Austria
        if not passive and not (named_patient or named_prep or support) and not any(
                p.pos_ == "PROPN" and not p.ent_type_ for p in patients) and all(
                names_something(a) for a in agents) and (
                patients or verb.lemma_.lower() not in _SPEAKING_VERBS):
            place = place_of(verb, patients)
            if place is not None and verb.lemma_.lower() in HEARER_VERBS:
                # "told reporters in Miami", "told dpa in Frankfurt": where the hearer was
                # told, no party to the telling
                place = None
            if place is not None and not patients and any(
                    other.lower_ == place[0] and other.i != place[1].head.i
                    and any(not is_place(o) for o in children_of(other, POBJ))
                    for other in children_of(verb, PREP)):
                # "invested in research in Texas": "invest in" Texas reads as the object
                place = None
            if place is not None and _rulers_seat(place[1]):
                # "blames the attacks on the Soviet-backed government in Kabul": the
                # place, hung on the verb by the parser, says which government
                place = None
            if (place is not None and patients and verb.lemma_.lower() in GROUND_ATTACK_VERBS
                    and not any(_place_target(p, lexicon) for p in patients)
                    and not names_country(place[1].text)):
                # a ground attack on a thing of its own in a town or province ("raided a
                # house in the Zambian town of Livingstone", "attacked a farm cooperative
                # in Jinotega province"): the house was raided, and the town is only where
                # (the object triple's ``place``; the blind judges: "place as object; house
                # is target"); the place is the target when what is attacked is a part of
                # it ("attacked two villages in X"), the place is a country (as event
                # data codes it: "attacked a convoy in Mali"), or the fire comes from
                # afar ("struck a fuel depot in Nyala": not :data:`GROUND_ATTACK_VERBS`)
                place = None
            if place is not None:
                prep, token = place
                rel = f"{lemma} {prep}"
                # the thing done there names the relation: "held a convention in
                # Orlando" is "hold convention in", not "hold in"
                label = place_label(lemma, patients[0] if patients else None, prep)
                if token.head.lower_ == prep:
                    # "made landfall in X" (the noun tagged an adjective): "make landfall
                    # in", as the prepositional triple reads "tested positive for"
                    label = _adjective_label(verb, label, token.head)
                for agent in agents:
                    yield TokenTriple(agent, verb, token, rel, label, "VERB", negated,
                                      "place", hedged)


def _rulers_seat(place: Token) -> bool:
    """Whether a named place right after a prepositional phrase of the clause whose noun
    is a word of rulers (:data:`~extract.lexicon.RULING_HEADS`) is that government's seat,
    hung on the verb or its object by the parser: "blames the attacks on the
    Soviet-backed government in Kabul", "blamed the attacks on the government in
    Khartoum"."""
    start = place.head.left_edge.i if place.head.dep_ == PREP else place.left_edge.i
    before = place.doc[start - 1] if start > 0 else None
    return (before is not None and before.lemma_.lower() in RULING_HEADS
            and before.dep_ == POBJ)


def _place_target(patient: Token, lexicon: EventLexicon) -> bool:
    """Whether the unnamed object of a verb of attack leaves the named place after it to
    stand as what is attacked (the ``place`` pattern): a part of a place (:data:`~extract.lexicon.
    PLACE_HEADS`: "bombed two villages in X", "shelled border towns in X"), a vague head
    (:data:`~extract.lexicon.VAGUE_HEADS`: "struck positions in X"), or armed forces or
    weapons, which are put or kept there (:data:`~extract.lexicon.MILITARY_HEADS`,
    ``@materiel`` of :mod:`extract.events`' senses: "massed troops in Kashmir", "reduce
    its missiles in Europe"), or a measure or control laid on it (``@measure``,
    ``@territorial``: "lifted a curfew in Montenegro", "imposed a lockdown in Shanghai",
    "seized control in X"); or an event, which happens there (an event noun of the
    lexicon: "held a rally in Ohio", "continued its offensive in Donetsk oblast", "made
    landfall in Florida"). A thing of its own is the target and the place only where it
    is: "raided a house in X", "attacked a farm cooperative in X"."""
    senses = default_senses()
    return lexicon.is_event_noun(patient.lemma_) or bool(
        {patient.lemma_.lower(), patient.lower_} & (
            PLACE_HEADS | VAGUE_HEADS | MILITARY_HEADS | senses.materiel | senses.measure
            | senses.territorial))


def _bare_tie(patient: Token, pattern: str) -> bool:
    """Whether a clause's own object is a bare tie or deal between partners
    (:data:`~extract.lexicon.RECIPROCAL_NOUNS`: "signed a supply contract", "broke off
    relations"; or a concluded one, :func:`~extract.rules.base.concluded_tie`: "sealed a
    bargain"), whose partner a "with" phrase on the verb may name; not a name, nor the
    object of a participle (whose subject is another clause's)."""
    return (pattern in _OWN_SUBJECT_PATTERNS and not names_something(patient)
            and (patient.lemma_.lower() in RECIPROCAL_NOUNS or concluded_tie(patient)))


def struck_employers(agents: list[Token]) -> list[tuple[Token, Token]]:
    """The named employers of workers who stop work, as (preposition, employer): "workers
    at the state railway RENFE staged a strike" (RENFE), "employees of Delta Air Lines
    began a walkout" (Delta): the "at" or "of" phrase of a subject whose head is a word
    of workers (``@labour`` of :mod:`extract.events`' senses); the stoppage is against
    that employer, as "went on strike against X" says. A place is where they work, no
    employer: "workers at Antwerp", "teachers of Chicago" (:func:`is_place`).

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("workers at Renfe staged a strike", '''
    ...     3 nsubj NOUN worker NNS
    ...     0 prep ADP at IN
    ...     1 pobj PROPN Renfe NNP
    ...     3 ROOT VERB stage VBD
    ...     5 det DET a DT
    ...     3 dobj NOUN strike NN''', ents={"Renfe": "ORG"})
    >>> struck_employers([doc[0]])
    [(at, Renfe)]
    """
    # (the phrase may hang on the first of conjoined workers: "engineers and clerical
    # workers at British Telecom"; a name the NER left untyped names the employer too)
    if not any(a.lemma_.lower() in default_senses().labour for a in agents):
        return []
    return [(prep, employer) for agent in agents
            for prep in children_of(agent, PREP) if prep.lower_ in _EMPLOYER_PREPS
            for t in pobjs(prep) for employer in [appositive_name(t, ACTOR_TYPES)]
            if (names_something(employer) or employer.pos_ == "PROPN")
            and not is_place(employer)]


#: Prepositions of a worker noun that name the employer ("workers at X", "employees of X").
_EMPLOYER_PREPS = frozenset({"at", "of"})


def walkout(verb: Token) -> str | None:
    """The words of a verb by which workers stop work of their own accord, no event noun
    (:data:`~extract.lexicon.WALKOUT_VERBS`): "walked off the job" (walk off), "walked
    out" (walk out), "stopped work" (stop work), "struck" with no object (strike); and
    "went on strike" (an embarking verb with a word of :data:`~extract.lexicon.
    WORK_STOPPAGE_NOUNS` after "on"). None for another verb: "struck the depot",
    "stopped the convoy", "walked into the room"."""
    lemma = verb.lemma_.lower()
    objects = children_of(verb, DOBJ)
    phrases = [verb_lemma(verb)] if not objects or verb_lemma(verb) != lemma else []
    # ("walked off the job": "off" parsed as a preposition)
    phrases += [f"{lemma} {t.lower_ if t.dep_ == PREP else t.lemma_.lower()}"
                for t in objects + children_of(verb, PREP)]
    for phrase in phrases:
        if phrase in WALKOUT_VERBS:
            return phrase
    if lemma in EMBARKING_VERBS and any(n.lemma_.lower() in WORK_STOPPAGE_NOUNS
                                        for p in children_of(verb, PREP) if p.lower_ == "on"
                                        for n in pobjs(p)):
        return f"{lemma} on strike"
    return None


def labour_side(agent: Token) -> bool:
    """Whether an agent is workers or a union (``@labour`` of :mod:`extract.events`'
    senses): its head ("miners", a compound of one: "steelworkers"), a word of its name
    ("the National Union of Mineworkers"), the head or name of its "of" phrase, or members
    of a group ("9,000 members of the Metal Trades Council", "300,000 of its members")."""
    sides = [agent] + [o for p in children_of(agent, PREP) if p.lower_ == "of"
                       for o in pobjs(p)]
    for side in sides:
        words = [side] + ([t for t in side.doc[side.left_edge.i:side.i + 1] if t.ent_type_]
                          if side.ent_type_ else [])
        if any(_labour_word(w.lemma_.lower()) or _labour_word(w.lower_) for w in words):
            return True
        if side.lemma_.lower() in MEMBERSHIP_HEADS and (
                children_of(side, POSS) or any(p.lower_ == "of" and names_something(o)
                                               for p in children_of(side, PREP)
                                               for o in pobjs(p))):
            return True
    return False


def _labour_word(word: str) -> bool:
    """Whether a word is one of workers or a union, or a closed compound ending in one
    ("steelworkers", "mineworkers": three letters or more before it)."""
    return any(word == w or (word.endswith(w) and len(word) - len(w) >= 3)
               for w in default_senses().labour)


def workplace_employers(place: Token) -> list[Token]:
    """The named employers of a workplace after "at": a name itself ("at Renault"), or
    the owner a common noun of the workplace names: its "of" phrase ("the Electric Boat
    shipyard of General Dynamics"), its possessor ("Anglo American's mines") or the agent
    of its participle ("mines run by Anglo American"); else a company's name before it
    ("the Volvo plant"). A place is where, no employer ("at Antwerp", "at plants in Sao
    Paulo", "at the Ohio plant")."""
    employer = appositive_name(place, ACTOR_TYPES)
    if employer.ent_type_ or employer.pos_ == "PROPN":
        return [] if is_place(employer) else [employer]
    found = []
    for child in kids(place):
        if child.dep_ == POSS:
            found.append(child)
        elif child.dep_ == PREP and child.lower_ == "of":
            found += pobjs(child)
        elif child.dep_ == ACL and child.tag_ == "VBN":
            found += [o for a in kids(child) if a.dep_ == AGENT for o in pobjs(a)]
    found = [e for e in found if (names_something(e) or e.pos_ == "PROPN") and not is_place(e)]
    # "the Electric Boat shipyard": a workplace named for a company is the employer ("the
    # Ohio plant" is only where)
    named = any(c.dep_ == COMPOUND and c.ent_type_ == "ORG" for c in place.lefts)
    return found or ([place] if named and not is_place(place) else [])


def walkout_employers(verb: Token, agents: list[Token]) -> list[tuple[Token, Token]]:
    """The employers a walkout (:func:`walkout`) by workers or a union (:func:`labour_side`)
    is against, as (preposition, employer): named "at" the workplace, on the verb or on
    its object ("walked off the job at the Kessler plant of Ford", "stopped work at mines
    run by Anglo American": Ford, Anglo American), or by the workers' own "at" or "of"
    phrase (:func:`struck_employers`: "employees of Delta struck"). [] for no walkout, no
    labour side ("the delegates walked out at the United Nations") or only a place.

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("miners stopped work at mines of Anglo", '''
    ...     1 nsubj NOUN miner NNS
    ...     1 ROOT VERB stop VBD
    ...     1 dobj NOUN work NN
    ...     1 prep ADP at IN
    ...     3 pobj NOUN mine NNS
    ...     4 prep ADP of IN
    ...     5 pobj PROPN Anglo NNP''', ents={"Anglo": "ORG"})
    >>> walkout_employers(doc[1], [doc[0]])
    [(at, Anglo)]
    >>> walkout_employers(doc[1], [doc[6]])
    []
    """
    if walkout(verb) is None or not any(labour_side(a) for a in agents):
        return []
    # ("at" on the verb, on the workers, or on the verb's object: "the job at X")
    holders = [verb, *agents, *children_of(verb, DOBJ),
               *(o for p in children_of(verb, PREP) if p.lower_ != "at" for o in pobjs(p))]
    found = [(prep, employer) for holder in holders for prep in children_of(holder, PREP)
             if prep.lower_ == "at" for place in pobjs(prep)
             for employer in workplace_employers(place)]
    # (the workers' own "at" phrase is read above; their "of" phrase names the employer)
    return found + [pair for pair in struck_employers(agents) if pair[0].lower_ == "of"]


def _foiled_agents(verb: Token, patient: Token, lexicon: EventLexicon) -> list[Token]:
    """The named agents of the event noun a verb keeps from happening
    (:data:`~extract.lexicon.FOILING_VERBS`): "the army repelled an RSF probe" (the
    RSF), "its fighters repelled two ground assaults by junta troops" (the troops),
    "police foiled a plot by Islamic State" (Islamic State). Whoever's attack is
    repelled or plot foiled is the one repelled or foiled; [] for another verb or an
    object that is no event noun ("repelled the invaders" names them itself).

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("Kyiv repelled a Russian assault", '''
    ...     1 nsubj PROPN Kyiv NNP
    ...     1 ROOT VERB repel VBD
    ...     4 det DET a DT
    ...     4 amod ADJ Russian JJ
    ...     1 dobj NOUN assault NN''', ents={"Kyiv": "GPE", "Russian": "NORP"})
    >>> _foiled_agents(doc[1], doc[4], default_lexicon())
    [Russian]
    >>> _foiled_agents(doc[1], doc[0], default_lexicon())
    []
    """
    if verb.lemma_.lower() not in FOILING_VERBS or patient.pos_ != "NOUN":
        return []
    if event_lemma(patient, lexicon) is None and not _attempted(verb, patient):
        return []
    return noun_agents(patient)


def _attempted(verb: Token, patient: Token) -> bool:
    """Whether ``patient`` is a noun of intending to do what its "to" infinitive says
    (:data:`~extract.lexicon.INTENTION_NOUNS`: "an attempt by the Taliban to storm a
    police station", "a bid by Wagner fighters to seize the airport"), the infinitive on the
    noun, on its "by" phrase or on the verb after it (the parse's purpose): whose attempt a
    verb of fighting off or foiling stops is who is fought off ("repelled an attempt by X
    to storm Y": X is repelled). Not a noun with no infinitive ("thwarted a plan by the
    council": its plan is a thing, no one fought off)."""
    if patient.lemma_.lower() not in INTENTION_NOUNS:
        return False
    hosts = [patient, *(p for prep in children_of(patient, PREP) if prep.lower_ == "by"
                        for p in pobjs(prep))]
    clauses = [c for host in hosts for c in kids(host) if c.dep_ in (ACL, XCOMP, RELCL)]
    clauses += [c for c in kids(verb) if c.dep_ in (ADVCL, XCOMP) and c.i > patient.i]
    return any(to_infinitive(c) for c in clauses)


def _count_moved(verb: Token) -> bool:
    """Whether an -ing adjunct only moves a running count
    (:data:`~extract.lexicon.RUNNING_COUNTS`): "struck Gaza City, raising the death toll
    to 40,000", "shelled El Fasher, taking the tally of dead to 300" say what the count
    came to, not what the subject did (a finite clause is someone's revision: "the
    agency increased the death toll to six").

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["hit", "Kyiv", ",", "raising", "the", "toll"],
    ...           heads=[0, 0, 0, 0, 5, 3], deps=["ROOT", "dobj", "punct", "advcl", "det", "dobj"],
    ...           tags=["VBD", "NNP", ",", "VBG", "DT", "NN"],
    ...           lemmas=["hit", "Kyiv", ",", "raise", "the", "toll"])
    >>> _count_moved(doc[3]), _count_moved(doc[0])
    (True, False)
    """
    if verb.tag_ != "VBG" or verb.dep_ not in (ADVCL, ACL):
        return False
    objects = [c for c in kids(verb) if c.dep_ == DOBJ]
    return bool(objects) and all(o.lemma_.lower() in RUNNING_COUNTS for o in objects)


def _count_put_at(verb: Token, patient: Token) -> bool:
    """Whether a clause only puts a count at a figure: "the Home Ministry put the number
    of arrests at 2,139", "placed the number of dead at 40" (a verb of
    :data:`~extract.lexicon.FIGURE_PLACING_VERBS`, a count noun,
    :data:`~extract.lexicon.COUNT_NOUNS`, the object or the noun whose "of" phrase the
    object is, and an "at" phrase with a number on the verb). The clause says how many,
    not what was done to the people or things counted ("put | strikers"); a verb with a
    sense of its own keeps its triple ("estimated the death toll at 40", "sets the number
    of justices at nine").
    """
    if verb.lemma_.lower() not in FIGURE_PLACING_VERBS:
        return False
    count = patient
    if (patient.dep_ == POBJ and patient.head.lower_ == "of"
            and patient.head.head.lemma_.lower() in COUNT_NOUNS):
        count = patient.head.head
    if count.lemma_.lower() not in COUNT_NOUNS or count.head.i != verb.i:
        return False
    return any(prep.lower_ == "at" and any(
        o.like_num or o.ent_type_ in COUNT_TYPES or any(c.dep_ == NUMMOD for c in kids(o))
        for o in pobjs(prep)) for prep in children_of(verb, PREP))


def _barred_by_sought_order(verb: Token) -> bool:
    """Whether a gerund is the trade in unnamed goods that an order only asked for would
    stop: "the suit seeks an injunction barring Minolta from selling the cameras", "asked
    the court for an order blocking Samsung from importing the phones" (a participle of
    preventing, :data:`~extract.lexicon.PREVENTING_VERBS`, on a noun that is sought:
    :func:`~extract.context.sought`, or the object of a verb of requesting,
    :data:`~extract.lexicon.REQUESTING_VERBS`; an object that names nothing). The news
    is the suit; "Minolta | sell | cameras" is neither stated nor denied by it, and the
    wire judges read it as wrong either way ("selling is stated fact; event is injunction
    sought"). What names a party or a product is the dispute itself and stays hedged
    ("seeking an order preventing Microsoft from buying Activision", "from distributing
    Fortnite"), as do an order issued ("a judge issued an injunction barring X from buying
    Y") and a clause of preventing ("the suit seeks to block X from buying Y").
    """
    gerund = verb.head if verb.dep_ == CONJ and verb.head.dep_ == PCOMP else verb
    if gerund.dep_ != PCOMP or gerund.head.lower_ != "from":
        return False
    governor = gerund.head.head
    things = children_of(verb, DOBJ)
    if not (governor.dep_ == ACL and governor.tag_ == "VBG"
            and governor.lemma_.lower() in PREVENTING_VERBS
            and things and not any(map(names_something, things))):
        return False
    if sought(governor):
        return True
    order = governor.head
    while order.dep_ == CONJ:
        order = order.head  # "seeks damages and an injunction barring X"
    if order.dep_ == POBJ and order.head.lower_ == "for":
        order = order.head  # "asked the court for an order blocking X"
    return (order.dep_ in (DOBJ, PREP)
            and order.head.lemma_.lower() in REQUESTING_VERBS)


def _text_relative(verb: Token) -> bool:
    """Whether a relative clause says what the noun it is on does, the relative pronoun
    its subject: "a bill that would have banned X" (not "the bill which X drafted")."""
    return verb.dep_ == RELCL and any(c.dep_ == NSUBJ and c.tag_ in RELATIVE_TAGS
                                      for c in kids(verb))


def _passive_infinitive(verb: Token) -> bool:
    """Whether a subject-control infinitive is a passive with its own "by" agent, which
    the complement rule leaves: "Perez Molina has yet to be charged by prosecutors", "is
    expected to be extradited by Kenya" (not after a verb of failure, refusal, denial or
    stopping, whose reading is the complement rule's)."""
    return (is_passive(verb) and any(c.dep_ == AGENT for c in kids(verb))
            and verb.head.lemma_.lower() not in NOT_DONE_VERBS)


def _raised(verb: Token) -> bool:
    """Whether an infinitive's subject is that of the passive verb it completes: "Iran
    and Saudi Arabia are set to hold talks", "are expected to meet" (no object of its
    own: "were urged by X to ...", "were asked to" have one)."""
    head = verb.head
    return (verb.dep_ == XCOMP and is_verb(head) and is_passive(head)
            and not children_of(head, *OBJ_DEPS))


#: Verbs whose complement did not happen by failure, refusal or denial; with a verb that
#: stops it (:func:`~extract.rules.base.ceases`, not "ended up"), those whose complement
#: is not done (:data:`~extract.lexicon.NOT_DONE_VERBS`).
_UNDONE_OR_DENIED_VERBS = UNDONE_VERBS | DENIAL_VERBS


def _acting_head(subject: Token) -> bool:
    """Whether a plural head acts for the side that owns it: a state, member or leader head
    (:data:`~extract.lexicon.MEMBER_HEADS`, :data:`~extract.lexicon.LEADER_ROLES`,
    :data:`~extract.lexicon.STATE_ROLES`: "troops", "officials", "leaders"), not "fans",
    "farmers" or "scientists", who are no side of their country."""
    lemma = subject.lemma_.lower()
    return subject.tag_ in PLURAL_NOUN_TAGS and (
        lemma in MEMBER_HEADS or subject.lower_ in MEMBER_HEADS or lemma in LEADER_ROLES
        or lemma in STATE_ROLES)


def _plural_owners(subject: Token) -> list[Token]:
    """The named sides an "of" phrase gives a plural head that acts for them: "the leaders
    of India and China", "the foreign ministers of Peru and Chile", "the armies of Sudan
    and South Sudan" (a state, member or leader head: :data:`~extract.lexicon.MEMBER_HEADS`,
    :data:`~extract.lexicon.LEADER_ROLES`, :data:`~extract.lexicon.STATE_ROLES`); none for
    another head ("the supporters of Arsenal and Chelsea") or one owner."""
    if subject.tag_ != "NNS" or not _acting_head(subject):
        return []
    for prep in children_of(subject, PREP):
        if prep.lower_ != "of":
            continue
        for owner in pobjs(prep):
            if any(c.dep_ == CC and c.lower_ == "and" for c in kids(owner)):
                named = [o for o in with_conjuncts([owner]) if names_something(o)]
                return named if len(named) > 1 else []
    return []


def joint_sides(subject: Token, verb: Token | None = None) -> list[Token]:
    """The sides a subject of a reciprocal act names, or fewer than two when it names
    no pair: a description of a pair ("the two countries", "both sides": the one token
    twice, resolved each of the two to the other), named conjuncts joined by "and"
    ("Putin and Erdogan"; "Kyrgyz border guards and Tajik troops", whose nationality
    modifies a compound), or nationalities joined by "and" before one plural head
    ("Indian and Pakistani troops", "Thai and Cambodian forces": each nationality
    word stands for its side, when the head acts for it: not "Indian and Pakistani
    fans"; :func:`_acting_head`), or names joined in the "of" phrase of a plural head that
    acts for them ("the leaders of India and China": :func:`_plural_owners`); these two
    not when ``verb`` is one that one force does side by side ("British and French troops
    fought in Mali", "the armies of Chad and Niger fought Boko Haram";
    :data:`~extract.lexicon.SIDE_BY_SIDE_VERBS`).
    """
    if pair_types(subject):
        return [subject, subject]
    if any(c.dep_ == CC and c.lower_ == "and" for c in kids(subject)):
        return [s for s in with_conjuncts([subject]) if names_something(s) or any(
            names_something(c) for c in children_of(s, COMPOUND))]
    if verb is not None and verb.lemma_.lower() in SIDE_BY_SIDE_VERBS:
        return []
    owners = _plural_owners(subject)
    if owners or not _acting_head(subject):
        # "Indian and Pakistani fans clashed": fans are no side of their countries
        return owners
    for mod in children_of(subject, AMOD, COMPOUND, NMOD):
        if country_word(mod) and any(c.dep_ == CC and c.lower_ == "and" for c in kids(mod)):
            words = with_conjuncts([mod])
            return words if all(map(country_word, words)) else []
    return []


#: Classes of a verb that judges, backs, rejects or watches an act rather than doing it
#: ("China and Russia condemned the drills": they held none together).
_JUDGING_CLASSES = frozenset({"SUPPORT", "REJECT", "DISAPPROVE", "CONCEDE", "PROTEST",
                              "INVESTIGATE"})

#: Classes of an event two can do with each other when said to be joint: none, or one of
#: meeting and working together ("a joint statement", "joint patrols", "a joint
#: venture"); any other is aimed at a third ("joint sanctions", "a joint protest",
#: "joint air strikes").
_MUTUAL_CLASSES = frozenset({None, "CONSULT", "COOPERATE", "AGREE"})

#: Classes of a verb by which onlookers judge or watch an event between others ("China and
#: Russia criticised the talks", "welcomed the truce", "are investigating the clashes"),
#: which then is no event between them (see :func:`_joint_event`); accepting or rejecting
#: one is the parties' own (:data:`_JUDGING_CLASSES` rules out the other joint readings).
_ONLOOKER_CLASSES = frozenset({"SUPPORT", "DISAPPROVE", "PROTEST", "INVESTIGATE"})

#: Classes of a joint act that is itself a tie between those who do it (see
#: :func:`_joint_event`).
_TIE_CLASSES = frozenset({"COOPERATE", "AGREE"})


def _joint_event(noun: Token, verb: Token, lexicon: EventLexicon) -> str | None:
    """The event conjoined subjects do together, each with the other, when ``noun`` is
    their verb's object: a reciprocal event ("talks", "a treaty";
    :data:`~extract.lexicon.RECIPROCAL_NOUNS`), a lasting tie between them of no event of
    its own ("established diplomatic relations", "signed a trade protocol": one of
    :data:`~extract.lexicon.STANDING_TIES` too; not a "dispute" they end), an activity done
    together ("air force drills"; :data:`~extract.lexicon.JOINT_ACTIVITY_NOUNS`) or any
    event or act said to be joint ("a joint statement", "a joint operation";
    :data:`~extract.lexicon.JOINT_MODIFIERS`); None for any other ("signed a letter",
    "launched strikes"), for one each did apart ("held separate drills", "rival
    exercises": :data:`~extract.lexicon.APART_MODIFIERS`), for an act said to be joint that
    is aimed at a third ("carried out joint air strikes", "a joint offensive", "joint
    sanctions", "a joint protest": never on each other; :data:`_MUTUAL_CLASSES`), and for
    an activity, tie or joint act the verb only judges or watches ("condemned the
    exercises", "denounced the joint drills") or gets from a third ("won contracts":
    :data:`~extract.lexicon.RECEIVE_VERBS`)."""
    lemma = noun.lemma_.lower()
    judged = lexicon.classify(verb_lemma(verb))
    if (any(c.dep_ == AMOD and c.lower_ in APART_MODIFIERS for c in kids(noun))
            or judged in _ONLOOKER_CLASSES or verb.lemma_.lower() in HOSTING_VERBS):
        # (nor one hosted or brokered between others: "Egypt and Qatar hosted the talks";
        # :data:`~extract.lexicon.HOSTING_VERBS`)
        return None
    event = event_lemma(noun, lexicon)
    if event in RECIPROCAL_NOUNS:
        # (the parties accept or reject a truce of their own: "agreed to accept a ceasefire")
        return event
    if judged in _JUDGING_CLASSES or verb.lemma_.lower() in RECEIVE_VERBS:
        return None
    joint = any(c.dep_ == AMOD and c.lower_ in JOINT_MODIFIERS for c in kids(noun))
    if lemma in JOINT_ACTIVITY_NOUNS:
        # "stepped up patrols": more of each one's own, unless said to be joint
        if not joint and verb.lemma_.lower() in SCALING_VERBS:
            return None
    # a joint act of any other kind is a tie between them only when it is one of
    # cooperation or agreement ("a joint venture"), not one they address to others ("a
    # joint bid", "a joint statement")
    elif not (lemma in RECIPROCAL_NOUNS and lemma in STANDING_TIES) and (
            not joint or lexicon.classify(event or lemma, pos="NOUN") not in _TIE_CLASSES):
        return None
    event = event or lemma
    if lexicon.classify(event, pos="NOUN") not in _MUTUAL_CLASSES:
        return None
    return event


def joint_triples(doclike: Iterable[Token], lexicon: EventLexicon) -> Iterator[TokenTriple]:
    """Reciprocal acts of conjoined subjects: "Putin and Erdogan met in Sochi" ->
    Putin —meet→ Erdogan; "Armenia and Azerbaijan held talks" -> Armenia —talk→
    Azerbaijan and Azerbaijan —talk→ Armenia.

    The subjects are named and joined by "and", or are one description of a pair ("the two
    countries met in Geneva": :func:`~actorgraph.extract.coref.pair_types`), or
    nationalities joined before one plural head ("Thai and Cambodian troops clash":
    :func:`joint_sides`); the verb is reciprocal (meet,
    clash, negotiate, ...) with no named object, or carries a reciprocal event
    noun (talks, agreement, truce), a lasting tie ("relations"), an activity done together
    ("drills") or a joint act ("a joint statement") with no target of its own
    (:func:`_joint_event`), or is a verb of
    exchanging (:data:`~extract.lexicon.EXCHANGING_VERBS`) whose object noun
    names nothing: "Armenia and Azerbaijan exchange fire" -> Armenia —exchange
    fire→ Azerbaijan. One triple from each subject to each other one
    (:func:`reciprocal_pairs`).
    """
    for verb in doclike:
        if verb.pos_ != "VERB" or is_passive(verb):
            continue
        # "Armenia and Azerbaijan are to sign a treaty", "agreed to hold talks": the
        # subjects of the verb whose infinitive it is
        matrix = verb
        while subject_control(matrix) or _raised(matrix):
            matrix = matrix.head
        lacking = matrix is verb and _without_gerund(verb)
        if lacking:
            # "Lavrov and Fidan concluded their talks without reaching agreement": the
            # subjects of the verb the gerund goes without
            matrix = verb.head.head
        subjects = children_of(matrix, NSUBJ, NSUBJPASS) or _shared_subject(matrix)
        asked = None
        if not subjects and matrix is verb and verb.dep_ in (XCOMP, ADVCL):
            # "called on Israel and Hamas to resume talks", "urged India and Pakistan to
            # hold talks": whom the verb above asks (only asked; "forced X and Y to" did)
            subjects = core(verb)[0][:1]
            asked = verb.head.lemma_.lower() not in IMPLICATIVE_OBJECT_VERBS
        if len(subjects) != 1:
            continue
        sides = joint_sides(subjects[0], verb)
        if len(sides) < 2:
            if matrix is verb:
                # "talks between X and Y ended without an agreement"
                yield from _lacked_ties(verb, _talks_sides(subjects[0]), is_future(verb),
                                        lexicon)
            continue
        lemma = verb_lemma(verb)
        negated, hedged = is_negated(verb), bool(asked)
        if matrix is not verb:
            # "agreed to / are to hold talks" is only planned, "began to hold talks" held
            # them; a failure, denial or refusal is read by the complement rule
            matrix_lemma = matrix.lemma_.lower()
            failed = matrix_lemma in UNDONE_VERBS and matrix == verb.head
            if lacking:
                # not reached ("never parted without reaching a deal" reached one: the
                # double negative of is_negated)
                hedged = is_future(matrix)
            elif failed:
                # "Israel and Hamas failed to agree on a ceasefire", "refused to meet",
                # "Armenia and Azerbaijan failed to reach an agreement": no agreement, no
                # meeting (the complement rule reads one object, not the two sides)
                hedged, negated = is_future(matrix), not is_negated(matrix)
            elif matrix_lemma in _UNDONE_OR_DENIED_VERBS or ceases(matrix):
                continue
            else:
                hedged = (matrix_lemma not in REALIZED_VERBS | ASPECTUAL_VERBS
                          or is_future(matrix))
                negated = negated or is_negated(matrix)
        objects = [o for o in children_of(verb, *OBJ_DEPS) if o.pos_ != "ADP"]
        # "Israeli and Egyptian troops clashed with smugglers", "exchanged fire with
        # militants": done with the partner, not between the subjects ("with each other" is
        # between them)
        partnered = any(prep.lower_ in PARTNER_PREPS and t.pos_ in ("NOUN", "PROPN")
                        for prep, t in prep_objects(verb))
        if verb.lemma_.lower() in RECIPROCAL_VERBS and not any(map(names_something, objects)) \
                and not partnered and not any(names_something(t) for _, t in prep_objects(verb)):
            for side, other in reciprocal_pairs(sides):
                yield TokenTriple(side, verb, other, lemma, lemma, "VERB", negated, "svo",
                                  hedged)
        for noun in map(_whole_event, objects):
            if (verb.lemma_.lower() in EXCHANGING_VERBS and noun.pos_ == "NOUN"
                    and not names_something(noun) and noun.dep_ in OBJ_DEPS):
                if partnered:
                    continue
                # "Kyrgyz guards and Tajik troops exchange fire": it passes between them
                label = f"{lemma} {noun.lemma_.lower()}"
                for side, other in reciprocal_pairs(sides):
                    yield TokenTriple(side, noun, other, label, label, "NOUN", negated,
                                      "support-verb", hedged)
                continue
            event = _joint_event(noun, verb, lexicon)
            # a topic is no partner: "are to hold talks on the Kashmir dispute"
            # and an act done together to someone is no act on each other: "launched
            # joint strikes on Iran"
            if event is None or noun_agents(noun) or any(
                    prep.lower_ in PARTNER_PREPS or event not in RECIPROCAL_NOUNS
                    for prep, _ in event_targets(noun, event)):
                continue
            if any(prep.lower_ in PARTNER_PREPS and partner.ent_type_ in ACTOR_TYPES
                   or event not in RECIPROCAL_NOUNS and prep.lower_ in NOUN_TARGET_PREPS
                   for prep, partner in prep_objects(verb)):
                # "signed a deal with Russia" (on the verb): Russia is the partner; "launched
                # joint strikes on Iran" (on the verb): Iran is the target
                continue
            if event != noun.lemma_.lower() and noun.lemma_.lower() in PROPOSAL_NOUNS:
                continue  # "urged X and Y to accept a ceasefire proposal": no ceasefire yet
            # "agreed to strengthen security cooperation": more of a standing tie
            label = (event if verb.lemma_.lower() in LIGHT_VERBS
                     and not _renewed_tie(verb, noun) else f"{lemma} {event}")
            for side, other in reciprocal_pairs(sides):
                yield TokenTriple(side, noun, other, event, label, "NOUN", negated,
                                  "support-verb", hedged)
        if matrix is verb:
            yield from _lacked_ties(verb, sides, hedged, lexicon)


def _whole_event(noun: Token) -> Token:
    """The reciprocal event a noun of a part of one is of ("signed the first phase of a
    ceasefire agreement" -> agreement; :data:`~extract.lexicon.EVENT_PARTS`), else the
    noun itself."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in EVENT_PARTS:
        return noun
    for prep in children_of(noun, PREP):
        if prep.lower_ == "of":
            for whole in pobjs(prep):
                if whole.pos_ == "NOUN" and whole.lemma_.lower() in RECIPROCAL_NOUNS:
                    return whole
    return noun


def _shared_subject(verb: Token) -> list[Token]:
    """The subject a verb coordinated with an earlier one shares with it, as written:
    "Kenya and Uganda met in Nairobi and signed a trade deal" (signed) -> the one subject
    "Kenya", whose conjuncts are the sides (:func:`joint_sides`). Only when the clause
    reading gives the verb that subject's agents ("inherited": :func:`core`), not one of
    its own or none ("said the gunmen had not fired and fled"); [] for any other verb."""
    if verb.dep_ != CONJ:
        return []
    agents, _, pattern = core(verb)
    if pattern != "inherited" or not agents:
        return []
    head = verb.head
    while head.dep_ == CONJ and not children_of(head, NSUBJ, NSUBJPASS):
        head = head.head
    subjects = children_of(head, NSUBJ, NSUBJPASS)
    return subjects if len(subjects) == 1 and subjects[0] in agents else []


def _without_gerund(verb: Token) -> bool:
    """Whether a verb is a gerund right under the "without" of a verb's clause: "ended
    their talks without reaching agreement" (reaching)."""
    prep = verb.head
    return (verb.dep_ == PCOMP and verb.tag_ == "VBG" and prep.lower_ == "without"
            and prep.dep_ == PREP and prep.head.pos_ == "VERB")


def _talks_sides(subject: Token) -> list[Token]:
    """The named sides of a reciprocal event noun that is a clause's subject, from its
    "between" phrase: "talks between Kinshasa and the M23 (ended without a deal)" ->
    Kinshasa, M23; [] for any other subject."""
    if subject.pos_ != "NOUN" or subject.lemma_.lower() not in RECIPROCAL_NOUNS:
        return []
    for prep in children_of(subject, PREP):
        if prep.lower_ == "between":
            sides = [t for t in between_sides(prep) if names_something(t)]
            if len(sides) > 1:
                return sides
    return []


def _lacked_ties(verb: Token, sides: list[Token], hedged: bool,
                 lexicon: EventLexicon) -> Iterator[TokenTriple]:
    """The reciprocal event conjoined subjects went without: "Israel and Hamas ended the
    talks in Cairo without an agreement", "the two leaders parted without a deal" -> each
    —agree→ the other, negated (:data:`~extract.lexicon.RECIPROCAL_NOUNS`). Not when the
    clause is negated ("never meet without an agreement" says they have one), when the
    verb is itself a tie or agreement ("signed the accord without a formal treaty"), nor
    when the noun names its own agent or partner ("without a deal with Russia": the
    nominal rule's). Only a verb of ending or parting (:data:`PARTING_VERBS`): "held talks
    without an agreement being expected" says not that they reached none."""
    if (has_neg(verb) or lexicon.classify(verb_lemma(verb)) in _TIE_CLASSES
            or verb.lemma_.lower() not in PARTING_VERBS):
        return
    for prep in children_of(verb, PREP):
        if prep.lower_ != "without":
            continue
        for noun in pobjs(prep):
            event = event_lemma(noun, lexicon)
            if (noun.pos_ != "NOUN" or event not in RECIPROCAL_NOUNS or noun_agents(noun)
                    or any(p.lower_ in PARTNER_PREPS for p, _ in event_targets(noun, event))
                    or lexicon.classify(event, pos="NOUN") not in _TIE_CLASSES):
                continue
            for side, other in reciprocal_pairs(sides):
                yield TokenTriple(side, noun, other, event, event, "NOUN", True,
                                  "support-verb", hedged)


def _called_off_events(noun: Token, agents: list[Token], hedged: bool,
                       lexicon: EventLexicon) -> Iterator[TokenTriple]:
    """The event a noun of calling off is of, done by ``agents`` to its targets:
    "(Iran announced) the suspension of talks with the US" -> Iran —talk→ US. An event
    with an agent of its own ("the cancellation of Maduro's visit") is left to the
    nominal rule."""
    for prep in children_of(noun, PREP):
        if prep.lower_ not in CANCELLING_NOUN_PREPS:
            continue
        for inner in pobjs(prep):
            event = event_lemma(inner, lexicon)
            if event is None or noun_agents(inner):
                continue
            # "a stay of Glossip's execution": the possessor undergoes it
            for target in [t for _, t in event_targets(inner, event)] + noun_patients(inner):
                for agent in agents:
                    yield TokenTriple(agent, inner, target, event, event, "NOUN", False,
                                      "support-verb", hedged)


def _warned_of(verb: Token, agents: list[Token], patient: Token, lemma: str, negated: bool,
               pattern: str) -> Iterator[TokenTriple]:
    """What a warning or threat holds out to its named object, only threatened: "warned
    Saudi Arabia of harsh measures" -> warn of measure (hedged), "threatened Iran with
    sanctions" -> threaten with sanction (hedged)."""
    for prep in children_of(verb, PREP):
        if prep.lower_ not in ("of", "with"):
            continue
        for noun in pobjs(prep):
            if noun.pos_ != "NOUN" or names_something(noun):
                continue
            rel = f"{lemma} {prep.lower_} {noun.lemma_.lower()}"
            for agent in agents:
                yield TokenTriple(agent, verb, patient, rel, rel, "VERB", negated, pattern, True)


#: Heads whose "of" actor is the one they stand for or belong to, resolved elsewhere
#: ("members of Hamas", "the leader of Iran", "the town of X", "the embassy of France").
_NOT_CONCEPT_HEADS = MEMBER_HEADS | ROLE_WORDS | POSSESSED_HEADS | GENERIC_HEADS


def complement_actor(noun: Token) -> list[tuple[Token, Token]]:
    """The named actor of a concept object's short complement, as (preposition, actor).

    "announced the death of Alexei Leonov" -> (of, Leonov), "claims sovereignty over
    Taiwan" -> (over, Taiwan), "sponsors development of Fedora": the act concerns the
    actor through the concept (``announce death of``). Not for heads that stand for
    their "of" actor or belong to it ("members of Hamas", "the leader of Iran").
    """
    found = concept_complement(noun)
    if found is None or noun.lemma_.lower() in _NOT_CONCEPT_HEADS \
            or noun.lower_ in _NOT_CONCEPT_HEADS:
        return []
    prep, obj = found
    return [(prep, obj)] if obj.ent_type_ in ACTOR_TYPES and obj.ent_type_ != "NORP" else []


#: The verb of having, whose figures lose their point (:data:`~extract.lexicon.HELD_FIGURES`).
HAVE = "have"


#: Prepositions of a counted object that name what is counted or who is among them.
_COUNTED_PREPS = frozenset({"of", "including"})


def _holding_company(patient: Token) -> list[tuple[Token, Token]]:
    """The company whose stock an amount object is a part of, as ("of", company).

    "Harcourt, which holds about 8.4 pct of Denmore's 6.2 mln shares", "acquired 80 pct
    of the outstanding shares of Dexter Inc", "owns 9.6 pct of Wellfleet stock": the
    amount is a part of a holding (:data:`~extract.lexicon.OWNED_HOLDINGS`) that a
    company's name owns (a possessive, a name before it, or its own "of" or "in"
    phrase). The act is done to the company ("hold share of" Denmore), as in "holds 9.9
    pct of Westbury"; the object taken for what the amount measures would say Harcourt
    holds all of Denmore's shares.

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("Harcourt holds 8.4 pct of Denmore 's shares", '''
    ...     1 nsubj PROPN Harcourt NNP
    ...     1 ROOT VERB hold VBZ
    ...     3 nummod NUM 8.4 CD
    ...     1 dobj NOUN pct NN
    ...     3 prep ADP of IN
    ...     7 poss PROPN Denmore NNP
    ...     5 case PART 's POS
    ...     4 pobj NOUN share NNS''', ents={"Denmore": "ORG", "8.4 pct": "PERCENT"})
    >>> [(p.text, c.text) for p, c in _holding_company(doc[3])]
    [('of', 'Denmore')]
    >>> _holding_company(doc[7])
    []
    """
    if not (patient.ent_type_ == "PERCENT" or is_amount(patient)):
        return []
    found = []
    for prep in children_of(patient, PREP):
        if prep.lower_ != "of":
            continue
        for holding in pobjs(prep):
            if holding.pos_ != "NOUN" or holding.lemma_.lower() not in OWNED_HOLDINGS:
                continue
            owners = [c for c in kids(holding) if c.dep_ in (POSS, COMPOUND)] + [
                o for p in children_of(holding, PREP) if p.lower_ in ("of", "in")
                for o in pobjs(p)]
            found += [(prep, o) for o in owners if o.ent_type_ == "ORG"]
    return found


def _anyone(agent: Token) -> bool:
    """Whether a subject is anyone at all: an indefinite common noun ("if a person or group
    acquires 20 pct of Amherst's stock"), or a conjunct of one.

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("a person or group acquires stock", '''
    ...     1 det DET a DT
    ...     4 nsubj NOUN person NN
    ...     1 cc CCONJ or CC
    ...     1 conj NOUN group NN
    ...     4 ROOT VERB acquire VBZ
    ...     4 dobj NOUN stock NN''')
    >>> _anyone(doc[1]), _anyone(doc[3]), _anyone(doc[5])
    (True, True, False)
    """
    while agent.dep_ == CONJ and agent.head.i != agent.i:
        agent = agent.head
    return (agent.pos_ == "NOUN" and not agent.ent_type_
            and any(c.dep_ == DET and c.lower_ in ANYONE_DETERMINERS for c in kids(agent)))


def _held_count(patient: Token) -> bool:
    """Whether the object of "have" is a count of a common noun: "the party, which has about
    23,000 fighters", "Kenya has more than 130 athletes serving bans", "Veyra has about 22
    million users", "Buttigieg has 26 delegates". The count is the point, a size of the
    subject, and the noun it counts names no party ("have | fighters"). A name in
    apposition names one ("had three children, Michael, Anne and Peter"; "three
    children, including Michael"), and a name in the phrase makes it a thing of its own
    ("has 400,000 Dalton shares"), and so does a proper noun the NER left untyped ("has
    about 316 Pershing-2 and cruise missiles"); a measure of something names that ("had twelve years
    of civil war"); and people held are a party (``[captive_nouns]``: "Hamas still has 59
    hostages"). Where the count is ("has 4,000 troops in Congo") is left to the
    place rule.

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("Kenya has 130 athletes", '''
    ...     1 nsubj PROPN Kenya NNP
    ...     1 ROOT VERB have VBZ
    ...     3 nummod NUM 130 CD
    ...     1 dobj NOUN athlete NNS''', ents={"Kenya": "GPE"})
    >>> _held_count(doc[3])
    True
    >>> doc = parse("Kenya has the athletes", '''
    ...     1 nsubj PROPN Kenya NNP
    ...     1 ROOT VERB have VBZ
    ...     3 det DET the DT
    ...     1 dobj NOUN athlete NNS''', ents={"Kenya": "GPE"})
    >>> _held_count(doc[3])
    False
    """
    return (patient.pos_ == "NOUN" and not names_something(patient)
            and not any(c.dep_ == COMPOUND and c.pos_ == "PROPN" for c in patient.lefts)
            and patient.lemma_.lower() not in CAPTIVE_NOUNS
            and any(c.dep_ == NUMMOD and c.tag_ == "CD" for c in patient.lefts)
            and not any(c.dep_ == APPOS or (c.dep_ == PREP and c.lower_ in _COUNTED_PREPS)
                        for c in kids(patient)))


def _share_of(patient: Token) -> bool:
    """Whether an object is a share of a thing named by its "of" phrase, which the object
    stands for: "took 34.8% of the vote", "won half of the seats" (a percentage or one of
    :data:`~extract.lexicon.FRACTION_NOUNS`; not a name: "holds 9.8 pct of Hollis" is
    read by :func:`complement_actor`).

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("Labour won 40 % of the vote", '''
    ...     1 nsubj PROPN Labour NNP
    ...     1 ROOT VERB win VBD
    ...     3 nummod NUM 40 CD
    ...     1 dobj NOUN % NN
    ...     3 prep ADP of IN
    ...     6 det DET the DT
    ...     4 pobj NOUN vote NN''', ents={"40 %": "PERCENT"})
    >>> _share_of(doc[3]), _share_of(doc[6])
    (True, False)
    """
    if (patient.ent_type_ != "PERCENT" and patient.lemma_.lower() not in FRACTION_NOUNS
            and not (patient.lower_ in PERCENT_UNITS
                     and any(c.like_num for c in patient.lefts))):
        return False  # (the model leaves a wire's "50.2 pct" untyped at times)
    if patient.lower_ == "shares":
        return False  # stock, not a part: "bought shares of five companies"
    # "its historical share of about 30 pct of the market": an amount after "of" is the
    # share's size, and the share stays the object
    return any(obj.pos_ == "NOUN" and not names_something(obj) and not obj.ent_type_
               and not obj.like_num and obj.lemma_.lower() not in QUANTITY_HEADS
               # "7.3 pct of the common stock": a holding, the company's (see
               # :func:`_holding_company`)
               and obj.lemma_.lower() not in OWNED_HOLDINGS
               and not is_amount(obj)
               for prep in children_of(patient, PREP) if prep.lower_ == "of"
               for obj in pobjs(prep))


def transfer_label(lemma: str, thing: Token | None) -> str:
    """Label of a verb of giving through its recipient: :func:`place_label` with "to",
    and an amount of money, which names no thing given, is money ("offered US$1 million
    to X" -> "offer money to", "gave X a total of US$10,000" -> "give money to"; not the
    bare "offer to").

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["offered", "$", "5", "million", "aid"],
    ...           heads=[0, 3, 3, 0, 0], deps=["ROOT", "quantmod", "compound", "dobj", "dobj"],
    ...           pos=["VERB", "SYM", "NUM", "NUM", "NOUN"],
    ...           lemmas=["offer", "$", "5", "million", "aid"],
    ...           ents=["O", "B-MONEY", "I-MONEY", "I-MONEY", "O"])
    >>> transfer_label("offer", doc[3]), transfer_label("offer", doc[4])
    ('offer money to', 'offer aid to')
    """
    label = place_label(lemma, thing, "to")
    if label == f"{lemma} to" and thing is not None and any(
            t.ent_type_ == "MONEY" for t in thing.subtree):
        return f"{lemma} money to"
    return label


def _holding_target(patient: Token) -> bool:
    """Whether an unnamed object is a holding or bid (:data:`~extract.lexicon.BID_NOUNS`)
    whose "in" or "for" phrase names the company: "raised its stake in Dexter Inc to 9.8
    pct", "to raise its stake in Pacific Mutual", "raised its offer for Denmore". The
    relation goes to the company through the noun ("raise stake in"), never to the
    holding, which a size names no better than "stake".

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("Harlow raised its stake in Dexter to 9.8 pct", '''
    ...     1 nsubj PROPN Harlow NNP
    ...     1 ROOT VERB raise VBD
    ...     3 poss PRON its PRP$
    ...     1 dobj NOUN stake NN
    ...     3 prep ADP in IN
    ...     4 pobj PROPN Dexter NNP
    ...     1 prep ADP to IN
    ...     8 nummod NUM 9.8 CD
    ...     6 pobj NOUN pct NN''', ents={"Dexter": "ORG"})
    >>> _holding_target(doc[3]), _holding_target(doc[8])
    (True, False)
    """
    return (patient.pos_ == "NOUN" and patient.lemma_.lower() in BID_NOUNS
            and not names_something(patient) and bool(object_targets(patient)))


#: Lemmas of the nouns of an amount or a measure (:func:`_measure`), made once.
_AMOUNT_HEADS = QUANTITY_HEADS | FRACTION_NOUNS | GOODS_MEASURE_HEADS


def _measure(thing: Token) -> bool:
    """Whether a noun is an amount, a number or a measure of what it counts ("thousands
    of rockets", "20 mln dlrs", "large volumes of wheat"), which names no thing itself;
    a unit is one with any words before it ("several tonnes of cocaine", "dozens of
    barrels of oil": no number makes them less a measure)."""
    return (thing.is_stop or thing.like_num or thing.pos_ != "NOUN"
            or thing.lemma_.lower() in _AMOUNT_HEADS
            or thing.lower_ in GOODS_MEASURE_HEADS
            or thing.ent_type_ in MEASURE_TYPES
            or is_quantity(thing.lower_)
            or is_quantity(thing.doc[thing.left_edge.i:thing.i + 1].text))


def place_label(lemma: str, thing: Token | None, prep: str) -> str:
    """Label of a triple through a preposition: the thing done, sent or taken names it
    ("held a convention in Orlando" -> "hold convention in", "sent condolences to X" ->
    "send condolence to").

    A part or number of things names them by its "of" phrase ("held half of its
    primaries in Ohio" -> "hold primary in"); an amount names nothing ("paid 125 mln
    dlrs to X" -> "pay to", "gave 20 mln dlrs of aid to X" -> "give aid to"), and so
    does a measure of goods ("sold large volumes of wheat to X" -> "sell wheat to",
    :data:`~extract.lexicon.GOODS_MEASURE_HEADS`); an amount given "in" a form of aid
    names it ("provides 100 mln dlrs a year in aid to Haiti" -> "provide aid to").
    """
    if thing is not None and _nominal_participle(thing):
        # "evacuated the wounded from Gorazde": the people wounded, "evacuate wounded from"
        return f"{lemma} {thing.lower_} {prep}"
    if thing is not None and _measure(thing):
        counted = _counted(thing)
        if counted is None and thing.dep_ == DOBJ:
            # "provides 100 mln dlrs a year in aid to Haiti": what the amount is given in
            counted = next((p for c in kids(thing.head) if c.dep_ == PREP and c.lower_ == "in"
                            and c.i > thing.i for p in kids(c)
                            if p.dep_ == POBJ and p.pos_ == "NOUN"
                            and p.lemma_.lower() in FUNDING_NOUNS), None)
        # "sent a delegation to X": a body of people with no "of" phrase names itself
        if counted is not None or thing.lemma_.lower() not in COLLECTIVE_HEADS:
            thing = counted
    if thing is None or thing.pos_ != "NOUN" or thing.is_stop:
        return f"{lemma} {prep}"
    kind = _kind(thing)
    return f"{lemma} {kind.lower_ + ' ' if kind is not None else ''}{thing.lemma_.lower()} {prep}"


def _kind(thing: Token) -> Token | None:
    """The noun compound right before a noun that names it whole, or None: "fired water
    cannon at" (not "cannon", an artillery piece), "sold television sets in" ("sell
    television set in", not "sell set in"). Not a name's, which is a party ("sold
    Boeing jets to"), a unit of an amount ("a 212 mln dlr contract", "a 13 pct stake": the
    amount is the triple's quantity) nor the end of a hyphenated word ("shorter-range
    missiles")."""
    doc = thing.doc
    kind = doc[thing.i - 1] if thing.i > 0 else None
    if (kind is None or kind.dep_ != COMPOUND or kind.head.i != thing.i or kind.pos_ != "NOUN"
            or kind.ent_type_ or _amount_word(kind) or is_quantity(kind.lower_)
            or (kind.i > 0 and not doc[kind.i - 1].whitespace_)):
        return None
    return kind


def _counted(thing: Token) -> Token | None:
    """What a measure counts: the noun of its "of" phrase, and of that one's when it is a
    measure too ("thousands of barrels of crude oil" -> oil), or None."""
    counted = next((p for c in kids(thing) if c.dep_ == PREP and c.lower_ == "of"
                    for p in kids(c) if p.dep_ == POBJ), None)
    while counted is not None and counted.pos_ == "NOUN" and _measure(counted):
        inner = next((p for c in kids(counted) if c.dep_ == PREP and c.lower_ == "of"
                      for p in kids(c) if p.dep_ == POBJ), None)
        if inner is None:
            break
        counted = inner
    return counted


def _nominal_participle(tok: Token) -> bool:
    """Whether an object is a past participle used as a plural noun of people ("the
    wounded", "the injured", "the detained"): "the" and no noun of its own (an adjective
    object is read by :func:`_adjective_label`)."""
    return (tok.pos_ == "VERB" and tok.tag_ == "VBN" and tok.dep_ in OBJ_DEPS
            and any(c.dep_ == DET and c.lower_ == "the" for c in tok.lefts))


def _recipients(verb: Token) -> tuple[list[Token], Token | None]:
    """The indirect object of an active verb and the thing given (its second object).

    For a verb of giving or another double-object verb (the caller checks), a
    dative or the first of two objects is who receives, never the patient:
    "gave Hamas money", "left shipowners a loophole", "denied Iran access". When
    the second object is an amount, the first is the patient after all ("fined
    Google 4 billion euros").
    """
    # a reflexive is no second party: "earned income herself", "bought himself a car"
    # nor is an apposition summing up the event, parsed as a second object ("sold
    # 50,000 tonnes of rice to Iraq, the agency's biggest sale this year": no one is
    # sold a sale, and the rice goes to no one but Iraq)
    slots = [s for s in children_of(verb, *OBJ_DEPS) if s.pos_ != "ADP" and not (
        s.tag_ == "PRP" and s.lower_.endswith(("self", "selves")))
        and not loose_second_object(verb, s)]
    dative = [s for s in slots if s.dep_ == DATIVE]
    first = dative[0] if dative else slots[0] if len(slots) >= 2 else None
    if first is None or not _may_receive(first):
        return [], None
    theme = next((s for s in slots if s.i != first.i), None)
    if theme is None:
        # "granted Paul Harvey Pogue a full and unconditional pardon", parsed with the
        # pardon in apposition to the name: an indefinite noun after a name is the thing
        theme = next((c for c in first.rights if c.dep_ == APPOS and c.pos_ == "NOUN"
                      and first.pos_ == "PROPN"
                      and any(d.dep_ == DET and d.lower_ in ("a", "an") for d in kids(c))),
                     None)
    if theme is not None and (is_numeric(theme) or theme.like_num):
        return [], None
    if _named_theme(verb) is not None:
        return [], None
    return with_conjuncts([first]), theme


def _named_theme(verb: Token) -> Token | None:
    """The first of a verb's two objects when the second is a name or a mark, a misparse
    ("polls showed Biden leading Trump", "if Trump wins re-election" cut at its hyphen: no
    one is given a name or a hyphen), else None."""
    slots = [s for s in children_of(verb, *OBJ_DEPS) if s.pos_ != "ADP"
             and not loose_second_object(verb, s)]
    dative = [s for s in slots if s.dep_ == DATIVE]
    first = dative[0] if dative else slots[0] if len(slots) >= 2 else None
    theme = next((s for s in slots if first is not None and s.i != first.i), None)
    if theme is not None and (theme.is_punct or theme.ent_type_ in _THEME_NAME_TYPES
                              or (theme.pos_ == "PROPN" and first.pos_ == "PROPN")):
        return first
    return None


#: Entity types of a name that is no thing given ("showed Biden leading Trump").
_THEME_NAME_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _thing_giver(agent: Token, lexicon: EventLexicon) -> bool:
    """Whether the subject of a verb of giving is an event or a deal, not someone who
    gives: "the deal gives Crestline a foothold", "the merger gives X a stake" (a common
    noun the lexicon knows as an event noun, with no name; "cognac makers ship their
    output to China", "the government gave Y" give)."""
    # (a capital inside the sentence, or a bare singular one opening it, is a name the
    # tagger missed: "Trump granted X ..."; "The deal gives" is a thing)
    capital = agent.is_title and (not agent.is_sent_start or (
        agent.tag_ != "NNS" and not any(c.dep_ == DET for c in kids(agent))))
    return (agent.pos_ == "NOUN" and not agent.ent_type_ and not names_something(agent)
            and not capital and lexicon.is_event_noun(agent.lemma_)
            and not actor_noun(agent) and not named_group(agent)
            and not people_lemma(agent.lemma_.lower()))


def _may_receive(tok: Token) -> bool:
    """Whether the dative or the first of two objects the parse gave a verb can be who
    receives: a pronoun, a name, a body of people or someone known ("gave Hamas money",
    "gave them access", "sent his girlfriend videos"), not an indefinite thing the parse
    split off the object or took for a dative ("gave a curt 'no'", "delivered a long
    speech ... and a fireworks show")."""
    if (tok.pos_ in ("PRON", "PROPN") or tok.ent_type_ in ACTOR_TYPES
            or actor_noun(tok) or named_group(tok)):
        return True
    # "sent his girlfriend videos", "provide the network a licence": someone known; an
    # indefinite thing is what is given ("a curt 'no'", "a long speech", "a few masks")
    return not any(c.dep_ == DET and c.lower_ in ("a", "an") for c in kids(tok))


def _object_phrases(verb: Token, patients: list[Token], word: str) -> list[tuple[Token, Token]]:
    """The ``word`` phrase the parser hung on a verb's object that is the verb's own.

    The "to" of what is given: "delivered shells to Ukraine" with "to Ukraine" on
    "shells", "delivered sorghum and lentils to the city of Kadugli" with "to" on
    "lentils" (a name, or a place named by its "of" phrase; the caller checks ``verb``
    is a verb of giving), or on what an amount or a part counts: "ships most of its sugar
    to the Soviet Union", "sold half of its output to China" with "to" on the "of" phrase
    (:func:`_measure`). The "at" of what is fired, named or not as on the verb ("fired
    tear gas at protesters"): "fire a ballistic missile at the bulk carrier Aegean Star"
    with "at" on "missile" (the caller checks ``verb`` is one of
    :data:`~extract.lexicon.AIM_VERBS`); the "near" of forces got ready, "massing
    troops near the border" (:data:`~extract.lexicon.READYING_VERBS`); not a place,
    which the ``place`` pattern reads as the target ("launched 40 missiles at Ukraine")."""
    hosts = [*patients, *(p for patient in patients if _measure(patient)
                          for prep in children_of(patient, PREP) if prep.lower_ == "of"
                          for p in pobjs(prep))]
    return [(prep, t) for host in hosts for prep in children_of(host, PREP)
            if prep.lower_ == word for t in pobjs(prep)
            if (not is_place(t) if word == "at" else names_something(t) or is_place(t))]


#: Prepositions whose object takes part in what is said ("said to X", "spoke about X").
_TALK_PREPS = (DATIVE_PREPS - {"from"}) | {"about", "of", "for", "upon"}
#: Verbs of saying and speaking: where they happened is only their setting.
_SPEAKING_VERBS = REPORTING_VERBS | SPEAKING_VERBS


def _setting_of_talk(verb: Token, prep: Token, obj: Token) -> bool:
    """Whether a prepositional object of a verb of saying or naming is only a setting.

    Where or when something was said is no party to it ("said from La Fortaleza",
    "announced at the summit").
    "Zoe, on the top deck of the bus, said ...": the deck is where she was,
    not what she spoke of; "what WalesOnline called 'fury' from local tourism
    chiefs": the chiefs are whose fury it was. A verb of saying keeps an
    unnamed object only after a preposition of talk ("spoke about the
    takedown"); a verb of naming with a predicate keeps only those too.
    """
    lemma = verb.lemma_.lower()
    if lemma in _SPEAKING_VERBS and prep.lower_ in SPEECH_SETTING_PREPS:
        return True  # "said from La Fortaleza", "announced at the summit in Brussels"
    if prep.lower_ == "on" and lemma in SAY_VERBS:
        # "said on the Senate floor", "said on Twitter", "said on Voice of America":
        # where or through what it was said, named or not
        return True
    if prep.lower_ in _TALK_PREPS or prep.lower_ == "on":
        return False  # "reported on a distress call"
    if lemma in NAMING_VERBS and any(c.dep_ == OPRD for c in kids(verb)):
        return True
    return lemma in REPORTING_VERBS and not names_something(obj)


#: Entity types of an amount or a clock time: "won with 85% of the vote" is how much,
#: not with whom (:func:`_circumstance`).
_CIRCUMSTANCE_TYPES = MEASURE_TYPES | {"TIME"}


def _circumstance(obj: Token) -> bool:
    """Whether a verb's prepositional object is an amount or a time, not a participant.

    "won the primary with 85% of the vote" (an amount, read through its "of"),
    "launched the rocket at 1922 UTC" (a clock time whose number is the date), a bare
    count (:func:`_bare_count`), a stretch of time ("for the moment",
    :data:`~extract.lexicon.DURATION_NOUNS`) or the means of a talk ("spoke on the
    phone", :data:`~extract.lexicon.MEANS_NOUNS`); not a span read through its "of"
    ("sentenced them to four years of prison").
    """
    if obj.ent_type_ == "DATE":
        return False  # a span read through its "of" (a plain date is never an object)
    # a time zone after a clock number ("1922 UTC", "0800 GMT"), not "a six-month extension"
    zone = obj.is_upper and len(obj) <= 4 and any(
        c.ent_type_ in TIME_TYPES and c.dep_ == NUMMOD and c.like_num for c in obj.lefts)
    return (obj.ent_type_ in _CIRCUMSTANCE_TYPES or zone or _bare_count(obj)
            or (obj.lemma_.lower() in DURATION_NOUNS | MEANS_NOUNS and not obj.ent_type_))


def _reason(verb: Token, prep: Token, named_patient: bool) -> bool:
    """Whether a "for" phrase is why a verb of judging acts on its named object, or an
    "over" phrase why any verb acts on its named object or whom it is preferred to.

    "fined Google for its Android contracts", "attacked Trump for the Wall Street
    Journal report", "slammed Trump for a New York Times story": the one judged is
    the object (:data:`~extract.lexicon.JUDGING_VERBS`); what it is judged for is
    no second participant of the judge. "sanctioned Iran over the Revolutionary Guards
    plots", "support Hawkins over La Riva" (:data:`~extract.lexicon.PASSED_OVER_PREPS`):
    the object is the one acted on, the "over" phrase the cause or the one passed over
    (an object that names no one keeps it: "claims sovereignty over Taiwan", "won the
    election over X").
    """
    return named_patient and (
        (prep.lower_ == "for" and verb.lemma_.lower() in JUDGING_VERBS)
        or prep.lower_ in PASSED_OVER_PREPS)


def _manner(prep: Token, obj: Token) -> bool:
    """Whether a "with" phrase says only how something is done: "urged Beijing to act with
    restraint", "proceeded with caution", "killed with impunity"
    (:data:`~extract.lexicon.MANNER_NOUNS`), no one acted with or on.

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("Turkey acted with restraint", '''
    ...     1 nsubj PROPN Turkey NNP
    ...     1 ROOT VERB act VBD
    ...     1 prep ADP with IN
    ...     2 pobj NOUN restraint NN''')
    >>> _manner(doc[2], doc[3])
    True
    """
    return (prep.lower_ == "with" and obj.lemma_.lower() in MANNER_NOUNS
            and not obj.ent_type_)


def _where_put(prep: Token, obj: Token, patients: list[Token]) -> bool:
    """Whether an unnamed thing after a named object says only where, or with what, the
    object was acted on: "barred Arvind Kothari from the securities market", "added
    Huawei to its export control list", "struck Hezbollah with drones". The object's
    own triple is the act ("bar from market" Kothari, "add" Huawei); "add to | export
    control list" or "strike with | drones" loses who was added or struck. A person or
    group in that place is a participant ("handed Smith over to police").
    """
    return (((prep.lower_ in DATIVE_PREPS | MOTION_PREPS and not names_something(obj))
             or _register(prep, obj))
            and any(names_something(p) and p.i < prep.i for p in patients)
            and not (person_lemma(obj.lemma_.lower()) or obj.lemma_.lower() in GROUP_NOUNS))


def _register(prep: Token, obj: Token) -> bool:
    """Whether a prepositional object is a list or register, named or not, that something
    is put on or taken off: "added Coastal Avionics to its Entity List", "put Wagner on
    the EU Register", "removed Cuba from the State Sponsors of Terrorism list"
    (``[register_nouns]`` after ``[register_preps]``): where the named object was put,
    not a party.

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("added Acme to its Entity List", '''
    ...     0 ROOT VERB add VBD
    ...     0 dobj PROPN Acme NNP
    ...     0 prep ADP to IN
    ...     5 poss PRON its PRP$
    ...     5 compound PROPN Entity NNP
    ...     2 pobj PROPN List NNP''')
    >>> _register(doc[2], doc[5]), _register(doc[2], doc[1])
    (True, False)
    """
    return prep.lower_ in REGISTER_PREPS and obj.lemma_.lower() in REGISTER_NOUNS


def _laid_on_origins(pairs: list[tuple[Token, Token]],
                     thing: Token | None) -> list[tuple[Token, Token]]:
    """Prepositional objects with goods a thing is laid "on" taken for where the goods
    come from (:func:`~extract.rules.base.traded_origins`): "imposed duties on Chinese
    steel products", "cut tariffs on U.S. farm products" are aimed at China and the
    United States, as "duties on imports from China" are. Only with an object noun (the
    measure); "sold Japanese goods on the market" has none laid on anything."""
    if thing is None:
        return pairs
    return [(prep, origin) for prep, obj in pairs
            for origin in (traded_origins(obj) if prep.lower_ == "on" else [obj])]


def _route(prep: Token, obj: Token, patients: list[Token]) -> bool:
    """Whether a prepositional object is only the way a verb's object was moved.

    "evacuated 50 patients through the Rafah crossing", "smuggled weapons through
    Turkey", "moved troops through the Suwalki corridor": a place or a route noun
    (``[route_nouns]``) after a route preposition (``[route_preps]``) says which way the
    object went; "evacuate patient through | Rafah" makes the crossing a party to the
    evacuation. Only with an object of the verb (the thing moved): an intransitive
    "marched through central Belgrade" keeps its place, as a protest's route is its
    setting; so does a verb that makes its object rather than conveys it
    (``[conveying_verbs]``: "will build a pipeline through Kazakhstan"). A person or
    group is a party ("sent the money through an intermediary").

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("moved troops through the corridor", '''
    ...     0 ROOT VERB move VBD
    ...     0 dobj NOUN troop NNS
    ...     0 prep ADP through IN
    ...     4 det DET the DT
    ...     2 pobj NOUN corridor NN''')
    >>> _route(doc[2], doc[4], [doc[1]]), _route(doc[2], doc[4], [])
    (True, False)
    """
    if (prep.lower_ not in ROUTE_PREPS or not patients
            or prep.head.lemma_.lower() not in CONVEYING_VERBS):
        return False
    lemma = obj.lemma_.lower()
    if person_lemma(lemma) or lemma in GROUP_NOUNS:
        return False
    return lemma in ROUTE_NOUNS or is_place(obj)


def _instrument(verb: Token, prep: Token, obj: Token, patients: list[Token]) -> bool:
    """Whether a prepositional object is only the means an act on the verb's object was
    done with: a weapon or machine (:data:`~extract.lexicon.WAR_MACHINES`) or a means
    (:data:`~extract.lexicon.INSTRUMENT_NOUNS`) after a preposition of
    :data:`~extract.lexicon.INSTRUMENT_PREPS`, or "by means of" ("shot down a transport
    plane with a U.S.-made Stinger missile", "drove down world prices through its Export
    Enhancement Program", "dispersed the crowd with water cannon"). The act's own triple
    keeps its object ("shoot down | plane"); "shoot down with | Stinger missile" makes the
    means the one acted on. Only with an object of the verb after it: "fought with
    rifles" has no other object. A name of a party is none ("signed a deal with Poland"),
    nor a person or group ("through an intermediary"); after "with" no name is one
    ("signed an accord with the World Food Programme"), nor the second object of a verb
    of :data:`~extract.lexicon.WITH_COMPLEMENT_VERBS` ("merged its unit with a state
    fund")."""
    if not any(p.i > verb.i for p in patients):
        return False
    lemma = obj.lemma_.lower()
    if prep.lower_ == "by" and lemma == "means":
        return True  # "by means of a loan"
    if prep.lower_ == "with" and (obj.pos_ == "PROPN" or obj.ent_type_ == "ORG"
                                  or verb.lemma_.lower() in WITH_COMPLEMENT_VERBS):
        # a name after "with" is a partner ("signed an accord with the World Food
        # Programme"), and so is what a verb joins or swaps its object with ("merged its
        # unit with a state fund", "replaced the scheme with a subsidy scheme")
        return False
    # (a machine of war is one even where its word is a unit's too: "with artillery")
    return (prep.lower_ in INSTRUMENT_PREPS and obj.ent_type_ not in _PARTY_TYPES
            and (lemma in WAR_MACHINES or (lemma in INSTRUMENT_NOUNS and not _party_noun(obj))))


#: Entity types of a party, never a means: "signed a treaty with Poland".
_PARTY_TYPES = frozenset({"GPE", "NORP", "PERSON"})


#: Nouns of people or groups beyond :func:`~extract.vague.person_lemma`: a party to an act.
_PARTY_WORDS = (ASSOCIATE_NOUNS | MALE_WORDS | FEMALE_WORDS | GROUP_NOUNS | PUBLIC_BODY_WORDS
                | ORGANISATION_DESCRIPTIONS)


def _party_noun(tok: Token) -> bool:
    """Whether an unnamed noun can stand for a party to an act: a pronoun, a noun of
    people ("officials", "supporters", "his wife") or of a group or body ("the court",
    "the party")."""
    lemma = tok.lemma_.lower()
    return (tok.pos_ == "PRON" or person_lemma(lemma) or lemma in _PARTY_WORDS)


def _with_what(prep: Token, obj: Token, thing: Token | None) -> bool:
    """Whether a "with" phrase of an unnamed thing only says how, or with what, a verb's
    unnamed object was acted on: "faces a life sentence with a minimum term of 25 years",
    "treats the rule of law with utter contempt", "received 203,091 votes with ballot
    access in 24 states", "washed their hands with soap". The object's own triple is the
    act ("face | sentence"); "face sentence with | minimum term" makes a manner, an
    instrument or a property of the object a party to it. With whom it was done is a
    party: a name ("discussed his findings with Wikinews"), a pronoun, a noun of people
    or of a group or body ("shared his reasoning with his supporters", "filed a complaint
    with the commission") (:func:`_party_noun`). An object with a possessor is an act of
    its own, which the phrase may complete ("delayed Mazars' compliance with the
    subpoena").
    """
    return (thing is not None and prep.lower_ == "with" and not names_something(obj)
            and not _party_noun(obj) and not any(c.dep_ == POSS for c in kids(thing)))


def _on_board(prep: Token, obj: Token) -> bool:
    """Whether a "with" phrase is the load of a vehicle: "capsized with more than 500
    people on board", "crashed with 132 passengers aboard", "hijacked a jet with 120
    passengers on board". Who was carried is no party to the capsizing, the crash or the
    hijacking, and the count is a figure of the event, not a participant. The
    words after the phrase may hang on it, on its last conjunct or on the verb.

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("The ferry sank with 300 people on board", '''
    ...     1 det DET the DT
    ...     2 nsubj NOUN ferry NN
    ...     2 ROOT VERB sink VBD
    ...     2 prep ADP with IN
    ...     5 nummod NUM 300 CD
    ...     3 pobj NOUN people NNS
    ...     5 prep ADP on IN
    ...     6 pobj NOUN board NN''')
    >>> _on_board(doc[3], doc[5])
    True
    >>> doc = parse("Moore fled with five children", '''
    ...     1 nsubj PROPN Moore NNP
    ...     1 ROOT VERB flee VBD
    ...     1 prep ADP with IN
    ...     4 nummod NUM five CD
    ...     2 pobj NOUN child NNS''')
    >>> _on_board(doc[2], doc[4])
    False
    """
    if prep.lower_ != "with":
        return False
    doc = obj.doc
    # the phrase and its conjuncts ("120 passengers and eight crew on board") and the two
    # words after it
    return any(t.lower_ in ABOARD_WORDS
               and (t.lower_ != "board" or doc[t.i - 1].lower_ == "on")
               for t in doc[obj.i + 1:obj.right_edge.i + 3])


def _bare_count(obj: Token) -> bool:
    """Whether a prepositional object is only a number of votes, points, seats ...

    "won with 92,153 votes", "passed by 220 votes", "lost by 12 points": how much,
    not with whom (:data:`~extract.lexicon.COUNT_HEADS`), also "with 13 votes in
    favour". Whose votes ("with 220 votes of Democrats") or a name before the head
    ("2,000 Labour votes") keep it.
    """
    return (obj.pos_ == "NOUN" and obj.lemma_.lower() in COUNT_HEADS
            and any(c.dep_ == NUMMOD and c.like_num for c in obj.lefts)
            and not any(c.dep_ in (POSS, COMPOUND) or c.ent_type_
                        or (c.dep_ == PREP and c.lower_ == "of")
                        for c in kids(obj) if c.dep_ != NUMMOD))


def _setting_place(verb: Token, prep: Token, obj: Token) -> bool:
    """Whether a named place after a preposition of place is only where the verb happened.

    "showed the ship underway off Jakarta", "protested outside Iran": after "off",
    "outside", "inside" ... (:data:`PLACE_PREPS`; "in", "at" and "near" are adjuncts
    already, :data:`ADJUNCT_PREPS`) a place, or the edge of one ("off the Iranian coast",
    :data:`EDGE_PLACE_HEADS`), is the setting, unless the verb moves
    something there or from there ("pulled the ships off Crimea":
    :data:`MOVING_VERBS`).
    """
    # "in" and "at" are adjuncts already, but for a target ("fired missiles at Israel")
    # the edge of a territory or sea is a place, named or not, beside what the act is
    # done to ("attacked a tanker off the Iranian coast", "fired on posts along the
    # Kashmir border": :data:`EDGE_PLACE_HEADS`; "fought along the border" has no other)
    return (prep.lower_ in PLACE_PREPS and prep.lower_ not in ADJUNCT_PREPS
            and (obj.ent_type_ in PLACE_TYPES
                 or (obj.lemma_.lower() in EDGE_PLACE_HEADS and _done_to_another(verb, prep)))
            and verb.lemma_.lower() not in MOVING_VERBS)


def _done_to_another(verb: Token, prep: Token) -> bool:
    """Whether a verb has an object, or a prepositional object of no adjunct, beside the
    phrase of ``prep``: "attacked *a tanker* off the coast", "fired *on posts* along the
    border" (but "fought along the border": none)."""
    return any(c.dep_ == DOBJ or (c.dep_ == PREP and c.i != prep.i and c.lower_ not in
                                  ADJUNCT_PREPS | PLACE_PREPS and children_of(c, POBJ))
               for c in kids(verb))


def _measure_point(verb: Token, prep: Token, obj: Token) -> bool:
    """Whether a prepositional object is only a point of a measure, not a party.

    A level a value reaches ("fell to a record low of 148.80 yen", "climbed to a
    five-year high": :data:`~extract.lexicon.LEVEL_NOUNS`) or the figure a result is set
    against ("posted a loss of 4.7 mln dlrs against a profit of 1.2 mln a year ago",
    "against 1.1 mln dlrs": :data:`~extract.lexicon.RESULT_FIGURES` or an amount). A
    name stays ("fell to the Taliban", "argued against Universal Basic Income");
    "against" anything else is opposition ("voted against the bill", "fought against the
    army"). Where a price moved ("rose 1.7% on the London Metal Exchange") stays too:
    the blind judges of sheet 17 held "copper prices | rise on | London Metal Exchange"
    right. A bound a quantity is set against (``[bound_preps]`` with ``[bound_nouns]``:
    "OPEC members were producing above their quotas", "will not sell below official
    prices") is a measure too.
    """
    word = prep.lower_
    lemma = obj.lemma_.lower()
    if lemma in LEVEL_NOUNS and not names_something(obj):
        return True
    if word in BOUND_PREPS and lemma in BOUND_NOUNS and not names_something(obj):
        return True
    return (word == "against" and (lemma in RESULT_FIGURES or _level(obj))
            and not names_something(obj) and obj.pos_ != "PROPN")


def _point_follows(verb: Token, patient: Token) -> bool:
    """Whether a light verb's generic object leaves its point to what follows it.

    "took the lead in efforts to keep the deal", "had the foresight to start
    banding chicks", "took time to answer questions", "used his influence to have
    the prosecutor fired", "played host to the summit": the verb and the object
    alone (:data:`LIGHT_OBJECT_VERBS`, :data:`LIGHT_OBJECTS`) say nothing, so
    their triple is left out when a to-clause or a preposition follows the object
    (the prepositional triple, "play host to", stays).
    """
    if (verb.lemma_.lower() not in LIGHT_OBJECT_VERBS or patient.lemma_.lower() not in LIGHT_OBJECTS
            or patient.i < verb.i or any(c.dep_ in (COMPOUND, POSS) and c.pos_ == "PROPN"
                                         for c in patient.lefts)):
        return False
    return any(c.i > patient.i and (c.dep_ == PREP or (c.dep_ in (XCOMP, ADVCL, ACL)
                                                      and c.pos_ in ("VERB", "AUX")))
               for c in (*kids(verb), *kids(patient)))


#: What :func:`_predicative` says of a parse that cut object and predicate wrongly.
_MISPARSED = "?"
#: What an object predicate's wording does not start with.
_PREDICATE_SKIP = frozenset({DET, PUNCT, POSS, CASE, CC, PRECONJ, PREDET})
#: Marks left out of the wording.
_NO_QUOTES = str.maketrans("", "", '"\u201c\u201d[]()')


def _predicative(verb: Token, patient: Token) -> str | None:
    """What a verb of naming says its object is, in a few words, or None.

    "called the investigation a 'witch hunt'" -> "witch hunt"; "labelled
    Soleimani as a terrorist" -> "as terrorist"; "called the agreements
    legitimate" -> "legitimate". Only for :data:`NAMING_VERBS`; the wording
    keeps the predicate's modifiers before it, not its determiners, quotes or
    what follows it.
    """
    if verb.lemma_.lower() not in NAMING_VERBS:
        return _secondary(verb, patient)
    found = None
    # "described the attacks as a dastardly act", with "as" on the verb or right after
    # the object (not "an aggression on Iraq as a state")
    for child in [*kids(verb), *(c for c in patient.rights if c.i == patient.i + 1)]:
        if child.i == patient.i:
            continue
        if (child.dep_ in (OPRD, CCOMP) and child.pos_ in ("NOUN", "PROPN", "ADJ")
                and not _absolute_clause(child, patient)):
            found, prefix = child, ""
        elif child.dep_ == PREP and child.lower_ == "as":
            # (an adjective after "as" may be parsed as its modifier: "regarded the
            # pipeline as dangerous")
            found = next((p for p in kids(child) if p.dep_ == POBJ or (
                p.pos_ == "ADJ" and p.dep_ in (AMOD, ACOMP) and p.i > child.i)), None)
            prefix = "as "
        elif _as_clause(child, patient):
            # "regarded technology under capitalism as problematic", parsed with the
            # adjective a clause of the verb and "as" its adverb (its wording has "as")
            found, prefix = child, ""
        if found is not None:
            break
    if found is None:
        # "declared the outbreak of mpox - a disease found in monkeys - to be a global
        # emergency": the infinitive hung on the verb or anywhere in the object's phrase
        clause = next((c for c in (*kids(verb), *patient.subtree)
                       if c.dep_ in _TO_BE_DEPS and c.i > patient.i and _to_be(c)), None)
        found = next((c for c in kids(clause) if c.dep_ in (ATTR, ACOMP)),
                     None) if clause is not None else None
        prefix = ""
    if found is None:
        # "called Mohammad's admission a political maneuver", parsed as an apposition
        found = next((c for c in kids(patient) if c.dep_ == APPOS and c.pos_ == "NOUN"
                      and any(d.dep_ == DET and d.lower_ in ("a", "an") for d in kids(c))),
                     None)
    if found is None:
        # "called Nevada for Biden": the race, called for a candidate
        return _named_for(verb, patient) or _hung_result(verb, patient)
    if any(c.dep_ == DOBJ for c in kids(found)):
        # "called the Democrats investigation a witch hunt" parsed with "Democrats"
        # as the object and "investigation" as the predicate of "hunt"
        return _MISPARSED
    wording = _wording(found)
    return prefix + wording if wording else None


def _absolute_clause(clause: Token, patient: Token) -> bool:
    """Whether a verbless clause after a verb's object is an absolute clause of its own,
    not what the verb says the object is: one with a subject that is not the object, or
    set off from the object by a comma ("declared a drought in the north, most of its
    wells dry": no "declare most of its wells dry" drought; "declared the port closed"
    is the port's state)."""
    if any(c.dep_ in (NSUBJ, NSUBJPASS) and c.i != patient.i for c in kids(clause)):
        return True
    start = clause.left_edge.i
    return start > patient.i and any(t.is_punct for t in clause.doc[patient.right_edge.i + 1:start])


def _as_clause(child: Token, patient: Token) -> bool:
    """Whether a verb's adverbial clause after its object is only an "as" predicate: an
    adjective or noun whose first word is "as" and which has no verb or subject of its
    own ("regarded technology as problematic", the parse's "problematic" an advcl with
    "as" its advmod)."""
    return (child.dep_ == ADVCL and child.pos_ in ("ADJ", "NOUN") and child.i > patient.i
            and child.left_edge.lower_ == "as"
            and not any(c.dep_ in (NSUBJ, NSUBJPASS, AUX, "cop") for c in kids(child)))


#: Where the parse hangs an object's "to be" predicate besides a clausal complement.
_TO_BE_DEPS = (XCOMP, ACL, ADVCL, RELCL)


def _named_for(verb: Token, patient: Token) -> str | None:
    """For whom a verb of naming calls its object: "called Nevada for Biden" -> "for
    Biden" (a race called for a candidate; "call Nevada" alone loses the point and
    "call for Biden" is no appeal). Not a phrase the object's own label keeps
    (:func:`~extract.actors.concept_complement`: "called the race for Raphael Warnock" ->
    "call | race for Raphael Warnock"), which the relation would only repeat."""
    kept = concept_complement(patient, named=True)
    for prep in children_of(verb, PREP) + children_of(patient, PREP):
        if kept is not None and kept[0].i == prep.i:
            continue  # "called the race for Raphael Warnock": the object's label says it
        if prep.lower_ == "for" and prep.i > patient.i:
            for obj in pobjs(prep):
                if obj.pos_ == "PROPN":
                    return f"for {_wording(obj, prep.i)}"
    return None


def _wording(found: Token, after: int = -1, *, complement: bool = True) -> str | None:
    """A predicate in a few words: its modifiers before it (from ``after`` on) and a
    short complement that says which one it is ("an act of terror"), not its
    determiners, quotes or anything else after it ("a 'witch hunt'" -> "witch hunt")."""
    doc = found.doc
    found_complement = concept_complement(found) if complement else None
    if found_complement is not None and _name_with_and(found_complement[1]):
        found_complement = None  # "buying shares of Wells and Baxter Furniture Co": no few words
    if found_complement is not None:
        prep, obj = found_complement
        rest = _wording(obj, prep.i, complement=False)
        head = _wording(found, after, complement=False)
        if (head is None and rest and prep.lower_ == "of" and _amount_phrase(found)
                and found.lower_ not in PERCENT_UNITS and found.ent_type_ != "PERCENT"):
            # "about 400,000 tonnes of shipments": the shipments; not a percentage of a
            # whole ("to 20 percent of capacity", "to 3 pct of GDP": no capacity, no GDP)
            return rest
        return f"{head} {prep.lower_} {rest}" if head and rest else head
    if _amount_phrase(found):
        return None  # "to 17.50 dlrs", "42 mln dlrs": an amount names no thing or act
    start = max(found.left_edge.i, after + 1)
    while start < found.i and (doc[start].dep_ in _PREDICATE_SKIP or doc[start].is_punct
                               or doc[start].lower_ in WEAK_WORDS):
        start += 1
    counts = _amount_words(doc, start, found.i)
    text = "".join((t.text if t.pos_ == "PROPN" or t.ent_type_ else t.lower_) + t.whitespace_
                   for t in doc[start:found.i + 1] if t.i not in counts)
    words = [w for w in text.translate(_NO_QUOTES).split() if w not in WEAK_WORDS]
    if words and words[0] in ARTICLES:
        words = words[1:]  # "[a]n incomparable mathematician"
    return " ".join(words[-4:]) if words else None


def _amount_word(tok: Token) -> bool:
    """Whether a word of a predicate is part of an amount: a number, a word of a count,
    money, percentage or quantity entity, or a unit ("about 1.2 million bottles",
    "438 mln stg assistance", "to 17.50 dlrs"), which a relation label leaves to the
    triple's quantity: "order to recall bottle", not "order to recall about 1.2 million
    bottles". Never a word of a name ("Article 50", "G7") nor an ordinal: "hold a second
    round" says which one, not how many."""
    if _name_word(tok) or tok.ent_type_ in _NO_AMOUNT_TYPES:
        return False
    if tok.like_num or tok.dep_ in (NUMMOD, QUANTMOD):
        return True
    # a unit with its number ("611 mln stg"), not a bare one ("speculative dollar sales")
    return ((tok.ent_type_ in COUNT_TYPES or is_quantity(tok.text))
            and any(t.like_num for t in tok.subtree))


def _name_word(tok: Token) -> bool:
    """Whether a word is part of a name, so of no amount: a proper noun with a capital
    ("Article 50", "G7"); a lower-case one is a unit the tagger took for a name ("2.27
    billion stg hostile bid", "stg" tagged PROPN), which stays a word of the amount."""
    return tok.pos_ == "PROPN" and not tok.is_lower


#: Entity types of number words that say which one, not how many: "a second round".
_NO_AMOUNT_TYPES = frozenset({"ORDINAL"})


def _amount_words(doc: Doc, start: int, end: int) -> set[int]:
    """The positions from ``start`` up to ``end`` (not included) of the words of amounts:
    each longest run of words that is an amount with a number in it ("about 1.2 million",
    "438 mln stg"; not "dollar" in "speculative dollar sales"), standing apart (not the
    "5" of "5G", the "16" of "F-16"). A word of a name is none."""
    found: set[int] = set()
    i = start
    while i < end:
        apart = i == 0 or bool(doc[i - 1].whitespace_)
        run = next((j for j in range(end, i, -1)
                    if bool(doc[j - 1].whitespace_)
                    and not any(_name_word(t) or t.ent_type_ in _NO_AMOUNT_TYPES
                                for t in doc[i:j])
                    and any(t.like_num for t in doc[i:j]) and is_quantity(doc[i:j].text)),
                   None) if apart else None
        if run is None:
            i += 1
        else:
            found.update(range(i, run))
            i = run
    return found


def _amount_phrase(head: Token) -> bool:
    """Whether a noun with the words before it is only an amount ("611 mln stg", "nine",
    "a record low 2.5 pct"; not "eye drops", "Article 50")."""
    span = head.doc[head.left_edge.i:head.i + 1]
    return _amount_word(head) or (is_quantity(span.text) and any(t.like_num for t in span))


def _name_with_and(obj: Token) -> bool:
    """Whether a complement's object is the first word of a name with a conjunction in it
    ("Wells and Baxter Furniture Co"), which :func:`_wording` cannot cut to a few words."""
    last = complement_end(obj)
    return last is not None and last is not obj and last.ent_iob_ == "I"


def _small_clauses(verb: Token) -> list[tuple[Token, str]]:
    """The subject of a verbless clause after a verb of naming, with what it is said to be.

    "declared the outbreak a pandemic", "declared the outbreak to be a pandemic"
    (parsed as a clause whose subject is "outbreak") -> (outbreak, "pandemic"); "declared
    the agreement void" (the noun parsed as the adjective's compound) -> (agreement,
    "void"). Not
    a clause with "that" or a verb of its own: what is said there is its own triple.
    """
    if verb.lemma_.lower() not in NAMING_VERBS:
        return []
    found = []
    for clause in children_of(verb, CCOMP):
        if any(c.dep_ == MARK for c in kids(clause)):
            continue
        if clause.pos_ in ("NOUN", "ADJ"):
            predicate = clause
        elif clause.lemma_ == "be" and to_infinitive(clause):
            predicate = next((c for c in kids(clause) if c.dep_ in (ATTR, ACOMP)), None)
        else:
            continue
        subject = next((c for c in kids(clause) if c.dep_ == NSUBJ), None)
        if subject is None and clause.pos_ == "ADJ":
            # "declare the agreement void", the noun parsed as the adjective's compound
            subject = next((c for c in clause.lefts if c.dep_ == COMPOUND
                            and c.pos_ in ("NOUN", "PROPN")), None)
        wording = (_wording(predicate, subject.right_edge.i if subject is not None else -1)
                   if predicate is not None else None)
        if subject is not None and wording and subject.pos_ in ("NOUN", "PROPN", "PRON"):
            found.append((subject, wording))
    return found


#: Verbs of object control: their object is to do what their infinitive says.
_CONTROL_VERBS = MANDATING_VERBS | PERSUADING_VERBS


def _secondary(verb: Token, patient: Token) -> str | None:
    """What a verb says becomes of, or is asked of, its object, in a few words, or None.

    A result predicate after the object ("kept their children indoors" -> "indoors",
    "kept the border closed" -> "closed"), an infinitive the object is to carry out
    ("urged residents to evacuate" -> "to evacuate", "asked the government to revoke
    Article 50" -> "to revoke", after a verb of object control, :data:`_CONTROL_VERBS`)
    or, after a verb of moving, where the object is moved from or into, when that is
    no named participant ("removed Morsi from power" -> "from power", "withdrew the US
    from the treaty" -> "from treaty"), or the state the parse hung on a noun after
    the object (:func:`_hung_result`): without it the relation loses its point.
    """
    if patient.i < verb.i:
        return None  # a passive subject: "was conducted pursuant to", "designed to be used"
    found = _moved(verb, patient)
    moved = f"{found[0].lower_} {found[1].lemma_.lower()}" if found is not None else None
    for child in verb.rights:
        if child.i < patient.i:
            continue
        if child.dep_ == OPRD and (child.pos_ in ("NOUN", "ADJ", "ADV") or child.tag_ == "VBN"):
            return _wording(child)
        if (child.dep_ == ADVMOD and child.tag_ == "JJ" and child.pos_ == "ADJ"
                and child.left_edge.i == patient.right_edge.i + 1
                and verb.lemma_.lower() in STATE_KEEPING_VERBS):
            # the parser's reading of a result adjective after a gerund ("criticised the
            # Bundesbank for keeping rates too low": "low" an adverb of "keeping"), as
            # "kept rates too low" is "keep too low"
            return _wording(child)
        if (state := _kept_going(verb, patient)) is not None:
            return state
        if (child.dep_ in (XCOMP, ADVCL) and child.pos_ == "VERB" and to_infinitive(child)
                and verb.lemma_.lower() in USING_VERBS
                and not children_of(child, CCOMP, XCOMP)
                and not any(children_of(o, ACL, RELCL) for o in children_of(child, DOBJ))):
            # what a means is used for: "used the proceeds to repay debt" is "use to repay
            # debt", "use proceeds" alone says nothing of it (not a clause the infinitive
            # brings about, too long to say: "used his influence to have a prosecutor
            # investigating X fired")
            return act_wording(child, infinitive=True)
        if (child.dep_ == XCOMP and child.pos_ == "VERB" and verb.lemma_.lower() in _CONTROL_VERBS
                and to_infinitive(child)):
            # "urged states not to reschedule": the "not" is part of what is urged
            return act_wording(child, infinitive=True, total=len(patient.conjuncts) > 0)
        if (child.dep_ == XCOMP and child.lemma_ == "be" and to_infinitive(child)
                and verb.lemma_.lower() in _CONTROL_VERBS):
            # "asked Cengiz to be patient": what the object is asked to be ("ask to be
            # patient"; "ask" alone loses it)
            state = next((c for c in kids(child) if c.dep_ in (ACOMP, ATTR)), None)
            wording = _wording(state, child.i) if state is not None else None
            if wording:
                negative = has_neg(child)
                return f"{'not ' if negative else ''}to be {wording}"
    if (let := let_act(verb, patient)) is not None:
        return let
    return (second_complement(verb, patient) or moved or _hung_result(verb, patient)
            or _given_with(verb, patient) or _held_as(verb, patient)
            or _chosen_as(verb, patient))


def let_act(verb: Token, patient: Token) -> str | None:
    """What a verb of letting or helping lets its object do, when the parse made the object
    the subject of the clause after it (:func:`~extract.rules.base.clause_objects`), in
    :func:`act_wording`'s words, or None: "allows Somali traders to cross into Mandera"
    -> "to cross into Mandera", "refused to let Syrian troops enter the suburbs" -> "enter
    suburbs" (a bare infinitive has no "to"), "helped Russia evade sanctions" -> "evade
    sanctions": "let" or "allow" alone loses what was let.
    """
    clause = patient.head
    if (patient.dep_ != NSUBJ or clause.dep_ != CCOMP or clause.head.i != verb.i
            or clause.i < patient.i or verb.lemma_.lower() not in LETTING_VERBS
            or clause.pos_ != "VERB" or any(c.dep_ == MARK for c in kids(clause))):
        return None
    return act_wording(clause, infinitive=to_infinitive(clause))


def _held_as(verb: Token, patient: Token) -> str | None:
    """What a captor keeps its object as, when that is a captive
    (:data:`~extract.lexicon.CAPTOR_VERBS`, :data:`~extract.lexicon.CAPTIVE_NOUNS`):
    "held thousands of civilians as human shields" -> "as human shields", "kept the
    engineers as prisoners" -> "as prisoners" (the relation "hold as" is detention; "hold"
    alone says nothing). The "as" phrase after the object, on the verb or the object. A
    captive noun that names a thing too (:data:`~extract.lexicon.COVER_CAPTIVE_NOUNS`) is
    one only as a "human" one: "used the mosque as a shield" is cover, no detention."""
    if verb.lemma_.lower() not in CAPTOR_VERBS:
        return None
    for prep in children_of(verb, PREP) + children_of(patient, PREP):
        if prep.lower_ != "as" or prep.i < patient.i:
            continue
        for role in pobjs(prep):
            if role.lemma_.lower() in CAPTIVE_NOUNS and _captive_role(role) \
                    and (wording := _wording(role, prep.i)):
                return f"as {wording}"
    return None


def _chosen_as(verb: Token, patient: Token) -> str | None:
    """The role a verb of choosing gives its object (:data:`~extract.lexicon.APPOINTING_VERBS`),
    in a few words: "had chosen Ford as the target for a possible strike" -> "as target for
    possible strike", "elected Jones as chairman" -> "as chairman" ("choose" Ford alone
    loses what for). The "as" phrase after the object, on the verb or the object; None
    without one."""
    if verb.lemma_.lower() not in APPOINTING_VERBS:
        return None
    for prep in children_of(verb, PREP) + children_of(patient, PREP):
        if prep.lower_ != "as" or prep.i < patient.i:
            continue
        for role in pobjs(prep)[:1]:
            if role.pos_ == "NOUN" and (wording := _wording(role, prep.i)):
                return f"as {wording}"
    return None


def _captive_role(role: Token) -> bool:
    """Whether a captive noun names people held: any but one that names a thing as well
    (a shield), which must be a "human" one ("as human shields"; "as a shield" is cover)."""
    return role.lemma_.lower() not in COVER_CAPTIVE_NOUNS or any(
        c.dep_ in (AMOD, COMPOUND) and c.lower_ == "human" for c in role.lefts)


def _kept_going(verb: Token, patient: Token) -> str | None:
    """The participle a verb of keeping or leaving (:data:`~extract.lexicon.
    STATE_KEEPING_VERBS`) puts its object in, as the relation says it, or None: "kept the
    mine running" -> "running", "left the refugees waiting", "sent prices tumbling".

    The participle stands right after the object's phrase, no comma between, and is hung
    on the verb (an open complement) or, after a verb only of keeping
    (:data:`~extract.lexicon.KEEPING_VERBS`), on the object (the parser's reading of "kept
    its planes flying"; "sent a letter asking for X" is the letter's); it has no object of
    its own ("kept the engineers building roads" is
    another act). Not a participle of another verb ("caught smugglers carrying cocaine"),
    nor a clause set off ("left Gaza, saying ...")."""
    if verb.lemma_.lower() not in STATE_KEEPING_VERBS:
        return None
    participle = next((c for c in (*patient.rights, *verb.rights)
                       if c.tag_ == "VBG" and c.pos_ == "VERB"
                       and ((c.dep_ == XCOMP and c.head == verb
                             and c.i == patient.right_edge.i + 1)
                            or (c.dep_ == ACL and c.head == patient and c.i == patient.i + 1
                                and verb.lemma_.lower() in KEEPING_VERBS))),
                      None)
    if participle is None or any(c.dep_ in (DOBJ, CCOMP, XCOMP, NSUBJ)
                                 for c in kids(participle)):
        return None
    particle = " ".join(c.lower_ for c in kids(participle) if c.dep_ == PRT)
    return f"{participle.lower_} {particle}".strip()


def _set_off(tok: Token) -> bool:
    """Whether a comma stands right before ``tok``: "..., with maximum rebates"."""
    return tok.i > 0 and tok.doc[tok.i - 1].text == ","


def _given_with(verb: Token, patient: Token) -> str | None:
    """What a verb of giving (:data:`~extract.lexicon.TRANSFER_VERBS`) gives its object
    "with", in a few words: "provided the money market with 438 mln stg assistance" ->
    "with assistance" (no amount, :func:`_wording`), "supplied the rebels with weapons"
    -> "with weapons"
    (the object is the recipient; "provide" the money market alone loses what was
    given); a count names what it counts ("with thousands of rockets" -> "with rockets").
    None for a name or a party ("with Iran": a partner, no thing given), an amount of
    nothing named, or a "with" phrase set off by a comma, which tells how it was given,
    not what ("granted export licences at its weekly tender, with maximum rebates of 131
    ecus": no "grant with maximum rebates", the licences were what was granted)."""
    if verb.lemma_.lower() not in TRANSFER_VERBS:
        return None
    for prep in children_of(verb, PREP):
        if prep.lower_ != "with" or prep.i < patient.i or _set_off(prep):
            continue
        for obj in pobjs(prep)[:1]:
            if _measure(obj):
                # "with thousands of rockets": the rockets
                obj = next((p for c in kids(obj) if c.dep_ == PREP and c.lower_ == "of"
                            for p in pobjs(c)), obj)
            wording = None if names_something(obj) or _party_noun(obj) or _measure(obj) \
                else _wording(obj, prep.i)
            if wording:
                return f"with {wording}"
    return None


def _moved(verb: Token, patient: Token) -> tuple[Token, Token] | None:
    """Where a verb of moving (:data:`MOVING_VERBS`) moves its object from or into, when
    that is no named participant nor a level ("bringing its price to 17.50 dlrs", the
    triple's quantity): "removed Morsi from power" -> (from, power),
    "evacuated residents from homes" -> (from, homes). The phrase is on the verb, or on a
    name, which takes no such modifier; it belongs in the object's relation ("evacuate
    from home" residents), and is no participant of its own."""
    if patient.i < verb.i or verb.lemma_.lower() not in MOVING_VERBS:
        return None
    heads = (verb, patient) if patient.pos_ == "PROPN" or patient.ent_type_ else (verb,)
    return next(((prep, obj) for head in heads for prep in children_of(head, PREP)
                 if prep.i > patient.i and prep.lower_ in MOTION_PREPS
                 for obj in pobjs(prep)
                 if obj.pos_ == "NOUN" and not names_something(obj) and not obj.ent_type_
                 and obj.lemma_.lower() not in QUANTITY_HEADS and not _level(obj)), None)


def _level(obj: Token) -> bool:
    """Whether a prepositional object is an amount or a number ("17.50 dlrs", "nine")."""
    if obj.ent_type_ in TIME_TYPES or obj.lower_ in CLOCK_WORDS:
        return False  # "is to leave office at 5 p.m.": a time, no level
    return (obj.like_num or obj.ent_type_ in COUNT_TYPES
            or any(c.dep_ == NUMMOD or c.like_num for c in kids(obj)))


def goal_phrase(verb: Token, patient: Token) -> Token | None:
    """The "to" phrase that says where a verb of :data:`GOAL_VERBS` takes its object, on
    the verb or on the object, after it: "took the dispute to the GATT council", "is
    considering taking the offer directly to shareholders" (the offer is not accepted),
    "referred the bid to the Monopolies Commission"; not a level ("brought its price to
    17.50 dlrs") or a time ("took the talks to midnight"). Else None."""
    if patient.i < verb.i or verb.lemma_.lower() not in GOAL_VERBS:
        return None
    return next((prep for head in (verb, patient) for prep in children_of(head, PREP, DATIVE)
                 if prep.lower_ == "to" and prep.i > patient.i
                 and any(not _level(o) and not _circumstance(o) for o in pobjs(prep))),
                None)


def taken_party(patient: Token) -> bool:
    """Whether the object of a verb of :data:`GOAL_VERBS` is a party taken somewhere, a
    participant of its own ("took the government to arbitration", "brought all
    Melbournians to the chamber", "took them to court"), not a thing ("took the dispute to
    GATT")."""
    return (names_something(patient) or patient.pos_ in ("PROPN", "PRON")
            or actor_noun(patient) or named_group(patient))


def _before_level(verb: Token, prep: Token, patients: list[Token]) -> bool:
    """Whether a verb's prepositional phrase stands between its object and the level a
    verb of :data:`LEVEL_VERBS` brings it to, and so belongs to the object: "the sales
    bring total grain commitments from Canada for the season to 3.2 mln tonnes" --
    the commitments are Canada's; nothing is brought from Canada."""
    if verb.lemma_.lower() not in LEVEL_VERBS:
        return False
    return any(p.i < prep.i < level.i for p in patients for level in children_of(verb, PREP)
               if level.lower_ in ("to", "at") and any(map(_level, pobjs(level))))


def second_complement(verb: Token, patient: Token) -> str | None:
    """The second complement a verb's object needs to make its point, in a few words.

    "likened the current system to indoctrination" -> "to indoctrination"
    (:data:`COMPARING_VERBS`); "brought its price for WTI to 17.50 dlrs", "sets the number
    of justices at nine" -> None (:data:`LEVEL_VERBS`, with an amount or number: the
    amount is the triple's quantity, :func:`~extract.hygiene.level_of`, and its
    preposition no part of the label: "cut to" a rate reads as cutting it to nothing);
    "failed to stop customers from laundering money" -> "from laundering money"
    (:data:`PREVENTING_VERBS`, with a gerund); "asked donor governments for emergency aid"
    -> "for emergency aid" ("for 12 mln dlrs" -> "for",
    :func:`_asked_for`). Without it "liken system", "bring price", "stop customers" or
    "ask governments" lose what was said.
    """
    if patient.i < verb.i:
        return None
    lemma = verb.lemma_.lower()
    heads = (verb, patient) if lemma in LEVEL_VERBS else (verb,)
    for head in heads:
        for prep in children_of(head, PREP):
            word = prep.lower_
            if prep.i < patient.i:
                continue
            if lemma in PREVENTING_VERBS and word == "from":
                gerund = next((c for c in kids(prep)
                               if c.dep_ == PCOMP and c.tag_ == "VBG"), None)
                if gerund is None:
                    continue
                thing = next((c for c in kids(gerund) if c.dep_ == DOBJ
                              and c.pos_ == "NOUN"), None)
                wording = _wording(thing, gerund.i) if thing is not None else None
                return f"from {gerund.lower_}" + (f" {wording}" if wording else "")
            for obj in pobjs(prep):
                if ((lemma in COMPARING_VERBS and word in ("to", "with"))
                        or (lemma in LEVEL_VERBS and word in ("to", "at") and _level(obj))
                        or (prep == goal_phrase(verb, patient) and taken_party(patient))
                        or _put_in_state(verb, prep, obj) or _asked_for(verb, prep, obj)):
                    wording = _wording(obj, prep.i)
                    if wording:
                        return f"{word} {wording}"
                    if _asked_for(verb, prep, obj):
                        # "asked donor governments for 12 mln dlrs" -> "for": what is
                        # asked is the point, its amount the triple's quantity
                        # (:func:`~extract.hygiene.amount_of`); a level's preposition
                        # leaves the label with its amount ("cut its rate to 3 pct": "cut")
                        return word
    return None


def _asked_for(verb: Token, prep: Token, obj: Token) -> bool:
    """Whether the "for" phrase of a verb of asking (:data:`APPEAL_VERBS`) after its object
    names what the object is asked for, which makes the point: "asked donor governments
    for 12 mln dlrs", "pressed Washington for concessions", "lobbied Congress for tax
    relief" ("ask governments" alone says nothing of it). Not a named party or place ("for
    Biden": on someone's behalf), nor a time ("for two hours")."""
    return (verb.lemma_.lower() in APPEAL_VERBS and prep.lower_ == "for"
            and prep.head.i == verb.i and obj.pos_ == "NOUN" and not names_something(obj)
            and not is_place(obj) and obj.ent_type_ not in TIME_TYPES
            and obj.lemma_.lower() not in DURATION_NOUNS)


def _put_in_state(verb: Token, prep: Token, obj: Token) -> bool:
    """Whether a verb of :data:`PLACING_VERBS` puts its object in the state its "on" or
    "under" phrase names (:data:`STATE_PREPS`), which makes the point: "placed its
    Brazilian loans on a non-accrual basis", "put the merger on hold", "kept the stores
    under their existing name" ("place loan" alone says nothing). Not a named party or
    place, a time or an amount, nor an event noun of a class ("placed X under sanctions"
    is the sanction itself, see :func:`_placed_under`)."""
    if not (verb.lemma_.lower() in PLACING_VERBS and prep.lower_ in STATE_PREPS
            and prep.head.i == verb.i and obj.pos_ == "NOUN"
            and (not names_something(obj) or _named_state(obj))
            and not is_place(obj) and not _circumstance(obj)):
        return False
    lexicon = default_lexicon()
    event = event_lemma(obj, lexicon)
    return event is None or lexicon.classify(event, pos="NOUN") is None


def _named_state(obj: Token) -> bool:
    """Whether a common noun a name only modifies is a state or an authority one is put
    under, not a party: "under the U.S. flag", "under United Nations command", "under
    Chinese control" (the name a word before the noun, the noun no actor: not "under
    Iraqi forces", "under U.S. troops")."""
    return (not obj.ent_type_ and not actor_noun(obj) and not named_group(obj)
            and not person_lemma(obj.lemma_.lower())
            and all(not c.ent_type_ or c.dep_ in (COMPOUND, AMOD, NMOD) for c in kids(obj)))


def _done_to(infinitive: Token, *, total: bool = False) -> str:
    """The object of an infinitive of object control, to follow it in the relation.

    "ordered the government to reinstate the attorney general" -> " attorney general",
    "told its shareholders to ignore it" -> " it": without it "order to reinstate"
    government reads as reinstating the government. Empty without an object. ``total``:
    the controllers are coordinated, so a count of the object is their total, which no
    one of them is told to do ("forced Air France and Air Inter to cancel more than 500
    flights" -> " flights" for each airline). The state the infinitive puts its object
    in goes with it: "asked the court to declare the strike illegal" -> " strike
    illegal" (a small clause, :func:`_small_clauses`), "ordered the company to keep its
    books open" -> " books open" (an object predicate): "ask to declare" the court loses
    what was asked.
    """
    thing = next((c for c in kids(infinitive) if c.dep_ == DOBJ), None)
    state = None
    if thing is None:
        thing, state = next(iter(_small_clauses(infinitive)), (None, None))
    else:
        state = next((_wording(c) for c in infinitive.rights if c.dep_ == OPRD
                      and c.i > thing.i and c.pos_ in ("ADJ", "NOUN", "ADV")), None)
    after = f" {state}" if state else ""
    if thing is None:
        return ""
    if thing.lemma_.lower() in QUANTITY_HEADS and (counted := _counted(thing)) is not None \
            and counted.pos_ == "NOUN":
        thing = counted  # "to withdraw tens of thousands of troops": the troops
    if thing.pos_ == "PRON":
        return f" {thing.lower_}{after}"
    counts = [c for c in thing.lefts if c.dep_ in (NUMMOD, QUANTMOD) or c.like_num] if total \
        else []
    wording = _wording(thing, max([infinitive.i] + [c.right_edge.i for c in counts]))
    # a number after a name is part of it: "Article 50"
    number = " ".join(c.text for c in thing.rights if c.dep_ == NUMMOD and c.i == thing.i + 1)
    return f" {wording} {number}".rstrip() + after if wording else ""


def act_wording(verb: Token, *, infinitive: bool = False, total: bool = False) -> str:
    """What a clause's verb does, in a few words, for the relation of whoever asks it:
    "must first agree to a direct vote" -> "agree to direct vote", "must withdraw its
    fleet" -> "withdraw fleet", "should not be punished" -> "not be punished".

    The one wording of an act asked or meant: ``infinitive`` puts "to" before the verb
    and after a "not" ("urged states not to reschedule their debts" -> "not to reschedule
    debts"), as the relation of a verb of object control, of appeal or of using says it;
    ``total`` is :func:`_done_to`'s. What follows the verb is
    :func:`_act_complement`'s: "urged OPEC members to stick to their quotas" -> "to stick
    to quotas", not a bare "to stick".
    """
    negative = "not " if has_neg(verb) else ""
    to = "to " if infinitive else ""
    if is_passive(verb):
        return f"{negative}{to}be {verb.lower_}"
    return f"{negative}{to}{verb_lemma(verb)}{_act_complement(verb, total=total)}"


def _act_complement(verb: Token, *, total: bool = False) -> str:
    """The few words after a verb in :func:`act_wording`, with a leading space, or "".

    Its object (:func:`_done_to`: "withdraw fleet"; an amount is the triple's quantity:
    "ordered Argentina to pay 16 billion dollars to the shareholders" is "order to pay");
    a verb with no object: its predicate ("should become a republic": "become
    republic"), else its first participant preposition with its object
    (:func:`~extract.rules.base.prep_objects`: "agree to direct vote", "switch to
    drought-resistant crops", not a time or place: "leave within a week" is "leave"),
    else its own infinitive ("agree to cut exports") or gerund ("stop releasing water"):
    "stop" alone loses what is to stop; a bare infinitive goes on to what it does ("help
    stabilise the dollar" -> "help stabilise dollar", "let aid trucks enter Gaza" -> "let
    aid trucks enter Gaza", :func:`_bare_infinitive`): "help" or "let" alone says nothing
    of the act. Each part is a few words (:func:`_wording`).
    """
    done = _done_to(verb, total=total)
    if done or any(c.dep_ == DOBJ for c in kids(verb)):
        return done
    state = next((c for c in kids(verb) if c.dep_ in (ATTR, ACOMP)), None)
    if state is not None and (wording := _wording(state, verb.i)):
        return f" {wording}"
    for prep, obj in prep_objects(verb):
        if prep.i > verb.i and (wording := _wording(obj, prep.i)):
            return f" {prep.lower_} {wording}"
    for child in kids(verb):
        if child.dep_ != XCOMP or child.i < verb.i or child.pos_ != "VERB":
            continue
        if child.tag_ == "VBG":
            return f" {child.lower_}{_done_to(child)}"
        if to_infinitive(child):
            return f" to {verb_lemma(child)}{_done_to(child) or _bare_infinitive(child)}"
    return _bare_infinitive(verb)


def _bare_infinitive(verb: Token) -> str:
    """The act of a bare infinitive after ``verb``, with a leading space, or "": a verb of
    helping's ("help stabilise the dollar" -> " stabilise dollar") or a verb of letting's,
    with the subject it lets act ("let aid trucks enter Gaza" -> " aid trucks enter
    Gaza"), each in :func:`act_wording`'s words. Not a clause with "to" (read by
    :func:`_act_complement` before), "that" or an auxiliary of its own, nor a verb of
    another kind ("said troops withdraw").
    """
    for clause in bare_infinitives(verb):
        subject = next((c for c in clause.lefts if c.dep_ == NSUBJ), None)
        if clause.dep_ == CCOMP and subject is None:
            continue
        who = _wording(subject, verb.i, complement=False) if subject is not None else None
        return f" {who} {act_wording(clause)}" if who else f" {act_wording(clause)}"
    return ""


def _asked_to(verb: Token, addressee: Token) -> str | None:
    """What an appeal verb asks its addressee to do, in a few words, or None.

    "called on Israel to halt construction" -> "to halt construction", "appealed to
    Turkey not to close its border" -> "not to close border", "called on members to
    agree to cut exports" -> "to agree to cut export" (:func:`~extract.rules.base.addressees`):
    as "urged Israel to halt construction" is "urge to halt construction", "call on"
    Israel alone loses what was asked. None for a prepositional object that is no
    addressee ("called on Monday for talks").
    """
    if addressee not in addressees(verb):
        return None
    asked = [c for c in kids(verb) if c.i > addressee.i and c.pos_ == "VERB"
             and to_infinitive(c) and c.dep_ in (XCOMP, ADVCL)]
    if not asked:
        return None
    # "called on members to agree to cut exports": what they are to agree to
    return act_wording(asked[0], infinitive=True)


def _hung_result(verb: Token, patient: Token) -> str | None:
    """The state a verb of result puts its object in, when the parse hung it on a noun.

    "made stocks for a planned Wednesday special available early", "left rules for
    foreign banks unchanged": the adjective after the object's prepositional phrase
    (:data:`RESULT_VERBS`) is parsed as a modifier of the last noun, but says what the
    verb made of its object ("make available"); so is one right after the object itself
    ("leaving at least 30 people dead": "leave dead").
    """
    if verb.lemma_.lower() not in RESULT_VERBS:
        return None
    after = patient.doc[patient.i + 1] if patient.i + 1 < len(patient.doc) else None
    if (after is not None and after.head.i == patient.i and after.dep_ == AMOD
            and after.pos_ == "ADJ"):
        # "leaving at least 30 people dead": the adjective right after the object, parsed
        # as its modifier (an English adjective after its noun is no attribute)
        return after.lower_
    state = patient.head
    if (patient.dep_ == NSUBJ and state.pos_ == "ADJ" and state.dep_ == CCOMP
            and state.head.i == verb.i and state.i > patient.i):
        # ... or as a clause whose subject is the object (see base.clause_objects)
        return state.lower_
    for prep in children_of(verb, PREP) + children_of(patient, PREP):
        if prep.i < patient.i:
            continue
        for noun in pobjs(prep):
            for adj in noun.rights:
                if (adj.dep_ == AMOD and adj.pos_ == "ADJ" and adj.i == noun.i + 1
                        and not any(c.dep_ == PREP for c in noun.rights if c.i > adj.i)):
                    return adj.lower_
    return None


def _said_as(verb: Token, prep: Token, obj: Token) -> str | None:
    """What a verb of :data:`AS_PREP_VERBS` says its prepositional object is.

    "referred to hecklers as 'ugly folks'" -> "as ugly folks", "thinks of Russia
    as a threat" -> "as threat": "refer to hecklers" alone loses the point.
    """
    if verb.lemma_.lower() not in AS_PREP_VERBS or prep.lower_ == "as":
        return None
    for other in children_of(verb, PREP):
        if other.lower_ == "as" and other.i > obj.i:
            for said in pobjs(other):
                wording = _wording(said, other.i)
                if wording:
                    return f"as {wording}"
    return None


def _adjective_label(verb: Token, label: str, prep: Token) -> str:
    """The label of a prepositional relation with the verb's adjective before the
    preposition kept: "tested negative for COVID-19" -> "test negative for",
    "pleaded guilty to fraud" -> "plead guilty to", "pleaded not guilty to fraud" ->
    "plead not guilty to" (the adjective's "not" with it)."""
    for child in verb.rights:
        if child.i > prep.i:
            break
        if child.pos_ == "ADJ" and child.dep_ in (ACOMP, OPRD, DOBJ, ADVMOD):
            # "pleaded not guilty to X": the adjective's own "not" stays with it
            denied = "".join(f"{c.lower_} " for c in kids(child) if c.dep_ == NEG)
            return f"{label[:-len(prep.lower_)]}{denied}{child.lower_} {prep.lower_}"
    return label


def _event_antecedent(verb: Token, patient: Token, lexicon: EventLexicon) -> Token:
    """The event noun a relative clause of carrying out refers to, else ``patient``.

    "The killing of Nasrallah, which Israel carried out on Friday": the parse hangs
    the relative clause on the name after "of", but what is carried out, conducted,
    perpetrated, ordered or announced (:data:`LIGHT_VERBS`, :data:`DEED_VERBS`,
    :data:`CAUSATIVE_VERBS`) is the event noun, so the clause reads as "Israel carried
    out the killing of Nasrallah" ("the capture of Avdiivka, which Russia announced"),
    also through more phrases for a verb of
    :func:`~actorgraph.extract.rules.nominal.deed_event` ("an attack on the annex in East
    Beirut, which Islamic Jihad claimed"). A place is claimed, no deed: "the occupation of
    the islands, which China claims" (a claim only of an assault,
    :data:`~actorgraph.extract.rules.nominal.CLAIMED_CLASS`).
    """
    if (verb.dep_ != RELCL or patient.i != verb.head.i or patient.dep_ != POBJ
            or verb.lemma_.lower() not in CARRYING_VERBS):
        return patient
    if (deed := deed_event(verb, lexicon)) is not None:
        # "an attack on the annex in East Beirut, which Islamic Jihad claimed" (through
        # more phrases, see :func:`~actorgraph.extract.rules.nominal.deed_event`)
        return deed
    noun = patient.head.head
    event = event_lemma(noun, lexicon) if noun.pos_ == "NOUN" else None
    if (verb.lemma_.lower() in RELATIVE_CLAIMING_VERBS and event is not None
            and lexicon.classify(event, pos="NOUN") != CLAIMED_CLASS):
        return patient  # "the occupation of the islands, which China claims": the islands
    if patient.head.lower_ in ("of", "on", "against") and event is not None:
        return noun
    return patient


def _respectively(verb: Token) -> bool:
    """Whether "respectively" distributes the verb's coordinated arguments."""
    return any(t.lower_ == "respectively" for c in kids(verb) for t in (c, *kids(c)))


def _paired(verb: Token, agents: list[Token], patients: list[Token],
            lexicon: EventLexicon) -> Iterator[TokenTriple]:
    """Triples of "X and Y did A and B respectively": X to A and Y to B."""
    lemma = verb_lemma(verb)
    negated, hedged = is_negated(verb), False
    for agent, patient in zip(agents, patients, strict=True):
        yield TokenTriple(agent, verb, patient, lemma, lemma, "VERB", negated, "svo", hedged)


def _said_subject(verb: Token, patient: Token) -> bool:
    """Whether the object of a verb of saying is the subject of what is said.

    "CalFire said several acres burned", "claimed Iran, among others, is
    influencing the government": the parse makes the noun the verb's object
    and leaves the reported verb without a subject (or hangs it on the noun);
    the noun is not what was said or claimed.
    """
    if verb.lemma_.lower() not in REPORTING_VERBS - HEARER_VERBS:
        return False
    if (verb.lemma_.lower() in CLAUSE_SAYING_VERBS and patient.i > verb.i
            and patient.pos_ in ("NOUN", "PROPN") and patient.lemma_.lower() not in SAID_NOUNS):
        # "UNHCR said the camps in Cox's Bazar host 1.1 million people": "say" takes a
        # clause or what is said ("said a prayer"), never a participant
        return True
    if any(c.dep_ == ACL and c.tag_ in ("VBN", "VBG") and c.i != verb.i
           for c in kids(patient)):
        return True  # (the verb's own participle is said of its noun: "X, charged by Y,")
    return any(c.i > patient.i and not any(g.dep_ in _SUBJECT_DEPS for g in kids(c))
               and (c.dep_ == CCOMP or _cut_clause(verb, patient, c)
                    # "reported X to be dead" (a verb of naming says it: "declare void")
                    or (_to_be(c) and verb.lemma_.lower() not in NAMING_VERBS))
               for c in kids(verb))


#: Dependencies of a clause's own subject.
_SUBJECT_DEPS = (NSUBJ, NSUBJPASS, EXPL, CSUBJ)


def _to_be(clause: Token) -> bool:
    """Whether ``clause`` is an infinitive "to be": "reported Hamza bin Laden to be dead"."""
    return clause.lemma_ == "be" and to_infinitive(clause)


def _cut_clause(verb: Token, patient: Token, clause: Token) -> bool:
    """Whether a finite verb the parse joined to a verb of saying is what was said.

    "announced classes for students would be cancelled", "claimed 56 percent of
    respondents were not remembering correctly", "claimed Iran, especially, is
    influencing the government": the parse makes the reported clause a conjunct or
    adverbial clause of the saying verb, with no subject, no "and" and no
    subordinating word of its own; its subject is the noun taken for the object.
    """
    if clause.dep_ not in (CONJ, ADVCL) or clause.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ == MARK for c in kids(clause)):
        return False  # "... when she arrived"
    if any(c.dep_ in (CC, PRECONJ) and patient.i < c.i < clause.i for c in kids(verb)):
        return False  # "announced the deal and would sign it": a second act
    return clause.tag_ in FINITE_TAGS or any(
        c.dep_ in (AUX, AUXPASS) and c.tag_ in FINITE_TAGS for c in kids(clause))


def received_from(verb: Token, patients: list[Token]) -> list[tuple[Token, Token]]:
    """The "from" phrase of what is received: "received a letter from the FSLIC"."""
    if verb.lemma_.lower() not in RECEIVE_VERBS:
        return []
    return [(prep, t) for patient in patients for prep in children_of(patient, PREP)
            if prep.lower_ == "from" for t in pobjs(prep) if names_something(t)]


#: Light verbs that may instead carry their object somewhere, made once.
_CONVEYING_LIGHT_VERBS = LIGHT_VERBS & CONVEYING_VERBS


def _conveyed(verb: Token, patient: Token, event: str, lexicon: EventLexicon) -> bool:
    """Whether a light verb of carrying (:data:`~extract.lexicon.LIGHT_VERBS` that are
    :data:`~extract.lexicon.CONVEYING_VERBS`: "take", "carry") brings its event noun
    "to" someone instead of doing it: "would take the offer directly to shareholders" is
    "take offer to" them, not an offer made to them; "took the dispute to the GATT
    council", "carried the proposal to the cabinet" (the "to" hung on the verb or on the
    noun). Not with a particle ("carried out
    an attack on X"), nor for a violent event ("took the fight to the rebels" fights
    them)."""
    return (verb.lemma_.lower() in _CONVEYING_LIGHT_VERBS
            and not children_of(verb, PRT)
            and lexicon.classify(event, pos="NOUN") not in VIOLENT_CLASSES
            and any(p.lower_ == "to" and p.i > patient.i
                    for p in (*children_of(verb, PREP, DATIVE), *children_of(patient, PREP))))


def _named_kind(noun: Token) -> str:
    """A noun's lemma with the noun compound that names it whole (:func:`_kind`), for a
    relation label: "summoned the Afghan charge d'affaires" -> "charge d'affaires" (not
    "d'affaires"), "expelled the military attache" -> "attache"."""
    kind = _kind(noun)
    return f"{kind.lower_ + ' ' if kind is not None else ''}{noun.lemma_.lower()}"


def _reactions(agents: list[Token], verb: Token, noun: Token, rel: str, negated: bool,
               hedged: bool, lexicon: EventLexicon, *,
               label: str | None = None) -> Iterator[TokenTriple]:
    """Whose proposal is rejected or welcomed: each agent to each owner of ``noun``
    ("rejected calls by Belarus" -> reject call -> Belarus), or to the author of the
    violent event it refers back to ("The UN condemned the attack", see
    :func:`earlier_agents`). A nationality is no owner of a private person ("charged a
    Russian national", "accused a British tourist": not Russia or Britain), nor of a firm
    ("accused Japanese competitors", "fined a German bank": :data:`BUSINESS_NOUNS`,
    :data:`COMPANY_HEADS`), only of one who stands for the country ("summoned the Israeli
    ambassador", "Syrian troops")."""
    # "freed hostages kidnapped by Hamas": whoever did violence to the thing does not own
    # it as one owns a plan ("rejected the plan put forward by France")
    violent = {a.i for acl in children_of(noun, ACL) if acl.tag_ == "VBN"
               and lexicon.classify(verb_lemma(acl)) in VIOLENT_CLASSES for a in by_agents(acl)}
    # nor of a firm ("accused Japanese competitors of dumping": not Japan)
    private = ((person_lemma(noun.lemma_.lower()) and noun.lemma_.lower() not in ROLE_WORDS
                and noun.lower_ not in MEMBER_HEADS)
               or noun.lemma_.lower() in BUSINESS_NOUNS | COMPANY_HEADS)
    # "rejected a truce proposed by Egypt": no truce agreed with Egypt (negated); "turned
    # down bids from European dealers": no bid accepted
    refused = not negated and _rebuffed_proposal(verb, noun, lexicon, named=True)
    # "talks stalled over the abduction of X by Y": an event that stalls reacts to nothing;
    # nor does a thing that backs the noun as the agent of a participle on it ("Syrian
    # soldiers backed by tanks": the tanks back no one on Syria's side, they go with the
    # soldiers): only one who may act; nor a weapon or vehicle of war, alone or in a list
    # ("troops backed by helicopter gunships", "by tanks and artillery"). A dropped agent
    # is still no owner the others react to ("troops backed by Russian jets and Hezbollah
    # fighters": Hezbollah backs no troops of Russia's)
    given = {a.i for a in agents}
    agents = [a for a in agents if not (a.pos_ == "NOUN" and lexicon.is_event_noun(a.lemma_))
              and not _backing_thing(a, noun)]
    own = owners(noun)
    for owner in own or earlier_agents(noun, lexicon) or earlier_proposers(noun):
        if owner.i in violent or (private and owner.head.i == noun.i and owner.dep_ != POSS
                                  and country_word(owner)):
            continue
        for agent in agents:
            if owner.i != agent.i and owner.i not in given \
                    and (rebutted := _rebutted_act(verb, noun, agent)) is not None:
                # "Pakistan dismissed India's accusation", "Vale will contest the fine":
                # the act was done to the one who rebuts it, told the right way round
                # (India accuse Pakistan), and the rebuttal by its verb alone (Pakistan
                # dismiss India); "dismiss accusation -> India" would read as an
                # accusation of India's
                if rebutted and not (owner not in own and _other_accused(noun, agent)):
                    # (labelled by the noun, as the nominal rule does: "accusation"; not
                    # for a charge told earlier against another: "Uganda accused Kenya of
                    # ... Kenyan President Moi denied the charge" charged Kenya, not Moi)
                    yield TokenTriple(owner, noun, agent, rebutted, noun.lemma_.lower(),
                                      "NOUN", False, "reaction", False)
                rebuttal = verb_lemma(verb)
                yield TokenTriple(agent, verb, owner, rebuttal, rebuttal, "VERB", negated,
                                  "reaction", hedged)
                continue
            if owner.i != agent.i and owner.i not in given and not _backer(owner, noun) \
                    and (proposed := _proposed_act(verb, noun)) is not None:
                # "Kyiv turned down Moscow's proposal", "Israel accepted Egypt's
                # invitation": the proposal was made to the one who reacts to it, told
                # the right way round (Moscow propose Kyiv, labelled by the noun as
                # the nominal rule's "offer from" is: "proposal"), and the reaction by
                # its verb alone (Kyiv turn down Moscow); "turn down proposal -> Moscow"
                # would read as a proposal of Kyiv's
                if owner in own and not any(t.subject.i == owner.i and t.object.i == agent.i
                                            for t in addressed_offers(noun)):
                    # (not twice: "rejected an offer from Lindquist" is the nominal rule's;
                    # nor for an earlier mention, told by its own triple with whom it was
                    # made to: "The Teamsters asked Congress to ... The White House rejected
                    # the request" was asked of Congress)
                    # (with the compound that names it: "ceasefire proposal")
                    yield TokenTriple(owner, noun, agent, proposed, _named_kind(noun),
                                      "NOUN", False, "reaction", False)
                reaction = verb_lemma(verb)
                yield TokenTriple(agent, verb, owner, reaction, reaction, "VERB", negated,
                                  "reaction", hedged)
                if refused:
                    yield TokenTriple(agent, verb, owner, _ACCEPTING_VERB, _ACCEPTING_VERB,
                                      "VERB", True, "reaction", hedged)
                continue
            if owner.i != agent.i and owner.i not in given:
                yield TokenTriple(agent, verb, owner, rel, label or rel, "VERB", negated,
                                  "reaction", hedged)
                if refused:
                    accepted = f"{_ACCEPTING_VERB} {noun.lemma_.lower()}"
                    if label is not None:
                        # "rejected a tender offer" -> "accept tender offer" (negated)
                        accepted = f"{_ACCEPTING_VERB} {_named_kind(noun)}"
                    yield TokenTriple(agent, verb, owner, _ACCEPTING_VERB, accepted, "VERB", True,
                                      "reaction", hedged)


#: Verbs of denying or contesting an act (not of settling it, which is done with the other
#: side: "Boeing settled the lawsuit" settles it with the Justice Department).
_REBUTTING_VERBS = DENIAL_VERBS | APPEALING_VERBS


def _rebutted_act(verb: Token, noun: Token, agent: Token) -> str | None:
    """The act a verb of denying or contesting rebuts when it was done to the verb's
    subject ``agent`` (:data:`~extract.lexicon.REBUTTED_NOUNS`: its verb, "" for none we
    name), or None: "Pakistan dismissed India's accusation" (accuse), "Vale will contest
    the fine" (fine), "Meta will appeal the case brought by the Commission" ("").
    Not when the noun says whom it is aimed at, another ("rejected the charges against
    Navalny"), nor for a court that dismisses charges (:data:`RULING_DENIERS`), nor for a
    plural subject when a "that" clause accuses "it" ("Kyiv's allies rejected accusations
    by Moscow that it shelled the dam"). A "that" clause's named subject is related by the
    nominal rule ("India's accusation that Islamabad sheltered the gunmen": ""), as is an
    accusation with an author of its own whose accused denies it
    (:func:`~extract.rules.nominal.denying_accused`: "Ankara rejected accusations by
    Athens", Athens accuse Ankara: "").
    """
    lemma = noun.lemma_.lower()
    act = REBUTTED_NOUNS.get(lemma)
    if (act is None or noun.pos_ != "NOUN" or agent.lemma_.lower() in RULING_DENIERS
            or verb.lemma_.lower() not in _REBUTTING_VERBS
            or event_targets(noun, act if act != "-" else None)):
        return None
    if accused_in_clause(noun, lemma) or (owners(noun) and agent in denying_accused(noun, lemma)):
        return ""
    if agent.tag_ in PLURAL_NOUN_TAGS and _pronoun_accused(verb, noun):
        return None
    return "" if act == "-" else act


def _backer(owner: Token, noun: Token) -> bool:
    """Whether ``owner`` is the "by" agent of a participle on ``noun`` that does not put
    it forward (:data:`~extract.lexicon.PROPOSING_VERBS`): "the Egyptian plan backed by
    Qatar" is no plan of Qatar's (its reaction stays: "reject plan" Qatar), "the plan put
    forward by France" is France's."""
    prep = owner.head
    participle = prep.head
    return (prep.dep_ in (AGENT, PREP) and prep.lower_ == "by" and participle.i != noun.i
            and participle.dep_ == ACL and participle.head.i == noun.i
            and participle.lemma_.lower() not in PROPOSING_VERBS | {"propose", "offer"})


#: Verbs of rejecting or accepting a proposal made to their subject (not of receiving it).
_PROPOSAL_REACTING_VERBS = REBUFFING_VERBS | (OFFER_REACTING_VERBS - {"receive"})


def _proposed_act(verb: Token, noun: Token) -> str | None:
    """The act of making the proposal that a verb of rejecting or accepting reacts to, when
    it was made to the verb's subject (:data:`~extract.lexicon.PROPOSED_NOUNS`: its verb),
    or None: "Kyiv turned down Moscow's proposal" (propose), "the court dismissed the
    company's petition" (petition), "Israel accepted Egypt's invitation" (invite).
    Not when the noun names whom it is made to, another ("rejected Icahn's bid for
    Texaco", "a bid from Globex for Initech"; not a name's own: "a request by the
    Alternative for Germany"). A passive verb's agent reacts as its
    subject does ("Moscow's proposal was rejected by Kyiv").
    """
    act = PROPOSED_NOUNS.get(noun.lemma_.lower())
    if (act is None or noun.pos_ != "NOUN"
            or (verb_lemma(verb).replace(" ", "_") not in _PROPOSAL_REACTING_VERBS
                and verb.lemma_.lower() not in _PROPOSAL_REACTING_VERBS)
            or event_targets(noun, act)
            or any(p.dep_ == PREP and p.lower_ in (*BID_PREPS, "to") and not p.ent_type_
                   and names_something(t) for p in _phrase_tokens(noun) for t in pobjs(p))):
        return None
    return act


#: Dependencies of a clause hung on a noun: what the clause's own words name is not the
#: noun's ("a petition by X seeking a recount of the vote *in* Kumasi").
_NOUN_CLAUSE_DEPS = frozenset({ACL, RELCL, ADVCL, CCOMP, XCOMP})


def _phrase_tokens(noun: Token) -> Iterator[Token]:
    """The words of ``noun``'s phrase, the clauses on it left out: "a petition by the New
    Patriotic Party seeking a recount of the vote in Kumasi" is "a petition by the New
    Patriotic Party"; "a bid from Globex for Initech" is whole."""
    stack = [noun]
    while stack:
        tok = stack.pop()
        yield tok
        stack.extend(c for c in kids(tok) if c.dep_ not in _NOUN_CLAUSE_DEPS)


def _pronoun_accused(verb: Token, noun: Token) -> bool:
    """Whether a "that" clause of ``noun`` (or hung on ``verb`` after it) has a singular
    personal pronoun subject: "rejected accusations by Moscow that *it* shelled the dam"."""
    clauses = children_of(noun, ACL, CCOMP) + [c for c in children_of(verb, CCOMP)
                                               if c.i > noun.i]
    return any(s.lower_ in ("it", "he", "she")
               for clause in clauses if any(c.dep_ == MARK and c.lower_ == "that"
                                            for c in kids(clause))
               for s in children_of(clause, NSUBJ, NSUBJPASS))


def _backing_thing(agent: Token, noun: Token) -> bool:
    """Whether ``agent`` is the "by" agent of a participle on ``noun`` (or a later item of
    its list) that cannot act, or is a weapon or vehicle of war (:func:`war_machine`):
    "Syrian soldiers backed by tanks", "troops backed by helicopter gunships", "soldiers
    backed by tanks and artillery" back no one on the soldiers' side."""
    first = agent
    while first.dep_ == CONJ and first.head.i != first.i:
        first = first.head
    return (first.head.dep_ == AGENT and first.head.head.head.i == noun.i
            and (not may_act(agent) or war_machine(agent)))


def _claimants_own(agents: list[Token], verb: Token, noun: Token, rel: str, negated: bool,
                   hedged: bool, lexicon: EventLexicon) -> Iterator[TokenTriple]:
    """A violent act on "its"/"their" thing, told by a claimant, done to the claimant:
    "Ukraine says Russian troops attacked its positions" (attack position -> Ukraine),
    "Azerbaijan accuses Armenia of shelling its army posts" (shell army post ->
    Azerbaijan, alleged). No one does violence to what is his own, so the pronoun is the
    named subject of the verb of saying or accusing the act is told under
    (:func:`_claimant`); with no such verb ("Russia attacked its positions") none."""
    if (lexicon.classify(verb_lemma(verb)) not in VIOLENT_CLASSES
            or not any(c.dep_ == POSS and c.lower_ in _OWNING_PRONOUNS for c in kids(noun))):
        return
    for owner in _claimant(verb):
        for agent in agents:
            if owner.i != agent.i and agent.pos_ != "PRON":
                yield TokenTriple(agent, verb, owner, rel, rel, "VERB", negated, "reaction",
                                  hedged)


#: Possessive pronouns of a body or a group ("its positions", "their bases").
_OWNING_PRONOUNS = frozenset({"its", "their"})


def _claimant(verb: Token) -> list[Token]:
    """The named subject of the verb of saying whose complement ``verb`` heads ("Kyiv
    says Russia shelled ...") or of the verb of accusing whose "of" gerund it is
    ("Azerbaijan accuses Armenia of shelling ...", the "of" on the verb or its object)."""
    host = None
    if verb.dep_ == CCOMP and verb.head.lemma_.lower() in REPORTING_VERBS:
        host = verb.head
    elif (verb.dep_ == PCOMP and verb.head.dep_ == PREP and verb.head.lower_ in ALLEGED_PREPS):
        host = verb.head.head
        if host.dep_ == DOBJ:
            host = host.head
        if host.lemma_.lower() not in ALLEGING_VERBS:
            host = None
    if host is None:
        return []
    return [s for s in children_of(host, NSUBJ) if s.pos_ != "PRON" and names_something(s)]


#: The relation a rejection of an agreement denies ("rejected a truce offered by X").
_ACCEPTING_VERB = "accept"
#: The relation a keeping of :data:`~extract.lexicon.UNCHANGED_STATES` also says, negated
#: ("left its discount rate unchanged": the rate was not changed).
_CHANGING_VERB = "change"


def _rebuffed_proposal(verb: Token, noun: Token, lexicon: EventLexicon, *,
                       named: bool = False) -> bool:
    """Whether ``verb`` turns down the proposal ``noun``, so that it is not accepted: a
    verb of rejecting (:data:`~extract.lexicon.REBUFFING_VERBS` of class REJECT: "rejected",
    "turned down", "rebuffed") whose object is an agreement or what accepting agrees to
    ("rejected the accord", "the plan": class AGREE of the noun or of "accept" it) or a
    proposal made to its subject (:data:`~extract.lexicon.PROPOSED_NOUNS`:
    "rejected the offer", "turned down bids from X", "dismissed the company's petition").
    Not a named object ("rejected the Minsk agreement" names it; ``named`` for the owner
    of a reaction, whose noun is the proposal), nor a claim ("rejected the accusation"),
    nor a request or demand (:data:`~extract.lexicon.REQUEST_NOUNS`: what it asks is not
    done, told by its own triple), nor a noun that names whom it is made to, another
    ("rejected Icahn's bid for Texaco").
    """
    if noun.pos_ != "NOUN" or lexicon.classify(verb_lemma(verb)) != "REJECT":
        return False
    if verb_lemma(verb).replace(" ", "_") not in REBUFFING_VERBS \
            and verb.lemma_.lower() not in REBUFFING_VERBS:
        return False
    if not named and names_something(noun):
        return False
    lemma = noun.lemma_.lower()
    if lemma in REQUEST_NOUNS:
        # "rejected Australia's request to extradite X", "rejects the demands made by
        # Kosovo": what is asked is not done (its own triple), no offer turned down
        return False
    if (lexicon.classify(lemma, pos="NOUN") == "AGREE"
            or lexicon.classify(_ACCEPTING_VERB, object_head=lemma) == "AGREE"):
        # what accepting would agree to: a deal, an accord, a plan, a proposal
        return True
    return lemma in PROPOSED_NOUNS and _proposed_act(verb, noun) is not None
#: Classes of violent events that a later "the attack" may refer back to.
VIOLENT_CLASSES = frozenset({"ASSAULT", "FIGHT", "COERCE"})
#: How many sentences back a referring event noun looks for its event.
_EVENT_LOOKBACK = 2


def earlier_agents(noun: Token, lexicon: EventLexicon) -> list[Token]:
    """The named author of the violent event that a definite event noun refers back to.

    "A Saudi-led airstrike on X killed 20 people. The UN condemned the attack." ->
    Saudi: the nearest event of a violent class in this or the two sentences before,
    a noun with its own agent or a verb with a named subject. Nothing for a noun
    that names its own participants or is not definite ("condemned attacks"), nor
    when the nearest sentence that tells such an event tells two by different authors,
    an exchange ("Hamas fired rockets at Israel and Israel struck Gaza. Egypt condemned
    the attack": whose attack is not said, as :func:`earlier_proposers` keeps for
    offers; "Israel struck Gaza. Hamas fired rockets at Tel Aviv. Egypt condemned the
    attack." is Hamas's, the one told last).
    """
    event = event_lemma(noun, lexicon) if noun.pos_ == "NOUN" else None
    if (event is None or lexicon.classify(event, pos="NOUN") not in VIOLENT_CLASSES
            or not any(c.dep_ == DET and c.lower_ in DEFINITE_DETERMINERS
                       for c in kids(noun))
            or _own_preps(noun)):
        return []
    doc = noun.doc
    start = window_start(noun, _EVENT_LOOKBACK)
    authors: list[list[Token]] = []
    told = None
    for tok in reversed(doc[start:noun.i]):
        if told is not None and tok.sent != told:
            break
        found: list[Token] = []
        if tok.pos_ == "NOUN" and tok.i not in (noun.i,):
            earlier = event_lemma(tok, lexicon)
            if earlier and lexicon.classify(earlier, pos="NOUN") in VIOLENT_CLASSES:
                # "an Arab coalition air strike": the nationality may hang on the event
                found = [a for a in noun_agents(tok) if names_something(a) or (
                    a.dep_ == COMPOUND and a.head == tok and names_something(tok)
                    and a.lemma_.lower() in GROUP_NOUNS)]
        elif tok.pos_ == "VERB" and lexicon.classify(verb_lemma(tok)) in VIOLENT_CLASSES:
            found = [a for a in core(tok)[0] if names_something(a)]
        if found:
            authors.append(found)
            told = tok.sent
    if len({tuple(sorted(a.text for a in found)) for found in authors}) != 1:
        return []
    return authors[0]


#: The family of each word of an offer, charge or request ("bid" -> "offer").
_FAMILY = pairs(REFERRING_FAMILIES)


def earlier_proposers(noun: Token) -> list[Token]:
    """The named author of the offer, charge or request a bare definite noun points back to.

    "Argyll Thornton launched a bid for Mercer Castle. Mercer Castle's board rejected the
    offer." -> Argyll Thornton; "India accused Pakistan of massing troops. Pakistan rejected
    the charge." -> India; "The Teamsters asked Congress to block the merger. The White
    House rejected the request." -> the Teamsters. The nearest earlier mention of the same
    family (:data:`~extract.lexicon.REFERRING_FAMILIES`), in this or the two sentences
    before, that names its author: a verb with a named subject ("accused", "offered",
    "asked"), or a noun with an owner ("a bid from X", "X's offer") or the named subject of
    the verb that puts it forward ("launched a bid", :data:`~extract.lexicon.PROPOSING_VERBS`).
    Nothing for a noun with more than "the" ("the Soviet offer", "the charges of spying"
    say whose or which), nor for a modifier ("the offer price"), nor when the window names
    two different authors ("Egypt offered ... Qatar offered ... welcomed the offer"), an
    unnamed one among them ("Siemens made an offer for Alstom. A rival bidder offered 40
    euros a share for Bombardier. Bombardier welcomed the offer": a new offer, not
    Siemens'). An earlier bare "the offer" points back itself: who puts it forward is not
    its author ("the union presented the offer to its members": someone else's offer).
    """
    family = _FAMILY.get(noun.lemma_.lower())
    if family is None or noun.pos_ != "NOUN":
        return []
    determiner = _bare_definite(noun)
    if determiner is None:
        return []
    doc = noun.doc
    # (a mention that points back itself is no new one: "the union put the offer to its
    # members" names no author of it)
    mentions = [tok for tok in doc[window_start(noun, _EVENT_LOOKBACK):determiner.i]
                if _FAMILY.get(tok.lemma_.lower()) == family and tok.dep_ != COMPOUND
                and not (tok.pos_ == "NOUN" and _bare_definite(tok) is not None)]
    authors = [found for tok in mentions if (found := _proposers(tok))]
    # ("Egypt offered to host talks. Qatar offered to mediate. Hamas welcomed the offer":
    # two authors, and which one's is not said; "a rival bidder offered ...": one unnamed;
    # "Hitachi said it would make a rival offer": the one who reports a pronoun's)
    reported = [found for tok in mentions if (found := _reported_proposers(tok))]
    if (not authors or len({tuple(sorted(a.text for a in found))
                            for found in authors + reported}) != 1
            or any(_unnamed_proposal(tok) for tok in mentions)):
        return []
    return authors[-1]


def _other_accused(noun: Token, denier: Token) -> bool:
    """Whether the earlier charge a bare definite noun points back to (see
    :func:`earlier_proposers`) names whom it was made against, and that is not
    ``denier``: "Uganda accused Kenya of harbouring rebels. Kenyan President Moi denied the
    charge" (Kenya, not Moi); not "India accused Pakistan of massing troops.
    Pakistan rejected the charge". Only a person denies for another here: a body or
    place may stand for the accused ("Pakistan's Foreign Office", "Baghdad", "Anglo
    American" for Anglo American Corp) and is told apart by no words of its own; a person
    is the accused only when named in its name ("accused John Smith ... Smith denied").
    The accused is the object of the accusing verb or the "against" object of the noun
    ("India's accusation against Pakistan"); a pronoun denier, or a charge that names no
    one, is not told apart."""
    family = _FAMILY.get(noun.lemma_.lower())
    determiner = _bare_definite(noun)
    if family is None or determiner is None or denier.ent_type_ != "PERSON":
        return False
    mentions = [tok for tok in noun.doc[window_start(noun, _EVENT_LOOKBACK):determiner.i]
                if _FAMILY.get(tok.lemma_.lower()) == family and tok.dep_ != COMPOUND
                and _proposers(tok)]
    if not mentions:
        return False
    mention = mentions[-1]
    if mention.pos_ == "VERB":
        accused = children_of(mention, DOBJ)
    else:
        accused = [t for p in children_of(mention, PREP) if p.lower_ == "against"
                   for t in pobjs(p)]
    accused = [a for a in accused if a.pos_ != "PRON" and names_something(a)]
    return bool(accused) and all(denier.lower_ not in _name_words(a) for a in accused)


def _name_words(tok: Token) -> set[str]:
    """A name's words, its compounds with it, lower-cased ("john", "smith")."""
    return {w.lower_ for w in [*children_of(tok, COMPOUND), tok]}


def _own_preps(noun: Token) -> list[Token]:
    """The prepositions of a noun's own phrase, which say which one it is ("the attack on
    Kabul", "the offer for Acme"): not the "as" of the judgement the parser hung on the
    noun, which belongs to the verb ("rejected the offer as inadequate", "condemned the
    raid as naked terrorism"; :func:`earlier_agents`, :func:`_bare_definite`)."""
    return [c for c in children_of(noun, PREP) if c.lower_ != "as"]


def _bare_definite(noun: Token) -> Token | None:
    """The definite determiner that is all a noun has ("the offer", "these charges"),
    which then points back, or None (see :func:`earlier_proposers`)."""
    children = [c for c in kids(noun) if c.dep_ not in (PUNCT, CC, CONJ, PREP)]
    children += _own_preps(noun)
    if (len(children) == 1 and children[0].dep_ == DET
            and children[0].lower_ in DEFINITE_DETERMINERS):
        return children[0]
    return None


def _reported_proposers(mention: Token) -> list[Token]:
    """The named speaker who reports a mention whose author is a pronoun, its own subject
    ("Hitachi said it would make a rival offer", "Hitachi said it was preparing its own
    offer"), or ``[]`` (see :func:`earlier_proposers`: told apart from the named authors
    only, never one itself)."""
    if _proposers(mention):
        return []
    if mention.pos_ == "VERB":
        pronouns = [a for a in core(mention)[0] if a.pos_ == "PRON"]
    else:
        pronouns = [c for c in kids(mention) if c.dep_ == POSS and c.pos_ == "PRON"]
        if mention.dep_ == DOBJ and mention.head.lemma_.lower() in PROPOSING_VERBS:
            pronouns += [s for s in children_of(mention.head, NSUBJ) if s.pos_ == "PRON"]
    if not pronouns:
        return []
    clause = pronouns[0].head if pronouns[0].dep_ != POSS else mention.head
    while clause.dep_ in (CONJ, XCOMP, AUX) and clause.head is not clause:
        clause = clause.head
    if clause.dep_ != CCOMP or clause.head.lemma_.lower() not in REPORTING_VERBS:
        return []
    return [s for s in children_of(clause.head, NSUBJ)
            if s.pos_ != "PRON" and names_something(s)]


def _unnamed_proposal(mention: Token) -> bool:
    """Whether a mention puts forward a new offer, charge or request whose author is not
    named (nor a pronoun, which stands for one named before): "a rival bidder offered",
    "an offer for X was tabled" (see :func:`earlier_proposers`: the window then has an
    author other than any named one)."""
    if _proposers(mention):
        return False
    if mention.pos_ == "VERB":
        return not any(a.pos_ == "PRON" for a in core(mention)[0])
    # ("launched a bid for X, an offer that values X at ...", "accused X of Y, a charge
    # first made in March": the one just put forward, named again)
    if (mention.dep_ in (APPOS, NPADVMOD) and mention.left_edge.i > 0
            and mention.doc[mention.left_edge.i - 1].text == ","):
        return False
    return (mention.pos_ == "NOUN"
            and any(c.dep_ == DET and c.lower_ in INDEFINITE_WORDS for c in kids(mention))
            and not (mention.dep_ == DOBJ and any(
                s.pos_ == "PRON" for s in children_of(mention.head, NSUBJ))))


def _proposers(mention: Token) -> list[Token]:
    """The named authors of one mention of an offer, charge or request (see
    :func:`earlier_proposers`): a verb's named subjects, a noun's owners or the named
    subject of the verb that puts it forward."""
    if mention.pos_ == "VERB":
        return [a for a in core(mention)[0] if a.pos_ != "PRON" and names_something(a)]
    if mention.pos_ != "NOUN":
        return []
    return owners(mention) or ([a for a in children_of(mention.head, NSUBJ)
                                if a.pos_ != "PRON" and names_something(a)]
                               if mention.dep_ == DOBJ
                               and mention.head.lemma_.lower() in PROPOSING_VERBS else [])


#: Classes of the acts of an authority whose ruling a later "the decision" may refer back
#: to ("fines X", "blocks the merger", "sentences X", "rejects the bid", "orders X to").
RULING_CLASSES = frozenset({"COERCE", "SANCTION", "REJECT", "CONCEDE", "DEMAND"})


def _appealed(verb: Token, agents: list[Token], ruling: Token, lemma: str, negated: bool,
              hedged: bool, lexicon: EventLexicon) -> Iterator[TokenTriple]:
    """The agents' going against a ruling, related to its author (:func:`ruling_authors`):
    "appeal decision of" the judge."""
    rel = f"{lemma} {ruling.lemma_.lower()}"
    for author in ruling_authors(ruling, lexicon):
        for agent in agents:
            if agent.i != author.i:
                yield TokenTriple(agent, verb, author, rel, f"{rel} of", "VERB", negated,
                                  "reaction", hedged)


def appealed_courts(verb: Token, ruling: Token) -> list[tuple[Token, Token]]:
    """(preposition, court) pairs of the named court a verb of going against a ruling
    (:data:`~extract.lexicon.APPEALING_VERBS`) takes its object before: an "at" or "in"
    phrase, on the verb or on the ruling, whose head is a court
    (:data:`~extract.lexicon.COURT_NOUNS`) named by a name: "will appeal the verdict at
    the Paris Court of Appeal", "will challenge the result at the Supreme Court",
    "challenges the permit in the Federal Court of Australia". Those adjunct prepositions
    are a setting elsewhere; here the court is the body petitioned, as the "to" of "appeal
    the ruling to the Supreme Court" or the "before" of "contest the ban before the
    Constitutional Court" (read as any prepositional object) is. A court named by no name
    ("in court", "at a federal court in Texas") is none: which court is not said.

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("X will challenge the result at the Supreme Court", '''
    ...     2 nsubj PROPN X NNP
    ...     2 aux AUX will MD
    ...     2 ROOT VERB challenge VB
    ...     4 det DET the DT
    ...     2 dobj NOUN result NN
    ...     2 prep ADP at IN
    ...     8 det DET the DT
    ...     8 compound PROPN Supreme NNP
    ...     5 pobj PROPN court NNP
    ... ''', ents={"Supreme Court": "ORG"})
    >>> appealed_courts(doc[2], doc[4])
    [(at, Court)]
    """
    if verb.lemma_.lower() not in APPEALING_VERBS:
        return []
    return [(prep, court) for prep in (*children_of(verb, PREP), *children_of(ruling, PREP))
            if prep.lower_ in _APPEAL_ADJUNCTS for court in pobjs(prep)
            if court.lemma_.lower() in COURT_NOUNS and court.ent_type_ in ("ORG", "FAC")]


#: The adjunct prepositions of the court a ruling is taken before ("appeal the verdict
#: *at* the Court of Appeal"; "before" is a prepositional object already).
_APPEAL_ADJUNCTS = frozenset({"at", "in"})


def _appealed_before(verb: Token, agents: list[Token], ruling: Token, lemma: str,
                     negated: bool, hedged: bool, pattern: str) -> Iterator[TokenTriple]:
    """The agents' going against a ruling, related to the named court they take it
    before (:func:`appealed_courts`): "challenge result at" the Supreme Court."""
    for prep, court in appealed_courts(verb, ruling):
        rel = f"{lemma} {prep.lower_}"
        label = f"{lemma} {ruling.lemma_.lower()} {prep.lower_}"
        for agent in agents:
            if agent.i != court.i:
                yield TokenTriple(agent, verb, court, rel, label, "VERB", negated,
                                  "prep" if pattern == "svo" else pattern, hedged)


#: How a verb reaches up to the relative clause it belongs to.
_RELATIVE_CHAIN = frozenset({XCOMP, CONJ, CCOMP})


def gapped_ruling(verb: Token) -> Token | None:
    """The ruling noun a verb of going against a ruling (:data:`~extract.lexicon.
    APPEALING_VERBS`) with no object of its own leaves its object to, in a relative clause
    on that noun: "..., a decision Hasina vows to challenge", "a ruling the CHP calls
    politically motivated and vows to appeal", "a ruling that ByteDance said it would
    appeal".

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("a decision Hasina vows to challenge", '''
    ...     1 det DET a DT
    ...     1 ROOT NOUN decision NN
    ...     3 nsubj PROPN Hasina NNP
    ...     1 relcl VERB vow VBZ
    ...     5 aux PART to TO
    ...     3 xcomp VERB challenge VB
    ... ''')
    >>> gapped_ruling(doc[5]), gapped_ruling(doc[3])
    (decision, None)
    """
    if verb.lemma_.lower() not in APPEALING_VERBS or children_of(verb, DOBJ):
        return None
    tok = verb
    while tok.dep_ in _RELATIVE_CHAIN and tok.head.i != tok.i:
        tok = tok.head
    noun = tok.head
    if (tok.dep_ == RELCL and noun.pos_ == "NOUN" and noun.lemma_.lower() in RULING_NOUNS
            and not children_of(tok, DOBJ)):
        return noun
    return None


def _ruled_clause(noun: Token) -> Token | None:
    """The clause a ruling noun set beside it names: "bars X from the vote, a decision
    ...", "sentences X to four years, a ruling ..." (the noun in apposition after a
    comma, hung on the clause or on a noun of it)."""
    if noun.dep_ not in (APPOS, NPADVMOD) or noun.i == 0 or noun.doc[
            noun.left_edge.i - 1].text != ",":
        return None
    return next((a for a in noun.ancestors if a.pos_ == "VERB"), None)


def ruling_authors(noun: Token, lexicon: EventLexicon) -> list[Token]:
    """The named author of the ruling a definite ruling noun refers back to.

    "A federal judge blocks the merger; the White House says it will appeal the
    decision" -> the judge: the named subjects of the nearest main clause before it (the
    agents of a passive one: "X is fined by the regulator", :func:`_finite_passive`), in
    this or the two sentences before, whose act is an authority's (:data:`RULING_CLASSES`:
    "fines", "bars", "sentences", "rejects", "orders"); a clause hung below another ("from
    cutting grants", "ruling that X violated Y") is no ruling of its own. Nothing for a
    noun that names whose it is ("his conviction", "the ruling of the court") or is not
    definite (:data:`~extract.lexicon.RULING_NOUNS`), but for a ruling noun set after a
    comma beside the clause that made it ("X bars Y from the vote, a decision Z vows to
    challenge"), definite or not: that clause's named subjects.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["Judge", "fines", "Rewe", ".", "Rewe", "will", "appeal", "the", "decision"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 1, 6, 6, 6, 8, 6],
    ...           deps=["nsubj", "ROOT", "dobj", "punct", "nsubj", "aux", "ROOT", "det",
    ...                 "dobj"],
    ...           pos=["PROPN", "VERB", "PROPN", "PUNCT", "PROPN", "AUX", "VERB", "DET",
    ...                "NOUN"],
    ...           tags=["NNP", "VBZ", "NNP", ".", "NNP", "MD", "VB", "DT", "NN"],
    ...           lemmas=["Judge", "fine", "Rewe", ".", "Rewe", "will", "appeal", "the",
    ...                   "decision"], ents=["B-PERSON", "O", "B-ORG", "O", "B-ORG", "O",
    ...                                      "O", "O", "O"])
    >>> ruling_authors(doc[8], default_lexicon())
    [Judge]
    """
    if (noun.pos_ == "NOUN" and noun.lemma_.lower() in RULING_NOUNS
            and (clause := _ruled_clause(noun)) is not None):
        # "X bars Y from the vote, a decision Z vows to challenge": the clause's subject
        ruled = lexicon.classify(verb_lemma(clause)) in RULING_CLASSES
        return core(clause)[0] if ruled else []
    if (noun.pos_ != "NOUN" or noun.lemma_.lower() not in RULING_NOUNS
            or not any(c.dep_ == DET and c.lower_ in DEFINITE_DETERMINERS for c in kids(noun))
            or children_of(noun, POSS)
            or any(p.lower_ in ("of", "by") for p in children_of(noun, PREP))):
        return []
    own = {t.i for t in noun.ancestors}
    for tok in reversed(noun.doc[window_start(noun, _EVENT_LOOKBACK):noun.i]):
        if (tok.pos_ != "VERB" or tok.i in own
                or (tok.tag_ not in FINITE_VERB_TAGS and not _finite_passive(tok))
                or tok.dep_ not in (ROOT, CONJ, CCOMP)
                or lexicon.classify(verb_lemma(tok)) not in RULING_CLASSES):
            continue
        found = core(tok)[0]
        if found:
            return found
    return []


def _finite_passive(verb: Token) -> bool:
    """Whether a participle is a passive clause's verb with a finite auxiliary: "Meta is
    fined by the regulator", "was sentenced by a court", "has been barred by the
    commission" (its agent, the "by" phrase, is the ruling's author:
    :func:`ruling_authors`)."""
    return verb.tag_ == "VBN" and is_passive(verb) and any(
        c.dep_ in (AUX, AUXPASS) and c.tag_ in FINITE_VERB_TAGS for c in kids(verb))


def _passive_with(verb: Token, agents: list[Token], patients: list[Token], lemma: str,
                  negated: bool, hedged: bool, lexicon: EventLexicon) -> Iterator[TokenTriple]:
    """"Y was hit with sanctions by X": X —sanction→ Y (the event noun is the relation).

    The agent is the verb's or, when the parser hangs "by X" on the noun, the noun's.
    """
    for noun, event in _event_objects(verb, "with", lexicon):
        for agent in agents or _imposers(noun):
            for patient in patients:
                yield TokenTriple(agent, noun, patient, event, f"{lemma} with {event}",
                                  "NOUN", negated, "support-verb", hedged)


def _joined_events(verb: Token, agents: list[Token], negated: bool, hedged: bool,
                   lexicon: EventLexicon) -> Iterator[TokenTriple]:
    """"X participates in air strikes against Y": X —strike→ Y (an event with no agent
    of its own, :data:`~extract.lexicon.PARTICIPATING_VERBS`); "X took part in talks
    with Y": X —take part in talk→ Y (a verb and its object of
    :data:`~extract.lexicon.PARTICIPATING_OBJECTS`)."""
    lemma = verb.lemma_.lower()
    if lemma in PARTICIPATING_OBJECTS:
        part = PARTICIPATING_OBJECTS[lemma]
        if not any(c.dep_ == DOBJ and c.lemma_.lower() == part
                   and not children_of(c, PREP) for c in kids(verb)):
            return  # "took the part of Iraq in talks": sided with Iraq
        lemma = f"{lemma} {part}"
    elif lemma not in PARTICIPATING_VERBS:
        return
    for noun, event in _event_objects(verb, "in", lexicon):
        if noun_agents(noun):
            continue
        for _, target in event_targets(noun, event):
            for agent in agents:
                yield TokenTriple(agent, noun, target, event, f"{lemma} in {event}",
                                  "NOUN", negated, "support-verb", hedged)


def _not_adopted(verb: Token) -> bool:
    """Whether a text's adoption did not happen: "did not pass", "failed to adopt",
    "refused to approve" (not "did not fail to pass")."""
    head = verb.head
    if verb.dep_ == XCOMP and head.lemma_.lower() in UNDONE_VERBS:
        return not is_negated(head)
    return is_negated(verb)


def _pursued_events(verb: Token, agents: list[Token], negated: bool, hedged: bool,
                    lexicon: EventLexicon) -> Iterator[TokenTriple]:
    """"X goes ahead with sanctions on Y", "X pressed ahead with its assault on Y",
    "X proceeded with the demolition of Y": X —sanction / assault / demolish→ Y (the
    event noun after "with" is what the subject carries out, as after a light verb;
    :func:`~extract.context.pursuing`)."""
    if not pursuing(verb):
        return
    for noun, event in _event_objects(verb, "with", lexicon):
        if noun_agents(noun):
            continue  # "went ahead with Israel's attack on X": Israel's, not the subject's
        for _, target in event_targets(noun, event):
            for agent in agents:
                yield TokenTriple(agent, noun, target, event, event, "NOUN", negated,
                                  "support-verb", hedged)


def _embarked_events(verb: Token, lexicon: EventLexicon
                     ) -> list[tuple[Token, Token, Token, Token]]:
    """The event nouns a verb of :data:`EMBARKING_VERBS` starts, with their named targets:
    "went on strike against Keystone" -> (on, strike, against, Keystone). The noun is
    the subject's act (not one with an agent of its own: "went on Sony's tour of X"); its
    target is the participant, and "go on" the strike alone says nothing of whom."""
    if verb.lemma_.lower() not in EMBARKING_VERBS:
        return []
    found = []
    for preposition in ("on", "upon"):
        for noun, event in _event_objects(verb, preposition, lexicon):
            if noun_agents(noun):
                continue
            for reach, target in event_targets(noun, event):
                if names_something(target) or actor_noun(target) or named_group(target):
                    found.append((noun.head, noun, reach, target))
    return found


def _imposers(noun: Token) -> list[Token]:
    """Who imposed the event noun a passive subject was hit with: its named agents, or
    a country's name before it ("was hit with U.S. sanctions": a name before an event
    noun with no target is otherwise no agent, "a Gaza attack")."""
    return noun_agents(noun) or [c for c in noun.lefts
                                 if c.dep_ == COMPOUND and country_name(c)]


def _placed_under(verb: Token, agents: list[Token], patients: list[Token], negated: bool,
                  hedged: bool, lexicon: EventLexicon) -> Iterator[TokenTriple]:
    """"X placed Y under sanctions", "Y was put under house arrest by X", "put Y under
    investigation": X —sanction / arrest / investigate→ Y (a verb of
    :data:`PLACING_VERBS` with an event noun of a class after "under")."""
    if verb.lemma_.lower() not in PLACING_VERBS:
        return
    for noun, event in _event_objects(verb, "under", lexicon):
        if lexicon.classify(event, pos="NOUN") is None:
            continue  # "put the blaze under control"
        for agent in agents:
            for patient in patients:
                yield TokenTriple(agent, noun, patient, event, f"{verb.lemma_} under {event}",
                                  "NOUN", negated, "support-verb", hedged)


def _event_objects(verb: Token, preposition: str,
                   lexicon: EventLexicon) -> Iterator[tuple[Token, str]]:
    """The event nouns after ``preposition`` on ``verb``, each with the event it names
    ("hit *with sanctions*", "came *under attack*")."""
    for prep in children_of(verb, PREP):
        if prep.lower_ == preposition:
            for noun in pobjs(prep):
                event = event_lemma(noun, lexicon)
                if event is not None:
                    yield noun, event


def _event_agents(agents: list[Token], lexicon: EventLexicon) -> list[Token]:
    """The agents of event nouns that are a passive verb's agents, or none.

    "Ten civilians were killed by Russian shelling" -> Russian; "destroyed by
    an Israeli airstrike" -> Israeli; through a noun of how many ("hit by a wave of
    Israeli airstrikes", "a series of Russian strikes") -> Israeli, Russian.
    """
    found: list[Token] = []
    for agent in agents:
        if agent.pos_ == "NOUN" and not event_lemma(agent, lexicon):
            # "a wave of Israeli airstrikes": the events the wave is made of
            agent = next((p for prep in children_of(agent, PREP) if prep.lower_ == "of"
                          for p in pobjs(prep) if p.tag_ == "NNS"), agent)
        own = noun_agents(agent) if event_lemma(agent, lexicon) and agent.pos_ == "NOUN" else []
        if not own:
            return []
        found.extend(own)
    return found


def _events_in(verb: Token, patients: list[Token], lexicon: EventLexicon) -> list[Token]:
    """The violent event nouns with an agent of their own that a passive verb of harm with
    no "by" phrase happened in: "A commander is believed to have been killed in an Israeli
    airstrike" (the airstrike, whose agent, Israel, killed him), "three soldiers were
    wounded in a Houthi drone attack", "two aid workers were shot in an Israeli raid"
    (:data:`VIOLENT_CLASSES` for the verb, :func:`_violent_event` for the noun; "was killed
    in an attack" names no one, "was arrested in Paris" no event). Forces of the event's
    own side took part in it, and were hit by the other side (:func:`_own_forces`): "two
    Israeli soldiers were killed in an Israeli raid on Jenin" names no one who killed them;
    "Israeli hostages were killed in an Israeli airstrike" keeps Israel.

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("Warsame was killed in an Israeli airstrike", '''
    ...     2 nsubjpass PROPN Warsame NNP
    ...     2 auxpass AUX be VBD
    ...     2 ROOT VERB kill VBN
    ...     2 prep ADP in IN
    ...     6 det DET an DT
    ...     6 amod ADJ Israeli JJ
    ...     3 pobj NOUN airstrike NN''', ents={"Israeli": "NORP"})
    >>> _events_in(doc[2], [doc[0]], default_lexicon())
    [airstrike]
    """
    if lexicon.classify(verb_lemma(verb)) not in VIOLENT_CLASSES:
        return []
    return [event for prep in children_of(verb, PREP) if prep.lower_ == "in"
            for event in pobjs(prep)
            if event.pos_ == "NOUN" and _violent_event(event, lexicon) and noun_agents(event)
            and not any(_own_forces(patient, agent)
                        for patient in patients for agent in noun_agents(event))]


def _own_forces(patient: Token, agent: Token) -> bool:
    """Whether ``patient`` is armed forces (:data:`~extract.lexicon.MILITARY_HEADS`) of the
    country ``agent`` names: "Israeli soldiers" of an "Israeli" raid, "Ukrainian troops"
    of a "Ukrainian" counteroffensive (:func:`~extract.actors.of_country`)."""
    country = country_of(agent.text)
    return (country is not None
            and bool({patient.lower_, patient.lemma_.lower()} & MILITARY_HEADS)
            and of_country(patient, country))


def _violent_event(noun: Token, lexicon: EventLexicon) -> bool:
    """Whether ``noun`` (or the events it counts: "a wave of strikes") is an event noun of a
    violent class (:data:`~actorgraph.extract.rules.nominal.PLACE_TARGET_CLASSES`)."""
    for tok in (noun, *(p for prep in children_of(noun, PREP) if prep.lower_ == "of"
                        for p in pobjs(prep))):
        event = event_lemma(tok, lexicon) if tok.pos_ == "NOUN" else None
        if event is not None and lexicon.classify(event, pos="NOUN") in PLACE_TARGET_CLASSES:
            return True
    return False


def _judged_events(verb: Token, judged: list[Token], negated: bool,
                   lexicon: EventLexicon) -> Iterator[TokenTriple]:
    """"X was charged with the murder of Y", "arrested X for the killing of Y" -> X
    —murder / killing→ Y, hedged (it is the judge's claim).

    The verb judges someone (:data:`JUDGING_VERBS`); the judged one is its named
    object (or passive subject); the deed is an event noun with a target (or a
    possessor that undergoes it: "for Khashoggi's murder") and no agent of its own.
    """
    # "held X responsible for the killing of Y": the deed hangs on the adjective
    holders = [c for c in kids(verb) if c.dep_ in (OPRD, ACOMP)
               and c.lemma_.lower() in LIABLE_ADJECTIVES]
    if (verb.lemma_.lower() not in JUDGING_VERBS and not holders) or not judged:
        return
    # "accuses Al-Shabaab of the attack on X" with "of" hung on the judged one
    yield from _deeds(verb, [verb, *holders, *judged], judged, f"{verb.lemma_.lower()} ",
                      negated, lexicon)


def _tried_events(verb: Token, agents: list[Token], negated: bool,
                  lexicon: EventLexicon) -> Iterator[TokenTriple]:
    """"X faces trial for the murder of Y", "X goes on trial over the killing of Y", "X
    is under investigation for the bribery of Y" -> X —murder / killing→ Y, hedged (only
    alleged), the subject under a trial noun (:data:`~extract.lexicon.TRIAL_NOUNS`, or a
    suspicion noun after "face": "faces charges over the killing of Y") as the object of
    a verb of facing or standing trial or after its "on", "under" or "to" (and after "be":
    "is on trial for"). The gerund forms ("is on trial for killing Y") are read by
    :func:`extract.rules.base.suspected_of`."""
    lemma = verb.lemma_.lower()
    hosts = [n for n in children_of(verb, DOBJ)
             if (n.lemma_.lower() in TRIAL_NOUNS
                 and lemma in FACING_VERBS | TRIAL_STANDING_VERBS)
             or (n.lemma_.lower() in SUSPICION_NOUNS and lemma in FACING_VERBS)]
    if lemma == "be" or lemma in TRIAL_STANDING_VERBS:
        hosts += [n for prep in children_of(verb, PREP) if prep.lower_ in TRIAL_PREPS
                  for n in pobjs(prep) if n.lemma_.lower() in TRIAL_NOUNS]
    judged = [a for a in agents if names_something(a)]
    if hosts and judged:
        yield from _deeds(verb, hosts, judged, "", negated, lexicon)


#: Prepositions of an event noun that name its own parties: "talks between X and Y".
_PARTIES_PREPS = frozenset({"between", "among", "amongst"})
#: Verbs whose "for" event noun is only prepared (:func:`_prepared_events`): of intending
#: or getting forces ready, not of wishing.
_PREPARING_VERBS = (INTENT_VERBS | READYING_VERBS) - HOPING_VERBS


def _prepared_events(verb: Token, agents: list[Token], negated: bool,
                     lexicon: EventLexicon) -> Iterator[TokenTriple]:
    """"Israel is preparing for a ground invasion of Rafah", "the RSF are massing fighters
    for a possible assault on El Obeid", "Turkey deployed tanks for an incursion into
    Syria" -> Israel —invasion→ Rafah, hedged: an event noun with a target and no agent
    of its own after "for" on a verb of intending or preparing
    (:data:`~extract.lexicon.INTENT_VERBS`) or of getting forces ready
    (:data:`~extract.lexicon.READYING_VERBS`) is the named subject's, only prepared.
    ("called for attacks on X" asks others: "call" is neither; so does a wish, "hoped for
    sanctions on Russia", :data:`~extract.lexicon.HOPING_VERBS`.) Not a definite or
    possessed noun, an event that may have happened ("deployed jets for the bombing of
    Libya in 2011", "mobilised reservists for its offensive on Gaza"), nor one "between"
    or "among" parties of its own ("prepared for talks between X and Y": theirs).
    """
    lemma = verb.lemma_.lower()
    if lemma not in _PREPARING_VERBS:
        return
    doers = [a for a in agents if names_something(a)]
    for prep in children_of(verb, PREP) if doers else ():
        if prep.lower_ != "for":
            continue
        for noun in pobjs(prep):
            event = event_lemma(noun, lexicon)
            if event is None or noun_agents(noun) or presupposed(noun) or any(
                    p.lower_ in _PARTIES_PREPS for p in children_of(noun, PREP)):
                continue
            for _, target in event_targets(noun, event):
                for doer in doers:
                    if target.i != doer.i:
                        yield TokenTriple(doer, noun, target, event, f"{lemma} for {event}",
                                          "NOUN", negated, "support-verb", True)


def _warranted_events(verb: Token, negated: bool,
                      lexicon: EventLexicon) -> Iterator[TokenTriple]:
    """"The ICC issued an arrest warrant for X over the deportation of Y", "a warrant was
    issued for X for the killing of Y" -> X —deportation / killing→ Y, hedged (only
    alleged). The warrant (:data:`~extract.lexicon.WARRANT_NOUNS`) is the verb's object,
    or its passive subject; whom it is for is its named "for" or "against" phrase (or the
    passive verb's); the deed an event noun with a target after a
    :data:`~extract.lexicon.JUDGED_PREPS` preposition of the warrant, the verb or the
    named one (where the parser may hang it)."""
    warrants = [n for n in children_of(verb, DOBJ, NSUBJPASS)
                if n.lemma_.lower() in WARRANT_NOUNS]
    for warrant in warrants:
        holders = [warrant, verb] if warrant.dep_ == NSUBJPASS else [warrant]
        judged = [appositive_name(p, ACTOR_TYPES) for host in holders
                  for prep in children_of(host, PREP) if prep.lower_ in _WARRANT_PREPS
                  for p in with_conjuncts(pobjs(prep))]
        # "a warrant for the arrest of X": X
        judged = [o for j in judged for o in (
            [o for prep in children_of(j, PREP) if prep.lower_ == "of"
             for o in with_conjuncts(pobjs(prep))] if j.lemma_.lower() == _ARREST else [j])]
        judged = [j for j in judged if names_something(j)]
        if judged:
            yield from _deeds(verb, [warrant, verb, *judged], judged,
                              f"{warrant.lemma_.lower()} ", negated, lexicon)


#: Prepositions of whom a warrant is for: "a warrant for X", "a warrant against X".
_WARRANT_PREPS = frozenset({"for", "against"})
#: The noun of "a warrant for the arrest of X".
_ARREST = "arrest"


def _deeds(verb: Token, hosts: list[Token], judged: list[Token], label: str, negated: bool,
           lexicon: EventLexicon) -> Iterator[TokenTriple]:
    """The deeds the judged ones are judged or tried for: an event noun after a
    :data:`~extract.lexicon.JUDGED_PREPS` preposition of a host (the judging verb, its
    adjective, a trial noun) with a target and no agent of its own ("for the killing of
    Y"), done by each judged one to each target, hedged. ``label`` starts the relation's
    label ("arrest "; a trial noun's own reading: "trial for killing")."""
    for host, prep in [(h, p) for h in hosts for p in children_of(h, PREP)]:
        if prep.lower_ not in JUDGED_PREPS:
            continue
        for noun in pobjs(prep):
            part = _part_in(noun)
            if part is not None:
                # "accused X of involvement in / responsibility for the attack on Y"
                noun = part[0]
            event = event_lemma(noun, lexicon)
            if event is None or noun_agents(noun):
                continue
            targets = [t for _, t in event_targets(noun, event)] + noun_patients(noun)
            shown = (f"{label}{prep.lower_} {event}" if label or host.i == verb.i
                     else f"{host.lemma_.lower()} {prep.lower_} {event}")
            for doer in judged:
                for target in targets:
                    if names_something(doer) and target.i != doer.i:
                        yield TokenTriple(doer, noun, target, event, shown, "NOUN",
                                          negated, "control", True)


def _part_in(noun: Token) -> tuple[Token, Token] | None:
    """The event noun and its preposition of "responsibility for" / "a role in" /
    "involvement in" an event, or None (the event noun is not checked)."""
    wanted = part_preposition(noun.lemma_.lower())
    for prep in children_of(noun, PREP):
        if prep.lower_ == wanted:
            for event_noun in pobjs(prep):
                return event_noun, prep
    return None


def _disowned_act(verb: Token, noun: Token, lexicon: EventLexicon) -> Token | None:
    """The violent act told before that a denied part points back to, or None: "Unidentified
    drones struck a fuel depot in Misrata. The government blames forces loyal to Haftar,
    who deny involvement", "... The Kremlin denies any role in the attack" (a noun of a
    part in an event, :data:`~extract.lexicon.INVOLVEMENT_NOUNS` or
    :data:`~extract.lexicon.RESPONSIBILITY_NOUNS`, bare or with a definite event noun that
    names no participant: :func:`_referring_act`). The act is the nearest verb of
    :data:`_DOERLESS_CLASSES` before the denial, in its sentence or the one before, not
    negated and with an object. Not a part in an event of its own ("denied any role in
    the killing of X", :func:`_claimed_event`), nor in something else ("denied involvement
    in corruption"), nor one the denier did itself.
    """
    wanted = part_preposition(noun.lemma_.lower())
    if wanted is None or noun.pos_ != "NOUN":
        return None
    hung = [p for p in children_of(verb, PREP)
            if noun.dep_ == DOBJ and p.i == noun.right_edge.i + 1]
    phrases = [p for p in children_of(noun, PREP) + hung if p.lower_ == wanted]
    if any(not _referring_act(o, lexicon) for p in phrases for o in pobjs(p)):
        return None
    if not phrases and any(c.dep_ == PREP for c in kids(noun)):
        return None  # "denied involvement with the group"
    doc = verb.doc
    for tok in reversed(doc[window_start(verb, 1):verb.i]):
        if (tok.pos_ != "VERB" or is_negated(tok)
                or lexicon.classify(verb_lemma(tok)) not in _DOERLESS_CLASSES):
            continue
        act_agents, act_patients, _ = core(tok)
        if not act_patients or any(a.i in {c.i for c in core(verb)[0]} for a in act_agents):
            return None
        return tok
    return None


def _claimed_victory(verb: Token, noun: Token, agents: list[Token],
                     negated: bool) -> Iterator[TokenTriple]:
    """What a claimed victory is won in, as a hedged win: "Maduro claimed victory in the
    presidential election" -> Maduro win presidential election (only claimed won). The
    verb claims (:data:`~extract.lexicon.VICTORY_CLAIMING_VERBS`), its object is a victory
    (:data:`~extract.lexicon.VICTORY_NOUNS`), the "in" phrase (on the noun or on the verb
    right after it) a contest (:data:`~extract.lexicon.CONTEST_NOUNS`): not a place
    ("claimed victory in Caracas"). Not a claim denied ("did not claim victory").

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("Maduro claimed victory in election", '''
    ...     1 nsubj PROPN Maduro NNP
    ...     1 ROOT VERB claim VBD
    ...     1 dobj NOUN victory NN
    ...     2 prep ADP in IN
    ...     3 pobj NOUN election NN''')
    >>> [(t.subject.text, t.lemma, t.object.text, t.hedged)
    ...  for t in _claimed_victory(doc[1], doc[2], [doc[0]], False)]
    [('Maduro', 'win', 'election', True)]
    """
    if (negated or verb.lemma_.lower() not in VICTORY_CLAIMING_VERBS
            or noun.lemma_.lower() not in VICTORY_NOUNS or noun.dep_ != DOBJ):
        return
    hung = [p for p in children_of(verb, PREP) if p.i == noun.right_edge.i + 1]
    for prep in children_of(noun, PREP) + hung:
        if prep.lower_ != "in":
            continue
        for contest in pobjs(prep):
            if contest.lemma_.lower() in CONTEST_NOUNS:
                for agent in agents:
                    yield TokenTriple(agent, noun, contest, "win", "win", "VERB", False,
                                      "support-verb", True)


#: Verbs after which "a role in" / "involvement in" an event is owned up to or denied
#: (:func:`_claimed_event`).
_OWNING_UP_OR_DENIAL_VERBS = OWNING_UP_VERBS | DENIAL_VERBS


def _claimed_event(noun: Token, verb: str,
                   lexicon: EventLexicon) -> tuple[Token, str, str] | None:
    """The event noun, its event and the preposition of "responsibility for" / "credit
    for" an event, or of "a role in" / "involvement in" one after a verb of owning up or
    denying (``verb``, a lemma); None otherwise.

    The event is an event noun's ("the attack") or a noun made from a classed verb's
    ("the bombing of X", see :func:`extract.rules.nominal.derived_event`); the phrase
    may hang on the verb right after the noun ("denies any role | in the killing of X").
    """
    wanted = part_preposition(noun.lemma_.lower())
    if wanted is None or (wanted == "in" and verb not in _OWNING_UP_OR_DENIAL_VERBS):
        return None
    # the parser may hang the phrase on the verb: "denies any role | in the assassination
    # of X", "denies complicity | in the killing of X" (right after the noun)
    hung = [p for p in children_of(noun.head, PREP)
            if noun.dep_ == DOBJ and p.i == noun.right_edge.i + 1]
    for prep in children_of(noun, PREP) + hung:
        if prep.lower_ == wanted:
            for event_noun in pobjs(prep):
                event = event_lemma(event_noun, lexicon) or derived_event(event_noun, lexicon)
                if event is not None:
                    return event_noun, event, wanted
    return None


def _bribed(verb: Token, agents: list[Token], negated: bool,
            hedged: bool) -> Iterator[TokenTriple]:
    """Who bribed the taker of a bribe: the "from" phrase of a verb of receiving whose
    object is a bribe noun ("took bribes from Odebrecht", "accepted $4 million in bribes
    from the developer X"; :data:`~extract.lexicon.BRIBE_NOUNS`): X —bribe→ the taker,
    with the taker's flags ("allegedly accepted", "accused of taking": hedged)."""
    # "accepted $4 million in bribes"
    things = [t for p in children_of(verb, *OBJ_DEPS)
              for t in [p, *(o for q in children_of(p, PREP) if q.lower_ == "in"
                             for o in pobjs(q))]]
    if not any(t.lemma_.lower() in BRIBE_NOUNS for t in things):
        return
    givers = [o for p, o in prep_objects(verb) if p.lower_ == "from"
              and o.pos_ in ("NOUN", "PROPN")]
    for giver in givers:
        for agent in agents:
            if giver.i != agent.i:
                yield TokenTriple(giver, verb, agent, _BRIBING_VERB, _BRIBING_VERB, "VERB",
                                  negated, "converse", hedged)


def _awarded(verb: Token, agents: list[Token], negated: bool,
             hedged: bool) -> Iterator[TokenTriple]:
    """Who gave a supplier the business it won: the named "from" phrase of a verb of
    winning (:data:`~extract.lexicon.CONTRACT_WINNING_VERBS`) whose object is an award noun
    (:data:`~extract.lexicon.AWARD_NOUNS`), on the verb, on the noun or on the amount the
    noun is worth ("won an order worth 1.1 billion crowns from Indian Railways", "secured
    a contract from the Pentagon"): X —award→ the winner ("award order", "award
    contract"), with the winner's flags. Not a "from" that is no name ("an order from
    abroad"), nor an unnamed noun's "for" ("an order for jets" is what is bought).

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("Alstom won a contract from SNCF", '''
    ...     1 nsubj PROPN Alstom NNP
    ...     1 ROOT VERB win VBD
    ...     3 det DET a DT
    ...     1 dobj NOUN contract NN
    ...     3 prep ADP from IN
    ...     4 pobj PROPN SNCF NNP''', ents={"Alstom": "ORG", "SNCF": "ORG"})
    >>> [(t.subject.text, t.label, t.object.text) for t in _awarded(doc[1], [doc[0]],
    ...                                                             False, False)]
    [('SNCF', 'award contract', 'Alstom')]
    """
    if verb.lemma_.lower() not in CONTRACT_WINNING_VERBS:
        return
    for noun in children_of(verb, DOBJ):
        if noun.lemma_.lower() not in AWARD_NOUNS:
            continue
        # (the "from" on the verb, the noun, or inside the noun's "worth" amount)
        holders = {verb.i, noun.i} | {t.i for t in noun.subtree
                                     if is_amount(t) or t.lower_ == "worth"}
        givers = [o for t in (verb, *noun.subtree) if t.i in holders
                  for p in children_of(t, PREP) if p.lower_ == "from"
                  for o in pobjs(p) if names_something(o) or actor_noun(o)]
        label = f"{_AWARDING_VERB} {noun.lemma_.lower()}"
        for giver in givers:
            for agent in agents:
                if giver.i != agent.i:
                    yield TokenTriple(giver, noun, agent, _AWARDING_VERB, label, "VERB",
                                      negated, "converse", hedged)


def _sold_to(verb: Token, patients: list[Token], negated: bool,
             hedged: bool) -> Iterator[TokenTriple]:
    """The parties to a sale told by an agentless passive (:data:`~extract.lexicon.
    SOLD_VERBS`): the named "to" side bought the subject ("The Plaza Hotel was sold to
    Donald Trump": Trump —buy→ the Plaza Hotel, ``converse``), and the named owner of a
    subject described in apposition as its unit (:data:`~extract.lexicon.OWN_UNIT_NOUNS`:
    "Clearview, a unit of Meridian, was sold to Brandt": Meridian —sell→ Clearview). Not
    an unnamed subject ("the shares were sold to investors") nor buyer.

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("Plaza was sold to Trump", '''
    ...     2 nsubjpass PROPN Plaza NNP
    ...     2 auxpass AUX be VBD
    ...     2 ROOT VERB sell VBN
    ...     2 prep ADP to IN
    ...     3 pobj PROPN Trump NNP''', ents={"Plaza": "FAC", "Trump": "PERSON"})
    >>> [(t.subject.text, t.lemma, t.object.text) for t in _sold_to(doc[2], [doc[0]],
    ...                                                             False, False)]
    [('Trump', 'buy', 'Plaza')]
    """
    bought = pairs(SOLD_VERBS).get(verb.lemma_.lower())
    if bought is None:
        return
    buyers = [o for p in children_of(verb, PREP, DATIVE) if p.lower_ == "to" for o in pobjs(p)
              if names_something(o)]
    for patient in (p for p in patients if names_something(p)):
        for buyer in buyers:
            yield TokenTriple(buyer, verb, patient, bought, bought, "VERB", negated,
                              "converse", hedged)
        owners = [o for unit in children_of(patient, APPOS)
                  if unit.lemma_.lower() in OWN_UNIT_NOUNS
                  for p in children_of(unit, PREP) if p.lower_ == "of" for o in pobjs(p)
                  if names_something(o)]
        for owner in owners if buyers else ():
            yield TokenTriple(owner, verb, patient, verb.lemma_.lower(), verb.lemma_.lower(),
                              "VERB", negated, "passive", hedged)


#: The relation of a buyer to the supplier it gave an order or a contract.
_AWARDING_VERB = "award"


#: The verb of denial a negated verb of partaking stands for ("had no role in" = "deny").
_DISOWNING_VERB = "deny"


#: The relation of a bribe's giver to its taker.
_BRIBING_VERB = "bribe"


def _attributed(verb: Token, agents: list[Token], patients: list[Token],
                lexicon: EventLexicon) -> Iterator[TokenTriple]:
    """Who is said to have done a violent act told before with no named doer: the named
    object of a verb of blaming ("Gunmen kill eight police officers in Burkina Faso. The
    army blames Ansaroul Islam": Ansaroul Islam —kill→ officers, hedged, the army's
    claim; :data:`~extract.lexicon.ATTRIBUTING_VERBS`), or whoever claims responsibility
    ("A car bomb kills 15 people in Mogadishu. Al-Shabaab claims responsibility": stated).
    Only when the blame or claim names no act of its own or refers back to one ("blames
    X for the attack", not "for the attack on Y", read by :func:`_blamed`), and the act
    is the nearest violent one before it, in its sentence or the one before, whose doer
    is unnamed ("gunmen", "a car bomb") or untold ("12 soldiers were killed")."""
    lemma = verb.lemma_.lower()
    if lemma in ATTRIBUTING_VERBS:
        doers, hedged = [p for p in patients if names_something(p)], True
        # "accuses X of rigging the vote": an act of its own (a gerund is no referring noun)
        acts = [o for t in (verb, *doers) for p in children_of(t, PREP) for o in kids(p)
                if o.dep_ != PUNCT]
    elif lemma not in OWNING_VERBS | DENIAL_VERBS:
        claims = [p for p in patients if p.lemma_.lower() in RESPONSIBILITY_NOUNS]
        doers = [a for a in agents if names_something(a)] if claims else []
        acts = [o for c in claims for p in children_of(c, PREP) for o in pobjs(p)]
        hedged = False
    else:
        return
    if not doers or not all(_referring_act(a, lexicon) for a in acts):
        return
    act = _unattributed_act(verb, lexicon)
    if act is None:
        return
    act_agents, act_patients, _ = core(act)
    if act.dep_ == ACL and act.tag_ == "VBN" and (own := children_of(act, DOBJ)):
        # "an attack on a checkpoint killed 20 soldiers" parsed with "killed" a reduced
        # relative on "checkpoint": a participle with an object of its own is the clause's
        # verb, and that object, not the noun it hangs on, is who was killed
        act_patients = own
    for doer in doers:
        yield from _done_for(doer, act, act_agents, act_patients, False, hedged, lexicon)


def _relative_deeds(verb: Token, agents: list[Token], patients: list[Token],
                    lexicon: EventLexicon) -> Iterator[TokenTriple]:
    """Who did the violent act a relative clause tells of a deed noun that someone owns
    up to, denies or is blamed for: "Islamic State claimed responsibility for a suicide
    bombing that killed 14 people" (Islamic State —kill→ people, stated), "Kyiv denied
    involvement in a drone strike that killed three people" (negated, as "denied
    involvement" is), "the ELN was blamed for a car bomb that killed four soldiers",
    "the army accused Boko Haram of an ambush that killed 12 soldiers" (alleged:
    :data:`~extract.lexicon.ATTRIBUTING_VERBS`). The deed is a violent event noun
    (:data:`_DOERLESS_CLASSES`) or a munition ("a car bomb"), after "responsibility for"
    / "involvement in" (:func:`_part_in`), a blame's "for" / "of", or the object of
    "claimed"; the clause's subject is its relative pronoun, its verb a violent act, not
    negated. The verb itself is not negated (the pipeline reads its flags otherwise)."""
    lemma = verb.lemma_.lower()
    deeds: list[Token] = []
    if lemma in ATTRIBUTING_VERBS:
        # "blamed X for ...", "X was blamed for ...", "accused X of ..."
        doers = [p for p in patients if _named_doer(p)]
        deeds = [o for t in (verb, *doers) for p in children_of(t, PREP)
                 if p.lower_ in ("for", "of") for o in pobjs(p)]
        negated, hedged = False, True
    elif lemma in OWNING_UP_VERBS | DENIAL_VERBS and not is_passive(verb):
        doers = [a for a in agents if _named_doer(a)]
        for patient in patients:
            part = _part_in(patient) if part_preposition(patient.lemma_.lower()) else None
            if part is None and patient.dep_ == DOBJ and part_preposition(
                    patient.lemma_.lower()):
                # "denied any involvement | in a strike that ..." hung on the verb
                part = next(((o, p) for p in children_of(verb, PREP)
                             if p.i == patient.right_edge.i + 1
                             and p.lower_ == part_preposition(patient.lemma_.lower())
                             for o in pobjs(p)), None)
            if part is not None:
                deeds.append(part[0])
            elif lemma == _CLAIMING_VERB and patient.dep_ == DOBJ:
                deeds.append(patient)  # "Al-Shabaab claimed the bombing, which killed 20"
        negated, hedged = lemma in DENIAL_VERBS, False
    else:
        return
    if not doers:
        return
    for deed in deeds:
        if not _violent_deed(deed, lexicon):
            continue
        for clause in children_of(deed, RELCL):
            if (clause.pos_ != "VERB" or is_negated(clause) or is_passive(clause)
                    or lexicon.classify(verb_lemma(clause)) not in _DOERLESS_CLASSES):
                continue
            clause_agents, clause_patients, _ = core(clause)
            # (its subject the relative pronoun, which core reads as the deed itself)
            if not clause_agents or any(a.i != deed.i and a.tag_ not in RELATIVE_TAGS
                                        for a in clause_agents):
                continue  # "a bombing that the army blamed on X": not its subject
            for doer in doers:
                yield from _done_for(doer, clause, clause_agents, clause_patients, negated,
                                     hedged, lexicon)


def _named_doer(tok: Token) -> bool:
    """Whether a doer is named: an entity, a proper noun the NER missed ("the ELN", "Kyiv"
    read as no entity), or a definite noun that points back to one ("the guerrilla group",
    "the militants": :data:`~extract.lexicon.ANAPHORIC_HEADS`, resolved by the pipeline or
    dropped as vague)."""
    return names_something(tok) or (tok.pos_ == "PROPN" and tok.ent_type_ not in TIME_TYPES) or (
        tok.lemma_.lower() in ANAPHORIC_HEADS | GROUP_NOUNS
        and any(c.dep_ == DET and c.lower_ in DEFINITE_DETERMINERS for c in kids(tok)))


#: The verb of claiming a deed as one's own ("claimed the bombing").
_CLAIMING_VERB = "claim"


def _violent_deed(noun: Token, lexicon: EventLexicon) -> bool:
    """Whether a noun is a violent deed (an event noun of :data:`_DOERLESS_CLASSES`:
    "a suicide bombing", "an ambush") or a munition that stands for one ("a car bomb")."""
    if noun.pos_ != "NOUN":
        return False
    if noun.lemma_.lower() in MUNITIONS:
        return True
    event = event_lemma(noun, lexicon) or derived_event(noun, lexicon)
    return event is not None and lexicon.classify(event, pos="NOUN") in _DOERLESS_CLASSES


def _authored(verb: Token, agents: list[Token], patients: list[Token],
              lexicon: EventLexicon, negated: bool = False) -> Iterator[TokenTriple]:
    """Who ordered or carried out a violent act told before with no named doer, when a
    definite event noun points back to it: "A bomb kills the mayor of Culiacan. Prosecutors
    say Los Chapitos probably ordered the attack" (Los Chapitos —kill→ the mayor, hedged as
    the ordering is; :data:`~extract.lexicon.AUTHORING_VERBS`, :func:`_referring_act`, the
    act found as for a blame, :func:`_unattributed_act`). Stated when the ordering is
    ("Al-Shabaab's leader ordered the attack"). ``negated`` when carrying it out is denied,
    not hedged when the doer denies it itself ("Al-Shabaab said it did not carry out the
    attack"), as "denied involvement" is; a denied order says nothing ("did not order the
    attack")."""
    lemma = verb_lemma(verb)
    if lemma.replace(" ", "_") not in AUTHORING_VERBS and verb.lemma_.lower() not in (
            AUTHORING_VERBS):
        return
    # ("Al-Shabaab said it carried out the attack": the speaker's own deed)
    doers = [a for a in agents if names_something(a)] or _own_pronouns(verb, agents)
    nouns = [p for p in patients if _referring_act(p, lexicon)]
    if not doers or not nouns:
        return
    act = _unattributed_act(verb, lexicon)
    if act is None:
        return
    noun = nouns[0]
    event = event_lemma(noun, lexicon) or derived_event(noun, lexicon)
    if event is None or any(is_target_prep(p.lower_, lexicon.classify(event))
                            and p.lower_ not in _WHERE_PREPS for p, _ in prep_objects(verb)):
        # "Russia said it carried out the strike | on a military target" (the phrase hung
        # on the verb): a strike told of its own, not the one before ("carried out the
        # bombing in the capital" says where the one before was)
        return
    # as "ordered an attack on X" is "order attack", "carried out an attack on X" "attack"
    done = verb.lemma_.lower() in LIGHT_VERBS
    if negated and not done:
        return  # "did not order the attack" does not say who did not do it
    label = event if done else f"{lemma} {event}"
    act_agents, act_patients, _ = core(act)
    own_denial = negated and (verb.head.lemma_.lower() in DENIAL_VERBS
                              or bool(_own_pronouns(verb, agents)))
    hedged = not own_denial and modality(verb).hedged
    targets = [(None, p) for p in act_patients]
    targets += [(p, o) for p, o in prep_objects(act)
                if names_something(o) and is_target_prep(p.lower_, lexicon.classify(event))]
    for doer in doers:
        for prep, target in targets:
            if target.i == doer.i or target.i in (a.i for a in act_agents):
                continue
            yield TokenTriple(doer, noun, target, event,
                              label if prep is None else f"{label} {prep.lower_}", "NOUN",
                              negated, "attribution", hedged)


def answerable_triples(doclike: Iterable[Token],
                       lexicon: EventLexicon) -> Iterator[TokenTriple]:
    """Who is said to answer for a violent act told just before with no named doer
    (:data:`~extract.lexicon.ANSWERABLE_WORDS`, :func:`_answering`): "A car bomb killed
    the governor. Police said the Taliban were responsible" or "... were behind the
    attack" (Taliban —kill→ governor, alleged), "Officials held Al-Shabaab responsible for
    the bombing" (alleged). The subject's own word is a claim, stated: "Al-Shabaab said it
    was behind the attack"; a denial is negated, as "denied involvement" is: "Ukraine
    denied it was behind the attack", "X was not responsible". The act is the nearest
    violent one in the sentence or the one before whose doer is unnamed or untold
    (:func:`_unattributed_act`); a "for" or "behind" phrase must point back to it ("the
    attack", "it": :func:`_referring_act`), not name an act of its own."""
    for word in doclike:
        found = _answering(word, lexicon)
        if found is None:
            continue
        host, doers, negated, hedged = found
        act = _unattributed_act(host, lexicon)
        if act is None:
            continue
        act_agents, act_patients, _ = core(act)
        for doer in doers:
            yield from _done_for(doer, act, act_agents, act_patients, negated, hedged,
                                 lexicon)


#: Pronouns that point back to an act in "was behind it".
_ACT_PRONOUNS = frozenset({"it", "this", "that"})
#: Pronouns by which a speaker names itself in "X said it was responsible".
_OWN_PRONOUNS = frozenset({"it", "they", "we"})


def _answering(word: Token, lexicon: EventLexicon
               ) -> tuple[Token, list[Token], bool, bool] | None:
    """The clause word, the doers and the flags (negated, hedged) of a word of answering
    for an act (:func:`answerable_triples`), or None: "X was responsible (for the
    attack)", "X was behind the attack / it", "X is believed to be behind it", "held X
    responsible"."""
    lower = word.lower_
    if lower not in ANSWERABLE_WORDS:
        return None
    if lower == "behind":
        if word.dep_ != PREP or word.head.lemma_.lower() != "be":
            return None
        acts = pobjs(word)
        if not acts or not all(_referring_act(a, lexicon) or (
                a.pos_ == "PRON" and a.lower_ in _ACT_PRONOUNS) for a in acts):
            return None
        host = word.head
    else:
        if word.pos_ != "ADJ":
            return None
        host = word.head
        # ("held X responsible" is parsed with the adjective an object predicate, a
        # clause, or an adverbial of "held")
        if word.dep_ not in (ACOMP, OPRD, CCOMP, XCOMP) and not (
                word.dep_ == ADVCL and host.lemma_.lower() == "hold"):
            return None
        acts = [o for p in children_of(word, PREP) if p.lower_ == "for" for o in pobjs(p)]
        if any(c.dep_ == PREP and c.lower_ != "for" for c in kids(word)):
            return None
        if not all(_referring_act(a, lexicon) for a in acts):
            return None
    if host.lemma_.lower() == "hold" and word.dep_ in (OPRD, CCOMP, XCOMP, ADVCL):
        # "held Al-Shabaab responsible (for the attack)": the one held is the doer
        doers = children_of(host, DOBJ) + children_of(word, NSUBJ)
        if has_neg(host):
            return None
        return (host, [d for d in doers if _named_doer(d)], False, True) if doers else None
    if host.lemma_.lower() != "be":
        return None
    subjects = children_of(host, NSUBJ)
    if not subjects and host.dep_ == XCOMP:
        # "Russia is believed to be behind the attack"
        subjects = children_of(host.head, NSUBJ, NSUBJPASS)
    sayer = host.head if host.dep_ == CCOMP else None
    denied = (sayer is not None and sayer.lemma_.lower() in DENIAL_VERBS
              and not is_negated(sayer))
    # (the verb's own "not": is_negated also reads the denial above it)
    if denied and has_neg(host):
        return None  # "denied it was not responsible": no reading
    own = _own_pronouns(host, subjects)
    doers = own or [s for s in subjects if _named_doer(s)]
    if not doers:
        return None
    if denied or (own and has_neg(host)):
        return host, doers, True, False  # the doer's own denial, as "denied involvement"
    # someone else's word is alleged; the doer's own claim ("said it was behind it") stated
    return host, doers, has_neg(host), not own


def _own_pronouns(clause: Token, subjects: list[Token]) -> list[Token]:
    """The subjects of a reported clause that are a pronoun by which the named speaker or
    denier names itself ("Al-Shabaab said it carried out the attack", "Ukraine denied it
    was behind the attack"; :data:`_OWN_PRONOUNS`): who speaks of its own deed."""
    sayer = clause.head if clause.dep_ == CCOMP else None
    if sayer is None or sayer.lemma_.lower() not in REPORTING_VERBS | DENIAL_VERBS or not any(
            names_something(a) for a in children_of(sayer, NSUBJ)):
        return []
    return [s for s in subjects if s.pos_ == "PRON" and s.lower_ in _OWN_PRONOUNS]


def _done_for(doer: Token, act: Token, agents: list[Token], patients: list[Token],
              negated: bool, hedged: bool, lexicon: EventLexicon) -> Iterator[TokenTriple]:
    """The ``attribution`` triples of a doer said to have done ``act``: to each of its
    objects and named targets ("killed 12 soldiers", "fired at the convoy"), never to
    itself or to the act's own agents."""
    rel = verb_lemma(act)
    targets = [(None, p) for p in patients]
    targets += [(p, o) for p, o in prep_objects(act)
                if names_something(o) and is_target_prep(p.lower_, lexicon.classify(rel))]
    for prep, target in targets:
        if target.i == doer.i or target.i in (a.i for a in agents):
            continue
        label = rel if prep is None else f"{rel} {prep.lower_}"
        yield TokenTriple(doer, act, target, label, label, "VERB", negated, "attribution",
                          hedged)


def _alleged_groups(verb: Token, agents: list[Token], patients: list[Token], negated: bool,
                    lexicon: EventLexicon) -> Iterator[TokenTriple]:
    """The group a violent act's agent is only believed or suspected to act for did it,
    alleged: "Gunmen believed to belong to JNIM killed 14 soldiers" (JNIM —kill→
    soldiers, hedged), "militants suspected of belonging to al-Shabaab attacked a police
    station" (:func:`extract.context.alleged_group`; an act of :data:`VIOLENT_CLASSES`
    only: "a firm believed to belong to the minister won the contract" is no win of the
    minister's)."""
    if lexicon.classify(verb_lemma(verb)) not in VIOLENT_CLASSES:
        return
    for agent in agents:
        group = alleged_group(agent)
        if group is not None:
            yield from _done_for(group, verb, agents, patients, negated, True, lexicon)


#: Classes of the violent acts whose doer a later blame or claim may name (an arrest or a
#: seizure has a known doer: "is declared winner", "seized Goma").
_DOERLESS_CLASSES = frozenset({"ASSAULT", "FIGHT"})


def _referring_act(noun: Token, lexicon: EventLexicon, laid: Token | None = None) -> bool:
    """Whether a noun refers back to a violent act without naming its participants:
    "(blames X for) the attack", "(claimed responsibility for) the bombing (in the
    capital)"; ``laid`` is a preposition of whom it is laid on that the parser may hang
    on the noun ("blamed the attack | on X", :func:`_blamed`)."""
    event = (event_lemma(noun, lexicon) or derived_event(noun, lexicon)
             if noun.pos_ == "NOUN" else None)
    # (a phrase of where names no one of it: "the bombing in the capital")
    return (event is not None and lexicon.classify(event, pos="NOUN") in _DOERLESS_CLASSES
            and all(p.lower_ in _WHERE_PREPS or (laid is not None and p.i == laid.i)
                    for p in children_of(noun, PREP))
            and any(c.dep_ == DET and c.lower_ in DEFINITE_DETERMINERS for c in kids(noun)))


def _conceded_to(verb: Token, agents: list[Token], negated: bool,
                 hedged: bool) -> Iterator[TokenTriple]:
    """The ``reaction`` triples of a loser conceding to a winner the verb does not name
    (:func:`conceded_winner`): "Trump won the election. Harris conceded" gives Harris
    -concede-> Trump."""
    for agent in agents:
        winner = conceded_winner(verb, agent)
        if winner is not None:
            yield TokenTriple(agent, verb, winner, "concede", "concede", "VERB", negated,
                              "reaction", hedged)


def conceded_winner(verb: Token, loser: Token) -> Token | None:
    """Whom a loser concedes to when the verb names no one
    (:data:`~extract.lexicon.CONCEDING_VERBS`): the winner of the contest told before it,
    in its sentence or the two before (:func:`_contest_winner`). "Andrade wins the runoff,
    defeating Villalobos; Villalobos refuses to concede" is a concession to Andrade (a
    negated one: the pipeline reads the refusal); "Agyeman wins the election; her rival
    refuses to concede" one to Agyeman. None for another verb, or when the verb has an
    object of its own other than the defeat ("conceded the second set"), a clause
    ("conceded that turnout was low") or a "to" phrase ("conceded to Duda" names him)."""
    if verb.lemma_.lower() not in CONCEDING_VERBS or any(
            c.dep_ in (CCOMP, XCOMP) or (c.dep_ in (PREP, DATIVE) and c.lower_ == "to")
            or (c.dep_ in OBJ_DEPS and c.lemma_.lower() not in CONCEDED_NOUNS)
            for c in kids(verb)):
        return None
    return _contest_winner(verb, loser)


def _contest_winner(verb: Token, loser: Token) -> Token | None:
    """The named winner of the nearest contest told before ``verb`` (in its sentence or the
    two before) that ``loser`` did not win: the subject of a verb of
    :data:`~extract.lexicon.PREVAILING_VERBS` whose object is the loser or the loser's
    ("defeating Péter Magyar's Tisza party"), or that wins a contest or an office
    (:data:`~extract.lexicon.CONTEST_NOUNS`, :data:`~extract.lexicon.WON_OFFICES`); None
    when there is none, or the nearest was won by the loser."""
    names = {t.lower_ for t in loser.subtree if t.pos_ == "PROPN"} | {loser.lower_}
    for tok in reversed(verb.doc[window_start(verb, 2):verb.i]):
        if tok.pos_ != "VERB" or is_negated(tok):
            continue
        if tok.lemma_.lower() in LOSING_VERBS:
            # "Bolsonaro lost the runoff to Lula and has not conceded": the "to" winner
            losers, _, _ = core(tok)
            if any(t.lower_ in names for a in losers for t in a.subtree):
                return next((o for p in children_of(tok, PREP) if p.lower_ == "to"
                             for o in pobjs(p) if names_something(o)), None)
            continue
        if tok.lemma_.lower() not in PREVAILING_VERBS:
            continue
        winners, objects, _ = core(tok)
        winners = [w for w in winners if names_something(w)]
        if not winners or is_passive(tok):
            continue
        if any(t.lower_ in names for w in winners for t in w.subtree):
            return None  # the loser won the nearest contest: no one to concede to
        if tok.lemma_.lower() == "win":
            won = any(o.lemma_.lower() in CONTEST_NOUNS | WON_OFFICES for o in objects)
        else:
            won = any(t.lower_ in names for o in objects for t in o.subtree)
        if won:
            return winners[0]
    return None


#: Sentences before a blame, claim or denial in which the act it names a doer for is
#: looked for (the one right before: further back, another act may have come between).
_DEED_LOOKBACK = 1


def _unattributed_act(verb: Token, lexicon: EventLexicon) -> Token | None:
    """The nearest verb of a violent act before ``verb`` (in its sentence or the
    :data:`_DEED_LOOKBACK` before) if its doer is unnamed or untold; None if that act has
    a named doer (a place it is in names no one: "gunmen in Niger")."""
    doc = verb.doc
    start = window_start(verb, _DEED_LOOKBACK)
    for tok in reversed(doc[start:verb.i]):
        if (tok.pos_ != "VERB" or is_negated(tok)
                or lexicon.classify(verb_lemma(tok)) not in _DOERLESS_CLASSES):
            continue
        act_agents, act_patients, _ = core(tok)
        # "Rebels of the M23 seized Goma": named through the phrase
        if any(names_something(t) for a in act_agents for t in _naming_part(a)):
            return None
        return tok if act_patients else None
    return None


#: Prepositions of where a doer is, which name no one it acts for ("gunmen in Niger"):
#: the lexicon's place prepositions.
_WHERE_PREPS = PLACE_PREPS


def _naming_part(agent: Token) -> list[Token]:
    """The words of an act's agent phrase that may name who did it: all but a phrase of
    where it is ("gunmen in Niger"; "rebels of the M23" keeps its "of")."""
    where = {t.i for p in children_of(agent, PREP) if p.lower_ in _WHERE_PREPS
             for t in p.subtree}
    return [t for t in agent.subtree if t.i not in where]


#: Verbs that lay an event on someone, with the preposition of whom: "blamed the attack
#: on X", "attributed the bombing to X", "pinned the killing on X".
BLAMING_VERBS = {"blame": "on", "attribute": "to", "pin": "on"}


def _blamed(verb: Token, noun: Token, agents: list[Token], negated: bool,
            lexicon: EventLexicon) -> Iterator[TokenTriple]:
    """"Officials blamed the attack on the police station on X": X —attack→ police
    station, hedged (it is the officials' claim), and the officials —blame on→ X."""
    event = blamed_event(verb, noun, lexicon)
    if event is None:
        return
    # whom it is laid on: the last "on" / "to" after the noun, wherever the parser hung it
    preps = [t for t in verb.subtree if t.i > noun.i and t.dep_ in (PREP, DATIVE)
             and t.lower_ == BLAMING_VERBS[verb.lemma_.lower()]]
    blamed = [t for t in (appositive_name(p, ACTOR_TYPES) for p in pobjs(preps[-1]))
              if names_something(t)] if preps else []
    if not blamed:
        return
    if preps[-1].head.i != verb.i:
        # "blamed the bombing of the mall on X" with "on X" hung on "mall": X is blamed
        rel = f"{verb.lemma_.lower()} {preps[-1].lower_}"
        for agent in agents:
            for target in blamed:
                yield TokenTriple(agent, verb, target, rel, rel, "VERB", negated, "prep")
    targets = event_targets(noun, event) + [
        (p, t) for p, t in prep_objects(verb) if is_target_prep(p.lower_, event)
        and p.i != preps[-1].i]
    targets = [(p, t) for p, t in targets if p is None or p.i != preps[-1].i]
    if not targets and not negated and _referring_act(noun, lexicon, preps[-1]):
        # "A bomb killed two policemen. Officials blamed the attack on the PKK": the PKK
        # killed them (alleged), the act before with no named doer (:func:`_attributed`)
        act = _unattributed_act(verb, lexicon)
        if act is not None:
            act_agents, act_patients, _ = core(act)
            for doer in blamed:
                yield from _done_for(doer, act, act_agents, act_patients, False, True,
                                     lexicon)
        return
    for _, target in targets:
        for agent in blamed:
            if target.i != agent.i:
                yield TokenTriple(agent, noun, target, event, f"{verb.lemma_.lower()} {event}",
                                  "NOUN", negated, "support-verb", True)


def blamed_event(verb: Token, noun: Token, lexicon: EventLexicon) -> str | None:
    """The event a blaming verb lays on someone ("blamed *the attack* on X"), or None."""
    if verb.lemma_.lower() not in BLAMING_VERBS:
        return None
    return event_lemma(noun, lexicon)


def _faced_events(verb: Token, subjects: list[Token], negated: bool,
                  lexicon: EventLexicon) -> Iterator[TokenTriple]:
    """"Y could face a fine from X": X —fine→ Y, hedged (only faced; "faced sanctions
    from X" in the past was imposed: stated). The agent is the "from" or "by" phrase on the
    noun or the verb, or the noun's own ("faces EU sanctions"); the subject is whom the
    event would befall (:data:`~extract.lexicon.FACING_VERBS`).

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("Meta faces a fine from Brussels", '''
    ...     1 nsubj PROPN Meta NNP
    ...     1 ROOT VERB face VBZ
    ...     3 det DET a DT
    ...     1 dobj NOUN fine NN
    ...     3 prep ADP from IN
    ...     4 pobj PROPN Brussels NNP''', ents={"Meta": "ORG", "Brussels": "GPE"})
    >>> [(t.subject.text, t.lemma, t.object.text, t.hedged)
    ...  for t in _faced_events(doc[1], [doc[0]], False, default_lexicon())]
    [('Brussels', 'fine', 'Meta', True)]
    """
    if verb.lemma_.lower() not in FACING_VERBS:
        return
    # "faced sanctions from X" (past): imposed
    done = verb.tag_ == "VBD" or (verb.tag_ == "VBN" and not is_passive(verb))
    for noun in children_of(verb, DOBJ):
        event = event_lemma(noun, lexicon)
        if event is None:
            continue
        agents = _befalling_agents(noun, verb)
        for agent in agents:
            for subject in subjects:
                if agent.i != subject.i:
                    yield TokenTriple(agent, noun, subject, event, f"face {event}", "NOUN",
                                      negated, "support-verb", not done)


def _befalling_agents(noun: Token, verb: Token) -> list[Token]:
    """Who does the event noun that befalls a subject: the noun's own agents ("faces EU
    sanctions") and the named "from" or "by" phrases of the noun or of its verb ("came
    under attack from X", "faces a fine from Brussels")."""
    return noun_agents(noun) + [
        a for source in (noun, verb) for p in children_of(source, PREP)
        if p.lower_ in ("from", "by") for a in pobjs(p) if names_something(a)]


#: Event classes one is "under" as the one they are done to ("under pressure from X",
#: "under investigation by X", "under Israeli occupation").
_UNDERGONE_CLASSES = frozenset({"DEMAND", "SANCTION", "INVESTIGATE", "ASSAULT", "THREATEN",
                                "FIGHT", "COERCE", "DISAPPROVE"})


def _under_event(verb: Token, subjects: list[Token], negated: bool,
                 lexicon: EventLexicon) -> Iterator[TokenTriple]:
    """"Y came under attack from X": X —attack→ Y (the agent from "from" or "by").

    Any other clause with an "under" phrase of an event noun that names its own agent
    ("Under pressure from Washington, Israel allowed aid in", "the government, under
    pressure from the IMF, cut subsidies") says its subject undergoes that event, as
    "Pressured by Washington, Israel ..." does (an event of :data:`_UNDERGONE_CLASSES`);
    the event is the clause's circumstance, stated whatever the clause says of its own act,
    unless a denied clause has a thing for its subject: "the decision was not taken under
    IMF pressure" denies the very circumstance (a decision is pressed by no one), where
    "Israel did not allow aid in under pressure from Washington" still tells the pressure.
    """
    if verb.lemma_.lower() not in UNDER_VERBS:
        if negated and subjects and all(
                s.pos_ == "NOUN" and not s.ent_type_ and not actor_noun(s)
                and not named_group(s) for s in subjects):
            return
        for noun, event in _event_objects(verb, "under", lexicon):
            if lexicon.classify(event, pos="NOUN") not in _UNDERGONE_CLASSES:
                continue  # "under a ruling by the court", "under a deal with X": by its terms
            for agent in _befalling_agents(noun, noun):
                for subject in subjects:
                    if agent.i != subject.i:
                        yield TokenTriple(agent, noun, subject, event, event, "NOUN", False,
                                          "support-verb")
        return
    for noun, event in _event_objects(verb, "under", lexicon):
        agents = _befalling_agents(noun, verb)
        for agent in agents:
            for subject in subjects:
                yield TokenTriple(agent, noun, subject, event, f"{verb.lemma_} under {event}",
                                  "NOUN", negated, "support-verb")


def _renewed_tie(verb: Token, noun: Token) -> bool:
    """Whether a light verb changes a standing tie its object names, so that the relation
    keeps the verb: "did not renew its defence pact with France" says nothing of a pact
    never made, "deepened its alliance with Japan" more than an alliance
    (``[renewing_verbs]``, ``[standing_ties]``).

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words="Chad renewed its pact".split(),
    ...           lemmas=["Chad", "renew", "its", "pact"])
    >>> _renewed_tie(doc[1], doc[3]), _renewed_tie(doc[1], doc[0])
    (True, False)
    """
    return verb.lemma_.lower() in RENEWING_VERBS and noun.lemma_.lower() in STANDING_TIES


def reported_arrest_triples(doclike: Iterable[Token],
                            lexicon: EventLexicon) -> Iterator[TokenTriple]:
    """The reporting law-enforcement body as the doer of an agentless passive arrest or
    charge it reports (:data:`~extract.lexicon.REPORTED_ARREST_VERBS`): "Police said 12
    people were arrested in the raid", "Twelve people were detained, police said", "Two
    men have been charged with murder, prosecutors said" (police —arrest→ people, stated
    as the report is). The reporter is a body of
    :data:`~extract.lexicon.LAW_ENFORCEMENT_REPORTERS` or "security forces"; "officials
    said" or "witnesses said" name no arrester, and a passive with its own "by" agent
    ("were arrested by soldiers, police said") keeps that agent."""
    del lexicon  # (the signature of every extractor)
    for verb in doclike:
        if (verb.pos_ != "VERB" or verb.tag_ != "VBN"
                or verb.lemma_.lower() not in REPORTED_ARREST_VERBS
                or not children_of(verb, AUXPASS) or children_of(verb, AGENT)):
            continue
        agents, patients, _ = core(verb)
        reporters = _arrest_reporters(verb)
        if agents or not patients or not reporters:
            continue
        negated = is_negated(verb)
        lemma = verb_lemma(verb)
        for reporter in reporters:
            for patient in patients:
                yield TokenTriple(reporter, verb, patient, lemma, lemma, "VERB", negated,
                                  "attribution", False)


def _arrest_reporters(verb: Token) -> list[Token]:
    """The law-enforcement subjects of the reporting verb that tells ``verb``: the verb
    the clause is the object of ("Police said X were arrested") or a reporting clause
    hung on it ("X were arrested, police said"), not negated and saying nothing else."""
    if verb.dep_ == CCOMP and verb.head.lemma_.lower() in REPORTING_VERBS:
        sayers = [verb.head]
    else:
        sayers = [c for c in kids(verb) if c.dep_ in (CCOMP, PARATAXIS, ADVCL)
                  and c.lemma_.lower() in REPORTING_VERBS and not children_of(c, CCOMP)]
    return [s for sayer in sayers if not is_negated(sayer)
            for s in children_of(sayer, NSUBJ) if _law_enforcement(s)]


def _law_enforcement(subject: Token) -> bool:
    """Whether ``subject`` is a law-enforcement body: "police", "Spanish police",
    "prosecutors", "the gendarmerie", "security forces"."""
    head = subject.lemma_.lower()
    if subject.lower_ in LAW_ENFORCEMENT_REPORTERS or head in LAW_ENFORCEMENT_REPORTERS:
        return True
    return subject.lower_ == "forces" and any(
        c.lower_ == "security" and c.dep_ in (COMPOUND, AMOD) for c in kids(subject))
