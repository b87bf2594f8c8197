"""`ecoaudit demo`: serve the bundled demo web on 127.0.0.1 and audit it like a client's."""
from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path

DEMO_CLIENT = "Cabinet Démo Patrimoine"

DEMO_TOML = '''# The demo audit: a synthetic French wealth-management web served on 127.0.0.1.
[client]
name = "{client}"
language = "{language}"
sector = "gestion de patrimoine"

[sources]
seeds_file = "seeds.csv"

[crawl]
max_pages_per_source = {max_pages}
delay_seconds = 0.0          # the demo server is local; real audits keep 1.0 or more
obey_robots = true
discover = true
discover_depth = 1
prospect_top = {prospect_top}

[themes]
"assurance vie" = ["assurance vie", "assurance-vie"]
"immobilier" = ["scpi", "immobilier", "pinel", "locatif"]
"fiscalité" = ["impôt", "fiscalité", "défiscalisation", "ifi"]
"retraite" = ["retraite", "per "]

[brands]
client = ["{client}"]
competitors = ["Patrimoine Plus", "Conseil Avenir"]
'''


def write_demo_config(directory: Path, language: str = "fr", max_pages: int = 80,
                      seeds: list[str] | None = None, prospect_top: int = 0) -> Path:
    """Write the demo audit.toml and seeds.csv (default: the demo web's seeds) into `directory`;
    return the TOML path. `prospect_top`: also crawl the previous run's N best prospects."""
    from sectorweb.labels import demo_seeds

    directory.mkdir(parents=True, exist_ok=True)
    seeds = demo_seeds() if seeds is None else seeds
    (directory / "seeds.csv").write_text("url\n" + "\n".join(seeds) + "\n", encoding="utf-8")
    toml = directory / "audit.toml"
    toml.write_text(DEMO_TOML.format(client=DEMO_CLIENT, language=language, max_pages=max_pages,
                                    prospect_top=prospect_top),
                    encoding="utf-8")
    return toml


def proxy_env(proxy_url: str) -> dict[str, str]:
    """Route the crawl through the demo server, as a corporate proxy would be set: no no_proxy
    (ecoaudit keeps its own local services off the proxy by itself)."""
    return {"http_proxy": proxy_url, "HTTP_PROXY": proxy_url,
            "https_proxy": proxy_url, "HTTPS_PROXY": proxy_url}


@contextmanager
def through_proxy(proxy_url: str):
    """This process's crawls go through `proxy_url` (the demo server) while the block runs; the
    environment is as it was afterwards."""
    saved = {k: os.environ.get(k) for k in proxy_env("")}
    os.environ.update(proxy_env(proxy_url))
    try:
        yield
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def demo_audit(workspace: Path, run_id: str | None = None, language: str = "fr",
               days_later: int = 0, console=None, validators: bool | None = None, prospect_top: int = 0):
    """Start the demo server, write the demo config, run the audit flow, stop the server.

    `days_later` serves the demo web as it stands that many days later (new posts,
    comments and replies), to show what a scheduled re-crawl finds. `validators=False` serves it
    without ETag / Last-Modified and never 304, as many dynamic sites (None: SECTORWEB_VALIDATORS).
    """
    return serve_and_audit(workspace, None, None, run_id, language, days_later, console=console,
                           validators=validators, prospect_top=prospect_top)


def serve_and_audit(workspace: Path, site=None, seeds: list[str] | None = None, run_id: str | None = None,
                    language: str = "fr", days_later: int = 0, console=None,
                    validators: bool | None = None, prospect_top: int = 0):
    """Serve `site` (default: the demo web, `days_later`) on 127.0.0.1 and audit `seeds` through it."""
    from sectorweb.server import DemoServer

    workspace = Path(workspace).resolve()
    toml = write_demo_config(workspace, language=language, seeds=seeds, prospect_top=prospect_top)
    with DemoServer(site=site, days_later=days_later, validators=validators) as server:
        from .runner import run_audit

        with through_proxy(server.proxy_url):
            return run_audit(toml, workspace, run_id, console=console)


def eval_audit(workspace, run_id: str | None = None, seed: int | None = None, markup_set: str | None = None,
               prospect_top: int = 0):
    """Serve the evaluation web (`sectorweb.evaluation`, draw `seed`) on 127.0.0.1 and run a whole audit
    of its seeds in `workspace`."""
    from sectorweb.evaluation import SEED, build_eval_site, eval_seeds

    seed = SEED if seed is None else seed
    return serve_and_audit(workspace, build_eval_site(seed, markup_set), eval_seeds(seed, markup_set), run_id,
                           prospect_top=prospect_top)
