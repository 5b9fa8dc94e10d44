package taizhang.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import taizhang.domain.Language;
import taizhang.domain.Problem;
import taizhang.domain.Register;
import taizhang.domain.Sex;
import taizhang.domain.Validation;
import taizhang.testing.GeneratedFacts;
import taizhang.testing.Placeholders;

class ProblemTextTest {
    private static final ProblemText ZH = ProblemText.of(Language.ZH);
    private static final ProblemText EN = ProblemText.of(Language.EN);

    /** A code without its text in either language fails here, not in front of a clerk. */
    @Test
    void everyCodeHasATextInBothLanguages() {
        List<String> missing = new ArrayList<>();
        for (Problem.Code code : Problem.Code.values()) {
            for (ProblemText text : List.of(EN, ZH)) {
                if (!text.has(code)) {
                    missing.add(text.language() + " " + code);
                }
            }
        }
        for (taizhang.domain.Role.Permission p : taizhang.domain.Role.Permission.values()) {
            for (Language l : Language.values()) {
                if (!Messages.of("problems", l).has("permission." + p.name())) {
                    missing.add(l + " permission." + p.name());
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    /** Both bundles use the same arguments for a code, so neither language drops or invents one. */
    @Test
    void bothLanguagesUseTheSameArguments() {
        Messages en = Messages.of("problems", Language.EN);
        Messages zh = Messages.of("problems", Language.ZH);
        for (Problem.Code code : Problem.Code.values()) {
            assertEquals(Placeholders.of(en.get(code.name())), Placeholders.of(zh.get(code.name())), code.name());
        }
        assertEquals(en.keys(), zh.keys(), "no text in one bundle that the other lacks");
    }


    @Test
    void aProblemReadsInTheInterfaceLanguageWithItsArguments() {
        Problem check = Problem.error("mother_id_number", "11010519491231002Y", Problem.Code.ID_CHECK_CHARACTER, "Y", "X");
        assertEquals("\"11010519491231002Y\" is not a valid ID number: check character is Y but should be X",
                EN.describe(check));
        assertEquals("\"11010519491231002Y\" 不是有效的身份证号：校验码是 Y，应为 X", ZH.describe(check));
        assertEquals("必填", ZH.message(Problem.error("name", "", Problem.Code.REQUIRED)));
        Problem sex = Problem.error("sex", "女", Problem.Code.SEX_DISAGREES_WITH_ID, "990101199001010011", Sex.M);
        assertEquals("\"女\" 与身份证号 990101199001010011 不符（身份证号表明 男）", ZH.describe(sex));
        assertEquals("\"女\" disagrees with ID number 990101199001010011, which says male", EN.describe(sex));
    }

    /** Every problem the checks of one bad record raise reads in Chinese, with nothing left unfilled. */
    @Test
    void problemsOfRealChecksReadInChinese() {
        GeneratedFacts facts = new GeneratedFacts(LocalDate.of(2026, 11, 20)); // an office with nothing in it
        List<Problem> problems = Validation.check(Register.BIRTHS, Map.of(
                "child_sex", "X", "birth_date", "2026-02-30", "birth_order", "-1", "mother_id_number", "12345",
                "registered_on", "2030-01-01", "area_code", "123"), facts).problems();
        assertEquals(7, problems.size(), problems.toString());
        for (Problem p : problems) {
            String zh = ZH.describe(p);
            assertFalse(zh.matches(".*\\{\\d}.*") || zh.matches(".*[a-z]{4,}.*"), "not Chinese: " + zh);
        }
    }

    /** A value from a file is shown with its control characters visible, and cut when long. */
    @Test
    void valuesAreShownSafelyAndCut() {
        Problem p = Problem.error("name", "\u001b]0;owned\u0007\u001b[2J" + "x".repeat(200), Problem.Code.TOO_LONG, 50);
        String shown = EN.describe(p);
        assertFalse(shown.chars().anyMatch(c -> c < 0x20 || c == 0x7F), shown);
        assertTrue(shown.startsWith("\"\\x1b]0;owned\\x07\\x1b[2J"), shown);
        assertTrue(shown.contains("…\" is longer than 50 characters"), shown);
    }

    /** An argument that holds "{1}" is printed as it is, not filled in again. */
    @Test
    void anArgumentIsNeverFilledInAgain() {
        Problem p = Problem.of(Problem.Code.REPEATED_COLUMN, "{0}{1}");
        assertEquals("names the same column as {0}{1}", EN.message(p));
    }
}
