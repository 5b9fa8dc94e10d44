package taizhang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import taizhang.domain.Today;

class ContextTest {
    @Test
    void theLaunchersReadingOfTheSystemDateIsToday() {
        assertEquals(LocalDate.of(2027, 2, 28), LocalDate.now(Context.systemClock("2027-02-28")));
        assertEquals(LocalDate.of(2027, 2, 28), Today.resolve(Map.of(), Context.systemClock("2027-02-28")));
    }

    @Test
    void taizhangTodayStillDecidesOverTheLaunchersDate() {
        assertEquals(LocalDate.of(2026, 11, 23),
                Today.resolve(Map.of(Today.VARIABLE, "2026-11-23"), Context.systemClock("2027-02-28")));
    }

    @Test
    void withoutAReadableDateFromTheLauncherTheSystemClockIsAsked() {
        for (String odd : new String[] {null, "", "2027-02-30", "2027-2-28", "2027/02/28", "+027-02-28", "２０２７-02-28x"}) {
            assertEquals(ZoneId.systemDefault(), Context.systemClock(odd).getZone(), String.valueOf(odd));
        }
    }
}
