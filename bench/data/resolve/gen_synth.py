"""Messy-record generator A (synthetic, labelled): enterprises from ``lienket.core.synth.iter_enterprises``
rewritten with a noise model of how Vietnamese forms get retyped (legal-form variants, diacritics lost, upper case,
typos, English names, tax codes missing/spaced/mistyped, phone formats, KCN ↔ Khu công nghiệp ↔ "IP", lot formats).

``records(n, seed)`` → list of dicts ``id, name, tax_code, address, phone, truth``. All data is synthetic.
"""

from __future__ import annotations

import random
import re
import unicodedata

from lienket.core.synth import iter_enterprises

_LEGAL_VI = [
    (
        "Công ty TNHH MTV ",
        ["Công ty TNHH MTV ", "Cty TNHH MTV ", "CÔNG TY TNHH MỘT THÀNH VIÊN ", "TNHH MTV ", ""],
    ),
    (
        "Công ty TNHH ",
        ["Công ty TNHH ", "Cty TNHH ", "Công ty trách nhiệm hữu hạn ", "CÔNG TY TNHH ", "Cty. TNHH ", ""],
    ),
    ("Công ty Cổ phần ", ["Công ty Cổ phần ", "CTCP ", "Công ty CP ", "Cty CP ", "Cổ phần ", ""]),
    ("Doanh nghiệp tư nhân ", ["Doanh nghiệp tư nhân ", "DNTN ", ""]),
]


def _strip_marks(s: str) -> str:
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


def _typo(rng: random.Random, s: str) -> str:
    idx = [i for i, c in enumerate(s) if c.isalpha()]
    if len(idx) < 6:
        return s
    i = rng.choice(idx[len(idx) // 3 :])
    op = rng.random()
    if op < 0.4:
        return s[:i] + s[i + 1 :]
    if op < 0.7 and i + 1 < len(s):
        return s[:i] + s[i + 1] + s[i] + s[i + 2 :]
    return s[:i] + rng.choice("aeioundhtmc") + s[i + 1 :]


def _name(rng: random.Random, e) -> str:
    if e.name_en and rng.random() < 0.25:
        name = e.name_en
        if rng.random() < 0.3:
            name = name.replace("Co., Ltd", rng.choice(["Company Limited", "Co.,Ltd", "CO., LTD", "Ltd"]))
            name = name.replace("Joint Stock Company", rng.choice(["JSC", "Joint Stock Co.", "Corporation"]))
    else:
        name = e.name_vi
        for prefix, variants in _LEGAL_VI:
            if name.startswith(prefix):
                name = rng.choice(variants) + name[len(prefix) :]
                break
        if rng.random() < 0.4:
            name = re.sub(
                r"\b(Việt Nam|Vina|VN)\b", lambda m: rng.choice(["Việt Nam", "Vina", "VN", "Vietnam"]), name
            )
    if rng.random() < 0.3:
        name = _strip_marks(name)
    if rng.random() < 0.15:
        name = name.upper()
    if rng.random() < 0.15:
        name = _typo(rng, name)
    return name


def _tax(rng: random.Random, tax: str | None) -> str:
    if not tax or rng.random() < 0.3:
        return ""
    r = rng.random()
    if r < 0.2:
        return f"{tax[:4]} {tax[4:7]} {tax[7:]}"
    if r < 0.3:
        return f"{tax[:4]}.{tax[4:7]}.{tax[7:]}"
    if r < 0.35:
        i = rng.randrange(1, 10)
        return tax[:i] + str((int(tax[i]) + rng.randint(1, 9)) % 10) + tax[i + 1 :]
    if r < 0.4:
        return "MST: " + tax
    return tax


def _phone(rng: random.Random, phone: str) -> str:
    if not phone or rng.random() < 0.25:
        return ""
    digits = re.sub(r"\D", "", phone)
    if digits.startswith("84"):
        digits = "0" + digits[2:]
    r = rng.random()
    if r < 0.25:
        return "+84 " + digits[1:]
    if r < 0.45:
        return ".".join([digits[:4], digits[4:7], digits[7:]])
    if r < 0.6:
        return digits
    if r < 0.7:
        return f"({digits[:4]}) {digits[4:]}"
    return phone


def _address(rng: random.Random, addr: str) -> str:
    if not addr or rng.random() < 0.1:
        return ""
    a = addr
    m = re.search(r"(KCN|CCN) ([^,]+)", a)
    if m and rng.random() < 0.5:
        kind, zname = m.group(1), m.group(2)
        if rng.random() < 0.5:
            repl = ("Khu công nghiệp " if kind == "KCN" else "Cụm công nghiệp ") + zname
        else:
            en = _strip_marks(zname)
            repl = en + rng.choice([" Industrial Park", " IP"] if kind == "KCN" else [" Industrial Cluster"])
        a = a.replace(m.group(0), repl)
    m = re.search(r"Lô (số )?([A-Z0-9\-]+)", a)
    if m and rng.random() < 0.4:
        lot = m.group(2)
        a = a.replace(
            m.group(0), rng.choice([f"Lot {lot}", f"lô {lot.lower()}", f"Lô đất {lot}", f"Lô số {lot}"])
        )
    parts = [p.strip() for p in a.split(",")]
    if len(parts) > 3 and rng.random() < 0.3:
        parts = [parts[0], parts[1], parts[-1]]
    a = ", ".join(parts)
    if rng.random() < 0.25:
        a = _strip_marks(a)
    return a


def records(n: int, seed: int = 1) -> list[dict]:
    """About ``n`` messy records; ``truth`` is the synthetic enterprise key."""
    rng = random.Random(f"resolve-gen-synth:{seed}")
    out: list[dict] = []
    for e in iter_enterprises(seed, max(1, n // 2 + 1)):
        k = rng.choices([1, 2, 3, 4], [0.35, 0.35, 0.2, 0.1])[0]
        for _ in range(k):
            out.append(
                {
                    "id": f"A{len(out) + 1}",
                    "name": _name(rng, e),
                    "tax_code": _tax(rng, e.tax_code),
                    "address": _address(rng, e.address_raw),
                    "phone": _phone(rng, e.phone),
                    "truth": e.key,
                }
            )
            if len(out) >= n:
                rng.shuffle(out)
                return out
    rng.shuffle(out)
    return out
