"""``lienket match --catalog SUPPLIERS.jsonl --queries QUERIES.jsonl --top 10 --out RESULTS.jsonl``.

No database, no network: reads two JSON-lines files, ranks suppliers per query with
:class:`lienket.core.match.index.MatchIndex`, writes one line per query in input order.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from typing import Any

from lienket.cli import CommandError


def read_jsonl(path: str, what: str) -> Iterator[tuple[int, dict[str, Any]]]:
    """Yield ``(line number, object)`` from a JSON-lines file; blank lines are skipped, a bad line is an error
    naming the file and line."""
    try:
        fh = open(path, encoding="utf-8-sig")
    except OSError as exc:
        raise CommandError(f"cannot read {what} file {path}: {exc.strerror or exc}") from None
    with fh:
        try:
            for no, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise CommandError(
                        f"{path}, line {no}: not valid JSON ({exc.msg}, column {exc.colno})"
                    ) from None
                if not isinstance(obj, dict):
                    raise CommandError(f"{path}, line {no}: expected a JSON object, got {type(obj).__name__}")
                if "id" not in obj or obj["id"] is None or obj["id"] == "":
                    raise CommandError(f"{path}, line {no}: field 'id' is missing")
                yield no, obj
        except UnicodeDecodeError as exc:
            raise CommandError(f"{path}: not UTF-8 text ({exc.reason})") from None


def _check_list(path: str, no: int, obj: dict, key: str) -> None:
    v = obj.get(key)
    if v is not None and not isinstance(v, list | str):
        raise CommandError(f"{path}, line {no}: field '{key}' must be a list of strings")


def run(args) -> int:
    """Run the command: read, index, rank, write. User errors raise :class:`CommandError` (exit 2)."""
    from lienket.core.match.index import MatchIndex, Query, Supplier

    if args.top is None or args.top < 1:
        raise CommandError("--top must be at least 1")
    suppliers = []
    for no, obj in read_jsonl(args.catalog, "catalog"):
        _check_list(args.catalog, no, obj, "certifications")
        suppliers.append(Supplier.from_record(obj))
    queries = []
    for no, obj in read_jsonl(args.queries, "queries"):
        _check_list(args.queries, no, obj, "required_certifications")
        if not isinstance(obj.get("text", ""), str):
            raise CommandError(f"{args.queries}, line {no}: field 'text' must be a string")
        queries.append(Query.from_record(obj))
    index = MatchIndex(suppliers)
    out_dir = os.path.dirname(os.path.abspath(args.out))
    if not os.path.isdir(out_dir):
        raise CommandError(f"cannot write {args.out}: folder {out_dir} does not exist")
    try:
        with open(args.out, "w", encoding="utf-8") as fh:
            for q in queries:
                results = [m.to_json() for m in index.search(q, args.top)]
                fh.write(json.dumps({"query_id": q.id, "results": results}, ensure_ascii=False) + "\n")
    except OSError as exc:
        raise CommandError(f"cannot write {args.out}: {exc.strerror or exc}") from None
    print(f"lienket match: {len(queries)} queries × {len(suppliers)} suppliers → {args.out}", file=sys.stderr)
    return 0
