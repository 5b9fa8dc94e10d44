package taizhang.reconcile;

/** What a reconciliation says of one row of the list or one birth of the register (SPEC 12). */
public enum Status {
    /** On the list and in the register, sex and birth date agreeing. */
    MATCHED("matched"),
    /** On the list and in the register, but the child's sex or birth date differs: to check. */
    CONFLICT("conflict"),
    /** On the list, not in the register: a birth to register (漏报). */
    MISSING("missing"),
    /** In the register and in the window, not on the list. */
    UNLISTED("unlisted");

    private final String code;

    Status(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Status byCode(String code) {
        for (Status s : values()) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("no reconciliation status " + code);
    }

    /** Whether the row stands for a birth the register holds (matched or with details to check). */
    public boolean registered() {
        return this == MATCHED || this == CONFLICT;
    }
}
