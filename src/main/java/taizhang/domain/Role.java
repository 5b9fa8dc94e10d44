package taizhang.domain;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** What an account may do (SPEC 9). Scope narrows where; the role says what. */
public enum Role {
    ADMIN("管理员", EnumSet.allOf(Permission.class)),
    STATISTICIAN("统计员", EnumSet.of(Permission.READ, Permission.SEE_FULL_NUMBERS, Permission.WRITE,
            Permission.IMPORT, Permission.EXPORT, Permission.REPORT, Permission.CLOSE_MONTHS, Permission.RESTORE,
            Permission.CHECK)),
    CLERK("登记员", EnumSet.of(Permission.READ, Permission.SEE_FULL_NUMBERS, Permission.WRITE, Permission.IMPORT,
            Permission.EXPORT, Permission.REPORT)),
    VIEWER("查看员", EnumSet.of(Permission.READ, Permission.EXPORT, Permission.REPORT));

    /** One thing a role may or may not do. */
    public enum Permission {
        /** Read records in scope. */
        READ,
        /** See ID numbers and phone numbers in full (else masked everywhere). */
        SEE_FULL_NUMBERS,
        /** Add, change and void records in scope. */
        WRITE,
        IMPORT,
        EXPORT,
        REPORT,
        /** Close and reopen months. */
        CLOSE_MONTHS,
        /** Restore voided records. */
        RESTORE,
        /** Check the whole database (its records, ID numbers included, and the audit trail). */
        CHECK,
        /** Accounts, settings, the area tree and the schemes. */
        ADMINISTER,
        BACKUP
    }

    private final String chinese;
    private final Set<Permission> permissions;

    Role(String chinese, Set<Permission> permissions) {
        this.chinese = chinese;
        this.permissions = permissions;
    }

    public boolean may(Permission p) {
        return permissions.contains(p);
    }

    /** The code written in files and on the command line: {@code admin}, {@code clerk}, … */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label(Language language) {
        return language == Language.ZH ? chinese : code();
    }

    /** The role with this code (or Chinese name), or null. */
    public static Role parse(String s) {
        for (Role r : values()) {
            if (r.code().equalsIgnoreCase(s.strip()) || r.chinese.equals(s.strip())) {
                return r;
            }
        }
        return null;
    }
}
