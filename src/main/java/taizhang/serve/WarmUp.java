package taizhang.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.time.Duration;
import java.util.EnumSet;
import java.security.PublicKey;
import java.util.List;
import java.util.Map;
import java.nio.charset.StandardCharsets;
import org.apache.sshd.client.ClientBuilder;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.NamedFactory;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.kex.BuiltinDHFactories;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import taizhang.domain.Account;
import taizhang.domain.Role;
import taizhang.domain.Scope;
import taizhang.ui.SharedHome;

/**
 * Before the port opens, a few logins over loopback to a server of its own (same host key,
 * same database, a one-off key that only it knows): each draws home, pages through the persons
 * register and quits. The JIT then
 * has the handshake, the ciphers and the first frame compiled, so the first clerk of the day
 * does not wait for it, and home's figures are read (and shared) before anyone asks. Nothing of
 * it goes to the audit trail.
 */
public final class WarmUp {
    private static final String LOGIN = "warm-up";
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final int PAGES = 100;

    private WarmUp() {
    }

    public static void run(ServeOptions options, HostKey hostKey, SharedHome home, int logins) throws IOException {
        KeyPair key;
        try {
            key = KeyUtils.generateKeyPair(KeyPairProvider.SSH_ED25519, 256);
        } catch (GeneralSecurityException e) {
            throw new IOException(e);
        }
        ServeOptions loopback = new ServeOptions(new InetSocketAddress("127.0.0.1", 0), options.hostKey(),
                options.database(), 1, options.idle(), options.environment(), options.clock());
        try (OfficeServer server = OfficeServer.start(loopback, hostKey, new OnlyThisKey(key.getPublic()), home)) {
            // Every other login by the key exchange of clients before OpenSSH 9.9 and PuTTY 0.83
            // (curve25519; the others' choice, ML-KEM, is this library's first choice too).
            SshClient latest = client(hostKey, OfficeServer.KEY_EXCHANGES);
            SshClient older = client(hostKey, List.of(BuiltinDHFactories.curve25519));
            try {
                for (int i = 0; i < logins; i++) {
                    loginAndQuit(i % 2 == 0 ? latest : older, server.port(), key);
                }
            } finally {
                latest.stop();
                older.stop();
            }
        }
    }

    private static SshClient client(HostKey hostKey, List<BuiltinDHFactories> keyExchanges) {
        SshClient client = SshClient.setUpDefaultClient();
        client.setKeyExchangeFactories(NamedFactory.setUpTransformedFactories(false, keyExchanges, ClientBuilder.DH2KEX));
        client.setServerKeyVerifier((session, address, offered) -> KeyUtils.compareKeys(offered, hostKey.pair().getPublic()));
        client.start();
        return client;
    }

    /**
     * The warm-up's one login: its one-off key, an account that may read everything (as the
     * file's owner may) and writes nothing, and nothing of it in the audit trail.
     */
    private record OnlyThisKey(PublicKey key) implements Logins {
        private static final Account READER = new Account(LOGIN, LOGIN, Role.VIEWER, Scope.EVERYTHING, null, false);

        @Override
        public Verdict password(String login, String password, String from) {
            return Verdict.refused(Refusal.WRONG);
        }

        @Override
        public Verdict key(String login, PublicKey offered, String from) {
            return KeyUtils.compareKeys(key, offered) ? Verdict.allowed(READER) : Verdict.refused(Refusal.WRONG);
        }

        @Override
        public boolean keyUsed(String login, PublicKey offered, String from) {
            return true;
        }

        @Override
        public void keysRefused(String login, String from) {
        }

        @Override
        public void record(Account account, String action, Map<String, Object> detail) {
        }
    }

    private static void loginAndQuit(SshClient client, int port, KeyPair key) throws IOException {
        try (ClientSession session = client.connect(LOGIN, "127.0.0.1", port).verify(WAIT).getSession()) {
            session.addPublicKeyIdentity(key);
            session.auth().verify(WAIT);
            try (ChannelShell shell = session.createShellChannel()) {
                shell.setPtyColumns(80);
                shell.setPtyLines(24);
                Frames out = new Frames();
                shell.setOut(out);
                shell.setErr(OutputStream.nullOutputStream());
                shell.open().verify(WAIT);
                out.await(1, WAIT);
                // The persons register paged through one key and one frame at a time, as a clerk
                // does (keys sent all at once would be drawn once), then quit (q works on a table too).
                press(shell, out, "1");
                for (int i = 0; i < PAGES; i++) {
                    press(shell, out, "\u001b[6~");
                }
                shell.getInvertedIn().write("q".getBytes(StandardCharsets.US_ASCII));
                shell.getInvertedIn().flush();
                shell.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), WAIT);
            }
        }
    }

    private static void press(ChannelShell shell, Frames out, String key) throws IOException {
        int seen = out.frames();
        shell.getInvertedIn().write(key.getBytes(StandardCharsets.US_ASCII));
        shell.getInvertedIn().flush();
        out.await(seen + 1, WAIT);
    }

    /** Output that counts the frames drawn: Lanterna ends each by showing or hiding the cursor. */
    private static final class Frames extends OutputStream {
        private static final byte[] END = "\u001b[?25".getBytes(StandardCharsets.US_ASCII);
        private int frames;
        private int matched;

        @Override
        public synchronized void write(int b) {
            matched = b == END[matched] ? matched + 1 : b == END[0] ? 1 : 0;
            if (matched == END.length) {
                frames++;
                matched = 0;
                notifyAll();
            }
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            for (int i = off; i < off + len; i++) {
                write(b[i]);
            }
        }

        synchronized int frames() {
            return frames;
        }

        synchronized void await(int n, Duration most) {
            long deadline = System.nanoTime() + most.toNanos();
            try {
                while (frames < n && System.nanoTime() < deadline) {
                    wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
