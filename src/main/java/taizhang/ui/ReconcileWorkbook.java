package taizhang.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import taizhang.domain.Language;
import taizhang.io.Export;
import taizhang.reconcile.Reconciliation;
import taizhang.reconcile.Row;
import taizhang.reconcile.Summary;

/**
 * A reconciliation as an XLSX, as {@code taizhang reconcile --format xlsx} and the screen's F5
 * write it: the rows on the first sheet, the summary on the second, headed in the interface
 * language: SPEC 12's column keys in English ({@code status}, {@code tier}, …), Chinese labels in
 * Chinese, the summary's total line named in the same language (codes stay as SPEC writes them).
 */
public final class ReconcileWorkbook {
    private ReconcileWorkbook() {
    }

    public static void write(Reconciliation.Kept kept, List<Summary.Line> summary, Language language,
                             OutputStream out) throws IOException {
        String total = Messages.of(language).get("reconcile.summary.total");
        Export.xlsx(List.of(new Export.Sheet(Reconciliation.ROWS_SHEET, Row.COLUMNS, kept.result().values()),
                new Export.Sheet(Reconciliation.SUMMARY_SHEET, Summary.COLUMNS, Summary.values(summary, total))),
                kept.title(), language == Language.ZH, out);
    }
}
