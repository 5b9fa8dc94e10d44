package taizhang.domain;

import java.util.Locale;

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
        if (!hasKey(e.register())) {
            return null;
        }
        StringBuilder key = new StringBuilder();
        for (Field f : e.register().fields()) {
            if (f.type() == FieldType.NAME && e.get(f.key()) != null) {
                String name = e.text(f.key());
                key.append('|').append(name.toLowerCase(Locale.ROOT))
                        .append('|').append(Pinyin.initialsSpellings(name, SPELLINGS));
            }
        }
        return key.append('|').toString();
    }

    /** The registers of people and events, whose tables carry a search key. */
    public static boolean hasKey(Register r) {
        return r != Register.AREAS && r != Register.SCHEMES && r != Register.POPULATION;
    }
}
