"""Rule-based coreference: pronouns and definite descriptions to earlier actors.

Rules, in order; a mention no rule resolves stays unresolved (it is dropped
from the actor graph, never guessed):

1. **Reported speech.** A pronoun that is the subject of a clause reported by a
   verb of saying takes that verb's subject when they agree: "Hungary said *it*
   will support ..." -> Hungary; "The rebels said *they* will release ..." -> the
   rebels; but in "officials said *he* had planned ...", "he" is not the
   officials (rule 2 applies).
2. **Personal pronouns** (he, him, his, she, her) take the most recent person
   named in the same or the previous two sentences, preferring subjects and
   never a co-argument of the same verb ("Blinken met Netanyahu. *He* urged ..."
   -> Blinken). The pronoun must fit what the article says of the person's
   gender (:meth:`Coreference.gender`: a given name, a title such as "Mrs", a kin or
   role noun such as "wife" or "spokesman", or a pronoun the syntax binds to
   them, as in "Smith said she ..."); a person of the other gender is skipped,
   and when one was skipped for a person of unknown gender, or another person
   is named in the sentence of an object or possessive pronoun while the
   antecedent is further back, or the pronoun comes before the named subject
   of its own clause
   ("Before *she* ended her campaign, Klobuchar ..."), or the window has the
   subject of a clause that is a name the NER did not type ("Waseem appeared
   ... *he* expressed": Waseem may be meant), or the pronoun's adverbial or infinitive
   clause hangs on the verb of an unnamed person or source ("a military source told AFP,
   speaking on condition of anonymity because *he* was not authorised"), it is left
   unresolved.
3. **it / its / they / them / their** take the most recent organisation, country
   or group that is the subject of a clause in the same or the previous
   sentence, unless another one is named before the pronoun in its own
   sentence ("The Azerbaijanis state *they* ..."); an impersonal "it" ("it is
   believed", "it is likely that", "makes *it* harder for raiders to") is not resolved,
   nor is "it" ever a name the article gives an age ("Hashim Latiff, 61,": a person the
   NER typed an organisation). A pronoun subject of a clause joined to a reported clause
   with a named subject of its own goes on with that subject, not with the speaker
   ("the ministry said Eritrea had mobilized ... and that *it* was working with ...").
   An "it" said to be a thing ("the board said *it* was the largest single sale") is
   that thing, and a pronoun that may be another actor as well is left unresolved: the
   subject of what an -ing verb of saying adds to a clause with an object ("rejected the
   accord, saying *it* gave too much": the accord or the party), or in what an accused
   one is said to have done ("accusing the group of breaking rules when *it* built up
   its stake"), or under a verb whose subject is an untyped name, a craft or a product
   ("The Tupolev-154 ... was turning back when *it* hit a hill": not the agency that
   reported the crash in the sentence before), or of a clause of reason on an act whose
   object may be it ("welcomed the ruling because *it* ended years of uncertainty").
   An object "it" ("he can do it") is mostly a thing or an event and is left
   alone, unless one agreement was named before it in its sentence ("suspends the New
   START treaty, accusing the United States of violating *it*": the treaty); so are
   reflexives ("himself") and first-person pronouns, except "I" in a quote reported by
   a named person.
4. **Definite descriptions** ("the group", "the country", "the newspaper", "the
   Qatari leader") take the most recent earlier actor of a compatible type
   (a person noun such as "the official" or "the man" within three sentences);
   "the country" must be a country and "the city" must not; a role noun must
   match the person's title or apposition ("the leader" fits a prime
   minister, a president, an emir; "the Queen" only a queen), a place word must not
   be another kind than the place was named as ("Butte County ... *the state*": no
   county; "the area" fits any), and a nationality adjective their country
   ("the Qatari leader" -> the Qatari prime minister). An organisation owned by a
   person's "his" or "her" ("Labour leader Kinnock ... *his party*") is the one the
   article ties to that person by a word before or in apposition to the name, else it is
   left unresolved. A person description
   owned by a pronoun ("their leader": the owner's, not the last leader named) or
   in a generic statement in the simple present ("the House impeaches the
   official") is left unresolved; indefinite ones ("a single EU country") never
   point back (:class:`~actorgraph.extract.actors.ActorResolver`). "The government",
   "the regime" (``[ruling_heads]``) are not a country named only to say where a city
   is ("a spokesman in Madras, India"); "the two nations" are two named in one sentence.
   "The kingdom", "the republic" are countries as "the country" is; a country word that is
   the subject of a clause reported by a person whose title names one country ("*Saudi*
   Foreign Minister X says *the kingdom* will not ...") is that country
   (:meth:`Coreference._speakers_country`). "The bloc", "the alliance" are only an
   intergovernmental body the actor dictionaries list or a name with the head, and none when
   two fit (:meth:`Coreference._bloc`).
   The other bare bodies of a state ("the army", "the cabinet", "the authorities":
   ``[state_bodies]``) find their country as "the government" does (:meth:`Coreference.state`);
   with none, the country of the article is meant (``ActorResolver._home_state``,
   :mod:`extract.homeland`), before a country named only as what another actor acts on
   (:meth:`Coreference.acted_on`).
5. **Who can be an antecedent.** A name in apposition to a clause's subject is
   a subject ("The co-chair of the group, Herman Cain, died. *He* ..."); the
   bracketed speaker tag of an interview ("((WN)) Does *the organisation* ...")
   is no antecedent, nor is a platform that is no clause's subject ("the page of
   Instagram") for anything but "the company". A subject pronoun right after a
   noun of saying takes the noun's owner ("Contrary to Biden's assurances *he*
   had no part" -> Biden), and a person named as a possessor in the pronoun's
   own sentence, or a surname the NER missed as a subject ("Trump did minimal
   preparation"), competes with an antecedent further back. An armed group the NER
   typed a person but the actor dictionaries list as an organisation ("Boko Haram")
   is an organisation: "the group" or "it", never "he".
6. **Wire copy's company.** "The company", "the lender", "the unit" with no
   antecedent in the window take the one organisation named so far, however far
   back, if it was a subject once ("Meridian Steel said ... The company said");
   one whose modifier says its kind ("the central bank", "the parent company")
   is another organisation, and "its unit" is never the owner itself. A subject
   description that two organisations in the window fit is the article's main one when
   that is the only fitting subject and the first organisation made a subject ("Nordstahl
   AG said it raised its stake in Amerivalve Corp. *The company* ... said":
   :meth:`Coreference._main_subject`), unless the window introduced another with its head
   ("*a group* including X and Y ... the group", "its rail unit ... the unit") or a name
   owns the speaker ("A Regal spokesman said *the company*"). A company description acted
   on after a coordinated act on one of them is that one ("acquired a stake in GenCorp Inc
   and might seek control of *the company*": :meth:`Coreference._parallel_object`); "the
   airline" is the airline that gave the main company an order ("Boeing said it won an
   order from Singapore Airlines ... *The airline*"); a company word is never a labour
   union ("The UAW refused talks with Chrysler until *the company* ...": CAMEO's LAB), and
   "the ruling" or "the verdict" is no issuer's but a court's or a judge's.
7. **Other voices.** Before all these: a third-person pronoun inside quotation marks, or in a
   sentence that speaks in the first or second person outside quotation marks
   (an interview answer: "He gave me some cash"), belongs to the speaker's
   story, not the article's: it is left unresolved.
"""

from __future__ import annotations

import dataclasses
import functools
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from actorgraph.extract.context import accused_object, to_infinitive
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
    CCOMP,
    COMPOUND,
    CONJ,
    DATIVE,
    DET,
    DOBJ,
    FINITE_VERB_TAGS,
    MARK,
    NMOD,
    NPADVMOD,
    NSUBJ,
    NSUBJPASS,
    NUMMOD,
    PCOMP,
    PLURAL_NOUN_TAGS,
    POBJ,
    POSS,
    PREP,
    PUNCT,
    RELCL,
    XCOMP,
)
from actorgraph.extract.dictionary import (
    BUSINESS_CODES,
    POLITICAL_SECTORS,
    listed_organisation,
    listed_sectors,
    lookup,
    sector_of,
)
from actorgraph.extract.lexicon import (
    ACCUSING_VERBS,
    ACTOR_ROLES,
    ALLEGED_PREPS,
    ALLEGING_VERBS,
    ANAPHORIC_HEADS,
    ANY_LEADER_WORDS,
    ANY_PERSON_WORDS,
    ANY_PLACE_HEADS,
    ARMED_GROUP_MODIFIERS,
    ARMED_GROUP_NAME_WORDS,
    ASSOCIATION_HEADS,
    AWARD_NOUNS,
    BELIEF_NOUNS,
    BLOC_DESCRIPTIONS,
    BROADCASTER_DESCRIPTIONS,
    BUSINESS_NOUNS,
    CITY_HEADS,
    CLAIM_NOUNS,
    COMMISSIVE_VERBS,
    COMPANY_HEADS,
    COMPANY_PEOPLE,
    CONDITION_NOUNS,
    CONTRACT_WINNING_VERBS,
    COUNTRY_HEADS,
    DEFINITE_DETERMINERS,
    DEMAND_MARKS,
    DENIAL_VERBS,
    DIRECTIVE_VERBS,
    ENVOY_HEADS,
    FEMALE_PRONOUNS,
    FEMALE_WORDS,
    GENERIC_FRAMES,
    GROUNDS_PREPS,
    GROUP_PRONOUNS,
    HOMECOMING_VERBS,
    INDEFINITE_WORDS,
    ISSUED_DOCUMENTS,
    JUDICIAL_DOCUMENTS,
    LEADER_ROLES,
    MALE_PRONOUNS,
    MALE_WORDS,
    MEDIA_WORDS,
    MOTIVE_MARKS,
    NAMED_KINDS,
    NONSTATE_MEMBERS,
    ORGANISATION_DESCRIPTIONS,
    OWN_UNIT_NOUNS,
    PACT_NOUNS,
    PAIR_ORG_HEADS,
    PAIR_PARTY_HEADS,
    PAIR_PERSON_HEADS,
    PAIR_WORDS,
    PERSON_DESCRIPTIONS,
    PERSON_OBJECT_PRONOUNS,
    PERSON_OR_SPEAKER_PRONOUNS,
    PERSON_PRONOUNS,
    PLACE_HEADS,
    PLACE_PREPS,
    POSTED_ABROAD_HEADS,
    PUBLIC_BODY_WORDS,
    RAISING_VERBS,
    REASON_MARKS,
    RECIPIENT_PREPS,
    REFERRING_PRONOUNS,
    RELEASE_NOUNS,
    RELEASING_VERBS,
    REPORTING_VERBS,
    RULING_HEADS,
    SEIZING_VERBS,
    SPEAKER_PRONOUNS,
    SPEECH_NOUNS,
    STATE_BODIES,
    STATE_OFFICE_WORDS,
    SUBJECT_INFINITIVE_VERBS,
    SUSPICION_NOUNS,
    THING_OR_GROUP_PRONOUNS,
    THING_PRONOUNS,
    UNION_HEADS,
    UNION_MEMBER_WORDS,
    UNNAMED_SPEAKERS,
    VOICE_PRONOUNS,
    first_name_gender,
)
from actorgraph.extract.tree import joined_start, kids
from actorgraph.extract.vague import people_lemma, person_lemma, person_noun
from spacy.tokens import Doc, Span, Token

__all__ = ["NAMED_KINDS", "Antecedent", "Coreference", "DESCRIPTION_TYPES", "PRONOUN_GENDER",
           "PRONOUN_TYPES", "acted_on_name", "company_named", "counted_members", "indefinite",
           "posted_abroad",
           "issued_subject", "pair_types"]


#: The entity types of the countries "both countries" stand for.
_COUNTRY_TYPES = frozenset({"GPE"})
#: ... of the organisations "the two companies" stand for, and of either.
_ORG_TYPES = frozenset({"ORG"})
_PARTY_TYPES = _COUNTRY_TYPES | _ORG_TYPES
#: ... of the people "the two leaders" stand for.
_PERSON_TYPES = frozenset({"PERSON"})


def pair_types(token: Token) -> frozenset[str]:
    """The entity types of the two actors a plural description of a pair stands for, or
    none when it is no such description.

    "both countries", "the two nations" (countries: GPE), "the two companies", "both firms"
    (organisations: ORG), "the two leaders", "both men" (people: PERSON,
    :data:`~extract.lexicon.PAIR_PERSON_HEADS`), "both sides", "the two neighbours" (either:
    :data:`~extract.lexicon.PAIR_PARTY_HEADS`): a plural head with "both", or "the two"
    (:data:`~extract.lexicon.PAIR_WORDS`; "two countries" alone are new ones).

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("both sides met two nations", '''
    ...     1 det DET both DT
    ...     2 nsubj NOUN side NNS
    ...     2 ROOT VERB meet VBD
    ...     4 nummod NUM two CD
    ...     2 dobj NOUN nation NNS''')
    >>> sorted(pair_types(doc[1])), sorted(pair_types(doc[4]))
    (['GPE', 'ORG'], [])
    """
    if token.tag_ not in PLURAL_NOUN_TAGS:
        return frozenset()
    lefts = list(token.lefts)
    both = any(c.lower_ in PAIR_WORDS and not c.like_num for c in lefts)
    two = any(c.lower_ in PAIR_WORDS and c.like_num for c in lefts) and any(
        c.dep_ == DET and c.lower_ in DEFINITE_DETERMINERS for c in lefts)
    if not (both or two):
        return frozenset()
    lemma = token.lemma_.lower()
    if lemma in COUNTRY_WORDS:
        return _COUNTRY_TYPES
    if lemma in PAIR_ORG_HEADS or lemma in COMPANY_HEADS:
        return _ORG_TYPES
    if lemma in PAIR_PERSON_HEADS:
        return _PERSON_TYPES
    return _PARTY_TYPES if lemma in PAIR_PARTY_HEADS else frozenset()


def indefinite(head: Token) -> bool:
    """Whether a noun phrase is indefinite: "a single EU country", "another party".

    An indefinite description introduces something new: it is not the entity that
    modifies it ("a single EU country" is no European Union), and a definite one with
    its head after it ("A group including X and Y ... *the group*") is that phrase.
    """
    return any(c.dep_ in (DET, NUMMOD, AMOD) and c.lower_ in INDEFINITE_WORDS
               for c in head.lefts)


def counted_members(head: Token) -> bool:
    """Whether a member noun of an armed or activist group is only counted: "about 200
    rebels", "some 40 militants", "the 300 guerrillas" (one number, perhaps with "the"
    before it), as a subject. Like "the rebels", a count of them names no group of its
    own, so it is the group named before (:meth:`Coreference._members`); "Kurdish rebels",
    "200 Kurdish rebels" and "rebels" alone are not counted ones, nor a count of victims
    ("bombed a building which housed Hamas offices, killing four militants": not Hamas).
    """
    if head.lower_ not in NONSTATE_MEMBERS or head.dep_ not in (NSUBJ, NSUBJPASS):
        return False
    lefts = list(head.lefts)
    if lefts and lefts[0].dep_ == DET and lefts[0].lower_ == "the":
        lefts = lefts[1:]
    return len(lefts) == 1 and lefts[0].dep_ == NUMMOD and lefts[0].tag_ == "CD"


def issued_subject(head: Token) -> bool:
    """Whether a noun is a definite document a body issues, as the subject of a verb:
    "*the resolution* calls on both countries to withdraw", "*the ruling* orders Meta to
    pay" (:data:`ISSUED_DOCUMENTS`, one "the" and nothing else before it). Its act is the
    issuer's (:meth:`Coreference._issuer`); "a resolution", "the UN resolution" and a
    document as an object are not such a subject.
    """
    return (head.lemma_.lower() in ISSUED_DOCUMENTS and head.dep_ == NSUBJ
            and head.tag_ == "NN" and [(c.dep_, c.lower_) for c in head.lefts] == [(DET, "the")])


#: Dependencies of a pronoun that is an object of its verb (a preposition's object
#: only through a preposition on the verb: "calling on him").
_OBJECT_DEPS = frozenset({DOBJ, DATIVE})


def denying_subject(pronoun: Token) -> Token | None:
    """The subject of the verb of denial (:data:`~extract.lexicon.DENIAL_VERBS`) whose
    object or complement is a claim noun (:data:`~extract.lexicon.CLAIM_NOUNS`) with a
    content clause said of ``pronoun`` (its subject, or the subject's possessive), or None:
    "Pyongyang denies Seoul's claim *it* planted landmines" -> Pyongyang (see
    :meth:`Coreference.denier`).

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("Kyiv rejected Moscow 's accusation that it attacked hall", '''
    ...     1 nsubj PROPN Kyiv NNP
    ...     1 ROOT VERB reject VBD
    ...     4 poss PROPN Moscow NNP
    ...     2 case PART 's POS
    ...     1 dobj NOUN accusation NN
    ...     7 mark SCONJ that IN
    ...     7 nsubj PRON it PRP
    ...     4 acl VERB attack VBD
    ...     7 dobj NOUN hall NN''', ents={"Moscow": "GPE"})
    >>> denying_subject(doc[6]).text
    'Kyiv'
    """
    owner = pronoun.head if pronoun.dep_ == POSS else pronoun
    if owner.dep_ != NSUBJ:
        return None  # ("denies Seoul's claim it was attacked": the claimant, passive)
    clause = owner.head
    while clause.dep_ in (CONJ, XCOMP) and clause.head is not clause:
        clause = clause.head
    noun = clause.head
    if (clause.dep_ not in (ACL, RELCL, CCOMP) or clause.i < noun.i
            or noun.lemma_.lower() not in CLAIM_NOUNS
            or noun.dep_ not in (DOBJ, CCOMP)
            or noun.head.lemma_.lower() not in DENIAL_VERBS):
        return None
    return next((c for c in kids(noun.head) if c.dep_ in _SUBJECT_DEPS), None)


#: Dependencies climbed from a pronoun to the gerund an accused one is said to have done
#: (:meth:`Coreference._accused_doer`).
_ALLEGED_CHAIN = frozenset({DOBJ, POBJ, PREP, PCOMP, XCOMP, ADVCL, CONJ})


#: Nouns of a firm or organisation, which a CAMEO sector may also list as people.
_FIRM_WORDS = BUSINESS_NOUNS | COMPANY_HEADS | ORGANISATION_DESCRIPTIONS


def _accused_of(gerund: Token) -> Token | None:
    """Who an alleging verb's gerund is said of: its object, with the preposition on the
    object ("accusing *the firm* of dumping": :func:`~extract.context.accused_object`) or
    on the verb ("charging *the firm* | with polluting"), or None."""
    found = accused_object(gerund)
    if found is not None or gerund.dep_ != PCOMP or gerund.head.dep_ != PREP \
            or gerund.head.lower_ not in ALLEGED_PREPS:
        return found
    verb = gerund.head.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ALLEGING_VERBS:
        return None
    return next((c for c in kids(verb) if c.dep_ == DOBJ), None)


def _actor_noun(lemma: str) -> bool:
    """Whether a noun lemma may name an actor: people or a body of people
    (:func:`~extract.vague.people_lemma`), a firm or an organisation description, or a role
    one is said to be (:data:`~extract.lexicon.ACTOR_ROLES`: "the largest shareholder")."""
    return (people_lemma(lemma) or lemma in _FIRM_WORDS or lemma in ANAPHORIC_HEADS
            or lemma in ACTOR_ROLES or lemma in COMPANY_PEOPLE)


def _understood_subjects(pronoun: Token) -> list[Token]:
    """The subjects of the clause whose subject the verb of an object pronoun takes.

    "Reagan met Gorbachev in Reykjavik, urging *him* to accept cuts", "Britain
    expelled the envoy, calling on *him* to leave", "X met Y and urged *him* ...",
    "X telephoned Y to thank *him*": the verb of the pronoun (or of its preposition) is
    an -ing adjunct, a verb coordinated with a clause, or the infinitive of a verb whose
    subject does it (:data:`~extract.lexicon.SUBJECT_INFINITIVE_VERBS`), with no subject
    of its own; the subject it takes is that
    clause's (a fronted adjunct's too: "Urging him to resign, Reagan ..."), which a
    personal pronoun object of the same verb cannot be. A reflexive is no such object.
    Only the head clause's own subject tokens are returned (none for a passive, whose
    written subject undergoes the act: "X was detained, forcing him").

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["Reagan", "met", "Gorbachev", ",", "urging", "him"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 1, 1, 4],
    ...           deps=["nsubj", "ROOT", "dobj", "punct", "advcl", "dobj"],
    ...           tags=["NNP", "VBD", "NNP", ",", "VBG", "PRP"])
    >>> _understood_subjects(doc[5])
    [Reagan]
    >>> _understood_subjects(doc[2])
    []
    """
    verb = pronoun.head
    if pronoun.dep_ == POBJ and verb.dep_ == PREP:
        verb = verb.head
    elif pronoun.dep_ not in _OBJECT_DEPS:
        return []
    if pronoun.lower_.endswith(("self", "selves")) or verb.head.i == verb.i:
        return []
    adjunct = verb.dep_ == ADVCL and verb.tag_ == "VBG"
    shared = verb.dep_ == CONJ and verb.tag_ in FINITE_VERB_TAGS \
        and verb.head.tag_ == verb.tag_
    # "Gorbachev telephoned Romanenko to congratulate *him*": the caller's purpose
    # (:data:`SUBJECT_INFINITIVE_VERBS`), whose "him" is the one called
    purpose = verb.dep_ in _GOVERNED_CLAUSES and to_infinitive(verb) \
        and verb.head.lemma_.lower() in SUBJECT_INFINITIVE_VERBS
    if not (adjunct or shared or purpose) or any(c.dep_ in _SUBJECT_DEPS for c in kids(verb)):
        return []
    return [c for c in kids(verb.head) if c.dep_ == NSUBJ]


#: Prepositions of a gerund that tells what else was done in an act, or right before or
#: after it ("without charging him", "after questioning him").
_ADJUNCT_PREPS = frozenset({"without", "after", "before", "by", "while", "upon", "on"})


def _adjunct_act(pronoun: Token) -> Token | None:
    """The act an -ing adjunct whose direct object is ``pronoun`` goes with: the verb it
    hangs on ("expelled X, accusing him"), or the verb of the preposition it is the
    gerund of ("released X without charging him"); None when the gerund has a subject
    of its own or hangs elsewhere.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["police", "released", "Ion", "without", "charging", "him"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 1, 3, 4],
    ...           deps=["nsubj", "ROOT", "dobj", "prep", "pcomp", "dobj"],
    ...           tags=["NNS", "VBD", "NNP", "IN", "VBG", "PRP"],
    ...           pos=["NOUN", "VERB", "PROPN", "ADP", "VERB", "PRON"])
    >>> _adjunct_act(doc[5]), _adjunct_act(doc[2])
    (released, None)
    """
    gerund = pronoun.head
    if (pronoun.dep_ != DOBJ or gerund.tag_ != "VBG"
            or any(c.dep_ in _SUBJECT_DEPS for c in kids(gerund))):
        return None
    if gerund.dep_ == ADVCL:
        return gerund.head
    prep = gerund.head
    if (gerund.dep_ == PCOMP and prep.dep_ == PREP and prep.lower_ in _ADJUNCT_PREPS
            and prep.head.pos_ in ("VERB", "AUX")):
        return prep.head
    return None


#: Entity types a group's plural name may have (or none): never a place, an event or a work.
_GROUP_NAME_TYPES = frozenset({"", "PERSON", "ORG", "NORP"})


def group_name(noun: Token) -> bool:
    """Whether a name the NER typed a person is the plural name of a group.

    A person's name takes no article: "*the* Houthis", "the Clintons", "the
    Wagners" (a capitalised proper noun in a plural "-s", not "-ss", with its own
    "the") name a movement, a family or a band, whom "they" stands for and "he" or
    "she" does not. The one home of this reading: the entity repair types such a
    name ORG (:func:`~extract.hygiene._people_typed_person`). A name that only
    modifies the noun "the" belongs to is a person's ("the Marcos government", "the
    Williams sisters", "the Harris campaign": "the" is the noun's), and so is one
    with a word not its own after "the" ("the late Williams").

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["The", "Houthis", "said"],
    ...           heads=[1, 2, 2], deps=["det", "nsubj", "ROOT"], tags=["DT", "NNP", "VBD"])
    >>> group_name(doc[1])
    True
    >>> doc = Doc(spacy.blank("en").vocab, words=["James", "said"],
    ...           heads=[1, 1], deps=["nsubj", "ROOT"], tags=["NNP", "VBD"])
    >>> group_name(doc[0])
    False
    >>> doc = Doc(spacy.blank("en").vocab, words=["the", "Marcos", "government", "fell"],
    ...           heads=[2, 2, 3, 3], deps=["det", "compound", "nsubj", "ROOT"],
    ...           tags=["DT", "NNP", "NN", "VBD"])
    >>> group_name(doc[1])
    False
    """
    # (one word right after "the", of no place: "the Netherlands", "the Philippines" are
    # a country, "the New York Times", "the Financial Times" a newspaper, each an "it";
    # "the late Williams", "the Marcos government" a person)
    word = noun.text
    return (noun.tag_ in ("NNP", "NNPS") and word[:1].isupper() and len(word) > 3
            and word.endswith("s") and not word.endswith("ss")
            and noun.ent_type_ in _GROUP_NAME_TYPES
            and any(c.dep_ == DET and c.lower_ == "the" and c.i == noun.i - 1
                    for c in noun.lefts))


def _named_doer(subject: Token) -> bool:
    """Whether a subject is a name with no article ("Pezeshkian", "Hamas", "Russia"),
    who does something in particular, not a description of whoever holds a role ("the
    House", "a court").

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["Macron", "invites", "the", "House"],
    ...           heads=[1, 1, 3, 1], deps=["nsubj", "ROOT", "det", "dobj"],
    ...           pos=["PROPN", "VERB", "DET", "PROPN"])
    >>> _named_doer(doc[0]), _named_doer(doc[3])
    (True, False)
    """
    return ((subject.pos_ == "PROPN" or subject.ent_type_ in _NAME_TYPES)
            and not any(c.dep_ == DET for c in subject.lefts))


def _framed(verb: Token) -> bool:
    """Whether a clause is framed as a rule or a habit ([generic_frames]): a preposition of
    a frame ("*Under* the constitution, Parliament impeaches the president"), an adverb of
    habit ("Macron *usually* receives ..."), or a time of every one ("*Every* year, China
    invites ...").

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab,
    ...           words=["Under", "law", ",", "Congress", "impeaches", "the", "president"],
    ...           heads=[4, 0, 4, 4, 4, 6, 4],
    ...           deps=["prep", "pobj", "punct", "nsubj", "ROOT", "det", "dobj"])
    >>> _framed(doc[4])
    True
    """
    for c in kids(verb):
        if c.dep_ in (PREP, ADVMOD) and c.lower_ in GENERIC_FRAMES:
            return True
        if c.dep_ == NPADVMOD and any(d.dep_ == DET and d.lower_ in GENERIC_FRAMES
                                      for d in kids(c)):
            return True
    return False


def _credited_source(name: Token) -> bool:
    """Whether a name (or the noun it is a modifier of) is only the source a report is
    credited to, after what it reports: "Houthi militants attack the carrier, *the UK
    Maritime Trade Operations agency* says" (the subject of a verb of saying whose
    reported clause comes before it).

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab,
    ...           words=["Rebels", "attack", "X", ",", "the", "UKMTO", "agency", "says"],
    ...           heads=[1, 7, 1, 7, 6, 6, 7, 7],
    ...           deps=["nsubj", "ccomp", "dobj", "punct", "det", "compound", "nsubj", "ROOT"],
    ...           lemmas=["rebel", "attack", "X", ",", "the", "UKMTO", "agency", "say"])
    >>> _credited_source(doc[5]), _credited_source(doc[0])
    (True, False)
    """
    noun = name
    while noun.dep_ in (COMPOUND, NMOD, AMOD) and noun.head is not noun:
        noun = noun.head
    verb = noun.head
    return (noun.dep_ == NSUBJ and verb.lemma_.lower() in REPORTING_VERBS
            and any(c.dep_ == CCOMP and c.i < noun.i for c in kids(verb)))


def _source_called(name: Token, kind: str) -> bool:
    """Whether a credited source's own phrase calls it by a description's head word:
    "..., the Sentry investigative group said. Moscow dismissed *the group's* report", "...,
    the Israeli rights group B'Tselem said. Netanyahu accused *the group* of bias" (the
    source is what the description repeats, not the group it reported on)."""
    noun = name
    while noun.dep_ in (COMPOUND, NMOD, AMOD) and noun.head is not noun:
        noun = noun.head
    return any(t.pos_ == "NOUN" and t.lemma_.lower() == kind
               for t in [noun, *noun.lefts, *(d for c in noun.lefts for d in c.subtree)])


def _plural(antecedent: Antecedent) -> bool:
    """Whether a named antecedent is a group "they" can stand for.

    A nationality ("the Armenians") or a plural name ("the Syrian Democratic
    Forces", "the Houthis": :func:`group_name`) is; a country or a singular
    organisation ("the United States", "Boeing") is not.
    """
    root = antecedent.entity.root
    return antecedent.type == "NORP" or root.tag_ in PLURAL_NOUN_TAGS or group_name(root)

#: Gender of the third-person personal pronouns.
PRONOUN_GENDER = {**dict.fromkeys(sorted(MALE_PRONOUNS), "m"),
                  **dict.fromkeys(sorted(FEMALE_PRONOUNS), "f")}
#: Quotation marks: straight ones open and close alike.
_OPENING_QUOTES = "\u201c\u00ab"
_CLOSING_QUOTES = "\u201d\u00bb"
#: Tokens that hold quotation marks (the tokenizer splits them off words).
_QUOTE_TOKENS = frozenset({'"', '""', "\u201c", "\u201d", "\u00ab", "\u00bb", "''", "``"})

#: Heads of descriptions that refer to a country, and those that refer to a city or region.
COUNTRY_WORDS = COUNTRY_HEADS
CITY_WORDS = CITY_HEADS
#: Place heads that say a kind of place, which a place named as another kind is not ("the
#: state" is no county); "the area" fits any.
_KIND_PLACE_HEADS = PLACE_HEADS - ANY_PLACE_HEADS
_PERSON = frozenset({"PERSON"})
#: Entity types of the body that issues a document (:meth:`Coreference._issuer`).
_ISSUER_TYPES = frozenset({"ORG", "GPE", "PERSON"})
#: Entity types of a name that may stand as a subject ("Pezeshkian" the NER typed a
#: nationality included).
_NAME_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
#: Entity types a pronoun can refer to.
PRONOUN_TYPES = {
    **{p: frozenset({"PERSON"}) for p in PERSON_PRONOUNS},
    **{p: frozenset({"ORG", "GPE"}) for p in THING_PRONOUNS},
    **{p: frozenset({"ORG", "GPE", "NORP"}) for p in GROUP_PRONOUNS},
}
#: Entity types a definite description can refer to, by its head noun.
DESCRIPTION_TYPES = {
    **dict.fromkeys(sorted(ORGANISATION_DESCRIPTIONS | BROADCASTER_DESCRIPTIONS),
                    frozenset({"ORG"})),
    **dict.fromkeys(sorted(COUNTRY_HEADS | PLACE_HEADS), frozenset({"GPE"})),
    **dict.fromkeys(sorted(PERSON_DESCRIPTIONS), frozenset({"PERSON"})),
}
#: Role words that fit "the leader".
LEADER_WORDS = LEADER_ROLES
_SUBJECT_DEPS = frozenset({NSUBJ, NSUBJPASS})


def _explained_act(pronoun: Token, marks: frozenset[str]) -> Token | None:
    """The act a clause opened by one of ``marks`` explains, when ``pronoun`` is that
    clause's subject ("fined Apple *because it* had blocked ...": fined), else None: where
    the pronoun may be the act's object as well as its subject
    (:meth:`Coreference._reason_of_object`, :meth:`Coreference._either_party`)."""
    clause = pronoun.head
    if (pronoun.dep_ not in _SUBJECT_DEPS or clause.dep_ != ADVCL
            or not any(c.dep_ == MARK and c.lower_ in marks for c in kids(clause))):
        return None
    return clause.head
#: Dependencies of a name that is (part of) what a verb acts on: "raided Visa", "the
#: offices of Visa", "Uber and Lyft".
_OBJECT_DEPS = frozenset({DOBJ, POBJ, CONJ, APPOS})
#: Descriptions a platform named only as a medium can still be ("the company").
_COMPANY_WORDS = COMPANY_HEADS | {"company", "firm", "network"}
#: Descriptions that never refer back to a public body (a ministry, court, police ...):
#: a company's words, and "group" (only to a state office: an armed group may be an
#: "Army", a lobby a "Committee").
_NOT_PUBLIC_BODY_WORDS = _COMPANY_WORDS | {"group"}
#: Entity types of named things an "it" may be, beside the actors.
_THING_TYPES = frozenset({"EVENT", "LAW", "PRODUCT", "WORK_OF_ART"})
#: CAMEO sector codes of armed groups outside a state: rebels, insurgents, militarised
#: international groups ("SOMREB" al-Shabaab, "IMGMUSISI" ISIS).
ARMED_GROUP_CODES = ("REB", "INS", "IMG")
#: How many sentences back an antecedent may be, by kind of anaphor.
#: Dependencies of a clause on an adjective ("harder for raiders *to take over*").
_CLAUSE_DEPS = frozenset({ADVCL, XCOMP, CCOMP})
_WINDOW = {"pronoun": 2, "it": 1, "description": 3, "role": 1_000_000}
#: Verbs whose subject tells the clause after them: saying and promising.
_SPEAKING_OR_VOWING = REPORTING_VERBS | COMMISSIVE_VERBS
#: Dependencies of a name that says whose its head is ("Israeli warplanes", "Israel's army").
_OWNER_DEPS = frozenset({POSS, AMOD, COMPOUND, NMOD})
#: Prepositions that name whom a speaker works for ("a spokesman for X", "the chairman of
#: X"; not "at": "an analyst at Merrill Lynch said the company" speaks of another).
_EMPLOYER_PREPS = frozenset({"for", "of"})


def _employers_words(speaker: Token) -> list[Token]:
    """The words of a name (not a person's) in the "for" or "of" phrase of a person noun
    that speaks ("A spokesman *for American Natural* said", "the chairman *of Brandt
    Shipping* said"); none for a name ("Smith of Texaco" is left to the NER's own reading)."""
    if speaker.pos_ == "PROPN" or speaker.ent_type_:
        return []
    return [t for prep in kids(speaker) if prep.dep_ == PREP and prep.lower_ in _EMPLOYER_PREPS
            for obj in kids(prep) if obj.dep_ == POBJ and obj.pos_ == "PROPN"
            and obj.ent_type_ != "PERSON"
            for t in obj.subtree if t.pos_ == "PROPN" and t.ent_type_ != "PERSON"]


#: Dependencies of the arguments of a verb.
_ARGUMENT_DEPS = frozenset({NSUBJ, NSUBJPASS, DOBJ, DATIVE, AGENT})
#: The description head a state body ("the cabinet", "the army") is matched as.
_STATE_HEAD = "government"


#: Nouns whose owner says their clause: "Biden's assurances he had no part in it".
_SAYING_NOUNS = SPEECH_NOUNS | CLAIM_NOUNS | BELIEF_NOUNS
#: Clauses whose subject, when they have none, is that of the verb they hang on.
_GOVERNED_CLAUSES = frozenset({ADVCL, XCOMP})
_OPENING_BRACKETS = frozenset({"(", "["})
_CLOSING_BRACKETS = frozenset({")", "]"})


def _speaker_tag(ent: Span) -> bool:
    """Whether a name is the bracketed speaker tag that opens a line of an interview.

    "((WN)) Does the organisation provide help?": the tag says who asks, it is
    said by no one, and nothing after it refers back to it.
    """
    doc = ent.doc
    i = ent.start - 1
    brackets = 0
    while i >= 0 and doc[i].text in _OPENING_BRACKETS:
        brackets += 1
        i -= 1
    at_line_start = i < 0 or "\n" in doc[i].text
    return (brackets > 0 and at_line_start and ent.end < len(doc)
            and doc[ent.end].text in _CLOSING_BRACKETS)


def _medium(antecedent: Antecedent) -> bool:
    """Whether an antecedent is a platform named as a medium, not as who acts.

    "the English page of Instagram", "posted a photo to Twitter": a platform
    that is no clause's subject. It can still be "the company" ("Activists posted
    the video on Facebook. The company removed it"), not "the organisation" nor "he".
    """
    return antecedent.label.lower() in MEDIA_WORDS and not antecedent.subject


def _apposed_subject(root: Token) -> bool:
    """Whether a name is in apposition to its clause's subject.

    "The co-chair of the group and 2012 candidate, Herman Cain, died": the
    name renames the subject phrase (through its "of" phrase or conjuncts).
    """
    if root.dep_ != APPOS:
        return False
    if root.ent_type_ == "GPE" and root.head.ent_type_ in ("GPE", "LOC"):
        return False  # "a spokesman in Madras, India,": the city's country renames no one
    token = root.head
    while token.dep_ in (APPOS, POBJ, PREP, CONJ) and token.head.i != token.i:
        token = token.head
    return token.dep_ in _SUBJECT_DEPS


def _said_in(noun: Token) -> bool:
    """Whether a noun of saying is the means of a verb of saying ("said in a statement",
    "told reporters in an interview"), so that the clause after it is the verb's ("despite
    Trump's insistence that he ..., doctors said" keeps its owner)."""
    return (noun.dep_ == POBJ and noun.head.dep_ == PREP and noun.head.lower_ == "in"
            and noun.head.head.lemma_.lower() in REPORTING_VERBS)


#: Entity types of a name whose kind a description may take from the words around it.
_KIND_TYPES = frozenset({"ORG", "GPE", "LOC", "FAC", "NORP", "PERSON"})
#: Entity types of a name before a noun that says where the noun is from ("a US firm").
_ORIGIN_TYPES = frozenset({"GPE", "LOC", "NORP"})


def _kind_of(entity: Span) -> str | None:
    """The kind a name is given with, as a lemma, or None: the common noun right after
    it that it modifies ("the Los Lobos gang" -> gang, "the Likud party" -> party), or the
    noun whose "of" phrase it is ("the town of Mocimboa da Praia" -> town). A place or a
    nationality before the noun says where it is from, and a noun before another name
    is that name's ("the USA firm eTranslate" is no USA)."""
    doc = entity.doc
    root = entity.root
    if entity.end < len(doc) and entity.label_ not in _ORIGIN_TYPES:
        after = doc[entity.end]
        # (the name may hang on a later noun of the phrase: "Los Lobos gang leader X")
        if (after.pos_ == "NOUN" and root.dep_ == COMPOUND and root.head.i >= after.i
                and (root.head.i == after.i or after.dep_ == COMPOUND)
                and not (after.dep_ == COMPOUND and after.head.pos_ == "PROPN")):
            return after.lemma_.lower()
    of = root.head
    if (root.dep_ == POBJ and of.lower_ == "of" and of.i == entity.start - 1
            and of.head.pos_ == "NOUN" and of.head.i == of.i - 1):
        return of.head.lemma_.lower()
    return None


def _other_place_kind(antecedent: Antecedent, head: str) -> bool:
    """Whether a place is named as a kind of place other than a description's head.

    "Northern California's Butte County ... the state had secured a grant": the county
    says it is a county, so "the state" is not it; "the Tula region", "the town of
    Mocimboa da Praia" are a region and a town. The kind is the last word of the name
    ("Butte County", "Kano State"), the place word given with it (:func:`_kind_of`)
    or the place noun it modifies ("Idlib province"); a name without one ("Lebanon",
    "Gaza") may be any kind, and a kind that is the head itself ("Kano State ... the
    state") fits. Only for a head that says a kind: "the area" or "the territory"
    (:data:`~extract.lexicon.ANY_PLACE_HEADS`) may be a place of any kind.
    """
    words = antecedent.label.lower().split()
    kinds = {words[-1]} if words and words[-1] in PLACE_HEADS else set()
    entity = antecedent.entity
    given = _kind_of(entity)
    if given in PLACE_HEADS:
        kinds.add(given)
    after = entity.doc[entity.end] if entity.end < len(entity.doc) else None
    if (after is not None and entity.root.dep_ == COMPOUND and entity.root.head.i == after.i
            and after.lemma_.lower() in PLACE_HEADS):
        kinds.add(after.lemma_.lower())  # "Idlib province": a province
    return bool(kinds) and head not in kinds


def _compound_kind(entity: Span) -> str | None:
    """The noun a name and the nouns after it all modify, as a lemma ("the Verdi trade
    union" -> union), or None: the kind of a kind ("trade union") is the kind too."""
    doc, root = entity.doc, entity.root
    head = root.head
    if (entity.label_ in _ORIGIN_TYPES or root.dep_ != COMPOUND or head.pos_ != "NOUN"
            or head.i <= entity.end or not all(
                t.dep_ == COMPOUND and t.head.i == head.i and t.pos_ == "NOUN"
                for t in doc[entity.end:head.i])):
        return None
    return head.lemma_.lower()


def _given_person(entity: Span) -> bool:
    """Whether a name the NER typed a person starts with a common given name and goes on
    ("Mario Sepulveda", "David Dimbleby"; :func:`first_name_gender`): a person, whatever
    trade the noun before it says ("the Chilean miner", "veteran broadcaster")."""
    return (entity.label_ == "PERSON" and len(entity) > 1
            and first_name_gender(entity[0].text) is not None)


def company_named(entity: Span) -> bool:
    """Whether a name is given right after a noun that says it is a company: "the
    construction firm Vialtec", "mining company Minera Altoandina", "Chilean miner Sal
    Andina" (:data:`_COMPANY_WORDS`). The name is in apposition to the noun or the noun
    modifies the name; whatever type the NER gave the name ("Vialtec" a person), it is an
    organisation that "the company" or "the firm" may point back to. Not a name after a
    possessive's noun ("the firm's founder Ana Ruiz": the noun is no kind of the name).
    A name with such a noun in apposition after it is one as well: "Halvorsen Shipping, a
    Norwegian company,". Not a person's name of a given name and more (:func:`_given_person`):
    "the Chilean miner Mario Sepulveda", "veteran broadcaster David Dimbleby" are people
    "he" points back to ("miner", "broadcaster" are trades as well)."""
    if _given_person(entity):
        return False  # "the Chilean miner Mario Sepulveda": a miner, no mining company
    # (not one after a conjunct of the name, which the parser hangs on the list's first:
    # "formed by AFG Industries and Wagner and Brown, a Texas oil firm": Wagner and Brown)
    if any(c.dep_ == APPOS and c.pos_ == "NOUN" and c.lemma_.lower() in _COMPANY_WORDS
           and not any(entity.end <= d.i < c.i for d in entity.root.conjuncts)
           for c in entity.root.rights):
        return True
    if entity.start == 0:
        return False
    noun = entity.doc[entity.start - 1]
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _COMPANY_WORDS:
        return False
    root = entity.root
    return ((root.dep_ == APPOS and root.head.i == noun.i)
            or (noun.dep_ == COMPOUND and entity.start <= noun.head.i < entity.end))


def _judicial(antecedent: Antecedent) -> bool:
    """Whether a named actor is a court or a judge, who may issue a ruling or a verdict
    (``[judicial_documents]``): one the actor dictionaries list as judicial, or whose name
    or title is a judicial agent phrase ("the Supreme Court", "Judge Ana Ruiz": JUD)."""
    sectors = listed_sectors(antecedent.label)
    words = [w.lower() for w in f"{antecedent.label} {antecedent.entity.text}".split()]
    return ((sectors is not None and _JUDICIAL_SECTOR in sectors)
            or sector_of(words) == _JUDICIAL_SECTOR
            or any(sector_of([role]) == _JUDICIAL_SECTOR for role in antecedent.roles))


#: The CAMEO sector of courts and judges.
_JUDICIAL_SECTOR = "JUD"


def _award_giver(root: Token) -> bool:
    """Whether a name is the buyer who gave a supplier business: the "from" phrase of a
    verb of winning (``[contract_winning_verbs]``) whose object is an award noun
    (``[award_nouns]``), on the verb or the noun ("Boeing won an order from *Singapore
    Airlines Ltd*", "Siemens secured a contract from *Kansai Electric Utility*"), as the
    ``converse`` pattern reads it (:func:`~extract.rules.verbal._awarded`): it acts (it
    orders, it awards), not only what the winner acts on."""
    prep = root.head
    if root.dep_ != POBJ or prep.lower_ != "from" or prep.dep_ != PREP:
        return False
    holder = prep.head
    if holder.lemma_.lower() in AWARD_NOUNS and holder.dep_ == DOBJ:
        holder = holder.head
    return (holder.lemma_.lower() in CONTRACT_WINNING_VERBS and holder.pos_ == "VERB"
            and any(c.dep_ == DOBJ and c.lemma_.lower() in AWARD_NOUNS for c in kids(holder)))


def _kind_in_name(entity: Span, head: str) -> bool:
    """Whether a name holds a description's head word, singular or plural: "Singapore
    Airlines Ltd" is an airline, "Chase Manhattan Bank" a bank."""
    return any(t.lower_ in (head, head + "s") for t in entity)


def _other_sector(antecedent: Antecedent, head: str) -> bool:
    """Whether the actor dictionaries list a named organisation as another kind of body than
    a description's head says.

    A company's word ("the carrier", "the automaker", "the contractor", "the company":
    :data:`_COMPANY_WORDS`) is no organisation listed only as a political one, with no
    business sector (:data:`~extract.dictionary.POLITICAL_SECTORS`: "the World Bank"
    IGOUNODEVWBK, "the United Nations", "Greenpeace", "Hamas"); a public body's word ("the
    agency", "the commission": :data:`~extract.lexicon.PUBLIC_BODY_WORDS`) is no company
    listed only as a business (:data:`~extract.dictionary.BUSINESS_CODES`: "Boeing" MNCUSA).
    One listed as both ("the International Monetary Fund" IGOBUSIMF) or as neither (a news
    agency, MED) fits either, and so does one not listed and one whose name holds the head
    ("the World Bank ... the bank")."""
    if _kind_in_name(antecedent.entity, head) or head in antecedent.label.lower().split():
        return False
    if head in _COMPANY_WORDS and (_labour_union(antecedent) or _membership_body(antecedent)):
        # "The UAW refused talks with Chrysler until the company": Chrysler; "the Air Line
        # Pilots Association sued Texas Air ... the company": Texas Air
        return True
    sectors = listed_sectors(antecedent.label)
    if sectors is None:
        return False
    business = bool(sectors & set(BUSINESS_CODES))
    political = bool(sectors & POLITICAL_SECTORS)
    if head in _COMPANY_WORDS:
        return political and not business
    return head in PUBLIC_BODY_WORDS and business and not political


def _labour_union(antecedent: Antecedent) -> bool:
    """Whether a named organisation is a labour union, which no company word ("the
    company", "the automaker") points back to: one the actor dictionaries list as labour,
    one whose words are a labour agent phrase ("United Auto Workers", "Transport and
    General Workers Union": "workers" is ~LAB in the Phoenix agent dictionary), or one
    whose name ends with a union's word or is given with it (``[union_heads]``: "the
    Teamsters union", "Writers Guild"), or one a word of whose name is a trade's members
    (``[union_member_words]``: "United Steelworkers of America", "International
    Association of Machinists"); not a capitalised "Union" of a name that says nothing of
    labour ("the European Union", "the Soviet Union")."""
    entity = antecedent.entity
    sectors = listed_sectors(antecedent.label)
    words = f"{antecedent.label} {entity.text}".split()
    return ((sectors is not None and _LABOUR_SECTOR in sectors)
            or sector_of([w.lower() for w in antecedent.label.split()]) == _LABOUR_SECTOR
            or any(w in UNION_HEADS for w in words)  # lower case: "the Teamsters union"
            or any(w.lower().endswith(member) for w in words for member in UNION_MEMBER_WORDS)
            or _kind_of(entity) in UNION_HEADS or _compound_kind(entity) in UNION_HEADS)


def _membership_body(antecedent: Antecedent) -> bool:
    """Whether a named organisation is a body of people of one trade or kind: a name with a
    head of ``[association_heads]`` ("Association", "Federation", "Brotherhood") and a plural
    word that names people (:func:`~extract.vague.person_lemma`: "Air Line *Pilots*
    Association", "American Federation of *Teachers*"), which no company word means."""
    words = antecedent.entity.text.split()
    if not any(w.lower() in ASSOCIATION_HEADS for w in words):
        return False
    return any(len(w) > 3 and w[:1].isupper() and w.endswith("s") and not w.endswith("ss")
               and person_lemma(w[:-1].lower()) for w in words)


#: The CAMEO sector of labour (unions, workers).
_LABOUR_SECTOR = "LAB"

#: The CAMEO sector of the media.
_MEDIA_SECTOR = "MED"


def _broadcaster(antecedent: Antecedent, head: str) -> bool:
    """Whether a named organisation is a broadcaster a description such as "the station"
    (:data:`~extract.lexicon.BROADCASTER_DESCRIPTIONS`) may point back to: one the actor
    dictionary lists as media ("BBC", "Al Jazeera"), one whose words are a media agent
    phrase or make one with the head ("Radio France Internationale": "radio station" is
    ~MED in the Phoenix agent dictionary; "Kenya Television Network"), or one given with
    the head ("the radio station Al-Nour", "WKRB-TV station")."""
    entity = antecedent.entity
    doc = entity.doc
    words = [t.lower_ for t in entity]
    sectors = listed_sectors(antecedent.label)
    beside = {doc[entity.start - 1].lemma_.lower() if entity.start else "",
              doc[entity.end].lemma_.lower() if entity.end < len(doc) else ""}
    return ((sectors is not None and _MEDIA_SECTOR in sectors)
            or sector_of(words) == _MEDIA_SECTOR
            or any(sector_of([word, head]) == _MEDIA_SECTOR for word in words)
            or head in words or head in beside)


def _locating(root: Token) -> bool:
    """Whether a name only says where the place before it is: "Madras, *India*"."""
    return root.dep_ == APPOS and root.head.ent_type_ in ("GPE", "LOC") \
        and root.head.i < root.i


def posted_abroad(root: Token) -> bool:
    """Whether a name is the nationality or owner of a state's post in another country
    (:data:`~extract.lexicon.POSTED_ABROAD_HEADS`): "summoned the *Russian* ambassador",
    "*Iran*'s embassy said", "two *French* diplomats were expelled": the sending state,
    never the host whose bare "foreign ministry" or "government" acts on it."""
    return root.dep_ in _OWNER_DEPS and root.head.lower_ in POSTED_ABROAD_HEADS


def acted_on_name(root: Token) -> bool:
    """Whether a name is what a verb or a noun acts on: a direct object ("accused the United
    States"), or the object of a preposition that puts nothing in a place and owns nothing
    ("aid to Panama", "sanctions on Iran"; not "in Syria", "the president of Syria"), or
    the nationality of what is not a subject ("kidnapped two *Saudi* diplomats")."""
    if root.dep_ in (DOBJ, DATIVE):
        return True
    if root.dep_ in _OWNER_DEPS:
        # a nationality of people or things ("kidnapped two Saudi diplomats", "near the
        # Afghan border"): its state only when they act ("Israeli jets struck"), through
        # the words of a name ("*Zambian* President Hakainde Hichilema sacks ...")
        head = root.head
        while head.dep_ == COMPOUND and head.head.i != head.i:
            head = head.head
        return head.dep_ not in _SUBJECT_DEPS
    prep = root.head
    return (root.dep_ == POBJ and prep.dep_ == PREP
            and prep.lower_ not in PLACE_PREPS | {"of"})


#: Entity types the NER gives a name that the article says is a company ("the engineering
#: firm Portalis" a person, "the carrier Vuelosur" a place).
_MISTYPED_COMPANY = frozenset({"PERSON", "NORP", "GPE"})


def _settled(antecedents: Sequence[Antecedent]) -> list[Antecedent]:
    """The antecedents as the whole article reads them.

    A name in apposition to a clause's subject is a subject ("the co-chair,
    Herman Cain, died"), and the speaker tags of an interview are no
    antecedents (:func:`_speaker_tag`), nor is a platform the NER took for a
    person (:func:`_medium`); an organisation the NER took for a person is an
    organisation (:func:`listed_organisation`), and so is a group's plural name
    (:func:`group_name`) and a name given as a company (:func:`company_named`).
    """
    out = []
    for antecedent in antecedents:
        if _speaker_tag(antecedent.entity):
            continue
        if _medium(antecedent) and antecedent.type == "PERSON":
            continue  # "posted a photo to Twitter showing him": Twitter is no person
        if (antecedent.type == "PERSON" and (listed_organisation(antecedent.label)
                                             or group_name(antecedent.entity.root))
                or antecedent.type in _MISTYPED_COMPANY and company_named(antecedent.entity)):
            # "Boko Haram" or "the Houthis" typed a person by the NER, or "the
            # construction firm Vialtec": "the group", "the company", not "he"
            antecedent = dataclasses.replace(antecedent, type="ORG")
        if not antecedent.subject and _apposed_subject(antecedent.entity.root):
            antecedent = dataclasses.replace(antecedent, subject=True)
        out.append(antecedent)
    return out


@dataclass(frozen=True)
class Antecedent:
    """A named actor mention that later mentions can refer to."""

    entity: Span
    label: str
    type: str
    sentence: int
    subject: bool
    roles: frozenset[str] = field(default_factory=frozenset)
    countries: frozenset[str] = field(default_factory=frozenset)


class Coreference:
    """Resolve anaphors of one parsed article against its named mentions.

    Parameters
    ----------
    doc : Doc
        The parsed article.
    antecedents : sequence of Antecedent
        Its named mentions, in text order.
    country_of : callable
        Maps a nationality word ("Qatari") to its country, or None.
    """

    def __init__(self, doc: Doc, antecedents: Sequence[Antecedent],
                 country_of: Callable[[str], str | None],
                 is_country: Callable[[str], bool] = lambda name: False):
        self.doc = doc
        self.antecedents = _settled(antecedents)
        self.country_of = country_of
        self.is_country = is_country
        self._sentence = {}
        self._genders: dict[str, str] | None = None
        self._surnames: frozenset[str] | None = None
        #: sentence start -> whether it speaks in the first or second person
        self._voiced: dict[int, bool] = {}
        #: sentence number -> its first token's index
        self._starts: list[int] = []
        for number, sent in enumerate(doc.sents):
            self._starts.append(sent.start)
            for i in range(sent.start, sent.end):
                self._sentence[i] = number

    def sentence_of(self, token: Token) -> int:
        return self._sentence.get(token.i, 0)

    def quoted(self, token: Token) -> bool:
        """Whether a token is inside quotation marks (opened in its paragraph).

        A paragraph break closes any quotation (a quote running over paragraphs
        opens again on each). The tokens of the paragraph before the token are
        read back to its start; the article's text is never joined.
        """
        doc = self.doc
        straight = opened = closed = 0
        i = token.i - 1
        while i >= 0:
            text = doc[i].text
            if "\n" in text:
                break
            if text in _QUOTE_TOKENS:
                straight += text.count('"')
                opened += sum(text.count(q) for q in _OPENING_QUOTES) + (text == "``")
                closed += sum(text.count(q) for q in _CLOSING_QUOTES) + (text == "''")
            i -= 1
        return straight % 2 == 1 or opened > closed

    def other_voice(self, pronoun: Token) -> bool:
        """Whether a pronoun is in someone's own words rather than the article's.

        Inside quotation marks, or in a sentence that says "I", "we" or "you"
        outside them ("He gave me some cash, he also packed food for me").
        """
        if self.quoted(pronoun):
            return True
        sent = pronoun.sent
        voiced = self._voiced.get(sent.start)
        if voiced is None:
            voiced = self._voiced[sent.start] = any(
                t.lower_ in VOICE_PRONOUNS and t.pos_ == "PRON" and not self.quoted(t)
                for t in sent)
        return voiced

    # -- rules ----------------------------------------------------------------
    def resolve(self, token: Token) -> tuple[Token, str] | None:
        """(a token of the antecedent, "pronoun" or "description"), or None."""
        word = token.lower_
        if token.pos_ == "PRON":
            if word not in SPEAKER_PRONOUNS and self.other_voice(token):
                return None
            accused = (self._accused(token) or self._acted_on(token) or self.denier(token)
                       or self._conditioned(token) or self._claimed_of(token)
                       or self._held(token))
            if accused is not None:
                return accused, "pronoun"
            if (denier := denying_subject(token)) is not None:
                # "It rejected Moscow's accusation that it had attacked X": whom the denying
                # pronoun stands for; with "Kyiv" a name the NER missed, none (the one
                # denying, whom no rule below finds); never the claimant the nearest name
                # would give
                return self.resolve(denier) if denier.pos_ == "PRON" else None
            if word in THING_OR_GROUP_PRONOUNS and (
                    self._predicated_thing(token) or self._said_of_object(token)
                    or self._reason_of_object(token)
                    or self._accused_doer(token) or self._either_party(token)):
                return None  # a thing, or one of two actors: which one is not said
            reported = self._reporting_subject(token)
            if reported is not None and self._thing_between(reported.i, token):
                return None  # "sued Montana over the Act, saying it would prevent ..."
            if reported is not None and word in THING_PRONOUNS:
                return self._full_name(reported), "pronoun"  # "Saxon said it ..."
            if reported is not None:
                return reported, "pronoun"
            if word in PERSON_PRONOUNS:
                reporter = self._reporter(token)
                if reporter is not None and reporter.pos_ == "PROPN":
                    return None  # "Pierce said he ...": Pierce, though not tagged a person
                if self._unnamed_governor(token):
                    return None  # "a military source told AFP ... because he was not ..."
                found = self._recent(token, PRONOUN_TYPES[word], window=_WINDOW["pronoun"],
                                     prefer_subject=True,
                                     accept=functools.partial(self._fits_gender, token))
                if found is None or self._competitor(token, found) \
                        or self._skipped_for_unknown(token, found):
                    return None
                return found.entity.root, "pronoun"
            elif word in THING_OR_GROUP_PRONOUNS:
                # an object "it" is mostly a thing or an event: only subjects and
                # possessives are resolved, and an object that is an agreement just named
                if token.dep_ in (DOBJ, POBJ, DATIVE):
                    pact = self._pact(token) or self._directed(token) or self._held(token)
                    return (pact, "pronoun") if pact is not None else None
                if self._impersonal(token) or token.dep_ not in (NSUBJ, NSUBJPASS, POSS):
                    return None
                plural = word in GROUP_PRONOUNS
                owner = self._clause_owner(token, PRONOUN_TYPES[word])
                if owner is not None:
                    return owner.entity.root, "pronoun"
                # a name the article gives an age ("Hashim Latiff, 61,") is a person,
                # whatever type the NER gave it: never "it"
                found = self._recent(token, PRONOUN_TYPES[word], window=_WINDOW["it"],
                                     prefer_subject=True, subjects_only=True,
                                     accept=lambda a: (_plural(a) or not plural)
                                     and a.label not in self._aged)
            else:
                return None
            if found is None or self._competitor(token, found) or self._nearer(token, found):
                return None
            return found.entity.root, "pronoun"
        if token.lower_ in NONSTATE_MEMBERS:
            return self._members(token)
        if issued_subject(token):
            return self._issuer(token)
        types = DESCRIPTION_TYPES.get(token.lemma_.lower())
        if types is None:
            return None
        # a role ("the Qatari leader") is matched against titles in the whole
        # article; other descriptions ("the group") look a few sentences back
        person = types == {"PERSON"}
        if types == {"GPE"} and self._possessed(token):
            # "Kenya would defend its territory": the owner's territory, not the
            # last place named ("... near Mandera"); "its government" is the owner
            return self._owner(token) if token.lemma_.lower() in COUNTRY_WORDS else None
        if types == {"ORG"} and any(c.dep_ == POSS and c.lower_ in PERSON_PRONOUNS
                                    for c in token.lefts):
            return self._owners_organisation(token)
        if self._named_description(token) or (not person and self._name_after(token)) or (
                person and (self._possessed(token) or self._generic(token))):
            return None  # ("the contractor Vestro Bau": that one, not the one named before)
        suspect = self._suspect(token, types)
        if suspect is not None:
            return suspect.entity.root, "description"
        armed = types == {"ORG"} and self._armed_description(token)
        if types == {"ORG"} and self._kind_said(token) and not armed:
            return None
        if types == {"GPE"} and token.lemma_.lower() in COUNTRY_WORDS:
            # "Saudi Foreign Minister Faisal bin Farhan says *the kingdom* will not ...":
            # Saudi Arabia, though Iran was named with it before
            state = self._speakers_country(token, functools.partial(self._fits_description,
                                                                    token))
            if state is not None:
                return state.entity.root, "description"
        if types == {"ORG"}:
            # "A Regal spokesman said *the company* had not seen the suit": Regal
            employer = self._speakers_organisation(
                token, functools.partial(self._fits_description, token))
            if employer is not None:
                return employer.entity.root, "description"
        if token.lemma_.lower() == "group" and self._introduced(token):
            # "An investor group led by X said ... a stake in Dorrance Chemical ... the
            # group said it may buy more shares": the group introduced, unnamed, not the
            # last name
            return None
        role = person and token.lemma_.lower() not in ANY_PERSON_WORDS
        window = _WINDOW["role" if role else "description"]
        if not person:
            # "the Los Lobos gang ... the gang", "the town of Mocimboa da Praia ... the
            # town": a name given with the description's own word is what it refers to,
            # whatever type the NER gave it
            kind = self._kind_given(token, window)
            if kind is not None:
                return kind.entity.root, "description"
        accept = functools.partial(self._fits_description, token)
        if armed:
            # "the militant group": only an armed group named before
            accept = functools.partial(self._fits_armed, token)
        found = self._recent(token, types, window=window, accept=accept)
        if found is None and types == {"ORG"}:
            found = self._lead(token, accept)
        if found is not None and types in ({"ORG"}, {"GPE"}):
            # "the company" after two companies, "the country" after two
            # countries: which one is not said
            fitting = self._in_window(token, types, window, accept)
            # (a company's own part is not the company that acts on it: "Siemens sold *the
            # unit*", not Siemens)
            doer = self._doer(token) if types == {"GPE"} or (
                types == {"ORG"} and token.lemma_.lower() in OWN_UNIT_NOUNS) else None
            if doer is not None:
                # "accuse France of plotting to invade the country": not France itself
                fitting = [a for a in fitting if a.label != doer]
                found = fitting[-1] if fitting else None
            accused = self._accused_names(token) if types == {"ORG"} else None
            if accused is not None:
                # "accuses Afghanistan's Taliban government of sheltering *the group*": no
                # one is accused of sheltering itself
                fitting = [a for a in fitting if a.label not in accused]
                found = fitting[-1] if fitting else None
            acting = [a for a in fitting if not _credited_source(a.entity.root)
                      or _source_called(a.entity.root, token.lemma_.lower())]
            if types == {"ORG"} and acting and len(acting) < len(fitting):
                # "Houthi militants attack X, the UK Maritime Trade Operations agency
                # says. ... Iran denies arming *the group*": the Houthis, not the agency
                # credited with the report
                fitting, found = acting, acting[-1]
            given = self._parallel_object(token, fitting) if types == {"ORG"} else None
            given = given or self._named_company(token, fitting)
            if given is not None:
                found = given
            elif len({a.label for a in fitting}) > 1:
                # ("NATO and the European Union met ... *the bloc*": which one is not said;
                # nor after an accusation, "The Taliban accused Pakistan of arming *the
                # group*", whether the accuser or the group named before it)
                found = self._main_subject(token, fitting) if types == {"ORG"} and (
                    token.lemma_.lower() not in BLOC_DESCRIPTIONS) and accused is None \
                    else None
        return (found.entity.root, "description") if found else None

    def state(self, token: Token) -> Antecedent | None:
        """The country a bare state body ("the army", "the cabinet") is, as "the
        government" would be: the one country named in the window of descriptions
        (:meth:`resolve`, rule 4), not the one its verb says does the deed ("accuse France of
        plotting to invade *the country*") nor a nationality of people or things acted on
        ("kidnapped two *Saudi* diplomats") or of a post abroad ("the *Russian* ambassador
        was summoned": :func:`posted_abroad`); None when there is none or more than one."""
        def accept(antecedent: Antecedent) -> bool:
            root = antecedent.entity.root
            # (not the nationality of someone acted on: "kidnapped two Saudi diplomats")
            return self._fits_description(token, antecedent, head=_STATE_HEAD) and not (
                root.dep_ in _OWNER_DEPS and root.head.dep_ not in _SUBJECT_DEPS)

        fitting = self._in_window(token, frozenset({"GPE"}), _WINDOW["description"], accept)
        doer = self._doer(token)
        if doer is not None:
            fitting = [a for a in fitting if a.label != doer]
        return fitting[-1] if len({a.label for a in fitting}) == 1 else None

    def acted_on(self, token: Token, label: str) -> bool:
        """Whether a country is named in the window before ``token`` only as what another
        actor acts on: the object of a verb or of a preposition that is no place's ("accused
        *the United States* of orchestrating a campaign", "aid to *Panama*"), never as a
        subject, an owner or a place ("in *Syria*", "the president of *Syria*")."""
        mentions = self._in_window(token, frozenset({"GPE"}), _WINDOW["description"],
                                   lambda a: a.label == label)
        return bool(mentions) and all(not a.subject and acted_on_name(a.entity.root)
                                     for a in mentions)

    def subject_countries(self, token: Token) -> set[str]:
        """The countries named as who acts in the window of descriptions before ``token``
        (:meth:`acting`)."""
        return {country for country, acts in self._window_countries(token) if acts}

    def named_countries(self, token: Token) -> set[str]:
        """The countries named at all (acting or not, a list's every one) in the window of
        descriptions before ``token``."""
        return {country for country, _ in self._window_countries(token)}

    def _window_countries(self, token: Token) -> Iterator[tuple[str, bool]]:
        """Each country named in the window of descriptions before ``token``, with whether
        it is named as who acts (:meth:`country_named`)."""
        for antecedent in self._in_window(token, frozenset({"GPE", "NORP"}),
                                          _WINDOW["description"]):
            country, acts = self.country_named(antecedent)
            if country is not None:
                yield country, acts

    def coargument_countries(self, token: Token) -> set[str]:
        """The countries that are the other arguments of a description's verb, or the
        nationality of one: "*Russian* hackers attacked the defence ministry", "*Kenyan*
        doctors staged a protest against the health ministry" (through the object's
        preposition), or the country's name modifying its envoys ("*U.S.* officials urged
        the government to exercise restraint": not the U.S. government;
        :data:`~extract.lexicon.ENVOY_HEADS`); not an owner
        ("*Israel*'s Supreme Court ordered the government")."""
        node = token
        while node.dep_ in (POBJ, PREP, DOBJ) and node.head is not node \
                and node.pos_ not in ("VERB", "AUX"):
            node = node.head
        if node.pos_ not in ("VERB", "AUX"):
            return set()
        arguments = {c.i for c in kids(node) if c.dep_ in _ARGUMENT_DEPS
                     and not c.left_edge.i <= token.i <= c.right_edge.i}
        # a pronoun argument stands for the one who says the clause: "U.S. officials said
        # they had urged the government"
        arguments.update(reported.i for i in list(arguments) if node.doc[i].pos_ == "PRON"
                         for reported in [self._reporting_subject(node.doc[i])]
                         if reported is not None)
        found = set()
        for antecedent in self.antecedents:
            root = antecedent.entity.root
            if root.i in arguments or (root.head.i in arguments and root.dep_ != POSS and (
                    antecedent.entity.label_ == "NORP" or (
                        root.dep_ == COMPOUND and root.head.lower_ in ENVOY_HEADS))):
                country = self.country_named(antecedent)[0]
                if country is not None:
                    found.add(country)
        return found

    def country_named(self, antecedent: Antecedent) -> tuple[str | None, bool]:
        """The country a name is or is the nationality of (None: no country), and whether it
        is named as who acts: a clause's subject ("Israel said"), the nationality or owner
        of one ("*Israeli* warplanes struck", "*Israel*'s army said"), or of a state
        body wherever it stands ("an airstrike by *Myanmar*'s military")."""
        if antecedent.type == "GPE":
            country = antecedent.label if self.is_country(antecedent.label) else None
        elif antecedent.type == "NORP":
            country = self.country_of(antecedent.entity.text)
        else:
            country = None
        root = antecedent.entity.root
        if _locating(root):
            return None, False  # "a spokesman in Nairobi, Kenya": where the city is
        owner = root.dep_ in _OWNER_DEPS
        return country, antecedent.subject or (owner and (
            root.head.dep_ in _SUBJECT_DEPS or root.head.lower_ in STATE_BODIES))

    def _pact(self, pronoun: Token) -> Token | None:
        """The agreement an object "it" or "them" stands for, or None.

        "Russia suspends the New START treaty, accusing the United States of violating
        *it*", "Abbas says Palestine will no longer abide by the Oslo Accords and claims
        that Israel has not been complying with *them*": the one agreement
        (:data:`PACT_NOUNS`) named before the pronoun in its sentence, by a name of its own
        (a name in it: "the Oslo Accords", "the New START treaty") and of the pronoun's
        number. None when there is none or more than one ("signed the deal and the
        accord, then broke it").
        """
        plural = pronoun.lower_ in GROUP_PRONOUNS
        # (its sentence: a clause after a semicolon reads the clause before it)
        found = [t for t in self.doc[joined_start(pronoun):pronoun.i]
                 if t.pos_ in ("NOUN", "PROPN") and t.lower_ in PACT_NOUNS
                 and t.dep_ in (DOBJ, POBJ, NSUBJ, NSUBJPASS, CONJ)
                 and (t.tag_ in PLURAL_NOUN_TAGS or t.lower_.endswith("s")) == plural
                 and (t.ent_type_ or any(c.pos_ == "PROPN" for c in t.lefts))]
        return found[0] if len(found) == 1 else None

    def _members(self, token: Token) -> tuple[Token, str] | None:
        """The armed or activist group that "the militants", "the rebels" are members of.

        The one such group named in the last few sentences: an organisation the actor
        dictionaries code as rebels, insurgents or a militarised group (Hezbollah,
        al-Shabaab, ISIS), or a name written before such a member noun ("M23 rebels",
        "Houthi rebels"); a count of them ("about 200 rebels": :func:`counted_members`)
        is the group too. A description with a modifier of its own ("the Kurdish
        militants") or two groups that fit are left unresolved.
        """
        definite = all(c.dep_ == DET for c in token.lefts) and any(
            c.dep_ == DET and c.lower_ == "the" for c in token.lefts)
        if not (definite or counted_members(token)):
            return None
        types = frozenset({"ORG", "NORP"})
        found = self._recent(token, types, window=_WINDOW["description"],
                             accept=self._armed_group)
        if found is None:
            return None
        rivals = {a.label for a in self._in_window(token, types, _WINDOW["description"],
                                                   self._armed_group)}
        if len(rivals) != 1:
            return None
        end = found.entity.end
        if found.entity.label_ == "NORP" and end < len(self.doc) \
                and self.doc[end].lower_ in NONSTATE_MEMBERS \
                and found.entity.root.head.i == end \
                and all(c.dep_ == DET or found.entity.start <= c.i < end
                        for c in self.doc[end].lefts):
            # "the rebels" after "Communist rebels" are those rebels, not "Communist" (a
            # phrase that says more, "U.S.-backed Contra rebels", leaves the name)
            return self.doc[end], "description"
        return found.entity.root, "description"

    def _issuer(self, token: Token) -> tuple[Token, str] | None:
        """The body that issued a document made a subject (:func:`issued_subject`): the
        one actor that is a subject in the few sentences before ("The Security Council
        demanded a ceasefire ... *the resolution* calls on ..."; not one in its own
        sentence: "Iran rejected it, but the resolution calls on ..."), or None when none
        is or two are, coordinated ones included (which one issued it is not said).
        """
        here = self.sentence_of(token)
        judicial = token.lemma_.lower() in JUDICIAL_DOCUMENTS
        found = [a for a in self._in_window(token, _ISSUER_TYPES, _WINDOW["description"])
                 if a.sentence < here and (a.subject or (
                     a.entity.root.dep_ == CONJ and a.entity.root.head.dep_ in _SUBJECT_DEPS))
                 and (not judicial or _judicial(a))]
        if len({a.label for a in found}) != 1:
            return None
        return found[-1].entity.root, "description"

    def _armed_group(self, antecedent: Antecedent) -> bool:
        """Whether an antecedent is an armed or activist group (see :meth:`_members`)."""
        entry = lookup(antecedent.label)
        code = entry.code() if entry is not None and entry.kind == "org" else None
        if code is not None and any(kind in code for kind in ARMED_GROUP_CODES):
            return True
        end = antecedent.entity.end
        return end < len(self.doc) and self.doc[end].lower_ in NONSTATE_MEMBERS

    def _suspect(self, token: Token, types: frozenset[str]) -> Antecedent | None:
        """Whom a description says a suspicion or claim is about: the one named actor the
        suspecting clause acts on.

        "The Commission raids the offices of Visa on suspicion that *the card company*
        pressured banks", "opens an investigation into Microsoft over claims that *the
        software company* abused its dominance": the description is the subject of the
        clause of a suspicion or claim noun (:data:`SUSPICION_NOUNS`,
        :data:`CLAIM_NOUNS`), and the noun hangs on a verb or noun whose object names
        one actor of a fitting type (the subject of that verb left out, and names that
        only modify the object: "the Rio headquarters of X"). Its kind ("the
        card company") is then what the article says of that actor, not another one.
        None when the description is not such a subject or the object names no fitting
        actor or several.
        """
        clause = token.head
        noun = clause.head
        if (token.dep_ not in _SUBJECT_DEPS or clause.dep_ not in (ACL, CCOMP)
                or noun.lemma_.lower() not in SUSPICION_NOUNS | CLAIM_NOUNS
                or noun.dep_ != POBJ or noun.head.dep_ != PREP):
            return None
        host = noun.head.head
        subjects = [range(c.left_edge.i, c.right_edge.i + 1) for c in kids(host)
                    if c.dep_ in _SUBJECT_DEPS]
        accept = functools.partial(self._fits_description, token)
        found = [a for a in self.antecedents
                 if host.left_edge.i <= a.entity.start and a.entity.end <= noun.i
                 and not any(a.entity.start in span for span in subjects)
                 and a.entity.root.dep_ in _OBJECT_DEPS and a.type in types and accept(a)]
        return found[-1] if len({a.label for a in found}) == 1 else None

    def _doer(self, token: Token) -> str | None:
        """The named actor who does to a description what its verb says, or None.

        "Niger's rulers accuse France of plotting to invade *the country*": France, the
        accused one that the gerund and its infinitive are said of, so the country
        is not France; "Russia says Ukraine plans to attack the country": Ukraine.
        """
        node = token
        while node.dep_ in (DOBJ, POBJ, PREP) and node.head is not node:
            node = node.head
        for _ in range(4):
            if node.pos_ not in ("VERB", "AUX"):
                return None
            subject = next((c for c in kids(node) if c.dep_ in _SUBJECT_DEPS), None)
            if subject is not None:
                doer = subject
            elif node.dep_ == PCOMP:
                # "accused the PKK of killing" with "of" on the object or on the verb
                judge = node.head.head
                doer = accused_object(node) or (
                    next((c for c in kids(judge) if c.dep_ == DOBJ), None)
                    if judge.lemma_.lower() in ALLEGING_VERBS else None)
            elif node.dep_ == XCOMP:
                # "ordered five Iranian diplomats to leave the country": the object the
                # verb is said of does it (object control), not the one who orders
                # (or its nationality: "Iranian" of "five Iranian diplomats"); but one who
                # promises or visits does it ("promised Ukraine to withdraw from the
                # country": :data:`SUBJECT_INFINITIVE_VERBS`), and an object that is its
                # own ("ordered its troops to invade the country") acts for the one who
                # orders
                # one told to go home goes to its own country, not the teller's ("urged
                # Syrian refugees to return to the country": :data:`HOMECOMING_VERBS`)
                doer = (None if node.head.lemma_.lower() in SUBJECT_INFINITIVE_VERBS
                        or node.lemma_.lower() in HOMECOMING_VERBS
                        else next((c for c in kids(node.head) if c.dep_ == DOBJ), None))
                if doer is not None and self._antecedent_at(doer) is None:
                    doer = next((m for m in doer.lefts if m.dep_ in (AMOD, COMPOUND)
                                 and self._antecedent_at(m) is not None), doer)
                    if self._antecedent_at(doer) is None and any(
                            c.dep_ == POSS and c.pos_ == "PRON" for c in doer.lefts):
                        doer = None
                if doer is None:
                    node = node.head
                    continue
            else:
                return None
            at = self._antecedent_at(doer) if doer is not None else None
            return at.label if at is not None else None
        return None

    def _accused_names(self, token: Token) -> frozenset[str] | None:
        """The names in the accused one's and the accuser's phrases when an organisation
        description is what an alleged gerund acts on: "*Islamabad* accuses *Afghanistan's
        Taliban government* of sheltering the group" (Islamabad, the Taliban, Afghanistan),
        "charged *Acme Corp* with bribing the firm"; None when the description is not acted
        on in an accusation. The description is none of them: no one is said to do the
        deed to itself, and an accuser's own name would be "it" or "its members"."""
        node = token
        while node.dep_ in (DOBJ, POBJ, PREP) and node.head is not node:
            node = node.head
        if node.dep_ != PCOMP or node.pos_ != "VERB":
            return None
        accused = accused_object(node)
        if accused is None:
            judge = node.head.head
            accused = next((c for c in kids(judge) if c.dep_ == DOBJ), None) \
                if judge.lemma_.lower() in ALLEGING_VERBS else None
        if accused is None:
            return None
        # the accuser is not it either: "Kampala accused the SPLM of harbouring *the
        # group*" (the rebels named before; "Hamas accused Israel of attacking *the
        # group*": left unresolved, a miss rather than a guess)
        parties = [accused, *(c for c in kids(accused.head) if c.dep_ in _SUBJECT_DEPS)]
        return frozenset(a.label for a in self.antecedents for party in parties
                         if party.left_edge.i <= a.entity.root.i <= party.right_edge.i)

    def _kind_said(self, token: Token) -> bool:
        """Whether an organisation description says what kind it is: "the central bank".

        A common noun or adjective before the head ("the central bank", "the
        state-owned firm", "the news agency", "the parent company") makes it one
        organisation of that kind, which the last one named need not be; a
        nationality ("the Qatari newspaper") or a possessive pronoun does not.
        """
        return any(child.dep_ in (AMOD, COMPOUND, NMOD) and child.pos_ != "PROPN"
                   and self.country_of(child.text) is None for child in token.lefts)

    def _armed_description(self, token: Token) -> bool:
        """Whether an organisation description says it is an armed group by the words
        before its head, and by nothing else: "the militant group", "the Islamist armed
        movement", "the guerrilla group" (:data:`ARMED_GROUP_MODIFIERS`; not "the
        militant youth group", which says another kind too)."""
        words = [c for c in token.lefts if c.dep_ in (AMOD, COMPOUND, NMOD)
                 and c.pos_ != "PROPN" and self.country_of(c.text) is None]
        return bool(words) and all(c.lower_ in ARMED_GROUP_MODIFIERS for c in words)

    def _fits_armed(self, token: Token, antecedent: Antecedent) -> bool:
        """Whether a named antecedent fits an armed group's description ("the militant
        group"): it fits the description and is an armed group (:meth:`_armed_group`), or
        its name says it is one and names no country ("the National Liberation Army",
        "the Polisario Front"; not "the Ukrainian Army", "Lebanese Forces")."""
        return self._fits_description(token, antecedent) and self.armed_named(antecedent)

    def armed_named(self, antecedent: Antecedent) -> bool:
        """Whether a named antecedent is an armed group outside a state: an armed group
        (:meth:`_armed_group`), or its name says it is one and names no country ("the
        National Liberation Army", "the Kachin Independence Army"; not "the Ukrainian
        Army", "Lebanese Forces")."""
        if self._armed_group(antecedent) or antecedent.label in self._called_armed:
            return True
        words = antecedent.label.split()
        return (any(w.lower() in ARMED_GROUP_NAME_WORDS for w in words)
                and not any(self.country_of(w) or self.is_country(w) for w in words))

    @functools.cached_property
    def _called_armed(self) -> frozenset[str]:
        """The names the article calls an armed group outside a state by a word right before
        a mention of them (:data:`~extract.lexicon.ARMED_GROUP_MODIFIERS`): "the *rebel* Sudan
        People's Liberation Army", "the *guerrilla* Farabundo Marti National Liberation
        Front" (a country in the name says where they fight, not that they are its army:
        "the army" is not theirs, :meth:`armed_named`)."""
        doc = self.doc
        return frozenset(
            a.label for a in self.antecedents
            if a.entity.start and doc[a.entity.start - 1].lower_ in ARMED_GROUP_MODIFIERS
            and doc[a.entity.start - 1].head.i in range(a.entity.start, a.entity.end))

    def _lead(self, token: Token, accept: Callable[[Antecedent], bool]) -> Antecedent | None:
        """The one organisation the article has named so far, however far back, or None.

        Wire copy names its company in the first sentence and calls it "the
        company" or "the bank" paragraphs later ("Meridian Steel said it would
        close two plants. ... The company said it would cut 1,200 jobs"): when one
        organisation that fits has been named, as a subject at least once, and no
        other, the description is it.
        """
        fitting = [a for a in self.antecedents
                   if a.entity.end <= token.i and a.type == "ORG" and accept(a)]
        if len({a.label for a in fitting}) != 1 or not any(a.subject for a in fitting):
            return None
        others = {a.label for a in self.antecedents
                  if a.entity.end <= token.i and a.type == "ORG"}
        return fitting[-1] if len(others) == 1 else None

    def _named_company(self, token: Token,
                       fitting: Sequence[Antecedent]) -> Antecedent | None:
        """The one of several organisations that fit a company description which the
        article names as a company (:func:`company_named`), or None.

        "Bribes paid by the construction firm Vialtec ... he never accepted money from *the
        company*": Vialtec, not another organisation named before; "Boeing said Singapore
        Airlines ordered jets ... *the airline*": the one whose name holds a kind of
        company (:data:`~extract.lexicon.COMPANY_HEADS`) the description says, when it is
        a subject or the article's main organisation does not fit. Not when
        the article's main organisation (the first made a subject) fits and is not named so:
        wire copy goes on calling it "the company" ("Acme said it would sell its homes to
        Beta, a Nashville company ... *The company* said": Acme, or no one); nor when two
        are named as companies.
        """
        lemma = token.lemma_.lower()
        if lemma not in _COMPANY_WORDS or len({a.label for a in fitting}) < 2:
            return None
        # "Boeing said Singapore Airlines ordered jets ... *the airline*": the one whose name
        # says it is one (not for "the company" or "the firm", which any may be called)
        lead = next((a for a in self.antecedents if a.type == "ORG" and a.subject
                     and a.entity.end <= token.i), None)
        lead_fits = lead is not None and any(a.label == lead.label for a in fitting)
        kind = [a for a in fitting if _kind_in_name(a.entity, lemma)]
        # but one named only as what the main organisation acts on or owns takes no
        # description from it ("Delta Air Lines said it would compete with United Airlines
        # ... *the airline*": Delta, or no one)
        # (one that gave the main one business is a party of its own: "Boeing said it won
        # an order from Singapore Airlines ... *the airline*": Singapore Airlines)
        if lemma in COMPANY_HEADS and len({a.label for a in kind}) == 1 and (
                not lead_fits or lead.label == kind[0].label
                or any(a.subject or _award_giver(a.entity.root) for a in kind)):
            return kind[-1]
        given = [a for a in fitting if company_named(a.entity)]
        if len({a.label for a in given}) != 1:
            return None
        if lead_fits and lead.label != given[0].label:
            return None
        return given[-1]

    def _parallel_object(self, token: Token,
                         fitting: Sequence[Antecedent]) -> Antecedent | None:
        """The one fitting organisation that the verb before, coordinated with the
        description's own, acts on, for a description that is what its verb acts on, or
        None.

        "The partnership said it had acquired a stake in *GenCorp Inc* and might seek
        control of *the company*", "Vantage sued *Orion Corp* in May and accused *the
        company* of stealing its designs": the subject goes on acting on the one it acted
        on, not on another organisation named before (one who formed the partnership, the
        subject itself). Only an object of the verb or of its preposition's phrase ("seek
        control of the company"), and one fitting organisation named in the earlier verb's
        objects, not its subject.
        """
        verb = token
        for _ in range(4):  # "control | of | the company" up to "seek"
            if verb.dep_ not in (DOBJ, POBJ, PREP) or verb.head.i == verb.i:
                break
            verb = verb.head
        if verb.pos_ != "VERB" or verb is token or verb.dep_ != CONJ:
            return None
        earlier = verb.head
        if earlier.pos_ != "VERB" or earlier.i >= verb.i:
            return None
        acted_on = {t.i for c in kids(earlier) if c.dep_ in (DOBJ, PREP, DATIVE)
                    for t in c.subtree}
        found = [a for a in fitting if a.entity.root.i in acted_on]
        return found[-1] if len({a.label for a in found}) == 1 else None

    def _main_subject(self, token: Token,
                      fitting: Sequence[Antecedent]) -> Antecedent | None:
        """The article's main organisation, for a subject description that two named in
        the window fit, or None.

        Wire copy names its company first, as a subject, and goes on calling it "the
        company" while others it acts on are named beside it ("Nordstahl AG said it raised
        its stake in Amerivalve Corp ... *The company*, based in Duesseldorf, said"): when
        the description is the subject of its clause, and the only fitting one that is a
        subject in the window is the subject the article named first of all organisations,
        the description is it. One named only as what is acted on or owned is never the
        main subject; two fitting subjects ("Acme said ... Widget Inc said ... the company
        said") leave it unresolved, and so does what the main one itself is said to say
        ("The Sudanese Armed Forces say *the group* is preparing to advance": another group).
        """
        if token.dep_ not in _SUBJECT_DEPS or self._introduced(token):
            return None
        lead = next((a for a in self.antecedents if a.type == "ORG" and a.subject), None)
        subjects = [a for a in fitting if a.subject]
        if lead is None or {a.label for a in subjects} != {lead.label} \
                or self._other_affiliation(token, lead):
            return None
        speaker = self._description_speaker(token)
        said_by = self._antecedent_at(speaker) if speaker is not None else None
        if said_by is not None and said_by.label == lead.label:
            return None  # "the Sudanese Armed Forces say *the group* is preparing": another
        return subjects[-1]

    def _speakers_organisation(self, token: Token,
                               accept: Callable[[Antecedent], bool]) -> Antecedent | None:
        """The organisation named in the title of the person who says what an organisation
        description does, or None.

        "A *Regal* spokesman said *the company* had not seen the suit", "*Brandt Shipping Co*
        chairman Leonard Haskell told Reuters *the company* has not received any offer", "A
        *Polaris* spokesman declined comment, saying *the company* had not received it": the
        description, the subject of the reported clause, is the speaker's own organisation,
        the one organisation named before whose name or a word of it owns the speaker (a
        proper noun before a person noun or a person's name in the speaker's phrase, the NER
        typing it or not); not when the window introduced another one with its head
        ("*A group* including Whitcombe's managers ... Whitcombe chairman Harold Pritzker said
        *the group*": :meth:`_introduced`).
        """
        speaker = self._description_speaker(token)
        if speaker is None or self._introduced(token) or not (
                speaker.ent_type_ == "PERSON"
                or not speaker.ent_type_ and person_lemma(speaker.lemma_.lower())):
            return None  # ("the Sudanese Armed Forces say the group": no one's title)
        owners = {t.lower_ for t in speaker.subtree if t.i < speaker.i and t.pos_ == "PROPN"
                  and t.ent_type_ != "PERSON" and t.dep_ in _OWNER_DEPS}
        # "A spokesman *for American Natural* said the company", "the chairman *of Brandt*
        # told reporters the company": the name in the speaker's own "for" or "of" phrase
        # owns the speaker as one before it does
        owners |= {t.lower_ for t in _employers_words(speaker)}
        if not owners:
            return None
        found = [a for a in self.antecedents
                 if a.entity.end <= token.i and a.type == "ORG" and accept(a)
                 and owners & set(f"{a.label} {a.entity.text}".lower().split())]
        # the name in the speaker's own phrase, when there is one, is the employer, whatever
        # longer name came before it ("American Natural Resources ... a spokesman for
        # American Natural")
        own = [a for a in found if speaker.left_edge.i <= a.entity.root.i <= speaker.right_edge.i]
        if own:
            # (by the fuller name given of it: "Granger Partners ... A Granger spokesman";
            # but "A Chrysler spokesman" after Chrysler Corp and Chrysler Canada is neither)
            words = set(own[-1].entity.text.lower().split())
            fuller = [a for a in found if a.label != own[-1].label
                      and words <= set(a.label.lower().split())]
            return fuller[-1] if len({a.label for a in fuller}) == 1 else own[-1]
        return found[-1] if len({a.label for a in found}) == 1 else None

    def _speakers_country(self, token: Token,
                          accept: Callable[[Antecedent], bool]) -> Antecedent | None:
        """The country of the title of the person who says what a country description does,
        or None.

        "*Saudi* Foreign Minister Faisal bin Farhan says *the kingdom* will not restore
        flights", "*Iran's* foreign minister said *the country* would not negotiate", "the
        foreign minister of *Jordan* said *the kingdom* ...": the description, the subject
        of the reported clause, is the speaker's own country, when the speaker is a person
        (a name or a person noun) whose phrase names one country before its head or in its
        "of" phrase, and that country was named before the description (as the title's own
        nationality word may be). Not when the speaker's phrase names two countries ("Turkey's
        ambassador to Greece") or none.
        """
        speaker = self._description_speaker(token)
        if speaker is None or not (
                speaker.ent_type_ == "PERSON"
                or not speaker.ent_type_ and person_lemma(speaker.lemma_.lower())):
            return None
        words = [t for t in speaker.subtree if t.i < speaker.i]
        words += [t for prep in kids(speaker) if prep.dep_ == PREP and prep.lower_ == "of"
                  for t in prep.subtree]
        at = {t.i for t in words}
        phrase = {t.i for t in speaker.subtree}
        countries = [a for a in self.antecedents
                     if a.entity.root.i in phrase and self.is_country(a.label)]
        named = [a for a in countries if a.entity.root.i in at]
        # ("Turkey's ambassador to Greece": which one is not said)
        if len({a.label for a in countries}) != 1 or not named:
            return None
        return named[-1] if accept(named[-1]) else None

    @staticmethod
    def _description_speaker(token: Token) -> Token | None:
        """The named or described subject of the verb of saying or promising
        (:data:`COMMISSIVE_VERBS`) that reports the clause of which ``token`` is the subject
        ("A Regal spokesman said *the company* ...", "declined comment, saying *the company*
        ...", "Hamas leader X vowed that the group would ..."), or None."""
        if token.dep_ not in _SUBJECT_DEPS:
            return None
        clause = token.head
        while clause.dep_ == CONJ and clause.head is not clause:
            clause = clause.head
        # (or of promising: "Hezbollah leader Naim Qassem vows that the group will ...")
        if clause.dep_ != CCOMP or clause.head.lemma_.lower() not in _SPEAKING_OR_VOWING:
            return None
        verb = clause.head
        if verb.dep_ == ADVCL and verb.tag_ == "VBG":
            verb = verb.head  # "declined comment, saying the company ...": who declined
        while (verb.dep_ == CONJ and verb.head is not verb
               and not any(c.dep_ in _SUBJECT_DEPS for c in kids(verb))):
            verb = verb.head  # "said the suit was a tactic and denied that the group ..."
        return next((c for c in kids(verb) if c.dep_ in _SUBJECT_DEPS and c.pos_ != "PRON"),
                    None)

    @staticmethod
    def _other_affiliation(token: Token, antecedent: Antecedent) -> bool:
        """Whether a name owning someone or something comes before an organisation
        description in its sentence and is not the antecedent's ("A *Regal* spokesman said
        the company", "*Hargrove* president Lyle Turner said the company": that one's
        company, which the NER may not have typed, not the one named before). A word of a
        name ("*Gold* Fields said") owns nothing."""
        named = set(f"{antecedent.label} {antecedent.entity.text}".lower().split())
        return any(t.pos_ == "PROPN" and t.dep_ in _OWNER_DEPS and t.head.pos_ != "PROPN"
                   and t.lower_ not in named for t in token.doc[token.sent.start:token.i]) or (
            # "A spokesman for American Natural said the company": that one's
            (speaker := Coreference._description_speaker(token)) is not None
            and person_lemma(speaker.lemma_.lower()) and bool(words := _employers_words(speaker))
            and not any(t.lower_ in named for t in words))

    def _introduced(self, token: Token) -> bool:
        """Whether the window of descriptions before ``token`` introduced another one with
        its head, unnamed or owned ("*A group* including Whitcombe's management and Forstmann
        Greer said ... *The group* offered": that group, not one of the names in it;
        "Siemens sold *its rail unit* to Alstom. *The unit* employs": the unit, not Siemens)."""
        lemma = token.lemma_.lower()
        first = max(self.sentence_of(token) - _WINDOW["description"], 0)
        return any(t.lemma_.lower() == lemma and t.pos_ == "NOUN" and not t.ent_type_
                   and t.dep_ != APPOS  # ("Carewell, a Nashville company": a name's kind)
                   and (indefinite(t) or any(c.dep_ == POSS for c in t.lefts))
                   for t in self.doc[self._starts[first]:token.i])

    def _owner(self, token: Token) -> tuple[Token, str] | None:
        """The country that owns a description through its pronoun ("its government"), or None."""
        pronoun = next(c for c in token.lefts if c.dep_ == POSS and c.pos_ == "PRON")
        found = self.resolve(pronoun) if pronoun.lower_ in THING_OR_GROUP_PRONOUNS \
            else None
        if found is None:
            return None
        at = self._antecedent_at(found[0])
        return (found[0], "description") if at is not None and at.type == "GPE" else None

    def _clause_owner(self, pronoun: Token, types: frozenset[str]) -> Antecedent | None:
        """The named subject of a possessive's own clause, when it may own the thing.

        "Parker Ballinger acquired a stake in Dexter-Morland without disclosing
        *its* plans": the plans are the clause subject's, not those of the company
        that spoke first. The subject is found up the object, preposition and
        non-finite verb chain ("failed to announce its decision", "without
        disclosing its plans"). A company's short name the parser typed a person
        ("Parker Ballinger" after "Parker Ballinger Corp") is that company.
        """
        if pronoun.dep_ != POSS:
            return None
        owned = pronoun.head
        node = owned
        while node.dep_ in (DOBJ, POBJ, PREP, PCOMP, XCOMP) and node.head is not node:
            node = node.head
            subject = next((c for c in kids(node) if c.dep_ in _SUBJECT_DEPS), None)
            if subject is not None:
                break
        else:
            return None
        if subject.pos_ != "PROPN" or subject.i in range(owned.left_edge.i, owned.right_edge.i + 1):
            return None
        at = self._antecedent_at(subject)
        if at is None:
            return None
        if at.type in types:
            return at
        longer = [a for a in self.antecedents if a.type in types and a.entity.end <= subject.i
                  and a.label.startswith(at.label + " ")]
        return longer[-1] if longer else None

    def _owners_organisation(self, token: Token) -> tuple[Token, str] | None:
        """The organisation a person's "his party", "her company" is: the one the article
        ties to that person, or None.

        "Labour leader Neil Kinnock conceded defeat but said *his party* had made gains":
        Kinnock's party, which the last party named (the winner) need not be. The owner is
        the person "his" or "her" refers to; the organisation is the one fitting name of
        the description's kind a word of which (beside the description's own head) is
        among the words the article puts before or in apposition to that person's name
        ("*Labour* leader Neil Kinnock", "Kinnock, leader of the *Labour* Party").
        """
        pronoun = next(c for c in token.lefts if c.dep_ == POSS and c.lower_ in PERSON_PRONOUNS)
        owner = self.resolve(pronoun)
        at = self._antecedent_at(owner[0]) if owner is not None else None
        if at is None or at.type != "PERSON":
            return None
        words: set[str] = set()
        for mention in self.antecedents:
            if mention.label != at.label or mention.type != "PERSON":
                continue
            root = mention.entity.root
            described = [t for c in root.lefts for t in c.subtree]
            described += [t for c in root.rights if c.dep_ == APPOS for t in c.subtree]
            words.update(t.lower_ for t in described
                         if not mention.entity.start <= t.i < mention.entity.end)
        head = token.lemma_.lower()
        tied = [a for a in self.antecedents
                if a.type == "ORG" and a.entity.end <= token.i
                and self._fits_description(token, a)
                and (set(a.label.lower().split()) - {head}) & words]
        return (tied[-1].entity.root, "description") if len({a.label for a in tied}) == 1 \
            else None

    @staticmethod
    def _possessed(token: Token) -> bool:
        """Whether a description is owned by a pronoun: "their leader", "his successor".

        A person so described is the owner's leader or successor, whom the last
        leader named need not be: left unresolved ("her government" after Carrie
        Lam is still Hong Kong's).
        """
        return any(c.dep_ == POSS and c.pos_ == "PRON" for c in token.lefts)

    @staticmethod
    def _generic(token: Token) -> bool:
        """Whether a description is in a generic statement, about no one in particular.

        The verb of its clause is in the simple present with no auxiliary and no
        verb of saying: "Under the Constitution, the House impeaches the official".
        A clause whose subject is a name with no article is a particular act, told in
        the present of a news summary: "Pezeshkian invites *the crown prince* to visit
        Tehran", "Macron receives the prime minister" (:func:`_named_doer`).
        """
        verb = token.head
        while verb.dep_ in (PREP, POBJ, CONJ, APPOS) and verb.head is not verb:
            verb = verb.head
        return (verb.pos_ in ("VERB", "AUX") and verb.tag_ in ("VBZ", "VBP")
                and verb.lemma_.lower() not in REPORTING_VERBS | {"be", "have"}
                and not any(c.dep_ in (AUX, AUXPASS) for c in kids(verb))
                and not (any(c.dep_ == NSUBJ and _named_doer(c) for c in kids(verb))
                         and not _framed(verb)))

    def _named_description(self, token: Token) -> bool:
        """Whether a description is named by a modifier ("the Democratic party").

        A proper noun before the head makes the phrase a name of its own, not
        a pointer back, unless it is a nationality ("the Qatari leader").
        """
        return any(child.dep_ in (COMPOUND, AMOD, NMOD) and child.pos_ == "PROPN"
                   and self.country_of(child.text) is None for child in token.lefts)

    @staticmethod
    def _name_after(token: Token) -> bool:
        """Whether a description's own name comes right after it: "accused the contractor
        *Vestro Bau*", "the company *Vestro Bau*" (the parser may make both objects of the
        verb): the name says which one, not the one named before."""
        doc = token.doc
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        return (after is not None and after.pos_ == "PROPN" and after.ent_iob_ == "B"
                and after.ent_type_ in _NAME_TYPES)

    def _accused(self, pronoun: Token) -> Token | None:
        """Whom a suit or charge accuses, when the allegation that follows it is said of a
        pronoun: "sued supermarket chain FreshWay, alleging it misled shoppers", "charged
        Omar Said, saying he had funded the group", "charged two Belarusian men, alleging
        that they had attacked X" (the one sued or charged, named or people of a plural
        noun, not the one suing: :data:`ALLEGING_VERBS`)."""
        if pronoun.dep_ not in _SUBJECT_DEPS:
            return None
        clause = pronoun.head
        while clause.dep_ in (CONJ, XCOMP) and clause.head is not clause:
            clause = clause.head
        saying = clause.head
        if (clause.dep_ != CCOMP or saying.tag_ != "VBG" or saying.dep_ != ADVCL
                or saying.lemma_.lower() not in REPORTING_VERBS
                or any(c.dep_ in _SUBJECT_DEPS for c in kids(saying))
                or saying.head.lemma_.lower() not in ALLEGING_VERBS):
            return None
        # (a plural noun of people is "they" too: "charged three dual nationals, alleging
        # that they planned attacks")
        return next((o for o in kids(saying.head) if o.dep_ == DOBJ and (
            o.ent_type_ or pronoun.lower_ in GROUP_PRONOUNS and o.tag_ == "NNS"
            and people_lemma(o.lemma_.lower())) and self._agrees(pronoun, o)), None)

    def denier(self, pronoun: Token) -> Token | None:
        """Who denies a claim said of a pronoun: "Pyongyang denies Seoul's claim it planted
        landmines", "Burundi denies UN claims that its police tortured X" (the one a
        denied claim is about is the one denying it, not the claimant named with the
        claim noun). Only a subject pronoun, or the possessive of the subject, of the
        content clause of a claim noun (:data:`~extract.lexicon.CLAIM_NOUNS`, also one
        tagged a verb) that is the object or complement of a verb of denial
        (:data:`~extract.lexicon.DENIAL_VERBS`) whose named subject agrees with it."""
        subject = denying_subject(pronoun)
        if subject is None or subject.pos_ == "PRON" or self._antecedent_at(subject) is None:
            return None
        return subject if self._fits_object(pronoun, subject) else None

    def _conditioned(self, pronoun: Token) -> Token | None:
        """Whom a condition of a grant binds: "The IMF approved a credit for Mexico on
        condition that *it* cut its budget deficit", "the World Bank agreed to lend Brazil
        500 mln dlrs on condition that *it* reduce its tariffs": the one given the credit,
        not the one giving it. Only the subject of a "that" clause of a noun of
        :data:`~extract.lexicon.CONDITION_NOUNS`, whose phrase hangs on a verb that names
        whom it is for (its indirect object, or the object of "for" or "to" on it or on its
        object) with a name that agrees with the pronoun.
        """
        clause = pronoun.head
        noun = clause.head
        if (pronoun.dep_ not in _SUBJECT_DEPS or clause.dep_ != ACL
                or noun.lemma_.lower() not in CONDITION_NOUNS
                or not any(c.dep_ == MARK and c.lower_ == "that" for c in kids(clause))
                or noun.dep_ != POBJ or noun.head.dep_ != PREP):
            return None
        verb = noun.head.head
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        holders = [verb, *(c for c in kids(verb) if c.dep_ == DOBJ)]
        found = [c for c in kids(verb) if c.dep_ == DATIVE]
        found += [o for h in holders for p in kids(h) if p.dep_ == PREP
                  and p.lower_ in RECIPIENT_PREPS for o in kids(p) if o.dep_ == POBJ]
        named = [t for t in found if t.ent_type_ in ("GPE", "ORG")
                 and self._agrees(pronoun, t)]
        return named[0] if len(named) == 1 else None

    def _claimed_of(self, pronoun: Token) -> Token | None:
        """Whom a claim an act answers is about: "Ramaphosa dismissed Ngcobo over
        allegations that *he* shielded a drug syndicate", "the party expelled Senator Ruiz
        after reports that *he* met Hamas officials" (the one dismissed or expelled, not the
        one acting, though both agree with the pronoun). Only the subject of the "that"
        clause of a claim noun (:data:`~extract.lexicon.CLAIM_NOUNS`) that is the object of a
        preposition of :data:`~extract.lexicon.GROUNDS_PREPS` on a verb whose one direct
        object is a name that agrees with the pronoun; else None."""
        clause = pronoun.head
        noun = clause.head
        if (pronoun.dep_ not in _SUBJECT_DEPS or clause.dep_ != ACL
                or noun.lemma_.lower() not in CLAIM_NOUNS
                or not any(c.dep_ == MARK and c.lower_ == "that" for c in kids(clause))
                or noun.dep_ != POBJ or noun.head.dep_ != PREP
                or noun.head.lower_ not in GROUNDS_PREPS):
            return None
        verb = noun.head.head
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in REPORTING_VERBS:
            return None
        objects = [c for c in kids(verb) if c.dep_ == DOBJ]
        if len(objects) != 1 or any(c.dep_ == CONJ for c in kids(objects[0])):
            return None  # ("expelled X and Y over claims that he ...": which one is not said)
        obj = objects[0]
        if obj.pos_ == "PRON" or self._antecedent_at(obj) is None:
            return None
        return obj if self._fits_object(pronoun, obj) else None

    def _acted_on(self, pronoun: Token) -> Token | None:
        """Whom an accusation after an act on someone accuses: "expelled a delegation of
        the European Parliament, accusing it of meddling", "detained two journalists,
        accusing them of spying" (the object of the act, which the accusing participle
        explains; its subject is the clause's). Only an object pronoun of a participle of
        :data:`~extract.lexicon.ACCUSING_VERBS` with no subject of its own, and an object
        of the act before it that agrees with the pronoun.

        A "him" or "her" is so read after any verb: the adjunct's subject is the clause's,
        which its object cannot be, and the person the act was done to is who it goes on
        to: "fired Comey, replacing him with Wray", "arrested a journalist, taking her to
        a police station"; so is the object of a gerund after a preposition on the act:
        "released a Romanian suspect without charging him", "detained the envoy after
        questioning him" (:func:`_adjunct_act`).
        """
        act = _adjunct_act(pronoun)
        if act is None:
            return None
        accusing = pronoun.head
        if (accusing.lemma_.lower() not in ACCUSING_VERBS
                and pronoun.lower_ not in PERSON_OBJECT_PRONOUNS):
            return None
        # ("refuses to meet a delegation of X, accusing it": the object of the infinitive)
        acts = [act, *(c for c in kids(act) if c.dep_ == XCOMP and c.i < accusing.i)]
        return next((o for a in acts for o in kids(a) if o.dep_ == DOBJ
                     and o.i < accusing.i and self._fits_object(pronoun, o)), None)

    def _held(self, pronoun: Token) -> Token | None:
        """What an object pronoun of a verb of letting go stands for: the named one a verb
        of taking hold of took before it, in its sentence or the one before. "Iran's
        Revolutionary Guards seize the tanker Stellar Horizon ... the US Navy calls on
        Tehran to release *it*", "Russia impounded the cargo ship Marlin and refuses to
        return *it*" (:data:`~extract.lexicon.RELEASING_VERBS`,
        :data:`~extract.lexicon.SEIZING_VERBS`). Only the direct object of the nearest such
        verb, when it is the one object, named (or with a named appositive: "the tanker
        Stellar Horizon") and agrees with the pronoun, and no other thing the pronoun fits
        is said between as a subject or object; else None ("seized a tanker and its
        crew ... release them": which is not said; "seized the tanker Niovi. The oil on
        board belongs to Chevron, which wants Iran to return it": the oil)."""
        verb = pronoun.head
        # ("urged New Delhi to secure *their* release": the possessive of a release noun)
        freed = (pronoun.dep_ == POSS and verb.lemma_.lower() in RELEASE_NOUNS
                 and verb.pos_ == "NOUN" and verb.dep_ in (DOBJ, POBJ))
        if not freed and (pronoun.dep_ != DOBJ or verb.lemma_.lower() not in RELEASING_VERBS):
            return None
        start = self._starts[max(self.sentence_of(pronoun) - 1, 0)]
        seizing = next((t for t in reversed(self.doc[start:pronoun.i])
                        if t.pos_ == "VERB" and t.lemma_.lower() in SEIZING_VERBS), None)
        if seizing is None:
            return None
        objects = [o for o in kids(seizing) if o.dep_ == DOBJ]
        if len(objects) != 1:
            return None
        held = objects[0]
        named = held if self._antecedent_at(held) is not None else next(
            (c for c in held.rights if c.dep_ == APPOS and self._antecedent_at(c) is not None),
            None)
        if named is None and pronoun.lower_ in GROUP_PRONOUNS and held.tag_ == "NNS" \
                and held.ent_type_ == "" and people_lemma(held.lemma_.lower()) \
                and any(c.dep_ in (AMOD, COMPOUND) and c.ent_type_ in ("NORP", "GPE", "ORG")
                        for c in held.lefts):
            # "arrested 23 Indian fishermen ... secure their release": people of a named
            # nation or body, no name of their own
            named = held
        if named is None or any(c.dep_ == CONJ for t in (held, named) for c in kids(t)):
            return None  # "seized the tanker X and a British ship": which one is not said
        # the pronoun agrees with the description where there is one ("it" for "the
        # tanker Stellar Horizon", whatever type the NER gave the name), else the name
        noun = next((c for c in held.lefts if c.dep_ == COMPOUND and c.pos_ == "NOUN"), held)
        if not self._fits_object(pronoun, noun):
            return None
        # another thing the pronoun fits, a subject or object said after what was taken, is
        # as near a reading ("seized the tanker Niovi. The oil on board belongs to Chevron,
        # which wants Iran to return it": the oil)
        # (not who the verbs over the pronoun speak of: "the Indian navy freed it", "urged
        # the government to release it")
        kinds = {noun.lemma_.lower(), held.lemma_.lower()}
        link = verb.head if freed else verb  # ("secure their release": from "secure")
        chain = {verb.i, link.i}
        while link.dep_ in (XCOMP, CCOMP, CONJ) and link.head is not link:
            link = link.head
            chain.add(link.i)
        if any(t.dep_ in (NSUBJ, NSUBJPASS, DOBJ) and t.pos_ == "NOUN" and not t.ent_type_
               and t.head.i not in chain and t.lemma_.lower() not in kinds
               and self._fits_object(pronoun, t) for t in self.doc[named.i + 1:pronoun.i]):
            return None
        return named

    def _directed(self, pronoun: Token) -> Token | None:
        """Who is told to act, or given something, when a reported clause says it of an
        object pronoun: "Century said the Bank Board has ordered *it* to submit a plan",
        "the union said a judge had told *them* to end the strike"; "Vance Aircraft said
        the Air Force awarded *it* a contract", "the miners said the company had offered
        *them* a 4 pct raise" (the named subject of the verb of saying, the one the report
        is about; an object "it" is otherwise left a thing). Only the direct object of a
        verb that directs its object to do its to-infinitive
        (:data:`~extract.lexicon.DIRECTIVE_VERBS`), or an indirect object (the one given
        to, never a thing), in a clause reported by a verb of saying whose subject agrees
        with the pronoun and is not the one directing or giving."""
        verb = pronoun.head
        directed = (pronoun.dep_ == DOBJ and verb.lemma_.lower() in DIRECTIVE_VERBS
                    and any(c.dep_ == XCOMP and c.i > pronoun.i and to_infinitive(c)
                            for c in kids(verb)))
        if not directed and pronoun.dep_ != DATIVE:
            return None
        clause = verb
        while clause.dep_ == CONJ and clause.head is not clause:
            clause = clause.head
        saying = clause.head
        if clause.dep_ != CCOMP or saying.lemma_.lower() not in REPORTING_VERBS:
            return None
        subject = next((c for c in kids(saying) if c.dep_ in _SUBJECT_DEPS), None)
        director = next((c for c in kids(clause) if c.dep_ in _SUBJECT_DEPS), None)
        if (subject is None or subject.pos_ == "PRON" or not self._agrees(pronoun, subject)
                or (director is not None and director.lower_ == subject.lower_)):
            return None
        return subject

    def _fits_object(self, pronoun: Token, obj: Token) -> bool:
        """Agreement of a pronoun with an object noun: "it" a singular noun that is no
        named person (a delegation, a tanker, a company), else as :meth:`_agrees`."""
        if pronoun.lower_ in PERSON_OBJECT_PRONOUNS and obj.tag_ == "NN" and not obj.ent_type_:
            # "released a Romanian suspect without charging him": one person, unnamed
            return person_noun(obj)
        if pronoun.lower_ not in THING_PRONOUNS:
            at = self._antecedent_at(obj)
            return self._agrees(pronoun, obj) and (at is None or self._fits_gender(pronoun, at))
        at = self._antecedent_at(obj)
        person = at.type == "PERSON" if at is not None else obj.ent_type_ == "PERSON"
        return not person and obj.tag_ in ("NN", "NNP")

    def _reporting_subject(self, pronoun: Token) -> Token | None:
        subject = self._reporter(pronoun)
        if subject is None or not self._agrees(pronoun, subject):
            return None
        at = self._antecedent_at(subject)
        return subject if at is None or self._fits_gender(pronoun, at) else None

    def _unnamed_governor(self, pronoun: Token) -> bool:
        """Whether a subject pronoun is in a clause said of an unnamed person, who is then
        the one it refers to.

        "The army responded with air strikes, a military source told AFP, speaking on
        condition of anonymity because *he* was not authorised to speak": the clause of
        "he" hangs (through adverbial and infinitive clauses) on "told",
        whose subject is "a military source", a singular person noun with no name in its
        phrase (:func:`~extract.vague.person_lemma` or
        :data:`~extract.lexicon.UNNAMED_SPEAKERS`); "he" is that source, not a person
        named before. The first verb up the tree with a subject decides: a named or
        pronoun subject ("Smith told AFP ... because he") leaves the other rules to it,
        and so does a "that" clause ("an official said he ...", "the lawyer argued that
        he was innocent": reported speech, where "he" may be someone else).
        """
        if pronoun.dep_ not in _SUBJECT_DEPS:
            return False
        clause = pronoun.head
        for _ in range(4):
            if clause.dep_ not in _GOVERNED_CLAUSES or clause.head is clause:
                return False
            clause = clause.head
            subject = next((c for c in kids(clause) if c.dep_ in _SUBJECT_DEPS), None)
            if subject is None:
                continue
            lemma = subject.lemma_.lower()
            return (subject.pos_ == "NOUN" and subject.tag_ == "NN" and not subject.ent_type_
                    and (lemma in UNNAMED_SPEAKERS or person_lemma(lemma))
                    and not any(t.pos_ == "PROPN" or t.ent_type_ for t in subject.subtree))
        return False

    def _reporter(self, pronoun: Token) -> Token | None:
        """The named subject of the verb of saying that reports the pronoun's clause
        (also when it says it "in a statement": :func:`_said_in`)."""
        if pronoun.dep_ not in _SUBJECT_DEPS or pronoun.lower_ not in REFERRING_PRONOUNS:
            return None
        noun = self._saying_noun(pronoun)
        if noun is not None and _said_in(noun):
            # "Orchard said in a statement that it would ...": Orchard says it
            return next((c for c in kids(noun.head.head)
                         if c.dep_ in _SUBJECT_DEPS and c.pos_ != "PRON"), None)
        if noun is not None:
            # "Biden's assurances he had no part": the owner of the assurances says it
            return next((c for c in kids(noun) if c.dep_ == POSS and c.pos_ != "PRON"),
                        None)
        clause = pronoun.head
        # "said it believed X had no right to withdraw the offer and that it would ask":
        # a "that" clause coordinated with a word deep in a complement is parsed as that
        # word's conjunct; when the nearest complement up the tree reports what the same
        # pronoun believes, it is one more thing that speaker says ("claimed Lincoln was
        # elected and that he appointed rivals" is left as it was: "he" may be Lincoln)
        that = clause.dep_ == CONJ and any(c.dep_ == MARK and c.lower_ == "that"
                                             for c in kids(clause))
        while clause.dep_ in (CONJ, XCOMP) and clause.head is not clause:
            conj = clause.dep_ == CONJ
            clause = clause.head
            if conj and any(c.dep_ in _SUBJECT_DEPS and c.pos_ == "PROPN"
                            and self._agrees(pronoun, c) for c in kids(clause)) and not any(
                    c.dep_ in _SUBJECT_DEPS and c.pos_ == "PRON" for c in kids(clause.head)):
                # (not in what the pronoun itself believes: "said it believed Ottawa had
                # ... and that it would ask" is the speaker, below)
                # "said Eritrea had mobilized reservists and that it was working with
                # ...": the pronoun goes on with the named subject of the clause it is
                # joined to, not with the one who says it
                return None
        if that and clause.dep_ != CCOMP:
            up = next((a for a in clause.ancestors if a.dep_ == CCOMP), clause)
            if any(c.dep_ in _SUBJECT_DEPS and c.lower_ == pronoun.lower_
                   for c in kids(up.head)):
                clause = up
        if clause.dep_ != CCOMP or clause.head.lemma_.lower() not in REPORTING_VERBS:
            return None
        speaker = clause.head
        while (speaker.dep_ == CONJ and speaker.head is not speaker
               and pronoun.lower_ in THING_OR_GROUP_PRONOUNS
               and not any(c.dep_ in _SUBJECT_DEPS for c in kids(speaker))):
            # "Japan and South Korea condemn Pyongyang and say they ...": the verb of
            # saying shares the subject of the verb it is coordinated with; hung on a
            # reported clause in another tense, it is the reporter's ("Bangkok denies
            # that its artillery struck X and says it ...": Bangkok says it) (a person's
            # "he" is left to the nearest person named: "Restrepo denies X and says he")
            joined = speaker.head
            if any(t.text == ";" for t in speaker.doc[joined.i:speaker.i]):
                break  # (not across a semicolon: a new sentence's verb misattached)
            if (joined.dep_ == CCOMP and joined.tag_ != speaker.tag_
                    and joined.head.tag_ == speaker.tag_):
                joined = joined.head
            elif joined.dep_ == CCOMP:
                break
            speaker = joined
        shared = self._shared_pronoun_subject(speaker, pronoun)
        if shared is not None:
            return self._reporter(shared)
        for child in kids(speaker):
            if child.dep_ in _SUBJECT_DEPS and child.pos_ != "PRON":
                return child
            if (child.dep_ in _SUBJECT_DEPS and child.lower_ == pronoun.lower_
                    and child.i < pronoun.i):
                # "X said it believed Ottawa had no right ... and that it would ask":
                # the same pronoun, as the subject of the belief its clause reports,
                # is the same speaker (not the last name before it)
                return self._reporter(child)
        return None

    @staticmethod
    def _shared_pronoun_subject(speaker: Token, pronoun: Token) -> Token | None:
        """The same pronoun as the subject a subjectless verb of saying shares, or None.

        "Panama said it regretted the incident but denied that it had organised the
        protest": "denied" is parsed as a conjunct of "regretted" and has no subject of
        its own; it shares that verb's "it", and the second "it", in what is denied, is the
        one who denies, the same speaker (resolved as the first one is). Only the same
        pronoun word, before it, as the subject of the verb the subjectless one is
        coordinated with ("said Eritrea had mobilized and denied that it ..." is left to
        the other rules).
        """
        if speaker.dep_ != CONJ or speaker.head is speaker or any(
                c.dep_ in _SUBJECT_DEPS for c in kids(speaker)):
            return None
        return next((c for c in kids(speaker.head)
                     if c.dep_ in _SUBJECT_DEPS and c.pos_ == "PRON"
                     and c.lower_ == pronoun.lower_ and c.i < pronoun.i), None)

    @staticmethod
    def _saying_noun(pronoun: Token) -> Token | None:
        """The noun of saying whose clause the subject pronoun opens, or None.

        "Biden's assurances (that) he had no part": the clause is the noun's
        (the parser may hang it elsewhere, so the words right before the
        pronoun are read too: the noun, or the noun and "that"), but not where
        the noun is only how a verb of saying said it ("Orchard said in a
        statement that it would ...": :func:`_said_in`), when the verb's subject
        says it (:meth:`_reporter`).
        """
        clause = pronoun.head
        while clause.dep_ in (CONJ, XCOMP) and clause.head is not clause:
            clause = clause.head
        if clause.dep_ in (ACL, CCOMP) and clause.head.pos_ == "NOUN" \
                and clause.head.lemma_.lower() in _SAYING_NOUNS:
            return clause.head
        doc = pronoun.doc
        i = pronoun.i - 1
        if i >= 0 and doc[i].lower_ == "that":
            i -= 1
        if i >= 0 and doc[i].pos_ == "NOUN" and doc[i].lemma_.lower() in _SAYING_NOUNS \
                and doc[i].sent == pronoun.sent:
            return doc[i]
        return None

    # -- gender ---------------------------------------------------------------
    def gender(self, label: str) -> str | None:
        """"m", "f" or None: what the article itself says of a named person's gender.

        The evidence: a common given name nearly always of one gender
        (:func:`~actorgraph.extract.lexicon.first_name_gender`: "Angela Merkel"),
        unless a title, kin noun or bound pronoun says otherwise; a title or a
        kin or role noun in the name's phrase or its apposition ("Mrs Bowser",
        "his wife, Maureen", "spokeswoman Lee", "her brother, King Maha"), and
        pronouns bound to the person without guessing: the subject of a clause
        reported by the person ("Pierce said *he* ..."), a possessive on the
        object of the person's own verb when no other person is named in the
        sentence ("Klobuchar ended *her* campaign"), and a pronoun with no
        other person named in its window ("Gloria Vanderbilt died; *her* son
        ...").
        Conflicting evidence gives None.
        """
        if self._genders is None:
            self._genders = self._gender_evidence()
        return self._genders.get(label)

    def _gender_evidence(self) -> dict[str, str]:
        votes: dict[str, set[str]] = defaultdict(set)
        named: dict[str, set[str]] = defaultdict(set)
        weak: dict[str, set[str]] = defaultdict(set)
        for antecedent in self.antecedents:
            if antecedent.type != "PERSON":
                continue
            words = antecedent.label.split()
            given = first_name_gender(words[0]) if len(words) >= 2 else None
            if given is not None:
                named[antecedent.label].add(given)
            for word in self._title_words(antecedent.entity):
                if word in MALE_WORDS:
                    votes[antecedent.label].add("m")
                elif word in FEMALE_WORDS:
                    votes[antecedent.label].add("f")
        for token in self.doc:
            gender = PRONOUN_GENDER.get(token.lower_)
            if gender is None or token.pos_ != "PRON":
                continue
            bound = self._reporter(token) or self._possessor_subject(token)
            at = self._antecedent_at(bound) if bound is not None else None
            if at is not None and at.type == "PERSON":
                votes[at.label].add(gender)
                continue
            people = {a.label for a in self._in_window(token, _PERSON, _WINDOW["pronoun"])}
            if len(people) == 1:
                weak[people.pop()].add(gender)  # the only person named so far
        # the weak evidence counts only for people with no title or bound pronoun
        # ("Pierce said he" where Pierce is no named person is not La Riva's "he"), the
        # given name only for people with no title ("her brother, King Maha V.": a man,
        # though Maha is mostly a woman's name)
        genders = {label: found for label, found in weak.items()
                   if label not in votes and label not in named}
        genders.update((label, found) for label, found in named.items() if label not in votes)
        genders.update(votes)
        return {label: next(iter(found)) for label, found in genders.items() if len(found) == 1}

    def _title_words(self, entity: Span) -> list[str]:
        """Lower-case words of a name, the titles before it and its apposition."""
        doc = self.doc
        words = [t.lower_ for t in entity]
        i = entity.start
        while i > 0 and doc[i - 1].head.i in range(i, entity.end + 1) and doc[i - 1].dep_ in (
                COMPOUND, AMOD, NMOD, PUNCT):
            i -= 1
            words.append(doc[i].lower_)
        root = entity.root
        if root.dep_ == APPOS:
            words.append(root.head.lower_)  # "his wife, Maureen"
        words.extend(t.lower_ for c in kids(root) if c.dep_ == APPOS for t in c.subtree)
        return words

    def _possessor_subject(self, pronoun: Token) -> Token | None:
        """The named subject whose own object the possessive pronoun is on, or None.

        "Klobuchar ended her campaign" -> Klobuchar, only when she is the one
        person named in the sentence.
        """
        if pronoun.dep_ != POSS or pronoun.head.dep_ != DOBJ:
            return None
        verb = pronoun.head.head
        subject = next((c for c in kids(verb) if c.dep_ == NSUBJ and c.pos_ != "PRON"), None)
        at = self._antecedent_at(subject) if subject is not None else None
        if at is None or at.type != "PERSON":
            return None
        sent = pronoun.sent
        people = {a.label for a in self.antecedents if a.type == "PERSON"
                  and sent.start <= a.entity.start < sent.end}
        return subject if len(people) == 1 else None

    def _fits_gender(self, pronoun: Token, antecedent: Antecedent) -> bool:
        """Whether a he/she pronoun may refer to the antecedent (unknown gender may)."""
        wanted = PRONOUN_GENDER.get(pronoun.lower_)
        known = self.gender(antecedent.label) if antecedent.type == "PERSON" else None
        return wanted is None or known is None or known == wanted

    def _skipped_for_unknown(self, pronoun: Token, found: Antecedent) -> bool:
        """Whether a person of the other gender was passed over for one of unknown gender.

        "Mrs Bowser ... Pierce said he ...": if Pierce is no named person, "he" is
        not the man before Bowser either.
        """
        if self.gender(found.label) is not None:
            return False
        here = self.sentence_of(pronoun)
        return any(a.type == "PERSON" and found.entity.end <= a.entity.start
                   and a.entity.end <= pronoun.i and here - a.sentence <= _WINDOW["pronoun"]
                   and not self._fits_gender(pronoun, a) for a in self.antecedents)

    def _agrees(self, pronoun: Token, subject: Token) -> bool:
        """Number and person agreement of a pronoun with a reporting subject.

        "he"/"she" need a named person (by the NER or by the article's name of
        that person: "La Riva" after "Gloria La Riva"); "it" a singular
        non-person; "they" anything but a single person, named or not ("the
        minister said they are to build": they are not the minister).
        """
        word = pronoun.lower_
        at = self._antecedent_at(subject)
        person = at.type == "PERSON" if at is not None else subject.ent_type_ == "PERSON"
        # "the Houthis say they will ...": a group's plural name the NER typed a person
        plural = subject.tag_ in PLURAL_NOUN_TAGS or group_name(subject)
        person = person and not group_name(subject)
        if word in PERSON_OR_SPEAKER_PRONOUNS:
            return person
        # a singular person noun ("the minister", "the spokesman") is neither "it" nor "they"
        person = person or (at is None and subject.tag_ == "NN" and person_noun(subject)
                            and subject.lemma_.lower() not in ORGANISATION_DESCRIPTIONS)
        if word in THING_PRONOUNS:
            return (not person or self._bare_name(subject, at)) and not plural
        return not person or plural

    def _bare_name(self, subject: Token, at: Antecedent | None) -> bool:
        """Whether a name the NER took for a person is a single word with nothing to say
        it is one (no given name, title or gender the article gives it): the "it" its
        verb of saying reports is that name, a firm or body the NER misread ("Rewe says
        it will challenge the decision", "Meridian says it intends to appeal"), not a
        body named before."""
        label = at.label if at is not None else subject.text
        return (subject.pos_ == "PROPN" and " " not in label
                and not any(c.dep_ == COMPOUND for c in kids(subject))
                and self.gender(label) is None)

    def _full_name(self, subject: Token) -> Token:
        """The body named before that a bare name is the short form of, else the name:
        "Saxon Capital Partners ... Saxon said it bought the stock" is the firm by its
        full name (:meth:`_bare_name`)."""
        at = self._antecedent_at(subject)
        label = at.label if at is not None else subject.text
        if " " in label or (at is not None and at.type != "PERSON"):
            return subject
        full = [a for a in self.antecedents if a.type != "PERSON" and " " in a.label
                and a.label.split(" ", 1)[0] == label and a.entity.start < subject.i]
        return full[-1].entity.root if full else subject

    @functools.cached_property
    def _aged(self) -> frozenset[str]:
        """Labels of the names given an age in apposition ("Hashim Latiff, 61,"): people."""
        return frozenset(a.label for a in self.antecedents if any(
            c.dep_ == APPOS and c.tag_ == "CD" and c.text.isdigit() and 0 < int(c.text) < 120
            for c in kids(a.entity.root)))

    @staticmethod
    def _predicated_thing(pronoun: Token) -> bool:
        """Whether an "it" is said to be a thing or an event, not an actor.

        "The board said *it* was the largest single sale this year", "the ministry said *it*
        was a serious mistake": the subject of "be" whose attribute is a common noun of no
        person, body or firm is that thing (the sale, the mistake), whoever says it; "the
        bank said *it* was the largest lender in the region" is the bank (a business or
        people noun: :data:`~extract.lexicon.BUSINESS_NOUNS`, :func:`~extract.vague.people_lemma`).
        """
        head = pronoun.head
        if pronoun.lower_ != "it" or pronoun.dep_ != NSUBJ or head.lemma_.lower() != "be":
            return False
        return any(c.dep_ == ATTR and c.pos_ == "NOUN" and not c.ent_type_
                   and not _actor_noun(c.lemma_.lower()) for c in kids(head))

    def _said_of_object(self, pronoun: Token) -> bool:
        """Whether an it/they is the subject of what a subjectless verb of saying adds about
        the act of its host clause, whose object may be the one meant.

        "The party rejected the accord, *saying* it gave too much to the rebels", "the
        firm criticised the ruling, saying it ignored the facts": the pronoun may be
        the object (the accord, the ruling) as well as the subject of the host clause
        (the party, the firm); nothing says which. An object that is a person is no
        "it"; for "they" only a plural or a named group competes. A coordinated "and said
        it ..." goes on with the subject ("cut its forecast and said it would shut two
        plants").
        """
        if pronoun.dep_ not in _SUBJECT_DEPS:
            return False
        clause = pronoun.head
        saying = clause.head
        if (clause.dep_ != CCOMP or saying.dep_ != ADVCL or saying.tag_ != "VBG"
                or saying.lemma_.lower() not in REPORTING_VERBS
                or any(c.dep_ in _SUBJECT_DEPS for c in kids(saying))):
            return False
        host = saying.head
        objects = [c for c in kids(host) if c.dep_ in (DOBJ, NSUBJPASS) and c.i < saying.i]
        objects += [c for o in objects for c in o.conjuncts if c.i < saying.i]
        return any(self._may_be(pronoun, o) for o in objects)

    def _reason_of_object(self, pronoun: Token) -> bool:
        """Whether an it/they is the subject of a clause of reason (``[reason_marks]``) on
        an act whose object, named before the clause, may be the one meant.

        "Fujitsu welcomed the ruling because *it* ended years of uncertainty", "the union
        rejected the offer because *it* fell short of inflation": the pronoun may be the
        object (the ruling, the offer) as well as the act's subject; nothing says which
        (:meth:`_may_be`: an object that is a person is no "it").
        """
        host = _explained_act(pronoun, REASON_MARKS)
        clause = pronoun.head
        if host is None or host.i >= clause.i:
            return False
        objects = [c for c in kids(host) if c.dep_ in (DOBJ, NSUBJPASS) and c.i < clause.i]
        objects += [c for o in objects for c in o.conjuncts if c.i < clause.i]
        return any(self._may_be(pronoun, o) for o in objects)

    def _may_be(self, pronoun: Token, noun: Token) -> bool:
        """Whether a noun (no pronoun) agrees with an it/they: a singular non-person for
        "it", a plural or a named group for "they"."""
        if noun.pos_ not in ("NOUN", "PROPN"):
            return False
        at = self._antecedent_at(noun)
        person = (at.type == "PERSON") if at is not None else (
            noun.ent_type_ == "PERSON" or (noun.pos_ == "NOUN" and noun.tag_ == "NN"
                                           and person_lemma(noun.lemma_.lower())
                                           and noun.lemma_.lower() not in _FIRM_WORDS))
        plural = noun.tag_ in PLURAL_NOUN_TAGS
        if pronoun.lower_ in THING_PRONOUNS:
            return not person and not plural
        return plural or (at is not None and at.type in ("ORG", "NORP"))

    def _accused_doer(self, pronoun: Token) -> bool:
        """Whether an it/they (subject or owner) is in what an accused object is said to
        have done, where it may be that object rather than the one accusing.

        "X sued, accusing *the investor group* of breaking disclosure rules when *it*
        built up its stake", "Y charged the agency with hiding *its* records": up the
        tree from the pronoun (its clause, its object's verb, adverbial and complement
        clauses, prepositions) with no subject of its own, a gerund alleged of an object
        (:func:`~extract.context.accused_object`) that agrees with the pronoun; the
        accused is who does the gerund's act and the pronoun may be that one.
        """
        if pronoun.dep_ not in (NSUBJ, NSUBJPASS, POSS):
            return False
        node = pronoun.head
        for _ in range(8):
            # ("when it built up its stake": the owner is that clause's "it", and goes on)
            if any(c.dep_ in _SUBJECT_DEPS and c.i != pronoun.i
                   and c.lower_ not in THING_OR_GROUP_PRONOUNS for c in kids(node)):
                return False
            accused = _accused_of(node) if node.tag_ == "VBG" else None
            if accused is not None:
                return self._may_be(pronoun, accused)
            if node.dep_ not in _ALLEGED_CHAIN or node.head is node:
                return False
            node = node.head
        return False

    def _either_party(self, pronoun: Token) -> bool:
        """Whether an it/they subject of a clause of cause or occasion
        (:data:`~extract.lexicon.MOTIVE_MARKS`) may be the named object of the act the
        clause explains as well as its subject, or of a clause of what must be done first
        (:data:`~extract.lexicon.DEMAND_MARKS`): "the EU fined Apple because *it* had
        blocked rival services", "Washington sanctioned the bank because *it* had financed
        Hamas", "China warned the Philippines after *it* rammed a vessel" (the one acted on,
        mostly; "the EU fined Apple because it wanted to set an example" the doer): which
        one is not said. The act has a subject of its own; the clause follows the object,
        which names an actor (a name or a body, :data:`ORGANISATION_DESCRIPTIONS`) and
        agrees with the pronoun."""
        act = _explained_act(pronoun, MOTIVE_MARKS)
        demand = act is None
        if demand:
            # "Machinists threatened to strike the carrier unless *it* dropped its demand":
            # what the one struck must do first, or what the strikers want (DEMAND_MARKS)
            act = _explained_act(pronoun, DEMAND_MARKS)
        if act is None or act.pos_ not in ("VERB", "AUX"):
            return False
        clause = pronoun.head
        # two parties: a subject of the act's own (or, for a demand, of the verb whose
        # infinitive the act is: "threatened to strike"), and an object that names an actor
        # (a name, or a body: "the bank"), not a thing ("banned from doing business after it
        # signed a contract": the one banned)
        if not any(c.dep_ == NSUBJ for c in kids(act)) and not (
                demand and act.dep_ == XCOMP and any(c.dep_ == NSUBJ for c in kids(act.head))):
            return False
        # (a demand may hang on the verb whose infinitive acts: "threatened to picket X
        # unless it rehired")
        acts = [act, *(c for c in kids(act) if c.dep_ == XCOMP and demand)]
        objects = [o for a in acts for o in kids(a) if o.dep_ == DOBJ and o.i < clause.i and (
            o.ent_type_ in ("ORG", "GPE", "NORP", "PERSON") or o.pos_ == "PROPN"
            or o.lemma_.lower() in ORGANISATION_DESCRIPTIONS)]
        return any(self._fits_object(pronoun, o) for o in objects)

    @staticmethod
    def _impersonal(token: Token) -> bool:
        if token.lower_ not in ("it",):
            return False
        head = token.head
        if head.pos_ == "ADJ" and any(c.dep_ in _CLAUSE_DEPS and c.i > head.i
                                      for c in kids(head)):
            return True  # "makes it harder for raiders to ...", "made it clear that ..."
        if token.dep_ == NSUBJPASS and head.lemma_.lower() in REPORTING_VERBS:
            return True  # it is believed / reported / said that ...
        if head.lemma_.lower() == "be" and any(
                c.dep_ in (CCOMP, XCOMP, ACOMP, ATTR) for c in kids(head)):
            return True  # it is likely that ..., it was a ...
        return any(c.dep_ in (CCOMP, XCOMP) and c.i > token.i for c in kids(head)) \
            and head.lemma_.lower() in RAISING_VERBS

    def _competitor(self, pronoun: Token, found: Antecedent) -> bool:
        """Whether another referent competes with ``found`` for ``pronoun``.

        A pronoun is left unresolved rather than guessed when, between the
        antecedent and the pronoun, a named event, law, product or work stands
        for "it" ("Iran hosted the World Championship and *it* was boycotted"),
        or any singular object does for a passive "it" ("Apple launched the
        iPhone and *it* was praised"),
        or a subject of the same kind that is no
        antecedent stands ("The law was passed. *It* ..." is the law; "The
        prisoners escaped. *They* ..." the prisoners; "The Azerbaijanis state
        *they* ..." the Azerbaijanis, even untyped), or, for he/she, when
        another person is a subject in the window too ("Warren praised
        Klobuchar, who ... *She* ...").
        """
        word = pronoun.lower_
        if self._thing_between(found.entity.end, pronoun):
            return True  # "Iran hosted the 2017 World Championship and it was boycotted"
        if word in THING_PRONOUNS and pronoun.dep_ == NSUBJPASS and any(
                tok.dep_ == DOBJ and tok.tag_ in ("NN", "NNP") and tok.ent_type_ != "PERSON"
                for tok in self.doc[found.entity.end:pronoun.i]):
            return True  # "Apple launched the iPhone and it was praised": the iPhone
        for tok in self.doc[found.entity.end:pronoun.i]:
            if word in PERSON_PRONOUNS and self._untyped_name(tok) \
                    and tok.text not in found.label.split():
                return True  # "Waseem appeared ... he": Waseem may well be "he"
            if word in PERSON_PRONOUNS and self._missed_person(tok) \
                    and tok.text not in found.label.split():
                return True  # "Trump did minimal preparation" (Trump tagged a noun): him?
            if word in PERSON_PRONOUNS and self._shared_surname(tok):
                return True  # "His parents, Robert and Ruth Cummings ... Cummings ... he"
            if word in THING_PRONOUNS and self._governing_name(tok, pronoun) \
                    and tok.text not in found.label.split():
                return True  # "The Tu-154 lost power and was turning when it crashed"
            if tok.dep_ not in _SUBJECT_DEPS or tok.pos_ not in ("NOUN", "PROPN") \
                    or tok.ent_type_ or (tok.pos_ == "PROPN" and word not in GROUP_PRONOUNS):
                continue
            if self._antecedent_at(tok) is not None:
                continue
            plural = tok.tag_ in PLURAL_NOUN_TAGS
            if (word in PERSON_PRONOUNS and tok.tag_ == "NN" and person_noun(tok)
                    and "PERSON" in DESCRIPTION_TYPES.get(tok.lemma_.lower(), {"PERSON"})):
                return True  # "The bus driver told reporters he lost control": the driver
            if word in THING_PRONOUNS and not plural:
                return True
            if word in GROUP_PRONOUNS and plural:
                return True
        if word in PERSON_PRONOUNS:
            here = self.sentence_of(pronoun)
            excluded = self._coarguments(pronoun)
            before = [a for a in self.antecedents
                      if a.type == "PERSON" and a.entity.end <= pronoun.i
                      and here - a.sentence <= _WINDOW["pronoun"] and a.label not in excluded
                      and self._fits_gender(pronoun, a)]
            if (pronoun.dep_ not in _SUBJECT_DEPS and found.sentence < here
                    and any(a.sentence == here and a.label != found.label for a in before)):
                return True  # "Schumer spoke. Others broke with Trump and urged him to"
            if found.sentence < here and any(
                    a.sentence == here and a.label != found.label
                    and a.entity.root.dep_ == POSS for a in before):
                return True  # "Grassley spoke. Contrary to Harkin's claims, records show he"
            if self._cataphoric(pronoun):
                return True
            subjects = {a.label for a in before if a.subject and here - a.sentence <= 1}
            if found.sentence < here and len(subjects) > 1:
                return True  # two people were subjects just before: which one?
            if not found.subject and len({a.label for a in before}) > 1:
                return True  # no subject to prefer among several people
        return False

    def _governing_name(self, tok: Token, pronoun: Token) -> bool:
        """Whether ``tok`` is an untyped capitalised noun, no antecedent, that is the
        subject of a verb whose clause holds the pronoun's ("The Ilyushin-62M reported
        trouble and was trying to land when *it* came down": the aircraft, more likely than
        anyone named before; a product or a craft the NER did not type, whatever number
        the tagger gave it: "Tupolev-154" NNS), or typed a person though it takes "the" as
        no person's name does ("The Norsun had sent a distress call when *it* struck a
        reef")."""
        if (tok.dep_ not in _SUBJECT_DEPS or tok.pos_ not in ("NOUN", "PROPN")
                or not tok.text[:1].isupper() or tok.i == tok.sent.start):
            return False
        if tok.ent_type_ and not (tok.ent_type_ == "PERSON" and any(
                c.dep_ == DET and c.lower_ == "the" for c in tok.lefts)):
            return False
        if tok.ent_type_ != "PERSON" and self._antecedent_at(tok) is not None:
            return False
        verb = tok.head
        return verb.i < pronoun.i and any(a.i == verb.i for a in pronoun.ancestors)

    def _thing_between(self, start: int, pronoun: Token) -> bool:
        """Whether a named event, law, product or work stands between ``start`` and an "it"."""
        return pronoun.lower_ in THING_PRONOUNS and any(
            start <= ent.start and ent.end <= pronoun.i and ent.label_ in _THING_TYPES
            for ent in self.doc.ents)

    def _nearer(self, pronoun: Token, found: Antecedent) -> bool:
        """Whether an it/they from an earlier sentence has a nearer rival in its own.

        "The Armenians claim ... The Azerbaijanis state they were responding": an
        organisation, country or group named before the pronoun in its sentence,
        though not a subject, may be the one meant: which one is not said.
        """
        here = self.sentence_of(pronoun)
        if found.sentence == here:
            return False
        types = PRONOUN_TYPES[pronoun.lower_]
        return any(a.sentence == here and a.entity.end <= pronoun.i and a.type in types
                   and a.label != found.label for a in self.antecedents)

    def _shared_surname(self, token: Token) -> bool:
        """Whether a token is a clause subject written as a surname two people share.

        "His parents, Robert Cummings Sr. and Ruth Elma Cummings ... Cummings passed
        the bar. ... he": unless the article has given the surname to one of them
        (:meth:`ActorResolver._main_bearer <actorgraph.extract.actors.ActorResolver>`),
        it does not say which Cummings, so neither is the "he" that follows it.
        """
        if token.dep_ not in _SUBJECT_DEPS or token.pos_ != "PROPN":
            return False
        at = self._antecedent_at(token)
        if at is not None and at.type == "PERSON" and len(at.label.split()) > 1:
            return False  # the article says whose surname it is (the first bearer's)
        people = {a.label for a in self.antecedents
                  if a.type == "PERSON" and token.text in a.label.split()[1:]}
        return len(people) > 1

    def _missed_person(self, token: Token) -> bool:
        """Whether a clause subject is the surname of a person of the article the NER missed.

        "Biden left the trail. *Trump* did minimal preparation" with "Trump" read as
        a common noun: he is still the person named "Trump" elsewhere.
        """
        if token.dep_ not in _SUBJECT_DEPS or not token.text[:1].isupper() \
                or token.ent_type_ == "PERSON" or self._antecedent_at(token) is not None:
            return False
        if self._surnames is None:
            self._surnames = frozenset(a.label.split()[-1] for a in self.antecedents
                                       if a.type == "PERSON")
        return token.text in self._surnames

    def _untyped_name(self, token: Token) -> bool:
        """Whether a token is a clause subject that is a capitalised name the NER left untyped.

        The name may be the antecedent's own, written without its type ("Trump" after
        "Donald Trump"): the caller compares.
        """
        return (token.dep_ in _SUBJECT_DEPS and token.pos_ == "PROPN" and not token.ent_type_
                and token.text[:1].isupper() and token.is_alpha
                and token.lower_ not in DESCRIPTION_TYPES
                and self._antecedent_at(token) is None)

    def _cataphoric(self, pronoun: Token) -> bool:
        """Whether a pronoun comes before the named person who is its clause's subject.

        "Before she ended her campaign, Klobuchar led in Minnesota": "she" is
        most likely Klobuchar, who is not yet named; nothing before is taken.
        """
        root = pronoun.sent.root
        if pronoun.i >= root.i:
            return False
        for child in kids(root):
            if child.dep_ in _SUBJECT_DEPS and child.i > pronoun.i:
                at = self._antecedent_at(child)
                if at is not None and at.type == "PERSON":
                    return True
        return False

    def _coarguments(self, token: Token) -> set[str]:
        """Labels of the other arguments of the pronoun's verb: it cannot be them.

        A verb with no subject of its own, an -ing adjunct or a verb coordinated with
        the clause it shares its subject with, has that clause's subject for its own
        (:func:`_understood_subjects`): "Reagan met Gorbachev, urging *him* to accept
        cuts" and "... and urged *him*" urge Gorbachev, not Reagan.
        """
        labels = set()
        head = token.head
        for child in (*kids(head), *_understood_subjects(token)):
            if child is token or child.dep_ not in (NSUBJ, NSUBJPASS, DOBJ, DATIVE):
                continue
            if child.pos_ == "PRON" and child.i < token.i:
                found = self.resolve(child)
                child = found[0] if found else None
            if child is not None:
                at = self._antecedent_at(child)
                if at is not None:
                    labels.add(at.label)
        return labels

    def _antecedent_at(self, token: Token) -> Antecedent | None:
        for antecedent in self.antecedents:
            if antecedent.entity.start <= token.i < antecedent.entity.end:
                return antecedent
        return None

    def pair(self, token: Token) -> list[Antecedent]:
        """The two countries, organisations or people a plural description of a pair stands
        for ("Ruto meets Abiy in Addis Ababa ... *the two leaders*", as below).

        "The Security Council demanded a ceasefire between Armenia and Azerbaijan and
        called on *both countries* to withdraw", "Nvidia and AMD ... *the two companies*":
        a plural country or company head with "both", or "the two"
        (:data:`~extract.lexicon.PAIR_WORDS`), or one of either ("both sides", "the two
        neighbours": :func:`pair_types`), stands for the two named within the window
        of descriptions, but the other arguments of its verb: the only two there (when
        both are named in one sentence: not "Ethiopia ... the United States urged ... the
        two nations"), else
        the last one and the one coordinated with it, when it is one of a pair. Otherwise
        (one, or many and no pair) nobody.
        """
        types = pair_types(token)
        if not types:
            return []
        # (a country, not a region named as a place: "shelled a village in Tavush")
        accept = (None if types in (_ORG_TYPES, _PERSON_TYPES)
                  else lambda a: a.type == "ORG" or self.is_country(a.label))
        excluded = self._coarguments(token)  # "the Commission fined both companies"
        found = [a for a in self._in_window(token, types, _WINDOW["description"], accept)
                 if a.label not in excluded]
        named: dict[str, Antecedent] = {}
        for antecedent in found:
            named.pop(antecedent.label, None)
            named[antecedent.label] = antecedent  # in the order of their last mention
        if len(named) == 2:
            # both named in one sentence ("Apple sued Samsung"), not one here and one
            # there ("Ethiopia ... The United States urged ... the two nations")
            return list(named.values()) if any(
                {a.label for a in found if a.sentence == b.sentence} == set(named)
                for b in found) else []
        if len(named) < 2 or types == _PERSON_TYPES:
            # (of three people or more, which two "the two leaders" are is not said)
            return []
        last = found[-1]
        partners = {t.i for t in last.entity.root.conjuncts}
        if len(partners) != 1:
            return []  # "Shell, BP and Exxon ... both companies": which two is not said
        other = next((a for a in reversed(found) if a.entity.root.i in partners
                      and a.label != last.label), None)
        return [] if other is None else [other, last]

    def _in_window(self, token: Token, types: frozenset[str], window: int,
                   accept: Callable[[Antecedent], bool] | None = None) -> list[Antecedent]:
        """The antecedents of ``types`` named before ``token`` within ``window``
        sentences that ``accept`` takes, in the order of the text."""
        here = self.sentence_of(token)
        return [a for a in self.antecedents
                if a.entity.end <= token.i and here - a.sentence <= window
                and a.type in types and (accept is None or accept(a))]

    def _recent(self, token: Token, types: frozenset[str], *, window: int,
                prefer_subject: bool = False, subjects_only: bool = False,
                accept: Callable[[Antecedent], bool] | None = None) -> Antecedent | None:
        excluded = self._coarguments(token) if token.pos_ == "PRON" else set()
        candidates = [a for a in self._in_window(token, types, window, accept)
                      if a.label not in excluded]
        if subjects_only:
            candidates = [a for a in candidates if a.subject]
        if not candidates:
            return None
        if prefer_subject:
            # the most recent subject in the window, else the most recent mention
            subjects = [a for a in candidates if a.subject]
            return (subjects or candidates)[-1]
        return candidates[-1]

    def _kind_given(self, token: Token, window: int) -> Antecedent | None:
        """The one name in the window that is given with the head word of the
        description ``token``, right after it ("the Los Lobos gang", "the Likud party") or
        as its "of" phrase ("the town of Mocimboa da Praia", "the port city of Mocha"),
        or None (also when two are: which one is not said). Not a name inside the
        description's own phrase."""
        head = token.lemma_.lower()
        found = [a for a in self._in_window(token, _KIND_TYPES, window)
                 if a.entity.end <= token.left_edge.i
                 and head in (_kind_of(a.entity), _compound_kind(a.entity))]
        if len({a.label for a in found}) != 1:
            return None
        return found[-1]

    def _bloc(self, token: Token, antecedent: Antecedent, head: str) -> bool:
        """Whether a bloc description ("the bloc", "the alliance":
        :data:`~extract.lexicon.BLOC_DESCRIPTIONS`) fits a named antecedent: the description
        bare or with a nationality only ("the ruling alliance" is a party's), and the
        antecedent a name with the head ("the Alliance of Democratic Forces") or an
        intergovernmental body the actor dictionaries list, not one of the UN's family or a
        lender ("NATO" IGOWSTNAT, "the European Union" IGOEUREEC; not "the World Bank"
        IGOUNODEVWBK, "the IMF" IGOBUSIMF).

        Examples
        --------
        >>> from tests.docs import parse
        >>> doc = parse("NATO met . the alliance", '''
        ...     1 nsubj PROPN NATO NNP
        ...     1 ROOT VERB meet VBD
        ...     1 punct PUNCT . .
        ...     4 det DET the DT
        ...     4 ROOT NOUN alliance NN''')
        >>> nato = Antecedent(doc[0:1], "NATO", "ORG", 0, True)
        >>> un = Antecedent(doc[0:1], "United Nations", "ORG", 0, True)
        >>> coref = Coreference(doc, [nato], lambda word: None)
        >>> coref._bloc(doc[4], nato, "alliance"), coref._bloc(doc[4], un, "alliance")
        (True, False)
        """
        if any(c.dep_ != DET and self.country_of(c.text) is None for c in token.lefts):
            return False
        if _kind_in_name(antecedent.entity, head) or head in antecedent.label.lower().split():
            return True
        entry = lookup(antecedent.label) if antecedent.type == "ORG" else None
        return entry is not None and any(
            code.startswith("IGO") and not code.startswith(("IGOUNO", "IGOBUS"))
            for code, _, _ in entry.codes)

    def _fits_description(self, token: Token, antecedent: Antecedent, *,
                          head: str | None = None) -> bool:
        """Whether a named antecedent fits a description (``head``: its head word as a
        lemma, when another than its own, as "government" for any state body)."""
        head = head or token.lemma_.lower()
        if _medium(antecedent) and head not in _COMPANY_WORDS:
            return False  # "the page of Instagram ... the organisation": not Instagram
        if (STATE_OFFICE_WORDS if head == "group" else PUBLIC_BODY_WORDS) & set(
                f"{antecedent.label} {antecedent.entity.text}".lower().split()) \
                and head in _NOT_PUBLIC_BODY_WORDS:
            # "the SEC said ... before the company disclosed": not the SEC; "the Interior
            # Ministry said ... The ministry said the group had planned to blow up
            # pylons": the group the police arrested, not the ministry
            return False
        if head in BLOC_DESCRIPTIONS and not self._bloc(token, antecedent, head):
            return False  # "NATO ... the alliance", not the last organisation named
        if antecedent.type == "ORG" and _other_sector(antecedent, head):
            return False  # "the World Bank ... the carrier", "Boeing ... the agency"
        if head in COUNTRY_WORDS and not self.is_country(antecedent.label):
            return False
        if head in CITY_WORDS and self.is_country(antecedent.label):
            return False
        if head in _KIND_PLACE_HEADS and _other_place_kind(antecedent, head):
            return False  # "Butte County ... the state": a county is no state
        if head in RULING_HEADS and _locating(antecedent.entity.root):
            return False  # "a spokesman in Madras, India": where the city is, not who rules
        if head in RULING_HEADS and posted_abroad(antecedent.entity.root):
            return False  # "two French diplomats were expelled. The government": the host's
        countries = set()
        for child in token.lefts:
            country = self.country_of(child.text)
            if country:
                countries.add(country)
        if countries and not (countries & antecedent.countries or
                              antecedent.label in countries):
            return False
        if head in BROADCASTER_DESCRIPTIONS:
            return _broadcaster(antecedent, head)  # "the station": Radio France Internationale
        if head in NAMED_KINDS:
            # "the party" is a party only if it is called one ("the Labour Party", "the
            # Likud party"), not the organisation named last ("COVID-19", "the EU")
            # ("the Spanish team Orbea-Castilla ... the team": the kind right before it)
            entity = antecedent.entity
            after = entity.doc[entity.end].lemma_.lower() if entity.end < len(entity.doc) else ""
            before = entity.doc[entity.start - 1].lemma_.lower() if entity.start else ""
            # ("The United Auto Workers struck Chrysler ... *the union*": a union whose
            # name the actor dictionaries read as labour, :func:`_labour_union`)
            return (head in (after, before, _compound_kind(entity))
                    or head in f"{antecedent.label} {entity.text}".lower().split()
                    or head in UNION_HEADS and _labour_union(antecedent))
        if antecedent.type != "PERSON" or head in ANY_PERSON_WORDS:
            return True
        if head in antecedent.roles:
            return True
        # "the leader" fits a president or an emir; "the Queen" fits only a queen
        return head in ANY_LEADER_WORDS and bool(antecedent.roles & LEADER_WORDS)
