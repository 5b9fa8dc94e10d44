package taizhang.domain;

import java.time.LocalDate;

/** Days from {@code start} to {@code end}, both included. */
public record DateRange(LocalDate start, LocalDate end) {

    public DateRange {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("a range cannot end (" + end + ") before it starts (" + start + ")");
        }
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    /**
     * The same range a year earlier, each end shifted as a date (SPEC 5): 29 February becomes
     * 28 February, so 2025-02 compares with 2024-02-01 .. 2024-02-28.
     */
    public DateRange lastYear() {
        return new DateRange(start.minusYears(1), end.minusYears(1));
    }

    @Override
    public String toString() {
        return start + " .. " + end;
    }
}
