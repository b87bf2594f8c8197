"""`ecoaudit extract`: one page and a batch, with the contract's page object."""
import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HTML = ROOT / "tests" / "fixtures" / "html"
KEYS = {"id", "url", "page_type", "title", "author", "published", "text", "posts", "comments", "links", "language"}


def ecoaudit(*args):
    return subprocess.run([sys.executable, "-m", "ecoaudit.cli", "extract", *map(str, args)],
                          capture_output=True, text=True, cwd=ROOT, timeout=300)


def test_single_file_needs_url_and_gives_the_page_object(tmp_path):
    page = HTML / "wordpress" / "post.html"
    r = ecoaudit(page)
    assert r.returncode == 2 and "--url" in r.stderr
    r = ecoaudit(page, "--url", "https://patrimoine-et-vous.fr/2025/03/04/x/")
    assert r.returncode == 0, r.stderr
    obj = json.loads(r.stdout)
    assert set(obj) == KEYS and obj["page_type"] == "article" and obj["comments"]
    assert obj["published"].startswith("20")


def test_gzip_file(tmp_path):
    gz = tmp_path / "t.html.gz"
    gz.write_bytes(gzip.compress((HTML / "phpbb" / "viewtopic.html").read_bytes()))
    r = ecoaudit(gz, "--url", "https://forum-patrimoine.example/viewtopic.php?t=15")
    obj = json.loads(r.stdout)
    assert obj["page_type"] == "forum_thread" and len(obj["posts"]) >= 2
    assert all(set(p) == {"author", "published", "text"} for p in obj["posts"])


def test_batch_keeps_ids_and_turns_failures_into_rows(tmp_path):
    lines = [
        {"id": "a", "url": "https://patrimoine-et-vous.fr/x/", "path": str(HTML / "wordpress" / "post.html")},
        {"id": "b", "url": "https://forum-patrimoine.example/viewtopic.php?t=15", "path": str(HTML / "phpbb" / "viewtopic.html")},
        {"id": "c", "url": "https://x.example/", "path": str(tmp_path / "missing.html")},
    ]
    inp = tmp_path / "in.jsonl"
    inp.write_text("\n".join(json.dumps(l) for l in lines) + "\n")
    out = tmp_path / "out.jsonl"
    r = ecoaudit("--input", inp, "--output", out, "--jobs", 2)
    assert r.returncode == 0, r.stderr
    got = [json.loads(l) for l in out.read_text().splitlines()]
    assert [g["id"] for g in got] == ["a", "b", "c"]
    assert got[0]["page_type"] == "article" and got[1]["page_type"] == "forum_thread"
    assert "in.jsonl:3" in got[2]["error"] and "missing.html" in got[2]["error"]
    assert "1 failed" in r.stderr


def one_line_exit_2(r, *parts):
    assert r.returncode == 2, (r.stdout, r.stderr)
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in r.stderr, r.stderr
    for part in parts:
        assert part in lines[0], lines[0]


def test_bad_inputs_are_one_line_each(tmp_path):
    url = "https://www.example.fr/p"
    one_line_exit_2(ecoaudit(tmp_path, "--url", url), str(tmp_path), "is a directory")
    one_line_exit_2(ecoaudit(tmp_path), str(tmp_path), "is a directory")
    one_line_exit_2(ecoaudit(tmp_path / "missing.html", "--url", url), "missing.html", "no such file")
    one_line_exit_2(ecoaudit("x" * 5000), "xxx...'", "neither a file nor an http(s) URL")  # too long a name
    truncated = tmp_path / "t.html.gz"
    truncated.write_bytes(gzip.compress((HTML / "wordpress" / "post.html").read_bytes())[:200])
    one_line_exit_2(ecoaudit(truncated, "--url", url), "t.html.gz", "gzip")
    corrupt = tmp_path / "c.html.gz"
    corrupt.write_bytes(b"\x1f\x8b" + bytes(range(256)) * 4)
    one_line_exit_2(ecoaudit(corrupt, "--url", url), "c.html.gz", "gzip")
    locked = tmp_path / "locked.html"
    locked.write_text("<html></html>")
    locked.chmod(0)
    try:
        if not os.access(locked, os.R_OK):  # root reads anything
            one_line_exit_2(ecoaudit(locked, "--url", url), "locked.html", "cannot read")
    finally:
        locked.chmod(0o644)


def test_binary_html_is_parsed_not_a_traceback(tmp_path):
    page = tmp_path / "latin1.html"
    page.write_bytes("<html><body><p>é à ç</p></body></html>".encode("latin-1") + bytes(range(256)))
    r = ecoaudit(page, "--url", "https://www.example.fr/p")
    assert r.returncode == 0, r.stderr
    assert set(json.loads(r.stdout)) == KEYS


def test_batch_bad_input_or_output_is_one_line(tmp_path):
    out = tmp_path / "out.jsonl"
    one_line_exit_2(ecoaudit("--input", tmp_path, "--output", out), str(tmp_path), "is a directory")
    one_line_exit_2(ecoaudit("--input", tmp_path / "none.jsonl", "--output", out), "none.jsonl", "not found")
    inp = tmp_path / "in.jsonl"
    inp.write_text("")
    one_line_exit_2(ecoaudit("--input", inp, "--output", tmp_path), str(tmp_path), "is a directory")


def test_batch_bad_lines_become_error_rows_naming_the_line(tmp_path):
    page = str(HTML / "wordpress" / "post.html")
    inp = tmp_path / "in.jsonl"
    inp.write_bytes(b"\n".join([
        b"not json",
        b"[1, 2]",
        json.dumps({"id": "x", "url": "https://a.example/"}).encode(),
        b'{"id": "lat", "url": "https://a.example/", "path": "caf\xe9.html"}',  # not UTF-8
        json.dumps({"id": "d", "url": "https://a.example/", "path": str(tmp_path)}).encode(),
        json.dumps({"id": "ok", "url": "https://patrimoine-et-vous.fr/x/", "path": page}).encode(),
    ]) + b"\n")
    out = tmp_path / "out.jsonl"
    r = ecoaudit("--input", inp, "--output", out, "--jobs", 1)
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr
    got = [json.loads(l) for l in out.read_text().splitlines()]
    assert [g["id"] for g in got] == [None, None, "x", None, "d", "ok"]
    errors = [g.get("error", "") for g in got]
    for n, part in enumerate(["not JSON", "not a JSON object", "no path", "not valid UTF-8", "is a directory"], 1):
        assert errors[n - 1].startswith(f"{inp}:{n}: ") and part in errors[n - 1], errors[n - 1]
    assert got[-1]["page_type"] == "article" and "5 failed" in r.stderr
