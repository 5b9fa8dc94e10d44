package taizhang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import taizhang.testing.Cli;
import taizhang.testing.Clerks;
import taizhang.testing.Office;
import taizhang.testing.Snapshot;

/**
 * Commands that take data out (backup, export, a report to a file) while another process holds
 * the write lock for longer than the busy timeout (a long import): each reads what was committed,
 * says in words that it waits to record itself in the audit trail, and is made and recorded once
 * that write ends, instead of saying "database busy" after 15 seconds.
 */
class LongWriteTest {
    @TempDir
    Path dir;

    /** Standard error as the command writes it, with a latch let go at the first line that says it waits. */
    private static final class Watched extends Writer {
        final StringBuilder text = new StringBuilder();
        final CountDownLatch waits;
        final String marker;

        Watched(CountDownLatch waits, String marker) {
            this.waits = waits;
            this.marker = marker;
        }

        @Override
        public synchronized void write(char[] c, int off, int len) {
            boolean before = text.indexOf(marker) >= 0;
            text.append(c, off, len);
            if (!before && text.indexOf(marker) >= 0) {
                waits.countDown();
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    private record Run(CompletableFuture<Integer> code, Watched err) {
    }

    private static Run start(Cli cli, CountDownLatch waits, String marker, String... args) {
        Watched err = new Watched(waits, marker);
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--db");
        all.add(cli.db().toString());
        Map<String, String> env = Map.of("TAIZHANG_TODAY", Cli.TODAY, "USER", Cli.OS_USER, "LANG", "C");
        CompletableFuture<Integer> code = CompletableFuture.supplyAsync(() -> Main.run(all.toArray(String[]::new),
                new PrintWriter(new StringWriter()), new PrintWriter(err, true), env, Cli.OS_USER));
        return new Run(code, err);
    }

    @Test
    void backupExportAndReportWhileAnotherProcessWritesForLongAreMadeAndRecordedWhenItEnds() throws Exception {
        Cli cli = Office.create(dir);
        long entries = Snapshot.count(cli.db(), "SELECT count(*) FROM audit");
        Path copy = dir.resolve("copy.db");
        Path births = dir.resolve("births.csv");
        Path report = dir.resolve("report.csv");
        CountDownLatch waits = new CountDownLatch(3);
        List<Run> runs;
        boolean copyNamedWhileWaiting;
        try (Clerks.LockHolder longWrite = new Clerks.LockHolder(cli.db())) {
            runs = List.of(
                    start(cli, waits, "审计记录", "backup", "--to", copy.toString(), "--lang", "zh"),
                    start(cli, waits, "audit trail", "export", "births", "--out", births.toString()),
                    start(cli, waits, "audit trail", "report", "--period", "2026-10", "--out", report.toString()));
            // Past the busy timeout they would have said "database busy"; the write is let go once all wait.
            waits.await(40, TimeUnit.SECONDS);
            copyNamedWhileWaiting = Files.exists(copy);
        }
        for (Run r : runs) {
            assertEquals(0, r.code().get(60, TimeUnit.SECONDS), r.err().text.toString());
        }
        assertTrue(runs.get(0).err().text.toString().contains(
                "另一个程序正在写数据库（也许是导入）：等它写完（最多 10 分钟），再把这次操作记入审计记录"),
                runs.get(0).err().text.toString());
        assertTrue(runs.get(1).err().text.toString().startsWith("another process is writing the database (an import?):"
                + " waiting for it to end, up to 10 minutes, to record this in the audit trail\n"),
                runs.get(1).err().text.toString());
        assertFalse(copyNamedWhileWaiting, "the copy is named only once recorded");
        assertTrue(Files.exists(births) && Files.exists(report));
        assertEquals(entries + 3, Snapshot.count(cli.db(), "SELECT count(*) FROM audit"), "each recorded once");
        assertEquals(3, Snapshot.count(cli.db(), "SELECT count(*) FROM audit WHERE action IN"
                + " ('backup', 'export', 'report')"));
        assertEquals(0, new Cli(copy).run("check").code());
        assertEquals(0, cli.run("audit", "--verify").code());
    }

    @Test
    void aCommandWhoseWriteWaitsForAnotherProcesssSaysSoAndGoesOnWhenItEnds() throws Exception {
        Cli cli = Office.create(dir);
        CountDownLatch waits = new CountDownLatch(2);
        List<Run> runs;
        try (Clerks.LockHolder longWrite = new Clerks.LockHolder(cli.db())) {
            runs = List.of(start(cli, waits, "最多 15 秒", "close", "--period", "2026-09", "--lang", "zh"),
                    start(cli, waits, "up to 15 seconds", "population", "--from-register", "--as-of", "2026-10-31"));
            waits.await(40, TimeUnit.SECONDS);
        }
        for (Run r : runs) {
            assertEquals(0, r.code().get(60, TimeUnit.SECONDS), r.err().text.toString());
        }
        assertTrue(runs.get(0).err().text.toString().startsWith("另一个程序正在写数据库（也许是导入）：正在等它写完，最多 15 秒\n"
                + "2026-09 "), runs.get(0).err().text.toString());
        assertEquals("another process is writing the database (an import?): waiting for it, up to 15 seconds\n",
                runs.get(1).err().text.toString());
        assertEquals(1, Snapshot.count(cli.db(), "SELECT count(*) FROM audit WHERE action = 'month.close'"));
    }

    @Test
    void twoInitsOfOneFileAtOnceMakeOneWholeDatabaseAndTellTheOtherItExists() throws Exception {
        Cli cli = new Cli(dir.resolve("office.db"));
        List<CompletableFuture<Cli.Result>> inits = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            inits.add(CompletableFuture.supplyAsync(() -> cli.run("init", "--demo", "--persons", "3000")));
        }
        List<Cli.Result> results = new ArrayList<>();
        for (CompletableFuture<Cli.Result> f : inits) {
            results.add(f.get(120, TimeUnit.SECONDS));
        }
        assertEquals(1, results.stream().filter(r -> r.code() == 0).count(), results.toString());
        Cli.Result other = results.stream().filter(r -> r.code() != 0).findFirst().orElseThrow();
        assertEquals("taizhang: a database already exists at " + cli.db() + "\n", other.err());
        Cli.Result check = cli.run("check");
        assertEquals(0, check.code(), check.out() + check.err());
        assertEquals(3000, Snapshot.count(cli.db(), "SELECT count(*) FROM person"));
        try (java.util.stream.Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of("office.db"), left.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void aKilledInitsLeftoverIsTidiedButOneStillBeingMadeIsLeftAlone() throws Exception {
        Path db = dir.resolve("office.db");
        Process finished = new ProcessBuilder("true").start();
        finished.waitFor();
        long dead = finished.pid();
        Path killed = Files.writeString(dir.resolve("office.db.creating." + dead + ".1"), "half a database");
        Files.writeString(dir.resolve("office.db.creating." + dead + ".1-wal"), "its log");
        Path live = Files.writeString(dir.resolve("office.db.creating." + ProcessHandle.current().parent()
                .orElseThrow().pid() + ".1"), "another init at work");
        assertEquals(0, new Cli(db).run("init").code());
        assertTrue(Files.exists(db));
        assertFalse(Files.exists(killed) || Files.exists(Path.of(killed + "-wal")));
        assertTrue(Files.exists(live), "another process's database in the making is not deleted under it");
    }
}
