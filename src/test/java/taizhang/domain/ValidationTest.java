package taizhang.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import taizhang.testing.GeneratedFacts;
import taizhang.testing.Ids;

/** The rules of SPEC 4 on their own, field by field and record by record, in microseconds. */
class ValidationTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final String VILLAGE = "990101101201";
    static final String TOWNSHIP = "990101101";
    /** A woman born 1990-03-04 and a man born 1988-07-01. */
    static final String WOMAN = Ids.id("19900304", 2);
    static final String MAN = Ids.id("19880701", 3);

    GeneratedFacts facts;

    @BeforeEach
    void office() {
        facts = new GeneratedFacts(TODAY);
        facts.add(Entry.of(Register.AREAS, "code", "990101", "name", "县"));
        facts.add(Entry.of(Register.AREAS, "code", TOWNSHIP, "name", "镇", "parent_code", "990101"));
        facts.add(Entry.of(Register.AREAS, "code", VILLAGE, "name", "村", "parent_code", TOWNSHIP));
        facts.add(Entry.of(Register.SCHEMES, "code", "childcare", "name", "育儿补贴"));
    }

    /** The problems of one field with this text; none when it passes. */
    private List<Problem> field(Register r, String key, String text) {
        return Validation.checkField(r.field(key), text, facts);
    }

    private boolean passes(Register r, String key, String text) {
        return field(r, key, text).isEmpty();
    }

    private Object value(Register r, String key, String text) {
        List<Problem> problems = new java.util.ArrayList<>();
        Object v = Validation.read(r.field(key), text, facts, problems);
        assertEquals(List.of(), problems, key + " " + text);
        return v;
    }

    private static Map<String, String> row(String... keysAndValues) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    /** The fields a record's problems name, errors and warnings apart. */
    private static List<String> errors(Validation.Result r) {
        return r.errors().stream().map(Problem::field).toList();
    }

    private static List<String> warnings(Validation.Result r) {
        return r.warnings().stream().map(Problem::field).toList();
    }

    // One field at a time.

    @Test
    void aRequiredFieldMustHoldSomethingAnOptionalOneMayNot() {
        List<Problem> p = field(Register.PERSONS, "name", "  ");
        assertEquals(1, p.size());
        assertEquals("name", p.get(0).field());
        assertFalse(p.get(0).warning());
        assertTrue(passes(Register.PERSONS, "phone", ""));
        assertNull(value(Register.PERSONS, "phone", ""));
        assertNull(value(Register.PERSONS, "phone", null), "null is empty too");
    }

    @Test
    void namesAndTextsHaveTheirLengthsCountedByCodePoint() {
        assertTrue(passes(Register.PERSONS, "name", "𠮷".repeat(Validation.MAX_NAME)));
        assertFalse(passes(Register.PERSONS, "name", "𠮷".repeat(Validation.MAX_NAME + 1)));
        assertTrue(passes(Register.VISITS, "notes", "字".repeat(Validation.MAX_TEXT)));
        assertFalse(passes(Register.VISITS, "notes", "字".repeat(Validation.MAX_TEXT + 1)));
        assertEquals("张三", value(Register.PERSONS, "name", "  张三 "), "trimmed");
    }

    @Test
    void lineBreaksAreAllowedInNotesButNotInNames() {
        assertTrue(passes(Register.VISITS, "notes", "家中无人\n电话联系"));
        assertFalse(passes(Register.PERSONS, "name", "张\n三"));
        assertFalse(passes(Register.VISITS, "notes", "a\u001b[2Jb"), "an escape is refused everywhere");
    }

    @Test
    void anIdNumberIsCheckedAndNormalised() {
        assertEquals("11010519491231002X", value(Register.PERSONS, "id_number", "11010519491231002x"));
        List<Problem> p = field(Register.PERSONS, "id_number", "110105194912310021");
        assertEquals(1, p.size());
        assertEquals("id_number", p.get(0).field());
    }

    @Test
    void aDateIsRealNotAfterTodayAndNotBefore1850() {
        assertEquals(LocalDate.of(2026, 3, 4), value(Register.PERSONS, "birth_date", "2026/3/4"));
        assertEquals(TODAY, value(Register.PERSONS, "birth_date", TODAY.toString()), "today is fine");
        assertFalse(passes(Register.PERSONS, "birth_date", TODAY.plusDays(1).toString()));
        assertEquals(LocalDate.of(1850, 1, 1), value(Register.PERSONS, "birth_date", "1850-01-01"));
        assertFalse(passes(Register.PERSONS, "birth_date", "1849-12-31"));
        assertFalse(passes(Register.PERSONS, "birth_date", "2026-02-30"));
    }

    @Test
    void monthsMoneyAndCounts() {
        assertEquals(YearMonth.of(2026, 3), value(Register.BENEFITS, "month", "2026-03"));
        assertFalse(passes(Register.BENEFITS, "month", "2026-13"));
        assertEquals(30000L, value(Register.BENEFITS, "amount_due", "300"));
        assertFalse(passes(Register.BENEFITS, "amount_due", "1.234"));
        assertFalse(passes(Register.BENEFITS, "amount_due", "-1"));
        assertEquals(0, value(Register.BIRTHS, "birth_order", "0"));
        assertEquals(123456789, value(Register.POPULATION, "population", "123456789"), "nine digits");
        assertFalse(passes(Register.POPULATION, "population", "1234567890"), "ten are too many");
        assertFalse(passes(Register.POPULATION, "population", "-1"));
        assertFalse(passes(Register.POPULATION, "population", "1.5"));
    }

    @Test
    void aChoiceIsItsCodeInAnyCaseOrItsChineseLabel() {
        assertEquals("F", value(Register.PERSONS, "sex", "f"));
        assertEquals("F", value(Register.PERSONS, "sex", "女"));
        assertEquals("resident", value(Register.PERSONS, "residence", "户籍常住"));
        List<Problem> p = field(Register.PERSONS, "sex", "female");
        assertEquals(1, p.size(), "the English label is not a code");
        assertEquals(Problem.Code.NOT_A_CHOICE, p.get(0).code());
        String allowed = String.valueOf(p.get(0).args().get(0));
        assertTrue(allowed.contains("M 男") && allowed.contains("F 女"), allowed);
    }

    @Test
    void aVillageMustBeAVillageOfTheRegister() {
        assertEquals(VILLAGE, value(Register.PERSONS, "area_code", VILLAGE));
        List<Problem> township = field(Register.PERSONS, "area_code", TOWNSHIP);
        List<Problem> nowhere = field(Register.PERSONS, "area_code", "990101101299");
        assertEquals(1, township.size());
        assertEquals(1, nowhere.size());
        assertEquals(Problem.Code.NOT_A_VILLAGE, township.get(0).code());
        assertEquals(Problem.Code.NOT_A_KNOWN_VILLAGE, nowhere.get(0).code(),
                "a township is told apart from a code that is nowhere");
    }

    @Test
    void areaCodesSchemesCodesAndPhones() {
        for (String code : new String[] {"990101", TOWNSHIP, VILLAGE}) {
            assertTrue(passes(Register.AREAS, "code", code), code);
        }
        for (String code : new String[] {"9901011", "99010", "99010110120A", "9901011012011"}) {
            assertFalse(passes(Register.AREAS, "code", code), code);
        }
        assertTrue(passes(Register.BENEFITS, "scheme", "childcare"));
        assertFalse(passes(Register.BENEFITS, "scheme", "nursery"));
        assertTrue(passes(Register.SCHEMES, "code", "child_care_2"));
        assertTrue(passes(Register.SCHEMES, "code", "a".repeat(32)));
        assertFalse(passes(Register.SCHEMES, "code", "a".repeat(33)));
        assertFalse(passes(Register.SCHEMES, "code", "Child"));
        assertTrue(passes(Register.PERSONS, "phone", "+86 (10) 1380-0138"));
        assertTrue(passes(Register.PERSONS, "phone", "123"));
        assertFalse(passes(Register.PERSONS, "phone", "12"));
        assertTrue(passes(Register.PERSONS, "phone", "1".repeat(20)));
        assertFalse(passes(Register.PERSONS, "phone", "1".repeat(21)));
        assertFalse(passes(Register.PERSONS, "phone", "call me"));
        assertEquals(TOWNSHIP, value(Register.AREAS, "code", TOWNSHIP), "each kind of code is kept as written");
        assertEquals("childcare", value(Register.BENEFITS, "scheme", "childcare"));
        assertEquals("child_care_2", value(Register.SCHEMES, "code", "child_care_2"));
        assertEquals("+86 (10) 1380-0138", value(Register.PERSONS, "phone", " +86 (10) 1380-0138 "));
    }

    // A whole record.

    private Validation.Result person(String... more) {
        Map<String, String> r = row("name", "王芳", "sex", "F", "birth_date", "1990-03-04", "area_code", VILLAGE,
                "residence", "resident");
        r.putAll(row(more));
        return Validation.check(Register.PERSONS, r, facts);
    }

    @Test
    void aGoodRecordComesBackAsAnEntryAndMissingKeysAreEmpty() {
        Validation.Result r = person("id_number", WOMAN);
        assertTrue(r.ok());
        assertEquals(List.of(), r.problems());
        assertEquals(WOMAN, r.entry().text("id_number"));
        assertEquals(LocalDate.of(1990, 3, 4), r.entry().date("birth_date"));
        assertNull(r.entry().get("phone"));
    }

    @Test
    void aRecordWithAnErrorHasNoEntryAndEveryFieldIsStillChecked() {
        Validation.Result r = person("sex", "X", "birth_date", "2030-01-01");
        assertFalse(r.ok());
        assertNull(r.entry());
        assertEquals(List.of("sex", "birth_date"), errors(r));
        assertEquals(List.of(), r.warnings());
    }

    @Test
    void aPersonsSexAndBirthDateMustAgreeWithTheIdNumber() {
        Validation.Result r = person("id_number", WOMAN, "sex", "M", "birth_date", "1990-03-05");
        assertEquals(List.of("sex", "birth_date"), errors(r));
        assertTrue(person("id_number", WOMAN).ok());
    }

    @Test
    void aDeathDateBeforeBirthIsRefused() {
        assertEquals(List.of("died_on"), errors(person("died_on", "1990-03-03")));
        assertTrue(person("died_on", "1990-03-04").ok(), "the same day is possible");
    }

    @Test
    void anIdNumberBelongsToOneLivingPerson() {
        facts.add(Entry.of(Register.PERSONS, "id_number", WOMAN, "name", "王芳", "sex", "F",
                "birth_date", LocalDate.of(1990, 3, 4), "area_code", VILLAGE, "residence", "resident"));
        assertEquals(List.of("id_number"), errors(person("id_number", WOMAN)));
        assertTrue(person("id_number", WOMAN, "died_on", "2026-01-01").ok(), "a dead person may share it");
        Entry living = Entry.of(Register.PERSONS, "id_number", WOMAN, "name", "王芳", "sex", "F",
                "birth_date", LocalDate.of(1990, 3, 4), "area_code", VILLAGE, "residence", "resident");
        assertTrue(Validation.check(Register.PERSONS, living.raw(), facts.besides(living)).ok(),
                "a record being changed is not another person");
    }

    @Test
    void anEventIsNotAfterItsRegistration() {
        Map<String, String> death = row("name", "李四", "sex", "M", "death_date", "2026-10-02", "area_code", VILLAGE,
                "registered_on", "2026-10-01");
        assertEquals(List.of("death_date"), errors(Validation.check(Register.DEATHS, death, facts)));
        death.put("registered_on", "2026-10-02");
        assertTrue(Validation.check(Register.DEATHS, death, facts).ok(), "the same day");
    }

    private Validation.Result birth(String... more) {
        Map<String, String> r = row("child_name", "宝宝", "child_sex", "M", "birth_date", "2026-10-05",
                "birth_order", "1", "mother_name", "王芳", "area_code", VILLAGE, "registered_on", "2026-10-06");
        r.putAll(row(more));
        return Validation.check(Register.BIRTHS, r, facts);
    }

    /** A mother's ID number that makes her {@code age} on 2026-10-05. */
    private static String motherAged(int age) {
        return Ids.id(String.format(java.util.Locale.ROOT, "%04d0601", 2026 - age), 2);
    }

    @Test
    void aMothersAgeIsPossibleFrom12To60AndUnusualAtTheEdges() {
        assertEquals(List.of("mother_id_number"), errors(birth("mother_id_number", motherAged(11))));
        for (int age : new int[] {12, 14, 50, 60}) {
            Validation.Result r = birth("mother_id_number", motherAged(age));
            assertTrue(r.ok(), "a warning does not stop it: " + age);
            assertNotNull(r.entry(), "an entry with warnings only");
            assertEquals(List.of("mother_id_number"), warnings(r), "aged " + age);
        }
        for (int age : new int[] {15, 30, 49}) {
            assertEquals(List.of(), birth("mother_id_number", motherAged(age)).problems(), "aged " + age);
        }
        assertEquals(List.of("mother_id_number"), errors(birth("mother_id_number", motherAged(61))));
    }

    @Test
    void aBirthOrderIsFrom1To20() {
        assertEquals(List.of("birth_order"), errors(birth("birth_order", "0")));
        assertTrue(birth("birth_order", "20").ok());
        assertEquals(List.of("birth_order"), errors(birth("birth_order", "21")));
    }

    @Test
    void parentsIdNumbersMustBeAWomansAndAMans() {
        assertEquals(List.of("mother_id_number"), errors(birth("mother_id_number", MAN)));
        assertEquals(List.of("father_id_number"), errors(birth("father_id_number", WOMAN)));
        assertEquals(List.of(), birth("father_id_number", MAN).problems());
    }

    @Test
    void aParentsIdNumberOfTheWrongSexSaysWhoseItIsAndQuotesItAsWritten() {
        Validation.Result r = birth("mother_id_number", " " + MAN + " ", "father_id_number", WOMAN);
        assertEquals(List.of(Problem.Code.ID_OF_A_MAN, Problem.Code.ID_OF_A_WOMAN),
                r.errors().stream().map(Problem::code).toList());
        assertEquals(List.of(MAN, WOMAN), r.errors().stream().map(Problem::value).toList(),
                "the value as written, without the spaces around it");
        assertEquals(List.of(), r.warnings());
        assertFalse(r.ok());
    }

    @Test
    void errorsAndWarningsAreToldApart() {
        Validation.Result r = birth("mother_id_number", motherAged(50));
        assertTrue(r.ok(), r.problems().toString());
        assertEquals(1, r.problems().size());
        assertEquals(List.of(), r.errors(), "a warning is no error");
        assertEquals(r.problems(), r.warnings());
    }

    @Test
    void aDuplicateBirthWithoutAChildNameNamesAnEmptyValue() {
        facts.add(birth("mother_id_number", motherAged(30), "child_name", "").entry());
        Validation.Result again = birth("mother_id_number", motherAged(30), "child_name", "");
        assertEquals(List.of(Problem.Code.DUPLICATE_BIRTH), again.errors().stream().map(Problem::code).toList());
        assertEquals("", again.errors().get(0).value());
    }

    @Test
    void theSameBirthTwiceIsADuplicate() {
        Validation.Result first = birth("mother_id_number", motherAged(30));
        facts.add(first.entry());
        assertEquals(List.of("child_name"), errors(birth("mother_id_number", motherAged(30))));
        assertTrue(birth("mother_id_number", motherAged(30), "child_name", "二宝").ok(), "a twin has another name");
        assertTrue(birth("mother_id_number", motherAged(30), "child_sex", "F").ok());
        assertTrue(Validation.check(Register.BIRTHS, first.entry().raw(), facts.besides(first.entry())).ok(),
                "a birth being changed does not duplicate itself");
    }

    private Validation.Result death(String... more) {
        Map<String, String> r = row("name", "王芳", "sex", "F", "death_date", "2026-10-01", "area_code", VILLAGE,
                "registered_on", "2026-10-02");
        r.putAll(row(more));
        return Validation.check(Register.DEATHS, r, facts);
    }

    @Test
    void aDeathAgreesWithItsIdNumberAndThePersonsDeathDate() {
        assertEquals(List.of(), death("id_number", WOMAN).problems());
        assertEquals(List.of("sex"), errors(death("id_number", MAN)));
        assertEquals(List.of("death_date"), errors(death("id_number", WOMAN, "death_date", "1990-03-03",
                "registered_on", "1990-03-04")), "before the birth inside the ID number");
        facts.add(Entry.of(Register.PERSONS, "id_number", WOMAN, "name", "王芳", "sex", "F",
                "birth_date", LocalDate.of(1990, 3, 4), "area_code", VILLAGE, "residence", "resident",
                "died_on", LocalDate.of(2026, 9, 30)));
        assertEquals(List.of("death_date"), errors(death("id_number", WOMAN)), "the register says another day");
        assertEquals(List.of(), death("id_number", WOMAN, "death_date", "2026-09-30").problems(), "the same day");
        Entry recorded = death("id_number", WOMAN, "death_date", "2026-09-30").entry();
        facts.add(Entry.of(Register.PERSONS, "id_number", MAN, "name", "李四", "sex", "M",
                "birth_date", LocalDate.of(1988, 7, 1), "area_code", VILLAGE, "residence", "resident",
                "died_on", LocalDate.of(2026, 9, 30)));
        assertTrue(Validation.check(Register.DEATHS, recorded.with("death_date", LocalDate.of(2026, 10, 1)).raw(),
                facts.besides(recorded)).ok(), "correcting the death that set the person's date");
    }

    @Test
    void aMarriagesWomanAndManHaveTheirOwnIdNumbers() {
        Map<String, String> r = row("woman_name", "王芳", "man_name", "李四", "marriage_date", "2026-05-01",
                "first_marriage_woman", "Y", "area_code", VILLAGE, "registered_on", "2026-05-01",
                "woman_id_number", MAN, "man_id_number", WOMAN);
        assertEquals(List.of("woman_id_number", "man_id_number"), errors(Validation.check(Register.MARRIAGES, r, facts)));
        r.put("woman_id_number", WOMAN);
        r.put("man_id_number", MAN);
        assertTrue(Validation.check(Register.MARRIAGES, r, facts).ok());
    }

    @Test
    void aMoveAgreesWithItsIdNumber() {
        Map<String, String> r = row("id_number", WOMAN, "name", "王芳", "sex", "F", "birth_date", "1990-03-05",
                "direction", "in", "move_date", "2026-05-01", "area_code", VILLAGE, "registered_on", "2026-05-02");
        assertEquals(List.of("birth_date"), errors(Validation.check(Register.MIGRATIONS, r, facts)));
        r.remove("birth_date");
        assertTrue(Validation.check(Register.MIGRATIONS, r, facts).ok(), "an unknown birth date is allowed");
    }

    @Test
    void anAreaHangsUnderAnAreaOneLevelUpAndThereIsOneRoot() {
        Map<String, String> village = row("code", "990101101202", "name", "新村", "parent_code", TOWNSHIP);
        assertTrue(Validation.check(Register.AREAS, village, facts).ok());
        village.put("parent_code", "990101");
        assertEquals(List.of("parent_code"), errors(Validation.check(Register.AREAS, village, facts)), "two levels up");
        village.put("parent_code", "990101102");
        assertEquals(List.of("parent_code"), errors(Validation.check(Register.AREAS, village, facts)), "not there");
        assertEquals(List.of("parent_code"), errors(Validation.check(Register.AREAS, row("code", "990102",
                "name", "另一县"), facts)), "a second root");
        assertTrue(Validation.check(Register.AREAS, row("code", "990101", "name", "示范县"), facts).ok(),
                "the root itself, again");
        assertTrue(Validation.check(Register.AREAS, row("code", "990102", "name", "县"), new GeneratedFacts(TODAY))
                .ok(), "the first root of an empty office");
    }

    @Test
    void anAreaCodeBeginsWithItsParentsCode() {
        // A statistical area code holds its parents' codes (6 + 3 + 3 digits), and scopes and
        // reports rely on it: a village 990102101201 under 990101101 would count in the township's
        // total yet fall outside the township clerk's scope.
        Map<String, String> village = row("code", "990102101201", "name", "错村", "parent_code", TOWNSHIP);
        Validation.Result r = Validation.check(Register.AREAS, village, facts);
        assertEquals(List.of("code"), errors(r));
        assertEquals(Problem.Code.NOT_UNDER_PARENT, r.errors().get(0).code());
        Map<String, String> township = row("code", "990102102", "name", "错乡", "parent_code", "990101");
        assertEquals(List.of("code"), errors(Validation.check(Register.AREAS, township, facts)));
    }
}
