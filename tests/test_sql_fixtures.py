"""Fixtures for the SQL tests: raw tables built from `spiders.items`, synthetic texts and a small ecosystem.

Imported by the other `test_sql_*` modules; it also checks itself (schema of the raw tables).
"""
from __future__ import annotations

import random
import shutil
from datetime import datetime, timedelta, timezone
from pathlib import Path

import duckdb
import pyarrow as pa

from ecoaudit import sqlrun, warehouse

from spiders.items import (
    ITEM_TABLES,
    CommentItem,
    EntryItem,
    ErrorItem,
    ForumPostItem,
    LinkItem,
    PageItem,
    SourceItem,
)

_ARROW_TYPES = {"VARCHAR": pa.string(), "BIGINT": pa.int64(), "BOOLEAN": pa.bool_(), "VARCHAR[]": pa.list_(pa.string())}


def raw_columns(item_type) -> list[tuple[str, str]]:
    """(column, type) of an item's raw table, run_id first: the loader's own mapping."""
    return list(warehouse.raw_columns(item_type).items())


def create_raw_tables(con: duckdb.DuckDBPyConnection) -> None:
    """Empty raw_* tables with exactly the columns of the item dataclasses, run_id first."""
    for item_type, name in ITEM_TABLES.items():
        cols = ", ".join(f"{c} {t}" for c, t in raw_columns(item_type))
        con.execute(f"create table raw_{name} ({cols})")


def add(con: duckdb.DuckDBPyConnection, run_id: str, items) -> None:
    """Insert items (dataclass instances, any mix of types) into their raw tables, via Arrow for speed."""
    by_type: dict[type, list] = {}
    for item in items:
        by_type.setdefault(type(item), []).append(item)
    for item_type, rows in by_type.items():
        cols = raw_columns(item_type)
        data = {c: [] for c, _ in cols}
        for row in rows:
            data["run_id"].append(run_id)
            for c, _ in cols[1:]:
                data[c].append(getattr(row, c))
        schema = pa.schema([(c, _ARROW_TYPES[t]) for c, t in cols])
        batch = pa.table(data, schema=schema)  # noqa: F841 - read by DuckDB's replacement scan
        con.execute(f"insert into raw_{ITEM_TABLES[item_type]} by name select * from batch")


def sql_dir_with(tmp_path: Path, **params) -> Path:
    """A copy of sql/ whose seed_params take the given values (the rest of each line kept)."""
    sql_dir = Path(shutil.copytree(sqlrun.SQL_DIR, tmp_path / "sql"))
    csv = sql_dir / "seeds" / "params.csv"
    lines = csv.read_text(encoding="utf-8").splitlines()
    for name, value in params.items():
        lines = [f"{name},{value},{line.split(',', 2)[2]}" if line.startswith(name + ",") else line for line in lines]
    csv.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return sql_dir


def new_db() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("set TimeZone = 'UTC'")
    create_raw_tables(con)
    return con


# ---------------------------------------------------------------- synthetic content

_SYLLABLES = ["pa", "tri", "moi", "ne", "fi", "scal", "as", "su", "ran", "ce", "vie", "pla", "ce", "ment",
              "bour", "se", "ren", "de", "ment", "ca", "pi", "tal", "ges", "tion", "por", "te", "feuil",
              "le", "im", "mo", "bi", "lier", "di", "vi", "den", "do", "ta", "tion", "per", "li"]


def vocabulary(size: int = 3000, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    words: set[str] = set()
    while len(words) < size:
        words.add("".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(words)


VOCAB = vocabulary()


def text(seed: int, n_words: int = 160) -> str:
    """A distinct pseudo-French text: same seed, same text."""
    rng = random.Random(seed)
    words = [rng.choice(VOCAB) for _ in range(n_words)]
    sentences = [" ".join(words[i:i + 12]).capitalize() + "." for i in range(0, n_words, 12)]
    return " ".join(sentences)


def spin(original: str, share: float = 0.12, seed: int = 0) -> str:
    """Replace about `share` of the words by other words, as article spinners do with synonyms."""
    rng = random.Random(seed)
    out = []
    for word in original.split(" "):
        if rng.random() < share:
            out.append(rng.choice(VOCAB) + ("." if word.endswith(".") else ""))
        else:
            out.append(word)
    return " ".join(out)


def iso(dt: datetime) -> str:
    return dt.isoformat()


T0 = datetime(2025, 3, 3, 9, 0, tzinfo=timezone.utc)


# ---------------------------------------------------------------- item builders


def source(host: str, platform: str = "wordpress", *, crawled: bool = True, status: str = "seed",
           kind: str | None = None) -> SourceItem:
    return SourceItem(host=host, source=f"https://{host}/", seed_url=f"https://{host}/" if status == "seed" else None,
                      status=status, depth=0 if status == "seed" else 1, crawled=crawled, platform=platform,
                      kind=kind, site_name=host.split(".")[0].title(), language="fr")


def article(host: str, slug: str, body: str, published: datetime | None, *, platform: str = "wordpress",
            author: str | None = "Auteur", comments_open: bool | None = True, n_comments: int = 0) -> PageItem:
    url = f"https://{host}/{slug}/"
    return PageItem(url=url, url_raw=url, host=host, status_code=200, fetched_at=iso(T0 + timedelta(days=400)),
                    page_type="article", platform=platform, title=slug.replace("-", " "), author=author,
                    published=iso(published) if published else None, text=body, language="fr",
                    comments_open=comments_open, n_comments=n_comments, content_length=len(body))


def home(host: str, platform: str = "wordpress") -> PageItem:
    url = f"https://{host}/"
    return PageItem(url=url, url_raw=url, host=host, status_code=200, fetched_at=iso(T0), page_type="home",
                    platform=platform, text="Accueil")


def comment(page: PageItem, position: int, author: str, body: str, *, author_url: str | None = None,
            links: list[str] | None = None, published: datetime | None = None,
            by_post_author: bool | None = None) -> CommentItem:
    return CommentItem(page_url=page.url, host=page.host, position=position, author=author, author_url=author_url,
                       published=iso(published) if published else None, published_raw=None, text=body,
                       links=links or [], by_post_author=by_post_author)


def forum_post(host: str, thread: int, position: int, author: str, body: str, published: datetime) -> ForumPostItem:
    url = f"https://{host}/viewtopic.php?t={thread}"
    return ForumPostItem(thread_url=url, page_url=url, host=host, thread_title=f"Sujet {thread}", position=position,
                         post_id=f"{thread}-{position}", author=author, published=iso(published), published_raw=None,
                         text=body)


def entry(host: str, slug: str, origin: str = "feed", published: datetime | None = None,
          summary: str | None = None) -> EntryItem:
    return EntryItem(host=host, url=f"https://{host}/{slug}/", origin=origin, origin_url=f"https://{host}/feed/",
                     title=slug, published=iso(published) if published else None, summary=summary)


def link(page: PageItem, to_url: str, context: str = "content") -> LinkItem:
    to_host = to_url.split("/")[2]
    return LinkItem(from_url=page.url, from_host=page.host, to_url=to_url, to_host=to_host, context=context)


def error(host: str, path: str = "/", code: int | None = 500, slug: str = "http_500") -> ErrorItem:
    return ErrorItem(url=f"https://{host}{path}", host=host, error=slug, status_code=code, message="boom",
                     fetched_at=iso(T0))


# ---------------------------------------------------------------- a small ecosystem


def ecosystem() -> list:
    """Eleven sources, one per case the classification must get right (see test_sql_models)."""
    items: list = []
    # busy genuine newsroom: 4 original articles a day for 10 days, no comments, full-text feed
    items += [source("news.example", "news", kind="news"), home("news.example", "news")]
    news = []
    for i in range(40):
        day, slot = divmod(i, 4)
        page = article("news.example", f"actu-{i}", text(1000 + i), T0 + timedelta(days=day, hours=2 * slot),
                       platform="news", author=f"Journaliste {i % 5}", comments_open=None)
        news.append(page)
        items += [page, entry("news.example", f"actu-{i}", "feed", T0 + timedelta(days=day, hours=2 * slot),
                              summary=page.text)]
    # splog pasting the news feed two hours later
    items += [source("splog.example"), home("splog.example")]
    for i, original in enumerate(news[:36]):
        published = datetime.fromisoformat(original.published) + timedelta(hours=2)
        items.append(article("splog.example", f"copie-{i}", "Revue de presse. " + original.text, published,
                             author="admin"))
    # genuine expert blog: 12 original posts over a year, comments closed
    items += [source("expert.example", "dotclear"), home("expert.example", "dotclear")]
    expert = []
    for i in range(12):
        # a person: a post about once a month, at whatever hour suits (a scheduler would keep the minute)
        page = article("expert.example", f"analyse-{i}", text(2000 + i),
                       T0 - timedelta(days=30 * (12 - i), hours=(7 * i) % 11, minutes=(37 * i) % 60),
                       platform="dotclear", author="Claire Expert", comments_open=False)
        expert.append(page)
        items.append(page)
    # spinner rewriting the expert's posts later
    items += [source("spinner.example", "blogger"), home("spinner.example", "blogger")]
    for i, original in enumerate(expert[:8]):
        items.append(article("spinner.example", f"spin-{i}", spin(original.text, seed=i), T0 + timedelta(days=i),
                             platform="blogger", author=None))
    # lively blog: original posts, a dozen commenters, the author answers
    items += [source("lively.example"), home("lively.example")]
    for i in range(8):
        page = article("lively.example", f"billet-{i}", text(3000 + i),
                       T0 - timedelta(days=20 * i, hours=(5 * i) % 9, minutes=(23 * i) % 60),
                       author="Marc", n_comments=3)
        items.append(page)
        for j in range(3):
            items.append(comment(page, j + 1, f"Lecteur {(3 * i + j) % 14}", text(3500 + 10 * i + j, 25),
                                 published=T0 - timedelta(days=20 * i - 1)))
        items.append(comment(page, 4, "Marc", "Merci pour vos retours, je précise ce point.",
                             published=T0 - timedelta(days=20 * i - 2)))
    # blog whose comments are link spam, the same texts also posted on the lively blog
    items += [source("spam.example"), home("spam.example")]
    spam_texts = [f"Super article, allez voir mon site pour des placements garantis numero {k}" for k in range(3)]
    for i in range(6):
        page = article("spam.example", f"note-{i}", text(4000 + i), T0 - timedelta(days=7 * i), author="Bob")
        items.append(page)
        for j in range(4):
            items.append(comment(page, j + 1, f"Promo{j}", spam_texts[j % 3],
                                 author_url=f"https://casino{j}.example/", published=T0 - timedelta(days=7 * i - 1)))
    lively_page = next(x for x in items if isinstance(x, PageItem) and x.url == "https://lively.example/billet-0/")
    items.append(comment(lively_page, 9, "Promo0", spam_texts[0], author_url="https://casino0.example/"))
    # genuine forum: many members, answering when they happen to read (irregular delays)
    items += [source("forum.example", "phpbb"), home("forum.example", "phpbb")]
    delays = [0, 12, 190, 35, 610, 8, 75, 1440, 22, 300, 3, 95]  # minutes after the previous message
    for t in range(6):
        when = T0 + timedelta(days=t)
        for p in range(6):
            when += timedelta(minutes=delays[(t + p) % len(delays)])
            items.append(forum_post("forum.example", t, p + 1, f"membre{(t * 5 + p * 3) % 15}",
                                    text(5000 + 10 * t + p, 30), when))
    # fake forum: the admin opens and answers his own threads
    items += [source("fake.example", "fluxbb"), home("fake.example", "fluxbb")]
    for t in range(5):
        items.append(forum_post("fake.example", t, 1, "admin", text(6000 + t, 30), T0 + timedelta(days=t)))
        items.append(forum_post("fake.example", t, 2, f"visiteur{t}", text(6100 + t, 10), T0 + timedelta(days=t, hours=1)))
        for p in range(3, 6):
            items.append(forum_post("fake.example", t, p, "admin", text(6200 + 10 * t + p, 20),
                                    T0 + timedelta(days=t, hours=p)))
    # one-page self-promotion blog
    items += [source("promo.example"), home("promo.example")]
    promo = article("promo.example", "offre", text(7000, 80), T0, author="Vendeur")
    items.append(promo)
    items += [link(promo, f"https://shop.example/produit-{k}") for k in range(4)]
    items += [link(promo, "https://twitter.com/share")]
    # discovered but not crawled; crawled but failed
    items.append(source("later.example", crawled=False, status="discovered"))
    items += [source("down.example"), error("down.example"), error("down.example", "/feed/", 404, "http_404")]
    return items


def test_raw_tables_match_runner_schema():
    """The runner's raw DDL (ensure_raw_tables) is the loader's, with the types the models expect."""
    from ecoaudit.sqlrun import raw_table_columns

    expected = {f"raw_{name}": raw_columns(t) for t, name in ITEM_TABLES.items()}
    assert raw_table_columns() == expected
    assert expected["raw_sources"][:3] == [("run_id", "VARCHAR"), ("host", "VARCHAR"), ("source", "VARCHAR")]
    assert ("feeds", "VARCHAR[]") in expected["raw_sources"]
    assert ("crawled", "BOOLEAN") in expected["raw_sources"]
    assert ("status_code", "BIGINT") in expected["raw_pages"]


def test_add_inserts_items_into_their_raw_tables():
    con = new_db()
    add(con, "r1", [source("a.example"), home("a.example"), error("a.example")])
    assert con.execute("select run_id, host, crawled, feeds from raw_sources").fetchall() == [
        ("r1", "a.example", True, [])
    ]
    assert con.execute("select count(*) from raw_pages").fetchall() == [(1,)]
    assert con.execute("select error, status_code from raw_errors").fetchall() == [("http_500", 500)]
