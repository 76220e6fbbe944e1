package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link BlockLines#mayBeBullet} skips the bullet regex only for lines it cannot match. */
class BulletCheckTest {
    @Test
    void neverSkipsALineTheRegexMatches() throws IOException {
        String[] atoms = {" ", "\t", "\u000B", "\u3000", "-", "*", "+", "1", "23", ".", ")", "a", "中", "**", "\n", "•"};
        for (String text : ScanCorpus.texts(List.of("", "- a", "  1. x", "\t* y", "+", "10) z"), atoms, 8))
            if (!BlockLines.mayBeBullet(text))
                assertFalse(BlockLines.BULLET.matcher(text).matches(), text);
    }
}
