package taizhang.cli;

/** A number with its noun, singular for one: "1 error", "2 errors". */
final class Counted {
    private Counted() {
    }

    static String of(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
