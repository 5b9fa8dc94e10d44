package taizhang.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The SHA-256 of a file, as the audit trail names what was read (lowercase hex, as sha256sum prints it). */
public final class FileDigest {
    private FileDigest() {
    }

    /** The same, worked out on a thread of its own (a daemon: it never keeps the program alive). */
    public static java.util.concurrent.CompletableFuture<String> sha256Beside(Path file) {
        java.util.concurrent.CompletableFuture<String> out = new java.util.concurrent.CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                out.complete(sha256(file));
            } catch (IOException | RuntimeException e) {
                out.completeExceptionally(e);
            }
        }, "sha256");
        t.setDaemon(true);
        t.start();
        return out;
    }

    public static String sha256(Path file) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                sha.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
