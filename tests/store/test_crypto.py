import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.store.crypto import (
    UnwrapFailed,
    generate_recovery_keypair,
    unwrap,
    unwrap_with_recovery,
    wrap,
    wrap_for_recovery,
)

keys = st.binary(min_size=32, max_size=32)


@given(keys, keys, st.binary(max_size=64))
def test_wrap_round_trips(kek, key, context):
    nonce, ciphertext = wrap(kek, key, context)
    assert unwrap(kek, nonce, ciphertext, context) == key
    assert key not in ciphertext


@given(keys, keys, keys, st.binary(min_size=1, max_size=64))
def test_wrong_kek_or_context_fails(kek, other, key, context):
    nonce, ciphertext = wrap(kek, key, context)
    if other != kek:
        with pytest.raises(UnwrapFailed):
            unwrap(other, nonce, ciphertext, context)
    with pytest.raises(UnwrapFailed):
        unwrap(kek, nonce, ciphertext, context + b"!")


@settings(max_examples=20)
@given(keys, st.binary(min_size=1, max_size=40))
def test_recovery_wrap_opens_only_with_the_office_key(key, context):
    private, public = generate_recovery_keypair()
    other_private, _ = generate_recovery_keypair()
    wrapped = wrap_for_recovery(public, key, context)
    assert unwrap_with_recovery(private, wrapped, context) == key
    with pytest.raises(UnwrapFailed):
        unwrap_with_recovery(other_private, wrapped, context)
