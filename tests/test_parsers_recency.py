"""What an undated sitemap's addresses say of their pages' age (spiders/parsers/recency.py)."""
from __future__ import annotations

import pytest

from spiders.parsers.recency import newest_first, split_dated

Q = "https://forum.example"


@pytest.mark.parametrize("urls, newest", [
    # ids first in the path, titles holding numbers too (Question2Answer)
    ([f"{Q}/{n}/{t}" for n, t in [(3, "5-conseils"), (10, "scpi"), (7, "top-10-etfs"), (12, "per")]],
     [f"{Q}/{n}/{t}" for n, t in [(12, "per"), (10, "scpi"), (7, "top-10-etfs"), (3, "5-conseils")]]),
    # ids last (XenForo), a title with a year in it
    ([f"{Q}/threads/{t}.{n}/" for t, n in [("impots-2024", 40), ("scpi", 41), ("per-2023", 39)]],
     [f"{Q}/threads/{t}.{n}/" for t, n in [("scpi", 41), ("impots-2024", 40), ("per-2023", 39)]]),
    # ids in the query (phpBB, SPIP)
    ([f"{Q}/viewtopic.php?t={n}" for n in (5, 50, 6)], [f"{Q}/viewtopic.php?t={n}" for n in (50, 6, 5)]),
    ([f"{Q}/spip.php?article{n}" for n in (9, 100, 10)], [f"{Q}/spip.php?article{n}" for n in (100, 10, 9)]),
    # dates in the path (WordPress's month permalinks, Dotclear's days)
    ([f"{Q}/2024/05/a", f"{Q}/2025/01/b", f"{Q}/2023/12/c-2026"], [f"{Q}/2025/01/b", f"{Q}/2024/05/a", f"{Q}/2023/12/c-2026"]),
    ([f"{Q}/post/2024/05/03/a", f"{Q}/post/2024/05/21/b"], [f"{Q}/post/2024/05/21/b", f"{Q}/post/2024/05/03/a"]),
    # nothing says: as listed (slugs only; one number shared by many pages is no id)
    ([f"{Q}/a", f"{Q}/b", f"{Q}/c"], [f"{Q}/a", f"{Q}/b", f"{Q}/c"]),
    ([f"{Q}/page-2/a", f"{Q}/page-2/b", f"{Q}/page-3/c", f"{Q}/page-2/d"],
     [f"{Q}/page-2/a", f"{Q}/page-2/b", f"{Q}/page-3/c", f"{Q}/page-2/d"]),
])
def test_newest_first_by_what_the_addresses_say(urls, newest):
    assert newest_first(urls) == newest


def test_a_lastmod_every_entry_shares_is_the_sitemaps_date_not_its_pages():
    pages = [f"{Q}/{n}/q" for n in range(1, 7)]
    dated, undated = split_dated([(u, "2026-11-30") for u in pages])
    assert dated == [] and undated == pages[::-1]
    # real dates: newest first; a missing one waits
    entries = [(pages[0], "2026-01-02"), (pages[1], None), (pages[2], "2026-03-01")]
    assert split_dated(entries) == ([(pages[2], "2026-03-01"), (pages[0], "2026-01-02")], [pages[1]])
    # under five entries, one shared date may be a real one
    assert split_dated([(u, "2026-11-30") for u in pages[:3]])[0] == [(u, "2026-11-30") for u in pages[:3]]
