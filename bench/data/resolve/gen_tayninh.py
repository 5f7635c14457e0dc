"""ALL DATA IS SYNTHETIC. No record describes a real enterprise, person, tax
code or telephone number; brands are random syllable combinations, tax codes
are random numbers that merely satisfy the mod-11 check, phones are random
numbers inside real numbering plans.  Administrative geography (parks,
districts, communes and their 2025 successors) is modelled on the real
provinces but the old→new commune mapping is approximate and must not be
used as a reference.

Scenario
--------
On 1 July 2025 the old Long An province and the old Tây Ninh province were
merged into the new Tây Ninh province; district level was abolished and
communes/wards were merged and renamed (xã Đức Hòa Hạ, huyện Đức Hòa, tỉnh
Long An  →  xã Đức Hòa, tỉnh Tây Ninh).  Old lists still say "huyện Đức
Hòa", "H. Bến Lức", "TX Trảng Bàng", "TP Tân An", and plenty of people
keep writing "Long An" after the new commune.  The Department of Industry
and Trade (Sở Công Thương) is building one register of supporting-industry
(CNHT) enterprises: textile / garment / footwear (yarn, weaving, dyeing,
zippers, labels, webbing, foam, shoe soles, footwear materials, leather) and
mechanical / electrical / packaging (moulds, steel structures, wires and
cables, plastic packaging, cartons, printing, plating).  Many firms are
Chinese (mainland and Taiwanese), Korean and some Japanese FDI companies in
the industrial parks (KCN) of both old provinces; many head offices sit in
Hồ Chí Minh City with the factory in a park; some suppliers come from Bình
Dương (now part of HCMC) and Đồng Nai.  The officer received nine lists:

Sources (tag "src:<name>")
--------------------------
tax_tn2025     Extract from the provincial tax office, after the merger.
               Registered names, mostly in CAPITALS with diacritics, the
               official legal-form wording; the tax code is always there
               (branches "-001"); addresses mostly in the new units; phone =
               the registered phone, often the accountant's or an accounting
               service's number.  Only entities registered in old Long An /
               old Tây Ninh (codes 11…, 39…) and local branches of outside
               firms.  Always shows the current name / legal form.
bql_kcn        Investor lists of the park management boards (both old
               provinces, compiled 2021-2025).  FDI firms often under their
               English name, sometimes with the investor's nationality or
               Chinese characters in brackets; the tax column sometimes holds
               the investment registration certificate number instead
               (10-digit project code or old 12-digit "50204300…" IC); lot
               numbers; phone often the park's hotline, shared by all
               tenants.  Mixed old / new units.
cnht_la2019    The 2019 Long An CNHT survey list (typed by hand).  "Cty TNHH",
               "SX TM DV", old districts ("H. Đức Hòa", "TP Tân An"), Telex
               leftovers ("Thinhj") and keyboard slips, pre-2017 area code
               072 (now 0272) and 11-digit mobiles (0168… now 038…);
               tax code often missing or mistyped.  Old names / old forms /
               old sites of firms that later changed.
cnht_tn2020    The 2020 Tây Ninh CNHT list.  Title case, "Công ty TNHH MTV",
               old-style tone placement ("Hoà", "Thuỵ"), some cells in
               decomposed Unicode (NFD), tax codes with dashes / spaces,
               area code 066 (now 0276), Trảng Bàng sometimes still "huyện".
buyer_t2       Tier-2 supplier list of a global sportswear buyer (2023), in
               English: "<Brand> Footwear Materials (Vietnam) Co., Ltd",
               branches as "- Factory 2", addresses in English with the old
               districts, phones in +84 format, tax code rarely.
tw_assoc       Member list of a Taiwanese business association (2022):
               traditional Chinese characters and/or Wade-Giles English names
               ("Hsin-Tai"), some mainland members in simplified characters
               and pinyin, general manager's mobile, sometimes a +886 number,
               addresses short, occasionally in Chinese.
customs        Import-export enterprise list of the customs branch: CAPITALS
               without diacritics, names cut at 40 characters, tax code
               always (branches "-001" or "001" glued on), registered (head
               office) address, phone digits only or empty.
bhxh           Employer list of the social-insurance office, passed through
               Excel: tax codes in scientific notation ("3.9012E+09"),
               leading zero of HCMC codes lost, sometimes the BHXH unit code
               in the tax column; names in capitals; short factory address,
               often "…, Long An" for places now in Tây Ninh.
zalo_form      Sign-up form of a supporting-industry fair shared on Zalo:
               lowercase, usually without diacritics, often just the brand
               ("phu thinh", "bao bi phu thinh"), contact person mixed into
               the name, director's or staff's mobile, address like
               "duc hoa long an" or blank.

Traps (entity-level tags on every record of the entity)
--------------------------------------------------------
trap:branch / trap:branch_head  a branch with its own "-001" code is a
        separate truth from its head office (same brand, similar name).
trap:sister   sister companies of one owner: same lot or adjacent lot, shared
        landline / director / accountant, often the same brand with another
        product descriptor - different tax codes, different truths.
trap:namesake same brand (and usually descriptor) in another park / province,
        or a Chinese homophone brand written with different characters;
        different codes, phones, addresses.
trap:renamed  name changed (same tax code); old lists show the old name.
trap:converted TNHH → Cổ phần (or DNTN → TNHH), same tax code.
trap:moved    moved from one park to another; old lists show the old site.
trap:hq_hcm   head office in HCMC, factory in a park: addresses differ by
        source.
Record-level tags name the noise applied (name:telex, tax:sci, phone:old_area,
addr:mixed, ...).  Shared accounting-service numbers and park hotlines link
unrelated firms.

Interface
---------
records(n, seed=0) -> list of dicts (id, name, tax_code, address, phone, truth)
labelled(n, seed=0) -> (records, tags)  one tag tuple per record
python gen_tayninh.py N [SEED] [--show K]   prints summary statistics
Standard library only; deterministic for (n, seed).
"""

from __future__ import annotations

import random
import re
import sys
import time
import unicodedata
from bisect import bisect
from collections import Counter, defaultdict
from itertools import accumulate

__all__ = ["records", "labelled", "main"]

# --------------------------------------------------------------------------
# text helpers
# --------------------------------------------------------------------------
_TONE = {"\u0301": "s", "\u0300": "f", "\u0309": "r", "\u0303": "x", "\u0323": "j"}
_STRIP: dict = {}
_TELEX: dict = {}


def _init_text() -> None:
    for cp in list(range(0xC0, 0x250)) + list(range(0x1E00, 0x1F00)):
        ch = chr(cp)
        d = unicodedata.normalize("NFD", ch)
        if len(d) < 2:
            continue
        base = d[0]
        if not (base.isascii() and base.isalpha()):
            continue
        _STRIP[cp] = base
        tb, tone = base, ""
        for m in d[1:]:
            if m in _TONE:
                tone = _TONE[m]
            elif m == "\u0302":
                tb = base + base
            elif m in ("\u0306", "\u031b"):
                tb = base + ("W" if base.isupper() else "w")
        _TELEX[ch] = (tb, tone)
    _STRIP[ord("đ")] = "d"
    _STRIP[ord("Đ")] = "D"
    _TELEX["đ"] = ("dd", "")
    _TELEX["Đ"] = ("DD", "")
    for cp in range(0x300, 0x370):
        _STRIP[cp] = None


_init_text()


def noacc(s: str) -> str:
    return s.translate(_STRIP)


def _telex_word(w: str) -> str:
    out = []
    tone = ""
    for ch in w:
        t = _TELEX.get(ch)
        if t:
            out.append(t[0])
            tone = t[1] or tone
        else:
            out.append(ch)
    return "".join(out) + tone


def telex_typo(s: str, rng: random.Random) -> tuple:
    ws = s.split(" ")
    cand = [i for i, w in enumerate(ws) if any(c in _TELEX for c in w)]
    if not cand:
        return s, False
    k = 2 if (len(cand) > 1 and rng.random() < 0.3) else 1
    for i in rng.sample(cand, k):
        ws[i] = _telex_word(ws[i])
    return " ".join(ws), True


_OLDTONE = {}
for _a, _b in (
    ("òa", "oà"),
    ("óa", "oá"),
    ("ỏa", "oả"),
    ("õa", "oã"),
    ("ọa", "oạ"),
    ("òe", "oè"),
    ("óe", "oé"),
    ("ỏe", "oẻ"),
    ("õe", "oẽ"),
    ("ọe", "oẹ"),
    ("ùy", "uỳ"),
    ("úy", "uý"),
    ("ủy", "uỷ"),
    ("ũy", "uỹ"),
    ("ụy", "uỵ"),
):
    _OLDTONE[_a] = _b
    _OLDTONE[_a.upper()] = _b.upper()
_OLDTONE_RE = re.compile("(" + "|".join(_OLDTONE) + r")(?![^\W\d_])")


def oldtone(s: str) -> str:
    return _OLDTONE_RE.sub(lambda m: _OLDTONE[m.group(1)], s)


_KB_N: dict = {}
for _row in ("qwertyuiop", "asdfghjkl", "zxcvbnm"):
    for _i, _c in enumerate(_row):
        _KB_N[_c] = (_row[_i - 1] if _i else "") + (_row[_i + 1] if _i + 1 < len(_row) else "")


def kb_typo(s: str, rng: random.Random) -> str:
    n = len(s)
    if n < 5:
        return s
    for _ in range(8):
        i = rng.randrange(2, n)
        c = s[i]
        if c.isalpha():
            break
    else:
        return s
    r = rng.random()
    if r < 0.3 and i + 1 < n and s[i + 1].isalpha() and s[i + 1] != c:
        return s[:i] + s[i + 1] + c + s[i + 2 :]
    if r < 0.5:
        return s[:i] + s[i + 1 :]
    if r < 0.65:
        return s[:i] + c + s[i:]
    nb = _KB_N.get(noacc(c).lower())
    if not nb:
        return s[:i] + s[i + 1 :]
    x = rng.choice(nb)
    return s[:i] + (x.upper() if c.isupper() else x) + s[i + 1 :]


def bkey(s: str) -> str:
    return noacc(s).lower().replace(" ", "").replace("-", "").replace(".", "")


def tcase(s: str) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in s.split(" "))


def part_noacc(s: str, rng: random.Random, p: float = 0.5) -> str:
    return " ".join(noacc(w) if rng.random() < p else w for w in s.split(" "))


class WC:
    """weighted choice with precomputed cumulative weights"""

    __slots__ = ("items", "cum", "tot")

    def __init__(self, pairs):
        self.items = [p[0] for p in pairs]
        self.cum = list(accumulate(p[1] for p in pairs))
        self.tot = self.cum[-1]

    def pick(self, rng: random.Random):
        return self.items[bisect(self.cum, rng.random() * self.tot)]


def pick(rng, pairs):
    r = rng.random() * sum(w for _, w in pairs)
    for it, w in pairs:
        r -= w
        if r < 0:
            return it
    return pairs[-1][0]


# --------------------------------------------------------------------------
# name material
# --------------------------------------------------------------------------
VN_SYL = (
    "Phú Thịnh Thành Đạt Hưng Phát Minh Long Tân Phước Lộc Tài An Khang Hòa "
    "Bình Gia Huy Hoàng Kim Ngọc Việt Nam Đại Quang Trường Sơn Hải Thái Vĩnh "
    "Thuận Hiệp Toàn Cường Tiến Đức Nhật Hồng Mỹ Hạnh Thiên Bảo Vạn Tấn Lợi "
    "Thông Nguyên Tường Trí Uy Vinh Hào Quý Duy Khánh Liên Thắng Hậu Nghĩa "
    "Phong Hiển Kiệt Linh Sáng Tùng Lâm Trung Anh Thanh Tín Mai Hoa Phúc Lực "
    "Nhân Hợp Hữu Ân Vũ Đông Thụy Khoa Triều Lan Phương"
).split()
VN_PLACE_BRANDS = (
    "Sài Gòn",
    "Mê Kông",
    "Cửu Long",
    "Đông Á",
    "Á Châu",
    "Toàn Cầu",
    "Miền Nam",
    "Nam Việt",
    "Bà Đen",
    "Vàm Cỏ",
    "Đồng Nai",
    "Gia Định",
    "Phương Nam",
    "Sông Tiền",
    "Tây Nam",
    "Long Hưng",
)

# trad, simp, pinyin, Wade-Giles, Hán-Việt
_ZH_RAW = """興 兴 xing hsing Hưng|泰 泰 tai tai Thái|華 华 hua hua Hoa|豐 丰 feng feng Phong
達 达 da ta Đạt|昌 昌 chang chang Xương|隆 隆 long lung Long|盛 盛 sheng sheng Thịnh
福 福 fu fu Phúc|祥 祥 xiang hsiang Tường|新 新 xin hsin Tân|東 东 dong tung Đông
明 明 ming ming Minh|宏 宏 hong hung Hoành|源 源 yuan yuan Nguyên|利 利 li li Lợi
鴻 鸿 hong hung Hồng|億 亿 yi yi Ức|寶 宝 bao pao Bảo|成 成 cheng cheng Thành
永 永 yong yung Vĩnh|全 全 quan chuan Toàn|金 金 jin chin Kim|嘉 嘉 jia chia Gia
裕 裕 yu yu Dụ|元 元 yuan yuan Nguyên|勝 胜 sheng sheng Thắng|光 光 guang kuang Quang
進 进 jin chin Tiến|國 国 guo kuo Quốc|富 富 fu fu Phú|廣 广 guang kuang Quảng
聯 联 lian lien Liên|鑫 鑫 xin hsin Hâm|德 德 de te Đức|合 合 he ho Hợp
信 信 xin hsin Tín|和 和 he ho Hòa|天 天 tian tien Thiên|立 立 li li Lập
恆 恒 heng heng Hằng|友 友 you yu Hữu|正 正 zheng cheng Chính|佳 佳 jia chia Giai
輝 辉 hui hui Huy|建 建 jian chien Kiến|大 大 da ta Đại|亞 亚 ya ya Á
強 强 qiang chiang Cường|瑞 瑞 rui jui Thụy|益 益 yi yi Ích|群 群 qun chun Quần
順 顺 shun shun Thuận|安 安 an an An|昇 升 sheng sheng Thăng|錦 锦 jin chin Cẩm
捷 捷 jie chieh Tiệp|偉 伟 wei wei Vĩ|冠 冠 guan kuan Quán|萬 万 wan wan Vạn
海 海 hai hai Hải|峰 峰 feng feng Phong|長 长 chang chang Trường|美 美 mei mei Mỹ
鼎 鼎 ding ting Đỉnh|茂 茂 mao mao Mậu|誠 诚 cheng cheng Thành|凱 凯 kai kai Khải
榮 荣 rong jung Vinh|旺 旺 wang wang Vượng|台 台 tai tai Đài|豪 豪 hao hao Hào
駿 骏 jun chun Tuấn|中 中 zhong chung Trung|南 南 nan nan Nam|宇 宇 yu yu Vũ"""
ZH = [tuple(x.split()) for line in _ZH_RAW.splitlines() for x in line.split("|")]
_ZH_HOMO = defaultdict(list)
for _z in ZH:
    _ZH_HOMO[_z[2]].append(_z)

KR_SYL = [
    ("Dae", "Tae"),
    ("Sung", "Seong"),
    ("Hwa", "Hwa"),
    ("Young", "Yeong"),
    ("Jin", "Chin"),
    ("Han", "Han"),
    ("Il", "Il"),
    ("Kwang", "Gwang"),
    ("Myung", "Myeong"),
    ("Seo", "Suh"),
    ("Woo", "U"),
    ("Hyun", "Hyeon"),
    ("Won", "Weon"),
    ("Shin", "Sin"),
    ("Kook", "Guk"),
    ("Hae", "Hae"),
    ("Dong", "Tong"),
    ("Sam", "Sam"),
    ("Chang", "Chang"),
    ("Yang", "Yang"),
    ("Kyung", "Gyeong"),
    ("Nam", "Nam"),
    ("Jung", "Joong"),
    ("Hyo", "Hyo"),
    ("Bo", "Bo"),
    ("Sun", "Seon"),
    ("Chun", "Cheon"),
    ("Pyung", "Pyeong"),
    ("Heung", "Hung"),
    ("Ah", "A"),
    ("Yu", "Yoo"),
    ("Ho", "Ho"),
    ("Mi", "Mi"),
    ("Do", "Do"),
    ("Eun", "Eun"),
    ("Ji", "Ji"),
    ("Kang", "Gang"),
    ("Gu", "Koo"),
    ("Tae", "Dae"),
    ("Se", "Sae"),
]
JP_A = (
    "Naka Yama Taka Kawa Fuji Hiro Mitsu Toyo Sumi Kane Maru Oka Shima Nishi Kita "
    "Asa Tsuru Matsu Hoshi Ishi Kuro Shira Tomi Aki Sakura Hama Ono Mori"
).split()
JP_B = "moto da shita kawa saki no gawa hara zawa mura yama ta uchi ki mi oka tani".split()
JP_W = ("Seiki", "Kogyo", "Denki", "Sangyo", "Kasei", "Seisakusho", "Giken", "Tech")

# vi, en variants, zh trad, zh simp, group, weight in buyer_t2
DESCS = [
    ("Sợi", ("Yarn", "Yarns", "Spinning"), "紡紗", "纺纱", "tex", 0.6, 2),
    ("Kéo sợi", ("Spinning", "Yarn"), "紡紗", "纺纱", "tex", 0.5, 1),
    ("Dệt", ("Weaving", "Textile"), "織造", "织造", "tex", 0.8, 2),
    ("Dệt nhuộm", ("Textile Dyeing", "Dyeing", "Weaving & Dyeing"), "染整", "染整", "tex", 0.8, 2),
    ("Nhuộm", ("Dyeing", "Dyeing & Finishing"), "染整", "染整", "tex", 0.7, 1),
    ("Dệt may", ("Textile", "Textiles", "Textile & Garment"), "紡織", "纺织", "tex", 0.8, 3),
    ("Dệt kim", ("Knitting", "Knit", "Knitting Textile"), "針織", "针织", "tex", 0.7, 2),
    ("May mặc", ("Garment", "Garments", "Apparel"), "製衣", "制衣", "tex", 0.5, 3),
    ("Khóa kéo", ("Zipper", "Zippers", "Zip"), "拉鏈", "拉链", "tex", 1.0, 1.5),
    ("Nhãn mác", ("Label", "Labels", "Label & Tag"), "商標", "商标", "tex", 1.0, 1.5),
    ("Phụ liệu may", ("Garment Accessories", "Accessories", "Trims"), "輔料", "辅料", "tex", 0.8, 2),
    ("Đế giày", ("Shoe Sole", "Outsole", "Sole"), "鞋底", "鞋底", "tex", 1.5, 1.5),
    ("Giày da", ("Footwear", "Shoes", "Shoe"), "鞋業", "鞋业", "tex", 1.2, 1.5),
    (
        "Vật liệu giày",
        ("Footwear Materials", "Shoe Materials", "Footwear Material"),
        "鞋材",
        "鞋材",
        "tex",
        1.5,
        2,
    ),
    ("Da thuộc", ("Leather", "Leathers", "Tannery"), "皮革", "皮革", "tex", 1.2, 1),
    ("Chỉ may", ("Thread", "Threads", "Sewing Thread"), "線業", "线业", "tex", 0.8, 1),
    ("Băng dệt", ("Webbing", "Narrow Fabric", "Tape"), "織帶", "织带", "tex", 1.0, 1),
    ("Mút xốp", ("Foam", "Foams", "EVA Foam"), "泡棉", "泡棉", "tex", 1.2, 1),
    ("Khuôn mẫu", ("Mould", "Mold", "Moulds"), "模具", "模具", "mep", 0.6, 2),
    ("Cơ khí", ("Mechanical", "Mechanics", "Engineering"), "機械", "机械", "mep", 0.1, 3),
    ("Kết cấu thép", ("Steel Structure", "Steel", "Steel Structures"), "鋼構", "钢构", "mep", 0.0, 2),
    ("Dây cáp điện", ("Cable", "Wire & Cable", "Cables"), "電纜", "电缆", "mep", 0.0, 1.5),
    ("Dây điện", ("Electric Wire", "Wire", "Wires"), "電線", "电线", "mep", 0.0, 1.5),
    ("Thiết bị điện", ("Electrical Equipment", "Electric", "Electrical"), "電器", "电器", "mep", 0.0, 1.5),
    ("Bao bì", ("Packaging", "Pack", "Packing"), "包裝", "包装", "mep", 0.5, 3),
    (
        "Bao bì nhựa",
        ("Plastic Packaging", "Plastic Pack", "Plastics Packaging"),
        "塑膠包裝",
        "塑胶包装",
        "mep",
        0.4,
        2,
    ),
    ("Thùng carton", ("Carton", "Cartons", "Paper Box"), "紙箱", "纸箱", "mep", 0.6, 2),
    ("Bao bì giấy", ("Paper Packaging", "Paper Pack", "Paper"), "紙品", "纸品", "mep", 0.5, 1.5),
    ("Nhựa", ("Plastic", "Plastics"), "塑膠", "塑胶", "mep", 0.2, 2),
    ("Ốc vít", ("Fastener", "Fasteners", "Screw"), "螺絲", "螺丝", "mep", 0.0, 1),
    ("Đúc", ("Casting", "Foundry"), "鑄造", "铸造", "mep", 0.0, 1),
    ("Xi mạ", ("Plating", "Electroplating"), "電鍍", "电镀", "mep", 0.0, 1),
    ("In bao bì", ("Packaging Printing", "Printing", "Print & Pack"), "印刷", "印刷", "mep", 0.5, 1.5),
    ("Màng nhựa", ("Plastic Film", "Film", "PE Film"), "膠膜", "胶膜", "mep", 0.2, 1),
    ("Linh kiện điện tử", ("Electronic Components", "Electronics"), "電子", "电子", "mep", 0.0, 1),
    ("Công nghiệp", ("Industrial", "Industry", "Industries"), "實業", "实业", "any", 0.5, 0),
]
DESC_BY_GRP = {
    "tex": WC([(i, d[6]) for i, d in enumerate(DESCS) if d[4] == "tex"]),
    "mep": WC([(i, d[6]) for i, d in enumerate(DESCS) if d[4] == "mep"]),
}
DESC_GENERIC = len(DESCS) - 1

# trade prefixes of Vietnamese private firms: full, abbreviations, English
TP = [
    ("", ("",), ""),
    ("Sản xuất Thương mại", ("SX TM", "SX-TM", "SXTM", "Sản xuất - Thương mại"), "Production Trading"),
    (
        "Sản xuất Thương mại Dịch vụ",
        ("SX TM DV", "SX-TM-DV", "SXTMDV", "SX - TM - DV"),
        "Production Trading Service",
    ),
    ("Thương mại Dịch vụ", ("TM DV", "TM-DV", "TMDV"), "Trading Service"),
    ("Đầu tư", ("ĐT", "Đầu tư"), "Investment"),
    ("Kỹ thuật", ("KT", "Kỹ thuật"), "Technical"),
    ("Xuất nhập khẩu", ("XNK", "XNK"), "Import Export"),
]
TP_W = WC([(0, 45), (1, 20), (2, 15), (3, 8), (4, 4), (5, 4), (6, 4)])

FORM_OFF = {
    "TNHH": ("Công ty TNHH", "Công ty TNHH", "Công ty Trách nhiệm hữu hạn"),
    "MTV": (
        "Công ty TNHH MTV",
        "Công ty TNHH Một thành viên",
        "Công ty Trách nhiệm hữu hạn Một thành viên",
        "Công ty TNHH",
    ),
    "CP": ("Công ty Cổ phần", "Công ty Cổ phần", "Công ty CP"),
    "DNTN": ("Doanh nghiệp tư nhân", "Doanh nghiệp tư nhân", "DNTN"),
}
FORM_ABBR = {
    "TNHH": ("Cty TNHH", "CTY TNHH", "Cty TNHH", "C.ty TNHH", "TNHH", "Cty Trách nhiệm hữu hạn"),
    "MTV": ("Cty TNHH MTV", "Cty TNHH 1TV", "Cty TNHH MTV", "Cty TNHH", "TNHH MTV", "Cty TNHH 1 TV"),
    "CP": ("Cty CP", "CTCP", "Cty Cổ phần", "CTY CP", "Cty CP"),
    "DNTN": ("DNTN", "DN TN", "DNTN", "Doanh nghiệp TN"),
}
FORM_EN = {
    "TNHH": ("Co., Ltd", "Co., Ltd.", "Company Limited", "Co.,Ltd", "Co. Ltd"),
    "MTV": ("Co., Ltd", "Company Limited", "One Member Co., Ltd", "Co.,Ltd", "One Member Company Limited"),
    "CP": ("JSC", "Joint Stock Company", "Corporation", "J.S.C", "Joint Stock Co."),
    "DNTN": ("Private Enterprise", "Private Enterprise", "Pte."),
}
FORM_ZH = {
    "TNHH": ("有限公司", "有限公司"),
    "MTV": ("有限公司", "有限公司"),
    "CP": ("股份有限公司", "股份有限公司"),
    "DNTN": ("企業", "企业"),
}
NAT = {
    "CN": ("Trung Quốc", "TQ", "China"),
    "TW": ("Đài Loan", "ĐL", "Taiwan"),
    "KR": ("Hàn Quốc", "HQ", "Korea"),
    "JP": ("Nhật Bản", "Nhật", "Japan"),
}

BR_VI = (
    "Chi nhánh {n} tại {p}",
    "Chi nhánh {n}",
    "{n} - Chi nhánh {p}",
    "Chi nhánh {n} - Nhà máy {p}",
    "Chi nhánh {n} tại {p}",
)
BR_EN = ("{n} - {p} Branch", "{n} ({p} Branch)", "{n} - Factory {k}", "{n} Factory {k}", "{n} - Branch {k}")
BR_ZH = ("{n}{p}分公司", "{n}{k}廠", "{n}({p}廠)")
ZH_PLACE = {"LA": "隆安", "TN": "西寧"}
ZH_NUM = {2: "二", 3: "三"}

# --------------------------------------------------------------------------
# geography
# --------------------------------------------------------------------------
# key, old province, vi aliases, old district, old commune, new commune, weight
PARKS = [
    (
        "phuocdong",
        "TN",
        ("Phước Đông", "Phước Đông - Bời Lời", "Phước Đông – Bời Lời"),
        ("huyen", "Gò Dầu"),
        ("xa", "Phước Đông"),
        ("xa", "Phước Thạnh"),
        3,
    ),
    (
        "trangbang",
        "TN",
        ("Trảng Bàng",),
        ("TX2020", "Trảng Bàng"),
        ("P2020", "An Tịnh"),
        ("phuong", "An Tịnh"),
        3,
    ),
    (
        "ttc",
        "TN",
        ("Thành Thành Công", "TTC", "Thành Thành Công (TTC)"),
        ("TX2020", "Trảng Bàng"),
        ("P2020", "An Hòa"),
        ("phuong", "Trảng Bàng"),
        2,
    ),
    ("chala", "TN", ("Chà Là",), ("huyen", "Dương Minh Châu"), ("xa", "Chà Là"), ("xa", "Truông Mít"), 1),
    ("tanduc", "LA", ("Tân Đức",), ("huyen", "Đức Hòa"), ("xa", "Đức Hòa Hạ"), ("xa", "Đức Hòa"), 3),
    (
        "duchoa1",
        "LA",
        ("Đức Hòa 1", "Đức Hòa I", "Hạnh Phúc", "Đức Hòa 1 - Hạnh Phúc"),
        ("huyen", "Đức Hòa"),
        ("xa", "Đức Hòa Đông"),
        ("xa", "Đức Hòa"),
        2,
    ),
    ("xuyena", "LA", ("Xuyên Á",), ("huyen", "Đức Hòa"), ("xa", "Mỹ Hạnh Bắc"), ("xa", "Mỹ Hạnh"), 2),
    ("phuclong", "LA", ("Phúc Long",), ("huyen", "Bến Lức"), ("xa", "Long Hiệp"), ("xa", "Lương Hòa"), 1.5),
    (
        "longhau",
        "LA",
        ("Long Hậu", "Long Hậu mở rộng"),
        ("huyen", "Cần Giuộc"),
        ("xa", "Long Hậu"),
        ("xa", "Phước Vĩnh Tây"),
        2.5,
    ),
    (
        "thuandao",
        "LA",
        ("Thuận Đạo", "Thuận Đạo mở rộng"),
        ("huyen", "Bến Lức"),
        ("xa", "Long Định"),
        ("xa", "Bến Lức"),
        1.5,
    ),
    (
        "tankim",
        "LA",
        ("Tân Kim", "Tân Kim mở rộng"),
        ("huyen", "Cần Giuộc"),
        ("xa", "Tân Kim"),
        ("xa", "Cần Giuộc"),
        1.5,
    ),
    (
        "vinhloc2",
        "LA",
        ("Vĩnh Lộc 2", "Vĩnh Lộc II"),
        ("huyen", "Bến Lức"),
        ("xa", "Long Hiệp"),
        ("xa", "Lương Hòa"),
        1,
    ),
    ("nhutchanh", "LA", ("Nhựt Chánh",), ("huyen", "Bến Lức"), ("xa", "Nhựt Chánh"), ("xa", "Bến Lức"), 1),
]
CCNS = [
    ("hoanggia", "LA", ("Hoàng Gia",), ("huyen", "Đức Hòa"), ("xa", "Mỹ Hạnh Nam"), ("xa", "Mỹ Hạnh"), 2),
    ("ducthuan", "LA", ("Đức Thuận",), ("huyen", "Đức Hòa"), ("xa", "Mỹ Hạnh Nam"), ("xa", "Mỹ Hạnh"), 1),
    ("haison", "LA", ("Hải Sơn",), ("huyen", "Đức Hòa"), ("xa", "Đức Hòa Hạ"), ("xa", "Đức Hòa"), 1.5),
    ("lienminh", "LA", ("Liên Minh",), ("huyen", "Bến Lức"), ("xa", "Thạnh Đức"), ("xa", "Thạnh Lợi"), 1),
    (
        "longcang",
        "LA",
        ("Long Cang - Long Định", "Long Cang"),
        ("huyen", "Cần Đước"),
        ("xa", "Long Cang"),
        ("xa", "Long Cang"),
        1,
    ),
    ("tanhoi", "TN", ("Tân Hội",), ("huyen", "Tân Châu"), ("xa", "Tân Hội"), ("xa", "Tân Hội"), 1),
    ("ninhdien", "TN", ("Ninh Điền",), ("huyen", "Châu Thành"), ("xa", "Ninh Điền"), ("xa", "Ninh Điền"), 1),
    (
        "benkeo",
        "TN",
        ("Bến Kéo",),
        ("TX2020", "Hòa Thành"),
        ("xa", "Long Thành Nam"),
        ("phuong", "Long Hoa"),
        1,
    ),
    (
        "thanhxuan",
        "TN",
        ("Thanh Xuân",),
        ("huyen", "Tân Châu"),
        ("xa", "Thạnh Đông"),
        ("xa", "Tân Châu"),
        0.7,
    ),
    ("hiepthanh", "TN", ("Hiệp Thạnh",), ("huyen", "Gò Dầu"), ("xa", "Hiệp Thạnh"), ("xa", "Gò Dầu"), 1),
]
# old district, [(old commune, new commune)], roads, weight
STREETS = {
    "LA": [
        (
            ("huyen", "Đức Hòa"),
            [
                (("tt", "Hậu Nghĩa"), ("xa", "Hậu Nghĩa")),
                (("xa", "Hựu Thạnh"), ("xa", "Hòa Khánh")),
                (("xa", "Đức Lập Hạ"), ("xa", "Đức Lập")),
                (("xa", "Tân Mỹ"), ("xa", "Đức Lập")),
            ],
            ("Tỉnh lộ 10", "ĐT 822", "ĐT 824", "ĐT 825", "Quốc lộ N2"),
            3,
        ),
        (
            ("huyen", "Bến Lức"),
            [
                (("tt", "Bến Lức"), ("xa", "Bến Lức")),
                (("xa", "Thạnh Đức"), ("xa", "Thạnh Lợi")),
                (("xa", "Phước Lợi"), ("xa", "Bến Lức")),
                (("xa", "Mỹ Yên"), ("xa", "Mỹ Yên")),
            ],
            ("Quốc lộ 1A", "ĐT 830", "Nguyễn Hữu Thọ", "Quốc lộ N2"),
            3,
        ),
        (
            ("huyen", "Cần Giuộc"),
            [
                (("xa", "Phước Lý"), ("xa", "Phước Lý")),
                (("xa", "Trường Bình"), ("xa", "Cần Giuộc")),
                (("tt", "Cần Giuộc"), ("xa", "Cần Giuộc")),
            ],
            ("Quốc lộ 50", "ĐT 835", "ĐT 826"),
            2,
        ),
        (
            ("huyen", "Cần Đước"),
            [(("tt", "Cần Đước"), ("xa", "Cần Đước")), (("xa", "Long Trạch"), ("xa", "Long Hựu"))],
            ("ĐT 826", "ĐT 818", "ĐT 830"),
            1,
        ),
        (
            ("tp", "Tân An"),
            [
                (("phuong", "2"), ("phuong", "Tân An")),
                (("phuong", "6"), ("phuong", "Long An")),
                (("phuong", "Khánh Hậu"), ("phuong", "Khánh Hậu")),
                (("xa", "Lợi Bình Nhơn"), ("phuong", "Khánh Hậu")),
            ],
            ("Quốc lộ 1A", "Hùng Vương", "Nguyễn Thông", "Quốc lộ 62"),
            1.5,
        ),
        (
            ("huyen", "Thủ Thừa"),
            [(("tt", "Thủ Thừa"), ("xa", "Thủ Thừa")), (("xa", "Mỹ Phú"), ("xa", "Mỹ Thạnh"))],
            ("ĐT 818", "Quốc lộ N2", "Quốc lộ 1A"),
            1,
        ),
    ],
    "TN": [
        (
            ("TX2020", "Trảng Bàng"),
            [
                (("P2020", "Gia Lộc"), ("phuong", "Gia Lộc")),
                (("P2020", "Gia Bình"), ("phuong", "Trảng Bàng")),
                (("xa", "Hưng Thuận"), ("xa", "Hưng Thuận")),
                (("xa", "Phước Chỉ"), ("xa", "Phước Chỉ")),
            ],
            ("Quốc lộ 22", "ĐT 782", "ĐT 787", "Đường Xuyên Á"),
            3,
        ),
        (
            ("huyen", "Gò Dầu"),
            [
                (("tt", "Gò Dầu"), ("xa", "Gò Dầu")),
                (("xa", "Thanh Phước"), ("xa", "Gò Dầu")),
                (("xa", "Phước Thạnh"), ("xa", "Phước Thạnh")),
                (("xa", "Bàu Đồn"), ("xa", "Truông Mít")),
            ],
            ("Quốc lộ 22", "ĐT 782", "ĐT 784"),
            2,
        ),
        (
            ("tp", "Tây Ninh"),
            [(("phuong", "3"), ("phuong", "Tân Ninh")), (("phuong", "Ninh Sơn"), ("phuong", "Ninh Thạnh"))],
            ("Đường 30/4", "Cách Mạng Tháng Tám", "Điện Biên Phủ"),
            1,
        ),
        (
            ("TX2020", "Hòa Thành"),
            [
                (("TT2020", "Hòa Thành"), ("phuong", "Hòa Thành")),
                (("xa", "Trường Hòa"), ("phuong", "Long Hoa")),
            ],
            ("Phạm Hùng", "ĐT 781", "Lạc Long Quân"),
            1,
        ),
        (
            ("huyen", "Châu Thành"),
            [(("xa", "Thái Bình"), ("xa", "Châu Thành")), (("xa", "An Bình"), ("xa", "Châu Thành"))],
            ("ĐT 781", "Quốc lộ 22B"),
            1,
        ),
        (
            ("huyen", "Bến Cầu"),
            [(("xa", "Lợi Thuận"), ("xa", "Bến Cầu")), (("tt", "Bến Cầu"), ("xa", "Bến Cầu"))],
            ("ĐT 786", "Quốc lộ 22"),
            0.7,
        ),
        (
            ("huyen", "Dương Minh Châu"),
            [
                (("tt", "Dương Minh Châu"), ("xa", "Dương Minh Châu")),
                (("xa", "Suối Đá"), ("xa", "Dương Minh Châu")),
            ],
            ("ĐT 784", "ĐT 781"),
            0.8,
        ),
    ],
}
HAMLETS = (
    "ấp 1",
    "ấp 2",
    "ấp 3",
    "ấp 4",
    "ấp 5",
    "ấp Bình Tiền",
    "ấp Tràm Lạc",
    "ấp Mới 1",
    "ấp Mới 2",
    "ấp Chánh",
    "ấp Lộc Trung",
    "ấp Rừng Dầu",
    "ấp Bàu Tre",
    "ấp An Thạnh",
    "ấp Hòa Hiệp",
    "ấp Phước Hòa",
    "ấp Trường",
    "ấp Bình Hòa",
    "ấp Tân Hòa",
    "ấp Gia Huỳnh",
)
HCM_OFF = [
    ("Nguyễn Huệ", ("phuong", "Bến Nghé"), ("quan", "1"), ("phuong", "Sài Gòn")),
    ("Lê Thánh Tôn", ("phuong", "Bến Thành"), ("quan", "1"), ("phuong", "Bến Thành")),
    ("Hoàng Văn Thụ", ("phuong", "2"), ("quan", "Tân Bình"), ("phuong", "Tân Sơn Nhất")),
    ("Cộng Hòa", ("phuong", "13"), ("quan", "Tân Bình"), ("phuong", "Tân Bình")),
    ("Trường Chinh", ("phuong", "Tây Thạnh"), ("quan", "Tân Phú"), ("phuong", "Tây Thạnh")),
    ("Lũy Bán Bích", ("phuong", "Tân Thới Hòa"), ("quan", "Tân Phú"), ("phuong", "Phú Thạnh")),
    ("Kinh Dương Vương", ("phuong", "An Lạc"), ("quan", "Bình Tân"), ("phuong", "An Lạc")),
    ("Nguyễn Văn Linh", ("phuong", "Tân Phong"), ("quan", "7"), ("phuong", "Tân Mỹ")),
    ("Nguyễn Thị Thập", ("phuong", "Tân Quy"), ("quan", "7"), ("phuong", "Tân Hưng")),
    ("Điện Biên Phủ", ("phuong", "25"), ("quan", "Bình Thạnh"), ("phuong", "Thạnh Mỹ Tây")),
    ("Nguyễn Thị Minh Khai", ("phuong", "Võ Thị Sáu"), ("quan", "3"), ("phuong", "Xuân Hòa")),
    ("Xa lộ Hà Nội", ("phuong", "Hiệp Phú"), ("tp", "Thủ Đức"), ("phuong", "Tăng Nhơn Phú")),
    ("Hồng Bàng", ("phuong", "12"), ("quan", "5"), ("phuong", "Chợ Lớn")),
    ("Nguyễn Tri Phương", ("phuong", "8"), ("quan", "10"), ("phuong", "Diên Hồng")),
    ("Quốc lộ 1A", ("xa", "Tân Kiên"), ("huyen", "Bình Chánh"), ("xa", "Tân Nhựt")),
]
EXT_PARKS = {
    "HCM": [
        (
            "tantao",
            "HCM",
            ("Tân Tạo",),
            ("quan", "Bình Tân"),
            ("phuong", "Tân Tạo A"),
            ("phuong", "Tân Tạo"),
            1,
        ),
        (
            "vinhloc",
            "HCM",
            ("Vĩnh Lộc",),
            ("quan", "Bình Tân"),
            ("phuong", "Bình Hưng Hòa B"),
            ("phuong", "Bình Hưng Hòa"),
            1,
        ),
        (
            "leminhxuan",
            "HCM",
            ("Lê Minh Xuân",),
            ("huyen", "Bình Chánh"),
            ("xa", "Tân Nhựt"),
            ("xa", "Tân Nhựt"),
            1,
        ),
    ],
    "BD": [
        (
            "vsip",
            "BD",
            ("VSIP", "Việt Nam - Singapore"),
            ("tp", "Thuận An"),
            ("phuong", "Bình Hòa"),
            ("phuong", "Bình Hòa"),
            2,
        ),
        (
            "songthan2",
            "BD",
            ("Sóng Thần 2",),
            ("tp", "Dĩ An"),
            ("phuong", "Tân Đông Hiệp"),
            ("phuong", "Tân Đông Hiệp"),
            1,
        ),
        (
            "myphuoc3",
            "BD",
            ("Mỹ Phước 3",),
            ("tx", "Bến Cát"),
            ("phuong", "Thới Hòa"),
            ("phuong", "Thới Hòa"),
            1.5,
        ),
        (
            "namtanuyen",
            "BD",
            ("Nam Tân Uyên",),
            ("tx", "Tân Uyên"),
            ("phuong", "Khánh Bình"),
            ("phuong", "Tân Khánh"),
            1,
        ),
    ],
    "DN": [
        (
            "nhontrach1",
            "DN",
            ("Nhơn Trạch 1", "Nhơn Trạch I"),
            ("huyen", "Nhơn Trạch"),
            ("xa", "Hiệp Phước"),
            ("xa", "Nhơn Trạch"),
            2,
        ),
        ("amata", "DN", ("Amata",), ("tp", "Biên Hòa"), ("phuong", "Long Bình"), ("phuong", "Long Bình"), 1),
        (
            "bienhoa2",
            "DN",
            ("Biên Hòa 2", "Biên Hòa II"),
            ("tp", "Biên Hòa"),
            ("phuong", "An Bình"),
            ("phuong", "Trấn Biên"),
            1,
        ),
        (
            "longthanh",
            "DN",
            ("Long Thành",),
            ("huyen", "Long Thành"),
            ("xa", "Tam An"),
            ("xa", "An Phước"),
            1,
        ),
    ],
}
PARK_BY_PROV = {p: WC([(x, x[6]) for x in PARKS if x[1] == p]) for p in ("LA", "TN")}
CCN_BY_PROV = {p: WC([(x, x[6]) for x in CCNS if x[1] == p]) for p in ("LA", "TN")}
STREET_BY_PROV = {p: WC([(x, x[3]) for x in STREETS[p]]) for p in ("LA", "TN")}
EXT_PARK_BY_PROV = {p: WC([(x, x[6]) for x in EXT_PARKS[p]]) for p in EXT_PARKS}

UNIT = {
    "xa": ("xã", "X.", "Commune"),
    "phuong": ("phường", "P.", "Ward"),
    "tt": ("thị trấn", "TT.", "Town"),
    "huyen": ("huyện", "H.", "District"),
    "tx": ("thị xã", "TX.", "Town"),
    "tp": ("thành phố", "TP.", "City"),
    "quan": ("quận", "Q.", "District"),
}
PROVN = {
    "LA": ("tỉnh Long An", "Long An", "Long An Province", "LA"),
    "TN": ("tỉnh Tây Ninh", "Tây Ninh", "Tay Ninh Province", "TN"),
    "HCM": ("Thành phố Hồ Chí Minh", "TP.HCM", "Ho Chi Minh City", "TP HCM"),
    "BD": ("tỉnh Bình Dương", "Bình Dương", "Binh Duong Province", "BD"),
    "DN": ("tỉnh Đồng Nai", "Đồng Nai", "Dong Nai Province", "ĐN"),
}
NEWP = {"LA": "TN", "TN": "TN", "HCM": "HCM", "BD": "HCM", "DN": "DN"}
ZH_PROV = {"LA": "隆安省", "TN": "西寧省", "HCM": "胡志明市", "BD": "平陽省", "DN": "同奈省"}

# --------------------------------------------------------------------------
# phones and codes
# --------------------------------------------------------------------------
AREA = {"LA": "0272", "TN": "0276", "HCM": "028", "BD": "0274", "DN": "0251"}
OLD_AREA = {"LA": "072", "TN": "066", "HCM": "08", "BD": "0650", "DN": "061"}
MOB_PREF = WC(
    [
        (p, w)
        for p, w in (
            ("090", 6),
            ("093", 4),
            ("089", 2),
            ("070", 2),
            ("079", 2),
            ("077", 2),
            ("076", 1.5),
            ("078", 1.5),
            ("091", 5),
            ("094", 3),
            ("088", 2),
            ("083", 1.5),
            ("084", 1.5),
            ("085", 1.5),
            ("081", 1.5),
            ("082", 1.5),
            ("096", 3),
            ("097", 5),
            ("098", 5),
            ("086", 2),
            ("032", 2),
            ("033", 2),
            ("034", 2),
            ("035", 2),
            ("036", 2),
            ("037", 2),
            ("038", 2),
            ("039", 2),
            ("056", 0.7),
            ("058", 0.7),
            ("059", 0.5),
            ("092", 0.6),
        )
    ]
)
OLD_MOB = {
    "032": "0162",
    "033": "0163",
    "034": "0164",
    "035": "0165",
    "036": "0166",
    "037": "0167",
    "038": "0168",
    "039": "0169",
    "070": "0120",
    "079": "0121",
    "077": "0122",
    "076": "0126",
    "078": "0128",
    "083": "0123",
    "084": "0124",
    "085": "0125",
    "081": "0127",
    "082": "0129",
    "056": "0186",
    "058": "0188",
    "059": "0199",
}
TAXPFX = {
    "LA": ("1100", "1101", "1101", "1102"),
    "TN": ("3900", "3900", "3901", "3902"),
    "HCM": (
        "0300",
        "0301",
        "0302",
        "0303",
        "0304",
        "0305",
        "0309",
        "0310",
        "0311",
        "0312",
        "0313",
        "0314",
        "0314",
        "0315",
        "0315",
        "0316",
        "0317",
        "0318",
    ),
    "BD": ("3700", "3701", "3702", "3703"),
    "DN": ("3600", "3601", "3602", "3603", "3604"),
}
_W = (31, 29, 23, 19, 17, 13, 7, 5, 3)


def tax_check(d9: str):
    c = 10 - sum(int(a) * w for a, w in zip(d9, _W, strict=False)) % 11
    return None if c == 10 else c


def fmt_land(prov: str, sub: str, rng: random.Random, style: str) -> str:
    a = OLD_AREA[prov] if style == "old" else AREA[prov]
    if style == "excel":
        return (a + sub).lstrip("0")
    if style == "plain":
        return a + sub
    g0, g1 = sub[:4], sub[4:]
    if style == "intl":
        a1 = a[1:]
        r = rng.random()
        if r < 0.45:
            return f"+84 {a1} {g0} {g1}"
        if r < 0.65:
            return f"+84{a1}{sub}"
        if r < 0.8:
            return f"84{a1}{sub}"
        if r < 0.9:
            return f"+84-{a1}-{sub}"
        return f"(+84) {a1} {sub}"
    dotted = f"{sub[0]}.{sub[1:4]}.{sub[4:]}" if len(sub) == 7 else f"{g0}.{g1}"
    r = rng.random()
    if r < 0.25:
        return f"{a} {g0} {g1}"
    if r < 0.4:
        return f"{a}.{g0}.{g1}"
    if r < 0.55:
        return f"({a}) {dotted}"
    if r < 0.68:
        return f"({a}) {sub}"
    if r < 0.78:
        return f"{a}-{sub}"
    if r < 0.88:
        return f"{a} {sub}"
    return a + sub


def fmt_mob(pref: str, sub: str, rng: random.Random, style: str) -> str:
    full = pref + sub
    if style == "old" and pref in OLD_MOB:
        o = OLD_MOB[pref] + sub
        r = rng.random()
        if r < 0.4:
            return f"{o[:4]} {o[4:7]} {o[7:]}"
        if r < 0.7:
            return o
        if r < 0.85:
            return f"{o[:4]}.{o[4:7]}.{o[7:]}"
        return f"{o[:4]} {o[4:]}"
    if style == "excel":
        return full[1:]
    if style == "plain":
        return full
    if style == "intl":
        r = rng.random()
        if r < 0.4:
            return f"+84 {full[1:4]} {full[4:7]} {full[7:]}"
        if r < 0.7:
            return "+84" + full[1:]
        if r < 0.85:
            return "84" + full[1:]
        return f"(+84) {full[1:]}"
    r = rng.random()
    if r < 0.35:
        return f"{full[:4]} {full[4:7]} {full[7:]}"
    if r < 0.5:
        return f"{full[:4]}.{full[4:7]}.{full[7:]}"
    if r < 0.78:
        return full
    if r < 0.88:
        return f"{full[:4]}-{full[4:7]}-{full[7:]}"
    return f"{full[:3]} {full[3:6]} {full[6:]}"


def fmt_phone(p, rng, style, est=2000):
    if p[0] == "L":
        if style == "old" and est >= 2017:
            style = "std"
        return fmt_land(p[1], p[2], rng, style)
    if style == "old" and (est >= 2018 or p[1] not in OLD_MOB):
        style = "std"
    return fmt_mob(p[1], p[2], rng, style)


def is_old_fmt(p, est):
    if p[0] == "L":
        return est < 2017
    return est < 2018 and p[1] in OLD_MOB


def tax_typo(t: str, rng: random.Random) -> str:
    b, rest = t[:10], t[10:]
    i = rng.randrange(2, 10)
    if rng.random() < 0.35 and i < 9 and b[i] != b[i + 1]:
        b = b[:i] + b[i + 1] + b[i] + b[i + 2 :]
    else:
        d = rng.choice([c for c in "0123456789" if c != b[i]])
        b = b[:i] + d + b[i + 1 :]
    return b + rest


def tax_fmt(t: str, rng: random.Random) -> str:
    b, rest = t[:10], t[10:]
    r = rng.random()
    if r < 0.25:
        s = f"{b[:4]} {b[4:7]} {b[7:]}"
    elif r < 0.4:
        s = f"{b[:4]}.{b[4:7]}.{b[7:]}"
    elif r < 0.55:
        s = f"{b[:4]}-{b[4:7]}-{b[7:]}"
    elif r < 0.65:
        s = f"{b[:2]} {b[2:]}"
    elif r < 0.8:
        s = f"MST: {b}"
    elif r < 0.9:
        s = " ".join(b)
    else:
        s = f"{b} "
    return s + rest


SIZE_W = WC(
    [
        (1, 36),
        (2, 21),
        (3, 15),
        (4, 10),
        (5, 7),
        (6, 4.5),
        (7, 3),
        (8, 2),
        (9, 0.45),
        (10, 0.35),
        (11, 0.25),
        (12, 0.2),
        (13, 0.1),
        (14, 0.07),
        (16, 0.05),
        (20, 0.03),
    ]
)
ORIGIN_LOCAL = WC([("VN", 50), ("CN", 17), ("TW", 13), ("KR", 13), ("JP", 7)])
ORIGIN_EXT = WC([("VN", 60), ("CN", 15), ("TW", 15), ("KR", 7), ("JP", 3)])
TEXP = {"VN": 0.45, "CN": 0.65, "TW": 0.75, "KR": 0.7, "JP": 0.3}
STYLE_VN = WC([("db", 70), ("b", 30)])
STYLE_FDI = WC([("bvn", 30), ("bvina", 15), ("db", 15), ("dbvn", 30), ("intl", 10)])
STYLE_KR = WC([("bvn", 25), ("bvina", 45), ("db", 10), ("dbvn", 15), ("intl", 5)])
FORM_VN = WC([("TNHH", 38), ("MTV", 25), ("CP", 20), ("DNTN", 17)])
FORM_FDI = WC([("TNHH", 55), ("MTV", 35), ("CP", 10)])
CONTACT = (
    "Tuấn",
    "Hùng",
    "Lan",
    "Hương",
    "Minh",
    "Dũng",
    "Trang",
    "Thảo",
    "Nam",
    "Phương",
    "Hải",
    "Linh",
    "Quân",
    "Vy",
    "Khoa",
    "Tâm",
    "Hạnh",
    "Sơn",
    "Nhung",
    "Phúc",
)
SOURCES = (
    "tax_tn2025",
    "bql_kcn",
    "cnht_la2019",
    "cnht_tn2020",
    "buyer_t2",
    "tw_assoc",
    "customs",
    "bhxh",
    "zalo_form",
)
SRC_TAG = {s: "src:" + s for s in SOURCES}
SRC_PREFIX = {
    "tax_tn2025": "CT",
    "bql_kcn": "BQL",
    "cnht_la2019": "LA19",
    "cnht_tn2020": "TN20",
    "buyer_t2": "T2",
    "tw_assoc": "TWA",
    "customs": "HQ",
    "bhxh": "BHXH",
    "zalo_form": "ZL",
}


# --------------------------------------------------------------------------
# generator
# --------------------------------------------------------------------------
class _Gen:
    def __init__(self, n: int, seed: int):
        self.rng = rng = random.Random(int(seed) * 1000003 + 20250701)
        self.n = n
        self.used_tax: set = set()
        self.used_ph: set = set()
        self.used_names: set = set()
        self.used_truth: set = set()
        self.hotline = {}
        for p in PARKS + CCNS:
            self.hotline[p[0]] = [self.mk_land(p[1]) for _ in range(1 if rng.random() < 0.6 else 2)]
        npool = max(8, n // 350)
        self.acct_pool = [
            self.mk_land(pick(rng, [("LA", 4), ("TN", 3), ("HCM", 3)]))
            if rng.random() < 0.35
            else self.mk_mob()
            for _ in range(npool)
        ]
        self.shared_ph = set(self.acct_pool)
        for v in self.hotline.values():
            self.shared_ph.update(v)
        self.K: set = set()  # link keys of the record being rendered (fairness check)

    def fp(self, p, rng, style, est=2000):
        """format an entity phone and remember it as a link key"""
        if p not in self.shared_ph:
            self.K.add(("P", p))
        return fmt_phone(p, rng, style, est)

    # ---- primitives -------------------------------------------------------
    def mk_land(self, prov):
        rng = self.rng
        a = AREA[prov]
        while True:
            if prov == "HCM":
                sub = rng.choice("3652") + f"{rng.randrange(10**7):07d}"
            else:
                sub = rng.choice("3386") + f"{rng.randrange(10**6):06d}"
            if a + sub not in self.used_ph:
                self.used_ph.add(a + sub)
                return ("L", prov, sub)

    def mk_mob(self):
        rng = self.rng
        while True:
            p = MOB_PREF.pick(rng)
            sub = f"{rng.randrange(10**7):07d}"
            if p + sub not in self.used_ph:
                self.used_ph.add(p + sub)
                return ("M", p, sub)

    def mk_tax(self, reg):
        rng = self.rng
        pf = TAXPFX[reg]
        while True:
            d9 = rng.choice(pf) + f"{rng.randrange(100000):05d}"
            if d9 in self.used_tax:
                continue
            c = tax_check(d9)
            if c is None:
                continue
            self.used_tax.add(d9)
            return d9 + str(c)

    def mk_truth(self):
        rng = self.rng
        while True:
            t = f"DN{rng.randrange(16**7):07X}"
            if t not in self.used_truth:
                self.used_truth.add(t)
                return t

    def mk_lot(self):
        rng = self.rng
        L = rng.choice("ABCDEFGHKLMN")
        r = rng.random()
        if r < 0.35:
            return f"{L}{rng.randint(1, 9)}-{rng.randint(1, 30)}"
        if r < 0.55:
            return f"{L}{rng.randint(1, 40)}"
        if r < 0.7:
            return f"số {rng.randint(1, 120)}"
        if r < 0.85:
            return f"{L}{rng.randint(1, 9)}.{rng.randint(1, 20)}"
        return f"{L}-{rng.randint(1, 60)}"

    def mk_road(self):
        rng = self.rng
        r = rng.random()
        if r < 0.5:
            return f"Đường số {rng.randint(1, 12)}"
        if r < 0.8:
            return f"Đường {rng.choice('DN')}{rng.randint(1, 9)}"
        return f"Đường {rng.randint(1, 9)}{rng.choice('ABC')}"

    def loc_zone(self, p, zk):
        rng = self.rng
        return {
            "prov": p[1],
            "kind": "park" if zk == "KCN" else "ccn",
            "zk": zk,
            "zv": p[2],
            "key": p[0],
            "lot": self.mk_lot() if (zk == "KCN" or rng.random() < 0.6) else "",
            "road": self.mk_road() if rng.random() < 0.45 else "",
            "num": "",
            "hamlet": "",
            "parcel": None,
            "od": p[3],
            "oc": p[4],
            "nc": p[5],
        }

    def mk_local(self, prov, kind):
        rng = self.rng
        if kind == "park":
            return self.loc_zone(PARK_BY_PROV[prov].pick(rng), "KCN")
        if kind == "ccn":
            return self.loc_zone(CCN_BY_PROV[prov].pick(rng), "CCN")
        od, communes, roads, _ = STREET_BY_PROV[prov].pick(rng)
        oc, nc = rng.choice(communes)
        ward = oc[0] in ("phuong", "P2020", "TT2020")
        return {
            "prov": prov,
            "kind": "street",
            "zk": None,
            "zv": None,
            "key": None,
            "lot": "",
            "road": rng.choice(roads),
            "num": str(rng.randint(1, 999)) + (f"/{rng.randint(1, 30)}" if rng.random() < 0.15 else ""),
            "hamlet": (f"khu phố {rng.randint(1, 9)}" if ward else rng.choice(HAMLETS))
            if rng.random() < 0.8
            else "",
            "parcel": (rng.randint(10, 2500), rng.randint(1, 60)) if rng.random() < 0.3 else None,
            "od": od,
            "oc": oc,
            "nc": nc,
        }

    def mk_ext(self, prov, office=False):
        rng = self.rng
        if prov == "HCM" and (office or rng.random() < 0.4):
            road, oc, od, nc = rng.choice(HCM_OFF)
            return {
                "prov": "HCM",
                "kind": "off",
                "zk": None,
                "zv": None,
                "key": None,
                "lot": "",
                "road": road,
                "num": str(rng.randint(1, 450)) + (f"/{rng.randint(1, 40)}" if rng.random() < 0.2 else ""),
                "hamlet": "",
                "parcel": None,
                "od": od,
                "oc": oc,
                "nc": nc,
                "floor": f"Tầng {rng.randint(2, 18)}" if rng.random() < 0.3 else "",
            }
        return self.loc_zone(EXT_PARK_BY_PROV[prov].pick(rng), "KCN")

    def mk_brand(self, origin, force3=False):
        rng = self.rng
        r = rng.random()
        if origin == "VN":
            if r < 0.035 and not force3:
                a = "".join(rng.choice("ABCDHKLMNPSTV") for _ in range(rng.choice((2, 3, 3, 4))))
                return {
                    "vi": a,
                    "en": a,
                    "alt": (".".join(a), a.capitalize()),
                    "zh": None,
                    "hv": None,
                    "key": a,
                }
            if r < 0.06 and not force3:
                vi = rng.choice(VN_PLACE_BRANDS)
            else:
                vi = " ".join(rng.sample(VN_SYL, 3 if (force3 or r > 0.8) else 2))
            en = noacc(vi)
            return {
                "vi": vi,
                "en": en,
                "alt": (en.replace(" ", ""), en.upper().replace(" ", "")),
                "zh": None,
                "hv": None,
                "key": en.lower().replace(" ", ""),
            }
        if origin in ("CN", "TW"):
            k = 3 if (force3 or r < 0.1) else 2
            ch = rng.sample(ZH, k)
            return self._zh_brand(origin, ch)
        if origin == "KR":
            k = 3 if (force3 or r < 0.08) else 2
            sy = rng.sample(KR_SYL, k)
            mr = [s[0] for s in sy]
            rr = [s[1] for s in sy]
            joined = "".join(mr).capitalize()
            spaced = " ".join(mr)
            camel = "".join(mr)
            rrj = "".join(rr).capitalize()
            q = rng.random()
            en = joined if q < 0.6 else (spaced if q < 0.85 else camel)
            alt = tuple(x for x in (joined, spaced, camel, "-".join(mr), rrj) if x != en)
            return {"vi": en, "en": en, "alt": alt, "zh": None, "hv": None, "key": joined.lower()}
        a = rng.choice(JP_A) + rng.choice(JP_B)
        w = rng.choice(JP_W) if (force3 or r < 0.5) else ""
        en = a + (" " + w if w else "")
        alt = (a,) if w else (a.upper(),)
        return {"vi": en, "en": en, "alt": alt, "zh": None, "hv": None, "key": en.lower().replace(" ", "")}

    def _zh_brand(self, origin, ch, vi_hv=None):
        rng = self.rng
        zt = "".join(c[0] for c in ch)
        zs = "".join(c[1] for c in ch)
        py = [c[2] for c in ch]
        wg = [c[3] for c in ch]
        hv = " ".join(c[4] for c in ch)
        pyj = "".join(py).capitalize()
        pys = " ".join(s.capitalize() for s in py)
        wgs = " ".join(s.capitalize() for s in wg)
        wgh = "-".join(s.capitalize() for s in wg)
        wgj = "".join(wg).capitalize()
        if vi_hv is None:
            vi_hv = rng.random() < (0.35 if origin == "CN" else 0.3)
        if origin == "CN":
            en = pyj if rng.random() < 0.55 else pys
            alt = (pys if en == pyj else pyj, pyj.upper())
            vi = hv if vi_hv else pys
            zh = zs if rng.random() < 0.85 else zt
        else:
            q = rng.random()
            en = wgs if q < 0.5 else (wgh if q < 0.75 else wgj)
            alt = tuple(x for x in (wgs, wgh, wgj, pyj) if x != en)
            vi = hv if vi_hv else wgs
            zh = zt
        return {"vi": vi, "en": en, "alt": alt, "zh": zh, "hv": hv, "key": zt, "ch": ch, "vi_hv": vi_hv}

    def unique_brand(self, origin, di, style):
        dk = di if style in ("db", "dbvn") else -1
        for i in range(40):
            b = self.mk_brand(origin, force3=i >= 12)
            k = (origin, b["key"], dk)
            if k not in self.used_names:
                self.used_names.add(k)
                return b
        return b

    # ---- enterprises ------------------------------------------------------
    def new_ent(
        self,
        origin=None,
        local=True,
        prov=None,
        kind=None,
        fac=None,
        hq=None,
        reg=None,
        brand=None,
        di=None,
        grp=None,
        style=None,
        tp=None,
        form=None,
        ext_office=False,
    ):
        rng = self.rng
        if origin is None:
            origin = (ORIGIN_LOCAL if local else ORIGIN_EXT).pick(rng)
        fdi = origin != "VN"
        if di is None:
            if origin in ("CN", "TW") and rng.random() < 0.07:
                di = DESC_GENERIC
            else:
                if grp is None:
                    grp = "tex" if rng.random() < TEXP[origin] else "mep"
                di = DESC_BY_GRP[grp].pick(rng)
        if style is None:
            style = (STYLE_KR if origin == "KR" else STYLE_FDI).pick(rng) if fdi else STYLE_VN.pick(rng)
        if form is None:
            form = FORM_FDI.pick(rng) if fdi else FORM_VN.pick(rng)
        if form == "DNTN" and style not in ("db", "b"):
            style = "db"
        if tp is None:
            tp = 0 if (fdi or form == "DNTN") else TP_W.pick(rng)
        if brand is None:
            brand = self.unique_brand(origin, di, style)
        est = rng.randint(2003, 2024) if fdi else rng.randint(1998, 2024)
        if fac is None:
            if local:
                prov = prov or ("LA" if rng.random() < 0.58 else "TN")
                if kind is None:
                    q = rng.random()
                    if fdi:
                        kind = "park" if q < 0.85 else ("ccn" if q < 0.95 else "street")
                    else:
                        kind = "park" if q < 0.35 else ("ccn" if q < 0.55 else "street")
                fac = self.mk_local(prov, kind)
            else:
                prov = prov or pick(rng, [("BD", 45), ("DN", 30), ("HCM", 25)])
                fac = self.mk_ext(prov, office=ext_office)
        traps = []
        if hq is None and local and fac["kind"] == "park" and rng.random() < (0.08 if fdi else 0.1):
            hq = self.mk_ext("HCM", office=True)
        if hq is not None and hq is not fac:
            traps.append("trap:hq_hcm")
        reg = reg or (hq["prov"] if hq else fac["prov"])
        lp = fac["prov"]
        land = self.mk_land(lp) if rng.random() < (0.6 if form == "DNTN" else 0.88) else None
        land2 = None
        if land and rng.random() < 0.25:
            land2 = (
                self.mk_land(lp)
                if rng.random() < 0.5
                else ("L", lp, land[2][:-1] + str((int(land[2][-1]) + 1) % 10))
            )
        mob = self.mk_mob() if rng.random() < 0.92 else None
        q = rng.random()
        acct, shared = None, False
        if q < 0.1:
            acct, shared = rng.choice(self.acct_pool), True
        elif q < 0.35:
            acct = self.mk_mob()
        irc = None
        if fdi:
            pc = {"LA": "50", "TN": "45"}.get(fac["prov"], "46")
            irc = [pc + f"{rng.randrange(10**8):08d}"]
            if est < 2015 or rng.random() < 0.2:
                irc.append(pc + "2043" + f"{rng.randrange(10**6):06d}")
        return {
            "truth": self.mk_truth(),
            "origin": origin,
            "di": di,
            "desc": DESCS[di],
            "style": style,
            "tp": tp,
            "form": form,
            "fi": rng.randrange(12),
            "brand": brand,
            "est": est,
            "fac": fac,
            "hq": hq,
            "reg": reg,
            "tax": self.mk_tax(reg),
            "br": False,
            "head": None,
            "bno": 0,
            "bplace": "",
            "bpat": 0,
            "land": land,
            "land2": land2,
            "hland": self.mk_land("HCM") if hq else None,
            "mob": mob,
            "acct": acct,
            "acct_shared": shared,
            "irc": irc,
            "rename": None,
            "conv": None,
            "move": None,
            "traps": traps,
            "k": 1,
        }

    def family(self):
        rng = self.rng
        r = rng.random()
        if r < 0.045:
            return self.fam_branch()
        if r < 0.075:
            return self.fam_sister()
        if r < 0.105:
            return self.fam_namesake()
        e = self.new_ent(local=rng.random() < 0.93)
        q = rng.random()
        if q < 0.05 and e["est"] <= 2022:
            old = self.unique_brand(e["origin"], e["di"], e["style"])
            e["rename"] = (rng.randint(max(e["est"] + 1, 2018), 2024), old)
            e["traps"].append("trap:renamed")
        elif q < 0.11 and e["est"] <= 2022 and e["form"] in ("TNHH", "MTV", "DNTN"):
            old = e["form"]
            e["form"] = "TNHH" if old == "DNTN" else "CP"
            if old == "DNTN":
                e["tp"] = e["tp"] or 0
            e["conv"] = (rng.randint(max(e["est"] + 1, 2018), 2024), old)
            e["traps"].append("trap:converted")
        elif (
            q < 0.15 and e["est"] <= 2021 and e["fac"]["prov"] in ("LA", "TN") and e["fac"]["kind"] == "park"
        ):
            op = e["fac"]["prov"] if rng.random() < 0.7 else ("TN" if e["fac"]["prov"] == "LA" else "LA")
            old = self.mk_local(op, "park" if rng.random() < 0.75 else "ccn")
            if old.get("key") != e["fac"].get("key"):
                e["move"] = (rng.randint(max(e["est"] + 1, 2019), 2024), old, self.mk_land(op))
                e["traps"].append("trap:moved")
        return [e]

    def fam_branch(self):
        rng = self.rng
        r = rng.random()
        if r < 0.45:
            head = self.new_ent(local=False, prov="HCM", ext_office=True)
        elif r < 0.7:
            head = self.new_ent(local=False, prov=pick(rng, [("BD", 6), ("DN", 4)]))
        else:
            head = self.new_ent(local=True, kind="park")
        head["traps"].append("trap:branch_head")
        out = [head]
        nb = 1 if rng.random() < 0.82 else 2
        for i in range(nb):
            b = dict(head)
            prov = "LA" if rng.random() < 0.58 else "TN"
            q = rng.random()
            b["fac"] = self.mk_local(prov, "park" if q < 0.75 else ("ccn" if q < 0.9 else "street"))
            b["truth"] = self.mk_truth()
            b["br"] = True
            b["head"] = head
            b["bno"] = i + 1
            b["tax"] = head["tax"] + f"-{i + 1:03d}"
            b["hq"] = None
            b["reg"] = prov
            traps = ["trap:branch"]
            if head["land"] and rng.random() < 0.1:
                b["land"] = head["land"]
                traps.append("trap:head_phone")
            else:
                b["land"] = self.mk_land(prov)
            b["land2"] = None
            b["hland"] = None
            b["mob"] = head["mob"] if rng.random() < 0.3 else self.mk_mob()
            b["acct"] = head["acct"] if rng.random() < 0.5 else None
            b["acct_shared"] = head["acct_shared"] if b["acct"] else False
            fac = b["fac"]
            q = rng.random()
            if q < 0.5:
                b["bplace"] = PROVN[prov][1]
            elif q < 0.75:
                b["bplace"] = fac["od"][1] if not fac["od"][1].isdigit() else PROVN[prov][1]
            else:
                b["bplace"] = ("KCN " + fac["zv"][0]) if fac["zv"] else PROVN[prov][1]
            b["bpat"] = rng.randrange(len(BR_VI))
            b["est"] = min(2024, head["est"] + rng.randint(0, 8))
            b["rename"] = b["conv"] = b["move"] = None
            b["traps"] = traps
            b["fi"] = head["fi"]
            if head["irc"]:
                pc = {"LA": "50", "TN": "45"}[prov]
                b["irc"] = [pc + f"{rng.randrange(10**8):08d}"]
            out.append(b)
        return out

    def fam_sister(self):
        rng = self.rng
        base = self.new_ent(local=True)
        base["traps"].append("trap:sister")
        out = [base]
        for _ in range(1 if rng.random() < 0.8 else 2):
            same_brand = rng.random() < 0.55
            grp = base["desc"][4] if base["desc"][4] != "any" else "tex"
            di = DESC_BY_GRP[grp].pick(rng)
            for _t in range(5):
                if di != base["di"]:
                    break
                di = DESC_BY_GRP[grp].pick(rng)
            brand = None
            if same_brand:
                brand = base["brand"]
                self.used_names.add((base["origin"], brand["key"], di))
            fac = base["fac"]
            if fac["zk"] and rng.random() < 0.35:
                fac = dict(fac)
                fac["lot"] = self.mk_lot()
            style = base["style"] if same_brand and base["style"] in ("db", "dbvn") else None
            s = self.new_ent(
                origin=base["origin"],
                fac=fac,
                hq=base["hq"],
                reg=base["reg"],
                brand=brand,
                di=di,
                style=style,
                tp=base["tp"] if same_brand else None,
            )
            if same_brand and s["style"] not in ("db", "dbvn"):
                s["style"] = "db" if base["origin"] == "VN" else "dbvn"
            s["est"] = max(base["est"], s["est"]) if rng.random() < 0.7 else s["est"]
            if base["land"] and rng.random() < 0.7:
                s["land"] = base["land"]
            if base["mob"] and rng.random() < 0.5:
                s["mob"] = base["mob"]
            if base["acct"] and rng.random() < 0.6:
                s["acct"], s["acct_shared"] = base["acct"], base["acct_shared"]
            if base["hland"] and rng.random() < 0.7:
                s["hland"] = base["hland"]
            s["traps"] = [t for t in s["traps"] if t != "trap:hq_hcm"] + (["trap:hq_hcm"] if s["hq"] else [])
            s["traps"].append("trap:sister")
            out.append(s)
        return out

    def fam_namesake(self):
        rng = self.rng
        base = self.new_ent(local=True)
        base["traps"].append("trap:namesake")
        out = [base]
        brand = base["brand"]
        if brand.get("ch") and rng.random() < 0.4:
            ch = [rng.choice(_ZH_HOMO[c[2]]) for c in brand["ch"]]
            brand = self._zh_brand(base["origin"], ch, vi_hv=brand["vi_hv"])
            brand["en"] = (
                base["brand"]["en"]
                if base["brand"]["en"].replace("-", " ").lower() == brand["en"].replace("-", " ").lower()
                or rng.random() < 0.5
                else brand["en"]
            )
        di = base["di"] if rng.random() < 0.8 else None
        local = rng.random() < 0.6
        prov = None
        if local:
            prov = "TN" if base["fac"]["prov"] == "LA" else "LA"
            if rng.random() < 0.3:
                prov = base["fac"]["prov"]
        t = self.new_ent(
            origin=base["origin"],
            local=local,
            prov=prov,
            brand=brand,
            di=di,
            grp=base["desc"][4] if base["desc"][4] != "any" else None,
            style=base["style"],
            tp=base["tp"] if rng.random() < 0.6 else None,
        )
        if t["fac"].get("key") and t["fac"]["key"] == base["fac"].get("key"):
            t["fac"] = self.mk_local(t["fac"]["prov"], "street") if local else t["fac"]
        t["traps"].append("trap:namesake")
        out.append(t)
        return out

    # ---- state / eligibility ---------------------------------------------
    @staticmethod
    def fac_at(e, y):
        m = e["move"]
        if m and y < m[0]:
            return m[1]
        return e["fac"]

    def state(self, e, y):
        tags = []
        h = e["head"] if e["br"] else e
        brand, form = h["brand"], h["form"]
        r = h["rename"]
        if r and y < r[0]:
            brand = r[1]
            tags.append("name:old")
        c = h["conv"]
        if c and y < c[0]:
            form = c[1]
            tags.append("form:old")
        fac, land = e["fac"], e["land"]
        m = e["move"]
        if m and y < m[0]:
            fac, land = m[1], m[2]
            tags.append("addr:old_site")
        return h, brand, form, fac, land, tags

    def eligible(self, e):
        fac = e["fac"]
        local = fac["prov"] in ("LA", "TN")
        fdi = e["origin"] != "VN"
        out = []
        if local and (e["br"] or e["reg"] in ("LA", "TN")):
            out.append(("tax_tn2025", 1.0))
        oldf = e["move"][1] if e["move"] else None
        if (local and fac["kind"] == "park") or (oldf and oldf["kind"] == "park"):
            out.append(("bql_kcn", 1.3 if fdi else 0.7))
        if e["est"] <= 2018 and self.fac_at(e, 2019)["prov"] == "LA":
            out.append(("cnht_la2019", 0.6 if fdi else 0.9))
        if e["est"] <= 2019 and self.fac_at(e, 2020)["prov"] == "TN":
            out.append(("cnht_tn2020", 0.6 if fdi else 0.8))
        t2 = e["desc"][5] * (1.0 if fdi else 0.35) * (0.3 if fac["kind"] == "off" else 1.0)
        if t2 > 0:
            out.append(("buyer_t2", t2))
        if e["origin"] == "TW":
            out.append(("tw_assoc", 1.4))
        elif e["origin"] == "CN":
            out.append(("tw_assoc", 0.3))
        out.append(("customs", 1.0 if fdi else 0.35))
        if local:
            out.append(("bhxh", 1.0))
        out.append(("zalo_form", (0.25 if fdi else 0.7) if local else 0.9))
        return out

    def choose_sources(self, e, k):
        rng = self.rng
        el = self.eligible(e)
        keyed = sorted(((rng.random() ** (1.0 / w), s) for s, w in el), reverse=True)
        srcs = [s for _, s in keyed[:k]]
        if k > len(srcs):
            names = [s for s, _ in el]
            ws = [w for _, w in el]
            srcs += rng.choices(names, ws, k=k - len(srcs))
        return srcs

    # ---- name builders ----------------------------------------------------
    def core_vi(self, h, brand, rng, tp_abbr=False):
        b = brand["vi"]
        self.K.add(("B", bkey(b)))
        d = h["desc"][0]
        st = h["style"]
        t = ""
        if h["tp"]:
            tpd = TP[h["tp"]]
            t = rng.choice(tpd[1]) if tp_abbr else tpd[0]
        if st == "db":
            s = f"{t} {d} {b}" if t else f"{d} {b}"
        elif st == "b":
            s = f"{t} {b}" if t else b
        elif st == "bvn":
            s = f"{b} Việt Nam"
        elif st == "bvina":
            s = f"{b} Vina"
        elif st == "dbvn":
            s = f"{d} {b} Việt Nam"
        else:
            s = f"Quốc tế {b}"
        return s

    def core_en(self, h, brand, rng, alt_p=0.12):
        b = brand["en"]
        if brand["alt"] and rng.random() < alt_p:
            b = rng.choice(brand["alt"])
        self.K.add(("B", bkey(b)))
        dv = h["desc"][1]
        d = dv[0] if rng.random() < 0.7 else rng.choice(dv)
        st = h["style"]
        t = TP[h["tp"]][2] if h["tp"] else ""
        if st == "db":
            s = f"{b} {d}" + (f" {t}" if t and rng.random() < 0.7 else "")
        elif st == "b":
            s = b + (f" {t}" if t else "")
        elif st == "bvn":
            s = b + rng.choice((" Vietnam", " (Vietnam)", " Viet Nam", " Vietnam"))
        elif st == "bvina":
            s = b + " Vina"
        elif st == "dbvn":
            s = f"{b} {d}" + rng.choice((" (Vietnam)", " Vietnam", " (Viet Nam)"))
        else:
            s = b + rng.choice((" International", " International", " Int'l"))
        return s

    def vi_name(self, e, h, brand, form, rng, official=False, tp_abbr=False, form_abbr=False):
        core = self.core_vi(h, brand, rng, tp_abbr)
        if official:
            fo = FORM_OFF[form]
            fp = fo[h["fi"] % len(fo)]
        elif form_abbr:
            fp = rng.choice(FORM_ABBR[form])
        else:
            fp = rng.choice(FORM_OFF[form])
        nm = f"{fp} {core}"
        if e["br"]:
            pat = BR_VI[e["bpat"]] if official or rng.random() < 0.6 else rng.choice(BR_VI)
            nm = pat.format(n=nm, p=e["bplace"])
        return nm

    def en_name(self, e, h, brand, form, rng, factory=False):
        nm = self.core_en(h, brand, rng) + " " + rng.choice(FORM_EN[form])
        if e["br"]:
            pl = noacc(e["bplace"]).replace("KCN ", "")
            if factory:
                pat = rng.choice(("{n} - Factory {k}", "{n} Factory {k}", "{n} - Factory {k} ({p})"))
            else:
                pat = rng.choice(BR_EN)
            nm = pat.format(n=nm, p=pl, k=e["bno"] + 1)
        return nm

    def zh_name(self, e, h, brand, form, rng):
        zb = brand["zh"]
        simp = (
            zb
            and brand["ch"]
            and zb == "".join(c[1] for c in brand["ch"])
            and zb != "".join(c[0] for c in brand["ch"])
        )
        zd = h["desc"][3] if simp else h["desc"][2]
        self.K.add(("B", zb))
        st = h["style"]
        if st == "intl":
            core = zb + ("国际" if simp else "國際")
        elif st in ("bvn", "bvina"):
            core = rng.choice((f"越南{zb}", f"{zb}(越南)", f"{zb}{zd}(越南)"))
        else:
            core = rng.choice((f"{zb}{zd}(越南)", f"越南{zb}{zd}", f"{zb}{zd}"))
        nm = core + FORM_ZH[form][1 if simp else 0]
        if e["br"]:
            pat = rng.choice(BR_ZH)
            nm = pat.format(n=nm, p=ZH_PLACE.get(e["fac"]["prov"], ""), k=ZH_NUM.get(e["bno"] + 1, "二"))
        return nm

    # ---- addresses --------------------------------------------------------
    @staticmethod
    def unit_str(u, year, style, rng, cap):
        t = u[0]
        if t == "TX2020":
            t = "huyen" if year < 2020 else "tx"
        elif t == "P2020":
            t = "xa" if year < 2020 else "phuong"
        elif t == "TT2020":
            t = "tt" if year < 2020 else "phuong"
        nm = u[1]
        vi, ab, en = UNIT[t]
        if style in ("en", "en_short"):
            if nm.isdigit():
                return f"{en} {nm}"
            return f"{noacc(nm)} {en}" if style == "en" else noacc(nm)
        if style in ("short", "lotpark"):
            if nm.isdigit():
                return f"{vi.capitalize()} {nm}"
            if t == "tp" and rng.random() < 0.5:
                return f"TP {nm}"
            return nm
        if style == "abbr":
            if t == "tp" and rng.random() < 0.4:
                return f"TP {nm}"
            return ab + (" " if rng.random() < 0.6 else "") + nm
        return (vi.capitalize() if cap else vi) + " " + nm

    @staticmethod
    def prov_str(p, style, rng, cap):
        full, short, en, ab = PROVN[p]
        if style == "full":
            if p == "HCM":
                return rng.choice(("Thành phố Hồ Chí Minh", "TP. Hồ Chí Minh", "TP.HCM", "TP. Hồ Chí Minh"))
            if rng.random() < 0.2:
                return short
            return ("Tỉnh" + full[4:]) if cap else full
        if style == "abbr":
            if p == "HCM":
                return rng.choice(("TP.HCM", "TP HCM", "Tp.HCM", "TP. HCM"))
            r = rng.random()
            return short if r < 0.6 else ("T. " + short if r < 0.9 else ab)
        if style in ("short", "lotpark"):
            return short
        return en if rng.random() < 0.7 else noacc(short)

    def admin(self, loc, mode, rng):
        oc, od, nc = loc["oc"], loc["od"], loc["nc"]
        op = loc["prov"]
        np_ = NEWP[op]
        if mode == "old":
            return [oc, od], op
        if mode == "new":
            return [nc], np_
        r = rng.random()
        if op != np_ and r < 0.55:
            return [nc], op
        if r < 0.8:
            return [oc, od], np_
        return [nc, od], np_

    def addr(self, loc, year, mode, style, rng):
        en = style in ("en", "en_short")
        parts = []
        cap = rng.random() < 0.5
        if loc["zk"]:
            if loc["lot"] and style != "short":
                lot = loc["lot"]
                self.K.add(("A", loc["key"], lot))
                if en:
                    parts.append("Lot " + lot.replace("số ", "No. "))
                else:
                    r = rng.random()
                    pre = "Lô " if r < 0.7 else ("lô " if r < 0.82 else ("Lô đất " if r < 0.9 else ""))
                    if lot.startswith("số") and not pre:
                        pre = "Lô "
                    parts.append(pre + (lot.replace("-", " - ") if rng.random() < 0.1 else lot))
            if loc["road"] and style in ("full", "en") and rng.random() < 0.6:
                parts.append(noacc(loc["road"]).replace("Duong so", "Road No.") if en else loc["road"])
            zn = loc["zv"][0] if rng.random() < 0.6 else rng.choice(loc["zv"])
            if en:
                zen = noacc(zn)
                if loc["zk"] == "KCN":
                    parts.append(
                        zen
                        + rng.choice(
                            (" Industrial Park", " IP", " Industrial Zone", " Industrial Park", " I.P.")
                        )
                    )
                else:
                    parts.append(zen + rng.choice((" Industrial Cluster", " IC")))
            else:
                r = rng.random()
                if loc["zk"] == "KCN":
                    zl = "KCN" if r < 0.65 else ("Khu công nghiệp" if r < 0.95 else "K.C.N")
                else:
                    zl = "CCN" if r < 0.7 else ("Cụm công nghiệp" if r < 0.95 else "Cụm CN")
                parts.append(f"{zl} {zn}")
        else:
            road = loc["road"]
            if en:
                road = noacc(road).replace("Quoc lo", "National Road").replace("Tinh lo", "Provincial Road")
            elif rng.random() < 0.3:
                road = road.replace("Quốc lộ ", "QL").replace("Tỉnh lộ ", "TL").replace("ĐT ", "ĐT")
            if loc["parcel"] and style in ("full", "abbr") and rng.random() < 0.6:
                a, b = loc["parcel"]
                self.K.add(("A", a, b))
                parts.append(f"Thửa đất số {a}, tờ bản đồ số {b}")
                if rng.random() < 0.5:
                    parts.append(road)
            elif loc["num"] and style != "short":
                self.K.add(("A", loc["road"], loc["num"]))
                r = rng.random()
                if en:
                    parts.append(f"{loc['num']} {road}")
                elif r < 0.4:
                    parts.append(
                        f"Số {loc['num']} {road}"
                        if not road.startswith("Đường")
                        else f"Số {loc['num']}, {road}"
                    )
                elif r < 0.8:
                    parts.append(f"{loc['num']} {road}")
                else:
                    parts.append(f"{loc['num']}, {road}")
            else:
                parts.append(road)
            if loc.get("floor") and style in ("full", "en") and rng.random() < 0.6:
                parts.insert(0, loc["floor"] if not en else noacc(loc["floor"]).replace("Tang", "Floor"))
            if loc["hamlet"] and style not in ("short", "en_short"):
                h = loc["hamlet"]
                if en:
                    h = noacc(h).replace("ap ", "Hamlet ").replace("khu pho ", "Quarter ")
                elif cap:
                    h = h[0].upper() + h[1:]
                parts.append(h)
        units, pv = self.admin(loc, mode, rng)
        if style in ("short", "lotpark", "en_short"):
            units = units[-1:]
            if style == "lotpark" and rng.random() < 0.5:
                return ", ".join(parts)
        for u in units:
            parts.append(self.unit_str(u, year, style, rng, cap))
        parts.append(self.prov_str(pv, style, rng, cap))
        if en and rng.random() < 0.5:
            parts.append("Vietnam")
        sep = ", " if rng.random() < 0.85 else (" - " if style == "abbr" else ",")
        return sep.join(parts)

    # ---- sources ----------------------------------------------------------
    def r_tax_tn2025(self, e, rng):
        h, brand, form, fac, land, tags = self.state(e, 2025)
        name = self.vi_name(e, h, brand, form, rng, official=True)
        if rng.random() < 0.85:
            name = name.upper()
        else:
            tags.append("name:case")
        tax = e["tax"]
        self.K.add(("T",))
        loc = e["hq"] or fac
        r = rng.random()
        mode = "new" if r < 0.85 else ("old" if r < 0.95 else "mixed")
        if mode != "new":
            tags.append("addr:old_units" if mode == "old" else "addr:mixed")
        addr = self.addr(loc, 2025, mode, "full", rng)
        r = rng.random()
        ph = None
        if e["acct"] and r < 0.35:
            ph = e["acct"]
            tags.append("phone:shared_acct" if e["acct_shared"] else "phone:acct")
        elif r < 0.6:
            ph = land or e["mob"]
        elif r < 0.82:
            ph = e["mob"] or land
        phone = self.fp(ph, rng, "plain" if rng.random() < 0.5 else "std") if ph else ""
        return name, tax, addr, phone, tags

    def r_bql_kcn(self, e, rng):
        y = pick(rng, [(2021, 2), (2023, 3), (2025, 5)])
        h, brand, form, fac, land, tags = self.state(e, y)
        if not (fac["zk"] and fac["prov"] in ("LA", "TN")):
            m = e["move"]
            if m:
                fac, land = m[1], m[2]
                if "addr:old_site" not in tags:
                    tags.append("addr:old_site")
        fdi = e["origin"] != "VN"
        if fdi and rng.random() < 0.45:
            name = self.en_name(e, h, brand, form, rng)
            if rng.random() < 0.5:
                name = name.upper()
            tags.append("name:en")
        else:
            name = self.vi_name(
                e, h, brand, form, rng, tp_abbr=rng.random() < 0.3, form_abbr=rng.random() < 0.25
            )
            if rng.random() < 0.3:
                name = tcase(name)
        if fdi and rng.random() < 0.15:
            name += f" ({NAT[e['origin']][0]})"
            tags.append("name:nationality")
        if brand["zh"] and rng.random() < 0.12:
            name += f" ({brand['zh']})"
            tags.append("name:zh")
        r = rng.random()
        if e["br"] and r < 0.15:
            tax = e["tax"][:10]
            tags.append("tax:head_code")
        elif fdi and e["irc"] and r < 0.42:
            irc = rng.choice(e["irc"])
            tax = (
                irc
                if rng.random() < 0.6
                else rng.choice(("GCNĐKĐT ", "IRC ", "GCNĐT số ", "Số ĐKĐT: ")) + irc
            )
            self.K.add(("I", irc))
            tags.append("tax:irc")
        elif r < (0.87 if fdi else 0.78):
            tax = e["tax"]
            q = rng.random()
            if q >= 0.12:
                self.K.add(("T",))
            if q < 0.08:
                tax = tax_fmt(tax, rng)
                self.K.add(("T",))
                tags.append("tax:fmt")
            elif q < 0.12:
                tax = tax_typo(tax, rng)
                tags.append("tax:typo")
        else:
            tax = ""
            tags.append("tax:missing")
        r = rng.random()
        mode = "old" if r < 0.55 else ("new" if r < 0.9 else "mixed")
        if mode == "old":
            tags.append("addr:old_units")
        elif mode == "mixed":
            tags.append("addr:mixed")
        if fdi and rng.random() < 0.15:
            style = "en"
            tags.append("addr:en")
        else:
            style = "lotpark" if rng.random() < 0.55 else "full"
        addr = self.addr(fac, y, mode, style, rng)
        r = rng.random()
        phs = []
        if r < 0.35 and fac.get("key") in self.hotline:
            phs = [rng.choice(self.hotline[fac["key"]])]
            tags.append("phone:hotline")
        elif r < 0.7:
            p = land or e["mob"]
            phs = [p] if p else []
            if p and e["land2"] and rng.random() < 0.3:
                phs.append(e["land2"])
        elif r < 0.8:
            phs = [e["mob"]] if e["mob"] else []
        if len(phs) == 1 and rng.random() < 0.08 and e["mob"] and phs[0] != e["mob"]:
            phs.append(e["mob"])
        if len(phs) > 1:
            tags.append("phone:two")
        phone = rng.choice((" - ", " / ", "; ")).join(self.fp(p, rng, "std") for p in phs)
        if not phone:
            tags.append("phone:missing")
        return name, tax, addr, phone, tags

    def _handtyped_name(self, name, rng, tags, telex_p, typo_p, noacc_p):
        r = rng.random()
        if r < telex_p:
            name, ok = telex_typo(name, rng)
            if ok:
                tags.append("name:telex")
        elif r < telex_p + typo_p:
            name = kb_typo(name, rng)
            tags.append("name:typo")
        elif r < telex_p + typo_p + noacc_p:
            name = part_noacc(name, rng, rng.choice((0.4, 0.7, 1.0)))
            tags.append("name:noacc")
        return name

    def r_cnht_la2019(self, e, rng):
        h, brand, form, fac, land, tags = self.state(e, 2019)
        name = self.vi_name(e, h, brand, form, rng, tp_abbr=rng.random() < 0.5, form_abbr=rng.random() < 0.6)
        if rng.random() < 0.5:
            name = tcase(name)
        if e["origin"] != "VN" and rng.random() < 0.1:
            name += f" ({NAT[e['origin']][rng.choice((0, 1))]})"
            tags.append("name:nationality")
        if rng.random() < 0.05 and not e["br"]:
            core = self.core_vi(h, brand, rng, True)
            name = f"{core} ({rng.choice(FORM_ABBR[form])})"
            tags.append("name:form_end")
        name = self._handtyped_name(name, rng, tags, 0.12, 0.08, 0.08)
        r = rng.random()
        if r < 0.72:
            tax = e["tax"]
            q = rng.random()
            if q >= 0.07:
                self.K.add(("T",))
            if q < 0.07:
                tax = tax_typo(tax, rng)
                tags.append("tax:typo")
            elif q < 0.17:
                tax = tax_fmt(tax, rng)
                tags.append("tax:fmt")
        else:
            tax = ""
            tags.append("tax:missing")
        r = rng.random()
        style = "abbr" if r < 0.5 else ("full" if r < 0.85 else "short")
        addr = self.addr(fac, 2019, "old", style, rng)
        tags.append("addr:old_units")
        if rng.random() < 0.05:
            addr = kb_typo(addr, rng)
            tags.append("addr:typo")
        phs = []
        r = rng.random()
        if r < 0.55:
            phs = [land or e["mob"]]
        elif r < 0.8:
            phs = [e["mob"] or land]
        elif r < 0.9:
            phs = [land, e["mob"]]
        phs = [p for p in phs if p]
        out = []
        for p in phs:
            if is_old_fmt(p, e["est"]) and rng.random() < 0.75:
                out.append(self.fp(p, rng, "old", e["est"]))
                tags.append("phone:old_area" if p[0] == "L" else "phone:old_mobile")
            else:
                out.append(self.fp(p, rng, "std"))
        if len(out) > 1:
            tags.append("phone:two")
        phone = rng.choice((" - ", " / ", "; ", " – ")).join(out)
        if not phone:
            tags.append("phone:missing")
        return name, tax, addr, phone, tags

    def r_cnht_tn2020(self, e, rng):
        h, brand, form, fac, land, tags = self.state(e, 2020)
        name = self.vi_name(e, h, brand, form, rng, form_abbr=rng.random() < 0.3)
        name = tcase(name) if rng.random() < 0.7 else name
        if rng.random() < 0.2:
            name = name.upper()
            tags.append("name:upper")
        ot = rng.random() < 0.35
        if ot:
            name = oldtone(name)
        if rng.random() < 0.06:
            name = kb_typo(name, rng)
            tags.append("name:typo")
        r = rng.random()
        if r < 0.85:
            tax = e["tax"]
            q = rng.random()
            if q < 0.15 or q >= 0.19:
                self.K.add(("T",))
            if q < 0.15:
                tax = tax_fmt(tax, rng)
                tags.append("tax:fmt")
            elif q < 0.19:
                tax = tax_typo(tax, rng)
                tags.append("tax:typo")
        else:
            tax = ""
            tags.append("tax:missing")
        y = 2019 if rng.random() < 0.35 else 2020
        addr = self.addr(fac, y, "old", "full" if rng.random() < 0.6 else "abbr", rng)
        tags.append("addr:old_units")
        if ot:
            addr = oldtone(addr)
            tags.append("enc:old_tone")
        if rng.random() < 0.12:
            name = unicodedata.normalize("NFD", name)
            addr = unicodedata.normalize("NFD", addr)
            tags.append("enc:nfd")
        r = rng.random()
        p = None
        if r < 0.7:
            p = land or e["mob"]
        elif r < 0.93:
            p = e["mob"] or land
        if p:
            if is_old_fmt(p, e["est"]) and rng.random() < 0.5:
                phone = self.fp(p, rng, "old", e["est"])
                tags.append("phone:old_area" if p[0] == "L" else "phone:old_mobile")
            else:
                phone = self.fp(p, rng, "std")
        else:
            phone = ""
            tags.append("phone:missing")
        return name, tax, addr, phone, tags

    def r_buyer_t2(self, e, rng):
        h, brand, form, fac, land, tags = self.state(e, 2023)
        tags.append("name:en")
        if rng.random() < 0.1:
            pl = noacc(fac["od"][1]) if not fac["od"][1].isdigit() else noacc(PROVN[fac["prov"]][1])
            b = brand["en"] if rng.random() < 0.8 or not brand["alt"] else brand["alt"][0]
            name = rng.choice((f"{b} {pl}", f"{b} VN", f"{b} ({pl})", f"{b} - {pl}"))
            self.K.add(("B", bkey(b)))
            if e["br"]:
                name += f" F{e['bno'] + 1}"
            tags.append("name:short")
        else:
            name = self.en_name(e, h, brand, form, rng, factory=True)
            if rng.random() < 0.15:
                name = name.upper()
            if rng.random() < 0.04:
                name = kb_typo(name, rng)
                tags.append("name:typo")
        if rng.random() < 0.2:
            tax = e["tax"] if rng.random() < 0.7 else "MST " + e["tax"]
            self.K.add(("T",))
        else:
            tax = ""
            tags.append("tax:missing")
        loc = e["hq"] if (e["hq"] and rng.random() < 0.1) else fac
        r = rng.random()
        mode = "old" if r < 0.85 else ("new" if r < 0.95 else "mixed")
        if mode == "old":
            tags.append("addr:old_units")
        elif mode == "mixed":
            tags.append("addr:mixed")
        addr = self.addr(loc, 2023, mode, "en" if rng.random() < 0.75 else "en_short", rng)
        r = rng.random()
        p = None
        if r < 0.45:
            p = land or e["mob"]
        elif r < 0.7:
            p = e["mob"] or land
        if p:
            phone = self.fp(p, rng, "intl" if rng.random() < 0.75 else "std")
        else:
            phone = ""
            tags.append("phone:missing")
        return name, tax, addr, phone, tags

    def r_tw_assoc(self, e, rng):
        h, brand, form, fac, land, tags = self.state(e, 2022)
        has_zh = bool(brand["zh"])
        r = rng.random()
        if has_zh and r < 0.35:
            name = self.zh_name(e, h, brand, form, rng) + " " + self.en_name(e, h, brand, form, rng)
            tags += ["name:zh", "name:en"]
        elif has_zh and r < 0.6:
            name = self.zh_name(e, h, brand, form, rng)
            tags.append("name:zh")
        elif r < 0.92:
            name = self.en_name(e, h, brand, form, rng)
            if rng.random() < 0.3:
                name = name.upper()
            tags.append("name:en")
        else:
            name = noacc(self.vi_name(e, h, brand, form, rng, form_abbr=True))
            tags.append("name:noacc")
        zh_only = "name:zh" in tags and "name:en" not in tags
        if rng.random() < 0.15:
            tax = e["tax"]
            self.K.add(("T",))
        else:
            tax = ""
            tags.append("tax:missing")
        loc = e["hq"] if (e["hq"] and rng.random() < 0.3) else fac
        r = rng.random()
        if r < 0.5:
            addr = self.addr(loc, 2022, "old", "short", rng)
        elif r < 0.8:
            addr = self.addr(loc, 2022, "old", "en_short", rng)
            tags.append("addr:en")
        elif r < 0.9:
            if loc["zk"]:
                zn = noacc(loc["zv"][0]) + (" 工業區" if loc["zk"] == "KCN" else " 工業群")
            else:
                zn = (noacc(loc["road"]) + ", " if loc["road"] else "") + noacc(loc["od"][1])
            addr = f"越南{ZH_PROV[loc['prov']]} {zn}"
            tags.append("addr:zh")
        else:
            addr = ""
            tags.append("addr:missing")
        if zh_only and not addr:
            addr = self.addr(loc, 2022, "old", "en_short", rng)
        r = rng.random()
        if r < 0.5 and e["mob"]:
            phone = self.fp(e["mob"], rng, "intl" if rng.random() < 0.4 else "std")
        elif r < 0.8 and (land or e["mob"]):
            phone = self.fp(land or e["mob"], rng, "std")
        elif r < 0.9:
            phone = f"+886 9{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)}"
            tags.append("phone:tw_mobile")
        else:
            phone = ""
            tags.append("phone:missing")
        return name, tax, addr, phone, tags

    def r_customs(self, e, rng):
        h, brand, form, fac, land, tags = self.state(e, 2025)
        if e["origin"] != "VN" and rng.random() < 0.08:
            name = self.en_name(e, h, brand, form, rng).upper()
            tags.append("name:en")
        else:
            name = self.vi_name(e, h, brand, form, rng, official=True)
            if e["br"] and rng.random() < 0.5:
                name = name.replace("Chi nhánh", "CN")
            name = noacc(name).upper()
            if rng.random() < 0.2:
                name = name.replace("CONG TY", "CTY", 1)
        if len(name) > 40:
            name = name[:40]
            tags.append("name:trunc40")
        t = e["tax"]
        if e["br"] and rng.random() < 0.4:
            t = t.replace("-", "")
            tags.append("tax:fmt")
        tax = t
        self.K.add(("T",))
        loc = e["hq"] if (e["hq"] and rng.random() < 0.85) else fac
        r = rng.random()
        mode = "new" if r < 0.6 else ("old" if r < 0.9 else "mixed")
        if mode == "old":
            tags.append("addr:old_units")
        elif mode == "mixed":
            tags.append("addr:mixed")
        addr = noacc(self.addr(loc, 2025, mode, "full" if rng.random() < 0.6 else "abbr", rng)).upper()
        if len(addr) > 80:
            addr = addr[:80].rstrip(" ,-")
        if rng.random() < 0.45:
            p = (e["hland"] if loc is e["hq"] and e["hland"] else land) or e["mob"]
            phone = self.fp(p, rng, "plain" if rng.random() < 0.7 else "std") if p else ""
        else:
            phone = ""
        if not phone:
            tags.append("phone:missing")
        return name, tax, addr, phone, tags

    def r_bhxh(self, e, rng):
        h, brand, form, fac, land, tags = self.state(e, 2024)
        name = self.vi_name(e, h, brand, form, rng, official=True)
        if e["br"] and rng.random() < 0.5:
            name = name.replace("Chi nhánh", "CN")
        r = rng.random()
        if r < 0.6:
            name = name.upper()
        elif r < 0.85:
            name = noacc(name).upper()
            tags.append("name:noacc")
        r = rng.random()
        t = e["tax"]
        if r < 0.1:
            tax = ""
            tags.append("tax:missing")
        elif r < 0.14:
            tax = rng.choice(("YN", "TA", "YA", "TB")) + f"{rng.randrange(10000):04d}" + rng.choice("ABCDZ")
            tags.append("tax:bhxh_code")
        elif t[0] == "0" and rng.random() < 0.75:
            tax = t.lstrip("0")
            self.K.add(("T",))
            tags.append("tax:lead0")
        elif not e["br"] and rng.random() < 0.22:
            f = rng.choice((".4E", ".4E", ".5E", ".9E"))
            tax = format(int(t), f)
            if f == ".9E":
                self.K.add(("T",))
            tags.append("tax:sci")
        else:
            tax = t
            self.K.add(("T",))
        loc = e["hq"] if (e["hq"] and rng.random() < 0.2) else fac
        r = rng.random()
        mode = "old" if r < 0.8 else ("mixed" if r < 0.95 else "new")
        if mode == "old":
            tags.append("addr:old_units")
        elif mode == "mixed":
            tags.append("addr:mixed")
        addr = self.addr(loc, 2024, mode, "short" if rng.random() < 0.6 else "abbr", rng)
        p = (land or e["mob"]) if rng.random() < 0.4 else None
        if p:
            if rng.random() < 0.5:
                phone = self.fp(p, rng, "excel")
                tags.append("phone:lead0")
            else:
                phone = self.fp(p, rng, "plain")
        else:
            phone = ""
            tags.append("phone:missing")
        return name, tax, addr, phone, tags

    def r_zalo_form(self, e, rng):
        h, brand, form, fac, land, tags = self.state(e, 2025)
        fdi = e["origin"] != "VN"
        b = brand["vi"]
        if fdi and rng.random() < 0.4:
            b = brand["en"] if rng.random() < 0.7 or not brand["alt"] else rng.choice(brand["alt"])
        d = h["desc"][0]
        self.K.add(("B", bkey(b)))
        r = rng.random()
        generic = False
        if r < 0.4:
            name = b
            tags.append("name:brand_only")
        elif r < 0.62:
            name = f"{d} {b}" if not fdi else rng.choice((f"{b} vina", f"{b} viet nam", f"{b} {d}"))
            tags.append("name:brand_only")
        elif r < 0.72:
            name = rng.choice(("cty ", "công ty ", "cty tnhh ")) + b
        elif r < 0.92:
            name = self.vi_name(e, h, brand, form, rng, tp_abbr=True, form_abbr=True)
        elif r < 0.95:
            pl = ""
            q = rng.random()
            if q < 0.3:
                pl = " " + PROVN[NEWP[fac["prov"]]][1]
            elif q < 0.5:
                pl = " " + PROVN[fac["prov"]][1]
            elif q < 0.65 and not fac["od"][1].isdigit():
                pl = " " + fac["od"][1]
            name = d + pl
            generic = True
            tags.append("name:generic")
        else:
            who = rng.choice(("anh ", "a ", "chị ", "c ", "mr ", "ms "))
            name = (
                f"{who}{rng.choice(CONTACT)} - {b}"
                if rng.random() < 0.5
                else f"{b} ({who}{rng.choice(CONTACT)})"
            )
            tags.append("name:contact")
        name = name.lower()
        if rng.random() < 0.75:
            name = noacc(name)
            tags.append("name:noacc")
        if rng.random() < 0.08:
            name = kb_typo(name, rng)
            tags.append("name:typo")
        if rng.random() < 0.1:
            tax = e["tax"][:10]
            if tax[0] == "0" and rng.random() < 0.3:
                tax = tax.lstrip("0")
                tags.append("tax:lead0")
            if e["br"]:
                tags.append("tax:head_code")
            else:
                self.K.add(("T",))
        else:
            tax = ""
            tags.append("tax:missing")
        addr = ""
        if rng.random() < 0.45:
            r = rng.random()
            mode = "new" if r < 0.45 else ("mixed" if r < 0.75 else "old")
            if mode == "mixed":
                tags.append("addr:mixed")
            elif mode == "old":
                tags.append("addr:old_units")
            addr = self.addr(fac, 2025, mode, "short", rng).lower()
            if rng.random() < 0.7:
                addr = " ".join(noacc(addr).replace(",", " ").split())
        else:
            tags.append("addr:missing")
        r = rng.random()
        if r < 0.1 and not generic:
            phone = fmt_mob("09" + str(rng.randint(0, 9)), f"{rng.randrange(10**7):07d}", rng, "std")
            tags.append("phone:staff")
        elif r < 0.9 and e["mob"]:
            phone = self.fp(e["mob"], rng, pick(rng, [("std", 6), ("plain", 3), ("intl", 1)]))
        elif land or e["mob"]:
            phone = self.fp(land or e["mob"], rng, "std")
        else:
            phone = ""
        if generic and not phone:
            p = land or e["acct"]
            phone = self.fp(p, rng, "std") if p else ""
        if not phone:
            tags.append("phone:missing")
        return name, tax, addr, phone, tags

    # ---- fairness ---------------------------------------------------------
    def link_fix(self, e, rows, rng):
        """A careful officer holding all records of one enterprise must be able
        to chain most of them through a shared tax code, phone, brand spelling,
        IRC or lot/street number.  Records left outside the largest chain get
        (with probability 0.85) one of the entity's phones or its tax code -
        the detail a real officer would find by calling or looking it up."""
        m = len(rows)
        parent = list(range(m))

        def find(i):
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        first = {}
        for i, row in enumerate(rows):
            for key in row[6]:
                j = first.setdefault(key, i)
                if j != i:
                    a, b = find(i), find(j)
                    if a != b:
                        parent[a] = b
        comps = defaultdict(list)
        for i in range(m):
            comps[find(i)].append(i)
        if len(comps) == 1:
            return
        main = max(comps.values(), key=len)
        mkeys = set()
        for i in main:
            mkeys |= rows[i][6]
        own = [
            p
            for p in (e["mob"], e["land"], e["land2"], e["hland"], e["acct"])
            if p and p not in self.shared_ph
        ]
        for comp in comps.values():
            if comp is main or rng.random() < 0.15:
                continue
            row = rows[comp[0]]
            shared = [p for p in own if ("P", p) in mkeys]
            if shared:
                p = shared[0]
                f = fmt_phone(p, rng, "std")
                row[4] = f if not row[4] else row[4] + rng.choice((" - ", " / ", "; ")) + f
                row[5] = [t for t in row[5] if t != "phone:missing"]
            elif ("T",) in mkeys and not row[2]:
                row[2] = e["tax"]
                row[5] = [t for t in row[5] if t != "tax:missing"]
            elif own:
                p = own[0]
                f = fmt_phone(p, rng, "std")
                row[4] = f if not row[4] else row[4] + " - " + f
                row[5] = [t for t in row[5] if t != "phone:missing"]
                tgt = rows[main[0]]
                tgt[4] = f if not tgt[4] else tgt[4] + " - " + f
                tgt[5] = [t for t in tgt[5] if t != "phone:missing"]
            mkeys |= row[6]

    # ---- driver -----------------------------------------------------------
    def run(self):
        rng = self.rng
        n = self.n
        out = []
        while len(out) < n:
            for e in self.family():
                k = SIZE_W.pick(rng)
                rows = []
                for src in self.choose_sources(e, k):
                    self.K = set()
                    name, tax, addr, phone, tags = getattr(self, "r_" + src)(e, rng)
                    name = name.strip()
                    if not tax and not phone and not addr and rng.random() < 0.5:
                        p = e["mob"] or e["land"]
                        if p:
                            phone = self.fp(p, rng, "std")
                            tags = [t for t in tags if t != "phone:missing"]
                    K = self.K
                    bk = bkey(name)
                    for key in [x for x in K if x[0] == "B"]:
                        if key[1] not in bk and key[1] not in name:
                            K.discard(key)
                    rows.append([src, name, tax, addr, phone, tags, K])
                if len(rows) > 1:
                    self.link_fix(e, rows, rng)
                for src, name, tax, addr, phone, tags, _ in rows:
                    out.append(
                        (src, name, tax, addr, phone, e["truth"], tuple([SRC_TAG[src]] + e["traps"] + tags))
                    )
        del out[n:]
        self.used_tax = self.used_ph = self.used_names = self.used_truth = None
        rng.shuffle(out)
        cnt = dict.fromkeys(SOURCES, 0)
        recs = []
        tags = []
        for i in range(n):
            src, name, tax, addr, phone, truth, tg = out[i]
            out[i] = None
            cnt[src] += 1
            recs.append(
                {
                    "id": f"{SRC_PREFIX[src]}-{cnt[src]:07d}",
                    "name": name,
                    "tax_code": tax,
                    "address": addr,
                    "phone": phone,
                    "truth": truth,
                }
            )
            tags.append(tg)
        return recs, tags


def labelled(n: int, seed: int = 0):
    """Records plus one tag tuple per record (first tag "src:<source>")."""
    n = int(n)
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return [], []
    return _Gen(n, seed).run()


def records(n: int, seed: int = 0) -> list:
    """Exactly n synthetic enterprise records, shuffled, deterministic for (n, seed)."""
    return labelled(n, seed)[0]


def main(argv=None) -> None:
    argv = list(sys.argv[1:] if argv is None else argv)
    show = 0
    if "--show" in argv:
        i = argv.index("--show")
        show = int(argv[i + 1])
        del argv[i : i + 2]
    if not argv:
        print("usage: python gen_tayninh.py N [SEED] [--show K]", file=sys.stderr)
        sys.exit(2)
    n = int(argv[0])
    seed = int(argv[1]) if len(argv) > 1 else 0
    t0 = time.perf_counter()
    recs, tags = labelled(n, seed)
    dt = time.perf_counter() - t0
    by = Counter(r["truth"] for r in recs)
    hist = Counter(by.values())
    print(f"records: {len(recs)}")
    print(f"enterprises: {len(by)}  (records/enterprise {len(recs) / max(1, len(by)):.2f})")
    print("cluster sizes: " + ", ".join(f"{k}:{hist[k]}" for k in sorted(hist)))
    src = Counter(t[0] for t in tags)
    print("sources: " + ", ".join(f"{k[4:]}:{v}" for k, v in sorted(src.items(), key=lambda x: -x[1])))
    tc = Counter(x for t in tags for x in t[1:])
    print("tags:")
    for k, v in sorted(tc.items(), key=lambda x: (-x[1], x[0])):
        print(f"  {k:24s} {v}")
    print(f"generated in {dt:.1f}s", file=sys.stderr)
    if show:
        rng = random.Random(seed + 1)
        multi = [t for t, c in by.items() if c >= 2]
        groups = defaultdict(list)
        for r, t in zip(recs, tags, strict=False):
            groups[r["truth"]].append((r, t))
        for t in rng.sample(multi, min(show, len(multi))):
            print(f"=== {t}")
            for r, tg in groups[t]:
                print(f"  {r['id']:13s} | {r['name']} | {r['tax_code']} | {r['address']} | {r['phone']}")
                print(f"  {'':13s}   {' '.join(tg)}")


if __name__ == "__main__":
    main()
