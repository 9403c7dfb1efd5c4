"""Writes docs/BENCHMARKS.md from the outputs of scripts/bench.sh."""
import os
import platform
import re
import subprocess
import sys
import datetime

WORKLOADS = {
    "healthz": "framework ceiling: GET /healthz",
    "W1": "get one member (random id)",
    "W2": "a street's mobile members, page of 20, sorted by name",
    "W3": "points ranking, top 50 of a district for the year",
    "W4": "city dashboard counts (categories × stages, coverage, compliance)",
    "W5": "add a points entry (write, caps checked)",
    "W7": "subtree organization list of a district, page of 20",
}


def millis(text):
    value, unit = re.match(r"([\d.]+)(\w+)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}[unit]


def parse(path):
    text = open(path, encoding="utf-8").read()
    result = {"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))}
    for pct in ("50", "99"):
        match = re.search(rf"\s{pct}%\s+([\d.]+\w+)", text)
        result[f"p{pct}"] = millis(match.group(1)) if match else None
    requests = re.search(r"(\d+) requests in ([\d.]+)(\w+)", text)
    result["requests"] = int(requests.group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    socket = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
    result["errors"] = (int(errors.group(1)) if errors else 0) + (sum(map(int, socket.groups())) if socket else 0)
    return result


def machine():
    cpu = "unknown CPU"
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = subprocess.run(["free", "-g"], capture_output=True, text=True).stdout.split("\n")[1].split()[1]
    return f"{os.cpu_count()} cores ({cpu}), {memory} GiB RAM, {platform.system()} {platform.release()}"


def engine_section(base, engine):
    d = os.path.join(base, engine)
    if not os.path.isdir(d) or not os.path.exists(os.path.join(d, "W1.txt")):
        return f"### {engine}\n\nNot measured in this run.\n", {}
    rows = {name: parse(os.path.join(d, f"{name}.txt")) for name in WORKLOADS if os.path.exists(os.path.join(d, f"{name}.txt"))}
    ceiling = rows["healthz"]["rps"]
    lines = [f"### {engine}", ""]
    seed = open(os.path.join(d, "seed-output")).read().strip() if os.path.exists(os.path.join(d, "seed-output")) else "reused"
    if os.path.exists(os.path.join(d, "seed-time")):
        seconds, kb = open(os.path.join(d, "seed-time")).read().split()
        seed += f" (wall {float(seconds):.1f} s, generator peak RSS {int(kb) // 1024} MB)"
    lines.append(f"Data set: {seed}")
    lines.append("")
    lines.append("| workload | what | req/s | × /healthz | p50 ms | p99 ms | errors |")
    lines.append("|---|---|---:|---:|---:|---:|---:|")
    for name, r in rows.items():
        lines.append(
            f"| {name} | {WORKLOADS[name]} | {r['rps']:.0f} | {r['rps'] / ceiling:.2f} | {r['p50']:.2f} | {r['p99']:.2f} | {r['errors']} |"
        )
    w6 = open(os.path.join(d, "W6.txt")).read().split()
    lines.append(f"| W6 | import a 10,000-row roster (one request) | — | — | {float(w6[1]) * 1000:.0f} (HTTP {w6[0]}) | — | {0 if w6[0] == '200' else 1} |")
    before, after = map(int, open(os.path.join(d, "W5-count")).read().split())
    w5 = rows.get("W5")
    if w5:
        accepted = w5["requests"] - w5["errors"]
        lines.append("")
        # Requests still in flight when wrk stops are completed by the server afterwards, so
        # the ledger may grow by more than wrk counted, never by less.
        lines.append(
            f"W5 ledger check: {accepted} entries answered 201 within the run, the ledger grew by {after - before}: "
            f"{'no lost update' if after - before >= accepted else 'LOST UPDATES'}."
        )
    rss = int(open(os.path.join(d, "peak-rss-kb")).read().strip()) // 1024
    lines.append(f"Server peak RSS during the run: {rss} MB.")
    lines.append("")
    return "\n".join(lines), {name: r for name, r in rows.items()} | {"W6": float(w6[1]), "rss": rss}


def completed(row):
    """Whether a workload answered within the run (wrk reports 0 ms when nothing completed)."""
    return row["rps"] >= 1 and row["p50"] and row["p99"]


def verdict(ok, row):
    return "NOT met (requests did not complete within the run)" if not completed(row) else ("met" if ok else "NOT met")


def main(base, target):
    sections = []
    results = {}
    for engine in ("sqlite", "postgres"):
        text, rows = engine_section(base, engine)
        sections.append(text)
        results[engine] = rows
    checks = []
    s = results.get("sqlite", {})
    if s:
        checks.append(f"- W1 ≥ 40% of /healthz: {s['W1']['rps'] / s['healthz']['rps']:.0%} — {'met' if s['W1']['rps'] >= 0.4 * s['healthz']['rps'] else 'NOT met'}")
        for name, limit in (("W2", 25), ("W3", 50), ("W7", 25)):
            checks.append(f"- {name} p99 ≤ {limit} ms: {s[name]['p99']:.1f} ms — {verdict(s[name]['p99'] <= limit, s[name])}")
        checks.append(f"- W4 ≤ 100 ms (p50 for the whole city): {s['W4']['p50']:.1f} ms — {verdict(s['W4']['p50'] <= 100, s['W4'])}")
        checks.append(f"- W5 ≥ 2,000 entries/s: {s['W5']['rps']:.0f}/s — {verdict(s['W5']['rps'] >= 2000, s['W5'])}")
        checks.append(f"- W6 ≤ 5 s: {s['W6']:.2f} s — {'met' if s['W6'] <= 5 else 'NOT met'}")
        checks.append(f"- server peak RSS ≤ 200 MB: {s['rss']} MB — {'met' if s['rss'] <= 200 else 'NOT met'}")
    p = results.get("postgres", {})
    if s and p:
        for name in ("W1", "W2", "W3", "W4", "W7"):
            if not (completed(p[name]) and completed(s[name])):
                checks.append(f"- PostgreSQL within 2× of SQLite, {name}: not comparable (requests did not complete on one of them)")
                continue
            ratio = p[name]["p50"] / s[name]["p50"]
            checks.append(f"- PostgreSQL within 2× of SQLite, {name} p50: {ratio:.1f}× — {'met' if ratio <= 2 else 'NOT met'}")
    body = f"""# Benchmarks

Measured by `make bench` (`scripts/bench.sh`): the release build serving the generated `city`
data set (`dangjian seed --profile city`), driven by `wrk -t2 -c16 -d10s --latency` with client
and server on the same machine. Each workload is also given as a ratio of `/healthz`
(the framework's ceiling on this machine) so that results compare across machines.

Machine: {machine()}. Run: {datetime.date.today()}.

## Targets (SQLite unless named)

{chr(10).join(checks) if checks else 'No results.'}

## Results

{chr(10).join(sections)}
## Not met yet, and why

Measured with wrk and the server sharing the 2 cores. The read workloads that aggregate a
subtree (W2 link=any, W3, W4) are too slow at city scale, and while they run they hold the
8 pooled connections, so the workloads measured after them (W4, W5) queue behind their
backlog — their numbers above are mostly that queue. Causes found so far, and the planned fix:

- **W2** (a street's members through either link): `membership_org_path` range OR
  `residence_org_path` range, then category, then ORDER BY name, counted and paged. The OR
  defeats the `(path, name)` indexes for the sort. Fix: two index range scans with
  `(path, category, name)` indexes merged by UNION ALL (the residence side excluding members
  already in the membership range), counts added.
- **W3** (ranking of a district): sums 1.86 million ledger rows' current year per member on
  every request. Fix: a per-member, per-year totals row maintained in the same transaction as
  each append (the ledger stays the source of truth and `verify` still recomputes it), so a
  ranking reads one indexed row per member.
- **W4** (city dashboard): aggregates all 200,000 members, all units and the quarter's
  meetings per request. Fix: the same pre-aggregated counters, or a short-lived cache per
  organization.
- **W1** (one member): each request verifies the token and loads the account, its roles and
  scope paths (4 queries), then the member and the names of its links (3 queries). Fix: cache
  the resolved caller per token for its lifetime and fold the name lookups into one query.
- **W5** (writes): SQLite writers are serialized (`BEGIN IMMEDIATE`) and every commit is
  fsynced (`synchronous=FULL`, required so that a committed write survives power loss); the
  throughput is bounded by fsync latency. Fix: group commit of concurrent appends in one
  transaction.
- PostgreSQL: the generator takes about 4 minutes for `city` (over the 2-minute mark, which is
  set for SQLite); W3 and W4 show the same aggregation cost as on SQLite.

## Scaling

- **How cost grows.** Every list and ranking reads an index range on a materialized path
  (`membership_org_path`, `residence_org_path`, `path`), so W1, W2 and W7 cost the rows of
  the page plus the count of the subtree; W3 and W4 aggregate the subtree they are asked about
  (a district for W3, the whole city for W4), so they grow linearly with it: a `megacity`
  (10×) district costs about ten times a `city` district for W3, and the megacity dashboard
  about ten times the city's. `megacity` has not been measured yet (`dangjian seed --profile
  megacity` generates it; run `BENCH_ENGINES=postgres scripts/bench.sh` after changing the
  profile in the script).
- **Beyond one machine.** The service keeps no session state: access tokens are verified
  with the shared `DANGJIAN_JWT_SECRET`, refresh tokens and lockouts live in the database. A
  province runs several `dangjian serve` instances behind a load balancer on one PostgreSQL;
  dashboard and ranking reads (W3, W4) can go to read replicas, since they tolerate seconds of
  lag; ledger writes (W5) take a per-member row lock, so writers of different members do not
  contend.
"""
    with open(target, "w", encoding="utf-8") as out:
        out.write(body)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
