package taizhang.serve;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * How {@code taizhang serve} runs: where it listens, its host key, the database every session
 * opens, how many sessions at once, after how long idle a session ends, and the environment
 * and clock that give each session its "today" (TAIZHANG_TODAY, else the date on the clock).
 */
public record ServeOptions(InetSocketAddress listen, Path hostKey, Path database, int maxSessions, Duration idle,
                           Map<String, String> environment, Clock clock) {
    public static final int DEFAULT_PORT = 2222;
    public static final int DEFAULT_MAX_SESSIONS = 20;
    public static final Duration DEFAULT_IDLE = Duration.ofMinutes(15);
    public static final String HOST_KEY_FILE = "taizhang-host-key";

    /** The host key's default place: beside the database. */
    public static Path defaultHostKey(Path database) {
        Path dir = database.toAbsolutePath().getParent();
        return dir.resolve(HOST_KEY_FILE);
    }
}
