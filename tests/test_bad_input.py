"""Every kind of bad input, one CLI run each, next to a good article.

Each case asserts the one-line message (naming the file, and the line where
there is one), the exit code (1 when something was skipped, 0 for warnings
only), that the good article of the same run is in the output, and that no
traceback is shown. Then --strict, and the summary's counts.
"""

from __future__ import annotations

import json
import os
import re
import resource
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import ROOT, read_triples, run_cli

pytestmark = pytest.mark.model

GOOD = "Israel assassinated Hezbollah commander Fuad Shukr in Beirut."
HTML_PAGE = """<!DOCTYPE html>
<html><head><title>Iran vows revenge</title>
<script>document.title = "pwned"</script><style>p { color: red }</style></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Iran vows revenge</h1>
<p>Iran accused Israel of killing Hamas leader Ismail Haniyeh in Tehran on Wednesday.</p>
<p>The Revolutionary Guards said the attack would not go unanswered.</p></article>
<footer>Copyright 2024 Example News. All rights reserved.</footer></body></html>
"""
FRENCH = ("Le président de la République a annoncé mardi que le gouvernement allait réduire "
          "les impôts des ménages les plus modestes, une mesure attendue depuis longtemps par "
          "les syndicats et les associations.")


def _jsonl(path: Path, *lines: str) -> Path:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def _unreadable(tmp: Path) -> Path:
    path = tmp / "locked.txt"
    if os.geteuid() == 0:  # root reads any file: use one whose reading fails
        path.symlink_to("/proc/self/mem")
    else:
        path.write_text(GOOD, encoding="utf-8")
        path.chmod(0)
    return path


@dataclass
class Case:
    """A bad input: how to make it, the message it gets, and what must come out."""

    make: Callable[[Path], Path]
    message: str  # a regular expression for the whole line; {path} is the input
    exit_code: int = 1
    ids: frozenset = frozenset()  # articles of the bad input that must still be read


CASES = {
    "missing path": Case(
        lambda tmp: tmp / "nowhere" / "missing.txt",
        r"error: {path}: no such file or directory"),
    "unreadable file": Case(
        _unreadable,
        r"error: {path}: cannot read file \((Permission denied|Input/output error)\), skipped"),
    "empty file": Case(
        lambda tmp: _write(tmp / "empty.txt", b"  \n\n"),
        r"error: {path}: empty file, skipped"),
    "binary file": Case(
        lambda tmp: _write(tmp / "photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
        r"error: {path}: binary file \(contains NUL bytes\), skipped"),
    "invalid UTF-8": Case(
        lambda tmp: _write(tmp / "latin1.txt", "Iran warned Israel in Genève.".encode("latin-1")),
        r"warning: {path}: not valid UTF-8 \(first bad byte at offset 25\), decoded with "
        r"replacement characters", exit_code=0, ids=frozenset({"latin1"})),
    "lone surrogates escaped in JSONL": Case(
        lambda tmp: _jsonl(tmp / "feed.jsonl",
                           '{"id": "s1", "text": "Iran warned \\ud83d Israel."}'),
        r"warning: {path}:1: invalid Unicode escapes \(lone surrogates\), replaced with U\+FFFD",
        exit_code=0, ids=frozenset({"s1"})),
    "malformed JSONL line": Case(
        lambda tmp: _jsonl(tmp / "feed.jsonl", json.dumps({"id": "j1", "text": GOOD}),
                           '{"id": "j2", "text": "Hamas fired'),
        r"error: {path}:2: malformed JSON \(Unterminated string starting at: column 22\), "
        r"line skipped", ids=frozenset({"j1"})),
    "JSONL line without text": Case(
        lambda tmp: _jsonl(tmp / "feed.jsonl", json.dumps({"id": "j1", "body": GOOD}),
                           json.dumps({"id": "j2", "text": GOOD})),
        r'error: {path}:1: no "text" field, line skipped', ids=frozenset({"j2"})),
    "50 MB single-line JSONL article": Case(
        lambda tmp: _huge_jsonl(tmp / "dump.jsonl"),
        r"error: {path}:1: line is longer than 30,000,000 bytes, the limit for articles of "
        r"5,000,000 characters, line skipped \(see --max-chars\)", ids=frozenset({"after"})),
    "50 MB single-line text file": Case(
        lambda tmp: _write(tmp / "dump.txt", b"Israel struck Gaza. " * ((50 << 20) // 20)),
        r"error: {path}: file is larger than 30,000,000 bytes, the limit for articles of "
        r"5,000,000 characters, skipped \(see --max-chars\)"),
    "HTML page given as text": Case(
        lambda tmp: _write(tmp / "saved-page.txt", HTML_PAGE.encode()),
        r"warning: {path}: is an HTML page: reading the article text in it",
        exit_code=0, ids=frozenset({"saved-page"})),
    "HTML page without an article": Case(
        lambda tmp: _write(tmp / "app.html", b'<html><head><title>Loading</title><script>'
                           b'location = "/app"</script></head><body><div id="app"></div>'
                           b"</body></html>"),
        r"error: {path}: HTML page with no article text found, skipped"),
    "non-English text": Case(
        lambda tmp: _write(tmp / "francais.txt", FRENCH.encode()),
        r"warning: {path}: does not look like English text \(\d+% of its \d+ words are "
        r"common English words\); processed anyway", exit_code=0,
        ids=frozenset({"francais"})),
    "unsupported file type": Case(
        lambda tmp: _write(tmp / "report.pdf", b"%PDF-1.7\n"),
        r"error: {path}: unsupported file type '.pdf' \(expected .txt, .md, .html, .htm, "
        r".jsonl or .jsonl.gz\), skipped"),
}


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _huge_jsonl(path: Path) -> Path:
    """A 50 MB article on one JSON line, then a good line."""
    with open(path, "w", encoding="utf-8") as handle:
        handle.write('{"id": "huge", "text": "')
        handle.write("Israel struck Gaza. " * ((50 << 20) // 20))
        handle.write('"}\n')
        handle.write(json.dumps({"id": "after", "text": "Egypt condemned Israel."}) + "\n")
    return path


def _messages(stderr: str) -> list[str]:
    return [line for line in stderr.replace("\r", "\n").splitlines()
            if line.startswith(("error:", "warning:"))]


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_bad_input_is_reported_in_one_line_and_the_rest_processed(case, tmp_path):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    bad = case.make(tmp_path)
    out = tmp_path / "out"
    result = run_cli("build", tmp_path / "good.txt", bad, "--out", out, "--workers", "1",
                     "--quiet")
    (line,) = _messages(result.stderr)
    assert re.fullmatch(case.message.format(path=re.escape(str(bad))), line), line
    assert result.exit_code == case.exit_code
    assert "Traceback" not in result.output
    assert _article_ids(out) == {"good"} | case.ids
    assert "good" in {t["doc_id"] for t in read_triples(out)}


def _article_ids(out: Path) -> set[str]:
    """The ids of the articles in the RDF output."""
    from actorgraph.exports.sparql import open_store, prefixes

    store = open_store(out)
    rows = store.query("SELECT ?id WHERE { ?a a schema:NewsArticle ; ag:docId ?id }",
                       prefixes=prefixes(store), use_default_graph_as_union=True)
    return {row["id"].value for row in rows}


def test_bom_and_windows_line_endings_are_read_without_a_trace(tmp_path):
    path = tmp_path / "windows.txt"
    path.write_bytes("\ufeffIsrael kills Shukr\r\n\r\n".encode() + GOOD.encode() + b"\r\n")
    out = tmp_path / "out"
    result = run_cli("build", path, "--out", out, "--workers", "1", "--quiet")
    assert result.exit_code == 0 and _messages(result.stderr) == []
    triples = read_triples(out)
    assert triples and all("\r" not in t["sentence"] and "\ufeff" not in t["sentence"]
                           for t in triples)
    store = __import__("actorgraph.exports.sparql", fromlist=["open_store"]).open_store(out)
    (title,) = [row["t"].value for row in store.query(
        "SELECT ?t WHERE { ?a <https://schema.org/headline> ?t }",
        use_default_graph_as_union=True)]
    assert title == "Israel kills Shukr"


def test_html_pages_are_read_for_their_article_text_only(tmp_path):
    (tmp_path / "page.html").write_text(HTML_PAGE, encoding="utf-8")
    _jsonl(tmp_path / "pages.jsonl", json.dumps({"id": "p2", "html": HTML_PAGE.replace(
        "Ismail Haniyeh", "Yahya Sinwar")}))
    out = tmp_path / "out"
    result = run_cli("build", tmp_path / "page.html", tmp_path / "pages.jsonl", "--out", out,
                     "--workers", "1", "--quiet")
    assert result.exit_code == 0 and _messages(result.stderr) == []
    assert _article_ids(out) == {"page", "p2"}
    triples = read_triples(out)
    facts = {(t["doc_id"], t["subject"]["label"], t["relation"]["lemma"], t["object"]["label"])
             for t in triples}
    assert ("page", "Iran", "accuse", "Israel") in facts
    assert ("p2", "Iran", "accuse", "Israel") in facts
    text = (out / "triples.jsonl").read_text(encoding="utf-8") + (out / "graph.ttl").read_text(
        encoding="utf-8")
    for boilerplate in ("pwned", "color: red", "Copyright", "Home"):
        assert boilerplate not in text


def test_an_article_longer_than_max_chars_is_skipped_by_the_extractor(tmp_path):
    long = tmp_path / "long.txt"
    text = " ".join([GOOD] * 40)
    long.write_text(text, encoding="utf-8")
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out"
    result = run_cli("build", tmp_path / "good.txt", long, "--out", out, "--workers", "1",
                     "--quiet", "--max-chars", "2000")
    assert result.exit_code == 1
    assert _messages(result.stderr) == [
        f"error: {long}: article is too long ({len(text):,} characters; the limit is 2,000), "
        "skipped (see --max-chars)"]
    assert _article_ids(out) == {"good"}


def test_a_long_article_is_parsed_in_parts_with_article_wide_offsets(nlp):
    from actorgraph.extract.pipeline import Extractor, split_parts

    from actorgraph.records import Article

    paragraphs = [f"{GOOD} Iran condemned Israel on day {n}." for n in range(30)]
    article = Article("long", "\n\n".join(paragraphs))
    whole = next(Extractor(nlp=nlp).extract([article]))
    parts = next(Extractor(nlp=nlp, part_chars=500).extract([article]))
    assert len(split_parts(article.text, 500)) >= 6
    assert parts.sentences == whole.sentences == 60
    assert parts.triples == whole.triples  # cut at paragraph breaks: nothing changes
    for t in parts.triples:
        assert article.text[t.char_start:t.char_end] == t.sentence
        for side in (t.subject, t.object):
            assert article.text[side.start:side.end] == side.text


def test_a_folder_of_thousands_of_files_is_read_with_few_open_files(tmp_path):
    folder = tmp_path / "corpus"
    for n in range(2000):
        sub = folder / f"{n // 500:02d}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"a{n:04d}.txt").write_text(f"Israel struck Gaza on day {n}.", encoding="utf-8")
        if n % 4 == 0:  # files of other kinds are left alone
            (sub / f"a{n:04d}.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    out = tmp_path / "out"

    def few_files() -> None:
        resource.setrlimit(resource.RLIMIT_NOFILE, (128, 128))

    done = subprocess.run(
        [sys.executable, str(ROOT / "build_graph.py"), "build", str(folder), "--out", str(out),
         "--workers", "1"], capture_output=True, text=True, preexec_fn=few_files, timeout=300)
    assert done.returncode == 0, done.stderr
    assert _messages(done.stderr) == []
    assert "Read 2,000 articles" in done.stdout
    assert len({t["doc_id"] for t in read_triples(out)}) == 2000


def test_strict_stops_at_the_first_problem_and_writes_nothing(tmp_path):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "latin1.txt").write_bytes("Iran warned Israel in Genève.".encode("latin-1"))
    out = tmp_path / "out"
    result = run_cli("build", tmp_path, "--out", out, "--workers", "1", "--quiet", "--strict")
    assert result.exit_code == 1
    assert _messages(result.stderr) == [
        f"warning: {tmp_path / 'latin1.txt'}: not valid UTF-8 (first bad byte at offset 25), "
        "decoded with replacement characters",
        "error: stopped at the first problem (--strict); nothing written"]
    assert not out.exists()
    # the same inputs without --strict: processed, with the warning
    result = run_cli("build", tmp_path, "--out", out, "--workers", "1", "--quiet")
    assert result.exit_code == 0 and _article_ids(out) == {"good", "latin1"}


def test_strict_on_clean_input_changes_nothing(tmp_path):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    result = run_cli("build", tmp_path / "good.txt", "--out", tmp_path / "out", "--workers",
                     "1", "--quiet", "--strict")
    assert result.exit_code == 0 and result.stderr == ""


def test_the_summary_counts_what_was_skipped_and_the_warnings(tmp_path):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "francais.txt").write_text(FRENCH, encoding="utf-8")
    _jsonl(tmp_path / "feed.jsonl", "{oops", json.dumps({"text": GOOD}))
    result = run_cli("build", tmp_path, "--out", tmp_path / "out", "--workers", "1")
    assert result.exit_code == 1
    assert len(_messages(result.stderr)) == 3
    assert "Read 3 articles" in result.stdout
    assert "2 inputs skipped, 1 warning (see the messages above)." in result.stdout
