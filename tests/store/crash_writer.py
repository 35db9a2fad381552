"""Child process for the kill -9 tests: save clients one transaction at a time and print
each id only after its commit returned (that is the moment the app says "saved")."""

import sys

from app.models import Client, Task
from app.store.vault import Vault

vault = Vault.open(sys.argv[1], sys.stdin.readline().rstrip("\n"))
print("ready", flush=True)
n = 0
while True:
    n += 1
    with vault.session() as session:
        client = Client(legal_first_name=f"Crash{n}", legal_last_name="Test")
        session.add(client)
        session.flush()
        session.add(Task(client_id=client.id, title=f"follow up {n}"))
    print(client.id, flush=True)
