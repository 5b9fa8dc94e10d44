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
}
