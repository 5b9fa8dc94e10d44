package taizhang.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import taizhang.testing.Ids;

class IdNumberTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void validNumberGivesBirthDateAndSex() throws Exception {
        IdNumber id = IdNumber.parse(Ids.id("19900101", 2), TODAY);
        assertEquals(LocalDate.of(1990, 1, 1), id.birthDate());
        assertEquals(Sex.F, id.sex());
        assertEquals(Sex.M, IdNumber.parse(Ids.id("19900101", 3), TODAY).sex());
    }

    @Test
    void knownPublishedExampleChecks() throws Exception {
        // The GB 11643 worked example: 11010519491231002X.
        assertEquals("11010519491231002X", IdNumber.parse("11010519491231002X", TODAY).value());
    }

    @Test
    void wrongCheckCharacterIsRefusedNamingTheRightOne() {
        var e = assertThrows(Invalid.class, () -> IdNumber.parse("110105194912310021", TODAY));
        assertEquals(Problem.Code.ID_CHECK_CHARACTER, e.code());
        assertEquals(java.util.List.of("1", "X"), e.args(), "the check character found, and the right one");
    }

    @Test
    void lowercaseXAndFullWidthDigitsAreNormalised() throws Exception {
        assertEquals("11010519491231002X", IdNumber.parse("11010519491231002x", TODAY).value());
        assertEquals("11010519491231002X", IdNumber.parse("１１０１０５１９４９１２３１００２Ｘ", TODAY).value());
    }

    @Test
    void impossibleEmbeddedDateIsRefused() {
        String body = "99010119900230001";
        var e = assertThrows(Invalid.class, () -> IdNumber.parse(body + Ids.check(body), TODAY));
        assertEquals(Problem.Code.ID_BIRTH_NOT_A_DATE, e.code());
    }

    @Test
    void futureEmbeddedDateIsRefused() {
        var e = assertThrows(Invalid.class, () -> IdNumber.parse(Ids.id("20261124", 1), TODAY));
        assertEquals(Problem.Code.ID_BIRTH_IN_FUTURE, e.code());
    }

    @Test
    void fifteenDigitNumberBecomesEighteen() throws Exception {
        // 110105491231002 is the first-generation form of 11010519491231002X.
        IdNumber id = IdNumber.parse("110105491231002", TODAY);
        assertEquals("11010519491231002X", id.value());
        assertEquals(LocalDate.of(1949, 12, 31), id.birthDate());
        assertEquals(Sex.F, id.sex());
    }

    @Test
    void wrongLengthAndLettersAreRefused() {
        assertThrows(Invalid.class, () -> IdNumber.parse("12345", TODAY));
        assertThrows(Invalid.class, () -> IdNumber.parse("1101051949123100AX", TODAY));
        assertThrows(Invalid.class, () -> IdNumber.parse("11010549123100A", TODAY));
    }

    @Test
    void maskKeepsAreaAndLastFour() {
        assertEquals("110105********002X", IdNumber.masked("11010519491231002X"));
    }
}
