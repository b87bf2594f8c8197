"""Write each item type to its own JSON-lines file: items/<table>.jsonl."""
from __future__ import annotations

import json
from pathlib import Path

from .items import ITEM_TABLES, unbundle

# One encoder for every row (json.dumps builds a new one per call when given options).
_encode = json.JSONEncoder(ensure_ascii=False).encode
BUFFER_BYTES = 1 << 20


class JsonLinesPipeline:
    """One file per raw table; the spider's closing summary (sources) is written last.

    Items are flat dataclasses (strings, numbers, lists of strings): a row is its `__dict__`
    as JSON, written through a large buffer (files are complete once the spider closes).
    """

    def __init__(self, items_dir: str, crawler=None):
        self.crawler = crawler
        self.dir = Path(items_dir)
        self.files: dict[str, object] = {}
        self.counts: dict[str, int] = {}

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.settings.get("ECOAUDIT_ITEMS_DIR"), crawler)

    def open_spider(self):
        self.dir.mkdir(parents=True, exist_ok=True)
        for table in ITEM_TABLES.values():
            self.files[table] = (self.dir / f"{table}.jsonl").open("w", encoding="utf-8",
                                                                   buffering=BUFFER_BYTES)
            self.counts[table] = 0

    def _write(self, item) -> None:
        table = ITEM_TABLES[type(item)]
        self.files[table].write(_encode(item.__dict__) + "\n")
        self.counts[table] += 1

    def process_item(self, item):
        for row in unbundle(item):
            self._write(row)
        return item

    def close_spider(self):
        spider = self.crawler.spider if self.crawler else None
        if spider is not None and hasattr(spider, "closing_items"):
            for item in spider.closing_items():
                self._write(item)
        for f in self.files.values():
            f.close()
        (self.dir / "counts.json").write_text(json.dumps(self.counts, indent=1))
