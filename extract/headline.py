"""Headline verbs: a summary's present-tense verb that the tagger read as a noun.

Event summaries are written in the historical present: "A court in Dhaka sentences
X to 15 years in prison", "Venezuelan security forces fire on demonstrators",
"Clashes in Dushanbe kill 17 people". The small model often tags such a verb as a
plural noun ("sentences", "fires") or a singular one after a plural subject
("storm", "kill"), and its parser then reads the whole sentence as one noun phrase:
no clause, no triple. In spaCy v3 the parser does not read the tagger's tags, so a
new tag alone does not change the tree.

The ``actorgraph_headline_verbs`` component (after the parser, before the attribute
ruler) parses such a sentence a second time, with the ambiguous word made a verb
beyond doubt: its base form after "will" ("A court in Dhaka will sentence X ...").
When the variant reads the word as a verb with a subject before it, the variant's
tags, heads and dependencies are copied onto the sentence, token for token (the
inserted "will" left out: the verb takes its dependents), the word tagged VBZ (in
"-s") or VBP. The text, the tokens and their offsets stay those of the original;
only the sentence's annotation changes, and the attribute ruler, the lemmatizer
and the NER run on it as on any other.

A sentence is tried only when it holds a candidate: a lower-case word tagged as a noun
(or tagged as a present tense but parsed as a noun: "as the army marches on the capital",
"marches" the object of "as") whose base (the word, or the word without its "-s") is a
verb of :func:`~extract.derivation.verb_vocabulary`, right after a noun (the end of its
subject) and right before the start of an object or of a preposition (a determiner, a
name, a pronoun, a number, an adjective, a preposition but "of"; a bare noun last), with
no finite verb before it in its clause (a word of ``[clause_openers]`` starts a clause)
and none after it before such a word (it would be that verb's subject: "Australian store
chains Woolworths and Coles lowered ..."). The variant is taken when its subject agrees
with the word's form: singular for "-s" ("A court in Dhaka sentences"), plural or a
coordination for the base ("Police in Lagos arrest"; "a U.S. state on the Gulf" is no
clause). Once a variant is taken, the sentence is looked at again: a second verb after
"and", of the same form as the first ("Milei fires X and names Y"), is tried the same way
and taken when the variant makes it a conjunct of the first. Few sentences are tried: the
cost is one parse of those.

The same component mends the bare subjunctive of a mandative "that" clause, which the
small model reads as a noun or an adjective after a singular subject: "..., demanding that
Brussels unfreeze/NN the funds", "demanding that Stockholm extradite/JJ Kurdish activists"
(:func:`subjunctives`). Such a sentence is parsed with "will" before the word; the variant
is taken when the word is a verb with a subject whose clause is the complement of the word
of demanding and the rest of the sentence keeps its parse; the word is tagged VB.

Settings (the factory's config): ``max_words``, the longest sentence re-parsed, and
``max_tries``, how many candidates of one sentence may be tried.

Examples
--------
>>> from actorgraph.extract.pipeline import load_model
>>> doc = load_model()("A court in Dhaka sentences Sheikh Hasina to 15 years in prison.")
>>> [(t.text, t.tag_, t.dep_) for t in doc[3:5]]
[('Dhaka', 'NNP', 'pobj'), ('sentences', 'VBZ', 'ROOT')]
"""

from __future__ import annotations

import functools

import numpy
from actorgraph.extract.deps import (
    ADVCL,
    APPOS,
    ATTR,
    AUX,
    CCOMP,
    COMPOUND,
    CONJ,
    DOBJ,
    FINITE_TAGS,
    NSUBJ,
    NSUBJPASS,
    PARATAXIS,
    PLURAL_NOUN_TAGS,
    POBJ,
    ROOT,
)
from actorgraph.extract.derivation import verb_vocabulary
from actorgraph.extract.lexicon import (
    CLAUSE_OPENERS,
    CONJUNCTIVE_COORDINATORS,
    HYPHEN_VERB_PREFIXES,
    MANDATING_VERBS,
    NOUN_PREPS,
    PLURAL_WITHOUT_S,
    VERB_SPELT_ROLES,
)
from actorgraph.extract.models import reparse
from actorgraph.extract.openers import known_words
from spacy.attrs import DEP, HEAD, LOWER, TAG
from spacy.language import Language
from spacy.strings import hash_string
from spacy.tokens import Doc, Span

__all__ = ["COMPONENT", "HeadlineVerbs", "base_form", "candidates", "mandative", "subjunctives"]

COMPONENT = "actorgraph_headline_verbs"
#: The word that makes the next one a verb in the variant.
_MODAL = "will"
#: Words that end a clause as a clause opener starts one: the semicolon between two
#: sentences of a summary ("Spanish police arrest X in Marbella; Albania requests his
#: extradition": "requests" is no verb of the first clause).
_CLAUSE_BREAKS = frozenset({";"})
#: Tags of a noun the tagger may give a headline verb.
_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
#: Tags of a present tense, which the parser may still have read as a noun: "as the army
#: marches on the capital" (tagged VBZ, the object of "as").
_PRESENT_TAGS = frozenset({"VBZ", "VBP"})
#: Dependencies of a noun: a present tense with one of them was read as a noun.
_NOUN_DEPS = frozenset({POBJ, DOBJ, NSUBJ, NSUBJPASS, COMPOUND, APPOS, ATTR})
#: Tags of the word before a candidate: the end of its subject ("Dhaka", "forces",
#: "(RSF)").
_SUBJECT_END_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "-RRB-"})
#: Tags of a plural noun the tagger may give as a present tense, at the end of a subject:
#: "Chinese coast guard vessels/VBZ fire water cannon at ..." ("vessels" is no verb of the
#: event vocabulary, which :func:`_plural_noun_read_as_verb` checks).
_SUBJECT_END_PRESENT_TAGS = frozenset({"VBZ"})
#: Tag of the hyphen of a hyphenated verb ("test-fires", split "test", "-", "fires").
_HYPHEN_TAG = "HYPH"
#: Tags of the word after a candidate: the start of an object or of a preposition.
_OBJECT_START_TAGS = frozenset({"DT", "PDT", "PRP", "PRP$", "CD", "JJ", "JJR", "JJS",
                                "NNP", "NNPS", "IN", "TO", "RP", "RB", "``", "NN", "NNS"})
#: Tags of a bare noun after a candidate: an object ("withdraws nomination") or the rest of
#: a compound ("security forces fire"), tried last.
_BARE_OBJECT_TAGS = frozenset({"NN", "NNS"})
#: Tag of "and" before a second verb ("fires X and names Y").
_COORDINATOR_TAG = "CC"
#: The hashes of those tags (as ``Doc.to_array`` gives a word's TAG).
_NOUN_TAG_HASHES, _SUBJECT_END_HASHES, _OBJECT_START_HASHES = (
    numpy.array([hash_string(t) for t in sorted(tags)], dtype=numpy.uint64)
    for tags in (_NOUN_TAGS | _PRESENT_TAGS,
                 _SUBJECT_END_TAGS | _SUBJECT_END_PRESENT_TAGS
                 | {_COORDINATOR_TAG, _HYPHEN_TAG},
                 _OBJECT_START_TAGS))
#: Subject dependencies the verb must have before it in the variant.
_SUBJECT_DEPS = frozenset({NSUBJ, NSUBJPASS})
#: Dependencies of a clause's verb: the variant's verb must have one ("the EU will
#: sanction package angered Kyiv" may leave it a compound of "package").
_CLAUSE_DEPS = frozenset({ROOT, CONJ, CCOMP, ADVCL, PARATAXIS})
#: The mask of a uint64 (``Doc.to_array`` gives heads as uint64 offsets).
_UINT64 = (1 << 64) - 1
#: Endings of a present tense in "-es" after a base ending so ("launches", "passes").
_ES_ENDINGS = ("sses", "shes", "ches", "xes", "zzes", "oes")


@functools.lru_cache(maxsize=4096)
def base_form(word: str) -> str | None:
    """The base of a lower-case word that may be a present-tense verb of the event
    vocabulary (itself, or without its "-s" / "-es" / "-ies"), or None.

    Examples
    --------
    >>> base_form("sentences"), base_form("launches"), base_form("denies")
    ('sentence', 'launch', 'deny')
    >>> base_form("storm"), base_form("ministers"), base_form("the")
    ('storm', None, None)
    """
    vocabulary = verb_vocabulary()
    if word in vocabulary:
        return word
    if not word.endswith("s") or len(word) < 4:
        return None
    if word.endswith("ies") and len(word) > 4:
        stem = word[:-3] + "y"
    elif word.endswith(_ES_ENDINGS):
        stem = word[:-2]
    else:
        stem = word[:-1]
    return stem if stem in vocabulary else None


@functools.cache
def _present_forms() -> frozenset[str]:
    """The lower-case words :func:`base_form` may take: the event vocabulary's verbs
    and their forms in "-s", "-es" and "-ies"."""
    forms = set()
    for verb in verb_vocabulary():
        forms.update((verb, verb + "s", verb + "es"))
        if verb.endswith("y"):
            forms.add(verb[:-1] + "ies")
    return frozenset(f for f in forms if base_form(f) is not None)


@functools.cache
def _present_hashes() -> numpy.ndarray:
    """The hashes of :func:`_present_forms` (as ``Doc.to_array`` gives a word's LOWER)."""
    return numpy.array(sorted(hash_string(f) for f in _present_forms()), dtype=numpy.uint64)


def _among(values: numpy.ndarray, hashes: numpy.ndarray) -> numpy.ndarray:
    """Which of ``values`` are among a few ``hashes`` (faster than ``numpy.isin``)."""
    return (values[:, None] == hashes).any(axis=1)


def candidates(sent: Span) -> list[tuple[int, int | None]]:
    """The words of a sentence that may be a verb read as a noun (see the module
    docstring): ``(index, None)`` for a clause's verb, ``(index, partner)`` for a second
    verb after "and", ``partner`` the index of the present tense it is coordinated with
    ("Milei fires X and names Y"). Those before a word that starts an object phrase come
    first, then those before a bare noun ("withdraws nomination of X"; in "security forces
    fire on X", "fire" comes before "forces"), then the second verbs. None after a finite
    verb of the same clause (a word of :data:`~extract.lexicon.CLAUSE_OPENERS` starts
    another: "..., as the army marches on the capital"), but a second verb of the same
    form as that verb ("-s" or base) right after "and"."""
    found: list[tuple[int, int | None]] = []
    before_noun: list[tuple[int, int | None]] = []
    second: list[tuple[int, int | None]] = []
    tokens = list(sent)
    verb_before = None
    for k in range(1, len(tokens) - 1):
        tok = tokens[k]
        if tok.lower_ in CLAUSE_OPENERS or tok.text in _CLAUSE_BREAKS:
            verb_before = None
            continue
        read_as_noun = tok.tag_ in _NOUN_TAGS or (tok.tag_ in _PRESENT_TAGS
                                                 and tok.dep_ in _NOUN_DEPS)
        if tok.tag_ in FINITE_TAGS and not read_as_noun:
            verb_before = tok
        after = tokens[k + 1]
        if not (read_as_noun and tok.is_lower and tok.is_alpha
                and after.tag_ in _OBJECT_START_TAGS and after.lower_ not in NOUN_PREPS
                and tok.lower_ not in VERB_SPELT_ROLES and base_form(tok.lower_) is not None
                and not _verb_follows(tokens, k)):
            continue
        if verb_before is None and (
                tokens[k - 1].tag_ in _SUBJECT_END_TAGS
                or _plural_noun_read_as_verb(tokens[k - 1])
                or k > 2 and hyphen_prefix(tokens[k - 1])
                and tokens[k - 3].tag_ in _SUBJECT_END_TAGS):
            (before_noun if after.tag_ in _BARE_OBJECT_TAGS else found).append((tok.i, None))
        elif (verb_before is not None and verb_before.tag_ in _PRESENT_TAGS
              and tokens[k - 1].lower_ in CONJUNCTIVE_COORDINATORS
              and (base_form(tok.lower_) == tok.lower_) == (verb_before.tag_ == "VBP")):
            second.append((tok.i, verb_before.i))
    return found + before_noun + second


#: The word that opens a mandative clause ("demanding that Brussels unfreeze the funds").
_THAT = "that"
#: The tag of an adjective, which the tagger may give a subjunctive ("extradite/JJ").
_ADJECTIVE_TAG = "JJ"
#: The hash of "that" (as ``Doc.to_array`` gives a word's LOWER).
_THAT_HASH = hash_string(_THAT)
#: Endings of the forms of a verb or noun of demanding before "that" ("demanding",
#: "demanded", "demands", "urges"), taken off to find its lemma.
_MANDATIVE_ENDINGS = ("ing", "ed", "d", "es", "s")
#: Tags of the words of a subject between "that" and its verb ("that the European Union",
#: "that Prime Minister Kiran Patel", "that Kyiv's forces").
_SUBJECT_TAGS = frozenset({"DT", "PDT", "JJ", "NN", "NNS", "NNP", "NNPS", "POS", "PRP$",
                           "HYPH", "CD"})


@functools.lru_cache(maxsize=4096)
def mandative(word: str) -> bool:
    """Whether a lower-case word is a form of a verb or noun that asks for what its "that"
    clause says (:data:`~extract.lexicon.MANDATING_VERBS`: "demanding", "demanded",
    "urges", "demands"), whose clause's verb is a subjunctive ("demanding that Brussels
    unfreeze ...", "demands that the minister resign").

    Examples
    --------
    >>> mandative("demanding"), mandative("urges"), mandative("demand"), mandative("said")
    (True, True, True, False)
    """
    if word in MANDATING_VERBS:
        return True
    return any(word.endswith(e) and (word[:-len(e)] in MANDATING_VERBS
                                     or word[:-len(e)] + "e" in MANDATING_VERBS)
               for e in _MANDATIVE_ENDINGS)


@functools.cache
def _verbs() -> frozenset[str]:
    """The verbs of the lemmatizer's tables (:func:`~extract.openers.known_words`), with
    the event vocabulary (:func:`~extract.derivation.verb_vocabulary`)."""
    return known_words(parts=("verb",)) | verb_vocabulary()


def _base_verb(tok) -> bool:
    """Whether a token is a lower-case word tagged a noun that is a verb's base form
    (:func:`_verbs`), not a word that names a role ("leader"); or tagged an adjective,
    a verb that is no adjective ("extradite")."""
    if tok.tag_ == _ADJECTIVE_TAG:  # "that Stockholm extradite/JJ ...", no adjective
        return tok.is_lower and tok.lower_ in _verbs() and tok.lower_ not in _adjectives()
    return (tok.tag_ in _NOUN_TAGS and tok.is_lower and tok.is_alpha
            and tok.lower_ in _verbs() and tok.lower_ not in VERB_SPELT_ROLES)


@functools.cache
def _adjectives() -> frozenset[str]:
    """The adjectives of the lemmatizer's tables (:func:`~extract.openers.known_words`)."""
    return known_words(parts=("adj",))


def subjunctives(sent: Span) -> list[tuple[int, int]]:
    """The words of a sentence that may be the subjunctive of a mandative clause read as a
    noun: ``(index, asker)``, ``asker`` the index of the word of demanding before "that"
    (:func:`mandative`). The small model reads a base form after a singular subject as a
    noun ("demanding that Brussels unfreeze/NN funds", "demanding that Prime Minister Kiran
    Patel resign/NN"), and the clause is lost. A candidate is the first word after "that"
    and its subject (a run of determiners, adjectives, nouns and names), lower case,
    tagged a noun, and a verb's base form (:func:`_base_verb`).

    Examples
    --------
    >>> from tests.docs import parse
    >>> doc = parse("Orban vetoes it , demanding that Brussels unfreeze funds .", '''
    ...     1 nsubj PROPN Orban NNP
    ...     1 ROOT VERB veto VBZ
    ...     1 dobj PRON it PRP
    ...     1 punct PUNCT , ,
    ...     1 advcl VERB demand VBG
    ...     8 mark SCONJ that IN
    ...     7 nsubj PROPN Brussels NNP
    ...     8 compound NOUN unfreeze NN
    ...     4 dobj NOUN fund NNS
    ...     1 punct PUNCT . .''')
    >>> [(doc[i].text, doc[a].text) for i, a in subjunctives(doc[:])]
    [('unfreeze', 'demanding')]
    """
    found: list[tuple[int, int]] = []
    tokens = list(sent)
    for k in range(1, len(tokens) - 2):
        if tokens[k].lower_ != _THAT or not mandative(tokens[k - 1].lower_):
            continue
        j = k + 1
        while j < len(tokens) and tokens[j].tag_ in _SUBJECT_TAGS and not (
                j > k + 1 and _base_verb(tokens[j])
                and tokens[j - 1].tag_ in _SUBJECT_END_TAGS):
            j += 1
        if j >= len(tokens) or j == k + 1:
            continue
        if _base_verb(tokens[j]) and tokens[j - 1].tag_ in _SUBJECT_END_TAGS:
            found.append((tokens[j].i, tokens[k - 1].i))
    return found


def _verb_follows(tokens: list, k: int) -> bool:
    """Whether a finite verb follows the word at ``k`` before any word that opens a
    clause of its own (:data:`~extract.lexicon.CLAUSE_OPENERS`): the word is then in
    that verb's subject ("Australian store chains Woolworths and Coles lowered ...").
    A present tense the parser read as a noun is no such verb ("Castillo fires X and
    names Y", "names" a compound of Y). A capitalised word right after a name is the
    rest of the name ("sentences blogger Amr Sayed/VBD to ten years"), and a semicolon
    ends the clause as a clause opener does."""
    for j in range(k + 1, len(tokens)):
        tok = tokens[j]
        if tok.lower_ in CLAUSE_OPENERS or tok.text in _CLAUSE_BREAKS:
            return False
        if tok.tag_ in FINITE_TAGS and not (tok.tag_ in _PRESENT_TAGS
                                             and tok.dep_ in _NOUN_DEPS) \
                and not _name_word(tok, tokens[j - 1]):
            return True
    return False


def hyphen_prefix(hyphen) -> bool:
    """Whether a hyphen joins a prefix of a hyphenated verb (``[hyphen_verb_prefixes]``)
    to the word after it: "North Korea test-fires two missiles", split by the tokenizer
    into "test", "-", "fires"."""
    doc = hyphen.doc
    return (hyphen.tag_ == _HYPHEN_TAG and hyphen.i > 0 and not hyphen.whitespace_
            and not doc[hyphen.i - 1].whitespace_
            and doc[hyphen.i - 1].lower_ in HYPHEN_VERB_PREFIXES)


def _name_word(tok, before) -> bool:
    """Whether a word tagged as a verb is the last part of a name: capitalised, right
    after a proper noun ("Amr Sayed/VBD"), and no verb of the event vocabulary."""
    return tok.is_title and before.tag_ in ("NNP", "NNPS") and base_form(tok.lower_) is None


def _plural_noun_read_as_verb(tok) -> bool:
    """Whether a word tagged as a present tense is a plural noun at the end of a subject:
    read as a noun by the parser, in "-s", and no verb of the event vocabulary
    ("Chinese coast guard vessels/VBZ fire ...")."""
    return (tok.tag_ in _SUBJECT_END_PRESENT_TAGS and tok.dep_ in _NOUN_DEPS
            and tok.is_lower and tok.lower_.endswith("s") and base_form(tok.lower_) is None)


class HeadlineVerbs:
    """The ``actorgraph_headline_verbs`` component (see the module docstring).

    Parameters
    ----------
    nlp
        The pipeline whose tok2vec, tagger and parser parse the variants.
    max_words
        The longest sentence (in tokens) re-parsed.
    max_tries
        How many candidates of one sentence may be tried, first first.
    """

    def __init__(self, nlp: Language, max_words: int, max_tries: int) -> None:
        self.nlp = nlp
        self.max_words = max_words
        self.max_tries = max_tries

    def __call__(self, doc: Doc) -> Doc:
        """Re-parse the sentences of ``doc`` whose verb was read as a noun."""
        # (the words spelt as a verb's present tense and tagged as nouns, found for the
        # whole Doc at once: most Docs have none, and their sentences are not walked)
        lowers, tags = doc.to_array([LOWER, TAG]).T
        # (a noun between the end of a subject and the start of an object)
        nouns = numpy.flatnonzero(_among(tags[1:-1], _NOUN_TAG_HASHES)
                                  & _among(tags[:-2], _SUBJECT_END_HASHES)
                                  & _among(tags[2:], _OBJECT_START_HASHES)) + 1
        hashes = _present_hashes()
        at = numpy.minimum(numpy.searchsorted(hashes, lowers[nouns]), len(hashes) - 1)
        spelt = nouns[hashes[at] == lowers[nouns]]
        # (and the sentences with a mandative "that": "demanding that Brussels unfreeze")
        thats = [i for i in numpy.flatnonzero(lowers == _THAT_HASH).tolist()
                 if i > 0 and mandative(doc[i - 1].lower_)]
        if not len(spelt) and not thats:
            return doc
        asked = {doc[i].sent.start for i in thats}
        starts = {doc[i].sent.start for i in spelt.tolist()} | asked
        for sent in doc.sents:
            if len(sent) > self.max_words:
                continue
            if sent.start in asked:
                self._mandate(doc, sent)
            if sent.start in starts:
                self._repair(doc, sent)
        return doc

    def _mandate(self, doc: Doc, sent: Span) -> None:
        """Make verbs of the subjunctives of ``sent`` read as nouns (:func:`subjunctives`),
        at most ``max_tries``: each is tried in a variant with "will" before it, taken
        when the variant reads it as a verb with a subject whose clause is the complement
        of the word of demanding (:func:`_accept_subjunctive`); tagged VB."""
        for k, asker in subjunctives(sent)[:self.max_tries]:
            words = [t.text for t in sent]
            spaces = [bool(t.whitespace_) for t in sent]
            at = k - sent.start
            words[at:at + 1] = [_MODAL, doc[k].lower_]
            spaces[at:at + 1] = [True, spaces[at]]
            (variant,) = reparse(self.nlp, [Doc(doc.vocab, words=words, spaces=spaces)])
            if _accept_subjunctive(variant, at + 1, asker - sent.start) and _kept(
                    sent, variant, at):
                parse = doc.to_array([HEAD, DEP, TAG])
                _copy(parse, sent, variant, at, doc, tag="VB")
                doc.from_array([HEAD, DEP, TAG], parse)

    def _repair(self, doc: Doc, sent: Span) -> None:
        """Try the candidates of one sentence, at most ``max_tries``; after a variant is
        taken the sentence's candidates are looked for again (a second verb after "and"
        shows once the first is a verb)."""
        tried: set[int] = set()
        while len(tried) < self.max_tries:
            found = [c for c in candidates(sent) if c[0] not in tried]
            if not found:
                return
            for k, partner in found[:self.max_tries - len(tried)]:
                tried.add(k)
                words = [t.text for t in sent]
                spaces = [bool(t.whitespace_) for t in sent]
                at = k - sent.start
                words[at] = base_form(doc[k].lower_)
                # (the modal before the verb, or before the prefix of a hyphenated one:
                # "will test-fire")
                modal = at - 2 if at > 1 and hyphen_prefix(doc[k - 1]) else at
                words.insert(modal, _MODAL)
                spaces.insert(modal, True)
                (variant,) = reparse(self.nlp, [Doc(doc.vocab, words=words, spaces=spaces)])
                plural = base_form(doc[k].lower_) == doc[k].lower_
                if _accept(variant, at + 1, plural=plural,
                           partner=None if partner is None else partner - sent.start,
                           modal_at=modal if modal != at else None):
                    parse = doc.to_array([HEAD, DEP, TAG])
                    _copy(parse, sent, variant, modal, doc, verb_at=at + 1)
                    doc.from_array([HEAD, DEP, TAG], parse)
                    break
            else:
                return


def _accept(variant: Doc, verb_at: int, *, plural: bool, partner: int | None,
            modal_at: int | None = None) -> bool:
    """Whether the variant reads its word at ``verb_at`` as a verb, in one sentence: with
    a subject before it that agrees with the word's form (plural, or a coordination, or a
    word of ``[plural_without_s]``, for a base form: "Police in Lagos arrest", "Spanish
    National Police/NNP arrest"; singular for a form in "-s": "A court in Dhaka
    sentences"; "a U.S. state on the Gulf" is no clause), or, for a second verb, as a
    conjunct of its ``partner`` (the index of the present tense before "and"). A
    hyphenated verb, its modal at ``modal_at`` ("will test - fire"), may keep a noun's
    tag when the modal is its auxiliary."""
    verb = variant[verb_at]
    as_verb = verb.tag_ == "VB" or (modal_at is not None and verb.tag_ in _NOUN_TAGS
                                    and variant[modal_at].dep_ == AUX
                                    and variant[modal_at].head.i == verb_at)
    if (not as_verb or variant[verb_at - 1].head.i != verb_at
            or verb.dep_ not in _CLAUSE_DEPS):
        return False
    if sum(1 for t in variant if t.dep_ == ROOT) != 1:
        return False
    if partner is not None:
        return verb.dep_ == CONJ and verb.head.i == partner
    subject = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS and c.i < verb_at),
                   None)
    if subject is None:
        return False
    many = (subject.tag_ in PLURAL_NOUN_TAGS or subject.lower_ in PLURAL_WITHOUT_S
            or any(c.dep_ == CONJ for c in subject.children))
    return many == plural


def _accept_subjunctive(variant: Doc, verb_at: int, asker: int) -> bool:
    """Whether the variant reads its word at ``verb_at`` as a verb with a subject before
    it, the complement (or, as the parser has it, the object) of the word of demanding
    at ``asker``, in one sentence; its subject is singular or plural alike ("that Brussels
    unfreeze", "that the rebels withdraw")."""
    verb = variant[verb_at]
    if verb.tag_ != "VB" or variant[verb_at - 1].head.i != verb_at:
        return False
    if verb.dep_ not in (CCOMP, DOBJ) or verb.head.i != asker:
        return False
    if sum(1 for t in variant if t.dep_ == ROOT) != 1:
        return False
    return any(c.dep_ in _SUBJECT_DEPS and c.i < verb_at for c in verb.children)


def _kept(sent: Span, variant: Doc, at: int) -> bool:
    """Whether the variant (with the modal at ``at``) parses the words outside the clause
    of its verb after the modal as the sentence does: the re-read mends the clause, it
    does not change the main verb ("Tens of thousands of Israelis protest in Tel Aviv,
    demanding that X will resign" reads "protest" as a noun)."""
    clause = {t.i for t in variant[at + 1].subtree}
    for j, tok in enumerate(variant):
        if j in clause or j == at:
            continue
        original = sent[j if j < at else j - 1]
        head = tok.head.i
        head = head if head < at else head - 1
        if (tok.dep_, tok.tag_, head) != (original.dep_, original.tag_,
                                          original.head.i - sent.start):
            return False
    return True


def _copy(parse: numpy.ndarray, sent: Span, variant: Doc, at: int, doc: Doc, *,
          tag: str | None = None, verb_at: int | None = None) -> None:
    """Write the variant's tags, heads and dependencies into the rows of ``sent`` of
    ``parse`` (relative heads, as ``Doc.to_array`` gives them), the modal at ``at``
    left out: what hung on it hangs on the verb (at ``verb_at`` in the variant, the word
    after the modal unless said: "will test - fire"). The verb is tagged ``tag``, else
    VBP for a base form and VBZ for a form in "-s"."""
    def original(j: int) -> int:
        return sent.start + (j if j < at else j - 1)
    if verb_at is None:
        verb_at = at + 1
    word = doc[original(verb_at)]
    tag = doc.vocab.strings.add(tag or ("VBP" if base_form(word.lower_) == word.lower_
                                        else "VBZ"))
    for j, tok in enumerate(variant):
        if j == at:
            continue
        i = original(j)
        head = tok.head.i
        if head == at:
            head = verb_at
        parse[i, 0] = (original(head) - i) & _UINT64  # (a relative head, as uint64)
        parse[i, 1] = doc.vocab.strings.add(tok.dep_)
        parse[i, 2] = tag if j == verb_at else doc.vocab.strings.add(tok.tag_)


@Language.factory(COMPONENT, default_config={"max_words": 60, "max_tries": 2})
def make_headline_verbs(nlp: Language, name: str, max_words: int,
                        max_tries: int) -> HeadlineVerbs:
    """The ``actorgraph_headline_verbs`` component (see :class:`HeadlineVerbs`)."""
    return HeadlineVerbs(nlp, max_words, max_tries)
