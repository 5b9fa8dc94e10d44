package taizhang.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import taizhang.domain.Account;
import taizhang.domain.Problem;
import taizhang.domain.Refusal;
import taizhang.domain.PublicKeyLine;
import taizhang.domain.Role;
import taizhang.domain.Scope;

/**
 * The office's accounts (SPEC 9): who they are, their passwords (Argon2id) and SSH keys, and
 * signing in, with the lockout after repeated failures. Every change is audited in its own
 * transaction; only an admin may make one.
 */
public final class Accounts {
    public static final int MIN_PASSWORD = 8;

    private final Database db;
    private final Clock clock;

    public Accounts(Database db) {
        this(db, Clock.systemUTC());
    }

    /** With a clock of the test's choosing, for the lockout's fifteen minutes. */
    public Accounts(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** The connection these accounts are read and written through. */
    public Database database() {
        return db;
    }

    /** Why an account change or a sign-in was refused: a problem the face puts into words. */
    public static final class Refused extends Refusal {
        public Refused(Problem.Code code, Object... args) {
            super(code, args);
        }
    }

    // ---- reading ----

    public Account find(String login) {
        return one("SELECT * FROM account WHERE login = ?", login);
    }

    /** The account for this operating-system user, or null. */
    public Account forOsUser(String osUser) {
        return one("SELECT * FROM account WHERE os_user = ?", osUser);
    }

    public List<Account> all() {
        List<Account> out = new ArrayList<>();
        query("SELECT * FROM account ORDER BY login", List.of(), out::add);
        return out;
    }

    public boolean none() {
        return all().isEmpty();
    }

    private Account one(String sql, Object param) {
        List<Account> out = new ArrayList<>();
        query(sql, List.of(param), out::add);
        return out.isEmpty() ? null : out.get(0);
    }

    private void query(String sql, List<Object> params, java.util.function.Consumer<Account> action) {
        db.select(sql, params, rs -> action.accept(read(rs)));
    }

    private static Account read(ResultSet rs) throws SQLException {
        Scope scope;
        try {
            scope = rs.getString("scope").equals("*") ? Scope.EVERYTHING : Scope.parse(rs.getString("scope"));
        } catch (Scope.Invalid e) {
            throw new StorageException(Problem.Code.ACCOUNT_BROKEN_SCOPE, rs.getString("login"), rs.getString("scope"));
        }
        return new Account(rs.getString("login"), rs.getString("name"), Role.parse(rs.getString("role")), scope,
                rs.getString("os_user"), rs.getInt("disabled") != 0);
    }

    // ---- who is working ----

    /**
     * The account a process of this operating-system user works as (SPEC 9): the account whose
     * os_user it is; in a database that has no accounts yet (made before they existed), a new
     * admin account for this user, recorded in the audit trail; on the command line, for the
     * owner of the database file, the owner as admin ({@code os:NAME}). Null when none of these
     * holds. A disabled or locked account is refused, except that on the command line the file's
     * owner then works as the owner: whoever owns the file could change it anyway, and this is
     * how they recover it.
     */
    public Account whoIs(String osUser, boolean ownerCounts) {
        boolean owner = ownerCounts && osUser.equals(owner(db.file()));
        Account a = forOsUser(osUser);
        if (a != null) {
            try {
                usable(a);
                return a;
            } catch (Refused e) {
                if (!owner) {
                    throw e;
                }
                return Account.fileOwner(osUser);
            }
        }
        if (none()) {
            return firstAdmin(osUser, "first open of a database without accounts");
        }
        return owner ? Account.fileOwner(osUser) : null;
    }

    /** Refuses a disabled or locked account, whatever the route it came by. */
    public void usable(Account a) {
        if (a.disabled()) {
            throw new Refused(Problem.Code.ACCOUNT_DISABLED, a.login());
        }
        try {
            Row row = row(a.login());
            if (row != null && row.lockedUntil != null && clock.instant().isBefore(row.lockedUntil)) {
                throw new Refused(Problem.Code.ACCOUNT_LOCKED, a.login(), until(row.lockedUntil));
            }
        } catch (SQLException e) {
            throw StorageException.of(e, db.file());
        }
    }

    private static final java.time.format.DateTimeFormatter SECOND = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", java.util.Locale.ROOT).withZone(java.time.ZoneOffset.UTC);

    /**
     * When a lockout ends, as a clerk reads it ({@code 2026-12-01 10:15:12 UTC}, as a record's
     * history says times): rounded up to the second, so that trying again then is never refused.
     */
    public static String until(Instant lockedUntil) {
        Instant second = lockedUntil.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        return SECOND.format(second.equals(lockedUntil) ? second : second.plusSeconds(1));
    }

    /** The admin account {@code init} (or the first open) makes for the OS user: audited, signed in. */
    public Account firstAdmin(String osUser, String why) {
        Account admin = new Account(Account.loginFor(osUser), osUser, Role.ADMIN, Scope.EVERYTHING, osUser, false);
        db.write(() -> {
            insert(db.connection(), admin, null);
            Map<String, Object> detail = describe(admin);
            detail.put("why", why);
            Audit.append(db, admin.login(), "account.add", null, null, detail);
            return null;
        });
        db.actAs(admin);
        return admin;
    }

    /** The operating-system owner of the file, or null when the file system does not say. */
    static String owner(java.nio.file.Path file) {
        try {
            return java.nio.file.Files.getOwner(file).getName();
        } catch (java.io.IOException | UnsupportedOperationException e) {
            return null;
        }
    }

    // ---- changing (admin only) ----

    /** Adds an account; the password, when given, must pass {@link #checkPassword}. */
    public void add(Account a, String password) {
        requireAdmin();
        checkNew(a);
        String hash = password == null ? null : hash(password);
        db.write(() -> {
            if (find(a.login()) != null) {
                throw new Refused(Problem.Code.ACCOUNT_EXISTS, a.login());
            }
            insert(db.connection(), a, hash);
            Map<String, Object> detail = describe(a);
            detail.put("password", hash != null);
            Audit.append(db, "account.add", null, null, detail);
            return null;
        });
    }

    /** Replaces name, role, scope, OS user and disabled with those of {@code a}. */
    public void set(Account a) {
        requireAdmin();
        checkNew(a);
        db.write(() -> {
            Account old = find(a.login());
            if (old == null) {
                throw new Refused(Problem.Code.NO_SUCH_ACCOUNT, a.login());
            }
            try (PreparedStatement s = db.connection().prepareStatement("UPDATE account SET name = ?, role = ?,"
                    + " scope = ?, os_user = ?, disabled = ?, updated_at = ? WHERE login = ?")) {
                s.setString(1, a.name());
                s.setString(2, a.role().code());
                s.setString(3, a.scope().toString());
                s.setString(4, a.osUser());
                s.setInt(5, a.disabled() ? 1 : 0);
                s.setString(6, clock.instant().toString());
                s.setString(7, a.login());
                s.executeUpdate();
            }
            Map<String, Object> changes = new LinkedHashMap<>();
            Map<String, Object> before = describe(old);
            Map<String, Object> after = describe(a);
            for (String key : after.keySet()) {
                if (!java.util.Objects.equals(before.get(key), after.get(key))) {
                    changes.put(key, change(before.get(key), after.get(key)));
                }
            }
            Audit.append(db, "account.set", null, null, Map.of("login", a.login(), "changes", changes));
            return null;
        });
    }

    public void password(String login, String password) {
        requireAdmin();
        String hash = hash(password);
        db.write(() -> {
            if (find(login) == null) {
                throw new Refused(Problem.Code.NO_SUCH_ACCOUNT, login);
            }
            try (PreparedStatement s = db.connection().prepareStatement("UPDATE account SET password_hash = ?,"
                    + " failed_logins = 0, locked_until = NULL, updated_at = ? WHERE login = ?")) {
                s.setString(1, hash);
                s.setString(2, clock.instant().toString());
                s.setString(3, login);
                s.executeUpdate();
            }
            Audit.append(db, "account.password", null, null, Map.of("login", login));
            return null;
        });
    }

    /** Adds an OpenSSH public key line; returns its fingerprint. */
    public String addKey(String login, String keyLine) {
        requireAdmin();
        PublicKeyLine key;
        try {
            key = PublicKeyLine.parse(keyLine);
        } catch (PublicKeyLine.Invalid e) {
            throw new Refused(e.problem().code(), e.problem().args().toArray());
        }
        db.write(() -> {
            if (find(login) == null) {
                throw new Refused(Problem.Code.NO_SUCH_ACCOUNT, login);
            }
            try (PreparedStatement s = db.connection().prepareStatement("INSERT OR IGNORE INTO account_key"
                    + " (login, fingerprint, public_key, added_at) VALUES (?, ?, ?, ?)")) {
                s.setString(1, login);
                s.setString(2, key.fingerprint());
                s.setString(3, key.line());
                s.setString(4, clock.instant().toString());
                if (s.executeUpdate() == 0) {
                    throw new Refused(Problem.Code.KEY_EXISTS, login, key.fingerprint());
                }
            }
            Audit.append(db, "account.key.add", null, null,
                    Map.of("login", login, "type", key.type(), "fingerprint", key.fingerprint()));
            return null;
        });
        return key.fingerprint();
    }

    public void removeKey(String login, String fingerprint) {
        requireAdmin();
        db.write(() -> {
            try (PreparedStatement s = db.connection().prepareStatement(
                    "DELETE FROM account_key WHERE login = ? AND fingerprint = ?")) {
                s.setString(1, login);
                s.setString(2, fingerprint);
                if (s.executeUpdate() == 0) {
                    throw new Refused(Problem.Code.NO_SUCH_KEY, login, fingerprint);
                }
            }
            Audit.append(db, "account.key.remove", null, null, Map.of("login", login, "fingerprint", fingerprint));
            return null;
        });
    }

    /**
     * A display name or an OS user holds no control or invisible character, as a record's name
     * holds none (SPEC 4): ESC in a name would be written into the audit trail and every listing.
     */
    private static void plainText(String field, String value) {
        if (value == null) {
            return;
        }
        try {
            taizhang.domain.Text.clean(value);
        } catch (taizhang.domain.Invalid e) {
            throw new Refused(Problem.Code.ACCOUNT_TEXT, field, value);
        }
    }

    /** The public key lines of an account (the SSH server compares them). */
    public List<String> keys(String login) {
        List<String> out = new ArrayList<>();
        try (PreparedStatement s = db.connection().prepareStatement(
                "SELECT public_key FROM account_key WHERE login = ? ORDER BY id")) {
            s.setString(1, login);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw StorageException.of(e, db.file());
        }
        return out;
    }

    /** The fingerprints of an account's keys, for {@code account list}. */
    public List<String> fingerprints(String login) {
        return keys(login).stream().map(k -> PublicKeyLine.parse(k).fingerprint()).toList();
    }

    private void requireAdmin() {
        if (!db.account().may(Role.Permission.ADMINISTER)) {
            throw new Refused(Problem.Code.NOT_PERMITTED, db.account().login(), db.account().role(),
                    Role.Permission.ADMINISTER);
        }
    }

    private void checkNew(Account a) {
        if (!Account.validLogin(a.login())) {
            throw new Refused(Problem.Code.BAD_LOGIN, a.login());
        }
        plainText("name", a.name());
        plainText("os_user", a.osUser());
        for (String code : a.scope().codes()) {
            if (!code.isEmpty() && !areaExists(code)) {
                throw new Refused(Problem.Code.SCOPE_NOT_AN_AREA, code);
            }
        }
        if (a.osUser() != null) {
            Account other = forOsUser(a.osUser());
            if (other != null && !other.login().equals(a.login())) {
                throw new Refused(Problem.Code.OS_USER_TAKEN, a.osUser(), other.login());
            }
        }
    }

    private boolean areaExists(String code) {
        try (PreparedStatement s = db.connection().prepareStatement(
                "SELECT 1 FROM area WHERE code = ? AND voided = 0")) {
            s.setString(1, code);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw StorageException.of(e, db.file());
        }
    }

    /** Argon2id of a password that is long enough. */
    public static String hash(String password) {
        checkPassword(password);
        return Passwords.hash(password);
    }

    public static void checkPassword(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_PASSWORD) {
            throw new Refused(Problem.Code.PASSWORD_TOO_SHORT, MIN_PASSWORD);
        }
    }

    static void insert(Connection c, Account a, String passwordHash) throws SQLException {
        String now = Instant.now().toString();
        try (PreparedStatement s = c.prepareStatement("INSERT INTO account (login, name, role, scope, os_user,"
                + " password_hash, disabled, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, a.login());
            s.setString(2, a.name());
            s.setString(3, a.role().code());
            s.setString(4, a.scope().toString());
            s.setString(5, a.osUser());
            s.setString(6, passwordHash);
            s.setInt(7, a.disabled() ? 1 : 0);
            s.setString(8, now);
            s.setString(9, now);
            s.executeUpdate();
        }
    }

    static Map<String, Object> describe(Account a) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("login", a.login());
        d.put("name", a.name());
        d.put("role", a.role().code());
        d.put("scope", a.scope().toString());
        d.put("os_user", a.osUser());
        d.put("disabled", a.disabled());
        return d;
    }

    static Map<String, Object> change(Object before, Object after) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("before", before);
        c.put("after", after);
        return c;
    }

    // ---- signing in ----

    /** What a sign-in attempt came to. */
    public enum Outcome { SIGNED_IN, WRONG, LOCKED, DISABLED, NO_PASSWORD }

    /** The outcome, and the account when signed in. */
    public record Attempt(Outcome outcome, Account account, Instant lockedUntil) {
        Attempt(Outcome outcome, Account account) {
            this(outcome, account, null);
        }

        public boolean ok() {
            return outcome == Outcome.SIGNED_IN;
        }
    }

    /**
     * Checks a password (constant time, Argon2id), counts failures, locks the account after
     * {@code lockout_after} of them in a row for {@code lockout_minutes}, and audits the attempt.
     * An unknown login is answered like a wrong password, after the same work.
     */
    public Attempt signIn(String login, String password, String route) {
        return db.write(() -> passwordAttempt(login, password, route));
    }

    /**
     * As {@link #signIn}, for a clerk at the screens while another process may hold the write lock
     * for long (an import): the attempt is recorded, so it outwaits that write, up to
     * {@link Database#LONG_WAIT_MS}, rather than fail (or be taken for a wrong password);
     * {@code waiting} is told when it has to wait.
     */
    public Attempt signIn(String login, String password, String route, Runnable waiting) {
        return signIn(login, password, route, waiting, () -> false);
    }

    /**
     * As {@link #signIn(String, String, String, Runnable)}, and the wait ends, nothing checked or
     * written (a {@link StorageException} that {@link StorageException#gaveUp gave up}), as soon as
     * {@code stop} says so: the clerk pressed Esc rather than wait for the import.
     */
    public Attempt signIn(String login, String password, String route, Runnable waiting,
                          java.util.function.BooleanSupplier stop) {
        return db.sayingWhenWaiting(waiting, stop,
                () -> db.writeOutwaiting(waiting, () -> passwordAttempt(login, password, route)));
    }

    private Attempt passwordAttempt(String login, String password, String route) throws SQLException {
        Row row = row(login);
        Instant now = clock.instant();
        if (row == null) {
            Passwords.checkAgainstNobody(password);
            Audit.append(db, loginForAudit(login), "login.failed", null, null,
                    Map.of("route", route, "reason", "unknown login"));
            return new Attempt(Outcome.WRONG, null);
        }
        if (row.account.disabled()) {
            Audit.append(db, login, "login.failed", null, null,
                    Map.of("route", route, "reason", "disabled"));
            return new Attempt(Outcome.DISABLED, null);
        }
        if (row.lockedUntil != null && now.isBefore(row.lockedUntil)) {
            Audit.append(db, login, "login.failed", null, null,
                    Map.of("route", route, "reason", "locked until " + row.lockedUntil));
            return new Attempt(Outcome.LOCKED, null, row.lockedUntil);
        }
        if (row.passwordHash == null) {
            Audit.append(db, login, "login.failed", null, null,
                    Map.of("route", route, "reason", "no password set"));
            return new Attempt(Outcome.NO_PASSWORD, null);
        }
        boolean right = password != null && Passwords.matches(password, row.passwordHash);
        if (right) {
            update(login, 0, null);
            Audit.append(db, login, "login", null, null, Map.of("route", route));
            return new Attempt(Outcome.SIGNED_IN, row.account);
        }
        return failed(row, route, now);
    }

    /** A public-key sign-in (the SSH server has checked the signature): the same disabled and locked rules. */
    public Attempt signInByKey(String login, String fingerprint, String route) {
        return db.write(() -> keyAttempt(login, fingerprint, route));
    }

    /**
     * A password and a key sign-in of {@code login} run as they would, then rolled back: nothing
     * is kept, not even in the audit trail. The server does it once before its port opens, so the
     * first clerk does not pay for the first use of the accounts' queries, the password hash and
     * the audit entry's JSON and digest (~160 ms of the first login after a start).
     */
    public void rehearseSignIns(String login, String fingerprint, String route) {
        db.tryWrite(h -> {
            passwordAttempt(login, "", route);
            return keyAttempt(login, fingerprint, route);
        });
    }

    private Attempt keyAttempt(String login, String fingerprint, String route) throws SQLException {
        Row row = row(login);
        Instant now = clock.instant();
        Outcome outcome = row == null ? Outcome.WRONG : row.account.disabled() ? Outcome.DISABLED
                : row.lockedUntil != null && now.isBefore(row.lockedUntil) ? Outcome.LOCKED : Outcome.SIGNED_IN;
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("route", route);
        detail.put("key", fingerprint);
        if (outcome != Outcome.SIGNED_IN) {
            detail.put("reason", outcome.name().toLowerCase(java.util.Locale.ROOT));
        }
        Audit.append(db, row == null ? loginForAudit(login) : login,
                outcome == Outcome.SIGNED_IN ? "login" : "login.failed", null, null, detail);
        return new Attempt(outcome, outcome == Outcome.SIGNED_IN ? row.account : null,
                outcome == Outcome.LOCKED ? row.lockedUntil : null);
    }

    /**
     * A connection that offered only refused keys and gave up (the SSH server): one failed login
     * in the audit trail, saying why (not the account's keys, or the account disabled or locked),
     * never counted toward the lockout (a client offers every key it holds).
     */
    public void keysRefused(String login, String route) {
        db.write(() -> {
            Row row = row(login);
            Audit.append(db, row == null ? loginForAudit(login) : login, "login.failed", null, null,
                    Map.of("route", route, "reason", keysRefusedBecause(row)));
            return null;
        });
    }

    /** Why the keys were refused: a disabled or locked account refuses its own keys too. */
    private String keysRefusedBecause(Row row) {
        if (row == null) {
            return "unknown login";
        }
        if (row.account.disabled()) {
            return "disabled";
        }
        if (row.lockedUntil != null && clock.instant().isBefore(row.lockedUntil)) {
            return "locked until " + row.lockedUntil;
        }
        return "no key of the account";
    }

    private Attempt failed(Row row, String route, Instant now) throws SQLException {
        Settings settings = new Settings(db);
        int after = Integer.parseInt(settings.get(Settings.LOCKOUT_AFTER));
        int minutes = Integer.parseInt(settings.get(Settings.LOCKOUT_MINUTES));
        int failures = row.failedLogins + 1;
        Instant until = failures >= after ? now.plus(Duration.ofMinutes(minutes)) : null;
        update(row.account.login(), until != null ? 0 : failures, until);
        Audit.append(db, row.account.login(), "login.failed", null, null,
                Map.of("route", route, "reason", "wrong password", "failures", failures));
        if (until != null) {
            Audit.append(db, row.account.login(), "login.locked", null, null,
                    Map.of("until", until.toString(), "failures", failures));
            return new Attempt(Outcome.LOCKED, null, until);
        }
        return new Attempt(Outcome.WRONG, null);
    }

    /** A login that may hold anything a client sent, made fit for the audit trail. */
    private static String loginForAudit(String login) {
        String s = login == null ? "" : taizhang.domain.Text.visible(login);
        return s.length() > 64 ? s.substring(0, 64) : s;
    }

    private record Row(Account account, String passwordHash, int failedLogins, Instant lockedUntil) {
    }

    private Row row(String login) throws SQLException {
        try (PreparedStatement s = db.connection().prepareStatement("SELECT * FROM account WHERE login = ?")) {
            s.setString(1, login);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                String until = rs.getString("locked_until");
                return new Row(read(rs), rs.getString("password_hash"), rs.getInt("failed_logins"),
                        until == null ? null : Instant.parse(until));
            }
        }
    }

    private void update(String login, int failures, Instant lockedUntil) throws SQLException {
        try (PreparedStatement s = db.connection().prepareStatement(
                "UPDATE account SET failed_logins = ?, locked_until = ? WHERE login = ?")) {
            s.setInt(1, failures);
            s.setString(2, lockedUntil == null ? null : lockedUntil.toString());
            s.setString(3, login);
            s.executeUpdate();
        }
    }
}
