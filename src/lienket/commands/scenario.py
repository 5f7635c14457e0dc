"""``lienket scenario``: import-disruption scenario on a NETWORK.json file or on the configured database.

Contract (kept exactly; an outside evaluation calls it):
``lienket scenario --network NETWORK.json --stop CN,KR --weeks 8 --out RESULT.json``.
The required RESULT.json keys are ``value_at_risk``, ``localization_rate`` and ``buyers`` (``id``,
``value_at_risk``, ``first_short_week``); every other key is an addition. Formulas: docs/analytics.md.
File mode never imports Django.
"""

from __future__ import annotations

import importlib
import json
import math
import os
import sys
from dataclasses import replace
from typing import Any

from lienket.cli import CommandError
from lienket.core.network import (
    MAX_WEEKS,
    Network,
    NetworkError,
    ScenarioResult,
    ScenarioSpec,
    localization_rate,
    network_from_dict,
    parse_stop_list,
    province_key,
    scenario,
)

# Warnings beyond this many are counted, not printed one by one (a 1M-line file must not flood the terminal).
MAX_PRINTED_WARNINGS = 20
MAX_STORED_WARNINGS = 1000


def load_network_file(path: str) -> Network:
    """Read and validate NETWORK.json; every problem becomes a CommandError naming the file and field."""
    try:
        with open(path, encoding="utf-8-sig") as fh:
            data = json.load(fh)
    except FileNotFoundError:
        raise CommandError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise CommandError(f"{path}: is a directory, expected a NETWORK.json file") from None
    except OSError as exc:
        raise CommandError(f"{path}: cannot read: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        raise CommandError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except json.JSONDecodeError as exc:
        raise CommandError(
            f"{path}: invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        ) from None
    try:
        return network_from_dict(data, source=path)
    except NetworkError as exc:
        raise CommandError(str(exc)) from None


def load_network_database(year: int | None, province: str | None) -> Network:
    """Ask ``lienket.web.analytics_source.load_network(year=, province=)`` for the database's network."""
    try:
        source = importlib.import_module("lienket.web.analytics_source")
        loader = source.load_network
    except Exception as exc:  # any import-time failure (module missing, Django not configured) is the same
        raise CommandError(f"no --network given and the database source is not available: {exc}") from None
    try:
        network = loader(year=year, province=province)
    except NetworkError as exc:
        raise CommandError(f"database: {exc}") from None
    if not isinstance(network, Network):
        raise CommandError("database source returned no network (expected lienket.core.network.Network)")
    return network


def filter_network(network: Network, year: int | None, province: str | None) -> Network:
    """Keep demand lines of ``year`` (lines without a year are kept) whose buyer is in ``province``."""
    lines = network.demand
    warnings = list(network.warnings)
    if year is not None:
        if not any(line.year is not None for line in lines):
            warnings.append(f"--year {year}: no demand line carries a year; all lines are used")
        lines = [line for line in lines if line.year is None or line.year == year]
    if province is not None:
        key = province_key(province)
        lines = [
            line
            for line in lines
            if (b := network.firms.get(line.buyer)) is not None and b.province_key and b.province_key == key
        ]
        if not lines:
            warnings.append(f"--province {province!r}: no buyer in that province")
    return replace(network, demand=lines, warnings=warnings)


def result_payload(network: Network, result: ScenarioResult, stopped: list[str]) -> dict[str, Any]:
    """RESULT.json: the three contract keys first, then additions that help a reader."""
    loc = localization_rate(network)
    warnings = list(network.warnings) + list(result.warnings)
    return {
        "value_at_risk": result.value_at_risk,
        "localization_rate": loc.in_province,
        "buyers": [
            {
                "id": network.raw_ids.get(b.id, b.id),
                "value_at_risk": b.value_at_risk,
                "first_short_week": b.first_short_week,
                "value_at_risk_per_week": b.value_at_risk_per_week,
                "lines": b.lines,
                "products": list(b.products),
            }
            for b in result.buyers
        ],
        "weeks": result.spec.weeks,
        "stopped": stopped,
        "value_at_risk_per_week": result.value_at_risk_per_week,
        "localization_rate_vietnam": loc.in_vietnam,
        "total_annual_value": loc.total_value,
        "demand_lines": len(network.demand),
        "lines_affected": len(result.affected_lines),
        "products": [
            {
                "product": p.product,
                "value_at_risk": p.value_at_risk,
                "first_short_week": p.first_short_week,
                "value_at_risk_per_week": p.value_at_risk_per_week,
                "buyers": p.buyers,
            }
            for p in result.products
        ],
        "warnings": warnings[:MAX_STORED_WARNINGS],
        "warnings_total": len(warnings),
    }


def _print_warnings(warnings: list[str]) -> None:
    for w in warnings[:MAX_PRINTED_WARNINGS]:
        print(f"lienket scenario: warning: {w}", file=sys.stderr)
    if len(warnings) > MAX_PRINTED_WARNINGS:
        print(
            f"lienket scenario: warning: ... and {len(warnings) - MAX_PRINTED_WARNINGS} more "
            "(listed under 'warnings' in the result file)",
            file=sys.stderr,
        )


def write_json(path: str, payload: dict[str, Any]) -> None:
    """Write UTF-8 JSON (``-`` = stdout); full float precision, non-ASCII kept as is."""
    text = json.dumps(payload, ensure_ascii=False, indent=2, allow_nan=False) + "\n"
    if path == "-":
        sys.stdout.write(text)
        return
    parent = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(parent):
        raise CommandError(f"--out {path}: directory {parent} does not exist")
    try:
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(text)
    except OSError as exc:
        raise CommandError(f"--out {path}: cannot write: {exc.strerror or exc}") from None


def run(args: Any) -> int:
    """Run the scenario described by the parsed arguments and write RESULT.json (exit 0)."""
    return _run(args)


def _run(args: Any) -> int:
    weeks = args.weeks
    if weeks is None or not math.isfinite(weeks) or not 0 <= weeks <= MAX_WEEKS:
        raise CommandError(f"--weeks must be a number between 0 and {MAX_WEEKS:g}, got {weeks!r}")
    stop, stop_warnings = parse_stop_list(args.stop)
    if args.network is not None:
        network = load_network_file(args.network)
    else:
        network = load_network_database(args.year, args.province)
    if args.network is not None and (args.year is not None or args.province is not None):
        network = filter_network(network, args.year, args.province)
    network.warnings[:0] = stop_warnings
    result = scenario(network, ScenarioSpec(stop_countries=stop, weeks=float(weeks)))
    payload = result_payload(network, result, sorted(stop))
    _print_warnings(list(network.warnings) + list(result.warnings))
    write_json(args.out, payload)
    return 0
