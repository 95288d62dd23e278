"""Notice text that is not in the model's language.

A spaCy pipeline reads one language: on another it still returns a parse,
but a meaningless one, and few relations. :func:`language_problem` tells such
text apart with the model's own stop-word list: in any running text of a
language, function words ("the", "of", "and"...) are a good third of the words
(at least 30% in every article of the Wikinews corpus), and in text of another
language almost none are.

Examples
--------
>>> import spacy
>>> nlp = spacy.blank("en")
>>> language_problem(nlp("Le gouvernement a annoncé mardi une réduction des impôts pour les "
...                      "ménages les plus modestes, une mesure attendue depuis longtemps."))
'does not look like English text (5% of its 19 words are common English words); processed anyway'
>>> language_problem(nlp("The government announced on Tuesday that it would cut taxes for the "
...                      "poorest households, a measure long demanded by the unions.")) is None
True
"""

from __future__ import annotations

import functools
import unicodedata

import numpy
import spacy.util
from spacy.attrs import IS_ALPHA, IS_STOP, IS_TITLE, LENGTH
from spacy.tokens import Doc, Span

__all__ = ["MIN_WORDS", "MIN_STOP_SHARE", "foreign_sentence", "language_problem", "scripts_of",
           "stop_counts"]

#: The token attributes the share of stop words is read from. A word is an alphabetic token
#: not in title case: names ("Viktor Orbán's Fidesz") are spelt alike in every language, so
#: a sentence of many names and few function words is not taken for another language.
_COLUMNS = (IS_ALPHA, IS_STOP, IS_TITLE)
#: Fewer words than this (and no run of other-script text) are too few to judge.
MIN_WORDS = 12
#: Text whose share of stop words is below this is reported.
MIN_STOP_SHARE = 0.1
#: Letters needed to judge text written without spaces (Chinese, Japanese, Thai...).
_MIN_LETTERS = 40
#: A sentence of at least MIN_WORDS words with a smaller share of stop words is foreign.
_SENTENCE_STOP_SHARE = 0.05


@functools.cache
def _language_name(code: str) -> str:
    """The language's name ("English"); asked once per code (spaCy's registry is slow)."""
    try:
        return spacy.util.get_lang_class(code).__name__
    except ImportError:
        return code


def _words(table: numpy.ndarray) -> numpy.ndarray:
    """Which ``to_array`` rows (first columns: ``_COLUMNS``) are words."""
    return (table[:, 0] == 1) & (table[:, 2] == 0)


def _stop_words(table: numpy.ndarray) -> tuple[int, int]:
    """(words, stop words) of ``to_array`` rows whose first columns are ``_COLUMNS``."""
    words = _words(table)
    return int(words.sum()), int(table[words, 1].sum())


def language_problem(doc: Doc) -> str | None:
    """Why ``doc`` looks like text in another language than its pipeline's, or None.

    Only the tokenizer's work is used (stop words are a lexical attribute),
    read for the whole Doc at once: this is cheap next to the parse.
    """
    language = _language_name(doc.lang_)
    if not len(doc):
        return None
    table = doc.to_array([*_COLUMNS, LENGTH])
    words, stops = _stop_words(table)
    if words >= MIN_WORDS:
        share = stops / words
        if share < MIN_STOP_SHARE:
            return (f"does not look like {language} text ({share:.0%} of its {words} words "
                    f"are common {language} words); processed anyway")
        return None
    letters = sum(ch.isalpha() for ch in doc.text[:100_000])
    in_words = int(table[table[:, 0] == 1, 3].sum())
    if letters >= _MIN_LETTERS and in_words < letters / 2:
        return (f"does not look like {language} text (most of its letters are not in "
                f"{language} words); processed anyway")
    return None


def _script(char: str) -> str:
    """The Unicode script of a letter, by its name: "LATIN", "DEVANAGARI", "CJK"..."""
    return unicodedata.name(char, "?").split(" ", 1)[0]


@functools.cache
def scripts_of(lang: str) -> frozenset[str]:
    """The scripts a language's stop words are written in (empty if it has none).

    Examples
    --------
    >>> sorted(scripts_of("en")), sorted(scripts_of("ru"))
    (['LATIN'], ['CYRILLIC'])
    """
    try:
        stop_words = spacy.util.get_lang_class(lang).Defaults.stop_words
    except ImportError:
        return frozenset()
    return frozenset(_script(ch) for word in stop_words for ch in word if ch.isalpha())


def _in_scripts(word: str, scripts: frozenset[str]) -> bool | None:
    """Whether most letters of a word are in ``scripts`` (None: no letters)."""
    if word.isascii():
        return "LATIN" in scripts if any(ch.isalpha() for ch in word) else None
    # letters and the marks of scripts such as Devanagari (vowel signs are marks)
    found = [_script(ch) in scripts for ch in word
             if ch.isalpha() or unicodedata.category(ch).startswith("M")]
    return sum(found) * 2 >= len(found) if found else None


def _only_in(text: str, scripts: frozenset[str]) -> bool:
    """Whether every letter (and mark) of ``text`` beyond ASCII is in ``scripts``: then,
    with Latin among them, no word of it is in another script (quotation marks and
    dashes are no letters).

    Examples
    --------
    >>> _only_in("“Café”, he said", frozenset({"LATIN"}))
    True
    >>> _only_in("Putin (Путин)", frozenset({"LATIN"}))
    False
    """
    return text.isascii() or all(
        _script(ch) in scripts for ch in text
        if not ch.isascii() and (ch.isalpha() or unicodedata.category(ch).startswith("M")))


def stop_counts(doc: Doc) -> tuple[list[int], list[int]]:
    """Running counts of the words and stop words of ``doc``'s tokens: the words of
    tokens ``start`` to ``end`` are ``words[end] - words[start]`` (for
    :func:`foreign_sentence`, which a caller checking every sentence of a Doc
    then spares a pass over each sentence's tokens).

    Examples
    --------
    >>> import spacy
    >>> words, stops = stop_counts(spacy.blank("en")("The talks in Doha, 2024."))
    >>> words, stops
    ([0, 0, 1, 2, 2, 2, 2, 2], [0, 0, 0, 1, 1, 1, 1, 1])
    """
    table = doc.to_array(list(_COLUMNS))
    words = _words(table)
    stops = numpy.cumsum(words & (table[:, 1] == 1)).tolist()
    words = numpy.cumsum(words).tolist()
    return [0, *words], [0, *stops]


def foreign_sentence(sent: Span, *, table: numpy.ndarray | None = None,
                     text: str | None = None,
                     counts: tuple[list[int], list[int]] | None = None) -> bool:
    """Whether a sentence is written in another language than its pipeline's.

    An English article may quote a passage in Hindi or Russian: the parse of
    such a sentence is meaningless, so the extractor skips it. A sentence is
    foreign when most of its words are in scripts the language does not use,
    or when it has many words and almost none of them are stop words. Names
    in another script inside a sentence of the language do not count.
    A caller that checks every sentence of a Doc can pass what it already has:
    ``counts``, :func:`stop_counts` of the whole Doc (or ``table``,
    ``doc.to_array([IS_ALPHA, IS_STOP, IS_TITLE])`` of it), and ``text``, the
    sentence's text.

    Examples
    --------
    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> foreign_sentence(nlp("Одной рукой покачивала ребенка, другой держала книгу.")[:])
    True
    >>> foreign_sentence(nlp("Putin (Путин) met Modi (मोदी) in Moscow on Monday.")[:])
    False
    """
    scripts = scripts_of(sent.doc.lang_)
    text = sent.text if text is None else text
    if scripts and not ("LATIN" in scripts and _only_in(text, scripts)):
        found = [inside for inside in (_in_scripts(t.text, scripts) for t in sent)
                 if inside is not None]
        if found.count(False) > found.count(True):
            return True
    if len(sent) < MIN_WORDS:
        return False
    if counts is not None:
        words = counts[0][sent.end] - counts[0][sent.start]
        stops = counts[1][sent.end] - counts[1][sent.start]
        return words >= MIN_WORDS and stops < _SENTENCE_STOP_SHARE * words
    if table is None:
        table = sent.doc.to_array(list(_COLUMNS))
    words, stops = _stop_words(table[sent.start:sent.end])
    return words >= MIN_WORDS and stops < _SENTENCE_STOP_SHARE * words
