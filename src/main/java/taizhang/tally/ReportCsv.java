package taizhang.tally;

import java.io.IOException;
import java.io.Writer;

/**
 * The CSV report of SPEC 7: a byte-order mark (for Excel and WPS), LF line endings, the header
 * {@code area_code,area_name,} then every column id, one row per area in tree order, values
 * only (no flags), locale-independent numbers, empty for undefined.
 */
public final class ReportCsv {
    private ReportCsv() {
    }

    public static final String BOM = "\uFEFF";

    /** Writes the report; the writer must encode UTF-8. */
    public static void write(Report report, Writer out) throws IOException {
        StringBuilder line = new StringBuilder(BOM).append("area_code,area_name");
        for (Column c : Column.ALL) {
            line.append(',').append(c.id());
        }
        out.write(line.append('\n').toString());
        for (Report.Row row : report.rows()) {
            line.setLength(0);
            line.append(quoted(row.area().code())).append(',').append(quoted(row.area().name()));
            for (Column c : Column.ALL) {
                line.append(',').append(row.text(c));
            }
            out.write(line.append('\n').toString());
        }
        out.flush();
    }

    /** RFC 4180 quoting, only where a value needs it. */
    static String quoted(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
