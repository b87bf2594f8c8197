"""Is a page read as a newsroom's a newsroom's? On real pages (WCXB dev split, article pages), the pages
`detect_platform` reads as the news engine (schema.org NewsArticle and kin, or a byline without comments),
against a hand label of each such site: a newsroom or magazine, or not (a personal blog, a business, an
institution).

    .venv/bin/python -m tests.bench.news_markup [--data ../shared/data/wcxb-dev] [--write docs/benchmarks.md]

Why it matters: a news source is spared the rules a newsroom's habits would trip (`high_cadence`,
`batch_publishing`, `promotional_posts`, `self_promo_links`...), so `int_source_kinds` rules a source as
news only when a newsroom's mark backs its markup. The labels below were set by hand from each site's
name, address and article (sample: every site the detector reads as news); a site the detector reads as
news that has no label here is listed as unlabelled, not counted.
"""
from __future__ import annotations

import argparse
import gzip
import sys
from pathlib import Path

from spiders.parsers import detect_platform
from spiders.parsers.urls import site_host
from tests.bench.extract import DEFAULT_DATA, load_cases

TITLE = "## Newsroom markup on real pages (issue 10)"
COMMAND = "make eval-extract  (= .venv/bin/python -m tests.bench.news_markup --write docs/benchmarks.md)"

NEWSROOMS = frozenset({
    "abc7ny.com", "commercialappeal.com", "echolive.ie", "economictimes.indiatimes.com", "edweek.org",
    "elledecor.com", "frommers.com", "insurancebusinessmag.com", "itbrief.news", "mashable.com",
    "newsweek.com", "npr.org", "popsugar.com", "prevention.com", "restaurantbusinessonline.com",
    "reviewed.com", "runnersworld.com", "scientificamerican.com", "scottishconstructionnow.com", "self.com",
    "technologymagazine.com", "theatlantic.com", "timesofindia.indiatimes.com", "today.com", "usatoday.com",
    "veranda.com",
})
NOT_NEWSROOMS = {
    "anil.recoil.org": "personal blog", "bennadel.com": "personal blog", "sam.bossley.com": "personal blog",
    "kneibdentistry.com": "dentist", "ricksteves.com": "travel company", "industryselect.com": "data vendor",
    "scripps.org": "hospital", "asuonline.asu.edu": "university", "bhf.org.uk": "charity",
    "beonpath.org": "nonprofit", "instructables.com": "how-to community",
}


def measure(data: Path) -> dict:
    """Article pages read as news, split by the hand label of their site."""
    read_news = []
    cases = [c for c in load_cases(data) if c.page_type == "article"]
    for case in cases:
        if detect_platform(case.url, gzip.decompress(case.path.read_bytes())) == "news":
            read_news.append(site_host(case.url))
    return {
        "articles": len(cases),
        "read_news": len(read_news),
        "newsrooms": sum(d in NEWSROOMS for d in read_news),
        "not_newsrooms": sorted(d for d in read_news if d in NOT_NEWSROOMS),
        "unlabelled": sorted(d for d in read_news if d not in NEWSROOMS and d not in NOT_NEWSROOMS),
    }


def section(r: dict) -> str:
    nots = ", ".join(f"{d} ({NOT_NEWSROOMS[d]})" for d in r["not_newsrooms"]) or "none"
    return "\n".join([
        TITLE, "", f"Command: `{COMMAND}`", "",
        "| article pages | read as the news engine | from newsrooms and magazines | from other sites | unlabelled |",
        "| --- | --- | --- | --- | --- |",
        f"| {r['articles']} | {r['read_news']} | {r['newsrooms']} | {len(r['not_newsrooms'])} | "
        f"{len(r['unlabelled'])} |", "",
        f"Other sites: {nots}.", "",
        "NewsArticle markup alone is therefore no newsroom: `int_source_kinds` shows such a source as news but "
        "rules it as `other` unless a newsroom's mark (a team of bylines publishing often without comments, "
        "agency dispatches) backs it. Labels: by hand, every site read as news (`tests/bench/news_markup.py`).",
        "",
    ])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--write", type=Path, help="update the section in this benchmarks file")
    args = ap.parse_args(argv)
    if not (args.data / "metadata.json").exists():
        print(f"{args.data}: no WCXB data (metadata.json) here", file=sys.stderr)
        return 2
    r = measure(args.data)
    print(section(r))
    if args.write:
        from tests.bench.common import write_section

        write_section(args.write, section(r), TITLE)
    return 0


if __name__ == "__main__":
    sys.exit(main())
