package taizhang.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static taizhang.testing.Clerks.TODAY;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import taizhang.domain.Register;
import taizhang.testing.Clerks;
import taizhang.testing.Snapshot;

/** Figures kept with the change they were counted at: read back only at that change, never kept across one. */
class KeptFiguresTest {
    @TempDir
    Path dir;

    @Test
    void keptFiguresAreReadBackAtTheChangeTheyWereCountedAtOnly() throws Exception {
        Path file = Clerks.office(dir);
        try (Database db = Clerks.clerk(file, "li")) {
            long change = new Audit(db).lastChange();
            assertTrue(new KeptFigures(db).keep("home zh", change, "{\"n\":1}"));
            assertEquals("{\"n\":1}", new KeptFigures(db).read("home zh", change));
            assertNull(new KeptFigures(db).read("home en", change), "another key: nothing kept");

            new Records(db, TODAY).add(Clerks.entry(db, Register.BIRTHS, Clerks.birth("小明")));
            long after = new Audit(db).lastChange();
            assertNull(new KeptFigures(db).read("home zh", after), "a record saved since: counted again");
            assertTrue(new KeptFigures(db).keep("home en", after, "{\"n\":2}"));
            assertEquals(1, Snapshot.count(file, "SELECT count(*) FROM kept_figures"),
                    "what was kept at the earlier change is dropped");
        }
    }

    @Test
    void figuresCountedBeforeAChangeThatCameMeanwhileAreNotKept() throws Exception {
        Path file = Clerks.office(dir);
        try (Database counting = Clerks.clerk(file, "li"); Database other = Clerks.clerk(file, "wang")) {
            long change = new Audit(counting).lastChange();
            new Records(other, TODAY).add(Clerks.entry(other, Register.BIRTHS, Clerks.birth("小明")));
            assertFalse(new KeptFigures(counting).keep("home zh", change, "{\"n\":1}"),
                    "the figures may be of either side of the other clerk's save");
            assertEquals(0, Snapshot.count(file, "SELECT count(*) FROM kept_figures"));
        }
    }

    @Test
    void keepingGivesWayToAnotherClerksWriteInsteadOfWaitingForIt() throws Exception {
        Path file = Clerks.office(dir);
        try (Database writing = Clerks.clerk(file, "wang"); Database keeping = Clerks.clerk(file, "li")) {
            long change = new Audit(keeping).lastChange();
            Boolean kept = writing.write(h -> {
                long start = System.nanoTime();
                boolean done = new KeptFigures(keeping).keep("home zh", change, "{}");
                // Far below the 15 s a clerk's save waits for the lock: keeping is not worth a wait.
                assertTrue(System.nanoTime() - start < Database.BUSY_TIMEOUT_MS * 1_000_000L / 3);
                return done;
            });
            assertFalse(kept);
            assertEquals(0, Snapshot.count(file, "SELECT count(*) FROM kept_figures"));
        }
    }
}
