#!/usr/bin/env bash
# Benchmark of test strength (not CI): mutation testing with PIT over the domain and tally
# packages, run by their own tests only (the CLI and screen tests are too slow to run once per
# mutant). Works on a scratch copy of the project with a plugin block added to its pom, so the
# real pom stays as it is. Prints the share of mutants killed per package, then per class.
# Usage: scripts/mutation-score.sh [--classes]   (needs network once, to fetch the PIT plugin)
#        MUTATIONS_XML=FILE keeps PIT's report of every mutant (which survived, where).
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

cp -r "$home/src" "$home/pom.xml" "$scratch/"
plugin='<plugin>
        <groupId>org.pitest</groupId>
        <artifactId>pitest-maven</artifactId>
        <version>1.30.2</version>
        <dependencies>
          <dependency>
            <groupId>org.pitest</groupId>
            <artifactId>pitest-junit5-plugin</artifactId>
            <version>1.2.3</version>
          </dependency>
        </dependencies>
        <configuration>
          <targetClasses><param>taizhang.domain.*</param><param>taizhang.tally.*</param></targetClasses>
          <targetTests><param>taizhang.domain.*</param><param>taizhang.tally.*</param></targetTests>
          <outputFormats><param>XML</param></outputFormats>
          <timestampedReports>false</timestampedReports>
          <threads>2</threads>
          <jvmArgs><value>-Xmx512m</value><value>-Dfile.encoding=UTF-8</value></jvmArgs>
        </configuration>
      </plugin>
    </plugins>'
# The first </plugins> closes the build's plugin list.
awk -v p="$plugin" '!done && /<\/plugins>/ { print p; done = 1; next } { print }' "$home/pom.xml" > "$scratch/pom.xml"

(cd "$scratch" && mvn -q -B -Dstyle.color=never test-compile org.pitest:pitest-maven:1.30.2:mutationCoverage 1>&2)

xml="$scratch/target/pit-reports/mutations.xml"
if [ -n "${MUTATIONS_XML:-}" ]; then
    cp "$xml" "$MUTATIONS_XML"   # PIT's own report of every mutant, kept for a closer look
fi
# One <mutation> element per line: its status, then the class it mutated.
grep -o "<mutation [^>]*status='[A-Z_]*'.*</mutatedClass>" "$xml" \
    | sed -E "s/.*detected='(true|false)'.*<mutatedClass>([^<]*)<\/mutatedClass>/\1 \2/" > "$scratch/results"
echo "mutants killed (PIT 1.30.2, domain and tally tests):"
awk '{ split($2, parts, "."); pkg = parts[2]; total[pkg]++; if ($1 == "true") killed[pkg]++ }
     END { for (p in total) printf "  %-8s %4d of %4d  %5.1f %%\n", p, killed[p], total[p], 100 * killed[p] / total[p] }' \
    "$scratch/results" | sort
if [ "${1:-}" = "--classes" ]; then
    echo "per class:"
    awk '{ c = $2; sub(/\$.*/, "", c); total[c]++; if ($1 == "true") killed[c]++ }
         END { for (c in total) printf "  %-40s %4d of %4d  %5.1f %%\n", c, killed[c], total[c], 100 * killed[c] / total[c] }' \
        "$scratch/results" | sort -k5 -n
fi
