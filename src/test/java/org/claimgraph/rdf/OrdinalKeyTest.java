package org.claimgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link NoteGraph.OrdinalKey} counts by the kind and key joined with U+001E (null read as "null"), as
 * when the key was that joined string: it must be equal exactly when the joined strings are, and hash as
 * the joined string, although it never builds it unless parts differ.
 */
class OrdinalKeyTest {
    private static final String ALPHABET = "ab\u001e\u001f中 ";

    private static String joined(String[] parts, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) b.append('\u001e');
            b.append(parts[i]);
        }
        return b.toString();
    }

    private static String[] randomParts(Random r) {
        String[] p = new String[2 + r.nextInt(4)]; // one slot before and one after the key, as mint lays it out
        for (int i = 1; i < p.length - 1; i++) {
            if (r.nextInt(20) == 0) continue; // null
            StringBuilder sb = new StringBuilder();
            for (int n = r.nextInt(4); n > 0; n--) sb.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
            p[i] = r.nextInt(20) == 0 ? "null" : sb.toString();
        }
        return p;
    }

    @Test
    void equalExactlyWhenTheJoinedStringsAreEqual() {
        Random r = new Random(18);
        int equal = 0, splitEqual = 0;
        for (int k = 0; k < 200_000; k++) {
            String[] a = randomParts(r), b = randomParts(r);
            var ka = new NoteGraph.OrdinalKey(a, 1, a.length - 1);
            var kb = new NoteGraph.OrdinalKey(b, 1, b.length - 1);
            String ja = joined(a, 1, a.length - 1), jb = joined(b, 1, b.length - 1);
            assertEquals(ja.hashCode(), ka.hashCode(), ja);
            assertEquals(ja.equals(jb), ka.equals(kb), ja + " / " + jb);
            assertEquals(ja.equals(jb), kb.equals(ka), jb + " / " + ja);
            if (ja.equals(jb)) {
                equal++;
                if (a.length != b.length) splitEqual++;
            }
        }
        // the random parts must have produced equal keys, some of them from different parts (a U+001E inside a part)
        assertTrue(equal > 1000 && splitEqual > 100, equal + " equal, " + splitEqual + " with different parts");
    }

    @Test
    void pow31AsStringHashMultiplies() {
        int p = 1;
        for (int n = 0; n < 5000; n++, p *= 31) assertEquals(p, NoteGraph.OrdinalKey.pow31(n), "31^" + n);
    }
}
