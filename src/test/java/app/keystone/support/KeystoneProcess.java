package app.keystone.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Keystone as its own JVM (the test classpath, main class KeystoneApplication) on a database the caller owns, so it
 * can be killed with SIGKILL like a crashed node. Settings go in as command-line properties; output goes to a file.
 */
public final class KeystoneProcess {

    public final int port;
    private final Process process;

    private KeystoneProcess(int port, Process process) {
        this.port = port;
        this.process = process;
    }

    public static KeystoneProcess start(String jdbcUrl, Map<String, String> properties, List<String> jvmOptions,
                                        Path log) throws IOException {
        int port = freePort();
        List<String> args = new ArrayList<>(List.of("--server.port=" + port, "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                "--spring.main.banner-mode=off"));
        properties.forEach((k, v) -> args.add("--" + k + "=" + v));
        return launch(port, "app.keystone.KeystoneApplication", args, jvmOptions, log);
    }

    /**
     * Another main class of the test classpath as its own JVM, given {@code --server.port=<port>}; it must answer
     * {@code GET /actuator/health} with 200 once up (benchmarks start a bare receiver this way).
     */
    public static KeystoneProcess startMain(String mainClass, List<String> args, List<String> jvmOptions, Path log)
            throws IOException {
        int port = freePort();
        List<String> all = new ArrayList<>(args);
        all.add("--server.port=" + port);
        return launch(port, mainClass, all, jvmOptions, log);
    }

    private static KeystoneProcess launch(int port, String mainClass, List<String> args, List<String> jvmOptions,
                                          Path log) throws IOException {
        // under Surefire java.class.path may be a manifest-only jar; this property is the real test classpath
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classpath, mainClass));
        command.addAll(args);
        log.toFile().getParentFile().mkdirs();
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        return new KeystoneProcess(port, process);
    }

    /** Polls the health endpoint until the node is up. */
    public KeystoneProcess awaitUp(Duration timeout) {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build();
        MirrorProbe.await(() -> {
            if (!process.isAlive()) {
                throw new AssertionError("Keystone process exited with " + process.exitValue());
            }
            try {
                return http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }, timeout, "Keystone on port " + port + " to start");
        return this;
    }

    /** SIGKILL: no shutdown hooks, no graceful stop, open transactions die with their connections. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    public long pid() {
        return process.pid();
    }

    /** Adds {@code key=value} pairs separated by spaces (a benchmark's {@code -Dbench.app-args}) to the properties. */
    public static Map<String, String> withArgs(Map<String, String> properties, String args) {
        for (String a : args.trim().split("\\s+")) {
            if (a.contains("=")) {
                properties.put(a.substring(0, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
            }
        }
        return properties;
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
