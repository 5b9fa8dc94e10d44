package taizhang.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import taizhang.domain.Choice;
import taizhang.domain.Field;
import taizhang.domain.Language;
import taizhang.domain.Pinyin;

/** A pick list for a field, filtered as the clerk types (type-ahead): code, name or pinyin initials. */
record Options(List<Option> all) {

    /** One thing to pick: the code stored and the label shown. */
    record Option(String code, String label, String keys) {
        /** {@code other}: further names it is known by, '|' between them (a choice's label in the other language). */
        static Option of(String code, String label, String other) {
            StringBuilder keys = new StringBuilder(code).append('|').append(label).append('|').append(other);
            // Pinyin initials of every Chinese name it has, whatever the language on screen: yy finds 医院.
            for (String name : (label + "|" + other).split("\\|")) {
                if (!name.isEmpty()) {
                    keys.append('|').append(Pinyin.initialsSpellings(name, 8));
                }
            }
            return new Option(code, label, keys.toString().toLowerCase(Locale.ROOT));
        }

        boolean matches(String typed) {
            if (typed.isEmpty()) {
                return true;
            }
            String t = typed.toLowerCase(Locale.ROOT);
            if (code.toLowerCase(Locale.ROOT).startsWith(t) || label.contains(typed)) {
                return true;
            }
            for (String k : keys.split("[| ]")) {
                if (k.startsWith(t)) {
                    return true;
                }
            }
            return false;
        }
    }

    static final Options NONE = new Options(List.of());

    /** The pick list of a field, or NONE for fields typed freely. */
    static Options of(Field f, Office office, Language language) {
        List<Option> list = new ArrayList<>();
        switch (f.type()) {
            case CHOICE -> {
                for (Choice c : f.choices()) {
                    list.add(Option.of(c.code(), c.label(language), c.zh() + "|" + c.en()));
                }
            }
            case VILLAGE -> office.codes.villages().forEach(v -> list.add(Option.of(v.code(), v.name(), "")));
            case SCHEME -> office.codes.schemes().forEach(s -> list.add(Option.of(s.code(), s.name(), "")));
            case AREA_CODE -> {
                if (f.key().equals("parent_code")) {
                    office.codes.areas().forEach(a -> list.add(Option.of(a.code(), a.name(), "")));
                }
            }
            default -> {
            }
        }
        return new Options(List.copyOf(list));
    }

    /** Whether a field's input shows the label of its code (choices and schemes) rather than the code (villages). */
    static boolean labelled(Field f) {
        return f.type() == taizhang.domain.FieldType.CHOICE || f.type() == taizhang.domain.FieldType.SCHEME;
    }

    boolean any() {
        return !all.isEmpty();
    }

    List<Option> matching(String typed) {
        String t = typed.strip();
        return all.stream().filter(o -> o.matches(t)).toList();
    }

    /** The option whose code or label is exactly {@code text}, or null. */
    Option exact(String text) {
        String t = text.strip();
        for (Option o : all) {
            if (o.code.equalsIgnoreCase(t) || o.label.equals(t)) {
                return o;
            }
        }
        return null;
    }
}
