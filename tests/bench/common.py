"""Helpers shared by the benchmark scripts."""
from __future__ import annotations

from pathlib import Path


def write_section(path: Path, section: str, title: str) -> None:
    """Replace (or append) the section starting with `title` in the benchmarks file."""
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n\n"
    start = text.find(title)
    if start == -1:
        text = text.rstrip("\n") + "\n\n" + section
    else:
        end = text.find("\n## ", start + len(title))
        text = text[:start] + section + (text[end + 1:] if end != -1 else "")
    path.write_text(text, encoding="utf-8")
