package taizhang.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import taizhang.testing.GeneratedFacts;
import taizhang.testing.Ids;

/** A row of a hospital's or the police's list, checked as an import checks a birth; and names as they sound. */
class ListedBirthTest {
    private static final Facts FACTS = new GeneratedFacts(LocalDate.of(2026, 11, 23));

    @Test
    void aRowIsReadWithItsAliasesAndCanonicalValues() {
        ListedBirth.Checked c = ListedBirth.check(2, Map.of("child_sex", "女", "birth_date", "2026年3月2日",
                "mother_name", " 李红 ", "certificate_no", "C1"), FACTS);
        assertTrue(c.ok(), c.problems().toString());
        assertEquals(new ListedBirth(2, "C1", null, null, "F", LocalDate.of(2026, 3, 2), "李红", null, null, null,
                null), c.birth());
    }

    /** A row of a girl born on 2026-03-03 to 李红, with one more column. */
    private static ListedBirth.Checked girlOf3March(String key, String value) {
        return ListedBirth.check(2, Map.of("child_sex", "F", "birth_date", "2026-03-03", "mother_name", "李红", key, value),
                FACTS);
    }

    @Test
    void theChildsIdNumberMustAgreeWithSexAndBirthDate() {
        String boy = Ids.id("20260302", 11);
        ListedBirth.Checked c = girlOf3March("child_id_number", boy);
        assertNull(c.birth());
        assertEquals(List.of("child_sex", "birth_date"), c.problems().stream().map(Problem::field).toList());
    }

    @Test
    void aMothersIdNumberMustBeAWomans() {
        String man = Ids.id("19900101", 3);
        ListedBirth.Checked c = girlOf3March("mother_id_number", man);
        assertFalse(c.ok());
        assertNull(c.birth());
        assertEquals(List.of(Problem.Code.ID_OF_A_MAN), c.problems().stream().map(Problem::code).toList());
        assertEquals(man, c.problems().get(0).value());
    }

    @Test
    void aMothersAgeOutOfRangeIsAnErrorAndAtFiftyAWarning() {
        ListedBirth.Checked young = ListedBirth.check(2, Map.of("child_sex", "F", "birth_date", "2026-03-03",
                "mother_name", "甲", "mother_id_number", Ids.id("20200101", 2)), FACTS);
        assertNull(young.birth());
        ListedBirth.Checked fifty = ListedBirth.check(2, Map.of("child_sex", "F", "birth_date", "2026-03-03",
                "mother_name", "甲", "mother_id_number", Ids.id("19760101", 2)), FACTS);
        assertTrue(fifty.ok());
        assertTrue(fifty.problems().get(0).warning());
    }

    @Test
    void everyReadingOfAPolyphonicCharacterAndTheSurnameReadings() {
        List<String> dan = Pinyin.spellings("单红", 32);
        assertTrue(dan.containsAll(List.of("danhong", "shanhong")), dan.toString());
        assertEquals(List.of("zhangli"), Pinyin.spellings("章丽", 32));
        assertTrue(Pinyin.spellings("吕𠮷", 32).contains("lvji"), "ü as v; 𠮷 read as its variant 吉 (Unihan)");
        assertEquals(List.of("lv〆"), Pinyin.spellings("吕〆", 32), "a character without a reading stands for itself");
        for (var e : Pinyin.SURNAME_READINGS.entrySet()) {
            String surname = new String(Character.toChars(e.getKey()));
            assertTrue(Pinyin.spellings(surname + "丽", 32).contains(e.getValue().replaceAll("[0-9]", "") + "li"), surname);
        }
        assertEquals(4, Pinyin.spellings("乐乐", 4).size(), "at most the limit");
    }
}
