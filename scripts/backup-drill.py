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

import json
import os
import secrets
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request

BINARY = os.path.abspath("target/debug/dangjian")
WRITERS = 4


def call(base, method, path, token=None, body=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(base + path, data=data, method=method)
    request.add_header("content-type", "application/json")
    if token:
        request.add_header("authorization", "Bearer " + token)
    try:
        with urllib.request.urlopen(request, timeout=30) as answer:
            return answer.status, json.loads(answer.read() or b"null")
    except urllib.error.HTTPError as refused:
        return refused.code, json.loads(refused.read() or b"null")


def dangjian(env, *args, stdin=None):
    return subprocess.run([BINARY, *args], env=env, input=stdin, capture_output=True, text=True, check=True).stdout


def entry_ids(url):
    if url.startswith("sqlite://"):
        with sqlite3.connect(url[len("sqlite://"):]) as conn:
            return {row[0] for row in conn.execute("SELECT id FROM points_entries")}
    out = subprocess.run(["psql", "-At", "-d", url, "-c", "SELECT id FROM points_entries"],
                         capture_output=True, text=True, check=True).stdout
    return {int(line) for line in out.split()}


def databases(work, engine):
    """The URLs of the live database and of the one the backup is restored into."""
    if engine == "sqlite":
        return ["sqlite://" + os.path.join(work, name) for name in ("live.sqlite3", "restored.sqlite3")]
    admin = os.environ["DANGJIAN_TEST_POSTGRES_URL"]
    base = admin.rsplit("/", 1)[0]
    urls = []
    for name in ("drill_live", "drill_restored"):
        for sql in (f"DROP DATABASE IF EXISTS {name}", f"CREATE DATABASE {name}"):
            subprocess.run(["psql", "-q", "-d", admin, "-c", sql], capture_output=True, check=True)
        urls.append(f"{base}/{name}")
    return urls


def drill(engine):
    work = tempfile.mkdtemp(prefix="dangjian-drill-")
    port = os.environ.get("DANGJIAN_DRILL_PORT", "18475")
    live, restored_url = databases(work, engine)
    env = dict(os.environ, DANGJIAN_DATA_DIR=work, DANGJIAN_BIND="127.0.0.1:" + port,
               DANGJIAN_DATABASE_URL=live, DANGJIAN_FRONTEND_DIR=os.path.join(work, "none"),
               DANGJIAN_TOKEN_REQUESTS_PER_MINUTE="1000", RUST_LOG="warn")
    dangjian(env, "seed", "--demo")
    password = "Drill-" + secrets.token_hex(12)
    dangjian(env, "user", "create", "--username", "drill_admin", "--role", "org_admin", "--scope", "1",
             "--password-stdin", stdin=password + "\n")
    server = subprocess.Popen([BINARY, "serve"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = "http://127.0.0.1:" + port
    try:
        for _ in range(200):
            try:
                if call(base, "GET", "/readyz")[0] == 200:
                    break
            except OSError:
                pass
            if server.poll() is not None:
                sys.exit("the server stopped before it was ready")
            time.sleep(0.05)  # polling the readiness probe, not a synchronization guess
        status, tokens = call(base, "POST", "/api/v1/auth/token", body={
            "grant_type": "password", "username": "drill_admin", "password": password})
        assert status == 200, tokens
        token = tokens["access_token"]
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
                status, entry = call(base, "POST", "/api/v1/points/entries", token, {
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
    for engine in ["sqlite", "postgres"] if os.environ.get("DANGJIAN_TEST_POSTGRES_URL") else ["sqlite"]:
        drill(engine)
