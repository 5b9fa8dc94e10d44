package taizhang.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A stored date read by hand is the date LocalDate.parse reads, and what it refuses is refused. */
class IsoDateTest {
    @Test
    void datesAreWrittenAsLocalDateWritesThem() {
        for (LocalDate d = LocalDate.of(1999, 12, 25); d.isBefore(LocalDate.of(2005, 1, 3)); d = d.plusDays(1)) {
            assertEquals(d.toString(), IsoDate.format(d));
        }
        for (LocalDate d : java.util.List.of(LocalDate.of(0, 1, 1), LocalDate.of(9, 2, 3), LocalDate.of(87, 11, 30),
                LocalDate.of(999, 12, 31), LocalDate.of(1850, 1, 1), LocalDate.of(9999, 12, 31), LocalDate.of(10_000, 1, 1),
                LocalDate.of(-1, 6, 15), LocalDate.MIN, LocalDate.MAX)) {
            assertEquals(d.toString(), IsoDate.format(d));
        }
    }

    @Test
    void everyDayOfFiveYearsReadsAsLocalDateParseReadsIt() {
        for (LocalDate d = LocalDate.of(1999, 12, 25); d.isBefore(LocalDate.of(2005, 1, 3)); d = d.plusDays(1)) {
            assertEquals(d, IsoDate.parse(d.toString()));
        }
        assertEquals(LocalDate.of(2024, 2, 29), IsoDate.parse("2024-02-29"));
        assertEquals(LocalDate.of(1, 1, 1), IsoDate.parse("0001-01-01"));
    }

    @Test
    void whatLocalDateParseRefusesIsRefused() {
        for (String bad : new String[] {"2023-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "2026-4-01x",
                "2026-+1-01", "2026/01/01", "２０２６-01-01", "20260101", "2026-01-1", ""}) {
            assertThrows(DateTimeException.class, () -> IsoDate.parse(bad), bad);
        }
    }
}
