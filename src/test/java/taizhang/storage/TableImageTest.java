package taizhang.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The images are read by SQLite itself: whatever it reads back must be exactly what was added. */
class TableImageTest {

    private static final Object[] EDGES = {null, "", "a", "张琳可", "🀄 emoji, four bytes", "line\nbreak\u0000nul", 0L, 1L, -1L,
        127L, 128L, -128L, -129L, 32_767L, 32_768L, 8_388_607L, 8_388_608L, -8_388_609L, 2_147_483_647L,
        2_147_483_648L, -2_147_483_649L, 140_737_488_355_327L, 140_737_488_355_328L, Long.MAX_VALUE, Long.MIN_VALUE,
        7, -7};

    @Test
    void sqliteReadsBackEveryKindOfValueAsAdded() throws Exception {
        List<Object[]> rows = new ArrayList<>();
        for (Object v : EDGES) {
            rows.add(new Object[] {v, "x", v});
        }
        assertReadBack(3, rows);
    }

    @Test
    void manyRowsOverManyLeavesComeBackInOrder() throws Exception {
        Random random = new Random(8);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(i % 100 == 0 ? 3000 : 60);
            for (int c = 0; c < length; c++) {
                text.appendCodePoint(random.nextBoolean() ? 'a' + random.nextInt(26) : 0x4E00 + random.nextInt(20_000));
            }
            rows.add(new Object[] {(long) i, text.toString(), random.nextInt(4) == 0 ? null : random.nextLong()});
        }
        assertReadBack(3, rows);
    }

    /** Text is stored as sqlite-jdbc binds it (String.getBytes): a surrogate without its pair as '?'. */
    @Test
    void textIsStoredInTheBytesBindingWouldStore() throws Exception {
        List<String> texts = List.of("plain", "é and ß", "张琳可", "\uD83C\uDC04 pair", "lone high \uD83C end",
                "lone low \uDC04", "reversed \uDC04\uD83C", "at the end \uD83C", "\u0000\u0001\u001b[2J", "\u07FF\u0800\uFFFF");
        TableImage image = new TableImage(1);
        for (String t : texts) {
            assertTrue(image.add(new Object[] {t}));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:"); Statement s = c.createStatement()) {
            s.execute("ATTACH ':memory:' AS staged");
            c.unwrap(org.sqlite.SQLiteConnection.class).deserialize("staged", image.bytes());
            try (ResultSet r = s.executeQuery("SELECT CAST(c1 AS BLOB) FROM staged." + TableImage.TABLE + " ORDER BY rowid")) {
                for (String t : texts) {
                    assertTrue(r.next());
                    org.junit.jupiter.api.Assertions.assertArrayEquals(t.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                            r.getBytes(1), t);
                }
            }
        }
    }

    @Test
    void anEmptyTableAndASingleRowAreFilesToo() throws Exception {
        assertReadBack(2, List.of());
        assertReadBack(2, List.<Object[]>of(new Object[] {"one", 1L}));
    }

    @Test
    void aRowTooLargeForOnePageIsNotTakenAndTheOthersStay() throws Exception {
        TableImage image = new TableImage(1);
        assertTrue(image.add(new Object[] {"before"}));
        assertFalse(image.add(new Object[] {"x".repeat(70_000)}));
        assertTrue(image.add(new Object[] {"y".repeat(65_000)}));
        assertTrue(image.add(new Object[] {"after"}));
        assertEquals(List.of("before", "y".repeat(65_000), "after"),
                read(image.bytes(), 1).stream().map(r -> r[0]).toList());
    }

    /**
     * SQLite keeps a table leaf's payload on its page up to U - 35 bytes (65,501 on a page of
     * 64 KiB): a one-column row of 65,497 bytes of text (a 4-byte header) is exactly that large.
     * The image takes it, and SQLite reads it whole, not as a row with an overflow page.
     */
    @Test
    void aRowOfExactlyTheLargestLocalPayloadIsTakenAndReadWhole() throws Exception {
        int longest = longestTaken("a");
        assertEquals(65_497, longest);
        String text = "a".repeat(longest);
        TableImage image = new TableImage(1);
        assertTrue(image.add(new Object[] {text}));
        assertTrue(image.add(new Object[] {"next"}));
        assertEquals(List.of(text, "next"), read(image.bytes(), 1).stream().map(r -> r[0]).toList());
        // Four-byte characters cannot land on the edge: the longest taken stops short of it.
        assertEquals(65_497 / 4, longestTaken("𠀀"));
    }

    /**
     * Rows that fill a leaf to its last byte (the cell pointers end where the cells begin) stay on
     * it, SQLite reads the page as sound, and the next row starts a second leaf under an interior page.
     */
    @Test
    void aLeafFilledToTheLastByteIsReadAsSound() throws Exception {
        String big = "a".repeat(65_497); // a cell of 65,505 bytes
        int fits = -1;
        for (int n = 0; n < 40; n++) {
            TableImage image = new TableImage(1);
            image.add(new Object[] {big});
            image.add(new Object[] {"b".repeat(n)});
            if (image.bytes().length == 2 * 65_536) {
                fits = n;
            }
        }
        // 8 bytes of page header, two cell pointers, the big cell, and 19 bytes: a 15-byte text's cell.
        assertEquals(15, fits);
        TableImage image = new TableImage(1);
        image.add(new Object[] {big});
        image.add(new Object[] {"b".repeat(fits)});
        byte[] full = image.bytes();
        int leaf = 65_536;
        assertEquals(2, ((full[leaf + 3] & 0xFF) << 8) | (full[leaf + 4] & 0xFF), "cells");
        assertEquals(8 + 2 * 2, ((full[leaf + 5] & 0xFF) << 8) | (full[leaf + 6] & 0xFF), "content starts after the pointers");
        assertEquals(List.of(big, "b".repeat(fits)), read(full, 1).stream().map(r -> r[0]).toList());
        image.add(new Object[] {"c"});
        byte[] two = image.bytes();
        assertEquals(4 * 65_536, two.length, "page 1, the interior page, two leaves");
        assertEquals(List.of(big, "b".repeat(fits), "c"), read(two, 1).stream().map(r -> r[0]).toList());
    }

    private static int longestTaken(String filler) {
        int low = 0;
        int high = 70_000;
        while (low < high) {
            int mid = (low + high + 1) / 2;
            if (new TableImage(1).add(new Object[] {filler.repeat(mid)})) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    @Test
    void anImageClearedIsUsedAgain() throws Exception {
        TableImage image = new TableImage(1);
        for (int i = 0; i < 5_000; i++) {
            image.add(new Object[] {"first " + i});
        }
        image.bytes();
        image.clear();
        image.add(new Object[] {"second"});
        List<Object[]> back = read(image.bytes(), 1);
        assertEquals(1, back.size());
        assertEquals("second", back.get(0)[0]);
    }

    private static void assertReadBack(int columns, List<Object[]> rows) throws Exception {
        TableImage image = new TableImage(columns);
        for (Object[] row : rows) {
            assertTrue(image.add(row));
        }
        assertEquals(rows.size(), image.rows());
        List<Object[]> back = read(image.bytes(), columns);
        assertEquals(rows.size(), back.size());
        for (int i = 0; i < rows.size(); i++) {
            for (int c = 0; c < columns; c++) {
                Object expected = rows.get(i)[c] instanceof Integer n ? (Object) n.longValue() : rows.get(i)[c];
                assertEquals(expected, back.get(i)[c], "row " + i + " column " + c);
            }
        }
    }

    /** The image as SQLite reads it, after SQLite's own check of the file: rows in rowid order, rowids 1, 2, 3 … */
    private static List<Object[]> read(byte[] bytes, int columns) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:"); Statement s = c.createStatement()) {
            s.execute("ATTACH ':memory:' AS staged");
            c.unwrap(org.sqlite.SQLiteConnection.class).deserialize("staged", bytes);
            try (ResultSet r = s.executeQuery("PRAGMA staged.integrity_check")) {
                assertTrue(r.next());
                assertEquals("ok", r.getString(1));
            }
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT rowid, * FROM staged." + TableImage.TABLE + " ORDER BY rowid")) {
                while (r.next()) {
                    assertEquals(rows.size() + 1, r.getLong(1));
                    Object[] row = new Object[columns];
                    for (int i = 0; i < columns; i++) {
                        Object v = r.getObject(i + 2);
                        row[i] = v instanceof Integer n ? (Object) n.longValue() : v;
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }
}
