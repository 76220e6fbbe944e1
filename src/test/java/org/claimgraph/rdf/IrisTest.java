package org.claimgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IrisTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://github.com/kubernetes-sigs/kind",
                "https://kubernetes.io/docs/setup/#production",
                "http://example.org/a_(b)?q=1&r=%E2%9C%85",
                "https://例子.测试/路径"
            })
    void validUrlsBecomeIris(String url) {
        assertNotNull(Iris.urlOrNull(url), url);
        assertEquals(url, Iris.urlOrNull(url).getURI());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://exa mple.com/x",
                "docs/setup.md",
                "https://example.com/<x>",
                "",
                "https://a.b/c\"d",
                "mailto",
                "://no-scheme.org"
            })
    void invalidUrlsAreRefused(String url) {
        assertNull(Iris.urlOrNull(url), url);
    }

    @Test
    void slugsAreLowerCaseAndKeepChineseLetters() {
        assertEquals("kubernetes", Iris.slug("Kubernetes"));
        assertEquals("containerd-shim-runwasi", Iris.slug("containerd-shim-runwasi"));
        assertEquals("argo-cd", Iris.slug("Argo CD"));
        assertEquals("v0.4.0", Iris.slug("v0.4.0"));
        assertEquals("镜像仓库", Iris.slug("镜像仓库"));
        assertNotEquals("", Iris.slug("++"));
    }

    @Test
    void versionIrisCarryTheConstraint() {
        assertEquals(Iris.ID + "version/kubernetes/1.30", Iris.versionIri("Kubernetes", "1.30", "="));
        assertEquals(Iris.ID + "version/kubernetes/1.30", Iris.versionIri("Kubernetes", "1.30", null));
        assertEquals(Iris.ID + "version/crun/1.8.5/ge", Iris.versionIri("crun", "1.8.5", "≥"));
        assertEquals(Iris.ID + "version/crun/1.8.5/ge", Iris.versionIri("crun", "1.8.5", ">="));
    }

    @Test
    void hashIsTheFirst64BitsOfSha256() {
        // printf 'demo/small.md' | sha256sum | cut -c1-16
        assertEquals("e5f721c12b8b505d", Iris.hash("demo/small.md"));
        assertNotEquals(Iris.hash("a", "bc"), Iris.hash("ab", "c"), "parts are separated");
    }

    /** Parts are hashed as their UTF-8 bytes: surrogate pairs as one code point, a lone surrogate as '?'. */
    @Test
    void hashEncodesPartsAsUtf8() {
        // python3: hashlib.sha256("😀".encode() + b"\x1f?\x1f" + "中".encode()).hexdigest()[:16]
        assertEquals("3bd671658c266381", Iris.hash("😀", "\ud83d", "中"), "a pair, a lone surrogate, CJK");
    }

    /**
     * The hash and {@link Iris#item} as {@code getBytes(UTF_8)} and {@code HexFormat} give them (the implementation
     * before the reused buffers), on random parts of every UTF-8 length, lone and reversed surrogates, nulls and
     * parts longer than the encoding buffer.
     */
    @Test
    void hashAndItemMatchGetBytesOnRandomParts() throws Exception {
        java.util.Random r = new java.util.Random(18);
        char[] pool = {'a', '/', '\u001f', '\u00e9', '\u07ff', '\u0800', '中', '\uffff', '\ud83d', '\ude00', ' '};
        for (int round = 0; round < 2_000; round++) {
            String[] parts = new String[2 + r.nextInt(4)];
            for (int i = 0; i < parts.length; i++) {
                if (r.nextInt(10) == 0) continue; // a null part (the kind of an item too)
                StringBuilder b = new StringBuilder();
                for (int n = r.nextInt(round % 50 == 0 ? 3_000 : 40); n > 0; n--)
                    b.append(pool[r.nextInt(pool.length)]);
                parts[i] = b.toString();
            }
            java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) md.update((byte) 0x1f);
                md.update(String.valueOf(parts[i]).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            String expected = java.util.HexFormat.of().formatHex(md.digest(), 0, 8);
            assertEquals(expected, Iris.hash(parts));
            assertEquals(Iris.ID + parts[1] + "/" + expected, Iris.item(parts));
        }
    }
}
