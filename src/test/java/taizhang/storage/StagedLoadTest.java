package taizhang.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import taizhang.domain.Entry;
import taizhang.domain.Field;
import taizhang.domain.FieldType;
import taizhang.domain.Register;
import taizhang.domain.Schemes;
import taizhang.testing.Office;

/**
 * A bulk load hands its rows to SQLite as database images ({@link TableImage}); anything smaller
 * binds them. Whatever a record holds, the two ways must store the same bytes and refuse the same
 * records: the same hostile records are put through both, into two offices, for every register
 * whose records are queued, and every stored value is compared as SQLite holds it (type and bytes).
 */
class StagedLoadTest {
    @TempDir
    Path dir;

    private static final int ROWS = 6_000; // more than one image's rows, so at least two images a register

    /** Text a clerk's file should never hold, and some it may. */
    private static final String[] HOSTILE = {"", " ", "\u0000", "a\u0000b", "\u0000\u0000", "'", "''", "\"",
        "'); DROP TABLE person; --", "\\", "%", "_", "\uD800", "\uDC00", "a\uD83Db", "\uDC00\uD800", "\uD83D",
        "\uD83D\uDE00", "\uD840\uDC00", "𠀀𠀁", "🀄", "\uFEFF", "\uFFFE", "\uFFFF", "\u200B", "\u202E", "e\u0301",
        "\u00A0", "\u0085", "\u2028", "张琳可", "Zhāng", "0", "-0", "1", "007", "1e3", "0x10", " 5", "5.0", "5.5",
        "-1", "9223372036854775807", "9223372036854775808", "-9223372036854775809", "NaN", "Infinity", "NULL",
        "null", "2026-02-30", "2026-13", "\r\n", "\t"};

    /** Whole numbers at every width SQLite stores one in, each side of each edge. */
    private static final long[] EDGES = {0, 1, 2, 127, 128, 255, 256, 32_767, 32_768, 65_535, 65_536, 8_388_607,
        8_388_608, 16_777_215, 16_777_216, 2_147_483_647L, 2_147_483_648L, 4_294_967_295L, 4_294_967_296L,
        140_737_488_355_327L, 140_737_488_355_328L, 281_474_976_710_655L, 281_474_976_710_656L, Long.MAX_VALUE - 1,
        Long.MAX_VALUE};

    @Test
    void theQueuedRegistersAreTheOnesThisTestLoads() {
        assertEquals(EnumSet.of(Register.PERSONS, Register.BIRTHS, Register.MARRIAGES, Register.MIGRATIONS,
                Register.BENEFITS, Register.VISITS), EnumSet.copyOf(queued()));
    }

    @Test
    void boundAndStagedStoreTheSameValuesAndRefuseTheSameRecords() throws Exception {
        try (Database bound = office("bound"); Database staged = office("staged")) {
            for (Register register : queued()) {
                List<Entry> entries = hostile(register, new Random(20261201L + register.ordinal()));
                List<Integer> refusedBound = load(bound, register, entries, false);
                List<Integer> refusedStaged = load(staged, register, entries, true);
                assertEquals(refusedBound, refusedStaged, register + ": the records refused");
                assertFalse(refusedBound.isEmpty(), register + ": some records are meant to be refused");
                assertTrue(refusedBound.size() < entries.size() / 20, register + ": most are meant to be stored");
                List<String> rowsBound = rows(bound, register);
                List<String> rowsStaged = rows(staged, register);
                assertEquals(entries.size() - refusedBound.size(), rowsBound.size(), register.toString());
                assertEquals(rowsBound.size(), rowsStaged.size(), register.toString());
                for (int i = 0; i < rowsBound.size(); i++) {
                    assertEquals(rowsBound.get(i), rowsStaged.get(i), register + ": row " + (i + 1));
                }
            }
        }
    }

    /**
     * Records holding each value as its column stores it, as checked records do, go into the
     * register as the images hold them, unchecked by SQLite: so a few breaking a check of the
     * table, all in the first image, must still be refused one by one as a bound write refuses
     * them, and the second image, all of whose records are good, must go in whole.
     */
    @Test
    void recordsTypedAsStoredButBreakingAChecksAreRefusedAsBoundOnes() throws Exception {
        try (Database bound = office("bound"); Database staged = office("staged")) {
            for (Register register : queued()) {
                List<Entry> entries = new ArrayList<>();
                Random random = new Random(1201L + register.ordinal());
                for (int i = 0; i < ROWS; i++) {
                    entries.add(typedAsStored(register, i, i % 97 == 5 && i < BatchInserter.STAGED_ROWS, random));
                }
                List<Integer> refusedBound = load(bound, register, entries, false);
                assertEquals(refusedBound, load(staged, register, entries, true), register + ": the records refused");
                assertTrue(refusedBound.size() > 10, register + ": records meant to be refused " + refusedBound);
                assertEquals(rows(bound, register), rows(staged, register), register.toString());
            }
        }
    }

    /**
     * A bulk load into a register that holds rows already (its top ones voided, the very top
     * ones deleted by hand) numbers its records as a bound write does: one past the largest id
     * left, then on without a gap, whatever comes between: records the database refuses in the
     * first image and in a later one, and a record too large for an image (a 60 kB text) in the
     * middle of one.
     */
    @Test
    void aBulkLoadNumbersItsRecordsAsABoundWriteDoes() throws Exception {
        try (Database bound = office("bound"); Database staged = office("staged")) {
            for (Register register : queued()) {
                Random random = new Random(1202L + register.ordinal());
                List<Entry> before = new ArrayList<>();
                for (int i = 0; i < 300; i++) {
                    before.add(typedAsStored(register, 100_000 + i, false, random));
                }
                List<Entry> entries = new ArrayList<>();
                int rows = 3 * BatchInserter.STAGED_ROWS;
                int lastRefused = 2 * BatchInserter.STAGED_ROWS + 700;
                for (int i = 0; i < rows; i++) {
                    boolean breaking = i == 3 || i == 1000 || i == lastRefused;
                    entries.add(typedAsStored(register, i, breaking, random));
                }
                // Images: rows 0-4095 (two refused: the ordinary way), 4096-4195 (copied as they are),
                // the large one alone, 4197-8292 (copied as they are), then the rest (one refused).
                int large = BatchInserter.STAGED_ROWS + 100;
                entries.set(large, with(entries.get(large), firstText(register), "a".repeat(70_000)));
                for (Database db : List.of(bound, staged)) {
                    assertEquals(List.of(), load(db, register, before, false));
                    db.execute("DELETE FROM " + register.table() + " WHERE id > 297");
                    db.execute("UPDATE " + register.table() + " SET voided = 1 WHERE id > 290");
                }
                List<Integer> refused = load(bound, register, entries, false);
                assertEquals(List.of(3, 1000, lastRefused), refused, register.toString());
                assertEquals(refused, load(staged, register, entries, true), register + ": the records refused");
                List<String> idsBound = ids(bound, register);
                List<String> idsStaged = ids(staged, register);
                assertEquals(297 + rows - refused.size(), idsBound.size(), register.toString());
                assertEquals(idsBound.size(), idsStaged.size(), register.toString());
                for (int i = 0; i < idsBound.size(); i++) {
                    assertEquals("integer:" + (i + 1), idsBound.get(i), register + ": bound, id of row " + (i + 1));
                    assertEquals("integer:" + (i + 1), idsStaged.get(i), register + ": staged, id of row " + (i + 1));
                }
                assertEquals(rows(bound, register), rows(staged, register), register.toString());
            }
        }
    }

    /** Every row's id, as SQLite holds it, in the order of the rows. */
    private static List<String> ids(Database db, Register register) {
        List<String> ids = new ArrayList<>();
        db.select("SELECT typeof(id) || ':' || id FROM " + register.table() + " ORDER BY rowid", List.of(),
                rs -> ids.add(rs.getString(1)));
        return ids;
    }

    /**
     * A record of good values, as the checks make them; {@code breaking}: one value breaks a CHECK
     * of the table (the image then holds only values stored as they are), or, without one, NOT NULL.
     */
    private static Entry typedAsStored(Register register, int i, boolean breaking, Random random) {
        Object[] values = new Object[register.fields().size()];
        List<Integer> breakable = new ArrayList<>();
        for (int f = 0; f < values.length; f++) {
            Field field = register.fields().get(f);
            values[f] = switch (field.type()) {
                case VILLAGE -> List.of(Office.V1, Office.V2, Office.V3).get(random.nextInt(3));
                case SCHEME -> List.of(Schemes.CHILDCARE, Schemes.RURAL_REWARD, Schemes.SPECIAL_SUPPORT).get(random.nextInt(3));
                case CHOICE -> field.choices().get(random.nextInt(field.choices().size())).code();
                case MONEY -> (long) random.nextInt(100_000);
                case COUNT -> 1 + random.nextInt(20);
                case DATE -> LocalDate.of(1950 + random.nextInt(70), 1 + random.nextInt(12), 1 + random.nextInt(28));
                case MONTH -> YearMonth.of(2000 + random.nextInt(26), 1 + random.nextInt(12));
                case ID_NUMBER -> String.format("%017d%d", 99_010_119_900_000_000L + i, i % 10);
                case NAME -> "张" + (char) (0x4E00 + random.nextInt(0x5000));
                default -> HOSTILE[random.nextInt(HOSTILE.length)];
            };
            if (field.type() == FieldType.CHOICE || field.type() == FieldType.MONEY || field.type() == FieldType.COUNT) {
                breakable.add(f);
            }
        }
        if (breakable.isEmpty()) {
            // A register whose table has no CHECK (visits): a required value missing instead.
            for (int f = 0; f < values.length; f++) {
                if (register.fields().get(f).required()) {
                    breakable.add(f);
                }
            }
        }
        if (breaking) {
            int f = breakable.get(random.nextInt(breakable.size()));
            values[f] = switch (register.fields().get(f).type()) {
                case CHOICE -> "X";                 // not among the table's codes
                case MONEY -> -5L;                  // the table refuses negative money
                case COUNT -> 21;                   // a birth order past 20
                default -> null;                    // a required value missing
            };
        }
        return new Entry(register, values);
    }

    /** What sqlite-jdbc's binding stores for a lone surrogate (Java's UTF-8 encoder's '?'), an image stores too. */
    @Test
    void aLoneSurrogateIsStoredAsAQuestionMarkEitherWay() throws Exception {
        Entry visit = new Entry(Register.VISITS, new Object[] {"H\uD800", Office.V1, LocalDate.of(2026, 3, 1), "张三",
            "\uDC00\uD83D", "a\u0000\uD83D\uDE00b"});
        try (Database bound = office("bound"); Database staged = office("staged")) {
            assertEquals(List.of(), load(bound, Register.VISITS, List.of(visit), false));
            assertEquals(List.of(), load(staged, Register.VISITS, List.of(visit), true));
            for (Database db : List.of(bound, staged)) {
                List<String> stored = new ArrayList<>();
                db.select("SELECT hex(household_no), hex(purpose), hex(notes) FROM visit", List.of(),
                        rs -> stored.addAll(List.of(rs.getString(1), rs.getString(2), rs.getString(3))));
                assertEquals(List.of("483F", "3F3F", "6100F09F988062"), stored);
            }
        }
    }

    private static List<Register> queued() {
        return Arrays.stream(Register.values()).filter(Registration::queues).toList();
    }

    /** Each queued register's table as an office's database defines it, for {@link #imageTakes}. */
    private static final java.util.Map<Register, String> SCHEMA = new java.util.EnumMap<>(Register.class);

    @org.junit.jupiter.api.BeforeAll
    static void readTheSchema(@TempDir Path dir) throws Exception {
        Office.create(dir);
        try (Database db = taizhang.testing.Admin.signIn(Database.open(dir.resolve("office.db")))) {
            for (Register r : queued()) {
                db.select("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", List.of(r.table()),
                        rs -> SCHEMA.put(r, rs.getString(1)));
            }
        }
    }

    private Database office(String name) throws Exception {
        Path office = Files.createDirectories(dir.resolve(name));
        Office.create(office);
        return taizhang.testing.Admin.signIn(Database.open(office.resolve("office.db")));
    }

    /** The entries' indexes the database refused; loaded as a bulk load ({@code staged}) or in a plain write. */
    private static List<Integer> load(Database db, Register register, List<Entry> entries, boolean staged) {
        Database.Job<List<Integer>> job = () -> {
            assertEquals(staged, BulkLoad.staged(db), "the way the rows go in");
            try (BatchInserter<Integer> batch = new RegisterStore(db).batchInserter(register, "t")) {
                for (int i = 0; i < entries.size(); i++) {
                    batch.add(entries.get(i), i);
                }
                return batch.finish().stream().map(BatchInserter.Refused::tag).toList();
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        };
        return staged ? BulkLoad.write(db, register, true, job) : db.write(h -> job.run());
    }

    /** Every row, every column but the id and the two stamps, as type and bytes (quote() would stop at a NUL). */
    private static List<String> rows(Database db, Register register) {
        List<String> columns = new ArrayList<>();
        db.select("SELECT name FROM pragma_table_info(?) ORDER BY cid", List.of(register.table()), rs -> {
            String c = rs.getString(1);
            if (!c.equals("id") && !c.equals("created_at") && !c.equals("updated_at")) {
                columns.add("typeof(" + c + ") || ':' || hex(" + c + ")");
            }
        });
        List<String> rows = new ArrayList<>();
        db.select("SELECT " + String.join(" || '|' || ", columns) + " FROM " + register.table() + " ORDER BY id",
                List.of(), rs -> rows.add(rs.getString(1)));
        return rows;
    }

    /**
     * {@link #ROWS} records of the register, their values hostile: any text, numbers where text
     * goes and text where numbers go, texts about as long as one page of an image holds (each
     * side of the longest it takes), a few breaking the table's own checks. What must be right
     * for the load to run at all is: villages and schemes that exist (checked once for the whole
     * load) and ID numbers of living persons that differ (a bulk load builds that index after).
     */
    private static List<Entry> hostile(Register register, Random random) {
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            Object[] values = new Object[register.fields().size()];
            for (int f = 0; f < values.length; f++) {
                values[f] = value(register.fields().get(f), random);
            }
            if (register == Register.PERSONS && values[0] != null) {
                values[0] = values[0] + "#" + i;
            }
            entries.add(new Entry(register, values));
        }
        // The longest text one page of an image holds, in a record of this register, and one more.
        for (String filler : List.of("a", "\u0000", "长", "𠀀", "\uD800")) {
            int at = 12 + filler.length() * 7;
            Entry e = entries.get(at);
            int f = firstText(register);
            int longest = longestThatFits(e, f, filler);
            for (int extra = -1; extra <= 1; extra++) {
                entries.set(at + extra, with(entries.get(at + extra), f, filler.repeat(longest + extra)));
            }
        }
        return entries;
    }

    private static Object value(Field field, Random random) {
        int dice = random.nextInt(1000);
        if (dice < 2) {
            return null; // a required one breaks NOT NULL
        }
        if (field.type() == FieldType.VILLAGE) {
            return List.of(Office.V1, Office.V2, Office.V3).get(random.nextInt(3));
        }
        if (field.type() == FieldType.SCHEME) {
            return List.of(Schemes.CHILDCARE, Schemes.RURAL_REWARD, Schemes.SPECIAL_SUPPORT).get(random.nextInt(3));
        }
        if (field.type() == FieldType.CHOICE) {
            return dice < 4 ? text(random) : field.choices().get(random.nextInt(field.choices().size())).code();
        }
        if (field.type() == FieldType.MONEY) {
            if (dice < 4) {
                return -1 - random.nextInt(1000); // the table refuses negative money
            }
            return dice < 100 ? text(random) : EDGES[random.nextInt(EDGES.length)];
        }
        if (field.type() == FieldType.COUNT) {
            if (dice < 4) {
                return 21; // the table's check: 1 to 20
            }
            return dice < 50 ? List.of("5", " 7", "3.0", "0x3", "12e0", "1").get(random.nextInt(6)) : 1 + random.nextInt(20);
        }
        if (field.type() == FieldType.NAME) {
            return text(random, false); // a long name is refused before it is stored; its sort key takes long to work out
        }
        if (dice < 60) {
            long n = EDGES[random.nextInt(EDGES.length)];
            return random.nextBoolean() ? (Object) n : (Object) (-n);
        }
        if (dice < 80) {
            return (int) random.nextLong();
        }
        if (field.type() == FieldType.DATE && dice < 500) {
            return LocalDate.of(1900 + random.nextInt(200), 1 + random.nextInt(12), 1 + random.nextInt(28));
        }
        if (field.type() == FieldType.MONTH && dice < 500) {
            return YearMonth.of(1900 + random.nextInt(200), 1 + random.nextInt(12));
        }
        return text(random);
    }

    /** A text from the hostile list, of random code units (lone surrogates, every control character), or long. */
    private static String text(Random random) {
        return text(random, true);
    }

    private static String text(Random random, boolean mayBeLong) {
        int dice = random.nextInt(100);
        if (dice < 40) {
            return HOSTILE[random.nextInt(HOSTILE.length)];
        }
        int length = dice < 99 || !mayBeLong ? random.nextInt(24) : random.nextInt(40_000);
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(6);
            if (kind == 0) {
                s.append((char) random.nextInt(0x20)); // the control characters, NUL among them
            } else if (kind == 1) {
                s.append((char) (0xD800 + random.nextInt(0x800))); // surrogates, mostly unpaired
            } else if (kind == 2) {
                s.appendCodePoint(0x10000 + random.nextInt(0x100000 - 0x10000)); // four bytes in UTF-8
            } else if (kind == 3) {
                s.append((char) (0x7F + random.nextInt(0x21))); // DEL and the C1 controls
            } else if (kind == 4) {
                s.append((char) (0x4E00 + random.nextInt(0x5000)));
            } else {
                s.append((char) random.nextInt(0x10000));
            }
        }
        return s.toString();
    }

    private static int firstText(Register register) {
        for (int f = 0; f < register.fields().size(); f++) {
            FieldType type = register.fields().get(f).type();
            if (type == FieldType.TEXT || type == FieldType.ID_NUMBER) {
                return f;
            }
        }
        throw new IllegalArgumentException(register + " has no text field");
    }

    private static Entry with(Entry e, int field, Object value) {
        Object[] values = new Object[e.register().fields().size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = i == field ? value : e.get(i);
        }
        return new Entry(e.register(), values);
    }

    /** Whether an image of the register's table, as a bulk load writes it, takes the record on one page. */
    private static boolean imageTakes(Entry e) {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite::memory:")) {
            try (java.sql.Statement s = c.createStatement()) {
                s.execute(SCHEMA.get(e.register()));
            }
            StagedTable table = new StagedTable(c, e.register().table(), RegisterStore.valueColumns(e.register()),
                    new Object[] {"2026-12-01T00:00:00.000Z", "2026-12-01T00:00:00.000Z", "t"});
            table.fill(BatchInserter.columns(e));
            return new TableImage(table.width(), table.createSql()).add(table.row(), 1);
        } catch (java.sql.SQLException x) {
            throw new IllegalStateException(x);
        }
    }

    /** How many times {@code filler} fits in {@code field} of the record with the whole row on one page of an image. */
    private static int longestThatFits(Entry e, int field, String filler) {
        int low = 0;
        int high = 70_000;
        while (low < high) {
            int mid = (low + high + 1) / 2;
            Entry tried = with(e, field, filler.repeat(mid));
            if (imageTakes(tried)) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        assertTrue(low > 10_000 && low < 66_000, "longest " + low);
        return low;
    }
}
