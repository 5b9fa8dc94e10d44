package taizhang.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvOutTest {

    /** The file's lines, after checking it is UTF-8 with LF endings only and ends with one. */
    static List<String> lines(byte[] file) {
        String text = new String(file, StandardCharsets.UTF_8);
        assertFalse(text.contains("\r"), "LF line endings only");
        assertTrue(text.endsWith("\n"), "the last row ends with LF");
        return Arrays.asList(text.substring(0, text.length() - 1).split("\n", -1));
    }

    private static byte[] write(List<String> header, List<List<String>> rows) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CsvOut out = new CsvOut(bytes, header)) {
            for (List<String> row : rows) {
                out.row(row);
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void bomHeaderAndLfLines() throws Exception {
        byte[] file = write(List.of("code", "name"), List.of(List.of("a", "张三"), List.of("b", "𠮷野")));
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(file, 3));
        assertEquals(List.of("\uFEFFcode,name", "a,张三", "b,𠮷野"), lines(file));
    }

    @Test
    void quotesOnlyWhatMustBeQuoted() throws Exception {
        byte[] file = write(List.of("a", "b", "c"), List.of(
                List.of("", "x", ""),
                Arrays.asList(null, "1,5", "say \"hi\""),
                List.of("two\nlines", "乐", "300.00")));
        List<String> lines = lines(file);
        assertEquals(",x,", lines.get(1), "empty cells are bare, even the first");
        assertEquals(",\"1,5\",\"say \"\"hi\"\"\"", lines.get(2));
        assertEquals("\"two", lines.get(3));
        assertEquals("lines\",乐,300.00", lines.get(4));

        List<CSVRecord> read = CSVFormat.DEFAULT.parse(new StringReader(
                new String(file, StandardCharsets.UTF_8).substring(1))).getRecords();
        List<List<String>> values = new ArrayList<>();
        for (CSVRecord r : read) {
            values.add(r.toList());
        }
        assertEquals(List.of(List.of("a", "b", "c"), List.of("", "x", ""), List.of("", "1,5", "say \"hi\""),
                List.of("two\nlines", "乐", "300.00")), values, "reads back as written");
    }
}
