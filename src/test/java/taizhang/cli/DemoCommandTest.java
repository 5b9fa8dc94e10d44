package taizhang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import taizhang.domain.Register;
import taizhang.storage.Database;
import taizhang.storage.RegisterStore;

class DemoCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out), new PrintWriter(err), Map.of("TAIZHANG_TODAY", "2026-11-24"));
    }

    @Test
    void writesOneFilePerRegisterAndNothingToStdout(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("county");
        assertEquals(0, run("demo", "--out", folder.toString(), "--persons", "800", "--seed", "3"), err.toString());
        assertEquals("", out.toString());
        assertTrue(err.toString().contains("persons 8"), err.toString());
        for (Register r : Register.values()) {
            Path file = folder.resolve(r.fileName() + ".csv");
            java.util.List<String> lines = Files.readAllLines(file);
            // The export's own header, then as many records as the summary says, each of the header's width.
            assertEquals("\uFEFF" + String.join(",", taizhang.io.Export.header(r, false)), lines.get(0), file.toString());
            java.util.regex.Matcher said = java.util.regex.Pattern.compile(" " + r.fileName() + " (\\d+)")
                    .matcher(err.toString());
            assertTrue(said.find(), err.toString());
            long records = Long.parseLong(said.group(1));
            assertTrue(records > 0, r + " has records");
            try (org.apache.commons.csv.CSVParser csv = org.apache.commons.csv.CSVFormat.DEFAULT.builder()
                    .setHeader().setSkipHeaderRecord(true).build().parse(Files.newBufferedReader(file))) {
                java.util.List<org.apache.commons.csv.CSVRecord> rows = csv.getRecords();
                assertEquals(records, rows.size(), file.toString());
                assertTrue(rows.stream().allMatch(row -> row.size() == r.fields().size()), file.toString());
            }
        }
        assertEquals(1 + 800, Files.readAllLines(folder.resolve("persons.csv")).size(), "the header and 800 persons");
    }

    @Test
    void sameSeedAndTodaySameBytes(@TempDir Path dir) throws Exception {
        for (String name : new String[] {"a", "b"}) {
            assertEquals(0, run("demo", "--out", dir.resolve(name).toString(), "--persons", "700", "--seed", "8"));
        }
        for (Register r : Register.values()) {
            String file = r.fileName() + ".csv";
            assertEquals(-1L, Files.mismatch(dir.resolve("a").resolve(file), dir.resolve("b").resolve(file)), file);
        }
    }

    @Test
    void refusesAnImpossibleNumberOfPersons(@TempDir Path dir) {
        assertEquals(1, run("demo", "--out", dir.toString(), "--persons", "0"));
        assertTrue(err.toString().contains("--persons must be from 1 to"), err.toString());
        assertEquals(2, run("demo", "--out", dir.toString(), "--persons", "many"));
        assertEquals(2, run("demo", "--persons", "10"), "--out is required");
    }

    @Test
    void initDemoCreatesTheCounty(@TempDir Path dir) {
        Path db = dir.resolve("office.db");
        assertEquals(0, run("--db", db.toString(), "init", "--demo", "--persons", "600"), err.toString());
        try (Database opened = taizhang.testing.Admin.signIn(Database.open(db))) {
            RegisterStore store = new RegisterStore(opened);
            assertEquals(600, store.count(Register.PERSONS));
            assertEquals(3, store.count(Register.SCHEMES), "init's schemes, not twice");
            assertTrue(store.count(Register.AREAS) >= 9);
            assertTrue(store.count(Register.BENEFITS) > 0);
        }
    }
}
