"""Reading articles: formats, metadata and every kind of bad input."""

from __future__ import annotations

import json

import pytest

from actorgraph.readers import InputError, count_articles, read_articles


def read(*paths):
    problems: list[InputError] = []
    articles = list(read_articles(paths, on_error=problems.append))
    return articles, problems


def test_text_file_first_line_is_title_and_stem_is_id(tmp_path):
    path = tmp_path / "blinken-talks.txt"
    path.write_text("Blinken meets Netanyahu\nThe two met in Jerusalem.\n", encoding="utf-8")
    (article,), problems = read(path)
    assert problems == []
    assert (article.id, article.title) == ("blinken-talks", "Blinken meets Netanyahu")
    assert article.text.startswith("Blinken meets Netanyahu\n")


def test_single_line_text_has_no_title(tmp_path):
    path = tmp_path / "one.md"
    path.write_text("Israel struck Gaza.", encoding="utf-8")
    (article,), _ = read(path)
    assert article.title is None and article.text == "Israel struck Gaza."


def test_jsonl_fields_and_default_ids(tmp_path):
    path = tmp_path / "news.jsonl"
    rows = [{"id": "a1", "title": "T", "date": "2024-08-01", "url": "https://x.example/a",
             "text": "Iran warned Israel."},
            {"text": "Hamas accused Israel."}]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n", encoding="utf-8")
    (first, second), problems = read(path)
    assert problems == []
    assert (first.id, first.title, first.date, first.url) == \
        ("a1", "T", "2024-08-01", "https://x.example/a")
    assert (second.id, second.title, second.source) == ("news-2", None, f"{path}:2")


def test_bom_and_windows_line_endings_are_normalised(tmp_path):
    path = tmp_path / "win.txt"
    path.write_bytes("\ufeffHeadline\r\nBody text.\r\n".encode())
    (article,), problems = read(path)
    assert problems == []
    assert article.title == "Headline" and article.text == "Headline\nBody text.\n"


def test_missing_file_is_reported_and_the_rest_read(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Israel struck Gaza.", encoding="utf-8")
    articles, problems = read(tmp_path / "missing.txt", good)
    assert [a.id for a in articles] == ["good"]
    assert [str(p) for p in problems] == [f"{tmp_path / 'missing.txt'}: no such file or directory"]


def test_empty_file_is_skipped(tmp_path):
    (tmp_path / "empty.txt").write_text("  \n\n", encoding="utf-8")
    (tmp_path / "empty.jsonl").write_text("\n", encoding="utf-8")
    articles, problems = read(tmp_path / "empty.txt", tmp_path / "empty.jsonl")
    assert articles == []
    assert [p.message for p in problems] == ["empty file, skipped", "empty file, skipped"]


def test_binary_files_are_skipped(tmp_path):
    (tmp_path / "blob.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "blob.jsonl").write_bytes(b"\x00\x01\x02{}\n")
    articles, problems = read(tmp_path / "blob.txt", tmp_path / "blob.jsonl")
    assert articles == []
    assert all("binary file" in p.message and p.skipped for p in problems)
    assert len(problems) == 2


def test_invalid_utf8_is_decoded_with_a_warning(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Caf\xe9 owner sued the city.".encode("latin-1"))
    (article,), (problem,) = read(path)
    assert "\ufffd" in article.text
    assert not problem.skipped
    assert str(problem) == (f"{path}: not valid UTF-8 (first bad byte at offset 3), "
                            "decoded with replacement characters")


def test_malformed_jsonl_lines_are_reported_with_line_numbers(tmp_path):
    path = tmp_path / "news.jsonl"
    path.write_text('{"id": "ok", "text": "Iran warned Israel."}\n'
                    '{"id": "broken", "text": \n'
                    '["not", "an", "object"]\n'
                    '{"id": "notext"}\n'
                    '{"id": "blank", "text": "   "}\n'
                    '{"id": "ok2", "text": "Hamas accused Israel."}\n', encoding="utf-8")
    articles, problems = read(path)
    assert [a.id for a in articles] == ["ok", "ok2"]
    assert [(p.line, p.message.split(" (")[0].split(",")[0]) for p in problems] == [
        (2, "malformed JSON"),
        (3, "expected a JSON object"),
        (4, 'no "text" field'),
        (5, '"text" is not a non-empty string'),
    ]
    assert str(problems[0]).startswith(f"{path}:2: malformed JSON")


def test_duplicate_ids_are_skipped(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "story.txt").write_text("One.", encoding="utf-8")
    (tmp_path / "b" / "story.txt").write_text("Two.", encoding="utf-8")
    articles, (problem,) = read(tmp_path)
    assert [a.text for a in articles] == ["One."]
    assert "duplicate article id 'story'" in problem.message


def test_folders_are_read_recursively_in_order_without_readmes_or_hidden_files(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / ".hidden").mkdir()
    for name in ("b.txt", "a.md", "sub/c.txt", "README.md", ".hidden/d.txt", "notes.pdf"):
        (tmp_path / name).write_text("Text.", encoding="utf-8")
    articles, problems = read(tmp_path)
    assert [a.id for a in articles] == ["a", "b", "c"]
    assert problems == []


def test_unsupported_explicit_file_is_reported(tmp_path):
    path = tmp_path / "report.pdf"
    path.write_bytes(b"%PDF-1.4")
    articles, (problem,) = read(path)
    assert articles == [] and "unsupported file type '.pdf'" in problem.message


def test_default_error_handler_raises():
    with pytest.raises(InputError, match="no such file"):
        list(read_articles(["/nonexistent/file.txt"]))


def test_count_articles_counts_files_and_lines(tmp_path):
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text('{"text": "1"}\n\n{"text": "2"}\n', encoding="utf-8")
    assert count_articles([tmp_path, tmp_path / "missing.txt"]) == 3


def test_gzipped_jsonl_is_read(tmp_path):
    import gzip

    path = tmp_path / "feed.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write('{"id": "g1", "text": "Iran warned Israel."}\n{"text": "Hamas fired."}\n')
    articles, problems = read(path)
    assert [a.id for a in articles] == ["g1", "feed-2"] and problems == []
    assert count_articles([tmp_path]) == 2


def test_corrupt_gzip_is_reported_with_the_line_it_stopped_at(tmp_path):
    import gzip
    import random

    rng = random.Random(1)
    rows = [f'{{"id": "a{i}", "text": "Iran warned Israel {rng.random()}."}}\n'
            for i in range(5000)]
    data = gzip.compress("".join(rows).encode())
    path = tmp_path / "broken.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    articles, problems = read(path)
    (problem,) = problems
    assert "cannot read past line" in problem.message and problem.line is not None
    assert articles  # what could be read before the damage was read


def test_standard_input_is_read_lazily(monkeypatch):
    import io
    import sys

    lines = [f'{{"id": "s{i}", "text": "Iran warned Israel."}}\n' for i in range(3)]
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("".join(lines).encode())))
    articles = read_articles(["-"])
    first = next(articles)
    assert (first.id, first.source) == ("s0", "<stdin>:1")
    assert [a.id for a in articles] == ["s1", "s2"]
    assert count_articles(["-"]) is None


# -- hostile inputs a new user would try ---------------------------------------------------

def _outputs(folder):
    """A folder as `actorgraph build --out` leaves it (its JSONL lines are not articles)."""
    from actorgraph.exports.outputs import write_outputs
    from actorgraph.graph.build import build_graph

    from tests.records import mention, result, triple

    G = build_graph([result("a", triple(mention("Israel", "GPE"), "strike",
                                        mention("Hamas", "ORG")))])
    write_outputs(G, folder)


def test_an_output_folder_inside_the_input_folder_is_never_read(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Israel struck Gaza.", encoding="utf-8")
    _outputs(corpus / "out")
    (corpus / "old-run").mkdir()
    _outputs(corpus / "old-run")
    articles, problems = read(corpus)
    assert [a.id for a in articles] == ["a"] and problems == []
    assert count_articles([corpus]) == 1


def test_the_runs_own_output_folder_is_excluded_even_before_it_holds_outputs(tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "out").mkdir(parents=True)
    (corpus / "a.txt").write_text("Israel struck Gaza.", encoding="utf-8")
    (corpus / "out" / "notes.txt").write_text("Iran warned Israel.", encoding="utf-8")
    problems: list[InputError] = []
    found = list(read_articles([corpus], on_error=problems.append, exclude=[corpus / "out"]))
    assert [a.id for a in found] == ["a"] and problems == []
    assert [a.id for a in read(corpus)[0]] == ["a", "notes"]  # without the exclusion


def test_an_output_folder_given_as_input_is_reported_not_read(tmp_path):
    _outputs(tmp_path / "out")
    articles, problems = read(tmp_path / "out")
    assert articles == []
    assert [str(p) for p in problems] == [
        f"{tmp_path / 'out'}: is a folder of actorgraph outputs, not articles, skipped"]


def test_a_store_folder_inside_the_input_folder_is_never_read(tmp_path):
    from actorgraph.exports.store import GraphStore

    from tests.records import result

    (tmp_path / "a.txt").write_text("Israel struck Gaza.", encoding="utf-8")
    store = GraphStore(tmp_path / "store")
    store.update([result("x")])
    (tmp_path / "store" / "stray.jsonl").write_text('{"id": 1}\n', encoding="utf-8")
    articles, problems = read(tmp_path)
    assert [a.id for a in articles] == ["a"] and problems == []


@pytest.mark.parametrize("bad_id", [{"x": 1}, [1, 2], True, None])
def test_a_json_id_that_is_not_a_string_or_number_is_rejected(tmp_path, bad_id):
    path = tmp_path / "feed.jsonl"
    lines = [{"id": bad_id, "text": "Israel struck Gaza."}, {"id": 7, "text": "Iran warned."},
             {"id": "x", "text": "Qatar mediated."}]
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    articles, problems = read(path)
    if bad_id is None:  # no id: the default one
        assert [a.id for a in articles] == ["feed-1", "7", "x"] and problems == []
        return
    assert [a.id for a in articles] == ["7", "x"]
    assert [str(p) for p in problems] == [
        f"{path}:1: \"id\" is not a string or a number ({type(bad_id).__name__}), "
        "line skipped"]
    assert all(p.skipped for p in problems)


@pytest.mark.parametrize(("given", "kept"), [
    ("2024-07-27", "2024-07-27"),
    ("2024-07-27T10:15:00+02:00", "2024-07-27"),
    ("Sat, 27 Jul 2024 10:15:00 GMT", "2024-07-27"),
    ("not a date", None),
    ("2024-13-45", None),
    ("<script>alert(1)</script>", None),
    (20240727, None),  # a number, not a date
    ("2024-07-27 and more", "2024-07-27"),
    ({"year": 2024}, None),
])
def test_a_date_that_is_not_a_date_is_dropped_with_a_warning(tmp_path, given, kept):
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"id": "a", "text": "Israel struck Gaza.", "date": given})
                    + "\n", encoding="utf-8")
    (article,), problems = read(path)
    assert article.date == kept
    if kept is None:
        assert len(problems) == 1 and not problems[0].skipped
        assert str(problems[0]).startswith(f"{path}:1: \"date\" is not a")
        assert str(problems[0]).endswith(", dropped")
    else:
        assert problems == []


def test_a_dropped_date_is_never_written_as_the_date_published(tmp_path):
    from actorgraph.exports.rdf import serialize
    from actorgraph.graph.build import build_graph

    from tests.records import result

    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"id": "a", "text": "Israel struck Gaza.",
                                "date": "not a date"}) + "\n"
                    + json.dumps({"id": "b", "text": "Iran warned.", "date": "2024-07-27"})
                    + "\n", encoding="utf-8")
    articles, _ = read(path)
    G = build_graph([result(a.id, date=a.date) for a in articles])
    data = serialize(G, "nt").decode()
    published = [line for line in data.splitlines() if "schema.org/datePublished" in line]
    assert published == [
        "<https://actorgraph.example/id/article/b> <https://schema.org/datePublished> "
        "\"2024-07-27\"^^<http://www.w3.org/2001/XMLSchema#date> ."]
    # a date that reaches the graph another way (the Python API) is not written either
    G = build_graph([result("c", date="last Tuesday")])
    assert "datePublished" not in serialize(G, "nt").decode()


def test_no_message_of_the_library_names_a_command_line_option(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("x" * 7000, encoding="utf-8")
    problems: list[InputError] = []
    list(read_articles([big], max_chars=1000, on_error=problems.append))
    assert len(problems) == 1 and problems[0].limit == "max_chars"
    assert "--" not in str(problems[0])
