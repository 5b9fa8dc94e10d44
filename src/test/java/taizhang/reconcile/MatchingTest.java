package taizhang.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import taizhang.domain.DateRange;
import taizhang.domain.ListedBirth;
import taizhang.testing.Ids;

/** The matching of SPEC 12 as a pure function over a hand-made list and register. */
class MatchingTest {
    static final String V1 = "990101101201";
    static final String V2 = "990101101202";
    static final String M_SUN = Ids.id("19900101", 2);
    static final String M_ZHOU = Ids.id("19910202", 4);
    static final String M_ZHENG = Ids.id("19920303", 6);
    static final String M_FENG = Ids.id("19930404", 8);
    static final String M_LIN = Ids.id("19940505", 12);

    static RegisteredBirth birth(long id, String cert, String child, String sex, String date, String mother,
                                 String motherId, String area) {
        return new RegisteredBirth(id, cert, child, sex, LocalDate.parse(date), mother, motherId, area);
    }

    static ListedBirth row(int line, String cert, String child, String sex, String date, String mother,
                           String motherId, String area) {
        return new ListedBirth(line, cert, null, child, sex, LocalDate.parse(date), mother, motherId, area, null, null);
    }

    /** The register of the hand-made case, in register order. */
    static final List<RegisteredBirth> REGISTER = List.of(
            birth(1, "C001", "王小明", "M", "2026-03-01", "李丽", null, V1),
            birth(2, null, "赵一", "F", "2026-03-05", "孙芳", M_SUN, V1),
            birth(3, null, "钱大", "M", "2026-03-10", "周敏", M_ZHOU, V1),
            birth(4, null, "钱二", "F", "2026-03-10", "周敏", M_ZHOU, V1),
            birth(5, null, "刘洋", "M", "2026-03-12", "张丽", null, V2),
            birth(6, null, "陈晨", "F", "2026-03-15", "单红", null, V1),
            birth(7, "C006", "吴刚", "M", "2026-03-20", "郑洁", M_ZHENG, V2),
            birth(8, null, "何平", "M", "2026-03-21", "陈静", null, V2),
            birth(9, null, "黄一", "F", "2025-03-18", "林娜", M_LIN, V1));

    /** The list: one row for each case, lines from 2 (the header is line 1). */
    static final List<ListedBirth> LIST = List.of(
            row(2, "C001", "王小明", "M", "2026-03-01", "李丽", null, V1),          // certificate
            row(3, null, "赵一", "F", "2026-03-06", "孙芳", M_SUN, null),           // mother_id, a day off
            row(4, null, null, "F", "2026-03-10", "周敏", M_ZHOU, V1),              // twin girl, no child name
            row(5, null, null, "M", "2026-03-10", "周敏", M_ZHOU, V1),              // twin boy
            row(6, null, "刘洋", "M", "2026-03-12", "章丽", null, V2),              // homophone surname 章/张
            row(7, null, "陈辰", "F", "2026-03-15", "善红", null, V1),              // 单 read as shàn; 辰/晨
            row(8, "C006", "吴刚", "F", "2026-03-20", "郑洁", M_ZHENG, V2),         // sex conflict
            row(9, null, "冯乐", "M", "2026-03-22", "冯云", M_FENG, V1),            // missing
            row(10, null, "黄二", "M", "2026-03-18", "林娜", M_LIN, V1));           // same mother, a year on

    static Result result() {
        return Result.of(LIST, REGISTER, Result.window(LIST, null, null));
    }

    static Row at(Result r, int line) {
        return r.rows().stream().filter(x -> x.sourceLine() != null && x.sourceLine() == line).findFirst().orElseThrow();
    }

    @Test
    void eachTierMatchesItsRow() {
        Result r = result();
        assertEquals(Tier.CERTIFICATE, at(r, 2).tier());
        assertEquals(1L, at(r, 2).registerId());
        assertEquals(Status.MATCHED, at(r, 2).status());
        assertEquals(Tier.MOTHER_ID, at(r, 3).tier());
        assertEquals(2L, at(r, 3).registerId());
        assertEquals(Tier.NAME, at(r, 6).tier());
        assertEquals(5L, at(r, 6).registerId());
    }

    @Test
    void aDayOffIsAConflictOnTheDate() {
        Row r = at(result(), 3);
        assertEquals(Status.CONFLICT, r.status());
        assertEquals("birth_date: 2026-03-06≠2026-03-05", r.differences());
    }

    @Test
    void twinsWithoutNamesAreNotCrossed() {
        Result r = result();
        assertEquals(4L, at(r, 4).registerId());
        assertEquals(Status.MATCHED, at(r, 4).status());
        assertEquals(3L, at(r, 5).registerId());
        assertEquals(Status.MATCHED, at(r, 5).status());
    }

    @Test
    void twinsInTheOtherOrderAreNotCrossedEither() {
        List<ListedBirth> twins = List.of(LIST.get(3), LIST.get(2));
        Result r = Result.of(twins, REGISTER, null);
        assertEquals(3L, r.rows().get(0).registerId());
        assertEquals(4L, r.rows().get(1).registerId());
    }

    @Test
    void aTwinOfTheSameNameWinsOverATwinNotYetNamed() {
        // Twin girls, the first registered without a name yet: the list's 李燕琪 is the second one.
        List<RegisteredBirth> twins = List.of(
                birth(1, null, null, "F", "2026-09-29", "王颖", M_LIN, V1),
                birth(2, null, "李燕琪", "F", "2026-09-29", "王颖", M_LIN, V1));
        List<ListedBirth> list = List.of(row(2, null, "李燕琪", "F", "2026-09-29", "王颖", M_LIN, V1));
        Result r = Result.of(list, twins, Result.window(list, null, null));
        assertEquals(Tier.MOTHER_ID, r.rows().get(0).tier());
        assertEquals(2L, r.rows().get(0).registerId(), "the closest child name, not the first entered");
        assertEquals(Status.UNLISTED, r.rows().get(1).status());
        assertEquals(1L, r.rows().get(1).registerId());
    }

    @Test
    void aCharacterOutsideTheBasicPlaneIsReadToo() {
        // The register has 𠮷 (U+20BB7), the hospital's system typed 吉: the same name said aloud.
        List<RegisteredBirth> register = List.of(birth(1, null, "许诺", "M", "2026-10-15", "𠮷丽", null, V1));
        List<ListedBirth> list = List.of(row(2, null, "许诺", "M", "2026-10-15", "吉丽", null, V1));
        Row r = Result.of(list, register, null).rows().get(0);
        assertEquals(Tier.NAME, r.tier());
        assertEquals(1L, r.registerId());
    }

    @Test
    void homophoneSurnameMatchesByName() {
        Row r = at(result(), 6);
        assertEquals(Status.MATCHED, r.status());
        assertEquals("章丽", r.motherName(), "a row of the list shows the list's values");
    }

    @Test
    void polyphonicSurnameIsReadAsASurname() {
        Row r = at(result(), 7);
        assertEquals(Tier.NAME, r.tier());
        assertEquals(6L, r.registerId());
    }

    @Test
    void sexConflictNamesListValueFirst() {
        Row r = at(result(), 8);
        assertEquals(Status.CONFLICT, r.status());
        assertEquals(Tier.CERTIFICATE, r.tier());
        assertEquals("child_sex: F≠M", r.differences());
    }

    @Test
    void bothDifferencesInSpecOrder() {
        ListedBirth listed = row(2, "C1", "甲", "F", "2026-03-02", "乙", null, null);
        RegisteredBirth registered = birth(1, "C1", "甲", "M", "2026-03-04", "乙", null, V1);
        assertEquals("child_sex: F≠M; birth_date: 2026-03-02≠2026-03-04", Row.differences(listed, registered));
    }

    @Test
    void aBirthNobodyRegisteredIsMissing() {
        Row r = at(result(), 9);
        assertEquals(Status.MISSING, r.status());
        assertNull(r.tier());
        assertNull(r.registerId());
    }

    @Test
    void theSameMotherAYearLaterIsAnotherBirth() {
        Row r = at(result(), 10);
        assertEquals(Status.MISSING, r.status());
        assertTrue(result().rows().stream().noneMatch(x -> Long.valueOf(9).equals(x.registerId())),
                "last year's birth is neither matched nor (outside the window) unlisted");
    }

    @Test
    void aRegisteredBirthInTheWindowThatTheListLacksIsUnlisted() {
        Result r = result();
        List<Row> unlisted = r.rows().stream().filter(x -> x.status() == Status.UNLISTED).toList();
        assertEquals(1, unlisted.size());
        assertEquals(8L, unlisted.get(0).registerId());
        assertEquals("何平", unlisted.get(0).childName(), "an unlisted row shows the register's values");
        assertNull(unlisted.get(0).sourceLine());
        assertEquals(unlisted.get(0), r.rows().get(r.rows().size() - 1), "unlisted rows come after the list's");
    }

    @Test
    void theWindowDecidesWhatIsUnlistedButNotWhatMatches() {
        DateRange wide = new DateRange(LocalDate.parse("2025-01-01"), LocalDate.parse("2026-12-31"));
        Result r = Result.of(LIST, REGISTER, wide);
        assertEquals(List.of(8L, 9L), r.rows().stream().filter(x -> x.status() == Status.UNLISTED)
                .map(Row::registerId).toList());
        DateRange narrow = new DateRange(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-02"));
        Result n = Result.of(LIST, REGISTER, narrow);
        assertEquals(Status.MATCHED, at(n, 6).status(), "a birth outside the window still matches");
        assertTrue(n.rows().stream().noneMatch(x -> x.status() == Status.UNLISTED));
    }

    @Test
    void rowsKeepTheListsOrder() {
        List<Integer> lines = new ArrayList<>();
        result().rows().forEach(x -> lines.add(x.sourceLine()));
        assertEquals(java.util.Arrays.asList(2, 3, 4, 5, 6, 7, 8, 9, 10, null), lines);
    }

    @Test
    void oneToOneTheBestPairFirst() {
        // Two rows of the list name the same birth: the closer date takes it, the other is missing.
        List<ListedBirth> list = List.of(
                row(2, null, "刘洋", "M", "2026-03-14", "张丽", null, V2),
                row(3, null, "刘洋", "M", "2026-03-12", "张丽", null, V2));
        Result r = Result.of(list, REGISTER, null);
        assertEquals(Status.MISSING, r.rows().get(0).status());
        assertEquals(5L, r.rows().get(1).registerId());
        // And one row never takes two births.
        List<RegisteredBirth> two = List.of(REGISTER.get(4), birth(20, null, "刘洋", "M", "2026-03-13", "张丽", null, V2));
        Result t = Result.of(List.of(list.get(1)), two, Result.window(List.of(list.get(1)), null, LocalDate.parse("2026-03-31")));
        assertEquals(5L, t.rows().get(0).registerId());
        assertEquals(Status.UNLISTED, t.rows().get(1).status());
        assertEquals(20L, t.rows().get(1).registerId());
    }

    @Test
    void aBetterTierWinsOverACloserDate() {
        List<ListedBirth> list = List.of(row(2, "C9", "刘洋", "M", "2026-03-12", "张丽", null, V2));
        List<RegisteredBirth> register = List.of(
                birth(1, null, "刘洋", "M", "2026-03-12", "张丽", null, V2),
                birth(2, "C9", "刘洋", "M", "2026-01-01", "张丽", null, V2));
        Result r = Result.of(list, register, null);
        assertEquals(2L, r.rows().get(0).registerId());
        assertEquals(Tier.CERTIFICATE, r.rows().get(0).tier());
    }

    @Test
    void namesMustAlsoBeOfTheSameLengthAndVillage() {
        ListedBirth longer = row(2, null, "刘洋", "M", "2026-03-12", "张丽丽", null, V2);
        ListedBirth elsewhere = row(3, null, "刘洋", "M", "2026-03-12", "张丽", null, V1);
        ListedBirth otherName = row(4, null, "刘洋", "M", "2026-03-12", "王芳", null, V2);
        ListedBirth fourDays = row(5, null, "刘洋", "M", "2026-03-16", "张丽", null, V2);
        for (ListedBirth l : List.of(longer, elsewhere, otherName, fourDays)) {
            assertEquals(Status.MISSING, Result.of(List.of(l), REGISTER, null).rows().get(0).status(), l.toString());
        }
        ListedBirth noVillage = row(6, null, "刘洋", "M", "2026-03-15", "张丽", null, null);
        assertEquals(5L, Result.of(List.of(noVillage), REGISTER, null).rows().get(0).registerId());
    }

    @Test
    void withinAScopeAnUnmatchedRowOfAnotherVillageOrOfNoneIsLeftOutNotMissing() {
        // A clerk of V1: the register holds V1's births only, a row is "ours" when it names V1.
        List<RegisteredBirth> v1 = REGISTER.stream().filter(b -> b.areaCode().equals(V1)).toList();
        ListedBirth elsewhereButOurs = row(11, "C001", "王小明", "M", "2026-03-01", "李丽", null, V2);
        ListedBirth nowhere = row(12, null, "孔明", "M", "2026-03-02", "孔母", null, null);
        List<ListedBirth> list = new java.util.ArrayList<>(LIST.subList(1, LIST.size()));
        list.add(elsewhereButOurs);
        list.add(nowhere);
        Result r = Result.of(list, v1, Result.window(list, null, null), V1::equals);
        assertEquals(3, r.leftOut(), "lines 6 and 8 (V2, their births not read) and 12 (no village, no match)");
        assertEquals(List.of(3, 4, 5, 7, 9, 10, 11), r.rows().stream().map(Row::sourceLine).toList());
        assertEquals(1L, at(r, 11).registerId(), "a row naming another village that matches a birth of ours stays");
        assertEquals(Status.MISSING, at(r, 9).status());
        Summary.Line total = Summary.total(r.rows());
        assertEquals(List.of(7, 2), List.of(total.onList(), total.missing()));
        assertEquals(0, result().leftOut(), "without a scope nothing is left out");
        assertEquals(Status.MISSING, at(Result.of(list, v1, null, v -> true), 12).status());
    }

    @Test
    void summaryPerVillageAndTotal() {
        Result r = result();
        List<Summary.Line> lines = Summary.of(r.rows(), Map.of(V1, "一村", V2, "二村")::get);
        assertEquals(3, lines.size());
        Summary.Line v1 = lines.get(0);
        assertEquals(V1, v1.areaCode());
        assertEquals("一村", v1.areaName());
        // V1: rows 2, 3 (village from the register), 4, 5, 7, 9, 10: 7 on the list, 2 missing.
        assertEquals(7, v1.onList());
        assertEquals(4, v1.matched());
        assertEquals(1, v1.conflicts());
        assertEquals(2, v1.missing());
        assertEquals(new BigDecimal("71.43"), v1.completeness());
        Summary.Line total = lines.get(2);
        assertTrue(total.total());
        assertEquals(9, total.onList());
        assertEquals(1, total.unlisted());
        assertEquals(new BigDecimal("77.78"), total.completeness());
    }

    @Test
    void completenessRoundsHalfAwayFromZero() {
        // 7 of 8 is 87.5 % exactly: 1 decimal would be 87.5, 2 decimals 87.50; 1 of 16 is 6.25 %, 1 of 32 3.125 → 3.13.
        assertEquals(new BigDecimal("3.13"), new Summary.Line("x", null, 32, 1, 0, 31, 0).completeness());
        assertNull(new Summary.Line("x", null, 0, 0, 0, 0, 3).completeness());
    }
}
