package taizhang.ui;

/**
 * A terminal that can tell it has gone (its window closed, its connection dropped) without a
 * hang-up signal: screens started by {@code su -c} or {@code setsid} have no controlling terminal
 * for the system to signal, and would otherwise run on, unseen, for ever.
 */
public interface HangUp {
    boolean hungUp();
}
