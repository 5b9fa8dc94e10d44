package taizhang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import taizhang.testing.Cli;

/**
 * Commands that write files, killed (SIGKILL) while they write: no cut file is left under a name
 * as if whole, and the next run of the same command works. The kill comes when the program's own
 * file has grown, not after a sleep.
 */
class KilledMidWriteTest {
    @TempDir
    Path dir;

    private Process start(String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("TAIZHANG_TODAY", Cli.TODAY);
        pb.redirectErrorStream(true);
        pb.redirectOutput(dir.resolve("run.log").toFile());
        return pb.start();
    }

    private static long largest(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.mapToLong(f -> f.toFile().length()).max().orElse(0);
        }
    }

    private static List<String> named(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".csv")).sorted().toList();
        }
    }

    @Test
    void demoFilesKilledMidWriteAreNotNamedAsIfWhole() throws Exception {
        Path out = dir.resolve("county");
        Process p = start("demo", "--out", out.toString(), "--persons", "3000000");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (p.isAlive() && largest(out) < 1_000_000 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(p.isAlive(), "the demo finished before it could be killed");
        p.destroyForcibly();
        p.waitFor(30, TimeUnit.SECONDS);
        assertEquals(137, p.exitValue(), "killed by SIGKILL");

        assertEquals(List.of(), named(out), "a killed demo left files named as if whole");

        Cli.Result again = new Cli(dir.resolve("unused.db")).run("demo", "--out", out.toString(), "--persons", "200");
        assertEquals(0, again.code(), again.err());
        assertEquals(10, named(out).size(), named(out).toString());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of(), files.filter(f -> f.toString().endsWith(".part")).toList(), "the next run leaves no .part");
        }
        assertTrue(Files.readString(out.resolve("persons.csv")).lines().count() == 201);
    }
}
