"""Helpers shared by the benchmark scripts."""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path


def write_section(path: Path, section: str, title: str) -> None:
    """Replace (or append) the section starting with `title` in the benchmarks file."""
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n\n"
    start = text.find(title)
    if start == -1:
        text = text.rstrip("\n") + "\n\n" + section
    else:
        end = text.find("\n## ", start + len(title))
        rest = text[end + 1:] if end != -1 else ""
        # one blank line before the next section, whatever the section's own ending
        text = text[:start] + (section.rstrip("\n") + "\n\n" if rest else section) + rest
    path.write_text(text, encoding="utf-8")


def pdf_pages(pdf: Path) -> int | str:
    """Page count with poppler's pdfinfo when it is there, else "?"."""
    if not shutil.which("pdfinfo"):
        return "?"
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    m = re.search(r"^Pages:\s+(\d+)", out, re.M)
    return int(m.group(1)) if m else "?"
