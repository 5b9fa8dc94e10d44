package taizhang.domain;

/**
 * A command or an operation that cannot go on, with the problem that stops it: the face that
 * catches it puts the problem into words. Its own message (for a log or a stack trace) is the
 * code and arguments, never a sentence for the clerk.
 */
public class Refusal extends RuntimeException {
    private final transient Problem problem;

    public Refusal(Problem problem) {
        this(problem, null);
    }

    public Refusal(Problem problem, Throwable cause) {
        super(problem.code() + " " + problem.args(), cause);
        this.problem = problem;
    }

    public Refusal(Problem.Code code, Object... args) {
        this(Problem.of(code, args));
    }

    public Problem problem() {
        return problem;
    }
}
