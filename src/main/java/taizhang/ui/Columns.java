package taizhang.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import taizhang.domain.Field;
import taizhang.domain.Language;
import taizhang.domain.Register;
import taizhang.io.Width;

/** Which fields a table shows at a given width: the most telling first, more as the terminal widens. */
final class Columns {
    private Columns() {
    }

    record Column(int index, Field field, int width) {
    }

    /** Field keys in the order they earn a column. */
    static List<String> priority(Register r) {
        return switch (r) {
            case PERSONS -> List.of("name", "id_number", "sex", "birth_date", "area_code", "residence",
                    "household_no", "died_on", "marital_status", "phone");
            case BIRTHS -> List.of("child_name", "child_sex", "birth_date", "mother_name", "birth_order",
                    "area_code", "registered_on", "mother_id_number", "place", "father_id_number", "certificate_no");
            case DEATHS -> List.of("name", "sex", "death_date", "id_number", "area_code", "registered_on");
            case MARRIAGES -> List.of("woman_name", "man_name", "marriage_date", "first_marriage_woman",
                    "area_code", "registered_on", "woman_id_number", "man_id_number");
            case MIGRATIONS -> List.of("name", "sex", "direction", "move_date", "area_code", "id_number",
                    "counterpart", "birth_date", "registered_on");
            case BENEFITS -> List.of("name", "scheme", "month", "amount_due", "amount_paid", "area_code",
                    "id_number", "paid_on");
            case VISITS -> List.of("visit_date", "household_no", "area_code", "visitor", "purpose", "notes");
            case POPULATION -> List.of("area_code", "as_of", "population");
            case AREAS -> List.of("code", "name", "parent_code");
            case SCHEMES -> List.of("code", "name", "yearly_amount");
        };
    }

    /** The columns that fit in {@code columns}, in the register's field order, each as wide as its heading at least. */
    static List<Column> fit(Register r, int columns, Language language) {
        List<Column> chosen = new ArrayList<>();
        int used = 0;
        for (String key : priority(r)) {
            Field f = r.field(key);
            int w = Math.max(Display.width(f, language), Width.of(Display.heading(f, language)));
            if (used + w + 1 > columns) {
                continue;
            }
            used += w + 1;
            chosen.add(new Column(r.indexOf(key), f, w));
        }
        // Spare columns widen the names and texts (the most telling first) up to what they may hold,
        // never a figure: a number stays beside what it belongs to rather than at the far edge.
        for (int i = 0; i < chosen.size() && used < columns; i++) {
            Column c = chosen.get(i);
            int more = Math.min(columns - used, Math.max(0, Display.widest(c.field()) - c.width()));
            chosen.set(i, new Column(c.index(), c.field(), c.width() + more));
            used += more;
        }
        chosen.sort(Comparator.comparingInt(Column::index));
        return chosen;
    }
}
