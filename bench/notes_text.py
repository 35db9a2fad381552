"""Case-note text for the synthetic data set: DAP, SOAP and BIRP sections (and a few free-text
notes) of 200-600 characters in all, built from phrase lists with a seeded generator.

The phrases give a vocabulary of a few hundred words with a realistic spread: some words are
in most notes ("client", "plan"), many in a few per cent of them ("landlord", "insulin"), so
full-text queries meet both long and short posting lists.
"""

from __future__ import annotations

import random
from collections.abc import Callable

PLACES = [
    "at home",
    "by phone",
    "at the office",
    "at the food bank",
    "at the clinic",
    "at the library",
    "by video call",
    "at the shelter",
    "at the school",
    "at the community centre",
]
WHO = ["Client", "Client", "Client", "Client's daughter", "Client's partner", "Client's mother"]
SAID = ["reported", "mentioned", "described", "raised", "talked about", "asked about", "disclosed"]
TOPICS = [
    "rent arrears of two months",
    "a leaking roof and damp in the bedroom",
    "difficulty paying the electricity bill",
    "missed insulin doses last week",
    "conflict with the landlord over repairs",
    "worry about the eviction notice",
    "a job interview at the warehouse",
    "trouble getting the children to school on time",
    "side effects from the new medication",
    "a court date for the custody hearing",
    "running out of food before payday",
    "a delayed benefits renewal",
    "poor sleep and low mood",
    "a fall in the bathroom",
    "loneliness since moving to the new flat",
    "pressure from a former partner",
    "a dental appointment that was cancelled",
    "problems with the bus pass",
    "debt collectors calling every day",
    "progress at the English class",
    "drinking less than last month",
    "a missed probation appointment",
    "mould in the children's room",
    "a new volunteer role at the charity shop",
    "childcare falling through on Tuesdays",
    "the interpreter not arriving last time",
    "wanting to apply for college",
    "pain in the left knee",
    "a letter from the housing authority",
    "arguments with the neighbour",
]
OBSERVED = [
    "Home was tidy and warm.",
    "Flat was cold; heating not working.",
    "Client arrived on time with the requested documents.",
    "Client appeared tired and was slow to answer.",
    "Fridge nearly empty; no fresh food seen.",
    "Children present and playing quietly.",
    "Medication blister packs up to date.",
    "Client was twenty minutes late and apologised.",
    "Eviction notice dated last Monday seen on the table.",
    "Interpreter present for the whole visit.",
    "Client used a walking frame; stairs were a struggle.",
    "Smoke alarm tested and working.",
]
FEELINGS = [
    "engaged",
    "anxious",
    "motivated",
    "tired",
    "hopeful",
    "overwhelmed",
    "calm",
    "frustrated",
    "withdrawn",
    "positive",
]
RISKS = ["remains low", "has increased", "is unchanged", "is moderate", "has reduced"]
FACTORS = [
    "the housing situation",
    "the new support from family",
    "recent missed appointments",
    "improved budgeting",
    "the court process",
    "regular contact with the GP",
    "the return of the former partner",
    "stable income from the new job",
]
ACTIONS = [
    "call the landlord about repairs",
    "submit the benefits renewal",
    "book a GP appointment",
    "arrange an interpreter for the next visit",
    "refer to the food bank",
    "review the safety plan",
    "contact the school about attendance",
    "apply for emergency housing assistance",
    "follow up with the pharmacy",
    "send details of the job fair",
    "request a debt advice appointment",
    "check the college application deadline",
    "ask the housing officer about mould treatment",
    "chase the bus pass replacement",
    "complete the utility hardship grant form",
]
WHEN = ["by Friday", "this week", "before the next visit", "within two weeks", "tomorrow"]
ACTORS = ["Worker will", "Client agreed to", "Worker and client will", "Client will try to"]
INTERVENTIONS = [
    "Completed the benefits form together",
    "Used motivational interviewing",
    "Reviewed the household budget",
    "Practised what to say to the landlord",
    "Went through the safety plan step by step",
    "Made a three-way call to the housing office",
    "Explained the tenancy rights leaflet",
    "Helped client register with a dentist",
]
RESPONSES = [
    "responded well",
    "was receptive",
    "declined further help for now",
    "asked good questions",
    "expressed relief",
    "became upset",
    "agreed to try",
    "was unsure",
]
SectionWriter = Callable[[random.Random], str]


def _data(rng: random.Random) -> str:
    if rng.random() < 0.4:
        return rng.choice(OBSERVED)
    return f"Met client {rng.choice(PLACES)}. {_subjective(rng)}"


def _subjective(rng: random.Random) -> str:
    return f"{rng.choice(WHO)} {rng.choice(SAID)} {rng.choice(TOPICS)}."


def _assessment(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return f"Client seems {rng.choice(FEELINGS)} about {rng.choice(TOPICS)}."
    return f"Risk {rng.choice(RISKS)} given {rng.choice(FACTORS)}."


def _plan(rng: random.Random) -> str:
    return f"{rng.choice(ACTORS)} {rng.choice(ACTIONS)} {rng.choice(WHEN)}."


def _intervention(rng: random.Random) -> str:
    return f"{rng.choice(INTERVENTIONS)} {rng.choice(PLACES)}."


def _response(rng: random.Random) -> str:
    return f"Client {rng.choice(RESPONSES)} when discussing {rng.choice(TOPICS)}."


def _free(rng: random.Random) -> str:
    return rng.choice((_data, _assessment, _plan))(rng)


# template -> ((section key, writer, share of the note's length), ...)
TEMPLATES: dict[str, tuple[tuple[str, SectionWriter, float], ...]] = {
    "dap": (("data", _data, 0.45), ("assessment", _assessment, 0.3), ("plan", _plan, 0.25)),
    "soap": (
        ("subjective", _subjective, 0.3),
        ("objective", _data, 0.25),
        ("assessment", _assessment, 0.25),
        ("plan", _plan, 0.2),
    ),
    "birp": (
        ("behavior", _data, 0.3),
        ("intervention", _intervention, 0.25),
        ("response", _response, 0.25),
        ("plan", _plan, 0.2),
    ),
    "free": (("text", _free, 1.0),),
}
TEMPLATE_KEYS = ("dap", "soap", "birp", "free")
TEMPLATE_WEIGHTS = (40, 25, 25, 10)
MIN_CHARS, MAX_CHARS = 200, 600


def note_sections(rng: random.Random, template: str) -> dict[str, str]:
    """Sections of one note, 200-600 characters in all (separators not counted)."""
    target = rng.randint(MIN_CHARS, MAX_CHARS)
    sections: dict[str, str] = {}
    for key, writer, share in TEMPLATES[template]:
        text = writer(rng)
        while len(text) < target * share * 0.75:
            text = f"{text} {writer(rng)}"
        sections[key] = text
    total = sum(len(text) for text in sections.values())
    if total > MAX_CHARS:  # trim the longest section at a word boundary
        key = max(sections, key=lambda k: len(sections[k]))
        keep = len(sections[key]) - (total - MAX_CHARS)
        sections[key] = sections[key][:keep].rsplit(" ", 1)[0].rstrip(",;") + "."
    while sum(len(text) for text in sections.values()) < MIN_CHARS:
        key = TEMPLATES[template][-1][0]
        sections[key] = f"{sections[key]} {rng.choice(WHEN).capitalize()}, review again."
    return sections


# Realistic searches: what a worker types to find a note (1-2 words, some still being typed;
# every word is a prefix match). Client surnames come from bench.workload.LAST.
SEARCHES = (
    "landlord",
    "eviction",
    "insulin",
    "rent arrears",
    "food bank",
    "benefits renewal",
    "court",
    "mould",
    "interpreter",
    "safety plan",
    "college",
    "debt",
    "Okafor",
    "Rossi",
    "evic",
    "bus pass",
    "dentist",
    "knee",
    "probation",
    "housing officer",
)
