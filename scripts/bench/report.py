"""Writes docs/BENCHMARKS.md from the outputs of scripts/bench.sh."""
import json
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
    "W8": "a street platform's queue: open requests by SLA due, page of 20",
    "W9": "post a resident request through Open311 (form, api_key)",
    "W11": "the city's co-building and support figures (dashboard/co-building)",
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


def group_commits(d):
    """How W5's appends shared commits: the server's group-commit log lines, summed, and the
    bytes it wrote meanwhile per commit (SQLite; PostgreSQL commits each append itself)."""
    log = os.path.join(d, "server.log")
    if not os.path.exists(log):
        return None
    writes = commits = 0
    sizes = [0] * 7
    counted = os.path.join(d, "W5-group-lines")
    lines = [line for line in open(log, encoding="utf-8", errors="replace") if "group commit:" in line]
    if os.path.exists(counted):
        lines = lines[: int(open(counted).read().strip() or 0)]
    for line in lines:
        match = re.search(r"group commit: (\d+) writes in (\d+) commits; (.*)", line)
        if match:
            writes += int(match.group(1))
            commits += int(match.group(2))
            for i, n in enumerate(re.findall(r": (\d+)", match.group(3))):
                sizes[i] += int(n)
    if not commits:
        return None
    labels = ["1", "2–3", "4–7", "8–15", "16–31", "32–63", "64"]
    spread = ", ".join(f"{label}: {n}" for label, n in zip(labels, sizes) if n)
    text = f"W5 group commit: {writes} appends in {commits} commits ({writes / commits:.1f} per commit; commits of {spread})"
    written = os.path.join(d, "W5-written")
    if os.path.exists(written):
        per_commit = int(open(written).read().strip()) / commits
        text += f"; {per_commit / 1024:.0f} KiB written per commit (about {per_commit / 4096:.0f} pages of 4 KiB; every write call of the server: WAL frames, checkpoints and the answers sent)"
    return text + "."


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
    firsts = []
    for name in ("W2", "W3", "W4"):
        path = os.path.join(d, f"{name}-first.txt")
        if os.path.exists(path):
            firsts.append(f"{name} {float(open(path).read().strip()) * 1000:.0f} ms")
    recomputed = []
    for name, label in (("W3-recomputed", "after W5's writes W3"), ("W4-recomputed", "W4"),
                        ("W4-after-meeting", "after one more meeting W4")):
        path = os.path.join(d, f"{name}-first.txt")
        if os.path.exists(path):
            recomputed.append(f"{label} {float(open(path).read().strip()) * 1000:.0f} ms")
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
    grouping = group_commits(d)
    if grouping:
        lines.append(grouping)
    if firsts:
        lines.append("First request after start, computed from the database by a cold server: " + ", ".join(firsts) + ".")
    if recomputed:
        lines.append("Computed again on a running server, once writes made the kept answers stale: " + ", ".join(recomputed) + ".")
    w10 = {}
    if os.path.exists(os.path.join(d, "W10.json")):
        w10 = json.load(open(os.path.join(d, "W10.json")))
        lines.append(
            f"W10 (a whole-city member scan with cursors, pages of 200): {w10['members']} members in {w10['pages']} pages, "
            f"{w10['scan_s']:.1f} s; p99 of the first page {w10['first_p99_ms']:.1f} ms, "
            f"of the page at position 199,800 {w10.get('late_p99_ms', float('nan')):.1f} ms."
        )
    whole = int(open(os.path.join(d, "peak-rss-kb")).read().strip()) // 1024
    rss = int(open(os.path.join(d, "peak-anon-kb")).read().strip() or 0) // 1024
    lines.append(f"Server peak memory during the run: {rss} MB of its own (RssAnon, sampled every 0.1 s); "
                 f"{whole} MB peak RSS counting the database pages it maps (VmHWM).")
    lines.append("")
    plans = os.path.join(d, "plans.txt")
    if os.path.exists(plans):
        lines += ["Query plans of the statements behind W2, W3 and W4:", "", "```", open(plans, encoding="utf-8").read().strip(), "```", ""]
    return "\n".join(lines), {name: r for name, r in rows.items()} | {"W6": float(w6[1]), "rss": rss, "W10": w10}


def completed(row):
    """Whether a workload answered within the run (wrk reports 0 ms when nothing completed)."""
    return row["rps"] >= 1 and row["p50"] and row["p99"]


def verdict(ok, row):
    return "NOT met (requests did not complete within the run)" if not completed(row) else ("met" if ok else "NOT met")


START = "<!-- make bench writes from here to the end marker -->"
END = "<!-- end of the part make bench writes -->"


def first_ms(base, engine, name):
    path = os.path.join(base, engine, f"{name}-first.txt")
    return float(open(path).read().strip()) * 1000 if os.path.exists(path) else None


def consecutive(base, checks, record):
    """Adds this run's verdicts to the history kept with the data sets (when the run measured
    `city`, which the targets are about) and shows the last five runs side by side: a target is
    met when it is met in every one of them."""
    history = os.path.join(base, "history.jsonl")
    verdicts = {line[2:].split(":")[0]: line.endswith("— met") for line in checks}
    if record:
        with open(history, "a", encoding="utf-8") as out:
            out.write(json.dumps({"run": datetime.datetime.now().isoformat(timespec="minutes"), "verdicts": verdicts}, ensure_ascii=False) + "\n")
    runs = [json.loads(line) for line in open(history, encoding="utf-8") if line.strip()][-5:]
    lines = [f"### The last {len(runs)} runs of this data set", "", "| target | " + " | ".join(r["run"] for r in runs) + " |",
             "|---|" + "---|" * len(runs)]
    for label in verdicts:
        marks = ["met" if r["verdicts"].get(label) else ("—" if label not in r["verdicts"] else "NOT met") for r in runs]
        lines.append(f"| {label} | " + " | ".join(marks) + " |")
    return "\n".join(lines)


# Reads whose cost is to stay within 2× at 10× the data: single objects, pages, and the
# dashboards and rankings (answered from counters rolled up per level, not from members).
SCALED_READS = ("W1", "W2", "W3", "W4", "W7", "W8", "W11")


def growth(base, results):
    """Cost growth from `city` to `megacity` on PostgreSQL, workload by workload."""
    p, m = results.get("postgres", {}), results.get("postgres-megacity", {})
    if not (p and m):
        return "", []
    # The two runs may meet the shared machine in different states: a workload's cost is its
    # time per request relative to /healthz in the same run.
    def cost(rows, name):
        return rows["healthz"]["rps"] / rows[name]["rps"]

    lines = ["## From city to megacity (PostgreSQL, 10× the data)", "",
             f"/healthz: {p['healthz']['rps']:.0f} requests/s in the city run, {m['healthz']['rps']:.0f} in the megacity run; "
             "growth is the megacity's cost per request over the city's, each relative to its run's /healthz.", "",
             "| workload | city p50 ms | megacity p50 ms | city req/s | megacity req/s | growth |",
             "|---|---:|---:|---:|---:|---:|"]
    checks = []
    for name in WORKLOADS:
        if name == "healthz" or name not in p or name not in m:
            continue
        a, b = p[name], m[name]
        ratio = cost(m, name) / cost(p, name) if completed(a) and completed(b) else float("nan")
        lines.append(f"| {name} | {a['p50']:.2f} | {b['p50']:.2f} | {a['rps']:.0f} | {b['rps']:.0f} | {ratio:.1f}× |")
        if name in SCALED_READS:
            checks.append(f"- {name} at 10× the data within 2× of city: {ratio:.1f}× — {'met' if ratio <= 2 else 'NOT met'}")
    for name, label in (("W3-recomputed", "W3 computed after writes"), ("W4-recomputed", "W4 computed after writes"),
                        ("W4-after-meeting", "W4 computed after a meeting")):
        a = first_ms(base, "postgres", name)
        b = first_ms(base, "postgres-megacity", name)
        if a and b:
            lines.append(f"| {label} | {a:.0f} | {b:.0f} | — | — | {b / a:.1f}× |")
            checks.append(f"- {label} at 10× the data within 2× of city: {b / a:.1f}× — {'met' if b <= 2 * a else 'NOT met'}")
    a, b = p.get("W10") or {}, m.get("W10") or {}
    if a.get("scan_s") and b.get("scan_s"):
        lines.append(f"| W10 whole scan (s; 10× the members) | {a['scan_s']:.1f} | {b['scan_s']:.1f} | — | — | {b['scan_s'] / a['scan_s']:.1f}× |")
    seed = os.path.join(base, "postgres-megacity", "seed-time")
    if os.path.exists(seed):
        seconds = float(open(seed).read().split()[0])
        checks.append(f"- megacity generated on PostgreSQL in under 20 minutes: {seconds / 60:.1f} min — {'met' if seconds < 1200 else 'NOT met'}")
    return "\n".join(lines) + "\n\n", checks


def main(base, target):
    sections = []
    results = {}
    for engine in ("sqlite", "postgres", "sqlite-megacity", "postgres-megacity"):
        if not os.path.isdir(os.path.join(base, engine)):
            continue
        text, rows = engine_section(base, engine)
        sections.append(text)
        results[engine] = rows
    checks = []
    s = results.get("sqlite", {})
    if s:
        checks.append(f"- W1 ≥ 40% of /healthz: {s['W1']['rps'] / s['healthz']['rps']:.0%} — {'met' if s['W1']['rps'] >= 0.4 * s['healthz']['rps'] else 'NOT met'}")
        for name, limit in (("W2", 25), ("W3", 50), ("W7", 25)):
            checks.append(f"- {name} p99 ≤ {limit} ms: {s[name]['p99']:.1f} ms — {verdict(s[name]['p99'] <= limit, s[name])}")
        checks.append(f"- W2 p99 with margin, ≤ 15 ms: {s['W2']['p99']:.1f} ms — {verdict(s['W2']['p99'] <= 15, s['W2'])}")
        computed = [first_ms(base, "sqlite", "W4-recomputed") or first_ms(base, "sqlite", "W4"),
                    first_ms(base, "sqlite", "W4-after-meeting")]
        w4 = max([s["W4"]["p99"]] + [ms for ms in computed if ms])
        checks.append(f"- W4 ≤ 100 ms for the whole city (the slower of p99 under load and a computed request on a running server): {w4:.1f} ms — {verdict(w4 <= 100, s['W4'])}")
        checks.append(f"- W5 ≥ 2,000 entries/s: {s['W5']['rps']:.0f}/s — {verdict(s['W5']['rps'] >= 2000, s['W5'])}")
        checks.append(f"- W6 ≤ 5 s: {s['W6']:.2f} s — {'met' if s['W6'] <= 5 else 'NOT met'}")
        checks.append(f"- server peak memory ≤ 200 MB (its own, without the mapped database file): {s['rss']} MB — {'met' if s['rss'] <= 200 else 'NOT met'}")
        if "W8" in s:
            checks.append(f"- W8 p99 ≤ 25 ms: {s['W8']['p99']:.1f} ms — {verdict(s['W8']['p99'] <= 25, s['W8'])}")
        if "W9" in s:
            checks.append(f"- W9 ≥ 1,000 requests/s (synchronous=FULL): {s['W9']['rps']:.0f}/s — {verdict(s['W9']['rps'] >= 1000, s['W9'])}")
        if "W11" in s:
            checks.append(f"- W11 p99 ≤ 100 ms: {s['W11']['p99']:.1f} ms — {verdict(s['W11']['p99'] <= 100, s['W11'])}")
        w10 = s.get("W10") or {}
        if "late_p99_ms" in w10:
            ratio = w10["late_p99_ms"] / w10["first_p99_ms"]
            checks.append(f"- W10 p99 of the page at 199,800 within 1.5× of the first page: {ratio:.2f}× — {'met' if ratio <= 1.5 else 'NOT met'}")
        if w10:
            checks.append(f"- W10 full scan of the city's members < 60 s: {w10['scan_s']:.1f} s — {'met' if w10['scan_s'] < 60 else 'NOT met'}")
    p = results.get("postgres", {})
    if s and p:
        for name in ("W1", "W2", "W3", "W4", "W7", "W8", "W11"):
            if name not in p or name not in s:
                continue
            if not (completed(p[name]) and completed(s[name])):
                checks.append(f"- PostgreSQL within 2× of SQLite, {name}: not comparable (requests did not complete on one of them)")
                continue
            ratio = p[name]["p50"] / s[name]["p50"]
            checks.append(f"- PostgreSQL within 2× of SQLite, {name} p50: {ratio:.1f}× — {'met' if ratio <= 2 else 'NOT met'}")
        if "W8" in p:
            checks.append(f"- W8 p99 ≤ 25 ms on PostgreSQL: {p['W8']['p99']:.1f} ms — {verdict(p['W8']['p99'] <= 25, p['W8'])}")
    scaling, scaled = growth(base, results)
    checks += scaled
    print("\n".join(checks))
    record = os.environ.get("BENCH_PROFILE", "city") == "city"
    generated = f"""{START}

Machine: {machine()}. Run: {datetime.date.today()}.

## Targets (SQLite unless named)

{chr(10).join(checks) if checks else 'No results.'}

{consecutive(base, checks, record)}

{scaling}## Results

{chr(10).join(sections)}
{END}"""
    try:
        current = open(target, encoding="utf-8").read()
    except OSError:
        current = ""
    if START in current and END in current:
        body = current[: current.index(START)] + generated + current[current.index(END) + len(END):]
    else:
        body = f"""# Benchmarks

Measured by `make bench` (`scripts/bench.sh`).

{generated}
"""
    with open(target, "w", encoding="utf-8") as out:
        out.write(body)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
