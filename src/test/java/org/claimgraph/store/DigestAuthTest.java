package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Digest answers checked against the worked examples of RFC 7616 §3.9.1 and RFC 2617 §3.5. */
class DigestAuthTest {
    private static final String RFC7616_CHALLENGES_SHA256 =
            "Digest realm=\"http-auth@example.org\", qop=\"auth, auth-int\", "
                    + "algorithm=SHA-256, nonce=\"7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v\", "
                    + "opaque=\"FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS\"";
    private static final String RFC7616_CHALLENGES_MD5 =
            "Digest realm=\"http-auth@example.org\", qop=\"auth, auth-int\", "
                    + "algorithm=MD5, nonce=\"7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v\", "
                    + "opaque=\"FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS\"";
    private static final String RFC7616_CNONCE = "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ";

    @Test
    void rfc7616Sha256Example() {
        AuthChallenge c =
                AuthChallenge.parse(List.of(RFC7616_CHALLENGES_SHA256)).get(0);
        DigestAuth d = new DigestAuth(c, "Mufasa", "Circle of Life", RFC7616_CNONCE);
        assertEquals(
                "753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1",
                d.response("GET", "/dir/index.html", "00000001"));
    }

    @Test
    void rfc7616Md5Example() {
        AuthChallenge c = AuthChallenge.parse(List.of(RFC7616_CHALLENGES_MD5)).get(0);
        DigestAuth d = new DigestAuth(c, "Mufasa", "Circle of Life", RFC7616_CNONCE);
        assertEquals("8ca523f5e9506fed4657c9700eebdbec", d.response("GET", "/dir/index.html", "00000001"));
    }

    @Test
    void rfc2617Example() {
        AuthChallenge c = AuthChallenge.parse(List.of("Digest realm=\"testrealm@host.com\", qop=\"auth,auth-int\", "
                        + "nonce=\"dcd98b7102dd2f0e8b11d0f600bfb0c093\", opaque=\"5ccc069c403ebaf9f0171e9517f40e41\""))
                .get(0);
        DigestAuth d = new DigestAuth(c, "Mufasa", "Circle Of Life", "0a4f113b");
        assertEquals("6629fae49393a05397450978507c4ef1", d.response("GET", "/dir/index.html", "00000001"));
        String header = d.authorization("GET", "/dir/index.html");
        assertTrue(header.startsWith("Digest username=\"Mufasa\", realm=\"testrealm@host.com\""), header);
        assertTrue(
                header.contains("nc=00000001")
                        && header.contains("qop=auth,")
                        && header.contains("cnonce=\"0a4f113b\"")
                        && header.contains("response=\"6629fae49393a05397450978507c4ef1\"")
                        && header.contains("opaque=\"5ccc069c403ebaf9f0171e9517f40e41\""),
                header);
        assertTrue(d.authorization("GET", "/dir/index.html").contains("nc=00000002"), "nc counts up per request");
    }

    @Test
    void severalChallengesInOneHeaderAndAcrossHeaders() {
        List<AuthChallenge> cs = AuthChallenge.parse(List.of(
                "Basic realm=\"a, b\", Digest realm=\"r\", nonce=\"n\\\"x\", algorithm=SHA-256",
                "Bearer abc==, Newauth realm=\"apps\", type=1"));
        assertEquals(
                List.of("basic", "digest", "bearer", "newauth"),
                cs.stream().map(AuthChallenge::scheme).toList());
        assertEquals("a, b", cs.get(0).param("realm"));
        assertEquals("n\"x", cs.get(1).param("nonce"));
        assertEquals("SHA-256", cs.get(1).param("algorithm"));
        assertEquals("1", cs.get(3).param("type"));
    }

    @Test
    void unsupportedChallengesAreRefused() {
        AuthChallenge intOnly = AuthChallenge.parse(List.of("Digest realm=\"r\", nonce=\"n\", qop=\"auth-int\""))
                .get(0);
        assertThrows(IllegalArgumentException.class, () -> new DigestAuth(intOnly, "u", "p"));
        AuthChallenge sha512 = AuthChallenge.parse(List.of("Digest realm=\"r\", nonce=\"n\", algorithm=SHA-512-256"))
                .get(0);
        assertThrows(IllegalArgumentException.class, () -> new DigestAuth(sha512, "u", "p"));
        AuthChallenge noNonce =
                AuthChallenge.parse(List.of("Digest realm=\"r\"")).get(0);
        assertThrows(IllegalArgumentException.class, () -> new DigestAuth(noNonce, "u", "p"));
    }

    @Test
    void credentialsNeverShowTheirSecrets() {
        assertEquals(
                "user dba (password hidden)",
                StoreCredentials.password("dba", "s3cret").toString());
        assertEquals(
                "bearer token (hidden)",
                StoreCredentials.fromEnvironment(java.util.Map.of(StoreCredentials.ENV_TOKEN, "t0k"))
                        .toString());
        assertEquals(
                "anonymous",
                StoreCredentials.fromEnvironment(java.util.Map.of()).toString());
    }

    @Test
    void specsAreRedactedForMessages() {
        assertEquals(
                "sparql:query=http://h/sparql;gsp=https://h:8890/crud",
                RemoteStore.redact("sparql:query=http://u:p@h/sparql;gsp=https://dba:s3cr%40t@h:8890/crud"));
        assertEquals("sparql:http://h/ds", RemoteStore.redact("sparql:http://h/ds"));
    }
}
