package taizhang.io;

import taizhang.domain.Problem;

/**
 * A problem found in a file: the line it is on (0 when it is about the whole file) and the
 * column as the file's header names it (null when it is about the whole row or file).
 */
public record LineProblem(int line, String column, Problem problem) {

    public static LineProblem ofFile(Problem problem) {
        return new LineProblem(0, null, problem);
    }
}
