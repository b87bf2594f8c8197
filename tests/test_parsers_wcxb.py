"""parse_page on recorded real-world pages (WCXB dev split), when the shared data is present.

A smoke test on markup nobody wrote for us: no exception, and text for most pages.
The pages are taken in id order, not chosen; nothing in the parsers is tuned to them.
"""
import gzip
import json
from pathlib import Path

import pytest

from spiders.parsers import parse_page
from spiders.parsers.contract import to_page_object

DATA = Path("/work/shared/data/wcxb-dev")
if not (DATA / "metadata.json").exists():  # CI runs beside a copy of shared/
    DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "wcxb-dev"

pytestmark = pytest.mark.skipif(not (DATA / "metadata.json").exists(), reason="WCXB data not available")


def test_twenty_pages():
    files = json.loads((DATA / "metadata.json").read_text())["files"]
    ids = sorted(i for i in files if (DATA / "html" / f"{i}.html.gz").exists())[:20]
    assert len(ids) == 20
    with_text = 0
    for file_id in ids:
        url = json.loads((DATA / "ground-truth" / f"{file_id}.json").read_text())["url"]
        html = gzip.decompress((DATA / "html" / f"{file_id}.html.gz").read_bytes())
        parsed = parse_page(url, html)
        obj = to_page_object(parsed, id=file_id)
        json.dumps(obj)
        assert parsed.page_type in ("article", "forum_thread", "listing", "home", "other")
        if len(obj["text"]) >= 200:
            with_text += 1
    assert with_text >= 16, f"only {with_text}/20 pages with text"
