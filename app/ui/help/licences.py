"""Who made what Caseload runs on: its own version and licence, and the name, version and
licence of each runtime dependency, all read from the installed package metadata (so the
About box is always true for the installed build). No Qt here: the dialog shows it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import metadata

APP_DISTRIBUTION = "caseload"
NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*")
SHORT = 60  # longer: a licence field holding prose; the classifier says it better


@dataclass(frozen=True)
class Package:
    name: str
    version: str | None  # None: not installed (a trimmed bundle)
    licence: str | None  # None: the package does not say


def _field(found: metadata.PackageMetadata, key: str) -> str | None:
    values = found.get_all(key)
    return str(values[0]) if values else None


def _licence(found: metadata.PackageMetadata) -> str | None:
    expression = _field(found, "License-Expression")
    if expression:
        return str(expression)
    lines = (_field(found, "License") or "").strip().splitlines()
    text = lines[0].strip() if lines and lines[0].strip().upper() != "UNKNOWN" else ""
    if text and len(text) <= SHORT:
        return text
    classifiers = [c for c in found.get_all("Classifier") or [] if c.startswith("License ::")]
    if classifiers:
        return classifiers[0].split("::")[-1].strip()
    return text[:SHORT] or None


def package(name: str) -> Package:
    try:
        found = metadata.metadata(name)
    except metadata.PackageNotFoundError:
        return Package(name, None, None)
    return Package(name, str(_field(found, "Version")), _licence(found))  # named as required


def app_package() -> Package:
    return package(APP_DISTRIBUTION)


def runtime_names() -> list[str]:
    """[project].dependencies of pyproject.toml, as the installed metadata records them
    (optional extras such as the test tools left out)."""
    try:
        required = metadata.requires(APP_DISTRIBUTION) or []
    except metadata.PackageNotFoundError:
        return []
    names = [NAME.match(line) for line in required if "extra ==" not in line]
    return [match.group(0) for match in names if match is not None]


def runtime_packages() -> list[Package]:
    return sorted((package(name) for name in runtime_names()), key=lambda p: p.name.lower())
