package taizhang.serve;

import java.security.PublicKey;

/**
 * Who may log in over SSH: the accounts of SPEC section 9 as the server asks them. A check of
 * a password counts toward the lockout and writes its failure to the audit trail itself (both are
 * the accounts' own rules); a key that is not the login's is no failed login (a client offers
 * every key it holds, one after another).
 */
public interface Logins {

    /** The login's password checked: the login, or why not. */
    Verdict password(String login, String password, String from);

    /** Whether {@code key} is one of the login's keys: the login, or why not. */
    Verdict key(String login, PublicKey key, String from);

    /** Why a login was refused. */
    enum Refusal { UNKNOWN, WRONG, LOCKED, DISABLED }

    /** The answer to a login: the account's login when allowed, else the refusal. */
    record Verdict(String login, Refusal refusal) {
        public static Verdict allowed(String login) {
            return new Verdict(login, null);
        }

        public static Verdict refused(String login, Refusal refusal) {
            return new Verdict(login, refusal);
        }

        public boolean isAllowed() {
            return refusal == null;
        }
    }
}
