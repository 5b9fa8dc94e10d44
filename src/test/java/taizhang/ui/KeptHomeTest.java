package taizhang.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
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
import taizhang.tally.Flags;

/** Home's figures kept between starts: shown while nothing has changed, counted again when anything has. */
class KeptHomeTest {
    @TempDir
    Path dir;

    @Test
    void aStartWithNothingChangedShowsHomeAsTheLastStartCountedIt() throws Exception {
        try (Database db = Fixture.create(dir, 0)) {
            Ui.Home first = Ui.Home.read(db, Fixture.TODAY, Language.ZH);
            assertEquals(3L, first.figures().counts().get(Register.PERSONS));
            first.slow().join();
            first.kept();
            // Marked by hand, so that what the next start shows can only have come from what was kept.
            marked(db);
            Ui.Home second = Ui.Home.read(db, Fixture.TODAY, Language.ZH);
            assertEquals(333L, second.figures().counts().get(Register.PERSONS));
            assertTrue(second.slow().isDone(), "home is complete as soon as it is read");
            assertEquals(first.slow().join(), second.slow().join(), "the headline and warnings as they were counted");

            assertEquals(3L, persons(db, Fixture.TODAY.plusDays(1), Language.ZH), "another day: counted again");
            assertEquals(3L, persons(db, Fixture.TODAY, Language.EN), "another language: counted again");
        }
    }

    @Test
    void anyChangeSinceMakesTheNextStartCountAgain() throws Exception {
        try (Database db = Fixture.create(dir, 0)) {
            keepHome(db);
            marked(db);
            new Records(db, Fixture.TODAY).add(Fixture.person(Fixture.id("2001-02-03", 7, true), "赵新", "M",
                    "2001-02-03", Fixture.EAST));
            Ui.Home after = Ui.Home.read(db, Fixture.TODAY, Language.ZH);
            assertEquals(4L, after.figures().counts().get(Register.PERSONS), "the new person is counted");
            after.slow().join();
            after.kept();
            assertEquals(4L, persons(db, Fixture.TODAY, Language.ZH));
            assertEquals(1L, rows(db), "what was kept at the earlier change is dropped");
        }
    }

    @Test
    void aClerkOfOneVillageIsNeverShownWhatWasKeptForTheCounty() throws Exception {
        try (Database db = Fixture.create(dir, 0); Database west = Database.open(db.file())) {
            keepHome(db);
            marked(db);
            west.actAs(new Account("west", "西村", Role.CLERK, new Scope(List.of(Fixture.WEST)), null, false));
            assertEquals(1L, persons(west, Fixture.TODAY, Language.ZH));
        }
    }

    @Test
    void aKeptRowThatCannotBeReadIsCountedAgain() throws Exception {
        try (Database db = Fixture.create(dir, 0)) {
            keepHome(db);
            try (java.sql.Statement s = db.connection().createStatement()) {
                s.executeUpdate("UPDATE kept_figures SET figures = '{\"counts\":{\"PERSONS\":\"garbage'");
            }
            assertEquals(3L, persons(db, Fixture.TODAY, Language.ZH));
        }
    }

    @Test
    void whatIsKeptReadsBackAsItWasWhateverItHolds() throws Exception {
        String hostile = "西村 \"引号\" \\ \n\u001b]0;pwned\u0007 𠮷";
        Headline headline = new Headline(hostile, YearMonth.of(2026, 11), List.of(
                new Headline.Figure("出生数", "12", null, "_.-~=+*#  _."),
                new Headline.Figure("出生性别比", "250.0", Flags.Flag.SRB_FEW_BIRTHS, "            ")));
        HomeView.Slow slow = new HomeView.Slow(new HomeView.Part<>(headline, null), new HomeView.Part<>(
                List.of(new HomeView.Warning(Register.BIRTHS, 428, hostile)), null));
        HomeView.Figures figures = new HomeView.Figures(Map.of(Register.PERSONS, 20001L, Register.BIRTHS, 427L),
                List.of(YearMonth.of(2025, 12), YearMonth.of(2026, 11)));
        KeptHome.Snapshot read = KeptHome.parse(KeptHome.write(new KeptHome.Snapshot(figures, slow)));
        assertEquals(figures, read.figures());
        assertEquals(slow, read.slow());

        HomeView.Slow none = new HomeView.Slow(new HomeView.Part<>(null, null), new HomeView.Part<>(List.of(), null));
        assertNull(KeptHome.parse(KeptHome.write(new KeptHome.Snapshot(figures, none))).slow().headline().value(),
                "no areas yet: no headline, kept as such");
    }

    /**
     * The persons home shows at a start on {@code day} in {@code language}, once the start's slow
     * parts and their keeping are done: they run on connections of their own, in the test's
     * folder, which must not be deleted under them.
     */
    private static long persons(Database db, java.time.LocalDate day, Language language) {
        Ui.Home home = Ui.Home.read(db, day, language);
        home.slow().join();
        home.kept();
        return home.figures().counts().get(Register.PERSONS);
    }

    /** A start that counts home and keeps it. */
    private static void keepHome(Database db) {
        Ui.Home home = Ui.Home.read(db, Fixture.TODAY, Language.ZH);
        home.slow().join();
        home.kept();
        assertEquals(1L, rows(db), "kept");
    }

    private static void marked(Database db) throws Exception {
        try (java.sql.Statement s = db.connection().createStatement()) {
            assertEquals(1, s.executeUpdate("UPDATE kept_figures SET figures = replace(figures, '\"PERSONS\":3', '\"PERSONS\":333')"));
        }
    }

    private static long rows(Database db) {
        try (java.sql.Statement s = db.connection().createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT count(*) FROM kept_figures")) {
            rs.next();
            return rs.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }
}
