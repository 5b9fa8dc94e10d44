package taizhang.io;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import taizhang.domain.Problem;
import taizhang.domain.Refusal;

/**
 * The first sheet of an XLSX file as rows of text (SPEC 3): the header in row 1, line numbers
 * the sheet's row numbers, a date cell as {@code YYYY-MM-DD}, a number cell as the digits Excel
 * shows (and marked, so that an ID-number column can refuse it), text as written (OOXML's
 * {@code _x001B_} escapes undone, so that a control character is seen and refused). The sheet
 * is streamed; only the shared strings are held, in a compact store under a size cap.
 */
final class XlsxRows implements RowSource {
    /** Excel's own limit. */
    static final int MAX_ROWS = 1_048_576;
    private static final int MAX_COLUMNS = 16_384;

    private final XlsxPackage pkg;
    private final String sheetName;
    private final XMLStreamReader sheet;
    private final SharedStrings strings;
    private final XlsxStyles styles;
    private final boolean date1904;
    private final MergedCells merged;
    private final Row header;
    private Row pending;
    private long rowsRead;
    private long rowsDeclared;
    private int lastRow;

    private XlsxRows(XlsxPackage pkg, String sheetName, XMLStreamReader sheet, SharedStrings strings,
                     XlsxStyles styles, boolean date1904, MergedCells merged) throws IOException {
        this.pkg = pkg;
        this.merged = merged;
        this.sheetName = sheetName;
        this.sheet = sheet;
        this.strings = strings;
        this.styles = styles;
        this.date1904 = date1904;
        Row first = read();
        if (first != null && first.line() == 1) {
            header = first;
        } else {
            header = new Row(1, List.of(), 0, List.of(), null);
            pending = first;
        }
    }

    static XlsxRows open(Path file) throws IOException {
        XlsxPackage pkg = XlsxPackage.open(file);
        try {
            String workbook = XlsxPackage.target(pkg.relationships(""), "/officeDocument");
            if (workbook == null) {
                workbook = "xl/workbook.xml";
            }
            Map<String, String> rels = pkg.relationships(workbook);
            Workbook book = Workbook.read(pkg, workbook);
            String sheetPart = book.firstSheetId == null ? null : rels.get(book.firstSheetId);
            if (sheetPart == null) {
                throw new Refusal(Problem.Code.XLSX_NO_SHEET);
            }
            String stylesPart = XlsxPackage.target(rels, "/styles");
            String stringsPart = XlsxPackage.target(rels, "/sharedStrings");
            XlsxStyles styles = stylesPart == null || !pkg.has(stylesPart) ? XlsxStyles.NONE : XlsxStyles.read(pkg, stylesPart);
            SharedStrings strings = stringsPart == null || !pkg.has(stringsPart) ? new SharedStrings()
                    : SharedStrings.read(pkg, stringsPart);
            MergedCells merged = MergedCells.scan(pkg.part(sheetPart, XlsxPackage.MAX_PART_MB));
            return new XlsxRows(pkg, sheetPart, pkg.xml(sheetPart, XlsxPackage.MAX_PART_MB), strings, styles,
                    book.date1904, merged);
        } catch (IOException | RuntimeException e) {
            pkg.close();
            throw e;
        }
    }

    /** What the workbook part says: the first sheet's relationship id, and the date system. */
    private record Workbook(String firstSheetId, boolean date1904) {
        static Workbook read(XlsxPackage pkg, String part) throws IOException {
            XMLStreamReader r = pkg.xml(part, 64);
            String first = null;
            boolean date1904 = false;
            try {
                while (r.hasNext()) {
                    if (r.next() != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    if (r.getLocalName().equals("workbookPr")) {
                        String v = r.getAttributeValue(null, "date1904");
                        date1904 = "1".equals(v) || "true".equals(v);
                    } else if (r.getLocalName().equals("sheet") && first == null) {
                        first = XlsxPackage.relationshipId(r);
                    }
                }
                r.close();
            } catch (XMLStreamException e) {
                throw new Refusal(Problem.Code.XLSX_BROKEN, part);
            }
            return new Workbook(first, date1904);
        }
    }

    @Override
    public Row header() {
        return header;
    }

    @Override
    public Row next() throws IOException {
        if (pending != null) {
            Row r = pending;
            pending = null;
            return r;
        }
        return read();
    }

    @Override
    public List<LineProblem> endProblems() {
        return List.of();
    }

    @Override
    public long done() {
        return rowsRead;
    }

    @Override
    public long total() {
        return rowsDeclared;
    }

    @Override
    public void close() throws IOException {
        try {
            sheet.close();
        } catch (XMLStreamException e) {
            // Closing a reader of a damaged part: nothing more to learn from it.
        }
        pkg.close();
    }

    /** The next row that holds a value, or null at the end of the sheet. */
    private Row read() throws IOException {
        try {
            while (sheet.hasNext()) {
                int event = sheet.next();
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = sheet.getLocalName();
                if (name.equals("dimension")) {
                    rowsDeclared = declaredRows(sheet.getAttributeValue(null, "ref"));
                } else if (name.equals("row")) {
                    Row r = row();
                    if (r != null) {
                        return r;
                    }
                }
            }
            return null;
        } catch (XMLStreamException e) {
            throw new Refusal(Problem.Code.XLSX_BROKEN, sheetName);
        }
    }

    /** One {@code <row>}: its number, and its cells placed by their references. */
    private Row row() throws XMLStreamException {
        String r = sheet.getAttributeValue(null, "r");
        int number = r == null ? lastRow + 1 : parseRowNumber(r);
        if (number > MAX_ROWS || ++rowsRead > MAX_ROWS) {
            throw new Refusal(Problem.Code.XLSX_TOO_MANY_ROWS, MAX_ROWS);
        }
        lastRow = number;
        List<String> cells = new ArrayList<>(16);
        List<Flag> flags = new ArrayList<>(0);
        Kinds kinds = null;
        int width = 0;
        int lastValue = -1;
        while (sheet.hasNext()) {
            int event = sheet.next();
            if (event == XMLStreamConstants.END_ELEMENT && sheet.getLocalName().equals("row")) {
                break;
            }
            if (event != XMLStreamConstants.START_ELEMENT || !sheet.getLocalName().equals("c")) {
                continue;
            }
            int column = column(sheet.getAttributeValue(null, "r"), width);
            Cell c = cell();
            width = column + 1;
            if (column >= MAX_CELLS) {
                continue;
            }
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(c.text);
            if (!c.text.isBlank()) {
                lastValue = column;
            }
            if (c.kind != Kind.TEXT) {
                kinds = kinds == null ? new Kinds() : kinds;
                (c.kind == Kind.NUMBER ? kinds.numbers() : c.kind == Kind.BOOLEAN ? kinds.booleans() : kinds.dates())
                        .set(column);
                if (c.kind == Kind.MONTH) {
                    kinds.months().set(column);
                }
            }
            if (c.wrong != null) {
                flags.add(new Flag(number, column, Problem.of(c.wrong)));
            }
            if (c.length > MAX_CELL) {
                flags.add(new Flag(number, column, Problem.of(Problem.Code.CELL_TOO_LONG, c.length)));
            }
        }
        if (number == 1) {
            // The header ends with its last named column (cells that are only formatted do not count).
            int named = lastValue + 1;
            if (cells.size() > named) {
                cells.subList(named, cells.size()).clear();
            }
            return new Row(number, cells, width > MAX_CELLS ? width : named, flags.isEmpty() ? List.of() : flags,
                    kinds);
        }
        if (lastValue < 0) {
            return null;
        }
        // A spreadsheet leaves empty cells out: a row is as wide as the header unless it holds a value past it.
        int headerWidth = header == null ? 0 : header.width();
        int rowWidth = Math.max(headerWidth, lastValue + 1);
        while (cells.size() < Math.min(rowWidth, MAX_CELLS)) {
            cells.add("");
        }
        if (cells.size() > rowWidth) {
            cells.subList(rowWidth, cells.size()).clear();
        }
        if (!merged.isEmpty()) {
            flags = coveredByMerges(number, cells, flags);
        }
        return new Row(number, cells, rowWidth, flags.isEmpty() ? List.of() : flags, kinds);
    }

    /**
     * Flags each empty cell of the row that a merged range covers but does not begin (a
     * spreadsheet keeps the value in the range's first cell only): refused rather than filled,
     * since whether the value was meant for every row is not in the file (README).
     */
    private List<Flag> coveredByMerges(int number, List<String> cells, List<Flag> flags) {
        for (MergedCells.Range r : merged.over(number)) {
            for (int c = r.left(); c <= r.right() && c < cells.size(); c++) {
                if ((number != r.top() || c != r.left()) && cells.get(c).isBlank()) {
                    flags.add(new Flag(number, c, Problem.of(Problem.Code.XLSX_MERGED_CELL, r.ref(), r.first())));
                }
            }
        }
        return flags;
    }

    private int parseRowNumber(String r) {
        try {
            int n = Integer.parseInt(r.strip());
            if (n < 1) {
                throw new Refusal(Problem.Code.XLSX_BROKEN, sheetName);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new Refusal(Problem.Code.XLSX_TOO_MANY_ROWS, MAX_ROWS);
        }
    }

    /** The column (from 0) of a cell reference such as {@code B3}; the next column when there is none. */
    private int column(String ref, int next) {
        if (ref == null) {
            return next;
        }
        int col = 0;
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
            col = col * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            if (++i > 3 || col > MAX_COLUMNS) {
                throw new Refusal(Problem.Code.XLSX_BROKEN, sheetName);
            }
        }
        if (i == 0) {
            throw new Refusal(Problem.Code.XLSX_BROKEN, sheetName);
        }
        return col - 1;
    }

    private enum Kind { TEXT, NUMBER, DATE, MONTH, BOOLEAN }

    /** A cell's value as text, its kind, its true length, and what is wrong with it (null when nothing). */
    private record Cell(String text, Kind kind, int length, Problem.Code wrong) {
        Cell(String text, Kind kind, int length) {
            this(text, kind, length, null);
        }
    }

    /** One {@code <c>}: its value as text, by its type and style. */
    private Cell cell() throws XMLStreamException {
        String type = sheet.getAttributeValue(null, "t");
        String style = sheet.getAttributeValue(null, "s");
        StringBuilder value = new StringBuilder();
        int[] length = {0};
        boolean formula = false;
        boolean valued = false;
        while (sheet.hasNext()) {
            int event = sheet.next();
            if (event == XMLStreamConstants.END_ELEMENT && sheet.getLocalName().equals("c")) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = sheet.getLocalName();
                if (name.equals("v") || name.equals("t")) {
                    valued = true;
                    text(value, length, name);
                } else if (name.equals("rPh") || name.equals("f")) {
                    formula |= name.equals("f");
                    skip(name);
                }
            }
        }
        String v = value.toString();
        if (formula && !valued) {
            // Written by a program that left the computing to the office suite: there is no value to read.
            return new Cell("", Kind.TEXT, 0, Problem.Code.XLSX_FORMULA_NOT_COMPUTED);
        }
        if (type == null || type.equals("n")) {
            return number(v, style);
        }
        return switch (type) {
            case "s" -> {
                int i = index(v);
                yield new Cell(strings.get(i), Kind.TEXT, strings.length(i));
            }
            case "b" -> v.strip().equals("1") || v.strip().equals("0")
                    ? new Cell(v.strip().equals("1") ? "TRUE" : "FALSE", Kind.BOOLEAN, v.length())
                    : new Cell(v, Kind.TEXT, v.length());
            case "e" -> new Cell(v, Kind.TEXT, v.length(), Problem.Code.XLSX_FORMULA_ERROR);
            case "d" -> new Cell(v.length() >= 10 ? v.substring(0, 10) : v, Kind.DATE, v.length());
            default -> new Cell(Escapes.undo(v), Kind.TEXT, length[0]);
        };
    }

    private int index(String v) {
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new Refusal(Problem.Code.XLSX_BROKEN, sheetName);
        }
    }

    /**
     * A number cell: a date when its style is a date format, else the digits Excel shows (all of
     * them in a fixed format such as {@code 0} or {@code 0.00}; in General, as General shows them).
     */
    private Cell number(String v, String style) {
        if (v.isBlank()) {
            return new Cell("", Kind.TEXT, 0);
        }
        BigDecimal n;
        try {
            n = new BigDecimal(v.strip());
        } catch (NumberFormatException e) {
            throw new Refusal(Problem.Code.XLSX_BROKEN, sheetName);
        }
        NumberFormat format = style == null ? NumberFormat.GENERAL : styles.format(styleIndex(style));
        if (format.date()) {
            LocalDate d = ExcelNumbers.date(n, date1904);
            if (d != null) {
                return new Cell(d.toString(), format.kind() == NumberFormat.Kind.MONTH ? Kind.MONTH : Kind.DATE, 10);
            }
        }
        String shown = format.kind() == NumberFormat.Kind.FIXED ? ExcelNumbers.fixed(n, format) : ExcelNumbers.general(n);
        return new Cell(shown, Kind.NUMBER, shown.length());
    }

    private int styleIndex(String style) {
        try {
            return Math.max(0, Integer.parseInt(style.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Appends the element's text to {@code value}, up to the cap; counts all of it. */
    private void text(StringBuilder value, int[] length, String element) throws XMLStreamException {
        while (sheet.hasNext()) {
            int event = sheet.next();
            if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                int n = sheet.getTextLength();
                length[0] += n;
                int room = MAX_CELL - value.length();
                if (room > 0) {
                    value.append(sheet.getTextCharacters(), sheet.getTextStart(), Math.min(n, room));
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && sheet.getLocalName().equals(element)) {
                return;
            }
        }
    }

    private void skip(String element) throws XMLStreamException {
        int depth = 1;
        while (sheet.hasNext() && depth > 0) {
            int event = sheet.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** Rows the sheet's {@code <dimension ref="A1:K1001"/>} declares (0 when it does not). */
    private static long declaredRows(String ref) {
        if (ref == null || ref.indexOf(':') < 0) {
            return 0;
        }
        String end = ref.substring(ref.indexOf(':') + 1);
        int i = 0;
        while (i < end.length() && Character.isLetter(end.charAt(i))) {
            i++;
        }
        try {
            return Long.parseLong(end.substring(i));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * OOXML writes a character XML cannot hold as {@code _xHHHH_} (ESC is {@code _x001B_}) and a
     * literal {@code _x} as {@code _x005F_x}: undone here so that the value is what was typed.
     */
    static final class Escapes {
        private Escapes() {
        }

        static String undo(String s) {
            if (s.indexOf("_x") < 0) {
                return s;
            }
            StringBuilder b = new StringBuilder(s.length());
            int i = 0;
            while (i < s.length()) {
                if (i + 7 <= s.length() && s.charAt(i) == '_' && s.charAt(i + 1) == 'x' && s.charAt(i + 6) == '_'
                        && hex(s, i + 2, i + 6)) {
                    b.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                    i += 7;
                } else {
                    b.append(s.charAt(i++));
                }
            }
            return b.toString();
        }

        private static boolean hex(String s, int from, int to) {
            for (int i = from; i < to; i++) {
                if (Character.digit(s.charAt(i), 16) < 0) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * The shared strings, held as UTF-8 in large byte blocks with an offset per string (a
     * million names as Java strings would take several times the memory), read in full before
     * the sheet, under {@link XlsxPackage#MAX_STRINGS_MB}.
     */
    static final class SharedStrings {
        private static final int BLOCK = 1 << 20;
        private final List<byte[]> blocks = new ArrayList<>();
        private long[] where = new long[1024];
        private int count;
        private byte[] current;
        private int used;
        /** The true length of each string longer than the cap (only its start is kept). */
        private final Map<Integer, Integer> overlong = new java.util.HashMap<>();

        int length(int index) {
            Integer n = overlong.get(index);
            return n != null ? n : get(index).length();
        }

        String get(int index) {
            if (index < 0 || index >= count) {
                throw new Refusal(Problem.Code.XLSX_BROKEN, "xl/sharedStrings.xml");
            }
            long w = where[index];
            int block = (int) (w >>> 40);
            int offset = (int) ((w >>> 20) & 0xFFFFF);
            int length = (int) (w & 0xFFFFF);
            if (length == 0xFFFFF) {
                return "";
            }
            return new String(blocks.get(block), offset, length, StandardCharsets.UTF_8);
        }

        void add(String s, int length) {
            if (length > s.length()) {
                overlong.put(count, length);
            }
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            if (b.length >= 0xFFFFF) {
                b = java.util.Arrays.copyOf(b, 0xFFFFE);
            }
            if (current == null || used + b.length > current.length) {
                current = new byte[Math.max(BLOCK, b.length)];
                blocks.add(current);
                used = 0;
            }
            System.arraycopy(b, 0, current, used, b.length);
            if (count == where.length) {
                where = java.util.Arrays.copyOf(where, count * 2);
            }
            where[count++] = ((long) (blocks.size() - 1) << 40) | ((long) used << 20) | b.length;
            used += b.length;
        }

        static SharedStrings read(XlsxPackage pkg, String part) throws IOException {
            SharedStrings s = new SharedStrings();
            XMLStreamReader r = pkg.xml(part, XlsxPackage.MAX_STRINGS_MB);
            try {
                StringBuilder item = null;
                int length = 0;
                int phonetic = 0;
                boolean inText = false;
                while (r.hasNext()) {
                    int event = r.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        String name = r.getLocalName();
                        if (name.equals("si")) {
                            item = new StringBuilder();
                            length = 0;
                        } else if (name.equals("rPh")) {
                            phonetic++;
                        } else if (name.equals("t")) {
                            inText = phonetic == 0;
                        }
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        String name = r.getLocalName();
                        if (name.equals("si") && item != null) {
                            s.add(Escapes.undo(item.toString()), length);
                            item = null;
                        } else if (name.equals("rPh")) {
                            phonetic--;
                        } else if (name.equals("t")) {
                            inText = false;
                        }
                    } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                            || event == XMLStreamConstants.SPACE) && item != null && inText) {
                        int n = r.getTextLength();
                        length += n;
                        int room = MAX_CELL - item.length();
                        if (room > 0) {
                            item.append(r.getTextCharacters(), r.getTextStart(), Math.min(n, room));
                        }
                    }
                }
                r.close();
            } catch (XMLStreamException e) {
                throw new Refusal(Problem.Code.XLSX_BROKEN, part);
            }
            return s;
        }
    }
}
