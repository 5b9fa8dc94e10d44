package taizhang.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

/**
 * Makes a file or folder read-only for this process, and writable again on close. For an
 * ordinary user taking away the write bits does it; root writes whatever the bits say, so as
 * root the file is also made immutable ({@code chattr +i}), which stops root too.
 */
public final class ReadOnly implements AutoCloseable {
    private final Path path;
    private final Set<PosixFilePermission> before;
    private final boolean immutable;

    private ReadOnly(Path path, Set<PosixFilePermission> before, boolean immutable) {
        this.path = path;
        this.before = before;
        this.immutable = immutable;
    }

    public static ReadOnly make(Path path) throws IOException, InterruptedException {
        Set<PosixFilePermission> before = Files.getPosixFilePermissions(path);
        Set<PosixFilePermission> without = EnumSet.copyOf(before);
        without.removeAll(Set.of(PosixFilePermission.OWNER_WRITE, PosixFilePermission.GROUP_WRITE,
                PosixFilePermission.OTHERS_WRITE));
        Files.setPosixFilePermissions(path, without);
        if (!Files.isWritable(path)) {
            return new ReadOnly(path, before, false);
        }
        if (chattr("+i", path) != 0 || Files.isWritable(path)) {
            Files.setPosixFilePermissions(path, before);
            throw new IllegalStateException("cannot make " + path + " read-only here: running as root where"
                    + " chattr +i does not work");
        }
        return new ReadOnly(path, before, true);
    }

    private static int chattr(String flag, Path path) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("chattr", flag, path.toString()).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor();
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (immutable) {
            chattr("-i", path);
        }
        Files.setPosixFilePermissions(path, before);
    }
}
