#!/usr/bin/env python3
"""The CSV tables of a dataset, read as an analyst would: with Python's csv and
sqlite3 modules. Builds a dataset from the corpus with `findings refresh`, then
checks that every csv/<table>.csv has the header and the row count of the SQLite
table of the same name (reports, providers and report_providers included), that
csv/README.md gives every column a meaning, and that the files join: every
report_id is a report, every provider_id a provider, and the 2016 and 2018-19
reports of one area name their CRC and NPS by the registry's ids.

usage: csv_tables_test.py --findings BIN --corpus DIR --workdir DIR
"""
import argparse
import csv
import os
import re
import shutil
import sqlite3
import subprocess
import sys

failures = []


def check(condition, what):
    print(("ok    " if condition else "FAIL  ") + what)
    if not condition:
        failures.append(what)


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    return rows[0], rows[1:]


def readme_sections(text):
    """table name -> {column: meaning} from the README's '## table.csv' tables."""
    sections, current = {}, None
    for line in text.splitlines():
        heading = re.match(r"^## (\w+)\.csv$", line)
        if heading:
            current = sections.setdefault(heading.group(1), {})
            continue
        row = re.match(r"^\| `([^`]+)` \| (.*) \|$", line)
        if row and current is not None:
            current[row.group(1)] = row.group(2).strip()
    return sections


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--findings", required=True)
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--workdir", required=True)
    args = parser.parse_args()
    dataset = os.path.join(args.workdir, "csv-dataset")
    shutil.rmtree(dataset, ignore_errors=True)
    subprocess.run([args.findings, "refresh", args.corpus, "--dataset", dataset], check=True)

    db = sqlite3.connect(os.path.join(dataset, "findings.sqlite"))
    readme = readme_sections(open(os.path.join(dataset, "csv", "README.md"), encoding="utf-8").read())
    files = sorted(f[:-4] for f in os.listdir(os.path.join(dataset, "csv")) if f.endswith(".csv"))
    for table in ["reports", "providers", "report_providers", "ratings", "key_facts", "percentages"]:
        check(table in files, f"csv/{table}.csv exists")

    tables = {}
    for table in files:
        header, rows = read_csv(os.path.join(dataset, "csv", table + ".csv"))
        tables[table] = [dict(zip(header, row)) for row in rows]
        columns = [c[1] for c in db.execute(f'PRAGMA table_info("{table}")')]
        count = db.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]
        check(header == columns, f"{table}.csv has the columns of the SQLite table")
        check(len(rows) == count, f"{table}.csv has {len(rows)} rows, SQLite {count}")
        check(all(len(row) == len(header) for row in rows), f"{table}.csv rows are all {len(header)} fields")
        documented = readme.get(table, {})
        missing = [c for c in header if not documented.get(c)]
        check(not missing, f"README.md gives every column of {table}.csv a meaning (missing: {missing})")

    report_ids = {r["id"] for r in tables["reports"]}
    provider_ids = {p["id"] for p in tables["providers"]}
    check(len(report_ids) == 5, "five reports")
    for table, rows in tables.items():
        if table in ("reports", "providers"):
            continue
        check(all(r["report_id"] in report_ids for r in rows), f"every {table}.csv report_id is a report")
        if rows and "provider" in rows[0] and "provider_id" in rows[0]:
            ids = [r["provider_id"] for r in rows if r["provider_id"]]
            check(all(i in provider_ids for i in ids), f"every {table}.csv provider_id is a provider")
            typed = [r for r in rows if r["provider"]]
            check(all(r["provider_id"].startswith(r["provider"].lower() + ".") for r in typed if r["provider_id"]),
                  f"{table}.csv: provider_id is of the row's provider type")

    links = {(r["report_id"], r["type"]): r["provider_id"] for r in tables["report_providers"]}
    check(links.get(("derbyshire-2016-09", "CRC")) == "crc.derbyshire-nottinghamshire-leicestershire-rutland",
          "Derbyshire 2016: its CRC by id")
    check(links.get(("kent-2016-10", "NPS")) == "nps.south-east-eastern", "Kent 2016: its NPS division by id")
    dtv = [r for r in tables["ratings"] if r["report_id"] == "durham-tees-valley-2019-03"]
    check(dtv and all(r["provider_id"] == "crc.durham-tees-valley" for r in dtv),
          "Durham Tees Valley 2019: every rating names crc.durham-tees-valley")
    kent_crc = [r for r in tables["key_facts"] if r["report_id"] == "kent-2016-10" and r["fact"] == "caseload.crc"]
    check(len(kent_crc) == 1 and kent_crc[0]["provider_id"] == "crc.kent-surrey-sussex" and float(kent_crc[0]["value"]) == 8392,
          "Kent's CRC caseload (8,392) is a key_facts row with fact and provider_id")

    print(f"{len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
