package taizhang.io;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import taizhang.domain.Sheet;

/**
 * Sheets as an XLSX workbook, one worksheet each: the labels in the header row, figures as
 * number cells with their decimals, empty cells for undefined values, the header row and the
 * naming columns frozen, marked cells filled with a colour and explained in a comment, A4 landscape.
 */
public final class SheetXlsx {
    private SheetXlsx() {
    }

    static final String ALARM_FILL = "FFC7CE";
    static final String CAUTION_FILL = "FFEB9C";
    static final String NOTICE_FILL = "BDD7EE";

    public static void write(List<Sheet> sheets, OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, "taizhang", "0.1");
        for (Sheet sheet : sheets) {
            write(wb.newWorksheet(sheet.name()), sheet);
        }
        wb.finish();
        out.flush();
    }

    private static void write(Worksheet ws, Sheet sheet) {
        List<Sheet.Column> columns = sheet.columns();
        for (int c = 0; c < columns.size(); c++) {
            ws.value(0, c, columns.get(c).label());
            ws.width(c, Math.max(12, columns.get(c).width() + 2));
        }
        ws.range(0, 0, 0, columns.size() - 1).style().bold().wrapText(true).set();
        for (int r = 0; r < sheet.rows().size(); r++) {
            List<Sheet.Cell> row = sheet.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                cell(ws, r + 1, c, row.get(c), c < sheet.frozen());
            }
        }
        ws.freezePane(sheet.frozen(), 1);
        ws.pageOrientation("landscape");
        ws.paperSize(PaperSize.A4_PAPER);
        ws.repeatRows(0);
        if (sheet.frozen() > 0) {
            ws.repeatCols(0, sheet.frozen() - 1);
        }
    }

    /** A naming cell is text; every other is a figure (a number cell, or empty when undefined). */
    private static void cell(Worksheet ws, int r, int c, Sheet.Cell cell, boolean naming) {
        if (naming) {
            ws.value(r, c, cell.text());
            return;
        }
        var style = ws.style(r, c).format(numberFormat(cell.decimals()));
        if (cell.mark() != null) {
            style.fillColor(fill(cell.mark().tone()));
            ws.comment(r, c, cell.mark().note());
        }
        if (cell.number() != null) {
            ws.value(r, c, cell.number());
        }
        style.set();
    }

    static String numberFormat(int decimals) {
        return decimals == 0 ? "0" : "0." + "0".repeat(decimals);
    }

    private static String fill(Sheet.Tone tone) {
        return switch (tone) {
            case ALARM -> ALARM_FILL;
            case CAUTION -> CAUTION_FILL;
            case NOTICE -> NOTICE_FILL;
        };
    }
}
