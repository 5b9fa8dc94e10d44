package taizhang.io;

/**
 * A set of 18-character ID numbers held as primitive longs (the 17 digits; the check
 * character follows from them), so that an import of a million persons can check each
 * against all the others in a few megabytes. Each number also says whether it came from the
 * file being imported or from the register before it, in a bit the numbers never use.
 */
final class IdSet {
    private static final long FROM_FILE = 1L << 62;

    private long[] slots;
    private int size;
    /**
     * The number {@link #contains} last looked for and did not find, and the empty slot where it
     * stopped: a person's row asks whether the number is taken and, checked, adds it; the table
     * (tens of megabytes for a county) is then not searched a second time.
     */
    private long missedKey;
    private int missedSlot = -1;

    IdSet() {
        this(0);
    }

    /**
     * The most slots a set is made with at the start (32 MB, two million numbers): the number
     * expected is a guess from the file (an XLSX sheet's declared dimension, which a tiny file can
     * set to a billion rows), so beyond this the set grows with the numbers really added.
     */
    private static final int PRESIZED_AT_MOST = 1 << 22;

    /** A set that holds {@code expected} numbers without growing (up to {@link #PRESIZED_AT_MOST} slots). */
    IdSet(long expected) {
        int capacity = 1 << 12;
        while (capacity < 2 * expected && capacity < PRESIZED_AT_MOST) {
            capacity <<= 1;
        }
        slots = new long[capacity];
    }

    /**
     * The 17 digits as a number, plus one (0 marks an empty slot), read by hand: Long.parseLong's
     * digit look-up was a tenth of checking a person's row. Anything but 17 ASCII digits goes to
     * Long.parseLong, which refuses it as before.
     */
    static long key(String idNumber) {
        long n = 0;
        for (int i = 0; i < 17 && i < idNumber.length(); i++) {
            int d = idNumber.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return parsed(idNumber);
            }
            n = n * 10 + d;
        }
        return idNumber.length() < 17 ? parsed(idNumber) : n + 1;
    }

    private static long parsed(String idNumber) {
        long n = Long.parseLong(idNumber, 0, 17, 10);
        if (n < 0) {
            throw new NumberFormatException("not an ID number: " + idNumber);
        }
        return n + 1;
    }

    boolean contains(String idNumber) {
        long k = key(idNumber);
        int i = slot(k);
        if (i < 0) {
            missedKey = k;
            missedSlot = -2 - i;
        }
        return i >= 0;
    }

    /** Whether the number is in the set because a row of the file being imported holds it. */
    boolean inFile(String idNumber) {
        int i = slot(key(idNumber));
        return i >= 0 && (slots[i] & FROM_FILE) != 0;
    }

    /** A living person's number from the register. */
    void add(String idNumber) {
        add(key(idNumber));
    }

    /** A living person's number from a row of the file (one the register did not hold). */
    void addFromFile(String idNumber) {
        add(key(idNumber) | FROM_FILE);
    }

    /** The slot holding {@code k}; when none does, -2 minus the empty slot the search stopped at. */
    private int slot(long k) {
        int mask = slots.length - 1;
        for (int i = hash(k) & mask; ; i = (i + 1) & mask) {
            if (slots[i] == 0) {
                return -2 - i;
            }
            if ((slots[i] & ~FROM_FILE) == k) {
                return i;
            }
        }
    }

    private void add(long entry) {
        if ((size + 1) * 2 > slots.length) {
            grow();
        }
        int missed = missedSlot;
        missedSlot = -1;
        if (missed >= 0 && (entry & ~FROM_FILE) == missedKey) {
            slots[missed] = entry;
            size++;
        } else if (put(slots, entry)) {
            size++;
        }
    }

    int size() {
        return size;
    }

    private static boolean put(long[] table, long entry) {
        long k = entry & ~FROM_FILE;
        int mask = table.length - 1;
        for (int i = hash(k) & mask; ; i = (i + 1) & mask) {
            if (table[i] == 0) {
                table[i] = entry;
                return true;
            }
            if ((table[i] & ~FROM_FILE) == k) {
                return false;
            }
        }
    }

    private void grow() {
        missedSlot = -1;
        long[] bigger = new long[slots.length * 2];
        for (long entry : slots) {
            if (entry != 0) {
                put(bigger, entry);
            }
        }
        slots = bigger;
    }

    private static int hash(long k) {
        long h = k * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
