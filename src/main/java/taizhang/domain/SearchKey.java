package taizhang.domain;

import java.util.ArrayList;
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
        return keys(e).search();
    }

    /**
     * The search key (null for registers without one) and the sort key of each name field, in
     * the fields' order (null for an empty name): what is stored beside a record, each name read once.
     */
    public record Keys(String search, List<String> sortKeys) {
    }

    public static Keys keys(Entry e) {
        List<Field> fields = e.register().fields();
        StringBuilder key = hasKey(e.register()) ? new StringBuilder(32) : null;
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
            Pinyin.NameKeys k = Pinyin.keys(name, SPELLINGS);
            sortKeys.add(k.sortKey());
            if (key != null) {
                append(key, k);
            }
        }
        return new Keys(key == null ? null : key.append('|').toString(), sortKeys);
    }

    private static void append(StringBuilder key, Pinyin.NameKeys k) {
        key.append('|').append(k.lowercase()).append('|').append(k.initials());
    }

    /**
     * Whether a search term finds {@code name} as it finds a record's names: within the name or
     * within its pinyin initials (an area or a scheme, whose small tables carry no stored key).
     */
    public static boolean finds(String name, String term) {
        StringBuilder key = new StringBuilder(32);
        append(key, Pinyin.keys(name, SPELLINGS));
        return key.append('|').toString().contains(term.toLowerCase(java.util.Locale.ROOT));
    }

    /** The registers of people and events, whose tables carry a search key. */
    public static boolean hasKey(Register r) {
        return r != Register.AREAS && r != Register.SCHEMES && r != Register.POPULATION;
    }
}
