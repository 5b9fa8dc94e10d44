package taizhang.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import taizhang.domain.Account;
import taizhang.domain.Problem;
import taizhang.domain.Register;
import taizhang.domain.Role;

/**
 * An import's one audit entry (SPEC 9: not one per row): the file's name and SHA-256, the rows
 * imported, and the first and last record ids it created, written in the import's transaction.
 */
public final class ImportAudit {
    private final Database db;
    private final Register register;
    private final String file;
    private final java.util.function.Supplier<String> sha256;
    private final long lastIdBefore;

    private ImportAudit(Database db, Register register, String file, java.util.function.Supplier<String> sha256,
                        long lastIdBefore) {
        this.db = db;
        this.register = register;
        this.file = file;
        this.sha256 = sha256;
        this.lastIdBefore = lastIdBefore;
    }

    /** Why this account may not import into this register, or null when it may. */
    public static Problem refusal(Account a, Register r) {
        Role.Permission needed = r == Register.AREAS || r == Register.SCHEMES ? Role.Permission.ADMINISTER
                : Role.Permission.IMPORT;
        return a.may(needed) ? null : Problem.of(Problem.Code.NOT_PERMITTED, a.login(), a.role(), needed);
    }

    /** Call inside the import's transaction, before its first row is written. */
    /** {@code sha256}: the file's digest, asked for only when the entry is written (it may be worked out meanwhile). */
    public static ImportAudit start(Database db, Register register, String file,
                                    java.util.function.Supplier<String> sha256) {
        return new ImportAudit(db, register, file, sha256, maxId(db, register));
    }

    /** Appends the entry; the ids the import created are those above the largest before it. */
    public void finish(int rows, int added, int updated, int rejected) {
        long last = maxId(db, register);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("file", file);
        detail.put("sha256", sha256.get());
        detail.put("rows", rows);
        detail.put("added", added);
        if (updated > 0) {
            detail.put("updated", updated);
        }
        if (rejected > 0) {
            detail.put("rejected", rejected);
        }
        detail.put("first_id", last > lastIdBefore ? lastIdBefore + 1 : null);
        detail.put("last_id", last > lastIdBefore ? last : null);
        Audit.append(db, "import", register.fileName(), null, detail);
    }

    static long maxId(Database db, Register r) {
        try (var s = db.connection().createStatement();
             ResultSet rs = s.executeQuery("SELECT coalesce(max(id), 0) FROM " + r.table())) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw StorageException.of(e, db.file());
        }
    }
}
