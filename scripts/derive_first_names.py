"""Derive actorgraph's first-name gender table from the nomquamgender name data.

Run at development time only; the product reads the table it writes
(``extract/data/first_names.tsv``), never the package::

    pip download nomquamgender==0.1.4 --no-deps -d /tmp/nqg
    unzip /tmp/nqg/nomquamgender-0.1.4-py3-none-any.whl -d /tmp/nqg/x
    python scripts/derive_first_names.py /tmp/nqg/x/nomquamgender/name_data.json extract/data

Input: ``name_data.json`` of nomquamgender 0.1.4 (Ian Van Buskirk, MIT licence; the
notice is copied next to the table as ``LICENSE-nomquamgender.txt``): for each
lower-case given name, ``[sources, count, p(gf), ...]``, where ``p(gf)`` is the share
of women among the people of that name in the package's reference sources.

What is derived
---------------
``first_names.tsv``: one row per name, ``name  gender`` (``m`` or ``f``), sorted.
Kept are only names that are unambiguous and common: letters (and hyphens) only,
at least ``MIN_SOURCES`` sources and ``MIN_COUNT`` people, and ``p(gf)`` at most
``MAX_SHARE`` (``m``) or at least ``1 - MAX_SHARE`` (``f``). "Jean", "Kim",
"Andrea", "Sasha" or "Ali" are left out; coreference then uses only the article's
own evidence for them.
"""

from __future__ import annotations

import json
import re
import shutil
import sys
from pathlib import Path

MIN_SOURCES = 10
MIN_COUNT = 2000
MAX_SHARE = 0.05
_NAME = re.compile(r"[a-z][a-z\-]+")


def derive(data: dict[str, list]) -> list[tuple[str, str]]:
    """(name, gender) rows of the names that are common and unambiguous.

    Examples
    --------
    >>> derive({"angela": [32, 896391, 0.992, 3], "jean": [31, 2525377, 0.477, 3],
    ...         "donald": [30, 1501951, 0.0, 3], "xq": [1, 5, 0.0, 3]})
    [('angela', 'f'), ('donald', 'm')]
    """
    rows = []
    for name, values in data.items():
        sources, count, share = values[0], values[1], values[2]
        if not _NAME.fullmatch(name) or sources < MIN_SOURCES or count < MIN_COUNT:
            continue
        if share <= MAX_SHARE:
            rows.append((name, "m"))
        elif share >= 1 - MAX_SHARE:
            rows.append((name, "f"))
    return sorted(rows)


def main(argv: list[str]) -> int:
    source, out = Path(argv[0]), Path(argv[1])
    rows = derive(json.loads(source.read_text(encoding="utf-8")))
    header = ("# Given names and the gender nearly all their bearers have (m or f), derived by\n"
              "# scripts/derive_first_names.py from nomquamgender 0.1.4 (MIT, Ian Van Buskirk;\n"
              "# see NOTICE). Do not edit: re-run the script.\n")
    (out / "first_names.tsv").write_text(
        header + "".join(f"{name}\t{gender}\n" for name, gender in rows), encoding="utf-8")
    licence = source.parent.parent / "nomquamgender-0.1.4.dist-info" / "LICENSE"
    if licence.exists():
        shutil.copyfile(licence, out / "LICENSE-nomquamgender.txt")
    print(f"{len(rows)} names written to {out / 'first_names.tsv'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
