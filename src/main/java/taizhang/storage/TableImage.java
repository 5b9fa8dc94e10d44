package taizhang.storage;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A small SQLite database file written in memory: one table, {@code rows} (of untyped columns
 * {@code c1 … cN}, or defined as a register's own table is), holding the rows {@link #add}ed in
 * order of their rowids. An import hands SQLite a few thousand
 * rows at once this way (deserialized as an attached schema, then one {@code INSERT … SELECT}),
 * where binding them goes from Java into SQLite once per value: for a million persons that
 * crossing cost the import three times SQLite's own insert.
 *
 * <p>The bytes follow SQLite's documented file format (sqlite.org/fileformat2.html): the header and
 * the schema's one row on page 1, one interior page over the table's leaves on page 2 (or the only
 * leaf itself), the leaves from page 3. Only what such a file needs is written: no overflow
 * pages (a row too large for one page is not taken, and the caller binds it instead), no free list.
 */
final class TableImage {
    static final String TABLE = "rows";
    private static final int PAGE = 65_536;
    /** The largest payload a table leaf cell holds on its page, without overflow pages (U - 35). */
    private static final int MAX_LOCAL = PAGE - 35;
    private static final int LEAF = 0x0D;
    private static final int INTERIOR = 0x05;
    private static final int FIRST_LEAF = 3;

    private final int columns;
    private final long[] types;
    private final byte[][] texts;
    private byte[] image = new byte[4 * PAGE];
    private int leafPage;
    private int cells;
    private int content;
    private long rows;
    private long lastRowid;
    private long[] lastRowids = new long[64];
    /** The schema table's one cell (its row for {@link #TABLE}), as page 1 ends with it. */
    private final byte[] schemaCell;

    /** A table of {@code columns} untyped columns {@code c1 … cN}. */
    TableImage(int columns) {
        this(columns, untyped(columns));
    }

    /**
     * A table of {@code columns} columns defined by {@code createSql} (a {@code CREATE TABLE rows (…)}
     * statement): SQLite reads the rows by that definition, constraints, types and all.
     */
    TableImage(int columns, String createSql) {
        this(columns, true, createSql);
    }

    private TableImage(int columns, boolean withSchema, String createSql) {
        this.columns = columns;
        this.types = new long[columns];
        this.texts = new byte[columns][];
        clear();
        this.schemaCell = withSchema ? schemaCell(createSql) : null;
    }

    private byte[] schemaCell(String createSql) {
        TableImage schema = new TableImage(5, false, null);
        if (!schema.add(new Object[] {"table", TABLE, TABLE, 2L, createSql})) {
            throw new IllegalStateException("a table of " + columns + " columns is too wide for its definition");
        }
        int start = pageStart(FIRST_LEAF);
        return Arrays.copyOfRange(schema.image, start + schema.content, start + PAGE);
    }

    /** The definition of a table of untyped columns, as the file's schema holds it. */
    private static String untyped(int columns) {
        StringBuilder sql = new StringBuilder("CREATE TABLE " + TABLE + "(");
        for (int i = 1; i <= columns; i++) {
            sql.append(i > 1 ? ", c" : "c").append(i);
        }
        return sql.append(')').toString();
    }

    /** Empties the table, keeping the memory for the next rows. */
    void clear() {
        leafPage = FIRST_LEAF;
        startLeaf();
        rows = 0;
        lastRowid = 0;
    }

    long rows() {
        return rows;
    }

    /** About how many bytes the file holds so far. */
    long size() {
        return (long) leafPage * PAGE;
    }

    /** The rowid of the last row added (0 when there is none). */
    long lastRowid() {
        return lastRowid;
    }

    /** Adds a row as {@link #add(Object[], long)} does, with the next rowid. */
    boolean add(Object[] values) {
        return add(values, lastRowid + 1);
    }

    /**
     * Adds a row of values as storage keeps them (text, whole numbers, null) under {@code rowid},
     * which must be greater than the last row's: false, and nothing added, if its record would
     * not fit on one page.
     */
    boolean add(Object[] values, long rowid) {
        if (rowid <= lastRowid) {
            throw new IllegalArgumentException("rowid " + rowid + " after " + lastRowid);
        }
        long body = 0;
        int headerTypes = 0;
        for (int i = 0; i < columns; i++) {
            Object v = values[i];
            texts[i] = null;
            if (v == null) {
                types[i] = 0;
            } else if (v instanceof String s) {
                texts[i] = s.getBytes(StandardCharsets.UTF_8);
                types[i] = 2L * texts[i].length + 13;
                body += texts[i].length;
            } else if (v instanceof Long || v instanceof Integer) {
                types[i] = integerType(((Number) v).longValue());
                body += integerSize(types[i]);
            } else {
                throw new IllegalArgumentException("not a stored value: " + v.getClass().getName());
            }
            headerTypes += varintLength(types[i]);
        }
        int header = headerTypes + 1;
        while (headerTypes + varintLength(header) != header) {
            header = headerTypes + varintLength(header);
        }
        long payload = header + body;
        if (payload > MAX_LOCAL) {
            return false;
        }
        int cell = varintLength(payload) + varintLength(rowid) + (int) payload;
        int start = pageStart(leafPage);
        if (content - cell < 8 + 2 * (cells + 1)) {
            endLeaf();
            leafPage++;
            startLeaf();
            start = pageStart(leafPage);
        }
        content -= cell;
        int at = start + content;
        put2(start + 8 + 2 * cells, content);
        cells++;
        at += putVarint(at, payload);
        at += putVarint(at, rowid);
        at += putVarint(at, header);
        for (int i = 0; i < columns; i++) {
            at += putVarint(at, types[i]);
        }
        for (int i = 0; i < columns; i++) {
            at = putValue(at, types[i], values[i], texts[i]);
        }
        rows++;
        lastRowid = rowid;
        return true;
    }

    /** The whole file, ready for {@code sqlite3_deserialize}. */
    byte[] bytes() {
        endLeaf();
        int leaves = leafPage - FIRST_LEAF + 1;
        int pages;
        if (leaves == 1) {
            System.arraycopy(image, pageStart(FIRST_LEAF), image, pageStart(2), PAGE);
            pages = 2;
        } else {
            writeInterior(leaves);
            pages = leafPage;
        }
        writeFirstPage(pages);
        return Arrays.copyOf(image, pages * PAGE);
    }

    private void startLeaf() {
        int start = pageStart(leafPage);
        if (image.length < start + PAGE) {
            image = Arrays.copyOf(image, Math.max(image.length * 2, start + PAGE));
        }
        Arrays.fill(image, start, start + PAGE, (byte) 0);
        image[start] = LEAF;
        cells = 0;
        content = PAGE;
    }

    /** Writes the leaf's header, and notes its last rowid for the interior page. */
    private void endLeaf() {
        int start = pageStart(leafPage);
        put2(start + 3, cells);
        put2(start + 5, content == PAGE ? 0 : content);
        int leaf = leafPage - FIRST_LEAF;
        if (leaf >= lastRowids.length) {
            lastRowids = Arrays.copyOf(lastRowids, lastRowids.length * 2);
        }
        lastRowids[leaf] = lastRowid;
    }

    /** Page 2: a cell (child page, its last rowid) for every leaf but the last, which is the right-most child. */
    private void writeInterior(int leaves) {
        int start = pageStart(2);
        Arrays.fill(image, start, start + PAGE, (byte) 0);
        image[start] = INTERIOR;
        int top = PAGE;
        for (int i = 0; i < leaves - 1; i++) {
            int cell = 4 + varintLength(lastRowids[i]);
            if (top - cell < 12 + 2 * (i + 1)) {
                throw new IllegalStateException("too many leaves for one interior page: " + leaves);
            }
            top -= cell;
            put4(start + top, FIRST_LEAF + i);
            putVarint(start + top + 4, lastRowids[i]);
            put2(start + 12 + 2 * i, top);
        }
        put2(start + 3, leaves - 1);
        put2(start + 5, top == PAGE ? 0 : top);
        put4(start + 8, FIRST_LEAF + leaves - 1);
    }

    /** The file header, then the schema table: one leaf holding the table's row. */
    private void writeFirstPage(int pages) {
        Arrays.fill(image, 0, PAGE, (byte) 0);
        byte[] magic = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(magic, 0, image, 0, magic.length);
        put2(16, 1);                 // page size 65536 is written as 1
        image[18] = 1;               // file format versions: legacy (no WAL for an image in memory)
        image[19] = 1;
        image[21] = 64;              // payload fractions, fixed by the format
        image[22] = 32;
        image[23] = 32;
        put4(24, 1);                 // change counter
        put4(28, pages);             // size in pages, valid as 92 matches 24
        put4(40, 1);                 // schema cookie
        put4(44, 4);                 // schema format 4
        put4(56, 1);                 // text encoding UTF-8, as every taizhang database
        put4(92, 1);
        put4(96, 3_047_001);
        int to = PAGE - schemaCell.length;
        System.arraycopy(schemaCell, 0, image, to, schemaCell.length);
        image[100] = LEAF;
        put2(103, 1);
        put2(105, to);
        put2(108, to);
    }

    private int putValue(int at, long type, Object v, byte[] text) {
        if (text != null) {
            System.arraycopy(text, 0, image, at, text.length);
            return at + text.length;
        }
        int size = integerSize(type);
        long n = size == 0 ? 0 : ((Number) v).longValue();
        for (int i = size - 1; i >= 0; i--) {
            image[at + i] = (byte) n;
            n >>= 8;
        }
        return at + size;
    }

    private static long integerType(long n) {
        if (n == 0) {
            return 8;
        } else if (n == 1) {
            return 9;
        } else if (n >= Byte.MIN_VALUE && n <= Byte.MAX_VALUE) {
            return 1;
        } else if (n >= Short.MIN_VALUE && n <= Short.MAX_VALUE) {
            return 2;
        } else if (n >= -(1 << 23) && n < (1 << 23)) {
            return 3;
        } else if (n >= Integer.MIN_VALUE && n <= Integer.MAX_VALUE) {
            return 4;
        } else if (n >= -(1L << 47) && n < (1L << 47)) {
            return 5;
        }
        return 6;
    }

    /** Bytes of an integer's serial type; 0 for null and for the constants 0 and 1. */
    private static int integerSize(long type) {
        return switch ((int) type) {
            case 1 -> 1;
            case 2 -> 2;
            case 3 -> 3;
            case 4 -> 4;
            case 5 -> 6;
            case 6 -> 8;
            default -> 0;
        };
    }

    static int varintLength(long v) {
        if ((v >>> 56) != 0) {
            return 9;
        }
        int n = 1;
        while ((v >>>= 7) != 0) {
            n++;
        }
        return n;
    }

    /** SQLite's variable-length integer: big-endian, seven bits a byte, the ninth byte all eight. */
    private int putVarint(int at, long v) {
        if ((v & ~0x7FL) == 0) {
            image[at] = (byte) v;
            return 1;
        }
        int n = varintLength(v);
        if (n == 9) {
            image[at + 8] = (byte) v;
            v >>>= 8;
            for (int i = 7; i >= 0; i--) {
                image[at + i] = (byte) ((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            return 9;
        }
        for (int i = n - 1; i >= 0; i--) {
            image[at + i] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        image[at + n - 1] &= 0x7F;
        return n;
    }

    private static int pageStart(int page) {
        return (page - 1) * PAGE;
    }

    private void put2(int at, int v) {
        image[at] = (byte) (v >>> 8);
        image[at + 1] = (byte) v;
    }

    private void put4(int at, long v) {
        image[at] = (byte) (v >>> 24);
        image[at + 1] = (byte) (v >>> 16);
        image[at + 2] = (byte) (v >>> 8);
        image[at + 3] = (byte) v;
    }
}
