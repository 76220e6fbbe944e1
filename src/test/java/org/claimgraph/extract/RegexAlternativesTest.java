package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegexAlternativesTest {
    @Test
    void splitsOnlyAtTopLevelBars() {
        assertEquals(List.of("ab", "c(d|e)", "[|x]", "\\|y", "z"), RegexAlternatives.topLevel("ab|c(d|e)|[|x]|\\|y|z"));
        assertEquals(List.of("(?:a|b)c"), RegexAlternatives.topLevel("(?:a|b)c"));
        assertEquals(List.of("[\\]|]x", "y"), RegexAlternatives.topLevel("[\\]|]x|y"));
    }

    @Test
    void literalStartIsAPlainFirstChar() {
        assertTrue(RegexAlternatives.literalStart("ms"));
        assertTrue(RegexAlternatives.literalStart("实测"));
        for (String alt : List.of("(a)", "[ab]", "\\d", ".x", "^a", "$", ""))
            assertFalse(RegexAlternatives.literalStart(alt), alt);
    }
}
