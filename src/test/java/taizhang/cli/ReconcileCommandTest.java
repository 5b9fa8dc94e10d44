package taizhang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import taizhang.testing.Cli;
import taizhang.testing.Office;
import taizhang.testing.Snapshot;

/**
 * {@code reconcile births}: the hand-made case of SPEC 12 (each tier, twins, a homophone and a
 * polyphonic surname, a day off, a sex conflict, a missing, an unlisted and a next-year birth)
 * from files to the CSV a clerk opens, compared whole with a golden file.
 */
class ReconcileCommandTest {
    @TempDir
    Path dir;
    Cli cli;

    @BeforeEach
    void office() throws IOException {
        cli = Office.create(dir);
        Cli.Result r = cli.run("import", "births", resource("register-births.csv").toString());
        assertEquals(0, r.code(), r.err());
    }

    private Path resource(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/taizhang/reconcile/" + name)) {
            Path file = dir.resolve(name);
            Files.write(file, in.readAllBytes());
            return file;
        }
    }

    private String golden(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/taizhang/reconcile/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void csvIsTheGoldenFileAndTheSummaryGoesToStandardOutput() throws IOException {
        Path out = dir.resolve("result.csv");
        Cli.Result r = cli.run("reconcile", "births", resource("hospital-list.csv").toString(), "--source", "hospital",
                "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(golden("golden.csv"), Files.readString(out, StandardCharsets.UTF_8));
        assertEquals(golden("golden-summary.txt"), r.out());
    }

    @Test
    void csvOnStandardOutputPutsTheSummaryOnStandardError() throws IOException {
        Cli.Result r = cli.run("reconcile", "births", resource("hospital-list.csv").toString(), "--source", "police",
                "--format", "csv");
        assertEquals(0, r.code(), r.err());
        assertEquals(golden("golden.csv"), r.out());
        assertEquals(golden("golden-summary.txt"), r.err());
    }

    @Test
    void tableListsRowsWithDifferencesThenTheSummary() throws IOException {
        Cli.Result r = cli.run("reconcile", "births", resource("hospital-list.csv").toString(), "--source", "hospital");
        assertEquals(0, r.code(), r.err());
        List<String> lines = List.of(r.out().split("\n"));
        assertTrue(lines.get(1).startsWith("matched  certificate     2       1 王小明"), lines.get(1));
        assertEquals("         child_sex: F≠M", lines.get(9));
        assertTrue(r.out().endsWith(golden("golden-summary.txt")), r.out());
        for (String line : lines) {
            assertTrue(taizhang.io.Width.of(line) <= 80, line);
        }
    }

    @Test
    void xlsxHasTheRowsThenTheSummaryAndTheSourceInTheTitle() throws IOException {
        Path out = dir.resolve("result.xlsx");
        Cli.Result r = cli.run("reconcile", "births", resource("hospital-list.csv").toString(), "--source", "police",
                "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        try (ReadableWorkbook wb = new ReadableWorkbook(out.toFile())) {
            List<Sheet> sheets = wb.getSheets().toList();
            assertEquals(List.of("比对结果", "汇总"), sheets.stream().map(Sheet::getName).toList());
            var rows = sheets.get(0).read();
            assertEquals(11, rows.size());
            assertEquals(List.of("status", "tier", "source_line", "register_id", "certificate_no", "child_name",
                    "child_sex", "birth_date", "mother_name", "mother_id_number", "area_code", "differences"),
                    rows.get(0).stream().map(c -> c.getText()).toList(), "SPEC 12's columns, in English");
            assertEquals("conflict", rows.get(2).getCellText(0));
            assertEquals("2026-03-06", rows.get(2).getCellAsDate(7).orElseThrow().toLocalDate().toString());
            assertEquals("990101199001010027", rows.get(2).getCellText(9));
            var summary = sheets.get(1).read();
            assertEquals("on_list", summary.get(0).getCellText(2));
            assertEquals("total", summary.get(3).getCellText(0), "the total named in the headers' language");
            assertEquals(new java.math.BigDecimal("77.78"), summary.get(3).getCellAsNumber(7).orElseThrow());
        }
        String core = new String(entry(out, "docProps/core.xml"), StandardCharsets.UTF_8);
        assertTrue(core.contains("births reconciliation: &#x516c;&#x5b89;&#x6237;&#x7c4d;&#x767b;&#x8bb0; police hospital-list.csv"), core);
    }

    @Test
    void xlsxIsHeadedInChineseUnderChinese() throws IOException {
        Path out = dir.resolve("result-zh.xlsx");
        Cli.Result r = cli.run("--lang", "zh", "reconcile", "births", resource("hospital-list.csv").toString(),
                "--source", "hospital", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        try (ReadableWorkbook wb = new ReadableWorkbook(out.toFile())) {
            List<Sheet> sheets = wb.getSheets().toList();
            assertEquals("状态", sheets.get(0).read().get(0).getCellText(0));
            assertEquals("conflict", sheets.get(0).read().get(2).getCellText(0), "codes stay as SPEC writes them");
            var summary = sheets.get(1).read();
            assertEquals("名单数", summary.get(0).getCellText(2));
            assertEquals("合计", summary.get(3).getCellText(0));
        }
    }

    private static byte[] entry(Path xlsx, String name) throws IOException {
        try (var zip = new java.util.zip.ZipFile(xlsx.toFile())) {
            return zip.getInputStream(zip.getEntry(name)).readAllBytes();
        }
    }

    @Test
    void theLastResultIsKeptWithWhoRanItWhichFileAndItsDigestOnePerAccount() throws Exception {
        Path list = resource("hospital-list.csv");
        assertEquals(0, cli.run("reconcile", "births", list.toString(), "--source", "hospital", "--format", "csv").code());
        String sha = taizhang.io.FileDigest.sha256(list);
        assertEquals(1, Snapshot.count(cli.db(), "SELECT count(*) FROM reconciliation WHERE source = 'hospital'"
                + " AND run_by = 'tester' AND sha256 = '" + sha + "' AND window_from = '2026-03-01'"
                + " AND window_to = '2026-03-22'"));
        assertEquals(10, Snapshot.count(cli.db(), "SELECT count(*) FROM reconciliation_row"));
        assertEquals(0, cli.run("reconcile", "births", list.toString(), "--source", "police", "--format", "csv").code());
        assertEquals(1, Snapshot.count(cli.db(), "SELECT count(*) FROM reconciliation"), "only the last is kept");
        assertEquals(10, Snapshot.count(cli.db(), "SELECT count(*) FROM reconciliation_row"));
        assertEquals(0, cli.run("account", "add", "wang", "--role", "statistician", "--scope", Office.COUNTY,
                "--os-user", "wang").code());
        assertEquals(0, cli.as("wang").run("reconcile", "births", list.toString(), "--source", "hospital", "--format",
                "csv").code());
        assertEquals(2, Snapshot.count(cli.db(), "SELECT count(*) FROM reconciliation"), "another's last stays");
        assertEquals(20, Snapshot.count(cli.db(), "SELECT count(*) FROM reconciliation_row"));
    }

    /** The detail of the last audit entry with this action, and who made it. */
    private Audited audited(String action) throws Exception {
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + cli.db());
             var s = c.prepareStatement("SELECT login, register, record_id, detail FROM audit WHERE action = ?"
                     + " ORDER BY seq DESC LIMIT 1")) {
            s.setString(1, action);
            try (var rs = s.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                Map<String, Object> detail = new com.google.gson.Gson().fromJson(rs.getString(4),
                        new com.google.gson.reflect.TypeToken<Map<String, Object>>() { }.getType());
                return new Audited(rs.getString(1), rs.getString(2), rs.getObject(3), detail);
            }
        }
    }

    private record Audited(String login, String register, Object recordId, Map<String, Object> detail) {
    }

    @Test
    void theRunIsAuditedUnderTheAccountWithTheFileItsDigestAndTheCounts() throws Exception {
        Path list = resource("hospital-list.csv");
        Cli.Result r = cli.run("reconcile", "births", list.toString(), "--source", "hospital", "--format", "csv");
        assertEquals(0, r.code(), r.err());
        Audited run = audited("reconcile");
        assertEquals("tester", run.login());
        assertEquals("births", run.register());
        assertEquals(null, run.recordId());
        Map<String, Object> d = run.detail();
        assertEquals("hospital", d.get("source"));
        assertEquals("hospital-list.csv", d.get("file"));
        assertEquals(taizhang.io.FileDigest.sha256(list), d.get("sha256"));
        assertEquals(64, ((String) d.get("sha256")).length());
        assertEquals(9.0, d.get("rows"));
        assertEquals("2026-03-01", d.get("window_from"));
        assertEquals("2026-03-22", d.get("window_to"));
        assertEquals(List.of(5.0, 2.0, 2.0, 1.0, 0.0), List.of(d.get("matched"), d.get("conflicts"), d.get("missing"),
                d.get("unlisted"), d.get("left_out")));
        assertEquals(null, audited("reconcile.export"), "standard output is no file taken out");
        assertEquals(0, cli.run("audit", "--verify").code(), "the chain holds with the entry in it");
    }

    @Test
    void aResultWrittenToAFileIsAuditedAsAnExport() throws Exception {
        Path out = dir.resolve("q1.xlsx");
        Cli.Result r = cli.run("reconcile", "births", resource("hospital-list.csv").toString(), "--source", "police",
                "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        Audited export = audited("reconcile.export");
        assertEquals("tester", export.login());
        assertEquals("births", export.register());
        assertEquals(out.toString(), export.detail().get("file"));
        assertEquals("xlsx", export.detail().get("format"));
        assertEquals(10.0, export.detail().get("rows"));
        assertEquals("police", export.detail().get("source"));
        assertEquals(2, Snapshot.count(cli.db(), "SELECT count(*) FROM audit WHERE action LIKE 'reconcile%'"));
    }

    @Test
    void aResultFileThatCannotBeRecordedIsNotLeftBehind() throws Exception {
        // The audit trail refuses the file's entry, as a database busy past every wait would.
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + cli.db());
             java.sql.Statement s = c.createStatement()) {
            s.execute("CREATE TRIGGER no_export BEFORE INSERT ON audit WHEN NEW.action = 'reconcile.export'"
                    + " BEGIN SELECT RAISE(ABORT, 'not now'); END");
        }
        for (String name : List.of("q1.xlsx", "q1.csv", "q1.txt")) {
            Path out = dir.resolve(name);
            Cli.Result r = cli.run("reconcile", "births", resource("hospital-list.csv").toString(), "--source",
                    "police", "--out", out.toString(), "--format", name.endsWith("txt") ? "table" : name.substring(3));
            assertEquals(1, r.code(), name + ": " + r.err());
            assertFalse(Files.exists(out), name + " is named only once recorded");
            assertFalse(Files.exists(dir.resolve(name + ".part")), "nor is half of it left");
        }
        assertEquals(null, audited("reconcile.export"));
    }

    @Test
    void aVillageClerkComparesATownshipListWithTheirVillageOnly() throws Exception {
        Cli.Result added = cli.run("account", "add", "li", "--role", "clerk", "--scope", Office.V1, "--os-user", "lisi");
        assertEquals(0, added.code(), added.err());
        Cli.Result r = cli.as("lisi").run("reconcile", "births", resource("hospital-list.csv").toString(), "--source",
                "hospital", "--format", "csv");
        assertEquals(0, r.code(), r.err());
        String expected = golden("golden.csv").lines()
                .filter(l -> !l.contains(",990101101202,")).map(l -> l + "\n").reduce("", String::concat);
        assertEquals(expected, r.out(), "the other village's rows are neither missing nor shown, nor its unlisted birth");
        assertTrue(r.out().contains("\nconflict,mother_id,3,2,,赵一,"), "a row naming no village still matches");
        assertTrue(r.err().startsWith("2 rows of the list left out: they name a village outside the scope of li ("
                + Office.V1 + "), or none, and match no birth in it\n"), r.err());
        assertTrue(r.err().contains("990101101201 一村             7       4        1       2        0     71.43"),
                r.err());
        assertTrue(r.err().contains("total                         7       4        1       2        0     71.43"),
                r.err());
        assertFalse(r.err().contains("二村"), r.err());
        Audited run = audited("reconcile");
        assertEquals("li", run.login());
        assertEquals(2.0, run.detail().get("left_out"));
        assertEquals(9.0, run.detail().get("rows"));
        assertEquals(1, Snapshot.count(cli.db(), "SELECT count(*) FROM reconciliation WHERE run_by = 'li'"
                + " AND left_out = 2"));
    }

    @Test
    void aViewerMayNotReconcileAndNothingIsKeptOrAudited() throws Exception {
        Cli.Result added = cli.run("account", "add", "kan", "--role", "viewer", "--scope", Office.COUNTY,
                "--os-user", "kan");
        assertEquals(0, added.code(), added.err());
        String before = Snapshot.of(cli.db());
        Cli.Result r = cli.as("kan").run("reconcile", "births", resource("hospital-list.csv").toString(), "--source",
                "hospital");
        assertEquals(1, r.code());
        assertEquals("", r.out());
        assertEquals("taizhang: kan (viewer) may not import\n", r.err());
        assertEquals(before, Snapshot.of(cli.db()));
    }

    @Test
    void fromAndToWidenTheWindowForUnlistedBirths() throws IOException {
        Cli.Result r = cli.run("reconcile", "births", resource("hospital-list.csv").toString(), "--source", "hospital",
                "--format", "csv", "--from", "2025-01-01", "--to", "2026-12-31");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\nunlisted,,,9,,黄一,F,2025-03-18,林娜,"), r.out());
    }

    @Test
    void brokenRowsAreNamedByLineAndNothingIsCompared() throws Exception {
        Path list = Office.write(dir.resolve("broken.csv"), """
                child_name,child_sex,birth_date,mother_name,mother_id_number,area_code
                甲,M,2026-02-30,乙,,990101101201
                丙,X,2026-03-01,丁,,990101101201
                戊,F,2026-03-01,己,990101199001010019,990101101201
                庚,F,2026-03-01,辛,,990101999999
                壬,F,2026-03-01
                癸,F,2026-03-01,子,,990101101201
                癸,F,2026-03-01,子,,990101101201
                """);
        Cli.Result r = cli.run("reconcile", "births", list.toString(), "--source", "hospital");
        assertEquals(1, r.code());
        assertEquals("", r.out());
        List<String> err = r.errLines();
        assertTrue(err.get(0).startsWith(list + ":2: birth_date: \"2026-02-30\""), err.get(0));
        assertTrue(err.get(1).startsWith(list + ":3: child_sex: \"X\""), err.get(1));
        assertTrue(err.get(2).startsWith(list + ":4: mother_id_number: \"990101199001010019\" is a man's"), err.get(2));
        assertTrue(err.get(3).startsWith(list + ":5: area_code: \"990101999999\""), err.get(3));
        assertTrue(err.get(4).startsWith(list + ":6: the row has 3 cells"), err.get(4));
        assertEquals(list + ": 7 rows read; 5 errors; nothing compared", err.get(5), "the repeated row is no error");
        assertEquals(6, err.size());
        assertEquals(0, Snapshot.count(cli.db(), "SELECT count(*) FROM reconciliation"));
    }

    @Test
    void oneBrokenRowOfOneIsCountedInTheSingular() throws Exception {
        Path list = Office.write(dir.resolve("one.csv"), "child_name,child_sex,birth_date,mother_name\n甲,M,2026-02-30,乙\n");
        Cli.Result r = cli.run("reconcile", "births", list.toString(), "--source", "hospital");
        assertEquals(1, r.code());
        assertEquals(list + ": 1 row read; 1 error; nothing compared", r.errLines().get(1));
    }

    @Test
    void aListWithAnUnknownColumnIsRefused() throws IOException {
        Path list = Office.write(dir.resolve("typo.csv"), "child_sex,birth_date,mother_nam\nM,2026-03-01,甲\n");
        Cli.Result r = cli.run("reconcile", "births", list.toString(), "--source", "hospital");
        assertEquals(1, r.code());
        assertTrue(r.err().contains(":1: mother_nam: unknown column for births (columns are certificate_no,"), r.err());
        assertTrue(r.err().contains(":1: mother_name: required column is missing (母亲姓名)"), r.err());
    }

    @Test
    void sourceIsRequiredAndChecked() throws IOException {
        Path list = resource("hospital-list.csv");
        assertEquals(2, cli.run("reconcile", "births", list.toString()).code());
        Cli.Result r = cli.run("reconcile", "births", list.toString(), "--source", "clinic");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("invalid value for --source (hospital|police): clinic"), r.err());
        assertFalse(cli.run("reconcile", "births", list.toString(), "--source", "hospital", "--from", "2026-13-01")
                .code() == 0);
    }
}
