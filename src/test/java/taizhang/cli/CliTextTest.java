package taizhang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import taizhang.domain.Language;
import taizhang.testing.Cli;
import taizhang.testing.Placeholders;

/** Everything the command line says exists in both languages: its help, its usage errors, its messages. */
class CliTextTest {

    /** Every key of one bundle is in the other, with the same arguments. */
    @Test
    void bothBundlesHoldTheSameKeysAndArguments() {
        Wording en = Wording.of(Language.EN);
        Wording zh = Wording.of(Language.ZH);
        // Singular forms ("1 row read") are English's own, beside a plural; every other key is in both.
        assertEquals(new TreeSet<>(zh.messages().keys()), new TreeSet<>(en.messages().keys().stream()
                .filter(k -> !k.endsWith(".one")).toList()));
        for (String key : en.messages().keys()) {
            assertTrue(!key.endsWith(".one") || zh.messages().has(key.substring(0, key.length() - 4)), key);
        }
        for (String key : zh.messages().keys()) {
            assertEquals(Placeholders.of(en.messages().bundle().getString(key)),
                    Placeholders.of(zh.messages().bundle().getString(key)), key);
        }
    }


    /** A run builds only the command it names (picocli's reflection over all of them: ~90 ms a run). */
    @Test
    void aRunBuildsOnlyTheCommandItNamesAndUsageHelpEveryCommand() {
        assertEquals(java.util.Set.of("report"), Main.commandLine(new Main(),
                new String[] {"--db", "import", "report", "--period", "2026-10"}).getSubcommands().keySet());
        assertEquals(java.util.Set.of("import"), Main.commandLine(new Main(),
                new String[] {"--lang=zh", "import", "persons", "p.csv"}).getSubcommands().keySet());
        int every = Main.commandLine(new Main(), new String[] {"--help"}).getSubcommands().size();
        assertTrue(every >= 14, "usage help lists every command: " + every);
        assertEquals(every, Main.commandLine(new Main(), new String[] {"imprt", "persons"}).getSubcommands().size(),
                "a name not known: every command, so that picocli can say which was meant");
    }

    /** Every command, option and parameter has its description from the bundle, in each language. */
    @Test
    void everyCommandOptionAndParameterIsDescribedInBothLanguages() {
        for (Language language : Language.values()) {
            CommandLine cl = Main.commandLine(new Main(), new String[0]);
            cl.setResourceBundle(Wording.of(language).messages().bundle());
            List<String> missing = new ArrayList<>();
            walk(cl.getCommandSpec(), missing, language == Language.ZH);
            assertEquals(List.of(), missing, language.toString());
        }
    }

    /** What lacks a description, or (in Chinese) has one with no Chinese in it: an English annotation showing through. */
    private static void walk(CommandSpec spec, List<String> missing, boolean chinese) {
        if (!spec.usageMessage().hidden() && !said(spec.usageMessage().description(), chinese)) {
            missing.add(spec.qualifiedName());
        }
        for (ArgSpec a : spec.args()) {
            if (!said(a.description(), chinese)) {
                missing.add(spec.qualifiedName() + " " + (a.isOption() ? ((CommandLine.Model.OptionSpec) a).longestName()
                        : a.paramLabel()));
            }
        }
        for (CommandLine sub : spec.subcommands().values()) {
            walk(sub.getCommandSpec(), missing, chinese);
        }
    }

    private static boolean said(String[] description, boolean chinese) {
        String text = String.join(" ", description);
        return !text.isBlank() && (!chinese || text.chars().anyMatch(c -> c >= 0x2E80));
    }

    @Test
    void helpUsageErrorsAndMessagesSpeakChineseUnderAChineseLocale() {
        Cli cli = new Cli(java.nio.file.Path.of("does-not-exist.db"));
        Cli.Result help = cli.run("import", "--help", "--lang", "zh");
        assertTrue(help.out().startsWith("用法：taizhang import"), help.out());
        assertTrue(help.out().contains("只检查，什么都不写"), help.out());
        StringBuilderWriter out = new StringBuilderWriter();
        StringBuilderWriter err = new StringBuilderWriter();
        int code = Main.run(new String[] {"import", "people", "x.csv"}, out.writer(), err.writer(),
                Map.of("LANG", "zh_CN.UTF-8", "TAIZHANG_TODAY", Cli.TODAY));
        assertEquals(2, code);
        assertTrue(err.text().startsWith("taizhang：没有台账 people；台账有 areas, schemes"), err.text());
        assertTrue(err.text().contains("请看：taizhang import --help"), err.text());
        Cli.Result missing = cli.run("check", "--lang", "zh");
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("没有数据库：请先运行 taizhang init"), missing.err());
    }

    /** An import's summary in Chinese is punctuated in Chinese throughout (it once had an ASCII ';'). */
    @Test
    void anImportSummaryInChineseHasChinesePunctuation(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        Cli cli = taizhang.testing.Office.create(dir);
        java.nio.file.Path file = taizhang.testing.Office.write(dir.resolve("persons.csv"),
                "name,sex,birth_date,area_code,residence\n王芳,F,2000-01-01," + taizhang.testing.Office.V1 + ",resident\n");
        Cli.Result r = cli.run("--lang", "zh", "import", "persons", file.toString());
        assertEquals(0, r.code(), r.err());
        String summary = r.out().strip().substring(file.toString().length());
        assertEquals("：人口：读了 1 行；新增 1 条", summary);
    }

    /** A PrintWriter whose text can be read back. */
    private static final class StringBuilderWriter {
        private final java.io.StringWriter text = new java.io.StringWriter();
        private final java.io.PrintWriter writer = new java.io.PrintWriter(text);

        java.io.PrintWriter writer() {
            return writer;
        }

        String text() {
            writer.flush();
            return text.toString();
        }
    }
}
