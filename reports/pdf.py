"""report.pdf: the HTML report printed by WeasyPrint, charts included (they are inline SVG).

WeasyPrint reads the report's print CSS (A4 pages, landscape pages for the source tables, page
numbers, page breaks before each major section). It may fetch nothing: only `data:` URLs are allowed,
so a crawled address that slipped into the markup could never make it reach the network.
"""
from __future__ import annotations

import logging
from pathlib import Path

log = logging.getLogger(__name__)


class PdfError(RuntimeError):
    """The PDF could not be written (the HTML report is not affected)."""


def write_pdf(html_path, pdf_path=None) -> Path:
    """Print `html_path` to `pdf_path` (default: the same name with .pdf); returns the PDF's path.

    Raises PdfError with one line saying why (WeasyPrint or its system libraries missing, or a
    rendering error); a partial PDF is removed.
    """
    html_path = Path(html_path)
    pdf_path = Path(pdf_path) if pdf_path else html_path.with_suffix(".pdf")
    try:
        from weasyprint import HTML
        from weasyprint.urls import URLFetcher
    except Exception as e:  # ImportError, or OSError when Pango/HarfBuzz are missing
        raise PdfError(f"WeasyPrint unavailable ({type(e).__name__}: {_first_line(e)})") from None
    tmp = pdf_path.with_name(pdf_path.name + ".part")
    try:
        # WeasyPrint logs every CSS property it does not support (screen-only rules): not our news.
        logging.getLogger("weasyprint").setLevel(logging.ERROR)
        document = HTML(string=html_path.read_text(encoding="utf-8"), base_url=None,
                        url_fetcher=URLFetcher(allowed_protocols=("data",), allow_redirects=False))
        document.write_pdf(tmp)
        tmp.replace(pdf_path)
    except Exception as e:
        tmp.unlink(missing_ok=True)
        raise PdfError(f"{type(e).__name__}: {_first_line(e)}") from None
    return pdf_path


def _first_line(e: BaseException) -> str:
    text = str(e).strip()
    return text.splitlines()[0] if text else ""
