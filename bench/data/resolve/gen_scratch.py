"""Messy-record generator B (held out, synthetic, labelled), written from scratch without lienket.core.synth:
its own name pools and parks, and different habits — English trade names, swapped word order, abbreviations,
keyboard typos, "MST:"/dotted/13-digit branch tax codes, missing fields, old (pre-2025) vs new province names,
"(+84) 24.3856.1234" phones, "Lot No. 5"/"Plot CN-3" lots, and same-name firms in different parks (different
enterprises). ``records(n, seed)`` → dicts ``id, name, tax_code, address, phone, truth``. All data is synthetic.
"""

from __future__ import annotations

import random
import unicodedata

_SYL = (
    "An Bình Cường Dũng Đạt Gia Hà Hải Hòa Hoàng Hùng Hưng Khang Kim Lâm Long Lộc Mạnh Minh Nam Ngọc Nhật "
    "Phát Phong Phú Phúc Quang Quý Sơn Tài Tâm Tân Thắng Thành Thịnh Thuận Tiến Toàn Trung Trường Tuấn Việt "
    "Vinh Vĩnh Xuân Yên Đông Tây Bắc Hồng Lam Đức"
).split()
_FOREIGN_A = (
    "Dae Hyo Kyung Sung Nit Yaza Fox Lux Goer Se Young Han Jin Shin Tae Mitsu Hon Kin Chang Wei".split()
)
_FOREIGN_B = "won sung shin woo to ki link share tek lim one sol bo tron hua yang ko da mei tech".split()
# (vi descriptor, en descriptor)
_TRADE = [
    ("Cơ khí", "Mechanical"),
    ("Nhựa", "Plastics"),
    ("Bao bì", "Packaging"),
    ("Điện tử", "Electronics"),
    ("Khuôn mẫu", "Mould"),
    ("Dệt may", "Textile"),
    ("May mặc", "Garment"),
    ("Linh kiện", "Components"),
    ("Cao su", "Rubber"),
    ("Thép", "Steel"),
    ("Da giày", "Footwear"),
    ("Hóa chất", "Chemicals"),
    ("Thương mại và Sản xuất", "Trading and Manufacturing"),
    ("Công nghệ", "Technology"),
]
# (park, old province, new province) — parks as officers write them before and after the 2025 merger.
_PARKS = [
    ("Quế Võ", "Bắc Ninh", "Bắc Ninh"),
    ("Yên Phong", "Bắc Ninh", "Bắc Ninh"),
    ("Tiên Sơn", "Bắc Ninh", "Bắc Ninh"),
    ("Quang Châu", "Bắc Giang", "Bắc Ninh"),
    ("Đình Trám", "Bắc Giang", "Bắc Ninh"),
    ("Vân Trung", "Bắc Giang", "Bắc Ninh"),
    ("Đại An", "Hải Dương", "Hải Phòng"),
    ("Nam Sách", "Hải Dương", "Hải Phòng"),
    ("Phúc Điền", "Hải Dương", "Hải Phòng"),
    ("Tràng Duệ", "Hải Phòng", "Hải Phòng"),
    ("Đình Vũ", "Hải Phòng", "Hải Phòng"),
    ("Thanh Bình", "Bắc Kạn", "Thái Nguyên"),
    ("Điềm Thụy", "Thái Nguyên", "Thái Nguyên"),
    ("Sông Công", "Thái Nguyên", "Thái Nguyên"),
]
_NEAR = {
    c: n
    for row in ("qwertyuiop", "asdfghjkl", "zxcvbnm")
    for i, c in enumerate(row)
    for n in [row[max(0, i - 1)]]
}


def _plain(s: str) -> str:
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


class _Firm:
    def __init__(self, rng: random.Random, key: str, brand: list[str] | None = None, park=None):
        self.key = key
        self.foreign = rng.random() < 0.25
        self.brand = brand or (
            [rng.choice(_FOREIGN_A) + rng.choice(_FOREIGN_B)]
            if self.foreign
            else rng.sample(_SYL, rng.choice([2, 2, 3]))
        )
        self.trade = rng.choice(_TRADE)
        self.form = rng.choice(["tnhh", "tnhh", "mtv", "cp", "cp", "dntn"])
        self.tax = "".join(str(rng.randint(0, 9)) for _ in range(10))
        if rng.random() < 0.05:
            self.tax += "-" + f"{rng.randint(1, 20):03d}"
        self.phone = rng.choice(["9", "8", "3", "7"]) + "".join(str(rng.randint(0, 9)) for _ in range(8))
        self.park = park or (rng.choice(_PARKS) if rng.random() < 0.75 else None)
        self.lot = f"{rng.choice(['', 'A', 'B', 'CN', 'C'])}{rng.randint(1, 60)}"
        self.street = f"{rng.randint(1, 400)} đường {rng.choice(_SYL)} {rng.choice(_SYL)}"
        self.prov = self.park or rng.choice(_PARKS)


def _name(rng: random.Random, f: _Firm) -> str:
    brand = list(f.brand)
    if len(brand) > 1 and rng.random() < 0.1:
        brand = brand[::-1]  # swapped word order, as heard on the phone
    b = " ".join(brand)
    if rng.random() < 0.35:  # English trade name
        suffix = {
            "cp": rng.choice(["JSC", "Joint Stock Company", "Corp."]),
            "dntn": "Private Enterprise",
        }.get(f.form, rng.choice(["Co., Ltd", "Company Limited", "Co.,LTD", "LLC"]))
        core = f"{_plain(b)} {f.trade[1]}" if rng.random() < 0.7 else _plain(b)
        if f.foreign:
            core += rng.choice([" Vina", " Vietnam", " Viet Nam", ""])
        return f"{core} {suffix}"
    form = {
        "tnhh": rng.choice(
            ["Công ty TNHH", "Cty TNHH", "Công ty trách nhiệm hữu hạn", "CÔNG TY TNHH", "TNHH"]
        ),
        "mtv": rng.choice(["Công ty TNHH MTV", "Cty TNHH một thành viên", "Công ty TNHH 1TV", "TNHH MTV"]),
        "cp": rng.choice(["Công ty Cổ phần", "CTCP", "Cty CP", "Công ty CP"]),
        "dntn": rng.choice(["Doanh nghiệp tư nhân", "DNTN"]),
    }[f.form]
    trade = f.trade[0] + " " if rng.random() < 0.75 else ""
    tail = rng.choice([" Việt Nam", " Vina", " VN", ""]) if f.foreign else ""
    name = f"{form} {trade}{b}{tail}"
    if rng.random() < 0.2:
        name = _plain(name)
    if rng.random() < 0.1:
        name = name.upper()
    if rng.random() < 0.12:  # a keyboard slip in the brand
        i = name.rfind(b[:3]) + rng.randint(1, max(1, len(b) - 1))
        if 0 <= i < len(name) and name[i].lower() in _NEAR:
            name = name[:i] + _NEAR[name[i].lower()] + name[i + 1 :]
    return name


def _tax(rng: random.Random, f: _Firm) -> str:
    r = rng.random()
    if r < 0.4:
        return ""
    t = f.tax
    if r < 0.5:
        return "MST: " + t
    if r < 0.58:
        return " ".join([t[:3], t[3:6], t[6:]])
    if r < 0.62:  # two digits swapped
        i = rng.randrange(2, 8)
        return t[:i] + t[i + 1] + t[i] + t[i + 2 :]
    return t


def _phone(rng: random.Random, f: _Firm) -> str:
    if rng.random() < 0.35:
        return ""
    p = f.phone
    return rng.choice(
        [
            f"0{p}",
            f"(+84) {p[:2]}.{p[2:5]}.{p[5:]}",
            f"84-{p[:3]}-{p[3:6]}-{p[6:]}",
            f"0{p[:3]} {p[3:6]} {p[6:]}",
        ]
    )


def _address(rng: random.Random, f: _Firm) -> str:
    if rng.random() < 0.15:
        return ""
    old = rng.random() < 0.5
    if f.park:
        park, oldp, newp = f.park
        prov = oldp if old else newp
        lot = rng.choice([f"Lô {f.lot}", f"Lot No. {f.lot}", f"Plot {f.lot}", f"lô đất số {f.lot}", ""])
        if rng.random() < 0.35:
            s = f"{lot}, {_plain(park)} Industrial Park, {_plain(prov)} Province"
        else:
            s = f"{lot}, {rng.choice(['KCN', 'Khu công nghiệp', 'K.C.N'])} {park}, tỉnh {prov}"
        return s.lstrip(", ")
    _, oldp, newp = f.prov
    prov = oldp if old else newp
    return f"Số {f.street}, {rng.choice(['tỉnh ', 'T. ', ''])}{prov}"


def records(n: int, seed: int = 1) -> list[dict]:
    """About ``n`` messy records from about ``n / 2`` firms; ``truth`` is the firm key."""
    rng = random.Random(f"resolve-gen-scratch:{seed}")
    firms: list[_Firm] = []
    while len(firms) < max(1, n // 2):
        f = _Firm(rng, f"B{seed}-{len(firms)}")
        firms.append(f)
        if f.park and rng.random() < 0.08:  # same name, another park: a different enterprise
            other = rng.choice([p for p in _PARKS if p != f.park])
            twin = _Firm(rng, f"B{seed}-{len(firms)}", brand=f.brand, park=other)
            twin.trade, twin.form = f.trade, f.form
            firms.append(twin)
    out: list[dict] = []
    for f in firms:
        for _ in range(rng.choices([1, 2, 3, 5], [0.4, 0.35, 0.2, 0.05])[0]):
            out.append(
                {
                    "id": f"b{len(out):07d}",
                    "name": _name(rng, f),
                    "tax_code": _tax(rng, f),
                    "address": _address(rng, f),
                    "phone": _phone(rng, f),
                    "truth": f.key,
                }
            )
    rng.shuffle(out)
    return out[:n]
