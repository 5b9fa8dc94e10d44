#!/usr/bin/env bash
# Large files imported twice: for each register with a large file (the demo county's persons,
# benefits and visits, and a deaths file of every living person made from its persons), the
# first import into a database holding only the areas and schemes, then the same file again,
# at two sizes. Prints the times, the second import against the first, and the larger size
# against the smaller: a per-row question answered by scanning a table whose indexes a bulk
# load dropped shows as a ratio far above 1 (importing 80,000 persons a second time once ran
# for over ten minutes, against 2 s the first time), or a growth far above 2.
#
#   scripts/bench-reimport.sh [PERSONS] [PERSONS_LARGER]     (default 60000 120000)
#
# Run it under the machine's lock: flock /tmp/bench.lock scripts/bench-reimport.sh
set -euo pipefail
cd "$(dirname "$0")/.."
small=${1:-60000}
large=${2:-120000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export TAIZHANG_TODAY=${TAIZHANG_TODAY:-2026-11-23}
registers="persons benefits visits deaths"

./taizhang --help >/dev/null                      # build once, outside the timings
now() { date +%s.%N; }
# The seconds an import takes (its messages discarded: the second one is refused, or adds again).
timed() {
    local t0
    t0=$(now)
    ./taizhang import "$@" >/dev/null 2>&1 || true
    echo "$(now) - $t0" | bc
}

declare -A first second
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for n in "$small" "$large"; do
    demo="$work/demo$n"
    ./taizhang demo --out "$demo" --persons "$n" --db "$work/unused.db" >/dev/null 2>&1
    # A death for every person born before the 20th, on the 20th (the file has no quoted cells).
    awk -F, 'NR == 1 { print "id_number,name,sex,death_date,area_code,registered_on"; next }
             $1 != "" && $10 == "" && $4 < "2026-11-20" { print $1 "," $2 "," $3 ",2026-11-20," $5 ",2026-11-21" }' \
        "$demo/persons.csv" > "$demo/deaths.csv"
    db="$work/t$n.db"
    ./taizhang init --db "$db" >/dev/null 2>&1
    ./taizhang import areas "$demo/areas.csv" --db "$db" >/dev/null
    ./taizhang import schemes "$demo/schemes.csv" --db "$db" >/dev/null
    for r in $registers; do
        first[$n.$r]=$(timed "$r" "$demo/$r.csv" --db "$db")
        second[$n.$r]=$(timed "$r" "$demo/$r.csv" --db "$db")
        rows=$(( $(wc -l < "$demo/$r.csv") - 1 ))
        printf '%-9s %7d rows  first %6.2f s  second %6.2f s  second/first %5.2fx\n' "$r" "$rows" \
            "${first[$n.$r]}" "${second[$n.$r]}" "$(echo "${second[$n.$r]} / ${first[$n.$r]}" | bc -l)"
    done
done
echo "growth from $small to $large persons (rows double; about 2x is linear):"
for r in $registers; do
    printf '%-9s first %5.2fx  second %5.2fx\n' "$r" \
        "$(echo "${first[$large.$r]} / ${first[$small.$r]}" | bc -l)" \
        "$(echo "${second[$large.$r]} / ${second[$small.$r]}" | bc -l)"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
