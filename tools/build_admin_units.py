"""Regenerate src/lienket/data/admin/*.csv from the installed `vietnam-provinces` and `vietnamadminunits` packages.

Run from the repository root with the project's virtualenv active:

    python tools/build_admin_units.py            # writes the CSV files
    python tools/build_admin_units.py --check    # exits 1 if the committed files differ from a fresh build

Reads only the packages' data files (JSON and SQLite); never imports `vietnamadminunits` itself, whose
converter pulls in geopy/shapely/unidecode and geocodes over the network.

Sources:
- names and official codes of the 34 provinces and 3,321 communes: `vietnam-provinces` (GSO list);
- centroids, the 63 legacy provinces, 696 legacy districts, 10,035 legacy wards and the old→new ward mapping:
  `vietnamadminunits` (MIT). Its own new-unit codes differ from the GSO codes for ~160 communes, so new units are
  joined to `vietnam-provinces` by (province, folded name), never by its codes.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
import sqlite3
import sys
import unicodedata
from importlib import metadata
from pathlib import Path

import vietnam_provinces
import vietnamadminunits  # noqa: F401  (only to locate its data folder)

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "lienket" / "data" / "admin"
VP_JSON = Path(vietnam_provinces.NESTED_DIVISIONS_JSON_PATH)
VAU_DIR = Path(vietnamadminunits.__file__).parent / "data"

REFORM_FROM = "2025-07-01"
LEGACY_TO = "2025-06-30"

# Hand-kept spellings seen in real records that neither package lists (folded, spaces kept).
EXTRA_PROVINCE_ALIASES = {
    "01": ["hn", "ha noi", "hanoi", "thu do ha noi"],
    "79": ["hcm", "tphcm", "tp hcm", "sai gon", "saigon", "ho chi minh city", "hcmc"],
    "48": ["danang"],
    "31": ["haiphong"],
    "46": ["hue"],
    "92": ["cantho"],
    "66": ["dac lac", "daklak", "dak lak"],
}
EXTRA_LEGACY_ALIASES = {
    "46": ["thua thien hue", "thua thien - hue", "tt hue"],
    "77": ["brvt", "ba ria", "vung tau"],
    "67": ["dac nong", "daknong"],
    "62": ["kontum"],
}


def fold(text: str) -> str:
    """Lower-case and strip diacritics (đ → d); same rule as lienket.core.text.fold."""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text).lower()).strip()


def key(text: str) -> str:
    """vietnamadminunits' key: folded, letters and digits only."""
    return re.sub(r"[^0-9a-z]", "", fold(text))


def accented_key(text: str) -> str:
    """vietnamadminunits' accented key (used where folded names collide, e.g. Văn Lang / Văn Lăng)."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFC", text).lower())


def fix_prefix(name: str) -> str:
    """Normalise the case of the unit-type prefix ('Thị Xã Việt Yên' → 'Thị xã Việt Yên')."""
    for prefix in ("Thị xã", "Thị trấn", "Thành phố", "Đặc khu"):
        if name.lower().startswith(prefix.lower() + " "):
            return prefix + name[len(prefix) :]
    return name


def short(name: str, prefixes: tuple[str, ...]) -> str:
    """Drop a leading unit-type word ('Tỉnh Bắc Ninh' → 'Bắc Ninh')."""
    for p in prefixes:
        if name.lower().startswith(p.lower() + " "):
            return name[len(p) + 1 :]
    return name


def rnd(x: float | None) -> str:
    return "" if x is None else f"{x:.5f}".rstrip("0").rstrip(".")


def build() -> dict[str, str]:
    """Return {file name: CSV text} for every shipped admin file."""
    nested = json.loads(VP_JSON.read_text(encoding="utf-8"))
    db = sqlite3.connect(f"file:{VAU_DIR / 'dataset.db'}?mode=ro", uri=True)
    db.row_factory = sqlite3.Row
    conv = json.loads((VAU_DIR / "converter_2025.json").read_text(encoding="utf-8"))

    # --- new units from vietnamadminunits, indexed by (GSO province code, key) ---
    vau_new: dict[tuple[int, str], sqlite3.Row] = {}
    vau_prov: dict[int, sqlite3.Row] = {}
    for r in db.execute("SELECT * FROM admin_units"):
        vau_new[(int(r["provinceCode"]), r["wardKey"])] = r
        vau_prov[int(r["provinceCode"])] = r
    prov_key_to_code = {r["provinceKey"]: int(r["provinceCode"]) for r in vau_prov.values()}

    prov_rows, commune_rows = [], []
    # vietnamadminunits' new ward key → GSO commune code, per province
    new_ward_code: dict[tuple[int, str], str] = {}
    for p in nested:
        pc = p["code"]
        vp = vau_prov.get(pc)
        if vp is None:
            sys.exit(f"province {pc} {p['name']} missing from vietnamadminunits admin_units")
        full = p["name"] if p["name"].startswith("Thành phố") else f"Tỉnh {p['name']}"
        aliases = sorted(
            set(json.loads(vp["provinceAlias"] or "[]")) | set(EXTRA_PROVINCE_ALIASES.get(f"{pc:02d}", []))
        )
        prov_rows.append(
            {
                "code": f"{pc:02d}",
                "name": full,
                "short_name": short(full, ("Thành phố", "Tỉnh")),
                "division_type": p["division_type"],
                "codename": p["codename"],
                "valid_from": REFORM_FROM,
                "valid_to": "",
                "lat": rnd(vp["provinceLat"]),
                "lon": rnd(vp["provinceLon"]),
                "aliases": ";".join(aliases),
            }
        )
        folded_count: dict[str, int] = {}
        for w in p["wards"]:
            folded_count[key(w["name"])] = folded_count.get(key(w["name"]), 0) + 1
        for w in p["wards"]:
            k = key(w["name"]) if folded_count[key(w["name"])] == 1 else accented_key(w["name"])
            r = vau_new.get((pc, k))
            if r is None:
                sys.exit(f"commune {w['code']} {w['name']} ({pc}) not found in vietnamadminunits")
            code = f"{w['code']:05d}"
            new_ward_code[(pc, r["wardKey"])] = code
            commune_rows.append(
                {
                    "code": code,
                    "name": w["name"],
                    "short_name": short(w["name"], ("Phường", "Xã", "Đặc khu")),
                    "division_type": w["division_type"],
                    "province_code": f"{pc:02d}",
                    "lat": rnd(r["wardLat"]),
                    "lon": rnd(r["wardLon"]),
                }
            )

    # --- legacy units ---
    legacy_prov_to_new: dict[str, int] = {}
    for new_key, old_keys in conv["DICT_PROVINCE"].items():
        for ok in old_keys:
            legacy_prov_to_new[ok] = prov_key_to_code[new_key]

    lp_rows: dict[str, dict] = {}
    ld_rows: dict[str, dict] = {}
    legacy = list(
        db.execute("SELECT * FROM admin_units_legacy ORDER BY provinceCode, districtCode, wardCode")
    )
    for r in legacy:
        lpc = r["provinceCode"]
        if lpc not in lp_rows:
            aliases = set(json.loads(r["provinceAlias"] or "[]")) | set(EXTRA_LEGACY_ALIASES.get(lpc, []))
            lp_rows[lpc] = {
                "code": lpc,
                "name": fix_prefix(r["province"]),
                "short_name": r["provinceShort"],
                "valid_from": "",
                "valid_to": LEGACY_TO,
                "new_province_code": f"{legacy_prov_to_new[r['provinceKey']]:02d}",
                "lat": rnd(r["provinceLat"]),
                "lon": rnd(r["provinceLon"]),
                "aliases": ";".join(sorted(aliases)),
            }
        dc = r["districtCode"]
        if dc not in ld_rows:
            ld_rows[dc] = {
                "code": dc,
                "name": fix_prefix(r["district"]),
                "short_name": r["districtShort"],
                "division_type": r["districtType"].lower(),
                "legacy_province_code": lpc,
                "valid_to": LEGACY_TO,
                "lat": rnd(r["districtLat"]),
                "lon": rnd(r["districtLon"]),
            }

    # --- legacy ward → new commune ---
    undivided: dict[str, tuple[int, str]] = {}
    for new_pkey, wards in conv["DICT_PROVINCE_WARD_NO_DIVIDED"].items():
        for new_wkey, olds in wards.items():
            for old in olds:
                undivided[old] = (prov_key_to_code[new_pkey], new_wkey)
    divided: dict[str, tuple[int, list[dict]]] = {}
    for new_pkey, olds in conv["DICT_PROVINCE_WARD_DIVIDED"].items():
        for old, cands in olds.items():
            divided[old] = (prov_key_to_code[new_pkey], cands)

    map_rows = []
    unmapped = []
    for r in legacy:
        if not r["wardCode"]:
            continue  # island districts without wards (e.g. Bạch Long Vĩ) became special zones
        old = f"{r['provinceKey']}_{r['districtKey']}_{r['wardKey']}"
        new_code, others, is_divided = "", [], False
        if old in undivided:
            pc, wk = undivided[old]
            new_code = new_ward_code.get((pc, wk), "")
        elif old in divided:
            pc, cands = divided[old]
            is_divided = True
            for c in cands:
                code = new_ward_code.get((pc, c["newWardKey"]), "")
                if c["isDefaultNewWard"] and not new_code:
                    new_code = code
                elif code:
                    others.append(code)
        if not new_code:
            unmapped.append(old)
        map_rows.append(
            {
                "code": r["wardCode"],
                "name": fix_prefix(r["ward"]),
                "legacy_district_code": r["districtCode"],
                "legacy_province_code": r["provinceCode"],
                "new_commune_code": new_code,
                "divided": "1" if is_divided else "0",
                "other_commune_codes": ";".join(sorted(set(others))),
            }
        )
    if unmapped:
        print(f"warning: {len(unmapped)} legacy wards without a new commune: {unmapped[:5]}", file=sys.stderr)

    # Island districts map as a whole to one special zone (đặc khu); record them on the district row.
    return {
        "provinces.csv": to_csv(prov_rows),
        "communes.csv": to_csv(sorted(commune_rows, key=lambda x: x["code"])),
        "legacy_provinces.csv": to_csv(sorted(lp_rows.values(), key=lambda x: x["code"])),
        "legacy_districts.csv": to_csv(sorted(ld_rows.values(), key=lambda x: x["code"])),
        "legacy_wards_map.csv": to_csv(sorted(map_rows, key=lambda x: x["code"])),
    }


def to_csv(rows: list[dict]) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=list(rows[0]), lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
    return buf.getvalue()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--check", action="store_true", help="compare with the committed files instead of writing"
    )
    args = ap.parse_args(argv)
    files = build()
    versions = {p: metadata.version(p) for p in ("vietnam-provinces", "vietnamadminunits")}
    print(f"built from {versions}", file=sys.stderr)
    differ = []
    for name, text in files.items():
        path = OUT / name
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                differ.append(name)
        else:
            OUT.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            print(f"{path.relative_to(ROOT)}: {text.count(chr(10)) - 1} rows, {len(text.encode())} bytes")
    if differ:
        print(f"out of date: {', '.join(differ)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
