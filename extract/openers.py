"""Names opening a sentence that the tagger read as a common word.

A present-tense summary or a headline-style sentence often opens with a name the small
model has never seen: "Vance criticises European leaders in Munich", "Orban vetoes new EU
sanctions against Russia", "Hegseth orders strikes on Houthi targets". Opening the
sentence, the word is capitalised whatever it is, so the tagger reads it as a common noun
("Vance"/NN: the actor becomes the concept "vance"), an adjective ("Orban"/JJ, "Hegseth"/JJ:
the parser then reads the verb as a noun and the sentence as one noun phrase, no clause,
no triple) or a verb. The same word in the middle of a sentence is read as the name it is.

The ``actorgraph_sentence_openers`` component (after the parser, before the headline verbs
and the attribute ruler) parses such a sentence a second time with a short opener before it
(``Yesterday ,``): the word is then a capitalised word inside the sentence. When the variant
reads it as a proper noun (NNP) that is the subject of a clause or a word of its subject
("Glencore shareholders reject ..."), the variant's tags, heads and dependencies are copied
onto the sentence, token for token (the opener left out), as
:mod:`~actorgraph.extract.headline` does. The text, the tokens and their offsets stay those
of the original; the attribute ruler, the lemmatizer and the NER run on it as on any other.

A sentence is tried only when its first word is a candidate: capitalised, of letters only,
at least three of them, tagged a singular common noun, an adjective or a verb, in a sentence with a
lower-case word (not a line in capitals), and no English word: neither the word nor a base
of it ("fined" -> "fine", "rises" -> "rise") is a word of the lemmatizer's tables (the
WordNet index of nouns, verbs, adjectives and adverbs, and their irregular forms). An
English word stays what the tagger read ("Police", "Violence", "Fined by ...", and
"Trump", whose lower-case form is a noun and a verb: a surname typed a person elsewhere in
the article is the person, see :meth:`ActorResolver._name_read_as_noun
<actorgraph.extract.actors.ActorResolver._name_read_as_noun>`).

Examples
--------
>>> from actorgraph.extract.pipeline import load_model
>>> doc = load_model()("Hegseth orders strikes on Houthi targets.")
>>> [(t.text, t.tag_, t.dep_) for t in doc[:2]]
[('Hegseth', 'NNP', 'nsubj'), ('orders', 'VBZ', 'ROOT')]
"""

from __future__ import annotations

import functools

import spacy
from actorgraph.extract.deps import COMPOUND, NSUBJ, NSUBJPASS, PUNCT, ROOT
from actorgraph.extract.models import DEFAULT_MODEL, reparse
from spacy.attrs import DEP, HEAD, TAG
from spacy.language import Language
from spacy.lookups import Lookups
from spacy.tokens import Doc, Span, Token

__all__ = ["COMPONENT", "SentenceOpeners", "english_word", "foreign_name", "known_words"]

COMPONENT = "actorgraph_sentence_openers"
#: The words put before the sentence in the variant: its first word is then inside it.
_OPENER = ("Yesterday", ",")
#: Tags of a word the tagger read as a name (what the variant must read).
_NAME_TAGS = frozenset({"NNP", "NNPS"})
#: Tags of a first word tried: a common word a name may be read as (a singular noun, an
#: adjective, a verb). Not a name already, nor a plural ("Officials", "Hammons"), nor the
#: closed classes ("The", "She", "Although"), which are no WordNet words either.
_COMMON_TAGS = frozenset({"NN", "JJ", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ"})
#: Dependencies of a subject in the variant.
_SUBJECT_DEPS = frozenset({NSUBJ, NSUBJPASS})
#: The parts of speech of the lemmatizer's index.
_INDEX_PARTS = ("noun", "verb", "adj", "adv")
#: Endings taken off a word to find an English base, and what replaces them.
_ENDINGS = (("ies", "y"), ("es", ""), ("s", ""), ("ied", "y"), ("ed", ""), ("ed", "e"),
            ("d", ""), ("ing", ""), ("ing", "e"), ("ly", ""))
#: The mask of a uint64 (``Doc.to_array`` gives heads as uint64 offsets).
_UINT64 = (1 << 64) - 1
#: The fewest letters of a candidate.
_MIN_LETTERS = 3


def english_word(word: str, known: frozenset[str]) -> bool:
    """Whether a lower-case word, or a base of it, is one of ``known`` (the words of the
    lemmatizer's tables).

    Examples
    --------
    >>> known = frozenset({"fine", "rise", "police", "trump"})
    >>> english_word("fined", known), english_word("rises", known), english_word("trump", known)
    (True, True, True)
    >>> english_word("vance", known), english_word("orban", known)
    (False, False)
    """
    if word in known:
        return True
    return any(word.endswith(end) and len(word) > len(end) + 1
               and word[:-len(end)] + add in known for end, add in _ENDINGS)


def _known_words(lookups, parts: tuple[str, ...] = _INDEX_PARTS) -> frozenset[str]:
    """The words of the lemmatizer's index and irregular forms of the parts of speech
    ``parts`` (all of them by default)."""
    found: set[str] = set()
    if lookups.has_table("lemma_index"):
        index = lookups.get_table("lemma_index")
        for part in parts:
            found.update(index.get(part, ()))
    if lookups.has_table("lemma_exc"):
        irregular = lookups.get_table("lemma_exc")
        for part in parts:
            for form, bases in irregular.get(part, {}).items():
                found.add(form)
                found.update(bases)
    return frozenset(found)


def _read_lookups(model: str) -> Lookups | None:
    """The lemmatizer tables an installed pipeline ships, read from its folder (None if
    it ships none, or is not installed as a package)."""
    try:
        path = spacy.util.get_package_path(model)
    except (ImportError, ModuleNotFoundError, AttributeError):
        return None
    for folder in sorted(path.glob("*/lemmatizer/lookups")):
        return Lookups().from_disk(folder)
    return None


@functools.cache
def _words_by_part(model: str) -> dict[str, frozenset[str]] | None:
    """The words of each part of speech of :data:`_INDEX_PARTS` in the lemmatizer tables
    of ``model`` (None without tables): the tables are read once, not once for each
    set of parts asked about (three in a build: 0.02 s each)."""
    lookups = _read_lookups(model)
    if lookups is None:
        return None
    return {part: _known_words(lookups, (part,)) for part in _INDEX_PARTS}


@functools.cache
def known_words(model: str = DEFAULT_MODEL,
                parts: tuple[str, ...] = _INDEX_PARTS) -> frozenset[str]:
    """The English words of the lemmatizer tables an installed pipeline ships (none if it
    ships none, or is not installed as a package), of the parts of speech ``parts``
    ("noun", "verb", "adj", "adv"; all by default).

    Examples
    --------
    >>> verbs, nouns = known_words(parts=("verb",)), known_words(parts=("noun",))
    >>> "negotiate" in verbs, "negotiation" in verbs, "negotiation" in nouns
    (True, False, True)
    >>> known_words(parts=("verb", "noun")) == verbs | nouns, known_words("no_such_model")
    (True, frozenset())
    """
    by_part = _words_by_part(model)
    if by_part is None:
        return frozenset()
    if all(part in by_part for part in parts):
        return frozenset().union(*(by_part[part] for part in parts))
    lookups = _read_lookups(model)  # a part of speech of its own
    return frozenset() if lookups is None else _known_words(lookups, parts)


def foreign_name(token: Token) -> bool:
    """Whether a capitalised word of letters is no English word (:func:`english_word`
    over :func:`known_words`): a name, when the NER missed it ("Prabowo", "Glencore";
    not "Parliament", "Senate"). False when no tables are installed.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["Prabowo", "Senate", "army"])
    >>> [foreign_name(t) for t in doc]
    [True, False, False]
    """
    known = known_words()
    return (bool(known) and token.is_alpha and token.text[:1].isupper()
            and len(token.text) >= _MIN_LETTERS and not english_word(token.lower_, known))


def _candidate(sent: Span, known: frozenset[str]) -> bool:
    """Whether the first word of ``sent`` may be a name read as a common word (see the
    module docstring)."""
    first = sent[0]
    text = first.text
    return (len(sent) > 2 and first.is_alpha and len(text) >= _MIN_LETTERS
            and text[:1].isupper() and first.tag_ in _COMMON_TAGS
            and not english_word(first.lower_, known)
            and any(t.is_lower and t.is_alpha for t in sent))


def _accept(variant: Doc, at: int) -> bool:
    """Whether the variant reads its word at ``at`` as a proper noun in a subject: the
    subject of a clause, or a word of one ("Glencore shareholders"), with the opener hung
    on the sentence's one root and nothing else hung on the opener."""
    word = variant[at]
    if word.tag_ not in _NAME_TAGS:
        return False
    if sum(1 for t in variant if t.dep_ == ROOT) != 1:
        return False
    if any(t.head.i < at and t.i >= at for t in variant):
        return False  # a word of the sentence hung on the opener
    if any(t.head.i >= at and t.i < at and t.dep_ != PUNCT and t.head.dep_ != ROOT
           for t in variant):
        return False  # the opener hung inside the sentence, not on its root
    phrase = word
    while phrase.dep_ == COMPOUND and phrase.head.i > phrase.i:
        phrase = phrase.head
    return phrase.dep_ in _SUBJECT_DEPS


class SentenceOpeners:
    """The ``actorgraph_sentence_openers`` component (see the module docstring).

    Parameters
    ----------
    nlp
        The pipeline whose tok2vec, tagger and parser parse the variants, and whose
        ``lemmatizer`` holds the tables of English words.
    max_words
        The longest sentence (in tokens) re-parsed.
    known
        The English words; by default those of the pipeline's lemmatizer.
    """

    def __init__(self, nlp: Language, max_words: int,
                 known: frozenset[str] | None = None) -> None:
        self.nlp = nlp
        self.max_words = max_words
        if known is not None:
            self.known = known

    @functools.cached_property
    def known(self) -> frozenset[str]:
        """The English words of the pipeline's lemmatizer (none without one)."""
        for name in ("lemmatizer", "actorgraph_lemmatizer"):
            if name in self.nlp.pipe_names:
                pipe = self.nlp.get_pipe(name)
                lookups = getattr(pipe, "lookups", None) or getattr(
                    getattr(pipe, "lemmatizer", None), "lookups", None)
                if lookups is not None:
                    return _known_words(lookups)
        return frozenset()

    def __call__(self, doc: Doc) -> Doc:
        """Re-parse the sentences of ``doc`` whose first word is a name read as a
        common word."""
        known = self.known
        if not known:
            return doc
        for sent in list(doc.sents):
            if len(sent) <= self.max_words and _candidate(sent, known):
                self._repair(doc, sent)
        return doc

    def _repair(self, doc: Doc, sent: Span) -> None:
        """Parse the variant of one sentence and take it when it reads the first word as
        a name in a subject."""
        words = [*_OPENER, *(t.text for t in sent)]
        spaces = [False, True, *(bool(t.whitespace_) for t in sent)]
        (variant,) = reparse(self.nlp, [Doc(doc.vocab, words=words, spaces=spaces)])
        at = len(_OPENER)
        if not _accept(variant, at):
            return
        parse = doc.to_array([HEAD, DEP, TAG])
        for j, tok in enumerate(variant[at:], start=at):
            i = sent.start + j - at
            head = tok.head.i if tok.head.i >= at else j  # (the opener's root is the root)
            parse[i, 0] = (sent.start + head - at - i) & _UINT64
            parse[i, 1] = doc.vocab.strings.add(tok.dep_)
            parse[i, 2] = doc.vocab.strings.add(tok.tag_)
        doc.from_array([HEAD, DEP, TAG], parse)


@Language.factory(COMPONENT, default_config={"max_words": 60})
def make_sentence_openers(nlp: Language, name: str, max_words: int) -> SentenceOpeners:
    """The ``actorgraph_sentence_openers`` component (see :class:`SentenceOpeners`)."""
    return SentenceOpeners(nlp, max_words)
