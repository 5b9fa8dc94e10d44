package taizhang.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.sourceforge.pinyin4j.PinyinHelper;

/**
 * Pinyin of Chinese characters: initials, for searching names by typing {@code zxm} for 张晓明,
 * and full spellings, for telling that 张丽 and 章丽 are the same name said aloud.
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

    /**
     * Surname readings of polyphonic characters (单 shàn, 曾 zēng, 解 xiè, 仇 qiú, 区 ōu, 朴 piáo,
     * 覃 qín, 查 zhā), added to the readings of a name's first character in case the dictionary
     * lacks them: a surname is read as a surname.
     */
    static final Map<Integer, String> SURNAME_READINGS = Map.of(
            (int) '单', "shan", (int) '曾', "zeng", (int) '解', "xie", (int) '仇', "qiu",
            (int) '区', "ou", (int) '朴', "piao", (int) '覃', "qin", (int) '查', "zha");

    private static final Map<Integer, List<String>> READINGS = new ConcurrentHashMap<>();

    /** The toneless readings of a character ({@code ü} written {@code v}); none for a character without one. */
    static List<String> readings(int cp) {
        if (cp < FIRST || cp > LAST) {
            return List.of();
        }
        return READINGS.computeIfAbsent(cp, c -> {
            String[] found = PinyinHelper.toHanyuPinyinStringArray((char) (int) c);
            Set<String> out = new LinkedHashSet<>();
            for (String r : found == null ? new String[0] : found) {
                out.add(r.replaceAll("[0-9]", "").replace("u:", "v"));
            }
            return List.copyOf(out);
        });
    }

    /**
     * Every full-pinyin spelling of {@code name} without tones, at most {@code limit} of them:
     * each reading of a polyphonic character, and for the first character its surname reading
     * too. A character without a reading stands for itself, lowercased. 单丽 gives "danli",
     * "chanli", "shanli".
     */
    public static List<String> spellings(String name, int limit) {
        List<StringBuilder> out = new ArrayList<>();
        out.add(new StringBuilder());
        int[] cps = name.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            Set<String> readings = new LinkedHashSet<>(readings(cps[i]));
            if (i == 0 && SURNAME_READINGS.containsKey(cps[i])) {
                readings.add(SURNAME_READINGS.get(cps[i]));
            }
            if (readings.isEmpty()) {
                readings.add(new String(Character.toChars(Character.toLowerCase(cps[i]))));
            }
            List<StringBuilder> next = new ArrayList<>();
            for (StringBuilder b : out) {
                for (String r : readings) {
                    if (next.size() < limit) {
                        next.add(new StringBuilder(b).append(r));
                    }
                }
            }
            out = next;
        }
        return out.stream().map(StringBuilder::toString).distinct().toList();
    }
}
