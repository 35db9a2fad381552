"""PostgreSQL for tests: a cluster to create throwaway databases in.

- CASELOAD_TEST_PG_URL set (e.g. postgresql://user:pw@host:5432/postgres): use that server.
- else PostgreSQL binaries in /usr/lib/postgresql/*/bin: a private cluster in a temporary
  directory (as root, initdb and pg_ctl run as the postgres user), TCP on 127.0.0.1 only,
  trust authentication, fsync off; removed at the end.
- else: no PostgreSQL; tests that need it are skipped.
"""

from __future__ import annotations

import atexit
import glob
import os
import shutil
import subprocess
import tempfile
import uuid
from pathlib import Path

import psycopg

from server.db import make_engine, migrate
from tests.server.live import free_port

ENV_URL = "CASELOAD_TEST_PG_URL"


def pg_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=_version)
    return Path(found[-1]).parent if found else None


def _version(path: str) -> int:
    part = Path(path).parts[-3]
    return int(part) if part.isdigit() else 0


class PgCluster:
    """Creates and drops databases on an admin connection URL (libpq form).

    Test databases are copies of a template migrated once (copying is ~10x faster than
    creating and migrating each time)."""

    def __init__(self, admin_url: str, owned_dir: Path | None = None) -> None:
        self.admin_url, self.owned_dir = admin_url, owned_dir
        self.template: str | None = None

    def create_database(self) -> str:
        """A fresh, migrated database; returns its SQLAlchemy URL (postgresql+psycopg://)."""
        if self.template is None:
            self.template = self._create("caseload_template", None)
            engine = make_engine(self._url(self.template))
            migrate(engine)
            engine.dispose()
        return self._url(self._create("caseload_test", self.template))

    def _create(self, prefix: str, template: str | None) -> str:
        name = f"{prefix}_{uuid.uuid4().hex[:12]}"
        statement = f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else "")
        with psycopg.connect(self.admin_url, autocommit=True) as connection:
            try:  # FILE_COPY (PostgreSQL 15+) skips WAL-logging every block of the copy
                connection.execute(statement + " STRATEGY = FILE_COPY")
            except psycopg.errors.SyntaxError:
                connection.execute(statement)
        return name

    def _url(self, name: str) -> str:
        return _with_database(self.admin_url, name).replace(
            "postgresql://", "postgresql+psycopg://", 1
        )

    def drop_database(self, sqlalchemy_url: str) -> None:
        name = sqlalchemy_url.rsplit("/", 1)[1].split("?")[0]
        with psycopg.connect(self.admin_url, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        """Idempotent: the fixture calls it, and atexit again should the session be cut."""
        if self.template is not None:
            template, self.template = self.template, None
            self.drop_database(self._url(template))
        if self.owned_dir is None:
            return
        _as_postgres([str(pg_bin() / "pg_ctl"), "-D", str(self.owned_dir / "data"), "-m",
                      "immediate", "-w", "stop"], check=False)  # fmt: skip
        shutil.rmtree(self.owned_dir, ignore_errors=True)
        self.owned_dir = None


def _with_database(url: str, name: str) -> str:
    base, _, rest = url.rpartition("/")
    query = rest.partition("?")[2]
    return f"{base}/{name}" + (f"?{query}" if query else "")


def start_cluster() -> PgCluster | None:
    if os.environ.get(ENV_URL):
        return PgCluster(os.environ[ENV_URL].replace("postgresql+psycopg://", "postgresql://"))
    binaries = pg_bin()
    if binaries is None:
        return None
    root = Path(tempfile.mkdtemp(prefix="caseload-pg-"))
    data, port = root / "data", free_port()
    if os.geteuid() == 0:
        shutil.chown(root, "postgres", "postgres")
    _as_postgres([str(binaries / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres",
                  "--no-sync", "-E", "UTF8"])  # fmt: skip
    options = (
        f"-c listen_addresses=127.0.0.1 -p {port} -k {root} -c fsync=off -c full_page_writes=off"
    )
    _as_postgres([str(binaries / "pg_ctl"), "-D", str(data), "-o", options, "-l",
                  str(root / "log"), "-w", "start"])  # fmt: skip
    cluster = PgCluster(f"postgresql://postgres@127.0.0.1:{port}/postgres", owned_dir=root)
    atexit.register(cluster.stop)
    return cluster


def _as_postgres(command: list[str], check: bool = True) -> None:
    """initdb refuses to run as root: as root, run it as the postgres user."""
    if os.geteuid() == 0:
        command = ["runuser", "-u", "postgres", "--", *command]
    subprocess.run(command, check=check, capture_output=True, timeout=120)


def pg_dump(sqlalchemy_url: str) -> bytes | None:
    """A plain-text dump of the database, or None without pg_dump."""
    tool = shutil.which("pg_dump") or (str(pg_bin() / "pg_dump") if pg_bin() else None)
    if tool is None:
        return None
    url = sqlalchemy_url.replace("postgresql+psycopg://", "postgresql://", 1)
    return subprocess.run([tool, "--no-owner", url], check=True, capture_output=True).stdout
