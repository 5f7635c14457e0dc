"""``lienket resolve INPUT.csv --out OUTPUT.csv [--engine duckdb|spark] [--branches separate|joined]``: which rows
are the same enterprise (by default a dependent branch joins its head office; ``--branches separate`` keeps it apart).

INPUT: UTF-8 CSV (a BOM is accepted) with header ``id,name,tax_code,address,phone`` (extra columns ignored; any
field but ``id`` may be empty). OUTPUT: ``id,entity``, one row per input id in input order; equal ``entity``
means the same enterprise. No database, no network. Bad input exits 2 naming the file and line.
"""

from __future__ import annotations

import csv
import sys

HELP = "entity resolution: which rows are the same enterprise (no database)"
REQUIRED = ("id", "name", "tax_code", "address", "phone")


class InputError(Exception):
    """Unusable input file (the message names the file and line)."""


def read_records(path: str):
    """Raw records of the CSV at ``path``; raises ``InputError`` naming the file/line on bad input."""
    from lienket.core.resolve.normalise import RawRecord

    try:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            reader = csv.reader(fh)
            try:
                header = next(reader)
            except StopIteration:
                raise InputError(
                    f"{path}: line 1: empty file, expected header {','.join(REQUIRED)}"
                ) from None
            cols = [h.strip().lower() for h in header]
            missing = [c for c in REQUIRED if c not in cols]
            if missing:
                raise InputError(f"{path}: line 1: header lacks column(s) {', '.join(missing)}")
            idx = {c: cols.index(c) for c in REQUIRED}
            records, seen = [], {}
            for row in reader:
                line = reader.line_num
                if not row or all(not v.strip() for v in row):
                    continue
                if len(row) < len(cols):
                    row = row + [""] * (len(cols) - len(row))
                rid = row[idx["id"]]
                if not rid.strip():
                    raise InputError(f"{path}: line {line}: field id is empty")
                if rid in seen:
                    raise InputError(f"{path}: line {line}: duplicate id {rid!r} (first on line {seen[rid]})")
                seen[rid] = line
                records.append(RawRecord(rid, *(row[idx[c]] for c in REQUIRED[1:])))
            return records
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except csv.Error as exc:
        raise InputError(f"{path}: line {reader.line_num}: {exc}") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None


def add_arguments(parser) -> None:
    """Arguments (cli.py declares the same contract)."""
    parser.add_argument("input", metavar="INPUT.csv")
    parser.add_argument("--out", required=True, metavar="OUTPUT.csv")
    parser.add_argument("--engine", choices=["duckdb", "spark", "python"], default="duckdb")
    parser.add_argument("--branches", choices=["separate", "joined"], default="joined")


def run(args) -> int:
    """Resolve ``args.input`` into ``args.out`` with ``args.engine``; returns the exit status."""
    from lienket.core.resolve.engine import resolve

    try:
        records = read_records(args.input)
    except InputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    labels = resolve(
        records,
        engine=getattr(args, "engine", None) or "duckdb",
        branches=getattr(args, "branches", None) or "joined",
    )
    try:
        with open(args.out, "w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(["id", "entity"])
            for rec, label in zip(records, labels, strict=True):
                writer.writerow([rec.id, label])
    except OSError as exc:
        print(f"error: {args.out}: cannot write: {exc.strerror or exc}", file=sys.stderr)
        return 2
    n = len(set(labels))
    print(f"{len(records)} records, {n} enterprise{'' if n == 1 else 's'} → {args.out}", file=sys.stderr)
    return 0
