package taizhang.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import taizhang.testing.GeneratedFacts;
import taizhang.testing.Ids;

/** A record being changed does not count against itself; everything else is as the register says. */
class FactsBesidesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final String ID = Ids.id("19900304", 2);
    static final String OTHER = Ids.id("19910304", 4);

    private static Entry person(String id, LocalDate died) {
        return Entry.of(Register.PERSONS, "id_number", id, "name", "王芳", "sex", "F",
                "birth_date", LocalDate.of(1990, 3, 4), "area_code", "990101101201", "residence", "resident",
                "died_on", died);
    }

    private static Entry death(String id, LocalDate date) {
        return Entry.of(Register.DEATHS, "id_number", id, "name", "王芳", "sex", "F", "death_date", date,
                "area_code", "990101101201", "registered_on", date);
    }

    private static Entry birth(String child) {
        return Entry.of(Register.BIRTHS, "child_name", child, "child_sex", "F", "birth_date", LocalDate.of(2026, 3, 1),
                "birth_order", 1, "mother_id_number", ID, "mother_name", "王芳", "area_code", "990101101201",
                "registered_on", LocalDate.of(2026, 3, 2));
    }

    private static GeneratedFacts register() {
        GeneratedFacts f = new GeneratedFacts(TODAY);
        f.add(Entry.of(Register.AREAS, "code", "990101", "name", "县"));
        f.add(Entry.of(Register.AREAS, "code", "990101101", "name", "镇", "parent_code", "990101"));
        f.add(Entry.of(Register.AREAS, "code", "990101101201", "name", "村", "parent_code", "990101101"));
        f.add(Entry.of(Register.SCHEMES, "code", "childcare", "name", "育儿补贴"));
        f.add(person(ID, null));
        f.add(person(OTHER, LocalDate.of(2026, 9, 30)));
        f.add(birth("宝宝"));
        return f;
    }

    @Test
    void noRecordBeingChangedIsTheRegisterItself() {
        GeneratedFacts f = register();
        assertSame(f, f.besides(null));
    }

    @Test
    void whatDoesNotConcernTheRecordIsTheRegistersAnswer() {
        GeneratedFacts f = register();
        Facts besides = f.besides(person(ID, null));
        assertEquals(TODAY, besides.today());
        assertTrue(besides.isVillage("990101101201"));
        assertFalse(besides.isVillage("990101101"));
        assertEquals(AreaLevel.TOWNSHIP, besides.areaLevel("990101101"));
        assertNull(besides.areaLevel("990101102"));
        assertEquals("990101", besides.rootCode());
        assertTrue(besides.hasScheme("childcare"));
        assertFalse(besides.hasScheme("nursery"));
    }

    @Test
    void whatTheRegisterDoesNotHoldIsNotHeldBesidesARecordEither() {
        GeneratedFacts f = register();
        String stranger = Ids.id("19850101", 6);
        assertFalse(f.besides(person(OTHER, null)).livingPersonHas(stranger));
        assertFalse(f.besides(birth("二宝")).livingPersonHas(stranger));
        assertFalse(f.besides(person(ID, null)).hasBirth(Facts.BirthKey.of(birth("三宝"))));
        assertFalse(f.besides(birth("二宝")).hasBirth(Facts.BirthKey.of(birth("三宝"))));
        assertTrue(f.besides(birth("二宝")).hasBirth(Facts.BirthKey.of(birth("宝宝"))), "another birth is still there");
    }

    @Test
    void aLivingPersonBeingChangedDoesNotHoldItsOwnIdNumberAgainstItself() {
        GeneratedFacts f = register();
        assertTrue(f.livingPersonHas(ID));
        assertFalse(f.besides(person(ID, null)).livingPersonHas(ID));
        assertTrue(f.besides(person(OTHER, null)).livingPersonHas(ID), "another person's record");
        assertTrue(f.besides(person(ID, LocalDate.of(2026, 1, 1))).livingPersonHas(ID), "a dead one's");
        assertTrue(f.besides(death(ID, LocalDate.of(2026, 1, 1))).livingPersonHas(ID), "not a person at all");
    }

    @Test
    void aDeathBeingChangedDoesNotHoldThePersonsDateAgainstItself() {
        GeneratedFacts f = register();
        LocalDate died = LocalDate.of(2026, 9, 30);
        assertEquals(died, f.person(OTHER).diedOn());
        assertNull(f.besides(death(OTHER, died)).person(OTHER).diedOn(), "the date it set itself");
        assertEquals(died, f.besides(death(OTHER, died.minusDays(1))).person(OTHER).diedOn(), "another date");
        assertEquals(died, f.besides(death(ID, died)).person(OTHER).diedOn(), "another person's death");
        assertEquals(died, f.besides(person(OTHER, died)).person(OTHER).diedOn(), "not a death");
        assertNull(f.besides(death(OTHER, died)).person(Ids.id("19800101", 6)), "nobody with that number");
        assertNull(f.besides(death(ID, died)).person(ID).diedOn(), "alive in the register");
    }

    @Test
    void aBirthBeingChangedIsNotADuplicateOfItself() {
        GeneratedFacts f = register();
        Facts.BirthKey key = Facts.BirthKey.of(birth("宝宝"));
        assertTrue(f.hasBirth(key));
        assertFalse(f.besides(birth("宝宝")).hasBirth(key));
        assertTrue(f.besides(birth("二宝")).hasBirth(key), "another birth of the same mother");
        assertTrue(f.besides(person(ID, null)).hasBirth(key), "not a birth");
    }

    @Test
    void aBirthIsKnownByItsMothersIdNumberElseHerName() {
        Facts.BirthKey withId = Facts.BirthKey.of(birth("宝宝"));
        assertEquals(ID, withId.mother());
        Facts.BirthKey byName = Facts.BirthKey.of(birth(null).with("mother_id_number", null));
        assertEquals("name:王芳", byName.mother());
        assertEquals("", byName.childName(), "no child name yet");
        assertEquals("F", byName.childSex());
        assertEquals(LocalDate.of(2026, 3, 1), byName.birthDate());
    }
}
