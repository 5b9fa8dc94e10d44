package taizhang.io;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import taizhang.domain.Problem;

/**
 * A list read row by row, the same whether the file is CSV or XLSX: first the header row, then
 * each data row with the line it starts on (header = line 1; an XLSX row number) and its cells
 * as text. Reading is streamed and bounded: however large or broken the file, a row holds at
 * most {@link #MAX_CELLS} cells of at most {@link #MAX_CELL} characters, and what could not be
 * read as written comes with the row as a {@link Flag} instead of an exception.
 *
 * <p>Open one with {@link #open}; {@link Columns} maps the header to a register's fields and a
 * row to values by field key. Import reads its files this way, and so can any command that
 * reads a list.
 */
public interface RowSource extends AutoCloseable {

    /** Cells kept of one row; more are counted ({@link Row#width}) but not kept. */
    int MAX_CELLS = 1024;

    /** Characters kept of one cell; a longer cell is cut here and flagged {@code CELL_TOO_LONG}. */
    int MAX_CELL = 10_000;

    /**
     * One row: the line it starts on, its cells (at most {@link #MAX_CELLS}), how many cells it
     * really has, what went wrong reading it, and what kind of spreadsheet cell each was (null
     * when all were text, and for CSV).
     */
    record Row(int line, List<String> cells, int width, List<Flag> flags, Kinds kinds) {
        public boolean number(int column) {
            return kinds != null && kinds.numbers().get(column);
        }

        public boolean date(int column) {
            return kinds != null && kinds.dates().get(column);
        }

        /** A TRUE/FALSE cell (its text {@code TRUE} or {@code FALSE}). */
        public boolean bool(int column) {
            return kinds != null && kinds.booleans().get(column);
        }

        /** A date cell whose format shows a year and a month and no day (such as {@code 2026年3月}). */
        public boolean monthShown(int column) {
            return kinds != null && kinds.months().get(column);
        }
    }

    /**
     * The columns of a spreadsheet row that were number cells, date cells, date cells shown as a
     * month, and TRUE/FALSE cells.
     */
    record Kinds(BitSet numbers, BitSet dates, BitSet months, BitSet booleans) {
        Kinds() {
            this(new BitSet(), new BitSet(), new BitSet(), new BitSet());
        }
    }

    /** Something wrong with one cell ({@code column} from 0) or the whole row (-1), at the line where it starts. */
    record Flag(int line, int column, Problem problem) {
    }

    /** The header row (line 1). */
    Row header();

    /** The next row that is not wholly empty, or null at the end of the list. */
    Row next() throws IOException;

    /** Problems of the file as a whole found by the end of reading (it ends in the middle of a character). */
    List<LineProblem> endProblems();

    /** How far reading has gone and how far it goes, in the same unit (bytes, or rows), for a progress line. */
    long done();

    long total();

    @Override
    void close() throws IOException;

    /**
     * Opens a list: an XLSX package (by its content, whatever its name) or a text file read as
     * CSV in {@code charset} (null: detected). A file that is neither, or an XLSX the limits
     * refuse, is a {@link taizhang.domain.Refusal} naming why.
     */
    static RowSource open(Path file, Charset charset) throws IOException {
        return FileKind.open(file, charset, false);
    }
}
