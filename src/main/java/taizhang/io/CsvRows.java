package taizhang.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import taizhang.domain.Problem;
import taizhang.domain.Refusal;

/**
 * CSV as Excel and WPS write it (RFC 4180: quoted cells may hold commas, quotes written
 * {@code ""} and line breaks; lines end in CRLF, LF or a lone CR), read by our own small parser
 * rather than a library's, because a hostile file needs what general parsers do not give: a cap
 * on every cell and row (a quote never closed must not pull a 50 MB file into one string), the
 * line where a broken cell starts, plain words for what is wrong with it, and bytes invalid in the
 * encoding pinned to their cell instead of silently replaced.
 */
final class CsvRows implements RowSource {
    /** Stands for bytes the encoding cannot read: a noncharacter, never in a register's text. */
    private static final char BAD = '\uFFFF';
    private static final int END = -1;
    /** {@link #wholeInBuffer} found no cell it could cut straight from the decoded characters. */
    private static final int NOT_WHOLE = -2;

    private final Counting in;
    private final long size;
    private final CharsetDecoder decoder;
    private final String charsetName;
    /** The file was not scanned whole for NUL bytes ({@link Encoding#guess}): see {@link #fill}. */
    private final boolean nulUnseen;
    /** The encoding is only the head's word for it ({@link Encoding#guess}): see {@link #fill}. */
    private final boolean guessed;
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    private final CharBuffer chars = CharBuffer.allocate(1 << 16);
    private boolean inputDone;
    private boolean decoded;
    private boolean cutShort;
    private int line = 1;
    private final Row header;
    /**
     * The cell being read when it is not {@link #whole}: one that runs past the decoded characters,
     * a quoted cell, one with a stray quote or unreadable bytes, or one over the cap.
     */
    private final StringBuilder cell = new StringBuilder();
    /** The cell just read as one String cut from the decoded characters, or null: then it is in {@link #cell}. */
    private String whole;
    /** The cells of the row being read; copied into an exactly sized list of the row's own at its end. */
    private final List<String> cells = new ArrayList<>(16);
    /** What went wrong in the row being read; null while nothing has (most rows), to spare a list per row. */
    private List<Flag> flags;

    private CsvRows(InputStream raw, long size, Encoding.Guess guess) throws IOException {
        this.in = new Counting(raw);
        this.size = size;
        Charset charset = guess.charset();
        this.charsetName = charset.name();
        this.nulUnseen = !guess.whole();
        this.guessed = !guess.whole() && !guess.bom();
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        chars.flip();
        if (peek() == '\uFEFF') {
            read();
        }
        this.header = row(false);
        if (header == null) {
            throw new Refusal(Problem.Code.FILE_EMPTY);
        }
    }

    /** Reads {@code file} in the encoding {@code guess} names (see {@link Encoding.Guess#whole}). */
    static CsvRows open(Path file, Encoding.Guess guess) throws IOException {
        InputStream raw = Files.newInputStream(file);
        try {
            return new CsvRows(raw, Files.size(file), guess);
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    @Override
    public Row header() {
        return header;
    }

    @Override
    public Row next() throws IOException {
        return row(true);
    }

    @Override
    public List<LineProblem> endProblems() {
        return cutShort ? List.of(new LineProblem(line, null, Problem.of(Problem.Code.CUT_SHORT))) : List.of();
    }

    @Override
    public long done() {
        return in.count;
    }

    @Override
    public long total() {
        return size;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** The next row (null at the end of the file); wholly empty rows are skipped when {@code skipBlank}. */
    private Row row(boolean skipBlank) throws IOException {
        while (true) {
            if (peek() == END) {
                return null;
            }
            Row r = readRow();
            if (!(skipBlank && blank(r))) {
                return r;
            }
        }
    }

    private static boolean blank(Row r) {
        if (!r.flags().isEmpty()) {
            return false;
        }
        for (String c : r.cells()) {
            if (!c.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** Reads one row from the start of a line to its end (past any line breaks inside quoted cells). */
    private Row readRow() throws IOException {
        int start = line;
        cells.clear();
        flags = null;
        int width = 0;
        while (true) {
            int column = width++;
            int ended = peek() == '"' ? quotedCell(column) : plainCell(column, false);
            if (cells.size() < MAX_CELLS) {
                cells.add(whole != null ? whole : cell.toString());
            }
            if (ended != ',') {
                List<String> kept = Arrays.asList(cells.toArray(new String[0]));
                return new Row(start, kept, width, flags == null ? List.of() : flags, null);
            }
        }
    }

    private void flag(Flag f) {
        if (flags == null) {
            flags = new ArrayList<>(2);
        }
        flags.add(f);
    }

    /** A cell not in quotes, up to the comma or line end it stops at (consumed); returns that character. */
    private int plainCell(int column, boolean afterQuote) throws IOException {
        int start = line;
        if (!afterQuote) {
            int ended = wholeInBuffer();
            if (ended != NOT_WHOLE) {
                endOfLine(ended);
                return ended;
            }
            cell.setLength(0);
        }
        int length = cell.length();
        boolean strayQuote = false;
        boolean bad = false;
        int c;
        while (true) {
            length = putPlainRun(length);
            if ((c = read()) == END || c == ',' || c == '\n' || c == '\r') {
                break;
            }
            if (c == '"' && !afterQuote) {
                strayQuote = true;
            }
            bad |= c == BAD;
            length = put(c, length);
        }
        endOfLine(c);
        if (strayQuote) {
            flag(new Flag(start, column, Problem.of(Problem.Code.QUOTE_IN_UNQUOTED)));
        }
        finish(start, column, length, bad);
        return c;
    }

    /**
     * The common plain cell, cut from the decoded characters as one String rather than copied
     * into the builder first (a million persons' file: ~12 % less of the reading thread's time):
     * one whose comma or line end is already decoded, with no quote or unreadable
     * byte before it, and no longer than the cap. The comma or line end is consumed and returned.
     * Any other cell returns {@link #NOT_WHOLE} with nothing consumed, for {@link #plainCell} to read.
     */
    private int wholeInBuffer() {
        whole = null;
        char[] a = chars.array();
        int from = chars.position();
        int end = Math.min(chars.limit(), from + MAX_CELL + 1);
        for (int i = from; i < end; i++) {
            char ch = a[i];
            if (ch == ',' || ch == '\n' || ch == '\r') {
                whole = i == from ? "" : new String(a, from, i - from);
                chars.position(i + 1);
                return ch;
            }
            if (ch == '"' || ch == BAD) {
                break;
            }
        }
        return NOT_WHOLE;
    }

    /** A cell in quotes: up to its closing quote, then to the comma or line end after it. */
    private int quotedCell(int column) throws IOException {
        int start = line;
        whole = null;
        read();
        cell.setLength(0);
        int length = 0;
        boolean bad = false;
        while (true) {
            int c = read();
            if (c == END) {
                boolean endsWithBreak = cell.length() > 0 && (cell.charAt(cell.length() - 1) == '\n'
                        || cell.charAt(cell.length() - 1) == '\r');
                int last = endsWithBreak ? line - 1 : line;
                flag(new Flag(start, column, Problem.of(Problem.Code.QUOTE_NOT_CLOSED, start, last)));
                finish(start, column, length, bad);
                return END;
            }
            if (c == '"') {
                int after = peek();
                if (after == '"') {
                    read();
                    length = put('"', length);
                    continue;
                }
                if (after == ',' || after == '\n' || after == '\r' || after == END) {
                    int ended = read();
                    endOfLine(ended);
                    finish(start, column, length, bad);
                    return ended;
                }
                flag(new Flag(line, column, Problem.of(Problem.Code.TEXT_AFTER_QUOTE)));
                return plainCell(column, true);
            }
            if (c == '\r' || c == '\n') {
                length = put(c, length);
                if (c == '\r' && peek() == '\n') {
                    length = put(read(), length);
                }
                line++;
                continue;
            }
            bad |= c == BAD;
            length = put(c, length);
        }
    }

    /**
     * Appends the decoded characters up to the next one a plain cell must look at (a comma, line
     * end, quote or unreadable byte) at once, under the same cap as {@link #put}: most of a file.
     */
    private int putPlainRun(int length) {
        char[] a = chars.array();
        int from = chars.position();
        int end = chars.limit();
        int i = from;
        while (i < end) {
            char ch = a[i];
            if (ch == ',' || ch == '\n' || ch == '\r' || ch == '"' || ch == BAD) {
                break;
            }
            i++;
        }
        int n = i - from;
        if (n > 0 && length < MAX_CELL) {
            cell.append(a, from, Math.min(n, MAX_CELL - length));
        }
        chars.position(i);
        return length + n;
    }

    /** Appends to the cell while it is under the cap; counts the characters either way. */
    private int put(int c, int length) {
        if (length < MAX_CELL) {
            cell.append((char) c);
        }
        return length + 1;
    }

    private void finish(int at, int column, int length, boolean bad) {
        if (length > MAX_CELL) {
            flag(new Flag(at, column, Problem.of(Problem.Code.CELL_TOO_LONG, length)));
        }
        if (bad) {
            flag(new Flag(at, column, Problem.of(Problem.Code.BAD_BYTES, charsetName)));
        }
    }

    /** After a line end: CRLF is one line end, and so is a lone CR. */
    private void endOfLine(int c) throws IOException {
        if (c == '\r' && peek() == '\n') {
            read();
        }
        if (c == '\n' || c == '\r') {
            line++;
        }
    }

    private int read() throws IOException {
        if (!chars.hasRemaining() && !fill()) {
            return END;
        }
        return chars.get();
    }

    private int peek() throws IOException {
        if (!chars.hasRemaining() && !fill()) {
            return END;
        }
        return chars.get(chars.position());
    }

    /**
     * Decodes the next characters. Bytes the encoding cannot read become {@link #BAD}, so that
     * the cell holding them is named; bytes left unfinished at the very end mean the file was
     * cut short in the middle of a character. When the encoding is only the head's word for it,
     * such bytes or a NUL mean the file must be told as a whole after all ({@link Encoding.HeadWasWrong}).
     */
    private boolean fill() throws IOException {
        if (decoded) {
            return false;
        }
        chars.clear();
        while (chars.position() == 0) {
            if (!inputDone) {
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (n < 0) {
                    inputDone = true;
                } else {
                    bytes.position(bytes.position() + n);
                }
            }
            bytes.flip();
            CoderResult r = decoder.decode(bytes, chars, inputDone);
            if (r.isError() && !chars.hasRemaining()) {
                bytes.compact();
                break;
            }
            if (r.isError()) {
                if (inputDone && bytes.remaining() <= 3 && r.isMalformed()) {
                    cutShort = true;
                    bytes.position(bytes.limit());
                } else if (!guessed) {
                    bytes.position(bytes.position() + r.length());
                    chars.put(BAD);
                } else {
                    throw new Encoding.HeadWasWrong();
                }
            }
            bytes.compact();
            if (inputDone && bytes.position() == 0 && chars.position() == 0 && !r.isError()) {
                decoded = true;
                break;
            }
        }
        chars.flip();
        if (nulUnseen) {
            refuseNul();
        }
        return chars.hasRemaining();
    }

    private void refuseNul() {
        char[] a = chars.array();
        for (int i = chars.position(), end = chars.limit(); i < end; i++) {
            if (a[i] == 0) {
                throw new Encoding.HeadWasWrong();
            }
        }
    }

    /** Counts the bytes read, for the progress line. */
    private static final class Counting extends java.io.FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
