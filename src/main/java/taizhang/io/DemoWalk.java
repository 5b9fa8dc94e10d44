package taizhang.io;

import java.time.LocalDate;
import taizhang.domain.Sex;

/**
 * A walk through the demo county's households in order. It carries what must run on from one
 * household to the next: the ID numbers handed out, each village's household numbers, the
 * sex balance of each year's births, and how many persons there are so far. Every walk with
 * the same plan meets the same households, so the county can be walked once per register
 * instead of being held in memory.
 */
final class DemoWalk {
    final DemoPlan plan;
    final DemoIds ids;
    private final int[] households;
    private final double[] boys;
    private int index;
    private long persons;

    DemoWalk(DemoPlan plan) {
        this.plan = plan;
        this.ids = new DemoIds(plan.today);
        this.households = new int[plan.villages.size()];
        this.boys = new double[plan.today.getYear() - plan.start.getYear() + 1];
        java.util.Arrays.fill(boys, 0.5); // rounds each year's count of boys to the nearest
    }

    /**
     * The next household, of at most {@code room} persons: when the one drawn is larger, a single
     * adult's household takes its place, so that the county has exactly the persons asked for.
     * (What the one drawn took from the walk, ID and household numbers, is taken alike in every
     * walk, so every register still meets the same households.)
     */
    DemoHousehold next(long room) {
        DemoHousehold h = DemoHousehold.generate(plan, this, index, false);
        if (h.members.size() > room) {
            h = DemoHousehold.generate(plan, this, index, true);
        }
        index++;
        persons += h.members.size();
        return h;
    }

    long persons() {
        return persons;
    }

    /** The next household number of a village: the village's three digits and a sequence. */
    String householdNo(int village) {
        int n = ++households[village];
        String digits = Integer.toString(n);
        return plan.villages.get(village).suffix() + "000000".substring(Math.min(6, digits.length())) + digits;
    }

    /**
     * The sex of a child born in the three years: each year's births keep to that year's share
     * of boys (a sex ratio at birth of 107 to 110), so that the county's ratio is believable
     * however few births there are, while villages and months still vary.
     */
    Sex childSex(LocalDate born) {
        int y = born.getYear() - plan.start.getYear();
        boys[y] += plan.boysShare(born.getYear());
        if (boys[y] >= 1) {
            boys[y] -= 1;
            return Sex.M;
        }
        return Sex.F;
    }
}
