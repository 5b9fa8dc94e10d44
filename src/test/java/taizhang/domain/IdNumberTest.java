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

    /** Numbers printed as examples (GB 11643's own, the encyclopaedias'), checked against their stated person. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
        "11010519491231002X, 1949-12-31, F",
        "440524188001010014, 1880-01-01, M",
        "11010119900307803X, 1990-03-07, M",
        "110101199003074477, 1990-03-07, M"})
    void publishedNumbersCheck(String number, LocalDate born, Sex sex) throws Exception {
        IdNumber id = IdNumber.parse(number, TODAY);
        assertEquals(number, id.value());
        assertEquals(born, id.birthDate());
        assertEquals(sex, id.sex());
        assertEquals(number.charAt(17), IdNumber.checkCharacter(number.substring(0, 17)));
    }

    /**
     * MOD 11-2 catches every single-character mistake: each weight is prime to 11, so no change
     * of one digit leaves the sum's remainder as it was. Every one-character change of a valid
     * number, at each of its 18 places, is refused.
     */
    @Test
    void everyOneCharacterChangeIsRefused() throws Exception {
        java.util.List<String> valid = new java.util.ArrayList<>(java.util.List.of("11010519491231002X",
                "440524188001010014", "11010119900307803X", "110101199003074477"));
        java.util.Random random = new java.util.Random(11643);
        for (int n = 0; n < 40; n++) {
            LocalDate born = LocalDate.of(1900, 1, 1).plusDays(random.nextInt(45_000));
            String body = String.format(java.util.Locale.ROOT, "%06d%s%03d", 110000 + random.nextInt(550000),
                    born.toString().replace("-", ""), random.nextInt(1000));
            valid.add(body + IdNumber.checkCharacter(body));
        }
        int refused = 0;
        for (String number : valid) {
            IdNumber.parse(number, TODAY);                       // valid as it is
            for (int place = 0; place < 18; place++) {
                for (char c : "0123456789X".toCharArray()) {
                    if (c == number.charAt(place) || c == 'X' && place < 17) {
                        continue;
                    }
                    String changed = number.substring(0, place) + c + number.substring(place + 1);
                    assertThrows(Invalid.class, () -> IdNumber.parse(changed, TODAY), changed);
                    refused++;
                }
            }
        }
        assertEquals(valid.size() * (17 * 9 + 10), refused);
    }

    @Test
    void publishedFifteenDigitNumbersBecomeTheirEighteenDigitForm() throws Exception {
        assertEquals("130503196704010016", IdNumber.parse("130503670401001", TODAY).value());
        assertEquals("320311197707060018", IdNumber.parse("320311770706001", TODAY).value());
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
        assertEquals("1101054912", IdNumber.masked("1101054912"), "what is not 18 characters is shown as it is");
        assertEquals("", IdNumber.masked(null));
    }

    @Test
    void theLastCharacterIsAnAsciiDigitOrX() throws Exception {
        for (String last : new String[] {"\u0663", "Y", "-"}) {            // ٣, an Arabic-Indic three
            var e = assertThrows(Invalid.class, () -> IdNumber.parse("11010519491231002" + last, TODAY), last);
            assertEquals(Problem.Code.ID_LAST_CHARACTER, e.code(), last);
        }
        assertEquals("440524188001010014", IdNumber.parse("440524188001010014", TODAY).toString());
    }

    @Test
    void birthsFrom1850AreAccepted() throws Exception {
        assertEquals(LocalDate.of(1850, 1, 1), IdNumber.parse(Ids.id("18500101", 1), TODAY).birthDate());
        var e = assertThrows(Invalid.class, () -> IdNumber.parse(Ids.id("18491231", 1), TODAY));
        assertEquals(Problem.Code.ID_BIRTH_TOO_EARLY, e.code());
        assertEquals(TODAY, IdNumber.parse(Ids.id("20261123", 1), TODAY).birthDate(), "born today");
    }
}
