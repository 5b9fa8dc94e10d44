package taizhang.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The registers' declarations and the small words of the domain: fields, choices, languages, problems. */
class RegisterTest {

    @Test
    void aRegisterIsNamedOnTheCommandLineByItsFileName() {
        assertSame(Register.PERSONS, Register.byName("persons"));
        assertSame(Register.BIRTHS, Register.byName("Births.CSV"));
        assertNull(Register.byName("people"));
        assertEquals("person", Register.PERSONS.table());
        assertEquals("人口", Register.PERSONS.zh());
        assertEquals("人口", Register.PERSONS.label(Language.ZH));
        assertEquals("persons", Register.PERSONS.label(Language.EN));
    }

    @Test
    void fieldsAreFoundByKeyOrByHeader() {
        assertEquals(1, Register.PERSONS.indexOf("name"));
        assertEquals(-1, Register.PERSONS.indexOf("nmae"));
        assertEquals(1, Register.PERSONS.indexOf(new String("name")), "a key not the literal itself: by its text");
        assertEquals(-1, Register.PERSONS.indexOf(null));
        assertEquals("sex", Register.PERSONS.field("sex").key());
        assertThrows(IllegalArgumentException.class, () -> Register.PERSONS.field("gender"));
        assertEquals("id_number", Register.DEATHS.fieldForHeader("身份证号").key(), "the Chinese alias");
        assertEquals("registered_on", Register.DEATHS.fieldForHeader("Registered_On").key(), "any case");
        assertNull(Register.DEATHS.fieldForHeader("born"));
    }

    /** County templates mark required columns; spaces and line breaks in a cell are no part of a name (README). */
    @Test
    void aHeaderIsTheNameWithoutSpacesOrOneRequiredMark() {
        for (String h : new String[] {"*姓名", "姓名*", "＊姓名", "姓名＊", "姓名（必填）", "姓名(必填)", "姓名（选填）",
                "姓名(选填)", "\u3000姓名\u3000", "姓\u3000\u3000名", " 姓 名 ", "姓\u00a0名", "姓\n名", "姓\r\n名", "*name",
                "Name*", " NAME ", "name（必填）"}) {
            assertEquals("name", Register.PERSONS.fieldForHeader(h).key(), h);
        }
        assertEquals("birth_date", Register.PERSONS.fieldForHeader("出生\n日期").key(), "Alt-Enter in Excel");
        for (String h : new String[] {"姓明", "**姓名", "*姓名*", "*姓名（必填）", "姓名（农历）", "姓名（必填", "姓名!",
                "姓名 （备注）", "*", "（必填）", "na me_", "birth date"}) {
            assertNull(Register.PERSONS.fieldForHeader(h), h);
        }
    }

    /** A note in brackets other than a required mark may change what a column holds: said, not taken. */
    @Test
    void aHeaderWithAnotherNoteIsKnownButNotTaken() {
        assertEquals("amount_due", Field.beforeNote(Register.BENEFITS.fields(), "应发金额（万元）").key());
        assertEquals("birth_date", Field.beforeNote(Register.PERSONS.fields(), "出生日期(农历)").key());
        assertNull(Field.beforeNote(Register.PERSONS.fields(), "出生日期（必填）"), "a required mark is taken");
        assertNull(Field.beforeNote(Register.PERSONS.fields(), "出身日期（农历）"), "a typo before the note");
        assertNull(Field.beforeNote(Register.PERSONS.fields(), "（农历）"));
    }

    @Test
    void onlyEventsCarryTheirRegistrationDate() {
        assertTrue(Register.BIRTHS.hasRegisteredOn());
        assertTrue(Register.MIGRATIONS.hasRegisteredOn());
        assertFalse(Register.PERSONS.hasRegisteredOn());
        assertFalse(Register.BENEFITS.hasRegisteredOn());
    }

    @Test
    void aFieldKnowsItsColumnAndItsLabels() {
        Field due = Register.BENEFITS.field("amount_due");
        assertEquals("amount_due_fen", due.column(), "money is stored as fen and says so");
        assertEquals("birth_date", Register.PERSONS.field("birth_date").column());
        assertEquals("amount due", due.label(Language.EN));
        assertEquals("应发金额", due.label(Language.ZH));
        assertTrue(due.required());
        assertFalse(Register.PERSONS.field("phone").required());
    }

    @Test
    void aChoiceIsFoundByCodeInAnyCaseOrByItsChineseLabel() {
        assertEquals("F", Choices.find(Choices.SEX, "f").code());
        assertEquals("M", Choices.find(Choices.SEX, "男").code());
        assertNull(Choices.find(Choices.SEX, "male"), "the English label is not accepted as the value");
        assertEquals("户籍常住", Choices.find(Choices.RESIDENCE, "resident").label(Language.ZH));
        assertEquals("resident", Choices.find(Choices.RESIDENCE, "resident").label(Language.EN));
    }

    @Test
    void theSeventeenthDigitGivesTheSex() {
        assertSame(Sex.M, Sex.fromDigit('1'));
        assertSame(Sex.F, Sex.fromDigit('0'));
        assertSame(Sex.M, Sex.fromDigit('9'));
        assertSame(Sex.F, Sex.fromDigit('8'));
    }

    @Test
    void theLanguageIsParsedOrTakenFromTheLocale() {
        assertSame(Language.ZH, Language.parse("ZH"));
        assertSame(Language.ZH, Language.parse("中文"));
        assertSame(Language.EN, Language.parse("English"));
        assertEquals(Problem.Code.NOT_A_LANGUAGE, assertThrows(Refusal.class, () -> Language.parse("fr")).problem().code());
        assertSame(Language.ZH, Language.fromLocale("zh_CN.UTF-8"));
        assertSame(Language.EN, Language.fromLocale("C"));
        assertSame(Language.EN, Language.fromLocale(null));
        assertSame(Language.ZH, Language.fromVariables(Map.of("LANG", "zh_CN.UTF-8")));
        assertSame(Language.EN, Language.fromVariables(Map.of("LC_ALL", "C", "LANG", "zh_CN.UTF-8")),
                "LC_ALL first");
        assertSame(Language.ZH, Language.fromVariables(Map.of("LC_ALL", "", "LC_MESSAGES", "zh_TW", "LANG", "C")),
                "an empty one does not count");
        assertNull(Language.fromVariables(Map.of()));
        assertEquals(Locale.SIMPLIFIED_CHINESE, Language.ZH.locale());
        assertEquals(Locale.ENGLISH, Language.EN.locale());
    }

    @Test
    void aProblemKeepsItsFieldTheValueAsWrittenItsCodeAndKind() {
        Problem p = Problem.error("name", "a\u001bb", Problem.Code.CONTROL_CHARACTER, "\\x1b");
        assertFalse(p.warning());
        assertEquals("name", p.field());
        assertEquals("a\u001bb", p.value(), "kept as written: made visible where it is shown");
        assertEquals(Problem.Code.CONTROL_CHARACTER, p.code());
        assertEquals(java.util.List.of("\\x1b"), p.args());
        assertEquals("女", p.withValue("女").value(), "the value as the file wrote it");
        assertTrue(Problem.warning("mother_id_number", "x", Problem.Code.MOTHER_AGE_CHECK, 13).warning());
    }

    @Test
    void theInitialSchemesAreTheThreeOfTheSpec() {
        assertEquals(java.util.List.of("childcare", "rural_reward", "special_support"),
                Schemes.initial().stream().map(e -> e.text("code")).toList());
        assertEquals(360000L, Schemes.initial().get(0).fen("yearly_amount"));
        assertNull(Schemes.initial().get(2).get("yearly_amount"), "no single standard");
    }
}
