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
   -> Blinken).
3. **it / its / they / them / their** take the most recent organisation, country
   or group that is the subject of a clause in the same or the previous
   sentence; an impersonal "it" ("it is believed", "it is likely that") is not
   resolved.
   An object "it" ("he can do it") is mostly a thing or an event and is left
   alone; so are reflexives ("himself") and first-person pronouns, except "I"
   in a quote reported by a named person.
4. **Definite descriptions** ("the group", "the country", "the newspaper", "the
   Qatari leader") take the most recent earlier actor of a compatible type;
   "the country" must be a country and "the city" must not; a role noun must
   match the person's title or apposition ("the leader" fits a prime
   minister, a president, an emir) and a nationality adjective their country
   ("the Qatari leader" -> the Qatari prime minister).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from actorgraph.extract.context import REPORTING_VERBS
from actorgraph.extract.lexicon import CITY_HEADS, COUNTRY_HEADS, LEADER_ROLES, PLACE_HEADS
from spacy.tokens import Doc, Span, Token

__all__ = ["Antecedent", "Coreference", "DESCRIPTION_TYPES", "PRONOUN_TYPES"]


def _plural(antecedent: Antecedent) -> bool:
    """Whether a named antecedent is a group "they" can stand for.

    A nationality ("the Armenians") or a plural name ("the Syrian Democratic
    Forces") is; a country or a singular organisation ("the United States",
    "Boeing") is not.
    """
    root = antecedent.entity.root
    return antecedent.type == "NORP" or root.tag_ in ("NNS", "NNPS")

PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers"})
THING_PRONOUNS = frozenset({"it", "its"})
GROUP_PRONOUNS = frozenset({"they", "them", "their", "theirs"})
#: "I" in a reported quote is the speaker.
SPEAKER_PRONOUNS = frozenset({"i"})
#: Heads of descriptions that refer to a country, and those that refer to a city or region.
COUNTRY_WORDS = COUNTRY_HEADS
CITY_WORDS = CITY_HEADS
#: Entity types a pronoun can refer to.
PRONOUN_TYPES = {
    **{p: frozenset({"PERSON"}) for p in PERSON_PRONOUNS},
    **{p: frozenset({"ORG", "GPE"}) for p in THING_PRONOUNS},
    **{p: frozenset({"ORG", "GPE", "NORP"}) for p in GROUP_PRONOUNS},
}
#: Entity types a definite description can refer to, by its head noun.
DESCRIPTION_TYPES = {
    **dict.fromkeys(("group", "movement", "militia", "organisation", "organization",
                     "faction", "party", "coalition", "alliance", "newspaper", "paper", "daily",
                     "agency", "company", "firm", "broadcaster", "network", "bank",
                     "council", "committee", "court", "union"), frozenset({"ORG"})),
    **dict.fromkeys(sorted(COUNTRY_HEADS | PLACE_HEADS), frozenset({"GPE"})),
    **dict.fromkeys(("leader", "president", "minister", "premier", "chancellor", "official",
                     "spokesman", "spokeswoman", "spokesperson", "commander", "chief", "head",
                     "king", "queen", "emir", "prince", "secretary", "envoy", "ambassador",
                     "diplomat", "general", "man", "woman", "boy", "girl", "politician",
                     "senator", "governor", "mayor"), frozenset({"PERSON"})),
}
#: Role words that fit "the leader".
LEADER_WORDS = LEADER_ROLES
#: Descriptions that need no role match.
_ANY_PERSON = frozenset({"man", "woman", "boy", "girl", "official", "politician"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
#: How many sentences back an antecedent may be, by kind of anaphor.
_WINDOW = {"pronoun": 2, "it": 1, "description": 3, "role": 1_000_000}


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
        self.antecedents = list(antecedents)
        self.country_of = country_of
        self.is_country = is_country
        self._sentence = {}
        for number, sent in enumerate(doc.sents):
            for i in range(sent.start, sent.end):
                self._sentence[i] = number

    def sentence_of(self, token: Token) -> int:
        return self._sentence.get(token.i, 0)

    # -- rules ----------------------------------------------------------------
    def resolve(self, token: Token) -> tuple[Token, str] | None:
        """(a token of the antecedent, "pronoun" or "description"), or None."""
        word = token.lower_
        if token.pos_ == "PRON":
            reported = self._reporting_subject(token)
            if reported is not None:
                return reported, "pronoun"
            if word in PERSON_PRONOUNS:
                found = self._recent(token, PRONOUN_TYPES[word], window=_WINDOW["pronoun"],
                                     prefer_subject=True)
                if found is None or self._competitor(token, found):
                    return None
                return found.entity.root, "pronoun"
            elif word in THING_PRONOUNS | GROUP_PRONOUNS:
                # an object "it" is mostly a thing or an event: only subjects and
                # possessives are resolved
                if self._impersonal(token) or token.dep_ not in ("nsubj", "nsubjpass", "poss"):
                    return None
                plural = word in GROUP_PRONOUNS
                found = self._recent(token, PRONOUN_TYPES[word], window=_WINDOW["it"],
                                     prefer_subject=True, subjects_only=True,
                                     accept=lambda a: _plural(a) or not plural)
            else:
                return None
            if found is None or self._competitor(token, found):
                return None
            return found.entity.root, "pronoun"
        types = DESCRIPTION_TYPES.get(token.lemma_.lower())
        if types is None:
            return None
        # a role ("the Qatari leader") is matched against titles in the whole
        # article; other descriptions ("the group") look a few sentences back
        if self._named_description(token):
            return None
        window = _WINDOW["role" if types == {"PERSON"} else "description"]
        accept = functools.partial(self._fits_description, token)
        found = self._recent(token, types, window=window, accept=accept)
        if found is not None and types == {"ORG"}:
            # "the company" after two companies: which one is not said
            here = self.sentence_of(token)
            rivals = {a.label for a in self.antecedents
                      if a.entity.end <= token.i and here - a.sentence <= window
                      and a.type in types and accept(a)}
            if len(rivals) > 1:
                return None
        return (found.entity.root, "description") if found else None

    def _named_description(self, token: Token) -> bool:
        """Whether a description is named by a modifier ("the Democratic party").

        A proper noun before the head makes the phrase a name of its own, not
        a pointer back, unless it is a nationality ("the Qatari leader").
        """
        return any(child.dep_ in ("compound", "amod", "nmod") and child.pos_ == "PROPN"
                   and self.country_of(child.text) is None for child in token.lefts)

    def _reporting_subject(self, pronoun: Token) -> Token | None:
        if pronoun.dep_ not in _SUBJECT_DEPS or pronoun.lower_ not in (
                PERSON_PRONOUNS | THING_PRONOUNS | GROUP_PRONOUNS | SPEAKER_PRONOUNS):
            return None
        clause = pronoun.head
        while clause.dep_ in ("conj", "xcomp") and clause.head is not clause:
            clause = clause.head
        if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in REPORTING_VERBS:
            return None
        for child in clause.head.children:
            if child.dep_ in _SUBJECT_DEPS and child.pos_ != "PRON":
                return child if self._agrees(pronoun, child) else None
        return None

    @staticmethod
    def _agrees(pronoun: Token, subject: Token) -> bool:
        """Number and person agreement of a pronoun with a reporting subject.

        "he"/"she" need a named person; "it" a singular non-person; "they"
        anything but a single named person.
        """
        word = pronoun.lower_
        person = subject.ent_type_ == "PERSON"
        plural = subject.tag_ in ("NNS", "NNPS")
        if word in PERSON_PRONOUNS | SPEAKER_PRONOUNS:
            return person
        if word in THING_PRONOUNS:
            return not person and not plural
        return not person or plural

    @staticmethod
    def _impersonal(token: Token) -> bool:
        if token.lower_ not in ("it",):
            return False
        head = token.head
        if token.dep_ == "nsubjpass" and head.lemma_.lower() in REPORTING_VERBS:
            return True  # it is believed / reported / said that ...
        if head.lemma_.lower() == "be" and any(
                c.dep_ in ("ccomp", "xcomp", "acomp", "attr") for c in head.children):
            return True  # it is likely that ..., it was a ...
        return any(c.dep_ in ("ccomp", "xcomp") and c.i > token.i for c in head.children) \
            and head.lemma_.lower() in ("seem", "appear", "remain", "become")

    def _competitor(self, pronoun: Token, found: Antecedent) -> bool:
        """Whether another referent competes with ``found`` for ``pronoun``.

        A pronoun is left unresolved rather than guessed when, between the
        antecedent and the pronoun, a subject of the same kind that is no
        antecedent stands ("The law was passed. *It* ..." is the law; "The
        prisoners escaped. *They* ..." the prisoners), or, for he/she, when
        another person is a subject in the window too ("Warren praised
        Klobuchar, who ... *She* ...").
        """
        word = pronoun.lower_
        for tok in self.doc[found.entity.end:pronoun.i]:
            if tok.dep_ not in _SUBJECT_DEPS or tok.pos_ != "NOUN" or tok.ent_type_:
                continue
            if self._antecedent_at(tok) is not None:
                continue
            plural = tok.tag_ in ("NNS", "NNPS")
            if word in THING_PRONOUNS and not plural:
                return True
            if word in GROUP_PRONOUNS and plural:
                return True
        if word in PERSON_PRONOUNS:
            here = self.sentence_of(pronoun)
            excluded = self._coarguments(pronoun)
            before = [a for a in self.antecedents
                      if a.type == "PERSON" and a.entity.end <= pronoun.i
                      and here - a.sentence <= _WINDOW["pronoun"] and a.label not in excluded]
            subjects = {a.label for a in before if a.subject and here - a.sentence <= 1}
            if found.sentence < here and len(subjects) > 1:
                return True  # two people were subjects just before: which one?
            if not found.subject and len({a.label for a in before}) > 1:
                return True  # no subject to prefer among several people
        return False

    def _coarguments(self, token: Token) -> set[str]:
        """Labels of the other arguments of the pronoun's verb: it cannot be them."""
        labels = set()
        head = token.head
        for child in head.children:
            if child is token or child.dep_ not in ("nsubj", "nsubjpass", "dobj", "dative"):
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

    def _recent(self, token: Token, types: frozenset[str], *, window: int,
                prefer_subject: bool = False, subjects_only: bool = False,
                accept: Callable[[Antecedent], bool] | None = None) -> Antecedent | None:
        here = self.sentence_of(token)
        excluded = self._coarguments(token) if token.pos_ == "PRON" else set()
        candidates = [a for a in self.antecedents
                      if a.entity.end <= token.i and here - a.sentence <= window
                      and a.type in types and a.label not in excluded
                      and (accept is None or accept(a))]
        if subjects_only:
            candidates = [a for a in candidates if a.subject]
        if not candidates:
            return None
        if prefer_subject:
            # the most recent subject in the window, else the most recent mention
            subjects = [a for a in candidates if a.subject]
            return (subjects or candidates)[-1]
        return candidates[-1]

    def _fits_description(self, token: Token, antecedent: Antecedent) -> bool:
        head = token.lemma_.lower()
        if head in COUNTRY_WORDS and not self.is_country(antecedent.label):
            return False
        if head in CITY_WORDS and self.is_country(antecedent.label):
            return False
        countries = set()
        for child in token.lefts:
            country = self.country_of(child.text)
            if country:
                countries.add(country)
        if countries and not (countries & antecedent.countries or
                              antecedent.label in countries):
            return False
        if antecedent.type != "PERSON" or head in _ANY_PERSON:
            return True
        if head in LEADER_WORDS:
            return bool(antecedent.roles & LEADER_WORDS)
        return head in antecedent.roles
