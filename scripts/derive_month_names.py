"""Derive the month names of other languages' datelines from the Unicode CLDR.

Run at development time only; the product reads the table it writes
(``extract/data/months.tsv``), never the package::

    python scripts/derive_month_names.py extract/data

Input: the CLDR calendar data shipped with Babel (``babel.Locale(...).months``;
Babel is BSD-licensed, the CLDR data is under the Unicode licence). Wire
agencies that file in English keep the dateline of their own language's desk:
"PARIS, 4 juin (AFP) -", "MADRID, 12 dic (EFE).-", "BERLIN, 3. März (dpa) -".

What is derived
---------------
``months.tsv``: one row per name, ``name  language``, the wide and abbreviated
month names (format and stand-alone forms) of the languages in ``LANGUAGES``,
lower case and without a final period, sorted; names that are English month
names or their abbreviations are left out (``extract.timex`` has them).
"""

from __future__ import annotations

import sys
from pathlib import Path

from babel import Locale

#: Languages of the wire desks whose datelines reach English copy.
LANGUAGES = ("fr", "es", "pt", "it", "de", "nl")
_ENGLISH = Locale.parse("en")


def month_names(language: str) -> set[str]:
    locale = Locale.parse(language)
    names = set()
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            names.update(n.casefold().rstrip(".") for n in locale.months[context][width].values())
    return names


def main(out: str) -> None:
    english = month_names("en") | {"sept"}
    rows = sorted({(name, language) for language in LANGUAGES for name in month_names(language)
                   if name not in english})
    seen: dict[str, str] = {}
    for name, language in rows:
        seen.setdefault(name, language)  # the first language (alphabetical) of a shared name
    path = Path(out) / "months.tsv"
    with path.open("w", encoding="utf-8") as handle:
        handle.write("# Month names of other languages in datelines (\"PARIS, 4 juin (AFP) -\").\n"
                     "# Derived from the Unicode CLDR (via Babel) by scripts/derive_month_names.py;"
                     " do not edit.\n# Columns: name (lower case, no final period), language.\n")
        for name in sorted(seen):
            handle.write(f"{name}\t{seen[name]}\n")
    print(f"{len(seen)} names -> {path}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "extract/data")
