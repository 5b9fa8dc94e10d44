package taizhang.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QuietLoggingTest {

    /**
     * The provider Main names must be on the class path: SLF4J would otherwise print its warning
     * on standard error, over the clerk's screens, at the first database open.
     */
    @Test
    void theNamedLoggingProviderIsThereAndIsOne() throws Exception {
        Main.quietLogging();
        Class<?> provider = Class.forName(System.getProperty("slf4j.provider"));
        assertTrue(org.slf4j.spi.SLF4JServiceProvider.class.isAssignableFrom(provider), provider.getName());
    }
}
