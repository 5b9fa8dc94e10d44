package taizhang.serve;

import java.io.IOException;
import java.util.Map;
import jdk.net.ExtendedSocketOptions;
import org.apache.sshd.common.io.IoSession;
import org.apache.sshd.common.io.nio2.Nio2Session;
import org.apache.sshd.common.kex.KexProposalOption;
import org.apache.sshd.server.ServerFactoryManager;
import org.apache.sshd.server.session.ServerSessionImpl;
import org.apache.sshd.server.session.SessionFactory;

/**
 * Sessions that acknowledge the client's key exchange offer at once. Both sides send their
 * offer (KEXINIT) without waiting for the other's; the server's goes first, so the client's
 * arrives when the server has nothing to send, and Linux holds the acknowledgement back for up
 * to 40 ms (delayed ACK). OpenSSH's client meanwhile has its next small packet ready and Nagle's
 * rule keeps it until that acknowledgement comes: most logins waited 40 ms there (seen with
 * tcpdump on loopback). Asking the kernel for a quick ACK right after our offer ends the wait;
 * the protocol is unchanged.
 */
final class PromptAckSessions extends SessionFactory {
    PromptAckSessions(ServerFactoryManager server) {
        super(server);
    }

    @Override
    protected ServerSessionImpl doCreateSession(IoSession io) throws Exception {
        return new ServerSessionImpl(getServer(), io) {
            @Override
            protected byte[] sendKexInit(Map<KexProposalOption, String> proposal) throws Exception {
                byte[] sent = super.sendKexInit(proposal);
                ackPromptly(io);
                return sent;
            }
        };
    }

    /** Leaves the kernel's delayed-ACK mode for the next data received (Linux; elsewhere nothing). */
    static boolean ackPromptly(IoSession io) {
        if (io instanceof Nio2Session n && n.getSocket().supportedOptions().contains(ExtendedSocketOptions.TCP_QUICKACK)) {
            try {
                n.getSocket().setOption(ExtendedSocketOptions.TCP_QUICKACK, true);
                return true;
            } catch (IOException e) {
                // The connection is already gone: nothing to speed up.
            }
        }
        return false;
    }
}
