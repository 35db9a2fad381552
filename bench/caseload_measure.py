"""The timed parts of the caseload benchmark, each run on the vault and its plaintext twin.

Every measurement alternates the sides A-B-B-A (encrypted, plaintext, plaintext, encrypted,
...), so a busy neighbour hits both alike, and every timed call is one unit of work as the
app does it (`with vault.session() as session:`), commit included.
"""

from __future__ import annotations

import gc
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from time import perf_counter

from sqlalchemy import select

from app.models import Case
from app.services.caseload import SORT_KEYS, CaseloadQuery, caseload_ids, caseload_rows
from app.services.notes import NoteFields, save_draft, sign_note, start_note
from app.services.search import search_everything
from app.store.vault import Vault
from bench.dataset import NOW
from bench.harness import Metric, median, ms, percentile, progress, ratio
from bench.notes_text import SEARCHES, note_sections

PAGE = 100
SIDES = ("encrypted", "plaintext")


@dataclass
class Timings:
    """Seconds per run, per side, for one or more named parts of a measurement."""

    parts: dict[str, dict[str, list[float]]] = field(default_factory=dict)

    def add(self, side: str, part: str, seconds: float) -> None:
        self.parts.setdefault(part, {name: [] for name in SIDES})[side].append(seconds)

    def get(self, part: str, side: str) -> list[float]:
        return self.parts[part][side]


def paired(vaults: dict[str, Vault], runs: int, step: Callable[[str, Vault, int], None]) -> None:
    """Run `step(side, vault, run)` for both sides, `runs` times, in A-B-B-A order."""
    gc.collect()
    for run in range(runs):
        order = SIDES if run % 2 == 0 else SIDES[::-1]
        for side in order:
            step(side, vaults[side], run)


def summary(name: str, timings: Timings, part: str, high: float, **extra: float) -> Metric:
    """p50 and a high percentile (`high`) per side, and their encrypted/plaintext ratios."""
    label = f"p{round(high * 100)}"
    metric: Metric = {"name": name}
    for side in SIDES:
        values = timings.get(part, side)
        metric[f"{side}_p50_ms"] = ms(median(values))
        metric[f"{side}_{label}_ms"] = ms(percentile(values, high))
    for stat in ("p50", label):
        metric[f"{stat}_ratio"] = ratio(
            metric[f"encrypted_{stat}_ms"], metric[f"plaintext_{stat}_ms"]
        )
    metric.update(extra)
    return metric


def visible_ids(vault: Vault) -> list[str]:
    with vault.session() as session:
        return caseload_ids(session, CaseloadQuery(), now=NOW)


def first_rows(vaults: dict[str, Vault], runs: int) -> Metric:
    """The first screen of the default list: `caseload_ids(..., limit=100)` and
    `caseload_rows` for those ids, in one unit of work. Then, in a unit of its own (as a list
    does after the first paint), all ids (`*_all_ids_*`), which must begin with that page."""
    timings = Timings()
    counts: list[int] = []

    def step(side: str, vault: Vault, _run: int) -> None:
        start = perf_counter()
        with vault.session() as session:
            first = caseload_ids(session, CaseloadQuery(), now=NOW, limit=PAGE)
            middle = perf_counter()
            rows = caseload_rows(session, first, now=NOW)
        end = perf_counter()
        with vault.session() as session:
            ids = caseload_ids(session, CaseloadQuery(), now=NOW)
        timings.add(side, "total", end - start)
        timings.add(side, "ids", middle - start)
        timings.add(side, "rows", end - middle)
        timings.add(side, "all_ids", perf_counter() - end)
        counts.append(len(ids))
        assert ids[:PAGE] == first and len(rows) == len(first)

    paired(vaults, runs + 1, step)  # the first pair warms the statement caches
    first = {side: timings.get("total", side).pop(0) for side in SIDES}
    for part in ("ids", "rows", "all_ids"):
        for side in SIDES:
            timings.get(part, side).pop(0)
    if len(set(counts)) != 1:
        raise RuntimeError("the two sides list different clients")
    extra: dict[str, float] = {}
    for side in SIDES:
        extra[f"{side}_ids_p50_ms"] = ms(median(timings.get("ids", side)))
        extra[f"{side}_rows_p50_ms"] = ms(median(timings.get("rows", side)))
        extra[f"{side}_all_ids_p50_ms"] = ms(median(timings.get("all_ids", side)))
        extra[f"{side}_all_ids_p95_ms"] = ms(percentile(timings.get("all_ids", side), 0.95))
        extra[f"{side}_first_ms"] = ms(first[side])
    metric = summary("caseload.first_rows", timings, "total", 0.95, **extra)
    metric.update(clients=counts[0], runs=runs)
    return metric


def scroll(vaults: dict[str, Vault], ids: Sequence[str], runs: int, seed: int) -> Metric:
    """caseload_rows for ids[k:k+100] at random offsets k (the same on both sides)."""
    rng = random.Random(seed)
    offsets = [rng.randrange(max(1, len(ids) - PAGE)) for _ in range(runs)]
    timings = Timings()

    def step(side: str, vault: Vault, run: int) -> None:
        page = ids[offsets[run] : offsets[run] + PAGE]
        start = perf_counter()
        with vault.session() as session:
            rows = caseload_rows(session, page, now=NOW)
        timings.add(side, "page", perf_counter() - start)
        assert len(rows) == len(page)

    paired(vaults, runs, step)
    return summary("caseload.scroll", timings, "page", 0.95, rows=PAGE, runs=runs)


def sort_orders(vaults: dict[str, Vault], runs: int) -> Metric:
    """caseload_ids for every sort order the list offers (informational: no target)."""
    timings = Timings()

    def step(side: str, vault: Vault, run: int) -> None:
        key = SORT_KEYS[run % len(SORT_KEYS)]
        start = perf_counter()
        with vault.session() as session:
            caseload_ids(session, CaseloadQuery(sort=key), now=NOW)
        timings.add(side, key, perf_counter() - start)

    paired(vaults, runs * len(SORT_KEYS), step)
    metric: Metric = {"name": "caseload.sort_orders"}
    for key in SORT_KEYS:
        for side in SIDES:
            metric[f"{side}_{key}_p50_ms"] = ms(median(timings.get(key, side)))
    metric["runs"] = runs
    return metric


def search(vaults: dict[str, Vault], rounds: int) -> Metric:
    """search_everything for every query of SEARCHES, `rounds` times after a warm-up round
    (whose slowest call is reported as `*_cold_max_ms`)."""
    timings = Timings()
    hits: list[int] = []
    queries = len(SEARCHES)

    def step(side: str, vault: Vault, run: int) -> None:
        start = perf_counter()
        with vault.session() as session:
            found = search_everything(session, SEARCHES[run % queries])
        timings.add(side, "warm" if run >= queries else "cold", perf_counter() - start)
        hits.append(len(found))

    paired(vaults, queries * (rounds + 1), step)
    per_query = {
        query: ms(median(timings.get("warm", "encrypted")[n::queries]))
        for n, query in enumerate(SEARCHES)
    }
    progress(f"caseload: search p50 by query (encrypted, ms): {per_query}")
    return summary(
        "caseload.search",
        timings,
        "warm",
        0.95,
        encrypted_max_ms=ms(max(timings.get("warm", "encrypted"))),
        plaintext_max_ms=ms(max(timings.get("warm", "plaintext"))),
        encrypted_cold_max_ms=ms(max(timings.get("cold", "encrypted"))),
        plaintext_cold_max_ms=ms(max(timings.get("cold", "plaintext"))),
        hits_avg=round(sum(hits) / len(hits), 1),
        queries=queries,
        runs=queries * rounds,
    )


def note_saves(
    vaults: dict[str, Vault], ids: Sequence[str], saves: int, seed: int, quiet: bool = True
) -> Metric:
    """start_note + save_draft + commit, then sign_note + commit: two units of work per note,
    each with its outbox rows, clock tick, audit event and FTS update. With `quiet`, after
    each note and untimed, `Vault.checkpoint()`, as the app runs it when the worker pauses
    (app.ui.lock.QUIET_MS); without, WAL checkpoints land inside some saves (the cap)."""
    rng = random.Random(seed)
    warmup = 5
    plan = [(rng.choice(ids), note_sections(rng, "dap")) for _ in range(saves + warmup)]
    with vaults["encrypted"].session() as session:
        cases = {client: case for client, case in session.execute(select(Case.client_id, Case.id))}
    timings = Timings()

    def step(side: str, vault: Vault, run: int) -> None:
        client_id, sections = plan[run]
        fields = NoteFields(contact_type="home", duration_minutes=45, sections=sections)
        start = perf_counter()
        with vault.session() as session:
            view = start_note(session, client_id, "dap", vault.owner_id, cases.get(client_id), NOW)
            save_draft(session, view.id, fields)
        middle = perf_counter()
        with vault.session() as session:
            sign_note(session, view.id, vault.owner_id)
        end = perf_counter()
        if quiet:
            vault.checkpoint()
        if run >= warmup:
            timings.add(side, "save", middle - start)
            timings.add(side, "sign", end - middle)

    paired(vaults, saves + warmup, step)
    metric = summary("caseload.note_save", timings, "save", 0.99)
    sign = summary("sign", timings, "sign", 0.99)
    metric.update({f"sign_{key}": value for key, value in sign.items() if key != "name"})
    metric["saves"] = saves
    metric["quiet"] = int(quiet)
    return metric
