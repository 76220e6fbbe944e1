package org.claimgraph.server;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Small pure helpers of the server package. */
class ServerHelpersTest {
    @Test
    void hostHeaderNames() {
        assertEquals("localhost", HostCheck.hostName("localhost:3030"));
        assertEquals("::1", HostCheck.hostName("[::1]:3030"));
        assertEquals("127.0.0.1", HostCheck.hostName("127.0.0.1"));
        assertEquals("evil.example", HostCheck.hostName("Evil.Example:80"));
        assertTrue(HostCheck.isLoopbackName("localhost"));
        assertTrue(HostCheck.isLoopbackName("app.localhost"));
        assertTrue(HostCheck.isLoopbackName("127.0.0.1"));
        assertTrue(HostCheck.isLoopbackName("::1"));
        assertFalse(HostCheck.isLoopbackName("evil.example"));
        assertFalse(HostCheck.isLoopbackName("localhost.evil.example"));
        assertFalse(HostCheck.isLoopbackName(""));
    }

    @Test
    void auditFormatNegotiation() {
        assertEquals(AuditService.Format.JSON, AuditService.negotiate(null, null));
        assertEquals(
                AuditService.Format.HTML, AuditService.negotiate(null, "text/html,application/xhtml+xml,*/*;q=0.8"));
        assertEquals(AuditService.Format.MARKDOWN, AuditService.negotiate(null, "text/markdown"));
        assertEquals(AuditService.Format.JSON, AuditService.negotiate(null, "application/json, text/html;q=0.5"));
        assertEquals(AuditService.Format.MARKDOWN, AuditService.negotiate("md", "text/html"));
        // q-values decide, not the order of naming (Jena's content negotiation)
        assertEquals(AuditService.Format.HTML, AuditService.negotiate(null, "text/markdown;q=0.2, text/html;q=0.9"));
        assertEquals(AuditService.Format.JSON, AuditService.negotiate(null, "image/png"));
        assertEquals(AuditService.Format.JSON, AuditService.negotiate(null, "*/*"));
    }

    @Test
    void corsOrigins() {
        CorsFilter named = new CorsFilter("https://a.example, https://b.example/");
        assertTrue(named.allows("https://a.example"));
        assertTrue(named.allows("https://b.example"));
        assertFalse(named.allows("https://c.example"));
        assertFalse(named.allows(null));
        assertFalse(new CorsFilter("").allows("https://a.example"));
        assertTrue(new CorsFilter("*").allows("https://anything.example"));
    }

    @Test
    void bundledConfigTakesCommandLineSettings() {
        ServerConfig c = ServerConfig.bundled(Path.of("target/some-db"));
        assertEquals("10000", c.contextValue("arq:queryTimeout"));
        assertEquals("false", c.contextValue("arq:httpServiceAllowed"));
        c.setQueryTimeoutMillis(2500);
        c.setServiceAllowed(true);
        c.setPasswordFile(Path.of("target/pw"));
        assertEquals("2500", c.contextValue("arq:queryTimeout"));
        assertEquals("true", c.contextValue("arq:httpServiceAllowed"));
        assertEquals(Path.of("target/pw").toAbsolutePath().normalize().toString(), c.passwordFile());
        assertTrue(
                c.model().listObjects().toList().stream()
                        .anyMatch(n -> n.isLiteral()
                                && n.asLiteral()
                                        .getLexicalForm()
                                        .equals(Path.of("target/some-db")
                                                .toAbsolutePath()
                                                .normalize()
                                                .toString())),
                "tdb2:location set to the --db folder");
        ServerConfig mem = ServerConfig.bundled(null);
        assertTrue(mem.model().listObjects().toList().stream()
                .anyMatch(n -> n.isLiteral() && n.asLiteral().getLexicalForm().equals("--mem--")));
    }
}
