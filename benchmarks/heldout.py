"""Held-out paraphrases and wire articles: does a triple hold on text no rule was written for?

Usage (from the project root)::

    python benchmarks/heldout.py [--paraphrases FILE] [--wire FILE] [--model NAME]
                                 [--write] [--errors]

Both data files were written by hand for issue 12, blind to the extraction
rules, and committed before the product was first run on them; they are never
edited to fit its output.

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
``benchmarks/wire.jsonl``
    Short wire-style articles (datelines, bylines, credits, tickers, results
    tables), in the input format of ``actorgraph build`` (``id``, ``date``,
    ``text``) plus ``half`` and ``gold``: the ``dateline_city`` (which occurs
    nowhere else in the text) and the ``quantities`` (as written) that must
    never be a subject or an object.

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
label or text contains the dateline city; *quantity sides*, sides whose label
or text (determiners aside) is a contiguous part of an annotated quantity, or
is made only of numbers and units ("45 cts", "14-pct", "total", "mln dlrs");
and the triples' ``dateline`` record, when some triple carries it.

``--errors`` prints the failures of the tune half only; the check half is
only scored. ``--write`` puts the tables into ``benchmarks/README.md``
between the ``heldout`` markers.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.split import CHECK, HALVES, TUNE  # noqa: E402
from benchmarks.wcep import name_matches, relation_matches, words  # noqa: E402

__all__ = [
    "FORMS",
    "ItemScore",
    "WireScore",
    "contains_words",
    "format_paraphrase_table",
    "format_wire_table",
    "is_quantity_side",
    "read_jsonl",
    "score_item",
    "score_wire",
    "side_names",
]

PARAPHRASES = ROOT / "benchmarks" / "paraphrases.jsonl"
WIRE = ROOT / "benchmarks" / "wire.jsonl"
FORMS = ("active", "passive", "nominal", "participle", "negated", "hedged")

#: Words that make up an amount with its numbers (units, scales, table words).
_UNIT_WORDS = frozenset("""
    cts ct cent cents pct percent percentage point points per mln bln billion million thousand
    trillion dlrs dlr dollars dollar usd euros euro eur pounds pound stg yen rand yuan rupees
    km kilometres kilometers miles tonnes tons barrels shr net revs rev qtr total totals vs
    milliard milliards
""".split())
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


def side_names(side: Mapping) -> tuple[str, ...]:
    """The names a triple side goes by: its canonical label and its text as written."""
    return tuple(s for s in (side.get("label"), side.get("text")) if s)


def is_quantity_side(names: Iterable[str], quantities: Iterable[str] = ()) -> bool:
    """Whether a triple side is nothing but an amount.

    A side is an amount when the words of its label or text, leading
    determiners and approximations aside, are a contiguous part of an
    annotated quantity, or are all numbers and unit words.

    Examples
    --------
    >>> is_quantity_side(["45 cts"]), is_quantity_side(["14-pct"]), is_quantity_side(["total"])
    (True, True, True)
    >>> is_quantity_side(["mln dlrs"]), is_quantity_side(["the 3,000"], ["3,000"])
    (True, True)
    >>> is_quantity_side(["two villages"], ["two"]), is_quantity_side(["G7"])
    (False, False)
    """
    quantity_words = [words(q) for q in quantities]
    for name in names:
        w = words(name)
        while w and w[0] in _LEADING:
            w = w[1:]
        if not w:
            continue
        if all(x.isdigit() or x in _UNIT_WORDS for x in w):
            return True
        n = len(w)
        if any(q[i:i + n] == w for q in quantity_words for i in range(len(q) - n + 1)):
            return True
    return False


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
        return bool(triple["negated"])
    return bool(triple["negated"]) is False and bool(triple["hedged"]) == bool(expected["hedged"])


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
    """
    gold = article["gold"]
    city, quantities = gold["dateline_city"], gold["quantities"]
    score = WireScore(articles=1, triples=len(triples), with_triples=int(bool(triples)))
    for t in triples:
        for role in ("subject", "object"):
            names = side_names(t[role])
            if any(contains_words(n, city) for n in names):
                score.city_sides.append(f"{article['id']}: {role} {_show(t)}")
            if is_quantity_side(names, quantities):
                score.quantity_sides.append(f"{article['id']}: {role} {_show(t)}")
    datelines = [t.get("dateline") for t in triples if t.get("dateline")]
    if datelines:
        score.with_dateline = 1
        place = datelines[0].get("place")
        place_names = (side_names(place) if isinstance(place, Mapping)
                       else (place,) if place else ())
        score.dateline_right = int(any(contains_words(n, city) or contains_words(city, n)
                                       for n in place_names))
    return score


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
    | tune | 2 | 5 | 2.5 | 1 | 0 | 1/2 (1 right) |
    """
    lines = ["| half | articles | triples | triples per article | dateline city as subject "
             "or object | quantity as subject or object | articles whose triples carry a "
             "dateline (place right) |",
             "|---|---:|---:|---:|---:|---:|---:|"]
    for name, s in rows.items():
        per = f"{s.triples / s.articles:.1f}" if s.articles else "–"
        lines.append(f"| {name} | {s.articles} | {s.triples} | {per} | {len(s.city_sides)} "
                     f"| {len(s.quantity_sides)} | {s.with_dateline}/{s.with_triples} "
                     f"({s.dateline_right} right) |")
    return "\n".join(lines) + "\n"


def _build(articles, model: str | None) -> dict[str, list[dict]]:
    import actorgraph
    from actorgraph.records import Article

    graph = actorgraph.build([Article(a["id"], a["text"], date=a.get("date")) for a in articles],
                             model=model, on_error="raise")
    by_doc: dict[str, list[dict]] = {a["id"]: [] for a in articles}
    for record in graph.triples:
        by_doc.setdefault(record["doc_id"], []).append(record)
    return by_doc


def main(argv: Sequence[str] | None = None) -> None:
    from benchmarks.readme import replace_section

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--paraphrases", default=str(PARAPHRASES))
    parser.add_argument("--wire", default=str(WIRE))
    parser.add_argument("--model", default=None, help="spaCy model (the default model if unset)")
    parser.add_argument("--write", action="store_true", help="update benchmarks/README.md")
    parser.add_argument("--errors", action="store_true", help="print failures of the tune half")
    args = parser.parse_args(argv)

    items = read_jsonl(args.paraphrases)
    extracted = _build([{"id": i["id"], "text": i["sentence"]} for i in items], args.model)
    scores = [score_item(i, extracted.get(i["id"], ())) for i in items]

    wire = read_jsonl(args.wire)
    wire_triples = _build(wire, args.model)
    wire_rows = {name: WireScore() for name in (*HALVES, "both halves")}
    per_article = {}
    for article in wire:
        s = score_wire(article, wire_triples.get(article["id"], ()))
        per_article[article["id"]] = s
        _add(wire_rows[article["half"]], s)
        _add(wire_rows["both halves"], s)

    from actorgraph.extract.pipeline import DEFAULT_MODEL

    model = args.model or DEFAULT_MODEL
    held = sum(s.held for s in scores)
    text = (f"Paraphrases: `benchmarks/paraphrases.jsonl`, {len(items)} sentences "
            f"({len({i['event'] for i in items})} events x {len(FORMS)} forms; tune half "
            f"{sum(i['half'] == TUNE for i in items)}, check half "
            f"{sum(i['half'] == CHECK for i in items)}), model `{model}`: "
            f"**{held}/{len(items)} hold in full ({held / len(items):.2f})**, "
            f"{sum(s.reversed for s in scores)} reversed.\n\n"
            f"{format_paraphrase_table(scores)}\n"
            f"Wire: `benchmarks/wire.jsonl`, {len(wire)} articles.\n\n"
            f"{format_wire_table(wire_rows)}")
    print(text)
    if args.errors:
        print("Tune-half paraphrase failures:")
        for item, s in zip(items, scores, strict=True):
            if item["half"] != TUNE or (s.held and not s.reversed):
                continue
            why = ("reversed" if s.reversed else "") + (
                "" if s.held else (" wrong flags" if s.found else " missed"))
            e = item["expected"]
            print(f"\n{item['id']} ({why.strip()}): {item['sentence']}\n  expected "
                  f"{'|'.join(e['subject'])} -{'|'.join(e['relation'])}-> {'|'.join(e['object'])}"
                  f"{' [negated]' if e['negated'] else ''}{' [hedged]' if e['hedged'] else ''}")
            for t in extracted.get(item["id"], ()):
                print(f"    got {_show(t)}")
        print("\nTune-half wire violations:")
        for article in wire:
            if article["half"] == TUNE:
                s = per_article[article["id"]]
                for line in s.city_sides + s.quantity_sides:
                    print(f"  {line}")
    if args.write:
        replace_section(ROOT / "benchmarks" / "README.md", "heldout", text)


if __name__ == "__main__":
    main()
