package taizhang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import taizhang.io.Encoding;
import taizhang.testing.Cli;
import taizhang.testing.Office;
import taizhang.testing.Snapshot;
import taizhang.testing.XlsxParts;

/**
 * Files an office really receives, and worse: each ends in its message (in English and in
 * Chinese), exit 1, the database as it was, and not one control byte on the terminal.
 */
class HostileFilesTest {
    @TempDir
    Path dir;

    private static final String PERSONS = "id_number,name,sex,birth_date,area_code,residence\n";
    private static final String GOOD = "," + "张三,M,2000-01-01," + Office.V1 + ",resident\n";

    /** One hostile file: its name, and a fragment of the message in each language. */
    private record Case(Path file, String english, String chinese) {
    }

    private List<Case> corpus() throws IOException {
        List<Case> c = new ArrayList<>();
        byte[] binary = new byte[4096];
        new Random(7).nextBytes(binary);
        binary[100] = 0;
        c.add(new Case(Files.write(dir.resolve("photo.csv"), binary),
                ": is not a CSV or XLSX file: it holds binary data", ": 不是 CSV 或 XLSX 文件：其中有二进制数据"));
        byte[] nul = (PERSONS + GOOD + ",李\0四,F,2000-01-01," + Office.V1 + ",resident\n")
                .getBytes(StandardCharsets.UTF_8);
        c.add(new Case(Files.write(dir.resolve("nul.csv"), nul), "(a NUL byte at line 3)", "第 3 行有 NUL 字节"));
        byte[] neither = {'n', 'a', 'm', 'e', '\n', (byte) 0xFF, (byte) 0xFE, (byte) 0xFD, '\n'};
        c.add(new Case(Files.write(dir.resolve("neither.csv"), neither),
                ": is not a CSV file in UTF-8 or GB18030: line 2", "第 2 行的字节两种编码都不是"));
        StringBuilder controls = new StringBuilder(PERSONS);
        for (int cp = 1; cp < 0xA0; cp = cp == 0x1F ? 0x7F : cp + 1) {
            if (cp != '\n' && cp != '\r') {
                controls.append(",张").appendCodePoint(cp).append("三,M,2000-01-01,").append(Office.V1)
                        .append(",resident\n");
            }
        }
        c.add(new Case(Office.write(dir.resolve("controls.csv"), controls.toString()),
                ":2: name: \"张\\x01三\" contains the control character U+0001", ":2: name: \"张\\x01三\" 含有控制字符 U+0001"));
        c.add(new Case(Office.write(dir.resolve("escapes.csv"), PERSONS
                        + ",\u001b]0;pwned\u0007\u001b[2J\u001b[H\u001b[31m张三,M,2000-01-01," + Office.V1 + ",resident\n"),
                ":2: name: \"\\x1b]0;pwned\\x07\\x1b[2J\\x1b[H\\x1b[31m张三\" contains the control character U+001B",
                "含有控制字符 U+001B"));
        byte[] whole = (PERSONS + GOOD + ",李四,F,2000-01-01," + Office.V1 + ",resident\n,王五")
                .getBytes(StandardCharsets.UTF_8);
        c.add(new Case(Files.write(dir.resolve("cut.csv"), java.util.Arrays.copyOf(whole, whole.length - 1)),
                ":4: the file ends in the middle of a character", ":4: 文件在一个字符的中间结束"));
        c.add(new Case(Office.write(dir.resolve("wide.csv"), PERSONS + GOOD + "x" + ",".repeat(99_999) + "\n"),
                ":3: the row has 100000 cells but the header has 6", ":3: 这一行有 100000 格，表头有 6 列"));
        c.add(new Case(Office.write(dir.resolve("cell.csv"), PERSONS + ",\"" + "长".repeat(10_000_000) + "\",M,"
                        + "2000-01-01," + Office.V1 + ",resident\n"),
                ":2: name: \"" + "长".repeat(80) + "…\" holds 10000000 characters", "有 10000000 个字"));
        c.add(new Case(Office.write(dir.resolve("stray_quote.csv"), PERSONS + GOOD + ",O\"Brien,M,2000-01-01,"
                        + Office.V1 + ",resident\n" + GOOD),
                ":3: name: \"O\"Brien\" has a quote inside a cell that does not start with one",
                ":3: name: \"O\"Brien\" 不以引号开头的格子里有引号"));
        c.add(new Case(Office.write(dir.resolve("open_quote.csv"), PERSONS + GOOD + ",\"李四,F,2000-01-01,"
                        + Office.V1 + ",resident\n" + GOOD),
                ":3: name: \"李四,F,2000-01-01,", "这里开始的引号没有结束：第 3 到 4 行（文件的其余部分）都在引号里"));
        c.add(new Case(Office.write(dir.resolve("bom_inside.csv"), PERSONS + GOOD + "\uFEFF" + PERSONS),
                ":3: id_number: \"\\ufeffid_number\" contains the invisible character U+FEFF",
                ":3: id_number: \"\\ufeffid_number\" 含有看不见的字符 U+FEFF"));
        c.add(new Case(Office.write(dir.resolve("mac.csv"), (PERSONS + GOOD + ",李四,F,2001-02-30," + Office.V1
                        + ",resident\n").replace('\n', '\r')),
                ":3: birth_date: \"2001-02-30\" is not a real date", ":3: birth_date: \"2001-02-30\" 日期不存在"));
        c.add(new Case(Files.write(dir.resolve("unicode.csv"), ("\uFEFF" + PERSONS).getBytes(StandardCharsets.UTF_16LE)),
                ": is UTF-16 text", ": 是 UTF-16 文本"));
        c.add(new Case(Files.write(dir.resolve("old.xls"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
                (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0}),
                ": is an old Excel .xls workbook", ": 是旧版 Excel 的 .xls 工作簿"));
        c.add(new Case(Office.write(dir.resolve("text.xlsx"), PERSONS + GOOD),
                ": is not an XLSX file: it is not a zip package", ": 不是 XLSX 文件：它不是 zip 压缩包"));
        c.add(new Case(XlsxParts.bomb(dir.resolve("bomb.xlsx"), 32),
                "would unpack to more than 100 times its packed size (a zip bomb)", "解压后会超过压缩大小的 100 倍（压缩炸弹）"));
        c.add(new Case(Office.write(dir.resolve("gb.csv"), "身份证号,姓名,性别,出生日期,村居代码,户籍类型\n"
                        + taizhang.testing.Ids.id("19900101", 3) + ",张三,女,1990-01-01," + Office.V1 + ",户籍常住\n",
                        Encoding.GB18030),
                ":2: 性别: \"女\" disagrees with ID number", ":2: 性别: \"女\" 与身份证号"));
        return c;
    }

    @Test
    void everyHostileFileEndsInItsMessageInBothLanguages() throws Exception {
        Cli cli = Office.create(dir);
        String before = Snapshot.of(cli.db());
        for (Case c : corpus()) {
            for (String lang : new String[] {"en", "zh"}) {
                Cli.Result r = cli.run("import", "persons", c.file().toString(), "--lang", lang);
                String said = r.out() + r.err();
                assertEquals(1, r.code(), c.file() + " " + lang + ": " + said);
                assertTrue(r.err().contains(lang.equals("en") ? c.english() : c.chinese()),
                        c.file() + " " + lang + ":\n" + r.err());
                assertNoControlBytes(said);
                assertFalse(said.contains("Exception") || said.contains("\tat "), said);
                assertTrue(r.err().lines().count() <= 102, "at most 100 problems in full, then how many more");
                assertEquals(before, Snapshot.of(cli.db()), c.file().toString());
            }
        }
    }

    /** Nothing but line ends, and no C1 controls either: what a terminal would act on. */
    static void assertNoControlBytes(String said) {
        for (int i = 0; i < said.length(); i++) {
            char ch = said.charAt(i);
            boolean control = ch < 0x20 && ch != '\n' || ch >= 0x7F && ch < 0xA0;
            assertFalse(control, String.format("U+%04X at %d in: %s", (int) ch, i, said));
        }
    }

    @Test
    void aFileOfGarbageListsTheFirstHundredProblemsAndCountsTheRest() throws Exception {
        Cli cli = Office.create(dir);
        Path garbage = dir.resolve("garbage.csv");
        try (BufferedWriter w = Files.newBufferedWriter(garbage, StandardCharsets.UTF_8)) {
            w.write(PERSONS);
            Random random = new Random(1);
            for (int i = 0; i < 20_000; i++) {
                w.write("x" + random.nextInt() + ",," + "\n");
            }
        }

        Cli.Result r = cli.run("import", "persons", garbage.toString());

        assertEquals(1, r.code());
        List<String> lines = r.errLines();
        assertEquals(101, lines.size());
        assertTrue(lines.get(0).startsWith(garbage + ":2: the row has 3 cells but the header has 6"), lines.get(0));
        assertTrue(lines.get(99).startsWith(garbage + ":101: "), lines.get(99));
        assertEquals(garbage + ": … and 19900 more problems", lines.get(100));
        assertTrue(r.out().contains("20000 rows read; 20000 errors; nothing imported"), r.out());
    }

    /**
     * The 50 MB of garbage ran out of a 256 MB heap; as a separate process with a heap a
     * quarter of that, it ends in its messages. (Memory flat: the file is 3 times the heap.)
     */
    @Test
    void fiftyMegabytesOfGarbageEndInMessagesWithinASmallHeap() throws Exception {
        Cli cli = Office.create(dir);
        Path garbage = dir.resolve("big-garbage.csv");
        Random random = new Random(2);
        byte[] line = new byte[120];
        try (OutputStream os = new java.io.BufferedOutputStream(Files.newOutputStream(garbage), 1 << 16)) {
            os.write(PERSONS.getBytes(StandardCharsets.UTF_8));
            for (long written = 0; written < 50L << 20; written += line.length + 1) {
                for (int i = 0; i < line.length; i++) {
                    line[i] = (byte) (0x21 + random.nextInt(0x5E));
                }
                os.write(line);
                os.write('\n');
            }
        }
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(javaBin, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "import", "persons", garbage.toString(), "--db", cli.db().toString());
        pb.environment().put("TAIZHANG_TODAY", Cli.TODAY);
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS), "finished");
        String said = Files.readString(out) + Files.readString(err);
        assertEquals(1, p.exitValue(), said);
        assertFalse(said.contains("OutOfMemoryError") || said.contains("Exception"), said);
        assertTrue(Files.readString(err).contains("more problems"), said);
        assertNoControlBytes(said);
    }
}
