package taizhang.cli;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import taizhang.domain.Role;
import taizhang.serve.AccountLogins;
import taizhang.storage.Database;
import taizhang.serve.HostKey;
import taizhang.serve.Logins;
import taizhang.serve.OfficeServer;
import taizhang.serve.ServeOptions;
import taizhang.serve.WarmUp;
import taizhang.ui.SharedHome;

@Command(name = "serve", mixinStandardHelpOptions = true)
final class ServeCommand implements Callable<Integer> {
    /** Loopback logins before the port opens, so the first clerk meets compiled code. */
    private static final int WARM_UP_LOGINS = 5;
    /** How long a stop gives the sessions to end (their screens closed). */
    private static final Duration SESSIONS_GRACE = Duration.ofSeconds(10);
    /**
     * How long a stop then waits for the sessions' closing entries while another process writes
     * for long (an import): with the sessions' grace, within systemd's 90 s before it kills.
     */
    static final Duration ENTRIES_WAIT = Duration.ofSeconds(60);

    @ParentCommand
    Main main;

    @Option(names = "--listen", paramLabel = "ADDR:PORT")
    String listen = "127.0.0.1:" + ServeOptions.DEFAULT_PORT;

    @Option(names = "--host-key", paramLabel = "FILE")
    Path hostKey;

    @Option(names = "--max-sessions", paramLabel = "N")
    int maxSessions = ServeOptions.DEFAULT_MAX_SESSIONS;

    @Option(names = "--idle-minutes", paramLabel = "M")
    int idleMinutes = (int) ServeOptions.DEFAULT_IDLE.toMinutes();

    @Override
    public Integer call() throws IOException, InterruptedException {
        Context ctx = main.context();
        if (maxSessions < 1 || idleMinutes < 1) {
            throw new Failure.InvalidInput("serve.at_least_one");
        }
        // Opening the office to the network is an admin's decision (the file's owner counts as one);
        // this also brings the schema up to date once, before any session.
        ctx.open(Role.Permission.ADMINISTER).close();
        Path keyFile = hostKey != null ? hostKey : ServeOptions.defaultHostKey(ctx.db());
        ServeOptions options = new ServeOptions(address(listen), keyFile, ctx.db(), maxSessions,
                Duration.ofMinutes(idleMinutes), main.environment(), Clock.systemDefaultZone());
        HostKey key = hostKey(keyFile);

        // SIGTERM (systemd's stop) and Ctrl-C where it was started: end the sessions, then exit 0.
        CountDownLatch stop = new CountDownLatch(1);
        for (String signal : new String[] {"TERM", "INT"}) {
            sun.misc.Signal.handle(new sun.misc.Signal(signal), s -> stop.countDown());
        }
        try (SharedHome home = new SharedHome(ctx.db());
             AccountLogins logins = new AccountLogins(ctx.db(), Clock.systemUTC(), () -> {
                 main.out().println(main.wording().get("serve.login_waits", Database.LONG_WAIT_MS / 60_000));
                 main.out().flush();
             })) {
            WarmUp.run(options, key, home, WARM_UP_LOGINS);
            logins.rehearse(key.pair().getPublic());
            if (stop.getCount() == 0) {
                return 0;   // stopped while warming up: the port was never opened
            }
            serve(options, key, logins, home, stop);
        }
        return 0;
    }

    private void serve(ServeOptions options, HostKey key, Logins logins, SharedHome home, CountDownLatch stop)
            throws IOException, InterruptedException {
        OfficeServer server;
        try {
            server = OfficeServer.start(options, key, logins, home, (entry, why) -> {
                // Said when it happens, not only when the server stops (perhaps weeks later).
                Wording w = main.wording();
                main.out().println(w.get("serve.unrecorded_now", why instanceof taizhang.domain.Refusal r
                        ? w.problem(r.problem()) : String.valueOf(why.getMessage()), entry));
                main.out().flush();
            });
        } catch (IOException e) {
            throw new Failure.InvalidInput("serve.cannot_listen", listen, String.valueOf(e.getMessage()));
        }
        Wording w = main.wording();
        main.out().println(w.get("serve.listening", shown(options.listen().getHostString(), server.port()), maxSessions,
                idleMinutes));
        main.out().println(w.get("serve.host_key", key.fingerprint(), options.hostKey()));
        main.out().flush();
        stop.await();
        int sessions = server.sessions();
        List<String> unrecorded = server.stop(SESSIONS_GRACE, ENTRIES_WAIT, waiting -> {
            main.out().println(w.count("serve.entries_wait", waiting, waiting, ENTRIES_WAIT.toSeconds()));
            main.out().flush();
        });
        main.out().println(w.count("serve.stopped", sessions, sessions));
        if (!unrecorded.isEmpty()) {
            // Not lost without a word: the log keeps what the audit trail could not.
            main.out().println(w.count("serve.unrecorded", unrecorded.size(), unrecorded.size()));
            unrecorded.forEach(e -> main.out().println("  " + e));
        }
        main.out().flush();
    }

    /** The host key read, or made when there is none; a file it cannot use is said plainly (exit 1). */
    private static HostKey hostKey(Path file) {
        try {
            return HostKey.readOrCreate(file);
        } catch (HostKey.NotAKey e) {
            throw new Failure.InvalidInput("serve.host_key_not_a_key", file);
        } catch (java.nio.file.AccessDeniedException e) {
            throw new Failure.InvalidInput("serve.host_key_denied", file);
        } catch (java.nio.file.FileSystemException e) {
            // Its message is only the path; the reason, when there is one, says what went wrong.
            throw new Failure.InvalidInput("serve.host_key_failed", file,
                    e.getReason() != null ? e.getReason() : e.getClass().getSimpleName());
        } catch (IOException e) {
            throw new Failure.InvalidInput("serve.host_key_failed", file, String.valueOf(e.getMessage()));
        }
    }

    /** Where it listens as {@code --listen} takes it: an IPv6 address in brackets ({@code [::1]:2222}). */
    static String shown(String host, int port) {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }

    /** {@code HOST:PORT} or {@code [IPv6]:PORT}. */
    static InetSocketAddress address(String text) {
        int colon = text.lastIndexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            throw new Failure.InvalidInput("serve.listen", text);
        }
        String host = text.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int port;
        try {
            port = Integer.parseInt(text.substring(colon + 1));
        } catch (NumberFormatException e) {
            port = -1;
        }
        if (port < 0 || port > 65535) {
            throw new Failure.InvalidInput("serve.port", text);
        }
        return InetSocketAddress.createUnresolved(host, port);
    }
}
