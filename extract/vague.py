"""Arguments too vague or too broken to be a participant.

A triple whose side is a common-noun phrase (a CONCEPT) that says nothing on
its own is dropped: a bare abstract head ("announced *his plan*", "disagreed
with *the correlation*", "has *a lot*") or a fragment of a word or phrase the
parse cut apart ("*re*-election", "second *and place*"). A name, or a noun
compound, before the head keeps the phrase ("the *Paris* plan", "*peace*
plan"): it says which one. The heads are :data:`~extract.lexicon.VAGUE_HEADS`
(``extract/data/words.txt``); abstract nouns made with -ness, -ization or
-isation are vague too. Of them, a course or rule (``[course_heads]``: options,
alternatives, procedures, obstacles) is kept when a clause or a counted phrase
after it, or an adjective of the one laid down, says which ("procedures laid down
in the pay deal", "took options on four more jets", "had not followed proper
procedure"; not "would explore alternatives").

Other arguments that name no one who acts or is acted on:

* a group of things told only by "other" (:func:`other_group`: "cut tariffs on
  other goods"; people, or a name in the phrase, keep it);
* the unnamed parties of a group or deal that a verb of including lists
  (:func:`listed_members`: "shareholders in the airline will include Qatar
  Airways"; "NATO's members" are NATO);
* an object owned by a possessive pronoun whose owner is not found
  (:func:`unowned`: "would not reopen *its contract*"), unless its subject is the only
  one who may own it (then labelled so: ``ActorResolver.sole_owner``);
* a bare definite thing that points back to one the text named
  (:func:`pointed_back`), an unnamed singular subject that is no agent
  (:func:`vague_agent`), and the like, each described where it is defined.

Examples
--------
>>> import spacy
>>> from spacy.tokens import Doc
>>> words = ["Biden", "announced", "his", "plan", "and", "the", "peace", "plan"]
>>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 3, 1, 3, 7, 7, 3],
...           deps=["nsubj", "ROOT", "poss", "dobj", "cc", "det", "compound", "conj"],
...           pos=["PROPN", "VERB", "PRON", "NOUN", "CCONJ", "DET", "NOUN", "NOUN"],
...           lemmas=["Biden", "announce", "his", "plan", "and", "the", "peace", "plan"])
>>> vague_phrase(doc[3]), vague_phrase(doc[7])
(True, False)
>>> fragment_label("re"), fragment_label("and place"), fragment_label("peace plan")
(True, True, False)
"""

from __future__ import annotations

import functools

from actorgraph.extract.context import conditional, to_infinitive
from actorgraph.extract.deps import (
    ACL,
    AMOD,
    APPOS,
    ATTR,
    CC,
    CCOMP,
    COMPOUND,
    CONJ,
    DET,
    DOBJ,
    MARK,
    NMOD,
    NSUBJ,
    POBJ,
    POSS,
    PREP,
    PUNCT,
    RELCL,
)
from actorgraph.extract.dictionary import agent_phrase, official_kind, sector_of
from actorgraph.extract.lexicon import (
    AGENT_NOUNS,
    ARTICLES,
    BAD_STARTS,
    BODY_NOUNS,
    CLAIM_NOUNS,
    CONTRASTING_MODIFIERS,
    COURSE_HEADS,
    DEFINITE_DETERMINERS,
    DEFINITE_WORDS,
    DENIAL_VERBS,
    DENIED_INTENTION_VERBS,
    ENDING_VERBS,
    GENERIC_DETERMINERS,
    GROUP_HEADS,
    GROUP_NOUNS,
    HELD_POSITIONS,
    HOLDING_VERBS,
    INCLUSION_VERBS,
    INTENTION_OR_REFUSAL_NOUNS,
    LISTED_MEMBER_HEADS,
    MILITARY_HEADS,
    NAMED_KINDS,
    OFFICIAL_BODY_HEADS,
    ORGANISATION_KIND_HEADS,
    OWNER_WORDS,
    PERSON_AGENT_NOUNS,
    PLACE_PREPS,
    PLACED_HOLDING_VERBS,
    POINTING_NOUNS,
    PRESCRIBED_MODIFIERS,
    QUANTITY_HEADS,
    RECIPROCAL_NOUNS,
    RELATIONAL_HEADS,
    REPORTING_VERBS,
    SITED_HEADS,
    TIE_COURSE_VERBS,
    TIME_UNITS,
    VAGUE_HEADS,
)
from actorgraph.extract.tree import in_lead, kids
from spacy.tokens import Token

__all__ = ["ABSTRACT_SUFFIXES", "bare_definite", "described_speaker", "fragment_label",
           "hypothetical_agent", "kind_of_body", "listed_members", "named_one", "noun_infinitive",
           "official_body", "other_group", "partnerless", "people_lemma", "person_lemma",
           "person_noun", "placed_holding", "pointed_back", "unowned", "unsaid_claim",
           "vague_agent", "vague_phrase"]

#: Suffixes of abstract nouns that are vague when bare ("nationalization", "awareness").
ABSTRACT_SUFFIXES = ("ness", "ization", "isation")
#: Endings of nouns of a person ("guitarist", "actress", "chairman", "spokesperson"; and
#: "schoolchildren", which the lemmatiser leaves plural).
_PERSON_SUFFIXES = ("ist", "ess", "man", "woman", "person", "child", "children")
#: Dependencies of a head's children that say which one it is.
_SPECIFYING_DEPS = frozenset({COMPOUND, NMOD, POSS, AMOD})
#: Endings of nouns that may name who does something ("buyer", "investor", "participant",
#: "resident"): such a group told only by "other" is still a party (:func:`other_group`).
_PARTY_ENDINGS = ("er", "or", "ant", "ent", "ist")


def _names_something(token: Token) -> bool:
    return bool(token.ent_type_) or token.pos_ == "PROPN" or (
        token.pos_ == "NOUN" and token.dep_ in (COMPOUND, NMOD))


def vague_phrase(head: Token) -> bool:
    """Whether the common-noun phrase headed by ``head`` is a bare vague head.

    Only determiners, possessive pronouns, numbers and plain adjectives stand
    with it ("his plan", "one more theory", "good intentions"); a name or a
    noun before the head keeps it. What follows the head is not in the
    argument's label ("the correlation between X and Y" is shown as
    "correlation"), so it does not count. A relational head
    (:data:`~extract.lexicon.RELATIONAL_HEADS`: "family", "series", "protection")
    is vague without a name before it unless its short complement is in the label
    ("the family of Jacob Blake" is kept; "a series of seven pardons and four
    commutations", too long for a label, and "the family" are not).
    """
    lemma = head.lemma_.lower()
    relational = lemma in RELATIONAL_HEADS or head.lower_ in RELATIONAL_HEADS
    if not relational and lemma not in VAGUE_HEADS and not lemma.endswith(ABSTRACT_SUFFIXES):
        return False
    if head.ent_type_ or head.pos_ == "PROPN":
        return False
    if relational and _complemented(head):
        return False  # "the family of Jacob Blake": the label keeps the complement
    if _infinitive_said(head):
        return False  # "a plan to cut farm subsidies": the label keeps the infinitive
    if lemma in QUANTITY_HEADS and any(c.dep_ == PREP and c.lower_ == "of" for c in head.rights):
        return False  # "a majority of the seats" stands for the seats
    if lemma in COURSE_HEADS and _course_said(head):
        return False  # "procedures laid down in the wage agreement", "proper procedure"
    for child in head.lefts:
        if child.dep_ in _SPECIFYING_DEPS and any(_names_something(t) for t in child.subtree):
            return False
    return True


def _course_said(head: Token) -> bool:
    """Whether a course or rule (:data:`~extract.lexicon.COURSE_HEADS`) says which one it
    is by a phrase after it or an adjective of the one laid down: "procedures laid down in
    the wage agreement", "an option for an extra 500,000 tonnes", "took options on six more
    jets", "the options proposed by Moscow", "had not followed proper procedure"
    (:data:`~extract.lexicon.PRESCRIBED_MODIFIERS`): a clause after it, or a phrase after
    it with a number (also one the parser hung on the verb), not set off by a comma; not
    "would explore alternatives", "was studying its options", "new obstacles",
    "alternatives for its leasing unit", "its options in Syria", "alternatives, including
    a sale of X"."""
    if any(c.dep_ == AMOD and c.lemma_.lower() in PRESCRIBED_MODIFIERS for c in head.lefts):
        return True
    after = head.doc[head.right_edge.i + 1] if head.right_edge.i + 1 < len(head.doc) else None
    # the parser may hang the phrase on the verb: "took options on four more jets"
    hung = [after] if after is not None and after.dep_ == PREP and after.head == head.head \
        and head.dep_ == DOBJ else []
    for child in [*head.rights, *hung]:
        if any(t.dep_ == PUNCT for t in head.doc[head.i + 1:child.i]):
            continue  # set off by a comma: "alternatives, including a sale of X"
        if child.dep_ in (ACL, RELCL) and any(True for _ in child.children):
            return True  # "procedures laid down in ...", "the options proposed by Moscow"
        if child.dep_ == PREP and any(
                t.like_num for o in child.children if o.dep_ == POBJ
                for t in o.subtree):
            return True  # "an option for an additional 500,000 tonnes", "options on six jets"
    return False


def _complemented(head: Token) -> bool:
    """Whether a concept's label keeps a short complement
    (:func:`extract.actors.concept_complement`, imported when first used: the actors
    module reads this one through coreference)."""
    from actorgraph.extract.actors import concept_complement

    return concept_complement(head) is not None


def _infinitive_said(head: Token) -> bool:
    """Whether a concept's label keeps the infinitive that says which one it is
    (:func:`extract.actors.said_infinitive`, imported when first used, as in
    :func:`_complemented`): "welcomed a plan to cut farm subsidies". Not an intention
    its verb's subject holds, gives up or denies ("Siemens announced plans to buy X",
    "dropped its bid to buy Y"): the subject's own intention triple says it ("plan to
    buy" X), and the bare noun stays no argument."""
    from actorgraph.extract.actors import said_infinitive

    verb = said_infinitive(head)
    if verb is None:
        return False
    return not (to_infinitive(verb) and head.lemma_.lower() in INTENTION_OR_REFUSAL_NOUNS
                and head.dep_ == DOBJ and head.head.lemma_.lower() in
                HOLDING_VERBS | DENIED_INTENTION_VERBS)


def vague_agent(head: Token) -> bool:
    """Whether an unnamed subject phrase is a singular thing too vague to be who acted.

    "The bus carried children", "the party controls the Senate", "the
    territory belonged to Syria": a singular common noun with no name in its
    phrase stands for something the text names elsewhere, and the triple
    loses it. A person or group who acts ("a suspect", "the driver", "a
    soldier", "a guitarist", "the coalition": the CAMEO agent nouns,
    ``[agent_nouns]`` of ``extract/data/words.txt`` and nouns ending in -ist,
    -ess, -man or -person), a plural ("protesters", "attendees"), a
    capitalised name the tagger took for a common noun, or a phrase with a
    name ("the Gaza bus") is kept.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["the", "bus", "the", "suspect", "protesters"],
    ...           tags=["DT", "NN", "DT", "NN", "NNS"], pos=["DET", "NOUN", "DET", "NOUN", "NOUN"],
    ...           lemmas=["the", "bus", "the", "suspect", "protester"])
    >>> vague_agent(doc[1]), vague_agent(doc[3]), vague_agent(doc[4])
    (True, False, False)
    """
    if head.tag_ != "NN" or head.pos_ != "NOUN" or head.ent_type_:
        return False
    if head.text[:1].isupper() and (not head.is_sent_start or any(
            t.text == head.text and not t.is_sent_start for t in head.doc)):
        return False  # a name the tagger took for a common noun ("Trump insulted Biden")
    lemma = head.lemma_.lower()
    if lemma in QUANTITY_HEADS or _agent_lemma(lemma):
        return False  # a person, or a quantity of what follows ("a group of soldiers")
    if kind_of_body(head):
        return False  # "the electoral commission", "an armed group": a body that acts
    if _body_of_a_name(head):
        return False  # "the board of the UN nuclear watchdog": whose body it is is named
    return not any(t.ent_type_ or t.pos_ == "PROPN" for c in head.lefts for t in c.subtree)


def _body_of_a_name(head: Token) -> bool:
    """Whether an organisation's head (as :func:`kind_of_body`) has an "of" phrase that
    names whose it is: "the board of the UN nuclear watchdog", "the council of the
    African Union" (the named owner's body, no thing the text names elsewhere)."""
    lemma = head.lemma_.lower()
    if lemma not in NAMED_KINDS and lemma not in GROUP_HEADS \
            and lemma not in ORGANISATION_KIND_HEADS:
        return False
    return any(t.ent_type_ or t.pos_ == "PROPN" for prep in head.rights
               if prep.dep_ == PREP and prep.lower_ == "of" for t in prep.subtree)


def official_body(head: Token) -> bool:
    """Whether an official body's head (``[official_body_heads]``) has right before it the
    kind word of a CAMEO agent phrase of a state body (:func:`~extract.dictionary.
    official_kind`): "the electoral authority", "the electoral bureau" (as "electoral
    commission"), "the intelligence directorate" (as "intelligence bureau"). The phrase
    says what kind of body acted, though it names none; "the authority" alone points back.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["the", "electoral", "bureau", "the", "bureau"],
    ...           heads=[2, 2, 2, 4, 4], deps=["det", "amod", "ROOT", "det", "ROOT"],
    ...           lemmas=["the", "electoral", "bureau", "the", "bureau"])
    >>> official_body(doc[2]), official_body(doc[4])
    (True, False)
    """
    if head.i == 0:
        return False
    before = head.doc[head.i - 1]
    return (before.head.i == head.i and before.dep_ in (AMOD, COMPOUND)
            and official_kind(before.lower_, head.lemma_.lower(), OFFICIAL_BODY_HEADS))


def kind_of_body(head: Token) -> bool:
    """Whether an organisation's head and the words before it are a CAMEO agent phrase
    ("the electoral commission", "the central bank", "an armed group"): the phrase says
    what kind of body acted, though no word of it does alone ("the commission", "the
    group"). Only organisation heads (``[named_kinds]``, ``[group_heads]``,
    ``[organisation_kind_heads]``): a vehicle's phrase ("a cargo ship") is a thing. An
    official body's head (``[official_body_heads]``) with the kind word of such a phrase
    right before it is one too: "the electoral authority", "the electoral bureau" (as
    "electoral commission", :func:`~extract.dictionary.official_kind`)."""
    if official_body(head):
        return True
    lemma = head.lemma_.lower()
    if lemma not in NAMED_KINDS and lemma not in GROUP_HEADS \
            and lemma not in ORGANISATION_KIND_HEADS:
        return False
    start = head.left_edge.i
    return agent_phrase([t.lower_ for t in head.doc[start:head.i]] + [lemma])


def bare_definite(head: Token) -> bool:
    """Whether a subject is a bare definite common noun: "the court", "the workers",
    "his troops", with nothing else that says which.

    "The workers blocked a main highway", "the court has blocked a government
    decision", "the team would appeal": the phrase points back to someone the
    text names elsewhere; left unresolved, the triple says only "court" or
    "workers" did it. A bare plural with no determiner is a group of its own kind
    ("Gunmen kidnapped 24 students"), and any other word in the phrase ("the
    Kenyan court", "workers at the mine", "the court in Nairobi") says which. Only
    people or a body of people (:func:`person_lemma`, ``[group_nouns]``,
    ``[body_nouns]``): a thing is its own ("the coronavirus causes COVID-19"). Only after
    the text's first sentence: there the phrase points back; in a lead ("The court freed
    X") it introduces its own.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["Rain", "fell", "the", "court", "blocked", "gunmen"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 3, 4, 4, 4],
    ...           deps=["nsubj", "ROOT", "det", "nsubj", "ROOT", "dobj"],
    ...           pos=["NOUN", "VERB", "DET", "NOUN", "VERB", "NOUN"],
    ...           tags=["NN", "VBD", "DT", "NN", "VBD", "NNS"],
    ...           lemmas=["rain", "fall", "the", "court", "block", "gunman"])
    >>> bare_definite(doc[3]), bare_definite(doc[5])
    (True, False)
    """
    if head.pos_ != "NOUN" or head.ent_type_ or in_lead(head):
        return False  # (in a text's first sentence it is introduced, not pointed back to)
    lemma = head.lemma_.lower()
    if not people_lemma(lemma):
        return False  # a thing: "the coronavirus causes COVID-19"
    children = [c for c in kids(head) if c.dep_ != PUNCT]
    return (len(children) == 1 and children[0].i < head.i
            and children[0].dep_ in (DET, POSS) and children[0].lower_ in DEFINITE_WORDS)


def hypothetical_agent(head: Token, predicate: Token) -> bool:
    """Whether an unnamed subject is anyone at all, or one only supposed: no party acts.

    "If any group acquires 20 pct of Westbrook", "any company that trades with Iran will
    face sanctions", "every bank that lends to Nauru" (a determiner of
    ``[generic_determiners]``: "any", "every"), or an indefinite one in a condition ("the
    rights become exercisable if a person or group acquires 15 pct of Acme", "unless a
    buyer bids for the plant": "a" or "an" in a clause of :func:`conditional`). The
    triple would say that "group" acquired Westbrook: it names no one. A coordinated noun
    with none of its own takes the determiner of the first ("a person or group"). A name
    before the head says whose it is, and the triple stays (hedged as its clause is):
    "if a Russian missile hits Poland", "every NATO member condemned the invasion". A
    definite or bare subject ("if the group acquires", "if shareholders approve") points
    back to someone, and is left to the other rules.

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("if any group buys Acme , a bank sold Beta", '''
    ...     3 mark SCONJ if IN
    ...     2 det DET any DT
    ...     3 nsubj NOUN group NN
    ...     8 advcl VERB buy VBZ
    ...     3 dobj PROPN Acme NNP
    ...     8 punct PUNCT , ,
    ...     7 det DET a DT
    ...     8 nsubj NOUN bank NN
    ...     8 ROOT VERB sell VBD
    ...     8 dobj PROPN Beta NNP''')
    >>> hypothetical_agent(doc[2], doc[3]), hypothetical_agent(doc[7], doc[8])
    (True, False)
    """
    if head.pos_ != "NOUN" or head.ent_type_ or any(
            c.ent_type_ or c.pos_ == "PROPN" for c in head.lefts):
        return False  # "if a Russian missile hits Poland", "every NATO member": a name says whose
    first = head
    while first.dep_ == CONJ and first.head.pos_ == "NOUN" and not any(
            c.dep_ in (DET, POSS) for c in first.lefts):
        first = first.head  # "a person or group": the determiner of the first
    determiner = next((c.lower_ for c in first.lefts if c.dep_ == DET), None)
    if determiner in GENERIC_DETERMINERS:
        return True
    return determiner in _INDEFINITE_ARTICLES and conditional(predicate)


#: "a", "an": the articles of a subject only supposed in a condition (built once; asked of
#: every unnamed subject).
_INDEFINITE_ARTICLES = ARTICLES - DEFINITE_WORDS


def listed_members(head: Token, predicate: Token) -> bool:
    """Whether an unnamed subject is the parties of a group or deal that a verb of
    including lists: "Partners in the venture will include Montedison", "members include
    Malaysia and Thailand", "other bidders include Siemens". The triple would say that
    "partners" include Montedison: no one acts, and whose partners they are is said
    elsewhere or not at all. Heads: :data:`~extract.lexicon.LISTED_MEMBER_HEADS`, verbs:
    :data:`~extract.lexicon.INCLUSION_VERBS`. The caller asks only of a subject left a
    concept, with no possessor or named "of" phrase: "NATO's members", "the ATPC, whose
    members include ..." stand for the body, "Acme, whose shareholders include X" are
    Acme's shareholders.

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("members include Malaysia , troops include Gurkhas", '''
    ...     1 nsubj NOUN member NNS
    ...     1 ROOT VERB include VBP
    ...     1 dobj PROPN Malaysia NNP
    ...     1 punct PUNCT , ,
    ...     5 nsubj NOUN troop NNS
    ...     1 conj VERB include VBP
    ...     5 dobj PROPN Gurkhas NNP''')
    >>> listed_members(doc[0], doc[1]), listed_members(doc[4], doc[5])
    (True, False)
    """
    return (head.pos_ == "NOUN" and not head.ent_type_ and head.tag_ == "NNS"
            and head.lemma_.lower() in LISTED_MEMBER_HEADS
            and predicate.lemma_.lower() in INCLUSION_VERBS
            # a possessor says whose they are ("Acme, whose shareholders include X": Acme's
            # shareholders), as does a name in an "of" or "in" phrase ("members of NATO")
            and not any(c.dep_ == POSS for c in head.lefts)
            and not any(_names_something(o) for p in head.rights if p.dep_ == PREP
                        for o in p.children if o.dep_ == POBJ))


def pointed_back(head: Token) -> bool:
    """Whether an object is a bare definite thing that points back to one the text named
    before: "Pakistan rejected the charge", "Moscow welcomed the draft", "has not replied
    to the request", "will review the quotas" (after the text's first sentence; only
    "the", "this", "that", "these" or "those" with the noun, nothing else). Left so, the
    triple says only "charge" or "draft": which one is in an earlier sentence. Only nouns of
    what someone said or asked (``[pointing_nouns]``): "beat the virus", "passed the bill"
    say enough; any other word in the phrase ("the Soviet draft", "the charge
    of spying", "the request to defer shipments") says which.

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("Rain fell . Iran rejected the charge and the Soviet draft", '''
    ...     1 nsubj NOUN rain NN
    ...     1 ROOT VERB fall VBD
    ...     1 punct PUNCT . .
    ...     4 nsubj PROPN Iran NNP
    ...     4 ROOT VERB reject VBD
    ...     6 det DET the DT
    ...     4 dobj NOUN charge NN
    ...     6 cc CCONJ and CC
    ...     10 det DET the DT
    ...     10 amod ADJ soviet JJ
    ...     6 conj NOUN draft NN''')
    >>> pointed_back(doc[6]), pointed_back(doc[10])
    (True, False)
    """
    if head.pos_ != "NOUN" or head.ent_type_ or in_lead(head):
        return False
    if head.lemma_.lower() not in POINTING_NOUNS:
        return False  # ("beat the virus", "passed the bill", "the media" are said plainly)
    children = [c for c in kids(head) if c.dep_ not in (PUNCT, CC, CONJ)]
    return (len(children) == 1 and children[0].i < head.i and children[0].dep_ == DET
            and children[0].lower_ in DEFINITE_DETERMINERS)


def partnerless(head: Token, label: str) -> bool:
    """Whether an object is a bare tie or event between partners, labelled by its noun
    alone, that a verb opens, carries on or ends: "ended *two days of talks*", "refused to
    open *talks* with the partnership", "was ready to resume *talks*", "moved in to end *a
    week of fighting* between X and Y"
    (:data:`~extract.lexicon.RECIPROCAL_NOUNS` after :data:`~extract.lexicon.ENDING_VERBS`
    or :data:`~extract.lexicon.TIE_COURSE_VERBS`, also through a span of time,
    :data:`~extract.lexicon.TIME_UNITS`). The triple says only that someone began or
    ended "talks" or "fighting", not between whom (judged partly in 13 of 14 tune
    judgements of sheets 25-40, session 48). A word kept in the label ("peace talks",
    "talks with Iran") says which, and keeps it; so does any other verb ("signed the
    treaty", "blocked the merger", "hosted talks" are acts of their own).

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("Iran ended the talks", '''
    ...     1 nsubj PROPN Iran NNP
    ...     1 ROOT VERB end VBD
    ...     3 det DET the DT
    ...     1 dobj NOUN talk NNS''')
    >>> partnerless(doc[3], "talks"), partnerless(doc[3], "talks with Iraq")
    (True, False)
    """
    noun = tie = head
    if head.lemma_.lower() in TIME_UNITS:  # "ended two days of talks": the talks
        tie = next((o for c in head.rights if c.dep_ == PREP and c.lower_ == "of"
                    for o in kids(c) if o.dep_ == POBJ), head)
    elif (head.dep_ == POBJ and head.head.lower_ == "of"
          and head.head.head.lemma_.lower() in TIME_UNITS):
        noun = head.head.head
    if tie.pos_ != "NOUN" or tie.ent_type_ or tie.lemma_.lower() not in RECIPROCAL_NOUNS:
        return False
    if label.casefold() not in (tie.lower_, tie.lemma_.lower()):
        return False
    verb = noun.head
    return (noun.dep_ == DOBJ and verb.pos_ == "VERB"
            and verb.lemma_.lower() in ENDING_VERBS | TIE_COURSE_VERBS)


def unsaid_claim(head: Token, label: str, relation: str) -> bool:
    """Whether an object is a claim that a verb of denial rebuts, labelled with no name
    that says whose claim or about whom: "Pakistan has repeatedly denied *charges* by Moscow
    that it supplies weapons", "denied *a published report* that it was in talks",
    "Bank Indonesia denied *market rumours*" (a noun of
    :data:`~extract.lexicon.CLAIM_NOUNS` after a verb of :data:`~extract.lexicon.DENIAL_VERBS`,
    the relation the verb alone). What is denied is the claim's content, which its own
    triple gives, negated ("Pakistan —supply→ weapons", negated); "deny | charges" names
    no one and says not what was charged (judged partly in 11 of 12 tune judgements of
    sheets 25-40, session 48). Only a claim whose content a "that" clause after it says
    ("Kabul denies the charges" says no more, and stays). A name in the label says whose
    claim it is ("Iraq's charges", "market speculation that pushed Ranks") and keeps it,
    as does a complement in the label that says what is claimed ("rumours of
    devaluation"), a deed denied ("denied involvement", "denied wrongdoing") and any other
    verb ("investigate reports").

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("Pakistan denied the charges that it armed them", '''
    ...     1 nsubj PROPN Pakistan NNP
    ...     1 ROOT VERB deny VBD
    ...     3 det DET the DT
    ...     1 dobj NOUN charge NNS
    ...     6 mark SCONJ that IN
    ...     6 nsubj PRON it PRP
    ...     3 acl VERB arm VBD
    ...     6 dobj PRON they PRP''')
    >>> unsaid_claim(doc[3], "charges", "deny"), unsaid_claim(doc[3], "Iraq's charges", "deny")
    (True, False)
    """
    if (relation not in DENIAL_VERBS or head.pos_ != "NOUN" or head.ent_type_
            or head.lemma_.lower() not in CLAIM_NOUNS or label != label.lower()):
        return False
    # ("rumours of a devaluation": the label's complement says what is claimed)
    if label.split()[-1:] not in ([head.lower_], [head.lemma_.lower()]):
        return False
    # only a claim whose content a "that" clause after it says, which has its own triple
    # ("Kabul denies the charges" says no more than that, and stays)
    return any(t.lower_ == "that" and t.dep_ == MARK and t.i > head.i
               and t.head.dep_ in (ACL, CCOMP) and t.head.head.i in (head.i, head.head.i)
               for t in head.head.subtree)


def placed_holding(head: Token, label: str, relation: str) -> bool:
    """Whether an object is bare forces or a bare site
    (:data:`~extract.lexicon.MILITARY_HEADS`, :data:`~extract.lexicon.SITED_HEADS`,
    :data:`~extract.lexicon.HELD_POSITIONS`) that its subject is said to have somewhere,
    the place left out of the triple: "the Defence Force said it had no troops *in
    Angola*", "denied that the movement had any base *in the town*", "keeps troops *on
    the border*" (a verb of :data:`~extract.lexicon.PLACED_HOLDING_VERBS`, the relation the
    verb alone, and a place phrase, :data:`~extract.lexicon.PLACE_PREPS` or "on", on the
    verb or on the object). The point is where: "have | troops" says nothing of it
    (judged partly in all 6 tune judgements of sheets 25-40, session 48), and a named
    place makes its own triple ("have troop in" Chad). A label that keeps more than its
    noun ("troops in Chad", "Libyan troops") stays, as does a holding with no place
    ("has 9.8 pct of its stock") and anything else had ("had never had an accident in its
    history").

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("Libya had troops in Chad", '''
    ...     1 nsubj PROPN Libya NNP
    ...     1 ROOT VERB have VBD
    ...     1 dobj NOUN troop NNS
    ...     1 prep ADP in IN
    ...     3 pobj PROPN Chad NNP''')
    >>> placed_holding(doc[2], "troops", "have"), placed_holding(doc[2], "troops", "send")
    (True, False)
    """
    if relation not in PLACED_HOLDING_VERBS or head.pos_ != "NOUN" or head.dep_ != DOBJ:
        return False
    if label.casefold() not in (head.lower_, head.lemma_.lower()) or not (
            {head.lower_, head.lemma_.lower()} & (MILITARY_HEADS | SITED_HEADS | HELD_POSITIONS)):
        return False
    preps = PLACE_PREPS | {"on"}
    return any(c.dep_ == PREP and c.lower_ in preps and any(o.dep_ == POBJ for o in kids(c))
               for tok in (head.head, head) for c in tok.rights)


#: Entity types of a date or a figure, which say no name ("its 1985 leveraged buyout").
_FIGURE_TYPES = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL",
                           "CARDINAL"})


def unowned(head: Token, label: str) -> bool:
    """Whether an object says whose it is by a possessive pronoun its label has lost:
    "the union said it would not reopen *its contract*", "Colombia might sell more coffee
    to defend *its share*", "the two sides agreed to withdraw *their forces*". When the
    pronoun's owner is found the label says it ("Mexico's budget deficit",
    :meth:`extract.actors.ActorResolver._pronoun_possessor`); when it is not (a person's
    "his", an owner that may be another, a clause the subject is inherited into), the
    label says only "contract" or "share", and the triple no longer says which one. A
    phrase after the head in the label ("reserves against loans", "plans to seek
    control", "programme of tax cuts") still says which, and keeps it, as does a name
    before the head ("its Quickpage product"; not a date or a figure: "its 1985 buyout").

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("Acme reopened its contract", '''
    ...     1 nsubj PROPN Acme NNP
    ...     1 ROOT VERB reopen VBD
    ...     3 poss PRON its PRP$
    ...     1 dobj NOUN contract NN''')
    >>> unowned(doc[3], "contract"), unowned(doc[3], "Acme's contract")
    (True, False)
    """
    if head.pos_ != "NOUN" or head.ent_type_:
        return False
    if not any(c.dep_ == POSS and c.pos_ == "PRON" and c.lower_ in OWNER_WORDS
               for c in head.lefts):
        return False
    if "'" in label or "\u2019" in label:
        return False  # the owner is in the label: "Mexico's budget deficit"
    if any(t.pos_ == "PROPN" or (t.ent_type_ and t.ent_type_ not in _FIGURE_TYPES)
           for c in head.lefts if c.dep_ != POSS for t in c.subtree):
        return False  # a name says which: "its Quickpage product", "its Model 40 controllers"
    last = label.split()[-1].lower() if label.split() else ""
    return last in (head.lower_, head.lemma_.lower())


def other_group(head: Token) -> bool:
    """Whether an object is a group of common nouns told only by "other"
    (:data:`~extract.lexicon.CONTRASTING_MODIFIERS`): "had not discussed extending the
    partnership to other products", "had no other talks under way", "cut tariffs on other
    goods". The phrase says the group is not one named elsewhere and never which it is;
    its label ("products", "talks") reads as if it were the whole kind. People, or nouns
    that may name who does something, are still a party ("is negotiating with other
    potential buyers", "hired other workers", "other investors"). A
    name anywhere in the phrase ("other members of OPEC", "other buyers for the Nebraska
    plant") says which, and keeps it; a nationality does not ("other Japanese carmakers"
    are still not said).

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("Orion moved other metals and other goods from Zurich to other buyers", '''
    ...     1 nsubj PROPN Orion NNP
    ...     1 ROOT VERB move VBD
    ...     3 amod ADJ other JJ
    ...     1 dobj NOUN metal NNS
    ...     3 cc CCONJ and CC
    ...     6 amod ADJ other JJ
    ...     3 conj NOUN good NNS
    ...     6 prep ADP from IN
    ...     7 pobj PROPN Zurich NNP
    ...     1 prep ADP to IN
    ...     11 amod ADJ other JJ
    ...     9 pobj NOUN buyer NNS''')
    >>> other_group(doc[3]), other_group(doc[6]), other_group(doc[11])
    (True, False, False)
    """
    if head.pos_ != "NOUN" or head.ent_type_:
        return False
    lemma = head.lemma_.lower()
    if head.lower_ != "others":  # ("wounded 16 others": no one said)
        if people_lemma(lemma) or lemma.endswith(_PARTY_ENDINGS):
            return False  # unnamed people are still a party: "negotiating with other buyers"
        if not any(c.dep_ == AMOD and c.lower_ in CONTRASTING_MODIFIERS for c in head.lefts):
            return False
    phrase = [t for c in kids(head) if c.dep_ not in (CC, CONJ, PUNCT) for t in c.subtree]
    return not any(t.pos_ == "PROPN" or t.ent_type_ not in ("", "NORP", "CARDINAL")
                   for t in phrase)


def described_speaker(predicate: Token, obj: Token) -> bool:
    """Whether an object is the description of the speaker named right after it, in a
    closing attribution the parse read as a relative clause: "..., the official news
    agency Tass reported.", "..., the state news agency IRNA said." The noun phrase
    after the comma and the name are one phrase, the speaker; "Tass reported the agency"
    is no triple. A relative clause without "that" inside a sentence ("denied the charges
    Reuters reported", no comma before the noun) is kept.

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("X rose , the news agency Tass reported .", '''
    ...     1 nsubj PROPN X NNP
    ...     1 ROOT VERB rise VBD
    ...     1 punct PUNCT , ,
    ...     5 det DET the DT
    ...     5 compound NOUN news NN
    ...     1 punct NOUN agency NN
    ...     7 nsubj PROPN Tass NNP
    ...     5 relcl VERB report VBD
    ...     7 punct PUNCT . .''')
    >>> described_speaker(doc[7], doc[5])
    True
    """
    if predicate.dep_ != RELCL or predicate.head.i != obj.i or obj.pos_ != "NOUN":
        return False
    if predicate.lemma_.lower() not in REPORTING_VERBS:
        return False
    speaker = next((c for c in kids(predicate) if c.dep_ == NSUBJ), None)
    if speaker is None or speaker.left_edge.i != obj.i + 1 or not (
            speaker.ent_type_ or speaker.pos_ == "PROPN"):
        return False
    # (the noun's own words: the parse may hang the sentence before on it)
    before = min((c.left_edge.i for c in obj.lefts if c.dep_ in _SPECIFYING_DEPS | {DET}),
                 default=obj.i) - 1
    closing = all(t.is_punct or t.is_space for t in obj.doc[predicate.i + 1:predicate.sent.end])
    return before >= 0 and obj.doc[before].text == "," and closing


def person_noun(head: Token) -> bool:
    """Whether a common noun may name a person who acts ("the driver", "a lawyer").

    The CAMEO agent nouns, ``[agent_nouns]`` of ``extract/data/words.txt`` and nouns
    ending in -ist, -ess, -man, -woman or -person, as for :func:`vague_agent`, but no
    group noun (``[group_nouns]``: "the army", "the government"). A capitalised title
    the NER left untyped counts ("the Prime Ministers of Belgium and Spain").

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["driver", "bus", "spokesman"],
    ...           pos=["NOUN", "NOUN", "NOUN"], lemmas=["driver", "bus", "spokesman"])
    >>> person_noun(doc[0]), person_noun(doc[1]), person_noun(doc[2])
    (True, False, True)
    """
    lemma = head.lemma_.lower()
    return ((head.pos_ == "NOUN" or (head.pos_ == "PROPN" and not head.ent_type_))
            and lemma not in GROUP_NOUNS and _agent_lemma(lemma))


def _agent_lemma(lemma: str) -> bool:
    """Whether a noun lemma is of a person or body who acts: the agent nouns, the
    person suffixes or a CAMEO agent sector (shared by :func:`vague_agent` and
    :func:`person_noun`)."""
    return lemma in AGENT_NOUNS or person_lemma(lemma)


@functools.lru_cache(maxsize=1 << 16)  # (asked 18,000 times of 1,700 lemmas on 300 articles)
def person_lemma(lemma: str) -> bool:
    """Whether a noun lemma names people: an agent noun of people, a person suffix or a
    CAMEO agent sector ("driver", "guitarist", "soldier"); not the things that act
    ("the law", "the storm"). Also whether an event class's target is someone
    (:func:`actorgraph.extract.events.sense_class`).

    Examples
    --------
    >>> person_lemma("driver"), person_lemma("spokesman"), person_lemma("law")
    (True, True, False)
    >>> person_lemma("journalist"), person_lemma("cyclist"), person_lemma("blacklist")
    (True, True, False)
    """
    return (lemma in PERSON_AGENT_NOUNS or (lemma.endswith(_PERSON_SUFFIXES)
                                            and not _listed(lemma))
            or sector_of([lemma]) is not None)


def people_lemma(lemma: str) -> bool:
    """Whether a noun lemma names people or a body of people: :func:`person_lemma`, or one
    of ``[group_nouns]`` or ``[body_nouns]`` ("workers", "court", "team"); not a thing.

    Examples
    --------
    >>> people_lemma("soldier"), people_lemma("team"), people_lemma("coronavirus")
    (True, True, False)
    """
    return person_lemma(lemma) or lemma in GROUP_NOUNS or lemma in BODY_NOUNS


def _listed(lemma: str) -> bool:
    """Whether a noun in "-ist" is a list, not an "-ist" of people: "list", "blacklist",
    "watchlist", "shortlist" (a word before "list"), but not "journalist", "novelist" or
    "cyclist" (the agent suffix after a stem ending in a vowel or "c")."""
    return lemma.endswith("list") and (len(lemma) == 4 or lemma[-5] not in _STEM_ENDS)


#: Last letters of a stem that takes the agent suffix "-ist" before "l-ist"
#: ("journa-list", "nove-list", "cyc-list", "popu-list").
_STEM_ENDS = frozenset("aeiouc")


def fragment_label(label: str) -> bool:
    """Whether a concept's label is a broken piece of a phrase ("re", "and place")."""
    words = label.split()
    if not words:
        return True
    if words[0].lower() in BAD_STARTS:
        return True
    return len(label) <= 2 or not any(c.isalpha() for c in label)


def noun_infinitive(predicate: Token) -> bool:
    """Whether ``predicate`` is an infinitive that modifies a common noun.

    The noun of "the vote to remove him", "a plan to combat the virus" or
    "efforts to contain it" is not who does it: a triple with that noun as
    its subject says nothing true.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["the", "vote", "to", "remove", "him", "failed"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 5, 3, 1, 3, 5],
    ...           deps=["det", "nsubj", "aux", "acl", "dobj", "ROOT"],
    ...           pos=["DET", "NOUN", "PART", "VERB", "PRON", "VERB"])
    >>> noun_infinitive(doc[3]), noun_infinitive(doc[5])
    (True, False)
    """
    return (predicate.dep_ == ACL and predicate.head.pos_ == "NOUN"
            and to_infinitive(predicate))


def named_one(group: Token) -> Token | None:
    """The named one of a group a relative clause is said of, or None.

    "One of the men who held Khan down was James Ford", "James Ford, one of the
    men who held Khan down, ...": the clause is told of the men, but the
    sentence names the one who did it. ``group`` is the plural noun after "one
    of"; the name is the attribute of "one ... was" or the name "one" is in
    apposition to.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["One", "of", "the", "men", "who", "held", "Khan", "was", "Ford"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[7, 0, 3, 1, 5, 3, 5, 7, 7],
    ...           deps=["nsubj", "prep", "det", "pobj", "nsubj", "relcl", "dobj", "ROOT", "attr"],
    ...           pos=["NUM", "ADP", "DET", "NOUN", "PRON", "VERB", "PROPN", "AUX", "PROPN"],
    ...           lemmas=["one", "of", "the", "man", "who", "hold", "Khan", "be", "Ford"])
    >>> named_one(doc[3]).text
    'Ford'
    """
    of = group.head
    if group.dep_ != POBJ or of.lower_ != "of" or of.head.lower_ != "one":
        return None
    one = of.head
    if one.dep_ == APPOS and one.head.pos_ == "PROPN":
        return one.head  # "James Ford, one of the men who ..."
    if one.dep_ == NSUBJ and one.head.lemma_ == "be":
        return next((c for c in kids(one.head)
                     if c.dep_ == ATTR and c.pos_ == "PROPN"), None)
    return None
