"""The bundled demo sector web: a synthetic French wealth-management web, its labels and its server.

- `build_site()` renders every page once (deterministic, no network);
- `DemoServer` serves it on 127.0.0.1 as an HTTP forward proxy and by `Host:`;
- `labels()` / `demo_seeds()` give the ground truth and the seed URLs.
"""
from __future__ import annotations

from ecoaudit.demo.site import Site, build_site
from ecoaudit.demo.sources import demo_seeds, labels

__all__ = ["Site", "build_site", "demo_seeds", "labels", "DemoServer"]


def __getattr__(name: str):
    # Imported lazily so `python -m ecoaudit.demo.server` does not import the module twice.
    if name == "DemoServer":
        from ecoaudit.demo.server import DemoServer

        return DemoServer
    raise AttributeError(name)
