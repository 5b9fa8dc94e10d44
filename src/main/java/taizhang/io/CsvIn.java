package taizhang.io;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import taizhang.domain.Field;
import taizhang.domain.Register;

/**
 * Reads a register's CSV file: detects the encoding, drops a byte-order mark (Commons CSV
 * keeps it), maps the header row to fields by English key or Chinese alias, and yields rows
 * with their physical line numbers.
 */
public final class CsvIn implements AutoCloseable {

    /** One data row: its first physical line, its cells as written, and the values by field key. */
    public record Row(int line, List<String> cells, Map<String, String> values) {
    }

    /** A header that cannot be read as this register's: every problem, each a message. */
    public static final class BadHeader extends Exception {
        private final List<String> problems;

        BadHeader(List<String> problems) {
            super(String.join("\n", problems));
            this.problems = problems;
        }

        public List<String> problems() {
            return problems;
        }
    }

    /** The file cannot be read as CSV from this line on (an unclosed quote, say). */
    public static final class Unreadable extends Exception {
        private final int line;

        Unreadable(int line, String message) {
            super(message);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header;
    private final Field[] fieldOfColumn;
    private final Charset charset;
    private long bytes;

    private CsvIn(CSVParser parser, List<String> header, Field[] fieldOfColumn, Charset charset) {
        this.parser = parser;
        this.records = parser.iterator();
        this.header = header;
        this.fieldOfColumn = fieldOfColumn;
        this.charset = charset;
    }

    /** Opens the file; {@code charset} null means detect it. */
    public static CsvIn open(Path file, Register register, Charset charset, String name)
            throws IOException, BadHeader {
        return open(file, register.fields(), register.fileName(), charset, name);
    }

    /**
     * Opens a file whose columns are {@code fields} ({@code what} names them in messages: a
     * register, or a list of births to reconcile).
     */
    public static CsvIn open(Path file, List<Field> fields, String what, Charset charset, String name)
            throws IOException, BadHeader {
        Charset cs = charset != null ? charset : Encoding.detect(file);
        Reader reader = new EndsWithNewline(new InputStreamReader(Encoding.withoutBom(Files.newInputStream(file)), cs));
        CSVParser parser = CSVFormat.DEFAULT.parse(reader);
        Iterator<CSVRecord> it = parser.iterator();
        if (!it.hasNext()) {
            parser.close();
            throw new BadHeader(List.of(name + ":1: the file is empty; the first line must name the columns"));
        }
        List<String> header = it.next().toList();
        try {
            CsvIn in = new CsvIn(parser, header, columns(header, fields, what, name), cs);
            in.bytes = Files.size(file);
            return in;
        } catch (BadHeader e) {
            parser.close();
            throw e;
        }
    }

    private static Field[] columns(List<String> header, List<Field> columns, String what, String name)
            throws BadHeader {
        Field[] fields = new Field[header.size()];
        List<String> problems = new ArrayList<>();
        Map<Field, String> seen = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i).strip();
            Field f = Field.forHeader(columns, h);
            if (f == null) {
                problems.add(name + ":1: " + h + ": unknown column for " + what
                        + " (columns are " + keys(columns) + ")");
            } else if (seen.containsKey(f)) {
                problems.add(name + ":1: " + h + ": names the same column as " + seen.get(f));
            } else {
                seen.put(f, h);
                fields[i] = f;
            }
        }
        for (Field f : columns) {
            if (f.required() && !seen.containsKey(f)) {
                problems.add(name + ":1: " + f.key() + ": required column is missing (" + f.zh() + ")");
            }
        }
        if (!problems.isEmpty()) {
            throw new BadHeader(problems);
        }
        return fields;
    }

    private static String keys(List<Field> columns) {
        return String.join(", ", columns.stream().map(Field::key).toList());
    }

    /**
     * A problem of a row as a clerk reads it: {@code FILE:LINE: column: "value" message}, the
     * column as the file's header names it, a warning saying so.
     */
    public String describe(String name, int line, taizhang.domain.Problem p) {
        return name + ":" + line + ": " + (p.warning() ? "warning: " : "") + columnName(p.field()) + ": "
                + p.describe();
    }

    /** A row with more or fewer cells than the header, as a clerk reads it. */
    public String wrongWidth(String name, Row row) {
        return name + ":" + row.line() + ": the row has " + row.cells().size() + " cells but the header has "
                + width();
    }

    public List<String> header() {
        return header;
    }

    /** The size of the file read. */
    public long bytes() {
        return bytes;
    }

    public Charset charset() {
        return charset;
    }

    /** The header cell for a field key, as written in the file (for messages). */
    public String columnName(String key) {
        for (int i = 0; i < fieldOfColumn.length; i++) {
            if (fieldOfColumn[i] != null && fieldOfColumn[i].key().equals(key)) {
                return header.get(i).strip();
            }
        }
        return key;
    }

    /** The next row that is not wholly empty, or null at the end. A row of the wrong width has values null. */
    public Row next() throws Unreadable {
        while (hasNext()) {
            CSVRecord r = records.next();
            List<String> cells = r.toList();
            int line = startLine(cells);
            if (allBlank(cells)) {
                continue;
            }
            if (cells.size() != fieldOfColumn.length) {
                return new Row(line, cells, null);
            }
            Map<String, String> values = new HashMap<>(cells.size() * 2);
            for (int i = 0; i < cells.size(); i++) {
                values.put(fieldOfColumn[i].key(), cells.get(i));
            }
            return new Row(line, cells, values);
        }
        return null;
    }

    private boolean hasNext() throws Unreadable {
        try {
            return records.hasNext();
        } catch (RuntimeException e) {
            // Commons CSV reports a broken record (an unclosed quote) as an unchecked exception.
            throw new Unreadable((int) parser.getCurrentLineNumber() + 1, "the file cannot be read from here on: "
                    + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()));
        }
    }

    /** The record's first physical line: the parser's line count (its last line) less the breaks inside cells. */
    private int startLine(List<String> cells) {
        int breaks = 0;
        for (String c : cells) {
            for (int i = c.indexOf('\n'); i >= 0; i = c.indexOf('\n', i + 1)) {
                breaks++;
            }
        }
        return (int) (parser.getCurrentLineNumber() - breaks);
    }

    private static boolean allBlank(List<String> cells) {
        for (String c : cells) {
            if (!c.isBlank()) {
                return false;
            }
        }
        return true;
    }

    public int width() {
        return fieldOfColumn.length;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
