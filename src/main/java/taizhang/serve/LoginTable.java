package taizhang.serve;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.apache.sshd.common.config.keys.KeyUtils;

/**
 * Logins kept in memory, until the accounts of SPEC section 9 are in the database: each with
 * an optional password (salted PBKDF2, compared in constant time), its public keys and a
 * disabled flag; five failed passwords in a row lock it for 15 minutes, and every failure and
 * lockout goes to the audit trail. The same answers as the accounts give, so the server and its
 * tests need not change when those arrive.
 */
public final class LoginTable implements Logins {
    static final int LOCKOUT_AFTER = 5;
    static final Duration LOCKOUT_FOR = Duration.ofMinutes(15);

    private final Map<String, Row> rows = new HashMap<>();
    private final AuditTrail audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    private static final class Row {
        byte[] salt;
        byte[] hash;
        List<PublicKey> keys = List.of();
        boolean disabled;
        int failures;
        Instant lockedUntil = Instant.MIN;
    }

    public LoginTable(AuditTrail audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    /** Adds a login with a password (null: none) and public keys. */
    public synchronized LoginTable add(String login, String password, List<PublicKey> keys) {
        Row row = new Row();
        if (password != null) {
            row.salt = new byte[16];
            random.nextBytes(row.salt);
            row.hash = hash(password, row.salt);
        }
        row.keys = List.copyOf(keys);
        rows.put(login, row);
        return this;
    }

    /**
     * Interim, until the accounts of SPEC section 9 are in the database: one login, with the keys
     * of an OpenSSH {@code authorized_keys} file (none when the file does not exist).
     */
    public static LoginTable ofAuthorizedKeys(String login, java.nio.file.Path file, AuditTrail audit, Clock clock)
            throws java.io.IOException {
        List<PublicKey> keys = new java.util.ArrayList<>();
        if (java.nio.file.Files.isRegularFile(file)) {
            try {
                for (org.apache.sshd.common.config.keys.AuthorizedKeyEntry e
                        : org.apache.sshd.common.config.keys.AuthorizedKeyEntry.readAuthorizedKeys(file)) {
                    PublicKey k = e.resolvePublicKey(null, org.apache.sshd.common.config.keys.PublicKeyEntryResolver.IGNORING);
                    if (k != null) {
                        keys.add(k);
                    }
                }
            } catch (GeneralSecurityException e) {
                throw new java.io.IOException("cannot read the keys in " + file + ": " + e.getMessage(), e);
            }
        }
        return new LoginTable(audit, clock).add(login, null, keys);
    }

    public synchronized void disable(String login) {
        rows.get(login).disabled = true;
    }

    @Override
    public synchronized Verdict password(String login, String password, String from) {
        Row row = rows.get(login);
        Verdict barred = barred(login, row);
        if (barred != null) {
            failed(login, barred.refusal(), "password", from);
            return barred;
        }
        if (row.hash == null || !MessageDigest.isEqual(row.hash, hash(password, row.salt))) {
            row.failures++;
            failed(login, Logins.Refusal.WRONG, "password", from);
            if (row.failures >= LOCKOUT_AFTER) {
                row.lockedUntil = clock.instant().plus(LOCKOUT_FOR);
                row.failures = 0;
                audit.record(login, "lockout", Detail.of("minutes", LOCKOUT_FOR.toMinutes(), "from", from));
            }
            return Verdict.refused(login, Logins.Refusal.WRONG);
        }
        row.failures = 0;
        return Verdict.allowed(login);
    }

    @Override
    public synchronized Verdict key(String login, PublicKey key, String from) {
        Row row = rows.get(login);
        Verdict barred = barred(login, row);
        if (barred != null) {
            return barred;
        }
        for (PublicKey k : row.keys) {
            if (KeyUtils.compareKeys(k, key)) {
                return Verdict.allowed(login);
            }
        }
        return Verdict.refused(login, Logins.Refusal.WRONG);
    }

    /** Unknown, disabled or locked: refused whatever was offered. */
    private Verdict barred(String login, Row row) {
        if (row == null) {
            return Verdict.refused(login, Logins.Refusal.UNKNOWN);
        }
        if (row.disabled) {
            return Verdict.refused(login, Logins.Refusal.DISABLED);
        }
        if (clock.instant().isBefore(row.lockedUntil)) {
            return Verdict.refused(login, Logins.Refusal.LOCKED);
        }
        return null;
    }

    private void failed(String login, Logins.Refusal why, String method, String from) {
        audit.record(login, "login_failed", Detail.of("method", method,
                "reason", why.name().toLowerCase(java.util.Locale.ROOT), "from", from));
    }

    private static byte[] hash(String password, byte[] salt) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, 100_000, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
