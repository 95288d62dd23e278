"""Sentence boundaries at line breaks, set before the parser runs.

News text has headlines, subtitles, bylines and list items on lines of their
own, usually without a final period. The statistical parser tends to glue
such a line to the next one. The ``actorgraph_line_breaks`` component marks
the token after a line break as a sentence start, which the parser then
respects, unless the break is a soft wrap inside running prose (the line
does not end a sentence and the next line starts in lower case).

Examples
--------
>>> import spacy
>>> nlp = spacy.blank("en")
>>> _ = nlp.add_pipe("actorgraph_line_breaks")
>>> doc = nlp("Blinken presses for ceasefire\\nQatar warns Israel\\nwhich was\\nwrapped")
>>> [t.text for t in doc if t.is_sent_start]
['Blinken', 'Qatar']
"""

from __future__ import annotations

import numpy
from spacy.attrs import IS_SPACE
from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["COMPONENT", "hard_breaks", "mark_line_breaks"]

COMPONENT = "actorgraph_line_breaks"
#: Characters that end a sentence at the end of a line.
_TERMINAL = frozenset(".!?:;\"'\u201d\u2019)")


def hard_breaks(doc: Doc):
    """Yield the indices of tokens that start a new line-delimited sentence."""
    # only the whitespace tokens are looked at (read for the whole Doc at once)
    for i in numpy.flatnonzero(doc.to_array(IS_SPACE)[:-1]).tolist():
        tok = doc[i]
        if "\n" not in tok.text:
            continue
        nxt = doc[tok.i + 1]
        if nxt.is_space:
            continue
        paragraph = tok.text.count("\n") > 1
        prev = doc[tok.i - 1] if tok.i > 0 else None
        ends_sentence = prev is None or prev.text[-1:] in _TERMINAL
        continues = nxt.text[:1].islower()
        if paragraph or ends_sentence or not continues:
            yield nxt.i


@Language.component(COMPONENT)
def mark_line_breaks(doc: Doc) -> Doc:
    """Mark a sentence start after every hard line break."""
    for i in hard_breaks(doc):
        doc[i].is_sent_start = True
    return doc
