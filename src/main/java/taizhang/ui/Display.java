package taizhang.ui;

import taizhang.domain.Choice;
import taizhang.domain.Choices;
import taizhang.domain.Entry;
import taizhang.domain.Field;
import taizhang.domain.FieldType;
import taizhang.domain.IdNumber;
import taizhang.domain.Language;
import taizhang.io.Width;

/** How a stored value is shown in a table cell: ID numbers masked, codes by their label. */
final class Display {
    private Display() {
    }

    static String cell(Entry e, int index, Office office, Language language) {
        return cell(e.register().fields().get(index), e.get(index), office, language);
    }

    /** A value of a field, as {@link #cell(Entry, int, Office, Language)} shows it. */
    static String cell(Field f, Object v, Office office, Language language) {
        if (v == null) {
            return "";
        }
        return switch (f.type()) {
            case ID_NUMBER -> IdNumber.masked((String) v);
            case CHOICE -> label(f, (String) v, language);
            case VILLAGE -> {
                String name = office.areaName((String) v);
                yield name == null ? (String) v : name;
            }
            case SCHEME -> {
                String name = office.schemeName((String) v);
                yield name == null ? (String) v : name;
            }
            default -> Entry.canonical(f, v);
        };
    }

    static String label(Field f, String code, Language language) {
        Choice c = Choices.find(f.choices(), code);
        return c == null ? code : c.label(language);
    }

    /** Natural width of a column of this field in a table. */
    static int width(Field f, Language language) {
        if (f.type() == FieldType.CHOICE) {
            int widest = 0;
            for (Choice c : f.choices()) {
                widest = Math.max(widest, Width.of(c.label(language)));
            }
            return widest;
        }
        return switch (f.type()) {
            case ID_NUMBER -> 18;
            case DATE -> 10;
            case MONTH -> 7;
            case NAME -> 10;
            case VILLAGE -> 10;
            case AREA_CODE -> 12;
            case MONEY -> 10;
            case COUNT -> 6;
            case PHONE -> 13;
            case CHOICE -> 6;
            case SCHEME -> 14;
            case CODE -> 16;
            case TEXT -> 12;
        };
    }

    /**
     * How wide a column of this field may usefully grow when the terminal has room: names and
     * texts to what they commonly hold (a scheme's full name, 农村部分计划生育家庭奖励扶助), the rest not.
     */
    static int widest(Field f) {
        return switch (f.type()) {
            case NAME, SCHEME -> 28;
            case TEXT -> 40;
            case VILLAGE -> 16;
            default -> 0;
        };
    }

    /** A table column's heading: a village column shows names, so it is headed "village", not "area code". */
    static String heading(Field f, Language language) {
        if (f.type() == FieldType.VILLAGE) {
            return language == Language.ZH ? "村居" : "village";
        }
        return f.label(language);
    }

    static boolean rightAligned(Field f) {
        return f.type() == FieldType.MONEY || f.type() == FieldType.COUNT;
    }
}
