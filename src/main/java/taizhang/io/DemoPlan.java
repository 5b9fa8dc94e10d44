package taizhang.io;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import taizhang.domain.Entry;
import taizhang.domain.Register;
import taizhang.domain.Sex;

/**
 * What the whole demo county shares: its area tree, the village work teams, and the three
 * years of records up to today. Drawn from the seed alone.
 */
final class DemoPlan {

    static final String COUNTY = "990101";
    static final String COUNTY_NAME = "示范县";
    private static final String[] TOWNSHIP_NAMES = {"东湖镇", "西山乡", "南桥镇", "北岭乡", "清河镇", "白云乡"};
    private static final String[] VILLAGE_NAMES = {"桃源村", "杨柳村", "石桥村", "河口村", "松林村", "新塘村",
        "龙泉村", "白沙村", "青山村", "梅岭村", "枫树村", "长乐村", "朝阳村", "曾家村", "单家湾村", "水口村"};

    /** One village: its code and name, its township, its share of households and its visiting team. */
    record Village(String code, String name, String township, double weight, String[] team) {
        /** The household numbers' prefix: the village's own three digits. */
        String suffix() {
            return code.substring(9);
        }
    }

    final long seed;
    final LocalDate today;
    /** The first day of the three years of records: {@code today} minus three years, plus a day. */
    final LocalDate start;
    final List<Entry> areas = new ArrayList<>();
    final List<Village> villages = new ArrayList<>();
    private final double[] cumulative;
    private final double[] boysShare;

    DemoPlan(long seed, LocalDate today) {
        this.seed = seed;
        this.today = today;
        this.start = today.minusYears(3).plusDays(1);
        SplittableRandom rng = new SplittableRandom(mix(seed, -1));
        String[] townships = pick(rng, TOWNSHIP_NAMES, 2);
        int villageCount = 6 + rng.nextInt(5);
        String[] villageNames = pick(rng, VILLAGE_NAMES, villageCount);
        areas.add(Entry.of(Register.AREAS, "code", COUNTY, "name", COUNTY_NAME));
        int first = (villageCount + 1) / 2;
        for (int t = 0; t < 2; t++) {
            String township = COUNTY + (101 + t);
            areas.add(Entry.of(Register.AREAS, "code", township, "name", townships[t], "parent_code", COUNTY));
            int from = t == 0 ? 0 : first;
            int to = t == 0 ? first : villageCount;
            for (int v = from; v < to; v++) {
                String code = township + (201 + v - from);
                double weight = 0.6 + rng.nextDouble() * 0.8;
                String[] team = new String[2 + rng.nextInt(2)];
                for (int m = 0; m < team.length; m++) {
                    Sex sex = rng.nextBoolean() ? Sex.M : Sex.F;
                    team[m] = DemoNames.name(rng, DemoNames.surname(rng), sex, 1970 + rng.nextInt(30));
                }
                villages.add(new Village(code, villageNames[v], township, weight, team));
                areas.add(Entry.of(Register.AREAS, "code", code, "name", villageNames[v], "parent_code", township));
            }
        }
        boysShare = new double[today.getYear() - start.getYear() + 1];
        for (int y = 0; y < boysShare.length; y++) {
            double ratio = 107 + rng.nextDouble() * 3;
            boysShare[y] = ratio / (100 + ratio);
        }
        cumulative = new double[villages.size()];
        double sum = 0;
        for (int v = 0; v < villages.size(); v++) {
            sum += villages.get(v).weight();
            cumulative[v] = sum;
        }
        for (int v = 0; v < cumulative.length; v++) {
            cumulative[v] /= sum;
        }
    }

    /** The village a household lives in, by a uniform draw. */
    int village(double u) {
        for (int v = 0; v < cumulative.length - 1; v++) {
            if (u < cumulative[v]) {
                return v;
            }
        }
        return cumulative.length - 1;
    }

    /** The share of boys among the births of a year of the records (a sex ratio at birth of 107 to 110). */
    double boysShare(int year) {
        return boysShare[year - start.getYear()];
    }

    /** The dates of the population figures: 1 January of every year the records touch. */
    List<LocalDate> populationDates() {
        List<LocalDate> dates = new ArrayList<>();
        for (int y = start.getYear(); y <= today.getYear(); y++) {
            dates.add(LocalDate.of(y, 1, 1));
        }
        return dates;
    }

    /** A seed for one stream of draws: the county's seed mixed with what the stream is for. */
    static long mix(long seed, long what) {
        long z = seed * 0x9E3779B97F4A7C15L + what * 0xC2B2AE3D27D4EB4FL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static String[] pick(SplittableRandom rng, String[] from, int n) {
        String[] copy = Arrays.copyOf(from, from.length);
        for (int i = 0; i < n; i++) {
            int j = i + rng.nextInt(copy.length - i);
            String t = copy[i];
            copy[i] = copy[j];
            copy[j] = t;
        }
        return Arrays.copyOf(copy, n);
    }
}
