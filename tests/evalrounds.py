"""What every blind round of families must keep: drawn after the earlier rounds, on streams of its own, it changes
nothing drawn or rendered before it (shared by the rounds' test files)."""
from __future__ import annotations

import hashlib

from sectorweb.dates import NOW
from sectorweb.evaluation import FAMILIES, eval_sources


def pages_digest(pages) -> str:
    """One hash of a site's pages: paths, statuses, types, headers and bodies."""
    h = hashlib.sha256()
    for path in sorted(pages):
        pg = pages[path]
        h.update(path.encode())
        h.update(repr((pg.status, pg.content_type, sorted(pg.headers.items()))).encode())
        h.update(pg.body if isinstance(pg.body, bytes) else str(pg.body).encode())
    return h.hexdigest()


def assert_round_changes_nothing(monkeypatch, seed: int, round_families: set, later: set = frozenset(),
                                 n_sources: int = 12) -> None:
    """Drawn without the round (its families taken out of the registry, with the rounds after it, `later`), the web
    is the same up to where the round begins: same hosts, markups, families and behaviours, and every earlier source
    renders byte for byte the same pages (the round's makers run last, on their own random streams)."""
    import sectorweb.evaluation as evaluation
    from sectorweb.evalmakers import build_eval_content
    from sectorweb.families import use_url_schemes
    from sectorweb.site import RENDERERS

    def drawn(sources):
        return [(s.host, s.platform, s.family, s.seed, repr(sorted(s.params.items()))) for s in sources]

    drawn_now = list(eval_sources(seed))  # the cached draw, restored as it was (url schemes) when the test ends
    with_round = [s for s in drawn_now if s.family not in later]
    monkeypatch.setattr(evaluation, "FAMILIES", {f: v for f, v in FAMILIES.items() if f not in round_families | later})
    evaluation.eval_sources.cache_clear()
    try:
        without = evaluation.eval_sources(seed)
    finally:
        evaluation.eval_sources.cache_clear()
    assert len(without) == len(with_round) - n_sources and drawn(without) == drawn(with_round[:len(without)])
    rendered = []
    try:
        for sources in (list(without), list(with_round)):
            use_url_schemes(sources)
            content = build_eval_content(sources)
            rendered.append({s.host: pages_digest(RENDERERS[s.platform].render(content[s.host], NOW, None)[0])
                             for s in without})
    finally:
        # not eval_sources(seed): under the patched registry it would draw, and cache, the web without the round
        use_url_schemes(drawn_now)
    assert rendered[0] == rendered[1]
