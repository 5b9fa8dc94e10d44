package taizhang.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The small values the registers are made of: fields, entries as keys, yuan, rounded ratios, cells. */
class ValuesTest {

    @Test
    void aFieldIsMadeAsDeclaredAndAnOptionalCopyKeepsAllButRequired() {
        Field note = Field.of("notes", "备注", FieldType.TEXT, true);
        assertEquals(new Field("notes", "备注", FieldType.TEXT, true, List.of()), note);
        Field sex = Field.choice("sex", "性别", Choices.SEX, true);
        assertEquals(FieldType.CHOICE, sex.type());
        assertEquals(Choices.SEX, sex.choices());
        assertTrue(sex.required());
        assertEquals(new Field("sex", "性别", FieldType.CHOICE, false, Choices.SEX), sex.optional());
        assertEquals("amount_due_fen", Field.of("amount_due", "应发", FieldType.MONEY, true).column());
        assertEquals("birth date", Register.PERSONS.field("birth_date").label(Language.EN));
        assertEquals("出生日期", Register.PERSONS.field("birth_date").label(Language.ZH));
    }

    @Test
    void equalEntriesAreOneKeyAndDifferentOnesSpreadOverHashes() {
        Entry a = Entry.of(Register.AREAS, "code", "990101", "name", "县");
        assertEquals(a, Entry.of(Register.AREAS, "code", "990101", "name", "县"));
        assertEquals(a.hashCode(), Entry.of(Register.AREAS, "code", "990101", "name", "县").hashCode());
        assertNotEquals(a, Entry.of(Register.SCHEMES, "code", "990101", "name", "县"), "another register");
        Set<Integer> hashes = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            hashes.add(Entry.of(Register.AREAS, "code", String.valueOf(990101000 + i), "name", "镇").hashCode());
        }
        assertTrue(hashes.size() > 90, "a set of entries is no list: " + hashes.size() + " hashes for 100 entries");
        assertEquals("areas[990101, 县, null]", a.toString());
    }

    @Test
    void yuanAreWrittenWithTwoDecimals() {
        assertEquals("0.00", Money.format(0));
        assertEquals("0.10", Money.format(10));
        assertEquals("0.09", Money.format(9));
        assertEquals("-0.05", Money.format(-5));
        assertEquals("-12.34", Money.format(-1234));
    }

    @Test
    void aRatioIsRoundedOnceHalfAwayFromZeroAndUndefinedOnNothing() {
        assertEquals(new BigDecimal("33.3"), Ratio.of(1, 3, 100, 1));
        assertEquals(new BigDecimal("66.7"), Ratio.of(2, 3, 100, 1));
        assertEquals(new BigDecimal("0.5"), Ratio.of(1, 20, 10, 1), "a half rounds up");
        assertEquals(new BigDecimal("-0.5"), Ratio.of(-1, 20, 10, 1), "and away from zero below it");
        assertEquals(new BigDecimal("1050"), Ratio.of(105, 100, 1000, 0));
        assertNull(Ratio.of(5, 0, 100, 1));
    }

    @Test
    void aTextCellHasNoFigureAndNoMark() {
        assertEquals(new Sheet.Cell("东村", null, 0, null), Sheet.Cell.text("东村"));
    }

    @Test
    void aRangeIsOfDaysBothIncluded() {
        DateRange day = new DateRange(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 1));
        assertTrue(day.contains(LocalDate.of(2026, 2, 1)));
        assertFalse(day.contains(LocalDate.of(2026, 2, 2)));
        assertEquals(new DateRange(LocalDate.of(2023, 2, 28), LocalDate.of(2023, 2, 28)),
                new DateRange(LocalDate.of(2024, 2, 29), LocalDate.of(2024, 2, 29)).lastYear());
    }
}
