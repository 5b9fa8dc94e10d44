#!/usr/bin/env python3
"""Writes src/main/resources/taizhang/domain/unihan-pinyin.txt: the toneless pinyin readings of the
CJK characters pinyin4j's dictionary lacks (it covers U+4E00..U+9FA5 only), from Unicode's Unihan
database, so that reconciliation reads 𠮷 as ji and 䶮 as yan (SPEC 4: names may hold them).

usage: scripts/unihan-pinyin.py UNIHAN_DIR > src/main/resources/taizhang/domain/unihan-pinyin.txt
UNIHAN_DIR holds Unihan_Readings.txt and Unihan_Variants.txt (Debian's unicode-data package ships
them bzip2'd in /usr/share/unicode/; Unihan.zip on unicode.org). Made from Unihan 15.0.

Every reading of kMandarin, kHanyuPinyin, kXHC1983 and kTGHZ2013; a character with none takes the
readings of its variant (kSpoofingVariant, kZVariant, kSemanticVariant, kSimplifiedVariant,
kTraditionalVariant: 𠮷 is 吉 written another way). One line per character: hex code point, then
its readings separated by commas (ü written v), in Unihan's order.
"""
import re
import sys
import unicodedata

READINGS = ["kMandarin", "kHanyuPinyin", "kXHC1983", "kTGHZ2013"]
VARIANTS = ["kSpoofingVariant", "kZVariant", "kSemanticVariant", "kSimplifiedVariant", "kTraditionalVariant"]


def toneless(syllable):
    s = syllable.replace("ü", "v").replace("Ü", "v")
    s = "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))
    return s.lower()


def covered(cp):
    """What pinyin4j already reads: 〇 and U+4E00..U+9FA5."""
    return cp == 0x3007 or 0x4E00 <= cp <= 0x9FA5


def main(folder):
    readings = {}
    for line in open(folder + "/Unihan_Readings.txt", encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        code, field, value = line.rstrip("\n").split("\t")
        if field not in READINGS:
            continue
        cp = int(code[2:], 16)
        # kHanyuPinyin "10492.100:lǎn", kXHC1983 "0673.050:lǎn", kMandarin "lǎn"
        found = []
        for part in value.split(" "):
            found.extend(part.split(":", 1)[1].split(",") if ":" in part else [part])
        have = readings.setdefault(cp, [])
        for r in found:
            t = toneless(r)
            if re.fullmatch("[a-z]+", t) and t not in have:
                have.append(t)
    variants = {}
    for line in open(folder + "/Unihan_Variants.txt", encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        code, field, value = line.rstrip("\n").split("\t")
        if field in VARIANTS:
            targets = [int(v.split("<")[0][2:], 16) for v in value.split(" ")]
            variants.setdefault(int(code[2:], 16), {})[field] = targets
    out = {}
    for cp, rs in readings.items():
        if rs and not covered(cp):
            out[cp] = rs
    for cp, by in variants.items():
        if covered(cp) or out.get(cp) or not (0x3400 <= cp <= 0x9FFF or cp >= 0x20000):
            continue
        for field in VARIANTS:
            rs = [r for t in by.get(field, []) for r in readings.get(t, [])]
            if rs:
                out[cp] = list(dict.fromkeys(rs))
                break
    for cp in sorted(out):
        print("%X %s" % (cp, ",".join(out[cp])))


if __name__ == "__main__":
    main(sys.argv[1])
