package taizhang.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.sourceforge.pinyin4j.PinyinHelper;

/**
 * Pinyin of Chinese characters: initials, for searching names by typing {@code zxm} for 张晓明;
 * full spellings, for telling that 张丽 and 章丽 are the same name said aloud; and the order names
 * sort in. A polyphonic character has every one of its initials; a character without a reading
 * stands for itself. The tables are built once from pinyin4j for the common CJK block, so that a
 * look-up costs an array read (imports compute them for every name).
 */
public final class Pinyin {
    private Pinyin() {
    }

    /** The first character of the common CJK block, 一. */
    static final int FIRST = 0x4E00;
    /** Its last as Unicode 1.1 had it, 龥, and the dictionary's last reading. */
    static final int LAST = 0x9FA5;

    /**
     * Each character's initials as a 26-bit mask (bit i: a reading starting with 'a' + i) and the
     * reading it sorts by (its first, ü as v and the tone as a digit: "lv3"), or 0 and null when
     * the dictionary has no reading for it (丆); and the length of the longest reading ("zhuang1"),
     * which bounds a sort key's length.
     */
    record Tables(int[] initials, String[] sortReadings, String[] firstReadings, int longest) {
        /**
         * Read from pinyin4j's own dictionary file, the one {@code PinyinHelper} reads, one line a
         * character: "4E01 (ding1,zheng1)", "4E06 (none0)" for one without a reading. Asking
         * PinyinHelper character by character gave the same tables at three times the cost, and
         * as much again in compiling: it first loads its dictionary of phrases too, and every
         * import pays for the tables. PinyinTest holds them to what PinyinHelper says.
         */
        static Tables build() {
            int[] initials = new int[LAST - FIRST + 1];
            String[] sortReadings = new String[LAST - FIRST + 1];
            try (var in = PinyinHelper.class.getResourceAsStream(DICTIONARY);
                 var lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    int space = line.indexOf(' ');
                    int cp = Integer.parseInt(line, 0, space, 16);
                    if (!inTable(cp) || line.endsWith(" (none0)")) {
                        continue;
                    }
                    // Every reading is a lowercase syllable and a tone digit, between the brackets.
                    String[] all = line.substring(space + 2, line.length() - 1).split(",");
                    sortReadings[cp - FIRST] = all[0].replace("u:", "v");
                    for (String r : all) {
                        initials[cp - FIRST] |= 1 << (r.charAt(0) - 'a');
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String[] firstReadings = sortReadings.clone();
            SURNAME_READINGS.forEach((cp, r) -> firstReadings[cp - FIRST] = r);
            int longest = 0;
            for (String[] readings : List.of(sortReadings, firstReadings)) {
                for (String r : readings) {
                    longest = Math.max(longest, r == null ? 0 : r.length());
                }
            }
            return new Tables(initials, sortReadings, firstReadings, longest);
        }
    }

    /** pinyin4j's dictionary of single characters, in its jar. */
    static final String DICTIONARY = "/pinyindb/unicode_to_hanyu_pinyin.txt";

    /** Built when first asked for, once (the JVM's lazy initialisation of a nested class). */
    private static final class Loaded {
        static final Tables TABLES = Tables.build();
    }

    /**
     * Builds the tables now, if not yet built (about a tenth of a second): an import asks for it
     * on a thread of its own while it tells the file's encoding, so that its first rows do not wait.
     */
    public static void prepare() {
        initials(FIRST);
    }

    private static boolean inTable(int cp) {
        return cp >= FIRST && cp <= LAST;
    }

    /** The set of initials of {@code cp} as a 26-bit mask, or 0 when it has no pinyin reading. */
    public static int initials(int cp) {
        return inTable(cp) ? Loaded.TABLES.initials()[cp - FIRST] : 0;
    }

    /** The reading a name's first character sorts by: its surname reading if it has one ("zeng1" for 曾). */
    static String firstReading(int cp) {
        return inTable(cp) ? Loaded.TABLES.firstReadings()[cp - FIRST] : null;
    }

    /** The reading a character sorts by ("he2"), or null when it has none. */
    static String reading(int cp) {
        return inTable(cp) ? Loaded.TABLES.sortReadings()[cp - FIRST] : null;
    }

    /**
     * What a name sorts by, compared as plain text (SQL's BINARY collation, Java's compareTo agree
     * on it): each character's reading with its tone, a space between ("he2 ping2"), so that 何 刘
     * 区 任 sort as he, liu, ou, ren; a character without a reading stands for itself, lowercased.
     * The name itself comes last, so that names read alike still sort in one stable order.
     */
    public static String sortKey(String name) {
        // A reading and its space at most for each char of the name, the separator, the name.
        char[] out = scratch(name.length() * (Loaded.TABLES.longest() + 1) + 1 + name.length());
        int n = 0;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            String r = i == 0 ? firstReading(cp) : reading(cp);
            if (r != null) {
                r.getChars(0, r.length(), out, n);
                n += r.length();
                out[n++] = ' ';
            } else {
                n += Character.toChars(lower(cp), out, n);
            }
            i += Character.charCount(cp);
        }
        out[n++] = '\u0001';
        name.getChars(0, name.length(), out, n);
        return new String(out, 0, n + name.length());
    }

    /**
     * Every initials spelling of {@code name}, at most {@code limit} of them, separated by
     * spaces: 乐乐 gives "ll ly yl yy". Stored beside a record so that a search is a plain
     * substring match in SQL. A name without a polyphonic character has its one spelling
     * whatever the limit.
     */
    public static String initialsSpellings(String name, int limit) {
        // How long a spelling is, and how many there are: each polyphonic character multiplies them, up to the limit.
        int length = 0;
        int count = 1;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            int mask = initials(cp);
            length += mask == 0 ? Character.charCount(lower(cp)) : 1;
            if (Integer.bitCount(mask) > 1) {
                count = (int) Math.min((long) count * Integer.bitCount(mask), Math.max(limit, 0));
            }
            i += Character.charCount(cp);
        }
        if (count == 0) {
            return "";
        }
        char[] out = scratch(count * (length + 1));
        int n = 0;
        // The first spelling: each character's first initial, or the character itself.
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            int mask = initials(cp);
            if (mask == 0) {
                n += Character.toChars(lower(cp), out, n);
            } else {
                out[n++] = letter(mask);
            }
            i += Character.charCount(cp);
        }
        // Each next one is the one before counted on by one, the last character turning fastest
        // (the order in which the limit cuts them off).
        for (int s = 1; s < count; s++) {
            out[n++] = ' ';
            System.arraycopy(out, n - length - 1, out, n, length);
            n += length;
            countOn(name, out, n);
        }
        return new String(out, 0, n);
    }

    /**
     * Turns the spelling that ends just before {@code out[end]} into the next: going back from
     * its last character, a polyphonic character that has a later initial takes it and the
     * search stops; one that has not starts again from its first and the one before it turns.
     */
    private static void countOn(String name, char[] out, int end) {
        int at = end;
        for (int i = name.length(); i > 0; ) {
            int cp = name.codePointBefore(i);
            i -= Character.charCount(cp);
            int mask = initials(cp);
            if (mask == 0) {
                at -= Character.charCount(lower(cp));
                continue;
            }
            at--;
            int later = mask & (-2 << (out[at] - 'a'));
            if (later != 0) {
                out[at] = letter(later);
                return;
            }
            out[at] = letter(mask);
        }
    }

    /** The first letter of a set of initials. */
    private static char letter(int mask) {
        return (char) ('a' + Integer.numberOfTrailingZeros(mask));
    }

    /** A character lowered as the keys have it: a character of the table has no case; ASCII by hand; anything else by Java. */
    private static int lower(int cp) {
        return inTable(cp) ? cp : cp < 0x80 ? (cp >= 'A' && cp <= 'Z' ? cp + 32 : cp) : Character.toLowerCase(cp);
    }

    /**
     * The name lowercased, for the search key: the name itself when no character of it changes
     * (Chinese has no case), else Java's lowercasing of the whole text (a Greek final sigma, a dotted İ).
     */
    static String lowercase(String name) {
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            if (lower(cp) != cp) {
                return name.toLowerCase(Locale.ROOT);
            }
            i += Character.charCount(cp);
        }
        return name;
    }

    /**
     * What is stored beside a name: the name lowercased (for the search key), its initials
     * spellings ({@link #initialsSpellings}) and its sort key ({@link #sortKey}).
     */
    public record NameKeys(String lowercase, String initials, String sortKey) {
    }

    /** The {@link NameKeys} of {@code name}, with at most {@code limit} initials spellings. */
    public static NameKeys keys(String name, int limit) {
        return new NameKeys(lowercase(name), initialsSpellings(name, limit), sortKey(name));
    }

    /**
     * A buffer of this thread's that keys are written in before each becomes a string: an import
     * makes them for every name, and builders and lists per name were most of what they cost.
     */
    private static final ThreadLocal<char[]> SCRATCH = ThreadLocal.withInitial(() -> new char[256]);

    private static char[] scratch(int size) {
        char[] b = SCRATCH.get();
        if (b.length < size) {
            b = new char[Math.max(size, 2 * b.length)];
            SCRATCH.set(b);
        }
        return b;
    }

    /**
     * Surname readings of polyphonic characters, with their tones (单 shàn, 曾 zēng, 解 xiè, 仇 qiú,
     * 区 ōu, 朴 piáo, 覃 qín, 查 zhā, 乐 yuè, 翟 zhái, 盖 gě, 缪 miào, 召 shào, 员 yùn, 长 cháng,
     * 柏 bǎi): a name's first character is read as a surname. Names sort by it (曾 among the z's);
     * the dictionary has every one of them among its readings, so name matching finds them there.
     */
    static final Map<Integer, String> SURNAME_READINGS = Map.ofEntries(
            Map.entry((int) '单', "shan4"), Map.entry((int) '曾', "zeng1"), Map.entry((int) '解', "xie4"),
            Map.entry((int) '仇', "qiu2"), Map.entry((int) '区', "ou1"), Map.entry((int) '朴', "piao2"),
            Map.entry((int) '覃', "qin2"), Map.entry((int) '查', "zha1"), Map.entry((int) '乐', "yue4"),
            Map.entry((int) '翟', "zhai2"), Map.entry((int) '盖', "ge3"), Map.entry((int) '缪', "miao4"),
            Map.entry((int) '召', "shao4"), Map.entry((int) '员', "yun4"), Map.entry((int) '长', "chang2"),
            Map.entry((int) '柏', "bai3"));

    /**
     * The toneless readings of a character ({@code ü} written {@code v}); none for a character without one.
     * Beyond pinyin4j's dictionary (extension A, the planes above: 𠮷, 𡒄, 䶮) from Unihan.
     */
    static List<String> readings(int cp) {
        if (!inTable(cp)) {
            return Unihan.READINGS.getOrDefault(cp, List.of());
        }
        String[] found = PinyinHelper.toHanyuPinyinStringArray((char) cp);
        Set<String> out = new LinkedHashSet<>();
        for (String r : found == null ? new String[0] : found) {
            out.add(r.replaceAll("[0-9]", "").replace("u:", "v"));
        }
        return List.copyOf(out);
    }

    /**
     * Readings of the CJK characters pinyin4j lacks, made from Unicode's Unihan database by
     * scripts/unihan-pinyin.py (a character without a reading of its own has its variant's: 𠮷 is
     * 吉 written another way). Loaded when first asked for: only name matching reads them.
     */
    private static final class Unihan {
        static final Map<Integer, List<String>> READINGS = load();

        private static Map<Integer, List<String>> load() {
            Map<Integer, List<String>> out = new java.util.HashMap<>();
            try (var in = Pinyin.class.getResourceAsStream("unihan-pinyin.txt");
                 var lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    int space = line.indexOf(' ');
                    out.put(Integer.parseInt(line, 0, space, 16), List.of(line.substring(space + 1).split(",")));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out;
        }
    }

    /**
     * Every full-pinyin spelling of {@code name} without tones, at most {@code limit} of them:
     * each reading of a polyphonic character (its surname reading among them). A character
     * without a reading stands for itself, lowercased. 单丽 gives "danli", "chanli", "shanli".
     */
    public static List<String> spellings(String name, int limit) {
        List<StringBuilder> out = new ArrayList<>();
        out.add(new StringBuilder());
        int[] cps = name.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            List<String> readings = readings(cps[i]);
            if (readings.isEmpty()) {
                readings = List.of(new String(Character.toChars(Character.toLowerCase(cps[i]))));
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
