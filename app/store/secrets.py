"""Buffers for keys and passphrases that can be erased, unlike Python's bytes and str.

A `SecretBytes` lives in its own anonymous memory page (mmap), not in the Python heap, so:
- it can be overwritten in place (`wipe`) and then unmapped, leaving no copy behind;
- it is locked in RAM (mlock, best effort: the OS may refuse past RLIMIT_MEMLOCK) so the
  kernel never writes it to swap, and left out of core dumps (MADV_DONTDUMP);
- nothing else shares its page, so unlocking it cannot unlock another secret.
Pass it to C code as a buffer (`view()`, `address`): every copy into a Python bytes or str
object would be immutable and survive until the allocator reuses its memory.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import logging
import mmap
import os
import sys
import threading
from types import TracebackType

log = logging.getLogger(__name__)
PAGE = mmap.PAGESIZE
HEX_DIGITS = b"0123456789abcdef"
# Where a bytes object's data starts: PyBytesObject's header, before ob_sval (CPython).
_BYTES_DATA_OFFSET = bytes.__basicsize__ - 1
_PROBE = b"caseload layout probe"
# Checked once on a harmless value, never on a secret (the check itself makes a copy).
_CAN_SCRUB_BYTES = ctypes.string_at(id(_PROBE) + _BYTES_DATA_OFFSET, len(_PROBE)) == _PROBE


def _load_libc() -> ctypes.CDLL | None:
    name = ctypes.util.find_library("c")
    if name is None or sys.platform == "win32":
        return None
    return ctypes.CDLL(name, use_errno=True)


_LIBC = _load_libc()


class SecretBytes:
    """A fixed-size secret in locked memory. Wipe it when done, or use it as a context
    manager; the owner that wipes it is the one that created it (or was handed it)."""

    def __init__(self, size: int) -> None:
        self._size = size
        # Two threads may wipe at once (a lock job on the worker, the owner at exit): only
        # one may touch the page, or the second writes into memory already unmapped.
        self._wiping = threading.Lock()
        self._map: mmap.mmap | None = mmap.mmap(-1, max(PAGE, -(-size // PAGE) * PAGE))
        # The temporary ctypes view is released at once, so the mmap can be closed later.
        self._address = ctypes.addressof(ctypes.c_char.from_buffer(self._map))
        self._locked = _lock_pages(self._address, len(self._map))
        if hasattr(mmap, "MADV_DONTDUMP"):
            self._map.madvise(mmap.MADV_DONTDUMP)

    @classmethod
    def copy_of(cls, data: bytes | bytearray | memoryview) -> SecretBytes:
        """A secret holding a copy of `data` (the caller still has to wipe `data`)."""
        secret = cls(len(data))
        secret.view()[:] = data
        return secret

    @classmethod
    def adopt(cls, data: bytes | bytearray) -> SecretBytes:
        """Move a secret into a SecretBytes and erase the original (see `scrub`)."""
        secret = cls.copy_of(data)
        scrub(data)
        return secret

    @classmethod
    def from_passphrase(cls, passphrase: str | bytearray | SecretBytes) -> SecretBytes:
        """The UTF-8 passphrase as a secret. A bytearray is wiped once copied; a str
        cannot be erased (str is immutable and may be shared): only the UTF-8 copy made
        here is. A SecretBytes is copied: the caller keeps (and wipes) its own."""
        if isinstance(passphrase, SecretBytes):
            return cls.copy_of(passphrase.view())
        if isinstance(passphrase, bytearray):
            return cls.adopt(passphrase)
        return cls.adopt(passphrase.encode("utf-8"))

    def __len__(self) -> int:
        return self._size

    @property
    def wiped(self) -> bool:
        return self._map is None

    @property
    def locked_in_memory(self) -> bool:
        """Whether mlock succeeded (else the page could reach swap)."""
        return self._locked and not self.wiped

    @property
    def address(self) -> int:
        """Where the secret starts, for ctypes calls into C libraries."""
        self._require_live()
        return self._address

    def view(self) -> memoryview:
        """A writable view; release it (or let it go) before `wipe` so the page can be
        unmapped. A view kept past `wipe` only sees zeros."""
        self._require_live()
        assert self._map is not None
        return memoryview(self._map)[: self._size]

    def copy(self) -> SecretBytes:
        return SecretBytes.copy_of(self.view())

    def wipe(self) -> None:
        """Overwrite with zeros, unlock and unmap. Idempotent and safe from any thread."""
        with self._wiping:
            if self._map is None:
                return
            ctypes.memset(self._address, 0, len(self._map))
            if self._locked and _LIBC is not None:
                _LIBC.munlock(ctypes.c_void_p(self._address), ctypes.c_size_t(len(self._map)))
            try:
                self._map.close()
            except BufferError:  # a view is still held somewhere: it sees zeros only
                log.debug("A wiped secret's page is still referenced; it holds zeros")
            self._map = None

    def _require_live(self) -> None:
        if self._map is None:
            raise ValueError("This secret has been wiped.")

    def __enter__(self) -> SecretBytes:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.wipe()

    def __del__(self) -> None:  # a secret nobody wiped is wiped when it is dropped
        with contextlib.suppress(Exception):  # at interpreter exit, modules may be gone
            self.wipe()

    def __repr__(self) -> str:  # never the contents
        return f"<SecretBytes {self._size} bytes{' wiped' if self.wiped else ''}>"


def _lock_pages(address: int, length: int) -> bool:
    """mlock, best effort; a refusal is logged (by reason only) and the secret still works."""
    if _LIBC is None:
        return False
    if _LIBC.mlock(ctypes.c_void_p(address), ctypes.c_size_t(length)) == 0:
        return True
    log.warning("Could not lock a key in memory (%s)", os.strerror(ctypes.get_errno()))
    return False


def scrub(data: bytes | bytearray) -> None:
    """Overwrite a secret's memory in place. For bytes, which Python treats as immutable,
    only call this on an object nobody else holds (fresh from an encode or a C library):
    CPython shares the empty and one-byte objects, so those are left alone."""
    if isinstance(data, bytearray):
        if data:
            ctypes.memset((ctypes.c_char * len(data)).from_buffer(data), 0, len(data))
        return
    if len(data) >= 2 and _CAN_SCRUB_BYTES:
        ctypes.memset(id(data) + _BYTES_DATA_OFFSET, 0, len(data))


def raw_key_spec(key: SecretBytes) -> SecretBytes:
    """SQLCipher's raw-key form, x'<hex>', written straight into a SecretBytes: the hex
    never exists as a Python str or bytes object."""
    spec = SecretBytes(2 * len(key) + 3)
    out, raw = spec.view(), key.view()
    out[0:2], out[-1] = b"x'", ord("'")
    for index, byte in enumerate(raw):  # ints 0-255 are shared constants: nothing leaks
        out[2 + 2 * index] = HEX_DIGITS[byte >> 4]
        out[3 + 2 * index] = HEX_DIGITS[byte & 0x0F]
    out.release()
    raw.release()
    return spec
