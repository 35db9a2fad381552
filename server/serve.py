"""`caseload-server serve`: uvicorn over TLS 1.2+ (plain HTTP only for loopback development)."""

from __future__ import annotations

import logging
import ssl
from collections.abc import Callable
from typing import Any

from server.config import Settings
from server.tls import is_loopback


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
