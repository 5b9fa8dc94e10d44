package taizhang.reconcile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import taizhang.domain.Entry;
import taizhang.domain.Field;
import taizhang.domain.FieldType;
import taizhang.domain.ListedBirth;

/**
 * One line of a reconciliation's result: a row of the list (its own values) or an unlisted
 * birth of the register (the register's values). Beside the output's columns it carries what
 * the clerk needs to register a missing birth (the child's ID number, address, facility) and
 * the village it is counted under in the summary.
 */
public record Row(Status status, Tier tier, Integer sourceLine, Long registerId, String certificateNo,
                  String childName, String childSex, LocalDate birthDate, String motherName, String motherIdNumber,
                  String areaCode, String differences, String childIdNumber, String address, String facility,
                  String village) {

    /** The keys kept beside the output's columns when a result is stored. */
    public static final List<String> CARRIED = List.of("child_id_number", "address", "facility", "village");

    /**
     * The output's columns in SPEC order (what the CSV, the XLSX and the table show): status,
     * tier, line and record id, then the list's own columns but those only carried, then the
     * differences.
     */
    public static final List<Field> COLUMNS = Stream.of(
            Stream.of(Field.of("status", "状态", FieldType.TEXT, true), Field.of("tier", "匹配方式", FieldType.TEXT, false),
                    Field.of("source_line", "名单行号", FieldType.COUNT, false),
                    Field.of("register_id", "登记编号", FieldType.COUNT, false)),
            ListedBirth.FIELDS.stream().filter(f -> !CARRIED.contains(f.key())),
            Stream.of(Field.of("differences", "差异", FieldType.TEXT, false)))
            .flatMap(s -> s).toList();

    /** A row of the list paired with a birth of the register (or not, when {@code birth} is null). */
    static Row listed(ListedBirth row, RegisteredBirth birth, Tier tier) {
        if (birth == null) {
            return of(row, Status.MISSING, null, null, null, row.areaCode());
        }
        String differences = differences(row, birth);
        Status status = differences.isEmpty() ? Status.MATCHED : Status.CONFLICT;
        return of(row, status, tier, birth.id(), differences.isEmpty() ? null : differences,
                row.areaCode() != null ? row.areaCode() : birth.areaCode());
    }

    private static Row of(ListedBirth r, Status status, Tier tier, Long registerId, String differences, String village) {
        return new Row(status, tier, r.line(), registerId, r.certificateNo(), r.childName(), r.childSex(),
                r.birthDate(), r.motherName(), r.motherIdNumber(), r.areaCode(), differences, r.childIdNumber(),
                r.address(), r.facility(), village);
    }

    static Row unlisted(RegisteredBirth b) {
        return new Row(Status.UNLISTED, null, null, b.id(), b.certificateNo(), b.childName(), b.childSex(),
                b.birthDate(), b.motherName(), b.motherIdNumber(), b.areaCode(), null, null, null, null,
                b.areaCode());
    }

    /** What differs in one field: its key, the list's value and the register's, in canonical spelling. */
    public record Difference(String field, String listed, String registered) {
        private static final String BETWEEN = "≠";
        private static final String APART = "; ";

        /** {@code child_sex: F≠M} (SPEC 12). */
        @Override
        public String toString() {
            return field + ": " + listed + BETWEEN + registered;
        }

        /** The differences as the output's column writes them (the list joined by {@code "; "}). */
        static String written(List<Difference> differences) {
            return String.join(APART, differences.stream().map(Difference::toString).toList());
        }

        /** The column read back into its parts (a stored result holds the column as written). */
        static List<Difference> read(String written) {
            List<Difference> out = new ArrayList<>();
            for (String part : written.split(APART)) {
                int colon = part.indexOf(": ");
                int between = part.indexOf(BETWEEN, colon);
                out.add(new Difference(part.substring(0, colon), part.substring(colon + 2, between),
                        part.substring(between + BETWEEN.length())));
            }
            return List.copyOf(out);
        }
    }

    /** {@code child_sex: F≠M; birth_date: 2026-03-02≠2026-03-04}: what differs, the list's value first. */
    static String differences(ListedBirth row, RegisteredBirth birth) {
        List<Difference> out = new ArrayList<>();
        if (!row.childSex().equals(birth.childSex())) {
            out.add(new Difference("child_sex", row.childSex(), birth.childSex()));
        }
        if (!row.birthDate().equals(birth.birthDate())) {
            out.add(new Difference("birth_date", row.birthDate().toString(), birth.birthDate().toString()));
        }
        return Difference.written(out);
    }

    /** What differs, field by field (none for a row that is not a conflict). */
    public List<Difference> differenceList() {
        return differences == null ? List.of() : Difference.read(differences);
    }

    /** The row as the birth it stands for, paired with {@code birth} (registered from it, say). */
    public Row pairedWith(RegisteredBirth birth, Tier tier) {
        return listed(asListed(), birth, tier);
    }

    /** The list's row this line shows; only for a line of the list. */
    public ListedBirth asListed() {
        if (sourceLine == null) {
            throw new IllegalStateException("an unlisted birth is not a row of the list");
        }
        return new ListedBirth(sourceLine, certificateNo, childIdNumber, childName, childSex, birthDate, motherName,
                motherIdNumber, areaCode, address, facility);
    }

    /** The values of {@link #COLUMNS}, typed: dates as dates, numbers as numbers, codes as text. */
    public Object[] values() {
        return new Object[] {status.code(), tier == null ? null : tier.code(), sourceLine, registerId, certificateNo,
                childName, childSex, birthDate, motherName, motherIdNumber, areaCode, differences};
    }

    /** Every value by key, in its canonical spelling ("" when empty), the carried ones included. */
    public Map<String, String> stored() {
        Map<String, String> out = new HashMap<>();
        Object[] values = values();
        for (int i = 0; i < COLUMNS.size(); i++) {
            out.put(COLUMNS.get(i).key(), Entry.canonical(COLUMNS.get(i), values[i]));
        }
        out.put("child_id_number", text(childIdNumber));
        out.put("address", text(address));
        out.put("facility", text(facility));
        out.put("village", text(village));
        return out;
    }

    /** A row from {@link #stored()}. */
    public static Row ofStored(Map<String, String> v) {
        return new Row(Status.byCode(v.get("status")), Tier.byCode(v.get("tier")), integer(v.get("source_line")),
                v.get("register_id").isEmpty() ? null : Long.valueOf(v.get("register_id")), orNull(v.get("certificate_no")),
                orNull(v.get("child_name")), v.get("child_sex"), LocalDate.parse(v.get("birth_date")),
                v.get("mother_name"), orNull(v.get("mother_id_number")), orNull(v.get("area_code")),
                orNull(v.get("differences")), orNull(v.get("child_id_number")), orNull(v.get("address")),
                orNull(v.get("facility")), orNull(v.get("village")));
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static String orNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static Integer integer(String s) {
        return s == null || s.isEmpty() ? null : Integer.valueOf(s);
    }
}
