#!/usr/bin/env python3
"""Browser test of `findings report`: builds a dataset from the corpus, writes the
report, opens it in headless Chromium (DevTools protocol) and checks the page as
drawn: no console errors and no network requests, one heat-map cell per rating,
every chart rendered as an SVG with marks, the recommendations filter working,
and the print stylesheet printing. Writes screenshots beside the report.

usage: report_test.py --findings BIN --corpus DIR --workdir DIR
Exit 0 pass, 1 fail, 77 skipped (no chromium).
"""
import argparse
import base64
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cdp import Cdp  # noqa: E402

SKIP = 77
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--no-first-run", "--no-default-browser-check", "--hide-scrollbars", "--disable-dev-shm-usage",
         "--remote-debugging-port=0", "--window-size=1280,1600"]
failures = []


def check(condition, what):
    print(("ok    " if condition else "FAIL  ") + what)
    if not condition:
        failures.append(what)


def find_chromium():
    for name in [os.environ.get("CHROMIUM", ""), "chromium", "chromium-browser", "google-chrome"]:
        if name and shutil.which(name):
            return shutil.which(name)
    return None


def build_report(findings, corpus, workdir):
    dataset = os.path.join(workdir, "dataset")
    shutil.rmtree(dataset, ignore_errors=True)
    # Exit 1 (some file failed) still leaves a dataset of the others: other tests own extraction.
    refresh = subprocess.run([findings, "refresh", corpus, "--dataset", dataset])
    if refresh.returncode not in (0, 1):
        raise RuntimeError(f"findings refresh exited {refresh.returncode}")
    report = os.path.join(workdir, "report.html")
    subprocess.run([findings, "report", "--dataset", dataset, "-o", report], check=True)
    documents = [json.load(open(p)) for p in sorted(glob.glob(os.path.join(dataset, "reports", "*.json")))]
    return report, documents


def start_chromium(binary, profile):
    process = subprocess.Popen([binary] + FLAGS + [f"--user-data-dir={profile}", "about:blank"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    port_file = os.path.join(profile, "DevToolsActivePort")
    deadline = time.time() + 30
    while not os.path.exists(port_file) or not open(port_file).read().strip():
        if process.poll() is not None or time.time() > deadline:
            raise RuntimeError("chromium did not start: " + process.stderr.read().decode(errors="replace")[-2000:])
        time.sleep(0.1)
    port = int(open(port_file).read().split()[0])
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list") as response:
        pages = [t for t in json.load(response) if t["type"] == "page"]
    return process, pages[0]["webSocketDebuggerUrl"]


def open_page(cdp, report):
    for domain in ["Runtime", "Log", "Page", "Network"]:
        cdp.call(domain + ".enable")
    cdp.call("Page.navigate", url="file://" + os.path.abspath(report))
    cdp.wait_event("Page.loadEventFired", 60)
    deadline = time.time() + 60
    while cdp.evaluate("document.body.getAttribute('data-charts')") != "drawn":
        if time.time() > deadline:
            raise RuntimeError("the charts were not drawn within 60 s")
        time.sleep(0.2)


def console_errors(cdp):
    errors = []
    for method, params in cdp.events:
        if method == "Runtime.exceptionThrown":
            errors.append(params["exceptionDetails"].get("text", "exception"))
        elif method == "Runtime.consoleAPICalled" and params["type"] in ("error", "assert"):
            errors.append(" ".join(str(a.get("value", a.get("description"))) for a in params["args"]))
        elif method == "Log.entryAdded" and params["entry"]["level"] == "error":
            errors.append(params["entry"]["text"])
    return errors


def network_requests(cdp):
    return [p["request"]["url"] for m, p in cdp.events
            if m == "Network.requestWillBeSent" and not p["request"]["url"].startswith(("file:", "data:", "blob:", "about:"))]


def check_charts(cdp, documents):
    ratings = sum(len(d["ratings"]) for d in documents)
    cells = cdp.evaluate("document.querySelectorAll('#chart-ratings svg g.mark-rect.role-mark path').length")
    check(ratings > 0 and cells == ratings, f"heat map has one cell per rating ({cells} cells, {ratings} ratings)")
    words = cdp.evaluate("Array.from(document.querySelectorAll('#chart-ratings svg g.mark-text.role-mark text')).length")
    check(words == ratings, f"every heat-map cell shows its rating word ({words})")
    rows = cdp.evaluate("document.querySelectorAll('#ratings-table tbody tr').length")
    check(rows == ratings, f"the ratings table has one row per rating ({rows})")
    charts = cdp.evaluate("""Array.from(document.querySelectorAll('.chart[data-chart]')).map(d => [d.id,
        d.querySelectorAll('svg .role-mark > path, svg .role-mark > text, svg .role-mark > line').length])""")
    check(len(charts) == 5, f"five charts on the page ({[c[0] for c in charts]})")
    targets = cdp.evaluate("Array.from(document.querySelectorAll('nav a')).map(a => a.getAttribute('href'))")
    missing = [t for t in targets if not cdp.evaluate(f"document.querySelector({json.dumps(t)}) !== null")]
    check(len(targets) == 7 and not missing, f"the navigation reaches every section ({targets}; missing {missing})")
    for chart_id, marks in charts:
        check(marks > 0, f"{chart_id} rendered as an SVG with {marks} marks")
    points = sum(1 for d in documents for c in d["case_results"] if c.get("percent") is not None)
    dots = cdp.evaluate("document.querySelectorAll('#chart-case-results svg g.mark-symbol.role-mark path').length")
    check(dots == points, f"case results: one dot per report and question ({dots} dots, {points} results)")
    labels = cdp.evaluate("""Array.from(document.querySelectorAll('.chart svg .role-mark > path'))
                             .map(p => p.getAttribute('aria-label') || '')""")
    traced = [l for l in labels if ("Report: " in l and "Page: " in l) or "Mean of: " in l]
    check(labels and len(traced) == len(labels),
          f"every chart mark names its report and page, or the reports of its mean ({len(traced)} of {len(labels)})")


def check_comparable_ids(cdp, documents):
    """The key-facts comparison and the per-area timeline, against the documents."""
    facts = [k for d in documents for k in d["key_facts"] if k.get("fact")]
    bars = cdp.evaluate("document.querySelectorAll('#chart-key-facts svg g.mark-rect.role-mark path').length")
    check(len(facts) > 0 and bars == len(facts), f"key facts: one bar per key fact with an id ({bars} bars, {len(facts)} facts)")
    panels = cdp.evaluate("""Array.from(document.querySelectorAll('#chart-key-facts svg text'))
                             .map(t => t.textContent).filter(t => / \\((count|percent)\\)$/.test(t))""")
    ids = sorted({k["fact"] for k in facts})
    check(sorted(p.split(" (")[0] for p in panels) == ids, f"key facts: one small chart per fact id ({len(panels)} of {len(ids)})")
    crc_first = [p.split(" (")[0] for p in panels]
    types = {k["fact"]: k["provider"] or "both" for k in facts}
    order = [["CRC", "NPS", "both"].index(types[f]) for f in crc_first if f in types]
    check(order == sorted(order), f"key facts: CRC charts first, then NPS, then neither ({crc_first})")
    rows = cdp.evaluate("document.querySelectorAll('#key-facts-table tbody tr').length")
    check(rows == len(facts), f"the key-facts table has one row per fact ({rows})")
    for document in documents:
        for fact in document["key_facts"]:
            if fact.get("fact") == "caseload.crc":
                label = f"Area: {document['report']['area']}; Published: {document['report']['published']}; Value: {fact['value_text']}"
                found = cdp.evaluate(f"""Array.from(document.querySelectorAll('#chart-key-facts svg path'))
                                         .some(p => (p.getAttribute('aria-label') || '').includes({json.dumps(label)}))""")
                check(found, f"key facts: the bar of {document['report']['area']}'s CRC caseload says {fact['value_text']}")

    events = len(documents) + sum(len({p["period"] for p in d["percentages"] if p.get("period")}) for d in documents)
    points = cdp.evaluate("document.querySelectorAll('#chart-timeline svg g.mark-symbol.role-mark path').length")
    check(events > len(documents) and points == events,
          f"timeline: one point per report and per earlier inspection ({points} points, {events} events)")
    rows = cdp.evaluate("document.querySelectorAll('#timeline-table tbody tr').length")
    check(rows == events, f"the timeline table has one row per event ({rows})")
    scores = sum(1 for d in documents for p in d["percentages"] if p.get("period"))
    rows = cdp.evaluate("document.querySelectorAll('#earlier-table tbody tr').length")
    check(rows == scores, f"the earlier inspections' table has one row per score ({rows} of {scores})")
    first = cdp.evaluate("""Array.from(document.querySelectorAll('#timeline-table tbody tr'))
                            .filter(r => r.cells[0].textContent === 'Derbyshire').map(r => r.cells[1].textContent)""")
    check(first == sorted(first) and first[:1] == ["2010"], f"timeline: Derbyshire's 2010 inspection comes first ({first})")


def set_filter(cdp, text):
    cdp.evaluate(f"""(() => {{ const f = document.getElementById('rec-filter'); f.value = {json.dumps(text)};
                     f.dispatchEvent(new Event('input')); }})()""")
    return cdp.evaluate("""[document.querySelectorAll('#rec-groups tr.rec:not([hidden])').length,
                            document.querySelectorAll('#rec-groups .rec-group:not([hidden])').length,
                            document.getElementById('rec-count').textContent]""")


def check_filter(cdp, documents):
    total = sum(len(d["recommendations"]) for d in documents)
    target = next(d for d in documents if d["recommendations"])
    report_id = target["report"]["id"]
    expected = sum(1 for d in documents for r in d["recommendations"]
                   if report_id in d["report"]["id"] or report_id in r["text"] or report_id in r["addressee_text"])
    shown, groups, count = set_filter(cdp, report_id)
    check(shown == expected, f"filter '{report_id}' shows its {expected} recommendations ({shown}; '{count}')")
    shown, groups, count = set_filter(cdp, "zzqx no such words")
    check(shown == 0 and groups == 0, f"a filter matching nothing hides every row and group ('{count}')")
    shown, groups, count = set_filter(cdp, "")
    check(shown == total and count == f"{total} of {total} shown", f"clearing the filter shows all {total} again")


def screenshots(cdp, workdir):
    shot = cdp.call("Page.captureScreenshot", format="png")
    top = os.path.join(workdir, "report.png")
    open(top, "wb").write(base64.b64decode(shot["data"]))
    height = cdp.evaluate("document.documentElement.scrollHeight")
    full = cdp.call("Page.captureScreenshot", format="png", captureBeyondViewport=True,
                    clip={"x": 0, "y": 0, "width": 1280, "height": min(height, 16000), "scale": 1})
    open(os.path.join(workdir, "report-full.png"), "wb").write(base64.b64decode(full["data"]))
    print(f"screenshots: {top} and report-full.png")
    pdf = cdp.call("Page.printToPDF", printBackground=True)
    check(len(base64.b64decode(pdf["data"])) > 10000, "the page prints (PDF through the print stylesheet)")
    opened = cdp.evaluate("Array.from(document.querySelectorAll('details.numbers')).every(d => d.open)")
    check(opened, "printing opens the tables behind the charts")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--findings", required=True)
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--workdir", required=True)
    args = parser.parse_args()
    chromium = find_chromium()
    if not chromium:
        print("SKIP: chromium not found (scripts/setup installs Debian's chromium)")
        return SKIP
    os.makedirs(args.workdir, exist_ok=True)
    report, documents = build_report(args.findings, args.corpus, args.workdir)
    profile = tempfile.mkdtemp(prefix="findings-chromium-")
    process = None
    try:
        process, ws_url = start_chromium(chromium, profile)
        cdp = Cdp(ws_url)
        open_page(cdp, report)
        check_charts(cdp, documents)
        check_comparable_ids(cdp, documents)
        check_filter(cdp, documents)
        screenshots(cdp, args.workdir)
        errors = console_errors(cdp)
        check(not errors, f"no console errors {errors[:5]}")
        requests = network_requests(cdp)
        check(not requests, f"no network requests {requests[:5]}")
        cdp.close()
    finally:
        if process:
            process.terminate()
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()
        shutil.rmtree(profile, ignore_errors=True)
    print(f"{len(failures)} failed" if failures else "all checks passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
