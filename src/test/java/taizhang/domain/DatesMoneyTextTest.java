package taizhang.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DatesMoneyTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-05", "2026/3/5", "2026.3.5", "20260305", "2026年3月5日", "2026-3-5"})
    void everyDateSpellingReadsTheSameDay(String spelling) throws Exception {
        assertEquals(LocalDate.of(2026, 3, 5), Dates.parseDate(spelling));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30", "2026-13-01", "26-3-5", "2026-03", "March 5", "2026/3-5", "2026-00-10",
            "2026-03-00", "２０２６-03-05", "2026-0３-05", "2026-+3-05"})
    void nonDatesAreRefused(String spelling) {
        assertThrows(Invalid.class, () -> Dates.parseDate(spelling));
    }

    @Test
    void theCommonSpellingTellsARealDayFromAnImpossibleOne() throws Exception {
        assertEquals(LocalDate.of(2024, 2, 29), Dates.parseDate("2024-02-29"));
        assertEquals(Problem.Code.NOT_A_REAL_DATE,
                assertThrows(Invalid.class, () -> Dates.parseDate("2025-02-29")).problem("f", "v").code());
    }

    @Test
    void monthsReadInTheirSpellings() throws Exception {
        assertEquals(YearMonth.of(2026, 10), Dates.parseMonth("2026-10"));
        assertEquals(YearMonth.of(2026, 1), Dates.parseMonth("2026年1月"));
        assertThrows(Invalid.class, () -> Dates.parseMonth("2026-13"));
    }

    @Test
    void ageCountsCompletedYearsAndLeapBirthdays() {
        LocalDate leap = LocalDate.of(1976, 2, 29);
        assertEquals(49, Dates.age(leap, LocalDate.of(2026, 2, 28)));
        assertEquals(50, Dates.age(leap, LocalDate.of(2026, 3, 1)));
        assertEquals(15, Dates.age(LocalDate.of(2011, 10, 31), LocalDate.of(2026, 10, 31)));
        assertEquals(14, Dates.age(LocalDate.of(2011, 11, 1), LocalDate.of(2026, 10, 31)));
    }

    @Test
    void moneyIsExactFen() throws Exception {
        assertEquals(30000, Money.parseFen("300"));
        assertEquals(30050, Money.parseFen("300.5"));
        assertEquals(1, Money.parseFen("0.01"));
        assertEquals("300.00", Money.format(30000));
        assertEquals("0.07", Money.format(7));
        assertThrows(Invalid.class, () -> Money.parseFen("-1.00"));
        assertThrows(Invalid.class, () -> Money.parseFen("1.005"));
        assertThrows(Invalid.class, () -> Money.parseFen("1e3"));
    }

    @Test
    void textIsNfcTrimmedAndRefusesControlCharacters() throws Exception {
        assertEquals("é", Text.clean(" e\u0301 "));
        assertThrows(Invalid.class, () -> Text.clean("张\u001b[31m三"));
        assertThrows(Invalid.class, () -> Text.clean("a\ud842"));
        assertEquals("𠮷野", Text.clean("𠮷野"));
    }

    @Test
    void codePointsAreNeverSplit() {
        assertEquals(2, Text.length("𠮷野"));
        assertEquals("𠮷", Text.truncate("𠮷野家", 1));
        assertEquals("\\x1b[31m", Text.visible("\u001b[31m"));
    }

    @Test
    void pinyinInitialsCoverPolyphonicCharacters() {
        assertEquals("zxm", Pinyin.initialsSpellings("张晓明", 8));
        assertEquals(true, Pinyin.initialsSpellings("乐乐", 8).contains("yy"));
        assertEquals(true, Pinyin.initialsSpellings("乐乐", 8).contains("ll"));
        assertEquals("𠮷", Pinyin.initialsSpellings("𠮷", 8));
    }
}
