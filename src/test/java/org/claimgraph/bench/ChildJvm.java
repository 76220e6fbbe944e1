package org.claimgraph.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a {@code main} class of this classpath in a fresh JVM and collects the lines it prints
 * as {@code RESULT key value}. Children get the same heap limit so memory figures compare.
 */
public final class ChildJvm {
    /** Heap limit for every measured child. */
    public static final String XMX = "-Xmx3g";

    private ChildJvm() {}

    /** Starts the child; stdout is left to the caller, stderr goes to {@code log}. */
    public static Process start(Path log, Class<?> main, String... args) throws IOException {
        return start(log, XMX, System.getProperty("java.class.path"), main.getName(), args);
    }

    /** Starts {@code mainClass} with its own heap limit and classpath (a peer engine's, bench/peers). */
    public static Process start(Path log, String xmx, String classpath, String mainClass, String... args)
            throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add(xmx);
        cmd.add("-Dfile.encoding=UTF-8");
        cmd.add("-cp");
        cmd.add(classpath);
        cmd.add(mainClass);
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
        return pb.start();
    }

    /**
     * Runs the child to completion (killed after {@code timeoutSeconds}) and returns its
     * {@code RESULT} lines as key → value, in order; a repeated key keeps every value, joined by ','.
     */
    public static Map<String, String> run(Path log, long timeoutSeconds, Class<?> main, String... args)
            throws IOException, InterruptedException {
        return collect(start(log, main, args), log, timeoutSeconds, main.getSimpleName());
    }

    /** {@link #run} with its own heap limit and classpath. */
    public static Map<String, String> run(
            Path log, long timeoutSeconds, String xmx, String classpath, String mainClass, String... args)
            throws IOException, InterruptedException {
        return collect(start(log, xmx, classpath, mainClass, args), log, timeoutSeconds, mainClass);
    }

    private static Map<String, String> collect(Process p, Path log, long timeoutSeconds, String name)
            throws InterruptedException {
        Map<String, String> out = new LinkedHashMap<>();
        Thread reader = new Thread(
                () -> {
                    try (BufferedReader br =
                            new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                        String l;
                        while ((l = br.readLine()) != null) {
                            if (l.startsWith("RESULT ")) {
                                String[] kv = l.substring(7).split(" ", 2);
                                synchronized (out) {
                                    out.merge(kv[0], kv.length > 1 ? kv[1] : "", (a, b) -> a + "," + b);
                                }
                            }
                        }
                    } catch (IOException ignored) {
                        // the child died; its exit code says so
                    }
                },
                "child-stdout");
        reader.start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException(name + " timed out after " + timeoutSeconds + " s; see " + log);
        }
        reader.join(5000);
        if (p.exitValue() != 0) {
            throw new IllegalStateException(name + " exited with " + p.exitValue() + "; see " + log);
        }
        synchronized (out) {
            return new LinkedHashMap<>(out);
        }
    }

    /** The body of a child's {@code main}: may throw anything. */
    public interface Body {
        void run(String[] args) throws Exception;
    }

    /**
     * Runs a child's body and exits: 0 when it returned, 2 with the stack trace on stderr when it
     * threw, so the parent can tell a failed measurement from a finished one. Exiting explicitly
     * also ends non-daemon worker threads (the TDB2 loaders leave some).
     */
    public static void runAndExit(String[] args, Body body) {
        try {
            body.run(args);
        } catch (Throwable t) {
            t.printStackTrace();
            System.exit(2);
        }
        System.exit(0);
    }

    /** Printed by children: one result line; the parent joins the values of a key written more than once with commas. */
    public static void result(String key, Object value) {
        System.out.println("RESULT " + key + " " + value);
        System.out.flush();
    }

    /** Parses a comma-separated list of doubles written by {@link #result}. */
    public static double[] doubles(String csv) {
        String[] parts = csv.split(",");
        double[] d = new double[parts.length];
        for (int i = 0; i < parts.length; i++) d[i] = Double.parseDouble(parts[i]);
        return d;
    }
}
