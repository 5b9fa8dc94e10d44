package taizhang.storage;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

/**
 * Argon2id through password4j, kept apart from {@link Accounts} so that finding the account of
 * the OS user at start-up loads none of it. password4j compares hashes in constant time.
 */
final class Passwords {
    private Passwords() {
    }

    /** OWASP's first recommended setting for Argon2id: 19 MiB, 2 iterations, one lane, 32 bytes. */
    private static final Argon2Function ARGON2 = Argon2Function.getInstance(19 * 1024, 2, 1, 32, Argon2.ID);

    static String hash(String password) {
        return Password.hash(password).with(ARGON2).getResult();
    }

    static boolean matches(String password, String phc) {
        return Password.check(password, phc).with(Argon2Function.getInstanceFromHash(phc));
    }

    /** Does the work of a real check for a login that does not exist, so both answers take as long. */
    static void checkAgainstNobody(String password) {
        matches(password == null ? "" : password, Nobody.HASH);
    }

    private static final class Nobody {
        static final String HASH = hash("not the password of anyone");
    }
}
