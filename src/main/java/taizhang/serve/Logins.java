package taizhang.serve;

import java.security.PublicKey;
import java.util.Map;
import taizhang.domain.Account;

/**
 * Who may log in over SSH, and where what they did is written: the accounts and the audit trail
 * of SPEC section 9 as the server asks them ({@link AccountLogins}). A password check counts
 * toward the lockout and audits itself; a key that is not the login's is no failed login (a
 * client offers every key it holds, one after another).
 */
public interface Logins {

    /** The login's password checked (password and keyboard-interactive alike): the account, or why not. */
    Verdict password(String login, String password, String from);

    /**
     * As {@link #password(String, String, String)}, giving up (a {@code StorageException} that
     * {@code gaveUp()}, nothing written) when {@code gone} says the client went away while the
     * check waited for another process's write.
     */
    default Verdict password(String login, String password, String from, java.util.function.BooleanSupplier gone) {
        return password(login, password, from);
    }

    /** Whether {@code key} is one of the login's keys and the account may log in now; nothing is written. */
    Verdict key(String login, PublicKey key, String from);

    /** The client proved it holds the key: the login happened (false: refused after all). */
    boolean keyUsed(String login, PublicKey key, String from);

    /** As {@link #keyUsed(String, PublicKey, String)}, giving up as {@link #password(String, String, String, java.util.function.BooleanSupplier)} does. */
    default boolean keyUsed(String login, PublicKey key, String from, java.util.function.BooleanSupplier gone) {
        return keyUsed(login, key, from);
    }

    /** A connection ended without logging in, after keys were offered for this login and refused. */
    void keysRefused(String login, String from);

    /** An entry of the audit trail under a logged-in account (a session ended, one refused). */
    void record(Account account, String action, Map<String, Object> detail);

    /** Why a login was refused. */
    enum Refusal { UNKNOWN, WRONG, LOCKED, DISABLED }

    /** The answer to a login: the account when allowed, else the refusal. */
    record Verdict(Account account, Refusal refusal) {
        public static Verdict allowed(Account account) {
            return new Verdict(account, null);
        }

        public static Verdict refused(Refusal refusal) {
            return new Verdict(null, refusal);
        }

        public boolean isAllowed() {
            return refusal == null;
        }
    }
}
