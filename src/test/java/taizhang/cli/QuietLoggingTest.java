package taizhang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class QuietLoggingTest {

    /**
     * The provider Main names must be on the class path, and taking it must go unsaid: SLF4J
     * would otherwise print on standard error, over the clerk's screens, at the first database open.
     */
    @Test
    void loggingIsQuietFromItsFirstUseInAFreshProcess() throws Exception {
        Main.quietLogging();
        Class<?> provider = Class.forName(System.getProperty("slf4j.provider"));
        assertTrue(org.slf4j.spi.SLF4JServiceProvider.class.isAssignableFrom(provider), provider.getName());

        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                Probe.class.getName()).redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor());
        assertEquals("org.slf4j.helpers.NOPLogger\n", said, "the no-op logger, and not a word more");
    }

    /** A fresh process: logging set up as Main sets it up, then a first logger asked for, as Jdbi does. */
    public static final class Probe {
        public static void main(String[] args) {
            Main.quietLogging();
            System.out.println(org.slf4j.LoggerFactory.getLogger(Probe.class).getClass().getName());
        }
    }
}
