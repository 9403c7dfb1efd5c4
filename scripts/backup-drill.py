#!/usr/bin/env python3
"""Backup drill: points entries are written under load while `dangjian backup` copies the
live database; the copy is restored into a new database and verified, and its ledger is
compared with the writes the server acknowledged:

- every entry acknowledged before the backup began is in the restored database;
- nothing is in it that the server never acknowledged;
- `dangjian verify` finds the storage, every points chain and the audit chain whole.

On SQLite always; on PostgreSQL too when DANGJIAN_TEST_POSTGRES_URL names a server (as in
`make test`), through pg_dump and pg_restore. Standard library only. Run from the repository
root after `cargo build -p api`.
"""

import os
import subprocess
import threading
import time

from drill import call, city, dangjian, databases, engines, entry_ids, login, serve

WRITERS = 4


def drill(engine):
    port = os.environ.get("DANGJIAN_DRILL_PORT", "18475")
    work, env, password = city(engine, "drill_live", port)
    live = env["DANGJIAN_DATABASE_URL"]
    restored_url = databases(work, engine, ["drill_restored"])[0]
    server, base = serve(env)
    try:
        token = login(base, "drill_admin", password)
        rules = call(base, "GET", "/api/v1/points/rules?limit=200", token)[1]["items"]
        # The awarding rule with the most room under its yearly cap (refusals at the cap are fine).
        awards = [r for r in rules if not r["needs_approval"] and r["category"] in ("activity", "bonus")]
        rule = max(awards, key=lambda r: r["cap_per_year"] or 10**9)
        members = call(base, "GET", "/api/v1/members?stage=full&limit=200", token)[1]["items"]
        seeded = entry_ids(live)

        acknowledged, progress = [], threading.Condition()
        stop = threading.Event()

        def write(offset):
            n = offset
            while not stop.is_set():
                member = members[n % len(members)]
                n += WRITERS
                status, entry, _ = call(base, "POST", "/api/v1/points/entries", token, {
                    "member_id": member["id"], "rule_id": rule["id"],
                    "occurred_on": time.strftime("%Y-%m-%d"), "evidence": "backup drill"})
                if status == 201:
                    with progress:
                        acknowledged.append(entry["id"])
                        progress.notify_all()
                elif status != 422:
                    stop.set()
                    with progress:
                        progress.notify_all()
                    raise AssertionError(f"an entry answered {status}: {entry}")

        threads = [threading.Thread(target=write, args=(i,)) for i in range(WRITERS)]
        for thread in threads:
            thread.start()
        with progress:
            progress.wait_for(lambda: len(acknowledged) >= 100 or stop.is_set())
            before_backup = set(acknowledged)
        backup = os.path.join(work, "backup")
        dangjian(env, "backup", backup)
        with progress:
            progress.wait_for(lambda: len(acknowledged) >= len(before_backup) + 100 or stop.is_set())
        assert not stop.is_set(), "a writer failed"
        stop.set()
        for thread in threads:
            thread.join()
    finally:
        server.terminate()
        server.wait()

    mode = os.stat(backup).st_mode & 0o777
    assert mode == 0o600, f"the backup is readable by its owner only, not {oct(mode)}"
    restored_env = dict(env, DANGJIAN_DATABASE_URL=restored_url)
    dangjian(restored_env, "restore", backup)
    report = dangjian(restored_env, "verify")
    restored = entry_ids(restored_url)
    missing = (seeded | before_backup) - restored
    unacknowledged = restored - seeded - set(acknowledged)
    assert not missing, f"{len(missing)} acknowledged entries are missing from the restored backup"
    assert not unacknowledged, f"{len(unacknowledged)} entries in the backup were never acknowledged"
    print(f"backup drill on {engine}: {len(acknowledged)} entries acknowledged under load, {len(before_backup)} before the "
          f"backup, {len(restored - seeded)} in the restored copy; none lost, none invented")
    print(report.strip())


if __name__ == "__main__":
    for engine in engines():
        drill(engine)
