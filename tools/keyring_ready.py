"""Wait until the Secret Service of the test session answers with an unlocked default
collection (GNOME Keyring registers on D-Bus a moment after it forks). Exit 1 if it never does."""

import sys
import time

import secretstorage
from jeepney import DBusAddress, new_method_call
from jeepney.io.blocking import open_dbus_connection

DEADLINE_S = 20.0


BUS = DBusAddress("/org/freedesktop/DBus", "org.freedesktop.DBus", "org.freedesktop.DBus")


def daemon_registered() -> bool:
    """Is the started daemon on the bus yet? Asked without D-Bus activation: a call to the
    service before it registers would activate a second, locked daemon."""
    with open_dbus_connection(bus="SESSION") as connection:
        call = new_method_call(BUS, "NameHasOwner", "s", ("org.freedesktop.secrets",))
        return bool(connection.send_and_get_reply(call).body[0])


def default_collection_unlocked() -> bool:
    if not daemon_registered():
        return False
    connection = secretstorage.dbus_init()
    try:
        return not secretstorage.get_default_collection(connection).is_locked()
    finally:
        connection.close()


def main() -> int:
    start, last_error = time.monotonic(), "no answer"
    while time.monotonic() - start < DEADLINE_S:
        try:
            if default_collection_unlocked():
                return 0
            last_error = "the default collection is locked"
        except Exception as error:  # noqa: BLE001 - any failure means "not ready yet"
            last_error = f"{type(error).__name__}: {error}"
        time.sleep(0.2)
    sys.stderr.write(f"GNOME Keyring did not become ready: {last_error}\n")
    return 1


if __name__ == "__main__":
    sys.exit(main())
