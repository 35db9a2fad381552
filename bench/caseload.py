"""caseload: the app's everyday reads and writes on a large office's data set.

50,000 clients and 1,000,000 case notes (plus one case, ~3 tasks, ~2 visits and ~2 consents
per client), generated once by bulk SQL into a vault and into its plaintext twin and cached
outside the repository (bench/datacache.py). Each run works on a fresh copy of both and
reports, next to the plaintext figure from the same run: the caseload list's first rows and
a scroll page, the other sort orders, full-text search, saving and signing a note, and the
resident memory of a fresh process using the data set.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from time import perf_counter

from app.store.vault import Vault
from bench import caseload_measure as measure
from bench.datacache import DataSet, build, cache_root, cached
from bench.dataset import Sizes
from bench.harness import Metric, Params, benchmark, mb, progress, ratio, scratch_dir

PARAMS = {
    "clients": 50_000,
    "notes": 1_000_000,
    "runs": 30,
    "rounds": 3,
    "saves": 300,
    "quiet": 1,  # checkpoint between notes, as the app does when the worker pauses
    "cache": 1,
}
SMOKE = {
    "clients": 200,
    "notes": 2_000,
    "runs": 3,
    "rounds": 1,
    "saves": 4,
    "quiet": 1,
    "cache": 0,
}


@benchmark(
    "caseload",
    "caseload list, scroll, search, note save and memory on 50,000 clients and 1,000,000 "
    "notes (cached data set), vault vs plaintext twin",
    target="first rows and scroll page <= 50 ms; search p95 <= 150 ms; note save p99 <= "
    "10 ms; resident memory <= 300 MB",
    params=PARAMS,
    smoke=SMOKE,
    quick=False,
    rank=40,
)
def caseload(params: Params) -> Iterator[Metric]:
    sizes = Sizes(params["clients"], params["notes"])
    with scratch_dir("caseload") as scratch:
        if params["cache"]:
            source = cached(sizes, cache_root())
            start = perf_counter()
            data = source.copy_to(scratch / "data")
            progress(f"caseload: working copy made in {perf_counter() - start:.1f} s")
        else:  # the smoke test: a tiny data set in a temporary directory, no cache
            data = build(scratch / "data", sizes)
        yield dataset_metric(data)
        vaults = {"encrypted": data.open_encrypted(), "plaintext": data.open_plaintext()}
        try:
            yield from timed(vaults, params)
        finally:
            for vault in vaults.values():
                vault.lock()
        yield memory_metric(data)


def timed(vaults: dict[str, Vault], params: Params) -> Iterator[Metric]:
    runs = params["runs"]
    progress("caseload: first rows")
    yield measure.first_rows(vaults, runs)
    ids = measure.visible_ids(vaults["encrypted"])
    progress("caseload: scroll pages")
    yield measure.scroll(vaults, ids, runs, seed=5)
    progress("caseload: sort orders")
    yield measure.sort_orders(vaults, max(2, runs // 10))
    progress("caseload: search")
    yield measure.search(vaults, params["rounds"])
    progress("caseload: note saves")
    yield measure.note_saves(vaults, ids, params["saves"], seed=9, quiet=bool(params["quiet"]))


def dataset_metric(data: DataSet) -> Metric:
    manifest = data.manifest
    counts = manifest["counts"]
    enc_mb, plain_mb = mb(manifest["encrypted_bytes"]), mb(manifest["plaintext_bytes"])
    return {
        "name": "caseload.dataset",
        "clients": counts["client"],
        "notes": counts["case_note"],
        "cases": counts["case_file"],
        "tasks": counts["task"],
        "visits": counts["visit"],
        "consents": counts["consent"],
        "workers": counts["worker_profile"],
        "note_chars": manifest["note_chars_avg"],
        "generate_s": manifest["generate_s"],
        "python_s": manifest["python_s"],
        "encrypted_load_s": manifest["encrypted_load_s"],
        "plaintext_load_s": manifest["plaintext_load_s"],
        "load_ratio": ratio(manifest["encrypted_load_s"], manifest["plaintext_load_s"]),
        "encrypted_mb": enc_mb,
        "plaintext_mb": plain_mb,
        "size_ratio": ratio(enc_mb, plain_mb),
        "note_fts_mb": mb(manifest["note_fts_bytes"]),
    }


def rss(root: Path, side: str) -> dict[str, float]:
    """Run bench.caseload_rss in a fresh interpreter and read its JSON answer."""
    command = [sys.executable, "-m", "bench.caseload_rss", str(root), side]
    repo = Path(__file__).resolve().parents[1]
    result = subprocess.run(command, capture_output=True, text=True, check=False, cwd=repo)
    sys.stderr.write(result.stderr)
    if result.returncode:
        raise RuntimeError(f"bench.caseload_rss {side} failed ({result.returncode})")
    return json.loads(result.stdout.strip().splitlines()[-1])


def memory_metric(data: DataSet) -> Metric:
    progress("caseload: resident memory (fresh processes)")
    found = {side: rss(data.root, side) for side in measure.SIDES}
    metric: Metric = {"name": "caseload.memory"}
    for side in measure.SIDES:
        metric[f"{side}_rss_mb"] = found[side]["rss_mb"]
        metric[f"{side}_peak_mb"] = found[side]["peak_mb"]
        metric[f"{side}_imports_mb"] = found[side]["imports_mb"]
    metric["rss_ratio"] = ratio(metric["encrypted_rss_mb"], metric["plaintext_rss_mb"])
    metric["clients"] = int(found["encrypted"]["clients"])
    return metric
