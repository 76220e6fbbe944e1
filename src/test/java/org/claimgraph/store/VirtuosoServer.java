package org.claimgraph.store;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * OpenLink Virtuoso 7 (Debian's {@code virtuoso-opensource}) started for a test: its database in a
 * temporary folder, SQL and HTTP ports free on loopback, stock endpoints {@code /sparql} (anonymous
 * queries) and {@code /sparql-graph-crud-auth} (Graph Store Protocol writes with HTTP Digest,
 * user {@code dba}, password {@code dba}). Stopped by its process.
 */
final class VirtuosoServer implements AutoCloseable {
    static final Path BINARY = Path.of("/usr/bin/virtuoso-t");
    static final String USER = "dba";
    static final String PASSWORD = "dba";

    private final Process process;
    private final int httpPort;

    private VirtuosoServer(Process process, int httpPort) {
        this.process = process;
        this.httpPort = httpPort;
    }

    static boolean installed() {
        return Files.isExecutable(BINARY);
    }

    /** Starts Virtuoso with its files under {@code dir} and waits until {@code /sparql} answers. */
    static VirtuosoServer start(Path dir) throws IOException, InterruptedException {
        int sqlPort = freePort();
        int httpPort = freePort();
        Path ini = dir.resolve("virtuoso.ini");
        Files.writeString(ini, ini(dir, sqlPort, httpPort));
        Process p = new ProcessBuilder(BINARY.toString(), "+foreground", "+configfile", ini.toString())
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("virtuoso.out").toFile())
                .start();
        VirtuosoServer server = new VirtuosoServer(p, httpPort);
        server.awaitOnline(dir);
        return server;
    }

    private static String ini(Path dir, int sqlPort, int httpPort) {
        String d = dir.toAbsolutePath().toString();
        return String.join(
                "\n",
                "[Database]",
                "DatabaseFile=" + d + "/virtuoso.db",
                "ErrorLogFile=" + d + "/virtuoso.log",
                "LockFile=" + d + "/virtuoso.lck",
                "TransactionFile=" + d + "/virtuoso.trx",
                "xa_persistent_file=" + d + "/virtuoso.pxa",
                "[TempDatabase]",
                "DatabaseFile=" + d + "/virtuoso-temp.db",
                "TransactionFile=" + d + "/virtuoso-temp.trx",
                "[Parameters]",
                "ServerPort=127.0.0.1:" + sqlPort,
                "DirsAllowed=" + d,
                "NumberOfBuffers=20000",
                "MaxDirtyBuffers=15000",
                "[HTTPServer]",
                "ServerPort=127.0.0.1:" + httpPort,
                "ServerRoot=/usr/share/virtuoso-opensource-7/vsp",
                "MaxClientConnections=8",
                "[SPARQL]",
                "ResultSetMaxRows=10000000",
                "MaxQueryExecutionTime=120",
                "");
    }

    /** Polls {@code /sparql} until it answers; fails (never passes) on the deadline or when the process dies. */
    private void awaitOnline(Path dir) throws IOException, InterruptedException {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ask = HttpRequest.newBuilder(URI.create(queryUrl() + "?query=ASK%7B%7D"))
                .timeout(Duration.ofSeconds(5))
                .build();
        Instant deadline = Instant.now().plusSeconds(180);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("virtuoso-t exited with " + process.exitValue() + ": "
                        + Files.readString(dir.resolve("virtuoso.out")));
            }
            try {
                if (http.send(ask, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) return;
            } catch (IOException notYet) {
                // not listening yet
            }
            process.waitFor(250, TimeUnit.MILLISECONDS);
        }
        close();
        throw new IllegalStateException("virtuoso-t did not answer on " + queryUrl() + " within 180 s");
    }

    String queryUrl() {
        return "http://127.0.0.1:" + httpPort + "/sparql";
    }

    String gspUrl() {
        return "http://127.0.0.1:" + httpPort + "/sparql-graph-crud-auth";
    }

    /** The Digest-protected SPARQL endpoint, which also takes updates (a staged graph is moved in with one). */
    String updateUrl() {
        return "http://127.0.0.1:" + httpPort + "/sparql-auth";
    }

    /** The {@code --store} spec of this server. */
    String spec() {
        return RemoteStore.SCHEME + "query=" + queryUrl() + ";gsp=" + gspUrl() + ";update=" + updateUrl();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) process.destroyForcibly().waitFor();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
