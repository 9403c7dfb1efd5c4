"""W10: a statistics system keeps a copy of the city's members: a whole-city scan with
cursors (pages of 200), then the cost of the first page against the page at position 199,800.

Usage: scan.py BASE TOKEN OUT.json
"""
import json
import sys
import time
import urllib.request

PAGE = 200
LATE = 199_800
SAMPLES = 100


def get(base, token, query):
    request = urllib.request.Request(f"{base}/api/v1/members?{query}", headers={"Authorization": f"Bearer {token}"})
    start = time.perf_counter()
    with urllib.request.urlopen(request) as answer:
        page = json.load(answer)
    return page, time.perf_counter() - start


def p99(samples):
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] * 1000


def main(base, token, out):
    start = time.perf_counter()
    page, _ = get(base, token, f"limit={PAGE}")
    seen, pages, late = len(page["items"]), 1, None
    while page["next_cursor"]:
        if seen == LATE:
            late = page["next_cursor"]
        page, _ = get(base, token, f"limit={PAGE}&cursor={page['next_cursor']}")
        seen += len(page["items"])
        pages += 1
    scan = time.perf_counter() - start
    first = [get(base, token, f"limit={PAGE}")[1] for _ in range(SAMPLES)]
    result = {"members": seen, "pages": pages, "scan_s": scan, "first_p99_ms": p99(first)}
    if late:
        result["late_p99_ms"] = p99([get(base, token, f"limit={PAGE}&cursor={late}")[1] for _ in range(SAMPLES)])
    with open(out, "w", encoding="utf-8") as file:
        json.dump(result, file)
    print(json.dumps(result))


if __name__ == "__main__":
    main(*sys.argv[1:4])
