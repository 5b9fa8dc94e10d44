package taizhang.io;

/**
 * A set of 18-character ID numbers held as primitive longs (the 17 digits; the check
 * character follows from them), so that an import of a million persons can check each
 * against all the others in a few megabytes.
 */
final class IdSet {
    private long[] slots = new long[1 << 12];
    private int size;

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
                return Long.parseLong(idNumber, 0, 17, 10) + 1;
            }
            n = n * 10 + d;
        }
        return idNumber.length() < 17 ? Long.parseLong(idNumber, 0, 17, 10) + 1 : n + 1;
    }

    boolean contains(String idNumber) {
        long k = key(idNumber);
        int mask = slots.length - 1;
        for (int i = hash(k) & mask; ; i = (i + 1) & mask) {
            if (slots[i] == 0) {
                return false;
            }
            if (slots[i] == k) {
                return true;
            }
        }
    }

    void add(String idNumber) {
        if ((size + 1) * 2 > slots.length) {
            grow();
        }
        if (put(slots, key(idNumber))) {
            size++;
        }
    }

    private static boolean put(long[] table, long k) {
        int mask = table.length - 1;
        for (int i = hash(k) & mask; ; i = (i + 1) & mask) {
            if (table[i] == 0) {
                table[i] = k;
                return true;
            }
            if (table[i] == k) {
                return false;
            }
        }
    }

    private void grow() {
        long[] bigger = new long[slots.length * 2];
        for (long k : slots) {
            if (k != 0) {
                put(bigger, k);
            }
        }
        slots = bigger;
    }

    private static int hash(long k) {
        long h = k * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
