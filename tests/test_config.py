"""Audit TOML validation: every mistake is one line naming the file, key and value."""
from pathlib import Path

import pytest

from ecoaudit.config import check_client_name, check_url, load_config, read_seeds_file, slugify
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


@pytest.mark.parametrize("name, cause", [
    ('"Cabinet\\nDurand"', "control characters"),
    ('"Cabinet\\tDurand"', "control characters"),
    ('"Cabinet\\u2028Durand"', "control characters"),
    ('"   "', "blank"),
    ('""', "at least 1 character"),
])
def test_client_name_refuses_blank_and_control_characters(tmp_path, name, cause):
    with pytest.raises(ConfigError) as e:
        load_config(write(tmp_path, GOOD.replace('"Cabinet Exemple"', name)))
    msg = str(e.value)
    assert "\n" not in msg and f"{tmp_path / 'audit.toml'}:3" in msg and "client.name" in msg and cause in msg


def test_check_client_name():
    assert check_client_name("  Cabinet Démo & Fils ") == "Cabinet Démo & Fils"
    assert check_client_name('Cabinet "Le Sud" \\ fils') == 'Cabinet "Le Sud" \\ fils'
    for bad, cause in (("Cabinet\nDurand", "control characters"), ("a\tb", "control characters"),
                       ("a\x00b", "control characters"), ("", "blank"), (" \u3000 ", "blank")):
        with pytest.raises(ConfigError) as e:
            check_client_name(bad)
        assert "\n" not in str(e.value) and cause in str(e.value) and str(e.value).startswith("--client ")


@pytest.mark.parametrize("url, cause", [
    ("http://www.example-blog.test:99999/", "Port out of range"),
    ("http://www.example-blog.test:0/", "invalid port"),
    ("http://www.example-blog.test:8o/", "Port could not be cast"),
    ("http://:80/", "not an absolute"),
    ("http://exa mple.test/", "whitespace"),
    ("http://www.example-blog.test/\tpage", "control character"),
    ("http://a..test/", "invalid host"),
    ("http://a.test%0a/", "invalid host"),
    ("http://[::1/", "Invalid IPv6"),
    ("http://[zz]/", "not an absolute"),
])
def test_seeds_with_a_malformed_authority_are_refused(tmp_path, url, cause):
    with pytest.raises(ValueError, match="not an absolute http"):
        check_url(url)
    with pytest.raises(ValueError) as e:
        check_url(url)
    assert cause in str(e.value)
    text = GOOD.replace('"http://www.example-blog.test/"', f'"{url}"'.replace("\t", "\\t"))
    with pytest.raises(ConfigError) as e:
        load_config(write(tmp_path, text))
    assert f"{tmp_path / 'audit.toml'}:7" in str(e.value) and "sources.seeds[0]" in str(e.value)
    write(tmp_path, f"url\nhttp://a.test/\n{url}\n", "seeds.csv")
    with pytest.raises(ConfigError, match=r"seeds.csv: line 3: url = "):
        read_seeds_file(tmp_path / "seeds.csv")


@pytest.mark.parametrize("url", ["http://localhost:8000/", "https://www.example.fr:8443/a?b=c",
                                 "http://[::1]:8080/", "http://127.0.0.1/", "http://café.test/",
                                 " http://a.test/ ", "http://a.test:/"])
def test_good_seeds_still_pass(url):
    assert check_url(url) == url.strip()


def test_a_seeds_file_line_says_why_its_url_is_refused(tmp_path):
    from ecoaudit.config import read_seeds_file

    seeds = tmp_path / "seeds.csv"
    seeds.write_text("url\nhttp://a.test/\nhttp://b.test:99999/\n", encoding="utf-8")
    with pytest.raises(ConfigError) as e:
        read_seeds_file(seeds)
    assert f"{seeds}: line 3: " in str(e.value) and "port" in str(e.value).lower()
