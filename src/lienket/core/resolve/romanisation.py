"""Chinese brands in Latin letters read the Vietnamese way (Hán-Việt).

A Chinese or Taiwanese firm registers its Vietnamese name with the Sino-Vietnamese reading of its characters
(永发 → "Vĩnh Phát") while buyers' and customs lists write the pinyin ("Yongfa"), a Wade–Giles or Cantonese
spelling ("Yung Fa", "Wing Fat"), or the Korean reading. ``readings`` gives, for a brand written that way, every
Vietnamese spelling its syllables can stand for; the matcher compares them with the other record's brand.

The table holds the readings of characters common in firm names (a few hundred syllables, not a dictionary);
a syllable outside it gives no reading, so an unknown brand is never guessed at.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import product

__all__ = ["PINYIN", "readings", "syllables"]

# pinyin syllable → Hán-Việt readings (folded) of the characters firms use most for that sound.
_TABLE = """
a: a
ai: ai
an: an
ao: ao
ba: ba bat
bai: bach
bang: bang
bao: bao
bei: bac boi
ben: ban
bi: bich
bin: tan ban
bo: bac ba
cai: tai thai
can: xan
cao: tao thao
chang: truong xuong thuong
chao: trieu sieu
chen: tran than
cheng: thanh trinh
chi: tri
chong: sung xung
chu: so xuat
chuan: xuyen truyen
chuang: sang
chun: xuan
cong: thong tung
da: dai dat
dai: dai doi
dan: dan
dao: dao
de: duc dac
deng: dang
di: dich de dia
dian: dien
ding: dinh
dong: dong
du: do
duan: doan
en: an
fa: phat
fan: pham phien
fang: phuong
fei: phi
feng: phong phung
fu: phu phuc
gang: cuong cang
gao: cao
ge: ca cach
gong: cong
gu: co
guan: quan
guang: quang
gui: quy
guo: quoc qua
hai: hai
han: han
hang: hang
hao: hao
he: hoa hop ha
heng: hang
hong: hong hoang
hou: hau
hu: ho
hua: hoa
huai: hoai
huan: hoan
huang: hoang
hui: huy hoi tue
ji: ky cat te
jia: gia giai
jian: kien gian
jiang: giang tuong
jiao: giao
jie: kiet tiep gioi
jin: kim tien tan cam
jing: tinh kinh
jiu: cuu
ju: cu tu
jun: quan tuan
kai: khai
kang: khang
ke: khoa kha
kun: con
lai: lai
lan: lan
li: ly loi luc lap le
lian: lien
liang: luong
lin: lam lan
ling: linh
liu: luu
long: long
lu: lo luc
lun: luan
luo: la
ma: ma
mao: mau
mei: my mai
meng: manh
min: man dan
ming: minh
mu: moc
nan: nam
neng: nang
ning: ninh
pan: phan ban
peng: bang
ping: binh
pu: pho
qi: ky khai te
qian: thien tien
qiang: cuong
qiao: kieu
qin: can tan cam
qing: thanh khanh
qiu: thu cau
quan: toan tuyen
qun: quan
ren: nhan
ri: nhat
rong: vinh dung
rui: thuy nhue
run: nhuan
san: tam
sen: sam
shan: son thien
shang: thuong
shao: thieu
shen: than tham
sheng: thinh thang thanh
shi: the thuc thi thach
shou: tho thu
shu: thu thuc
shun: thuan
si: tu
song: tong tung
su: to
sun: ton
tai: thai dai
tang: duong
tao: dao
teng: dang
tian: thien dien
tie: thiet
ting: dinh
tong: thong dong
tu: do
wan: van
wang: vuong
wei: vi uy duy ve
wen: van
wu: vu ngo ngu
xi: tay hy
xia: ha
xian: tien hien
xiang: tuong huong
xiao: tieu hieu
xie: ta hiep
xin: tan tin han ham tam
xing: hung tinh hanh
xiong: hung
xiu: tu
xu: tu huc
xuan: tuyen huyen hien
xue: tuyet hoc
ya: a nha
yan: yen nghiem nghien
yang: duong
yao: dieu dao
ye: nghiep diep
yi: nhat ich nghia y di uc
yin: ngan an nhan
ying: anh doanh ung
yong: vinh dung
you: huu uu
yu: ngoc vu du ngu
yuan: nguyen vien
yue: nguyet viet duyet
yun: van
zai: tai
ze: trach
zeng: tang
zhan: trien chien
zhang: truong chuong
zhao: trieu chieu
zhe: triet
zhen: chan tran
zheng: chinh trinh
zhi: chi tri chat
zhong: trung chung
zhou: chau
zhu: chu tru
zhuang: trang
zi: tu
zong: tong
zun: ton
zuo: ta tac
"""

PINYIN: dict[str, tuple[str, ...]] = {
    k.strip(): tuple(v.split()) for k, _, v in (line.partition(":") for line in _TABLE.strip().splitlines())
}

# Wade–Giles (Taiwan) and Cantonese (Hong Kong) spellings → the pinyin syllables they can stand for.
_OTHER = """
hsin: xin
hsing: xing
hsiang: xiang
hsieh: xie
hsu: xu
hsiao: xiao
hsien: xian
hsiung: xiong
hsi: xi
hsia: xia
hsuan: xuan
hsueh: xue
chang: zhang chang
cheng: zheng cheng
chen: zhen chen
chih: zhi chi
chou: zhou
chung: zhong chong
chu: zhu chu ju
chuan: chuan
chiang: jiang qiang
chin: jin qin
ching: jing qing
chi: ji qi
chia: jia
chieh: jie
chien: jian qian
chiu: jiu qiu
chiao: jiao qiao
chun: chun jun
kuo: guo
kuang: guang
kao: gao
ko: ge ke
kung: gong
kuan: guan
kuei: gui
kang: gang kang
tai: dai tai
te: de
ta: da
tung: dong tong
tien: dian tian
ting: ding ting
teng: deng teng
tao: dao tao
tuan: duan
pao: bao
pei: bei
pi: bi
po: bo
peng: peng
pan: pan
pin: bin
ping: ping
jung: rong
jen: ren
jui: rui
jun: run jun
hung: hong xiong
lung: long
yung: yong
sung: song
tsung: zong cong
tsai: cai zai
tseng: zeng
tzu: zi
ssu: si
tso: zuo
i: yi
yueh: yue
wing: yong
fook: fu
fat: fa
kwong: guang
hing: xing
tak: de
shing: cheng sheng
keung: qiang
wah: hua
lee: li
"""

_SPELLINGS: dict[str, tuple[str, ...]] = {k: (k,) for k in PINYIN}
for _line in _OTHER.strip().splitlines():
    _k, _, _v = _line.partition(":")
    _SPELLINGS[_k.strip()] = tuple(dict.fromkeys(_SPELLINGS.get(_k.strip(), ()) + tuple(_v.split())))

_MAX_SYLLABLE = max(len(s) for s in _SPELLINGS)
# More readings than this and the brand says too little to compare this way.
MAX_READINGS = 64


@lru_cache(maxsize=50_000)
def syllables(word: str) -> tuple[str, ...]:
    """``word`` cut into romanised Chinese syllables of the table ("fengbaolian" → feng bao lian), fewest pieces
    first; ``()`` when it cannot be cut so."""
    n = len(word)
    best: list[tuple[str, ...] | None] = [None] * (n + 1)
    best[0] = ()
    for i in range(n):
        if best[i] is None:
            continue
        for j in range(i + 1, min(n, i + _MAX_SYLLABLE) + 1):
            piece = word[i:j]
            if piece in _SPELLINGS:
                cand = best[i] + (piece,)
                if best[j] is None or len(cand) < len(best[j]):
                    best[j] = cand
    return best[n] or ()


@lru_cache(maxsize=100_000)
def readings(brand: str, foreign: bool) -> tuple[str, ...]:
    """Vietnamese spellings (folded, without spaces) a romanised Chinese brand can stand for: "yongfa" → ("vinhphat",
    "dungphat"), "ta lung" → ("dailong", "datlong"). Only for a brand written in a foreign way (``foreign``: some
    word is no Vietnamese syllable); ``()`` when any syllable is outside the table or the readings are too many."""
    if not foreign or not brand:
        return ()
    parts: list[tuple[str, ...]] = []
    for word in brand.split():
        cut = syllables(word)
        if not cut:
            return ()
        for piece in cut:
            options = tuple(dict.fromkeys(r for p in _SPELLINGS[piece] for r in PINYIN.get(p, ())))
            if not options:
                return ()
            parts.append(options)
    total = 1
    for options in parts:
        total *= len(options)
        if total > MAX_READINGS:
            return ()
    own = brand.replace(" ", "")
    return tuple(r for r in ("".join(combo) for combo in product(*parts)) if r != own)
