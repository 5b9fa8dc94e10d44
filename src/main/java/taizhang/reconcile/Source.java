package taizhang.reconcile;

import java.util.Locale;

/** Whose list it is (SPEC 12): the same rules for both; named in the record of the run and the XLSX title. */
public enum Source {
    HOSPITAL("hospital", "医院出生医学证明"),
    POLICE("police", "公安户籍登记");

    private final String code;
    private final String zh;

    Source(String code, String zh) {
        this.code = code;
        this.zh = zh;
    }

    public String code() {
        return code;
    }

    public String zh() {
        return zh;
    }

    /** hospital or police (any case); null for anything else. */
    public static Source byCode(String code) {
        for (Source s : values()) {
            if (s.code.equals(code.strip().toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        return null;
    }
}
