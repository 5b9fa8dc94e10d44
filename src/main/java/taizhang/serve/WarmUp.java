package taizhang.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.time.Duration;
import java.util.EnumSet;
import java.security.PublicKey;
import java.util.Map;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.KeyUtils;
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
    private static final int PAGES = 20;

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
            SshClient client = SshClient.setUpDefaultClient();
            client.setServerKeyVerifier((session, address, offered) -> KeyUtils.compareKeys(offered, hostKey.pair().getPublic()));
            client.start();
            try {
                for (int i = 0; i < logins; i++) {
                    loginAndQuit(client, server.port(), key);
                }
            } finally {
                client.stop();
            }
        }
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
                FirstBytes out = new FirstBytes();
                shell.setOut(out);
                shell.setErr(OutputStream.nullOutputStream());
                shell.open().verify(WAIT);
                out.await(WAIT);
                // The persons register, paged through, then quit (q works on a table too): what clerks do most.
                shell.getInvertedIn().write(("1" + "\u001b[6~".repeat(PAGES) + "\u001b[Bq")
                        .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                shell.getInvertedIn().flush();
                shell.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), WAIT);
            }
        }
    }

    /** Output that notes when the first frame has begun to arrive. */
    private static final class FirstBytes extends OutputStream {
        private boolean seen;

        @Override
        public synchronized void write(int b) {
            seen = true;
            notifyAll();
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            seen |= len > 0;
            notifyAll();
        }

        synchronized void await(Duration most) {
            long deadline = System.nanoTime() + most.toNanos();
            try {
                while (!seen && System.nanoTime() < deadline) {
                    wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
