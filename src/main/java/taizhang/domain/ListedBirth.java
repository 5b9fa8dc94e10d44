package taizhang.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One birth on a hospital's or the police's list (SPEC 12), as read from its row: the line it
 * came from and its values, checked as an import checks a birth's (the rules that look at other
 * records, duplicates, do not apply to a list).
 */
public record ListedBirth(int line, String certificateNo, String childIdNumber, String childName, String childSex,
                          LocalDate birthDate, String motherName, String motherIdNumber, String areaCode,
                          String address, String facility) {

    /** The list's columns in SPEC order; those a birth also has are the births register's own fields. */
    public static final List<Field> FIELDS = List.of(
            Register.BIRTHS.field("certificate_no"),
            Field.of("child_id_number", "婴儿身份证号", FieldType.ID_NUMBER, false),
            Register.BIRTHS.field("child_name"),
            Register.BIRTHS.field("child_sex"),
            Register.BIRTHS.field("birth_date"),
            Register.BIRTHS.field("mother_name"),
            Register.BIRTHS.field("mother_id_number"),
            Register.BIRTHS.field("area_code").optional(),
            Field.of("address", "住址", FieldType.TEXT, false),
            Field.of("facility", "接生机构", FieldType.TEXT, false));

    /** What {@link #check} found: the row read (null when it has an error) and every problem. */
    public record Checked(ListedBirth birth, List<Problem> problems) {
        public boolean ok() {
            return birth != null;
        }
    }

    /** Reads and checks one row given as raw text by column key; missing keys count as empty. */
    public static Checked check(int line, Map<String, String> raw, Facts facts) {
        List<Problem> problems = new ArrayList<>();
        Object[] v = new Object[FIELDS.size()];
        for (int i = 0; i < v.length; i++) {
            Field f = FIELDS.get(i);
            v[i] = Validation.read(f, raw.getOrDefault(f.key(), ""), facts, problems);
        }
        ListedBirth b = new ListedBirth(line, (String) v[0], (String) v[1], (String) v[2], (String) v[3],
                (LocalDate) v[4], (String) v[5], (String) v[6], (String) v[7], (String) v[8], (String) v[9]);
        if (problems.isEmpty()) {
            List<Problem> rules = new ArrayList<>();
            RecordRules.listedBirth(b, rules);
            for (Problem p : rules) {
                problems.add(p.withValue(Validation.written(raw.get(p.field()))));
            }
        }
        boolean broken = problems.stream().anyMatch(p -> !p.warning());
        return new Checked(broken ? null : b, problems);
    }
}
