package dev.aitest.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small Maven projects the benchmark builds, written from templates. */
final class Projects {

    private Projects() {
    }

    private static String pom(String artifactId, String plugins) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>dev.aitest.bench</groupId>
                  <artifactId>%s</artifactId>
                  <version>1</version>
                  <properties>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                    <maven.compiler.release>17</maven.compiler.release>
                  </properties>
                  <dependencies>
                    <dependency>
                      <groupId>org.junit.jupiter</groupId>
                      <artifactId>junit-jupiter</artifactId>
                      <version>5.14.1</version>
                      <scope>test</scope>
                    </dependency>
                  </dependencies>
                  <build>
                    <plugins>
                      <plugin>
                        <groupId>org.apache.maven.plugins</groupId>
                        <artifactId>maven-compiler-plugin</artifactId>
                        <version>3.13.0</version>
                      </plugin>
                      <plugin>
                        <groupId>org.apache.maven.plugins</groupId>
                        <artifactId>maven-resources-plugin</artifactId>
                        <version>3.3.1</version>
                      </plugin>
                %s
                    </plugins>
                  </build>
                </project>
                """.formatted(artifactId, plugins);
    }

    private static String aitest(String version) {
        return """
                      <plugin>
                        <groupId>org.apache.maven.plugins</groupId>
                        <artifactId>maven-surefire-plugin</artifactId>
                        <version>3.5.4</version>
                      </plugin>
                      <plugin>
                        <groupId>dev.aitest</groupId>
                        <artifactId>aitest-maven-plugin</artifactId>
                        <version>%s</version>
                        <extensions>true</extensions>
                        <executions>
                          <execution>
                            <goals>
                              <goal>test</goal>
                            </goals>
                          </execution>
                        </executions>
                      </plugin>
                """.formatted(version);
    }

    /** The same tests run by Surefire five times in one Maven process: default-test and four more executions. */
    private static String fiveSurefireRuns() {
        StringBuilder executions = new StringBuilder();
        for (int i = 2; i <= 5; i++) {
            executions.append("""
                          <execution>
                            <id>run-%d</id>
                            <goals>
                              <goal>test</goal>
                            </goals>
                            <configuration>
                              <reportsDirectory>${project.build.directory}/run-%d</reportsDirectory>
                            </configuration>
                          </execution>
                    """.formatted(i, i));
        }
        return """
                      <plugin>
                        <groupId>org.apache.maven.plugins</groupId>
                        <artifactId>maven-surefire-plugin</artifactId>
                        <version>3.5.4</version>
                        <executions>
                %s
                        </executions>
                      </plugin>
                """.formatted(executions);
    }

    /**
     * A CPU-light suite: {@code classes} classes of {@code tests} trivial tests, with pom.xml (aitest) and
     * baseline.xml (plain Surefire five times).
     */
    static Path cpuLight(Path root, String version, int classes, int tests) throws IOException {
        Path dir = Files.createDirectories(root.resolve("cpu-light"));
        Files.writeString(dir.resolve("pom.xml"), pom("cpu-light", aitest(version)));
        Files.writeString(dir.resolve("baseline.xml"), pom("cpu-light", fiveSurefireRuns()));
        Path sources = Files.createDirectories(dir.resolve("src/test/java/bench"));
        for (int c = 0; c < classes; c++) {
            StringBuilder body = new StringBuilder();
            for (int t = 0; t < tests; t++) {
                body.append("    @org.junit.jupiter.api.Test void t").append(t).append("() { ")
                        .append("org.junit.jupiter.api.Assertions.assertEquals(").append(t * 2).append(", ")
                        .append(t).append(" + ").append(t).append("); }\n");
            }
            Files.writeString(sources.resolve("Light" + c + "Test.java"),
                    "package bench;\n\nclass Light" + c + "Test {\n" + body + "}\n");
        }
        return dir;
    }

    /** An I/O-bound suite: {@code tests} tests that each wait {@code waitMs} like a model call. */
    static Path ioBound(Path root, String version, int tests, int waitMs) throws IOException {
        Path dir = Files.createDirectories(root.resolve("io-bound"));
        Files.writeString(dir.resolve("pom.xml"), pom("io-bound", aitest(version)));
        Path sources = Files.createDirectories(dir.resolve("src/test/java/bench"));
        StringBuilder body = new StringBuilder();
        for (int t = 0; t < tests; t++) {
            body.append("    @org.junit.jupiter.api.Test void call").append(t).append("() throws Exception { ")
                    .append("Thread.sleep(").append(waitMs).append("); }\n");
        }
        Files.writeString(sources.resolve("ModelCallTest.java"), "package bench;\n\nclass ModelCallTest {\n" + body + "}\n");
        return dir;
    }
}
