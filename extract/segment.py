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

import functools
import re

import numpy
from actorgraph.extract.deps import FINITE_TAGS, RELATIVE_TAGS, WHOSE_TAG
from actorgraph.extract.lexicon import CLAUSE_OPENERS, HYPHEN_SUFFIXES, ROLE_OR_TITLE_WORDS
from actorgraph.extract.news import news_words
from spacy.attrs import IS_SPACE
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["COMPONENT", "FINAL_STOPS", "NAME_HYPHENS", "SEMICOLON_CLAUSES", "clause_semicolons",
           "hard_breaks", "join_name_hyphens", "mark_line_breaks", "mark_semicolon_clauses",
           "split_final_stops"]

COMPONENT = "actorgraph_line_breaks"
#: The component that gives a sentence ending in "Inc." its own full stop.
FINAL_STOPS = "actorgraph_final_stops"
#: The component that keeps a hyphenated given name one word ("Kim Jong-un").
NAME_HYPHENS = "actorgraph_name_hyphens"
#: The component that starts a sentence after a semicolon between two independent clauses.
SEMICOLON_CLAUSES = "actorgraph_semicolon_clauses"
#: A capitalised word, then a short capitalised syllable joined by hyphens to short
#: lower-case ones ("Moon Jae-in", "Prayuth Chan-o-cha"), a word on each side.
_NAME_HYPHEN = re.compile(r"(?<![\w.-])([A-Z][a-z]+) ([A-Z][a-z]{1,4}(?:-[a-z]{1,5})+)(?![\w-])")
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


@functools.cache
def _final_stop() -> re.Pattern:
    """A corporate abbreviation with its period before a capital or the end ("Inc. The")."""
    words = sorted(w[:-1] for w in news_words("corporate") if re.fullmatch(r"[A-Za-z]+\.", w))
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, words))})\.(?=\s+[A-Z]|\s*$)")


@Language.component(FINAL_STOPS)
def split_final_stops(doc: Doc) -> Doc:
    """Give a sentence that ends in a corporate abbreviation its own full stop.

    "... agreed to buy People Express Airlines Inc. Shares rose." has one
    period for two uses: the tokenizer keeps "Inc." whole, and the parser then
    takes the name for the sentence's punctuation or runs the sentence on
    into the next. Before a capital (or at the end of the text) the
    abbreviation is split into "Inc" and "." (the text and its offsets are
    unchanged), except before a title ("Apple Inc. Chief Executive Tim
    Cook"), where the name runs on. Runs before the tagger, on every text.

    Examples
    --------
    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> _ = nlp.add_pipe(FINAL_STOPS)
    >>> [t.text for t in nlp("Texaco sued Pennzoil Co. Shares of Exxon Corp. rose.")]
    ['Texaco', 'sued', 'Pennzoil', 'Co', '.', 'Shares', 'of', 'Exxon', 'Corp.', 'rose', '.']
    >>> [t.text for t in nlp("Apple Inc. Chief Executive Tim Cook met Xi.")][:3]
    ['Apple', 'Inc.', 'Chief']
    """
    found = []
    for match in _final_stop().finditer(doc.text):
        token = doc.char_span(match.start(), match.end())
        if token is None or len(token) != 1:
            continue
        token = token[0]
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if after is not None and after.lower_ in ROLE_OR_TITLE_WORDS:
            continue  # "Apple Inc. Chief Executive Tim Cook": a title runs the name on
        found.append(token)
    if found:
        with doc.retokenize() as retokenizer:
            for token in found:
                # the name's last word heads the stop: a parse leaves a verbless line
                # ("SOURCE Contoso Inc.") as it is, and "Inc" under its own "." made a
                # cycle the parser kept (spaCy then fails on the sentence's root)
                retokenizer.split(token, [token.text[:-1], "."], heads=[(token, 0), (token, 0)])
    return doc


@Language.component(NAME_HYPHENS)
def join_name_hyphens(doc: Doc) -> Doc:
    """Make a hyphenated given name after a family name one token ("Han Duck-soo").

    The tokenizer splits "Duck-soo" into "Duck", "-", "soo"; the tagger then reads
    the last syllable as a common noun and the parser hangs the name's other words
    on it, so "indicted former prime minister Han Duck-soo" has no named object and
    "extradite crypto executive Han Min-ho" keeps only the title. A short capitalised
    syllable joined by hyphens to short lower-case ones, right after a capitalised
    word that is no stop word ("The Yemen-based"), is made one token, unless a
    lower-case part makes a compound modifier (``[hyphen_suffixes]``: "Hong
    Kong-based", "Saudi Arabia-led"). Runs before the tagger; the text and its
    offsets are unchanged.

    Examples
    --------
    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> _ = nlp.add_pipe(NAME_HYPHENS)
    >>> [t.text for t in nlp("Police held Lee Jae-myung in Hong Kong-based offices.")]
    ['Police', 'held', 'Lee', 'Jae-myung', 'in', 'Hong', 'Kong', '-', 'based', 'offices', '.']
    """
    text = doc.text  # (joined from every token at each read: read once)
    if "-" not in text:
        return doc
    found = []
    for match in _NAME_HYPHEN.finditer(text):
        if match.group(1).lower() in STOP_WORDS:
            continue
        if any(part in HYPHEN_SUFFIXES for part in match.group(2).split("-")[1:]):
            continue
        span = doc.char_span(match.start(2), match.end(2))
        if span is not None and len(span) > 1:
            found.append(span)
    if found:
        with doc.retokenize() as retokenizer:
            for span in found:
                retokenizer.merge(span)
    return doc


#: Tags of a word that can be a clause's subject.
_NOMINAL = frozenset({"NN", "NNS", "NNP", "NNPS", "PRP", "CD", "EX"})
#: Tags of a word that opens a dependent clause ("; which ...", "; who ...", "; whose ...",
#: "; when ...": the relative pronouns and the wh-adverb).
_RELATIVE = RELATIVE_TAGS | {WHOSE_TAG, "WRB"}
#: Tokens that end a clause's reach on either side of a semicolon.
_CLAUSE_ENDS = frozenset({";", ".", "!", "?"})
_OPENS = frozenset({"(", "["})
_CLOSES = frozenset({")", "]"})


def _independent(doc: Doc, start: int, end: int) -> bool:
    """Whether the tokens ``doc[start:end]`` read as a clause of their own by their tags:
    a finite verb with a nominal before it (its subject), opened by no relative word or
    subordinating conjunction and not run on from a line break."""
    if start >= end:
        return False
    first = doc[start]
    if first.tag_ in _RELATIVE or first.lower_ in CLAUSE_OPENERS:
        return False
    nominal = False
    for tok in doc[start:end]:
        if tok.tag_ in _NOMINAL:
            nominal = True
        elif (tok.tag_ in FINITE_TAGS and nominal
              and not (tok.i > 0 and doc[tok.i - 1].tag_ == "TO")):
            return True
    return False


def clause_semicolons(doc: Doc):
    """Yield the semicolons of a tagged Doc that join two independent clauses.

    A semicolon counts when the words back to the previous semicolon, sentence stop
    or line break and the words on to the next each hold a finite verb with a
    nominal before it (:func:`_independent`); one inside parentheses or brackets or
    inside double quotes on its line never counts, nor does one in a list ("in Paris;
    Berlin; and Rome": no verb on the list's side)."""
    depth, quoted, left = 0, False, 0
    for tok in doc:
        text = tok.text
        if "\n" in text:
            depth, quoted, left = 0, False, tok.i + 1
        elif text in _OPENS:
            depth += 1
        elif text in _CLOSES:
            depth = max(depth - 1, 0)
        elif text == '"' or text in ("\u201c", "\u201d"):
            quoted = (not quoted) if text == '"' else text == "\u201c"
        elif text in _CLAUSE_ENDS:
            if text == ";" and not depth and not quoted and tok.i + 1 < len(doc):
                right = tok.i + 1
                while right < len(doc) and doc[right].text not in _CLAUSE_ENDS \
                        and "\n" not in doc[right].text:
                    right += 1
                if _independent(doc, left, tok.i) and _independent(doc, tok.i + 1, right):
                    yield tok
            left = tok.i + 1


@Language.component(SEMICOLON_CLAUSES)
def mark_semicolon_clauses(doc: Doc) -> Doc:
    """Start a sentence after a semicolon that joins two independent clauses.

    Event summaries and wire copy join two events with a semicolon ("Russia shells
    Kharkiv; Ukraine downs 12 drones over Kyiv"); the parser then tends to hang the
    first clause's verb on the second's as its complement, so a subject, a negation or
    a hedge of one clause reaches the other. Runs after the tagger and before the
    parser, which keeps a preset sentence start; lists, parentheses and quotations
    are left alone (:func:`clause_semicolons`). The text and its offsets are unchanged.

    Examples
    --------
    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> _ = nlp.add_pipe(SEMICOLON_CLAUSES)
    >>> doc = nlp("Rebels seized Goma; troops fled.")
    >>> for tok, tag in zip(doc, ["NNS", "VBD", "NNP", ":", "NNS", "VBD", "."]):
    ...     tok.tag_ = tag
    >>> [t.text for t in nlp.get_pipe(SEMICOLON_CLAUSES)(doc) if t.is_sent_start]
    ['Rebels', 'troops']
    """
    if ";" not in doc.text:
        return doc
    for semicolon in list(clause_semicolons(doc)):
        doc[semicolon.i + 1].is_sent_start = True
    return doc
