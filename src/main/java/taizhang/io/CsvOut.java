package taizhang.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV as taizhang writes it (SPEC 3): UTF-8 with a byte-order mark so that Excel and WPS
 * open it right, LF line endings, one header row, quoting only where needed.
 */
public final class CsvOut implements AutoCloseable {
    static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').build();

    private final CSVPrinter printer;

    public CsvOut(OutputStream out, List<String> header) throws IOException {
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        printer = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16),
                FORMAT);
        printer.printRecord(header);
    }

    public void row(List<String> values) throws IOException {
        printer.printRecord(values);
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
