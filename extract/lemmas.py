"""The pipeline's own lemmatizer, asked once per distinct word form.

spaCy's rule lemmatizer runs Python code for every token of every document;
its lemma is a function of the token's text, part of speech and morphology
only. :class:`CachedLemmatizer` stands in front of it: it reads those three
for the whole Doc at once, asks the lemmatizer only for combinations not seen
before, and writes the lemmas back in one call. Same lemmas, a fraction of
the time (the lemmatizer is about a tenth of en_core_web_sm's parse time).

Of the lemmatizer's candidates it takes the first, except for a verb whose
base ends in a silent "e" (:func:`pick`): the rule lemmatizer offers "fin"
before "fine" for "fined", "hop" before "hope" for "hoped", "wag" before
"wage" for "waged".

Examples
--------
>>> import spacy
>>> from actorgraph.extract.pipeline import load_model
>>> nlp = load_model()
>>> "actorgraph_lemmatizer" in nlp.pipe_names, "lemmatizer" in nlp.pipe_names
(True, False)
>>> [t.lemma_ for t in nlp("Israel struck targets as talks were held.")]
['Israel', 'strike', 'target', 'as', 'talk', 'be', 'hold', '.']
>>> [t.lemma_ for t in nlp("The EU fined Apple and hoped it would stop.")][2:5]
['fine', 'Apple', 'and']
"""

from __future__ import annotations

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.symbols import VERB
from spacy.tokens import Doc

__all__ = ["COMPONENT", "CachedLemmatizer", "WordList", "pick", "prefixed_irregular",
           "unknown_base", "use_cached_lemmatizer"]

COMPONENT = "actorgraph_lemmatizer"
#: Distinct (form, part of speech, morphology) kept; the cache restarts beyond this.
MAX_CACHE = 1_000_000
_VOWELS = frozenset("aeiou")
#: Final consonants that are never doubled before -ed / -ing ("sewed", "fixed", "played").
_UNDOUBLED = frozenset("wxy")
#: Endings of a base that takes "-es" in the present ("fixes", "passes", "pushes").
_ES_ENDINGS = ("s", "x", "z", "ch", "sh")
#: Prefixes of verbs made from irregular ones ("outsold", "overran", "undercut").
_VERB_PREFIXES = ("out", "over", "under", "mis", "fore", "re")
#: The part of speech of a verb (spaCy's symbol).
_VERB = VERB
#: The shortest stem of an unknown verb :func:`pick` spells out itself.
_SHORTEST_STEM = 3
#: Final letters of a stem whose base ends in "e" ("weaved", "forced", "ostracized").
_E_AFTER = frozenset("vcz")
#: Endings of a stem whose base ends in "e" ("judged", "acquired").
_E_ENDINGS = ("dg", "uir")
#: Final letters that take an "e" after a consonant ("challenged", "rekindled", "lapsed").
_E_AFTER_CONSONANT = frozenset("gls")
#: Unstressed endings of a stem whose base takes no "e" ("tasered", "ransomed").
_UNSTRESSED_ENDINGS = ("er", "en", "on", "om", "et", "ow", "ew")


def pick(forms: list[str], text: str) -> str:
    """The lemma among the rule lemmatizer's candidates ``forms`` of the word ``text``.

    The first candidate, except when a base ending in "e" is also offered for
    an -ed or -ing form whose stem ends in one consonant after one vowel: a
    base without the "e" would have doubled it ("fin" makes "finned", so
    "fined" is "fine"; "hopped" is "hop", "hoped" is "hope").

    Examples
    --------
    >>> pick(["fin", "fine"], "fined"), pick(["wag", "wage"], "waging")
    ('fine', 'wage')
    >>> pick(["visit"], "visited"), pick(["bar", "bare"], "barring"), pick(["be"], "was")
    ('visit', 'bar', 'be')

    A present "-es" after a consonant that takes no "-es" of its own is the "e" of
    the base ("fines" is "fine", as in the headline "EU fines Google"; "fixes" is
    "fix", "pushes" "push").

    >>> pick(["fin", "fine"], "fines"), pick(["fix", "fixe"], "fixes")
    ('fine', 'fix')
    """
    first = forms[0]
    if (len(forms) == 2 and first == forms[1] + "e"
            and text.lower().endswith(("ed", "ing")) and len(forms[1]) >= _SHORTEST_STEM):
        # two bases the lemmatizer does not know, the one with "e" first: English spelling
        # decides ("headhunted" -> headhunt, "decertified" -> decertify)
        return unknown_base(forms[1], text.lower())
    if (len(forms) > 1 and first + "e" in forms and text.lower() == first + "es"
            and first[-1:] not in _VOWELS and not first.endswith(_ES_ENDINGS)):
        return first + "e"
    if (len(forms) > 1 and first + "e" in forms and len(first) >= 3
            and text.lower().endswith((first[-1] + "ed", first[-1] + "ing"))
            and not text.lower().endswith((first[-1] * 2 + "ed", first[-1] * 2 + "ing"))
            and first[-1] not in _VOWELS | _UNDOUBLED and first[-2] in _VOWELS
            and first[-3] not in _VOWELS):
        return first + "e"
    return first


def unknown_base(stem: str, text: str) -> str:
    """The base of an -ed or -ing form of a verb the lemmatizer does not know, from its
    stem (the form without the ending): the lemmatizer offers the stem with an "e" first
    ("headhunte"), which English spelling gives only after a stem that needs it.

    The "i" of "-ied" is a "y" ("decertified" -> decertify). The "e" stays after a vowel
    ("argued"), "v", "c", "z", "dg", "uir", a "g", "l" or "s" after a consonant
    ("challenged", "rekindled", "collapsed"), and after one vowel and one consonant in a
    stressed syllable ("weaponised", "micromanaged"); it goes after two consonants
    ("headhunted", "defunded", "rickrolled", "greenlighting"), after two vowels and a
    consonant ("livestreamed") and after an unstressed "-er", "-en", "-on", "-om", "-et",
    "-ow", "-ew" ("tasered").

    Examples
    --------
    >>> [unknown_base(s, t) for s, t in (("headhunt", "headhunted"), ("decertifi",
    ...  "decertified"), ("taser", "tasered"), ("weaponis", "weaponised"))]
    ['headhunt', 'decertify', 'taser', 'weaponise']
    >>> [unknown_base(s, t) for s, t in (("micromanag", "micromanaged"), ("rickroll",
    ...  "rickrolled"), ("livestream", "livestreaming"), ("rekindl", "rekindled"))]
    ['micromanage', 'rickroll', 'livestream', 'rekindle']
    """
    if stem.endswith("i") and text.endswith("ied"):
        return stem[:-1] + "y"
    last, before, third = stem[-1], stem[-2], stem[-3]
    if (last in _VOWELS or last in _E_AFTER or stem.endswith(_E_ENDINGS)
            or (last in _E_AFTER_CONSONANT and before not in _VOWELS and before != last)):
        return stem + "e"
    if (before not in _VOWELS or third in _VOWELS and last not in _UNDOUBLED
            or stem.endswith(_UNSTRESSED_ENDINGS)):
        return stem
    return stem + "e"


def prefixed_irregular(form: str, irregular) -> str | None:
    """The base of an irregular verb's past form after a prefix the lemmatizer does not
    know, or None: "outsold" -> outsell, "undersold" -> undersell (``irregular``: the
    lemmatizer's exceptions of verbs, form -> bases; :data:`_VERB_PREFIXES`).

    Examples
    --------
    >>> prefixed_irregular("outsold", {"sold": ["sell"]}), prefixed_irregular("sold", {})
    ('outsell', None)
    """
    for prefix in _VERB_PREFIXES:
        rest = form[len(prefix):]
        if form.startswith(prefix) and len(rest) >= 2 and (bases := irregular.get(rest)):
            return prefix + bases[0]
    return None


class CachedLemmatizer:
    """A pipeline component giving each token the lemma ``lemmatizer`` would."""

    def __init__(self, lemmatizer):
        self.lemmatizer = lemmatizer
        self.overwrite = bool(getattr(lemmatizer, "overwrite", False))
        self.cache: dict[tuple[int, int, int], int] = {}
        lookups = getattr(lemmatizer, "lookups", None)
        self.irregular = (lookups.get_table("lemma_exc").get("verb", {})
                          if lookups is not None and lookups.has_table("lemma_exc") else {})

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        table = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = table[:, 3].copy()
        cache, strings = self.cache, doc.vocab.strings
        if len(cache) > MAX_CACHE:
            cache.clear()
        for i, (orth, pos, morph, lemma) in enumerate(table.tolist()):
            if lemma and not self.overwrite:
                continue
            key = (orth, pos, morph)
            value = cache.get(key)
            if value is None:
                base = pick(self.lemmatizer.lemmatize(doc[i]), doc[i].text)
                if pos == _VERB and base == doc[i].lower_:
                    base = prefixed_irregular(base, self.irregular) or base
                value = cache[key] = strings.add(base)
            lemmas[i] = value
        doc.from_array([LEMMA], lemmas.reshape(-1, 1).astype(numpy.uint64))
        return doc


@Language.factory(COMPONENT)
def _make(nlp: Language, name: str) -> CachedLemmatizer:
    return CachedLemmatizer(nlp.get_pipe("lemmatizer"))


def use_cached_lemmatizer(nlp: Language) -> None:
    """Put a :class:`CachedLemmatizer` in the place of ``nlp``'s rule lemmatizer.

    Pipelines without a rule-based lemmatizer named ``lemmatizer`` are left
    as they are.
    """
    if "lemmatizer" not in nlp.pipe_names:
        return
    if getattr(nlp.get_pipe("lemmatizer"), "mode", None) != "rule":
        return
    _fast_index(nlp.get_pipe("lemmatizer"))
    nlp.add_pipe(COMPONENT, after="lemmatizer")
    nlp.disable_pipe("lemmatizer")


class WordList(list):
    """A list of words whose ``in`` is a set lookup, not a scan.

    The rule lemmatizer asks ``form in index`` of its tables' word lists (of
    up to 57,000 words in the English pipelines) for every candidate of every
    new word: two thirds of its time.

    Examples
    --------
    >>> words = WordList(["strike", "talk"])
    >>> "talk" in words, "walk" in words, words == ["strike", "talk"]
    (True, False, True)
    """

    __slots__ = ("_members",)

    def __init__(self, words=()):
        super().__init__(words)
        self._members = frozenset(self)

    def __contains__(self, word) -> bool:
        return word in self._members


def _fast_index(lemmatizer) -> None:
    """Make the word lists of ``lemmatizer``'s ``lemma_index`` table :class:`WordList` s
    (same words, same order: the same lemmas)."""
    if not lemmatizer.lookups.has_table("lemma_index"):
        return
    table = lemmatizer.lookups.get_table("lemma_index")
    for key, words in list(table.items()):
        if type(words) is list:
            table[key] = WordList(words)
