package taizhang.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import taizhang.domain.Progress;
import taizhang.testing.Admin;
import taizhang.testing.Clerks;

/**
 * A backup while another connection holds the write lock for long (a clerk's import): the copy
 * is the database as committed when the backup began, and its audit entry waits for the write
 * to end, in the database's own trail, before the copy is given its name.
 */
class OnlineBackupTest {
    @TempDir
    Path dir;

    @Test
    void aBackupCopiesWhileAnotherHoldsTheWriteLockAndIsRecordedOnceThatWriteEnds() throws Exception {
        Path file = Clerks.office(dir);
        Path target = dir.resolve("copy.db");
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch backupWaits = new CountDownLatch(1);
        // The long write: an entry of its own, committed only once the backup has made its copy.
        CompletableFuture<Long> longWrite = CompletableFuture.supplyAsync(() -> {
            try (Database other = Clerks.clerk(file, "li")) {
                return other.write(h -> {
                    long seq = Audit.append(other, "import", "persons", null, Map.of("rows", 1_000_000));
                    writing.countDown();
                    await(backupWaits);
                    return seq;
                });
            }
        });
        assertTrue(writing.await(60, TimeUnit.SECONDS));
        boolean namedWhileWaiting;
        long lastBefore;
        try (Database db = Admin.signIn(Database.open(file))) {
            lastBefore = new Audit(db).verify().entries();
            CompletableFuture<Void> backup = CompletableFuture.runAsync(() -> OnlineBackup.copy(db, target,
                    Progress.NONE, backupWaits::countDown));
            assertTrue(backupWaits.await(60, TimeUnit.SECONDS), "the backup says it waits");
            namedWhileWaiting = Files.exists(target);
            long importSeq = longWrite.get(60, TimeUnit.SECONDS);
            backup.get(60, TimeUnit.SECONDS);

            assertEquals(lastBefore + 1, importSeq);
            Audit.Entry last = lastEntry(db);
            assertEquals("backup", last.action());
            assertEquals(importSeq + 1, last.seq(), "recorded after the write it waited for");
            assertEquals(target.toAbsolutePath().toString(), last.details().get("to"));
            assertEquals((double) lastBefore, last.details().get("last_seq"), "names the last entry the copy holds");
            assertTrue(new Audit(db).verify().intact());
        }
        assertFalse(namedWhileWaiting, "a copy is named only once it is recorded");
        try (Database copy = Admin.signIn(Database.open(target))) {
            assertEquals(lastBefore, new Audit(copy).verify().entries(), "what was committed when it began");
            assertTrue(new Audit(copy).verify().intact());
            assertTrue(new Consistency(copy).integrity().isEmpty());
        }
        assertFalse(Files.exists(dir.resolve("copy.db.part")));
    }

    private static Audit.Entry lastEntry(Database db) {
        Audit.Entry[] last = {null};
        new Audit(db).list(Audit.Filter.ALL, e -> last[0] = e);
        return last[0];
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the backup never said it waits");
            }
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
