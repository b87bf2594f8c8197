"""Serve the demo web on 127.0.0.1, as an HTTP forward proxy and by `Host:` header.

    with DemoServer() as srv:
        os.environ["http_proxy"] = srv.proxy_url   # http://127.0.0.1:PORT
        ...                                          # http://www.patrimoine-conseils.test/ now answers

`DemoServer(days_later=7)` serves the same web a week later (new posts, comments, replies; see `later.py`).
`DemoServer(validators=False)` sends no ETag / Last-Modified and never answers 304 Not Modified, as many
dynamic blogs and forums do (re-crawls must then infer what changed from feeds, sitemaps and listings).
The environment variable SECTORWEB_VALIDATORS=0 sets that default.

CLI: `python -m sectorweb.server --port 8765 [--days-later 7] [--no-validators]` serves until Ctrl-C.
"""
from __future__ import annotations

import argparse
import os
import threading
from email.utils import parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

from sectorweb.dates import http_date
from sectorweb.site import Site, build_site

BIND = "127.0.0.1"  # never anything else: the demo web must not be reachable from outside
VALIDATORS = ("ETag", "Last-Modified")


def validators_default() -> bool:
    """Whether the demo web sends validators (and answers 304) unless told: SECTORWEB_VALIDATORS=0 says no."""
    return os.environ.get("SECTORWEB_VALIDATORS", "1").strip().lower() not in ("0", "false", "no", "off")


def _not_modified(req_headers, headers: dict) -> bool:
    etag = headers.get("ETag")
    inm = req_headers.get("If-None-Match")
    if inm is not None:  # takes precedence over If-Modified-Since (RFC 9110 13.2.2)
        tags = {t.strip().removeprefix("W/") for t in inm.split(",")}
        return etag is not None and ("*" in tags or etag in tags)
    ims, lm = req_headers.get("If-Modified-Since"), headers.get("Last-Modified")
    if ims and lm:
        try:
            return parsedate_to_datetime(lm) <= parsedate_to_datetime(ims)
        except (TypeError, ValueError):
            return False
    return False


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def version_string(self) -> str:  # what a typical shared host says
        return "nginx"

    def date_time_string(self, timestamp=None) -> str:
        """The demo web's own "now" in the Date header, so "Aujourd'hui 10:12" means its today."""
        return http_date(self.server.site.now)

    def _answer(self, head: bool) -> None:
        target = self.path
        if target.lower().startswith("http://"):  # proxy form: GET http://host/path?q HTTP/1.1
            parts = urlsplit(target)
            host, path = parts.netloc, (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        else:
            host, path = self.headers.get("Host", ""), target
        pg = self.server.site.lookup(host, path)
        validators = self.server.validators
        if validators and pg.status == 200 and _not_modified(self.headers, pg.headers):
            self.send_response(304)
            for k in ("ETag", "Last-Modified"):
                if k in pg.headers:
                    self.send_header(k, pg.headers[k])
            self.end_headers()
            return
        self.send_response(pg.status)
        self.send_header("Content-Type", pg.content_type)
        self.send_header("Content-Length", str(len(pg.body)))
        for k, v in pg.headers.items():
            if validators or k not in VALIDATORS:
                self.send_header(k, v)
        self.end_headers()
        if not head:
            self.wfile.write(pg.body)

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        self._answer(head=False)

    def do_HEAD(self) -> None:  # noqa: N802
        self._answer(head=True)

    def _refuse(self) -> None:
        body = b"method not allowed\n"
        self.send_response(405)
        self.send_header("Allow", "GET, HEAD")
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_POST = do_PUT = do_DELETE = do_CONNECT = do_OPTIONS = _refuse

    def log_message(self, format, *args) -> None:  # quiet: no access log on stderr
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, port: int, site: Site, validators: bool = True):
        self.site = site
        self.validators = validators
        super().__init__((BIND, port), _Handler)

    def handle_error(self, request, client_address) -> None:  # a client hanging up is not news
        pass


class DemoServer:
    """The demo web on 127.0.0.1:port (port=0: a free one), served from a background thread.

    site: a `build_site(...)` result to serve (built otherwise); days_later: serve the web as it stands
    that many days after the demo's NOW (not with `site`, which carries its own `now`); validators=False:
    no ETag / Last-Modified and never 304 (None: SECTORWEB_VALIDATORS, default yes)."""

    def __init__(self, port: int = 0, site: Site | None = None, days_later: int = 0,
                 validators: bool | None = None):
        if site is not None and days_later:
            raise ValueError("give site or days_later, not both")
        self.site = site if site is not None else build_site(days_later)
        self.validators = validators_default() if validators is None else validators
        self._httpd = _Server(port, self.site, self.validators)
        self.port: int = self._httpd.server_address[1]
        self._thread: threading.Thread | None = None

    @property
    def proxy_url(self) -> str:
        return f"http://{BIND}:{self.port}"

    def start(self) -> "DemoServer":
        if self._thread is None:
            self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.1},
                                            name=f"demo-web-{self.port}", daemon=True)
            self._thread.start()
        return self

    def stop(self) -> None:
        if self._thread is not None:
            self._httpd.shutdown()
            self._thread.join()
            self._thread = None
        self._httpd.server_close()

    def __enter__(self) -> "DemoServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Serve the ecoaudit demo web on 127.0.0.1 (HTTP proxy and Host: header).")
    parser.add_argument("--port", type=int, default=8765, help="port on 127.0.0.1 (0: any free port)")
    parser.add_argument("--days-later", type=int, default=0, metavar="N",
                        help="serve the web as it stands N days after the demo's date (default 0)")
    parser.add_argument("--no-validators", action="store_true",
                        help="send no ETag / Last-Modified and never answer 304 (as many dynamic sites)")
    args = parser.parse_args(argv)
    srv = DemoServer(args.port, days_later=args.days_later,
                     validators=False if args.no_validators else None)
    print(f"Demo web ({srv.site.now:%Y-%m-%d %H:%M}) serving {len(srv.site.hosts)} hosts; proxy URL: {srv.proxy_url}",
          flush=True)
    print(f"  e.g. curl -x {srv.proxy_url} http://www.patrimoine-conseils.test/", flush=True)
    try:
        srv._httpd.serve_forever(poll_interval=0.2)
    except KeyboardInterrupt:
        pass
    finally:
        srv._httpd.server_close()


if __name__ == "__main__":
    main()
