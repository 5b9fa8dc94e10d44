package taizhang.tally;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import taizhang.domain.Register;

/** A random county for property tests: a few townships and villages and records of every register. */
final class RandomCounty {
    final List<String> villages = new ArrayList<>();
    final List<String> townships = new ArrayList<>();
    static final String COUNTY = "990101";

    RandomCounty(TallyFixture f, long seed, int records) {
        Random r = new Random(seed);
        f.area(COUNTY, "县", null);
        int townshipCount = 2 + r.nextInt(2);
        for (int t = 1; t <= townshipCount; t++) {
            String township = COUNTY + (100 + t);
            townships.add(township);
            f.area(township, "镇" + t, COUNTY);
            int villageCount = 1 + r.nextInt(3);
            for (int v = 1; v <= villageCount; v++) {
                String village = township + (200 + v);
                villages.add(village);
                f.area(village, "村" + t + v, township);
                // Most villages have population figures, some none at all.
                if (r.nextInt(4) > 0) {
                    f.population(village, "2025-01-01", 500 + r.nextInt(2000));
                    f.population(village, "2026-01-01", 500 + r.nextInt(2000));
                }
            }
        }
        for (int i = 0; i < records; i++) {
            String v = villages.get(r.nextInt(villages.size()));
            LocalDate day = LocalDate.of(2024, 10, 1).plusDays(r.nextInt(800));
            LocalDate registered = day.plusDays(r.nextInt(3) == 0 ? r.nextInt(500) : r.nextInt(40));
            int kind = r.nextInt(8);
            Register register = switch (kind) {
                case 0, 1 -> Register.BIRTHS;
                case 2 -> Register.DEATHS;
                case 3 -> Register.MARRIAGES;
                case 4 -> Register.PERSONS;
                case 5 -> Register.MIGRATIONS;
                case 6 -> Register.BENEFITS;
                default -> Register.VISITS;
            };
            long id = switch (register) {
                case BIRTHS -> f.birth(v, r.nextBoolean() ? "M" : "F", day.toString(), 1 + r.nextInt(4),
                        registered.toString());
                case DEATHS -> f.death(v, day.toString());
                case MARRIAGES -> f.marriage(v, day.toString(), r.nextBoolean());
                case PERSONS -> f.person(v, r.nextInt(5) == 0 ? "M" : "F", day.minusYears(10 + r.nextInt(45)).toString(),
                        new String[] {"resident", "inflow", "outflow"}[r.nextInt(3)],
                        r.nextInt(6) == 0 ? day.toString() : null);
                case MIGRATIONS -> f.migration(v, r.nextBoolean() ? "in" : "out", day.toString(), r.nextBoolean());
                case BENEFITS -> f.benefit(v, YearMonth.from(day).toString(), 100 * r.nextInt(500), r.nextInt(50000));
                default -> f.visit(v, r.nextInt(4) == 0 ? null : "H" + r.nextInt(15), day.toString());
            };
            if (r.nextInt(15) == 0) {
                f.voidRecord(register, id);
            }
        }
    }
}
