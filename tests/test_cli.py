"""The command line: exit codes and one-line errors (no Prefect needed for these paths)."""
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def ecoaudit(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "ecoaudit.cli", *map(str, args)],
                          capture_output=True, text=True, cwd=cwd or ROOT, timeout=120)


def test_init_creates_a_valid_workspace(tmp_path):
    r = ecoaudit("init", tmp_path / "durand", "--client", 'Cabinet "Durand"')
    assert r.returncode == 0, r.stderr
    toml = tmp_path / "durand" / "audit.toml"
    assert toml.exists() and (tmp_path / "durand" / "seeds.csv").read_text() == "url\n"
    from ecoaudit.config import load_config

    assert load_config(toml).client.name == 'Cabinet "Durand"'
    again = ecoaudit("init", tmp_path / "durand", "--client", "X")
    assert again.returncode == 2 and "already exists" in again.stderr


def test_run_with_bad_config_exits_2_with_one_line(tmp_path):
    bad = tmp_path / "audit.toml"
    bad.write_text('[client]\nname = "X"\n[crawl]\ndelay_seconds = "slow"\n', encoding="utf-8")
    r = ecoaudit("run", bad)
    assert r.returncode == 2
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and "audit.toml:4" in lines[0] and "crawl.delay_seconds" in lines[0], r.stderr
    assert not (tmp_path / "x").exists()  # nothing created for a config that failed


def test_run_without_seeds_and_malformed_toml(tmp_path):
    toml = tmp_path / "audit.toml"
    toml.write_text('[client]\nname = "X"\n', encoding="utf-8")
    r = ecoaudit("run", toml)
    assert r.returncode == 2 and "no seeds" in r.stderr
    toml.write_text('[client\nname = "X"\n', encoding="utf-8")
    r = ecoaudit("run", toml)
    assert r.returncode == 2 and "invalid TOML" in r.stderr and len(r.stderr.strip().splitlines()) == 1


def test_usage_error_exits_2():
    r = ecoaudit("run")
    assert r.returncode == 2
    r = ecoaudit("run", "x.toml", "--run-id", "../../etc")
    assert r.returncode == 2 and "--run-id" in r.stderr
