package taizhang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import taizhang.domain.Language;
import taizhang.testing.Cli;
import taizhang.testing.Office;

class ProgressLineTest {

    @Test
    void theLineSaysDoneRateAndTimeLeftInTheInterfaceLanguage() {
        ProgressLine en = new ProgressLine(null, Wording.of(Language.EN), "progress.rows");
        assertEquals("120000 / 1000000 rows  40000/s  0:22 left", en.line(120_000, 1_000_000, 3.0));
        assertEquals("120000 rows  40000/s", en.line(120_000, 0, 3.0), "no total: no time left");
        ProgressLine zh = new ProgressLine(null, Wording.of(Language.ZH), "progress.rows");
        assertEquals("120000 / 1000000 行  每秒 40000  还需 0:22", zh.line(120_000, 1_000_000, 3.0));
        ProgressLine steps = new ProgressLine(null, Wording.of(Language.EN), "progress.steps");
        assertEquals("step 1 / 2  0:03 left", steps.line(1, 2, 3.0));
    }

    @Test
    void onATerminalTheLineIsRedrawnInPlaceAndClearedAtTheEnd() throws Exception {
        StringWriter out = new StringWriter();
        try (ProgressLine line = new ProgressLine(new PrintWriter(out), Wording.of(Language.EN), "progress.rows")) {
            long start = System.nanoTime();
            for (long n = 1; System.nanoTime() - start < 1_000_000_000L; n++) {
                line.at(n, 10_000_000);
                Thread.sleep(1);    // not a wait: the calls spread over a second, as an import's rows are
            }
        }
        String drawn = out.toString();
        assertTrue(drawn.startsWith("\r") && drawn.contains(" / 10000000 rows  "), drawn);
        assertTrue(drawn.endsWith("\r\u001b[K"), "cleared at the end: " + drawn);
        assertTrue(drawn.split("\r").length <= 8, "a few redraws a second, not one per call: " + drawn);
    }

    /** The same long import: a progress line on a terminal, not a byte of it into a pipe. */
    @Test
    void anImportShowsProgressOnlyWhenStandardErrorIsATerminal(@TempDir Path dir) throws Exception {
        Cli cli = Office.create(dir);
        Path file = dir.resolve("many.csv");
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("name,sex,birth_date,area_code,residence\n");
            for (int i = 0; i < 150_000; i++) {
                w.write("名" + i + ",X,2000-01-01," + Office.V1 + ",resident\n");
            }
        }
        long usual = ProgressLine.firstAfterNanos;
        ProgressLine.firstAfterNanos = 0; // whether the machine takes 0.3 s or 3 s over this file
        try {
            importTwice(cli, file);
        } finally {
            ProgressLine.firstAfterNanos = usual;
        }
    }

    private static void importTwice(Cli cli, Path file) {
        for (boolean terminal : new boolean[] {true, false}) {
            StringWriter err = new StringWriter();
            int code = Main.run(new String[] {"import", "persons", file.toString(), "--db", cli.db().toString()},
                    new PrintWriter(new StringWriter()), new PrintWriter(err),
                    Map.of("TAIZHANG_TODAY", Cli.TODAY, "LANG", "C"), terminal);
            assertEquals(1, code);
            String said = err.toString();
            assertEquals(terminal, said.contains("\r"), said.substring(0, Math.min(said.length(), 300)));
            if (terminal) {
                assertTrue(said.matches("(?s)\\r\\d+ / \\d+ rows  \\d+/s  \\d+:\\d\\d left\u001b\\[K.*"), said.substring(0, 200));
                assertTrue(said.contains("\r\u001b[K" + file + ":2: sex: \"X\""), "cleared before the messages");
            }
        }
    }
}
