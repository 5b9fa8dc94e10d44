package taizhang.domain;

public enum Sex {
    M, F;

    public static Sex fromDigit(char digit) {
        return (digit - '0') % 2 == 1 ? M : F;
    }
}
