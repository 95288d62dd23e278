"""Roles: who leads or belongs to which organisation or country.

Patterns
--------
``appos``         a role in apposition: "Ismail Haniyeh, the political leader of Hamas"
``title``         a role in a title: "Hezbollah commander Fuad Shukr", or given by an
                  appointment: "Biden appointed Lloyd Austin as Secretary of Defense"
                  (hedged when only a nomination)

Examples
--------
>>> import spacy
>>> from spacy.tokens import Doc
>>> doc = Doc(spacy.blank("en").vocab, words=["Hezbollah", "commander", "Fuad", "Shukr"],
...           heads=[3, 3, 3, 3], deps=["compound", "compound", "compound", "ROOT"],
...           pos=["PROPN", "NOUN", "PROPN", "PROPN"],
...           ents=["B-ORG", "O", "B-PERSON", "I-PERSON"])
>>> [(t.subject.text, t.lemma, t.label, t.object.text) for t in role_triples(doc)]
[('Shukr', 'member of', 'commander', 'Hezbollah')]
"""

from __future__ import annotations

from collections.abc import Iterator

from actorgraph.extract.context import hedging_modified
from actorgraph.extract.deps import (
    AMOD,
    APPOS,
    CASE,
    COMPOUND,
    DOBJ,
    NMOD,
    NPADVMOD,
    NSUBJPASS,
    OPRD,
    POBJ,
    POSS,
    PREP,
    PUNCT,
)
from actorgraph.extract.lexicon import (
    APPOINTING_VERBS,
    FORMER_WORDS,
    HEDGING_MODIFIERS,
    LEADER_ROLES,
    NOMINATING_VERBS,
    PORTFOLIO_BODIES,
    PORTFOLIO_TITLES,
    ROLE_OR_TITLE_WORDS,
    ROLE_WORDS,
    SUBORDINATE_WORDS,
    TITLE_WORDS,
)
from actorgraph.extract.openers import english_word, known_words
from actorgraph.extract.rules.base import (
    TokenTriple,
    children_of,
    country_word,
    pobjs,
    reporter_apposition,
)
from actorgraph.extract.tree import kids
from spacy.tokens import Doc, Span, Token

__all__ = ["LEADER_OF", "MEMBER_OF", "role_triples"]

#: Relation lemmas of roles: the role itself is kept in the label.
LEADER_OF = "leader of"
MEMBER_OF = "member of"
#: Entity types that can be the organisation or country of a role.
ROLE_OWNER_TYPES = frozenset({"ORG", "GPE"})


def _role(words: list[Token]) -> tuple[str, str] | None:
    """(relation lemma, label) of a role phrase, or None if it names no role."""
    lowered = [w.lower_ for w in words]
    if not any(w in ROLE_WORDS for w in lowered):
        return None
    leader = any(w in LEADER_ROLES for w in lowered) and not any(
        w in SUBORDINATE_WORDS or w.startswith(("vice-", "deputy-")) for w in lowered)
    lemma = LEADER_OF if leader else MEMBER_OF
    label = "".join(w.lower_ + w.whitespace_ for w in words[:-1]) + words[-1].lower_
    return lemma, label


def _is_person(tok: Token) -> bool:
    return tok.ent_type_ == "PERSON"


def _owner(tok: Token) -> bool:
    """Whether ``tok`` is part of a named organisation or country (not a title word)."""
    if tok.lower_ in TITLE_WORDS:
        return False
    return tok.ent_type_ in ROLE_OWNER_TYPES or country_word(tok)


def _appos_roles(tok: Token) -> Iterator[TokenTriple]:
    if reporter_apposition(tok):
        return  # "sacked Braverman, a Downing Street spokesman said": not hers
    person, role = (tok.head, tok) if _is_person(tok.head) else (tok, tok.head)
    if not _is_person(person) or role.pos_ != "NOUN":
        return
    owners = [p for prep in children_of(role, PREP) if prep.lower_ in ("of", "for")
              for p in pobjs(prep) if _owner(p)]
    owners += [c for c in role.lefts if c.dep_ in (COMPOUND, NMOD, AMOD, POSS) and _owner(c)]
    words = [c for c in role.lefts if c.dep_ in (AMOD, COMPOUND) and not _owner(c)]
    found = _role([*words, role])
    if found:
        # "Omar Haddad, a suspected member of Hezbollah": the membership is alleged
        hedged = hedging_modified(role)
        for owner in owners:
            yield TokenTriple(person, role, owner, *found, "NOUN", False, "appos", hedged)


def _portfolio(tok: Token) -> bool:
    """Whether an owner word of a title names the post's portfolio, not its organisation:
    a one-word organisation (the NER's ORG) that is a capitalised English word (no
    acronym, no country's, no department of :data:`PORTFOLIO_BODIES`), right before a title
    of :data:`PORTFOLIO_TITLES` ("Trade Minister Hajime Tamura", "Energy Secretary X":
    trade and energy own nothing; "Likud Minister X", "NATO Secretary General X", "Treasury
    Secretary X" and "Japanese Trade Minister X" keep Likud, NATO, the Treasury and Japan).

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = "NATO Secretary Rutte and Treasury Secretary Baker".split()
    >>> doc = Doc(spacy.blank("en").vocab, words=words,
    ...           ents=["B-ORG", "O", "B-PERSON", "O", "B-ORG", "O", "B-PERSON"])
    >>> _portfolio(doc[0]), _portfolio(doc[4]), _portfolio(doc[1])
    (False, False, False)

    ("Trade Minister X": ``tests/test_event_classes_wire4.py``, on the model's word tables.)
    """
    if tok.i + 1 >= len(tok.doc) or tok.ent_type_ != "ORG" or tok.ent_iob_ != "B":
        return False
    following = tok.nbor(1)
    if not (following.lower_ in PORTFOLIO_TITLES and following.ent_iob_ != "I"
            and tok.is_alpha and tok.text[:1].isupper() and not tok.text.isupper()
            and tok.lower_ not in PORTFOLIO_BODIES and not country_word(tok)):
        return False
    known = known_words()  # (the model's word tables: read only when needed)
    return bool(known) and english_word(tok.lower_, known)


#: Entity types of a nationality or place whose name the NER may cut in two.
_PLACE_ENTITIES = frozenset({"NORP", "GPE"})

#: Dependency labels inside a title before a name ("US Secretary of State").
_TITLE_DEPS = frozenset({COMPOUND, NMOD, AMOD, PREP, POBJ, PUNCT, NPADVMOD, POSS, CASE})


def _name_end(owner: Token) -> int:
    """The index of the last word of the name an owner word of a title begins: the rest
    of its entity, and a nationality or place the NER typed apart right after one ("Saudi
    Arabian", two nationalities: "Arabian"), up to a word of a role or title (an owner
    outside any entity is its own end)."""
    doc, end = owner.doc, owner.i
    kind = owner.ent_type_
    while kind and end + 1 < len(doc):
        after = doc[end + 1]
        if after.lower_ in ROLE_OR_TITLE_WORDS or not (
                (after.ent_iob_ == "I" and after.ent_type_ == kind)
                or (after.ent_iob_ == "B" and after.ent_type_ in _PLACE_ENTITIES)):
            break
        end += 1
    return end


def _title_roles(name: Token) -> Iterator[TokenTriple]:
    doc = name.doc
    start = name.i
    while (start > 0 and _is_person(doc[start - 1])
           and doc[start - 1].lower_ not in ROLE_OR_TITLE_WORDS):
        start -= 1
    # the title is the run of modifiers right before the name
    subtree = {t.i for t in name.subtree}
    first = start
    while (first > 0 and first - 1 in subtree and doc[first - 1].dep_ in _TITLE_DEPS
           and not _is_person(doc[first - 1])
           and (doc[first - 1].dep_ != PUNCT or doc[first - 1].text in "-\u2010")):
        first -= 1
    title = list(doc[first:start])
    owners = [t for t in title if _owner(t) and not _portfolio(t)]
    if not owners:
        return
    # (the possessive ending after an owner is no part of the role: "Maryland's Republican
    # Governor Larry Hogan" is a "republican governor" of Maryland)
    # nor are the other words of the owner's name: "Saudi Arabian Oil Minister Hisham
    # Nazer" is an "oil minister" (of Saudi Arabia), not an "arabian oil minister"
    end = _name_end(owners[-1])
    phrase = [t for t in title if t.i > end and t.dep_ != CASE]
    # a rank between the role and the name is no part of the role: "Iranian commander
    # General Qasem Soleimani" is a commander ("commander general" is no role)
    cut = next((k for k, t in enumerate(phrase) if t.lower_ in ROLE_WORDS and t.text.islower()
                and any(u.text[:1].isupper() for u in phrase[k + 1:])), None)
    phrase = phrase if cut is None else phrase[:cut + 1]
    found = _role(phrase) if phrase else None
    if found and any(t.lower_ in FORMER_WORDS for t in title) and not found[1].startswith(
            tuple(FORMER_WORDS)):
        # "Former US Vice President Joe Biden": the role was held, it is not held now
        found = (found[0], f"former {found[1]}")
    if found:
        # "alleged Hezbollah financier Omar Haddad": the role is alleged
        hedged = any(t.lower_ in HEDGING_MODIFIERS for t in title)
        for owner in owners:
            if owner.ent_iob_ == "B" or owner is owners[0]:
                yield TokenTriple(name, phrase[-1], owner, *found, "NOUN", False, "title",
                                  hedged)


def _appointed_roles(verb: Token) -> Iterator[TokenTriple]:
    """"Biden nominated Lloyd Austin as Secretary of Defense" -> Austin —member of
    (secretary)→ Defense, hedged (a nomination is not yet the role); "the party
    elected Keir Starmer as leader of the Labour Party" -> Starmer —leader of→ Labour.
    """
    lemma = verb.lemma_.lower()
    if lemma not in APPOINTING_VERBS:
        return
    people = [c for c in kids(verb) if c.dep_ in (DOBJ, NSUBJPASS, OPRD)
              and _is_person(c)]
    for prep in children_of(verb, PREP):
        if prep.lower_ != "as":
            continue
        for role in pobjs(prep):
            if role.pos_ not in ("NOUN", "PROPN") or _owner(role):
                continue
            owners = [p for of in children_of(role, PREP) if of.lower_ in ("of", "for")
                      for p in pobjs(of) if _owner(p)]
            # "as Secretary of the Navy", else "as the Labour leader" (in "the first
            # openly gay Minister of Defence" the office is the ministry's, not a group's)
            owners = owners or [c for c in role.lefts
                                if c.dep_ in (COMPOUND, NMOD, AMOD, POSS) and _owner(c)]
            words = [c for c in role.lefts if c.dep_ in (AMOD, COMPOUND) and not _owner(c)
                     and c.lower_ not in ("new", "next", "former", "first")]
            found = _role([*words, role])
            if not found:
                continue
            for person in people:
                for owner in owners:
                    yield TokenTriple(person, role, owner, *found, "NOUN", False, "title",
                                      lemma in NOMINATING_VERBS)


def role_triples(doclike: Doc | Span) -> Iterator[TokenTriple]:
    """Role relations from appositions and titles.

    "Ismail Haniyeh, the political leader of Hamas" and "the Hamas leader,
    Ismail Haniyeh" give Haniyeh —leader of→ Hamas (label "political leader");
    "Hezbollah commander Fuad Shukr" gives Shukr —member of→ Hezbollah (label
    "commander"); "Biden appointed Lloyd Austin as Secretary of Defense" gives
    Austin —member of→ Defense (label "secretary"), hedged after "nominated";
    "Iranian Supreme Leader Ali Khamenei" gives Khamenei —leader of→ Iran.
    Leadership roles (leader, president, prime minister, ...) give
    :data:`LEADER_OF`, others (commander, minister, spokesman, ...)
    :data:`MEMBER_OF`.
    """
    for tok in doclike:
        if tok.dep_ == APPOS:
            yield from _appos_roles(tok)
        elif _is_person(tok) and tok.dep_ != COMPOUND:
            yield from _title_roles(tok)
            if tok.head.pos_ == "VERB":
                yield from _appointed_roles(tok.head)
