"""The installable package (issue 12): the wheel carries sql/, the templates and the suites, and once
installed in a fresh venv `ecoaudit demo` runs from any folder, without the repository."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
UV = shutil.which("uv")
# what uv says when it cannot reach the package index
OFFLINE_MARKS = ("failed to fetch", "dns error", "connection refused", "could not connect", "network",
                 "timed out", "offline", "error sending request", "tcp connect error")

pytestmark = pytest.mark.skipif(UV is None, reason="uv is not installed: cannot build the wheel")


def _run(cmd, timeout, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([str(c) for c in cmd], capture_output=True, text=True, timeout=timeout, **kw)


def _clean_env(**extra) -> dict[str, str]:
    """The environment of a user outside the repository: no PYTHONPATH, no active venv."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")}
    env["UV_PYTHON_DOWNLOADS"] = "never"
    env.update(extra)
    return env


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    started = time.perf_counter()
    proc = _run([UV, "build", "--wheel", "--no-build-logs", "-o", out, ROOT], timeout=600, cwd=out,
                env=_clean_env())
    assert proc.returncode == 0, proc.stderr[-3000:]
    (whl,) = out.glob("ecoaudit-*.whl")
    print(f"\nwheel built in {time.perf_counter() - started:.1f} s: {whl.name} ({whl.stat().st_size // 1024} KiB)")
    return whl


def _repo_sql_files() -> set[str]:
    return {p.relative_to(ROOT).as_posix() for p in (ROOT / "sql").rglob("*")
            if p.is_file() and "__pycache__" not in p.parts and not p.name.endswith(".pyc")}


def check_wheel_contents(whl: Path) -> None:
    names = set(zipfile.ZipFile(whl).namelist())
    shipped = {n.removeprefix("ecoaudit/") for n in names if n.startswith("ecoaudit/sql/")}
    missing = _repo_sql_files() - shipped
    assert not missing, f"sql files missing from the wheel: {sorted(missing)[:10]}"
    for layer in ("staging", "intermediate", "marts"):
        assert any(n.startswith(f"ecoaudit/sql/{layer}/") and n.endswith(".sql") for n in names), layer
    assert {"ecoaudit/sql/seeds/rules.csv", "ecoaudit/sql/seeds/params.csv",
            "ecoaudit/sql/calibration/priors.csv"} <= names
    assert not any(n.startswith("sql/") for n in names), "no top-level sql folder in site-packages"
    # the other files read at run time
    assert "reports/templates/report.html.j2" in names
    suites = {p.name for p in (ROOT / "expectations" / "suites").glob("*.json")}
    assert suites and {f"expectations/suites/{s}" for s in suites} <= names
    assert "sectorweb/labels.csv" in names
    assert "ecoaudit/resources.py" in names
    for data in (ROOT / "reports").glob("*.csv"):  # e.g. stopwords.csv, if it lives there
        assert f"reports/{data.name}" in names
    assert not any("__pycache__" in n or n.endswith(".pyc") for n in names)


def test_wheel_carries_the_sql_models_templates_and_suites(wheel):
    check_wheel_contents(wheel)


@pytest.mark.e2e
def test_installed_wheel_runs_the_demo_from_another_folder(wheel, tmp_path):
    check_wheel_contents(wheel)
    venv, elsewhere = tmp_path / "venv", tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = _clean_env()
    timings = {}

    started = time.perf_counter()
    proc = _run([UV, "venv", "--python", sys.executable, venv], timeout=300, cwd=elsewhere, env=env)
    assert proc.returncode == 0, proc.stderr[-3000:]
    python = venv / "bin" / "python"
    # the locked versions (as `make demo` installs them), resolved from the registry or uv's cache
    constraints = tmp_path / "constraints.txt"
    proc = _run([UV, "export", "--frozen", "--no-dev", "--no-hashes", "--no-emit-project", "--no-header",
                 "-o", constraints], timeout=300, cwd=ROOT, env=env)
    assert proc.returncode == 0, proc.stderr[-3000:]
    proc = _run([UV, "pip", "install", "--python", python, "-c", constraints, wheel], timeout=900,
                cwd=elsewhere, env=env)
    if proc.returncode != 0 and any(m in proc.stderr.lower() for m in OFFLINE_MARKS):
        pytest.skip(f"package registry unreachable, cannot install the wheel's dependencies: "
                    f"{' '.join(proc.stderr.split())[-300:]}")
    assert proc.returncode == 0, proc.stderr[-3000:]
    timings["venv + install"] = time.perf_counter() - started

    # the installed copies are the ones imported, not the repository's
    proc = _run([python, "-c", "import ecoaudit, spiders, reports, expectations, flows; "
                 "from ecoaudit.resources import sql_dir; "
                 "print(ecoaudit.__file__); print(spiders.__file__); print(sql_dir())"],
                timeout=300, cwd=elsewhere, env=env)
    assert proc.returncode == 0, proc.stderr[-3000:]
    for line in proc.stdout.split():
        assert Path(line).is_relative_to(venv.resolve()) or Path(line).is_relative_to(venv), line
        assert not Path(line).is_relative_to(ROOT), line
    assert proc.stdout.split()[-1].endswith(os.path.join("ecoaudit", "sql"))

    started = time.perf_counter()
    ws = tmp_path / "ws"
    proc = _run([venv / "bin" / "ecoaudit", "demo", "--workspace", ws], timeout=1800, cwd=elsewhere, env=env)
    timings["ecoaudit demo"] = time.perf_counter() - started
    print("\n" + ", ".join(f"{k}: {v:.0f} s" for k, v in timings.items()))
    assert proc.returncode == 0, f"exit {proc.returncode}\n{proc.stdout[-2000:]}\n{proc.stderr[-4000:]}"
    last = [line.strip() for line in proc.stdout.strip().splitlines()[-3:]]
    assert [Path(p).name for p in last] == ["report.html", "sources.xlsx", "sources.csv"], proc.stdout[-2000:]
    for p in last:
        assert Path(p).is_file() and Path(p).stat().st_size > 0, p
        assert Path(p).resolve().is_relative_to(ws.resolve()), p


def test_subprocesses_get_the_repository_on_pythonpath_only_in_a_checkout(monkeypatch):
    from ecoaudit.resources import source_root
    from spiders.launch import crawl_env

    monkeypatch.setenv("PYTHONPATH", "/elsewhere")
    assert source_root() == ROOT
    assert crawl_env()["PYTHONPATH"].split(os.pathsep) == [str(ROOT), "/elsewhere"]
