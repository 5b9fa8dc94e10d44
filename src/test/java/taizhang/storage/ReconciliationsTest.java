package taizhang.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import taizhang.domain.Account;
import taizhang.domain.DateRange;
import taizhang.domain.Entry;
import taizhang.domain.Register;
import taizhang.domain.Role;
import taizhang.domain.Scope;
import taizhang.testing.Admin;

/** The register's side of a reconciliation and the kept result, on a real SQLite file. */
class ReconciliationsTest {
    @TempDir
    Path dir;

    static final LocalDate TODAY = LocalDate.parse("2026-11-23");
    static final String V1 = "990101101201";
    static final String V2 = "990101101202";
    static final Account CLERK = account("li", Role.CLERK, V1);
    static final Account TOWNSHIP = account("east", Role.STATISTICIAN, "990101101");

    private static Account account(String login, Role role, String scope) {
        return new Account(login, login, role, new Scope(List.of(scope)), null, false);
    }

    private static Entry birth(String date, String cert, String village) {
        return Entry.of(Register.BIRTHS, "child_name", "甲", "child_sex", "F", "birth_date", LocalDate.parse(date), "birth_order", 1, "mother_name", "乙", "area_code", village, "certificate_no", cert, "registered_on", LocalDate.parse("2026-11-01"));
    }

    private final List<Database> open = new ArrayList<>();

    @AfterEach
    void close() {
        open.forEach(Database::close);
    }

    /** Another connection to the same file, signed in as {@code a}. */
    private Database as(Account a) {
        Database db = Database.open(dir.resolve("t.db")).actAs(a);
        open.add(db);
        return db;
    }

    /** A county of one township and two villages, with {@code births} registered as the owner. */
    private Database office(Entry... births) {
        Database db = Admin.signIn(Database.create(dir.resolve("t.db")));
        RegisterStore store = new RegisterStore(db);
        db.write(h -> {
            try (RegisterStore.Inserter areas = store.inserter(Register.AREAS, "t");
                 RegisterStore.Inserter inserter = store.inserter(Register.BIRTHS, "t")) {
                areas.insert(Entry.of(Register.AREAS, "code", "990101", "name", "县"));
                areas.insert(Entry.of(Register.AREAS, "code", "990101101", "name", "镇", "parent_code", "990101"));
                areas.insert(Entry.of(Register.AREAS, "code", V1, "name", "一村", "parent_code", "990101101"));
                areas.insert(Entry.of(Register.AREAS, "code", V2, "name", "二村", "parent_code", "990101101"));
                for (Entry e : births) {
                    inserter.insert(e);
                }
            }
            return null;
        });
        return db;
    }

    private static List<Long> ids(List<RegisterStore.Stored> births) {
        return births.stream().map(RegisterStore.Stored::id).toList();
    }

    @Test
    void birthsInTheDatesAndThoseHoldingACertificateWhateverTheirDateInRegisterOrder() {
        try (Database db = office(
                birth("2026-02-26", null, V1),   // 1: the day before
                birth("2026-02-27", null, V1),   // 2: first day
                birth("2020-05-05", "C7", V1),   // 3: long before, certificate asked
                birth("2026-03-10", "C8", V1),   // 4: inside, certificate asked too
                birth("2026-03-11", null, V1),   // 5: last day
                birth("2026-03-12", null, V1),   // 6: the day after
                birth("2021-01-01", "C9", V1))) { // 7: certificate not asked
            new Records(db, TODAY).voidRecord(Register.BIRTHS, 5, 1, "typed twice");
            DateRange dates = new DateRange(LocalDate.parse("2026-02-27"), LocalDate.parse("2026-03-11"));
            assertEquals(List.of(2L, 3L, 4L), ids(new Reconciliations(db, TODAY).births(dates, Set.of("C7", "C8",
                    "C404"))), "voided births never match");
        }
    }

    @Test
    void aVillageClerkReadsTheBirthsOfTheirVillageOnlyByDateAndByCertificate() {
        try (Database db = office(birth("2026-03-01", null, V1), birth("2026-03-02", null, V2),
                birth("2020-01-01", "C3", V1), birth("2020-01-01", "C4", V2))) {
            DateRange march = new DateRange(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-31"));
            Set<String> certificates = Set.of("C3", "C4");
            assertEquals(List.of(1L, 2L, 3L, 4L), ids(new Reconciliations(db, TODAY).births(march, certificates)));
            assertEquals(List.of(1L, 3L), ids(new Reconciliations(as(CLERK), TODAY).births(march, certificates)));
        }
    }

    @Test
    void aRowIsOursWhenItsVillageIsInScopeOrItNamesNoneAndTheScopeHoldsEveryVillage() {
        try (Database db = office()) {
            Predicate<String> owner = new Reconciliations(db, TODAY).ours();
            assertTrue(owner.test(V1) && owner.test(V2) && owner.test(null));
            Predicate<String> clerk = new Reconciliations(as(CLERK), TODAY).ours();
            assertTrue(clerk.test(V1));
            assertFalse(clerk.test(V2), "another village's row");
            assertFalse(clerk.test(null), "a row naming no village may be another village's");
            Predicate<String> township = new Reconciliations(as(TOWNSHIP), TODAY).ours();
            assertTrue(township.test(V2) && township.test(null), "the township holds every village of this county");
        }
    }

    private static Map<String, String> row(String status, String line) {
        Map<String, String> r = new HashMap<>();
        Reconciliations.COLUMNS.forEach(c -> r.put(c, ""));
        r.put("status", status);
        r.put("source_line", line);
        r.put("child_sex", "F");
        r.put("birth_date", "2026-03-01");
        r.put("mother_name", "乙");
        return r;
    }

    private static Reconciliations.Run run(String file) {
        return new Reconciliations.Run(0, "hospital", file, "ab".repeat(32), null, null, null, 3);
    }

    private static List<Audit.Entry> audit(Database db) {
        List<Audit.Entry> out = new ArrayList<>();
        new Audit(db).list(Audit.Filter.ALL, out::add);
        return out.stream().filter(e -> e.action().equals("reconcile")).toList();
    }

    @Test
    void eachAccountKeepsItsOwnLastRunAndEachRunIsAuditedUnderItsLogin() {
        try (Database db = office()) {
            Reconciliations owner = new Reconciliations(db, TODAY);
            owner.save(run("a.csv"), List.of(row("missing", "2")), Map.of("file", "a.csv"));
            Reconciliations clerk = new Reconciliations(as(CLERK), TODAY);
            assertNull(clerk.last(), "the owner's run is not the clerk's to open");
            Reconciliations.Run saved = clerk.save(run("b.csv"), List.of(row("missing", "2"), row("missing", "3")),
                    Map.of("file", "b.csv"));
            assertEquals("li", saved.by());
            assertEquals(3, saved.leftOut());
            assertEquals(2, clerk.rows(saved.id()).size());
            assertEquals("a.csv", owner.last().file());
            assertEquals(List.of("os:tester:a.csv", "li:b.csv"), audit(db).stream()
                    .map(e -> e.login() + ":" + e.details().get("file")).toList());
            assertTrue(audit(db).stream().allMatch(e -> e.register().equals("births") && e.recordId() == null));
        }
    }

    @Test
    void aRunThatCannotBeKeptLeavesNoAuditEntryAndTheRunBeforeStays() {
        try (Database db = office()) {
            Reconciliations store = new Reconciliations(db, TODAY);
            store.save(run("a.csv"), List.of(row("missing", "2")), Map.of("file", "a.csv"));
            assertThrows(StorageException.class, () -> store.save(run("b.csv"), List.of(row("lost", "2")),
                    Map.of("file", "b.csv")));
            assertEquals("a.csv", store.last().file());
            assertEquals(1, audit(db).size());
        }
    }
}
