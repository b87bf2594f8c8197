"""The bundled demo sector web: a synthetic French wealth-management web, its labels and its server.

- `build_site()` renders every page once (deterministic, no network); `build_site(days_later=7)` renders
  the same web a week later, and `new_since(old, new)` lists what appeared or changed in between;
- `DemoServer` serves it on 127.0.0.1 as an HTTP forward proxy and by `Host:`;
- `sectorweb.labels`: `labels()` (ground truth, as in labels.csv) and `demo_seeds()`.
"""
from __future__ import annotations

# `labels` is a submodule (sectorweb.labels.labels()), so it is not re-exported here.
__all__ = ["Site", "build_site", "new_since", "demo_seeds", "DemoServer"]

_WHERE = {"Site": "site", "build_site": "site", "new_since": "site", "demo_seeds": "labels",
          "DemoServer": "server"}


def __getattr__(name: str):
    # Lazy, so importing one submodule (or running `-m sectorweb.server`) stays light.
    if name in _WHERE:
        import importlib

        return getattr(importlib.import_module(f"sectorweb.{_WHERE[name]}"), name)
    raise AttributeError(name)
