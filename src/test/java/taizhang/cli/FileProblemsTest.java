package taizhang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import taizhang.testing.Cli;
import taizhang.testing.Office;

/** A file that cannot be written, or read, is named with the reason in plain words, exit 1. */
class FileProblemsTest {
    @TempDir
    Path dir;

    @Test
    void anExportIntoAFolderThatDoesNotExistNamesTheFolder() throws Exception {
        Cli cli = Office.create(dir);
        Path missing = dir.resolve("no-such-folder");
        Cli.Result r = cli.run("export", "areas", "--out", missing.resolve("areas.csv").toString());
        assertEquals(1, r.code());
        assertEquals("taizhang: cannot write " + missing.resolve("areas.csv") + ": there is no folder " + missing
                + "\n", r.err());
        assertTrue(Files.notExists(missing));
    }

    @Test
    void anExportOrBackupUnderAFileNamesThatFileInChineseToo() throws Exception {
        Cli cli = Office.create(dir);
        Path file = Files.writeString(dir.resolve("notes"), "");
        for (String[] command : new String[][] {{"export", "births", "--out"}, {"backup", "--to"}}) {
            Path target = file.resolve("sub").resolve("x.csv");
            String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(command),
                    java.util.stream.Stream.of(target.toString(), "--lang", "zh")).toArray(String[]::new);
            Cli.Result r = cli.run(args);
            assertEquals(1, r.code());
            assertEquals("taizhang：无法写入 " + target + "：" + file + " 是一个文件，不是文件夹\n", r.err());
        }
    }

    @Test
    void aReportOntoAFolderSaysItIsAFolder() throws Exception {
        Cli cli = Office.create(dir);
        for (String out : new String[] {"r.csv", "r.xlsx"}) {
            Path folder = Files.createDirectories(dir.resolve(out));
            Cli.Result r = cli.run("report", "--period", "2026-10", "--out", folder.toString());
            assertEquals(1, r.code());
            assertEquals("taizhang: cannot write " + folder + ": it is a folder; name a file\n", r.err());
        }
    }

    @Test
    void theDemoIntoAFileSaysItIsNotAFolderInChineseToo() throws Exception {
        Path file = Files.writeString(dir.resolve("demo"), "");
        Cli cli = new Cli(dir.resolve("x.db"));
        Cli.Result r = cli.run("demo", "--out", file.toString(), "--persons", "10", "--lang", "zh");
        assertEquals(1, r.code());
        assertEquals("taizhang：无法写入 " + file + "：这是一个文件，不是文件夹\n", r.err());
        assertFalse(r.err().contains("Exception"));
    }

    @Test
    void anImportOrAListThatNamesAFolderSaysItIsAFolder() throws Exception {
        Cli cli = Office.create(dir);
        Path folder = Files.createDirectories(dir.resolve("births.csv"));
        String before = taizhang.testing.Snapshot.of(cli.db());
        Cli.Result r = cli.run("import", "births", folder.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith(folder + ": is a folder, not a file\n"), r.err());
        assertEquals(before, taizhang.testing.Snapshot.of(cli.db()));
        Cli.Result list = cli.run("reconcile", "births", folder.toString(), "--source", "hospital");
        assertEquals(1, list.code());
        assertTrue(list.err().startsWith(folder + ": is a folder, not a file\n"), list.err());
    }

    @Test
    void aHeaderInAnotherEncodingThanTheOneNamedSaysSoInsteadOfNamingUnknownColumns() throws Exception {
        Cli cli = Office.create(dir);
        Path gb = Files.write(dir.resolve("gb.csv"), "姓名,性别,出生日期,村居代码,户籍类型\n甲,男,2020-01-01,990101101201,户籍常住\n"
                .getBytes(java.nio.charset.Charset.forName("GB18030")));
        Cli.Result r = cli.run("import", "persons", gb.toString(), "--encoding", "utf-8");
        assertEquals(1, r.code());
        assertTrue(r.errLines().size() >= 1 && r.errLines().stream().allMatch(l -> l.startsWith(gb + ":1: ")
                && l.endsWith("holds bytes that are not UTF-8 (the file may be in another encoding: try --encoding)")),
                r.err());
        assertFalse(r.err().contains("unknown column"), r.err());
    }
}
