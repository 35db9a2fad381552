"""Server settings: one data directory holds server.json, the keys, the TLS files and (by
default) the SQLite database. `caseload-server init` writes server.json; `serve` and the admin
commands read it, and command-line options override it."""

from __future__ import annotations

import dataclasses
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from app.core.hlc import DEFAULT_MAX_SKEW_MS

CONFIG_FILE = "server.json"
CursorMode = Literal["fenced", "naive"]
# Settings that are paths in the dataclass but text in server.json.
_PATH_FIELDS = ("cert_path", "key_path")
# Never persisted: the data directory is where server.json lives.
_NOT_SAVED = ("data_dir",)


@dataclass
class Settings:
    data_dir: Path
    database_url: str | None = None  # None: SQLite file DATA/server.db
    host: str = "127.0.0.1"  # address uvicorn binds
    port: int = 8443
    public_url: str | None = None  # what enrollment codes point at; default from host/port
    cert_path: Path | None = None  # None: DATA/tls/cert.pem
    key_path: Path | None = None  # None: DATA/tls/key.pem
    dev_insecure_http: bool = False
    enroll_code_ttl_s: int = 900
    horizon_days: int = 180
    # Per client IP: failed bearer authentications, and enrollment attempts, per window.
    auth_rate_limit: int = 20
    enroll_rate_limit: int = 10
    rate_window_s: float = 60.0
    max_skew_ms: int = DEFAULT_MAX_SKEW_MS
    # "naive" (cursor = position only, no snapshot fence) exists ONLY as the negative control
    # of the concurrency test, which shows it skipping rows on PostgreSQL. Never deploy it.
    cursor_mode: CursorMode = "fenced"
    daily_sync_time: str | None = None  # "HH:MM": every laptop syncs by itself then (/v1/info)
    max_idle_lock_minutes: int = 15  # the longest idle lock a worker may choose (/v1/info)
    extra: dict[str, Any] = field(default_factory=dict)  # unknown server.json keys, kept

    def __post_init__(self) -> None:
        self.data_dir = Path(self.data_dir)
        if not 1 <= self.max_idle_lock_minutes <= 24 * 60:  # /v1/info could not answer it
            raise ValueError("max_idle_lock_minutes must be from 1 to 1440")
        for name in _PATH_FIELDS:
            value = getattr(self, name)
            if value is not None:
                setattr(self, name, Path(value))

    @property
    def config_file(self) -> Path:
        return self.data_dir / CONFIG_FILE

    @property
    def sqlalchemy_url(self) -> str:
        return self.database_url or f"sqlite:///{self.data_dir / 'server.db'}"

    @property
    def cert_file(self) -> Path:
        return self.cert_path or self.data_dir / "tls" / "cert.pem"

    @property
    def key_file(self) -> Path:
        return self.key_path or self.data_dir / "tls" / "key.pem"

    @property
    def data_key_file(self) -> Path:
        return self.data_dir / "keys" / "data.key"

    @property
    def url(self) -> str:
        """The URL devices use: public_url, else built from the bind address."""
        if self.public_url:
            return self.public_url.rstrip("/")
        scheme = "http" if self.dev_insecure_http else "https"
        host = "localhost" if self.host in ("0.0.0.0", "::", "") else self.host
        host = f"[{host}]" if ":" in host else host
        return f"{scheme}://{host}:{self.port}"

    @classmethod
    def load(cls, data_dir: Path | str, **overrides: Any) -> Settings:
        """Settings from DATA/server.json, then `overrides` (None values are ignored)."""
        data_dir = Path(data_dir)
        path = data_dir / CONFIG_FILE
        if not path.exists():
            raise FileNotFoundError(
                f"{path} not found: run `caseload-server init --data {data_dir}`"
            )
        stored = json.loads(path.read_text())
        known = {f.name for f in dataclasses.fields(cls)}
        values = {k: v for k, v in stored.items() if k in known and k not in _NOT_SAVED}
        extra = {k: v for k, v in stored.items() if k not in known}
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(data_dir=data_dir, extra=extra, **values)

    def save(self) -> None:
        """Write server.json (0600: it may hold a database URL with a password)."""
        self.data_dir.mkdir(parents=True, exist_ok=True)
        values = {**self.extra, **dataclasses.asdict(self)}
        for name in (*_NOT_SAVED, "extra"):
            values.pop(name, None)
        for name in _PATH_FIELDS:
            values[name] = str(values[name]) if values[name] is not None else None
        temp = self.config_file.with_suffix(".tmp")
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as handle:
            json.dump(values, handle, indent=2, sort_keys=True)
            handle.write("\n")
        os.replace(temp, self.config_file)
