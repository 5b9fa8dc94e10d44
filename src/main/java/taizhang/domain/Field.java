package taizhang.domain;

import java.util.List;

/**
 * One column of a register: its canonical English key, the Chinese header accepted as an
 * alias and written by {@code --headers zh}, what it holds, and whether it is required.
 */
public record Field(String key, String zh, FieldType type, boolean required, List<Choice> choices) {

    public static Field of(String key, String zh, FieldType type, boolean required) {
        return new Field(key, zh, type, required, List.of());
    }

    public static Field choice(String key, String zh, List<Choice> choices, boolean required) {
        return new Field(key, zh, FieldType.CHOICE, required, choices);
    }

    /** The field of {@code fields} a header names, by English key (any case) or Chinese alias; null if none. */
    public static Field forHeader(List<Field> fields, String header) {
        String h = header.strip();
        for (Field f : fields) {
            if (f.key().equalsIgnoreCase(h) || f.zh().equals(h)) {
                return f;
            }
        }
        return null;
    }

    /** The same field, not required (a column one file must have and another may leave empty). */
    public Field optional() {
        return new Field(key, zh, type, false, choices);
    }

    /** The database column: money is stored as fen and says so. */
    public String column() {
        return type == FieldType.MONEY ? key + "_fen" : key;
    }

    /** The field's column as a file of this language heads it: the English key, or its Chinese alias (SPEC 3). */
    public String header(Language language) {
        return language == Language.ZH ? zh : key;
    }

    /** English label for screens: the key with spaces. */
    public String en() {
        return key.replace('_', ' ');
    }

    public String label(Language language) {
        return language == Language.ZH ? zh : en();
    }
}
