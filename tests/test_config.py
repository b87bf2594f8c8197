"""Audit TOML validation: every mistake is one line naming the file, key and value."""
from pathlib import Path

import pytest

from ecoaudit.config import load_config, read_seeds_file, slugify
from ecoaudit.errors import ConfigError

GOOD = """
[client]
name = "Cabinet Exemple"
language = "fr"

[sources]
seeds = ["http://www.example-blog.test/"]

[crawl]
max_pages_per_source = 50
since = 2010-01-01
"""


def write(tmp_path: Path, text: str, name="audit.toml") -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_good_config_loads_with_defaults(tmp_path):
    cfg = load_config(write(tmp_path, GOOD))
    assert cfg.client.name == "Cabinet Exemple"
    assert cfg.crawl.max_pages_per_source == 50
    assert cfg.crawl.delay_seconds == 1.0 and cfg.crawl.obey_robots is True
    assert str(cfg.crawl.since) == "2010-01-01"
    assert cfg.seed_urls() == ["http://www.example-blog.test/"]
    assert cfg.slug == "cabinet-exemple"


@pytest.mark.parametrize(
    "text, expected",
    [
        (GOOD.replace('language = "fr"', 'language = "fr"\ncolour = "blue"'), ["audit.toml:5", "client.colour"]),
        (GOOD.replace("max_pages_per_source = 50", 'max_pages_per_source = "lots"'), ["audit.toml:10", "crawl.max_pages_per_source", "'lots'"]),
        (GOOD.replace('name = "Cabinet Exemple"\n', ""), ["missing", "client.name"]),
        (GOOD.replace("http://www.example-blog.test/", "www.nope"), ["audit.toml:7", "sources.seeds[0]", "www.nope"]),
        ("[client\nname='x'", ["invalid TOML", "line 1"]),
        (GOOD + "\n[extra]\nx = 1\n", ["unknown key", "extra"]),
    ],
)
def test_bad_config_is_one_precise_line(tmp_path, text, expected):
    with pytest.raises(ConfigError) as e:
        load_config(write(tmp_path, text))
    msg = str(e.value)
    assert "\n" not in msg
    assert str(tmp_path / "audit.toml") in msg
    for part in expected:
        assert part in msg, msg


def test_seeds_file_errors_name_the_line(tmp_path):
    write(tmp_path, "url\nhttp://a.test/\n\nnot a url\n", "seeds.csv")
    with pytest.raises(ConfigError, match=r"seeds.csv: line 4: url = 'not a url'"):
        read_seeds_file(tmp_path / "seeds.csv")
    write(tmp_path, "address\nhttp://a.test/\n", "seeds.csv")
    with pytest.raises(ConfigError, match="column `url`"):
        read_seeds_file(tmp_path / "seeds.csv")


def test_seeds_file_merged_and_deduplicated(tmp_path):
    write(tmp_path, "url\n# a comment\nhttp://b.test/\nhttp://www.example-blog.test/\n", "seeds.csv")
    cfg = load_config(write(tmp_path, GOOD.replace("[crawl]", 'seeds_file = "seeds.csv"\n\n[crawl]')))
    assert cfg.seed_urls() == ["http://www.example-blog.test/", "http://b.test/"]


def test_missing_file_and_slug():
    with pytest.raises(ConfigError, match="file not found"):
        load_config("/nonexistent/audit.toml")
    assert slugify("Cabinet Démo & Fils") == "cabinet-demo-fils"


def test_default_user_agent_names_ecoaudit_and_no_browser_engine(tmp_path):
    """Forums such as Discourse send their server-rendered posts to crawlers and an empty JavaScript
    shell to anything naming a browser engine (its `non_crawler_user_agents`): the default must not."""
    from spiders.job import CrawlJob

    cfg = load_config(write(tmp_path, GOOD + 'contact_url = "https://cabinet.example/crawler"\n'))
    ua = CrawlJob.from_config(cfg, items_dir=str(tmp_path)).user_agent
    assert "ecoaudit/" in ua and "+https://cabinet.example/crawler" in ua
    for engine in ("trident", "webkit", "gecko", "chrome", "safari", "msie", "opera", "goanna"):
        assert engine not in ua.lower()
