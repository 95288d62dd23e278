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
'does not look like English text (5% of its 20 words are common English words); processed anyway'
>>> language_problem(nlp("The government announced on Tuesday that it would cut taxes for the "
...                      "poorest households, a measure long demanded by the unions.")) is None
True
"""

from __future__ import annotations

import spacy.util
from spacy.attrs import IS_ALPHA, IS_STOP, LENGTH
from spacy.tokens import Doc

__all__ = ["MIN_WORDS", "MIN_STOP_SHARE", "language_problem"]

#: Fewer words than this (and no run of other-script text) are too few to judge.
MIN_WORDS = 12
#: Text whose share of stop words is below this is reported.
MIN_STOP_SHARE = 0.1
#: Letters needed to judge text written without spaces (Chinese, Japanese, Thai...).
_MIN_LETTERS = 40


def _language_name(code: str) -> str:
    try:
        return spacy.util.get_lang_class(code).__name__
    except ImportError:
        return code


def language_problem(doc: Doc) -> str | None:
    """Why ``doc`` looks like text in another language than its pipeline's, or None.

    Only the tokenizer's work is used (stop words are a lexical attribute),
    read for the whole Doc at once: this is cheap next to the parse.
    """
    language = _language_name(doc.lang_)
    if not len(doc):
        return None
    table = doc.to_array([IS_ALPHA, IS_STOP, LENGTH])
    alpha = table[:, 0] == 1
    words = int(alpha.sum())
    if words >= MIN_WORDS:
        share = float(table[alpha, 1].sum()) / words
        if share < MIN_STOP_SHARE:
            return (f"does not look like {language} text ({share:.0%} of its {words} words "
                    f"are common {language} words); processed anyway")
        return None
    letters = sum(ch.isalpha() for ch in doc.text[:100_000])
    in_words = int(table[alpha, 2].sum())
    if letters >= _MIN_LETTERS and in_words < letters / 2:
        return (f"does not look like {language} text (most of its letters are not in "
                f"{language} words); processed anyway")
    return None
