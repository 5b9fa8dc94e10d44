package taizhang.domain;

import java.util.Arrays;
import java.util.List;

/**
 * What a register search matches a record against, besides its ID and household numbers:
 * the names it holds, lowercased, and their pinyin initials (every reading of a polyphonic
 * character, up to a limit).
 */
public final class SearchKey {
    private SearchKey() {
    }

    private static final int SPELLINGS = 8;

    /** The key for a record, or null for registers without names. */
    public static String of(Entry e) {
        return hasKey(e.register()) ? stored(e).get(0) : null;
    }

    /**
     * What is stored beside a record, each name read once: its search key when its register has
     * one, then the sort key of each name field in the fields' order (null for an empty name).
     * An import makes them for every row, so they come in one array and each key is made once.
     */
    public static List<String> stored(Entry e) {
        List<Field> fields = e.register().fields();
        boolean keyed = hasKey(e.register());
        int first = keyed ? 1 : 0;
        String[] out = new String[first + names(fields)];
        String key = "|";
        int at = first;
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).type() != FieldType.NAME) {
                continue;
            }
            String name = (String) e.get(i);
            if (name != null) {
                Pinyin.NameKeys k = Pinyin.keys(name, SPELLINGS);
                out[at] = k.sortKey();
                if (keyed) {
                    key = key + k.lowercase() + '|' + k.initials() + '|';
                }
            }
            at++;
        }
        if (keyed) {
            out[0] = key;
        }
        return Arrays.asList(out);
    }

    private static int names(List<Field> fields) {
        int n = 0;
        for (Field f : fields) {
            n += f.type() == FieldType.NAME ? 1 : 0;
        }
        return n;
    }

    /**
     * Whether a search term finds {@code name} as it finds a record's names: within the name or
     * within its pinyin initials (an area or a scheme, whose small tables carry no stored key).
     */
    public static boolean finds(String name, String term) {
        String key = "|" + Pinyin.lowercase(name) + '|' + Pinyin.initialsSpellings(name, SPELLINGS) + '|';
        return key.contains(term.toLowerCase(java.util.Locale.ROOT));
    }

    /** The registers of people and events, whose tables carry a search key. */
    public static boolean hasKey(Register r) {
        return r != Register.AREAS && r != Register.SCHEMES && r != Register.POPULATION;
    }
}
