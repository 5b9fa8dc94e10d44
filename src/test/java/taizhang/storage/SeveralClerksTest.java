package taizhang.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static taizhang.testing.Clerks.TODAY;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import taizhang.domain.Entry;
import taizhang.domain.Problem;
import taizhang.domain.Register;
import taizhang.testing.Clerks;
import taizhang.testing.Ids;
import taizhang.testing.Snapshot;

/**
 * SPEC 10 in storage: two clerks on two connections to one file. The rules that read other
 * records are checked inside the write transaction, so two saves made at the same moment give
 * one record and one refusal; a save over a record changed meanwhile is a conflict that carries
 * the other clerk's record, never an overwrite.
 */
class SeveralClerksTest {
    @TempDir
    Path dir;

    /** Two clerks' saves at the same moment (see {@link Clerks#atOnce}). */
    private static List<Object> atOnce(Path file, Function<Records, Object> save) throws Exception {
        Function<Database, Object> clerk = db -> save.apply(new Records(db, TODAY));
        return Clerks.atOnce(file, List.of(clerk, clerk));
    }

    private static Records.Refused theRefusal(List<Object> outcomes) {
        assertEquals(2, outcomes.size(), outcomes.toString());
        long saved = outcomes.stream().filter(o -> o instanceof Records.Saved).count();
        assertEquals(1, saved, "one save goes through: " + outcomes);
        Object other = outcomes.stream().filter(o -> !(o instanceof Records.Saved)).findFirst().orElseThrow();
        return assertInstanceOf(Records.Refused.class, other, "the other is refused, by its rule");
    }

    @Test
    void theSameBirthSavedByTwoClerksAtOnceGivesOneRecordAndOneRefusal() throws Exception {
        Path file = Clerks.office(dir);
        Entry birth;
        try (Database db = Clerks.clerk(file, "setup")) {
            birth = Clerks.entry(db, Register.BIRTHS, Clerks.birth("小明"));
        }
        Records.Refused refused = theRefusal(atOnce(file, records -> records.add(birth)));
        Problem p = refused.problems().get(0);
        assertEquals("child_name", p.field());
        assertEquals(Problem.Code.DUPLICATE_BIRTH, p.code());
        assertEquals(1, Snapshot.count(file, "SELECT count(*) FROM birth"));
        assertEquals(1, Snapshot.count(file, "SELECT count(*) FROM audit WHERE action = 'record.add'"),
                "the refused save left no trace either");
    }

    @Test
    void twinsSavedAtOnceAreBothKept() throws Exception {
        Path file = Clerks.office(dir);
        Entry first;
        Entry second;
        try (Database db = Clerks.clerk(file, "setup")) {
            first = Clerks.entry(db, Register.BIRTHS, Clerks.birth("大宝"));
            second = Clerks.entry(db, Register.BIRTHS, Clerks.birth("二宝"));
        }
        java.util.concurrent.atomic.AtomicInteger turn = new java.util.concurrent.atomic.AtomicInteger();
        List<Object> outcomes = atOnce(file, records -> records.add(turn.getAndIncrement() == 0 ? first : second));
        assertTrue(outcomes.stream().allMatch(o -> o instanceof Records.Saved), outcomes.toString());
        assertEquals(2, Snapshot.count(file, "SELECT count(*) FROM birth"));
    }

    @Test
    void oneLivingPersonPerIdNumberHoldsForTwoClerksAtOnce() throws Exception {
        Path file = Clerks.office(dir);
        String id = Ids.id("19900101", 2);
        Entry person;
        try (Database db = Clerks.clerk(file, "setup")) {
            person = Clerks.entry(db, Register.PERSONS, Clerks.person(id, "王芳", "F", "1990-01-01"));
        }
        Records.Refused refused = theRefusal(atOnce(file, records -> records.add(person)));
        assertEquals("id_number", refused.problems().get(0).field());
        assertEquals(1, Snapshot.count(file, "SELECT count(*) FROM person"));
    }

    @Test
    void twoDeathsOfOnePersonOnDifferentDatesAtOnceGiveOneDeath() throws Exception {
        Path file = Clerks.office(dir);
        String id = Ids.id("19400101", 2);
        Entry[] deaths = new Entry[2];
        try (Database db = Clerks.clerk(file, "setup")) {
            new Records(db, TODAY).add(Clerks.entry(db, Register.PERSONS, Clerks.person(id, "王奶奶", "F",
                    "1940-01-01")));
            for (int i = 0; i < 2; i++) {
                deaths[i] = Clerks.entry(db, Register.DEATHS, Map.of("id_number", id, "name", "王奶奶", "sex", "F",
                        "death_date", "2026-10-0" + (i + 1), "area_code", Clerks.VILLAGE, "registered_on",
                        "2026-10-09"));
            }
        }
        java.util.concurrent.atomic.AtomicInteger turn = new java.util.concurrent.atomic.AtomicInteger();
        Records.Refused refused = theRefusal(atOnce(file, records -> records.add(deaths[turn.getAndIncrement()])));
        assertEquals("death_date", refused.problems().get(0).field());
        assertEquals(1, Snapshot.count(file, "SELECT count(*) FROM death"));
        String died = String.valueOf(Snapshot.count(file, "SELECT count(*) FROM person p JOIN death d"
                + " ON d.id_number = p.id_number AND d.death_date = p.died_on"));
        assertEquals("1", died, "the person died on the date of the death that was kept");
    }

    @Test
    void aSaveOverARecordChangedMeanwhileIsAConflictCarryingTheOtherClerksRecord() throws Exception {
        Path file = Clerks.office(dir);
        String id = Ids.id("19900101", 2);
        try (Database wang = Clerks.clerk(file, "wang"); Database li = Clerks.clerk(file, "li")) {
            Records mine = new Records(wang, TODAY);
            Records theirs = new Records(li, TODAY);
            Entry person = Clerks.entry(wang, Register.PERSONS, Clerks.person(id, "王芳", "F", "1990-01-01"));
            Records.Saved added = mine.add(person);
            assertEquals(1, added.version());
            // Both open version 1; li saves first.
            theirs.change(added.id(), 1, person.with("household_no", "H9"));
            Records.Conflict c = assertThrows(Records.Conflict.class,
                    () -> mine.change(added.id(), 1, person.with("phone", "13800000000")));
            assertEquals("li", c.theirs().changedBy());
            assertEquals(2, c.theirs().version());
            assertEquals("H9", c.theirs().entry().text("household_no"));
            assertFalse(c.theirs().voided());
            assertEquals(0, Snapshot.count(file, "SELECT count(*) FROM person WHERE phone IS NOT NULL"),
                    "nothing of the refused save was written");

            Records.Saved over = mine.overwrite(added.id(), person.with("phone", "13800000000"));
            assertEquals(3, over.version());
            Audit.Entry last = new Audit(wang).history("persons", added.id()).stream()
                    .reduce((a, b) -> b).orElseThrow();
            assertEquals("record.overwrite", last.action());
            assertEquals("wang", last.login());
            assertEquals(2.0, ((Number) last.details().get("overwrote_version")).doubleValue());
        }
    }

    @Test
    void aDeathChangesItsPersonsVersionSoThatAnOpenFormOfThePersonIsNotSavedOverIt() throws Exception {
        Path file = Clerks.office(dir);
        String id = Ids.id("19400101", 2);
        try (Database wang = Clerks.clerk(file, "wang"); Database li = Clerks.clerk(file, "li")) {
            Records mine = new Records(wang, TODAY);
            Entry person = Clerks.entry(wang, Register.PERSONS, Clerks.person(id, "王奶奶", "F", "1940-01-01"));
            Records.Saved added = mine.add(person);
            new Records(li, TODAY).add(Clerks.entry(li, Register.DEATHS, Map.of("id_number", id, "name", "王奶奶",
                    "sex", "F", "death_date", "2026-10-01", "area_code", Clerks.VILLAGE, "registered_on",
                    "2026-10-09")));
            Records.Conflict c = assertThrows(Records.Conflict.class,
                    () -> mine.change(added.id(), added.version(), person.with("household_no", "H2")));
            assertEquals("2026-10-01", c.theirs().entry().canonical(person.register().indexOf("died_on")));
            assertEquals(1, Snapshot.count(file, "SELECT count(*) FROM person WHERE died_on = '2026-10-01'"),
                    "the death date stays");
        }
    }

    @Test
    void voidingARecordChangedOrVoidedMeanwhileIsAConflictToo() throws Exception {
        Path file = Clerks.office(dir);
        try (Database wang = Clerks.clerk(file, "wang"); Database li = Clerks.clerk(file, "li")) {
            Records mine = new Records(wang, TODAY);
            Records theirs = new Records(li, TODAY);
            Entry birth = Clerks.entry(wang, Register.BIRTHS, Clerks.birth("小明"));
            Records.Saved added = mine.add(birth);
            theirs.change(added.id(), 1, birth.with("certificate_no", "Q123"));
            Records.Conflict changed = assertThrows(Records.Conflict.class,
                    () -> mine.voidRecord(Register.BIRTHS, added.id(), 1, "twice"));
            assertEquals("Q123", changed.theirs().entry().text("certificate_no"));

            theirs.voidRecord(Register.BIRTHS, added.id(), 2, "entered twice");
            Records.Conflict voided = assertThrows(Records.Conflict.class,
                    () -> mine.voidRecord(Register.BIRTHS, added.id(), 2, "twice"));
            assertTrue(voided.theirs().voided());
            Records.Conflict changeOfVoided = assertThrows(Records.Conflict.class,
                    () -> mine.change(added.id(), 2, birth.with("place", "home")));
            assertTrue(changeOfVoided.theirs().voided(), "a form over a record voided meanwhile sees that");
            assertEquals(1, Snapshot.count(file, "SELECT count(*) FROM audit WHERE action = 'record.void'"));
        }
    }
}
