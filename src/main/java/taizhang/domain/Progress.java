package taizhang.domain;

/**
 * How far a long piece of work has got, told to whoever shows it (the command line's progress
 * line). {@code total} is 0 when it is not known. Called often: an implementation keeps it cheap.
 */
@FunctionalInterface
public interface Progress {
    Progress NONE = (done, total) -> {
    };

    void at(long done, long total);
}
