package taizhang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import taizhang.testing.Cli;
import taizhang.testing.Ids;
import taizhang.testing.Office;
import taizhang.testing.Snapshot;

/** The program as a separate process: killed mid-import, and two imports at once. */
class ProcessSafetyTest {
    @TempDir
    Path dir;

    /** A persons file of {@code n} valid rows whose ID numbers start at sequence block {@code block}. */
    private Path persons(String name, int n, int block) throws IOException {
        Path file = dir.resolve(name);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("id_number,name,sex,birth_date,area_code,household_no,residence\n");
            for (int i = 0; i < n; i++) {
                int day = i % 28 + 1;
                int year = 1940 + (i / 28) % 80;
                int seq = i / (28 * 80) % 1000;
                String birth = String.format("%04d%02d%02d", year, 3, day);
                String body = "99010" + block + birth + String.format("%03d", seq);
                String id = body + Ids.check(body);
                w.write(id + ",张" + i + "," + (seq % 2 == 1 ? "M" : "F") + "," + year + "-03-"
                        + String.format("%02d", day) + "," + Office.V1 + ",H" + i + ",resident\n");
            }
        }
        return file;
    }

    private Process start(Cli cli, Path file) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "import", "persons", file.toString(), "--db", cli.db().toString());
        pb.environment().put("TAIZHANG_TODAY", Cli.TODAY);
        pb.redirectErrorStream(true);
        pb.redirectOutput(dir.resolve(file.getFileName() + ".log").toFile());
        return pb.start();
    }

    @Test
    void killedMidImportLeavesTheDatabaseAsItWas() throws Exception {
        Cli cli = Office.create(dir);
        Path big = persons("big.csv", 400_000, 0);
        // Large enough for a bulk load (Import.isLarge: the size / 80 estimates 50,000 rows or more),
        // whose rows go in as database images; it is killed once the WAL holds 4 MB, which comes when
        // the rows are in and the indexes are built again (the bulk load's own cache holds the rows).
        assertTrue(Files.size(big) / 80 >= 50_000, "a bulk load");
        String before = Snapshot.of(cli.db());

        Process p = start(cli, big);
        Path wal = Path.of(cli.db() + "-wal");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (p.isAlive() && (!Files.exists(wal) || Files.size(wal) < 4_000_000) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(p.isAlive(), "the import finished before it could be killed; make the file larger");
        p.destroyForcibly();
        p.waitFor(30, TimeUnit.SECONDS);
        assertEquals(137, p.exitValue(), "killed by SIGKILL");

        assertEquals(before, Snapshot.of(cli.db()));
        Cli.Result check = cli.run("check");
        assertEquals(0, check.code(), check.out() + check.err());
    }

    @Test
    void twoImportsAtOnceRunOneAfterTheOtherOrOneSaysBusy() throws Exception {
        Cli cli = Office.create(dir);
        int n = 30_000;
        Path a = persons("a.csv", n, 1);
        Path b = persons("b.csv", n, 2);

        List<Process> ps = new ArrayList<>(List.of(start(cli, a), start(cli, b)));
        for (Process p : ps) {
            assertTrue(p.waitFor(180, TimeUnit.SECONDS));
        }
        long persons = Snapshot.count(cli.db(), "SELECT count(*) FROM person");
        int ok = 0;
        for (int i = 0; i < 2; i++) {
            String log = Files.readString(dir.resolve((i == 0 ? "a" : "b") + ".csv.log"));
            if (ps.get(i).exitValue() == 0) {
                ok++;
            } else {
                assertTrue(log.contains("busy"), log);
            }
        }
        assertTrue(ok >= 1);
        assertEquals((long) ok * n, persons);
        assertEquals(0, cli.run("check").code());
    }

    @Test
    void backupWhileAnotherProcessWritesIsAConsistentCopy() throws Exception {
        Cli cli = Office.create(dir);
        Path big = persons("big.csv", 200_000, 3);
        long before = Snapshot.count(cli.db(), "SELECT count(*) FROM person");

        Process p = start(cli, big);
        Path wal = Path.of(cli.db() + "-wal");
        while (p.isAlive() && (!Files.exists(wal) || Files.size(wal) < 2_000_000)) {
            Thread.sleep(20);
        }
        Path copy = dir.resolve("during.db");
        Cli.Result r = cli.run("backup", "--to", copy.toString());
        assertTrue(p.waitFor(180, TimeUnit.SECONDS));

        assertEquals(0, r.code(), r.err());
        assertEquals(0, p.exitValue());
        long copied = Snapshot.count(copy, "SELECT count(*) FROM person");
        assertTrue(copied == before || copied == before + 200_000, "a half-written copy: " + copied);
        assertEquals(0, new Cli(copy).run("check").code());
    }
}
