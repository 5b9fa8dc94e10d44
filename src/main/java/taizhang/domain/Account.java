package taizhang.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Someone who works on the registers (SPEC 9): a login, a display name, a role and the areas
 * it covers; {@code osUser} is the operating-system user this account is for, if any.
 */
public record Account(String login, String name, Role role, Scope scope, String osUser, boolean disabled) {

    private static final Pattern LOGIN = Pattern.compile("[a-z0-9._-]{1,32}");

    /** The prefix of the login under which the database file's owner works without an account. */
    public static final String OWNER_PREFIX = "os:";

    public static boolean validLogin(String login) {
        return login != null && LOGIN.matcher(login).matches();
    }

    /** The login {@code init} gives the admin account of an OS user: lowercased, other characters as {@code _}. */
    public static String loginFor(String osUser) {
        String lower = osUser.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "_");
        return lower.isEmpty() ? "admin" : Text.truncate(lower, 32);
    }

    /** The owner of the database file, who counts as an admin on the command line (SPEC 9). */
    public static Account fileOwner(String osUser) {
        return new Account(OWNER_PREFIX + osUser, osUser, Role.ADMIN, Scope.EVERYTHING, osUser, false);
    }

    public boolean may(Role.Permission p) {
        return role.may(p);
    }

    /** Whether this account may see the record of this village (or this area). */
    public boolean covers(String areaCode) {
        return scope.covers(areaCode);
    }
}
