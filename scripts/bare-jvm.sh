# Sourced by the benchmarks: the baseline they measure against, a bare JVM printing one line.
# bare_jvm DIR compiles it into DIR; then `java -cp DIR Hello` prints "hello".
bare_jvm() {
    cat > "$1/Hello.java" <<'JAVA'
public class Hello {
    public static void main(String[] args) {
        System.out.println("hello");
    }
}
JAVA
    javac -d "$1" "$1/Hello.java"
}
