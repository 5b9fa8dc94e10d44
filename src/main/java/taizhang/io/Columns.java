package taizhang.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import taizhang.domain.Choices;
import taizhang.domain.Field;
import taizhang.domain.FieldType;
import taizhang.domain.Problem;
import taizhang.domain.Validation;

/**
 * A list's header mapped to fields (by English key in any case, or Chinese alias; column order
 * free; an unknown, unnamed or repeated column, or a missing required one, is a problem), and
 * each row then mapped to its values by field key. Column names in messages are the header's,
 * as the file wrote them.
 */
public final class Columns {
    private final List<Field> fields;
    private final List<String> names;
    private final Field[] fieldOfColumn;
    /** For each column, the index of its field in {@link #fields}. */
    private final int[] indexOfColumn;

    private Columns(List<Field> fields, List<String> names, Field[] fieldOfColumn) {
        this.fields = fields;
        this.names = names;
        this.fieldOfColumn = fieldOfColumn;
        this.indexOfColumn = new int[fieldOfColumn.length];
        for (int i = 0; i < fieldOfColumn.length; i++) {
            indexOfColumn[i] = fields.indexOf(fieldOfColumn[i]);
        }
    }

    /**
     * A row as values by field key (null when its cells cannot be matched to the columns), and
     * what could not be read as written: each such problem names its field, whose value the
     * checks then leave to it.
     */
    public record Mapped(List<Field> fields, String[] byField, List<LineProblem> problems) {
        /**
         * The row's values by field key (null when its cells cannot be matched to the columns);
         * {@link #byField} holds the same in the fields' order, without a map made for every row.
         */
        public Map<String, String> values() {
            if (byField == null) {
                return null;
            }
            Map<String, String> values = new HashMap<>(byField.length * 2);
            for (int i = 0; i < byField.length; i++) {
                if (byField[i] != null) {
                    values.put(fields.get(i).key(), byField[i]);
                }
            }
            return values;
        }

        /** The cell of the field {@code key} as written, or null when the file has no such column. */
        public String value(String key) {
            for (int i = 0; i < fields.size(); i++) {
                if (fields.get(i).key().equals(key)) {
                    return byField == null ? null : byField[i];
                }
            }
            return null;
        }

        /** Whether reading already found {@code field} wrong. */
        public boolean flagged(String field) {
            for (LineProblem p : problems) {
                if (field != null && field.equals(p.problem().field())) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Maps {@code header} to {@code fields}; the problems of the header are added to
     * {@code problems}, and the result is null when there are any. {@code list} names the list in
     * a message (a {@link taizhang.domain.Register}, or a name).
     */
    public static Columns of(List<Field> fields, Object list, RowSource.Row header, List<LineProblem> problems) {
        if (!header.flags().isEmpty()) {
            // A header that cannot be read as written (bytes of another encoding than the one named):
            // that is the problem, not the unknown columns it would seem to name.
            for (RowSource.Flag f : header.flags()) {
                problems.add(new LineProblem(1, null, new Problem(f.problem().code(), null,
                        f.column() < 0 ? null : cell(header, f.column()), f.problem().args(), false)));
            }
            return null;
        }
        if (header.width() <= header.cells().size() && header.cells().stream().allMatch(String::isBlank)) {
            // A sheet or file that starts with a blank row: that is the one thing to say, not each missing column.
            problems.add(new LineProblem(1, null, Problem.of(Problem.Code.HEADER_EMPTY)));
            return null;
        }
        List<String> named = header.cells().stream().map(String::strip).filter(c -> !c.isEmpty()).toList();
        if (header.width() <= header.cells().size() && named.size() == 1 && fields.size() > 1
                && Field.forHeader(fields, named.get(0)) == null) {
            // A title above the table (a merged cell such as 2026年3月出生登记表), as many sheets have.
            problems.add(new LineProblem(1, null, Problem.of(Problem.Code.HEADER_IS_TITLE, named.get(0))));
            return null;
        }
        int before = problems.size();
        List<String> names = new ArrayList<>();
        Field[] byColumn = new Field[header.cells().size()];
        Map<Field, String> seen = new HashMap<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String h = oneLine(header.cells().get(i));
            names.add(h);
            Field f = Field.forHeader(fields, h);
            if (h.isEmpty()) {
                problems.add(new LineProblem(1, null, Problem.of(Problem.Code.UNNAMED_COLUMN, i + 1)));
            } else if (f == null && Field.beforeNote(fields, h) != null) {
                Field meant = Field.beforeNote(fields, h);
                problems.add(new LineProblem(1, h, Problem.of(Problem.Code.HEADER_NOTE, meant.zh(), meant.key())));
            } else if (f == null) {
                problems.add(new LineProblem(1, h, Problem.of(Problem.Code.UNKNOWN_COLUMN, list, fields)));
            } else if (seen.containsKey(f)) {
                problems.add(new LineProblem(1, h, Problem.of(Problem.Code.REPEATED_COLUMN, seen.get(f))));
            } else {
                seen.put(f, h);
                byColumn[i] = f;
            }
        }
        if (header.width() > header.cells().size()) {
            problems.add(new LineProblem(1, null, Problem.of(Problem.Code.HEADER_TOO_WIDE, header.width())));
        }
        for (Field f : fields) {
            if (f.required() && !seen.containsKey(f)) {
                problems.add(new LineProblem(1, f.key(), Problem.of(Problem.Code.MISSING_COLUMN, f.zh())));
            }
        }
        return problems.size() > before ? null : new Columns(fields, names, byColumn);
    }

    /** A header cell as a message names it: stripped, a line break inside it (Alt-Enter) shown as a space. */
    private static String oneLine(String cell) {
        return cell.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /**
     * Columns whose digits a spreadsheet mangles when it takes them for a number (18 digits kept
     * to 15, a leading zero lost): there a number cell is refused, whatever it shows.
     */
    static boolean digitsAsText(Field f) {
        return f.type() == FieldType.ID_NUMBER || f.type() == FieldType.PHONE || f.key().equals("household_no");
    }

    public int width() {
        return fieldOfColumn.length;
    }

    /** The header's name for a field key, as written (for messages); the key when the file has no such column. */
    public String name(String key) {
        for (int i = 0; i < fieldOfColumn.length; i++) {
            if (fieldOfColumn[i] != null && fieldOfColumn[i].key().equals(key)) {
                return names.get(i);
            }
        }
        return key;
    }

    /** The header as written. */
    public List<String> names() {
        return names;
    }

    /** The row's values by field key, or, when it cannot be read as written, its problems and no values. */
    public Mapped map(RowSource.Row row) {
        List<LineProblem> problems = null;
        for (RowSource.Flag f : row.flags()) {
            Field field = f.column() >= 0 && f.column() < fieldOfColumn.length ? fieldOfColumn[f.column()] : null;
            problems = add(problems, new LineProblem(f.line(), f.column() < 0 ? null : columnName(f.column()),
                    new Problem(f.problem().code(), field == null ? null : field.key(),
                            f.column() < 0 ? null : cell(row, f.column()), f.problem().args(), false)));
        }
        if (row.width() != fieldOfColumn.length) {
            problems = add(problems, new LineProblem(row.line(), null,
                    Problem.of(Problem.Code.ROW_WIDTH, row.width(), fieldOfColumn.length)));
            return new Mapped(fields, null, problems);
        }
        String[] byField = new String[fields.size()];
        for (int i = 0; i < fieldOfColumn.length; i++) {
            byField[indexOfColumn[i]] = row.cells().get(i);
        }
        if (row.kinds() != null) {
            for (int i = 0; i < fieldOfColumn.length; i++) {
                if (row.number(i) || row.date(i) || row.bool(i)) {
                    problems = spreadsheetCell(row, i, byField, problems);
                }
            }
        }
        return new Mapped(fields, byField, problems == null ? List.of() : problems);
    }

    /**
     * What a number or date cell of a spreadsheet is in this column (SPEC 3): a number cell is
     * refused where Excel mangles digits, or where General shows it in scientific notation (its
     * digits are not what the cell shows), or in a month column when it has a point (2026.10 is
     * held as 2026.1); a date cell is refused where Excel took typed digits
     * for a date, and in a month column it is its month when it shows no day or is the 1st; in a
     * date column a cell that shows no day is refused (the clerk never saw the day it holds: a
     * month typed as 2026-03 is held as the 1st).
     */
    private List<LineProblem> spreadsheetCell(RowSource.Row row, int i, String[] byField, List<LineProblem> problems) {
        Field field = fieldOfColumn[i];
        String value = row.cells().get(i);
        Problem.Code code = null;
        if (row.bool(i)) {
            return booleanCell(row, i, byField, problems);
        } else if (digitsAsText(field)) {
            code = row.number(i) ? Problem.Code.XLSX_NUMBER_IN_TEXT_COLUMN : Problem.Code.XLSX_DATE_IN_TEXT_COLUMN;
        } else if (row.number(i) && value.indexOf('E') >= 0) {
            code = Problem.Code.XLSX_NUMBER_SHOWN_SCIENTIFIC;
        } else if (row.number(i) && field.type() == FieldType.MONTH && value.indexOf('.') >= 0) {
            code = Problem.Code.XLSX_NUMBER_IN_MONTH_COLUMN;
        } else if (row.monthShown(i) && field.type() == FieldType.DATE) {
            return add(problems, new LineProblem(row.line(), names.get(i), Problem.error(field.key(), value,
                    Problem.Code.XLSX_MONTH_IN_DATE_COLUMN, names.get(i), value.substring(0, 7))));
        } else if (row.date(i) && field.type() == FieldType.MONTH) {
            if (row.monthShown(i) || value.endsWith("-01")) {
                byField[indexOfColumn[i]] = value.substring(0, 7);
            } else {
                code = Problem.Code.XLSX_DATE_IN_MONTH_COLUMN;
            }
        }
        return code == null ? problems
                : add(problems, new LineProblem(row.line(), names.get(i), Problem.error(field.key(), value, code,
                        names.get(i))));
    }

    /**
     * A TRUE/FALSE cell (a tick box, or what a formula such as {@code =B2>0} answers) is Y or N
     * in a yes/no column; anywhere else it is refused, saying what the column wants.
     */
    private List<LineProblem> booleanCell(RowSource.Row row, int i, String[] byField, List<LineProblem> problems) {
        Field field = fieldOfColumn[i];
        String value = row.cells().get(i);
        if (field.choices().equals(Choices.YES_NO)) {
            byField[indexOfColumn[i]] = value.equals("TRUE") ? "Y" : "N";
            return problems;
        }
        Problem wanted = Validation.wanted(field);
        Problem p = wanted == null
                ? Problem.error(field.key(), value, Problem.Code.XLSX_BOOLEAN_IN_TEXT_COLUMN, names.get(i))
                : Problem.error(field.key(), value, Problem.Code.XLSX_BOOLEAN_CELL, names.get(i), wanted);
        return add(problems, new LineProblem(row.line(), names.get(i), p));
    }

    private String columnName(int column) {
        return column < names.size() ? names.get(column) : "#" + (column + 1);
    }

    private static String cell(RowSource.Row row, int column) {
        return column < row.cells().size() ? row.cells().get(column) : null;
    }

    private static List<LineProblem> add(List<LineProblem> list, LineProblem p) {
        List<LineProblem> l = list == null ? new ArrayList<>(2) : list;
        l.add(p);
        return l;
    }
}
