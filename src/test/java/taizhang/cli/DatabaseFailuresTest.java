package taizhang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import taizhang.testing.Cli;
import taizhang.testing.Office;
import taizhang.testing.ReadOnly;
import taizhang.testing.Snapshot;

/**
 * SPEC 10 on the command line: failures of the database named for what they are, exit 1, the
 * file left as it was. A database the user cannot write, the file or its folder, is named as such by every
 * command that writes (its work, or its audit entry), with exit 1, before any input is read:
 * the input files named here do not exist, and the message is still the read-only one.
 */
class DatabaseFailuresTest {
    @TempDir
    Path dir;

    private List<String[]> writingCommands() {
        String missing = dir.resolve("never-read.csv").toString();
        return List.of(
                new String[] {"import", "births", missing},
                new String[] {"import", "persons", missing, "--dry-run"},
                new String[] {"close", "--period", "2026-10"},
                new String[] {"population", "--from-register", "--as-of", "2026-01-01"},
                new String[] {"account", "add", "wang", "--role", "clerk", "--scope", Office.V1},
                new String[] {"export", "persons"},
                new String[] {"report", "--period", "2026-10", "--out", dir.resolve("r.csv").toString()},
                new String[] {"backup", "--to", dir.resolve("copy.db").toString()});
    }

    private void everyWritingCommandSaysReadOnly(Cli cli) {
        for (String[] args : writingCommands()) {
            Cli.Result r = cli.run(args);
            assertEquals(1, r.code(), String.join(" ", args) + ": " + r.err());
            assertEquals("taizhang: database is read-only: " + cli.db() + "\n", r.err(), String.join(" ", args));
        }
        assertTrue(Files.notExists(dir.resolve("copy.db")));
    }

    @Test
    void aReadOnlyFileIsRefusedByEveryCommandThatWritesAndStillRead() throws Exception {
        Cli cli = Office.create(dir);
        String before = Snapshot.of(cli.db());
        try (ReadOnly file = ReadOnly.make(cli.db())) {
            everyWritingCommandSaysReadOnly(cli);
            Cli.Result report = cli.run("report", "--period", "2026-10", "--format", "csv");
            assertEquals(0, report.code(), "a report on the screen only reads: " + report.err());
            Cli.Result check = cli.run("check");
            assertEquals(0, check.code(), "and so does check: " + check.err());
        }
        assertEquals(before, Snapshot.of(cli.db()));
    }

    @Test
    void aDatabaseInAReadOnlyFolderIsRefusedToo() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("office"));
        Cli cli = Office.create(folder);
        String before = Snapshot.of(cli.db());
        try (ReadOnly ro = ReadOnly.make(folder)) {
            everyWritingCommandSaysReadOnly(cli);
            Path another = folder.resolve("new.db");
            Cli.Result init = new Cli(another).run("init");
            assertEquals(1, init.code());
            assertEquals("taizhang: database is read-only: " + another + "\n", init.err());
        }
        assertEquals(before, Snapshot.of(cli.db()));
    }

    @Test
    void aFileThatIsNotTaizhangsOrIsNewerIsNamedSoAndLeftAsItWas() throws Exception {
        Path notes = dir.resolve("notes.db");
        Files.writeString(notes, "not a database\n".repeat(100));
        Cli.Result r = new Cli(notes).run("check");
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("taizhang: " + notes + " is not a taizhang database"), r.err());
        assertEquals("not a database\n".repeat(100), Files.readString(notes));

        Cli cli = Office.create(dir);
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + cli.db()); var s = c.createStatement()) {
            s.execute("PRAGMA user_version = 99");
        }
        byte[] before = Files.readAllBytes(cli.db());
        Cli.Result newer = cli.run("import", "births", dir.resolve("never-read.csv").toString());
        assertEquals(1, newer.code());
        assertTrue(newer.err().contains("was written by a newer taizhang (schema version 99"), newer.err());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(cli.db())));
    }
}
