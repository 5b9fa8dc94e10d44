package taizhang.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class EntryTest {

    @Test
    void anEntryIsBuiltByFieldKeyWhateverTheFieldOrder() {
        Entry e = Entry.of(Register.BENEFITS, "month", YearMonth.of(2026, 3), "name", "王芳", "amount_due", 30000L,
                "area_code", "990101101201", "scheme", "childcare", "amount_paid", 0L);
        assertEquals("王芳", e.get(1));
        assertEquals("990101101201", e.get(2));
        assertEquals(YearMonth.of(2026, 3), e.get(4));
        assertEquals(30000L, e.fen("amount_due"));
        assertNull(e.get("id_number"), "a field not named is empty");
        assertNull(e.get("paid_on"));
        assertEquals("2026-03", e.canonical(4));
        assertEquals("300.00", e.canonical(5));
    }

    @Test
    void aKeyTheRegisterDoesNotHaveIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Entry.of(Register.AREAS, "code", "990101", "nmae", "县"));
        assertTrue(e.getMessage().contains("areas has no field nmae"), e.getMessage());
    }

    @Test
    void aValueOfTheWrongKindIsRefusedRatherThanStored() {
        assertThrows(IllegalArgumentException.class,
                () -> Entry.of(Register.PERSONS, "birth_date", "1990-01-01"));      // text for a date
        assertThrows(IllegalArgumentException.class, () -> Entry.of(Register.SCHEMES, "yearly_amount", 960));
        assertThrows(IllegalArgumentException.class, () -> Entry.of(Register.BIRTHS, "birth_order", 1L));
        assertThrows(IllegalArgumentException.class, () -> Entry.of(Register.BENEFITS, "month", LocalDate.now()));
        assertThrows(IllegalArgumentException.class, () -> Entry.of(Register.PERSONS, "name", 7));
        assertThrows(IllegalArgumentException.class, () -> Entry.of(Register.PERSONS, "name"), "a key without value");
    }

    @Test
    void withReplacesOneValueAndLeavesTheOriginal() {
        Entry a = Entry.of(Register.AREAS, "code", "990101", "name", "县");
        Entry b = a.with("name", "示范县");
        assertEquals("县", a.text("name"));
        assertEquals("示范县", b.text("name"));
        assertEquals(a, Entry.of(Register.AREAS, "code", "990101", "name", "县"));
        assertEquals(a.hashCode(), Entry.of(Register.AREAS, "code", "990101", "name", "县").hashCode());
        assertTrue(!a.equals(b) && !a.equals(Entry.of(Register.SCHEMES, "code", "990101", "name", "县")));
        assertEquals("县", a.raw().get("name"));
        assertEquals("", a.raw().get("parent_code"));
    }

    @Test
    void theWrongNumberOfValuesIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Entry(Register.AREAS, new Object[] {"990101"}));
    }
}
