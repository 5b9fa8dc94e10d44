package taizhang.domain;

import static taizhang.domain.FieldType.AREA_CODE;
import static taizhang.domain.FieldType.CODE;
import static taizhang.domain.FieldType.COUNT;
import static taizhang.domain.FieldType.DATE;
import static taizhang.domain.FieldType.ID_NUMBER;
import static taizhang.domain.FieldType.MONEY;
import static taizhang.domain.FieldType.MONTH;
import static taizhang.domain.FieldType.NAME;
import static taizhang.domain.FieldType.PHONE;
import static taizhang.domain.FieldType.SCHEME;
import static taizhang.domain.FieldType.TEXT;
import static taizhang.domain.FieldType.VILLAGE;

import java.util.List;
import java.util.Locale;

/** The registers of SPEC section 3, each with its fields in their canonical order. */
public enum Register {
    AREAS("areas", "area", "区划", List.of(
            Field.of("code", "代码", AREA_CODE, true),
            Field.of("name", "名称", NAME, true),
            Field.of("parent_code", "上级代码", AREA_CODE, false))),
    SCHEMES("schemes", "scheme", "补贴项目", List.of(
            Field.of("code", "代码", CODE, true),
            Field.of("name", "名称", NAME, true),
            Field.of("yearly_amount", "年标准", MONEY, false))),
    PERSONS("persons", "person", "人口", List.of(
            Field.of("id_number", "身份证号", ID_NUMBER, false),
            Field.of("name", "姓名", NAME, true),
            Field.choice("sex", "性别", Choices.SEX, true),
            Field.of("birth_date", "出生日期", DATE, true),
            Field.of("area_code", "村居代码", VILLAGE, true),
            Field.of("household_no", "户号", TEXT, false),
            Field.choice("residence", "户籍类型", Choices.RESIDENCE, true),
            Field.choice("marital_status", "婚姻状况", Choices.MARITAL_STATUS, false),
            Field.of("phone", "电话", PHONE, false),
            Field.of("died_on", "死亡日期", DATE, false))),
    BIRTHS("births", "birth", "出生", List.of(
            Field.of("child_name", "婴儿姓名", NAME, false),
            Field.choice("child_sex", "婴儿性别", Choices.SEX, true),
            Field.of("birth_date", "出生日期", DATE, true),
            Field.of("birth_order", "孩次", COUNT, true),
            Field.of("mother_id_number", "母亲身份证号", ID_NUMBER, false),
            Field.of("mother_name", "母亲姓名", NAME, true),
            Field.of("father_id_number", "父亲身份证号", ID_NUMBER, false),
            Field.of("area_code", "村居代码", VILLAGE, true),
            Field.choice("place", "出生地点", Choices.PLACE, false),
            Field.of("certificate_no", "出生医学证明编号", TEXT, false),
            Field.of("registered_on", "登记日期", DATE, true))),
    DEATHS("deaths", "death", "死亡", List.of(
            Field.of("id_number", "身份证号", ID_NUMBER, false),
            Field.of("name", "姓名", NAME, true),
            Field.choice("sex", "性别", Choices.SEX, true),
            Field.of("death_date", "死亡日期", DATE, true),
            Field.of("area_code", "村居代码", VILLAGE, true),
            Field.of("registered_on", "登记日期", DATE, true))),
    MARRIAGES("marriages", "marriage", "婚姻", List.of(
            Field.of("woman_id_number", "女方身份证号", ID_NUMBER, false),
            Field.of("woman_name", "女方姓名", NAME, true),
            Field.of("man_id_number", "男方身份证号", ID_NUMBER, false),
            Field.of("man_name", "男方姓名", NAME, true),
            Field.of("marriage_date", "结婚日期", DATE, true),
            Field.choice("first_marriage_woman", "女方初婚", Choices.YES_NO, true),
            Field.of("area_code", "村居代码", VILLAGE, true),
            Field.of("registered_on", "登记日期", DATE, true))),
    MIGRATIONS("migrations", "migration", "流动人口", List.of(
            Field.of("id_number", "身份证号", ID_NUMBER, false),
            Field.of("name", "姓名", NAME, true),
            Field.choice("sex", "性别", Choices.SEX, true),
            Field.of("birth_date", "出生日期", DATE, false),
            Field.choice("direction", "方向", Choices.DIRECTION, true),
            Field.of("move_date", "流动日期", DATE, true),
            Field.of("area_code", "村居代码", VILLAGE, true),
            Field.of("counterpart", "流出地/流入地", TEXT, false),
            Field.of("registered_on", "登记日期", DATE, true))),
    BENEFITS("benefits", "benefit", "奖励扶助", List.of(
            Field.of("id_number", "身份证号", ID_NUMBER, false),
            Field.of("name", "姓名", NAME, true),
            Field.of("area_code", "村居代码", VILLAGE, true),
            Field.of("scheme", "项目", SCHEME, true),
            Field.of("month", "所属月份", MONTH, true),
            Field.of("amount_due", "应发金额", MONEY, true),
            Field.of("amount_paid", "实发金额", MONEY, true),
            Field.of("paid_on", "发放日期", DATE, false))),
    VISITS("visits", "visit", "入户走访", List.of(
            Field.of("household_no", "户号", TEXT, false),
            Field.of("area_code", "村居代码", VILLAGE, true),
            Field.of("visit_date", "走访日期", DATE, true),
            Field.of("visitor", "走访人", NAME, true),
            Field.of("purpose", "事由", TEXT, false),
            Field.of("notes", "备注", TEXT, false))),
    POPULATION("population", "population", "人口数", List.of(
            Field.of("area_code", "村居代码", VILLAGE, true),
            Field.of("as_of", "时点", DATE, true),
            Field.of("population", "人口数", COUNT, true)));

    private final String fileName;
    private final String table;
    private final String zh;
    private final List<Field> fields;
    /** The fields' keys, in their order, for {@link #indexOf}. */
    private final String[] keys;

    Register(String fileName, String table, String zh, List<Field> fields) {
        this.fileName = fileName;
        this.table = table;
        this.zh = zh;
        this.fields = fields;
        this.keys = fields.stream().map(Field::key).toArray(String[]::new);
    }

    /** The name on the command line and of the CSV file without {@code .csv}. */
    public String fileName() {
        return fileName;
    }

    /** The database table. */
    public String table() {
        return table;
    }

    public String zh() {
        return zh;
    }

    public String label(Language language) {
        return language == Language.ZH ? zh : fileName;
    }

    public List<Field> fields() {
        return fields;
    }

    public int indexOf(String key) {
        // The rules name fields by literals, the very strings the keys are: found by identity at
        // once (a person's checks ask a dozen times a row; comparing texts was a twentieth of an import).
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] == key) {
                return i;
            }
        }
        for (int i = 0; i < keys.length; i++) {
            if (keys[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    public Field field(String key) {
        int i = indexOf(key);
        if (i < 0) {
            throw new IllegalArgumentException(fileName + " has no field " + key);
        }
        return fields.get(i);
    }

    /** The field a CSV header names, by English key (any case) or Chinese alias; null if none. */
    public Field fieldForHeader(String header) {
        return Field.forHeader(fields, header);
    }

    public static Register byName(String name) {
        String n = name.toLowerCase(Locale.ROOT).replaceFirst("\\.csv$", "");
        for (Register r : values()) {
            if (r.fileName.equals(n)) {
                return r;
            }
        }
        return null;
    }

    /** The register kept in this database table, or null (accounts, audit and the like are no register). */
    public static Register byTable(String table) {
        for (Register r : values()) {
            if (r.table.equals(table)) {
                return r;
            }
        }
        return null;
    }

    /** The registers whose records carry the date they were registered. */
    public boolean hasRegisteredOn() {
        return indexOf("registered_on") >= 0;
    }
}
