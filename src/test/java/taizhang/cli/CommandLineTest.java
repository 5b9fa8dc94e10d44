package taizhang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static taizhang.testing.Ids.id;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import taizhang.testing.Cli;
import taizhang.testing.Office;
import taizhang.testing.Snapshot;

class CommandLineTest {
    @TempDir
    Path dir;

    @Test
    void helpExitsZeroAndUsageErrorsExitTwo() {
        Cli cli = new Cli(dir.resolve("x.db"));
        Cli.Result help = cli.run("--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("import"), help.out());
        assertEquals(2, cli.run("frobnicate").code());
        assertEquals(2, cli.run("import", "people", "x.csv").code());
        assertEquals(2, cli.run("export").code());
    }

    @Test
    void everyCommandButInitNeedsADatabase() {
        Cli cli = new Cli(dir.resolve("missing.db"));
        for (String[] args : new String[][] {{"check"}, {"export", "persons"}, {"backup"},
                {"import", "persons", "x.csv"}, {"population", "--from-register", "--as-of", "2026-01-01"}}) {
            Cli.Result r = cli.run(args);
            assertEquals(1, r.code(), String.join(" ", args));
            assertTrue(r.err().contains("no database at " + cli.db() + ": run taizhang init"), r.err());
        }
        assertTrue(Files.notExists(cli.db()));
    }

    @Test
    void initCreatesSettingsAndSchemesAndRefusesAnExistingFile() throws Exception {
        Cli cli = new Cli(dir.resolve("new.db"));
        assertEquals(0, cli.run("init", "--stat-year-start", "10").code());
        assertEquals(3, Snapshot.count(cli.db(), "SELECT count(*) FROM scheme"));
        assertEquals(0, Snapshot.count(cli.db(), "SELECT count(*) FROM area"));
        assertEquals(10, Snapshot.count(cli.db(), "SELECT value FROM setting WHERE key = 'stat_year_start'"));
        String before = Snapshot.of(cli.db());
        Cli.Result again = cli.run("init");
        assertEquals(1, again.code());
        assertTrue(again.err().contains("already exists"), again.err());
        assertEquals(before, Snapshot.of(cli.db()));
        assertEquals(1, new Cli(dir.resolve("bad.db")).run("init", "--stat-year-start", "13").code());
    }

    @Test
    void aValueOutsideAnOptionsChoicesIsAUsageErrorLikeAnUnknownFormat() throws Exception {
        Cli cli = Office.create(dir);
        Path csv = Office.write(dir.resolve("p.csv"), "name,sex,birth_date,area_code,residence\n");
        String[][] lines = {{"export", "areas", "--format", "pdf"}, {"export", "areas", "--headers", "fr"},
            {"account", "list", "--format", "xml"}, {"audit", "--format", "xml"}, {"--lang", "fr", "check"},
            {"check", "--lang=fr"}, {"import", "persons", csv.toString(), "--encoding", "latin1"}};
        for (String[] line : lines) {
            Cli.Result r = cli.run(line);
            assertEquals(2, r.code(), String.join(" ", line) + ": " + r.err());
            assertTrue(r.err().startsWith("taizhang: invalid value for --"), r.err());
            assertTrue(r.err().contains("\nsee: taizhang "), r.err());
        }
        assertEquals("taizhang: invalid value for --headers (en|zh): fr\nsee: taizhang export --help\n",
                cli.run("export", "areas", "--headers", "fr").err());
        assertEquals(0, cli.run("import", "persons", csv.toString(), "--encoding", "GBK").code(), "a name it knows");
        assertEquals(0, cli.run("--lang", "ZH", "check").code());
        assertEquals(0, cli.run("export", "areas", "--headers", "zh").code());
    }

    @Test
    void personsWithoutDemoIsAUsageErrorAndMakesNoDatabase() {
        Cli cli = new Cli(dir.resolve("plain.db"));
        Cli.Result r = cli.run("init", "--persons", "100");
        assertEquals(2, r.code());
        assertEquals("taizhang: invalid command line: --persons goes with --demo\nsee: taizhang init --help\n",
                r.err());
        assertTrue(Files.notExists(cli.db()));
        Cli.Result zh = cli.run("init", "--persons", "100", "--lang", "zh");
        assertTrue(zh.err().contains("--persons 只能和 --demo 一起用"), zh.err());
    }

    @Test
    void globalOptionsWorkBeforeTheSubcommandToo() throws Exception {
        Cli cli = Office.create(dir);
        StringBuilder out = new StringBuilder();
        int code = Main.run(new String[] {"--db", cli.db().toString(), "check"},
                new java.io.PrintWriter(new java.io.StringWriter() {
                    @Override
                    public void write(String s, int off, int len) {
                        out.append(s, off, off + len);
                    }
                }), new java.io.PrintWriter(new java.io.StringWriter()), java.util.Map.of("TAIZHANG_TODAY", Cli.TODAY),
                Cli.OS_USER);
        assertEquals(0, code);
        assertTrue(out.toString().contains("ok"), out.toString());
    }

    @Test
    void populationFromTheRegisterCountsTheLivingWhoAreNotAway() throws Exception {
        Cli cli = Office.create(dir);
        Path persons = Office.write(dir.resolve("p.csv"), "id_number,name,sex,birth_date,area_code,residence,died_on\n"
                + ",甲,M,2000-01-01," + Office.V1 + ",resident,\n"
                + ",乙,F,2000-01-01," + Office.V1 + ",inflow,\n"
                + ",丙,F,2000-01-01," + Office.V1 + ",outflow,\n"
                + ",丁,M,1930-01-01," + Office.V1 + ",resident,2025-06-01\n"
                + ",戊,M,1930-01-01," + Office.V1 + ",resident,2026-06-01\n"
                + ",己,M,2026-03-01," + Office.V2 + ",resident,\n");
        assertEquals(0, cli.run("import", "persons", persons.toString()).code());

        Cli.Result r = cli.run("population", "--from-register", "--as-of", "2026-01-01");

        assertEquals(0, r.code(), r.err());
        assertEquals(3, Snapshot.count(cli.db(), "SELECT population FROM population WHERE area_code = '" + Office.V1
                + "' AND as_of = '2026-01-01'"));
        assertEquals(0, Snapshot.count(cli.db(), "SELECT population FROM population WHERE area_code = '" + Office.V2
                + "'"));
        assertEquals(3, Snapshot.count(cli.db(), "SELECT count(*) FROM population"));
        assertEquals(0, cli.run("population", "--from-register", "--as-of", "2026-01-01").code());
        assertEquals(3, Snapshot.count(cli.db(), "SELECT count(*) FROM population"), "run again replaces");
        assertEquals(1, cli.run("population", "--from-register", "--as-of", "2026-12-01").code());
    }

    @Test
    void populationOfADateThatDoesNotExistSaysSoAndWritesNothing() throws Exception {
        Cli cli = Office.create(dir);
        String before = Snapshot.of(cli.db());
        Cli.Result en = cli.run("population", "--from-register", "--as-of", "2026-02-30");
        assertEquals(1, en.code());
        assertEquals("taizhang: --as-of: \"2026-02-30\" is not a real date\n", en.err());
        Cli.Result zh = cli.run("--lang", "zh", "population", "--from-register", "--as-of", "2026-02-30");
        assertEquals(1, zh.code());
        assertEquals("taizhang：--as-of：\"2026-02-30\" 日期不存在\n", zh.err());
        assertEquals(before, Snapshot.of(cli.db()));
        assertEquals("taizhang：--since：\"2026-02-30\" 日期不存在\n",
                cli.run("--lang", "zh", "audit", "--since", "2026-02-30").err());
    }

    @Test
    void backupIsACheckedCopyAndNeverOverwrites() throws Exception {
        Cli cli = Office.create(dir);
        Path copy = dir.resolve("copy.db");
        String before = Snapshot.of(cli.db());
        assertEquals(0, cli.run("backup", "--to", copy.toString()).code());
        assertEquals(before, Snapshot.of(copy), "the database as it was when the backup began");
        assertEquals(1, Snapshot.count(cli.db(), "SELECT count(*) FROM audit WHERE action = 'backup'"
                + " AND detail LIKE '%copy.db%'"), "recorded in the database's own trail");
        Cli.Result again = cli.run("backup", "--to", copy.toString());
        assertEquals(1, again.code());
        assertTrue(again.err().contains("will not overwrite"), again.err());
    }

    @Test
    void backupGoesToAFileWhoseNameHoldsSpacesAndQuotes() throws Exception {
        Cli cli = Office.create(dir);
        Path copy = dir.resolve("my \"office\" backup 'Nov'.db");
        String before = Snapshot.of(cli.db());
        Cli.Result r = cli.run("backup", "--to", copy.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(before, Snapshot.of(copy));
    }

    @Test
    void backupThatCannotBeWrittenSaysWhyInWords() throws Exception {
        Cli cli = Office.create(dir);
        Files.writeString(dir.resolve("a-file"), "x");
        Cli.Result r = cli.run("backup", "--to", dir.resolve("a-file").resolve("copy.db").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("cannot write " + dir.resolve("a-file").resolve("copy.db")), r.err());
        assertFalse(r.err().contains(".part") || r.err().contains("Exception") || r.err().contains("SQLITE"), r.err());
    }

    @Test
    void checkOfADamagedFileSaysStorageIntegrityFailedAndRunsTheOtherChecks() throws Exception {
        // Enough persons that their index spans several pages: SQLite's own check then stops on the damage.
        Cli cli = new Cli(dir.resolve("county.db"));
        assertEquals(0, cli.run("init", "--demo", "--persons", "300").code());
        long offset;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + cli.db()); Statement s = c.createStatement()) {
            ResultSet page = s.executeQuery("SELECT rootpage FROM sqlite_master WHERE name = 'person_area'");
            page.next();
            long root = page.getLong(1);
            ResultSet size = s.executeQuery("PRAGMA page_size");
            size.next();
            offset = (root - 1) * size.getLong(1);
        }
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(cli.db().toFile(), "rw")) {
            // An index page's header made to claim five cells of a table leaf: rowids out of order.
            f.seek(offset);
            f.write(new byte[] {0x0d, 0, 0, 0, 5});
        }
        Cli.Result r = cli.run("check");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().contains("FAILED  storage integrity"), r.out());
        assertTrue(r.out().contains("every record passes the rules"), r.out());
        assertFalse(r.err().contains("unexpected failure"), r.err());
    }

    @Test
    void checkFindsTwoLivingPersonsWithOneIdNumber() throws Exception {
        Cli cli = Office.create(dir);
        assertEquals(0, cli.run("check").code());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + cli.db()); Statement s = c.createStatement()) {
            // What only a hand edit outside taizhang could do: drop the guard and break the rule.
            s.execute("DROP INDEX person_id");
            for (String name : new String[] {"甲", "乙"}) {
                s.execute("INSERT INTO person (id_number, name, sex, birth_date, area_code, residence, created_at,"
                        + " updated_at) VALUES ('" + id("19900101", 1) + "', '" + name + "', 'M', '1990-01-01', '"
                        + Office.V1 + "', 'resident', 'x', 'x')");
            }
            s.execute("INSERT INTO person (name, sex, birth_date, area_code, residence, created_at, updated_at)"
                    + " VALUES ('丙', 'M', '2030-01-01', '" + Office.V1 + "', 'resident', 'x', 'x')");
        }
        Cli.Result r = cli.run("check");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("living persons share ID number " + id("19900101", 1)), r.err());
        assertTrue(r.err().contains("birth_date: \"2030-01-01\" is after today"), r.err());
        assertTrue(r.out().contains("ok      storage integrity"), r.out());
    }

    @Test
    void anOutputFileNamedXlsxGetsXlsxWithoutFormat() throws Exception {
        Cli cli = Office.create(dir);
        Path xlsx = dir.resolve("areas.xlsx");
        assertEquals(0, cli.run("export", "areas", "--out", xlsx.toString()).code());
        byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(xlsx), 2);
        assertEquals("PK", new String(head, java.nio.charset.StandardCharsets.US_ASCII), "a zip, as XLSX is");
        Path csv = dir.resolve("areas.csv");
        assertEquals(0, cli.run("export", "areas", "--out", csv.toString()).code());
        assertTrue(Files.readString(csv).startsWith("\uFEFFcode,name,parent_code"));
        Path report = dir.resolve("r.xlsx");
        assertEquals(0, cli.run("report", "--period", "2026-10", "--out", report.toString()).code());
        assertEquals("PK", new String(java.util.Arrays.copyOf(Files.readAllBytes(report), 2),
                java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Test
    void theUsersOwnLocaleChoosesTheLanguageWhenJavaRunsUnderAUtf8One() throws Exception {
        Cli cli = Office.create(dir);
        Cli.Result english = cli.run("report", "--period", "2026-10");
        assertTrue(english.out().startsWith("Tally"), english.out());
        StringBuilder out = new StringBuilder();
        java.io.StringWriter sink = new java.io.StringWriter();
        int code = Main.run(new String[] {"report", "--period", "2026-10", "--db", cli.db().toString()},
                new java.io.PrintWriter(sink), new java.io.PrintWriter(new java.io.StringWriter()),
                java.util.Map.of("TAIZHANG_TODAY", Cli.TODAY, "LC_ALL", "C.UTF-8", "TAIZHANG_LOCALE", "zh_CN.GBK"),
                Cli.OS_USER);
        out.append(sink);
        assertEquals(0, code);
        assertTrue(out.toString().startsWith("统计表"), out.toString());
    }

    @Test
    void exportingToAPipeWritesIntoItAndLeavesItAPipe() throws Exception {
        // As --out /dev/null or /dev/stdout: a rename into place would replace the device.
        Cli cli = Office.create(dir);
        Path fifo = dir.resolve("pipe");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        java.util.concurrent.CompletableFuture<byte[]> read = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readAllBytes(fifo);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        assertEquals(0, cli.run("export", "areas", "--format", "csv", "--out", fifo.toString()).code());

        String text = new String(read.get(30, java.util.concurrent.TimeUnit.SECONDS),
                java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFcode,name,parent_code\n990101,"), text);
        assertTrue(Files.exists(fifo) && !Files.isRegularFile(fifo), "the pipe was replaced by a file");
    }
}
