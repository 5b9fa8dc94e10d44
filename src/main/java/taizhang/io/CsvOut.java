package taizhang.io;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import taizhang.domain.Entry;
import taizhang.domain.Field;
import taizhang.domain.Register;

/**
 * CSV as taizhang writes it (SPEC 3): UTF-8 with a BOM so that Excel and WPS open it right,
 * LF line endings, one header row, values quoted only when they must be.
 */
public final class CsvOut implements Closeable {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").build();
    private static final char BOM = '\uFEFF';

    private final CSVPrinter printer;
    private final int columns;
    private final Object[] row;

    /** Starts a file on {@code out}: the BOM, then the header row. Closing this closes {@code out}. */
    public CsvOut(OutputStream out, List<String> header) throws IOException {
        this(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16), header);
    }

    /** Starts a file on {@code out}, which must write UTF-8: the BOM, then the header row. */
    public CsvOut(Writer out, List<String> header) throws IOException {
        out.write(BOM);
        this.printer = new CSVPrinter(out, FORMAT);
        this.columns = header.size();
        this.row = new Object[columns];
        row(header);
    }

    /** A new file (replacing one already there). */
    public static CsvOut create(Path file, List<String> header) throws IOException {
        return new CsvOut(Files.newOutputStream(file), header);
    }

    /** The canonical English header of a register: its field keys in field order. */
    public static List<String> header(Register register) {
        List<String> keys = new ArrayList<>();
        for (Field f : register.fields()) {
            keys.add(f.key());
        }
        return keys;
    }

    /** One row; an empty or null value is an empty cell. */
    public void row(List<String> values) throws IOException {
        if (values.size() != columns) {
            throw new IllegalArgumentException("a row of " + values.size() + " values under a header of " + columns);
        }
        for (int i = 0; i < columns; i++) {
            row[i] = cell(values.get(i));
        }
        printer.printRecord(row);
    }

    /** One record, its values in their canonical spelling, in field order (the header must be the register's). */
    public void row(Entry entry) throws IOException {
        if (entry.register().fields().size() != columns) {
            throw new IllegalArgumentException(entry.register().fileName() + " record under a header of " + columns);
        }
        for (int i = 0; i < columns; i++) {
            row[i] = cell(entry.canonical(i));
        }
        printer.printRecord(row);
    }

    /**
     * Commons CSV quotes an empty first value ({@code ""}) so that a one-column row is not an
     * empty line; a null is written bare. Only a one-column row needs the quotes.
     */
    private Object cell(String value) {
        if (value == null || value.isEmpty()) {
            return columns == 1 ? "" : null;
        }
        return value;
    }

    public void flush() throws IOException {
        printer.flush();
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
