"""CLI around the generator: write/check labels.csv, print what the demo web holds.

    python -m sectorweb.generate --write-labels   # (re)write sectorweb/labels.csv
    python -m sectorweb.generate --check-labels   # exit 1 if the file is stale
    python -m sectorweb.generate --stats          # pages per host
    python -m sectorweb.generate --stats --days-later 7   # ... a week later, and what is new by host
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from sectorweb.labels import labels_csv

LABELS_PATH = Path(__file__).with_name("labels.csv")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="ecoaudit demo web generator")
    parser.add_argument("--write-labels", action="store_true", help=f"write {LABELS_PATH.name} from the source list")
    parser.add_argument("--check-labels", action="store_true", help="fail if labels.csv differs from the generator")
    parser.add_argument("--stats", action="store_true", help="print the number of pages per host")
    parser.add_argument("--days-later", type=int, default=0, metavar="N",
                        help="with --stats: the web N days after the demo's date, and what is new since")
    args = parser.parse_args(argv)
    if args.write_labels:
        LABELS_PATH.write_text(labels_csv(), encoding="utf-8", newline="")
        print(f"wrote {LABELS_PATH}")
    if args.check_labels:
        current = LABELS_PATH.read_text(encoding="utf-8") if LABELS_PATH.exists() else ""
        if current != labels_csv():
            print(f"{LABELS_PATH} is stale: run python -m sectorweb.generate --write-labels", file=sys.stderr)
            return 1
        print("labels.csv is up to date")
    if args.stats:
        from sectorweb.site import build_site, new_since

        site = build_site(args.days_later)
        base = build_site() if args.days_later else site
        new, changed = new_since(base, site, changed=False), new_since(base, site)
        for host, n in sorted(Counter(h for h, _ in site.pages).items()):
            extra = f"  {len(new.get(host, [])):4d} new, {len(changed.get(host, [])):4d} new or changed" if host in changed else ""
            print(f"{n:5d}  {host}{extra}")
        print(f"{len(site.pages):5d}  pages, {len(site.hosts)} hosts ({site.now:%Y-%m-%d %H:%M})")
    if not (args.write_labels or args.check_labels or args.stats):
        parser.print_help()
    return 0


if __name__ == "__main__":
    sys.exit(main())
