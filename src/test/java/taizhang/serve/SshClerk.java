package taizhang.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.session.ClientSession;

/**
 * A clerk at a real SSH client (sshd's own, in-process): logs in, gets a shell with a terminal
 * of a given size, types, and reads back what the server wrote, escape sequences left out.
 */
final class SshClerk implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(15);

    private final ClientSession session;
    private final ChannelShell shell;
    private final Transcript out = new Transcript();
    private int mark;

    private SshClerk(ClientSession session, ChannelShell shell) {
        this.session = session;
        this.shell = shell;
    }

    /** A client that trusts only the given host key. */
    static SshClient client(HostKey hostKey) {
        SshClient client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier((s, address, key) ->
                org.apache.sshd.common.config.keys.KeyUtils.compareKeys(key, hostKey.pair().getPublic()));
        client.start();
        return client;
    }

    /** Logs in (a password, or a key when {@code key} is not null) and authenticates; throws when refused. */
    static ClientSession login(SshClient client, int port, String login, String password, KeyPair key) throws IOException {
        ClientSession s = client.connect(login, "127.0.0.1", port).verify(WAIT).getSession();
        if (key != null) {
            s.addPublicKeyIdentity(key);
        } else {
            s.addPasswordIdentity(password);
        }
        try {
            s.auth().verify(WAIT);
        } catch (IOException | RuntimeException e) {
            s.close(true);
            throw e;
        }
        return s;
    }

    /** Opens the screens in a terminal of the given size; {@code lang} null: none sent. */
    static SshClerk shell(ClientSession session, int columns, int rows, String lang) throws IOException {
        ChannelShell shell = session.createShellChannel();
        shell.setPtyColumns(columns);
        shell.setPtyLines(rows);
        if (lang != null) {
            shell.setEnv("LANG", lang);
        }
        SshClerk clerk = new SshClerk(session, shell);
        shell.setOut(clerk.out);
        shell.setErr(OutputStream.nullOutputStream());
        shell.open().verify(WAIT);
        return clerk;
    }

    /** Sends bytes as the client's terminal would (keys, CR for Enter). */
    SshClerk send(String keys) throws IOException {
        shell.getInvertedIn().write(keys.getBytes(StandardCharsets.UTF_8));
        shell.getInvertedIn().flush();
        return this;
    }

    /** Waits until {@code text} appears in what was written since the last {@link #mark()}. */
    SshClerk await(String text) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!since().contains(text)) {
            if (System.nanoTime() > deadline || shell.isClosed()) {
                if (since().contains(text)) {
                    break;
                }
                throw new AssertionError("\"" + text + "\" did not appear; the screen got:\n" + since());
            }
            Thread.sleep(10);
        }
        return this;
    }

    /** From now on, {@link #await} and {@link #since} look only at what comes next. */
    SshClerk mark() {
        mark = out.size();
        return this;
    }

    /** What was written since the mark: text with escape sequences removed. */
    String since() {
        return Transcript.plain(out.textFrom(mark));
    }

    /** Everything written, escape sequences included. */
    String raw() {
        return out.textFrom(0);
    }

    void resize(int columns, int rows) throws IOException {
        shell.sendWindowChange(columns, rows);
    }

    /** Waits for the server to close the channel; its exit status (null when none came). */
    Integer closed() {
        Set<ClientChannelEvent> events = shell.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), WAIT);
        if (!events.contains(ClientChannelEvent.CLOSED)) {
            throw new AssertionError("the session did not end; the screen got:\n" + since());
        }
        return shell.getExitStatus();
    }

    boolean isOpen() {
        return !shell.isClosed();
    }

    /** Drops the connection at once, as a crashed client or a pulled cable would. */
    void kill() throws IOException {
        session.close(true);
    }

    @Override
    public void close() throws IOException {
        shell.close(true);
        session.close(true);
    }

    /** The bytes the server wrote, safe to read while they arrive. */
    private static final class Transcript extends OutputStream {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        @Override
        public synchronized void write(int b) {
            bytes.write(b);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            bytes.write(b, off, len);
        }

        synchronized int size() {
            return bytes.size();
        }

        synchronized String textFrom(int offset) {
            byte[] all = bytes.toByteArray();
            return new String(all, offset, all.length - offset, StandardCharsets.UTF_8);
        }

        /** Escape sequences (CSI, and ESC with one character) removed. */
        static String plain(String s) {
            return s.replaceAll("\u001b\\[[0-9;?]*[ -/]*[@-~]", "").replaceAll("\u001b.", "");
        }
    }
}
