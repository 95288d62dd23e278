"""Read articles from files and folders.

Supported inputs:

* ``.txt`` and ``.md`` files: one article each; the document id is the file
  stem and the first line is the title when a line break follows it;
* ``.jsonl`` and ``.jsonl.gz`` files, and ``-`` for JSON Lines on standard
  input: one article per line, a JSON object with a required ``text`` and
  optional ``id``, ``title``, ``date`` and ``url``;
* folders: every supported file below them, in sorted order (hidden files and
  ``README``/``LICENSE`` files are left out).

Bad input never stops the run: each problem is passed to ``on_error`` as an
:class:`InputError` (a one-line message naming the file and line) and the
reader goes on with the rest.

Examples
--------
>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "a.txt").write_text("Headline\\nIsrael struck Gaza.\\n")
>>> _ = (folder / "b.jsonl").write_text('{"id": "x", "text": "Iran warned Israel."}\\n{oops\\n')
>>> problems = []
>>> [a.id for a in read_articles([folder], on_error=problems.append)]
['a', 'x']
>>> print(str(problems[0]).replace(str(folder), "DIR").replace(" enclosed in double quotes", ""))
DIR/b.jsonl:2: malformed JSON (Expecting property name: column 2), line skipped
"""

from __future__ import annotations

import contextlib
import gzip
import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from extract.records import Article

__all__ = [
    "TEXT_SUFFIXES",
    "JSONL_SUFFIXES",
    "STDIN",
    "InputError",
    "count_articles",
    "decode_text",
    "iter_input_files",
    "read_articles",
    "read_jsonl",
    "read_text_file",
]

TEXT_SUFFIXES = (".txt", ".md")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz")
#: The input name that stands for JSON Lines on standard input.
STDIN = "-"
#: Files in a folder that describe the folder rather than being articles.
_FOLDER_DOC_PREFIXES = ("readme", "license", "licence", "changelog", "copying")
#: How much of a file is inspected for NUL bytes to call it binary.
_BINARY_SNIFF = 8192


class InputError(Exception):
    """A problem with one input, reported as a single line.

    Parameters
    ----------
    source : str
        The file (or folder) concerned.
    message : str
        What is wrong and what was done about it.
    line : int, optional
        1-based line number within ``source``.
    skipped : bool
        False for a warning: the input was still processed.
    """

    def __init__(self, source: str, message: str, *, line: int | None = None,
                 skipped: bool = True):
        self.source = str(source)
        self.message = message
        self.line = line
        self.skipped = skipped
        super().__init__(str(self))

    def __str__(self) -> str:
        where = self.source if self.line is None else f"{self.source}:{self.line}"
        return f"{where}: {self.message}"


def _raise(error: InputError) -> None:
    raise error


def decode_text(data: bytes, source: str, *, line: int | None = None,
                on_error: Callable[[InputError], None] = _raise) -> str:
    """Decode bytes as UTF-8 text with normalised line endings.

    A UTF-8 byte-order mark is dropped and Windows (``\\r\\n``) or old Mac
    (``\\r``) line endings become ``\\n``. Invalid UTF-8 is decoded with
    U+FFFD replacement characters and reported as a warning.

    Raises
    ------
    InputError
        If the data contains NUL bytes (a binary file).

    Examples
    --------
    >>> decode_text(b"\\xef\\xbb\\xbfHello\\r\\nworld", "a.txt")
    'Hello\\nworld'
    >>> warnings = []
    >>> decode_text(b"caf\\xe9", "b.txt", on_error=warnings.append)
    'caf\\ufffd'
    >>> str(warnings[0])
    'b.txt: not valid UTF-8 (first bad byte at offset 3), decoded with replacement characters'
    """
    if b"\x00" in data[:_BINARY_SNIFF]:
        raise InputError(source, "binary file (contains NUL bytes), skipped", line=line)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        on_error(InputError(
            source,
            f"not valid UTF-8 (first bad byte at offset {exc.start}), "
            "decoded with replacement characters",
            line=line, skipped=False))
        text = data.decode("utf-8-sig", errors="replace")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _is_folder_doc(path: Path) -> bool:
    return path.name.lower().startswith(_FOLDER_DOC_PREFIXES)


def _is_jsonl(path: Path) -> bool:
    return path.name.lower().endswith(JSONL_SUFFIXES) or str(path) == STDIN


def _supported(path: Path) -> bool:
    return path.suffix.lower() in TEXT_SUFFIXES or _is_jsonl(path)


def iter_input_files(paths: Iterable[str | os.PathLike], *,
                     on_error: Callable[[InputError], None] = _raise) -> Iterator[Path]:
    """Expand files and folders into the list of input files, in a stable order."""
    for raw in paths:
        path = Path(raw)
        if str(raw) == STDIN:
            yield path
        elif path.is_dir():
            found = False
            for child in sorted(path.rglob("*")):
                rel = child.relative_to(path)
                if any(part.startswith(".") for part in rel.parts):
                    continue
                if child.is_file() and _supported(child) and not _is_folder_doc(child):
                    found = True
                    yield child
            if not found:
                on_error(InputError(str(path),
                                    "folder has no .txt, .md, .jsonl or .jsonl.gz files, skipped"))
        elif path.is_file():
            if _supported(path):
                yield path
            else:
                on_error(InputError(
                    str(path),
                    f"unsupported file type {path.suffix or '(none)'!r} "
                    "(expected .txt, .md, .jsonl or .jsonl.gz), skipped"))
        elif path.exists():
            on_error(InputError(str(path), "not a regular file, skipped"))
        else:
            on_error(InputError(str(path), "no such file or directory"))


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(str(path), f"cannot read file ({exc.strerror or exc}), skipped") from None


def read_text_file(path: str | os.PathLike, *,
                   on_error: Callable[[InputError], None] = _raise) -> Article:
    """Read one ``.txt``/``.md`` article; its id is the file stem.

    The first line is the title when it is followed by a line break; the
    text (including the title line, which is a sentence of its own) is the
    whole file.
    """
    path = Path(path)
    text = decode_text(_read_bytes(path), str(path), on_error=on_error)
    if not text.strip():
        raise InputError(str(path), "empty file, skipped")
    first, sep, _ = text.lstrip("\n").partition("\n")
    title = first.strip() if sep and first.strip() else None
    return Article(id=path.stem, text=text, title=title, source=str(path))


_OPTIONAL_FIELDS = ("title", "date", "url")


def _open_jsonl(path: Path):
    """A binary handle on a JSONL source: a file, a gzip file or standard input."""
    if str(path) == STDIN:
        return contextlib.nullcontext(sys.stdin.buffer)
    if path.name.lower().endswith(".gz"):
        return gzip.open(path, "rb")
    return path.open("rb")


def read_jsonl(path: str | os.PathLike, *,
               on_error: Callable[[InputError], None] = _raise) -> Iterator[Article]:
    """Read a JSON Lines file of articles, one object a line, lazily.

    ``path`` may be gzip-compressed (``.jsonl.gz``) or ``-`` for standard
    input. Each line needs a non-empty string ``text``; ``id`` defaults to
    ``<stem>-<line number>``. Bad lines are reported and skipped.
    """
    path = Path(path)
    source = "<stdin>" if str(path) == STDIN else str(path)
    stem = "stdin" if str(path) == STDIN else path.name.split(".")[0]
    try:
        opened = _open_jsonl(path)
    except OSError as exc:
        raise InputError(source, f"cannot read file ({exc.strerror or exc}), skipped") from None
    seen_any = False
    number = 0
    try:
        with opened as handle:
            for number, raw in enumerate(handle, start=1):
                if number == 1 and b"\x00" in raw[:_BINARY_SNIFF]:
                    raise InputError(source, "binary file (contains NUL bytes), skipped")
                if not raw.strip():
                    continue
                seen_any = True
                article = _jsonl_article(raw, source, stem, number, on_error)
                if article is not None:
                    yield article
    except (OSError, EOFError) as exc:
        # a truncated or corrupt gzip stream, or a read error part way
        raise InputError(source, f"cannot read past line {number} ({exc}), rest skipped",
                         line=number + 1) from None
    if not seen_any:
        raise InputError(source, "empty file, skipped")


def _jsonl_article(raw: bytes, source: str, stem: str, number: int,
                   on_error: Callable[[InputError], None]) -> Article | None:
    try:
        line = decode_text(raw, source, line=number, on_error=on_error)
    except InputError as exc:
        on_error(exc)
        return None
    try:
        obj = json.loads(line.rstrip("\n"))
    except json.JSONDecodeError as exc:
        on_error(InputError(source, f"malformed JSON ({exc.msg}: column {exc.colno}), "
                            "line skipped", line=number))
        return None
    if not isinstance(obj, dict):
        on_error(InputError(source, "expected a JSON object, line skipped", line=number))
        return None
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        what = "no \"text\" field" if text is None else "\"text\" is not a non-empty string"
        on_error(InputError(source, f"{what}, line skipped", line=number))
        return None
    doc_id = obj.get("id")
    doc_id = f"{stem}-{number}" if doc_id in (None, "") else str(doc_id)
    meta = {}
    for field in _OPTIONAL_FIELDS:
        value = obj.get(field)
        meta[field] = None if value in (None, "") else str(value)
    return Article(id=doc_id, text=text.replace("\r\n", "\n").replace("\r", "\n"),
                   source=f"{source}:{number}", **meta)


def read_articles(paths: Iterable[str | os.PathLike], *,
                  on_error: Callable[[InputError], None] = _raise) -> Iterator[Article]:
    """Yield every article in ``paths`` (files or folders), lazily.

    Problems are passed to ``on_error`` (by default raised). An article whose
    id was already read in this run is reported and skipped.
    """
    seen: dict[str, str] = {}
    for path in iter_input_files(paths, on_error=on_error):
        try:
            if _is_jsonl(path):
                articles = read_jsonl(path, on_error=on_error)
            else:
                articles = iter([read_text_file(path, on_error=on_error)])
            for article in articles:
                first = seen.get(article.id)
                if first is not None:
                    on_error(InputError(article.source,
                                        f"duplicate article id {article.id!r} "
                                        f"(first read from {first}), skipped"))
                    continue
                seen[article.id] = article.source
                yield article
        except InputError as exc:
            on_error(exc)


def count_articles(paths: Iterable[str | os.PathLike]) -> int | None:
    """Quick upper bound of the number of articles in ``paths``, for progress bars.

    Counts text files and non-blank JSONL lines without parsing; problems are
    left for :func:`read_articles` to report. None when standard input is read
    (its length is not known in advance).
    """
    total = 0
    for path in iter_input_files(paths, on_error=lambda _error: None):
        if str(path) == STDIN:
            return None
        if not _is_jsonl(path):
            total += 1
            continue
        try:
            with _open_jsonl(path) as handle:
                total += sum(1 for line in handle if line.strip())
        except (OSError, EOFError):
            continue
    return total
