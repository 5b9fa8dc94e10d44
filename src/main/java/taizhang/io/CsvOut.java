package taizhang.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV as taizhang writes it (SPEC 3): UTF-8 with a byte-order mark so that Excel and WPS
 * open it right, LF line endings, one header row, a value quoted only when it holds a comma,
 * a quote, a line break or edge spaces. (Commons CSV would quote an empty first value, which
 * changes the file for no reader's benefit.)
 */
public final class CsvOut implements AutoCloseable {
    private final Writer out;

    public CsvOut(OutputStream os, List<String> header) throws IOException {
        this(new OutputStreamWriter(os, StandardCharsets.UTF_8), header);
    }

    /** Onto a writer that encodes UTF-8 (standard output as the command line sets it up). */
    public CsvOut(Writer w, List<String> header) throws IOException {
        out = new BufferedWriter(w, 1 << 16);
        out.write('\uFEFF');
        row(header);
    }

    public void row(List<String> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            write(values.get(i) == null ? "" : values.get(i));
        }
        out.write('\n');
    }

    private void write(String v) throws IOException {
        if (!needsQuotes(v)) {
            out.write(v);
            return;
        }
        out.write('"');
        out.write(v.replace("\"", "\"\""));
        out.write('"');
    }

    private static boolean needsQuotes(String v) {
        if (v.isEmpty()) {
            return false;
        }
        if (v.charAt(0) == ' ' || v.charAt(v.length() - 1) == ' ') {
            return true;
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    /** Sends what is written on, leaving the stream open (standard output). */
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
