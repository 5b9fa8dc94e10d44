package taizhang.domain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;

/**
 * One OpenSSH public key line ({@code ssh-ed25519 AAAA… comment}), as a clerk's
 * {@code id_ed25519.pub} holds it, with its fingerprint as OpenSSH prints it ({@code SHA256:…}).
 */
public record PublicKeyLine(String type, byte[] blob, String comment) {

    private static final Set<String> TYPES = Set.of("ssh-ed25519", "ssh-rsa", "ecdsa-sha2-nistp256",
            "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp521");

    /** Thrown with the problem to show the admin, in their language. */
    public static final class Invalid extends IllegalArgumentException {
        private final Problem problem;

        Invalid(Problem.Code code, Object... args) {
            super(code.name());
            this.problem = Problem.of(code, args);
        }

        public Problem problem() {
            return problem;
        }
    }

    public static PublicKeyLine parse(String line) {
        String[] parts = line.strip().split("\\s+", 3);
        if (parts.length < 2 || !TYPES.contains(parts[0])) {
            throw new Invalid(Problem.Code.BAD_KEY);
        }
        byte[] blob;
        try {
            blob = Base64.getDecoder().decode(parts[1]);
        } catch (IllegalArgumentException e) {
            throw new Invalid(Problem.Code.BAD_KEY_BASE64);
        }
        if (!isOfType(blob, parts[0])) {
            throw new Invalid(Problem.Code.BAD_KEY_DATA, parts[0]);
        }
        return new PublicKeyLine(parts[0], blob, parts.length > 2 ? parts[2] : "");
    }

    /**
     * Whether the key blob begins with {@code type} as an SSH string (a 4-byte length, then the
     * bytes) and holds key data after it.
     */
    private static boolean isOfType(byte[] blob, String type) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        return blob.length > 4 + name.length && ByteBuffer.wrap(blob).getInt() == name.length
                && Arrays.equals(blob, 4, 4 + name.length, name, 0, name.length);
    }

    /** {@code SHA256:} and the unpadded base64 of the blob's SHA-256, as {@code ssh-keygen -l} prints it. */
    public String fingerprint() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(blob);
            return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** The line as stored: type, base64, comment. */
    public String line() {
        String base = type + " " + Base64.getEncoder().encodeToString(blob);
        return comment.isEmpty() ? base : base + " " + comment;
    }
}
