package taizhang.serve;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.security.PublicKey;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.function.IntConsumer;
import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.apache.sshd.common.NamedFactory;
import org.apache.sshd.common.kex.BuiltinDHFactories;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionListener;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.server.ServerBuilder;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.auth.AsyncAuthException;
import org.apache.sshd.server.auth.keyboard.UserAuthKeyboardInteractiveFactory;
import org.apache.sshd.server.auth.password.UserAuthPasswordFactory;
import org.apache.sshd.server.auth.pubkey.UserAuthPublicKeyFactory;
import org.apache.sshd.server.forward.RejectAllForwardingFilter;
import org.apache.sshd.server.session.ServerSession;
import taizhang.domain.Account;
import taizhang.ui.SharedHome;

/**
 * {@code taizhang serve}'s SSH server (SPEC section 11): clerks log in with their account's
 * password or key and get the screens, one {@link Shell} per session; a shell is all it offers
 * (no command execution, file transfer or forwarding). At most N sessions at once, server-wide.
 */
public final class OfficeServer implements AutoCloseable {
    private static final AttributeKey<Account> ACCOUNT = new AttributeKey<>();
    private static final AttributeKey<PublicKey> KEY = new AttributeKey<>();
    private static final AttributeKey<String> KEY_REFUSED = new AttributeKey<>();
    private static final AttributeKey<Boolean> NUDGED = new AttributeKey<>();
    private static final AttributeKey<CompletableFuture<Boolean>> KEY_LOGIN = new AttributeKey<>();
    private static final AttributeKey<Boolean> SHELL = new AttributeKey<>();

    /**
     * The key exchanges offered, the client's favourite among them chosen. No sntrup761: a login
     * with it took three times as long as with curve25519 here (Bouncy Castle's code on the server,
     * the key generation on the client), while ML-KEM, the post-quantum hybrid that OpenSSH 9.9+
     * and PuTTY 0.83 prefer, costs next to nothing; older clients get curve25519, the oldest the
     * NIST curves or a fixed Diffie-Hellman group.
     */
    static final List<BuiltinDHFactories> KEY_EXCHANGES = List.of(BuiltinDHFactories.mlkem768x25519,
            BuiltinDHFactories.curve25519, BuiltinDHFactories.curve25519_libssh, BuiltinDHFactories.ecdhp256,
            BuiltinDHFactories.ecdhp384, BuiltinDHFactories.ecdhp521, BuiltinDHFactories.dhg16_512,
            BuiltinDHFactories.dhg18_512, BuiltinDHFactories.dhg14_256);

    private final ServeOptions options;
    private final Logins logins;
    private final SshServer sshd;
    private final Set<Shell> live = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService timer;
    private final SharedHome home;
    private final ReadyConnection connections;
    private final PendingEntries entries;
    /**
     * Password checks and the audit entries of key logins run here, each on a thread of its own,
     * never on the server's few network threads: a login waiting for another process's long write
     * (an import) to record itself would otherwise stop every session's keys and screens with it.
     */
    private final ExecutorService checks = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "login-checks");
        t.setDaemon(true);
        return t;
    });

    private OfficeServer(ServeOptions options, HostKey hostKey, Logins logins, SharedHome home,
                         NotRecorded notRecorded) {
        this.options = options;
        this.logins = logins;
        this.home = home;
        this.connections = new ReadyConnection(options.database());
        this.entries = new PendingEntries(logins, notRecorded);
        ScheduledThreadPoolExecutor idleChecks = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "idle-sessions");
            t.setDaemon(true);
            return t;
        });
        // A session that ended takes its pending check with it (else kept, with the session, for M minutes).
        idleChecks.setRemoveOnCancelPolicy(true);
        this.timer = idleChecks;
        this.sshd = SshServer.setUpDefaultServer();
        sshd.setHost(options.listen().getHostString());
        sshd.setPort(options.listen().getPort());
        sshd.setKeyPairProvider(KeyPairProvider.wrap(hostKey.pair()));
        sshd.setKeyExchangeFactories(NamedFactory.setUpTransformedFactories(false, KEY_EXCHANGES, ServerBuilder.DH2KEX));
        sshd.setUserAuthFactories(List.of(UserAuthPublicKeyFactory.INSTANCE, UserAuthKeyboardInteractiveFactory.INSTANCE,
                UserAuthPasswordFactory.INSTANCE));
        // Keyboard-interactive asks for the password and checks it here too: one check, one lockout.
        sshd.setPasswordAuthenticator((login, password, session) -> {
            AsyncAuthException answer = new AsyncAuthException();
            checks.execute(() -> answer.setAuthed(checked(session,
                    () -> logins.password(login, password, from(session), () -> !session.isOpen()))));
            throw answer;
        });
        sshd.setPublickeyAuthenticator((login, key, session) -> {
            Logins.Verdict v = logins.key(login, key, from(session));
            if (!v.isAllowed()) {
                session.setAttribute(KEY_REFUSED, login);
            }
            return allowed(session, v, key);
        });
        sshd.setShellFactory(channel -> {
            channel.getSession().setAttribute(SHELL, true);    // its end is the shell's to record
            return new Shell(this, channel.getSession().getAttribute(ACCOUNT), from(channel.getServerSession()),
                    channel.getSession().getAttribute(KEY_LOGIN));
        });
        sshd.setCommandFactory(null);
        sshd.setSubsystemFactories(List.of());
        sshd.setForwardingFilter(RejectAllForwardingFilter.INSTANCE);
        sshd.setAgentFactory(null);
        // Small handshake packets are not held back for an ACK; the screens' own idle clock ends
        // a session, so the library's (which any redraw would reset) only catches a silent one.
        CoreModuleProperties.TCP_NODELAY.set(sshd, true);
        sshd.setSessionFactory(new PromptAckSessions(sshd));
        CoreModuleProperties.IDLE_TIMEOUT.set(sshd, options.idle().plus(Duration.ofMinutes(1)));
        sshd.addSessionListener(new Listener());
    }

    /**
     * Starts listening; the host key is the one given, the logins and the audit trail are the
     * office's, and home's figures are shared through {@code home} (its owner closes it).
     */
    public static OfficeServer start(ServeOptions options, HostKey hostKey, Logins logins, SharedHome home)
            throws IOException {
        return start(options, hostKey, logins, home, (entry, why) -> { });
    }

    /**
     * As {@link #start(ServeOptions, HostKey, Logins, SharedHome)}; {@code notRecorded} is told at
     * once, with why, of every session's audit entry that could not be written (the server's log).
     */
    public static OfficeServer start(ServeOptions options, HostKey hostKey, Logins logins, SharedHome home,
                                     NotRecorded notRecorded) throws IOException {
        OfficeServer server = new OfficeServer(options, hostKey, logins, home, notRecorded);
        server.sshd.start();
        return server;
    }

    /** What a server's owner is told of an audit entry that could not be written: the entry, and why. */
    @FunctionalInterface
    public interface NotRecorded {
        void told(String entry, RuntimeException why);
    }

    /**
     * A password check as it came out, false when it could not be made (the client went away while
     * it waited, the database failed): the client is refused, and may try again.
     */
    private static boolean checked(ServerSession session, java.util.function.Supplier<Logins.Verdict> check) {
        try {
            return allowed(session, check.get(), null);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Notes the account (and the key it came by, if it did) of an accepted login for its session. */
    private static boolean allowed(ServerSession session, Logins.Verdict v, PublicKey key) {
        if (v.isAllowed()) {
            session.setAttribute(ACCOUNT, v.account());
            if (key != null) {
                session.setAttribute(KEY, key);
            } else {
                session.removeAttribute(KEY);
            }
        }
        return v.isAllowed();
    }

    private static String from(Session session) {
        SocketAddress a = session.getRemoteAddress();
        return a instanceof InetSocketAddress i ? i.getAddress().getHostAddress() + ":" + i.getPort() : String.valueOf(a);
    }

    /** The port it listens on (the one chosen by the system when 0 was asked). */
    public int port() {
        return ((InetSocketAddress) sshd.getBoundAddresses().iterator().next()).getPort();
    }

    ServeOptions options() {
        return options;
    }

    Logins logins() {
        return logins;
    }

    SharedHome home() {
        return home;
    }

    /** Where a session's closing entries go, to be written once the database lets them. */
    PendingEntries entries() {
        return entries;
    }

    ScheduledExecutorService timer() {
        return timer;
    }

    /** A database connection of a session's own, most often opened before the login. */
    taizhang.storage.Database connection() {
        return connections.take();
    }

    /** Lets a session in when there is room (false: the server is full). */
    synchronized boolean admit(Shell shell) {
        if (live.size() >= options.maxSessions()) {
            return false;
        }
        live.add(shell);
        return true;
    }

    void leave(Shell shell) {
        live.remove(shell);
    }

    /** How many sessions are on the screens now. */
    public int sessions() {
        return live.size();
    }

    /**
     * Stops: every session is told and ends (its screens closed, its database connection with
     * them), waiting at most {@code grace} for them, then the server closes; then the sessions'
     * closing entries are written, waiting at most {@code entriesWait} for another process's
     * write (an import) to let them, {@code waiting} told how many wait when they are not written
     * within a second. Returns the entries not recorded, in words (empty: all recorded).
     */
    public List<String> stop(Duration grace, Duration entriesWait, IntConsumer waiting) throws IOException {
        List<Shell> ending = List.copyOf(live);
        ending.forEach(s -> s.end("stopping"));
        long deadline = System.nanoTime() + grace.toNanos();
        for (Shell s : ending) {
            long left = deadline - System.nanoTime();
            if (left > 0) {
                try {
                    s.worker().join(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        sshd.stop(false);
        timer.shutdownNow();
        checks.shutdown();
        connections.close();
        return entries.finish(entriesWait, waiting);
    }

    @Override
    public void close() throws IOException {
        stop(Duration.ofSeconds(5), Duration.ofSeconds(5), n -> { });
    }

    /**
     * A login that never opened the screens (it asked only for a command, file transfer or a
     * forwarding, all refused): its end is recorded too, so that no login stays open in the audit
     * trail; after a key login's own entry, when there is one.
     */
    private void endWithoutScreens(Session session, Account account) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("reason", "no shell");
        detail.put("from", from(session));
        CompletableFuture<Boolean> keyLogin = session.getAttribute(KEY_LOGIN);
        if (keyLogin == null) {
            entries.add(account, "session.end", detail);
        } else {
            keyLogin.thenAccept(written -> {
                if (written) {
                    entries.add(account, "session.end", detail);
                }
            });
        }
    }

    /** Writes key logins and refused keys to the audit trail, and speeds the handshake up. */
    private final class Listener implements SessionListener {
        @Override
        public void sessionEvent(Session session, Event event) {
            if (event == Event.KeyEstablished && session.getAttribute(NUDGED) == null) {
                // The client's next small packets would otherwise wait for a delayed ACK (40 ms).
                session.setAttribute(NUDGED, true);
                try {
                    session.sendIgnoreMessage();
                } catch (IOException ignored) {
                    // Only a nudge: the login goes on without it.
                }
            } else if (event == Event.Authenticated && session.getAttribute(KEY) != null) {
                // A password login is audited by its check; a key's once the client has signed with
                // it, beside the session's opening (its shell waits for it before the first frame).
                Account account = session.getAttribute(ACCOUNT);
                PublicKey key = session.getAttribute(KEY);
                String from = from(session);
                CompletableFuture<Boolean> written = CompletableFuture.supplyAsync(
                        () -> logins.keyUsed(account.login(), key, from, () -> !session.isOpen()), checks)
                        .exceptionally(e -> false);
                session.setAttribute(KEY_LOGIN, written);
                written.thenAccept(ok -> {
                    if (!ok) {
                        session.close(true);
                    }
                });
            }
        }

        @Override
        public void sessionClosed(Session session) {
            Account account = session.getAttribute(ACCOUNT);
            if (session.isAuthenticated() && account != null && session.getAttribute(SHELL) == null) {
                endWithoutScreens(session, account);
            }
            String refused = session.getAttribute(KEY_REFUSED);
            if (!session.isAuthenticated() && refused != null) {
                String from = from(session);
                try {
                    checks.execute(() -> logins.keysRefused(refused, from));
                } catch (java.util.concurrent.RejectedExecutionException stopped) {
                    logins.keysRefused(refused, from);   // the server stops: written before it closes
                }
            }
        }
    }
}
