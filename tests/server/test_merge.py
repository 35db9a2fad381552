"""The merge rules as pure functions (server/merge.py)."""

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.hlc import Timestamp
from server.merge import Incoming, merge


def ts(ms: int, node: str = "a", counter: int = 0) -> str:
    return Timestamp(1_700_000_000_000 + ms, counter, node).encode()


def change(op="update", hlc=None, entity="client", origin="a", **fields) -> Incoming:
    return Incoming(entity, "r1", "client:c1", op, hlc or ts(0, origin), fields, origin)


def apply_all(changes, held=None):
    for incoming in changes:
        outcome = merge(held, incoming)
        held = outcome.record or held
    return held


def test_first_insert_applies_every_field_under_the_default_clock():
    outcome = merge(None, change("insert", ts(1), name="Ann", phone="1"))
    assert outcome.status == "applied"
    assert outcome.applied == {"name": "Ann", "phone": "1"}
    assert outcome.record.clocks == {"*": ts(1)}
    assert outcome.record.hlc == ts(1)


def test_per_field_last_writer_wins_keeps_edits_to_different_fields():
    held = apply_all([change("insert", ts(1), name="Ann", phone="1", email="x")])
    held = apply_all([change(hlc=ts(5, "b"), origin="b", phone="2")], held)
    outcome = merge(held, change(hlc=ts(3, "a"), email="y"))  # older, but another field
    assert outcome.status == "applied"
    assert outcome.record.values == {"name": "Ann", "phone": "2", "email": "y"}
    assert outcome.record.clocks == {"*": ts(1), "phone": ts(5, "b"), "email": ts(3, "a")}
    assert outcome.losses == []


def test_stale_field_loses_and_is_kept_as_a_conflict():
    held = apply_all(
        [change("insert", ts(1), phone="1"), change(hlc=ts(9, "b"), origin="b", phone="2")]
    )
    outcome = merge(held, change(hlc=ts(5), phone="3"))
    assert outcome.status == "stale"
    assert outcome.record is None
    [loss] = outcome.losses
    assert (loss.kind, loss.winner_value, loss.loser_value) == ("stale", "2", "3")
    assert (loss.winner_hlc, loss.loser_hlc, loss.loser_origin) == (ts(9, "b"), ts(5), "a")


def test_overwriting_another_origins_value_is_reported():
    held = apply_all([change("insert", ts(1, "b"), origin="b", phone="1")])
    outcome = merge(held, change(hlc=ts(5), phone="2"))
    assert outcome.status == "applied"
    [loss] = outcome.losses
    assert (loss.kind, loss.loser_value, loss.winner_value) == ("overwritten", "1", "2")


def test_a_lost_write_is_recorded_even_with_the_same_value():
    held = apply_all(
        [change("insert", ts(1), deleted=False), change("delete", ts(3, "b"), origin="b")]
    )
    [loss] = merge(held, change("delete", ts(2))).losses
    assert (loss.kind, loss.winner_value, loss.loser_value) == ("stale", True, True)
    [loss] = merge(held, change("delete", ts(4))).losses
    assert (loss.kind, loss.loser_hlc, loss.loser_origin) == ("overwritten", ts(3, "b"), "b")


def test_own_sequential_edits_are_not_conflicts():
    held = apply_all([change("insert", ts(1), phone="1")])
    assert merge(held, change(hlc=ts(5), phone="2")).losses == []


def test_same_stamp_twice_is_a_no_op():
    held = apply_all([change("insert", ts(1), phone="1")])
    outcome = merge(held, change(hlc=ts(1), phone="1"))
    assert (outcome.status, outcome.losses, outcome.record) == ("stale", [], None)


def test_delete_is_a_tombstone_field_and_an_edit_does_not_resurrect():
    held = apply_all([change("insert", ts(1), name="Ann", deleted=False), change("delete", ts(5))])
    assert held.deleted and held.values["name"] == "Ann"
    held = apply_all([change(hlc=ts(3, "b"), origin="b", name="Bo")], held)
    assert held.deleted and held.values["name"] == "Bo"


def test_update_of_unknown_record_starts_with_field_clocks():
    outcome = merge(None, change(hlc=ts(2), phone="1"))
    assert outcome.record.clocks == {"phone": ts(2)}
    later_insert = merge(outcome.record, change("insert", ts(1), phone="0", name="Ann"))
    assert later_insert.record.values == {"phone": "1", "name": "Ann"}


def test_append_only_entities_accept_only_a_first_insert():
    insert = change("insert", ts(1), entity="stage_change", stage="intake")
    held = merge(None, insert).record
    assert held is not None
    update = merge(held, change(hlc=ts(2), entity="stage_change", stage="closed"))
    assert (update.status, update.reason) == ("rejected", "append_only")
    assert [loss.kind for loss in update.losses] == ["append_only"]
    delete = merge(held, change("delete", ts(3), entity="stage_change"))
    assert delete.reason == "append_only"
    assert merge(held, insert).status == "stale"  # the very same insert again
    other = merge(held, change("insert", ts(4), entity="stage_change", stage="x"))
    assert other.reason == "append_only"


def test_sealing_change_wins_whole_even_against_newer_clocks():
    note = dict(entity="case_note")
    held = apply_all([change("insert", ts(1), body="draft", status="draft", **note)])
    held = apply_all([change(hlc=ts(9, "b"), origin="b", body="edited elsewhere", **note)], held)
    sealing = change(hlc=ts(5), body="final", status="signed", **note)
    outcome = merge(held, sealing)
    assert outcome.status == "applied"
    assert outcome.record.sealed
    assert outcome.record.values["body"] == "final"
    [loss] = outcome.losses
    assert (loss.kind, loss.loser_value, loss.loser_hlc) == (
        "overwritten",
        "edited elsewhere",
        ts(9, "b"),
    )


def test_sealed_record_refuses_later_changes():
    held = apply_all([change("insert", ts(1), entity="consent", status="active", text="t")])
    assert held.sealed  # a consent is sealed once no longer a draft
    for later in (
        change(hlc=ts(9), entity="consent", text="changed"),
        change("delete", ts(9), entity="consent"),
        change(hlc=ts(9), entity="consent", status="draft"),
    ):
        outcome = merge(held, later)
        assert (outcome.status, outcome.reason) == ("rejected", "sealed")
        assert outcome.losses and all(loss.kind == "sealed" for loss in outcome.losses)


def test_second_signing_loses_to_the_first():
    draft = change("insert", ts(1), entity="case_note", status="draft", body="d")
    held = merge(None, draft).record
    first = merge(
        held, change(hlc=ts(3, "b"), origin="b", entity="case_note", status="signed", body="B")
    )
    second = merge(first.record, change(hlc=ts(4), entity="case_note", status="signed", body="A"))
    assert second.reason == "sealed"
    assert first.record.values["body"] == "B"


FIELDS = ["name", "phone", "deleted"]
write = st.tuples(
    st.integers(0, 20),  # wall offset
    st.sampled_from(["a", "b", "c"]),  # node
    st.sampled_from(["update", "delete"]),
    st.dictionaries(st.sampled_from(FIELDS[:2]), st.integers(0, 3), max_size=2),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(write, min_size=1, max_size=6, unique_by=lambda w: (w[0], w[1])))
def test_lww_result_independent_of_arrival_order(writes):
    """Whatever order the changes arrive in, every field ends with the value of its highest
    clock (mutable entities; sealing is deliberately first-come)."""
    insert = change("insert", ts(0, "z"), origin="z", name=-1, phone=-1, deleted=False)
    changes = [change(op, ts(ms, node), origin=node, **fields) for ms, node, op, fields in writes]
    results = set()
    for order in itertools.islice(itertools.permutations(changes), 24):
        held = apply_all([insert, *order])
        clocks = {f: held.clock(f) for f in FIELDS}
        results.add((tuple(sorted(held.values.items())), tuple(sorted(clocks.items()))))
    assert len(results) == 1
    # and the insert may itself arrive last
    held = apply_all([*changes, insert])
    assert (
        tuple(sorted(held.values.items())),
        tuple(sorted({f: held.clock(f) for f in FIELDS}.items())),
    ) in results
