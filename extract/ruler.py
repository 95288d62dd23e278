"""The pipeline's attribute ruler, matched per distinct token instead of per token.

spaCy's English pipelines map fine-grained tags to parts of speech and
morphology, and fix the attributes of a few words, with an ``attribute_ruler``:
a Matcher of some 180 patterns run over every token of every Doc, each match
then applied through a Span. That is about a tenth of en_core_web_sm's parse
time. Its patterns read a few attributes of one or two tokens (the lower-case
form, the tag, the dependency label, whether the token is a space), so which
patterns a token matches is a function of those attributes only.
:class:`FastAttributeRuler` reads them for the whole Doc at once, works out the
patterns of each combination once (kept between Docs), and applies each
token's attributes in one call, in the ruler's own order (a later pattern
wins): the same annotations, a fraction of the time. A ruler whose patterns use
anything else (other attributes, operators, quantifiers) is left as it is.

Examples
--------
>>> import spacy
>>> from spacy.tokens import Doc
>>> nlp = spacy.blank("en")
>>> ruler = nlp.add_pipe("attribute_ruler")
>>> ruler.add_patterns([{"patterns": [[{"TAG": "NNS"}]], "attrs": {"POS": "NOUN"}},
...                     {"patterns": [[{"LOWER": "talks", "TAG": "NNS"}]],
...                      "attrs": {"LEMMA": "talk"}}])
>>> doc = Doc(nlp.vocab, words=["Talks", "resumed"], tags=["NNS", "VBD"])
>>> _ = FastAttributeRuler(ruler, compile_ruler(ruler))(doc)
>>> [(t.pos_, t.lemma_) for t in doc]
[('NOUN', 'talk'), ('', '')]

The model's pipeline (:func:`extract.pipeline.load_model`) runs it in the place of
``attribute_ruler``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.attrs import DEP, IS_SPACE, LOWER, ORTH, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

__all__ = ["COMPONENT", "FastAttributeRuler", "compile_ruler", "set_bits",
           "use_fast_attribute_ruler"]

COMPONENT = "actorgraph_attribute_ruler"
#: Token attributes a pattern may read, by their name in Matcher patterns.
_ATTRS = {"ORTH": ORTH, "TEXT": ORTH, "LOWER": LOWER, "TAG": TAG, "DEP": DEP,
          "IS_SPACE": IS_SPACE}
#: Distinct combinations kept; the cache restarts beyond this.
MAX_CACHE = 1_000_000



def _condition(value) -> tuple[str, object] | None:
    """``("eq", values)`` for a condition met by a set of values (a string, a bool,
    ``IN``), ``("test", function)`` for one tested value by value (``NOT_IN``,
    ``REGEX``), or None for a condition this module does not handle."""
    if isinstance(value, str | bool):
        return "eq", (value,)
    if isinstance(value, dict) and len(value) == 1:
        (op, arg), = value.items()
        if op == "IN" and isinstance(arg, list) and all(isinstance(a, str) for a in arg):
            return "eq", tuple(arg)
        if op == "NOT_IN" and isinstance(arg, list) and all(isinstance(a, str) for a in arg):
            members = frozenset(arg)
            return "test", lambda v: v not in members
        if op == "REGEX" and isinstance(arg, str):
            return "test", lambda v, _search=re.compile(arg).search: bool(_search(v))
    return None


class _Compiled:
    """The patterns of an :class:`AttributeRuler` as bit masks of pattern tokens.

    Every token of every pattern is a bit; for each attribute (a column) and
    value, the mask of the pattern tokens whose condition on that attribute the
    value meets (or that have none). A token meets the pattern tokens of the
    AND of its columns' masks.
    """

    def __init__(self, ruler: AttributeRuler):
        self.columns: list[str] = []
        #: (pattern order, token of the pattern, its size, index in the match) of each bit
        self.slots: list[tuple[int, int, int, int]] = []
        conditions: list[dict[str, tuple[str, object]]] = []
        self.attrs = list(ruler.attrs)
        self.supported = True
        for order, entry in enumerate(ruler.patterns):
            index = entry["index"]
            for pattern in entry["patterns"]:
                if not pattern or not isinstance(pattern, list) or not isinstance(index, int) \
                        or not -len(pattern) <= index < len(pattern):
                    self.supported = False
                    return
                for position, spec in enumerate(pattern):
                    found = {}
                    for name, value in spec.items():
                        condition = _condition(value)
                        if name not in _ATTRS or condition is None \
                                or (name == "IS_SPACE") != isinstance(value, bool):
                            self.supported = False
                            return
                        if name not in self.columns:
                            self.columns.append(name)
                        found[name] = condition
                    conditions.append(found)
                    self.slots.append((order, position, len(pattern), index % len(pattern)))
        self._always = {c: 0 for c in self.columns}
        self._equal: dict[str, dict[object, int]] = {c: {} for c in self.columns}
        self._tests: dict[str, list[tuple[int, Callable]]] = {c: [] for c in self.columns}
        for bit, found in enumerate(conditions):
            for column in self.columns:
                condition = found.get(column)
                if condition is None:
                    self._always[column] |= 1 << bit
                elif condition[0] == "eq":
                    for value in condition[1]:
                        table = self._equal[column]
                        table[value] = table.get(value, 0) | 1 << bit
                else:
                    self._tests[column].append((bit, condition[1]))
        self._masks: dict[str, dict[object, int]] = {c: {} for c in self.columns}

    def mask(self, column: str, value) -> int:
        """The pattern tokens whose condition on ``column`` ``value`` meets."""
        masks = self._masks[column]
        found = masks.get(value)
        if found is None:
            found = self._always[column] | self._equal[column].get(value, 0)
            for bit, test in self._tests[column]:
                if test(value):
                    found |= 1 << bit
            masks[value] = found
        return found


def compile_ruler(ruler: AttributeRuler) -> _Compiled | None:
    """The ruler's patterns compiled, or None if one of them is beyond this module."""
    compiled = _Compiled(ruler)
    return compiled if compiled.supported else None


def set_bits(mask: int) -> tuple[int, ...]:
    """The positions of the set bits of a non-negative ``mask``, lowest first.

    One turn per set bit, not per position up to the highest (a row of
    attributes meets a few of the ruler's 188 pattern tokens).

    Examples
    --------
    >>> set_bits(0b101001), set_bits(0), set_bits(1 << 187)
    ((0, 3, 5), (), (187,))
    """
    bits = []
    while mask:
        low = mask & -mask
        bits.append(low.bit_length() - 1)
        mask ^= low
    return tuple(bits)


class FastAttributeRuler:
    """A pipeline component setting the attributes ``ruler`` would set.

    Each token's pattern tokens are found from its row of attribute values
    (cached); a pattern of several tokens matches where each of its tokens
    does in turn. The attributes of every match on a token are merged in the
    ruler's order (pattern order, then position) and set once.
    """

    def __init__(self, ruler: AttributeRuler, compiled: _Compiled):
        self.ruler = ruler
        self.compiled = compiled
        self._ids = [_ATTRS[name] for name in compiled.columns]
        self._rows: dict[tuple[int, ...], tuple[int, tuple[int, ...]]] = {}
        self._merged: dict[tuple[int, ...], dict] = {}

    def _bits(self, key: tuple[int, ...], strings) -> tuple[int, tuple[int, ...]]:
        """(mask, bits) of the pattern tokens a row of attribute ids meets."""
        mask = -1
        for column, value in zip(self.compiled.columns, key, strict=True):
            mask &= self.compiled.mask(column, bool(value) if column == "IS_SPACE"
                                       else strings[value])
        return mask, set_bits(mask)

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if not n:
            return doc
        if len(self._rows) > MAX_CACHE:
            self._rows.clear()
            self._merged.clear()
        strings = doc.vocab.strings
        table = doc.to_array(self._ids).reshape(n, -1).tolist()
        rows, slots = self._rows, self.compiled.slots
        found = []
        for row in table:
            key = tuple(row)
            hits = rows.get(key)
            if hits is None:
                hits = rows[key] = self._bits(key, strings)
            found.append(hits)
        # (pattern order, match start, match end) -> target token, once per span
        applied: dict[tuple[int, int, int], int] = {}
        for start, (_mask, bits) in enumerate(found):
            for bit in bits:
                order, position, size, index = slots[bit]
                if position:
                    continue
                if size > 1 and (start + size > n or not all(
                        found[start + k][0] >> (bit + k) & 1 for k in range(1, size))):
                    continue
                applied.setdefault((order, start, start + size), start + index)
        per_token: dict[int, list[int]] = {}
        for (order, _start, _end), target in sorted(applied.items()):
            per_token.setdefault(target, []).append(order)
        merged, attrs = self._merged, self.compiled.attrs
        for target, orders in per_token.items():
            key = tuple(orders)
            values = merged.get(key)
            if values is None:
                values = {}
                for order in orders:
                    values.update(attrs[order])
                merged[key] = values
            if values:
                set_token_attrs(doc[target], values)
        return doc


@Language.factory(COMPONENT)
def _make(nlp: Language, name: str) -> FastAttributeRuler:
    ruler = nlp.get_pipe("attribute_ruler")
    return FastAttributeRuler(ruler, compile_ruler(ruler))


def use_fast_attribute_ruler(nlp: Language) -> None:
    """Put a :class:`FastAttributeRuler` in the place of ``nlp``'s attribute ruler.

    Pipelines without an ``attribute_ruler``, or whose patterns this module
    does not handle, are left as they are.
    """
    if "attribute_ruler" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    if not isinstance(ruler, AttributeRuler) or compile_ruler(ruler) is None:
        return
    nlp.add_pipe(COMPONENT, after="attribute_ruler")
    nlp.disable_pipe("attribute_ruler")
