"""`ecoaudit extract`: one page and a batch, with the contract's page object."""
import gzip
import json
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
