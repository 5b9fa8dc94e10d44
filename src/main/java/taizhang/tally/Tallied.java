package taizhang.tally;

import taizhang.storage.Measure;

/**
 * The summable counts of one area for one period: each {@link Measure} summed over the
 * villages under the area, and the population figure (null when some village has none).
 */
public record Tallied(long[] measures, Long population) implements Counts {

    @Override
    public long get(Measure m) {
        return measures[m.ordinal()];
    }

    static Tallied empty() {
        return new Tallied(new long[Measure.values().length], 0L);
    }

    /** This plus another area's counts; population stays known only if both are known. */
    Tallied plus(Tallied other) {
        long[] sum = measures.clone();
        for (int i = 0; i < sum.length; i++) {
            sum[i] += other.measures[i];
        }
        Long pop = population == null || other.population == null ? null : population + other.population;
        return new Tallied(sum, pop);
    }
}
