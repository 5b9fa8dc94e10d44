package taizhang.io;

import java.time.LocalDate;
import taizhang.domain.IdNumber;
import taizhang.domain.Sex;

/**
 * Hands out ID numbers that no two demo persons share: for each birth date and sex, a running
 * sequence number (three digits, the last one odd for men), moving on to the next area prefix
 * after 500. Natives get prefixes from 990101, people who moved in from 995201: fictional
 * areas, all starting 99. Holds one counter per day, sex and origin, not the numbers given.
 */
final class DemoIds {
    private static final int PER_PREFIX = 500;

    private final long firstDay;
    private final int days;
    private final int[] counts;

    /** Counters for every birth date of the last 120 years: no demo person is older. */
    DemoIds(LocalDate today) {
        firstDay = today.minusYears(120).toEpochDay();
        days = (int) (today.toEpochDay() - firstDay + 1);
        counts = new int[days * 4];
    }

    String next(LocalDate birth, Sex sex, boolean movedIn) {
        int day = (int) (birth.toEpochDay() - firstDay);
        if (day < 0 || day >= days) {
            throw new IllegalArgumentException("no demo ID number for a birth on " + birth);
        }
        int slot = ((movedIn ? 2 : 0) + (sex == Sex.M ? 1 : 0)) * days + day;
        int n = counts[slot]++;
        int prefix = (movedIn ? 5201 : 101) + n / PER_PREFIX;
        int sequence = (n % PER_PREFIX) * 2 + (sex == Sex.M ? 1 : 0);
        char[] id = new char[18];
        id[0] = '9';
        id[1] = '9';
        digits(id, 2, prefix, 4);
        digits(id, 6, birth.getYear(), 4);
        digits(id, 10, birth.getMonthValue(), 2);
        digits(id, 12, birth.getDayOfMonth(), 2);
        digits(id, 14, sequence, 3);
        String first17 = new String(id, 0, 17);
        return first17 + IdNumber.checkCharacter(first17);
    }

    private static void digits(char[] into, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            into[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
