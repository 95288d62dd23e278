"""Read articles from files and folders.

Supported inputs:

* ``.txt`` and ``.md`` files: one article each; the document id is the file
  stem and the first line is the title when a line break follows it;
* ``.html`` and ``.htm`` files: one web page each, whose article text (and
  title, date and address) is extracted with trafilatura, leaving out menus,
  scripts and boilerplate;
* ``.jsonl`` and ``.jsonl.gz`` files, and ``-`` for JSON Lines on standard
  input: one article per line, a JSON object with a required ``text`` (or
  ``html``: a web page) and optional ``id``, ``title``, ``date`` and ``url``;
* folders: every supported file below them, in sorted order (hidden files,
  ``README``/``LICENSE`` files, files of other types and actorgraph's own
  output and store folders are left out: :func:`is_output_folder`).

Text is decoded as UTF-8 (a byte-order mark is dropped, invalid bytes are
replaced and reported) with Windows line endings normalised. Text that is a
whole HTML page is treated as one. Nothing larger than the size limit
(``max_chars`` characters, ``max_chars * 6`` bytes for a file or a JSONL line)
is ever read whole: it is skipped with a reason.

Plain Python articles (:class:`~actorgraph.records.Article`) may stand among
the paths: they are passed through. A JSON ``id`` must be a string or a number
(else the line is skipped); ``title``, ``date`` and ``url`` must be strings,
and a ``date`` a calendar date (ISO 8601, or RFC 2822 as in RSS feeds: it
becomes ``YYYY-MM-DD``); a field that is not is dropped with a warning.

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
import datetime as dt
import email.utils
import gzip
import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from actorgraph.records import Article

__all__ = [
    "TEXT_SUFFIXES",
    "HTML_SUFFIXES",
    "JSONL_SUFFIXES",
    "MAX_CHARS",
    "STDIN",
    "InputError",
    "count_articles",
    "decode_text",
    "html_article",
    "is_output_folder",
    "iso_date",
    "iter_input_files",
    "looks_like_html",
    "raise_error",
    "read_articles",
    "read_jsonl",
    "read_text_file",
    "text_article",
]

TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz")
#: Longest article read, in characters (about 800,000 words); longer ones are skipped.
MAX_CHARS = 5_000_000
#: Bytes a character may take in a file or a JSON line (UTF-8, or a JSON escape).
_BYTES_PER_CHAR = 6
#: Bytes read at a time when skipping an over-long line.
_READ_BLOCK = 1 << 20
#: Lone UTF-16 surrogates: JSON can escape them ("\\ud800") but no UTF-8 text holds them.
_SURROGATE = re.compile("[\ud800-\udfff]")
#: The input name that stands for JSON Lines on standard input.
STDIN = "-"
#: Files in a folder that describe the folder rather than being articles.
_FOLDER_DOC_PREFIXES = ("readme", "license", "licence", "changelog", "copying")
#: How much of a file is inspected for NUL bytes to call it binary.
_BINARY_SNIFF = 8192
#: An ISO 8601 date, alone or starting a date-time.
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}(?![\d])")
#: What marks a folder written by actorgraph (the files ``actorgraph build --out``
#: writes, and a ``--store``'s database): never read back as input.
_OUTPUT_MARKS = (("triples.jsonl", "graph.html"), ("results.sqlite",))


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

    limit : str, optional
        The name of the size limit the input exceeded (``max_chars``), for
        a caller to say how to raise it.
    """

    def __init__(self, source: str, message: str, *, line: int | None = None,
                 skipped: bool = True, limit: str | None = None):
        self.source = str(source)
        self.message = message
        self.line = line
        self.skipped = skipped
        self.limit = limit
        super().__init__(str(self))

    def __str__(self) -> str:
        where = self.source if self.line is None else f"{self.source}:{self.line}"
        return f"{where}: {self.message}"


def raise_error(error: InputError) -> None:
    """The default ``on_error``: raise the problem."""
    raise error


def decode_text(data: bytes, source: str, *, line: int | None = None,
                on_error: Callable[[InputError], None] = raise_error) -> str:
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


def _is_html(path: Path) -> bool:
    return path.suffix.lower() in HTML_SUFFIXES


def _supported(path: Path) -> bool:
    return path.suffix.lower() in TEXT_SUFFIXES + HTML_SUFFIXES or _is_jsonl(path)


_KINDS = ".txt, .md, .html, .htm, .jsonl or .jsonl.gz"


def is_output_folder(path: str | os.PathLike) -> bool:
    """Whether ``path`` is a folder that actorgraph wrote: a build's outputs or a store.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> out = pathlib.Path(tempfile.mkdtemp())
    >>> is_output_folder(out)
    False
    >>> for name in ("triples.jsonl", "graph.html"):
    ...     _ = (out / name).write_text("")
    >>> is_output_folder(out)
    True
    """
    path = Path(path)
    return any(all((path / name).is_file() for name in mark) for mark in _OUTPUT_MARKS)


def _folder_files(folder: Path, excluded: set[Path]) -> Iterator[Path]:
    """The input files below ``folder``, in sorted order, output folders left out.

    ``excluded`` grows with each folder visited, so a link back up is not followed.
    """
    excluded.add(folder.resolve())
    for child in sorted(folder.iterdir()):
        if child.name.startswith("."):
            continue
        if child.is_dir():
            if child.resolve() not in excluded and not is_output_folder(child):
                yield from _folder_files(child, excluded)
        elif child.is_file() and _supported(child) and not _is_folder_doc(child):
            yield child


def iter_input_files(paths: Iterable[str | os.PathLike | Article], *,
                     on_error: Callable[[InputError], None] = raise_error,
                     exclude: Iterable[str | os.PathLike] = ()) -> Iterator[Path | Article]:
    """Expand files and folders into the list of input files, in a stable order.

    Folders in ``exclude`` (a run's own output folder) and folders that hold
    actorgraph outputs are never read. Articles among ``paths`` are passed through.
    """
    excluded = {Path(p).resolve() for p in exclude}
    for raw in paths:
        if isinstance(raw, Article):
            yield raw
            continue
        path = Path(raw)
        if str(raw) == STDIN:
            yield path
        elif path.is_dir():
            if path.resolve() in excluded or is_output_folder(path):
                on_error(InputError(str(path), "is a folder of actorgraph outputs, not "
                                    "articles, skipped"))
                continue
            found = False
            for child in _folder_files(path, set(excluded)):
                found = True
                yield child
            if not found:
                on_error(InputError(str(path), f"folder has no {_KINDS} files, skipped"))
        elif path.is_file():
            if _supported(path):
                yield path
            else:
                on_error(InputError(
                    str(path),
                    f"unsupported file type {path.suffix or '(none)'!r} "
                    f"(expected {_KINDS}), skipped"))
        elif path.exists():
            on_error(InputError(str(path), "not a regular file, skipped"))
        else:
            on_error(InputError(str(path), "no such file or directory"))


def _read_bytes(path: Path, max_chars: int) -> bytes:
    limit = max_chars * _BYTES_PER_CHAR
    try:
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise InputError(str(path), f"cannot read file ({exc.strerror or exc}), skipped") from None
    if len(data) > limit:
        raise InputError(str(path), f"file is larger than {limit:,} bytes, the limit for "
                         f"articles of {max_chars:,} characters, skipped", limit="max_chars")
    return data


def looks_like_html(text: str) -> bool:
    """Whether ``text`` is a whole HTML page rather than article text.

    Examples
    --------
    >>> looks_like_html("  <!DOCTYPE html><html><body><p>Hi</p></body></html>")
    True
    >>> looks_like_html("Use <b> for bold.")
    False
    """
    head = text[:1024].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or (
        head.startswith("<") and "<body" in text[:65536].lower())


def html_article(page: str, *, id: str, source: str, title: str | None = None,
                 date: str | None = None, url: str | None = None) -> Article:
    """The article in an HTML page, extracted with trafilatura.

    Menus, scripts, styles and other boilerplate are left out; the page's title,
    date and address fill the fields not given.

    Raises
    ------
    InputError
        If the page holds no article text.

    Examples
    --------
    >>> page = ("<html><head><title>Talks</title><script>alert(1)</script></head><body>"
    ...         "<nav>Home</nav><article><p>Blinken met Netanyahu in Jerusalem on Monday."
    ...         "</p></article></body></html>")
    >>> a = html_article(page, id="talks", source="talks.html")
    >>> a.title, a.text
    ('Talks', 'Talks\\nBlinken met Netanyahu in Jerusalem on Monday.')
    """
    import trafilatura

    found = trafilatura.bare_extraction(page, with_metadata=True, include_comments=False,
                                        include_tables=False, favor_precision=True)
    body = (found.text or "").strip() if found is not None else ""
    if not body:
        raise InputError(source, "HTML page with no article text found, skipped")
    title = title or (found.title or "").strip() or None
    text = body if title is None or body.startswith(title) else f"{title}\n{body}"
    return Article(id=id, text=text, title=title, date=date or found.date,
                   url=url or found.url, source=source)


def read_text_file(path: str | os.PathLike, *, max_chars: int = MAX_CHARS,
                   on_error: Callable[[InputError], None] = raise_error) -> Article:
    """Read one ``.txt``/``.md`` article, or the article of an ``.html`` page.

    The id is the file stem. For text, the first line is the title when it
    is followed by a line break; the text (including the title line, which is
    a sentence of its own) is the whole file. Text that is a whole HTML page
    is read as one (with a warning).
    """
    path = Path(path)
    text = decode_text(_read_bytes(path, max_chars), str(path), on_error=on_error)
    if not text.strip():
        raise InputError(str(path), "empty file, skipped")
    if _is_html(path) or looks_like_html(text):
        if not _is_html(path):
            on_error(InputError(str(path), "is an HTML page: reading the article text in it",
                                skipped=False))
        return html_article(text, id=path.stem, source=str(path))
    return text_article(text, id=path.stem, source=str(path))


def text_article(text: str, *, id: str, source: str = "") -> Article:
    """An article of plain text: its first line is the title when a line break follows it.

    Examples
    --------
    >>> text_article("Talks resume\\nBlinken met Netanyahu.", id="t").title
    'Talks resume'
    >>> text_article("Blinken met Netanyahu.", id="t").title is None
    True
    """
    first, sep, _ = text.lstrip("\n").partition("\n")
    title = first.strip() if sep and first.strip() else None
    return Article(id=id, text=text, title=title, source=source or id)


_OPTIONAL_FIELDS = ("title", "date", "url")


def _open_jsonl(path: Path):
    """A binary handle on a JSONL source: a file, a gzip file or standard input."""
    if str(path) == STDIN:
        return contextlib.nullcontext(sys.stdin.buffer)
    if path.name.lower().endswith(".gz"):
        return gzip.open(path, "rb")
    return path.open("rb")


def _capped_lines(handle, limit: int) -> Iterator[tuple[int, bytes | None]]:
    """``(number, line)`` of a binary handle; ``line`` is None when longer than ``limit``.

    An over-long line is skipped block by block, never held in memory whole.
    """
    number = 0
    while True:
        raw = handle.readline(limit + 1)
        if not raw:
            return
        number += 1
        if len(raw) <= limit or raw.endswith(b"\n"):
            yield number, raw
            continue
        while raw and not raw.endswith(b"\n"):
            raw = handle.readline(_READ_BLOCK)
        yield number, None


def read_jsonl(path: str | os.PathLike, *, max_chars: int = MAX_CHARS,
               on_error: Callable[[InputError], None] = raise_error) -> Iterator[Article]:
    """Read a JSON Lines file of articles, one object a line, lazily.

    ``path`` may be gzip-compressed (``.jsonl.gz``) or ``-`` for standard
    input. Each line needs a non-empty string ``text`` (or ``html``, a web
    page to take the article from); ``id`` defaults to ``<stem>-<line
    number>``. Bad lines, and lines longer than ``max_chars * 6`` bytes, are
    reported and skipped.
    """
    path = Path(path)
    source = "<stdin>" if str(path) == STDIN else str(path)
    stem = "stdin" if str(path) == STDIN else path.name.split(".")[0]
    limit = max_chars * _BYTES_PER_CHAR
    try:
        opened = _open_jsonl(path)
    except OSError as exc:
        raise InputError(source, f"cannot read file ({exc.strerror or exc}), skipped") from None
    seen_any = False
    number = 0
    try:
        with opened as handle:
            for number, raw in _capped_lines(handle, limit):
                if raw is None:
                    seen_any = True
                    on_error(InputError(
                        source, f"line is longer than {limit:,} bytes, the limit for articles "
                        f"of {max_chars:,} characters, line skipped", line=number,
                        limit="max_chars"))
                    continue
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


def iso_date(value: str) -> str | None:
    """``value`` as an ISO date ``YYYY-MM-DD``, or None if it is not a calendar date.

    ISO 8601 dates and date-times, and RFC 2822 dates (RSS, e-mail), are read.

    Examples
    --------
    >>> iso_date("2024-07-27"), iso_date("2024-07-27T10:00:00Z")
    ('2024-07-27', '2024-07-27')
    >>> iso_date("Sat, 27 Jul 2024 10:00:00 +0000")
    '2024-07-27'
    >>> iso_date("not a date"), iso_date("2024-02-30")
    (None, None)
    """
    value = value.strip()
    if _ISO_DATE.match(value):
        try:
            return dt.date.fromisoformat(value[:10]).isoformat()
        except ValueError:
            return None
    try:
        return email.utils.parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def _optional(value, field: str, source: str, number: int,
              on_error: Callable[[InputError], None]) -> str | None:
    """An optional field of a JSON line, or None (with a warning if it was unusable)."""
    if value in (None, ""):
        return None
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        problem = f"is not a string ({type(value).__name__})"
    elif field == "date":
        date = iso_date(str(value))
        if date is not None:
            return date
        problem = "is not a date"
    else:
        return str(value)
    on_error(InputError(source, f"\"{field}\" {problem}, dropped", line=number,
                        skipped=False))
    return None


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
    except RecursionError:
        on_error(InputError(source, "malformed JSON (nested too deeply), line skipped",
                            line=number))
        return None
    if not isinstance(obj, dict):
        on_error(InputError(source, "expected a JSON object, line skipped", line=number))
        return None
    if "\\u" in line:  # lone surrogates can only come from JSON escapes
        fields = {k: v for k, v in obj.items() if isinstance(v, str)}
        if any(_SURROGATE.search(v) for v in fields.values()):
            on_error(InputError(source, "invalid Unicode escapes (lone surrogates), replaced "
                                "with U+FFFD", line=number, skipped=False))
            obj.update({k: _SURROGATE.sub("\ufffd", v) for k, v in fields.items()})
    doc_id = obj.get("id")
    if doc_id in (None, ""):
        doc_id = f"{stem}-{number}"
    elif isinstance(doc_id, str | int | float) and not isinstance(doc_id, bool):
        doc_id = str(doc_id)
    else:
        on_error(InputError(source, f"\"id\" is not a string or a number "
                            f"({type(doc_id).__name__}), line skipped", line=number))
        return None
    meta = {}
    for field in _OPTIONAL_FIELDS:
        meta[field] = _optional(obj.get(field), field, source, number, on_error)
    text, page = obj.get("text"), obj.get("html")
    if text is None and isinstance(page, str) and page.strip():
        text, is_page = page, True
    else:
        is_page = False
        if not isinstance(text, str) or not text.strip():
            what = "no \"text\" field" if text is None else "\"text\" is not a non-empty string"
            on_error(InputError(source, f"{what}, line skipped", line=number))
            return None
        if looks_like_html(text):
            on_error(InputError(source, "\"text\" is an HTML page: reading the article text "
                                "in it", line=number, skipped=False))
            is_page = True
    if is_page:
        try:
            return html_article(text, id=doc_id, source=f"{source}:{number}", **meta)
        except InputError as exc:
            on_error(InputError(source, exc.message, line=number))
            return None
    return Article(id=doc_id, text=text.replace("\r\n", "\n").replace("\r", "\n"),
                   source=f"{source}:{number}", **meta)


def read_articles(paths: Iterable[str | os.PathLike | Article], *, max_chars: int = MAX_CHARS,
                  on_error: Callable[[InputError], None] = raise_error,
                  exclude: Iterable[str | os.PathLike] = ()) -> Iterator[Article]:
    """Yield every article in ``paths`` (files or folders, or articles), lazily.

    Problems are passed to ``on_error`` (by default raised). An article whose
    id was already read in this run is reported and skipped; so is a file or
    JSONL line too large to hold an article of ``max_chars`` characters.
    Folders in ``exclude`` (the run's own outputs) are not read.
    """
    seen: dict[str, str] = {}
    for path in iter_input_files(paths, on_error=on_error, exclude=exclude):
        try:
            if isinstance(path, Article):
                articles = iter([path])
            elif _is_jsonl(path):
                articles = read_jsonl(path, max_chars=max_chars, on_error=on_error)
            else:
                articles = iter([read_text_file(path, max_chars=max_chars, on_error=on_error)])
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


def count_articles(paths: Iterable[str | os.PathLike | Article],
                   exclude: Iterable[str | os.PathLike] = ()) -> int | None:
    """Quick upper bound of the number of articles in ``paths``, for progress bars.

    Counts text and HTML files and non-blank JSONL lines without parsing; problems are
    left for :func:`read_articles` to report. None when standard input is read
    (its length is not known in advance).
    """
    total = 0
    for path in iter_input_files(paths, on_error=lambda _error: None, exclude=exclude):
        if str(path) == STDIN:
            return None
        if isinstance(path, Article) or not _is_jsonl(path):
            total += 1
            continue
        try:
            with _open_jsonl(path) as handle:
                total += _count_lines(handle)
        except (OSError, EOFError):
            continue
    return total


def _count_lines(handle) -> int:
    """Non-blank lines of a binary handle, read by blocks (a huge line is never held whole)."""
    count, open_line = 0, False  # open_line: the line read so far has some content
    while block := handle.read(_READ_BLOCK):
        *ended, rest = block.split(b"\n")
        for part in ended:
            count += open_line or bool(part.strip())
            open_line = False
        open_line = open_line or bool(rest.strip())
    return count + open_line
