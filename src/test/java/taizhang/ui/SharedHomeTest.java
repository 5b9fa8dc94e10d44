package taizhang.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import taizhang.domain.Account;
import taizhang.domain.Entry;
import taizhang.domain.Language;
import taizhang.domain.Register;
import taizhang.domain.Role;
import taizhang.domain.Scope;
import taizhang.storage.Database;
import taizhang.storage.Records;

/** Home's figures shared by a server's sessions: read once, again when someone saved, per scope. */
class SharedHomeTest {
    @TempDir
    Path dir;

    @Test
    void sharedUntilAnotherConnectionSavesOrTheDayChanges() throws Exception {
        try (Database db = Fixture.create(dir, 0); SharedHome home = new SharedHome(db.file());
             Database session = Database.open(db.file())) {
            Office office = new Office(session.actAs(db.account()), Fixture.TODAY, home);
            HomeView.Figures first = home.figures(office);
            assertSame(first, home.figures(office), "nothing saved: the same figures, not read again");
            assertEquals(4L, first.counts().get(Register.AREAS));   // county, township, two villages

            // Another connection commits, but only a login (the audit trail): still the same figures.
            taizhang.storage.Audit.record(db, "login", null, java.util.Map.of("route", "ssh"));
            assertSame(first, home.figures(office), "a login is no change to the registers");

            new Records(db, Fixture.TODAY).add(Entry.of(Register.AREAS, "code", "990101101203", "name", "新村", "parent_code", "990101101"));
            HomeView.Figures after = home.figures(office);
            assertEquals(5L, after.counts().get(Register.AREAS), "a session's save is in the next login's home");
            Office tomorrow = new Office(session, Fixture.TODAY.plusDays(1), home);
            assertNotSame(after, home.figures(tomorrow), "another day: read again");

            HomeView.Slow slow = home.slow(office, Language.ZH);
            assertSame(slow, home.slow(office, Language.ZH));
            assertNotSame(slow, home.slow(office, Language.EN), "labels in the other language");
        }
    }

    @Test
    void aClerkOfOneVillageIsNeverShownTheCountyFigures() throws Exception {
        try (Database db = Fixture.create(dir, 0); SharedHome home = new SharedHome(db.file());
             Database whole = Database.open(db.file()); Database west = Database.open(db.file())) {
            Office county = new Office(whole.actAs(db.account()), Fixture.TODAY, home);
            Office village = new Office(west.actAs(new Account("west", "西村", Role.CLERK,
                    new Scope(List.of(Fixture.WEST)), null, false)), Fixture.TODAY, home);
            assertEquals(3L, home.figures(county).counts().get(Register.PERSONS));
            assertEquals(1L, home.figures(village).counts().get(Register.PERSONS));
        }
    }
}
