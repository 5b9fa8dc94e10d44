package taizhang.serve;

import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Clock;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.digest.BuiltinDigests;
import taizhang.domain.Account;
import taizhang.storage.Accounts;
import taizhang.storage.Audit;
import taizhang.storage.Database;

/**
 * The office's accounts (SPEC section 9) as the SSH server's logins: one password check for
 * every route (Argon2id, the lockout after repeated failures, disabled and locked accounts
 * refused), keys compared by their fingerprints, everything audited. Each check runs on a
 * connection of its own, taken from those kept here (a connection is not shared by two threads
 * writing), so that a login waiting for another process's long write (an import) holds up no
 * other login: the key check reads at once, and the writes meet only in SQLite's own lock.
 */
public final class AccountLogins implements Logins, AutoCloseable {
    private static final String ROUTE = "ssh";
    private static final String REHEARSAL = "warm-up";

    private final Path file;
    private final Clock clock;
    private final Runnable waiting;
    /** Connections not in use now, each with the accounts read through it. */
    private final Queue<Accounts> idle = new ConcurrentLinkedQueue<>();
    private final Queue<Database> opened = new ConcurrentLinkedQueue<>();

    public AccountLogins(Path file, Clock clock) {
        this(file, clock, () -> { });
    }

    /**
     * {@code waiting} is told when a login has to wait for another process's long write (an
     * import) to record itself: a login is recorded (SPEC 9), so it outwaits that write, up to
     * {@link Database#LONG_WAIT_MS}, rather than being refused as if its password were wrong.
     */
    public AccountLogins(Path file, Clock clock, Runnable waiting) {
        this.file = file;
        this.clock = clock;
        this.waiting = waiting;
        idle.add(connect());    // the first opened now: a database that cannot be opened stops the start
    }

    private Accounts connect() {
        Database db = Database.open(file);
        opened.add(db);
        db.outwaitLongWrites();
        return new Accounts(db, clock);
    }

    /** Runs {@code check} on a connection no other thread uses meanwhile. */
    private <T> T withAccounts(Function<Accounts, T> check) {
        Accounts accounts = idle.poll();
        if (accounts == null) {
            accounts = connect();
        }
        try {
            return check.apply(accounts);
        } finally {
            idle.add(accounts);
        }
    }

    @Override
    public Verdict password(String login, String password, String from) {
        return password(login, password, from, () -> false);
    }

    @Override
    public Verdict password(String login, String password, String from, BooleanSupplier gone) {
        Accounts.Attempt a = withAccounts(accounts -> accounts.database().sayingWhenWaiting(waiting, gone,
                () -> accounts.signIn(login, password, route(from))));
        return switch (a.outcome()) {
            case SIGNED_IN -> Verdict.allowed(a.account());
            case LOCKED -> Verdict.refused(Refusal.LOCKED);
            case DISABLED -> Verdict.refused(Refusal.DISABLED);
            case WRONG, NO_PASSWORD -> Verdict.refused(Refusal.WRONG);
        };
    }

    @Override
    public Verdict key(String login, PublicKey key, String from) {
        return withAccounts(accounts -> {
            Account account = accounts.find(login);
            if (account == null) {
                return Verdict.refused(Refusal.UNKNOWN);
            }
            if (account.disabled()) {
                return Verdict.refused(Refusal.DISABLED);
            }
            try {
                accounts.usable(account);
            } catch (Accounts.Refused e) {
                return Verdict.refused(Refusal.LOCKED);
            }
            return accounts.fingerprints(login).contains(fingerprint(key)) ? Verdict.allowed(account)
                    : Verdict.refused(Refusal.WRONG);
        });
    }

    @Override
    public boolean keyUsed(String login, PublicKey key, String from) {
        return keyUsed(login, key, from, () -> false);
    }

    @Override
    public boolean keyUsed(String login, PublicKey key, String from, BooleanSupplier gone) {
        return withAccounts(accounts -> accounts.database().sayingWhenWaiting(waiting, gone,
                () -> accounts.signInByKey(login, fingerprint(key), route(from))).ok());
    }

    @Override
    public void keysRefused(String login, String from) {
        withAccounts(accounts -> accounts.database().sayingWhenWaiting(waiting, () -> {
            accounts.keysRefused(login, route(from));
            return null;
        }));
    }

    /**
     * A password and a key login as they run, rolled back (nothing kept, nothing audited), so
     * that the first clerk after a start does not wait for their first use. Any key will do.
     */
    public void rehearse(PublicKey key) {
        withAccounts(accounts -> {
            accounts.rehearseSignIns(REHEARSAL, fingerprint(key), route("127.0.0.1"));
            return null;
        });
    }

    /**
     * Written on a connection of its own, outwaiting another process's long write (an import), up
     * to {@link Database#LONG_WAIT_MS}: a session's end is recorded, however long the import.
     */
    @Override
    public void record(Account account, String action, Map<String, Object> detail) {
        try (Database as = Database.open(file).actAs(account)) {
            Audit.recordOutwaiting(as, action, null, detail, () -> { });
        }
    }

    private static String fingerprint(PublicKey key) {
        return KeyUtils.getFingerPrint(BuiltinDigests.sha256, key);
    }

    private static String route(String from) {
        return ROUTE + " " + from;
    }

    @Override
    public void close() {
        Database db;
        while ((db = opened.poll()) != null) {
            db.close();
        }
    }
}
