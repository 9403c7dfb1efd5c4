#!/usr/bin/env python3
"""Crash drill of idempotent writes: the server dies (SIGABRT, no clean-up, as under
`kill -9`) right after committing a points entry sent with an `Idempotency-Key` and before
answering it (`DANGJIAN_FAULT_CRASH_AFTER_COMMIT`). The client, which heard nothing, retries
with the same key against the restarted server:

- the entry was committed once;
- the retry is answered 201 with the entry, `Idempotent-Replayed: true`, and writes nothing.

On SQLite always; on PostgreSQL too when DANGJIAN_TEST_POSTGRES_URL names a server (as in
`make test`). Standard library only. Run from the repository root after `cargo build -p api`.
"""

import os
import signal
import time
import uuid

from drill import call, city, engines, entry_ids, login, serve


def drill(engine):
    port = os.environ.get("DANGJIAN_DRILL_PORT", "18476")
    _, env, password = city(engine, "crash_drill", port)
    url = env["DANGJIAN_DATABASE_URL"]
    before = entry_ids(url)
    server, base = serve(dict(env, DANGJIAN_FAULT_CRASH_AFTER_COMMIT="1"))
    try:
        entry, key = crash(server, base, password)
    finally:
        server.kill()
        server.wait()
    written = entry_ids(url) - before
    assert len(written) == 1, f"the unanswered write committed once, not {len(written)} times"

    server, base = serve(env)
    try:
        token = login(base, "drill_admin", password)
        status, answer, headers = call(base, "POST", "/api/v1/points/entries", token, entry, key)
    finally:
        server.terminate()
        server.wait()
    assert status == 201, answer
    assert headers.get("idempotent-replayed") == "true", headers
    assert {answer["id"]} == written, "the retry is answered with the entry the crash left unanswered"
    assert entry_ids(url) - before == written, "the retry wrote nothing"
    print(f"crash drill on {engine}: the write committed before the crash was answered to the retry; one entry")


def crash(server, base, password):
    """Sends entries until one commits and the server dies before answering it; that entry
    and its key."""
    token = login(base, "drill_admin", password)
    rules = call(base, "GET", "/api/v1/points/rules?limit=200", token)[1]["items"]
    awards = [r for r in rules if not r["needs_approval"] and r["category"] in ("activity", "bonus")]
    rule = max(awards, key=lambda r: r["cap_per_year"] or 10**9)
    members = call(base, "GET", "/api/v1/members?stage=full&limit=200", token)[1]["items"]
    # Members whose yearly cap is used up are refused (and the server lives on): the next is tried.
    for member in members:
        entry = {"member_id": member["id"], "rule_id": rule["id"], "occurred_on": time.strftime("%Y-%m-%d"),
                 "evidence": "crash drill"}
        key = {"idempotency-key": f'"{uuid.uuid4()}"'}
        try:
            status, answer, _ = call(base, "POST", "/api/v1/points/entries", token, entry, key)
        except OSError:
            assert server.wait(timeout=30) == -signal.SIGABRT, "the server died after the commit"
            return entry, key
        assert status == 422 and answer["type"] == "/problems/points-cap-exceeded", answer
    raise AssertionError("no member had room under the rule's cap")


if __name__ == "__main__":
    for engine in engines():
        drill(engine)
