"""`caseload-server serve`: uvicorn over TLS 1.2+ (plain HTTP only for loopback development)."""

from __future__ import annotations

import datetime as dt
import logging
import ssl
from collections.abc import Callable
from typing import Any

from server.config import Settings
from server.tls import is_loopback, not_after

log = logging.getLogger("caseload.server")
# Long enough for every laptop to sync at least once during a rotation's overlap.
ROTATE_WARNING = dt.timedelta(days=60)


class ServeError(Exception):
    """A refused configuration (insecure HTTP off loopback, missing certificate)."""


def check(settings: Settings) -> None:
    if settings.dev_insecure_http:
        if not is_loopback(settings.host):
            raise ServeError(
                f"--dev-insecure-http serves plain HTTP and is allowed only on a loopback address "
                f"(127.0.0.1, ::1, localhost), not {settings.host!r}"
            )
        return
    for path in (settings.cert_file, settings.key_file):
        if not path.exists():
            raise ServeError(f"TLS file {path} is missing (run init, or pass --cert and --key)")


def warn_if_expiring(settings: Settings) -> None:
    """Logged at every start: an expired certificate strands every laptop at once, and
    only a rotation started weeks ahead lets them follow without a re-pin."""
    left = not_after(settings.cert_file) - dt.datetime.now(dt.UTC)
    if left < ROTATE_WARNING:
        log.warning(
            "the TLS certificate expires in %d days: run `caseload-server tls rotate` now, "
            "then `tls activate` once every laptop has synced",
            max(left.days, 0),
        )


def tls_context(_config: Any, default: Callable[[], ssl.SSLContext]) -> ssl.SSLContext:
    """uvicorn's context, with TLS 1.2 as the floor whatever the Python default."""
    context = default()
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


def run(settings: Settings) -> None:
    check(settings)
    import uvicorn  # here, not at the top: the admin commands never need the web stack

    from server.app import create_app

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    options: dict[str, Any] = {}
    if not settings.dev_insecure_http:
        warn_if_expiring(settings)
        options = {
            "ssl_certfile": str(settings.cert_file),
            "ssl_keyfile": str(settings.key_file),
            "ssl_context_factory": tls_context,
        }
    config = uvicorn.Config(
        create_app(settings),
        host=settings.host,
        port=settings.port,
        proxy_headers=False,  # client addresses feed the rate limits: never trust a header
        server_header=False,
        timeout_graceful_shutdown=5,
        **options,
    )
    uvicorn.Server(config).run()
