package taizhang.cli;

/**
 * The operating-system user this process runs as, from the process's uid (not from {@code $USER},
 * which anyone can set): the key to the account a clerk works as (SPEC 9).
 */
final class OsUser {
    private OsUser() {
    }

    static String current() {
        try {
            return new com.sun.security.auth.module.UnixSystem().getUsername();
        } catch (LinkageError | RuntimeException e) {
            // Not a Unix system, or a runtime without jdk.security.auth: the JVM's own idea of it.
            return System.getProperty("user.name", "");
        }
    }
}
