package taizhang.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.List;
import taizhang.domain.Language;
import taizhang.domain.Text;
import taizhang.io.Width;
import taizhang.reconcile.Result;
import taizhang.reconcile.Row;
import taizhang.reconcile.Summary;
import taizhang.ui.Messages;

/**
 * A reconciliation as text for an 80-column terminal: one line per row (a conflict's
 * differences on the line below it), then the summary per village. Codes (status, tier, sex)
 * stay as they are in every language; the CSV and XLSX carry every column.
 */
final class ReconcileTable {
    private ReconcileTable() {
    }

    /** Each column's width; a negative width right-aligns it (numbers). */
    private static final int[] ROW_WIDTHS = {8, 11, -5, -7, 8, 3, 10, 8, 12};
    /** The columns' headers: {@code reconcile.column.KEY} of the screens' bundle. */
    private static final List<String> ROW = List.of("status", "tier", "source_line", "register_id", "child_name",
            "child_sex", "birth_date", "mother_name", "village_code");
    private static final int[] SUMMARY_WIDTHS = {12, 10, -7, -7, -8, -7, -8, -9};
    /** The summary's headers: {@code reconcile.summary.KEY}. */
    private static final List<String> SUMMARY = List.of("village", "name", "listed", "matched", "conflicts", "missing",
            "unlisted", "complete");

    static void write(Result result, List<Summary.Line> summary, Language language, PrintWriter out) {
        out.println(line(headers(Messages.of(language), "reconcile.column.", ROW), ROW_WIDTHS));
        for (Row r : result.rows()) {
            out.println(line(new String[] {r.status().code(), r.tier() == null ? "" : r.tier().code(),
                text(r.sourceLine()), text(r.registerId()), text(r.childName()), r.childSex(),
                r.birthDate().toString(), r.motherName(), text(r.areaCode())}, ROW_WIDTHS));
            if (r.differences() != null) {
                out.println(" ".repeat(ROW_WIDTHS[0] + 1) + Text.visible(r.differences()));
            }
        }
        out.println();
        summary(summary, language, out);
    }

    /** The summary alone (what the CSV format prints beside the file). */
    static void summary(List<Summary.Line> summary, Language language, PrintWriter out) {
        Messages words = Messages.of(language);
        out.println(line(headers(words, "reconcile.summary.", SUMMARY), SUMMARY_WIDTHS));
        for (Summary.Line l : summary) {
            String code = l.total() ? words.get("reconcile.summary.total")
                    : l.areaCode().isEmpty() ? words.get("reconcile.summary.no_village") : l.areaCode();
            BigDecimal pct = l.completeness();
            out.println(line(new String[] {code, text(l.areaName()), text(l.onList()), text(l.matched()),
                text(l.conflicts()), text(l.missing()), text(l.unlisted()), pct == null ? "" : pct.toPlainString()},
                    SUMMARY_WIDTHS));
        }
        out.flush();
    }

    private static String[] headers(Messages words, String prefix, List<String> keys) {
        return keys.stream().map(k -> words.get(prefix + k)).toArray(String[]::new);
    }

    /** Cells cut or padded to their widths, made safe to print. */
    private static String line(String[] cells, int[] widths) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            int width = Math.abs(widths[i]);
            String cell = Text.visible(cells[i]);
            b.append(i == 0 ? "" : " ").append(widths[i] < 0 ? Width.padLeft(cell, width) : Width.pad(cell, width));
        }
        return b.toString().stripTrailing();
    }

    private static String text(Object o) {
        return o == null ? "" : o.toString();
    }
}
