import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.hlc import ClockSkewError, HybridClock, Timestamp

events = st.lists(
    st.tuples(st.booleans(), st.integers(0, 10_000), st.integers(0, 10_000), st.integers(0, 50)),
    max_size=60,
)


@given(events)
def test_every_stamp_is_greater_than_all_before_it(script):
    clock = HybridClock(node="a", max_skew_ms=10**9)
    seen: list[Timestamp] = []
    for is_receive, physical, remote_wall, remote_counter in script:
        if is_receive:
            remote = Timestamp(remote_wall, remote_counter, "b")
            stamp = clock.observe(remote, physical)
            assert stamp > remote
        else:
            stamp = clock.now(physical)
        assert all(stamp > earlier for earlier in seen)
        seen.append(stamp)


@given(
    st.integers(0, 10**14), st.integers(0, 999_999), st.integers(0, 10**14), st.integers(0, 999_999)
)
def test_text_order_matches_tuple_order(w1, c1, w2, c2):
    a, b = Timestamp(w1, c1, "n1"), Timestamp(w2, c2, "n1")
    assert (a.encode() < b.encode()) == (a < b)
    assert Timestamp.decode(a.encode()) == a


def test_far_future_remote_clock_is_refused():
    clock = HybridClock(node="a")
    with pytest.raises(ClockSkewError):
        clock.observe(Timestamp(10_000_000, 0, "b"), physical_ms=1_000)
    assert clock.wall_ms == 0  # nothing adopted


def test_clock_survives_wall_clock_going_backwards():
    clock = HybridClock(node="a")
    first = clock.now(5_000)
    second = clock.now(1_000)  # the laptop's clock was set back
    assert second > first
