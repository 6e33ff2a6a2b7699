package dev.aitest.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
    /**
     * A suite for adaptive iterations: {@code tests} tests that each wait {@code waitMs} like a model call and pass
     * with a true rate of their own, spread from 20% to 100%; whether test t passes in iteration i is drawn from a
     * generator seeded by {@code seed}, t and i, so every run of the project sees the same outcomes (not set by the
     * index, but reproducible).
     */
    static Path adaptive(Path root, String version, int tests, int waitMs, long seed) throws IOException {
        Path dir = Files.createDirectories(root.resolve("adaptive"));
        Files.writeString(dir.resolve("pom.xml"), pom("adaptive", aitest(version)));
        Path sources = Files.createDirectories(dir.resolve("src/test/java/bench"));
        double[] rates = {0.2, 0.5, 0.65, 0.75, 0.8, 0.85, 0.9, 0.95, 1.0, 1.0};
        StringBuilder body = new StringBuilder();
        body.append("    private static boolean passes(int test, double rate) throws Exception {\n")
                .append("        Thread.sleep(").append(waitMs).append(");\n")
                .append("        int iteration = Integer.parseInt(System.getProperty(\"aitest.iteration\"));\n")
                .append("        return new java.util.SplittableRandom(").append(seed)
                .append("L * 1_000_003L + test * 7_919L + iteration).nextDouble() < rate;\n    }\n\n");
        for (int t = 0; t < tests; t++) {
            body.append("    @org.junit.jupiter.api.Test void answer").append(t).append("() throws Exception { ")
                    .append("org.junit.jupiter.api.Assertions.assertTrue(passes(").append(t).append(", ")
                    .append(rates[t % rates.length]).append(")); }\n");
        }
        Files.writeString(sources.resolve("AgentTest.java"), "package bench;\n\nclass AgentTest {\n" + body + "}\n");
        return dir;
    }

    /**
     * A reactor shaped like Gson's: a parent pom and five modules, one big ({@code bigClasses} classes of
     * {@code bigTests} fast JUnit 5 tests) and four small ones ({@code smallClasses} classes of {@code smallTests}),
     * each small module depending on the big one. No pom names aitest: the goals are given by their full coordinates,
     * as one tries aitest on a project. The versions are those of the plugin's invoker ITs (src/it/it-parent).
     */
    static Path reactor(Path root, int bigClasses, int bigTests, int smallClasses, int smallTests) throws IOException {
        Path dir = Files.createDirectories(root.resolve("reactor"));
        List<String> modules = List.of("core", "extras", "metrics", "proto", "integration");
        StringBuilder moduleList = new StringBuilder();
        for (String module : modules) {
            moduleList.append("    <module>").append(module).append("</module>\n");
        }
        Files.writeString(dir.resolve("pom.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>dev.aitest.bench</groupId>
                  <artifactId>reactor-parent</artifactId>
                  <version>1</version>
                  <packaging>pom</packaging>
                  <modules>
                %s  </modules>
                  <properties>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                    <maven.compiler.release>17</maven.compiler.release>
                  </properties>
                  <dependencyManagement>
                    <dependencies>
                      <dependency>
                        <groupId>org.junit</groupId>
                        <artifactId>junit-bom</artifactId>
                        <version>5.14.1</version>
                        <type>pom</type>
                        <scope>import</scope>
                      </dependency>
                    </dependencies>
                  </dependencyManagement>
                  <dependencies>
                    <dependency>
                      <groupId>org.junit.jupiter</groupId>
                      <artifactId>junit-jupiter</artifactId>
                      <scope>test</scope>
                    </dependency>
                  </dependencies>
                  <build>
                    <pluginManagement>
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
                        <plugin>
                          <groupId>org.apache.maven.plugins</groupId>
                          <artifactId>maven-jar-plugin</artifactId>
                          <version>3.4.2</version>
                        </plugin>
                      </plugins>
                    </pluginManagement>
                    <plugins>
                      <plugin>
                        <groupId>org.apache.maven.plugins</groupId>
                        <artifactId>maven-surefire-plugin</artifactId>
                        <version>3.5.4</version>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(moduleList));
        for (int m = 0; m < modules.size(); m++) {
            String module = modules.get(m);
            boolean big = m == 0;
            String dependency = big ? "" : """
                      <dependency>
                        <groupId>dev.aitest.bench</groupId>
                        <artifactId>core</artifactId>
                        <version>1</version>
                      </dependency>
                    """;
            Path base = Files.createDirectories(dir.resolve(module));
            Files.writeString(base.resolve("pom.xml"), """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <project xmlns="http://maven.apache.org/POM/4.0.0">
                      <modelVersion>4.0.0</modelVersion>
                      <parent>
                        <groupId>dev.aitest.bench</groupId>
                        <artifactId>reactor-parent</artifactId>
                        <version>1</version>
                      </parent>
                      <artifactId>%s</artifactId>
                      <dependencies>
                    %s  </dependencies>
                    </project>
                    """.formatted(module, dependency));
            String pkg = "bench." + module;
            Path main = Files.createDirectories(base.resolve("src/main/java/bench/" + module));
            Files.writeString(main.resolve("Calc.java"), "package " + pkg + ";\n\npublic final class Calc {\n"
                    + "    private Calc() {\n    }\n\n    public static int twice(int value) {\n"
                    + "        return value + value;\n    }\n\n    public static String label(int value) {\n"
                    + "        return \"v\" + Integer.toHexString(value);\n    }\n}\n");
            Path tests = Files.createDirectories(base.resolve("src/test/java/bench/" + module));
            int classes = big ? bigClasses : smallClasses;
            int perClass = big ? bigTests : smallTests;
            for (int c = 0; c < classes; c++) {
                StringBuilder body = new StringBuilder();
                for (int t = 0; t < perClass; t++) {
                    int value = c * 1000 + t;
                    body.append("    @Test void case").append(t).append("() {\n        assertEquals(").append(value * 2)
                            .append(", Calc.twice(").append(value).append("));\n        assertEquals(\"v")
                            .append(Integer.toHexString(value)).append("\", Calc.label(").append(value)
                            .append("));\n    }\n");
                }
                String name = "Feature" + c + "Test";
                Files.writeString(tests.resolve(name + ".java"), "package " + pkg + ";\n\n"
                        + "import static org.junit.jupiter.api.Assertions.assertEquals;\n\n"
                        + "import org.junit.jupiter.api.Test;\n\nclass " + name + " {\n" + body + "}\n");
            }
        }
        return dir;
    }
}
