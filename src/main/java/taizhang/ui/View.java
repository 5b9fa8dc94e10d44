package taizhang.ui;

import java.util.List;
import taizhang.domain.Role;

/** One screen (or a prompt over one): its commands, how it answers a key, how it draws. */
interface View {

    /** The title in the top line. */
    String title();

    /** The commands that work here, most important first (the legend's order). */
    List<Command> commands();

    /**
     * The permission a command needs on this screen, or null when anyone may give it. The legend,
     * the help and the dispatch leave out what the signed-in account may not do (SPEC 9).
     */
    default Role.Permission needs(Command c) {
        return switch (c) {
            case ADD, VOID, SAVE -> Role.Permission.WRITE;
            case RESTORE -> Role.Permission.RESTORE;
            case EXPORT -> Role.Permission.EXPORT;
            // Reconciling reads personal data from outside into the office, as an import does (README).
            case RECONCILE -> Role.Permission.IMPORT;
            default -> null;
        };
    }

    /** Whether plain characters are text being typed rather than commands. */
    default boolean typing() {
        return false;
    }

    /** Whether this view draws over the one beneath it (a prompt on the status line). */
    default boolean overlay() {
        return false;
    }

    /** Whether leaving would drop changes the clerk has not saved. */
    default boolean unsaved() {
        return false;
    }

    /** A command of {@link #commands()} was given. */
    void command(Command c, App app);

    /** The same, for views that need the key itself (which digit chose a register). */
    default void command(Command c, Input in, App app) {
        command(c, app);
    }

    /** A character was typed while {@link #typing()}; also arrow and editing keys. */
    default void key(Input in, App app) {
    }

    /** Draws the rows between the title line and the status line. */
    void draw(Canvas canvas, App app);

    /** The terminal changed size: fetch or drop rows to fill it. */
    default void resized(Canvas canvas, App app) {
    }

    /**
     * Records changed since this view read them, while it was beneath another (a form saved, a
     * record voided) or by another clerk or session (SPEC 10): read its figures or rows again
     * from its own parameters, keeping the cursor and anything half-typed.
     */
    default void refresh(App app) {
    }
}
