package taizhang.io;

import java.io.PrintWriter;
import java.util.List;
import taizhang.domain.Sheet;
import taizhang.domain.Text;

/**
 * A sheet as a text table for a terminal: its title, a header of labels, one line per row
 * (naming columns left-aligned and cut to their width, figures right-aligned with a mark
 * beside them in a column that may carry one), then the notes. A control character in a name is
 * shown as its escape, as everywhere on a terminal.
 */
public final class SheetText {
    private SheetText() {
    }

    public static void write(Sheet sheet, PrintWriter out) {
        out.println(Text.visible(sheet.title()));
        List<Sheet.Column> columns = sheet.columns();
        StringBuilder header = new StringBuilder();
        for (int c = 0; c < columns.size(); c++) {
            Sheet.Column column = columns.get(c);
            String label = c < sheet.frozen() ? Width.pad(column.label(), column.width())
                    : Width.padLeft(column.label(), column.width()) + (column.marked() ? " " : "");
            header.append(c == 0 ? "" : " ").append(label);
        }
        out.println(header.toString().stripTrailing());
        for (List<Sheet.Cell> row : sheet.rows()) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns.size(); c++) {
                Sheet.Column column = columns.get(c);
                Sheet.Cell cell = row.get(c);
                line.append(c == 0 ? "" : " ");
                if (c < sheet.frozen()) {
                    line.append(Width.pad(Text.visible(cell.text()), column.width()));
                } else {
                    line.append(Width.padLeft(Text.visible(cell.text()), column.width()));
                    if (column.marked()) {
                        line.append(cell.mark() == null ? " " : cell.mark().symbol());
                    }
                }
            }
            out.println(line.toString().stripTrailing());
        }
        out.println();
        sheet.notes().forEach(out::println);
        out.flush();
    }
}
