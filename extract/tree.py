"""The children of a token, read once per token of the Doc being extracted.

``token.children`` makes a new :class:`~spacy.tokens.Token` for each child on
every call, and the rules ask the same tokens' children over and over (the
rules of each verb, then the actors, the context and the coding of each
triple). While :func:`children_cached` holds a Doc, :func:`kids` keeps each
token's children, by token index, the first time they are asked; for any
other Doc it is ``token.children`` itself. The Doc must not be changed while it
is held: the parse repairs (:mod:`extract.hygiene`) run before.

The tokens kept are shared between calls, so ``is`` between two of them can
hold where it did not before; compare tokens with ``==`` or by index. A
function of a token's parse alone that the rules ask of the same tokens again
and again is kept the same way, by :func:`per_token`.
:func:`window_start` gives where a window of the sentences before a token begins
(an antecedent, an earlier act or an owner is looked for in it).

Examples
--------
>>> import spacy
>>> from spacy.tokens import Doc
>>> doc = Doc(spacy.blank("en").vocab, words=["Hamas", "freed", "hostages"],
...           heads=[1, 1, 1], deps=["nsubj", "ROOT", "dobj"])
>>> [t.text for t in kids(doc[1])]
['Hamas', 'hostages']
>>> with children_cached(doc):
...     [t.text for t in kids(doc[1])], kids(doc[1]) is kids(doc[1]), kids(doc[0])
(['Hamas', 'hostages'], True, ())
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from actorgraph.extract.deps import NEG
from spacy.tokens import Doc, Token

__all__ = ["children_cached", "has_neg", "in_lead", "joined_start", "kids", "labelled_kids",
           "per_token", "window_start"]

_held: Doc | None = None
_children: dict[int, tuple[Token, ...]] = {}
#: The held Doc's children with their dependency labels, by token index (:func:`labelled_kids`).
_labelled: dict[int, tuple[tuple[Token, str], ...]] = {}
#: The answers of the :func:`per_token` functions about the held Doc's tokens.
_answers: dict[tuple[Callable, int], object] = {}

T = TypeVar("T")


def kids(tok: Token) -> Iterable[Token]:
    """The children of ``tok`` in order (``tok.children``), kept while its Doc is held."""
    if tok.doc is not _held:
        return tok.children
    i = tok.i
    found = _children.get(i)
    if found is None:
        found = _children[i] = tuple(tok.children)
    return found


def labelled_kids(tok: Token) -> Iterable[tuple[Token, str]]:
    """``(child, child.dep_)`` of each child of ``tok`` in order, kept while its Doc is held.

    A label read from a token is a new string looked up in the vocabulary on every
    read: the rules that pick children by label (``children_of``, asked some 70,000
    times in a build of 300 short articles) read each child's once per Doc this way.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["Hamas", "freed", "hostages"],
    ...           heads=[1, 1, 1], deps=["nsubj", "ROOT", "dobj"])
    >>> [(t.text, dep) for t, dep in labelled_kids(doc[1])]
    [('Hamas', 'nsubj'), ('hostages', 'dobj')]
    >>> with children_cached(doc):
    ...     labelled_kids(doc[1]) is labelled_kids(doc[1])
    True
    """
    if tok.doc is not _held:
        return ((c, c.dep_) for c in tok.children)
    i = tok.i
    found = _labelled.get(i)
    if found is None:
        found = _labelled[i] = tuple((c, c.dep_) for c in kids(tok))
    return found


def per_token(function: Callable[[Token], T]) -> Callable[[Token], T]:
    """``function`` of a token, its answer kept by token index while the token's Doc is
    held (:func:`children_cached`); asked afresh for any other Doc.

    For functions of the parse alone (the held Doc does not change), which the rules
    ask of the same tokens again and again.

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> asked = []
    >>> @per_token
    ... def verb(tok):
    ...     asked.append(tok.i)
    ...     return tok.dep_ == "ROOT"
    >>> doc = Doc(spacy.blank("en").vocab, words=["Hamas", "freed", "hostages"],
    ...           heads=[1, 1, 1], deps=["nsubj", "ROOT", "dobj"])
    >>> verb(doc[1]), verb(doc[1]), asked
    (True, True, [1, 1])
    >>> with children_cached(doc):
    ...     verb(doc[1]), verb(doc[1]), verb(doc[0])
    (True, True, False)
    >>> asked
    [1, 1, 1, 0]
    """

    @functools.wraps(function)
    def kept(tok: Token) -> T:
        if tok.doc is not _held:
            return function(tok)
        key = (function, tok.i)
        if key in _answers:
            return _answers[key]  # type: ignore[return-value]
        found = _answers[key] = function(tok)
        return found

    return kept


@contextmanager
def children_cached(doc: Doc) -> Iterator[None]:
    """Keep the children of ``doc``'s tokens (and the :func:`per_token` answers about
    them) while in the block (``doc`` unchanged)."""
    global _held, _children, _labelled, _answers
    before = _held, _children, _labelled, _answers
    _held, _children, _labelled, _answers = doc, {}, {}, {}
    try:
        yield
    finally:
        _held, _children, _labelled, _answers = before


def joined_start(tok: Token) -> int:
    """The index of the first token of ``tok``'s sentence, read back over the semicolons
    that start a sentence of their own (:mod:`~actorgraph.extract.segment`): the clauses
    a semicolon joins are one sentence of the text.

    Examples
    --------
    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> doc = nlp("Hamas fired ; Israel struck . It said so .")
    >>> for i in (0, 3, 6):
    ...     doc[i].is_sent_start = True
    >>> joined_start(doc[4]), joined_start(doc[7])
    (0, 6)
    """
    doc = tok.doc
    start = tok.sent.start
    while start > 0 and doc[start - 1].text == ";":
        start = doc[start - 1].sent.start
    return start


def in_lead(tok: Token) -> bool:
    """Whether ``tok`` is in the text's first sentence, a clause after a semicolon that
    starts a sentence of its own included (:func:`joined_start`): a description there
    introduces its own, it points back to nothing before the text."""
    return joined_start(tok) == 0


def window_start(tok: Token, sentences: int) -> int:
    """The index of the first token of the sentence ``sentences`` sentences before
    ``tok``'s (0 at the start of the Doc; ``tok``'s own sentence for 0).

    Examples
    --------
    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> _ = nlp.add_pipe("sentencizer")
    >>> doc = nlp("Hamas fired. Israel struck. It said so.")
    >>> window_start(doc[-2], 0), window_start(doc[-2], 1), window_start(doc[-2], 5)
    (6, 3, 0)
    """
    doc = tok.doc
    start = tok.sent.start
    for _ in range(sentences):
        if start == 0:
            break
        start = doc[start - 1].sent.start
    return start


def has_neg(token: Token) -> bool:
    """Whether a token has a negation among its children ("not", "never", "n't").

    Examples
    --------
    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["Hamas", "did", "not", "free", "them"],
    ...           heads=[3, 3, 3, 3, 3], deps=["nsubj", "aux", "neg", "ROOT", "dobj"])
    >>> has_neg(doc[3]), has_neg(doc[0])
    (True, False)
    """
    return any(c.dep_ == NEG for c in kids(token))
