package taizhang.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import taizhang.domain.Text;
import taizhang.io.CsvOut;
import taizhang.io.Width;

/**
 * Rows written to standard output as {@code account list} and {@code audit} write them: an
 * aligned table (every value made safe to print, long ones cut), or CSV with English keys.
 */
final class Listing {
    /** The two ways a listing is written; any other --format is a usage error, as in every command. */
    enum Format { table, csv }

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    Listing(List<String> header) {
        this.header = header;
    }

    void add(List<String> row) {
        rows.add(row);
    }

    /**
     * The same rows without a column (a table on the screen leaves out what only a program needs:
     * the audit's prev_hash is the hash of the line above).
     */
    Listing without(String column) {
        int at = header.indexOf(column);
        Listing out = new Listing(header.stream().filter(h -> !h.equals(column)).toList());
        for (List<String> row : rows) {
            List<String> kept = new ArrayList<>(row);
            kept.remove(at);
            out.add(kept);
        }
        return out;
    }

    /** CSV as taizhang writes it (UTF-8 with a BOM, LF), onto the command's output. */
    void csv(PrintWriter out) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (CsvOut csv = new CsvOut(bytes, header)) {
            for (List<String> row : rows) {
                csv.row(row);
            }
        }
        out.print(bytes.toString(java.nio.charset.StandardCharsets.UTF_8));
        out.flush();
    }

    /**
     * Columns as wide as their widest value, at most {@code max}; a cut value ends in {@code …}.
     * The header is in the interface language ({@code column.KEY} of the command line's bundle);
     * CSV keeps the keys.
     */
    void table(PrintWriter out, int max, Wording words) {
        List<String> labels = header.stream().map(key -> words.get("column." + key)).toList();
        int[] widths = new int[header.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = Width.of(labels.get(c));
            for (List<String> row : rows) {
                widths[c] = Math.min(max, Math.max(widths[c], Width.of(shown(row.get(c)))));
            }
        }
        line(out, labels, widths);
        for (List<String> row : rows) {
            line(out, row, widths);
        }
        out.flush();
    }

    private static void line(PrintWriter out, List<String> values, int[] widths) {
        StringBuilder b = new StringBuilder();
        for (int c = 0; c < widths.length; c++) {
            String v = Width.cut(shown(values.get(c)), widths[c]);
            b.append(c == widths.length - 1 ? v : Width.pad(v, widths[c]) + "  ");
        }
        out.println(b.toString().stripTrailing());
    }

    private static String shown(String v) {
        return v == null ? "" : Text.visible(v);
    }
}
