package taizhang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import taizhang.testing.Cli;

/**
 * A file large enough for a bulk load (its rows handed to SQLite as database images, not bound
 * value by value) is stored exactly as written: exported again, it is the same file, byte for byte.
 */
class BulkImportTest {
    @TempDir
    Path dir;

    @Test
    void aLargeFileImportedAndExportedIsTheSameFile() throws Exception {
        Path demo = dir.resolve("county");
        assertEquals(0, new Cli(dir.resolve("unused.db")).run("demo", "--out", demo.toString(), "--persons", "60000").code());
        Path persons = demo.resolve("persons.csv");
        assertTrue(Files.size(persons) > 4_000_000, "large enough for a bulk load (50,000 rows of ~80 bytes)");

        Cli cli = new Cli(dir.resolve("t.db"));
        assertEquals(0, cli.run("init").code());
        assertEquals(0, cli.run("import", "areas", demo.resolve("areas.csv").toString()).code());
        Cli.Result imported = cli.run("import", "persons", persons.toString());
        assertEquals(0, imported.code(), imported.err());
        assertTrue(imported.out().contains("60000 added"), imported.out());

        Path exported = dir.resolve("exported.csv");
        assertEquals(0, cli.run("export", "persons", "--out", exported.toString()).code());
        assertEquals(Files.readString(persons), Files.readString(exported));
        Cli.Result check = cli.run("check");
        assertEquals(0, check.code(), check.out() + check.err());
    }

    /**
     * In a large import the register holds the file's rows written so far and has no index on ID
     * numbers: a duplicate is told apart (an earlier line of the file, or the register) from
     * memory, not by asking the register, which misnamed the first and made importing the same
     * file twice run for many minutes.
     */
    @Test
    void duplicatesInALargeFileAreToldFromThoseOfTheRegister() throws Exception {
        Path demo = dir.resolve("county");
        assertEquals(0, new Cli(dir.resolve("unused.db")).run("demo", "--out", demo.toString(), "--persons", "60000").code());
        Path persons = demo.resolve("persons.csv");
        java.util.List<String> lines = Files.readAllLines(persons);
        Path twice = dir.resolve("twice.csv");
        java.util.List<String> withDuplicate = new java.util.ArrayList<>(lines);
        withDuplicate.add(lines.get(1));
        Files.write(twice, withDuplicate);

        Cli cli = new Cli(dir.resolve("t.db"));
        assertEquals(0, cli.run("init").code());
        assertEquals(0, cli.run("import", "areas", demo.resolve("areas.csv").toString()).code());
        Cli.Result first = cli.run("import", "persons", twice.toString());
        assertEquals(1, first.code());
        assertTrue(first.err().contains(":" + withDuplicate.size() + ":"), first.err());
        assertTrue(first.err().contains("earlier line of this file"), first.err());
        assertEquals(1, first.errLines().stream().filter(l -> l.contains("already belongs")).count(), first.err());

        assertEquals(0, cli.run("import", "persons", persons.toString()).code());
        String before = taizhang.testing.Snapshot.of(cli.db());
        Cli.Result again = cli.run("import", "persons", persons.toString());
        assertEquals(1, again.code());
        assertTrue(again.err().contains("already belongs to a living person in the register"), again.err());
        assertTrue(!again.err().contains("earlier line of this file"), again.err());
        assertEquals(before, taizhang.testing.Snapshot.of(cli.db()));
    }
}
