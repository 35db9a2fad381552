from hypothesis import given
from hypothesis import strategies as st

from app.core.audit_chain import GENESIS, event_hash, verify_chain

actions = st.sampled_from(["client.viewed", "client.created", "note.signed", "vault.unlocked"])


def build_chain(specs):
    events, prev = [], GENESIS
    for seq, (action, record) in enumerate(specs, start=1):
        fields = {
            "seq": seq,
            "id": f"id-{seq}",
            "at": f"t{seq}",
            "actor": "w",
            "action": action,
            "entity": "client",
            "record_id": record,
            "detail": {},
        }
        digest = event_hash(prev, fields)
        events.append({**fields, "prev_hash": prev, "hash": digest})
        prev = digest
    return events


specs = st.lists(st.tuples(actions, st.uuids().map(str)), min_size=1, max_size=40)


@given(specs)
def test_untouched_chain_verifies(spec):
    report = verify_chain(build_chain(spec))
    assert report.ok and report.events == len(spec)


@given(specs, st.data())
def test_tampering_is_caught_at_exactly_that_event(spec, data):
    events = build_chain(spec)
    victim = data.draw(st.integers(0, len(events) - 1))
    field = data.draw(st.sampled_from(["action", "record_id", "at", "actor"]))
    events[victim] = {**events[victim], field: "tampered"}
    report = verify_chain(events)
    assert not report.ok
    assert report.first_bad_seq == victim + 1


@given(specs, st.data())
def test_removed_event_is_caught(spec, data):
    events = build_chain(spec)
    victim = data.draw(st.integers(0, len(events) - 1))
    del events[victim]
    report = verify_chain(events)
    if victim == len(spec) - 1:
        assert report.ok  # dropping the newest event leaves a valid shorter chain
    else:
        assert not report.ok and report.first_bad_seq == victim + 2
