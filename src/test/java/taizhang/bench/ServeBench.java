package taizhang.bench;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.FilePasswordProvider;
import org.apache.sshd.common.util.io.resource.PathResource;
import org.apache.sshd.common.util.security.SecurityUtils;

/**
 * Benchmark (run by scripts/bench-serve.sh, not by mvn test): N clerks at once on a running
 * {@code taizhang serve}, each paging the persons register; the time from a key sent to the end
 * of the redraw it caused (the frame's last sequence: the cursor shown or hidden), at the client.
 * Usage: ServeBench PORT LOGIN KEYFILE SESSIONS KEYS PAUSE_MS MODE  (MODE: page | idle SECONDS)
 */
public final class ServeBench {
    /** Lanterna ends every refresh by showing or hiding the cursor, once. */
    private static final byte[] FRAME_END = "\u001b[?25".getBytes(StandardCharsets.US_ASCII);
    private static final Duration WAIT = Duration.ofSeconds(180);

    /** What one clerk's terminal received, watched for the end of a frame. */
    static final class Screen extends OutputStream {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private int frames;

        @Override
        public synchronized void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            bytes.write(b, off, len);
            byte[] all = bytes.toByteArray();
            int n = 0;
            for (int i = 0; i + FRAME_END.length <= all.length; i++) {
                if (java.util.Arrays.equals(all, i, i + FRAME_END.length, FRAME_END, 0, FRAME_END.length)
                        && i + FRAME_END.length < all.length) {
                    n++;
                }
            }
            bytes.reset();
            int keep = Math.min(all.length, FRAME_END.length);
            bytes.write(all, all.length - keep, keep);
            frames += n;
            notifyAll();
        }

        synchronized int frames() {
            return frames;
        }

        synchronized void awaitFrames(int n) throws InterruptedException {
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (frames < n) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("no redraw within " + WAIT);
                }
                wait(100);
            }
        }
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        String login = args[1];
        KeyPair key = readKey(Path.of(args[2]));
        int sessions = Integer.parseInt(args[3]);
        int keys = Integer.parseInt(args[4]);
        long pauseMs = Long.parseLong(args[5]);
        String mode = args[6];

        SshClient client = SshClient.setUpDefaultClient();
        client.start();
        List<ClientSession> open = new ArrayList<>();
        List<ChannelShell> shells = new ArrayList<>();
        List<Screen> screens = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            ClientSession s = client.connect(login, "127.0.0.1", port).verify(WAIT).getSession();
            s.addPublicKeyIdentity(key);
            s.auth().verify(WAIT);
            ChannelShell shell = s.createShellChannel();
            shell.setPtyColumns(80);
            shell.setPtyLines(24);
            Screen screen = new Screen();
            shell.setOut(screen);
            shell.setErr(OutputStream.nullOutputStream());
            shell.open().verify(WAIT);
            screen.awaitFrames(1);
            open.add(s);
            shells.add(shell);
            screens.add(screen);
        }
        for (Screen screen : screens) {
            screen.awaitFrames(2);   // home's tally figures, counted beside the screens, are drawn
        }
        if (mode.equals("idle")) {
            System.out.println("sessions open: " + sessions);
            System.out.flush();
            Thread.sleep(Long.parseLong(args[7]) * 1000);
        } else {
            page(shells, screens, keys, pauseMs);
        }
        for (ClientSession s : open) {
            s.close(true);
        }
        client.stop();
    }

    /** Every session opens persons, then pages down {@code keys} times, all at once; latencies printed. */
    private static void page(List<ChannelShell> shells, List<Screen> screens, int keys, long pauseMs) throws Exception {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch done = new CountDownLatch(shells.size());
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < shells.size(); i++) {
            ChannelShell shell = shells.get(i);
            Screen screen = screens.get(i);
            Thread t = new Thread(() -> {
                try {
                    OutputStream in = shell.getInvertedIn();
                    int seen = screen.frames();
                    send(in, "1");                                  // the persons register
                    screen.awaitFrames(seen + 1);
                    Thread.sleep(300);                              // its first page and counts settle
                    for (int k = 0; k < keys; k++) {
                        seen = screen.frames();
                        long t0 = System.nanoTime();
                        send(in, "\u001b[6~");                      // PgDn
                        screen.awaitFrames(seen + 1);
                        latencies.add(System.nanoTime() - t0);
                        Thread.sleep(pauseMs);
                    }
                } catch (Throwable e) {
                    failures.add(e);
                } finally {
                    done.countDown();
                }
            });
            t.start();
        }
        done.await();
        if (!failures.isEmpty()) {
            throw new IllegalStateException(failures.size() + " sessions failed", failures.get(0));
        }
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "key strokes: %d (%d sessions x %d PgDn, %d ms apart)%n", sorted.size(),
                shells.size(), keys, pauseMs);
        System.out.printf(Locale.ROOT, "key to redraw over SSH: median %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                ms(sorted, 0.50), ms(sorted, 0.90), ms(sorted, 0.99), sorted.get(sorted.size() - 1) / 1e6);
        System.out.printf(Locale.ROOT, "p99 %.1f ms against the goal of 30 ms: ratio %.2f%n", ms(sorted, 0.99),
                ms(sorted, 0.99) / 30.0);
    }

    private static double ms(List<Long> sorted, double q) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1)) / 1e6;
    }

    private static void send(OutputStream in, String keys) throws java.io.IOException {
        in.write(keys.getBytes(StandardCharsets.UTF_8));
        in.flush();
    }

    private static KeyPair readKey(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return SecurityUtils.loadKeyPairIdentities(null, new PathResource(file), in, FilePasswordProvider.EMPTY)
                    .iterator().next();
        }
    }
}
