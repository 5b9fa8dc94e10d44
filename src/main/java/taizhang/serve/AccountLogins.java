package taizhang.serve;

import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Clock;
import java.util.Map;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.digest.BuiltinDigests;
import taizhang.domain.Account;
import taizhang.storage.Accounts;
import taizhang.storage.Audit;
import taizhang.storage.Database;

/**
 * The office's accounts (SPEC section 9) as the SSH server's logins: one password check for
 * every route (Argon2id, the lockout after repeated failures, disabled and locked accounts
 * refused), keys compared by their fingerprints, everything audited. On a connection of its own,
 * used by one login at a time (a connection is not shared by two threads writing).
 */
public final class AccountLogins implements Logins, AutoCloseable {
    private static final String ROUTE = "ssh";
    private static final String REHEARSAL = "warm-up";

    private final Path file;
    private final Database db;
    private final Accounts accounts;

    private final Runnable waiting;

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
        this.db = Database.open(file);
        this.accounts = new Accounts(db, clock);
        this.waiting = waiting;
        db.outwaitLongWrites();
    }

    @Override
    public synchronized Verdict password(String login, String password, String from) {
        Accounts.Attempt a = db.sayingWhenWaiting(waiting, () -> accounts.signIn(login, password, route(from)));
        return switch (a.outcome()) {
            case SIGNED_IN -> Verdict.allowed(a.account());
            case LOCKED -> Verdict.refused(Refusal.LOCKED);
            case DISABLED -> Verdict.refused(Refusal.DISABLED);
            case WRONG, NO_PASSWORD -> Verdict.refused(Refusal.WRONG);
        };
    }

    @Override
    public synchronized Verdict key(String login, PublicKey key, String from) {
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
    }

    @Override
    public synchronized boolean keyUsed(String login, PublicKey key, String from) {
        return db.sayingWhenWaiting(waiting, () -> accounts.signInByKey(login, fingerprint(key), route(from))).ok();
    }

    @Override
    public synchronized void keysRefused(String login, String from) {
        db.sayingWhenWaiting(waiting, () -> {
            accounts.keysRefused(login, route(from));
            return null;
        });
    }

    /**
     * A password and a key login as they run, rolled back (nothing kept, nothing audited), so
     * that the first clerk after a start does not wait for their first use. Any key will do.
     */
    public synchronized void rehearse(PublicKey key) {
        accounts.rehearseSignIns(REHEARSAL, fingerprint(key), route("127.0.0.1"));
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
    public synchronized void close() {
        db.close();
    }
}
