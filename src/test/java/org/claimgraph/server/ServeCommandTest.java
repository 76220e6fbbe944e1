package org.claimgraph.server;

import static org.junit.jupiter.api.Assertions.*;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.claimgraph.cli.Main;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code claimgraph serve} as a command: help text and usage errors (no server started). */
class ServeCommandTest {
    private static String[] run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter(), err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void helpExplainsEveryOption() {
        String[] r = run("serve", "--help");
        assertEquals("0", r[0]);
        for (String opt : new String[] {
            "--docs",
            "--db",
            "--port",
            "--host",
            "--config",
            "--password-file",
            "--timeout",
            "--allow-service",
            "--cors",
            "--watch"
        }) assertTrue(r[1].contains(opt), "help lacks " + opt + ":\n" + r[1]);
        assertTrue(r[1].contains("127.0.0.1"));
    }

    @Test
    void inconsistentOptionsAreUsageErrors() {
        String[] r = run("serve", "--db", "target/x-db", "--config", "fuseki-config/claimgraph.ttl", "--port", "0");
        assertEquals(String.valueOf(Main.EXIT_USAGE), r[0], r[2]);
        assertTrue(r[2].contains("--db and --config"), r[2]);
        String[] w = run("serve", "--db", "target/x-db", "--watch", "--port", "0");
        assertEquals(String.valueOf(Main.EXIT_USAGE), w[0], w[2]);
        assertTrue(w[2].contains("--watch needs"), w[2]);
        String[] missing = run("serve", "--docs", "target/no-such-notes", "--port", "0");
        // a named path that does not exist is an input error: nothing was read, exit 3 (was 2 before the one exit-code
        // policy)
        assertEquals(String.valueOf(Main.EXIT_FAILED), missing[0]);
        assertTrue(missing[2].contains("notes folder not found"), missing[2]);
    }
}
