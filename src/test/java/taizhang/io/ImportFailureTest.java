package taizhang.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static taizhang.testing.Clerks.TODAY;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import taizhang.domain.Register;
import taizhang.storage.Database;
import taizhang.storage.StorageException;
import taizhang.testing.Clerks;
import taizhang.testing.Snapshot;

/**
 * A failure of the database during an import (a full disk, a lock held past the timeout) ends the
 * import with its own message; it is never taken for rows the database refused, not even with
 * --skip-invalid, and the database is left as it was.
 */
class ImportFailureTest {
    @TempDir
    Path dir;

    private static final List<String> COLUMNS = List.of("household_no", "area_code", "visit_date", "visitor",
            "purpose", "notes");

    private Path visits(int from, int n) throws Exception {
        StringBuilder b = new StringBuilder(String.join(",", COLUMNS)).append('\n');
        for (int i = from; i < from + n; i++) {
            Map<String, String> v = Clerks.longVisit(i);
            b.append(String.join(",", COLUMNS.stream().map(v::get).toList())).append('\n');
        }
        Path file = dir.resolve("visits.csv");
        Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
        return file;
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aFullDiskEndsTheImportWithItsMessageAndNothingIsWritten(boolean skipInvalid) throws Exception {
        Path db = Clerks.office(dir);
        try (Database clerk = Clerks.clerk(db, "wang")) {
            Clerks.fillUp(clerk);
            Path file = visits(5000, 120); // more than one batch of rows, so the batched insert is the one that fails
            String before = Snapshot.of(db);
            StorageException e = assertThrows(StorageException.class, () -> new Import(clerk, TODAY)
                    .run(Register.VISITS, file, new Import.Options(StandardCharsets.UTF_8, skipInvalid, false)));
            assertEquals(StorageException.Kind.FULL, e.kind(), taizhang.testing.Said.en(e));
            assertEquals(before, Snapshot.of(db));
            assertFalse(Files.exists(dir.resolve("visits.rejected.csv")), "no row was refused: the disk was full");
        }
    }

    /**
     * With --skip-invalid the refused rows go beside the file; where that cannot be written (here
     * a folder stands in the way; for a clerk, a folder of another's) the import says so, naming
     * the file, and imports nothing. It ended in "unexpected failure" and the exception's name.
     */
    @Test
    void aRejectsFileThatCannotBeWrittenIsToldAndNothingIsImported() throws Exception {
        Path db = Clerks.office(dir);
        Path file = visits(0, 3);
        Files.createDirectory(dir.resolve("visits.rejected.csv.part"));
        try (Database clerk = Clerks.clerk(db, "wang")) {
            String before = Snapshot.of(db);
            Import.Report report = new Import(clerk, TODAY)
                    .run(Register.VISITS, file, new Import.Options(StandardCharsets.UTF_8, true, false));
            assertFalse(report.committed());
            assertEquals(taizhang.domain.Problem.Code.CANNOT_WRITE, report.errors().first().get(0).problem().code());
            assertEquals(dir.resolve("visits.rejected.csv").toAbsolutePath(),
                    report.errors().first().get(0).problem().args().get(0));
            assertEquals(before, Snapshot.of(db));
        }
    }

    @Test
    void anImportWaitingPastTheBusyTimeoutSaysDatabaseBusy() throws Exception {
        Path db = Clerks.office(dir);
        Path file = visits(0, 3);
        try (Database clerk = Clerks.clerk(db, "wang")) {
            Clerks.busyTimeout(clerk, 200);
            String before = Snapshot.of(db);
            StorageException e;
            try (Clerks.LockHolder other = new Clerks.LockHolder(db)) {
                e = assertThrows(StorageException.class, () -> new Import(clerk, TODAY)
                        .run(Register.VISITS, file, new Import.Options(StandardCharsets.UTF_8, false, false)));
            }
            assertEquals("database busy: try again", taizhang.testing.Said.en(e));
            assertEquals(before, Snapshot.of(db));
        }
    }
}
