"""Where the run-time files that are not Python modules live: the SQL models of `sql/`.

In a source checkout (or an editable install of it) `sql/` is at the repository root, beside the
`ecoaudit` package; the wheel carries a copy of it as `ecoaudit/sql` (pyproject.toml,
`[tool.hatch.build.targets.wheel.force-include]`).
"""
from __future__ import annotations

from pathlib import Path

from ecoaudit.errors import EcoauditError

PACKAGE_DIR = Path(__file__).resolve().parent


def source_root() -> Path | None:
    """The repository root when this package runs from a source checkout (or an editable install),
    None when it runs from an installed wheel."""
    root = PACKAGE_DIR.parent
    if (root / "pyproject.toml").is_file() and (root / "sql").is_dir():
        return root
    return None


def sql_dir() -> Path:
    """The SQL folder (models, macros, seeds, audits, calibration): the repository's `sql/` in a source
    checkout, else the copy inside the installed package."""
    root = source_root()
    candidates = ([root / "sql"] if root else []) + [PACKAGE_DIR / "sql"]
    for path in candidates:
        if path.is_dir():
            return path
    tried = ", ".join(str(p) for p in [PACKAGE_DIR.parent / "sql", PACKAGE_DIR / "sql"])
    raise EcoauditError(f"SQL models not found (looked in {tried}): reinstall ecoaudit from a complete wheel "
                        "or run it from the repository")
