package taizhang.reconcile;

/** How a row of a list was matched to a birth in the register (SPEC 12), best first. */
public enum Tier {
    /** The same birth certificate number. */
    CERTIFICATE("certificate"),
    /** The same mother's ID number, birth dates at most 3 days apart (twins: the same sex). */
    MOTHER_ID("mother_id"),
    /** The mother's and the child's names alike by pinyin, dates at most 3 days apart, the same village. */
    NAME("name");

    private final String code;

    Tier(String code) {
        this.code = code;
    }

    /** As written in the output's {@code tier} column. */
    public String code() {
        return code;
    }

    public static Tier byCode(String code) {
        for (Tier t : values()) {
            if (t.code.equals(code)) {
                return t;
            }
        }
        return null;
    }
}
