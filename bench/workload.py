"""Workloads and the plaintext twin of the vault.

`client_rows` makes realistic, deterministic client field values (invented people only), so
the encrypted and the plaintext side insert exactly the same data.

`PlaintextVault` is the baseline for "encrypted vs plaintext, same workload": a `Vault` whose
engine opens an unencrypted SQLite file. Everything else is inherited, so sessions, the outbox
hook, the clock, the actor and the schema (the same Alembic migration, triggers included) are
the vault's own code; only the connection differs (no key, no cipher settings).
"""

from __future__ import annotations

import random
import threading
from datetime import date, timedelta
from pathlib import Path
from time import perf_counter
from types import ModuleType
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.orm import sessionmaker
from sqlalchemy.pool import QueuePool

from app.core.ids import uuid7
from app.models import Client
from app.store import lifecycle, outbox, process_lock
from app.store.engine import PLAINTEXT_MAGIC, RUNTIME_PRAGMAS
from app.store.migrate import migrate
from app.store.secrets import SecretBytes
from app.store.vault import ProfilePaths, Vault

FIRST = [
    "Amara",
    "Luis",
    "Mei",
    "Fatima",
    "Dmitri",
    "Grace",
    "Sofia",
    "Kwame",
    "Aisha",
    "Jorge",
    "Hannah",
    "Tomasz",
    "Ravi",
    "Marisol",
    "Yusuf",
    "Olena",
    "Samuel",
    "Ana",
    "Hiroshi",
    "Margaret",
    "Ji-woo",
    "Abdi",
    "Daniel",
    "Precious",
    "Linh",
    "Charlotte",
]
LAST = [
    "Okafor",
    "Hernández",
    "Chen",
    "Haddad",
    "Volkov",
    "Whitfield",
    "Rossi",
    "Mensah",
    "Rahman",
    "Castillo",
    "Novak",
    "Kowalski",
    "Shankar",
    "Ortega",
    "Demir",
    "Shevchenko",
    "Adeyemi",
    "Pereira",
    "Tanaka",
    "O'Neill",
    "Park",
    "Warsame",
    "Fischer",
    "Dlamini",
]
LANGUAGES = ["en", "en", "en", "es", "zh", "ar", "ru", "vi", "pl", "uk", "so", "pt", "fr"]
PRONOUNS = ["she/her", "he/him", "they/them", None]
STREETS = ["Maple Ave", "Harbor St", "Elm Court", "Riverside Dr", "Oak Lane", "Kingsway"]
FLAGS = [
    "Dog on premises",
    "Visit in pairs",
    "Do not disclose address",
    "Protective order in place",
    "Oxygen in use: no smoking",
    "Do not visit after dark",
]
SAFE_TIMES = [None, "Weekdays 9-12", "After 3 pm only", "Mornings; not when partner is home"]
CONTACT_RULES = [None, "Text first, no voicemail", "Use mobile only", "Do not leave messages"]
CULTURAL = [None, "Observes Ramadan: schedule visits accordingly", "Prefers female worker"]
TODAY = date(2026, 11, 23)


def client_rows(count: int, seed: int = 2026) -> list[dict[str, Any]]:
    """Field values for `count` clients (everything except the assigned worker)."""
    rng = random.Random(seed)
    rows = []
    for n in range(count):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        language = rng.choice(LANGUAGES)
        rows.append(
            {
                "legal_first_name": first,
                "legal_last_name": last,
                "preferred_name": first[:3] if rng.random() < 0.2 else None,
                "pronouns": rng.choice(PRONOUNS),
                "date_of_birth": TODAY - timedelta(days=rng.randint(18 * 365, 84 * 365)),
                "preferred_language": language,
                "interpreter_needed": language != "en" and rng.random() < 0.6,
                "phone": f"555-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}",
                "email": f"{first.lower()}.{n}@example.org" if rng.random() < 0.5 else None,
                "address": f"{rng.randint(1, 420)} {rng.choice(STREETS)}, Apt {n % 40 + 1}",
                "do_not_call": rng.random() < 0.1,
                "safe_contact_times": rng.choice(SAFE_TIMES),
                "contact_rules": rng.choice(CONTACT_RULES),
                "safety_flags": rng.sample(FLAGS, k=rng.choice([0, 0, 0, 1, 1, 2])),
                "cultural_considerations": rng.choice(CULTURAL),
                "risk_level": rng.choices(["low", "medium", "high"], [6, 3, 1])[0],
                "lacks_capacity": rng.random() < 0.05,
            }
        )
    return rows


def insert_batch(vault: Vault, rows: list[dict[str, Any]]) -> float:
    """One unit of work inserting `rows` as clients; returns the seconds spent committing."""
    owner = vault.owner_id
    with vault.session() as session:
        session.add_all([Client(**fields, assigned_worker_id=owner) for fields in rows])
        session.flush()  # what commit() would do first; split out to time the commit alone
        commit_start = perf_counter()
    return perf_counter() - commit_start


class PlaintextVault(Vault):
    """A `Vault` over an unencrypted SQLite file: the baseline side of a ratio benchmark.

    `module` is the DB-API module: `sqlcipher3.dbapi2` without a key (the very same SQLite
    build as the vault, so the only difference is encryption) or the standard `sqlite3`."""

    def __init__(self, root: Path, module: ModuleType = sqlcipher3.dbapi2) -> None:
        # Mirrors Vault.__init__ step by step, minus the key; the header-based identity check
        # does not apply (there is no header).
        root.mkdir(mode=0o700, parents=True, exist_ok=True)
        self.paths = ProfilePaths(root)
        self._plain_vault_id = uuid7()
        self._key = SecretBytes(0)
        self._closing = threading.Lock()
        self._clock = None
        self.engine = plaintext_engine(self.paths.database, module)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        outbox.register()
        self.last_backup = migrate(self.engine, self.paths.backups)
        self._meta = self._read_meta()
        # Held like the vault's (released by lock()): a baseline is timed with the same hold.
        self._hold = process_lock.acquire(self.paths.root)

    @property
    def vault_id(self) -> str:
        return self._plain_vault_id

    @classmethod
    def create(cls, root: Path, worker_name: str, module: ModuleType) -> PlaintextVault:
        """Like lifecycle.create_vault: the same vault_meta, clock, owner and audit rows."""
        vault = cls(root, module)
        lifecycle._initialise(vault, worker_name)
        return vault


def plaintext_engine(path: Path, module: ModuleType) -> Engine:
    """The same engine as app.store.engine.make_engine, minus the key and cipher settings."""

    def connect() -> Any:
        conn = module.connect(str(path), check_same_thread=False)
        for pragma in RUNTIME_PRAGMAS:
            conn.execute(pragma)
        return conn

    return create_engine(
        "sqlite://",
        module=module,
        creator=connect,
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=2,
        hide_parameters=True,
    )


COMPARED_PRAGMAS = (
    "journal_mode",
    "synchronous",
    "secure_delete",
    "temp_store",
    "foreign_keys",
    "page_size",
)


def storage_profile(engine: Engine) -> dict[str, Any]:
    """The settings that must match on both sides of a ratio, plus the schema itself."""
    with engine.connect() as conn:
        # As text: SQLCipher answers some pragmas (page_size) with text, SQLite with integers.
        settings: dict[str, Any] = {
            name: str(conn.exec_driver_sql(f"PRAGMA {name}").scalar()) for name in COMPARED_PRAGMAS
        }
        schema = conn.execute(
            text("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name")
        ).all()
    settings["schema"] = [tuple(row) for row in schema]
    return settings


def is_plaintext_file(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(len(PLAINTEXT_MAGIC)) == PLAINTEXT_MAGIC
