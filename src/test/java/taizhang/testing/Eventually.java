package taizhang.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waits for something to become so, looking every few milliseconds until a deadline: never a
 * fixed sleep that guesses how long it takes (too short on a busy 2-core CI machine, wasted on a
 * fast one). The deadline is generous because it is only reached when the test fails.
 */
public final class Eventually {
    private Eventually() {
    }

    /** How long a test waits for what should happen at once, on a machine busy with other work. */
    public static final Duration WAIT = Duration.ofSeconds(30);

    /** Returns as soon as {@code condition} holds; fails naming {@code what} when it has not within {@link #WAIT}. */
    public static void holds(String what, BooleanSupplier condition) {
        holds(what, WAIT, condition);
    }

    /** As {@link #holds(String, BooleanSupplier)} with a deadline of its own. */
    public static void holds(String what, Duration atMost, BooleanSupplier condition) {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not so after " + atMost + ": " + what);
            }
            Clerks.pause();
        }
    }
}
