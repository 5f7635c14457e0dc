"""Sector profiles that make the synthetic province realistic: activities, products, units, prices, countries.

Figures here are rough orders of magnitude for generating plausible demo data, not statistics.
"""

from __future__ import annotations

# Firm counts per sector in the MOIT/IFC national CNHT database (2020), used as sector weights; HTE is a guess.
SECTOR_WEIGHTS: dict[str, float] = {"TEX": 1145, "LEA": 910, "ELE": 750, "MEC": 500, "AUT": 347, "HTE": 150}

# Province flavour (2025 codes): Bắc Ninh electronics, Hải Phòng electronics/auto/mechanical, Quảng Ninh garment
# and mechanical (its programme's focus), Thái Nguyên mechanical/electronics.
PROVINCE_SECTOR_BOOST: dict[str, dict[str, float]] = {
    "24": {"ELE": 2.5, "TEX": 1.2},
    "31": {"ELE": 1.6, "AUT": 1.8, "MEC": 1.4},
    "22": {"TEX": 1.5, "MEC": 1.8},
    "19": {"MEC": 1.6, "ELE": 1.4},
}

# (activity vi, activity en, product-code prefixes the activity makes; [] = anything in the sector)
SUPPLIER_ACTIVITIES: dict[str, list[tuple[str, str, list[str]]]] = {
    "TEX": [
        ("Phụ liệu may", "Garment Accessories", ["TEX-ACC"]),
        ("Khóa kéo", "Zipper", ["TEX-ACC-ZIP"]),
        ("Chỉ may", "Sewing Thread", ["TEX-FIB-THR", "TEX-FIB-EMT"]),
        ("Sợi", "Yarn", ["TEX-FIB"]),
        ("Dệt", "Weaving", ["TEX-FAB"]),
        ("Dệt kim", "Knitting", ["TEX-FAB-KNI", "TEX-ACC-ELA"]),
        ("Dệt nhãn", "Woven Label", ["TEX-ACC-LAB", "TEX-ACC-HTG", "TEX-ACC-TAP"]),
        ("Nút áo", "Button", ["TEX-ACC-BTN", "TEX-ACC-SNP", "TEX-ACC-RIV"]),
        ("In thêu", "Printing and Embroidery", ["TEX-PRC"]),
        ("Hóa chất dệt nhuộm", "Textile Chemicals", ["TEX-CHE"]),
        ("Dệt may", "Textile", []),
    ],
    "LEA": [
        ("Phụ liệu giày", "Shoe Materials", ["LEA-ACC", "LEA-CMP"]),
        ("Đế giày", "Shoe Sole", ["LEA-CMP-SOL", "LEA-CMP-MID", "LEA-CMP-INS"]),
        ("Thuộc da", "Tannery", ["LEA-MAT-LTH", "LEA-CHE"]),
        ("Da nhân tạo", "Synthetic Leather", ["LEA-MAT-SYN", "LEA-MAT-MES"]),
        ("Keo công nghiệp", "Industrial Adhesives", ["LEA-ACC-GLU", "LEA-ACC-FOM"]),
        ("Da giày", "Footwear", []),
    ],
    "ELE": [
        ("Linh kiện điện tử", "Electronic Components", ["ELE-CMP"]),
        ("Bảng mạch", "Circuit Board", ["ELE-CMP-PCB", "ELE-CMP-FPC", "ELE-CMP-PBA"]),
        ("Nhựa kỹ thuật", "Engineering Plastics", ["ELE-MEC-PEN", "ELE-MEC-KEY"]),
        ("Dây và cáp điện", "Wire and Cable", ["ELE-PWR-CAB", "ELE-PWR-DAT"]),
        ("Băng keo kỹ thuật", "Technical Tapes", ["ELE-MEC-TAP", "ELE-MEC-FLM", "ELE-MEC-GSK"]),
        ("Vỏ kim loại", "Metal Enclosure", ["ELE-MEC-MEN", "ELE-MEC-SHD", "ELE-MEC-HSK"]),
        ("Điện tử", "Electronics", []),
    ],
    "AUT": [
        ("Phụ tùng ô tô", "Auto Parts", ["AUT"]),
        ("Dây điện ô tô", "Automotive Wiring", ["AUT-ELC-WIR"]),
        ("Nội thất ô tô", "Automotive Interior", ["AUT-BOD-SEA", "AUT-BOD-INT"]),
        ("Cao su kỹ thuật", "Technical Rubber", ["AUT-ENG-HOS", "AUT-DRV-TYR"]),
        ("Cơ khí ô tô", "Automotive Engineering", ["AUT-DRV", "AUT-ENG", "AUT-BOD-PNL", "AUT-BOD-CHS"]),
    ],
    "MEC": [
        ("Cơ khí chính xác", "Precision Mechanical", ["MEC-PRC-MAC", "MEC-STD-SHF", "MEC-STD-GEA"]),
        ("Khuôn mẫu", "Mould and Die", ["MEC-MLD"]),
        ("Đúc", "Casting", ["MEC-PRC-CST", "MEC-PRC-DIC"]),
        ("Bu lông ốc vít", "Fasteners", ["MEC-STD-FAS", "MEC-STD-WSH", "MEC-STD-SPR"]),
        ("Xi mạ", "Surface Treatment", ["MEC-PRC-PLT", "MEC-PRC-HTR"]),
        ("Rèn dập", "Forging and Stamping", ["MEC-PRC-FRG", "MEC-PRC-SHM"]),
        ("Nhựa", "Plastics", ["MEC-PRC-PLS", "MEC-MAT-EPL"]),
        ("Cơ khí", "Mechanical", []),
    ],
    "HTE": [
        ("Vật liệu mới", "Advanced Materials", ["HTE-MAT"]),
        ("Tự động hóa", "Automation", ["HTE-EQP"]),
        ("Bán dẫn", "Semiconductor", ["HTE-SEM"]),
        ("Công nghệ cao", "High Technology", []),
    ],
}

# Assemblers (buyers): (activity vi, activity en).
BUYER_ACTIVITIES: dict[str, list[tuple[str, str]]] = {
    "TEX": [
        ("May", "Garment"),
        ("May mặc", "Apparel"),
        ("May xuất khẩu", "Export Garment"),
        ("Thời trang", "Fashion"),
    ],
    "LEA": [("Giày da", "Shoes"), ("Giày dép", "Footwear"), ("Túi xách", "Handbags")],
    "ELE": [
        ("Điện tử", "Electronics"),
        ("Thiết bị điện tử", "Electronic Devices"),
        ("Thiết bị di động", "Mobile Devices"),
    ],
    "AUT": [("Ô tô", "Automobile"), ("Lắp ráp ô tô", "Auto Assembly"), ("Xe máy", "Motorcycle")],
    "MEC": [
        ("Máy nông nghiệp", "Agricultural Machinery"),
        ("Thiết bị công nghiệp", "Industrial Equipment"),
        ("Chế tạo máy", "Machine Building"),
    ],
    "HTE": [("Thiết bị y tế", "Medical Equipment"), ("Thiết bị thông minh", "Smart Devices")],
}

# English words foreign investors put in their Vietnamese subsidiaries' names.
FDI_WORDS: dict[str, list[str]] = {
    "TEX": ["Textile", "Apparel", "Garment Accessories", "Fashion", "Trims"],
    "LEA": ["Footwear", "Shoe Materials", "Leather", "Sole"],
    "ELE": ["Electronics", "Electronic Components", "Display", "Tech", "Circuit"],
    "AUT": ["Auto Parts", "Automotive", "Motor Parts", "Harness"],
    "MEC": ["Precision", "Metal", "Mould", "Industrial", "Engineering"],
    "HTE": ["Advanced Materials", "Medical", "Photonics", "Semicon"],
}

# What an assembler of each sector buys: (product-code prefix, weight). Cross-sector prefixes are real habits
# (electronics assemblers buy moulds and plastic parts from mechanical shops).
BUYER_NEEDS: dict[str, list[tuple[str, float]]] = {
    "TEX": [
        ("TEX-ACC", 6),
        ("TEX-FIB-THR", 4),
        ("TEX-FAB", 3),
        ("TEX-PRC", 1),
        ("TEX-CHE", 0.5),
        ("TEX-FIB", 0.5),
    ],
    "LEA": [("LEA-CMP", 4), ("LEA-ACC", 3), ("LEA-MAT", 3), ("LEA-CHE", 0.5)],
    "ELE": [
        ("ELE-CMP-PCB", 2),
        ("ELE-CMP-FPC", 1),
        ("ELE-CMP-PBA", 1),
        ("ELE-MEC", 4),
        ("ELE-CMP", 2),
        ("ELE-PWR", 2),
        ("MEC-PRC-PLS", 1),
        ("MEC-MLD-INJ", 0.5),
    ],
    "AUT": [("AUT", 6), ("MEC-STD-FAS", 1), ("MEC-PRC", 1.5)],
    "MEC": [("MEC-STD", 3), ("MEC-PRC", 3), ("MEC-MAT", 1), ("MEC-MCH", 2)],
    "HTE": [("HTE", 3), ("ELE-CMP", 2)],
}

# Where imported inputs come from, per sector: (ISO2, weight).
IMPORT_COUNTRIES: dict[str, list[tuple[str, float]]] = {
    "TEX": [("CN", 55), ("KR", 12), ("TW", 12), ("HK", 8), ("JP", 5), ("IN", 4), ("TH", 4)],
    "LEA": [("CN", 50), ("TW", 18), ("KR", 12), ("IT", 6), ("TH", 6), ("JP", 4), ("ID", 4)],
    "ELE": [("CN", 40), ("KR", 25), ("JP", 12), ("TW", 12), ("SG", 5), ("MY", 3), ("US", 3)],
    "AUT": [("JP", 30), ("CN", 25), ("KR", 18), ("TH", 17), ("DE", 5), ("IN", 5)],
    "MEC": [("CN", 45), ("JP", 20), ("KR", 12), ("TW", 10), ("DE", 8), ("TH", 5)],
    "HTE": [("JP", 25), ("US", 20), ("KR", 18), ("CN", 17), ("TW", 12), ("DE", 8)],
}

# Certificates buyers of each sector look for.
SECTOR_CERTS: dict[str, list[str]] = {
    "TEX": ["ISO 9001:2015", "OEKO-TEX 100", "BSCI", "Sedex", "ISO 14001"],
    "LEA": ["ISO 9001:2015", "BSCI", "ISO 14001", "Sedex"],
    "ELE": ["ISO 9001:2015", "ISO 14001", "ISO 45001"],
    "AUT": ["IATF 16949", "ISO 9001:2015", "ISO 14001"],
    "MEC": ["ISO 9001:2015", "ISO 14001", "ISO 45001", "IATF 16949"],
    "HTE": ["ISO 9001:2015", "ISO 13485", "ISO 14001"],
}

# Revenue per worker per year (VND): garment is labour-heavy, electronics and automotive are not.
REVENUE_PER_WORKER: dict[str, float] = {
    "TEX": 0.38e9,
    "LEA": 0.42e9,
    "ELE": 1.6e9,
    "AUT": 1.9e9,
    "MEC": 0.7e9,
    "HTE": 2.2e9,
}

# (unit, price min VND, price max VND) by product-code prefix; the longest matching prefix wins.
UNIT_PRICES: dict[str, tuple[str, float, float]] = {
    "TEX": ("pcs", 300, 5_000),
    "TEX-FIB": ("kg", 45_000, 120_000),
    "TEX-FIB-THR": ("kg", 90_000, 250_000),
    "TEX-FIB-EMT": ("kg", 150_000, 400_000),
    "TEX-FAB": ("m", 25_000, 120_000),
    "TEX-CHE": ("kg", 40_000, 300_000),
    "TEX-ACC": ("pcs", 100, 3_000),
    "TEX-ACC-ZIP": ("pcs", 1_500, 12_000),
    "TEX-ACC-INT": ("m", 6_000, 25_000),
    "TEX-ACC-RIB": ("m", 800, 6_000),
    "TEX-ACC-TAP": ("m", 800, 6_000),
    "TEX-ACC-ELA": ("m", 1_000, 8_000),
    "TEX-ACC-VEL": ("m", 3_000, 15_000),
    "TEX-ACC-COR": ("m", 800, 5_000),
    "TEX-ACC-STR": ("m", 2_000, 12_000),
    "TEX-ACC-TRM": ("m", 2_000, 20_000),
    "TEX-ACC-DWN": ("kg", 600_000, 2_500_000),
    "TEX-ACC-PAD": ("m", 10_000, 40_000),
    "TEX-PRC-WSH": ("kg", 40_000, 200_000),
    "LEA": ("pairs", 5_000, 60_000),
    "LEA-MAT": ("m", 30_000, 180_000),
    "LEA-MAT-LTH": ("m²", 150_000, 600_000),
    "LEA-MAT-THR": ("kg", 120_000, 300_000),
    "LEA-CMP-LAC": ("pairs", 1_500, 6_000),
    "LEA-CMP-TOE": ("pairs", 2_000, 10_000),
    "LEA-CMP-HEC": ("pairs", 2_000, 10_000),
    "LEA-CMP-BRD": ("pairs", 2_000, 8_000),
    "LEA-CMP-SHK": ("pairs", 1_500, 6_000),
    "LEA-CHE": ("kg", 30_000, 250_000),
    "LEA-ACC": ("pcs", 100, 2_000),
    "LEA-ACC-FOM": ("m²", 40_000, 150_000),
    "LEA-ACC-GLU": ("kg", 60_000, 180_000),
    "LEA-ACC-LST": ("pairs", 150_000, 600_000),
    "ELE": ("pcs", 200, 40_000),
    "ELE-CMP-PCB": ("pcs", 10_000, 250_000),
    "ELE-CMP-FPC": ("pcs", 8_000, 150_000),
    "ELE-CMP-PBA": ("pcs", 50_000, 900_000),
    "ELE-CMP-CAM": ("pcs", 80_000, 1_500_000),
    "ELE-CMP-DSP": ("pcs", 120_000, 2_500_000),
    "ELE-PWR": ("pcs", 20_000, 400_000),
    "ELE-PWR-CAB": ("pcs", 8_000, 60_000),
    "ELE-PWR-DAT": ("pcs", 8_000, 60_000),
    "ELE-MEC": ("pcs", 500, 60_000),
    "ELE-MEC-TAP": ("m²", 15_000, 90_000),
    "ELE-MEC-FLM": ("m²", 20_000, 120_000),
    "AUT": ("pcs", 30_000, 5_000_000),
    "AUT-ELC-WIR": ("sets", 1_500_000, 12_000_000),
    "AUT-BOD-SEA": ("sets", 3_000_000, 25_000_000),
    "AUT-DRV-TYR": ("pcs", 800_000, 4_000_000),
    "AUT-ENG-EVB": ("pcs", 50_000_000, 250_000_000),
    "MEC": ("pcs", 2_000, 400_000),
    "MEC-MLD": ("sets", 40_000_000, 1_200_000_000),
    "MEC-STD": ("pcs", 200, 80_000),
    "MEC-STD-BRG": ("pcs", 20_000, 600_000),
    "MEC-STD-GEA": ("pcs", 100_000, 5_000_000),
    "MEC-STD-VAL": ("pcs", 200_000, 8_000_000),
    "MEC-PRC-PLT": ("kg", 8_000, 60_000),
    "MEC-PRC-HTR": ("kg", 8_000, 60_000),
    "MEC-MAT": ("kg", 20_000, 150_000),
    "MEC-MCH": ("pcs", 2_000_000, 80_000_000),
    "HTE": ("pcs", 5_000, 2_000_000),
    "HTE-SEM-WAF": ("pcs", 500_000, 5_000_000),
    "HTE-SEM-GAS": ("kg", 100_000, 3_000_000),
    "HTE-MAT": ("kg", 200_000, 3_000_000),
    "HTE-MAT-MAG": ("pcs", 500, 50_000),
    "HTE-MAT-OPF": ("m", 2_000, 30_000),
    "HTE-EQP": ("pcs", 8_000_000, 900_000_000),
    "HTE-EQP-SLC": ("pcs", 20_000, 120_000),
}

UNIT_VI = {"pcs": "chiếc", "kg": "kg", "m": "m", "m²": "m²", "pairs": "đôi", "sets": "bộ"}

# Approximate yearly average VND per USD (demo conversion rates, not official statistics).
USD_RATE: dict[int, float] = {
    2020: 23_200.0,
    2021: 23_150.0,
    2022: 23_400.0,
    2023: 23_800.0,
    2024: 24_800.0,
    2025: 25_800.0,
    2026: 26_200.0,
}

OWNERSHIP_VI = {
    "domestic": "trong nước",
    "fdi": "có vốn đầu tư nước ngoài",
    "jv": "liên doanh",
    "state": "nhà nước",
}
COUNTRY_VI = {
    "KR": "Hàn Quốc",
    "JP": "Nhật Bản",
    "CN": "Trung Quốc",
    "TW": "Đài Loan (Trung Quốc)",
    "SG": "Singapore",
    "HK": "Hồng Kông (Trung Quốc)",
    "US": "Hoa Kỳ",
    "DE": "Đức",
}
COUNTRY_EN = {
    "KR": "Korean",
    "JP": "Japanese",
    "CN": "Chinese",
    "TW": "Taiwanese",
    "SG": "Singaporean",
    "HK": "Hong Kong",
    "US": "American",
    "DE": "German",
}
# How the parent's name is written in its own script: (suffix after the stem).
NATIVE_SUFFIX = {
    "KR": " 비나",
    "JP": "ベトナム",
    "CN": "越南有限公司",
    "TW": "越南有限公司",
    "HK": "越南有限公司",
}

# Telephone area codes of the provinces used most (2025 codes → trunk code).
AREA_CODES = {"24": "0222", "19": "0208", "31": "0225", "22": "0203", "01": "024", "79": "028"}
