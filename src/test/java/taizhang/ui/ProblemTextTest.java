package taizhang.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import taizhang.domain.Language;
import taizhang.domain.Problem;
import taizhang.domain.Register;
import taizhang.domain.Validation;
import taizhang.testing.GeneratedFacts;

class ProblemTextTest {

    private static String zh(String message) {
        return ProblemText.of(message, Language.ZH);
    }

    @Test
    void theRulesMessagesReadInChinese() {
        assertEquals("必填", zh("is required"));
        assertEquals("不是有效的身份证号:校验码是 4,应为 X", zh("is not a valid ID number: check character is 4 but should be X"));
        assertEquals("表明母亲生育时 13 岁,请核实", zh("makes the mother 13 at the birth: please check"));
        assertEquals("something new", zh("something new"), "a message without a line is shown as it is");
        assertEquals("is required", ProblemText.of("is required", Language.EN));
    }

    /** Every message the checks of one bad record produce has its Chinese line. */
    @Test
    void messagesOfRealChecksAreAllTranslated() {
        GeneratedFacts facts = new GeneratedFacts(LocalDate.of(2026, 11, 20)); // an office with nothing in it
        List<Problem> problems = Validation.check(Register.BIRTHS, java.util.Map.of(
                "child_sex", "X", "birth_date", "2026-02-30", "birth_order", "-1", "mother_id_number", "12345",
                "registered_on", "2030-01-01", "area_code", "123"), facts).problems();
        for (Problem p : problems) {
            String zh = zh(p.message());
            assertEquals(false, zh.equals(p.message()), "no Chinese for: " + p.message());
        }
    }
}
