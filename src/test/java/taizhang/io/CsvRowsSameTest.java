package taizhang.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import taizhang.domain.Refusal;

/**
 * {@link CsvRows} cuts most cells straight from its decoded characters instead of copying them
 * through a builder (import speed, issue 8). Hostile files must read exactly as before: each file
 * here is read by {@link CsvRowsBefore} (the reader as it was) and by {@link CsvRows}, in each way
 * import may read it (UTF-8 told from the whole file, UTF-8 guessed from the head with and without
 * a byte-order mark, GB18030), and both must give the same header, rows (line, cells, width,
 * flags), end problems, bytes read, and the same refusal or retry when they stop.
 */
class CsvRowsSameTest {
    /** The decoder's buffers hold this many bytes and characters: cells crossing it are the hard case. */
    private static final int EDGE = 1 << 16;
    private static final Charset UTF8 = StandardCharsets.UTF_8;

    @TempDir
    Path dir;
    private int files;

    @Test
    void controlCharactersQuotesAndLineEndsReadAsBefore() throws IOException {
        StringBuilder every = new StringBuilder("a,b,c\n");
        for (char c = 0; c < 0x20; c++) {
            every.append('x').append(c).append("y,\"q").append(c).append("q\",").append(c).append('\n');
        }
        every.append("\u007f,\"\u007f\",\u0085\u2028\n");
        same(every.toString());
        for (String body : List.of(
                "h1,h2\n\"a\",a\"b\n\"a\"\"b\",\"a\"b\n\"a\" ,\"\"\n\"\"\"\",\"\n",
                "h1,h2\n\"a\nb\",c\n\"a\r\nb\",\"c\rd\"\nx,\"y\r\n\r\n\"\r\n",
                "h1,h2\r1,2\r3,4\r\r5,6\r",
                "h1,h2\r\n1,2\r\n\r\n3,4\r\n",
                "h1,h2\n1,2\r\n3,4\r5,6\n\r7,8",
                "h1,h2\n,\n , \n,,,\n\n\t\n1,\"\"\n",
                "h1,h2\n\"never closed,1\n2,3\n",
                "h1,h2\n\"never closed\n",
                "h1,h2\n\"never closed\r\n",
                "h1,h2\n1,\"",
                "h1,h2\n1,\"x\"",
                "h1,h2\n1,\"x\"y\"z\",\"w\"\"\"v\n",
                "\ufeffh1,h2\n1,2\n",
                "\ufeff",
                "\ufeff\n1,2\n",
                "",
                "\n",
                "\r\n\r\n",
                "h\n\"",
                "h\n\"\"",
                "h1,h2\n张三,𠮷\n\"李,四\",\"王\"\"五\"\n赵\"六,é\n")) {
            same(body);
        }
    }

    @Test
    void invalidBytesAndFilesCutInACharacterReadAsBefore() throws IOException {
        byte[] head = "h1,h2\n".getBytes(UTF8);
        for (byte[] odd : List.of(new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xC0, (byte) 0x80},
                new byte[] {(byte) 0x80}, new byte[] {(byte) 0xE5, (byte) 0xBC}, new byte[] {(byte) 0xF0, (byte) 0x90},
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {0}, new byte[] {(byte) 0x81, 0x30})) {
            same(concat(head, bytes("a"), odd, bytes("b,\"c"), odd, bytes("\"\n"), odd, bytes(",x\n")));
            same(concat(head, bytes("a,"), odd));
            same(concat(head, bytes("a,\""), odd));
            same(concat(head, odd, bytes("\r"), odd, bytes("\r\n")));
        }
    }

    @Test
    void gb18030FilesReadAsBefore() throws IOException {
        Charset gb = Encoding.GB18030;
        same(("姓名,住址\n张三,\"北京市,东城区\"\n𠮷祥,\"多\n行\"\r\n").getBytes(gb));
        same(concat(("姓名,住址\n张三,").getBytes(gb), new byte[] {(byte) 0x81}));
        same(concat(("姓名,住址\n张三,").getBytes(gb), new byte[] {(byte) 0x81, 0x30, (byte) 0x81}));
        same(concat(("姓名,住址\n张三,").getBytes(gb), new byte[] {(byte) 0xFF, (byte) 0xFF}, bytes("\n1,2\n")));
    }

    @Test
    void cellsAtTheCapAndRowsAtTheCellLimitReadAsBefore() throws IOException {
        int cap = RowSource.MAX_CELL;
        for (int n : new int[] {cap - 1, cap, cap + 1}) {
            for (String ch : List.of("a", "张", "𠮷")) {
                String cell = ch.repeat(n).substring(0, n);   // a surrogate pair may be cut: a hostile file's own
                same("h1,h2\n" + cell + ",x\n\"" + cell + "\",y\n" + cell + "\n" + cell);
                same("h1,h2\n\"" + cell + "\"z,x\n" + cell + "\"\n");
            }
        }
        same("h\n" + "a".repeat(EDGE * 2 + 7) + ",b\n\"" + "张".repeat(EDGE + 3) + "\"\n");
        int cells = RowSource.MAX_CELLS;
        for (int n : new int[] {cells - 1, cells, cells + 1}) {
            same("h\n" + "x,".repeat(n - 1) + "x\n" + ",".repeat(n - 1) + "\n");
        }
    }

    /**
     * The first read ends at byte 65536: put every byte of a row of awkward cells (repeated) there in turn,
     * in UTF-8 (three- and four-byte characters) and in GB18030 (two- and four-byte ones).
     */
    @Test
    void cellsCrossingTheDecodeBufferAtEveryByteReadAsBefore() throws IOException {
        String row = "张三,𠮷,\"引,号\",a\"b,\"x\"\"y\",é,,\"多\r\n行\",ab\r1,\"𠮷\"z\n";
        for (Charset charset : List.of(UTF8, Encoding.GB18030)) {
            byte[] pattern = row.getBytes(charset);
            for (int before = 1; before <= pattern.length + 4; before++) {
                same(crossing(pattern, before, charset));
            }
        }
    }

    /** Every length of a cell, ASCII or Chinese, crossing the edge of the first decoded characters. */
    @Test
    void cellsOfEveryLengthEndingAtTheEdgeReadAsBefore() throws IOException {
        for (String ch : List.of("a", "张", "𠮷")) {
            for (int shift = -8; shift <= 8; shift++) {
                String head = "h\n" + "0123456789,".repeat(5000);
                int fill = EDGE - head.getBytes(UTF8).length + shift;
                same(head + "x".repeat(Math.max(0, fill)) + "\n" + ch.repeat(4) + "," + ch + "\n" + ch.repeat(3));
                same(head + "x".repeat(Math.max(0, fill)) + "," + ch + ch + "\r\n" + ch + "\r" + ch);
            }
        }
    }

    /** Random files of the characters that matter, short and long across the edge; seeds fixed, so the same each run. */
    @Test
    void randomHostileFilesReadAsBefore() throws IOException {
        byte[][] pieces = {bytes("a"), bytes("b"), bytes(" "), bytes(","), bytes(","), bytes("\""), bytes("\r"),
            bytes("\n"), bytes("\r\n"), bytes("张"), bytes("𠮷"), bytes("é"), {(byte) 0xFF}, {(byte) 0xE5},
            {0}, {(byte) 0x81, 0x30}, bytes("\ufeff")};
        Random random = new Random(8);
        for (int i = 0; i < 1500; i++) {
            same(randomFile(random, pieces, random.nextInt(60)));
        }
        for (int i = 0; i < 24; i++) {
            same(randomFile(random, pieces, EDGE / 3 + random.nextInt(EDGE / 2)));
        }
        assertTrue(files > 1500, "the files were read");
    }

    private static byte[] randomFile(Random random, byte[][] pieces, int count) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bytes("h1,h2\n"));
        for (int i = 0; i < count; i++) {
            // Mostly letters, so that cells are of many lengths rather than all short.
            byte[] p = random.nextInt(3) > 0 ? pieces[random.nextInt(3)] : pieces[random.nextInt(pieces.length)];
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    /** Header and ASCII rows up to {@code before} bytes short of the edge, then the pattern, three times. */
    private static byte[] crossing(byte[] pattern, int before, Charset charset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("姓名,住址\n".getBytes(charset));
        int fill = EDGE - before - out.size();
        while (fill > 0) {
            int n = Math.min(fill, 80);
            out.writeBytes(("x".repeat(n - 1) + "\n").getBytes(charset));
            fill -= n;
        }
        for (int i = 0; i < 3; i++) {
            out.writeBytes(pattern);
        }
        return out.toByteArray();
    }

    private void same(String text) throws IOException {
        same(text.getBytes(UTF8));
    }

    /** Reads {@code content} through both readers in each way import may read a file; all must agree. */
    private void same(byte[] content) throws IOException {
        Path file = dir.resolve("f" + files++ + ".csv");
        Files.write(file, content);
        for (Encoding.Guess guess : List.of(new Encoding.Guess(UTF8, false, true), new Encoding.Guess(UTF8, false, false),
                new Encoding.Guess(UTF8, true, false), new Encoding.Guess(Encoding.GB18030, false, true))) {
            String before = read(file, guess, true);
            String now = read(file, guess, false);
            assertEquals(before, now, () -> "file " + file.getFileName() + " read as " + guess);
        }
        Files.delete(file);
    }

    /** All a reader says of a file, as text; how it stopped when it stopped early. */
    private static String read(Path file, Encoding.Guess guess, boolean before) throws IOException {
        StringBuilder said = new StringBuilder();
        try (RowSource rows = before ? CsvRowsBefore.open(file, guess) : CsvRows.open(file, guess)) {
            said.append("header ");
            write(rows.header(), said);
            RowSource.Row row;
            while ((row = rows.next()) != null) {
                write(row, said);
            }
            said.append("end ").append(rows.endProblems()).append(" done ").append(rows.done())
                    .append(" of ").append(rows.total());
        } catch (Refusal e) {
            said.append("refused ").append(e.problem());
        } catch (Encoding.HeadWasWrong e) {
            said.append("head was wrong");
        }
        return said.toString();
    }

    /** A row as text, each cell with its length first, so that no two different rows read the same. */
    private static void write(RowSource.Row row, StringBuilder said) {
        said.append("line ").append(row.line()).append(" width ").append(row.width()).append(" cells");
        for (String cell : row.cells()) {
            said.append(' ').append(cell.length()).append(':').append(cell);
        }
        said.append(" flags ").append(row.flags()).append(" kinds ").append(row.kinds()).append('\n');
    }

    private static byte[] bytes(String s) {
        return s.getBytes(UTF8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
