"""Held-out paraphrases and wire articles: does a triple hold on text no rule was written for?

Usage (from the project root)::

    python benchmarks/heldout.py [--paraphrases FILE ...] [--wire FILE ...] [--model NAME]
                                 [--write] [--errors]

The data files were written by hand for issue 12, blind to the extraction
rules, and committed before the product was first run on them; they are never
edited to fit its output. There are nine sets, written independently by nine
engineers: the first (``paraphrases.jsonl``, ``wire.jsonl``), a second, fresh
one (``paraphrases-2.jsonl``, ``wire-2.jsonl``) written after the tune half of
the first had been read, a third (``paraphrases-3.jsonl``, ``wire-3.jsonl``)
written after the tune halves of the first two had been read and fixed
against, and a fourth, wire articles only (``wire-4.jsonl``), in the style of
the 1987 Reuters newswire, and a fifth (``paraphrases-5.jsonl``, ``wire-5.jsonl``)
written after the tune halves of the first three had been read and fixed
against, and a sixth, paraphrases only (``paraphrases-6.jsonl``), written after
the tune halves of the first five had been read and fixed against, and a
seventh, paraphrases only (``paraphrases-7.jsonl``), written after the tune half
of the sixth had been read, and an eighth (``paraphrases-8.jsonl``,
``wire-6.jsonl``), written in session 22 after the tune half of the seventh had
been read and kept wholly unread, and a ninth (``paraphrases-9.jsonl``,
``wire-7.jsonl``), written at the start of session 23 and kept wholly unread,
and a tenth, paraphrases only (``paraphrases-10.jsonl``), written at the start of
session 26 and kept wholly unread, and an eleventh, wire articles only
(``wire-8.jsonl``, in the style of the 1987 Reuters newswire), written at the start
of session 27 and kept wholly unread, and a twelfth, the same (``wire-9.jsonl``),
written during session 27 and kept wholly unread, and a thirteenth
(``paraphrases-11.jsonl``, ``wire-10.jsonl``, the wire articles in the style of
the 1987 Reuters newswire), written at the start of session 28 and kept wholly
unread, and a fourteenth (``paraphrases-12.jsonl``, ``wire-11.jsonl``, the same
styles), written at the start of session 29 and kept wholly unread, and a fifteenth
(``paraphrases-13.jsonl``, ``wire-12.jsonl``, the same styles, the wire leads with
inline tickers), written at the start of session 30 and kept wholly unread, and a
sixteenth (``paraphrases-14.jsonl``, ``wire-13.jsonl``, the same styles), written at the
start of session 31 and kept wholly unread, and a seventeenth (``paraphrases-15.jsonl``,
``wire-14.jsonl``, the same styles), written at the start of session 32 and kept wholly
unread, and an eighteenth (``paraphrases-16.jsonl``, ``wire-15.jsonl``, the same styles),
written at the start of session 33 and kept wholly unread, and a nineteenth
(``paraphrases-17.jsonl``, ``wire-16.jsonl``, the same styles), written at the start of
session 34 and kept wholly unread, and a twentieth (``paraphrases-18.jsonl``,
``wire-17.jsonl``, the same styles), written at the start of session 35 and kept wholly
unread, and a twenty-first (``paraphrases-19.jsonl``, ``wire-18.jsonl``, the same styles),
written at the start of session 36 and kept wholly unread, and a twenty-second
(``paraphrases-20.jsonl``, ``wire-19.jsonl``, the same styles), written at the start of
session 37 and kept wholly unread, and a twenty-third (``paraphrases-21.jsonl``,
``wire-20.jsonl``, the same styles), written at the start of session 39 and kept wholly
unread, and a twenty-fourth (``paraphrases-22.jsonl``, ``wire-21.jsonl``, the same styles),
written at the start of session 40 and kept wholly unread, and a twenty-fifth
(``paraphrases-23.jsonl``, ``wire-22.jsonl``, the same styles), written at the start of
session 41 and kept wholly unread, and a twenty-sixth (``paraphrases-24.jsonl``,
``wire-23.jsonl``, the same styles), written at the start of session 42 and kept wholly
unread, and a twenty-seventh (``paraphrases-25.jsonl``, ``wire-24.jsonl``, the same styles),
written at the end of session 43 and kept wholly unread, and a twenty-eighth
(``paraphrases-26.jsonl``, ``wire-25.jsonl``, the same styles), written at the start of session
44 and kept wholly unread, and a twenty-ninth (``paraphrases-27.jsonl``, ``wire-26.jsonl``, the
same styles), written at the start of session 45 and kept wholly unread, a thirtieth
(``paraphrases-28.jsonl``, ``wire-27.jsonl``, the same styles), written at the start of session 46
and kept wholly unread, a thirty-first (``paraphrases-29.jsonl``, ``wire-28.jsonl``, the same
styles), written at the start of session 47 and kept wholly unread, a thirty-second
(``paraphrases-30.jsonl``, ``wire-29.jsonl``, the same styles), written at the start of session 48
and kept wholly unread, a thirty-third (``paraphrases-31.jsonl``, ``wire-30.jsonl``, the same
styles), written in the middle of session 48 and kept wholly unread, and a thirty-fourth
(``paraphrases-32.jsonl``, ``wire-31.jsonl``, the same styles), written at the start of session 49
and kept wholly unread, a thirty-fifth (``paraphrases-33.jsonl``, paraphrases only, the same
style), written in the middle of session 49 and kept wholly unread, and a thirty-sixth
(``paraphrases-34.jsonl``, ``wire-32.jsonl``, the same styles), written at the start of session 50
and kept wholly unread, and a thirty-seventh (``paraphrases-35.jsonl``, paraphrases only, the same
style), written in the middle of session 50 and kept wholly unread. By default all sixty-six
files are scored;
each set is reported on its own and the sets together.

``benchmarks/paraphrases.jsonl``
    One-sentence news items, six per event: ``active``, ``passive``,
    ``nominal`` ("X's attack on Y", "an attack by X on Y"), ``participle``
    ("..., attacking Y"; "Y, attacked by X, ..."), ``negated`` ("X did not
    attack Y", "X denied attacking Y": a denial counts as negated) and
    ``hedged`` ("reportedly", "allegedly", "may", "plans to", "is expected
    to", "threatened to"). Each record: ``id``, ``event``, ``half``,
    ``domain``, ``form``, ``sentence`` and ``expected``: ``subject`` and
    ``object`` (acceptable names, each as written in the sentence),
    ``relation`` (acceptable relation words), ``negated``, ``hedged``.
``benchmarks/paraphrases-2.jsonl``
    The same format, ids ``hq-NN-form``: 25 more events, harder sentences
    (titles and appositions, attribution, relative clauses, conjoined actors,
    ditransitives, recipients, "X's seizure of Y", "Backed by X, ...",
    "refused to", "failed to", "no plans to", "is set to", "could", ...).
``benchmarks/wire.jsonl``
    Short wire-style articles (datelines, bylines, credits, tickers, results
    tables), in the input format of ``actorgraph build`` (``id``, ``date``,
    ``text``) plus ``half`` and ``gold``: the ``dateline_city`` (which occurs
    nowhere else in the text) and the ``quantities`` (as written) that must
    never be a subject or an object.
``benchmarks/wire-2.jsonl``
    The same format, ids ``wire2-NN`` (some open with a byline or a photo
    caption before the dateline), and ``gold`` also lists ``triples``: the
    article's main actor triples, each in the ``expected`` format of a
    paraphrase (``negated`` / ``hedged`` as the text puts it).
``benchmarks/paraphrases-3.jsonl``, ``benchmarks/wire-3.jsonl``
    The same formats, ids ``hr-NN-form`` (25 events x six forms; more
    domains: health, sport governance, crime, business) and ``wire3-NN`` (more
    agencies and dateline styles: mixed-case cities with states or countries,
    datelines without agency or date, colons and ``.-``, up to two lines
    (headline, byline, photo caption) before the dateline; tabular results
    lines and ranges), whose ``gold`` lists ``triples`` as ``wire-2.jsonl``.
``benchmarks/wire-4.jsonl``
    The same format, ids ``wire4-NN``: 60 articles in the style of the
    classic Reuters newswire of 1987 (an upper-case headline line, often with
    a ticker in angle brackets, then ``CITY, Month D -`` or ``CITY, State,
    Month D -``, telegraphese such as "mln dlrs", "cts a share", "pct", "vs",
    results tables of ``Shr``, ``Net``, ``Revs``, ``Avg shrs``, ``Nine mths``
    lines, and ``Reuter`` as the last line): results and dividends, deals,
    courts and regulators between companies, commodities, central banks and
    trade, politics, conflict and labour. ``gold`` lists 0-3 main ``triples``
    (none for an article that is only a results table).
``benchmarks/paraphrases-5.jsonl``, ``benchmarks/wire-5.jsonl``
    The formats of set 3, ids ``hs-NN-form`` (25 events x six forms) and
    ``wire5-NN`` (40 modern articles of many agencies and conventions: Reuters,
    AP, AFP, Xinhua, PTI, EFE, UPI, CNN, Kyodo, AAP, press-release wires and
    newspaper datelines; datelines with states or countries, on their own
    line, with a weekday only; headlines, bylines, captions, tickers and
    footers), whose ``gold`` lists 1-3 main ``triples`` as ``wire-2.jsonl``.
``benchmarks/paraphrases-6.jsonl``
    The format of set 3, ids ``hs6-NN-form`` (25 events x six forms, no verb
    used for two events).
``benchmarks/paraphrases-7.jsonl``
    The same, ids ``hs7-NN-form`` (25 more events, none of set 6's verbs).
``benchmarks/paraphrases-8.jsonl``, ``benchmarks/wire-6.jsonl``
    The formats of set 5, ids ``hs8-NN-form`` (25 events, none of the verbs of
    sets 6 and 7) and ``wire6-NN`` (40 modern articles of many agencies).
``benchmarks/paraphrases-9.jsonl``, ``benchmarks/wire-7.jsonl``
    The same formats, ids ``hs9-NN-form`` (25 events, 25 verbs) and ``wire7-NN``
    (40 modern articles; three have no dateline, ``dateline_city`` null).
``benchmarks/paraphrases-10.jsonl``
    The same format, ids ``hs10-NN-form`` (25 events, 25 verbs, 17 domains).
``benchmarks/wire-8.jsonl``
    The format of set 4, ids ``wire8-NN``: 60 more articles in the style of the
    1987 Reuters newswire (12 results and dividends, 16 corporate, 12
    commodities, central banks and trade, 20 general news items).
``benchmarks/wire-9.jsonl``
    The same format, ids ``wire9-NN``: 60 more (10 results and dividends, 18
    corporate, 12 commodities, central banks, trade and farm, 20 general news).
``benchmarks/paraphrases-11.jsonl``, ``benchmarks/wire-10.jsonl``
    The formats of sets 10 and 12, ids ``hs11-NN-form`` (25 events, 25 verbs,
    18 domains) and ``wire10-NN`` (60 articles in the 1987 Reuters style: 10
    results and dividends, 18 corporate, 12 commodities, central banks, trade
    and farm, 20 general news).
``benchmarks/paraphrases-12.jsonl``, ``benchmarks/wire-11.jsonl``
    The same formats, ids ``hs12-NN-form`` (25 events, 25 verbs, 25 domains)
    and ``wire11-NN`` (60 articles in the 1987 Reuters style: 10 results
    tables, 20 corporate, 20 government and politics, 10 markets and
    commodities), written blind at the start of session 29.
``benchmarks/paraphrases-13.jsonl``, ``benchmarks/wire-12.jsonl``
    The same formats, ids ``hs13-NN-form`` (25 events, 25 domains) and
    ``wire12-NN`` (60 articles in the 1987 Reuters style: 8 results tables, 20
    corporate, 20 of them with tickers inline in the body as real copy has them,
    12 government and politics, 10 markets, 10 general news), written blind at the
    start of session 30.
``benchmarks/paraphrases-14.jsonl``, ``benchmarks/wire-13.jsonl``
    The same formats, ids ``hs14-NN-form`` (25 events, 25 domains) and
    ``wire13-NN`` (60 articles in the 1987 Reuters style: 8 results tables, 16
    corporate with tickers inline, 16 government, diplomacy and conflict, 10
    markets, 10 general news), written blind at the start of session 31.
``benchmarks/paraphrases-15.jsonl``, ``benchmarks/wire-14.jsonl``
    The same formats, ids ``hs15-NN-form`` (25 events, 25 domains) and
    ``wire14-NN`` (60 articles in the 1987 Reuters style: 8 results tables, 16
    corporate with tickers inline, 16 government, 10 markets, 10 general news),
    written blind at the start of session 32.
``benchmarks/paraphrases-16.jsonl``, ``benchmarks/wire-15.jsonl``
    The same formats, ids ``hs16-NN-form`` (25 events, 25 domains, 25 relation verbs) and
    ``wire15-NN`` (60 articles in the 1987 Reuters style: earnings tables, commodities,
    central banks, takeovers and stake filings, trade, labour, and a third the era's politics),
    written blind at the start of session 33.
``benchmarks/paraphrases-17.jsonl``, ``benchmarks/wire-16.jsonl``
    The same formats, ids ``hs17-NN-form`` (25 events, 25 domains, 25 relation verbs) and
    ``wire16-NN`` (60 articles in the 1987 Reuters style: 8 results tables, 16 corporate, 16
    government, diplomacy, conflict and labour, 10 markets and commodities, 10 general news;
    up to four main triples, a third of them hedged or negated), written blind at the start of
    session 34.
``benchmarks/paraphrases-18.jsonl``, ``benchmarks/wire-17.jsonl``
    The same formats, ids ``hs18-NN-form`` (25 events, 25 domains, 25 relation verbs) and
    ``wire17-NN`` (60 articles in the 1987 Reuters style, the same mix as the nineteenth set;
    up to four main triples, nearly half of them hedged or negated), written blind at the start
    of session 35.
``benchmarks/paraphrases-19.jsonl``, ``benchmarks/wire-18.jsonl``
    The same formats, ids ``hs19-NN-form`` (25 events, 25 domains, 25 relation verbs) and
    ``wire18-NN`` (60 articles in the 1987 Reuters style, the same mix; up to four main
    triples, 146 in all, 63 of them hedged or negated; its writer counted a reported claim
    as hedged), written blind at the start of session 36.
``benchmarks/paraphrases-20.jsonl``, ``benchmarks/wire-19.jsonl``
    The same formats, ids ``hs20-NN-form`` (25 events, 25 domains, 25 relation verbs) and
    ``wire19-NN`` (60 articles in the 1987 Reuters style, the same mix; up to four main
    triples), written blind at the start of session 37.
``benchmarks/paraphrases-21.jsonl``, ``benchmarks/wire-20.jsonl``
    The same formats, ids ``hs21-NN-form`` (25 events, 25 domains, 25 relation verbs) and
    ``wire20-NN`` (60 articles in the 1987 Reuters style, the same mix; up to four main
    triples), written blind at the start of session 39.
``benchmarks/paraphrases-22.jsonl``, ``benchmarks/wire-21.jsonl``
    The same formats, ids ``hs22-NN-form`` (25 events, 25 domains, 25 relation verbs) and
    ``wire21-NN`` (60 articles in the 1987 Reuters style, the same mix; up to four main
    triples), written blind at the start of session 40.
``benchmarks/paraphrases-23.jsonl``, ``benchmarks/wire-22.jsonl``
    The same formats, ids ``hs23-NN-form`` (25 events, 25 domains, 25 relation verbs) and
    ``wire22-NN`` (60 articles in the 1987 Reuters style, the same mix; up to four main
    triples), written blind at the start of session 41.
``benchmarks/paraphrases-24.jsonl``, ``benchmarks/wire-23.jsonl``
    The same formats, ids ``hs24-NN-form`` (25 events, 25 domains, 25 relation verbs) and
    ``wire23-NN`` (60 articles in the 1987 Reuters style, the same mix; up to four main
    triples), written blind at the start of session 42.
``benchmarks/paraphrases-25.jsonl``, ``benchmarks/wire-24.jsonl``
    The same formats, ids ``hs25-NN-form`` (25 events, 25 domains, 25 relation verbs) and
    ``wire24-NN`` (60 articles in the 1987 Reuters style, the same mix; up to four main
    triples; some name their dateline city again in the body), written blind at the end of
    session 43.
``benchmarks/paraphrases-26.jsonl``, ``benchmarks/wire-25.jsonl``
    The same formats, ids ``hs26-NN-form`` (25 events, 25 domains, 25 relation verbs) and
    ``wire25-NN`` (60 articles in the 1987 Reuters style, the same mix; up to four main
    triples; the dateline city not named again in the body), written blind at the start of
    session 44.
``benchmarks/paraphrases-27.jsonl``, ``benchmarks/wire-26.jsonl``
    The same formats, ids ``hs27-NN-form`` (25 events, 25 domains, 25 relation verbs) and
    ``wire26-NN`` (60 articles in the 1987 Reuters style, the same mix; up to four main
    triples), written blind at the start of session 45.
``benchmarks/paraphrases-28.jsonl``, ``benchmarks/wire-27.jsonl``
    The same formats, ids ``hs28-NN-form`` (25 events, 25 domains, 25 relation verbs) and
    ``wire27-NN`` (60 articles in the 1987 Reuters style, the same mix; up to four main
    triples), written blind at the start of session 46.
``benchmarks/paraphrases-29.jsonl``, ``benchmarks/wire-28.jsonl``
    The same formats, ids ``hs29-NN-form`` (25 events, 25 domains, 25 relation verbs) and
    ``wire28-NN`` (60 articles in the 1987 Reuters style, the same mix; up to four main
    triples), written blind at the start of session 47.
``benchmarks/paraphrases-30.jsonl``, ``benchmarks/wire-29.jsonl``
    The same formats, ids ``hs30-NN-form`` (25 events, 25 domains, 25 relation verbs) and
    ``wire29-NN`` (60 articles in the 1987 Reuters style, the same mix; up to four main
    triples), written blind at the start of session 48.
``benchmarks/paraphrases-31.jsonl``, ``benchmarks/wire-30.jsonl``
    The same formats, ids ``hs31-NN-form`` (25 events, 25 domains, 25 relation verbs) and
    ``wire30-NN`` (60 articles in the 1987 Reuters style, the same mix; up to four main
    triples), written blind in the middle of session 48.
``benchmarks/paraphrases-32.jsonl``, ``benchmarks/wire-31.jsonl``
    The same formats, ids ``hs32-NN-form`` (25 events, 25 domains, 25 relation verbs) and
    ``wire31-NN`` (60 articles in the 1987 Reuters style, the same mix; up to four main
    triples), written blind at the start of session 49.
``benchmarks/paraphrases-33.jsonl``
    The same format, ids ``hs33-NN-form`` (25 events, 25 domains, 25 relation verbs), written
    blind in the middle of session 49 (paraphrases only).
``benchmarks/paraphrases-34.jsonl``, ``benchmarks/wire-32.jsonl``
    The same formats, ids ``hs34-NN-form`` (25 events, 25 domains, 25 relation verbs) and
    ``wire32-NN`` (60 articles in the 1987 Reuters style, the same mix; up to four main
    triples), written blind at the start of session 50.
``benchmarks/paraphrases-35.jsonl``
    The same format, ids ``hs35-NN-form`` (25 events, 25 domains, 25 relation verbs), written
    blind in the middle of session 50 (paraphrases only).

Halves follow :mod:`benchmarks.split`, applied to the *event* id of a
paraphrase (so the six forms of one event are all in the same half: reading
the errors of a tune-half item never shows a check-half sentence of the same
event) and to the id of a wire article.

Matching (the helpers of :mod:`benchmarks.wcep`): a name matches a triple side
when, case and punctuation aside, its words are a contiguous part of the words
of the side's label or mention text, or the other way round; a relation
matches when a listed word is a word of the relation's lemma or label.

Figures, per form and per half:

held in full
    some triple matches subject, relation and object in that direction, with
    the expected flags: ``negated`` set for a negated item (its ``hedged`` is
    not scored), ``hedged`` set and ``negated`` unset for a hedged item, both
    unset for the other forms.
found
    some triple matches in that direction, whatever its flags.
reversed
    some triple matches with subject and object swapped (counted whether or
    not the right reading is also there: the acceptance wants none).

For the wire articles: triples per article; *city sides*, triple sides whose
label or text contains the dateline city (in an article whose body names the
city again, in words or by its dotted initials, "U.N." after "UNITED NATIONS", only when
the dateline was not recognised: a recognised dateline's
line is never parsed, so the side names the body's city); *quantity sides*, sides whose label
or text (determiners aside; a named actor by its label alone) is made only of
numbers and units ("45 cts", "14-pct", "total", "mln dlrs") or is a contiguous
part of an annotated quantity ending in a number or a unit ("the 3,000",
"shares" of "200,000 shares"; not the noun a number counts, "30 people", which
the scorer of sessions 22-31 also counted: its figure is in brackets);
the triples' ``dateline`` record, when some triple carries it; and, for
articles whose gold lists ``triples``, the main triples *found* (some triple
matches in that direction, whatever its flags, as for a paraphrase), *held in
full* (with the expected flags) and *reversed*, with in brackets those reversed
only (no triple also in the right direction: a reciprocal act given both ways
round, "India and Sri Lanka signed an accord", is reversed but not only reversed).

``--errors`` prints the failures of the tune half only; the check half is
only scored. ``--write`` puts the tables into ``benchmarks/README.md``
between the ``heldout`` markers.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.split import CHECK, HALVES, TUNE  # noqa: E402
from benchmarks.wcep import (  # noqa: E402
    name_matches,
    relation_matches,
    skipped_is_an_error,
    words,
)

__all__ = [
    "FORMS",
    "ItemScore",
    "SETS",
    "WireScore",
    "contains_words",
    "format_paraphrase_table",
    "format_wire_table",
    "is_quantity_side",
    "read_jsonl",
    "score_item",
    "score_wire",
    "set_name",
    "side_names",
]

PARAPHRASES = (ROOT / "benchmarks" / "paraphrases.jsonl",
               ROOT / "benchmarks" / "paraphrases-2.jsonl",
               ROOT / "benchmarks" / "paraphrases-3.jsonl", None,
               ROOT / "benchmarks" / "paraphrases-5.jsonl",
               ROOT / "benchmarks" / "paraphrases-6.jsonl",
               ROOT / "benchmarks" / "paraphrases-7.jsonl",
               ROOT / "benchmarks" / "paraphrases-8.jsonl",
               ROOT / "benchmarks" / "paraphrases-9.jsonl",
               ROOT / "benchmarks" / "paraphrases-10.jsonl", None, None,
               ROOT / "benchmarks" / "paraphrases-11.jsonl",
               ROOT / "benchmarks" / "paraphrases-12.jsonl",
               ROOT / "benchmarks" / "paraphrases-13.jsonl",
               ROOT / "benchmarks" / "paraphrases-14.jsonl",
               ROOT / "benchmarks" / "paraphrases-15.jsonl",
               ROOT / "benchmarks" / "paraphrases-16.jsonl",
               ROOT / "benchmarks" / "paraphrases-17.jsonl",
               ROOT / "benchmarks" / "paraphrases-18.jsonl",
               ROOT / "benchmarks" / "paraphrases-19.jsonl",
               ROOT / "benchmarks" / "paraphrases-20.jsonl",
               ROOT / "benchmarks" / "paraphrases-21.jsonl",
               ROOT / "benchmarks" / "paraphrases-22.jsonl",
               ROOT / "benchmarks" / "paraphrases-23.jsonl",
               ROOT / "benchmarks" / "paraphrases-24.jsonl",
               ROOT / "benchmarks" / "paraphrases-25.jsonl",
               ROOT / "benchmarks" / "paraphrases-26.jsonl",
               ROOT / "benchmarks" / "paraphrases-27.jsonl",
               ROOT / "benchmarks" / "paraphrases-28.jsonl",
               ROOT / "benchmarks" / "paraphrases-29.jsonl",
               ROOT / "benchmarks" / "paraphrases-30.jsonl",
               ROOT / "benchmarks" / "paraphrases-31.jsonl",
               ROOT / "benchmarks" / "paraphrases-32.jsonl",
               ROOT / "benchmarks" / "paraphrases-33.jsonl",
               ROOT / "benchmarks" / "paraphrases-34.jsonl",
               ROOT / "benchmarks" / "paraphrases-35.jsonl")
WIRE = (ROOT / "benchmarks" / "wire.jsonl", ROOT / "benchmarks" / "wire-2.jsonl",
        ROOT / "benchmarks" / "wire-3.jsonl", ROOT / "benchmarks" / "wire-4.jsonl",
        ROOT / "benchmarks" / "wire-5.jsonl", None, None, ROOT / "benchmarks" / "wire-6.jsonl",
        ROOT / "benchmarks" / "wire-7.jsonl", None, ROOT / "benchmarks" / "wire-8.jsonl",
        ROOT / "benchmarks" / "wire-9.jsonl", ROOT / "benchmarks" / "wire-10.jsonl",
        ROOT / "benchmarks" / "wire-11.jsonl", ROOT / "benchmarks" / "wire-12.jsonl",
        ROOT / "benchmarks" / "wire-13.jsonl", ROOT / "benchmarks" / "wire-14.jsonl",
        ROOT / "benchmarks" / "wire-15.jsonl", ROOT / "benchmarks" / "wire-16.jsonl",
        ROOT / "benchmarks" / "wire-17.jsonl", ROOT / "benchmarks" / "wire-18.jsonl",
        ROOT / "benchmarks" / "wire-19.jsonl", ROOT / "benchmarks" / "wire-20.jsonl",
        ROOT / "benchmarks" / "wire-21.jsonl", ROOT / "benchmarks" / "wire-22.jsonl",
        ROOT / "benchmarks" / "wire-23.jsonl", ROOT / "benchmarks" / "wire-24.jsonl",
        ROOT / "benchmarks" / "wire-25.jsonl", ROOT / "benchmarks" / "wire-26.jsonl",
        ROOT / "benchmarks" / "wire-27.jsonl", ROOT / "benchmarks" / "wire-28.jsonl",
        ROOT / "benchmarks" / "wire-29.jsonl", ROOT / "benchmarks" / "wire-30.jsonl",
        ROOT / "benchmarks" / "wire-31.jsonl", None, ROOT / "benchmarks" / "wire-32.jsonl", None)
#: The held-out sets: name -> (paraphrase file or None, wire file or None), in the order
#: they were written (the fourth, eleventh and twelfth sets have wire articles only, the sixth,
#: seventh, tenth, thirty-fifth and thirty-seventh paraphrases only; the eighth, ninth,
#: thirteenth to thirty-fourth and thirty-sixth both).
SETS = {f"set {n}": pair for n, pair in enumerate(zip(PARAPHRASES, WIRE, strict=True), 1)}
FORMS = ("active", "passive", "nominal", "participle", "negated", "hedged")

#: Words that make up an amount with its numbers (units, scales, table words).
_UNIT_WORDS = frozenset("""
    cts ct cent cents pct percent percentage point points per mln bln billion million thousand
    trillion dlrs dlr dollars dollar usd euros euro eur pounds pound stg yen rand yuan rupees
    km kilometres kilometers miles tonnes tons barrels shr net revs rev qtr total totals vs
    milliard milliards pence marks francs guilders lire tonne barrel bpd bushels ounce ounces
    lbs kilos shrs avg mths qtly div oper
""".split())
#: Units of a count of stock: an amount at the end of an annotated quantity ("200,000
#: shares"), a participant alone ("voted its shares").
_STOCK_UNITS = frozenset({"shares", "share"})
#: Words a side may start with and still be nothing but an amount ("about 20", "the total").
_LEADING = frozenset({"the", "a", "an", "some", "about", "around", "nearly", "almost",
                      "more", "than", "less", "at", "least", "over", "up", "to"})


def read_jsonl(path: str | Path) -> list[dict]:
    """The records of a JSON Lines file (blank lines skipped)."""
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def contains_words(longer: str, shorter: str) -> bool:
    """Whether the words of ``shorter`` are a contiguous part of those of ``longer``.

    Examples
    --------
    >>> contains_words("the MEXICO CITY police", "Mexico City")
    True
    >>> contains_words("Mexico", "Mexico City")
    False
    """
    big, small = words(longer), words(shorter)
    n = len(small)
    return n > 0 and any(big[i:i + n] == small for i in range(len(big) - n + 1))


def _city_in_body(text: str, city: str) -> bool:
    """Whether the article names its dateline city again after the dateline itself, in
    words or, for a name of several words, by its dotted initials ("U.N." after a
    "UNITED NATIONS" dateline: the organisation the body names is a participant).

    Examples
    --------
    >>> _city_in_body("NEW YORK, March 3 - The New York Fed said ...", "NEW YORK")
    True
    >>> _city_in_body("UNITED NATIONS, July 28 - Iraq backed a U.N. plan.", "UNITED NATIONS")
    True
    >>> _city_in_body("UNITED NATIONS, July 28 - Iraq backed a plan.", "UNITED NATIONS")
    False
    >>> _city_in_body("PARIS, March 3 - P. Dupont said ...", "PARIS")
    False
    """
    at = text.find(city)
    if at < 0:
        return False
    rest = text[at + len(city):]
    if contains_words(rest, city):
        return True
    initials = [w[0].upper() for w in city.split() if w[:1].isalpha()]
    return len(initials) >= 2 and re.search(
        r"(?<![\w.])" + r"\.\s?".join(initials) + r"\.", rest) is not None


def side_names(side: Mapping) -> tuple[str, ...]:
    """The names a triple side goes by: its canonical label and its text as written."""
    return tuple(s for s in (side.get("label"), side.get("text")) if s)


def is_quantity_side(names: Iterable[str], quantities: Iterable[str] = (), *,
                     counted: bool = False) -> bool:
    """Whether a triple side is nothing but an amount.

    A side is an amount when the words of its label or text, leading
    determiners and approximations aside, are all numbers and unit words, or
    are a contiguous part of an annotated quantity and end in a number or a
    unit word: "45 cts", "the 3,000", "shares" of "200,000 shares". The noun a
    number counts is not an amount ("people" or "30 people" of "at least 30
    people", the victims; "1,200 jobs"): the annotators list such counts as
    quantities, but the issue's rule is about numbers, amounts, percentages
    and units. ``counted=True`` counts those nouns too, as the scorer did up to
    session 31.

    Examples
    --------
    >>> is_quantity_side(["45 cts"]), is_quantity_side(["14-pct"]), is_quantity_side(["total"])
    (True, True, True)
    >>> is_quantity_side(["mln dlrs"]), is_quantity_side(["the 3,000"], ["3,000"])
    (True, True)
    >>> is_quantity_side(["two villages"], ["two"]), is_quantity_side(["G7"])
    (False, False)
    >>> is_quantity_side(["Avg shrs 15,150,000"]), is_quantity_side(["385 pence"])
    (True, True)
    >>> is_quantity_side(["shares"], ["200,000 shares"]), is_quantity_side(["shares"])
    (True, False)
    >>> is_quantity_side(["people"], ["30 people"]), is_quantity_side(["30 people"], ["30 people"])
    (False, False)
    >>> is_quantity_side(["people"], ["30 people"], counted=True)
    True
    """
    quantity_words = [words(q) for q in quantities]
    for name in names:
        w = words(name)
        while w and w[0] in _LEADING:
            w = w[1:]
        if not w:
            continue
        if all(_amount_word(x) for x in w):
            return True
        if not counted and not (_amount_word(w[-1]) or w[-1] in _STOCK_UNITS):
            continue  # "1,200 jobs", "jobs": the jobs, counted
        n = len(w)
        if any(q[i:i + n] == w for q in quantity_words for i in range(len(q) - n + 1)):
            return True
    return False


def _amount_word(word: str) -> bool:
    """A number or a unit word ("3,000", "1.5", "cts", "mln")."""
    return word.replace(",", "").replace(".", "").isdigit() or word in _UNIT_WORDS


def quantity_side_names(side: Mapping) -> tuple[str, ...]:
    """The names a side is judged by as a quantity: a named actor by its label alone (a
    count of members that stands for their union, "About 3,000 members" labelled
    "Waterside Workers' Federation", is the union), anything else by label and text."""
    if side.get("type") not in (None, "CONCEPT") and side.get("via") != "concept":
        return tuple(s for s in (side.get("label"),) if s)
    return side_names(side)


@dataclass(frozen=True)
class ItemScore:
    """How one paraphrase fared."""

    id: str
    half: str
    form: str
    held: bool
    found: bool
    reversed: bool


def _matches(expected: Mapping, triple: Mapping, *, reverse: bool = False) -> bool:
    subject, obj = triple["subject"], triple["object"]
    if reverse:
        subject, obj = obj, subject
    relation = (triple["relation"].get("lemma"), triple["relation"].get("label"))
    return (relation_matches(expected["relation"], relation)
            and name_matches(expected["subject"], side_names(subject))
            and name_matches(expected["object"], side_names(obj)))


def _flags_right(expected: Mapping, triple: Mapping) -> bool:
    if expected["negated"]:
        return bool(triple.get("negated"))
    return (not triple.get("negated")) and bool(triple.get("hedged")) == bool(expected["hedged"])


def score_item(item: Mapping, triples: Sequence[Mapping]) -> ItemScore:
    """Score one paraphrase against the triples of its sentence.

    Examples
    --------
    >>> item = {"id": "x-active", "half": "tune", "form": "active", "expected": {
    ...     "subject": ["Acme Corp"], "relation": ["sue"], "object": ["Globex"],
    ...     "negated": False, "hedged": False}}
    >>> def t(s, lemma, o, negated=False):
    ...     return {"subject": {"label": s, "text": s},
    ...             "relation": {"lemma": lemma, "label": lemma},
    ...             "object": {"label": o, "text": o}, "negated": negated, "hedged": False}
    >>> score_item(item, [t("Acme Corp", "sue", "Globex")]).held
    True
    >>> s = score_item(item, [t("Globex", "sue", "Acme")])
    >>> s.held, s.found, s.reversed
    (False, False, True)
    >>> score_item(item, [t("Acme", "sue", "Globex", negated=True)]).held
    False
    """
    expected = item["expected"]
    right = [t for t in triples if _matches(expected, t)]
    return ItemScore(
        id=item["id"], half=item["half"], form=item["form"],
        held=any(_flags_right(expected, t) for t in right),
        found=bool(right),
        reversed=any(_matches(expected, t, reverse=True) for t in triples))


@dataclass
class WireScore:
    """What the triples of wire articles did with datelines and quantities."""

    articles: int = 0
    triples: int = 0
    city_sides: list[str] = field(default_factory=list)
    quantity_sides: list[str] = field(default_factory=list)
    with_dateline: int = 0  # articles whose triples carry a dateline record
    dateline_right: int = 0  # ... whose place contains the dateline city
    with_triples: int = 0
    main_triples: int = 0  # annotated main actor triples (articles whose gold lists them)
    main_found: int = 0
    main_held: int = 0
    main_reversed: int = 0
    main_missed: list[str] = field(default_factory=list)
    #: sides the scorer of sessions 22-31 counted: counted nouns and stand-ins' text too
    counted_sides: list[str] = field(default_factory=list)
    #: main triples reversed and not also found the right way round (a reciprocal act,
    #: "India and Sri Lanka signed", given both ways is reversed but also found)
    main_reversed_only: int = 0


def _show(t: Mapping) -> str:
    flags = "".join((" [negated]" if t.get("negated") else "",
                     " [hedged]" if t.get("hedged") else ""))
    s, o = t["subject"], t["object"]
    return (f"{s.get('text')} ({s.get('label')}) -{t['relation'].get('lemma')}-> "
            f"{o.get('text')} ({o.get('label')}){flags} [{t.get('pattern')}]")


def score_wire(article: Mapping, triples: Sequence[Mapping]) -> WireScore:
    """Score the triples of one wire article against its annotations.

    Examples
    --------
    >>> article = {"id": "w1", "gold": {"dateline_city": "NEW YORK", "quantities": ["22 cts"]}}
    >>> def t(s, o):
    ...     return {"subject": {"label": s, "text": s}, "relation": {"lemma": "say"},
    ...             "object": {"label": o, "text": o}, "dateline": None}
    >>> s = score_wire(article, [t("New York", "Acme"), t("Acme", "22 cts"), t("Acme", "Globex")])
    >>> s.triples, len(s.city_sides), len(s.quantity_sides)
    (3, 1, 1)
    >>> article["gold"]["triples"] = [{"subject": ["Acme"], "relation": ["say"],
    ...     "object": ["Globex"], "negated": False, "hedged": False}]
    >>> s = score_wire(article, [t("Acme", "Globex")])
    >>> s.main_triples, s.main_found, s.main_held, s.main_reversed
    (1, 1, 1, 0)
    >>> s = score_wire(article, [t("Globex", "Acme")])
    >>> s.main_found, s.main_reversed, s.main_reversed_only, len(s.main_missed)
    (0, 1, 1, 1)
    >>> s = score_wire(article, [t("Acme", "Globex"), t("Globex", "Acme")])
    >>> s.main_found, s.main_reversed, s.main_reversed_only
    (1, 1, 0)

    An article without a dateline (``dateline_city`` null) has no city to leak, and a
    dateline found in it is not the right one:

    A city the body names too ("NEW YORK, March 2 - ... the New York Stock Exchange")
    is a participant of the body once the dateline was recognised (its line is never
    parsed); until then every side naming it counts:

    >>> both = {"id": "w3", "text": "NEW YORK, March 2 - Acme sued New York State.",
    ...         "gold": {"dateline_city": "NEW YORK", "quantities": []}}
    >>> len(score_wire(both, [t("Acme", "New York State")]).city_sides)
    1
    >>> found = {**t("Acme", "New York State"), "dateline": {"place": "NEW YORK", "start": 0}}
    >>> len(score_wire(both, [found]).city_sides)
    0

    >>> undated = {"id": "w2", "gold": {"dateline_city": None, "quantities": []}}
    >>> s = score_wire(undated, [{**t("Acme", "Globex"), "dateline": {"place": "Rome"}}])
    >>> len(s.city_sides), s.with_dateline, s.dateline_right
    (0, 1, 0)
    """
    gold = article["gold"]
    city, quantities = gold["dateline_city"], gold["quantities"]
    score = WireScore(articles=1, triples=len(triples), with_triples=int(bool(triples)))
    datelines = [t.get("dateline") for t in triples if t.get("dateline")]
    leaks = bool(city) and not (datelines and _city_in_body(article.get("text", ""), city))
    for t in triples:
        for role in ("subject", "object"):
            names = side_names(t[role])
            if leaks and any(contains_words(n, city) for n in names):
                score.city_sides.append(f"{article['id']}: {role} {_show(t)}")
            if is_quantity_side(quantity_side_names(t[role]), quantities):
                score.quantity_sides.append(f"{article['id']}: {role} {_show(t)}")
            if is_quantity_side(names, quantities, counted=True):
                score.counted_sides.append(f"{article['id']}: {role} {_show(t)}")
    if datelines:
        score.with_dateline = 1
        place = datelines[0].get("place")
        place_names = (side_names(place) if isinstance(place, Mapping)
                       else (place,) if place else ())
        score.dateline_right = int(bool(city) and any(
            contains_words(n, city) or contains_words(city, n) for n in place_names))
    for i, expected in enumerate(gold.get("triples", ())):
        item = {"id": f"{article['id']}#{i + 1}", "half": article.get("half"), "form": "wire",
                "expected": {"negated": False, "hedged": False, **expected}}
        s = score_item(item, triples)
        score.main_triples += 1
        score.main_found += s.found
        score.main_held += s.held
        score.main_reversed += s.reversed
        score.main_reversed_only += s.reversed and not s.found
        if not s.found or s.reversed:
            why = ("reversed " if s.reversed else "") + ("" if s.found else "missed")
            score.main_missed.append(f"{item['id']} ({why.strip()}): expected "
                                     f"{_show_expected(expected)}")
    return score


def _show_expected(e: Mapping) -> str:
    return (f"{'|'.join(e['subject'])} -{'|'.join(e['relation'])}-> {'|'.join(e['object'])}"
            f"{' [negated]' if e.get('negated') else ''}{' [hedged]' if e.get('hedged') else ''}")


def _add(total: WireScore, part: WireScore) -> None:
    for name in total.__dataclass_fields__:
        setattr(total, name, getattr(total, name) + getattr(part, name))


def _fmt(a: int, b: int) -> str:
    return "–" if not b else f"{a / b:.2f} ({a}/{b})"


def format_paraphrase_table(scores: Sequence[ItemScore]) -> str:
    """A Markdown table: one row per form and one for all, held in full per half.

    Examples
    --------
    >>> rows = [ItemScore("a", "tune", "active", True, True, False),
    ...         ItemScore("b", "check", "active", False, True, True)]
    >>> print(format_paraphrase_table(rows).splitlines()[2])
    | active | 2 | 1.00 (1/1) | 0.00 (0/1) | 0.50 (1/2) | 1.00 (2/2) | 1 |
    """
    lines = ["| form | items | held in full, tune | held in full, check | held in full, both "
             "| found (any flags) | reversed |",
             "|---|---:|---:|---:|---:|---:|---:|"]
    present = [f for f in FORMS if any(s.form == f for s in scores)]
    for form in [*present, "all"]:
        rows = [s for s in scores if form in ("all", s.form)]
        tune = [s for s in rows if s.half == TUNE]
        check = [s for s in rows if s.half == CHECK]
        name = "**all forms**" if form == "all" else form
        lines.append(f"| {name} | {len(rows)} | {_fmt(sum(s.held for s in tune), len(tune))} "
                     f"| {_fmt(sum(s.held for s in check), len(check))} "
                     f"| {_fmt(sum(s.held for s in rows), len(rows))} "
                     f"| {_fmt(sum(s.found for s in rows), len(rows))} "
                     f"| {sum(s.reversed for s in rows)} |")
    return "\n".join(lines) + "\n"


def format_wire_table(rows: Mapping[str, WireScore]) -> str:
    """A Markdown table of the wire figures, one row per half.

    Examples
    --------
    >>> print(format_wire_table({"tune": WireScore(2, 5, ["x"], [], 1, 1, 2)}).splitlines()[2])
    | tune | 2 | 5 | 2.5 | 1 | 0 (0) | 1/2 (1 right) | – | – | – |
    >>> print(format_wire_table({"tune": WireScore(2, 5, [], [], 1, 1, 2, 4, 3, 2, 1)}
    ...                         ).splitlines()[2])
    | tune | 2 | 5 | 2.5 | 0 | 0 (0) | 1/2 (1 right) | 0.75 (3/4) | 0.50 (2/4) | 1 (0) |
    """
    lines = ["| half | articles | triples | triples per article | dateline city as subject "
             "or object | quantity as subject or object (with counted nouns) | articles whose "
             "triples carry a "
             "dateline (place right) | main triples found | main triples held in full "
             "| main triples reversed (only reversed) |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for name, s in rows.items():
        per = f"{s.triples / s.articles:.1f}" if s.articles else "–"
        reversed_ = (f"{s.main_reversed} ({s.main_reversed_only})" if s.main_triples
                     else "–")
        lines.append(f"| {name} | {s.articles} | {s.triples} | {per} | {len(s.city_sides)} "
                     f"| {len(s.quantity_sides)} ({len(s.counted_sides)}) "
                     f"| {s.with_dateline}/{s.with_triples} "
                     f"({s.dateline_right} right) | {_fmt(s.main_found, s.main_triples)} "
                     f"| {_fmt(s.main_held, s.main_triples)} | {reversed_} |")
    return "\n".join(lines) + "\n"


def _build(articles, model: str | None) -> dict[str, list[dict]]:
    import actorgraph
    from actorgraph.records import Article

    graph = actorgraph.build([Article(a["id"], a["text"], date=a.get("date")) for a in articles],
                             model=model, on_error=skipped_is_an_error)
    by_doc: dict[str, list[dict]] = {a["id"]: [] for a in articles}
    for record in graph.triples:
        by_doc.setdefault(record["doc_id"], []).append(record)
    return by_doc


def _paraphrase_summary(name: str, files: Sequence[str], items: Sequence[Mapping],
                        scores: Sequence[ItemScore]) -> str:
    held = sum(s.held for s in scores)
    events = len({i["event"] for i in items})
    share = f"{held / len(items):.2f}" if items else "–"
    return (f"Paraphrases, {name}: {', '.join(f'`{f}`' for f in files)}, {len(items)} sentences "
            f"({events} events x {len(FORMS)} forms; tune half "
            f"{sum(i['half'] == TUNE for i in items)}, check half "
            f"{sum(i['half'] == CHECK for i in items)}): "
            f"**{held}/{len(items)} hold in full ({share})**, "
            f"{sum(s.reversed for s in scores)} reversed.\n\n"
            f"{format_paraphrase_table(scores)}\n")


def _wire_summary(name: str, files: Sequence[str], rows: Mapping[str, WireScore]) -> str:
    return (f"Wire, {name}: {', '.join(f'`{f}`' for f in files)}, "
            f"{rows['both halves'].articles} articles.\n\n{format_wire_table(rows)}\n")


def set_name(path: str | Path, position: int) -> str:
    """The name of the held-out set a data file belongs to (``file N`` for another file).

    Examples
    --------
    >>> set_name("benchmarks/wire-3.jsonl", 1), set_name("/tmp/mine.jsonl", 2)
    ('set 3', 'file 2')
    >>> set_name("benchmarks/wire-4.jsonl", 4)
    'set 4'
    """
    p = Path(path) if Path(path).is_absolute() else ROOT / path
    return next((name for name, files in SETS.items() if p.resolve() in files), f"file {position}")


def _relative(path: str | Path) -> str:
    p = Path(path).resolve()
    return str(p.relative_to(ROOT)) if p.is_relative_to(ROOT) else str(path)


def main(argv: Sequence[str] | None = None) -> None:
    from benchmarks.readme import replace_section

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--paraphrases", nargs="+", default=[str(p) for p in PARAPHRASES if p],
                        help="paraphrase files (default: all sets)")
    parser.add_argument("--wire", nargs="+", default=[str(p) for p in WIRE if p],
                        help="wire files (default: all sets)")
    parser.add_argument("--model", default=None, help="spaCy model (the default model if unset)")
    parser.add_argument("--write", action="store_true", help="update benchmarks/README.md")
    parser.add_argument("--errors", action="store_true", help="print failures of the tune half")
    args = parser.parse_args(argv)

    para_files = [_relative(f) for f in args.paraphrases]
    wire_files = [_relative(f) for f in args.wire]
    items_by_file = {f: read_jsonl(ROOT / f if not Path(f).is_absolute() else f)
                     for f in para_files}
    items = [i for f in para_files for i in items_by_file[f]]
    extracted = _build([{"id": i["id"], "text": i["sentence"]} for i in items], args.model)
    scores = {i["id"]: score_item(i, extracted.get(i["id"], ())) for i in items}

    wire_by_file = {f: read_jsonl(ROOT / f if not Path(f).is_absolute() else f)
                    for f in wire_files}
    wire = [a for f in wire_files for a in wire_by_file[f]]
    wire_triples = _build(wire, args.model)
    per_article = {a["id"]: score_wire(a, wire_triples.get(a["id"], ())) for a in wire}

    def wire_rows(articles: Iterable[Mapping]) -> dict[str, WireScore]:
        rows = {name: WireScore() for name in (*HALVES, "both halves")}
        for article in articles:
            _add(rows[article["half"]], per_article[article["id"]])
            _add(rows["both halves"], per_article[article["id"]])
        return rows

    from actorgraph.extract.pipeline import DEFAULT_MODEL

    model = args.model or DEFAULT_MODEL
    parts = [f"Model `{model}`.\n\n"]
    for n, f in enumerate(para_files, 1):
        file_items = items_by_file[f]
        parts.append(_paraphrase_summary(set_name(f, n), [f], file_items,
                                         [scores[i["id"]] for i in file_items]))
    if len(para_files) > 1:
        parts.append(_paraphrase_summary("all sets", para_files, items,
                                         [scores[i["id"]] for i in items]))
    for n, f in enumerate(wire_files, 1):
        parts.append(_wire_summary(set_name(f, n), [f], wire_rows(wire_by_file[f])))
    if len(wire_files) > 1:
        parts.append(_wire_summary("all sets", wire_files, wire_rows(wire)))
    text = "".join(parts)
    print(text)
    if args.errors:
        print("Tune-half paraphrase failures:")
        for item in items:
            s = scores[item["id"]]
            if item["half"] != TUNE or (s.held and not s.reversed):
                continue
            why = ("reversed" if s.reversed else "") + (
                "" if s.held else (" wrong flags" if s.found else " missed"))
            print(f"\n{item['id']} ({why.strip()}): {item['sentence']}\n  expected "
                  f"{_show_expected(item['expected'])}")
            for t in extracted.get(item["id"], ()):
                print(f"    got {_show(t)}")
        print("\nTune-half wire violations and missed main triples:")
        for article in wire:
            if article["half"] == TUNE:
                s = per_article[article["id"]]
                for line in s.city_sides + s.quantity_sides + s.main_missed:
                    print(f"  {line}")
    if args.write:
        replace_section(ROOT / "benchmarks" / "README.md", "heldout", text)


if __name__ == "__main__":
    main()
