package taizhang.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** "Today" from outside, and the keys stored beside a record for searching. */
class TodayAndKeysTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-04T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void todayIsTheVariableWhenSetElseTheClocksDate() {
        assertEquals(LocalDate.of(2025, 12, 31), Today.resolve(Map.of("TAIZHANG_TODAY", " 2025-12-31 "), CLOCK));
        assertEquals(LocalDate.of(2026, 3, 4), Today.resolve(Map.of(), CLOCK));
        assertEquals(LocalDate.of(2026, 3, 4), Today.resolve(Map.of("TAIZHANG_TODAY", "  "), CLOCK), "blank is unset");
        Refusal e = assertThrows(Refusal.class, () -> Today.resolve(Map.of("TAIZHANG_TODAY", "2025-13-01"), CLOCK));
        assertEquals(Problem.Code.TODAY_NOT_A_DATE, e.problem().code());
        assertEquals("2025-13-01", String.valueOf(e.problem().args().get(0)), "the value as it was set");
    }

    @Test
    void aRecordsSearchKeyHoldsItsNamesAndTheirInitials() {
        Entry birth = Entry.of(Register.BIRTHS, "child_name", "张晓明", "child_sex", "M",
                "birth_date", LocalDate.of(2026, 3, 1), "birth_order", 1, "mother_name", "Li Hong",
                "area_code", "990101101201", "registered_on", LocalDate.of(2026, 3, 2));
        assertEquals("|张晓明|zxm|li hong|li hong|", SearchKey.of(birth));
        Entry nameless = birth.with("child_name", null);
        assertEquals("|li hong|li hong|", SearchKey.of(nameless), "an empty name adds nothing");
        assertTrue(SearchKey.hasKey(Register.PERSONS));
        assertFalse(SearchKey.hasKey(Register.AREAS));
        assertFalse(SearchKey.hasKey(Register.SCHEMES));
        assertFalse(SearchKey.hasKey(Register.POPULATION));
        assertNull(SearchKey.of(Entry.of(Register.AREAS, "code", "990101", "name", "县")));
    }

    @Test
    void textIsCleanedOrRefused() throws Exception {
        assertEquals("张三", Text.clean("  张三 "));
        assertThrows(Invalid.class, () -> Text.clean("张三\t"), "a name holds no tab");
        assertEquals("a\tb", Text.clean(" a\tb ", true), "a note keeps its tab");
        assertThrows(Invalid.class, () -> Text.clean("a\tb", false));
        assertThrows(Invalid.class, () -> Text.clean("a\u007fb"));
        assertEquals("Å", Text.clean("A\u030a"), "NFC");
        assertEquals("Ünïcode", Text.clean("Ünïcode"), "already NFC stays as it is");
        assertEquals(3, Text.length("a𠮷b"));
        assertEquals("a𠮷", Text.truncate("a𠮷b", 2));
        assertEquals("a𠮷b", Text.truncate("a𠮷b", 3));
        assertEquals("ab", Text.visible("ab"));
        assertEquals("a\\x07b", Text.visible("a\u0007b"));
    }
}
