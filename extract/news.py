"""Conventions of wire news, recognised before parsing.

Wire stories carry marks that are not prose: a dateline ("LONDON, March 2
(Reuters) -"), bylines ("By Jane Doe"), credit lines ("(Reporting by ...;
Editing by ...)"), photo captions ("FILE PHOTO: ...", "(Photo: ...)"),
stock tickers ("(NYSE: XOM)", "<XOM.N>"), wire slugs ("UPDATE 2-"),
agency sign-offs ("Reuter") and tabular lines of figures ("Shr 22 cts vs 50
cts"). Parsed as prose they make a dateline city the actor of the first
clause (or the antecedent of "it") and figures the participants of
relations.

:func:`scan` finds them in the article text and returns a :class:`Layout`:
the article's :class:`~actorgraph.records.Dateline` (place, date, agency), the
masked text, in which every recognised span is blanked with spaces of the same
length (line breaks kept), and the text to parse: the masked text with the
spans inside a line of prose (inline tickers, credits and captions) removed
with the spaces around them, so that "Beatrice Cos <BRY> said" is parsed as
"Beatrice Cos said" and not with a whitespace token inside the clause (one
space stays between two words, none before a closing mark: "Kidde Inc <KDE>,
the" -> "Kidde Inc, the"), and so is a dateline, agency credit or wire slug
that opens a line of prose ("LONDON, March 2 (Reuters) - The bank ..." is
parsed as "The bank ...": the first word starts the sentence, as it does
without a dateline). Whole lines (datelines with no prose after them, bylines,
credit lines, tables, headlines) stay blanked: a blank line joins no sentences. An
:class:`OffsetMap` (removal points and shifts, read with ``bisect``) maps the
parsed text's offsets back to the original's; the pipeline applies it where
offsets leave the parse (:func:`extract.pipeline._joined`), so every offset it
emits is one of the original text. A masked span is never parsed, so nothing
in it becomes a participant or an antecedent.

Rules, each general over wire styles (Reuters, AP, AFP, UPI, Xinhua,
Bloomberg, press releases):

* **Dateline**: at the start of one of the first :data:`DATELINE_LINES`
  non-blank lines (time stamps do not count), a place in capitals ("NEW YORK",
  "GAZA CITY/JERUSALEM") or in mixed case ("Springfield", "Brussels/Paris"), an
  optional region (", Ill.", ", Pakistan", ", FRANCE"), an optional date
  (", March 2", ", Oct. 3, 2024", ", 2 March", "01/12/2026", or in the
  language of the agency's desk: ", 4 juin", ", 12 dic", ", 3. M\u00e4rz"), an
  optional agency ("(Reuters)", "(AFP/Reuters)", "/PRNewswire/", "Kyodo" or
  ", AAP" without brackets, "\u2014 AFP \u2014", "--(BUSINESS WIRE)--") and a dash
  (hyphen, en or em dash, "--", ".-", the "_" of old AP copy, a colon, or a
  full stop after a date or agency: "MOSCOW, March 9. /TASS/."; it may be left
  out after a listed agency, and after a place and a date that end their
  line). A place in mixed case needs a date, a listed agency, its country or
  state, or a whole sentence after the dash ("Doha: Qatar's foreign ministry
  condemned ..."); a place in capitals with only a dash needs prose
  (lower-case words) after it or nothing at all on its line, and must not be a
  listed organisation ("NATO -"), so an all-capital headline is no dateline.
  Slug words ("UPDATE", "BREAKING") are never places. "(Bloomberg) --" alone
  credits an agency without a place, and a place may follow it ("(ANSA) -
  ROME, Dec 1 -"). A dateline may be printed one part a line
  ("Washington\nCNN\n\u2014"). A line of prose above the dateline that ends
  with a full date is the photo's caption. No-break spaces and a byte-order
  mark are read as spaces.
* **Whole lines**: bylines, credit lines, captions (a caption word and a
  colon or dash, or a line ending in an agency photo credit
  "REUTERS/Jane Doe"), agency sign-offs, copyright and boilerplate lines
  (a reporter's contact after a dash, with a telephone number or an e-mail
  address, "Follow ... on Twitter"),
  and tabular lines: at most one word of prose besides numbers and the
  abbreviations of financial tables, or a short row of mostly numbers (a
  line that continues a sentence of the previous line is prose). A
  headline in capitals above the first line of prose ("JAPAN TO CUT RICE
  PRICE, OFFICIALS SAY") is not parsed either; the lead says it in prose. Above
  a recognised dateline, a line without a final mark is its headline in any
  case, and one that ends with a photo credit "(AP Photo/Jane Doe)" a caption.
* **Inline**: credit and caption parentheticals, tickers "(NYSE: XOM)",
  "(XOM.N)", "<XOM.N>", and wire slugs at the start of a line.

The word lists are in ``extract/data/news.tsv``. Every pattern is compiled
once; the scan costs a few regular-expression passes over the text.

Examples
--------
>>> text = ("LONDON, March 2 (Reuters) - Exxon Mobil Corp (NYSE: XOM) said it would "
...         "cut jobs.\\n(Reporting by Jane Doe; Editing by John Roe)")
>>> layout = scan(text)
>>> layout.dateline.place, layout.dateline.date, layout.dateline.agency
('London', 'March 2', 'Reuters')
>>> [(kind, text[start:end]) for start, end, kind in layout.spans]  # doctest: +NORMALIZE_WHITESPACE
[('dateline', 'LONDON, March 2 (Reuters) - '), ('ticker', '(NYSE: XOM)'),
 ('credit', '(Reporting by Jane Doe; Editing by John Roe)')]
>>> layout.masked.split()
['Exxon', 'Mobil', 'Corp', 'said', 'it', 'would', 'cut', 'jobs.']
>>> len(layout.masked) == len(text)
True
>>> layout.parsed.strip()
'Exxon Mobil Corp said it would cut jobs.'
>>> start = layout.parsed.index("said")
>>> text[layout.offsets.to_original(start):layout.offsets.to_original(start + 4, end=True)]
'said'
>>> scan("Shr 22 cts vs 50 cts\\nNet 1.2 mln vs 2.2 mln").masked.split()
[]
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources

from actorgraph.extract.actors import known_variant, names_country
from actorgraph.extract.dictionary import dictionary_variant
from actorgraph.extract.lexicon import ROLE_WORDS, TITLE_WORDS
from actorgraph.extract.timex import MONTH_NAMES, WEEKDAY_NAMES
from spacy.lang.en.lex_attrs import like_num

from actorgraph.records import Dateline

__all__ = ["DATELINE_LINES", "Layout", "OffsetMap", "foreign_months", "is_number", "news_words",
           "scan"]

#: How many non-blank lines from the top may hold the dateline.
DATELINE_LINES = 4
#: Kinds of ``extract/data/news.tsv`` matched with their case.
_CASED = frozenset({"slug", "corporate", "corporate-soft"})
_UP = "A-Z\u00c0-\u00d6\u00d8-\u00de"
_LOW = "a-z\u00df-\u00f6\u00f8-\u00ff"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015"
#: Dashes that, unspaced on both sides, join two words (a hyphen, an en dash) rather than
#: end a dateline.
_JOINING_DASHES = frozenset({"-", "\u2013"})
_TERMINAL = frozenset(".!?:;\"'\u201d\u2019)")
#: Most words of a row of figures with more than one word of prose ("Dow Jones 33,000.12 ...").
_ROW_WORDS = 12
#: Longest line that can be a byline or an agency sign-off.
_SHORT_LINES = {"byline": 100, "signoff": 60, "contributor": 240, "link": 120, "contact": 160}
#: The kind a masked line is reported as, where its pattern has a name of its own.
_LINE_KINDS = {"contributor": "credit", "link": "boilerplate", "contact": "boilerplate"}
#: An abbreviated state or province after a dateline's place ("Ill.", "Calif.", "D.C.").
_ABBREVIATION = re.compile(r"(?:[A-Z][a-z]{0,4}\.)|(?:[A-Z]\.){2,3}")
#: A particle inside a place name, between hyphens or spaces ("Port-au-Prince",
#: "Rio de Janeiro", "Dar es Salaam", "Frankfurt am Main"); a first word keeps its capital.
_HYPHENATED_PARTICLE = re.compile(r"(?<=[- ])(?:Au|Aux|De|Du|Des|La|Le|Les|Sur|En|Upon|On|Am|"
                                  r"Di|Da|Do|Dos|Das|Del|Della|El|Al|Es|Of)(?=[- ])")
#: Spaces other than the space, read as spaces (one character for one: offsets are kept):
#: no-break and narrow spaces, and the byte-order mark that opens some files.
_SPACES = str.maketrans({c: " " for c in "\u00a0\u2007\u2009\u202f\ufeff"})
#: Marks around a word of a tabular line.
_EDGES = ".,;:()[]|*"


@functools.cache
def _table() -> dict[str, frozenset[str]]:
    path = resources.files("actorgraph.extract") / "data" / "news.tsv"
    words: dict[str, set[str]] = defaultdict(set)
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip() or line.startswith("#"):
                continue
            kind, word = line.rstrip("\n").split("\t")
            words[kind].add(word if kind in _CASED else word.casefold())
    return {kind: frozenset(found) for kind, found in words.items()}


def news_words(kind: str) -> frozenset[str]:
    """The words of one kind of ``extract/data/news.tsv``.

    Words are lower case except for the kinds matched with their case (slug,
    corporate, corporate-soft).

    Examples
    --------
    >>> "pct" in news_words("unit"), "Inc" in news_words("corporate")
    (True, True)
    >>> sorted(w for w in news_words("agency") if w.startswith("ag"))
    ['agence france presse', 'agence france-presse']
    """
    return _table().get(kind, frozenset())


@functools.cache
def foreign_months() -> frozenset[str]:
    """Month names of other languages' datelines ("juin", "dic", "m\u00e4rz"), lower case,
    without a final period (``extract/data/months.tsv``, derived from the Unicode CLDR).

    Examples
    --------
    >>> sorted(m for m in foreign_months() if m.startswith("ju"))[:4]
    ['juil', 'juillet', 'juin', 'julho']
    """
    path = resources.files("actorgraph.extract") / "data" / "months.tsv"
    with path.open(encoding="utf-8") as handle:
        return frozenset(line.split("\t")[0] for line in handle
                         if line.strip() and not line.startswith("#"))


def _alternatives(words: Iterable[str]) -> str:
    """A regex alternation of phrases, longest first, any run of spaces between words."""
    return "|".join(r"\s+".join(re.escape(part) for part in word.split())
                    for word in sorted(words, key=lambda w: (-len(w), w)))


@dataclass(frozen=True)
class _Patterns:
    dateline: re.Pattern
    dateline_lines: re.Pattern
    agency_only: re.Pattern
    whole_lines: tuple[tuple[str, re.Pattern], ...]
    inline: re.Pattern
    slug: re.Pattern
    number: re.Pattern
    caps_word: re.Pattern
    table_words: frozenset[str]
    slugs: frozenset[str]
    caption_date: re.Pattern


@functools.cache
def _patterns() -> _Patterns:
    month = f"(?i:{_alternatives(MONTH_NAMES)})"
    agencies = f"(?i:{_alternatives(news_words('agency'))})"
    credits = f"(?i:{_alternatives(news_words('credit'))})"
    captions = f"(?i:{_alternatives(news_words('caption'))})"
    boilerplate = f"(?i:{_alternatives(news_words('boilerplate'))})"
    boilerplate_lines = f"(?i:{_alternatives(news_words('boilerplate-line'))})"
    dash = rf"(?:--|[-{_DASHES}])"
    # a hyphen inside a name ("PORT-AU-PRINCE"), never the double hyphen of a dash after
    # it ("WASHINGTON--The Senate ...")
    caps_word = rf"[{_UP}](?:[{_UP}.'\u2019]|-(?!-))*[{_UP}.]"
    mixed_word = rf"[{_UP}][{_LOW}'\u2019\-]*[{_LOW}]\.?"
    particle = (r"(?:de|da|do|dos|das|del|della|di|des|du|es|el|al|la|le|upon|on|am|an|der|den"
                r"|au|aux|sur|en)")
    low_word = rf"[{_LOW}][{_LOW}'\u2019\-]*[{_LOW}]\.?"
    # a listed agency after the place is its credit, not a word of it ("TOKYO Kyodo -")
    not_agency = rf"(?!(?:{agencies})(?!\w))"
    # a double dateline may space its slash: "NEW YORK / LONDON"
    place = (rf"(?P<place>{caps_word}(?:(?: ?/ ?| ){not_agency}{caps_word}){{0,4}}"
             rf"|{mixed_word}(?:(?:[ \-]{particle})?[ \-/]{not_agency}{mixed_word}){{0,3}}"
             # in lower case (copy typed in haste): only with a date or an agency, below
             rf"|{low_word}(?:[ \-]{low_word}){{0,3}})")
    weekday = f"(?i:{_alternatives(WEEKDAY_NAMES)})"
    not_month = rf"(?!(?:{month}|{weekday})\b)"
    # an abbreviated state, its full stop and a comma before the date, is no agency:
    # "PITTSBURGH, Pa., June 3 -" (not the Press Association, "PA"; but "PARIS, AAP.-")
    region_agency = rf"(?:(?=[{_UP}][{_LOW}]{{1,2}}\.,)|{not_agency})"
    region_word = rf"{not_month}{region_agency}[{_UP}](?:[\w.'\u2019\-]*[\w.])?"  # not "Strip.-"
    region = rf"(?P<region>{region_word}(?: {region_word}){{0,2}})"
    # the desk of another language: "4 juin", "1er d\u00e9c.", "3. M\u00e4rz", "12 de mayo de 2026"
    foreign = rf"(?i:{_alternatives(foreign_months())})(?!\w)"
    # "March 2", "Oct. 3, 2024", "2 March", each after an optional weekday, or a weekday
    date = (rf"(?P<date>(?:{weekday},?[ \t]+)?"
            # "Sept.3": an abbreviated month's full stop may stand for the space
            rf"(?:{month}(?:\.[ \t]*|[ \t]+)\d{{1,2}}(?:st|nd|rd|th)?(?:,?[ \t]+\d{{4}})?"
            rf"|\d{{1,2}}[ \t]+{month}\.?(?:,?[ \t]+\d{{4}})?"
            rf"|\d{{1,2}}(?:er|\u00ba|\.)?[ \t]+(?:de[ \t]+)?{foreign}\.?"
            rf"(?:,?[ \t]+(?:de[ \t]+)?\d{{4}})?"
            # in figures: "01/12/2026", "1.12.2026", "2026-12-01"
            rf"|\d{{1,2}}[/.]\d{{1,2}}[/.](?:\d{{4}}|\d{{2}})|\d{{4}}-\d{{2}}-\d{{2}})|{weekday})")
    # one listed agency or several ("AFP/Reuters", "Reuters, AP")
    listed = rf"{agencies}(?:[ \t]*[/,&+][ \t]*{agencies})*"
    credit = rf"[(\[][ \t]*(?:{listed}|\w[\w.&'\u2019\- ]{{0,40}}?)[ \t]*[)\]]"
    before_dash = rf"(?=[ \t]*(?:\.?[ \t]*(?:{dash}|:|_)|\.[ \t]))"
    agency = (rf"(?P<agency>{credit}|/[{_UP}][\w\- ]{{1,30}}/"
              # between dashes: "PARIS, Dec 1 \u2014 AFP \u2014 ...", "NEW YORK--(BUSINESS WIRE)--"
              rf"|{dash}[ \t]*(?:{listed}|{credit}){before_dash}"
              # after the dash, in brackets: "PARIS \u2014 (AFP) French President ..."
              rf"|{dash}[ \t]*[(\[][ \t]*{listed}[ \t]*[)\]]"
              # a listed agency without brackets before the dash: "TOKYO, March 3 Kyodo -"
              rf"|(?<=[ \t,]){listed}{before_dash})")
    later = date.replace("(?P<date>", "(?P<later>", 1)
    # one part a line, as web pages of broadcasters print it: "Washington\nCNN\n\u2014\n"
    dateline_lines = re.compile(
        rf"[ \t]*{place}[ \t]*\n[ \t]*(?:[(\[]?(?P<agency>{listed})[)\]]?[ \t]*\n[ \t]*)?"
        rf"{dash}[ \t]*(?=\n)")
    dateline = re.compile(
        rf"[ \t]*{place}(?:,[ \t]*{region})?(?:(?:,[ \t]*|[ \t]+){date})?(?:[,.]?[ \t]*{agency})?"
        # "_": the dash of old AP copy; ":" after a capital place ("NEW DELHI: ...");
        # ".-": a full stop before the dash ("MADRID, 12 dic (EFE).- ...")
        # "." after a date or an agency: "MOSCOW, December 1. /TASS/. ..."
        rf"[ \t]*(?:\.[ \t]*(?={dash}))?(?P<dash>{dash}|_(?= )|:(?= )|\.(?=[ \t]))?[ \t]*"
        # the date between dashes (press releases): "Paris, France \u2013 December 1, 2026 \u2013"
        rf"(?:(?<=[\-{_DASHES}] ){later}[ \t]*{dash}[ \t]*)?")
    # an agency credit without a place; a date may come before it, where the story has no
    # place: "Oct 3 (Reuters) - ..."
    undated = date.replace("(?P<date>", "(?:", 1)
    agency_only = re.compile(
        rf"[ \t]*(?:{undated},?[ \t]+)?"
        rf"[(\[][ \t]*(?P<agency>{listed})[ \t]*[)\]]"
        # the dash may be left out before the first word, spaced or not: "(CNN)The Senate ..."
        rf"(?:[ \t]*\.?[ \t]*{dash}[ \t]*|[ \t]*(?=[{_UP}]))")
    name = (rf"[{_UP}][\w.'\u2019\-]*(?:[ \t]+(?:[{_UP}][\w.'\u2019\-]*"
            rf"|de|van|von|der|al|bin|el|la|of|the)){{0,5}}")
    whole_lines = (
        ("byline", re.compile(
            rf"^[ \t]*(?:By|BY)[ \t]+{name}(?:[ \t]*(?:,|&|\band\b|\bAND\b)[ \t]*{name})*"
            rf"(?:[ \t]*(?:,|\||{dash}|\bin\b|\bfor\b)[ \t]*{name})*[ \t]*$", re.M)),
        ("credit", re.compile(rf"^[ \t]*[(\[]?[ \t]*(?:{credits})[ \t]+by[ \t]+[{_UP}][^\n]*$",
                              re.M)),
        ("caption", re.compile(rf"^[ \t]*(?:{captions})[ \t]*(?::|{dash})[^\n]*$", re.M)),
        # a caption ends with its photo credit: the whole line is masked
        ("caption-credit", re.compile(
            rf"\b(?:REUTERS|Reuters|AFP|AP[ \t]Photo|Getty[ \t]Images|EPA)"
            rf"/[{_UP}][\w .'\u2019\-]*(?:/[\w .'\u2019\-]+)*[ \t]*$", re.M)),
        ("signoff", re.compile(rf"^[ \t]*(?:{dash}|=+)?[ \t]*[(\[]?[ \t]*(?:{agencies})[ \t]*"
                               rf"[)\]]?[ \t]*\.?[ \t]*(?:&#\d+;[ \t]*)*$", re.M)),
        # the desk's initials that close an AFP story: "bur-sst/dl", "jm/ach"
        ("signoff", re.compile(r"^[ \t]*[a-z]{2,5}(?:-[a-z]{2,5})*(?:/[a-z]{2,5})+[ \t]*$", re.M)),
        # "Associated Press writer Jane Doe contributed (to this report)."
        ("contributor", re.compile(
            rf"^[ \t]*[{_UP}][^\n]{{0,160}}?\bcontributed(?:[ \t]+(?:to[ \t]+this[ \t]+"
            rf"(?:report|story|article)|reporting|research)(?:[ \t]+from[^\n]{{0,60}})?)?"
            rf"[ \t]*\.?[ \t]*$", re.M)),
        # a reporter's contact after a dash, with a telephone number or an e-mail address:
        # "-- Jane Doe, Bangkok Newsroom, +66 2 123 4567", "--Jane Doe, Dow Jones Newswires;
        # 212-416-2000; jane.doe@dowjones.com"
        ("contact", re.compile(
            rf"^[ \t]*(?:{dash}|=+)[ \t]*{name}[ \t]*[,;][^\n]*?"
            r"(?:\S@\w[\w\-]*\.\w|\+\d[\d() .\-]{6,}\d|\b\d{3}[.\-]\d{3}[.\-]\d{4}\b)[^\n]*$",
            re.M)),
        # "Follow Jane Doe on Twitter: @janedoe", "Follow AP's coverage on X"
        ("contact", re.compile(
            r"^[ \t]*Follow[ \t]+[^\n]{1,60}?[ \t]on[ \t]+(?:Twitter|X|Facebook|Instagram|"
            r"Bluesky|Threads|LinkedIn|TikTok)\b[^\n]*$", re.M)),
        # a short line that ends with a link: "AP soccer: https://apnews.com/hub/soccer"
        ("link", re.compile(r"^[^\n]{0,80}?\bhttps?://\S+[ \t]*$", re.M)),
        # a line of character references only: "&#3;" ends a story in SGML wire copy
        ("signoff", re.compile(r"^[ \t]*(?:&#?\w+;[ \t]*)+$", re.M)),
        ("copyright", re.compile(r"^[ \t]*(?:\u00a9|\((?i:c)\)|(?i:copyright)\b)[^\n]*$", re.M)),
        ("boilerplate", re.compile(rf"^[ \t]*(?:{boilerplate})[^\n]*$", re.M)),
        # web copy: a line that is boilerplate as a whole ("Advertisement", "Share"), a
        # reading time ("2 min read"), a rule ("* * *", "______")
        ("boilerplate", re.compile(
            rf"^[ \t]*(?:(?:{boilerplate_lines})[ \t]*[.:]?|\d{{1,2}}[ \t\-]*min(?:ute)?s?"
            rf"[ \t]+read|(?:[\-_*=~#\u2022\u00b7\u2013\u2014][ \t]*){{3,}})"
            rf"[ \t]*$", re.M)),
    )
    exchange = r"[A-Z][A-Za-z]{1,11}(?:[ \t][A-Z][A-Za-z]{1,11})?"
    symbol = r"[A-Z0-9][A-Z0-9.\-]{0,9}"
    ric = r"[A-Z0-9]{1,6}(?:_[a-z])?\.[A-Z]{1,3}"
    inline = (
        ("credit", rf"[(\[][ \t]*(?:{credits})[ \t]+by[ \t]+[^()\[\]\n]*[)\]]"),
        ("caption", rf"[(\[][ \t]*(?:(?:AP|AFP|Reuters|EPA)[ \t]+)?(?:{captions})"
                    rf"(?:[ \t]*[:/]|[ \t]+(?i:by|credit)\b)[^()\[\]\n]*[)\]]"),
        ("ticker", rf"[(\[][ \t]*{exchange}[ \t]*:[ \t]*{symbol}(?:[ \t]*[,;][ \t]*"
                   rf"(?:{exchange}[ \t]*:[ \t]*)?{symbol})*[ \t]*[)\]]"),
        ("ticker", rf"\({ric}(?:[ \t]*,[ \t]*{ric})*\)"),
        ("ticker", r"<(?=[^<>\s]*[A-Z0-9.])[A-Za-z0-9.#=^_\-]{1,20}>"),
        # the same escaped as in SGML or HTML copy: "&lt;XOM.N&gt;", "&lt;CH>"
        ("ticker", r"&lt;(?=[^<>&\s]*[A-Z0-9.])[A-Za-z0-9.#=^_\-]{1,20}(?:&gt;|>)"),
    )
    # one pass finds every inline mark: the group that matched names its kind
    inline = re.compile("|".join(f"(?P<{kind}{n}>{pattern})"
                                 for n, (kind, pattern) in enumerate(inline)))
    slugs = news_words("slug")
    slug = re.compile(rf"[ \t]*(?:(?:{_alternatives(slugs)})(?:[ \t]+\d{{1,2}})?[ \t]*"
                      rf"(?::|{dash})[ \t]*)+")
    currency = "$\u00a3\u20ac\u00a5"
    number = re.compile(rf"(?:[A-Z]{{1,3}}(?=[{currency}]))?[(\-+{currency}]*\d[\d.,:/%\-]*"
                        r"(?:st|nd|rd|th|%|[a-z]{1,2})?[)%,;.]*")
    table_words = news_words("table") | news_words("unit") | MONTH_NAMES
    return _Patterns(dateline=dateline, dateline_lines=dateline_lines,
                     agency_only=agency_only, whole_lines=whole_lines,
                     inline=inline, slug=slug, number=number,
                     caps_word=re.compile(r"[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de'\u2019]+"),
                     table_words=table_words, slugs=slugs,
                     # a photo caption ends with the day it was taken: "... in Paris,
                     # France, December 1, 2026."
                     caption_date=re.compile(
                         rf"[,\s](?:{month}\.?[ \t]+\d{{1,2}},?[ \t]+\d{{4}}"
                         rf"|\d{{1,2}}[ \t]+{month}\.?,?[ \t]+\d{{4}})\.?[ \t]*$"))


@dataclass(frozen=True)
class OffsetMap:
    """Offsets of a text with some spans removed, back to the offsets of the original.

    ``points`` are the offsets in the shorter text at which something was removed
    (sorted, distinct), ``shifts`` how many characters were removed up to and
    including each of them. An offset at a removal point is ambiguous: as the start
    of what follows it is after the removed span, as the end of what precedes it
    before it; ``end`` says which.

    Examples
    --------
    >>> original = "Beatrice Cos <BRY> said"
    >>> offsets = OffsetMap((12,), (6,))  # " <BRY>" removed: "Beatrice Cos said"
    >>> offsets.to_original(13), original[offsets.to_original(13):]
    (19, 'said')
    >>> original[:offsets.to_original(12, end=True)]
    'Beatrice Cos'
    >>> OffsetMap().to_original(7)
    7
    """

    points: tuple[int, ...] = ()
    shifts: tuple[int, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.points)

    def within(self, start: int, end: int) -> tuple[int, ...]:
        """The removal points inside ``start:end`` of the shorter text, from ``start``.

        >>> OffsetMap((3, 40, 90), (6, 12, 18)).within(30, 90)
        (10,)
        """
        first, last = bisect.bisect_left(self.points, start), bisect.bisect_left(self.points, end)
        return tuple(p - start for p in self.points[first:last])

    def to_original(self, offset: int, *, end: bool = False) -> int:
        """The original offset of ``offset``, a start offset or (``end``) an end offset."""
        if not self.points:
            return offset
        i = (bisect.bisect_left if end else bisect.bisect_right)(self.points, offset)
        return offset + self.shifts[i - 1] if i else offset


@dataclass(frozen=True)
class Layout:
    """What :func:`scan` found in an article.

    ``dateline`` is the article's dateline or None; ``spans`` are the masked
    ``(start, end, kind)`` spans in text order (kinds: dateline, agency, byline,
    credit, caption, ticker, slug, signoff, copyright, boilerplate, table);
    ``masked`` is the text with those spans blanked, the same length as the
    original. ``parsed`` is the text to parse: ``masked`` with the spans inside a
    line of prose removed (:func:`_removed`), and ``offsets`` maps its offsets
    back to the original's.
    """

    dateline: Dateline | None
    spans: tuple[tuple[int, int, str], ...]
    masked: str
    parsed: str = ""
    offsets: OffsetMap = OffsetMap()


def _title_case(place: str) -> str:
    """Capitals in title case: "NEW YORK" -> "New York", "ST. LOUIS" -> "St. Louis",
    "PORT-AU-PRINCE" -> "Port-au-Prince", "RIO DE JANEIRO" -> "Rio de Janeiro" (a particle
    inside the name stays small)."""
    titled = _patterns().caps_word.sub(lambda m: m.group(0).capitalize(), place)
    return _HYPHENATED_PARTICLE.sub(lambda m: m.group(0).lower(), titled)


def _agency_name(mark: str | None) -> str | None:
    if not mark:
        return None
    return mark.strip(f"()[]/ \t-{_DASHES}") or None


def _listed_agency(name: str) -> bool:
    """Whether every agency of a credit is listed ("Reuters", "AFP/Reuters", "AP, dpa")."""
    return all(part.casefold() in news_words("agency")
               for part in re.split(r"[ \t]*[/,&+][ \t]*", name))


#: Names of weekdays and months, made once.
_CALENDAR_NAMES = WEEKDAY_NAMES | MONTH_NAMES


def _dateline(text: str, start: int, end: int) -> tuple[Dateline, int] | None:
    """The dateline at ``start`` of the line ending at ``end``, and where it ends."""
    p = _patterns()
    match = p.dateline.match(text, start, end)
    if match is None:
        return None
    place, agency = match.group("place"), match.group("agency")
    date = match.group("date") or match.group("later")
    # an agency is known when listed ("(Reuters)") or a wire service's "/PRNewswire/"
    known_agency = bool(agency) and (agency.startswith("/") or _listed_agency(_agency_name(agency)))
    # a line of its own: "NEW YORK, March 2", or a place and its country or state with
    # nothing else ("KYIV, Ukraine", "Houston, Texas"; not "Hamas, Israel")
    region = match.group("region")
    placed = bool(region) and _region(region) and not _a_country_or_actor(place)
    alone = not text[match.end():end].strip() and (
        date is not None or (placed and agency is None and not place.islower()
                             and not _region(place)))  # "Texas, Oklahoma": a list
    dash = match.group("dash")
    if dash is None and date and date.endswith(".") and not agency \
            and text[match.end():end][:1].isupper():
        dash = "."  # "PARIS, 1 December. French President ...": the date's full stop
    if not (dash or known_agency or alone):
        return None  # "The Georgian Tennis Federation (GFT) released ..."
    if any(word in p.slugs for word in re.split(r"[ /]", place)):
        return None
    if place.split()[0].rstrip(".").casefold() in _CALENDAR_NAMES:
        return None  # "Tuesday, March 3 — The talks resumed": a date, no place
    capitals = not any(c.islower() for c in place)
    if dash in _JOINING_DASHES and not (text[match.start("dash") - 1] in " \t)]/"
                                         or text[match.end("dash"):][:1].isspace()
                                         or (dash != "-" and capitals)):
        # a hyphenated word: "Canadian-US scientist James Peebles won ...", but not
        # "PARIS, Dec 1 (Reuters)-French President ..."; an en dash that joins two
        # names is no dateline's either: "Suspected Islamic State\u2013Khorasan Province
        # militants storm a mosque", "Tel Aviv\u2013Jerusalem trains resume" (an em dash
        # may stand unspaced after a place: "Mexico City\u2014Police detained ...", and
        # an en dash after a place in capitals: "GAZA CITY\u2013Hamas freed ...")
        return None
    if place.islower():
        # "washington, June 9 (Reuters) - The ...": a date or an agency, a dash and a
        # sentence of its own; not "the talks - which began ...", "officials said on
        # March 3 - the day after -", "the government (Reuters) said"
        if not ((date or known_agency) and dash
                and text[match.end():end].strip()[:1].isupper()):
            return None
        place, capitals = place.upper(), True
    rest = text[match.end():end]
    if agency and agency[0].isalpha() and not (date or capitals or placed):
        # an agency without brackets follows a date, a place in capitals or a place and
        # its country: "TOKYO Kyodo -", not "The AP - the agency - said"
        return None
    if dash == "." and not (date or agency):
        return None  # "LONDON. The ...": a full stop ends a dateline only after a date or agency
    if dash == ":" and not (capitals or date or placed or known_agency
                                           or _mixed_case_lead(place, ":", rest)):
        # "NEW DELHI: India ...", "Kabul, Afghanistan: ...", "Paris (AFP): ...",
        # "Dubai: The UAE central bank cut its rate.", not "Hamas: the group ..."
        return None
    if not capitals and not (date or known_agency or placed
                             or _mixed_case_lead(place, dash, rest)):
        # "Hamas - the group -": a mixed-case place needs a date, an agency, its
        # country or state ("Kyiv, Ukraine — ...", "Oakland, Calif. — ...") or a
        # sentence of its own after the dash ("Tel Aviv — Israel's cabinet approved ...")
        return None
    if capitals and not (date or known_agency):
        if rest.strip() and not any(c.islower() for c in rest):
            return None  # an all-capital headline "ISRAEL - HAMAS TRUCE HOLDS"
        known = known_variant(place)
        if known is not None and known[1] not in ("GPE", "LOC"):
            return None  # "NATO - the alliance said ..."
    if not rest.strip() and not (date or agency or placed
                                 or (capitals and dash not in (None, ":", "."))):
        return None  # but "PARIS \u2014" ending its line, the lead below
    if place.endswith(".") and len(place.rsplit(" ", 1)[-1]) > 4:
        place = place[:-1]  # "MOSCOW. Dec 1 (Interfax)", but "ST. LOUIS"
    label = _title_case(place) if capitals else place
    if region:
        label += ", " + region
    written = match.group(0).strip()
    lead = len(match.group(0)) - len(match.group(0).lstrip())
    return Dateline(place=label, date=date, agency=_agency_name(agency), text=written,
                    start=start + lead), match.end()


def _dateline_lines(text: str, start: int) -> tuple[Dateline, int] | None:
    """A dateline printed one part a line ("Washington\nCNN\n\u2014\nThe Senate ..."): a
    place alone on its line (no country, listed actor, title or slug), optionally an
    agency alone on the next, then a dash alone."""
    match = _patterns().dateline_lines.match(text, start)
    if match is None:
        return None
    place = match.group("place")
    if (place.islower() or _a_country_or_actor(place) or any(map(_title, place.split()))
            or any(word.upper() in _patterns().slugs for word in re.split(r"[ /]", place))):
        return None
    capitals = not any(c.islower() for c in place)
    lead = len(match.group(0)) - len(match.group(0).lstrip())
    return Dateline(place=_title_case(place) if capitals else place, date=None,
                    agency=match.group("agency"), text=match.group(0).strip(),
                    start=start + lead), match.end()


def _region(region: str) -> bool:
    """Whether the words after a dateline's place are its country, a US state or an
    abbreviated state or province ("Pakistan", "Texas", "Ill.", "Calif.", "D.C.", "N.Y.")."""
    if region.isupper() and len(region) > 3:
        region = _title_case(region)  # "PARIS, FRANCE", not "N.Y." or "UK"
    if names_country(region) or _ABBREVIATION.fullmatch(region):
        return True
    # a US state in full ("HOUSTON, Texas"): the gazetteer is the graph's (the graph builds
    # on extraction), read only when a dateline has a region to check
    from actorgraph.graph import places

    return places.is_us_state(region)


def _mixed_case_lead(place: str, dash: str | None, rest: str) -> bool:
    """Whether a place in mixed case and a dash alone open the article: "Tel Aviv —
    Israel's cabinet approved the deal", "Kyiv – Russia launched 40 drones".

    The dash is a dash or a colon, the place is no country or listed actor
    ("Russia — the largest country —", "Hamas - Fatah talks") and no title
    ("President Biden —"), and after the dash comes a sentence of its own: it
    starts with a capital, has words in lower case (not a title-case headline)
    and holds no second dash of the same kind (an aside: "Biden — Who ... —").
    After a colon ("Dubai: The UAE ...") the sentence must be whole (three words
    in lower case and a final stop: no headline's kicker) and the place no slug
    ("Correction: ...").
    """
    if dash is None or dash in ("_", "."):
        return False
    if _a_country_or_actor(place) or any(map(_title, re.split(r"[ \-/]", place))):
        return False
    if dash == ":" and place.upper() in _patterns().slugs:
        return False  # "Correction: An earlier version ...", "Analysis: ..."
    body = rest.strip()
    if not body[:1].isupper() or dash in body:
        return False
    lower = sum(word[:1].islower() for word in body.split())
    if dash == ":":
        # a whole sentence after the colon: "Dubai: The UAE central bank cut its rate.",
        # not a headline's kicker "Brexit: UK and EU agree deal"
        return lower >= 3 and body[-1:] in ".!?\"'\u201d\u2019"
    return lower >= 2


def _title(word: str) -> bool:
    """Whether a word is a role ("President") or an abbreviated title ("Mr", "Gen.")."""
    word = word.casefold()
    return word in ROLE_WORDS or (word.rstrip(".") + ".") in TITLE_WORDS


def _a_country_or_actor(name: str) -> bool:
    """Whether a name is a country or a listed actor that is no place ("Hamas"): then
    "Hamas, Israel - ..." is a list, not a dateline."""
    listed = dictionary_variant(name.casefold())
    return names_country(name) or (listed is not None and listed[1] not in ("GPE", "LOC"))


@functools.lru_cache(maxsize=1 << 16)  # (asked of the same words again and again)
def is_number(word: str) -> bool:
    """Whether a word is a number or an amount written with figures.

    Examples
    --------
    >>> [is_number(w) for w in ("22", "1,200,000", "(1.2)", "$5", "US$5", "20%", "nine", "Net")]
    [True, True, True, True, True, True, True, False]
    """
    return bool(_patterns().number.fullmatch(word)) or like_num(word.replace(",", ""))


def _capitals(line: str) -> bool:
    """Whether a line is written in capitals: a wire headline, not prose.

    Old wire copy heads a story with a headline in capitals ("JAPAN TO CUT
    RICE PRICE, OFFICIALS SAY"). It is telegraphese (no articles, "to" for
    the future, "SAYS" for attribution) that the model parses and tags as
    names throughout; the lead sentence below says the same in prose.

    Examples
    --------
    >>> [_capitals(line) for line in ("CHRYSLER <C> TO BUY AMERICAN MOTORS", "U.S. BUDGET",
    ...                               "Chrysler to buy American Motors", "NATO", "G-7 - 1987")]
    [True, True, False, False, False]
    """
    words = 0
    for token in line.split():
        if any(c.islower() for c in token):
            return False
        words += sum(c.isalpha() for c in token) >= 2
    return words >= 2


def _tabular(line: str, continues: bool) -> bool:
    """Whether a line is a row of figures rather than prose.

    ``continues`` says the line may continue a sentence of the previous line
    (which is prose and has no final punctuation): such a line is prose when
    it starts in lower case or with a number.
    """
    tokens = line.split()
    if not tokens:
        return False
    first = tokens[0].lstrip(_EDGES)[:1]
    if continues and (first.islower() or first.isdigit()):
        return False
    p = _patterns()
    numbers = table = prose = 0
    # a row of figures has few words; in a longer line two words of prose decide
    most_prose = max(1, int(0.4 * len(tokens))) if len(tokens) <= _ROW_WORDS else 1
    for token in tokens:
        word = token.strip(_EDGES)
        if not word:
            continue
        if word.casefold() in p.table_words:
            table += 1
        elif is_number(word):
            numbers += 1
        else:
            prose += 1
            if prose > most_prose:  # prose: stop reading
                return False
    if numbers + table and prose <= 1:
        return True
    words = numbers + table + prose
    return (words <= _ROW_WORDS and numbers >= 3 and numbers >= 0.6 * words
            and line.rstrip()[-1:] not in ".!?")


def _whole_line(p: _Patterns, line: str, text: str, start: int, end: int) -> str | None:
    """The kind of a line that is not prose as a whole (byline, credit, ...), or None.

    Bylines and sign-offs are short lines: longer ones are not tried, which
    also bounds the regular expressions' work on hostile input.
    """
    for kind, pattern in p.whole_lines:
        if kind == "caption-credit":
            if "/" in line and pattern.search(text, start, end):
                return "caption"
        elif kind in _SHORT_LINES and len(line) > _SHORT_LINES[kind]:
            continue
        elif pattern.match(text, start, end):
            return _LINE_KINDS.get(kind, kind)
    return None


def _merged(spans: list[tuple[int, int, str]]) -> tuple[tuple[int, int, str], ...]:
    merged: list[tuple[int, int, str]] = []
    for start, end, kind in sorted(spans):
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end, merged[-1][2])
            continue
        merged.append((start, end, kind))
    return tuple(merged)


def _blank(text: str, spans: tuple[tuple[int, int, str], ...]) -> str:
    if not spans:
        return text
    out, last = [], 0
    for start, end, _kind in spans:
        out.append(text[last:start])
        out.append("".join("\n" if c == "\n" else " " for c in text[start:end]))
        last = end
    out.append(text[last:])
    return "".join(out)


#: Marks a removed span may stand right before: the span goes with the space before it
#: ("Kidde Inc <KDE>, the" -> "Kidde Inc, the").
_CLOSING = frozenset(",.;:!?)]}%'\"\u2019\u201d")
#: Marks a removed span may stand right after: the span goes with the space after it.
_OPENING = frozenset("([{\"\u201c\u2018")
#: Kinds that open a line of prose ("LONDON, March 2 (Reuters) - The bank ...").
_LEAD_KINDS = frozenset({"dateline", "agency", "slug"})
#: Kinds removed from a line of prose rather than blanked (:func:`_removed`): the inline
#: marks (``_Patterns.inline``) and those that open a line.
_REMOVED_KINDS = frozenset({"ticker", "credit", "caption"}) | _LEAD_KINDS


def _removed(masked: str, spans: Iterable[tuple[int, int, str]]) -> tuple[str, OffsetMap]:
    """The text to parse, and the map of its offsets back to ``masked``'s.

    A masked span inside a line of prose (an inline ticker, credit or caption, or
    the dateline, agency credit or slug that opens it, :data:`_REMOVED_KINDS`) is
    removed with the spaces around it, so the parser
    reads "Beatrice Cos said" for "Beatrice Cos <BRY> said" rather than a
    whitespace token inside the clause. One space stays between two words
    ("Cos said"); none at the start or end of a line, before a closing mark or
    after an opening one ("Inc <KDE>, the" -> "Inc, the"). A line that is blank
    as a whole stays blanked (a blank line joins no sentences), and so does a
    span across lines.

    Examples
    --------
    >>> text = "Kidde Inc <KDE>, the buyer, and Beatrice Cos <BRY> said"
    >>> parsed, offsets = _removed(text.replace("<KDE>", "     ").replace("<BRY>", "     "),
    ...                            [(10, 15, "ticker"), (45, 50, "ticker")])
    >>> parsed
    'Kidde Inc, the buyer, and Beatrice Cos said'
    >>> text[offsets.to_original(parsed.index("said")):]
    'said'
    """
    cuts: list[tuple[int, int]] = []
    length = len(masked)
    for start, end, kind in spans:
        if kind not in _REMOVED_KINDS or (cuts and start < cuts[-1][1]):
            continue
        left, right = start, end
        while left > 0 and masked[left - 1] in " \t":
            left -= 1
        while right < length and masked[right] in " \t":
            right += 1
        line_start = left == 0 or masked[left - 1] == "\n"
        line_end = right == length or masked[right] == "\n"
        if (line_start and line_end) or "\n" in masked[start:end]:
            continue  # a blank line, or a span across lines: stays blanked
        if not (line_start or line_end or masked[right] in _CLOSING
                or masked[left - 1] in _OPENING):
            left += 1  # one space between two words
        if left < right:
            cuts.append((left, right))
    if not cuts:
        return masked, OffsetMap()
    pieces, points, shifts, last, removed = [], [], [], 0, 0
    for left, right in cuts:
        pieces.append(masked[last:left])
        points.append(left - removed)
        removed += right - left
        shifts.append(removed)
        last = right
    pieces.append(masked[last:])
    return "".join(pieces), OffsetMap(tuple(points), tuple(shifts))


def _covered(spans: list[tuple[int, int, str]], starts: list[int], start: int, end: int
             ) -> bool:
    """Whether one of ``spans`` (sorted, disjoint; ``starts`` their starts) covers a range."""
    i = bisect.bisect_right(starts, start) - 1
    return i >= 0 and spans[i][1] >= end


def scan(text: str) -> Layout:
    """Find the dateline and the non-prose spans of an article.

    Examples
    --------
    >>> layout = scan("SPRINGFIELD, Ill., Oct. 3 (AP) \\u2014 The governor signed the bill.")
    >>> layout.dateline.place, layout.dateline.date, layout.dateline.agency
    ('Springfield, Ill.', 'Oct. 3', 'AP')
    >>> layout.masked.lstrip()
    'The governor signed the bill.'
    >>> scan("Hamas - the group that rules Gaza - said it would talk.").dateline is None
    True
    >>> scan("By Jane Doe\\nBEIJING (Xinhua) -- China said it would act.").dateline.place
    'Beijing'
    """
    p = _patterns()
    original, text = text, text.translate(_SPACES)
    spans: list[tuple[int, int, str]] = []
    for m in p.inline.finditer(text):
        spans.append((m.start(), m.end(), m.lastgroup.rstrip("0123456789")))
    inline, starts = list(spans), [s for s, _, _ in spans]
    dateline: Dateline | None = None
    candidates = 0
    previous_prose = False  # the previous non-blank line is prose without a final mark
    prose_seen = False  # a line of prose came before
    above: list[tuple[int, int]] = []  # lines of prose that may be above the dateline
    last = len(text.rstrip())  # where the last non-blank line ends
    position = 0
    for line in text.split("\n"):
        start, end = position, position + len(line)
        position = end + 1
        if not line.strip():
            previous_prose = False
            continue
        kind = _whole_line(p, line, text, start, end)
        if kind is not None:
            spans.append((start, end, kind))
            previous_prose = False
            continue
        if _covered(inline, starts, start + len(line) - len(line.lstrip()), end):
            previous_prose = False
            continue
        body = start
        slug = p.slug.match(text, start, end)
        if slug is not None and slug.end() < end:
            spans.append((start, slug.end(), "slug"))
            body = slug.end()
        if dateline is None and candidates < DATELINE_LINES:
            credit = p.agency_only.match(text, body, end)  # "(Bloomberg) --": no place
            if credit is not None:
                spans.append((body, credit.end(), "agency"))
                body = credit.end()
            # the place may follow the agency: "(ANSA) - ROME, Dec 1 - ..."
            found = _dateline(text, body, end) or _dateline_lines(text, body)
            if found is not None:
                dateline, stop = found
                if credit is not None and dateline.agency is None:
                    dateline = dataclasses.replace(dateline, agency=credit.group("agency"))
                dateline = dataclasses.replace(  # as written, no-break spaces and all
                    dateline, text=original[dateline.start:dateline.start + len(dateline.text)])
                spans.append((body, stop, "dateline"))  # with a byte-order mark before it
                body = stop
            # a time stamp ("Published Dec 1, 2026 10:32 GMT") takes no line of the top
            if credit is not None or found is not None or not _tabular(text[body:end],
                                                                         previous_prose):
                candidates += 1
        if _tabular(text[body:end], previous_prose):
            spans.append((body, end, "table"))
            previous_prose = False
            continue
        if not prose_seen and end < last and _capitals(text[body:end]):
            spans.append((body, end, "headline"))
            continue
        if dateline is None and candidates < DATELINE_LINES:
            above.append((start, end))  # prose above a dateline may be a photo caption
        prose_seen = True
        previous_prose = line.rstrip()[-1:] not in _TERMINAL
    if dateline is not None:
        caption_ends = {end for _, end, kind in inline if kind == "caption"}
        # a line above the dateline that ends with a full date is the photo's caption; one
        # without a final mark is the headline ("Israel strikes Gaza as talks stall"), in
        # any case: telegraphese the lead below says again in prose
        for start, end in above:
            if start >= dateline.start:
                continue
            if p.caption_date.search(text, start, end) or len(text[start:end].rstrip()) + start \
                    in caption_ends:
                # or ends with the photo's credit: "Police guard the palace. (AP Photo/Jane Doe)"
                spans.append((start, end, "caption"))
            elif text[start:end].rstrip()[-1:] not in _TERMINAL:
                spans.append((start, end, "headline"))
    merged = _merged(spans)
    masked = _blank(original, merged)
    # inline marks, and the marks that open a line of prose (a dateline, a credit, a slug)
    lead = [span for span in merged if span[2] in _LEAD_KINDS]
    parsed, offsets = _removed(masked, sorted(inline + lead))
    return Layout(dateline=dateline, spans=merged, masked=masked, parsed=parsed,
                  offsets=offsets)
