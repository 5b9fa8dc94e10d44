package taizhang.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import taizhang.domain.Entry;
import taizhang.domain.Facts;
import taizhang.domain.Field;
import taizhang.domain.FieldType;
import taizhang.domain.IdNumber;
import taizhang.domain.Problem;
import taizhang.domain.Register;
import taizhang.domain.Validation;

/**
 * A record form as one value: the fields as typed with their messages, the field in focus, and
 * whether anything was changed. Transitions return new states.
 */
record FormState(Register register, List<FieldState> fields, int focus, boolean dirty) {

    static FormState of(Register r, List<String> values) {
        List<FieldState> fs = new ArrayList<>();
        for (String v : values) {
            fs.add(FieldState.of(v));
        }
        return new FormState(r, List.copyOf(fs), 0, false);
    }

    Field field() {
        return register.fields().get(focus);
    }

    FieldState current() {
        return fields.get(focus);
    }

    private FormState withField(int i, FieldState f, boolean changed) {
        List<FieldState> fs = new ArrayList<>(fields);
        fs.set(i, f);
        return new FormState(register, List.copyOf(fs), focus, dirty || changed);
    }

    /** Field {@code i} set to {@code text} as if typed (another clerk's value taken into the form). */
    FormState set(int i, String text) {
        return withField(i, FieldState.of(text), !text.equals(fields.get(i).text()));
    }

    FormState edit(UnaryOperator<TextInput> op) {
        TextInput before = current().input();
        TextInput after = op.apply(before);
        return withField(focus, current().typed(after), !after.text().equals(before.text()));
    }

    FormState type(int codePoint) {
        return edit(in -> in.insert(codePoint));
    }

    FormState focus(int i) {
        int n = fields.size();
        return new FormState(register, fields, ((i % n) + n) % n, dirty);
    }

    /**
     * The clerk leaves the field in focus: a pick-list field takes the first entry matching what
     * was typed, the field is checked by the same rules as import, and a valid ID number fills in
     * sex and birth date where they are still empty.
     */
    FormState leave(Options options, Facts facts) {
        return leave(options, facts, id -> null);
    }

    /**
     * The same; {@code registered} finds the person an ID number belongs to, whose name and
     * village then fill in too (a death or a move of someone in the register, a birth's mother).
     */
    FormState leave(Options options, Facts facts, java.util.function.Function<String, Entry> registered) {
        FormState s = this;
        String typed = current().text().strip();
        if (options.any() && !typed.isEmpty() && options.exact(typed) == null) {
            List<Options.Option> found = options.matching(typed);
            if (!found.isEmpty()) {
                String code = found.get(0).code();
                s = s.withField(focus, current().typed(TextInput.of(code)), true);
            }
        } else if (options.any() && options.exact(typed) != null && !options.exact(typed).code().equals(typed)) {
            s = s.withField(focus, current().typed(TextInput.of(options.exact(typed).code())), true);
        }
        Field f = s.field();
        List<Problem> problems = Validation.checkField(f, s.current().text(), facts);
        s = s.withField(focus, s.current().checked(problems.isEmpty() ? null : problems.get(0)), false);
        if (problems.isEmpty() && f.type() == FieldType.ID_NUMBER && !s.current().text().isBlank()) {
            s = s.fillFromId(f.key(), facts.today(), registered);
        }
        return s;
    }

    /** The village just left, when otherwise valid, checked against the account's scope. */
    FormState scoped(taizhang.domain.Account account) {
        if (!field().key().equals("area_code") || current().problem() != null || current().text().isBlank()) {
            return this;
        }
        Problem p = taizhang.storage.Records.outOfScope(account,
                taizhang.domain.Entry.of(register, "area_code", current().text()));
        return p == null ? this : withField(focus, current().checked(p), false);
    }

    /** Sex and birth date read from the ID number, for the fields of the same person still empty. */
    private FormState fillFromId(String idKey, LocalDate today, java.util.function.Function<String, Entry> registered) {
        IdNumber id;
        try {
            id = IdNumber.parse(fields.get(register.indexOf(idKey)).text(), today);
        } catch (taizhang.domain.Invalid e) {
            return this;
        }
        FormState s = withField(register.indexOf(idKey), fields.get(register.indexOf(idKey))
                .typed(TextInput.of(id.value())), !id.value().equals(fields.get(register.indexOf(idKey)).text()));
        if (idKey.equals("id_number")) {
            s = s.fillIfEmpty("sex", id.sex().name());
            s = s.fillIfEmpty("birth_date", id.birthDate().toString());
        }
        String nameKey = NAME_OF.get(idKey);
        Entry person = register == Register.PERSONS || nameKey == null ? null : registered.apply(id.value());
        if (person != null) {
            s = s.fillIfEmpty(nameKey, person.text("name"));
            if (register != Register.MARRIAGES) {
                s = s.fillIfEmpty("area_code", person.text("area_code"));
            }
        }
        return s;
    }

    /**
     * The name field each ID number of a form names: a birth's mother, a marriage's woman and man
     * are usually in the register already. A birth's village is the mother's until the clerk says
     * otherwise; a marriage's is not either partner's to decide.
     */
    private static final java.util.Map<String, String> NAME_OF = java.util.Map.of(
            "id_number", "name", "mother_id_number", "mother_name",
            "woman_id_number", "woman_name", "man_id_number", "man_name");

    private FormState fillIfEmpty(String key, String value) {
        int i = register.indexOf(key);
        if (i < 0 || !fields.get(i).text().isBlank()) {
            return this;
        }
        return withField(i, FieldState.of(value), true);
    }

    /** Messages from a whole-record check, beside their fields; the focus goes to the first error. */
    FormState problems(List<Problem> problems) {
        List<FieldState> fs = new ArrayList<>();
        for (FieldState f : fields) {
            fs.add(f.checked(null));
        }
        int first = -1;
        for (Problem p : problems) {
            int i = register.indexOf(p.field());
            if (i < 0 || fs.get(i).problem() != null && !fs.get(i).warning()) {
                continue;
            }
            fs.set(i, fs.get(i).checked(p));
            if (!p.warning() && first < 0) {
                first = i;
            }
        }
        return new FormState(register, List.copyOf(fs), first < 0 ? focus : first, dirty);
    }

    /** The typed values in the fields' order. */
    List<String> texts() {
        List<String> texts = new ArrayList<>(fields.size());
        for (FieldState f : fields) {
            texts.add(f.text());
        }
        return texts;
    }

    /** The typed values by field key, as the rules read them. */
    java.util.Map<String, String> raw() {
        java.util.Map<String, String> raw = new java.util.HashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            raw.put(register.fields().get(i).key(), fields.get(i).text());
        }
        return raw;
    }
}
