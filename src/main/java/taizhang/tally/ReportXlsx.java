package taizhang.tally;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import taizhang.domain.Language;

/**
 * The report as an XLSX workbook: one sheet per period, the CSV's rows and columns in the same
 * order, labels in the interface language in the header row, numbers as number cells with the
 * stated decimals, empty cells for undefined values, the header row and the area columns
 * frozen, flagged figures filled with a colour and explained in a cell comment, A4 landscape.
 */
public final class ReportXlsx {
    private ReportXlsx() {
    }

    /** A report with its flags, one sheet. */
    public record Sheet(Report report, Flags flags) {
    }

    static final String OUT_OF_RANGE_FILL = "FFC7CE";
    static final String FEW_BIRTHS_FILL = "FFEB9C";
    static final String LAST_RANKED_FILL = "BDD7EE";

    public static void write(List<Sheet> sheets, Language language, OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, "taizhang", "0.1");
        for (Sheet sheet : sheets) {
            write(wb.newWorksheet(sheetName(sheet.report())), sheet, language);
        }
        wb.finish();
        out.flush();
    }

    /** The period's name, without the characters a sheet name may not hold. */
    static String sheetName(Report report) {
        return report.period().toString().replace(':', ' ');
    }

    private static void write(Worksheet ws, Sheet sheet, Language language) {
        boolean zh = language == Language.ZH;
        ws.value(0, 0, zh ? "区划代码" : "area code");
        ws.value(0, 1, zh ? "名称" : "area name");
        ws.width(0, 14);
        ws.width(1, 12);
        for (int c = 0; c < Column.ALL.size(); c++) {
            ws.value(0, c + 2, Column.ALL.get(c).label(language));
            ws.width(c + 2, 12);
        }
        ws.range(0, 0, 0, Column.ALL.size() + 1).style().bold().wrapText(true).set();
        int r = 1;
        for (Report.Row row : sheet.report().rows()) {
            ws.value(r, 0, row.area().code());
            ws.value(r, 1, row.area().name());
            for (int c = 0; c < Column.ALL.size(); c++) {
                Column column = Column.ALL.get(c);
                java.math.BigDecimal v = row.value(column);
                var style = ws.style(r, c + 2).format(numberFormat(column.decimals()));
                Flags.Flag flag = column.variant() == Column.Variant.VALUE
                        ? sheet.flags().get(row.area().code(), column.indicator()) : null;
                if (flag != null) {
                    style.fillColor(fill(flag));
                    ws.comment(r, c + 2, flag.label(language));
                }
                if (v != null) {
                    ws.value(r, c + 2, v);
                }
                style.set();
            }
            r++;
        }
        ws.freezePane(2, 1);
        ws.pageOrientation("landscape");
        ws.paperSize(PaperSize.A4_PAPER);
        ws.repeatRows(0);
        ws.repeatCols(0, 1);
    }

    static String numberFormat(int decimals) {
        return decimals == 0 ? "0" : "0." + "0".repeat(decimals);
    }

    private static String fill(Flags.Flag flag) {
        return switch (flag) {
            case SRB_OUT_OF_RANGE -> OUT_OF_RANGE_FILL;
            case SRB_FEW_BIRTHS -> FEW_BIRTHS_FILL;
            case LAST_RANKED -> LAST_RANKED_FILL;
        };
    }
}
