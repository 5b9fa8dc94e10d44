package taizhang.storage;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import taizhang.domain.Account;
import taizhang.domain.Entry;
import taizhang.domain.Facts;
import taizhang.domain.Field;
import taizhang.domain.Problem;
import taizhang.domain.Refusal;
import taizhang.domain.Register;
import taizhang.domain.Role;
import taizhang.domain.Validation;

/**
 * The one way a single record is written (a form, a reconciliation, a session of the SSH
 * server): add, change, void and restore, each one transaction that does, in order, the role
 * and scope check, every rule of SPEC 4 (those that read other records included, so that two
 * clerks saving the same birth at once give one record and one refusal), the version check
 * (a record changed by someone else since it was opened is never overwritten silently), the
 * write with its effects on other registers (a death sets its person's died_on), and the
 * audit entry. Nothing here deletes: a record is voided with its reason.
 */
public final class Records {
    private final Database db;
    private final RegisterStore store;
    private final LocalDate today;

    public Records(Database db, LocalDate today) {
        this.db = db;
        this.store = new RegisterStore(db);
        this.today = today;
    }

    /** A record as saved: its id and its version now. */
    public record Saved(long id, long version, Registration.Outcome outcome) {
    }

    /** The record may not be written: rules broken, outside the scope, or a role that may not. */
    public static final class Refused extends Refusal {
        private final transient List<Problem> problems;

        public Refused(List<Problem> problems) {
            super(problems.get(0));
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }
    }

    /**
     * Someone else saved the record since it was opened: {@code theirs} is the record as it now
     * stands (who, when, each value), for the clerk to compare with their own.
     */
    public static final class Conflict extends RuntimeException {
        private final transient RegisterStore.Stored theirs;

        public Conflict(RegisterStore.Stored theirs) {
            super("record #" + theirs.id() + " was changed by " + theirs.changedBy() + " at " + theirs.updatedAt()
                    + " since it was opened");
            this.theirs = theirs;
        }

        public RegisterStore.Stored theirs() {
            return theirs;
        }
    }

    /**
     * More work for the transaction that adds a record, given the record as saved (a
     * reconciliation's row turned matched by the birth registered from it).
     */
    @FunctionalInterface
    public interface Also {
        void run(Saved saved) throws SQLException;
    }

    /** Adds a record with the effects an import gives it (see {@link Registration}). */
    public Saved add(Entry e) {
        return add(e, saved -> { });
    }

    /** As {@link #add(Entry)}, and {@code also} in the same transaction: when it fails, nothing is added. */
    public Saved add(Entry e, Also also) {
        return db.write(() -> {
            require(Role.Permission.WRITE, e.register());
            inScope(e);
            checkRules(e, null);
            try (Registration registration = new Registration(db, login())) {
                Registration.Outcome outcome = registration.save(e);
                long id = registration.lastId();
                if (outcome == Registration.Outcome.ADDED) {
                    Audit.append(db, "record.add", e.register().fileName(), id, Map.of("values", values(e)));
                } else if (outcome == Registration.Outcome.UPDATED) {
                    Audit.append(db, "record.change", e.register().fileName(), id,
                            Map.of("changes", changes(registration.lastBefore(), e)));
                }
                Saved saved = new Saved(id, outcome == Registration.Outcome.ADDED ? 1
                        : currentVersion(e.register(), id), outcome);
                also.run(saved);
                return saved;
            }
        });
    }

    /** Saves over the record if it is still at {@code version}; else {@link Conflict}. */
    public Saved change(long id, long version, Entry e) {
        return save(id, version, e, "record.change");
    }

    /** Saves over the record whatever its version: the clerk chose to overwrite another's change. */
    public Saved overwrite(long id, Entry e) {
        return save(id, null, e, "record.overwrite");
    }

    private Saved save(long id, Long version, Entry e, String action) {
        return db.write(() -> {
            require(Role.Permission.WRITE, e.register());
            RegisterStore.Stored old = existing(e.register(), id);
            inScope(old.entry());
            inScope(e);
            if (version != null && old.version() != version) {
                throw new Conflict(old); // changed, or voided, by someone else since it was opened
            }
            if (old.voided()) {
                throw new StorageException(Problem.Code.RECORD_VOID, id);
            }
            checkRules(e, old.entry());
            store.update(id, old.version(), e, login());
            if (e.register() == Register.DEATHS) {
                Deaths.withdrawn(db.connection(), old.entry(), login());
                Deaths.recorded(db.connection(), e, login());
            }
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("changes", changes(old.entry(), e));
            if (version == null) {
                detail.put("overwrote_version", old.version());
            }
            Audit.append(db, action, e.register().fileName(), id, detail);
            return new Saved(id, old.version() + 1, Registration.Outcome.UPDATED);
        });
    }

    public void voidRecord(Register r, long id, long version, String reason) {
        db.write(() -> {
            require(Role.Permission.WRITE, r);
            RegisterStore.Stored old = existing(r, id);
            inScope(old.entry());
            if (old.version() != version) {
                throw new Conflict(old); // changed, or voided, by someone else since it was shown
            }
            if (old.voided()) {
                throw new StorageException(Problem.Code.RECORD_ALREADY_VOID, id);
            }
            store.setVoided(r, id, version, true, reason, login());
            if (r == Register.DEATHS) {
                Deaths.withdrawn(db.connection(), old.entry(), login());
            }
            Audit.append(db, "record.void", r.fileName(), id, Map.of("reason", reason));
            return null;
        });
    }

    /** Makes a voided record live again (admin or statistician), checked by every rule as a new one would be. */
    public void restore(Register r, long id, String reason) {
        db.write(() -> {
            require(Role.Permission.RESTORE, r);
            RegisterStore.Stored old = existing(r, id);
            inScope(old.entry());
            if (!old.voided()) {
                throw new StorageException(Problem.Code.RECORD_NOT_VOID, id);
            }
            checkRules(old.entry(), null);
            store.setVoided(r, id, old.version(), false, null, login());
            if (r == Register.DEATHS) {
                Deaths.recorded(db.connection(), old.entry(), login());
            }
            Audit.append(db, "record.restore", r.fileName(), id, Map.of("reason", reason));
            return null;
        });
    }

    /** The person registered with this ID number (the living one first), or null. */
    public Entry person(String idNumber) {
        List<RegisterStore.Stored> found = new ArrayList<>();
        store.query(Register.PERSONS, "id_number = ? AND voided = 0", List.of(idNumber),
                "died_on IS NOT NULL, id DESC", 1, found::add);
        return found.isEmpty() ? null : found.get(0).entry();
    }

    public RegisterStore.Stored find(Register r, long id) {
        return store.find(r, id);
    }

    // ---- the checks, in the order they are made ----

    private void require(Role.Permission p, Register r) {
        Account a = db.account();
        boolean reference = r == Register.AREAS || r == Register.SCHEMES;
        Role.Permission needed = reference && p == Role.Permission.WRITE ? Role.Permission.ADMINISTER : p;
        if (!a.may(needed)) {
            throw new Refused(List.of(Problem.of(Problem.Code.NOT_PERMITTED_ON, a.login(), a.role(), needed, r)));
        }
    }

    private void inScope(Entry e) {
        Problem p = outOfScope(db.account(), e);
        if (p != null) {
            throw new Refused(List.of(p));
        }
    }

    /** Why this account may not write this record for its place, or null when it may. */
    public static Problem outOfScope(Account a, Entry e) {
        String column = Scoping.areaColumn(e.register());
        if (column == null) {
            return null;
        }
        String key = e.register() == Register.AREAS ? "code" : "area_code";
        String code = e.text(key);
        if (a.covers(code)) {
            return null;
        }
        return Problem.error(key, code, Problem.Code.OUT_OF_SCOPE, a.login(), a.scope().toString());
    }

    private void checkRules(Entry e, Entry original) {
        Facts facts = new StoredFacts(db, today);
        Validation.Result result = Validation.check(e.register(), e.raw(), original == null ? facts
                : facts.besides(original));
        if (!result.ok()) {
            throw new Refused(result.errors());
        }
    }

    private RegisterStore.Stored existing(Register r, long id) throws SQLException {
        RegisterStore.Stored old = store.find(r, id);
        if (old == null) {
            throw new StorageException(Problem.Code.NO_RECORD_IN_SCOPE, r, id);
        }
        return old;
    }

    private long currentVersion(Register r, long id) {
        RegisterStore.Stored s = store.find(r, id);
        return s == null ? 1 : s.version();
    }

    private String login() {
        return db.account().login();
    }

    // ---- what the audit entry says ----

    static Map<String, Object> values(Entry e) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < e.register().fields().size(); i++) {
            String v = e.canonical(i);
            if (!v.isEmpty()) {
                out.put(e.register().fields().get(i).key(), v);
            }
        }
        return out;
    }

    /** Each field that differs, with its value before and after (canonical spelling, null for empty). */
    public static Map<String, Object> changes(Entry before, Entry after) {
        Map<String, Object> out = new LinkedHashMap<>();
        List<Field> fields = after.register().fields();
        for (int i = 0; i < fields.size(); i++) {
            String b = before.canonical(i);
            String a = after.canonical(i);
            if (!Objects.equals(b, a)) {
                out.put(fields.get(i).key(), Accounts.change(b.isEmpty() ? null : b, a.isEmpty() ? null : a));
            }
        }
        return out;
    }
}
