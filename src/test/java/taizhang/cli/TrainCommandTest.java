package taizhang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import taizhang.testing.Cli;
import taizhang.testing.Office;
import taizhang.testing.Snapshot;

/**
 * The launcher's training run (hidden {@code _train}) works on a throw-away office of its own:
 * the office's database, named with --db or not, is neither opened nor written, so its audit
 * trail has nothing to record (README, "Decisions where the SPEC is silent").
 */
class TrainCommandTest {
    @TempDir
    Path dir;

    @Test
    void theTrainingRunLeavesTheOfficeDatabaseAsItWasAndItsAuditTrailWithoutAnEntry() throws Exception {
        Cli office = Office.create(dir);
        String before = Snapshot.of(office.db());
        long size = Files.size(office.db());
        Cli.Result trained = office.run("_train");
        assertEquals(0, trained.code(), trained.err());
        assertEquals(before, Snapshot.of(office.db()), "every table as it was, the audit trail included");
        assertEquals(size, Files.size(office.db()));
        assertEquals(0, Snapshot.count(office.db(), "SELECT count(*) FROM audit WHERE login = 'train'"));
    }
}
