package taizhang.cli;

/** Opens the screens (the ui package), creating the demo database first when there is none. */
final class Screens {
    private Screens() {
    }

    static int open(Context ctx) {
        throw new Failure.InvalidInput("the screens are being written");
    }
}
