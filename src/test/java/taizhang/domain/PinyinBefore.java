package taizhang.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The name keys as main 9b28e96 made them, copied unchanged (a StringBuilder per spelling per
 * character): the oracle {@link PinyinIdentityTest} holds the faster {@link Pinyin#keys} and
 * {@link SearchKey#stored} to, and the baseline of {@code taizhang.bench.PinyinBench}. It reads
 * the same tables ({@link Pinyin#initials}, {@link Pinyin#reading}, {@link Pinyin#firstReading}).
 */
public final class PinyinBefore {
    private PinyinBefore() {
    }

    private static final int SPELLINGS = 8;

    private static boolean inTable(int cp) {
        return cp >= Pinyin.FIRST && cp <= Pinyin.LAST;
    }

    public static Pinyin.NameKeys keys(String name, int limit) {
        StringBuilder single = new StringBuilder(name.length());
        StringBuilder sort = new StringBuilder(name.length() * 6 + 1);
        boolean lowercased = false;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            // A character of the table has no case; ASCII is lowered by hand; anything else by Java.
            int lower = inTable(cp) ? cp
                    : cp < 0x80 ? (cp >= 'A' && cp <= 'Z' ? cp + 32 : cp) : Character.toLowerCase(cp);
            lowercased |= lower != cp;
            int mask = Pinyin.initials(cp);
            if (single == null) {
                // A polyphonic character came before: the spellings are made below.
            } else if (mask == 0) {
                single.appendCodePoint(lower);
            } else if (Integer.bitCount(mask) == 1) {
                single.append((char) ('a' + Integer.numberOfTrailingZeros(mask)));
            } else {
                single = null;
            }
            String r = i == 0 ? Pinyin.firstReading(cp) : Pinyin.reading(cp);
            if (r != null) {
                sort.append(r).append(' ');
            } else {
                sort.appendCodePoint(lower);
            }
            i += Character.charCount(cp);
        }
        // Java's own lowercasing of the whole text (a Greek final sigma, a dotted İ), when anything changes at all.
        String lowercase = lowercased ? name.toLowerCase(Locale.ROOT) : name;
        String initials = single != null ? single.toString() : everySpelling(name, limit);
        return new Pinyin.NameKeys(lowercase, initials, sort.append('\u0001').append(name).toString());
    }

    private static String everySpelling(String name, int limit) {
        List<StringBuilder> out = new ArrayList<>();
        out.add(new StringBuilder());
        for (int at = 0; at < name.length(); ) {
            int cp = name.codePointAt(at);
            at += Character.charCount(cp);
            int mask = Pinyin.initials(cp);
            if (mask == 0) {
                for (StringBuilder b : out) {
                    b.appendCodePoint(Character.toLowerCase(cp));
                }
                continue;
            }
            List<StringBuilder> next = new ArrayList<>();
            for (StringBuilder b : out) {
                for (int i = 0; i < 26; i++) {
                    if ((mask & (1 << i)) != 0 && next.size() < limit) {
                        next.add(new StringBuilder(b).append((char) ('a' + i)));
                    }
                }
            }
            out = next;
        }
        StringBuilder joined = new StringBuilder();
        for (StringBuilder b : out) {
            joined.append(joined.length() == 0 ? "" : " ").append(b);
        }
        return joined.toString();
    }

    /** SearchKey.Keys as it was: the search key (null for registers without one) and each name field's sort key. */
    public record Keys(String search, List<String> sortKeys) {
    }

    public static Keys searchKeys(Entry e) {
        List<Field> fields = e.register().fields();
        StringBuilder key = SearchKey.hasKey(e.register()) ? new StringBuilder(32) : null;
        List<String> sortKeys = new ArrayList<>(1);
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).type() != FieldType.NAME) {
                continue;
            }
            String name = (String) e.get(i);
            if (name == null) {
                sortKeys.add(null);
                continue;
            }
            Pinyin.NameKeys k = keys(name, SPELLINGS);
            sortKeys.add(k.sortKey());
            if (key != null) {
                key.append('|').append(k.lowercase()).append('|').append(k.initials());
            }
        }
        return new Keys(key == null ? null : key.append('|').toString(), sortKeys);
    }

    /** What RegisterStore.derived stored beside a record: the search key when there is one, then the sort keys. */
    public static List<String> stored(Entry e) {
        Keys keys = searchKeys(e);
        List<String> values = new ArrayList<>(1 + keys.sortKeys().size());
        if (keys.search() != null) {
            values.add(keys.search());
        }
        values.addAll(keys.sortKeys());
        return values;
    }
}
