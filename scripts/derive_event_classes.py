"""Derive the verb -> PLOVER class table from the standard event-coding dictionaries.

Development-time only: the product ships the derived table
(``extract/data/event_classes_cameo.tsv``) and never reads the sources. Run from
the project root::

    python scripts/derive_event_classes.py [../shared/data/event-data] [--check]

Sources (see ``extract/data/NOTICE``):

- ``CAMEO.2.0.txt``, PETRARCH2's CAMEO verb-pattern dictionary (MIT, Open Event
  Data Alliance): verb synonym blocks ``---  NAME   [code]  ---``, each verb
  with an optional code of its own, then patterns ``- ... * ... [code]``;
- ``CAMEO2PLOVER-2021.txt``, the CAMEO -> PLOVER table of the PLOVER manual
  draft 0.8 (CC BY-SA 4.0, openeventdata/PLOVER).

What is derived
---------------
1. *Verbs*: every verb of a block whose code (its own, else the block's) is
   not the null code ``---``; a multi-word verb ``+PULL_OUT`` only when it is
   a verb in its base form followed by one particle or preposition (the
   ``lemma particle`` form of actorgraph's relations, "pull out", "side
   with"), not conjoined or inflected forms ("+KILLED_AND", "+ANGERED_BY")
   or verb + noun phrases ("+SEND_WORD").
2. *Phrasal patterns*: a pattern that is only the verb and a bare preposition
   or particle, ``- * (FOR) [020] # CALL`` or ``- * DOWN [080] # BACK``,
   gives ``call for`` / ``back down`` for the verb named in the pattern's
   comment (for every verb of the block when the comment names none of
   them). A verb and preposition that only come with nouns ("- * (OF TORTURE)
   [1122] # ACCUSE") give ``accuse of`` when at least two such patterns exist
   and all of them give the same class (the preposition, not the noun, decides);
   otherwise they are left out.
3. *Codes*: a code ``a:b`` (PETRARCH's pair of codes) gives ``a``; ``:b``
   (the event runs from the target to the source) is left out. A code is
   looked up in CAMEO2PLOVER, then its 3-digit parent (``0233`` -> ``023``).
   Codes that CAMEO2PLOVER does not map (01x statements, 02x appeals) give no
   class, and such verbs are left out.
4. *Class names*: the 2021 table's classes are renamed into actorgraph's set
   (that of the PLOVER gold-standard records): ``REQUEST`` -> ``DEMAND``;
   ``ACCUSE`` with mode ``investigate`` (09x) -> ``INVESTIGATE``, other
   ``ACCUSE`` (11x) -> ``DISAPPROVE``; ``ASSAULT`` for CAMEO 19x
   (conventional military force) -> ``FIGHT``.
5. *Conflicts*: a lemma derived with more than one class (from several
   blocks or patterns) takes the class most of its entries give; a tie is
   left out (listed by ``--verbose``).

The reviewed overrides in ``extract/data/event_classes.tsv`` are read on top
of this table and win (:func:`actorgraph.extract.events.default_lexicon`).
``--check`` exits non-zero when the shipped table differs from a fresh
derivation.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "extract" / "data" / "event_classes_cameo.tsv"

#: the words that may follow a verb in a derived "lemma particle" form
PARTICLES = frozenset("""
    about across after against along around at away back behind between by down for
    forth forward from in inside into of off on onto out outside over through to
    together toward towards under up upon with without
""".split())
RENAMED = {"REQUEST": "DEMAND"}
_BLOCK = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]")
_CODE = re.compile(r"\[([^\]]*)\]")
_PATTERN = re.compile(r"^-\s+\*\s+(\(?)([A-Z]+)(\)?)\s+\[([^\]]*)\]\s*(?:#\s*(.*))?$")
_NOUN_PATTERN = re.compile(r"^-\s+\*\s+\(([A-Z]+)\s+[^)]*\).*?\[([^\]]*)\]\s*(?:#\s*(.*))?$")
#: fewest patterns "verb (PREP noun ...)", all of one class, that make "verb prep" a lemma
MIN_NOUN_PATTERNS = 2
_TABLE = re.compile(r"^(\d{3,4}):\s*([A-Z]+)\s*,\s*([^,#]*)")


def read_plover(lines: Iterable[str]) -> dict[str, str]:
    """CAMEO code (3 or 4 digits) -> class in actorgraph's names (see the module doc)."""
    table = {}
    for line in lines:
        m = _TABLE.match(line.strip())
        if not m:
            continue
        code, cls, mode = m.group(1), m.group(2), m.group(3).strip()
        if cls == "ACCUSE":
            cls = "INVESTIGATE" if mode == "investigate" else "DISAPPROVE"
        elif cls == "ASSAULT" and code.startswith("19"):
            cls = "FIGHT"
        table[code] = RENAMED.get(cls, cls)
    return table


def plover_class(code: str, table: dict[str, str]) -> str | None:
    """The class of a dictionary code (``042:043``, ``---``, ``0233``), or None."""
    first = code.strip().split(":", 1)[0].strip()
    if not first.isdigit():
        return None
    return table.get(first) or table.get(first[:3])


def _verb_entry(line: str) -> tuple[str, str | None] | None:
    """``(lemma, own code)`` of a verb line of a block, or None when not clean."""
    text = line.split("#", 1)[0]
    own = _CODE.search(text)
    text = re.sub(r"\{[^}]*\}", " ", _CODE.sub(" ", text)).split()
    if not text:
        return None
    word = text[0]
    if word.startswith("+"):
        parts = word[1:].split("_")
        if len(parts) != 2 or parts[1].lower() not in PARTICLES \
                or parts[0].endswith(("ED", "ING")):
            return None
        lemma = " ".join(parts).lower()
    elif re.fullmatch(r"[A-Z][A-Z'-]*", word):
        lemma = word.lower()
    else:  # "WIRE_+TAP", "RE_ARREST": not a lemma actorgraph's relations use
        return None
    return lemma, own.group(1) if own else None


def derive(verbs_lines: Iterable[str], table: dict[str, str]
           ) -> tuple[dict[str, str], dict[str, Counter]]:
    """The derived ``lemma -> class`` table and the classes each lemma was given."""
    votes: dict[str, Counter] = defaultdict(Counter)
    with_nouns: dict[str, list[str | None]] = defaultdict(list)
    in_patterns = False
    block_code, block_verbs = None, []
    for raw in verbs_lines:
        line = raw.rstrip("\n")
        if line.startswith("####### VERB PATTERNS"):
            in_patterns = True
            continue
        if line.startswith("######## TRANSFORMATIONS"):
            break
        if not in_patterns or not line.strip() or line.lstrip().startswith("#"):
            continue
        block = _BLOCK.match(line)
        if block:
            block_code, block_verbs = block.group(2), []
            continue
        if line.startswith("-"):
            noun = _NOUN_PATTERN.match(line.strip())
            if noun and noun.group(1).lower() in PARTICLES:
                named = {w.strip().lower() for w in (noun.group(3) or "").split(",")}
                for verb in [v for v in block_verbs if v in named] or block_verbs:
                    if " " not in verb:
                        with_nouns[f"{verb} {noun.group(1).lower()}"].append(
                            plover_class(noun.group(2), table))
                continue
            m = _PATTERN.match(line.strip())
            if not m or bool(m.group(1)) != bool(m.group(3)):
                continue
            word, code, comment = m.group(2).lower(), m.group(4), m.group(5) or ""
            if word not in PARTICLES:
                continue
            cls = plover_class(code, table)
            if cls is None:
                continue
            named = {w.strip().lower() for w in comment.split(",")}
            verbs = [v for v in block_verbs if v in named] or block_verbs
            for verb in verbs:
                if " " not in verb:
                    votes[f"{verb} {word}"][cls] += 1
            continue
        entry = _verb_entry(line)
        if entry is None:
            continue
        lemma, own = entry
        block_verbs.append(lemma)
        cls = plover_class(own or block_code or "---", table)
        if cls is not None:
            votes[lemma][cls] += 1
    for lemma, classes in with_nouns.items():
        if lemma not in votes and len(classes) >= MIN_NOUN_PATTERNS \
                and None not in classes and len(set(classes)) == 1:
            votes[lemma][classes[0]] += len(classes)
    derived = {}
    for lemma, counter in votes.items():
        (best, n), *rest = counter.most_common()
        if not rest or rest[0][1] < n:
            derived[lemma] = best
    return dict(sorted(derived.items())), votes


HEADER = """\
# Verb lemmas -> PLOVER event classes, DERIVED from the standard event-coding dictionaries.
# Generated by scripts/derive_event_classes.py (development time); do not edit by hand:
# reviewed corrections go into event_classes.tsv, which is read on top of this table and wins.
#
# Sources (licences and attribution: NOTICE in this folder):
#   CAMEO.2.0.txt, the CAMEO verb-pattern dictionary of PETRARCH2
#     (c) 2015 Open Event Data Alliance, MIT licence (LICENSE-petrarch2.txt);
#   CAMEO2PLOVER-2021.txt, CAMEO -> PLOVER, PLOVER manual draft 0.8 (P. Schrodt,
#     openeventdata/PLOVER), CC BY-SA 4.0; this table is an adaptation of it and is
#     shared under CC BY-SA 4.0 as well.
# Columns as in event_classes.tsv: lemma, part of speech, class.
"""


def render(derived: dict[str, str]) -> str:
    lines = [HEADER]
    for lemma, cls in derived.items():
        lines.append(f"{lemma}\tVERB\t{cls}\n")
    return "".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("source", nargs="?", default=str(ROOT.parent / "shared" / "data" /
                                                          "event-data"))
    parser.add_argument("--out", default=str(OUT))
    parser.add_argument("--check", action="store_true",
                        help="only compare with the shipped table; exit 1 if it differs")
    parser.add_argument("--verbose", action="store_true", help="list the ties left out")
    args = parser.parse_args()
    source = Path(args.source)
    with open(source / "CAMEO2PLOVER-2021.txt", encoding="utf-8") as handle:
        table = read_plover(handle)
    with open(source / "CAMEO.2.0.txt", encoding="utf-8", errors="replace") as handle:
        derived, votes = derive(handle, table)
    text = render(derived)
    ties = sorted(lemma for lemma in votes if lemma not in derived)
    if args.verbose:
        for lemma in ties:
            print(f"tie, left out: {lemma} {dict(votes[lemma])}")
    if args.check:
        same = Path(args.out).read_text(encoding="utf-8") == text
        print("shipped table is up to date" if same else "shipped table differs")
        sys.exit(0 if same else 1)
    Path(args.out).write_text(text, encoding="utf-8")
    by_class = Counter(derived.values())
    print(f"{len(derived)} lemmas ({sum(' ' in k for k in derived)} phrasal), "
          f"{len(ties)} ties left out -> {args.out}")
    print(", ".join(f"{cls} {n}" for cls, n in sorted(by_class.items())))


if __name__ == "__main__":
    main()
