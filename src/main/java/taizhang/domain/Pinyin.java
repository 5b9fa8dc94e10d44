package taizhang.domain;

import net.sourceforge.pinyin4j.PinyinHelper;

/**
 * Pinyin initials of Chinese characters, for searching names by typing {@code zxm} for 张晓明.
 * A polyphonic character has every one of its initials; a character without a reading
 * stands for itself. The table is built once from pinyin4j for the common CJK block, so that
 * a look-up costs an array read (imports compute it for every name).
 */
public final class Pinyin {
    private Pinyin() {
    }

    private static final int FIRST = 0x4E00;
    private static final int LAST = 0x9FFF;
    /** Bit i set: the character has a reading starting with 'a' + i. */
    private static volatile int[] table;

    /** The set of initials of {@code cp} as a 26-bit mask, or 0 when it has no pinyin reading. */
    public static int initials(int cp) {
        if (cp < FIRST || cp > LAST) {
            return 0;
        }
        int[] t = table;
        if (t == null) {
            t = build();
        }
        return t[cp - FIRST];
    }

    private static synchronized int[] build() {
        if (table != null) {
            return table;
        }
        int[] t = new int[LAST - FIRST + 1];
        for (int cp = FIRST; cp <= LAST; cp++) {
            String[] readings = PinyinHelper.toHanyuPinyinStringArray((char) cp);
            if (readings != null) {
                for (String r : readings) {
                    char c = r.isEmpty() ? 0 : r.charAt(0);
                    if (c >= 'a' && c <= 'z') {
                        t[cp - FIRST] |= 1 << (c - 'a');
                    }
                }
            }
        }
        table = t;
        return t;
    }

    /** The one spelling of a name none of whose characters has two initials, else null. */
    private static String singleSpelling(String name) {
        StringBuilder b = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            int mask = initials(cp);
            if (mask == 0) {
                b.appendCodePoint(Character.toLowerCase(cp));
            } else if (Integer.bitCount(mask) == 1) {
                b.append((char) ('a' + Integer.numberOfTrailingZeros(mask)));
            } else {
                return null;
            }
        }
        return b.toString();
    }

    /**
     * Every initials spelling of {@code name}, at most {@code limit} of them, separated by
     * spaces: 乐乐 gives "ll yy ly yl". Stored beside a record so that a search is a plain
     * substring match in SQL.
     */
    public static String initialsSpellings(String name, int limit) {
        String single = singleSpelling(name);
        if (single != null) {
            return single;
        }
        java.util.List<StringBuilder> out = new java.util.ArrayList<>();
        out.add(new StringBuilder());
        name.codePoints().forEach(cp -> {
            int mask = initials(cp);
            if (mask == 0) {
                for (StringBuilder b : out) {
                    b.appendCodePoint(Character.toLowerCase(cp));
                }
                return;
            }
            java.util.List<StringBuilder> next = new java.util.ArrayList<>();
            for (StringBuilder b : out) {
                for (int i = 0; i < 26; i++) {
                    if ((mask & (1 << i)) != 0 && next.size() < limit) {
                        next.add(new StringBuilder(b).append((char) ('a' + i)));
                    }
                }
            }
            out.clear();
            out.addAll(next);
        });
        StringBuilder joined = new StringBuilder();
        for (StringBuilder b : out) {
            joined.append(joined.length() == 0 ? "" : " ").append(b);
        }
        return joined.toString();
    }
}
