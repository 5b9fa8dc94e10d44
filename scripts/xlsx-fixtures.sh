#!/usr/bin/env bash
# Writes the XLSX test fixtures with a real office suite (LibreOffice), as a clerk's Excel or WPS
# would: src/test/resources/taizhang/io/*-libreoffice.xlsx. Run it again only to renew them.
#
#   apt-get install -y --no-install-recommends libreoffice-calc-nogui
#   scripts/xlsx-fixtures.sh
set -euo pipefail
cd "$(dirname "$0")/.."
out=src/test/resources/taizhang/io
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# ID numbers with valid check characters, for the test office's villages.
python3 - "$work" <<'PY'
import sys
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
C = '10X98765432'
def idn(body): return body + C[sum(int(a) * b for a, b in zip(body, W)) % 11]
rows = [(idn('99010119900101002'), '张𠮷', '女', '1990-01-01', '990101101201', '户籍常住', '已婚', '13800138000'),
        (idn('99010119850305001'), '欧阳乐', '男', '1985-03-05', '990101101202', '流入', '未婚', '01088886666'),
        (idn('99010120000229003'), '李雷', '男', '2000-02-29', '990101102201', '户籍常住', '', '')]
text = '身份证号,姓名,性别,出生日期,村居代码,户籍类型,婚姻状况,电话\n' + ''.join(','.join(r) + '\n' for r in rows)
for name in ('persons-text.csv', 'persons-numbers.csv'):
    open(sys.argv[1] + '/' + name, 'w', encoding='utf-8').write(text)
open(sys.argv[1] + '/visits-escape.csv', 'w', encoding='utf-8').write(
    'household_no,area_code,visit_date,visitor,notes\nH1,990101101201,2026-03-05,赵工,first\n'
    'H2,990101101201,2026-03-06,\x1b]0;owned\x07王工,x\n')
PY

# CSV filter options: comma, double quote, UTF-8 (76), from line 1, then column/format pairs
# (1 standard: numbers and dates recognised; 2 text). Without pairs every column is "standard",
# which is what Excel does to a column of ID numbers.
convert() {
    soffice --headless --infilter="CSV:44,34,76,1$2" --convert-to xlsx --outdir "$work/xlsx" "$work/$1.csv" >/dev/null
    cp "$work/xlsx/$1.xlsx" "$out/$3"
}
convert persons-text ",1/2/2/1/3/1/4/1/5/2/6/1/7/1/8/2" persons-libreoffice.xlsx
convert persons-numbers "" persons-numbers-libreoffice.xlsx
convert visits-escape ",1/2/2/2/3/1/4/2/5/2" visits-escape-libreoffice.xlsx
ls -l "$out"/*-libreoffice.xlsx

# Clerks' workbooks, one per register, each beside the CSV with the same data (scripts/xlsx-clerks.py
# says what each holds), and the sheets that must be refused.
clerks=src/test/resources/taizhang/io/clerks
mkdir -p "$work/clerks" "$clerks"
python3 scripts/xlsx-clerks.py "$work/clerks"
soffice --headless --convert-to xlsx --outdir "$work/clerks/xlsx" "$work"/clerks/*.fods >/dev/null
cp "$work"/clerks/xlsx/*.xlsx "$work"/clerks/*.csv "$clerks"/
ls -l "$clerks"
