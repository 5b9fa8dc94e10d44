package taizhang.tally;

import java.util.EnumSet;
import java.util.Set;
import taizhang.storage.Measure;

/** What an indicator's formula reads: the measures of an area and its population. */
interface Counts {
    long get(Measure m);

    /** The population figure; null when some village under the area has none. */
    Long population();

    /**
     * Counts that note what a formula reads (their values are 1), so that a figure asks the
     * database only for what it needs: the indicators are declared once, their needs follow.
     */
    final class Reads implements Counts {
        final Set<Measure> measures = EnumSet.noneOf(Measure.class);
        boolean population;

        @Override
        public long get(Measure m) {
            measures.add(m);
            return 1;
        }

        @Override
        public Long population() {
            population = true;
            return 1L;
        }
    }
}
