"""The same model on every executor: Python, Splink on DuckDB and Splink on Spark give the same clusters;
the ``lienket resolve`` CSV contract."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from lienket.commands import resolve as cmd
from lienket.core.resolve.engine import resolve
from lienket.core.resolve.normalise import RawRecord

ROOT = Path(__file__).parents[2]


def _generator(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "bench" / "data" / "resolve" / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _records(n: int) -> list[RawRecord]:
    # gen_survey brings cells with two phone numbers and bare brands (``phone2``, ``brand_agree``).
    rows = [r for g in ("gen_scratch", "gen_synth", "gen_survey") for r in _generator(g).records(n, seed=3)]
    return [RawRecord(r["id"], r["name"], r["tax_code"], r["address"], r["phone"]) for r in rows]


def test_duckdb_and_python_give_the_same_clusters():
    recs = _records(400)
    assert resolve(recs, engine="duckdb") == resolve(recs, engine="python")


def test_spark_gives_the_same_clusters_as_duckdb():
    if shutil.which("java") is None:
        pytest.skip("Java is not installed: pyspark needs Java 17 for the Spark engine")
    pytest.importorskip("pyspark", reason="pyspark is not installed")
    recs = _records(150)
    assert resolve(recs, engine="spark") == resolve(recs, engine="duckdb")


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_cli_writes_one_row_per_id_and_accepts_bom_and_extra_columns(tmp_path):
    src = tmp_path / "in.csv"
    src.write_bytes(
        "\ufeffid,name,tax_code,address,phone,note\n"
        "007,Công ty TNHH Nhựa An Phú,0101234567,,,x\n"
        '8,"AN PHU PLASTICS CO.,LTD",0101 234 567,,,\n'
        "x9,Công ty CP Thép Bắc Hà,,,,\n".encode()
    )
    out = tmp_path / "out.csv"
    proc = subprocess.run(
        [sys.executable, "-m", "lienket.cli", "resolve", str(src), "--out", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "id,entity"
    got = dict(line.split(",") for line in lines[1:])
    assert list(got) == ["007", "8", "x9"]
    assert got["007"] == got["8"] != got["x9"]


def test_cli_joins_branches_to_their_head_office_unless_asked_to_keep_them_apart(tmp_path):
    src = tmp_path / "in.csv"
    src.write_text(
        "id,name,tax_code,address,phone\n"
        "1,Công ty TNHH Cơ khí Phuplast,0110146139,\"279 Ngọc Lâm, Hà Nội\",\n"
        "2,Chi nhánh Công ty TNHH Cơ khí Phuplast tại Thái Bình,0110146139-001,\"Lô 47, KCN Tiền Hải\",\n",
        encoding="utf-8",
    )

    def run(*extra: str) -> dict[str, str]:
        out = tmp_path / "out.csv"
        cmd = [sys.executable, "-m", "lienket.cli", "resolve", str(src), "--out", str(out), *extra]
        proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
        assert proc.returncode == 0, proc.stderr
        return dict(line.split(",") for line in out.read_text(encoding="utf-8").splitlines()[1:])

    joined, separate = run(), run("--branches", "separate")
    assert separate["1"] != separate["2"]
    assert joined["1"] == joined["2"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("id,name,tax_code,address\n1,a,,\n", "line 1: header lacks column(s) phone"),
        ("id,name,tax_code,address,phone\n1,a,,,\n1,b,,,\n", "line 3: duplicate id '1'"),
        ("id,name,tax_code,address,phone\n,a,,,\n", "line 2: field id is empty"),
        ("", "line 1: empty file"),
    ],
)
def test_cli_rejects_bad_input_naming_file_and_line(tmp_path, capsys, text, message):
    src = _write(tmp_path / "bad.csv", text)

    class Args:
        input = str(src)
        out = str(tmp_path / "out.csv")
        engine = "python"

    assert cmd.run(Args) == 2
    err = capsys.readouterr().err
    assert str(src) in err and message in err


def test_cli_rejects_non_utf8_and_missing_files(tmp_path, capsys):
    src = tmp_path / "cp1258.csv"
    src.write_bytes("id,name,tax_code,address,phone\n1,Công ty,,,\n".encode("utf-16"))

    class Args:
        input = str(src)
        out = str(tmp_path / "out.csv")
        engine = "python"

    assert cmd.run(Args) == 2
    Args.input = str(tmp_path / "missing.csv")
    assert cmd.run(Args) == 2
    assert "missing.csv" in capsys.readouterr().err


def test_spark_reads_dropped_tax_digits_and_second_phone_numbers_like_the_others():
    if shutil.which("java") is None:
        pytest.skip("Java is not installed: pyspark needs Java 17 for the Spark engine")
    pytest.importorskip("pyspark", reason="pyspark is not installed")
    park = "Lô CN-05, KCN Yên Bình, P. Đồng Tiến, Tp Phổ Yên, tỉnh Thái Nguyên"
    recs = [
        RawRecord("1", "CHING KUO JUI VIETNAM LTD", "4616062233", "PLOT CN05, YEN BINH IZ, PHO YEN, THAI NGUYEN"),
        RawRecord("2", "Công ty TNHH Ching Kuo Jui Việt Nam", "461606223", park),
        RawRecord("3", "Ching Kuo Jui Vietnam Co., Ltd", "46160622333", park),
        RawRecord("4", "Công ty TNHH Cơ khí Gia Khải Tâm", "", "", "(0222) 3278135 / 0356832109"),
        RawRecord("5", "Cơ khí Gia Khải Tâm", "", "Bắc Ninh", "0356832109 (anh Quý)"),
    ]
    expected = ["1", "1", "1", "4", "4"]
    assert resolve(recs, engine="python") == expected
    assert resolve(recs, engine="duckdb") == expected
    assert resolve(recs, engine="spark") == expected


def test_spark_reads_a_household_by_its_owners_given_name_like_the_others():
    # The owner level on Spark: a household and its workshop sharing a phone link; a column of given names that
    # is empty in other data sets must not break the query (see the test above, which has none).
    if shutil.which("java") is None:
        pytest.skip("Java is not installed: pyspark needs Java 17 for the Spark engine")
    pytest.importorskip("pyspark", reason="pyspark is not installed")
    recs = [
        RawRecord("h", "Hộ kinh doanh Chu Ngọc Dung", "", "thôn 6, TT Yên Lạc, H. Yên Lạc, Vĩnh Phúc", "0798968226"),
        RawRecord("s", "cơ sở đúc dung", "", "", "0798 968 226"),
        RawRecord("o", "Công ty TNHH Cơ khí Gia Khải Tâm", "2300123456", "", "(0222) 3278135"),
    ]
    expected = ["h", "h", "o"]
    assert resolve(recs, engine="python") == expected
    assert resolve(recs, engine="duckdb") == expected
    assert resolve(recs, engine="spark") == expected



# Levels whose SQL is written by hand for each dialect (``splink_engine._sql``): each level's condition, evaluated by
# DuckDB and by Spark on value pairs, must hold exactly where ``model._test`` does.
SQL_LEVEL_CASES = {
    "hamlet": [
        ("nam#3", "nam#3"), ("nam#3", "nam#"), ("nam#3", "3#"), ("nam#3", "nam#5"), ("nam#3", "bac#3"),
        ("nam#", "bac#"), ("6#", "van thuan#"), ("3#", "nam#3"), ("nam#", "nam#3"), ("phu loi#12", "phu loi#12"),
    ],
    "zone": [
        ("dai an", "dai an mo rong"), ("dai an mo rong", "dai an"), ("dai an", "dai an"), ("que vo", "que vo 2"),
        ("que vo", "tien son"), ("yen phong", "yen phong ii c"), ("dai an", "dai ann"), ("an", "an phu"),
    ],
}  # fmt: skip


def _level_cases() -> list[tuple[str, str, str, str]]:
    from lienket.core.resolve.model import COMPARISONS

    out = []
    for name, pairs in SQL_LEVEL_CASES.items():
        comp = next(c for c in COMPARISONS if c.name == name)
        for level in comp.levels:
            if level.kind in ("null", "else"):
                continue
            out += [(name, level.label, x, y) for x, y in pairs]
    return out


def _python_level(name: str, label: str, x: str, y: str) -> bool:
    from dataclasses import replace

    from lienket.core.resolve.model import COMPARISONS, _test
    from lienket.core.resolve.normalise import features

    comp = next(c for c in COMPARISONS if c.name == name)
    level = next(lv for lv in comp.levels if lv.label == label)
    blank = features(RawRecord("0", "X", "", "", ""))
    col = comp.columns[0]
    return _test(level.kind, level.threshold, comp.columns, replace(blank, **{col: x}), replace(blank, **{col: y}))


def _sql_of(name: str, label: str, dialect: str) -> str:
    from lienket.core.resolve.model import COMPARISONS
    from lienket.core.resolve.splink_engine import _sql

    comp = next(c for c in COMPARISONS if c.name == name)
    return _sql(next(lv for lv in comp.levels if lv.label == label), comp, dialect)


def test_hand_written_level_sql_on_duckdb_mirrors_the_python_test():
    import duckdb

    con = duckdb.connect()
    for name, label, x, y in _level_cases():
        sql = f'SELECT CASE WHEN {_sql_of(name, label, "duckdb")} THEN true ELSE false END FROM (SELECT ? AS "{name}_l", ? AS "{name}_r")'
        got = con.execute(sql, [x, y]).fetchone()[0]
        assert got == _python_level(name, label, x, y), (name, label, x, y)


def test_hand_written_level_sql_on_spark_mirrors_the_python_test():
    if shutil.which("java") is None:
        pytest.skip("Java is not installed: pyspark needs Java 17 for the Spark engine")
    pytest.importorskip("pyspark", reason="pyspark is not installed")
    from splink.backends.spark import SparkAPI

    from lienket.core.resolve.splink_engine import spark_session

    spark = spark_session()
    SparkAPI(spark_session=spark)  # registers Splink's similarity functions (jaro_winkler) as the engine does
    cases = _level_cases()
    for name in SQL_LEVEL_CASES:
        rows = [(x, y) for n, _, x, y in cases if n == name]
        spark.createDataFrame(rows, [f"{name}_l", f"{name}_r"]).createOrReplaceTempView(f"pairs_{name}")
    for name, label, x, y in cases:
        got = spark.sql(
            f"SELECT CASE WHEN {_sql_of(name, label, 'spark')} THEN true ELSE false END AS v FROM pairs_{name} "
            f"WHERE `{name}_l` = '{x}' AND `{name}_r` = '{y}'"
        ).collect()[0]["v"]
        assert got == _python_level(name, label, x, y), (name, label, x, y)


# Tax cells: (code left, code right, left fails the check digit in a data set of real codes, right fails it).
OTHER_NUMBER_CASES = [
    ("3902827749", "4586505934", False, True), ("3902827749", "0452043265017", False, True),
    ("3902827749", "3902827740", False, True), ("3902827749", "4586505934", False, False),
    ("4586505934", "3902827749", True, False), ("3902827749", "3902827794", True, True),
]  # fmt: skip


def _python_other_number(x: str, y: str, ox: bool, oy: bool) -> bool:
    from dataclasses import replace

    from lienket.core.resolve.model import _test
    from lienket.core.resolve.normalise import features

    blank = features(RawRecord("0", "X", "", "", ""))
    a, b = replace(blank, tax=x, tax_other=ox), replace(blank, tax=y, tax_other=oy)
    return _test("other_number", 0, ("tax",), a, b)


def test_other_number_level_sql_on_duckdb_mirrors_the_python_test():
    import duckdb

    sql = _sql_of("tax", "another number in the cell", "duckdb")
    con = duckdb.connect()
    for x, y, ox, oy in OTHER_NUMBER_CASES:
        got = con.execute(
            f'SELECT CASE WHEN {sql} THEN true ELSE false END FROM (SELECT ? AS "tax_l", ? AS "tax_r", '
            '? AS "tax_other_l", ? AS "tax_other_r")',
            [x, y, ox, oy],
        ).fetchone()[0]
        assert got == _python_other_number(x, y, ox, oy), (x, y, ox, oy)
    assert [_python_other_number(*c) for c in OTHER_NUMBER_CASES] == [True, True, False, False, True, False]
