"""The demo run's report as a person sees it: headless Chromium opens report.html from disk.

Debian's chromium (installed by `make setup`), driven by Playwright for Python without any browser
download. The test fails on a console message of level error or warning, on any request other than the
file itself, on a dialog (a crawled `alert(1)` that ran), or on a chart that did not get drawn; it saves
a full-page screenshot under the test's tmp dir (path printed with -s) and checks report.pdf too.
"""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


def _chromium() -> str:
    path = CHROMIUM if Path(CHROMIUM).exists() else shutil.which("chromium")
    if not path:
        pytest.skip("Debian's chromium is not installed (make setup installs it as root)")
    return path


@pytest.fixture(scope="module")
def seen(demo_run, tmp_path_factory):
    """Open the report once: what the console said, what was requested, dialogs, the page's facts."""
    sync_api = pytest.importorskip("playwright.sync_api")
    shot = tmp_path_factory.mktemp("report-browser") / "report.png"
    console, requests, dialogs, errors = [], [], [], []
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=_chromium(), args=ARGS, headless=True)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.on("console", lambda m: console.append((m.type, m.text)))
            page.on("request", lambda r: requests.append(r.url))
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto(demo_run.report.resolve().as_uri(), wait_until="load")
            page.wait_for_timeout(300)
            facts = page.evaluate("""() => ({
                title: document.title,
                h2: [...document.querySelectorAll('h2')].map(h => h.textContent.trim()),
                charts: [...document.querySelectorAll('figure.chart svg')].map(s => {
                    const r = s.getBoundingClientRect(); return [r.width, r.height]; }),
                scripts: document.querySelectorAll('script').length,
                images: document.querySelectorAll('img, image, iframe, object, embed').length,
                text: document.body.innerText,
            })""")
            page.screenshot(path=str(shot), full_page=True)
            page.emulate_media(media="print")
            print_height = page.evaluate("document.body.scrollHeight")
        finally:
            browser.close()
    print(f"\nreport screenshot: {shot}")
    return {"console": console, "requests": requests, "dialogs": dialogs, "errors": errors,
            "facts": facts, "shot": shot, "print_height": print_height}


def test_nothing_leaves_the_file_and_nothing_runs(seen, demo_run):
    assert [u for u in seen["requests"] if u != demo_run.report.resolve().as_uri()] == []
    assert [m for m in seen["console"] if m[0] in ("error", "warning")] == []
    assert seen["dialogs"] == [] and seen["errors"] == []
    assert seen["facts"]["scripts"] == 0 and seen["facts"]["images"] == 0


def test_it_reads_as_a_report(seen):
    facts = seen["facts"]
    assert facts["title"].startswith("Audit de l'écosystème web")
    for heading in ("Synthèse", "L'écosystème", "Ce qui se dit", "L'activité dans le temps",
                    "Indicateurs de référence", "Méthode et données"):
        assert heading in facts["h2"], (heading, facts["h2"])
    assert any(h.startswith("Sources pertinentes (") for h in facts["h2"])
    # Every chart is drawn at a readable size.
    assert len(facts["charts"]) >= 6
    assert all(w >= 300 and h >= 80 for w, h in facts["charts"]), facts["charts"]
    # The hostile blog's titles are shown as text, inert.
    assert "<script>alert(1)</script>" in facts["text"]
    assert re.search(r"\d+ sources analysées", facts["text"])
    png = seen["shot"].read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 100_000
    assert seen["print_height"] > 0


def test_pdf_beside_the_html(demo_run):
    pdf = demo_run.run_dir / "report.pdf"
    assert demo_run.pdf == pdf and pdf.exists()
    assert pdf.read_bytes()[:5] == b"%PDF-" and pdf.stat().st_size > 50_000
