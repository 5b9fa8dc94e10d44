#!/usr/bin/env bash
# Reconciliation speed (SPEC 12): `reconcile births` of a 50,000-row hospital list against a
# demo county, against importing the same 50,000 rows as births (into a database with the
# county's areas and nothing else), measured in the same run. Prints both times and the ratio.
#
#   scripts/bench-reconcile.sh [PERSONS] [DB] [ROWS]   (defaults 1000000, /tmp/taizhang-bench-PERSONS.db, 50000)
#
# The county is made once with `init --demo` (about 4 minutes for a million persons) and kept
# at DB for the next run. The list is built from the county's own births, exported: each birth
# once, perturbed as three offices would type it (no certificate number, no mother's ID and a
# homophone surname, a date a day off, the other sex, no child name; one in twenty left off the
# list), then the same births a year and two years earlier as births nobody registered, until
# ROWS rows. Deterministic for a given county.
set -euo pipefail
cd "$(dirname "$0")/.."
persons=${1:-1000000}
db=${2:-/tmp/taizhang-bench-$persons.db}
rows=${3:-50000}
export TAIZHANG_TODAY=${TAIZHANG_TODAY:-2026-11-23}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

./taizhang --help >/dev/null                      # build once, outside the timings
if [ ! -f "$db" ]; then
    echo "making the demo county ($persons persons) at $db ..." >&2
    ./taizhang init --demo --persons "$persons" --db "$db" >/dev/null
fi
./taizhang export births --db "$db" --out "$work/births.csv" 2>/dev/null
./taizhang export areas --db "$db" --out "$work/areas.csv" 2>/dev/null

# births.csv: child_name,child_sex,birth_date,birth_order,mother_id_number,mother_name,
#             father_id_number,area_code,place,certificate_no,registered_on (no quoted cells)
awk -F, -v rows="$rows" -v list="$work/list.csv" -v as_births="$work/list-births.csv" '
    function out(cert, child, sex, date, mother, mid, area) {
        if (written >= rows) return
        written++
        printf "%s,,%s,%s,%s,%s,%s,%s,,县医院\n", cert, child, sex, date, mother, mid, area > list
        printf "%s,%s,%s,1,%s,%s,,%s,hospital,%s,%s\n", child, sex, date, mid, mother, area, cert, date > as_births
    }
    function earlier(date, years,    y, md) {
        y = substr(date, 1, 4) - years; md = substr(date, 5)
        if (md == "-02-29") md = "-02-28"
        return y md
    }
    function dayOff(date,    d) {
        d = substr(date, 9, 2) + 0
        return substr(date, 1, 8) sprintf("%02d", d > 1 ? d - 1 : d + 1)
    }
    NR == 1 {
        print "certificate_no,child_id_number,child_name,child_sex,birth_date,mother_name,mother_id_number,area_code,address,facility" > list
        print "child_name,child_sex,birth_date,birth_order,mother_id_number,mother_name,father_id_number,area_code,place,certificate_no,registered_on" > as_births
        next
    }
    {
        n++; child[n] = $1; sex[n] = $2; date[n] = $3; mid[n] = $5; mother[n] = $6; area[n] = $8; cert[n] = $10
    }
    END {
        for (i = 1; i <= n; i++) {
            c = cert[i]; k = child[i]; s = sex[i]; d = date[i]; m = mother[i]; id = mid[i]
            if (i % 20 == 5) continue                                   # left off the list: unlisted
            if (i % 10 == 1) c = ""                                     # matched by mother ID
            if (i % 10 == 2) { c = ""; id = ""; sub(/^张/, "章", m) }   # by name, a homophone surname
            if (i % 10 == 3) { c = ""; d = dayOff(d) }                  # a day off: conflict
            if (i % 10 == 4) s = (s == "M" ? "F" : "M")                 # the other sex: conflict
            if (i % 10 == 6) k = ""                                     # no child name
            out(c, k, s, d, m, id, area[i])
        }
        for (years = 1; written < rows && years <= 20; years++) {
            for (i = 1; i <= n && written < rows; i++) {                # births nobody registered
                out("", child[i], sex[i], earlier(date[i], years), mother[i], mid[i], area[i])
            }
        }
    }' "$work/births.csv"
listed=$(( $(wc -l < "$work/list.csv") - 1 ))
./taizhang init --db "$work/base.db" >/dev/null 2>&1
./taizhang import areas "$work/areas.csv" --db "$work/base.db" >/dev/null

now() { date +%s.%N; }
t0=$(now)
./taizhang import births "$work/list-births.csv" --db "$work/base.db" >/dev/null
t1=$(now)
./taizhang reconcile births "$work/list.csv" --source hospital --db "$db" --format csv --out "$work/result.csv" >/dev/null
t2=$(now)

counts=$(awk -F, 'NR > 1 { n[$1]++ } END { printf "matched %d, conflict %d, missing %d, unlisted %d", n["matched"], n["conflict"], n["missing"], n["unlisted"] }' "$work/result.csv")
awk -v rows="$listed" -v persons="$persons" -v counts="$counts" \
    -v base="$(echo "$t1 $t0" | awk '{print $1 - $2}')" -v ours="$(echo "$t2 $t1" | awk '{print $1 - $2}')" 'BEGIN {
    printf "list:                 %d rows against a county of %d persons (%s)\n", rows, persons, counts
    printf "import as births:     %.2f s (the baseline)\n", base
    printf "reconcile births:     %.2f s\n", ours
    printf "ratio:                %.2f x the import (goal: under 10)\n", ours / base
}'
