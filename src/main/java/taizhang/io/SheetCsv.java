package taizhang.io;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import taizhang.domain.Sheet;

/** A sheet as CSV (SPEC 7's report): the columns' keys as header, values only, no marks. */
public final class SheetCsv {
    private SheetCsv() {
    }

    /** Writes the sheet and flushes, leaving the writer open; it must encode UTF-8. */
    public static void write(Sheet sheet, Writer out) throws IOException {
        CsvOut csv = new CsvOut(out, sheet.columns().stream().map(Sheet.Column::key).toList());
        List<String> values = new ArrayList<>(sheet.columns().size());
        for (List<Sheet.Cell> row : sheet.rows()) {
            values.clear();
            row.forEach(c -> values.add(c.text()));
            csv.row(values);
        }
        csv.flush();
    }
}
