package taizhang.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.util.Iterator;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.digest.BuiltinDigests;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.common.util.io.resource.PathResource;
import org.apache.sshd.common.util.security.SecurityUtils;

/**
 * The server's ed25519 host key: read from its file, or made once when there is none (OpenSSH's
 * own file format, readable by its owner only). It never changes afterwards, so a client that
 * has seen its fingerprint once can tell the office PC from an impostor.
 */
public record HostKey(KeyPair pair) {

    public static HostKey readOrCreate(Path file) throws IOException {
        if (!Files.exists(file)) {
            create(file);
        }
        try (InputStream in = Files.newInputStream(file)) {
            Iterable<KeyPair> pairs = SecurityUtils.loadKeyPairIdentities(null, new PathResource(file), in, null);
            Iterator<KeyPair> it = pairs == null ? null : pairs.iterator();
            if (it == null || !it.hasNext()) {
                throw new NotAKey(file, null);
            }
            return new HostKey(it.next());
        } catch (GeneralSecurityException e) {
            throw new NotAKey(file, e);
        }
    }

    /** The file is there but holds no private key the server can use (a public key, some other file). */
    public static final class NotAKey extends IOException {
        NotAKey(Path file, Exception cause) {
            super("no private key in " + file, cause);
        }
    }

    /**
     * Writes a new key beside the file and moves it into place, so that an interrupted start
     * never leaves half a key; mode 600 from the start (never readable by others, even briefly).
     */
    private static void create(Path file) throws IOException {
        KeyPair pair;
        try {
            pair = KeyUtils.generateKeyPair(KeyPairProvider.SSH_ED25519, 256);
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot make an ed25519 host key: " + e.getMessage(), e);
        }
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path part = dir.resolve(file.getFileName() + ".part");
        Files.deleteIfExists(part);
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(part, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(part);
        }
        try (OutputStream out = Files.newOutputStream(part)) {
            OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(pair, "taizhang host key", null, out);
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot write the host key: " + e.getMessage(), e);
        }
        try {
            Files.move(part, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            Files.deleteIfExists(part); // another start made one meanwhile: that one stands
        }
    }

    /** The fingerprint as OpenSSH prints it: {@code SHA256:} and the unpadded base64 of the digest. */
    public String fingerprint() {
        return KeyUtils.getFingerPrint(BuiltinDigests.sha256, pair.getPublic());
    }
}
