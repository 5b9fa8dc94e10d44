package taizhang.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * A table of figures as it leaves the program (a tally; a reconciliation's result): named
 * columns, rows of cells, lines of notes below. One function makes it from a report; the
 * writers (CSV, XLSX, a text table) render it and know nothing of where it came from.
 *
 * @param name    the sheet's name in a workbook, such as the period
 * @param title   the line above a text table
 * @param frozen  how many leading columns name the row (they stay in view in a workbook)
 * @param notes   lines below a text table: what the marks mean, what else there is
 */
public record Sheet(String name, String title, List<Column> columns, List<List<Cell>> rows, int frozen,
                    List<String> notes) {

    /**
     * A column: its key (the CSV header), its label in the interface language, its width in a
     * text table (a text cell wider than that is cut), and whether its cells may carry marks.
     */
    public record Column(String key, String label, int width, boolean marked) {
    }

    /** A cell: its text as written; for a figure also its exact value (null: empty, undefined) and decimals; a mark or null. */
    public record Cell(String text, BigDecimal number, int decimals, Mark mark) {
        public static Cell text(String text) {
            return new Cell(text, null, 0, null);
        }

    }

    /** What is to be noticed about a cell: a symbol beside it in text, a note and a colour in a workbook. */
    public record Mark(String symbol, String note, Tone tone) {
    }

    /** How strongly a mark asks for attention: out of range, resting on too little, last of its kind. */
    public enum Tone { ALARM, CAUTION, NOTICE }
}
